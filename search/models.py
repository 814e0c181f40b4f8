"""Query insight: one row per normalised query per day, no personal data."""

from django.db import models
from django.utils.translation import gettext_lazy as _

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
