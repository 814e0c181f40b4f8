from django import forms
from django.utils.translation import gettext_lazy as _


class ImportForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=_("Partnerorganisatie"),
        queryset=None,
        empty_label=None,
        error_messages={
            "invalid_choice": _("U kunt alleen importeren in de sectie van uw eigen organisatie.")
        },
    )
    file = forms.FileField(
        label=_("Bestand (.xlsx of .csv)"),
        help_text=_("Hoogstens 10 MB en 2000 rijen. Gebruik het sjabloon."),
        error_messages={"required": _("Kies een bestand."), "empty": _("Het bestand is leeg.")},
    )

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners
