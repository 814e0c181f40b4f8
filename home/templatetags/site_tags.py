"""Template tags of the public layout (templates/base.html)."""

import datetime
import re

from django import template
from django.utils import formats, timezone, translation
from django.utils.html import format_html

from core.routing import site_ancestors
from home.models import PublicSiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The accessibility statement, privacy statement and colophon chosen in the settings."""
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_footer_pages", None)
    if cached is None:
        cached = request._footer_pages = PublicSiteSettings.load(request_or_site=request).footer_pages()
    return cached


@register.filter
def breadcrumb_ancestors(page):
    """The pages above `page` in its breadcrumbs, the site root first (`get_ancestors`
    without the tree's root), from the parents routing read (core/routing.py)."""
    return site_ancestors(page)


@register.filter
def tel_href(number):
    """'070 - 373 8393' -> 'tel:+31703738393'; international numbers keep their prefix."""
    digits = re.sub(r"[^\d+]", "", str(number or ""))
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+31" + digits[1:]
    return f"tel:{digits}" if len(digits.lstrip("+")) >= 3 else ""


@register.simple_tag
def dutch_date(value, fmt="j F Y"):
    """<time datetime="2026-06-30">30 juni 2026</time>, in Dutch whatever the visitor's browser
    language (the page is Dutch; the machine-readable date is in the attribute)."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        machine = value.date().isoformat()
    else:
        machine = value.isoformat()
    with translation.override("nl"):
        text = formats.date_format(value, fmt)
    return format_html('<time datetime="{}">{}</time>', machine, text)
