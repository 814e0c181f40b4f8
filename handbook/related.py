"""Trainings and contact points that fit a chapter: same phase of unrest and/or themes."""

from django.db import router
from django.db.models import Count, Q
from django.utils import timezone

from core.prepared import Prepared
from core.rows import from_values
from core.visibility import public_pages, rule_shape
from offerings.models import OfferingPage
from taxonomy.kinds import Kind
from taxonomy.models import Theme

RELATED_PER_KIND = 4
# What the chapter reads of a related offering: its title and link.
SHOWN = ("title", "url_path", "path", "depth", "kind", "summary", "locale_id")


def _related_query(phase, themes, today):
    """Trainings and contact points on `phase` or any of `themes` (ids, or a query of them),
    not ended before `today`, the phase match first, then by the number of themes matched,
    then by title."""
    match = Q(phases=phase)
    if not isinstance(themes, list) or themes:
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


def _saved_themes_query(phase, chapter, today):
    """`_related_query` with the themes the chapter `chapter` (an id) has in the database."""
    themes = Theme.objects.filter(handbook_chapters=chapter).values("pk")
    return _related_query(phase, themes, today)


# Built once per shape (the public rule's lists, the number of themes) in a process.
RELATED = Prepared(_related_query)
RELATED_TO_SAVED_THEMES = Prepared(_saved_themes_query)


def _themes_in_memory(chapter):
    """Whether the chapter's themes are not (only) those saved: a preview, a revision, a new page."""
    return chapter.pk is None or "themes" in getattr(chapter, "_cluster_related_objects", {})


def related_offerings(chapter, per_kind=RELATED_PER_KIND):
    """{'trainings': [...], 'contact_points': [...]}: phase and theme matches first. One query
    (core/prepared.py), the chapter's saved themes read inside it when they are what it
    shows; of its rows only those shown become pages."""
    values = {"phase": chapter.phase_id, "today": timezone.localdate()}
    if _themes_in_memory(chapter):
        prepared, values["themes"] = RELATED, [theme.pk for theme in chapter.themes.all()]
    else:
        prepared, values["chapter"] = RELATED_TO_SAVED_THEMES, chapter.pk
    using = router.db_for_read(OfferingPage)
    result = {"trainings": [], "contact_points": []}
    for row in prepared.rows(rule_shape(), values, using):
        key = "trainings" if row["kind"] == Kind.TRAINING else "contact_points"
        if len(result[key]) < per_kind:
            result[key].append(from_values(OfferingPage, row, using))
    return result
