"""Split Dutch compounds into their parts: samenwerkingsverband -> samenwerking + verband.

The vocabulary is simplemma's Dutch table (search/lemmas.py), plus what our derivation
rules reach from it (polarisatie via polariseren): the same data the lemmas come from,
so no second word list is loaded (wordfreq's Dutch list would add 10-40 MB per
process and five more dependencies, and is no longer updated). A part must be a known
word of at least MIN_PART letters; short words (wet, rol, rel, on) too often are only a
piece of an unrelated word (wethouder, relatie, onrust). Particles (samen, tegen, door,
...) are not parts: samenwerking and tegenstelling are words of their own, not samen +
werking. The linking -s- is dropped (samenwerking-s-verband); a linking -en-/-e- stays
on the modifier, which the lemmas then reduce (jongeren-werkers -> jong + werker).

The caller keeps the whole word as well, so exact matches still rank first.
"""

from functools import lru_cache

from search.lexicon import is_noun

MIN_PART = 4

# Words that start many words without being a compound's modifier (separable and
# inseparable particles, prepositions) and word-forming suffixes that are words too.
NOT_A_PART = frozenset(
    {
        "aan",
        "achter",
        "binnen",
        "buiten",
        "door",
        "mede",
        "mee",
        "midden",
        "onder",
        "over",
        "rond",
        "samen",
        "tegen",
        "terug",
        "tussen",
        "voor",
        "voorbij",
        "boven",
        "heid",
        "heden",
        "schap",
        "achtig",
        "achtige",
        "baar",
        "bare",
        "loos",
        "loze",
        "lijk",
        "lijke",
        "ling",
        "lingen",
        "isch",
        "ische",
        "isme",
        "ster",
        "sters",
        "tjes",
        "eren",
        "ende",
        "want",
        "waar",
    }
)
# A head cannot start like a word-forming suffix: maatschappelijk is not maat +
# schappelijk, regelmatig not regel + matig, belangrijk not belang + rijk.
NOT_A_HEAD_START = (
    "schap",
    "chap",
    "heid",
    "heden",
    "lijk",
    "ling",
    "matig",
    "achtig",
    "baar",
    "zaam",
    "loos",
    "rijk",
)


def split(word, is_word):
    """The parts of compound `word` (modifier first, head last, linking -s- dropped), or
    () when it is not a compound of known words. `is_word(part)` says which strings are
    known words; the result is cached per word."""
    return _split(word, is_word)


@lru_cache(maxsize=50_000)
def _split(word, is_word):
    best = _best_split(word, is_word, depth=0)
    return tuple(best) if best else ()


def _part(candidate, is_word):
    if len(candidate) < MIN_PART or candidate in NOT_A_PART:
        return False
    return not (candidate.endswith("s") and candidate[:-1] in NOT_A_PART) and is_word(candidate)


def _modifier(left, is_word):
    """(modifier, linked): the left part without a linking -s-, or None."""
    linked = left.endswith("s") and left[:-1] not in NOT_A_PART and _part(left[:-1], is_word)
    if _part(left, is_word) and not (linked and is_noun(left[:-1]) and not is_noun(left)):
        return left, False  # kennis-netwerk; but recht-s-principe, not rechts + principe
    if linked:
        return left[:-1], True
    return None


def _head(right, is_word):
    return _part(right, is_word) and not right.startswith(NOT_A_HEAD_START)


def _score(parts, is_word):
    """Long parts that are surely words win: the squared lengths, weighed by how sure
    is_word is (2: a word of the lemma table, 1: a noun only the word list knows)."""
    return sum(len(part) ** 2 * int(is_word(part)) for part in parts)


def _best_split(word, is_word, depth):
    """Two known parts, else a known modifier and a head that itself splits (three
    parts). Among splits, long known parts win (the sum of squared part lengths (_score):
    gemeente + huis, not gemeen + tehuis), then one without a linking -s- (bouw +
    stenen, not bouw-s-tenen), then the longer modifier (buurt + huis, not buur + thuis)."""
    if len(word) < 2 * MIN_PART:
        return None
    two, three = [], []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:cut], word[cut:]
        found = _modifier(left, is_word)
        if found is None:
            continue
        modifier, linked = found
        if _head(right, is_word):
            two.append((_score([modifier, right], is_word), not linked, cut, [modifier, right]))
        elif depth == 0:
            rest = _best_split(right, is_word, depth + 1)
            if rest:
                three.append((_score([modifier, *rest], is_word), not linked, cut, [modifier, *rest]))
    if two:
        return max(two, key=lambda found: found[:3])[3]
    if three:
        return max(three, key=lambda found: found[:3])[3]
    return None
