"""Admin hooks of the approval flow: the message after each step, the landing page, the
prominent action in the editor's footer and the dashboard panels (rules in editorial/flow.py
and editorial/dashboard.py). Imported by editorial/wagtail_hooks.py."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem

from editorial import flow
from editorial.dashboard import without_wagtail_workflow_panels


def _after_workflow_step(request, page):
    action = flow.action_from_request(request)
    if action is None:
        return None
    flow.replace_success_messages(request, flow.outcome_message(page, action))
    return redirect(flow.landing_url())


@hooks.register("after_create_page", order=50)
def tell_what_happened_after_create(request, page):
    return _after_workflow_step(request, page)


@hooks.register("after_edit_page", order=50)
def tell_what_happened_after_edit(request, page):
    return _after_workflow_step(request, page)


@hooks.register("construct_page_action_menu", order=50)
def put_the_next_step_first(menu_items, request, context):
    """The step that moves the page on is the default button, not hidden under "Meer acties".

    A reviewer's default is "Goedkeuren" (the variant without a comment); an editor's is
    "Stuur door naar …". Saving a draft stays one click away in the menu.
    """
    page = context.get("page")
    for name, modal in (("approve", False), ("action-submit", None)):
        for index, item in enumerate(menu_items):
            if item.name == name and (modal is None or getattr(item, "launch_modal", None) is modal):
                if name == "approve" and page is not None and page.pk and flow.approval_publishes(page):
                    item.label = _("Goedkeuren en publiceren")
                if name == "action-submit":
                    item = SubmitToStepMenuItem(order=item.order)
                menu_items.pop(index)
                menu_items.insert(0, item)
                return


class SubmitToStepMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Stuur door naar <workflow>", naming the step it sends to instead
    ("Stuur door naar Eindredactie VNG" in the workflow "Redactie VNG"). Resubmitting after
    changes already names the step."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page is not None and page.pk else None
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            return context
        workflow = (page if page is not None and page.pk else context["parent_page"]).get_workflow()
        if workflow is not None:
            context["label"] = _("Stuur door naar %(step)s") % {"step": flow.first_step_name(workflow)}
        return context


@hooks.register("before_edit_page", order=50)
def say_why_the_page_waits(request, page):
    """Opening a page that waits in a workflow says at which step and why (the Coördinatie
    check above all: editors asked why their page was not online yet)."""
    if request.method == "GET" and page.current_workflow_state is not None:
        explanation = flow.waiting_explanation(page)
        if explanation:
            messages.info(request, explanation)


@hooks.register("construct_homepage_panels", order=50)
def one_pending_list(request, panels):
    without_wagtail_workflow_panels(panels)
