"""The six publications of issue 15, entered through the admin forms by each partner's
editor, then approved: page, JSON-LD, API and finder name the real authors, publishers,
commissioners and date (with its precision), not the partner who entered them."""

import json
import re

import pytest
from django.urls import reverse

from offerings.models import PublicationPage
from partners.models import Organisation, PartnerPage
from taxonomy.models import Form
from tests.editorial.conftest import offering_data
from tests.offerings.post_data import bibliography
from tests.offerings.six_publications import SIX_PUBLICATIONS


def organisation(key):
    return (
        Organisation.objects.filter(partner__abbreviation=key).first()
        or Organisation.objects.filter(abbreviation=key).first()
        or Organisation.objects.get(name=key)
    )


def enter(client, case):
    """What the partner's editor does in the admin: add a missing organisation, save a draft."""
    for key in case["publishers"] + case["commissioned_by"]:
        if not Organisation.objects.filter(name=key).exists() and not (
            Organisation.objects.filter(abbreviation=key).exists()
            or Organisation.objects.filter(partner__abbreviation=key).exists()
        ):
            response = client.post(
                reverse("wagtailsnippets_partners_organisation:add"),
                {"name": key, "abbreviation": "", "website": "https://example.org/demo/organisatie"},
            )
            assert response.status_code == 302, response.content.decode()[:2000]
    partner = PartnerPage.objects.get(abbreviation=case["partner"])
    slug = case["title"].lower().replace(":", "").replace(",", "").replace(" ", "-")
    data = offering_data(
        case["title"],
        slug,
        form=Form.objects.get(slug=case["form"]).pk,
        summary=f"Demo-inhoud: {case['case']}.",
        language=case["language"],
        edition=case["edition"],
        isbn=case["isbn"],
        doi=case["doi"],
        page_count=case["pages"],
        external_url=case["external_url"],
        **bibliography(
            published=case["published"],
            authors=case["authors"],
            publishers=[organisation(key).pk for key in case["publishers"]],
            commissioners=[organisation(key).pk for key in case["commissioned_by"]],
            editions=case["editions"],
        ),
    )
    url = reverse("wagtailadmin_pages:add", args=("offerings", "publicationpage", partner.pk))
    response = client.post(url, data)
    if response.status_code != 302:
        form = response.context["form"]
        raise AssertionError(f"{case['case']}: {form.errors} {[f.errors for f in form.formsets.values()]}")
    page = PublicationPage.objects.get(slug=slug)
    assert not page.live
    page.get_latest_revision().publish()  # what the workflow's approval does
    return PublicationPage.objects.get(pk=page.pk)


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@pytest.mark.django_db
@pytest.mark.parametrize("case", SIX_PUBLICATIONS, ids=[c["case"] for c in SIX_PUBLICATIONS])
def test_publication_entered_by_a_partner_editor(client, login, case):
    editor = login(f"{case['partner'].lower()}-redacteur")
    page = enter(editor, case)
    expect = case["expect"]
    publishers = [organisation(key) for key in case["publishers"]]
    commissioners = [organisation(key) for key in case["commissioned_by"]]

    # Stored as entered.
    assert [a.name for a in page.authors.all()] == case["authors"]
    assert [p.organisation for p in page.publishers.all()] == publishers
    assert [c.organisation for c in page.commissioners.all()] == commissioners
    assert page.published.label == expect["label"]
    assert page.isbn == expect["isbn"]
    assert page.doi == expect.get("doi", "")

    # The public page.
    client.logout()
    html = client.get(page.url).content.decode()
    assert f"<dd>{expect['label']}</dd>" in html
    for name in case["authors"]:
        assert name in html
    for org in publishers + commissioners:
        assert org.name in html
    if commissioners:
        assert "In opdracht van" in html
    if expect["isbn"]:
        assert expect["isbn"] in html
    if case["editions"]:
        titles = re.findall(r'<li><a href="[^"]+">(Versie \d{4})</a>', html)
        assert titles == ["Versie 2025", "Versie 2023", "Versie 2021"]  # newest first

    # JSON-LD: authors are people, publishers and funders organisations, the date as precise as known.
    data = json_ld(html)
    assert data.get("author", []) == [{"@type": "Person", "name": name} for name in case["authors"]]
    assert [p["name"] for p in data["publisher"]] == [org.name for org in publishers]
    assert all(p["@type"] == "Organization" for p in data["publisher"])
    assert [f["name"] for f in data.get("funder", [])] == [org.name for org in commissioners]
    assert data["datePublished"] == expect["date"]
    if page.partner.organisation not in publishers:
        assert page.partner.title not in [p["name"] for p in data["publisher"]]
    if case["editions"]:
        assert [part["name"] for part in data["hasPart"]] == ["Versie 2025", "Versie 2023", "Versie 2021"]

    # The API.
    api = client.get(f"/api/v2/offerings/{page.pk}/").json()
    assert api["published"]["label"] == expect["label"]
    assert api["published"]["date"] == expect["date"]
    assert api["published"]["circa"] == expect["label"].startswith("ca.")
    assert [a["name"] for a in api["authors"]] == case["authors"]
    assert [p["name"] for p in api["publishers"]] == [org.name for org in publishers]
    assert [c["name"] for c in api["commissioners"]] == [org.name for org in commissioners]
    assert api["isbn"] == expect["isbn"]
    if case["editions"]:
        assert [e["published"]["label"] for e in api["editions"]] == ["juni 2025", "ca. 2023", "2021"]

    # The finder finds the publication by its author and by its publisher.
    for term in [*(name.split()[-1] for name in case["authors"][:1]), publishers[0].name]:
        result = client.get("/aanbod/", {"q": term}).context["result"]
        assert page.pk in [item.pk for item in result.items], term
