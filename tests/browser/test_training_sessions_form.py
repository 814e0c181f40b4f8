"""A training with two sessions, one of them full, entered through the admin form in
Chromium (issue 26, "Done when"): the inline "Data (bijeenkomsten)" panel, the Werkvorm
asterisk, then the public page, API, feed and JSON-LD after publication."""

import datetime
import json
import re

import pytest
from defusedxml import ElementTree
from django.utils import formats, translation
from playwright.sync_api import expect

from offerings.models import TrainingPage
from partners.models import PartnerPage
from tests.browser.test_date_input import log_in, save_draft

pytestmark = pytest.mark.browser


def test_training_with_two_sessions_one_full(page, client, seen_by_server):
    vng = PartnerPage.objects.get(abbreviation="VNG")
    first, second = (datetime.date.today() + datetime.timedelta(days=d) for d in (30, 60))
    log_in(page, "vng-redacteur")
    page.goto(f"/admin/pages/add/offerings/trainingpage/{vng.pk}/")
    # Werkvorm is required to submit, and the form marks it so.
    expect(
        page.locator("label[for='id_delivery'] .w-required-mark, label[for='id_delivery'] .required")
    ).to_have_count(1)
    page.fill("#id_title", "Training op twee data in de browser")
    page.fill("#id_summary", "Demo-inhoud: dezelfde training op twee data.")
    page.locator("#id_form").select_option(label="Workshop")
    page.locator("#id_delivery").select_option("online")
    page.fill("#id_duration", "2 uur")
    page.fill("#id_registration_url", "https://example.org/demo/aanmelden")
    page.locator("input[name='themes']").first.check()
    page.locator("input[name='audiences']").first.check()
    for index, (day, capacity, taken) in enumerate([(first, "12", "12"), (second, "12", "3")]):
        page.locator("#id_sessions-ADD").click()
        page.locator(f"#id_sessions-{index}-start_date").fill(day.strftime("%d-%m-%Y"))
        page.locator(f"#id_sessions-{index}-online").check()
        page.fill(f"#id_sessions-{index}-capacity", capacity)
        page.fill(f"#id_sessions-{index}-places_taken", taken)
    save_draft(page)
    training = TrainingPage.objects.get(title="Training op twee data in de browser")
    draft = training.get_latest_revision_as_object()
    assert sorted((s.start_date, s.is_full) for s in draft.sessions.all()) == [(first, True), (second, False)]

    seen_by_server(lambda: training.get_latest_revision().publish())
    training.refresh_from_db()
    page.goto(training.url)
    sessions = page.locator("ul.training-sessions > li")
    expect(sessions).to_have_count(2)
    expect(sessions.nth(0)).to_contain_text("Vol")
    expect(sessions.nth(1)).to_contain_text("nog 9 plaatsen")
    data = json.loads(page.locator("script[type='application/ld+json']").inner_text())
    assert data["@type"] == "Course" and len(data["hasCourseInstance"]) == 2
    instances = data["hasCourseInstance"]
    assert [(i["@type"], i["startDate"], i["courseMode"]) for i in instances] == [
        ("CourseInstance", first.isoformat(), "online"),
        ("CourseInstance", second.isoformat(), "online"),
    ]
    assert [(i["remainingAttendeeCapacity"], i["offers"]["availability"]) for i in instances] == [
        (0, "https://schema.org/SoldOut"),
        (9, "https://schema.org/InStock"),
    ]
    api = page.request.get(f"/api/v2/offerings/{training.pk}/").json()
    assert [s["full"] for s in api["sessions"]] == [True, False]
    assert [(s["start_date"], s["places_left"]) for s in api["sessions"]] == [
        (first.isoformat(), 0),
        (second.isoformat(), 9),
    ]
    assert re.match(r"\d{4}-\d{2}-\d{2}", api["sessions"][0]["start_date"])
    # One full, one open: registration stays open (for the second date).
    assert api["registration_state"]["slug"] == "open"
    feed = ElementTree.fromstring(page.request.get("/aanbod/feed/?soort=training").body())
    atom = "{http://www.w3.org/2005/Atom}"
    entry = next(e for e in feed.iter(f"{atom}entry") if e.findtext(f"{atom}title") == training.title)
    with translation.override("nl"):
        days = [formats.date_format(day, "j F Y") for day in (first, second)]
    assert f"Data: {days[0]} (online), {days[1]} (online)" in entry.findtext(f"{atom}summary")
