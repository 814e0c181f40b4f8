"""Offerings past their review date, pushed to who must act: first the owner, then the
partner's eindredactie, then Coördinatie (settings.REVIEW_OVERDUE_ESCALATION_DAYS: days past
the due date at which each level is mailed). Each level is mailed once per offering and due
date (OverdueReminder), so a daily cron run never repeats a mail and a later check (a new
due date) starts over with the owner."""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.baseurl import admin_url
from core.roles import COORDINATION_GROUP, editors_group_name, final_editors_group_name, member_emails
from offerings.models import OfferingPage
from review.intervals import interval_months, next_review_due
from review.models import OverdueLevel, OverdueReminder
from review.reports import stale_offerings


def due_date(offering, months, today):
    """The local date the offering was due (never reviewed: when first published, else today)."""
    due = next_review_due(offering.last_reviewed_at, offering.kind, months) or offering.first_published_at
    return timezone.localtime(due).date() if due else today


def overdue_offerings(user=None, today=None):
    """[(offering, due date)] of live offerings past their review date, oldest due first."""
    today = today or timezone.localdate()
    months = interval_months()
    found = [(o, due_date(o, months, today)) for o in stale_offerings(user)]
    return sorted(found, key=lambda pair: (pair[1], pair[0].title))


def recipients_for(offering, level):
    abbreviation = offering.partner.abbreviation if offering.partner else None
    if level == OverdueLevel.OWNER:
        owner = offering.content_owner
        if owner is not None and owner.is_active and owner.email:
            return [owner.email]
        return member_emails([editors_group_name(abbreviation)]) if abbreviation else []
    if level == OverdueLevel.FINAL_EDITORS:
        return member_emails([final_editors_group_name(abbreviation)]) if abbreviation else []
    return member_emails([COORDINATION_GROUP])


def due_overdue_reminders(today):
    """{(level, recipients): [(offering, due)]} of what is due today and not yet sent."""
    thresholds = settings.REVIEW_OVERDUE_ESCALATION_DAYS
    pending = overdue_offerings(today=today)
    sent = set(
        OverdueReminder.objects.filter(offering_id__in=[o.pk for o, _due in pending]).values_list(
            "offering_id", "level", "due"
        )
    )
    batches = defaultdict(list)
    for offering, due in pending:
        days_over = (today - due).days
        for level in OverdueLevel:
            if days_over < thresholds[level.value] or (offering.pk, level.value, due) in sent:
                continue
            recipients = tuple(recipients_for(offering, level))
            if recipients:
                batches[(level.value, recipients)].append((offering, due))
    return batches


def send_overdue_reminders(today, dry_run=False):
    """Send one mail per level and recipient list; returns [(level, recipients, count)]."""
    report = []
    for (level, recipients), entries in sorted(due_overdue_reminders(today).items()):
        report.append((level, recipients, len(entries)))
        if dry_run:
            continue
        with transaction.atomic():
            fresh = []
            for offering, due in entries:
                try:
                    with transaction.atomic():
                        OverdueReminder.objects.create(
                            offering=offering,
                            level=level,
                            due=due,
                            day=today,
                            recipients=", ".join(recipients),
                        )
                    fresh.append((offering, due))
                except IntegrityError:
                    continue  # a concurrent run sent it
            if fresh:
                send_mail(
                    subject(level, fresh), body(level, fresh), settings.DEFAULT_FROM_EMAIL, list(recipients)
                )
    return report


def subject(level, entries):
    if level == OverdueLevel.OWNER:
        return _("%(n)s aanbod van u is over de controledatum") % {"n": len(entries)}
    return _("%(n)s aanbod is over de controledatum en nog niet gecontroleerd") % {"n": len(entries)}


def body(level, entries):
    intro = {
        OverdueLevel.OWNER: _(
            "U bent eigenaar van dit aanbod. Het had gecontroleerd moeten zijn vóór de genoemde datum:"
        ),
        OverdueLevel.FINAL_EDITORS: _(
            "De eigenaar heeft dit aanbod van uw organisatie na een herinnering nog niet gecontroleerd:"
        ),
        OverdueLevel.COORDINATION: _(
            "Dit aanbod is ook na herinneringen aan eigenaar en eindredactie niet gecontroleerd:"
        ),
    }[level]
    lines = [intro, ""]
    for offering, due in entries:
        partner = offering.partner.abbreviation if offering.partner else "-"
        lines.append(f"- {offering.title} ({partner}, {_('te controleren vóór')} {due:%d-%m-%Y})")
        lines.append(f"  {admin_url(reverse('wagtailadmin_pages:edit', args=[offering.pk]))}")
    lines += ["", _("Dit is een automatisch bericht van Maatschappelijke stabiliteit.")]
    return "\n".join(lines)


def review_due_message(page, today=None):
    """(Dutch text, overdue?) for the page editor of a live offering, else None."""
    if not isinstance(page, OfferingPage) or not page.live:
        return None
    today = today or timezone.localdate()
    due = due_date(page, interval_months(), today)
    label = date_format(due, "j F Y")
    if page.last_reviewed_at is None:
        return _("Dit aanbod is nog nooit gecontroleerd; controleer het zo snel mogelijk."), True
    if due < today:
        return _("Dit aanbod had vóór %(date)s gecontroleerd moeten zijn.") % {"date": label}, True
    return _("Dit aanbod moet vóór %(date)s opnieuw gecontroleerd worden.") % {"date": label}, False
