"""Counting through the front cache: the one rule that decides who counts a request.

Varnish (deploy/varnish/stabiliteit.vcl) answers anonymous pages from its cache, so the
application sees one request per cached copy, not one per visitor. What must be counted
per visitor (an offering's views, the finder's and site search's query log) is therefore
left to the cache when the request came through it: the response names its counting URLs
in a ``Teller`` header (``/teller/aanbod/12/``); for every visitor Varnish serves the
response to, hit or miss, it writes them to its log (``std.log`` in vcl_deliver) and
removes the header; ``manage.py count_from_cache_log`` (frontcache/cachelog.py) reads that
log through varnishncsa and replays each counting URL as that visitor's request, with the
visitor's address, user agent and method. A visitor never waits for the counting, and a
cached page stays a hit: no request reaches the application for it.

(The first design, Edge Side Includes of the counting URL, made every cached page wait for
gunicorn: under load an offering served from the cache took as long as a miss; docs/deploy.md.)

The rule (``count_or_log``): an anonymous request that came through the cache (its peer is
one of TRUSTED_PROXIES and it says ``Surrogate-Capability: ...=Teller/1``, which the VCL
sets on every request and a client cannot: Varnish overwrites it, and a header from an
untrusted peer is not believed) gets the header and is not counted itself; any other request
(make run, the tests, gunicorn reached directly, a logged-in editor, whose response the cache
never shares) is counted now. Exactly one of the two, so nothing is counted twice or not at
all. The counting URLs apply the same rules as the direct count (feedback/usage.py,
search/querylog.py).
"""

from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

from core.clientaddress import from_trusted_proxy

CAPABILITY = "Teller/1"
HEADER = "Teller"
PREFIX = "/teller/"  # every counting URL starts with it (feedback/urls.py, stabiliteit/urls.py)


def through_front_cache(request):
    """True when a trusted front cache that logs counting URLs asked for this response."""
    capability = request.META.get("HTTP_SURROGATE_CAPABILITY", "")
    return CAPABILITY in capability and from_trusted_proxy(request)


def count_or_log(request, url, count):
    """Count now (`count()`), or leave it to the front cache's log of `url`."""
    user = getattr(request, "user", None)
    if through_front_cache(request) and not (user is not None and user.is_authenticated):
        request.counted_by_cache = [*logged(request), url]
    else:
        count()


def logged(request):
    return getattr(request, "counted_by_cache", [])


def mark(request, response):
    """Name this response's counting URLs for the front cache's log."""
    if logged(request):
        response[HEADER] = " ".join(logged(request))


def counted():
    """The counting URL's answer: empty, never kept by any cache."""
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    return response


def refused():
    """Bad input to a counting URL: 400, saying nothing about what exists."""
    response = HttpResponse("Ongeldige teller.", status=400, content_type="text/plain; charset=utf-8")
    add_never_cache_headers(response)
    return response
