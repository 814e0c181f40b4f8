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
        return True
