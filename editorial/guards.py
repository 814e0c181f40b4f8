"""Server-side guards that keep the Coördinatie step from being bypassed.

The eindredactie of a partner may publish (and unpublish, lock) within its section, but an
offering new to the site must also pass Coördinatie when the partner has that check on.
So a direct publish of such an offering by anyone else than Coördinatie or an admin is
refused; the action menu hides the button and these guards refuse crafted requests.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from editorial.rules import coordination_check_enabled, needs_coordination_check
from review.roles import is_coordinator

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
    from offerings.models import OfferingPage
    from partners.models import PartnerPage

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
    from offerings.models import OfferingPage

    return isinstance(page, OfferingPage) and coordination_check_enabled(page.partner_id)


def may_publish_directly(user, page):
    return may_make_live(user, page)


def may_publish_new_child(user, parent_page, page_class):
    return is_coordinator(user) or not new_page_needs_check(parent_page, page_class)


def pages_needing_check(pages, include_descendants):
    from wagtail.models import Page

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
    from django.contrib.contenttypes.models import ContentType

    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match else {}
    try:
        content_type = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return None
    return content_type.model_class()
