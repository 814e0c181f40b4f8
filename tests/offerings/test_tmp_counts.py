import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from offerings.models import ContactPointPage, PublicationPage, TrainingPage
from handbook.models import HandbookChapterPage
pytestmark = pytest.mark.django_db
def test_counts(client):
    for model in (PublicationPage, TrainingPage, ContactPointPage, HandbookChapterPage):
        page = model.objects.live().public().order_by("pk").first()
        client.get(page.url)
        with CaptureQueriesContext(connection) as c:
            client.get(page.url)
        print("COUNT", model.__name__, len(c))
