"""Property test: facet counts equal a brute-force count over random offerings and
random selections (hypothesis)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offerings.models import OfferingPage
from search import facets
from search.finder import run_finder
from search.params import FinderQuery
from search.visibility import public_offerings
from tests import engine_support

pytestmark = pytest.mark.django_db

OPTIONS = {}


def options():
    if not OPTIONS:
        OPTIONS.update({spec.key: [slug for _k, slug, _l in spec.options()] for spec in facets.FACETS})
    return OPTIONS


def snapshot():
    """Each live offering as {facet: set of slugs}, from the models, not the finder."""
    rows = []
    queryset = public_offerings().select_related("form", "partner")
    for page in queryset.prefetch_related("themes", "audiences", "phases"):
        rows.append(
            {
                "soort": {page.kind},
                "thema": {t.slug for t in page.themes.all()},
                "doelgroep": {a.slug for a in page.audiences.all()},
                "vorm": {page.form.slug},
                "partner": {page.partner.slug} if page.partner else set(),
                "fase": {p.slug for p in page.phases.all()},
                "kosten": {page.cost},
                "werkvorm": {page.delivery} if page.delivery else set(),
                "regio": {page.region},
            }
        )
    return rows


def brute_force(rows, filters, facet_name, slug):
    """Results when `slug` is added to `facet_name`, ignoring that facet's own selection."""
    total = 0
    for row in rows:
        ok = all(row[name] & set(slugs) for name, slugs in filters.items() if name != facet_name)
        total += ok and slug in row[facet_name]
    return total


def brute_force_added(rows, filters, facet_name, slug):
    """How many results ticking `slug` adds to the current selection (OR within a facet)."""
    added = 0
    for row in rows:
        ok = all(row[name] & set(slugs) for name, slugs in filters.items() if name != facet_name)
        already = row[facet_name] & set(filters.get(facet_name, ()))
        added += ok and not already and slug in row[facet_name]
    return added


@st.composite
def selections(draw):
    filters = {}
    for name in draw(st.lists(st.sampled_from(list(facets.labels())), max_size=4, unique=True)):
        filters[name] = tuple(
            draw(st.lists(st.sampled_from(options()[name]), min_size=1, max_size=3, unique=True))
        )
    return filters


@st.composite
def reshuffles(draw):
    """Random reassignment of taxonomy values to a few offerings."""
    return draw(
        st.lists(
            st.tuples(
                st.integers(min_value=0, max_value=10_000),
                st.lists(st.sampled_from(options()["thema"]), min_size=1, max_size=3, unique=True),
                st.sampled_from(["gratis", "kosten"]),
            ),
            max_size=6,
        )
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(filters=selections(), changes=reshuffles())
def test_facet_counts_match_brute_force(filters, changes):
    from django.db import transaction

    from taxonomy.models import Theme

    ids = list(OfferingPage.objects.live().order_by("pk").values_list("pk", flat=True))
    changed = []
    with transaction.atomic():
        savepoint = transaction.savepoint()
        try:
            for index, theme_slugs, cost in changes:
                page = OfferingPage.objects.get(pk=ids[index % len(ids)])
                OfferingPage.themes.through.objects.filter(offeringpage_id=page.pk).delete()
                OfferingPage.themes.through.objects.bulk_create(
                    [
                        OfferingPage.themes.through(offeringpage_id=page.pk, theme_id=theme.pk)
                        for theme in Theme.objects.filter(slug__in=theme_slugs)
                    ]
                )
                OfferingPage.objects.filter(pk=page.pk).update(cost=cost)
                changed.append(page.pk)
            # On the engine: no signal reports through-table and update() writes.
            engine_support.reindex(changed)
            rows = snapshot()
            result = run_finder(FinderQuery(filters=filters))
            expected_total = sum(all(row[n] & set(s) for n, s in filters.items()) for row in rows)
            assert result.total == expected_total
            for facet in result.facets:
                for value in facet.values:
                    assert value.count == brute_force(rows, filters, facet.name, value.slug), (
                        facet.name,
                        value.slug,
                    )
                    if facet.name in filters and not value.selected:
                        # "+N" on the page: what ticking this value adds to the results.
                        expected = brute_force_added(rows, filters, facet.name, value.slug)
                        assert value.added == expected, (facet.name, value.slug)
                    else:
                        assert value.added is None
        finally:
            transaction.savepoint_rollback(savepoint)
            engine_support.reindex(changed)  # the engine does not roll back
