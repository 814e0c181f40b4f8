"""The held-out Dutch evaluation set (dutch_heldout.tsv) measured through the finder.

The pairs are drawn from the OpenTaal word list by tests/search/build_dutch_heldout.py
(lemmas of the demo catalogue with every form the list holds, strong and separable
verbs, derivations, short compound parts, made-up -ing nouns, diacritics, and must-not
pairs: adjective + -ing, short words inside longer unrelated ones), not picked by hand.

The set is split by group (a lemma with all its forms), deterministically: a group
whose CRC-32 is even is the TUNE part, odd the MEASURE part. The normaliser may be
tuned on the tune part; the measure part is only measured, and the floors below hold on
it on whatever backend is configured (SQLite, PostgreSQL, the search engine). Only the
measure part runs through the finder here (one offering per text, one search per query,
like test_dutch_evaluation.py); the tune part is checked word by word in
test_tune_part_word_level, which is fast.
"""

import pathlib
import time
import zlib
from collections import Counter
from dataclasses import dataclass

import pytest

from search import dutch
from tests.search.dutch_matching import word_level_match
from tests.search.test_dutch_evaluation import _create_catalogue, _found_ids

DATA = pathlib.Path(__file__).with_name("dutch_heldout.tsv")
# Issue 25's targets, reached on 5 Dec 2026 (98.0 % recall, no false merge of 61 on
# the measure part, on SQLite, PostgreSQL and the engine alike): a change that does worse
# fails. docs/search.md lists per class what is still missed.
MIN_RECALL = 0.97
MAX_FALSE_MERGES = 0
TUNE, MEASURE = "tune", "measure"


@dataclass(frozen=True)
class Pair:
    expect_match: bool
    query: str
    text: str
    kind: str
    group: str

    @property
    def part(self):
        """The split, written here once: by group, so a lemma's forms stay together."""
        return TUNE if zlib.crc32(self.group.encode("utf-8")) % 2 == 0 else MEASURE


def meaningful(pair):
    """A pair whose query and text each hold a word that is not a stop word. Stop words
    (hebben, kunnen, voor, ons) are neither indexed nor searched: a query of stop words
    only is the finder's query path (issue 24), not a word form, so such pairs (about
    1 %) are left out of the figures, before and after alike."""
    return all(
        any(word not in dutch.STOP_WORDS for word in dutch.words(side)) for side in (pair.query, pair.text)
    )


def load_pairs(part=None):
    pairs = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expect, query, text, kind, group = line.split("\t")
        assert expect in ("match", "nomatch"), line
        pairs.append(Pair(expect == "match", query, text, kind, group))
    return [pair for pair in pairs if (part is None or pair.part == part) and meaningful(pair)]


def figures(pairs, found):
    """Per class: (found, total) of the match pairs, (merged, total) of the nomatch pairs."""
    total, hits = Counter(), Counter()
    for pair in pairs:
        total[pair.kind] += 1
        hits[pair.kind] += found(pair)
    return {kind: (hits[kind], total[kind]) for kind in sorted(total)}


def report(title, pairs, found):
    must = [pair for pair in pairs if pair.expect_match]
    missed = [pair for pair in must if not found(pair)]
    merged = [pair for pair in pairs if not pair.expect_match and found(pair)]
    lines = [
        f"{title}: recall {1 - len(missed) / len(must):.1%} ({len(must) - len(missed)}/{len(must)}), "
        f"false merges {len(merged)}/{len(pairs) - len(must)}"
    ]
    for kind, (hits, count) in figures(pairs, found).items():
        lines.append(f"  {kind:18} {hits:4}/{count:<4} {'merged' if kind.startswith('nomatch') else 'found'}")
    return missed, merged, "\n".join(lines)


def test_the_split_is_fixed_and_both_parts_are_large():
    pairs = load_pairs()
    parts = Counter(pair.part for pair in pairs)
    assert parts[MEASURE] >= 600 and parts[TUNE] >= 600
    for kind in {pair.kind for pair in pairs}:
        assert {pair.part for pair in pairs if pair.kind == kind} == {TUNE, MEASURE}, kind
    groups = {}
    for pair in pairs:
        assert groups.setdefault(pair.group, pair.part) == pair.part  # a group never straddles


def test_tune_part_word_level(capsys):
    """The tune part, on the normaliser alone (fast; what tuning looks at)."""
    pairs = load_pairs(TUNE)
    missed, merged, text = report(
        "Held-out TUNE part (word level)", pairs, lambda p: word_level_match(p.query, p.text)
    )
    # Figures only, no target (the measure part is not tuned against); but the report covers
    # the whole tune part and the normaliser matched at all.
    must = sum(pair.expect_match for pair in pairs)
    assert len(pairs) >= 600 and f"/{must})" in text
    assert len(missed) < must and len(merged) < len(pairs) - must
    with capsys.disabled():
        print("\n" + text)


@pytest.mark.django_db
def test_measure_part_through_the_finder(record_property, capsys):
    pairs = load_pairs(MEASURE)
    started = time.perf_counter()
    pages = _create_catalogue(list(dict.fromkeys(pair.text for pair in pairs)))
    created = time.perf_counter()
    found_by_query = {query: _found_ids(query, pages) for query in dict.fromkeys(p.query for p in pairs)}
    searched = time.perf_counter()

    def found(pair):
        return pages[pair.text] in found_by_query[pair.query]

    missed, merged, text = report("Held-out MEASURE part (finder)", pairs, found)
    must = [pair for pair in pairs if pair.expect_match]
    recall = 1 - len(missed) / len(must)
    record_property("recall", round(recall, 4))
    record_property("false_merges", len(merged))
    with capsys.disabled():
        print(
            f"\n{text}\n  ({len(pages)} offerings in {created - started:.1f} s, "
            f"{len(found_by_query)} searches in {searched - created:.1f} s)"
        )
    # Figures only: the measure part's words are not shown, so nobody tunes on them.
    assert recall >= MIN_RECALL, text
    assert len(merged) <= MAX_FALSE_MERGES, text
