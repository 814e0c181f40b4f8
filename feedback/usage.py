"""Which requests count as a visit, and the figures shown to partners and Coördinatie.

Counted server-side, without cookies or third-party scripts: anonymous GET requests of
public pages, not the editors' own (logged-in) views, not previews, not obvious robots.
"""

import datetime
import re

from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from feedback.models import DailyUsage, Feedback
from offerings.models import OfferingPage

ROBOT_AGENT = re.compile(r"bot|crawl|spider|slurp|fetch|monitor|preview|headless|curl|wget|python", re.I)
DEFAULT_DAYS = 30


def is_counted_visit(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return (
        request.method == "GET"
        and bool(agent)
        and not ROBOT_AGENT.search(agent)
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
    )


def figures(partner_ids=None, days=DEFAULT_DAYS, limit=None):
    """Per offering over the last `days` days: views, clicks, useful yes/no. Only the
    offerings of `partner_ids` when given (the wall for partner dashboards)."""

    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    pages = OfferingPage.objects.all()
    if partner_ids is not None:
        pages = pages.filter(partner_id__in=partner_ids)
    usage = (
        DailyUsage.objects.filter(day__gte=since, page__in=pages.values("pk"))
        .values("page_id", "page__title", partner=F("page__partner__abbreviation"))
        .annotate(views=Sum("views"), clicks=Sum("clicks"))
    )
    answers = (
        Feedback.objects.filter(created_on__gte=since, page__in=pages.values("pk"))
        .values("page_id", "page__title", partner=F("page__offeringpage__partner__abbreviation"))
        .annotate(yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False)))
    )
    rows = {}
    for row in [*usage, *answers]:  # two queries, each with the title and partner
        entry = rows.setdefault(
            row["page_id"],
            {
                "page_id": row["page_id"],
                "title": row["page__title"],
                "partner": row["partner"] or "",
                "views": 0,
                "clicks": 0,
                "yes": 0,
                "no": 0,
            },
        )
        for key in ("views", "clicks", "yes", "no"):
            entry[key] += row.get(key) or 0
    rows = list(rows.values())
    rows.sort(key=lambda row: (-row["views"], -row["clicks"], row["title"]))
    return rows[:limit] if limit else rows


def recent_comments(partner_ids=None, limit=5):
    """The newest written answers on offerings (of `partner_ids`) and, for Coördinatie, chapters."""

    answers = Feedback.objects.exclude(comment="").select_related("page")
    if partner_ids is not None:
        answers = answers.filter(
            page__in=OfferingPage.objects.filter(partner_id__in=partner_ids).values("pk")
        )
    return list(answers[:limit])
