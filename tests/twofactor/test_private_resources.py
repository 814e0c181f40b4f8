"""Issue 22 B1: where the role requires two-factor login, a session with only the password
counts as not logged in for every private resource, not only the admin: documents in login-
and group-only collections (/documenten/<id>/...) and login- and group-only pages. After the
second step the same session opens them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from offerings.models import OfferingPage

pytestmark = pytest.mark.django_db

SECRET = b"%PDF-1.4 vertrouwelijk verslag van de eindredactie"
USERNAME = "kis-eindredacteur"


@pytest.fixture
def enforced(settings):
    settings.TWO_FACTOR_REQUIRED = True
    return settings


@pytest.fixture
def account():
    return get_user_model().objects.get(username=USERNAME)


@pytest.fixture
def disk(settings, tmp_path):
    """Documents on disk, as in production (Wagtail's serve view reads the file back)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


@pytest.fixture
def private(account, disk):
    """A login-only and a group-only collection with a document each, a login-only page and
    a page only the account's groups may see."""
    root = Collection.get_first_root_node()
    groups = list(account.groups.all())
    assert groups, "the eindredacteur is in the partner's groups"
    login_collection = root.add_child(name="Alleen ingelogd")
    CollectionViewRestriction.objects.create(collection=login_collection, restriction_type="login")
    group_collection = root.add_child(name="Alleen de eindredactie")
    group_restriction = CollectionViewRestriction.objects.create(
        collection=group_collection, restriction_type="groups"
    )
    group_restriction.groups.set(groups)
    documents = [
        get_document_model().objects.create(
            title=f"Vertrouwelijk {n}", file=ContentFile(SECRET, name=f"vertrouwelijk-{n}.pdf"), collection=c
        )
        for n, c in enumerate((login_collection, group_collection))
    ]
    live = list(OfferingPage.objects.live().order_by("pk")[:2])
    PageViewRestriction.objects.create(page=live[0], restriction_type="login")
    page_restriction = PageViewRestriction.objects.create(page=live[1], restriction_type="groups")
    page_restriction.groups.set(groups)
    return {
        "documents": [d.url for d in documents],
        "pages": [p.url for p in live],
        "titles": [p.title for p in live],
    }


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def verify_session(client, account):
    device = TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def test_password_only_session_gets_no_private_document_or_page(enforced, client, account, private):
    client.force_login(account)
    assert private["documents"] and private["pages"]
    for url in private["documents"]:
        response = client.get(url)
        assert SECRET not in body(response), url
        assert response.status_code == 302 and "login" in response["Location"], url
    for url, title in zip(private["pages"], private["titles"], strict=True):
        response = client.get(url)
        assert title.encode() not in body(response), url
        assert response.status_code == 302 and "login" in response["Location"], url


def test_login_page_sends_a_password_only_session_to_the_second_step(enforced, client, account, private):
    client.force_login(account)
    target = private["documents"][0]
    login = client.get(client.get(target)["Location"])
    assert login.status_code == 302
    assert login["Location"].startswith("/admin/tweestapsverificatie/instellen/")
    assert "documenten" in login["Location"]


def test_verified_session_opens_the_private_resources(enforced, client, account, private):
    client.force_login(account)
    verify_session(client, account)
    assert len(private["documents"]) == 2 and len(private["pages"]) == 2
    for url in private["documents"]:
        assert body(client.get(url)) == SECRET, url
    for url, title in zip(private["pages"], private["titles"], strict=True):
        response = client.get(url)
        assert response.status_code == 200 and title.encode() in body(response), url


def test_users_without_the_requirement_keep_their_access(client, account, private):
    # TWO_FACTOR_REQUIRED off (test default): the password is enough, as before.
    client.force_login(account)
    assert body(client.get(private["documents"][1])) == SECRET
    assert Group.objects.filter(user=account, collectionviewrestriction__isnull=False).exists()
