"""Issue 12 E: the admin never loses data silently and never answers with a server error.

A save from a stale form is refused with who changed what; a taxonomy term in use cannot be
deleted (single and bulk), and says where it is used (also a protected Vorm); deleting a
partner page that review items depend on is refused with a message on the HTML view, the
admin API and bulk delete.
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from offerings.models import OfferingPage, PublicationPage
from partners.models import PartnerPage
from taxonomy.models import Form, Theme
from tests.editorial.conftest import add_draft, offering_data


def messages_of(response):
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def form_loaded_from(revision, **extra):
    return {
        "loaded_revision_id": str(revision.pk),
        "loaded_revision_created_at": revision.created_at.isoformat(),
        **extra,
    }


def test_save_from_a_stale_form_is_refused_with_who_changed_what(login, user):
    page = add_draft("VNG", "Gedeeld concept", user("vng-redacteur"))
    loaded = page.get_latest_revision()
    # The eindredacteur saves a newer revision meanwhile (another tab, another person).
    newer = PublicationPage.objects.get(pk=page.pk)
    newer.title = "Gedeeld concept, door eindredactie"
    newer.summary = "Nieuwe samenvatting van de eindredactie."
    newest = newer.save_revision(user=user("vng-eindredacteur"))

    client = login("vng-redacteur")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        offering_data("Mijn oude versie", page.slug, **form_loaded_from(loaded)),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.latest_revision_id == newest.pk
    assert page.get_latest_revision().as_object().title == "Gedeeld concept, door eindredactie"
    message = messages_of(response)
    assert "Niet opgeslagen" in message and "vng-eindredacteur" in message
    assert "titel" in message and "samenvatting" in message


def test_save_from_an_up_to_date_form_still_works(login, user):
    page = add_draft("VNG", "Actueel concept", user("vng-redacteur"))
    latest = page.get_latest_revision()
    response = login("vng-redacteur").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        offering_data("Actueel concept, bijgewerkt", page.slug, **form_loaded_from(latest)),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "Actueel concept, bijgewerkt"


def used_theme():
    return Theme.objects.filter(offerings__isnull=False).distinct().first()


def test_theme_in_use_cannot_be_deleted_and_says_where(login):
    theme = used_theme()
    users = set(OfferingPage.objects.filter(themes=theme).values_list("pk", flat=True))
    assert len(users) > 1
    client = login("coordinator")
    url = reverse("wagtailsnippets_taxonomy_theme:delete", args=[theme.pk])
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 302
        assert "kan niet worden verwijderd" in messages_of(response)
        assert f"{len(users)} " in messages_of(response)
    assert Theme.objects.filter(pk=theme.pk).exists()
    assert set(OfferingPage.objects.filter(themes=theme).values_list("pk", flat=True)) == users


def test_bulk_delete_of_theme_in_use_is_refused(login):
    theme = used_theme()
    url = reverse("wagtail_bulk_action", args=["taxonomy", "theme", "delete"]) + f"?id={theme.pk}"
    response = login("coordinator").post(url, {})
    assert Theme.objects.filter(pk=theme.pk).exists()
    assert "kan niet worden verwijderd" in messages_of(response)


def test_unused_theme_can_still_be_deleted(login):
    theme = Theme.objects.create(name="Ongebruikt thema", slug="ongebruikt-thema")
    response = login("coordinator").post(reverse("wagtailsnippets_taxonomy_theme:delete", args=[theme.pk]))
    assert response.status_code == 302
    assert not Theme.objects.filter(pk=theme.pk).exists()


def test_deleting_a_protected_form_says_why(login):
    form = Form.objects.filter(offerings__isnull=False).distinct().first()
    response = login("coordinator").post(reverse("wagtailsnippets_taxonomy_form:delete", args=[form.pk]))
    message = messages_of(response)
    assert "kan niet worden verwijderd" in message and "in gebruik" in message
    assert "geen toegang" not in message
    assert Form.objects.filter(pk=form.pk).exists()


@pytest.fixture
def partner_with_review_items():
    from review.models import ReviewItem

    partner = PartnerPage.objects.filter(review_items__isnull=False).distinct().first()
    assert ReviewItem.objects.filter(partner=partner).exists()
    return partner


def assert_partner_kept(partner, pages_before):
    assert PartnerPage.objects.filter(pk=partner.pk).exists()
    assert Page.objects.count() == pages_before


def test_deleting_a_partner_page_is_refused_with_a_message(login, partner_with_review_items):
    partner = partner_with_review_items
    pages_before = Page.objects.count()
    client = login("admin")
    response = client.post(reverse("wagtailadmin_pages:delete", args=[partner.pk]))
    assert response.status_code == 302
    assert "Niet verwijderd" in messages_of(response) and "controle-items" in messages_of(response)
    assert_partner_kept(partner, pages_before)

    response = client.post(
        reverse("wagtailadmin_api:pages:action", args=[partner.pk, "delete"]),
        {},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert "Niet verwijderd" in response.json()["message"]
    assert_partner_kept(partner, pages_before)

    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={partner.pk}"
    response = client.post(url, {})
    assert response.status_code in (200, 302)
    assert_partner_kept(partner, pages_before)


def test_autosave_racing_the_submit_of_a_new_page_gives_no_server_error(login, user, monkeypatch):
    # Deterministic version of the race seen on PostgreSQL: the autosave request saves the new
    # page after the submit's form validated its slug and before the submit saves.
    from wagtail.admin.forms.pages import WagtailAdminPageForm

    validate = WagtailAdminPageForm.clean

    def clean_then_autosave_lands(form):
        cleaned = validate(form)
        if not PublicationPage.objects.filter(slug="racend-concept").exists():
            add_draft("VNG", "Racend concept", user("vng-redacteur"))
        return cleaned

    monkeypatch.setattr(WagtailAdminPageForm, "clean", clean_then_autosave_lands)
    from tests.editorial.conftest import partner

    url = reverse("wagtailadmin_pages:add", args=["offerings", "publicationpage", partner("VNG").pk])
    response = login("vng-redacteur").post(
        url, offering_data("Racend concept", "racend-concept", **{"action-submit": "1"})
    )
    saved = PublicationPage.objects.get(slug="racend-concept")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[saved.pk])
    assert "was al opgeslagen" in messages_of(response)
    assert PublicationPage.objects.filter(title="Racend concept").count() == 1
