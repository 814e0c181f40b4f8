"""Wagtail's page routing with the pages along a URL read in one query.

`Page.route` walks the tree one level at a time: for each level a query for the child by
slug and one for its specific object. An offering at /aanbod/<partner>/<slug>/ cost seven
queries before its view ran, a handbook chapter five. `route_along_path` reads every page on
the path in one query (by `url_path`, which Wagtail keeps as the parent's url_path plus the
slug, the same field `Page.url` is made of) and the specific object of the page served in
one more, then takes at each level the decision Wagtail's own `route` takes there:

- a page whose class routes as `Page` does: the next component is its child by that slug
  (404 when there is none), and the last page answers itself when it is live;
- a `RoutablePageMixin` page whose own URL patterns match the rest of the path, and that
  is live: it answers (its own `route` resolves the pattern); otherwise its children are
  looked at, as `RoutablePageMixin.route` does;
- a page with any other `route` of its own: its specific object routes the rest itself.

The site root's `route` calls it (home.HomePage): `route` is the override point Wagtail
documents for a page that routes its own URLs. Every page on the path gets its parent
cached (`_cached_parent_obj`, as `Page.route` does), so `get_parent()` and `site_ancestors`
cost nothing more.

A page class may name relations its served object is read with (`served_select_related`),
so that the page's view does not read them one by one.
"""

from django.db import router
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from core.prepared import Prepared
from core.rows import read_in_bulk

# A page of this depth is a site's root (the tree's own root is depth 1).
SITE_ROOT_DEPTH = 2


def _routes_like_page(cls):
    return cls.route is Page.route


def _routable_then_children(cls):
    """A RoutablePageMixin page whose fallback is Page.route (its children)."""
    return (
        issubclass(cls, RoutablePageMixin)
        and cls.route is RoutablePageMixin.route
        and super(RoutablePageMixin, cls).route is Page.route
    )


def _own_patterns_match(cls, components):
    try:
        cls.get_resolver().resolve("/" + "".join(f"{component}/" for component in components))
    except Http404:
        return False
    return True


def _specific(page):
    """The page's specific object (one query), with its class's `served_select_related`
    (the query's SQL built once per class, core/rows.py)."""
    cls = page.specific_class
    related = getattr(cls, "served_select_related", ()) if cls is not None else ()
    if not related or isinstance(page, cls):
        return page.specific
    specific = read_in_bulk(cls, [page.pk], related).get(page.pk)
    if specific is None:  # deleted since the path was read
        raise Http404
    for name, value in page.__dict__.items():  # as Page.get_specific: the parent cache, ...
        specific.__dict__.setdefault(name, value)
    return specific


# The query for the pages along a path below a site root, per root (its SQL built once per
# number of components, core/prepared.py).
_ALONG = {}


def _pages_along(root):
    key = (root.pk, root.path, root.depth)
    if key not in _ALONG:

        def pages(url_paths, depth):
            return Page.objects.descendant_of(root).filter(url_path__in=url_paths, depth__lte=depth)

        _ALONG[key] = Prepared(pages)
    return _ALONG[key]


def route_along_path(root, request, path_components):
    """What `root.route(request, path_components)` returns with Wagtail's Page.route below
    it, in two queries for a page (three when a RoutablePage answers below the root); the
    first one's SQL built once per root and number of components."""
    if not path_components:
        return Page.route(root, request, path_components)
    url_paths, prefix = [], root.url_path
    for component in path_components:
        prefix += f"{component}/"
        url_paths.append(prefix)
    using = router.db_for_read(Page)
    values = {"url_paths": url_paths, "depth": root.depth + len(path_components)}
    found = {page.url_path: page for page in Page.objects.raw(*_pages_along(root).sql(None, values, using))}
    parent = root
    for index, url_path in enumerate(url_paths):
        page = found.get(url_path)
        if page is None or page.depth != parent.depth + 1 or not page.path.startswith(parent.path):
            raise Http404
        page._cached_parent_obj = parent
        rest = path_components[index + 1 :]
        cls = page.specific_class
        if not rest or cls is None:
            return _specific(page).route(request, rest)
        routes_itself = not _routes_like_page(cls) and (
            not _routable_then_children(cls) or (page.live and _own_patterns_match(cls, rest))
        )
        if routes_itself:
            return _specific(page).route(request, rest)
        parent = page
    raise Http404  # not reached: the last component returns above


def routed_ancestors(page):
    """`page.get_ancestors()` without the tree's root (the site root first, the parent last)
    when routing cached them all, else None."""
    chain, node = [], page
    while node.depth > SITE_ROOT_DEPTH:
        node = getattr(node, "_cached_parent_obj", None)
        if node is None:
            return None
        chain.append(node)
    return chain[::-1]


def site_ancestors(page):
    """`page.get_ancestors()` without the tree's root, from the parents routing cached; one
    query when they are not all cached."""
    chain = routed_ancestors(page)
    return list(page.get_ancestors()[1:]) if chain is None else chain
