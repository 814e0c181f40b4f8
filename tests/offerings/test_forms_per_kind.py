"""The Vorm of an offering: a select of its own kind's forms, a clear Dutch error for a
forged other-kind form, and Coördinatie manages the forms."""

import re

import pytest
from django.urls import reverse

from offerings.models import PublicationPage
from partners.models import PartnerPage
from taxonomy.kinds import Kind
from taxonomy.models import Form
from tests.editorial.conftest import offering_data


def add_url(partner):
    return reverse("wagtailadmin_pages:add", args=("offerings", "publicationpage", partner.pk))


@pytest.mark.django_db
def test_the_form_field_is_a_select_of_this_kinds_forms(login):
    client = login("vng-redacteur")
    html = client.get(add_url(PartnerPage.objects.get(abbreviation="VNG"))).content.decode()
    select = re.search(r'<select name="form"[^>]*>(.*?)</select>', html, re.S)
    assert select, "the Vorm field is not a plain select"
    offered = set(re.findall(r'<option value="(\d+)"', select.group(1)))
    expected = {str(pk) for pk in Form.objects.filter(kind=Kind.PUBLICATION).values_list("pk", flat=True)}
    assert offered == expected
    assert {"Essay", "Kennisdocument"} <= set(
        Form.objects.filter(kind=Kind.PUBLICATION).values_list("name", flat=True)
    )


@pytest.mark.django_db
def test_a_forged_form_of_another_kind_gets_a_dutch_field_error(login):
    client = login("vng-redacteur")
    partner = PartnerPage.objects.get(abbreviation="VNG")
    workshop = Form.objects.get(slug="workshop")
    data = offering_data("Vervalste vorm", "vervalste-vorm", form=workshop.pk)
    response = client.post(add_url(partner), data)
    assert response.status_code == 200
    errors = response.context["form"].errors["form"]
    assert errors == [
        "Deze vorm hoort niet bij publicaties. Kies een van de vormen in de lijst: "
        + ", ".join(Form.objects.filter(kind=Kind.PUBLICATION).values_list("name", flat=True))
        + "."
    ]
    assert not PublicationPage.objects.filter(slug="vervalste-vorm").exists()


@pytest.mark.django_db
def test_coordination_manages_the_forms(login):
    client = login("coordinator")
    listing = client.get(reverse("wagtailsnippets_taxonomy_form:list"))
    assert listing.status_code == 200
    assert "Essay" in listing.content.decode()
    response = client.post(
        reverse("wagtailsnippets_taxonomy_form:add"),
        {
            "kind": Kind.PUBLICATION,
            "name": "Kwartaalbericht",
            "slug": "kwartaalbericht",
            "description": "",
            "sort_order": 9,
            "schema_type": "Periodical",
        },
    )
    assert response.status_code == 302
    monitor = Form.objects.get(slug="kwartaalbericht")
    assert (monitor.kind, monitor.schema_type) == (Kind.PUBLICATION, "Periodical")
    edit = client.post(
        reverse("wagtailsnippets_taxonomy_form:edit", args=(monitor.pk,)),
        {
            "kind": Kind.PUBLICATION,
            "name": "Kwartaalbericht (periodiek)",
            "slug": "kwartaalbericht",
            "sort_order": 9,
        },
    )
    assert edit.status_code == 302
    assert Form.objects.get(pk=monitor.pk).name == "Kwartaalbericht (periodiek)"
