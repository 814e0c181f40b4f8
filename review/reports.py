"""Admin report: live offerings not reviewed within their kind's review interval
(review/intervals.py: the coordinator's ReviewInterval, fallback settings.STALE_AFTER_DAYS).

Coördinatie sees every partner's; a partner's editors see only their own.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from core.baseurl import page_url
from core.roles import is_coordinator
from offerings.models import OfferingPage
from partners.membership import has_review_role, partner_ids
from partners.models import PartnerPage
from review.exports import table_response
from review.intervals import cutoffs, describe, interval_months, next_review_due
from review.unconfirmed import with_unconfirmed_round
from taxonomy.kinds import Kind


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


def report_offerings(user=None, now=None):
    """The report's rows: stale offerings and those a closed round left unconfirmed."""
    queryset = (
        with_unconfirmed_round(OfferingPage.objects.live())
        .filter(stale_q(now) | Q(unconfirmed_round__isnull=False))
        .select_related("partner", "content_owner")
        .order_by("last_reviewed_at", "title")
    )
    if user is not None and not is_coordinator(user):
        queryset = queryset.filter(partner_id__in=partner_ids(user))
    return queryset


class StaleFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"),
        queryset=PartnerPage.objects.order_by("abbreviation"),
        empty_label=_("Alle partners"),
    )
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=Kind.choices, empty_label=_("Alle soorten"))
    afgelopen = django_filters.ChoiceFilter(
        label=_("Afgelopen trainingen"),
        choices=[("verbergen", _("Verbergen")), ("alleen", _("Alleen afgelopen"))],
        empty_label=_("Tonen"),
        method="filter_ended",
    )

    class Meta:
        model = OfferingPage
        fields = ["partner", "kind"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and not is_coordinator(user):
            # A partner has only its own rows: a partner filter would list strangers.
            del self.filters["partner"]

    def filter_ended(self, queryset, name, value):
        ended = Q(end_date__lt=timezone.localdate())
        if value == "verbergen":
            return queryset.exclude(ended)
        if value == "alleen":
            return queryset.filter(ended)
        return queryset


class StaleOfferingsReport(ReportView):
    page_title = _("Verouderd aanbod")
    header_icon = "time"
    results_template_name = "review/stale_report_results.html"
    index_url_name = "review_stale_offerings"
    index_results_url_name = "review_stale_offerings_results"
    filterset_class = StaleFilterSet
    list_export = [
        "title",
        "partner_abbreviation",
        "kind_label",
        "owner_name",
        "last_reviewed_at",
        "review_due",
        "unconfirmed_round",
        "ended",
        "public_url",
    ]
    export_headings = {
        "title": _("Titel"),
        "partner_abbreviation": _("Partner"),
        "kind_label": _("Soort"),
        "owner_name": _("Eigenaar"),
        "last_reviewed_at": _("Laatst gecontroleerd op"),
        "review_due": _("Te controleren vóór"),
        "unconfirmed_round": _("Niet bevestigd in ronde"),
        "ended": _("Afgelopen training"),
        "public_url": _("Adres"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not has_review_role(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return report_offerings(self.request.user)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "user": self.request.user}

    def decorate_paginated_queryset(self, object_list):
        months = interval_months()
        offerings = list(object_list)
        for offering in offerings:
            offering.review_due = next_review_due(offering.last_reviewed_at, offering.kind, months)
            owner = offering.content_owner
            offering.owner_name = (owner.get_full_name() or owner.get_username()) if owner else ""
            offering.partner_abbreviation = offering.partner.abbreviation if offering.partner else ""
            offering.kind_label = offering.get_kind_display()
            offering.ended = str(_("afgelopen")) if offering.is_expired else ""
            offering.public_url = page_url(offering, self.request) or ""
        return offerings

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The project's one writer (review/exports.py): semicolons and a BOM for Dutch Excel,
        local dates, formula-safe text."""
        headers = [str(self.export_headings[field]) for field in self.list_export]
        rows = ([getattr(offering, field) for field in self.list_export] for offering in queryset)
        return table_response(headers, rows, spreadsheet_format, self.get_filename(), str(self.page_title))

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
