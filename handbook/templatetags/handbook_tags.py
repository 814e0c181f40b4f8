from django import template

from catalogue.models import CatalogueIndexPage
from handbook.discussion import PHASE_CHAPTERS_SHOWN, chapters_discussing, offering_chapters
from handbook.sites import handbook_root
from search.visibility import public_pages

register = template.Library()


@register.inclusion_tag("handbook/includes/discussed_in.html", takes_context=True)
def handbook_discussions(context, publication):
    """'Besproken in het handboek' on a publication page: chapters analysing it."""
    request = context.get("request")
    return {
        "request": request,
        "publication": publication,
        "chapters": chapters_discussing(publication, request),
    }


@register.simple_tag(takes_context=True)
def handbook_nav_url(context):
    """The handbook root's URL for the site navigation, or "" when there is no live handbook.

    Not cached: a few small queries, and the link disappears the moment the handbook is
    unpublished or restricted."""
    root = handbook_root(public=True)
    return root.get_url(request=context.get("request")) if root else ""


@register.simple_tag(takes_context=True)
def handbook_chapters_for_phases(context, offering, limit=PHASE_CHAPTERS_SHOWN):
    """Handbook chapters on the offering's phases of unrest (the finder -> handbook link);
    a chapter that discusses this publication is listed above it already."""
    return offering_chapters(offering, context.get("request"), limit)[1]


@register.simple_tag(takes_context=True)
def finder_url(context):
    """The finder's URL (/aanbod/), for links from handbook pages to the catalogue by phase."""

    catalogue = public_pages(CatalogueIndexPage.objects.all()).order_by("path").first()
    return catalogue.get_url(request=context.get("request")) if catalogue else ""
