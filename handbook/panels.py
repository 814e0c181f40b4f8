"""An admin panel that warns editors about references the public cannot follow."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from handbook.references import broken_references


class BrokenReferencesPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Controle van verwijzingen"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "handbook/admin/broken_references_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            # The instance being edited: the latest draft, so the warning matches the editor.
            self.problems = broken_references([self.instance]) if self.instance.pk else []

        def is_shown(self):
            return bool(self.problems)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["problems"] = self.problems
            return context
