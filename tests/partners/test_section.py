"""One helper finds the partner section of a page, for the stored offering partner and the
editorial rules (editorial/models.py) alike."""

import pytest

from catalogue.models import CatalogueIndexPage
from editorial.models import PartnerWorkflowSettings, needs_coordination_check
from offerings.models import OfferingPage
from partners.models import PartnerPage
from tests.editorial.conftest import add_draft

pytestmark = pytest.mark.django_db


def test_section_of_finds_the_partner_above_the_page_or_the_page_itself():
    kis = PartnerPage.objects.get(abbreviation="KIS")
    offering = OfferingPage.objects.child_of(kis).first()
    assert PartnerPage.section_of(offering) == kis
    assert PartnerPage.section_of(kis.page_ptr) == kis
    assert PartnerPage.section_of(CatalogueIndexPage.objects.first()) is None
    assert PartnerPage.section_of(OfferingPage(title="Nog niet in de boom")) is None
    assert offering.find_partner() == kis


def test_coordination_check_follows_the_stored_partner(django_user_model):
    draft = add_draft("KIS", "Nieuw KIS-aanbod", django_user_model.objects.get(username="kis-redacteur"))
    vng = PartnerPage.objects.get(abbreviation="VNG")
    PartnerWorkflowSettings.objects.update_or_create(partner=vng, defaults={"coordination_check": False})
    PartnerWorkflowSettings.objects.update_or_create(
        partner=draft.partner, defaults={"coordination_check": True}
    )
    assert needs_coordination_check(draft)
    draft.partner = vng  # the stored partner decides, not a walk up the tree
    assert not needs_coordination_check(draft)
