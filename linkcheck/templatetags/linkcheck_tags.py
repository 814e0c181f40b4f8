from django import template

from linkcheck.queries import broken_links_of as _broken_links_of

register = template.Library()


@register.simple_tag
def broken_links_of(page_id):
    return list(_broken_links_of(page_id)) if page_id else []
