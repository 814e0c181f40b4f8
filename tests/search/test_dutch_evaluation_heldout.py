"""The held-out Dutch evaluation set (dutch_heldout.tsv): the measure part word by word,
and a fixed sample of it through the finder.

The pairs are drawn from the OpenTaal word list by tests/search/build_dutch_heldout.py
(lemmas of the demo catalogue with every form the list holds, strong and separable
verbs, derivations, short compound parts, made-up -ing nouns, diacritics, and must-not
pairs: every gradable adjective with its -ing noun, every short word with a longer
unrelated word that starts with it and with an inflected form of one, every short word
with a longer word that ends with it and is no compound of it), not picked by hand.

The set is split by group (a lemma with all its forms), deterministically: a group
whose CRC-32 is even is the TUNE part, odd the MEASURE part. The normaliser may be
tuned on the tune part; the measure part is only measured, and the floors below hold on
it. The whole measure part is matched word by word (tests/search/dutch_matching.py,
milliseconds a pair); a fixed third of it also runs through run_finder on whatever
backend is configured (SQLite, PostgreSQL, the search engine: one offering per text, one
search per query, like test_dutch_evaluation.py), and the test fails when the finder
and the word-level match disagree on any of those pairs. The tune part is reported word
by word in test_tune_part_word_level."""

import pathlib
import zlib
from collections import Counter
from dataclasses import dataclass

import pytest

from search import dutch
from tests.search.dutch_matching import word_level_match
from tests.search.test_dutch_evaluation import _found_by_query

# The rounds of the set, each drawn by the builder with its own seed (ROUNDS there).
ROUND_FILES = {
    1: pathlib.Path(__file__).with_name("dutch_heldout.tsv"),
    2: pathlib.Path(__file__).with_name("dutch_heldout_round2.tsv"),
}
SEALED_ROUND = 2  # the round whose pairs are measured only; every earlier round is tuned on
# The measure part's figures (5 Dec 2026, fourth session of issue 25): 98.0 % recall
# (791/807) and 4 false merges of 630 must-not pairs. The third session measured 2 of
# 348; the fourth added two must-not classes drawn by rule (a short word at the end of a
# longer word that is no compound of it; a short word and an inflected form of a longer
# unrelated word), on which the code before its rules merged 1 of 83 and 4 of 199, after
# them 0 and 2. The targets are 97 % and 0; the 4 stay unexamined (the measure
# part's words are not looked at, and the tune side merges none of its candidates), so
# the floor is what was measured, in total and per class: a change that does worse fails.
# docs/search.md lists per class what is still missed. The fifth session drew the tune
# side far past the classes' shapes (every short word against every word starting with
# it, every adjective spelling against its -ing noun), fixed the false merges found
# there (open syllables), and measured the same 98.0 % and 4 of 630 (1, 1, 0, 2).
MIN_RECALL = 0.98
MAX_FALSE_MERGES = 4
MAX_MERGED_PER_CLASS = {"nomatch-adj-ing": 1, "nomatch-inside": 1, "nomatch-end": 0, "nomatch-inside-form": 2}
TUNE, MEASURE = "tune", "measure"
FINDER_SAMPLE = 3  # one pair in three of the measure part also runs through the finder


@dataclass(frozen=True)
class Pair:
    expect_match: bool
    query: str
    text: str
    kind: str
    group: str
    round: int

    @property
    def part(self):
        """The split, written here once: the sealed round is the measure part, every
        earlier round the tune part (a round's groups and words are new to it)."""
        return MEASURE if self.round == SEALED_ROUND else TUNE


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
    for number, path in ROUND_FILES.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            expect, query, text, kind, group = line.split("\t")
            assert expect in ("match", "nomatch"), line
            pairs.append(Pair(expect == "match", query, text, kind, group, number))
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


# A class the sealed round could not draw: round 1 holds every candidate the lexicon has
# (all 147 short words at the end of a longer word that is no compound of them).
EXHAUSTED = {"nomatch-end"}


def test_the_split_is_fixed_and_both_parts_are_large():
    pairs = load_pairs()
    parts = Counter(pair.part for pair in pairs)
    assert parts[MEASURE] >= 600 and parts[TUNE] >= 600
    kinds = {part: {pair.kind for pair in pairs if pair.part == part} for part in (TUNE, MEASURE)}
    assert kinds[MEASURE] == kinds[TUNE] - EXHAUSTED
    groups = {}
    for pair in pairs:
        assert groups.setdefault(pair.group, pair.part) == pair.part  # a group never straddles
    # No word of the measure part is in the tune part (but the short domain noun of a
    # compound-short pair, whose compound is new): nobody tuned on its words.
    tuned = {word for pair in pairs if pair.part == TUNE for word in (pair.query, pair.text)}
    sealed = [pair for pair in pairs if pair.part == MEASURE]
    assert not [p for p in sealed if p.text in tuned or (p.query in tuned and p.kind != "compound-short")]


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


def in_finder_sample(pair):
    """The fixed third of the pairs that also runs through the finder (by the CRC-32 of
    the pair, so the sample never changes between runs): the whole measure part runs word
    by word, which test_finder_agrees_with_word_level shows to be what the finder does."""
    return zlib.crc32(f"{pair.query}\t{pair.text}".encode()) % FINDER_SAMPLE == 0


def test_measure_part_word_level(record_property, capsys):
    """The whole measure part on the normaliser alone: every must-not pair of the set
    (a few hundred) costs milliseconds here, not an offering and a search each."""
    pairs = load_pairs(MEASURE)
    missed, merged, text = report(
        "Held-out MEASURE part (word level)", pairs, lambda p: word_level_match(p.query, p.text)
    )
    must = [pair for pair in pairs if pair.expect_match]
    recall = 1 - len(missed) / len(must)
    record_property("recall", round(recall, 4))
    record_property("false_merges", len(merged))
    with capsys.disabled():
        print("\n" + text)
    # Figures only: the measure part's words are not shown, so nobody tunes on them.
    assert len(pairs) - len(must) >= 300, text
    assert recall >= MIN_RECALL, text
    assert len(merged) <= MAX_FALSE_MERGES, text
    merged_by_class = Counter(pair.kind for pair in merged)
    assert set(MAX_MERGED_PER_CLASS) == {pair.kind for pair in pairs if not pair.expect_match}, text
    for kind, most in MAX_MERGED_PER_CLASS.items():
        assert merged_by_class[kind] <= most, text


@pytest.mark.django_db
def test_finder_agrees_with_word_level(record_property, capsys):
    """A fixed third of the measure part through run_finder (one offering per text, one
    search per query) on whatever backend is configured: the finder finds exactly the
    pairs the word-level match finds, so the word-level figures are the finder's."""
    pairs = [pair for pair in load_pairs(MEASURE) if in_finder_sample(pair)]
    found_by_query, pages, took = _found_by_query(pairs)

    def found(pair):
        return pages[pair.text] in found_by_query[pair.query]

    missed, merged, text = report("Held-out MEASURE part, fixed sample (finder)", pairs, found)
    disagree = sum(found(pair) != word_level_match(pair.query, pair.text) for pair in pairs)
    record_property("disagreements", disagree)
    with capsys.disabled():
        print(f"\n{text}\n  finder and word level disagree on {disagree} of {len(pairs)} pairs\n  ({took})")
    must = sum(pair.expect_match for pair in pairs)
    assert must >= 200 and len(pairs) - must >= 80, text
    assert disagree == 0, text  # counts only: the measure part's words are not shown
