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


def _key(request, scope):
    address = client_address(request) or "unknown"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def is_limited(request, scope, limit):
    return cache.get(_key(request, scope), 0) >= limit


def hit(request, scope):
    key = _key(request, scope)
    if cache.add(key, 1, WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return 1
