"""A partner organisation's page: its public profile and the section of its offerings."""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from core.visibility import ViewRestrictionsFromTheRule, public_pages
from partners.forms import OrganisationForm
from taxonomy.kinds import KIND_PLURALS, Kind


class PartnerPage(ViewRestrictionsFromTheRule, Page):
    abbreviation = models.CharField(
        _("afkorting"),
        max_length=20,
        unique=True,
        help_text=_("Bijvoorbeeld VNG. Wordt ook gebruikt in webadressen en groepsnamen."),
    )
    description = models.TextField(_("korte beschrijving"), max_length=600)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("abbreviation"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("logo"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("abbreviation", boost=3),
        index.SearchField("description"),
        index.AutocompleteField("abbreviation"),
        index.FilterField("abbreviation"),
    ]
    api_fields = [
        APIField("abbreviation"),
        APIField("description"),
        APIField("website"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("logo"),
    ]

    parent_page_types = ["catalogue.CatalogueIndexPage"]
    subpage_types = ["offerings.PublicationPage", "offerings.TrainingPage", "offerings.ContactPointPage"]

    class Meta:
        verbose_name = _("partnerorganisatie")
        verbose_name_plural = _("partnerorganisaties")

    @classmethod
    def section_of(cls, page):
        """The partner whose section holds `page` (the page itself if it is one), or None."""
        if not page.path:  # not in the tree yet
            return None
        return cls.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offerings = public_pages(self.offerings.all()).select_related("form").order_by("title")
        context["offerings_by_kind"] = _group_by_kind(offerings)
        return context


def _group_by_kind(offerings):
    groups = {kind: [] for kind in Kind}
    for offering in offerings:
        groups[Kind(offering.kind)].append(offering)
    return [(KIND_PLURALS[kind], items) for kind, items in groups.items() if items]


def comparable_name(name):
    """A name as people compare it: 'sociaal en cultureel  Planbureau' is 'Sociaal en
    Cultureel Planbureau', 'Coördinatie' is 'Coordinatie'."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


class Organisation(index.Indexed, models.Model):
    """An organisation that publishes or commissions publications: a partner or not
    (a university, a research bureau, a veiligheidsregio, NSOB, ...). Shared by all partners."""

    name = models.CharField(
        _("naam"),
        max_length=200,
        unique=True,
        help_text=_("Voluit, zoals de organisatie zichzelf noemt. Hoofdletters en accenten tellen niet mee."),
    )
    abbreviation = models.CharField(
        _("afkorting"), max_length=40, blank=True, help_text=_("Bijvoorbeeld NSOB of RUG.")
    )
    website = models.URLField(_("website"), blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
        verbose_name=_("onderdeel van"),
        help_text=_("Voor een instituut of afdeling van een grotere organisatie: IMES hoort bij de UvA."),
    )
    partner = models.OneToOneField(
        PartnerPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisation",
        verbose_name=_("partnerorganisatie op deze site"),
        help_text=_("Alleen invullen als deze organisatie partner is van deze site."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("abbreviation"),
        FieldPanel("confirm_abbreviation"),
        FieldPanel("parent"),
        FieldPanel("website"),
        FieldPanel("partner"),
    ]
    base_form_class = OrganisationForm
    search_fields = [
        index.SearchField("name"),
        index.SearchField("abbreviation"),
        index.AutocompleteField("name"),
        index.AutocompleteField("abbreviation"),
    ]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self):
        own = f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name
        return f"{own}, {self.parent.short_name}" if self.parent_id else own

    @property
    def short_name(self):
        return self.abbreviation or self.name

    @property
    def full_name(self):
        """The name as a credit: 'Institute for Migration and Ethnic Studies, Universiteit van
        Amsterdam' for a unit, else the name."""
        return f"{self.name}, {self.parent.name}" if self.parent_id else self.name

    def same_name(self):
        """Another organisation whose name is this one's but for case, accents and spaces."""
        key = comparable_name(self.name)
        others = Organisation.objects.exclude(pk=self.pk).only("pk", "name")
        return next((other for other in others if comparable_name(other.name) == key), None)

    def same_abbreviation(self):
        """Other organisations that use this abbreviation (any case)."""
        if not self.abbreviation:
            return []
        return list(Organisation.objects.exclude(pk=self.pk).filter(abbreviation__iexact=self.abbreviation))

    def clean(self):
        super().clean()
        errors = {}
        twin = self.same_name() if self.name else None
        if twin is not None:
            errors["name"] = _(
                "Deze organisatie bestaat al: '%(name)s'. Kies die, of geef een naam die echt anders is "
                "(hoofdletters en accenten tellen niet mee)."
            ) % {"name": twin.name}
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if ancestor.pk == self.pk and self.pk is not None:
                errors["parent"] = _("Een organisatie kan geen onderdeel van zichzelf zijn.")
                break
            seen.add(ancestor.pk)
            ancestor = ancestor.parent
        if errors:
            raise ValidationError(errors)

    @property
    def url(self):
        """The organisation's own website, else its partner page on this site."""
        if self.website:
            return self.website
        if self.partner_id and self.partner.live:
            return self.partner.url
        return ""
