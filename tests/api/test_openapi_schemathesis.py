"""Schemathesis against the hand-written OpenAPI document: no 5xx, every response as described.

Bounded so the suite stays fast: SCHEMATHESIS_MAX_EXAMPLES (default 15) generated
examples per operation, positive and negative. The coverage phase (boundary values for
every parameter, a few hundred requests per operation) runs with SCHEMATHESIS_COVERAGE=1.
"""

import os

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from api.openapi import build_schema

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "15"))


# Loaded from the module that serves /api/v2/openapi.json (test_openapi.py checks they are
# the same document); schemathesis' lazy fixture loader does not work with pytest 9.
CONFIG = SchemathesisConfig.from_dict(
    {"phases": {"coverage": {"enabled": os.environ.get("SCHEMATHESIS_COVERAGE") == "1"}}}
)
schema = schemathesis.openapi.from_dict(build_schema(), config=CONFIG)
schema.app = get_wsgi_application()


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
