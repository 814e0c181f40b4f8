"""Following a finder search by e-mail: double opt-in, the alert mail, no duplicates,
RFC 8058 one-click unsubscribe, and that addresses are deleted when no longer needed."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from alerts.models import SentItem, Subscription
from core.baseurl import page_url
from offerings.models import OfferingPage
from taxonomy.models import Theme
from tests.alerts.conftest import confirmed, republish

pytestmark = pytest.mark.django_db


def theme_with_offerings():
    for theme in Theme.objects.order_by("pk"):
        inside = OfferingPage.objects.live().filter(themes=theme, end_date__isnull=True)
        outside = OfferingPage.objects.live().exclude(themes=theme).filter(end_date__isnull=True)
        if inside.count() >= 2 and outside.exists():
            return theme, list(inside.order_by("pk")[:2]), outside.order_by("pk").first()
    raise AssertionError("demo content has no suitable theme")


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def test_finder_offers_to_follow_only_a_filtered_search(client):
    theme, _inside, _outside = theme_with_offerings()
    assert "Volg deze zoekopdracht" not in client.get("/aanbod/").content.decode()
    html = client.get(f"/aanbod/?thema={theme.slug}").content.decode()
    assert "Volg deze zoekopdracht" in html
    assert f'name="zoekopdracht" value="thema={theme.slug}"' in html


def test_double_opt_in(client):
    theme, _inside, _outside = theme_with_offerings()
    response = client.post(
        "/zoekopdracht-volgen/",
        {
            "email": "Ambtenaar@Gemeente.example",
            "frequentie": "wekelijks",
            "zoekopdracht": f"thema={theme.slug}",
        },
    )
    assert "We hebben een e-mail gestuurd naar ambtenaar@gemeente.example" in response.content.decode()
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.query, subscription.frequency) == (
        "ambtenaar@gemeente.example",
        f"thema={theme.slug}",
        "wekelijks",
    )
    assert not subscription.is_confirmed
    (message,) = mail.outbox
    assert message.to == ["ambtenaar@gemeente.example"]
    assert f"Thema: {theme.name}" in message.body
    confirm_url = next(url for url in links_in(message) if "/bevestigen/" in url)
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]

    # A GET (a mail filter's link scanner) does not confirm.
    page = client.get(f"/{path}")
    assert "Ja, ik wil deze zoekopdracht volgen" in page.content.decode()
    assert not Subscription.objects.get().is_confirmed
    done = client.post(f"/{path}")
    subscription.refresh_from_db()
    assert subscription.is_confirmed and subscription.checked_until == subscription.confirmed_at
    assert "bevestigd=1" in done["Location"]
    assert "Uw aanmelding is bevestigd" in client.get(done["Location"]).content.decode()


def test_signup_refuses_bad_input_in_dutch_and_stores_nothing(client):
    theme, _inside, _outside = theme_with_offerings()
    bad_email = client.post(
        "/zoekopdracht-volgen/", {"email": "geen-adres", "frequentie": "dagelijks", "zoekopdracht": "thema=x"}
    )
    assert bad_email.status_code == 400
    unfiltered = client.post(
        "/zoekopdracht-volgen/", {"email": "a@b.example", "frequentie": "dagelijks", "zoekopdracht": ""}
    )
    assert unfiltered.status_code == 400
    assert "Kies eerst zoekwoorden of filters" in unfiltered.content.decode()
    bad_frequency = client.post(
        "/zoekopdracht-volgen/",
        {"email": "a@b.example", "frequentie": "elk-uur", "zoekopdracht": f"thema={theme.slug}"},
    )
    assert "Kies dagelijks of wekelijks." in bad_frequency.content.decode()
    assert not Subscription.objects.exists() and not mail.outbox


def test_signup_is_rate_limited(client, settings):
    settings.ALERTS_SIGNUP_MAX_PER_HOUR = 2
    theme, _inside, _outside = theme_with_offerings()
    for number in range(3):
        response = client.post(
            "/zoekopdracht-volgen/",
            {
                "email": f"a{number}@b.example",
                "frequentie": "dagelijks",
                "zoekopdracht": f"thema={theme.slug}",
            },
        )
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert Subscription.objects.count() == 2 and len(mail.outbox) == 2


def test_signing_up_again_reveals_nothing_and_keeps_one_subscription(client):
    theme, _inside, _outside = theme_with_offerings()
    confirmed(f"thema={theme.slug}")
    response = client.post(
        "/zoekopdracht-volgen/",
        {
            "email": "ambtenaar@gemeente.example",
            "frequentie": "wekelijks",
            "zoekopdracht": f"thema={theme.slug}",
        },
    )
    assert "We hebben een e-mail gestuurd" in response.content.decode()
    assert Subscription.objects.count() == 1
    assert mail.outbox[0].subject == "U volgt deze zoekopdracht al"


def test_alert_mail_lists_matching_changes_once_with_unsubscribe_headers():
    theme, (first, second), outside = theme_with_offerings()
    subscription = confirmed(f"thema={theme.slug}")
    first, outside = republish(first), republish(outside)

    call_command("send_alerts", stdout=io.StringIO())
    (message,) = mail.outbox
    assert first.title in message.body and page_url(first) in message.body
    assert outside.title not in message.body and second.title not in message.body
    unsubscribe = f"http://testserver/zoekopdracht-volgen/afmelden/{subscription.key}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"/zoekopdracht-volgen/beheren/{subscription.key}/" in message.body
    assert message.message()["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert list(SentItem.objects.values_list("page_id", flat=True)) == [first.pk]

    # The next run (made due by moving the window back) sends nothing new twice.
    Subscription.objects.filter(pk=subscription.pk).update(
        checked_until=timezone.now() - datetime.timedelta(days=2)
    )
    call_command("send_alerts", stdout=io.StringIO())
    assert len(mail.outbox) == 1

    # A new version of the offering is news again.
    subscription.refresh_from_db()
    second_version = republish(first)
    Subscription.objects.filter(pk=subscription.pk).update(
        checked_until=second_version.last_published_at - datetime.timedelta(days=2)
    )
    call_command("send_alerts", stdout=io.StringIO())
    assert len(mail.outbox) == 2 and first.title in mail.outbox[1].body


def test_not_due_subscriptions_wait():
    theme, (first, _second), _outside = theme_with_offerings()
    subscription = confirmed(f"thema={theme.slug}", frequency="wekelijks", age_days=3)
    # The first run after confirming has been (two days ago): the next is a week after it.
    Subscription.objects.filter(pk=subscription.pk).update(
        checked_until=subscription.confirmed_at + datetime.timedelta(days=1)
    )
    republish(first)
    call_command("send_alerts", stdout=io.StringIO())
    assert not mail.outbox


def test_one_click_unsubscribe_deletes_the_address():
    theme, (first, _second), _outside = theme_with_offerings()
    subscription = confirmed(f"thema={theme.slug}")
    republish(first)
    call_command("send_alerts", stdout=io.StringIO())
    assert SentItem.objects.exists()
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>").replace("http://localhost", "")
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    assert not Subscription.objects.filter(email="ambtenaar@gemeente.example").exists()
    assert not SentItem.objects.exists()


def test_manage_page_changes_frequency_and_unsubscribes(client):
    theme, _inside, _outside = theme_with_offerings()
    subscription = confirmed(f"thema={theme.slug}")
    page = client.get(f"/zoekopdracht-volgen/beheren/{subscription.key}/")
    assert f"Thema: {theme.name}" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    client.post(f"/zoekopdracht-volgen/beheren/{subscription.key}/", {"frequentie": "wekelijks"})
    subscription.refresh_from_db()
    assert subscription.frequency == "wekelijks"
    assert client.get("/zoekopdracht-volgen/beheren/onbekend/").status_code == 404
    client.post(f"/zoekopdracht-volgen/afmelden/{subscription.key}/")
    assert not Subscription.objects.exists()


def test_unconfirmed_sign_ups_expire(client):
    theme, _inside, _outside = theme_with_offerings()
    stale = Subscription.objects.create(
        email="oud@gemeente.example",
        query=f"thema={theme.slug}",
        frequency="dagelijks",
        created_at=timezone.now() - datetime.timedelta(hours=49),
    )
    fresh = Subscription.objects.create(
        email="nieuw@gemeente.example", query=f"thema={theme.slug}", frequency="dagelijks"
    )
    response = client.get(f"/zoekopdracht-volgen/bevestigen/{stale.key}/")
    assert response.status_code == 410 and "Deze link is verlopen" in response.content.decode()
    assert not Subscription.objects.filter(pk=stale.pk).exists()
    Subscription.objects.filter(pk=fresh.pk).update(created_at=timezone.now() - datetime.timedelta(hours=49))
    call_command("send_alerts", stdout=io.StringIO())
    assert not Subscription.objects.exists()


def test_the_first_daily_mail_goes_with_the_next_run_after_confirming(client):
    """Confirmed at 10:00, an offering published at noon, the daily run at 07:00 the next
    morning (21 hours later): that run mails it. Before issue 26 the subscription was due
    only 22 hours after confirming, so the first mail came a day later still."""
    theme, (first, _second), _outside = theme_with_offerings()
    subscription = Subscription.objects.create(
        email="ambtenaar@gemeente.example", query=f"thema={theme.slug}", frequency="dagelijks"
    )
    client.post(f"/zoekopdracht-volgen/bevestigen/{subscription.key}/")
    subscription.refresh_from_db()
    assert subscription.is_confirmed
    first = republish(first)
    confirmed_at = subscription.confirmed_at
    next_morning = confirmed_at + datetime.timedelta(hours=21)
    assert subscription.is_due(next_morning)
    call_command("send_alerts", stdout=io.StringIO())  # now: a few seconds after confirming
    (message,) = mail.outbox
    assert first.title in message.body
    # After that first run the rhythm is daily again.
    subscription.refresh_from_db()
    assert not subscription.is_due(subscription.checked_until + datetime.timedelta(hours=12))
    assert subscription.is_due(subscription.checked_until + datetime.timedelta(hours=23))
