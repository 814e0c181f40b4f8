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
    for chapter in HandbookChapterPage.objects.all():
        chapter.body.stream_block.clean(chapter.body)  # raises on any invalid block


@pytest.mark.django_db
def test_demo_handbook_is_marked_and_idempotent():
    handbook = HandbookPage.objects.get()
    assert handbook.intro.startswith("Demo-inhoud") and handbook.live
    count = HandbookChapterPage.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert HandbookPage.objects.count() == 1
    assert HandbookChapterPage.objects.count() == count
