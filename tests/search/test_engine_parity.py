"""The distributed engine and the database engine give the same answers.

For 200 random parameter sets (text, every facet, expired, sort, page): the same total,
the same count for every facet value and the same offerings on the page. Order: by title
and newest first the pages are identical; by relevance both engines order by the field
score (search.text.field_points per query word; search/engines/base.py) and then by their own
text rank, so the pages must hold the same field scores position by position, and every
offering the engine shows must be a match of the database engine with that score (a group
of equal scores that the page cuts may show different members; a group the page holds
whole must be the same set).

Runs with SEARCH_URL set (`make test-engine`); without an engine there is nothing to
compare with.
"""

import datetime
import random

import pytest
from django.http import QueryDict

from offerings.models import OfferingPage
from search import engines, facets
from search.engines.database import field_score_expression
from search.finder import run_finder
from search.params import SORTS, FinderQuery
from search.text import parse_text
from tests import engine_support

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not engine_support.configured(), reason="needs SEARCH_URL (make test-engine)"),
]

RUNS = 200


def vocabulary():
    words = set()
    for title, summary in OfferingPage.objects.live().values_list("title", "summary"):
        words.update(
            word for word in f"{title} {summary}".lower().split() if word.isalpha() and len(word) > 3
        )
    return sorted(words)


def random_query(rng, words, options):
    data = QueryDict(mutable=True)
    if rng.random() < 0.6:
        data["q"] = " ".join(rng.sample(words, rng.choice([1, 1, 1, 1, 2])))
        if rng.random() < 0.1:
            data["q"] += " qqxxzz"  # a word nothing has
    for spec in facets.FACETS:
        if rng.random() < 0.12:
            slugs = [slug for _key, slug, _label in options[spec.key]]
            data.setlist(spec.key, rng.sample(slugs, min(len(slugs), rng.choice([1, 1, 2, 3]))))
    if rng.random() < 0.3:
        data["verlopen"] = "1"
    if rng.random() < 0.2:  # a period (search/period.py: the trainings' sessions)
        today = datetime.date.today()
        start = today + datetime.timedelta(days=rng.randint(-500, 400))
        data["vanaf"] = start.isoformat()
        if rng.random() < 0.6:
            data["tot"] = (start + datetime.timedelta(days=rng.randint(0, 120))).isoformat()
    data["sorteer"] = rng.choice(list(SORTS))
    data["pagina"] = str(rng.choice([1, 1, 1, 2, 3]))
    return FinderQuery.from_querydict(data)


def scores_of(ids, text):
    return dict(
        OfferingPage.objects.filter(pk__in=ids)
        .annotate(score=field_score_expression(text))
        .values_list("pk", "score")
    )


def all_matches(query):
    with engines.forced("database"):
        everything = run_finder(query, offset=0, limit=10_000)
    return [item.pk for item in everything.items]


def test_engines_give_the_same_totals_counts_and_pages():
    rng = random.Random(20261201)
    words = vocabulary()
    options = facets.all_options()
    compared_pages = 0
    for run in range(RUNS):
        query = random_query(rng, words, options)
        with engines.forced("distributed"):
            on_engine = run_finder(query, limit=10)
        with engines.forced("database"):
            on_database = run_finder(query, limit=10)
        where = f"run {run}: {query.querystring(page=query.page)}"
        assert on_engine.total == on_database.total, where
        for a, b in zip(on_engine.facets, on_database.facets, strict=True):
            assert [(v.slug, v.count, v.added) for v in a.values] == [
                (v.slug, v.count, v.added) for v in b.values
            ], (
                where,
                a.name,
            )
        engine_ids = [item.pk for item in on_engine.items]
        database_ids = [item.pk for item in on_database.items]
        assert on_engine.offset == on_database.offset, where
        text = parse_text(query.q) if query.q else None
        if on_engine.query.sort != "relevantie" or text is None or text.is_empty:
            assert engine_ids == database_ids, where
        else:
            matches = all_matches(query)
            scores = scores_of(matches, text)
            assert [scores[pk] for pk in engine_ids] == [scores[pk] for pk in database_ids], where
            assert set(engine_ids) <= set(matches), where
            for score in {scores[pk] for pk in database_ids}:
                group = {pk for pk in matches if scores[pk] == score}
                on_page = {pk for pk in database_ids if scores[pk] == score}
                if on_page == group:  # the page holds the whole group
                    assert {pk for pk in engine_ids if scores[pk] == score} == group, where
        compared_pages += bool(engine_ids)
    assert compared_pages > RUNS // 2  # most runs compare a non-empty page
