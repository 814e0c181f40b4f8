"""A fixed-window rate limit per client in Django's cache: no third-party service.

The client address (core.clientaddress: the trusted proxy's X-Forwarded-For, else
REMOTE_ADDR) is only hashed into a cache key that expires after the window; it is never
stored with the report. The count is shared between worker processes only when the cache
is (REDIS_URL, docs/deploy.md); production's system check ops.W003 warns otherwise.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from core.clientaddress import client_address

WINDOW_SECONDS = 3600


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
    return cache.get(_key(who, scope), 0) >= limit


def hit_for(who, scope):
    key = _key(who, scope)
    if cache.add(key, 1, WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return 1
