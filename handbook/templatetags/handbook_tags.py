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

    Not cached: a few small queries, and the link disappears the moment the handbook is
    unpublished or restricted."""
    from handbook.sites import handbook_root

    root = handbook_root(public=True)
    return root.get_url(request=context.get("request")) if root else ""
