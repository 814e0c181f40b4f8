import pytest

from demo.review import ROUND_NAME
from review.models import ItemStatus, ReviewItem, ReviewRound


@pytest.fixture
def demo_round(db):
    return ReviewRound.objects.get(name=ROUND_NAME)


@pytest.fixture
def open_item(demo_round):
    """An open item of VNG in the demo round."""

    def _get(abbreviation="VNG", status=ItemStatus.OPEN):
        return (
            ReviewItem.objects.filter(
                review_round=demo_round, partner__abbreviation=abbreviation, status=status
            )
            .select_related("offering")
            .order_by("pk")
            .first()
        )

    return _get


def item_url(action, item):
    return f"/admin/review/reviewitem/{action}/{item.pk}/"


def round_url(action, review_round):
    return f"/admin/review/reviewround/{action}/{review_round.pk}/"


def assert_refused(response):
    """Wagtail's admin turns PermissionDenied into a redirect to the dashboard with a message."""
    assert response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    ), (response.status_code, response.get("Location"))
