"""The edit form's warning about broken links on this page (from the last check_links run)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from linkcheck.queries import broken_links_of


class BrokenLinksPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Kapotte links"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "linkcheck/broken_links_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)

            self.broken = list(broken_links_of(self.instance.pk)) if self.instance.pk else []

        def is_shown(self):
            return bool(self.broken)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["broken"] = self.broken
            return context
