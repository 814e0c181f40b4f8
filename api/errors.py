"""Clear JSON errors: every bad request is a 400 with a Dutch message, never a 500."""

from django.core.exceptions import FieldError, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError


class ApiError(BadRequestError):
    """A bad request whose message is already written for the API's users."""


# Errors the ORM raises for values it cannot use (bad dates, out-of-range numbers).
INPUT_ERRORS = (ValueError, TypeError, OverflowError, ValidationError, FieldError)


def error_response(exc):
    if isinstance(exc, ApiError):
        return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, BadRequestError):
        # Wagtail's own messages are English; keep them as detail under a Dutch message.
        message = _("Ongeldige parameter: %(detail)s") % {"detail": exc}
        return Response({"message": message}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, (Http404, exceptions.NotFound)):
        return Response({"message": _("Niet gevonden.")}, status=status.HTTP_404_NOT_FOUND)
    if isinstance(exc, exceptions.MethodNotAllowed):
        response = Response(
            {"message": _("Deze API kan alleen gelezen worden (GET).")},
            status=status.HTTP_405_METHOD_NOT_ALLOWED,
        )
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response
    if isinstance(exc, exceptions.APIException):
        return Response({"message": str(exc.detail)}, status=exc.status_code)
    if isinstance(exc, INPUT_ERRORS):
        return Response(
            {"message": _("Een van de parameters heeft een waarde die niet gebruikt kan worden.")},
            status=status.HTTP_400_BAD_REQUEST,
        )
    return None
