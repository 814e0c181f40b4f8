"""The API documentation page and the finder's feed link in a real browser (axe-core)."""

import pytest

pytestmark = pytest.mark.browser


def test_api_docs_page_is_accessible(page, axe):
    page.goto("/")
    page.get_by_role("link", name="Open data (API)").click()
    assert page.locator("h1").inner_text() == "Open data: de API"
    assert page.get_by_role("link", name="/api/v2/offerings/?thema=polarisatie&soort=training").count() == 1
    assert axe(page) == []


def test_finder_feed_link_keeps_the_filters(page):
    page.goto("/aanbod/?thema=polarisatie")
    href = page.get_by_role("link", name="Volg dit aanbod in uw feedlezer").get_attribute("href")
    assert href == "/aanbod/feed/?thema=polarisatie"
