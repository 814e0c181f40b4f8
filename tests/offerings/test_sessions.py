"""Trainings have sessions: each date with its place or online, places and registration,
shown on the page, in the result list, the API, the feed and JSON-LD (Course with one
CourseInstance per session); the page's first and last day follow the sessions."""

import datetime
import importlib
import json
import re

import pytest
from defusedxml import ElementTree
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import timezone

from offerings.models import TrainingPage, TrainingSession
from partners.models import PartnerPage
from taxonomy.models import Audience, Form, Theme
from tests.editorial.conftest import offering_data
from tests.offerings.post_data import sessions

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def two_sessions():
    """A training with a full session in 20 days and an open one in 50 days (Utrecht)."""
    page = TrainingPage(
        title="Gespreksvaardigheden bij spanningen",
        slug="gespreksvaardigheden-bij-spanningen",
        summary="Demo-inhoud: een training op twee data.",
        form=Form.objects.get(slug="workshop"),
        delivery="op-locatie",
        duration="1 dag",
        registration_url="https://example.org/demo/aanmelden/gesprek",
    )
    page.sessions = [
        TrainingSession(
            start_date=days(50),
            start_time=datetime.time(9, 30),
            end_time=datetime.time(16),
            location="Utrecht",
            capacity=20,
            places_taken=17,
            registration_deadline=days(45),
        ),
        TrainingSession(start_date=days(20), location="Zwolle", capacity=12, places_taken=12),
    ]
    page.themes = list(Theme.objects.all()[:1])
    page.audiences = list(Audience.objects.all()[:1])
    PartnerPage.objects.get(abbreviation="VNG").add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_first_and_last_day_follow_the_sessions_and_a_draft_does_not_move_them(two_sessions):
    assert (two_sessions.start_date, two_sessions.end_date) == (days(20), days(50))
    draft = two_sessions.get_latest_revision_as_object()
    draft.sessions = [TrainingSession(start_date=days(300), location="Utrecht")]
    draft.save_revision()
    two_sessions.refresh_from_db()
    assert (two_sessions.start_date, two_sessions.end_date) == (days(20), days(50))
    two_sessions.get_latest_revision().publish()
    two_sessions.refresh_from_db()
    assert (two_sessions.start_date, two_sessions.end_date) == (days(300), days(300))
    assert list(two_sessions.sessions.values_list("start_date", flat=True)) == [days(300)]


def test_page_lists_each_session_with_place_places_and_state(client, two_sessions):
    html = client.get(two_sessions.url).content.decode()
    sessions_html = re.search(r'<ul class="training-sessions">(.*?)</ul>', html, re.S).group(1)
    items = re.findall(r"<li[^>]*>(.*?)</li>", sessions_html, re.S)
    assert len(items) == 2
    assert days(20).isoformat() in items[0] and "Zwolle" in items[0] and "Vol" in items[0]
    assert days(50).isoformat() in items[1] and "Utrecht" in items[1] and "9.30–16.00 uur" in items[1]
    assert "nog 3 plaatsen" in items[1] and "aanmelden tot en met" in items[1]
    assert "tot en met" not in items[0]  # one day each: no month-long range
    assert f"/doorverwijzing/{two_sessions.pk}/aanmelden/" in html  # the open session can be joined


def test_no_registration_button_when_every_session_is_full(client, two_sessions):
    two_sessions.sessions.update(capacity=5, places_taken=5)
    html = client.get(two_sessions.url).content.decode()
    assert "/aanmelden/" not in html
    assert "Aanmelden is voor geen van de data meer mogelijk." in html


def test_result_list_shows_the_next_session_and_the_number_of_dates(client, two_sessions):
    html = client.get("/aanbod/", {"q": "Gespreksvaardigheden bij spanningen"}).content.decode()
    result = re.search(
        r'<li class="result[^"]*">(?:(?!<li class="result).)*?spanningen.*?result__snippet', html, re.S
    )
    result = result.group(0)
    assert "eerstvolgende datum" in result and days(20).isoformat() in result
    assert "2 data" in result and "vol" in result


def test_api_gives_the_sessions_by_date(client, two_sessions):
    data = client.get(f"/api/v2/offerings/{two_sessions.pk}/").json()
    first, second = data["sessions"]
    assert first["start_date"] == days(20).isoformat() and first["full"] is True
    assert first["location"] == "Zwolle" and first["places_left"] == 0
    assert second["start_time"] == "09:30" and second["end_time"] == "16:00"
    assert second["capacity"] == 20 and second["places_left"] == 3 and second["full"] is False
    assert second["registration_deadline"] == days(45).isoformat()
    assert (data["start_date"], data["end_date"]) == (days(20).isoformat(), days(50).isoformat())


def test_json_ld_is_a_course_with_an_instance_per_session(client, two_sessions):
    html = client.get(two_sessions.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Course"
    full, open_ = data["hasCourseInstance"]
    assert full["startDate"] == days(20).isoformat() and full["location"]["name"] == "Zwolle"
    assert full["offers"]["availability"] == "https://schema.org/SoldOut"
    assert open_["startDate"] == f"{days(50).isoformat()}T09:30" and open_["courseMode"] == "onsite"
    assert open_["maximumAttendeeCapacity"] == 20 and open_["remainingAttendeeCapacity"] == 3
    assert open_["offers"]["availability"] == "https://schema.org/InStock"


def test_feed_entry_names_the_dates(client, two_sessions):
    feed = ElementTree.fromstring(client.get("/aanbod/feed/", {"soort": "training"}).content)
    entry = next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == two_sessions.title)
    summary = entry.findtext(f"{ATOM}summary")
    assert "Data:" in summary and "(Zwolle)" in summary and "(Utrecht)" in summary


def test_admin_form_saves_two_sessions_and_werkvorm_is_marked_required(login):
    client = login("vng-redacteur")
    partner = PartnerPage.objects.get(abbreviation="VNG")
    url = reverse("wagtailadmin_pages:add", args=("offerings", "trainingpage", partner.pk))
    form = client.get(url).context["form"]
    assert form.fields["delivery"].required  # the asterisk
    data = offering_data(
        "Training op twee data",
        "training-op-twee-data",
        form=Form.objects.get(slug="workshop").pk,
        delivery="online",
        duration="2 uur",
        **sessions(
            {
                "start_date": days(30).strftime("%d-%m-%Y"),
                "online": "on",
                "capacity": "10",
                "places_taken": "10",
            },
            {"start_date": days(60).isoformat(), "online": "on", "start_time": "10:00", "end_time": "12:00"},
        ),
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    page = TrainingPage.objects.get(slug="training-op-twee-data").get_latest_revision_as_object()
    saved = sorted(page.sessions.all(), key=TrainingSession.sort_key)
    assert [s.start_date for s in saved] == [days(30), days(60)]
    assert saved[0].is_full and saved[1].start_time == datetime.time(10)


def test_a_link_without_https_is_refused_with_the_suggestion(login):
    client = login("vng-redacteur")
    partner = PartnerPage.objects.get(abbreviation="VNG")
    url = reverse("wagtailadmin_pages:add", args=("offerings", "trainingpage", partner.pk))
    data = offering_data(
        "Training met kale link",
        "training-met-kale-link",
        form=Form.objects.get(slug="workshop").pk,
        delivery="online",
        duration="2 uur",
        registration_url="vng.nl/training",
        **sessions(),
    )
    response = client.post(url, data)
    assert response.status_code == 200
    errors = response.context["form"].errors["registration_url"]
    assert errors == [
        "Begin de link met https:// (of http://), bijvoorbeeld https://vng.nl/training. "
        "Controleer of de site de beveiligde link (https) gebruikt."
    ]
    assert 'value="vng.nl/training"' in response.content.decode()  # kept as typed
    assert not TrainingPage.objects.filter(slug="training-met-kale-link").exists()


def test_migration_gives_a_date_range_one_session_in_page_and_revision(two_sessions):
    migration = importlib.import_module("offerings.migrations.0011_sessions_from_date_ranges")
    page = two_sessions
    page.save_revision()  # a stored revision in the old shape, below
    revision = page.get_latest_revision()
    content = dict(revision.content)
    del content["sessions"]
    content.update(start_date=days(5).isoformat(), end_date=days(9).isoformat())
    revision.content = content
    revision.save()
    TrainingSession.objects.filter(page=page).delete()
    TrainingPage.objects.filter(pk=page.pk).update(start_date=days(5), end_date=days(9))

    migration.forward(django_apps, None)

    session = TrainingSession.objects.get(page=page)
    assert (session.start_date, session.end_date, session.online) == (days(5), days(9), False)
    revision.refresh_from_db()
    assert revision.content["sessions"][0]["start_date"] == days(5).isoformat()
    assert revision.as_object().sessions.get().end_date == days(9)
