"""Dates the admin cannot read stay as typed, are flagged in Dutch when the field loses
focus, and the save is refused with the same message (issue 12 E, issue 15 point 2). On
main before this change, Wagtail's date picker replaced them by today's date on blur."""

import datetime

import pytest
from django.conf import settings
from playwright.sync_api import expect

from offerings.dates import PARTIAL_DATE_INVALID, STRICT_DATE_INVALID
from offerings.models import PublicationPage, TrainingPage
from partners.models import PartnerPage

pytestmark = pytest.mark.browser


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", settings.DEMO_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def type_and_leave(page, selector, text):
    field = page.locator(selector)
    field.click()
    field.fill("")
    field.press_sequentially(text)
    title = page.locator("#id_title")
    title.click()  # leave the field (blur)
    # Focus has moved, so the blur handlers have run (they run synchronously in the blur
    # event): the picker's, which replaced the text on main, and static/js/date-check.js.
    expect(title).to_be_focused()
    return field


def save_draft(page):
    """Save as a draft the way an editor does: the default footer button is now "Stuur door
    naar …", so "Concept opslaan" sits in the "Meer acties" dropdown (open it if needed)."""
    button = page.locator("footer button.action-save").first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    expect(button).to_be_visible()
    button.click()
    page.wait_for_load_state("networkidle")


def test_training_start_date_keeps_unreadable_text_and_refuses_it(page):
    vng = PartnerPage.objects.get(abbreviation="VNG")
    log_in(page, "vng-redacteur")
    page.goto(f"/admin/pages/add/offerings/trainingpage/{vng.pk}/")
    page.fill("#id_title", "Training met onleesbare datum")
    page.locator("#id_sessions-ADD").click()  # a session's date (offerings.TrainingSession)

    field = type_and_leave(page, "#id_sessions-0-start_date", "ca. 2015")
    expect(field).to_have_value("ca. 2015")
    assert field.input_value() != datetime.date.today().isoformat()
    expect(page.locator("#id_sessions-0-start_date-date-check")).to_have_text(str(STRICT_DATE_INVALID))
    expect(field).to_have_attribute("aria-invalid", "true")

    save_draft(page)
    assert not TrainingPage.objects.filter(title="Training met onleesbare datum").exists()
    expect(page.locator("#id_sessions-0-start_date")).to_have_value("ca. 2015")
    expect(page.get_by_text(str(STRICT_DATE_INVALID)).first).to_be_visible()

    # A Dutch day-month-year date is read, not replaced.
    field = type_and_leave(page, "#id_sessions-0-start_date", "01-02-2015")
    expect(field).to_have_value("01-02-2015")
    expect(page.locator("#id_sessions-0-start_date-date-check:not(:empty)")).to_have_count(0)


def test_publication_date_keeps_unreadable_text_and_refuses_it(page):
    vng = PartnerPage.objects.get(abbreviation="VNG")
    log_in(page, "vng-redacteur")
    page.goto(f"/admin/pages/add/offerings/publicationpage/{vng.pk}/")
    page.fill("#id_title", "Publicatie met onleesbare datum")

    field = type_and_leave(page, "#id_published", "vorig voorjaar")
    expect(field).to_have_value("vorig voorjaar")
    expect(page.locator("#id_published-date-check")).to_have_text(str(PARTIAL_DATE_INVALID))

    save_draft(page)
    assert not PublicationPage.objects.filter(title="Publicatie met onleesbare datum").exists()
    expect(page.locator("#id_published")).to_have_value("vorig voorjaar")
    expect(page.get_by_text(str(PARTIAL_DATE_INVALID)).first).to_be_visible()

    # Year-only and circa are readable: no message.
    field = type_and_leave(page, "#id_published", "ca. 2015")
    expect(field).to_have_value("ca. 2015")
    expect(page.locator("#id_published-date-check:not(:empty)")).to_have_count(0)
