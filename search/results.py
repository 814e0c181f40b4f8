"""What the finder answers: the page of results, the facets with their counts, and help
when nothing was found. The same shape on every engine (search/engines/)."""

from dataclasses import dataclass, field

from search.params import FinderQuery


@dataclass
class FacetValue:
    slug: str
    label: str
    count: int
    selected: bool
    # Only for an unselected value in a facet with a selection: how many results ticking
    # it adds (values within a facet are OR-ed); None for the other values.
    added: int | None = None


@dataclass
class Facet:
    name: str
    label: str
    values: list

    @property
    def selected_values(self):
        return [v for v in self.values if v.selected]

    @property
    def shown_values(self):
        """The values worth a checkbox: those with results, and those already ticked."""
        return [v for v in self.values if v.count or v.selected]


@dataclass
class KeptItem:
    """An offering on the page that was not loaded: what the listing shows of it is kept
    already (search.finder.run_finder's `kept`, search/fragments.py), under its live revision
    as the engine knows it (named as on the page model, so a fragment's key reads both alike)."""

    pk: int
    live_revision_id: int | None


@dataclass
class DropHint:
    """A change to a query that found nothing which would give results."""

    label: str
    querystring: str
    count: int


@dataclass
class PartialMatch:
    """What matches most of the words when nothing matches them all (search/finder.py)."""

    query: FinderQuery  # the query with only the words kept
    words: list  # the words searched (as typed, folded)
    left_out: list  # the words left out
    total: int
    items: list

    @property
    def querystring(self):
        return self.query.querystring()


@dataclass
class FinderResult:
    query: FinderQuery  # the effective query (question filters applied, unknown slugs dropped)
    items: list
    total: int
    facets: list
    offset: int
    limit: int
    messages: list = field(default_factory=list)
    pinned_ids: set = field(default_factory=set)  # question picks / promoted results on this page
    question: object = None  # taxonomy.Question when ?vraag= named one
    suggestion: str = ""  # "bedoelde u" text when the query found nothing
    hints: list = field(default_factory=list)  # DropHint list when the query found nothing
    expired_hidden: int = 0  # ended trainings that would match but are hidden (no ?verlopen=1)
    # When the words found nothing: what matches most of them, and the closest themes and
    # questions (search/related.py)
    partial: PartialMatch | None = None
    text: object = None  # the parsed words (search.text.TextQuery), for marking matches
    related_themes: list = field(default_factory=list)
    related_questions: list = field(default_factory=list)
    # Which offerings can change this answer when their filter facts stay the same
    # (search/filterfacts.py): ((facet, option key), ...) of the selected values, every
    # match having one of them; None when any offering can (search/finder.py, `_scope`).
    scope: tuple | None = None

    @property
    def page_count(self):
        return max(1, -(-self.total // self.limit))

    @property
    def page(self):
        return self.offset // self.limit + 1

    @property
    def suggestion_querystring(self):
        return self.query.querystring(q=self.suggestion) if self.suggestion else ""
