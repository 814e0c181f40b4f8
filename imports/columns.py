"""The spreadsheet's columns: ONE table from column header to model field.

Each Column names its header (what partners type), the model field it fills, the kinds it
applies to, whether it is required, and how a cell is read (`parse`, see parsing.py). A new
model field (e.g. issue 15's bibliographic fields) is one more line here; the template,
the validation, the report and the writer all follow from this table.
"""

from dataclasses import dataclass

from imports import parsing as p
from taxonomy.kinds import Kind

ALL = (Kind.PUBLICATION, Kind.TRAINING, Kind.CONTACT_POINT)
PUB, TRAINING, CONTACT = (Kind.PUBLICATION,), (Kind.TRAINING,), (Kind.CONTACT_POINT,)


@dataclass(frozen=True)
class Column:
    header: str
    field: str  # model field (or "external_id" / "kind", handled by the importer)
    parse: object  # parsing.* function: (raw text or cell value, context) -> value
    kinds: tuple = ALL
    required: bool = False
    example: str = ""
    help: str = ""


COLUMNS = [
    Column(
        "externe_id",
        "external_id",
        p.text(100),
        required=True,
        example="VNG-2026-001",
        help="Uw eigen, vaste nummer voor deze regel; bij opnieuw importeren wordt het aanbod bijgewerkt.",
    ),
    Column(
        "soort",
        "kind",
        p.kind,
        required=True,
        example="publicatie",
        help="publicatie, training of contactpunt",
    ),
    Column("titel", "title", p.text(255), required=True, example="Handreiking buurtgesprekken"),
    Column(
        "samenvatting",
        "summary",
        p.text(300),
        required=True,
        example="Hoe u als gemeente een gesprek in de buurt voorbereidt.",
    ),
    Column("vorm", "form", p.form, required=True, example="Handreiking", help="naam of slug van een vorm"),
    Column(
        "themas",
        "themes",
        p.terms("theme"),
        required=True,
        example="Polarisatie; Radicalisering",
        help="namen of slugs, gescheiden door ;",
    ),
    Column(
        "doelgroepen",
        "audiences",
        p.terms("audience"),
        required=True,
        example="Beleidsmedewerkers",
        help="namen of slugs, gescheiden door ;",
    ),
    Column("fasen", "phases", p.terms("phase"), example="", help="namen of slugs, gescheiden door ;"),
    Column("kosten", "cost", p.choice("cost"), example="gratis", help="gratis of kosten"),
    Column("prijstoelichting", "price_note", p.text(200)),
    Column("taal", "language", p.choice("language"), example="nl", help="nl of en"),
    Column("regio", "region", p.choice("region"), example="landelijk"),
    Column("beschrijving", "body", p.body, example="Een langere beschrijving. Witregels maken alinea's."),
    # Publications
    Column(
        "publicatiedatum",
        "published",
        p.partial_date,
        kinds=PUB,
        required=True,
        example="maart 2026",
        help="een jaar (2026), een maand (maart 2026) of een datum (14-03-2026); 'ca.' ervoor mag (ca. 2026)",
    ),
    Column(
        "auteurs",
        "authors",
        p.names(200),
        kinds=PUB,
        example="L. de Vries; J. Jansen",
        help=(
            "personen, in de volgorde van de publicatie, gescheiden door ;. "
            "Vul auteurs of uitgevers in (of beide)."
        ),
    ),
    Column(
        "uitgevers",
        "publishers",
        p.terms("organisation"),
        kinds=PUB,
        example="VNG",
        help="naam of afkorting van een organisatie (zie Keuzelijsten), gescheiden door ;",
    ),
    Column("aantal_paginas", "page_count", p.positive_int, kinds=PUB, example="24"),
    Column(
        "externe_link", "external_url", p.url, kinds=PUB, example="https://www.vng.nl/publicaties/voorbeeld"
    ),
    # Trainings
    Column(
        "werkvorm",
        "delivery",
        p.choice("delivery"),
        kinds=TRAINING,
        required=True,
        example="",
        help="online, op-locatie of hybride",
    ),
    # One session (offerings.TrainingSession): its first and, for more days, last day.
    Column("startdatum", "session_start", p.date, kinds=TRAINING),
    Column("einddatum", "session_end", p.date, kinds=TRAINING),
    Column("locatie", "location", p.text(200), kinds=TRAINING),
    Column("duur", "duration", p.text(200), kinds=TRAINING, required=True),
    Column("groepsgrootte", "group_size", p.text(100), kinds=TRAINING),
    Column("aanmeldlink", "registration_url", p.url, kinds=TRAINING),
    # Contact points
    Column("email", "email", p.email, kinds=CONTACT),
    Column("telefoon", "phone", p.text(40), kinds=CONTACT),
    Column("contactformulier", "form_url", p.url, kinds=CONTACT),
    Column("bereikbaarheid", "availability", p.text(200), kinds=CONTACT),
    Column("reactietermijn", "response_time", p.text(100), kinds=CONTACT),
]
BY_HEADER = {column.header: column for column in COLUMNS}
BY_FIELD = {column.field: column for column in COLUMNS}
# Links that count for "the same offering twice" (duplicates by link).
LINK_FIELDS = ("external_url", "registration_url", "form_url")
