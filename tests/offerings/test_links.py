"""Link fields in the admin (offerings/links.py): every URL field of every admin form
assumes https (Django 6's default, without its RemovedInDjango60Warning) and refuses a link
typed without its scheme ("vng.nl/...") with the https:// suggestion in Dutch, the
chooser's "Organisatie toevoegen" tab included (issue 26)."""

import pytest
from django import forms
from wagtail.admin.panels import get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from offerings.links import SchemeRequiredURLField
from partners.models import Organisation

SUGGESTION = (
    "Begin de link met https:// (of http://), bijvoorbeeld https://%s. "
    "Controleer of de site de beveiligde link (https) gebruikt."
)


def admin_form_classes():
    """The form class of every page type, snippet and setting, and the chooser's creation
    forms, as the admin builds them."""
    classes = {model.__name__: model.get_edit_handler().get_form_class() for model in get_page_models()}
    for model in [*get_snippet_models(), *settings_registry]:
        classes[model.__name__] = get_edit_handler(model).get_form_class()
    for model in get_snippet_models():
        chooser = getattr(model.snippet_viewset, "chooser_viewset", None)
        creation = getattr(chooser, "creation_form_class", None)
        if creation is not None:
            classes[f"{model.__name__} (kiezer)"] = creation
    return classes


def url_fields(form_class):
    """(name, field) of every URL field, inline child forms (editions, sessions) included."""
    found = [
        (name, field) for name, field in form_class.base_fields.items() if isinstance(field, forms.URLField)
    ]
    for name, formset in getattr(form_class, "formsets", {}).items():
        found += [(f"{name}-{n}", f) for n, f in url_fields(formset.form)]
    return found


@pytest.mark.django_db
def test_every_admin_url_field_assumes_https_and_asks_for_the_scheme():
    checked = {}
    for label, form_class in admin_form_classes().items():
        for name, field in url_fields(form_class):
            checked[f"{label}.{name}"] = (type(field).__name__, field.assume_scheme)
    assert "Organisation (kiezer).website" in checked
    assert "TrainingPage.sessions-registration_url" in checked
    assert "PublicationPage.editions-url" in checked
    wrong = {key: value for key, value in checked.items() if value != ("SchemeRequiredURLField", "https")}
    assert wrong == {}


@pytest.mark.django_db
def test_the_choosers_new_organisation_refuses_a_link_without_scheme_in_dutch():
    form_class = Organisation.snippet_viewset.chooser_viewset.creation_form_class
    form = form_class(data={"name": "Instituut voor Migratie- en Etnische Studies", "website": "uva.nl/imes"})
    assert not form.is_valid()
    assert form.errors["website"] == [SUGGESTION % "uva.nl/imes"]
    assert not Organisation.objects.filter(name__startswith="Instituut voor Migratie").exists()
    form = form_class(
        data={"name": "Instituut voor Migratie- en Etnische Studies", "website": "https://uva.nl/imes"}
    )
    assert form.is_valid(), form.errors
    assert form.save().website == "https://uva.nl/imes"


def test_the_field_assumes_https_and_keeps_full_links():
    field = SchemeRequiredURLField(required=False)
    assert field.assume_scheme == "https"
    assert field.clean("https://vng.nl/training") == "https://vng.nl/training"
    assert field.clean("http://example.org/oud") == "http://example.org/oud"  # said as typed: kept
    with pytest.raises(forms.ValidationError) as refused:
        field.clean("vng.nl/training")
    assert refused.value.messages == [SUGGESTION % "vng.nl/training"]
