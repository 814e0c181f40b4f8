"""The handbook's own Wagtail Site (maatschappelijke-onrust.nl in production).

The handbook's pages live in the main page tree under the home page, so they are served at
/handboek/ of the main site too. When a Site is rooted at the handbook, that Site is the
canonical one: handbook URLs always point at its host, also when rendered on the main site,
and catalogue pages rendered on the handbook host link back to the main host (Wagtail does
that by itself for pages outside a Site's tree).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Site

from core.visibility import public_pages
from handbook.models import HandbookPage

HANDBOOK_SITE_NAME = "Handboek maatschappelijke onrust"


def handbook_root(public=False):
    """The handbook's root page; with public=True only when it is live and not restricted."""
    pages = public_pages(HandbookPage.objects.all()) if public else HandbookPage.objects
    return pages.order_by("path").first()


def handbook_site(root=None):
    root = root or handbook_root()
    if root is None:
        return None
    return Site.objects.filter(root_page=root).first()


@transaction.atomic
def configure_handbook_site(hostname, port=443, main_hostname=None, main_port=None):
    """Create or update the handbook's Site; optionally set the main (default) site's host.

    Returns the handbook Site. Raises ValueError with a Dutch message on bad input.
    """

    root = handbook_root()
    if root is None:
        raise ValueError("Er is nog geen handboek-pagina. Maak die eerst aan (of laad de demo-inhoud).")
    hostname = (hostname or "").strip().lower()
    if not hostname:
        raise ValueError("Geef een hostnaam op, bijvoorbeeld maatschappelijke-onrust.nl.")
    if main_hostname or main_port:
        main = Site.objects.get(is_default_site=True)
        main.hostname = (main_hostname or main.hostname).strip().lower()
        main.port = main_port or main.port
        main.full_clean()
        main.save()
    site = Site.objects.filter(root_page=root).first() or Site(root_page=root)
    site.hostname = hostname
    site.port = port
    site.site_name = HANDBOOK_SITE_NAME
    site.is_default_site = False
    try:
        site.full_clean()
    except ValidationError as exc:
        raise ValueError("; ".join(exc.messages)) from exc
    site.save()
    return site
