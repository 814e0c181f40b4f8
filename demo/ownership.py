"""Demo: each partner's redacteur owns that partner's offerings (issue 15, point 8).
Idempotent: only offerings without an owner get one."""

from django.contrib.auth import get_user_model
from wagtail.models import Revision

from offerings.models import OfferingPage
from review.intervals import ensure_review_intervals


def load_ownership_demo(loader):
    ensure_review_intervals()
    users = {user.username: user for user in get_user_model().objects.filter(username__endswith="-redacteur")}
    assigned = 0
    for offering in OfferingPage.objects.filter(
        content_owner__isnull=True, partner__isnull=False
    ).select_related("partner"):
        owner = users.get(f"{offering.partner.abbreviation.lower()}-redacteur")
        if owner is None:
            continue
        # The owner is a page field (it goes through moderation like the rest of the form).
        # The demo sets it on the page and in its live and latest revisions, so the editor
        # opens with it and publishing a revision keeps it, without 86 extra revisions.
        assigned += OfferingPage.objects.filter(pk=offering.pk).update(content_owner=owner)
        revision_ids = {offering.latest_revision_id, offering.live_revision_id} - {None}
        for revision in Revision.objects.filter(pk__in=revision_ids):
            revision.content["content_owner"] = owner.pk
            revision.save(update_fields=["content"])
    loader.created += assigned
