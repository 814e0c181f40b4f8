"""Helpers for search tests: create and index an offering inside the test's transaction.

Wagtail indexes saved pages in a task that runs on commit; tests never commit, so
make_offering indexes explicitly.
"""

import itertools

import pytest
from django.utils.html import escape
from modelsearch.index import insert_or_update_object

from offerings.models import ContactPointPage
from partners.models import PartnerPage
from taxonomy.models import Audience, Form, Theme

_counter = itertools.count()


@pytest.fixture
def make_offering(db):
    def _make(title, summary="Demo-inhoud voor een test.", body="", themes=("inclusie",), partner="vng"):
        parent = PartnerPage.objects.get(slug=partner)
        page = ContactPointPage(
            title=title,
            slug=f"test-aanbod-{next(_counter)}",
            summary=summary,
            body=[("paragraph", f"<p>{escape(body)}</p>")] if body else [],
            form=Form.objects.get(slug="vraagbaak"),
            email="test@example.org",
        )
        page.themes = list(Theme.objects.filter(slug__in=themes))
        page.audiences = list(Audience.objects.filter(slug="communicatieadviseurs"))
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        insert_or_update_object(page)
        return page

    return _make
