"""The handbook in a real browser: root, chapter and search pass axe-core; TOC anchors work."""

import pytest

from handbook.models import HandbookChapterPage, HandbookPage

pytestmark = pytest.mark.browser


def test_handbook_root_is_accessible(page, axe):
    handbook = HandbookPage.objects.get()
    page.goto(handbook.url)
    assert page.locator("h1").inner_text() == handbook.title
    assert page.locator("form[role=search] input[type=search]").is_visible()
    assert axe(page) == []


def test_chapter_is_accessible(page, axe):
    chapter = HandbookChapterPage.objects.live().get(slug="als-de-spanning-oploopt")
    page.goto(chapter.url)
    assert page.locator("h1").inner_text() == chapter.title
    assert axe(page) == []


def test_toc_link_moves_to_its_section(page):
    chapter = HandbookChapterPage.objects.live().get(slug="zichtbare-onrust-demonstraties-en-communicatie")
    page.goto(chapter.url)
    page.locator(".handbook-toc a", has_text="Wat zeggen de publicaties?").click()
    assert page.evaluate("location.hash") == "#publicaties"
    assert page.locator("#publicaties").is_visible()


def test_handbook_search_is_accessible(page, axe):
    page.goto("/handboek/zoeken/?q=demonstratie")
    assert "gevonden" in page.locator("#resultaten").inner_text()
    assert axe(page) == []


def test_chapter_prints_without_navigation(page):
    chapter = HandbookChapterPage.objects.live().first()
    page.goto(chapter.url)
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".handbook-pager").is_visible()
    assert page.locator(".handbook-cite").is_visible()
    assert page.locator("h1").is_visible()
