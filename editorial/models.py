"""Editorial workflow models: the review task with Dutch labels and per-partner settings,
and the coordination rule they carry out together (which new offerings go past Coördinatie)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState

from editorial.flow import landing_url
from offerings.models import OfferingPage


class EditorialReviewTask(AbstractGroupApprovalTask):
    """A review step done by one or more groups.

    With only_new_offerings set, the step applies only to offerings that were never live
    and whose partner has the coordination check switched on; otherwise it is skipped, so
    corrections to live offerings need only the partner's own final editors.
    """

    only_new_offerings = models.BooleanField(
        _("alleen voor nieuw aanbod"),
        default=False,
        help_text=_(
            "Aan: deze stap geldt alleen voor aanbod dat nog nooit gepubliceerd is, en alleen "
            "als de partner de coördinatiecheck aan heeft staan."
        ),
    )

    admin_form_fields = [*AbstractGroupApprovalTask.admin_form_fields, "only_new_offerings"]

    class Meta:
        verbose_name = _("redactiestap")
        verbose_name_plural = _("redactiestappen")

    def applies_to(self, obj):
        if not self.only_new_offerings:
            return True
        return needs_coordination_check(obj)

    def start(self, workflow_state, user=None):
        if self.applies_to(workflow_state.content_object):
            return super().start(workflow_state, user=user)
        # Not needed for this object: record the step as skipped; Wagtail moves on.
        return TaskState.objects.create(
            workflow_state=workflow_state,
            task=self,
            status=TaskState.STATUS_SKIPPED,
            revision=workflow_state.content_object.get_latest_revision(),
        )

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Terugsturen met opmerking"), True),
                ("approve", _("Goedkeuren"), False),
                ("approve", _("Goedkeuren met opmerking"), True),
            ]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        super().on_action(task_state, user, action_name, **kwargs)
        # Wagtail's workflow action view then redirects to the page editor, which a reviewer
        # without page rights (Coördinatie) can no longer open once the page moved on: land
        # on the dashboard, which every role can open (editorial/flow.py).
        return landing_url()

    @classmethod
    def get_description(cls):
        return _("Leden van de gekozen groepen keuren deze stap goed of sturen terug met een opmerking.")


class PartnerWorkflowSettings(models.Model):
    """Editorial settings of one partner, kept off the page so revisions never reset them."""

    partner = models.OneToOneField(
        "partners.PartnerPage",
        on_delete=models.CASCADE,
        related_name="workflow_settings",
        verbose_name=_("partnerorganisatie"),
    )
    coordination_check = models.BooleanField(
        _("coördinatiecheck voor nieuw aanbod"),
        default=True,
        help_text=_("Nieuw aanbod van deze partner gaat na de eindredactie ook langs Coördinatie."),
    )

    class Meta:
        verbose_name = _("redactie-instellingen van een partner")
        verbose_name_plural = _("redactie-instellingen van partners")
        permissions = [
            ("provision_partner", _("Kan partners toevoegen en hun rechten herstellen")),
            ("view_all_pages", _("Kan alle pagina's en concepten in de beheeromgeving bekijken")),
        ]

    def __str__(self):
        return str(self.partner)


def coordination_check_enabled(partner):
    """Whether new offerings of `partner` (a PartnerPage or its pk) go past Coördinatie."""
    if partner is None:
        return False
    settings = PartnerWorkflowSettings.objects.filter(partner=partner).first()
    return True if settings is None else settings.coordination_check


def needs_coordination_check(obj):
    """An offering that was never live, in a partner section with the check switched on."""

    if not isinstance(obj, Page):
        return False
    page = obj.specific_deferred if type(obj) is Page else obj
    if not isinstance(page, OfferingPage):
        return False
    if page.first_published_at is not None:
        return False
    # OfferingPage.save() and the move signal keep the stored partner up to date.
    return coordination_check_enabled(page.partner_id)
