from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from twofactor import views
from twofactor.middleware import TWO_FACTOR_PREFIX


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path(f"{TWO_FACTOR_PREFIX}", views.overview, name="twofactor_overview"),
        path(f"{TWO_FACTOR_PREFIX}code/", views.verify, name="twofactor_verify"),
        path(f"{TWO_FACTOR_PREFIX}instellen/", views.setup, name="twofactor_setup"),
        path(f"{TWO_FACTOR_PREFIX}herstelcodes/", views.regenerate_codes, name="twofactor_codes"),
        path(f"{TWO_FACTOR_PREFIX}uitzetten/", views.disable, name="twofactor_disable"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("twofactor_overview"),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Log in met een code uit een app op uw telefoon; herstelcodes voor noodgevallen."),
    }
