from django import forms
from django.utils.translation import gettext_lazy as _

from insight.models import MAX_DESCRIPTION_LENGTH, MissingOfferReport
from search.params import clean_text
from taxonomy.models import Theme

HONEYPOT_FIELD = "website"


class MissingOfferForm(forms.ModelForm):
    """The public 'Mist u iets?' form. The honeypot field is hidden from people by CSS."""

    description = forms.CharField(
        label=_("Wat zocht u, en wat vond u niet?"),
        min_length=10,
        max_length=MAX_DESCRIPTION_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Beschrijf kort wat u zocht."),
            "min_length": _("Beschrijf iets uitgebreider wat u zocht (minstens %(limit_value)d tekens)."),
            "max_length": _(
                "Uw beschrijving is te lang: maximaal %(limit_value)d tekens (nu %(show_value)d)."
            ),
        },
    )
    theme = forms.ModelChoiceField(
        label=_("Thema (optioneel)"),
        queryset=Theme.objects.all(),
        required=False,
        empty_label=_("Geen thema gekozen"),
        error_messages={"invalid_choice": _("Kies een thema uit de lijst.")},
    )
    municipality = forms.CharField(
        label=_("Uw gemeente (optioneel)"),
        required=False,
        max_length=100,
        error_messages={
            "max_length": _("De naam van de gemeente is te lang (maximaal %(limit_value)d tekens).")
        },
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres (optioneel)"),
        required=False,
        help_text=_("Alleen invullen als u een antwoord wilt."),
        error_messages={
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@gemeente.nl, of laat het leeg.")
        },
    )
    query = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = MissingOfferReport
        fields = ["description", "theme", "municipality", "email", "query"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["municipality"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["email"].widget.attrs["aria-describedby"] = "id_email-help"
        # NL Design System component classes (templates/insight/missing_offer.html).
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.Textarea):
                widget.attrs["class"] = "utrecht-textarea utrecht-textarea--html-textarea"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
            elif not isinstance(widget, forms.HiddenInput):
                widget.attrs["class"] = "utrecht-textbox utrecht-textbox--html-input"

    def full_clean(self):
        super().full_clean()
        # Tie each error message to its field for screen readers.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                described = [f"id_{name}-error"] + (["id_email-help"] if name == "email" else [])
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = " ".join(described)

    def clean_description(self):
        return self.cleaned_data["description"].replace("\x00", "").strip()

    def clean_municipality(self):
        return clean_text(self.cleaned_data["municipality"])

    def clean_query(self):
        return clean_text(self.cleaned_data["query"])

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())
