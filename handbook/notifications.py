"""Tell the handbook's editors when a publication analysed in a chapter goes off the site.

The public chapter then leaves the analysis out without a word (handbook/references.py), so
the editors get an e-mail at once, and the dashboard lists the chapter until it is fixed.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.signals import page_unpublished

from core.baseurl import admin_url
from handbook.discussion import chapters_analysing
from handbook.provisioning import HANDBOOK_GROUPS
from offerings.models import PublicationPage


def handbook_editor_emails():
    users = (
        get_user_model().objects.filter(is_active=True, groups__name__in=HANDBOOK_GROUPS).exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def notify_publication_gone(title, chapters, reason):
    recipients = handbook_editor_emails()
    if not chapters or not recipients:
        return 0
    lines = [
        f"- {chapter.title}: {admin_url(reverse('wagtailadmin_pages:edit', args=[chapter.pk]))}"
        for chapter in chapters
    ]
    body = _(
        "De publicatie '%(title)s' is %(reason)s. Het handboek bespreekt haar in:\n\n%(chapters)s\n\n"
        "Op de openbare site valt die analyse nu weg. Kies in het hoofdstuk een andere publicatie, "
        "haal het blok weg, of vraag de partner de publicatie weer te publiceren.\n\n"
        "Overzicht van alle kapotte verwijzingen: %(report)s\n"
    ) % {
        "title": title,
        "reason": reason,
        "chapters": "\n".join(lines),
        "report": admin_url(reverse("handbook_broken_references")),
    }
    subject = _("Handboek: '%(title)s' staat niet meer op de site") % {"title": title}
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def _is_publication(page):

    return isinstance(page, PublicationPage) or isinstance(
        getattr(page, "specific_deferred", None), PublicationPage
    )


@receiver(page_unpublished)
def publication_unpublished(sender, instance, **kwargs):
    # Also sent by Wagtail when a live page is deleted, before its reference index goes.
    if not _is_publication(instance):
        return
    chapters = chapters_analysing(instance)
    title = instance.title
    transaction.on_commit(lambda: notify_publication_gone(title, chapters, _("niet meer gepubliceerd")))
