"""Report "Kapotte links": per partner section, walled (a partner sees only its own)."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from linkcheck.queries import broken_links_for, section_of, sections_for, visible_pages


def may_see_report(user):
    if user.is_superuser or user.has_perm("editorial.view_all_pages"):
        return True
    pages = visible_pages(user)
    return pages is not None and pages.exists()


class BrokenLinksReport(ReportView):
    page_title = _("Kapotte links")
    header_icon = "warning"
    results_template_name = "linkcheck/report_results.html"
    index_url_name = "linkcheck_report"
    index_results_url_name = "linkcheck_report_results"
    list_export = [
        "section_title",
        "page.title",
        "field",
        "link.url",
        "problem",
        "broken_since",
        "checked_at",
    ]
    export_headings = {
        "section_title": _("Partner"),
        "page.title": _("Pagina"),
        "field": _("Veld"),
        "link.url": _("Link"),
        "problem": _("Probleem"),
        "broken_since": _("Kapot sinds"),
        "checked_at": _("Laatst gecontroleerd"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def selected_section(self, sections):
        value = self.request.GET.get("sectie", "")
        return next((section for section in sections if str(section.pk) == value), None)

    def get_queryset(self):
        sections = list(sections_for(self.request.user))
        self.sections = sections
        self.section = self.selected_section(sections)
        rows = list(broken_links_for(self.request.user, self.section))
        for row in rows:
            section = section_of(row, sections)
            row.section_title = section.title if section else _("Handboek en overige pagina's")
            row.problem = row.link.problem
            row.broken_since = row.link.broken_since
            row.checked_at = row.link.checked_at
        return rows

    def get_filename(self):
        return f"kapotte-links-{timezone.localdate().isoformat()}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = self.sections if len(self.sections) > 1 else []
        context["section"] = self.section
        return context
