"""The handbook root and chapter pages: structure, navigation, related offerings, API."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.baseurl import page_url
from core.visibility import read_once, rule_shape
from handbook.models import HandbookChapterPage, HandbookPage
from handbook.related import related_offerings
from offerings.models import OfferingPage, PublicationPage
from taxonomy.kinds import Kind
from taxonomy.models import Phase, Theme
from tests.handbook.conftest import analysis, block, heading

pytestmark = pytest.mark.django_db


def headings(html):
    return [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]


def test_root_groups_chapters_by_phase_in_phase_order(client, handbook):
    body = client.get(handbook.url).content.decode()
    positions = [body.index(f'id="fase-{phase.slug}"') for phase in Phase.objects.all()]
    assert positions == sorted(positions)
    for chapter in HandbookChapterPage.objects.live():
        assert f'href="{chapter.url}"' in body
    sluimerend = body[
        body.index('id="fase-sluimerend-ongenoegen"') : body.index('id="fase-oplopende-spanning"')
    ]
    assert (
        "Sluimerend ongenoegen herkennen" in sluimerend and "Tegenstellingen bespreekbaar maken" in sluimerend
    )
    # Numbering continues across phases.
    assert '<ol class="handbook-chapters" start="3">' in body


def test_root_has_search_box_and_no_breadcrumbs(client, handbook):
    body = client.get(handbook.url).content.decode()
    assert 'action="/handboek/zoeken/"' in body and 'role="search"' in body
    assert 'class="utrecht-breadcrumb-nav' not in body


def test_headings_are_in_order_on_root_and_chapters(client, handbook):
    chapters = list(HandbookChapterPage.objects.live())
    assert chapters
    for page in [handbook, *chapters]:
        levels = headings(client.get(page.url).content.decode())
        assert levels[0] == 1 and levels.count(1) == 1
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (page.title, levels)


def test_chapter_toc_links_to_stable_anchors(client, handbook):
    chapter = HandbookChapterPage.objects.get(slug="als-de-spanning-oploopt")
    body = client.get(chapter.url).content.decode()
    toc = body[body.index('class="handbook-toc"') : body.index("</nav>", body.index('class="handbook-toc"'))]
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert anchors[:2] == ["het-beeld-delen", "publicaties"]
    for anchor in anchors:
        assert body.count(f'id="{anchor}"') == 1
    publication = PublicationPage.objects.get(title="Handreiking: omgaan met oplopende spanningen in de wijk")
    assert f"publicatie-{publication.pk}" in anchors


def test_duplicate_headings_get_unique_anchors(client, make_chapter, publications):
    chapter = make_chapter(
        [
            heading("Aanpak"),
            heading("Aanpak"),
            heading("Inhoud"),
            analysis(publications[0]),
            analysis(publications[0]),
        ]
    )
    body = client.get(chapter.url).content.decode()
    assert 'id="aanpak"' in body and 'id="aanpak-2"' in body
    assert (
        f'id="publicatie-{publications[0].pk}"' in body and f'id="publicatie-{publications[0].pk}-2"' in body
    )
    assert 'id="inhoud-2"' in body  # 'inhoud' is the page's main landmark


def test_blocks_before_first_heading_use_h2(client, make_chapter, publications):
    chapter = make_chapter([analysis(publications[0]), heading("Daarna"), analysis(publications[1])])
    levels = headings(client.get(chapter.url).content.decode())
    assert levels[:5] == [1, 2, 2, 2, 3]  # h1, TOC, analysis, heading, analysis


def test_previous_and_next_follow_reading_order(client, handbook):
    chapters = list(HandbookChapterPage.objects.live().order_by("phase__sort_order", "path"))
    middle = chapters[2]
    body = client.get(middle.url).content.decode()
    assert f'<a class="nl-link" href="{chapters[1].url}" rel="prev">' in body
    assert f'<a class="nl-link" href="{chapters[3].url}" rel="next">' in body
    assert "Hoofdstuk 3" in body
    first = client.get(chapters[0].url).content.decode()
    assert 'rel="prev"' not in first and f'<a class="nl-link" href="{chapters[1].url}" rel="next">' in first


def test_unpublished_chapter_is_skipped_in_navigation(client, handbook):
    chapters = list(HandbookChapterPage.objects.live().order_by("phase__sort_order", "path"))
    chapters[1].unpublish()
    body = client.get(chapters[0].url).content.decode()
    assert f'<a class="nl-link" href="{chapters[2].url}" rel="next">' in body
    assert chapters[1].title not in client.get(handbook.url).content.decode()


def test_chapter_breadcrumbs(client, handbook):
    chapter = HandbookChapterPage.objects.get(slug="escalatie-en-ordeverstoring")
    body = client.get(chapter.url).content.decode()
    start = body.index('class="utrecht-breadcrumb-nav')
    crumbs = body[start : body.index("</nav>", start)]
    assert f'href="{handbook.url}">{handbook.title}</a>' in crumbs
    assert f'href="{handbook.url}#fase-escalatie-en-ordeverstoring">Escalatie en ordeverstoring</a>' in crumbs
    # The current page is not a link to itself (as on the rest of the site, base.html).
    assert f'aria-current="page">{chapter.title}</span>' in crumbs and f'href="{chapter.url}"' not in crumbs
    # On a phone one link back to the phase instead (static/css/site.css shows it).
    back = body[body.index('class="site-back"') :]
    back = back[: back.index("</nav>")]
    assert (
        f'href="{handbook.url}#fase-escalatie-en-ordeverstoring">Terug naar Escalatie en ordeverstoring</a>'
        in back
    )


def test_chapter_lists_related_trainings_and_contact_points(client, handbook):
    chapter = HandbookChapterPage.objects.get(slug="zichtbare-onrust-demonstraties-en-communicatie")
    body = client.get(chapter.url).content.decode()
    section = body[body.index('id="verder-met-aanbod"') :]
    section = section[: section.index("</section>")]
    linked = re.findall(r'href="([^"]+)"', section)
    assert linked
    theme_ids = set(chapter.themes.values_list("pk", flat=True))
    for url in linked:
        offering = OfferingPage.objects.get(url_path="/home" + url)
        assert offering.kind in (Kind.TRAINING, Kind.CONTACT_POINT)
        assert offering.live and not offering.is_expired
        assert chapter.phase in offering.phases.all() or theme_ids & set(
            offering.themes.values_list("pk", flat=True)
        )
    # Phase matches come first.
    first = OfferingPage.objects.get(url_path="/home" + linked[0])
    assert chapter.phase in first.phases.all()


def test_chapter_without_matches_has_no_related_section(client, make_chapter, publications):
    phase = Phase.objects.create(name="Testfase", slug="testfase", sort_order=99)
    chapter = make_chapter([analysis(publications[0])], phase=phase.slug)
    assert 'id="verder-met-aanbod"' not in client.get(chapter.url).content.decode()


def test_chapter_is_citable(client, handbook, django_capture_on_commit_callbacks):
    chapter = HandbookChapterPage.objects.get(slug="nazorg-en-herstel-van-vertrouwen")
    body = client.get(chapter.url).content.decode()
    assert "Citeren:" in body and f"http://testserver/handboek/hoofdstuk/{chapter.pk}/" in body
    response = client.get(f"/handboek/hoofdstuk/{chapter.pk}/")
    assert response.status_code == 302 and response["Location"] == chapter.url
    chapter.slug = "nieuwe-naam"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail creates redirects on commit
        chapter.save_revision().publish()
    assert client.get(f"/handboek/hoofdstuk/{chapter.pk}/")["Location"] == "/handboek/nieuwe-naam/"
    old = client.get("/handboek/nazorg-en-herstel-van-vertrouwen/")
    assert old.status_code == 301 and old["Location"] == "/handboek/nieuwe-naam/"
    assert client.get("/handboek/hoofdstuk/999999/").status_code == 404


def test_page_tree_rules():
    assert HandbookPage.parent_page_types == ["home.HomePage"]
    from home.models import HomePage

    assert "handbook.HandbookPage" in HomePage.subpage_types
    assert HandbookChapterPage.parent_page_types == ["handbook.HandbookPage"]
    assert HandbookChapterPage.subpage_types == []


def test_admin_edit_and_add_views_render(admin_client_logged_in, handbook):
    chapter = HandbookChapterPage.objects.first()
    for page in (chapter, handbook):
        edit = admin_client_logged_in.get(f"/admin/pages/{page.pk}/edit/")
        assert edit.status_code == 200
        assert f'value="{page.title}"' in edit.content.decode()
    add = admin_client_logged_in.get(f"/admin/pages/add/handbook/handbookchapterpage/{handbook.pk}/")
    assert add.status_code == 200
    assert 'name="title"' in add.content.decode() and 'id="body" data-block' in add.content.decode()


def test_chapter_search_fields_include_body_and_phase():
    names = {getattr(field, "field_name", None) for field in HandbookChapterPage.search_fields}
    assert {"title", "intro", "body", "phase", "themes"} <= names


def test_chapters_are_found_by_wagtail_page_search(handbook):
    results = Page.objects.live().search("opvanglocatie")
    assert HandbookChapterPage.objects.get(slug="als-de-spanning-oploopt").page_ptr in list(results)


def test_api_fields_and_body_representation(handbook):
    chapter = HandbookChapterPage.objects.get(slug="als-de-spanning-oploopt")
    names = [field.name for field in HandbookChapterPage.api_fields]
    assert names == ["intro", "phase", "themes", "body"]
    phase = next(f for f in HandbookChapterPage.api_fields if f.name == "phase").serializer
    # The same {slug, label} shape as the offerings' terms (api/serializers.py).
    assert phase.to_representation(chapter.phase) == {
        "slug": chapter.phase.slug,
        "label": chapter.phase.name,
    }
    data = chapter.body.stream_block.get_api_representation(chapter.body)
    analyses = [item for item in data if item["type"] == "publication_analysis"]
    assert len(analyses) == 3
    first = analyses[0]["value"]
    publication = PublicationPage.objects.get(pk=first["publication"]["id"])
    assert first["publication"] == {
        "id": publication.pk,
        "title": publication.title,
        "url": page_url(publication),
    }
    assert set(first) == {"publication", "analysis", "meaning", "pull_quote", "anchor"}
    assert [f.name for f in HandbookPage.api_fields] == ["intro", "body"]


def test_no_inline_scripts_or_styles(client, handbook):
    chapter = HandbookChapterPage.objects.first()
    for url in (handbook.url, chapter.url, "/handboek/zoeken/?q=onrust"):
        body = client.get(url).content.decode()
        assert "<script" not in body and "style=" not in body


def test_themes_limit_related_offerings_when_no_phase_match(client, make_chapter, publications):
    phase = Phase.objects.create(name="Lege fase", slug="lege-fase", sort_order=98)
    chapter = make_chapter([analysis(publications[0])], phase=phase.slug)
    chapter.themes.set([Theme.objects.get(slug="extremisme")])
    chapter.save()
    body = client.get(chapter.url).content.decode()
    assert 'id="verder-met-aanbod"' in body


def test_unknown_block_fields_do_not_break_rendering(client, make_chapter):
    chapter = make_chapter([block("text", "<p>Alleen tekst.</p>")])
    assert "Alleen tekst." in client.get(chapter.url).content.decode()


def test_admin_preview_of_new_and_edited_chapter(admin_client_logged_in, handbook, publications):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    phase = Phase.objects.get(slug="zichtbare-onrust")
    data = nested_form_data(
        {
            "title": "Voorbeeldhoofdstuk",
            "slug": "voorbeeldhoofdstuk",
            "phase": phase.pk,
            "intro": "Inleiding van het voorbeeld.",
            "body": streamfield(
                [
                    (
                        "publication_analysis",
                        {
                            "publication": publications[0].pk,
                            "analysis": rich_text("<p>Analyse in preview.</p>"),
                            "meaning": rich_text("<p>Betekenis.</p>"),
                            "pull_quote": "",
                        },
                    )
                ]
            ),
        }
    )
    url = f"/admin/pages/add/handbook/handbookchapterpage/{handbook.pk}/preview/"
    assert admin_client_logged_in.post(url, data).json()["is_valid"]
    preview = admin_client_logged_in.get(url)
    assert preview.status_code == 200 and "Analyse in preview." in preview.content.decode()
    chapter = HandbookChapterPage.objects.first()
    edit_url = f"/admin/pages/{chapter.pk}/edit/preview/"
    data["slug"] = chapter.slug
    assert admin_client_logged_in.post(edit_url, data).json()["is_valid"]
    assert "Analyse in preview." in admin_client_logged_in.get(edit_url).content.decode()


def test_header_marks_the_handbook_as_current_section(client, handbook):
    root = client.get(handbook.url).content.decode()
    assert f'<a class="nl-link site-nav__link" href="{handbook.url}" aria-current="page">Handboek</a>' in root
    chapter = HandbookChapterPage.objects.live().first()
    body = client.get(chapter.url).content.decode()
    assert f'<a class="nl-link site-nav__link" href="{handbook.url}" aria-current="true">Handboek</a>' in body
    search = client.get("/handboek/zoeken/?q=onrust").content.decode()
    assert 'aria-current="true">Handboek' in search and 'rel="canonical"' not in search


@pytest.mark.django_db
def test_main_navigation_links_the_handbook(client):
    from django.core.cache import cache

    cache.clear()
    body = client.get("/aanbod/").content.decode()
    assert '<a class="nl-link site-nav__link" href="/handboek/">Handboek</a>' in body


def test_related_offerings_read_the_saved_themes_in_their_one_query(make_chapter, publications):
    """A served chapter's themes are read inside the related offerings' query (issue 23,
    "Cheaper misses"); a chapter whose themes are in memory (a preview) uses those."""
    phase = Phase.objects.create(name="Lege fase", slug="lege-fase", sort_order=98)
    chapter = make_chapter([analysis(publications[0])], phase=phase.slug)
    chapter.themes.set([Theme.objects.get(slug="extremisme")])
    chapter.save()
    served = HandbookChapterPage.objects.get(pk=chapter.pk)
    with read_once():  # as in a request: the public rule's lists read once
        rule_shape()
        with CaptureQueriesContext(connection) as captured:
            found = related_offerings(served)
    assert len(captured) == 1, "\n".join(query["sql"] for query in captured)
    extremism = OfferingPage.objects.live().filter(themes__slug="extremisme", kind=Kind.TRAINING)
    assert found["trainings"] and {o.pk for o in found["trainings"]} <= set(
        extremism.values_list("pk", flat=True)
    )
    # In memory, not saved: another theme's offerings, none of the saved one's.
    other = Theme.objects.exclude(slug="extremisme").filter(offerings__kind=Kind.TRAINING).first()
    served.themes.set([other])
    shown = related_offerings(served)["trainings"]
    assert shown and all(other in offering.specific.themes.all() for offering in shown)
    assert related_offerings(HandbookChapterPage.objects.get(pk=chapter.pk)) == found
