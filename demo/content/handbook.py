"""Demo handbook: original demo text, not taken from real publications.

Blocks are (type, value) pairs in the handbook's StreamField format. A publication
analysis names its publication by title; the loader looks the page up.
"""

HANDBOOK = {
    "title": "Handboek maatschappelijke onrust",
    "slug": "handboek",
    "intro": (
        "Demo-inhoud: dit handboek helpt gemeenten die te maken hebben met (dreigende) "
        "maatschappelijke onrust en het ongenoegen daarachter. Het ontsluit de publicaties over "
        "het onderwerp en geeft bij elke publicatie een korte analyse: wat staat erin, wat betekent "
        "het voor uw gemeente en wat kunt u ermee?"
    ),
    "body": (
        "<p>Demo-inhoud: de hoofdstukken volgen de fasen van onrust, van sluimerend ongenoegen tot "
        "nazorg en herstel. U kunt bij elk hoofdstuk beginnen. Elke analyse verwijst naar de actuele "
        "versie van de publicatie in het aanbod van maatschappelijke stabiliteit.</p>"
    ),
}


def analysis(publication, analysis, meaning, pull_quote=""):
    return (
        "publication_analysis",
        {"publication": publication, "analysis": analysis, "meaning": meaning, "pull_quote": pull_quote},
    )


def heading(text, anchor=""):
    return ("heading", {"heading": text, "anchor": anchor})


CHAPTERS = [
    {
        "slug": "sluimerend-ongenoegen-herkennen",
        "title": "Sluimerend ongenoegen herkennen",
        "phase": "sluimerend-ongenoegen",
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "intro": (
            "Demo-inhoud: onrust begint zelden met een demonstratie. Meestal gaat er een lange periode "
            "van stille onvrede aan vooraf. Dit hoofdstuk helpt u die onvrede te zien en te begrijpen."
        ),
        "body": [
            heading("Wat speelt er?", "wat-speelt-er"),
            ("text", (
                "<p>Demo-inhoud: ongenoegen groeit vaak uit kleine ervaringen die zich opstapelen: een "
                "brief die niemand begrijpt, een loket dat niet terugbelt, een besluit over de wijk "
                "waar niemand naar vroeg. Los van elkaar lijken ze onschuldig. Samen voeden ze het "
                "gevoel dat de overheid niet luistert.</p>"
            )),
            ("key_points", {"title": "Kernpunten", "points": [
                "Onvrede is vaak al lang aanwezig voordat zij zichtbaar wordt.",
                "Wantrouwen richt zich meestal op de overheid als geheel, niet op één besluit.",
                "Vroeg signaleren vraagt om contact met mensen die de gemeente weinig spreekt.",
            ]}),
            heading("Wat zeggen de publicaties?", "publicaties"),
            analysis(
                "Onderzoek: wat voedt het ongenoegen van inwoners?",
                "<p>Het onderzoek laat zien dat ongenoegen vooral groeit waar inwoners zich <b>niet "
                "gezien</b> voelen. Bestaansonzekerheid en slechte ervaringen met instanties wegen "
                "zwaarder dan één landelijk besluit.</p>",
                "<p>Kijk naar uw eigen dienstverlening: waar lopen inwoners vast? Bespreek de "
                "uitkomsten van klachten en bezwaren ook als signaal van onvrede, niet alleen als "
                "werkvoorraad.</p>",
                "Wie zich niet gehoord voelt, zoekt een andere plek om gehoord te worden.",
            ),
            analysis(
                "Factsheet: sluimerend ongenoegen op tijd signaleren",
                "<p>Deze factsheet zet de signalen op een rij die wijkprofessionals, het KCC en "
                "raadsleden opvangen. De kern: signalen liggen verspreid over de organisatie en "
                "worden pas betekenisvol als u ze bij elkaar legt.</p>",
                "<p>Spreek af wie signalen verzamelt en hoe vaak u ze samen bekijkt. Een kort "
                "maandelijks overleg tussen sociaal domein en openbare orde is vaak al genoeg.</p>",
            ),
            analysis(
                "Factsheet: de rol van de gemeenteraad bij maatschappelijke onrust",
                "<p>De factsheet beschrijft wat raadsleden kunnen doen als inwoners ongerust zijn, "
                "en waar hun rol ophoudt. Raadsleden horen onvrede vaak als eerste.</p>",
                "<p>Betrek de raad vroeg. Een informele bijeenkomst over wat raadsleden horen in de "
                "wijken helpt om signalen te delen voordat ze politiek geladen raken.</p>",
            ),
            heading("Aan de slag", "aan-de-slag"),
            ("signals", {"title": "Signalen om op te letten", "intro": "", "signals": [
                "Meer klachten over dezelfde voorziening of dezelfde buurt.",
                "Bewonersavonden waar steeds minder mensen komen.",
                "Een hardere toon in lokale berichtengroepen.",
                "Inwoners die zeggen dat 'het toch geen zin heeft'.",
            ]}),
            ("case_example", {
                "title": "Een loket dat weer luistert",
                "setting": "Een kleine gemeente op het platteland",
                "situation": "<p>Na een reorganisatie van het sociaal loket groeide het aantal klachten "
                "snel. In de dorpskernen ging het gesprek steeds vaker over 'de gemeente die ons vergeet'.</p>",
                "approach": "<p>De gemeente hield spreekuren in de dorpshuizen en liet medewerkers van "
                "het loket zelf terugbellen bij klachten. Signalen werden maandelijks besproken.</p>",
                "lesson": "Kleine verbeteringen in de dienstverlening nemen veel onvrede weg.",
                "anonymised": True,
            }),
            ("callout", {"kind": "tip", "title": "Begin klein",
                         "text": "<p>Vraag drie collega's uit verschillende teams welke signalen zij de "
                                 "laatste maand hoorden. Vaak blijkt dan al hoeveel er bekend is.</p>"}),
            ("further_reading", {"title": "Verder lezen", "items": [
                ("internal", {"page": "Leerlijn sociale stabiliteit voor beleidsmedewerkers",
                              "note": "Om signalen te leren duiden."}),
                ("external", {"title": "Voorbeeldverkenning naar vertrouwen in de lokale overheid",
                              "url": "https://example.org/demo/verkenning-vertrouwen",
                              "source": "Demo-kennisinstituut", "note": ""}),
            ]}),
        ],
    },
    {
        "slug": "tegenstellingen-bespreekbaar-maken",
        "title": "Tegenstellingen bespreekbaar maken",
        "phase": "sluimerend-ongenoegen",
        "themes": ["polarisatie", "inclusie"],
        "intro": (
            "Demo-inhoud: tegenstellingen horen bij een levende samenleving. Het wordt pas een probleem "
            "als groepen niet meer met elkaar praten. Dit hoofdstuk gaat over het gesprek gaande houden."
        ),
        "body": [
            heading("Waarom het gesprek ertoe doet", "waarom-het-gesprek"),
            ("text", (
                "<p>Demo-inhoud: als mensen elkaar alleen nog via berichten en geruchten kennen, "
                "groeit het wij-zij-denken. Een gesprek aan tafel maakt de ander weer een mens. De "
                "gemeente kan die tafels organiseren, maar hoeft niet altijd zelf voorzitter te zijn.</p>"
            )),
            heading("Wat zeggen de publicaties?", "publicaties"),
            analysis(
                "Toolkit: tegenstellingen bespreekbaar maken in buurtgesprekken",
                "<p>De toolkit biedt werkvormen voor buurtgesprekken over gevoelige onderwerpen. Hij "
                "legt nadruk op een goede voorbereiding en een onafhankelijke gespreksleider.</p>",
                "<p>Gebruik de werkvormen samen met een partner die in de buurt vertrouwd wordt, zoals "
                "een buurthuis of een sportvereniging. Zo voelt het gesprek minder als een "
                "inspraakavond van de gemeente.</p>",
            ),
            analysis(
                "Rapport: sociale stabiliteit in gemeenten, stand van zaken",
                "<p>Het rapport geeft een beeld van hoe gemeenten werken aan sociale stabiliteit. Veel "
                "gemeenten hebben losse activiteiten, maar weinig samenhang tussen sociaal domein en "
                "openbare orde.</p>",
                "<p>Gebruik het rapport om uw eigen aanpak naast die van andere gemeenten te leggen. "
                "Welke verbinding tussen teams ontbreekt bij u nog?</p>",
                "Samenhang ontstaat niet vanzelf; iemand moet het gesprek tussen de teams organiseren.",
            ),
            ("dilemma", {
                "question": "Organiseert de gemeente het gesprek zelf?",
                "side_a_title": "Ja, de gemeente neemt het voortouw",
                "side_a": "Inwoners zien dat de gemeente het serieus neemt en de uitkomsten kunnen direct "
                          "in beleid landen.",
                "side_b_title": "Nee, een partner nodigt uit",
                "side_b": "Wie de overheid wantrouwt, komt eerder op uitnodiging van een buurthuis of "
                          "vereniging. De gemeente luistert dan mee.",
                "consideration": "Kijk naar het onderwerp: gaat de onvrede over de gemeente zelf, dan werkt "
                                 "een neutrale gastheer meestal beter.",
            }),
            ("callout", {"kind": "let-op", "title": "",
                         "text": "<p>Beloof in een buurtgesprek niets wat u niet kunt waarmaken. Zeg liever "
                                 "wat u met de inbreng doet en wanneer u terugkomt.</p>"}),
            ("further_reading", {"title": "Verder lezen", "items": [
                ("internal", {"page": "Leerlijn omgaan met tegenstellingen in de buurt", "note": ""}),
                ("internal", {"page": "Vraagbaak discriminatie en tegenstellingen in de buurt", "note": ""}),
            ]}),
        ],
    },
    {
        "slug": "als-de-spanning-oploopt",
        "title": "Als de spanning oploopt",
        "phase": "oplopende-spanning",
        "themes": ["maatschappelijke-spanningen-en-onrust", "problematisch-gedrag"],
        "intro": (
            "Demo-inhoud: de sfeer verandert, er gaan geruchten rond en een besluit van de gemeente "
            "wordt een symbool. Dit hoofdstuk helpt u om in deze fase samen met partners te handelen."
        ),
        "body": [
            heading("Het beeld delen", "het-beeld-delen"),
            ("text", (
                "<p>Demo-inhoud: in deze fase weet iedereen iets, maar niemand alles. De wijkagent "
                "hoort andere dingen dan het jongerenwerk of de woningcorporatie. Een gedeeld beeld is "
                "de basis voor elke volgende stap.</p>"
            )),
            ("key_points", {"title": "Kernpunten", "points": [
                "Maak één gezamenlijk beeld met politie, sociaal domein en partners in de wijk.",
                "Benoem wie wat doet, ook als er nog niets aan de hand lijkt.",
                "Communiceer vroeg over besluiten die gevoelig liggen.",
            ]}),
            heading("Wat zeggen de publicaties?", "publicaties"),
            analysis(
                "Handreiking: omgaan met oplopende spanningen in de wijk",
                "<p>De handreiking beschrijft vier stappen: signalen verzamelen, het beeld delen, een "
                "aanpak kiezen en afspraken volgen. Bij elke stap staan vragen voor het overleg.</p>",
                "<p>Gebruik de vragen als agenda voor een eerste overleg. Leg vast wie eigenaar is van "
                "het beeld, zodat het niet bij één overleg blijft.</p>",
                "Een gedeeld beeld voorkomt dat iedere partner op eigen houtje gaat handelen.",
            ),
            analysis(
                "Handreiking: spanningen rond de komst van een opvanglocatie",
                "<p>Deze handreiking gaat over de periode tussen het eerste bericht en de opening van "
                "een opvanglocatie. Juist dan ontstaan geruchten en zorgen bij omwonenden.</p>",
                "<p>Neem zorgen serieus zonder het besluit ter discussie te stellen. Organiseer "
                "kleine gesprekken met omwonenden in plaats van één grote avond.</p>",
            ),
            analysis(
                "Rapport: problematisch gedrag rond maatschappelijke onrust",
                "<p>Het rapport beschrijft hoe problematisch gedrag van groepen jongeren en onrust "
                "elkaar kunnen versterken, en hoe gemeenten dat doorbreken.</p>",
                "<p>Zorg dat jongerenwerk en handhaving elkaar kennen en afstemmen. Straf en "
                "perspectief bieden gaan in de praktijk samen.</p>",
            ),
            heading("Aan de slag", "aan-de-slag"),
            ("signals", {"title": "Signalen om op te letten", "intro": "Signalen dat de spanning oploopt:",
                         "signals": [
                             "Geruchten die snel rondgaan en moeilijk te weerleggen zijn.",
                             "Oproepen in berichtengroepen om 'iets te doen'.",
                             "Groepen die zich vaker op dezelfde plek verzamelen.",
                         ]}),
            ("case_example", {
                "title": "Een gedeeld beeld in drie weken",
                "setting": "Een middelgrote gemeente in het zuiden van het land",
                "situation": "<p>Na berichten over een nieuw woonproject ontstond onrust in een wijk. "
                "Verschillende partners hoorden verschillende verhalen.</p>",
                "approach": "<p>De gemeente organiseerde een wekelijks kort overleg met politie, "
                "corporatie en jongerenwerk. Per week werd het beeld bijgesteld en gedeeld met de "
                "burgemeester.</p>",
                "lesson": "Een vast ritme van overleg geeft rust, ook binnen de eigen organisatie.",
                "anonymised": True,
            }),
            ("further_reading", {"title": "Verder lezen", "items": [
                ("internal", {"page": "Intervisiegroep voor wijkprofessionals over spanningen in de buurt",
                              "note": ""}),
                ("external", {"title": "Voorbeeld van een wijkscan spanningen",
                              "url": "https://example.org/demo/wijkscan", "source": "Demo-adviesbureau",
                              "note": "Een voorbeeld van een scan die gemeenten zelf kunnen invullen."}),
            ]}),
        ],
    },
    {
        "slug": "zichtbare-onrust-demonstraties-en-communicatie",
        "title": "Zichtbare onrust: demonstraties en communicatie",
        "phase": "zichtbare-onrust",
        "themes": ["maatschappelijke-spanningen-en-onrust", "extremisme"],
        "intro": (
            "Demo-inhoud: mensen gaan de straat op of vullen de publieke tribune. Dit hoofdstuk gaat over "
            "het beschermen van het demonstratierecht en over heldere communicatie in een gespannen sfeer."
        ),
        "body": [
            heading("Demonstreren is een grondrecht", "demonstratierecht"),
            ("text", (
                "<p>Demo-inhoud: een demonstratie is geen probleem op zich. De burgemeester faciliteert "
                "het demonstratierecht en zorgt tegelijk voor de openbare orde. Het gesprek met "
                "organisatoren vooraf is daarbij het belangrijkste middel.</p>"
            )),
            heading("Wat zeggen de publicaties?", "publicaties"),
            analysis(
                "Handreiking: demonstraties en tegendemonstraties in goede banen leiden",
                "<p>De handreiking beschrijft hoe gemeenten demonstraties en tegendemonstraties "
                "voorbereiden, met aandacht voor het gesprek met beide groepen.</p>",
                "<p>Zorg dat één contactpersoon het gesprek met organisatoren voert. Maak vooraf "
                "afspraken over route, tijden en de afstand tussen groepen.</p>",
                "Het gesprek vooraf voorkomt meer dan de maatregel achteraf.",
            ),
            analysis(
                "Factsheet: bevoegdheden van de burgemeester bij demonstraties",
                "<p>Deze factsheet zet de bevoegdheden van de burgemeester op een rij: voorschriften, "
                "beperkingen en in het uiterste geval een verbod.</p>",
                "<p>Leg uit waarom u een voorschrift geeft. Een begrijpelijke uitleg maakt het voor "
                "organisatoren makkelijker om zich eraan te houden.</p>",
            ),
            analysis(
                "Handreiking: communiceren tijdens maatschappelijke onrust",
                "<p>De handreiking geeft praktische tips voor communicatie als de sfeer gespannen is: "
                "snel, feitelijk en in gewone taal.</p>",
                "<p>Spreek af wie namens de gemeente spreekt en hoe u geruchten weerlegt. Publiceer "
                "feiten op één vaste plek die inwoners kennen.</p>",
            ),
            ("dilemma", {
                "question": "Reageert u op elk gerucht?",
                "side_a_title": "Elk gerucht weerleggen",
                "side_a": "Onjuiste informatie krijgt geen kans om zich vast te zetten.",
                "side_b_title": "Alleen reageren op wat breed leeft",
                "side_b": "Door op alles te reageren, geeft u kleine geruchten juist meer bereik.",
                "consideration": "Kijk naar bereik en gevolgen: weerleg wat mensen in gevaar kan brengen "
                                 "of wat veel mensen bereikt.",
            }),
            ("callout", {"kind": "belangrijk", "title": "Eén stem naar buiten",
                         "text": "<p>Zorg dat burgemeester, politie en communicatie dezelfde boodschap "
                                 "vertellen. Tegenstrijdige berichten voeden wantrouwen.</p>"}),
            ("further_reading", {"title": "Verder lezen", "items": [
                ("internal", {"page": "Adviespunt demonstraties en tegendemonstraties", "note": ""}),
                ("internal", {"page": "Masterclass demonstraties en tegendemonstraties in goede banen leiden",
                              "note": ""}),
            ]}),
        ],
    },
    {
        "slug": "escalatie-en-ordeverstoring",
        "title": "Escalatie en ordeverstoring",
        "phase": "escalatie-en-ordeverstoring",
        "themes": ["maatschappelijke-spanningen-en-onrust", "extremisme", "problematisch-gedrag"],
        "intro": (
            "Demo-inhoud: de situatie loopt uit de hand. Dit hoofdstuk gaat over bestuurlijk optreden "
            "tijdens escalatie, en over wat u nu al kunt doen om de fase daarna voor te bereiden."
        ),
        "body": [
            heading("Bestuurlijk optreden", "bestuurlijk-optreden"),
            ("text", (
                "<p>Demo-inhoud: bij escalatie staat de veiligheid voorop. Tegelijk bepalen de keuzes "
                "van nu hoe de gemeente er na afloop voor staat. Wie alleen op handhaving stuurt, "
                "verliest vaak het contact met de mensen die niet meededen.</p>"
            )),
            ("key_points", {"title": "Kernpunten", "points": [
                "Veiligheid eerst, maar houd contact met de bredere gemeenschap.",
                "Leg besluiten en de redenen erachter vast; ze worden later bevraagd.",
                "Denk nu al na over nazorg voor inwoners en medewerkers.",
            ]}),
            heading("Wat zeggen de publicaties?", "publicaties"),
            analysis(
                "Handreiking voor burgemeesters: bestuurlijk optreden bij escalatie",
                "<p>De handreiking beschrijft de rol van de burgemeester tijdens een escalatie en de "
                "afwegingen bij noodbevoegdheden.</p>",
                "<p>Oefen de afwegingen vooraf met de driehoek. Leg vast wanneer u welke bevoegdheid "
                "overweegt, zodat u onder druk niet hoeft te improviseren.</p>",
            ),
            analysis(
                "Onderzoek: anti-institutioneel extremisme en lokale onrust",
                "<p>Het onderzoek beschrijft hoe anti-institutionele groepen lokale onrust kunnen "
                "gebruiken om hun boodschap te verspreiden.</p>",
                "<p>Maak onderscheid tussen boze inwoners en een kleine groep die onrust aanwakkert. "
                "Die twee vragen een verschillende aanpak.</p>",
                "Niet iedereen die meeloopt, deelt de ideeën van wie voorop loopt.",
            ),
            ("signals", {"title": "Signalen om op te letten", "intro": "", "signals": [
                "Bedreiging van bestuurders of medewerkers.",
                "Oproepen tot geweld of vernieling.",
                "Mensen van buiten de gemeente die zich aansluiten.",
            ]}),
            ("case_example", {
                "title": "Na de rellen: eerst de buurt",
                "setting": "Een grote gemeente in het westen van het land",
                "situation": "<p>Na een avond met vernielingen voelden bewoners zich in de steek gelaten. "
                "Ze hadden het idee dat alleen de daders aandacht kregen.</p>",
                "approach": "<p>De burgemeester bezocht de volgende ochtend de straat en de gemeente "
                "opende een informatiepunt in het buurthuis. Schade werd snel hersteld.</p>",
                "lesson": "Zichtbaarheid na een escalatie is net zo belangrijk als optreden tijdens.",
                "anonymised": True,
            }),
            ("further_reading", {"title": "Verder lezen", "items": [
                ("internal", {"page": "Masterclass de burgemeester bij demonstraties en ordeverstoring",
                              "note": ""}),
                ("internal", {"page": "Helpdesk voor burgemeesters bij bedreiging en intimidatie", "note": ""}),
            ]}),
        ],
    },
    {
        "slug": "nazorg-en-herstel-van-vertrouwen",
        "title": "Nazorg en herstel van vertrouwen",
        "phase": "nazorg-en-herstel",
        "themes": ["maatschappelijke-spanningen-en-onrust", "inclusie"],
        "intro": (
            "Demo-inhoud: als de rust is teruggekeerd, begint het eigenlijke werk. Dit hoofdstuk gaat "
            "over nazorg voor inwoners en medewerkers en over het herstel van vertrouwen."
        ),
        "body": [
            heading("Herstel kost tijd", "herstel-kost-tijd"),
            ("text", (
                "<p>Demo-inhoud: na onrust blijven er wonden achter: bij bewoners, bij ondernemers en "
                "bij medewerkers van de gemeente. Herstel vraagt om aandacht die langer duurt dan het "
                "nieuws erover.</p>"
            )),
            heading("Wat zeggen de publicaties?", "publicaties"),
            analysis(
                "Onderzoek: herstel van vertrouwen na een ingrijpende gebeurtenis",
                "<p>Het onderzoek laat zien dat vertrouwen herstelt door kleine, zichtbare acties die "
                "de gemeente volhoudt, meer dan door één grote bijeenkomst.</p>",
                "<p>Maak een plan voor de komende maanden, niet alleen voor de eerste week. Vertel "
                "inwoners regelmatig wat er met hun zorgen gebeurt.</p>",
                "Vertrouwen komt te voet en gaat te paard.",
            ),
            analysis(
                "Toolkit: samen werken aan veerkracht in de wijk",
                "<p>De toolkit bevat werkvormen om samen met bewoners te bouwen aan een wijk die "
                "tegen een stootje kan.</p>",
                "<p>Zet de werkvormen in met de mensen die tijdens de onrust het verschil maakten, "
                "zoals buurtvaders of vrijwilligers van het buurthuis.</p>",
            ),
            analysis(
                "Handreiking voor wethouders: het sociaal domein bij maatschappelijke onrust",
                "<p>Deze handreiking gaat over de rol van het sociaal domein na onrust: ondersteuning "
                "van getroffen inwoners en aandacht voor de oorzaken van ongenoegen.</p>",
                "<p>Betrek de wethouder sociaal domein bij de evaluatie. Veel oorzaken van onrust "
                "liggen in bestaanszekerheid en dienstverlening.</p>",
            ),
            ("callout", {"kind": "tip", "title": "Vergeet de eigen medewerkers niet",
                         "text": "<p>Boa's, loketmedewerkers en wijkwerkers hebben de onrust van dichtbij "
                                 "meegemaakt. Plan ook voor hen een nagesprek.</p>"}),
            ("further_reading", {"title": "Verder lezen", "items": [
                ("internal", {"page": "Workshop nazorg en herstel na onrust in de gemeente", "note": ""}),
                ("external", {"title": "Voorbeeldevaluatie van een periode van onrust",
                              "url": "https://example.org/demo/evaluatie-onrust", "source": "Demo-gemeenteverband",
                              "note": ""}),
            ]}),
        ],
    },
]
