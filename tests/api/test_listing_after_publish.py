"""After one offering's publish, the API listing's other items stay kept (search/fragments.py:
an offering's item is keyed on its live revision and the catalogue's surroundings stamp),
and everything else an item shows still cools the items that show it at once: a partner
page retitled, a theme's name edited, an offering unpublished, an offering checked in a
review round (no new revision), the date."""

import datetime

import pytest
from django.utils import timezone
from wagtail.log_actions import log

from demo.review import ROUND_NAME
from offerings.models import TrainingPage
from review import services
from review.models import ItemStatus, ReviewItem
from tests.shared_caches import loaded_ids, publish, queries_of, shared_like_production, two_of_one_partner

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db


def listing(client, url):
    """{id: item} of an API listing, and the SQL it ran."""
    response, queries = queries_of(client, url)
    return {item["id"]: item for item in response.json()["items"]}, queries


def api_url(finder_url):
    return finder_url.replace("/aanbod/", "/api/v2/offerings/")


def test_a_publish_leaves_the_other_items_kept(client, shared_like_production):
    first, second, url = two_of_one_partner()
    url = api_url(url)
    before, _queries = listing(client, url)
    assert {first.pk, second.pk} <= set(before)
    assert loaded_ids(listing(client, url)[1]) == set()  # every item kept
    title = f"{first.title} (bijgewerkt)"
    publish(first, title=title)
    after, queries = listing(client, url)
    # Only the published offering's row is read again; the other item comes from the cache.
    assert loaded_ids(queries) == {first.pk}
    assert after[first.pk]["title"] == title
    assert after[second.pk] == before[second.pk]
    assert loaded_ids(listing(client, url)[1]) == set()  # the new item is kept in turn


def test_a_partner_retitle_cools_its_items(client, shared_like_production):
    first, second, url = two_of_one_partner()
    url = api_url(url)
    partner = first.get_parent().specific
    assert listing(client, url)[0][second.pk]["partner"]["name"] == partner.title
    publish(partner, title=f"{partner.title} Nieuw")
    after, _queries = listing(client, url)
    assert {after[pk]["partner"]["name"] for pk in (first.pk, second.pk)} == {partner.title}


def test_a_theme_label_edit_cools_its_items(client, shared_like_production):
    first, _second, url = two_of_one_partner()
    url = api_url(url)
    theme = first.themes.order_by("pk").first()
    assert theme.name in {t["label"] for t in listing(client, url)[0][first.pk]["themes"]}
    # As the snippet's edit view saves it: the row, and a log entry.
    theme.name = f"{theme.name} (hernoemd)"
    theme.save()
    log(instance=theme, action="wagtail.edit")
    assert theme.name in {t["label"] for t in listing(client, url)[0][first.pk]["themes"]}


def test_an_unpublish_leaves_the_listing(client, shared_like_production):
    first, second, url = two_of_one_partner()
    url = api_url(url)
    assert first.pk in listing(client, url)[0]
    first.unpublish(log_action=True)
    after, _queries = listing(client, url)
    assert first.pk not in after and second.pk in after


def test_a_check_in_a_review_round_cools_its_item(client, shared_like_production, django_user_model):
    item = (
        ReviewItem.objects.filter(review_round__name=ROUND_NAME, status=ItemStatus.OPEN, offering__live=True)
        .order_by("pk")
        .first()
    )
    offering = item.offering
    url = f"/api/v2/offerings/?partner={offering.get_parent().slug}&verlopen=1"
    before = listing(client, url)[0][offering.pk]["last_reviewed_at"]
    assert listing(client, url)[0][offering.pk]["last_reviewed_at"] == before  # kept
    services.confirm(item, django_user_model.objects.get(username="admin"), note="Klopt nog.")
    offering.refresh_from_db()
    assert offering.last_reviewed_at is not None
    after = listing(client, url)[0][offering.pk]["last_reviewed_at"]
    assert after is not None and after != before


def test_the_date_cools_the_items(client, shared_like_production, monkeypatch):
    today = timezone.localdate()
    training = (
        TrainingPage.objects.live().public().filter(end_date__gte=today).order_by("end_date", "pk").first()
    )
    url = f"/api/v2/offerings/?partner={training.get_parent().slug}&soort=training&verlopen=1"
    assert listing(client, url)[0][training.pk]["is_expired"] is False
    assert listing(client, url)[0][training.pk]["is_expired"] is False  # kept
    later = training.end_date + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)
    item = listing(client, url)[0][training.pk]
    assert item["is_expired"] is True
    assert item["registration_state"]["slug"] == "afgelopen"
