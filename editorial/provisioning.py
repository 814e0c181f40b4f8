"""Provisioning a partner organisation: everything it needs to publish on its own.

One code path for the demo content, `manage.py add_partner` and the admin action of
Coördinatie. For a partner it ensures: the partner page, the groups "<ABBR> redacteuren"
and "<ABBR> eindredactie" with exactly the right page and collection permissions, a
collection for its documents and images (plus choose rights on the shared collection), and
its workflow (step 1: its eindredactie; step 2: the Coördinatie check for new offerings),
assigned to its page. It also ensures the group Coördinatie and its rights.

Idempotent: running it again repairs what is missing or wrong and reports every change.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.roles import COORDINATION_GROUP, editors_group_name, final_editors_group_name
from editorial.models import EditorialReviewTask, PartnerWorkflowSettings
from partners.models import Organisation, PartnerPage

SHARED_COLLECTION = "Gedeeld"
COORDINATION_TASK = "Coördinatiecheck nieuw aanbod"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
FINAL_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

# Collection permissions as (app_label, codename).
OWN_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]
# Partner editors choose publishers and commissioners among the shared organisations and may
# add one that is missing (a university, a research bureau); changing or deleting an
# organisation that other partners' publications name is for Coördinatie.
EDITOR_MODEL_PERMISSIONS = [("partners", "add_organisation"), ("partners", "view_organisation")]
SHARED_COLLECTION_PERMISSIONS = [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")]
COORDINATION_SHARED_COLLECTION_PERMISSIONS = OWN_COLLECTION_PERMISSIONS

# Model permissions of Coördinatie: the taxonomies and questions (snippets) and the
# editorial back office. Page rights come only through its workflow step.
TAXONOMY_MODELS = ["theme", "audience", "phase", "form", "question"]
COORDINATION_MODEL_PERMISSIONS = [
    *[
        ("taxonomy", f"{action}_{model}")
        for model in TAXONOMY_MODELS
        for action in ("add", "change", "delete")
    ],
    *[("partners", f"{action}_organisation") for action in ("add", "change", "delete", "view")],
    *[("search", f"{action}_synonym") for action in ("add", "change", "delete")],
    ("editorial", "provision_partner"),
    ("editorial", "view_all_pages"),
    ("editorial", "change_partnerworkflowsettings"),
    ("editorial", "view_partnerworkflowsettings"),
]


@dataclass
class ProvisionReport:
    partner: PartnerPage = None
    changes: list = field(default_factory=list)


def workflow_name(abbreviation):
    return f"Redactie {abbreviation}"


def final_editors_task_name(abbreviation):
    return f"Eindredactie {abbreviation}"


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def admin_access_permission():
    return permission("wagtailadmin", "access_admin")


# Groups ---------------------------------------------------------------------------------


def ensure_group(name, report):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.changes.append(f"groep '{name}' aangemaakt")
    access = admin_access_permission()
    if not group.permissions.filter(pk=access.pk).exists():
        group.permissions.add(access)
        report.changes.append(f"groep '{name}': toegang tot beheeromgeving gegeven")
    return group


def ensure_model_permissions(group, perms, report):
    for app_label, codename in perms:
        perm = permission(app_label, codename)
        if not group.permissions.filter(pk=perm.pk).exists():
            group.permissions.add(perm)
            report.changes.append(f"groep '{group.name}': recht '{app_label}.{codename}' gegeven")


def ensure_page_permissions(group, page, codenames, report):
    """Give exactly these page permissions on this page; remove any other page permission."""
    wanted = set()
    for codename in codenames:
        perm = permission("wagtailcore", codename)
        wanted.add(perm.pk)
        _obj, created = GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)
        if created:
            report.changes.append(f"groep '{group.name}': recht '{codename}' op '{page.title}'")
    for extra in GroupPagePermission.objects.filter(group=group).exclude(page=page, permission__in=wanted):
        report.changes.append(
            f"groep '{group.name}': overbodig recht '{extra.permission.codename}' op "
            f"'{extra.page.title}' verwijderd"
        )
        extra.delete()


def ensure_collection_permissions(group, grants, report):
    """grants: {collection: [(app_label, codename), ...]}. Exactly these, nothing else."""
    wanted = set()
    for collection, perms in grants.items():
        for app_label, codename in perms:
            perm = permission(app_label, codename)
            wanted.add((collection.pk, perm.pk))
            _obj, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=perm
            )
            if created:
                report.changes.append(
                    f"groep '{group.name}': recht '{codename}' op collectie '{collection.name}'"
                )
    for extra in GroupCollectionPermission.objects.filter(group=group).select_related(
        "collection", "permission"
    ):
        if (extra.collection_id, extra.permission_id) not in wanted:
            report.changes.append(
                f"groep '{group.name}': overbodig recht '{extra.permission.codename}' op collectie "
                f"'{extra.collection.name}' verwijderd"
            )
            extra.delete()


# Collections ----------------------------------------------------------------------------


def ensure_collection(name, report):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=name))
        report.changes.append(f"collectie '{name}' aangemaakt")
    return collection


def shared_collection(report):
    return ensure_collection(SHARED_COLLECTION, report)


def partner_collection_name(abbreviation):
    return abbreviation


# Workflow -------------------------------------------------------------------------------


def ensure_review_task(name, groups, only_new_offerings, report):

    task = EditorialReviewTask.objects.filter(name=name).first()
    if task is None:
        task = EditorialReviewTask.objects.create(name=name, only_new_offerings=only_new_offerings)
        report.changes.append(f"redactiestap '{name}' aangemaakt")
    if task.only_new_offerings != only_new_offerings or not task.active:
        task.only_new_offerings = only_new_offerings
        task.active = True
        task.save()
        report.changes.append(f"redactiestap '{name}' hersteld")
    current = set(task.groups.values_list("pk", flat=True))
    if current != {group.pk for group in groups}:
        task.groups.set(groups)
        report.changes.append(
            f"redactiestap '{name}': groepen ingesteld op {', '.join(g.name for g in groups)}"
        )
    return task


def ensure_workflow(partner, tasks, report):
    name = workflow_name(partner.abbreviation)
    assignment = WorkflowPage.objects.filter(page=partner).select_related("workflow").first()
    workflow = assignment.workflow if assignment else Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
        report.changes.append(f"werkstroom '{name}' aangemaakt")
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        report.changes.append(f"werkstroom '{workflow.name}' weer actief gemaakt")
    steps = list(WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order"))
    if [step.task_id for step in steps] != [task.pk for task in tasks]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        report.changes.append(
            f"werkstroom '{workflow.name}': stappen ingesteld op {' → '.join(t.name for t in tasks)}"
        )
    if assignment is None:
        WorkflowPage.objects.create(page=partner, workflow=workflow)
        report.changes.append(f"werkstroom '{workflow.name}' gekoppeld aan '{partner.title}'")
    return workflow


def ensure_workflow_settings(partner, coordination_check, report):

    settings, created = PartnerWorkflowSettings.objects.get_or_create(
        partner=partner,
        defaults={"coordination_check": True if coordination_check is None else coordination_check},
    )
    if created:
        report.changes.append(f"redactie-instellingen voor '{partner.title}' aangemaakt")
    elif coordination_check is not None and settings.coordination_check != coordination_check:
        settings.coordination_check = coordination_check
        settings.save(update_fields=["coordination_check"])
        state = "aan" if coordination_check else "uit"
        report.changes.append(f"coördinatiecheck voor '{partner.title}' {state} gezet")
    return settings


# Partner page ---------------------------------------------------------------------------


def partner_parent():
    """The page partner sections go under: the catalogue page, found through the parent type
    PartnerPage declares (parent_page_types), as Wagtail's admin finds it; None if there is none.
    The catalogue app sits above editorial in the import layers (pyproject.toml)."""
    return Page.objects.type(*PartnerPage.allowed_parent_page_models()).specific().first()


def ensure_partner_page(catalogue, abbreviation, name, description, website, report):
    partner = PartnerPage.objects.filter(abbreviation__iexact=abbreviation).first()
    if partner is None:
        partner = PartnerPage(
            title=name,
            slug=slugify(abbreviation),
            abbreviation=abbreviation,
            description=description or name,
            website=website,
        )
        catalogue.add_child(instance=partner)
        partner.save_revision().publish()
        report.changes.append(f"partnerpagina '{name}' aangemaakt")
    return partner


def ensure_organisation(partner, report):
    """The partner as an organisation that can publish or commission publications."""
    if Organisation.objects.filter(partner=partner).exists():
        return
    organisation = Organisation.objects.filter(name__iexact=partner.title).first()
    if organisation is None:
        organisation = Organisation(name=partner.title)
        report.changes.append(f"organisatie '{partner.title}' aangemaakt")
    organisation.partner = partner
    organisation.abbreviation = organisation.abbreviation or partner.abbreviation
    organisation.website = organisation.website or partner.website
    organisation.save()


# Entry points ---------------------------------------------------------------------------


def provision_coordination(report):
    """The group Coördinatie, its model rights, the shared collection and its review step."""
    coordination = ensure_group(COORDINATION_GROUP, report)
    ensure_model_permissions(coordination, COORDINATION_MODEL_PERMISSIONS, report)
    shared = shared_collection(report)
    ensure_collection_permissions(coordination, {shared: COORDINATION_SHARED_COLLECTION_PERMISSIONS}, report)
    task = ensure_review_task(COORDINATION_TASK, [coordination], True, report)
    return coordination, shared, task


@transaction.atomic
def provision_partner(catalogue, abbreviation, name, description="", website="", coordination_check=None):
    """Create or repair one partner. coordination_check None keeps the current setting."""
    report = ProvisionReport()
    _coordination, shared, coordination_task = provision_coordination(report)

    partner = ensure_partner_page(catalogue, abbreviation, name, description, website, report)
    report.partner = partner
    abbreviation = partner.abbreviation
    ensure_organisation(partner, report)

    editors = ensure_group(editors_group_name(abbreviation), report)
    final_editors = ensure_group(final_editors_group_name(abbreviation), report)
    ensure_page_permissions(editors, partner, EDITOR_PAGE_PERMISSIONS, report)
    ensure_page_permissions(final_editors, partner, FINAL_EDITOR_PAGE_PERMISSIONS, report)
    ensure_model_permissions(editors, EDITOR_MODEL_PERMISSIONS, report)
    ensure_model_permissions(final_editors, EDITOR_MODEL_PERMISSIONS, report)

    own = ensure_collection(partner_collection_name(abbreviation), report)
    grants = {own: OWN_COLLECTION_PERMISSIONS, shared: SHARED_COLLECTION_PERMISSIONS}
    ensure_collection_permissions(editors, grants, report)
    ensure_collection_permissions(final_editors, grants, report)

    final_task = ensure_review_task(final_editors_task_name(abbreviation), [final_editors], False, report)
    ensure_workflow(partner, [final_task, coordination_task], report)
    ensure_workflow_settings(partner, coordination_check, report)
    return report


def partner_collection(partner):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=partner_collection_name(partner.abbreviation)).first()
