"""Schemathesis against the hand-written OpenAPI document: no 5xx, every response as described.

Bounded so the suite stays fast: SCHEMATHESIS_MAX_EXAMPLES (default 15) generated
examples per operation, positive and negative. The coverage phase (boundary values for
every parameter, a few hundred requests per operation) runs with SCHEMATHESIS_COVERAGE=1.
"""

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from api.openapi import build_schema

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "15"))


# Loaded from the module that serves /api/v2/openapi.json (test_served_openapi_is_the_schema_module
# in test_feed_sitemap_structured_data.py checks they are the same document); schemathesis'
# lazy fixture loader does not work with pytest 9.
CONFIG = SchemathesisConfig.from_dict(
    {"phases": {"coverage": {"enabled": os.environ.get("SCHEMATHESIS_COVERAGE") == "1"}}}
)
schema = schemathesis.openapi.from_dict(build_schema(), config=CONFIG)
schema.app = get_wsgi_application()


@pytest.fixture(autouse=True)
def keep_test_connection_open():
    """Schemathesis calls the raw WSGI app, whose request signals would close the database
    connection (and with it the test's transaction on PostgreSQL). Django's test client
    avoids this the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_matches_its_openapi_description(case):
    case.call_and_validate()
