from django import forms
from django.utils.translation import gettext_lazy as _

CODE_MAX_LENGTH = 16


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=CODE_MAX_LENGTH + 4,
        help_text=_("De zescijferige code uit uw app, of een van uw herstelcodes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none"}),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


class SetupCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Code uit uw app"),
        max_length=10,
        help_text=_("Voer de zescijferige code in die uw app nu toont."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autocapitalize": "none"}
        ),
    )
