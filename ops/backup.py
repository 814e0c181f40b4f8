"""One archive for the whole installation: `manage.py backup` and `manage.py restore`.

The archive (stabiliteit-backup-<UTC time>.tar.gz) holds
- database.json: every row as Django's serializer writes it, with natural keys for
  content types and permissions, so it loads into SQLite and PostgreSQL alike (and moves
  an installation from one to the other);
- media/...: the uploaded files (documents, original images, renditions), read through
  the storage API so any storage backend works;
- manifest.json: format, creation time, the schema version (every applied migration),
  counts per model and a SHA-256 checksum of every file.

Left out, because they are rebuilt or short-lived: the search index (restore runs
update_index), sessions, django-axes' login attempts, content types and permissions
(migrations create them; rows refer to them by natural key).

Trust (issue 21): the archive holds password hashes, TOTP secrets and private files, so it
is written with mode 0600 in a folder with mode 0700; an installation without uploads
(no media folder yet) is backed up; datetimes keep their microseconds (Django's JSON
encoder cuts them to milliseconds); files are copied before and after the database
snapshot, so a file deleted during the backup is in the archive and a file uploaded during
it is there when its row is; an interrupted restore removes what it wrote, and one killed
outright can be run again (files already restored with the right checksum are kept); a
damaged archive is reported as damaged.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import zlib
from collections import Counter
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files import File
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.models import FileField
from wagtail.models import Page

FORMAT = "stabiliteit-backup/1"
DATABASE_FILE = "database.json"
MANIFEST_FILE = "manifest.json"
MEDIA_DIR = "media"
EXCLUDED_APPS = {"contenttypes", "sessions", "axes"}
EXCLUDED_MODELS = {"auth.permission"}
CHUNK = 1024 * 1024
ARCHIVE_MODE = 0o600
FOLDER_MODE = 0o700


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but times and datetimes with their microseconds (ISO 8601, which
    the deserializer reads back exactly); Django's cuts them to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        return super().default(o)


class BackupError(Exception):
    """A refusal with a Dutch message for the operator; nothing was changed."""


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def backed_up_models():
    """Concrete, managed models whose rows belong in a backup, as 'app_label.model'."""
    labels = []
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed or meta.app_label in EXCLUDED_APPS:
            continue
        if meta.label_lower in EXCLUDED_MODELS or "indexentry" in meta.model_name:
            continue  # the search index is rebuilt after a restore
        labels.append(meta.label_lower)
    return sorted(labels)


def schema_version():
    """The schema this code expects: the latest migration of every app, ["app.name", ...]."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted(f"{app}.{name}" for app, name in loader.graph.leaf_nodes())


def require_migrated(using):
    executor = MigrationExecutor(connections[using])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise BackupError("De database mist migraties van deze code: voer eerst `manage.py migrate` uit.")


def media_names(storage, directory=""):
    """Every file in the storage, recursively (names as the storage knows them); none when
    the media folder does not exist yet (a new installation without uploads)."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for sub in sorted(directories):
        yield from media_names(storage, f"{directory}/{sub}" if directory else sub)


def dump_database(path, using, file_names=None):
    """Writes database.json inside one transaction (a consistent snapshot) and returns
    the number of rows per model; adds the names in the rows' file fields to `file_names`."""
    connection = connections[using]
    counts = Counter()
    file_names = set() if file_names is None else file_names
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        models = serializers.sort_dependencies(
            [(None, [apps.get_model(label)]) for label in backed_up_models()], allow_cycles=True
        )

        def rows():
            for model in models:
                file_fields = [f.attname for f in model._meta.concrete_fields if isinstance(f, FileField)]
                for obj in model._base_manager.using(using).order_by(model._meta.pk.name).iterator():
                    counts[model._meta.label_lower] += 1
                    file_names.update(str(getattr(obj, name)) for name in file_fields if getattr(obj, name))
                    yield obj

        with open(path, "w", encoding="utf-8") as handle:
            serializers.serialize(
                "json",
                rows(),
                stream=handle,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=False,
                cls=ExactJSONEncoder,
            )
    return dict(sorted(counts.items()))


def private_folder(directory):
    """The backup folder, created or narrowed to mode 0700 (the archives are secrets)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(directory, FOLDER_MODE)
    return directory


def create_backup(directory, storage, using=DEFAULT_DB_ALIAS, now=None):
    """Writes the archive into `directory` and returns its path."""
    now = now or datetime.datetime.now(datetime.UTC)
    directory = private_folder(directory)
    archive = directory / f"stabiliteit-backup-{now:%Y%m%d-%H%M%S}.tar.gz"
    if archive.exists():
        raise BackupError(f"{archive} bestaat al; er is niets overschreven.")
    require_migrated(using)
    with tempfile.TemporaryDirectory() as work:
        files, missing = {}, []
        copies = Path(work) / "media"

        def copy(name):
            target = copies / name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with storage.open(name, "rb") as source, open(target, "wb") as handle:
                    shutil.copyfileobj(source, handle, CHUNK)
            except FileNotFoundError:
                target.unlink(missing_ok=True)
                return False
            files[f"{MEDIA_DIR}/{name}"] = sha256_file(target)
            return True

        # Files before the snapshot: one deleted during the backup is still in the archive.
        for name in media_names(storage):
            copy(name)
        dump = Path(work) / DATABASE_FILE
        referenced = set()
        counts = dump_database(dump, using, referenced)
        # And after it: a file uploaded during the backup, whose row the snapshot has.
        for name in sorted(referenced):
            if f"{MEDIA_DIR}/{name}" not in files and not copy(name):
                missing.append(name)
        files = {DATABASE_FILE: sha256_file(dump), **dict(sorted(files.items()))}
        partial = archive.with_suffix(".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, ARCHIVE_MODE)
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            tar.add(dump, arcname=DATABASE_FILE)
            for arcname in files:
                if arcname != DATABASE_FILE:
                    tar.add(copies / arcname[len(MEDIA_DIR) + 1 :], arcname=arcname)
            manifest = {
                "format": FORMAT,
                "created": now.isoformat(),
                "database_vendor": connections[using].vendor,
                "schema": schema_version(),
                "counts": counts,
                "files": files,
                # Rows whose file was gone already when the backup began (a broken upload).
                "missing_files": missing,
            }
            data = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST_FILE)
            info.size = len(data)
            info.mtime = int(now.timestamp())
            tar.addfile(info, io.BytesIO(data))
        partial.rename(archive)  # only a complete archive carries the final name
    return archive


# Restore ---------------------------------------------------------------------------------


def read_archive(archive, work):
    """Unpacks into `work` after checking every member against the manifest's checksums."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            manifest = _unpack(tar, archive, work)
    except (OSError, EOFError, zlib.error, tarfile.TarError) as error:
        raise BackupError(
            f"{archive} is geen leesbaar back-uparchief: beschadigd of onvolledig ({error}). "
            "Er is niets veranderd."
        )
    for name, checksum in manifest["files"].items():
        if sha256_file(Path(work) / name) != checksum:
            raise BackupError(f"Controlegetal klopt niet voor {name}: het archief is beschadigd.")
    return manifest


def _unpack(tar, archive, work):
    try:
        manifest = json.load(tar.extractfile(MANIFEST_FILE))
    except (KeyError, ValueError, TypeError):
        raise BackupError(f"{archive} heeft geen geldig {MANIFEST_FILE}.")
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Onbekend archiefformaat {manifest.get('format')!r} (verwacht {FORMAT}).")
    members = [member for member in tar.getmembers() if member.name != MANIFEST_FILE]
    if {member.name for member in members} != set(manifest["files"]):
        raise BackupError("De bestanden in het archief kloppen niet met het manifest.")
    for member in members:
        path = PurePosixPath(member.name)
        if not member.isfile() or path.is_absolute() or ".." in path.parts:
            raise BackupError(f"Onveilig pad in het archief: {member.name}")
    tar.extractall(work, filter="data")
    return manifest


def require_empty(using, storage, manifest):

    user_model = get_user_model()
    # A migrated installation has Wagtail's root and its welcome page, no users.
    if user_model._default_manager.using(using).exists() or Page.objects.using(using).count() > 2:
        raise BackupError(
            "De database is niet leeg (er zijn gebruikers of pagina's). Herstel alleen in een "
            "lege installatie: maak een nieuwe database aan en voer `manage.py migrate` uit."
        )
    return restored_before(storage, manifest)


def restored_before(storage, manifest):
    """Media files an earlier, interrupted restore of this archive wrote already (same name,
    same checksum): kept, so the restore can be run again. A different file of that name
    is never overwritten."""
    kept, different = set(), []
    for name, checksum in manifest["files"].items():
        target = name[len(MEDIA_DIR) + 1 :]
        if not name.startswith(f"{MEDIA_DIR}/") or not storage.exists(target):
            continue
        digest = hashlib.sha256()
        with storage.open(target, "rb") as handle:
            for block in iter(lambda handle=handle: handle.read(CHUNK), b""):
                digest.update(block)
        if digest.hexdigest() == checksum:
            kept.add(name)
        else:
            different.append(target)
    if different:
        raise BackupError(
            f"De mediamap bevat al {len(different)} ander(e) bestand(en) met een naam uit het archief "
            f"(bijv. {different[0]}); er is niets overschreven. Herstel in een lege mediamap."
        )
    return kept


def restore_backup(archive, storage, using=DEFAULT_DB_ALIAS, stdout=None):
    """Fills an empty, migrated installation from the archive. Returns the manifest."""
    with tempfile.TemporaryDirectory() as work:
        manifest = read_archive(archive, work)
        current = schema_version()
        if current != manifest["schema"]:
            missing = sorted(set(manifest["schema"]) - set(current))
            extra = sorted(set(current) - set(manifest["schema"]))
            raise BackupError(
                "Het databaseschema van deze code verschilt van dat van de back-up "
                f"(ontbreekt hier: {missing[:3]}; niet in de back-up: {extra[:3]}). Herstel met "
                "dezelfde versie van de code als bij de back-up en werk daarna bij (migrate)."
            )
        kept = require_empty(using, storage, manifest)
        written = []
        try:
            for name in manifest["files"]:
                if not name.startswith(f"{MEDIA_DIR}/") or name in kept:
                    continue
                target = name[len(MEDIA_DIR) + 1 :]
                with open(Path(work) / name, "rb") as handle:
                    saved = storage.save(target, File(handle))
                written.append(saved)
                if saved != target:
                    raise BackupError(f"Het bestand {target} kon niet onder zijn eigen naam worden bewaard.")
            with transaction.atomic(using=using):
                # Empty every table (Wagtail's initial root and welcome page, the default
                # site and collection); flush recreates content types and permissions.
                call_command("flush", database=using, interactive=False, verbosity=0)
                call_command("loaddata", str(Path(work) / DATABASE_FILE), database=using, verbosity=0)
        except BaseException:  # also Ctrl-C and SIGTERM (the command turns it into SystemExit)
            for name in [*written, *(name[len(MEDIA_DIR) + 1 :] for name in kept)]:
                storage.delete(name)
            raise
    return manifest


def model_counts(using, labels):
    return {label: apps.get_model(label)._base_manager.using(using).count() for label in labels}
