from django.template.response import TemplateResponse

from search.finder import run_finder
from search.params import SORTS, FinderQuery


def finder_page(request, catalogue_page):
    """The public finder at /aanbod/: a GET form whose every state is a shareable URL."""
    query = FinderQuery.from_querydict(request.GET)
    result = run_finder(query)
    context = catalogue_page.get_context(request)
    context.update(
        {
            "query": query,
            "result": result,
            "sorts": SORTS,
            "page_numbers": range(1, min(result.page_count, 50) + 1),
        }
    )
    return TemplateResponse(request, "search/finder.html", context)
