"""Drop the finder's in-memory facet index as soon as this process writes to the
catalogue. Other processes notice through the stamp query (search/facetindex.py); these
handlers also cover ORM writes that Wagtail does not log (e.g. a page saved in code)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

from offerings.models import OfferingPage
from search import facetindex
from taxonomy.models import Audience, Form, Phase, Theme


def _catalogue_models():
    return (Page, PageViewRestriction, Theme, Audience, Phase, Form)


def _on_write(sender, instance=None, **kwargs):
    if isinstance(instance, _catalogue_models()) or sender in _through_models():
        facetindex.clear()


def _on_m2m(sender, instance=None, **kwargs):
    if isinstance(instance, OfferingPage) or sender in _through_models():
        facetindex.clear()


def _through_models():
    fields = ("themes", "audiences", "phases")
    return {OfferingPage._meta.get_field(name).remote_field.through for name in fields}


def connect():
    post_save.connect(_on_write, dispatch_uid="search.facetindex.save")
    post_delete.connect(_on_write, dispatch_uid="search.facetindex.delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="search.facetindex.m2m")
