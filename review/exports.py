"""CSV and Excel downloads of tabular data, and the rows of a round's items.

One writer for every export of the review and insight apps. Text cells that a
spreadsheet would read as a formula (=, +, -, @) get a leading apostrophe (CSV/formula
injection), in both formats.
"""

import csv
import datetime
import io

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import Workbook

from core.baseurl import admin_url, page_url

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
    if isinstance(value, Promise):  # a lazy translation
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
        # Excel has no time zones: write local time without offset.
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def csv_cell(value):
    """Local date and time to the minute ('2026-01-04 09:30'), which Dutch Excel reads as a date."""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value


def table_response(headers, rows, fmt, filename, sheet_title):
    fmt = parse_format(fmt)
    rows = [[safe_cell(value) for value in row] for row in rows]
    if fmt == "csv":
        rows = [[csv_cell(value) for value in row] for row in rows]
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
    "Soort",
    "Eigenaar",
    "Adres op de site",
    "Item in het beheer",
]


def round_item_rows(items):
    for item in items.select_related(
        "review_round", "partner", "acted_by", "offering__content_owner"
    ).order_by("partner__abbreviation", "offering_title", "pk"):
        offering = item.offering
        owner = offering.content_owner if offering else None
        yield [
            item.review_round.name,
            item.partner.abbreviation,
            item.offering_title,
            item.offering_id or "",
            item.get_status_display(),
            item.acted_at,
            item.acted_by.get_username() if item.acted_by else "",
            item.note,
            offering.get_kind_display() if offering else "",
            (owner.get_full_name() or owner.get_username()) if owner else "",
            (page_url(offering) or "") if offering and offering.live else "",
            admin_url(reverse("review_reviewitem_modeladmin_inspect", args=[item.pk])),
        ]
