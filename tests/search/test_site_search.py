"""Site search: all live, public pages, labelled by type, with the same robustness."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import ContentPage
from offerings.models import OfferingPage

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/zoeken/", params)
    assert response.status_code == 200
    return response


def test_finds_offerings_by_word_form_and_labels_them(client):
    response = search(client, q="geradicaliseerde")
    result = response.context["result"]
    assert result.total > 0
    assert all(page.live for page in result.items)
    body = response.content.decode()
    assert "Contactpunt" in body or "Training" in body or "Publicatie" in body


def test_finds_partner_and_content_pages(client):
    content = ContentPage.objects.live().first()
    word = content.title.split()[-1]
    result = search(client, q=word).context["result"]
    assert content.pk in {page.pk for page in result.items}
    assert any(t.key == "home.contentpage" for t in result.types)
    partner_result = search(client, q="Kennisplatform").context["result"]
    assert any(t.key == "partners.partnerpage" for t in partner_result.types)


def test_type_filter(client):
    result = search(client, q="radicalisering", type="offerings.trainingpage").context["result"]
    assert result.items
    assert {type(page).__name__ for page in result.items} == {"TrainingPage"}
    assert result.total == next(t.count for t in result.types if t.key == "offerings.trainingpage")


def test_drafts_and_restricted_pages_are_never_found(client):
    restricted = OfferingPage.objects.live().filter(title__icontains="radicalis").first()
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft = OfferingPage.objects.live().filter(title__icontains="radicalis").exclude(pk=restricted.pk).first()
    draft.unpublish()
    ids = {page.pk for page in search(client, q="radicalisering").context["result"].items}
    ids |= {page.pk for page in search(client, q="radicalisering", pagina="2").context["result"].items}
    assert restricted.pk not in ids
    assert draft.pk not in ids


def test_empty_query_shows_just_the_form(client):
    response = search(client)
    assert response.context["result"].total == 0
    assert 'name="q"' in response.content.decode()


def test_autocomplete_suggests_titles_by_prefix(client, make_offering):
    page = make_offering("Zwaluwstaartverbinding voor gemeenten")
    data = client.get("/zoeken/suggesties/", {"q": "zwaluwst"}).json()
    assert data["suggestions"] == [{"title": page.title, "url": page.url}]
    many = client.get("/zoeken/suggesties/", {"q": "de"}).json()["suggestions"]
    assert len(many) <= 8
    assert client.get("/zoeken/suggesties/", {"q": '"*'}).json() == {"suggestions": []}


def test_results_work_without_javascript(client):
    # The form is a plain GET form; results are in the HTML response itself.
    body = search(client, q="polarisatie").content.decode()
    assert '<form method="get" action="/zoeken/"' in body
    assert '<ol class="results"' in body


@pytest.mark.django_db
def test_site_search_leaves_out_pages_below_an_unpublished_partner(client):
    from partners.models import PartnerPage

    partner = PartnerPage.objects.get(abbreviation="NGB")
    offering = partner.offerings.live().first()
    word = offering.title.split()[-1]
    partner.unpublish()
    body = client.get("/zoeken/", {"q": offering.title}).content.decode()
    assert offering.url_path.split("/")[-2] not in body, word


def test_second_page_numbers_its_results_from_the_offset(client):
    first = search(client, q="radicalisering").context["result"]
    assert first.total > first.page_size
    assert first.offset == 0
    response = search(client, q="radicalisering", pagina="2")
    second = response.context["result"]
    assert second.offset == first.page_size
    assert f'<ol class="results" start="{first.page_size + 1}">' in response.content.decode()
    assert not {page.pk for page in first.items} & {page.pk for page in second.items}
