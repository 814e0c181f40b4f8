"""wagtail-modeladmin's list view with Django admin's guard on URL lookups.

wagtail-modeladmin's IndexView applies every query-string parameter it does not know as a
queryset lookup (`?acted_by__password__startswith=pbkdf2`), with no `lookup_allowed` check as
Django's admin has: any user of a list could filter on fields across relations, such as
another user's password hash, and read the answer from the number of rows. A parameter
it cannot resolve (`?next=`) is a server error. This view applies only the list filters'
own parameters; for anything else it shows the list without that parameter and says so.
"""

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail_modeladmin.views import IndexView


class UnknownListParameters(Exception):
    pass


class StrictIndexView(IndexView):
    # Kept when the list is shown again without the parameters it refused.
    KEPT_PARAMS = (IndexView.SEARCH_VAR, IndexView.ORDER_VAR, IndexView.ORDER_TYPE_VAR)

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except (UnknownListParameters, IncorrectLookupParameters):
            messages.warning(
                request,
                _(
                    "Een filter in het adres bestaat niet of kon niet worden toegepast; "
                    "u ziet de lijst zonder dat filter."
                ),
            )
            kept = {key: request.GET[key] for key in self.KEPT_PARAMS if request.GET.get(key)}
            return redirect(request.path + (f"?{urlencode(kept)}" if kept else ""))

    def get_filters(self, request):
        filter_specs, has_filters, remaining, use_distinct = super().get_filters(request)
        if remaining:  # not consumed by one of list_filter's filters
            raise UnknownListParameters(sorted(remaining))
        return filter_specs, has_filters, remaining, use_distinct
