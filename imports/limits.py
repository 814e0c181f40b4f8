"""How much work one import may cost: the one definition of each limit (issue 22 B4).

A file is refused with a Dutch message, and nothing is written, when it is too large, has too
many rows or filled cells, or when checking or writing it takes longer than its time budget.
Files from BACKGROUND_FROM_BYTES (unpacked) on are checked and written by a django-tasks task
(imports/tasks.py) instead of in the request, with progress shown to the editor; smaller
ones run in the request with the shorter budget.
"""

import time

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ROWS = 2000
MAX_COLUMNS = 60
MAX_CELLS = 40_000  # filled cells below the header row
# An XLSX's parts unpacked: openpyxl parses a worksheet's XML as it opens the workbook, before
# the per-row time checks run, so this bounds that first step (40,000 cells of ordinary text
# unpack to a few MB; 20,000 x 20 cells, 30 MB, took a minute on a busy machine).
MAX_UNPACKED_BYTES = 15 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ZIP_ENTRIES = 500
# Seconds one pass (checking, or writing) may take: in a web request, and in the task.
MAX_SECONDS_IN_REQUEST = 10
MAX_SECONDS_IN_TASK = 120
# Files from this size on (an XLSX: its parts unpacked, imports.reader.work_size) are checked
# and written outside the request.
BACKGROUND_FROM_BYTES = 100 * 1024


class WorkTooLong(Exception):
    """The pass ran out of its time budget; the message is for the user (Dutch)."""

    def __init__(self, seconds):
        super().__init__(
            f"Het verwerken van dit bestand duurt te lang (meer dan {seconds} seconden); er is niets "
            "opgeslagen. Splits het in kleinere bestanden."
        )


class Budget:
    """A deadline for one pass; `check()` is called per row while reading, checking and writing."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def check(self):
        if time.monotonic() > self.ends:
            raise WorkTooLong(self.seconds)


def request_budget():
    return Budget(MAX_SECONDS_IN_REQUEST)


def task_budget():
    return Budget(MAX_SECONDS_IN_TASK)
