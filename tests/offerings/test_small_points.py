"""Issue 24 item 11, the smaller points on public pages: a chapter that discusses a
publication is listed once on its page; no jargon ("de zoeker", "feed (Atom)", "Nog niet
gecontroleerd in een controleronde"); the footer has a contact link."""

import pytest

from handbook.discussion import chapters_discussing
from offerings.models import OfferingPage, PublicationPage

pytestmark = pytest.mark.django_db


def test_a_chapter_discussing_a_publication_is_listed_once_on_its_page(client):
    for publication in PublicationPage.objects.live():
        chapters = chapters_discussing(publication)
        if chapters and publication.phases.filter(pk=chapters[0].phase_id).exists():
            break
    else:
        pytest.fail("the demo has a publication discussed in a chapter on one of its phases")
    body = client.get(publication.url).content.decode()
    assert body.count(f'href="{chapters[0].url}') == 1  # once, with or without an anchor


def test_public_pages_use_plain_words_and_the_footer_links_to_contact(client):
    offering = OfferingPage.objects.live().filter(last_reviewed_at__isnull=True).first()
    pages = ["/", "/aanbod/?q=polarisatie", "/api/", offering.url if offering else "/"]
    for url in pages:
        body = client.get(url).content.decode()
        for jargon in ("de zoeker", "feed (Atom)", "Nog niet gecontroleerd in een controleronde"):
            assert jargon not in body, (url, jargon)
        assert 'href="/mist-u-iets/">Contact' in body, url
