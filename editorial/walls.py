"""Walls between partners in the admin: nothing of another partner's drafts or files shows.

One rule for pages, ``may_see_page``: a partner user sees a page of another section only as
the public sees it (live, and without a pending draft title); pages it may edit it sees in
full; Coördinatie (``editorial.view_all_pages``) and admins see everything. The page chooser
filters its listings with ``visible_pages`` (the same rule as a queryset), and
``AdminWallsMiddleware`` refuses (404) every admin view that names an invisible page in its
URL (``page_id``, ``parent_page_id``, ``destination_id``, ...) or in ``?id=`` (chosen pages,
bulk actions on pages, documents and images). Wagtail's own views check edit rights, but
several render the page's draft title before or without that check (move confirm, chooser
browse, chosen-multiple, the bulk "no permission" list); a middleware on the URL arguments
covers them all, including views a Wagtail upgrade adds.

For files the rule is the collection permission Wagtail already has (``choose``/``add``/
``change``): tag suggestions and the "popular tags" filters of the image and document
listings only offer tags used on files the user may choose. Wagtail computes those popular
tags in a module-level function without the request, so ``restrict_popular_tags`` replaces
that function in the two modules that call it by one that reads the user of the current
request (``editorial.publishing.current_actor``); outside a request it is Wagtail's own.
"""

import wagtail.admin.filters
import wagtail.images.views.chooser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q
from django.http import Http404, JsonResponse
from taggit.models import Tag
from wagtail.admin.models import popular_tags_for_model as wagtail_popular_tags
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as documents_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as images_policy
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from editorial.publishing import current_actor

# URL arguments of admin views that name a page.
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "page_pk", "destination_id")
# Views that take page ids in ?id= and show their titles.
PAGE_ID_LIST_VIEWS = {"wagtailadmin_choose_page_chosen_multiple"}
# Views that describe a page's workflow: only for who may edit the page.
EDIT_RIGHTS_VIEWS = {"wagtailadmin_pages:confirm_workflow_cancellation"}
# Reports across all partners' pages (page type usage shows the last edited draft's title).
ALL_PARTNERS_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}
CHOOSE_ACTIONS = ["choose", "add", "change"]


def sees_everything(user):
    return user.is_active and (user.is_superuser or user.has_perm("editorial.view_all_pages"))


def editable_pages(user):

    return page_permission_policy.instances_user_has_any_permission_for(user, {"add", "change", "publish"})


def visible_pages(user, pages):
    """`pages` without the ones `user` may not see (the may_see_page rule as a queryset)."""
    if sees_everything(user):
        return pages
    # Live and unchanged, or editable. The (small) hidden set is a subquery on the primary key
    # alone, a filter the search backends can apply to a search query as well.
    published = Q(live=True, draft_title=F("title"))
    hidden = Page.objects.exclude(published | Q(pk__in=editable_pages(user).values("pk"))).values("pk")
    return pages.exclude(pk__in=hidden)


def may_see_page(user, page):
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()


def may_edit_page(user, page):
    return sees_everything(user) or page.permissions_for_user(user).can_edit()


def _page_or_404(pk):
    try:
        return Page.objects.get(pk=int(pk))
    except (Page.DoesNotExist, TypeError, ValueError) as error:
        raise Http404 from error


def _ids(request):
    try:
        return {int(value) for value in request.GET.getlist("id")}
    except ValueError as error:
        raise Http404 from error


def bulk_objects_visible(user, match, ids):
    """Whether every object a bulk action names may be seen (its "no permission" list shows
    the titles of the others)."""

    target = (match.kwargs.get("app_label"), match.kwargs.get("model_name"))
    if target == ("wagtailcore", "page"):
        return visible_pages(user, Page.objects.filter(pk__in=ids)).count() == len(ids)
    policies = {("wagtaildocs", "document"): documents_policy, ("wagtailimages", "image"): images_policy}
    if target in policies:
        allowed = policies[target].instances_user_has_any_permission_for(user, CHOOSE_ACTIONS)
        return allowed.filter(pk__in=ids).count() == len(ids)
    return True


class AdminWallsMiddleware:
    """Refuses admin views that would show another partner's draft (404, as if absent)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = request.user
        if match is None or not user.is_authenticated or sees_everything(user):
            return None
        if not request.path_info.startswith("/admin/"):
            return None
        if match.view_name == "wagtailadmin_tag_autocomplete":
            return tag_autocomplete(request)
        if match.view_name in ALL_PARTNERS_VIEWS:
            raise Http404
        for argument in PAGE_ARGUMENTS:
            if argument in view_kwargs:
                page = _page_or_404(view_kwargs[argument])
                if not may_see_page(user, page):
                    raise Http404
                if match.view_name in EDIT_RIGHTS_VIEWS and not may_edit_page(user, page):
                    raise Http404
        if match.view_name in PAGE_ID_LIST_VIEWS:
            ids = _ids(request)
            if ids and visible_pages(user, Page.objects.filter(pk__in=ids)).count() != len(ids):
                raise Http404
        if match.view_name == "wagtail_bulk_action":
            ids = _ids(request)
            if ids and not bulk_objects_visible(user, match, ids):
                raise Http404
        return None


# Tags ------------------------------------------------------------------------------------


def choosable_files_q(user):
    """TaggedItem filter: items on documents and images in collections `user` may choose from."""

    condition = Q()
    for model, policy in ((get_document_model(), documents_policy), (get_image_model(), images_policy)):
        allowed = policy.instances_user_has_any_permission_for(user, CHOOSE_ACTIONS).values("pk")
        condition |= Q(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
            taggit_taggeditem_items__object_id__in=allowed,
        )
    return condition


def visible_tags(user):
    if sees_everything(user):
        return Tag.objects.all()
    return Tag.objects.filter(choosable_files_q(user)).distinct()


def tag_autocomplete(request):
    """Wagtail's tag autocomplete (same JSON) limited to tags the user may see."""

    term = request.GET.get("term", "")
    if not term:
        return JsonResponse([], safe=False)
    names = (
        visible_tags(request.user)
        .filter(name__istartswith=term)
        .order_by("name")
        .values_list("name", flat=True)[:TAGS_AUTOCOMPLETE_LIMIT]
    )
    return JsonResponse(list(names), safe=False)


def restrict_popular_tags():
    """Make the listings' "popular tags" filters offer only tags of choosable files."""

    def popular_tags_for_model(model, count=10):
        actor = current_actor()
        user = actor.user if actor else None
        if user is None or not user.is_authenticated or sees_everything(user):
            return wagtail_popular_tags(model, count)
        content_type = ContentType.objects.get_for_model(model)
        return (
            Tag.objects.filter(choosable_files_q(user), taggit_taggeditem_items__content_type=content_type)
            .annotate(item_count=Count("taggit_taggeditem_items", distinct=True))
            .order_by("-item_count")[:count]
        )

    wagtail.admin.filters.popular_tags_for_model = popular_tags_for_model
    wagtail.images.views.chooser.popular_tags_for_model = popular_tags_for_model
