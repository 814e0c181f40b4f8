"""A small catalogue for unit tests: one offering of each kind with every field the public
pages, links and counters use, written in the test's transaction (rolled back after it) and
indexed.

Unit tests that need "a publication with an external link" or "a training one can register
for" take `small_catalogue` instead of picking one from the demo content, so a change to the
demo cannot make them pass without checking anything (an empty queryset) or fail for a reason
of its own. The offerings sit under two demo partners (VNG and KIS), because provisioning a
partner also writes its groups and accounts (`login("vng-redacteur")`). Tests that are about
the demo itself (tests/demo/, the screenshots, the Dutch evaluation) keep using the demo.
"""

import datetime
import itertools
from dataclasses import dataclass

import pytest
from django.utils import timezone
from django.utils.html import escape
from modelsearch.index import insert_or_update_object

from offerings.dates import parse_partial_date
from offerings.models import ContactPointPage, PublicationPage, TrainingPage, TrainingSession
from partners.models import PartnerPage
from taxonomy.models import Audience, Form, Theme

_slugs = itertools.count()


def publish(page, partner="vng", themes=("inclusie",), audiences=("communicatieadviseurs",)):
    """Add `page` under the partner's section, publish it and index it (tests never commit,
    so Wagtail's on-commit indexing would not run)."""
    page.slug = page.slug or f"test-aanbod-{next(_slugs)}"
    page.themes = list(Theme.objects.filter(slug__in=themes))
    page.audiences = list(Audience.objects.filter(slug__in=audiences))
    PartnerPage.objects.get(slug=partner).add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    insert_or_update_object(page)
    return page


def publication(title, partner="vng", **fields):
    return publish(
        PublicationPage(
            title=title,
            summary="Testinhoud: een publicatie.",
            body=[("paragraph", f"<p>{escape(title)}</p>")],
            form=Form.objects.filter(kind="publicatie").order_by("sort_order").first(),
            published=parse_partial_date("2024-03"),
            external_url="https://example.org/publicatie.pdf",
            **fields,
        ),
        partner,
    )


def training(title, partner="vng", days_ahead=(40, 70), **fields):
    today = timezone.localdate()
    page = TrainingPage(
        title=title,
        summary="Testinhoud: een training met open aanmelding.",
        form=Form.objects.get(slug="workshop"),
        delivery="online",
        duration="1 dag",
        registration_url="https://example.org/aanmelden",
        **fields,
    )
    page.sessions = [
        TrainingSession(start_date=today + datetime.timedelta(days=days), online=True) for days in days_ahead
    ]
    return publish(page, partner)


def contact_point(title, partner="vng", **fields):
    return publish(
        ContactPointPage(
            title=title,
            summary="Testinhoud: een contactpunt.",
            form=Form.objects.get(slug="vraagbaak"),
            email="contact@example.org",
            form_url="https://example.org/contactformulier",
            **fields,
        ),
        partner,
    )


@dataclass
class SmallCatalogue:
    publication: PublicationPage
    training: TrainingPage
    contact_point: ContactPointPage
    other_partners_training: TrainingPage


@pytest.fixture
def small_catalogue(db):
    return SmallCatalogue(
        publication=publication("Testpublicatie over buurtgesprekken"),
        training=training("Testtraining gespreksvoering"),
        contact_point=contact_point("Testcontactpunt wijkzaken"),
        other_partners_training=training("Testtraining van een andere partner", partner="kis"),
    )
