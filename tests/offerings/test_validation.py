"""Every validation rule an editor can hit, with its Dutch message."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from offerings.dates import PartialDate
from offerings.models import ContactPointPage, PublicationPage, TrainingPage, TrainingSession
from offerings.registration import RegistrationState as SessionState
from partners.models import PartnerPage
from taxonomy.models import Form, Question
from tests.offerings.post_data import sessions


def errors_of(page):
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean(exclude=["path", "depth"])
    return excinfo.value.message_dict


def errors_if_any(page):
    try:
        page.full_clean(exclude=["path", "depth"])
    except ValidationError as error:
        return error.message_dict
    return {}


def base_fields(kind):
    return {
        "title": "Testaanbod",
        "slug": "testaanbod",
        "summary": "Korte samenvatting.",
        "form": Form.objects.filter(kind=kind).first(),
    }


@pytest.mark.django_db
def test_form_of_another_kind_is_refused():
    page = PublicationPage(
        **{**base_fields("publicatie"), "form": Form.objects.get(slug="workshop")},
        published=PartialDate("2025"),
        external_url="https://example.org/x",
    )
    assert errors_of(page)["form"] == [
        "De vorm 'Workshop' hoort niet bij publicatie. Kies een vorm van deze soort."
    ]


@pytest.mark.django_db
def test_publication_needs_document_or_link():
    page = PublicationPage(**base_fields("publicatie"), published=PartialDate("2025"))
    assert "Voeg het document toe of geef een externe link" in errors_of(page)["external_url"][0]


def session_errors(**fields):
    with pytest.raises(ValidationError) as excinfo:
        TrainingSession(**fields).clean()
    return excinfo.value.message_dict


def test_session_rules_in_dutch():
    day = datetime.date(2026, 5, 2)
    assert session_errors(start_date=day, end_date=datetime.date(2026, 5, 1))["end_date"] == [
        "Deze dag ligt vóór de datum van de bijeenkomst."
    ]
    assert session_errors(start_date=day, start_time=datetime.time(14), end_time=datetime.time(9))[
        "end_time"
    ] == ["De eindtijd ligt niet na de begintijd."]
    assert session_errors(start_date=day, online=True, location="Utrecht")["location"] == [
        "Kies online of een plaats, niet allebei."
    ]
    assert session_errors(start_date=day, places_taken=3)["capacity"] == [
        "Vul het aantal plaatsen in als u de bezette plaatsen bijhoudt."
    ]
    assert session_errors(start_date=day, registration_deadline=datetime.date(2026, 5, 3))[
        "registration_deadline"
    ] == ["Aanmelden kan niet tot na de bijeenkomst."]
    too_long = session_errors(start_date=day, end_date=datetime.date(2027, 6, 1))
    assert "hooguit 366 dagen" in too_long["end_date"][0]
    TrainingSession(start_date=day, end_date=datetime.date(2026, 5, 3), capacity=20, places_taken=20).clean()


def test_session_state_follows_places_deadline_and_date():
    today = datetime.date(2026, 5, 1)
    session = TrainingSession(start_date=datetime.date(2026, 5, 10), capacity=2, places_taken=1)
    assert session.state_on(today) == SessionState.OPEN and session.places_left == 1
    session.places_taken = 2
    assert session.state_on(today) == SessionState.FULL and session.places_left == 0
    session.places_taken, session.registration_deadline = 0, datetime.date(2026, 4, 30)
    assert session.state_on(today) == SessionState.CLOSED
    assert session.state_on(datetime.date(2026, 5, 11)) == SessionState.ENDED


@pytest.mark.django_db
def test_training_needs_delivery_and_location_when_on_site():
    page = TrainingPage(**base_fields("training"), duration="1 dag")
    assert errors_of(page)["delivery"] == ["Kies of de training online, op locatie of hybride is."]
    page.delivery = "op-locatie"
    assert errors_of(page)["location"] == ["Vul de locatie in voor een training op locatie of hybride."]


@pytest.mark.django_db
def test_on_site_training_whose_sessions_name_their_places_needs_no_training_location():
    page = TrainingPage(**base_fields("training"), duration="1 dag", delivery="op-locatie")
    page.sessions = [TrainingSession(start_date=datetime.date(2026, 5, 1), location="Utrecht")]
    page.full_clean(exclude=["path", "depth"])
    page.sessions = [TrainingSession(start_date=datetime.date(2026, 5, 1))]
    assert "location" in errors_of(page)


@pytest.mark.django_db
def test_contact_point_needs_a_contact_route():
    page = ContactPointPage(**base_fields("contactpunt"))
    assert "Geef minstens één manier om contact op te nemen" in errors_of(page)["email"][0]
    page.phone = "070 000 00 00"
    assert errors_if_any(page) == {}  # one route is enough


@pytest.mark.django_db
def test_valid_training_passes_and_ongoing_is_allowed():
    page = TrainingPage(
        **base_fields("training"), delivery="hybride", location="Utrecht", duration="2 dagdelen"
    )
    assert errors_if_any(page) == {}


@pytest.mark.django_db
def test_question_with_unknown_kind_is_refused():
    question = Question(question="Vraag?", slug="vraag", intro="Intro", kinds=["cursus"])
    with pytest.raises(ValidationError) as excinfo:
        question.full_clean()
    assert excinfo.value.message_dict["kinds"] == ["Onbekende soort aanbod: cursus."]


@pytest.mark.django_db
def test_admin_form_shows_messages_and_saves_nothing(admin_client_logged_in):
    partner = PartnerPage.objects.get(abbreviation="VNG")
    before = TrainingPage.objects.count()
    form = Form.objects.get(slug="workshop")
    response = admin_client_logged_in.post(
        f"/admin/pages/add/offerings/trainingpage/{partner.pk}/",
        {
            "title": "Nieuwe training",
            "slug": "nieuwe-training",
            "summary": "Samenvatting",
            "form": form.pk,
            "body-count": "0",
            "themes": ["1"],
            "audiences": ["1"],
            "cost": "gratis",
            "language": "nl",
            "region": "landelijk",
            "delivery": "online",
            "duration": "1 dag",
            **sessions({"start_date": "2026-06-02", "end_date": "2026-06-01", "online": "on"}),
        },
    )
    assert response.status_code == 200
    assert "Deze dag ligt vóór de datum van de bijeenkomst." in response.content.decode()
    assert TrainingPage.objects.count() == before


@pytest.mark.django_db
def test_admin_form_offers_only_forms_of_the_kind(admin_client_logged_in):
    partner = PartnerPage.objects.get(abbreviation="VNG")
    response = admin_client_logged_in.get(f"/admin/pages/add/offerings/trainingpage/{partner.pk}/")
    form_field = response.context["form"].fields["form"]
    assert set(form_field.queryset.values_list("kind", flat=True)) == {"training"}
