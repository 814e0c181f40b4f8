"""From typed text to a backend-neutral Wagtail search query.

The text is reduced to Dutch stems (search/dutch.py), widened with the editors'
synonyms, and expressed as And/Or of PlainText terms that contain only [a-z0-9]: so no
FTS5 quote errors (wagtail#13227), no tsquery syntax errors on '-' or empty terms
(django-modelsearch#98), no NUL bytes, and a bounded query depth (wagtail#4701).
"""

from dataclasses import dataclass, field

from modelsearch.query import And, Or, PlainText

from search import dutch

MAX_TERMS = 10


@dataclass
class TextQuery:
    text: str
    stems: list = field(default_factory=list)  # distinct stems, in typed order
    raw_words: list = field(default_factory=list)  # folded words, for non-offering pages
    widened: dict = field(default_factory=dict)  # stem -> list of synonym stem tuples
    truncated: bool = False

    @property
    def is_empty(self):
        return not self.stems

    def backend_query(self, include_raw=False):
        """And over the typed words; each word is an Or over its forms and synonyms."""
        parts = []
        for position, stem in enumerate(self.stems):
            alternatives = [PlainText(stem)]
            if include_raw and position < len(self.raw_words) and self.raw_words[position] != stem:
                alternatives.append(PlainText(self.raw_words[position]))
            for synonym in self.widened.get(stem, ()):
                alternatives.append(PlainText(" ".join(synonym), operator="and"))
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)


def synonym_groups():
    """All synonym groups as lists of stem tuples (one small query; editors keep few)."""
    from search.models import Synonym

    return [synonym.stemmed_terms() for synonym in Synonym.objects.all()]


def parse_text(text):
    """Parse free text into a TextQuery (empty if nothing meaningful is left)."""
    stems, raw_words = [], []
    for word in dutch.words(text):
        if word in dutch.STOP_WORDS:
            continue
        stem = dutch.stem(word)
        if stem not in stems:
            stems.append(stem)
            raw_words.append(word)
    truncated = len(stems) > MAX_TERMS
    stems, raw_words = stems[:MAX_TERMS], raw_words[:MAX_TERMS]
    widened = {}
    if stems:
        for group in synonym_groups():
            single = {terms[0] for terms in group if len(terms) == 1}
            for stem in stems:
                if stem in single:
                    widened.setdefault(stem, []).extend(t for t in group if t != (stem,))
    return TextQuery(text=text, stems=stems, raw_words=raw_words, widened=widened, truncated=truncated)
