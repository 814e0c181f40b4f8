"""The finder service: one code path for the /aanbod/ page and the JSON API.

run_finder(query) returns the page of results, the total and the facets with
disjunctive counts: a value's count is the number of results you would get by adding
that value, so within a facet the counts ignore that facet's own selection. Within a
facet values combine with OR, facets combine with AND.

On the database backends the matching, counting, sorting and paging run on the
in-memory facet index (search/facetindex.py): one query checks that it is current, the
text match is one query for ids only, and the page's offerings are loaded by id. So the
number of SQL queries depends neither on the page size nor on the number of facet values.
On Elasticsearch the engine returns matches and counts (search/elastic.py).
"""

import dataclasses
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Case, ExpressionWrapper, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from offerings.choices import Cost, Delivery, Region
from offerings.models import OfferingPage
from partners.models import PartnerPage
from search import elastic, facetindex
from search.params import FACETS, PAGE_SIZE, FinderQuery
from search.text import parse_text
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Audience, Form, Phase, Theme


@dataclass
class FacetValue:
    slug: str
    label: str
    count: int
    selected: bool
    # Only for an unselected value in a facet with a selection: how many results ticking
    # it adds (values within a facet are OR-ed). None where the engine does not say.
    added: int | None = None


@dataclass
class Facet:
    name: str
    label: str
    values: list

    @property
    def selected_values(self):
        return [v for v in self.values if v.selected]

    @property
    def shown_values(self):
        """The values worth a checkbox: those with results, and those already ticked."""
        return [v for v in self.values if v.count or v.selected]


@dataclass
class DropHint:
    """A change to a query that found nothing which would give results."""

    label: str
    querystring: str
    count: int


@dataclass
class FinderResult:
    query: FinderQuery  # the effective query (question filters applied, unknown slugs dropped)
    items: list
    total: int
    facets: list
    offset: int
    limit: int
    messages: list = field(default_factory=list)
    pinned_ids: set = field(default_factory=set)  # question picks / promoted results on this page
    question: object = None  # taxonomy.Question when ?vraag= named one
    suggestion: str = ""  # "bedoelde u" text when the query found nothing
    hints: list = field(default_factory=list)  # DropHint list when the query found nothing
    expired_hidden: int = 0  # ended trainings that would match but are hidden (no ?verlopen=1)

    @property
    def page_count(self):
        return max(1, -(-self.total // self.limit))

    @property
    def page(self):
        return self.offset // self.limit + 1

    @property
    def suggestion_querystring(self):
        return self.query.querystring(q=self.suggestion) if self.suggestion else ""


class Dimension:
    """One facet: how its values are labelled and how a selection filters offerings."""

    def __init__(self, name, field, many=False, model=None, choices=None):
        self.name, self.field, self.many, self.model, self.choices = name, field, many, model, choices

    def options(self):
        """[(id-or-value, slug, label)] in display order."""
        if self.choices is not None:
            return [(value, value, str(label)) for value, label in self.choices]
        if self.model is PartnerPage:
            rows = (
                PartnerPage.objects.live()
                .public()
                .order_by("title")
                .values_list("pk", "slug", "abbreviation")
            )
            return list(rows)
        return list(self.model.objects.values_list("pk", "slug", "name"))

    @property
    def through(self):
        return OfferingPage._meta.get_field(self.field).remote_field.through

    @property
    def column(self):
        return f"{self.model._meta.model_name}_id"

    def keys_for(self, slugs, options):
        return [key for key, slug, _label in options if slug in slugs]

    def filter_q(self, keys):
        if self.many:
            # Through the M2M table directly: no JOIN duplicates, and independent of how
            # the search backend treats ParentalManyToManyField (django-modelsearch#100).
            ids = self.through.objects.filter(**{f"{self.column}__in": keys}).values("offeringpage_id")
            return Q(pk__in=ids)
        return Q(**{f"{self.field}__in": keys})


def _kind_choices():
    return [(kind.value, KIND_PLURALS[kind]) for kind in Kind]


DIMENSIONS = {
    "soort": Dimension("soort", "kind", choices=_kind_choices()),
    "thema": Dimension("thema", "themes", many=True, model=Theme),
    "doelgroep": Dimension("doelgroep", "audiences", many=True, model=Audience),
    "vorm": Dimension("vorm", "form", model=Form),
    "partner": Dimension("partner", "partner", model=PartnerPage),
    "fase": Dimension("fase", "phases", many=True, model=Phase),
    "regio": Dimension("regio", "region", choices=Region.choices),
    "kosten": Dimension("kosten", "cost", choices=Cost.choices),
    "werkvorm": Dimension("werkvorm", "delivery", choices=Delivery.choices),
}
assert list(DIMENSIONS) == list(FACETS)


def base_queryset(query):
    """Live, public offerings, without trainings that have ended unless asked for, and only
    trainings in the period when ?vanaf=/?tot= ask for one."""
    from search.visibility import public_pages

    queryset = public_pages(OfferingPage.objects.all())
    if not query.include_expired:
        queryset = queryset.filter(Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate()))
    if query.in_period:
        queryset = queryset.filter(in_period_q(query.starts_from, query.starts_until))
    return queryset


def in_period(kind, start, end, starts_from, starts_until):
    """Whether an offering counts for ?vanaf=/?tot=: a training whose dates overlap the
    period (a one-day training has no end date), or an ongoing training (no dates: you can
    join at any time). Publications and contact points have no period."""
    if kind != Kind.TRAINING:
        return False
    if start is None:
        return True
    last = end or start
    return (starts_until is None or start <= starts_until) and (starts_from is None or last >= starts_from)


def in_period_q(starts_from, starts_until):
    """in_period as a query filter (the database and Elasticsearch paths)."""
    dated = Q(start_date__isnull=False)
    if starts_until is not None:
        dated &= Q(start_date__lte=starts_until)
    if starts_from is not None:
        dated &= Q(end_date__gte=starts_from) | Q(end_date__isnull=True, start_date__gte=starts_from)
    return Q(kind=Kind.TRAINING) & (Q(start_date__isnull=True) | dated)


def upcoming_order():
    """`order_by` for "binnenkort": trainings that have not ended, soonest start first (those
    already running first of all); then ongoing trainings; then the rest by title; ended
    trainings last."""
    today = timezone.localdate()
    group = Case(
        When(Q(kind=Kind.TRAINING, end_date__lt=today), then=Value(3)),
        When(Q(kind=Kind.TRAINING, start_date__isnull=False), then=Value(0)),
        When(kind=Kind.TRAINING, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return [group, "start_date", "title", "pk"]


def run_finder(query, offset=None, limit=PAGE_SIZE):
    from search.questions import apply_question
    from search.suggest import drop_hints, suggest

    messages = list(query.messages)
    query, question, pinned = apply_question(query)
    on_elastic = elastic.is_active()
    index = None if on_elastic else facetindex.get_index()
    options = {name: dim.options() for name, dim in DIMENSIONS.items()} if on_elastic else index.options
    query = _drop_unknown_slugs(query, options, messages)
    keys = {name: DIMENSIONS[name].keys_for(slugs, options[name]) for name, slugs in query.filters.items()}

    text = parse_text(query.q) if query.q else None
    if text is not None:
        if text.is_empty:
            messages.append(
                _("Uw zoekvraag bevat geen woorden waarop we kunnen zoeken; u ziet al het aanbod.")
            )
        elif text.truncated:
            messages.append(_("Uw zoekvraag bevat veel woorden; we zoeken op de eerste tien."))
        pinned = [*_promoted_ids(query.q), *pinned]

    searching = text is not None and not text.is_empty
    if on_elastic:
        selection = _ElasticSelection(query, text if searching else None, keys, pinned)
    else:
        selection = _IndexSelection(index, query, text if searching else None, keys, pinned)

    facets = []
    for name in DIMENSIONS:
        selected = query.selected(name)
        counts = selection.counts[name]
        added = selection.added.get(name) if selected else None
        values = [
            FacetValue(
                slug=slug,
                label=str(label),
                count=counts.get(key, 0),
                selected=slug in selected,
                added=None if added is None or slug in selected else added.get(key, 0),
            )
            for key, slug, label in options[name]
        ]
        facets.append(Facet(name=name, label=str(FACETS[name]), values=values))

    total = selection.total
    if offset is None:
        offset = (query.page - 1) * limit
        if total and offset >= total:
            messages.append(_("Die pagina bestaat niet; u ziet de laatste pagina met resultaten."))
            offset = (total - 1) // limit * limit
            query = dataclasses.replace(query, page=offset // limit + 1)
    offset = max(0, offset)

    pin = pinned if query.sort == query.default_sort else []
    items = _load_page(selection.page_ids(query.sort, pin, offset, limit))
    result = FinderResult(
        query=query,
        items=items,
        total=total,
        facets=facets,
        offset=offset,
        limit=limit,
        messages=messages,
        pinned_ids={item.pk for item in items if item.pk in set(pin)},
        question=question,
        expired_hidden=selection.expired_hidden,
    )
    if total == 0 and (searching or query.filters):
        result.suggestion = suggest(text) if searching else ""
        result.hints = drop_hints(query, _count_only)
    return result


class _IndexSelection:
    """Matches, disjunctive counts and pages from the in-memory facet index (no SQL
    beyond the text match)."""

    def __init__(self, index, query, text, keys, pinned):
        self.index = index
        everything = index.all_mask
        base = everything if query.include_expired else everything & index.current_mask(facetindex.today())
        if query.in_period:
            period = index.period_mask(query.starts_from, query.starts_until)
            base &= period
            everything &= period
        self.text, self.matched_ids = text, None
        if text is not None:
            # Matches only (no ranking): the counts need the set; the page ranks lazily.
            # No live() here: the index holds only public offerings and drops other ids,
            # so the match need not join the page table.
            self.matched_ids = _with_pinned(match_ids(text, OfferingPage.objects.all()), pinned)
            matched = index.mask_of(self.matched_ids)
            base &= matched
            everything &= matched
        selections = {
            name: _or(index.masks[name].get(key, 0) for key in facet_keys)
            for name, facet_keys in keys.items()
        }
        self.counts, self.added = {}, {}
        for name in DIMENSIONS:
            mask = base
            for other, selection in selections.items():
                if other != name:
                    mask &= selection
            values = index.masks[name].items()
            self.counts[name] = {key: (mask & value).bit_count() for key, value in values}
            if name in selections:
                # What ticking one more value adds to the current results (OR within a facet).
                mask &= ~selections[name]
                self.added[name] = {key: (mask & value).bit_count() for key, value in values}
        self.mask = base
        hidden = everything & ~base
        for selection in selections.values():
            self.mask &= selection
            hidden &= selection
        self.total = self.mask.bit_count()
        self.expired_hidden = hidden.bit_count()

    def page_ids(self, sort, pinned, offset, limit):
        """Pinned offerings (in the result set) first, then the chosen order."""
        index = self.index
        pinned_here = [pk for pk in dict.fromkeys(pinned) if index.contains(self.mask, pk)]
        page_ids = pinned_here[offset : offset + limit]
        rest_offset = max(0, offset - len(pinned_here))
        rest_limit = limit - len(page_ids)
        if rest_limit > 0:
            rest = self.mask & ~index.mask_of(pinned_here)
            if sort == "relevantie" and self.text is not None:
                page_ids += self.relevance_slice(rest, rest_offset, rest_limit)
            elif sort == "nieuw":
                page_ids += index.pks_in_newest_order(rest, rest_offset + rest_limit)[rest_offset:]
            elif sort == "binnenkort":
                upcoming = index.pks_in_upcoming_order(rest, rest_offset + rest_limit, facetindex.today())
                page_ids += upcoming[rest_offset:]
            else:
                page_ids += index.pks_in_title_order(rest)[rest_offset : rest_offset + rest_limit]
        return page_ids

    def relevance_slice(self, mask, offset, limit):
        """Matches in `mask` by relevance, [offset:offset + limit]: title and summary hits
        first (field_scores), then the backend's own rank. Only the score groups that the
        slice reaches are ranked by the backend (one query): ranking every match of a
        common word would read and score half the catalogue to show twenty."""
        index, stop = self.index, offset + limit
        scores = field_scores(self.text, index)
        scored = facetindex.mask_from_positions(scores)
        groups = {}
        for position in facetindex.positions_of(mask & scored):
            groups.setdefault(scores[position], []).append(index.pks[position])
        ordered = [groups[score] for score in sorted(groups, reverse=True)]
        if stop > sum(len(group) for group in ordered):
            ordered.append(index.pks_in_title_order(mask & ~scored))  # no title/summary hit
        reached, start = [], 0
        for group in ordered:
            if start < stop and start + len(group) > offset:
                reached.append(group)
            start += len(group)
        ranks = backend_rank(self.text, [pk for group in reached for pk in group])
        for group in reached:
            group.sort(key=lambda pk: ranks.get(pk, 0))
        return [pk for group in ordered for pk in group][offset:stop]


def _or(masks):
    combined = 0
    for mask in masks:
        combined |= mask
    return combined


class _ElasticSelection:
    """Matches and counts from Elasticsearch (aggregations); pages from the database."""

    def __init__(self, query, text, keys, pinned):
        matched = elastic.search(query, text, keys, pinned, DIMENSIONS)
        self.ranked_ids, self.counts = matched.ranked_ids, matched.counts
        self.added = {}  # Elasticsearch's aggregations give counts only; the page says what they mean
        queryset = base_queryset(query)
        if self.ranked_ids is not None:
            queryset = queryset.filter(pk__in=self.ranked_ids)
        for name, facet_keys in keys.items():
            queryset = queryset.filter(DIMENSIONS[name].filter_q(facet_keys))
        self.queryset = queryset
        self.total = queryset.count()
        self.expired_hidden = 0
        if not query.include_expired:
            self.expired_hidden = _count_only(dataclasses.replace(query, include_expired=True)) - self.total

    def page_ids(self, sort, pinned, offset, limit):
        pinned_here = []
        if pinned:
            present = set(self.queryset.filter(pk__in=pinned).values_list("pk", flat=True))
            pinned_here = [pk for pk in dict.fromkeys(pinned) if pk in present]
        page_ids = pinned_here[offset : offset + limit]
        rest_offset = max(0, offset - len(pinned_here))
        rest_limit = limit - len(page_ids)
        if rest_limit > 0:
            rest = self.queryset.exclude(pk__in=pinned_here)
            if sort == "relevantie" and self.ranked_ids is not None:
                matching = set(rest.values_list("pk", flat=True))
                ranked = [pk for pk in self.ranked_ids if pk in matching]
                page_ids += ranked[rest_offset : rest_offset + rest_limit]
            else:
                order = {"nieuw": ["-first_published_at", "title", "pk"], "binnenkort": upcoming_order()}.get(
                    sort, ["title", "pk"]
                )
                page_ids += list(
                    rest.order_by(*order).values_list("pk", flat=True)[rest_offset : rest_offset + rest_limit]
                )
        return page_ids


def _count_only(query):
    """The total for a query (used for the drop-filter hints); no facets, no page."""
    if not elastic.is_active():
        index = facetindex.get_index()
        text = parse_text(query.q) if query.q else None
        text = text if text is not None and not text.is_empty else None
        options = index.options
        keys = {n: DIMENSIONS[n].keys_for(slugs, options[n]) for n, slugs in query.filters.items()}
        return _IndexSelection(index, query, text, keys, []).total
    options = {name: DIMENSIONS[name].options() for name in query.filters}
    queryset = base_queryset(query)
    text = parse_text(query.q) if query.q else None
    if text is not None and not text.is_empty:
        queryset = queryset.filter(pk__in=match_ids(text, queryset))
    for name, slugs in query.filters.items():
        dim = DIMENSIONS[name]
        queryset = queryset.filter(dim.filter_q(dim.keys_for(slugs, options[name])))
    return queryset.count()


def search_ids(text, queryset):
    """Ids of offerings in `queryset` matching a parsed text query, all ranked: the full
    relevance order that the finder's pages (relevance_slice) give piece by piece. Used as
    the reference for that order (tests) and where every match is wanted ranked."""
    if text.backend_query() is None:
        return []
    if elastic.is_active():
        ranked = elastic.matching_ids(text, include_expired=True)
        present = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
        return [pk for pk in ranked if pk in present]
    ranks = backend_ranks()
    ids = _backend_ids(text, queryset, by_relevance=ranks)
    if not ranks:
        ids.sort(reverse=True)  # the same tie order as backend_rank: newest page first
    return rank_by_fields(ids, text)


def match_ids(text, queryset):
    """Ids of offerings in `queryset` matching a parsed text query, in no useful order
    (on the database backends without ranking, which is most of a broad query's cost)."""
    if text.backend_query() is None:
        return []
    if elastic.is_active():
        return elastic.matching_ids(text, include_expired=True)
    return _backend_ids(text, queryset, by_relevance=False)


def backend_ranks():
    # Wagtail's SQLite backend scores relevance with a correlated FTS5 subquery per
    # matching row, which grows quadratically; there we match once and order ties newest
    # page first, after title and summary hits (rank_by_fields). PostgreSQL ranks with ts_rank.
    return connection.vendor != "sqlite" and not elastic.is_active()


def backend_rank(text, ids):
    """{pk: position} of `ids` in the database backend's own relevance order (one query).
    SQLite does not rank (see backend_ranks): newest page first, its match order."""
    if len(ids) < 2:
        return {}
    if not backend_ranks():
        return {pk: position for position, pk in enumerate(sorted(ids, reverse=True))}
    ranked = _backend_ids(text, OfferingPage.objects.filter(pk__in=ids), by_relevance=True)
    return {pk: position for position, pk in enumerate(ranked)}


def _backend_ids(text, queryset, by_relevance):
    results = queryset.search(text.backend_query(), order_by_relevance=by_relevance)
    return result_ids(results, ordered=by_relevance)


def result_ids(results, ordered):
    """The ids of a search backend's results, in their order if `ordered`."""
    if hasattr(results, "get_queryset"):
        # The database backends build a plain queryset: take only the ids from it rather
        # than a model instance per match (thousands for a common word). Unordered, no
        # order is needed at all (page managers would sort every match by tree path).
        queryset = results.get_queryset()
        if not ordered:
            queryset = queryset.order_by()
        return list(queryset.values_list("pk", flat=True))
    return [obj.pk for obj in results]


def _field_forms(text):
    for stem in text.stems:
        yield [stem, *(" ".join(synonym) for synonym in text.widened.get(stem, ()))]


def rank_by_fields(ranked_ids, text):
    """Reorder matches: a word in the title counts 3, in the summary 2, elsewhere 0; ties
    keep the backend's order. The database backends weigh fields unevenly (SQLite FTS5
    not at all), so this makes "title and summary weigh more" hold on every database."""
    if len(ranked_ids) < 2:
        return ranked_ids
    scores = dict(
        OfferingPage.objects.filter(pk__in=ranked_ids)
        .annotate(field_score=field_score_expression(text))
        .values_list("pk", "field_score")
    )
    return sorted(ranked_ids, key=lambda pk: -scores.get(pk, 0))


def field_score_expression(text):
    """The title (3) / summary (2) score as SQL over the stored stems; field_scores
    computes the same from the facet index in memory."""
    score = Value(0)
    for forms in _field_forms(text):
        for column, weight in (("search_title_stems", 3), ("search_summary_stems", 2)):
            matches = Q()
            for form in forms:
                matches |= Q(**{f"{column}__contains": f" {form} "})
            score = score + Case(When(matches, then=Value(weight)), default=Value(0))
    return ExpressionWrapper(score, output_field=IntegerField())


def field_scores(text, index):
    """{row position: score} of the facet index rows with a query word in the title (3)
    or summary (2); rows without a hit are left out."""
    score_at = {}
    for forms in _field_forms(text):
        for column, weight in (("title", 3), ("summary", 2)):
            found = [index.positions_containing(column, form) for form in forms]
            # A word counts once per field, however many of its synonyms are there.
            for position in found[0] if len(found) == 1 else set().union(*found):
                score_at[position] = score_at.get(position, 0) + weight
    return score_at


def _with_pinned(ranked_ids, pinned):
    """Pinned offerings join the matches (promoted results need not contain the words)."""
    seen = set(ranked_ids)
    return ranked_ids + [pk for pk in pinned if pk not in seen]


def _promoted_ids(text):
    """Offerings editors promoted for this query (wagtail.contrib.search_promotions)."""
    from modelsearch.utils import normalise_query_string
    from wagtail.contrib.search_promotions.models import SearchPromotion

    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text), page__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("page_id", flat=True)
    )


def _drop_unknown_slugs(query, options, messages):
    filters, unknown = {}, []
    for name, slugs in query.filters.items():
        known = {slug for _key, slug, _label in options[name]}
        kept = tuple(slug for slug in slugs if slug in known)
        unknown.extend(slug for slug in slugs if slug not in known)
        if kept:
            filters[name] = kept
    if unknown:
        shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
        messages.append(_("Onbekende filterwaarde genegeerd: %(values)s.") % {"values": shown})
        query = dataclasses.replace(query, filters=filters)
    return query


def _load_page(page_ids):
    """The page's offerings by id, in the given order (one query plus prefetches)."""
    by_id = (
        OfferingPage.objects.filter(pk__in=page_ids)
        .select_related("form", "partner")
        .prefetch_related("themes", "audiences", "phases")
        .in_bulk()
    )
    return [by_id[pk] for pk in page_ids if pk in by_id]
