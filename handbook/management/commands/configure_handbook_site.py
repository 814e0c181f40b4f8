"""Give the handbook its own Wagtail Site (hostname), e.g. maatschappelijke-onrust.nl."""

from django.core.management.base import BaseCommand, CommandError

from handbook.sites import configure_handbook_site


class Command(BaseCommand):
    help = "Maak of wijzig de Wagtail-site van het handboek (eigen hostnaam)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", required=True, help="bijv. maatschappelijke-onrust.nl")
        parser.add_argument("--port", type=int, default=443)
        parser.add_argument("--main-hostname", help="optioneel: hostnaam van de hoofdsite")
        parser.add_argument("--main-port", type=int, help="optioneel: poort van de hoofdsite")

    def handle(self, *args, **options):
        try:
            site = configure_handbook_site(
                options["hostname"],
                options["port"],
                main_hostname=options["main_hostname"],
                main_port=options["main_port"],
            )
        except ValueError as exc:
            raise CommandError(str(exc))
        self.stdout.write(f"Handboek-site: {site.root_url}/ (site {site.pk}, pagina {site.root_page_id})")
