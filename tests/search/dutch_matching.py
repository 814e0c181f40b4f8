"""What the finder does with a query, on the Dutch normaliser alone (no database): fast
enough to check thousands of word pairs while tuning."""

from search import dutch


def word_level_match(query, text):
    """What the finder does with one query, on the normaliser alone: every query word's
    key, or all its compound parts, is among the text's tokens."""
    indexed = set(dutch.tokens(text))
    for raw, word in dutch.word_pairs(query):
        if word in dutch.STOP_WORDS:
            continue
        analysis = dutch.analyse(word, raw)
        keys = {analysis.key, *analysis.readings}
        if not keys & indexed and not (analysis.split and set(analysis.split) <= indexed):
            return False
    return True
