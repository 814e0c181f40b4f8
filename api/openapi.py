"""The OpenAPI 3.0 description of /api/v2/, written by hand to match api/endpoints.py.

Wagtail's API has no schema of its own. Every parameter below is one the endpoint
accepts (anything else is a 400), and every response shape is what it returns;
tests/api/test_openapi_schemathesis.py runs Schemathesis against this document.
"""

import re

from django.conf import settings
from wagtail.models import get_page_models

from api import endpoints
from core.baseurl import site_root_url
from offerings.models import OfferingPage
from search import facets
from search.params import MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, SORTS
from taxonomy.kinds import Kind, SchemaType

SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{0,119}$"


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    return {**schema, "nullable": True}


def string(**extra):
    return {"type": "string", **extra}


# Free text: anything except NUL characters, which every endpoint refuses with a 400.
NO_NUL = "^[^\\u0000]*$"


def text(max_length):
    return string(maxLength=max_length, pattern=NO_NUL)


def obj(properties, required=(), additional=False):
    schema = {"type": "object", "properties": properties, "additionalProperties": additional}
    if required:
        schema["required"] = list(required)
    return schema


def json_response(description, schema):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
}
NOT_FOUND = {"404": {"$ref": "#/components/responses/NotFound"}}


def query_param(name, schema, description, **extra):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
        **extra,
    }


def paging_params():
    return [
        query_param(
            "limit",
            {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX, "default": 20},
            "Aantal resultaten per pagina.",
        ),
        query_param(
            "offset",
            {"type": "integer", "minimum": 0, "maximum": settings.API_MAX_OFFSET, "default": 0},
            "Aantal resultaten om over te slaan.",
        ),
    ]


def fields_param(viewset, model, detail=False):
    """?fields=: '*' (all), '_' (none) or a comma-separated list of this endpoint's fields.

    Wagtail also accepts '-name' and 'name(sub,fields)'; those are described in the docs page
    but left out of the pattern, which lists only combinations that are always valid.
    """
    names = viewset.get_available_fields(model)
    if not detail:
        names = [name for name in names if name not in viewset.detail_only_fields]
    names = sorted(set(names))
    alternatives = "|".join(re.escape(name) for name in names)
    return query_param(
        "fields",
        string(pattern=rf"^(|\*|_|({alternatives})(,({alternatives}))*)$", maxLength=500),
        "Welke velden: '*' voor alle, '_' voor geen, of komma-gescheiden namen: " + ", ".join(names) + ".",
    )


def order_param(viewset, model):
    names = sorted(set(viewset.get_available_fields(model, db_fields_only=True)))
    return query_param(
        "order",
        string(enum=[*names, *(f"-{name}" for name in names)]),
        "Sorteren op een veld ('-' ervoor voor aflopend). Werkt ook samen met search.",
    )


SEARCH_PARAMS = [
    query_param("search", text(200), "Zoekwoorden (volledige tekst)."),
    query_param(
        "search_operator", string(enum=["and", "or"]), "Alle woorden (and) of een van de woorden (or)."
    ),
]


def term_schema():
    return obj({"slug": string(), "label": string()}, required=("slug", "label"))


def meta_schema(page=False):
    properties = {"type": string(), "detail_url": string(format="uri")}
    if page:
        properties.update(
            {
                "html_url": nullable(string()),
                "slug": string(),
                "first_published_at": nullable(string(format="date-time")),
                "show_in_menus": {"type": "boolean"},
                "seo_title": string(),
                "search_description": string(),
                "alias_of": nullable(ref("PageRef")),
                "parent": nullable(ref("PageRef")),
                "locale": string(),
            }
        )
    return obj(properties, additional=True)


def components():
    offering_properties = {
        "id": {"type": "integer"},
        "meta": ref("PageMeta"),
        "title": string(),
        "kind": ref("Choice"),
        "summary": string(),
        "body": ref("StreamField"),
        "form": ref("Term"),
        "partner": nullable(ref("PartnerRef")),
        "themes": {"type": "array", "items": ref("Term")},
        "audiences": {"type": "array", "items": ref("Term")},
        "phases": {"type": "array", "items": ref("Term")},
        "cost": ref("Choice"),
        "price_note": string(),
        "language": ref("Choice"),
        "region": ref("Choice"),
        "delivery": nullable(ref("Choice")),
        "start_date": nullable(string(format="date")),
        "end_date": nullable(string(format="date")),
        "is_expired": {"type": "boolean"},
        # Trainings: open, vol, gesloten or afgelopen (offerings/registration.py), in the
        # listing and the detail; null for other kinds.
        "registration_state": nullable(ref("Choice")),
        "last_reviewed_at": nullable(string(format="date-time")),
        # Per kind (detail only):
        "subtitle": string(),
        "schema_type": string(
            enum=list(SchemaType.values),
            description="De schema.org-soort van de publicatie (volgt uit de vorm).",
        ),
        "series": string(),
        "series_number": string(),
        "published": nullable(ref("PartialDate")),
        "authors": {"type": "array", "items": obj({"name": string()}, required=("name",))},
        "publishers": {"type": "array", "items": ref("Organisation")},
        "commissioners": {"type": "array", "items": ref("Organisation")},
        "edition": string(),
        "isbn": string(description="ISBN-13 of ISBN-10 met streepjes, of leeg."),
        "doi": string(description="DOI zonder https://doi.org/, of leeg."),
        "editions": {
            "type": "array",
            "description": "Edities van een periodieke publicatie, nieuwste eerst.",
            "items": obj(
                {"title": string(), "published": ref("PartialDate"), "url": string()},
                required=("title", "published", "url"),
            ),
        },
        "page_count": nullable({"type": "integer"}),
        "document": nullable(ref("DocumentRef")),
        "external_url": string(),
        "location": string(),
        "duration": string(),
        "group_size": string(),
        "registration_url": string(),
        "sessions": {
            "type": "array",
            "description": "De data (bijeenkomsten) van een training, op datum; leeg: doorlopend.",
            "items": obj(
                {
                    "start_date": string(format="date"),
                    "end_date": string(format="date", description="Gelijk aan start_date bij één dag."),
                    "start_time": nullable(string(description="UU:MM")),
                    "end_time": nullable(string(description="UU:MM")),
                    "online": {"type": "boolean"},
                    "location": string(),
                    "capacity": nullable({"type": "integer", "minimum": 1}),
                    "places_left": nullable({"type": "integer", "minimum": 0}),
                    "full": {"type": "boolean"},
                    "registration_url": nullable(string()),
                    "registration_deadline": nullable(string(format="date")),
                },
                required=("start_date", "end_date", "online", "full"),
            ),
        },
        "email": string(),
        "phone": string(),
        "form_url": string(),
        "availability": string(),
        "response_time": string(),
    }
    facet_value = obj(
        {
            "slug": string(),
            "label": string(),
            "count": {"type": "integer", "minimum": 0},
            "selected": {"type": "boolean"},
            "added": {
                "type": ["integer", "null"],
                "minimum": 0,
                "description": "Alleen bij een niet gekozen waarde in een filter met een keuze: zoveel "
                "resultaten komen erbij als u deze waarde ook kiest (binnen een filter geldt OF). "
                "Anders null.",
            },
        },
        required=("slug", "label", "count", "selected", "added"),
    )
    term_item = obj(
        {
            "id": {"type": "integer"},
            "meta": ref("Meta"),
            "slug": string(),
            "label": string(),
            "description": string(),
            "kind": ref("Choice"),
        },
    )
    question_item = obj(
        {
            "id": {"type": "integer"},
            "meta": ref("Meta"),
            "slug": string(),
            "question": string(),
            "intro": string(),
            "themes": {"type": "array", "items": ref("Term")},
            "audiences": {"type": "array", "items": ref("Term")},
            "kinds": {"type": "array", "items": ref("Choice")},
            "picks": {
                "type": "array",
                "items": obj(
                    {"id": {"type": "integer"}, "title": string(), "html_url": nullable(string())},
                    required=("id", "title", "html_url"),
                ),
            },
        },
    )
    page_item = obj(
        {"id": {"type": "integer"}, "meta": ref("PageMeta"), "title": string()},
        additional=True,
    )
    media_item = obj(
        {
            "id": {"type": "integer"},
            "meta": obj(
                {
                    "type": string(),
                    "detail_url": string(format="uri"),
                    "tags": {"type": "array", "items": string()},
                    "download_url": string(),
                },
                additional=True,
            ),
            "title": string(),
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        },
    )
    partner_item = obj(
        {
            "id": {"type": "integer"},
            "meta": ref("PageMeta"),
            "title": string(),
            "abbreviation": string(),
            "description": string(),
            "website": string(),
            "contact_email": string(),
            "contact_phone": string(),
            "logo": nullable(ref("ImageRef")),
        },
    )

    def listing(item):
        return obj(
            {
                "meta": obj({"total_count": {"type": "integer", "minimum": 0}}, required=("total_count",)),
                "items": {"type": "array", "items": item},
            },
            required=("meta", "items"),
        )

    return {
        "schemas": {
            "Error": obj({"message": string()}, required=("message",)),
            "Term": term_schema(),
            "Choice": obj({"slug": string(), "label": string()}, required=("slug", "label")),
            "PartnerRef": obj(
                {"slug": string(), "label": string(), "name": string()}, required=("slug", "label", "name")
            ),
            "PartialDate": obj(
                {
                    "date": string(
                        pattern="^\\d{4}(-\\d{2}(-\\d{2})?)?$",
                        description="ISO 8601 met de bekende precisie: 2015, 2015-03 of 2015-03-14 "
                        "(een kwartaal: het jaar).",
                    ),
                    "precision": string(enum=["year", "quarter", "month", "day"]),
                    "circa": {"type": "boolean", "description": "Ongeveer (ca.)."},
                    "label": string(description="Zoals de site het toont, bijvoorbeeld 'ca. 2015'."),
                    "edtf": string(
                        pattern="^\\d{4}(-\\d{2}(-\\d{2})?)?~?$",
                        description="EDTF (ISO 8601-2): 2015~, 2025-35 (3e kwartaal 2025), 2015-03-14.",
                    ),
                },
                required=("date", "precision", "circa", "label", "edtf"),
            ),
            "Organisation": obj(
                {
                    "name": string(),
                    "abbreviation": string(),
                    "url": string(),
                    "part_of": nullable(string(description="De organisatie waar deze een onderdeel van is.")),
                    "partner": nullable(ref("PartnerRef")),
                },
                required=("name", "abbreviation", "url", "part_of", "partner"),
            ),
            "Meta": meta_schema(),
            "PageMeta": meta_schema(page=True),
            "PageRef": obj(
                {"id": {"type": "integer"}, "meta": ref("PageMeta"), "title": string()},
                additional=True,
            ),
            "ImageRef": obj(
                {"id": {"type": "integer"}, "meta": ref("Meta"), "title": string()},
                additional=True,
            ),
            "DocumentRef": obj(
                {"id": {"type": "integer"}, "meta": ref("Meta"), "title": string()},
                additional=True,
            ),
            "StreamField": {
                "type": "array",
                "description": (
                    "StreamField-blokken: {type, value, id}. Types van aanbod: heading (tekst), "
                    "paragraph (HTML), links (lijst van {title, url}), quote (tekst)."
                ),
                "items": obj(
                    {"type": string(), "value": {}, "id": string()},
                    required=("type", "value"),
                    additional=True,
                ),
            },
            "Offering": obj(offering_properties),
            "OfferingList": obj(
                {
                    "meta": obj(
                        {
                            "total_count": {"type": "integer", "minimum": 0},
                            # Only when the words found nothing (search/finder.py, search/related.py).
                            "partial_match": obj(
                                {
                                    "q": string(),
                                    "left_out": {"type": "array", "items": string()},
                                    "total_count": {"type": "integer", "minimum": 1},
                                },
                                required=("q", "left_out", "total_count"),
                            ),
                            "related_themes": {
                                "type": "array",
                                "items": obj({"slug": string(), "name": string()}, required=("slug", "name")),
                            },
                            "related_questions": {
                                "type": "array",
                                "items": obj(
                                    {"slug": string(), "question": string()}, required=("slug", "question")
                                ),
                            },
                        },
                        required=("total_count",),
                    ),
                    "items": {"type": "array", "items": ref("Offering")},
                    "facets": obj(
                        {spec.key: {"type": "array", "items": facet_value} for spec in facets.FACETS},
                        required=[spec.key for spec in facets.FACETS],
                    ),
                },
                required=("meta", "items", "facets"),
            ),
            "Page": page_item,
            "PageList": listing(ref("Page")),
            "Partner": partner_item,
            "PartnerList": listing(ref("Partner")),
            "Media": media_item,
            "MediaList": listing(ref("Media")),
            "TermItem": term_item,
            "TermList": listing(ref("TermItem")),
            "Question": question_item,
            "QuestionList": listing(ref("Question")),
        },
        "responses": {
            "BadRequest": json_response("Ongeldige parameters; de melding zegt wat er mis is.", ref("Error")),
            "NotFound": json_response("Niet gevonden (of niet openbaar).", ref("Error")),
        },
    }


def finder_params():
    params = [
        query_param("q", text(MAX_QUERY_LENGTH), "Zoekvraag, zoals in het zoekveld van /aanbod/."),
        query_param(
            "vraag",
            string(pattern=SLUG_PATTERN),
            "Slug van een vraagstuk (zie /api/v2/questions/): past de filters van die vraag toe en "
            "zet het uitgelichte aanbod bovenaan. Een onbekende slug wordt genegeerd.",
        ),
    ]
    for name, label in facets.labels().items():
        params.append(
            query_param(
                name,
                {
                    "type": "array",
                    "items": string(pattern=SLUG_PATTERN),
                    "maxItems": MAX_VALUES_PER_FACET,
                },
                f"{label}: een of meer slugs (herhaal de parameter); binnen een filter geldt OF, "
                "tussen filters EN. Een onbekende slug wordt genegeerd.",
                style="form",
                explode=True,
            )
        )
    soort = next(param for param in params if param["name"] == "soort")
    soort["description"] += " Soorten: " + ", ".join(Kind.values) + "."
    params += [
        query_param(
            "sorteer",
            string(enum=list(SORTS)),
            "Volgorde; standaard relevantie bij een zoekvraag, binnenkort bij alleen trainingen of een "
            "periode (vanaf/tot), anders titel.",
        ),
        *(query_param(spec.key, string(enum=list(spec.values)), spec.help) for spec in facets.FLAGS),
        *(
            query_param(param, {"type": "string", "format": "date"}, help_text)
            for spec in facets.RANGES
            for param, help_text in ((spec.start, spec.start_help), (spec.end, spec.end_help))
        ),
        *paging_params(),
    ]
    return params


def listing_op(summary, tag, schema_name, params, description="", not_found=False):
    responses = {"200": json_response("De lijst.", ref(schema_name)), **ERRORS}
    if not_found:
        responses.update(NOT_FOUND)
    return {
        "get": {
            "summary": summary,
            "description": description,
            "tags": [tag],
            "parameters": params,
            "responses": responses,
        }
    }


def detail_op(summary, tag, schema_name, fields):
    return {
        "get": {
            "summary": summary,
            "tags": [tag],
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1},
                },
                fields,
            ],
            "responses": {"200": json_response("Het object.", ref(schema_name)), **ERRORS, **NOT_FOUND},
        }
    }


def model_endpoints(paths, viewset, tag, list_schema, item_schema, label, extra_params=(), not_found=False):
    """The listing and detail operations of one Wagtail endpoint."""
    model = viewset.model
    paths[f"/api/v2/{viewset.api_name}/"] = listing_op(
        label,
        tag,
        list_schema,
        [*paging_params(), fields_param(viewset, model), order_param(viewset, model), *extra_params],
        not_found=not_found,
    )
    paths[f"/api/v2/{viewset.api_name}/{{id}}/"] = detail_op(
        label, tag, item_schema, fields_param(viewset, model, detail=True)
    )


def build_schema(request=None):
    server = site_root_url(request=request) if request else ""
    page_types = sorted(f"{m._meta.app_label}.{m.__name__}" for m in get_page_models())
    page_filters = [
        query_param("type", string(enum=page_types), "Alleen pagina's van dit type."),
        query_param(
            "child_of", string(pattern=r"^([0-9]{1,18}|root)$"), "Alleen directe kinderen van deze pagina."
        ),
        query_param("ancestor_of", string(pattern=r"^[0-9]{1,18}$"), "Alleen voorouders van deze pagina."),
        query_param(
            "descendant_of", string(pattern=r"^([0-9]{1,18}|root)$"), "Alleen pagina's onder deze pagina."
        ),
        query_param(
            "site",
            text(255),
            "Hostnaam[:poort] van een andere site (bijv. het handboek); onbekend geeft 404.",
        ),
    ]
    pages = endpoints.PublicPagesAPIViewSet
    offerings = endpoints.OfferingsAPIViewSet
    paths = {
        "/api/v2/offerings/": listing_op(
            "Het zoeken in het aanbod als JSON",
            "Aanbod",
            "OfferingList",
            finder_params(),
            "Dezelfde parameters, volgorde, totalen en facettellingen als /aanbod/. "
            "Facettellingen zijn disjunctief: een telling negeert de selectie binnen het eigen filter.",
        ),
        "/api/v2/offerings/{id}/": detail_op(
            "Eén aanbod met alle gegevens",
            "Aanbod",
            "Offering",
            fields_param(offerings, OfferingPage, detail=True),
        ),
    }
    model_endpoints(
        paths,
        endpoints.PartnersAPIViewSet,
        "Partners",
        "PartnerList",
        "Partner",
        "Partnerorganisaties",
        SEARCH_PARAMS,
    )
    model_endpoints(
        paths,
        pages,
        "Pagina's",
        "PageList",
        "Page",
        "Openbare pagina's van een site (elk type met eigen velden)",
        [*SEARCH_PARAMS, *page_filters],
        not_found=True,
    )
    paths["/api/v2/pages/find/"] = {
        "get": {
            "summary": "Pagina zoeken op webadres",
            "tags": ["Pagina's"],
            "parameters": [
                {
                    **query_param("html_path", text(500), "Pad van de pagina, bijv. /aanbod/vng/."),
                    "required": True,
                },
            ],
            "responses": {
                "302": {"description": "Doorverwijzing naar /api/v2/pages/{id}/."},
                **ERRORS,
                **NOT_FOUND,
            },
        }
    }
    model_endpoints(
        paths, endpoints.PublicImagesAPIViewSet, "Media", "MediaList", "Media", "Afbeeldingen", SEARCH_PARAMS
    )
    model_endpoints(
        paths, endpoints.PublicDocumentsAPIViewSet, "Media", "MediaList", "Media", "Documenten", SEARCH_PARAMS
    )
    for viewset, label in (
        (endpoints.ThemesAPIViewSet, "Thema's"),
        (endpoints.AudiencesAPIViewSet, "Doelgroepen"),
        (endpoints.PhasesAPIViewSet, "Fasen van onrust"),
        (endpoints.FormsAPIViewSet, "Vormen per soort aanbod"),
    ):
        model_endpoints(paths, viewset, "Indelingen", "TermList", "TermItem", label)
    model_endpoints(
        paths,
        endpoints.QuestionsAPIViewSet,
        "Indelingen",
        "QuestionList",
        "Question",
        "Vraagstukken van gemeenten",
    )
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Maatschappelijke stabiliteit: open API",
            "version": "2.0.0",
            "description": (
                "Alleen-lezen API over het openbare leer- en ondersteuningsaanbod. Antwoorden bevatten "
                'nooit meer dan de openbare site toont. Fouten zijn JSON: {"message": ...} met status 400.'
            ),
        },
        "servers": [{"url": server}] if server else [],
        "paths": paths,
        "components": components(),
    }
