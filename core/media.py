"""Which uploaded files may be handed out without Django: one definition for dev and docs.

Images (originals and renditions) are public by design: Wagtail has no image privacy. Documents
are not: a document in a collection with a view restriction (login, groups, password) must only
be reachable through Wagtail's serve view ``/documenten/<id>/<name>``, which checks that
restriction. ``WAGTAILDOCS_SERVE_METHOD = "serve_view"`` makes every document link point there;
the web server must never serve ``MEDIA_ROOT/documents/`` itself (docs/workflows.md, "Files and
the web server"). The development server follows the same rule with ``public_media``.
"""

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

# Subdirectories of MEDIA_ROOT a web server may serve directly (Wagtail's upload_to values).
PUBLIC_MEDIA_DIRECTORIES = ("images/", "original_images/")


def public_media(request, path):
    """django.views.static.serve for the public media directories only (development)."""
    if not path.startswith(PUBLIC_MEDIA_DIRECTORIES) or ".." in path.split("/"):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def public_media_urlpatterns():
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.*)$", public_media)]
