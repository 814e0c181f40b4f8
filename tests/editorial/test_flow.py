"""The approval flow says what happened and where to go next (issue 15, point 4)."""

import html
import re

from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState

from offerings.models import PublicationPage
from tests.editorial.conftest import add_draft, add_live_with_draft, current_task_state, offering_data

DASHBOARD = reverse("wagtailadmin_home")


def unchanged_authors(page):
    """The authors formset as the editor shows it: the draft's own rows, with their ids.

    offering_data() posts the authors as new rows; in a workflow action that is an edit, and
    with WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT an edit restarts the approved step (the
    approval then "moved on" to the same step again). A reviewer who only clicks
    "Goedkeuren" posts the rows unchanged.
    """
    rows = list(page.get_latest_revision_as_object().authors.all())
    data = {
        "authors-TOTAL_FORMS": str(len(rows)),
        "authors-INITIAL_FORMS": str(len(rows)),
        "authors-MIN_NUM_FORMS": "0",
        "authors-MAX_NUM_FORMS": "1000",
    }
    for i, author in enumerate(rows):
        data.update(
            {
                f"authors-{i}-id": "" if author.pk is None else str(author.pk),
                f"authors-{i}-name": author.name,
                f"authors-{i}-ORDER": str(i + 1),
                f"authors-{i}-DELETE": "",
            }
        )
    return data


def edit_post(client, page, **action):
    """POST the editor form with the draft's authors unchanged (offering_data() alone would
    add its author as a new row on every post, an edit each time)."""
    page = PublicationPage.objects.get(pk=page.pk)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, offering_data(page.title, page.slug, **unchanged_authors(page), **action))


def workflow_post(client, page, name):
    """A workflow action in the editor without changing the page (as a reviewer does)."""
    return edit_post(client, page, **{"action-workflow-action": "1", "workflow-action-name": name})


def messages_of(response):
    """The messages this response added (not ones left over from earlier requests)."""
    return [str(message) for message in get_messages(response.wsgi_request)._queued_messages]


def test_each_step_says_what_happened_and_lands_on_the_dashboard(login, user):
    page = add_draft("VNG", "Stroomtest buurtgesprekken", user("vng-redacteur"))

    editor = login("vng-redacteur")
    response = edit_post(editor, page, **{"action-submit": "1"})
    assert response.status_code == 302 and response["Location"] == DASHBOARD
    [message] = messages_of(response)
    assert "doorgestuurd naar de stap 'Eindredactie VNG'" in message
    # Issue 26: the steps still to come, in order.
    assert "Daarna volgt nog: 'Coördinatiecheck nieuw aanbod'." in message
    assert "nog niet gepubliceerd" in message
    assert current_task_state(page).task.name == "Eindredactie VNG"

    final_editor = login("vng-eindredacteur")
    response = workflow_post(final_editor, page, "approve")
    assert response.status_code == 302 and response["Location"] == DASHBOARD
    [message] = messages_of(response)
    assert "U heeft 'Stroomtest buurtgesprekken' goedgekeurd" in message
    assert "volgende stap: 'Coördinatiecheck nieuw aanbod'" in message
    assert "gewijzigd" not in message
    assert current_task_state(page).task.name == "Coördinatiecheck nieuw aanbod"

    coordinator = login("coordinator")
    response = workflow_post(coordinator, page, "approve")
    assert response.status_code == 302 and response["Location"] == DASHBOARD
    [message] = messages_of(response)
    assert "Dit was de laatste stap: de pagina is gepubliceerd" in message
    page.refresh_from_db()
    assert page.live
    landing = coordinator.get(DASHBOARD)
    assert landing.status_code == 200
    assert "geen toegang" not in landing.content.decode()


def test_sending_back_says_who_gets_it(login, user):
    page = add_draft("VNG", "Stroomtest terugsturen", user("vng-redacteur"))
    edit_post(login("vng-redacteur"), page, **{"action-submit": "1"})
    final_editor = login("vng-eindredacteur")
    response = edit_post(
        final_editor,
        page,
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "reject",
            "workflow-action-extra-data": '{"comment": "Graag de bron toevoegen."}',
        },
    )
    assert response["Location"] == DASHBOARD
    [message] = messages_of(response)
    assert "teruggestuurd naar" in message and "Teruggestuurd naar u" in message
    state = WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_correction_of_live_offering_says_the_check_was_skipped(login, user):
    page = add_live_with_draft("VNG", "Stroomtest live", "Stroomtest live (herzien)", user("vng-redacteur"))
    edit_post(login("vng-redacteur"), page, **{"action-submit": "1"})
    page = PublicationPage.objects.get(pk=page.pk)
    response = workflow_post(login("vng-eindredacteur"), page, "approve")
    [message] = messages_of(response)
    assert "laatste stap (de stap 'Coördinatiecheck nieuw aanbod' was niet nodig)" in message
    assert "gepubliceerd" in message


def test_coordinator_approving_in_the_workflow_view_lands_on_a_page_it_can_open(login, user):
    """Wagtail's own workflow action view went to the page editor, which Coördinatie may not
    open once the page is published: 'Sorry, je hebt geen toegang tot dit gedeelte.'"""
    page = add_draft("VNG", "Stroomtest werkstroomscherm", user("vng-redacteur"))
    edit_post(login("vng-redacteur"), page, **{"action-submit": "1"})
    workflow_post(login("vng-eindredacteur"), page, "approve")
    coordinator = login("coordinator")
    state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    response = coordinator.post(url, follow=True)
    # Straight to the dashboard, not via an editor it may not open (and its error message).
    assert response.redirect_chain == [(DASHBOARD, 302)]
    assert response.status_code == 200
    assert "geen toegang" not in response.content.decode()
    page.refresh_from_db()
    assert page.live


def test_dashboard_lists_a_pending_item_once_and_offers_new_offering(login, user):
    page = add_draft("VNG", "Stroomtest dashboard", user("vng-redacteur"))
    edit_post(login("vng-redacteur"), page, **{"action-submit": "1"})
    final_editor = login("vng-eindredacteur")
    final_editor.cookies.pop("messages", None)  # the editor's message, not part of the lists
    html = final_editor.get(DASHBOARD).content.decode()
    assert html.count("Stroomtest dashboard") == 1
    assert "In afwachting van jouw beoordeling" not in html
    assert "Wacht op uw goedkeuring (1)" in html
    vng = page.get_parent()
    assert reverse("wagtailadmin_pages:add_subpage", args=[vng.pk]) in html
    assert "Nieuw aanbod" in html

    editor_html = login("vng-redacteur").get(DASHBOARD).content.decode()
    assert "Door u doorgestuurd, wacht op beoordeling (1)" in editor_html
    assert "wacht bij de stap 'Eindredactie VNG'" in editor_html

    # Coördinatie may not add pages: no "Nieuw aanbod" for it.
    assert "Nieuw aanbod" not in login("coordinator").get(DASHBOARD).content.decode()


def default_action(html):
    """The name of the footer's default (always visible) button: the first action in the
    footer, rendered before the "Meer acties" dropdown."""
    footer = html[html.rindex("<footer") :]
    names = re.findall(r'data-workflow-action-name="(\w+)"|name="(action-[\w-]+)"', footer)
    return [a or b for a, b in names][0]


def test_the_next_step_is_the_default_button(login, user):
    page = add_draft("VNG", "Stroomtest knoppen", user("vng-redacteur"))
    editor = login("vng-redacteur")
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert default_action(html) == "action-submit"
    # The button names the step it sends to, not the workflow (issue 26).
    assert "Stuur door naar Eindredactie VNG" in html and "Stuur door naar Redactie VNG" not in html

    edit_post(editor, page, **{"action-submit": "1"})
    html = login("vng-eindredacteur").get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert default_action(html) == "approve"


def test_new_form_has_no_autosave_warning(login):
    editor = login("vng-redacteur")
    vng = PublicationPage.objects.filter(partner__abbreviation="VNG").first().get_parent()
    response = editor.get(reverse("wagtailadmin_pages:add", args=["offerings", "publicationpage", vng.pk]))
    html = response.content.decode()
    assert response.context["autosave_enabled"] is False
    # The form does not autosave, so it never posts an incomplete draft and never shows
    # "Er zijn validatiefouten" before the editor saves.
    assert "w-autosave#save" not in html and "data-w-autosave-interval-value" not in html


def test_the_editor_says_why_a_page_waits_at_coordination(login, user):
    page = add_draft("VNG", "Stroomtest wachten", user("vng-redacteur"))
    edit_post(login("vng-redacteur"), page, **{"action-submit": "1"})
    workflow_post(login("vng-eindredacteur"), page, "approve")
    assert current_task_state(page).task.name == "Coördinatiecheck nieuw aanbod"
    response = login("vng-redacteur").get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    text = html.unescape(response.content.decode())
    assert "wacht op de stap 'Coördinatiecheck nieuw aanbod'" in text
    assert "nieuw aanbod gaat één keer langs Coördinatie" in text
