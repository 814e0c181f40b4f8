"""How far a task has come with a pending import, for the progress page.

Kept in the cache (Redis in production, shared by the web and worker processes), not in the
database: the writing pass runs in one transaction, whose row updates the web process would
only see when everything is done.
"""

from django.core.cache import cache

TIMEOUT = 24 * 60 * 60


def _key(pending_id):
    return f"imports:progress:{pending_id}"


def report(pending_id, done, total):
    cache.set(_key(pending_id), (done, total), TIMEOUT)


def get(pending_id):
    """(done, total), or None before the task has started."""
    value = cache.get(_key(pending_id))
    return tuple(value) if value else None


def forget(pending_id):
    cache.delete(_key(pending_id))
