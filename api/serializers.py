"""How taxonomies, choices and partners look in the API: always {"slug": ..., "label": ...}."""

from rest_framework import serializers
from rest_framework.fields import Field


class TermSerializer(serializers.Serializer):
    """A theme, audience, phase or form, as the finder's parameters and facets name it."""

    slug = serializers.CharField()
    label = serializers.CharField(source="name")


class TermsField(Field):
    """A many-to-many relation to terms, in the terms' own order."""

    def to_representation(self, manager):
        return [TermSerializer(term).data for term in manager.all()]


class TermField(Field):
    def to_representation(self, term):
        return TermSerializer(term).data


class ChoiceField(Field):
    """A value from a fixed list (kind, cost, delivery, language, region); blank becomes null."""

    def __init__(self, choices, **kwargs):
        self.labels = {str(value): label for value, label in choices}
        super().__init__(**kwargs)

    def to_representation(self, value):
        if value in (None, ""):
            return None
        return {"slug": value, "label": str(self.labels.get(value, value))}


class ChoiceListField(ChoiceField):
    def to_representation(self, values):
        return [super(ChoiceListField, self).to_representation(value) for value in values or []]


class PartnerRefField(Field):
    """The partner an offering belongs to, as the finder's `partner` facet names it."""

    def to_representation(self, partner):
        return {"slug": partner.slug, "label": partner.abbreviation, "name": partner.title}


class PublicPicksField(Field):
    """A question's hand-picked offerings. The questions endpoint prefetches only the picks
    of public offerings (QuestionsAPIViewSet.get_queryset); this field only formats them."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, question):
        request = self.context.get("request")
        return [
            {
                "id": pick.offering_id,
                "title": pick.offering.title,
                "html_url": pick.offering.get_full_url(request),
            }
            for pick in question.picks.all()
        ]


class PartialDateSerializer(Field):
    """A year, month or day, possibly approximate (offerings/dates.py PartialDate):
    {"date": "2015", "precision": "year", "circa": true, "label": "ca. 2015"}."""

    def to_representation(self, value):
        if not value:
            return None
        return {"date": value.iso, "precision": value.precision, "circa": value.circa, "label": value.label}


class AuthorsField(Field):
    """A publication's authors (people), in the order of the title page."""

    def to_representation(self, manager):
        return [{"name": author.name} for author in manager.all()]


def organisation_data(organisation):
    partner = organisation.partner
    return {
        "name": organisation.name,
        "abbreviation": organisation.abbreviation,
        "url": organisation.website,
        "partner": PartnerRefField().to_representation(partner) if partner and partner.live else None,
    }


class OrganisationsField(Field):
    """Publishers or commissioners: organisations, partners of this site or not."""

    def to_representation(self, manager):
        return [organisation_data(link.organisation) for link in manager.all()]


class EditionsField(Field):
    """The editions of a periodic publication, newest first."""

    def get_attribute(self, instance):
        return instance.editions_newest_first

    def to_representation(self, editions):
        dates = PartialDateSerializer()
        return [
            {
                "title": edition.title,
                "published": dates.to_representation(edition.published),
                "url": edition.url,
            }
            for edition in editions
        ]
