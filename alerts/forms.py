from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import MAX_QUERY_LENGTH, Frequency


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."),
        },
    )
    frequentie = forms.ChoiceField(
        label=_("Hoe vaak?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies dagelijks of wekelijks."),
            "invalid_choice": _("Kies dagelijks of wekelijks."),
        },
    )
    zoekopdracht = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, widget=forms.HiddenInput)


class FrequencyForm(forms.Form):
    frequentie = forms.ChoiceField(
        label=_("Hoe vaak?"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies dagelijks of wekelijks."),
            "invalid_choice": _("Kies dagelijks of wekelijks."),
        },
    )
