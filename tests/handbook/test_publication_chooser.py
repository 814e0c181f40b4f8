"""Issue 24 item 11: the handbook editor's publication chooser finds a publication by its
author or its publisher, not only by its title."""

import pytest

from offerings.models import PublicationAuthor, PublicationPublisher

pytestmark = pytest.mark.django_db


def chooser_titles(client, q):
    response = client.get("/admin/choose-page/search/", {"q": q, "page_type": "offerings.publicationpage"})
    assert response.status_code == 200
    return response.content.decode()


def test_chooser_finds_a_publication_by_author_and_by_publisher(admin_client_logged_in):
    author = PublicationAuthor.objects.select_related("page").order_by("pk").first()
    surname = author.name.split()[-1]
    assert author.page.title in chooser_titles(admin_client_logged_in, surname)
    link = (
        PublicationPublisher.objects.select_related("page", "organisation")
        .exclude(organisation__abbreviation="")
        .order_by("pk")
        .first()
    )
    assert link.page.title in chooser_titles(admin_client_logged_in, link.organisation.abbreviation)
