from django import template

from search.sitesearch import type_label

register = template.Library()


@register.simple_tag
def site_search_link(result, **changes):
    return result.querystring(**changes)


@register.filter
def page_type_label(page):
    return type_label(page)


@register.filter
def page_summary(page):
    """A short description for any page type: summary, intro or search description."""
    for name in ("summary", "intro", "search_description"):
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""
