"""Chapter order, table of contents and heading levels of the handbook."""

from dataclasses import dataclass, field

from core.visibility import is_public_path, public_pages
from handbook.blocks import is_available
from search import fragments

HEADING_BLOCK = "heading"
ANALYSIS_BLOCK = "publication_analysis"
FURTHER_READING_BLOCK = "further_reading"
CHAPTER_ORDER = "handbook-chapter-order"  # the shared fragment's name


def ordered_chapters(chapters):
    """The public ones of `chapters` (a handbook's chapter pages) in reading order: by phase,
    then by tree position.

    One query; chapter numbers, the root's grouping and previous/next all use this order.
    """
    chapters = list(
        public_pages(chapters)
        .select_related("phase")
        .only("title", "slug", "url_path", "path", "depth", "intro", "phase", "locale_id")
        .order_by("phase__sort_order", "phase__name", "path")
    )
    for number, chapter in enumerate(chapters, start=1):
        chapter.number = number
    return chapters


def shared_ordered_chapters(request, handbook, chapters):
    """`ordered_chapters(chapters)` of `handbook` (its chapter pages), kept as a fragment
    shared by the pages of all its chapters (search/fragments.py): numbers and previous/next
    without a query on a miss of any of them."""
    return fragments.get_or_render(request, CHAPTER_ORDER, [handbook.pk], lambda: ordered_chapters(chapters))


def group_by_phase(chapters):
    """[(phase, [chapter, ...]), ...] in the order of `chapters` (already phase-ordered)."""
    groups = []
    for chapter in chapters:
        if groups and groups[-1][0].pk == chapter.phase_id:
            groups[-1][1].append(chapter)
        else:
            groups.append((chapter.phase, [chapter]))
    return groups


@dataclass
class TocEntry:
    title: str
    anchor: str
    children: list = field(default_factory=list)


@dataclass
class BodyItem:
    block: object  # a StreamChild
    heading_level: int
    anchor: str = ""


def unique(anchor, used):
    candidate, n = anchor, 2
    while candidate in used:
        candidate = f"{anchor}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def hidden_page_ids(body):
    """Ids of the live pages a chapter's body refers to that the public may not see
    (restricted, below an unpublished page, outside every site): from the pages the blocks
    load in bulk anyway, with the public rule's lists (read once per request), so no query of
    its own. Deleted and unpublished pages the blocks leave out themselves (`is_available`)."""
    pages = []
    for child in body:
        if child.block_type == ANALYSIS_BLOCK:
            pages.append(child.value["publication"])
        elif child.block_type == FURTHER_READING_BLOCK:
            pages.extend(item.value["page"] for item in child.value["items"] if item.block_type == "internal")
    return frozenset(page.pk for page in pages if is_available(page) and not is_public_path(page.path))


def lay_out_body(body, hidden_page_ids=frozenset()):
    """Walk the body once: anchors (unique), heading levels (in order) and the TOC.

    Headings from heading blocks are h2; block titles below them h3. Before the first
    heading block, block titles are h2 so the page never skips a level. Publication
    analyses that will not render (unavailable publication) are left out of the TOC.
    """
    items, toc, used = [], [], {"inhoud", "inhoud-titel", "inhoud-hoofdstuk"}
    seen_heading = False
    for child in body:
        if child.block_type == HEADING_BLOCK:
            seen_heading = True
            anchor = unique(child.block.anchor_for(child.value), used)
            toc.append(TocEntry(child.value["heading"], anchor))
            items.append(BodyItem(child, 2, anchor))
            continue
        level = 3 if seen_heading else 2
        if child.block_type == ANALYSIS_BLOCK:
            publication = child.value["publication"]
            if not is_available(publication) or publication.pk in hidden_page_ids:
                continue
            anchor = unique(child.block.anchor_for(child.value), used)
            entry = TocEntry(publication.title, anchor)
            (toc[-1].children if seen_heading and toc else toc).append(entry)
            items.append(BodyItem(child, level, anchor))
            continue
        items.append(BodyItem(child, level))
    return items, toc
