"""The engine counts what it shows: the facet counts use the same public-visibility rule as
the total (issue 11: the counts came from filters without that rule, so an offering below
an unpublished partner or a view restriction was counted but not shown).

Runs with SEARCH_URL set (`make test-engine`)."""

import pytest
from wagtail.models import PageViewRestriction

from offerings.models import OfferingPage
from partners.models import PartnerPage
from search import engines
from search.finder import run_finder
from search.params import FinderQuery
from tests import engine_support

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not engine_support.configured(), reason="needs SEARCH_URL (make test-engine)"),
]


def on(engine, query):
    with engines.forced(engine):
        return run_finder(query, limit=500)


def kind_counts(result):
    return sum(value.count for value in result.facets[0].values)


def test_hidden_offerings_are_neither_shown_nor_counted_on_the_engine():
    partner = PartnerPage.objects.get(slug="vng")
    hidden = set(OfferingPage.objects.live().filter(partner=partner).values_list("pk", flat=True))
    restricted = OfferingPage.objects.live().exclude(partner=partner).first()
    assert hidden and restricted is not None
    partner.unpublish()  # its offerings stay live, below an unpublished page
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="geheim")

    for query in (FinderQuery(), FinderQuery(q="gemeente"), FinderQuery(filters={"thema": ("polarisatie",)})):
        engine, database = on("distributed", query), on("database", query)
        assert engine.total == database.total
        assert kind_counts(engine) == engine.total  # every offering has exactly one kind
        for a, b in zip(engine.facets, database.facets, strict=True):
            assert [v.count for v in a.values] == [v.count for v in b.values], a.name
        assert not {item.pk for item in engine.items} & (hidden | {restricted.pk})
    assert "vng" not in {value.slug for value in on("distributed", FinderQuery()).facets[4].values}
