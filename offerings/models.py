"""The three kinds of offering (the catalogue's root page is catalogue.CatalogueIndexPage).

Every field the finder filters on lives on the OfferingPage table, so one query over
OfferingPage covers all three kinds without joins; each subtype only shows the panels
that fit it.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.relationlists import read_relation_lists
from core.visibility import ViewRestrictionsFromTheRule
from linkcheck.panels import BrokenLinksPanel
from offerings.blocks import OfferingBodyBlock
from offerings.choices import Cost, Delivery, Language, Region
from offerings.dates import PARTIAL_DATE_HELP, PartialDateField
from offerings.forms import OfferingPageForm, PublicationPageForm, TrainingPageForm
from offerings.identifiers import doi_url, normalize_doi, normalize_isbn
from offerings.registration import RegistrationState, registration_state
from offerings.review_state import REVIEW_STATE_FIELDS, ReviewStateOutsideRevisionsMixin
from offerings.serializers import AuthorsField, EditionsField, PartialDateSerializer, SessionsField
from offerings.termids import with_term_ids
from partners.models import PartnerPage
from partners.serializers import OrganisationsField, PartnerRefField
from search import dutch, stopwords
from taxonomy.kinds import Kind, SchemaType
from taxonomy.serializers import ChoiceField, TermField, TermsField

# A session of more days than this is a run of sessions (or a typo): the engine indexes
# every day of a session (OfferingPage.session_days).
MAX_SESSION_LENGTH = datetime.timedelta(days=365)


def streamfield_text(data):
    """All text in a StreamField's raw data, without HTML tags or URLs (for the search index)."""
    if isinstance(data, str):
        return [] if data.startswith(("http://", "https://", "/")) else [strip_tags(data)]
    if isinstance(data, dict):
        return streamfield_text(data["value"] if "type" in data else list(data.values()))
    if hasattr(data, "__iter__"):  # lists, and StreamField's RawDataView
        return [text for item in data for text in streamfield_text(item)]
    return []


@with_term_ids  # theme_ids, audience_ids, phase_ids: the engine's facet keys (offerings/termids.py)
class OfferingPage(ViewRestrictionsFromTheRule, ReviewStateOutsideRevisionsMixin, Page):
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
    # Review and ownership (issue 15): last_reviewed_at is review state, kept outside
    # revisions (offerings/review_state.py); the interval per kind is review.ReviewInterval.
    last_reviewed_at = models.DateTimeField(
        _("laatst gecontroleerd op"), null=True, blank=True, editable=False
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_offerings",
        verbose_name=_("eigenaar"),
        help_text=_(
            "De redacteur van uw organisatie die dit aanbod inhoudelijk bijhoudt en het bij een "
            "controle beoordeelt."
        ),
    )
    # End of review and ownership.
    # Training fields, kept on this table so the finder filters without joins.
    delivery = models.CharField(
        _("werkvorm"), max_length=12, choices=Delivery.choices, blank=True, db_index=True
    )
    # A training's first and last day, kept from its sessions on save (TrainingPage.save):
    # "afgelopen" and the finder's "not ended" filter read them without a join.
    start_date = models.DateField(_("eerste dag"), null=True, blank=True, editable=False)
    end_date = models.DateField(_("laatste dag"), null=True, blank=True, editable=False, db_index=True)

    # Dutch stems of title and summary, space-padded, kept on save: the finder ranks
    # title and summary matches above body matches with them on every database.
    search_title_stems = models.TextField(editable=False, blank=True, default="")
    search_summary_stems = models.TextField(editable=False, blank=True, default="")

    content_panels = [
        BrokenLinksPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        # A plain select of this kind's forms (OfferingPageForm), not the snippet chooser.
        FieldPanel("form", widget=forms.Select),
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
        MultiFieldPanel([FieldPanel("content_owner")], heading=_("Beheer")),
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
        index.FilterField("session_days", type="DateField"),
        index.FilterField("region"),
        # The stored padded stems as keyword lists, so a distributed engine scores title and
        # summary hits by tier (exact word, lemma, compound part) exactly as the database.
        index.FilterField("search_title_marks"),
        index.FilterField("search_summary_marks"),
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
        # Trainings: open, vol, gesloten or afgelopen (offerings/registration.py); else null.
        APIField("registration_state", serializer=ChoiceField(RegistrationState.choices)),
        APIField("last_reviewed_at"),
    ]

    base_form_class = OfferingPageForm
    # Read with the page when it is served (core/routing.py): its meta line and JSON-LD.
    served_select_related = ("form", "partner")
    exclude_fields_in_copy = [*REVIEW_STATE_FIELDS]  # a copy is a new, unreviewed offering
    parent_page_types = []  # only the concrete kinds below can be created
    subpage_types = []

    class Meta:
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")

    @classmethod
    def page_lists(cls):
        """The lists the page shows ({relation: {select_related path: fields}}), read in one
        query when it is served (core/relationlists.py)."""
        return {"themes": {}, "audiences": {}, "phases": {}}

    def get_context(self, request, *args, **kwargs):
        read_relation_lists([self], self.page_lists())
        return super().get_context(request, *args, **kwargs)

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
        return stopwords.index_text(self.title)

    def search_summary(self):
        return stopwords.index_text(self.summary)

    def search_body(self):
        labels = [
            term.name for field in ("themes", "audiences", "phases") for term in getattr(self, field).all()
        ]
        if self.form_id:
            labels.append(self.form.name)
        if self.partner_id:
            labels.extend([self.partner.title, self.partner.abbreviation])
        texts = [*labels, *self.extra_search_text(), *streamfield_text(self.body.raw_data)]
        return stopwords.index_text(" ".join(texts))

    def extra_search_text(self):
        """Kind-specific text for the search index; overridden per subtype."""
        return []

    # Stems as keyword lists for the distributed engine's ranking (search/engines/distributed.py).
    def search_title_marks(self):
        return self.search_title_stems.split()

    def search_summary_marks(self):
        return self.search_summary_stems.split()

    def session_days(self):
        """Every day a session covers, as ISO dates (the engine's period filter and
        "binnenkort" order, search/period.py); none for other kinds. Defined here only, not
        overridden: the engine names a method's column after the class that defines it."""
        sessions = getattr(self, "sessions", None)
        if sessions is None:
            return []
        return [day.isoformat() for session in sessions.all() for day in session.days()]

    @property
    def is_expired(self):
        return self.end_date is not None and self.end_date < timezone.localdate()

    @property
    def registration_state(self):
        """A training's registration state in a result list, set in bulk there
        (offerings/facts.py attach_registration_states); None for other kinds. A
        TrainingPage reads its own (TrainingPage.registration_state)."""
        return getattr(self, "listed_registration_state", None)

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
        return PartnerPage.section_of(self)


# What a publication's page shows of a publisher or commissioner
# (offerings/includes/organisation.html, api/structured_data.py): its name, abbreviation and
# website, its parent's, its partner page's link.
SHOWN_OF_AN_ORGANISATION = {
    "organisation": ("id", "name", "abbreviation", "website", "parent_id", "partner_id"),
    "organisation__parent": ("id", "name", "abbreviation", "website", "parent_id"),
    "organisation__partner": ("id", "page_ptr_id", "live", "url_path", "path", "depth", "locale_id"),
}


class PublicationPage(OfferingPage):
    """A report, handreiking, essay, ... with its bibliographic description (see
    docs/content-model.md): who wrote, published and commissioned it, when, which edition."""

    KIND = Kind.PUBLICATION

    subtitle = models.CharField(
        _("ondertitel"),
        max_length=255,
        blank=True,
        help_text=_("Zoals op de titelpagina, zonder de titel: 'Een verkenning van ...'."),
    )
    series = models.CharField(
        _("reeks"),
        max_length=200,
        blank=True,
        help_text=_("De naam van de reeks, zonder nummer: bijvoorbeeld 'WRR-rapporten'."),
    )
    series_number = models.CharField(
        _("nummer in de reeks"), max_length=20, blank=True, help_text=_("Bijvoorbeeld: 88.")
    )
    published = PartialDateField(
        _("verschenen"),
        default="",
        blank=True,
        help_text=_(
            "%(help)s Bij een periodieke publicatie met edities laat u dit leeg: dan geldt de datum "
            "van de nieuwste editie."
        )
        % {"help": PARTIAL_DATE_HELP},
    )
    edition = models.CharField(
        _("editie of versie"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld: 2e herziene druk, of versie 1.2."),
    )
    isbn = models.CharField(
        _("ISBN"), max_length=17, blank=True, help_text=_("ISBN-10 of ISBN-13, met of zonder streepjes.")
    )
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld 10.1234/abc-2015, of de doi.org-link."),
    )
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
        *OfferingPage.content_panels[:2],
        FieldPanel("subtitle"),
        *OfferingPage.content_panels[2:],
        MultiFieldPanel(
            [
                InlinePanel("authors", label=_("Auteur"), heading=_("Auteurs")),
                InlinePanel("publishers", label=_("Uitgever"), heading=_("Uitgevers")),
                InlinePanel("commissioners", label=_("Opdrachtgever"), heading=_("In opdracht van")),
            ],
            heading=_("Makers"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("published"), FieldPanel("edition")]),
                FieldRowPanel([FieldPanel("series"), FieldPanel("series_number")]),
                FieldRowPanel([FieldPanel("isbn"), FieldPanel("doi"), FieldPanel("page_count")]),
                FieldPanel("document"),
                FieldPanel("external_url"),
            ],
            heading=_("Publicatie"),
        ),
        InlinePanel(
            "editions",
            label=_("Editie"),
            heading=_("Edities (bij periodieke publicaties)"),
            help_text=_(
                "Voor een publicatie die elk kwartaal of jaar opnieuw verschijnt: één editie per "
                "keer, elk met een eigen datum en link. De site toont de nieuwste bovenaan."
            ),
        ),
        *OfferingPage.classification_panels,
    ]

    # The page chooser (handbook analyses) finds by autocomplete: a publication by its
    # authors and publishers too ("Tillie", "IMES"), not only its title and summary.
    search_fields = [*OfferingPage.search_fields, index.AutocompleteField("credit_search_text")]

    def credit_search_text(self):
        names = [author.name for author in self.authors.all()]
        for link in [*self.publishers.all(), *self.commissioners.all()]:
            names.extend(text for text in (link.organisation.name, link.organisation.abbreviation) if text)
        return " ".join(names)

    def extra_search_text(self):
        people = [author.name for author in self.authors.all()]
        organisations = [
            text
            for link in [*self.publishers.all(), *self.commissioners.all()]
            for text in (link.organisation.name, link.organisation.abbreviation)
            if text
        ]
        editions = [e.title for e in self.editions.all()]
        return [self.subtitle, self.series, *people, *organisations, *editions, self.edition]

    api_fields = [
        *OfferingPage.api_fields,
        APIField("subtitle"),
        APIField("schema_type"),
        APIField("series"),
        APIField("series_number"),
        APIField("published", serializer=PartialDateSerializer()),
        APIField("authors", serializer=AuthorsField()),
        APIField("publishers", serializer=OrganisationsField()),
        APIField("commissioners", serializer=OrganisationsField()),
        APIField("edition"),
        APIField("isbn"),
        APIField("doi"),
        APIField("page_count"),
        APIField("document"),
        APIField("external_url"),
        APIField("editions", serializer=EditionsField()),
    ]

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []
    template = "offerings/publication_page.html"
    base_form_class = PublicationPageForm

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related(*cls.bibliography_prefetch())

    @staticmethod
    def credit_lists():
        """What `credit` reads ({relation: {select_related path: fields}}): where many
        publications are shown (handbook chapters, finder cards), read for all in one query
        (core/relationlists.py)."""
        return {"authors": {}, "publishers": {"organisation": ("id", "name")}}

    @classmethod
    def bibliography_prefetch(cls):
        """Everything the page, the exports and the search index read; the organisations'
        partner pages too (the page links a partner's organisation to its page)."""
        organisations = ("organisation__parent", "organisation__partner")
        return [
            "authors",
            models.Prefetch("publishers", PublicationPublisher.objects.select_related(*organisations)),
            models.Prefetch("commissioners", PublicationCommissioner.objects.select_related(*organisations)),
            "editions",
        ]

    @classmethod
    def page_lists(cls):
        # What offerings/includes/bibliography.html and organisation.html show of them.
        return {
            **super().page_lists(),
            "authors": {},
            "publishers": SHOWN_OF_AN_ORGANISATION,
            "commissioners": SHOWN_OF_AN_ORGANISATION,
            "editions": {},
        }

    @property
    def credit(self):
        """Authors, else publishers, as one line: 'L. de Vries, A. Bakker' or 'NSOB'."""
        names = [author.name for author in self.authors.all()]
        if not names:
            names = [link.organisation.name for link in self.publishers.all()]
        return ", ".join(names)

    @property
    def editions_newest_first(self):
        return sorted(self.editions.all(), key=lambda edition: edition.published.sort_key, reverse=True)

    @property
    def schema_type(self):
        """The schema.org type of this publication's form (taxonomy.SchemaType)."""
        return (self.form.schema_type if self.form_id else "") or SchemaType.LEARNING_RESOURCE

    def newest_edition_date(self):
        dates = [edition.published for edition in self.editions.all() if edition.published]
        return max(dates, key=lambda date: date.sort_key, default="")

    def save(self, *args, **kwargs):
        # A periodical's date is its newest edition's (docs/content-model.md).
        newest = self.newest_edition_date()
        if newest and not kwargs.get("update_fields"):
            self.published = newest
        super().save(*args, **kwargs)
        # Wagtail indexes a page on post_save, before modelcluster commits its child rows:
        # authors, publishers and commissioners changed in the same save (publishing a
        # revision) would be missing from the finder's text until the next save.
        if self.live and not kwargs.get("update_fields"):
            index.insert_or_update_object(self)

    def has_editions(self):
        # In the admin form the editions are still in their formset while the model is
        # validated; PublicationPageForm sets editions_in_form.
        return getattr(self, "editions_in_form", False) or bool(list(self.editions.all()))

    @property
    def doi_url(self):
        return doi_url(self.doi)

    def clean_kind_fields(self):
        errors = {}
        newest = getattr(self, "newest_edition_in_form", None) or self.newest_edition_date()
        if newest:
            self.published = newest
        elif not self.published and not getattr(self, "published_refused_in_form", False):
            errors["published"] = _(
                "Vul in wanneer de publicatie verscheen, of voeg edities toe (dan geldt de datum "
                "van de nieuwste editie)."
            )
        if self.series_number and not self.series:
            errors["series"] = _("Vul ook de naam van de reeks in.")
        if not self.document_id and not self.external_url and not self.has_editions():
            errors["external_url"] = _(
                "Voeg het document toe of geef een externe link, zodat lezers de publicatie kunnen openen."
            )
        for name, normalize in (("isbn", normalize_isbn), ("doi", normalize_doi)):
            try:
                setattr(self, name, normalize(getattr(self, name)))
            except ValidationError as error:
                errors[name] = error.messages[0]
        return errors


class PublicationAuthor(Orderable):
    """One author (a person) of a publication, in the order of the title page."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(
        _("naam"), max_length=200, help_text=_("Zoals op de publicatie, bijvoorbeeld: L. de Vries.")
    )

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")

    def __str__(self):
        return self.name


class OrganisationLink(Orderable):
    organisation = models.ForeignKey(
        "partners.Organisation", on_delete=models.PROTECT, related_name="+", verbose_name=_("organisatie")
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return str(self.organisation)


class PublicationPublisher(OrganisationLink):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="publishers")

    class Meta(OrganisationLink.Meta):
        verbose_name = _("uitgever")
        verbose_name_plural = _("uitgevers")


class PublicationCommissioner(OrganisationLink):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="commissioners")

    class Meta(OrganisationLink.Meta):
        verbose_name = _("opdrachtgever")
        verbose_name_plural = _("opdrachtgevers")


class PublicationEdition(Orderable):
    """One edition of a periodic publication (a quarterly monitor, a yearly assessment)."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="editions")
    title = models.CharField(
        _("editie"), max_length=100, help_text=_("Bijvoorbeeld: 3e kwartaal 2025, of editie 2024.")
    )
    published = PartialDateField(_("verschenen"), help_text=PARTIAL_DATE_HELP)
    url = models.URLField(_("link"))

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("published")]), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("editie")
        verbose_name_plural = _("edities")

    def __str__(self):
        return self.title


class TrainingPage(OfferingPage):
    """A training with its sessions (dates, place or online, places, registration); without
    sessions it is ongoing: one can join at any time."""

    KIND = Kind.TRAINING

    location = models.CharField(
        _("locatie"),
        max_length=200,
        blank=True,
        help_text=_("De vaste locatie van de training; een bijeenkomst kan een eigen plaats hebben."),
    )
    duration = models.CharField(
        _("duur of tijdsinvestering"),
        max_length=200,
        help_text=_("Bijvoorbeeld: 2 dagdelen, of 6 bijeenkomsten van 3 uur."),
    )
    group_size = models.CharField(_("groepsgrootte"), max_length=100, blank=True)
    registration_url = models.URLField(
        _("link om aan te melden"),
        blank=True,
        help_text=_("Geldt voor elke bijeenkomst zonder eigen aanmeldlink."),
    )

    content_panels = [
        *OfferingPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("delivery"),
                FieldPanel("location"),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("group_size")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Training"),
        ),
        InlinePanel(
            "sessions",
            label=_("Bijeenkomst"),
            heading=_("Data (bijeenkomsten)"),
            help_text=_(
                "Eén regel per datum waarop de training (opnieuw) start, met eigen plaats, "
                "plaatsen en aanmelding. Geen data: de training is doorlopend."
            ),
        ),
        *OfferingPage.classification_panels,
    ]

    def extra_search_text(self):
        return [self.location, *(session.location for session in self.sessions.all())]

    @property
    def registration_state(self):
        """open, vol, gesloten or afgelopen (offerings/registration.py)."""
        return registration_state(self)

    @property
    def can_register(self):
        return self.registration_state == RegistrationState.OPEN

    api_fields = [
        *OfferingPage.api_fields,
        APIField("location"),
        APIField("duration"),
        APIField("group_size"),
        APIField("registration_url"),
        APIField("sessions", serializer=SessionsField()),
    ]

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []
    template = "offerings/training_page.html"
    base_form_class = TrainingPageForm

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related("sessions")

    @property
    def sessions_in_order(self):
        """The sessions by date (the editor's row order does not matter)."""
        return sorted(self.sessions.all(), key=TrainingSession.sort_key)

    def upcoming_sessions(self, today=None):
        today = today or timezone.localdate()
        return [session for session in self.sessions_in_order if session.last_day >= today]

    @property
    def next_session(self):
        upcoming = self.upcoming_sessions()
        return upcoming[0] if upcoming else None

    @property
    def registration_link(self):
        """Where "Aanmelden" leads: the first session open for registration (its own link,
        else the training's); the training's link for an ongoing training; else none."""
        sessions = self.sessions_in_order
        if not sessions:
            return self.registration_url if self.registration_state == RegistrationState.OPEN else ""
        for session in sessions:
            if session.state == RegistrationState.OPEN and (
                session.registration_url or self.registration_url
            ):
                return session.registration_url or self.registration_url
        return ""

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            # Not on a partial save: saving a draft writes only revision bookkeeping to the
            # live row, and the draft's sessions must not move the live page's dates.
            sessions = list(self.sessions.all())
            self.start_date = min((session.start_date for session in sessions), default=None)
            self.end_date = max((session.last_day for session in sessions), default=None)
        super().save(*args, **kwargs)
        # As for publications: Wagtail indexes on post_save, before modelcluster commits the
        # sessions of a published revision.
        if self.live and not update_fields:
            index.insert_or_update_object(self)

    def clean_kind_fields(self):
        errors = {}
        if not self.delivery:
            errors["delivery"] = _("Kies of de training online, op locatie of hybride is.")
        elif self.delivery != Delivery.ONLINE and not self.location and not self.has_located_sessions():
            errors["location"] = _("Vul de locatie in voor een training op locatie of hybride.")
        return errors

    def has_located_sessions(self):
        # In the admin form the sessions are still in their formset while the model is
        # validated; TrainingPageForm sets sessions_located_in_form.
        located = getattr(self, "sessions_located_in_form", None)
        if located is not None:
            return located
        sessions = list(self.sessions.all())
        return bool(sessions) and all(session.location for session in sessions)


class TrainingSession(Orderable):
    """One date of a training: when, where (or online), how many places, how to register."""

    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="sessions")
    start_date = models.DateField(_("datum"))
    end_date = models.DateField(
        _("tot en met"),
        null=True,
        blank=True,
        help_text=_("Alleen bij een bijeenkomst van meer dagen achter elkaar."),
    )
    start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    online = models.BooleanField(_("online"), default=False)
    location = models.CharField(
        _("plaats"),
        max_length=200,
        blank=True,
        help_text=_("Leeg laten bij online, of als de locatie van de training geldt."),
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    places_taken = models.PositiveIntegerField(
        _("bezette plaatsen"),
        null=True,
        blank=True,
        help_text=_("Bij te houden door de redactie; gelijk aan het aantal plaatsen = vol."),
    )
    registration_url = models.URLField(
        _("aanmeldlink"), blank=True, help_text=_("Leeg: de aanmeldlink van de training.")
    )
    registration_deadline = models.DateField(_("aanmelden kan tot en met"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("online"), FieldPanel("location")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("places_taken")]),
        FieldRowPanel([FieldPanel("registration_url"), FieldPanel("registration_deadline")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self):
        return self.start_date.isoformat() if self.start_date else ""

    @staticmethod
    def sort_key(session):
        return (session.start_date, session.start_time or datetime.time.min)

    @property
    def last_day(self):
        return self.end_date or self.start_date

    def days(self):
        """Every day this session covers (one, or a few for a multi-day session)."""
        day = self.start_date
        while day <= self.last_day:
            yield day
            day += datetime.timedelta(days=1)

    @property
    def is_full(self):
        return self.capacity is not None and (self.places_taken or 0) >= self.capacity

    def state_on(self, today):
        if self.last_day < today:
            return RegistrationState.ENDED
        if self.is_full:
            return RegistrationState.FULL
        deadline = self.registration_deadline or self.start_date - datetime.timedelta(days=1)
        if deadline < today:
            return RegistrationState.CLOSED
        return RegistrationState.OPEN

    @property
    def state(self):
        return self.state_on(timezone.localdate())

    @property
    def places_left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - (self.places_taken or 0), 0)

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Deze dag ligt vóór de datum van de bijeenkomst.")
        elif self.end_date and self.end_date - self.start_date > MAX_SESSION_LENGTH:
            errors["end_date"] = _(
                "Een bijeenkomst duurt hooguit %(days)s dagen; voeg voor een latere datum een "
                "nieuwe bijeenkomst toe."
            ) % {"days": MAX_SESSION_LENGTH.days + 1}
        same_day = not self.end_date or self.end_date == self.start_date
        if self.start_time and self.end_time and same_day and self.end_time <= self.start_time:
            errors["end_time"] = _("De eindtijd ligt niet na de begintijd.")
        if self.online and self.location:
            errors["location"] = _("Kies online of een plaats, niet allebei.")
        if self.places_taken is not None and self.capacity is None:
            errors["capacity"] = _("Vul het aantal plaatsen in als u de bezette plaatsen bijhoudt.")
        if self.registration_deadline and self.start_date and self.registration_deadline > self.last_day:
            errors["registration_deadline"] = _("Aanmelden kan niet tot na de bijeenkomst.")
        if errors:
            raise ValidationError(errors)


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
