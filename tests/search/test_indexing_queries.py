"""Indexing reads an offering's relations from one prefetch, not a query per offering."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch import index

from offerings.models import ContactPointPage, PublicationPage, TrainingPage

pytestmark = pytest.mark.django_db


def prepare(model, limit):
    """What a backend does per chunk: load the objects, then read every indexed value."""
    fields = [f for f in model.get_search_fields() if not isinstance(f, index.RelatedFields)]
    with CaptureQueriesContext(connection) as queries:
        objects = list(model.get_indexed_objects().order_by("pk")[:limit])
        values = [[field.get_value(obj) for field in fields] for obj in objects]
    return len(objects), values, len(queries)


@pytest.mark.parametrize("model", [PublicationPage, TrainingPage, ContactPointPage])
def test_indexing_query_count_does_not_grow_with_the_number_of_offerings(model):
    few, _, queries_few = prepare(model, 2)
    many, values, queries_many = prepare(model, 50)
    assert many > few
    assert queries_many == queries_few
    assert any(row for row in values)


def test_indexed_values_read_the_relations():
    page = ContactPointPage.objects.filter(themes__isnull=False, partner__isnull=False).first()
    indexed = ContactPointPage.get_indexed_objects().get(pk=page.pk)
    assert indexed.theme_ids() == [t.pk for t in page.themes.all()]
    assert page.partner.abbreviation.lower() in indexed.search_body()
