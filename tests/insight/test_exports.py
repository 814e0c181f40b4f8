import csv
import datetime
import io

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from insight.coverage import coverage_matrices, more_matrices
from insight.exports import CATALOGUE_HEADERS, catalogue_rows
from offerings.models import OfferingPage
from review.models import ItemStatus, ReviewItem, ReviewRound
from review.reports import stale_offerings
from tests.review.conftest import assert_refused


def parse(response):
    if response["Content-Type"].startswith("text/csv"):
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_catalogue_export_matches_database(login, fmt):
    response = login("coordinator").get(f"/admin/inzicht/export/aanbod/?formaat={fmt}")
    assert response.status_code == 200
    assert f".{fmt}" in response["Content-Disposition"]
    rows = parse(response)
    header, data = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    pages = OfferingPage.objects.prefetch_related("themes", "audiences").select_related("partner", "form")
    assert len(data) == pages.count()
    by_id = {int(row[col["Pagina-ID"]]): row for row in data}
    stale = set(stale_offerings().values_list("pk", flat=True))
    assert stale
    latest = {}
    for item in ReviewItem.objects.order_by("review_round__opened_at", "pk"):
        latest[item.offering_id] = item
    for page in pages:
        row = by_id[page.pk]
        assert row[col["Titel"]] == page.title
        assert row[col["Partner"]] == page.partner.abbreviation
        assert row[col["Vorm"]] == page.form.name
        assert row[col["Gepubliceerd"]] == ("ja" if page.live else "nee")
        assert row[col["Thema's"]] == ", ".join(t.name for t in page.themes.all())
        assert row[col["Doelgroepen"]] == ", ".join(a.name for a in page.audiences.all())
        assert row[col["Kosten"]] == page.get_cost_display()
        item = latest.get(page.pk)
        assert row[col["Status in die ronde"]] == (item.get_status_display() if item else "")
        assert row[col["Laatste controleronde"]] == (item.review_round.name if item else "")
        assert bool(row[col["Laatst gecontroleerd op"]]) == bool(page.last_reviewed_at)
        assert row[col["Verouderd"]] == ("ja" if page.pk in stale else "nee")
        if page.live:
            assert row[col["Adres"]].endswith(page.url)
        specific = page.specific
        if page.kind == "publicatie":
            assert row[col["Uitgevers"]] == "; ".join(p.organisation.name for p in specific.publishers.all())
            assert row[col["Verschenen"]] == specific.published.label
            assert row[col["Locatie"]] == ""
        elif page.kind == "training":
            assert row[col["Duur"]] == specific.duration
        else:
            assert str(row[col["Telefoonnummer"]]).lstrip("'") == specific.phone


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_coverage_export_matches_matrices(login, fmt):
    rows = parse(login("coordinator").get(f"/admin/inzicht/export/dekking/?formaat={fmt}"))
    assert rows[0] == ["Matrix", "Thema", "Kolom", "Aantal live aanbod", "Link naar de zoeker"]
    expected = [
        [matrix.title, theme, cell.column_label, cell.count]
        for matrix in (*coverage_matrices(), *more_matrices())
        for (_slug, theme), cells in matrix.rows_with_cells()
        for cell in cells
    ]
    assert [[r[0], r[1], r[2], int(r[3])] for r in rows[1:]] == expected
    assert all(r[4].startswith("http://testserver/aanbod/?thema=") for r in rows[1:])


@pytest.mark.django_db
def test_export_bad_format_and_permissions(login):
    response = login("coordinator").get("/admin/inzicht/export/aanbod/?formaat=doc", follow=True)
    assert "Onbekend exportformaat" in response.content.decode()
    for url in ("/admin/inzicht/export/aanbod/?formaat=csv", "/admin/inzicht/export/dekking/?formaat=xlsx"):
        assert_refused(login("vng-eindredacteur").get(url))


@pytest.mark.django_db
def test_catalogue_rows_take_the_latest_review_in_the_offering_query():
    current = ReviewItem.objects.select_related("review_round").order_by("pk").first()
    # An older round created later: the latest is the one opened last, not the highest pk.
    older = ReviewRound.objects.create(
        name="Oudere ronde",
        deadline=current.review_round.deadline,
        opened_at=current.review_round.opened_at - datetime.timedelta(days=30),
    )
    ReviewItem.objects.create(
        review_round=older,
        offering=current.offering,
        offering_title=current.offering_title,
        partner=current.partner,
        status=ItemStatus.WITHDRAWN if current.status != ItemStatus.WITHDRAWN else ItemStatus.CONFIRMED,
    )
    request = RequestFactory().get("/")
    list(catalogue_rows(request))  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        rows = list(catalogue_rows(request))
    assert len(rows) == OfferingPage.objects.count()
    row = next(r for r in rows if r[0] == current.offering_id)
    status_at = CATALOGUE_HEADERS.index("Status in die ronde")
    assert row[status_at - 1 : status_at + 1] == [current.review_round.name, current.get_status_display()]
    # three kind-specific queries, the review intervals per kind (for "verouderd"), the
    # offerings (latest review as subqueries), three prefetches, four for the publications'
    # bibliography (authors, publishers and commissioners with their organisations joined,
    # editions)
    assert len(queries) == 12
    assert not any(q["sql"].startswith('SELECT "review_reviewitem"') for q in queries)
