"""The home page and plain content pages (about, privacy, accessibility)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.routing import route_along_path
from core.visibility import ViewRestrictionsFromTheRule
from home.context import home_context
from offerings.blocks import OfferingBodyBlock


class HomePage(ViewRestrictionsFromTheRule, Page):
    intro = models.TextField(_("inleiding"), blank=True)
    questions_heading = models.CharField(
        _("kop boven de vraagstukken"), max_length=120, default=_("Waar loopt u tegenaan?")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions_heading")]
    api_fields = [APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["catalogue.CatalogueIndexPage", "home.ContentPage", "handbook.HandbookPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context

    def route(self, request, path_components):
        # Every request for a page of this site starts here: the pages on the path in one
        # query instead of two per level (core/routing.py).
        return route_along_path(self, request, path_components)


class ContentPage(ViewRestrictionsFromTheRule, Page):
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


def default_security_expiry():
    return (timezone.now() + datetime.timedelta(days=SECURITY_TXT_MAX_DAYS - 1)).date()


# RFC 9116 advises an Expires less than a year ahead.
SECURITY_TXT_MAX_DAYS = 365


@register_setting(icon="site")
class PublicSiteSettings(BaseGenericSetting):
    """What every public footer links to and what /.well-known/security.txt says."""

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("toegankelijkheidsverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    colophon_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("colofon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    security_contact = models.CharField(
        _("contact voor beveiligingsmeldingen"),
        max_length=255,
        default="mailto:security@maatschappelijkestabiliteit.nl",
        help_text=_(
            "Een adres als mailto:security@example.nl of https://example.nl/melden (security.txt, Contact)."
        ),
    )
    security_expires = models.DateField(
        _("security.txt geldig tot"),
        default=default_security_expiry,
        help_text=_(
            "Hoogstens een jaar vooruit. Verleng deze datum op tijd: daarna geldt het bestand als verouderd."
        ),
    )
    security_policy_url = models.URLField(
        _("beleid voor het melden van kwetsbaarheden (CVD)"),
        blank=True,
        help_text=_(
            "Optioneel: de pagina met uw beleid voor het melden van kwetsbaarheden (security.txt, Policy)."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("privacy_page"), FieldPanel("colophon_page")],
            heading=_("Pagina's in de voettekst"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("security_contact"),
                FieldPanel("security_expires"),
                FieldPanel("security_policy_url"),
            ],
            heading=_("security.txt (RFC 9116)"),
        ),
    ]

    class Meta:
        verbose_name = _("instellingen openbare site")

    def footer_pages(self):
        """The set pages that are live, in footer order."""
        ids = [self.accessibility_page_id, self.privacy_page_id, self.colophon_page_id]
        live = {page.pk: page for page in Page.objects.live().filter(pk__in=[pk for pk in ids if pk])}
        return [live[pk] for pk in ids if pk in live]

    def clean(self):
        super().clean()
        errors = {}
        contact = (self.security_contact or "").strip()
        if not (contact.startswith("mailto:") and "@" in contact) and not contact.startswith("https://"):
            errors["security_contact"] = _("Begin met mailto: (met een e-mailadres) of met https://.")
        today = timezone.localdate()
        if self.security_expires and self.security_expires <= today:
            errors["security_expires"] = _("Kies een datum in de toekomst.")
        elif self.security_expires and (self.security_expires - today).days > SECURITY_TXT_MAX_DAYS:
            errors["security_expires"] = _(
                "Kies een datum binnen een jaar; RFC 9116 raadt een kortere geldigheid aan."
            )
        if errors:
            raise ValidationError(errors)
