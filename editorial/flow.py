"""What the editor is told after a workflow step, and where they land.

Wagtail ends every workflow action in the page editor with "Pagina … is gewijzigd." and a
redirect to the explorer of the page's parent. That says nothing about what happened, and
the parent (a partner section) is a page Coördinatie may not open, so after the final
approval Coördinatie saw "geen toegang". These rules replace both: one message that says
what happened and what comes next, and a landing page every role can open (the dashboard
with "Mijn redactiewerk", where the next item is waiting).
"""

from django.contrib import messages
from django.contrib.messages import constants
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState, WorkflowState

SUBMIT = "submit"
APPROVE = "approve"
REJECT = "reject"


def landing_url():
    """Where every role lands after a workflow step: the dashboard, which all can open."""
    return reverse("wagtailadmin_home")


def latest_workflow_state(page):
    states = WorkflowState.objects.for_instance(page).select_related("requested_by")
    return states.order_by("-created_at", "-pk").first()


def _name(user):
    if user is None:
        return _("de indiener")
    return user.get_full_name() or user.get_username()


def _skipped_steps(state):
    return list(
        state.task_states.filter(status=TaskState.STATUS_SKIPPED)
        .order_by("started_at", "pk")
        .values_list("task__name", flat=True)
    )


def outcome_message(page, action):
    """The Dutch sentence for what `action` did to `page` and what happens next."""
    page = Page.objects.get(pk=page.pk)
    title = page.get_admin_display_title()
    state = latest_workflow_state(page)
    if state is None:
        return _("De pagina '%(title)s' is opgeslagen.") % {"title": title}
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        step = state.current_task_state.task.name
        if action == SUBMIT:
            text = _(
                "U heeft '%(title)s' doorgestuurd naar de stap '%(step)s'. De leden van die stap "
                "krijgen een e-mail; u krijgt bericht zodra de pagina is goedgekeurd of "
                "teruggestuurd."
            ) % {"title": title, "step": step}
            coming = steps_to_come(page, state)
            if coming:
                text += " " + _("Daarna volgt nog: %(steps)s.") % {
                    "steps": ", daarna ".join(f"'{s}'" for s in coming)
                }
            else:
                text += " " + _("Dat is de laatste stap.")
        else:
            text = _(
                "U heeft '%(title)s' goedgekeurd. De pagina gaat nu naar de volgende stap: "
                "'%(step)s'. De leden van die stap krijgen een e-mail."
            ) % {"title": title, "step": step}
        if page.live:
            text += " " + _("Tot die tijd blijft de gepubliceerde versie op de website staan.")
        else:
            text += " " + _("De pagina is nog niet gepubliceerd.")
        return text
    if state.status == WorkflowState.STATUS_APPROVED:
        text = _("U heeft '%(title)s' goedgekeurd. Dit was de laatste stap") % {"title": title}
        skipped = _skipped_steps(state)
        if skipped:
            text += " " + _("(de stap '%(steps)s' was niet nodig)") % {"steps": "', '".join(skipped)}
        if page.live and not page.has_unpublished_changes:
            text += ": " + _("de pagina is gepubliceerd en staat op de website.")
        else:
            text += "."
        return text + " " + _("%(name)s krijgt hiervan bericht.") % {"name": _name(state.requested_by)}
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _(
            "U heeft '%(title)s' teruggestuurd naar %(name)s. Die krijgt uw opmerking per e-mail, "
            "ziet de pagina op het dashboard onder 'Teruggestuurd naar u' en kan haar na "
            "aanpassing opnieuw doorsturen."
        ) % {"title": title, "name": _name(state.requested_by)}
    return _("De pagina '%(title)s' is opgeslagen.") % {"title": title}


def replace_success_messages(request, text):
    """Drop the success messages queued in this request (Wagtail's generic "Pagina … is
    gewijzigd.") and queue `text` instead.

    Django's message storage has no public way to withdraw a queued message; it keeps them
    in `_queued_messages` until the response is sent, so filtering that list is the only
    way short of replacing Wagtail's edit view.
    """
    storage = messages.get_messages(request)
    queued = getattr(storage, "_queued_messages", None)
    if queued is not None:
        queued[:] = [message for message in queued if message.level != constants.SUCCESS]
    messages.success(request, text)


def action_from_request(request):
    """The workflow step an editor POST performed, or None for a plain save or publish."""
    if request.method != "POST":
        return None
    if "action-submit" in request.POST or "action-restart-workflow" in request.POST:
        return SUBMIT
    if "action-workflow-action" in request.POST:
        name = request.POST.get("workflow-action-name")
        if name in (APPROVE, REJECT):
            return name
    return None


def steps_to_come(page, state=None):
    """The names of the steps after the current one that will apply to this page (a step
    that applies only to new offerings is left out for a page that was live)."""
    state = state or page.current_workflow_state
    if state is None or state.current_task_state is None:
        return []
    tasks = list(state.workflow.tasks.filter(active=True).order_by("workflow_tasks__sort_order").specific())
    ids = [task.pk for task in tasks]
    current = state.current_task_state.task_id
    later = tasks[ids.index(current) + 1 :] if current in ids else []
    specific = page.specific
    return [task.name for task in later if not hasattr(task, "applies_to") or task.applies_to(specific)]


def approval_publishes(page):
    """Whether approving the page's current step ends its workflow (and so publishes it):
    it is the last step, or every later step will be skipped for this page."""
    state = page.current_workflow_state
    if state is None or state.current_task_state is None:
        return False
    return not steps_to_come(page, state)


def first_step_name(workflow):
    """The step a submission goes to first (the button names it, not the workflow)."""
    task = workflow.tasks.filter(active=True).order_by("workflow_tasks__sort_order").first()
    return task.name if task is not None else workflow.name


def waiting_explanation(page):
    """Why the page waits at its current step, for the editor (e.g. the Coördinatie check)."""
    state = page.current_workflow_state
    if state is None or state.current_task_state is None:
        return ""
    task = state.current_task_state.task.specific
    if getattr(task, "only_new_offerings", False):
        return _(
            "Deze pagina wacht op de stap '%(step)s': nieuw aanbod gaat één keer langs Coördinatie "
            "voordat het voor het eerst online komt. Coördinatie kijkt of het aanbod bij het "
            "platform past en niet dubbel is; daarna wordt de pagina gepubliceerd. Latere "
            "wijzigingen keurt de eindredactie van uw organisatie zelf goed."
        ) % {"step": task.name}
    return _("Deze pagina wacht op de stap '%(step)s'.") % {"step": task.name}
