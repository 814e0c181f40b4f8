"""Helpers for search tests: create and index an offering inside the test's transaction.

Wagtail indexes saved pages in a task that runs on commit; tests never commit, so
make_offering indexes explicitly.
"""

import datetime
import itertools

import pytest
from django.utils import timezone
from django.utils.html import escape
from modelsearch.index import insert_or_update_object

from offerings.models import ContactPointPage, TrainingPage, TrainingSession
from partners.models import PartnerPage
from taxonomy.models import Audience, Form, Theme
from tests.catalogue_fixture import publish

_counter = itertools.count()


@pytest.fixture
def make_offering(db):
    def _make(title, summary="Demo-inhoud voor een test.", body="", themes=("inclusie",), partner="vng"):
        page = ContactPointPage(
            title=title,
            slug=f"test-aanbod-{next(_counter)}",
            summary=summary,
            body=[("paragraph", f"<p>{escape(body)}</p>")] if body else [],
            form=Form.objects.get(slug="vraagbaak"),
            email="test@example.org",
        )
        return publish(page, partner, themes)

    return _make


@pytest.fixture
def training_with_two_sessions(db):
    """A live training with one-day sessions 40 and 70 days from today, indexed."""
    today = timezone.localdate()
    page = TrainingPage(
        title="Training met twee data",
        slug=f"test-aanbod-{next(_counter)}",
        summary="Demo-inhoud: dezelfde training op twee data.",
        form=Form.objects.get(slug="workshop"),
        delivery="online",
        duration="1 dag",
    )
    page.sessions = [
        TrainingSession(start_date=today + datetime.timedelta(days=days), online=True) for days in (70, 40)
    ]
    page.themes = list(Theme.objects.filter(slug="inclusie"))
    page.audiences = list(Audience.objects.filter(slug="communicatieadviseurs"))
    PartnerPage.objects.get(slug="vng").add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    insert_or_update_object(page)
    return page
