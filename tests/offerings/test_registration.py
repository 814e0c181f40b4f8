"""Issue 24 item 10: one registration state per training (open, vol, gesloten,
afgelopen), shown on the training page, in the finder's result list and in the API; the
"Aanmelden" button only where one can register."""

import datetime

import pytest
from django.utils import timezone

from offerings.models import TrainingPage
from offerings.registration import RegistrationState, registration_state

TODAY = datetime.date(2026, 12, 5)


class Training:
    def __init__(self, start=None, end=None, url="https://example.org/aanmelden"):
        self.start_date, self.end_date, self.registration_url = start, end, url


@pytest.mark.parametrize(
    ("training", "state"),
    [
        (Training(datetime.date(2027, 1, 10), datetime.date(2027, 3, 1)), RegistrationState.OPEN),
        (Training(), RegistrationState.OPEN),  # ongoing: join at any time
        (Training(datetime.date(2026, 9, 10), datetime.date(2027, 1, 28)), RegistrationState.CLOSED),
        (Training(TODAY, TODAY), RegistrationState.CLOSED),
        (Training(datetime.date(2027, 1, 10), url=""), RegistrationState.CLOSED),
        (Training(datetime.date(2025, 3, 4), datetime.date(2025, 10, 14)), RegistrationState.ENDED),
    ],
)
def test_registration_state_from_dates_and_link(training, state):
    assert registration_state(training, today=TODAY) == state


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
