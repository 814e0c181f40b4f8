"""Links typed in the admin: a link without its scheme ("vng.nl/training") is refused with
the https:// version as the suggestion, never saved silently as http:// (Django's
URLField would prepend its assumed scheme without a word)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class SchemeRequiredURLField(forms.URLField):
    def __init__(self, **kwargs):
        kwargs["assume_scheme"] = "https"
        super().__init__(**kwargs)

    def to_python(self, value):
        value = (value or "").strip()
        if value and "://" not in value and not value.startswith(("mailto:", "tel:")):
            raise ValidationError(
                _(
                    "Begin de link met https:// (of http://), bijvoorbeeld https://%(link)s. "
                    "Controleer of de site de beveiligde link (https) gebruikt."
                ),
                code="missing_scheme",
                params={"link": value.lstrip("/")},
            )
        return super().to_python(value)


# The keyword arguments every admin form gets for a models.URLField (registered in
# offerings/apps.py).
URL_FIELD_OVERRIDE = {"form_class": SchemeRequiredURLField}
