"""The downloadable template: the column table as a spreadsheet, with an example row and a
sheet listing the allowed taxonomy values and the organisations (publishers)."""

import csv
import io

from imports.columns import COLUMNS
from partners.models import Organisation
from taxonomy.models import Audience, Form, Phase, Theme


def template_xlsx():
    # Here, not at the top: openpyxl takes 0.2 s to import and only this download needs it.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Aanbod"
    sheet.append([column.header for column in COLUMNS])
    sheet.append([column.example for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    explanation = workbook.create_sheet("Uitleg")
    explanation.append(["kolom", "verplicht", "voor", "toelichting"])
    for column in COLUMNS:
        kinds = ", ".join(str(kind.label).lower() for kind in column.kinds)
        explanation.append([column.header, "ja" if column.required else "nee", kinds, column.help])
    values = workbook.create_sheet("Keuzelijsten")
    values.append(["vorm", "thema's", "doelgroepen", "fasen", "uitgevers"])
    lists = [
        [f"{form.name} ({form.get_kind_display().lower()})" for form in Form.objects.all()],
        list(Theme.objects.values_list("name", flat=True)),
        list(Audience.objects.values_list("name", flat=True)),
        list(Phase.objects.values_list("name", flat=True)),
        [
            f"{organisation.name} ({organisation.abbreviation})"
            if organisation.abbreviation
            else organisation.name
            for organisation in Organisation.objects.order_by("name")
        ],
    ]
    for index in range(max(len(items) for items in lists)):
        values.append([items[index] if index < len(items) else "" for items in lists])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def template_csv():
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow([column.header for column in COLUMNS])
    writer.writerow([column.example for column in COLUMNS])
    return ("\ufeff" + output.getvalue()).encode("utf-8")
