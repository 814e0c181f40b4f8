"""Benchmark: how long and how much memory reading a large spreadsheet costs before the
import's limits (imports/limits.py) stop it (issue 22 B4). Reading only: no database.

Prints, per file, its size, the outcome (rows read, or the Dutch refusal) and the time and
peak Python memory (tracemalloc) of `imports.reader.read` with the request's time budget.

Usage:
  .venv/bin/python bench/import_limits.py
  .venv/bin/python bench/import_limits.py --rows 20000 --columns 20
"""

import argparse
import csv
import io
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.dev")

import django  # noqa: E402

django.setup()

from openpyxl import Workbook  # noqa: E402

from imports import limits  # noqa: E402
from imports.columns import COLUMNS  # noqa: E402
from imports.reader import ImportFileError, read  # noqa: E402

HEADERS = [column.header for column in COLUMNS]


def rows(count, columns):
    headers = (HEADERS + [f"extra{n}" for n in range(columns)])[:columns]
    for number in range(count):
        yield headers if number == 0 else [f"cel {number}-{c} met wat tekst erin" for c in range(columns)]


def as_csv(count, columns):
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerows(rows(count, columns))
    return output.getvalue().encode()


def as_xlsx(count, columns):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Aanbod")
    for row in rows(count, columns):
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def measure(name, content):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        sheet = read(content, name, limits.request_budget())
        outcome = f"{len(sheet.rows)} rows read"
    except (ImportFileError, limits.WorkTooLong) as error:
        outcome = f"refused: {str(error)[:70]}"
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{name:<12} {len(content) / 1e6:6.1f} MB  {seconds:6.2f} s  peak {peak / 1e6:6.1f} MB  {outcome}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--columns", type=int, default=20)
    args = parser.parse_args()
    print(
        f"limits: {limits.MAX_ROWS} rows, {limits.MAX_CELLS} cells, "
        f"{limits.MAX_SECONDS_IN_REQUEST} s in a request, {limits.MAX_SECONDS_IN_TASK} s in a task"
    )
    measure("large.xlsx", as_xlsx(args.rows, args.columns))
    measure("large.csv", as_csv(args.rows, args.columns))
    allowed = min(limits.MAX_ROWS, limits.MAX_CELLS // args.columns)
    measure("allowed.csv", as_csv(allowed, args.columns))
    measure("allowed.xlsx", as_xlsx(allowed, args.columns))
    # Just under MAX_UNPACKED_BYTES: openpyxl opens it, then the cells limit stops the rows.
    measure("near.xlsx", as_xlsx(9000, args.columns))


if __name__ == "__main__":
    main()
