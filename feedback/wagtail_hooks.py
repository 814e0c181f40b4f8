from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from feedback import usage
from offerings.models import OfferingPage
from partners.membership import partner_ids


@hooks.register("before_serve_page", order=100)
def count_offering_view(page, request, serve_args, serve_kwargs):
    if isinstance(page, OfferingPage):
        usage.count_visit(request, page.pk, "views")


class UsagePanel(Component):
    """Dashboard: the partner's own offerings' views, clicks and answers (last 30 days)."""

    name = "offering_usage"
    order = 200
    template_name = "feedback/dashboard_panel.html"

    def __init__(self, partner_ids):
        self.partner_ids = partner_ids

    def get_context_data(self, parent_context):
        return {
            "heading": _("Gebruik van uw aanbod"),
            "days": usage.DEFAULT_DAYS,
            "rows": usage.figures(self.partner_ids, limit=15),
            "comments": usage.recent_comments(self.partner_ids),
        }


@hooks.register("construct_homepage_panels")
def add_usage_panel(request, panels):
    ids = partner_ids(request.user)
    if ids:
        panels.append(UsagePanel(ids))
