"""What the finder filters and counts one offering on, read from the database.

The finder's matches and every count it shows (facet counts, drop-filter hints, ended
trainings hidden) follow from these facts of each live offering: its key in every facet
(search/facets.py), its last day and its sessions (?vanaf=/?tot=, "verlopen"). Its title
and text only decide where it is listed among the matches and what its card says.

So when a publish leaves an offering's facts as they were, a finder answer can change only
if the offering is among its matches: frontcache/changes.py then refreshes just the
listings that can match it (`FinderResult.scope`), instead of every listing.
"""

from offerings.models import OfferingPage, TrainingSession
from search import facets


def filter_facts(pk):
    """The facts of offering `pk` as the database holds them now; None when it is not live
    (a first publish or a publish after unpublishing changes every listing's counts)."""
    single = [spec for spec in facets.FACETS if not spec.many]
    row = (
        OfferingPage.objects.filter(pk=pk)
        .values("live", "end_date", *(spec.row_column for spec in single))
        .first()
    )
    if row is None or not row["live"]:
        return None
    keys = {spec.key: frozenset({row[spec.row_column]}) for spec in single}
    for spec in facets.FACETS:
        if spec.many:
            linked = spec.through.objects.filter(offeringpage_id=pk)
            keys[spec.key] = frozenset(linked.values_list(spec.through_column, flat=True))
    sessions = TrainingSession.objects.filter(page_id=pk).order_by("start_date", "end_date")
    return {
        "keys": keys,
        "end_date": row["end_date"],
        "sessions": tuple(sessions.values_list("start_date", "end_date")),
    }
