"""Pages read by key with their SQL built once (core/rows.py `read_in_bulk`): the same whole
instances and related objects as `select_related(...).in_bulk(...)`, no query for what was
read with them, and no SQL built again for another set of keys of the same number."""

from unittest import mock

import pytest
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext

from core.rows import read_in_bulk
from handbook.models import HandbookChapterPage
from offerings.models import OfferingPage, PublicationPage

pytestmark = pytest.mark.django_db


def fields_of(instance):
    return {field.attname: getattr(instance, field.attname) for field in type(instance)._meta.concrete_fields}


@pytest.mark.parametrize(
    ("model", "related"),
    [(PublicationPage, ("form",)), (PublicationPage, ("form", "partner")), (HandbookChapterPage, ("phase",))],
)
def test_the_instances_are_those_select_related_in_bulk_makes(model, related):
    ids = list(model.objects.order_by("pk").values_list("pk", flat=True)[:4])
    expected = model.objects.select_related(*related).in_bulk(ids)
    found = read_in_bulk(model, [*ids, ids[0]], related)
    assert list(found) == ids or set(found) == set(ids)
    for pk, instance in found.items():
        assert type(instance) is model
        assert instance.get_deferred_fields() == set()
        assert fields_of(instance) == fields_of(expected[pk])
        with CaptureQueriesContext(connection) as captured:
            for name in related:
                mine, theirs = getattr(instance, name), getattr(expected[pk], name)
                assert (mine and fields_of(mine)) == (theirs and fields_of(theirs))
        assert len(captured) == 0, "a related object was read again"


def test_a_missing_foreign_key_is_none_and_a_missing_key_absent():
    offering = OfferingPage.objects.filter(partner__isnull=False).order_by("pk").first().specific
    type(offering).objects.filter(pk=offering.pk).update(partner=None)
    found = read_in_bulk(type(offering), [offering.pk, 10**9], ("form", "partner"))
    assert list(found) == [offering.pk]
    with CaptureQueriesContext(connection) as captured:
        assert found[offering.pk].partner is None
        assert found[offering.pk].form.pk == offering.form_id
    assert len(captured) == 0
    assert read_in_bulk(PublicationPage, []) == {}


def test_the_sql_is_built_once_per_number_of_keys():
    ids = list(PublicationPage.objects.order_by("pk").values_list("pk", flat=True)[:4])
    read_in_bulk(PublicationPage, ids[:2], ("form",))
    with mock.patch.object(SQLCompiler, "as_sql", side_effect=AssertionError("SQL built again")):
        found = read_in_bulk(PublicationPage, ids[2:], ("form",))
    assert set(found) == set(ids[2:])
    assert {pk: page.form_id for pk, page in found.items()} == dict(
        PublicationPage.objects.filter(pk__in=ids[2:]).values_list("pk", "form_id")
    )
