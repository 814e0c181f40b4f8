"""The Dutch normaliser changed again (issue 25, eighth session: a compound noun in -en is
split, kernwapen into kern + wapen; a string the word list lacks is no irregular plural,
so conventuelen is no convent + uel; -kje makes a diminutive only after -ng; goederen is
no form of the adjective goed; gelijst is lijsten's): store the new padded title and
summary stems, with the same function as 0003. The full-text index itself is rebuilt with
`manage.py update_index`."""

import importlib

from django.db import migrations

fill_stems = importlib.import_module("search.migrations.0003_recompute_offering_search_stems").fill_stems


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0010_recompute_stems_adjective_ing_participles"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
