from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from core import surrogate
from offerings.facts import attach_facts, joined_fields
from search import fragments, listingscope
from search.finder import run_finder
from search.highlight import mark_results
from search.params import SORTS, FinderQuery
from search.querylog import count_search, read_count_token, record_search
from search.results import KeptItem
from search.sitesearch import autocomplete_titles, run_site_search

PARTIAL_SHOWN = 5  # results shown of what matches most of the words (search/finder.py)
CARD = "finder-card"  # the shared fragment of one result (templates/search/includes/result.html)
# What a result card, its facts (offerings/facts.py, joined) and its marks (search/highlight.py)
# read of an offering; the finder loads no other column (run_finder's `fields`). Wagtail's URL
# of a page needs its url_path; `path` and `depth` tie it to the page tree; the card's key
# needs its live revision (search/fragments.py).
CARD_FIELDS = (
    *joined_fields(),
    "live_revision",
    "title",
    "url_path",
    "path",
    "depth",
    "live",
    "kind",
    "language",
    "summary",
    "start_date",
    "end_date",
    "delivery",
    "form__name",
    "partner__title",
)


def card_vary_on(request, pinned, marks):
    """What a result card varies on besides its offering (search/fragments.py keys that):
    whether it is a pick, the words marked in it (search/highlight.py) and the host its links
    name. The template's `shared_fragment` tag and `kept_cards` make the same key from it."""
    return [pinned, marks, request.get_host()]


def kept_cards(request):
    """run_finder's `kept` for a listing without words: the offerings whose card is in the
    shared cache (asked in one round trip) need not be loaded, nor their facts read."""

    def kept(candidates, pinned_ids):
        vary_ons = [(item, card_vary_on(request, item.pk in pinned_ids, "")) for item in candidates]
        return fragments.held_for(request, CARD, vary_ons)

    return kept


def finder_page(request, catalogue_page):
    """The public finder at /aanbod/: a GET form whose every state is a shareable URL."""
    query = FinderQuery.from_querydict(request.GET)
    # With words, a card shows them marked: loaded as always, then kept per marking.
    kept = kept_cards(request) if not query.q and fragments.usable() else None
    result = run_finder(query, taxonomy=False, kept=kept, fields=CARD_FIELDS)
    listingscope.remember(request, result)
    query = result.query
    shown = [*result.items, *(result.partial.items[:PARTIAL_SHOWN] if result.partial else [])]
    loaded = [offering for offering in shown if not isinstance(offering, KeptItem)]
    mark_results(attach_facts(loaded), result.text)
    for offering in shown:
        # The marks vary a card only when words were searched; without, it is the plain card.
        marked = result.text is not None and not isinstance(offering, KeptItem)
        offering.card_marks = (offering.marked_title, offering.snippet) if marked else ""
    if query.q and result.offset == 0:
        count_search(request, query.q, result.total)
    context = catalogue_page.get_context(request)
    context.update(
        {
            "query": query,
            "result": result,
            # The finder's own URL, written up to seven times (form actions, feed, links).
            "page_url": catalogue_page.get_url(request),
            "sorts": SORTS,
            "page_numbers": page_window(result.page, result.page_count),
            "partial_shown": PARTIAL_SHOWN,
        }
    )
    return TemplateResponse(request, "search/finder.html", context)


def page_window(current, count, size=9):
    """Page numbers to link: a window around the current page, plus first and last."""
    start = max(1, min(current - size // 2, count - size + 1))
    numbers = set(range(start, min(count, start + size - 1) + 1)) | {1, count}
    return sorted(numbers)


@require_GET
def site_search(request):
    """One search box over all live, public pages, labelled by type (/zoeken/).

    It belongs to the main site: another Site (the handbook's own host) serves its own
    /zoeken/ from its page tree, so the request goes on to Wagtail there."""
    site = Site.find_for_request(request)
    if site is not None and not site.is_default_site:
        return wagtail_serve(request, request.path)
    result = run_site_search(request.GET)
    if result.text and result.page == 1:
        count_search(request, result.text, result.total)
    return TemplateResponse(request, "search/site_search.html", {"result": result})


@require_GET
def autocomplete(request):
    """Title suggestions for the search box enhancement (static/js/search-suggest.js)."""
    return JsonResponse({"suggestions": autocomplete_titles(request.GET.get("q", ""))})


@never_cache
@require_GET
def count_search_visit(request, token):
    """A finder or site-search page's counting URL, replayed from the front cache's log for
    each visitor it served the page to (core/surrogate.py): log this visitor's search as the
    page would have. A token the site did not sign is
    refused (400), so no query or result total can be made up."""
    entry = read_count_token(token)
    if entry is None:
        return surrogate.refused()
    record_search(request, *entry)
    return surrogate.counted()
