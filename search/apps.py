from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        # In ready(): these modules import models, which exist only once the app registry is.
        from search import indexqueue, signals

        signals.connect()
        indexqueue.connect()
