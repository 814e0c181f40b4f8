"""The two or three facts an official decides on, per kind, for a list of offerings.

A result list holds base OfferingPage objects (search/finder.py loads them in one query);
this adds per offering `facts`, read in bulk (joined to that query when it asked for
joined_fields(), else at most one query per kind; plus two for the publications' authors
and publishers, and the trainings' sessions when the finder did not attach them already),
so the number of queries does not grow with the page: publications show who wrote or
published them and when, trainings when, where and whether one can still register
(offerings/registration.py), contact points when they can be reached and how fast they
answer.
"""

from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from core.relationlists import read_relation_lists
from offerings.models import ContactPointPage, OfferingPage, PublicationPage, TrainingPage
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


# What the facts read of each kind's own table (the kind's page model, reached from an
# OfferingPage by its model name); of the base page they read `end_date` and `delivery`.
KIND_FIELDS = {
    Kind.PUBLICATION: (PublicationPage, ("published",)),
    Kind.TRAINING: (TrainingPage, ("registration_url", "location")),
    Kind.CONTACT_POINT: (ContactPointPage, ("email", "phone", "form_url", "availability", "response_time")),
}


def joined_fields():
    """The facts' fields as lookups from OfferingPage: a result list loaded with these among
    its fields (search/finder.py, run_finder's `fields`) joins each kind's own table, so
    attach_facts reads no row of it again."""
    return tuple(
        f"{model._meta.model_name}__{name}" for model, names in KIND_FIELDS.values() for name in names
    )


def _own_rows(kind, offerings):
    """{pk: the kind's own page} for offerings of that kind: joined when they were loaded
    with joined_fields(), else read in one query (with the OfferingPage fields they use)."""
    model, names = KIND_FIELDS[kind]
    name = model._meta.model_name
    relation = getattr(OfferingPage, name)
    rows, missing = {}, []
    for pk, offering in offerings.items():
        own = getattr(offering, name) if relation.is_cached(offering) else None
        if own is None:
            missing.append(pk)
        else:
            own.end_date = offering.end_date  # the base page's field, loaded with the offering
            rows[pk] = own
    if missing:
        rows.update(model.objects.filter(pk__in=missing).only("pk", "end_date", *names).in_bulk())
    return rows


def attach_facts(offerings):
    """Set `offering.facts` (a Facts) on each offering of a result list."""
    by_kind = {}
    for offering in offerings:
        offering.facts = Facts()
        by_kind.setdefault(offering.kind, {})[offering.pk] = offering
    publications = by_kind.get(Kind.PUBLICATION)
    if publications:
        rows = _own_rows(Kind.PUBLICATION, publications)
        read_relation_lists(list(rows.values()), PublicationPage.credit_lists())
        for pk, publication in rows.items():
            facts = publications[pk].facts
            facts.credit, facts.published = publication.credit, publication.published or None
    trainings = by_kind.get(Kind.TRAINING)
    if trainings:
        rows = _own_rows(Kind.TRAINING, trainings)
        unlisted = [row for pk, row in rows.items() if not hasattr(trainings[pk], "listed_sessions")]
        prefetch_related_objects(unlisted, "sessions")
        for pk, training in rows.items():
            listed = trainings[pk]
            listed.facts.place = training.location or listed.get_delivery_display()
            # The finder loads the page's sessions (search/finder.py, `listed_sessions`); else read here.
            sessions = getattr(listed, "listed_sessions", None)
            listed.facts.registration = registration_state(training, sessions=sessions)
    contact_points = by_kind.get(Kind.CONTACT_POINT)
    if contact_points:
        for pk, point in _own_rows(Kind.CONTACT_POINT, contact_points).items():
            facts = contact_points[pk].facts
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
