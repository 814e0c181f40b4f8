"""How a partner, and an organisation that publishes or commissions, look in the API."""

from rest_framework.fields import Field


class PartnerRefField(Field):
    """The partner an offering belongs to, as the finder's `partner` facet names it."""

    def to_representation(self, partner):
        return {"slug": partner.slug, "label": partner.abbreviation, "name": partner.title}


def organisation_data(organisation):
    partner = organisation.partner
    return {
        "name": organisation.name,
        "abbreviation": organisation.abbreviation,
        "url": organisation.website,
        "part_of": organisation.parent.name if organisation.parent_id else None,
        "partner": PartnerRefField().to_representation(partner) if partner and partner.live else None,
    }


class OrganisationsField(Field):
    """Publishers or commissioners: organisations, partners of this site or not."""

    def to_representation(self, manager):
        return [organisation_data(link.organisation) for link in manager.all()]
