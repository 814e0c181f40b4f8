"""Issue 24 item 8: every public form ("Was dit nuttig?", "Volg deze zoekopdracht" on the
finder and its own page, "Mist u iets?") uses the NLDS form components, with controls
at least 44 px high, labels above their fields and no red required field before input;
at 1366 and 390 px, and axe stays clean."""

import pytest

from offerings.models import OfferingPage

pytestmark = pytest.mark.browser

MIN_TARGET = 44


def form_pages():
    offering = OfferingPage.objects.live().order_by("title").first()
    return [
        (offering.url, "#nuttig form"),
        ("/aanbod/?q=polarisatie", ".follow-search form"),
        ("/zoekopdracht-volgen/?q=polarisatie", "form.site-form"),
        ("/mist-u-iets/", "form.missing-offer-form"),
    ]


@pytest.mark.parametrize("width", [1366, 390])
def test_public_forms_use_nlds_components_with_44_px_controls(browser, live_site, db, axe, width):
    context = browser.new_context(
        base_url=live_site, locale="nl-NL", viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    try:
        for url, selector in form_pages():
            page.goto(url)
            form = page.locator(selector)
            controls = form.locator("button, input:not([type=hidden]):not([tabindex='-1']), textarea, select")
            assert controls.count() >= 2, url
            for index in range(controls.count()):
                control = controls.nth(index)
                if not control.is_visible():
                    continue
                classes = control.get_attribute("class") or ""
                assert classes.startswith("utrecht-"), (url, classes)
                kind = control.get_attribute("type")
                if kind not in ("radio", "checkbox"):
                    assert control.bounding_box()["height"] >= MIN_TARGET, (url, classes)
            for label in form.locator(
                ".utrecht-form-field--text > label.utrecht-form-label, "
                ".missing-offer-form .utrecht-form-label"
            ).all():
                field = page.locator(f"#{label.get_attribute('for')}")
                if field.count() and field.is_visible():
                    assert (
                        label.bounding_box()["y"] + label.bounding_box()["height"]
                        <= field.bounding_box()["y"] + 1
                    )
            # A required field nobody typed in has the border of any other field, not the error's.
            red = page.evaluate(
                """sel => {
                    const plain = document.createElement("input");
                    const area = document.createElement("textarea");
                    plain.className = "utrecht-textbox utrecht-textbox--html-input";
                    area.className = "utrecht-textarea utrecht-textarea--html-textarea";
                    document.body.append(plain, area);
                    const normal = {INPUT: getComputedStyle(plain).borderColor,
                                    TEXTAREA: getComputedStyle(area).borderColor};
                    plain.remove();
                    area.remove();
                    return [...document.querySelectorAll(sel + " textarea, " + sel + " input[type=email]")]
                        .filter(e => e.required
                            && getComputedStyle(e).borderColor !== normal[e.tagName]).length;
                }""",
                selector,
            )
            assert red == 0, url
            assert axe(page) == [], url
    finally:
        context.close()
