"""Opening, closing, reopening and reading a round; its progress page and export."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from offerings.models import OfferingPage
from review.models import ItemStatus, ReviewItem, ReviewRound, RoundStatus
from tests.review.conftest import assert_refused, item_url, round_url

CREATE_URL = "/admin/review/reviewround/create/"


def deadline(days=30):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


@pytest.mark.django_db
def test_coordinator_opens_round_for_all_partners(login):
    ReviewRound.objects.update(status=RoundStatus.CLOSED)
    response = login("coordinator").post(
        CREATE_URL, {"name": "Najaarsronde", "deadline": deadline(), "note": "", "all_partners": "on"}
    )
    review_round = ReviewRound.objects.get(name="Najaarsronde")
    assert response.status_code == 302
    assert response["Location"] == round_url("inspect", review_round)
    live = set(OfferingPage.objects.live().values_list("pk", flat=True))
    assert set(review_round.items.values_list("offering_id", flat=True)) == live
    assert set(review_round.items.values_list("status", flat=True)) == {ItemStatus.OPEN}
    assert review_round.opened_by.username == "coordinator"


@pytest.mark.django_db
def test_round_for_a_selection_of_partners(login):
    from partners.models import PartnerPage

    ReviewRound.objects.update(status=RoundStatus.CLOSED)
    chosen = list(PartnerPage.objects.filter(abbreviation__in=["KIS", "LSE"]))
    login("coordinator").post(
        CREATE_URL,
        {"name": "Deelronde", "deadline": deadline(), "partners": [p.pk for p in chosen]},
    )
    review_round = ReviewRound.objects.get(name="Deelronde")
    assert not review_round.all_partners
    assert set(review_round.items.values_list("partner__abbreviation", flat=True)) == {"KIS", "LSE"}
    assert review_round.items.count() == OfferingPage.objects.live().filter(partner__in=chosen).count()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, message",
    [
        ({"name": "X", "deadline": "2020-01-01", "all_partners": "on"}, "in het verleden"),
        ({"name": "X", "deadline": "morgen", "all_partners": "on"}, "Deze datum kunnen we niet lezen"),
        ({"name": "X", "deadline": deadline()}, "Kies minstens één partner"),
        ({"name": "", "deadline": deadline(), "all_partners": "on"}, "verplicht"),
        (
            {"name": "Controleronde aanbod 2026-2027", "deadline": deadline(), "all_partners": "on"},
            "bestaat al",
        ),
    ],
)
def test_bad_round_input_is_refused_with_message(login, data, message):
    before = (ReviewRound.objects.count(), ReviewItem.objects.count())
    response = login("coordinator").post(CREATE_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (ReviewRound.objects.count(), ReviewItem.objects.count()) == before


@pytest.mark.django_db
def test_partner_cannot_open_or_manage_rounds(login, demo_round):
    client = login("vng-eindredacteur")
    assert_refused(client.get(CREATE_URL))
    assert_refused(client.post(CREATE_URL, {"name": "Eigen", "deadline": deadline(), "all_partners": "on"}))
    assert_refused(client.post(round_url("close", demo_round)))
    assert_refused(client.get(round_url("edit", demo_round)))
    assert not ReviewRound.objects.filter(name="Eigen").exists()
    demo_round.refresh_from_db()
    assert demo_round.status == RoundStatus.OPEN


@pytest.mark.django_db
def test_close_twice_and_reopen_twice_are_refused(login, demo_round):
    client = login("coordinator")
    response = client.post(round_url("close", demo_round), {"bevestigd": "ja"}, follow=True)
    assert "De ronde is gesloten." in response.content.decode()
    demo_round.refresh_from_db()
    closed_at = demo_round.closed_at
    assert demo_round.status == RoundStatus.CLOSED and demo_round.closed_by.username == "coordinator"

    response = client.post(round_url("close", demo_round), {"bevestigd": "ja"}, follow=True)
    assert "Deze ronde is al gesloten." in response.content.decode()
    demo_round.refresh_from_db()
    assert demo_round.closed_at == closed_at

    response = client.post(round_url("reopen", demo_round), follow=True)
    assert "De ronde is heropend." in response.content.decode()
    response = client.post(round_url("reopen", demo_round), follow=True)
    assert "Deze ronde is al open." in response.content.decode()
    demo_round.refresh_from_db()
    assert demo_round.status == RoundStatus.OPEN and demo_round.closed_at is None


@pytest.mark.django_db
def test_closed_round_is_read_only(login, demo_round, open_item):
    item = open_item("VNG")
    login("coordinator").post(round_url("close", demo_round), {"bevestigd": "ja"})
    client = login("vng-redacteur")
    for action in ("confirm", "update", "withdraw"):
        response = client.post(item_url(action, item), {"note": "te laat"}, follow=True)
        assert "is gesloten" in response.content.decode()
    item.refresh_from_db()
    # Closing marked it "niet bevestigd"; the refused actions added nothing.
    assert item.status == ItemStatus.NOT_CONFIRMED
    assert list(item.actions.values_list("kind", flat=True)) == ["niet-bevestigd"]
    listing = client.get(
        f"/admin/review/reviewitem/?review_round__id__exact={demo_round.pk}"
    ).content.decode()
    assert item_url("confirm", item) not in listing
    response = login("coordinator").get(round_url("edit", demo_round), follow=True)
    assert "Een gesloten ronde is alleen-lezen." in response.content.decode()


@pytest.mark.django_db
def test_edit_changes_deadline_but_not_scope(login, demo_round):
    items = demo_round.items.count()
    response = login("coordinator").post(
        round_url("edit", demo_round),
        {"name": demo_round.name, "deadline": deadline(40), "note": "Verlengd.", "all_partners": ""},
    )
    assert response.status_code == 302
    demo_round.refresh_from_db()
    assert demo_round.deadline.isoformat() == deadline(40)
    assert demo_round.all_partners and demo_round.items.count() == items


@pytest.mark.django_db
def test_rounds_cannot_be_deleted(login, demo_round):
    assert_refused(login("coordinator").post(round_url("delete", demo_round)))
    assert ReviewRound.objects.filter(pk=demo_round.pk).exists()


@pytest.mark.django_db
def test_progress_page_shows_table_and_chart(login, demo_round):
    body = login("coordinator").get(round_url("inspect", demo_round)).content.decode()
    assert "<svg" in body and 'role="img"' in body and "<desc" in body
    for heading in ("Open", "Nog actueel", "Aangepast", "Ingetrokken", "Afgerond"):
        assert f'<th scope="col">{heading}</th>' in body
    vng = demo_round.items.filter(partner__abbreviation="VNG")
    done = vng.exclude(status__in=["open", "wordt-aangepast", "intrekking-aangevraagd"]).count()
    assert f"VNG: {vng.count() - done} open, " in body  # the chart's text alternative
    assert '<th scope="row">Totaal</th>' in body
    assert "Ronde sluiten" in body


@pytest.mark.django_db
def test_partner_sees_only_own_progress(login, demo_round):
    body = login("vng-redacteur").get(round_url("inspect", demo_round)).content.decode()
    assert ">VNG</abbr>" in body and ">BZK</abbr>" not in body
    assert "Ronde sluiten" not in body and "<tfoot>" not in body


def parse_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def parse_xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def expected_item_rows(items):
    return [
        [item.partner.abbreviation, item.offering_title, item.get_status_display(), item.note]
        for item in items.order_by("partner__abbreviation", "offering_title", "pk")
    ]


@pytest.mark.django_db
def test_round_export_csv_and_xlsx_match_database(login, demo_round):
    client = login("coordinator")
    csv_rows = parse_csv(client.get(round_url("export", demo_round) + "?formaat=csv"))
    xlsx_rows = parse_xlsx(client.get(round_url("export", demo_round) + "?formaat=xlsx"))
    expected = expected_item_rows(demo_round.items.all())
    for rows in (csv_rows, xlsx_rows):
        assert rows[0][:5] == ["Controleronde", "Partner", "Aanbod", "Pagina-ID", "Status"]
        assert [[r[1], r[2], r[4], r[7]] for r in rows[1:]] == expected
        assert {r[0] for r in rows[1:]} == {demo_round.name}
    assert [int(r[3]) for r in csv_rows[1:]] == [r[3] for r in xlsx_rows[1:]]
    confirmed = demo_round.items.filter(status=ItemStatus.CONFIRMED).order_by("partner__abbreviation").first()
    row = next(r for r in xlsx_rows if r[2] == confirmed.offering_title)
    assert row[6] == confirmed.acted_by.username
    local = timezone.localtime(confirmed.acted_at).replace(tzinfo=None)
    assert abs((row[5] - local).total_seconds()) < 1


@pytest.mark.django_db
def test_partner_export_holds_only_own_items(login, demo_round):
    rows = parse_csv(login("bzk-redacteur").get(round_url("export", demo_round) + "?formaat=csv"))
    assert {r[1] for r in rows[1:]} == {"BZK"}
    assert len(rows) - 1 == demo_round.items.filter(partner__abbreviation="BZK").count()


@pytest.mark.django_db
def test_export_with_bad_format_gives_message(login, demo_round):
    response = login("coordinator").get(round_url("export", demo_round) + "?formaat=pdf", follow=True)
    assert response.status_code == 200
    assert "Onbekend exportformaat" in response.content.decode()


@pytest.mark.django_db
def test_export_neutralises_formulas(login, demo_round, open_item):
    item = open_item("VNG")
    ReviewItem.objects.filter(pk=item.pk).update(note='=HYPERLINK("http://x")')
    rows = parse_xlsx(login("coordinator").get(round_url("export", demo_round) + "?formaat=xlsx"))
    row = next(r for r in rows if r[2] == item.offering_title)
    assert row[7] == '\'=HYPERLINK("http://x")'


@pytest.mark.django_db
def test_round_without_live_offerings_is_not_opened(login):
    from partners.models import PartnerPage

    ReviewRound.objects.update(status=RoundStatus.CLOSED)
    partner = PartnerPage.objects.get(abbreviation="WV")
    OfferingPage.objects.filter(partner=partner).update(live=False)
    before = ReviewRound.objects.count()
    response = login("coordinator").post(
        CREATE_URL, {"name": "Leeg", "deadline": deadline(), "partners": [partner.pk]}
    )
    assert response.status_code == 200
    assert "Er is geen gepubliceerd aanbod" in response.content.decode()
    assert ReviewRound.objects.count() == before
