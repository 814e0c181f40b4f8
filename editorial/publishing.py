"""The one gate every route to a live offering passes: the Coördinatiecheck.

Wagtail makes a page live by several routes: publishing a revision (edit view, admin API,
revert, bulk action, the last workflow approval, scheduled publishing), copying a live page
with keep_live (HTML form and admin API), creating an alias of a live page (copy form with
"alias", admin API create_alias), and refreshing aliases when their original is published.
Each of them ends in one of two saves:

- a page row saved with ``live=True`` that was not live in the database (or is new), or
- a revision saved with ``approved_go_live_at`` (a publish scheduled for later; the
  ``publish_scheduled`` command later makes it live without a user).

So the gate sits on those two saves (``pre_save`` signals) instead of on the views: a route a
Wagtail upgrade adds is covered as well. The rule itself is ``guards.may_make_live``, the same
one the action menu uses to hide the publish button.

Who acts is the user of the current request (``PublishingGateMiddleware``). Code without a
request (management commands such as ``publish_scheduled``, the demo loader, the shell) is
trusted: a scheduled publish was checked when it was scheduled.

A refused save raises ``CoordinationCheckRequired``; the middleware answers the admin API
with 403 and the Dutch message, and HTML views with that message on the previous screen.
Every non-GET admin request runs in one transaction that is rolled back when the gate refused
or the view failed, so a refused copy or bulk action leaves nothing half-written.
"""

from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.db.models.signals import pre_save
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from editorial.guards import may_make_live
from offerings.models import OfferingPage

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


def refusal_message():
    return _(
        "Nieuw aanbod gaat pas live na de eindredactie én de Coördinatiecheck. Er is niets "
        "gepubliceerd. Kies 'Ter goedkeuring indienen'; een kopie maakt u als concept (zonder "
        "'gepubliceerd houden'), een alias van aanbod kan alleen Coördinatie maken."
    )


class CoordinationCheckRequired(Exception):
    """Raised when a save would make an offering live that has not passed Coördinatie.

    Not a PermissionDenied: Wagtail's admin views turn those into a generic "no access"
    message, and the editor must read why (the middleware shows this message instead).
    """

    def __init__(self, page=None):
        super().__init__(refusal_message())
        self.page = page


@dataclass
class RequestActor:
    request: object
    refused: bool = False

    @property
    def user(self):
        return getattr(self.request, "user", None)


_current = ContextVar("editorial_publishing_actor", default=None)


def current_actor():
    """The RequestActor of the request being served, or None outside a request."""
    return _current.get()


def refuse_if_not_allowed(page, new_to_site):

    actor = current_actor()
    if actor is None:  # server-side code: trusted (see the module docstring)
        return
    if not may_make_live(actor.user, page, new_to_site=new_to_site):
        actor.refused = True
        raise CoordinationCheckRequired(page)


def stored_state(page):

    if page.pk is None or page._state.adding:
        return None
    return Page.objects.filter(pk=page.pk).values("live", "first_published_at", "alias_of_id").first()


def goes_live_new_to_site(page):
    """(goes live now, is new to the site) for a page about to be saved.

    New to the site: a row not yet in the database (a copy or an alias), a page that was
    never published, or an alias going live (an alias is a new address for other content).
    """
    if not page.live:
        return False, False
    stored = stored_state(page)
    if stored is None:
        return True, True
    if stored["live"]:
        return False, False
    return True, stored["first_published_at"] is None or stored["alias_of_id"] is not None


def check_page_going_live(sender, instance, raw=False, update_fields=None, **kwargs):

    if raw or not isinstance(instance, Page) or not instance.live or current_actor() is None:
        return
    if update_fields is not None and "live" not in update_fields and not instance._state.adding:
        return

    if not issubclass(instance.specific_class or type(instance), OfferingPage):
        return
    going_live, new_to_site = goes_live_new_to_site(instance)
    if going_live:
        refuse_if_not_allowed(instance, new_to_site)


def check_publish_being_scheduled(sender, instance, raw=False, update_fields=None, **kwargs):

    if raw or not isinstance(instance, Revision) or instance.approved_go_live_at is None:
        return
    if update_fields is not None and "approved_go_live_at" not in update_fields:
        return
    if current_actor() is None:
        return
    page = instance.content_object
    if not isinstance(page, Page):
        return
    stored = stored_state(page)
    new_to_site = stored is None or stored["first_published_at"] is None or stored["alias_of_id"] is not None
    refuse_if_not_allowed(page.specific, new_to_site)


def connect():
    pre_save.connect(check_page_going_live, dispatch_uid="editorial.publishing.page")
    pre_save.connect(check_publish_being_scheduled, dispatch_uid="editorial.publishing.revision")


class PublishingGateMiddleware:
    """Tells the gate who acts, and turns a refusal into a Dutch message with a rollback."""

    def __init__(self, get_response):

        self.get_response = get_response
        self.admin_prefix = settings.EDITORIAL_ADMIN_PATH_PREFIX

    def __call__(self, request):
        actor = RequestActor(request)
        token = _current.set(actor)
        try:
            if request.method in SAFE_METHODS or not request.path_info.startswith(self.admin_prefix):
                return self.get_response(request)
            with transaction.atomic():
                response = self.get_response(request)
                if actor.refused or response.status_code >= 500:
                    transaction.set_rollback(True)
            return response
        finally:
            _current.reset(token)

    def process_exception(self, request, exception):
        if isinstance(exception, CoordinationCheckRequired):
            message = str(exception.args[0])
        elif isinstance(exception, ProtectedError) and request.path_info.startswith(self.admin_prefix):
            # A delete that something still depends on (e.g. a partner page with review items):
            # Wagtail's delete views, bulk delete and the admin API let it become a 500.
            message = protected_message(exception)
        elif is_slug_race(request, exception):
            return slug_race_response(request)
        else:
            return None
        current = current_actor()
        if current is not None:
            current.refused = True
        if "/api/" in request.path_info:
            return JsonResponse({"message": message}, status=403, json_dumps_params={"ensure_ascii": False})
        messages.error(request, message)
        return redirect(back_url(request))


def protected_message(error):

    counts = Counter(str(obj._meta.verbose_name_plural) for obj in error.protected_objects)
    things = ", ".join(f"{count} {label}" for label, count in sorted(counts.items()))
    return _(
        "Niet verwijderd: hier hangen nog %(things)s aan, die bewaard moeten blijven. Er is niets "
        "gewijzigd. Vraag Coördinatie of een beheerder om die eerst af te handelen."
    ) % {"things": things}


def is_slug_race(request, exception):
    """A new page whose slug was taken between form validation and saving.

    The create view validates the slug, then saves; when autosave (or a second tab) saved the
    same new page in between, Page.full_clean() raised a ValidationError inside the view: a 500
    the editor never saw (seen on PostgreSQL).
    """

    match = getattr(request, "resolver_match", None)
    return (
        isinstance(exception, ValidationError)
        and match is not None
        and match.view_name == "wagtailadmin_pages:add"
        and "slug" in getattr(exception, "error_dict", {})
    )


def slug_race_response(request):

    # Nothing to roll back: add_child() is atomic, and the create view wrote nothing before it.
    parent = Page.objects.filter(pk=request.resolver_match.kwargs.get("parent_page_id")).first()
    existing = parent and Page.objects.child_of(parent).filter(slug=request.POST.get("slug", "")).first()
    if existing is not None and existing.permissions_for_user(request.user).can_edit():
        messages.warning(
            request,
            _(
                "Deze pagina was al opgeslagen (automatisch of vanuit een ander venster) onder het "
                "webadres '%(slug)s'. Hier is die versie: controleer de inhoud, vul aan wat ontbreekt "
                "en kies dan opnieuw wat u wilde doen."
            )
            % {"slug": existing.slug},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[existing.pk]))
    messages.error(
        request,
        _("Het webadres (slug) '%(slug)s' is intussen al in gebruik. Kies een ander webadres.")
        % {"slug": request.POST.get("slug", "")},
    )
    return redirect(request.get_full_path())


def back_url(request):

    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return reverse("wagtailadmin_home")
