"""HTTP caching for public, anonymous responses: ETag, Last-Modified, 304s, Cache-Control.

The ETag is a hash of the body, so it is exact. Last-Modified is when public content last
changed (api.models.ContentChange), or the start of today if later, because trainings
drop out of the default lists when their end date passes.
"""

import datetime
import functools
import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from api.models import ContentChange


def last_modified():
    start_of_today = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time.min))
    changed = ContentChange.last_changed()
    return max(changed, start_of_today) if changed else start_of_today


def finish_public_response(request, response):
    if request.method not in ("GET", "HEAD"):
        return response
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    if response.status_code != 200:
        patch_cache_control(response, no_cache=True)
        return response
    if getattr(response, "streaming", False):
        return response
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    modified = int(last_modified().timestamp())
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
    patch_vary_headers(response, ["Accept-Encoding"])
    return get_conditional_response(request, etag=etag, last_modified=modified, response=response)


def public_cache(view):
    """Decorator for views whose anonymous responses may be cached by anyone."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return finish_public_response(request, view(request, *args, **kwargs))

    return wrapped
