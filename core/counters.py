"""Counter rows that many requests bump at once (the search log, daily usage per offering)."""

from django.db import IntegrityError, transaction


def update_or_insert(rows, changes, **new_row):
    """UPDATE `rows` with `changes` (F() expressions); when no row matched, INSERT one with
    `new_row`. A concurrent request may insert that row first: the INSERT then violates the
    unique constraint and the UPDATE runs again, so no hit is lost and none is counted twice.
    Unlike QuerySet.update_or_create, this never reads the row and needs no row lock."""
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            rows.model.objects.create(**new_row)
    except IntegrityError:
        rows.update(**changes)
