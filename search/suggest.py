"""Help when a query finds nothing: "bedoelde u" and the filters to drop.

The suggestion comes from the catalogue's own vocabulary (offering titles and summaries,
taxonomy labels): each query word whose stem is unknown is replaced by the closest known
word, and the suggestion is only offered when it finds something.
"""

import dataclasses
import difflib
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from offerings.models import OfferingPage
from search import dutch
from search.engines.database import match_ids
from search.params import FACETS
from search.results import DropHint
from search.text import parse_text
from taxonomy.models import Audience, Form, Phase, Theme

VOCABULARY_TIMEOUT = 600


def vocabulary():
    """{stem: most frequent surface word}, cached until the catalogue changes."""
    live = OfferingPage.objects.live().public()
    stamp = live.aggregate(n=Count("pk"), latest=Max("latest_revision_created_at"))
    latest = stamp["latest"].timestamp() if stamp["latest"] else 0
    key = f"search:vocabulary:{stamp['n']}:{latest}"
    vocab = cache.get(key)
    if vocab is None:
        texts = [f"{title} {summary}" for title, summary in live.values_list("title", "summary")]
        for model in (Theme, Audience, Phase, Form):
            texts.extend(model.objects.values_list("name", flat=True))
        forms = Counter(word for text in texts for word in dutch.words(text) if word not in dutch.STOP_WORDS)
        vocab = {}
        for word, _n in forms.most_common():
            if len(word) > 2 and not word.isdigit():
                vocab.setdefault(dutch.stem(word), word)
        cache.set(key, vocab, VOCABULARY_TIMEOUT)
    return vocab


def suggest(text):
    """A corrected query text, or "" when nothing better is known."""
    vocab = vocabulary()
    stems = list(vocab)
    words, changed = [], False
    for stem, raw in zip(text.stems, text.raw_words, strict=False):
        if stem in vocab:
            words.append(raw)
            continue
        close = difflib.get_close_matches(stem, stems, n=1, cutoff=0.75)
        if not close:
            return ""
        words.append(vocab[close[0]])
        changed = True
    if not changed:
        return ""
    suggestion = " ".join(words)
    found = match_ids(parse_text(suggestion), OfferingPage.objects.live().public())
    return suggestion if found else ""


def drop_hints(query, count):
    """Single changes that would give results: drop one facet, or drop the text."""
    hints = []
    for name in query.filters:
        reduced = {k: v for k, v in query.filters.items() if k != name}
        n = count(_replace(query, filters=reduced))
        if n:
            label = _("Zonder filter '%(facet)s'") % {"facet": FACETS[name]}
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
