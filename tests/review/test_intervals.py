"""Review interval per kind, set by Coördinatie, and a named owner per offering (issue 15, 8)."""

import datetime

import pytest
from django.utils import timezone

from offerings.models import OfferingPage
from review.intervals import RECOMMENDED_MONTHS, ensure_review_intervals, next_review_due, shift_months
from review.models import ReviewInterval
from review.reports import stale_offerings
from taxonomy.kinds import Kind
from tests.review.conftest import assert_refused

REPORT_URL = "/admin/rapporten/verouderd-aanbod/"
NOW = datetime.datetime(2026, 12, 15, 12, 0, tzinfo=datetime.UTC)


def test_shift_months_clamps_to_the_month():
    assert shift_months(datetime.datetime(2026, 3, 31, tzinfo=datetime.UTC), -1).date() == datetime.date(
        2026, 2, 28
    )
    assert shift_months(datetime.datetime(2024, 3, 31, tzinfo=datetime.UTC), -1).date() == datetime.date(
        2024, 2, 29
    )
    assert shift_months(datetime.datetime(2026, 1, 15, tzinfo=datetime.UTC), -6).date() == datetime.date(
        2025, 7, 15
    )
    assert shift_months(datetime.datetime(2025, 11, 30, tzinfo=datetime.UTC), 24).date() == datetime.date(
        2027, 11, 30
    )


def one_of(kind, months_ago):
    page = OfferingPage.objects.live().filter(kind=kind).order_by("pk").first()
    OfferingPage.objects.filter(pk=page.pk).update(last_reviewed_at=shift_months(NOW, -months_ago))
    return page.pk


@pytest.mark.django_db
def test_each_kind_has_its_own_interval():
    assert dict(ReviewInterval.objects.values_list("kind", "months")) == RECOMMENDED_MONTHS
    training_7 = one_of(Kind.TRAINING, 7)
    publication_7 = one_of(Kind.PUBLICATION, 7)
    contact_7 = one_of(Kind.CONTACT_POINT, 7)
    stale = set(stale_offerings(now=NOW).values_list("pk", flat=True))
    assert training_7 in stale  # trainings: every 6 months
    assert publication_7 not in stale and contact_7 not in stale

    publication_25 = one_of(Kind.PUBLICATION, 25)
    assert publication_25 in set(stale_offerings(now=NOW).values_list("pk", flat=True))


@pytest.mark.django_db
def test_kind_without_interval_falls_back_to_stale_after_days(settings):
    ReviewInterval.objects.filter(kind=Kind.PUBLICATION).delete()
    settings.STALE_AFTER_DAYS = 30
    page = one_of(Kind.PUBLICATION, 2)
    assert page in set(stale_offerings(now=NOW).values_list("pk", flat=True))
    settings.STALE_AFTER_DAYS = 90
    assert page not in set(stale_offerings(now=NOW).values_list("pk", flat=True))
    reviewed = shift_months(NOW, -2)
    assert next_review_due(reviewed, Kind.PUBLICATION) == reviewed + datetime.timedelta(days=90)


@pytest.mark.django_db
def test_ensure_intervals_is_idempotent_and_keeps_changes():
    ReviewInterval.objects.filter(kind=Kind.TRAINING).update(months=3)
    ReviewInterval.objects.filter(kind=Kind.CONTACT_POINT).delete()
    assert ensure_review_intervals() == [Kind.CONTACT_POINT]
    assert ensure_review_intervals() == []
    assert ReviewInterval.objects.get(kind=Kind.TRAINING).months == 3


@pytest.mark.django_db
def test_coordinator_sets_the_interval_and_the_report_follows(login):
    training = ReviewInterval.objects.get(kind=Kind.TRAINING)
    page = OfferingPage.objects.live().filter(kind=Kind.TRAINING).order_by("pk").first()
    OfferingPage.objects.filter(pk=page.pk).update(
        last_reviewed_at=timezone.now() - datetime.timedelta(days=100)
    )
    client = login("coordinator")
    assert page.title not in client.get(REPORT_URL).content.decode().replace("&#x27;", "'")

    url = f"/admin/snippets/review/reviewinterval/edit/{training.pk}/"
    response = client.post(url, {"months": "3"})
    assert response.status_code == 302
    assert ReviewInterval.objects.get(pk=training.pk).months == 3
    body = client.get(REPORT_URL).content.decode().replace("&#x27;", "'")
    assert page.title in body
    assert "training elke 3 maanden" in body


@pytest.mark.django_db
def test_bad_interval_is_refused_in_dutch(login):
    training = ReviewInterval.objects.get(kind=Kind.TRAINING)
    client = login("coordinator")
    url = f"/admin/snippets/review/reviewinterval/edit/{training.pk}/"
    for value, message in (
        ("0", "Kies minstens 1 maand."),
        ("500", "Kies hoogstens 120 maanden"),
        ("zes", "geheel getal"),
    ):
        response = client.post(url, {"months": value})
        assert response.status_code == 200
        assert message in response.content.decode()
    assert ReviewInterval.objects.get(pk=training.pk).months == RECOMMENDED_MONTHS[Kind.TRAINING]


@pytest.mark.django_db
def test_partners_cannot_change_intervals(login):
    training = ReviewInterval.objects.get(kind=Kind.TRAINING)
    client = login("vng-eindredacteur")
    assert_refused(client.post(f"/admin/snippets/review/reviewinterval/edit/{training.pk}/", {"months": "1"}))
    assert ReviewInterval.objects.get(pk=training.pk).months == RECOMMENDED_MONTHS[Kind.TRAINING]


# Owner ------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_demo_offerings_have_a_named_owner_and_the_report_shows_it(login):
    assert not OfferingPage.objects.filter(partner__isnull=False, content_owner__isnull=True).exists()
    page = OfferingPage.objects.filter(partner__abbreviation="VNG").first()
    assert page.content_owner.username == "vng-redacteur"
    assert page.specific.get_latest_revision_as_object().content_owner_id == page.content_owner_id
    body = login("coordinator").get(REPORT_URL).content.decode()
    assert "Eigenaar" in body and "vng-redacteur" in body


@pytest.mark.django_db
def test_owner_choices_are_the_partners_own_editors(login):
    page = OfferingPage.objects.filter(partner__abbreviation="VNG").first()
    response = login("vng-redacteur").get(f"/admin/pages/{page.pk}/edit/")
    choices = {str(user) for user in response.context["form"].fields["content_owner"].queryset}
    assert choices == {"vng-redacteur", "vng-eindredacteur"}
