"""The OpenAPI 3.0 description of /api/v2/, written by hand to match api/endpoints.py.

Wagtail's API has no schema of its own. Every parameter below is one the endpoint
accepts (anything else is a 400), and every response shape is what it returns;
tests/api/test_openapi.py runs Schemathesis against this document.
"""

from django.conf import settings

from search.params import FACETS, MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, SORTS
from taxonomy.kinds import Kind

SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{0,119}$"


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    return {**schema, "nullable": True}


def string(**extra):
    return {"type": "string", **extra}


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


FIELDS_PARAM = query_param(
    "fields",
    string(pattern=r"^[-*_a-zA-Z0-9(),]*$", maxLength=500),
    "Welke velden: komma-gescheiden namen, '*' voor alle, '_' voor geen, '-naam' om weg te laten, "
    "'naam(sub)' voor velden van een gekoppeld object (Wagtail API v2-syntax).",
)
ORDER_PARAM = query_param(
    "order",
    string(pattern=r"^-?[a-z_]+(,-?[a-z_]+)*$", maxLength=200),
    "Sorteren op een of meer velden (komma-gescheiden, '-' voor aflopend) of 'random'.",
)
SEARCH_PARAMS = [
    query_param("search", string(maxLength=200), "Zoekwoorden (volledige tekst)."),
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
        "last_reviewed_at": nullable(string(format="date-time")),
        # Per kind (detail only):
        "published_on": string(format="date"),
        "authors": string(),
        "page_count": nullable({"type": "integer"}),
        "document": nullable(ref("DocumentRef")),
        "external_url": string(),
        "location": string(),
        "duration": string(),
        "group_size": string(),
        "registration_url": string(),
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
        },
        required=("slug", "label", "count", "selected"),
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
                        {"total_count": {"type": "integer", "minimum": 0}}, required=("total_count",)
                    ),
                    "items": {"type": "array", "items": ref("Offering")},
                    "facets": obj(
                        {name: {"type": "array", "items": facet_value} for name in FACETS},
                        required=list(FACETS),
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
        query_param(
            "q", string(maxLength=MAX_QUERY_LENGTH), "Zoekvraag, zoals in het zoekveld van /aanbod/."
        ),
    ]
    for name, label in FACETS.items():
        params.append(
            query_param(
                name,
                {
                    "type": "array",
                    "items": string(pattern=SLUG_PATTERN),
                    "maxItems": MAX_VALUES_PER_FACET,
                },
                f"{label}: een of meer slugs (herhaal de parameter); binnen een filter geldt OF, "
                "tussen filters EN. Een onbekende slug geeft een lege lijst.",
                style="form",
                explode=True,
            )
        )
    params[2]["description"] += " Soorten: " + ", ".join(Kind.values) + "."
    params += [
        query_param(
            "sorteer",
            string(enum=list(SORTS)),
            "Volgorde; standaard relevantie bij een zoekvraag, anders titel.",
        ),
        query_param(
            "verlopen",
            string(enum=["true", "false", "1", "0", "ja", "nee"]),
            "Ook afgelopen trainingen tonen.",
        ),
        *paging_params(),
    ]
    return params


def listing_op(summary, tag, schema_name, params, description=""):
    return {
        "get": {
            "summary": summary,
            "description": description,
            "tags": [tag],
            "parameters": params,
            "responses": {"200": json_response("De lijst.", ref(schema_name)), **ERRORS},
        }
    }


def detail_op(summary, tag, schema_name, extra_params=()):
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
                FIELDS_PARAM,
                *extra_params,
            ],
            "responses": {"200": json_response("Het object.", ref(schema_name)), **ERRORS, **NOT_FOUND},
        }
    }


def term_endpoints(paths, name, label):
    paths[f"/api/v2/{name}/"] = listing_op(
        f"{label}: alle waarden",
        "Indelingen",
        "TermList",
        [*paging_params(), FIELDS_PARAM, ORDER_PARAM],
        "Slug en label zoals de filters van de zoeker ze gebruiken.",
    )
    paths[f"/api/v2/{name}/{{id}}/"] = detail_op(f"{label}: één waarde", "Indelingen", "TermItem")


def build_schema(request=None):
    server = request.build_absolute_uri("/").rstrip("/") if request else ""
    page_filters = [
        query_param(
            "type",
            string(pattern=r"^[a-zA-Z_]+\.[a-zA-Z_]+(,[a-zA-Z_]+\.[a-zA-Z_]+)*$"),
            "Paginatype(n), bijv. offerings.TrainingPage.",
        ),
        query_param(
            "child_of", string(pattern=r"^([0-9]+|root)$"), "Alleen directe kinderen van deze pagina."
        ),
        query_param("ancestor_of", string(pattern=r"^[0-9]+$"), "Alleen voorouders van deze pagina."),
        query_param(
            "descendant_of", string(pattern=r"^([0-9]+|root)$"), "Alleen pagina's onder deze pagina."
        ),
        query_param(
            "site", string(maxLength=255), "Hostnaam[:poort] van een andere site (bijv. het handboek)."
        ),
    ]
    paths = {
        "/api/v2/offerings/": listing_op(
            "De zoeker als JSON",
            "Aanbod",
            "OfferingList",
            finder_params(),
            "Dezelfde parameters, volgorde, totalen en facettellingen als /aanbod/. "
            "Facettellingen zijn disjunctief: een telling negeert de selectie binnen het eigen filter.",
        ),
        "/api/v2/offerings/{id}/": detail_op("Eén aanbod met alle gegevens", "Aanbod", "Offering"),
        "/api/v2/partners/": listing_op(
            "Partnerorganisaties",
            "Partners",
            "PartnerList",
            [*paging_params(), FIELDS_PARAM, ORDER_PARAM, *SEARCH_PARAMS],
        ),
        "/api/v2/partners/{id}/": detail_op("Eén partnerorganisatie", "Partners", "Partner"),
        "/api/v2/pages/": listing_op(
            "Alle openbare pagina's van een site",
            "Pagina's",
            "PageList",
            [*paging_params(), FIELDS_PARAM, ORDER_PARAM, *SEARCH_PARAMS, *page_filters],
            "Elk paginatype levert zijn eigen velden (api_fields); vraag ze op met fields=* "
            "of via de detailweergave.",
        ),
        "/api/v2/pages/{id}/": detail_op("Eén pagina met al haar velden", "Pagina's", "Page"),
        "/api/v2/pages/find/": {
            "get": {
                "summary": "Pagina zoeken op webadres",
                "tags": ["Pagina's"],
                "parameters": [
                    query_param("html_path", string(maxLength=500), "Pad van de pagina, bijv. /aanbod/vng/."),
                    query_param("id", string(pattern=r"^[0-9]+$"), "Id van de pagina."),
                    FIELDS_PARAM,
                ],
                "responses": {
                    "302": {"description": "Doorverwijzing naar /api/v2/pages/{id}/."},
                    **ERRORS,
                    **NOT_FOUND,
                },
            }
        },
        "/api/v2/images/": listing_op(
            "Afbeeldingen",
            "Media",
            "MediaList",
            [*paging_params(), FIELDS_PARAM, ORDER_PARAM, *SEARCH_PARAMS],
        ),
        "/api/v2/images/{id}/": detail_op("Eén afbeelding", "Media", "Media"),
        "/api/v2/documents/": listing_op(
            "Documenten", "Media", "MediaList", [*paging_params(), FIELDS_PARAM, ORDER_PARAM, *SEARCH_PARAMS]
        ),
        "/api/v2/documents/{id}/": detail_op("Eén document", "Media", "Media"),
    }
    term_endpoints(paths, "themes", "Thema's")
    term_endpoints(paths, "audiences", "Doelgroepen")
    term_endpoints(paths, "phases", "Fasen van onrust")
    term_endpoints(paths, "forms", "Vormen")
    paths["/api/v2/questions/"] = listing_op(
        "Vraagstukken van gemeenten",
        "Indelingen",
        "QuestionList",
        [*paging_params(), FIELDS_PARAM, ORDER_PARAM],
    )
    paths["/api/v2/questions/{id}/"] = detail_op("Eén vraagstuk", "Indelingen", "Question")
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
