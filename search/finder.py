"""The finder service: one code path for the /aanbod/ page, the JSON API and the feed.

run_finder(query) returns the page of results, the total and the facets with
disjunctive counts: a value's count is the number of results you would get by adding
that value, so within a facet the counts ignore that facet's own selection.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from offerings.choices import Cost, Delivery
from offerings.models import OfferingPage
from partners.models import PartnerPage
from search.params import FACETS, PAGE_SIZE, FinderQuery
from search.text import search_ids
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Audience, Form, Phase, Theme


@dataclass
class FacetValue:
    slug: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list

    @property
    def selected_values(self):
        return [v for v in self.values if v.selected]


@dataclass
class FinderResult:
    query: FinderQuery
    items: list
    total: int
    facets: list
    offset: int
    limit: int

    @property
    def page_count(self):
        return max(1, -(-self.total // self.limit))


class Dimension:
    """One facet: how its values are labelled and how a selection filters offerings."""

    def __init__(self, name, field, many=False, model=None, choices=None):
        self.name, self.field, self.many, self.model, self.choices = name, field, many, model, choices

    def options(self):
        """[(id-or-value, slug, label)] in display order."""
        if self.choices is not None:
            return [(value, value, label) for value, label in self.choices]
        if self.model is PartnerPage:
            rows = (
                PartnerPage.objects.live()
                .public()
                .order_by("title")
                .values_list("pk", "slug", "abbreviation")
            )
            return list(rows)
        return list(self.model.objects.values_list("pk", "slug", "name"))

    def filter_q(self, slugs, options):
        from django.db.models import Q

        keys = [key for key, slug, _label in options if slug in slugs]
        if self.many:
            through = OfferingPage._meta.get_field(self.field).remote_field.through
            column = f"{self.field_model_name()}_id"
            ids = through.objects.filter(**{f"{column}__in": keys}).values("offeringpage_id")
            return Q(pk__in=ids)
        return Q(**{f"{self.field}__in": keys})

    def field_model_name(self):
        return self.model._meta.model_name

    def count(self, queryset):
        """{key: count} over the given offerings."""
        if self.many:
            through = OfferingPage._meta.get_field(self.field).remote_field.through
            column = f"{self.field_model_name()}_id"
            rows = (
                through.objects.filter(offeringpage_id__in=queryset.values("pk"))
                .values(column)
                .annotate(n=Count("id"))
                .values_list(column, "n")
            )
        else:
            rows = queryset.order_by().values(self.field).annotate(n=Count("pk")).values_list(self.field, "n")
        return dict(rows)


def _kind_choices():
    return [(kind.value, KIND_PLURALS[kind]) for kind in Kind]


DIMENSIONS = {
    "soort": Dimension("soort", "kind", choices=_kind_choices()),
    "thema": Dimension("thema", "themes", many=True, model=Theme),
    "doelgroep": Dimension("doelgroep", "audiences", many=True, model=Audience),
    "vorm": Dimension("vorm", "form", model=Form),
    "partner": Dimension("partner", "partner", model=PartnerPage),
    "fase": Dimension("fase", "phases", many=True, model=Phase),
    "kosten": Dimension("kosten", "cost", choices=Cost.choices),
    "werkvorm": Dimension("werkvorm", "delivery", choices=Delivery.choices),
}
assert list(DIMENSIONS) == list(FACETS)


def base_queryset(query):
    """Live, public offerings, without trainings that have ended unless asked for."""
    from api.visibility import public_pages

    queryset = public_pages(OfferingPage.objects.all())
    if not query.include_expired:
        from django.db.models import Q

        queryset = queryset.filter(Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate()))
    return queryset


def run_finder(query, offset=None, limit=PAGE_SIZE):
    if offset is None:
        offset = (query.page - 1) * limit
    queryset = base_queryset(query)
    ranked_ids = None
    if query.q:
        ranked_ids = search_ids(query.q, queryset)
        queryset = queryset.filter(pk__in=ranked_ids)

    options = {name: dim.options() for name, dim in DIMENSIONS.items()}
    conditions = {
        name: DIMENSIONS[name].filter_q(slugs, options[name]) for name, slugs in query.filters.items()
    }

    facets = []
    for name, dim in DIMENSIONS.items():
        facet_qs = queryset
        for other, condition in conditions.items():
            if other != name:
                facet_qs = facet_qs.filter(condition)
        counts = dim.count(facet_qs)
        selected = query.selected(name)
        values = [
            FacetValue(slug=slug, label=str(label), count=counts.get(key, 0), selected=slug in selected)
            for key, slug, label in options[name]
        ]
        facets.append(Facet(name=name, label=str(FACETS[name]), values=values))

    for condition in conditions.values():
        queryset = queryset.filter(condition)
    total = queryset.count()
    items = _ordered_page(queryset, query, ranked_ids, offset, limit)
    return FinderResult(query=query, items=items, total=total, facets=facets, offset=offset, limit=limit)


def _ordered_page(queryset, query, ranked_ids, offset, limit):
    queryset = queryset.select_related("form", "partner").prefetch_related("themes")
    if query.sort == "relevantie" and ranked_ids is not None:
        matching = set(queryset.values_list("pk", flat=True))
        page_ids = [pk for pk in ranked_ids if pk in matching][offset : offset + limit]
        by_id = queryset.in_bulk(page_ids)
        return [by_id[pk] for pk in page_ids]
    order = {"nieuw": ["-first_published_at", "title"], "titel": ["title", "pk"]}.get(
        query.sort, ["title", "pk"]
    )
    return list(queryset.order_by(*order)[offset : offset + limit])
