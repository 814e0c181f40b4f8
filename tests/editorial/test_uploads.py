"""Uploads are checked for size and content, with a Dutch message, and nothing is saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from editorial.provisioning import partner_collection
from partners.models import PartnerPage
from tests.editorial.conftest import png_bytes


def vng_collection():
    return partner_collection(PartnerPage.objects.get(abbreviation="VNG"))


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Testdocument",
            "collection": vng_collection().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Testafbeelding",
            "collection": vng_collection().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_editor_uploads_valid_pdf_into_own_collection(login):
    response = upload_document(login("vng-redacteur"), "handreiking.pdf", b"%PDF-1.7\n demo")
    assert response.status_code == 302
    assert get_document_model().objects.get(title="Testdocument").collection == vng_collection()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("nep.pdf", b"MZ\x90\x00 not a pdf", "is geen PDF-bestand"),
        ("verslag.docx", b"plain text", "de inhoud past daar niet bij"),
        ("leeg.pdf", b"", "leeg"),
        ("lijst.csv", b"\xff\xfe\x00bad", "geen geldige UTF-8-tekst"),
        ("virus.exe", b"MZ", "exe"),
    ],
)
def test_bad_documents_are_refused_with_dutch_message(login, name, content, message):
    response = upload_document(login("vng-redacteur"), name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.filter(title="Testdocument").exists()


@override_settings(EDITORIAL_MAX_DOCUMENT_SIZE=100)
def test_too_large_document_is_refused(login):
    response = upload_document(login("vng-redacteur"), "groot.pdf", b"%PDF-1.7\n" + b"x" * 200)
    assert response.status_code == 200
    assert "documenten mogen maximaal 100" in response.content.decode()
    assert not get_document_model().objects.filter(title="Testdocument").exists()


def test_valid_image_upload(login):
    response = upload_image(login("vng-redacteur"), "foto.png", png_bytes())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Testafbeelding").exists()


SVGS = [
    b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script></svg>',
    # Issue 12 D: namespaced scripts and an entity-encoded javascript: link passed the old check.
    b'<svg xmlns="http://www.w3.org/2000/svg"><x:script xmlns:x="http://www.w3.org/2000/svg">'
    b"alert(1)</x:script></svg>",
    b'<svg xmlns="http://www.w3.org/2000/svg"><h:script xmlns:h="http://www.w3.org/1999/xhtml">'
    b"alert(1)</h:script></svg>",
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    b'<a xlink:href="&#106;avascript:alert(1)"><rect width="4" height="4"/></a></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
]


@pytest.mark.parametrize("svg", SVGS)
@pytest.mark.parametrize("name", ["logo.svg", "logo.png"])
def test_svg_is_refused_with_a_dutch_reason(login, svg, name):
    response = upload_image(login("vng-redacteur"), name, svg)
    assert response.status_code == 200
    assert "SVG-afbeeldingen nemen we niet aan" in response.content.decode()
    assert not get_image_model().objects.filter(title="Testafbeelding").exists()


def png_header(width, height):
    """A PNG that claims width x height pixels (header and an empty image stream): what a
    109 KB decompression bomb looks like to Pillow before decoding, without the test
    building 900 megapixels in memory."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_with_a_form_error(login):
    response = upload_image(login("vng-redacteur"), "bom.png", png_header(30000, 30000))
    assert response.status_code == 200
    assert "te veel pixels" in response.content.decode()
    assert not get_image_model().objects.filter(title="Testafbeelding").exists()


def test_fake_image_is_refused(login):
    response = upload_image(login("vng-redacteur"), "foto.png", b"not an image at all")
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Testafbeelding").exists()


def test_editor_cannot_upload_into_other_partners_collection(login):
    kis = partner_collection(PartnerPage.objects.get(abbreviation="KIS"))
    response = login("vng-redacteur").post(
        reverse("wagtaildocs:add"),
        {"title": "Testdocument", "collection": kis.pk, "file": SimpleUploadedFile("a.pdf", b"%PDF-1.7")},
    )
    # With add rights in one collection only, Wagtail ignores the posted collection.
    assert response.status_code in (200, 302)
    assert not get_document_model().objects.filter(collection=kis).exists()
    saved = get_document_model().objects.filter(title="Testdocument").first()
    assert saved is None or saved.collection == vng_collection()


# Issue 22 B8: a file that starts like a GIF but is not an image was a 500 (Pillow's
# UnidentifiedImageError inside Wagtail's field) on single and multiple upload.
NOT_GIFS = [
    b"GIF89a this is no image at all",
    b"GIF89a" + b"\x01\x00\x01\x00\x80\x00\x00" + b"\xff" * 64,  # a header, then garbage
    b"GIF87a",
]


@pytest.mark.parametrize("content", NOT_GIFS)
def test_file_that_only_starts_like_a_gif_gets_a_dutch_form_error(login, content):
    client = login("vng-redacteur")
    single = upload_image(client, "plaatje.gif", content)
    assert single.status_code == 200
    assert "geen afbeelding die we kunnen lezen" in single.content.decode()
    multiple = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("plaatje.gif", content), "collection": vng_collection().pk},
    )
    assert multiple.status_code == 200
    data = multiple.json()
    assert data["success"] is False and "geen afbeelding die we kunnen lezen" in data["error_message"]
    assert not get_image_model().objects.filter(file__contains="plaatje").exists()
    assert not get_image_model().objects.filter(title="Testafbeelding").exists()
