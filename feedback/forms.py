from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.models import MAX_COMMENT_LENGTH


class FeedbackForm(forms.Form):
    nuttig = forms.ChoiceField(
        choices=[("ja", _("Ja")), ("nee", _("Nee"))],
        error_messages={
            "required": _("Kies ‘Ja’ of ‘Nee’."),
            "invalid_choice": _("Kies ‘Ja’ of ‘Nee’."),
        },
    )
    toelichting = forms.CharField(
        required=False,
        max_length=MAX_COMMENT_LENGTH,
        error_messages={
            "max_length": _("Uw toelichting is te lang: maximaal %(limit_value)d tekens (nu %(show_value)d).")
        },
    )
