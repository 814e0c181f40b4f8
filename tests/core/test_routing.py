"""Routing along the path in one query (core/routing.py) takes Wagtail's own decisions:
the same page, view and arguments, or the same 404, for every page of the site; the page's
HTML is the same as with Wagtail's routing; view restrictions still apply."""

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from catalogue.models import CatalogueIndexPage
from core.routing import route_along_path, site_ancestors
from handbook.models import HandbookChapterPage, HandbookPage
from home.models import HomePage
from offerings.models import ContactPointPage, OfferingPage, PublicationPage, TrainingPage
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


def outcome(route, root, request, path):
    components = [component for component in path.split("/") if component]
    try:
        result = route(root, request, components)
    except Http404:
        return "404"
    page, args, kwargs = result
    view = args[0].__name__ if args else None
    return (type(page).__name__, page.pk, view, args[1:], kwargs)


def site_root():
    return Site.objects.get(is_default_site=True).root_page.specific


def test_every_path_routes_as_wagtail_routes_it(rf):
    root = site_root()
    pages = Page.objects.descendant_of(root)
    handbook = HandbookPage.objects.first()
    chapter = HandbookChapterPage.objects.live().first()
    paths = [page.url_path[len(root.url_path) - 1 :] for page in pages]
    paths += [
        "/aanbod/feed/",
        "/handboek/zoeken/",
        f"/handboek/hoofdstuk/{chapter.pk}/",
        "/handboek/aanbod/",
        "/bestaat-niet/",
        "/aanbod/bestaat-niet/",
        "/aanbod/vng/bestaat-niet/",
        "/aanbod/vng/bestaat-niet/dieper/",
        f"{chapter.url_path[len(root.url_path) - 1 :]}verder/",
    ]
    assert handbook is not None and len(paths) > 100
    assert any(not page.live for page in pages)  # drafts: a 404 either way
    for path in paths:
        ours = outcome(route_along_path, root, rf.get(path), path)
        wagtails = outcome(Page.route, root, rf.get(path), path)
        assert ours == wagtails, path


def test_an_offering_is_routed_in_two_queries_with_its_parents(rf):
    root = site_root()
    offering = PublicationPage.objects.live().public().order_by("pk").first()
    path = offering.url_path[len(root.url_path) - 1 :]
    with CaptureQueriesContext(connection) as captured:
        page, _args, _kwargs = route_along_path(root, rf.get(path), path.strip("/").split("/"))
        partner, form = page.partner, page.form  # read with the page
        ancestors = site_ancestors(page)
    # Wagtail's Page.route: a child and a specific query per level (6), partner and form 2 more.
    assert len(captured) == 2
    assert (page.pk, partner.pk, form.pk) == (offering.pk, offering.partner_id, offering.form_id)
    assert [a.pk for a in ancestors] == [a.pk for a in offering.get_ancestors()[1:]]
    assert page.get_parent().pk == offering.get_parent().pk


PAGES = [
    lambda: site_root(),
    lambda: Page.objects.type(HomePage).first().get_children().live().not_type(HandbookPage).first(),
    lambda: PartnerPage.objects.live().first(),
    lambda: PublicationPage.objects.live().public().order_by("pk").first(),
    lambda: TrainingPage.objects.live().public().order_by("pk").first(),
    lambda: ContactPointPage.objects.live().public().order_by("pk").first(),
    lambda: HandbookPage.objects.live().first(),
    lambda: HandbookChapterPage.objects.live().public().order_by("pk").first(),
]


@pytest.mark.parametrize("find", PAGES)
def test_a_page_reads_the_same_as_with_wagtails_routing(client, monkeypatch, find):
    page = find()
    ours = client.get(page.url)
    monkeypatch.setattr(HomePage, "route", Page.route)
    wagtails = client.get(page.url)
    assert ours.status_code == wagtails.status_code == 200
    assert page.title in ours.text
    assert ours.content == wagtails.content


def test_a_view_restriction_above_a_page_still_applies(client):
    offering = OfferingPage.objects.live().public().order_by("pk").first()
    assert client.get(offering.url).status_code == 200
    PageViewRestriction.objects.create(page=offering.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(offering.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "login" in response["Location"]
    assert offering.title not in response.text


def test_a_view_restriction_on_the_finder_still_applies(client):
    catalogue = CatalogueIndexPage.objects.live().first()
    assert client.get(catalogue.url).status_code == 200
    PageViewRestriction.objects.create(page=catalogue, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(f"{catalogue.url}?thema=x")
    assert response.status_code == 302
    assert "login" in response["Location"]
