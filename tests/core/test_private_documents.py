"""Issue 12 C: a document in a login-restricted collection is only reachable through the serve
view that checks the restriction, also on the development server (real files on disk)."""

import importlib

import pytest
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.editorial.conftest import png_bytes

pytestmark = pytest.mark.django_db

SECRET = b"%PDF-1.4 vertrouwelijk concept"


def reload_urls():
    import stabiliteit.urls

    importlib.reload(stabiliteit.urls)
    clear_url_caches()


@pytest.fixture
def dev_server(settings, tmp_path):
    """The development URLconf (DEBUG) with uploads written to disk, as `make run` does."""
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": settings.MEDIA_URL},
        },
    }
    reload_urls()
    yield
    settings.DEBUG = False
    reload_urls()


@pytest.fixture
def private_document():
    collection = Collection.get_first_root_node().add_child(name="Vertrouwelijk")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Vertrouwelijk verslag",
        file=ContentFile(SECRET, name="vertrouwelijk.pdf"),
        collection=collection,
    )


def streamed(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_document_links_point_at_the_serve_view(private_document):
    assert private_document.url.startswith("/documenten/")


def test_private_document_is_not_served_from_media_on_the_dev_server(client, dev_server, private_document):
    direct = private_document.file.url
    assert direct.startswith("/media/documents/")
    response = client.get(direct)
    assert response.status_code == 404
    assert SECRET not in streamed(response)


def test_private_document_needs_a_login_through_the_serve_view(client, dev_server, private_document, login):
    response = client.get(private_document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    response = login("vng-redacteur").get(private_document.url)
    assert response.status_code == 200
    assert streamed(response) == SECRET
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_images_are_still_served_on_the_dev_server(client, dev_server):
    image = get_image_model().objects.create(title="Openbaar", file=ContentFile(png_bytes(), name="open.png"))
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert streamed(response) == png_bytes()
