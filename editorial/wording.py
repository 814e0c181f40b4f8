"""The editors' words for Wagtail's Dutch terms (issue 26, item 10): one table, used by
locale/tools/wording.py to write the overrides and by the test that checks what is served."""

import re

# Wagtail's Dutch word -> the platform's word (case kept for the first letter).
WAGTAIL_WORDING = {
    "reviewers": "beoordelaars",
    "reviewer": "beoordelaar",
    "validatiefouten": "fouten in het formulier",
    "validatiefout": "fout in het formulier",
    "workflows": "werkstromen",
    "workflow-status": "werkstroomstatus",
    "workflow": "werkstroom",
}
# Placeholders stay as they are: %(workflow)s, {workflow_name}, %(task)s.
PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|\{[^}]*\}")
WORDS = re.compile("|".join(sorted(WAGTAIL_WORDING, key=len, reverse=True)), re.IGNORECASE)


def _replace(match):
    word = match.group(0)
    new = WAGTAIL_WORDING[word.lower()]
    return new[0].upper() + new[1:] if word[0].isupper() else new


def reword(text):
    parts, last = [], 0
    for placeholder in PLACEHOLDER.finditer(text):
        parts.append(WORDS.sub(_replace, text[last : placeholder.start()]))
        parts.append(placeholder.group(0))
        last = placeholder.end()
    parts.append(WORDS.sub(_replace, text[last:]))
    return "".join(parts)
