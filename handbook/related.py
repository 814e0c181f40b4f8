"""Trainings and contact points that fit a chapter: same phase of unrest and/or themes."""

from django.db.models import Count, Q
from django.utils import timezone

from core.visibility import public_pages
from offerings.models import OfferingPage
from taxonomy.kinds import Kind

RELATED_PER_KIND = 4


def related_offerings(chapter, per_kind=RELATED_PER_KIND):
    """{'trainings': [...], 'contact_points': [...]}: phase and theme matches first. One query."""

    theme_ids = [theme.pk for theme in chapter.themes.all()]
    match = Q(phases=chapter.phase_id)
    if theme_ids:
        match |= Q(themes__in=theme_ids)
    offerings = (
        public_pages(OfferingPage.objects.all())
        .filter(kind__in=[Kind.TRAINING, Kind.CONTACT_POINT])
        .filter(match)
        .exclude(end_date__lt=timezone.localdate())
        .annotate(
            phase_match=Count("phases", filter=Q(phases=chapter.phase_id), distinct=True),
            theme_matches=Count("themes", filter=Q(themes__in=theme_ids), distinct=True),
        )
        .only("title", "url_path", "path", "depth", "kind", "summary", "locale_id")
        .order_by("-phase_match", "-theme_matches", "title")
    )
    result = {"trainings": [], "contact_points": []}
    for offering in offerings:
        key = "trainings" if offering.kind == Kind.TRAINING else "contact_points"
        if len(result[key]) < per_kind:
            result[key].append(offering)
    return result
