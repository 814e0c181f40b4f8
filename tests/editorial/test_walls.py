"""Issue 12 B, case by case: the admin responses that showed another partner's drafts, file
tags, review item history or workflow task (the walker in test_admin_walls.py covers every
URL pattern; these name the reported ones)."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from editorial.provisioning import partner_collection
from review.models import ReviewItem
from tests.editorial.conftest import partner, png_bytes

A_USERS = ["vng-redacteur", "vng-eindredacteur"]
DRAFT_TITLES = ["KIS geheime concepttitel", "KIS aanbod in beoordeling", "KIS geheim nieuw concept"]


def page_urls(page):
    return [
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, partner("VNG").pk]),
        reverse("wagtailadmin_pages:move_confirm", args=[partner("VNG").pk, page.pk]),
        reverse("wagtailadmin_choose_page_child", args=[page.pk]),
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={page.pk}",
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={page.pk}",
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}",
        reverse("wagtailadmin_reports:page_types_usage"),
        reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[page.pk]),
    ]


@pytest.mark.parametrize("username", A_USERS)
@pytest.mark.parametrize("fixture", ["b_live", "b_draft", "b_in_review"])
def test_other_partners_draft_titles_do_not_appear(request, login, username, fixture):
    page = request.getfixturevalue(fixture)
    client = login(username)
    for url in page_urls(page):
        response = client.get(url)
        body = response.content.decode()
        for title in DRAFT_TITLES:
            assert title not in body, f"{title} in {url}"


def test_own_drafts_and_other_partners_live_pages_stay_choosable(login, user, b_live):
    from tests.editorial.conftest import add_draft

    own = add_draft("VNG", "VNG eigen concept", user("vng-redacteur"))
    client = login("vng-redacteur")
    response = client.get(reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={own.pk}")
    assert "VNG eigen concept" in response.content.decode()
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[partner("KIS").pk]))
    assert response.status_code == 200
    assert escape(partner("KIS").title) in response.content.decode()


@pytest.fixture
def kis_tagged_files():
    collection = partner_collection(partner("KIS"))
    document = get_document_model().objects.create(
        title="KIS document", file=ContentFile(b"%PDF-1.4", name="kis.pdf"), collection=collection
    )
    document.tags.add("kisgeheimlabel")
    image = get_image_model().objects.create(
        title="KIS afbeelding", file=ContentFile(png_bytes(), name="kis.png"), collection=collection
    )
    image.tags.add("kisgeheimlabel")
    own = get_image_model().objects.create(
        title="VNG afbeelding",
        file=ContentFile(png_bytes(), name="vng.png"),
        collection=partner_collection(partner("VNG")),
    )
    own.tags.add("kiosk-vng")
    return document, image


@pytest.mark.parametrize("username", A_USERS)
def test_other_partners_file_tags_are_not_offered(login, username, kis_tagged_files):
    client = login(username)
    suggestions = client.get(reverse("wagtailadmin_tag_autocomplete"), {"term": "ki"}).json()
    assert suggestions == ["kiosk-vng"]
    for url in (
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailimages_chooser:choose"),
    ):
        assert "kisgeheimlabel" not in client.get(url).content.decode(), url
    assert "kiosk-vng" in client.get(reverse("wagtailimages:index")).content.decode()


def test_coordinator_still_sees_every_tag(login, kis_tagged_files):
    suggestions = login("coordinator").get(reverse("wagtailadmin_tag_autocomplete"), {"term": "kis"}).json()
    assert "kisgeheimlabel" in suggestions


@pytest.mark.parametrize("username", A_USERS)
def test_other_partners_review_item_history_is_refused(login, username):
    item = ReviewItem.objects.filter(partner=partner("KIS")).first()
    own = ReviewItem.objects.filter(partner=partner("VNG")).first()
    client = login(username)
    response = client.get(f"/admin/review/reviewitem/history/{item.pk}/")
    assert response.status_code in (302, 403)
    assert item.offering_title not in response.content.decode()
    assert client.get(f"/admin/review/reviewitem/history/{own.pk}/").status_code == 200


def test_workflow_cancellation_confirm_of_a_live_page_in_review_is_refused(login, user):
    # A live KIS page without a new title, in review: visible as a page, but its workflow
    # (which task it waits at) is KIS's business.
    from tests.editorial.conftest import add_draft, submit

    page = add_draft("KIS", "KIS openbaar aanbod", user("kis-redacteur"))
    page.get_latest_revision().publish(skip_permission_checks=True)
    page.summary = "Gewijzigde samenvatting"
    page.save_revision(user=user("kis-redacteur"))
    submit(page, user("kis-redacteur"))
    response = login("vng-eindredacteur").get(
        reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[page.pk])
    )
    assert response.status_code == 404
    assert "Eindredactie KIS" not in response.content.decode()
