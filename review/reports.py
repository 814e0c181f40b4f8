"""Admin report: live offerings not reviewed within their kind's review interval
(review/intervals.py: the coordinator's ReviewInterval, fallback settings.STALE_AFTER_DAYS).

Coördinatie sees every partner's; a partner's editors see only their own.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from core.baseurl import page_url
from core.roles import is_coordinator
from offerings.models import OfferingPage
from partners.membership import has_review_role, partner_ids
from review.intervals import cutoffs, describe, interval_months, next_review_due


def stale_q(now=None):
    """The stale rule for OfferingPage querysets: never reviewed, or reviewed before the
    cutoff of the offering's kind.

    Only live offerings are reported as stale; combine with live=True where that matters.
    """
    rule = Q(last_reviewed_at__isnull=True)
    for kind, cutoff in cutoffs(now).items():
        rule |= Q(kind=kind, last_reviewed_at__lt=cutoff)
    return rule


def stale_offerings(user=None, now=None):
    queryset = (
        OfferingPage.objects.live()
        .filter(stale_q(now))
        .select_related("partner", "content_owner")
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
    list_export = [
        "title",
        "partner.abbreviation",
        "kind",
        "owner_name",
        "last_reviewed_at",
        "review_due",
        "public_url",
    ]
    export_headings = {
        "title": _("Titel"),
        "partner.abbreviation": _("Partner"),
        "kind": _("Soort"),
        "owner_name": _("Eigenaar"),
        "last_reviewed_at": _("Laatst gecontroleerd op"),
        "review_due": _("Te controleren vóór"),
        "public_url": _("Adres"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not has_review_role(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        months = interval_months()
        offerings = list(stale_offerings(self.request.user))
        for offering in offerings:
            offering.review_due = next_review_due(offering.last_reviewed_at, offering.kind, months)
            owner = offering.content_owner
            offering.owner_name = (owner.get_full_name() or owner.get_username()) if owner else ""
            offering.public_url = page_url(offering, self.request)
        return offerings

    def get_filename(self):
        return f"verouderd-aanbod-{timezone.localdate().isoformat()}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        months = interval_months()
        context["intervals"] = [
            {"kind": label, "interval": describe(kind, months)}
            for kind, label in OfferingPage.kind.field.choices
        ]
        return context
