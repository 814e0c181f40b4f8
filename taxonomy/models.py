"""Taxonomies that editors choose in offering pages, plus municipalities' questions."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from taxonomy.kinds import Kind, SchemaType
from taxonomy.serializers import ChoiceField, ChoiceListField, PublicPicksField, TermsField


class Term(index.Indexed, models.Model):
    """A label with a URL slug; the slug is what the finder's parameters carry."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Korte naam voor in webadressen, bijvoorbeeld 'polarisatie'."),
    )
    description = models.TextField(_("omschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [
        APIField("slug"),
        APIField("label", serializer=serializers.CharField(source="name")),
        APIField("description"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Audience(Term):
    class Meta(Term.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Phase(Term):
    """A phase of social unrest, from dormant discontent to aftercare."""

    class Meta(Term.Meta):
        verbose_name = _("fase van onrust")
        verbose_name_plural = _("fasen van onrust")


class Form(Term):
    """A form within one kind of offer (handreiking, leerlijn, vraagbaak, ...)."""

    kind = models.CharField(_("soort aanbod"), max_length=20, choices=Kind.choices)
    schema_type = models.CharField(
        _("soort publicatie (schema.org)"),
        max_length=20,
        choices=SchemaType.choices,
        default=SchemaType.LEARNING_RESOURCE,
        blank=True,
        help_text=_(
            "Alleen voor vormen van publicaties: hoe zoekmachines de publicaties van deze vorm "
            "zien (een boek, een rapport, een periodiek met edities, ...)."
        ),
    )

    panels = [FieldPanel("kind"), *Term.panels, FieldPanel("schema_type")]
    api_fields = [*Term.api_fields, APIField("kind", serializer=ChoiceField(Kind.choices))]

    class Meta(Term.Meta):
        verbose_name = _("vorm")
        verbose_name_plural = _("vormen")
        ordering = ["kind", "sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display().lower()})"


class KindListField(models.JSONField):
    """A list of kinds, edited as checkboxes (portable: no ArrayField on SQLite)."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=Kind.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class Question(index.Indexed, ClusterableModel):
    """A question as municipalities phrase it; an entry point into the finder."""

    question = models.CharField(_("vraag"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    intro = models.TextField(_("korte toelichting"))
    themes = ParentalManyToManyField(Theme, blank=True, verbose_name=_("thema's"))
    kinds = KindListField(
        _("soorten aanbod"), default=list, blank=True, help_text=_("Leeg betekent: alle soorten.")
    )
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("doelgroepen"))
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("question"),
        FieldPanel("slug"),
        FieldPanel("intro"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("kinds"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sort_order"),
        InlinePanel("picks", label=_("Uitgelicht aanbod")),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("intro")]
    api_fields = [
        APIField("slug"),
        APIField("question"),
        APIField("intro"),
        APIField("themes", serializer=TermsField()),
        APIField("audiences", serializer=TermsField()),
        APIField("kinds", serializer=ChoiceListField(Kind.choices)),
        APIField("picks", serializer=PublicPicksField()),
    ]

    class Meta:
        verbose_name = _("vraagstuk")
        verbose_name_plural = _("vraagstukken")
        ordering = ["sort_order", "question"]

    def __str__(self):
        return self.question

    def clean(self):
        super().clean()
        unknown = [k for k in self.kinds or [] if k not in Kind.values]
        if unknown:
            raise ValidationError(
                {"kinds": _("Onbekende soort aanbod: %(kinds)s.") % {"kinds": ", ".join(unknown)}}
            )


class QuestionPick(Orderable):
    """A hand-picked offering shown on top of a question's results."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="picks")
    offering = models.ForeignKey(
        "offerings.OfferingPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("aanbod")
    )

    panels = [FieldPanel("offering")]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgelicht aanbod")
