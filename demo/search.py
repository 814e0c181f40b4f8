"""Demo synonyms and hand-picked offerings for the questions (idempotent)."""

from offerings.models import OfferingPage
from search.models import Synonym
from taxonomy.models import Question, QuestionPick

SYNONYMS = [
    ("tegenstellingen, polarisatie, polariseren", "Demo-inhoud: gemeenten spreken vaak van tegenstellingen."),
    ("jeugdwerk, jongerenwerk", "Demo-inhoud: twee namen voor hetzelfde werkveld."),
    ("onrust, spanningen", "Demo-inhoud"),
    ("demonstratie, betoging, manifestatie", "Demo-inhoud"),
    ("Den Bosch, 's-Hertogenbosch", "Plaatsnaam: de spreektaal en de officiële naam"),
    ("Den Haag, 's-Gravenhage", "Plaatsnaam: de spreektaal en de officiële naam"),
]


def load_search_demo(loader):
    for terms, note in SYNONYMS:
        if not Synonym.objects.filter(terms=terms).exists():
            Synonym.objects.create(terms=terms, note=note)
            loader.created += 1
    for question in Question.objects.prefetch_related("themes", "audiences"):
        if question.picks.exists():
            continue
        # Pick offerings that fit all of the question's filters, so they show on arrival.
        offerings = OfferingPage.objects.live().filter(end_date__isnull=True)
        if question.themes.exists():
            offerings = offerings.filter(themes__in=question.themes.all())
        if question.audiences.exists():
            offerings = offerings.filter(
                pk__in=OfferingPage.objects.filter(audiences__in=question.audiences.all()).values("pk")
            )
        if question.kinds:
            offerings = offerings.filter(kind__in=question.kinds)
        for order, offering in enumerate(offerings.distinct().order_by("-title")[:2]):
            QuestionPick.objects.create(question=question, offering=offering, sort_order=order)
            loader.created += 1
