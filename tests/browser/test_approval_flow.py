"""The approval flow in Chromium (issue 15, point 4): vng-redacteur sends a draft on,
vng-eindredacteur approves, coordinator approves; each sees what happened and what comes
next, and lands on the dashboard, a page every role can open."""

import uuid

import pytest
from django.conf import settings
from playwright.sync_api import expect

from offerings.models import PublicationPage
from tests.editorial.conftest import add_draft

pytestmark = pytest.mark.browser


def log_in(browser, live_site, username):
    context = browser.new_context(base_url=live_site, locale="nl-NL")
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.goto("/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", settings.DEMO_PASSWORD)
    tab.locator("form button[type=submit]").first.click()
    tab.wait_for_url("**/admin/")
    return context, tab


def default_button(tab):
    """The footer's always-visible action (not inside "Meer acties")."""
    return tab.locator("footer .w-dropdown-button > button, footer .w-dropdown-button > .button").first


def success_message(tab):
    return tab.locator(".messages .success").first


def test_redacteur_eindredacteur_coordinator(browser, live_site, db, django_user_model, seen_by_server):
    title = f"Stroom buurtgesprekken {uuid.uuid4().hex[:6]}"
    page = seen_by_server(
        lambda: add_draft("VNG", title, django_user_model.objects.get(username="vng-redacteur"))
    )
    contexts = []
    try:
        # 1. The redacteur: "Nieuw aanbod" on the dashboard, "Stuur door naar …" is the default.
        context, tab = log_in(browser, live_site, "vng-redacteur")
        contexts.append(context)
        expect(tab.get_by_role("link", name="Nieuw aanbod")).to_be_visible()
        tab.goto(f"/admin/pages/{page.pk}/edit/")
        button = default_button(tab)
        expect(button).to_be_visible()
        expect(button).to_contain_text("Stuur door naar Eindredactie VNG")
        button.click()
        tab.wait_for_url(f"{live_site}/admin/")
        expect(success_message(tab)).to_contain_text(
            f"U heeft '{title}' doorgestuurd naar de stap 'Eindredactie VNG'"
        )
        expect(tab.locator("#editorial-submitted")).to_contain_text("(1)")

        # 2. The eindredacteur: the item is listed once; "Goedkeuren" is the default.
        context, tab = log_in(browser, live_site, "vng-eindredacteur")
        contexts.append(context)
        expect(tab.get_by_role("link", name=title)).to_have_count(1)
        expect(tab.get_by_text("In afwachting van jouw beoordeling")).to_have_count(0)
        tab.get_by_role("link", name=title).click()
        button = default_button(tab)
        expect(button).to_have_text("Goedkeuren")
        button.click()
        tab.wait_for_url(f"{live_site}/admin/")
        message = success_message(tab)
        expect(message).to_contain_text(f"U heeft '{title}' goedgekeurd")
        expect(message).to_contain_text("volgende stap: 'Coördinatiecheck nieuw aanbod'")
        expect(message).to_contain_text("nog niet gepubliceerd")

        # 3. Coördinatie approves and publishes, and lands on a page it can open.
        context, tab = log_in(browser, live_site, "coordinator")
        contexts.append(context)
        tab.get_by_role("link", name=title).click()
        button = default_button(tab)
        expect(button).to_have_text("Goedkeuren en publiceren")
        button.click()
        tab.wait_for_url(f"{live_site}/admin/")
        expect(success_message(tab)).to_contain_text("Dit was de laatste stap: de pagina is gepubliceerd")
        expect(tab.get_by_text("geen toegang")).to_have_count(0)
        assert PublicationPage.objects.get(pk=page.pk).live
    finally:
        for context in contexts:
            context.close()
        # On PostgreSQL the draft was committed: take it away again (unpublished, so no
        # later test sees it in the catalogue).
        seen_by_server(lambda: PublicationPage.objects.get(pk=page.pk).unpublish())
