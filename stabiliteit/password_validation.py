from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from stabiliteit.settings.base import DEMO_PASSWORD


class RefuseDemoPasswordValidator:
    """Refuses the public demo password as a real password."""

    def validate(self, password, user=None):
        if password == DEMO_PASSWORD:
            raise ValidationError(
                _("Dit is het openbare demowachtwoord; kies een ander wachtwoord."),
                code="demo_password",
            )

    def get_help_text(self):
        return _("Het openbare demowachtwoord is niet toegestaan.")
