import pytest

from tests.review.conftest import item_url, round_url


@pytest.mark.django_db
def test_admin_pages_render(login, demo_round, open_item):
    client = login("coordinator")
    for url in [
        "/admin/",
        "/admin/review/reviewround/",
        round_url("inspect", demo_round),
        "/admin/review/reviewround/create/",
        round_url("edit", demo_round),
        "/admin/review/reviewitem/",
        item_url("inspect", open_item()),
        "/admin/rapporten/verouderd-aanbod/",
        "/admin/inzicht/",
        "/admin/insight/missingofferreport/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    client = login("vng-redacteur")
    for url in [
        "/admin/",
        "/admin/review/reviewitem/",
        item_url("confirm", open_item()),
        round_url("inspect", demo_round),
        "/admin/rapporten/verouderd-aanbod/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
