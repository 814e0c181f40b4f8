"""The finder's facets: one spec per facet, the only place a facet is defined.

Everything else reads these specs: the URL parser (search/params.py), both engines
(search/engines/), the facet index (search/facetindex.py), the API's parameters and
OpenAPI document, the drop-filter hints. Within a facet values combine with OR, facets
combine with AND; counts are disjunctive (see search/finder.py).

Adding a facet, e.g. the offering's region:
1. append `FacetSpec("regio", _("Regio"), "region")` to FACETS below (the position is the
   position on screen and in the API);
2. make sure OfferingPage.search_fields has `index.FilterField("region")` (the engine's
   index field; a many-valued facet names a method returning the term ids, such as
   `theme_ids`) and run `manage.py update_index` where an engine is configured.
tests/search/test_facets.py checks that every spec's fields exist.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.visibility import public_pages
from offerings.models import OfferingPage
from taxonomy.kinds import KIND_PLURALS, Kind


@dataclass(frozen=True)
class FacetSpec:
    key: str  # URL parameter, API parameter and facet name
    label: str
    field: str  # OfferingPage field: a choice field, a foreign key or a many-to-many
    index_field: str = ""  # the FilterField holding the keys in an engine's index (default: field)
    choices: tuple | None = None  # (value, label) in display order; default: the field's choices
    label_attr: str = "name"  # for related terms: the attribute shown as the value's label

    @cached_property
    def model_field(self):
        return OfferingPage._meta.get_field(self.field)

    @property
    def many(self):
        """Many-valued (an offering can have several values) or not."""
        return self.model_field.many_to_many

    @property
    def index_column(self):
        return self.index_field or self.field

    @property
    def related_model(self):
        return self.model_field.related_model

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

    def options(self):
        """[(key, slug, label)] in display order. Related pages (partners) count only when
        public; their label is `label_attr` (a partner by its name, sorted by it)."""
        if self.related_model is None:
            choices = self.choices if self.choices is not None else self.model_field.choices
            return [(value, value, str(label)) for value, label in choices]
        if issubclass(self.related_model, Page):
            rows = public_pages(self.related_model.objects.all()).order_by("title")
        else:
            rows = self.related_model.objects.all()
        return list(rows.values_list("pk", "slug", self.label_attr))

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


FACETS = (
    FacetSpec(
        "soort", _("Soort aanbod"), "kind", choices=tuple((kind.value, KIND_PLURALS[kind]) for kind in Kind)
    ),
    FacetSpec("thema", _("Thema"), "themes", index_field="theme_ids"),
    FacetSpec("doelgroep", _("Doelgroep"), "audiences", index_field="audience_ids"),
    FacetSpec("vorm", _("Vorm"), "form"),
    FacetSpec("partner", _("Partnerorganisatie"), "partner", label_attr="title"),
    FacetSpec("fase", _("Fase van onrust"), "phases", index_field="phase_ids"),
    FacetSpec("regio", _("Regio"), "region"),
    FacetSpec("kosten", _("Kosten"), "cost"),
    FacetSpec("werkvorm", _("Werkvorm (trainingen)"), "delivery"),
)
BY_KEY = {spec.key: spec for spec in FACETS}


def all_options():
    """{facet key: [(key, slug, label)]} for every facet."""
    return {spec.key: spec.options() for spec in FACETS}


def keys_for(spec_key, slugs, options):
    """The option keys of the selected slugs."""
    return [key for key, slug, _label in options[spec_key] if slug in slugs]
