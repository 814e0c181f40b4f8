"""Test settings: fast hashing, in-memory e-mail, same database choice as base."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
ALLOW_DEMO_PASSWORD = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
BASE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Close connections after each request: the browser tests' live server threads must not
# keep PostgreSQL sessions open, or the test database cannot be dropped afterwards.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

# Operations: a second, empty database that the backup/restore test restores into
# (tests/ops/test_backup_restore.py); pytest-django creates it only when that test runs.
# Its tables come straight from the models (Wagtail's data migrations always write to the
# default database, so they cannot migrate a second one).
DATABASES["restore"] = {**DATABASES["default"], "TEST": {"MIGRATE": False}}  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["restore"]["TEST"]["NAME"] = f"test_{DATABASES['default']['NAME']}_restore"  # noqa: F405
# Tests that need two-factor login switch it on themselves (settings fixture).
TWO_FACTOR_REQUIRED = False

# Background tasks (index writes, imports/tasks.py) run at once, in the request (no worker
# to start); production queues them in the database (base.py, search/indexqueue.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
