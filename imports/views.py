"""Admin: upload → report per row → confirm. Walled: a partner's editors import only into
their own section (and only with Wagtail's add permission there); Coördinatie into any."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.roles import is_coordinator
from imports import limits, progress, tasks
from imports.forms import ImportForm
from imports.limits import MAX_FILE_BYTES
from imports.models import PendingImport
from imports.reader import work_size
from imports.template import template_csv, template_xlsx
from imports.validation import ImportReport, validate_file
from imports.writer import ImportRefused, run_import
from partners.membership import partner_ids
from partners.models import PartnerPage

PENDING_HOURS = 24


def allowed_partners(user):
    partners = (
        PartnerPage.objects.all()
        if is_coordinator(user)
        else PartnerPage.objects.filter(pk__in=partner_ids(user))
    )
    allowed = [p.pk for p in partners if p.permissions_for_user(user).can_add_subpage()]
    return PartnerPage.objects.filter(pk__in=allowed).order_by("title")


def can_import(user):
    return allowed_partners(user).exists()


def _context(form, report=None, pending=None):
    return {
        "form": form,
        "report": report,
        "pending": pending,
        "page_title": _("Aanbod importeren"),
        "header_icon": "upload",
    }


def import_view(request):
    partners = allowed_partners(request.user)
    if not partners.exists():
        raise PermissionDenied
    PendingImport.objects.filter(
        created_at__lt=timezone.now() - datetime.timedelta(hours=PENDING_HOURS)
    ).delete()
    form = ImportForm(request.POST or None, request.FILES or None, partners=partners)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(request, "imports/import.html", _context(form))
    upload = form.cleaned_data["file"]
    partner = form.cleaned_data["partner"]
    if upload.size > MAX_FILE_BYTES:
        form.add_error(
            "file",
            _("Het bestand is groter dan %(mb)s MB. Splits het in kleinere bestanden.")
            % {"mb": MAX_FILE_BYTES // (1024 * 1024)},
        )
        return TemplateResponse(request, "imports/import.html", _context(form))
    content = upload.read()
    if work_size(content) >= limits.BACKGROUND_FROM_BYTES:
        pending = PendingImport.objects.create(
            partner=partner,
            user=request.user,
            filename=upload.name[:255],
            content=content,
            status=PendingImport.CHECKING,
        )
        tasks.check_import.enqueue(pending.pk)
        return redirect("imports_progress", pending.pk)
    report = validate_file(content, upload.name, partner, user=request.user)
    pending = None
    if report.ok:
        pending = PendingImport.objects.create(
            partner=partner, user=request.user, filename=upload.name[:255], content=content
        )
    return TemplateResponse(request, "imports/import.html", _context(form, report, pending))


@require_POST
def confirm_view(request, pending_id):
    pending = get_object_or_404(PendingImport, pk=pending_id, user=request.user, status=PendingImport.CHECKED)
    if pending.partner not in allowed_partners(request.user):
        raise PermissionDenied
    if work_size(bytes(pending.content)) >= limits.BACKGROUND_FROM_BYTES:
        PendingImport.objects.filter(pk=pending.pk).update(status=PendingImport.IMPORTING)
        tasks.write_import.enqueue(pending.pk)
        return redirect("imports_progress", pending.pk)
    try:
        report = run_import(bytes(pending.content), pending.filename, pending.partner, user=request.user)
    except ImportRefused as refused:
        form = ImportForm(partners=allowed_partners(request.user), initial={"partner": pending.partner})
        messages.error(request, _("De import is geweigerd; er is niets opgeslagen. Zie het verslag."))
        return TemplateResponse(request, "imports/import.html", _context(form, refused.report))
    finally:
        PendingImport.objects.filter(pk=pending.pk).delete()
    counts = report.counts
    messages.success(
        request,
        _(
            "%(new)s nieuwe en %(update)s bijgewerkte concepten opgeslagen in %(partner)s. Dien ze in "
            "voor de redactiestappen om ze te publiceren."
        )
        % {"new": counts["new"], "update": counts["update"], "partner": pending.partner.title},
    )
    return redirect("wagtailadmin_explore", pending.partner.pk)


REFRESH_SECONDS = 3


def progress_view(request, pending_id):
    """A large import checked or written by a task: progress, then the report."""
    pending = get_object_or_404(PendingImport, pk=pending_id, user=request.user)
    if pending.partner not in allowed_partners(request.user):
        raise PermissionDenied
    working = pending.status in (PendingImport.CHECKING, PendingImport.IMPORTING)
    report = ImportReport.from_data(pending.partner, pending.report) if pending.report else None
    context = {
        "pending": pending,
        "working": working,
        "progress": progress.get(pending.pk) if working else None,
        "refresh_seconds": REFRESH_SECONDS,
        "report": None if working else report,
        "page_title": _("Aanbod importeren"),
        "header_icon": "upload",
    }
    # The confirm button belongs to a checked report without errors only.
    if pending.status != PendingImport.CHECKED or not (report and report.ok):
        context["pending_for_confirm"] = None
    else:
        context["pending_for_confirm"] = pending
    return TemplateResponse(request, "imports/progress.html", context)


def template_view(request):
    if not can_import(request.user):
        raise PermissionDenied
    if request.GET.get("formaat") == "csv":
        response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="aanbod-sjabloon.csv"'
        return response
    response = HttpResponse(
        template_xlsx(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = 'attachment; filename="aanbod-sjabloon.xlsx"'
    return response
