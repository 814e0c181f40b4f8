"""The catalogue page now lives in catalogue/ (its 0001 keeps the table and renames the
ContentType); here only Django's state forgets it, no table is dropped."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("offerings", "0012_publication_subtitle_series"),
        ("catalogue", "0001_catalogue_index_page_from_offerings"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="CatalogueIndexPage")],
            database_operations=[],
        ),
    ]
