"""Coördinatie sees every page, drafts included, read-only; partner users do not."""

import pytest
from django.urls import reverse

from taxonomy.models import Question, Theme
from tests.editorial.conftest import add_draft


def test_coordinator_lists_all_pages_including_drafts(login, user):
    draft = add_draft("KIS", "KIS concept voor coördinatie", user("kis-redacteur"))
    client = login("coordinator")
    response = client.get(reverse("editorial_all_pages"), {"q": "concept voor coördinatie"})
    assert response.status_code == 200
    assert "KIS concept voor coördinatie" in response.content.decode()
    preview = client.get(reverse("editorial_draft_preview", args=[draft.pk]))
    assert preview.status_code == 200
    assert "KIS concept voor coördinatie" in preview.content.decode()


def test_all_pages_filters_on_partner(login, user):
    add_draft("KIS", "Alleen bij KIS", user("kis-redacteur"))
    client = login("coordinator")
    body = client.get(
        reverse("editorial_all_pages"), {"partner": "VNG", "q": "Alleen bij KIS"}
    ).content.decode()
    assert "Alleen bij KIS</a>" not in body
    kis = client.get(
        reverse("editorial_all_pages"), {"partner": "KIS", "q": "Alleen bij KIS"}
    ).content.decode()
    assert ">Alleen bij KIS</a>" in kis


def test_coordinator_cannot_edit_pages_outside_its_step(login, user):
    draft = add_draft("KIS", "Niet bewerken", user("kis-redacteur"))
    response = login("coordinator").get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    # Wagtail's permission_denied(): back to the dashboard, no edit form.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("username", ["vng-redacteur", "vng-eindredacteur"])
def test_partner_users_have_no_overview_of_all_pages(login, user, username):
    draft = add_draft("KIS", "Verborgen voor VNG", user("kis-redacteur"))
    client = login(username)
    for response in (
        client.get(reverse("editorial_all_pages")),
        client.get(reverse("editorial_draft_preview", args=[draft.pk])),
    ):
        assert response.status_code in (302, 403, 404)
        assert "Verborgen voor VNG" not in response.content.decode()


def test_coordinator_manages_taxonomies(login):
    client = login("coordinator")
    theme = Theme.objects.order_by("sort_order").first()
    question = Question.objects.order_by("sort_order").first()
    response = client.get(reverse("wagtailsnippets_taxonomy_theme:list"))
    assert response.status_code == 200
    assert theme.name in response.content.decode()
    response = client.get(reverse("wagtailsnippets_taxonomy_question:list"))
    assert response.status_code == 200
    assert question.question in response.content.decode()
    response = client.get(reverse("wagtailsnippets_taxonomy_theme:add"))
    assert response.status_code == 200
    assert 'name="name"' in response.content.decode()
    # Partner editors do not.
    response = login("vng-redacteur").get(reverse("wagtailsnippets_taxonomy_theme:list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_all_pages_query_count_does_not_grow_with_the_rows(login, user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_draft("KIS", "Eén concept in de lijst", user("kis-redacteur"))
    client = login("coordinator")
    url = reverse("editorial_all_pages")
    client.get(url)  # warm the content type cache

    def count(params):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        return response, len(queries)

    one, one_queries = count({"q": "Eén concept in de lijst"})
    full, full_queries = count({})
    assert len(one.context["rows"]) == 1
    assert len(full.context["rows"]) == 50
    assert full_queries == one_queries
    assert "KIS</td>" in one.content.decode()
