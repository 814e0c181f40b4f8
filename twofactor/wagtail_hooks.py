from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import Button

from twofactor import enrolment, views
from twofactor.middleware import TWO_FACTOR_PREFIX


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path(f"{TWO_FACTOR_PREFIX}", views.overview, name="twofactor_overview"),
        path(f"{TWO_FACTOR_PREFIX}code/", views.verify, name="twofactor_verify"),
        path(f"{TWO_FACTOR_PREFIX}instellen/", views.setup, name="twofactor_setup"),
        path(f"{TWO_FACTOR_PREFIX}inschrijven/<str:token>/", views.enrol, name="twofactor_enrol"),
        path(f"{TWO_FACTOR_PREFIX}herstelcodes/", views.regenerate_codes, name="twofactor_codes"),
        path(f"{TWO_FACTOR_PREFIX}uitzetten/", views.disable, name="twofactor_disable"),
        path(f"{TWO_FACTOR_PREFIX}herstellen/<int:user_id>/", views.reset, name="twofactor_reset"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("twofactor_overview"),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Log in met een code uit een app op uw telefoon; herstelcodes voor noodgevallen."),
    }


@hooks.register("register_log_actions")
def two_factor_log_actions(actions):
    for action, label in (
        (enrolment.ENROLLED, gettext_lazy("Tweestapsverificatie ingesteld")),
        (enrolment.RESET, gettext_lazy("Tweestapsverificatie hersteld")),
    ):
        actions.register_action(action, label, label)


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if views.may_reset(request_user, user):
        yield Button(
            _("Tweestapsverificatie herstellen"),
            reverse("twofactor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
