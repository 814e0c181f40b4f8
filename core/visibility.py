"""What the public may see: the one rule for every public listing, count and search.

Wagtail's `.live().public()` covers a page's own status and view restrictions (password,
login, groups) on it or an ancestor. It does not cover a live page below an unpublished
page, such as an offering under a partner that was taken offline: Wagtail keeps serving
such pages by URL, so we hide them here (and 404 them in api/wagtail_hooks.py); nor a page
outside every Site's tree.

It lives in the project package, below every app: taxonomy, partners, offerings, search
and api all use it (imports flow one way, see pyproject.toml's import contract).

Within one GET or HEAD request (`read_once`, entered by core.middleware.OneReadingPerRequest)
the three lists the rule reads (restricted, hidden and site root paths) are read once and
reused: an offering page applies the rule five times (related offerings, the handbook's
discussion, navigation), which cost 15 queries. The three lists are one query (UNION ALL).
A request that may write (POST, ...) reads them every time, so it always sees its own
changes. Other readings of the catalogue's state that a request makes several times use the
same memo (`once`): the catalogue stamp (search/facetindex.py), read by the facet index, the
shared fragments and the engine.
"""

import contextlib
import contextvars

from django.db import router
from django.db.models import CharField, Q, Value
from wagtail.models import Page, PageViewRestriction, Site

from core.prepared import Prepared
from core.routing import routed_ancestors

# The lists read so far in this request (a dict), or None outside `read_once`.
_read = contextvars.ContextVar("visibility_read", default=None)


@contextlib.contextmanager
def read_once():
    """Read the rule's lists at most once inside this block (a request that writes nothing)."""
    token = _read.set({})
    try:
        yield
    finally:
        _read.reset(token)


def once(name, read):
    """read(), at most once per `read_once` block under this name; every time outside one."""
    memo = _read.get()
    if memo is None:
        return read()
    if name not in memo:
        memo[name] = read()
    return memo[name]


HIDDEN, ROOTS, RESTRICTED = "hidden", "roots", "restricted"


def _lists_query():
    """The three lists in one query (UNION ALL), each row tagged with its list."""

    def tagged(queryset, name, path):
        return queryset.values_list(Value(name, output_field=CharField()), path).order_by()

    return tagged(Page.objects.filter(live=False, numchild__gt=0), HIDDEN, "path").union(
        tagged(Site.objects.all(), ROOTS, "root_page__path"),
        tagged(PageViewRestriction.objects.all(), RESTRICTED, "page__path"),
        all=True,
    )


# Every request reads the lists; Django built the query's SQL anew each time, which cost
# more than the database's answer: built once per process (core/prepared.py).
LISTS = Prepared(_lists_query)


def _read_lists():
    lists = {HIDDEN: [], ROOTS: [], RESTRICTED: []}
    for name, path in (row.values() for row in LISTS.rows(None, {}, router.db_for_read(Page))):
        lists[name].append(path)
    return lists


def hidden_branch_paths():
    """Tree paths of unpublished pages that have children: everything below them is hidden."""
    return once("lists", _read_lists)[HIDDEN]


def site_root_paths():
    return once("lists", _read_lists)[ROOTS]


def restricted_paths():
    """Tree paths of pages with a view restriction (password, login, groups)."""
    return once("lists", _read_lists)[RESTRICTED]


def rule_shape():
    """The rule's lists as one value (read once per request): what a query that applies the
    rule is built from besides its own values (core/prepared.py)."""
    return (tuple(restricted_paths()), tuple(hidden_branch_paths()), tuple(site_root_paths()))


def _below_any(paths):
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def not_public_q():
    """Pages that are not public even when live: below a view restriction or an unpublished
    page, or outside every site. A condition on page rows, for filter() and exclude()."""
    hidden = _below_any([*restricted_paths(), *hidden_branch_paths()])
    roots = site_root_paths()
    if not roots:
        return Q(pk__isnull=False)  # no site: nothing is public
    return hidden | ~_below_any(roots) if hidden else ~_below_any(roots)


def is_public_path(path):
    """The same rule for one live page whose tree path is already read: no query of its own
    within `read_once` (the lists above)."""
    if any(path.startswith(hidden) for hidden in (*restricted_paths(), *hidden_branch_paths())):
        return False
    return any(path.startswith(root) for root in site_root_paths())


def public_pages(queryset):
    """Restrict a page queryset to live, unrestricted pages of a site, outside hidden branches."""
    return queryset.live().exclude(not_public_q())


def live_but_hidden_ids(queryset):
    """Ids of live pages in `queryset` that the public may not see: what a search engine that
    knows only the `live` flag must leave out to apply the same rule (search/engines/)."""
    return list(queryset.live().filter(not_public_q()).values_list("pk", flat=True))


def has_hidden_ancestor(page):
    """Is an ancestor of `page` unpublished? Every such ancestor has children, so it is one
    of `hidden_branch_paths`: the list the rule reads once per request anyway."""
    return any(page.path.startswith(path) and path != page.path for path in hidden_branch_paths())


class ViewRestrictionsFromTheRule:
    """A page model mixin: Wagtail's `get_view_restrictions` (its `on_serve_page` check asks
    it for every page served: two queries) answered from the rule's list of restricted pages,
    read once per request, when that list has nothing on or above the page and no page on its
    path is an alias (an alias takes its source's restrictions). Anything else: Wagtail's."""

    def get_view_restrictions(self):
        ancestors = routed_ancestors(self)
        unrestricted = (
            ancestors is not None
            and not any(page.alias_of_id for page in (self, *ancestors))
            and not any(self.path.startswith(path) for path in restricted_paths())
        )
        return PageViewRestriction.objects.none() if unrestricted else super().get_view_restrictions()
