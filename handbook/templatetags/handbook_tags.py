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
