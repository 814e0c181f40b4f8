"""'Mist u iets?' in a real browser: accessible before and after a failed submit, the
honeypot is invisible, and a valid report is stored."""

import pytest
from django.core.cache import cache

from insight.models import MissingOfferReport

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def no_rate_limit():
    cache.clear()


def test_form_is_accessible_and_reports_errors(page, axe):
    page.goto("/mist-u-iets/?q=boerenprotest")
    assert page.locator("#id_description").input_value() == "boerenprotest"
    trap = page.locator("#id_website").bounding_box()
    assert trap["x"] + trap["width"] <= 0  # off-screen for people, still in the DOM for bots
    assert axe(page) == []
    page.fill("#id_description", "kort")
    page.fill("#id_email", "geen-adres")
    page.click("button[type=submit]")
    assert page.locator(".form-errors").is_visible()
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert axe(page) == []


def test_valid_report_is_stored(page):
    before = MissingOfferReport.objects.count()
    page.goto("/mist-u-iets/")
    page.fill("#id_description", "Ik zoek een training over complotdenken voor ouders.")
    page.select_option("#id_theme", label="Polarisatie")
    page.click("button[type=submit]")
    assert "Dank u wel" in page.locator("main").inner_text()
    assert MissingOfferReport.objects.count() == before + 1
