"""The Dutch normaliser changed again (issue 25, fourth session: a compound part must be a
word as typed, with the diacritics the word has there, and an -ing noun of a verb is not
cut into a head of one to three letters and -ing: gratiëring is no gratie + ring): store
the new padded title and summary stems, with the same function as 0003. The full-text
index itself is rebuilt with `manage.py update_index`."""

import importlib

from django.db import migrations

fill_stems = importlib.import_module("search.migrations.0003_recompute_offering_search_stems").fill_stems


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_recompute_stems_lexicon_parts"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
