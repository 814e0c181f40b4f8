"""The held-out Dutch evaluation set (dutch_heldout*.tsv): the measure part word by
word, and a fixed sample of it through the finder.

The pairs are drawn from the OpenTaal word list by tests/search/build_dutch_heldout.py
(lemmas of the demo catalogue with every form the list holds, strong and separable
verbs, derivations, short compound parts, made-up -ing nouns, diacritics, and must-not
pairs: adjectives with their -ing noun, short words with a longer unrelated word that
starts with them, with an inflected form of one, with a longer word that ends with them
and with one that holds them in its middle, where that word is no compound of them), not
picked by hand.

The set comes in rounds, each drawn with its own seed (ROUNDS in the builder). The split,
written once below (Pair.part): the SEALED_ROUND, and the must-match pairs of the
SEALED_MATCH_ROUND, are the MEASURE part; everything else is the TUNE part. A new round
takes only groups (a lemma with its forms, a short word with its longer word) and words
that no earlier round holds, so nobody has tuned on its words; it is measured once, when
the rules are done, and the floors below are what it showed. When the next session opens
it for tuning, the builder draws the next round. Round 1 (dutch_heldout.tsv) was split by
group CRC-32 (even: tune, odd: measure); its measure part was opened in the sixth
session, round 2 in the seventh, round 3 and round 4's must-not pairs in the eighth.
Round 5 is the tune side of the middle class, round 6 (dutch_heldout_round6.tsv) its
sealed side, with round 4's must-match pairs. The whole measure part is
matched word by word (tests/search/dutch_matching.py, milliseconds a pair); a fixed
third of it also runs through run_finder on whatever backend is configured (SQLite,
PostgreSQL, the search engine: one offering per text, one search per query, like
test_dutch_evaluation.py), and the test fails when the finder merges a must-not pair
the word level keeps apart, or the other way round, or finds more must-match pairs than
measured. The tune part is reported word by word in test_tune_part_word_level."""

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
    3: pathlib.Path(__file__).with_name("dutch_heldout_round3.tsv"),
    4: pathlib.Path(__file__).with_name("dutch_heldout_round4.tsv"),
    5: pathlib.Path(__file__).with_name("dutch_heldout_round5.tsv"),
    6: pathlib.Path(__file__).with_name("dutch_heldout_round6.tsv"),
}
SEALED_ROUND = 6  # the round whose pairs are measured only; every earlier round is tuned on
# Round 4's must-match pairs stay sealed too (no must-match class has unseen groups left
# for a later round); its must-not pairs were opened in the eighth session.
SEALED_MATCH_ROUND = 4
# The pairs of round 4's must-not half that were read when it was opened: its two merges.
OPENED_OF_SEALED_MATCH_ROUND = {("boorling", "boorlingske"), ("schapenwol", "schapenwolkjes")}
# History of the measure part's figures (issue 25; word level, all on 5 Dec 2026):
# - Round 1, fourth session: 98.0 % recall (791/807), 4 false merges of 630 must-not pairs.
#   (The third session measured 2 of 348 before the fourth added two must-not classes
#   drawn by rule, a short word at the end of a longer word that is no compound of it and
#   a short word with an inflected form of a longer unrelated word: 1 of 83 and 4 of 199
#   before its rules, 0 and 2 after.) The fifth session swept the tune side far past the
#   classes' shapes, fixed what it found (open syllables), and measured the same 98.0 %
#   and 4 of 630 (per class 1, 1, 0, 2), read 7 times in all.
# - Sixth session: round 1's measure part opened (now tune). Its 4 merges were wrong
#   labels of the builder (meer / meerring: a doubled consonant only after one short
#   vowel; span / spanningsreeks, spanningsverschillen: a derivation of the word as a
#   compound's modifier; kind / kindeken: the old diminutive -(e)ke(n)), fixed there as
#   rules. Of its 16 misses, 8 were wrong labels (telend is telen's; gezwollen zwellen's;
#   meers, stuurs words of their own) and 2 a normaliser rule (oefende: oefenen, see
#   test_dutch_readings.py); ruimer (a noun of its own, kept apart like rechter),
#   tweetjes, vindingrijk (-rijk) and kindschap (-schap) stay missed.
# - Round 2, sixth session, measured once after the rules: 98.2 % recall (938/955),
#   58 false merges of 318: adjective and -ing 42/42, short word inside 10/199, inside a
#   form 6/77. Round 2 had to reach past round 1's candidates (round 1 holds every
#   gradable adjective with an -ing noun and every 3-4 letter short word): its adjectives
#   may carry one adjective flag of the dictionary (not gradable; all 42 merge, likely
#   because the normaliser's korting rule knows gradable adjectives only), its -ing nouns need
#   no noun flag and come with their plurals, its short words have up to 7 letters; no
#   short word at the end is left (EXHAUSTED). The finder (sample of 430) found one
#   must-match pair more than the word level, on SQLite, PostgreSQL and OpenSearch; it
#   merged nothing the word level keeps apart.
# - Seventh session: round 2 opened (now tune). Of its 58 merges, 33 were the normaliser's
#   (an adjective's -ing noun is a word of its own, korting, but the rule knew gradable
#   adjectives only and words the lemma table holds: eindiging, wettigingen, bruining;
#   motief read as the adjective of motie) and 25 wrong builder labels (sluit has no
#   inflected form, doorbloed and onderbelicht are participles, aards/aardschaduw,
#   lamme/lammertjes, actieve/actievergaderingen are made from the same word, muziekske
#   is a diminutive, spannends a form of spannen). Of its 17 misses, 12 were the
#   normaliser's (getypt, gebeft: three-letter stems; gespannener, gelatener; betrokkene)
#   and 5 builder labels (duurte is no form of duren; priem no noun of primeren;
#   modelleer no compound). Both fixed as rules (test_dutch_readings.py; the builder);
#   rounds 1 and 2 redrawn: 99.5 % (1589/1597), 0 of 1174 and 100 % (944/944), 1 of 259.
# - Round 3, seventh session, measured once after the rules: 98.3 % recall (970/987),
#   10 false merges of 307, all short words inside a longer word (10/250; inside a form
#   0/57). Round 3 holds no adjective with an -ing noun (rounds 1 and 2 hold all 80) and
#   draws up to eight longer words per short word (few short words were left). The
#   floors are these figures: a change that does worse fails. Its pairs were not looked at.
# - Eighth session: round 3 opened (now tune). Its 10 merges were 9 builder labels (actief
#   / actiefilm..., 7 pairs: the adjective's noun actie is the compound's modifier;
#   buurtje / buurtjeugd: a diminutive's noun; creatie / creatiefste: a form of the
#   adjective of the noun) and conventuelen, split as convent + uel because the
#   normaliser read uelen, no word, as the plural of uil. Its 17 misses were ambiguous
#   forms (lijnrechter, tipse, schaden, singletje, statief) left alone. Rules fixed in both;
#   the even half of what round 4 could draw was swept (more label rules: 't kofschip
#   participles, -ant, -ieel, verb-only forms; normaliser: compound nouns in -en split,
#   gelijst read as lijsten); rounds 1-3 redrawn: 99.5 %, 99.8 %, 99.4 %, 0 merges each.
# - Round 4 (odd groups nobody looked at; short words up to 12 letters), measured once:
#   98.5 % recall (535/543), 2 false merges of 75 (short word inside). Its must-not pairs
#   were then opened: boorling / boorlingske (-ske after -ng: a label) and schapenwol /
#   schapenwolkjes (the normaliser read wolkjes as wol + kjes; -kje only after -ng). Its
#   must-match pairs stay sealed and measured. No unseen short word is left for the
#   classes above, so rounds 5 and 6 draw a new must-not class from the same lexicon: a
#   short word in the middle of a longer word that is no compound of it. Round 5 (tune,
#   short words of rounds 1-4; every candidate swept: 1 merge, best / goederenbestand,
#   fixed in the normaliser, and 7 labels, hoeks / dodehoeksystemen...) and round 6
#   (sealed, short words no round holds, odd CRC-32; the even half's 2,123 candidates
#   were swept first: no merge).
# - Measure part now (round 4's must-match pairs, round 6), measured once after every rule
#   above: 98.5 % recall (535/543), 0 false merges of 510. The finder (sample of 351)
#   agrees with the word level pair by pair on SQLite, PostgreSQL and OpenSearch. The
#   floors are these figures.
MIN_RECALL = 0.985
MAX_FALSE_MERGES = 0
MAX_MERGED_PER_CLASS = {"nomatch-middle": 0}
MAX_FINDER_ONLY_FOUND = 1  # must-match pairs of the sample the finder finds and the word level misses
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
        """The split, written here once: the sealed round and the sealed must-match
        pairs are the measure part, the rest the tune part (their groups and words are
        new to it)."""
        sealed_match = self.round == SEALED_MATCH_ROUND and self.expect_match
        return MEASURE if self.round == SEALED_ROUND or sealed_match else TUNE


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


# Classes the measure part could not draw: rounds 1-4 hold every candidate the lexicon has
# (all 147 short words at the end of a longer word that is no compound of them, all 80
# adjectives with an -ing noun, every short word with a longer word starting with it,
# every irregular plural).
EXHAUSTED = {"nomatch-end", "nomatch-adj-ing", "nomatch-inside", "nomatch-inside-form", "irregular-plural"}


def test_the_split_is_fixed_and_both_parts_are_large():
    pairs = load_pairs()
    parts = Counter(pair.part for pair in pairs)
    assert parts[MEASURE] >= 600 and parts[TUNE] >= 600
    kinds = {part: {pair.kind for pair in pairs if pair.part == part} for part in (TUNE, MEASURE)}
    assert kinds[MEASURE] == kinds[TUNE] - EXHAUSTED
    groups = {}
    for pair in pairs:
        # A group never straddles; round 4 is split by what a pair expects, and one of its
        # lemmas is a short word of its must-not pairs too.
        split_round = pair.round == SEALED_MATCH_ROUND
        key = (pair.group, pair.expect_match) if split_round else pair.group
        assert groups.setdefault(key, pair.part) == pair.part
    # No word of the measure part is in the tune part (but the short domain noun of a
    # compound-short pair, whose compound is new): nobody tuned on its words. Of round 4's
    # must-not pairs only the merged ones were read (OPENED_OF_SEALED_MATCH_ROUND).
    opened = {word for pair in OPENED_OF_SEALED_MATCH_ROUND for word in pair}
    tuned = {
        word
        for pair in pairs
        if pair.part == TUNE and pair.round != SEALED_MATCH_ROUND
        for word in (pair.query, pair.text)
    } | opened
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
    search per query) on whatever backend is configured: the finder merges exactly the
    must-not pairs the word-level match merges, and finds every must-match pair it finds
    (and at most MAX_FINDER_ONLY_FOUND more), so the word-level figures are the finder's:
    its false merges exactly, its recall as a lower bound."""
    pairs = [pair for pair in load_pairs(MEASURE) if in_finder_sample(pair)]
    found_by_query, pages, took = _found_by_query(pairs)

    def found(pair):
        return pages[pair.text] in found_by_query[pair.query]

    missed, merged, text = report("Held-out MEASURE part, fixed sample (finder)", pairs, found)
    word_level = {pair: word_level_match(pair.query, pair.text) for pair in pairs}
    finder_only = [pair for pair in pairs if found(pair) and not word_level[pair]]
    word_only = [pair for pair in pairs if word_level[pair] and not found(pair)]
    record_property("disagreements", len(finder_only) + len(word_only))
    with capsys.disabled():
        print(
            f"\n{text}\n  the finder alone finds {len(finder_only)}, the word level alone "
            f"{len(word_only)} of {len(pairs)} pairs\n  ({took})"
        )
    must = sum(pair.expect_match for pair in pairs)
    assert must >= 150 and len(pairs) - must >= 150, text
    # Counts only: the measure part's words are not shown.
    assert not word_only and not [pair for pair in finder_only if not pair.expect_match], text
    assert len(finder_only) <= MAX_FINDER_ONLY_FOUND, text
