"""Issue 24 item 6: a query of only stop words searches them as words (and "wij-zij" as
a phrase); a query is never silently widened to the whole catalogue, on the finder page,
the API, the feed, the site search or a followed search."""

import pytest
from defusedxml import ElementTree

from alerts import queries
from alerts.sending import all_matches
from search.finder import run_finder
from search.params import FinderQuery
from search.visibility import public_offerings

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def wij_zij(make_offering):
    hyphenated = make_offering(
        "Gesprekken in de buurt", body="Zo doorbreekt u het wij-zij-denken in een wijk."
    )
    apart = make_offering("Luisteren naar elkaar", body="Wij praten, zij luisteren, en dan andersom.")
    return hyphenated, apart


def test_hyphenated_stop_words_find_the_offering_with_that_phrase_first_and_only(wij_zij):
    hyphenated, apart = wij_zij
    result = run_finder(FinderQuery(q="wij-zij"))
    assert [item.pk for item in result.items] == [hyphenated.pk]
    assert result.total == 1


def test_stop_words_apart_are_searched_as_words_all_required(wij_zij):
    hyphenated, apart = wij_zij
    result = run_finder(FinderQuery(q="wij zij"))
    found = {item.pk for item in result.items}
    assert {hyphenated.pk, apart.pk} <= found
    assert result.total < public_offerings().count()
    assert result.total == len(found)


def test_a_query_without_any_word_finds_nothing_and_says_so(db):
    result = run_finder(FinderQuery(q="?! --"))
    assert result.total == 0 and result.items == []
    assert any("geen woorden" in str(message) for message in result.messages)


def test_api_and_feed_answer_the_phrase_not_the_catalogue(client, wij_zij):
    hyphenated, _apart = wij_zij
    data = client.get("/api/v2/offerings/", {"q": "wij-zij"}).json()
    assert data["meta"]["total_count"] == 1
    assert [item["id"] for item in data["items"]] == [hyphenated.pk]
    feed = ElementTree.fromstring(client.get("/aanbod/feed/", {"q": "wij-zij"}).content)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert titles == [hyphenated.title]
    empty = client.get("/api/v2/offerings/", {"q": "?!"}).json()
    assert empty["meta"]["total_count"] == 0


def test_finder_page_shows_the_phrase_match(client, wij_zij):
    hyphenated, _apart = wij_zij
    body = client.get("/aanbod/", {"q": "wij-zij"}).content.decode()
    assert "1 resultaat voor" in body
    assert hyphenated.title in body
    assert "al het aanbod" not in body


def test_site_search_finds_the_phrase(client, wij_zij):
    hyphenated, _apart = wij_zij
    body = client.get("/zoeken/", {"q": "wij-zij"}).content.decode()
    assert hyphenated.title in body
    # The handbook chapter about "het wij-zij-denken" (demo content) is found too.
    assert "0 resultaten" not in body


def test_following_a_stop_word_search_mails_only_its_matches(client, wij_zij):
    hyphenated, _apart = wij_zij
    query = queries.parse("q=wij-zij")
    assert queries.is_filtered(query)
    assert [item.pk for item in all_matches(query)] == [hyphenated.pk]
    refused = client.get("/zoekopdracht-volgen/", {"q": "?!"})
    assert refused.status_code == 400
    assert "Kies eerst zoekwoorden" in refused.content.decode()
