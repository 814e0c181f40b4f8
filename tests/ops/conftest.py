import os
import uuid

import pytest

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def required(service):
    """CI (CI=true) and REQUIRE_<SERVICE>=1 turn a missing service into a failure."""
    return os.environ.get("CI") == "true" or os.environ.get(f"REQUIRE_{service}") == "1"


@pytest.fixture
def redis_location():
    """A reachable Redis for tests; fails in CI when there is none (.ci/redis.sh starts it)."""
    import redis

    try:
        redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        message = f"Redis at {REDIS_TEST_URL} is not reachable ({error}); start it with `make redis`"
        if required("REDIS"):
            pytest.fail(message)
        pytest.skip(message)
    return REDIS_TEST_URL


@pytest.fixture
def redis_prefix():
    """A key prefix of this test alone (the Redis server may be shared)."""
    return f"test-{uuid.uuid4().hex}"
