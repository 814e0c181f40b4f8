"""The public rule's lists (core/visibility.py) are read once per GET/HEAD request
(core.middleware.OneReadingPerRequest), and every time in a request that may write."""

from unittest import mock

import pytest
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

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


def test_the_lists_query_is_built_once_and_reads_each_list():
    """Every request reads the lists: its SQL is built once per process (core/prepared.py),
    and each read still sees what the database holds now."""
    offering = OfferingPage.objects.live().public().order_by("pk").first()
    partner = offering.get_parent()
    visibility.restricted_paths()  # built here at the latest
    PageViewRestriction.objects.create(page=offering, restriction_type=PageViewRestriction.LOGIN)
    partner.live = False
    partner.save(update_fields=["live"])
    roots = [site.root_page.path for site in Site.objects.all()]
    with mock.patch.object(SQLCompiler, "as_sql", side_effect=AssertionError("SQL built again")):
        assert visibility.restricted_paths() == [offering.path]
        assert partner.path in visibility.hidden_branch_paths()
        assert visibility.site_root_paths() == roots
