"""offerings 0014 repairs installations that ran the first 0006 (issue 21): people named as a
publisher with the real organisation as its abbreviation, and several people kept in one
author entry, are split into authors and the organisation, in pages and stored revisions;
publications that were right stay as they are."""

import importlib

import pytest
from django.apps import apps

from offerings.models import PublicationAuthor, PublicationPage, PublicationPublisher
from partners.models import Organisation

repair = importlib.import_module("offerings.migrations.0014_repair_people_named_as_publishers")

pytestmark = pytest.mark.django_db


def credits(page):
    return (
        [a.name for a in page.authors.all()],
        [p.organisation.name for p in page.publishers.all()],
    )


def broken(page, authors=(), publishers=()):
    """The page (and a revision of it) as the first 0006 left it."""
    page.authors = [PublicationAuthor(name=name) for name in authors]
    page.publishers = [PublicationPublisher(organisation=organisation) for organisation in publishers]
    page.save()
    page.save_revision()
    return page


def test_people_named_as_publisher_become_authors_and_the_organisation_stays():
    movisie = Organisation.objects.get(name="Movisie")
    pages = list(PublicationPage.objects.order_by("pk")[:6])
    # "M. de Boer en K. Yilmaz (Movisie)": Movisie exists, so the wrong row merges into it.
    wrong_movisie = Organisation.objects.create(name="M. de Boer en K. Yilmaz", abbreviation="Movisie")
    broken(pages[0], publishers=[wrong_movisie])
    # "S. Öztürk & P. de Wit (NJi)": no NJi yet, so the wrong row is renamed in place.
    wrong_nji = Organisation.objects.create(
        name="S. Öztürk & P. de Wit", abbreviation="NJi", website="https://nji.nl"
    )
    broken(pages[1], authors=["J. Smit"], publishers=[wrong_nji])
    # Texts the first 0006 kept whole as one author entry.
    broken(pages[2], authors=["A. Jansen, B. van der Smit & Karin Bakker"])
    broken(pages[3], authors=["M. de Boer (Nederlands Jeugdinstituut)"])
    # Right as they are: an organisation that publishes alone, a text that is not only people.
    broken(pages[4], publishers=[movisie])
    broken(pages[5], authors=["L. Hoogendam en R. Bakri (fictieve onderzoekers), in opdracht van BZK"])

    repair.forward(apps, None)

    expected = [
        (["M. de Boer", "K. Yilmaz"], ["Movisie"]),
        (["S. Öztürk", "P. de Wit", "J. Smit"], ["NJi"]),
        (["A. Jansen", "B. van der Smit", "Karin Bakker"], []),
        (["M. de Boer"], ["Nederlands Jeugdinstituut"]),
        ([], ["Movisie"]),
        (["L. Hoogendam en R. Bakri (fictieve onderzoekers), in opdracht van BZK"], []),
    ]
    for page, (authors, publishers) in zip(pages, expected, strict=True):
        page = PublicationPage.objects.get(pk=page.pk)
        assert credits(page) == (authors, publishers), page.title
        # The stored revision (what an editor opens and publishes) says the same.
        assert credits(page.get_latest_revision_as_object()) == (authors, publishers), page.title
    assert not Organisation.objects.filter(pk=wrong_movisie.pk).exists()
    wrong_nji.refresh_from_db()
    assert (wrong_nji.name, wrong_nji.abbreviation, wrong_nji.website) == ("NJi", "", "https://nji.nl")
    assert not Organisation.objects.filter(name__contains="Boer").exists()


def test_a_database_the_fixed_migration_wrote_is_left_alone():
    before = {
        page.pk: (credits(page), page.latest_revision.content if page.latest_revision else None)
        for page in PublicationPage.objects.all()
    }
    organisations = list(Organisation.objects.order_by("pk").values())
    repair.forward(apps, None)
    after = {
        page.pk: (credits(page), page.latest_revision.content if page.latest_revision else None)
        for page in PublicationPage.objects.all()
    }
    assert after == before
    assert list(Organisation.objects.order_by("pk").values()) == organisations
