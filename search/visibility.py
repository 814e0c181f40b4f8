"""What the public may see: one definition for the API, the feed, the sitemap and the finder.

Wagtail's `.live().public()` covers a page's own status and view restrictions (password,
login, groups) on it or an ancestor. It does not cover a live page below an unpublished
page, such as an offering under a partner that was taken offline: Wagtail keeps serving
such pages by URL, so we hide them here (and 404 them in wagtail_hooks.py).
"""

from django.db.models import Q
from wagtail.models import Page, Site


def hidden_branch_paths():
    """Tree paths of unpublished pages that have children: everything below them is hidden."""
    return list(Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True))


def site_root_paths():
    return list(Site.objects.values_list("root_page__path", flat=True))


def public_pages(queryset):
    """Restrict a page queryset to live, unrestricted pages of a site, outside hidden branches."""
    queryset = queryset.live().public()
    for path in hidden_branch_paths():
        queryset = queryset.exclude(path__startswith=path)
    roots = site_root_paths()
    under_a_site = Q()
    for path in roots:
        under_a_site |= Q(path__startswith=path)
    return queryset.filter(under_a_site) if roots else queryset.none()


def has_hidden_ancestor(page):
    return Page.objects.ancestor_of(page).filter(live=False).exists()


def public_document_ids():
    """Documents that a public page offers for download (read from the live page rows, which
    hold published content only; a draft's new document stays out until it is published)."""
    from offerings.models import PublicationPage

    return public_pages(PublicationPage.objects.exclude(document=None)).values("document_id")


def public_image_ids():
    """Images that a public page shows: the partner logos."""
    from partners.models import PartnerPage

    return public_pages(PartnerPage.objects.exclude(logo=None)).values("logo_id")
