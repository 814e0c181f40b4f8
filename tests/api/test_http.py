"""HTTP behaviour: conditional requests, caching headers, CORS, limits and clear 400s."""

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.http import http_date

from offerings.models import TrainingPage

ORIGIN = "https://intranet.voorbeeldgemeente.nl"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/offerings/?thema=polarisatie",
        "/api/v2/pages/",
        "/api/v2/themes/",
        "/aanbod/feed/",
        "/sitemap.xml",
    ],
)
def test_etag_and_if_none_match_give_304(client, url):
    first = client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH='"iets-anders"').status_code == 200


@pytest.mark.django_db
def test_last_modified_moves_when_content_is_published(client):
    url = "/api/v2/offerings/"
    first = client.get(url)
    since = first["Last-Modified"]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    training = TrainingPage.objects.live().first()
    training.summary = "Een nieuwe samenvatting, later gepubliceerd."
    later = timezone.now() + timezone.timedelta(seconds=5)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        training.save_revision().publish()
    response = client.get(url, HTTP_IF_MODIFIED_SINCE=since)
    assert response.status_code == 200
    assert response["Last-Modified"] == http_date(int(later.timestamp()))


@pytest.mark.django_db
def test_cache_control_public_for_anonymous_private_for_logged_in(admin_client_logged_in):
    response = Client().get("/api/v2/offerings/")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    logged_in = admin_client_logged_in.get("/api/v2/offerings/")
    assert "private" in logged_in["Cache-Control"]
    assert "public" not in logged_in["Cache-Control"]
    # Logged-in users get exactly the public content.
    assert logged_in.json() == response.json()


@pytest.mark.django_db
def test_errors_are_not_cached(client):
    response = client.get("/api/v2/offerings/?limit=1000")
    assert response.status_code == 400
    assert "no-cache" in response["Cache-Control"]
    assert "ETag" not in response


@pytest.mark.django_db
@override_settings(CORS_ALLOWED_ORIGINS=[ORIGIN])
def test_cors_only_for_configured_origins_and_only_on_the_api(client):
    allowed = client.get("/api/v2/offerings/", HTTP_ORIGIN=ORIGIN)
    assert allowed["Access-Control-Allow-Origin"] == ORIGIN
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = client.get("/api/v2/offerings/", HTTP_ORIGIN="https://kwaadwillend.example")
    assert "Access-Control-Allow-Origin" not in other
    site_page = client.get("/aanbod/", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in site_page
    preflight = client.options(
        "/api/v2/offerings/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


@pytest.mark.django_db
def test_no_cors_without_configuration(client):
    response = client.get("/api/v2/offerings/", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in response


BAD_REQUESTS = [
    "/api/v2/pages/?search=onrust&search_operator=xor",
    "/api/v2/pages/?search=on%00rust",
    "/api/v2/offerings/?q=on%00rust",
    "/api/v2/offerings/?thema=polari%00satie",
    "/api/v2/offerings/?limit=abc",
    "/api/v2/offerings/?limit=-1",
    "/api/v2/offerings/?limit=101",
    "/api/v2/offerings/?offset=-5",
    "/api/v2/offerings/?offset=1000000000000000000000000000000",
    "/api/v2/pages/?offset=1000000000000000000000000000000",
    "/api/v2/pages/?limit=%EF%BC%95",  # a full-width digit
    "/api/v2/offerings/?limit=5&limit=6",
    "/api/v2/offerings/?q=a&q=b",
    "/api/v2/offerings/?sorteer=willekeurig",
    "/api/v2/offerings/?verlopen=misschien",
    "/api/v2/offerings/?thema=Geen%20Slug!",
    "/api/v2/offerings/?pagina=2",
    "/api/v2/offerings/?fields=title",
    "/api/v2/offerings/?q=" + "x" * 201,
    "/api/v2/offerings/" + "?" + "&".join(f"thema=t{i}" for i in range(31)),
    "/api/v2/pages/?child_of=abc",
    "/api/v2/pages/?ancestor_of=-1",
    "/api/v2/pages/?type=bestaat.Niet",
    "/api/v2/pages/?fields=onbekend",
    "/api/v2/pages/?fields=title(",
    "/api/v2/pages/?order=onbekend",
    "/api/v2/pages/?first_published_at=geen-datum",
    "/api/v2/pages/?id=abc",
    "/api/v2/pages/?onbekend=1",
    "/api/v2/pages/find/?id=abc",
    "/api/v2/pages/1/?onbekend=1",
    "/api/v2/themes/?search=x",
    "/api/v2/images/?search=" + "x" * 201,
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", BAD_REQUESTS)
def test_bad_parameters_get_a_clear_json_400(client, url):
    response = client.get(url)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    message = response.json()["message"]
    assert isinstance(message, str) and len(message) > 10


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/offerings/?offset=100000",
        "/api/v2/offerings/?q=qqqqzzzzxxxx",
        "/api/v2/pages/?child_of=99999999",
        "/api/v2/pages/?search=%22%27*()%5B%5D%3A%5E-",
        "/api/v2/partners/?search=AND%20OR%20NOT%20NEAR",
        "/api/v2/offerings/?thema=bestaat-niet",
    ],
)
def test_unknown_values_and_huge_offsets_give_an_empty_list(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/api/v2/offerings/99999999999999999999999/", "/api/v2/bestaat-niet/", "/api/v2/pages/0/"]
)
def test_unknown_objects_are_json_404s(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["message"]


@pytest.mark.django_db
def test_api_is_read_only(client):
    response = client.post("/api/v2/offerings/", {"title": "x"})
    assert response.status_code == 405
    assert response.json()["message"]


@pytest.mark.django_db
def test_maximum_limit_is_accepted(client):
    response = client.get("/api/v2/pages/?limit=100")
    assert response.status_code == 200
    assert len(response.json()["items"]) == min(100, response.json()["meta"]["total_count"])


@pytest.mark.django_db
@pytest.mark.parametrize("text", ['"', "'", "*", "don't", 'a "b', "NEAR(", "-", "^"])
def test_search_syntax_characters_never_break_search(client, text):
    for url in ("/api/v2/pages/", "/api/v2/partners/"):
        response = client.get(url, {"search": text})
        assert response.status_code == 200
        assert isinstance(response.json()["items"], list)
    # The finder reduces text to words; text without any searches nothing, as on the page.
    response = client.get("/api/v2/offerings/", {"q": text})
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] >= len(data["items"])
    assert all("id" in item for item in data["items"])


@pytest.mark.django_db
def test_unknown_filter_value_never_gives_an_unfiltered_list(client):
    # An unknown value matches nothing: alone it empties the result, next to a known value of
    # the same facet it adds nothing (as on the page and in the feed).
    data = client.get("/api/v2/offerings/", {"thema": ["bestaat-niet"]}).json()
    assert data["meta"]["total_count"] == 0
    assert data["items"] == []
    mixed = client.get("/api/v2/offerings/", {"thema": ["polarisatie", "bestaat-niet"]}).json()
    known = client.get("/api/v2/offerings/", {"thema": ["polarisatie"]}).json()
    everything = client.get("/api/v2/offerings/").json()
    total = mixed["meta"]["total_count"]
    assert 0 < total == known["meta"]["total_count"] < everything["meta"]["total_count"]
