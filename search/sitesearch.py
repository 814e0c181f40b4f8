"""Site search (/zoeken/): one box over every live, public page, labelled by type.

Wagtail does not restrict a search to live or public pages by itself: the queryset
does (core/visibility.py: .live().public(), minus pages below an unpublished one).
Page types are found generically, so new page types (for example handbook chapters)
appear with their own label without code here. The query
matches the Dutch stems (offerings) or the folded words as typed (other pages).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.translation import gettext as _
from modelsearch.query import PlainText
from wagtail.models import Page

from core.visibility import public_pages
from search import dutch, engines
from search.params import MAX_PAGE, clean_text, parse_page
from search.suggest import suggest
from search.text import parse_text

PAGE_SIZE = 20
MAX_AUTOCOMPLETE = 8


@dataclass
class TypeCount:
    key: str  # "app_label.model"
    label: str
    count: int
    selected: bool


@dataclass
class SiteSearchResult:
    text: str = ""
    items: list = field(default_factory=list)  # specific pages
    total: int = 0
    page: int = 1
    page_size: int = PAGE_SIZE
    types: list = field(default_factory=list)
    selected_type: str = ""
    messages: list = field(default_factory=list)
    suggestion: str = ""  # "bedoelde u" text when the search found nothing

    @property
    def suggestion_querystring(self):
        return urlencode({"q": self.suggestion}) if self.suggestion else ""

    @property
    def offset(self):
        """How many results come before this page (the list numbers from offset + 1)."""
        return (self.page - 1) * self.page_size

    @property
    def page_count(self):
        return max(1, -(-self.total // self.page_size))

    def querystring(self, **changes):
        params = {"q": self.text, "type": changes.get("type", self.selected_type)}
        page = changes.get("page", 1)
        if page > 1:
            params["pagina"] = page
        return urlencode({k: v for k, v in params.items() if v})


def searchable_pages():
    return public_pages(Page.objects.filter(depth__gt=1))


def ranked_ids(queryset, backend_query):
    """Ids of the pages in `queryset` (already restricted by the visibility rule) that match
    the Dutch query (search.text.parse_text(...).backend_query), best first: on the engine
    when it serves, else on the database (search.engines.text_search, the one gateway with
    its fallback). The ids come from `queryset` itself, so nothing outside it is named."""

    def run(backend):
        matches = queryset.only("pk").search(backend_query, order_by_relevance=True, backend=backend)
        return [page.pk for page in matches]

    return engines.text_search(run)


def run_site_search(data):
    text = clean_text(data.get("q", ""))
    result = SiteSearchResult(text=text, page=min(parse_page(data.get("pagina", "1")), MAX_PAGE))
    if not text:
        return result
    parsed = parse_text(text)
    backend_query = parsed.backend_query(include_raw=True)
    if backend_query is None:
        result.messages.append(_("Uw zoekvraag bevat geen woorden waarop we kunnen zoeken."))
        return result
    if parsed.truncated:
        result.messages.append(_("Uw zoekvraag bevat veel woorden; we zoeken op de eerste tien."))
    ranked = ranked_ids(searchable_pages(), backend_query)
    type_rows = (
        Page.objects.filter(pk__in=ranked)
        .order_by()
        .values("content_type")
        .annotate(n=Count("pk"))
        .values_list("content_type", "n")
    )
    type_rows = list(type_rows)
    content_types = {ct_id: ContentType.objects.get_for_id(ct_id) for ct_id, _n in type_rows}
    selected_type = str(data.get("type", ""))[:100]
    keys = {}
    for ct_id, n in type_rows:
        content_type = content_types[ct_id]
        model = content_type.model_class()
        key = f"{content_type.app_label}.{content_type.model}"
        keys[key] = ct_id
        label = str(model._meta.verbose_name_plural if model else content_type.name)
        result.types.append(TypeCount(key=key, label=label[:1].upper() + label[1:], count=n, selected=False))
    result.types.sort(key=lambda t: (-t.count, t.label))
    if selected_type in keys:
        result.selected_type = selected_type
        for type_count in result.types:
            type_count.selected = type_count.key == selected_type
        in_type = set(
            Page.objects.filter(pk__in=ranked, content_type=keys[selected_type]).values_list("pk", flat=True)
        )
        ranked = [pk for pk in ranked if pk in in_type]
    elif selected_type:
        result.messages.append(_("Onbekend paginatype genegeerd."))
    result.total = len(ranked)
    if not result.total and not result.selected_type:
        result.suggestion = suggest(parsed)
    if result.total and result.offset >= result.total:
        result.page = result.page_count
    page_ids = ranked[result.offset : result.offset + result.page_size]
    pages = Page.objects.filter(pk__in=page_ids).specific()
    by_id = {page.pk: page for page in pages}
    result.items = [by_id[pk] for pk in page_ids if pk in by_id]
    return result


def type_label(page):
    label = str(page._meta.verbose_name)
    return label[:1].upper() + label[1:]


def autocomplete_titles(raw):
    """Up to eight live, public pages whose title starts with the typed words."""
    words = dutch.words(clean_text(raw))[:6]
    if not words or len(words[-1]) < 2:
        return []
    query = PlainText(" ".join(words), operator="and")
    results = engines.text_search(
        lambda backend: list(searchable_pages().autocomplete(query, backend=backend)[:MAX_AUTOCOMPLETE])
    )
    return [{"title": page.title, "url": page.url} for page in results]
