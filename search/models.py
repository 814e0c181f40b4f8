"""Query insight (one row per normalised query per day, no personal data) and the
synonyms editors manage."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search import dutch

MAX_LOGGED_QUERY_LENGTH = 100


class SearchQueryDay(models.Model):
    day = models.DateField(_("dag"), db_index=True)
    query = models.CharField(_("zoekvraag"), max_length=MAX_LOGGED_QUERY_LENGTH)
    searches = models.PositiveIntegerField(_("aantal keer gezocht"), default=0)
    result_count = models.PositiveIntegerField(
        _("aantal resultaten"), default=0, help_text=_("Bij de laatste zoekopdracht van die dag.")
    )

    class Meta:
        verbose_name = _("zoekvraag per dag")
        verbose_name_plural = _("zoekvragen per dag")
        constraints = [models.UniqueConstraint(fields=["day", "query"], name="unique_query_per_day")]
        indexes = [models.Index(fields=["result_count", "day"])]

    def __str__(self):
        return f"{self.day}: {self.query}"


class Synonym(models.Model):
    """A group of words that mean the same to our users; a query with one finds all."""

    terms = models.TextField(
        _("woorden"),
        help_text=_(
            "Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's. "
            "Bijvoorbeeld: tegenstellingen, polarisatie"
        ),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("synoniemengroep")
        verbose_name_plural = _("synoniemen")
        ordering = ["terms"]

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]

    def stemmed_terms(self):
        """Each term as a tuple of keys (dutch.keys: whole words, so a phrase stays a
        phrase); terms without meaningful words are left out."""
        return [stems for stems in (tuple(dutch.keys(term)) for term in self.term_list()) if stems]

    def clean(self):
        super().clean()
        terms = self.term_list()
        if len(terms) < 2:
            raise ValidationError({"terms": _("Geef minstens twee woorden, gescheiden door een komma.")})
        if len(terms) > 20 or any(len(term) > 60 for term in terms):
            raise ValidationError({"terms": _("Gebruik hoogstens 20 woorden van elk hoogstens 60 tekens.")})
        if len(set(self.stemmed_terms())) < 2:
            raise ValidationError(
                {
                    "terms": _(
                        "Deze woorden komen na het ontleden op hetzelfde neer; voeg een ander woord toe."
                    )
                }
            )
        self.terms = ", ".join(terms)
