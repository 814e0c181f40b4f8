"""Issue 24 item 7: when nothing matches all words, the finder shows what matches most of
them (naming the words left out), the closest themes and questions, and "Mist u iets?";
never a bare zero. The same on the page and in the API."""

import pytest

from search.finder import run_finder
from search.params import FinderQuery

pytestmark = pytest.mark.django_db


def test_two_words_without_a_full_match_show_the_matches_of_the_word_that_finds_something(db):
    result = run_finder(FinderQuery(q="maatschappelijk onbehagen"))
    assert result.total == 0
    assert result.partial is not None
    assert result.partial.words == ["maatschappelijk"]
    assert result.partial.left_out == ["onbehagen"]
    assert result.partial.total == run_finder(FinderQuery(q="maatschappelijk")).total > 0
    assert result.partial.items
    assert "Maatschappelijke spanningen en onrust" in [theme.name for theme in result.related_themes]


def test_a_compound_without_a_match_falls_back_to_its_parts_and_names_the_closest_question(db):
    result = run_finder(FinderQuery(q="burgerkracht"))
    assert result.total == 0
    assert result.partial is not None and result.partial.total > 0
    assert set(result.partial.words + result.partial.left_out) == {"burger", "kracht"}
    assert any("veerkracht" in question.question for question in result.related_questions)


def test_a_phrase_with_stop_words_names_themes_from_its_partial_matches(db):
    result = run_finder(FinderQuery(q="stemming in het land"))
    assert result.total == 0
    assert result.partial.left_out == ["stemming"]
    assert result.related_themes, "themes of the partial matches are named"


def test_finder_page_is_never_a_bare_zero(client):
    body = client.get("/aanbod/", {"q": "stemming in het land"}).content.decode()
    assert "Er is geen aanbod gevonden met al uw zoekwoorden." in body
    assert "resultaten met 'land'" in body
    assert '<s class="left-out">stemming</s>' in body
    assert "Thema's die erbij passen" in body
    assert "Mist u iets?" in body
    assert "Probeer minder of andere zoekwoorden." not in body
    assert "{#" not in body and "#}" not in body  # no template comment leaks onto the page


def test_api_names_the_partial_match_and_related_themes(client):
    meta = client.get("/api/v2/offerings/", {"q": "maatschappelijk onbehagen"}).json()["meta"]
    assert meta["total_count"] == 0
    assert meta["partial_match"]["q"] == "maatschappelijk"
    assert meta["partial_match"]["left_out"] == ["onbehagen"]
    assert meta["partial_match"]["total_count"] > 0
    assert "Maatschappelijke spanningen en onrust" in [theme["name"] for theme in meta["related_themes"]]
