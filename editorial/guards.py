"""Server-side guards that keep the Coördinatie step from being bypassed.

The eindredactie of a partner may publish (and unpublish, lock) within its section, but an
offering new to the site must also pass Coördinatie when the partner has that check on.
So a direct publish of such an offering by anyone else than Coördinatie or an admin is
refused; the action menu hides the button and these guards refuse crafted requests.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import router
from django.db.models import ProtectedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from core.roles import is_coordinator
from editorial.models import coordination_check_enabled, needs_coordination_check
from offerings.models import OfferingPage
from partners.models import PartnerPage

PUBLISH_ACTIONS = ("action-publish",)


def refuse(request, url):
    messages.error(
        request,
        _(
            "Nieuw aanbod gaat eerst langs de eindredactie en Coördinatie. Kies 'Ter goedkeuring "
            "indienen' in plaats van 'Publiceren'."
        ),
    )
    return redirect(url)


def is_publish_request(request):
    return request.method == "POST" and any(action in request.POST for action in PUBLISH_ACTIONS)


def new_page_needs_check(parent_page, page_class):

    return issubclass(page_class, OfferingPage) and coordination_check_enabled(
        PartnerPage.section_of(parent_page)
    )


def may_make_live(user, page, new_to_site=None):
    """The Coördinatie rule: may `user` make `page` live?

    An offering new to the site, in a section whose partner has the check on, goes live only
    through Coördinatie (approving the last workflow step) or an admin. `new_to_site` is what
    the publishing gate read from the database (editorial/publishing.py); by default the
    page's own state counts (never published). The action menu hides the publish button
    with this rule and the gate refuses every other route with it.
    """
    if is_coordinator(user):
        return True
    if new_to_site is None:
        return not needs_coordination_check(page)
    return not (new_to_site and offering_with_check(page))


def offering_with_check(page):

    return isinstance(page, OfferingPage) and coordination_check_enabled(page.partner_id)


def may_publish_directly(user, page):
    return may_make_live(user, page)


def may_publish_new_child(user, parent_page, page_class):
    return is_coordinator(user) or not new_page_needs_check(parent_page, page_class)


def pages_needing_check(pages, include_descendants):

    for page in pages:
        if needs_coordination_check(page.specific):
            return True
        if include_descendants:
            for descendant in Page.objects.descendant_of(page).not_live().specific():
                if needs_coordination_check(descendant):
                    return True
    return False


def page_class_from_create_url(request):
    """The page model of the admin create view being served (from its URL kwargs)."""

    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match else {}
    try:
        content_type = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return None
    return content_type.model_class()


# Edit conflicts: a save from a form loaded before someone else saved -----------------------

# Revision content keys that change with every save and are not the editor's content.
BOOKKEEPING_FIELDS = {
    "pk",
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "draft_title",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "live",
    "content_type",
    "translation_key",
    "locale",
    "partner",
    "wagtail_admin_comments",
}


def stale_form_revision(request, page):
    """The revision a POSTed edit form was loaded from, when it is no longer the latest.

    Wagtail's autosave refuses such a save (EditView.is_out_of_date); a normal submit from a
    second tab or a script did not, and silently replaced the newer revision. The form's own
    autosave revision (overwrite_revision_id) counts as the latest.
    """

    if request.method != "POST" or not page.latest_revision_id:
        return None
    latest = str(page.latest_revision_id)
    own_autosave = request.POST.get("overwrite_revision_id")
    loaded = request.POST.get("loaded_revision_id")
    if own_autosave:
        out_of_date = own_autosave != latest
        loaded = own_autosave
    elif loaded:
        loaded_at = request.POST.get("loaded_revision_created_at", "")
        out_of_date = loaded != latest or loaded_at != page.latest_revision.created_at.isoformat()
    else:
        return None
    if not out_of_date:
        return None
    return Revision.page_revisions.filter(object_id=str(page.pk), pk=loaded).first() or page.latest_revision


def changed_field_labels(page, old_revision, new_revision):
    old, new = old_revision.content, new_revision.content
    labels = []
    for key in sorted(set(old) | set(new)):
        if key in BOOKKEEPING_FIELDS or old.get(key) == new.get(key):
            continue
        try:
            labels.append(str(type(page)._meta.get_field(key).verbose_name))
        except Exception:  # noqa: BLE001 (a key without a model field: show it as is)
            labels.append(key)
    return labels


def edit_conflict_message(page, loaded_revision):

    newer = Revision.page_revisions.filter(object_id=str(page.pk), created_at__gt=loaded_revision.created_at)
    latest = page.latest_revision
    names = sorted(
        {revision.user.get_full_name() or revision.user.get_username() for revision in newer if revision.user}
    )
    fields = changed_field_labels(page, loaded_revision, latest) if latest.pk != loaded_revision.pk else []
    return _(
        "Niet opgeslagen: deze pagina is gewijzigd nadat u hem opende. %(who)s sloeg op %(when)s een "
        "nieuwere versie op%(what)s. Uw wijzigingen zijn niet opgeslagen, zodat die versie niet "
        "verloren gaat. Bekijk de nieuwe versie en breng uw wijzigingen daarin opnieuw aan."
    ) % {
        "who": ", ".join(names) or _("Iemand anders"),
        "when": formats.date_format(timezone.localtime(latest.created_at), "j F Y H:i"),
        "what": (_(" (gewijzigd: %(fields)s)") % {"fields": ", ".join(fields)}) if fields else "",
    }


# Deletes that something still depends on -------------------------------------------------


def delete_blocker(pages):
    """The ProtectedError deleting these pages (and their subtrees) would raise, else None.

    Wagtail's delete views turn a protected page into "no access" (or a 500 when its reference
    index missed the link); running Django's delete collector first finds the real reason.
    """

    by_model = {}
    for page in pages:
        for row in Page.objects.descendant_of(page, inclusive=True).specific():
            by_model.setdefault(type(row), []).append(row)
    collector = Collector(using=router.db_for_write(Page))
    try:
        for rows in by_model.values():  # the collector takes one model at a time
            collector.collect(rows)
    except ProtectedError as error:
        return error
    return None
