from django import template

from catalogue.models import CatalogueIndexPage
from handbook.discussion import analysing_chapter_ids, chapters_discussing
from handbook.models import HandbookChapterPage
from handbook.sites import handbook_root
from search.visibility import public_pages

register = template.Library()


@register.inclusion_tag("handbook/includes/discussed_in.html", takes_context=True)
def handbook_discussions(context, publication):
    """'Besproken in het handboek' on a publication page: chapters analysing it."""
    return {
        "request": context.get("request"),
        "publication": publication,
        "chapters": chapters_discussing(publication),
    }


@register.simple_tag(takes_context=True)
def handbook_nav_url(context):
    """The handbook root's URL for the site navigation, or "" when there is no live handbook.

    Not cached: a few small queries, and the link disappears the moment the handbook is
    unpublished or restricted."""
    root = handbook_root(public=True)
    return root.get_url(request=context.get("request")) if root else ""


@register.simple_tag
def handbook_chapters_for_phases(offering, limit=6):
    """Handbook chapters on the offering's phases of unrest (the finder -> handbook link)."""
    phase_ids = [phase.pk for phase in offering.phases.all()]
    if not phase_ids:
        return []
    chapters = public_pages(HandbookChapterPage.objects.filter(phase_id__in=phase_ids))
    if offering.kind == "publicatie":
        # A chapter that discusses this publication is listed above it already.
        chapters = chapters.exclude(pk__in=analysing_chapter_ids(offering))
    return list(chapters.select_related("phase").order_by("phase__sort_order", "path")[:limit])


@register.simple_tag(takes_context=True)
def finder_url(context):
    """The finder's URL (/aanbod/), for links from handbook pages to the catalogue by phase."""

    catalogue = public_pages(CatalogueIndexPage.objects.all()).order_by("path").first()
    return catalogue.get_url(request=context.get("request")) if catalogue else ""
