"""One Dutch normaliser for indexed text and queries alike.

Off-the-shelf stemmers leave pairs apart that users expect to match (radicaliseren /
geradicaliseerde, polarisatie / polariseren, jongerenwerk / jongerenwerkers). Because the
same function reduces both the indexed text and the query, every search backend
(SQLite FTS5, PostgreSQL with the 'simple' configuration, Elasticsearch) compares the
same stems, and tests/search/test_dutch.py pins the behaviour with word pairs.

The stemmer is deliberately light: it folds diacritics, drops stop words, strips the
participle prefix ge- of -eerd verbs, one inflectional or derivational suffix, and then
undoubles a final consonant and a doubled vowel in the last syllable.
"""

import re
import unicodedata
from functools import lru_cache

WORD_RE = re.compile(r"[0-9a-z]+")
MIN_STEM = 4

STOP_WORDS = frozenset(
    [
        "aan",
        "al",
        "alle",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "den",
        "der",
        "des",
        "deze",
        "die",
        "dit",
        "door",
        "dus",
        "een",
        "en",
        "er",
        "had",
        "heb",
        "hebben",
        "heeft",
        "het",
        "hij",
        "hoe",
        "hun",
        "ik",
        "in",
        "is",
        "je",
        "kan",
        "kun",
        "kunnen",
        "maar",
        "me",
        "met",
        "mij",
        "na",
        "naar",
        "niet",
        "nog",
        "of",
        "om",
        "onder",
        "ons",
        "ook",
        "op",
        "over",
        "te",
        "ten",
        "ter",
        "tot",
        "u",
        "uit",
        "van",
        "veel",
        "voor",
        "was",
        "wat",
        "we",
        "wel",
        "werd",
        "wie",
        "wij",
        "wil",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
    ]
)

# Plurals in -eren that are nouns, not -eren verbs: strip only the -en.
EREN_NOUNS = frozenset({"jongeren", "ouderen", "kinderen", "anderen", "eieren", "bladeren", "liederen"})

# Longest suffixes first; the first one that leaves a stem of MIN_STEM letters wins.
SUFFIXES = (
    "eringen",
    "eerden",
    "ingen",
    "ering",
    "heden",
    "eerde",
    "aties",
    "isten",
    "isme",
    "eren",
    "atie",
    "eerd",
    "eert",
    "heid",
    "ers",
    "ing",
    "ist",
    "en",
    "er",
    "es",
    "e",
    "s",
)
VOWEL_PAIR_RE = re.compile(r"(aa|ee|oo|uu)([^aeiou]+)$")
DOUBLE_END_RE = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")


def fold(text):
    """Lower case, diacritics removed (coördinatie -> coordinatie), NUL-free."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text):
    """The folded alphanumeric words of a text, in order."""
    return WORD_RE.findall(fold(text))


@lru_cache(maxsize=50_000)
def stem(word):
    """Reduce one folded word to its stem."""
    if len(word) <= MIN_STEM or word.isdigit():
        return word
    if word.startswith("ge") and re.search(r"eerd(e|en)?$", word) and len(word) > 8:
        word = word[2:]
    if word in EREN_NOUNS:
        word = word[:-2]
    else:
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                break
    word = DOUBLE_END_RE.sub(r"\1", word)
    return VOWEL_PAIR_RE.sub(lambda m: m.group(1)[0] + m.group(2), word)


def tokens(text):
    """Stems of the words in `text` that carry meaning (stop words dropped)."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


def index_text(text):
    """What gets indexed for a text: its stems separated by spaces."""
    return " ".join(tokens(text))


def padded_stems(text):
    """' stem1 stem2 ' (space-padded, distinct): a whole stem matches as '% stem %'."""
    return f" {' '.join(dict.fromkeys(tokens(text)))} "


def same_stem(a, b):
    return tokens(a) == tokens(b)
