import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from review.models import PENDING_STATUSES, ReminderLog, ReviewRound, RoundStatus


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("send_review_reminders", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def partners_with_open_items(review_round):
    return set(
        review_round.items.filter(status__in=PENDING_STATUSES).values_list("partner__abbreviation", flat=True)
    )


@pytest.mark.django_db
def test_no_open_rounds_exits_cleanly():
    ReviewRound.objects.update(status=RoundStatus.CLOSED)
    out, _err = run()
    assert "No reminders due" in out
    assert not mail.outbox and not ReminderLog.objects.exists()


@pytest.mark.django_db
def test_nothing_due_far_from_the_deadline(demo_round):
    out, _err = run("--today", (demo_round.deadline - datetime.timedelta(days=20)).isoformat())
    assert "No reminders due" in out and not mail.outbox


@pytest.mark.django_db
def test_dry_run_prints_and_sends_nothing(demo_round):
    today = demo_round.deadline - datetime.timedelta(days=3)
    out, _err = run("--dry-run", "--today", today.isoformat())
    assert out.count("[dry-run]") == len(partners_with_open_items(demo_round))
    assert "vng-redacteur@example.org" in out and "[voor-3]" in out
    assert not mail.outbox and not ReminderLog.objects.exists()


@pytest.mark.django_db
def test_sends_once_per_partner_and_is_idempotent(demo_round):
    today = demo_round.deadline - datetime.timedelta(days=3)
    run("--today", today.isoformat())
    partners = partners_with_open_items(demo_round)
    assert len(mail.outbox) == len(partners)
    vng = next(m for m in mail.outbox if "vng-redacteur@example.org" in m.to)
    assert sorted(vng.to) == ["vng-eindredacteur@example.org", "vng-redacteur@example.org"]
    open_titles = demo_round.items.filter(partner__abbreviation="VNG", status__in=PENDING_STATUSES)
    for item in open_titles:
        assert item.offering_title in vng.body
    confirmed = demo_round.items.filter(partner__abbreviation="VNG", status="nog-actueel").first()
    assert confirmed.offering_title not in vng.body
    assert ReminderLog.objects.filter(review_round=demo_round, key="voor-3").count() == len(partners)

    mail.outbox.clear()
    out, _err = run("--today", today.isoformat())  # same day again
    assert not mail.outbox and "No reminders due" in out
    run("--today", (today + datetime.timedelta(days=1)).isoformat())  # same milestone
    assert not mail.outbox


@pytest.mark.django_db
def test_overdue_reminders_repeat_weekly(demo_round):
    day_after = demo_round.deadline + datetime.timedelta(days=1)
    run("--today", day_after.isoformat())
    first = len(mail.outbox)
    assert first and "verstreken" in mail.outbox[0].subject
    run("--today", (day_after + datetime.timedelta(days=3)).isoformat())
    assert len(mail.outbox) == first
    run("--today", (day_after + datetime.timedelta(days=7)).isoformat())
    assert len(mail.outbox) == 2 * first


@pytest.mark.django_db
def test_partner_without_open_items_gets_nothing(demo_round):
    demo_round.items.filter(partner__abbreviation="VNG").update(status="nog-actueel")
    run("--today", (demo_round.deadline - datetime.timedelta(days=3)).isoformat())
    assert not any("vng-redacteur@example.org" in m.to for m in mail.outbox)


@pytest.mark.django_db
def test_bad_date_is_a_clear_error():
    with pytest.raises(CommandError, match="--today must be a date"):
        run("--today", "volgende week")


@pytest.mark.django_db
def test_reminder_and_withdraw_recipients_leave_out_inactive_and_email_less_users(django_user_model):
    from partners.models import PartnerPage
    from review.reminders import partner_recipients
    from review.services import final_editor_emails

    vng = PartnerPage.objects.get(abbreviation="VNG")
    django_user_model.objects.filter(username="vng-redacteur").update(is_active=False)
    final_editor = django_user_model.objects.get(username="vng-eindredacteur")
    assert partner_recipients(vng) == ["vng-eindredacteur@example.org"]
    assert final_editor_emails(vng) == ["vng-eindredacteur@example.org"]
    final_editor.email = ""
    final_editor.save()
    assert partner_recipients(vng) == [] and final_editor_emails(vng) == []
