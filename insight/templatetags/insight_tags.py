from urllib.parse import urlencode

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def missing_offer_url(context, query=None):
    """The 'Mist u iets?' URL with the search prefilled.

    query may be the finder's FinderQuery (its .q is used) or a plain string; without it
    the request's ?q= is used.
    """
    text = getattr(query, "q", query)
    if not isinstance(text, str):
        text = ""
    if not text:
        request = context.get("request")
        text = request.GET.get("q", "") if request is not None else ""
    url = reverse("missing_offer")
    text = text.strip()[:200]
    return f"{url}?{urlencode({'q': text})}" if text else url
