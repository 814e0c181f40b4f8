"""Rate limits hold across worker processes only with a shared cache (issue 12 F).

Each "worker" is a cache backend instance of its own, as in a separate process: its own
Redis connection pool, or its own process memory for the local cache. Requests go round
the workers as gunicorn's would.
"""

import itertools
import os
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

from insight.models import MissingOfferReport
from tests.stabiliteit.test_production_settings import ROOT

URL = "/mist-u-iets/"
WORKERS = 3


def flood(client, workers, posts=50):
    before = MissingOfferReport.objects.count()
    cycle = itertools.cycle(workers)
    statuses = []
    for n in range(posts):
        with mock.patch("core.ratelimit.cache", next(cycle)):
            response = client.post(
                URL,
                {"description": f"Melding nummer {n} over een ontbrekende training"},
                REMOTE_ADDR="203.0.113.5",
            )
        statuses.append(response.status_code)
    return MissingOfferReport.objects.count() - before, statuses


@pytest.mark.django_db
def test_a_flood_over_several_workers_is_limited_once_with_redis(client, redis_location, redis_prefix):
    workers = [RedisCache(redis_location, {"KEY_PREFIX": redis_prefix}) for _ in range(WORKERS)]
    try:
        stored, statuses = flood(client, workers)
        assert stored == settings.MISSING_OFFER_MAX_PER_HOUR
        assert statuses.count(429) == 50 - settings.MISSING_OFFER_MAX_PER_HOUR
    finally:
        forget(redis_location, redis_prefix)


@pytest.mark.django_db
def test_with_per_process_caches_each_worker_counts_on_its_own(client):
    """What production's check ops.W003 warns about: 3 workers let 3 times the limit in."""
    workers = [LocMemCache(f"worker-{n}", {}) for n in range(WORKERS)]
    stored, _statuses = flood(client, workers)
    assert stored == WORKERS * settings.MISSING_OFFER_MAX_PER_HOUR


def forget(location, prefix):
    import redis

    client = redis.Redis.from_url(location)
    for key in client.scan_iter(match=f"{prefix}:*"):
        client.delete(key)


def test_redis_url_configures_djangos_redis_cache(redis_location, redis_prefix):
    """django-redis: the default cache skips a failing Redis (IGNORE_EXCEPTIONS), the rate
    limiter's alias does not (it counts per process then; tests/ops/test_fault_redis.py)."""
    probe = (
        "from django.conf import settings; from django.core.cache import cache, caches; "
        "cache.set('probe', 41); cache.incr('probe'); "
        "print(settings.CACHES['default']['BACKEND'], cache.get('probe'), "
        "settings.CACHES['default']['OPTIONS']['IGNORE_EXCEPTIONS'], "
        "'IGNORE_EXCEPTIONS' in settings.CACHES['ratelimit']['OPTIONS'], caches['ratelimit'].get('probe'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {probe}"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "stabiliteit.settings.test",
            "REDIS_URL": redis_location,
            "CACHE_KEY_PREFIX": redis_prefix,
        },
        capture_output=True,
        text=True,
    )
    forget(redis_location, redis_prefix)
    expected = ["django_redis.cache.RedisCache", "42", "True", "False", "42"]
    assert result.stdout.split() == expected, result.stderr
