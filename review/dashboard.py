"""Dashboard panel: each partner sees its own progress in the open rounds, Coördinatie all."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from core.roles import is_coordinator
from partners.membership import partner_ids
from review.models import ReviewRound, RoundStatus
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
