"""Parsing the finder's URL parameters into a validated, immutable query.

The HTML finder, the JSON API and the Atom feed all read their parameters here, so the
same URL means the same thing everywhere.
"""

import datetime
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
    "binnenkort": _("Binnenkort eerst (trainingen)"),
    "nieuw": _("Nieuwste eerst"),
    "titel": _("Titel (A-Z)"),
}
# ?vanaf= and ?tot=: trainings in a period (search/finder.py: in_period).
DATE_PARAMS = {"vanaf": "starts_from", "tot": "starts_until"}
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")  # the date picker's format, and as typed
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


def parse_date(raw):
    """A date from ?vanaf=/?tot= (2027-03-01, or 1-3-2027 as typed), or None when it is none."""
    raw = (raw or "").strip()[:20]
    for fmt in DATE_FORMATS:
        try:
            value = datetime.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
        return value
    return None


def default_sort_for(q, filters, in_period=False):
    """Relevance for a text search; upcoming first for trainings (only trainings, or a
    period); else by title."""
    if q:
        return "relevantie"
    if in_period or filters.get("soort") == ("training",):
        return "binnenkort"
    return "titel"


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
    starts_from: datetime.date | None = None  # ?vanaf=: trainings (partly) on or after this day
    starts_until: datetime.date | None = None  # ?tot=: trainings (partly) on or before this day
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
        dates = {}
        for param, attribute in DATE_PARAMS.items():
            raw = data.get(param, "")
            dates[attribute] = parse_date(raw)
            if raw.strip() and dates[attribute] is None:
                messages.append(
                    _("De datum '%(raw)s' kennen we niet (bijvoorbeeld 1-3-2027); we filteren er niet op.")
                    % {"raw": raw.strip()[:20]}
                )
        if dates["starts_from"] and dates["starts_until"] and dates["starts_from"] > dates["starts_until"]:
            dates = {"starts_from": dates["starts_until"], "starts_until": dates["starts_from"]}
            messages.append(_("De begindatum lag na de einddatum; we hebben ze omgedraaid."))
        sort = data.get("sorteer", "")
        if sort not in SORTS:
            sort = default_sort_for(q, filters, any(dates.values()))
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
            **dates,
        )

    @property
    def default_sort(self):
        return default_sort_for(self.q, self.filters, self.in_period)

    @property
    def in_period(self):
        return self.starts_from is not None or self.starts_until is not None

    @property
    def filter_count(self):
        dates = (self.starts_from, self.starts_until)
        return sum(len(slugs) for slugs in self.filters.values()) + sum(d is not None for d in dates)

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
        in_period = False
        for param, attribute in DATE_PARAMS.items():
            value = changes.get(attribute, getattr(self, attribute))
            if value is not None:
                params.append((param, value.isoformat()))
                in_period = True
        sort = changes.get("sort", self.sort)
        if sort != default_sort_for(q, filters, in_period):
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
