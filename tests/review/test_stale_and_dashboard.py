import calendar

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from offerings.models import OfferingPage
from review.models import ReviewInterval
from review.reports import stale_offerings
from tests.review.conftest import assert_refused

REPORT_URL = "/admin/rapporten/verouderd-aanbod/"


def stale_titles(now=None):
    """Oracle, per offering in Python: reviewed before the same day `months` calendar months
    ago (the last day of that month if it is shorter), or never."""
    now = now or timezone.now()
    pks = []
    months = dict(ReviewInterval.objects.values_list("kind", "months"))
    for page in OfferingPage.objects.live():
        years, month = divmod(now.month - 1 - months[page.kind], 12)
        year, month = now.year + years, month + 1
        cutoff = now.replace(year=year, month=month, day=min(now.day, calendar.monthrange(year, month)[1]))
        if page.last_reviewed_at is None or page.last_reviewed_at < cutoff:
            pks.append(page.pk)
    return OfferingPage.objects.filter(pk__in=pks).order_by("pk")


@pytest.mark.django_db
def test_coordinator_report_lists_every_stale_offering(login):
    expected = stale_titles()
    assert expected.count() >= 10
    assert set(stale_offerings().values_list("pk", flat=True)) == set(expected.values_list("pk", flat=True))
    body = login("coordinator").get(REPORT_URL).content.decode()
    for page in expected[:10]:
        assert page.title in body.replace("&#x27;", "'")


@pytest.mark.django_db
def test_partner_report_lists_only_own_offerings(login):
    stale = stale_titles()
    abbreviation = (
        stale.values_list("partner__abbreviation", flat=True).order_by("partner__abbreviation").first()
    )
    own = stale.filter(partner__abbreviation=abbreviation)
    other = stale.exclude(partner__abbreviation=abbreviation)
    assert own.exists() and other.exists()
    body = login(f"{abbreviation.lower()}-redacteur").get(REPORT_URL).content.decode().replace("&#x27;", "'")
    for page in own:
        assert page.title in body
    for page in other:
        assert page.title not in body


@pytest.mark.django_db
def test_stale_period_is_configurable(login):
    ReviewInterval.objects.update(months=120)
    body = login("coordinator").get(REPORT_URL).content.decode()
    assert "Er is geen verouderd aanbod" in body


@pytest.mark.django_db
def test_report_refused_without_role(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("los")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert_refused(client.get(REPORT_URL))


@pytest.mark.django_db
def test_confirming_removes_offering_from_report(login):
    stale = stale_titles().filter(review_items__status="open").order_by("pk").first()
    item = stale.review_items.get(status="open")
    login(f"{item.partner.abbreviation.lower()}-redacteur").post(
        f"/admin/review/reviewitem/confirm/{item.pk}/", {"note": ""}
    )
    assert not stale_offerings().filter(pk=stale.pk).exists()


@pytest.mark.django_db
def test_public_page_shows_last_reviewed_date(client, open_item):
    item = open_item("VNG")
    page = OfferingPage.objects.get(pk=item.offering_id)
    body = client.get(page.url).content.decode()
    assert "Laatst gecontroleerd op" in body


@pytest.mark.django_db
def test_dashboard_shows_own_progress(login, demo_round):
    body = login("vng-redacteur").get("/admin/").content.decode()
    assert "Controleronde: voortgang" in body and demo_round.name in body
    assert ">VNG</abbr>" in body and ">BZK</abbr>" not in body
    coordinator = login("coordinator").get("/admin/").content.decode()
    assert ">VNG</abbr>" in coordinator and ">BZK</abbr>" in coordinator and "<tfoot>" in coordinator


@pytest.mark.django_db
def test_permissions_granted_by_group_name():
    assert Group.objects.get(name="VNG redacteuren").permissions.filter(codename="change_reviewitem").exists()
    coordination = Group.objects.get(name="Coördinatie").permissions
    assert coordination.filter(codename="add_reviewround").exists()
    assert coordination.filter(codename="change_missingofferreport").exists()
    new = Group.objects.create(name="NIEUW eindredactie")
    assert set(new.permissions.values_list("codename", flat=True)) == {
        "view_reviewround",
        "view_reviewitem",
        "change_reviewitem",
    }
    assert not Group.objects.create(name="Bezoekers").permissions.exists()
