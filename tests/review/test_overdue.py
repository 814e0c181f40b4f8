"""Offerings past their review date pushed to their owners, escalating (issue 28.7)."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from core.roles import COORDINATION_GROUP, final_editors_group_name, member_emails
from offerings.models import OfferingPage
from review.intervals import interval_months, next_review_due
from review.models import OverdueReminder
from tests.review.conftest import assert_refused


@pytest.fixture
def overdue_page(db):
    """A VNG publication whose review date was yesterday (local)."""
    page = (
        OfferingPage.objects.live().filter(partner__abbreviation="VNG", content_owner__isnull=False).first()
    )
    months = interval_months()[page.kind]
    reviewed = timezone.now() - datetime.timedelta(days=months * 31 + 1)
    OfferingPage.objects.filter(pk=page.pk).update(last_reviewed_at=reviewed)
    page.refresh_from_db()
    page.due = timezone.localtime(next_review_due(reviewed, page.kind)).date()
    assert page.due < timezone.localdate()
    return page


def run(day):
    call_command("send_overdue_reminders", "--today", day.isoformat(), verbosity=0)


def levels(page):
    return dict(OverdueReminder.objects.filter(offering=page).values_list("level", "recipients"))


def test_reminders_escalate_owner_then_eindredactie_then_coordination(overdue_page):
    page, due = overdue_page, overdue_page.due
    run(due)
    assert levels(page) == {"eigenaar": page.content_owner.email}
    owner_mail = next(m for m in mail.outbox if m.to == [page.content_owner.email])
    assert page.title in owner_mail.body and due.strftime("%d-%m-%Y") in owner_mail.body
    assert "http://testserver/admin/pages/" in owner_mail.body
    sent = len(mail.outbox)
    run(due)  # the same day again: nothing twice
    assert len(mail.outbox) == sent and OverdueReminder.objects.filter(offering=page).count() == 1

    run(due + datetime.timedelta(days=14))
    final_editors = member_emails([final_editors_group_name("VNG")])
    assert levels(page)["eindredactie"] == ", ".join(final_editors)
    assert "coordinatie" not in levels(page)
    run(due + datetime.timedelta(days=28))
    assert levels(page)["coordinatie"] == ", ".join(member_emails([COORDINATION_GROUP]))
    # Checked now: a new due date, nothing more for this offering.
    OfferingPage.objects.filter(pk=page.pk).update(last_reviewed_at=timezone.now())
    before = OverdueReminder.objects.filter(offering=page).count()
    run(due + datetime.timedelta(days=60))
    assert OverdueReminder.objects.filter(offering=page).count() == before


def test_dashboard_shows_overdue_offerings_with_due_date(login, overdue_page):
    body = login("vng-redacteur").get("/admin/").content.decode()
    assert "Aanbod over de controledatum" in body
    row = body.split(overdue_page.title, 1)[1].split("</tr>", 1)[0]
    from django.utils.formats import date_format

    assert date_format(overdue_page.due, "j F Y") in row
    # Another partner's editors do not see VNG's offering.
    assert overdue_page.title not in login("kis-redacteur").get("/admin/").content.decode()


def test_reminder_log_in_the_admin_for_coordination_only(login, overdue_page):
    run(overdue_page.due)
    body = login("coordinator").get("/admin/review/overduereminder/").content.decode()
    assert overdue_page.title in body
    assert login("coordinator").get("/admin/review/reminderlog/").status_code == 200
    assert_refused(login("vng-redacteur").get("/admin/review/overduereminder/"))


def test_editor_shows_the_review_due_date(login, overdue_page):
    from django.utils.formats import date_format

    body = login("vng-redacteur").get(f"/admin/pages/{overdue_page.pk}/edit/").content.decode()
    assert f"Dit aanbod had vóór {date_format(overdue_page.due, 'j F Y')} gecontroleerd moeten zijn." in body
    OfferingPage.objects.filter(pk=overdue_page.pk).update(last_reviewed_at=timezone.now())
    body = login("vng-redacteur").get(f"/admin/pages/{overdue_page.pk}/edit/").content.decode()
    assert "Dit aanbod moet vóór" in body and "opnieuw gecontroleerd worden." in body
