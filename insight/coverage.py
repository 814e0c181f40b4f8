"""Coverage of the live offer: themes × kinds and themes × audiences.

'Live' is what the finder shows by default (search.visibility.public_offerings: published,
public, trainings not yet ended), so a cell's number equals the finder's result count
behind the cell's link. Five queries in total (themes, audiences, view restrictions,
one count per matrix), whatever the size of the catalogue.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from offerings.choices import Region
from offerings.models import OfferingPage
from partners.models import PartnerPage
from review.unconfirmed import unconfirmed_items
from search.visibility import public_offerings
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Audience, Phase, Theme

# Sequential blue scale (light -> dark) and the text colour readable on each (>= 4.5:1).
SCALE = ["#ffffff", "#e6eef7", "#c5d8ec", "#93b6da", "#3d6ea6", "#154273"]
TEXT_ON = ["#1a1a1a", "#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff"]


@dataclass
class Cell:
    count: int
    url: str
    row_label: str
    column_label: str
    level: int = 0
    unconfirmed: int = 0  # of `count`, left unconfirmed by a closed review round

    @property
    def fill(self):
        return SCALE[self.level]

    @property
    def text_colour(self):
        return TEXT_ON[self.level]


@dataclass
class Matrix:
    key: str
    title: str
    row_heading: str
    column_heading: str
    rows: list  # [(slug, label)]
    columns: list  # [(slug, label)]
    cells: list  # [[Cell]] row-major
    column_param: str

    @property
    def max_count(self):
        return max((cell.count for row in self.cells for cell in row), default=0)

    @property
    def unconfirmed_cells(self):
        return sum(1 for row in self.cells for cell in row if cell.unconfirmed)

    @property
    def empty_cells(self):
        return sum(1 for row in self.cells for cell in row if cell.count == 0)

    def rows_with_cells(self):
        return list(zip(self.rows, self.cells, strict=True))


def level_for(count, maximum):
    if count == 0 or maximum == 0:
        return 0
    return 1 + min(len(SCALE) - 2, (count - 1) * (len(SCALE) - 1) // maximum)


def finder_url(base_url, theme_slug, param, value):
    return f"{base_url}?{urlencode([('thema', theme_slug), (param, value)])}"


def _build(key, title, column_heading, column_param, themes, columns, counts, base_url):
    cells = []
    for theme in themes:
        row = []
        for slug, label, column_key in columns:
            count, unconfirmed = counts.get((theme.pk, column_key), (0, 0))
            row.append(
                Cell(
                    count=count,
                    unconfirmed=unconfirmed,
                    url=finder_url(base_url, theme.slug, column_param, slug),
                    row_label=theme.name,
                    column_label=str(label),
                )
            )
        cells.append(row)
    matrix = Matrix(
        key=key,
        title=str(title),
        row_heading=str(_("Thema")),
        column_heading=str(column_heading),
        rows=[(theme.slug, theme.name) for theme in themes],
        columns=[(slug, str(label)) for slug, label, _key in columns],
        cells=cells,
        column_param=column_param,
    )
    maximum = matrix.max_count
    for row in cells:
        for cell in row:
            cell.level = level_for(cell.count, maximum)
    return matrix


def coverage_matrices(base_url="/aanbod/"):
    """(themes × kinds, themes × audiences) over the finder's default result set."""
    live_ids = public_offerings().values("pk")
    theme_links = OfferingPage.themes.through.objects.filter(offeringpage_id__in=live_ids)
    unconfirmed = Q(offeringpage_id__in=unconfirmed_items().values("offering_id"))
    by_kind = {
        (row["theme_id"], row["offeringpage__kind"]): (row["n"], row["u"])
        for row in theme_links.values("theme_id", "offeringpage__kind").annotate(
            n=Count("offeringpage_id"), u=Count("offeringpage_id", filter=unconfirmed)
        )
    }
    by_audience = {
        (row["theme_id"], row["offeringpage__audiences"]): (row["n"], row["u"])
        for row in theme_links.filter(offeringpage__audiences__isnull=False)
        .values("theme_id", "offeringpage__audiences")
        .annotate(
            n=Count("offeringpage_id", distinct=True),
            u=Count("offeringpage_id", distinct=True, filter=unconfirmed),
        )
    }
    themes = list(Theme.objects.all())
    audiences = list(Audience.objects.all())
    kinds = [(kind.value, KIND_PLURALS[kind], kind.value) for kind in Kind]
    return (
        _build(
            "soort", _("Thema's × soort aanbod"), _("Soort aanbod"), "soort", themes, kinds, by_kind, base_url
        ),
        _build(
            "doelgroep",
            _("Thema's × doelgroepen"),
            _("Doelgroep"),
            "doelgroep",
            themes,
            [(a.slug, a.name, a.pk) for a in audiences],
            by_audience,
            base_url,
        ),
    )


def _theme_counts(theme_links, field_name, unconfirmed, distinct=False):
    return {
        (row["theme_id"], row[field_name]): (row["n"], row["u"])
        for row in theme_links.filter(**{f"{field_name}__isnull": False})
        .values("theme_id", field_name)
        .annotate(
            n=Count("offeringpage_id", distinct=distinct),
            u=Count("offeringpage_id", distinct=distinct, filter=unconfirmed),
        )
    }


def more_matrices(base_url="/aanbod/"):
    """Themes × phase of unrest, × region and × partner (what a ministry decides on): the same
    counting and finder links as `coverage_matrices`, one grouped query each."""
    live_ids = public_offerings().values("pk")
    theme_links = OfferingPage.themes.through.objects.filter(offeringpage_id__in=live_ids)
    unconfirmed = Q(offeringpage_id__in=unconfirmed_items().values("offering_id"))
    themes = list(Theme.objects.all())
    phases = [(p.slug, p.name, p.pk) for p in Phase.objects.all()]
    regions = [(value, label, value) for value, label in Region.choices]
    partners = [(p.slug, p.abbreviation, p.pk) for p in PartnerPage.objects.order_by("abbreviation")]
    return (
        _build(
            "fase",
            _("Thema's × fase van onrust"),
            _("Fase van onrust"),
            "fase",
            themes,
            phases,
            _theme_counts(theme_links, "offeringpage__phases", unconfirmed, distinct=True),
            base_url,
        ),
        _build(
            "regio",
            _("Thema's × regio"),
            _("Regio"),
            "regio",
            themes,
            regions,
            _theme_counts(theme_links, "offeringpage__region", unconfirmed),
            base_url,
        ),
        _build(
            "partner",
            _("Thema's × partner"),
            _("Partner"),
            "partner",
            themes,
            partners,
            _theme_counts(theme_links, "offeringpage__partner", unconfirmed),
            base_url,
        ),
    )


# SVG geometry for the heatmap (user units).
ROW_LABEL_WIDTH = 290
CELL_WIDTH = 90
CELL_HEIGHT = 34
HEADER_HEIGHT = 150
RIGHT_PADDING = 150  # room for the last rotated column label
MAX_COLUMN_LABEL = 26  # longer labels are shortened in the SVG; the table has them in full


def short_label(label):
    return label if len(label) <= MAX_COLUMN_LABEL else label[: MAX_COLUMN_LABEL - 1].rstrip() + "…"


def heatmap(matrix):
    """Positions for the SVG: column labels rotated above, one rectangle + number per cell."""
    columns = [
        {
            "label": short_label(label),
            "x": ROW_LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2,
            "y": HEADER_HEIGHT - 8,
        }
        for i, (_slug, label) in enumerate(matrix.columns)
    ]
    rows = []
    for r, ((_slug, label), cells) in enumerate(matrix.rows_with_cells()):
        y = HEADER_HEIGHT + r * CELL_HEIGHT
        rows.append(
            {
                "label": label,
                "label_y": y + CELL_HEIGHT / 2 + 5,
                "cells": [
                    {
                        "cell": cell,
                        "x": ROW_LABEL_WIDTH + c * CELL_WIDTH,
                        "y": y,
                        "text_x": ROW_LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2,
                        "text_y": y + CELL_HEIGHT / 2 + 5,
                    }
                    for c, cell in enumerate(cells)
                ],
            }
        )
    return {
        "width": ROW_LABEL_WIDTH + len(matrix.columns) * CELL_WIDTH + RIGHT_PADDING,
        "height": HEADER_HEIGHT + len(matrix.rows) * CELL_HEIGHT + 2,
        "cell_width": CELL_WIDTH - 2,
        "cell_height": CELL_HEIGHT - 2,
        "label_x": ROW_LABEL_WIDTH - 8,
        "columns": columns,
        "rows": rows,
        "legend": [{"fill": fill, "text": text} for fill, text in zip(SCALE, TEXT_ON, strict=True)],
    }
