"""Readings a word has besides its lemma, each checked against the OpenTaal word list
(search/dutch.py, other_readings and strong_infinitives): the miss classes the held-out
set's tune part showed (issue 25), with words of the tune part and of development sets
drawn with other seeds, never of the measure part. Word level (fast); the held-out set
runs through the finder in test_dutch_evaluation_heldout.py."""

import pytest

from search import dutch
from tests.search.dutch_matching import word_level_match

MATCH = [
    # A homograph with a verb reading: the adjective (or stem) and the verb's forms.
    ("los", "lossen"),
    ("lossen", "lost"),
    ("laat", "laten"),
    ("laten", "laat"),
    ("wijs", "wijzen"),
    ("wijst", "wijzen"),
    ("scherp", "scherpen"),
    ("recht", "rechtte"),
    ("kort", "kortte"),  # a form of korten; the noun korting stays apart (NOMATCH)
    ("hoog", "hogen"),
    # A comparative, and an inflected adjective the table reads otherwise.
    ("straffer", "straf"),
    ("politieker", "politiek"),
    ("linkse", "links"),
    ("ronde", "rond"),
    # A regular plural the table reads as another word, an adverb in -s.
    ("maten", "maat"),
    ("maat", "maten"),
    ("klassen", "klas"),
    ("institutionelen", "institutioneel"),
    ("middels", "middel"),
    ("rechts", "recht"),
    ("opvanglocaties", "opvanglocatie"),
    # Strong participles by their vowel change: all verbs the word list allows.
    ("gewezen", "wijzen"),
    ("wijzen", "gewezen"),
    ("geweten", "weten"),
    ("geweten", "wijten"),
    ("ingevangen", "invangen"),
    ("weggegraven", "weggraven"),
    ("weggewassen", "wegwassen"),
    # The inflected form of a participle the table lists as an adjective.
    ("geregelde", "regelen"),
    ("gevulde", "vullen"),
    ("gewilde", "willen"),
    # Irregular plurals of compounds, and -iet/-iek nouns of -eren verbs.
    ("assembleeleden", "assembleelid"),
    ("assembleelid", "assembleeleden"),
    ("debiet", "gedebiteerd"),
    ("gefabrikeerd", "fabriek"),
    ("made-up: donkering", "gedonkerd"),
    # A form the table gives a separable verb whose prefix it lacks is the plain verb's
    # (found in round 1 of the held-out set once its measure part was opened):
    ("oefen", "oefende"),
    ("oefende", "oefenen"),
    ("breidde", "breiden"),
    ("merkte", "merken"),
    # Round 2 of the held-out set, opened in the seventh session: a participle with a
    # three-letter stem that is no adjective of its own (gezond stays apart, NOMATCH),
    # a participle compared, and the one a participle names.
    ("getypt", "typen"),
    ("getypte", "typen"),
    ("gebeft", "beffing"),
    ("gespannener", "gespannen"),
    ("gelatener", "gelaten"),
    ("betrokkene", "betrokken"),
    # Round 4's tune half (eighth session): an unknown participle whose stem ends in -t
    # is read as the verb the word list holds (ge-lijst-: lijsten), not as ge-lijs-t.
    ("gelijst", "lijsting"),
    ("made-up: lijsting", "gelijst"),
    ("gelijste", "lijsten"),
    ("koninkje", "koning"),  # -kje after -ng
    ("goederen", "goederenvervoer"),
]
NOMATCH = [
    ("recht", "rechter"),  # a comparative the word list has as a noun is the noun (the judge)
    ("ouders", "ouderen"),  # ouder has the plural ouders: ouderen are the elderly
    ("kort", "korting"),  # korting is a word of its own, not korten's -ing
    ("korting", "kort"),
    ("jong", "jongen"),  # jongen is a noun before it is a verb
    ("koet", "koetswerk"),  # koets is a noun, no plural of koet
    ("gelogen", "legen"),  # legen has a regular participle (geleegd)
    ("gebieden", "bieden"),  # the plural of gebied, not a participle
    # Found by drawing every tune-side short word against every word starting with it:
    ("slap", "slaperig"),  # slaper is slapen's agent (stem slaap), not slap's (slappen)
    ("slap", "slaperige"),
    ("slap", "slapen"),  # slap's verb is slappen; slapen's stem is slaap
    ("blak", "blakers"),  # blaker is no agent of blakken
    ("rok", "roken"),  # rok takes rokken; roken is a verb of its own
    ("tap", "tapen"),
    # The table gives these forms a separable verb whose prefix they lack:
    ("breiden", "uitbreiden"),  # knitting is no expanding
    ("breidde", "uitbreiding"),
    ("merkte", "opmerking"),
    # Round 2, opened: the -ing noun of a verb made from an adjective that is not gradable
    # (or whose -ing noun the table lacks) is a word of its own too, and so is its plural.
    ("eindig", "eindiging"),
    ("wettig", "wettigingen"),
    ("dubbelingen", "dubbel"),
    ("bruin", "bruining"),
    ("heiliging", "heilig"),
    ("motie", "motiefjes"),  # motief is a noun, no adjective: no -ief/-ie pair
    ("gezond", "zonnen"),  # a three-letter stem only where the participle is no adjective
    # Round 4, its must-not half opened in the eighth session: -kje makes a diminutive
    # only of a word in -ng (koning: koninkje); schapenwolkjes are little clouds (wolk),
    # no wool (wol).
    ("schapenwol", "schapenwolkjes"),
    ("wol", "wolkjes"),
    # The -eren plural of a noun that is an adjective too is the noun's only: goods
    # (goederen) are not good, so best and beter (goed's grades) do not find them.
    ("best", "goederen"),
    ("beter", "goederenbestand"),
    ("rad", "raderen"),
]
MATCH_STILL = [
    ("wandel", "wandelen"),  # an unstressed last syllable stays short before -en
    ("geopend", "open"),
    ("gereinigd", "reinigen"),
    ("werker", "werk"),
    ("bezoeker", "bezoek"),
    ("verzet", "verzeten"),  # only an -en form that is a verb of its own is set apart
]


@pytest.mark.parametrize(("query", "text"), MATCH)
def test_readings_find_each_other(query, text):
    assert word_level_match(query.removeprefix("made-up: "), text)


@pytest.mark.parametrize(("query", "text"), MATCH_STILL)
def test_open_syllable_rules_keep_real_forms(query, text):
    assert word_level_match(query, text)


@pytest.mark.parametrize(("query", "text"), NOMATCH)
def test_readings_stay_apart(query, text):
    assert not word_level_match(query, text)


def test_opvanglocaties_and_opvanglocatie_share_their_key():
    assert dutch.keys("opvanglocaties") == dutch.keys("opvanglocatie")


def test_strong_participles_take_only_verbs_without_a_regular_participle():
    assert dutch.strong_infinitives("gewezen") == ("wijzen",)
    assert set(dutch.strong_infinitives("geweten")) == {"weten", "wijten"}
    assert dutch.strong_infinitives("gelogen") == ("liegen",)
    assert dutch.strong_infinitives("gebieden") == ()


def test_a_compound_head_is_a_word_of_the_list():
    """Round 3 of the held-out set, opened in the eighth session: uelen is no word, so
    it is no irregular plural of uil (as leden is of lid), and conventuelen (the
    plural of conventueel) is no compound of convent and uel."""
    assert dutch.analyse("conventuelen").split == ()
    assert "uel" not in dutch.tokens("conventuelen")
    assert {"college", "lid"} <= set(dutch.tokens("collegeleden"))
