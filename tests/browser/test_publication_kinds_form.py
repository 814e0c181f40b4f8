"""A book with subtitle and series number, and a periodical with two quarterly editions,
entered through the admin form in Chromium by a partner's editor (issue 26, "Done when"),
then published and checked on the public page, in the API detail, the feed and JSON-LD."""

import datetime
import json

import pytest
from defusedxml import ElementTree
from playwright.sync_api import expect

from offerings.models import PublicationPage
from partners.models import PartnerPage
from tests.browser.test_date_input import log_in, save_draft

pytestmark = pytest.mark.browser

ATOM = "{http://www.w3.org/2005/Atom}"


def start_publication(page, partner, form_label, title, summary):
    page.goto(f"/admin/pages/add/offerings/publicationpage/{partner.pk}/")
    page.fill("#id_title", title)
    page.fill("#id_summary", summary)
    page.locator("#id_form").select_option(label=form_label)
    page.locator("input[name='themes']").first.check()
    page.locator("input[name='audiences']").first.check()


def add_author(page, index, name):
    page.locator("#id_authors-ADD").click()
    page.fill(f"#id_authors-{index}-name", name)


def publish(page, seen_by_server, title):
    """Save the draft through the form, then publish its revision as the workflow's last
    approval does; return the live page as the server stored it."""
    save_draft(page)
    publication = PublicationPage.objects.get(title=title)
    seen_by_server(lambda: publication.get_latest_revision().publish())
    publication.refresh_from_db()
    assert publication.live
    return publication


def json_ld(page):
    return json.loads(page.locator("script[type='application/ld+json']").inner_text())


def feed_entry(page, title):
    feed = ElementTree.fromstring(page.request.get("/aanbod/feed/?soort=publicatie").body())
    return next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == title)


def test_a_book_with_subtitle_and_series_number(page, seen_by_server):
    kis = PartnerPage.objects.get(abbreviation="KIS")
    title = "Samenleven onder druk in de browser"
    subtitle = "Polarisatie en verbinding in Nederlandse gemeenten"
    log_in(page, "kis-redacteur")
    start_publication(page, kis, "Boek", title, "Demo-inhoud: een boek met ondertitel en reeksnummer.")
    page.fill("#id_subtitle", subtitle)
    add_author(page, 0, "L. de Vries")
    add_author(page, 1, "A. Bakker")
    page.fill("#id_published", "2024")
    page.fill("#id_edition", "2e herziene druk")
    page.fill("#id_series", "Verwey-Jonker-reeks")
    page.fill("#id_series_number", "88")
    page.fill("#id_isbn", "9789077572115")
    page.fill("#id_page_count", "240")
    page.fill("#id_external_url", "https://example.org/demo/samenleven-onder-druk")
    book = publish(page, seen_by_server, title)
    assert (book.subtitle, book.series, book.series_number, book.isbn) == (
        subtitle,
        "Verwey-Jonker-reeks",
        "88",
        "978-90-77572-11-5",
    )
    assert [a.name for a in book.authors.all()] == ["L. de Vries", "A. Bakker"]

    page.goto(book.url)
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".offering__subtitle")).to_have_text(subtitle)
    expect(page.locator("main")).to_contain_text("Verwey-Jonker-reeks, nr. 88")
    expect(page.locator("main")).to_contain_text("L. de Vries, A. Bakker")

    data = json_ld(page)
    assert data["@type"] == "Book"
    assert data["name"] == title and data["alternativeHeadline"] == subtitle
    assert data["isPartOf"] == {"@type": "BookSeries", "name": "Verwey-Jonker-reeks"}
    assert data["position"] == "88"
    assert (data["isbn"], data["numberOfPages"], data["bookEdition"], data["datePublished"]) == (
        "978-90-77572-11-5",
        240,
        "2e herziene druk",
        "2024",
    )
    assert [a["name"] for a in data["author"]] == ["L. de Vries", "A. Bakker"]

    api = page.request.get(f"/api/v2/offerings/{book.pk}/").json()
    assert (api["schema_type"], api["subtitle"], api["series"], api["series_number"]) == (
        "Book",
        subtitle,
        "Verwey-Jonker-reeks",
        "88",
    )
    assert (api["isbn"], api["page_count"], api["published"]["edtf"]) == ("978-90-77572-11-5", 240, "2024")
    assert [a["name"] for a in api["authors"]] == ["L. de Vries", "A. Bakker"]

    entry = feed_entry(page, title)
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "L. de Vries, A. Bakker"
    assert entry.find(f"{ATOM}link").get("href").endswith(book.url)


def test_a_periodical_with_two_quarterly_editions(page, seen_by_server):
    szw = PartnerPage.objects.get(abbreviation="SZW")
    title = "Monitor sociale stabiliteit in de browser"
    log_in(page, "szw-redacteur")
    start_publication(page, szw, "Monitor", title, "Demo-inhoud: een monitor die elk kwartaal verschijnt.")
    add_author(page, 0, "Sociaal en Cultureel Planbureau")
    # "Verschenen" stays empty: the newest edition's date counts, and the form says so.
    expect(page.locator("#page-edit-form")).to_contain_text("dan geldt de datum van de nieuwste editie")
    editions = [
        ("2e kwartaal 2025", "2025-Q2", "https://example.org/demo/monitor-2025-2"),
        ("3e kwartaal 2025", "3e kwartaal 2025", "https://example.org/demo/monitor-2025-3"),
    ]
    for index, (edition, typed, link) in enumerate(editions):
        page.locator("#id_editions-ADD").click()
        page.fill(f"#id_editions-{index}-title", edition)
        page.fill(f"#id_editions-{index}-published", typed)
        page.fill(f"#id_editions-{index}-url", link)
    periodical = publish(page, seen_by_server, title)
    assert periodical.published == "2025-35"  # the newest edition's: 3rd quarter 2025
    assert sorted(e.published for e in periodical.editions.all()) == ["2025-34", "2025-35"]

    page.goto(periodical.url)
    expect(page.locator(".bibliography time")).to_have_text("3e kwartaal 2025")
    expect(page.locator(".bibliography time")).to_have_attribute("datetime", "2025")
    listed = page.locator("ul.editions > li")
    expect(listed).to_have_count(2)
    expect(listed.nth(0)).to_contain_text("3e kwartaal 2025")  # newest first
    expect(listed.nth(1)).to_contain_text("2e kwartaal 2025")

    data = json_ld(page)
    assert data["@type"] == "Periodical"
    assert data["datePublished"] == "2025"
    assert [(p["@type"], p["name"], p["url"]) for p in data["hasPart"]] == [
        ("PublicationIssue", "3e kwartaal 2025", "https://example.org/demo/monitor-2025-3"),
        ("PublicationIssue", "2e kwartaal 2025", "https://example.org/demo/monitor-2025-2"),
    ]

    api = page.request.get(f"/api/v2/offerings/{periodical.pk}/").json()
    assert api["schema_type"] == "Periodical"
    assert (api["published"]["edtf"], api["published"]["label"]) == ("2025-35", "3e kwartaal 2025")
    assert [(e["title"], e["published"]["edtf"]) for e in api["editions"]] == [
        ("3e kwartaal 2025", "2025-35"),
        ("2e kwartaal 2025", "2025-34"),
    ]

    entry = feed_entry(page, title)
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Sociaal en Cultureel Planbureau"
    updated = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
    assert updated.date() == periodical.last_published_at.date()
