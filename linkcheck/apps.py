from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinkcheckConfig(AppConfig):
    name = "linkcheck"
    verbose_name = _("Linkcontrole")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from linkcheck import signals  # noqa: F401
