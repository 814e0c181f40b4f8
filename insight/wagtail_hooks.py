"""Insight in the admin, for Coördinatie: the gap view, exports and the reported needs."""

from django.db import transaction
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import EditView

from core.modeladmin import StrictIndexView
from core.roles import is_coordinator
from insight import views
from insight.models import MissingOfferReport
from insight.notify import notify_partner


class ReportPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return is_coordinator(user) and super().user_can_list(user)

    def user_can_create(self, user):
        return False  # reports come from the public form only

    def user_can_inspect_obj(self, user, obj):
        return is_coordinator(user) and self.user_has_any_permissions(user)

    def user_can_edit_obj(self, user, obj):
        return is_coordinator(user) and super().user_can_edit_obj(user, obj)

    def user_can_delete_obj(self, user, obj):
        return is_coordinator(user) and super().user_can_delete_obj(user, obj)


class ReportButtonHelper(ButtonHelper):
    def edit_button(self, pk, classnames_add=None, classnames_exclude=None):
        button = super().edit_button(pk, classnames_add, classnames_exclude)
        button.update(label=_("Afhandelen"), title=_("Markeren als afgehandeld, met notitie"))
        return button


class HandleReportView(EditView):
    """Only the handled flag and a note are editable; handling records who and when and
    removes the reporter's e-mail address, as the public form promises."""

    def form_valid(self, form):
        report = form.instance
        if "partner" in form.changed_data and report.partner_id:
            transaction.on_commit(lambda: notify_partner(report))
        if report.handled and report.handled_at is None:
            report.handled_at = timezone.now()
            report.handled_by = self.request.user
            report.email = ""
        elif not report.handled:
            report.handled_at = None
            report.handled_by = None
        return super().form_valid(form)


class MissingOfferReportAdmin(ModelAdmin):
    model = MissingOfferReport
    index_view_class = StrictIndexView
    menu_label = gettext_lazy("Gemelde behoeften")
    menu_icon = "help"
    inspect_view_enabled = True
    edit_view_class = HandleReportView
    permission_helper_class = ReportPermissionHelper
    button_helper_class = ReportButtonHelper
    list_display = ("__str__", "theme", "municipality", "wants_reply", "created_at", "handled")
    list_filter = ("handled", "theme")
    search_fields = ("description", "municipality", "query")
    inspect_view_fields = [
        "description",
        "theme",
        "municipality",
        "email",
        "query",
        "created_at",
        "handled",
        "handled_at",
        "handled_by",
        "handling_note",
        "partner",
    ]

    def wants_reply(self, obj):
        return _("ja") if obj.email else _("nee")

    wants_reply.short_description = gettext_lazy("Wil antwoord")

    def get_edit_handler(self):
        return ObjectList([FieldPanel("partner"), FieldPanel("handled"), FieldPanel("handling_note")])


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


class InsightGroup(ModelAdminGroup):
    menu_label = gettext_lazy("Inzicht")
    menu_icon = "view"
    menu_order = 260
    items = (MissingOfferReportAdmin,)

    def get_submenu_items(self):
        gaps = CoordinatorMenuItem(
            _("Dekking en witte vlekken"), reverse("insight_gaps"), icon_name="table", order=10
        )
        return [gaps, *super().get_submenu_items()]


modeladmin_register(InsightGroup)


@hooks.register("register_admin_urls")
def register_insight_urls():
    return [
        path("inzicht/", views.gap_view, name="insight_gaps"),
        path(
            "inzicht/export/aanbod/", views.export_view, {"what": "aanbod"}, name="insight_export_catalogue"
        ),
        path(
            "inzicht/export/dekking/", views.export_view, {"what": "dekking"}, name="insight_export_coverage"
        ),
        path(
            "inzicht/export/zoekvragen/",
            views.export_view,
            {"what": "zoekvragen"},
            name="insight_export_searches",
        ),
        path(
            "inzicht/export/behoeften/", views.export_view, {"what": "behoeften"}, name="insight_export_needs"
        ),
    ]
