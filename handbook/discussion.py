"""Which chapters discuss a publication (Wagtail's ReferenceIndex of the analysis blocks)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex

from core.visibility import public_pages
from handbook.models import HandbookChapterPage
from handbook.references import ANALYSIS_MODEL_PATH


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
