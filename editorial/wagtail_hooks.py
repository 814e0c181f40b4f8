"""Wagtail admin hooks of the editorial workflow."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from core.roles import is_coordinator
from editorial import guards, views, walls
from editorial.choosers import ChoosableDocumentsAPIViewSet, ChoosableImagesAPIViewSet
from editorial.dashboard import EditorialWorkPanel
from editorial.publishing import protected_message
from offerings.models import OfferingPage


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("redactie/alle-paginas/", views.all_pages, name="editorial_all_pages"),
        path("redactie/alle-paginas/<int:page_id>/", views.draft_preview, name="editorial_draft_preview"),
        path("redactie/partners/", views.partners, name="editorial_partners"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def all_pages_menu_item():
    return PermissionMenuItem(
        _("Alle pagina's"),
        reverse("editorial_all_pages"),
        icon_name="doc-empty-inverse",
        order=210,
        permission="editorial.view_all_pages",
    )


@hooks.register("register_admin_menu_item")
def partners_menu_item():
    return PermissionMenuItem(
        _("Partners inrichten"),
        reverse("editorial_partners"),
        icon_name="group",
        order=820,
        permission="editorial.provision_partner",
    )


@hooks.register("construct_admin_api", order=100)
def restrict_file_endpoints_to_choosable(router):
    # order=100: after wagtail.documents/images registered theirs, so these replace them.
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
    router.register_endpoint("images", ChoosableImagesAPIViewSet)


@hooks.register("construct_homepage_panels")
def add_editorial_panel(request, panels):
    panels.insert(0, EditorialWorkPanel())


# Guards: new offerings reach the site only through both workflow steps --------------------


@hooks.register("before_create_page")
def refuse_direct_publish_of_new_offering(request, parent_page, page_class):
    if guards.is_publish_request(request) and not guards.may_publish_new_child(
        request.user, parent_page, page_class
    ):
        return guards.refuse(request, request.get_full_path())
    return None


@hooks.register("before_edit_page")
def refuse_saving_over_a_newer_revision(request, page):

    if request.headers.get("Accept", "").startswith("application/json"):
        return None  # Wagtail's autosave answers conflicts itself
    loaded = guards.stale_form_revision(request, page)
    if loaded is None:
        return None
    messages.error(request, guards.edit_conflict_message(page, loaded))
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("before_edit_page")
def refuse_direct_publish_of_draft_offering(request, page):
    if guards.is_publish_request(request) and not guards.may_publish_directly(request.user, page.specific):
        return guards.refuse(request, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return None


@hooks.register("before_copy_page")
def refuse_publishing_copies(request, page):
    # A published copy is a new offering that skipped both steps.
    if request.method == "POST" and request.POST.get("publish_copies") and not is_coordinator(request.user):
        copies = Page.objects.descendant_of(page, inclusive=True).type(OfferingPage)
        if copies.exists():
            return guards.refuse(request, reverse("wagtailadmin_pages:copy", args=[page.pk]))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_new_offerings(request, action_type, objects, action_class_instance):
    if action_type != "publish" or is_coordinator(request.user):
        return None
    include_descendants = request.POST.get("include_descendants") in ("on", "true", "1")
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if guards.pages_needing_check(pages, include_descendants):
        return guards.refuse(request, reverse("wagtailadmin_home"))
    return None


@hooks.register("before_delete_page")
def explain_protected_delete(request, page):
    blocker = guards.delete_blocker([page])
    if blocker is None:
        return None

    messages.error(request, protected_message(blocker))
    return redirect(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))


@hooks.register("before_bulk_action")
def explain_protected_bulk_delete(request, action_type, objects, action_class_instance):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type != "delete" or not pages:
        return None
    blocker = guards.delete_blocker(pages)
    if blocker is None:
        return None

    messages.error(request, protected_message(blocker))
    return redirect(reverse("wagtailadmin_home"))


@hooks.register("construct_page_action_menu")
def hide_publish_for_new_offerings(menu_items, request, context):
    user = request.user
    page = context.get("page")
    if page is not None and page.pk:
        allowed = guards.may_publish_directly(user, page.specific)
    elif context.get("view") == "create" and context.get("parent_page") is not None:
        page_class = guards.page_class_from_create_url(request)
        if page_class is None:
            return
        allowed = guards.may_publish_new_child(user, context["parent_page"], page_class)
    else:
        return
    if not allowed:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


# Choosers and search: other partners' drafts stay out of sight ---------------------------


@hooks.register("construct_page_chooser_queryset")
def hide_other_sections_drafts(pages, request):
    """Live pages can be linked from anywhere; unpublished ones only by who may edit them."""
    return walls.visible_pages(request.user, pages)


@hooks.register("construct_reports_menu")
def hide_reports_across_partners(request, menu_items):
    # Page type usage names the last edited page of every type, whoever's draft it is.
    if not walls.sees_everything(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


# The approval flow's hooks (messages, landing page, footer action, dashboard) live apart.
# The platform's name, help menu and admin styles: editorial/branding_hooks.py.
from editorial import branding_hooks, flow_hooks  # noqa: E402, F401
