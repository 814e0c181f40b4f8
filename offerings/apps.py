from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfferingsConfig(AppConfig):
    name = "offerings"
    verbose_name = _("Aanbod")

    def ready(self):
        from offerings import signals  # noqa: F401
