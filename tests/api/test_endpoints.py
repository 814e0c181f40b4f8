"""The endpoints' behaviour in detail: query counts, the site parameter, shared vocabularies."""

import pytest
from django.db import connection
from django.db.models import Model
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from api.openapi import build_schema
from handbook.models import HandbookChapterPage
from handbook.sites import configure_handbook_site
from offerings.models import OfferingPage, TrainingPage, TrainingSession
from search import facets as facet_specs
from taxonomy.kinds import Kind
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


@pytest.mark.django_db
@pytest.mark.parametrize("parameter", ["child_of", "descendant_of"])
def test_root_means_the_root_of_the_site_parameter(client, parameter):
    site = configure_handbook_site("handboek.test", 80)
    chapters = set(HandbookChapterPage.objects.live().values_list("pk", flat=True))
    assert chapters
    response = client.get(f"/api/v2/pages/?site=handboek.test&{parameter}=root&limit=100")
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert chapters <= ids
    assert site.root_page.pk not in ids  # below the handbook's root, not the main site's
    # Nothing from the main site outside the handbook (the Host of the request).
    outside = Page.objects.live().exclude(pk__in=site.root_page.get_descendants(inclusive=True))
    assert not ids & set(outside.values_list("pk", flat=True))


@pytest.mark.django_db
def test_expired_accepts_the_same_values_as_the_finder_page(client):
    ended = TrainingPage.objects.live().filter(end_date__isnull=False).order_by("end_date").first()
    assert ended is not None
    ended.sessions = [TrainingSession(start_date=ended.end_date.replace(year=2000))]
    ended.save_revision().publish()
    url = "/api/v2/offerings/?soort=training&limit=100"
    assert ended.pk not in [i["id"] for i in client.get(url).json()["items"]]
    expected = client.get(url + "&verlopen=1").json()
    assert ended.pk in [i["id"] for i in expected["items"]]
    for value in ("on", "ja", "true"):
        response = client.get(url + f"&verlopen={value}")
        assert response.status_code == 200, value
        assert response.json() == expected


@pytest.mark.django_db
def test_search_with_order_loads_only_the_matching_ids(client, monkeypatch):
    """?search with ?order filters by the matching ids without loading every match."""
    matches = OfferingPage.objects.live().count()
    assert matches > 5
    loaded = []
    original = Model.from_db.__func__

    def counting_from_db(cls, *args, **kwargs):
        if issubclass(cls, Page):
            loaded.append(cls)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Model, "from_db", classmethod(counting_from_db))
    response = client.get("/api/v2/pages/?search=aanbod&order=title&limit=1")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] > 5
    assert len(loaded) <= 3, loaded


def test_kinds_are_listed_under_soort_not_thema():
    params = {p["name"]: p for p in build_schema()["paths"]["/api/v2/offerings/"]["get"]["parameters"]}
    assert "Soorten: " + ", ".join(Kind.values) in params["soort"]["description"]
    for name, param in params.items():
        if name != "soort":
            assert "Soorten:" not in param["description"], name
    assert params["verlopen"]["schema"]["enum"] == list(facet_specs.FLAGS[0].values)


@pytest.mark.django_db
def test_handbook_themes_have_the_shape_of_offering_themes(client):
    chapter = HandbookChapterPage.objects.live().filter(themes__isnull=False).first()
    assert chapter is not None
    data = client.get(f"/api/v2/pages/{chapter.pk}/").json()
    offering = client.get("/api/v2/offerings/", {"soort": "training", "limit": 1}).json()["items"][0]
    shape = {key for theme in offering["themes"] for key in theme}
    assert shape == {"slug", "label"}
    assert data["themes"] and all(set(theme) == shape for theme in data["themes"])
    theme = chapter.themes.first()
    assert {"slug": theme.slug, "label": theme.name} in data["themes"]
    assert data["phase"] == {"slug": chapter.phase.slug, "label": chapter.phase.name}
