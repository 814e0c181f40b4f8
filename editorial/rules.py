"""Editorial rules shared by the workflow task, the admin hooks and the tests."""

from wagtail.models import Page


def partner_of(page):
    """The PartnerPage whose section holds this page (the page itself if it is one)."""
    from partners.models import PartnerPage

    if not page.path:
        return None
    return (
        PartnerPage.objects.filter(path__in=[page.path[:pos] for pos in range(4, len(page.path) + 1, 4)])
        .order_by("-depth")
        .first()
    )


def coordination_check_enabled(partner):
    from editorial.models import PartnerWorkflowSettings

    if partner is None:
        return False
    settings = PartnerWorkflowSettings.objects.filter(partner=partner).first()
    return True if settings is None else settings.coordination_check


def needs_coordination_check(obj):
    """An offering that was never live, in a partner section with the check switched on."""
    from offerings.models import OfferingPage

    if not isinstance(obj, Page):
        return False
    page = obj.specific_deferred if type(obj) is Page else obj
    if not isinstance(page, OfferingPage):
        return False
    if page.first_published_at is not None:
        return False
    return coordination_check_enabled(partner_of(page))
