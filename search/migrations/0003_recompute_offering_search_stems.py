"""The Dutch normaliser now gives lemma keys, exact words and compound parts
(search/dutch.py): store the new padded title and summary stems. The full-text index
itself is rebuilt with `manage.py update_index` (docs/search.md)."""

from django.db import migrations


def fill_stems(apps, schema_editor):
    from search.dutch import padded_stems

    OfferingPage = apps.get_model("offerings", "OfferingPage")
    for page in OfferingPage.objects.only("pk", "title", "summary").iterator():
        OfferingPage.objects.filter(pk=page.pk).update(
            search_title_stems=padded_stems(page.title),
            search_summary_stems=padded_stems(page.summary),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_synonym"),
        ("offerings", "0004_search_stems"),
    ]

    operations = [migrations.RunPython(fill_stems, migrations.RunPython.noop)]
