"""The page tree cannot be misused: each page type only where it belongs."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from catalogue.models import CatalogueIndexPage
from home.models import ContentPage, HomePage
from offerings.models import (
    ContactPointPage,
    OfferingPage,
    PublicationPage,
    TrainingPage,
)
from partners.models import PartnerPage

OFFERING_TYPES = (PublicationPage, TrainingPage, ContactPointPage)


@pytest.mark.django_db
class TestTreeRules(WagtailPageTestCase):
    def test_home_only_under_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(CatalogueIndexPage, HomePage)

    def test_catalogue_only_under_home(self):
        self.assertAllowedParentPageTypes(CatalogueIndexPage, {HomePage})
        self.assertCanNotCreateAt(PartnerPage, CatalogueIndexPage)
        self.assertCanNotCreateAt(Page, CatalogueIndexPage)

    def test_partner_only_under_catalogue(self):
        self.assertAllowedParentPageTypes(PartnerPage, {CatalogueIndexPage})
        self.assertCanNotCreateAt(HomePage, PartnerPage)

    def test_offerings_only_under_partner(self):
        for page_type in OFFERING_TYPES:
            self.assertAllowedParentPageTypes(page_type, {PartnerPage})
            self.assertCanNotCreateAt(CatalogueIndexPage, page_type)
            self.assertCanNotCreateAt(HomePage, page_type)
        self.assertAllowedSubpageTypes(PartnerPage, set(OFFERING_TYPES))

    def test_offerings_have_no_children_and_base_type_is_not_creatable(self):
        for page_type in OFFERING_TYPES:
            self.assertAllowedSubpageTypes(page_type, set())
        self.assertFalse(OfferingPage.is_creatable and OfferingPage.allowed_parent_page_models())

    def test_content_pages_under_home_only(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})

    def test_single_catalogue(self):
        home = HomePage.objects.get()
        self.assertFalse(CatalogueIndexPage.can_create_at(home))


@pytest.mark.django_db
def test_querying_offering_page_spans_all_kinds():
    kinds = set(OfferingPage.objects.live().values_list("kind", flat=True))
    assert kinds == {"publicatie", "training", "contactpunt"}
    assert OfferingPage.objects.count() == sum(model.objects.count() for model in OFFERING_TYPES)


@pytest.mark.django_db
def test_partner_is_derived_from_the_tree_and_follows_moves():
    offering = PublicationPage.objects.filter(partner__abbreviation="VNG").first()
    kis = PartnerPage.objects.get(abbreviation="KIS")
    offering.move(kis, pos="last-child")
    offering.refresh_from_db()
    assert offering.partner_id == kis.pk
