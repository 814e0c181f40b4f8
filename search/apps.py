from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        # In ready(): these modules import models, which exist only once the app registry is.
        from offerings.models import CatalogueIndexPage
        from search import indexqueue, signals
        from search.views import finder_page

        signals.connect()
        indexqueue.connect()
        # offerings sits below search, so the catalogue page gets its finder view from here.
        CatalogueIndexPage.route_views["finder"] = finder_page
