"""A fixed-window rate limit per client in Django's cache: no third-party service.

The client address (core.clientaddress: the trusted proxy's X-Forwarded-For, else
REMOTE_ADDR) is only hashed into a cache key that expires after the window; it is never
stored with the report. The count is shared between worker processes only when the cache
is (REDIS_URL, docs/deploy.md); production's system check ops.W003 warns otherwise.

When the shared cache fails (Redis down), the limit does not fail the request nor fall
open: it counts in this process (a per-process memory cache) and says so in the log once a
minute, until Redis answers again. With Redis, the "ratelimit" cache alias is Redis without
django-redis's IGNORE_EXCEPTIONS (stabiliteit/settings/base.py), so the failure shows here.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.locmem import LocMemCache
from redis.exceptions import RedisError

from core.clientaddress import client_address

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 3600
LOG_EVERY_SECONDS = 60


class _SharedCache:
    """The "ratelimit" cache when settings define one (Redis that raises), else the default."""

    def __getattr__(self, name):
        alias = "ratelimit" if "ratelimit" in settings.CACHES else DEFAULT_CACHE_ALIAS
        return getattr(caches[alias], name)


cache = _SharedCache()
_local = LocMemCache("ratelimit-fallback", {"TIMEOUT": WINDOW_SECONDS, "OPTIONS": {"MAX_ENTRIES": 10000}})
_logged = [0.0]  # time.monotonic() of the last fallback log line


def _counts(method, *args):
    """cache.method(*args) on the shared cache, or on this process's memory when it fails."""
    try:
        return getattr(cache, method)(*args)
    except RedisError as error:
        if time.monotonic() - _logged[0] >= LOG_EVERY_SECONDS:
            _logged[0] = time.monotonic()
            logger.warning("Rate limits count per process: the shared cache failed (%s).", error)
        return getattr(_local, method)(*args)


def _key(who, scope):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{who}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def _client(request):
    return client_address(request) or "unknown"


def is_limited(request, scope, limit):
    return is_limited_for(_client(request), scope, limit)


def hit(request, scope):
    return hit_for(_client(request), scope)


def is_limited_for(who, scope, limit):
    """The same limit keyed on something else than the client, e.g. a target e-mail address
    (hashed like the address, never stored)."""
    return _counts("get", _key(who, scope), 0) >= limit


def hit_for(who, scope):
    key = _key(who, scope)
    if _counts("add", key, 1, WINDOW_SECONDS):
        return 1
    try:
        return _counts("incr", key)
    except ValueError:  # expired between add and incr
        _counts("set", key, 1, WINDOW_SECONDS)
        return 1
