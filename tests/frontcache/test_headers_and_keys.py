"""What the application tells the front cache (frontcache/): Cache-Control and xkey keys on
public responses, nothing cacheable for editors or forms with a token, and which keys a
change purges. Varnish itself: tests/deploy/test_varnish.py."""

import pytest

from frontcache import changes, keys
from handbook.discussion import analysing_chapter_ids
from offerings.models import OfferingPage, PublicationPage

pytestmark = pytest.mark.django_db


def xkeys(response):
    return set(response.get(keys.HEADER, "").split())


def test_an_anonymous_offering_page_is_public_with_its_keys(client):
    page = OfferingPage.objects.live().public().order_by("pk").first()
    response = client.get(page.url)
    assert "public" in response["Cache-Control"] and "s-maxage=" in response["Cache-Control"]
    assert not response.cookies
    parent = page.get_parent()
    assert {keys.SITE, keys.page_key(page.pk), keys.below_key(parent.path)} <= xkeys(response)


def test_listings_carry_their_kind(client):
    assert keys.FINDER in xkeys(client.get("/aanbod/"))
    assert keys.API in xkeys(client.get("/api/v2/offerings/"))
    assert keys.SEARCH in xkeys(client.get("/zoeken/?q=onrust"))
    assert keys.SITEMAP in xkeys(client.get("/sitemap.xml"))
    assert keys.HOME in xkeys(client.get("/"))
    page = OfferingPage.objects.live().public().order_by("pk").first()
    assert keys.page_key(page.pk) in xkeys(client.get(f"/api/v2/offerings/{page.pk}/"))


def test_nothing_is_public_for_a_logged_in_editor(admin_client_logged_in):
    page = OfferingPage.objects.live().public().order_by("pk").first()
    for path in (page.url, "/aanbod/", "/api/v2/offerings/", "/"):
        response = admin_client_logged_in.get(path)
        assert "private" in response["Cache-Control"], path
        assert keys.HEADER not in response, path


def test_the_missing_offer_form_sets_no_cookie_and_is_public(client):
    response = client.get("/mist-u-iets/")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies and "public" in response["Cache-Control"]


def test_a_publication_purges_its_partner_page_listings_and_the_chapters_that_analyse_it():
    publication = next(p for p in PublicationPage.objects.live().public() if analysing_chapter_ids(p))
    own, shown = changes.page_keys(publication)
    assert own == {keys.page_key(publication.pk), keys.below_key(publication.path)}
    assert keys.page_key(publication.get_parent().pk) in shown
    assert {keys.page_key(pk) for pk in analysing_chapter_ids(publication)} <= shown
    assert set(keys.LISTING_KINDS) <= shown
    assert keys.SITE not in shown  # precise: not the whole site
