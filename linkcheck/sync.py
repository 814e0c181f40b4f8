"""Keep PageLink in step with the live pages: on publish, on unpublish and before each run."""

from django.db import transaction
from wagtail.models import Page

from linkcheck.collect import page_urls
from linkcheck.models import Link, PageLink


@transaction.atomic
def sync_page(page):
    """Record the links of `page`'s live version (none when it is not live or deleted)."""
    stored = Page.objects.filter(pk=page.pk).first()  # the stored state, not a stale instance
    if stored is None:  # deleted: its rows went with it (CASCADE)
        return 0
    page = stored.specific
    wanted = set(page_urls(page)) if page.live else set()
    existing = {
        (pl.field, pl.link.url): pl for pl in PageLink.objects.filter(page=page).select_related("link")
    }
    PageLink.objects.filter(pk__in=[pl.pk for key, pl in existing.items() if key not in wanted]).delete()
    for label, url in wanted - set(existing):
        link, _created = Link.objects.get_or_create(url=url)
        PageLink.objects.get_or_create(page=page, link=link, field=label[:100])
    return len(wanted)


def sync_live_pages(pages=None):
    """Sync every live page (or the given ones); drop links no page holds any more."""
    pages = Page.objects.live().specific() if pages is None else pages
    count = sum(sync_page(page) for page in pages)
    PageLink.objects.exclude(page__live=True).delete()
    Link.objects.filter(page_links__isnull=True).delete()
    return count
