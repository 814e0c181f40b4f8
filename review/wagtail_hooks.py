"""The review round in the Wagtail admin: modeladmin for rounds and items, the partners'
dashboard panel and the stale-offerings report."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.forms import CheckboxSelectMultiple
from django.templatetags.static import static
from django.urls import path, re_path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from core.modeladmin import StrictIndexView
from core.roles import is_coordinator, is_final_editor
from linkcheck.annotations import broken_link_count
from partners.membership import can_see_partner, has_review_role, partner_ids
from review.admin_views import (
    ITEM_ACTIONS,
    LIST_PARAM,
    InspectableHistoryView,
    ItemActionView,
    RoundCreateView,
    RoundEditView,
    RoundExportView,
    RoundProgressView,
    RoundStateView,
    bulk_confirm_view,
)
from review.dashboard import OverduePanel, ReviewProgressPanel
from review.forms import ReviewRoundForm
from review.history import CHECKED, CHECKED_LABEL
from review.models import OverdueReminder, ReminderLog, ReviewInterval, ReviewItem, ReviewRound
from review.overdue import review_due_message
from review.reports import StaleOfferingsReport


# Rounds -----------------------------------------------------------------------------------
class RoundPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return has_review_role(user) and super().user_can_list(user)

    def user_can_create(self, user):
        return is_coordinator(user) and super().user_can_create(user)

    def user_can_inspect_obj(self, user, obj):
        return has_review_role(user) and self.user_has_any_permissions(user)

    def user_can_edit_obj(self, user, obj):
        return obj.is_open and is_coordinator(user) and super().user_can_edit_obj(user, obj)

    def user_can_delete_obj(self, user, obj):
        return False  # rounds are history


class RoundButtonHelper(ButtonHelper):
    def add_button(self, classnames_add=None, classnames_exclude=None):
        # wagtail-modeladmin writes "Nieuw Controleronde"; Dutch wants "Nieuwe controleronde".
        button = super().add_button(classnames_add, classnames_exclude)
        button.update(label=_("Nieuwe controleronde"), title=_("Een nieuwe controleronde openen"))
        return button

    def inspect_button(self, pk, classnames_add=None, classnames_exclude=None):
        button = super().inspect_button(pk, classnames_add, classnames_exclude)
        button.update(label=_("Voortgang"), title=_("Voortgang van deze ronde bekijken"))
        return button


class ReviewRoundAdmin(ModelAdmin):
    model = ReviewRound
    index_view_class = StrictIndexView
    menu_label = gettext_lazy("Rondes")
    menu_icon = "tasks"
    inspect_view_enabled = True
    inspect_view_class = RoundProgressView
    create_view_class = RoundCreateView
    edit_view_class = RoundEditView
    permission_helper_class = RoundPermissionHelper
    button_helper_class = RoundButtonHelper
    list_display = ("name", "deadline", "status", "opened_at", "closed_at")
    list_filter = ("status",)
    search_fields = ("name",)
    panels = [
        FieldPanel("name"),
        FieldPanel("deadline"),
        FieldPanel("note"),
        FieldPanel("grace_days"),
        FieldPanel("all_partners"),
        FieldPanel("partners", widget=CheckboxSelectMultiple),
    ]
    edit_panels = [FieldPanel("name"), FieldPanel("deadline"), FieldPanel("note"), FieldPanel("grace_days")]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=ReviewRoundForm)

    def get_edit_handler_for_edit(self):
        return ObjectList(self.edit_panels, base_form_class=ReviewRoundForm)

    def get_admin_urls_for_registration(self):
        urls = super().get_admin_urls_for_registration()
        views = {
            "close": lambda request, pk: RoundStateView.as_view(
                model_admin=self, instance_pk=pk, action="close"
            ),
            "reopen": lambda request, pk: RoundStateView.as_view(
                model_admin=self, instance_pk=pk, action="reopen"
            ),
            "export": lambda request, pk: RoundExportView.as_view(model_admin=self, instance_pk=pk),
        }
        return urls + tuple(
            re_path(
                self.url_helper.get_action_url_pattern(action),
                _instance_view(factory),
                name=self.url_helper.get_action_url_name(action),
            )
            for action, factory in views.items()
        )


def _instance_view(factory):
    def view(request, instance_pk):
        return factory(request, instance_pk)(request)

    return view


# Items ------------------------------------------------------------------------------------
class ItemPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return has_review_role(user) and super().user_can_list(user)

    def user_can_create(self, user):
        return False  # items are made by opening a round

    def user_can_inspect_obj(self, user, obj):
        return can_see_partner(user, obj.partner_id) and self.user_has_any_permissions(user)

    def user_can_edit_obj(self, user, obj):
        return False  # only through the actions

    def user_can_delete_obj(self, user, obj):
        return False

    def user_can_act(self, user, obj, action):
        if not (user.is_superuser or obj.partner_id in partner_ids(user)):
            return False
        if not obj.review_round.is_open or obj.status not in ITEM_ACTIONS[action][4]:
            return False
        if action in ("withdraw_confirm", "withdraw_reject"):
            return user.is_superuser or is_final_editor(user, obj.partner)
        return True


class ItemButtonHelper(ButtonHelper):
    def inspect_button(self, pk, classnames_add=None, classnames_exclude=None):
        button = super().inspect_button(pk, classnames_add, classnames_exclude)
        button.update(label=_("Details"), title=_("Details en geschiedenis van dit item"))
        return button

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        # The list's filters travel with the action and come back afterwards.
        kept = self.request.GET.urlencode()
        suffix = "?" + urlencode({LIST_PARAM: kept}) if kept else ""
        for action, spec in ITEM_ACTIONS.items():
            if self.permission_helper.user_can_act(self.request.user, obj, action):
                buttons.append(
                    {
                        "url": self.url_helper.get_action_url(action, quote(obj.pk)) + suffix,
                        "label": str(spec[1]),
                        "classname": self.finalise_classname(["button-secondary", "button-small"]),
                        "title": str(spec[2]),
                    }
                )
        return buttons


class ReviewItemAdmin(ModelAdmin):
    model = ReviewItem
    index_view_class = StrictIndexView
    menu_label = gettext_lazy("Controle-items")
    menu_icon = "list-ul"
    inspect_view_enabled = True
    inspect_template_name = "review/item_inspect.html"
    index_template_name = "review/item_index.html"
    permission_helper_class = ItemPermissionHelper
    button_helper_class = ItemButtonHelper
    history_view_class = InspectableHistoryView
    list_display = (
        "offering_title",
        "partner_abbreviation",
        "kind",
        "owner",
        "review_round",
        "status",
        "acted_at",
        "acted_by",
        "broken_links",
    )
    list_display_add_buttons = "offering_title"
    list_filter = ("review_round", "status", "offering__kind", "partner")
    search_fields = ("offering_title",)
    list_per_page = 50

    def kind(self, obj):
        return obj.offering.get_kind_display() if obj.offering else "-"

    kind.short_description = gettext_lazy("Soort")
    kind.admin_order_field = "offering__kind"

    def owner(self, obj):
        owner = obj.offering.content_owner if obj.offering else None
        return (owner.get_full_name() or owner.get_username()) if owner else "-"

    owner.short_description = gettext_lazy("Eigenaar")

    def partner_abbreviation(self, obj):
        return obj.partner.abbreviation

    partner_abbreviation.short_description = gettext_lazy("Partner")
    partner_abbreviation.admin_order_field = "partner__abbreviation"

    def broken_links(self, obj):
        return obj.broken_link_count or "-"

    broken_links.short_description = gettext_lazy("Kapotte links")
    broken_links.admin_order_field = "broken_link_count"

    def get_list_filter(self, request):
        # A partner only has its own items: a partner filter would only list strangers.
        return (
            self.list_filter if is_coordinator(request.user) else ("review_round", "status", "offering__kind")
        )

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .select_related("partner", "review_round", "acted_by", "offering__content_owner")
            .annotate(broken_link_count=broken_link_count("offering"))
        )
        if is_coordinator(request.user):
            return queryset
        return queryset.filter(partner_id__in=partner_ids(request.user))

    def get_inspect_view_fields(self):
        return ["offering_title", "partner", "review_round", "status", "acted_at", "acted_by", "note"]

    def get_admin_urls_for_registration(self):
        urls = super().get_admin_urls_for_registration()
        return urls + tuple(
            re_path(
                self.url_helper.get_action_url_pattern(action),
                _instance_view(
                    lambda request, pk, action=action: ItemActionView.as_view(
                        model_admin=self, instance_pk=pk, action=action
                    )
                ),
                name=self.url_helper.get_action_url_name(action),
            )
            for action in ITEM_ACTIONS
        )


# The reminder log: what went out, for Coördinatie (read-only) --------------------------------
class LogPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return is_coordinator(user) and super().user_can_list(user)

    def user_can_inspect_obj(self, user, obj):
        return is_coordinator(user) and self.user_has_any_permissions(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ReminderLogAdmin(ModelAdmin):
    model = ReminderLog
    index_view_class = StrictIndexView
    permission_helper_class = LogPermissionHelper
    menu_label = gettext_lazy("Verzonden herinneringen (ronde)")
    menu_icon = "mail"
    inspect_view_enabled = True
    list_display = ("review_round", "partner", "key", "day", "open_items", "recipients")
    list_filter = ("review_round", "key")


class OverdueReminderAdmin(ModelAdmin):
    model = OverdueReminder
    index_view_class = StrictIndexView
    permission_helper_class = LogPermissionHelper
    menu_label = gettext_lazy("Verzonden herinneringen (verouderd)")
    menu_icon = "mail"
    inspect_view_enabled = True
    list_display = ("offering", "level", "due", "day", "recipients")
    list_filter = ("level", "day")


class ReviewGroup(ModelAdminGroup):
    menu_label = gettext_lazy("Controleronde")
    menu_icon = "tasks"
    menu_order = 250
    items = (ReviewRoundAdmin, ReviewItemAdmin, ReminderLogAdmin, OverdueReminderAdmin)

    def __init__(self):
        super().__init__()
        rounds, items, *_logs = self.modeladmin_instances
        rounds.item_admin = items  # the progress page links to the round's items


modeladmin_register(ReviewGroup)


# Dashboard and report -----------------------------------------------------------------------
@hooks.register("insert_global_admin_css")
def review_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-review.css"))


@hooks.register("before_edit_page")
def show_review_due_date(request, page):
    """The editor shows when the offering must be checked again (an info message on opening)."""
    if request.method != "GET" or request.headers.get("Accept", "").startswith("application/json"):
        return None
    message = review_due_message(page.specific)
    if message:
        (messages.warning if message[1] else messages.info)(request, message[0])
    return None


@hooks.register("construct_homepage_panels")
def add_review_progress_panel(request, panels):
    if has_review_role(request.user):
        panels.append(ReviewProgressPanel(request))
        panels.append(OverduePanel(request))


@hooks.register("register_admin_urls")
def register_stale_report_urls():
    return [
        path("review/reviewitem/nog-actueel/", bulk_confirm_view, name="review_bulk_confirm"),
        path("rapporten/verouderd-aanbod/", StaleOfferingsReport.as_view(), name="review_stale_offerings"),
        path(
            "rapporten/verouderd-aanbod/resultaten/",
            StaleOfferingsReport.as_view(results_only=True),
            name="review_stale_offerings_results",
        ),
    ]


class StaleReportMenuItem(MenuItem):
    def is_shown(self, request):
        return has_review_role(request.user)


@hooks.register("register_reports_menu_item")
def register_stale_report_menu_item():
    return StaleReportMenuItem(
        gettext_lazy("Verouderd aanbod"), reverse("review_stale_offerings"), icon_name="time", order=700
    )


# Review interval per kind ------------------------------------------------------------------
class ReviewIntervalViewSet(SnippetViewSet):
    """Coördinatie sets how often each kind must be checked (change only: one row per kind,
    created after migrate by review.intervals.ensure_review_intervals)."""

    model = ReviewInterval
    icon = "time"
    menu_label = gettext_lazy("Controle-intervallen")
    menu_order = 710
    add_to_admin_menu = True
    # A column for the kind's label (a bare "get_kind_display" is headed "method").
    list_display = [Column("kind", label=gettext_lazy("Soort aanbod"), accessor="get_kind_display"), "months"]
    search_backend_name = None
    panels = [FieldPanel("kind", read_only=True), FieldPanel("months")]


register_snippet(ReviewIntervalViewSet)


@hooks.register("register_log_actions")
def review_log_actions(actions):
    actions.register_action(CHECKED, CHECKED_LABEL, CHECKED_LABEL)
