"""Admin views for Coördinatie: every page at a glance, draft previews, partner provisioning."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from editorial.forms import AddPartnerForm
from editorial.models import PartnerWorkflowSettings
from editorial.provisioning import partner_parent, provision_partner
from partners.models import PartnerPage

PER_PAGE = 50


def require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def section_partner(page, partner_at):
    """The partner whose section holds `page`, looked up in a {path: PartnerPage} map."""
    for end in range(len(page.path), 0, -Page.steplen):
        if page.path[:end] in partner_at:
            return partner_at[page.path[:end]]
    return None


def all_pages(request):
    """Read-only list of every page, drafts included (Coördinatie's view of the site)."""
    require(request, "editorial.view_all_pages")
    # The status column reads the approved schedule and the workflow state: load both here.
    pages = (
        Page.objects.exclude(depth=1).annotate_approved_schedule().prefetch_workflow_states().order_by("path")
    )
    query = request.GET.get("q", "").strip()[:100]
    if query:
        pages = pages.filter(draft_title__icontains=query)
    partner_abbr = request.GET.get("partner", "")
    partner = PartnerPage.objects.filter(abbreviation=partner_abbr).first() if partner_abbr else None
    if partner is not None:
        pages = pages.descendant_of(partner, inclusive=True)
    paginator = Paginator(pages, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    partner_at = {p.path: p for p in PartnerPage.objects.all()}
    rows = [{"page": page, "partner": section_partner(page, partner_at)} for page in page_obj.object_list]
    return TemplateResponse(
        request,
        "editorial/all_pages.html",
        {
            "rows": rows,
            "page_obj": page_obj,
            "query": query,
            "partners": PartnerPage.objects.order_by("title"),
            "selected_partner": partner,
        },
    )


def draft_preview(request, page_id):
    """Render the latest revision of any page for a user with view_all_pages."""
    require(request, "editorial.view_all_pages")
    page = get_object_or_404(Page, pk=page_id, depth__gt=1).specific
    revision = page.get_latest_revision()
    draft = revision.as_object() if revision else page
    return draft.make_preview_request(request, draft.default_preview_mode)


def partners(request):
    """Add a partner or repair an existing one, with the same code as `add_partner`."""
    require(request, "editorial.provision_partner")
    form = AddPartnerForm(request.POST or None)
    report = None
    if request.method == "POST" and form.is_valid():
        catalogue = partner_parent()
        if catalogue is None:
            messages.error(request, _("Er is nog geen aanbodoverzicht; maak dat eerst aan."))
            return redirect("editorial_partners")
        data = form.cleaned_data
        report = provision_partner(
            catalogue,
            data["abbreviation"],
            data["name"],
            data["description"],
            data["website"],
            coordination_check=data["coordination_check"],
        )
        if report.changes:
            messages.success(
                request,
                _("Partner '%(name)s' bijgewerkt: %(count)d wijziging(en).")
                % {"name": report.partner.title, "count": len(report.changes)},
            )
        else:
            messages.info(
                request, _("Partner '%(name)s' was al volledig ingericht.") % {"name": report.partner.title}
            )
        form = AddPartnerForm()
    settings_by_partner = {s.partner_id: s for s in PartnerWorkflowSettings.objects.all()}
    rows = [
        {"partner": partner, "settings": settings_by_partner.get(partner.pk)}
        for partner in PartnerPage.objects.order_by("title")
    ]
    return TemplateResponse(
        request, "editorial/partners.html", {"form": form, "report": report, "rows": rows}
    )
