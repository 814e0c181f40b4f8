"""The full editorial cycle in a real browser, through the admin's own screens:
vng-redacteur drafts and submits an offering, vng-eindredacteur approves, coordinator
checks, and the page goes live on the public site. No CSP violations on the way."""

import uuid

import pytest
from django.conf import settings
from playwright.sync_api import expect
from wagtail.models import TaskState

from offerings.models import PublicationPage
from partners.models import PartnerPage
from taxonomy.kinds import Kind
from taxonomy.models import Form

pytestmark = pytest.mark.browser


class Session:
    """One logged-in admin user in its own browser context."""

    def __init__(self, browser, live_site, username):
        self.context = browser.new_context(base_url=live_site, locale="nl-NL")
        self.tab = self.context.new_page()
        self.tab.set_default_timeout(20_000)
        self.csp_errors = []
        self.tab.on(
            "console",
            lambda message: (
                self.csp_errors.append(message.text)
                if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text
                else None
            ),
        )
        self.tab.goto("/admin/login/")
        self.tab.fill("#id_username", username)
        self.tab.fill("#id_password", settings.DEMO_PASSWORD)
        self.tab.locator("form button[type=submit]").first.click()
        self.tab.wait_for_url("**/admin/")

    def click_action(self, selector):
        """Click a button of the editor's footer action menu, opening its dropdown if needed."""
        button = self.tab.locator(selector).first
        if not button.is_visible():
            self.tab.locator("footer [data-w-dropdown-target='toggle']").first.click()
        button.click()

    def close(self):
        self.context.close()


def in_progress_task(page_id):
    state = TaskState.objects.filter(
        workflow_state__object_id=str(page_id), status=TaskState.STATUS_IN_PROGRESS
    ).first()
    return state.task.name if state else None


def test_offering_goes_live_through_both_workflow_steps(browser, live_site, db):
    title = f"E2E handreiking buurtgesprekken {uuid.uuid4().hex[:8]}"
    vng = PartnerPage.objects.get(abbreviation="VNG")
    form = Form.objects.filter(kind=Kind.PUBLICATION).first()
    sessions = []
    try:
        # 1. The editor drafts the offering and submits it for moderation.
        editor = Session(browser, live_site, "vng-redacteur")
        sessions.append(editor)
        tab = editor.tab
        tab.goto(f"/admin/pages/add/offerings/publicationpage/{vng.pk}/")
        tab.fill("#id_title", title)
        tab.fill("#id_summary", "Demo-inhoud: een handreiking om in de buurt het gesprek te voeren.")
        # The form (vorm) is a select of this kind's forms.
        tab.select_option("#id_form", str(form.pk))
        expect(tab.locator("#id_form")).to_have_value(str(form.pk))
        tab.fill("#id_published", "2026")
        tab.locator("#id_authors-ADD").click()
        tab.fill("#id_authors-0-name", "Demo-auteur")
        tab.fill("#id_external_url", "https://example.org/demo/handreiking")
        for field in ("themes", "audiences"):
            checkbox = tab.locator(f"#id_{field}_0")
            checkbox.scroll_into_view_if_needed()
            checkbox.check()
            assert checkbox.is_checked()
        editor.click_action("button[name='action-submit']")
        tab.wait_for_load_state("networkidle")
        page = PublicationPage.objects.get(title=title)
        assert not page.live
        assert in_progress_task(page.pk) == "Eindredactie VNG"

        # 2. The partner's eindredactie sees it on the dashboard and approves.
        final_editor = Session(browser, live_site, "vng-eindredacteur")
        sessions.append(final_editor)
        dashboard = final_editor.tab
        assert dashboard.get_by_role("link", name=title).first.is_visible()
        dashboard.goto(f"/admin/pages/{page.pk}/edit/")
        final_editor.click_action(
            "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
        )
        dashboard.wait_for_load_state("networkidle")
        assert in_progress_task(page.pk) == "Coördinatiecheck nieuw aanbod"
        page.refresh_from_db()
        assert not page.live

        # 3. Coördinatie checks the new offering and approves: it goes live.
        coordinator = Session(browser, live_site, "coordinator")
        sessions.append(coordinator)
        check = coordinator.tab
        check.goto(f"/admin/pages/{page.pk}/edit/")
        coordinator.click_action(
            "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
        )
        check.wait_for_load_state("networkidle")
        page.refresh_from_db()
        assert page.live
        assert in_progress_task(page.pk) is None

        # 4. The public sees it, under the strict CSP, without violations.
        visitor = browser.new_context(base_url=live_site, locale="nl-NL")
        public = visitor.new_page()
        violations = []
        public.on(
            "console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None
        )
        response = public.goto(page.url)
        assert response.status == 200
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert public.locator("h1").inner_text() == title
        visitor.close()
        assert violations == []
        for session in sessions:
            assert session.csp_errors == [], session.csp_errors
    finally:
        for session in sessions:
            session.close()
