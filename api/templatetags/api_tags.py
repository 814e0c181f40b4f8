import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from api.structured_data import offering_structured_data

register = template.Library()

# Like django.utils.html.json_script: nothing in the data can close the element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def offering_jsonld(context, page):
    """A schema.org data block (type application/ld+json: data, not executable script)."""
    data = offering_structured_data(page, context.get("request"))
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
