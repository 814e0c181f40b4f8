"""Queries of stop words only: searchable as words, and as a phrase when hyphenated.

The Dutch normaliser (search/dutch.py) leaves stop words out of the index and out of a
query, which is right for "aanpak van polarisatie" but throws away a query such as
"wij-zij" (a core term of polarisation work) or "wij zij": all its words are stop words.
Such a query must search for those words, never for everything.

So the index also carries, per text, one marked token for each stop word in it
("stopwzij") and one for each hyphenated pair of stop words ("stoppwijzij" for
"wij-zij", also inside "wij-zij-denken"); a query of stop words only is searched as those
tokens: all its words (AND), or the hyphenated pairs as phrases. The marks keep them apart
from the normaliser's keys, so ordinary queries (which drop stop words) match as before.
This module wraps the normaliser (it does not change it) and, like it, imports nothing
else of the project: the offering model's search fields use index_text().
"""

import re

from search import dutch

WORD_MARK = "stopw"  # "stopwzij": the stop word "zij" occurs in the text
PHRASE_MARK = "stopp"  # "stoppwijzij": "wij-zij" occurs in the text
HYPHENATED_RE = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)+")


def _hyphenated_pairs(folded_text):
    """Adjacent pairs of stop words joined by a hyphen, in order ("wij-zij-denken":
    [("wij", "zij")])."""
    pairs = []
    for match in HYPHENATED_RE.finditer(folded_text):
        parts = match.group().split("-")
        pairs.extend(
            (left, right)
            for left, right in zip(parts, parts[1:], strict=False)
            if left in dutch.STOP_WORDS and right in dutch.STOP_WORDS
        )
    return pairs


def stop_word_tokens(text):
    """The marked tokens of the stop words and hyphenated stop-word pairs in `text`."""
    folded = dutch.fold(text)
    found = [WORD_MARK + word for word in dutch.words(text) if word in dutch.STOP_WORDS]
    found += [PHRASE_MARK + left + right for left, right in _hyphenated_pairs(folded)]
    return list(dict.fromkeys(found))


def index_text(text):
    """What gets indexed for a text: the normaliser's tokens, then the stop-word marks."""
    return " ".join([dutch.index_text(text), *stop_word_tokens(text)]).strip()


def stop_word_query(text):
    """For text whose words are all stop words: [(token, words as typed)] to search, each
    token required (a hyphenated pair as its phrase token, any other word as itself);
    None when the text has a word the normaliser keeps, or no word at all."""
    words = dutch.words(text)
    if not words or any(word not in dutch.STOP_WORDS for word in words):
        return None
    terms, paired = [], set()
    for left, right in _hyphenated_pairs(dutch.fold(text)):
        terms.append((PHRASE_MARK + left + right, f"{left} {right}"))
        paired.update((left, right))
    terms += [(WORD_MARK + word, word) for word in words if word not in paired]
    return list(dict.fromkeys(terms))


def phrase_tokens(word):
    """The phrase tokens of one hyphenated word typed in a query ("wij-zij":
    ["stoppwijzij"]), for its pairs of stop words; [] for any other word. The normaliser
    keys such a word as one ("wijzij"), which finds it only where it stands alone; the
    phrase token also finds it inside a longer one ("wij-zij-denken"). Only for a word of
    stop words alone: "wij-zij-denken" is searched as itself."""
    pieces = dutch.fold(word).split("-")
    if len(pieces) < 2 or any(piece not in dutch.STOP_WORDS for piece in pieces):
        return []
    return [PHRASE_MARK + left + right for left, right in _hyphenated_pairs(dutch.fold(word))]


def has_words(text):
    """Whether free text holds any word to search for (stop words count)."""
    return bool(dutch.words(text))
