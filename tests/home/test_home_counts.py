"""The home page's counts come from the finder's engine (search.finder.catalogue_counts):
the same numbers as counting the public catalogue in SQL, as the page did before."""

import datetime
import re

import pytest
from django.db.models import Count
from django.utils import timezone

from offerings.models import TrainingPage
from search.visibility import public_offerings
from taxonomy.kinds import Kind

pytestmark = pytest.mark.django_db


def sql_counts(include_expired):
    rows = public_offerings(include_expired=include_expired).order_by().values("kind").annotate(n=Count("pk"))
    return {row["kind"]: row["n"] for row in rows}


def test_the_counts_are_the_public_catalogue_in_sql(client):
    training = TrainingPage.objects.live().public().order_by("pk").first()
    training.end_date = timezone.localdate() - datetime.timedelta(days=3)  # an ended training
    training.save_revision().publish()
    current, everything = sql_counts(False), sql_counts(True)
    ended = sum(everything.values()) - sum(current.values())
    assert ended >= 1
    html = client.get("/").content.decode()
    for kind in Kind:
        count = re.search(rf'\?soort={kind.value}">[^<]*</a> <span class="site-meta">\((\d+)\)', html)
        assert count is not None, kind
        assert int(count.group(1)) == current.get(kind.value, 0), kind
    assert f"Het aanbod telt nu {sum(current.values())} " in html
    assert f"zijn er {ended} afgelopen trainingen" in html or f"is er {ended} afgelopen training" in html
