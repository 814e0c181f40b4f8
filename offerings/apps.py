from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfferingsConfig(AppConfig):
    name = "offerings"
    verbose_name = _("Aanbod")

    def ready(self):
        # In ready(): these modules import models, which exist only once the app registry is.
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from offerings import signals  # noqa: F401
        from offerings.dates import STRICT_DATE_FIELD_OVERRIDE
        from offerings.links import URL_FIELD_OVERRIDE

        # Every date-only field in the admin keeps what the editor typed and refuses what it
        # cannot read, in Dutch (offerings/dates.py), instead of Wagtail's picker turning it
        # into today's date. Here, not in wagtail_hooks: before any admin form class is built.
        register_form_field_override(models.DateField, override=STRICT_DATE_FIELD_OVERRIDE)
        # Links without a scheme are refused with the https:// suggestion (offerings/links.py).
        register_form_field_override(models.URLField, override=URL_FIELD_OVERRIDE)
