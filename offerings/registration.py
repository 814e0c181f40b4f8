"""Whether one can still register for a training: one rule for the result list, the
training page and the API.

The states are those an official decides on: open (the "Aanmelden" button is shown), vol
(full), gesloten (registration closed: the deadline passed, the session started, or there
is no way to register online) and afgelopen (ended). Each session of a training
(offerings.TrainingSession.state_on) has one of these states; the training's state follows
from its sessions:

- no sessions (an ongoing training): open when it has a registration link, else gesloten;
- open when a session that has not ended is open and has a link (its own or the training's);
- afgelopen when every session ended;
- vol when every session that has not ended is full (capacity reached);
- else gesloten.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RegistrationState(models.TextChoices):
    OPEN = "open", _("Aanmelden kan")
    FULL = "vol", _("Vol")
    CLOSED = "gesloten", _("Aanmelden gesloten")
    ENDED = "afgelopen", _("Afgelopen")


def registration_state(training, today=None, sessions=None):
    """The RegistrationState of a training, from its sessions (see above). `sessions`: the
    training's sessions when the caller loaded them already (a result list loads those of
    all its trainings in one query); else they are read here."""
    today = today or timezone.localdate()
    if training.end_date is not None and training.end_date < today:
        return RegistrationState.ENDED  # its last day (kept from the sessions) has passed
    sessions = list(training.sessions.all()) if sessions is None else sessions
    if not sessions:
        return RegistrationState.OPEN if training.registration_url else RegistrationState.CLOSED
    states = [(session.state_on(today), session) for session in sessions]
    running = [(state, session) for state, session in states if state != RegistrationState.ENDED]
    if not running:
        return RegistrationState.ENDED
    if any(
        state == RegistrationState.OPEN and (session.registration_url or training.registration_url)
        for state, session in running
    ):
        return RegistrationState.OPEN
    if all(state == RegistrationState.FULL for state, _session in running):
        return RegistrationState.FULL
    return RegistrationState.CLOSED
