"""System checks for settings that are unsafe in production (warnings, ids ops.W00x).

They run where the settings module sets OPS_PRODUCTION_CHECKS (production.py), at every
start of a management command and of the WSGI workers' `check`, next to Django's own
`check --deploy`.
"""

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError

from offerings.models import OfferingPage

LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def active():
    return getattr(settings, "OPS_PRODUCTION_CHECKS", False)


@register()
def unsafe_production_settings(app_configs=None, **kwargs):
    if not active():
        return []
    warnings = []
    if settings.DEBUG:
        warnings.append(
            Warning(
                "DEBUG is on: error pages show code and settings.", id="ops.W001", hint="Set DEBUG=False."
            )
        )
    if getattr(settings, "ALLOW_DEMO_PASSWORD", False):
        warnings.append(
            Warning(
                "The public demo password is accepted.",
                hint="Set ALLOW_DEMO_PASSWORD=False (production.py does).",
                id="ops.W002",
            )
        )
    if settings.CACHES["default"]["BACKEND"] in LOCAL_CACHES:
        warnings.append(
            Warning(
                "No shared cache: every worker process counts rate limits ('Mist u iets?', "
                "password resets) on its own, so a flood gets through once per worker.",
                hint="Set REDIS_URL (or CACHE_LOCATION for the workers of a single host).",
                id="ops.W003",
            )
        )
    if getattr(settings, "LOCAL_HTTP", False):
        warnings.append(
            Warning(
                "LOCAL_HTTP=1: no HTTPS redirect, no HSTS and cookies without Secure.",
                hint="Only for a local trial (make serve); unset it behind the public proxy.",
                id="ops.W004",
            )
        )
    warnings.extend(search_engine_warning())
    return warnings


def search_engine_warning():
    if settings.SEARCH_URL:
        return []

    try:
        live = OfferingPage.objects.live().count()
    except DatabaseError:  # not migrated yet: nothing to count
        return []
    limit = settings.OPS_MAX_OFFERINGS_WITHOUT_SEARCH_ENGINE
    if live <= limit:
        return []
    return [
        Warning(
            f"{live} live offerings and no SEARCH_URL: above {limit} the database search "
            "gets slow (docs/search.md).",
            hint="Set SEARCH_URL to the search engine and run `manage.py update_index`.",
            id="ops.W005",
        )
    ]
