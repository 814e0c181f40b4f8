"""Issue 24 item 9: on a phone the breadcrumbs are one "Terug naar <parent>" link; on a
wide screen the whole path, with the current page not repeated as a link. Long Dutch
headings hyphenate instead of widening the page."""

import pytest

from handbook.models import HandbookChapterPage
from offerings.models import TrainingPage

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1366, 390])
def test_breadcrumbs_and_back_link(browser, live_site, db, axe, width):
    training = TrainingPage.objects.live().order_by("title").first()
    parent = training.get_parent()
    context = browser.new_context(
        base_url=live_site, locale="nl-NL", viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    try:
        page.goto(training.url)
        crumbs = page.locator(".site-breadcrumbs")
        back = page.get_by_role("link", name=f"Terug naar {parent.title}")
        if width == 390:
            assert not crumbs.is_visible()
            assert back.is_visible()
            assert back.bounding_box()["height"] < 60  # one or two lines, not seven
        else:
            assert crumbs.is_visible() and not back.is_visible()
            assert crumbs.get_by_role("link", name=training.title).count() == 0
            assert crumbs.locator("[aria-current=page]").inner_text() == training.title
            assert crumbs.get_by_role("link").first.inner_text() == "Home"
        heading = page.locator("h1")
        assert heading.evaluate("h => getComputedStyle(h).hyphens") == "auto"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert axe(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("width", [1366, 390])
def test_handbook_breadcrumbs_and_back_link(browser, live_site, db, width):
    """Issue 26: the handbook's own breadcrumbs (chapter, search) follow the same pattern:
    the whole path on a wide screen, one "Terug naar ..." link on a phone."""
    chapter = HandbookChapterPage.objects.live().select_related("phase").order_by("path").first()
    handbook = chapter.get_parent().specific
    context = browser.new_context(
        base_url=live_site, locale="nl-NL", viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    try:
        for url, back_name, current in (
            (chapter.url, f"Terug naar {chapter.phase.name}", chapter.title),
            (f"{handbook.search_url()}?q=demonstratie", f"Terug naar {handbook.title}", "Zoeken"),
        ):
            page.goto(url)
            crumbs = page.locator(".site-breadcrumbs")
            back = page.get_by_role("link", name=back_name)
            if width == 390:
                assert not crumbs.is_visible()
                assert back.is_visible()
                assert back.bounding_box()["height"] < 60
            else:
                assert crumbs.is_visible() and not back.is_visible()
                assert crumbs.locator("[aria-current=page]").inner_text() == current
                assert crumbs.get_by_role("link", name=current, exact=True).count() == 0
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        if width == 390:
            back.click()  # from the search page back to the handbook
            page.wait_for_url(f"**{handbook.url}")
    finally:
        context.close()
