"""The region facet and the period filter in the JSON API, its OpenAPI and the feed."""

import re

import pytest
from django.utils.html import escape

from api.openapi import build_schema
from offerings.models import OfferingPage

pytestmark = pytest.mark.django_db


def test_api_filters_and_counts_by_region(client):
    response = client.get("/api/v2/offerings/", {"regio": "gelderland", "limit": 50})
    assert response.status_code == 200
    data = response.json()
    expected = OfferingPage.objects.live().filter(region="gelderland").exclude(end_date__lt="2000-01-01")
    assert data["meta"]["total_count"] >= 1
    assert data["meta"]["total_count"] <= expected.count()
    regio = {row["slug"]: row for row in data["facets"]["regio"]}
    assert regio["gelderland"]["selected"] is True
    assert "landelijk" in regio


def test_api_period_and_binnenkort(client):
    data = client.get("/api/v2/offerings/", {"vanaf": "2027-01-01", "tot": "2027-12-31", "limit": 50}).json()
    assert data["meta"]["total_count"] >= 1
    assert {item["kind"]["slug"] for item in data["items"]} == {"training"}
    assert client.get("/api/v2/offerings/", {"sorteer": "binnenkort"}).status_code == 200


@pytest.mark.parametrize(
    "params, message",
    [
        ({"vanaf": "morgen"}, "'vanaf' moet een datum zijn"),
        ({"regio": "Gelderland!"}, "geen geldige waarde voor 'regio'"),
    ],
)
def test_api_refuses_bad_region_and_dates_with_dutch_400(client, params, message):
    response = client.get("/api/v2/offerings/", params)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_api_reads_a_reversed_period_as_the_page_does(client):
    reversed_ = client.get("/api/v2/offerings/", {"vanaf": "2027-06-01", "tot": "2027-01-01"}).json()
    ordered = client.get("/api/v2/offerings/", {"vanaf": "2027-01-01", "tot": "2027-06-01"}).json()
    assert reversed_["meta"]["total_count"] == ordered["meta"]["total_count"] > 0


def test_openapi_documents_region_period_and_binnenkort():
    schema = build_schema()
    params = {p["name"]: p for p in schema["paths"]["/api/v2/offerings/"]["get"]["parameters"]}
    assert "regio" in params
    assert params["vanaf"]["schema"]["format"] == "date"
    assert params["tot"]["schema"]["format"] == "date"
    assert "binnenkort" in params["sorteer"]["schema"]["enum"]


def feed_titles(client, params):
    feed = client.get("/aanbod/feed/", params).content.decode()
    entries = feed.split("<entry>")[1:]
    return {re.search(r"<title>(.*?)</title>", entry).group(1) for entry in entries}


def test_feed_follows_region_and_period(client):
    gelderland = {escape(page.title) for page in OfferingPage.objects.live().filter(region="gelderland")}
    titles = feed_titles(client, {"regio": "gelderland"})
    assert titles and titles <= gelderland
    trainings = {escape(page.title) for page in OfferingPage.objects.live().filter(kind="training")}
    in_period = feed_titles(client, {"vanaf": "2000-01-01"})
    assert in_period and in_period <= trainings
