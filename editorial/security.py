"""Security plumbing: the path-dependent CSP middleware and the login lockout response."""

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


class WebLoginAxesBackend(AxesStandaloneBackend):
    """django-axes for logins through a web request; server-side code without a request
    (management commands, scripts, tests calling authenticate()) is not rate limited."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class SiteAndAdminCSPMiddleware(CSPMiddleware):
    """django-csp with the strict site policy everywhere except the admin path prefix."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(settings.EDITORIAL_ADMIN_PATH_PREFIX):
            return PolicyParts(
                default_config(settings.EDITORIAL_ADMIN_CSP_DIRECTIVES),
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts


def lockout_response(request, original_response=None, credentials=None):
    """django-axes lockout page: Dutch, says how long to wait, status 429."""
    from django.shortcuts import render

    cooloff = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cooloff.total_seconds() // 60) if cooloff else None,
    }
    return render(request, "editorial/lockout.html", context, status=429)
