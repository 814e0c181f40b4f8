"""The catalogue's root page /aanbod/: the public finder and its feed.

It sits above search/ and api/ in the import layers (pyproject.toml), so it routes straight
to their views. The table keeps its old name (offerings_catalogueindexpage) from when the
model lived in offerings/.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from api.feeds import offerings_feed
from core.visibility import ViewRestrictionsFromTheRule
from search.views import finder_page


class CatalogueIndexPage(ViewRestrictionsFromTheRule, RoutablePageMixin, Page):
    """'Aanbod': the root of the catalogue and the public finder."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count = 1

    class Meta:
        db_table = "offerings_catalogueindexpage"
        verbose_name = _("aanbodoverzicht")
        verbose_name_plural = _("aanbodoverzichten")

    @path("")
    def finder(self, request):
        return finder_page(request, self)

    @path("feed/")
    def feed(self, request):
        return offerings_feed(request, self)
