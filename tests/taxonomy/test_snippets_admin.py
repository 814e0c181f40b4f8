"""Coördinatie manages taxonomies and questions through the snippet views."""

import pytest

from offerings.models import OfferingPage
from taxonomy.models import Question, Theme


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["admin", "coordinator"])
def test_question_add_view_renders(login, username):
    response = login(username).get("/admin/snippets/taxonomy/question/add/")
    assert response.status_code == 200
    assert "Uitgelicht aanbod" in response.content.decode()


@pytest.mark.django_db
def test_question_with_picks_is_saved_through_the_admin(login):
    client = login("coordinator")
    offering = OfferingPage.objects.live().first()
    theme = Theme.objects.get(slug="polarisatie")
    response = client.post(
        "/admin/snippets/taxonomy/question/add/",
        {
            "question": "Hoe gaan we om met spanningen na een incident?",
            "slug": "spanningen-na-incident",
            "intro": "Demo-inhoud: korte toelichting.",
            "themes": [theme.pk],
            "kinds": ["training"],
            "sort_order": "9",
            "picks-TOTAL_FORMS": "1",
            "picks-INITIAL_FORMS": "0",
            "picks-MIN_NUM_FORMS": "0",
            "picks-MAX_NUM_FORMS": "1000",
            "picks-0-offering": offering.pk,
            "picks-0-ORDER": "1",
            "picks-0-id": "",
            "picks-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    question = Question.objects.get(slug="spanningen-na-incident")
    assert question.kinds == ["training"]
    assert list(question.picks.values_list("offering_id", flat=True)) == [offering.pk]


@pytest.mark.django_db
def test_partner_editor_cannot_manage_taxonomies(login):
    response = login("vng-redacteur").get("/admin/snippets/taxonomy/theme/add/")
    assert response.status_code in (302, 403)
    assert not Theme.objects.filter(name="").exists()


@pytest.mark.django_db
def test_duplicate_theme_slug_gets_a_message_not_an_error(login):
    client = login("coordinator")
    response = client.post(
        "/admin/snippets/taxonomy/theme/add/",
        {"name": "Nog een thema", "slug": "polarisatie", "description": "", "sort_order": "1"},
    )
    assert response.status_code == 200
    assert Theme.objects.filter(slug="polarisatie").count() == 1
    assert "slug" in response.context["form"].errors
