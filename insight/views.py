from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Window
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from catalogue.models import CatalogueIndexPage
from core.ratelimit import hit, is_limited
from core.roles import is_coordinator
from insight.coverage import coverage_matrices, heatmap
from insight.exports import CATALOGUE_HEADERS, COVERAGE_HEADERS, catalogue_rows, coverage_rows
from insight.forms import MissingOfferForm
from insight.models import MissingOfferReport
from insight.searches import low_result_searches
from review.exports import ExportFormatError, table_response

RATE_SCOPE = "missing-offer"
MAX_DAYS = 365
MAX_LOW_RESULTS = 20


# Public: "Mist u iets?" -------------------------------------------------------------------
@never_cache
@require_http_methods(["GET", "POST"])
def missing_offer(request):
    if request.method == "GET":
        if request.GET.get("verzonden") == "1":
            return TemplateResponse(request, "insight/missing_offer.html", {"sent": True})
        query = request.GET.get("q", "")[:200]
        form = MissingOfferForm(initial={"query": query, "description": query})
        return TemplateResponse(request, "insight/missing_offer.html", {"form": form})

    form = MissingOfferForm(request.POST)
    limit = settings.MISSING_OFFER_MAX_PER_HOUR
    if is_limited(request, RATE_SCOPE, limit):
        form.is_valid()
        form.add_error(
            None,
            _("U heeft het afgelopen uur al %(n)s meldingen gestuurd. Probeer het over een uur opnieuw.")
            % {"n": limit},
        )
        return TemplateResponse(request, "insight/missing_offer.html", {"form": form}, status=429)
    if form.is_spam():
        # Pretend success so a bot learns nothing; nothing is stored.
        hit(request, RATE_SCOPE)
        return redirect(f"{reverse('missing_offer')}?verzonden=1")
    if not form.is_valid():
        return TemplateResponse(request, "insight/missing_offer.html", {"form": form})
    form.save()
    hit(request, RATE_SCOPE)
    return redirect(f"{reverse('missing_offer')}?verzonden=1")


# Admin: the gap view and exports -----------------------------------------------------------
def require_coordinator(request):
    if not is_coordinator(request.user):
        raise PermissionDenied


def parse_bounded_int(request, name, default, low, high, message):
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        messages.warning(request, message % {"low": low, "high": high, "default": default})
        return default
    return value


def finder_base_url(request):
    """The finder's address as Wagtail routes it (relative on the catalogue's own site)."""
    catalogue = CatalogueIndexPage.objects.live().first()
    url = catalogue.get_url(request) if catalogue is not None else None
    return url or "/aanbod/"


def gap_view(request):
    require_coordinator(request)
    days = parse_bounded_int(
        request,
        "dagen",
        settings.INSIGHT_DEFAULT_DAYS,
        1,
        MAX_DAYS,
        _(
            "Het aantal dagen moet een getal van %(low)s tot en met %(high)s zijn; "
            "we tonen %(default)s dagen."
        ),
    )
    max_results = parse_bounded_int(
        request,
        "max_resultaten",
        settings.INSIGHT_LOW_RESULT_MAX,
        0,
        MAX_LOW_RESULTS,
        _(
            "'Weinig resultaten' moet een getal van %(low)s tot en met %(high)s zijn; "
            "we gebruiken %(default)s."
        ),
    )
    base_url = finder_base_url(request)
    matrices = coverage_matrices(base_url)
    # The newest open reports and, through a window count, how many are open: one query.
    reports = list(
        MissingOfferReport.objects.filter(handled=False)
        .select_related("theme")
        .annotate(open_total=Window(Count("pk")))
        .order_by("-created_at")[:20]
    )
    context = {
        "matrices": [{"matrix": m, "heatmap": heatmap(m)} for m in matrices],
        "days": days,
        "max_results": max_results,
        "searches": low_result_searches(days, max_results, timezone.localdate()),
        "reports": reports,
        "open_report_count": reports[0].open_total if reports else 0,
        "reports_url": reverse("insight_missingofferreport_modeladmin_index"),
        "finder_url": base_url,
    }
    return TemplateResponse(request, "insight/gap_view.html", context)


def export_view(request, what):
    require_coordinator(request)
    fmt = request.GET.get("formaat", "csv")
    today = timezone.localdate().isoformat()
    try:
        if what == "aanbod":
            return table_response(
                CATALOGUE_HEADERS, catalogue_rows(request), fmt, f"aanbod-{today}", _("Aanbod")
            )
        matrices = coverage_matrices(finder_base_url(request))
        return table_response(
            COVERAGE_HEADERS, coverage_rows(matrices, request), fmt, f"dekking-{today}", _("Dekking")
        )
    except ExportFormatError as error:
        messages.error(request, str(error))
        return redirect("insight_gaps")
