"""Admin views around the review round's modeladmin: the item actions, closing and
reopening a round, its progress page and its export."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail_modeladmin.views import CreateView, EditView, HistoryView, InspectView, InstanceSpecificView

from core.roles import is_coordinator, is_final_editor
from partners.membership import partner_ids
from review import services
from review.exports import ROUND_ITEM_HEADERS, ExportFormatError, round_item_rows, table_response
from review.forms import ActionNoteForm
from review.models import ItemStatus, ReviewItem, RoundStatus
from review.progress import (
    BREAKDOWNS,
    REPORT_HEADERS,
    bar_chart,
    breakdown,
    report_rows,
    response_report,
    round_progress,
)
from review.rules import CONFIRMABLE_STATUSES, bulk_confirm_partners, may_bulk_confirm

# The item list's query string travels through an action as ?lijst=..., so the list comes
# back with the same round, status and kind filters afterwards.
LIST_PARAM = "lijst"


def list_url(index_url, request):
    """The item list with the filters the user came from (only ever the list's own path)."""
    kept = QueryDict(request.POST.get(LIST_PARAM) or request.GET.get(LIST_PARAM) or "")
    return f"{index_url}?{kept.urlencode()}" if kept else index_url


# Rounds -----------------------------------------------------------------------------------
class RoundCreateView(CreateView):
    def get_page_title(self):
        return _("Nieuwe controleronde")  # not wagtail-modeladmin's "Nieuw Controleronde"

    def get_page_subtitle(self):
        return ""

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            review_round = services.open_round(
                name=data["name"],
                deadline=data["deadline"],
                note=data.get("note", ""),
                grace_days=data["grace_days"],
                partners=None if data.get("all_partners") else list(data["partners"]),
                user=self.request.user,
            )
        except services.ReviewError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Controleronde '%(name)s' geopend met %(n)s items.")
            % {"name": review_round.name, "n": review_round.items.count()},
        )
        return redirect(self.url_helper.get_action_url("inspect", review_round.pk))


class RoundEditView(EditView):
    """Name, deadline and note may change while the round is open; the scope may not."""

    def dispatch(self, request, *args, **kwargs):
        if not self.instance.is_open:
            messages.error(request, _("Een gesloten ronde is alleen-lezen."))
            return redirect(self.url_helper.get_action_url("inspect", self.instance.pk))
        return super().dispatch(request, *args, **kwargs)

    def get_edit_handler(self):
        return self.model_admin.get_edit_handler_for_edit().bind_to_model(self.model)


class RoundProgressView(InspectView):
    """The round's page: facts, progress per partner as a table and an SVG bar chart."""

    page_title = gettext_lazy("Voortgang")

    def get_context_data(self, **kwargs):
        user = self.request.user
        restrict = None if is_coordinator(user) else partner_ids(user)
        rows, totals = round_progress(self.instance, restrict)
        item_index = self.model_admin.item_admin.url_helper.index_url
        context = {
            "rows": rows,
            "totals": totals if restrict is None else None,
            "chart": bar_chart(rows),
            "breakdowns": [
                {"key": key, "heading": heading, "rows": breakdown(self.instance, key, restrict)}
                for key, (_field, heading) in BREAKDOWNS.items()
            ],
            "report": None if self.instance.is_open else response_report(self.instance, restrict),
            "can_manage": is_coordinator(user) and self.permission_helper.user_can_create(user),
            "items_url": f"{item_index}?review_round__id__exact={self.instance.pk}",
            "export_url": self.url_helper.get_action_url("export", self.instance.pk),
            "close_url": self.url_helper.get_action_url("close", self.instance.pk),
            "reopen_url": self.url_helper.get_action_url("reopen", self.instance.pk),
        }
        context.update(kwargs)
        return super().get_context_data(**context)

    def get_template_names(self):
        return ["review/round_progress.html"]


class RoundStateView(InstanceSpecificView):
    """Close (after a confirmation page that says what is still open) or reopen; a repeat is
    refused with a message and changes nothing."""

    CONFIRM_FIELD = "bevestigd"

    action = None  # "close" or "reopen"

    def __init__(self, model_admin, instance_pk, action=None):
        super().__init__(model_admin, instance_pk)
        self.action = action or self.action

    def check_action_permitted(self, user):
        return is_coordinator(user) and self.permission_helper.user_can_create(user)

    def get(self, request, *args, **kwargs):
        if self.action == "close" and self.instance.is_open:
            return self.confirmation()
        return redirect(self.url_helper.get_action_url("inspect", self.instance.pk))

    def confirmation(self, error=None):
        rows, totals = round_progress(self.instance)
        context = self.get_context_data(
            rows=[row for row in rows if row.counts["open"]],
            totals=totals,
            error=error,
            confirm_field=self.CONFIRM_FIELD,
            inspect_url=self.url_helper.get_action_url("inspect", self.instance.pk),
        )
        return TemplateResponse(self.request, "review/round_close.html", context)

    def get_page_title(self):
        return _("Ronde sluiten")

    def post(self, request, *args, **kwargs):
        if self.action == "close" and self.instance.is_open and request.POST.get(self.CONFIRM_FIELD) != "ja":
            return self.confirmation(_("Vink aan dat u de ronde wilt sluiten."))
        operation = services.close_round if self.action == "close" else services.reopen_round
        try:
            operation(self.instance, request.user)
        except services.ReviewError as error:
            messages.error(request, str(error))
        else:
            message = _("De ronde is gesloten.") if self.action == "close" else _("De ronde is heropend.")
            messages.success(request, message)
        return redirect(self.url_helper.get_action_url("inspect", self.instance.pk))


class RoundExportView(InstanceSpecificView):
    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)

    def get(self, request, *args, **kwargs):
        items = self.instance.items.all()
        restrict = None if is_coordinator(request.user) else partner_ids(request.user)
        if restrict is not None:
            items = items.filter(partner_id__in=restrict)
        try:
            if request.GET.get("inhoud") == "rapport":
                return table_response(
                    REPORT_HEADERS,
                    report_rows(response_report(self.instance, restrict)),
                    request.GET.get("formaat", "csv"),
                    f"controleronde-{self.instance.pk}-rapport",
                    _("Rapport per partner"),
                )
            return table_response(
                ROUND_ITEM_HEADERS,
                round_item_rows(items),
                request.GET.get("formaat", "csv"),
                f"controleronde-{self.instance.pk}",
                _("Controle-items"),
            )
        except ExportFormatError as error:
            messages.error(request, str(error))
            return redirect(self.url_helper.get_action_url("inspect", self.instance.pk))


# Items ------------------------------------------------------------------------------------
ITEM_ACTIONS = {
    # url action: (service, button label, heading, explanation, statuses it applies to)
    "confirm": (
        services.confirm,
        gettext_lazy("Nog actueel"),
        gettext_lazy("Bevestigen dat het aanbod nog actueel is"),
        gettext_lazy("De datum 'laatst gecontroleerd' wordt vandaag; de pagina zelf verandert niet."),
        (ItemStatus.OPEN, ItemStatus.UPDATING),
    ),
    "update": (
        services.start_update,
        gettext_lazy("Aanpassen"),
        gettext_lazy("Het aanbod aanpassen"),
        gettext_lazy(
            "U gaat naar de pagina-editor. Het item is afgerond zodra de gewijzigde pagina is gepubliceerd."
        ),
        (ItemStatus.OPEN, ItemStatus.UPDATING),
    ),
    "withdraw": (
        services.withdraw,
        gettext_lazy("Intrekken"),
        gettext_lazy("Het aanbod intrekken"),
        gettext_lazy(
            "Intrekken haalt de pagina van de site (depubliceren); er wordt niets verwijderd. Bent u "
            "redacteur, dan vraagt u de eindredactie van uw organisatie om het te bevestigen."
        ),
        (ItemStatus.OPEN, ItemStatus.UPDATING),
    ),
    "withdraw_confirm": (
        services.confirm_withdrawal,
        gettext_lazy("Intrekking bevestigen"),
        gettext_lazy("Intrekking bevestigen"),
        gettext_lazy("De pagina wordt gedepubliceerd; er wordt niets verwijderd."),
        (ItemStatus.WITHDRAW_REQUESTED,),
    ),
    "withdraw_reject": (
        services.reject_withdrawal,
        gettext_lazy("Intrekking afwijzen"),
        gettext_lazy("Verzoek tot intrekken afwijzen"),
        gettext_lazy("Het item wordt weer open; het aanbod blijft gepubliceerd."),
        (ItemStatus.WITHDRAW_REQUESTED,),
    ),
}


class ItemActionView(InstanceSpecificView):
    action = None

    def __init__(self, model_admin, instance_pk, action=None):
        super().__init__(model_admin, instance_pk)
        self.action = action or self.action

    def check_action_permitted(self, user):
        # Another partner's item: 403, whatever its state.
        if user.is_superuser:
            return True
        if self.instance.partner_id not in partner_ids(user):
            return False
        if self.action in ("withdraw_confirm", "withdraw_reject"):
            return is_final_editor(user, self.instance.partner)
        return True

    @property
    def spec(self):
        return ITEM_ACTIONS[self.action]

    def inspect_url(self):
        return self.url_helper.get_action_url("inspect", self.instance.pk)

    def render_form(self, form):
        _service, label, heading, explanation, _statuses = self.spec
        context = self.get_context_data(
            form=form,
            label=label,
            heading=heading,
            explanation=explanation,
            list_param=LIST_PARAM,
            list_query=self.request.POST.get(LIST_PARAM) or self.request.GET.get(LIST_PARAM, ""),
            back_url=list_url(self.url_helper.index_url, self.request),
        )
        return TemplateResponse(self.request, "review/item_action.html", context)

    def get_page_title(self):
        return str(self.spec[2])

    def get(self, request, *args, **kwargs):
        refusal = self.refusal()
        if refusal:
            messages.error(request, refusal)
            return redirect(self.inspect_url())
        return self.render_form(ActionNoteForm())

    def refusal(self):
        """A message when the action cannot apply (closed round, wrong state), else None."""
        if not self.instance.review_round.is_open:
            return _("De ronde '%(round)s' is gesloten; er kan niets meer aan worden gewijzigd.") % {
                "round": self.instance.review_round.name
            }
        if self.instance.status not in self.spec[4]:
            return _("Dit kan niet meer: het item heeft de status '%(status)s'.") % {
                "status": self.instance.get_status_display()
            }
        return None

    def post(self, request, *args, **kwargs):
        form = ActionNoteForm(request.POST)
        if not form.is_valid():
            return self.render_form(form)
        service = self.spec[0]
        try:
            result = service(self.instance, request.user, form.cleaned_data["note"])
        except services.ReviewError as error:
            messages.error(request, str(error))
            return redirect(self.inspect_url())
        except PermissionDenied:
            messages.error(request, _("U mag deze actie niet uitvoeren."))
            return redirect(self.inspect_url())
        if self.action == "update":
            return redirect(result)
        result.refresh_from_db()
        messages.success(
            request,
            _("'%(title)s': %(status)s.")
            % {"title": result.offering_title, "status": result.get_status_display()},
        )
        return redirect(list_url(self.url_helper.index_url, request))


class InspectableHistoryView(HistoryView):
    """wagtail-modeladmin's history view checks no permission at all: show an object's history
    only to who may inspect it (a partner's own review items, everything for Coördinatie)."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_helper.user_can_inspect_obj(request.user, self.instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def bulk_confirm_items(user, round_id=None, kind=None):
    """The items `user` may confirm in bulk (review.rules), optionally one round or kind."""
    items = (
        ReviewItem.objects.filter(
            partner__abbreviation__in=bulk_confirm_partners(user),
            review_round__status=RoundStatus.OPEN,
            status__in=CONFIRMABLE_STATUSES,
            offering__isnull=False,
        )
        .select_related("partner", "review_round", "offering")
        .order_by("partner__abbreviation", "offering_title", "pk")
    )
    if round_id:
        items = items.filter(review_round_id=round_id)
    if kind:
        items = items.filter(offering__kind=kind)
    return items


def bulk_confirm_view(request):
    """'Nog actueel' for several items at once, for a partner's eindredactie on its own
    partner's items only. A request naming any other item is refused whole: nothing changes."""
    user = request.user
    if not bulk_confirm_partners(user):
        raise PermissionDenied
    index_url = reverse("review_reviewitem_modeladmin_index")
    back = list_url(index_url, request)
    if request.method == "POST":
        form = ActionNoteForm(request.POST)
        try:
            ids = sorted({int(value) for value in request.POST.getlist("item")})
        except ValueError:
            ids = []
        if not form.is_valid() or not ids:
            messages.error(request, _("Kies minstens één item om te bevestigen."))
            return redirect(request.get_full_path())
        items = list(ReviewItem.objects.filter(pk__in=ids).select_related("partner", "review_round"))
        if len(items) != len(ids) or not all(may_bulk_confirm(user, item) for item in items):
            messages.error(
                request,
                _(
                    "U kunt alleen open items van uw eigen organisatie in een open ronde bevestigen. "
                    "Er is niets gewijzigd."
                ),
            )
            return redirect(back)
        try:
            with transaction.atomic():
                for item in items:
                    services.confirm(item, user, form.cleaned_data["note"])
        except (services.ReviewError, PermissionDenied) as error:
            messages.error(request, str(error) or _("U mag deze actie niet uitvoeren."))
            return redirect(back)
        messages.success(request, _("%(n)s items bevestigd als nog actueel.") % {"n": len(items)})
        return redirect(back)
    round_id = request.GET.get("ronde", "")
    items = bulk_confirm_items(
        user, int(round_id) if round_id.isdigit() else None, request.GET.get("soort") or None
    )
    return TemplateResponse(
        request,
        "review/bulk_confirm.html",
        {
            "items": items,
            "form": ActionNoteForm(),
            "back_url": back,
            "list_param": LIST_PARAM,
            "list_query": request.GET.get(LIST_PARAM, ""),
        },
    )
