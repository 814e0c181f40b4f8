"""CSV and Excel downloads of tabular data, and the rows of a round's items.

One writer for every export of the review and insight apps. Text cells that a
spreadsheet would read as a formula (=, +, -, @) get a leading apostrophe (CSV/formula
injection), in both formats.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFormatError(ValueError):
    pass


def parse_format(value):
    if value not in FORMATS:
        raise ExportFormatError(_("Onbekend exportformaat. Kies CSV of Excel (xlsx)."))
    return value


def safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
        # Excel has no time zones: write local time without offset.
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def table_response(headers, rows, fmt, filename, sheet_title):
    fmt = parse_format(fmt)
    rows = [[safe_cell(value) for value in row] for row in rows]
    if fmt == "csv":
        buffer = io.StringIO()
        buffer.write("\ufeff")  # BOM: Excel opens UTF-8 CSV with the right accents
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
        content = buffer.getvalue().encode("utf-8")
    else:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=sheet_title[:31])
        sheet.append([str(h) for h in headers])
        for row in rows:
            sheet.append(row)
        stream = io.BytesIO()
        workbook.save(stream)
        content = stream.getvalue()
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


ROUND_ITEM_HEADERS = [
    "Controleronde",
    "Partner",
    "Aanbod",
    "Pagina-ID",
    "Status",
    "Laatste actie op",
    "Laatste actie door",
    "Notitie",
]


def round_item_rows(items):
    for item in items.select_related("review_round", "partner", "acted_by").order_by(
        "partner__abbreviation", "offering_title", "pk"
    ):
        yield [
            item.review_round.name,
            item.partner.abbreviation,
            item.offering_title,
            item.offering_id or "",
            item.get_status_display(),
            item.acted_at,
            item.acted_by.get_username() if item.acted_by else "",
            item.note,
        ]
