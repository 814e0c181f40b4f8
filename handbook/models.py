"""The Handboek maatschappelijke onrust: a root page and its chapters.

Chapters sit directly under the handbook and are read by phase of unrest (the Phase
taxonomy), then in the order editors give them in the page tree. Their publication
analyses point at live PublicationPages of the catalogue, so an analysis always shows the
current, published version of a publication.
"""

import re

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from catalogue.models import CatalogueIndexPage
from core.baseurl import page_url
from core.visibility import ViewRestrictionsFromTheRule, public_pages
from handbook.blocks import ANALYSIS_FEATURES, HandbookBodyBlock
from handbook.navigation import (
    group_by_phase,
    hidden_page_ids,
    lay_out_body,
    ordered_chapters,
    shared_ordered_chapters,
)
from handbook.panels import BrokenReferencesPanel
from handbook.related import related_offerings
from search.params import MAX_QUERY_LENGTH, clean_text
from search.sitesearch import ranked_ids
from search.text import parse_text
from taxonomy.serializers import TermField, TermsField

SEARCH_PAGE_SIZE = 10
WORD_RE = re.compile(r"\w+")


class CanonicalSiteMixin:
    """Handbook URLs always use the most specific Site: the handbook's own, if configured.

    Wagtail prefers the current request's site when a page belongs to two sites; for the
    handbook that would give /handboek/... on the catalogue host, so we skip that step.
    """

    def get_url_parts(self, request=None):
        return super().get_url_parts(request=None)


class HandbookPage(ViewRestrictionsFromTheRule, CanonicalSiteMixin, RoutablePageMixin, Page):
    """The handbook's root: introduction, chapters grouped by phase, and a search box."""

    intro = models.TextField(_("inleiding"), max_length=600)
    body = RichTextField(_("over dit handboek"), features=ANALYSIS_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["handbook.HandbookChapterPage"]
    max_count = 1
    template = "handbook/handbook_page.html"

    class Meta:
        verbose_name = _("handboek")
        verbose_name_plural = _("handboeken")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = ordered_chapters(HandbookChapterPage.objects.child_of(self))
        context["handbook"] = self
        context["chapters"] = chapters
        context["chapters_by_phase"] = group_by_phase(chapters)
        return context

    @path("zoeken/", name="search")
    def search_view(self, request):
        """Search within the handbook's chapters. Any input gives a page, never an error."""
        raw = request.GET.get("q", "")
        query = clean_text(raw)
        messages = []
        if len(raw) > MAX_QUERY_LENGTH:
            messages.append(
                _("Uw zoekvraag was erg lang; we zoeken op de eerste %(n)s tekens.") % {"n": MAX_QUERY_LENGTH}
            )
        results_page = None
        # Only words reach the backend: quotes and operators break SQLite FTS5 expressions.
        terms = " ".join(WORD_RE.findall(query))
        if query and not terms:
            messages.append(_("Gebruik letters of cijfers in uw zoekterm."))
        elif terms:
            # Through the search gateway (issue 21): the engine when it serves, else the
            # database; the Dutch normaliser's query; the one visibility rule.
            backend_query = parse_text(terms).backend_query(include_raw=True)
            chapters = public_pages(HandbookChapterPage.objects.child_of(self))
            ranked = ranked_ids(chapters, backend_query) if backend_query is not None else []
            results_page = Paginator(ranked, SEARCH_PAGE_SIZE).get_page(request.GET.get("pagina"))
            by_id = HandbookChapterPage.objects.select_related("phase").in_bulk(results_page.object_list)
            results_page.object_list = [by_id[pk] for pk in results_page.object_list if pk in by_id]
        elif "q" in request.GET:
            messages.append(_("Vul een zoekterm in, bijvoorbeeld 'demonstratie' of 'nazorg'."))
        context = self.get_context(request)
        context.update(
            {"query": query, "messages_for_user": messages, "results_page": results_page, "is_search": True}
        )
        return TemplateResponse(request, "handbook/handbook_search.html", context)

    @path("hoofdstuk/<int:chapter_id>/", name="permalink")
    def permalink_view(self, request, chapter_id):
        """A citable link that survives renaming and moving a chapter: /hoofdstuk/<id>/."""
        chapter = public_pages(HandbookChapterPage.objects.child_of(self)).filter(pk=chapter_id).first()
        if chapter is None:
            raise Http404
        return redirect(chapter.get_url(request))

    @path("aanbod/", name="catalogue")
    def catalogue_view(self, request):
        """On the handbook's own host, the shared header's 'Aanbod' link goes to the catalogue."""

        catalogue = CatalogueIndexPage.objects.live().first()
        if catalogue is None:
            raise Http404
        return redirect(page_url(catalogue, request))

    def permalink_url(self, chapter, request=None):
        """The full, citable URL of a chapter on the handbook's canonical host."""
        return page_url(self, request) + self.reverse_subpage("permalink", kwargs={"chapter_id": chapter.pk})

    def search_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("search")


class HandbookChapterPage(ViewRestrictionsFromTheRule, CanonicalSiteMixin, Page):
    phase = models.ForeignKey(
        "taxonomy.Phase",
        on_delete=models.PROTECT,
        related_name="handbook_chapters",
        verbose_name=_("fase van onrust"),
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        blank=True,
        related_name="handbook_chapters",
        verbose_name=_("thema's"),
        help_text=_("Bepaalt samen met de fase welke trainingen en contactpunten bij het hoofdstuk staan."),
    )
    intro = models.TextField(_("inleiding"), max_length=600)
    body = StreamField(HandbookBodyBlock(), verbose_name=_("inhoud"))

    content_panels = [
        BrokenReferencesPanel(),
        *Page.content_panels,
        FieldPanel("phase"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("intro"),
        index.FilterField("phase"),
        index.RelatedFields("phase", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    api_fields = [
        APIField("intro"),
        APIField("phase", serializer=TermField()),
        APIField("themes", serializer=TermsField()),
        APIField("body"),
    ]

    parent_page_types = ["handbook.HandbookPage"]
    subpage_types = []
    template = "handbook/handbook_chapter_page.html"
    # Read with the page when it is served (core/routing.py): breadcrumbs, heading, finder link.
    served_select_related = ("phase",)

    class Meta:
        verbose_name = _("hoofdstuk van het handboek")
        verbose_name_plural = _("hoofdstukken van het handboek")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Pages the public may not see, from the blocks' own bulk-loaded values.
        hidden = hidden_page_ids(self.body)
        items, toc = lay_out_body(self.body, hidden)
        # The parent as routing read it (core/routing.py), as a HandbookPage without a query.
        parent = self.get_parent() if self.depth > 1 else None
        is_handbook = parent is not None and issubclass(parent.specific_class or Page, HandbookPage)
        handbook = parent.specific_deferred if is_handbook else None
        chapters = (
            shared_ordered_chapters(request, handbook, HandbookChapterPage.objects.child_of(handbook))
            if handbook
            else []
        )
        position = next((i for i, chapter in enumerate(chapters) if chapter.pk == self.pk), None)
        context.update(
            {
                "handbook": handbook,
                "body_items": items,
                "toc": toc,
                "hidden_page_ids": hidden,
                "chapter_number": chapters[position].number if position is not None else None,
                "previous_chapter": chapters[position - 1] if position else None,
                "next_chapter": (
                    chapters[position + 1] if position is not None and position + 1 < len(chapters) else None
                ),
                "related": related_offerings(self),
                "permalink": handbook.permalink_url(self, request) if handbook and self.pk else None,
            }
        )
        return context
