"""Shared fragments (search/fragments.py): kept per catalogue stamp, an offering's per live
revision and surroundings stamp; never used inside a transaction. That a listing shows a
publish at once with the fragments in use (no transaction):
tests/deploy/test_varnish.py::test_shared_fragments_follow_a_publish; that it keeps the other
offerings' fragments: tests/search/test_cards_after_publish.py."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.log_actions import log
from wagtail.models import Page, PageViewRestriction

from offerings.models import OfferingPage
from search import facetindex, fragments

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


def offerings_of_two_partners():
    offerings = OfferingPage.objects.live().public().order_by("pk")
    first = offerings.first().specific
    return first, offerings.exclude(partner=first.partner).first().specific


def test_an_offering_key_moves_with_its_own_publish_only():
    first, second = offerings_of_two_partners()
    keys = {page.pk: fragments.key(None, "finder-card", [], page) for page in (first, second)}
    first.save_revision(log_action=True)  # a draft: nothing public changes
    assert {page.pk: fragments.key(None, "finder-card", [], page) for page in (first, second)} == keys
    first.title = f"{first.title} (bijgewerkt)"
    first.save_revision(log_action=True).publish()
    first.refresh_from_db()
    assert fragments.key(None, "finder-card", [], first) != keys[first.pk]
    assert fragments.key(None, "finder-card", [], second) == keys[second.pk]
    # The key of a fragment that is not of one offering moves with every publish.
    assert fragments.key(None, "footer-pages", []) != fragments.key(None, "footer-pages", [], second)


def changes_the_surroundings(change):
    before = facetindex.surroundings_stamp()
    change()
    return facetindex.surroundings_stamp() != before


def test_the_surroundings_move_with_everything_else():
    first, second = offerings_of_two_partners()
    partner = second.get_parent().specific
    form = first.form
    assert changes_the_surroundings(lambda: partner.save_revision(log_action=True).publish())
    assert changes_the_surroundings(lambda: (form.save(), log(instance=form, action="wagtail.edit")))
    assert changes_the_surroundings(lambda: first.unpublish(log_action=True))
    assert changes_the_surroundings(
        lambda: Page.objects.get(pk=second.pk).move(first.get_parent(), "last-child")
    )
    assert changes_the_surroundings(
        lambda: PageViewRestriction.objects.create(page=partner, password="geheim")
    )
    assert not changes_the_surroundings(lambda: second.save_revision(log_action=True).publish())
    # An offering's moderation and comments change nothing public; its approval's publish
    # logs a publish.
    assert not changes_the_surroundings(lambda: log(instance=second, action="wagtail.workflow.approve"))
    assert not changes_the_surroundings(lambda: log(instance=second, action="wagtail.comments.create"))
    assert changes_the_surroundings(lambda: log(instance=partner, action="wagtail.workflow.approve"))


def test_many_publishes_in_a_row_move_the_surroundings_each(monkeypatch):
    """The stamp looks for another kind of log entry only among the newest (an index range,
    a cheap query): past that, every publish moves it, as the catalogue stamp."""
    monkeypatch.setattr(facetindex, "SURROUNDINGS_WINDOW", 3)
    first, second = offerings_of_two_partners()
    log(instance=second.get_parent(), action="wagtail.publish")  # another page's entry
    stamps = []
    for _number in range(4):
        stamps.append(facetindex.surroundings_stamp())
        first.save_revision(log_action=True).publish()  # two entries: a draft and its publish
    assert stamps[0] == stamps[1]  # the partner's entry is still among the 3 newest
    assert len(set(stamps[1:])) == 3
