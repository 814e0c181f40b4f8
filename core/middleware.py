"""The public site speaks Dutch, whatever language the browser asks for.

Django's LocaleMiddleware followed the browser's Accept-Language, so an English browser
saw "30 June 2025" on a Dutch page. Every request now runs in settings.LANGUAGE_CODE
("nl"); the Wagtail admin still switches to each editor's preferred language itself
(wagtail.admin.auth.require_admin_access activates it per request).
"""

from django.conf import settings
from django.utils import translation


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
