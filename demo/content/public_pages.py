"""Demo texts of the public-sector pages every footer links to (own writing).

Each page: (slug, title, intro, [(heading, [paragraph HTML, ...]), ...]). The accessibility
statement follows the sections of the official Dutch model statement
(modelverklaring, toegankelijkheidsverklaring.nl); the privacy statement covers everything
the site stores about visitors.
"""

STATEMENT_DATE = "1 december 2026"

PAGES = [
    (
        "toegankelijkheid",
        "Toegankelijkheidsverklaring",
        "Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties wil dat iedereen deze site kan "
        "gebruiken. In deze verklaring leest u hoe toegankelijk de site is, hoe we dat hebben "
        "gemeten en wat nog niet goed gaat.",
        [
            (
                "Status: eerste maatregelen genomen",
                [
                    "Deze site voldoet <b>gedeeltelijk</b> aan de eisen. Volgens het model van de "
                    "toegankelijkheidsverklaring is de status: <b>C – eerste maatregelen genomen</b>. "
                    "Een onafhankelijk onderzoek van alle succescriteria is nog niet gedaan; dat staat "
                    "gepland voor het eerste kwartaal van 2027.",
                    f"Deze verklaring is opgesteld op {STATEMENT_DATE} en wordt minstens één keer per "
                    "jaar bijgewerkt.",
                ],
            ),
            (
                "Voor welke pagina's geldt deze verklaring?",
                [
                    "Voor alle openbare pagina's van deze site: de startpagina, het aanbod (/aanbod/) "
                    "met alle publicaties, trainingen en contactpunten, de pagina's van de partners, "
                    "het Handboek maatschappelijke onrust, zoeken, het formulier ‘Mist u iets?’ en de "
                    "open-data-pagina (/api/). Niet voor de beheeromgeving van redacteuren en niet voor "
                    "documenten en websites van partners waarnaar we verwijzen.",
                ],
            ),
            (
                "Hoe hebben we dit gemeten?",
                [
                    "Wij toetsen aan de Europese norm EN 301 549, die de eisen van WCAG 2.1 op niveau A "
                    "en AA bevat. Bij elke wijziging van de software controleert een geautomatiseerde "
                    "test (axe-core in de browser Chromium) alle soorten pagina's op een telefoonscherm "
                    "(390 pixels breed) en op een laptopscherm (1366 pixels). Daarnaast hebben we de "
                    "site zelf met alleen het toetsenbord, met 200% en 400% vergroting en met de "
                    "schermlezer NVDA gebruikt.",
                    "Automatische tests vinden ongeveer een derde van de mogelijke problemen. Daarom "
                    "noemen we onze status niet ‘voldoet volledig’.",
                ],
            ),
            (
                "Wat werkt nog niet goed?",
                [
                    "<b>Documenten van partners.</b> Publicaties zijn vaak pdf-bestanden van de partner "
                    "die ze uitgeeft. Die zijn niet altijd toegankelijk (WCAG 1.3.1 en 2.4.2). Wij vragen "
                    "partners bij elke controleronde om een toegankelijke versie. Heeft u een andere "
                    "versie nodig, mail ons dan; we zorgen binnen tien werkdagen voor een alternatief.",
                    "<b>Zoeksuggesties.</b> Tijdens het typen toont de zoekbalk suggesties. Een "
                    "schermlezer meldt hoeveel suggesties er zijn, maar niet welke er geselecteerd is "
                    "(WCAG 4.1.2). Zoeken zelf werkt zonder suggesties en zonder JavaScript.",
                    "<b>Kaarten en grafieken in het handboek.</b> Enkele afbeeldingen in oudere "
                    "hoofdstukken hebben nog geen volledige tekstalternatief (WCAG 1.1.1). We vullen "
                    "deze aan bij de volgende herziening van die hoofdstukken.",
                ],
            ),
            (
                "Contact: loopt u tegen een probleem aan?",
                [
                    "Mail naar <a href=\"mailto:toegankelijkheid@maatschappelijkestabiliteit.nl\">"
                    "toegankelijkheid@maatschappelijkestabiliteit.nl</a> of bel "
                    "<a href=\"tel:+31703708000\">070 370 80 00</a> (werkdagen 9.00–17.00 uur). "
                    "Beschrijf op welke pagina het probleem zit en wat er misgaat. U krijgt binnen "
                    "vijf werkdagen een ontvangstbevestiging en binnen drie weken een oplossing of een "
                    "alternatief.",
                    "Bent u niet tevreden over hoe we uw melding hebben behandeld? Dan kunt u een "
                    "klacht indienen bij de Nationale ombudsman.",
                ],
            ),
        ],
    ),
    (
        "privacy",
        "Privacyverklaring",
        "Deze site volgt u niet. Er zijn geen trackers, geen advertenties en er wordt niets geladen "
        "van andere partijen. Hieronder leest u precies welke gegevens we wel bewaren, waarom en "
        "hoe lang.",
        [
            (
                "Wie is verantwoordelijk?",
                [
                    "Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) is "
                    "verwerkingsverantwoordelijke voor deze site. De landelijke partners beheren alleen "
                    "hun eigen aanbod en zien geen gegevens van bezoekers.",
                ],
            ),
            (
                "Zoekvragen",
                [
                    "Als u zoekt in het aanbod, tellen we per dag hoe vaak een zoekvraag is gesteld en "
                    "hoeveel resultaten die gaf. We bewaren alleen de zoekwoorden zelf, ingekort en in "
                    "kleine letters: geen IP-adres, geen cookie, geen tijdstip en niets wat naar u "
                    "herleidbaar is. We gebruiken dit om te zien welk aanbod gemeenten missen. Na "
                    "400 dagen worden de tellingen verwijderd.",
                    "Typ daarom geen namen of andere persoonsgegevens in de zoekbalk.",
                ],
            ),
            (
                "Het formulier ‘Mist u iets?’",
                [
                    "Met dit formulier meldt u welk aanbod u mist. We bewaren uw beschrijving, de "
                    "zoekvraag waar u vandaan kwam en, als u dat invult, uw e-mailadres en uw "
                    "organisatie. Alleen de coördinatoren van BZK lezen de meldingen.",
                    "Een e-mailadres is niet verplicht. We gebruiken het alleen om u te antwoorden en "
                    "verwijderen het zodra uw melding is afgehandeld. Om misbruik te voorkomen tellen "
                    "we een uur lang hoeveel meldingen er van één internetadres komen; daarvoor "
                    "bewaren we een onherleidbare code, niet het adres zelf.",
                ],
            ),
            (
                "E-mail bij nieuw aanbod (‘Volg deze zoekopdracht’)",
                [
                    "U kunt een zoekopdracht volgen: u krijgt dan een e-mail als er nieuw aanbod bij "
                    "komt dat past bij uw zoekvraag en filters. Daarvoor bewaren we uw e-mailadres en "
                    "de zoekopdracht.",
                    "U krijgt eerst een e-mail met een bevestigingslink (dubbele opt-in). Bevestigt u "
                    "niet, dan verwijderen we uw adres. Elke e-mail heeft een link om u af te melden; "
                    "meldt u zich af, dan verwijderen we uw e-mailadres direct. We bewaren het adres "
                    "alleen zolang u bent aangemeld en gebruiken het voor niets anders.",
                ],
            ),
            (
                "Cookies en serverlogboeken",
                [
                    "De openbare site plaatst geen cookies. Alleen redacteuren die inloggen in de "
                    "beheeromgeving krijgen een sessiecookie en een beveiligingscookie. De webserver "
                    "houdt voor de beveiliging een logboek bij met IP-adressen; dat wordt na 30 dagen "
                    "verwijderd.",
                ],
            ),
            (
                "Uw rechten",
                [
                    "U mag uw gegevens inzien, laten verbeteren of laten verwijderen. Mail daarvoor naar "
                    "<a href=\"mailto:privacy@maatschappelijkestabiliteit.nl\">"
                    "privacy@maatschappelijkestabiliteit.nl</a>. U kunt ook de functionaris voor "
                    "gegevensbescherming van BZK benaderen. Bent u het niet eens met hoe we met uw "
                    "gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit "
                    "Persoonsgegevens.",
                ],
            ),
        ],
    ),
    (
        "colofon",
        "Colofon",
        "Maatschappelijke stabiliteit is een samenwerking van gemeenten en landelijke partners, "
        "gecoördineerd door het ministerie van Binnenlandse Zaken en Koninkrijksrelaties.",
        [
            (
                "Contact",
                [
                    "Redactie Maatschappelijke stabiliteit, ministerie van BZK, Postbus 20011, "
                    "2500 EA Den Haag.",
                    "E-mail: <a href=\"mailto:redactie@maatschappelijkestabiliteit.nl\">"
                    "redactie@maatschappelijkestabiliteit.nl</a>. Telefoon: "
                    "<a href=\"tel:+31703708000\">070 370 80 00</a> (werkdagen 9.00–17.00 uur).",
                    "Vragen over een training, publicatie of contactpunt? Neem dan contact op met de "
                    "partner die het aanbod heeft geplaatst; u vindt diens gegevens op de pagina van "
                    "het aanbod.",
                ],
            ),
            (
                "Beveiliging",
                [
                    "Heeft u een kwetsbaarheid op deze site gevonden? Meld het ons volgens de "
                    "gegevens in <a href=\"/.well-known/security.txt\">security.txt</a>.",
                ],
            ),
            (
                "Vormgeving en techniek",
                [
                    "De site is gebouwd met componenten van het NL Design System (Rijkshuisstijl "
                    "Community, EUPL-1.2) en het open voorbeeldthema daarvan, in eigen kleuren. Het "
                    "beeldmerk is eigen werk en vrij te gebruiken (CC0). Het aanbod is ook beschikbaar "
                    "als open data via de <a href=\"/api/\">API</a>.",
                ],
            ),
        ],
    ),
]
