"""Publishing a chapter that still holds a broken reference asks for confirmation.

The check runs in `before_publish_page`, after Wagtail saved the new revision, so nothing
the editor typed is lost: the confirmation page publishes that saved revision, or goes back
to the editor. Broken references are hidden on the public site (handbook/references.py);
this makes sure nobody publishes that by accident.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from handbook.models import HandbookChapterPage
from handbook.references import broken_references

CONFIRM_FIELD = "publiceer-met-kapotte-verwijzingen"


def confirmation_needed(request, page):
    """A response asking to confirm, or None when the chapter may be published now."""
    page = page.specific
    if not isinstance(page, HandbookChapterPage) or request.POST.get(CONFIRM_FIELD):
        return None
    problems = broken_references([page])
    if not problems:
        return None
    revision = page.get_latest_revision()
    if page.live_revision_id is None:
        # Wagtail's create view adds a new page as live before this hook runs; until the
        # editor confirms, it is a draft.
        HandbookChapterPage.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    return TemplateResponse(
        request,
        "handbook/admin/confirm_publish.html",
        {
            "page": page,
            "problems": problems,
            "revision": revision,
            "confirm_url": reverse("handbook_confirm_publish", args=[page.pk, revision.pk]),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )


@require_POST
def confirm_publish(request, page_id, revision_id):
    page = get_object_or_404(HandbookChapterPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    revision = get_object_or_404(page.revisions, pk=revision_id)
    if revision.pk != page.latest_revision_id:
        messages.error(request, _("Er is intussen een nieuwere versie opgeslagen; er is niets gepubliceerd."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    count = len(broken_references([revision.as_object()]))
    revision.publish(user=request.user)
    messages.success(
        request,
        ngettext(
            "Hoofdstuk '%(title)s' is gepubliceerd met %(count)s kapotte verwijzing; dat blok staat "
            "niet op de site.",
            "Hoofdstuk '%(title)s' is gepubliceerd met %(count)s kapotte verwijzingen; die blokken staan "
            "niet op de site.",
            count,
        )
        % {"title": page.title, "count": count},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
