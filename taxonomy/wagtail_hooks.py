from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import Audience, Form, Phase, Question, Theme
from taxonomy.views import TermDeleteView, term_usage, usage_message


class TermViewSet(SnippetViewSet):
    delete_view_class = TermDeleteView
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
    delete_view_class = TermDeleteView
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


@hooks.register("before_bulk_action")
def refuse_bulk_delete_of_terms_in_use(request, action_type, objects, action_class_instance):

    if action_type != "delete":
        return None
    for obj in objects:
        if isinstance(obj, (Theme, Audience, Phase, Form, Question)):
            usage = term_usage(obj)
            if usage:
                messages.error(request, usage_message(obj, usage))
                return redirect(obj.snippet_viewset.get_url_name("list"))
    return None
