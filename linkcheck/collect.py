"""Which external links a page holds: every URLField of the page and of its child relations
(e.g. a publication's editions), and every http(s) link in its StreamFields and rich text.

Generic on purpose: a new URL field on any page type is checked without changes here.
"""

import re

from django.db import models
from django.utils.text import capfirst
from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField

HREF = re.compile(r"""href\s*=\s*["'](https?://[^"'\s<>]+)["']""", re.IGNORECASE)
BARE = re.compile(r"^https?://\S+$", re.IGNORECASE)


def _walk(value):
    """Every http(s) URL in StreamField raw data: bare URL strings and hrefs in HTML."""
    if isinstance(value, str):
        if BARE.match(value.strip()):
            yield value.strip()
        else:
            yield from HREF.findall(value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        for item in value:
            yield from _walk(item)


def _fields_of(obj, prefix=""):
    for field in obj._meta.concrete_fields:
        label = prefix + capfirst(str(field.verbose_name))
        if isinstance(field, models.URLField) and field.name not in ("url_path",):
            value = getattr(obj, field.attname)
            if value and value.lower().startswith(("http://", "https://")):
                yield label, value
        elif isinstance(field, StreamField):
            for url in _walk(list(getattr(obj, field.attname).raw_data)):
                yield label, url
        elif isinstance(field, RichTextField):
            for url in HREF.findall(getattr(obj, field.attname) or ""):
                yield label, url


def page_urls(page):
    """[(field label, url)] of a specific page, without duplicates, in field order."""
    found = list(_fields_of(page))
    for relation in get_all_child_relations(page):
        for child in getattr(page, relation.get_accessor_name()).all():
            prefix = capfirst(str(relation.related_model._meta.verbose_name)) + ": "
            found.extend(_fields_of(child, prefix))
    seen = set()
    result = []
    for label, url in found:
        url = url[:2000]
        if (label, url) not in seen:
            seen.add((label, url))
            result.append((label, url))
    return result
