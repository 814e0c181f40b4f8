"""The filter form's checkboxes are written by a template tag (search/templatetags/
finder_tags.py, facet_checkboxes) instead of a template loop: the same HTML, byte for byte,
as the loop the finder's template had before, for counts, ticked values and "+N"."""

import pytest
from django.template import Context, Template

from search.finder import run_finder
from search.params import FinderQuery

pytestmark = pytest.mark.django_db

# templates/search/finder.html's loop before the tag (main at 7d561e6).
BEFORE = (
    "{% load i18n %}"
    "{% for value in values %}\n"
    '              <li><div class="utrecht-form-field utrecht-form-field--checkbox">\n'
    '                <input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"'
    ' type="checkbox" name="{{ facet.name }}" value="{{ value.slug }}"'
    ' id="f-{{ facet.name }}-{{ value.slug }}"'
    "{% if value.selected %} checked{% endif %}>\n"
    '                <label class="utrecht-form-label utrecht-form-label--checkbox" for="f-{{ facet.name }}-'
    '{{ value.slug }}">{{ value.label }} <span class="facet__count"><span aria-hidden="true">('
    "{% if value.added is not None %}+{{ value.added }}{% else %}{{ value.count }}{% endif %})</span>"
    '<span class="visually-hidden">, {% if value.added is not None %}'
    "{% blocktranslate count counter=value.added %}"
    "kiest u deze erbij, dan komt er {{ counter }} resultaat bij{% plural %}kiest u deze erbij, dan komen er "
    "{{ counter }} resultaten bij{% endblocktranslate %}{% else %}"
    "{% blocktranslate count counter=value.count %}"
    "{{ counter }} resultaat{% plural %}{{ counter }} resultaten{% endblocktranslate %}{% endif %}"
    "</span></span>"
    "</label>\n"
    "              </div></li>\n"
    "              {% endfor %}"
)
AFTER = "{% load finder_tags %}{% facet_checkboxes facet %}"


def test_the_tag_writes_what_the_loop_wrote():
    plain = run_finder(FinderQuery())
    theme = next(f for f in plain.facets if f.name == "thema").shown_values[0].slug
    kind = next(f for f in plain.facets if f.name == "soort").shown_values[0].slug
    ticked = run_finder(FinderQuery(filters={"thema": (theme,), "soort": (kind,)}))
    facets = [*plain.facets, *ticked.facets]
    added = [v for facet in ticked.facets for v in facet.shown_values if v.added is not None]
    assert added  # "+N" values are among them
    assert any(v.selected for facet in ticked.facets for v in facet.values)
    compared = 0
    for facet in facets:
        context = Context({"facet": facet, "values": facet.shown_values})
        assert Template(AFTER).render(context) == Template(BEFORE).render(context), facet.name
        compared += len(facet.shown_values)
    assert compared > 40
