"""The review round shows an offering's broken links (issue 15, point 7)."""

import datetime

import pytest
from django.utils import timezone

from linkcheck.models import Link, PageLink
from review.models import ItemStatus


@pytest.mark.django_db
def test_review_round_shows_broken_links(open_item, login):
    item = open_item("VNG")
    link = Link.objects.create(
        url="https://voorbeeld.invalid/weg",
        ok=False,
        status_code=410,
        checked_at=timezone.now(),
        broken_since=timezone.now() - datetime.timedelta(days=3),
        failures=3,
    )
    PageLink.objects.create(page_id=item.offering_id, link=link, field="Externe link")
    client = login("vng-redacteur")
    listing = client.get(f"/admin/review/reviewitem/?review_round__id__exact={item.review_round_id}")
    assert "Kapotte links" in listing.content.decode()
    inspect = client.get(f"/admin/review/reviewitem/inspect/{item.pk}/").content.decode()
    assert "https://voorbeeld.invalid/weg" in inspect and "foutcode 410" in inspect
    assert item.status == ItemStatus.OPEN
