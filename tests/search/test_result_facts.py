"""Issue 24 items 4-5: a result says what it is (publications: author or publisher and
year; trainings: dates, place and registration; contact points: when and how to reach
them), names its partner, marks the matched words in its title and snippet; the partner
filter shows names sorted by name. Marked the same on the database and the engine."""

import re

import pytest

from partners.models import PartnerPage
from search.finder import run_finder
from search.params import FinderQuery

pytestmark = pytest.mark.django_db


def test_each_kind_shows_its_facts_and_the_partner_name(client):
    body = client.get("/aanbod/", {"q": "polarisatie"}).content.decode()
    assert 'class="result__facts"' in body
    assert re.search(r"<li>Door [^<]+</li>\s*<li>Verschenen <time", body)  # a publication
    assert re.search(r'<li><span class="registration registration--(open|vol|gesloten)">', body)  # a training
    assert re.search(r"<li>(Bereikbaar|Antwoord): ", body)  # a contact point
    assert "Vereniging van Nederlandse Gemeenten" in body
    assert " · VNG<" not in body


def test_matched_words_are_marked_in_title_and_snippet(client):
    body = client.get("/aanbod/", {"q": "polarisatie"}).content.decode()
    assert re.search(r'<h3[^>]*><a [^>]*>[^<]*<mark class="hit">[Pp]olarisatie', body)
    assert re.search(r'result__snippet">[^<]*(<[^m][^>]*>[^<]*)*<mark class="hit">', body)


def test_a_match_only_in_the_body_shows_a_marked_body_snippet(client, make_offering):
    make_offering(
        "Een handreiking", summary="Voor raadsleden.", body="Lange tekst over de zeldzaamwoordq aanpak."
    )
    body = client.get("/aanbod/", {"q": "zeldzaamwoordq"}).content.decode()
    assert '<mark class="hit">zeldzaamwoordq</mark> aanpak.' in body


def test_partner_filter_shows_names_sorted_by_name(db):
    facet = next(f for f in run_finder(FinderQuery()).facets if f.name == "partner")
    labels = [value.label for value in facet.values]
    names = list(PartnerPage.objects.live().values_list("title", flat=True))
    assert set(labels) <= set(names) and "VNG" not in labels
    assert labels == sorted(labels, key=str.casefold) or labels == sorted(labels)
