"""A review round walked in Chromium (issue 28.10): Coördinatie opens it, KIS's eindredactie
confirms its items in bulk, VNG's redacteur confirms one item, Coördinatie closes the round
after the confirmation page and reads the report. axe-core finds nothing on the round's
pages and the item pages. Screenshots go to REVIEW_SCREENS (default /work/screens/review/,
not committed) for a person to look at."""

import datetime
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from playwright.sync_api import expect

from review.models import ItemStatus, ReviewRound, RoundStatus

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("REVIEW_SCREENS", "/work/screens/review"))
ROUND = "Browserronde najaar"
NOTE = "Controleer vooral de contactgegevens."


def log_in(browser, live_site, username):
    context = browser.new_context(base_url=live_site, locale="nl-NL", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto("/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", settings.DEMO_PASSWORD)
    tab.locator("form button[type=submit]").first.click()
    tab.wait_for_url("**/admin/")
    return context, tab


def shot(tab, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    except Exception:  # Chromium sometimes refuses a full page while the machine is busy
        tab.screenshot(path=str(SHOTS / f"{name}.png"))


def assert_axe_clean(tab, axe, where):
    # Wagtail fades its messages in (opacity over 0.5 s): axe would measure a half-faded text.
    tab.wait_for_function(
        "() => [...document.querySelectorAll('.messages > ul')].every("
        "list => getComputedStyle(list).opacity === '1')"
    )
    violations = axe(tab)
    assert violations == [], (where, violations)


def test_round_from_opening_to_closing(browser, live_site, db, axe):
    if connection.vendor != "sqlite":
        # The live server commits on PostgreSQL: a round opened and closed here would stay for
        # the other tests. The SQLite pass (in CI with REQUIRE_BROWSER_TESTS=1) runs it.
        pytest.skip("writes through the live server; runs in the SQLite pass")
    ReviewRound.objects.update(status=RoundStatus.CLOSED, closed_at=timezone.now())
    contexts = []
    try:
        # 1. Coördinatie opens the round; the form states the one-round rule.
        context, tab = log_in(browser, live_site, "coordinator")
        contexts.append(context)
        tab.goto("/admin/review/reviewround/")
        expect(tab.get_by_role("link", name="Nieuwe controleronde")).to_be_visible()
        tab.goto("/admin/review/reviewround/create/")
        expect(tab.get_by_text("Per partner kan één ronde tegelijk open zijn.")).to_be_visible()
        tab.fill("#id_name", ROUND)
        deadline = timezone.localdate() + datetime.timedelta(days=30)
        tab.fill("#id_deadline", deadline.strftime("%d-%m-%Y"))
        tab.fill("#id_note", NOTE)
        shot(tab, "01-coordinatie-ronde-openen")
        expect(tab.get_by_role("heading", name="Nieuwe controleronde")).to_be_visible()
        tab.get_by_role("button", name="Opslaan").click()
        tab.wait_for_url("**/admin/review/reviewround/inspect/*/")
        review_round = ReviewRound.objects.get(name=ROUND)
        expect(tab.get_by_role("heading", name="Voortgang per soort aanbod")).to_be_visible()
        shot(tab, "02-coordinatie-voortgang")
        assert_axe_clean(tab, axe, "round page")

        # 2. KIS's eindredactie sees the note on the dashboard and confirms in bulk.
        context, tab = log_in(browser, live_site, "kis-eindredacteur")
        contexts.append(context)
        expect(tab.get_by_text(NOTE)).to_be_visible()
        shot(tab, "03-kis-dashboard")
        tab.goto(
            f"/admin/review/reviewitem/?review_round__id__exact={review_round.pk}&offering__kind__exact=publicatie"
        )
        assert_axe_clean(tab, axe, "item list")
        shot(tab, "04-kis-items-publicaties")
        tab.get_by_role("link", name="Meerdere items: nog actueel").click()
        tab.wait_for_url("**/nog-actueel/**")
        boxes = tab.locator("input[name=item]")
        n = boxes.count()
        assert (
            n == review_round.items.filter(partner__abbreviation="KIS", offering__kind="publicatie").count()
        )
        shot(tab, "05-kis-bulk-bevestigen")
        assert_axe_clean(tab, axe, "bulk confirm page")
        tab.get_by_role("button", name="Aangevinkte items: nog actueel").click()
        tab.wait_for_url("**/admin/review/reviewitem/?*offering__kind__exact=publicatie*")
        expect(tab.locator(".messages .success").first).to_contain_text(f"{n} items bevestigd")
        shot(tab, "06-kis-na-bevestigen-filters-behouden")
        assert (
            review_round.items.filter(partner__abbreviation="KIS", status=ItemStatus.CONFIRMED).count() == n
        )

        # 3. VNG's redacteur confirms one item; the page names it and the list keeps its filter.
        context, tab = log_in(browser, live_site, "vng-redacteur")
        contexts.append(context)
        tab.goto(f"/admin/review/reviewitem/?review_round__id__exact={review_round.pk}&status__exact=open")
        item = (
            review_round.items.filter(partner__abbreviation="VNG")
            .order_by("partner__abbreviation", "offering_title")
            .first()
        )
        tab.goto(f"/admin/review/reviewitem/inspect/{item.pk}/")
        assert_axe_clean(tab, axe, "item page")
        shot(tab, "07-vng-item")
        tab.goto(f"/admin/review/reviewitem/?review_round__id__exact={review_round.pk}&status__exact=open")
        tab.locator(f"a[href^='/admin/review/reviewitem/confirm/{item.pk}/']").first.click()
        expect(tab.get_by_text("Het gaat om:")).to_contain_text(item.offering_title)
        assert_axe_clean(tab, axe, "confirm page")
        shot(tab, "08-vng-nog-actueel")
        tab.get_by_role("button", name="Nog actueel").click()
        tab.wait_for_url("**/admin/review/reviewitem/?*status__exact=open*")
        item.refresh_from_db()
        assert item.status == ItemStatus.CONFIRMED

        # 4. Coördinatie closes: first a page that says what is open, then the report.
        tab = contexts[0].pages[0]
        tab.goto(f"/admin/review/reviewround/inspect/{review_round.pk}/")
        tab.get_by_role("link", name="Ronde sluiten").click()
        expect(tab.get_by_text("Nog open:")).to_be_visible()
        shot(tab, "09-coordinatie-sluiten-bevestigen")
        assert_axe_clean(tab, axe, "close page")
        tab.get_by_label("Ja, sluit deze ronde").check()
        tab.get_by_role("button", name="Ronde definitief sluiten").click()
        tab.wait_for_url(f"**/admin/review/reviewround/inspect/{review_round.pk}/")
        expect(
            tab.get_by_role("heading", name="Rapport bij het sluiten: reactie per partner en soort")
        ).to_be_visible()
        shot(tab, "10-coordinatie-rapport")
        assert_axe_clean(tab, axe, "closed round page")
        review_round.refresh_from_db()
        assert review_round.status == RoundStatus.CLOSED
        assert review_round.items.filter(status=ItemStatus.NOT_CONFIRMED).exists()
    finally:
        for context in contexts:
            context.close()
