"""The public rule's lists (core/visibility.py) are read once per GET/HEAD request
(core.middleware.OneReadingPerRequest), and every time in a request that may write."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core import visibility
from offerings.models import OfferingPage

pytestmark = pytest.mark.django_db


def restriction_reads(captured):
    return [q["sql"] for q in captured if 'FROM "wagtailcore_pageviewrestriction" INNER JOIN' in q["sql"]]


def test_an_offering_page_reads_the_rule_once(client):
    offering = OfferingPage.objects.live().public().order_by("pk").first()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(offering.url)
    assert response.status_code == 200
    assert offering.title in response.text
    # The page applies the rule several times (related chapters, discussion, navigation).
    assert len(restriction_reads(captured)) == 1


def public_ids():
    return set(visibility.public_pages(OfferingPage.objects.all()).values_list("pk", flat=True))


def test_inside_read_once_the_lists_are_read_once_and_forgotten_after():
    offering = OfferingPage.objects.live().public().order_by("pk").first()
    with visibility.read_once():
        assert offering.pk in public_ids()
        PageViewRestriction.objects.create(page=offering, restriction_type=PageViewRestriction.LOGIN)
        with CaptureQueriesContext(connection) as captured:
            still = public_ids()
        assert restriction_reads(captured) == []
        assert offering.pk in still  # read once: the request's own view of the catalogue
    # Outside (a request that writes, a command, a task): every call reads afresh.
    assert offering.pk not in public_ids()


def test_a_post_reads_the_rule_every_time(client):
    offering = OfferingPage.objects.live().public().order_by("pk").first()
    with CaptureQueriesContext(connection) as captured:
        response = client.post(offering.url, {})
    assert offering.title in response.text  # Wagtail serves the page to a POST as well
    assert len(restriction_reads(captured)) > 1
