"""References from handbook chapters to catalogue pages, and which of them are broken.

The public "Besproken in het handboek" list uses Wagtail's ReferenceIndex. The broken
references check reads the chapters' raw StreamField JSON instead, because Wagtail drops
index rows that point at a page when that page is deleted: exactly the case to report.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.visibility import is_public_path

ANALYSIS_MODEL_PATH = "body.publication_analysis.publication"

REASON_DELETED = "deleted"
REASON_UNPUBLISHED = "unpublished"
REASON_RESTRICTED = "restricted"
REASON_LABELS = {
    REASON_DELETED: _("verwijderd"),
    REASON_UNPUBLISHED: _("niet gepubliceerd"),
    REASON_RESTRICTED: _("afgeschermd (niet openbaar)"),
}
BLOCK_LABELS = {
    "publication_analysis": _("Publicatie-analyse"),
    "further_reading": _("Verder lezen"),
}


def referenced_page_ids(raw_body):
    """[(block_type, page_id), ...] from a chapter body's raw JSON, in document order."""
    found = []
    for block in raw_body or []:
        value = block.get("value") or {}
        if block.get("type") == "publication_analysis" and value.get("publication"):
            found.append(("publication_analysis", int(value["publication"])))
        elif block.get("type") == "further_reading":
            for item in value.get("items") or []:
                page_id = (item.get("value") or {}).get("page")
                if item.get("type") == "internal" and page_id:
                    found.append(("further_reading", int(page_id)))
    return found


@dataclass(frozen=True)
class BrokenReference:
    chapter: Page
    block_type: str
    page_id: int
    title: str
    reason: str

    @property
    def reason_label(self):
        return REASON_LABELS[self.reason]

    @property
    def block_label(self):
        return BLOCK_LABELS[self.block_type]


def unavailable_pages(page_ids):
    """{page_id: (title, reason)} for the ids that the public cannot see. One query, and the
    public rule's lists (read once per request)."""
    page_ids = set(page_ids)
    if not page_ids:
        return {}
    rows = Page.objects.filter(pk__in=page_ids).values_list("pk", "title", "live", "path")
    pages = {pk: (title, live) for pk, title, live, _path in rows}
    public = {pk for pk, _title, live, path in rows if live and is_public_path(path)}
    result = {}
    for pk in page_ids - public:
        if pk not in pages:
            result[pk] = ("", REASON_DELETED)
        elif not pages[pk][1]:
            result[pk] = (pages[pk][0], REASON_UNPUBLISHED)
        else:
            result[pk] = (pages[pk][0], REASON_RESTRICTED)
    return result


def broken_references(chapters):
    """Every reference from `chapters` (their stored content) that the public cannot follow."""
    chapters = list(chapters)
    refs = [
        (chapter, kind, pk) for chapter in chapters for kind, pk in referenced_page_ids(chapter.body.raw_data)
    ]
    unavailable = unavailable_pages(pk for _chapter, _kind, pk in refs)
    return [
        BrokenReference(chapter, kind, pk, unavailable[pk][0], unavailable[pk][1])
        for chapter, kind, pk in refs
        if pk in unavailable
    ]
