"""What municipalities reported missing ("Mist u iets?"), for Coördinatie to handle."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_DESCRIPTION_LENGTH = 2000


class MissingOfferReport(models.Model):
    description = models.TextField(_("wat zocht u?"), max_length=MAX_DESCRIPTION_LENGTH)
    theme = models.ForeignKey(
        "taxonomy.Theme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("thema"),
    )
    municipality = models.CharField(_("gemeente"), max_length=100, blank=True)
    email = models.EmailField(
        _("e-mailadres"), blank=True, help_text=_("Alleen ingevuld als de melder een antwoord wil.")
    )
    query = models.CharField(_("zoekvraag in de zoeker"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now, db_index=True)
    handled = models.BooleanField(_("afgehandeld"), default=False, db_index=True)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("afgehandeld door"),
    )
    handling_note = models.TextField(_("notitie van Coördinatie"), blank=True, max_length=2000)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("doorgegeven aan partner"),
        help_text=_(
            "De redactie van deze partner krijgt de melding per e-mail "
            "(zonder het e-mailadres van de melder)."
        ),
    )

    class Meta:
        verbose_name = _("gemelde behoefte")
        verbose_name_plural = _("gemelde behoeften ('Mist u iets?')")
        ordering = ["handled", "-created_at"]

    def get_handled_display(self):
        """'ja'/'nee' in the admin's detail view (not 'afgehandeld: False')."""
        return _("ja") if self.handled else _("nee")

    def __str__(self):
        text = " ".join(self.description.split())
        return text if len(text) <= 60 else text[:59] + "…"
