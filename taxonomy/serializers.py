"""How taxonomy terms and choices look in the API: always {"slug": ..., "label": ...}.

The fields sit with the models that declare them in `api_fields` (taxonomy is the lowest
layer, so offerings, partners and handbook can use them without importing api/)."""

from rest_framework import serializers
from rest_framework.fields import Field

from core.baseurl import page_url


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
                "html_url": page_url(pick.offering, request),
            }
            for pick in question.picks.all()
        ]
