"""What the public may see: the one rule for every public listing, count and search.

Wagtail's `.live().public()` covers a page's own status and view restrictions (password,
login, groups) on it or an ancestor. It does not cover a live page below an unpublished
page, such as an offering under a partner that was taken offline: Wagtail keeps serving
such pages by URL, so we hide them here (and 404 them in api/wagtail_hooks.py); nor a page
outside every Site's tree.

It lives in the project package, below every app: taxonomy, partners, offerings, search
and api all use it (imports flow one way, see pyproject.toml's import contract).
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, Site


def hidden_branch_paths():
    """Tree paths of unpublished pages that have children: everything below them is hidden."""
    return list(Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True))


def site_root_paths():
    return list(Site.objects.values_list("root_page__path", flat=True))


def _below_any(paths):
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def not_public_q():
    """Pages that are not public even when live: below a view restriction or an unpublished
    page, or outside every site. A condition on page rows, for filter() and exclude()."""
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    hidden = _below_any([*restricted, *hidden_branch_paths()])
    roots = site_root_paths()
    if not roots:
        return Q(pk__isnull=False)  # no site: nothing is public
    return hidden | ~_below_any(roots) if hidden else ~_below_any(roots)


def public_pages(queryset):
    """Restrict a page queryset to live, unrestricted pages of a site, outside hidden branches."""
    return queryset.live().exclude(not_public_q())


def live_but_hidden_ids(queryset):
    """Ids of live pages in `queryset` that the public may not see: what a search engine that
    knows only the `live` flag must leave out to apply the same rule (search/engines/)."""
    return list(queryset.live().filter(not_public_q()).values_list("pk", flat=True))


def has_hidden_ancestor(page):
    return Page.objects.ancestor_of(page).filter(live=False).exists()
