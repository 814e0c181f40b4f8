"""Reading one spreadsheet cell into a model value, with a Dutch message when it cannot.

Each parser takes the raw cell (text from CSV; text, number or date from XLSX) and the
import's Lookups (taxonomy by name and slug, loaded once) and returns the value or raises
CellError. Near misses of a taxonomy name get a "Bedoelde u ...?" suggestion (difflib)."""

import datetime
import difflib
import re

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.html import escape
from wagtail.rich_text import RichText

from offerings.choices import Cost, Delivery, Language, Region
from taxonomy.kinds import Kind

CHOICES = {"cost": Cost, "delivery": Delivery, "language": Language, "region": Region, "kind": Kind}
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")
TERM_SEPARATORS = re.compile(r"[;\n|]+")


class CellError(Exception):
    pass


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def suggestion(value, options):
    """' Bedoelde u ‘X’?' for the closest of `options` ({lowercase key: display}), or ''."""
    match = difflib.get_close_matches(value.lower(), list(options), n=1, cutoff=0.7)
    return f" Bedoelde u ‘{options[match[0]]}’?" if match else ""


def text(max_length):
    def parse(value, lookups):
        result = " ".join(as_text(value).split())
        if len(result) > max_length:
            raise CellError(f"is te lang: maximaal {max_length} tekens (nu {len(result)}).")
        return result

    return parse


def choice(name):
    def parse(value, lookups):
        raw = as_text(value)
        if not raw:
            return None  # the model's default
        choices = CHOICES[name]
        options = {}
        for member in choices:
            options[str(member.value).lower()] = str(member.value)
            options[str(member.label).lower()] = str(member.value)
        found = options.get(raw.lower())
        if found is None:
            allowed = ", ".join(str(member.value) for member in choices)
            display = {key: key for key in options}
            raise CellError(
                f"‘{raw}’ is geen geldige waarde (kies uit: {allowed}).{suggestion(raw, display)}"
            )
        return found

    return parse


kind = choice("kind")


def _term(raw, model_name, lookups):
    index = lookups.terms[model_name]
    term = index.get(raw.lower())
    if term is None:
        display = {key: obj.name for key, obj in index.items()}
        raise CellError(f"‘{raw}’ is onbekend.{suggestion(raw, display)}")
    return term


def form(value, lookups):
    raw = as_text(value)
    return _term(raw, "form", lookups) if raw else None


def terms(model_name):
    def parse(value, lookups):
        found, errors = [], []
        for raw in TERM_SEPARATORS.split(as_text(value)):
            raw = raw.strip()
            if not raw:
                continue
            try:
                term = _term(raw, model_name, lookups)
            except CellError as error:
                errors.append(str(error))
                continue
            if term not in found:
                found.append(term)
        if errors:
            raise CellError(" ".join(errors))
        return found

    return parse


def date(value, lookups):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raw = as_text(value)
    if not raw:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise CellError(f"‘{raw}’ is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.")


def positive_int(value, lookups):
    raw = as_text(value)
    if not raw:
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise CellError(f"‘{raw}’ is geen geheel getal groter dan 0.")
    return int(raw)


_url_validator = URLValidator(schemes=["http", "https"])


def url(value, lookups):
    raw = as_text(value)
    if not raw:
        return ""
    try:
        _url_validator(raw)
    except ValidationError:
        raise CellError(f"‘{raw[:80]}’ is geen geldig webadres; begin met https://.") from None
    if len(raw) > 200:
        raise CellError("Het webadres is te lang: maximaal 200 tekens.")
    return raw


def email(value, lookups):
    raw = as_text(value)
    if not raw:
        return ""
    try:
        EmailValidator()(raw)
    except ValidationError:
        raise CellError(f"‘{raw[:80]}’ is geen geldig e-mailadres.") from None
    return raw


def body(value, lookups):
    """Plain text; a blank line starts a new paragraph block."""
    raw = as_text(value).replace("\r\n", "\n")
    if len(raw) > 10_000:
        raise CellError(f"is te lang: maximaal 10000 tekens (nu {len(raw)}).")
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", raw) if part.strip()]
    return [("paragraph", RichText(f"<p>{escape(paragraph)}</p>")) for paragraph in paragraphs]
