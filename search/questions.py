"""Municipalities' questions as entry points: ?vraag=<slug> on the finder.

On arrival (no filter in the URL) the question's values become the filters of the facets
that name a question field (search/facets.py: question_field, e.g. its themes, kinds and
audiences); from then on they are ordinary, removable filters in the URL. While the
question is in the URL its hand-picked offerings stay on top of the results.
"""

import dataclasses

from search import facets
from taxonomy.models import Question


def apply_question(query):
    """(effective query, Question or None, [picked offering ids in order])."""
    if not query.question:
        return query, None, []
    question = Question.objects.filter(slug=query.question).first()
    if question is None:
        return dataclasses.replace(query, question=""), None, []
    if not query.filters:
        filters = {spec.key: spec.question_slugs(question) for spec in facets.FACETS}
        query = dataclasses.replace(query, filters={name: slugs for name, slugs in filters.items() if slugs})
    picks = list(question.picks.order_by("sort_order").values_list("offering_id", flat=True))
    return query, question, picks
