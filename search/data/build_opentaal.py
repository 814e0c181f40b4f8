"""Build the OpenTaal tries in this folder from Debian's packages of the OpenTaal data.

Usage (from the project root):
    apt-get install wdutch hunspell-nl      # OpenTaal 2.20 word list and Hunspell files
    .venv/bin/python search/data/build_opentaal.py

Writes (marisa-trie files, about 1 MB each, loaded by search/lexicon.py):
  opentaal-words.marisa       every lower-case word of the word list (/usr/share/dict/dutch),
                              and the dictionary's entries below; words with diacritics also
                              as typed without them (cafe, poezie: compound parts are folded)
  opentaal-nouns.marisa       entries of the Hunspell dictionary with a plural (flags Y*, Z*, Xe)
  opentaal-adjectives.marisa  entries with at least two adjective flags (kort: korte, korter, ...)
  opentaal-verbs.marisa       infinitives: entries in -en with a verb flag (V*)
  opentaal-inflected-adjectives.marisa  the adjectives above and every entry with a flag
                              of the inflected form (eindige, preventieve, ceremoniële),
                              gradable or not; not added to the words trie
The ligature ĳ is spelt out as ij. The data are OpenTaal's, under BSD or CC BY 3.0
(search/data/OPENTAAL-LICENSE.txt).
"""

import unicodedata
from pathlib import Path

import marisa_trie

HERE = Path(__file__).resolve().parent
WORDS = Path("/usr/share/dict/dutch")
HUNSPELL = Path("/usr/share/hunspell/nl.dic")


# The adjective flags whose suffix makes an inflected form (nl.aff tags them AJe or AJce:
# korte, preventieve, ceremoniële, drukke): an adjective one writes before a noun.
INFLECTED = {"Aa", "Ac", "Al", "Am", "An", "Ap", "Ar", "Ax"}
# The adjective flags of the -e, -er and -st forms: two of them make a gradable adjective.
GRADED = {"Aa", "Ab", "Ac", "Ad", "Ae"}


def fold(word):
    """As search/dutch.py folds what it indexes: without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def main():
    text = WORDS.read_text(encoding="utf-8").replace("\u0133", "ij")
    words = {w for w in text.split("\n") if w and w.islower() and w.isalpha()}
    nouns, adjectives, inflected, verbs = set(), set(), set(), set()
    for line in HUNSPELL.read_text(encoding="utf-8").replace("\u0133", "ij").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if not (word.isalpha() and word.islower()):
            continue
        pairs = {flags[i : i + 2] for i in range(0, len(flags) - 1, 2)}
        if any(p[0] in "YZ" or p == "Xe" for p in pairs):
            nouns.add(word)
        if len(pairs & GRADED) >= 2:
            adjectives.add(word)
        if pairs & INFLECTED or len(pairs & GRADED) >= 2:
            inflected.add(word)
        if word.endswith("en") and any(p[0] == "V" for p in pairs):
            verbs.add(word)
    every = words | nouns | adjectives | verbs
    for name, found in (
        ("words", every | {fold(word) for word in every}),
        ("nouns", nouns),
        ("adjectives", adjectives),
        ("verbs", verbs),
        ("inflected-adjectives", inflected),
    ):
        marisa_trie.Trie(sorted(found)).save(str(HERE / f"opentaal-{name}.marisa"))
        print(f"opentaal-{name}.marisa: {len(found):,} words")


if __name__ == "__main__":
    main()
