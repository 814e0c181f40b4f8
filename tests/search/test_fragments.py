"""Shared fragments (search/fragments.py): kept per catalogue stamp, never used
inside a transaction. That a listing shows a publish at once with the fragments in use (no
transaction): tests/deploy/test_varnish.py::test_shared_fragments_follow_a_publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offerings.models import OfferingPage
from search import fragments

pytestmark = pytest.mark.django_db


def test_the_key_moves_with_a_publish():
    offering = OfferingPage.objects.live().public().order_by("pk").first().specific
    before = fragments.key(None, "finder-card", [offering.pk])
    assert fragments.key(None, "finder-card", [offering.pk]) == before
    assert fragments.key(None, "finder-card", [offering.pk + 1]) != before
    offering.title = f"{offering.title} (bijgewerkt)"
    offering.save_revision(log_action=True).publish()
    assert fragments.key(None, "finder-card", [offering.pk]) != before


def test_not_used_inside_a_transaction(client):
    """A test (or a request that writes) may see its own uncommitted rows: rendered afresh."""
    assert connection.in_atomic_block
    assert not fragments.usable()
    rendered = []
    assert fragments.get_or_render(None, "x", [1], lambda: rendered.append(1) or "a") == "a"
    assert fragments.get_or_render(None, "x", [1], lambda: rendered.append(1) or "b") == "b"
    assert rendered == [1, 1]


def test_the_stamp_is_read_once_per_request(rf):
    request = rf.get("/aanbod/")
    with CaptureQueriesContext(connection) as captured:
        first = fragments.version(request)
        assert fragments.version(request) == first
    assert len(captured) == 1
