"""Public endpoints: the 'Was dit nuttig?' answer and the counted outbound link.

Both work without JavaScript and set no cookie. The answer is a plain POST form that
returns to the page; the link is a first-party redirect to the offering's own stored URL.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from core import surrogate
from core.ratelimit import hit, is_limited
from core.sameorigin import same_origin_post
from core.visibility import public_pages
from feedback.forms import FeedbackForm
from feedback.links import stored_url
from feedback.models import Feedback, count
from feedback.usage import count_visit, counts_now
from handbook.models import HandbookChapterPage
from offerings.models import OfferingPage

RATE_SCOPE = "feedback"
FEEDBACK_PAGE_TYPES = (OfferingPage, HandbookChapterPage)


MAX_PAGE_ID = 2**31 - 1  # a page id is a database integer


def public_page(page_id, *types):
    """The live, public page of one of `types`, or 404 (also below an unpublished page)."""
    page = public_pages(Page.objects.type(*types)).filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page.specific


# No CSRF token: the form is anonymous and changes nothing of anyone's (a forged answer is
# no worse than a typed one, and answers are rate-limited); a token would set a cookie on
# every offering page, which this feature promises not to do, and keep the page out of
# the front cache. Another site's form cannot post here (core/sameorigin.py).
@csrf_exempt
@same_origin_post
@never_cache
@require_POST
def submit_feedback(request, page_id):
    page = public_page(page_id, *FEEDBACK_PAGE_TYPES)
    form = FeedbackForm(request.POST)
    limit = settings.FEEDBACK_MAX_PER_HOUR
    if is_limited(request, RATE_SCOPE, limit):
        error = _("U heeft het afgelopen uur al %(n)s keer gereageerd. Probeer het over een uur opnieuw.") % {
            "n": limit
        }
        return TemplateResponse(
            request, "feedback/problem.html", {"page": page, "errors": [error]}, status=429
        )
    if not form.is_valid():
        errors = [error for errors in form.errors.values() for error in errors]
        return TemplateResponse(
            request, "feedback/problem.html", {"page": page, "errors": errors}, status=400
        )
    hit(request, RATE_SCOPE)
    Feedback.objects.create(
        page=page,
        useful=form.cleaned_data["nuttig"] == "ja",
        comment=" ".join(form.cleaned_data["toelichting"].split())[:1000],
    )
    return redirect(f"{page.url}?nuttig=bedankt#nuttig")


@never_cache
@require_GET
def outbound(request, page_id, target):
    """Count a click on an offering's registration/document/form link and go there."""
    page = public_page(page_id, OfferingPage)
    url = stored_url(page, target)
    if not url:
        raise Http404
    count_visit(request, page.pk, "clicks")
    response = HttpResponseRedirect(url)
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_GET
def count_offering_view(request, page_id):
    """An offering page's counting URL, replayed from the front cache's log for each visitor
    it served the page to (core/surrogate.py): count this visitor's view with the rules of
    every view (once per client, page and day). Anything but the id of a live, public
    offering is refused alike, so it reveals nothing. The page is looked up only when the
    visit counts (most deliveries the cache's log replays are returning clients)."""
    if not (page_id.isascii() and page_id.isdigit()) or not 0 < int(page_id) <= MAX_PAGE_ID:
        return surrogate.refused()
    if not counts_now(request, int(page_id), "views"):
        return surrogate.counted()
    try:
        page = public_page(int(page_id), OfferingPage)
    except Http404:
        return surrogate.refused()
    count(page.pk, "views")
    return surrogate.counted()
