"""'Was dit nuttig?' answers and daily usage counts per offering.

Privacy: nothing here identifies a visitor. An answer keeps the page, yes/no, the optional
text and the day (no time, address, browser or cookie); usage is one counter row per
offering per day. The rate limit hashes the client address into a cache key that expires
(core/ratelimit.py), never into these tables.
"""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.counters import update_or_insert

MAX_COMMENT_LENGTH = 1000


class Feedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("pagina")
    )
    useful = models.BooleanField(_("nuttig"))
    comment = models.TextField(_("toelichting"), max_length=MAX_COMMENT_LENGTH, blank=True)
    created_on = models.DateField(_("datum"), default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = _("reactie 'Was dit nuttig?'")
        verbose_name_plural = _("reacties 'Was dit nuttig?'")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return f"{self.page_id}: {'ja' if self.useful else 'nee'}"


class DailyUsage(models.Model):
    """Views of an offering's page and clicks on its registration or document link, per day."""

    page = models.ForeignKey(
        "offerings.OfferingPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("aanbod")
    )
    day = models.DateField(_("dag"))
    views = models.PositiveIntegerField(_("weergaven"), default=0)
    clicks = models.PositiveIntegerField(_("doorkliks"), default=0)

    class Meta:
        verbose_name = _("gebruik per dag")
        verbose_name_plural = _("gebruik per dag")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="feedback_usage_one_row_per_day")]
        indexes = [models.Index(fields=["day", "page"], name="feedback_usage_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}/{self.clicks}"


def count(page_id, field):
    """Add one to today's `views` or `clicks` of an offering: one UPDATE, or an INSERT for
    the day's first hit (a concurrent first hit makes the INSERT fail; then UPDATE again)."""
    day = timezone.localdate()
    rows = DailyUsage.objects.filter(page_id=page_id, day=day)
    update_or_insert(rows, {field: F(field) + 1}, page_id=page_id, day=day, **{field: 1})
