import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from alerts.models import Frequency, Subscription


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def catalogue_published_a_month_ago(db):
    """The demo content was published when the test database was made; move that back so
    only what a test publishes counts as new."""
    from wagtail.models import Page

    Page.objects.exclude(last_published_at=None).update(
        last_published_at=timezone.now() - datetime.timedelta(days=30)
    )


def republish(page):
    """Publish a new revision of an offering, as an editor would (last_published_at = now)."""
    page = page.specific
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def confirmed(query, frequency=Frequency.DAILY, email="ambtenaar@gemeente.example", age_days=2):
    since = timezone.now() - datetime.timedelta(days=age_days)
    return Subscription.objects.create(
        email=email,
        query=query,
        frequency=frequency,
        confirmed_at=since,
        checked_until=since,
    )
