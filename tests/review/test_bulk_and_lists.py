"""Partners' work per item (issue 28.5) and progress per kind and owner (28.4)."""

import pytest
from django.contrib.auth import get_user_model

from offerings.models import OfferingPage
from review.models import ItemStatus, ReviewItem
from tests.review.conftest import item_url, round_url

INDEX = "/admin/review/reviewitem/"
BULK = "/admin/review/reviewitem/nog-actueel/"


def pending(review_round, abbreviation):
    return ReviewItem.objects.filter(
        review_round=review_round, partner__abbreviation=abbreviation, status__in=["open", "wordt-aangepast"]
    )


@pytest.mark.django_db
def test_bulk_confirm_by_eindredacteur_for_own_items(login, demo_round):
    client = login("kis-eindredacteur")
    listing = client.get(f"{INDEX}?review_round__id__exact={demo_round.pk}").content.decode()
    assert "Meerdere items: nog actueel" in listing
    page = client.get(BULK).content.decode()
    own = list(pending(demo_round, "KIS"))
    assert own
    for item in own:
        assert f'value="{item.pk}"' in page
    vng_item = pending(demo_round, "VNG").first()
    assert f'value="{vng_item.pk}"' not in page
    response = client.post(
        BULK,
        {"item": [i.pk for i in own], "note": "Alles nagelopen.", "lijst": "status__exact=open"},
    )
    assert response["Location"] == f"{INDEX}?status__exact=open"
    for item in own:
        item.refresh_from_db()
        assert item.status == ItemStatus.CONFIRMED and item.note == "Alles nagelopen."
        assert item.acted_by.username == "kis-eindredacteur"
        assert OfferingPage.objects.get(pk=item.offering_id).last_reviewed_at is not None


@pytest.mark.django_db
def test_forged_bulk_confirm_of_another_partners_item_changes_nothing(login, demo_round):
    client = login("kis-eindredacteur")
    own = list(pending(demo_round, "KIS"))
    foreign = pending(demo_round, "VNG").first()
    before = {i.pk: i.status for i in [*own, foreign]}
    reviewed = OfferingPage.objects.get(pk=foreign.offering_id).last_reviewed_at
    response = client.post(BULK, {"item": [*[i.pk for i in own], foreign.pk]}, follow=True)
    assert "U kunt alleen open items van uw eigen organisatie" in response.content.decode()
    after = dict(ReviewItem.objects.filter(pk__in=before).values_list("pk", "status"))
    assert after == before
    assert OfferingPage.objects.get(pk=foreign.offering_id).last_reviewed_at == reviewed


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["kis-redacteur", "coordinator"])
def test_bulk_confirm_is_hidden_and_refused_for_others(login, demo_round, username):
    client = login(username)
    listing = client.get(INDEX).content.decode()
    assert "Meerdere items: nog actueel" not in listing
    own = list(pending(demo_round, "KIS"))
    response = client.post(BULK, {"item": [i.pk for i in own]})
    assert response.status_code in (302, 403)
    assert set(ReviewItem.objects.filter(pk__in=[i.pk for i in own]).values_list("status", flat=True)) <= {
        "open",
        "wordt-aangepast",
    }


@pytest.mark.django_db
def test_single_action_names_offering_and_keeps_list_filters(login, demo_round, open_item):
    item = open_item("VNG")
    client = login("vng-redacteur")
    filters = f"review_round__id__exact={demo_round.pk}&status__exact=open"
    listing = client.get(f"{INDEX}?{filters}").content.decode()
    assert "lijst=review_round__id__exact" in listing  # the buttons carry the filters
    page = client.get(item_url("confirm", item) + "?lijst=" + filters.replace("&", "%26")).content.decode()
    assert f"Het gaat om: <strong>{item.offering_title}</strong>" in page
    response = client.post(item_url("confirm", item), {"note": "", "lijst": filters})
    assert response["Location"] == f"{INDEX}?{filters}"
    item.refresh_from_db()
    assert item.status == ItemStatus.CONFIRMED


@pytest.mark.django_db
def test_item_list_filters_by_kind(login, demo_round):
    body = (
        login("coordinator")
        .get(f"{INDEX}?review_round__id__exact={demo_round.pk}&offering__kind__exact=training")
        .content.decode()
    )
    trainings = demo_round.items.filter(offering__kind="training")
    others = demo_round.items.exclude(offering__kind="training")
    assert trainings.exists() and others.exists()
    assert all(t.offering_title in body for t in trainings[:10])
    assert not any(f">{o.offering_title}<" in body for o in others)


@pytest.mark.django_db
def test_round_page_shows_progress_per_kind_and_owner(login, demo_round):
    body = login("coordinator").get(round_url("inspect", demo_round)).content.decode()
    assert "Voortgang per soort aanbod" in body and "Voortgang per eigenaar" in body
    trainings = demo_round.items.filter(offering__kind="training")
    done = trainings.filter(status__in=["nog-actueel", "aangepast", "ingetrokken"]).count()
    assert '<th scope="row">Trainingen</th>' in body
    row = body.split('<th scope="row">Trainingen</th>', 1)[1].split("</tr>", 1)[0]
    assert f'<td data-label="Totaal">{trainings.count()}</td>' in row
    assert f'<td data-label="Afgerond">{round(100 * done / trainings.count())}%</td>' in row
    owner = get_user_model().objects.get(username="vng-redacteur")
    assert (owner.get_full_name() or owner.username) in body
