"""Reading an uploaded spreadsheet safely: XLSX (openpyxl, read-only) or CSV.

Refused with a Dutch message, before anything is parsed where possible: files over
MAX_FILE_BYTES, more than MAX_ROWS rows or MAX_CELLS filled cells (reading stops there),
reading past the time budget (imports/limits.py), an XLSX whose zip entries
unpack to more than MAX_UNPACKED_BYTES or compress suspiciously well (a zip bomb), files
that are not what their name says, CSV that is not UTF-8, and binary content.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

from imports import limits
from imports.limits import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_COMPRESSION_RATIO,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old .xls format
FORMULA = re.compile(r"^(=|[+\-@][A-Za-z(])")


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message is for the user (Dutch)."""


@dataclass
class Sheet:
    headers: list
    rows: list = field(default_factory=list)  # (row number in the file, [cell values])


def is_formula(value):
    return isinstance(value, str) and bool(FORMULA.match(value.strip()))


def read(content, filename, budget=None):
    budget = budget or limits.request_budget()
    if len(content) > MAX_FILE_BYTES:
        raise ImportFileError(
            f"Het bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB. "
            "Splits het in kleinere bestanden."
        )
    if not content.strip():
        raise ImportFileError("Het bestand is leeg.")
    name = (filename or "").lower()
    if content.startswith(OLE_MAGIC) or name.endswith(".xls"):
        raise ImportFileError("Dit is een oud Excel-bestand (.xls). Sla het op als .xlsx of als CSV UTF-8.")
    if name.endswith((".xlsx", ".xlsm")) or content.startswith(ZIP_MAGIC):
        if not content.startswith(ZIP_MAGIC):
            raise ImportFileError(
                "Dit bestand heet .xlsx maar is geen Excel-bestand. Sla het opnieuw op als .xlsx."
            )
        return read_xlsx(content, budget)
    if name.endswith((".csv", ".txt")) or not name:
        return read_csv(content, budget)
    raise ImportFileError("Upload een .xlsx- of .csv-bestand (zie het sjabloon).")


def work_size(content):
    """The bytes reading will parse: an XLSX's parts unpacked (from the zip directory, nothing
    is unpacked), else the file itself. Decides whether an import runs in the background."""
    if content.startswith(ZIP_MAGIC):
        try:
            return sum(entry.file_size for entry in zipfile.ZipFile(io.BytesIO(content)).infolist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return len(content)
    return len(content)


def check_zip(content):
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ImportFileError("Het Excel-bestand is beschadigd en kan niet worden gelezen.") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ImportFileError("Het Excel-bestand bevat ongewoon veel onderdelen en is geweigerd.")
    unpacked = sum(entry.file_size for entry in entries)
    ratios = [entry.file_size / max(entry.compress_size, 1) for entry in entries]
    if unpacked > MAX_UNPACKED_BYTES and not (ratios and max(ratios) > MAX_COMPRESSION_RATIO):
        raise ImportFileError(
            f"Het Excel-bestand is te groot om te verwerken (uitgepakt meer dan "
            f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB). Splits het in kleinere bestanden."
        )
    if unpacked > MAX_UNPACKED_BYTES or (ratios and max(ratios) > MAX_COMPRESSION_RATIO):
        raise ImportFileError(
            "Het Excel-bestand pakt uit tot een veel groter bestand dan het lijkt en is uit "
            "veiligheid geweigerd. Sla het opnieuw op vanuit Excel of gebruik CSV."
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
        raise ImportFileError("Dit zip-bestand is geen Excel-werkmap. Sla het bestand op als .xlsx.")


def read_xlsx(content, budget):
    # Here, not at the top: openpyxl takes 0.2 s to import and only the spreadsheet import needs it.
    from openpyxl import load_workbook

    check_zip(content)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds (KeyError, InvalidFileException, XML errors)
        raise ImportFileError(
            "Het Excel-bestand kan niet worden gelezen. Sla het opnieuw op als .xlsx."
        ) from None
    try:
        sheet = workbook["Aanbod"] if "Aanbod" in workbook.sheetnames else workbook.worksheets[0]
        rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        return _collect(rows, budget)
    finally:
        workbook.close()


def read_csv(content, budget):
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            "Het CSV-bestand is in UTF-16 opgeslagen. Kies in Excel ‘Opslaan als’ → ‘CSV UTF-8 (door "
            "komma's gescheiden)’."
        )
    if b"\x00" in content:
        raise ImportFileError("Dit is geen tekstbestand. Upload een .xlsx- of .csv-bestand.")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise ImportFileError(
            f"Het CSV-bestand is niet in UTF-8 opgeslagen (regel {line} bevat tekens die we niet kunnen "
            "lezen, zoals é of ë). Kies in Excel ‘Opslaan als’ → ‘CSV UTF-8 (door komma's gescheiden)’."
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return _collect((row[:MAX_COLUMNS] for row in rows), budget)
    except csv.Error:
        raise ImportFileError(
            "Het CSV-bestand is niet goed opgebouwd (controleer de aanhalingstekens)."
        ) from None


def _collect(rows, budget):
    """Header row plus data rows (empty rows skipped), stopping past MAX_ROWS, MAX_CELLS or
    the time budget."""
    headers, sheet, cells = None, None, 0
    for number, values in enumerate(rows, start=1):
        budget.check()
        empty = not values or all(as_cell(v) == "" for v in values)
        if headers is None:
            if not empty:
                headers = [as_cell(v).lower().replace(" ", "_") for v in values]
                sheet = Sheet(headers=headers)
            continue
        if empty:
            continue
        if len(sheet.rows) >= MAX_ROWS:
            raise ImportFileError(
                f"Het bestand heeft meer dan {MAX_ROWS} rijen. Splits het in bestanden van hoogstens "
                f"{MAX_ROWS} rijen."
            )
        cells += sum(1 for v in values if as_cell(v) != "")
        if cells > MAX_CELLS:
            raise ImportFileError(
                f"Het bestand heeft meer dan {MAX_CELLS} gevulde cellen. Splits het in kleinere "
                "bestanden of laat lege en overbodige kolommen weg."
            )
        sheet.rows.append((number, list(values)))
    if sheet is None:
        raise ImportFileError("Het bestand bevat geen kopregel. Gebruik het sjabloon.")
    return sheet


def as_cell(value):
    return "" if value is None else str(value).strip()
