"""A user of partner A can do nothing to a page of partner B.

Every admin HTML view and JSON endpoint that acts on a page is tried by A's editor and A's
final editor against B's pages (live with a pending draft, never published, and in
review). Each must answer 403/404 or send the user to the login or permission-denied page,
and the database must be exactly as before: revisions, live state, tree, locks, workflow.
"""

import pytest
from django.urls import reverse
from wagtail.models import TaskState

from tests.editorial.conftest import A, add_draft, assert_refused, partner, snapshot
from tests.offerings.post_data import bibliography

A_USERS = ["vng-redacteur", "vng-eindredacteur"]
SECRET_MARKERS = ["KIS geheime concepttitel", "KIS geheim nieuw concept", "KIS aanbod in beoordeling"]


def page_form(page, **extra):
    return {
        "title": "Overgenomen door A",
        "slug": page.slug,
        "summary": "Gewijzigd door een andere partner.",
        "form": page.form_id,
        **bibliography(authors=["A"]),
        "external_url": "https://example.org/a",
        "themes": [t.pk for t in page.themes.all()],
        "audiences": [a.pk for a in page.audiences.all()],
        "cost": page.cost,
        "language": page.language,
        "region": page.region,
        "body-count": "0",
        **extra,
    }


def html_requests(page):
    """(label, method, url, data) for every admin HTML view that acts on one page."""
    pk = page.pk
    latest = page.get_latest_revision()
    a_section = partner(A).pk
    edit = reverse("wagtailadmin_pages:edit", args=[pk])
    return [
        ("edit form", "get", edit, None),
        ("save draft", "post", edit, page_form(page)),
        ("submit", "post", edit, page_form(page, **{"action-submit": "1"})),
        ("publish", "post", edit, page_form(page, **{"action-publish": "1"})),
        ("unpublish form", "get", reverse("wagtailadmin_pages:unpublish", args=[pk]), None),
        ("unpublish", "post", reverse("wagtailadmin_pages:unpublish", args=[pk]), {}),
        ("move chooser", "get", reverse("wagtailadmin_pages:move", args=[pk]), None),
        ("move", "post", reverse("wagtailadmin_pages:move_confirm", args=[pk, a_section]), {}),
        ("copy form", "get", reverse("wagtailadmin_pages:copy", args=[pk]), None),
        (
            "copy",
            "post",
            reverse("wagtailadmin_pages:copy", args=[pk]),
            {"new_title": "Kopie", "new_slug": "kopie-door-a", "new_parent_page": a_section},
        ),
        ("delete form", "get", reverse("wagtailadmin_pages:delete", args=[pk]), None),
        ("delete", "post", reverse("wagtailadmin_pages:delete", args=[pk]), {}),
        (
            "revisions compare",
            "get",
            reverse("wagtailadmin_pages:revisions_compare", args=[pk, "earliest", "latest"]),
            None,
        ),
        ("revision view", "get", reverse("wagtailadmin_pages:revisions_view", args=[pk, latest.pk]), None),
        ("revert form", "get", reverse("wagtailadmin_pages:revisions_revert", args=[pk, latest.pk]), None),
        (
            "revert",
            "post",
            reverse("wagtailadmin_pages:revisions_revert", args=[pk, latest.pk]),
            page_form(page, **{"action-publish": "1"}),
        ),
        ("preview", "get", reverse("wagtailadmin_pages:preview_on_edit", args=[pk]), None),
        ("preview post", "post", reverse("wagtailadmin_pages:preview_on_edit", args=[pk]), page_form(page)),
        ("view draft", "get", reverse("wagtailadmin_pages:view_draft", args=[pk]), None),
        ("lock", "post", reverse("wagtailadmin_pages:lock", args=[pk]), {}),
        ("unlock", "post", reverse("wagtailadmin_pages:unlock", args=[pk]), {}),
        (
            "privacy",
            "post",
            reverse("wagtailadmin_pages:set_privacy", args=[pk]),
            {"restriction_type": "login"},
        ),
        ("history", "get", reverse("wagtailadmin_pages:history", args=[pk]), None),
        ("workflow history", "get", reverse("wagtailadmin_pages:workflow_history", args=[pk]), None),
        ("usage", "get", reverse("wagtailadmin_pages:usage", args=[pk]), None),
    ]


def api_requests(page):
    pk = page.pk
    a_section = partner(A).pk
    latest = page.get_latest_revision()

    def action(name):
        return reverse("wagtailadmin_api:pages:action", args=[pk, name])

    return [
        ("api detail", "get", reverse("wagtailadmin_api:pages:detail", args=[pk]), None),
        ("api copy", "post", action("copy"), {"destination_page_id": a_section}),
        ("api move", "post", action("move"), {"destination_page_id": a_section}),
        ("api delete", "post", action("delete"), {}),
        ("api publish", "post", action("publish"), {}),
        ("api unpublish", "post", action("unpublish"), {}),
        ("api revert", "post", action("revert_to_page_revision"), {"revision_id": latest.pk}),
    ]


def run(client, method, url, data, json=False):
    if method == "get":
        return client.get(url)
    if json:
        return client.post(url, data, content_type="application/json")
    return client.post(url, data)


@pytest.mark.parametrize("username", A_USERS)
@pytest.mark.parametrize("fixture", ["b_live", "b_draft", "b_in_review"])
def test_html_views_refuse_other_partners_page(request, login, username, fixture):
    page = request.getfixturevalue(fixture)
    client = login(username)
    before = snapshot(page)
    for label, method, url, data in html_requests(page):
        response = run(client, method, url, data)
        assert_refused(response, label)
        assert snapshot(page) == before, f"{label} changed the database"


@pytest.mark.parametrize("username", A_USERS)
@pytest.mark.parametrize("fixture", ["b_live", "b_draft", "b_in_review"])
def test_admin_api_refuses_other_partners_page(request, login, username, fixture):
    page = request.getfixturevalue(fixture)
    client = login(username)
    before = snapshot(page)
    requests = api_requests(page)
    assert requests
    for label, method, url, data in requests:
        response = run(client, method, url, data, json=True)
        assert response.status_code in (403, 404), f"{label}: {response.status_code}"
        assert snapshot(page) == before, f"{label} changed the database"


@pytest.mark.parametrize("username", A_USERS)
@pytest.mark.parametrize("action", ["approve", "reject"])
def test_workflow_actions_refused_on_other_partners_review(login, b_in_review, username, action):
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(b_in_review.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    client = login(username)
    before = snapshot(b_in_review)
    url = reverse("wagtailadmin_pages:workflow_action", args=[b_in_review.pk, action, task_state.pk])
    response = client.post(url, {"comment": "door A"})
    assert_refused(response)
    preview = reverse("wagtailadmin_pages:workflow_preview", args=[b_in_review.pk, task_state.task_id])
    assert_refused(client.get(preview))
    assert snapshot(b_in_review) == before


@pytest.mark.parametrize("username", A_USERS)
def test_cannot_add_pages_in_other_partners_section(login, username):
    from offerings.models import PublicationPage

    client = login(username)
    b_section = partner("KIS")
    count = PublicationPage.objects.child_of(b_section).count()
    url = reverse("wagtailadmin_pages:add", args=["offerings", "publicationpage", b_section.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"title": "Ingeslopen", "slug": "ingeslopen", "action-publish": "1"}))
    assert_refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=[b_section.pk])))
    assert PublicationPage.objects.child_of(b_section).count() == count


@pytest.mark.parametrize("username", A_USERS)
def test_other_partners_page_details_are_not_editable(login, username):
    b_section = partner("KIS")
    client = login(username)
    before = snapshot(b_section)
    edit = reverse("wagtailadmin_pages:edit", args=[b_section.pk])
    for label, method, url, data in [
        ("edit form", "get", edit, None),
        ("edit partner", "post", edit, {"title": "x", "abbreviation": "KIS", "description": "x"}),
        ("submit partner", "post", edit, {"title": "x", "abbreviation": "KIS", "action-submit": "1"}),
        ("lock partner", "post", reverse("wagtailadmin_pages:lock", args=[b_section.pk]), {}),
    ]:
        assert_refused(run(client, method, url, data), label)
    assert snapshot(b_section) == before


@pytest.mark.parametrize("username", A_USERS)
def test_admin_api_listing_and_search_do_not_show_other_partners_drafts(
    login, username, b_live, b_draft, b_in_review
):
    client = login(username)
    kis = partner("KIS")
    responses = [
        client.get(reverse("wagtailadmin_api:pages:listing"), {"child_of": kis.pk}),
        client.get(reverse("wagtailadmin_api:pages:listing"), {"descendant_of": kis.pk}),
        client.get(reverse("wagtailadmin_api:pages:listing"), {"search": "KIS"}),
        client.get(reverse("wagtailadmin_api:pages:listing"), {"fields": "title,draft_title"}),
        client.get(reverse("wagtailadmin_pages:search"), {"q": "KIS"}),
        client.get(reverse("wagtailadmin_pages:search_results"), {"q": "geheim"}),
        client.get(reverse("wagtailadmin_choose_page_search"), {"q": "KIS"}),
        client.get(reverse("wagtailadmin_choose_page_search"), {"q": "geheim"}),
        client.get(reverse("wagtailadmin_choose_page_child", args=[kis.pk])),
        client.get(reverse("wagtailadmin_explore", args=[kis.pk])),
        client.get(reverse("wagtailadmin_home")),
    ]
    for response in responses:
        assert response.status_code in (200, 302, 400, 403, 404)
        body = response.content.decode()
        for marker in SECRET_MARKERS:
            assert marker not in body, f"{marker} leaked via {response.request['PATH_INFO']}"


def test_page_chooser_still_offers_other_partners_live_pages(login):
    # Linking to another partner's published offering is fine; only drafts stay hidden.
    from offerings.models import OfferingPage

    live = OfferingPage.objects.live().filter(partner__abbreviation="KIS").first()
    client = login("vng-redacteur")
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[partner("KIS").pk]))
    assert response.status_code == 200
    assert live.title in response.content.decode()


@pytest.mark.parametrize("username", A_USERS)
def test_choosers_do_not_offer_other_partners_files(login, username, b_document, b_image):
    client = login(username)
    for url in (
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose_results") + "?q=KIS",
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:choose_results") + "?q=KIS",
        reverse("wagtailadmin_api:documents:listing"),
        reverse("wagtailadmin_api:images:listing"),
    ):
        response = client.get(url)
        body = response.content.decode()
        assert "KIS intern document" not in body and "KIS interne afbeelding" not in body, url


@pytest.mark.parametrize("username", A_USERS)
def test_choosing_other_partners_file_by_id_is_refused(login, username, b_document, b_image):
    client = login(username)
    for url in (
        reverse("wagtaildocs_chooser:chosen", args=[b_document.pk]),
        reverse("wagtailimages_chooser:chosen", args=[b_image.pk]),
        reverse("wagtailimages_chooser:select_format", args=[b_image.pk]),
        reverse("wagtailadmin_api:documents:detail", args=[b_document.pk]),
        reverse("wagtailadmin_api:images:detail", args=[b_image.pk]),
        reverse("wagtaildocs:edit", args=[b_document.pk]),
        reverse("wagtailimages:edit", args=[b_image.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), f"{url}: {response.status_code}"
        if response.status_code == 302:
            assert_refused(response)


def test_wagtail_is_pinned_past_the_pages_api_draft_leak():
    # Wagtail < 7.4.3 let the admin pages API return draft fields to users without rights.
    from pathlib import Path

    import wagtail

    assert wagtail.VERSION[:3] >= (7, 4, 4)
    requirements = (Path(__file__).resolve().parents[2] / "requirements.txt").read_text()
    pinned = [line for line in requirements.splitlines() if line.startswith("wagtail==")]
    assert pinned and tuple(int(p) for p in pinned[0].split("==")[1].split(".")[:3]) >= (7, 4, 4)


def test_page_chooser_filter_does_not_grow_with_the_number_of_pages(user, rf, b_live, b_draft):
    # The visible set is a subquery, not a parameter per live page (SQLite allows 100,000
    # bound parameters; PostgreSQL 65,535), and the search backend can still apply it.
    from wagtail.models import Page

    from editorial.wagtail_hooks import hide_other_sections_drafts

    own = add_draft(A, "VNG eigen concept", user("vng-redacteur"))
    request = rf.get("/")
    request.user = user("vng-redacteur")
    pages = hide_other_sections_drafts(Page.objects.all(), request)
    _, params = pages.query.sql_with_params()
    assert Page.objects.filter(live=True).count() > 50
    assert len(params) < 20
    visible = set(pages.values_list("pk", flat=True))
    assert own.pk in visible
    assert b_draft.pk not in visible and b_live.pk not in visible
    assert Page.objects.live().exclude(pk=b_live.pk).filter(pk__in=visible).count() == (
        Page.objects.live().exclude(pk=b_live.pk).count()
    )
    found = {page.pk for page in pages.search("concept")}
    assert own.pk in found and b_draft.pk not in found
