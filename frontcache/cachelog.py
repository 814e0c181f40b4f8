"""Counting per visitor from the front cache's log (core/surrogate.py has the rule).

Varnish writes the counting URLs of every response it delivers to its shared-memory log
(vcl_deliver: ``std.log("teller:" + ...)``). varnishncsa, Varnish's own log reader, prints
those deliveries as JSON lines (its ``-j`` escaping; the format is FORMAT below) and
``manage.py count_from_cache_log`` replays each counting URL here as the visitor's own
request: its method, the address Varnish saw it from with the X-Forwarded-For chain it
passed on (so core/clientaddress.py finds the same client as for a direct request), and
its user agent, never logged in (the cache shares no response of a logged-in user). The
counting views then apply the rules of every count: robots, once per client and day, the
hourly limit of the search log, signed search tokens.

Read from the log rather than from an Edge Side Include, so no cached page waits for the
application. The cost: a visit served while this reader is stopped is not counted
(varnishncsa reads the log as it is written; it does not keep a position).
"""

import json
import logging

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.urls import Resolver404, resolve

from core import surrogate

logger = logging.getLogger(__name__)

LOG_KEY = "teller"  # std.log("teller:...") in deploy/varnish/stabiliteit.vcl
QUERY = f"VCL_Log:{LOG_KEY}"  # only the deliveries that carry counting URLs
FORMAT = (
    '{"counting": "%{VCL_Log:' + LOG_KEY + '}x", "method": "%m", "peer": "%h", '
    '"forwarded": "%{X-Forwarded-For}i", "agent": "%{User-Agent}i"}'
)
ABSENT = "-"  # what varnishncsa prints for a header the request did not have
MAX_URLS_PER_LINE = 8  # a page names one or two; more is not a page of this site


def varnishncsa_command(varnishncsa="varnishncsa", name=None):
    """The varnishncsa command line that prints the counting deliveries of instance `name`."""
    command = [varnishncsa, "-j", "-q", QUERY, "-F", FORMAT]
    return [*command, "-n", name] if name else command


def visitor_request(entry):
    """The visitor's request as the application would have seen it behind the cache."""
    request = HttpRequest()
    request.method = entry["method"]
    request.META["REMOTE_ADDR"] = entry["peer"]
    for key, field in (("HTTP_X_FORWARDED_FOR", "forwarded"), ("HTTP_USER_AGENT", "agent")):
        if entry[field] not in ("", ABSENT):
            request.META[key] = entry[field]
    request.user = AnonymousUser()
    return request


def parse(line):
    """The delivery of one log line, or None when the line is not one of FORMAT."""
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    fields = ("counting", "method", "peer", "forwarded", "agent")
    if not isinstance(entry, dict) or not all(isinstance(entry.get(field), str) for field in fields):
        return None
    return entry


def counting_view(url):
    """The counting view `url` resolves to, or None (the site's pages are no counting URLs,
    even when a catch-all route would serve them)."""
    try:
        match = resolve(url)
    except Resolver404:
        return None
    return match if f"/{match.route}".startswith(surrogate.PREFIX) else None


def replay(line):
    """Count what one log line says was delivered; returns the number of URLs replayed."""
    entry = parse(line)
    if entry is None:
        logger.warning("Regel uit het cachelog niet gelezen: %.200r", line)
        return 0
    replayed = 0
    for url in entry["counting"].split()[:MAX_URLS_PER_LINE]:
        match = counting_view(url)
        if match is None:
            logger.warning("Onbekende teller in het cachelog: %.200s", url)
            continue
        match.func(visitor_request(entry), *match.args, **match.kwargs)
        replayed += 1
    return replayed
