from django.conf import settings
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from editorial.choosers import ExternalLinkView, image_chooser
from home.views import security_txt
from insight.views import missing_offer
from ops.health import health
from search import views as search_views


def admin_view(view):
    """What Wagtail's admin URLs wrap their views in."""
    return never_cache(require_admin_access(view))


urlpatterns = [
    # Before Wagtail's own patterns for the same paths (editorial/choosers.py says why).
    path("admin/choose-external-link/", admin_view(ExternalLinkView.as_view())),
    path("admin/images/chooser/", admin_view(image_chooser.choose_view)),
    path("admin/images/chooser/results/", admin_view(image_chooser.choose_results_view)),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("mist-u-iets/", missing_offer, name="missing_offer"),
    path("gezondheid/", health, name="health"),
    path("zoeken/", search_views.site_search, name="site_search"),
    path("teller/zoekvraag/<str:token>/", search_views.count_search_visit, name="search_count"),
    path("zoeken/suggesties/", search_views.autocomplete, name="search_autocomplete"),
    path("", include("feedback.urls")),
    path("", include("alerts.urls")),
    path("", include("api.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    from core.media import public_media_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Images only: documents go through the serve view that checks privacy (core/media.py).
    urlpatterns += public_media_urlpatterns()

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

# Wagtail's page serving comes last: it catches every remaining path.
urlpatterns += [path("", include(wagtail_urls))]
