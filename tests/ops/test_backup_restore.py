"""`manage.py backup` and `manage.py restore` (issue 14 #4): the demo, backed up and
restored into a fresh database and an empty media folder, has the same content."""

import io
import json
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import InMemoryStorage, default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from insight.models import MissingOfferReport
from ops.backup import BackupError, create_backup, restore_backup
from review.models import ReviewItem
from search.models import SearchQueryDay
from search.querylog import log_search


def png_bytes():
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), "#154273").save(buffer, "PNG")
    return buffer.getvalue()


COUNTED = {
    "pages": Page,
    "revisions": Revision,
    "documents": get_document_model(),
    "images": get_image_model(),
    "review items": ReviewItem,
    "query log rows": SearchQueryDay,
    "missing-offer reports": MissingOfferReport,
    "users": get_user_model(),
}


def counts(using):
    return {name: model._base_manager.using(using).count() for name, model in COUNTED.items()}


def sample(using):
    """Titles, paths, live state and latest revision content of every page, document file
    names and contents, and the users with their password hashes."""
    pages = [
        (
            p.url_path,
            p.title,
            p.live,
            p.content_type.natural_key(),
            p.latest_revision.content if p.latest_revision else None,
        )
        for p in Page.objects.using(using).select_related("latest_revision", "content_type").order_by("path")
    ]
    documents = [
        (d.title, d.file.name, d.collection.name)
        for d in get_document_model().objects.using(using).order_by("pk")
    ]
    users = list(
        get_user_model().objects.using(using).order_by("username").values_list("username", "password")
    )
    return pages, documents, users


@pytest.fixture
def demo_with_files():
    from wagtail.models import Collection

    collection = Collection.get_first_root_node()
    document = get_document_model()(title="Jaarverslag weerbaarheid", collection=collection)
    document.file.save("jaarverslag-weerbaarheid.pdf", ContentFile(b"%PDF-1.4 jaarverslag"), save=True)
    image = get_image_model().objects.create(
        title="Bijeenkomst",
        collection=collection,
        file=ImageFile(io.BytesIO(png_bytes()), name="bijeenkomst.png"),
    )
    log_search("radicalisering", 4)
    return document, image


@pytest.mark.django_db(databases=["default", "restore"])
def test_backup_then_restore_into_a_fresh_database_and_media_folder(tmp_path, demo_with_files):
    document, _image = demo_with_files
    archive = create_backup(tmp_path, default_storage)

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        assert set(tar.getnames()) == {"manifest.json", *manifest["files"]}
    assert f"media/{document.file.name}" in manifest["files"]
    assert any(name.startswith("migrations") is False and name for name in manifest["schema"])
    assert manifest["counts"]["wagtailcore.page"] == Page.objects.count()

    # `manage.py restore` = migrate + this + update_index; the test database "restore" has
    # its tables already (see settings/test.py).
    fresh_media = InMemoryStorage()
    restore_backup(archive, fresh_media, using="restore")

    before, after = counts("default"), counts("restore")
    assert after == before
    assert after["pages"] > 80 and after["documents"] >= 1 and after["images"] >= 1
    assert after["review items"] > 0 and after["query log rows"] > 0
    assert sample("restore") == sample("default")
    with fresh_media.open(document.file.name) as restored:
        assert restored.read() == b"%PDF-1.4 jaarverslag"


@pytest.mark.django_db(databases=["default", "restore"])
def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    archive = create_backup(tmp_path, InMemoryStorage())
    with pytest.raises(BackupError, match="De database is niet leeg"):
        restore_backup(archive, InMemoryStorage(), using="default")


@pytest.mark.django_db
def test_restore_refuses_a_damaged_archive_and_changes_nothing(tmp_path):
    archive = create_backup(tmp_path, InMemoryStorage())
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name == "database.json":
                data = data.replace(b"Jongerenwerk", b"Jongerenwerx", 1)
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="Controlegetal klopt niet voor database.json"):
        call_command("restore", str(damaged), stdout=io.StringIO())
    assert Page.objects.count() == pages


def test_restore_refuses_something_that_is_no_archive(tmp_path):
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"geen archief")
    with pytest.raises(BackupError, match="geen leesbaar back-uparchief"):
        restore_backup(junk, InMemoryStorage())
