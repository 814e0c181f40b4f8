"""Admin report: live offerings not reviewed for longer than settings.STALE_AFTER_DAYS.

Coördinatie sees every partner's; a partner's editors see only their own.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from offerings.models import OfferingPage
from review.roles import has_review_role, is_coordinator, partner_ids


def stale_cutoff(now=None):
    """Offerings last reviewed before this moment (or never) count as stale."""
    return (now or timezone.now()) - datetime.timedelta(days=settings.STALE_AFTER_DAYS)


def stale_q(cutoff=None):
    """The stale rule for OfferingPage querysets: never reviewed, or reviewed before the cutoff.

    Only live offerings are reported as stale; combine with live=True where that matters.
    """
    if cutoff is None:
        cutoff = stale_cutoff()
    return Q(last_reviewed_at__isnull=True) | Q(last_reviewed_at__lt=cutoff)


def stale_offerings(user=None, now=None):
    queryset = (
        OfferingPage.objects.live()
        .filter(stale_q(stale_cutoff(now)))
        .select_related("partner")
        .order_by("last_reviewed_at", "title")
    )
    if user is not None and not is_coordinator(user):
        queryset = queryset.filter(partner_id__in=partner_ids(user))
    return queryset


class StaleOfferingsReport(ReportView):
    page_title = _("Verouderd aanbod")
    header_icon = "time"
    results_template_name = "review/stale_report_results.html"
    index_url_name = "review_stale_offerings"
    index_results_url_name = "review_stale_offerings_results"
    list_export = ["title", "partner.abbreviation", "kind", "last_reviewed_at", "full_url"]
    export_headings = {
        "title": _("Titel"),
        "partner.abbreviation": _("Partner"),
        "kind": _("Soort"),
        "last_reviewed_at": _("Laatst gecontroleerd op"),
        "full_url": _("Adres"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not has_review_role(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return stale_offerings(self.request.user)

    def get_filename(self):
        return f"verouderd-aanbod-{timezone.localdate().isoformat()}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stale_after_days"] = settings.STALE_AFTER_DAYS
        return context
