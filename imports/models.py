"""What imports remember: which page a partner's external id became, and an uploaded file
between the report and the confirmation in the admin."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImportedOffering(models.Model):
    """Re-importing a row with the same externe_id updates this page instead of duplicating."""

    partner = models.ForeignKey("partners.PartnerPage", on_delete=models.CASCADE, related_name="+")
    external_id = models.CharField(_("externe id"), max_length=100)
    page = models.ForeignKey("offerings.OfferingPage", on_delete=models.CASCADE, related_name="+")
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("geïmporteerd aanbod")
        verbose_name_plural = _("geïmporteerd aanbod")
        constraints = [
            models.UniqueConstraint(
                fields=["partner", "external_id"], name="imports_one_page_per_external_id"
            )
        ]

    def __str__(self):
        return f"{self.external_id} → {self.page_id}"


class PendingImport(models.Model):
    """An uploaded file awaiting confirmation (deleted when imported or after a day). A large
    file is checked and written by a task (imports/tasks.py): `status` and the row counts are
    its progress, `report` the finished check (ImportReport.as_data())."""

    CHECKING = "checking"
    CHECKED = "checked"
    IMPORTING = "importing"
    DONE = "done"
    FAILED = "failed"
    STATUSES = [
        (CHECKING, _("wordt gecontroleerd")),
        (CHECKED, _("gecontroleerd")),
        (IMPORTING, _("wordt geïmporteerd")),
        (DONE, _("geïmporteerd")),
        (FAILED, _("mislukt")),
    ]

    partner = models.ForeignKey("partners.PartnerPage", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=20, choices=STATUSES, default=CHECKED)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    report = models.JSONField(null=True, blank=True)

    def __str__(self):
        return self.filename
