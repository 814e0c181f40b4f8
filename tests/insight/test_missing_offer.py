import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory

from insight.models import MissingOfferReport
from search.params import FinderQuery
from taxonomy.models import Theme
from tests.review.conftest import assert_refused

URL = "/mist-u-iets/"


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


def valid(**changes):
    data = {
        "description": "Ik zoek een training over complotdenken voor ouders.",
        "theme": "",
        "municipality": "",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_form_renders_with_privacy_statement_and_prefill(client):
    body = client.get(URL + "?q=complot+ouders").content.decode()
    assert "Wat doen we met uw gegevens?" in body
    assert "Alleen invullen als u een antwoord wilt." in body
    assert "complot ouders</textarea>" in body
    assert 'name="query" value="complot ouders"' in body


@pytest.mark.django_db
def test_valid_report_is_stored(client):
    theme = Theme.objects.get(slug="polarisatie")
    response = client.post(
        URL, valid(theme=theme.pk, municipality="  Demo-stad ", email="a@example.org", query="complot")
    )
    assert response.status_code == 302 and response["Location"] == URL + "?verzonden=1"
    report = MissingOfferReport.objects.latest("created_at")
    assert (report.theme, report.municipality, report.email, report.query, report.handled) == (
        theme,
        "Demo-stad",
        "a@example.org",
        "complot",
        False,
    )
    assert "Dank u wel" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, message",
    [
        (valid(description=""), "Beschrijf kort wat u zocht."),
        (valid(description="kort"), "minstens 10 tekens"),
        (valid(description="x" * 2001), "maximaal 2000 tekens"),
        (valid(email="geen-adres"), "Vul een geldig e-mailadres in"),
        (valid(theme="999999"), "Kies een thema uit de lijst."),
        (valid(theme="abc"), "Kies een thema uit de lijst."),
        (valid(municipality="x" * 101), "De naam van de gemeente is te lang"),
    ],
)
def test_bad_input_gets_dutch_message_and_stores_nothing(client, data, message):
    before = MissingOfferReport.objects.count()
    response = client.post(URL, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert 'aria-invalid="true"' in body
    assert MissingOfferReport.objects.count() == before


@pytest.mark.django_db
def test_honeypot_stores_nothing_but_looks_like_success(client):
    before = MissingOfferReport.objects.count()
    response = client.post(URL, valid(website="http://spam.example"))
    assert response.status_code == 302
    assert MissingOfferReport.objects.count() == before


@pytest.mark.django_db
def test_rate_limit_per_client(client):
    limit = settings.MISSING_OFFER_MAX_PER_HOUR
    for _ in range(limit):
        assert client.post(URL, valid()).status_code == 302
    before = MissingOfferReport.objects.count()
    response = client.post(URL, valid())
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert MissingOfferReport.objects.count() == before
    other = client.post(URL, valid(), REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_other_methods_refused(client):
    before = MissingOfferReport.objects.count()
    response = client.put(URL, valid(), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 405
    assert response["Allow"] == "GET, POST"
    assert MissingOfferReport.objects.count() == before


def test_public_templates_have_no_inline_script_or_style():
    for name in ("missing_offer.html", "missing_offer_prompt.html"):
        text = (Path(settings.BASE_DIR) / "templates" / "insight" / name).read_text()
        assert "<script" not in text and "style=" not in text and "<style" not in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, request_q, expected",
    [
        (FinderQuery(q="boeren protest"), "", "/mist-u-iets/?q=boeren+protest"),
        ("radicalisering", "", "/mist-u-iets/?q=radicalisering"),
        (None, "via+url", "/mist-u-iets/?q=via+url"),
        (FinderQuery(), "", "/mist-u-iets/"),
    ],
)
def test_prompt_include(query, request_q, expected):
    request = RequestFactory().get("/aanbod/" + (f"?q={request_q}" if request_q else ""))
    html = Template('{% include "insight/missing_offer_prompt.html" %}').render(
        Context({"request": request, "query": query})
    )
    assert re.search(r'href="([^"]+)"', html).group(1).replace("&amp;", "&") == expected
    assert "Mist u iets?" in html


@pytest.mark.django_db
def test_coordination_marks_report_handled_and_email_is_removed(login):
    report = MissingOfferReport.objects.filter(handled=False).exclude(email="").first()
    response = login("coordinator").post(
        f"/admin/insight/missingofferreport/edit/{report.pk}/",
        {"handled": "on", "handling_note": "Beantwoord per mail."},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.handled and report.handled_by.username == "coordinator" and report.handled_at
    assert report.email == "" and report.handling_note == "Beantwoord per mail."


@pytest.mark.django_db
def test_reports_are_for_coordination_only(login):
    report = MissingOfferReport.objects.first()
    client = login("vng-eindredacteur")
    assert_refused(client.get("/admin/insight/missingofferreport/"))
    assert_refused(client.post(f"/admin/insight/missingofferreport/edit/{report.pk}/", {"handled": "on"}))
    report.refresh_from_db()
    assert not report.handled or report.handled_by.username == "coordinator"


@pytest.mark.django_db
def test_demo_reports_and_searches_exist():
    from search.models import SearchQueryDay

    assert MissingOfferReport.objects.filter(handled=True).exists()
    assert MissingOfferReport.objects.filter(handled=False).count() >= 3
    assert SearchQueryDay.objects.filter(result_count=0).count() >= 3
