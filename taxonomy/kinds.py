"""The three kinds of offer. Fixed in code: each kind is a page type."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    PUBLICATION = "publicatie", _("Publicatie")
    TRAINING = "training", _("Training")
    CONTACT_POINT = "contactpunt", _("Contactpunt")


KIND_PLURALS = {
    Kind.PUBLICATION: _("Publicaties"),
    Kind.TRAINING: _("Trainingen"),
    Kind.CONTACT_POINT: _("Contactpunten"),
}
