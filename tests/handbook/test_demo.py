"""The demo handbook: enough chapters over all phases, valid blocks, idempotent."""

import pytest
from django.core.management import call_command

from demo.content.taxonomy import PHASES
from handbook.models import HandbookChapterPage, HandbookPage
from offerings.models import PublicationPage


@pytest.mark.django_db
def test_demo_chapters_cover_all_phases_with_analyses():
    chapters = HandbookChapterPage.objects.live()
    assert chapters.count() >= 6
    assert {c.phase.slug for c in chapters} == {slug for slug, _name in PHASES}
    for chapter in chapters:
        analyses = [b for b in chapter.body if b.block_type == "publication_analysis"]
        assert len(analyses) >= 2, chapter.title
        for item in analyses:
            assert isinstance(item.value["publication"], PublicationPage) and item.value["publication"].live
        assert chapter.intro.startswith("Demo-inhoud")


@pytest.mark.django_db
def test_demo_blocks_pass_validation():
    chapters = HandbookChapterPage.objects.all()
    assert chapters
    for chapter in chapters:
        cleaned = chapter.body.stream_block.clean(chapter.body)  # raises on any invalid block
        assert len(cleaned) == len(chapter.body)


@pytest.mark.django_db
def test_demo_handbook_is_marked_and_idempotent():
    handbook = HandbookPage.objects.get()
    assert handbook.intro.startswith("Demo-inhoud") and handbook.live
    count = HandbookChapterPage.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert HandbookPage.objects.count() == 1
    assert HandbookChapterPage.objects.count() == count


@pytest.mark.django_db
def test_demo_creates_the_handbook_site_when_a_hostname_is_configured(settings):
    from wagtail.models import Site

    from demo.handbook import load_handbook
    from demo.loader import DemoLoader
    from home.models import HomePage

    settings.HANDBOOK_HOSTNAME = "handboek.localhost"
    settings.HANDBOOK_PORT = 8000
    loader = DemoLoader()
    handbook = load_handbook(loader, HomePage.objects.get())
    load_handbook(loader, HomePage.objects.get())
    sites = Site.objects.filter(root_page=handbook)
    assert [(s.hostname, s.port) for s in sites] == [("handboek.localhost", 8000)]
    assert loader.created == 1
    Site.clear_site_root_paths_cache()
