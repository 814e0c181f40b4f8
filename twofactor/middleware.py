"""The second factor for every private resource, with one rule (twofactor/policy.py).

Runs after django_otp.middleware.OTPMiddleware (which sets request.user.is_verified()).
While a logged-in user still has to pass the second step (`needs_verification`):

- in the admin, every page except the login, logout and two-factor pages sends the user to
  the code step (or the set-up when there is no device yet);
- everywhere else (pages with a login or group restriction, documents in restricted
  collections at /documenten/, anything Wagtail or Django checks with request.user) the
  request runs as an anonymous visitor: Wagtail's own view-restriction checks then refuse
  it exactly as they refuse a visitor who never logged in;
- a login page opened while only the password was given goes to the code step, keeping
  `next`, so the way back to a private document passes the second factor.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from twofactor.policy import has_two_factor, needs_verification

# Admin URLs a user may open before the second step: login, logout, and what every admin
# page loads (the icon sprite is fetched by script and inlined into the page).
OPEN_PATH_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)
# The login forms: Wagtail's admin login and its front-end login for restricted pages.
LOGIN_PATH_NAMES = ("wagtailadmin_login", "wagtailcore_login")
TWO_FACTOR_PREFIX = "tweestapsverificatie/"


def second_step_url(user, next_url):
    target = "twofactor_verify" if has_two_factor(user) else "twofactor_setup"
    return f"{reverse(target)}?{urlencode({'next': next_url})}" if next_url else reverse(target)


def verified_or_anonymous(user):
    """The user as the public site sees them: anonymous until the second step is passed."""
    return AnonymousUser() if needs_verification(user) else user


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if request.method == "GET" and self.is_login(path) and needs_verification(request.user):
            return redirect(second_step_url(request.user, request.GET.get("next", "")))
        if path.startswith(settings.EDITORIAL_ADMIN_PATH_PREFIX):
            if not self.is_open(path) and needs_verification(request.user):
                return redirect(second_step_url(request.user, request.get_full_path()))
            return self.get_response(request)
        self.hide_unverified_user(request)
        return self.get_response(request)

    @staticmethod
    def hide_unverified_user(request):
        session_user = request.user
        public_user = SimpleLazyObject(lambda: verified_or_anonymous(session_user))
        request.user = public_user

        async def auser():
            return public_user

        request.auser = auser

    @staticmethod
    def is_login(path):
        return any(path == reverse(name) for name in LOGIN_PATH_NAMES)

    @staticmethod
    def is_open(path):
        if path.startswith(settings.EDITORIAL_ADMIN_PATH_PREFIX + TWO_FACTOR_PREFIX):
            return True
        return any(path == reverse(name) for name in OPEN_PATH_NAMES) or path.startswith(
            settings.EDITORIAL_ADMIN_PATH_PREFIX + "password_reset/"
        )
