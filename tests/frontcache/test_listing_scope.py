"""A publish refreshes only the finder listings it can change (frontcache/changes.py,
FinderResult.scope, search/filterfacts.py); a check in a review round only the page and the
API's listings.

The oracle is the application itself: a listing whose keys a publish does not purge must
render exactly as before the publish, and a listing it does purge must carry one of the
purged keys. Varnish itself: tests/deploy/test_varnish.py.
"""

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

from demo.review import ROUND_NAME
from frontcache import keys, purge
from offerings.models import OfferingPage, TrainingPage
from review import services
from review.models import ItemStatus, ReviewItem
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db

# Listings of every scoped kind (finder page, feed, API listing): `{}` is a selection.
SCOPED_PATHS = ("/aanbod/?{}", "/aanbod/feed/?{}", "/api/v2/offerings/?{}")


class Sent(list):
    def __init__(self):
        super().__init__()
        self.withdrawals = []


@pytest.fixture
def purged(monkeypatch, django_capture_on_commit_callbacks):
    """The keys each change sends to the front cache: [(hard, soft)]; withdrawals also in
    `sent.withdrawals`."""
    sent = Sent()

    def send(hard=(), soft=(), withdrawal=False):
        sent.append((set(hard), set(soft)))
        sent.withdrawals.append(withdrawal)

    monkeypatch.setattr(purge, "send", send)
    with override_settings(FRONT_CACHE_URLS=["http://127.0.0.1:9/"]):
        yield sent


def xkeys(response):
    return set(response.get(keys.HEADER, "").split())


def publish(page, django_capture_on_commit_callbacks, **changes):
    page = OfferingPage.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return page


def themes_of(page):
    return set(page.themes.values_list("pk", flat=True))


def test_a_selection_is_the_scope_of_its_listings(client):
    theme = Theme.objects.filter(offerings__live=True).order_by("pk").first()
    for path in SCOPED_PATHS:
        scoped = xkeys(client.get(path.format(f"thema={theme.slug}")))
        assert keys.value_key("thema", theme.pk) in scoped, path
        assert keys.ANY_OFFERING not in scoped, path
        assert keys.ANY_OFFERING in xkeys(client.get(path.format(""))), path
    # A search that finds nothing suggests words of the whole catalogue: any offering.
    nothing = xkeys(client.get(f"/aanbod/?thema={theme.slug}&q=qwxzvbnm"))
    assert keys.ANY_OFFERING in nothing
    # Other responses of the scoped kinds: any offering.
    assert keys.ANY_OFFERING in xkeys(client.get("/api/v2/pages/"))


def test_a_title_change_refreshes_only_the_listings_that_can_match_it(
    client, purged, django_capture_on_commit_callbacks
):
    offering = OfferingPage.objects.live().public().filter(themes__isnull=False).order_by("pk").first()
    own_theme = min(themes_of(offering))
    used = Theme.objects.filter(offerings__live=True).distinct().order_by("pk")
    other = used.exclude(pk__in=themes_of(offering)).first()
    own_path = f"/aanbod/?thema={Theme.objects.get(pk=own_theme).slug}&sorteer=titel"
    other_paths = [path.format(f"thema={other.slug}&sorteer=titel") for path in SCOPED_PATHS]
    before = {path: client.get(path).content for path in [own_path, *other_paths]}
    assert offering.title in before[own_path].decode()

    publish(offering, django_capture_on_commit_callbacks, title=f"{offering.title} (bijgewerkt)")

    (hard, soft), *_ = purged
    assert purged.withdrawals == [False]
    assert keys.page_key(offering.pk) in hard
    assert keys.value_key("thema", own_theme) in soft and keys.ANY_OFFERING in soft
    assert not soft & {keys.FINDER, keys.FEED, keys.API}
    # The listing it is in changed and is purged...
    own = client.get(own_path)
    assert own.content != before[own_path] and xkeys(own) & soft
    # ...the listings of a theme it does not have are the same and keep their copies.
    for path in other_paths:
        after = client.get(path)
        assert after.content == before[path], path
        assert not xkeys(after) & (soft | hard), path


def test_a_changed_facet_value_refreshes_every_listing(purged, django_capture_on_commit_callbacks):
    offering = OfferingPage.objects.live().public().filter(themes__isnull=False).order_by("pk").first()
    page = OfferingPage.objects.get(pk=offering.pk).specific
    other = Theme.objects.exclude(pk__in=themes_of(offering)).first()
    page.themes.add(other)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    (_hard, soft), *_ = purged
    assert {keys.FINDER, keys.FEED, keys.API} <= soft


def test_a_changed_session_refreshes_every_listing(purged, django_capture_on_commit_callbacks):
    training = TrainingPage.objects.live().public().filter(sessions__isnull=False).order_by("pk").first()
    page = TrainingPage.objects.get(pk=training.pk)
    sessions = list(page.sessions.all())
    sessions[0].start_date = sessions[0].start_date.replace(year=sessions[0].start_date.year + 1)
    page.sessions = sessions
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    (_hard, soft), *_ = purged
    assert {keys.FINDER, keys.FEED, keys.API} <= soft


def test_a_first_publish_refreshes_every_listing(purged, django_capture_on_commit_callbacks):
    offering = OfferingPage.objects.live().public().order_by("pk").first()
    page = OfferingPage.objects.get(pk=offering.pk).specific
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    # An unpublish is a withdrawal: Varnish keeps no response made before it.
    assert purged.withdrawals == [True]
    purged.clear()
    purged.withdrawals.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    (_hard, soft), *_ = purged
    assert {keys.FINDER, keys.FEED, keys.API} <= soft


def test_a_check_in_a_review_round_refreshes_the_page_and_the_api(purged, django_capture_on_commit_callbacks):
    """'Nog actueel' changes no revision, but the page shows the date and the API's items
    `last_reviewed_at` (review/history.py)."""
    item = (
        ReviewItem.objects.filter(review_round__name=ROUND_NAME, status=ItemStatus.OPEN, offering__live=True)
        .order_by("pk")
        .first()
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm(item, User.objects.get(username="admin"))
    assert purged == [(set(), {keys.page_key(item.offering_id), keys.API})]
