"""Rows for the catalogue and coverage exports (written by review.exports.table_response)."""

from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Q, Subquery

from core.baseurl import absolute_url, page_url
from offerings.models import ContactPointPage, OfferingPage, PublicationPage, TrainingPage
from review.models import ItemStatus, ReviewItem
from review.reports import stale_q

# Lists inside one cell (authors, publishers, editions) are separated by "; ".
LIST_SEPARATOR = "; "


def _joined(values):
    return LIST_SEPARATOR.join(value for value in values if value)


def _organisations(links):
    return _joined(link.organisation.name for link in links.all())


def _editions(page):
    return _joined(f"{e.title} ({e.published.label}): {e.url}" for e in page.editions_newest_first)


# Kind-specific fields: (model, field name or function of the page, header). One query per
# kind (plus one per relation for publications), not per page.
KIND_FIELDS = [
    (PublicationPage, lambda page: page.published.label if page.published else "", "Verschenen"),
    (PublicationPage, lambda page: _joined(author.name for author in page.authors.all()), "Auteurs"),
    (PublicationPage, lambda page: _organisations(page.publishers), "Uitgevers"),
    (PublicationPage, lambda page: _organisations(page.commissioners), "In opdracht van"),
    (PublicationPage, "edition", "Editie of versie"),
    (PublicationPage, "isbn", "ISBN"),
    (PublicationPage, "doi", "DOI"),
    (PublicationPage, "page_count", "Aantal pagina's"),
    (PublicationPage, "external_url", "Externe link"),
    (PublicationPage, _editions, "Edities"),
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


def with_latest_review(offerings):
    """Annotate each offering with the round name and item status of its most recent round."""
    newest = ReviewItem.objects.filter(offering_id=OuterRef("pk")).order_by("-review_round__opened_at", "-pk")
    return offerings.annotate(
        latest_round_name=Subquery(newest.values("review_round__name")[:1]),
        latest_status=Subquery(newest.values("status")[:1]),
    )


def _status_label(status):
    return str(ItemStatus(status).label) if status else ""


def kind_values():
    """{page id: [value per KIND_FIELDS column]} with blanks for the other kinds' fields."""
    values = {}
    for model in (PublicationPage, TrainingPage, ContactPointPage):
        fields = [(i, name) for i, (m, name, _h) in enumerate(KIND_FIELDS) if m is model]
        if any(callable(name) for _i, name in fields):
            rows = model.objects.prefetch_related(*PublicationPage.bibliography_prefetch())
            read = lambda row, name: name(row) if callable(name) else getattr(row, name)  # noqa: E731
        else:
            rows = model.objects.values("pk", *[name for _i, name in fields])
            read = lambda row, name: row[name]  # noqa: E731
        for row in rows:
            cells = [""] * len(KIND_FIELDS)
            for i, name in fields:
                cells[i] = read(row, name)
            values[row.pk if hasattr(row, "pk") else row["pk"]] = cells
    return values


def catalogue_rows(request):
    specific = kind_values()
    offerings = with_latest_review(
        OfferingPage.objects.select_related("form", "partner")
        .prefetch_related("themes", "audiences", "phases")
        .annotate(is_stale=ExpressionWrapper(Q(live=True) & stale_q(), output_field=BooleanField()))
        .order_by("partner__abbreviation", "title", "pk")
    )
    for page in offerings:
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
            page.latest_round_name or "",
            _status_label(page.latest_status),
            page_url(page, request) or "",
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
                    absolute_url(cell.url, request),
                ]
