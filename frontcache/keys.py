"""The cache keys (Varnish xkey) a public response carries, and what they stand for.

One key per page and per kind of listing, so a change bans exactly the responses that show
it (frontcache/changes.py says which keys a change purges; docs/deploy.md, "Front cache"):

- ``p<id>``: the page itself (its HTML page, its API detail, the feed of a catalogue page);
- ``a<path>``: every page below the page with that tree path (their breadcrumbs show its
  title; a page below an unpublished page is not public); the tree path rather than the id,
  so a served page knows its ancestors' keys without a query;
- a listing kind: ``home`` (the home page's counts), ``finder`` (/aanbod/ and its facet
  counts), ``feed``, ``api`` (the JSON API's listings and documentation), ``search`` (site
  search and suggestions), ``sitemap`` (sitemap.xml, robots.txt), ``handbook`` (chapters'
  lists of related trainings and contact points);
- ``site``: every response of the application (taxonomy or site-wide changes);
- what a finder listing can show (the finder page, its feed and the API's offering
  listing): ``v.<facet>.<key>`` for each facet value it selects, since each of its matches
  has one of them (``FinderResult.scope``), or ``offerings`` when any offering can be among
  them; every other response of the finder, feed and API kinds gets ``offerings`` too.
  A publish that leaves an offering's filter facts as they were purges only these keys of
  its values, not the listing kinds (frontcache/changes.py).

Views and hooks add keys with `tag`; the middleware (frontcache/headers.py) writes them
into the ``xkey`` header of responses that may be cached.
"""

ATTRIBUTE = "_frontcache_keys"
HEADER = "xkey"

SITE = "site"
HOME = "home"
FINDER = "finder"
FEED = "feed"
API = "api"
SEARCH = "search"
SITEMAP = "sitemap"
HANDBOOK = "handbook"
LISTING_KINDS = (HOME, FINDER, FEED, API, SEARCH, SITEMAP, HANDBOOK)
# The kinds whose responses also say what a finder listing can show.
SCOPED_KINDS = (FINDER, FEED, API)
ANY_OFFERING = "offerings"

# Non-page views by URL name: the listing kind their responses belong to.
URL_NAME_KINDS = {
    "sitemap": SITEMAP,
    "robots_txt": SITEMAP,
    "site_search": SEARCH,
    "search_autocomplete": SEARCH,
    "api_docs": API,
    "api_openapi": API,
}
# Wagtail API v2 views (namespace "wagtailapi:<endpoint>"): listings and details; a detail
# of these endpoints is a page (api/endpoints.py).
API_NAMESPACE = "wagtailapi"
API_PAGE_ENDPOINTS = {"pages", "partners", "offerings"}


def page_key(page_id):
    return f"p{page_id}"


def below_key(tree_path):
    return f"a{tree_path}"


def ancestor_keys(page):
    """`below_key` of each ancestor of `page` (treebeard paths: fixed-width steps)."""
    step = page.steplen
    return [below_key(page.path[:end]) for end in range(step, len(page.path), step)]


def value_key(facet, key):
    return f"v.{facet}.{key}"


def scope_keys(scope):
    """The keys of a finder listing with this scope (search/results.py, FinderResult.scope)."""
    if scope is None:
        return {ANY_OFFERING}
    return {value_key(facet, key) for facet, key in scope}


def offering_value_keys(facet_keys):
    """`value_key` of each of an offering's facet keys ({facet: keys}, search/filterfacts.py)."""
    return {
        value_key(facet, key) for facet, values in facet_keys.items() for key in values if key is not None
    }


def tag(request, *keys):
    """Add cache keys to the response of `request`."""
    collected = getattr(request, ATTRIBUTE, None)
    if collected is None:
        collected = set()
        setattr(request, ATTRIBUTE, collected)
    collected.update(keys)


def collected(request):
    return getattr(request, ATTRIBUTE, set())


def tag_view(request, resolver_match):
    """Keys of a non-page view, from its URL name (Wagtail pages are tagged by their hook)."""
    if resolver_match is None:
        return
    kind = URL_NAME_KINDS.get(resolver_match.url_name)
    if kind:
        tag(request, kind)
    namespaces = resolver_match.namespaces
    if namespaces[:1] == [API_NAMESPACE]:
        tag(request, API)
        pk = resolver_match.kwargs.get("pk")
        if namespaces[1:2] and namespaces[1] in API_PAGE_ENDPOINTS and str(pk).isdigit():
            tag(request, page_key(pk))
