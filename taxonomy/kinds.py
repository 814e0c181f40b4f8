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


class SchemaType(models.TextChoices):
    """What a form (vorm) of publication is in schema.org terms: the JSON-LD @type of the
    publications of that form (api/structured_data.py)."""

    LEARNING_RESOURCE = "LearningResource", _("Leermateriaal (handreiking, toolkit, kennisdocument)")
    BOOK = "Book", _("Boek")
    REPORT = "Report", _("Rapport (ook een genummerd rapport of een monitor zonder edities)")
    PERIODICAL = "Periodical", _("Periodiek (monitor, dreigingsbeeld of tijdschrift met edities)")
    SCHOLARLY_ARTICLE = "ScholarlyArticle", _("Wetenschappelijk artikel")
    ARTICLE = "Article", _("Artikel of essay")
