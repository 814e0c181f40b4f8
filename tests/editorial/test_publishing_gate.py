"""Issue 12 A: no route makes a new offering live without the Coördinatiecheck.

Every route is tried by VNG's eindredacteur (who may publish changes to live offerings):
the admin API publish, copy with keep_live, create_alias (then convert_alias), the HTML copy
form with "alias", scheduled publishing, revert, bulk publish. Each is refused and leaves the
database as it was; the legitimate routes (Coördinatie's approval, changes to live
offerings, draft copies) keep working.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Revision

from editorial.publishing import refusal_message
from offerings.models import OfferingPage, PublicationPage
from tests.editorial.conftest import (
    add_draft,
    add_live_with_draft,
    partner,
    snapshot,
    submit,
    workflow_action_url,
)

FINAL_EDITOR = "vng-eindredacteur"


def api_action(client, page, action, data=None):
    url = reverse("wagtailadmin_api:pages:action", args=[page.pk, action])
    return client.post(url, data or {}, content_type="application/json")


def tree_state():
    return (
        Page.objects.count(),
        sorted(Page.objects.filter(live=True).values_list("pk", flat=True)),
        list(Page.objects.order_by("pk").values_list("pk", "numchild")),
        Revision.objects.filter(approved_go_live_at__isnull=False).count(),
    )


@pytest.fixture
def vng_live(user):
    page = add_draft("VNG", "VNG goedgekeurd aanbod", user("vng-redacteur"))
    page.get_latest_revision().publish(skip_permission_checks=True)
    return PublicationPage.objects.get(pk=page.pk)


def test_admin_api_publish_of_new_offering_is_refused(login, user):
    page = add_draft("VNG", "Nooit goedgekeurd", user("vng-redacteur"))
    before = snapshot(page)
    response = api_action(login(FINAL_EDITOR), page, "publish")
    assert response.status_code == 403
    assert response.json()["message"] == refusal_message()
    page.refresh_from_db()
    assert not page.live and page.first_published_at is None
    assert snapshot(page) == before


def test_admin_api_copy_keep_live_is_refused(login, vng_live):
    before = tree_state()
    response = api_action(
        login(FINAL_EDITOR),
        vng_live,
        "copy",
        {
            "destination_page_id": partner("VNG").pk,
            "title": "Levende kopie",
            "slug": "levende-kopie",
            "keep_live": True,
        },
    )
    assert response.status_code == 403
    assert not Page.objects.filter(slug="levende-kopie").exists()
    assert tree_state() == before


def test_admin_api_copy_as_draft_still_works(login, vng_live):
    response = api_action(
        login(FINAL_EDITOR),
        vng_live,
        "copy",
        {"destination_page_id": partner("VNG").pk, "slug": "concept-kopie", "keep_live": False},
    )
    assert response.status_code == 201
    copy = PublicationPage.objects.get(slug="concept-kopie")
    assert not copy.live and copy.first_published_at is None


def test_admin_api_create_alias_is_refused(login, vng_live):
    before = tree_state()
    response = api_action(
        login(FINAL_EDITOR),
        vng_live,
        "create_alias",
        {"destination_page_id": partner("VNG").pk, "update_slug": "alias-van-aanbod"},
    )
    assert response.status_code == 403
    assert not Page.objects.filter(slug="alias-van-aanbod").exists()
    assert tree_state() == before


def test_html_copy_with_alias_is_refused(login, vng_live):
    before = tree_state()
    client = login(FINAL_EDITOR)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[vng_live.pk]),
        {
            "new_title": "Alias",
            "new_slug": "html-alias",
            "new_parent_page": partner("VNG").pk,
            "alias": "on",
        },
        follow=True,
    )
    assert not Page.objects.filter(slug="html-alias").exists()
    assert tree_state() == before
    assert escape(refusal_message()) in response.content.decode()


def test_converting_an_alias_never_gets_a_new_offering_live(login, user, vng_live):
    # Coördinatie (here: the admin) may place an alias; the partner converting it gets an
    # independent page with already approved content, which is allowed. A partner's own
    # alias never exists, so convert_alias is no route around the check.
    alias = vng_live.create_alias(parent=partner("VNG"), update_slug="alias-door-admin", user=user("admin"))
    response = api_action(login(FINAL_EDITOR), alias, "convert_alias")
    assert response.status_code == 200
    alias = Page.objects.get(pk=alias.pk)
    assert alias.alias_of_id is None and alias.live


def test_alias_of_unpublished_original_does_not_go_live_with_a_republish(login, user, vng_live):
    # An alias made while its original was offline is a new address: when the original
    # comes back online, only Coördinatie can bring the alias along.
    vng_live.unpublish()
    alias = vng_live.create_alias(parent=partner("VNG"), update_slug="stille-alias")
    assert not Page.objects.get(pk=alias.pk).live
    response = api_action(login(FINAL_EDITOR), PublicationPage.objects.get(pk=vng_live.pk), "publish")
    assert response.status_code == 403
    assert not Page.objects.get(pk=alias.pk).live


def test_scheduled_publish_of_new_offering_is_refused(login, user):
    page = add_draft("VNG", "Later live", user("vng-redacteur"))
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision(user=user("vng-redacteur"))
    response = api_action(login(FINAL_EDITOR), page, "publish")
    assert response.status_code == 403
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    assert not revisions.filter(approved_go_live_at__isnull=False).exists()
    call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=page.pk).live


def test_revert_with_publish_of_new_offering_is_refused(login, user):
    from tests.editorial.conftest import offering_data

    page = add_draft("VNG", "Terugzetten", user("vng-redacteur"))
    revision = page.get_latest_revision()
    client = login(FINAL_EDITOR)
    client.post(
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]),
        offering_data(page.title, page.slug, **{"action-publish": "1"}),
    )
    assert not Page.objects.get(pk=page.pk).live


def test_bulk_publish_of_new_offering_is_refused(login, user):
    page = add_draft("VNG", "Bulk live", user("vng-redacteur"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"
    login(FINAL_EDITOR).post(url, {})
    assert not Page.objects.get(pk=page.pk).live


def test_the_gate_itself_refuses_a_forged_publish_inside_a_request(rf, user):
    # Without any view hook: a publish through the model, while a partner's request is served.
    from editorial.publishing import CoordinationCheckRequired, PublishingGateMiddleware

    page = add_draft("VNG", "Model-publicatie", user("vng-redacteur"))

    def view(request):
        page.get_latest_revision().publish(user=request.user, skip_permission_checks=True)

    request = rf.post("/admin/iets/")
    request.user = user(FINAL_EDITOR)
    middleware = PublishingGateMiddleware(view)
    with pytest.raises(CoordinationCheckRequired):
        middleware(request)
    assert not Page.objects.get(pk=page.pk).live


def test_legitimate_routes_still_publish(login, user):
    # Coördinatie's approval publishes the new offering.
    page = add_draft("VNG", "Langs beide stappen", user("vng-redacteur"))
    submit(page, user("vng-redacteur"))
    login(FINAL_EDITOR).post(workflow_action_url(page, "approve"))
    assert not Page.objects.get(pk=page.pk).live
    login("coordinator").post(workflow_action_url(page, "approve"))
    assert Page.objects.get(pk=page.pk).live
    # The eindredactie publishes a change to a live offering through the admin API.
    live = add_live_with_draft("VNG", "Live aanbod", "Live aanbod, nieuwe titel", user("vng-redacteur"))
    assert api_action(login(FINAL_EDITOR), live, "publish").status_code == 200
    assert OfferingPage.objects.get(pk=live.pk).title == "Live aanbod, nieuwe titel"
