from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from imports import views
from partners.membership import partner_ids


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("aanbod-importeren/", views.import_view, name="imports_import"),
        path("aanbod-importeren/<int:pending_id>/", views.confirm_view, name="imports_confirm"),
        path("aanbod-importeren/sjabloon/", views.template_view, name="imports_template"),
        path("aanbod-importeren/voortgang/<int:pending_id>/", views.progress_view, name="imports_progress"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        # Cheap on every admin page (the partner ids are cached on the user); the view
        # itself checks Wagtail's add permission on each partner section.
        user = request.user
        return user.is_superuser or bool(partner_ids(user))


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(_("Aanbod importeren"), reverse("imports_import"), icon_name="upload", order=230)
