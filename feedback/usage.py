"""Which requests count as a visit, and the figures shown to partners and Coördinatie.

Counted server-side, without cookies or third-party scripts: anonymous GET requests of
public pages, not the editors' own (logged-in) views, not previews, not obvious robots,
and each client once per page per day (issue 22 B7). Behind the front cache the counting URL
(/teller/aanbod/<id>/), replayed from the cache's log for every visitor it served the page
to (core/surrogate.py), counts with the same rules.
"Seen today" is a keyed hash in the cache: HMAC with the secret key over the day, the
client address and user agent, the page and what was counted. The key changes every day,
so days cannot be linked, the address is never stored, and the entry expires at the end
of the day.
"""

import datetime
import hashlib
import hmac
import re

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Q, Sum
from django.urls import reverse
from django.utils import timezone

from core import surrogate
from core.clientaddress import client_address
from feedback.models import DailyUsage, Feedback, count
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


def _seen_key(request, page_id, field, day):
    client = f"{client_address(request) or 'unknown'}|{request.META.get('HTTP_USER_AGENT', '')}"
    message = f"{day.isoformat()}|{client}|{page_id}|{field}".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]
    return f"usage-seen:{digest}"


def first_today(request, page_id, field):
    """True the first time today that this client counts for `field` on this page."""
    now = timezone.localtime()
    end_of_day = datetime.datetime.combine(
        now.date() + datetime.timedelta(days=1), datetime.time(), now.tzinfo
    )
    seconds = max(int((end_of_day - now).total_seconds()), 1)
    return cache.add(_seen_key(request, page_id, field, now.date()), 1, seconds)


def counts_now(request, page_id, field):
    """True when this request is a visit that counts for `field` of the page: a counted
    visit, and this client's first today (which it records)."""
    return is_counted_visit(request) and first_today(request, page_id, field)


def count_visit(request, page_id, field):
    """Count a view or click (`field`) of an offering once per client, page and day."""
    if counts_now(request, page_id, field):
        count(page_id, field)


def count_view(request, page_id):
    """An offering page served: counted now, or from the front cache's log of the counting
    URL for every visitor it serves the page to (core/surrogate.py)."""
    url = reverse("feedback_count_view", args=[page_id])
    surrogate.count_or_log(request, url, lambda: count_visit(request, page_id, "views"))


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
