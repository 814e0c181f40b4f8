"""Which chapters discuss a publication (Wagtail's ReferenceIndex of the analysis blocks)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast
from wagtail.models import ReferenceIndex

from core.visibility import public_pages
from handbook.models import HandbookChapterPage
from handbook.references import ANALYSIS_MODEL_PATH
from taxonomy.kinds import Kind

# "Verder lezen in het handboek" on an offering's page: at most this many chapters.
PHASE_CHAPTERS_SHOWN = 6


def analyses_of(publication):
    """ReferenceIndex rows of chapters' publication analyses of `publication`."""
    return ReferenceIndex.get_references_to(publication).filter(
        content_type=ContentType.objects.get_for_model(HandbookChapterPage),
        model_path=ANALYSIS_MODEL_PATH,
    )


def analysing_chapter_ids(publication):
    """Ids of chapters (any state) with a publication analysis of `publication` (ReferenceIndex)."""
    return {int(pk) for pk in analyses_of(publication).values_list("object_id", flat=True)}


def chapters_discussing(publication, request=None):
    """Live, public chapters with a publication analysis of `publication`, in tree order
    (the first of `offering_chapters`' two lists)."""
    return offering_chapters(publication, request)[0]


def chapters_analysing(publication):
    """Live chapters (public or not) with a publication analysis of `publication`."""
    ids = analysing_chapter_ids(publication)
    return list(HandbookChapterPage.objects.filter(pk__in=ids).live().order_by("path"))


def offering_chapters(offering, request=None, limit=PHASE_CHAPTERS_SHOWN):
    """The two handbook lists of an offering's page: (the live, public chapters that analyse
    it, in tree order; those on its phases of unrest that do not, by phase then tree order, at
    most `limit`). One query (the ReferenceIndex in it for a publication), none for another
    kind without phases; read once per request for both lists."""
    memo = getattr(request, "_offering_chapters", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._offering_chapters = memo
    if offering.pk not in memo:
        phase_ids = {phase.pk for phase in offering.phases.all()}
        is_publication = offering.kind == Kind.PUBLICATION
        if is_publication:
            analysis = analyses_of(offering).filter(object_id=Cast(OuterRef("pk"), CharField()))
            chapters = HandbookChapterPage.objects.annotate(analyses=Exists(analysis)).filter(
                Q(analyses=True) | Q(phase_id__in=phase_ids)
            )
        else:
            chapters = HandbookChapterPage.objects.annotate(analyses=Value(False))
            chapters = chapters.filter(phase_id__in=phase_ids)
        found = is_publication or phase_ids
        # What the two lists show: title, link and phase (as handbook.navigation.ordered_chapters).
        chapters = public_pages(chapters).select_related("phase").order_by("path")
        chapters = chapters.only("title", "slug", "url_path", "path", "depth", "phase", "locale_id")
        chapters = list(chapters) if found else []
        on_phases = sorted(
            (chapter for chapter in chapters if not chapter.analyses and chapter.phase_id in phase_ids),
            key=lambda chapter: (chapter.phase.sort_order, chapter.path),
        )
        memo[offering.pk] = ([chapter for chapter in chapters if chapter.analyses], on_phases)
    discussing, on_phases = memo[offering.pk]
    return discussing, on_phases[:limit]
