"""Fixed value lists for offering metadata (facets in the finder)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Cost(models.TextChoices):
    FREE = "gratis", _("Gratis")
    PAID = "kosten", _("Met kosten")


class Delivery(models.TextChoices):
    ONLINE = "online", _("Online")
    ON_SITE = "op-locatie", _("Op locatie")
    HYBRID = "hybride", _("Hybride")


class Language(models.TextChoices):
    DUTCH = "nl", _("Nederlands")
    ENGLISH = "en", _("Engels")


class Region(models.TextChoices):
    """Where an offering is available: the whole country, a part of it (the four
    landsdelen, as CBS divides the country) or one province."""

    NATIONAL = "landelijk", _("Landelijk")
    NORTH = "noord-nederland", "Noord-Nederland"
    EAST = "oost-nederland", "Oost-Nederland"
    WEST = "west-nederland", "West-Nederland"
    SOUTH = "zuid-nederland", "Zuid-Nederland"
    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Fryslân"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"
