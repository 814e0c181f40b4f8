"""Keeps a logged-in but not yet verified user inside the two-factor pages of the admin.

Runs after django_otp.middleware.OTPMiddleware (which sets request.user.is_verified()).
Only the admin path prefix is guarded; the public site has no logins.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from twofactor.policy import has_two_factor, needs_verification

# Admin URLs a user may open before the second step: login, logout, and what every admin
# page loads (the icon sprite is fetched by script and inlined into the page).
OPEN_PATH_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)
TWO_FACTOR_PREFIX = "tweestapsverificatie/"


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefix = settings.EDITORIAL_ADMIN_PATH_PREFIX
        path = request.path_info
        if path.startswith(prefix) and not self.is_open(path) and needs_verification(request.user):
            target = "twofactor_verify" if has_two_factor(request.user) else "twofactor_setup"
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse(target)}?{query}")
        return self.get_response(request)

    @staticmethod
    def is_open(path):
        if path.startswith(settings.EDITORIAL_ADMIN_PATH_PREFIX + TWO_FACTOR_PREFIX):
            return True
        return any(path == reverse(name) for name in OPEN_PATH_NAMES) or path.startswith(
            settings.EDITORIAL_ADMIN_PATH_PREFIX + "password_reset/"
        )
