from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontCacheConfig(AppConfig):
    name = "frontcache"
    verbose_name = _("Cache voor de site (Varnish)")

    def ready(self):
        from frontcache import changes

        changes.connect()
