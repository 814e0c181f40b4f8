"""Atom feed, sitemap.xml and robots.txt per site, schema.org JSON-LD, the docs page."""

import json
import re

import pytest
from defusedxml import ElementTree
from wagtail.models import Page, Site

from api.openapi import build_schema
from home.models import ContentPage
from offerings.models import ContactPointPage, PublicationPage, TrainingPage

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_feed_follows_the_finder_filters(client):
    params = {"soort": "training", "thema": "polarisatie"}
    response = client.get("/aanbod/feed/", params)
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    expected = client.get("/aanbod/", params).context["result"].total
    assert 0 < len(entries) == min(expected, 50)
    links = {e.find(f"{ATOM}link").get("href") for e in entries}
    for training in TrainingPage.objects.filter(themes__slug="polarisatie").live():
        if not training.is_expired:
            assert "http://testserver" + training.url in links
    assert all(e.find(f"{ATOM}updated") is not None for e in entries)
    assert "Trainingen" in feed.find(f"{ATOM}title").text


@pytest.mark.django_db
def test_feed_is_newest_first(client):
    entries = ElementTree.fromstring(client.get("/aanbod/feed/").content).findall(f"{ATOM}entry")
    published = [e.find(f"{ATOM}published").text for e in entries]
    assert published == sorted(published, reverse=True)


@pytest.mark.django_db
def test_finder_page_links_its_feed_with_the_same_filters(client):
    body = client.get("/aanbod/", {"thema": "polarisatie"}).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in body
    assert 'href="/aanbod/feed/?thema=polarisatie"' in body
    assert "Volg dit aanbod in uw feedlezer" in body


@pytest.fixture
def handbook_site():
    root = Page.get_first_root_node()
    home = ContentPage(title="Handboek maatschappelijke onrust", slug="handboek-home", intro="Demo-inhoud")
    root.add_child(instance=home)
    home.save_revision().publish()
    chapter = ContentPage(title="Sluimerend ongenoegen", slug="sluimerend", intro="Demo-inhoud")
    home.add_child(instance=chapter)
    chapter.save_revision().publish()
    Site.objects.create(hostname="maatschappelijke-onrust.test", port=80, root_page=home)
    yield home, chapter
    # The rollback fires no signals: drop Wagtail's cached site list, or later tests see two sites.
    Site.clear_site_root_paths_cache()


@pytest.mark.django_db
def test_sitemap_per_site(client, handbook_site):
    home, chapter = handbook_site
    main = client.get("/sitemap.xml").content.decode()
    training = TrainingPage.objects.live().first()
    assert training.get_full_url() in main
    assert "maatschappelijke-onrust.test" not in main
    handbook = client.get("/sitemap.xml", HTTP_HOST="maatschappelijke-onrust.test").content.decode()
    assert "http://maatschappelijke-onrust.test/sluimerend/" in handbook
    assert training.get_full_url() not in handbook


@pytest.mark.django_db
def test_robots_txt_points_at_the_requesting_sites_sitemap(client, handbook_site):
    main = client.get("/robots.txt")
    assert main["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in main.content.decode()
    handbook = client.get("/robots.txt", HTTP_HOST="maatschappelijke-onrust.test").content.decode()
    assert "Sitemap: http://maatschappelijke-onrust.test/sitemap.xml" in handbook
    assert "Disallow: /admin/" in handbook


@pytest.mark.django_db
def test_pages_endpoint_serves_each_site_and_any_page_type(client, handbook_site):
    home, chapter = handbook_site
    data = client.get("/api/v2/pages/", HTTP_HOST="maatschappelijke-onrust.test").json()
    assert {item["id"] for item in data["items"]} == {home.pk, chapter.pk}
    other = client.get("/api/v2/pages/", {"site": "maatschappelijke-onrust.test", "limit": 100}).json()
    assert other["meta"]["total_count"] == 2
    detail = client.get(f"/api/v2/pages/{chapter.pk}/", HTTP_HOST="maatschappelijke-onrust.test").json()
    assert detail["intro"] == "Demo-inhoud"
    assert detail["meta"]["type"] == "home.ContentPage"
    assert client.get("/api/v2/pages/", {"site": "onbekend.test"}).status_code == 404


def json_ld(body):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model, schema_type",
    [(PublicationPage, "LearningResource"), (TrainingPage, "Course"), (ContactPointPage, "Organization")],
)
def test_offering_pages_carry_schema_org_json_ld(client, model, schema_type):
    page = model.objects.live().first()
    body = client.get(page.url).content.decode()
    data = json_ld(body)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == page.title
    assert data["url"] == "http://testserver" + page.url
    # No executable inline script: the only script element is the JSON-LD data block.
    assert body.count("<script") == 1
    if schema_type == "Course":
        assert data["provider"]["alternateName"] == page.partner.abbreviation
        assert data["hasCourseInstance"][0]["@type"] == "CourseInstance"
    if schema_type == "Organization":
        assert data["contactPoint"]["@type"] == "ContactPoint"


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_its_element(client):
    page = PublicationPage.objects.live().first()
    page.title = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    body = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in body
    assert json_ld(body)["name"] == "</script><script>alert(1)</script>"


@pytest.mark.django_db
def test_docs_page_is_linked_from_the_footer_and_lists_the_endpoints(client):
    assert 'href="/api/">' in client.get("/").content.decode()
    body = client.get("/api/").content.decode()
    for path in build_schema()["paths"]:
        if "{id}" not in path:
            assert path in body, path
    assert "/api/v2/openapi.json" in body


@pytest.mark.django_db
def test_served_openapi_is_the_schema_module(client):
    response = client.get("/api/v2/openapi.json")
    served = response.json()
    expected = json.loads(json.dumps(build_schema()))
    assert served["paths"] == expected["paths"]
    assert served["components"] == expected["components"]
    assert served["servers"] == [{"url": "http://testserver"}]
