"""Opening a round tells every partner (issue 28.1) and one open round per partner (28.2)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from partners.models import PartnerPage
from review import services
from review.models import ReminderLog, ReviewItem, ReviewRound, RoundStatus
from review.reminders import partner_recipients
from tests.review.conftest import round_url

CREATE_URL = "/admin/review/reviewround/create/"
NOTE = "Let vooral op contactgegevens vóór de zomer."


def deadline(days=30):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


@pytest.fixture
def no_open_round(db):
    ReviewRound.objects.update(status=RoundStatus.CLOSED, closed_at=timezone.now())


@pytest.mark.django_db
def test_opening_mails_each_partners_editors_note_deadline_and_count(
    login, no_open_round, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        login("coordinator").post(
            CREATE_URL, {"name": "Voorjaarsronde", "deadline": deadline(), "note": NOTE, "all_partners": "on"}
        )
    review_round = ReviewRound.objects.get(name="Voorjaarsronde")
    partners = PartnerPage.objects.filter(review_items__review_round=review_round).distinct()
    assert partners.count() >= 10
    by_recipients = {tuple(sorted(m.to)): m for m in mail.outbox}
    assert len(mail.outbox) == partners.count()
    for partner in partners:
        recipients = partner_recipients(partner)
        assert recipients, partner.abbreviation
        message = by_recipients[tuple(recipients)]
        count = ReviewItem.objects.filter(review_round=review_round, partner=partner).count()
        assert f"{count} items voor {partner.abbreviation}" in message.subject
        assert f"staan {count} items klaar" in message.body or f"staat {count} item klaar" in message.body
        assert NOTE in message.body
        assert review_round.deadline.strftime("%Y") in message.body
        assert "http://testserver/admin/review/reviewitem/" in message.body
        log = ReminderLog.objects.get(review_round=review_round, partner=partner, key="geopend")
        assert log.open_items == count and log.recipients == ", ".join(recipients)
    # Only the partner's own editors: VNG's mail goes to no one of KIS.
    vng = by_recipients[tuple(partner_recipients(partners.get(abbreviation="VNG")))]
    kis = set(partner_recipients(partners.get(abbreviation="KIS")))
    assert not kis & set(vng.to)


@pytest.mark.django_db
def test_dashboard_shows_note_and_open_count_until_partner_is_done(login, no_open_round):
    kis = PartnerPage.objects.get(abbreviation="KIS")
    review_round = services.open_round(
        name="KIS-ronde",
        deadline=timezone.localdate() + datetime.timedelta(days=20),
        note=NOTE,
        partners=[kis],
    )
    client = login("kis-redacteur")
    body = client.get("/admin/").content.decode()
    n = review_round.items.count()
    assert f"U heeft nog {n} open items in deze ronde." in body
    assert NOTE in body
    # VNG is not in this round: nothing for them.
    assert "KIS-ronde" not in login("vng-redacteur").get("/admin/").content.decode()
    editor = get_user_model().objects.get(username="kis-redacteur")
    for item in review_round.items.all():
        services.confirm(item, editor)
    body = login("kis-redacteur").get("/admin/").content.decode()
    assert NOTE not in body
    assert "Al uw items in deze ronde zijn afgehandeld." in body


@pytest.mark.django_db
def test_second_round_for_same_partners_is_refused_with_dutch_message(login):
    open_round = ReviewRound.objects.get(status=RoundStatus.OPEN)
    before = (ReviewRound.objects.count(), ReviewItem.objects.count(), len(mail.outbox))
    client = login("coordinator")
    form = client.get(CREATE_URL).content.decode()
    assert "Per partner kan één ronde tegelijk open zijn." in form and open_round.name in form
    vng = PartnerPage.objects.get(abbreviation="VNG")
    for data in (
        {"name": "Tweede", "deadline": deadline(), "all_partners": "on"},
        {"name": "Tweede", "deadline": deadline(), "partners": [vng.pk]},
    ):
        response = client.post(CREATE_URL, data)
        assert response.status_code == 200
        assert "is nog open voor (een deel van) deze partners" in response.content.decode()
    assert (ReviewRound.objects.count(), ReviewItem.objects.count(), len(mail.outbox)) == before


@pytest.mark.django_db
def test_rounds_for_different_partners_run_side_by_side_without_doubles(login, no_open_round):
    kis, vng = PartnerPage.objects.filter(abbreviation__in=["KIS", "VNG"]).order_by("abbreviation")
    services.open_round(name="KIS", deadline=timezone.localdate(), partners=[kis])
    services.open_round(name="VNG", deadline=timezone.localdate(), partners=[vng])
    with pytest.raises(services.ReviewError):
        services.open_round(name="Beide", deadline=timezone.localdate(), partners=[kis, vng])
    open_items = ReviewItem.objects.filter(review_round__status=RoundStatus.OPEN)
    offering_ids = list(open_items.values_list("offering_id", flat=True))
    assert len(offering_ids) == len(set(offering_ids))


@pytest.mark.django_db
def test_reopening_beside_an_open_round_is_refused(login, demo_round):
    client = login("coordinator")
    client.post(round_url("close", demo_round), {"bevestigd": "ja"})
    services.open_round(name="Nieuw", deadline=timezone.localdate(), partners=None, announce=False)
    response = client.post(round_url("reopen", demo_round), follow=True)
    assert "is nog open voor (een deel van) deze partners" in response.content.decode()
    demo_round.refresh_from_db()
    assert demo_round.status == RoundStatus.CLOSED
