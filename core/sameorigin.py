"""Anonymous public forms without a CSRF token: the POST must come from this site's own pages.

"Mist u iets?", "Was dit nuttig?" and "Volg deze zoekopdracht" are anonymous: no session,
no login, nothing of the visitor's that a forged request could use. Django's CSRF token
protects exactly that ambient authority (the session cookie of a logged-in user), and it
costs a per-visitor cookie and token in every page that carries the form, which no shared
cache can keep (docs/deploy.md, "Forms on cached pages"). These forms therefore use the
check Django's own CsrfViewMiddleware makes first since Django 4.0: the browser's Origin
header must be this site (or one of CSRF_TRUSTED_ORIGINS). Every current browser sends
Origin with a POST, so a form on another site cannot submit here through a visitor's
browser; without Origin (old browsers, scripts) a Referer from another site is refused
too. What remains (a script posting directly, which no token would stop either) is bounded
by the per-address rate limits (core/ratelimit.py) and, for "Mist u iets?", the trap
field.
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.template.response import TemplateResponse


def _origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else None


def is_same_origin(request):
    own = f"{request.scheme}://{request.get_host()}".lower()
    allowed = {own, *(origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS)}
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.lower() in allowed
    referer = request.headers.get("Referer")
    return referer is None or _origin_of(referer) in allowed


def same_origin_post(view):
    """Refuse a POST from another site with a Dutch page (403); GETs pass."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            return TemplateResponse(request, "403_other_origin.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped
