"""The finder's result set and facet counts as plain SQL, for the benchmark's ratio.

The issue asks for the ratio of the page's server time to "the bare SQL that computes the
same result set and counts". The finder itself no longer counts in SQL (its facet index
counts in memory), so replaying its own statements would not compute the counts. These
are the statements a pure-SQL finder needs for one request: the total, the page of 20 in
the requested order, and per facet the disjunctive counts (that facet's own selection
left out, the others applied), many-valued facets counted through their through tables.
The benchmark runs them straight on the cursor (compiled once, outside the timing) and
checks that they give the finder's total, page and counts.
"""

from django.db.models import Count

from search.finder import DIMENSIONS, backend_ranks, base_queryset, field_score_expression
from search.params import PAGE_SIZE
from search.text import parse_text


def statements(query):
    """[(label, sql, params)] computing total, first page and every facet's counts."""
    from offerings.models import OfferingPage

    options = {name: dim.options() for name, dim in DIMENSIONS.items()}
    keys = {name: DIMENSIONS[name].keys_for(slugs, options[name]) for name, slugs in query.filters.items()}
    base = base_queryset(query)
    text = parse_text(query.q) if query.q else None
    if text is not None and not text.is_empty:
        matches = OfferingPage.objects.live().search(text.backend_query(), order_by_relevance=False)
        base = base.filter(pk__in=matches.get_queryset().values("pk"))

    def filtered(without=None):
        queryset = base
        for name, facet_keys in keys.items():
            if name != without:
                queryset = queryset.filter(DIMENSIONS[name].filter_q(facet_keys))
        return queryset

    result = filtered()
    if text is not None and not text.is_empty and backend_ranks():
        # The finder's order: title/summary hits, then the backend's rank (ts_rank).
        ranked = (
            OfferingPage.objects.filter(pk__in=result.values("pk"))
            .search(text.backend_query(), order_by_relevance=True)
            .get_queryset()
        )
        page = ranked.annotate(field_score=field_score_expression(text)).order_by(
            "-field_score", *ranked.query.order_by
        )
        page = page.values_list("pk", flat=True)[:PAGE_SIZE]
    elif text is not None and not text.is_empty:
        # SQLite: title/summary hits, then newest, as the finder orders there (Wagtail's
        # FTS5 relevance is a correlated subquery per match, quadratic in the matches).
        page = result.annotate(field_score=field_score_expression(text)).order_by("-field_score", "-pk")
        page = page.values_list("pk", flat=True)[:PAGE_SIZE]
    else:
        page = result.order_by("title", "pk").values_list("pk", flat=True)[:PAGE_SIZE]
    total_sql, total_params = result.order_by().values("pk").query.sql_with_params()
    compiled = [("total", f"SELECT COUNT(*) FROM ({total_sql}) AS matches", total_params)]  # noqa: S608
    compiled.append(("page", *page.query.sql_with_params()))
    for name, dim in DIMENSIONS.items():
        scope = filtered(without=name)
        if dim.many:
            counts = (
                dim.through.objects.filter(offeringpage_id__in=scope.values("pk"))
                .values(dim.column)
                .annotate(n=Count("*"))
                .order_by()
            )
        else:
            counts = scope.order_by().values(dim.field).annotate(n=Count("pk"))
        compiled.append((name, *counts.query.sql_with_params()))
    return compiled


def run(cursor, compiled):
    """Execute the statements; {label: rows}."""
    rows = {}
    for label, sql, params in compiled:
        cursor.execute(sql, params)
        rows[label] = cursor.fetchall()
    return rows
