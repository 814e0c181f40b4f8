"""Full-text matching on the configured Wagtail search backend."""

from search.params import clean_text


def search_ids(text, queryset):
    """Ids of offerings in `queryset` matching `text`, best match first."""
    text = clean_text(text)
    if not text:
        return []
    results = queryset.search(text, operator="and", order_by_relevance=True)
    return [page.pk for page in results]
