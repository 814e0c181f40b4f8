"""The handbook's editors: groups, page rights, a Dutch workflow, and a Dutch tree root.

Like editorial/provisioning.py: one idempotent function (demo loader, `manage.py
provision_handbook`), which repairs what is missing or wrong and reports each change in Dutch.

- "Handboekredactie": add and change chapters under the handbook (drafts; submit to the
  workflow); choose documents and images in "Gedeeld".
- "Handboek eindredactie": as above plus publish, lock and unlock; the members of the
  workflow step.
- Workflow "Redactie handboek" with one step "Eindredactie handboek" (Dutch, instead of
  Wagtail's default "Moderators approval" inherited from the root), assigned to the handbook.
- The tree root is called "Alle websites" instead of Wagtail's "Root", which page choosers
  show to editors as the first breadcrumb.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from editorial.models import EditorialReviewTask
from editorial.provisioning import (
    EDITOR_PAGE_PERMISSIONS,
    FINAL_EDITOR_PAGE_PERMISSIONS,
    SHARED_COLLECTION,
    SHARED_COLLECTION_PERMISSIONS,
)
from handbook.models import HandbookPage

EDITORS_GROUP = "Handboekredactie"
FINAL_EDITORS_GROUP = "Handboek eindredactie"
HANDBOOK_GROUPS = (EDITORS_GROUP, FINAL_EDITORS_GROUP)
WORKFLOW_NAME = "Redactie handboek"
TASK_NAME = "Eindredactie handboek"
ROOT_TITLE = "Alle websites"


@transaction.atomic
def provision_handbook_editors(handbook=None):
    """Ensure groups, rights, workflow and root title; return the list of changes (Dutch)."""

    changes = []
    handbook = handbook or HandbookPage.objects.first()

    root = Page.get_first_root_node()
    if root is not None and root.title != ROOT_TITLE:
        Page.objects.filter(pk=root.pk).update(title=ROOT_TITLE, draft_title=ROOT_TITLE)
        changes.append(f"boomwortel '{root.title}' hernoemd naar '{ROOT_TITLE}'")

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for name, page_permissions in (
        (EDITORS_GROUP, EDITOR_PAGE_PERMISSIONS),
        (FINAL_EDITORS_GROUP, FINAL_EDITOR_PAGE_PERMISSIONS),
    ):
        group, created = Group.objects.get_or_create(name=name)
        groups[name] = group
        if created:
            changes.append(f"groep '{name}' aangemaakt")
        if not group.permissions.filter(pk=access_admin.pk).exists():
            group.permissions.add(access_admin)
            changes.append(f"'{name}': toegang tot de beheeromgeving")
        if handbook is not None:
            changes += _page_permissions(group, handbook, page_permissions)
        changes += _shared_collection(group)

    if handbook is not None:
        changes += _workflow(handbook, groups[FINAL_EDITORS_GROUP], EditorialReviewTask)
    return changes


def _page_permissions(group, handbook, codenames):
    changes = []
    wanted = set(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))
    current = GroupPagePermission.objects.filter(group=group, page=handbook)
    for grant in current:
        if grant.permission not in wanted:
            grant.delete()
            changes.append(f"'{group.name}': recht '{grant.permission.codename}' op het handboek ingetrokken")
    have = {grant.permission_id for grant in current.all()}
    for permission in wanted:
        if permission.pk not in have:
            GroupPagePermission.objects.create(group=group, page=handbook, permission=permission)
            changes.append(f"'{group.name}': recht '{permission.codename}' op het handboek")
    # Rights anywhere else would reach outside the handbook.
    outside = GroupPagePermission.objects.filter(group=group).exclude(page=handbook)
    if outside.exists():
        outside.delete()
        changes.append(f"'{group.name}': paginarechten buiten het handboek ingetrokken")
    return changes


def _shared_collection(group):
    shared = Collection.objects.filter(name=SHARED_COLLECTION).first()
    if shared is None:
        return []
    changes = []
    for app_label, codename in SHARED_COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        _grant, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=shared, permission=permission
        )
        if created:
            changes.append(f"'{group.name}': '{codename}' in '{SHARED_COLLECTION}'")
    return changes


def _workflow(handbook, final_editors, task_class):
    changes = []
    task = task_class.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = task_class.objects.create(name=TASK_NAME)
        changes.append(f"stap '{TASK_NAME}' aangemaakt")
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changes.append(f"stap '{TASK_NAME}' weer actief")
    if set(task.groups.all()) != {final_editors}:
        task.groups.set([final_editors])
        changes.append(f"stap '{TASK_NAME}': groep '{final_editors.name}'")
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        changes.append(f"werkstroom '{WORKFLOW_NAME}' aangemaakt")
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes.append(f"werkstroom '{WORKFLOW_NAME}' weer actief")
    steps = list(WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order"))
    if [step.task_id for step in steps] != [task.pk]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        changes.append(f"werkstroom '{WORKFLOW_NAME}': één stap '{TASK_NAME}'")
    assignment = WorkflowPage.objects.filter(page=handbook).first()
    if assignment is None:
        WorkflowPage.objects.create(page=handbook, workflow=workflow)
        changes.append(f"werkstroom '{WORKFLOW_NAME}' toegewezen aan het handboek")
    elif assignment.workflow_id != workflow.pk:
        assignment.workflow = workflow
        assignment.save(update_fields=["workflow"])
        changes.append(f"werkstroom '{WORKFLOW_NAME}' toegewezen aan het handboek (was een andere)")
    return changes
