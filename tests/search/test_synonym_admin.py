"""The coordinating ministry manages the synonyms, and a change counts without a
reindex."""

import pytest
from django.urls import reverse

from search.finder import run_finder
from search.models import Synonym
from search.params import FinderQuery

pytestmark = pytest.mark.django_db


def test_coordinator_adds_a_synonym_that_counts_at_once(login):
    client = login("coordinator")
    assert client.get(reverse("wagtailsnippets_search_synonym:list")).status_code == 200
    assert run_finder(FinderQuery(q="zeldzaamsynoniem")).total == 0
    response = client.post(
        reverse("wagtailsnippets_search_synonym:add"),
        {"terms": "zeldzaamsynoniem, extremisme", "note": "Demo-inhoud"},
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="zeldzaamsynoniem, extremisme").exists()
    found = run_finder(FinderQuery(q="zeldzaamsynoniem")).total
    assert found == run_finder(FinderQuery(q="extremisme")).total > 0


def test_coordinator_edits_and_deletes_synonyms(login):
    synonym = Synonym.objects.create(terms="betoging, demonstratie")
    client = login("coordinator")
    response = client.post(
        reverse("wagtailsnippets_search_synonym:edit", args=[synonym.pk]),
        {"terms": "betoging, demonstratie, manifestatie", "note": ""},
    )
    assert response.status_code == 302
    synonym.refresh_from_db()
    assert synonym.terms == "betoging, demonstratie, manifestatie"
    response = client.post(reverse("wagtailsnippets_search_synonym:delete", args=[synonym.pk]))
    assert response.status_code == 302
    assert not Synonym.objects.filter(pk=synonym.pk).exists()


def test_an_invalid_group_gets_a_dutch_message_and_is_not_saved(login):
    client = login("coordinator")
    response = client.post(reverse("wagtailsnippets_search_synonym:add"), {"terms": "alleen", "note": ""})
    assert response.status_code == 200
    assert "Geef minstens twee woorden" in response.content.decode()
    assert not Synonym.objects.filter(terms="alleen").exists()


def test_partner_editors_do_not_manage_synonyms(login):
    client = login("vng-redacteur")
    assert client.get(reverse("wagtailsnippets_search_synonym:list")).status_code == 302
    count = Synonym.objects.count()
    add = reverse("wagtailsnippets_search_synonym:add")
    refused = client.post(add, {"terms": "boef, schurk", "note": ""})
    assert refused.status_code == 302
    assert Synonym.objects.count() == count  # nothing written
