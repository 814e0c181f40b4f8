from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.forms import OrganisationForm
from partners.models import Organisation


class OrganisationChooserForm(OrganisationForm):
    """The chooser's "Organisatie toevoegen" tab: the same rules, fewer fields."""

    # Wagtail's Meta carries formfield_callback: the admin's field overrides (links refused
    # without a scheme, with the https:// suggestion, offerings/links.py) apply here too.
    class Meta(OrganisationForm.Meta):
        model = Organisation
        fields = ["name", "abbreviation", "confirm_abbreviation", "parent", "website"]


class OrganisationChooserViewSet(SnippetChooserViewSet):
    # A "new organisation" tab in the chooser: a partner editor entering a report by a
    # university or research bureau adds the publisher without leaving the page.
    creation_form_class = OrganisationChooserForm
    create_action_label = _("Organisatie toevoegen")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "abbreviation", "parent", "partner"]
    # No search_fields here: the listing then searches the model's own index (name and
    # abbreviation, Organisation.search_fields), as the chooser does. A field list is passed
    # to the search backend as a column filter, which Wagtail's SQLite full-text backend
    # cannot answer ("no such column: name").
    ordering = ["name"]
    chooser_viewset_class = OrganisationChooserViewSet


register_snippet(OrganisationViewSet)
