"""Provisioning a partner: complete, exact, idempotent, and repairing with a report."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, WorkflowPage

from catalogue.models import CatalogueIndexPage
from core.roles import COORDINATION_GROUP
from editorial.models import PartnerWorkflowSettings
from editorial.provisioning import SHARED_COLLECTION, partner_collection, provision_partner
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


def page_perms(group_name):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name).values_list(
            "page__title", "permission__codename"
        )
    )


def collection_perms(group_name):
    return set(
        GroupCollectionPermission.objects.filter(group__name=group_name).values_list(
            "collection__name", "permission__codename"
        )
    )


def run_add_partner(*args):
    from io import StringIO

    out = StringIO()
    call_command("add_partner", *args, stdout=out)
    return out.getvalue()


def test_add_partner_creates_everything():
    output = run_add_partner("--abbr", "XYZ", "--name", "Demo-inhoud: Stichting XYZ")
    partner = PartnerPage.objects.get(abbreviation="XYZ")
    assert partner.live and partner.get_parent().specific_class is CatalogueIndexPage
    assert page_perms("XYZ redacteuren") == {(partner.title, "add_page"), (partner.title, "change_page")}
    assert page_perms("XYZ eindredactie") == {
        (partner.title, codename)
        for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
    }
    own = {
        ("XYZ", codename)
        for codename in (
            "add_document",
            "change_document",
            "choose_document",
            "add_image",
            "change_image",
            "choose_image",
        )
    }
    shared = {(SHARED_COLLECTION, "choose_document"), (SHARED_COLLECTION, "choose_image")}
    assert collection_perms("XYZ redacteuren") == own | shared
    assert collection_perms("XYZ eindredactie") == own | shared
    for name in ("XYZ redacteuren", "XYZ eindredactie"):
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
    workflow = WorkflowPage.objects.get(page=partner).workflow
    assert workflow.name == "Redactie XYZ" and workflow.active
    steps = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [step.name for step in steps] == ["Eindredactie XYZ", "Coördinatiecheck nieuw aanbod"]
    assert list(steps[0].groups.values_list("name", flat=True)) == ["XYZ eindredactie"]
    assert list(steps[1].groups.values_list("name", flat=True)) == [COORDINATION_GROUP]
    assert PartnerWorkflowSettings.objects.get(partner=partner).coordination_check is True
    assert "partnerpagina 'Demo-inhoud: Stichting XYZ' aangemaakt" in output


def test_add_partner_is_idempotent():
    run_add_partner("--abbr", "XYZ", "--name", "Stichting XYZ")
    counts = (
        PartnerPage.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        WorkflowPage.objects.count(),
    )
    output = run_add_partner("--abbr", "XYZ", "--name", "Stichting XYZ")
    assert "alles was al in orde" in output
    assert counts == (
        PartnerPage.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        WorkflowPage.objects.count(),
    )


def test_demo_partners_are_fully_provisioned_by_the_same_code():
    catalogue = CatalogueIndexPage.objects.get()
    partners = list(PartnerPage.objects.all())
    assert len(partners) >= 12  # the demo's partners: the loop below is not empty
    for partner in partners:
        report = provision_partner(catalogue, partner.abbreviation, partner.title)
        assert report.changes == [], (partner.abbreviation, report.changes)


def test_rerun_repairs_missing_and_extra_permissions_and_reports_them():
    partner = PartnerPage.objects.get(abbreviation="VNG")
    GroupPagePermission.objects.filter(
        group__name="VNG eindredactie", permission__codename="publish_page"
    ).delete()
    GroupCollectionPermission.objects.filter(
        group__name="VNG redacteuren", permission__codename="choose_image"
    ).delete()
    # Someone gave editors publish rights, and rights on another partner's collection.
    editors = Group.objects.get(name="VNG redacteuren")
    GroupPagePermission.objects.create(
        group=editors, page=partner, permission=Permission.objects.get(codename="publish_page")
    )
    GroupCollectionPermission.objects.create(
        group=editors,
        collection=partner_collection(PartnerPage.objects.get(abbreviation="KIS")),
        permission=Permission.objects.get(codename="choose_document"),
    )
    WorkflowPage.objects.filter(page=partner).delete()

    output = run_add_partner("--abbr", "VNG", "--name", partner.title)
    assert "recht 'publish_page' op 'Vereniging van Nederlandse Gemeenten'" in output
    assert "overbodig recht 'publish_page'" in output
    assert "overbodig recht 'choose_document' op collectie 'KIS' verwijderd" in output
    assert "recht 'choose_image' op collectie 'Gedeeld'" in output
    assert "werkstroom 'Redactie VNG' gekoppeld" in output
    assert ("Vereniging van Nederlandse Gemeenten", "publish_page") in page_perms("VNG eindredactie")
    assert ("Vereniging van Nederlandse Gemeenten", "publish_page") not in page_perms("VNG redacteuren")
    assert ("KIS", "choose_document") not in collection_perms("VNG redacteuren")
    assert WorkflowPage.objects.get(page=partner).workflow.name == "Redactie VNG"
    assert "alles was al in orde" in run_add_partner("--abbr", "VNG", "--name", partner.title)


def test_coordination_check_option_switches_setting_and_keeps_it_otherwise():
    run_add_partner("--abbr", "XYZ", "--name", "Stichting XYZ", "--no-coordination-check")
    partner = PartnerPage.objects.get(abbreviation="XYZ")
    assert PartnerWorkflowSettings.objects.get(partner=partner).coordination_check is False
    run_add_partner("--abbr", "XYZ", "--name", "Stichting XYZ")
    assert PartnerWorkflowSettings.objects.get(partner=partner).coordination_check is False
    output = run_add_partner("--abbr", "XYZ", "--name", "Stichting XYZ", "--coordination-check")
    assert "coördinatiecheck voor 'Stichting XYZ' aan gezet" in output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--abbr", "X", "--name", "Te kort"], "2 tot 20 letters"),
        (["--abbr", "X-Y!", "--name", "Tekens"], "2 tot 20 letters"),
        (["--abbr", "1VNG", "--name", "Cijfer vooraan"], "beginnend met een letter"),
        (["--abbr", "ÖVB", "--name", "Geen ASCII"], "2 tot 20 letters"),
        (["--abbr", "XYZ", "--name", "Stichting XYZ", "--website", "geen url"], "Website"),
        (["--abbr", "XYZ", "--name", "  "], "Geef een naam op"),
    ],
)
def test_add_partner_refuses_bad_input_without_writing(args, message):
    before = PartnerPage.objects.count(), Group.objects.count()
    with pytest.raises(CommandError, match=message):
        run_add_partner(*args)
    assert (PartnerPage.objects.count(), Group.objects.count()) == before


def test_coordination_group_rights():
    group = Group.objects.get(name=COORDINATION_GROUP)
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
    for model in ("theme", "audience", "phase", "form", "question"):
        assert {("taxonomy", f"add_{model}"), ("taxonomy", f"change_{model}")} <= codenames
    assert ("editorial", "view_all_pages") in codenames
    assert ("editorial", "provision_partner") in codenames
    assert not GroupPagePermission.objects.filter(group=group).exists()


# The admin action for Coördinatie ------------------------------------------------------


def test_coordinator_adds_partner_through_admin(login):
    client = login("coordinator")
    url = reverse("editorial_partners")
    page = client.get(url)
    assert page.status_code == 200
    assert "Partner toevoegen of herstellen" in page.content.decode()
    response = client.post(
        url, {"abbreviation": "ABC", "name": "Demo-inhoud: Netwerk ABC", "coordination_check": "on"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "groep &#x27;ABC redacteuren&#x27; aangemaakt" in body
    assert WorkflowPage.objects.filter(page__partnerpage__abbreviation="ABC").exists()
    again = client.post(
        url, {"abbreviation": "ABC", "name": "Demo-inhoud: Netwerk ABC", "coordination_check": "on"}
    )
    assert "Niets: alles was al in orde." in again.content.decode()


def test_admin_action_refuses_bad_input_with_dutch_message(login):
    client = login("coordinator")
    before = PartnerPage.objects.count()
    response = client.post(reverse("editorial_partners"), {"abbreviation": "x!", "name": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Gebruik 2 tot 20 letters en cijfers" in body
    assert PartnerPage.objects.count() == before


@pytest.mark.parametrize("username", ["vng-redacteur", "vng-eindredacteur"])
def test_partner_users_cannot_provision(login, username):
    client = login(username)
    before = PartnerPage.objects.count()
    response = client.post(reverse("editorial_partners"), {"abbreviation": "EVIL", "name": "Evil"})
    assert response.status_code in (302, 403)
    assert PartnerPage.objects.count() == before
