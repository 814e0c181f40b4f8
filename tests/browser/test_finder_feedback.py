"""Issue 24 items 1-3 in Chromium at 1366 and 390 px, with and without JavaScript:
feedback while filtering (results, counts and a live region within a second), the first
filter within reach of the keyboard, one focus ring for links and form controls, and the
filter column open on a wide screen without JavaScript."""

import re
import time

import pytest

pytestmark = pytest.mark.browser

WIDE, PHONE = 1366, 390


@pytest.fixture
def open_finder(browser, live_site, db):
    contexts = []

    def _open(width, javascript=True, path="/aanbod/"):
        context = browser.new_context(
            base_url=live_site,
            locale="nl-NL",
            viewport={"width": width, "height": 900},
            java_script_enabled=javascript,
        )
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        tab.goto(path)
        return tab

    yield _open
    for context in contexts:
        context.close()


def heading_count(page):
    return int(re.match(r"\d+", page.locator("#resultaten").inner_text()).group())


def test_ticking_a_filter_on_a_wide_screen_updates_results_and_live_region_within_a_second(
    open_finder,
):
    page = open_finder(WIDE)
    before = heading_count(page)
    first_title = page.locator(".result h3").first.inner_text()
    checkbox = page.get_by_role("checkbox", name=re.compile(r"^Extremisme"))
    started = time.monotonic()
    checkbox.check()
    page.wait_for_function(
        "before => parseInt(document.getElementById('resultaten').textContent) !== before",
        arg=before,
        timeout=1000,
    )
    elapsed = time.monotonic() - started
    after = heading_count(page)
    assert 0 < after < before and elapsed < 1.0
    assert "thema=extremisme" in page.url  # still a shareable URL
    assert page.locator("#finder-status").inner_text() == page.locator("#resultaten").inner_text().strip()
    assert page.locator("#finder-status").get_attribute("aria-live") == "polite"
    assert page.locator(".chips .chip", has_text="Extremisme").count() == 1
    assert (
        page.get_by_role("button", name=re.compile(r"^Toon \d+")).inner_text() == f"Toon {after} resultaten"
    )
    assert page.evaluate("document.activeElement.id") == "f-thema-extremisme"  # focus kept
    titles = page.locator(".result h3").all_inner_texts()
    assert len(titles) == min(after, 20) and (after == before or titles[0] != first_title or after < before)


def test_without_javascript_the_filters_are_open_beside_the_results_and_submit(open_finder):
    page = open_finder(WIDE, javascript=False)
    assert page.locator(".filters-disclosure").get_attribute("open") is not None
    checkbox = page.get_by_role("checkbox", name=re.compile(r"^Extremisme"))
    assert checkbox.is_visible()
    box, results = page.locator("#filters").bounding_box(), page.locator("#finder-results").bounding_box()
    assert box["x"] + box["width"] <= results["x"]  # the column to the left
    before = heading_count(page)
    checkbox.check()
    page.get_by_role("button", name=re.compile(r"^Toon \d+")).click()
    page.wait_for_url(re.compile(r"thema=extremisme"))
    assert heading_count(page) < before


def test_phone_with_javascript_folds_the_filters_and_the_button_follows_the_ticks(open_finder):
    page = open_finder(PHONE)
    assert page.locator(".filters-disclosure").get_attribute("open") is None
    page.locator(".filters-disclosure > summary").click()
    before = page.get_by_role("button", name=re.compile(r"^Toon \d+")).inner_text()
    page.get_by_role("checkbox", name=re.compile(r"^Extremisme")).check()
    page.wait_for_function(
        "before => document.querySelector('[data-count-label]').textContent !== before",
        arg=before,
        timeout=1000,
    )
    assert page.locator("#finder-status").inner_text().endswith("resultaten")


def test_phone_without_javascript_shows_the_filters_after_the_results(open_finder):
    page = open_finder(PHONE, javascript=False)
    assert page.get_by_role("checkbox", name=re.compile(r"^Extremisme")).is_visible()
    assert page.locator("#filters").bounding_box()["y"] > page.locator(".result").first.bounding_box()["y"]


@pytest.mark.parametrize("javascript", [True, False])
def test_first_filter_within_three_tab_presses_from_the_top_of_the_results(open_finder, javascript):
    page = open_finder(WIDE, javascript=javascript)
    page.get_by_role("button", name="Zoeken", exact=True).focus()  # just above the results
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de filters"
    page.keyboard.press("Enter")
    presses = 0
    while page.evaluate("document.activeElement.type") != "checkbox" and presses < 3:
        page.keyboard.press("Tab")
        presses += 1
    assert page.evaluate("document.activeElement.type") == "checkbox"
    assert presses <= 2  # with the skip link's own press: within three


def test_skip_link_to_the_filters_on_a_phone(open_finder):
    page = open_finder(PHONE)
    page.get_by_role("link", name="Naar de filters").click()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"


@pytest.mark.parametrize("width", [WIDE, PHONE])
def test_form_controls_show_the_same_focus_ring_as_links(open_finder, width):
    page = open_finder(width)
    ring = (
        "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineColor, s.outlineWidth]; }"
    )
    page.get_by_role("link", name="Naar de filters").focus()
    link_ring = page.evaluate(f"({ring})(document.activeElement)")
    for selector in ("#finder-q", "#finder-sort", "button[type=submit]"):
        page.focus(selector)
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
        assert page.evaluate(f"({ring})(document.activeElement)") == link_ring, selector
    assert link_ring[0] == "solid"


@pytest.mark.parametrize("width", [WIDE, PHONE])
def test_results_show_their_facts_and_marked_words_at_both_widths(open_finder, width):
    page = open_finder(width, path="/aanbod/?q=polarisatie")
    first = page.locator(".result").first
    assert first.locator("h3 mark.hit").first.is_visible()
    for kind, fact in (
        ("Publicatie", "Verschenen"),
        ("Training", "Aanmelden"),
        ("Contactpunt", "Bereikbaar"),
    ):
        result = page.locator(".result", has=page.locator(".site-meta", has_text=kind)).first
        assert result.locator(".result__facts").is_visible(), kind
        assert fact in result.locator(".result__facts").inner_text() or kind == "Training", kind
    training = page.locator(".result", has=page.locator(".site-meta", has_text="Training")).first
    assert training.locator(".registration, .label-expired").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
