"""The two or three facts an official decides on, per kind, for a list of offerings.

A result list holds base OfferingPage objects (search/finder.py loads them in one query);
this adds per offering `facts`, read in bulk (at most one query per kind, plus two for
the publications' authors and publishers; the trainings' sessions when the finder did not
attach them already), so the number of queries does not grow with
the page: publications show who wrote or published them and when, trainings when, where
and whether one can still register (offerings/registration.py), contact points when they
can be reached and how fast they answer.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from offerings.models import ContactPointPage, PublicationPage, TrainingPage
from offerings.registration import RegistrationState, registration_state
from taxonomy.kinds import Kind


@dataclass
class Facts:
    credit: str = ""  # publications: authors, else publishers
    published: object = None  # publications: offerings.dates.PartialDate
    place: str = ""  # trainings: the location, or how it is given (online)
    registration: RegistrationState | None = None  # trainings
    ways: list = field(default_factory=list)  # contact points: e-mail, telefoon, formulier
    availability: str = ""  # contact points
    response_time: str = ""  # contact points


def attach_facts(offerings):
    """Set `offering.facts` (a Facts) on each offering of a result list."""
    by_kind = {}
    for offering in offerings:
        offering.facts = Facts()
        by_kind.setdefault(offering.kind, {})[offering.pk] = offering
    publications = by_kind.get(Kind.PUBLICATION)
    if publications:
        rows = (
            PublicationPage.objects.filter(pk__in=publications)
            .only("pk", "published")
            .prefetch_related(*PublicationPage.credit_prefetch())
        )
        for publication in rows:
            facts = publications[publication.pk].facts
            facts.credit, facts.published = publication.credit, publication.published or None
    trainings = by_kind.get(Kind.TRAINING)
    if trainings:
        fields = ("pk", "start_date", "end_date", "registration_url", "location", "delivery")
        rows = TrainingPage.objects.filter(pk__in=trainings).only(*fields)
        if any(not hasattr(listed, "listed_sessions") for listed in trainings.values()):
            rows = rows.prefetch_related("sessions")
        for training in rows:
            listed = trainings[training.pk]
            listed.facts.place = training.location or training.get_delivery_display()
            # The finder loaded the page's sessions already (search/finder.py, `listed_sessions`).
            sessions = getattr(listed, "listed_sessions", None)
            listed.facts.registration = registration_state(training, sessions=sessions)
    contact_points = by_kind.get(Kind.CONTACT_POINT)
    if contact_points:
        fields = ("pk", "email", "phone", "form_url", "availability", "response_time")
        for point in ContactPointPage.objects.filter(pk__in=contact_points).only(*fields):
            facts = contact_points[point.pk].facts
            ways = (
                (point.email, _("e-mail")),
                (point.phone, _("telefoon")),
                (point.form_url, _("webformulier")),
            )
            facts.ways = [label for value, label in ways if value]
            facts.availability, facts.response_time = point.availability, point.response_time
    return offerings


def attach_registration_states(offerings):
    """Set `offering.listed_registration_state` on each training of a result list (the API
    listing; None on other kinds): one query for the trainings' end dates and own
    registration links; the sessions are those the finder attached (`listed_sessions`,
    search/finder.py), else registration_state reads them."""
    trainings = {offering.pk: offering for offering in offerings if offering.kind == Kind.TRAINING}
    for offering in offerings:
        offering.listed_registration_state = None
    if not trainings:
        return offerings
    rows = TrainingPage.objects.filter(pk__in=trainings).only("pk", "end_date", "registration_url")
    for training in rows:
        listed = trainings[training.pk]
        listed.listed_registration_state = registration_state(
            training, sessions=getattr(listed, "listed_sessions", None)
        )
    return offerings
