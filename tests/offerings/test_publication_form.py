"""The publication admin form refuses what it cannot read, in Dutch, and saves nothing."""

import pytest
from django.urls import reverse

from offerings.identifiers import normalize_doi, normalize_isbn
from offerings.models import PublicationPage, TrainingPage
from partners.models import PartnerPage
from tests.editorial.conftest import offering_data
from tests.offerings.post_data import bibliography, sessions


def add(client, model="publicationpage", **extra):
    partner = PartnerPage.objects.get(abbreviation="VNG")
    url = reverse("wagtailadmin_pages:add", args=("offerings", model, partner.pk))
    return client.post(url, offering_data("Formuliertest", "formuliertest", **extra))


def field_errors(response, name):
    return response.context["form"].errors.get(name, [])


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["vorig jaar", "2015-2016", "31-02-2015"])
def test_unreadable_publication_date_is_refused(login, typed):
    response = add(login("vng-redacteur"), **bibliography(published=typed))
    assert response.status_code == 200
    errors = field_errors(response, "published")
    assert errors and all(("kunnen we niet lezen" in e or "bestaat niet" in e) for e in errors)
    assert f'value="{typed}"' in response.content.decode()  # shown back as typed, not replaced
    assert not PublicationPage.objects.filter(slug="formuliertest").exists()


@pytest.mark.django_db
def test_unreadable_training_date_is_refused(login):
    data = {
        "delivery": "online",
        "duration": "2 dagdelen",
        **sessions({"start_date": "ca. 2015", "online": "on"}),
        "external_url": "",
    }
    response = add(login("vng-redacteur"), model="trainingpage", **data)
    assert response.context["form"].formsets["sessions"].forms[0].errors["start_date"] == [
        "Deze datum kunnen we niet lezen. Vul een datum in als 14-03-2026 of 2026-03-14, "
        "of kies hem in de kalender."
    ]
    assert not TrainingPage.objects.filter(slug="formuliertest").exists()


@pytest.mark.django_db
def test_a_year_only_date_is_saved_as_a_year(login):
    response = add(login("vng-redacteur"), **bibliography(published="ca. 2015"))
    assert response.status_code == 302
    page = PublicationPage.objects.get(slug="formuliertest")
    assert page.published == "2015~"
    assert page.get_latest_revision_as_object().published.label == "ca. 2015"


@pytest.mark.django_db
def test_a_publication_without_author_or_publisher_is_refused(login):
    response = add(login("vng-redacteur"), **bibliography(authors=()))
    assert response.status_code == 200
    assert "Vul minstens één auteur of uitgever in" in str(response.context["form"].non_field_errors())
    assert "Vul minstens één auteur of uitgever in" in response.content.decode()
    assert not PublicationPage.objects.filter(slug="formuliertest").exists()


@pytest.mark.django_db
def test_bad_isbn_and_doi_are_refused_in_dutch(login):
    response = add(login("vng-redacteur"), isbn="978-90-77572-11-6", doi="doi:11.1234/x", **bibliography())
    assert "Dit ISBN klopt niet" in field_errors(response, "isbn")[0]
    assert "Deze DOI klopt niet" in field_errors(response, "doi")[0]
    assert not PublicationPage.objects.filter(slug="formuliertest").exists()


@pytest.mark.django_db
def test_isbn_and_doi_are_stored_canonical(login):
    response = add(
        login("vng-redacteur"), isbn="9789077572115", doi="https://doi.org/10.5555/demo.1", **bibliography()
    )
    assert response.status_code == 302
    page = PublicationPage.objects.get(slug="formuliertest").get_latest_revision_as_object()
    assert (page.isbn, page.doi) == ("978-90-77572-11-5", "10.5555/demo.1")


def test_identifier_normalisation():
    assert normalize_isbn("90-77572-11-2") == "90-77572-11-2"
    assert normalize_isbn(" 978 90 77572 11 5 ") == "978-90-77572-11-5"
    assert normalize_doi("DOI:10.1000/182") == "10.1000/182"
    for bad in ["90-77572-11-3", "12345", "978-90-77572-11-X"]:
        with pytest.raises(Exception, match="ISBN klopt niet"):
            normalize_isbn(bad)
    for bad in ["10.12/abc", "10.1234", "https://example.org/10.1234/x"]:
        with pytest.raises(Exception, match="DOI klopt niet"):
            normalize_doi(bad)
