"""What the home page shows: the questions, the kinds of offer with counts, the finder."""

from django.db.models import Count

from catalogue.models import CatalogueIndexPage
from search.visibility import public_offerings
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Question


def kind_counts(queryset):
    rows = queryset.order_by().values("kind").annotate(n=Count("pk")).values_list("kind", "n")
    return dict(rows)


def home_context(home):
    # The finder's own visibility rule, so the home page's counts are the finder's counts:
    # ended trainings are hidden there unless asked for, so they are counted apart here.
    catalogue = CatalogueIndexPage.objects.live().descendant_of(home).first()
    counts = kind_counts(public_offerings())
    with_ended = kind_counts(public_offerings(include_expired=True))
    kinds = [
        {"slug": kind.value, "label": KIND_PLURALS[kind], "count": counts.get(kind.value, 0)} for kind in Kind
    ]
    return {
        "catalogue": catalogue,
        "kinds": kinds,
        "total": sum(counts.values()),
        "ended": sum(with_ended.values()) - sum(counts.values()),
        "questions": Question.objects.prefetch_related("themes", "audiences"),
    }
