"""Admin report: handbook references that the public cannot follow."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from handbook.models import HandbookChapterPage
from handbook.references import broken_references


class BrokenReferencesReportView(ReportView):
    page_title = _("Kapotte verwijzingen in het handboek")
    header_icon = "warning"
    index_url_name = "handbook_broken_references"
    index_results_url_name = "handbook_broken_references_results"
    results_template_name = "handbook/admin/broken_references_results.html"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 100
    no_results_message = _("Geen kapotte verwijzingen: alle besproken publicaties en bronnen zijn openbaar.")
    list_export = ["chapter_title", "block_label", "target", "reason_label"]
    export_headings = {
        "chapter_title": _("Hoofdstuk"),
        "block_label": _("Blok"),
        "target": _("Verwijst naar"),
        "reason_label": _("Probleem"),
    }
    columns = [
        TitleColumn(
            "chapter_title",
            label=_("Hoofdstuk"),
            url_name="wagtailadmin_pages:edit",
            id_accessor="chapter_id",
        ),
        Column("block_label", label=_("Blok")),
        Column("target", label=_("Verwijst naar")),
        Column("reason_label", label=_("Probleem")),
    ]

    def get_queryset(self):
        chapters = HandbookChapterPage.objects.order_by("path").only("title", "body", "path", "depth")
        return [Row(problem) for problem in broken_references(chapters)]

    def filter_queryset(self, queryset):
        return queryset


class Row:
    """One broken reference as the report's table and spreadsheet export read it."""

    def __init__(self, problem):
        self.problem = problem
        self.pk = f"{problem.chapter.pk}-{problem.page_id}"
        self.chapter_id = problem.chapter.pk
        self.chapter_title = problem.chapter.title
        self.block_label = str(problem.block_label)
        self.reason_label = str(problem.reason_label)
        self.target = f"‘{problem.title}’ (#{problem.page_id})" if problem.title else f"#{problem.page_id}"
