"""Exports for Dutch Excel (issue 28.6): semicolons and a BOM (or XLSX), local dates, real
URLs, owner and kind columns. Every export is parsed back with csv and openpyxl."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from offerings.models import OfferingPage
from review.models import ReviewItem
from tests.review.conftest import round_url

BASE = "http://testserver"
STALE = "/admin/rapporten/verouderd-aanbod/"  # WAGTAILADMIN_BASE_URL in the test settings


def parse_csv(response):
    assert response.content.startswith(b"\xef\xbb\xbf"), "no BOM"
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows[0]) > 3, "not semicolon-separated"
    return rows


def parse_xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def exports(client, url, param="formaat"):
    joiner = "&" if "?" in url else "?"
    csv_response = client.get(f"{url}{joiner}{param}=csv")
    return parse_csv(csv_response), parse_xlsx(client.get(f"{url}{joiner}{param}=xlsx"))


@pytest.mark.django_db
def test_round_export_has_kind_owner_links_and_local_dates(login, demo_round):
    client = login("coordinator")
    csv_rows, xlsx_rows = exports(client, round_url("export", demo_round))
    for rows in (csv_rows, xlsx_rows):
        col = {name: i for i, name in enumerate(rows[0])}
        assert {"Soort", "Eigenaar", "Adres op de site", "Item in het beheer"} <= set(col)
        assert "localhost" not in repr(rows)
        items = {i.offering_title: i for i in demo_round.items.select_related("offering__content_owner")}
        for row in rows[1:]:
            item = items[row[col["Aanbod"]]]
            assert row[col["Soort"]] == item.offering.get_kind_display()
            owner = item.offering.content_owner
            assert row[col["Eigenaar"]] == (owner.get_full_name() or owner.username if owner else "")
            if item.offering.live:
                assert row[col["Adres op de site"]] == BASE + item.offering.url
            assert row[col["Item in het beheer"]] == f"{BASE}/admin/review/reviewitem/inspect/{item.pk}/"
    # A date late in the evening (UTC) is the next day in Amsterdam: the CSV says the local day.
    item = demo_round.items.exclude(acted_at=None).order_by("pk").first()
    late = datetime.datetime(2025, 1, 3, 23, 30, tzinfo=datetime.UTC)
    ReviewItem.objects.filter(pk=item.pk).update(acted_at=late)
    csv_rows = parse_csv(client.get(round_url("export", demo_round) + "?formaat=csv"))
    col = {name: i for i, name in enumerate(csv_rows[0])}
    row = next(r for r in csv_rows if r[col["Aanbod"]] == item.offering_title)
    assert row[col["Laatste actie op"]] == "2025-01-04 00:30"


@pytest.mark.django_db
def test_stale_report_exports_parse_with_semicolons_bom_and_real_urls(login):
    client = login("coordinator")
    csv_rows, xlsx_rows = exports(client, STALE, "export")
    for rows in (csv_rows, xlsx_rows):
        assert rows[0][:4] == ["Titel", "Partner", "Soort", "Eigenaar"]
        assert "Niet bevestigd in ronde" in rows[0] and "Afgelopen training" in rows[0]
        assert len(rows) > 2 and "localhost" not in repr(rows)
        col = {name: i for i, name in enumerate(rows[0])}
        for row in rows[1:]:
            assert row[col["Adres"]].startswith(BASE + "/")


@pytest.mark.django_db
def test_stale_report_filters_by_partner_and_kind_and_marks_ended_trainings(login):
    client = login("coordinator")
    rows = parse_csv(client.get("/admin/rapporten/verouderd-aanbod/?export=csv&kind=training"))
    col = {name: i for i, name in enumerate(rows[0])}
    assert rows[1:] and {r[col["Soort"]] for r in rows[1:]} == {"Training"}
    ended = {
        p.title
        for p in OfferingPage.objects.live().filter(kind="training", end_date__lt=timezone.localdate())
    }
    for row in rows[1:]:
        assert (row[col["Afgelopen training"]] == "afgelopen") == (row[col["Titel"]] in ended)
    hidden = parse_csv(
        client.get("/admin/rapporten/verouderd-aanbod/?export=csv&kind=training&afgelopen=verbergen")
    )
    assert not {r[0] for r in hidden[1:]} & ended
    from partners.models import PartnerPage

    vng = PartnerPage.objects.get(abbreviation="VNG")
    rows = parse_csv(client.get(f"/admin/rapporten/verouderd-aanbod/?export=csv&partner={vng.pk}"))
    assert rows[1:] and {r[1] for r in rows[1:]} == {"VNG"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/inzicht/export/aanbod/", "/admin/inzicht/export/dekking/"])
def test_insight_exports_have_no_localhost(login, url):
    csv_rows, xlsx_rows = exports(login("coordinator"), url)
    for rows in (csv_rows, xlsx_rows):
        assert len(rows) > 2 and "localhost" not in repr(rows)
        assert any(str(cell).startswith(BASE + "/") for cell in rows[1])
