"""Absolute links in the editors' notification mails (core/baseurl.py: the configured base
URL, never localhost)."""

from django import template

from core.baseurl import page_url

register = template.Library()


@register.simple_tag
def live_page_url(page):
    """The public URL of `page` (its specific type's route), or "" when it has none."""
    return page_url(page.specific) or ""
