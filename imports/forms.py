from django import forms
from django.utils.translation import gettext_lazy as _

from imports.limits import MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS


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
        help_text=_(
            "Hoogstens %(mb)s MB, %(rows)s rijen en %(cells)s gevulde cellen. Gebruik het sjabloon. "
            "Een groot bestand wordt op de achtergrond verwerkt; u ziet dan de voortgang."
        )
        % {"mb": MAX_FILE_BYTES // (1024 * 1024), "rows": MAX_ROWS, "cells": MAX_CELLS},
        error_messages={"required": _("Kies een bestand."), "empty": _("Het bestand is leeg.")},
    )

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners
