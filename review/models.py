"""The ministry's periodic review round: one item per live offering, acted on by its partner.

Items are never deleted and closed rounds are history, so every action is kept in
ReviewAction (who, when, what, note) next to the item's current state.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from taxonomy.kinds import Kind


def describe_months(months):
    """'elke 6 maanden' / 'elke 2 jaar'; None: the fallback of STALE_AFTER_DAYS days."""
    if months is None:
        return gettext("elke %(days)s dagen") % {"days": settings.STALE_AFTER_DAYS}
    if months % 12 == 0:
        years = months // 12
        return ngettext("elk jaar", "elke %(n)s jaar", years) % {"n": years}
    return ngettext("elke maand", "elke %(n)s maanden", months) % {"n": months}


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "gesloten", _("Gesloten")


class ItemStatus(models.TextChoices):
    OPEN = "open", _("Open")
    UPDATING = "wordt-aangepast", _("Wordt aangepast")
    WITHDRAW_REQUESTED = "intrekking-aangevraagd", _("Intrekking aangevraagd")
    CONFIRMED = "nog-actueel", _("Nog actueel")
    UPDATED = "aangepast", _("Aangepast")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")
    NOT_CONFIRMED = "niet-bevestigd", _("Niet bevestigd")


# States in which the partner still has to finish something; they count as open in progress.
PENDING_STATUSES = (ItemStatus.OPEN, ItemStatus.UPDATING, ItemStatus.WITHDRAW_REQUESTED)
# The partner responded: the item ended in one of these.
RESPONDED_STATUSES = (ItemStatus.CONFIRMED, ItemStatus.UPDATED, ItemStatus.WITHDRAWN)


class ActionKind(models.TextChoices):
    OPENED = "geopend", _("Ronde geopend")
    CONFIRMED = "nog-actueel", _("Nog actueel bevestigd")
    UPDATE_STARTED = "aanpassen-gestart", _("Aanpassen gestart")
    UPDATE_PUBLISHED = "aanpassing-gepubliceerd", _("Aanpassing gepubliceerd")
    WITHDRAW_REQUESTED = "intrekking-aangevraagd", _("Intrekking aangevraagd")
    WITHDRAW_REJECTED = "intrekking-afgewezen", _("Intrekking afgewezen")
    WITHDRAWN = "ingetrokken", _("Ingetrokken (gedepubliceerd)")
    APPROVED = "goedgekeurd", _("Goedgekeurd in de redactiewerkstroom")
    NOT_CONFIRMED = "niet-bevestigd", _("Niet bevestigd bij het sluiten van de ronde")
    REOPENED = "heropend", _("Weer open: de ronde is heropend")


class ReviewRound(models.Model):
    name = models.CharField(_("naam"), max_length=150, unique=True)
    deadline = models.DateField(_("uiterste datum"))
    note = models.TextField(_("toelichting voor partners"), blank=True, max_length=2000)
    all_partners = models.BooleanField(_("alle partners"), default=True)
    partners = models.ManyToManyField(
        "partners.PartnerPage",
        blank=True,
        related_name="review_rounds",
        verbose_name=_("partners in deze ronde"),
        help_text=_("Alleen nodig als de ronde niet voor alle partners is."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.OPEN, db_index=True
    )
    opened_at = models.DateTimeField(_("geopend op"), default=timezone.now)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("geopend door"),
    )
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gesloten door"),
    )
    grace_days = models.PositiveSmallIntegerField(
        _("dagen tot 'niet bevestigd' op de site staat"),
        default=30,
        validators=[MaxValueValidator(365, _("Kies hoogstens 365 dagen."))],
        help_text=_(
            "Aanbod dat bij het sluiten niet is bevestigd, toont zoveel dagen na het sluiten op de "
            "site 'Niet bevestigd in controleronde ...' in plaats van 'Laatst gecontroleerd op'."
        ),
    )
    # Set when the round is closed: closed_at + grace_days.
    unconfirmed_public_at = models.DateTimeField(_("'niet bevestigd' zichtbaar vanaf"), null=True, blank=True)

    class Meta:
        verbose_name = _("controleronde")
        verbose_name_plural = _("controlerondes")
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return self.name

    @property
    def is_open(self):
        return self.status == RoundStatus.OPEN

    @property
    def is_overdue(self):
        return self.is_open and self.deadline < timezone.localdate()


class ReviewItem(models.Model):
    review_round = models.ForeignKey(
        ReviewRound, on_delete=models.CASCADE, related_name="items", verbose_name=_("controleronde")
    )
    offering = models.ForeignKey(
        "offerings.OfferingPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="review_items",
        verbose_name=_("aanbod"),
    )
    # Kept at opening so the history stays readable if the page is later moved or deleted.
    offering_title = models.CharField(_("titel van het aanbod"), max_length=255)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        on_delete=models.PROTECT,
        related_name="review_items",
        verbose_name=_("partnerorganisatie"),
    )
    status = models.CharField(
        _("status"), max_length=25, choices=ItemStatus.choices, default=ItemStatus.OPEN, db_index=True
    )
    acted_at = models.DateTimeField(_("laatste actie op"), null=True, blank=True)
    acted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("laatste actie door"),
    )
    note = models.TextField(_("notitie bij de laatste actie"), blank=True)

    class Meta:
        verbose_name = _("controle-item")
        verbose_name_plural = _("controle-items")
        ordering = ["partner__abbreviation", "offering_title", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["review_round", "offering"], name="one_item_per_offering_per_round"
            )
        ]

    def __str__(self):
        return self.offering_title


class ReviewAction(models.Model):
    """One step taken on an item; the audit trail of the round."""

    item = models.ForeignKey(ReviewItem, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(_("actie"), max_length=30, choices=ActionKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("door"),
    )
    at = models.DateTimeField(_("op"), default=timezone.now)
    note = models.TextField(_("notitie"), blank=True)

    class Meta:
        verbose_name = _("actie in controleronde")
        verbose_name_plural = _("acties in controleronde")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.item})"


class ReminderLog(models.Model):
    """A reminder that was sent; the key makes the command idempotent."""

    review_round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="reminders")
    partner = models.ForeignKey("partners.PartnerPage", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(_("soort herinnering"), max_length=40)
    day = models.DateField(_("verzonden op dag"))
    sent_at = models.DateTimeField(_("verzonden op"), default=timezone.now)
    recipients = models.TextField(_("ontvangers"))
    open_items = models.PositiveIntegerField(_("open items"))

    class Meta:
        verbose_name = _("verzonden herinnering")
        verbose_name_plural = _("verzonden herinneringen")
        constraints = [
            models.UniqueConstraint(fields=["review_round", "partner", "key"], name="one_reminder_per_key")
        ]

    def __str__(self):
        return f"{self.review_round} / {self.partner} / {self.key}"


class ReviewInterval(models.Model):
    """How often offerings of one kind must be checked; set by Coördinatie."""

    kind = models.CharField(_("soort aanbod"), max_length=20, choices=Kind.choices, unique=True)
    months = models.PositiveSmallIntegerField(
        _("controleren na (maanden)"),
        validators=[
            MinValueValidator(1, _("Kies minstens 1 maand.")),
            MaxValueValidator(120, _("Kies hoogstens 120 maanden (10 jaar).")),
        ],
        help_text=_("Aanbod van deze soort dat langer niet is gecontroleerd, staat bij 'Verouderd aanbod'."),
    )

    class Meta:
        verbose_name = _("controle-interval")
        verbose_name_plural = _("controle-intervallen")
        ordering = ["kind"]

    def __str__(self):
        return f"{self.get_kind_display()}: {describe_months(self.months)}"


class OverdueLevel(models.TextChoices):
    OWNER = "eigenaar", _("Eigenaar")
    FINAL_EDITORS = "eindredactie", _("Eindredactie")
    COORDINATION = "coordinatie", _("Coördinatie")


class OverdueReminder(models.Model):
    """A mail about an offering past its review date; one per offering, level and due date."""

    offering = models.ForeignKey(
        "offerings.OfferingPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("aanbod")
    )
    level = models.CharField(_("aan"), max_length=20, choices=OverdueLevel.choices)
    due = models.DateField(_("te controleren vóór"))
    day = models.DateField(_("verzonden op dag"))
    sent_at = models.DateTimeField(_("verzonden op"), default=timezone.now)
    recipients = models.TextField(_("ontvangers"))

    class Meta:
        verbose_name = _("herinnering verouderd aanbod")
        verbose_name_plural = _("herinneringen verouderd aanbod")
        ordering = ["-sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["offering", "level", "due"], name="one_overdue_reminder_per_level"
            )
        ]

    def __str__(self):
        return f"{self.offering} / {self.get_level_display()} / {self.due}"
