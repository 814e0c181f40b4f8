"""The foundation's public pages in a real browser: they load and pass axe-core."""

import pytest

from offerings.models import ContactPointPage, PublicationPage, TrainingPage

pytestmark = pytest.mark.browser


def test_home_page_is_accessible(page, axe):
    page.goto("/")
    assert page.locator("h1").first.is_visible()
    assert axe(page) == []


@pytest.mark.parametrize(
    "page_type", [PublicationPage, TrainingPage, ContactPointPage], ids=lambda t: t.__name__
)
def test_offering_page_is_accessible(page, axe, page_type):
    offering = page_type.objects.live().first()
    page.goto(offering.url)
    assert page.locator("h1").inner_text() == offering.title
    assert axe(page) == []


def test_skip_link_is_first_and_moves_focus(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Direct naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_axe_harness_reports_violations(page, axe):
    # Guards the harness itself: a page with known faults must not pass.
    page.set_content('<html><body><input type="text"><img src="x.png"></body></html>')
    found = {violation["id"] for violation in axe(page)}
    assert {"label", "image-alt", "html-has-lang"} <= found
