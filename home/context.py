"""What the home page shows: the questions, the kinds of offer with counts, the finder."""

from wagtail.models import Page

from catalogue.models import CatalogueIndexPage
from search.finder import catalogue_counts
from taxonomy.kinds import KIND_PLURALS, Kind
from taxonomy.models import Question


def home_context(home, request):
    # The finder's own counts (its engine, its visibility rule), so the home page's counts
    # are the finder's: ended trainings are hidden there unless asked for, so they are
    # counted apart here.
    # The catalogue as a plain page (its URL is all the page needs: one table, not three),
    # and its URL worked out once for the search box, the kinds and the questions.
    catalogue = Page.objects.live().descendant_of(home).type(CatalogueIndexPage).order_by("path").first()
    counts, ended = catalogue_counts()
    kinds = [
        {"slug": kind.value, "label": KIND_PLURALS[kind], "count": counts.get(kind.value, 0)} for kind in Kind
    ]
    return {
        "catalogue": catalogue,
        "catalogue_url": catalogue.get_url(request) if catalogue is not None else "",
        "kinds": kinds,
        "total": sum(counts.values()),
        "ended": ended,
        # The page shows each question's words and link only (not its themes or audiences).
        "questions": Question.objects.all(),
    }
