"""Process start-up for the WSGI server (and the benchmarks, which measure the same).

Python's full garbage collection walks every tracked object. After start-up most of
them are modules, classes, Wagtail block definitions and URL patterns that live as long
as the process: freezing them keeps each full collection to what requests and caches
created since, which measured 90-135 ms of pause per full collection at 10,000
offerings before and 20-45 ms after (bench/finder.py, docs/search.md).
"""

import gc


def freeze_startup_objects():
    gc.collect()
    gc.freeze()
