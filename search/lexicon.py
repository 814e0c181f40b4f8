"""The OpenTaal word list: which strings are Dutch words, and which are nouns, gradable
adjectives or infinitives.

OpenTaal's list (2.20, the list behind Dutch spell checkers; BSD or CC BY 3.0, see
search/data/OPENTAAL-LICENSE.txt) holds 350,000 words with their inflections, and its
Hunspell dictionary marks parts of speech through its affix flags. search/data/
build_opentaal.py turns both into five marisa tries (1.3 MB together, kept in the
repository): a trie answers "is this a word" in about a microsecond and is memory-mapped,
so each process pays about 1 MB instead of the 50 MB a Python set of the words costs.

simplemma (search/lemmas.py) says what a form's lemma is; this list says whether a
string a rule built is a word at all, and of which kind: kort is a gradable adjective,
so korting (korten) is not reduced to it; werk is a noun, so werken is.
"""

import threading
from pathlib import Path

import marisa_trie

DATA = Path(__file__).resolve().parent / "data"
_lock = threading.Lock()
_tries = {}


def _trie(name):
    found = _tries.get(name)
    if found is None:
        with _lock:
            found = _tries.get(name)
            if found is None:
                found = marisa_trie.Trie()
                found.mmap(str(DATA / f"opentaal-{name}.marisa"))
                _tries[name] = found
    return found


def is_word(word):
    """True when the word list holds `word` (any inflection: korting, kortingen, korte)."""
    return word in _trie("words")


def is_noun(word):
    """True for a noun's singular headword (korting, werk, schip, schepen the alderman)."""
    return word in _trie("nouns")


def is_adjective(word):
    """True for a gradable adjective's base form (kort, preventief is not gradable)."""
    return word in _trie("adjectives")


def is_inflected_adjective(word):
    """True for a gradable adjective or one the dictionary gives an inflected form (kort,
    krom, eindig, wettig, preventief; not sluit, whose only adjective flag makes sluiter,
    nor the noun motief)."""
    return word in _trie("inflected-adjectives")


def is_verb(word):
    """True for an infinitive (korten, uitsluiten, opheffen)."""
    return word in _trie("verbs")
