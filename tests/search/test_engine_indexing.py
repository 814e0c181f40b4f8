"""Publishing, unpublishing, moving, copying and deleting a page update the engine within
a second, and update_index catches up with what the engine missed while it was down.

Runs with SEARCH_URL set (`make test-engine`)."""

import time

import pytest
from django.core.management import call_command

from offerings.models import OfferingPage
from partners.models import PartnerPage
from search import engines
from search.backends import engine as engine_backend
from search.finder import run_finder
from search.params import FinderQuery
from tests import engine_support

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not engine_support.configured(), reason="needs SEARCH_URL (make test-engine)"),
]


def found(q, **filters):
    with engines.forced("distributed"):
        result = run_finder(FinderQuery(q=q, filters=filters), limit=100)
    return {item.pk for item in result.items}


def within_a_second(condition):
    """Wait for the engine's refresh (its interval is one second) without forcing one."""
    deadline = time.monotonic() + 1.5  # one second, plus this slow machine's margin
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture
def live_refresh():
    """Searchable as a live engine makes them, not after a forced refresh."""
    engine_support.auto_refresh[0] = False
    yield
    engine_support.auto_refresh[0] = True


def test_publish_unpublish_move_copy_delete_reach_the_engine(make_offering, live_refresh):
    page = make_offering("Dialoogtafels over woningnood", partner="vng")
    assert within_a_second(lambda: page.pk in found("dialoogtafel woningnood"))

    page.unpublish()
    assert within_a_second(lambda: page.pk not in found("dialoogtafel woningnood"))
    page.refresh_from_db()
    page.save_revision().publish()
    assert within_a_second(lambda: page.pk in found("dialoogtafel woningnood"))

    other = PartnerPage.objects.exclude(slug="vng").first()
    page.move(other, pos="last-child")
    page = OfferingPage.objects.get(pk=page.pk).specific
    assert page.partner_id == other.pk
    assert within_a_second(lambda: page.pk in found("dialoogtafel", partner=(other.slug,)))

    copy = page.copy(
        update_attrs={"slug": "dialoogtafels-kopie", "title": "Dialoogtafels over woningnood (kopie)"}
    )
    assert within_a_second(lambda: copy.pk in found("dialoogtafel woningnood"))

    page.delete()
    assert within_a_second(lambda: page.pk not in found("dialoogtafel woningnood"))
    assert copy.pk in found("dialoogtafel woningnood")


@pytest.mark.engine_down
def test_update_index_catches_up_after_the_engine_was_down(make_offering, settings, capsys):
    working = settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"]
    settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"] = ["http://127.0.0.1:9"]  # nothing listens
    engine_backend.forget()
    try:
        page = make_offering("Buurtbemiddeling tijdens een storing")
    finally:
        settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"] = working
        engine_backend.forget()
        engines.reset()
    assert page.pk not in found("buurtbemiddeling storing")  # the engine missed it

    call_command("update_index", backend_name="default")
    assert "indexed" in capsys.readouterr().out  # progress output
    assert page.pk in found("buurtbemiddeling storing")
