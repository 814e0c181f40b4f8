"""Absolute addresses in mails and exports: one function each, so every link in a mail or a
spreadsheet points at the configured site instead of the Site row's hostname (the demo's
'localhost')."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def absolute_url(path):
    """The configured base URL (WAGTAILADMIN_BASE_URL) followed by `path` ('/admin/...'); a
    full URL built from a Site row keeps only its path and query."""
    parts = urlsplit(path)
    local = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + local


def page_url(page):
    """The public address of a live page, on the configured base URL; '' when it has none."""
    parts = page.get_url_parts()
    if not parts or not page.live:
        return ""
    return absolute_url(parts[2])
