"""Trainings and contact points that fit a chapter: same phase of unrest and/or themes."""

from django.db import router
from django.db.models import Count, Q
from django.utils import timezone

from core.prepared import Prepared
from core.rows import from_values
from core.visibility import public_pages, rule_shape
from offerings.models import OfferingPage
from taxonomy.kinds import Kind

RELATED_PER_KIND = 4
# What the chapter reads of a related offering: its title and link.
SHOWN = ("title", "url_path", "path", "depth", "kind", "summary", "locale_id")


def _related_query(phase, themes, today):
    """Trainings and contact points on `phase` or any of `themes`, not ended before `today`,
    the phase match first, then by the number of themes matched, then by title."""
    match = Q(phases=phase)
    if themes:
        match |= Q(themes__in=themes)
    return (
        public_pages(OfferingPage.objects.all())
        .filter(kind__in=[Kind.TRAINING, Kind.CONTACT_POINT])
        .filter(match)
        .exclude(end_date__lt=today)
        .annotate(
            phase_match=Count("phases", filter=Q(phases=phase), distinct=True),
            theme_matches=Count("themes", filter=Q(themes__in=themes), distinct=True),
        )
        .only(*SHOWN)
        .order_by("-phase_match", "-theme_matches", "title")
    )


# Built once per shape (the public rule's lists, the number of themes) in a process.
RELATED = Prepared(_related_query)


def related_offerings(chapter, per_kind=RELATED_PER_KIND):
    """{'trainings': [...], 'contact_points': [...]}: phase and theme matches first. One query
    (core/prepared.py); of its rows only those shown become pages."""
    theme_ids = [theme.pk for theme in chapter.themes.all()]
    values = {"phase": chapter.phase_id, "themes": theme_ids, "today": timezone.localdate()}
    using = router.db_for_read(OfferingPage)
    result = {"trainings": [], "contact_points": []}
    for row in RELATED.rows(rule_shape(), values, using):
        key = "trainings" if row["kind"] == Kind.TRAINING else "contact_points"
        if len(result[key]) < per_kind:
            result[key].append(from_values(OfferingPage, row, using))
    return result
