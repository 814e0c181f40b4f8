"""What an engine answers for the finder: the interface both engines implement.

An engine gets a Selection request (parsed text, the selected option keys per facet,
expired or not, pinned offerings) and answers with the total, the disjunctive counts per
facet and, on demand, the ids of one page in a given order. `count` answers the total
only (the drop-filter hints). Labels, messages, question picks and loading the page's
offerings stay in search/finder.py, so both engines give the finder the same shape.

Relevance, on both engines: an offering scores per query word (or one of its synonyms)
found in its title or summary (search.text.field_points: title over summary, the exact
word over its lemma over a compound part); higher scores first. Within one
score the engine's own text rank decides (ts_rank on PostgreSQL, newest page first on
SQLite, BM25 on the distributed engine), so pages may differ only in the order of
offerings with equal scores (tests/search/test_engine_parity.py compares that way).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Request:
    text: object = None  # a non-empty search.text.TextQuery, or None
    keys: dict = field(default_factory=dict)  # facet key -> [selected option keys]
    include_expired: bool = False
    starts_from: object = None  # datetime.date: only trainings in this period (search/period.py)
    starts_until: object = None
    pinned: tuple = ()  # offering ids that join the matches and lead the default order
    page: tuple = ()  # (sort, offset, limit) the finder will most likely ask page_ids for

    @property
    def in_period(self):
        return self.starts_from is not None or self.starts_until is not None


class Selection:
    """The answer to a Request: `total`, `counts` ({facet key: {option key: count}}) and
    `added` ({facet key with a selection: {option key: results that ticking it adds}})."""

    total: int
    counts: dict
    added: dict

    def expired_hidden(self):
        """How many ended trainings match but are left out (the request did not include them)."""
        raise NotImplementedError

    def page_ids(self, sort, pinned, offset, limit):
        """Ids of the page: pinned offerings in the result first (in their order), then
        the rest in `sort` order ("relevantie" needs text; "nieuw", "binnenkort"; else title
        order)."""
        raise NotImplementedError


class Engine:
    name = ""

    def options(self):
        """{facet key: [(key, slug, label)]}: the values each facet offers, in display order."""
        raise NotImplementedError

    def select(self, request):
        """A Selection for the request (counts for every facet)."""
        raise NotImplementedError

    def count(self, request):
        """The total only."""
        raise NotImplementedError

    def hidden_ids(self):
        """Ids of live offerings the public may not see, for the finder's last check before
        it shows a page (search/finder.py); the database engine's index holds none."""
        return []

    def live_revisions(self, pks):
        """{pk: live revision id} of the offerings in `pks` that are live, as of the catalogue
        stamp this engine read: what an offering's shared fragments are keyed on
        (search/fragments.py), so the finder can ask for them before loading any offering."""
        raise NotImplementedError


class EngineUnavailable(Exception):
    """The distributed engine did not answer (down, timing out or refusing the request)."""


def split_pinned(pinned_here, offset, limit):
    """(pinned ids on this page, offset and limit left for the rest of the results)."""
    on_page = pinned_here[offset : offset + limit]
    return on_page, max(0, offset - len(pinned_here)), limit - len(on_page)
