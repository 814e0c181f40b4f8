"""Readers and an editor at once on one SQLite file (run by test_sqlite_concurrency.py).

    python -m tests.ops.sqlite_concurrency DB_PATH READERS PUBLISHES

READERS threads request public pages through Django's full request path (the finder
with a text query also writes the query log) while the main thread, as an editor, saves
and publishes a new revision of an offering PUBLISHES times. Prints one JSON line:
responses per status, reader and editor errors, publishes done and whether the last
published title is what the public page shows.
"""

import json
import os
import sys
import threading
import time
from collections import Counter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.test")

READ_PATHS = [
    "/",
    "/aanbod/",
    "/aanbod/?q=radicalisering",
    "/aanbod/?q=polarisatie+jongeren",
    "/aanbod/?soort=training",
    "/zoeken/?q=onrust",
    "/api/v2/offerings/?limit=5",
]


def main(db_path, readers, publishes):
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction

    from offerings.models import OfferingPage

    statuses = Counter()
    errors = []
    stop = threading.Event()
    lock = threading.Lock()

    def read(number):
        client = Client(raise_request_exception=True)
        paths = READ_PATHS[number % len(READ_PATHS) :] + READ_PATHS[: number % len(READ_PATHS)]
        try:
            while not stop.is_set():
                for path in paths:
                    try:
                        status = client.get(path).status_code
                    except Exception as error:  # a 500 in a real server
                        status = 500
                        with lock:
                            errors.append(f"{path}: {type(error).__name__}: {error}")
                    with lock:
                        statuses[status] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=read, args=(n,)) for n in range(readers)]
    for thread in threads:
        thread.start()

    editor = get_user_model().objects.get(username="admin")
    page = OfferingPage.objects.live().order_by("pk").first().specific
    editor_errors = []
    done = 0
    title = page.title
    for number in range(publishes):
        time.sleep(0.3)
        try:
            page.refresh_from_db()
            page = page.specific
            title = f"{page.title.split(' (versie')[0]} (versie {number})"
            page.title = title
            revision = page.save_revision(user=editor, log_action=True)
            PublishPageRevisionAction(revision, user=editor).execute()
            done += 1
        except Exception as error:
            editor_errors.append(f"{type(error).__name__}: {error}")
    stop.set()
    for thread in threads:
        thread.join()
    shown = title in Client().get(page.url).content.decode()
    print(
        json.dumps(
            {
                "statuses": {str(k): v for k, v in statuses.items()},
                "errors": errors[:5],
                "error_count": len(errors),
                "editor_errors": editor_errors[:5],
                "publishes": done,
                "last_title_shown": shown,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
