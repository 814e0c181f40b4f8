"""Help when a query finds nothing: "bedoelde u" and the filters to drop.

The suggestion draws on the words users may mean: offering titles and summaries,
taxonomy labels, partner names and abbreviations, publication authors and publishers,
question titles, and the synonyms. A query word whose key is unknown is replaced by the
closest such word, but only within the edits a typo allows (max_edits: one for a word
of up to seven letters, two for a longer one), so "Den Bosch" never becomes "boosheid".
The suggestion is only offered when it finds something.

difflib's ratio was used before; it favours long shared runs of letters, not typos
(bosch/boosheid share "bos"), so the distance is a small optimal-string-alignment
(Damerau-Levenshtein) function here: the standard measure of typing errors, counting a
swap of two letters as one.
"""

import dataclasses
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from core.visibility import public_pages
from offerings.models import (
    OfferingPage,
    PublicationAuthor,
    PublicationCommissioner,
    PublicationPage,
    PublicationPublisher,
)
from partners.models import Organisation, PartnerPage
from search import dutch, facetindex, facets
from search.engines.database import match_ids
from search.models import Synonym
from search.results import DropHint
from search.text import parse_text
from taxonomy.models import Question

VOCABULARY_TIMEOUT = 600


def max_edits(word):
    """How many typing errors a word of this length may hold and still be corrected."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


def edit_distance(a, b, limit):
    """Optimal string alignment distance of a and b, or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _catalogue_texts():
    live = public_pages(OfferingPage.objects.all())
    texts = [f"{title} {summary}" for title, summary in live.values_list("title", "summary")]
    publications = public_pages(PublicationPage.objects.all())
    texts.extend(PublicationAuthor.objects.filter(page__in=publications).values_list("name", flat=True))
    for link in (PublicationPublisher, PublicationCommissioner):
        named = link.objects.filter(page__in=publications).values("organisation_id")
        texts.extend(Organisation.objects.filter(pk__in=named).values_list("name", flat=True))
    for title, abbreviation in public_pages(PartnerPage.objects.all()).values_list("title", "abbreviation"):
        texts.append(f"{title} {abbreviation}")
    texts.extend(Question.objects.values_list("question", flat=True))
    for spec in facets.FACETS:  # the facets' labels: themes, audiences, forms, phases, ...
        if spec.terms is not None:
            texts.extend(spec.terms.objects.values_list(spec.label_attr, flat=True))
    return texts


def vocabulary():
    """({folded word: frequency}, {their keys}) of what users may mean: the catalogue's
    words (cached until the catalogue changes: the facet index's stamp, which also moves when
    an editor renames a term) and the synonyms' (read each time, so an edit counts at once)."""
    live = public_pages(OfferingPage.objects.all())
    stamp = live.aggregate(n=Count("pk"), latest=Max("latest_revision_created_at"))
    latest = stamp["latest"].timestamp() if stamp["latest"] else 0
    # Ids return after a rollback (SQLite), so the stamp alone could repeat: the newest revision too.
    catalogue = ":".join(str(part) for part in facetindex.catalogue_stamp())
    key = f"search:vocabulary:v3:{stamp['n']}:{latest}:{catalogue}"
    cached = cache.get(key)
    if cached is None:
        words = Counter(
            word
            for text in _catalogue_texts()
            for word in dutch.words(text)
            if word not in dutch.STOP_WORDS and len(word) > 2 and not word.isdigit()
        )
        cached = (words, {dutch.stem(word) for word in words})
        cache.set(key, cached, VOCABULARY_TIMEOUT)
    words, keys = cached
    synonyms = Counter(
        word
        for terms in Synonym.objects.values_list("terms", flat=True)
        for word in dutch.words(terms)
        if word not in dutch.STOP_WORDS and len(word) > 2
    )
    return words + synonyms, keys | {dutch.stem(word) for word in synonyms}


def closest(word, words):
    """The most frequent of `words` nearest to `word` within max_edits(word), or None."""
    limit = max_edits(word)
    best, best_rank = None, None
    for candidate, frequency in words.items():
        distance = edit_distance(word, candidate, limit)
        if distance <= limit and (best_rank is None or (distance, -frequency) < best_rank):
            best, best_rank = candidate, (distance, -frequency)
    return best


def suggest(text):
    """A corrected query text, or "" when nothing better is known."""
    words, known = vocabulary()
    suggestion, changed = [], False
    for stem, raw in zip(text.stems, text.raw_words, strict=False):
        if stem in known:
            suggestion.append(raw)
            continue
        replacement = closest(raw, words)
        if replacement is None:
            return ""
        suggestion.append(replacement)
        changed = True
    if not changed:
        return ""
    suggestion = " ".join(suggestion)
    found = match_ids(parse_text(suggestion), public_pages(OfferingPage.objects.all()))
    return suggestion if found else ""


def drop_hints(query, count):
    """Single changes that would give results: drop one facet, or drop the text."""
    hints = []
    for name in query.filters:
        reduced = {k: v for k, v in query.filters.items() if k != name}
        n = count(_replace(query, filters=reduced))
        if n:
            label = _("Zonder filter '%(facet)s'") % {"facet": facets.by_key(name).label}
            hints.append(_hint(label, query.querystring(filters=reduced), n))
    if query.q and query.filters:
        n = count(_replace(query, q=""))
        if n:
            hints.append(_hint(_("Zonder zoekwoorden"), query.querystring(q=""), n))
    if query.filters and len(query.filters) > 1:
        n = count(_replace(query, filters={}))
        if n:
            hints.append(_hint(_("Zonder filters"), query.querystring(filters={}), n))
    return hints


def _replace(query, **changes):
    return dataclasses.replace(query, **changes)


def _hint(label, querystring, n):
    return DropHint(label=label, querystring=querystring, count=n)
