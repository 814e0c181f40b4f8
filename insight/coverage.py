"""Coverage of the live offer: themes × the facets their specs put in the gap view.

The matrices follow the facet specs (search/facets.py, `coverage`): "main" are the first
view's (kinds, audiences), "more" what a ministry decides on (partner, phase, region).

'Live' is what the finder shows by default (search.visibility.public_offerings: published,
public, trainings not yet ended), so a cell's number equals the finder's result count
behind the cell's link. A fixed number of queries (the terms, the visibility rule, one
count per matrix), whatever the size of the catalogue.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from review.unconfirmed import unconfirmed_items
from search import facets
from search.visibility import public_offerings

ROW_FACET = "thema"  # the rows of every matrix
ROWS_TITLE = _("Thema's")

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


def finder_url(base_url, row_param, row_slug, param, value):
    return f"{base_url}?{urlencode([(row_param, row_slug), (param, value)])}"


def _build(row_spec, spec, rows, columns, counts, base_url):
    cells = []
    for row_key, row_slug, row_label in rows:
        row = []
        for column_key, slug, label in columns:
            count, unconfirmed = counts.get((row_key, column_key), (0, 0))
            row.append(
                Cell(
                    count=count,
                    unconfirmed=unconfirmed,
                    url=finder_url(base_url, row_spec.key, row_slug, spec.key, slug),
                    row_label=row_label,
                    column_label=str(label),
                )
            )
        cells.append(row)
    matrix = Matrix(
        key=spec.key,
        title=_("%(rows)s × %(columns)s") % {"rows": ROWS_TITLE, "columns": str(spec.label).lower()},
        row_heading=str(row_spec.label),
        column_heading=str(spec.label),
        rows=[(slug, label) for _key, slug, label in rows],
        columns=[(slug, str(label)) for _key, slug, label in columns],
        cells=cells,
        column_param=spec.key,
    )
    maximum = matrix.max_count
    for row in cells:
        for cell in row:
            cell.level = level_for(cell.count, maximum)
    return matrix


def _counts(row_links, row_column, field_name, unconfirmed, distinct):
    """{(row key, column key): (count, unconfirmed)}: one grouped query."""
    return {
        (row[row_column], row[field_name]): (row["n"], row["u"])
        for row in row_links.filter(**{f"{field_name}__isnull": False})
        .values(row_column, field_name)
        .annotate(
            n=Count("offeringpage_id", distinct=distinct),
            u=Count("offeringpage_id", distinct=distinct, filter=unconfirmed),
        )
    }


def matrices(group, base_url="/aanbod/"):
    """Themes × every facet whose spec names this gap-view group (search/facets.py:
    `coverage`), in the facets' order; one grouped query each."""
    row_spec = facets.by_key(ROW_FACET)
    live_ids = public_offerings().values("pk")
    row_links = row_spec.through.objects.filter(offeringpage_id__in=live_ids)
    unconfirmed = Q(offeringpage_id__in=unconfirmed_items().values("offering_id"))
    rows = row_spec.options()
    return tuple(
        _build(
            row_spec,
            spec,
            rows,
            spec.options(short=True),
            _counts(
                row_links, row_spec.through_column, f"offeringpage__{spec.field}", unconfirmed, spec.many
            ),
            base_url,
        )
        for spec in facets.FACETS
        if spec.coverage == group
    )


def coverage_matrices(base_url="/aanbod/"):
    """Themes × the main facets (kinds, audiences) over the finder's default result set."""
    return matrices("main", base_url)


def more_matrices(base_url="/aanbod/"):
    """Themes × the facets a ministry decides on (partner, phase of unrest, region): the same
    counting and finder links as `coverage_matrices`."""
    return matrices("more", base_url)


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
