"""Production: refuses to start with debug on, a missing secret or demo credentials."""

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
    {"NAME": "stabiliteit.password_validation.RefuseDemoPasswordValidator"},
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
