"""From typed text to a backend-neutral Wagtail search query.

The text is reduced to Dutch keys (search/dutch.py), widened with the editors'
synonyms and, for a compound, with its parts (polarisatieaanpak also finds "aanpak van
polarisatie"), and expressed as And/Or of PlainText terms that contain only [a-z0-9]: so no
FTS5 quote errors (wagtail#13227), no tsquery syntax errors on '-' or empty terms
(django-modelsearch#98), no NUL bytes, and a bounded query depth (wagtail#4701).
"""

from dataclasses import dataclass, field

from modelsearch.query import And, Or, PlainText

from search import dutch, stopwords
from search.models import Synonym

MAX_TERMS = 10

# Relevance tiers of a query word found in a field (see TextQuery.ranking_forms).
EXACT, LEMMA, PART = 2, 1, 0
# Title and summary weigh more than the body (which only the backend ranks); a field
# outranks the tier: a compound part in the title beats an exact word in the summary.
FIELD_WEIGHTS = {"title": 3, "summary": 2}


def field_points(column, tier):
    """Score of one query word found in `column` ('title'/'summary') at `tier`."""
    return FIELD_WEIGHTS[column] * 3 + tier


@dataclass
class TextQuery:
    text: str
    stems: list = field(default_factory=list)  # distinct stems, in typed order
    raw_words: list = field(default_factory=list)  # folded words, for non-offering pages
    widened: dict = field(default_factory=dict)  # stem -> list of synonym stem tuples
    truncated: bool = False
    parts: dict = field(default_factory=dict)  # stem of a compound -> its parts' stems
    readings: dict = field(default_factory=dict)  # stem -> keys of its other readings (schepen: schip)
    phrases: dict = field(default_factory=dict)  # stem of "wij-zij" -> its phrase tokens (stopwords.py)
    # The text had only stop words: the stems are their marked tokens (search/stopwords.py)
    stop_words_only: bool = False

    @property
    def is_empty(self):
        return not self.stems

    def backend_query(self, include_raw=False):
        """And over the typed words; each word is an Or over its forms and synonyms."""
        parts = []
        for position, stem in enumerate(self.stems):
            alternatives = [PlainText(stem)]
            if include_raw and position < len(self.raw_words) and self.raw_words[position] != stem:
                # A hyphenated pair of stop words ("wij zij") needs both words there.
                alternatives.append(PlainText(self.raw_words[position], operator="and"))
            alternatives.extend(PlainText(reading) for reading in self.readings.get(stem, ()))
            alternatives.extend(PlainText(token) for token in self.phrases.get(stem, ()))
            if self.parts.get(stem):
                alternatives.append(PlainText(" ".join(self.parts[stem]), operator="and"))
            for synonym in self.widened.get(stem, ()):
                alternatives.append(PlainText(" ".join(synonym), operator="and"))
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def ranking_forms(self):
        """Per typed word, [(tier, forms)] to look for in the padded title and summary
        stems (dutch.padded_stems): the word as typed ('=onrust', EXACT), its key or a
        synonym (LEMMA), its key as a compound part ('+onrust', PART)."""
        found = []
        for position, stem in enumerate(self.stems):
            raw = self.raw_words[position] if position < len(self.raw_words) else stem
            lemma_forms = [
                stem,
                *self.readings.get(stem, ()),
                *(" ".join(synonym) for synonym in self.widened.get(stem, ())),
            ]
            found.append(
                [
                    (PART, [dutch.PART_MARK + stem]),
                    (LEMMA, lemma_forms),
                    (EXACT, [dutch.EXACT_MARK + raw]),
                ]
            )
        return found


def synonym_groups():
    """All synonym groups as lists of stem tuples (one small query; editors keep few).
    Read on every query, so an edited group counts at once, without reindexing."""

    return [synonym.stemmed_terms() for synonym in Synonym.objects.all()]


def parse_text(text):
    """Parse free text into a TextQuery: its meaningful words' keys, or, when all its words
    are stop words, those words (search/stopwords.py); empty only without any word."""
    stems, raw_words, parts, readings, phrases = [], [], {}, {}, {}
    for raw, word in dutch.word_pairs(text):
        if word in dutch.STOP_WORDS:
            continue
        analysis = dutch.analyse(word, raw)
        stem = analysis.key
        if stem not in stems:
            stems.append(stem)
            raw_words.append(word)
            if analysis.split:
                parts[stem] = analysis.split
            if analysis.readings:
                readings[stem] = analysis.readings
            if stopwords.phrase_tokens(raw):
                phrases[stem] = stopwords.phrase_tokens(raw)
    truncated = len(stems) > MAX_TERMS
    stems, raw_words = stems[:MAX_TERMS], raw_words[:MAX_TERMS]
    widened = {}
    if stems:
        for group in synonym_groups():
            single = {terms[0] for terms in group if len(terms) == 1}
            for stem in stems:
                if stem in single:
                    widened.setdefault(stem, []).extend(t for t in group if t != (stem,))
    parts = {stem: found for stem, found in parts.items() if stem in stems}
    if not stems:
        # Only stop words ("wij-zij", "wij zij"): search those words, never everything.
        terms = stopwords.stop_word_query(text) or []
        return TextQuery(
            text=text,
            stems=[token for token, _words in terms][:MAX_TERMS],
            raw_words=[words for _token, words in terms][:MAX_TERMS],
            truncated=len(terms) > MAX_TERMS,
            stop_words_only=bool(terms),
        )
    return TextQuery(
        text=text,
        stems=stems,
        raw_words=raw_words,
        widened=widened,
        truncated=truncated,
        parts=parts,
        readings={stem: found for stem, found in readings.items() if stem in stems},
        phrases={stem: found for stem, found in phrases.items() if stem in stems},
    )
