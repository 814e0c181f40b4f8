"""Publications as they really are (issue 26): a kind per form mapped to schema.org (Book,
Report, Periodical, ...), series and number, subtitle, and periodicals whose date is their
newest edition's, with quarters as dates. Entered through the admin form by a partner's
editor, then published; checked on the page, in the API, the feed and JSON-LD."""

import json
import re

import pytest
from defusedxml import ElementTree
from django.urls import reverse

from offerings.dates import PARTIAL_DATE_PATTERN, PartialDate, parse_partial_date
from offerings.models import PublicationPage
from partners.models import Organisation, PartnerPage
from taxonomy.models import Form
from tests.editorial.conftest import offering_data
from tests.offerings.post_data import bibliography

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    "typed", ["2025-Q3", "Q3 2025", "3e kwartaal 2025", "derde kwartaal 2025", "kwartaal 3 2025", "2025-35"]
)
def test_a_quarter_is_read_in_every_way_an_editor_types_it(typed):
    date = parse_partial_date(typed)
    assert (date, date.precision, date.label, date.iso) == ("2025-35", "quarter", "3e kwartaal 2025", "2025")
    assert re.fullmatch(PARTIAL_DATE_PATTERN, typed)  # the browser's check agrees


def test_quarters_sort_between_the_months_they_cover():
    dates = [PartialDate(v) for v in ("2025-10", "2025-35", "2025-06", "2025", "2025-36~")]
    assert [d.label for d in sorted(dates, key=lambda d: d.sort_key)] == [
        "2025",
        "juni 2025",
        "3e kwartaal 2025",
        "ca. 4e kwartaal 2025",
        "oktober 2025",
    ]
    assert parse_partial_date("ca. 2e kwartaal 2024") == "2024-34~"


def add_publication(client, partner, form, **extra):
    slug = extra.pop("slug")
    url = reverse("wagtailadmin_pages:add", args=("offerings", "publicationpage", partner.pk))
    response = client.post(url, offering_data(extra.pop("title"), slug, form=form.pk, **extra))
    if response.status_code != 302:
        form = response.context["form"]
        raise AssertionError(f"{form.errors} {[f.errors for f in form.formsets.values()]}")
    page = PublicationPage.objects.get(slug=slug)
    page.get_latest_revision().publish()  # what the workflow's approval does
    return PublicationPage.objects.get(pk=page.pk)


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@pytest.fixture
def book_form(db):
    return Form.objects.get_or_create(
        slug="boek", defaults={"name": "Boek", "kind": "publicatie", "schema_type": "Book"}
    )[0]


@pytest.fixture
def monitor_form(db):
    return Form.objects.get_or_create(
        slug="monitor", defaults={"name": "Monitor", "kind": "publicatie", "schema_type": "Periodical"}
    )[0]


@pytest.mark.django_db
def test_a_book_with_subtitle_and_series_number(client, login, book_form):
    editor = login("kis-redacteur")
    publisher = Organisation.objects.create(name="Uitgeverij Boom", website="https://www.boom.nl")
    page = add_publication(
        editor,
        PartnerPage.objects.get(abbreviation="KIS"),
        book_form,
        title="Samenleven onder druk",
        slug="samenleven-onder-druk",
        subtitle="Polarisatie en verbinding in Nederlandse gemeenten",
        series="Verwey-Jonker-reeks",
        series_number="88",
        isbn="9789077572115",
        page_count="240",
        edition="2e herziene druk",
        **bibliography(published="2024", authors=("L. de Vries",), publishers=(publisher.pk,)),
    )
    client.logout()
    html = client.get(page.url).content.decode()
    assert (
        '<p class="nl-paragraph offering__subtitle">Polarisatie en verbinding in Nederlandse gemeenten</p>'
        in html
    )
    assert "Verwey-Jonker-reeks, nr. 88" in html
    data = json_ld(html)
    assert data["@type"] == "Book"
    assert data["alternativeHeadline"] == "Polarisatie en verbinding in Nederlandse gemeenten"
    assert data["isPartOf"] == {"@type": "BookSeries", "name": "Verwey-Jonker-reeks"}
    assert data["position"] == "88"
    assert (data["isbn"], data["numberOfPages"], data["bookEdition"]) == (
        "978-90-77572-11-5",
        240,
        "2e herziene druk",
    )
    assert "learningResourceType" not in data
    api = client.get(f"/api/v2/offerings/{page.pk}/").json()
    assert (api["schema_type"], api["subtitle"], api["series"], api["series_number"]) == (
        "Book",
        "Polarisatie en verbinding in Nederlandse gemeenten",
        "Verwey-Jonker-reeks",
        "88",
    )
    # The finder finds it by its subtitle.
    result = client.get("/aanbod/", {"q": "verbinding Nederlandse gemeenten"}).context["result"]
    assert page.pk in [item.pk for item in result.items]


@pytest.mark.django_db
def test_a_numbered_report_gives_its_report_number(client, login):
    page = add_publication(
        login("bzk-redacteur"),
        PartnerPage.objects.get(abbreviation="BZK"),
        Form.objects.get(slug="rapport"),
        title="Het gelijk van de ander",
        slug="het-gelijk-van-de-ander",
        series="WRR-rapporten",
        series_number="88",
        **bibliography(published="2012", authors=("WRR",)),
    )
    data = json_ld(client.get(page.url).content.decode())
    assert data["@type"] == "Report" and data["reportNumber"] == "88"
    assert data["isPartOf"] == {"@type": "CreativeWorkSeries", "name": "WRR-rapporten"}


@pytest.mark.django_db
def test_a_periodical_with_two_quarterly_editions_takes_the_newest_date(client, login, monitor_form):
    page = add_publication(
        login("szw-redacteur"),
        PartnerPage.objects.get(abbreviation="SZW"),
        monitor_form,
        title="Monitor sociale stabiliteit",
        slug="monitor-sociale-stabiliteit",
        external_url="",
        **bibliography(
            published="",  # left empty: the newest edition's date counts
            publishers=(Organisation.objects.get(partner__abbreviation="SZW").pk,),
            authors=(),
            editions=(
                ("2e kwartaal 2025", "2025-Q2", "https://example.org/demo/monitor-2025-2"),
                ("3e kwartaal 2025", "3e kwartaal 2025", "https://example.org/demo/monitor-2025-3"),
            ),
        ),
    )
    assert page.published == "2025-35"
    html = client.get(page.url).content.decode()
    assert '<time datetime="2025">3e kwartaal 2025</time>' in html
    titles = re.findall(
        r'<li><a class="nl-link" href="[^"]+">([^<]+)</a> <span class="site-meta">\(([^)]+)\)', html
    )
    assert titles == [("3e kwartaal 2025", "3e kwartaal 2025"), ("2e kwartaal 2025", "2e kwartaal 2025")]
    data = json_ld(html)
    assert data["@type"] == "Periodical"
    assert [(p["@type"], p["name"]) for p in data["hasPart"]] == [
        ("PublicationIssue", "3e kwartaal 2025"),
        ("PublicationIssue", "2e kwartaal 2025"),
    ]
    api = client.get(f"/api/v2/offerings/{page.pk}/").json()
    assert api["published"] == {
        "date": "2025",
        "precision": "quarter",
        "circa": False,
        "label": "3e kwartaal 2025",
        "edtf": "2025-35",
    }
    assert [e["published"]["edtf"] for e in api["editions"]] == ["2025-35", "2025-34"]
    feed = ElementTree.fromstring(client.get("/aanbod/feed/", {"soort": "publicatie"}).content)
    entry = next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == page.title)
    assert (
        entry.find(f"{ATOM}author").findtext(f"{ATOM}name")
        == "Ministerie van Sociale Zaken en Werkgelegenheid"
    )


@pytest.mark.django_db
def test_no_date_and_no_editions_is_refused_in_dutch(login):
    client = login("vng-redacteur")
    partner = PartnerPage.objects.get(abbreviation="VNG")
    url = reverse("wagtailadmin_pages:add", args=("offerings", "publicationpage", partner.pk))
    response = client.post(url, offering_data("Zonder datum", "zonder-datum", **bibliography(published="")))
    assert response.status_code == 200
    assert response.context["form"].errors["published"] == [
        "Vul in wanneer de publicatie verscheen, of voeg edities toe (dan geldt de datum "
        "van de nieuwste editie)."
    ]
    response = client.post(
        url, offering_data("Zonder reeks", "zonder-reeks", series_number="4", **bibliography())
    )
    assert response.context["form"].errors["series"] == ["Vul ook de naam van de reeks in."]
    assert not PublicationPage.objects.filter(slug__in=["zonder-datum", "zonder-reeks"]).exists()


@pytest.mark.django_db
def test_publishers_are_joined_without_a_space_before_the_comma_and_the_feed_names_the_authors(client, login):
    """Item 4: 'Regeringsbeleid , Amsterdam University Press' on the page; the feed's author
    was the partner, not the publication's authors."""
    wrr = Organisation.objects.create(name="Wetenschappelijke Raad voor het Regeringsbeleid")
    aup = Organisation.objects.create(name="Amsterdam University Press")
    page = add_publication(
        login("bzk-redacteur"),
        PartnerPage.objects.get(abbreviation="BZK"),
        Form.objects.get(slug="rapport"),
        title="Samenleven in verscheidenheid",
        slug="samenleven-in-verscheidenheid",
        **bibliography(published="2023", authors=("M. de Wit", "J. Akkerman"), publishers=(wrr.pk, aup.pk)),
    )
    html = client.get(page.url).content.decode()
    text = re.sub(r"<[^>]+>", "", html)
    assert "Wetenschappelijke Raad voor het Regeringsbeleid, Amsterdam University Press" in text
    assert " ," not in text
    feed = ElementTree.fromstring(client.get("/aanbod/feed/", {"soort": "publicatie"}).content)
    entry = next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == page.title)
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "M. de Wit, J. Akkerman"
