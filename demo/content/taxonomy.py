"""The starting taxonomies, from the domain description. Editors extend them in the admin."""

THEMES = [
    ("inclusie", "Inclusie"),
    ("maatschappelijke-spanningen-en-onrust", "Maatschappelijke spanningen en onrust"),
    ("polarisatie", "Polarisatie"),
    ("radicalisering", "Radicalisering"),
    ("extremisme", "Extremisme"),
    ("problematisch-gedrag", "Problematisch gedrag"),
]

AUDIENCES = [
    ("bestuurders", "Bestuurders (burgemeester, wethouders)"),
    ("gemeenteraadsleden", "Gemeenteraadsleden"),
    ("beleidsmedewerkers-oov", "Beleidsmedewerkers openbare orde en veiligheid"),
    ("beleidsmedewerkers-sociaal-domein", "Beleidsmedewerkers sociaal domein"),
    ("uitvoerende-professionals", "Uitvoerende professionals (jongerenwerk, wijkteams, leerplicht)"),
    ("communicatieadviseurs", "Communicatieadviseurs"),
    ("frontoffice-kcc", "Frontoffice en KCC"),
]

PHASES = [
    ("sluimerend-ongenoegen", "Sluimerend ongenoegen"),
    ("oplopende-spanning", "Oplopende spanning"),
    ("zichtbare-onrust", "Zichtbare onrust"),
    ("escalatie-en-ordeverstoring", "Escalatie en ordeverstoring"),
    ("nazorg-en-herstel", "Nazorg en herstel"),
]

FORMS = {
    "publicatie": [
        ("rapport", "Rapport"),
        ("handreiking", "Handreiking"),
        ("factsheet", "Factsheet"),
        ("toolkit", "Toolkit"),
        ("onderzoek", "Onderzoek"),
        ("essay", "Essay"),
        ("kennisdocument", "Kennisdocument"),
        ("boek", "Boek"),
        ("monitor", "Monitor"),
    ],
    "training": [
        ("workshop", "Workshop"),
        ("leerlijn", "Leerlijn"),
        ("e-learning", "E-learning"),
        ("intervisie", "Intervisie"),
        ("masterclass", "Masterclass"),
    ],
    "contactpunt": [
        ("expertiseteam", "Expertiseteam"),
        ("vraagbaak", "Vraagbaak"),
        ("helpdesk", "Helpdesk"),
        ("adviespunt", "Adviespunt"),
        ("netwerk", "Netwerk"),
    ],
}

# The schema.org type of each publication form (taxonomy.SchemaType); others: LearningResource.
SCHEMA_TYPES = {"rapport": "Report", "onderzoek": "Report", "essay": "Article", "boek": "Book", "monitor": "Periodical"}
