"""The finder's in-memory facet index stays correct under edits.

Each check builds the process-wide index, then edits the catalogue the way editors do and
puts the old index back as if this were another process that saw no signal: the next
lookup must notice through the stamp query alone, and the finder must show the change.
"""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from offerings.models import OfferingPage
from partners.models import PartnerPage
from search import facetindex
from search.finder import run_finder
from search.params import FinderQuery
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def forget_shared_index():
    facetindex.clear()
    yield
    facetindex.clear()


def find(querystring=""):
    return run_finder(FinderQuery.from_querydict(QueryDict(querystring)), limit=500)


def shared():
    return facetindex.shared_index(facetindex.catalogue_stamp())


def as_other_process(edit):
    """Run `edit`, then restore the index from before it (no signal reached us)."""
    before = shared()
    edit()
    facetindex._cached = before
    after = shared()
    assert after is not before, "the stamp query did not notice the edit"
    return before, after


def in_index(index, page):
    return page.pk in index.positions


def partner_of(index, page):
    return next(key for key, mask in index.masks["partner"].items() if index.contains(mask, page.pk))


def themes_of(index, page):
    return {key for key, mask in index.masks["thema"].items() if index.contains(mask, page.pk)}


def test_publishing_is_noticed(make_offering):
    made = {}
    _before, after = as_other_process(lambda: made.setdefault("page", make_offering("Nieuw aanbod xyzzy")))
    assert in_index(after, made["page"])
    assert made["page"].pk in {item.pk for item in find().items}


def test_unpublishing_is_noticed():
    page = OfferingPage.objects.live().order_by("title").first()
    before, after = as_other_process(page.unpublish)
    assert in_index(before, page) and not in_index(after, page)
    assert page.pk not in {item.pk for item in find().items}


def test_moving_to_another_partner_is_noticed():
    page = OfferingPage.objects.live().public().filter(partner__slug="vng").order_by("title").first()
    target = PartnerPage.objects.get(slug="bzk")
    before, after = as_other_process(lambda: page.specific.move(target, pos="last-child"))
    assert partner_of(before, page) != target.pk
    assert partner_of(after, page) == target.pk
    assert page.pk in {item.pk for item in find("partner=bzk").items}


def test_making_private_is_noticed():
    page = OfferingPage.objects.live().public().order_by("title").first()
    before, after = as_other_process(
        lambda: PageViewRestriction.objects.create(page=page, restriction_type="password", password="geheim")
    )
    assert in_index(before, page) and not in_index(after, page)
    assert page.pk not in {item.pk for item in find().items}


def test_editing_taxonomy_is_noticed():
    page = OfferingPage.objects.live().public().exclude(themes__slug="polarisatie").order_by("title").first()
    page = page.specific
    polarisation = Theme.objects.get(slug="polarisatie")

    def edit():
        page.themes = [polarisation]
        page.save_revision().publish()

    before, after = as_other_process(edit)
    assert polarisation.pk not in themes_of(before, page)
    assert themes_of(after, page) == {polarisation.pk}
    assert page.pk in {item.pk for item in find("thema=polarisatie").items}


def test_unchanged_catalogue_reuses_the_index_with_one_query():
    first = shared()
    with CaptureQueriesContext(connection) as ctx:
        again = shared()
    assert again is first
    assert len(ctx.captured_queries) == 1


def test_a_save_in_this_process_drops_the_index_at_once():
    shared()
    page = OfferingPage.objects.live().order_by("title").first()
    page.save()
    assert facetindex._cached is None


def test_masks_round_trip():
    positions = [0, 3, 8, 9, 64, 1000]
    mask = facetindex.mask_from_positions(positions)
    assert facetindex.positions_of(mask) == positions
    assert mask.bit_count() == len(positions)
    assert facetindex.mask_from_positions([]) == 0
