"""'Was dit nuttig?', usage counts and the counted outbound link, and who sees the figures."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from feedback.models import DailyUsage, Feedback
from handbook.models import HandbookChapterPage
from offerings.models import TrainingPage

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def views_and_clicks(page):
    row = DailyUsage.objects.filter(page=page).first()
    return (row.views, row.clicks) if row else (0, 0)


def test_offering_page_shows_the_question_without_setting_a_cookie(client, small_catalogue):
    page = small_catalogue.publication
    response = client.get(page.url, **BROWSER)
    html = response.content.decode()
    assert "Was dit nuttig?" in html
    assert f'action="/nuttig/{page.pk}/"' in html
    assert not response.cookies


def test_answer_is_stored_without_personal_data_and_thanked(client, small_catalogue):
    page = small_catalogue.publication
    response = client.post(
        f"/nuttig/{page.pk}/", {"nuttig": "nee", "toelichting": "  Mist een   voorbeeld. "}, **BROWSER
    )
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?nuttig=bedankt#nuttig"
    answer = Feedback.objects.get()
    assert (answer.page_id, answer.useful, answer.comment) == (page.pk, False, "Mist een voorbeeld.")
    fields = {field.name for field in Feedback._meta.get_fields()}
    assert fields == {"id", "page", "useful", "comment", "created_on"}
    thanks = client.get(f"{page.url}?nuttig=bedankt", **BROWSER).content.decode()
    assert "Bedankt voor uw reactie" in thanks


def test_answer_on_a_handbook_chapter(client):
    chapter = HandbookChapterPage.objects.live().first()
    assert "Was dit nuttig?" in client.get(chapter.url).content.decode()
    client.post(f"/nuttig/{chapter.pk}/", {"nuttig": "ja"})
    assert Feedback.objects.get().page_id == chapter.pk


def test_bad_answers_get_dutch_messages_and_store_nothing(client, small_catalogue):
    page = small_catalogue.publication
    missing = client.post(f"/nuttig/{page.pk}/", {"toelichting": "x"})
    assert missing.status_code == 400
    assert "Kies ‘Ja’ of ‘Nee’." in missing.content.decode()
    long = client.post(f"/nuttig/{page.pk}/", {"nuttig": "ja", "toelichting": "x" * 1001})
    assert long.status_code == 400 and "Uw toelichting is te lang" in long.content.decode()
    home = Page.objects.get(depth=2)
    assert client.post(f"/nuttig/{home.pk}/", {"nuttig": "ja"}).status_code == 404
    draft = small_catalogue.training
    draft.unpublish()
    assert client.post(f"/nuttig/{draft.pk}/", {"nuttig": "ja"}).status_code == 404
    assert not Feedback.objects.exists()


def test_answers_are_rate_limited(client, settings, small_catalogue):
    settings.FEEDBACK_MAX_PER_HOUR = 2
    page = small_catalogue.publication
    for _ in range(2):
        client.post(f"/nuttig/{page.pk}/", {"nuttig": "ja"})
    limited = client.post(f"/nuttig/{page.pk}/", {"nuttig": "ja"})
    assert limited.status_code == 429
    assert "Probeer het over een uur opnieuw" in limited.content.decode()
    assert Feedback.objects.count() == 2


def test_views_are_counted_per_day_without_robots_or_editors(client, login, small_catalogue):
    page = small_catalogue.training
    client.get(page.url, **BROWSER)
    client.get(page.url, REMOTE_ADDR="192.0.2.7", **BROWSER)
    client.get(page.url, HTTP_USER_AGENT="Googlebot/2.1")
    client.get(page.url)  # no user agent
    assert views_and_clicks(page) == (2, 0)
    login("vng-redacteur").get(page.url, REMOTE_ADDR="192.0.2.8", **BROWSER)
    assert views_and_clicks(page) == (2, 0)
    assert DailyUsage.objects.filter(page=page).count() == 1


def test_click_redirects_only_to_the_offerings_stored_url(client, small_catalogue):
    page = small_catalogue.training
    html = client.get(page.url, **BROWSER).content.decode()
    link = f"/doorverwijzing/{page.pk}/aanmelden/"
    assert f'href="{link}"' in html and page.registration_url not in html
    response = client.get(f"{link}?next=https://evil.example/&url=https://evil.example/", **BROWSER)
    assert response.status_code == 302 and response["Location"] == page.registration_url
    assert views_and_clicks(page)[1] == 1
    # Unknown targets, targets the page does not have, and unsafe stored URLs: 404, no count.
    assert client.get(f"/doorverwijzing/{page.pk}/elders/", **BROWSER).status_code == 404
    assert client.get(f"/doorverwijzing/{page.pk}/formulier/", **BROWSER).status_code == 404
    TrainingPage.objects.filter(pk=page.pk).update(registration_url="javascript:alert(1)")
    assert client.get(link, **BROWSER).status_code == 404
    assert views_and_clicks(page)[1] == 1


def test_click_on_unpublished_offering_is_refused(client, small_catalogue):
    page = small_catalogue.training
    page.unpublish()
    before = views_and_clicks(page)
    assert client.get(f"/doorverwijzing/{page.pk}/aanmelden/", **BROWSER).status_code == 404
    assert views_and_clicks(page) == before  # nothing counted for a page the public cannot see


def test_publication_and_contact_links_go_through_the_counter(client, small_catalogue):
    publication, contact = small_catalogue.publication, small_catalogue.contact_point
    response = client.get(f"/doorverwijzing/{publication.pk}/publicatie/", **BROWSER)
    assert response["Location"] == publication.external_url
    response = client.get(f"/doorverwijzing/{contact.pk}/formulier/", **BROWSER)
    assert response["Location"] == contact.form_url
    assert views_and_clicks(publication)[1] == 1 and views_and_clicks(contact)[1] == 1


def test_partner_dashboard_shows_only_its_own_figures(client, login, small_catalogue):
    ours, theirs = small_catalogue.training, small_catalogue.other_partners_training
    for page in (ours, theirs):
        client.get(page.url, **BROWSER)
        client.post(f"/nuttig/{page.pk}/", {"nuttig": "ja", "toelichting": f"Opmerking over {page.pk}"})
    dashboard = login("vng-redacteur").get("/admin/").content.decode()
    assert "Gebruik van uw aanbod" in dashboard
    assert ours.title in dashboard and f"Opmerking over {ours.pk}" in dashboard
    assert theirs.title not in dashboard and f"Opmerking over {theirs.pk}" not in dashboard


def test_coordinator_sees_every_partner_in_the_insight_view(client, login, small_catalogue):
    ours, theirs = small_catalogue.training, small_catalogue.other_partners_training
    for page in (ours, theirs):
        client.get(page.url, **BROWSER)
    insight = login("coordinator").get("/admin/inzicht/").content.decode()
    assert "Gebruik en ‘Was dit nuttig?’" in insight
    assert ours.title in insight and theirs.title in insight


def test_a_client_counts_once_per_page_per_day_and_no_address_is_stored(client, small_catalogue):
    """Issue 22 B7: repeated views and clicks from one client count as one of each (25 of
    each: a repeat is a repeat, whatever the number; the report's 150 only took longer)."""
    page, other = small_catalogue.training, small_catalogue.other_partners_training
    for _ in range(25):
        client.get(page.url, REMOTE_ADDR="198.51.100.23", **BROWSER)
        client.get(f"/doorverwijzing/{page.pk}/aanmelden/", REMOTE_ADDR="198.51.100.23", **BROWSER)
    assert views_and_clicks(page) == (1, 1)
    client.get(other.url, REMOTE_ADDR="198.51.100.23", **BROWSER)  # another page counts
    client.get(page.url, REMOTE_ADDR="198.51.100.24", **BROWSER)  # another client counts
    assert views_and_clicks(page) == (2, 1) and views_and_clicks(other) == (1, 0)
    stored = repr(cache._cache) + repr(list(DailyUsage.objects.values()))
    assert "198.51.100" not in stored and "Firefox" not in stored
