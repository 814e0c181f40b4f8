"""A followed search as the finder understands it: stored as the finder's own querystring,
read back through FinderQuery and described with the finder's own facet labels. Only the
public interface of search/ (run_finder, FinderQuery) is used."""

import re

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


# A mail to an address nobody has confirmed yet repeats at most this much of the visitor's
# own words: a short quote of letters and digits, so no link or message can be planted in
# it (issue 22 B6). Everything else in the mail is the site's own text and facet labels.
MAIL_QUERY_MAX_CHARS = 40
WORD = re.compile(r"[^\W_]+")


def quoted_for_mail(text):
    words = " ".join(WORD.findall(text))
    if len(words) > MAIL_QUERY_MAX_CHARS:
        words = words[:MAIL_QUERY_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return f"‘{words}’"


def describe(query, for_mail=False):
    """['Zoekwoorden: ...', 'Thema: A, B', ...] with the labels the finder shows; for a
    mail the search words only as a short quote (quoted_for_mail)."""
    words = quoted_for_mail(query.q) if for_mail else query.q
    lines = [_("Zoekwoorden: %(q)s") % {"q": words}] if query.q else []
    result = run_finder(query, offset=0, limit=1)
    for facet in result.facets:
        labels = [value.label for value in facet.selected_values]
        if labels:
            lines.append(f"{facet.label}: {', '.join(labels)}")
    if query.include_expired:
        lines.append(_("Ook afgelopen trainingen"))
    return lines
