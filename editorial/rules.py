"""Editorial rules shared by the workflow task, the admin hooks and the tests."""

from wagtail.models import Page

from offerings.models import OfferingPage


def coordination_check_enabled(partner):
    """Whether new offerings of `partner` (a PartnerPage or its pk) go past Coördinatie."""
    from editorial.models import PartnerWorkflowSettings

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
