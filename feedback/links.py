"""The outbound links of an offering that the click counter may redirect to.

One table: (kind of link, how to read its stored URL). The redirect endpoint only ever
sends a visitor to the URL stored on that live, public offering, never to a URL taken from
the request, so it cannot be used as an open redirect.
"""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _


def _registration(page):
    # A training's link for its first session open for registration (TrainingPage).
    return getattr(page, "registration_link", "")


def _document(page):
    document = getattr(page, "document", None)
    return document.url if document is not None else ""


TARGETS = {
    "aanmelden": (_("aanmeldlink"), _registration),
    "document": (_("document"), _document),
    "publicatie": (_("link naar de publicatie"), lambda page: getattr(page, "external_url", "")),
    "formulier": (_("contactformulier"), lambda page: getattr(page, "form_url", "")),
}


def stored_url(page, target):
    """The URL stored on `page` for `target`, or "" when there is none or it is unsafe."""
    if target not in TARGETS:
        return ""
    url = (TARGETS[target][1](page) or "").strip()
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    if not parts.scheme and not parts.netloc and url.startswith("/") and not url.startswith("//"):
        return url  # a document served by this site
    return ""
