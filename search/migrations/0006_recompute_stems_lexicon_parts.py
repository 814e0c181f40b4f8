"""The Dutch normaliser changed again (issue 25, second and third sessions: readings
checked against the word list, compound parts only words of the OpenTaal list, -ing nouns
of adjective verbs): store the new padded title and summary stems, with the same function
as 0003. The full-text index itself is rebuilt with `manage.py update_index`."""

import importlib

from django.db import migrations

fill_stems = importlib.import_module("search.migrations.0003_recompute_offering_search_stems").fill_stems


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_recompute_stems_with_opentaal"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
