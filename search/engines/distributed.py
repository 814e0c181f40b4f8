"""The distributed engine: OpenSearch or Elasticsearch through Wagtail's modelsearch backend.

One request answers a finder page: the text match and the public-visibility rule in the
query; the facet selections as a `post_filter` (they narrow the hits, not the
aggregations); per facet a `filter` aggregation holding the other facets' selections
around a `terms` aggregation sized to the number of values (disjunctive counts; the
default of 10 buckets would silently cut counts, wagtail#5668); the total
(`track_total_hits`); and the page's ids, sorted as the database engine sorts
(search/engines/base.py). A second request fetches the page when question picks or
promoted results lead it, or when the finder asks for another page than the query named.

Visibility: the index knows a page's `live` flag but not whether it sits below a view
restriction, an unpublished page or outside every site; those few live-but-hidden ids come
from core/visibility.py, once per catalogue change, and are excluded in the query.

The text arrives as Dutch stems (search/text.py): the engine only lower-cases and folds
(stabiliteit/settings/search_index.py), so both engines match the same words.
"""

import functools
import logging
import threading

import elastic_transport
import elasticsearch
import opensearchpy
from django.utils import timezone
from modelsearch.index import FilterField, SearchField

from core.visibility import live_but_hidden_ids
from offerings.models import OfferingPage
from search import facetindex, facets, period
from search.engines.base import Engine, EngineUnavailable, Selection, split_pinned
from search.text import FIELD_WEIGHTS, field_points

logger = logging.getLogger(__name__)

# What a client raises when the engine is down, times out or refuses a request.
ENGINE_ERRORS = (
    opensearchpy.exceptions.OpenSearchException,
    elasticsearch.ApiError,
    elastic_transport.TransportError,
)
# Elasticsearch's and OpenSearch's default index.max_result_window: deeper pages come from
# the database engine (search/engines/__init__.py).
MAX_WINDOW = 10_000
# Field scores (search.text.field_points) are scaled so that the engine's own text score
# (far below 1,000) only orders offerings within one field score.
FIELD_SCORE_SCALE = 1000.0


class BeyondWindow(EngineUnavailable):
    """A page beyond the engine's result window."""


class DistributedEngine(Engine):
    name = "distributed"

    def __init__(self, backend):
        self.backend = backend
        self.mapping = backend.mapping_class(OfferingPage)
        self.index_name = backend.get_index_for_model(OfferingPage).name
        self.facts = catalogue_facts()

    def options(self):
        return self.facts.options

    def select(self, request):
        return EngineSelection(self, request)

    def hidden_ids(self):
        return self.facts.hidden_ids

    def live_revisions(self, pks):
        revisions = self.facts.live_revisions
        return {pk: revisions[pk] for pk in pks if pk in revisions}

    def count(self, request):
        body = {
            "query": self.query(request, with_selections=True),
            "size": 0,
            "track_total_hits": True,
        }
        return self.search(body)["hits"]["total"]["value"]

    # The parts of a request body.

    def column(self, name, kind=FilterField):
        """The index column of one of OfferingPage's search fields (a FilterField by default)."""
        for field in OfferingPage.get_search_fields():
            if field.field_name == name and type(field) is kind:
                return self.mapping.get_field_column_name(field)
        raise LookupError(name)

    def visibility_filters(self, include_expired, request=None):
        """Offerings only, live, public (core/visibility.py), not ended unless asked,
        and only trainings in the request's period when it names one (search/period.py)."""
        filters = [
            {"term": {"_django_content_type": self.mapping.get_content_type()}},
            {"term": {self.column("live"): True}},
        ]
        if self.facts.hidden_ids:
            filters.append({"bool": {"must_not": {"terms": {self.column("id"): self.facts.hidden_ids}}}})
        if not include_expired:
            filters.append(self.not_ended_filter())
        if request is not None and request.in_period:
            filters.extend(period.engine_filters(self.column, request.starts_from, request.starts_until))
        return filters

    def not_ended_filter(self):
        """No end date, or one from today on (a training ends at the end of its last day)."""
        end = self.column("end_date")
        today = timezone.localdate().isoformat()
        return {
            "bool": {
                "should": [
                    {"bool": {"must_not": {"exists": {"field": end}}}},
                    {"range": {end: {"gte": today}}},
                ],
                "minimum_should_match": 1,
            }
        }

    def selection_filters(self, request):
        """{facet key: terms filter} of the selected values."""
        return {
            name: {"terms": {self.column(facets.by_key(name).index_column): [str(key) for key in keys]}}
            for name, keys in request.keys.items()
        }

    def form_hits(self, column, marks, forms):
        """Queries that find one of `forms` in a field's padded stems: a single token as a
        term of the keyword list; a synonym phrase as a phrase of the indexed field."""
        return [
            {"match_phrase": {self.column(f"search_{column}", SearchField): form}}
            if " " in form
            else {"term": {marks: form}}
            for form in forms
        ]

    def text_query(self, request):
        """The words must match (any field, as on the database); pinned offerings join."""
        if request.text is None:
            return {"match_all": {}}
        compiler = self.backend.query_compiler_class(
            OfferingPage.objects.all(), request.text.backend_query(), order_by_relevance=True
        )
        match = compiler.get_inner_query()
        if request.pinned:
            match = {"bool": {"should": [match, self.ids_filter(request.pinned)], "minimum_should_match": 1}}
        # Score: the field score (search.text.field_points: per query word and field, its
        # best tier of exact word, lemma or compound part) scaled, plus the engine's rank.
        functions = []
        for tiers in request.text.ranking_forms():
            for column in FIELD_WEIGHTS:
                marks = self.column(f"search_{column}_marks")
                better = []  # the tiers above this one: a word counts once per field
                for tier, forms in reversed(tiers):  # the best tier first
                    hits = self.form_hits(column, marks, forms)
                    functions.append(
                        {
                            "filter": {
                                "bool": {"should": hits, "minimum_should_match": 1, "must_not": list(better)}
                            },
                            "weight": field_points(column, tier) * FIELD_SCORE_SCALE,
                        }
                    )
                    better.extend(hits)
        return {
            "function_score": {
                "query": match,
                "functions": functions,
                "score_mode": "sum",
                "boost_mode": "sum",
            }
        }

    def query(self, request, with_selections=False, include_expired=None):
        if include_expired is None:
            include_expired = request.include_expired
        filters = self.visibility_filters(include_expired, request)
        if with_selections:
            filters.extend(self.selection_filters(request).values())
        return {"bool": {"must": [self.text_query(request)], "filter": filters}}

    def ids_filter(self, ids):
        return {"terms": {self.column("id"): [int(pk) for pk in ids]}}

    def sort(self, sort, request):
        ids = {self.column("id"): "asc"}
        title = {self.column("title"): "asc"}
        if sort == "relevantie" and request.text is not None:
            return ["_score", {self.column("id"): "desc"}]  # ties: newest page first, as on SQLite
        if sort == "nieuw":
            return [{self.column("first_published_at"): "desc"}, title, ids]
        if sort == "binnenkort":
            return [*period.engine_upcoming_sort(self.column, timezone.localdate()), title, ids]
        return [title, ids]

    def search_all(self, bodies):
        """Several searches in one round trip (_msearch); the engine runs them side by side."""
        lines = [line for body in bodies for line in ({}, body)]
        try:
            if self.backend.use_new_elasticsearch_api:
                response = self.backend.es.msearch(index=self.index_name, searches=lines)
            else:
                response = self.backend.es.msearch(index=self.index_name, body=lines)
        except ENGINE_ERRORS as error:
            raise EngineUnavailable(f"{type(error).__name__}: {error}") from error
        for answer in response["responses"]:
            if "error" in answer:
                raise EngineUnavailable(f"msearch: {answer['error']}")
        return response["responses"]

    def search(self, body):
        """One search request; any engine failure becomes EngineUnavailable."""
        try:
            if self.backend.use_new_elasticsearch_api:
                if "from" in body:
                    body = {**body, "from_": body["from"]}
                    del body["from"]
                return self.backend.es.search(index=self.index_name, **body)
            return self.backend.es.search(index=self.index_name, body=body)
        except ENGINE_ERRORS as error:
            raise EngineUnavailable(f"{type(error).__name__}: {error}") from error


def engine_result_ids(results):
    """The ids of modelsearch's engine results, best first, without loading a model instance
    per match (its results load every match from the database): for the API's ?search= with
    ?order=. Uses the results' own compiled request (modelsearch has no public call for ids)."""
    model = results.query_compiler.queryset.model
    index = results.backend.get_index_for_model(model).name
    response = results._backend_do_search(results._get_es_body(), index=index, _source=False, size=MAX_WINDOW)
    return [int(hit["_id"]) for hit in response["hits"]["hits"]]


class EngineSelection(Selection):
    def __init__(self, engine, request):
        self.engine, self.request = engine, request
        selections = engine.selection_filters(request)
        aggregations = {}
        for spec in facets.FACETS:
            others = [selection for name, selection in selections.items() if name != spec.key]
            size = len(engine.options()[spec.key]) + 1
            values = {"values": {"terms": {"field": engine.column(spec.index_column), "size": size}}}
            aggregations[spec.key] = {
                "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
                "aggs": values,
            }
            if spec.key in selections:
                # What ticking one more value adds: the other facets' selections, and not
                # already one of this facet's ticked values (values within a facet are OR-ed).
                aggregations[f"{spec.key}:added"] = {
                    "filter": {"bool": {"filter": others, "must_not": [selections[spec.key]]}},
                    "aggs": values,
                }
        if request.pinned:
            aggregations["pinned"] = {
                "filter": {"bool": {"filter": [*selections.values(), engine.ids_filter(request.pinned)]}},
                "aggs": {"ids": {"terms": {"field": engine.column("id"), "size": len(request.pinned)}}},
            }
        self.body = {"query": engine.query(request), "track_total_hits": True, "_source": False}
        if selections:
            self.body["post_filter"] = {"bool": {"filter": list(selections.values())}}
        # The page the finder will most likely ask for comes in the same request.
        self.prefetched = None
        body = {**self.body, "aggregations": aggregations, "size": 0}
        if request.page and not request.pinned:
            sort, offset, limit = request.page
            if offset >= 0 and offset + limit <= MAX_WINDOW:
                body.update({"from": offset, "size": limit, "sort": engine.sort(sort, request)})
                self.prefetched = request.page
        bodies = [body]
        if not request.include_expired:
            # With ended trainings, to say how many are hidden; in the same round trip.
            with_ended = {**self.body, "query": engine.query(request, include_expired=True), "size": 0}
            bodies.append(with_ended)
        response, *rest = engine.search_all(bodies)
        self.hits = [int(hit["_id"]) for hit in response["hits"]["hits"]]
        self.total = response["hits"]["total"]["value"]
        self.counts, self.added = {}, {}
        for spec in facets.FACETS:
            by_text = {str(key): key for key, _slug, _label in engine.options()[spec.key]}

            def bucket_counts(name, by_text=by_text):
                buckets = response["aggregations"][name]["values"]["buckets"]
                return {
                    by_text[str(bucket["key"])]: bucket["doc_count"]
                    for bucket in buckets
                    if str(bucket["key"]) in by_text
                }

            self.counts[spec.key] = bucket_counts(spec.key)
            if spec.key in selections:
                self.added[spec.key] = bucket_counts(f"{spec.key}:added")
        self._expired_hidden = rest[0]["hits"]["total"]["value"] - self.total if rest else 0
        self.pinned_present = set()
        if request.pinned:
            buckets = response["aggregations"]["pinned"]["ids"]["buckets"]
            self.pinned_present = {int(bucket["key"]) for bucket in buckets}

    def page_ids(self, sort, pinned, offset, limit):
        if self.prefetched == (sort, offset, limit) and not pinned:
            return list(self.hits)
        pinned_here = [pk for pk in dict.fromkeys(pinned) if pk in self.pinned_present]
        page_ids, rest_offset, rest_limit = split_pinned(pinned_here, offset, limit)
        if rest_limit <= 0:
            return page_ids
        if rest_offset + rest_limit > MAX_WINDOW:
            raise BeyondWindow(f"offset {rest_offset} is beyond the engine's result window")
        body = {**self.body, "from": rest_offset, "size": rest_limit}
        body["sort"] = self.engine.sort(sort, self.request)
        if pinned_here:
            body["query"] = {
                "bool": {"must": [body["query"]], "must_not": [self.engine.ids_filter(pinned_here)]}
            }
        hits = self.engine.search(body)["hits"]["hits"]
        return page_ids + [int(hit["_id"]) for hit in hits]

    def expired_hidden(self):
        return self._expired_hidden


class CatalogueFacts:
    """What the engine requests need from the database: the facet values, the live
    offerings the public may not see, and the live offerings' live revisions (what their
    shared fragments are keyed on, search/fragments.py). Read once per catalogue change (the
    facet index's stamp query, and this process's own writes: search/signals.py); inside a transaction,
    read afresh (uncommitted writes, see facetindex)."""

    _lock = threading.Lock()
    _cached = None

    def __init__(self, stamp):
        self.stamp = stamp
        self.options = facets.all_options()
        self.hidden_ids = live_but_hidden_ids(OfferingPage.objects.all())

    @functools.cached_property
    def live_revisions(self):
        """Read when a listing first asks for its kept fragments (not for feeds or searches)."""
        return dict(OfferingPage.objects.live().values_list("pk", "live_revision_id"))


def catalogue_facts():
    # The signals' generation as well: a term saved in code logs nothing (search/signals.py).
    stamp = (*facetindex.catalogue_stamp(), facetindex.generation())
    if not facetindex.shareable():
        return CatalogueFacts(stamp)
    facts = CatalogueFacts._cached
    if facts is None or facts.stamp != stamp:
        with CatalogueFacts._lock:
            facts = CatalogueFacts(stamp)
            CatalogueFacts._cached = facts
    return facts
