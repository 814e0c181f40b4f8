from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.views import security_txt
from insight.views import missing_offer
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("mist-u-iets/", missing_offer, name="missing_offer"),
    path("zoeken/", search_views.site_search, name="site_search"),
    path("zoeken/suggesties/", search_views.autocomplete, name="search_autocomplete"),
    path("", include("api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

# Wagtail's page serving comes last: it catches every remaining path.
urlpatterns += [path("", include(wagtail_urls))]
