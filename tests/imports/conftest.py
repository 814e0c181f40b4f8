import csv
import io

from imports.columns import COLUMNS

HEADERS = [column.header for column in COLUMNS]


def publication(**overrides):
    row = {
        "externe_id": "T-1",
        "soort": "publicatie",
        "titel": "Testhandreiking voor de wijk",
        "samenvatting": "Een korte samenvatting van deze testpublicatie.",
        "vorm": "Handreiking",
        "themas": "Polarisatie; radicalisering",
        "doelgroepen": "Beleidsmedewerkers sociaal domein",
        "publicatiedatum": "2026-03-01",
        "auteurs": "Testbureau",
    }
    row.update(overrides)
    row.setdefault("externe_link", f"https://example.org/publicatie/{row['externe_id']}")
    return row


def training(**overrides):
    row = {
        "externe_id": "T-2",
        "soort": "training",
        "titel": "Testtraining gespreksvoering",
        "samenvatting": "Een training om het gesprek in de wijk te voeren.",
        "vorm": "workshop",
        "themas": "Polarisatie",
        "doelgroepen": "Uitvoerende professionals (jongerenwerk, wijkteams, leerplicht)",
        "werkvorm": "online",
        "duur": "2 dagdelen",
    }
    row.update(overrides)
    row.setdefault("aanmeldlink", f"https://example.org/aanmelden/{row['externe_id']}")
    return row


def csv_bytes(rows, headers=HEADERS, encoding="utf-8"):
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(header, "") for header in headers])
    return output.getvalue().encode(encoding)


def xlsx_bytes(rows, headers=HEADERS):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Aanbod"
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(header) for header in headers])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
