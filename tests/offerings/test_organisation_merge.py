"""Coördinatie merges two organisations that are one (issue 26): references move, in pages
and in stored drafts, and nothing is lost; others may not merge."""

import json
import re

import pytest
from django.urls import reverse

from offerings.models import PublicationCommissioner, PublicationPage, PublicationPublisher
from partners.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def twins():
    """NCTV twice: the real one and 'JenV (met NCTV)', each named by a live publication; the
    duplicate also in a draft of a third publication and as the parent of a unit."""
    nctv = Organisation.objects.get(abbreviation="NCTV")
    twin = Organisation.objects.create(name="NCTV (Justitie)", website="https://example.org/jenv-nctv")
    unit = Organisation.objects.create(name="Afdeling Lokale Aanpak", parent=twin)
    pages = list(PublicationPage.objects.live().exclude(publishers__organisation=nctv)[:3])
    PublicationPublisher.objects.create(page=pages[0], organisation=twin, sort_order=9)
    PublicationCommissioner.objects.create(page=pages[1], organisation=twin, sort_order=9)
    PublicationPublisher.objects.create(page=pages[1], organisation=nctv, sort_order=8)
    PublicationPublisher.objects.create(page=pages[1], organisation=twin, sort_order=9)  # both named
    draft = pages[2].get_latest_revision_as_object()
    draft.commissioners = [PublicationCommissioner(organisation=twin)]
    draft.save_revision()
    return nctv, twin, unit, pages


def test_merge_moves_every_reference_and_removes_the_duplicate(login, twins):
    nctv, twin, unit, pages = twins
    client = login("coordinator")
    listing = client.get(reverse("wagtailsnippets_partners_organisation:list")).content.decode()
    assert reverse("offerings_merge_organisation", args=[twin.pk]) in listing
    response = client.post(reverse("offerings_merge_organisation", args=[twin.pk]), {"keep": nctv.pk})
    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=twin.pk).exists()
    for page, relation in ((pages[0], "publishers"), (pages[1], "publishers"), (pages[1], "commissioners")):
        named = list(getattr(page, relation).values_list("organisation", flat=True))
        assert named.count(nctv.pk) == 1 and twin.pk not in named, (page, relation)  # once each
    revision = pages[2].revisions.order_by("-created_at", "-pk").first()
    assert [row["organisation"] for row in revision.content["commissioners"]] == [nctv.pk], (
        twin.pk,
        revision.content["commissioners"],
    )
    draft = revision.as_object()
    assert [c.organisation_id for c in draft.commissioners.all()] == [nctv.pk]
    unit.refresh_from_db()
    nctv.refresh_from_db()
    assert unit.parent_id == nctv.pk
    assert nctv.website == "https://www.nctv.nl"  # the kept organisation's own values stay
    html = client.get(pages[0].url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert nctv.name in [p["name"] for p in data["publisher"]]


def test_merge_fills_what_the_kept_organisation_lacks(login):
    bare = Organisation.objects.create(name="Planbureau voor de Leefomgeving")
    full = Organisation.objects.create(
        name="PBL Planbureau", abbreviation="PBL", website="https://www.pbl.nl"
    )
    login("coordinator").post(reverse("offerings_merge_organisation", args=[full.pk]), {"keep": bare.pk})
    bare.refresh_from_db()
    assert (bare.abbreviation, bare.website) == ("PBL", "https://www.pbl.nl")


def test_only_coordination_merges(login, twins):
    nctv, twin, _unit, _pages = twins
    response = login("vng-eindredacteur").post(
        reverse("offerings_merge_organisation", args=[twin.pk]), {"keep": nctv.pk}
    )
    assert response.status_code in (302, 403)
    assert Organisation.objects.filter(pk=twin.pk).exists()
