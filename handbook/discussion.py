"""Which chapters discuss a publication (Wagtail's ReferenceIndex of the analysis blocks)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import ReferenceIndex

from core.visibility import public_pages
from handbook.models import HandbookChapterPage
from handbook.references import ANALYSIS_MODEL_PATH
from taxonomy.kinds import Kind

# "Verder lezen in het handboek" on an offering's page: at most this many chapters.
PHASE_CHAPTERS_SHOWN = 6


def analysing_chapter_ids(publication):
    """Ids of chapters (any state) with a publication analysis of `publication` (ReferenceIndex)."""
    chapter_ids = (
        ReferenceIndex.get_references_to(publication)
        .filter(
            content_type=ContentType.objects.get_for_model(HandbookChapterPage),
            model_path=ANALYSIS_MODEL_PATH,
        )
        .values_list("object_id", flat=True)
    )
    return {int(pk) for pk in chapter_ids}


def chapters_discussing(publication):
    """Live, public chapters with a publication analysis of `publication`."""
    ids = analysing_chapter_ids(publication)
    if not ids:
        return []
    return list(
        public_pages(HandbookChapterPage.objects.filter(pk__in=ids)).select_related("phase").order_by("path")
    )


def chapters_analysing(publication):
    """Live chapters (public or not) with a publication analysis of `publication`."""
    ids = analysing_chapter_ids(publication)
    return list(HandbookChapterPage.objects.filter(pk__in=ids).live().order_by("path"))


def offering_chapters(offering, request=None, limit=PHASE_CHAPTERS_SHOWN):
    """The two handbook lists of an offering's page: (the live, public chapters that analyse
    it, in tree order; those on its phases of unrest that do not, by phase then tree order, at
    most `limit`). Two queries for a publication (the ReferenceIndex, the chapters), one for
    another kind, none without phases or analyses; read once per request for both lists."""
    memo = getattr(request, "_offering_chapters", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._offering_chapters = memo
    if offering.pk not in memo:
        ids = analysing_chapter_ids(offering) if offering.kind == Kind.PUBLICATION else set()
        phase_ids = {phase.pk for phase in offering.phases.all()}
        chapters = []
        if ids or phase_ids:
            chapters = list(
                public_pages(HandbookChapterPage.objects.filter(Q(pk__in=ids) | Q(phase_id__in=phase_ids)))
                .select_related("phase")
                .order_by("path")
            )
        on_phases = sorted(
            (chapter for chapter in chapters if chapter.pk not in ids and chapter.phase_id in phase_ids),
            key=lambda chapter: (chapter.phase.sort_order, chapter.path),
        )
        memo[offering.pk] = ([chapter for chapter in chapters if chapter.pk in ids], on_phases)
    discussing, on_phases = memo[offering.pk]
    return discussing, on_phases[:limit]
