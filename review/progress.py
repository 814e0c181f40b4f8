"""A round's progress per partner, and the stacked bar chart drawn from it (server-side SVG)."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from review.models import PENDING_STATUSES, ItemStatus

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
