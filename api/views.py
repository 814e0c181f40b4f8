"""The OpenAPI document and the human-readable API page."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from api.caching import public_cache
from api.openapi import build_schema
from search import facets


def api_not_found(request):
    return JsonResponse({"message": _("Niet gevonden: dit adres bestaat niet in de API.")}, status=404)


@public_cache
def openapi_json(request):
    return JsonResponse(build_schema(request), json_dumps_params={"ensure_ascii": False})


ENDPOINTS = [
    (
        "/api/v2/offerings/",
        "Het aanbod zoals de zoekpagina het toont, met facetten.",
        "?thema=polarisatie&soort=training",
    ),
    ("/api/v2/offerings/{id}/", "Eén aanbod met alle gegevens.", None),
    ("/api/v2/partners/", "Partnerorganisaties.", "?fields=abbreviation,website"),
    (
        "/api/v2/pages/",
        "Alle openbare pagina's van de site, elk type met eigen velden.",
        "?type=home.ContentPage",
    ),
    ("/api/v2/pages/find/", "Een pagina opzoeken op webadres.", "?html_path=/aanbod/"),
    ("/api/v2/themes/", "Thema's (slug en label).", ""),
    ("/api/v2/audiences/", "Doelgroepen.", ""),
    ("/api/v2/phases/", "Fasen van onrust.", ""),
    ("/api/v2/forms/", "Vormen per soort aanbod.", ""),
    ("/api/v2/questions/", "Vraagstukken van gemeenten, met uitgelicht aanbod.", ""),
    ("/api/v2/images/", "Afbeeldingen.", ""),
    ("/api/v2/documents/", "Documenten.", ""),
]


@public_cache
def api_docs(request):
    context = {
        "endpoints": [
            {"path": path, "description": text, "example": None if example is None else path + example}
            for path, text, example in ENDPOINTS
        ],
        "facets": facets.labels(),
        "openapi_url": "/api/v2/openapi.json",
    }
    return TemplateResponse(request, "api/docs.html", context)
