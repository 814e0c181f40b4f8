"""The database engine: the in-memory facet index plus the database backend's text match.

Matching, counting, sorting and paging run on the facet index (search/facetindex.py): one
query checks that it is current, the text match is one query for ids only (Wagtail's
database backend, search/backends/), and the page's offerings are loaded by id. So the
number of SQL queries depends neither on the page size nor on the number of facet values.
"""

from django.conf import settings
from django.db import connection
from django.db.models import Case, ExpressionWrapper, IntegerField, Q, Value, When

from offerings.models import OfferingPage
from search import facetindex, facets
from search.engines.base import Engine, Selection, split_pinned
from search.text import FIELD_WEIGHTS, field_points


def backend_name():
    """The Wagtail search backend holding the database's own index: "database" when a
    distributed engine is the default backend (both are kept up to date), else "default"."""
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"


class DatabaseEngine(Engine):
    name = "database"

    def __init__(self):
        self.index = facetindex.get_index()

    def options(self):
        return self.index.options

    def select(self, request):
        return IndexSelection(self.index, request)

    def count(self, request):
        return IndexSelection(self.index, request, with_counts=False).total

    def live_revisions(self, pks):
        return self.index.live_revisions_of(pks)


class IndexSelection(Selection):
    """Matches, disjunctive counts and pages from the in-memory facet index (no SQL
    beyond the text match)."""

    def __init__(self, index, request, with_counts=True):
        self.index = index
        everything = index.all_mask  # as `base`, but with ended trainings (expired_hidden)
        if request.in_period:
            everything &= index.period_mask(request.starts_from, request.starts_until)
        self.text = request.text
        if request.text is not None:
            # Matches only (no ranking): the counts need the set; the page ranks lazily.
            # No live() here: the index holds only public offerings and drops other ids,
            # so the match need not join the page table.
            matched = match_ids(request.text, OfferingPage.objects.all())
            everything &= index.mask_of([*matched, *request.pinned])
        base = everything if request.include_expired else everything & index.current_mask(facetindex.today())
        selections = {
            name: _or(index.masks[name].get(key, 0) for key in facet_keys)
            for name, facet_keys in request.keys.items()
        }
        self.counts, self.added = {}, {}
        if with_counts:
            for spec in facets.FACETS:
                mask = base
                for other, selection in selections.items():
                    if other != spec.key:
                        mask &= selection
                values = index.masks[spec.key].items()
                self.counts[spec.key] = {key: (mask & value).bit_count() for key, value in values}
                if spec.key in selections:
                    # What ticking one more value adds to the results (OR within a facet).
                    mask &= ~selections[spec.key]
                    self.added[spec.key] = {key: (mask & value).bit_count() for key, value in values}
        self.mask, hidden = base, everything & ~base
        for selection in selections.values():
            self.mask &= selection
            hidden &= selection
        self.total = self.mask.bit_count()
        self._expired_hidden = hidden.bit_count()

    def expired_hidden(self):
        return self._expired_hidden

    def page_ids(self, sort, pinned, offset, limit):
        index = self.index
        pinned_here = [pk for pk in dict.fromkeys(pinned) if index.contains(self.mask, pk)]
        page_ids, rest_offset, rest_limit = split_pinned(pinned_here, offset, limit)
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


def search_ids(text, queryset):
    """Ids of offerings in `queryset` matching a parsed text query, all ranked: the full
    relevance order that the finder's pages (relevance_slice) give piece by piece. Used as
    the reference for that order (tests) and where every match is wanted ranked."""
    if text.backend_query() is None:
        return []
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
    return _backend_ids(text, queryset, by_relevance=False)


def backend_ranks():
    # Wagtail's SQLite backend scores relevance with a correlated FTS5 subquery per
    # matching row, which grows quadratically; there we match once and order ties newest
    # page first, after title and summary hits (rank_by_fields). PostgreSQL ranks with ts_rank.
    return connection.vendor != "sqlite"


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
    results = queryset.search(text.backend_query(), order_by_relevance=by_relevance, backend=backend_name())
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


def rank_by_fields(ranked_ids, text):
    """Reorder matches by title and summary hits (search.text.field_points: title over
    summary, and in a field the exact word over its lemma over a compound part); ties
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
    """The field score as SQL over the stored padded stems; field_scores computes the
    same from the facet index in memory."""
    score = Value(0)
    for tiers in text.ranking_forms():
        for column in FIELD_WEIGHTS:
            whens = []
            for tier, forms in reversed(tiers):  # the best tier first
                matches = Q()
                for form in forms:
                    matches |= Q(**{f"search_{column}_stems__contains": f" {form} "})
                whens.append(When(matches, then=Value(field_points(column, tier))))
            score = score + Case(*whens, default=Value(0))
    return ExpressionWrapper(score, output_field=IntegerField())


def field_scores(text, index):
    """{row position: score} of the facet index rows with a query word in the title or
    summary (search.text.field_points); rows without a hit are left out."""
    score_at = {}
    for tiers in text.ranking_forms():
        for column in FIELD_WEIGHTS:
            best = {}
            for tier, forms in tiers:  # a word counts once per field, at its best tier
                for form in forms:
                    for position in index.positions_containing(column, form):
                        best[position] = field_points(column, tier)
            for position, points in best.items():
                score_at[position] = score_at.get(position, 0) + points
    return score_at
