"""Spreadsheet import: the per-row report, drafts in the partner's own section (never
live), re-import by externe_id, hostile files, the command and the walled admin view."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from imports.columns import COLUMNS
from imports.models import ImportedOffering, PendingImport
from imports.validation import validate_file
from imports.writer import ImportRefused, run_import
from offerings.models import OfferingPage, PublicationPage, TrainingPage
from partners.models import PartnerPage
from tests.imports.conftest import HEADERS, csv_bytes, publication, training, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def vng():
    return PartnerPage.objects.get(abbreviation="VNG")


def nothing_written(before):
    return OfferingPage.objects.count() == before and not ImportedOffering.objects.exists()


def test_one_file_with_every_kind_of_error_reports_each_row_and_writes_nothing(vng):
    existing = PublicationPage.objects.live().first()
    rows = [
        publication(),  # row 2: fine
        publication(externe_id="E-3", titel=""),  # required field empty
        publication(externe_id="E-4", titel="Vier", themas="Polarizatie"),  # near miss
        publication(externe_id="E-5", titel="Vijf", publicatiedatum="31-02-2026"),  # no such date
        publication(externe_id="E-6", titel="Zes", externe_link="www.zonder-schema"),  # bad URL
        publication(externe_id="E-7", externe_link="https://example.org/zeven"),  # same title as row 2
        publication(externe_id="E-8", titel="Acht", samenvatting='=HYPERLINK("https://evil")'),  # formula
        publication(externe_id="E-9", titel="Negen", soort="traning"),  # unknown kind, near miss
        publication(externe_id="E-10", titel="Tien", externe_link="https://example.org/publicatie/T-1"),
        publication(externe_id="E-11", titel=existing.title, externe_link="https://example.org/elf"),
        training(externe_id="E-12", titel="Twaalf", werkvorm="op-locatie"),  # model rule: location
        publication(externe_id="E-13", titel="Dertien", vorm="Workshop", externe_link="https://e.org/13"),
        training(externe_id="E-14", titel="Veertien", doelgroepen="", aanmeldlink="https://e.org/14"),
        training(externe_id="T-1", titel="Vijftien", aanmeldlink="https://e.org/15"),  # same externe_id
        publication(externe_id="E-16", titel="Zestien", uitgevers="NSBO; Movisie"),  # unknown publisher
        publication(externe_id="E-17", titel="Zeventien", auteurs="", uitgevers=""),  # no makers
        publication(externe_id="E-18", titel="Achttien", publicatiedatum="gisteren"),  # unreadable date
    ]
    content = xlsx_bytes(rows)
    before = OfferingPage.objects.count()
    report = validate_file(content, "alles-fout.xlsx", vng)
    text = report.as_text()
    by_row = {row.number: row for row in report.rows}

    assert by_row[2].action == "new" and not by_row[2].errors
    assert by_row[3].errors == ["titel: verplicht; deze cel is leeg."]
    assert by_row[4].errors == ["themas: ‘Polarizatie’ is onbekend. Bedoelde u ‘Polarisatie’?"]
    assert by_row[5].errors == ["publicatiedatum: ‘31-02-2026’: Deze datum bestaat niet: 31-02-2026."]
    assert by_row[6].errors == [
        "externe_link: ‘www.zonder-schema’ is geen geldig webadres; begin met https://."
    ]
    assert by_row[7].errors == ["titel: dezelfde titel als rij 2; elk aanbod mag maar één keer voorkomen."]
    assert by_row[8].errors[0] == "samenvatting: formules zijn niet toegestaan; zet er de waarde in."
    assert by_row[9].errors[0].startswith("soort: ‘traning’ is geen geldige waarde")
    assert "Bedoelde u ‘training’?" in by_row[9].errors[0]
    assert by_row[10].errors == ["link: dezelfde link als rij 2; elk aanbod mag maar één keer voorkomen."]
    assert (
        by_row[11]
        .errors[0]
        .startswith(f"titel: er bestaat al aanbod met deze titel of link: ‘{existing.title}’")
    )
    assert by_row[12].errors == ["locatie: Vul de locatie in voor een training op locatie of hybride."]
    assert by_row[13].errors[0].startswith("vorm: ‘Workshop’ hoort niet bij publicatie")
    assert by_row[14].errors == ["doelgroepen: verplicht; deze cel is leeg."]
    assert by_row[15].errors == [
        "externe_id: dezelfde externe_id als rij 2; elk aanbod mag maar één keer voorkomen."
    ]
    assert by_row[16].errors == ["uitgevers: ‘NSBO’ is onbekend. Bedoelde u ‘NSOB’?"]
    assert by_row[17].errors == [
        "auteurs: vul minstens één auteur in, of een uitgever in de kolom uitgevers."
    ]
    assert by_row[18].errors == [
        "publicatiedatum: ‘gisteren’: Deze datum kunnen we niet lezen. Vul een jaar in (2015), "
        "een kwartaal (3e kwartaal 2015 of 2015-Q3), een maand (maart 2015) of een datum "
        "(14-03-2015), eventueel met 'ca.' ervoor (ca. 2015)."
    ]
    assert not report.ok
    assert "Totaal: 1 nieuw, 0 bijwerken, 16 met fouten." in text
    assert "Er is niets opgeslagen" in text
    with pytest.raises(ImportRefused):
        run_import(content, "alles-fout.xlsx", vng)
    assert nothing_written(before)


def test_valid_file_writes_drafts_in_the_partners_section(vng):
    content = csv_bytes([publication(), training()])
    report = run_import(content, "aanbod.csv", vng)
    assert report.counts == {"new": 2, "update": 0, "error": 0}
    pages = [mapping.page.specific for mapping in ImportedOffering.objects.order_by("external_id")]
    assert [page.title for page in pages] == ["Testhandreiking voor de wijk", "Testtraining gespreksvoering"]
    for page in pages:
        assert not page.live and page.has_unpublished_changes and page.latest_revision is not None
        assert page.get_parent().pk == vng.pk and page.partner_id == vng.pk
    assert sorted(t.slug for t in pages[0].themes.all()) == ["polarisatie", "radicalisering"]
    assert pages[0].published == "2026-03" and pages[0].published.label == "maart 2026"
    assert [a.name for a in pages[0].authors.order_by("sort_order")] == ["L. de Vries", "J. Jansen"]
    assert [p.organisation.abbreviation for p in pages[0].publishers.order_by("sort_order")] == [
        "NSOB",
        "",
    ]
    assert pages[0].publishers.order_by("sort_order")[1].organisation.name == "Verwey-Jonker Instituut"
    assert isinstance(pages[1], TrainingPage) and pages[1].delivery == "online"


def test_reimport_updates_by_external_id_as_a_new_draft(vng):
    run_import(csv_bytes([publication()]), "aanbod.csv", vng)
    page = ImportedOffering.objects.get(external_id="T-1").page.specific
    page.save_revision().publish()  # the partner's workflow published it
    live_title = page.title
    count = OfferingPage.objects.count()

    changed = publication(
        titel="Nieuwe titel voor de wijk", publicatiedatum="ca. 2025", auteurs="P. Pietersen", uitgevers=""
    )
    report = run_import(csv_bytes([changed]), "aanbod.csv", vng)
    assert report.counts == {"new": 0, "update": 1, "error": 0}
    assert OfferingPage.objects.count() == count
    page = PublicationPage.objects.get(pk=page.pk)
    assert page.live and page.title == live_title  # live content untouched
    assert page.published == "2026-03" and [a.name for a in page.authors.all()] == [
        "L. de Vries",
        "J. Jansen",
    ]
    assert page.has_unpublished_changes
    draft = page.latest_revision.as_object()
    assert draft.title == "Nieuwe titel voor de wijk" and draft.published == "2025~"
    assert [a.name for a in draft.authors.all()] == ["P. Pietersen"]
    # An empty uitgevers cell keeps the publishers.
    assert [p.organisation.abbreviation for p in draft.publishers.all()] == ["NSOB", ""]


def test_hostile_files_get_dutch_errors_and_write_nothing(vng):
    before = OfferingPage.objects.count()
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (80 * 1024 * 1024))
    rows_100k = b"\n".join([";".join(HEADERS).encode()] + [b"x;publicatie"] * 100_000)
    cases = {
        "groot.csv": (b"a" * (10 * 1024 * 1024 + 1), "groter dan 10 MB"),
        "honderdduizend.csv": (rows_100k, "meer dan 2000 rijen"),
        "windows.csv": (csv_bytes([publication(titel="Café")], encoding="cp1252"), "niet in UTF-8"),
        "utf16.csv": (csv_bytes([publication()], encoding="utf-16"), "UTF-16"),
        "bom.xlsx": (bomb.getvalue(), "veel groter bestand dan het lijkt"),
        "nep.xlsx": (b"titel;soort\nx;y\n", "geen Excel-bestand"),
        "oud.xls": (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "oud Excel-bestand"),
        "kapot.xlsx": (b"PK\x03\x04" + b"\0" * 100, "beschadigd"),
        "leeg.csv": (b"", "leeg"),
    }
    for name, (content, expected) in cases.items():
        report = validate_file(content, name, vng)
        assert report.file_errors and expected in report.file_errors[0], (name, report.file_errors)
        with pytest.raises(ImportRefused):
            run_import(content, name, vng)
    assert nothing_written(before)


def test_missing_required_column(vng):
    headers = [h for h in HEADERS if h != "titel"]
    report = validate_file(csv_bytes([publication()], headers=headers), "a.csv", vng)
    assert report.file_errors == ["De verplichte kolom ‘titel’ ontbreekt. Gebruik het sjabloon."]


def test_command_dry_run_and_refusal(tmp_path, vng):
    good = tmp_path / "aanbod.xlsx"
    good.write_bytes(xlsx_bytes([publication()]))
    out = io.StringIO()
    call_command("import_offerings", str(good), "--partner", "vng", "--dry-run", stdout=out)
    assert "Rij 2 (T-1, Testhandreiking voor de wijk): nieuw (concept)" in out.getvalue()
    assert "Proefrun: er is niets opgeslagen." in out.getvalue()
    assert not ImportedOffering.objects.exists()

    bad = tmp_path / "fout.csv"
    bad.write_bytes(csv_bytes([publication(themas="Polarizatie")]))
    out = io.StringIO()
    with pytest.raises(CommandError, match="niets opgeslagen"):
        call_command("import_offerings", str(bad), "--partner", "VNG", stdout=out)
    assert "Bedoelde u ‘Polarisatie’?" in out.getvalue()

    call_command("import_offerings", str(good), "--partner", "VNG", stdout=io.StringIO())
    assert ImportedOffering.objects.filter(partner__abbreviation="VNG").count() == 1


def test_admin_import_is_walled_to_the_own_section(login, vng):
    bzk = PartnerPage.objects.get(abbreviation="BZK")
    client = login("vng-redacteur")
    page = client.get("/admin/aanbod-importeren/").content.decode()
    assert f'value="{vng.pk}"' in page and f'value="{bzk.pk}"' not in page
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("aanbod.csv", csv_bytes([publication()]))
    refused = client.post("/admin/aanbod-importeren/", {"partner": bzk.pk, "file": upload})
    assert "U kunt alleen importeren in de sectie van uw eigen organisatie." in refused.content.decode()
    assert not PendingImport.objects.exists()

    upload = SimpleUploadedFile("aanbod.csv", csv_bytes([publication()]))
    checked = client.post("/admin/aanbod-importeren/", {"partner": vng.pk, "file": upload})
    assert "nieuw (concept)" in checked.content.decode()
    pending = PendingImport.objects.get()
    # Someone else cannot confirm it; the owner can.
    assert login("bzk-redacteur").post(f"/admin/aanbod-importeren/{pending.pk}/").status_code == 404
    done = login("vng-redacteur").post(f"/admin/aanbod-importeren/{pending.pk}/")
    assert done.status_code == 302
    imported = ImportedOffering.objects.get()
    assert imported.partner_id == vng.pk and not imported.page.live
    assert not PendingImport.objects.exists()


def test_admin_report_shows_errors_and_offers_no_import(login, vng):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = login("vng-redacteur")
    upload = SimpleUploadedFile("aanbod.csv", csv_bytes([publication(publicatiedatum="gisteren")]))
    html = client.post("/admin/aanbod-importeren/", {"partner": vng.pk, "file": upload}).content.decode()
    assert "‘gisteren’: Deze datum kunnen we niet lezen." in html
    assert "Er is niets opgeslagen" in html and not PendingImport.objects.exists()


def test_templates_follow_the_column_table(login):
    client = login("vng-redacteur")
    workbook = load_workbook(
        io.BytesIO(client.get("/admin/aanbod-importeren/sjabloon/?formaat=xlsx").content)
    )
    assert [cell.value for cell in workbook["Aanbod"][1]] == [column.header for column in COLUMNS]
    headers, examples = workbook["Aanbod"][1], workbook["Aanbod"][2]
    example = {head.value: cell.value for head, cell in zip(headers, examples, strict=True)}
    assert example["publicatiedatum"] == "maart 2026" and example["uitgevers"] == "VNG"
    lists = workbook["Keuzelijsten"]
    assert lists["E1"].value == "uitgevers"
    assert "Nederlandse School voor Openbaar Bestuur (NSOB)" in [cell.value for cell in lists["E"]]
    csv_text = client.get("/admin/aanbod-importeren/sjabloon/?formaat=csv").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0] == ";".join(column.header for column in COLUMNS)
    # Coördinatie reviews but does not add pages; an administrator may import for any partner.
    assert login("coordinator").get("/admin/aanbod-importeren/").status_code in (302, 403)
    page = login("admin").get("/admin/aanbod-importeren/").content.decode()
    assert page.count("<option") >= 2
