from django import template

from core import surrogate

register = template.Library()


@register.simple_tag(takes_context=True)
def surrogate_includes(context):
    """The front cache's counting includes of this page (core/surrogate.py); nothing without one."""
    request = context.get("request")
    return surrogate.markup(request) if request is not None else ""
