"""The gap view as a ministry decides on it (issue 28.8): more matrices, demand beside supply,
a period filter, grouped zero-result searches with the closest offerings, exports of searches
and needs, and "Mist u iets?" reports mailed to Coördinatie and handed to a partner."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone
from openpyxl import load_workbook

from core.roles import COORDINATION_GROUP, member_emails
from insight.coverage import more_matrices
from insight.models import MissingOfferReport
from insight.searches import group_key
from partners.models import PartnerPage
from search.models import SearchQueryDay
from search.visibility import public_offerings
from taxonomy.models import Theme
from tests.insight.test_gap_view import finder_total

GAP_URL = "/admin/inzicht/"


@pytest.mark.django_db
def test_theme_by_phase_region_and_partner_match_the_finder_and_database():
    matrices = {matrix.key: matrix for matrix in more_matrices()}
    assert list(matrices) == ["partner", "fase", "regio"]
    by_phase, by_region, by_partner = matrices["fase"], matrices["regio"], matrices["partner"]
    for row in by_phase.cells:
        for cell in row:
            assert cell.count == finder_total(cell.url), cell
    live = public_offerings()
    for matrix, field in ((by_region, "region"), (by_partner, "partner__slug")):
        for (theme_slug, _label), cells in matrix.rows_with_cells():
            for (column, _name), cell in zip(matrix.columns, cells, strict=True):
                expected = live.filter(themes__slug=theme_slug, **{field: column}).count()
                assert cell.count == expected, (matrix.key, theme_slug, column)
    # Most live offerings are national (the issue: 66 of 83); the region matrix says so.
    national = sum(cells[0].count for _row, cells in by_region.rows_with_cells())
    assert national > 0 and by_region.columns[0] == ("landelijk", "Landelijk")


@pytest.mark.django_db
def test_gap_view_shows_all_matrices_demand_trend_and_period(login):
    theme = Theme.objects.order_by("pk").first()
    recent = MissingOfferReport.objects.create(description="Graag iets over vuurwerk", theme=theme)
    old = MissingOfferReport.objects.create(description="Oude melding over vuurwerk", theme=theme)
    MissingOfferReport.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=60)
    )
    client = login("coordinator")
    body = client.get(GAP_URL + "?dagen=30").content.decode()
    for title in ("× fase van onrust", "× regio", "× partner", "Vraag naast aanbod", "Trend per week"):
        assert title in body, title
    needs = MissingOfferReport.objects.filter(
        theme=theme, created_at__date__gte=timezone.localdate() - datetime.timedelta(days=29)
    ).count()
    table = body.split('id="demand-table"')[1].split("</table>")[0]
    cells = table.split(f'<th scope="row">{theme.name}</th>')[1].split("</tr>")[0]
    supply = public_offerings().filter(themes=theme).count()
    assert cells.startswith(f"<td>{supply}</td>") and cells.endswith(f"<td>{needs}</td>")
    assert recent.pk
    body_365 = client.get(GAP_URL + "?dagen=365").content.decode()
    table = body_365.split('id="demand-table"')[1].split("</table>")[0]
    cells = table.split(f'<th scope="row">{theme.name}</th>')[1].split("</tr>")[0]
    assert cells.endswith(f"<td>{needs + 1}</td>")  # the 60-day-old report is in the longer period


@pytest.mark.django_db
def test_zero_result_searches_grouped_by_dutch_keys_with_closest_offerings(login):
    today = timezone.localdate()
    for query, n in (("opvanglocatie azc", 3), ("opvanglocaties azc", 2), ("azc opvanglocatie", 1)):
        SearchQueryDay.objects.create(day=today, query=query, searches=n, result_count=0)
    assert len({group_key(q) for q in ("opvanglocatie azc", "opvanglocaties azc", "azc opvanglocatie")}) == 1
    body = login("coordinator").get(GAP_URL).content.decode()
    table = body.split('id="zero-groups-table"')[1].split("</table>")[0]
    row = table.split(">opvanglocatie azc</a>")[1].split("</tr>")[0]
    assert "opvanglocaties azc" in row and "azc opvanglocatie" in row and "<td>6</td>" in row
    opvang = [p for p in public_offerings() if "opvang" in (p.search_title_stems + p.search_summary_stems)]
    assert opvang, "the demo has offerings about opvanglocaties"
    assert any(p.title in row for p in opvang)


def parse(response):
    if response["Content-Type"].startswith("text/csv"):
        assert response.content.startswith(b"\xef\xbb\xbf")
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_searches_and_needs_export(login, fmt):
    client = login("coordinator")
    searches = parse(client.get(f"/admin/inzicht/export/zoekvragen/?dagen=30&formaat={fmt}"))
    assert searches[0][:3] == ["Zoekvraag", "Groep (sleutels)", "Aantal keer gezocht"]
    row = next(r for r in searches if r[0] == "opvanglocatie raadsleden")
    assert int(row[2]) == 6 and row[7].startswith("http://testserver/aanbod/?q=")
    needs = parse(client.get(f"/admin/inzicht/export/behoeften/?dagen=365&formaat={fmt}"))
    assert needs[0][:3] == ["Ontvangen op", "Melding", "Thema"]
    assert len(needs) - 1 == MissingOfferReport.objects.count()
    assert "localhost" not in repr(needs) and "@" not in repr([r[1:] for r in needs])


@pytest.mark.django_db
def test_missing_offer_mails_coordination_and_can_be_handed_to_a_partner(
    client, login, django_capture_on_commit_callbacks
):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/mist-u-iets/",
            {
                "description": "Wij zoeken een draaiboek voor onrust rond een azc.",
                "email": "melder@gemeente.nl",
            },
        )
    report = MissingOfferReport.objects.get(description__startswith="Wij zoeken een draaiboek")
    coordination = member_emails([COORDINATION_GROUP])
    assert coordination and len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == coordination and "draaiboek" in mail.outbox[0].body
    mail.outbox.clear()
    vng = PartnerPage.objects.get(abbreviation="VNG")
    with django_capture_on_commit_callbacks(execute=True):
        login("coordinator").post(
            f"/admin/insight/missingofferreport/edit/{report.pk}/",
            {"partner": vng.pk, "handling_note": "Doorgegeven aan VNG."},
        )
    report.refresh_from_db()
    assert report.partner == vng
    assert len(mail.outbox) == 1 and "draaiboek" in mail.outbox[0].body
    assert "melder@gemeente.nl" not in mail.outbox[0].body
    from review.reminders import partner_recipients

    assert sorted(mail.outbox[0].to) == partner_recipients(vng)
