"""Number the child rows that code created without a `sort_order` (offerings/ordering.py).

The demo content and spreadsheet imports built authors, publishers, commissioners, editions
and sessions without numbering them, so the database could return them in any order. Per
page, rows already numbered keep their order, and the unnumbered ones follow in the order
they were created (their primary key). Going back changes nothing.
"""

from django.db import migrations

MODELS = ("PublicationAuthor", "PublicationPublisher", "PublicationCommissioner", "PublicationEdition",
          "TrainingSession")  # fmt: skip


def number(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("offerings", name)
        pages = model.objects.filter(sort_order__isnull=True).values_list("page_id", flat=True).distinct()
        for page_id in list(pages):
            rows = list(model.objects.filter(page_id=page_id))
            rows.sort(key=lambda row: (row.sort_order is None, row.sort_order or 0, row.pk))
            for position, row in enumerate(rows):
                row.sort_order = position
            model.objects.bulk_update(rows, ["sort_order"])


class Migration(migrations.Migration):
    dependencies = [("offerings", "0014_repair_people_named_as_publishers")]

    operations = [migrations.RunPython(number, migrations.RunPython.noop)]
