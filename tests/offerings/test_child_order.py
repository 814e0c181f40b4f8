"""Child rows built in code are numbered in the order given (offerings/ordering.py), and the
upgrade numbers the rows created before without one (offerings 0015)."""

import importlib

import pytest
from django.apps import apps

from imports.writer import child_rows
from offerings.models import PublicationAuthor, PublicationPage, TrainingSession

pytestmark = pytest.mark.django_db

numbering = importlib.import_module("offerings.migrations.0015_number_unordered_child_rows")


def test_the_demo_numbers_authors_publishers_and_sessions_in_their_order():
    publication = next(p for p in PublicationPage.objects.order_by("pk") if p.authors.count() >= 2)
    assert list(publication.authors.order_by("pk").values_list("sort_order", flat=True)) == list(
        range(publication.authors.count())
    )
    assert not PublicationAuthor.objects.filter(sort_order__isnull=True).exists()
    assert not TrainingSession.objects.filter(sort_order__isnull=True).exists()


def test_an_import_numbers_the_names_in_the_cells_order():
    rows = child_rows("authors", ["B. Bakker", "A. Aydin", "C. de Wit"])
    expected = [("B. Bakker", 0), ("A. Aydin", 1), ("C. de Wit", 2)]
    assert [(row.name, row.sort_order) for row in rows] == expected


def test_the_upgrade_numbers_rows_without_a_number_after_the_numbered_ones():
    publication = next(p for p in PublicationPage.objects.order_by("pk") if p.authors.count() >= 2)
    first, *rest = publication.authors.order_by("pk")
    PublicationAuthor.objects.filter(pk__in=[row.pk for row in rest]).update(sort_order=None)
    PublicationAuthor.objects.filter(pk=first.pk).update(sort_order=5)
    numbering.number(apps, None)
    numbered = list(publication.authors.order_by("sort_order").values_list("pk", "sort_order"))
    assert numbered == [(row.pk, position) for position, row in enumerate([first, *rest])]
