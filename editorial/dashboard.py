"""The dashboard panel 'Mijn redactiewerk': drafts, what waits for you, what came back."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from editorial.models import EditorialReviewTask

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
            "request": parent_context["request"],
        }
