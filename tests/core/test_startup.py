"""Process start-up: long-lived objects are kept out of full garbage collections, and
PostgreSQL connections carry the planner cost the search indexes rely on."""

import gc

import pytest
from django.db import connection

from core.startup import freeze_startup_objects


def test_freeze_moves_startup_objects_out_of_the_collected_generations():
    tracked_before = len(gc.get_objects())
    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() > 0
        assert len(gc.get_objects()) < tracked_before / 2
    finally:
        gc.unfreeze()


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL connection setting")
def test_postgres_connections_use_the_ssd_random_page_cost(settings):
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == settings.RANDOM_PAGE_COST == 1.1


@pytest.mark.parametrize("value", ["snel", "-1", "0"])
def test_a_bad_random_page_cost_is_refused_with_a_clear_message(value):
    from tests.stabiliteit.test_production_settings import import_production

    result = import_production(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/test",
        POSTGRES_RANDOM_PAGE_COST=value,
    )
    assert result.returncode != 0
    assert "POSTGRES_RANDOM_PAGE_COST must be a positive number" in result.stderr
