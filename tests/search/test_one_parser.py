"""One parser for the finder's parameters (search/params.py): the /aanbod/ page repairs
exactly what the API refuses. Each bad input below goes to both: the API answers 400 with a
Dutch message naming the parameter; the page answers 200, says it repaired that parameter
and nothing else, and the URL it repaired to is one the API accepts with the same total.
Good inputs are accepted by both and repaired by neither."""

import pytest
from django.http import QueryDict
from django.utils.http import urlencode

from search.params import MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, FinderQuery, ParameterError

pytestmark = pytest.mark.django_db

BAD = [
    ({"q": "x" * (MAX_QUERY_LENGTH + 1)}, "q"),
    ({"q": ["polarisatie", "radicalisering"]}, "q"),
    ({"thema": "Geen Slug!"}, "thema"),
    ({"thema": [f"thema-{i}" for i in range(MAX_VALUES_PER_FACET + 1)]}, "thema"),
    ({"soort": "training", "regio": "-gelderland"}, "regio"),
    ({"partner": ""}, "partner"),
    ({"sorteer": "willekeurig"}, "sorteer"),
    ({"sorteer": ""}, "sorteer"),
    ({"verlopen": "misschien"}, "verlopen"),
    ({"vanaf": "31-31-2027"}, "vanaf"),
    ({"tot": "morgen", "soort": "training"}, "tot"),
    ({"vanaf": ["2027-01-01", "2027-02-01"]}, "vanaf"),
    ({"vraag": "Wat doe ik?"}, "vraag"),
]
GOOD = [
    {},
    {"q": "polarisatie"},
    {"thema": ["polarisatie", "POLARISATIE "]},
    {"thema": "bestaat-niet"},
    {"soort": "training", "vanaf": "1-3-2027", "tot": "2027-01-01"},
    {"vanaf": ""},
    {"verlopen": "ja", "sorteer": "nieuw"},
    {"vraag": "bestaat-niet"},
]


def querydict(params):
    return QueryDict(urlencode(params, doseq=True))


def api(client, params):
    return client.get("/api/v2/offerings/" + "?" + urlencode(params, doseq=True))


def page(client, params):
    response = client.get("/aanbod/" + "?" + urlencode(params, doseq=True))
    assert response.status_code == 200
    return response.context["result"]


@pytest.mark.parametrize(("params", "name"), BAD, ids=[name for _params, name in BAD])
def test_the_page_repairs_what_the_api_refuses(client, params, name):
    with pytest.raises(ParameterError) as refused:
        FinderQuery.from_querydict(querydict(params), strict=True)
    assert refused.value.name == name

    response = api(client, params)
    assert response.status_code == 400
    assert f"'{name}'" in response.json()["message"]

    result = page(client, params)
    query = FinderQuery.from_querydict(querydict(params))
    assert query.repaired == (name,)
    repaired = QueryDict(query.querystring())
    assert not FinderQuery.from_querydict(repaired).repaired
    accepted = api(client, repaired)
    assert accepted.status_code == 200, accepted.json()
    assert accepted.json()["meta"]["total_count"] == result.total


@pytest.mark.parametrize("params", GOOD, ids=range(len(GOOD)))
def test_what_the_api_accepts_the_page_leaves_alone(client, params):
    strict = FinderQuery.from_querydict(querydict(params), strict=True)
    lenient = FinderQuery.from_querydict(querydict(params))
    assert lenient.repaired == ()
    assert strict == lenient
    response = api(client, params)
    assert response.status_code == 200, response.json()
    assert response.json()["meta"]["total_count"] == page(client, params).total


def test_the_api_refuses_unknown_parameters_the_page_ignores(client):
    response = api(client, {"thema": "polarisatie", "themaa": "x"})
    assert response.status_code == 400
    assert "themaa" in response.json()["message"]
    assert page(client, {"thema": "polarisatie", "themaa": "x"}).query.repaired == ()
