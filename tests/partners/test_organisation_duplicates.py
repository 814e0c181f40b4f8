"""One organisation, one entry (issue 26): names compare without case and accents, a
reused abbreviation warns before saving, and a unit names the organisation it belongs to."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from partners.models import Organisation

pytestmark = pytest.mark.django_db
CREATE = "wagtailsnippetchoosers_partners_organisation:create"


@pytest.fixture
def scp():
    return Organisation.objects.create(name="Sociaal en Cultureel Planbureau", abbreviation="SCP")


@pytest.mark.parametrize(
    "typed",
    [
        "sociaal en cultureel planbureau",
        "SOCIAAL EN CULTUREEL PLANBUREAU",
        "Sociaal en  Cultureel Planbureau ",
    ],
)
def test_the_same_name_in_other_case_or_spacing_is_refused_in_dutch(login, scp, typed):
    response = login("kis-redacteur").post(
        reverse(CREATE), {"name": typed, "abbreviation": "", "website": ""}
    )
    assert (
        "Deze organisatie bestaat al: &#x27;Sociaal en Cultureel Planbureau&#x27;"
        in response.json()["htmlFragment"]
    )
    assert Organisation.objects.filter(name__iexact="sociaal en cultureel planbureau").count() == 1


def test_accents_do_not_make_another_organisation():
    Organisation.objects.create(name="Coördinatiepunt Veiligheid Oost")
    with pytest.raises(ValidationError) as excinfo:
        Organisation(name="Coordinatiepunt veiligheid oost").full_clean()
    assert "bestaat al" in excinfo.value.message_dict["name"][0]


def test_an_abbreviation_in_use_warns_and_saves_once_confirmed(login, scp):
    client = login("kis-redacteur")
    data = {"name": "Stichting Centrum Publieksparticipatie", "abbreviation": "scp", "website": ""}
    warned = client.post(reverse(CREATE), data)
    fragment = warned.json()["htmlFragment"]
    assert "De afkorting scp is al in gebruik bij &#x27;Sociaal en Cultureel Planbureau&#x27;" in fragment
    assert not Organisation.objects.filter(name=data["name"]).exists()
    confirmed = client.post(reverse(CREATE), {**data, "confirm_abbreviation": "on"})
    assert confirmed.json()["step"] == "chosen"
    assert Organisation.objects.get(name=data["name"]).abbreviation == "scp"


def test_a_unit_belongs_to_its_organisation_and_not_to_itself(client):
    uva = Organisation.objects.create(name="Universiteit van Amsterdam", abbreviation="UvA")
    imes = Organisation.objects.create(
        name="Institute for Migration and Ethnic Studies", abbreviation="IMES", parent=uva
    )
    assert str(imes) == "Institute for Migration and Ethnic Studies (IMES), UvA"
    assert imes.full_name == "Institute for Migration and Ethnic Studies, Universiteit van Amsterdam"
    uva.parent = imes
    with pytest.raises(ValidationError) as excinfo:
        uva.full_clean()
    assert excinfo.value.message_dict["parent"] == ["Een organisatie kan geen onderdeel van zichzelf zijn."]
