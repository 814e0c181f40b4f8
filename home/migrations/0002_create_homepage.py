"""Replace Wagtail's placeholder 'Welcome' page with the home page and point the site at it."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first()
    root = Page.objects.get(depth=1)
    children = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True)
    last = int(children[0][-4:], 36) if children else 0
    home = HomePage.objects.create(
        title="Leer- en ondersteuningsaanbod maatschappelijke stabiliteit",
        draft_title="Leer- en ondersteuningsaanbod maatschappelijke stabiliteit",
        slug="home",
        content_type=content_type,
        path=f"{root.path}{last + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page_id": home.pk, "site_name": "Maatschappelijke stabiliteit"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
