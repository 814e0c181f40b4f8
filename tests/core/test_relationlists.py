"""Several relations of some objects read in one query (core/relationlists.py): the same
objects, fields and order as prefetch_related reads, the related objects asked for read
with them, and all of it in one query."""

import pytest
from django.db import connection
from django.db.models import prefetch_related_objects
from django.test.utils import CaptureQueriesContext

from core.relationlists import read_relation_lists
from offerings.models import PublicationAuthor, PublicationEdition, PublicationPage, PublicationPublisher
from partners.models import Organisation

pytestmark = pytest.mark.django_db

ORGANISATION = {
    "organisation": ("id", "name", "abbreviation", "website", "parent_id", "partner_id"),
    "organisation__parent": ("id", "name"),
    "organisation__partner": ("id", "page_ptr_id", "live", "url_path", "path", "depth", "locale_id"),
}
RELATIONS = {
    "themes": {},
    "audiences": {},
    "phases": {},
    "authors": {},
    "publishers": ORGANISATION,
    "commissioners": ORGANISATION,
    "editions": {},
}


def as_prefetched(pages):
    prefetch_related_objects(pages, *RELATIONS)
    return pages


def fresh(pages):
    return list(PublicationPage.objects.filter(pk__in=[page.pk for page in pages]).order_by("pk"))


def seen(page):
    """What a page shows of each relation, in order."""
    organisations = [
        (
            link.organisation.pk,
            link.organisation.name,
            link.organisation.website,
            link.organisation.parent and link.organisation.parent.name,
            link.organisation.partner and (link.organisation.partner.live, link.organisation.partner.url),
        )
        for link in page.publishers.all()
    ]
    return {
        "themes": [(term.pk, term.name, term.slug, term.sort_order) for term in page.themes.all()],
        "audiences": [(term.pk, term.slug) for term in page.audiences.all()],
        "phases": [(term.pk, term.slug) for term in page.phases.all()],
        "authors": [(author.pk, author.name, author.page_id) for author in page.authors.all()],
        "publishers": organisations,
        "commissioners": [link.organisation.name for link in page.commissioners.all()],
        "editions": [(e.title, e.published, e.url) for e in page.editions.all()],
    }


@pytest.fixture
def publications():
    pages = list(PublicationPage.objects.live().order_by("pk")[:6])
    first = pages[0]
    partnered = Organisation.objects.filter(partner__live=True).first()
    parent = Organisation.objects.create(name="Universiteit van Nergens")
    unit = Organisation.objects.create(
        name="Instituut voor Onrust", parent=parent, website="https://i.example"
    )
    first.authors.all().delete()
    PublicationAuthor.objects.create(page=first, name="B. Tweede", sort_order=2)
    PublicationAuthor.objects.create(page=first, name="A. Eerste", sort_order=1)
    PublicationPublisher.objects.filter(page=first).delete()
    PublicationPublisher.objects.create(page=first, organisation=unit, sort_order=1)
    PublicationPublisher.objects.create(page=first, organisation=partnered, sort_order=0)
    PublicationEdition.objects.create(
        page=first, title="Editie 2025", published="2025-03", url="https://e.example/25", sort_order=0
    )
    return pages


def test_the_same_as_prefetch_related_in_one_query(publications):
    expected = [seen(page) for page in as_prefetched(fresh(publications))]
    pages = fresh(publications)
    with CaptureQueriesContext(connection) as captured:
        read_relation_lists(pages, RELATIONS)
        shown = [seen(page) for page in pages]
    assert shown == expected
    assert len(captured) == 1, [query["sql"] for query in captured]
    first = shown[0]
    assert [name for _pk, name, _page in first["authors"]] == ["A. Eerste", "B. Tweede"]
    assert [publisher[1] for publisher in first["publishers"]][1] == "Instituut voor Onrust"
    assert first["publishers"][1][3] == "Universiteit van Nergens"
    assert first["publishers"][0][4][0] is True
    assert first["editions"] == [("Editie 2025", "2025-03", "https://e.example/25")]


def test_another_object_reads_its_own_rows_with_the_query_built_before(publications):
    one, other = fresh(publications)[:2]
    read_relation_lists([one], RELATIONS)
    expected = seen(as_prefetched(fresh([other]))[0])
    read_relation_lists([other], RELATIONS)
    assert seen(other) == expected
    assert seen(one) != seen(other)


def test_a_fields_not_read_is_deferred_and_read_when_asked(publications):
    page = fresh(publications)[0]
    read_relation_lists([page], {"publishers": {"organisation": ("id", "name")}})
    organisation = page.publishers.all()[1].organisation
    assert organisation.get_deferred_fields() >= {"website", "abbreviation"}
    assert organisation.website == "https://i.example"  # read when asked, as with only()


def test_relations_already_prefetched_are_left_alone(publications):
    page = fresh(publications)[0]
    prefetch_related_objects([page], "authors")
    kept = page._prefetched_objects_cache["authors"]
    read_relation_lists([page], {"authors": {}, "themes": {}})
    assert page._prefetched_objects_cache["authors"] is kept
