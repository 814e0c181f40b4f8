import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from insight.coverage import coverage_matrices
from search.finder import run_finder
from search.params import FinderQuery
from tests.review.conftest import assert_refused

GAP_URL = "/admin/inzicht/"
# Whole request, admin chrome included (session, user, permissions, menus).
# measured: 24 (10 for the view itself; +1 two-factor device check in twofactor/middleware.py,
# +3 for the usage and feedback section from feedback/usage.py); 41 with issue 28's sections:
# three more matrices (themes, phases/partners, restrictions, one count each), zero-result
# groups and their closest offerings (2), demand per theme (1), the weekly trend (2); 44 since
# the matrices follow the facet specs (issue 27): the partner columns are the finder's public
# partners (search/facets.py), read through the visibility rule (+3).
MAX_GAP_VIEW_QUERIES = 44


def finder_total(url):
    query = FinderQuery.from_querydict(QueryDict(url.split("?", 1)[1]))
    return run_finder(query).total


@pytest.mark.django_db
def test_matrix_cells_equal_finder_results():
    by_kind, by_audience = coverage_matrices()
    assert by_kind.columns == [
        ("publicatie", "Publicaties"),
        ("training", "Trainingen"),
        ("contactpunt", "Contactpunten"),
    ]
    for matrix in (by_kind, by_audience):
        assert len(matrix.cells) == len(matrix.rows)
        for row in matrix.cells:
            for cell in row:
                assert cell.count == finder_total(cell.url), cell
                assert cell.url.startswith("/aanbod/?thema=")
                assert f"&{matrix.column_param}=" in cell.url
    assert by_kind.max_count > 0


@pytest.mark.django_db
def test_coverage_query_count_is_fixed():
    # themes, audiences, the view restrictions behind .public(), the hidden branches and
    # site roots behind search.visibility.public_pages, and one count per matrix
    with CaptureQueriesContext(connection) as queries:
        coverage_matrices()
    assert len(queries) == 7


@pytest.mark.django_db
def test_gap_view_renders_for_coordination_with_bounded_queries(login):
    client = login("coordinator")
    client.get(GAP_URL)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(GAP_URL)
    assert response.status_code == 200
    print(f"gap view queries: {len(queries)}")
    assert len(queries) <= MAX_GAP_VIEW_QUERIES
    body = response.content.decode()
    assert body.count("<svg") >= 2 and body.count('<table class="listing">') >= 4
    assert 'aria-hidden="true" focusable="false"' in body  # the SVG; the table is its alternative
    assert "/aanbod/?thema=polarisatie&amp;soort=training" in body
    assert "/aanbod/?thema=polarisatie&amp;doelgroep=gemeenteraadsleden" in body


@pytest.mark.django_db
def test_gap_view_query_count_does_not_grow_with_data(login):
    from insight.models import MissingOfferReport
    from search.models import SearchQueryDay

    client = login("coordinator")
    client.get(GAP_URL)
    with CaptureQueriesContext(connection) as before:
        client.get(GAP_URL)
    import datetime

    from django.utils import timezone

    for n in range(30):
        MissingOfferReport.objects.create(description=f"Extra melding nummer {n}")
        SearchQueryDay.objects.create(
            day=timezone.localdate() - datetime.timedelta(days=n % 5), query=f"niets {n}"
        )
    with CaptureQueriesContext(connection) as after:
        response = client.get(GAP_URL)
    assert len(after) == len(before)
    open_reports = MissingOfferReport.objects.filter(handled=False).count()
    assert open_reports > 30
    assert f"{open_reports} meldingen nog niet afgehandeld" in response.content.decode()


@pytest.mark.django_db
def test_low_result_searches_listed(login):
    body = login("coordinator").get(GAP_URL).content.decode()
    assert "opvanglocatie raadsleden" in body and "boerenprotest" in body
    assert ">polarisatie</a>" not in body  # 14 results is not 'little'
    # 'opvanglocatie raadsleden' searched 4 + 2 times over two days
    row = body.split("opvanglocatie raadsleden</a>")[1].split("</tr>")[0]
    assert "<td>6</td>" in row and "<td>2</td>" in row


@pytest.mark.django_db
def test_period_and_threshold_parameters(login):
    client = login("coordinator")
    body = client.get(GAP_URL + "?dagen=4").content.decode()
    assert "boerenprotest" not in body and "opvanglocatie raadsleden" in body
    body = client.get(GAP_URL + "?max_resultaten=20").content.decode()
    assert ">polarisatie</a>" in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", ["?dagen=abc", "?dagen=0", "?dagen=9999", "?max_resultaten=-1", "?dagen=%00"]
)
def test_bad_parameters_give_message_not_error(login, params):
    response = login("coordinator").get(GAP_URL + params)
    assert response.status_code == 200
    assert "moet een getal van" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["vng-redacteur", "bzk-eindredacteur"])
def test_gap_view_is_for_coordination_only(login, username):
    assert_refused(login(username).get(GAP_URL))


@pytest.mark.django_db
def test_finder_links_follow_the_site_root_when_it_is_not_home(login):
    from wagtail.models import Page, Site

    from catalogue.models import CatalogueIndexPage

    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    section = home.add_child(instance=Page(title="Nederlands", slug="nl"))
    catalogue = CatalogueIndexPage.objects.live().first()
    catalogue.move(section, pos="last-child")
    site.root_page = section
    site.save()
    body = login("coordinator").get(GAP_URL).content.decode()
    assert "/aanbod/?thema=polarisatie&amp;soort=training" in body
    assert "/nl/aanbod/" not in body
