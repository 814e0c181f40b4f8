"""The finder does not load the offerings whose result card is kept in the shared cache
(search.finder.run_finder's `kept`, search/views.py): the page must be the same, byte for
byte, as the page rendered from the database with no fragment kept."""

import pytest

from taxonomy.models import Question
from tests.shared_caches import filter_options, queries_of, shared_like_production, warm_every_offering

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db


def page_loads(queries):
    """The finder's query for its page of offerings (search.finder._load_page: their rows
    with the summary the cards show)."""
    return [sql for sql in queries if '"offerings_offeringpage"."summary"' in sql and "IN (" in sql]


def test_kept_cards_give_the_same_page(client, shared_like_production, settings):
    question = Question.objects.filter(picks__isnull=False).order_by("pk").first()
    assert question is not None  # the demo has questions with picked offerings (pinned cards)
    options = filter_options(client)
    urls = [
        "/aanbod/",
        "/aanbod/?pagina=3",
        "/aanbod/?sorteer=nieuw",
        "/aanbod/?sorteer=binnenkort&verlopen=1",
        f"/aanbod/?vraag={question.slug}",
        "/aanbod/?q=polarisatie",  # with words: loaded and marked as before
        *(f"/aanbod/?{name}={value}" for name, value in options[::6]),
    ]
    settings.FRAGMENT_CACHE_SECONDS = 0
    fresh = {url: client.get(url).content.decode() for url in urls}
    settings.FRAGMENT_CACHE_SECONDS = 3600
    warm_every_offering(client, "finder")
    client.get(f"/aanbod/?vraag={question.slug}")  # its pinned cards
    for url in urls:
        response, queries = queries_of(client, url)
        assert response.content.decode() == fresh[url], url
        if "q=" not in url:
            assert page_loads(queries) == [], url
    assert "result--pinned" in fresh[f"/aanbod/?vraag={question.slug}"]
