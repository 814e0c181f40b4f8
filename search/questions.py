"""Municipalities' questions as entry points: ?vraag=<slug> on the finder.

On arrival (no filter in the URL) the question's themes, kinds and audiences become the
filters; from then on they are ordinary, removable filters in the URL. While the question
is in the URL its hand-picked offerings stay on top of the results.
"""

import dataclasses

from taxonomy.models import Question


def apply_question(query):
    """(effective query, Question or None, [picked offering ids in order])."""
    if not query.question:
        return query, None, []
    question = Question.objects.filter(slug=query.question).prefetch_related("themes", "audiences").first()
    if question is None:
        return dataclasses.replace(query, question=""), None, []
    if not query.filters:
        filters = {
            "soort": tuple(question.kinds or ()),
            "thema": tuple(theme.slug for theme in question.themes.all()),
            "doelgroep": tuple(audience.slug for audience in question.audiences.all()),
        }
        query = dataclasses.replace(query, filters={name: slugs for name, slugs in filters.items() if slugs})
    picks = list(question.picks.order_by("sort_order").values_list("offering_id", flat=True))
    return query, question, picks
