"""The admin as the platform's: the help menu leads to the Dutch editors' guide instead of
Wagtail's English guide and its "what's new in Wagtail <version>" item (the admin shows no
Wagtail version), and a few admin styles (wide tables scroll on a phone). The name and logo
are in editorial/templates/wagtailadmin/."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.guide import editors_guide

WAGTAIL_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail")


@hooks.register("register_admin_urls")
def guide_urls():
    return [path("redactie/handleiding/", editors_guide, name="editorial_guide")]


@hooks.register("register_help_menu_item")
def guide_menu_item():
    return MenuItem(
        _("Handleiding voor redacteuren"),
        reverse("editorial_guide"),
        icon_name="help",
        order=1000,
        name="handleiding",
    )


@hooks.register("construct_help_menu")
def drop_wagtail_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS)]


@hooks.register("insert_global_admin_css")
def admin_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
