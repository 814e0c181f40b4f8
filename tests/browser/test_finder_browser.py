"""The finder as a person uses it, in Chromium: type, tick, remove a chip, page on,
keyboard only; and axe-core on the finder's states."""

import re

import pytest
from playwright.sync_api import expect

from offerings.models import OfferingPage

pytestmark = pytest.mark.browser


def results_heading(page):
    return page.locator("#resultaten").inner_text()


def count_in(text):
    return int(re.match(r"\d+", text).group())


def test_type_a_query_tick_two_themes_remove_a_chip_and_page_on(page):
    page.goto("/aanbod/")
    all_count = count_in(results_heading(page))

    page.get_by_label("Zoek in het aanbod").fill("radicalisering")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    page.wait_for_url(re.compile(r"q=radicalisering"))
    text_count = count_in(results_heading(page))
    assert 0 < text_count < all_count
    assert page.get_by_label("Zoek in het aanbod").input_value() == "radicalisering"

    page.get_by_role("checkbox", name=re.compile(r"^Polarisatie")).check()
    page.get_by_role("checkbox", name=re.compile(r"^Extremisme")).check()
    page.get_by_role("button", name=re.compile(r"^Toon \d+ resultaten?$")).click()
    page.wait_for_url(re.compile(r"thema=polarisatie.*thema=extremisme|thema=extremisme.*thema=polarisatie"))
    # With JavaScript the results are swapped in after each tick: wait for them, not the URL.
    expect(page.locator(".chips .chip")).to_have_count(2)
    two_themes = count_in(results_heading(page))
    assert two_themes <= text_count

    page.locator(".chips .chip", has_text="Extremisme").click()
    page.wait_for_url(lambda url: "thema=extremisme" not in url)
    assert "thema=polarisatie" in page.url
    expect(page.locator(".chips .chip")).to_have_count(1)
    assert page.get_by_role("checkbox", name=re.compile(r"^Polarisatie")).is_checked()

    page.goto("/aanbod/")
    first_titles = page.locator(".result h3").all_inner_texts()
    page.get_by_role("navigation", name="Paginering").get_by_role("link", name="Volgende pagina").click()
    page.wait_for_url(re.compile(r"pagina=2"))
    second_titles = page.locator(".result h3").all_inner_texts()
    assert second_titles and not set(first_titles) & set(second_titles)


def test_keyboard_only(page):
    page.goto("/aanbod/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Enter")
    # Tab until the search field has focus, type, submit with Enter.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "finder-q":
            break
    assert page.evaluate("document.activeElement.id") == "finder-q"
    page.keyboard.type("polarisatie")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=polarisatie"))
    assert "sorteer" not in page.url  # a new query is sorted by relevance
    # Tab to the first theme checkbox, tick it with Space, submit from it with Enter.
    for _ in range(80):  # past the results (first on the page), into the filters
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "thema":
            break
    assert page.evaluate("document.activeElement.name") == "thema"
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"thema="))
    # The ticked box also updates the results in place (static/js/finder.js), which puts
    # thema= in the URL before the submitted page has loaded: wait for the chip itself.
    expect(page.locator(".chips .chip")).to_have_count(1)
    # The chip is reachable and removable by keyboard.
    for _ in range(200):
        page.keyboard.press("Tab")
        if "chip" in (page.evaluate("document.activeElement.className") or "").split():
            break
    assert "chip" in page.evaluate("document.activeElement.className").split()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "thema=" not in url)
    assert "q=polarisatie" in page.url


def test_autocomplete_enhancement_offers_links(page):
    page.goto("/aanbod/")
    page.get_by_label("Zoek in het aanbod").press_sequentially("radical", delay=30)
    suggestions = page.locator("#finder-q-suggesties a")
    suggestions.first.wait_for()
    assert suggestions.count() >= 1
    page.get_by_label("Zoek in het aanbod").press("ArrowDown")
    assert page.evaluate("document.activeElement.closest('ul').id") == "finder-q-suggesties"


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/aanbod/?q=radicalisering&thema=polarisatie&thema=extremisme&soort=training",
        "/aanbod/?vraag=rol-jongerenwerk",
        "/aanbod/?q=qqxxzzvv",
        "/aanbod/?q=radicalisring",
        "/aanbod/?thema=extremisme&kosten=kosten&werkvorm=online&soort=publicatie",
        "/zoeken/?q=polarisatie",
        "/zoeken/?q=qqxxzzvv",
    ],
)
def test_finder_states_are_accessible(page, axe, url):
    page.goto(url)
    assert page.locator("h1").first.is_visible()
    assert axe(page) == []


def test_offering_page_is_accessible(page, axe):
    offering = OfferingPage.objects.live().order_by("title").first().specific
    page.goto(offering.url)
    assert axe(page) == []
