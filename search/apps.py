from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from offerings.models import CatalogueIndexPage
        from search import indexqueue, signals
        from search.views import finder_page

        signals.connect()
        indexqueue.connect()
        CatalogueIndexPage.route_views["finder"] = finder_page
