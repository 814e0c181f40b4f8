from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Window
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from catalogue.models import CatalogueIndexPage
from core.baseurl import absolute_url, admin_url
from core.ratelimit import hit, is_limited
from core.roles import is_coordinator
from core.sameorigin import same_origin_post
from insight.coverage import coverage_matrices, heatmap, more_matrices
from insight.exports import CATALOGUE_HEADERS, COVERAGE_HEADERS, catalogue_rows, coverage_rows
from insight.forms import MissingOfferForm
from insight.models import MissingOfferReport
from insight.notify import notify_coordination
from insight.searches import group_key, low_result_searches, period_start, weekly_trend, zero_result_groups
from review.exports import ExportFormatError, table_response

RATE_SCOPE = "missing-offer"
MAX_DAYS = 365
MAX_LOW_RESULTS = 20


# Public: "Mist u iets?" -------------------------------------------------------------------
# No CSRF token, so the form page is the same for every visitor and a shared cache keeps it
# (frontcache/headers.py); the POST is checked by origin, rate limit and trap field instead
# (core/sameorigin.py says why).
@csrf_exempt
@same_origin_post
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
    report = form.save()
    transaction.on_commit(lambda: notify_coordination(report))
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


def period_days(request):
    """The period of the whole gap view (?dagen=), one parse for the page and its exports."""
    return parse_bounded_int(
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


def demand_and_supply(matrix, days, today):
    """Per theme: live offerings (row total of themes × kinds) beside needs reported in the period."""
    needs = dict(
        MissingOfferReport.objects.filter(
            created_at__date__gte=period_start(days, today), theme__isnull=False
        )
        .values("theme__slug")
        .annotate(n=Count("pk"))
        .values_list("theme__slug", "n")
    )
    return [
        {
            "theme": label,
            "supply": sum(cell.count for cell in cells),
            "unconfirmed": sum(cell.unconfirmed for cell in cells),
            "needs": needs.get(slug, 0),
        }
        for (slug, label), cells in matrix.rows_with_cells()
    ]


def gap_view(request):
    require_coordinator(request)
    days = period_days(request)
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
    today = timezone.localdate()
    base_url = finder_base_url(request)
    matrices = [*coverage_matrices(base_url), *more_matrices(base_url)]
    # The newest open reports of the period and, through a window count, how many: one query.
    reports = list(
        MissingOfferReport.objects.filter(handled=False, created_at__date__gte=period_start(days, today))
        .select_related("theme", "partner")
        .annotate(open_total=Window(Count("pk")))
        .order_by("-created_at")[:20]
    )
    context = {
        "matrices": [{"matrix": m, "heatmap": heatmap(m)} for m in matrices],
        "days": days,
        "max_results": max_results,
        "searches": low_result_searches(days, max_results, today),
        "zero_groups": zero_result_groups(days, today),
        "demand": demand_and_supply(matrices[0], days, today),
        "trend": weekly_trend(days, today),
        "reports": reports,
        "open_report_count": reports[0].open_total if reports else 0,
        "reports_url": reverse("insight_missingofferreport_modeladmin_index"),
        "finder_url": base_url,
    }
    return TemplateResponse(request, "insight/gap_view.html", context)


SEARCH_HEADERS = [
    "Zoekvraag",
    "Groep (sleutels)",
    "Aantal keer gezocht",
    "Op dagen",
    "Minste resultaten",
    "Meeste resultaten",
    "Laatst gezocht",
    "Link naar de zoeker",
]
NEED_HEADERS = [
    "Ontvangen op",
    "Melding",
    "Thema",
    "Gemeente",
    "Zoekvraag",
    "Afgehandeld",
    "Doorgegeven aan",
    "Notitie van Coördinatie",
    "Link in het beheer",
]


def search_rows(days, today, base_url):
    for row in low_result_searches(days, MAX_LOW_RESULTS, today):
        yield [
            row["query"],
            group_key(row["query"]),
            row["searches"],
            row["days"],
            row["fewest_results"],
            row["most_results"],
            row["last_day"],
            absolute_url(f"{base_url}?{urlencode({'q': row['query']})}"),
        ]


def need_rows(days, today):
    for report in (
        MissingOfferReport.objects.filter(created_at__date__gte=period_start(days, today))
        .select_related("theme", "partner")
        .order_by("-created_at")
    ):
        yield [
            report.created_at,
            report.description,
            report.theme.name if report.theme else "",
            report.municipality,
            report.query,
            _("ja") if report.handled else _("nee"),
            report.partner.abbreviation if report.partner else "",
            report.handling_note,
            admin_url(reverse("insight_missingofferreport_modeladmin_inspect", args=[report.pk])),
        ]


def export_view(request, what):
    require_coordinator(request)
    fmt = request.GET.get("formaat", "csv")
    today = timezone.localdate().isoformat()
    try:
        if what == "aanbod":
            return table_response(
                CATALOGUE_HEADERS, catalogue_rows(request), fmt, f"aanbod-{today}", _("Aanbod")
            )
        if what == "zoekvragen":
            days = period_days(request)
            return table_response(
                SEARCH_HEADERS,
                search_rows(days, timezone.localdate(), finder_base_url(request)),
                fmt,
                f"zoekvragen-{today}",
                _("Zoekvragen"),
            )
        if what == "behoeften":
            return table_response(
                NEED_HEADERS,
                need_rows(period_days(request), timezone.localdate()),
                fmt,
                f"behoeften-{today}",
                _("Behoeften"),
            )
        matrices = [*coverage_matrices(finder_base_url(request)), *more_matrices(finder_base_url(request))]
        return table_response(
            COVERAGE_HEADERS, coverage_rows(matrices, request), fmt, f"dekking-{today}", _("Dekking")
        )
    except ExportFormatError as error:
        messages.error(request, str(error))
        return redirect("insight_gaps")
