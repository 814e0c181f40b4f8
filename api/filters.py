"""Wagtail's API filters, hardened: bad values become 400s instead of database errors."""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from api.errors import INPUT_ERRORS, ApiError
from api.validation import check_search
from search.params import clean_text


class PublicFieldsFilter(FieldsFilter):
    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except INPUT_ERRORS:
            raise ApiError(_("Een veldfilter heeft een waarde die niet past bij het veld."))


class PublicSearchFilter(SearchFilter):
    """?search=...&search_operator=and|or on the configured search backend.

    The text is normalised like the finder's `q` (no control characters, collapsed spaces);
    an empty search filters nothing.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise ApiError(_("Zoeken is uitgeschakeld."))
        check_search(request.GET)
        text = clean_text(request.GET["search"])
        if not text:
            return queryset
        try:
            return get_search_backend().search(
                text,
                queryset,
                operator=request.GET.get("search_operator") or None,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as e:
            raise ApiError(_("Zoeken kan niet samen met het filter '%(f)s'.") % {"f": e.field_name})
        except OrderByFieldError as e:
            raise ApiError(_("Bij zoeken kan niet gesorteerd worden op '%(f)s'.") % {"f": e.field_name})
