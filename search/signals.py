"""Drop the finder's in-memory facet index as soon as this process writes to the
catalogue. Other processes notice through the stamp query (search/facetindex.py); these
handlers also cover ORM writes that Wagtail does not log (e.g. a page saved in code).

What counts as the catalogue follows the facet specs (search/facets.py): pages, view
restrictions, every taxonomy model a facet draws its values and labels from, and the link
tables of the many-valued facets. A new facet is watched without an edit here.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

from offerings.models import OfferingPage
from search import facetindex, facets


def _catalogue_models():
    return (Page, PageViewRestriction, *facets.term_models())


def _on_write(sender, instance=None, **kwargs):
    if isinstance(instance, _catalogue_models()) or sender in facets.through_models():
        facetindex.clear()


def _on_m2m(sender, instance=None, **kwargs):
    if isinstance(instance, OfferingPage) or sender in facets.through_models():
        facetindex.clear()


def connect():
    post_save.connect(_on_write, dispatch_uid="search.facetindex.save")
    post_delete.connect(_on_write, dispatch_uid="search.facetindex.delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="search.facetindex.m2m")
