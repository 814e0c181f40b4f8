"""How a partner looks in the API when another page refers to it."""

from rest_framework.fields import Field


class PartnerRefField(Field):
    """The partner an offering belongs to, as the finder's `partner` facet names it."""

    def to_representation(self, partner):
        return {"slug": partner.slug, "label": partner.abbreviation, "name": partner.title}
