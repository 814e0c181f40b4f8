"""The dashboard panel 'Mijn redactiewerk': what came back, what waits for you, what you sent
on, your drafts, and where to add a new offering. It replaces Wagtail's own workflow panels
(see WAGTAIL_WORKFLOW_PANELS), so a pending item is listed once, in one form of address."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.permissions import page_permission_policy

from editorial.models import EditorialReviewTask
from partners.models import PartnerPage

LIMIT = 10


def my_drafts(user):
    """Pages whose latest revision is mine and not published, and not in moderation."""
    in_moderation = WorkflowState.objects.active().values_list("object_id", flat=True)
    return (
        Page.objects.filter(latest_revision__user=user, has_unpublished_changes=True)
        .exclude(pk__in=[int(pk) for pk in in_moderation])
        .order_by("-latest_revision_created_at")
        .specific(defer=True)[:LIMIT]
    )


def awaiting_my_approval(user):
    states = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).select_related(
        "workflow_state", "task", "revision"
    )
    if not user.is_superuser:
        tasks = EditorialReviewTask.objects.filter(groups__in=user.groups.all()).distinct()
        states = states.filter(task__in=tasks.values("pk"))
    return [state for state in states.order_by("-started_at")[:LIMIT] if state.workflow_state.content_object]


def submitted_by_me(user):
    """My pages that are in a workflow now, with the step they wait at."""
    states = (
        WorkflowState.objects.active()
        .filter(status=WorkflowState.STATUS_IN_PROGRESS, requested_by=user)
        .select_related("current_task_state__task")
        .order_by("-created_at")
    )
    return [state for state in states[:LIMIT] if state.content_object is not None]


def new_offering_sections(user):
    """Partner sections in which the user may add an offering, each with its 'add' URL."""

    if user.is_superuser:
        sections = PartnerPage.objects.all()
    else:
        roots = page_permission_policy.instances_user_has_any_permission_for(user, {"add"})
        sections = PartnerPage.objects.filter(pk__in=roots.values("pk"))
    return [
        {"partner": section, "url": reverse("wagtailadmin_pages:add_subpage", args=[section.pk])}
        for section in sections.order_by("title")
    ]


# Wagtail's own dashboard panels that list the same workflow items as this one
# ("In afwachting van jouw beoordeling", "Jouw pagina's in een workflow").
WAGTAIL_WORKFLOW_PANELS = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}


def without_wagtail_workflow_panels(panels):
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in WAGTAIL_WORKFLOW_PANELS]


def sent_back_to_me(user):
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=user
    ).select_related("current_task_state", "current_task_state__finished_by")
    result = []
    for state in states.order_by("-current_task_state__finished_at")[:LIMIT]:
        if state.content_object is None:
            continue
        comment = state.current_task_state.get_comment() if state.current_task_state else ""
        result.append({"state": state, "page": state.content_object, "comment": comment})
    return result


class EditorialWorkPanel(Component):
    name = "editorial_work"
    order = 90
    template_name = "editorial/dashboard_panel.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {
            "heading": _("Mijn redactiewerk"),
            "drafts": my_drafts(user),
            "awaiting": awaiting_my_approval(user),
            "sent_back": sent_back_to_me(user),
            "submitted": submitted_by_me(user),
            "new_offering": new_offering_sections(user),
            "request": parent_context["request"],
        }
