"""Cache keys of served Wagtail pages (frontcache/keys.py)."""

from wagtail import hooks

from catalogue.models import CatalogueIndexPage
from frontcache import keys
from handbook.models import HandbookChapterPage
from home.models import HomePage

# Page types whose page is (also) a listing of another kind.
PAGE_KINDS = (
    (HomePage, (keys.HOME,)),
    (CatalogueIndexPage, (keys.FINDER, keys.FEED)),
    (HandbookChapterPage, (keys.HANDBOOK,)),
)


@hooks.register("before_serve_page", order=-100)
def tag_served_page(page, request, serve_args, serve_kwargs):
    keys.tag(request, keys.page_key(page.pk), *keys.ancestor_keys(page))
    for page_type, kinds in PAGE_KINDS:
        if isinstance(page, page_type):
            keys.tag(request, *kinds)
