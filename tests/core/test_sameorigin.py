"""The anonymous forms without a CSRF token accept only POSTs from this site's own pages
(core/sameorigin.py): another site's form is refused in Dutch and nothing is stored."""

import pytest
from django.core.cache import cache

from feedback.models import Feedback
from insight.models import MissingOfferReport
from offerings.models import PublicationPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def feedback_post(client, **headers):
    page = PublicationPage.objects.live().public().order_by("pk").first()
    before = Feedback.objects.filter(page=page).count()
    response = client.post(f"/nuttig/{page.pk}/", {"nuttig": "ja", "toelichting": ""}, **headers)
    return response, Feedback.objects.filter(page=page).count() - before


def test_a_post_from_this_site_is_accepted(client):
    response, stored = feedback_post(client, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302 and stored == 1


def test_a_post_from_another_site_is_refused_and_stores_nothing(client):
    response, stored = feedback_post(client, HTTP_ORIGIN="https://elders.example")
    assert response.status_code == 403 and stored == 0
    assert "alleen vanaf deze website" in response.content.decode()


def test_without_origin_a_foreign_referer_is_refused(client):
    response, stored = feedback_post(client, HTTP_REFERER="https://elders.example/pagina")
    assert response.status_code == 403 and stored == 0
    response, stored = feedback_post(client, HTTP_REFERER="http://testserver/aanbod/")
    assert response.status_code == 302 and stored == 1


def test_missing_offer_and_alerts_are_checked_too(client):
    before = MissingOfferReport.objects.count()
    response = client.post(
        "/mist-u-iets/",
        {"query": "x", "description": "Aanbod over buurtbemiddeling", "website": ""},
        HTTP_ORIGIN="https://elders.example",
    )
    assert response.status_code == 403 and MissingOfferReport.objects.count() == before
    response = client.post(
        "/zoekopdracht-volgen/",
        {"zoekopdracht": "thema=polarisatie", "email": "a@example.org", "frequentie": "week"},
        HTTP_ORIGIN="https://elders.example",
    )
    assert response.status_code == 403
