from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.models import Organisation


class OrganisationChooserViewSet(SnippetChooserViewSet):
    # A "new organisation" tab in the chooser: a partner editor entering a report by a
    # university or research bureau adds the publisher without leaving the page.
    form_fields = ["name", "abbreviation", "website"]
    create_action_label = _("Organisatie toevoegen")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "abbreviation", "partner"]
    search_fields = ["name", "abbreviation"]
    ordering = ["name"]
    chooser_viewset_class = OrganisationChooserViewSet


register_snippet(OrganisationViewSet)
