"""Parsing the finder's URL parameters into a validated, immutable query.

The HTML finder, the JSON API and the Atom feed all read their parameters here, so the
same URL means the same thing everywhere.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from search import facets

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 30
MAX_PAGE = 10_000
PAGE_SIZE = 20

# URL parameter -> label, in the order of the facets on screen (defined in search/facets.py).
FACETS = {spec.key: spec.label for spec in facets.FACETS}
SORTS = {
    "relevantie": _("Relevantie"),
    "nieuw": _("Nieuwste eerst"),
    "titel": _("Titel (A-Z)"),
}
# ?verlopen=: the values that show ended trainings too, and those that explicitly do not.
# The finder page treats anything else as "no"; the API refuses it with a 400.
EXPIRED_VALUES = {
    "1": True,
    "ja": True,
    "on": True,  # the finder page's checkbox
    "true": True,
    "0": False,
    "nee": False,
    "off": False,
    "false": False,
}
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(value):
    """Normalise free text: NFC, no control characters or NULs, collapsed spaces, capped."""
    value = unicodedata.normalize("NFC", value or "")
    value = CONTROL_CHARS.sub(" ", value)
    value = " ".join(value.split())
    return value[:MAX_QUERY_LENGTH].strip()


@dataclass(frozen=True)
class FinderQuery:
    q: str = ""
    filters: dict = field(default_factory=dict)  # facet -> tuple of slugs
    sort: str = "relevantie"
    page: int = 1
    include_expired: bool = False
    question: str = ""  # slug of a municipalities' question (?vraag=), see search/questions.py
    messages: tuple = ()  # notes for the user about input that was adjusted

    @classmethod
    def from_querydict(cls, data):
        messages = []
        q = clean_text(data.get("q", ""))
        if len(data.get("q", "")) > MAX_QUERY_LENGTH:
            messages.append(
                _("Uw zoekvraag was erg lang; we zoeken op de eerste %(n)s tekens.") % {"n": MAX_QUERY_LENGTH}
            )
        filters = {}
        for name in FACETS:
            slugs = []
            for raw in data.getlist(name)[: MAX_VALUES_PER_FACET * 4]:
                slug = raw.strip().lower()
                if SLUG_RE.match(slug) and slug not in slugs:
                    slugs.append(slug)
            if slugs:
                filters[name] = tuple(slugs[:MAX_VALUES_PER_FACET])
        sort = data.get("sorteer", "")
        if sort not in SORTS:
            sort = "relevantie" if q else "titel"
        page = parse_page(data.get("pagina", "1"))
        include_expired = EXPIRED_VALUES.get(data.get("verlopen", ""), False)
        question = data.get("vraag", "").strip().lower()
        if not SLUG_RE.match(question):
            question = ""
        return cls(
            q=q,
            filters=filters,
            sort=sort,
            page=page,
            include_expired=include_expired,
            question=question,
            messages=tuple(messages),
        )

    @property
    def default_sort(self):
        return "relevantie" if self.q else "titel"

    def selected(self, facet):
        return self.filters.get(facet, ())

    def to_params(self, **changes):
        """The query as a list of URL parameters, with optional changes applied."""
        q = changes.get("q", self.q)
        filters = changes.get("filters", self.filters)
        params = [("q", q)] if q else []
        if self.question and any(filters.values()):
            # The question's picks stay on top while any filter remains.
            params.append(("vraag", self.question))
        for name in FACETS:
            params.extend((name, slug) for slug in filters.get(name, ()))
        if changes.get("include_expired", self.include_expired):
            params.append(("verlopen", "1"))
        sort = changes.get("sort", self.sort)
        if sort != ("relevantie" if q else "titel"):
            params.append(("sorteer", sort))
        page = changes.get("page", 1)
        if page > 1:
            params.append(("pagina", str(page)))
        return params

    def querystring(self, **changes):
        return urlencode(self.to_params(**changes))

    def without(self, facet, slug):
        filters = {
            k: tuple(v for v in vals if not (k == facet and v == slug)) for k, vals in self.filters.items()
        }
        return self.querystring(filters={k: v for k, v in filters.items() if v})

    def with_value(self, facet, slug):
        filters = dict(self.filters)
        filters[facet] = (*filters.get(facet, ()), slug)
        return self.querystring(filters=filters)


def parse_page(raw):
    try:
        page = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(page, 1), MAX_PAGE)
