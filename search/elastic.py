"""The finder on Elasticsearch (ELASTICSEARCH_URL set): matching and facet counts as
aggregations in one request.

Each facet gets a `filter` aggregation holding the other facets' selections and a
`terms` aggregation sized to the number of values (the default of 10 buckets would
silently cut counts, wagtail#5668). The page of offerings is then loaded from the
database by id, so templates and the API see the same model instances on every backend.
"""

from dataclasses import dataclass

from django.utils import timezone

MAX_HITS = 10_000  # Elasticsearch's default max_result_window


@dataclass
class Matched:
    ranked_ids: list | None
    counts: dict


def backend():
    from wagtail.search.backends import get_search_backend

    return get_search_backend()


def is_active():
    from django.conf import settings

    return bool(settings.ELASTICSEARCH_URL) and "elasticsearch" in type(backend()).__module__


def _mapping():
    from offerings.models import OfferingPage

    search_backend = backend()
    return search_backend.mapping_class(OfferingPage), search_backend


def _column(mapping, name):
    from offerings.models import OfferingPage

    for field in OfferingPage.get_filterable_search_fields():
        if field.field_name == name:
            return mapping.get_field_column_name(field)
    raise LookupError(name)


# facet name -> the FilterField that holds its keys in the index
FACET_FIELDS = {
    "soort": "kind",
    "thema": "theme_ids",
    "doelgroep": "audience_ids",
    "vorm": "form",
    "partner": "partner",
    "fase": "phase_ids",
    "regio": "region",
    "kosten": "cost",
    "werkvorm": "delivery",
}


def _base_filters(mapping, include_expired):
    """Offerings only, live + public + (not expired unless asked), as Elasticsearch filters."""
    from modelsearch.query import MATCH_ALL
    from wagtail.models import PageViewRestriction

    from offerings.models import OfferingPage

    compiler = backend().query_compiler_class(OfferingPage.objects.all(), MATCH_ALL)
    filters = [compiler.get_content_type_filter(), {"term": {_column(mapping, "live"): True}}]
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    if restricted:
        hidden = list(OfferingPage.objects.filter(_path_q(restricted)).values_list("pk", flat=True))
        filters.append({"bool": {"must_not": {"terms": {"pk": [str(pk) for pk in hidden]}}}})
    if not include_expired:
        today = timezone.localdate().isoformat()
        end = _column(mapping, "end_date")
        filters.append(
            {
                "bool": {
                    "should": [
                        {"bool": {"must_not": {"exists": {"field": end}}}},
                        {"range": {end: {"gte": today}}},
                    ]
                }
            }
        )
    return filters


def _period_filters(mapping, query):
    """search.finder.in_period as Elasticsearch filters (none without ?vanaf=/?tot=)."""
    if not query.in_period:
        return []
    start, end = _column(mapping, "start_date"), _column(mapping, "end_date")
    dated = [{"exists": {"field": start}}]
    if query.starts_until is not None:
        dated.append({"range": {start: {"lte": query.starts_until.isoformat()}}})
    if query.starts_from is not None:
        since = query.starts_from.isoformat()
        no_end_starts_since = {
            "bool": {"must_not": {"exists": {"field": end}}, "filter": {"range": {start: {"gte": since}}}}
        }
        dated.append({"bool": {"should": [{"range": {end: {"gte": since}}}, no_end_starts_since]}})
    undated = {"bool": {"must_not": {"exists": {"field": start}}}}
    return [
        {"term": {_column(mapping, "kind"): "training"}},
        {"bool": {"should": [undated, {"bool": {"filter": dated}}]}},
    ]


def _path_q(paths):
    from django.db.models import Q

    q = Q()
    for path in paths:
        q |= Q(path__startswith=path)
    return q


def _text_query(text):
    from offerings.models import OfferingPage

    compiler = backend().query_compiler_class(
        OfferingPage.objects.all(), text.backend_query(), order_by_relevance=True
    )
    return compiler.get_inner_query()


def _search(search_backend, body, **kwargs):
    from offerings.models import OfferingPage

    index = search_backend.get_index_for_model(OfferingPage).name
    if search_backend.use_new_elasticsearch_api:
        return search_backend.es.search(index=index, **body, **kwargs)
    return search_backend.es.search(index=index, body=body, **kwargs)


def search(query, text, keys, pinned, dimensions):
    """Ranked ids (None without text) and {facet: {key: count}} from one request."""
    mapping, search_backend = _mapping()
    facet_filters = {
        name: {"terms": {_column(mapping, FACET_FIELDS[name]): list(values)}} for name, values in keys.items()
    }
    must = [_text_query(text)] if text is not None else [{"match_all": {}}]
    if pinned and text is not None:
        must = [{"bool": {"should": [must[0], {"terms": {"pk": [str(pk) for pk in pinned]}}]}}]
    aggregations = {}
    for name in dimensions:
        others = [f for other, f in facet_filters.items() if other != name]
        size = max(10, len(dimensions[name].options()) + 1)
        aggregations[name] = {
            "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
            "aggs": {"values": {"terms": {"field": _column(mapping, FACET_FIELDS[name]), "size": size}}},
        }
    body = {
        "query": {
            "bool": {
                "must": must,
                "filter": _base_filters(mapping, query.include_expired) + _period_filters(mapping, query),
            }
        },
        "aggregations": aggregations,
        "_source": False,
        "stored_fields": ["pk"],
    }
    response = _search(search_backend, body, size=MAX_HITS if text is not None else 0)
    counts = {
        name: {_key(bucket["key"]): bucket["doc_count"] for bucket in agg["values"]["buckets"]}
        for name, agg in response["aggregations"].items()
    }
    ranked = None
    if text is not None:
        ranked = [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    return Matched(ranked_ids=ranked, counts=counts)


def matching_ids(text, include_expired):
    """Ids of the offerings matching a text, best first (for counts without facets)."""
    mapping, search_backend = _mapping()
    body = {
        "query": {"bool": {"must": [_text_query(text)], "filter": _base_filters(mapping, include_expired)}},
        "_source": False,
        "stored_fields": ["pk"],
    }
    response = _search(search_backend, body, size=MAX_HITS)
    return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]


def _key(value):
    """Bucket keys: ids come back as numbers, choice values as strings."""
    return int(value) if isinstance(value, int | float) else value
