"""Two-way links between chapters and publications, and what happens when they break."""

from unittest import mock

import pytest
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, ReferenceIndex

from core.relationlists import read_relation_lists
from core.visibility import read_once, rule_shape
from handbook.discussion import chapters_analysing, chapters_discussing, offering_chapters
from handbook.models import HandbookChapterPage
from handbook.references import broken_references
from offerings.models import PublicationPage, TrainingPage
from tests.handbook.conftest import analysis, block

REPORT = "/admin/reports/handboek-verwijzingen/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def publication(db):
    return PublicationPage.objects.get(title="Handreiking: omgaan met oplopende spanningen in de wijk")


@pytest.fixture
def chapter(db):
    return HandbookChapterPage.objects.get(slug="als-de-spanning-oploopt")


def test_publication_page_lists_chapters_that_analyse_it(client, publication, chapter):
    body = client.get(publication.url).content.decode()
    assert "Besproken in het handboek" in body
    assert f'<a class="nl-link" href="{chapter.url}#publicatie-{publication.pk}">{chapter.title}</a>' in body


def test_publication_without_analysis_shows_no_section(client):
    discussed = {
        ref.to_object_id
        for ref in ReferenceIndex.objects.filter(model_path="body.publication_analysis.publication")
    }
    other = PublicationPage.objects.live().exclude(pk__in=[int(pk) for pk in discussed]).first()
    assert "Besproken in het handboek" not in client.get(other.url).content.decode()


def test_new_chapter_appears_and_unpublished_chapter_disappears(client, make_chapter, publications):
    target = publications[-1]
    before = chapters_discussing(target)
    chapter = make_chapter([analysis(target)], title="Nieuw hoofdstuk over deze publicatie")
    assert chapter in chapters_discussing(target)
    assert "Nieuw hoofdstuk over deze publicatie" in client.get(target.url).content.decode()
    chapter.unpublish()
    assert chapters_discussing(target) == before
    assert "Nieuw hoofdstuk over deze publicatie" not in client.get(target.url).content.decode()


def test_further_reading_mention_is_not_an_analysis(make_chapter):
    training_free_publication = PublicationPage.objects.live().last()
    chapter = make_chapter(
        [
            block(
                "further_reading",
                {
                    "title": "V",
                    "items": [
                        {"type": "internal", "value": {"page": training_free_publication.pk, "note": ""}}
                    ],
                },
            )
        ]
    )
    assert chapter not in chapters_discussing(training_free_publication)


def test_unpublished_publication_block_is_left_out(client, publication, chapter):
    publication.unpublish()
    response = client.get(chapter.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert f'id="publicatie-{publication.pk}"' not in body
    assert publication.title not in body  # neither block nor TOC entry
    assert "Handreiking: spanningen rond de komst van een opvanglocatie" in body


def test_deleted_publication_block_is_left_out(client, publication, chapter):
    publication.delete()
    response = client.get(chapter.url)
    assert response.status_code == 200
    assert "omgaan met oplopende spanningen in de wijk" not in response.content.decode()


def test_restricted_publication_block_is_left_out(client, publication, chapter):
    PageViewRestriction.objects.create(page=publication, restriction_type=PageViewRestriction.LOGIN)
    body = client.get(chapter.url).content.decode()
    assert f'id="publicatie-{publication.pk}"' not in body


def test_unpublished_further_reading_item_is_left_out(client):
    chapter = HandbookChapterPage.objects.get(slug="sluimerend-ongenoegen-herkennen")
    training = TrainingPage.objects.get(title="Leerlijn sociale stabiliteit voor beleidsmedewerkers")
    assert (
        f'href="{training.url}"'
        in client.get(chapter.url).content.decode().split('id="verder-met-aanbod"')[0]
    )
    training.unpublish()
    body = client.get(chapter.url).content.decode()
    assert training.title not in body
    assert "Voorbeeldverkenning naar vertrouwen" in body  # the external item stays


def test_admin_warns_on_chapter_with_broken_reference(admin_client_logged_in, publication, chapter):
    edit = f"/admin/pages/{chapter.pk}/edit/"
    assert "niet kan zien" not in admin_client_logged_in.get(edit).content.decode()
    publication.unpublish()
    body = admin_client_logged_in.get(edit).content.decode()
    assert "Dit hoofdstuk verwijst naar 1 pagina die het publiek niet kan zien." in body
    assert f"Publicatie-analyse: ‘{publication.title}’ (niet gepubliceerd)" in body


def test_admin_warns_on_deleted_reference(admin_client_logged_in, publication, chapter):
    pk = publication.pk
    publication.delete()
    body = admin_client_logged_in.get(f"/admin/pages/{chapter.pk}/edit/").content.decode()
    assert f"Publicatie-analyse: pagina {pk} (verwijderd)" in body


def test_report_lists_broken_references(admin_client_logged_in, publication, chapter):
    empty = admin_client_logged_in.get(REPORT)
    assert empty.status_code == 200
    assert "Geen kapotte verwijzingen" in empty.content.decode()
    publication.unpublish()
    training = TrainingPage.objects.get(title="Leerlijn sociale stabiliteit voor beleidsmedewerkers")
    training_pk = training.pk
    training.delete()
    body = admin_client_logged_in.get(REPORT).content.decode()
    assert chapter.title in body and f"/admin/pages/{chapter.pk}/edit/" in body
    assert f"‘{publication.title}’ (#{publication.pk})" in body and "niet gepubliceerd" in body
    assert f"#{training_pk}" in body and "verwijderd" in body
    export = admin_client_logged_in.get(REPORT + "?export=csv")
    csv = b"".join(export.streaming_content).decode()
    assert csv.splitlines()[0] == "Hoofdstuk,Blok,Verwijst naar,Probleem"
    assert len(csv.splitlines()) == 3


def test_report_is_in_the_reports_menu_and_needs_page_permissions(
    admin_client_logged_in, client, django_user_model
):
    assert "Handboek: kapotte verwijzingen" in admin_client_logged_in.get("/admin/").content.decode()
    nobody = django_user_model.objects.create_user("zonderrechten", password="x", is_staff=False)
    client.force_login(nobody)
    assert client.get(REPORT).status_code in (302, 403)


def test_editor_sees_report(login):
    client = login("vng-redacteur")
    response = client.get(REPORT)
    assert response.status_code == 200
    assert "Handboek: kapotte verwijzingen" in response.content.decode()


def test_broken_references_reads_stored_content(publication, chapter):
    publication.unpublish()
    problems = broken_references([chapter])
    assert [(p.page_id, p.reason, p.block_type) for p in problems] == [
        (publication.pk, "unpublished", "publication_analysis")
    ]


def test_editor_cannot_save_analysis_without_publication(admin_client_logged_in, chapter):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": chapter.title,
            "slug": chapter.slug,
            "phase": chapter.phase_id,
            "intro": chapter.intro,
            "body": streamfield(
                [
                    (
                        "publication_analysis",
                        {
                            "publication": "",
                            "analysis": rich_text("<p>a</p>"),
                            "meaning": rich_text("<p>b</p>"),
                            "pull_quote": "",
                        },
                    )
                ]
            ),
        }
    )
    response = admin_client_logged_in.post(f"/admin/pages/{chapter.pk}/edit/", data)
    assert response.status_code == 200
    assert "Kies de publicatie die u in deze analyse bespreekt." in response.content.decode()
    chapter.refresh_from_db()
    assert len(chapter.body) > 1  # nothing half-written


def test_restricted_or_hidden_further_reading_items_are_left_out(client):
    """Read from the blocks' own pages with the public rule (handbook.navigation.hidden_page_ids)."""
    chapter = HandbookChapterPage.objects.get(slug="sluimerend-ongenoegen-herkennen")
    training = TrainingPage.objects.get(title="Leerlijn sociale stabiliteit voor beleidsmedewerkers")
    login = PageViewRestriction.LOGIN
    restriction = PageViewRestriction.objects.create(page=training, restriction_type=login)
    body = client.get(chapter.url).content.decode()
    assert training.title not in body
    assert "Voorbeeldverkenning naar vertrouwen" in body
    restriction.delete()
    assert training.title in client.get(chapter.url).content.decode()
    training.get_parent().unpublish()  # its partner taken offline: the training is hidden
    assert training.title not in client.get(chapter.url).content.decode()


@pytest.mark.django_db
def test_an_offerings_handbook_lists_are_read_without_building_their_sql_again():
    """An offering page's two handbook lists (issue 23, "Cheaper misses"): one query whose SQL
    is built once per shape, with the chapters' phases read with them."""
    publications = [p for p in PublicationPage.objects.live().order_by("pk") if p.phases.exists()]
    first, second = (
        publications[0],
        next(p for p in publications[1:] if p.phases.count() == publications[0].phases.count()),
    )
    offering_chapters(first)
    second = PublicationPage.objects.get(pk=second.pk)
    read_relation_lists([second], second.page_lists())  # as its page reads them
    expected = [chapter.pk for chapter in chapters_analysing(second)]
    phases = {phase.pk for phase in second.phases.all()}
    with read_once():  # as in a request: the public rule's lists read once
        rule_shape()
        refuse = mock.patch.object(SQLCompiler, "as_sql", side_effect=AssertionError("SQL built again"))
        with refuse, CaptureQueriesContext(connection) as captured:
            discussing, on_phases = offering_chapters(second)
            shown = [(chapter.title, chapter.phase.name) for chapter in [*discussing, *on_phases]]
    assert len(captured) == 1
    assert [chapter.pk for chapter in discussing] == expected
    live = (
        HandbookChapterPage.objects.live().filter(phase__in=phases).exclude(pk__in=[c.pk for c in discussing])
    )
    assert {chapter.pk for chapter in on_phases} <= set(live.values_list("pk", flat=True))
    assert len(shown) == len(discussing) + len(on_phases) and on_phases
