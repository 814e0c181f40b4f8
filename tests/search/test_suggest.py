""" "Bedoelde u": drawn from partner names, authors, question titles and synonyms, and
never further from the typed word than a typo allows."""

import pytest

from offerings.models import PublicationAuthor, PublicationPage
from partners.models import PartnerPage
from search.finder import run_finder
from search.models import Synonym
from search.params import FinderQuery
from search.suggest import closest, edit_distance, max_edits
from taxonomy.models import Question

pytestmark = pytest.mark.django_db


def find(text):
    return run_finder(FinderQuery(q=text))


def test_den_bosch_is_not_answered_with_boosheid(make_offering):
    make_offering("Omgaan met boosheid in de wijk")
    result = find("Den Bosch")
    assert result.total == 0
    assert result.suggestion == ""


def test_an_authors_name_with_a_typo_is_suggested():
    publication = PublicationPage.objects.live().first()
    publication.authors = [PublicationAuthor(name="Tom Postmes")]
    publication.save_revision().publish()
    result = find("Postmess")
    assert result.total == 0
    assert result.suggestion == "postmes"
    assert publication.pk in {item.pk for item in find(result.suggestion).items}


def test_partner_names_and_question_titles_are_in_the_vocabulary(make_offering):
    assert find("Wethoudersverenigng").suggestion == "wethoudersvereniging"
    Question.objects.create(
        question="Hoe organiseren we een buurtschouw?", slug="buurtschouw", intro="Demo-inhoud."
    )
    make_offering("Een wandeling door de wijk", body="Tips voor een buurtschouw.")  # body only
    assert find("buurtschow").suggestion == "buurtschouw"


def test_synonyms_are_in_the_vocabulary_at_once(make_offering):
    make_offering("Buurtbemiddeling bij burenruzie")
    assert find("burenruzei").suggestion == "burenruzie"
    Synonym.objects.create(terms="burenruzie, burenconflict")
    assert find("burenconflikt").suggestion == "burenconflict"


def test_place_name_aliases_are_synonyms(make_offering):
    page = make_offering("Wijkaanpak in 's-Gravenhage")
    assert page.pk in {item.pk for item in find("Den Haag").items}  # the demo's alias group
    Synonym.objects.filter(terms__contains="Gravenhage").delete()
    assert page.pk not in {item.pk for item in find("Den Haag").items}


def test_a_typo_is_corrected_only_within_the_edits_its_length_allows():
    assert max_edits("rel") == 0
    assert max_edits("bosch") == 1
    assert max_edits("radicalisring") == 2
    assert edit_distance("polarisatei", "polarisatie", 2) == 1  # a swap is one edit
    assert edit_distance("bosch", "boosheid", 1) > 1
    words = {"boosheid": 50, "bos": 10, "postmes": 1}
    assert closest("bosch", words) is None
    assert closest("postmess", words) == "postmes"


def test_offerings_hidden_under_an_unpublished_partner_are_not_suggested(make_offering):
    make_offering("Burenruzie bemiddelen", partner="vng")
    assert find("burenruzei").suggestion == "burenruzie"
    PartnerPage.objects.get(slug="vng").unpublish()
    # The offering is still live, but below an unpublished page: the public does not see it
    # (core/visibility.py), so "Bedoelde u" must not offer its words either.
    assert find("burenruzei").suggestion == ""
