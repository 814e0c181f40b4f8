"""Bibliographic fields for publications (issue 15): authors, publishers, commissioners,
edition, ISBN/DOI, editions, and a publication date that may be a year ("2015~" = ca. 2015)."""

import django.db.models.deletion
import modelcluster.fields
import offerings.dates
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('offerings', '0004_search_stems'),
        ('partners', '0002_organisation'),
    ]

    operations = [
        # The old single field and the full date stay until 0006 has copied them (0007 drops them).
        migrations.RenameField(
            model_name='publicationpage',
            old_name='authors',
            new_name='legacy_authors',
        ),
        migrations.AlterField(
            model_name='publicationpage',
            name='legacy_authors',
            field=models.CharField(blank=True, default='', max_length=255, verbose_name='auteur(s) of uitgever'),
        ),
        migrations.AlterField(
            model_name='publicationpage',
            name='published_on',
            field=models.DateField(blank=True, null=True, verbose_name='publicatiedatum'),
        ),
        migrations.AddField(
            model_name='publicationpage',
            name='doi',
            field=models.CharField(blank=True, help_text='Bijvoorbeeld 10.1234/abc-2015, of de doi.org-link.', max_length=200, verbose_name='DOI'),
        ),
        migrations.AddField(
            model_name='publicationpage',
            name='edition',
            field=models.CharField(blank=True, help_text='Bijvoorbeeld: 2e herziene druk, of versie 1.2.', max_length=100, verbose_name='editie of versie'),
        ),
        migrations.AddField(
            model_name='publicationpage',
            name='isbn',
            field=models.CharField(blank=True, help_text='ISBN-10 of ISBN-13, met of zonder streepjes.', max_length=17, verbose_name='ISBN'),
        ),
        migrations.AddField(
            model_name='publicationpage',
            name='published',
            field=offerings.dates.PartialDateField(blank=True, default='', help_text="Een jaar (2015), een maand (maart 2015) of een datum (14-03-2015). Zet er 'ca.' voor als het jaar niet precies bekend is: ca. 2015.", verbose_name='verschenen'),
        ),
        migrations.CreateModel(
            name='PublicationAuthor',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('name', models.CharField(help_text='Zoals op de publicatie, bijvoorbeeld: L. de Vries.', max_length=200, verbose_name='naam')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='authors', to='offerings.publicationpage')),
            ],
            options={
                'verbose_name': 'auteur',
                'verbose_name_plural': 'auteurs',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='PublicationCommissioner',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='partners.organisation', verbose_name='organisatie')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='commissioners', to='offerings.publicationpage')),
            ],
            options={
                'verbose_name': 'opdrachtgever',
                'verbose_name_plural': 'opdrachtgevers',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='PublicationEdition',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('title', models.CharField(help_text='Bijvoorbeeld: 3e kwartaal 2025, of editie 2024.', max_length=100, verbose_name='editie')),
                ('published', offerings.dates.PartialDateField(help_text="Een jaar (2015), een maand (maart 2015) of een datum (14-03-2015). Zet er 'ca.' voor als het jaar niet precies bekend is: ca. 2015.", verbose_name='verschenen')),
                ('url', models.URLField(verbose_name='link')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='editions', to='offerings.publicationpage')),
            ],
            options={
                'verbose_name': 'editie',
                'verbose_name_plural': 'edities',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='PublicationPublisher',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='partners.organisation', verbose_name='organisatie')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='publishers', to='offerings.publicationpage')),
            ],
            options={
                'verbose_name': 'uitgever',
                'verbose_name_plural': 'uitgevers',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
    ]
