"""After one offering's publish, the finder's other cards stay kept (search/fragments.py: an
offering's card is keyed on its live revision and the catalogue's surroundings stamp), and
everything else a card shows still cools the cards that show it at once: a partner page
retitled, a form's name edited, an offering unpublished or moved, the date."""

import datetime
import html

import pytest
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from offerings.models import OfferingPage, TrainingPage
from partners.models import PartnerPage
from tests.shared_caches import loaded_ids, publish, queries_of, shared_like_production, two_of_one_partner

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db


def text(response):
    return html.unescape(response.content.decode())


def test_a_publish_leaves_the_other_cards_kept(client, shared_like_production):
    first, second, url = two_of_one_partner()
    before = text(client.get(url))
    assert first.title in before and second.title in before
    assert loaded_ids(queries_of(client, url)[1]) == set()  # every card kept
    title = f"{first.title} (bijgewerkt)"
    publish(first, title=title)
    response, queries = queries_of(client, url)
    # Only the published offering's row is read again; the other card comes from the cache.
    assert loaded_ids(queries) == {first.pk}
    after = text(response)
    assert title in after
    assert second.title in after
    assert loaded_ids(queries_of(client, url)[1]) == set()  # the new card is kept in turn


def test_a_partner_retitle_cools_its_cards(client, shared_like_production):
    first, second, url = two_of_one_partner()
    partner = first.get_parent().specific
    assert f"· {partner.title}" in text(client.get(url))
    publish(partner, title=f"{partner.title} Nieuw")
    response, queries = queries_of(client, url)
    assert {first.pk, second.pk} <= loaded_ids(queries)
    assert text(response).count(f"· {partner.title}<") >= 2  # the new title on both cards


def test_a_form_label_edit_cools_its_cards(client, shared_like_production):
    first, _second, url = two_of_one_partner()
    form = first.form
    assert f"· {form.name} ·" in text(client.get(url))
    # As the snippet's edit view saves it: the row, and a log entry.
    form.name = f"{form.name} (hernoemd)"
    form.save()
    log(instance=form, action="wagtail.edit")
    assert f"· {form.name} ·" in text(client.get(url))


def test_an_unpublish_and_a_move_cool_the_cards(client, shared_like_production):
    first, second, url = two_of_one_partner()
    first.unpublish(log_action=True)
    after = text(client.get(url))
    assert first.title not in after and second.title in after

    other = PartnerPage.objects.live().public().exclude(pk=second.get_parent().pk).order_by("pk").first()
    other_url = f"/aanbod/?partner={other.slug}&verlopen=1"
    text(client.get(other_url))
    Page.objects.get(pk=second.pk).move(other, pos="last-child", user=None)
    moved = OfferingPage.objects.get(pk=second.pk)
    assert moved.partner_id == other.pk
    after = text(client.get(other_url))
    assert second.title in after
    assert f'href="{moved.url}"' in after  # the card links to where the offering is now
    assert f"· {other.title}<" in after


def test_the_date_cools_the_cards(client, shared_like_production, monkeypatch):
    """A training's card on the day after its last date says it has ended."""
    today = timezone.localdate()
    training = (
        TrainingPage.objects.live().public().filter(end_date__gte=today).order_by("end_date", "pk").first()
    )
    assert training is not None  # the demo has a training still to come
    url = f"/aanbod/?partner={training.get_parent().slug}&soort=training&verlopen=1"

    def card():
        return text(client.get(url)).split(f">{training.title}<", 1)[1].split('<li class="result', 1)[0]

    assert "Afgelopen op" not in card()
    assert "Afgelopen op" not in card()  # kept
    later = training.end_date + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)
    assert "Afgelopen op" in card()
