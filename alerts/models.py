"""Followed finder searches ("Volg deze zoekopdracht") and what was mailed for them.

An address is kept only while it is subscribed: unsubscribing deletes the row (and its
sent items); an unconfirmed sign-up is deleted after ALERTS_CONFIRM_HOURS. The key in the
links of the mails is the only credential: no account, no password.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 2000


class Frequency(models.TextChoices):
    DAILY = "dagelijks", _("Dagelijks")
    WEEKLY = "wekelijks", _("Wekelijks")


PERIODS = {Frequency.DAILY: datetime.timedelta(days=1), Frequency.WEEKLY: datetime.timedelta(days=7)}
# A cron job that runs a little earlier than yesterday still sends (daily at 07:00 ± jitter).
DUE_TOLERANCE = datetime.timedelta(hours=2)


def new_key():
    return secrets.token_urlsafe(32)


class Subscription(models.Model):
    email = models.EmailField(_("e-mailadres"))
    query = models.CharField(_("zoekopdracht"), max_length=MAX_QUERY_LENGTH)  # the finder's querystring
    frequency = models.CharField(_("frequentie"), max_length=10, choices=Frequency.choices)
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    # Offerings published up to this moment have been considered (the next mail starts here).
    checked_until = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(_("laatste e-mail"), null=True, blank=True)

    class Meta:
        verbose_name = _("gevolgde zoekopdracht")
        verbose_name_plural = _("gevolgde zoekopdrachten")
        constraints = [
            models.UniqueConstraint(fields=["email", "query"], name="alerts_one_per_address_query")
        ]

    def __str__(self):
        return f"{self.pk}: {self.frequency}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def confirmation_expired(self, now=None):
        limit = datetime.timedelta(hours=settings.ALERTS_CONFIRM_HOURS)
        return not self.is_confirmed and self.created_at < (now or timezone.now()) - limit

    def is_due(self, now):
        """The first run after confirming always looks (what was published since then goes
        out at once, not a period later); after that, once per period."""
        if not self.is_confirmed or self.checked_until is None:
            return False
        if self.checked_until == self.confirmed_at:
            return True
        return self.checked_until <= now - PERIODS[Frequency(self.frequency)] + DUE_TOLERANCE


class SentItem(models.Model):
    """One offering version mailed for one subscription: never mailed again."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="sent_items")
    page = models.ForeignKey("offerings.OfferingPage", on_delete=models.CASCADE, related_name="+")
    version = models.DateTimeField()  # the offering's last_published_at when mailed

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "page", "version"], name="alerts_sent_once")
        ]

    def __str__(self):
        return f"{self.subscription_id}: {self.page_id} @ {self.version}"


def expire_unconfirmed(now=None):
    """Delete sign-ups that were not confirmed in time; returns how many."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(hours=settings.ALERTS_CONFIRM_HOURS)
    deleted, _rows = Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=limit).delete()
    return deleted
