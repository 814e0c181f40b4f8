"""offerings 0005-0007 move the single "Auteur(s) of uitgever" text and the full date into the
bibliographic fields without losing anything, in pages and in stored revisions, and back.

Runs the real migrations backwards and forwards on the demo database inside the test's
transaction, which needs transactional DDL: PostgreSQL (CI's second pass). SQLite's schema
editor cannot run inside a transaction, so there the test is skipped with that reason.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from offerings.models import PublicationPage
from partners.models import Organisation

BEFORE = [("offerings", "0004_search_stems")]


def latest():
    """Every app's latest migration: later offerings migrations (and other apps' that
    depend on them) must be back too before the current models are used again."""
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs transactional DDL (PostgreSQL); runs in CI's PostgreSQL pass",
)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db
def test_old_author_texts_and_dates_survive_the_round_trip():
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    pages = list(PublicationPage.objects.order_by("pk")[:6])
    people, nctv, partner, unchanged, with_organisation, three_people = pages
    nctv_revision_page = nctv.pk
    before = {page.pk: page.published for page in PublicationPage.objects.all()}
    partner_credit = partner.credit

    # Back to the single text field: it is rebuilt from the authors, else the publishers.
    old_apps = migrate(BEFORE)
    OldPage = old_apps.get_model("offerings", "PublicationPage")
    assert OldPage.objects.get(pk=partner.pk).authors == partner_credit
    assert OldPage.objects.get(pk=unchanged.pk).published_on == before[unchanged.pk].first_day

    # Texts as editors typed them before this change.
    texts = {
        people.pk: "L. Hoogendam en R. Bakri (fictieve onderzoekers), in opdracht van BZK",
        nctv.pk: "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)",
        partner.pk: "Vereniging van Nederlandse Gemeenten",
        # Issue 21: the release of 29 Nov made "M. de Boer en K. Yilmaz" the publisher.
        with_organisation.pk: "M. de Boer en K. Yilmaz (Movisie)",
        three_people.pk: "A. Jansen, B. van der Smit & Karin Bakker",
    }
    for pk, text in texts.items():
        OldPage.objects.filter(pk=pk).update(authors=text)
    Revision = old_apps.get_model("wagtailcore", "Revision")
    revision = Revision.objects.filter(object_id=str(nctv_revision_page)).order_by("-pk").first()
    revision.content = {**revision.content, "authors": texts[nctv.pk], "published_on": "2023-10-05"}
    for key in ("published", "publishers", "commissioners", "editions"):
        revision.content.pop(key, None)
    revision.save()

    # Forward again.
    migrate(latest())
    people_page = PublicationPage.objects.get(pk=people.pk)
    assert [a.name for a in people_page.authors.all()] == [texts[people.pk]]  # kept whole, not guessed
    assert not people_page.publishers.exists()
    nctv_page = PublicationPage.objects.get(pk=nctv.pk)
    nctv_org = nctv_page.publishers.get().organisation
    assert (nctv_org.name, nctv_org.abbreviation) == (
        "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
        "NCTV",
    )
    movisie = PublicationPage.objects.get(pk=with_organisation.pk)
    assert [a.name for a in movisie.authors.order_by("sort_order")] == ["M. de Boer", "K. Yilmaz"]
    assert [p.organisation.name for p in movisie.publishers.all()] == ["Movisie"]
    assert not Organisation.objects.filter(name__icontains="de Boer").exists()
    trio = PublicationPage.objects.get(pk=three_people.pk)
    names = [a.name for a in trio.authors.order_by("sort_order")]
    assert names == ["A. Jansen", "B. van der Smit", "Karin Bakker"]
    assert not trio.publishers.exists()
    partner_page = PublicationPage.objects.get(pk=partner.pk)
    assert partner_page.publishers.get().organisation == Organisation.objects.get(partner__abbreviation="VNG")
    # Full dates keep their day; a year or month (new since 0005) comes back as its first day.
    after = {page.pk: page.published for page in PublicationPage.objects.all()}
    assert {pk: after[pk] for pk, date in before.items() if date.day} == {
        pk: date for pk, date in before.items() if date.day
    }
    assert {pk: after[pk].first_day for pk in before} == {pk: date.first_day for pk, date in before.items()}

    # The converted revision opens and publishes with its publisher and date.
    revision = nctv_page.revisions.order_by("-pk").first()
    draft = revision.as_object()
    assert [link.organisation for link in draft.publishers.all()] == [nctv_org]
    assert draft.published == "2023-10-05"
    assert draft.published.label == "5 oktober 2023"
