"""The database search backend for this project: Wagtail's own, per database vendor,
with PostgreSQL's matching made index-friendly (see search/backends/postgres.py).

Configured as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database".
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as VendorSearchBackend

from search.backends.postgres import IndexedPostgresSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail loads a backend by this name)
    if connection.vendor == "postgresql":
        return IndexedPostgresSearchBackend(params)
    return VendorSearchBackend(params)
