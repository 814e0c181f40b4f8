"""Send bans to the front caches (Varnish with vmod xkey, deploy/varnish/stabiliteit.vcl).

A PURGE request to each cache with ``xkey-purge: <keys>`` removes every object carrying one
of the keys; ``xkey-softpurge: <keys>`` marks them expired instead, so the next visitor gets
the old copy once while Varnish fetches the new one (a few hundred milliseconds of the old
version instead of every visitor waiting for the application; deploy/varnish says how long
at most). Keys collected during a transaction are sent once, after it commits: a rolled
back change purges nothing (its keys ride along with the next commit at worst, which
costs one extra fetch).

Written here rather than with Wagtail's frontend-cache backends: those purge URLs, and a
listing shown under hundreds of URLs (every filter combination of the finder) has no URL to
purge; a cache that is down must not fail a publish, so errors are logged, not raised.
"""

import logging
import threading

import requests
from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 2
WITHDRAWAL_HEADER = "xkey-withdrawal"
_pending = threading.local()


def _sets():
    if not hasattr(_pending, "hard"):
        _pending.hard, _pending.soft, _pending.withdrawal = set(), set(), [False]
    return _pending.hard, _pending.soft, _pending.withdrawal


def schedule(hard=(), soft=(), withdrawal=False):
    """Purge `hard` keys and soft-purge `soft` keys once the current transaction commits.
    `withdrawal`: something was withdrawn (unpublished, deleted, moved, made private), so
    no response made before the commit may be kept (deploy/varnish/stabiliteit.vcl)."""
    if not settings.FRONT_CACHE_URLS:
        return
    pending_hard, pending_soft, pending_withdrawal = _sets()
    pending_hard.update(hard)
    pending_soft.update(soft)
    pending_withdrawal[0] = pending_withdrawal[0] or withdrawal
    transaction.on_commit(flush)


def flush():
    pending_hard, pending_soft, pending_withdrawal = _sets()
    hard, soft = set(pending_hard), set(pending_soft) - pending_hard
    withdrawal = pending_withdrawal[0]
    pending_hard.clear()
    pending_soft.clear()
    pending_withdrawal[0] = False
    send(hard, soft, withdrawal)


def send(hard=(), soft=(), withdrawal=False):
    for location in settings.FRONT_CACHE_URLS:
        for header, keys in (("xkey-purge", hard), ("xkey-softpurge", soft)):
            if not keys:
                continue
            headers = {header: " ".join(sorted(keys))}
            if withdrawal and header == "xkey-purge":
                headers[WITHDRAWAL_HEADER] = "1"
            try:
                response = requests.request("PURGE", location, headers=headers, timeout=TIMEOUT_SECONDS)
            except requests.RequestException as error:
                logger.error("front cache %s: %s failed: %s", location, header, error)
                continue
            if response.status_code != 200:
                logger.error("front cache %s: %s answered %s", location, header, response.status_code)
