"""Checks on raw query parameters that apply to every endpoint."""

from django.conf import settings
from django.utils.translation import gettext as _

from api.errors import ApiError

DEFAULT_LIMIT = 20  # as in Wagtail's API
MAX_PARAMETER_LENGTH = 1000
MAX_SEARCH_LENGTH = 200
SEARCH_OPERATORS = ("and", "or")


def check_raw_parameters(querydict, single_valued):
    for key, values in querydict.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise ApiError(_("Parameters mogen geen NUL-tekens (\\x00) bevatten."))
        if any(len(value) > MAX_PARAMETER_LENGTH for value in values):
            raise ApiError(
                _("De waarde van '%(name)s' is te lang (meer dan %(n)s tekens).")
                % {"name": key, "n": MAX_PARAMETER_LENGTH}
            )
        if key in single_valued and len(values) > 1:
            raise ApiError(_("Geef '%(name)s' maar één keer op.") % {"name": key})


def parse_int(querydict, name, default, maximum):
    raw = querydict.get(name)
    if raw is None:
        return default
    raw = raw.strip()
    if not raw.isascii() or not raw.isdigit():
        raise ApiError(_("'%(name)s' moet een geheel getal van 0 of meer zijn.") % {"name": name})
    value = int(raw)
    if value > maximum:
        raise ApiError(_("'%(name)s' mag niet groter zijn dan %(max)s.") % {"name": name, "max": maximum})
    return value


def parse_limit_offset(querydict):
    limit = parse_int(querydict, "limit", DEFAULT_LIMIT, settings.WAGTAILAPI_LIMIT_MAX)
    offset = parse_int(querydict, "offset", 0, settings.API_MAX_OFFSET)
    return limit, offset


def check_search(querydict):
    operator = querydict.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise ApiError(_("'search_operator' moet 'and' of 'or' zijn."))
    if len(querydict.get("search", "")) > MAX_SEARCH_LENGTH:
        raise ApiError(_("'search' mag hoogstens %(n)s tekens lang zijn.") % {"n": MAX_SEARCH_LENGTH})


def search_text(value):
    """Free text for a search backend. Double quotes are dropped: SQLite's FTS5 (the
    development database) fails on an unbalanced one, and no backend needs them here."""
    return value.replace('"', " ")
