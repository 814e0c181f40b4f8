"""Drop the single author text and the full date once 0006 has moved them (reversible: 0006
rebuilds them on the way back)."""

import offerings.dates
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("offerings", "0006_move_authors_and_dates_into_bibliography"),
    ]

    operations = [
        migrations.RemoveField(model_name="publicationpage", name="legacy_authors"),
        migrations.RemoveField(model_name="publicationpage", name="published_on"),
        migrations.AlterField(
            model_name="publicationpage",
            name="published",
            field=offerings.dates.PartialDateField(
                default="",
                help_text="Een jaar (2015), een maand (maart 2015) of een datum (14-03-2015). Zet er 'ca.' "
                "voor als het jaar niet precies bekend is: ca. 2015.",
                verbose_name="verschenen",
            ),
        ),
    ]
