"""Settings of the gunicorn and the editor process behind the test Varnish (test_varnish.py):
the test settings, with uploads on disk (both processes read the same files)."""

import os

from stabiliteit.settings.test import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]

# Static files as production serves them (WhiteNoise in the workers), from the finders, so
# the test needs no collectstatic.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
WHITENOISE_USE_FINDERS = True
