"""Odd input never gives a 500 and is never echoed unescaped (finder, site search, API-shaped
autocomplete)."""

from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.django_db

NASTY_QUERIES = [
    '"',
    '""',
    '"radicalisering',
    "*",
    "radical*",
    "-",
    "-polarisatie",
    "polarisatie-",
    "- -- ---",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "polarisatie AND OR NEAR(radicalisering, 5)",
    "(",
    "((()))",
    "a & b | !c",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "🙂 🏳️‍🌈 ∑ 漢字 عربى",
    "polarisatie\x00radicalisering",
    "\x00",
    "\x01\x02\x1f\x7f",
    "\t\n\r",
    "%",
    "_",
    "\\",
    "de het een",
    "x" * 10_000,
    " ".join(["woord"] * 500),
    " ".join(f"w{i}" for i in range(600)),
    ":",
    "title:polarisatie",
    "title:x AND (",
    "~",
    "polarisatie~2",
    "/",
    "/regex.*/",
    'zoek "naar" \\ iets',
]


@pytest.mark.parametrize("q", NASTY_QUERIES, ids=range(len(NASTY_QUERIES)))
@pytest.mark.parametrize("url", ["/aanbod/", "/zoeken/", "/zoeken/suggesties/"])
def test_any_text_gives_a_page_not_an_error(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body


def test_html_in_the_query_is_escaped_on_screen(client):
    response = client.get("/aanbod/", {"q": "<b>vet</b>"})
    body = response.content.decode()
    assert "&lt;b&gt;vet&lt;/b&gt;" in body
    assert "<b>vet</b>" not in body


def test_long_query_is_cut_with_a_message(client):
    response = client.get("/aanbod/", {"q": "polarisatie " * 1000})
    assert response.status_code == 200
    assert "Uw zoekvraag was erg lang" in response.content.decode()


def test_query_without_searchable_words_finds_nothing_with_a_message(client):
    # Issue 24: a query is never silently widened to the whole catalogue.
    response = client.get("/aanbod/", {"q": '"*-()'})
    assert response.status_code == 200
    assert "geen woorden waarop we kunnen zoeken" in response.content.decode()
    assert response.context["result"].total == 0


@pytest.mark.parametrize(
    "params",
    [
        {"thema": "bestaat-niet"},
        {"thema": "<script>"},
        {"thema": "'; drop table"},
        {"soort": "x" * 5000},
        {"kosten": "\x00"},
        {"partner": "🙂"},
        {"werkvorm": ""},
        {"sorteer": "'; drop"},
        {"sorteer": "-title"},
        {"vraag": "bestaat-niet"},
        {"vraag": "<script>"},
        {"onbekend": "1", "utm_source": "x"},
        {"verlopen": "misschien"},
    ],
)
def test_unknown_values_and_parameters(client, params):
    response = client.get("/aanbod/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_unknown_slug_next_to_a_known_one_adds_nothing(client):
    # Values of one facet are alternatives: the unknown one matches nothing, the known one does.
    response = client.get("/aanbod/", {"thema": ["polarisatie", "bestaat-niet"]})
    result = response.context["result"]
    assert result.total == client.get("/aanbod/", {"thema": "polarisatie"}).context["result"].total > 0
    assert result.query.filters == {"thema": ("polarisatie",)}
    assert "Onbekende filterwaarde: bestaat-niet" in response.content.decode()


def test_unknown_slug_alone_means_nothing_on_page_api_and_feed(client):
    # Issue 12 E: a deleted theme in a bookmark showed every offering on the page, 0 in the API.
    response = client.get("/aanbod/", {"thema": "bestaat-niet"})
    assert response.context["result"].total == 0
    assert "Onbekende filterwaarde: bestaat-niet" in response.content.decode()
    api = client.get("/api/v2/offerings/", {"thema": "bestaat-niet"})
    assert api.status_code == 200 and api.json()["meta"]["total_count"] == 0
    feed = client.get("/aanbod/feed/", {"thema": "bestaat-niet"})
    assert feed.status_code == 200 and b"<entry>" not in feed.content


@pytest.mark.parametrize("page", ["-1", "0", "-999999", "abc", "1.5", "9" * 50, "1e9", "", "\x00", "99999"])
def test_odd_page_numbers(client, page):
    response = client.get("/aanbod/", {"pagina": page})
    assert response.status_code == 200
    result = response.context["result"]
    assert 1 <= result.page <= result.page_count
    assert result.items


def test_page_beyond_the_last_shows_the_last_page_with_a_message(client):
    response = client.get("/aanbod/", {"pagina": "500"})
    result = response.context["result"]
    assert result.page == result.page_count
    assert "Die pagina bestaat niet" in response.content.decode()


def test_parameter_repeated_a_thousand_times(client):
    query = urlencode([("thema", "polarisatie")] * 1000 + [("q", "radicalisering")] * 1000, doseq=True)
    response = client.get(f"/aanbod/?{query}")
    assert response.status_code == 200
    assert response.context["result"].query.filters == {"thema": ("polarisatie",)}


def test_many_distinct_values_are_capped(client):
    query = urlencode([("thema", f"t{i}") for i in range(1000)])
    response = client.get(f"/aanbod/?{query}")
    assert response.status_code == 200
    result = response.context["result"]
    assert len(result.query.filters.get("thema", ())) < 1000
    assert result.page == 1


def test_malformed_request_with_too_many_fields_is_a_400(client):
    query = urlencode([("x", "1")] * 5000)
    response = client.get(f"/aanbod/?{query}")
    assert response.status_code == 400
    # Refused before the finder ran (Django's DATA_UPLOAD_MAX_NUMBER_FIELDS), not a page of results.
    assert not response.context or "result" not in response.context


@pytest.mark.parametrize("page", ["-5", "abc", "99999"])
def test_site_search_odd_pages(client, page):
    response = client.get("/zoeken/", {"q": "polarisatie", "pagina": page, "type": "<x>"})
    assert response.status_code == 200
    assert "<x>" not in response.content.decode()


def test_post_to_site_search_is_refused_cleanly(client):
    response = client.post("/zoeken/", {"q": "x"})
    assert response.status_code == 405
    assert response["Allow"] == "GET"


@pytest.mark.parametrize("q", NASTY_QUERIES, ids=range(len(NASTY_QUERIES)))
def test_api_text_is_answered_or_refused_never_an_error(client, q):
    # Plain text only, on every engine: the API answers, or refuses with a 400 it explains.
    for url, params in (("/api/v2/offerings/", {"q": q}), ("/api/v2/pages/", {"search": q})):
        response = client.get(url, params)
        assert response.status_code in (200, 400), (url, response.status_code)
        assert response.json()
