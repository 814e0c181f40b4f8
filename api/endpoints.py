"""The API's endpoints: Wagtail's API v2 views, limited to what the public may see."""

from django.db.models import Prefetch
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from api.errors import ApiError, error_response
from api.filters import PageTreeFilter, PublicFieldsFilter, PublicSearchFilter
from api.finder_params import SINGLE_VALUED, finder_query
from api.pagination import PublicPagination
from api.validation import check_raw_parameters, check_search, parse_limit_offset
from core.visibility import public_pages
from offerings.facts import attach_registration_states
from offerings.models import OfferingPage
from partners.models import PartnerPage
from search import fragments, listingscope
from search.finder import run_finder
from search.results import KeptItem
from search.visibility import public_document_ids, public_image_ids
from taxonomy.models import Audience, Form, Phase, Question, QuestionPick, Theme

MAX_ID = 2**63 - 1
COMMON_SINGLE_VALUED = {
    "limit",
    "offset",
    "fields",
    "order",
    "search",
    "search_operator",
    "type",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "site",
    "html_path",
    "id",
}


class PublicAPIMixin:
    """JSON only, strict parameters, capped paging and JSON errors for every endpoint.

    `api_name` is the URL segment the router registers; Wagtail's `name` attribute is not
    used (DRF's as_view() resets it).
    """

    renderer_classes = [JSONRenderer]
    pagination_class = PublicPagination
    single_valued_parameters = COMMON_SINGLE_VALUED
    detail_parameters = frozenset(["fields", "_"])

    def perform_content_negotiation(self, request, force=False):
        return JSONRenderer(), JSONRenderer.media_type

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_raw_parameters(request.GET, self.single_valued_parameters)
        if "search" in request.GET or "search_operator" in request.GET:
            check_search(request.GET)

    def handle_exception(self, exc):
        response = error_response(exc)
        if response is None:
            return super().handle_exception(exc)
        return response

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context.pop("indent", None)  # compact JSON: these responses are for programs
        return context

    def detail_view(self, request, pk):
        unknown = sorted(set(request.GET) - self.detail_parameters)
        if unknown:
            raise ApiError(_("Onbekende parameter(s): %(names)s.") % {"names": ", ".join(unknown)})
        if int(pk) > MAX_ID:
            raise Http404
        return super().detail_view(request, pk)

    @classmethod
    def get_urlpatterns(cls):
        return listing_and_detail_urlpatterns(cls)


def listing_and_detail_urlpatterns(cls):
    return [
        path("", cls.as_view({"get": "listing_view"}), name="listing"),
        path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
    ]


def public_base_queryset():
    return public_pages(Page.objects.all())


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """All page types, each with its own api_fields, of the requesting (or given) site."""

    api_name = "pages"

    filter_backends = [
        PublicFieldsFilter,
        PageTreeFilter,
        OrderingFilter,
        PublicSearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = frozenset(
        [
            "limit",
            "offset",
            "fields",
            "order",
            "search",
            "search_operator",
            "type",
            "child_of",
            "ancestor_of",
            "descendant_of",
            "site",
            "_",
        ]
    )
    find_query_parameters = frozenset(["id", "html_path"])

    def get_site(self):
        # Wagtail asks for the site and the base queryset several times per request (for
        # the queryset, the serializer and its context); a viewset lives for one request.
        if not hasattr(self, "_site"):
            self._site = self.find_site()
        return self._site

    def find_site(self):
        raw = self.request.GET.get("site")
        if raw is None:
            return Site.find_for_request(self.request)
        hostname, _sep, port = raw.partition(":")
        sites = Site.objects.filter(hostname__iexact=hostname)
        if port:
            if not port.isascii() or not port.isdigit() or int(port) > 65535:
                raise ApiError(_("'site' moet de vorm hostnaam of hostnaam:poort hebben."))
            sites = sites.filter(port=int(port))
        found = list(sites.select_related("root_page")[:2])
        if len(found) != 1:
            if found:
                raise ApiError(_("Meerdere sites met deze hostnaam: geef ook de poort op."))
            raise Http404(_("Onbekende site."))
        return found[0]

    def get_root_page(self):
        """The page `child_of=root` and `descendant_of=root` mean: that of ?site= if given."""
        site = self.get_site()
        return site.root_page if site is not None else None

    def get_base_queryset(self):
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = self.build_base_queryset()
        return self._base_queryset

    def build_base_queryset(self):
        site = self.get_site()
        if site is None:
            return Page.objects.none()
        return public_base_queryset().descendant_of(site.root_page, inclusive=True)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            raw = request.GET["id"]
            if not raw.isascii() or not raw.isdigit() or int(raw) > MAX_ID:
                raise ApiError(_("'id' moet een positief geheel getal zijn."))
        if "html_path" not in request.GET and "id" not in request.GET:
            raise ApiError(_("Geef 'html_path' of 'id' op."))
        return super().find_object(queryset, request)

    def find_view(self, request):
        unknown = sorted(set(request.GET) - {"html_path", "id", "fields", "_"})
        if unknown:
            raise ApiError(_("Onbekende parameter(s): %(names)s.") % {"names": ", ".join(unknown)})
        return super().find_view(request)

    @classmethod
    def get_urlpatterns(cls):
        return [
            *super().get_urlpatterns(),
            path("find/", cls.as_view({"get": "find_view"}), name="find"),
        ]


class TypedPagesAPIViewSet(PublicPagesAPIViewSet):
    """One page type, on whichever site it lives (the catalogue is on the main site)."""

    filter_backends = [PublicFieldsFilter, OrderingFilter, PublicSearchFilter]
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "order", "search", "search_operator", "_"]
    )
    default_order = ("title", "pk")

    def build_base_queryset(self):
        return public_base_queryset()

    def get_queryset(self):
        ids = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.filter(pk__in=ids).order_by(*self.default_order)

    @classmethod
    def get_urlpatterns(cls):
        return listing_and_detail_urlpatterns(cls)


class PartnersAPIViewSet(TypedPagesAPIViewSet):
    api_name = "partners"
    model = PartnerPage
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "abbreviation",
        "description",
        "website",
    ]


OFFERING_LISTING_FIELDS = [
    "id",
    "type",
    "detail_url",
    "html_url",
    "slug",
    "first_published_at",
    "title",
    "kind",
    "summary",
    "form",
    "partner",
    "themes",
    "audiences",
    "phases",
    "cost",
    "price_note",
    "language",
    "region",
    "delivery",
    "start_date",
    "end_date",
    "is_expired",
    "registration_state",
    "last_reviewed_at",
]


def finder_meta(result):
    """The listing's meta: the total and, when the words found nothing, what matches most
    of them and the closest themes and questions (as on the finder page)."""
    meta = {"total_count": result.total}
    if result.partial is not None:
        meta["partial_match"] = {
            "q": result.partial.query.q,
            "left_out": result.partial.left_out,
            "total_count": result.partial.total,
        }
    if result.related_themes or result.related_questions:
        meta["related_themes"] = [{"slug": t.slug, "name": t.name} for t in result.related_themes]
        meta["related_questions"] = [
            {"slug": q.slug, "question": q.question} for q in result.related_questions
        ]
    return meta


ITEM = "api-offering-item"  # the shared fragment of one offering in the listing


class OfferingsAPIViewSet(TypedPagesAPIViewSet):
    """The finder as JSON: the same parameters, service, order and facet counts as /aanbod/."""

    api_name = "offerings"
    model = OfferingPage
    listing_default_fields = OFFERING_LISTING_FIELDS
    single_valued_parameters = SINGLE_VALUED | {"fields"}

    def listing_view(self, request):
        query = finder_query(request.GET)
        limit, offset = parse_limit_offset(request.GET)
        # Each item is the same in every listing that shows it (the fields are fixed here):
        # kept per offering and live revision and shared (search/fragments.py); its URLs name
        # the host. The offerings whose item is kept are not loaded (run_finder's `kept`).
        base = request.build_absolute_uri("/")

        def kept(candidates, _pinned_ids):
            return fragments.held_for(request, ITEM, [(item, [base]) for item in candidates])

        # Unknown filter values match nothing, here as on the page and in the feed (finder).
        result = run_finder(query, offset=offset, limit=limit, kept=kept if fragments.usable() else None)
        listingscope.remember(request, result)
        loaded = [item for item in result.items if not isinstance(item, KeptItem)]
        rendered = self.serialized(request, loaded)
        items = [
            fragments.get_or_render(request, ITEM, [base], lambda item=item: rendered[item.pk], item)
            for item in result.items
        ]
        # A facet value's fields in their own order (FacetValue), as dataclasses.asdict gave them.
        facets = {facet.name: [dict(vars(value)) for value in facet.values] for facet in result.facets}
        return Response({"meta": finder_meta(result), "items": items, "facets": facets})

    def serialized(self, request, offerings):
        """{pk: item} of the offerings loaded for the listing (none when every item was kept:
        then neither their registration states nor the serializer's context are read)."""
        if not offerings:
            return {}
        attach_registration_states(offerings)
        serializer_class = self._get_serializer_class(
            request.wagtailapi_router, OfferingPage, [], show_details=False
        )
        context = self.get_serializer_context()
        return {item.pk: serializer_class(item, context=context).data for item in offerings}


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    api_name = "images"
    filter_backends = [PublicFieldsFilter, OrderingFilter, PublicSearchFilter]
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "order", "search", "search_operator", "_"]
    )

    def get_queryset(self):
        # Only images a public page shows: an upload for a draft is not public yet.
        return super().get_queryset().filter(pk__in=public_image_ids())


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    api_name = "documents"
    filter_backends = [PublicFieldsFilter, OrderingFilter, PublicSearchFilter]
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "order", "search", "search_operator", "_"]
    )

    def get_queryset(self):
        # Only documents a public page offers: an upload for a draft is not public yet.
        return super().get_queryset().filter(pk__in=public_document_ids())


class TermsAPIViewSet(PublicAPIMixin, BaseAPIViewSet):
    """A taxonomy: the values the finder's parameters and facets use."""

    filter_backends = [PublicFieldsFilter, OrderingFilter]
    known_query_parameters = frozenset(["limit", "offset", "fields", "order", "_"])

    def get_queryset(self):
        return self.model.objects.all()  # the editors' order (sort_order, name)

    @classmethod
    def get_listing_default_fields(cls, model):
        return [*cls.listing_default_fields, *cls.get_body_fields_names(model)]


class ThemesAPIViewSet(TermsAPIViewSet):
    api_name = "themes"
    model = Theme


class AudiencesAPIViewSet(TermsAPIViewSet):
    api_name = "audiences"
    model = Audience


class PhasesAPIViewSet(TermsAPIViewSet):
    api_name = "phases"
    model = Phase


class FormsAPIViewSet(TermsAPIViewSet):
    api_name = "forms"
    model = Form


class QuestionsAPIViewSet(TermsAPIViewSet):
    api_name = "questions"
    model = Question

    def get_queryset(self):
        # Wagtail asks for the queryset twice per request (also for the serializer's model).
        if not hasattr(self, "_questions"):
            # The picks of public offerings only, for all questions at once (PublicPicksField).
            public_picks = QuestionPick.objects.filter(
                offering__in=public_pages(OfferingPage.objects.all())
            ).select_related("offering")
            self._questions = Question.objects.prefetch_related(
                "themes", "audiences", Prefetch("picks", public_picks)
            )
        return self._questions
