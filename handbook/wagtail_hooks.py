from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy

from handbook.dashboard import HandbookReferencesPanel
from handbook.publishing import confirm_publish, confirmation_needed
from handbook.views import BrokenReferencesReportView


class BrokenReferencesMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "handboek/hoofdstuk/<int:page_id>/publiceren/<int:revision_id>/",
            confirm_publish,
            name="handbook_confirm_publish",
        ),
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


@hooks.register("before_publish_page")
def confirm_broken_references(request, page):
    return confirmation_needed(request, page)


@hooks.register("construct_homepage_panels")
def add_handbook_references_panel(request, panels):
    panels.append(HandbookReferencesPanel(request))
