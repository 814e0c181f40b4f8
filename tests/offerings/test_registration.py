"""Issue 24 item 10: one registration state per training (open, vol, gesloten,
afgelopen), shown on the training page, in the finder's result list and in the API; the
"Aanmelden" button only where one can register."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offerings.models import TrainingPage, TrainingSession
from offerings.registration import RegistrationState, registration_state

TODAY = datetime.date(2026, 12, 5)
D = datetime.date


def session(start, end=None, capacity=None, taken=None, deadline=None, url=""):
    return TrainingSession(
        start_date=start,
        end_date=end,
        capacity=capacity,
        places_taken=taken,
        registration_deadline=deadline,
        registration_url=url,
    )


def training(*sessions, url="https://example.org/aanmelden"):
    page = TrainingPage(registration_url=url)
    page.sessions = list(sessions)
    return page


@pytest.mark.parametrize(
    ("make", "state"),
    [
        (lambda: training(session(D(2027, 1, 10), D(2027, 3, 1))), RegistrationState.OPEN),
        (lambda: training(), RegistrationState.OPEN),  # ongoing: join at any time
        (lambda: training(url=""), RegistrationState.CLOSED),  # ongoing, but no way to register
        (lambda: training(session(D(2026, 9, 10), D(2027, 1, 28))), RegistrationState.CLOSED),  # under way
        (lambda: training(session(TODAY)), RegistrationState.CLOSED),
        (lambda: training(session(D(2027, 1, 10)), url=""), RegistrationState.CLOSED),
        (
            lambda: training(session(D(2027, 1, 10), url="https://example.org/sessie"), url=""),
            RegistrationState.OPEN,
        ),
        (lambda: training(session(D(2025, 3, 4), D(2025, 10, 14))), RegistrationState.ENDED),
        # Sessions (issue 26): full when every session still to come is full.
        (lambda: training(session(D(2027, 1, 10), capacity=12, taken=12)), RegistrationState.FULL),
        (
            lambda: training(session(D(2025, 3, 4)), session(D(2027, 1, 10), capacity=12, taken=12)),
            RegistrationState.FULL,
        ),
        (
            lambda: training(
                session(D(2027, 1, 10), capacity=12, taken=12), session(D(2027, 2, 10), capacity=12, taken=3)
            ),
            RegistrationState.OPEN,
        ),
        (
            lambda: training(
                session(D(2027, 1, 10), capacity=12, taken=12),
                session(D(2027, 2, 10), deadline=D(2026, 12, 1)),
            ),
            RegistrationState.CLOSED,
        ),
    ],
)
@pytest.mark.django_db
def test_registration_state_from_sessions_and_link(make, state):
    assert registration_state(make(), today=TODAY) == state


@pytest.mark.django_db
def test_started_training_page_has_no_aanmelden_button_and_says_so(client):
    today = timezone.localdate()
    training = (
        TrainingPage.objects.live()
        .filter(start_date__lte=today, end_date__gte=today)
        .exclude(registration_url="")
        .first()
    )
    assert training is not None, "the demo has a training under way"
    body = client.get(training.url).content.decode()
    assert "registration--gesloten" in body and "Aanmelden gesloten" in body
    assert "utrecht-button-link--primary-action" not in body  # no "Aanmelden" button
    api = client.get(f"/api/v2/offerings/{training.pk}/").json()
    assert api["registration_state"] == {"slug": "gesloten", "label": "Aanmelden gesloten"}


@pytest.mark.django_db
def test_open_training_page_has_the_button(client):
    today = timezone.localdate()
    training = TrainingPage.objects.live().filter(start_date__gt=today).exclude(registration_url="").first()
    body = client.get(training.url).content.decode()
    assert "registration--open" in body and ">Aanmelden</a>" in body
    assert client.get(f"/api/v2/offerings/{training.pk}/").json()["registration_state"]["slug"] == "open"


@pytest.mark.django_db
def test_the_api_listing_gives_each_training_its_registration_state(client):
    """The listing says of each training what its detail says (one rule,
    offerings/registration.py); other kinds say null. Issue 26: it was in the detail only."""
    listing = client.get("/api/v2/offerings/", {"soort": "training", "limit": 50}).json()
    assert listing["items"], "the demo has trainings"
    states = {item["id"]: item["registration_state"] for item in listing["items"]}
    trainings = TrainingPage.objects.filter(pk__in=states).prefetch_related("sessions")
    expected = {
        t.pk: {"slug": t.registration_state.value, "label": str(t.registration_state.label)}
        for t in trainings
    }
    assert states == expected
    assert {state["slug"] for state in states.values()} >= {"open", "gesloten"}
    others = client.get("/api/v2/offerings/", {"soort": "publicatie", "limit": 5}).json()["items"]
    assert others and all(item["registration_state"] is None for item in others)


@pytest.mark.django_db
def test_the_listing_reads_the_registration_states_in_bulk(client):
    """One query for the trainings' registration links, whatever the page holds."""

    def queries(limit):
        with CaptureQueriesContext(connection) as captured:
            items = client.get("/api/v2/offerings/", {"soort": "training", "limit": limit}).json()["items"]
        assert len(items) == limit and all(item["registration_state"] for item in items)
        return len(captured)

    queries(2)  # fills the site caches every request after it shares
    assert queries(2) == queries(12)
