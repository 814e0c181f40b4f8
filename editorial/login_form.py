"""The admin login form with Dutch labels (WAGTAILADMIN_USER_LOGIN_FORM). Wagtail's own form
leaves the password field without a label, so Django shows its English field name
"Password"; the username label follows the user model ("Gebruikersnaam")."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class DutchLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam")
        self.fields["password"].label = _("Wachtwoord")
        self.fields["password"].widget.attrs["placeholder"] = _("Vul uw wachtwoord in")
        self.fields["remember"].label = _("Ingelogd blijven")
