"""A request id on every log line and response (X-Request-ID).

nginx makes one per request ($request_id) and passes it on; it is taken over only from a
trusted proxy (settings.TRUSTED_PROXIES) and only when it looks like an id, otherwise
one is made here. Written here (a contextvar, a middleware and a logging filter) rather
than with django-log-request-id, which trusts the header from any client.
"""

import contextvars
import logging
import os
import re
import uuid

from django.conf import settings

from core.clientaddress import _address, _trusted

HEADER = "HTTP_X_REQUEST_ID"
VALID_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")

current_request_id = contextvars.ContextVar("request_id", default="-")


def request_id_for(request):
    offered = request.META.get(HEADER, "")
    if offered and VALID_ID.fullmatch(offered) and _trusted(_address(request.META.get("REMOTE_ADDR", ""))):
        return offered
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_for(request)
        token = current_request_id.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request.request_id
        if settings.OPS_EXPOSE_WORKER_ID:
            # Only for bench/load.py (EXPOSE_WORKER_ID=1): which worker process answered.
            response["X-Worker"] = str(os.getpid())
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return True
