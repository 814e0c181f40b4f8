"""Wagtail's API filters, hardened: bad values become 400s instead of database errors."""

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from api.errors import INPUT_ERRORS, ApiError
from api.validation import search_text
from search import engines
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
        # The parameters were checked in PublicAPIMixin.initial().
        text = clean_text(search_text(request.GET["search"]))
        if not text:
            return queryset
        operator = request.GET.get("search_operator") or None
        try:
            if "order" in request.GET:
                # Keep the requested order (any field, indexed or not): search, then filter.
                matches = engines.text_search(
                    lambda backend: engines.result_ids(
                        get_search_backend(backend).search(
                            text, queryset.order_by(), operator=operator, order_by_relevance=False
                        ),
                        ordered=False,
                    )
                )
                return queryset.filter(pk__in=matches)
            return engines.text_search(
                lambda backend: _counted(get_search_backend(backend), text, queryset, operator)
            )
        except FilterFieldError as e:
            raise ApiError(_("Zoeken kan niet samen met het filter '%(f)s'.") % {"f": e.field_name})
        except OrderByFieldError as e:
            raise ApiError(_("Bij zoeken kan niet gesorteerd worden op '%(f)s'.") % {"f": e.field_name})


def _counted(backend, text, queryset, operator):
    """Relevance-ordered results, counted here so that a failing engine shows at once and the
    database answers (search.engines.text_search); the paginator slices them afterwards."""
    results = backend.search(text, queryset, operator=operator, order_by_relevance=True)
    results.count()
    return results


class PageTreeFilter(BaseFilterBackend):
    """?child_of, ?descendant_of (page id or 'root') and ?ancestor_of (page id).

    A page that does not exist or is not public gives an empty list rather than an error,
    so the API reveals nothing about pages the public cannot see. Filters combine (AND).
    """

    def filter_queryset(self, request, queryset, view):
        for name, method, allow_root in (
            ("child_of", "child_of", True),
            ("descendant_of", "descendant_of", True),
            ("ancestor_of", "ancestor_of", False),
        ):
            if name not in request.GET:
                continue
            page = self.find_page(request.GET[name], name, allow_root, view)
            if page is None:
                return queryset.none()
            queryset = getattr(queryset, method)(page)
        return queryset

    @staticmethod
    def find_page(raw, name, allow_root, view):
        if allow_root and raw == "root":
            return view.get_root_page()
        if not raw.isascii() or not raw.isdigit() or len(raw) > 18:
            if allow_root:
                raise ApiError(_("'%(name)s' moet een paginanummer of 'root' zijn.") % {"name": name})
            raise ApiError(_("'%(name)s' moet een paginanummer zijn.") % {"name": name})
        return view.get_base_queryset().filter(pk=int(raw)).first()
