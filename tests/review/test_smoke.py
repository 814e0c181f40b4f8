import html

import pytest

from offerings.models import OfferingPage
from tests.review.conftest import item_url, round_url


def page_text(response):
    return html.unescape(response.content.decode()).casefold()


@pytest.mark.django_db
def test_admin_pages_render(login, demo_round, open_item):
    """Each review and insight page renders for the roles that use it, showing what it is for."""
    item = open_item()
    offering = OfferingPage.objects.get(pk=item.offering_id).title
    client = login("coordinator")
    pages = {
        "/admin/": "dashboard",
        "/admin/review/reviewround/": demo_round.name,
        round_url("inspect", demo_round): demo_round.name,
        "/admin/review/reviewround/create/": 'name="name"',
        round_url("edit", demo_round): f'value="{demo_round.name}"',
        "/admin/review/reviewitem/": "controle-items",
        item_url("inspect", item): offering,
        "/admin/rapporten/verouderd-aanbod/": "verouderd aanbod",
        "/admin/inzicht/": "dekking en witte vlekken",
        "/admin/insight/missingofferreport/": "gemelde behoeften",
    }
    for url, text in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert text.casefold() in page_text(response), url
    client = login("vng-redacteur")
    pages = {
        "/admin/": "dashboard",
        "/admin/review/reviewitem/": "controle-items",
        item_url("confirm", item): offering,
        round_url("inspect", demo_round): demo_round.name,
        "/admin/rapporten/verouderd-aanbod/": "verouderd aanbod",
    }
    for url, text in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert text.casefold() in page_text(response), url
