"""The rich-text link chooser's external-link step (editorial/choosers.py): a POST without
its field shows the form with Dutch errors (a server error before); a real link still
comes back as chosen."""

import pytest

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
