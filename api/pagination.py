from collections import OrderedDict

from rest_framework.pagination import BasePagination
from rest_framework.response import Response

from api.validation import parse_limit_offset


class PublicPagination(BasePagination):
    """Wagtail's limit/offset paging with a maximum limit and a maximum offset."""

    def paginate_queryset(self, queryset, request, view=None):
        limit, offset = parse_limit_offset(request.GET)
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]

    def get_paginated_response(self, data):
        return Response(OrderedDict([("meta", {"total_count": self.total_count}), ("items", data)]))
