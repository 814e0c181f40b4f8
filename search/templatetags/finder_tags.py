import functools

from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

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


# One checkbox of the filter form (templates/search/finder.html), as the template loop wrote it.
CHECKBOX = (
    '\n              <li><div class="utrecht-form-field utrecht-form-field--checkbox">\n'
    '                <input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"'
    ' type="checkbox" name="{name}" value="{slug}" id="f-{name}-{slug}"{checked}>\n'
    '                <label class="utrecht-form-label utrecht-form-label--checkbox" for="f-{name}-{slug}">'
    '{label} <span class="facet__count"><span aria-hidden="true">({shown})</span>'
    '<span class="visually-hidden">, {spoken}</span></span></label>\n'
    "              </div></li>\n              "
)


@functools.lru_cache(maxsize=1024)
def _count_texts(language, adds, number):
    """(shown, spoken) for a value's count, or for what ticking it adds: the same few numbers
    recur on every finder page, so each is translated once per process and language."""
    counter = localize(number)
    if adds:
        spoken = ngettext(
            "kiest u deze erbij, dan komt er %(counter)s resultaat bij",
            "kiest u deze erbij, dan komen er %(counter)s resultaten bij",
            number,
        )
        return "+" + counter, spoken % {"counter": counter}
    return counter, ngettext("%(counter)s resultaat", "%(counter)s resultaten", number) % {"counter": counter}


@register.simple_tag
def facet_checkboxes(facet):
    """The checkboxes of one facet's values, with their counts (or what ticking one adds)
    shown and spoken. Written here rather than as a template loop: a finder miss renders
    every facet's values, and the loop was the largest part of the page's template time."""
    name = conditional_escape(facet.name)
    language = get_language()
    parts = []
    for value in facet.shown_values:
        adds = value.added is not None
        shown, spoken = _count_texts(language, adds, value.added if adds else value.count)
        parts.append(
            CHECKBOX.format(
                name=name,
                slug=conditional_escape(value.slug),
                checked=" checked" if value.selected else "",
                label=conditional_escape(value.label),
                shown=shown,
                spoken=spoken,
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)
