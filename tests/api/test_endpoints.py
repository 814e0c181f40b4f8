"""The endpoints' behaviour in detail: query counts, the site parameter, shared vocabularies."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offerings.models import TrainingPage
from taxonomy.models import Question, QuestionPick


def query_count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured)


def keep_questions(count):
    """Leave `count` questions, each with a pick of a public offering."""
    keep = list(Question.objects.order_by("pk")[:count])
    assert len(keep) == count
    Question.objects.exclude(pk__in=[q.pk for q in keep]).delete()
    offering = TrainingPage.objects.live().first()
    for question in keep:
        QuestionPick.objects.get_or_create(question=question, offering=offering, defaults={"sort_order": 0})
    return keep


@pytest.mark.django_db
def test_questions_query_count_does_not_grow_with_the_number_of_questions(client):
    if Question.objects.count() < 5:
        pytest.skip("the demo content has fewer than five questions")
    keep_questions(5)
    client.get("/api/v2/questions/")  # fills the site caches every request after it shares
    five = query_count(client, "/api/v2/questions/")
    keep_questions(2)
    two = query_count(client, "/api/v2/questions/")
    assert five == two


@pytest.mark.django_db
def test_questions_list_leaves_out_picks_of_non_public_offerings(client):
    question = keep_questions(2)[0]
    hidden = TrainingPage.objects.live().exclude(pk=question.picks.first().offering_id).first()
    QuestionPick.objects.create(question=question, offering=hidden, sort_order=1)
    listed = {q["id"]: q for q in client.get("/api/v2/questions/").json()["items"]}
    assert hidden.pk in [p["id"] for p in listed[question.pk]["picks"]]
    hidden.unpublish()
    listed = {q["id"]: q for q in client.get("/api/v2/questions/").json()["items"]}
    picks = listed[question.pk]["picks"]
    assert hidden.pk not in [p["id"] for p in picks]
    assert picks and all(set(p) == {"id", "title", "html_url"} for p in picks)


@pytest.mark.django_db
def test_pages_listing_builds_the_base_queryset_once(client):
    # The site and the public-page filter are looked up once per request, not once for
    # the queryset, once for the serializer and once for its context (13 queries then).
    client.get("/api/v2/pages/?limit=1")  # fills the site caches every request after it shares
    assert query_count(client, "/api/v2/pages/?limit=1") <= 7
