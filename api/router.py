from wagtail.api.v2.router import WagtailAPIRouter

from api import endpoints
from api.caching import public_cache


class PublicAPIRouter(WagtailAPIRouter):
    def wrap_view(self, func):
        return super().wrap_view(public_cache(func))


api_router = PublicAPIRouter("wagtailapi")
# Order matters: an object links to the first endpoint whose model it is an instance of,
# so offerings and partners link to their own endpoints rather than to /pages/.
for viewset in (
    endpoints.OfferingsAPIViewSet,
    endpoints.PartnersAPIViewSet,
    endpoints.PublicPagesAPIViewSet,
    endpoints.PublicImagesAPIViewSet,
    endpoints.PublicDocumentsAPIViewSet,
    endpoints.ThemesAPIViewSet,
    endpoints.AudiencesAPIViewSet,
    endpoints.PhasesAPIViewSet,
    endpoints.FormsAPIViewSet,
    endpoints.QuestionsAPIViewSet,
):
    api_router.register_endpoint(viewset.api_name, viewset)
