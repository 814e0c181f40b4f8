"""Checking and writing a large import outside the web request (django-tasks).

The view stores the upload as a PendingImport and enqueues `check_import`; after the editor
confirms, `write_import`. Either backend works: the database backend's worker in production,
the immediate backend (the task runs at once) in tests. Each pass has the task's time budget
(imports/limits.py); the writing is all or nothing (imports/writer.py). A failure leaves the
pending import in FAILED with a Dutch message, and nothing written.
"""

from django_tasks import task

from imports import limits, progress
from imports.models import PendingImport
from imports.validation import ImportReport, validate_file
from imports.writer import ImportRefused, run_import

FAILED_MESSAGE = (
    "Er ging iets mis bij het verwerken van het bestand; er is niets opgeslagen. Probeer het later "
    "opnieuw of neem contact op met de beheerder."
)


def _pending(pending_id, status):
    return (
        PendingImport.objects.filter(pk=pending_id, status=status).select_related("partner", "user").first()
    )


def _finish(pending, status, report, keep_content):
    fields = {"status": status, "report": report.as_data(), "rows_done": len(report.rows)}
    fields["rows_total"] = len(report.rows)
    if not keep_content:
        fields["content"] = b""
    PendingImport.objects.filter(pk=pending.pk).update(**fields)
    progress.forget(pending.pk)


def _fail(pending):
    report = ImportReport(partner=pending.partner, filename=pending.filename, file_errors=[FAILED_MESSAGE])
    _finish(pending, PendingImport.FAILED, report, keep_content=False)


def _run(step, pending):
    """One pass over the stored upload (validate_file or run_import) with the task's budget,
    reporting progress; any unexpected failure marks the import FAILED before it propagates."""
    try:
        return step(
            bytes(pending.content),
            pending.filename,
            pending.partner,
            user=pending.user,
            budget=limits.task_budget(),
            progress=lambda done, total: progress.report(pending.pk, done, total),
        )
    except ImportRefused:
        raise
    except Exception:
        _fail(pending)
        raise


@task()
def check_import(pending_id):
    pending = _pending(pending_id, PendingImport.CHECKING)
    if pending is None:
        return
    report = _run(validate_file, pending)
    _finish(pending, PendingImport.CHECKED, report, keep_content=report.ok)


@task()
def write_import(pending_id):
    pending = _pending(pending_id, PendingImport.IMPORTING)
    if pending is None:
        return
    try:
        report = _run(run_import, pending)
    except ImportRefused as refused:
        _finish(pending, PendingImport.CHECKED, refused.report, keep_content=False)
        return
    _finish(pending, PendingImport.DONE, report, keep_content=False)
