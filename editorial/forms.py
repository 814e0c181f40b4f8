from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _


class AddPartnerForm(forms.Form):
    abbreviation = forms.CharField(
        label=_("Afkorting"),
        max_length=20,
        validators=[
            RegexValidator(
                r"^[A-Za-z][A-Za-z0-9]{1,19}$",
                _("Gebruik 2 tot 20 letters en cijfers, beginnend met een letter (bijvoorbeeld VNG)."),
            )
        ],
        help_text=_("Bestaat de partner al, dan worden de rechten en de werkstroom hersteld."),
    )
    name = forms.CharField(label=_("Naam"), max_length=255)
    description = forms.CharField(
        label=_("Korte beschrijving"), max_length=600, required=False, widget=forms.Textarea
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    coordination_check = forms.BooleanField(
        label=_("Coördinatiecheck voor nieuw aanbod"),
        required=False,
        initial=True,
        help_text=_("Nieuw aanbod gaat na de eindredactie ook langs Coördinatie."),
    )
