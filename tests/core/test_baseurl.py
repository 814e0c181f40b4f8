"""Absolute URLs come from the configured base URL or the request's host, never `localhost`.

The demo's default Site is called "localhost" (home/migrations/0002); Wagtail's own
`full_url` would put that host in mails, exports, feeds and JSON-LD.
"""

import io
import json
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from wagtail.models import Site

from catalogue.models import CatalogueIndexPage
from core.baseurl import absolute_url, admin_url, page_url, site_root_url
from offerings.models import OfferingPage, TrainingPage
from tests.alerts.conftest import catalogue_published_a_month_ago, confirmed, republish  # noqa: F401

pytestmark = pytest.mark.django_db

BASE = "https://stabiliteit.example"
configured = override_settings(BASE_URL=BASE, WAGTAILADMIN_BASE_URL=BASE)


def test_the_demo_site_is_called_localhost():
    """The premise: without core/baseurl.py the links below would say localhost."""
    assert Site.objects.get(is_default_site=True).hostname == "localhost"


@configured
def test_without_a_request_the_configured_base_url_is_used():
    page = OfferingPage.objects.live().first()
    assert site_root_url() == BASE
    assert page_url(page) == BASE + page.url
    assert absolute_url("/aanbod/") == BASE + "/aanbod/"
    assert admin_url("/admin/") == BASE + "/admin/"
    assert absolute_url("https://elders.example/x") == "https://elders.example/x"


@configured
def test_with_a_request_the_visitors_host_is_used():
    page = OfferingPage.objects.live().first()
    request = RequestFactory().get("/", HTTP_HOST="www.stabiliteit.example", secure=True)
    assert page_url(page, request) == "https://www.stabiliteit.example" + page.url


@override_settings(BASE_URL="")
def test_another_site_answers_at_its_own_hostname():
    other = Site.objects.create(hostname="handboek.example", port=443, root_page=OfferingPage.objects.first())
    assert site_root_url(site=other) == "https://handboek.example"
    request = RequestFactory().get("/", HTTP_HOST="www.stabiliteit.example")
    assert site_root_url(site=other, request=request) == "https://handboek.example"


def links(text):
    return re.findall(r"https?://[^\s\"'<>]+", text)


@configured
def test_alert_mail_links_use_the_base_url():
    offering = OfferingPage.objects.live().filter(end_date__isnull=True).order_by("pk").first()
    theme = offering.themes.first()
    subscription = confirmed(f"thema={theme.slug}")
    republish(offering)
    call_command("send_alerts", stdout=io.StringIO())
    (message,) = mail.outbox
    found = links(message.body) + links(message.extra_headers["List-Unsubscribe"])
    assert found and all(link.startswith(BASE + "/") for link in found), found
    assert BASE + offering.url in message.body
    assert (
        f"{BASE}/zoekopdracht-volgen/afmelden/{subscription.key}/"
        in message.extra_headers["List-Unsubscribe"]
    )


@configured
def test_feed_json_ld_and_export_carry_no_localhost(client, login):
    training = TrainingPage.objects.live().first()
    body = client.get(training.url).content.decode()
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    data = json.loads(block)
    assert data["url"] == "http://testserver" + training.url
    assert "localhost" not in block

    feed = client.get(CatalogueIndexPage.objects.live().first().url + "feed/").content.decode()
    page_links = [link for link in links(feed) if "w3.org" not in link]
    assert page_links and all(link.startswith("http://testserver/") for link in page_links), page_links

    export = login("coordinator").get("/admin/inzicht/export/aanbod/?formaat=csv").content.decode("utf-8-sig")
    assert "http://testserver/" in export
    assert "localhost" not in export
