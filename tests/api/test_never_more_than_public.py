"""Nothing but live, public pages reaches any public response: API, finder, feed, sitemap.

Each case hides an offering in a different way and checks every endpoint, including
the search and detail endpoints, and that a draft revision's text never appears.
"""

import pytest
from wagtail.models import PageViewRestriction

from offerings.models import OfferingPage, TrainingPage
from partners.models import PartnerPage
from taxonomy.models import Question, QuestionPick

SECRET = "Zwoegelkrakbeleid"  # searched for, so echoed in search boxes
MARKER = "Kwispeldraafnotitie"  # only in the draft: must never be shown


def public_texts(client, offering, search=SECRET):
    """Every public response that could show `offering`, by URL."""
    urls = [
        "/api/v2/offerings/?limit=100",
        "/api/v2/offerings/?limit=100&verlopen=1",
        f"/api/v2/offerings/?q={search}",
        f"/api/v2/offerings/{offering.pk}/",
        "/api/v2/pages/?limit=100&offset=0",
        "/api/v2/pages/?limit=100&offset=100",
        f"/api/v2/pages/?search={search}",
        f"/api/v2/pages/{offering.pk}/",
        "/api/v2/pages/?type=offerings.TrainingPage&fields=*&limit=100",
        f"/api/v2/pages/?child_of={offering.get_parent().pk}&limit=100",
        "/api/v2/partners/?limit=100",
        f"/api/v2/partners/?search={search}",
        "/api/v2/questions/",
        "/aanbod/feed/",
        "/aanbod/feed/?verlopen=1",
        "/sitemap.xml",
        "/aanbod/",
        f"/aanbod/?q={search}",
        "/zoeken/",
        f"/zoeken/?q={search}",
    ]
    texts = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        texts[url] = response.content.decode()
    return texts


def assert_nowhere(client, offering, marker):
    texts = public_texts(client, offering)
    leaks = [url for url, text in texts.items() if marker in text]
    assert not leaks, f"{marker!r} leaked in {leaks}"
    detail = client.get(f"/api/v2/offerings/{offering.pk}/")
    assert detail.status_code == 404
    assert client.get(f"/api/v2/pages/{offering.pk}/").status_code == 404
    assert (
        client.get("/api/v2/pages/find/", {"html_path": offering.url_path.split("/", 2)[2]}).status_code
        == 404
    )


def offering_with_unique_slug():
    offering = TrainingPage.objects.live().filter(end_date__isnull=True).first()
    assert offering is not None
    return offering


def visible_everywhere(client, offering):
    """The control: before hiding, the offering shows up in the API and the feed."""
    ids = [i["id"] for i in client.get("/api/v2/offerings/?limit=100").json()["items"]]
    ids += [i["id"] for i in client.get("/api/v2/offerings/?limit=100&offset=20").json()["items"]]
    assert offering.pk in ids
    assert client.get(f"/api/v2/offerings/{offering.pk}/").status_code == 200


@pytest.mark.django_db
def test_draft_revision_text_never_appears(client):
    offering = offering_with_unique_slug()
    original_title = offering.title
    offering.title = f"{SECRET} {MARKER} conceptkop"
    offering.summary = f"{SECRET} {MARKER} conceptsamenvatting"
    offering.save_revision()
    texts = public_texts(client, offering)
    leaks = [url for url, text in texts.items() if MARKER in text]
    assert not leaks, leaks
    assert client.get("/aanbod/", {"q": SECRET}).context["result"].total == 0
    # The live version is still public, with its live title.
    data = client.get(f"/api/v2/offerings/{offering.pk}/").json()
    assert data["title"] == original_title
    assert client.get(f"/api/v2/offerings/?q={SECRET}").json()["meta"]["total_count"] == 0


@pytest.mark.django_db
def test_unpublished_offering_is_hidden(client):
    offering = offering_with_unique_slug()
    visible_everywhere(client, offering)
    offering.unpublish()
    assert_nowhere(client, offering, offering.url_path.rstrip("/").rsplit("/", 1)[1])


@pytest.mark.django_db
def test_password_protected_offering_is_hidden(client):
    offering = offering_with_unique_slug()
    PageViewRestriction.objects.create(page=offering, restriction_type="password", password="geheim")
    assert_nowhere(client, offering, offering.url_path.rstrip("/").rsplit("/", 1)[1])


@pytest.mark.django_db
def test_login_restricted_partner_hides_its_offerings_even_for_logged_in_users(admin_client_logged_in):
    offering = offering_with_unique_slug()
    PageViewRestriction.objects.create(page=offering.get_parent(), restriction_type="login")
    slug = offering.url_path.rstrip("/").rsplit("/", 1)[1]
    assert_nowhere(admin_client_logged_in, offering, slug)


@pytest.mark.django_db
def test_offerings_under_an_unpublished_partner_are_hidden(client):
    offering = offering_with_unique_slug()
    partner = PartnerPage.objects.get(pk=offering.get_parent().pk)
    visible_everywhere(client, offering)
    partner.unpublish()
    assert OfferingPage.objects.get(pk=offering.pk).live  # Wagtail leaves the children live
    slug = offering.url_path.rstrip("/").rsplit("/", 1)[1]
    assert_nowhere(client, offering, slug)
    assert client.get(offering.url).status_code == 404  # the HTML page too
    facet = client.get("/api/v2/offerings/").json()["facets"]["partner"]
    assert partner.slug not in [v["slug"] for v in facet]


@pytest.mark.django_db
def test_question_picks_only_list_public_offerings(client):
    offering = offering_with_unique_slug()
    question = Question.objects.first()
    QuestionPick.objects.create(question=question, offering=offering, sort_order=0)
    picks = client.get(f"/api/v2/questions/{question.pk}/").json()["picks"]
    assert offering.pk in [p["id"] for p in picks]
    offering.unpublish()
    picks = client.get(f"/api/v2/questions/{question.pk}/").json()["picks"]
    assert offering.pk not in [p["id"] for p in picks]


EDITOR_ONLY = [
    "owner",
    "locked",
    "locked_by",
    "latest_revision",
    "live_revision",
    "draft_title",
    "has_unpublished_changes",
    "go_live_at",
    "expire_at",
    "path",
    "content_type",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v2/offerings/{pk}/?fields=*", "/api/v2/pages/{pk}/?fields=*"])
def test_editor_only_fields_are_never_served(client, url):
    offering = offering_with_unique_slug()
    data = client.get(url.format(pk=offering.pk)).json()
    keys = set(data) | set(data["meta"])
    assert not keys & set(EDITOR_ONLY)
    for field in ("owner", "draft_title", "locked"):
        assert client.get(f"/api/v2/pages/?fields={field}").status_code == 400
        assert client.get(f"/api/v2/pages/?order={field}").status_code == 400
        assert client.get(f"/api/v2/pages/?{field}=1").status_code == 400


@pytest.mark.django_db
def test_documents_endpoint_lists_only_documents_of_public_pages(client):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from offerings.models import PublicationPage

    live = PublicationPage.objects.live().first()
    draft = PublicationPage.objects.live().exclude(pk=live.pk).first()
    shown = Document.objects.create(title="Openbaar rapport", file=ContentFile(b"%PDF-1.4", "open.pdf"))
    hidden = Document.objects.create(title=MARKER, file=ContentFile(b"%PDF-1.4", "concept.pdf"))
    live.document = shown
    live.save_revision().publish()
    draft.document = hidden
    draft.save_revision()  # a draft only: its new document is not public yet

    listed = {item["id"] for item in client.get("/api/v2/documents/?limit=100").json()["items"]}
    assert shown.pk in listed
    assert hidden.pk not in listed
    assert client.get(f"/api/v2/documents/{hidden.pk}/").status_code == 404
    assert MARKER not in client.get(f"/api/v2/documents/?search={MARKER}").content.decode()
