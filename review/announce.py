"""The opening mail of a round: each partner's editors get the note, the deadline and their
number of items. Recorded in ReminderLog under the key 'geopend', so it is sent once per
partner and shows in the reminder log with the others."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.baseurl import admin_url
from partners.models import PartnerPage
from review.models import ReminderLog
from review.reminders import partner_recipients

OPENED_KEY = "geopend"


def announce_round(review_round):
    """Mail every partner in the round; returns {partner abbreviation: recipients}."""
    counts = dict(
        review_round.items.order_by()
        .values_list("partner_id")
        .annotate(n=Count("pk"))
        .values_list("partner_id", "n")
    )
    sent = {}
    items_url = admin_url(
        reverse("review_reviewitem_modeladmin_index") + f"?review_round__id__exact={review_round.pk}"
    )
    for partner in PartnerPage.objects.filter(pk__in=counts).order_by("abbreviation"):
        recipients = partner_recipients(partner)
        if not recipients:
            continue
        body = render_to_string(
            "review/opening_email.txt",
            {"round": review_round, "partner": partner, "count": counts[partner.pk], "items_url": items_url},
        )
        subject = _("Controleronde '%(round)s' is geopend: %(n)s items voor %(partner)s") % {
            "round": review_round.name,
            "n": counts[partner.pk],
            "partner": partner.abbreviation,
        }
        try:
            with transaction.atomic():
                ReminderLog.objects.create(
                    review_round=review_round,
                    partner=partner,
                    key=OPENED_KEY,
                    day=timezone.localdate(),
                    recipients=", ".join(recipients),
                    open_items=counts[partner.pk],
                )
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        except IntegrityError:
            continue  # announced already
        sent[partner.abbreviation] = recipients
    return sent
