"""Writing a validated import: drafts in the partner's own section, all or nothing.

New rows become unpublished pages with a first revision; rows whose externe_id was
imported before get a new draft revision of their page (a live page stays as it is until
the partner's workflow publishes the draft). Everything runs in one transaction, and the
file is validated again inside it, so a failure or a change in the meantime writes nothing.
"""

from django.db import transaction
from django.utils.text import slugify

from imports import limits
from imports.models import ImportedOffering
from imports.validation import (
    CHILD_FIELDS,
    MODELS,
    NOT_MODEL_FIELDS,
    PROGRESS_EVERY,
    TERM_FIELDS,
    validate_file,
)
from offerings.models import OfferingPage, PublicationAuthor, PublicationPublisher, TrainingSession
from offerings.ordering import in_order


class ImportRefused(Exception):
    def __init__(self, report):
        super().__init__("import refused")
        self.report = report


def unique_slug(parent, title, taken):
    base = slugify(title)[:70] or "aanbod"
    slug, number = base, 2
    while slug in taken or parent.get_children().filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def run_import(content, filename, partner, user=None, dry_run=False, budget=None, progress=None):
    """Validate and (unless dry_run or any error) write. Returns the report; raises
    ImportRefused with the report when nothing could be written, also when the work runs
    past `budget` (imports/limits.py): the transaction then writes nothing at all.
    `progress(done, total)` is told how far the writing is."""
    budget = budget or limits.request_budget()
    with transaction.atomic():
        report = validate_file(content, filename, partner, user=user, budget=budget)
        if not report.ok:
            raise ImportRefused(report)
        if dry_run:
            return report
        taken = set()
        total = len(report.rows)
        try:
            for done, row in enumerate(report.rows):
                budget.check()
                if progress and done % PROGRESS_EVERY == 0:
                    progress(done, total)
                write_row(row, partner, user, taken)
        except limits.WorkTooLong as error:
            report.file_errors.append(str(error))
            raise ImportRefused(report) from None
    return report


def child_rows(name, values):
    if name == "authors":
        return in_order(PublicationAuthor(name=author) for author in values)
    return in_order(PublicationPublisher(organisation=organisation) for organisation in values)


def write_row(row, partner, user, taken):
    values = dict(row.values)
    kind = values.pop("kind")
    external_id = values.pop("external_id")
    terms = {name: values.pop(name, []) for name in TERM_FIELDS}
    # Child rows replace the page's rows in the cell's order; an empty cell keeps them.
    children = {name: child_rows(name, values.pop(name)) for name in CHILD_FIELDS if name in values}
    start, end = values.pop("session_start", None), values.pop("session_end", None)
    if start:  # the dates replace the sessions in the new draft; empty cells keep them
        children["sessions"] = in_order(
            [TrainingSession(start_date=start, end_date=end if end != start else None)]
        )
    fields = {k: v for k, v in values.items() if k not in NOT_MODEL_FIELDS}
    if row.existing_page_id:
        page = OfferingPage.objects.get(pk=row.existing_page_id).specific  # same kind (validated)
        for name, value in fields.items():
            setattr(page, name, value)
        for name, value in [*terms.items(), *children.items()]:
            setattr(page, name, value)
        page.save_revision(user=user, log_action=True)
    else:
        model = MODELS[kind]
        page = model(**fields, live=False, has_unpublished_changes=True)
        page.slug = unique_slug(partner, page.title, taken)
        for name, value in [*terms.items(), *children.items()]:
            setattr(page, name, value)
        partner.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        ImportedOffering.objects.create(partner=partner, external_id=external_id, page=page)
    row.existing_page_id = page.pk
