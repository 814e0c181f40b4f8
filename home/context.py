"""What the home page shows: the questions, the kinds of offer with counts, the finder."""

from django.db.models import Count

from offerings.models import CatalogueIndexPage, OfferingPage
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Question


def home_context(home):
    catalogue = CatalogueIndexPage.objects.live().descendant_of(home).first()
    counts = dict(
        OfferingPage.objects.live()
        .public()
        .order_by()  # no ordering column in the GROUP BY
        .values("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    kinds = [
        {"slug": kind.value, "label": KIND_PLURALS[kind], "count": counts.get(kind.value, 0)} for kind in Kind
    ]
    return {
        "catalogue": catalogue,
        "kinds": kinds,
        "questions": Question.objects.prefetch_related("themes", "audiences"),
    }
