"""The ministry's back-office lists (wagtail-modeladmin) apply only their own filters from the
URL: an unknown parameter was a server error, and a lookup across relations was applied
as given, so any user of a list could probe another user's password hash by counting rows
(core/modeladmin.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages

from review.models import ItemStatus, ReviewItem

pytestmark = pytest.mark.django_db

LISTS = ["/admin/review/reviewround/", "/admin/review/reviewitem/", "/admin/insight/missingofferreport/"]


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_parameter_shows_the_list_without_it_and_says_so(login, url):
    client = login("admin")
    response = client.get(url, {"next": "/admin/", "q": "ronde", "o": "1"})
    assert response.status_code == 302
    assert response["Location"] == f"{url}?q=ronde&o=1"
    assert [m.message for m in get_messages(response.wsgi_request)] == [
        "Een filter in het adres bestaat niet of kon niet worden toegepast; "
        "u ziet de lijst zonder dat filter."
    ]
    assert client.get(response["Location"]).status_code == 200


def test_a_partner_cannot_filter_its_items_on_another_users_password(login):
    client = login("vng-redacteur")
    acted = ReviewItem.objects.filter(partner__abbreviation="VNG", acted_by__isnull=False).first()
    assert acted is not None, "the demo round has VNG items somebody acted on"
    prefix = get_user_model().objects.get(pk=acted.acted_by_id).password[:12]
    response = client.get("/admin/review/reviewitem/", {"acted_by__password__startswith": prefix})
    assert response.status_code == 302 and "password" not in response["Location"]
    guessed_wrong = client.get("/admin/review/reviewitem/", {"acted_by__password__startswith": "zz"})
    assert guessed_wrong.status_code == 302 and guessed_wrong["Location"] == response["Location"]


def test_the_lists_own_filters_still_apply(login):
    client = login("admin")
    response = client.get("/admin/review/reviewitem/", {"status__exact": ItemStatus.CONFIRMED})
    assert response.status_code == 200
    listed = response.context["object_list"]
    expected = ReviewItem.objects.filter(status=ItemStatus.CONFIRMED).count()
    assert expected > 0 and len(listed) == min(expected, 50)
    assert {item.status for item in listed} == {ItemStatus.CONFIRMED}


def test_a_bad_value_for_an_own_filter_is_not_a_server_error(login):
    client = login("admin")
    response = client.get("/admin/review/reviewitem/", {"review_round__id__exact": "geen-getal"})
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert "geen-getal" not in response["Location"]
