"""The catalogue: its root page (the finder) and the three kinds of offering.

Every field the finder filters on lives on the OfferingPage table, so one query over
OfferingPage covers all three kinds without joins; each subtype only shows the panels
that fit it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from api.serializers import ChoiceField, PartnerRefField, TermField, TermsField
from offerings.blocks import OfferingBodyBlock
from offerings.choices import Cost, Delivery, Language, Region
from offerings.forms import OfferingPageForm
from search import dutch
from taxonomy.kinds import Kind


def streamfield_text(data):
    """All text in a StreamField's raw data, without HTML tags or URLs (for the search index)."""
    if isinstance(data, str):
        return [] if data.startswith(("http://", "https://", "/")) else [strip_tags(data)]
    if isinstance(data, dict):
        return streamfield_text(data["value"] if "type" in data else list(data.values()))
    if hasattr(data, "__iter__"):  # lists, and StreamField's RawDataView
        return [text for item in data for text in streamfield_text(item)]
    return []


class CatalogueIndexPage(RoutablePageMixin, Page):
    """'Aanbod': the root of the catalogue and the public finder."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("aanbodoverzicht")
        verbose_name_plural = _("aanbodoverzichten")

    @path("")
    def finder(self, request):
        from search.views import finder_page

        return finder_page(request, self)

    @path("feed/")
    def feed(self, request):
        from api.feeds import offerings_feed

        return offerings_feed(request, self)


class OfferingPage(Page):
    """What every offer shares. Concrete, so OfferingPage.objects spans all kinds."""

    KIND = None  # set by each subtype

    kind = models.CharField(
        _("soort aanbod"), max_length=20, choices=Kind.choices, editable=False, db_index=True
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="offerings",
        verbose_name=_("partnerorganisatie"),
    )
    form = models.ForeignKey(
        "taxonomy.Form",
        on_delete=models.PROTECT,
        related_name="offerings",
        verbose_name=_("vorm"),
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen in eenvoudige taal; staat in de zoekresultaten."),
    )
    body = StreamField(OfferingBodyBlock(), blank=True, verbose_name=_("beschrijving"))
    themes = ParentalManyToManyField("taxonomy.Theme", related_name="offerings", verbose_name=_("thema's"))
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", related_name="offerings", verbose_name=_("doelgroepen")
    )
    phases = ParentalManyToManyField(
        "taxonomy.Phase",
        blank=True,
        related_name="offerings",
        verbose_name=_("fasen van onrust"),
        help_text=_("Alleen invullen als het aanbod bij bepaalde fasen van onrust hoort."),
    )
    cost = models.CharField(
        _("kosten"), max_length=10, choices=Cost.choices, default=Cost.FREE, db_index=True
    )
    price_note = models.CharField(
        _("toelichting op de prijs"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: € 350 per deelnemer, exclusief btw."),
    )
    language = models.CharField(_("taal"), max_length=5, choices=Language.choices, default=Language.DUTCH)
    region = models.CharField(_("regio"), max_length=20, choices=Region.choices, default=Region.NATIONAL)
    last_reviewed_at = models.DateTimeField(
        _("laatst gecontroleerd op"), null=True, blank=True, editable=False
    )
    # Training fields, kept on this table so the finder filters without joins.
    delivery = models.CharField(
        _("werkvorm"), max_length=12, choices=Delivery.choices, blank=True, db_index=True
    )
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    end_date = models.DateField(
        _("einddatum"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leeg laten als de training doorlopend is."),
    )

    # Dutch stems of title and summary, space-padded, kept on save: the finder ranks
    # title and summary matches above body matches with them on every database.
    search_title_stems = models.TextField(editable=False, blank=True, default="")
    search_summary_stems = models.TextField(editable=False, blank=True, default="")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("form"),
        FieldPanel("body"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Indeling"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("cost"), FieldPanel("price_note")]),
                FieldRowPanel([FieldPanel("language"), FieldPanel("region")]),
            ],
            heading=_("Praktisch"),
        ),
    ]

    # The finder matches Dutch stems (search/dutch.py) in three weighted fields; the raw
    # title stays indexed (Page.search_fields) for autocomplete and the site search.
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title", boost=3),
        index.SearchField("search_summary", boost=2),
        index.SearchField("search_body"),
        index.AutocompleteField("summary"),
        index.FilterField("kind"),
        index.FilterField("partner"),
        index.FilterField("form"),
        index.FilterField("cost"),
        index.FilterField("delivery"),
        index.FilterField("end_date"),
        index.FilterField("start_date"),
        index.FilterField("region"),
        index.FilterField("theme_ids"),
        index.FilterField("audience_ids"),
        index.FilterField("phase_ids"),
    ]
    api_fields = [
        APIField("kind", serializer=ChoiceField(Kind.choices)),
        APIField("summary"),
        APIField("body"),
        APIField("form", serializer=TermField()),
        APIField("partner", serializer=PartnerRefField()),
        APIField("themes", serializer=TermsField()),
        APIField("audiences", serializer=TermsField()),
        APIField("phases", serializer=TermsField()),
        APIField("cost", serializer=ChoiceField(Cost.choices)),
        APIField("price_note"),
        APIField("language", serializer=ChoiceField(Language.choices)),
        APIField("region", serializer=ChoiceField(Region.choices)),
        APIField("delivery", serializer=ChoiceField(Delivery.choices)),
        APIField("start_date"),
        APIField("end_date"),
        APIField("is_expired"),
        APIField("last_reviewed_at"),
    ]

    base_form_class = OfferingPageForm
    parent_page_types = []  # only the concrete kinds below can be created
    subpage_types = []

    class Meta:
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")

    @classmethod
    def get_indexed_objects(cls):
        # search_body and the *_ids facet keys read these relations: load them per chunk.
        return (
            super()
            .get_indexed_objects()
            .select_related("form", "partner")
            .prefetch_related("themes", "audiences", "phases")
        )

    # Search text: Dutch stems, the same reduction the query gets.
    def search_title(self):
        return dutch.index_text(self.title)

    def search_summary(self):
        return dutch.index_text(self.summary)

    def search_body(self):
        labels = [
            term.name for field in ("themes", "audiences", "phases") for term in getattr(self, field).all()
        ]
        if self.form_id:
            labels.append(self.form.name)
        if self.partner_id:
            labels.extend([self.partner.title, self.partner.abbreviation])
        texts = [*labels, *self.extra_search_text(), *streamfield_text(self.body.raw_data)]
        return dutch.index_text(" ".join(texts))

    def extra_search_text(self):
        """Kind-specific text for the search index; overridden per subtype."""
        return []

    # Facet keys for the Elasticsearch aggregations (search/elastic.py).
    def theme_ids(self):
        return [term.pk for term in self.themes.all()]

    def audience_ids(self):
        return [term.pk for term in self.audiences.all()]

    def phase_ids(self):
        return [term.pk for term in self.phases.all()]

    @property
    def is_expired(self):
        return self.end_date is not None and self.end_date < timezone.localdate()

    def clean(self):
        super().clean()
        errors = {}
        if self.KIND and self.form_id and self.form.kind != self.KIND:
            errors["form"] = _(
                "De vorm '%(form)s' hoort niet bij %(kind)s. Kies een vorm van deze soort."
            ) % {"form": self.form.name, "kind": Kind(self.KIND).label.lower()}
        errors.update(self.clean_kind_fields())
        if errors:
            raise ValidationError(errors)

    def clean_kind_fields(self):
        """Return {field: message} for the rules of one kind; overridden per subtype."""
        return {}

    def save(self, *args, **kwargs):
        if self.KIND:
            self.kind = self.KIND
        self.partner = self.find_partner()
        self.search_title_stems = dutch.padded_stems(self.title)
        self.search_summary_stems = dutch.padded_stems(self.summary)
        super().save(*args, **kwargs)

    def find_partner(self):
        from partners.models import PartnerPage

        return PartnerPage.section_of(self)


class PublicationPage(OfferingPage):
    KIND = Kind.PUBLICATION

    published_on = models.DateField(_("publicatiedatum"))
    authors = models.CharField(_("auteur(s) of uitgever"), max_length=255)
    page_count = models.PositiveIntegerField(
        _("aantal pagina's"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
    )
    external_url = models.URLField(_("externe link"), blank=True)

    content_panels = [
        *OfferingPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("published_on"), FieldPanel("page_count")]),
                FieldPanel("authors"),
                FieldPanel("document"),
                FieldPanel("external_url"),
            ],
            heading=_("Publicatie"),
        ),
        *OfferingPage.classification_panels,
    ]

    def extra_search_text(self):
        return [self.authors]

    api_fields = [
        *OfferingPage.api_fields,
        APIField("published_on"),
        APIField("authors"),
        APIField("page_count"),
        APIField("document"),
        APIField("external_url"),
    ]

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []
    template = "offerings/publication_page.html"

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")

    def clean_kind_fields(self):
        if not self.document_id and not self.external_url:
            return {
                "external_url": _(
                    "Voeg het document toe of geef een externe link, zodat lezers de "
                    "publicatie kunnen openen."
                )
            }
        return {}


class TrainingPage(OfferingPage):
    KIND = Kind.TRAINING

    location = models.CharField(_("locatie"), max_length=200, blank=True)
    duration = models.CharField(
        _("duur of tijdsinvestering"),
        max_length=200,
        help_text=_("Bijvoorbeeld: 2 dagdelen, of 6 bijeenkomsten van 3 uur."),
    )
    group_size = models.CharField(_("groepsgrootte"), max_length=100, blank=True)
    registration_url = models.URLField(_("link om aan te melden"), blank=True)

    content_panels = [
        *OfferingPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("delivery"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("location"),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("group_size")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Training"),
        ),
        *OfferingPage.classification_panels,
    ]

    def extra_search_text(self):
        return [self.location]

    api_fields = [
        *OfferingPage.api_fields,
        APIField("location"),
        APIField("duration"),
        APIField("group_size"),
        APIField("registration_url"),
    ]

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []
    template = "offerings/training_page.html"

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")

    def clean_kind_fields(self):
        errors = {}
        if not self.delivery:
            errors["delivery"] = _("Kies of de training online, op locatie of hybride is.")
        elif self.delivery != Delivery.ONLINE and not self.location:
            errors["location"] = _("Vul de locatie in voor een training op locatie of hybride.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("De einddatum ligt vóór de startdatum.")
        if self.end_date and not self.start_date:
            errors["start_date"] = _("Vul ook een startdatum in, of laat beide data leeg.")
        return errors


class ContactPointPage(OfferingPage):
    KIND = Kind.CONTACT_POINT

    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    form_url = models.URLField(_("link naar contactformulier"), blank=True)
    availability = models.CharField(
        _("bereikbaarheid"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: werkdagen 9.00 - 17.00 uur."),
    )
    response_time = models.CharField(
        _("reactietermijn"), max_length=100, blank=True, help_text=_("Bijvoorbeeld: binnen 2 werkdagen.")
    )

    content_panels = [
        *OfferingPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("form_url"),
                FieldRowPanel([FieldPanel("availability"), FieldPanel("response_time")]),
            ],
            heading=_("Contact"),
        ),
        *OfferingPage.classification_panels,
    ]
    api_fields = [
        *OfferingPage.api_fields,
        APIField("email"),
        APIField("phone"),
        APIField("form_url"),
        APIField("availability"),
        APIField("response_time"),
    ]

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []
    template = "offerings/contact_point_page.html"

    class Meta:
        verbose_name = _("contactpunt")
        verbose_name_plural = _("contactpunten")

    def clean_kind_fields(self):
        if not (self.email or self.phone or self.form_url):
            return {
                "email": _(
                    "Geef minstens één manier om contact op te nemen: e-mail, telefoon of "
                    "een contactformulier."
                )
            }
        return {}
