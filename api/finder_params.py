"""The finder's parameters as the API accepts them: strictly checked, then parsed by
search.params.FinderQuery exactly as the /aanbod/ page parses them.

The HTML page quietly repairs bad input (it has a person looking at it); the API says
what is wrong with a 400, so an integration does not silently show the wrong list.
"""

from django.utils.translation import gettext as _

from api.errors import ApiError
from search.params import (
    EXPIRED_VALUES,
    FACETS,
    MAX_QUERY_LENGTH,
    MAX_VALUES_PER_FACET,
    SLUG_RE,
    SORTS,
    FinderQuery,
)

SINGLE_VALUED = {"q", "vraag", "sorteer", "verlopen", "limit", "offset"}
FINDER_PARAMETERS = ("q", "vraag", *FACETS, "sorteer", "verlopen")
ALLOWED = {*FINDER_PARAMETERS, "limit", "offset", "_"}


def finder_query(querydict):
    unknown = sorted(set(querydict) - ALLOWED)
    if unknown:
        raise ApiError(
            _("Onbekende parameter(s): %(names)s. Toegestaan zijn: %(allowed)s.")
            % {"names": ", ".join(unknown), "allowed": ", ".join([*FINDER_PARAMETERS, "limit", "offset"])}
        )
    if len(querydict.get("q", "")) > MAX_QUERY_LENGTH:
        raise ApiError(_("'q' mag hoogstens %(n)s tekens lang zijn.") % {"n": MAX_QUERY_LENGTH})
    for name in FACETS:
        values = querydict.getlist(name)
        if len(values) > MAX_VALUES_PER_FACET:
            raise ApiError(
                _("Geef hoogstens %(n)s waarden voor '%(name)s'.") % {"n": MAX_VALUES_PER_FACET, "name": name}
            )
        for value in values:
            if not SLUG_RE.match(value.strip().lower()):
                raise ApiError(
                    _(
                        "'%(value)s' is geen geldige waarde voor '%(name)s': "
                        "gebruik een slug zoals 'polarisatie'."
                    )
                    % {"value": value[:60], "name": name}
                )
    if "sorteer" in querydict and querydict["sorteer"] not in SORTS:
        raise ApiError(_("'sorteer' moet een van deze zijn: %(sorts)s.") % {"sorts": ", ".join(SORTS)})
    if "verlopen" in querydict and querydict["verlopen"] not in EXPIRED_VALUES:
        raise ApiError(
            _("'verlopen' moet een van deze zijn: %(values)s.") % {"values": ", ".join(EXPIRED_VALUES)}
        )
    if "vraag" in querydict and not SLUG_RE.match(querydict["vraag"].strip().lower()):
        raise ApiError(_("'vraag' moet de slug van een vraagstuk zijn, zoals 'rol-jongerenwerk'."))
    # Free text needs no escaping here: the finder reduces it to plain terms (search/text.py).
    return FinderQuery.from_querydict(querydict)
