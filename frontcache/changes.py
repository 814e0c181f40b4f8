"""What a change purges from the front cache (keys: frontcache/keys.py).

Publishing a page (by an editor, a workflow or scheduled publishing: Wagtail's
page_published) purges the page itself at once and soft-purges what shows it:

- an offering: its partner page, the pages below it, the handbook chapters that analyse it
  (ReferenceIndex), and the listing kinds home, finder, feed, API, site search, sitemap and
  the chapters' related offerings (``handbook``);
- any other page (a chapter, a content page): its parent and the pages beside and below it
  (navigation and breadcrumbs show its title), the publications a chapter analyses
  ("Besproken in het handboek" on their pages), and home, API, site search and sitemap.

When a publish leaves an offering's filter facts as they were (search/filterfacts.py: its
facet values, last day and sessions, compared with the database just before the publish
saved it), every listing's counts stay as they were: of the finder, feed and API listings
only those that can match it are refreshed, the ones without a facet selection
(``offerings``) and the ones selecting one of its values (``v.<facet>.<key>``).

An offering checked in a review round (review/history.py: a line in its page history, no
new revision) soft-purges its page ("Laatst gecontroleerd op") and the API's listings
(`last_reviewed_at`).

Unpublishing, deleting, moving and changing who may see a page purge the same keys hard,
nothing is served stale: withdrawn content must disappear at once. A changed taxonomy
term, organisation, site or site setting soft-purges everything (``site``).
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.models import Page, PageLogEntry, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from frontcache import keys, purge
from handbook.discussion import analysing_chapter_ids
from handbook.models import HandbookChapterPage
from handbook.references import referenced_page_ids
from home.models import PublicSiteSettings
from offerings.models import OfferingPage
from partners.models import Organisation
from review.history import CHECKED
from search.filterfacts import filter_facts

OFFERING_KINDS = (keys.HOME, keys.FINDER, keys.FEED, keys.API, keys.SEARCH, keys.SITEMAP, keys.HANDBOOK)
PAGE_KINDS = (keys.HOME, keys.API, keys.SEARCH, keys.SITEMAP)
# Models outside the page tree whose changes show on (nearly) every page.
SITE_WIDE_APPS = {"taxonomy"}
SITE_WIDE_MODELS = (Organisation, Site, PublicSiteSettings)
# Where pre_save leaves an offering's filter facts as they were before a publish saves it.
FACTS_BEFORE = "_frontcache_facts_before"


def page_keys(page):
    """(own, shown-elsewhere) keys of `page` at its current place in the tree."""
    page = page.specific_deferred
    own = {keys.page_key(page.pk), keys.below_key(page.path)}
    parent_path = page.path[: -page.steplen]
    parent_id = Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()
    shown = {keys.page_key(parent_id)} if parent_id else set()
    if isinstance(page, OfferingPage):
        shown.update(OFFERING_KINDS)
        shown.update(keys.page_key(pk) for pk in analysing_chapter_ids(page))
    else:
        shown.update(PAGE_KINDS)
        if parent_path:
            shown.add(keys.below_key(parent_path))
        if isinstance(page, HandbookChapterPage):
            shown.update(keys.page_key(pk) for _kind, pk in referenced_page_ids(page.body.raw_data))
    return own, shown


def remember_facts(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a publish saves a live offering (it writes the live revision; saving a draft
    writes only the page's draft fields)."""
    publishing = update_fields is None or "live_revision" in update_fields
    if raw or not publishing or instance.pk is None or not instance.live:
        return
    setattr(instance, FACTS_BEFORE, filter_facts(instance.pk))


def narrowed(offering, shown):
    """`shown` with only the finder, feed and API listings that can match `offering`,
    when the publish left its filter facts as they were; else `shown` itself."""
    before = getattr(offering, FACTS_BEFORE, None)
    if before is None or filter_facts(offering.pk) != before:
        return shown
    scoped = {keys.ANY_OFFERING, *keys.offering_value_keys(before["keys"])}
    return (shown - set(keys.SCOPED_KINDS)) | scoped


def published(sender, instance, **kwargs):
    own, shown = page_keys(instance)
    if isinstance(instance, OfferingPage):
        shown = narrowed(instance, shown)
    purge.schedule(hard=own, soft=shown)


def withdrawn(sender, instance, **kwargs):
    """Unpublished, deleted, moved away or restricted: nothing of it may be served stale."""
    own, shown = page_keys(instance)
    purge.schedule(hard=own | shown, withdrawal=True)


def moved(sender, instance, **kwargs):
    withdrawn(sender, instance)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        withdrawn(sender, instance)


def restriction_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        withdrawn(sender, page)


def checked(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and instance.action == CHECKED:
        purge.schedule(soft={keys.page_key(instance.page_id), keys.API})


def site_wide_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if sender._meta.app_label in SITE_WIDE_APPS or issubclass(sender, SITE_WIDE_MODELS):
        purge.schedule(soft={keys.SITE})


def connect():
    page_published.connect(published, dispatch_uid="frontcache_published")
    page_unpublished.connect(withdrawn, dispatch_uid="frontcache_unpublished")
    # Before and after a move: the old place's keys and the new place's.
    pre_page_move.connect(moved, dispatch_uid="frontcache_pre_move")
    post_page_move.connect(moved, dispatch_uid="frontcache_post_move")
    pre_delete.connect(page_deleted, dispatch_uid="frontcache_page_deleted")
    post_save.connect(checked, sender=PageLogEntry, dispatch_uid="frontcache_checked")
    for model in apps.get_models():
        if issubclass(model, OfferingPage):
            uid = f"frontcache_facts_{model._meta.label}"
            pre_save.connect(remember_facts, sender=model, dispatch_uid=uid)
    for name, signal in (("save", post_save), ("delete", post_delete)):
        signal.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"frontcache_pvr_{name}")
        for model in apps.get_models():
            if model._meta.app_label in SITE_WIDE_APPS or issubclass(model, SITE_WIDE_MODELS):
                uid = f"frontcache_site_{name}_{model._meta.label}"
                signal.connect(site_wide_change, sender=model, dispatch_uid=uid)
