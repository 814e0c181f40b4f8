"""Marking the words that matched, in a result's title and in a snippet of its summary
or body, the same on every engine.

A word of the text is marked when the normaliser (search/dutch.py) reduces it to a key
the query searched for: a query word's key, one of its synonyms' keys or compound parts,
or a compound part of the word itself (so "polarisatie" marks "Polarisatieaanpak" and
"polariseren"). For a query of stop words only, the typed words are marked as written.
Doing it here rather than with the engine's highlighter keeps the database and the
engine alike, and marks exactly what the finder matched.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from offerings.models import OfferingPage, streamfield_text
from search import dutch

WORD_RE = re.compile(r"[^\W_]+")
SNIPPET_WORDS = 30  # words of context in a body snippet


def wanted_keys(text_query):
    """The keys whose words count as a match for a parsed query (search.text.TextQuery)."""
    if text_query.stop_words_only:
        return {word for words in text_query.raw_words for word in words.split()}
    wanted = set(text_query.stems)
    for parts in text_query.parts.values():
        wanted.update(parts)
    for synonyms in text_query.widened.values():
        for synonym in synonyms:
            wanted.update(synonym)
    return wanted


def _matches(word, wanted, stop_words_only):
    folded = dutch.fold(word)
    if stop_words_only:
        return folded in wanted
    if folded in dutch.STOP_WORDS or len(folded) < 2:
        return False
    analysis = dutch.analyse(folded, word.lower())
    return analysis.key in wanted or bool(wanted.intersection(analysis.parts))


def _marked(text, spans):
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(escape(text[last:start]))
        pieces.append(f'<mark class="hit">{escape(text[start:end])}</mark>')
        last = end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def _spans(text, wanted, stop_words_only):
    return [
        match.span()
        for match in WORD_RE.finditer(text or "")
        if _matches(match.group(), wanted, stop_words_only)
    ]


def highlight(text, text_query):
    """The text, escaped, with the matching words in <mark class="hit">."""
    if text_query is None:
        return escape(text or "")
    return _marked(text or "", _spans(text, wanted_keys(text_query), text_query.stop_words_only))


def snippet(text, text_query, words=SNIPPET_WORDS):
    """About `words` words of the text around its first match, marked, with "…" where it
    was cut; "" when no word matches."""
    if text_query is None or not text:
        return ""
    wanted = wanted_keys(text_query)
    matches = list(WORD_RE.finditer(text))
    first = next(
        (i for i, match in enumerate(matches) if _matches(match.group(), wanted, text_query.stop_words_only)),
        None,
    )
    if first is None:
        return ""
    begin = max(0, first - words // 3)
    end = min(len(matches), begin + words)
    start_at = matches[begin].start() if begin else 0
    stop_at = matches[end - 1].end() if end < len(matches) else len(text)
    piece = text[start_at:stop_at]
    marked = _marked(piece, _spans(piece, wanted, text_query.stop_words_only))
    return mark_safe(("… " if begin else "") + marked + (" …" if end < len(matches) else ""))  # noqa: S308


def mark_results(offerings, text_query):
    """Set `marked_title` and `snippet` on each offering of a result list: the title with
    its matching words marked, and the summary, marked, when a word matched there, else
    a marked piece of the body where one did (the bodies of those only, in one query),
    else the plain summary."""
    without_hit = []
    for offering in offerings:
        offering.marked_title = highlight(offering.title, text_query)
        offering.snippet = snippet(offering.summary, text_query, words=10_000)
        if not offering.snippet:
            offering.snippet = escape(offering.summary)
            if text_query is not None:
                without_hit.append(offering)
    if without_hit:
        ids = [offering.pk for offering in without_hit]
        bodies = dict(OfferingPage.objects.filter(pk__in=ids).values_list("pk", "body"))
        for offering in without_hit:
            body = bodies.get(offering.pk)
            text = " ".join(streamfield_text(body.raw_data)) if body is not None else ""
            offering.snippet = snippet(text, text_query) or offering.snippet
    return offerings
