"""Adding a taxonomy facet is one spec (plus its model field): this test adds one, a
test-only spec "onderwerp" over the offerings' existing `themes` relation, and checks that
everything that lists facets follows: the finder's facets and counts, the filter itself,
the API's parameters, facets and refusals, the OpenAPI document, the drop-filter hints,
the gap view's matrices, the engine's index column, and the signals that keep labels fresh.
"""

import pytest
from django.http import QueryDict
from django.test import RequestFactory
from wagtail.models import ModelLogEntry

from api.openapi import build_schema, finder_params
from insight.coverage import coverage_matrices
from offerings.models import OfferingPage
from search import facetindex, facets
from search.finder import run_finder
from search.params import FinderQuery
from search.suggest import drop_hints, vocabulary
from search.visibility import public_offerings
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db

ONDERWERP = facets.FacetSpec("onderwerp", "Onderwerp", "themes", coverage="main")


@pytest.fixture
def with_onderwerp(monkeypatch):
    monkeypatch.setattr(facets, "FACETS", (*facets.FACETS, ONDERWERP))


def finder(querystring=""):
    return run_finder(FinderQuery.from_querydict(QueryDict(querystring)))


def expected_counts():
    """{theme slug: public, current offerings with that theme}: straight from the database."""
    live = public_offerings()
    return {theme.slug: live.filter(themes=theme).count() for theme in Theme.objects.all()}


def test_the_new_facet_is_listed_with_the_right_counts_and_filters(with_onderwerp):
    counts = expected_counts()
    facet = next(f for f in finder().facets if f.name == "onderwerp")
    assert facet.label == "Onderwerp"
    assert {value.slug: value.count for value in facet.values} == counts
    slug = max(counts, key=counts.get)
    assert counts[slug] > 0
    chosen = finder(f"onderwerp={slug}")
    assert chosen.total == counts[slug]
    assert chosen.query.filters == {"onderwerp": (slug,)}
    assert f"onderwerp={slug}" in chosen.query.querystring()


def test_the_new_facet_is_an_api_parameter_and_in_the_openapi_document(client, with_onderwerp):
    counts = expected_counts()
    slug = max(counts, key=counts.get)
    data = client.get("/api/v2/offerings/", {"onderwerp": slug, "limit": 1}).json()
    assert data["meta"]["total_count"] == counts[slug]
    assert list(data["facets"])[-1] == "onderwerp"
    refused = client.get("/api/v2/offerings/", {"onderwerp": "Geen Slug!"})
    assert refused.status_code == 400
    assert "'onderwerp'" in refused.json()["message"]
    assert "onderwerp" in [param["name"] for param in finder_params()]
    schema = build_schema(RequestFactory().get("/api/v2/openapi.json"))
    listing = schema["components"]["schemas"]["OfferingList"]
    assert "onderwerp" in listing["properties"]["facets"]["required"]


def test_the_new_facet_has_a_drop_hint_and_a_gap_view_matrix(with_onderwerp):
    counts = expected_counts()
    slug = max(counts, key=counts.get)
    query = FinderQuery.from_querydict(QueryDict(f"onderwerp={slug}&soort=training"))
    labels = [hint.label for hint in drop_hints(query, lambda changed: 1)]
    assert "Zonder filter 'Onderwerp'" in labels
    matrix = next(m for m in coverage_matrices() if m.key == "onderwerp")
    assert matrix.column_param == "onderwerp"
    assert [slug for slug, _label in matrix.columns] == list(counts)
    assert matrix.cells[0][0].url.endswith(f"&onderwerp={matrix.columns[0][0]}")


def test_the_new_facet_has_an_engine_index_column(with_onderwerp):
    names = {field.field_name for field in OfferingPage.get_search_fields()}
    assert ONDERWERP.index_column == "theme_ids"
    assert ONDERWERP.index_column in names


def test_a_label_edit_shows_at_once_and_drops_the_shared_index(monkeypatch):
    # Only the test-only spec draws on themes: the signals watch Theme because of it.
    without_themes = tuple(spec for spec in facets.FACETS if spec.key != "thema")
    theme = Theme.objects.order_by("pk").first()

    monkeypatch.setattr(facets, "FACETS", without_themes)
    monkeypatch.setattr(facetindex, "_cached", sentinel := object())
    theme.name = "Zwerfkeien"
    theme.save()
    assert facetindex._cached is sentinel, "no facet reads themes: a theme edit leaves the index"
    words, _keys = vocabulary()
    assert "zwerfkeien" not in words, "no facet reads themes: their labels are no suggestions"

    monkeypatch.setattr(facets, "FACETS", (*without_themes, ONDERWERP))
    theme.name = "Zwerfkeien en onrust"
    ModelLogEntry.objects.log_action(theme, "wagtail.edit")  # as the snippet editor does
    before = facetindex.generation()
    theme.save()
    assert facetindex._cached is None, "the new facet reads themes: a theme edit drops the index"
    assert facetindex.generation() > before  # the engine's catalogue facts are read afresh
    facet = next(f for f in finder().facets if f.name == "onderwerp")
    assert "Zwerfkeien en onrust" in [value.label for value in facet.values]
    words, _keys = vocabulary()
    assert "zwerfkeien" in words, "the new facet's labels are words users may mean"
