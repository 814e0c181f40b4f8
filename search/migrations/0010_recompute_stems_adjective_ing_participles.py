"""The Dutch normaliser changed again (issue 25, seventh session: the -ing noun of a verb
made from any adjective the dictionary inflects is a word of its own, eindiging no form of
eindig, also when the lemma table lacks it; motief is no motie; getypt is typen's,
gespannener gespannen's, betrokkene betrokken's): store the new padded title and summary
stems, with the same function as 0003. The full-text index itself is rebuilt with
`manage.py update_index`."""

import importlib

from django.db import migrations

fill_stems = importlib.import_module("search.migrations.0003_recompute_offering_search_stems").fill_stems


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0009_recompute_stems_plain_verbs"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
