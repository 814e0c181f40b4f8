"""Demo content for the review round and gap insight: one open round with items in every
state, a few needs reported through "Mist u iets?" and searches that found (almost) nothing.

Idempotent: the round, the reports and the search rows are each created only once.
Every action goes through review.services, exactly as in the admin.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from insight.models import MissingOfferReport
from review import services
from review.models import ReviewItem, ReviewRound
from review.permissions import grant_review_permissions
from search.models import SearchQueryDay
from taxonomy.models import Theme

ROUND_NAME = "Controleronde aanbod 2026-2027"
ROUND_NOTE = (
    "Demo-inhoud: loop al uw aanbod na. Klopt het nog, pas het dan niet aan maar kies 'nog actueel'. "
    "Is het verouderd, pas het aan of trek het in."
)

REPORTS = [
    {
        "description": "Demo-inhoud: ik zoek een training voor raadsleden over hoe u het gesprek voert "
        "bij spanningen rond de komst van een opvanglocatie.",
        "theme": "maatschappelijke-spanningen-en-onrust",
        "municipality": "Demo-gemeente Noord",
        "email": "beleid@example.org",
        "query": "opvanglocatie raadsleden",
    },
    {
        "description": "Demo-inhoud: is er een handreiking over online desinformatie in de eigen "
        "gemeente, bijvoorbeeld in lokale Facebookgroepen?",
        "theme": "",
        "municipality": "",
        "email": "",
        "query": "desinformatie lokaal",
    },
    {
        "description": "Demo-inhoud: wij missen aanbod voor de frontoffice over bedreigende "
        "bezoekers aan de balie.",
        "theme": "problematisch-gedrag",
        "municipality": "Demo-gemeente Zuid",
        "email": "",
        "query": "",
    },
    {
        "description": "Demo-inhoud: graag een overzicht van intervisiegroepen voor "
        "jongerenwerkers in het oosten.",
        "theme": "radicalisering",
        "municipality": "Demo-gemeente Oost",
        "email": "",
        "query": "intervisie jongerenwerk",
        "handled": True,
        "handling_note": "Demo-inhoud: doorgestuurd naar ROR; zij bekijken een regionale variant.",
    },
]

# (query, days ago, searches, result count): zero and low-result searches for the gap view.
SEARCHES = [
    ("opvanglocatie raadsleden", 1, 4, 0),
    ("opvanglocatie raadsleden", 3, 2, 0),
    ("desinformatie lokaal", 2, 6, 1),
    ("boerenprotest", 5, 3, 0),
    ("complotdenken ouders", 8, 2, 1),
    ("antisemitisme school", 12, 5, 2),
    ("vuurwerkrellen nazorg", 20, 1, 0),
    ("polarisatie", 2, 9, 14),  # a well-served search, to show the filter works
]


def load_review_demo(loader):
    grant_review_permissions()
    if not ReviewRound.objects.filter(name=ROUND_NAME).exists():
        demo_round(loader)
    if not MissingOfferReport.objects.filter(description__startswith="Demo-inhoud").exists():
        demo_reports(loader)
    if not SearchQueryDay.objects.filter(query__in={q for q, *_ in SEARCHES}).exists():
        demo_searches(loader)


def _user(username):
    return get_user_model().objects.get(username=username)


def _items(review_round, abbreviation):
    # Most recently reviewed first, so the demo leaves the stale offerings stale.
    return list(
        ReviewItem.objects.filter(review_round=review_round, partner__abbreviation=abbreviation).order_by(
            "-offering__last_reviewed_at", "offering_title"
        )
    )


def demo_round(loader):
    coordinator = _user("coordinator")
    review_round = services.open_round(
        name=ROUND_NAME,
        deadline=timezone.localdate() + datetime.timedelta(days=21),
        note=ROUND_NOTE,
        partners=None,
        user=coordinator,
        announce=False,  # the demo mails nobody; the opening mail is tested in tests/review
    )
    loader.created += 1 + review_round.items.count()

    vng_editor, vng_final = _user("vng-redacteur"), _user("vng-eindredacteur")
    vng = _items(review_round, "VNG")
    services.confirm(vng[0], vng_editor, "Demo-inhoud: gecontroleerd, klopt nog.")
    services.confirm(vng[1], vng_final)
    # Updated: started by the editor, published by eindredactie (completes via page_published).
    services.start_update(vng[2], vng_editor, "Demo-inhoud: contactgegevens bijwerken.")
    page = vng[2].offering.specific
    page.save_revision(user=vng_editor).publish(user=vng_final)
    # Still being updated, and a withdrawal waiting for eindredactie.
    services.start_update(vng[3], vng_editor)
    services.withdraw(vng[4], vng_editor, "Demo-inhoud: deze publicatie is vervangen door een nieuwe.")

    bzk_final = _user("bzk-eindredacteur")
    bzk = _items(review_round, "BZK")
    services.confirm(bzk[0], bzk_final)
    # Withdrawn directly by eindredactie: the page is unpublished, nothing is deleted.
    services.withdraw(bzk[-1], bzk_final, "Demo-inhoud: het aanbod bestaat niet meer.")

    kis_editor = _user("kis-redacteur")
    for item in _items(review_round, "KIS")[:3]:
        services.confirm(item, kis_editor)
    loader.log(f"Demo-controleronde '{ROUND_NAME}' geopend.")


def demo_reports(loader):
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    coordinator = _user("coordinator")
    now = timezone.now()
    for days_ago, data in enumerate(REPORTS):
        handled = data.get("handled", False)
        MissingOfferReport.objects.create(
            description=data["description"],
            theme=themes.get(data["theme"]),
            municipality=data["municipality"],
            email=data["email"],
            query=data["query"],
            created_at=now - datetime.timedelta(days=days_ago * 3 + 1),
            handled=handled,
            handled_at=now if handled else None,
            handled_by=coordinator if handled else None,
            handling_note=data.get("handling_note", ""),
        )
        loader.created += 1


def demo_searches(loader):
    today = timezone.localdate()
    for query, days_ago, searches, results in SEARCHES:
        SearchQueryDay.objects.get_or_create(
            day=today - datetime.timedelta(days=days_ago),
            query=query,
            defaults={"searches": searches, "result_count": results},
        )
        loader.created += 1
