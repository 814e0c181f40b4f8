"""Two Wagtail choosers that gave server errors (editorial/choosers.py): the rich-text link
chooser's external-link step on a POST without its field (now the form with a Dutch
error; a real link still comes back as chosen), and the image chooser with a tag and a
search term at once (now the tagged images that match)."""

import io

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from editorial.provisioning import partner_collection
from tests.editorial.conftest import partner, png_bytes

pytestmark = pytest.mark.django_db

URL = "/admin/choose-external-link/"


@pytest.fixture
def editor(login):
    client = login("vng-redacteur")
    client.raise_request_exception = False
    return client


def test_a_form_without_its_fields_is_shown_again_with_an_error(editor):
    response = editor.post(URL, {})
    assert response.status_code == 200
    body = response.json()
    assert body["step"] == "external_link"
    assert "Dit is een verplicht veld." in body["html"]


def test_a_link_is_still_chosen(editor):
    response = editor.post(
        URL,
        {"external-link-chooser-url": "https://www.nctv.nl/", "external-link-chooser-link_text": "NCTV"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["step"] == "external_link_chosen"
    assert body["result"]["url"] == "https://www.nctv.nl/"
    assert body["result"]["title"] == "NCTV"


def test_the_chooser_is_for_admin_users_only(client):
    response = client.post(URL, {})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def image(title, tags):
    picture = get_image_model().objects.create(
        title=title,
        file=ImageFile(io.BytesIO(png_bytes()), name="chooser-test.png"),
        collection=partner_collection(partner("VNG")),
    )
    picture.tags.add(*tags)
    return picture


@pytest.mark.parametrize("path", ["/admin/images/chooser/", "/admin/images/chooser/results/"])
def test_the_image_chooser_takes_a_tag_and_a_search_term_together(editor, path):
    tagged = image("Wijkgesprek over spanningen", ["wijkaanpak"])
    untagged = image("Wijkgesprek na de rellen", [])
    other_tag = image("Gesprek in de raad", ["wijkaanpak"])

    response = editor.get(path, {"tag": "wijkaanpak", "q": "wijkgesprek"})
    assert response.status_code == 200
    shown = {picture.pk for picture in response.context["results"]}
    assert tagged.pk in shown
    assert untagged.pk not in shown and other_tag.pk not in shown

    assert {p.pk for p in editor.get(path, {"tag": "wijkaanpak"}).context["results"]} >= {
        tagged.pk,
        other_tag.pk,
    }
    assert untagged.pk in {p.pk for p in editor.get(path, {"q": "wijkgesprek"}).context["results"]}
