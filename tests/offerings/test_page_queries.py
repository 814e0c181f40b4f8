"""What an uncached offering page costs in queries (issue 23, "Cheaper misses"): the pages
on its path routed in one query, its partner, form and organisations read with it, the
handbook's chapters and the public rule's lists in one query each. Bounds measured in the
test setting (no shared fragments inside the test's transaction): main before this work
asked 33 (a publication), 29 (a training) and 24 (a contact point); 62d746c 17, 17 and 12
(its lists, themes to editions, a query each); now the lists are one query
(core/relationlists.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offerings.models import (
    ContactPointPage,
    PublicationAuthor,
    PublicationCommissioner,
    PublicationEdition,
    PublicationPage,
    PublicationPublisher,
    TrainingPage,
)
from partners.models import Organisation

pytestmark = pytest.mark.django_db

MAX_QUERIES = {PublicationPage: 11, TrainingPage: 15, ContactPointPage: 10}


def queries_for(client, page):
    client.get(page.url)  # warm: content types, site root paths
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.text
    return [query["sql"] for query in captured]


@pytest.mark.parametrize("model", list(MAX_QUERIES))
def test_an_offering_page_stays_within_its_queries(client, model):
    page = model.objects.live().public().order_by("pk").first()
    queries = queries_for(client, page)
    assert len(queries) <= MAX_QUERIES[model], "\n".join(queries)


# The tables of the seven lists' rows (the terms through the page's own many-to-many tables).
LIST_TABLES = (
    "offerings_offeringpage_themes",
    "offerings_offeringpage_audiences",
    "offerings_offeringpage_phases",
    "offerings_publicationauthor",
    "offerings_publicationpublisher",
    "offerings_publicationcommissioner",
    "offerings_publicationedition",
)


def test_a_publications_seven_lists_are_one_query_and_all_shown(client):
    page = PublicationPage.objects.live().public().order_by("pk").first()
    parent = Organisation.objects.create(name="UvN")
    organisation = Organisation.objects.create(
        name="Instituut voor Onrust", website="https://i.example", parent=parent
    )
    PublicationPublisher.objects.create(page=page, organisation=organisation, sort_order=9)
    PublicationCommissioner.objects.create(page=page, organisation=organisation, sort_order=0)
    PublicationAuthor.objects.create(page=page, name="Z. Laatste", sort_order=99)
    PublicationAuthor.objects.create(page=page, name="A. Eerste", sort_order=-1)
    PublicationEdition.objects.create(
        page=page, title="Editie 2025", published="2025-03", url="https://e.example/25", sort_order=0
    )
    queries = queries_for(client, page)
    reading = [sql for sql in queries if any(f'"{table}"' in sql for table in LIST_TABLES)]
    assert len(reading) == 1, reading
    assert all(f'"{table}"' in reading[0] for table in LIST_TABLES)
    html = client.get(page.url).text
    authors = [author.name for author in page.authors.all()]
    assert authors[0] == "A. Eerste" and authors[-1] == "Z. Laatste"
    assert ", ".join(authors) in html
    assert '<a class="nl-link" href="https://i.example">Instituut voor Onrust</a> (UvN)' in html
    assert "Editie 2025" in html
    for term in [*page.themes.all(), *page.audiences.all(), *page.phases.all()]:
        assert term.name in html
