"""Closing a round (issue 28.3): a confirmation that says what is open, a report per partner
and kind, and 'niet bevestigd' carried into the stale report, the gap view and (after the
grace period) the public page."""

import csv
import datetime
import io
from unittest import mock

import pytest
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone
from openpyxl import load_workbook

from offerings.models import OfferingPage
from review.models import RESPONDED_STATUSES, ActionKind, ItemStatus, ReviewItem, ReviewRound, RoundStatus
from review.unconfirmed import unconfirmed_round_for
from tests.review.conftest import round_url

STALE_URL = "/admin/rapporten/verouderd-aanbod/"


def close(client, review_round):
    return client.post(round_url("close", review_round), {"bevestigd": "ja"}, follow=True)


@pytest.mark.django_db
def test_close_asks_for_confirmation_and_says_what_is_open(login, demo_round):
    client = login("coordinator")
    page = client.get(round_url("close", demo_round)).content.decode()
    pending = demo_round.items.filter(status__in=["open", "wordt-aangepast", "intrekking-aangevraagd"])
    total = demo_round.items.count()
    assert f"Nog open: {pending.count()} van {total} items" in page
    assert "nog niet verstreken" in page  # the deadline is 21 days ahead in the demo
    assert ">VNG</abbr>" in page and "Ja, sluit deze ronde" in page
    # A POST without the confirmation (the old one-click close) changes nothing.
    response = client.post(round_url("close", demo_round))
    assert "Vink aan dat u de ronde wilt sluiten." in response.content.decode()
    demo_round.refresh_from_db()
    assert demo_round.status == RoundStatus.OPEN and demo_round.closed_at is None
    assert not demo_round.items.filter(status=ItemStatus.NOT_CONFIRMED).exists()


@pytest.mark.django_db
def test_closing_marks_pending_items_unconfirmed_and_reports_per_partner_and_kind(login, demo_round):
    pending_ids = set(demo_round.items.exclude(status__in=RESPONDED_STATUSES).values_list("pk", flat=True))
    client = login("coordinator")
    body = close(client, demo_round).content.decode()
    assert "De ronde is gesloten." in body
    demo_round.refresh_from_db()
    assert demo_round.status == RoundStatus.CLOSED
    assert demo_round.unconfirmed_public_at == demo_round.closed_at + datetime.timedelta(days=30)
    assert (
        set(demo_round.items.filter(status=ItemStatus.NOT_CONFIRMED).values_list("pk", flat=True))
        == pending_ids
    )
    assert demo_round.items.filter(actions__kind=ActionKind.NOT_CONFIRMED).count() == len(pending_ids)
    # "wordt aangepast" is no longer stuck: it is "niet bevestigd" with the old state in the note.
    assert demo_round.items.filter(note__contains="was: wordt aangepast").exists()
    assert "Rapport bij het sluiten" in body

    rows = list(
        csv.reader(
            io.StringIO(
                client.get(round_url("export", demo_round) + "?inhoud=rapport&formaat=csv").content.decode(
                    "utf-8-sig"
                )
            ),
            delimiter=";",
        )
    )
    assert rows[0][:6] == ["Partner", "Organisatie", "Soort", "Items", "Gereageerd", "Niet gereageerd"]
    expected = {}
    for item in demo_round.items.select_related("partner", "offering"):
        key = (item.partner.abbreviation, item.offering.get_kind_display())
        total, responded = expected.get(key, (0, 0))
        expected[key] = (total + 1, responded + (item.status in RESPONDED_STATUSES))
    kind_plural = {"Publicatie": "Publicaties", "Training": "Trainingen", "Contactpunt": "Contactpunten"}
    got = {(r[0], r[2]): (int(r[3]), int(r[4])) for r in rows[1:]}
    assert got == {(p, kind_plural[k]): v for (p, k), v in expected.items()}
    for r in rows[1:]:
        assert int(r[3]) - int(r[4]) == int(r[5]) == (len(r[6].split("; ")) if r[6] else 0)
    workbook = load_workbook(
        io.BytesIO(client.get(round_url("export", demo_round) + "?inhoud=rapport&formaat=xlsx").content)
    )
    assert len(list(workbook.active.iter_rows())) == len(rows)
    # A partner sees only its own lines.
    own = client = login("kis-redacteur").get(round_url("inspect", demo_round)).content.decode()
    assert ">KIS</abbr>" in own and ">VNG</abbr>" not in own


@pytest.mark.django_db
def test_unconfirmed_state_reaches_stale_report_gap_view_and_public_page(login, demo_round, client):
    item = (
        demo_round.items.filter(partner__abbreviation="VNG", status=ItemStatus.OPEN)
        .select_related("offering")
        .first()
    )
    page = item.offering
    # Checked recently, so not stale by date: only the round's outcome puts it in the report.
    OfferingPage.objects.filter(pk=page.pk).update(
        last_reviewed_at=timezone.now() - datetime.timedelta(days=5)
    )
    coordinator = login("coordinator")
    close(coordinator, demo_round)
    report = coordinator.get(STALE_URL + "?partner=" + str(item.partner_id)).content.decode()
    assert page.title in report and f"niet bevestigd in ronde '{demo_round.name}'" in report
    gap = coordinator.get("/admin/inzicht/").content.decode()
    assert "niet bevestigd)" in gap

    client.logout()
    public = client.get(page.url).content.decode()
    assert "Laatst gecontroleerd op" in public and "Niet bevestigd in controleronde" not in public
    ReviewRound.objects.filter(pk=demo_round.pk).update(
        unconfirmed_public_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    public = client.get(page.url).content.decode()
    assert f"Niet bevestigd in controleronde '{demo_round.name}'" in public
    # A check after the round clears the state everywhere.
    OfferingPage.objects.filter(pk=page.pk).update(last_reviewed_at=timezone.now())
    assert "Niet bevestigd in controleronde" not in client.get(page.url).content.decode()
    assert page.title not in login("coordinator").get(STALE_URL).content.decode()


@pytest.mark.django_db
def test_reopen_makes_unconfirmed_items_open_again(login, demo_round):
    client = login("coordinator")
    close(client, demo_round)
    unconfirmed = set(demo_round.items.filter(status=ItemStatus.NOT_CONFIRMED).values_list("pk", flat=True))
    client.post(round_url("reopen", demo_round))
    demo_round.refresh_from_db()
    assert demo_round.is_open and demo_round.unconfirmed_public_at is None
    assert set(demo_round.items.filter(status=ItemStatus.OPEN).values_list("pk", flat=True)) >= unconfirmed
    assert not demo_round.items.filter(status=ItemStatus.NOT_CONFIRMED).exists()


@pytest.mark.django_db
def test_the_public_pages_round_is_read_without_building_its_sql_again(demo_round):
    """An offering page's 'niet bevestigd' (issue 23, "Cheaper misses"): one query whose SQL
    is built once, the grace period and a later check applied as before."""
    items = list(demo_round.items.filter(offering__isnull=False).order_by("pk")[:2])
    now = timezone.now()
    ReviewItem.objects.filter(pk__in=[i.pk for i in items]).update(status=ItemStatus.NOT_CONFIRMED)
    ReviewRound.objects.filter(pk=demo_round.pk).update(
        status=RoundStatus.CLOSED, closed_at=now, unconfirmed_public_at=now + datetime.timedelta(days=1)
    )
    OfferingPage.objects.filter(pk__in=[i.offering_id for i in items]).update(last_reviewed_at=None)
    first, second = (OfferingPage.objects.get(pk=item.offering_id) for item in items)
    assert unconfirmed_round_for(first) is None  # within the grace period
    assert unconfirmed_round_for(first, public=False) == demo_round.name
    later = now + datetime.timedelta(days=2)
    with mock.patch.object(SQLCompiler, "as_sql", side_effect=AssertionError("SQL built again")):
        assert unconfirmed_round_for(second, now=later) == demo_round.name
    OfferingPage.objects.filter(pk=second.pk).update(last_reviewed_at=now + datetime.timedelta(hours=1))
    assert unconfirmed_round_for(second, now=later) is None
