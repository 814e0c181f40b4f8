"""The coordinating ministry manages the synonyms (not only superusers). New
installations get this from editorial.provisioning; this grants it where the
coordination group already exists."""

from django.db import migrations

SYNONYM_PERMISSIONS = ["add_synonym", "change_synonym", "delete_synonym"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from core.roles import COORDINATION_GROUP

    config = apps.get_app_config("search")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="search", codename__in=SYNONYM_PERMISSIONS)
    for group in Group.objects.filter(name=COORDINATION_GROUP):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_recompute_offering_search_stems"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
