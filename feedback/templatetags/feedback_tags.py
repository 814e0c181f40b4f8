from django import template
from django.urls import reverse

from core.roles import is_coordinator
from feedback import usage

register = template.Library()


@register.simple_tag
def outbound_url(page, target):
    """The counted first-party link for an offering's registration/document/form link."""
    return reverse("feedback_outbound", args=[page.pk, target])


@register.inclusion_tag("feedback/insight_usage.html", takes_context=True)
def usage_overview(context):
    """Coördinatie's view of usage and answers over every partner (in the gap view)."""
    request = context.get("request")
    if request is None or not is_coordinator(request.user):
        return {"show": False}
    return {
        "show": True,
        "days": usage.DEFAULT_DAYS,
        "rows": usage.figures(limit=25),
        "comments": usage.recent_comments(limit=10),
    }
