"""The handbook as its own Wagtail Site: hosts, canonical URLs and links across the sites."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from catalogue.models import CatalogueIndexPage
from core.baseurl import page_url
from handbook.models import HandbookChapterPage
from handbook.sites import configure_handbook_site, handbook_site
from offerings.models import PublicationPage

HOST = "handboek.localhost:8000"


@pytest.fixture
def own_site(db, handbook):
    site = configure_handbook_site("handboek.localhost", 8000)
    yield site
    # The site root paths live in the cache, which the test's rollback does not reset.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def chapter(handbook):
    return HandbookChapterPage.objects.child_of(handbook).live().get(slug="als-de-spanning-oploopt")


def test_without_own_site_the_handbook_lives_under_the_main_site(client, chapter):
    assert handbook_site() is None
    assert chapter.url == "/handboek/als-de-spanning-oploopt/"
    assert client.get(chapter.url).status_code == 200


def test_handbook_host_serves_the_handbook_at_its_root(client, own_site, handbook):
    response = client.get("/", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert f'<h1 class="nl-heading nl-heading--level-1">{handbook.title}</h1>' in response.content.decode()
    assert client.get("/als-de-spanning-oploopt/", HTTP_HOST=HOST).status_code == 200
    # The main site is untouched.
    assert (
        '<h1 class="nl-heading nl-heading--level-1">Leer- en ondersteuningsaanbod'
        in client.get("/").content.decode()
    )


def test_handbook_urls_are_canonical_on_the_handbook_host(rf, own_site, chapter):
    on_main = rf.get("/", HTTP_HOST="localhost")
    on_handbook = rf.get("/", HTTP_HOST=HOST)
    assert chapter.get_url(on_handbook) == "/als-de-spanning-oploopt/"
    assert chapter.get_url(on_main) == "http://handboek.localhost:8000/als-de-spanning-oploopt/"
    assert chapter.full_url == "http://handboek.localhost:8000/als-de-spanning-oploopt/"


def test_chapter_on_handbook_host_links_publications_to_the_main_host(client, own_site, chapter):
    body = client.get("/als-de-spanning-oploopt/", HTTP_HOST=HOST).content.decode()
    publication = PublicationPage.objects.get(title="Handreiking: omgaan met oplopende spanningen in de wijk")
    assert f'href="http://localhost{publication.url_path[len("/home") :]}"' in body
    # Chapter-to-chapter links stay on the handbook host, relative.
    assert 'href="/zichtbare-onrust-demonstraties-en-communicatie/" rel="next"' in body
    assert '<link rel="canonical" href="http://handboek.localhost:8000/als-de-spanning-oploopt/">' in body


def test_publication_on_main_host_links_to_chapter_on_handbook_host(client, own_site, chapter):
    publication = PublicationPage.objects.get(title="Handreiking: omgaan met oplopende spanningen in de wijk")
    body = client.get(publication.url).content.decode()
    assert (
        f'href="http://handboek.localhost:8000/als-de-spanning-oploopt/#publicatie-{publication.pk}"' in body
    )


def test_main_host_path_still_serves_but_points_to_canonical(client, own_site, chapter):
    response = client.get("/handboek/als-de-spanning-oploopt/")
    assert response.status_code == 200
    assert (
        'rel="canonical" href="http://handboek.localhost:8000/als-de-spanning-oploopt/"'
        in response.content.decode()
    )


def test_shared_header_links_work_on_the_handbook_host(client, own_site):
    catalogue = CatalogueIndexPage.objects.get()
    response = client.get("/aanbod/", HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == page_url(catalogue)
    search = client.get("/zoeken/?q=demonstratie", HTTP_HOST=HOST)
    assert search.status_code == 200 and "Zoeken in het handboek" in search.content.decode()


def test_permalink_is_on_the_handbook_host_and_redirects(client, own_site, chapter):
    body = client.get("/als-de-spanning-oploopt/", HTTP_HOST=HOST).content.decode()
    permalink = f"http://handboek.localhost:8000/hoofdstuk/{chapter.pk}/"
    assert f'<a class="nl-link" href="{permalink}">{permalink}</a>' in body
    response = client.get(f"/hoofdstuk/{chapter.pk}/", HTTP_HOST=HOST)
    assert response.status_code == 302 and response["Location"] == "/als-de-spanning-oploopt/"


def test_configure_command_creates_and_updates_the_site(db, handbook):
    call_command("configure_handbook_site", "--hostname", "maatschappelijke-onrust.nl", stdout=StringIO())
    site = handbook_site()
    assert (site.hostname, site.port, site.root_page_id) == ("maatschappelijke-onrust.nl", 443, handbook.pk)
    assert not site.is_default_site
    call_command(
        "configure_handbook_site",
        "--hostname",
        "Onrust.Example.org",
        "--port",
        "8443",
        "--main-hostname",
        "stabiliteit.example.org",
        stdout=StringIO(),
    )
    assert Site.objects.filter(root_page=handbook).count() == 1
    site = handbook_site()
    assert (site.hostname, site.port) == ("onrust.example.org", 8443)
    assert Site.objects.get(is_default_site=True).hostname == "stabiliteit.example.org"
    Site.clear_site_root_paths_cache()


def test_configure_command_refuses_bad_input(db, handbook):
    with pytest.raises(CommandError, match="Geef een hostnaam op"):
        call_command("configure_handbook_site", "--hostname", "  ")
    main = Site.objects.get(is_default_site=True)
    with pytest.raises(CommandError):
        call_command("configure_handbook_site", "--hostname", main.hostname, "--port", str(main.port))
    assert handbook_site() is None


def test_menu_drops_the_handbook_link_as_soon_as_it_is_unpublished(client, handbook):
    from django.core.cache import cache

    cache.clear()
    link = f'<a class="nl-link site-nav__link" href="{handbook.url}">Handboek</a>'
    assert link in client.get("/aanbod/").content.decode()
    handbook.unpublish()
    assert link not in client.get("/aanbod/").content.decode()
    assert "Handboek</a>" not in client.get("/aanbod/").content.decode()
