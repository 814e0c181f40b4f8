from django.http import Http404
from wagtail import hooks

from core.visibility import has_hidden_ancestor


@hooks.register("before_serve_page")
def refuse_pages_below_unpublished_pages(page, request, serve_args, serve_kwargs):
    """A live page under an unpublished page (e.g. a partner taken offline) is not public."""
    if has_hidden_ancestor(page):
        raise Http404
