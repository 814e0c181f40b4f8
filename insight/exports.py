"""Rows for the catalogue and coverage exports (written by review.exports.table_response)."""

from django.db.models import BooleanField, ExpressionWrapper, Q

from offerings.models import ContactPointPage, OfferingPage, PublicationPage, TrainingPage
from review.models import ReviewItem
from review.reports import stale_q

# Kind-specific fields: (model, field, header). One query per kind, not per page.
KIND_FIELDS = [
    (PublicationPage, "published_on", "Publicatiedatum"),
    (PublicationPage, "authors", "Auteur(s) of uitgever"),
    (PublicationPage, "page_count", "Aantal pagina's"),
    (PublicationPage, "external_url", "Externe link"),
    (TrainingPage, "location", "Locatie"),
    (TrainingPage, "duration", "Duur"),
    (TrainingPage, "group_size", "Groepsgrootte"),
    (TrainingPage, "registration_url", "Aanmeldlink"),
    (ContactPointPage, "email", "E-mailadres"),
    (ContactPointPage, "phone", "Telefoonnummer"),
    (ContactPointPage, "form_url", "Contactformulier"),
    (ContactPointPage, "availability", "Bereikbaarheid"),
    (ContactPointPage, "response_time", "Reactietermijn"),
]

CATALOGUE_HEADERS = [
    "Pagina-ID",
    "Titel",
    "Soort",
    "Vorm",
    "Partner",
    "Gepubliceerd",
    "Afgelopen",
    "Samenvatting",
    "Thema's",
    "Doelgroepen",
    "Fasen",
    "Kosten",
    "Toelichting prijs",
    "Taal",
    "Regio",
    "Werkvorm",
    "Startdatum",
    "Einddatum",
    "Eerst gepubliceerd op",
    "Laatst gecontroleerd op",
    "Verouderd",
    "Laatste controleronde",
    "Status in die ronde",
    "Adres",
    *[header for _model, _field, header in KIND_FIELDS],
]


def _names(items):
    return ", ".join(item.name for item in items)


def _yes_no(value):
    return "ja" if value else "nee"


def latest_review_status():
    """{offering_id: (round name, status label)} from each offering's most recent round."""
    latest = {}
    items = ReviewItem.objects.select_related("review_round").order_by("review_round__opened_at", "pk")
    for item in items.only("offering_id", "status", "review_round__name", "review_round__opened_at"):
        latest[item.offering_id] = (item.review_round.name, item.get_status_display())
    return latest


def kind_values():
    """{page id: [value per KIND_FIELDS column]} with blanks for the other kinds' fields."""
    values = {}
    for model in (PublicationPage, TrainingPage, ContactPointPage):
        fields = [(i, name) for i, (m, name, _h) in enumerate(KIND_FIELDS) if m is model]
        for row in model.objects.values("pk", *[name for _i, name in fields]):
            cells = [""] * len(KIND_FIELDS)
            for i, name in fields:
                cells[i] = row[name]
            values[row["pk"]] = cells
    return values


def catalogue_rows(request):
    review = latest_review_status()
    specific = kind_values()
    offerings = (
        OfferingPage.objects.select_related("form", "partner")
        .prefetch_related("themes", "audiences", "phases")
        .annotate(is_stale=ExpressionWrapper(Q(live=True) & stale_q(), output_field=BooleanField()))
        .order_by("partner__abbreviation", "title", "pk")
    )
    for page in offerings:
        round_name, status = review.get(page.pk, ("", ""))
        yield [
            page.pk,
            page.title,
            page.get_kind_display(),
            page.form.name,
            page.partner.abbreviation if page.partner else "",
            _yes_no(page.live),
            _yes_no(page.is_expired),
            page.summary,
            _names(page.themes.all()),
            _names(page.audiences.all()),
            _names(page.phases.all()),
            page.get_cost_display(),
            page.price_note,
            page.get_language_display(),
            page.get_region_display(),
            page.get_delivery_display() if page.delivery else "",
            page.start_date,
            page.end_date,
            page.first_published_at,
            page.last_reviewed_at,
            _yes_no(page.is_stale),
            round_name,
            status,
            page.get_full_url(request) or "",
            *specific.get(page.pk, [""] * len(KIND_FIELDS)),
        ]


COVERAGE_HEADERS = ["Matrix", "Thema", "Kolom", "Aantal live aanbod", "Link naar de zoeker"]


def coverage_rows(matrices, request):
    for matrix in matrices:
        for (_slug, theme), cells in matrix.rows_with_cells():
            for cell in cells:
                yield [
                    matrix.title,
                    theme,
                    cell.column_label,
                    cell.count,
                    request.build_absolute_uri(cell.url),
                ]
