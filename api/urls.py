from django.urls import path

from api import sitemaps, views
from api.router import api_router

urlpatterns = [
    path("api/", views.api_docs, name="api_docs"),
    path("api/v2/openapi.json", views.openapi_json, name="api_openapi"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
]
