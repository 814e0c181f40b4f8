"""The public layout: Dutch error pages, Dutch dates, footer pages, security.txt,
language of parts, tel: links, links between offerings, finder and handbook."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from handbook.models import HandbookChapterPage
from home.models import PublicSiteSettings
from home.templatetags.site_tags import tel_href
from home.views import server_error
from offerings.models import ContactPointPage, OfferingPage, PublicationPage, TrainingPage

pytestmark = pytest.mark.django_db

DUTCH_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december".split()  # noqa: SIM905
)
ENGLISH_MONTHS = (
    "January February March April May June July August September October November December".split()  # noqa: SIM905
)


def footer_links(html):
    footer = html[html.index("<footer") :]
    return set(re.findall(r'href="([^"]+)"', footer))


def test_404_is_dutch_in_the_site_layout(client, settings):
    settings.DEBUG = False
    response = client.get("/bestaat-echt-niet/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="nl"' in html
    assert "Pagina niet gevonden" in html
    assert "Not Found" not in html
    assert 'class="utrecht-page-header site-header"' in html  # the site's own header
    assert {"/toegankelijkheid/", "/privacy/", "/colofon/"} <= footer_links(html)


def test_500_is_dutch_and_needs_no_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/kapot/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="nl"' in html
    assert "Er ging iets mis" in html
    assert "/toegankelijkheid/" in html


def test_dates_are_dutch_whatever_the_browser_language(client):
    training = TrainingPage.objects.live().exclude(start_date=None).first()
    html = client.get(training.url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    start = training.start_date
    dutch = f"{start.day} {DUTCH_MONTHS[start.month - 1]} {start.year}"
    assert f'<time datetime="{start.isoformat()}">{dutch}</time>' in html
    assert not any(f" {month} " in html for month in ENGLISH_MONTHS)


def test_publication_date_is_dutch_with_machine_readable_time(client):
    publication = PublicationPage.objects.live().first()
    html = client.get(publication.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    published = publication.published  # a partial date: year, month or day precision
    assert f'<time datetime="{published.iso}">{published.label}</time>' in html
    if published.month:
        assert DUTCH_MONTHS[published.month - 1] in published.label


@pytest.mark.parametrize("path", ["/", "/aanbod/", "/zoeken/?q=radicalisering", "/handboek/", "/privacy/"])
def test_every_footer_links_the_public_sector_pages(client, path):
    html = client.get(path).content.decode()
    assert {"/toegankelijkheid/", "/privacy/", "/colofon/"} <= footer_links(html)


def test_footer_pages_come_from_the_editable_setting(client):
    config = PublicSiteSettings.load()
    config.colophon_page = None
    config.save()
    html = client.get("/").content.decode()
    assert "/colofon/" not in footer_links(html)
    assert "/privacy/" in footer_links(html)


def test_accessibility_statement_follows_the_model(client):
    html = client.get("/toegankelijkheid/").content.decode()
    for part in [
        "Status",  # status per the model
        "Deze verklaring is opgesteld op",  # date
        "Voor welke pagina",  # scope
        "Hoe hebben we dit gemeten",  # method
        "Wat werkt nog niet goed",  # known issues
        "Contact",  # contact
        "mailto:toegankelijkheid@",
    ]:
        assert part in html, part


def test_privacy_statement_covers_query_log_form_and_alerts(client):
    html = client.get("/privacy/").content.decode()
    for part in ["Zoekvragen", "Mist u iets?", "Volg deze zoekopdracht", "dubbele opt-in", "af te melden"]:
        assert part in html, part


def test_colophon_has_contact(client):
    html = client.get("/colofon/").content.decode()
    assert "mailto:redactie@" in html
    assert 'href="tel:+31' in html


def test_security_txt_parses_per_rfc_9116_and_expires_in_the_future(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = {}
    for line in response.content.decode().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition(": ")
            fields.setdefault(name, []).append(value)
    assert fields["Contact"] == ["mailto:security@maatschappelijkestabiliteit.nl"]
    assert len(fields["Expires"]) == 1
    expires = datetime.datetime.strptime(fields["Expires"][0], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.UTC
    )
    assert timezone.now() < expires < timezone.now() + datetime.timedelta(days=366)
    assert fields["Canonical"] == ["http://testserver/.well-known/security.txt"]


def test_security_txt_contact_and_expiry_are_editable(client):
    config = PublicSiteSettings.load()
    config.security_contact = "https://example.nl/kwetsbaarheid-melden"
    config.security_expires = timezone.localdate() + datetime.timedelta(days=30)
    config.full_clean()
    config.save()
    text = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: https://example.nl/kwetsbaarheid-melden\n" in text
    assert f"Expires: {config.security_expires.isoformat()}T23:59:59Z" in text


@pytest.mark.parametrize(
    "contact, expires_in_days, field",
    [
        ("security@example.nl", 30, "security_contact"),  # not a URI
        ("mailto:security@example.nl", -1, "security_expires"),  # in the past
        ("mailto:security@example.nl", 400, "security_expires"),  # more than a year ahead
    ],
)
def test_security_settings_refuse_bad_values_in_dutch(contact, expires_in_days, field):
    config = PublicSiteSettings.load()
    config.security_contact = contact
    config.security_expires = timezone.localdate() + datetime.timedelta(days=expires_in_days)
    with pytest.raises(ValidationError) as error:
        config.full_clean()
    assert field in error.value.message_dict
    assert any(word in " ".join(error.value.message_dict[field]) for word in ("Kies", "Begin"))


def test_english_offerings_mark_their_content_as_english(client):
    english = OfferingPage.objects.live().filter(language="en")
    assert english.count() >= 3
    for offering in english:
        html = client.get(offering.url).content.decode()
        assert '<div class="offering__content" lang="en">' in html
        assert '<div class="offering__body site-richtext" lang="en">' in html
        assert '<html lang="nl"' in html


def test_english_offerings_are_marked_in_the_finder(client):
    english = OfferingPage.objects.live().filter(language="en").first()
    html = client.get("/aanbod/", {"q": english.title}).content.decode()
    assert re.search(r'<li class="result[^"]*" lang="en">', html)


@pytest.mark.parametrize(
    "number, href",
    [
        ("070 - 373 8393", "tel:+31703738393"),
        ("+31 (0)30 123 45 67", "tel:+310301234567"),
        ("0031 20 1234567", "tel:+31201234567"),
        ("", ""),
    ],
)
def test_tel_href(number, href):
    assert tel_href(number) == href


def test_contact_point_phone_numbers_are_tel_links(client):
    contact = ContactPointPage.objects.live().exclude(phone="").first()
    html = client.get(contact.url).content.decode()
    assert f'<a class="nl-link" href="{tel_href(contact.phone)}">{contact.phone}</a>' in html


def test_theme_labels_link_to_the_finder(client):
    offering = OfferingPage.objects.live().filter(themes__isnull=False).first().specific
    html = client.get(offering.url).content.decode()
    themes = list(offering.themes.all())
    assert themes
    for theme in themes:
        assert f'href="/aanbod/?thema={theme.slug}"' in html


def test_chapter_links_to_the_finder_by_phase_and_offering_back(client):
    chapter = HandbookChapterPage.objects.live().first()
    html = client.get(chapter.url).content.decode()
    assert f'href="/aanbod/?fase={chapter.phase.slug}"' in html
    offering = OfferingPage.objects.live().filter(phases=chapter.phase).first()
    offering_html = client.get(offering.url).content.decode()
    assert "Verder lezen in het handboek" in offering_html
    assert any(
        f'href="{other.url}"' in offering_html
        for other in HandbookChapterPage.objects.live().filter(phase__in=offering.phases.all())
    )


def test_handbook_phases_link_to_the_finder(client):
    chapter = HandbookChapterPage.objects.live().first()
    html = client.get("/handboek/").content.decode()
    assert f'href="/aanbod/?fase={chapter.phase.slug}"' in html


def test_home_counts_match_the_finder_and_explain_ended_trainings(client):
    home = client.get("/").content.decode()
    finder = client.get("/aanbod/").content.decode()
    total = int(re.search(r"Het aanbod telt nu (\d+)", home).group(1))
    assert re.search(rf">{total} resultaten<", finder) or f"{total} resultaten</h2>" in finder
    ended = TrainingPage.objects.live().filter(end_date__lt=timezone.localdate()).count()
    assert ended > 0
    assert f"{ended} afgelopen trainingen" in home
    assert f"{ended} afgelopen trainingen tellen niet mee" in finder


def test_public_layout_uses_nl_design_system_and_our_logo(client):
    html = client.get("/").content.decode()
    for href in ["/static/nlds/tokens.css", "/static/css/theme.css", "/static/nlds/components.css"]:
        assert href in html
    assert "/static/img/logo.svg" in html
    assert 'class="nl-heading nl-heading--level-1"' in html
    assert not re.search(r'(src|href)="(https?:)?//', html.split("<main")[0])  # nothing from third parties


def test_search_box_rule_that_made_it_320px_tall_is_gone():
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "static" / "css" / "site.css").read_text()
    assert ".search-box input { flex: 1 1 20rem; }" not in css
