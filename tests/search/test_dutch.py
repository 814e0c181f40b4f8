"""The Dutch normaliser: word forms that must find each other, and words that must not."""

import pytest

from search import dutch
from search.finder import run_finder
from search.params import FinderQuery
from search.text import parse_text

MUST_MATCH = [
    ("radicaliseren", "radicalisering"),
    ("radicaliseren", "geradicaliseerde"),
    ("radicalisering", "geradicaliseerde"),
    ("radicaliseert", "radicalisatie"),
    ("jongerenwerk", "jongerenwerkers"),
    ("jongerenwerker", "jongerenwerkers"),
    ("demonstratie", "demonstraties"),
    ("demonstratie", "demonstreren"),
    ("polarisatie", "polariseren"),
    ("polarisatie", "gepolariseerd"),
    ("extremisme", "extremisten"),
    ("extremist", "extreme"),
    ("gemeente", "gemeenten"),
    ("training", "trainingen"),
    ("veiligheid", "veiligheden"),
    ("coördinatie", "coordinatie"),
    ("Polarisatie", "POLARISATIE"),
    ("jongere", "jongeren"),
]

MUST_NOT_MATCH = [
    ("jongeren", "jongerenwerk"),
    ("wet", "wethouder"),
    ("polarisatie", "politie"),
    ("demonstratie", "democratie"),
    ("werk", "werkgever"),
    ("radicalisering", "realisering"),
    ("extremisme", "extra"),
    ("gemeente", "gemeenteraad"),
]


@pytest.mark.parametrize(("a", "b"), MUST_MATCH)
def test_word_forms_share_a_stem(a, b):
    assert dutch.tokens(a) == dutch.tokens(b)
    assert dutch.tokens(a)  # and are not dropped as stop words


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MATCH)
def test_different_words_keep_different_stems(a, b):
    assert dutch.tokens(a) != dutch.tokens(b)


def test_stop_words_and_punctuation_are_dropped():
    assert dutch.tokens("De rol van het jongerenwerk!") == ["rol", "jongerenwerk"]
    assert dutch.tokens("\x00 ' \" * - ( ) 🙂") == []


@pytest.mark.parametrize(("indexed", "typed"), [*MUST_MATCH, *[(b, a) for a, b in MUST_MATCH[:10]]])
def test_pairs_match_through_the_search_backend(make_offering, indexed, typed):
    page = make_offering(f"Testaanbod {indexed}", summary="Demo-inhoud voor een test.")
    assert page.pk in _all_ids(typed)
    result = run_finder(FinderQuery(q=f"{typed} testaanbod"))
    assert [item.pk for item in result.items] == [page.pk]


@pytest.mark.parametrize(("indexed", "typed"), MUST_NOT_MATCH)
def test_non_pairs_do_not_match_through_the_search_backend(make_offering, indexed, typed):
    page = make_offering(f"Testaanbod {indexed}", summary="Demo-inhoud voor een test.")
    assert page.pk not in _all_ids(typed)


def _all_ids(text):
    from search.engines.database import search_ids
    from search.visibility import public_offerings

    return set(search_ids(parse_text(text), public_offerings()))


def test_body_text_is_found_by_word_form(make_offering):
    page = make_offering("Een titel zonder het woord", body="Over geradicaliseerde inwoners.")
    assert page.pk in _all_ids("radicaliseren")


def test_title_and_summary_weigh_more_than_body(make_offering):
    in_body = make_offering("Aanbod een", body="Over zeldzaamwoordje en meer tekst.")
    in_summary = make_offering("Aanbod twee", summary="Demo-inhoud over zeldzaamwoordje.")
    in_title = make_offering("Zeldzaamwoordje in de titel")
    ranked = [pk for pk in _ranked("zeldzaamwoordje") if pk in {in_body.pk, in_summary.pk, in_title.pk}]
    assert ranked.index(in_title.pk) < ranked.index(in_body.pk)
    assert ranked.index(in_summary.pk) < ranked.index(in_body.pk)


def _ranked(text):
    from search.engines.database import search_ids
    from search.visibility import public_offerings

    return search_ids(parse_text(text), public_offerings())
