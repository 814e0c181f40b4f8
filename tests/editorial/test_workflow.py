"""The partner workflow through the admin: draft, submit, eindredactie, Coördinatie, live."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from core.baseurl import page_url
from editorial.guards import may_publish_directly
from editorial.models import PartnerWorkflowSettings
from offerings.models import PublicationPage
from tests.editorial.conftest import (
    add_draft,
    add_live_with_draft,
    assert_refused,
    current_task_state,
    offering_data,
    partner,
    snapshot,
    submit,
    workflow_action_url,
)


def create_and_submit(client, abbreviation, title, slug):
    url = reverse("wagtailadmin_pages:add", args=["offerings", "publicationpage", partner(abbreviation).pk])
    response = client.post(url, offering_data(title, slug, **{"action-submit": "1"}))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    return PublicationPage.objects.get(slug=slug)


def workflow_state(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()


def test_full_cycle_new_offering_needs_eindredactie_and_coordination(client, login, user):
    editor = login("vng-redacteur")
    page = create_and_submit(editor, "VNG", "Nieuwe handreiking wijkgesprekken", "nieuwe-handreiking")
    assert not page.live
    state = current_task_state(page)
    assert state.task.name == "Eindredactie VNG"

    # Step 1 notification goes to VNG eindredactie only, in Dutch.
    step1_mail = [m for m in mail.outbox if "Eindredactie VNG" in m.subject]
    assert [m.to for m in step1_mail] == [["vng-eindredacteur@example.org"]]
    assert "wacht op uw goedkeuring" in step1_mail[0].body

    final_editor = login("vng-eindredacteur")
    mail.outbox.clear()
    assert final_editor.post(workflow_action_url(page, "approve")).status_code == 302
    page.refresh_from_db()
    assert not page.live, "a new offering must also pass Coördinatie"
    assert current_task_state(page).task.name == "Coördinatiecheck nieuw aanbod"
    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]

    coordinator = login("coordinator")
    mail.outbox.clear()
    assert coordinator.post(workflow_action_url(page, "approve")).status_code == 302
    page.refresh_from_db()
    assert page.live
    assert workflow_state(page).status == WorkflowState.STATUS_APPROVED
    assert client.get(page.url).status_code == 200
    approved_mail = [m for m in mail.outbox if m.to == ["vng-redacteur@example.org"]]
    assert approved_mail and "Goedgekeurd en gepubliceerd" in approved_mail[0].subject
    # The "gepubliceerd" mail leads the editor to the live page (issue 26), and to the editor.
    assert f"Bekijk de pagina op de website: {page_url(page)}" in approved_mail[0].body
    assert "localhost" not in approved_mail[0].body
    assert f"/admin/pages/{page.pk}/edit/" in approved_mail[0].body


def test_editor_cannot_publish_own_page_without_approval(login, user):
    editor = login("vng-redacteur")
    url = reverse("wagtailadmin_pages:add", args=["offerings", "publicationpage", partner("VNG").pk])
    editor.post(url, offering_data("Direct live?", "direct-live", **{"action-publish": "1"}))
    assert not PublicationPage.objects.filter(slug="direct-live", live=True).exists()
    page = add_draft("VNG", "Direct live?", user("vng-redacteur"))
    before = snapshot(page)
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        offering_data("Direct live?", page.slug, **{"action-publish": "1"}),
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert not page.live and page.live_revision_id is None
    assert snapshot(page)["live"] == before["live"]
    # Publishing through the admin API is refused as well.
    api = reverse("wagtailadmin_api:pages:action", args=[page.pk, "publish"])
    assert editor.post(api, {}, content_type="application/json").status_code == 403
    page.refresh_from_db()
    assert not page.live


def test_eindredactie_cannot_skip_coordination_for_new_offering(login, user):
    page = add_draft("VNG", "Nieuw aanbod zonder check", user("vng-redacteur"))
    final_editor = login("vng-eindredacteur")
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="action-publish"' not in final_editor.get(edit).content.decode()
    response = final_editor.post(edit, offering_data(page.title, page.slug, **{"action-publish": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    # Creating and publishing in one go is refused too.
    url = reverse("wagtailadmin_pages:add", args=["offerings", "publicationpage", partner("VNG").pk])
    final_editor.post(url, offering_data("In een keer live", "in-een-keer-live", **{"action-publish": "1"}))
    assert not PublicationPage.objects.filter(slug="in-een-keer-live", live=True).exists()


def test_deactivated_coordinator_may_not_publish_new_offering_directly(user):
    page = add_draft("VNG", "Nieuw aanbod voor oud-coordinator", user("vng-redacteur"))
    coordinator = user("coordinator")
    assert may_publish_directly(coordinator, page)
    coordinator.is_active = False
    coordinator.is_superuser = True
    coordinator.save()
    assert not may_publish_directly(user("coordinator"), page)


def test_eindredactie_may_publish_changes_to_live_offering(login, user):
    page = add_live_with_draft("VNG", "Live VNG aanbod", "Live VNG aanbod, bijgewerkt", user("vng-redacteur"))
    final_editor = login("vng-eindredacteur")
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = final_editor.post(
        edit, offering_data("Live VNG aanbod, bijgewerkt", page.slug, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Live VNG aanbod, bijgewerkt"


def test_change_to_live_offering_skips_coordination_step(login, user):
    page = add_live_with_draft(
        "VNG", "Bestaand aanbod", "Bestaand aanbod, nieuwe titel", user("vng-redacteur")
    )
    submit(page, user("vng-redacteur"))
    login("vng-eindredacteur").post(workflow_action_url(page, "approve"))
    page.refresh_from_db()
    assert page.live and page.title == "Bestaand aanbod, nieuwe titel"
    statuses = dict(
        TaskState.objects.filter(workflow_state__object_id=str(page.pk)).values_list("task__name", "status")
    )
    assert statuses == {"Eindredactie VNG": "approved", "Coördinatiecheck nieuw aanbod": "skipped"}


def test_coordination_check_can_be_switched_off_per_partner(login, user):
    PartnerWorkflowSettings.objects.filter(partner=partner("VNG")).update(coordination_check=False)
    page = add_draft("VNG", "Zonder coördinatie", user("vng-redacteur"))
    submit(page, user("vng-redacteur"))
    login("vng-eindredacteur").post(workflow_action_url(page, "approve"))
    page.refresh_from_db()
    assert page.live
    # Other partners keep the check.
    other = add_draft("KIS", "KIS met coördinatie", user("kis-redacteur"))
    submit(other, user("kis-redacteur"))
    login("kis-eindredacteur").post(workflow_action_url(other, "approve"))
    other.refresh_from_db()
    assert not other.live


def test_rejection_carries_comment_back_to_editor(login, user):
    page = add_draft("VNG", "Nog niet af", user("vng-redacteur"))
    submit(page, user("vng-redacteur"))
    mail.outbox.clear()
    response = login("vng-eindredacteur").post(
        workflow_action_url(page, "reject"), {"comment": "Graag de doelgroep aanvullen."}
    )
    assert response.status_code == 302
    state = workflow_state(page)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [message] = [m for m in mail.outbox if m.to == ["vng-redacteur@example.org"]]
    assert "Teruggestuurd met opmerking" in message.subject
    assert "Graag de doelgroep aanvullen." in message.body
    # The editor's dashboard shows it, with the comment.
    dashboard = login("vng-redacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert "Teruggestuurd naar u (1)" in dashboard
    assert "Graag de doelgroep aanvullen." in dashboard


def test_eindredactie_approves_only_own_partner(login, user):
    vng_page = add_draft("VNG", "VNG in beoordeling", user("vng-redacteur"))
    kis_page = add_draft("KIS", "KIS in beoordeling", user("kis-redacteur"))
    submit(vng_page, user("vng-redacteur"))
    submit(kis_page, user("kis-redacteur"))
    kis_final = login("kis-eindredacteur")
    before = snapshot(vng_page)
    response = kis_final.post(workflow_action_url(vng_page, "approve"))
    assert response.status_code in (302, 403, 404)
    assert snapshot(vng_page) == before
    # Nor by passing its own task state with the other page's id.
    own_state = current_task_state(kis_page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[vng_page.pk, "approve", own_state.pk])
    kis_final.post(url)
    assert snapshot(vng_page) == before
    # The editor of the same partner cannot approve either.
    assert_refused(login("vng-redacteur").post(workflow_action_url(vng_page, "approve")))
    assert snapshot(vng_page) == before


def test_coordination_sees_only_its_step_to_act_on(login, user):
    page = add_draft("VNG", "Wacht op eindredactie", user("vng-redacteur"))
    submit(page, user("vng-redacteur"))
    before = snapshot(page)
    assert_refused(login("coordinator").post(workflow_action_url(page, "approve")))
    assert snapshot(page) == before


def test_editor_changes_own_partner_page_only_through_moderation(login, user):
    vng = partner("VNG")
    editor = login("vng-redacteur")
    edit = reverse("wagtailadmin_pages:edit", args=[vng.pk])
    data = {
        "title": vng.title,
        "slug": vng.slug,
        "abbreviation": "VNG",
        "description": "Nieuwe beschrijving via moderatie.",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    editor.post(edit, {**data, "action-publish": "1"})
    vng.refresh_from_db()
    assert vng.description != "Nieuwe beschrijving via moderatie."
    editor.post(edit, {**data, "action-submit": "1"})
    assert current_task_state(vng).task.name == "Eindredactie VNG"
    login("vng-eindredacteur").post(workflow_action_url(vng, "approve"))
    vng.refresh_from_db()
    assert vng.description == "Nieuwe beschrijving via moderatie."  # no Coördinatie step


def test_page_moved_by_admin_becomes_the_new_partners(login, user, admin_client_logged_in):
    page = add_draft("KIS", "Verhuizend aanbod", user("kis-redacteur"))
    vng = partner("VNG")
    response = admin_client_logged_in.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, vng.pk]))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.partner_id == vng.pk
    assert Page.objects.get(pk=page.pk).get_parent().pk == vng.pk
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert login("vng-redacteur").get(edit).status_code == 200
    assert login("kis-redacteur").get(edit).status_code in (302, 404)
    # And it now follows VNG's workflow.
    submit(page, user("vng-redacteur"))
    assert current_task_state(page).task.name == "Eindredactie VNG"


def test_own_partner_actions_change_the_snapshot(login, user):
    # Guards the isolation tests: the snapshot does see the changes a permitted user makes.
    page = add_live_with_draft("KIS", "KIS eigen aanbod", "KIS eigen aanbod 2", user("kis-redacteur"))
    before = snapshot(page)
    login("kis-eindredacteur").post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    assert snapshot(page) != before


@pytest.mark.parametrize("username", ["vng-redacteur", "vng-eindredacteur", "coordinator"])
def test_dashboard_panel_is_shown(login, username):
    body = login(username).get(reverse("wagtailadmin_home")).content.decode()
    assert "Mijn redactiewerk" in body


def test_dashboard_lists_drafts_and_what_awaits_approval(login, user):
    add_draft("VNG", "Mijn eigen concept", user("vng-redacteur"))
    waiting = add_draft("VNG", "Wacht op goedkeuring", user("vng-redacteur"))
    submit(waiting, user("vng-redacteur"))
    editor_dashboard = login("vng-redacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert "Mijn eigen concept" in editor_dashboard
    final_dashboard = login("vng-eindredacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert "Wacht op uw goedkeuring (1)" in final_dashboard
    assert "Wacht op goedkeuring" in final_dashboard
    other_dashboard = login("kis-eindredacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert "Wacht op uw goedkeuring (0)" in other_dashboard


def test_editor_cannot_unpublish_or_lock_own_live_page(login, user):
    page = add_live_with_draft("VNG", "VNG live voor redacteur", "VNG live 2", user("vng-redacteur"))
    editor = login("vng-redacteur")
    before = snapshot(page)
    assert_refused(editor.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])))
    assert_refused(editor.post(reverse("wagtailadmin_pages:lock", args=[page.pk])))
    api = reverse("wagtailadmin_api:pages:action", args=[page.pk, "unpublish"])
    assert editor.post(api, {}, content_type="application/json").status_code == 403
    assert snapshot(page) == before
