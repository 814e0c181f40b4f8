"""Error pages in the site's own layout, and /.well-known/security.txt (RFC 9116)."""

import datetime

from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.baseurl import absolute_url
from home.models import PublicSiteSettings


def page_not_found(request, exception=None):
    """Dutch 404 in the site layout (Django's default is a bare English page)."""
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    """Dutch 500 in the site layout. The template touches no database (it may be the fault)."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


@require_GET
@cache_control(public=True, max_age=3600)
def security_txt(request):
    config = PublicSiteSettings.load(request_or_site=request)
    end_of_day = datetime.time(23, 59, 59)
    expires = datetime.datetime.combine(config.security_expires, end_of_day, tzinfo=datetime.UTC)
    lines = [
        f"Contact: {config.security_contact.strip()}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {absolute_url('/.well-known/security.txt', request)}",
    ]
    if config.security_policy_url:
        lines.append(f"Policy: {config.security_policy_url}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
