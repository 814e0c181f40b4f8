"""The home page and plain content pages (about, privacy, accessibility)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from offerings.blocks import OfferingBodyBlock


class HomePage(Page):
    intro = models.TextField(_("inleiding"), blank=True)
    questions_heading = models.CharField(
        _("kop boven de vraagstukken"), max_length=120, default=_("Waar loopt u tegenaan?")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions_heading")]
    api_fields = [APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["offerings.CatalogueIndexPage", "home.ContentPage", "handbook.HandbookPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        from home.context import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self))
        return context


class ContentPage(Page):
    """A plain page such as 'Over deze site' or the accessibility statement."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(OfferingBodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")
