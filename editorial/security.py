"""Security plumbing: the path-dependent CSP middleware and the login lockout response."""

import hashlib
import logging

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.shortcuts import render
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from core import ratelimit

# Failed logins from one client address, over all accounts, per hour (issue 22): django-axes
# locks a username at one address after AXES_FAILURE_LIMIT; this stops one address trying a
# few passwords on many accounts. Counted with the project's limiter (core/ratelimit.py).
LOGIN_FAILURES_SCOPE = "login-failures"


class WebLoginAxesBackend(AxesStandaloneBackend):
    """django-axes for logins through a web request; server-side code without a request
    (management commands, scripts, tests calling authenticate()) is not rate limited.
    Also refuses every login from an address with LOGIN_FAILURES_PER_ADDRESS_PER_HOUR
    failed logins (any accounts), through django-axes' own lockout response."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        if ratelimit.is_limited(request, LOGIN_FAILURES_SCOPE, settings.LOGIN_FAILURES_PER_ADDRESS_PER_HOUR):
            request.axes_locked_out = True
            request.locked_out_per_address = True
            raise AxesBackendPermissionDenied("too many failed logins from this address")
        return super().authenticate(request, username=username, password=password, **kwargs)


def count_failed_login(sender, credentials, request=None, **kwargs):
    """django.contrib.auth's user_login_failed: one more failure for the client address."""
    if request is not None:
        ratelimit.hit(request, LOGIN_FAILURES_SCOPE)


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

    cooloff = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cooloff.total_seconds() // 60) if cooloff else None,
    }
    if getattr(request, "locked_out_per_address", False):
        context["failure_limit"] = settings.LOGIN_FAILURES_PER_ADDRESS_PER_HOUR
        context["cooloff_minutes"] = ratelimit.WINDOW_SECONDS // 60
        context["per_address"] = True
    return render(request, "editorial/lockout.html", context, status=429)


# Password reset mails: at most a few per address per hour -------------------------------

# Reset mails for one e-mail address from one client, and reset requests from one client,
# per hour (the window of core/ratelimit.py).
PASSWORD_RESET_MAILS_PER_ADDRESS = 3
PASSWORD_RESET_REQUESTS_PER_CLIENT = 10


class ThrottledPasswordResetForm(WagtailPasswordResetForm):
    """Wagtail's reset form, sending no mail once a client asked too often.

    Uses the project's fixed-window limiter (core/ratelimit.py, Django's cache) per client
    and e-mail address and per client. The page answers the same either way ("if the address
    is known, a mail is on its way"), so the limit reveals nothing about which accounts exist.
    """

    def save(self, *args, request=None, **kwargs):
        if request is not None:
            email = self.cleaned_data["email"].strip().lower()
            address_scope = "password-reset:" + hashlib.sha256(email.encode()).hexdigest()[:16]
            if ratelimit.is_limited(request, address_scope, PASSWORD_RESET_MAILS_PER_ADDRESS) or (
                ratelimit.is_limited(request, "password-reset", PASSWORD_RESET_REQUESTS_PER_CLIENT)
            ):
                logging.getLogger(__name__).warning("Password reset mail not sent: rate limit reached")
                return
            ratelimit.hit(request, address_scope)
            ratelimit.hit(request, "password-reset")
        super().save(*args, request=request, **kwargs)
