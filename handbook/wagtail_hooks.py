from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy

from handbook.views import BrokenReferencesReportView


class BrokenReferencesMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/handboek-verwijzingen/",
            BrokenReferencesReportView.as_view(),
            name="handbook_broken_references",
        ),
        path(
            "reports/handboek-verwijzingen/results/",
            BrokenReferencesReportView.as_view(results_only=True),
            name="handbook_broken_references_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return BrokenReferencesMenuItem(
        _("Handboek: kapotte verwijzingen"),
        reverse("handbook_broken_references"),
        name="handbook-broken-references",
        icon_name="warning",
        order=1200,
    )
