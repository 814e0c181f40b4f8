"""Every item action through the admin URLs: who may do what, what it records, and what
happens to the offering page."""

import pytest
from django.core import mail
from wagtail.models import Page, PageLogEntry, Revision

from offerings.models import OfferingPage
from review.history import CHECKED
from review.models import ActionKind, ItemStatus, ReviewAction, ReviewItem
from tests.review.conftest import assert_refused, item_url


def snapshot(item):
    item = ReviewItem.objects.get(pk=item.pk)
    page = OfferingPage.objects.get(pk=item.offering_id)
    return (
        item.status,
        item.acted_at,
        item.acted_by_id,
        item.note,
        item.actions.count(),
        page.live,
        page.last_reviewed_at,
        Revision.objects.filter(object_id=str(page.pk)).count(),
    )


@pytest.mark.django_db
def test_demo_round_has_items_in_every_state(demo_round):
    statuses = set(demo_round.items.values_list("status", flat=True))
    # "niet bevestigd" only comes with closing a round (tests/review/test_round_closing.py).
    assert statuses == set(ItemStatus.values) - {ItemStatus.NOT_CONFIRMED}


@pytest.mark.django_db
def test_confirm_sets_last_reviewed_without_new_revision(login, open_item, django_user_model):
    item = open_item("VNG")
    revisions = Revision.objects.count()
    client = login("vng-redacteur")
    response = client.post(item_url("confirm", item), {"note": "Klopt nog."})
    assert response.status_code == 302
    item.refresh_from_db()
    page = OfferingPage.objects.get(pk=item.offering_id)
    assert item.status == ItemStatus.CONFIRMED
    assert item.acted_by.username == "vng-redacteur" and item.note == "Klopt nog."
    assert page.last_reviewed_at == item.acted_at
    assert Revision.objects.count() == revisions
    # The page's history says so (review/history.py), in the editor's name.
    entry = PageLogEntry.objects.filter(page_id=page.pk).order_by("-pk").first()
    assert (entry.action, entry.user.username) == (CHECKED, "vng-redacteur")
    action = item.actions.get()
    assert (action.kind, action.user.username, action.note) == (
        ActionKind.CONFIRMED,
        "vng-redacteur",
        "Klopt nog.",
    )


@pytest.mark.django_db
def test_update_opens_editor_and_completes_on_publish(login, open_item, django_user_model):
    item = open_item("VNG")
    client = login("vng-redacteur")
    response = client.post(item_url("update", item), {"note": "Nieuwe datum."})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{item.offering_id}/edit/"
    item.refresh_from_db()
    assert item.status == ItemStatus.UPDATING
    page = OfferingPage.objects.get(pk=item.offering_id).specific
    before = page.last_reviewed_at
    page.summary = page.summary + " Bijgewerkt."
    final_editor = django_user_model.objects.get(username="vng-eindredacteur")
    page.save_revision(user=django_user_model.objects.get(username="vng-redacteur")).publish(
        user=final_editor
    )
    item.refresh_from_db()
    assert item.status == ItemStatus.UPDATED
    assert item.acted_by.username == "vng-redacteur"  # author of the published revision
    assert list(item.actions.values_list("kind", flat=True)) == [
        ActionKind.UPDATE_STARTED,
        ActionKind.UPDATE_PUBLISHED,
    ]
    page.refresh_from_db()
    assert page.last_reviewed_at and page.last_reviewed_at != before


@pytest.mark.django_db
def test_publishing_without_starting_update_leaves_item_open(open_item, django_user_model):
    item = open_item("VNG")
    page = OfferingPage.objects.get(pk=item.offering_id).specific
    page.save_revision().publish()
    item.refresh_from_db()
    assert item.status == ItemStatus.OPEN


@pytest.mark.django_db
def test_editor_withdraw_is_a_request_confirmed_by_final_editors(login, open_item):
    item = open_item("VNG")
    mail.outbox.clear()
    client = login("vng-redacteur")
    response = client.post(item_url("withdraw", item), {"note": "Vervangen."})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ItemStatus.WITHDRAW_REQUESTED
    assert OfferingPage.objects.get(pk=item.offering_id).live  # nothing happens without eindredactie

    # The redacteur cannot confirm their own request.
    assert_refused(client.post(item_url("withdraw_confirm", item)))
    item.refresh_from_db()
    assert item.status == ItemStatus.WITHDRAW_REQUESTED

    client = login("vng-eindredacteur")
    response = client.post(item_url("withdraw_confirm", item), {"note": "Akkoord."})
    assert response.status_code == 302
    item.refresh_from_db()
    page = Page.objects.get(pk=item.offering_id)  # still exists: nothing is deleted
    assert not page.live
    assert item.status == ItemStatus.WITHDRAWN and item.acted_by.username == "vng-eindredacteur"
    assert list(item.actions.values_list("kind", "user__username", "note")) == [
        (ActionKind.WITHDRAW_REQUESTED, "vng-redacteur", "Vervangen."),
        (ActionKind.WITHDRAWN, "vng-eindredacteur", "Akkoord."),
    ]


@pytest.mark.django_db(transaction=False)
def test_withdraw_request_mails_the_final_editors(
    open_item, django_user_model, django_capture_on_commit_callbacks
):
    from review import services

    item = open_item("VNG")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(item, django_user_model.objects.get(username="vng-redacteur"), "Vervangen.")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["vng-eindredacteur@example.org"]
    assert item.offering_title in mail.outbox[0].subject
    assert f"/admin/review/reviewitem/withdraw_confirm/{item.pk}/" in mail.outbox[0].body


@pytest.mark.django_db
def test_final_editor_can_reject_a_withdraw_request(login, demo_round):
    item = demo_round.items.get(status=ItemStatus.WITHDRAW_REQUESTED)
    client = login(f"{item.partner.abbreviation.lower()}-eindredacteur")
    response = client.post(item_url("withdraw_reject", item), {"note": "Blijft staan."})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ItemStatus.OPEN
    assert OfferingPage.objects.get(pk=item.offering_id).live


@pytest.mark.django_db
def test_final_editor_withdraws_directly(login, open_item):
    item = open_item("BZK")
    client = login("bzk-eindredacteur")
    response = client.post(item_url("withdraw", item), {"note": ""})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ItemStatus.WITHDRAWN
    assert not Page.objects.get(pk=item.offering_id).live
    assert item.actions.get().kind == ActionKind.WITHDRAWN


@pytest.mark.django_db
def test_unpublishing_through_the_page_menu_withdraws_the_item(open_item, django_user_model):
    item = open_item("KIS")
    OfferingPage.objects.get(pk=item.offering_id).specific.unpublish()
    item.refresh_from_db()
    assert item.status == ItemStatus.WITHDRAWN


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["confirm", "update", "withdraw", "withdraw_confirm", "withdraw_reject"])
@pytest.mark.parametrize("username", ["bzk-redacteur", "bzk-eindredacteur", "coordinator"])
def test_other_partners_cannot_act(login, open_item, demo_round, action, username):
    vng_items = [open_item("VNG"), demo_round.items.filter(partner__abbreviation="VNG").first()]
    requested = demo_round.items.filter(
        status=ItemStatus.WITHDRAW_REQUESTED, partner__abbreviation="VNG"
    ).first()
    client = login(username)
    for item in [*vng_items, requested]:
        before = snapshot(item)
        assert_refused(client.get(item_url(action, item)))
        assert_refused(client.post(item_url(action, item), {"note": "x"}))
        assert snapshot(item) == before


@pytest.mark.django_db
def test_other_partners_do_not_see_items(login, open_item):
    vng_item = open_item("VNG")
    client = login("bzk-redacteur")
    assert_refused(client.get(item_url("inspect", vng_item)))
    listing = client.get("/admin/review/reviewitem/").content.decode()
    assert vng_item.offering_title not in listing
    assert open_item("BZK").offering_title in listing


@pytest.mark.django_db
def test_outsider_without_role_is_refused(client, django_user_model, open_item):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("buiten", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert_refused(client.get("/admin/review/reviewitem/"))
    assert_refused(client.post(item_url("confirm", open_item()), {}))


@pytest.mark.django_db
def test_action_on_done_item_is_refused_with_message(login, demo_round):
    item = demo_round.items.filter(status=ItemStatus.CONFIRMED, partner__abbreviation="VNG").first()
    before = snapshot(item)
    client = login("vng-redacteur")
    response = client.post(item_url("withdraw", item), {"note": ""}, follow=True)
    assert "het item heeft de status" in response.content.decode()
    assert snapshot(item) == before
    response = client.get(item_url("confirm", item), follow=True)
    assert "het item heeft de status" in response.content.decode()


@pytest.mark.django_db
def test_too_long_note_is_refused(login, open_item):
    item = open_item("VNG")
    before = snapshot(item)
    response = login("vng-redacteur").post(item_url("confirm", item), {"note": "x" * 2001})
    assert response.status_code == 200
    assert "maximaal 2000" in response.content.decode() or "2000" in response.content.decode()
    errors = response.context["form"].errors["note"]
    assert errors and "2001" in errors[0]
    assert "nu 2001" in response.content.decode()
    assert snapshot(item) == before


@pytest.mark.django_db
def test_unknown_item_is_404(login):
    assert not ReviewItem.objects.filter(pk=999999).exists()
    actions = ReviewAction.objects.count()
    client = login("vng-redacteur")
    assert client.get("/admin/review/reviewitem/confirm/999999/").status_code == 404
    assert client.post("/admin/review/reviewitem/confirm/999999/", {"note": "x"}).status_code == 404
    assert ReviewAction.objects.count() == actions


@pytest.mark.django_db
def test_action_buttons_follow_role_and_state(login, demo_round):
    requested = demo_round.items.get(status=ItemStatus.WITHDRAW_REQUESTED)
    url = (
        f"/admin/review/reviewitem/?review_round__id__exact={demo_round.pk}&status__exact={requested.status}"
    )
    editor_page = login("vng-redacteur").get(url).content.decode()
    assert "Intrekking bevestigen" not in editor_page
    final_page = login("vng-eindredacteur").get(url).content.decode()
    assert item_url("withdraw_confirm", requested) in final_page
    assert ReviewAction.objects.filter(item=requested).exists()
