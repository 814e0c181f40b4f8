"""Two-factor login in a real browser: a final editor for whom it is required sets up an
authenticator app through the link mailed to the account (the test computes the TOTP codes
itself, RFC 6238), keeps the recovery codes, and logs in again with a code and with a
recovery code."""

import time

import pytest
from django.conf import settings as django_settings
from django.core import mail
from playwright.sync_api import expect

from tests.twofactor.enrolment import LINK
from tests.twofactor.totp import totp

pytestmark = pytest.mark.browser

USERNAME = "bzk-eindredacteur"  # no other browser test logs in as this user


def password_step(browser, live_site):
    context = browser.new_context(base_url=live_site, locale="nl-NL")
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.goto("/admin/login/")
    tab.fill("#id_username", USERNAME)
    tab.fill("#id_password", django_settings.DEMO_PASSWORD)
    tab.locator("form button[type=submit]").click()
    return context, tab


def test_two_factor_setup_and_login(browser, live_site, db, settings):
    settings.TWO_FACTOR_REQUIRED = True
    contexts = []
    try:
        # 1. Password accepted; the role requires 2FA, so the admin sends the user to set-up.
        context, tab = password_step(browser, live_site)
        contexts.append(context)
        tab.wait_for_url("**/admin/tweestapsverificatie/instellen/**")
        # The set-up needs the link mailed to the account's address (issue 22 B2).
        expect(tab.locator(".twofactor-qr svg")).to_have_count(0)
        tab.get_by_role("button", name="Stuur mij de link").click()
        expect(tab.locator("[data-twofactor-link-sent]")).to_be_visible()
        tab.goto(LINK.search(mail.outbox[-1].body).group(1))
        tab.get_by_role("button", name="Ga verder").click()
        tab.wait_for_url("**/admin/tweestapsverificatie/instellen/")
        expect(tab.locator(".twofactor-qr svg")).to_be_visible()
        secret = tab.locator("[data-twofactor-secret]").inner_text()
        tab.locator("#id_code").fill(totp(secret))
        tab.get_by_role("button", name="Bevestigen").click()
        code_items = tab.locator("[data-twofactor-codes] code")
        expect(code_items).to_have_count(10)
        codes = code_items.all_inner_texts()
        assert len(codes) == 10
        tab.get_by_role("link", name="Ik heb de codes bewaard, ga verder").click()
        tab.wait_for_url("**/admin/")
        expect(tab.locator("#main")).to_be_visible()

        # 2. A new session: password, then the next TOTP step (the current one is used up).
        second, tab2 = password_step(browser, live_site)
        contexts.append(second)
        tab2.wait_for_url("**/admin/tweestapsverificatie/code/**")
        tab2.locator("#id_code").fill(totp(secret, time.time() + 30))
        tab2.get_by_role("button", name="Inloggen").click()
        tab2.wait_for_url("**/admin/")

        # 3. Phone lost: a recovery code logs in once.
        third, tab3 = password_step(browser, live_site)
        contexts.append(third)
        tab3.wait_for_url("**/admin/tweestapsverificatie/code/**")
        tab3.locator("#id_code").fill(codes[0])
        tab3.get_by_role("button", name="Inloggen").click()
        tab3.wait_for_url("**/admin/")
        expect(tab3.get_by_text("U bent ingelogd met een herstelcode; u heeft er nog 9.")).to_be_visible()
    finally:
        # Leave the shared demo user as it was (on PostgreSQL the live server commits).
        if contexts:
            settings.TWO_FACTOR_REQUIRED = False
            tab = contexts[0].pages[0]
            tab.goto("/admin/tweestapsverificatie/")
            if tab.get_by_role("button", name="Tweestapsverificatie uitzetten").count():
                tab.get_by_role("button", name="Tweestapsverificatie uitzetten").click()
                expect(
                    tab.get_by_role("status").get_by_text("Tweestapsverificatie staat uit")
                ).to_be_visible()
        for context in contexts:
            context.close()
