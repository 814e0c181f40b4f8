"""Everything that changes a review round or item goes through here.

Views, signals and the demo call these functions; each checks the round's state and the
user's partner before changing anything and records the step in ReviewAction, so the
same rules hold wherever an action starts.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.baseurl import admin_url
from core.roles import final_editors_group_name, is_final_editor, member_emails
from offerings.models import OfferingPage
from partners.membership import is_partner_member
from review.announce import announce_round
from review.history import log_checked
from review.models import (
    PENDING_STATUSES,
    ActionKind,
    ItemStatus,
    ReviewAction,
    ReviewItem,
    ReviewRound,
    RoundStatus,
)

MAX_NOTE_LENGTH = 2000


class ReviewError(Exception):
    """An action that is refused for a reason the user should read (in Dutch)."""


# Rounds ---------------------------------------------------------------------------------
def offerings_in_scope(partners=None):
    """Live offerings of the given partners (None: all partners)."""
    queryset = OfferingPage.objects.live().filter(partner__isnull=False)
    if partners is not None:
        queryset = queryset.filter(partner__in=partners)
    return queryset.order_by("partner_id", "title")


def overlapping_round(partners=None, exclude=None):
    """An open round that already covers one of these partners (None: all partners), else None.

    The rule: one open round per partner at a time, so an offering is never in two open
    rounds (no double items, no double reminders). Rounds for different partners may run
    side by side.
    """
    rounds = ReviewRound.objects.select_for_update().filter(status=RoundStatus.OPEN).order_by("pk")
    if exclude is not None:
        rounds = rounds.exclude(pk=exclude.pk)
    for candidate in rounds:
        if partners is None or candidate.all_partners:
            return candidate
        if candidate.partners.filter(pk__in=[p.pk for p in partners]).exists():
            return candidate
    return None


def overlap_message(other):
    return _(
        "Controleronde '%(round)s' is nog open voor (een deel van) deze partners. Er kan per partner "
        "één ronde tegelijk open zijn: sluit die ronde eerst, of kies andere partners."
    ) % {"round": other.name}


@transaction.atomic
def open_round(*, name, deadline, note="", partners=None, user=None, announce=True, grace_days=30):
    """Create a round and one open item per live offering in scope, and (after commit) mail
    each partner's editors the note, the deadline and their number of items."""
    other = overlapping_round(partners)
    if other is not None:
        raise ReviewError(overlap_message(other))
    offerings = list(offerings_in_scope(partners).values_list("pk", "title", "partner_id"))
    if not offerings:
        raise ReviewError(
            _("Er is geen gepubliceerd aanbod bij de gekozen partners; de ronde is niet geopend.")
        )
    review_round = ReviewRound.objects.create(
        name=name,
        deadline=deadline,
        note=note,
        grace_days=grace_days,
        all_partners=partners is None,
        opened_by=user,
    )
    if partners is not None:
        review_round.partners.set(partners)
    ReviewItem.objects.bulk_create(
        ReviewItem(review_round=review_round, offering_id=pk, offering_title=title, partner_id=partner_id)
        for pk, title, partner_id in offerings
    )
    if announce:
        transaction.on_commit(lambda: announce_round(review_round))
    return review_round


def _locked_round(review_round):
    return ReviewRound.objects.select_for_update().get(pk=review_round.pk)


@transaction.atomic
def close_round(review_round, user):
    """Close the round: items still pending become 'niet bevestigd' (recorded per item), and
    from `grace_days` after closing the public page says so (review/unconfirmed.py)."""
    locked = _locked_round(review_round)
    if locked.status == RoundStatus.CLOSED:
        raise ReviewError(_("Deze ronde is al gesloten."))
    now = timezone.now()
    locked.status = RoundStatus.CLOSED
    locked.closed_at = now
    locked.closed_by = user
    locked.unconfirmed_public_at = now + datetime.timedelta(days=locked.grace_days)
    locked.save(update_fields=["status", "closed_at", "closed_by", "unconfirmed_public_at"])
    pending = list(locked.items.select_for_update().filter(status__in=PENDING_STATUSES))
    note = _("Niet bevestigd vóór het sluiten van de ronde.")
    for item in pending:
        previous = item.get_status_display()
        item.status = ItemStatus.NOT_CONFIRMED
        item.note = f"{note} ({_('was')}: {previous.lower()})"
    ReviewItem.objects.bulk_update(pending, ["status", "note"])
    ReviewAction.objects.bulk_create(
        ReviewAction(item=item, kind=ActionKind.NOT_CONFIRMED, user=user, at=now, note=item.note)
        for item in pending
    )
    return locked


@transaction.atomic
def reopen_round(review_round, user):
    """Reopen: the items closed as 'niet bevestigd' are open again."""
    locked = _locked_round(review_round)
    if locked.status == RoundStatus.OPEN:
        raise ReviewError(_("Deze ronde is al open."))
    other = overlapping_round(None if locked.all_partners else list(locked.partners.all()), exclude=locked)
    if other is not None:
        raise ReviewError(overlap_message(other))
    locked.status = RoundStatus.OPEN
    locked.closed_at = None
    locked.closed_by = None
    locked.unconfirmed_public_at = None
    locked.save(update_fields=["status", "closed_at", "closed_by", "unconfirmed_public_at"])
    unconfirmed = list(locked.items.select_for_update().filter(status=ItemStatus.NOT_CONFIRMED))
    now = timezone.now()
    for item in unconfirmed:
        item.status = ItemStatus.OPEN
        item.note = ""
    ReviewItem.objects.bulk_update(unconfirmed, ["status", "note"])
    ReviewAction.objects.bulk_create(
        ReviewAction(item=item, kind=ActionKind.REOPENED, user=user, at=now) for item in unconfirmed
    )
    return locked


# Items ----------------------------------------------------------------------------------
def _locked_item(item):
    return ReviewItem.objects.select_for_update().select_related("review_round", "partner").get(pk=item.pk)


def _check(item, user, allowed_statuses):
    if not (user.is_superuser or is_partner_member(user, item.partner_id)):
        raise PermissionDenied
    if item.review_round.status != RoundStatus.OPEN:
        raise ReviewError(
            _("De ronde '%(round)s' is gesloten; er kan niets meer aan worden gewijzigd.")
            % {"round": item.review_round.name}
        )
    if item.status not in allowed_statuses:
        raise ReviewError(
            _("Dit kan niet meer: het item heeft de status '%(status)s'.")
            % {"status": item.get_status_display()}
        )
    if item.offering is None:
        raise ReviewError(_("Het aanbod bij dit item bestaat niet meer."))


def _clean_note(note):
    note = (note or "").strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ReviewError(_("De notitie is te lang (maximaal %(n)s tekens).") % {"n": MAX_NOTE_LENGTH})
    return note


def _record(item, kind, status, user, note, at=None):
    at = at or timezone.now()
    item.status = status
    item.acted_at = at
    item.acted_by = user
    item.note = note
    item.save(update_fields=["status", "acted_at", "acted_by", "note"])
    ReviewAction.objects.create(item=item, kind=kind, user=user, at=at, note=note)


def mark_reviewed(offering_id, at, user=None):
    """The offering counts as checked at `at` (review/history.py): a queryset update, as
    confirming does not create a new page revision, and a line in the page's history."""
    OfferingPage.objects.filter(pk=offering_id).update(last_reviewed_at=at)
    log_checked(offering_id, user)


@transaction.atomic
def confirm(item, user, note=""):
    """'Nog actueel': the offering is still right as it is."""
    note = _clean_note(note)
    item = _locked_item(item)
    _check(item, user, (ItemStatus.OPEN, ItemStatus.UPDATING))
    now = timezone.now()
    _record(item, ActionKind.CONFIRMED, ItemStatus.CONFIRMED, user, note, at=now)
    mark_reviewed(item.offering_id, now, user)
    return item


@transaction.atomic
def start_update(item, user, note=""):
    """'Aanpassen': returns the page editor's URL; the item completes on publication."""
    note = _clean_note(note)
    item = _locked_item(item)
    _check(item, user, (ItemStatus.OPEN, ItemStatus.UPDATING))
    _record(item, ActionKind.UPDATE_STARTED, ItemStatus.UPDATING, user, note)
    return reverse("wagtailadmin_pages:edit", args=[item.offering_id])


def complete_updates_for_page(page, revision=None):
    """Called when a page is published: items being updated for it are done."""
    user = getattr(revision, "user", None)
    items = ReviewItem.objects.filter(
        offering_id=page.pk, status=ItemStatus.UPDATING, review_round__status=RoundStatus.OPEN
    )
    now = timezone.now()
    done = 0
    for item in items.select_for_update():
        _record(
            item,
            ActionKind.UPDATE_PUBLISHED,
            ItemStatus.UPDATED,
            user,
            _("Gewijzigde versie gepubliceerd."),
            now,
        )
        done += 1
    if done:
        mark_reviewed(page.pk, now, user)
    return done


def rounds_covering(partner_id):
    """Open rounds whose scope includes this partner."""

    return (
        ReviewRound.objects.filter(status=RoundStatus.OPEN)
        .filter(Q(all_partners=True) | Q(partners__pk=partner_id))
        .distinct()
    )


def record_approval(page, user):
    """The rule: approving an offering in the editorial workflow is a check.

    Two people (the partner's eindredactie, and Coördinatie for new offerings) looked at the
    whole offering and approved it, so it counts as reviewed now. While a round is open for
    the partner, the round agrees: a pending item (open, wordt aangepast) becomes
    "aangepast"; an offering the round does not know yet (new since the round opened) gets
    an item, "nog actueel". A withdrawal request stays for the eindredactie to decide.
    """
    page = OfferingPage.objects.filter(pk=page.pk, live=True).first()
    if page is None or page.partner_id is None:
        return None
    now = timezone.now()
    note = _("Goedgekeurd in de redactiewerkstroom.")
    for review_round in rounds_covering(page.partner_id):
        item = ReviewItem.objects.select_for_update().filter(review_round=review_round, offering=page).first()
        if item is None:
            item = ReviewItem.objects.create(
                review_round=review_round,
                offering=page,
                offering_title=page.title,
                partner_id=page.partner_id,
            )
            _record(item, ActionKind.APPROVED, ItemStatus.CONFIRMED, user, note, now)
        elif item.status in (ItemStatus.OPEN, ItemStatus.UPDATING):
            _record(item, ActionKind.APPROVED, ItemStatus.UPDATED, user, note, now)
    mark_reviewed(page.pk, now, user)
    return now


def can_unpublish_directly(user, item):
    """The partner's eindredactie (publish permission on the page) withdraws without a request."""
    offering = item.offering
    return offering is not None and offering.permissions_for_user(user).can_unpublish()


@transaction.atomic
def withdraw(item, user, note=""):
    """'Intrekken': eindredactie unpublishes at once; a redacteur asks eindredactie to confirm."""
    note = _clean_note(note)
    item = _locked_item(item)
    _check(item, user, (ItemStatus.OPEN, ItemStatus.UPDATING))
    if can_unpublish_directly(user, item):
        _unpublish(item, user, note)
        return item
    _record(item, ActionKind.WITHDRAW_REQUESTED, ItemStatus.WITHDRAW_REQUESTED, user, note)
    transaction.on_commit(lambda: notify_final_editors(item, user, note))
    return item


@transaction.atomic
def confirm_withdrawal(item, user, note=""):
    note = _clean_note(note)
    item = _locked_item(item)
    _check(item, user, (ItemStatus.WITHDRAW_REQUESTED,))
    if not (is_final_editor(user, item.partner) or user.is_superuser) or not can_unpublish_directly(
        user, item
    ):
        raise PermissionDenied
    _unpublish(item, user, note)
    return item


@transaction.atomic
def reject_withdrawal(item, user, note=""):
    note = _clean_note(note)
    item = _locked_item(item)
    _check(item, user, (ItemStatus.WITHDRAW_REQUESTED,))
    if not (is_final_editor(user, item.partner) or user.is_superuser):
        raise PermissionDenied
    _record(item, ActionKind.WITHDRAW_REJECTED, ItemStatus.OPEN, user, note)
    return item


def _unpublish(item, user, note):
    # Record first: the page_unpublished signal then finds nothing pending to handle.
    _record(item, ActionKind.WITHDRAWN, ItemStatus.WITHDRAWN, user, note)
    page = item.offering.specific
    if page.live:
        page.unpublish(user=user)


def withdraw_after_unpublish(page):
    """A page unpublished outside the round (page menu) withdraws its pending items."""
    items = ReviewItem.objects.filter(
        offering_id=page.pk, status__in=PENDING_STATUSES, review_round__status=RoundStatus.OPEN
    )
    for item in items.select_for_update():
        _record(
            item,
            ActionKind.WITHDRAWN,
            ItemStatus.WITHDRAWN,
            None,
            _("Gedepubliceerd via het paginabeheer, buiten de controleronde om."),
        )


def final_editor_emails(partner):
    return member_emails([final_editors_group_name(partner.abbreviation)])


def notify_final_editors(item, user, note):
    recipients = final_editor_emails(item.partner)
    if not recipients:
        return 0
    url = admin_url(reverse("review_reviewitem_modeladmin_withdraw_confirm", args=[item.pk]))
    body = _(
        "%(user)s vraagt om '%(title)s' in te trekken (controleronde '%(round)s').\n\n"
        "Notitie: %(note)s\n\nBevestig of wijs het verzoek af: %(url)s\n"
    ) % {
        "user": user.get_full_name() or user.get_username(),
        "title": item.offering_title,
        "round": item.review_round.name,
        "note": note or "-",
        "url": url,
    }
    return send_mail(
        _("Verzoek tot intrekken: %(title)s") % {"title": item.offering_title},
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )
