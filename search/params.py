"""The finder's parameters: one parser for the /aanbod/ page, the JSON API and the feed.

The same URL means the same thing everywhere. The parser reads every parameter once, in
one of two modes:
- repair (the page, the feed, followed searches): bad input is repaired, with a note for the
  user where it changes the answer (a person is looking at it);
- strict (the API): the first bad parameter is refused with a Dutch message naming it
  (ParameterError; api/finder_params.py makes it a 400), so an integration never silently
  shows the wrong list.
A parameter the page repairs is exactly a parameter the API refuses
(tests/search/test_one_parser.py). The facets, periods and switches it reads are the specs
in search/facets.py.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search import facets

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 30
MAX_PAGE = 10_000
PAGE_SIZE = 20

SORTS = {
    "relevantie": gettext_lazy("Relevantie"),
    "binnenkort": gettext_lazy("Binnenkort eerst (trainingen)"),
    "nieuw": gettext_lazy("Nieuwste eerst"),
    "titel": gettext_lazy("Titel (A-Z)"),
}
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")  # the date picker's format, and as typed
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class ParameterError(ValueError):
    """A parameter strict mode refuses: its name and a Dutch message saying what is wrong."""

    def __init__(self, name, message):
        super().__init__(message)
        self.name = name
        self.message = message


def finder_parameters():
    """The finder's parameters, in the order the API documents them."""
    flags = [spec.key for spec in facets.FLAGS]
    return ("q", "vraag", *facets.labels(), "sorteer", *flags, *facets.date_params())


def single_valued():
    """The finder's parameters that may appear once (the others are facets)."""
    return {"q", "vraag", "sorteer", *(spec.key for spec in facets.FLAGS), *facets.date_params()}


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


def clean_text(value):
    """Normalise free text: NFC, no control characters or NULs, collapsed spaces, capped."""
    value = unicodedata.normalize("NFC", value or "")
    value = CONTROL_CHARS.sub(" ", value)
    value = " ".join(value.split())
    return value[:MAX_QUERY_LENGTH].strip()


class _Reader:
    """One pass over the parameters: `bad` refuses (strict) or notes the repair (page)."""

    def __init__(self, data, strict):
        self.data = data
        self.strict = strict
        self.notes = []  # messages for the page's user
        self.repaired = []  # names of the parameters the page repaired

    def bad(self, name, refusal, note=None):
        if self.strict:
            raise ParameterError(name, refusal)
        if name not in self.repaired:
            self.repaired.append(name)
        if note is not None:
            self.notes.append(note)

    def one(self, name):
        """A single-valued parameter's value ("" when absent); the page takes the last."""
        values = self.data.getlist(name)
        if len(values) > 1:
            self.bad(name, _("Geef '%(name)s' maar één keer op.") % {"name": name})
        return values[-1] if values else ""

    def text(self):
        raw = self.one("q")
        if "\x00" in raw:
            self.bad("q", _("Parameters mogen geen NUL-tekens (\\x00) bevatten."))
        if len(raw) > MAX_QUERY_LENGTH:
            self.bad(
                "q",
                _("'q' mag hoogstens %(n)s tekens lang zijn.") % {"n": MAX_QUERY_LENGTH},
                _("Uw zoekvraag was erg lang; we zoeken op de eerste %(n)s tekens.")
                % {"n": MAX_QUERY_LENGTH},
            )
        return clean_text(raw)

    def slugs(self, name):
        values = self.data.getlist(name)
        if len(values) > MAX_VALUES_PER_FACET:
            self.bad(
                name,
                _("Geef hoogstens %(n)s waarden voor '%(name)s'.")
                % {"n": MAX_VALUES_PER_FACET, "name": name},
            )
        slugs = []
        for raw in values[: MAX_VALUES_PER_FACET * 4]:
            slug = raw.strip().lower()
            if not SLUG_RE.match(slug):
                self.bad(
                    name,
                    _(
                        "'%(value)s' is geen geldige waarde voor '%(name)s': "
                        "gebruik een slug zoals 'polarisatie'."
                    )
                    % {"value": raw[:60], "name": name},
                )
            elif slug not in slugs:
                slugs.append(slug)
        return tuple(slugs[:MAX_VALUES_PER_FACET])

    def choice(self, name, allowed):
        """A value from `allowed`, or "" (absent or repaired)."""
        raw = self.one(name)
        if name in self.data and raw not in allowed:
            self.bad(
                name,
                _("'%(name)s' moet een van deze zijn: %(values)s.")
                % {"name": name, "values": ", ".join(allowed)},
            )
            return ""
        return raw

    def period(self, spec):
        days = {}
        for param, attribute in spec.params.items():
            raw = self.one(param)
            days[attribute] = parse_date(raw)
            if raw.strip() and days[attribute] is None:
                # An empty value (a form's empty date field) means no date.
                self.bad(
                    param,
                    _("'%(param)s' moet een datum zijn, zoals 2027-03-01.") % {"param": param},
                    _("De datum '%(raw)s' kennen we niet (bijvoorbeeld 1-3-2027); we filteren er niet op.")
                    % {"raw": raw.strip()[:20]},
                )
        first, last = days[spec.start_attribute], days[spec.end_attribute]
        if first and last and first > last:
            # Not refused: page and API both swap the two, so the URL means the same everywhere.
            days = {spec.start_attribute: last, spec.end_attribute: first}
            self.notes.append(_("De begindatum lag na de einddatum; we hebben ze omgedraaid."))
        return days

    def question(self):
        question = self.one("vraag").strip().lower()
        if SLUG_RE.match(question):
            return question
        if "vraag" in self.data:
            self.bad("vraag", _("'vraag' moet de slug van een vraagstuk zijn, zoals 'rol-jongerenwerk'."))
        return ""

    def unknown(self, extra):
        """Strict mode: parameters that are neither the finder's nor in `extra` are refused."""
        known = finder_parameters()
        unknown = sorted(set(self.data) - {*known, *extra})
        if unknown:
            listed = [*known, *(name for name in extra if not name.startswith("_"))]
            raise ParameterError(
                unknown[0],
                _("Onbekende parameter(s): %(names)s. Toegestaan zijn: %(allowed)s.")
                % {"names": ", ".join(unknown), "allowed": ", ".join(listed)},
            )


@dataclass(frozen=True)
class FinderQuery:
    q: str = ""
    filters: dict = field(default_factory=dict)  # facet -> tuple of slugs
    sort: str = "relevantie"
    page: int = 1
    include_expired: bool = False  # ?verlopen= (search/facets.py: FLAGS)
    question: str = ""  # slug of a municipalities' question (?vraag=), see search/questions.py
    starts_from: datetime.date | None = None  # ?vanaf=: trainings (partly) on or after this day
    starts_until: datetime.date | None = None  # ?tot=: trainings (partly) on or before this day
    messages: tuple = ()  # notes for the user about input that was adjusted
    repaired: tuple = field(default=(), compare=False)  # parameters repaired (what strict refuses)

    @classmethod
    def from_querydict(cls, data, strict=False, extra=()):
        """The query of a QueryDict. strict: refuse the first bad parameter (ParameterError),
        and any parameter that is neither the finder's nor in `extra`; else repair."""
        reader = _Reader(data, strict)
        if strict:
            reader.unknown(extra)
        q = reader.text()
        filters = {spec.key: reader.slugs(spec.key) for spec in facets.FACETS}
        filters = {name: slugs for name, slugs in filters.items() if slugs}
        sort = reader.choice("sorteer", SORTS)
        flags = {
            spec.attribute: spec.values.get(reader.choice(spec.key, spec.values), False)
            for spec in facets.FLAGS
        }
        dates = {}
        for spec in facets.RANGES:
            dates.update(reader.period(spec))
        question = reader.question()
        return cls(
            q=q,
            filters=filters,
            sort=sort or default_sort_for(q, filters, any(dates.values())),
            page=parse_page(data.get("pagina", "1")),
            question=question,
            messages=tuple(reader.notes),
            repaired=tuple(reader.repaired),
            **flags,
            **dates,
        )

    @property
    def default_sort(self):
        return default_sort_for(self.q, self.filters, self.in_period)

    @property
    def in_period(self):
        return any(getattr(self, attribute) is not None for attribute in facets.date_params().values())

    @property
    def filter_count(self):
        days = sum(getattr(self, attribute) is not None for attribute in facets.date_params().values())
        return sum(len(slugs) for slugs in self.filters.values()) + days

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
        for spec in facets.FACETS:
            params.extend((spec.key, slug) for slug in filters.get(spec.key, ()))
        for spec in facets.FLAGS:
            if changes.get(spec.attribute, getattr(self, spec.attribute)):
                params.append((spec.key, spec.on))
        in_period = False
        for param, attribute in facets.date_params().items():
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
