"""Dashboard panel: each partner sees its own progress in the open rounds, Coördinatie all."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from core.roles import is_coordinator
from partners.membership import partner_ids
from review.models import ReviewRound, RoundStatus
from review.overdue import overdue_offerings
from review.progress import round_progress


class ReviewProgressPanel(Component):
    name = "review_progress"
    template_name = "review/dashboard_panel.html"
    order = 90  # above Wagtail's own panels: a deadline is the most urgent thing here

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        coordinator = is_coordinator(user)
        restrict = None if coordinator else partner_ids(user)
        rounds = []
        for review_round in ReviewRound.objects.filter(status=RoundStatus.OPEN).order_by("deadline"):
            rows, totals = round_progress(review_round, restrict)
            if not rows:
                continue
            open_count = sum(row.counts["open"] for row in rows)
            rounds.append(
                {
                    "round": review_round,
                    "rows": rows,
                    "summary": totals if coordinator else None,
                    "open_count": open_count,
                    # A partner reads the note and its open count until it is done.
                    "show_note": not coordinator and open_count > 0,
                    "url": reverse("review_reviewround_modeladmin_inspect", args=[review_round.pk]),
                    "items_url": reverse("review_reviewitem_modeladmin_index")
                    + f"?review_round__id__exact={review_round.pk}&status__exact=open",
                }
            )
        return {"rounds": rounds, "coordinator": coordinator}


class OverduePanel(Component):
    """Offerings past their review date: a partner's editors see their own (the user's own
    offerings first), Coördinatie the number per partner."""

    name = "review_overdue"
    template_name = "review/overdue_panel.html"
    order = 95
    LIMIT = 10

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        entries = overdue_offerings(user)
        if is_coordinator(user):
            per_partner = {}
            for offering, _due in entries:
                key = offering.partner.abbreviation if offering.partner else "-"
                per_partner[key] = per_partner.get(key, 0) + 1
            return {"coordinator": True, "per_partner": sorted(per_partner.items()), "total": len(entries)}
        entries.sort(key=lambda pair: (pair[0].content_owner_id != user.pk, pair[1]))
        return {
            "coordinator": False,
            "entries": [
                {"offering": o, "due": due, "mine": o.content_owner_id == user.pk}
                for o, due in entries[: self.LIMIT]
            ],
            "total": len(entries),
        }
