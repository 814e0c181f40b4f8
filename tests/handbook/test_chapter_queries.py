"""What an uncached handbook chapter costs in queries (issue 23, "Cheaper misses"): routed in
one query, its handbook from its parent, the pages the public may not see from its blocks,
the public rule's lists in one query, the finder link a shared fragment. Bound measured
in the test setting (no shared fragments inside the test's transaction): main before this
work asked 27 queries for the demo's first chapter, 62d746c 15 (the analysed publications'
authors and publishers a query each), 6a3c37a 14 (one query for both); now 13 (the chapter's
themes read inside its related offerings' query)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from handbook.models import HandbookChapterPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 13


def test_a_chapter_stays_within_its_queries(client):
    chapter = HandbookChapterPage.objects.live().public().order_by("pk").first()
    client.get(chapter.url)  # warm: content types, site root paths
    with CaptureQueriesContext(connection) as captured:
        response = client.get(chapter.url)
    assert response.status_code == 200
    assert chapter.title in response.text
    assert len(captured) <= MAX_QUERIES, "\n".join(query["sql"] for query in captured)
