"""Checking every row before anything is written, and the per-row report.

The report says per row: new or update (by externe_id) or the errors, each naming its
column. The import writes only when no row has an error (imports/writer.py)."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Q

from core.visibility import public_pages
from imports import limits
from imports.columns import BY_HEADER, COLUMNS, LINK_FIELDS
from imports.models import ImportedOffering
from imports.parsing import CellError
from imports.reader import ImportFileError, is_formula, read
from offerings.models import ContactPointPage, OfferingPage, PublicationPage, TrainingPage, TrainingSession
from partners.models import Organisation
from taxonomy.kinds import Kind
from taxonomy.models import Audience, Form, Phase, Theme

MODELS = {
    Kind.PUBLICATION: PublicationPage,
    Kind.TRAINING: TrainingPage,
    Kind.CONTACT_POINT: ContactPointPage,
}
LINK_MODELS = (
    ("external_url", PublicationPage),
    ("registration_url", TrainingPage),
    ("form_url", ContactPointPage),
)
TERM_FIELDS = ("themes", "audiences", "phases")
# Child rows of a publication (offerings.models.PublicationAuthor / PublicationPublisher).
CHILD_FIELDS = ("authors", "publishers")
# A training's one session from the "startdatum"/"einddatum" cells (offerings.TrainingSession).
SESSION_FIELDS = ("session_start", "session_end")
NOT_MODEL_FIELDS = ("external_id", "kind", *TERM_FIELDS, *CHILD_FIELDS, *SESSION_FIELDS)
PROGRESS_EVERY = 25  # rows between progress reports
ACTIONS = {"new": "nieuw (concept)", "update": "bijwerken (nieuw concept)", "error": "fout"}


class Lookups:
    """Taxonomy by lowercase name and slug, organisations by lowercase name and
    abbreviation, loaded once per import."""

    def __init__(self):
        self.terms = {}
        for key, model in (("theme", Theme), ("audience", Audience), ("phase", Phase), ("form", Form)):
            index = {}
            for term in model.objects.all():
                index[term.name.lower()] = term
                index[term.slug.lower()] = term
            self.terms[key] = index
        organisations = {}
        for organisation in Organisation.objects.all():
            if organisation.abbreviation:
                organisations.setdefault(organisation.abbreviation.lower(), organisation)
        for organisation in Organisation.objects.all():
            organisations[organisation.name.lower()] = organisation  # a name wins
        self.terms["organisation"] = organisations


@dataclass
class RowReport:
    number: int
    external_id: str = ""
    title: str = ""
    action: str = "new"
    errors: list = field(default_factory=list)  # "kolom: melding"
    values: dict = field(default_factory=dict)
    existing_page_id: int | None = None

    @property
    def action_label(self):
        return ACTIONS[self.action]

    def error(self, header, message):
        self.action = "error"
        self.errors.append(f"{header}: {message}" if header else message)


@dataclass
class ImportReport:
    partner: object
    filename: str = ""
    file_errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    rows: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.file_errors and bool(self.rows) and not any(row.errors for row in self.rows)

    @property
    def counts(self):
        counts = {"new": 0, "update": 0, "error": 0}
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def as_data(self):
        """What the report page shows, as JSON (kept on a PendingImport checked by a task)."""
        return {
            "filename": self.filename,
            "file_errors": self.file_errors,
            "warnings": self.warnings,
            "rows": [
                {
                    "number": row.number,
                    "external_id": row.external_id,
                    "title": row.title,
                    "action": row.action,
                    "errors": row.errors,
                }
                for row in self.rows
            ],
        }

    @classmethod
    def from_data(cls, partner, data):
        rows = [RowReport(**row) for row in data.get("rows", [])]
        return cls(
            partner=partner,
            filename=data.get("filename", ""),
            file_errors=list(data.get("file_errors", [])),
            warnings=list(data.get("warnings", [])),
            rows=rows,
        )

    def as_text(self):
        lines = [f"Import voor {self.partner.abbreviation} uit {self.filename or 'bestand'}"]
        lines += [f"FOUT in het bestand: {message}" for message in self.file_errors]
        lines += [f"Let op: {message}" for message in self.warnings]
        for row in self.rows:
            head = f"Rij {row.number}"
            if row.external_id:
                head += f" ({row.external_id}"
                head += f", {row.title})" if row.title else ")"
            lines.append(f"{head}: {row.action_label}")
            lines += [f"    - {message}" for message in row.errors]
        counts = self.counts
        lines.append(
            f"Totaal: {counts['new']} nieuw, {counts['update']} bijwerken, {counts['error']} met fouten."
        )
        lines.append(
            "Er is niets opgeslagen: herstel de fouten en importeer opnieuw."
            if not self.ok
            else "Geen fouten: het aanbod kan als concept worden geïmporteerd."
        )
        return "\n".join(lines)


def validate_file(content, filename, partner, user=None, budget=None, progress=None):
    """`user` imports (None from the command line: then every lock holds). The work stops
    with a file error when `budget` (imports/limits.py) runs out; `progress(done, total)` is
    told how far the check is."""
    report = ImportReport(partner=partner, filename=filename)
    budget = budget or limits.request_budget()
    try:
        sheet = read(content, filename, budget)
        check_headers(sheet.headers, report)
        if report.file_errors:
            return report
        if not sheet.rows:
            report.file_errors.append("Het bestand bevat geen rijen met aanbod onder de kopregel.")
            return report
        lookups = Lookups()
        total = len(sheet.rows)
        for done, (number, values) in enumerate(sheet.rows):
            budget.check()
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
            cells = {header: values[i] if i < len(values) else None for i, header in enumerate(sheet.headers)}
            report.rows.append(validate_row(number, cells, lookups))
        budget.check()
        check_duplicates(report, partner, budget)
        check_makers(report)
        check_locks(report, user)
        budget.check()
    except (ImportFileError, limits.WorkTooLong) as error:
        report.file_errors.append(str(error))
        report.rows = []
    return report


def check_headers(headers, report):
    seen = set()
    for header in headers:
        if not header:
            continue
        if header in seen:
            report.file_errors.append(f"De kolom ‘{header}’ staat twee keer in de kopregel.")
        seen.add(header)
        if header not in BY_HEADER:
            report.warnings.append(f"De kolom ‘{header}’ kennen we niet; die wordt overgeslagen.")
    for column in COLUMNS:
        if column.required and column.kinds == BY_HEADER["titel"].kinds and column.header not in seen:
            report.file_errors.append(
                f"De verplichte kolom ‘{column.header}’ ontbreekt. Gebruik het sjabloon."
            )


def validate_row(number, cells, lookups):
    row = RowReport(number=number)
    for header, value in cells.items():
        if is_formula(value):
            row.error(header, "formules zijn niet toegestaan; zet er de waarde in.")
            cells[header] = None
    row.external_id = " ".join(str(cells.get("externe_id") or "").split())[:100]
    row.title = " ".join(str(cells.get("titel") or "").split())[:80]
    kind_value = None
    try:
        kind_value = BY_HEADER["soort"].parse(cells.get("soort"), lookups)
    except CellError as error:
        row.error("soort", str(error))
    if kind_value is None and not any(e.startswith("soort:") for e in row.errors):
        row.error("soort", "vul publicatie, training of contactpunt in.")
    kind = Kind(kind_value) if kind_value else None

    for column in COLUMNS:
        if column.header == "soort" or (kind and kind not in column.kinds):
            continue
        raw = cells.get(column.header)
        try:
            value = column.parse(raw, lookups)
        except CellError as error:
            row.error(column.header, str(error))
            continue
        empty = value in (None, "", [])
        if empty and column.required and (kind or column.kinds == BY_HEADER["titel"].kinds):
            row.error(column.header, "verplicht; deze cel is leeg.")
        if not empty:
            row.values[column.field] = value
    if kind and not row.errors:
        check_model_rules(row, kind)
    if kind:
        row.values["kind"] = kind
    return row


def check_model_rules(row, kind):
    """The offering model's own rules (lengths, the kind's form and contact/link rules)."""
    model = MODELS[kind]
    page = model(**{k: v for k, v in row.values.items() if k not in NOT_MODEL_FIELDS})
    form = row.values.get("form")
    if form is not None and form.kind != kind:
        row.error(
            "vorm", f"‘{form.name}’ hoort niet bij {Kind(kind).label.lower()}; kies een vorm van deze soort."
        )
    # Only the fields this row fills (tree, locale and the like are set when writing).
    exclude = [f.name for f in model._meta.fields if f.name not in row.values or f.name in ("form", "body")]
    try:
        page.clean_fields(exclude=exclude)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            header = _header_for(name)
            for message in messages:
                row.error(header, message)
    for name, message in page.clean_kind_fields().items():
        row.error(_header_for(name), str(message))
    check_session(row)


def check_session(row):
    """The session the date cells describe follows the session's own rules."""
    start, end = row.values.get("session_start"), row.values.get("session_end")
    if end and not start:
        row.error("startdatum", "vul ook de startdatum in, of laat beide data leeg.")
        return
    if not start:
        return
    try:
        TrainingSession(start_date=start, end_date=end).clean()
    except ValidationError as error:
        for messages in error.message_dict.values():
            for message in messages:
                row.error("einddatum", message)


def check_makers(report):
    """A publication names at least one author or publisher. On re-import empty cells keep
    the current value, so then the latest draft's authors and publishers count too."""
    for row in report.rows:
        if row.errors or row.values.get("kind") != Kind.PUBLICATION:
            continue
        if row.values.get("authors") or row.values.get("publishers"):
            continue
        if row.existing_page_id:
            page = PublicationPage.objects.get(pk=row.existing_page_id).get_latest_revision_as_object()
            if page.authors.exists() or page.publishers.exists():
                continue
        row.error("auteurs", "vul minstens één auteur in, of een uitgever in de kolom uitgevers.")


def check_locks(report, user):
    """A row may not write a new revision of a page that is locked for the importer: an
    eindredacteur's lock, a workflow step the importer may not act on, a scheduled publish."""
    ids = [row.existing_page_id for row in report.rows if row.existing_page_id]
    pages = {page.pk: page for page in OfferingPage.objects.filter(pk__in=ids)}
    for row in report.rows:
        page = pages.get(row.existing_page_id)
        lock = page.get_lock() if page is not None else None
        if lock is None or (user is not None and not lock.for_user(user)):
            continue
        row.error(
            "externe_id",
            f"de pagina ‘{page.get_admin_display_title()}’ is vergrendeld; bijwerken kan pas als zij "
            "ontgrendeld is. Laat de rij weg of vraag de eindredactie om de pagina te ontgrendelen.",
        )


def _header_for(field_name):
    for column in COLUMNS:
        if column.field == field_name:
            return column.header
    return field_name


def visible_to_importer(partner):
    """What the duplicate check may compare with (and name in the report): the importing
    partner's own offerings, drafts included, and what the public sees (the one visibility
    rule). Never another partner's drafts: their titles and links are not the importer's."""
    return OfferingPage.objects.filter(
        Q(partner=partner) | Q(pk__in=public_pages(OfferingPage.objects.all()).values("pk"))
    )


def check_duplicates(report, partner, budget):
    """Two rows of the file, or a row and existing aanbod, with the same title or link."""

    previous = ImportedOffering.objects.filter(
        partner=partner, external_id__in=[row.external_id for row in report.rows]
    ).values_list("external_id", "page_id", "page__kind")
    mapped = {external_id: page_id for external_id, page_id, _kind in previous}
    kinds = {external_id: kind for external_id, _page_id, kind in previous}
    first_by = {}
    for row in report.rows:
        if row.external_id in mapped:
            row.existing_page_id = mapped[row.external_id]
            if row.action == "new":
                row.action = "update"
            if row.values.get("kind") and row.values["kind"] != kinds[row.external_id]:
                row.error(
                    "soort",
                    f"dit aanbod is eerder geïmporteerd als {Kind(kinds[row.external_id]).label.lower()}; "
                    "de soort kan niet veranderen. Gebruik een nieuwe externe_id.",
                )
        keys = [("externe_id", row.external_id.lower())] if row.external_id else []
        if row.values.get("title"):
            keys.append(("titel", row.values["title"].lower()))
        keys += [("link", row.values[name].lower()) for name in LINK_FIELDS if row.values.get(name)]
        for what, key in keys:
            earlier = first_by.setdefault((what, key), row.number)
            if earlier != row.number:
                label = {"externe_id": "externe_id", "titel": "titel", "link": "link"}[what]
                row.error(
                    label, f"dezelfde {label} als rij {earlier}; elk aanbod mag maar één keer voorkomen."
                )
    for row in report.rows:
        budget.check()
        title = row.values.get("title")
        links = [row.values[name] for name in LINK_FIELDS if row.values.get(name)]
        condition = Q(title__iexact=title) if title else Q()
        for name, model in LINK_MODELS:
            ids = model.objects.filter(**{f"{name}__in": links}).values("pk") if links else None
            if ids is not None:
                condition |= Q(pk__in=ids)
        if not condition:
            continue
        others = visible_to_importer(partner).filter(condition).exclude(pk=row.existing_page_id)
        existing = others.select_related("partner").first()
        if existing is not None:
            owner = existing.partner.abbreviation if existing.partner else "-"
            row.error(
                "titel" if title and existing.title.lower() == title.lower() else "link",
                f"er bestaat al aanbod met deze titel of link: ‘{existing.title}’ ({owner}). "
                "Verwijder de rij of pas haar aan.",
            )
