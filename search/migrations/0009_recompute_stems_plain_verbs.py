"""The Dutch normaliser changed again (issue 25, sixth session: a form the lemma table
gives a separable verb whose prefix the form lacks is the plain verb's: oefende is
oefenen's, not uitoefenen's; breiden is no uitbreiden): store the new padded title and
summary stems, with the same function as 0003. The full-text index itself is rebuilt
with `manage.py update_index`."""

import importlib

from django.db import migrations

fill_stems = importlib.import_module("search.migrations.0003_recompute_offering_search_stems").fill_stems


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0008_recompute_stems_open_syllables"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
