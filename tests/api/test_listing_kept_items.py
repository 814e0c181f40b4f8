"""The API listing does not load the offerings whose item is kept in the shared cache
(search.finder.run_finder's `kept`, api/endpoints.py): the JSON must be the same as the
listing serialized from the database with no item kept."""

import pytest

from tests.shared_caches import filter_options, queries_of, shared_like_production, warm_every_offering

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db


def test_kept_items_give_the_same_listing(client, shared_like_production, settings):
    options = filter_options(client)
    urls = [
        "/api/v2/offerings/",
        "/api/v2/offerings/?offset=40",
        "/api/v2/offerings/?sorteer=nieuw&limit=50",
        "/api/v2/offerings/?q=polarisatie",
        *(f"/api/v2/offerings/?{name}={value}" for name, value in options[::6]),
    ]
    settings.FRAGMENT_CACHE_SECONDS = 0
    fresh = {url: client.get(url).content for url in urls}
    settings.FRAGMENT_CACHE_SECONDS = 3600
    warm_every_offering(client, "api")
    for url in urls:
        response, queries = queries_of(client, url)
        assert response.content == fresh[url], url
        assert not [sql for sql in queries if "offerings_trainingsession" in sql], url
    assert b'"registration_state"' in fresh["/api/v2/offerings/"]
