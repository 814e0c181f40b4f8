"""The catalogue page moves here from offerings/ without touching its rows.

The table keeps its name (Meta.db_table), so only Django's state changes; the ContentType row
is renamed in place (offerings -> catalogue), so every page, revision, permission, log entry
and search index entry that points at it by id stays valid. A fresh database has no such row
yet: Django creates catalogue's after migrating.
"""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
from django.db import migrations, models

OLD, NEW, MODEL = "offerings", "catalogue", "catalogueindexpage"


def rename_content_type(old, new):
    def rename(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(schema_editor.connection.alias)
        if not content_types.filter(app_label=new, model=MODEL).exists():
            content_types.filter(app_label=old, model=MODEL).update(app_label=new)

    return rename


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("offerings", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="CatalogueIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.page",
                            ),
                        ),
                        ("intro", models.TextField(blank=True, verbose_name="inleiding")),
                    ],
                    options={
                        "verbose_name": "aanbodoverzicht",
                        "verbose_name_plural": "aanbodoverzichten",
                        "db_table": "offerings_catalogueindexpage",
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type(OLD, NEW), rename_content_type(NEW, OLD)),
    ]
