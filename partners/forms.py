"""The organisation form (snippet edit view and the chooser's "Organisatie toevoegen" tab).

A name that exists but for case or accents is refused by the model (Organisation.clean).
An abbreviation that another organisation already uses is a warning, not a refusal (two
organisations may share one): the first save says which organisation uses it, and saves
once the editor confirms.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class OrganisationForm(WagtailAdminModelForm):
    confirm_abbreviation = forms.BooleanField(
        label=_("Toch opslaan met deze afkorting"),
        required=False,
        help_text=_("Alleen nodig als een andere organisatie dezelfde afkorting gebruikt."),
    )

    def clean(self):
        cleaned_data = super().clean()
        abbreviation = cleaned_data.get("abbreviation")
        if abbreviation and not cleaned_data.get("confirm_abbreviation"):
            self.instance.abbreviation = abbreviation
            others = self.instance.same_abbreviation()
            if others:
                self.add_error(
                    "abbreviation",
                    _(
                        "De afkorting %(abbreviation)s is al in gebruik bij %(names)s. Kies die "
                        "organisatie, of vink 'Toch opslaan met deze afkorting' aan als het een "
                        "andere organisatie is."
                    )
                    % {"abbreviation": abbreviation, "names": ", ".join(f"'{o.name}'" for o in others)},
                )
        return cleaned_data
