"""What an alert mails: the offerings that the finder returns for the followed search and
that were published (new or changed) since the last check, minus what was mailed before.

Matching is the finder's own: run_finder with the stored FinderQuery, page by page, so
OR within a facet, AND across facets, the Dutch text matching and the hiding of ended
trainings are exactly those of /aanbod/. Only "changed since" is added here.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.models import Frequency, SentItem, Subscription, expire_unconfirmed
from alerts.queries import describe, parse
from catalogue.models import CatalogueIndexPage
from core.baseurl import absolute_url, page_url
from offerings.models import OfferingPage
from search.finder import run_finder

CHUNK = 500
logger = logging.getLogger(__name__)


def link(name, subscription):
    return absolute_url(reverse(name, args=[subscription.key]))


def finder_url(subscription):
    catalogue = CatalogueIndexPage.objects.live().first()
    url = page_url(catalogue) if catalogue is not None else absolute_url("/aanbod/")
    return f"{url}?{subscription.query}" if subscription.query else url


def all_matches(query):
    """Every offering the finder returns for `query`, in its order (pages of CHUNK)."""
    result = run_finder(query, offset=0, limit=CHUNK)
    items = list(result.items)
    for offset in range(CHUNK, result.total, CHUNK):
        items.extend(run_finder(query, offset=offset, limit=CHUNK).items)
    return items


def changes_to_send(subscription, until):
    """Offerings matching the followed search, published after checked_until and up to
    `until`, whose current version was not mailed to this subscription before."""
    changed = set(
        OfferingPage.objects.filter(
            last_published_at__gt=subscription.checked_until, last_published_at__lte=until
        ).values_list("pk", flat=True)
    )
    if not changed:
        return []  # nothing was published: no need to ask the finder
    items = [item for item in all_matches(parse(subscription.query)) if item.pk in changed]
    sent = set(
        SentItem.objects.filter(
            subscription=subscription, page_id__in=[item.pk for item in items]
        ).values_list("page_id", "version")
    )
    items = [item for item in items if (item.pk, item.last_published_at) not in sent]
    items.sort(key=lambda item: (-item.last_published_at.timestamp(), item.title))
    return items


def build_message(subscription, items):
    unsubscribe = link("alerts_unsubscribe", subscription)
    context = {
        "items": [{"page": item, "url": page_url(item)} for item in items],
        "criteria": describe(parse(subscription.query), for_mail=True),
        "since": subscription.checked_until,
        "finder_url": finder_url(subscription),
        "manage_url": link("alerts_manage", subscription),
        "unsubscribe_url": unsubscribe,
        "frequency": Frequency(subscription.frequency).label.lower(),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = _("%(n)s nieuw of gewijzigd aanbod voor uw zoekopdracht") % {"n": len(items)}
    return EmailMessage(
        subject=subject,
        body=render_to_string("alerts/alert_email.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            # RFC 8058 one-click unsubscribe (a POST to this URL deletes the subscription).
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def send_alert(subscription, now=None):
    """Mail one subscription's changes up to `now` (if any) and move its window on.
    Returns the number of offerings mailed. Safe to run twice: what was mailed is recorded
    in the same transaction as the sending, and never mailed again."""
    now = now or timezone.now()
    items = changes_to_send(subscription, now)  # outside the transaction: the finder's index
    with transaction.atomic():
        locked = Subscription.objects.select_for_update().filter(pk=subscription.pk).first()
        if locked is None or locked.checked_until != subscription.checked_until:
            return 0  # unsubscribed meanwhile, or another run handled this window
        already = set(locked.sent_items.values_list("page_id", "version"))
        items = [item for item in items if (item.pk, item.last_published_at) not in already]
        if items:
            SentItem.objects.bulk_create(
                SentItem(subscription=locked, page_id=item.pk, version=item.last_published_at)
                for item in items
            )
            build_message(locked, items).send()
            locked.last_sent_at = now
        locked.checked_until = now
        locked.save(update_fields=["checked_until", "last_sent_at"])
    return len(items)


def send_due_alerts(now=None, stdout=None):
    """The cron entry point: expire stale sign-ups, then mail every due subscription."""

    now = now or timezone.now()
    expired = expire_unconfirmed(now)
    mailed = offerings = 0
    for subscription in Subscription.objects.filter(confirmed_at__isnull=False).order_by("pk").iterator():
        if not subscription.is_due(now):
            continue
        try:
            count = send_alert(subscription, now)
        except Exception:  # a mail server error for one address must not stop the others
            logger.exception("Alert %s not sent; it is retried on the next run", subscription.pk)
            continue
        mailed += bool(count)
        offerings += count
    return {"expired": expired, "mailed": mailed, "offerings": offerings}
