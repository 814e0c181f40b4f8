"""The finder service: one code path for the /aanbod/ page, the JSON API and the feed.

run_finder(query) returns the page of results, the total and the facets with
disjunctive counts: a value's count is the number of results you would get by adding
that value, so within a facet the counts ignore that facet's own selection. Within a
facet values combine with OR, facets combine with AND (the facets: search/facets.py).

The matching and counting is the engine's (search/engines/: the database's facet index,
or OpenSearch/Elasticsearch when SEARCH_URL is set); this module turns the user's query
into an engine request and the engine's answer into labelled facets and loaded pages.
"""

import dataclasses
import itertools

from django.utils import timezone
from django.utils.translation import gettext as _
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion

from offerings.models import OfferingPage, TrainingSession
from search import engines, facets, related
from search.engines.base import Request
from search.params import PAGE_SIZE
from search.questions import apply_question
from search.results import Facet, FacetValue, FinderResult, KeptItem, PartialMatch
from search.suggest import drop_hints, suggest
from search.text import parse_text
from taxonomy.kinds import Kind

# Sub-queries tried for "what matches most of the words" (search.finder._partial_match):
# all but one word first, then all but two, ..., at most this many counts in all.
MAX_PARTIAL_TRIES = 12


def run_finder(query, offset=None, limit=PAGE_SIZE, taxonomy=True, kept=None, fields=None):
    """The finder's answer to `query`. taxonomy=False: the page's offerings come without
    their themes, audiences and phases (the HTML result list does not show them; the API
    and the feed do), which saves three queries and a third of the finder's own time.

    fields: the only fields of the page's offerings the caller reads (the HTML result list:
    search.views.CARD_FIELDS), or None for all but the body; fewer columns cost the query
    and the loading of each row less.

    kept(candidates, pinned_ids): which of the page's offerings (`candidates`, a KeptItem
    each: pk and live revision as the engine knows them) the caller needs not loaded, because
    what it shows of them is kept already (a shared fragment of that offering under its live
    revision and the current surroundings stamp, search/fragments.py); those come in `items`
    as their KeptItem. A kept fragment was rendered from a public offering, and the
    surroundings stamp moves when one stops being public, so no visibility check is skipped."""
    query, question, pinned = apply_question(query)
    text = parse_text(query.q) if query.q else None
    if text is not None:
        pinned = [*_promoted_ids(query.q), *pinned]
    return engines.serve(
        lambda engine: _find(engine, query, question, pinned, text, offset, limit, taxonomy, kept, fields)
    )


def _find(engine, query, question, pinned, text, offset, limit, taxonomy, kept=None, fields=None):
    messages = list(query.messages)
    options = engine.options()
    query, matches_nothing = _drop_unknown_slugs(query, options, messages)
    if text is not None and text.is_empty:
        # No word at all ("?!", "--"): nothing to search for, and never the whole catalogue.
        messages.append(_("Uw zoekvraag bevat geen woorden waarop we kunnen zoeken. Typ een woord of meer."))
        matches_nothing = True
    elif text is not None and text.truncated:
        messages.append(_("Uw zoekvraag bevat veel woorden; we zoeken op de eerste tien."))
    searching = text is not None and not text.is_empty
    expected_page = (query.sort, offset if offset is not None else (query.page - 1) * limit, limit)
    selection = engine.select(_request(query, text, options, pinned, expected_page))

    facet_list = []
    for spec in facets.FACETS:
        selected, counts = query.selected(spec.key), selection.counts[spec.key]
        added = selection.added.get(spec.key) if selected else None
        values = [
            FacetValue(
                slug=slug,
                label=str(label),
                count=counts.get(key, 0),
                selected=slug in selected,
                added=None if added is None or slug in selected else added.get(key, 0),
            )
            for key, slug, label in options[spec.key]
        ]
        facet_list.append(Facet(name=spec.key, label=str(spec.label), values=values))

    # A filter value that names nothing (e.g. a deleted theme in a bookmark) matches nothing:
    # the same answer on the page, in the API and in the feed, never the unfiltered list.
    total = 0 if matches_nothing else selection.total
    if offset is None:
        offset = (query.page - 1) * limit
        if total and offset >= total:
            messages.append(_("Die pagina bestaat niet; u ziet de laatste pagina met resultaten."))
            offset = (total - 1) // limit * limit
            query = dataclasses.replace(query, page=offset // limit + 1)
    offset = max(0, offset)

    pin = pinned if query.sort == query.default_sort else []
    page_ids = [] if matches_nothing else selection.page_ids(query.sort, pin, offset, limit)
    known = {}
    if kept is not None and page_ids:
        candidates = [KeptItem(pk, revision) for pk, revision in engine.live_revisions(page_ids).items()]
        found = kept(candidates, set(pin).intersection(page_ids))
        known = {candidate.pk: candidate for candidate in candidates if candidate.pk in found}
    wanted = [pk for pk in page_ids if pk not in known]
    loaded = {}
    if wanted:
        loaded = {item.pk: item for item in _load_page(wanted, engine.hidden_ids(), taxonomy, fields)}
    items = [known[pk] if pk in known else loaded[pk] for pk in page_ids if pk in known or pk in loaded]
    result = FinderResult(
        query=query,
        items=items,
        total=total,
        facets=facet_list,
        offset=offset,
        limit=limit,
        messages=messages,
        pinned_ids={item.pk for item in items if item.pk in set(pin)},
        question=question,
        expired_hidden=0 if matches_nothing or query.include_expired else selection.expired_hidden(),
        text=text if searching else None,
    )
    if total == 0 and (searching or query.filters):
        result.suggestion = suggest(text) if searching else ""
        result.hints = drop_hints(query, lambda changed: engine.count(_request(changed, None, options)))
    if total == 0 and searching and not matches_nothing:
        # Never a bare zero: what matches most of the words, and the closest themes and questions.
        result.partial = _partial_match(engine, query, question, text, options, limit, taxonomy, fields)
        theme_counts = {}
        if result.partial is not None:
            facet = next(f for f in result.partial.facets if f.name == "thema")
            theme_counts = {value.slug: value.count for value in facet.values}
            result.partial = result.partial.match
        result.related_themes, result.related_questions = related.closest(text, theme_counts)
    result.scope = _scope(query, options, suggesting=total == 0 and searching)
    return result


def catalogue_counts():
    """({kind: public offerings}, ended trainings): the finder's own counts with no filter
    (its kind facet, and the ended trainings it leaves out), from the engine that serves: on
    the database engine the facet index in memory, no query of its own (the home page)."""
    spec = next(spec for spec in facets.FACETS if spec.field == "kind")

    def count(engine):
        selection = engine.select(Request())
        return dict(selection.counts[spec.key]), selection.expired_hidden()

    return engines.serve(count)


def _scope(query, options, suggesting):
    """FinderResult.scope: the selected facet values as ((facet, option key), ...).

    Every match has a selected value in each facet with a selection, and so does every
    offering in a partial match (the same filters, fewer words). What else the answer shows
    are counts (facets, drop-filter hints, ended trainings hidden), and they change only
    when an offering's filter facts do. Without a facet selection any offering can be a
    match; a search that found nothing suggests words from the whole catalogue."""
    if not query.filters or suggesting:
        return None
    selected = sorted(query.filters.items())
    return tuple((name, key) for name, slugs in selected for key in facets.keys_for(name, slugs, options))


@dataclasses.dataclass
class _Partial:
    match: PartialMatch
    facets: list


def _partial_match(engine, query, question, text, options, limit, taxonomy, fields):
    """The query with the fewest words left out that finds something (the most results
    among equals), run as a finder query of its own; a single compound counts as its parts.
    None for a single word or when no part of the query finds anything."""
    words = list(dict.fromkeys(text.raw_words))
    if len(words) == 1 and text.parts.get(text.stems[0]):
        words = list(dict.fromkeys(text.parts[text.stems[0]]))  # burgerkracht: burger, kracht
    if text.stop_words_only or len(words) < 2:
        return None
    tries = 0
    for size in range(len(words) - 1, 0, -1):
        best = None
        for kept in itertools.combinations(words, size):
            if tries == MAX_PARTIAL_TRIES:
                break
            tries += 1
            smaller = dataclasses.replace(query, q=" ".join(kept), page=1, messages=())
            count = engine.count(_request(smaller, None, options))
            if count and (best is None or count > best[0]):
                best = (count, smaller, kept)
        if best is not None:
            _count, smaller, kept = best
            smaller_text = parse_text(smaller.q)
            found = _find(engine, smaller, question, [], smaller_text, 0, limit, taxonomy, fields=fields)
            left_out = [word for word in words if word not in kept]
            match = PartialMatch(smaller, list(kept), left_out, found.total, found.items)
            return _Partial(match, found.facets)
    return None


def _request(query, text, options, pinned=(), page=()):
    """The engine request for a query; `text` parsed already, or None to parse query.q."""
    if text is None and query.q:
        text = parse_text(query.q)
    keys = {name: facets.keys_for(name, slugs, options) for name, slugs in query.filters.items()}
    return Request(
        text=text if text is not None and not text.is_empty else None,
        keys=keys,
        include_expired=query.include_expired,
        starts_from=query.starts_from,
        starts_until=query.starts_until,
        pinned=tuple(pinned),
        page=page,
    )


def _promoted_ids(text):
    """Offerings editors promoted for this query (wagtail.contrib.search_promotions)."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text), page__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("page_id", flat=True)
    )


def _drop_unknown_slugs(query, options, messages):
    """The query without slugs that name nothing, and whether it can match anything at all.

    Values of one facet are alternatives: an unknown one adds nothing, and a facet whose values
    are all unknown matches no offering (so neither does the query).
    """
    filters, unknown, matches_nothing = {}, [], False
    for name, slugs in query.filters.items():
        known = {slug for _key, slug, _label in options[name]}
        kept = tuple(slug for slug in slugs if slug in known)
        unknown.extend(slug for slug in slugs if slug not in known)
        if kept:
            filters[name] = kept
        else:
            matches_nothing = True
    if unknown:
        shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
        messages.append(
            _(
                "Onbekende filterwaarde: %(values)s. Die bestaat niet (meer); er is geen aanbod mee "
                "te vinden. Haal het filter weg of kies een andere waarde."
            )
            % {"values": shown}
        )
        query = dataclasses.replace(query, filters=filters)
    return query, matches_nothing


def _load_page(page_ids, hidden_ids, taxonomy=True, fields=None):
    """The page's offerings by id, in the given order (one query, plus three prefetches with
    the taxonomy). The body is left out: no listing shows it, and decoding 20 StreamFields
    cost a third of the query's time; with `fields`, all but those are left out.

    Only what the public may see: live and not among the engine's live-but-hidden ids, which
    together are the one visibility rule (core/visibility.py, public_pages =
    live minus live_but_hidden_ids). An engine index that is behind (search/indexqueue.py)
    may still name a page that was unpublished meanwhile; it is left out here, never shown."""
    offerings = (
        OfferingPage.objects.live()
        .filter(pk__in=page_ids)
        .exclude(pk__in=hidden_ids)
        .defer("body")
        .select_related("form", "partner")
    )
    if fields is not None:
        # A field of a related model (form__name) needs that relation joined.
        joined = dict.fromkeys(name.split("__")[0] for name in fields if "__" in name)
        offerings = offerings.select_related(*joined).only(*fields)
    if taxonomy:
        offerings = offerings.prefetch_related("themes", "audiences", "phases")
    by_id = offerings.in_bulk()
    found = [by_id[pk] for pk in page_ids if pk in by_id]
    _attach_sessions(found)
    return found


def _attach_sessions(offerings):
    """The result list shows a training's next session and how many dates it has: one query
    for the page, whatever it holds, and none when it holds no training (only trainings have
    sessions)."""
    sessions = {}
    trainings = [offering.pk for offering in offerings if offering.kind == Kind.TRAINING]
    if trainings:
        rows = TrainingSession.objects.filter(page_id__in=trainings)
        for session in sorted(rows, key=TrainingSession.sort_key):
            sessions.setdefault(session.page_id, []).append(session)
    today = timezone.localdate()
    for offering in offerings:
        listed = sessions.get(offering.pk, [])
        offering.listed_sessions = listed
        offering.session_count = len(listed)
        offering.next_listed_session = next((s for s in listed if s.last_day >= today), None)
