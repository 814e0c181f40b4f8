"""Review state (issue 15, point 5): an approval counts as a check, and "Laatst
gecontroleerd" lives outside page revisions, so an older draft cannot restore an older date."""

import datetime

from django.utils import timezone
from wagtail.models import Page, Revision

from offerings.models import OfferingPage, PublicationPage
from review import services
from review.models import ActionKind, ItemStatus, ReviewAction, ReviewItem, ReviewRound, RoundStatus
from tests.editorial.conftest import add_draft, add_live_with_draft, current_task_state, submit


def fresh(pk):
    return Page.objects.get(pk=pk).specific


def approve_current_step(page, username, django_user_model):
    state = current_task_state(page)
    state.task.specific.on_action(state, django_user_model.objects.get(username=username), "approve")


def reviewed_at(page):
    return OfferingPage.objects.values_list("last_reviewed_at", flat=True).get(pk=page.pk)


# The race ---------------------------------------------------------------------------------
def test_publishing_a_draft_saved_before_nog_actueel_keeps_the_newer_date(open_item, django_user_model):
    """Fails on the old code: the draft's revision held last_reviewed_at and publishing it
    wrote the old value back."""
    item = open_item("VNG")
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = item.offering.specific
    before = reviewed_at(page)
    page.summary = "Demo-inhoud: een concept van vóór de controle."
    draft = page.save_revision(user=editor)

    confirmed = services.confirm(item, editor)
    clicked_at = reviewed_at(page)
    assert clicked_at is not None and clicked_at != before
    assert confirmed.status == ItemStatus.CONFIRMED

    draft.publish(user=django_user_model.objects.get(username="vng-eindredacteur"))
    page = fresh(page.pk)
    assert page.summary == "Demo-inhoud: een concept van vóór de controle."
    assert page.last_reviewed_at == clicked_at


def test_a_publish_that_loaded_the_page_before_the_click_does_not_overwrite_it(open_item, django_user_model):
    """The page object of a publish in progress still holds the old date; its save must not
    write that date back."""
    item = open_item("VNG")
    editor = django_user_model.objects.get(username="vng-redacteur")
    stale = fresh(item.offering_id)
    services.confirm(item, editor)
    clicked_at = reviewed_at(stale)
    stale.title = stale.title + " (herzien)"
    stale.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)
    assert reviewed_at(stale) == clicked_at
    stale.save()
    assert reviewed_at(stale) == clicked_at
    assert Page.objects.get(pk=stale.pk).title.endswith("(herzien)")


def test_revisions_do_not_store_review_state(open_item, django_user_model):
    item = open_item("VNG")
    services.confirm(item, django_user_model.objects.get(username="vng-redacteur"))
    page = fresh(item.offering_id)
    revision = page.save_revision()
    assert "last_reviewed_at" not in Revision.objects.get(pk=revision.pk).content
    assert revision.as_object().last_reviewed_at == page.last_reviewed_at


def test_a_copy_starts_unreviewed(open_item, django_user_model):
    item = open_item("VNG")
    services.confirm(item, django_user_model.objects.get(username="vng-redacteur"))
    page = fresh(item.offering_id)
    copy = page.copy(update_attrs={"slug": page.slug + "-kopie", "title": page.title + " kopie"})
    assert fresh(copy.pk).last_reviewed_at is None


# An approval counts as a check ------------------------------------------------------------
def test_new_offering_approved_while_round_open_is_checked_and_in_the_round(demo_round, django_user_model):
    """Fails on the old code: the page said "Nog niet gecontroleerd" and the round had no item."""
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = add_draft("VNG", "Nieuw tijdens de ronde", editor)
    submit(page, editor)
    approve_current_step(page, "vng-eindredacteur", django_user_model)
    assert reviewed_at(page) is None  # not live yet, not checked yet
    approve_current_step(page, "coordinator", django_user_model)

    page = PublicationPage.objects.get(pk=page.pk)
    assert page.live
    assert page.last_reviewed_at is not None
    item = ReviewItem.objects.get(review_round=demo_round, offering=page)
    assert item.status == ItemStatus.CONFIRMED
    assert item.partner.abbreviation == "VNG"
    action = ReviewAction.objects.get(item=item)
    assert action.kind == ActionKind.APPROVED
    assert action.user.username == "coordinator"


def test_public_page_shows_the_check_after_approval(client, django_user_model):
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = add_draft("VNG", "Nieuw en gecontroleerd", editor)
    submit(page, editor)
    approve_current_step(page, "vng-eindredacteur", django_user_model)
    approve_current_step(page, "coordinator", django_user_model)
    html = client.get(PublicationPage.objects.get(pk=page.pk).url).content.decode()
    assert "Laatst gecontroleerd op" in html
    assert "Nog niet gecontroleerd" not in html


def test_approved_correction_completes_an_open_item(demo_round, open_item, django_user_model):
    item = open_item("VNG")
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = item.offering.specific
    page.summary = "Demo-inhoud: gecorrigeerd."
    page.save_revision(user=editor)
    submit(page, editor)
    approve_current_step(page, "vng-eindredacteur", django_user_model)  # coordination skipped
    item.refresh_from_db()
    assert item.status == ItemStatus.UPDATED
    assert ReviewAction.objects.filter(item=item, kind=ActionKind.APPROVED).exists()
    assert reviewed_at(page) == item.acted_at


def test_withdraw_request_is_left_for_the_eindredactie(open_item, django_user_model):
    item = open_item("VNG", ItemStatus.WITHDRAW_REQUESTED)
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = item.offering.specific
    page.save_revision(user=editor)
    submit(page, editor)
    approve_current_step(page, "vng-eindredacteur", django_user_model)
    item.refresh_from_db()
    assert item.status == ItemStatus.WITHDRAW_REQUESTED


def test_approval_without_an_open_round_still_counts(django_user_model):
    ReviewRound.objects.update(status=RoundStatus.CLOSED)
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = add_live_with_draft("VNG", "Buiten de ronde", "Buiten de ronde (herzien)", editor)
    OfferingPage.objects.filter(pk=page.pk).update(
        last_reviewed_at=timezone.now() - datetime.timedelta(days=900)
    )
    submit(page, editor)
    approve_current_step(page, "vng-eindredacteur", django_user_model)
    assert timezone.now() - reviewed_at(page) < datetime.timedelta(minutes=1)
    assert not ReviewItem.objects.filter(offering=page).exists()


def test_round_for_other_partners_gets_no_item(django_user_model):
    ReviewRound.objects.update(status=RoundStatus.CLOSED)
    kis_only = services.open_round(
        name="Alleen KIS",
        deadline=datetime.date.today() + datetime.timedelta(days=30),
        partners=[ReviewItem.objects.filter(partner__abbreviation="KIS").first().partner],
    )
    editor = django_user_model.objects.get(username="vng-redacteur")
    page = add_draft("VNG", "Niet in de KIS-ronde", editor)
    submit(page, editor)
    approve_current_step(page, "vng-eindredacteur", django_user_model)
    approve_current_step(page, "coordinator", django_user_model)
    assert reviewed_at(page) is not None
    assert not ReviewItem.objects.filter(review_round=kis_only, offering=page).exists()
