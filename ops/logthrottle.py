"""A logging filter that lets one record through per interval and logger (per process).

django-redis logs every cache call that it skips while Redis is down (IGNORE_EXCEPTIONS,
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS); at 40 requests a second that would bury the log. One
line a minute, without the traceback, says the same: the cache is unreachable.
"""

import logging
import threading
import time


class OncePerInterval(logging.Filter):
    def __init__(self, seconds=60, message=""):
        super().__init__()
        self.seconds = float(seconds)
        self.message = message
        self._next = {}
        self._lock = threading.Lock()

    def filter(self, record):
        now = time.monotonic()
        with self._lock:
            if now < self._next.get(record.name, 0.0):
                return False
            self._next[record.name] = now + self.seconds
        if self.message:
            cause = record.exc_info[1] if record.exc_info else None
            record.msg, record.args = f"{self.message} ({cause})" if cause else self.message, ()
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class DropTaskRetries(logging.Filter):
    """For the "django_tasks" logger: drop its "state=FAILED" error (with traceback) for a
    task that failed with `exception` (a class name) because it is put back into the queue
    to be tried again (search/indexqueue.py logs that once a minute instead)."""

    def __init__(self, task_path="", exception=""):
        super().__init__()
        self.task_path, self.exception = task_path, exception

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        return not (
            error is not None
            and type(error).__name__ == self.exception
            and self.task_path in (record.args or ())
        )
