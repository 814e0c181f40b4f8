"""Cache-Control and xkey on every response: the application says what a shared cache may keep.

Varnish (deploy/varnish/stabiliteit.vcl) caches what this middleware marks public and
nothing else; it knows no URLs of the site. A response may be cached when it is the answer
to an anonymous GET/HEAD, has status 200, sets no cookie, is no preview and is no document
download (a document's collection can become private; downloads are not worth the risk).
Then it gets ``Cache-Control: public, max-age=<browser>, s-maxage=<FRONT_CACHE_TTL>``
(unless the view chose its own public Cache-Control, as the API's does) and an ``xkey``
header with its keys (frontcache/keys.py), by which a change bans it. Everything else gets
``private, no-cache`` when nothing stricter was set (a 304 is left alone: a cache merges its
headers into the copy it revalidated).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from core import surrogate
from frontcache import keys
from search import listingscope

NOT_CACHED_URL_NAMES = {"wagtaildocs_serve", "wagtaildocs_serve_authenticated"}
# Cache-Control directives that forbid a shared cache to keep the response.
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


def may_be_cached(request, response):
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.cookies or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in NOT_CACHED_URL_NAMES:
        return False
    chosen = response.get("Cache-Control", "").lower()
    return not any(directive in chosen for directive in PRIVATE_DIRECTIVES)


class FrontCacheHeaders:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        surrogate.mark(request, response)  # counting includes for the cache to process
        if may_be_cached(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(
                    response,
                    public=True,
                    max_age=settings.FRONT_CACHE_BROWSER_MAX_AGE,
                    s_maxage=settings.FRONT_CACHE_TTL,
                )
            if getattr(request, "resolver_match", None) is not None:
                # Responses of the application (static files never reach URL resolution).
                collected = {keys.SITE, *keys.collected(request)}
                if collected.intersection(keys.SCOPED_KINDS):
                    collected |= keys.scope_keys(listingscope.of(request))
                response[keys.HEADER] = " ".join(sorted(collected))
        elif response.status_code != 304:  # a 304 refreshes a kept copy: its headers merge in
            if response.has_header(keys.HEADER):
                del response[keys.HEADER]
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        keys.tag_view(request, request.resolver_match)
