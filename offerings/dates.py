"""Dates as editors know them: a year, a month or a day, possibly "circa".

A publication often has only a year ("2015") or an approximate one ("ca. 2015"). We store
such a date as a string in the Extended Date/Time Format (EDTF, ISO 8601-2) subset that
fits: "2015", "2015-03", "2015-03-14", with "~" appended for approximate ("2015~"), and
a quarter as EDTF's sub-year grouping 33-36 ("2025-35" is the 3rd quarter of 2025; typed
as "2025-Q3" or "3e kwartaal 2025"). Sort them by `sort_key` (a quarter's code sorts after
December as text). JSON-LD gets ISO 8601 at the precision it can express (`iso`: a quarter
gives its year); the API also gives the EDTF string. They round-trip through page revisions
unchanged.

Parsing is written here rather than taken from a library: the EDTF libraries on PyPI read
EDTF, not the Dutch that editors type ("ca. 2015", "maart 2015", "14-03-2015"), and the
grammar below is small. Anything it cannot read is refused with a Dutch message; it never
guesses and never falls back to today's date.

The same grammar is given to the browser as an HTML `pattern` (PARTIAL_DATE_PATTERN,
STRICT_DATE_PATTERN) so the admin can say "cannot read this" when the field loses focus.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
# Common Dutch abbreviations; "mrt" for maart, "okt" for oktober.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
MONTH_ABBREVIATIONS.update({"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)} | MONTH_ABBREVIATIONS

MIN_YEAR = 1800
MAX_YEAR = 2100

PARTIAL_DATE_HELP = _(
    "Een jaar (2015), een kwartaal (3e kwartaal 2015 of 2015-Q3), een maand (maart 2015) of een "
    "datum (14-03-2015). Zet er 'ca.' voor als het jaar niet precies bekend is: ca. 2015."
)
PARTIAL_DATE_INVALID = _(
    "Deze datum kunnen we niet lezen. Vul een jaar in (2015), een kwartaal (3e kwartaal 2015 of "
    "2015-Q3), een maand (maart 2015) of een datum (14-03-2015), eventueel met 'ca.' ervoor "
    "(ca. 2015)."
)
# EDTF's codes for the four quarters of a year (ISO 8601-2 sub-year groupings).
QUARTER_CODES = {1: 33, 2: 34, 3: 35, 4: 36}
QUARTER_ORDINALS = {"1e": 1, "2e": 2, "3e": 3, "4e": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
QUARTER_ORDINALS.update({"1ste": 1, "2de": 2, "3de": 3, "4de": 4})
STRICT_DATE_INVALID = _(
    "Deze datum kunnen we niet lezen. Vul een datum in als 14-03-2026 of 2026-03-14, of kies "
    "hem in de kalender."
)

_CIRCA = r"(?:ca\.?|circa|c\.|±|~)"
_SEP = r"(?:-|/|\.)"
_MONTH_NAMES = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_ORDINALS = "|".join(sorted(QUARTER_ORDINALS, key=len, reverse=True))

_PARTIAL_RE = re.compile(
    rf"""^\s*(?P<circa>{_CIRCA}\s*)?(?:
        (?P<y1>\d{{4}})                                                       # 2015
      | (?P<m2>{_MONTH_NAMES})\.?\s+(?P<y2>\d{{4}})                           # maart 2015
      | (?P<d3>\d{{1,2}})\s+(?P<m3>{_MONTH_NAMES})\.?\s+(?P<y3>\d{{4}})       # 14 maart 2015
      | (?P<d4>\d{{1,2}}){_SEP}(?P<m4>\d{{1,2}}){_SEP}(?P<y4>\d{{4}})         # 14-03-2015
      | (?P<y5>\d{{4}})-(?P<m5>\d{{1,2}})(?:-(?P<d5>\d{{1,2}}))?              # 2015-03(-14)
      | (?P<m6>\d{{1,2}}){_SEP}(?P<y6>\d{{4}})                                # 03-2015
      | (?P<y7>\d{{4}})\s*-?\s*[Qq](?P<q7>[1-4])                              # 2015-Q3
      | [Qq](?P<q8>[1-4])\s*-?\s*(?P<y8>\d{{4}})                              # Q3 2015
      | (?P<o9>{_ORDINALS})\s+kwartaal\s+(?P<y9>\d{{4}})                     # 3e kwartaal 2015
      | kwartaal\s+(?P<q10>[1-4])\s+(?P<y10>\d{{4}})                         # kwartaal 3 2015
      | (?P<y11>\d{{4}})-(?P<c11>3[3-6])                                        # 2015-35 (EDTF)
    )(?P<edtf>~)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _case_insensitive(word):
    """'maart' -> '[Mm][Aa]...': the browser's `pattern` attribute has no flags."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in word)


def _browser_pattern():
    # The HTML pattern is compiled with the `v` flag: no bare punctuation in classes, no
    # verbose mode. Same alternatives as _PARTIAL_RE, less the range checks.
    circa = r"(?:[Cc][Aa]\.?|[Cc][Ii][Rr][Cc][Aa]|[Cc]\.|±|~) *"
    sep = r"(?:-|/|\.)"
    months = "|".join(_case_insensitive(m) for m in sorted(MONTH_NUMBERS, key=len, reverse=True))
    ordinals = "|".join(_case_insensitive(o) for o in sorted(QUARTER_ORDINALS, key=len, reverse=True))
    alternatives = [
        r"\d{4}",
        rf"(?:{months})\.? +\d{{4}}",
        rf"\d{{1,2}} +(?:{months})\.? +\d{{4}}",
        rf"\d{{1,2}}{sep}\d{{1,2}}{sep}\d{{4}}",
        r"\d{4}-\d{1,2}(?:-\d{1,2})?",
        rf"\d{{1,2}}{sep}\d{{4}}",
        r"\d{4} *-? *[Qq][1-4]",
        r"[Qq][1-4] *-? *\d{4}",
        rf"(?:{ordinals}) +{_case_insensitive('kwartaal')} +\d{{4}}",
        rf"{_case_insensitive('kwartaal')} +[1-4] +\d{{4}}",
        r"\d{4}-3[3-6]",
    ]
    return rf" *(?:{circa})?(?:{'|'.join(alternatives)})~? *"


PARTIAL_DATE_PATTERN = _browser_pattern()

# What a date-only field reads (STRICT_DATE_INPUT_FORMATS) as a browser pattern.
STRICT_DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d"]
STRICT_DATE_PATTERN = r" *(?:\d{4}(?:-|/)\d{1,2}(?:-|/)\d{1,2}|\d{1,2}(?:-|/)\d{1,2}(?:-|/)\d{4}) *"


class PartialDate(str):
    """An EDTF string ("2015", "2015-03", "2015-03-14", optionally "~") with its parts."""

    def __new__(cls, value):
        value = str(value)
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?", value)
        if not match:
            raise ValueError(f"not a partial date: {value!r}")
        self = super().__new__(cls, value)
        year, month, day, circa = match.groups()
        self.year = int(year)
        self.month = int(month) if month else None
        self.day = int(day) if day else None
        self.circa = bool(circa)
        self.quarter = None
        if self.month in QUARTER_CODES.values() and not self.day:
            self.quarter, self.month = self.month - 32, None
        if self.day:
            datetime.date(self.year, self.month, self.day)  # raises ValueError if impossible
        elif self.month and not 1 <= self.month <= 12:
            raise ValueError(f"no such month: {value!r}")
        return self

    @classmethod
    def build(cls, year, month=None, day=None, circa=False, quarter=None):
        text = f"{year:04d}"
        if quarter:
            text += f"-{QUARTER_CODES[quarter]}"
        elif month:
            text += f"-{month:02d}"
            if day:
                text += f"-{day:02d}"
        return cls(text + ("~" if circa else ""))

    @property
    def precision(self):
        if self.quarter:
            return "quarter"
        return "day" if self.day else "month" if self.month else "year"

    @property
    def edtf(self):
        return str(self)

    @property
    def iso(self):
        """ISO 8601 with the precision that is known: '2015', '2015-03' or '2015-03-14'; a
        quarter, which ISO 8601-1 cannot write, as its year."""
        if self.quarter:
            return f"{self.year:04d}"
        return self.rstrip("~")

    @property
    def label(self):
        """Dutch, as the public page shows it: '2015', 'ca. 2015', '3e kwartaal 2015',
        'maart 2015', '14 maart 2015'."""
        text = str(self.year)
        if self.quarter:
            text = f"{self.quarter}e kwartaal {text}"
        elif self.month:
            text = f"{MONTHS[self.month - 1]} {text}"
            if self.day:
                text = f"{self.day} {text}"
        return f"ca. {text}" if self.circa else text

    @property
    def first_day(self):
        """The first day this date can mean (for comparisons with real dates)."""
        month = (self.quarter - 1) * 3 + 1 if self.quarter else self.month or 1
        return datetime.date(self.year, month, self.day or 1)

    @property
    def sort_key(self):
        """Date order: the first day, then the wider date first (2025 before 2025-Q1 before
        januari 2025 before 1 januari 2025)."""
        width = {"year": 0, "quarter": 1, "month": 2, "day": 3}[self.precision]
        return (self.first_day, width)

    def __reduce__(self):
        return (PartialDate, (str(self),))


def parse_partial_date(text):
    """Read what an editor typed; return a PartialDate or raise ValidationError (Dutch)."""
    if isinstance(text, PartialDate):
        return text
    match = _PARTIAL_RE.match(str(text or ""))
    if not match:
        raise ValidationError(PARTIAL_DATE_INVALID, code="invalid")
    parts = match.groupdict()
    circa = bool(parts["circa"] or parts["edtf"])
    year = next(int(parts[f"y{n}"]) for n in range(1, 12) if parts[f"y{n}"])
    quarter = next((int(parts[k]) for k in ("q7", "q8", "q10") if parts[k]), None)
    if parts["o9"]:
        quarter = QUARTER_ORDINALS[parts["o9"].lower()]
    if parts["c11"]:
        quarter = int(parts["c11"]) - 32
    month_text = next((parts[k] for k in ("m2", "m3", "m4", "m5", "m6") if parts[k]), None)
    day_text = next((parts[k] for k in ("d3", "d4", "d5") if parts[k]), None)
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else MONTH_NUMBERS[month_text.lower()]
    day = int(day_text) if day_text else None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            _("Het jaar %(year)s klopt niet: vul een jaar tussen %(min)s en %(max)s in."),
            code="year",
            params={"year": year, "min": MIN_YEAR, "max": MAX_YEAR},
        )
    try:
        return PartialDate.build(year, month, day, circa, quarter)
    except ValueError:
        raise ValidationError(
            _("Deze datum bestaat niet: %(value)s."), code="impossible", params={"value": text.strip()}
        ) from None


class PartialDateInput(forms.TextInput):
    """A plain text box: no calendar to pick today's date from, and a pattern the browser checks
    on leaving the field (static/js/date-check.js) with the same Dutch message as the server."""

    def __init__(self, attrs=None):
        defaults = {
            "autocomplete": "off",
            "pattern": PARTIAL_DATE_PATTERN,
            "placeholder": "bijv. 2015, ca. 2015, 3e kwartaal 2015, maart 2015 of 14-03-2015",
            "data-date-check": str(PARTIAL_DATE_INVALID),
        }
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        if value in (None, ""):
            return None
        try:
            return PartialDate(value).label
        except ValueError:
            return str(value)  # the editor's own unreadable input, shown back as typed

    class Media:
        js = ["js/date-check.js"]


class PartialDateFormField(forms.CharField):
    widget = PartialDateInput
    default_error_messages = {"invalid": PARTIAL_DATE_INVALID}

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return ""
        return parse_partial_date(value)


class PartialDateField(models.CharField):
    """A model field holding a PartialDate (EDTF string, at most 11 characters)."""

    description = "A year, month or day, possibly approximate (EDTF)"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 11)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 11:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value in (None, "") or isinstance(value, PartialDate):
            return value
        try:
            return PartialDate(value)
        except ValueError:
            return parse_partial_date(value)

    def formfield(self, **kwargs):
        # What editors type ("ca. 14 september 2015") is longer than what is stored.
        return super().formfield(**{"form_class": PartialDateFormField, **kwargs, "max_length": 40})


class StrictAdminDateInput(AdminDateInput):
    """Wagtail's calendar widget, minus the picker's habit of replacing text it cannot parse by
    today's date when the field loses focus (validateOnBlur). What the editor typed stays;
    the browser flags it (static/js/date-check.js) and the server refuses it."""

    def __init__(self, attrs=None, format=None):
        defaults = {"pattern": STRICT_DATE_PATTERN, "data-date-check": str(STRICT_DATE_INVALID)}
        super().__init__({**defaults, **(attrs or {})}, format=format)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}

    @property
    def media(self):
        return super().media + forms.Media(js=["js/date-check.js"])


# The keyword arguments every admin form gets for a models.DateField (registered in
# OfferingsConfig.ready): the widget above, the formats its pattern allows, a Dutch error.
STRICT_DATE_FIELD_OVERRIDE = {
    "widget": StrictAdminDateInput,
    "input_formats": STRICT_DATE_INPUT_FORMATS,
    "error_messages": {"invalid": STRICT_DATE_INVALID},
}
