"""Property test: for random finder searches and random catalogue changes, an alert
mails exactly the changed offerings that the finder itself returns for that search
(GOV.UK's finder mailed a different set than it showed for years; this guards against
that here), and a second computation mails nothing again.

Oracle: one run_finder call with the original FinderQuery object and the set of offerings
this example changed, computed independently of the alert's storage, paging and
"changed since" filtering."""

import datetime

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts.models import Subscription
from alerts.queries import canonical
from alerts.sending import changes_to_send, send_alert
from offerings.models import OfferingPage, TrainingSession
from search.finder import run_finder
from search.params import FinderQuery
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db

WORDS = ["", "", "radicalisering", "jongeren", "polarisatie", "gesprek", "training", "buurt"]
CHANGES = ["herpubliceer", "thema", "titel", "depubliceer", "verloop"]
FACET_OPTIONS = {}


def facet_options():
    """Every facet's value slugs, read from the finder's own (public) facets."""
    if not FACET_OPTIONS:
        for facet in run_finder(FinderQuery(), offset=0, limit=1).facets:
            FACET_OPTIONS[facet.name] = [value.slug for value in facet.values]
    return FACET_OPTIONS


@st.composite
def finder_queries(draw):
    options = facet_options()
    filters = {}
    for name in draw(st.lists(st.sampled_from(sorted(options)), max_size=3, unique=True)):
        if options[name]:
            filters[name] = tuple(
                draw(st.lists(st.sampled_from(options[name]), min_size=1, max_size=3, unique=True))
            )
    return FinderQuery(
        q=draw(st.sampled_from(WORDS)),
        filters=filters,
        include_expired=draw(st.booleans()),
        sort=draw(st.sampled_from(["relevantie", "nieuw", "titel"])),
    )


@st.composite
def catalogue_changes(draw):
    themes = facet_options()["thema"]
    return draw(
        st.lists(
            st.tuples(
                st.integers(min_value=0, max_value=10_000),
                st.sampled_from(CHANGES),
                st.lists(st.sampled_from(themes), min_size=1, max_size=3, unique=True),
                st.sampled_from(WORDS[2:]),
            ),
            min_size=1,
            max_size=5,
        )
    )


def apply_change(page, change, theme_slugs, word):
    page = page.specific
    if change == "depubliceer":
        page.unpublish()
        return
    if change == "thema":
        page.themes.set(Theme.objects.filter(slug__in=theme_slugs))
    elif change == "titel":
        page.title = f"{page.title} {word}"[:255]
    elif change == "verloop" and page.kind == "training":
        today = timezone.localdate()
        page.sessions = [
            TrainingSession(
                start_date=today - datetime.timedelta(days=30), end_date=today - datetime.timedelta(days=1)
            )
        ]
    page.save_revision().publish()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=finder_queries(), changes=catalogue_changes())
def test_alert_sends_what_the_finder_finds_among_the_changes(query, changes):
    live = list(OfferingPage.objects.live().order_by("pk"))
    with transaction.atomic():
        savepoint = transaction.savepoint()
        mail.outbox = []
        since = timezone.now() - datetime.timedelta(milliseconds=1)
        changed = set()
        for index, change, theme_slugs, word in changes:
            page = OfferingPage.objects.get(pk=live[index % len(live)].pk)
            apply_change(page, change, theme_slugs, word)
            changed.add(page.pk)
        until = timezone.now()
        subscription = Subscription.objects.create(
            email="property@gemeente.example",
            query=canonical(query),
            frequency="dagelijks",
            confirmed_at=since,
            checked_until=since,
        )

        alert = {page.pk for page in changes_to_send(subscription, until)}
        found = {item.pk for item in run_finder(query, offset=0, limit=100_000).items}
        assert alert == found & changed

        # Sending mails that set once; the same window computed again mails nothing.
        assert send_alert(subscription, until) == len(alert)
        assert len(mail.outbox) == (1 if alert else 0)
        Subscription.objects.filter(pk=subscription.pk).update(checked_until=since)
        subscription.refresh_from_db()
        assert changes_to_send(subscription, until) == []
        transaction.savepoint_rollback(savepoint)
