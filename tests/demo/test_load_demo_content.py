import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

from demo.content.partners import PARTNERS
from offerings.models import OfferingPage
from taxonomy.models import Question


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "questions": Question.objects.count(),
        "latest_page_change": max(
            Page.objects.exclude(latest_revision_created_at=None).values_list(
                "latest_revision_created_at", flat=True
            )
        ),
    }


@pytest.mark.django_db
def test_load_demo_content_is_idempotent():
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


@pytest.mark.django_db
def test_demo_content_is_rich_enough():
    live = OfferingPage.objects.live()
    assert live.count() >= 80
    assert set(live.values_list("kind", flat=True)) == {"publicatie", "training", "contactpunt"}
    assert live.values("partner").distinct().count() == len(PARTNERS)
    assert live.filter(cost="kosten").exists() and live.filter(cost="gratis").exists()
    assert set(live.exclude(delivery="").values_list("delivery", flat=True)) == {
        "online",
        "op-locatie",
        "hybride",
    }
    assert any(page.is_expired for page in live.filter(kind="training"))
    assert Question.objects.count() == 5


@pytest.mark.django_db
def test_demo_users_exist_per_partner():
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"admin", "coordinator"} <= usernames
    for abbreviation, *_ in PARTNERS:
        assert f"{abbreviation.lower()}-redacteur" in usernames
        assert f"{abbreviation.lower()}-eindredacteur" in usernames


@pytest.mark.django_db
def test_stale_offerings_exist_for_the_review_round():
    import datetime

    from django.utils import timezone

    year_ago = timezone.now() - datetime.timedelta(days=365)
    assert OfferingPage.objects.filter(last_reviewed_at__lt=year_ago).count() >= 10
