"""The finder's parameters as the API accepts them: search.params's one parser in strict
mode, so the API refuses exactly what the /aanbod/ page repairs, with a Dutch message
naming the parameter (a 400 in the documented error format, api/errors.py)."""

from api.errors import ApiError
from search.params import FinderQuery, ParameterError, single_valued

PAGING = ("limit", "offset", "_")  # the API's paging, and a client's cache buster
SINGLE_VALUED = {*single_valued(), "limit", "offset"}


def finder_query(querydict):
    # Free text needs no escaping here: the finder reduces it to plain terms (search/text.py).
    try:
        return FinderQuery.from_querydict(querydict, strict=True, extra=PAGING)
    except ParameterError as error:
        raise ApiError(error.message) from error
