"""What the home page shows: the questions, the kinds of offer with counts, the finder."""

from django.db.models import Count

from offerings.models import CatalogueIndexPage
from search.visibility import public_offerings
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Question


def home_context(home):
    catalogue = CatalogueIndexPage.objects.live().descendant_of(home).first()
    # The finder's own default set (public, not ended), so a kind's count is what its link shows.
    counts = dict(
        public_offerings()
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
