"""Which chapters discuss a publication (Wagtail's ReferenceIndex of the analysis blocks)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex

from core.prepared import Prepared
from core.rows import instances, with_related
from core.visibility import public_pages, rule_shape
from handbook.models import HandbookChapterPage
from handbook.references import ANALYSIS_MODEL_PATH
from taxonomy.kinds import Kind

# "Verder lezen in het handboek" on an offering's page: at most this many chapters.
PHASE_CHAPTERS_SHOWN = 6


def _analyses(references):
    """Of ReferenceIndex rows, those of chapters' publication analyses."""
    return references.filter(
        content_type=ContentType.objects.get_for_model(HandbookChapterPage),
        model_path=ANALYSIS_MODEL_PATH,
    )


def analyses_of(publication):
    """ReferenceIndex rows of chapters' publication analyses of `publication`."""
    return _analyses(ReferenceIndex.get_references_to(publication))


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


# What the two lists show of a chapter: title, link and phase (as
# handbook.navigation.ordered_chapters).
SHOWN = ("title", "slug", "url_path", "path", "depth", "phase", "locale_id")


def _shown(chapters):
    return with_related(public_pages(chapters).order_by("path").only(*SHOWN), ["phase"])


def _analysing_or_on_phases(publication, phases):
    """Public chapters that analyse the publication `publication` (an id) or are on one of
    `phases` (ids), in tree order, `analyses` saying which."""
    references = ReferenceIndex.get_references_to_in_bulk(Page.objects.filter(pk=publication))
    analysis = _analyses(references).filter(object_id=Cast(OuterRef("pk"), CharField()))
    chapters = HandbookChapterPage.objects.annotate(analyses=Exists(analysis))
    return _shown(chapters.filter(Q(analyses=True) | Q(phase_id__in=phases) if phases else Q(analyses=True)))


def _on_phases(phases):
    """Public chapters on one of `phases` (ids), in tree order (`analyses` False)."""
    return _shown(HandbookChapterPage.objects.annotate(analyses=Value(False)).filter(phase_id__in=phases))


# Built once per shape (the public rule's lists, the number of phases) in a process.
ANALYSING_OR_ON_PHASES = Prepared(_analysing_or_on_phases)
ON_PHASES = Prepared(_on_phases)


def offering_chapters(offering, request=None, limit=PHASE_CHAPTERS_SHOWN):
    """The two handbook lists of an offering's page: (the live, public chapters that analyse
    it, in tree order; those on its phases of unrest that do not, by phase then tree order, at
    most `limit`). One query (the ReferenceIndex in it for a publication; its SQL built once
    per shape, core/prepared.py), none for another kind without phases; read once per request
    for both lists."""
    memo = getattr(request, "_offering_chapters", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._offering_chapters = memo
    if offering.pk not in memo:
        phase_ids = sorted({phase.pk for phase in offering.phases.all()})
        is_publication = offering.kind == Kind.PUBLICATION
        chapters = []
        if is_publication:
            prepared, values = ANALYSING_OR_ON_PHASES, {"publication": offering.pk, "phases": phase_ids}
        else:
            prepared, values = ON_PHASES, {"phases": phase_ids}
        if is_publication or phase_ids:
            chapters = instances(HandbookChapterPage, prepared, rule_shape(), values, related=["phase"])
        on_phases = sorted(
            (chapter for chapter in chapters if not chapter.analyses and chapter.phase_id in phase_ids),
            key=lambda chapter: (chapter.phase.sort_order, chapter.path),
        )
        memo[offering.pk] = ([chapter for chapter in chapters if chapter.analyses], on_phases)
    discussing, on_phases = memo[offering.pk]
    return discussing, on_phases[:limit]
