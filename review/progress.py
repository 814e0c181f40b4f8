"""A round's progress per partner, and the stacked bar chart drawn from it (server-side SVG)."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from review.models import PENDING_STATUSES, RESPONDED_STATUSES, ItemStatus
from taxonomy.kinds import KIND_PLURALS, Kind

# Column -> (label, bar colour). Colours have >= 3:1 contrast on white (WCAG 1.4.11);
# the chart also prints every number, so colour is never the only carrier.
COLUMNS = {
    "open": (_("Open"), "#6b6b6b"),
    "confirmed": (_("Nog actueel"), "#1e6b3a"),
    "updated": (_("Aangepast"), "#154273"),
    "withdrawn": (_("Ingetrokken"), "#a13b00"),
}
STATUS_COLUMN = {
    ItemStatus.CONFIRMED: "confirmed",
    ItemStatus.UPDATED: "updated",
    ItemStatus.WITHDRAWN: "withdrawn",
    **dict.fromkeys(PENDING_STATUSES, "open"),
    ItemStatus.NOT_CONFIRMED: "open",  # a closed round's unanswered items stay in "open"
}


@dataclass
class ProgressRow:
    partner_id: int
    abbreviation: str
    name: str
    counts: dict = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    pending_detail: dict = field(default_factory=dict)  # in-between states counted as open

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def done(self):
        return self.total - self.counts["open"]

    @property
    def percent_done(self):
        return round(100 * self.done / self.total) if self.total else 0

    def cells(self):
        return [(key, COLUMNS[key][0], self.counts[key]) for key in COLUMNS]


def round_progress(review_round, partner_ids=None):
    """[ProgressRow] per partner (restricted to partner_ids if given) and a totals row."""
    items = review_round.items.all()
    if partner_ids is not None:
        items = items.filter(partner_id__in=partner_ids)
    rows = {}
    totals = ProgressRow(partner_id=0, abbreviation=str(_("Totaal")), name=str(_("Alle partners")))
    grouped = (
        items.order_by()
        .values("partner_id", "partner__abbreviation", "partner__title", "status")
        .annotate(n=Count("pk"))
        .values_list("partner_id", "partner__abbreviation", "partner__title", "status", "n")
    )
    for partner_id, abbreviation, name, status, n in grouped:
        row = rows.setdefault(partner_id, ProgressRow(partner_id, abbreviation, name))
        column = STATUS_COLUMN[status]
        row.counts[column] += n
        totals.counts[column] += n
        if status != ItemStatus.OPEN and column == "open":
            label = str(ItemStatus(status).label)
            row.pending_detail[label] = row.pending_detail.get(label, 0) + n
    ordered = sorted(rows.values(), key=lambda r: r.abbreviation.lower())
    return ordered, totals


# Breakdowns (issue 28.4): the same columns per kind of offering and per named owner.
BREAKDOWNS = {
    "kind": ("offering__kind", _("Soort aanbod")),
    "owner": ("offering__content_owner_id", _("Eigenaar")),
}
NO_VALUE = _("(onbekend)")


def _owner_labels(ids):
    users = get_user_model().objects.filter(pk__in=[i for i in ids if i])
    return {user.pk: user.get_full_name() or user.get_username() for user in users}


def breakdown(review_round, by, partner_ids=None):
    """[ProgressRow] per kind ('kind') or per owner ('owner') of the round's offerings."""
    field_name = BREAKDOWNS[by][0]
    items = review_round.items.all()
    if partner_ids is not None:
        items = items.filter(partner_id__in=partner_ids)
    grouped = list(
        items.order_by()
        .values(field_name, "status")
        .annotate(n=Count("pk"))
        .values_list(field_name, "status", "n")
    )
    if by == "kind":
        labels = {kind.value: str(KIND_PLURALS[kind]) for kind in Kind}
    else:
        labels = _owner_labels({key for key, _status, _n in grouped})
    rows = {}
    for key, status, n in grouped:
        label = labels.get(key, str(NO_VALUE))
        row = rows.setdefault(key, ProgressRow(0, label, label))
        row.counts[STATUS_COLUMN[status]] += n
        if status != ItemStatus.OPEN and STATUS_COLUMN[status] == "open":
            detail = str(ItemStatus(status).label)
            row.pending_detail[detail] = row.pending_detail.get(detail, 0) + n
    return sorted(rows.values(), key=lambda r: r.abbreviation.lower())


@dataclass
class ResponseRow:
    """One partner × kind line of the closing report."""

    abbreviation: str
    partner: str
    kind: str
    total: int = 0
    responded: int = 0
    missing: list = field(default_factory=list)  # titles without a response

    @property
    def not_responded(self):
        return self.total - self.responded


REPORT_HEADERS = [
    "Partner",
    "Organisatie",
    "Soort",
    "Items",
    "Gereageerd",
    "Niet gereageerd",
    "Zonder reactie",
]


def response_report(review_round, partner_ids=None):
    """Per partner and kind: how many items the partner answered and which it left."""
    items = review_round.items.select_related("partner").order_by("partner__abbreviation", "offering_title")
    if partner_ids is not None:
        items = items.filter(partner_id__in=partner_ids)
    kinds = {kind.value: str(KIND_PLURALS[kind]) for kind in Kind}
    rows = {}
    for item in items.values(
        "partner__abbreviation", "partner__title", "offering__kind", "status", "offering_title"
    ):
        key = (item["partner__abbreviation"], item["offering__kind"])
        row = rows.setdefault(
            key,
            ResponseRow(
                item["partner__abbreviation"],
                item["partner__title"],
                kinds.get(item["offering__kind"], str(NO_VALUE)),
            ),
        )
        row.total += 1
        if item["status"] in RESPONDED_STATUSES:
            row.responded += 1
        else:
            row.missing.append(item["offering_title"])
    return [rows[key] for key in sorted(rows, key=lambda k: (k[0].lower(), k[1] or ""))]


def report_rows(rows):
    for row in rows:
        yield [
            row.abbreviation,
            row.partner,
            row.kind,
            row.total,
            row.responded,
            row.not_responded,
            "; ".join(row.missing),
        ]


# Chart geometry (user units; the SVG scales with its container).
LABEL_WIDTH = 90
BAR_WIDTH = 520
BAR_HEIGHT = 26
ROW_GAP = 12
TOP = 40
RIGHT_TEXT = 70


def bar_chart(rows):
    """Geometry for a horizontal stacked bar per partner, each bar scaled to 100%."""
    bars = []
    for index, row in enumerate(rows):
        y = TOP + index * (BAR_HEIGHT + ROW_GAP)
        x = LABEL_WIDTH
        segments = []
        for key, (label, colour) in COLUMNS.items():
            count = row.counts[key]
            if not count:
                continue
            width = BAR_WIDTH * count / row.total
            segments.append(
                {
                    "x": round(x, 2),
                    "width": round(width, 2),
                    "colour": colour,
                    "count": count,
                    "label": label,
                    "text_x": round(x + width / 2, 2),
                    "show_text": width >= 18,
                }
            )
            x += width
        bars.append(
            {
                "row": row,
                "y": y,
                "text_y": y + BAR_HEIGHT / 2 + 5,
                "segments": segments,
            }
        )
    legend = []
    x = LABEL_WIDTH
    for _key, (label, colour) in COLUMNS.items():
        legend.append({"x": x, "colour": colour, "label": label, "text_x": x + 18})
        x += 130
    return {
        "width": LABEL_WIDTH + BAR_WIDTH + RIGHT_TEXT,
        "height": TOP + max(len(rows), 1) * (BAR_HEIGHT + ROW_GAP),
        "bar_height": BAR_HEIGHT,
        "label_x": LABEL_WIDTH - 8,
        "percent_x": LABEL_WIDTH + BAR_WIDTH + 8,
        "bars": bars,
        "legend": legend,
    }
