"""Counting through the front cache: the one rule that decides who counts a request.

Varnish (deploy/varnish/stabiliteit.vcl) answers anonymous pages from its cache, so the
application sees one request per cached copy, not one per visitor. What must be counted
per visitor (an offering's views, the finder's and site search's query log) is therefore
left to the cache when the request came through it: the page carries a tiny
``<esi:include src="/teller/...">`` and ``Surrogate-Control: content="ESI/1.0"``, and
Varnish fetches that uncacheable counting URL for every visitor it serves the copy to
(Edge Side Includes, Varnish's own means: no JavaScript, no cookie).

The rule (``count_or_include``): a request that came through the cache (its peer is one of
TRUSTED_PROXIES and it says ``Surrogate-Capability: ...=ESI/1.0``, which the VCL sets on
every request and a client cannot: Varnish overwrites it, and a header from an untrusted
peer is not believed) gets the include and is not counted itself; any other request (make
run, the tests, gunicorn reached directly) is counted now and gets no include. Exactly one
of the two, so nothing is counted twice or not at all. The counting URLs apply the same
rules as the direct count (feedback/usage.py, search/querylog.py).
"""

from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html_join

from core.clientaddress import from_trusted_proxy

CAPABILITY = "ESI/1.0"
CONTROL_HEADER = "Surrogate-Control"
CONTROL = 'content="ESI/1.0"'


def through_front_cache(request):
    """True when a trusted front cache that processes ESI asked for this response."""
    capability = request.META.get("HTTP_SURROGATE_CAPABILITY", "")
    return CAPABILITY in capability and from_trusted_proxy(request)


def count_or_include(request, url, count):
    """Count now (`count()`), or leave it to the front cache's include of `url`."""
    if through_front_cache(request):
        request.surrogate_includes = [*includes(request), url]
    else:
        count()


def includes(request):
    return getattr(request, "surrogate_includes", [])


def markup(request):
    """The include tags for the page (empty without a front cache)."""
    return format_html_join("", '<esi:include src="{}"/>', ((url,) for url in includes(request)))


def mark(request, response):
    """Tell the front cache to process the includes of this response."""
    if includes(request) and response.get("Content-Type", "").startswith("text/html"):
        response[CONTROL_HEADER] = CONTROL


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
