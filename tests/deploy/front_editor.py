"""An editor beside the test stack: one Django process on the stack's database that makes
the changes the cache must follow, as the admin makes them, one JSON command a line on
stdin, one JSON answer a line on stdout (tests/deploy/test_varnish.py starts it).

    {"do": "publish", "page": 61, "title": "..."}       -> {"ok": true, ...}
"""

import datetime
import json
import sys
import traceback

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction  # noqa: E402

from feedback.models import DailyUsage  # noqa: E402
from handbook.discussion import analysing_chapter_ids  # noqa: E402
from handbook.models import HandbookChapterPage  # noqa: E402
from offerings.models import OfferingPage, PublicationPage  # noqa: E402
from partners.models import PartnerPage  # noqa: E402
from review import services as review  # noqa: E402
from review.models import ItemStatus, ReviewItem, RoundStatus  # noqa: E402
from search.models import SearchQueryDay  # noqa: E402


def admin():
    return get_user_model().objects.filter(is_superuser=True).first()


def new_title(page, title):
    page = page.specific
    page.title = title
    return page.save_revision(user=admin(), log_action=True)


def do_info(command):
    cited = next(p for p in PublicationPage.objects.live().public() if analysing_chapter_ids(p))
    chapter = HandbookChapterPage.objects.get(pk=sorted(analysing_chapter_ids(cited))[0])
    offerings = list(OfferingPage.objects.live().public().order_by("pk")[:6])
    partners = list(PartnerPage.objects.live().public().order_by("pk")[:2])
    return {
        "offerings": [
            {
                "id": p.pk,
                "url": p.url,
                "title": p.title,
                "parent": p.get_parent().url,
                "finder": f"/aanbod/?partner={p.get_parent().slug}",
            }
            for p in offerings
        ],
        "partners": [{"id": p.pk, "url": p.url, "finder": f"/aanbod/?partner={p.slug}"} for p in partners],
        "cited": {"id": cited.pk, "url": cited.url, "title": cited.title},
        "chapter": {"id": chapter.pk, "url": chapter.url},
    }


def do_counts(command):
    """Today's views of a page and searches of queries, as the application counted them."""
    today = timezone.localdate()
    usage = DailyUsage.objects.filter(page_id=command["page"], day=today).first()
    rows = SearchQueryDay.objects.filter(day=today, query__in=command["queries"])
    logged = dict(rows.values_list("query", "searches"))
    return {"views": usage.views if usage else 0, "searches": [logged.get(q, 0) for q in command["queries"]]}


def do_publish(command):
    new_title(Page.objects.get(pk=command["page"]), command["title"]).publish(user=admin())
    return {}


def do_schedule(command):
    """A revision approved to go live a minute ago, published by `publish_scheduled` (cron)."""
    revision = new_title(Page.objects.get(pk=command["page"]), command["title"])
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    return {"live_title": Page.objects.get(pk=command["page"]).title}


def open_review_items():
    return ReviewItem.objects.filter(
        status=ItemStatus.OPEN, review_round__status=RoundStatus.OPEN, offering__live=True
    ).order_by("pk")


def do_open_review_item(command):
    """A live offering with an open item in an open review round."""
    offering = open_review_items().first().offering
    listing = f"/api/v2/offerings/?partner={offering.get_parent().slug}&verlopen=1"
    return {"id": offering.pk, "url": offering.url, "listing": listing}


def do_confirm(command):
    """'Nog actueel' for the offering's open item, as the partner's editor clicks it."""
    review.confirm(open_review_items().get(offering_id=command["page"]), admin())
    return {}


def do_unpublish(command):
    Page.objects.get(pk=command["page"]).specific.unpublish(user=admin())
    return {}


def do_move(command):
    page = Page.objects.get(pk=command["page"])
    page.move(Page.objects.get(pk=command["parent"]), pos="last-child", user=admin())
    return {"url": Page.objects.get(pk=command["page"]).url}


def do_delete(command):
    Page.objects.get(pk=command["page"]).delete()
    return {}


def do_restrict(command):
    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=command["page"]), restriction_type=PageViewRestriction.LOGIN
    )
    return {}


def do_private_document(command):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Alleen voor ingelogde gebruikers (test)")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Vertrouwelijk verslag",
        collection=collection,
        file=ContentFile(b"vertrouwelijk-verslag-inhoud", name="vertrouwelijk.txt"),
    )
    return {"url": document.url}


def main():
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        try:
            answer = {"ok": True, **globals()[f"do_{command['do']}"](command)}
        except Exception:
            answer = {"ok": False, "error": traceback.format_exc()}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
