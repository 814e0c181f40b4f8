"""Fragments shared by many URLs, kept in the shared cache per catalogue stamp.

A miss in Varnish (a URL nobody asked before, a listing just purged) still renders parts
that many other URLs render the same: the site navigation and footer on every page, a
finder result card in every listing that shows the offering (the template tag
`shared_fragment`, frontcache/templatetags/fragment_tags.py), an offering's item in every
API listing that shows it (api/endpoints.py). Such a fragment is kept in
Django's default cache (Redis in production, shared by all workers) under a key made of its
name, what it varies on, today's date (registration states, "afgelopen") and the catalogue
stamp (search/facetindex.py: one query whose answer moves whenever a page is published,
unpublished, moved, deleted or restricted, or a snippet or setting is edited). So a
fragment never outlives the content it shows; after a publish the first response that
needs it renders it again for all.

A listing asks for its cards or items first, all in one round trip (`held_for`), and the
finder does not load the offerings whose fragment is kept (search.finder.run_finder's
`kept`): a new filter combination on a warm site reads no offering rows and no facts.

A fragment keyed on the stamp is cold exactly after a publish, so per-page fragments (an
offering's own body) would not help: Varnish already keeps that page until the publish.
Only fragments shared between URLs are cached.

Here, beside the stamp's definition, so that api/ and the templates can use it alike.

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
HELD = "_fragments_held"  # {cache key: content} found by `held_for` in this request


def version(request):
    """The stamp and date part of every fragment key, read once per request."""
    known = getattr(request, ATTRIBUTE, None) if request is not None else None
    if known is None:
        stamp = repr((facetindex.catalogue_stamp(), timezone.localdate().isoformat()))
        known = hashlib.sha256(stamp.encode()).hexdigest()[:24]
        if request is not None:
            setattr(request, ATTRIBUTE, known)
    return known


def usable():
    return bool(settings.FRAGMENT_CACHE_SECONDS) and facetindex.shareable()


def key(request, name, vary_on):
    parts = "\x1f".join(str(value) for value in vary_on)
    digest = hashlib.sha256(parts.encode()).hexdigest()[:24]
    return f"fragment:{name}:{version(request)}:{digest}"


def held_for(request, name, vary_ons):
    """Of `vary_ons` ({id: vary_on}), the ids whose fragment `name` is in the cache, asked in
    one round trip. Their content is held for this request, so get_or_render returns it
    without asking again (a fragment found here cannot expire before the page uses it)."""
    if not usable() or not vary_ons or request is None:
        return set()
    keys = {pk: key(request, name, vary_on) for pk, vary_on in vary_ons.items()}
    found = cache.get_many(list(keys.values()))
    if not hasattr(request, HELD):
        setattr(request, HELD, {})
    getattr(request, HELD).update(found)
    return {pk for pk, cache_key in keys.items() if cache_key in found}


def get_or_render(request, name, vary_on, render):
    """The cached fragment `name` for `vary_on`, or `render()` (kept for next time)."""
    if not usable():
        return render()
    cache_key = key(request, name, vary_on)
    held = getattr(request, HELD, None) if request is not None else None
    if held and cache_key in held:
        return held[cache_key]
    content = cache.get(cache_key)
    if content is None:
        content = render()
        cache.set(cache_key, content, settings.FRAGMENT_CACHE_SECONDS)
    return content
