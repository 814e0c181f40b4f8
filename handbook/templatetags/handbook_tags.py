from django import template

from handbook.references import chapters_discussing

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

    Cached briefly per host so the menu costs no query on every page view."""
    from django.core.cache import cache

    from handbook.models import HandbookPage

    request = context.get("request")
    host = request.get_host() if request is not None else ""
    key = f"handbook-nav-url:{host}"
    url = cache.get(key)
    if url is None:
        root = HandbookPage.objects.live().public().order_by("path").first()
        url = root.get_url(request=request) if root else ""
        cache.set(key, url, 300)
    return url
