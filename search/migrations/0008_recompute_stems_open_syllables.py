"""The Dutch normaliser changed again (issue 25, fifth session: a stem with one short
vowel before its last consonant takes no open -en (slap: slappen, not slapen), an agent
noun is spelt like its verb's infinitive (slaper is slapen's, not slap's), and an -en form
that is a verb of its own is no plural of a noun that doubles its consonant (roken is no
plural of rok: rokken)): store the new padded title and summary stems, with the same
function as 0003. The full-text index itself is rebuilt with `manage.py update_index`."""

import importlib

from django.db import migrations

fill_stems = importlib.import_module("search.migrations.0003_recompute_offering_search_stems").fill_stems


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_recompute_stems_spelled_parts"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
