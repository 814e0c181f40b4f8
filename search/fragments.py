"""Fragments shared by many URLs, kept in the shared cache until what they show changes.

A miss in Varnish (a URL nobody asked before, a listing just purged) still renders parts
that many other URLs render the same: the site navigation and footer on every page, a
finder result card in every listing that shows the offering (the template tag
`shared_fragment`, frontcache/templatetags/fragment_tags.py), an offering's item in every
API listing that shows it (api/endpoints.py). Such a fragment is kept in Django's default
cache (Redis in production, shared by all workers) under a key made here, and only here
(`key`), of its name, what it varies on, today's date (registration states, "afgelopen")
and a stamp of what it shows:

- a fragment of one offering (a finder card, an API item; `offering=` below): the
  offering's id and live revision, and the catalogue's surroundings stamp
  (search.facetindex.surroundings_stamp: the catalogue stamp without what an offering's own
  draft or publish logs). A publish of offering X cools X's card and item only;
- any other fragment (navigation, footer, a chapter's finder link): the catalogue stamp
  (search/facetindex.py: one query whose answer moves whenever a page is published,
  unpublished, moved, deleted or restricted, or a snippet or setting is edited).

What a card (templates/search/includes/result.html) and an item (the API listing's fields,
api.endpoints.OFFERING_LISTING_FIELDS) show, and what moves their key when it changes:

- the offering's own fields (title, slug, summary, kind, language, start and end date,
  delivery, cost, price note, region, first published), its kind's own fields (a
  publication's date, a training's place and registration link, a contact point's ways,
  hours and answer time), its sessions (dates, place, online, full), authors, and the
  themes, audiences, phases, form and publishers it names: saved by its publish, which
  gives it a new live revision;
- its URL (html_url, the card's link): its url_path, which changes when it or an ancestor
  is moved (logged: wagtail.move) or an ancestor's slug is published (a publish of a page
  that is no offering); the site's host is part of what the fragment varies on, a Site's
  hostname, port or root page is edited in the admin (ModelLogEntry);
- its partner's title, slug and abbreviation: a publish of the partner page (no offering);
- the names of its form, themes, audiences and phases, and its publishers' names: snippet
  edits (ModelLogEntry), terms added or deleted in code (the terms' row counts);
- whether it is public at all (a kept fragment is served without loading the offering):
  unpublish (also as scheduled), delete, move, view restrictions (logged, and their row
  count), a page created or copied (page row count);
- a site setting edited in the admin (ModelLogEntry);
- the date: "afgelopen", a training's next session, registration states;
- per listing: whether it is a pick ("Uitgelicht"), the words marked in it, the host of
  its links (the vary_on the finder and the API give).

The first item moves the offering's live revision; the date and the listing's own values are
part of the key; every other item moves the surroundings stamp. What moves neither, here as
before: a row changed in code without a log entry, a revision or a row count (an import
writing fields directly). A check in a review round sets `last_reviewed_at` without a
revision and logs it (review/history.py), which moves the surroundings stamp.

A listing asks for its cards or items first, all in one round trip (`held_for`), and the
finder does not load the offerings whose fragment is kept (search.finder.run_finder's
`kept`, which gives each as a KeptItem with its live revision as the engine knows it): a
new filter combination on a warm site reads no offering rows and no facts, also right
after another offering's publish.

Per-page fragments (an offering's own body) would not help: Varnish already keeps that page
until its publish. Only fragments shared between URLs are cached.

Here, beside the stamps' definition, so that api/ and the templates can use it alike.

Not used (rendered every time) inside a transaction (a request that writes, tests): its
data may be its own uncommitted writes, as in search/facetindex.get_index; nor with
FRAGMENT_CACHE_SECONDS = 0.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from search import facetindex

ATTRIBUTE = "_fragment_version"
SURROUNDINGS = "_fragment_surroundings"
HELD = "_fragments_held"  # {cache key: content} found by `held_for` in this request


def _dated(request, attribute, stamp):
    """`stamp()` with today's date, as a short digest, read once per request."""
    known = getattr(request, attribute, None) if request is not None else None
    if known is None:
        dated = repr((stamp(), timezone.localdate().isoformat()))
        known = hashlib.sha256(dated.encode()).hexdigest()[:24]
        if request is not None:
            setattr(request, attribute, known)
    return known


def version(request):
    """The stamp and date part of the key of a fragment that is not of one offering."""
    return _dated(request, ATTRIBUTE, facetindex.catalogue_stamp)


def surroundings(request):
    """The stamp and date part of the key of an offering's fragment (with its live revision)."""
    return _dated(request, SURROUNDINGS, facetindex.surroundings_stamp)


def usable():
    return bool(settings.FRAGMENT_CACHE_SECONDS) and facetindex.shareable()


def key(request, name, vary_on, offering=None):
    """The cache key of fragment `name` for `vary_on`; of one offering when `offering` is
    given (an OfferingPage loaded with its live_revision_id, or a search.results.KeptItem)."""
    parts = "\x1f".join(str(value) for value in vary_on)
    digest = hashlib.sha256(parts.encode()).hexdigest()[:24]
    if offering is None:
        return f"fragment:{name}:{version(request)}:{digest}"
    return f"fragment:{name}:{surroundings(request)}:{offering.pk}.{offering.live_revision_id}:{digest}"


def held_for(request, name, vary_ons):
    """Of `vary_ons` ([(offering, vary_on)]), the pks of the offerings whose fragment `name`
    is in the cache, asked in one round trip. Their content is held for this request, so
    get_or_render returns it without asking again (a fragment found here cannot expire
    before the page uses it)."""
    if not usable() or not vary_ons or request is None:
        return set()
    keys = {offering.pk: key(request, name, vary_on, offering) for offering, vary_on in vary_ons}
    found = cache.get_many(list(keys.values()))
    if not hasattr(request, HELD):
        setattr(request, HELD, {})
    getattr(request, HELD).update(found)
    return {pk for pk, cache_key in keys.items() if cache_key in found}


def get_or_render(request, name, vary_on, render, offering=None):
    """The cached fragment `name` for `vary_on` (of `offering`, see `key`), or `render()`
    (kept for next time)."""
    if not usable():
        return render()
    cache_key = key(request, name, vary_on, offering)
    held = getattr(request, HELD, None) if request is not None else None
    if held and cache_key in held:
        return held[cache_key]
    content = cache.get(cache_key)
    if content is None:
        content = render()
        cache.set(cache_key, content, settings.FRAGMENT_CACHE_SECONDS)
    return content
