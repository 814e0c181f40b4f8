"""The handbook's own search box: results over chapters, robust to any input."""

import pytest

from handbook.models import HandbookChapterPage

URL = "/handboek/zoeken/"


@pytest.mark.django_db
def test_finds_chapters_by_body_text(client):
    body = client.get(URL, {"q": "opvanglocatie"}).content.decode()
    assert "1 hoofdstuk gevonden voor ‘opvanglocatie’" in body
    assert 'href="/handboek/als-de-spanning-oploopt/"' in body


@pytest.mark.django_db
def test_finds_chapters_by_phase_name(client):
    body = client.get(URL, {"q": "nazorg"}).content.decode()
    assert 'href="/handboek/nazorg-en-herstel-van-vertrouwen/"' in body


@pytest.mark.django_db
def test_only_live_chapters_are_found(client):
    HandbookChapterPage.objects.get(slug="als-de-spanning-oploopt").unpublish()
    body = client.get(URL, {"q": "opvanglocatie"}).content.decode()
    assert "0 hoofdstukken gevonden" in body
    assert "Probeer een ander of korter woord" in body


@pytest.mark.django_db
def test_empty_query_asks_for_a_term(client):
    response = client.get(URL, {"q": "   "})
    assert response.status_code == 200
    assert "Vul een zoekterm in" in response.content.decode()
    assert "Vul een zoekterm in" not in client.get(URL).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q",
    [
        '"',
        "'",
        '"onrust',
        "onrust\x00",
        "\x00",
        "AND OR NOT",
        "onrust*",
        "(onrust",
        "NEAR(a b)",
        "-- ;drop table",
        "é" * 300,
        "x" * 10_000,
        "🙂",
        "<script>alert(1)</script>",
    ],
)
def test_any_input_gives_a_page(client, q):
    response = client.get(URL, {"q": q, "pagina": "abc"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body


@pytest.mark.django_db
def test_long_query_gets_a_clear_message(client):
    body = client.get(URL, {"q": "onrust " * 2000}).content.decode()
    assert "Uw zoekvraag was erg lang; we zoeken op de eerste 200 tekens." in body


@pytest.mark.django_db
def test_punctuation_only_gets_a_clear_message(client):
    body = client.get(URL, {"q": '""'}).content.decode()
    assert "Gebruik letters of cijfers in uw zoekterm." in body


@pytest.mark.django_db
def test_quotes_around_words_still_search(client):
    body = client.get(URL, {"q": '"opvanglocatie"'}).content.decode()
    assert 'href="/handboek/als-de-spanning-oploopt/"' in body


@pytest.mark.django_db
def test_out_of_range_page_shows_last_page(client):
    response = client.get(URL, {"q": "gemeente", "pagina": "999"})
    assert response.status_code == 200
    assert "hoofdstukken gevonden voor ‘gemeente’" in response.content.decode()
