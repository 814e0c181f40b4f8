from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class RefuseDemoPasswordValidator:
    """Refuses the public demo password as a real password."""

    def validate(self, password, user=None):
        if password == settings.DEMO_PASSWORD:
            raise ValidationError(
                _("Dit is het openbare demowachtwoord; kies een ander wachtwoord."),
                code="demo_password",
            )

    def get_help_text(self):
        return _("Het openbare demowachtwoord is niet toegestaan.")
