"""Searching the organisations in the admin (snippet listing and chooser) finds them by name
and abbreviation, on SQLite as on PostgreSQL."""

from django.urls import reverse

from partners.models import Organisation


def test_organisation_listing_search_finds_by_name_and_abbreviation(login, db):
    Organisation.objects.create(name="Zoektest Onderzoeksbureau Noord", abbreviation="ZON")
    Organisation.objects.create(name="Andere stichting", abbreviation="AST")
    client = login("coordinator")
    url = reverse("wagtailsnippets_partners_organisation:list")
    for query in ("ZON", "Onderzoeksbureau"):
        response = client.get(url, {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Zoektest Onderzoeksbureau Noord" in html
        assert "Andere stichting" not in html
