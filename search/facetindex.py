"""A per-process in-memory index of the public catalogue for the finder.

The finder's facet counts are disjunctive: every facet needs the result set under all
other facets' selections. Doing that in SQL costs one grouped query per facet over the
whole catalogue. Here the catalogue's facet data (one row per live, public offering)
is loaded once, in a handful of queries, and every facet value becomes a Python int
used as a bitmask over row positions: a filter is an OR of masks, a count is
`(mask & value).bit_count()`. Only the page's own offerings are then read from the DB.

Rows are stored in the database's own `title, pk` order (so sorting by title needs no
Python collation), and `newest` keeps the database's `-first_published_at, title, pk`
order, so orderings are exactly what the SQL would give.

Freshness: every request runs ONE cheap query (`catalogue_stamp`) whose answer changes
whenever the public catalogue can change: Wagtail logs publish, unpublish, move, delete,
copy and privacy actions to PageLogEntry and snippet edits (taxonomy labels) to
ModelLogEntry; view restrictions and page rows are counted as well, because code may
create those without a log entry. That also keeps separate processes in step. Within a
process, saves and deletes of pages, taxonomy terms and restrictions drop the index at
once (search/signals.py), which covers ORM writes that log nothing. Inside a transaction
the index is not shared (see get_index).

The same query answers a second stamp, `surroundings_stamp`: the catalogue stamp without
what an offering's own publish logs. An offering's listing fragments (search/fragments.py)
are keyed on it and on the offering's live revision (`live_revision_of`, read with the
index's rows), so one offering's publish cools that offering's fragments only.
"""

import datetime
import functools
import threading
from array import array
from dataclasses import dataclass, field

from django.apps import apps
from django.db import connection
from django.utils import timezone

from core import visibility
from core.visibility import public_pages
from offerings.models import OfferingPage, TrainingSession
from search import facets
from search.period import in_period, upcoming_key
from taxonomy.kinds import Kind

_lock = threading.Lock()
_cached = None
_generation = 0  # bumped by clear(): this process wrote to the catalogue


@dataclass
class FacetIndex:
    stamp: tuple
    pks: list  # row position -> offering pk, in the database's (title, pk) order
    positions: dict  # pk -> row position
    all_mask: int
    ended: list  # [(end_date, position)] of rows with an end date, for "expired" at request time
    # [(position, ((first day, last day), ...))]: trainings' sessions, for ?vanaf=/?tot= and "binnenkort"
    trainings: list
    masks: dict  # facet name -> {key: mask}
    options: dict  # facet name -> [(key, slug, label)] in display order
    newest: list  # row positions in (-first_published_at, title, pk) order
    title_stems: list  # row position -> " padded title stems "
    summary_stems: list  # row position -> " padded summary stems "
    live_revisions: list  # row position -> live_revision_id (search/fragments.py keys on it)
    _current: dict = field(default_factory=dict)  # date -> mask of rows not ended
    _upcoming: dict = field(default_factory=dict)  # date -> row positions in "binnenkort" order
    _words: dict = field(default_factory=dict)  # "title"/"summary" -> {stem: array of positions}

    def positions_containing(self, column, form):
        """Row positions whose title or summary stems contain `form` (one stem or a phrase
        of stems), as `search_<column>_stems LIKE '% form %'` would find them."""
        texts = self.title_stems if column == "title" else self.summary_stems
        if " " in form:
            padded = f" {form} "
            return array("I", (position for position, stems in enumerate(texts) if padded in stems))
        words = self._words.get(column)
        if words is None:
            # Compact arrays of positions per stem: no Python object per position for the
            # garbage collector to walk, and a rare stem costs a few bytes (an int mask
            # would cost one bit per row for every stem).
            words = {}
            for position, stems in enumerate(texts):
                for stem in set(stems.split()):
                    found = words.get(stem)
                    if found is None:
                        words[stem] = found = array("I")
                    found.append(position)
            self._words[column] = words
        return words.get(form, ())

    def current_mask(self, today):
        """Rows that have not ended on `today` (trainings past their end date drop out)."""
        mask = self._current.get(today)
        if mask is None:
            ended = mask_from_positions(position for end_date, position in self.ended if end_date < today)
            mask = self.all_mask & ~ended
            self._current = {today: mask}
        return mask

    def period_mask(self, starts_from, starts_until):
        """Rows that count for a period (search.period.in_period: trainings only)."""
        return mask_from_positions(
            position
            for position, sessions in self.trainings
            if in_period(Kind.TRAINING, sessions, starts_from, starts_until)
        )

    def pks_in_upcoming_order(self, mask, stop, today):
        """The first `stop` offerings in `mask` in "binnenkort" order (search.period)."""
        order = self._upcoming.get(today)
        if order is None:
            trainings = dict(self.trainings)

            def key(position):
                kind = Kind.TRAINING if position in trainings else None
                return (*upcoming_key(kind, trainings.get(position, ()), today), position)

            order = sorted(range(len(self.pks)), key=key)  # position = title order within a group
            self._upcoming = {today: order}
        found = []
        if stop <= 0:
            return found
        wanted = set(positions_of(mask))
        for position in order:
            if position in wanted:
                found.append(self.pks[position])
                if len(found) >= stop:
                    break
        return found

    def mask_of(self, pks):
        """The mask of those offerings in `pks` that are in the index."""
        positions = self.positions
        return mask_from_positions(positions[pk] for pk in pks if pk in positions)

    def live_revisions_of(self, pks):
        """{pk: live revision id} of those offerings in `pks` that are in the index."""
        positions = self.positions
        return {pk: self.live_revisions[positions[pk]] for pk in pks if pk in positions}

    def contains(self, mask, pk):
        position = self.positions.get(pk)
        return position is not None and mask >> position & 1 == 1

    def pks_in_title_order(self, mask):
        return [self.pks[position] for position in positions_of(mask)]

    def pks_in_newest_order(self, mask, stop):
        """The first `stop` offerings in `mask`, newest first."""
        found = []
        if stop <= 0:
            return found
        wanted = set(positions_of(mask))
        for position in self.newest:
            if position in wanted:
                found.append(self.pks[position])
                if len(found) >= stop:
                    break
        return found


def mask_from_positions(positions):
    buffer = None
    for position in positions:
        if buffer is None:
            buffer = bytearray()
        byte = position >> 3
        if byte >= len(buffer):
            buffer.extend(bytes(byte + 1 - len(buffer)))
        buffer[byte] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little") if buffer else 0


def positions_of(mask):
    """Set bit positions of `mask`, lowest first."""
    bits = bin(mask)[:1:-1]
    positions, position = [], bits.find("1")
    while position != -1:  # str.find skips runs of zeros at C speed (sparse masks)
        positions.append(position)
        position = bits.find("1", position + 1)
    return positions


# What Wagtail logs of an offering that changes nothing public but, at most, the offering's
# own live content: saving a draft, publishing (now or as scheduled; retitled), reverting to
# an earlier revision, scheduling or cancelling a publish, locking, its moderation workflow
# (an approval's publish logs wagtail.publish) and comments. The public sees the change only
# through the offering's live revision (its fragments' key, search/fragments.py); no other
# page's row changes. Not here, so moving surroundings_stamp: create, copy, alias, move,
# unpublish (also as scheduled), delete, restrictions, translation copies, and every action on
# a page of another type (a partner page, the catalogue's ancestors). Code that wrote a live
# offering's row directly and logged it as wagtail.edit (Page.save(log_action=...)) would move
# neither; none does (imports save revisions; a check in a review round logs review.checked,
# review/history.py, which is not here and so moves surroundings_stamp).
OWN_CONTENT_ACTIONS = (
    "wagtail.edit",
    "wagtail.revert",
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.rename",
    "wagtail.publish.schedule",
    "wagtail.schedule.cancel",
    "wagtail.lock",
    "wagtail.unlock",
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
    "wagtail.moderation.approve",
    "wagtail.moderation.reject",
    "wagtail.comments.create",
    "wagtail.comments.edit",
    "wagtail.comments.resolve",
    "wagtail.comments.delete",
    "wagtail.comments.create_reply",
    "wagtail.comments.edit_reply",
    "wagtail.comments.delete_reply",
)
# surroundings_stamp looks for the newest other page log entry among this many newest entries
# (a range of the primary key's index: with all of them an offering's own, the stamp query
# took about 0.3 ms longer on PostgreSQL); with none among them it is the newest entry of all,
# as catalogue_stamp: every publish then moves it, until another entry comes. 2,000 entries
# are about 1,000 publishes of offerings with nothing else logged for any page in between.
SURROUNDINGS_WINDOW = 2000


def catalogue_stamp():
    """One query whose answer changes whenever the public catalogue may have changed; read
    once per GET request (core.visibility.once: the facet index, the shared fragments and the
    engine's catalogue facts all ask for it)."""
    return _stamps()[0]


def surroundings_stamp():
    """The catalogue stamp without an offering's own content (OWN_CONTENT_ACTIONS of an
    offering page): moves on everything catalogue_stamp moves on except a draft or publish
    of an offering. Read in the same query as catalogue_stamp."""
    return _stamps()[1]


def _stamps():
    return visibility.once("catalogue-stamp", _read_stamps)


@functools.cache
def _offering_models():
    return [model for model in apps.get_models() if issubclass(model, OfferingPage)]


@functools.cache
def _stamps_query(vendor):
    """(SQL, parameters after the window's size) of the stamps' query on a database of
    `vendor`: the same on every request, so written once per process."""
    quote = connection.ops.quote_name
    aggregates = [
        ("MAX(id)", "wagtailcore_pagelogentry"),
        ("MAX(id)", "wagtailcore_modellogentry"),
        ("COUNT(*)", "wagtailcore_pageviewrestriction"),
        ("MAX(id)", "wagtailcore_pageviewrestriction"),
        ("COUNT(*)", "wagtailcore_page"),
        ("MAX(id)", "wagtailcore_page"),
        # The facets' taxonomy tables (search/facets.py); label edits log to ModelLogEntry.
        *(("COUNT(*)", model._meta.db_table) for model in facets.term_models()),
    ]
    # Fixed table and column names from the models, no user input; the values are parameters.
    columns = [f"(SELECT {agg} FROM {quote(table)})" for agg, table in aggregates]  # noqa: S608
    # The newest page log entry that is not an offering's own, among the window's newest.
    entries, content_types = quote("wagtailcore_pagelogentry"), quote("django_content_type")
    models = _offering_models()
    own_types = " OR ".join(["(app_label = %s AND model = %s)"] * len(models))
    actions = ", ".join(["%s"] * len(OWN_CONTENT_ACTIONS))
    own = f"action IN ({actions}) AND content_type_id IN (SELECT id FROM {content_types} WHERE {own_types})"  # noqa: S608
    newest = f"(SELECT MAX(id) FROM {entries})"  # noqa: S608
    window = f"(SELECT MAX(id) FROM {entries} WHERE id > {newest} - %s AND NOT ({own}))"  # noqa: S608
    columns.append(f"COALESCE({window}, {newest})")
    sql = "SELECT " + ", ".join(columns)
    params = (
        *OWN_CONTENT_ACTIONS,
        *(name for model in models for name in (model._meta.app_label, model._meta.model_name)),
    )
    return sql, params


def _read_stamps():
    """(catalogue stamp, surroundings stamp), both from one query."""
    sql, params = _stamps_query(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, [SURROUNDINGS_WINDOW, *params])
        *values, newest_other = cursor.fetchone()
    where = (connection.alias, connection.settings_dict["NAME"])
    return (*where, *values), (*where, newest_other, *values[1:])


def get_index():
    """The index of the catalogue as this request sees it.

    Outside a transaction: the process-wide index, rebuilt when the stamp has moved on.
    Inside one (atomic blocks, tests), the data may include this transaction's own
    uncommitted writes, which may be rolled back and need not log anything; such an
    index is built for the caller and never shared."""
    stamp = catalogue_stamp()
    if not shareable():
        return build_index(stamp)
    return shared_index(stamp)


def shareable():
    """Whether what is read now may be kept for other requests (the shared index, the
    shared fragments of search/fragments.py): not inside a transaction, whose uncommitted
    writes may be rolled back and need not log anything."""
    return not connection.in_atomic_block


def shared_index(stamp):
    """The process-wide index for `stamp` (built once per stamp)."""
    global _cached
    index = _cached
    if index is not None and index.stamp == stamp:
        return index
    with _lock:
        index = _cached
        if index is None or index.stamp != stamp:
            index = build_index(stamp)
            _cached = index
    return index


def clear():
    """Forget the index (the next request rebuilds it), and tell the distributed engine's
    catalogue facts (generation) that this process changed the catalogue."""
    global _cached, _generation
    _cached = None
    _generation += 1


def generation():
    """How many times this process dropped the index: part of what keys data read beside it."""
    return _generation


def build_index(stamp):
    # The same rule as every public response: live, unrestricted, not below an unpublished page.
    live = public_pages(OfferingPage.objects.all())
    single = [spec for spec in facets.FACETS if not spec.many]
    columns = ["pk", "kind", "end_date", "first_published_at", "live_revision_id"]
    columns += ["search_title_stems", "search_summary_stems"]
    rows = list(live.order_by("title", "pk").values(*columns, *(spec.row_column for spec in single)))
    pks = [row["pk"] for row in rows]
    positions = {pk: position for position, pk in enumerate(pks)}
    # Newest first, ties in title order: from the same rows, not a second query. A page that
    # went live between two queries made the second name a pk the first did not have
    # (KeyError, a 500 on the finder; issue 21). Never published (imports): last.
    newest = sorted(
        range(len(rows)), key=lambda position: rows[position]["first_published_at"] or _NEVER, reverse=True
    )

    grouped = {spec.key: {} for spec in facets.FACETS}
    for position, row in enumerate(rows):
        for spec in single:
            grouped[spec.key].setdefault(row[spec.row_column], []).append(position)
    for spec in facets.FACETS:
        if spec.many:
            pairs = spec.through.objects.filter(offeringpage_id__in=live.values("pk")).values_list(
                "offeringpage_id", spec.through_column
            )
            for pk, key in pairs:
                if pk in positions:
                    grouped[spec.key].setdefault(key, []).append(positions[pk])
    sessions = {}
    session_rows = TrainingSession.objects.filter(page_id__in=live.filter(kind=Kind.TRAINING).values("pk"))
    session_rows = session_rows.order_by("start_date").values_list("page_id", "start_date", "end_date")
    for pk, first, last in session_rows:
        sessions.setdefault(pk, []).append((first, last or first))
    masks = {
        name: {key: mask_from_positions(found) for key, found in values.items()}
        for name, values in grouped.items()
    }
    return FacetIndex(
        stamp=stamp,
        pks=pks,
        positions=positions,
        all_mask=(1 << len(pks)) - 1,
        ended=[
            (row["end_date"], position) for position, row in enumerate(rows) if row["end_date"] is not None
        ],
        trainings=[
            (position, tuple(sessions.get(row["pk"], ())))
            for position, row in enumerate(rows)
            if row["kind"] == Kind.TRAINING
        ],
        masks=masks,
        options=facets.all_options(),
        newest=newest,
        title_stems=[row["search_title_stems"] or "" for row in rows],
        summary_stems=[row["search_summary_stems"] or "" for row in rows],
        live_revisions=[row["live_revision_id"] for row in rows],
    )


_NEVER = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def today():
    return timezone.localdate()
