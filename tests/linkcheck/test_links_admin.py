"""Links of live pages: collected, checked by the cron command against the local server,
shown on the edit page, in the walled report per partner and in the review round."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from linkcheck.models import Link, LinkCheck, PageLink
from linkcheck.sync import sync_page
from partners.models import PartnerPage
from tests.editorial.conftest import add_draft

REPORT = "/admin/rapporten/kapotte-links/"


@pytest.fixture
def linked_page(site, django_user_model):
    """A live VNG publication with a broken external link, a working link block and a
    rich-text link to a failing server."""
    _server, base = site
    page = add_draft("VNG", "Publicatie met links", django_user_model.objects.get(username="vng-redacteur"))
    page.external_url = base + "/missing"
    page.body = [
        ("paragraph", f'<p>Zie <a href="{base}/error">de bijlage</a>.</p>'),
        ("links", [{"title": "Werkt", "url": base + "/moved"}]),
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    sync_page(page)
    return page


def run_check(settings, *args):
    settings.LINKCHECK_ALLOW_PRIVATE_ADDRESSES = True
    # Only this test's links are due: the demo's links count as checked just now.
    Link.objects.filter(url__startswith="https://").update(checked_at=timezone.now())
    from io import StringIO

    out = StringIO()
    call_command("check_links", "--timeout", "1", "--per-host", "5", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_links_are_collected_from_fields_and_body(linked_page, site):
    base = site[1]
    rows = set(PageLink.objects.filter(page=linked_page).values_list("field", "link__url"))
    assert rows == {
        ("Externe link", base + "/missing"),
        ("Beschrijving", base + "/error"),
        ("Beschrijving", base + "/moved"),
    }


@pytest.mark.django_db
def test_command_records_status_and_history(linked_page, site, settings):
    base = site[1]
    output = run_check(settings)
    assert "3 gecontroleerd, 2 kapot" in output
    missing = Link.objects.get(url=base + "/missing")
    assert (missing.ok, missing.status_code, missing.failures) == (False, 404, 1)
    assert missing.broken_since is not None
    moved = Link.objects.get(url=base + "/moved")
    assert moved.ok and moved.final_url == base + "/ok"
    assert LinkCheck.objects.get(link=moved).redirect_status == 301
    first_broken = missing.broken_since

    run_check(settings, "--due-hours", "0")
    missing.refresh_from_db()
    assert missing.failures == 2 and missing.broken_since == first_broken
    assert LinkCheck.objects.filter(link=missing).count() == 2

    # Only due links are checked: a third run right away checks nothing.
    assert "0 gecontroleerd" in run_check(settings)


@pytest.mark.django_db
def test_command_refuses_bad_options():
    for args, message in (
        (["--workers", "0"], "--workers moet tussen 1 en 16"),
        (["--per-host", "50"], "--per-host moet groter dan 0"),
        (["--timeout", "0"], "--timeout moet tussen 1 en 60"),
        (["--limit", "0"], "--limit moet minstens 1"),
    ):
        with pytest.raises(CommandError, match=message):
            call_command("check_links", *args)


@pytest.mark.django_db
def test_edit_page_shows_broken_links(linked_page, site, settings, login):
    run_check(settings)
    html = login("vng-redacteur").get(f"/admin/pages/{linked_page.pk}/edit/").content.decode()
    assert "Op deze pagina werken 2 links niet." in html
    assert site[1] + "/missing" in html and "De server antwoordt met foutcode 404." in html
    assert site[1] + "/moved" not in html.split("linkcheck-broken", 1)[1].split("</div>", 1)[0]


@pytest.mark.django_db
def test_report_is_walled_per_partner(linked_page, site, settings, login):
    run_check(settings)
    url = site[1] + "/missing"
    assert url in login("vng-redacteur").get(REPORT).content.decode()
    assert url not in login("kis-redacteur").get(REPORT).content.decode()
    coordinator = login("coordinator")
    assert url in coordinator.get(REPORT).content.decode()
    other = PartnerPage.objects.get(abbreviation="KIS")
    assert url not in coordinator.get(REPORT + f"?sectie={other.pk}").content.decode()
    assert url in coordinator.get(REPORT + f"?sectie={linked_page.get_parent().pk}").content.decode()


@pytest.mark.django_db
def test_unpublishing_drops_the_links(linked_page):
    linked_page.unpublish()
    sync_page(linked_page)
    assert not PageLink.objects.filter(page=linked_page).exists()
