"""The admin speaks the editors' language and carries the platform's name (issue 26, item
9): the login page, the two-factor steps and the dashboard show no English words, no
"Wagtail" and no Wagtail version; the help menu leads to the Dutch editors' guide."""

import html
import re

import pytest
import wagtail
from django.conf import settings

from tests.twofactor.test_two_factor import confirmed_device

pytestmark = pytest.mark.django_db

# English words Wagtail's and Django's own templates would show if a label or block were
# left untranslated (and a few that crept in before: "Password", "Dashboard").
ENGLISH = re.compile(
    r"\b(Sign in|Signing in|Password|Username|Forgotten|Remember me|Welcome|Log out|"
    r"Search|Pages|Editor Guide|What's new|Shortcuts|Submit|Cancel|Code from|"
    r"Verify|Enter|Recovery|Two-factor|Set up|Settings|Reports|Users|Images|Documents)\b"
)


def visible_text(body):
    """Text a person reads: without scripts, styles and tags, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    title = " ".join(re.findall(r"<title>(.*?)</title>", body, re.S))
    labels = " ".join(re.findall(r'(?:aria-label|placeholder|alt|title)="([^"]*)"', body))
    return html.unescape(" ".join([title, labels, re.sub(r"<[^>]+>", " ", body)]))


def assert_dutch_and_ours(body):
    text = visible_text(body)
    assert not ENGLISH.findall(text), ENGLISH.findall(text)
    assert "Wagtail" not in text
    assert wagtail.__version__ not in body and ".".join(wagtail.__version__.split(".")[:2]) + " " not in text
    assert settings.WAGTAIL_SITE_NAME in text


def test_login_page_is_dutch_and_branded(client):
    body = client.get("/admin/login/").content.decode()
    assert_dutch_and_ours(body)
    assert f"<title>Inloggen - {settings.WAGTAIL_SITE_NAME}</title>" in body or "Inloggen" in body
    assert re.search(r'<label[^>]*for="id_username"[^>]*>\s*Gebruikersnaam', body)
    assert re.search(r'<label[^>]*for="id_password"[^>]*>\s*Wachtwoord', body)


def test_two_factor_steps_are_dutch_and_branded(settings, login):
    settings.TWO_FACTOR_REQUIRED = True
    setup = login("coordinator").get("/admin/tweestapsverificatie/instellen/").content.decode()
    assert_dutch_and_ours(setup)
    assert "authenticator-app" in setup.lower() or "authenticator" in setup.lower()
    confirmed_device("vng-redacteur")
    verify = login("vng-redacteur").get("/admin/tweestapsverificatie/code/").content.decode()
    assert_dutch_and_ours(verify)
    assert re.search(r"<label[^>]*>\s*Code", verify)


def test_dashboard_is_dutch_branded_and_links_the_editors_guide(login):
    client = login("vng-redacteur")
    body = client.get("/admin/").content.decode()
    assert_dutch_and_ours(body)
    # The sidebar's menu (JSON props for the sidebar script) holds the guide, not Wagtail's.
    assert "Handleiding voor redacteuren" in body and "/admin/redactie/handleiding/" in body
    assert "guide.wagtail.org" not in body and "docs.wagtail.org" not in body
    guide = client.get("/admin/redactie/handleiding/").content.decode()
    assert "<h2>Van concept tot publicatie: de werkstroom</h2>" in guide
    assert "De controleronde" in guide and "Importeren uit een spreadsheet" in guide
    assert_dutch_and_ours(guide)


def test_wagtail_strings_use_the_editors_words():
    """No served Wagtail string says "reviewers", "workflow" or "validatiefouten" (item 10);
    locale/tools/wording.py writes the overrides from editorial/wording.py."""
    import gettext

    from django.utils import translation

    from editorial.wording import reword
    from tests.editorial.test_form_of_address import wagtail_catalogues

    left = []
    with translation.override("nl"):
        for path in wagtail_catalogues():
            if path.stem != "django":
                continue
            with path.open("rb") as handle:
                keys = gettext.GNUTranslations(handle)._catalog.keys()
            for key in keys:
                if key == "" or isinstance(key, tuple) or "\x04" in key:
                    continue
                text = translation.gettext(key)
                if reword(text) != text:
                    left.append(f"{key!r} -> {text!r}")
    assert left == []
