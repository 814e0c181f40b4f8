"""Production: refuses to start with debug on, a missing secret or demo credentials."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_list

INSECURE_KEYS = {"", "dev-only-insecure-key-not-for-production", "test-only-insecure-key"}
if SECRET_KEY in INSECURE_KEYS or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of 32+ characters.")

DEBUG = False
ALLOW_DEMO_PASSWORD = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")

AUTH_PASSWORD_VALIDATORS = [  # noqa: F405
    *AUTH_PASSWORD_VALIDATORS,  # noqa: F405
    {"NAME": "core.password_validation.RefuseDemoPasswordValidator"},
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
# HSTS for subdomains and preload consent (check --deploy W005, W021): on, because every host
# under the site's domain must be HTTPS-only anyway (Dutch government policy requires HTTPS and
# HSTS), and "preload" in the header is only consent: entering the browsers' preload list is a
# separate request by the domain owner. Switch off (HSTS_INCLUDE_SUBDOMAINS=0, HSTS_PRELOAD=0)
# only when the site shares its domain with hosts that still serve plain HTTP. See
# docs/workflows.md, "HTTPS".
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("HSTS_INCLUDE_SUBDOMAINS", "1") != "0"
SECURE_HSTS_PRELOAD = SECURE_HSTS_INCLUDE_SUBDOMAINS and os.environ.get("HSTS_PRELOAD", "1") != "0"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Production profile (docs/deploy.md) ---------------------------------------------------
# Static files: WhiteNoise serves them from the WSGI workers with hashed names (cached for a
# year) and gzip/Brotli copies made by collectstatic, so no separate file server is needed.
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1  # noqa: F405
MIDDLEWARE = [  # noqa: F405
    *MIDDLEWARE[:_after_security],  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_after_security:],  # noqa: F405
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATIC_ROOT))  # noqa: F405
OPS_PRODUCTION_CHECKS = True
# A load balancer may probe the health endpoint over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^gezondheid/$"]

# `make serve` runs this profile over plain HTTP on 127.0.0.1 for a local trial:
# LOCAL_HTTP=1 drops the HTTPS redirect, HSTS and Secure-only cookies (the system check
# says so). Never set behind a public proxy.
LOCAL_HTTP = os.environ.get("LOCAL_HTTP") == "1"
if LOCAL_HTTP:
    SECURE_SSL_REDIRECT = False
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False
    SECURE_HSTS_SECONDS = 0
