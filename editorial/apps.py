from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Redactie")

    def ready(self):
        # In ready(): these modules import models, which exist only once the app registry is.
        from django.contrib.auth.signals import user_login_failed

        from editorial import publishing, security, walls

        publishing.connect()
        walls.restrict_popular_tags()
        user_login_failed.connect(security.count_failed_login, dispatch_uid="editorial-login-failures")
