"""The finder's facets and filters: one spec each, the only place one is defined.

Three kinds of spec, each declared once below:
- FacetSpec: a facet over a choice field, a foreign key or a taxonomy relation (many-to-many):
  values are slugs, within a facet values combine with OR, facets with AND, counts are
  disjunctive (search/finder.py);
- RangeSpec: a period of two dates (?vanaf=/?tot=: trainings in a period, search/period.py);
- FlagSpec: a yes/no switch (?verlopen=: ended trainings too).

Everything else reads these specs: the one parameter parser of page and API
(search/params.py: it repairs for the page, refuses for the API), both engines
(search/engines/), the facet index and its freshness stamp (search/facetindex.py), the
signals that drop it (search/signals.py), the "bedoelde u" vocabulary and drop-filter hints
(search/suggest.py), the questions' filters (search/questions.py), the coverage matrices
(insight/coverage.py), the API's facets, parameters and OpenAPI document (api/).

Adding a facet (docs/architecture.md, "How to add a facet"): append a FacetSpec to FACETS
(its position is its position on screen and in the API). A choice field or foreign key needs
`index.FilterField(<field>)` in OfferingPage.search_fields; a many-to-many relation gets its
index field (`<term>_ids`) from the relation itself (offerings/termids.py). Then run
`manage.py update_index` where an engine is configured. tests/search/test_facets.py checks
every spec; tests/search/test_add_facet.py adds one.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.visibility import public_pages
from offerings.models import OfferingPage
from offerings.termids import term_ids_name
from taxonomy.kinds import KIND_PLURALS, Kind


@dataclass(frozen=True)
class FacetSpec:
    key: str  # URL parameter, API parameter and facet name
    label: str
    field: str  # OfferingPage field: a choice field, a foreign key or a many-to-many
    choices: tuple | None = None  # (value, label) in display order; default: the field's choices
    label_attr: str = "name"  # for related terms: the attribute shown as the value's label
    question_field: str = ""  # taxonomy.Question's field whose values ?vraag= selects on arrival
    coverage: str = ""  # the gap view's matrix of themes × this facet: "main", "more" or none
    short_label_attr: str = ""  # a shorter label where room is tight (the gap view's columns)

    @cached_property
    def model_field(self):
        return OfferingPage._meta.get_field(self.field)

    @property
    def many(self):
        """Many-valued (an offering can have several values) or not."""
        return self.model_field.many_to_many

    @property
    def index_column(self):
        """The FilterField holding the keys in an engine's index."""
        return term_ids_name(self.model_field) if self.many else self.field

    @property
    def related_model(self):
        return self.model_field.related_model

    @property
    def terms(self):
        """The taxonomy model whose rows are this facet's values (not a page), or None."""
        model = self.related_model
        return model if model is not None and not issubclass(model, Page) else None

    @property
    def through(self):
        return self.model_field.remote_field.through

    @property
    def through_column(self):
        return f"{self.related_model._meta.model_name}_id"

    @property
    def row_column(self):
        """The OfferingPage column holding a single-valued facet's key."""
        return self.model_field.attname

    def options(self, short=False):
        """[(key, slug, label)] in display order. Related pages (partners) count only when
        public; their label is `label_attr` (a partner by its name, sorted by it), or
        `short_label_attr` when asked for a short one."""
        label_attr = (self.short_label_attr if short else "") or self.label_attr
        if self.related_model is None:
            choices = self.choices if self.choices is not None else self.model_field.choices
            return [(value, value, str(label)) for value, label in choices]
        if issubclass(self.related_model, Page):
            rows = public_pages(self.related_model.objects.all()).order_by("title")
        else:
            rows = self.related_model.objects.all()
        return list(rows.values_list("pk", "slug", label_attr))

    def filter_q(self, keys):
        """OfferingPage rows with any of `keys`."""
        if self.many:
            # Through the M2M table directly: no JOIN duplicates, and independent of how
            # the search backend treats ParentalManyToManyField (django-modelsearch#100).
            ids = self.through.objects.filter(**{f"{self.through_column}__in": keys}).values(
                "offeringpage_id"
            )
            return Q(pk__in=ids)
        return Q(**{f"{self.row_column}__in": keys})

    def question_slugs(self, question):
        """The slugs a municipalities' question selects in this facet (empty: none)."""
        if not self.question_field:
            return ()
        value = getattr(question, self.question_field)
        if hasattr(value, "all"):
            return tuple(term.slug for term in value.all())
        return tuple(value or ())


@dataclass(frozen=True)
class RangeSpec:
    """A period: two URL parameters holding a first and a last day, either may be left out."""

    start: str  # URL parameter of the first day
    end: str  # URL parameter of the last day
    start_attribute: str  # FinderQuery attribute and engine request field
    end_attribute: str
    start_help: str  # the parameter's description in the OpenAPI document
    end_help: str

    @property
    def params(self):
        """{URL parameter: FinderQuery attribute}."""
        return {self.start: self.start_attribute, self.end: self.end_attribute}


@dataclass(frozen=True)
class FlagSpec:
    """A yes/no switch: the values that mean yes and those that explicitly mean no."""

    key: str
    attribute: str  # FinderQuery attribute and engine request field
    values: dict  # accepted value -> True/False
    help: str  # the parameter's description in the OpenAPI document
    on: str = "1"  # the value written into URLs


FACETS = (
    FacetSpec(
        "soort",
        _("Soort aanbod"),
        "kind",
        choices=tuple((kind.value, KIND_PLURALS[kind]) for kind in Kind),
        question_field="kinds",
        coverage="main",
    ),
    FacetSpec("thema", _("Thema"), "themes", question_field="themes"),
    FacetSpec("doelgroep", _("Doelgroep"), "audiences", question_field="audiences", coverage="main"),
    FacetSpec("vorm", _("Vorm"), "form"),
    FacetSpec(
        "partner",
        _("Partnerorganisatie"),
        "partner",
        label_attr="title",
        short_label_attr="abbreviation",
        coverage="more",
    ),
    FacetSpec("fase", _("Fase van onrust"), "phases", coverage="more"),
    FacetSpec("regio", _("Regio"), "region", coverage="more"),
    FacetSpec("kosten", _("Kosten"), "cost"),
    FacetSpec("werkvorm", _("Werkvorm (trainingen)"), "delivery"),
)
# ?vanaf= and ?tot=: trainings (partly) in a period (search/period.py).
RANGES = (
    RangeSpec(
        "vanaf",
        "tot",
        "starts_from",
        "starts_until",
        "Alleen trainingen die op of na deze dag (deels) plaatsvinden, plus doorlopende trainingen.",
        "Alleen trainingen die op of vóór deze dag (deels) plaatsvinden, plus doorlopende trainingen.",
    ),
)
# ?verlopen=: ended trainings too. "on" is the finder page's checkbox.
FLAGS = (
    FlagSpec(
        "verlopen",
        "include_expired",
        {
            "1": True,
            "ja": True,
            "on": True,
            "true": True,
            "0": False,
            "nee": False,
            "off": False,
            "false": False,
        },
        "Ook afgelopen trainingen tonen.",
    ),
)


def by_key(key):
    """The facet spec of a URL parameter."""
    return next(spec for spec in FACETS if spec.key == key)


def labels():
    """{facet key: label} in display order."""
    return {spec.key: spec.label for spec in FACETS}


def date_params():
    """{URL parameter: FinderQuery attribute} of every period's days."""
    return {param: attribute for spec in RANGES for param, attribute in spec.params.items()}


def term_models():
    """The taxonomy models the facets draw their values from (Theme, Audience, Form, ...)."""
    return list(dict.fromkeys(spec.terms for spec in FACETS if spec.terms is not None))


def through_models():
    """The link tables of the many-valued facets."""
    return list(dict.fromkeys(spec.through for spec in FACETS if spec.many))


def all_options():
    """{facet key: [(key, slug, label)]} for every facet."""
    return {spec.key: spec.options() for spec in FACETS}


def keys_for(spec_key, slugs, options):
    """The option keys of the selected slugs."""
    return [key for key, slug, _label in options[spec_key] if slug in slugs]
