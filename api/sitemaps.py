"""sitemap.xml and robots.txt per Wagtail site (the catalogue and the handbook each get their own)."""

from django.http import HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from api.caching import public_cache
from core.baseurl import absolute_url
from core.visibility import public_pages


class PublicSitemap(Sitemap):
    """Wagtail's per-site sitemap, minus pages below unpublished pages."""

    def items(self):
        site = self.get_wagtail_site()
        pages = site.root_page.get_descendants(inclusive=True)
        return public_pages(pages).order_by("path").defer_streamfields().specific()


@public_cache
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"wagtail": PublicSitemap})


@public_cache
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml', request)}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
