"""/api/v2/offerings/ and the /aanbod/ page run the same finder: same totals, order and counts."""

import random

import pytest

from search import facets as facet_specs
from search.params import SORTS

WORDS = ["", "", "radicalisering", "training", "gemeente", "jongeren polarisatie", "onrust", "xyzzy"]


def facet_rows(facets):
    return {f.name: [(v.slug, str(v.label), v.count, v.selected, v.added) for v in f.values] for f in facets}


def api_facet_rows(facets):
    return {
        name: [(v["slug"], v["label"], v["count"], v["selected"], v["added"]) for v in values]
        for name, values in facets.items()
    }


def random_params(rng, facet_values):
    params = {}
    q = rng.choice(WORDS)
    if q:
        params["q"] = q
    for name in rng.sample(list(facet_specs.labels()), rng.randint(0, 3)):
        slugs = rng.sample(facet_values[name], min(len(facet_values[name]), rng.randint(1, 2)))
        if rng.random() < 0.1:
            slugs.append("bestaat-niet")
        params[name] = slugs
    if rng.random() < 0.5:
        params["sorteer"] = rng.choice(list(SORTS))
    if rng.random() < 0.3:
        params["verlopen"] = "1"
    return params


@pytest.mark.django_db
def test_api_equals_finder_page_for_random_parameter_sets(client):
    first = client.get("/aanbod/").context["result"]
    facet_values = {f.name: [v.slug for v in f.values] for f in first.facets}
    rng = random.Random(20261128)
    compared_non_empty = 0
    for _ in range(25):
        params = random_params(rng, facet_values)
        page = rng.choice([1, 1, 2])
        html = client.get("/aanbod/", {**params, "pagina": page})
        assert html.status_code == 200
        result = html.context["result"]
        api = client.get("/api/v2/offerings/", {**params, "offset": (page - 1) * 20, "limit": 20})
        assert api.status_code == 200, (params, api.content)
        data = api.json()
        if any("bestaat-niet" in values for values in params.values() if isinstance(values, list)):
            # An unknown value matches nothing, on the page (with a message) as in the API.
            assert any("bestaat-niet" in str(message) for message in result.messages)
        assert data["meta"]["total_count"] == result.total, params
        if result.page < page:
            # Past the last page the page shows the last one with a message; the API is empty.
            assert data["items"] == [], params
            continue
        assert [item["id"] for item in data["items"]] == [o.pk for o in result.items], params
        assert api_facet_rows(data["facets"]) == facet_rows(result.facets), params
        compared_non_empty += bool(result.items)
    assert compared_non_empty >= 5  # the random sets must also exercise non-empty pages


@pytest.mark.django_db
def test_facets_keep_the_finder_order_and_names(client):
    data = client.get("/api/v2/offerings/", {"thema": "polarisatie"}).json()
    assert list(data["facets"]) == list(facet_specs.labels())
    theme = {v["slug"]: v for v in data["facets"]["thema"]}
    assert theme["polarisatie"]["selected"] is True
    assert theme["polarisatie"]["count"] == data["meta"]["total_count"]
    assert all("polarisatie" in [t["slug"] for t in item["themes"]] for item in data["items"])


@pytest.mark.django_db
def test_items_carry_taxonomies_as_slug_and_label(client):
    item = client.get("/api/v2/offerings/", {"soort": "training", "limit": 1}).json()["items"][0]
    assert item["kind"] == {"slug": "training", "label": "Training"}
    assert set(item["form"]) == {"slug", "label"}
    assert set(item["partner"]) == {"slug", "label", "name"}
    assert item["themes"] and all(set(t) == {"slug", "label"} for t in item["themes"])
    assert item["meta"]["detail_url"].endswith(f"/api/v2/offerings/{item['id']}/")


@pytest.mark.django_db
def test_detail_gives_the_kind_specific_fields(client):
    from offerings.models import ContactPointPage, PublicationPage, TrainingPage

    for model, field in (
        (PublicationPage, "edition"),
        (TrainingPage, "duration"),
        (ContactPointPage, "availability"),
    ):
        page = model.objects.live().first()
        data = client.get(f"/api/v2/offerings/{page.pk}/").json()
        assert data["title"] == page.title
        assert data[field] == getattr(page, field)
        assert data["body"][0]["type"] == "paragraph"


@pytest.mark.django_db
def test_question_parameter_matches_the_page(client):
    params = {"vraag": "rol-jongerenwerk"}
    api = client.get("/api/v2/offerings/", params).json()
    page = client.get("/aanbod/", params).context["result"]
    assert api["meta"]["total_count"] == page.total
    assert [item["id"] for item in api["items"]] == [item.pk for item in page.items][: len(api["items"])]
    assert page.question is not None


@pytest.mark.django_db
def test_malformed_question_slug_is_a_400(client):
    response = client.get("/api/v2/offerings/", {"vraag": "<script>"})
    assert response.status_code == 400
    assert "vraag" in response.json()["message"]
    assert "<script>" not in response.content.decode()
