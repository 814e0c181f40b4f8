"""Dashboard panel for the handbook's editors: chapters whose analyses no longer reach a
live publication (the same check as the report "Handboek: kapotte verwijzingen")."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from handbook.models import HandbookChapterPage
from handbook.provisioning import HANDBOOK_GROUPS
from handbook.references import broken_references


def is_handbook_editor(user):
    return user.is_superuser or user.groups.filter(name__in=HANDBOOK_GROUPS).exists()


class HandbookReferencesPanel(Component):
    name = "handbook_references"
    template_name = "handbook/admin/dashboard_panel.html"
    order = 95

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        if not is_handbook_editor(self.request.user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):

        problems = broken_references(HandbookChapterPage.objects.live().order_by("path"))
        return {"problems": problems, "report_url": reverse("handbook_broken_references")}
