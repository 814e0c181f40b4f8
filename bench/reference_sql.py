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

from offerings.models import OfferingPage
from search import facets
from search.engines.database import backend_name, backend_ranks, field_score_expression
from search.params import PAGE_SIZE
from search.text import parse_text
from search.visibility import public_offerings


def statements(query):
    """[(label, sql, params)] computing total, first page and every facet's counts."""
    options = facets.all_options()
    keys = {name: facets.keys_for(name, slugs, options) for name, slugs in query.filters.items()}
    base = public_offerings(query.include_expired)
    text = parse_text(query.q) if query.q else None
    if text is not None and not text.is_empty:
        matches = OfferingPage.objects.live().search(
            text.backend_query(), order_by_relevance=False, backend=backend_name()
        )
        base = base.filter(pk__in=matches.get_queryset().values("pk"))

    def filtered(without=None):
        queryset = base
        for name, facet_keys in keys.items():
            if name != without:
                queryset = queryset.filter(facets.by_key(name).filter_q(facet_keys))
        return queryset

    result = filtered()
    if text is not None and not text.is_empty and backend_ranks():
        # The finder's order: title/summary hits, then the backend's rank (ts_rank).
        ranked = (
            OfferingPage.objects.filter(pk__in=result.values("pk"))
            .search(text.backend_query(), order_by_relevance=True, backend=backend_name())
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
    for spec in facets.FACETS:
        scope = filtered(without=spec.key)
        if spec.many:
            counts = (
                spec.through.objects.filter(offeringpage_id__in=scope.values("pk"))
                .values(spec.through_column)
                .annotate(n=Count("*"))
                .order_by()
            )
        else:
            counts = scope.order_by().values(spec.row_column).annotate(n=Count("pk"))
        compiled.append((spec.key, *counts.query.sql_with_params()))
    return compiled


def run(cursor, compiled):
    """Execute the statements; {label: rows}."""
    rows = {}
    for label, sql, params in compiled:
        cursor.execute(sql, params)
        rows[label] = cursor.fetchall()
    return rows
