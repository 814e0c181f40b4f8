"""Turn EMAIL_URL (smtp://user:password@host:port?tls=1) into Django e-mail settings."""

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

SCHEMES = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}


def parse_email_url(url):
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ImproperlyConfigured(f"EMAIL_URL: unknown scheme {parts.scheme!r}")
    query = parse_qs(parts.query)
    return {
        "EMAIL_BACKEND": SCHEMES[parts.scheme],
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or 25,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": query.get("tls", ["0"])[0] in ("1", "true"),
        "EMAIL_USE_SSL": query.get("ssl", ["0"])[0] in ("1", "true"),
    }
