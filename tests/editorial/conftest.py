"""Fixtures for the editorial tests: offerings in various states, files per collection,
and a snapshot of everything an admin action could change about a page."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from editorial.provisioning import partner_collection
from offerings.dates import PartialDate
from offerings.models import PublicationAuthor, PublicationPage
from partners.models import PartnerPage
from taxonomy.kinds import Kind
from taxonomy.models import Audience, Form, Theme
from tests.offerings.post_data import bibliography

A = "VNG"  # the acting partner in the isolation tests
B = "KIS"  # the other partner


def partner(abbreviation):
    return PartnerPage.objects.get(abbreviation=abbreviation)


def build_publication(title, **overrides):
    page = PublicationPage(
        title=title,
        summary="Demo-inhoud: testpublicatie voor de redactiewerkstroom.",
        form=Form.objects.filter(kind=Kind.PUBLICATION).first(),
        published=PartialDate("2026-01-15"),
        authors=[PublicationAuthor(name="Demo-auteur")],
        external_url="https://example.org/demo/publicatie",
        **overrides,
    )
    page.themes = list(Theme.objects.all()[:1])
    page.audiences = list(Audience.objects.all()[:1])
    return page


def add_draft(abbreviation, title, user):
    """A new offering, never published, with one revision by user."""
    page = build_publication(title, owner=user, live=False)
    partner(abbreviation).add_child(instance=page)
    page.save_revision(user=user)
    return PublicationPage.objects.get(pk=page.pk)


def add_live_with_draft(abbreviation, title, draft_title, user):
    """A live offering with a newer unpublished revision that renames it."""
    page = add_draft(abbreviation, title, user)
    page.get_latest_revision().publish(user=user, skip_permission_checks=True)
    page = PublicationPage.objects.get(pk=page.pk)
    page.title = draft_title
    page.save_revision(user=user)
    return PublicationPage.objects.get(pk=page.pk)


def submit(page, user):
    """Submit the latest revision to the page's workflow, as the editor would."""
    page = page.specific
    workflow = page.get_workflow()
    return workflow.start(page, user)


@pytest.fixture
def user(django_user_model):
    return lambda username: django_user_model.objects.get(username=username)


@pytest.fixture
def b_live(user):
    return add_live_with_draft(B, "KIS live aanbod", "KIS geheime concepttitel", user("kis-redacteur"))


@pytest.fixture
def b_draft(user):
    return add_draft(B, "KIS geheim nieuw concept", user("kis-redacteur"))


@pytest.fixture
def b_in_review(user):
    page = add_draft(B, "KIS aanbod in beoordeling", user("kis-redacteur"))
    submit(page, user("kis-redacteur"))
    return PublicationPage.objects.get(pk=page.pk)


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def b_document():
    Document = get_document_model()
    return Document.objects.create(
        title="KIS intern document",
        file=ContentFile(b"%PDF-1.4 demo", name="kis-intern.pdf"),
        collection=partner_collection(partner(B)),
    )


@pytest.fixture
def b_image():
    Image = get_image_model()
    return Image.objects.create(
        title="KIS interne afbeelding",
        file=ImageFile(io.BytesIO(png_bytes()), name="kis-intern.png"),
        collection=partner_collection(partner(B)),
    )


def snapshot(page):
    """Everything about a page (and the tree) an admin action could change."""
    page = Page.objects.get(pk=page.pk)
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    workflow_states = WorkflowState.objects.filter(base_content_type__model="page", object_id=str(page.pk))
    return {
        "title": page.title,
        "draft_title": page.draft_title,
        "live": page.live,
        "has_unpublished_changes": page.has_unpublished_changes,
        "live_revision": page.live_revision_id,
        "latest_revision": page.latest_revision_id,
        "revisions": list(revisions.order_by("pk").values_list("pk", "content")),
        "path": page.path,
        "url_path": page.url_path,
        "locked": (page.locked, page.locked_by_id),
        "owner": page.owner_id,
        "workflow_states": list(workflow_states.values_list("pk", "status")),
        "task_states": list(
            TaskState.objects.filter(workflow_state__in=workflow_states).values_list("pk", "status")
        ),
        "log_entries": PageLogEntry.objects.filter(page_id=page.pk).count(),
        "pages_in_tree": Page.objects.count(),
        "view_restrictions": page.view_restrictions.count(),
    }


def offering_data(title, slug, **extra):
    """POST data of the admin form for a publication (create or edit view)."""
    return {
        "title": title,
        "slug": slug,
        "summary": "Demo-inhoud: aanbod voor de werkstroomtest.",
        "form": Form.objects.filter(kind=Kind.PUBLICATION).first().pk,
        **bibliography(),
        "external_url": "https://example.org/demo",
        "themes": [Theme.objects.first().pk],
        "audiences": [Audience.objects.first().pk],
        "cost": "gratis",
        "language": "nl",
        "region": "landelijk",
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        **extra,
    }


def current_task_state(page):
    return TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    ).first()


def workflow_action_url(page, action):
    from django.urls import reverse

    state = current_task_state(page)
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])


def assert_refused(response, label=""):
    if response.status_code in (403, 404, 405):
        return
    assert response.status_code == 302, f"{label}: status {response.status_code}"
    location = response["Location"]
    # Wagtail's permission_denied() sends the user to the dashboard with an error message.
    assert location == reverse("wagtailadmin_home") or location.startswith(reverse("wagtailadmin_login")), (
        f"{label}: {location}"
    )
