"""Whether one can still register for a training: one rule for the result list, the
training page and the API.

The states are those an official decides on: open (the "Aanmelden" button is shown), vol
(full), gesloten (the training has started, or there is no way to register online) and
afgelopen (ended). Today a training's own fields decide (dates and registration link);
none of them says that a training is full, so "vol" is not reached from them yet: the
training sessions (issue 26) will say so, and this one function will read them.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RegistrationState(models.TextChoices):
    OPEN = "open", _("Aanmelden kan")
    FULL = "vol", _("Vol")
    CLOSED = "gesloten", _("Aanmelden gesloten")
    ENDED = "afgelopen", _("Afgelopen")


def registration_state(training, today=None):
    """The RegistrationState of a training (start_date, end_date, registration_url)."""
    today = today or timezone.localdate()
    if training.end_date is not None and training.end_date < today:
        return RegistrationState.ENDED
    if training.start_date is not None and training.start_date <= today:
        return RegistrationState.CLOSED  # started: joining is no longer possible
    if not training.registration_url:
        return RegistrationState.CLOSED
    return RegistrationState.OPEN
