"""The dashboard as an editor sees it on a wide screen and on a phone (issue 26, point 10):
"Mijn redactiewerk" is a panel like the others, its heading in line with theirs, and the
review round's progress table fits a 390 px screen (nothing cut off, nothing scrolling
sideways: every number is on screen beside its column's name)."""

import pytest
from playwright.sync_api import expect

from review.models import ReviewRound, RoundStatus
from tests.browser.test_date_input import log_in

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 390])
def test_dashboard_panels_line_up_and_the_review_table_fits(browser, live_site, db, axe, width):
    assert ReviewRound.objects.filter(status=RoundStatus.OPEN).exists()  # the demo's open round
    context = browser.new_context(
        base_url=live_site, locale="nl-NL", viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        log_in(page, "coordinator")
        work = page.locator("#editorial-work-heading")
        progress = page.locator("#review-progress-heading")
        expect(work).to_have_text("Mijn redactiewerk")
        expect(progress).to_be_visible()
        # The same left edge as the review panel's heading (it stood 105 px further left).
        assert work.bounding_box()["x"] == pytest.approx(progress.bounding_box()["x"], abs=1)
        panels = page.locator("section.w-panel--dashboard")
        lefts = {round(box["x"]) for box in (panels.nth(i).bounding_box() for i in range(panels.count()))}
        assert len(lefts) == 1, lefts

        container = page.locator("#review-progress-section .site-table-scroll")
        container.scroll_into_view_if_needed()
        # The table's box does not overflow (no hidden columns to scroll to), nor does the page.
        assert container.evaluate("e => e.scrollWidth <= e.clientWidth"), container.evaluate(
            "e => [e.scrollWidth, e.clientWidth]"
        )
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        box = container.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        # Every cell, the last column ("Afgerond") included, lies inside the box and the screen.
        cells = container.locator("tbody td")
        assert cells.count() >= 7
        for index in (0, cells.count() - 1):
            cell = cells.nth(index).bounding_box()
            assert box["x"] <= cell["x"] and cell["x"] + cell["width"] <= box["x"] + box["width"] + 1
        last = container.locator("tbody tr").first.locator("td").last
        if width == 390:
            # One block per partner: each number beside its column's name.
            assert last.evaluate("td => getComputedStyle(td, '::before').content") == '"Afgerond"'
            assert container.locator("thead").bounding_box()["height"] <= 1  # for screen readers only
        else:
            expect(container.locator("thead th").last).to_have_text("Afgerond")
        assert last.inner_text().endswith("%")
        assert axe(page) == []
    finally:
        context.close()
