"""Every page type renders for the public and its edit view renders in the admin."""

import pytest

from catalogue.models import CatalogueIndexPage
from home.models import ContentPage, HomePage
from offerings.models import ContactPointPage, PublicationPage, TrainingPage
from partners.models import PartnerPage
from search.finder import run_finder
from search.params import FinderQuery

PAGE_TYPES = [
    HomePage,
    ContentPage,
    CatalogueIndexPage,
    PartnerPage,
    PublicationPage,
    TrainingPage,
    ContactPointPage,
]


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_public_page_renders(client, page_type):
    page = page_type.objects.live().first()
    response = client.get(page.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert (
        f'<h1 class="nl-heading nl-heading--level-1">{page.title}' in body.replace("&#x27;", "'")
        or page_type is HomePage
    )


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_admin_edit_view_renders(admin_client_logged_in, page_type):
    page = page_type.objects.first()
    response = admin_client_logged_in.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert page.title in response.content.decode()


@pytest.mark.django_db
def test_offering_page_shows_decision_facts(client):
    training = TrainingPage.objects.live().exclude(location="").first()
    body = client.get(training.url).content.decode()
    assert training.location in body
    assert training.duration in body
    assert training.partner.title in body
    assert "Laatst gecontroleerd op" in body


@pytest.mark.django_db
def test_expired_training_is_labelled(client):
    expired = next(t for t in TrainingPage.objects.live() if t.is_expired)
    body = client.get(expired.url).content.decode()
    assert "Deze training is afgelopen" in body
    assert "registration--afgelopen" in body and ">Aanmelden</a>" not in body  # no button


@pytest.mark.django_db
def test_contact_point_shows_its_routes(client):
    contact = ContactPointPage.objects.live().exclude(email="").first()
    assert f"mailto:{contact.email}" in client.get(contact.url).content.decode()


@pytest.mark.django_db
def test_partner_page_lists_its_offerings(client):
    partner = PartnerPage.objects.get(abbreviation="ROR")
    body = client.get(partner.url).content.decode()
    offerings = list(partner.offerings.live())
    assert offerings
    for offering in offerings:
        assert offering.title.replace("'", "&#x27;") in body


@pytest.mark.django_db
def test_home_shows_questions_and_kinds_with_counts(client):
    body = client.get("/").content.decode()
    assert "Een demonstratie lokt een tegendemonstratie uit" in body
    # The count is what its link shows: the finder's public, current trainings.
    trainings = run_finder(FinderQuery(filters={"soort": ("training",)})).total
    assert 0 < trainings < TrainingPage.objects.live().count()  # the demo has ended trainings
    assert f'Trainingen</a> <span class="site-meta">({trainings})' in body


@pytest.mark.django_db
def test_no_third_party_requests_in_public_html(client):
    for url in ("/", "/aanbod/", PublicationPage.objects.live().first().url):
        body = client.get(url).content.decode()
        for tag in ('<script src="http', '<link rel="stylesheet" href="http', "fonts.googleapis"):
            assert tag not in body
