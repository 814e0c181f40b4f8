"""Queries built once per shape (core/prepared.py): each use binds its own values, the SQL
is built once, and a value Django cannot bind is refused rather than answered wrongly."""

import datetime

import pytest
from wagtail.models import Page

from core.prepared import Prepared

pytestmark = pytest.mark.django_db


class Counting:
    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, **values):
        self.calls += 1
        return self.build(**values)


def test_each_use_binds_its_own_values_with_the_sql_built_once():
    build = Counting(
        lambda pks, slug, day: (
            Page.objects.filter(pk__in=pks, slug__gt=slug, first_published_at__date__gte=day)
            .order_by("pk")
            .values("pk", "slug")
        )
    )
    query = Prepared(build)
    pages = list(Page.objects.live().filter(depth__gt=2).order_by("pk")[:6])
    day = datetime.date(2000, 1, 1)
    for chosen in (pages[:3], pages[3:]):
        rows = query.rows("shape", {"pks": [p.pk for p in chosen], "slug": "", "day": day})
        assert rows == [{"pk": p.pk, "slug": p.slug} for p in chosen]
    assert build.calls == 2  # built once, with two sets of stand-ins
    query.rows("shape", {"pks": [pages[0].pk], "slug": "", "day": day})  # another number of ids
    assert build.calls == 4
    assert query.rows("shape", {"pks": [pages[0].pk], "slug": "zzzz", "day": day}) == []
    assert query.rows("shape", {"pks": [pages[0].pk], "slug": "", "day": datetime.date(9999, 1, 1)}) == []
    assert build.calls == 4


def test_a_none_is_built_for_that_use_only():
    build = Counting(lambda parent: Page.objects.filter(locked_by=parent).values("pk"))
    query = Prepared(build)
    assert len(query.rows("shape", {"parent": None})) == Page.objects.filter(locked_by=None).count()
    assert len(query.rows("shape", {"parent": None})) > 0
    assert build.calls == 2


def test_a_value_that_is_not_a_parameter_of_its_own_is_refused():
    query = Prepared(lambda prefix: Page.objects.filter(path__startswith=prefix).values("pk"))
    with pytest.raises(ValueError, match="not a parameter of its own"):
        query.rows("shape", {"prefix": "0001"})


def test_a_constant_of_the_query_equal_to_a_stand_in_stays_a_constant():
    page = Page.objects.filter(depth__gt=1).order_by("pk").first()
    query = Prepared(lambda pk: Page.objects.filter(pk=pk).exclude(depth__in=[30002, 31002]).values("pk"))
    assert query.rows("shape", {"pk": page.pk}) == [{"pk": page.pk}]
    assert query.rows("shape", {"pk": 30002}) == []


def test_rows_give_values_as_the_queryset_does():
    """Through the backend's and the fields' converters: on SQLite a datetime column comes
    from the cursor as a naive datetime, which the queryset makes aware."""
    pages = Page.objects.filter(first_published_at__isnull=False).order_by("pk")
    page = pages.first()
    prepared = Prepared(lambda pk: Page.objects.filter(pk=pk).values_list("pk", "first_published_at", "live"))
    (row,) = prepared.rows(None, {"pk": page.pk})
    assert list(row.values()) == [page.pk, page.first_published_at, page.live]
    assert row["first_published_at"].tzinfo is not None
