"""When nothing matches all words: the themes and questions closest to what was asked.

A theme or question is close when its name (a question also by its introduction) shares
a word with the query, compared as the normaliser's keys and compound parts
(search/dutch.py), so "maatschappelijk onbehagen" names the theme "Maatschappelijke
spanningen en onrust" and "burgerkracht" the question about a "samenleving met
veerkracht". Without such a word, the themes most frequent among the partial matches
(what matches most of the words, search/finder.py) are named, and the questions about
those themes. Themes and questions are few (editors keep a short list), so they are read
and compared per request.
"""

from search import dutch
from taxonomy.models import Question, Theme

MAX_SHOWN = 3


def _concepts(text):
    """The keys and compound parts of the meaningful words of a text."""
    found = set()
    for raw, word in dutch.word_pairs(text):
        if word in dutch.STOP_WORDS:
            continue
        analysis = dutch.analyse(word, raw)
        found.add(analysis.key)
        found.update(analysis.parts)
    return found


def _query_concepts(text_query):
    found = set(text_query.stems)
    for parts in text_query.parts.values():
        found.update(parts)
    for stem in text_query.stems:
        found.update(dutch.analyse(stem).parts)
    for word in text_query.raw_words:
        found.update(_concepts(word))
    return found


def _by_overlap(items, texts_of, wanted):
    scored = []
    for position, item in enumerate(items):
        shared = len(wanted & _concepts(" ".join(texts_of(item))))
        if shared:
            scored.append((-shared, position, item))
    return [item for _shared, _position, item in sorted(scored)]


def closest(text_query, theme_counts=None):
    """(themes, questions), each at most MAX_SHOWN, closest to a parsed query first.
    theme_counts: {theme slug: matches} of the partial matches, for when no name shares
    a word with the query."""
    wanted = _query_concepts(text_query)
    themes = list(Theme.objects.order_by("name"))
    questions = list(Question.objects.prefetch_related("themes").order_by("sort_order", "question"))
    close_themes = _by_overlap(themes, lambda theme: [theme.name], wanted)
    close_questions = _by_overlap(questions, lambda question: [question.question, question.intro], wanted)
    if not close_themes and theme_counts:
        counted = [theme for theme in themes if theme_counts.get(theme.slug)]
        close_themes = sorted(counted, key=lambda theme: -theme_counts[theme.slug])
    if not close_questions and close_themes:
        shown = {theme.pk for theme in close_themes[:MAX_SHOWN]}
        close_questions = [q for q in questions if shown & {theme.pk for theme in q.themes.all()}]
    return close_themes[:MAX_SHOWN], close_questions[:MAX_SHOWN]
