from django import template

register = template.Library()


@register.simple_tag
def filter_removed(query, facet, slug):
    return query.without(facet, slug)


@register.simple_tag
def page_link(query, number):
    return query.querystring(page=number)


@register.simple_tag
def expired_link(query):
    """The current query with ended trainings shown too."""
    return query.querystring(include_expired=True)


@register.simple_tag
def period_removed(query, attribute):
    """The current query without one end of the period (?vanaf= or ?tot=)."""
    return query.querystring(**{attribute: None})


@register.filter
def contains(collection, item):
    """`ids|contains:pk`: whether a set or list holds an item (e.g. the page's pinned ids)."""
    return item in collection
