"""Middleware of the kernel.

PublicSiteInDutch: the public site speaks Dutch, whatever language the browser asks for.

Django's LocaleMiddleware followed the browser's Accept-Language, so an English browser
saw "30 June 2025" on a Dutch page. Every request now runs in settings.LANGUAGE_CODE
("nl"); the Wagtail admin still switches to each editor's preferred language itself
(wagtail.admin.auth.require_admin_access activates it per request).
"""

from django.conf import settings
from django.utils import translation

from core import visibility

# Requests that change nothing (RFC 9110 safe methods): the one public rule's lists are
# read once per such request (core/visibility.py).
SAFE_METHODS = ("GET", "HEAD")


class PublicSiteInDutch:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        try:
            return self.get_response(request)
        finally:
            translation.deactivate()


class OneReadingPerRequest:
    """GET and HEAD requests read the public rule's lists once (core/visibility.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS:
            return self.get_response(request)
        with visibility.read_once():
            return self.get_response(request)
