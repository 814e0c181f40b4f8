"""The handbook's editors (issue 15, point 6): groups and a Dutch workflow, provisioned
idempotently; no "Root" in the chooser; e-mail and dashboard when an analysed publication
goes off the site; confirmation before publishing a chapter with a broken reference."""

import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, TaskState, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from handbook.models import HandbookChapterPage, HandbookPage
from handbook.provisioning import (
    EDITORS_GROUP,
    FINAL_EDITORS_GROUP,
    ROOT_TITLE,
    TASK_NAME,
    WORKFLOW_NAME,
    provision_handbook_editors,
)
from offerings.models import PublicationPage
from tests.handbook.conftest import analysis


@pytest.fixture
def chapter_with(handbook):
    """A live chapter whose only analysis discusses `publication`."""

    def _make(publication, title="Hoofdstuk over een publicatie"):
        chapter = HandbookChapterPage(
            title=title,
            intro="Inleiding.",
            phase=HandbookChapterPage.objects.first().phase,
            body=json.dumps([analysis(publication)]),
        )
        handbook.add_child(instance=chapter)
        chapter.save_revision().publish()
        return HandbookChapterPage.objects.get(pk=chapter.pk)

    return _make


@pytest.mark.django_db
def test_provisioning_is_idempotent_and_repairs(handbook):
    assert provision_handbook_editors() == []  # the demo loader ran it
    workflow = WorkflowPage.objects.get(page=handbook).workflow
    assert workflow.name == WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [TASK_NAME]
    assert Page.get_first_root_node().title == ROOT_TITLE

    GroupPagePermission.objects.filter(
        group__name=FINAL_EDITORS_GROUP, permission__codename="publish_page"
    ).delete()
    GroupPagePermission.objects.create(
        group=GroupPagePermission.objects.filter(group__name=EDITORS_GROUP).first().group,
        page=handbook,
        permission=GroupPagePermission.objects.filter(permission__codename="publish_page").first().permission,
    )
    changes = provision_handbook_editors()
    assert "'Handboek eindredactie': recht 'publish_page' op het handboek" in changes
    assert "'Handboekredactie': recht 'publish_page' op het handboek ingetrokken" in changes
    assert provision_handbook_editors() == []


@pytest.mark.django_db
def test_command_reports_in_dutch(capsys):
    call_command("provision_handbook")
    assert "Handboek: alles was al in orde." in capsys.readouterr().out


@pytest.mark.django_db
def test_handbook_editor_edits_chapters_only_and_submits_to_dutch_step(login, handbook):
    chapter = HandbookChapterPage.objects.live().first()
    editor = login("handboek-redacteur")
    assert editor.get(reverse("wagtailadmin_pages:edit", args=[chapter.pk])).status_code == 200
    offering = PublicationPage.objects.live().first()
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[offering.pk]))
    assert response.status_code == 302 and response["Location"] == "/admin/"

    mail.outbox.clear()
    workflow = chapter.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    chapter.save_revision(user=_user("handboek-redacteur"))
    workflow.start(chapter, _user("handboek-redacteur"))
    state = TaskState.objects.get(
        workflow_state__object_id=str(chapter.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    assert state.task.name == TASK_NAME
    assert [m.to for m in mail.outbox] == [["handboek-eindredacteur@example.org"]]


def _user(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


@pytest.mark.django_db
def test_page_chooser_shows_no_root(login):
    html = login("handboek-redacteur").get("/admin/choose-page/").content.decode()
    assert ROOT_TITLE in html
    assert ">Root<" not in html and "Root" not in html.replace("w-root", "")


@pytest.mark.django_db
def test_unpublishing_an_analysed_publication_tells_the_handbook_editors(
    chapter_with, login, django_capture_on_commit_callbacks
):
    publication = PublicationPage.objects.live().order_by("-pk").first()
    chapter = chapter_with(publication, "Hoofdstuk met een publicatie die verdwijnt")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publication.unpublish()
    [message] = mail.outbox
    assert message.subject == f"Handboek: '{publication.title}' staat niet meer op de site"
    assert sorted(message.to) == ["handboek-eindredacteur@example.org", "handboek-redacteur@example.org"]
    assert chapter.title in message.body and "niet meer gepubliceerd" in message.body
    assert f"/admin/pages/{chapter.pk}/edit/" in message.body

    html = login("handboek-redacteur").get("/admin/").content.decode()
    assert "Handboek: kapotte verwijzingen" in html
    assert chapter.title in html


@pytest.mark.django_db
def test_deleting_an_analysed_publication_tells_the_handbook_editors(
    chapter_with, django_capture_on_commit_callbacks
):
    publication = PublicationPage.objects.live().order_by("-pk").first()
    chapter_with(publication, "Hoofdstuk met een publicatie die wordt verwijderd")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publication.delete()
    assert [m.subject for m in mail.outbox] == [f"Handboek: '{publication.title}' staat niet meer op de site"]
    assert "niet meer gepubliceerd" in mail.outbox[0].body


def chapter_post(handbook, publication, title, **action):
    return nested_form_data(
        {
            "title": title,
            "slug": "hoofdstuk-met-kapotte-verwijzing",
            "phase": HandbookChapterPage.objects.first().phase_id,
            "intro": "Inleiding.",
            "body": streamfield(
                [
                    (
                        "publication_analysis",
                        {
                            "publication": publication.pk,
                            "analysis": rich_text("<p>Korte analyse.</p>"),
                            "meaning": rich_text("<p>Betekenis.</p>"),
                            "pull_quote": "",
                        },
                    )
                ]
            ),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
            **action,
        }
    )


@pytest.mark.django_db
def test_publishing_a_chapter_with_a_broken_reference_asks_first(login, handbook):
    gone = PublicationPage.objects.live().order_by("-pk").first()
    gone.unpublish()
    client = login("handboek-eindredacteur")
    url = reverse("wagtailadmin_pages:add", args=["handbook", "handbookchapterpage", handbook.pk])
    response = client.post(url, chapter_post(handbook, gone, "Nieuw hoofdstuk", **{"action-publish": "1"}))
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert "Publiceren bevestigen" in html and "Toch publiceren" in html
    chapter = HandbookChapterPage.objects.get(slug="hoofdstuk-met-kapotte-verwijzing")
    assert not chapter.live and chapter.latest_revision_id is not None  # saved as a draft

    response = client.post(reverse("handbook_confirm_publish", args=[chapter.pk, chapter.latest_revision_id]))
    assert response.status_code == 302
    chapter.refresh_from_db()
    assert chapter.live


@pytest.mark.django_db
def test_confirm_is_refused_without_publish_rights(login, handbook, chapter_with):
    publication = PublicationPage.objects.live().order_by("-pk").first()
    chapter = chapter_with(publication, "Hoofdstuk voor de rechtencontrole")
    chapter.title = "Nieuwe titel"
    revision = chapter.save_revision()
    response = login("handboek-redacteur").post(
        reverse("handbook_confirm_publish", args=[chapter.pk, revision.pk])
    )
    assert response.status_code in (302, 403)
    assert HandbookChapterPage.objects.get(pk=chapter.pk).title == "Hoofdstuk voor de rechtencontrole"


def test_handbook_page_exists_once(db):
    assert HandbookPage.objects.count() == 1
