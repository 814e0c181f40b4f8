from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    label = "api"
    verbose_name = _("Open data (API)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # In ready(): these modules import models, which exist only once the app registry is.
        from api import signals  # noqa: F401
