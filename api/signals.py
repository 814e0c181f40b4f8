"""Keep ContentChange current: any save or delete of content the public sees touches it.

Saves are counted broadly (a draft revision also touches it): a Last-Modified that moves
too often costs a cache refresh, one that moves too rarely would serve stale content.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from api.models import ContentChange

# Apps whose models end up in public responses (pages, taxonomies, media, restrictions, sites).
WATCHED_APPS = {
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "home",
    "offerings",
    "partners",
    "taxonomy",
    "handbook",
}
IGNORED_MODELS = {"api.contentchange", "wagtailcore.pagelogentry", "wagtailcore.modellogentry"}


def _is_watched(sender):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label not in WATCHED_APPS or meta.label_lower in IGNORED_MODELS:
        return False
    # Migrations send signals for historical model classes; only the real models count.
    try:
        return apps.get_model(meta.label) is sender
    except LookupError:
        return False


def content_changed(sender, **kwargs):
    if kwargs.get("raw") or not _is_watched(sender):
        return

    ContentChange.touch()


post_save.connect(content_changed, dispatch_uid="api_content_changed_save")
post_delete.connect(content_changed, dispatch_uid="api_content_changed_delete")
m2m_changed.connect(content_changed, dispatch_uid="api_content_changed_m2m")
