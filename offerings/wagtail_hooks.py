from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from offerings.admin_views import MERGE_PERMISSION, merge_organisation
from partners.models import Organisation


@hooks.register("register_admin_urls")
def organisation_merge_urls():
    return [
        path("organisaties/<int:pk>/samenvoegen/", merge_organisation, name="offerings_merge_organisation")
    ]


@hooks.register("register_snippet_listing_buttons")
def organisation_merge_button(snippet, user, next_url=None):
    if isinstance(snippet, Organisation) and user.has_perm(MERGE_PERMISSION):
        yield ListingButton(
            _("Samenvoegen"),
            reverse("offerings_merge_organisation", args=[snippet.pk]),
            icon_name="resubmit",
            priority=60,
        )
