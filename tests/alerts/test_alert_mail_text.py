"""Issue 22 B6: the "Volg deze zoekopdracht" confirmation mail carries only text the site
wrote (the filters as the site names them, at most a short quoted query), and sign-ups per
target address are limited too."""

import re
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from alerts.models import Subscription
from alerts.queries import MAIL_QUERY_MAX_CHARS
from core.baseurl import site_root_url
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


PLANTED = (
    "Uw account wordt vandaag geblokkeerd. Herstel het via https://evil.example/login?id=1 "
    "of bel 0900-1234 voor hulp"
)


def sign_up(client, email, querystring):
    return client.post(
        "/zoekopdracht-volgen/", {"email": email, "frequentie": "dagelijks", "zoekopdracht": querystring}
    )


def test_confirmation_mail_carries_no_planted_text(client):
    theme = Theme.objects.order_by("pk").first()
    querystring = urlencode([("q", PLANTED), ("thema", theme.slug), ("thema", "https://evil.example/x")])
    sign_up(client, "slachtoffer@gemeente.example", querystring)
    (message,) = mail.outbox
    body = message.body
    assert "evil" not in body and "0900" not in body and "?id=" not in body
    quote = re.search(r"Zoekwoorden: ‘([^’]*)’", body).group(1)
    assert len(quote) <= MAIL_QUERY_MAX_CHARS + 2
    assert re.fullmatch(r"[\w …]+", quote), quote
    assert f"Thema: {theme.name}" in body
    # Every link in the mail is the site's own.
    links = re.findall(r"https?://\S+", body)
    assert links and all(url.startswith(site_root_url() + "/") for url in links), links
    assert Subscription.objects.filter(email="slachtoffer@gemeente.example").count() == 1


def test_sign_ups_per_target_address_are_limited(settings):
    settings.ALERTS_SIGNUP_MAX_PER_ADDRESS_PER_HOUR = 2
    themes = list(Theme.objects.order_by("pk")[:3])
    responses = []
    for number, theme in enumerate(themes):
        # A new client address each time: the per-client limit alone would let all through.
        client = Client(REMOTE_ADDR=f"203.0.113.{number + 1}")
        responses.append(sign_up(client, "Doelwit@Gemeente.example", f"thema={theme.slug}"))
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert (
        "Naar dit e-mailadres zijn het afgelopen uur al 2 aanmeldingen gestuurd"
        in responses[2].content.decode()
    )
    assert len(mail.outbox) == 2
    assert Subscription.objects.filter(email="doelwit@gemeente.example").count() == 2
