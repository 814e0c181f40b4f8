"""Demo handbook: the root page, six chapters over the five phases, optionally its own Site.

Idempotent: the root and each chapter are matched by slug and left alone when present.
"""

import json
import uuid

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from demo.content.handbook import CHAPTERS, HANDBOOK
from handbook.models import HandbookChapterPage, HandbookPage
from handbook.provisioning import EDITORS_GROUP, FINAL_EDITORS_GROUP, provision_handbook_editors
from handbook.sites import configure_handbook_site, handbook_site
from offerings.models import OfferingPage
from taxonomy.models import Phase, Theme


def load_handbook(loader, home):
    handbook = HandbookPage.objects.filter(slug=HANDBOOK["slug"]).first()
    if handbook is None:
        handbook = HandbookPage(
            title=HANDBOOK["title"], slug=HANDBOOK["slug"], intro=HANDBOOK["intro"], body=HANDBOOK["body"]
        )
        home.add_child(instance=handbook)
        handbook.save_revision().publish()
        loader.created += 1
    offerings = dict(OfferingPage.objects.values_list("title", "pk"))
    existing = set(HandbookChapterPage.objects.child_of(handbook).values_list("slug", flat=True))
    for data in CHAPTERS:
        if data["slug"] in existing:
            continue
        chapter = HandbookChapterPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            phase=Phase.objects.get(slug=data["phase"]),
            body=json.dumps([raw_block(kind, value, offerings) for kind, value in data["body"]]),
        )
        chapter.themes = list(Theme.objects.filter(slug__in=data["themes"]))
        handbook.add_child(instance=chapter)
        chapter.save_revision().publish()
        loader.created += 1
    if settings.HANDBOOK_HOSTNAME and handbook_site(handbook) is None:
        configure_handbook_site(settings.HANDBOOK_HOSTNAME, settings.HANDBOOK_PORT)
        loader.created += 1
    return handbook


def raw_block(kind, value, offerings):
    """One block in StreamField JSON, with offering titles replaced by page ids."""
    if kind == "publication_analysis":
        value = {**value, "publication": offerings[value["publication"]]}
    elif kind == "further_reading":
        items = []
        for item_kind, item in value["items"]:
            if item_kind == "internal":
                item = {**item, "page": offerings[item["page"]]}
            items.append({"type": item_kind, "value": item, "id": str(uuid.uuid4())})
        value = {**value, "items": items}
    elif kind in ("key_points", "signals"):
        key = "points" if kind == "key_points" else "signals"
        value = {
            **value,
            key: [{"type": "item", "value": text, "id": str(uuid.uuid4())} for text in value[key]],
        }
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def load_handbook_editors(loader):
    """Groups, Dutch workflow and two demo users for the handbook (after loader.users())."""

    loader.created += len(provision_handbook_editors())
    password = make_password(settings.DEMO_PASSWORD)
    loader.demo_user("handboek-redacteur", Group.objects.get(name=EDITORS_GROUP), password)
    loader.demo_user("handboek-eindredacteur", Group.objects.get(name=FINAL_EDITORS_GROUP), password)
