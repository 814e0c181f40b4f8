from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from linkcheck.views import BrokenLinksReport, may_see_report


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("rapporten/kapotte-links/", BrokenLinksReport.as_view(), name="linkcheck_report"),
        path(
            "rapporten/kapotte-links/resultaten/",
            BrokenLinksReport.as_view(results_only=True),
            name="linkcheck_report_results",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Kapotte links"), reverse("linkcheck_report"), icon_name="warning", order=710)
