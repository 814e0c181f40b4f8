from django.db import models
from wagtail.admin.forms.models import register_form_field_override

from offerings.dates import STRICT_DATE_FIELD_OVERRIDE

# Every date-only field in the admin keeps what the editor typed and refuses what it cannot
# read, in Dutch (offerings/dates.py), instead of the picker turning it into today's date.
register_form_field_override(models.DateField, override=STRICT_DATE_FIELD_OVERRIDE)
