from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import Audience, Form, Phase, Question, Theme


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Doelgroepen")


class PhaseViewSet(TermViewSet):
    model = Phase
    icon = "history"
    menu_label = _("Fasen van onrust")


class FormViewSet(TermViewSet):
    model = Form
    icon = "list-ul"
    menu_label = _("Vormen")
    list_display = ["name", "kind", "slug", "sort_order"]
    list_filter = ["kind"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Vraagstukken")
    list_display = ["question", "slug", "sort_order"]
    search_fields = ["question"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Indeling")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, AudienceViewSet, PhaseViewSet, FormViewSet, QuestionViewSet)


register_snippet(TaxonomyGroup)
