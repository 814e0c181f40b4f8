"""Which reminder e-mails are due today, per open round and partner.

Before the deadline a reminder goes out once per milestone in
settings.REVIEW_REMINDER_DAYS_BEFORE (e.g. 14 and 3 days before); once overdue, one on
the first day after the deadline and then every REVIEW_OVERDUE_REMINDER_EVERY_DAYS days.
Each sent reminder is stored under its key (ReminderLog), so a second run on the same day
(or a missed cron day followed by a catch-up run) never sends the same one twice.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from core.baseurl import admin_url
from core.roles import editors_group_name, final_editors_group_name, member_emails
from partners.models import PartnerPage
from review.models import PENDING_STATUSES, ReminderLog, ReviewRound, RoundStatus


@dataclass
class Reminder:
    review_round: ReviewRound
    partner: PartnerPage
    key: str
    days_left: int
    open_items: list
    recipients: list

    @property
    def overdue(self):
        return self.days_left < 0

    def subject(self):
        if self.overdue:
            return _("Controleronde '%(round)s': de uiterste datum is verstreken") % {
                "round": self.review_round.name
            }
        return _("Controleronde '%(round)s': nog %(days)s dag(en)") % {
            "round": self.review_round.name,
            "days": self.days_left,
        }

    def body(self):
        return render_to_string(
            "review/reminder_email.txt",
            {
                "reminder": self,
                "items_url": admin_url(reverse("review_reviewitem_modeladmin_index"))
                + f"?review_round__id__exact={self.review_round.pk}",
            },
        )


def reminder_key(days_left):
    """The reminder due at days_left, or None when none is due."""
    if days_left < 0:
        every = max(1, settings.REVIEW_OVERDUE_REMINDER_EVERY_DAYS)
        return f"verlopen-{(-days_left - 1) // every}"
    milestones = [d for d in settings.REVIEW_REMINDER_DAYS_BEFORE if days_left <= d]
    return f"voor-{min(milestones)}" if milestones else None


def partner_recipients(partner):
    abbreviation = partner.abbreviation
    return member_emails([editors_group_name(abbreviation), final_editors_group_name(abbreviation)])


def due_reminders(today):
    reminders = []
    for review_round in ReviewRound.objects.filter(status=RoundStatus.OPEN).order_by("deadline", "pk"):
        days_left = (review_round.deadline - today).days
        key = reminder_key(days_left)
        if key is None:
            continue
        already = set(
            ReminderLog.objects.filter(review_round=review_round, key=key).values_list(
                "partner_id", flat=True
            )
        )
        pending = (
            review_round.items.filter(status__in=PENDING_STATUSES)
            .order_by()
            .values_list("partner_id", flat=True)
            .distinct()
        )
        partner_ids = [partner_id for partner_id in pending if partner_id not in already]
        for partner in PartnerPage.objects.filter(pk__in=partner_ids).order_by("abbreviation"):
            items = list(
                review_round.items.filter(partner=partner, status__in=PENDING_STATUSES).order_by(
                    "offering_title"
                )
            )
            reminders.append(
                Reminder(review_round, partner, key, days_left, items, partner_recipients(partner))
            )
    return reminders


def send_reminder(reminder, today):
    """Send and record one reminder; False if it was sent meanwhile (or has no recipients)."""
    if not reminder.recipients:
        return False
    try:
        with transaction.atomic():
            ReminderLog.objects.create(
                review_round=reminder.review_round,
                partner=reminder.partner,
                key=reminder.key,
                day=today,
                recipients=", ".join(reminder.recipients),
                open_items=len(reminder.open_items),
            )
            send_mail(reminder.subject(), reminder.body(), settings.DEFAULT_FROM_EMAIL, reminder.recipients)
    except IntegrityError:
        return False  # a concurrent run recorded it first
    return True
