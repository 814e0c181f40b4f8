from django.urls import path, re_path

from api import sitemaps, views
from api.router import api_router

urlpatterns = [
    path("api/", views.api_docs, name="api_docs"),
    path("api/v2/openapi.json", views.openapi_json, name="api_openapi"),
    path("api/v2/", api_router.urls),
    # Anything else under /api/ is a JSON 404, not the site's HTML error page.
    re_path(r"^api/", views.api_not_found),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
]
