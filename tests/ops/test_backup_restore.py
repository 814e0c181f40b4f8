"""`manage.py backup` and `manage.py restore` (issue 14 #4): the demo, backed up and
restored into a fresh database and an empty media folder, has the same content."""

import datetime
import io
import json
import shutil
import tarfile
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import FileSystemStorage, InMemoryStorage, default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision

from insight.models import MissingOfferReport
from ops.backup import BackupError, create_backup, media_names, restore_backup
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


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory, django_db_setup, django_db_blocker):
    """One archive of the demo content (no media files), made once for the tests that only
    read it or damage a copy of it: a backup of the whole demo takes 5-10 s."""
    with django_db_blocker.unblock():
        return create_backup(tmp_path_factory.mktemp("demo-backup"), InMemoryStorage())


@pytest.fixture
def demo_archive_copy(demo_archive, tmp_path):
    """A copy of the shared archive that a test may change."""
    copy = tmp_path / demo_archive.name
    shutil.copyfile(demo_archive, copy)
    return copy


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
def test_restore_refuses_a_database_that_is_not_empty(demo_archive):
    with pytest.raises(BackupError, match="De database is niet leeg"):
        restore_backup(demo_archive, InMemoryStorage(), using="default")


@pytest.mark.django_db
def test_restore_refuses_a_damaged_archive_and_changes_nothing(tmp_path, demo_archive):
    archive = demo_archive
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


# Issue 21 (backups you can trust) and issue 22's B9 (archive permissions). ----------------


@pytest.mark.django_db
def test_b9_archive_is_0600_and_backup_folder_0700(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    archive = create_backup(folder, InMemoryStorage())
    assert archive.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    fresh = create_backup(tmp_path / "nieuw" / "backups", InMemoryStorage(), now=None)
    assert fresh.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.django_db
def test_backup_of_an_installation_without_a_media_folder(tmp_path):
    storage = FileSystemStorage(location=tmp_path / "media-bestaat-niet")
    archive = create_backup(tmp_path / "backups", storage)
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert [name for name in manifest["files"] if name.startswith("media/")] == []


@pytest.mark.django_db(databases=["default", "restore"])
def test_datetimes_are_restored_to_the_microsecond(tmp_path):
    exact = datetime.datetime(2026, 11, 29, 13, 14, 15, 123456, tzinfo=datetime.UTC)
    page = Page.objects.filter(depth=3).first()
    Page.objects.filter(pk=page.pk).update(last_published_at=exact)
    archive = create_backup(tmp_path, InMemoryStorage())
    restore_backup(archive, InMemoryStorage(), using="restore")
    assert Page.objects.using("restore").get(pk=page.pk).last_published_at == exact
    times = Revision.objects.order_by("pk").values_list("created_at", flat=True)
    assert list(times.using("restore")) == list(times)
    assert any(moment.microsecond % 1000 for moment in times)


class DeletingDuringBackup(InMemoryStorage):
    """An editor deletes a document (row and file) while the backup copies the first file."""

    def __init__(self, victim, **kwargs):
        super().__init__(**kwargs)
        self.victim = victim

    def open(self, name, mode="rb"):
        if self.victim is not None:
            victim, self.victim = self.victim, None
            self.delete(victim.file.name)
            victim.delete()
        return super().open(name, mode)


@pytest.mark.django_db
def test_a_document_deleted_during_the_backup_is_in_the_archive_or_its_row_is_not(tmp_path):
    storage = DeletingDuringBackup(victim=None)
    with mock.patch.object(get_document_model()._meta.get_field("file"), "storage", storage):
        documents = []
        for n in range(3):
            document = get_document_model()(title=f"Notitie {n}", collection=Collection.get_first_root_node())
            document.file.save(f"notitie-{n}.pdf", ContentFile(b"%PDF-1.4 notitie"), save=True)
            documents.append(document)
        storage.victim = documents[-1]
        archive = create_backup(tmp_path, storage)
    with tarfile.open(archive) as tar:
        rows = json.load(tar.extractfile("database.json"))
        names = set(tar.getnames())
    files = [
        row["fields"]["file"]
        for row in rows
        if row["model"] == "wagtaildocs.document" and row["fields"]["title"].startswith("Notitie")
    ]
    assert len(files) >= 2
    assert all(f"media/{name}" in names for name in files)


class InterruptedStorage(InMemoryStorage):
    def __init__(self, after, **kwargs):
        super().__init__(**kwargs)
        self.after = after

    def _save(self, name, content):
        if self.after == 0:
            raise KeyboardInterrupt
        self.after -= 1
        return super()._save(name, content)


@pytest.mark.django_db(databases=["default", "restore"])
def test_an_interrupted_restore_cleans_up_and_a_killed_one_can_be_run_again(tmp_path, demo_with_files):
    document, image = demo_with_files
    archive = create_backup(tmp_path, default_storage)
    media = InterruptedStorage(after=1)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(archive, media, using="restore")
    assert list(media_names(media)) == []
    assert not get_user_model().objects.using("restore").exists()
    # Killed outright (no clean-up): the files it wrote are kept, the rest follow.
    media.after = -1
    with default_storage.open(document.file.name) as handle:
        media.save(document.file.name, handle)
    restore_backup(archive, media, using="restore")
    with media.open(image.file.name) as restored:
        assert restored.read() == png_bytes()
    assert counts("restore") == counts("default")


@pytest.mark.django_db
def test_a_truncated_archive_is_reported_as_damaged(demo_archive_copy):
    archive = demo_archive_copy
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupError, match="beschadigd of onvolledig"):
        restore_backup(archive, InMemoryStorage())
