"""Choosers: each partner is offered only its own and the shared documents and images; and
two of Wagtail's choosers no longer answer odd input with a server error (the external-link
step posted without its field, the image chooser given a tag and a search term at once).

Wagtail's chooser listings already filter on the 'choose' collection permission, but the
admin API listings and detail endpoints for documents and images, and the image
select-format step, do not. These close those gaps with the same permission policies.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import ExternalLinkChooserForm as WagtailExternalLinkChooserForm
from wagtail.admin.forms.choosers import URLOrAbsolutePathField
from wagtail.admin.views.chooser import ExternalLinkView as WagtailExternalLinkView
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as documents_policy
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as images_policy
from wagtail.images.views.chooser import BaseImageChooseView
from wagtail.images.views.chooser import ImageChooseResultsView as WagtailImageChooseResultsView
from wagtail.images.views.chooser import ImageChooserViewSet as WagtailImageChooserViewSet
from wagtail.images.views.chooser import ImageChooseView as WagtailImageChooseView

CHOOSE_ACTIONS = ["choose", "add", "change"]


class ChoosableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        allowed = documents_policy.instances_user_has_any_permission_for(self.request.user, CHOOSE_ACTIONS)
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class ChoosableImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        allowed = images_policy.instances_user_has_any_permission_for(self.request.user, CHOOSE_ACTIONS)
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


# Views that take a document or image id without checking the collection permission.
GUARDED_VIEWS = {
    "wagtailimages_chooser:select_format": (get_image_model, images_policy, "image_id"),
    "wagtailimages_chooser:chosen": (get_image_model, images_policy, "pk"),
    "wagtaildocs_chooser:chosen": (get_document_model, documents_policy, "pk"),
}


class ChooserPermissionMiddleware:
    """Refuses a chooser step for a file outside the user's collections (403)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        guard = GUARDED_VIEWS.get(match.view_name) if match else None
        if guard is None:
            return None
        get_model, policy, kwarg = guard
        obj = get_object_or_404(get_model(), pk=view_kwargs.get(kwarg))
        if not policy.user_has_any_permission_for_instance(request.user, CHOOSE_ACTIONS, obj):
            raise PermissionDenied
        return None


# The external-link step of the rich-text link chooser ------------------------------------


class RequiredURLOrAbsolutePathField(URLOrAbsolutePathField):
    """Wagtail's field calls `.startswith` on the raw value, so a POST without the field (a
    value of None) was a server error instead of "Dit is een verplicht veld."."""

    def to_python(self, value):
        return super().to_python(value or "")


class ExternalLinkChooserForm(WagtailExternalLinkChooserForm):
    url = RequiredURLOrAbsolutePathField(required=True, label=_("URL"))


class ExternalLinkView(WagtailExternalLinkView):
    """Wagtail's view with the form above; stabiliteit/urls.py serves it at Wagtail's path."""

    form_class = ExternalLinkChooserForm


# The image chooser with a tag and a search term -------------------------------------------


class TaggedBeforeSearchMixin:
    """Wagtail's image chooser filters on `tags__name` and then searches, which the search
    backends refuse (the tag is not a filter field of the image index: a server error, the
    chooser's twin of wagtail#9160, which Wagtail fixed in the image listing the same way):
    the tag becomes a filter on the tagged images' ids."""

    def filter_object_list(self, objects):
        tag_name = self.request.GET.get("tag")
        if tag_name:
            objects = objects.filter(pk__in=self.model.objects.filter(tags__name=tag_name).values("pk"))
        # Past Wagtail's own tag filter (BaseImageChooseView) to the generic chooser's filters.
        return super(BaseImageChooseView, self).filter_object_list(objects)


class ImageChooseView(TaggedBeforeSearchMixin, WagtailImageChooseView):
    pass


class ImageChooseResultsView(TaggedBeforeSearchMixin, WagtailImageChooseResultsView):
    pass


class ImageChooserViewSet(WagtailImageChooserViewSet):
    choose_view_class = ImageChooseView
    choose_results_view_class = ImageChooseResultsView


# Not registered: Wagtail's own viewset keeps its names; stabiliteit/urls.py serves these
# two views at its paths.
image_chooser = ImageChooserViewSet(
    "wagtailimages_chooser", model=get_image_model(), url_prefix="images/chooser"
)
