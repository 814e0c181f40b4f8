"""Organisations that publish or commission: one per partner, shared, and partner editors may
choose and add them but not change or delete them."""

import pytest
from django.urls import reverse

from partners.models import Organisation, PartnerPage


@pytest.mark.django_db
def test_every_partner_is_an_organisation():
    partners = list(PartnerPage.objects.all())
    assert partners
    for partner in partners:
        organisation = Organisation.objects.get(partner=partner)
        assert organisation.name == partner.title
        assert organisation.abbreviation == partner.abbreviation


@pytest.mark.django_db
def test_partner_editor_chooses_and_adds_organisations_but_does_not_change_them(login):
    client = login("kis-redacteur")
    chooser = client.get(reverse("wagtailsnippetchoosers_partners_organisation:choose"))
    assert chooser.status_code == 200
    assert "DSP-groep" in chooser.json()["html"]
    found = client.get(reverse("wagtailsnippetchoosers_partners_organisation:choose_results"), {"q": "NSOB"})
    assert "Nederlandse School voor Openbaar Bestuur" in found.content.decode()
    assert "Organisatie toevoegen" in chooser.json()["html"]

    created = client.post(
        reverse("wagtailsnippetchoosers_partners_organisation:create"),
        {"name": "Hogeschool Utrecht", "abbreviation": "HU", "website": "https://www.hu.nl"},
    )
    assert created.status_code == 200
    assert created.json()["step"] == "chosen"
    hu = Organisation.objects.get(name="Hogeschool Utrecht")
    assert hu.partner is None

    nsob = Organisation.objects.get(abbreviation="NSOB")
    edit = client.post(
        reverse("wagtailsnippets_partners_organisation:edit", args=(nsob.pk,)),
        {"name": "Gekaapt", "abbreviation": "", "website": ""},
    )
    assert edit.status_code in (302, 403)
    assert Organisation.objects.get(pk=nsob.pk).name == "Nederlandse School voor Openbaar Bestuur"
    client.post(reverse("wagtailsnippets_partners_organisation:delete", args=(nsob.pk,)))
    assert Organisation.objects.filter(pk=nsob.pk).exists()


@pytest.mark.django_db
def test_a_duplicate_organisation_is_refused_in_dutch(login):
    client = login("kis-redacteur")
    response = client.post(
        reverse("wagtailsnippetchoosers_partners_organisation:create"),
        {"name": "Rijksuniversiteit Groningen", "abbreviation": "", "website": ""},
    )
    assert Organisation.objects.filter(name="Rijksuniversiteit Groningen").count() == 1
    assert "bestaat al" in response.json()["htmlFragment"]


@pytest.mark.django_db
def test_renaming_an_organisation_updates_the_finder(client):
    from offerings.models import PublicationPage

    nctv = Organisation.objects.get(abbreviation="NCTV")
    page = PublicationPage.objects.live().filter(publishers__organisation=nctv).first()
    nctv.name = "Nationaal Coördinator Contraterrorisme Zeldzaamwoord"
    nctv.save()
    result = client.get("/aanbod/", {"q": "zeldzaamwoord"}).context["result"]
    assert page.pk in [item.pk for item in result.items]


@pytest.mark.django_db
def test_an_organisation_that_publications_name_cannot_be_deleted(login):
    client = login("coordinator")
    nctv = Organisation.objects.get(abbreviation="NCTV")
    url = reverse("wagtailsnippets_partners_organisation:delete", args=(nctv.pk,))
    confirm = client.get(url)
    assert confirm.status_code == 200
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert Organisation.objects.filter(pk=nctv.pk).exists()
    # The message for a protected snippet is issue 12's (shared with protected forms).
