"""Absolute URLs: one configured base URL per site, and the request's host where there is one.

- With a request, for a page of the site that request is on: the scheme and host the
  visitor used (Django's `build_absolute_uri`, so ALLOWED_HOSTS and the proxy settings apply).
- Otherwise the default Site answers at `settings.BASE_URL` when it is set, and every Site
  (the default one without BASE_URL too) at its own hostname, port and scheme (port 443: https).
- Links into the admin (mails to editors) start with `settings.WAGTAILADMIN_BASE_URL`,
  Wagtail's own setting, which defaults to BASE_URL.

There is no `localhost` fallback in code: what a mail or export links to is configured.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site


def _default_site():
    return Site.objects.filter(is_default_site=True).first()


def site_root_url(site=None, request=None):
    """`scheme://host[:port]` of `site` (default: the request's site, else the default Site)."""
    if request is not None:
        request_site = Site.find_for_request(request)
        if site is None or request_site is None or site.pk == request_site.pk:
            return f"{request.scheme}://{request.get_host()}"
    if site is None:
        site = _default_site()
    if (site is None or site.is_default_site) and settings.BASE_URL:
        return settings.BASE_URL.rstrip("/")
    if site is None:
        raise ImproperlyConfigured("Set BASE_URL or create a default Site: absolute URLs need a host.")
    return site.root_url


def absolute_url(path, request=None, site=None):
    """`path` (starting with "/") on the site's configured host; a full URL is returned as is."""
    if "://" in path:
        return path
    return site_root_url(site=site, request=request) + path


def page_url(page, request=None):
    """The absolute URL of a Wagtail page (None when it is not routable)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    site_id, _root_url, path = parts
    if request is not None:
        request_site = Site.find_for_request(request)  # cached on the request by Wagtail
        if request_site is None or request_site.pk == site_id:
            return f"{request.scheme}://{request.get_host()}{path}"
    site = Site.objects.filter(pk=site_id).first() if site_id is not None else None
    return absolute_url(path, request=request, site=site)


def admin_url(path):
    """`path` (an admin URL from `reverse`) on the admin's configured host, for mails."""
    base = settings.WAGTAILADMIN_BASE_URL or site_root_url()
    return base.rstrip("/") + path
