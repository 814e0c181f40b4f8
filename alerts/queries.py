"""A followed search as the finder understands it: stored as the finder's own querystring,
read back through FinderQuery and described with the finder's own facet labels. Only the
public interface of search/ (run_finder, FinderQuery) is used."""

from django.http import QueryDict
from django.utils.translation import gettext as _

from search.finder import run_finder
from search.params import FinderQuery
from search.stopwords import has_words


def parse(querystring):
    return FinderQuery.from_querydict(QueryDict(querystring or ""))


def canonical(query):
    """The querystring to store: without page number, in the finder's own parameter order."""
    return query.querystring()


def is_filtered(query):
    """Whether the search narrows the catalogue: words to search for (stop words count,
    search/stopwords.py) or a filter. Without either it would mail every new offering."""
    return bool(has_words(query.q) or any(query.filters.values()))


def describe(query):
    """['Zoekwoorden: ...', 'Thema: A, B', ...] with the labels the finder shows."""
    lines = [_("Zoekwoorden: %(q)s") % {"q": query.q}] if query.q else []
    result = run_finder(query, offset=0, limit=1)
    for facet in result.facets:
        labels = [value.label for value in facet.selected_values]
        if labels:
            lines.append(f"{facet.label}: {', '.join(labels)}")
    if query.include_expired:
        lines.append(_("Ook afgelopen trainingen"))
    return lines
