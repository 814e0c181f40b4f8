"""Demo publications: original demo text, not real publications."""

PUBLICATIONS = [
    # 1
    {
        "title": "Handreiking: omgaan met oplopende spanningen in de wijk",
        "partner": "VNG",
        "form": "handreiking",
        "summary": (
            "Praktische stappen voor gemeenten als de sfeer in een wijk verslechtert. "
            "Met vragen om de situatie in te schatten en tips voor samenwerking met partners."
        ),
        "body": [
            "Demo-inhoud: Soms merkt u dat de sfeer in een wijk verandert. Er zijn meer "
            "klachten, buren spreken elkaar minder aan en op sociale media wordt de toon "
            "harder. Deze handreiking helpt u om zulke signalen serieus te nemen voordat "
            "de onrust groter wordt.",
            "De handreiking beschrijft vier stappen: signalen verzamelen, het beeld delen "
            "met partners, een gezamenlijke aanpak kiezen en de afspraken volgen. Bij elke "
            "stap staan vragen die u samen met de wijkagent, het wijkteam en het "
            "jongerenwerk kunt bespreken.",
            "U leest ook hoe u bewoners betrekt. Mensen willen gehoord worden. Een open "
            "gesprek in de buurt kan veel ongenoegen wegnemen, ook als de gemeente niet "
            "alles direct kan oplossen.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": ["oplopende-spanning", "zichtbare-onrust"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 12,
        "published": "2025-03-14",
        "authors": [],
        "publishers": ["VNG"],
        "pages": 36,
        "external_url": "https://example.org/demo/spanningen-in-de-wijk",
    },
    # 2
    {
        "title": "Factsheet: de rol van de gemeenteraad bij maatschappelijke onrust",
        "partner": "VNG",
        "form": "factsheet",
        "summary": (
            "Wat kan een raadslid doen als inwoners boos of ongerust zijn? Deze factsheet "
            "zet de rol, de taken en de grenzen van de gemeenteraad op een rij."
        ),
        "body": [
            "Demo-inhoud: Raadsleden staan dicht bij inwoners. Zij horen vaak als eerste "
            "over ongenoegen in de gemeente. Tegelijk is het lastig om te weten wat hun "
            "rol is als er onrust ontstaat. Deze factsheet geeft een kort overzicht.",
            "U leest wat de taak van de raad is en wat de taak van de burgemeester is. Ook "
            "staan er tips in om als raad niet mee te gaan in polarisatie. Bijvoorbeeld: "
            "blijf in gesprek met alle groepen en let op uw woorden in debatten en online.",
            "De factsheet past op twee pagina's en is geschikt om te bespreken in een "
            "fractie of in de auditcommissie.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["gemeenteraadsleden"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 95,
        "published": "2024-09-02",
        "authors": [],
        "publishers": ["VNG"],
        "pages": 2,
        "external_url": "https://example.org/demo/factsheet-gemeenteraad-onrust",
    },
    # 3
    {
        "title": "Rapport: inclusie in de lokale praktijk, ervaringen van gemeenten",
        "partner": "VNG",
        "form": "rapport",
        "summary": (
            "Twintig gemeenten vertellen hoe zij werken aan inclusie. Het rapport laat zien "
            "wat goed gaat, waar zij tegenaan lopen en wat zij van het Rijk nodig hebben."
        ),
        "body": [
            "Demo-inhoud: Iedereen moet kunnen meedoen in de gemeente, ongeacht afkomst, "
            "geloof, beperking of leeftijd. Veel gemeenten willen inclusie bevorderen, maar "
            "het is niet altijd duidelijk hoe u dat goed aanpakt.",
            "Voor dit rapport spraken we met beleidsmedewerkers en wethouders uit twintig "
            "gemeenten van verschillende grootte. Zij vertellen over hun plannen, hun "
            "samenwerking met organisaties in de wijk en de manier waarop zij inwoners "
            "betrekken.",
            "Een belangrijke les: inclusie lukt beter als het een onderdeel is van al het "
            "beleid, en niet een los project. Het rapport sluit af met aanbevelingen voor "
            "gemeenten en voor het Rijk.",
        ],
        "themes": ["inclusie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "bestuurders"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 19,50 voor de gedrukte versie, pdf gratis voor leden",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 410,
        "published": "2022-06-20",
        "authors": [],
        "publishers": ["VNG"],
        "pages": 84,
        "external_url": "https://example.org/demo/inclusie-lokale-praktijk",
    },
    # 4
    {
        "title": "Rapport: onrust en ongenoegen in Nederland, een verkenning voor gemeenten",
        "partner": "BZK",
        "form": "rapport",
        "summary": (
            "Een verkenning van de oorzaken van onrust en ongenoegen in de samenleving. "
            "Met een analyse van wat dit betekent voor het werk van gemeenten."
        ),
        "body": [
            "Demo-inhoud: Veel mensen voelen zich niet gehoord door de overheid. Dat "
            "gevoel kan lang onder de oppervlakte blijven. Maar het kan ook ineens zichtbaar "
            "worden, bijvoorbeeld bij een demonstratie of in felle reacties online.",
            "Deze verkenning brengt in kaart waar het ongenoegen vandaan komt. Denk aan "
            "zorgen over geld, wonen en de toekomst, maar ook aan wantrouwen in instituties. "
            "Het rapport laat zien hoe deze zorgen kunnen uitgroeien tot maatschappelijke "
            "onrust.",
            "Voor gemeenten staat er een hoofdstuk in met concrete aanknopingspunten. Het "
            "gaat om vroeg signaleren, eerlijk communiceren en het vertrouwen van inwoners "
            "stap voor stap herstellen.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": ["sluimerend-ongenoegen", "oplopende-spanning"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 30,
        "published": "2025-11-10",
        "authors": [],
        "publishers": ["BZK"],
        "edition": "2e herziene druk",
        "pages": 68,
        "external_url": "https://example.org/demo/verkenning-onrust-ongenoegen",
    },
    # 5
    {
        "title": "Onderzoek: wat voedt het ongenoegen van inwoners?",
        "partner": "BZK",
        "form": "onderzoek",
        "summary": (
            "Onderzoek onder inwoners naar de redenen achter boosheid en wantrouwen. "
            "Het laat zien hoe gevoelens van onrecht kunnen leiden tot polarisatie."
        ),
        "body": [
            "Demo-inhoud: Waarom zijn sommige inwoners boos op de overheid, en anderen niet? "
            "Voor dit onderzoek vulden ruim drieduizend mensen een vragenlijst in. Daarna "
            "volgden gesprekken in groepen in vijf gemeenten.",
            "Uit het onderzoek blijkt dat ongenoegen vaak begint bij persoonlijke ervaringen. "
            "Bijvoorbeeld een slecht contact met een loket of het gevoel dat regels oneerlijk "
            "uitpakken. Als mensen zulke ervaringen delen in hun eigen groep, kunnen "
            "standpunten polariseren.",
            "De onderzoekers geven gemeenten tips om dit te doorbreken. Een belangrijke tip: "
            "zorg dat inwoners zien wat er met hun vragen en klachten gebeurt.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "frontoffice-kcc"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 220,
        "published": "februari 2024",
        "authors": ["L. Hoogendam", "R. Bakri"],
        "publishers": ["BZK"],
        "pages": 112,
        "external_url": "https://example.org/demo/onderzoek-ongenoegen-inwoners",
    },
    # 6
    {
        "title": "Handreiking: communiceren tijdens maatschappelijke onrust",
        "partner": "BZK",
        "form": "handreiking",
        "summary": (
            "Hoe communiceert de gemeente als de spanning hoog oploopt? Met voorbeeldteksten, "
            "een checklist voor de eerste 24 uur en tips voor het klantcontactcentrum."
        ),
        "body": [
            "Demo-inhoud: Als de onrust zichtbaar wordt, kijken inwoners, media en partners "
            "naar de gemeente. Wat u dan zegt en hoe u het zegt, maakt veel uit. Goede "
            "communicatie kan de rust helpen terugbrengen.",
            "De handreiking bevat een checklist voor de eerste 24 uur. Ook staan er "
            "voorbeeldteksten in voor de website, sociale media en brieven aan bewoners. "
            "De teksten zijn kort en in duidelijke taal.",
            "Een apart hoofdstuk gaat over het klantcontactcentrum. Medewerkers aan de "
            "telefoon krijgen vaak boze of bange inwoners aan de lijn. De handreiking geeft "
            "hen handvatten om rustig en duidelijk te reageren.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["communicatieadviseurs", "frontoffice-kcc"],
        "phases": ["zichtbare-onrust", "escalatie-en-ordeverstoring"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 8,
        "published": "2026-04-08",
        "authors": [],
        "publishers": ["BZK"],
        "pages": 28,
        "external_url": "https://example.org/demo/communiceren-bij-onrust",
    },
    # 7
    {
        "title": "Handreiking: demonstraties en tegendemonstraties in goede banen leiden",
        "partner": "JenV",
        "form": "handreiking",
        "summary": (
            "Wat doet u als een demonstratie een tegendemonstratie oproept? Deze handreiking "
            "helpt bij de voorbereiding, het overleg met organisatoren en de afstemming met politie."
        ),
        "body": [
            "Demo-inhoud: Het recht om te demonstreren is een groot goed. Maar soms roept een "
            "demonstratie felle reacties op, en meldt zich een tegendemonstratie. Dan is "
            "goede voorbereiding nodig om beide groepen ruimte te geven en de veiligheid te "
            "bewaken.",
            "De handreiking legt uit welke afspraken u vooraf kunt maken met organisatoren. "
            "Ook staat erin hoe de gemeente, politie en het Openbaar Ministerie samen een "
            "risicobeeld maken. Er zijn voorbeelden van gemeenten die demonstraties en "
            "tegendemonstraties op een goede manier lieten verlopen.",
            "Tot slot gaat de handreiking in op extremisme. Soms proberen extremistische "
            "groepen een demonstratie te gebruiken voor hun eigen doel. U leest waar u op "
            "kunt letten.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "extremisme"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": ["zichtbare-onrust", "escalatie-en-ordeverstoring"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 45,
        "published": "2025-05-19",
        "authors": [],
        "publishers": ["JenV"],
        "pages": 40,
        "external_url": "https://example.org/demo/demonstraties-tegendemonstraties",
    },
    # 8
    {
        "title": "Dreiging in gewone taal: extremisme en de lokale aanpak",
        "partner": "JenV",
        "form": "monitor",
        "summary": (
            "Een korte vertaling van het landelijke dreigingsbeeld naar de gemeente. Welke "
            "vormen van extremisme spelen er nu, en wat betekent dat voor de lokale aanpak?"
        ),
        "body": [
            "Demo-inhoud: Landelijke rapporten over dreiging zijn vaak lang en technisch. "
            "Dit rapport zet de belangrijkste punten in gewone taal op een rij, speciaal "
            "voor gemeenten.",
            "U leest welke vormen van extremisme op dit moment aandacht vragen. Het gaat "
            "onder meer om jihadisme, rechts-extremisme en anti-institutioneel extremisme. "
            "Ook beschrijft het rapport hoe radicalisering online steeds vaker op jonge "
            "leeftijd begint.",
            "Per onderwerp staat er wat een gemeente kan doen. Bijvoorbeeld: zorg voor een "
            "goed werkend lokaal casusoverleg en weet bij wie u terecht kunt met vragen.",
        ],
        "themes": ["extremisme", "radicalisering"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": ["oplopende-spanning"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 150,
        "published": "2025-06-30",
        "authors": [],
        "publishers": ["NCTV"],
        "commissioned_by": ["JenV"],
        "editions": [
            ("Editie voorjaar 2025", "2025-06-30", "https://example.org/demo/dreiging-in-gewone-taal-2025-1"),
            ("Editie najaar 2024", "2024-11", "https://example.org/demo/dreiging-in-gewone-taal-2024-2"),
            ("Editie voorjaar 2024", "2024-05", "https://example.org/demo/dreiging-in-gewone-taal-2024-1"),
        ],
        "pages": 24,
        "external_url": "https://example.org/demo/dreiging-gewone-taal",
    },
    # 9
    {
        "title": "Factsheet: online radicalisation of young people",
        "partner": "JenV",
        "form": "factsheet",
        "summary": (
            "An English factsheet on how young people can radicalise online, and which "
            "signals professionals and municipalities can watch for."
        ),
        "body": [
            "Demo-inhoud: Young people spend a lot of time online. Most of this is harmless, "
            "but some end up in groups and chats where extremist ideas are shared. This "
            "factsheet explains in simple terms how online radicalisation can develop.",
            "It describes common signals, such as a sudden change in language, new online "
            "contacts and growing distrust of others. It also explains why a single signal "
            "is not enough to draw conclusions.",
            "The factsheet is meant for international partners and for colleagues who "
            "prefer English. A Dutch version with the same content is also available.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "en",
        "region": "landelijk",
        "reviewed_days_ago": 380,
        "published": "2023-10-05",
        "authors": [],
        "publishers": ["NCTV"],
        "pages": 4,
        "external_url": "https://example.org/demo/online-radicalisation-factsheet",
    },
    # 10
    {
        "title": "Rapport: sociale stabiliteit in gemeenten, stand van zaken",
        "partner": "SZW",
        "form": "monitor",
        "summary": (
            "Een overzicht van hoe gemeenten werken aan sociale stabiliteit. Met cijfers uit "
            "een enquête en voorbeelden van samenwerking tussen sociaal domein en veiligheid."
        ),
        "body": [
            "Demo-inhoud: Hoe staat het met de sociale stabiliteit in Nederlandse gemeenten? "
            "Voor dit rapport vulden meer dan tweehonderd gemeenten een enquête in. Zij "
            "gaven aan welke spanningen zij zien en hoe zij daarmee omgaan.",
            "De meeste gemeenten zien groeiende tegenstellingen tussen groepen inwoners. "
            "Veel gemeenten hebben een aanpak voor radicalisering, maar minder vaak voor "
            "bredere maatschappelijke onrust. Ook blijkt dat samenwerking tussen het sociaal "
            "domein en openbare orde en veiligheid nog niet overal vanzelf gaat.",
            "Het rapport eindigt met vijf aanbevelingen. Eén daarvan is om inclusie en "
            "veiligheid niet als aparte onderwerpen te zien, maar samen op te pakken.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "inclusie"],
        "audiences": ["bestuurders", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 520,
        "published": "2022",
        "authors": [],
        "publishers": ["SZW"],
        # A quarterly monitor: the page's date is its newest edition's (3e kwartaal 2022).
        "editions": [
            ("3e kwartaal 2022", "2022-Q3", "https://example.org/demo/stand-van-zaken-2022-3"),
            ("2e kwartaal 2022", "2e kwartaal 2022", "https://example.org/demo/stand-van-zaken-2022-2"),
            ("Stand van zaken 2020", "ca. 2020", "https://example.org/demo/stand-van-zaken-2020"),
        ],
        "pages": 76,
        "external_url": "https://example.org/demo/stand-sociale-stabiliteit",
    },
    # 11
    {
        "title": "Toolkit: samen werken aan veerkracht in de wijk",
        "partner": "SZW",
        "form": "toolkit",
        "summary": (
            "Werkvormen, gespreksplaten en een stappenplan om de veerkracht van een buurt "
            "te versterken. Bruikbaar na een incident en om polarisatie voor te zijn."
        ),
        "body": [
            "Demo-inhoud: Een wijk met veerkracht kan beter tegen een stootje. Bewoners kennen "
            "elkaar, weten waar ze terecht kunnen en lossen samen problemen op. Deze toolkit "
            "helpt professionals om die veerkracht te versterken.",
            "De toolkit bevat een stappenplan, tien werkvormen en gespreksplaten voor "
            "bijeenkomsten met bewoners. De werkvormen zijn getest in wijken in verschillende "
            "delen van het land.",
            "U kunt de toolkit gebruiken om polarisatie te voorkomen. Maar hij is ook "
            "geschikt na een ingrijpende gebeurtenis, als de wijk moet herstellen en het "
            "onderling vertrouwen weer moet groeien.",
        ],
        "themes": ["inclusie", "polarisatie"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["nazorg-en-herstel"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 60,
        "published": "2025-09-01",
        "authors": [],
        "publishers": ["SZW"],
        "pages": 52,
        "external_url": "https://example.org/demo/toolkit-veerkracht-wijk",
    },
    # 12
    {
        "title": "Handreiking: signalen van radicalisering herkennen en bespreken",
        "partner": "ESS",
        "form": "handreiking",
        "summary": (
            "Wat doet u als u zich zorgen maakt over iemand die lijkt te radicaliseren? "
            "Deze handreiking helpt om signalen te wegen en het gesprek aan te gaan."
        ),
        "body": [
            "Demo-inhoud: Professionals in wijkteams, onderwijs en jongerenwerk maken zich "
            "soms zorgen over een inwoner. Iemand trekt zich terug, praat anders over andere "
            "groepen of deelt extreme filmpjes. Is dit radicalisering, of iets anders?",
            "Deze handreiking helpt u om signalen te wegen. Ze legt uit dat radicaliseren een "
            "proces is, waarbij vaak ook persoonlijke problemen een rol spelen. Daarom is het "
            "belangrijk om naar de hele persoon te kijken.",
            "U leest hoe u het gesprek aangaat, wanneer u een collega of de "
            "gemeente inschakelt en hoe het lokale casusoverleg werkt.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 18,
        "published": "2026-02-16",
        "authors": [],
        "publishers": ["ESS"],
        "pages": 32,
        "external_url": "https://example.org/demo/signalen-radicalisering",
    },
    # 13
    {
        "title": "Onderzoek: herstel van vertrouwen na een ingrijpende gebeurtenis",
        "partner": "ESS",
        "form": "onderzoek",
        "summary": (
            "Casusonderzoek in drie Limburgse gemeenten naar de periode na een ernstig "
            "incident. Wat hielp om de rust en het vertrouwen in de buurt te herstellen?"
        ),
        "body": [
            "Demo-inhoud: Na een ernstig incident kan een buurt lang onrustig blijven. "
            "Geruchten gaan rond, groepen wijzen naar elkaar en het vertrouwen in de "
            "overheid daalt. Dit onderzoek kijkt naar wat gemeenten in die periode doen.",
            "De onderzoekers volgden drie gemeenten in Limburg gedurende een jaar. Zij "
            "spraken met bewoners, sleutelfiguren, politie en ambtenaren. Het onderzoek "
            "laat zien dat aanwezigheid in de wijk en eerlijke informatie het meest "
            "helpen.",
            "Ook blijkt dat nazorg vaak te vroeg stopt. De onderzoekers raden aan om "
            "herstel als een apart onderdeel van de aanpak te plannen.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "bestuurders"],
        "phases": ["zichtbare-onrust", "nazorg-en-herstel"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "limburg",
        "reviewed_days_ago": 260,
        "published": "2024-05-23",
        "authors": [],
        "publishers": ["ESS"],
        "pages": 58,
        "external_url": "https://example.org/demo/herstel-na-incident-limburg",
    },
    # 14
    {
        "title": "Factsheet: sluimerend ongenoegen op tijd signaleren",
        "partner": "ESS",
        "form": "factsheet",
        "summary": (
            "Onrust komt zelden uit het niets. Deze factsheet noemt tien signalen van "
            "sluimerend ongenoegen en zegt waar u ze kunt opvangen."
        ),
        "body": [
            "Demo-inhoud: Lang voordat er onrust op straat is, zijn er vaak al signalen. "
            "Inwoners klagen vaker, er verschijnen boze berichten in buurtapps of mensen "
            "komen niet meer naar bijeenkomsten. Zulk ongenoegen blijft vaak onder de "
            "oppervlakte.",
            "Deze factsheet noemt tien signalen om op te letten. Ook staat erin wie in de "
            "gemeente die signalen als eerste ziet, zoals medewerkers van het "
            "klantcontactcentrum, wijkteams en boa's.",
            "Tip: spreek af hoe signalen bij één punt binnenkomen. Dan ziet u sneller een "
            "patroon.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "frontoffice-kcc"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 75,
        "published": "2025-07-07",
        "authors": [],
        "publishers": ["ESS"],
        "pages": 2,
        "external_url": "https://example.org/demo/factsheet-sluimerend-ongenoegen",
    },
    # 15
    {
        "title": "Toolkit: gesprekken over polarisatie in de klas",
        "partner": "JEP",
        "form": "toolkit",
        "summary": (
            "Lesideeën en gespreksregels voor docenten als er in de klas spanning ontstaat "
            "over nieuws, geloof of identiteit. Ook geschikt voor jongerenwerkers."
        ),
        "body": [
            "Demo-inhoud: Nieuws over oorlog, aanslagen of verkiezingen komt ook de klas "
            "binnen. Leerlingen hebben soms sterke meningen en kunnen lijnrecht tegenover "
            "elkaar staan. Hoe voert u dan een goed gesprek?",
            "Deze toolkit bevat gespreksregels, vijf lesideeën en tips om de eigen rol als "
            "docent te bepalen. De nadruk ligt op luisteren en vragen stellen, niet op "
            "winnen van een discussie.",
            "Jongerenwerkers kunnen de toolkit ook gebruiken in een buurthuis of "
            "jongerencentrum. Zo werken school en jongerenwerk met dezelfde aanpak tegen "
            "polarisatie.",
        ],
        "themes": ["polarisatie"],
        "audiences": ["uitvoerende-professionals"],
        "phases": ["oplopende-spanning"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 33,
        "published": "2025-10-13",
        "authors": [],
        "publishers": ["JEP"],
        "pages": 44,
        "external_url": "https://example.org/demo/polarisatie-in-de-klas",
    },
    # 16
    {
        "title": "Handreiking voor ouders: als uw kind lijkt te radicaliseren",
        "partner": "JEP",
        "form": "handreiking",
        "summary": (
            "Een korte uitleg voor ouders die zich zorgen maken over hun kind. Gemeenten "
            "kunnen deze handreiking meegeven bij een gesprek of aan de balie."
        ),
        "body": [
            "Demo-inhoud: Ouders merken vaak als eerste dat hun kind verandert. Het kind "
            "heeft nieuwe vrienden, kijkt andere filmpjes of praat hard over andere groepen. "
            "Dat kan angstig zijn. Deze handreiking helpt ouders om rustig te blijven en "
            "contact te houden.",
            "De tekst is geschreven in eenvoudige taal. Ouders lezen wat radicalisering is, "
            "welke signalen er zijn en hoe ze het gesprek met hun kind kunnen voeren. Ook "
            "staat erin waar ze hulp kunnen vragen.",
            "Voor professionals bij de gemeente, in het jongerenwerk en aan de balie is er "
            "een korte bijlage. Daarin staat hoe u ouders kunt doorverwijzen.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["uitvoerende-professionals", "frontoffice-kcc"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 140,
        "published": "2024-10-21",
        "authors": [],
        "publishers": ["JEP"],
        "pages": 16,
        "external_url": "https://example.org/demo/ouders-radicaliseren",
    },
    # 17
    {
        "title": "Rapport: problematisch gedrag rond maatschappelijke onrust",
        "partner": "TPG",
        "form": "rapport",
        "summary": (
            "Over intimidatie, bedreiging en ander grensoverschrijdend gedrag tijdens "
            "onrustige periodes. Met een overzicht van wat gemeenten kunnen doen."
        ),
        "body": [
            "Demo-inhoud: Tijdens onrustige periodes neemt problematisch gedrag vaak toe. "
            "Denk aan het intimideren van raadsleden, het bedreigen van ambtenaren of het "
            "verspreiden van persoonsgegevens online. Dit gedrag is niet altijd strafbaar, "
            "maar het is wel schadelijk.",
            "Dit rapport beschrijft vormen van problematisch gedrag die gemeenten tegenkomen. "
            "Het laat ook zien hoe dit gedrag kan bijdragen aan escalatie.",
            "Het rapport geeft een overzicht van de mogelijkheden van de gemeente: van "
            "een gesprek en een waarschuwing tot bestuurlijke maatregelen. Ook is er "
            "aandacht voor de steun aan medewerkers die het doelwit zijn.",
        ],
        "themes": ["problematisch-gedrag", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": ["oplopende-spanning", "escalatie-en-ordeverstoring"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 22,
        "published": "2026-01-26",
        "authors": [],
        "publishers": ["TPG"],
        "pages": 48,
        "external_url": "https://example.org/demo/problematisch-gedrag-onrust",
    },
    # 18
    {
        "title": "Factsheet: wat is problematisch gedrag en wat kan de gemeente doen?",
        "partner": "TPG",
        "form": "factsheet",
        "summary": (
            "Een korte uitleg van het begrip problematisch gedrag, met voorbeelden en een "
            "schema van de stappen die een gemeente kan zetten."
        ),
        "body": [
            "Demo-inhoud: Problematisch gedrag zit tussen gewoon protest en strafbaar "
            "gedrag in. Het gaat om gedrag dat anderen schaadt of de samenleving ondermijnt, "
            "zoals stelselmatig lastigvallen of het zaaien van haat.",
            "De factsheet geeft voorbeelden en een eenvoudig schema. Daarin ziet u welke "
            "stappen de gemeente kan zetten en wanneer u partners zoals politie of "
            "zorgorganisaties inschakelt.",
        ],
        "themes": ["problematisch-gedrag"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "uitvoerende-professionals"],
        "phases": ["oplopende-spanning"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 300,
        "published": "2024-01-15",
        "authors": [],
        "publishers": ["TPG"],
        "pages": 4,
        "external_url": "https://example.org/demo/factsheet-problematisch-gedrag",
    },
    # 19
    {
        "title": "Onderzoek: meedoen en erbij horen, inclusie vanuit inwoners bekeken",
        "partner": "KIS",
        "form": "boek",
        "subtitle": "Inclusie vanuit inwoners bekeken",
        "series": "KIS-reeks Samenleven",
        "series_number": "12",
        "summary": (
            "Inwoners met verschillende achtergronden vertellen wanneer zij zich wel of niet "
            "welkom voelen in hun gemeente. Met lessen voor inclusie in lokaal beleid."
        ),
        "body": [
            "Demo-inhoud: Beleid over inclusie gaat vaak over inwoners, maar niet altijd "
            "met hen. Daarom vroegen we inwoners zelf wanneer zij zich thuis voelen in hun "
            "gemeente en wanneer niet.",
            "We spraken met nieuwkomers, mensen met een beperking, ouderen en jongeren. Zij "
            "noemen kleine dingen die veel uitmaken: een vriendelijke balie, begrijpelijke "
            "brieven en plekken in de buurt waar iedereen mag komen.",
            "Het onderzoek laat ook zien dat gevoelens van uitsluiting kunnen leiden tot "
            "afstand en wantrouwen. Inclusie draagt zo bij aan een stabiele samenleving.",
        ],
        "themes": ["inclusie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 600,
        "published": "september 2021",
        "authors": ["T. Verbeek", "N. Amrani"],
        "publishers": ["KIS"],
        "commissioned_by": ["SZW"],
        "isbn": "978-94-6301-455-7",
        "pages": 64,
        "external_url": "https://example.org/demo/meedoen-en-erbij-horen",
    },
    # 20
    {
        "title": "Handreiking: spanningen rond de komst van een opvanglocatie",
        "partner": "KIS",
        "form": "handreiking",
        "summary": (
            "Hoe gaat u als gemeente om met zorgen en verzet bij de komst van een "
            "opvanglocatie? Over informeren, in gesprek gaan en afspraken nakomen."
        ),
        "body": [
            "Demo-inhoud: De komst van een opvanglocatie roept vaak vragen en zorgen op bij "
            "omwonenden. Soms groeit dat uit tot fel verzet en zelfs tot een demonstratie "
            "bij het gemeentehuis. Tegelijk zijn er ook inwoners die willen helpen.",
            "Deze handreiking laat zien hoe u de buurt op tijd en eerlijk informeert. Ook "
            "leest u hoe u bijeenkomsten zo organiseert dat alle stemmen gehoord worden, "
            "niet alleen de hardste.",
            "Een belangrijk advies: maak alleen beloftes die u kunt nakomen. Zo houdt u het "
            "vertrouwen van de buurt, ook als niet iedereen het eens is met het besluit.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "inclusie"],
        "audiences": ["bestuurders", "communicatieadviseurs"],
        "phases": ["oplopende-spanning", "zichtbare-onrust"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 40,
        "published": "2025-04-28",
        "authors": [],
        "publishers": ["KIS"],
        "pages": 30,
        "external_url": "https://example.org/demo/opvanglocatie-spanningen",
    },
    # 21
    {
        "title": "Toolkit: tegenstellingen bespreekbaar maken in buurtgesprekken",
        "partner": "KIS",
        "form": "toolkit",
        "summary": (
            "Een set gesprekskaarten en een draaiboek voor buurtgesprekken over onderwerpen "
            "die inwoners verdelen. Ontwikkeld met gemeenten in Zuid-Holland."
        ),
        "body": [
            "Demo-inhoud: In veel buurten groeien de tegenstellingen. Mensen met andere "
            "ideeën komen elkaar minder tegen en praten vooral over elkaar. Een goed "
            "buurtgesprek kan helpen om elkaar weer te zien als buren.",
            "Deze toolkit bevat veertig gesprekskaarten, een draaiboek voor een avond en "
            "tips voor gespreksleiders. De gesprekken gaan over thema's als wonen, "
            "veiligheid en samenleven.",
            "De toolkit is ontwikkeld samen met gemeenten en welzijnsorganisaties in "
            "Zuid-Holland, maar is overal te gebruiken.",
        ],
        "themes": ["polarisatie", "inclusie"],
        "audiences": ["uitvoerende-professionals"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "kosten",
        "price_note": "€ 45 per set gesprekskaarten",
        "language": "nl",
        "region": "zuid-holland",
        "reviewed_days_ago": 110,
        "published": "2024-11-04",
        "authors": [],
        "publishers": ["KIS"],
        "pages": 20,
        "external_url": "https://example.org/demo/buurtgesprekken-tegenstellingen",
    },
    # 22
    {
        "title": "Handreiking: in gesprek met een geradicaliseerde inwoner",
        "partner": "LSE",
        "form": "handreiking",
        "summary": (
            "Praktische tips voor professionals die contact hebben met een geradicaliseerde "
            "inwoner. Over veiligheid, houding en het doel van het gesprek."
        ),
        "body": [
            "Demo-inhoud: Het contact met een geradicaliseerde inwoner vraagt veel van een "
            "professional. U wilt de persoon bereiken, maar u moet ook letten op uw eigen "
            "veiligheid en die van anderen.",
            "Deze handreiking helpt bij de voorbereiding. U leest hoe u een doel voor het "
            "gesprek kiest, hoe u omgaat met extreme uitspraken en wanneer u beter kunt "
            "stoppen.",
            "Het Landelijk Steunpunt Extremisme werkt al jaren met mensen die extremisme "
            "achter zich willen laten. De ervaringen uit die praktijk staan centraal in "
            "deze handreiking.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-oov"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 50,
        "published": "2025-08-18",
        "authors": [],
        "publishers": ["LSE"],
        "pages": 26,
        "external_url": "https://example.org/demo/gesprek-geradicaliseerde-inwoner",
    },
    # 23
    {
        "title": "Onderzoek: anti-institutioneel extremisme en lokale onrust",
        "partner": "LSE",
        "form": "onderzoek",
        "summary": (
            "Hoe wantrouwen in de overheid kan omslaan in extremisme. Met voorbeelden van "
            "lokale situaties en aanbevelingen voor burgemeesters en ambtenaren."
        ),
        "body": [
            "Demo-inhoud: Een kleine groep mensen wijst de overheid volledig af. Zij erkennen "
            "regels en instanties niet meer. Soms leidt dat tot bedreiging of tot het "
            "verstoren van bijeenkomsten. Dit onderzoek kijkt naar hoe dat lokaal zichtbaar "
            "wordt.",
            "De onderzoekers analyseerden situaties in twaalf gemeenten. Zij beschrijven hoe "
            "onrust kan oplopen als zulke groepen aansluiten bij bestaand ongenoegen in een "
            "dorp of wijk.",
            "De aanbevelingen gaan over het verschil tussen kritiek en extremisme. Niet elke "
            "boze inwoner is extremistisch. Een goede aanpak houdt die grens scherp in het "
            "oog.",
        ],
        "themes": ["extremisme", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "bestuurders"],
        "phases": ["oplopende-spanning", "escalatie-en-ordeverstoring"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 170,
        "published": "2024-12-09",
        "authors": [],
        "publishers": ["LSE"],
        "doi": "10.5555/demo.lse.2024.1",
        "pages": 72,
        "external_url": "https://example.org/demo/anti-institutioneel-extremisme",
    },
    # 24
    {
        "title": "Toolkit voor jongerenwerkers: radicalisering bespreekbaar maken",
        "partner": "ROR",
        "form": "toolkit",
        "summary": (
            "Werkvormen en casussen waarmee jongerenwerkers het gesprek over idealen, "
            "onrecht en extreme ideeën kunnen voeren met jongeren."
        ),
        "body": [
            "Demo-inhoud: Jongerenwerkers hebben vaak een goede band met jongeren. Daardoor "
            "horen ze dingen die ouders en docenten niet horen. Dat maakt hun rol bij het "
            "voorkomen van radicalisering belangrijk.",
            "Deze toolkit bevat twaalf werkvormen en zes casussen uit de praktijk. De "
            "werkvormen helpen om met jongeren te praten over idealen, onrecht en "
            "boosheid, zonder te veroordelen.",
            "Bij de toolkit hoort een korte uitleg over samenwerking. Wanneer deelt het "
            "jongerenwerk zorgen met de gemeente, en hoe blijft het vertrouwen van de "
            "jongere behouden?",
        ],
        "themes": ["radicalisering"],
        "audiences": ["uitvoerende-professionals"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 75 per exemplaar, inclusief werkkaarten",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 15,
        "published": "2026-03-02",
        "authors": [],
        "publishers": ["ROR"],
        "pages": 60,
        "external_url": "https://example.org/demo/toolkit-jongerenwerkers",
    },
    # 25
    {
        "title": "Report: lessons from local approaches to radicalisation in Europe",
        "partner": "ROR",
        "form": "rapport",
        "summary": (
            "An English report comparing how cities in six European countries prevent "
            "radicalisation and violent extremism at the local level."
        ),
        "body": [
            "Demo-inhoud: Many European cities face similar questions about radicalisation "
            "and extremism. This report compares local approaches in six countries, "
            "including the Netherlands.",
            "It looks at multi-agency case meetings, the role of youth work and the way "
            "cities support families. For each country, the report describes what works "
            "well and what is still difficult.",
            "The report ends with lessons that Dutch municipalities can use, for example "
            "on sharing information safely and on training frontline staff.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["beleidsmedewerkers-oov"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 30 voor de gedrukte versie, pdf gratis",
        "language": "en",
        "region": "landelijk",
        "reviewed_days_ago": 450,
        "published": "2023-03-22",
        "authors": ["K. Jansen", "P. Moreau"],
        "publishers": ["ROR"],
        "pages": 96,
        "external_url": "https://example.org/demo/local-approaches-europe",
    },
    # 26
    {
        "title": "Handreiking voor burgemeesters: bestuurlijk optreden bij escalatie",
        "partner": "NGB",
        "form": "handreiking",
        "summary": (
            "Wat doet de burgemeester als onrust uitloopt op ordeverstoring? Over "
            "noodbevoegdheden, het gesprek met de buurt en de periode van herstel daarna."
        ),
        "body": [
            "Demo-inhoud: Als onrust omslaat in rellen of ernstige ordeverstoring, ligt de "
            "verantwoordelijkheid bij de burgemeester. Er moeten snel besluiten worden "
            "genomen, vaak onder grote druk.",
            "Deze handreiking zet de bevoegdheden van de burgemeester op een rij, van "
            "cameratoezicht tot een noodverordening. Ook staat erin hoe u die bevoegdheden "
            "zorgvuldig en in verhouding inzet.",
            "Veel aandacht gaat naar de periode na de escalatie. Burgemeesters vertellen hoe "
            "zij de buurt opzochten, met jongeren en ouders spraken en werkten aan herstel "
            "van vertrouwen.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders"],
        "phases": ["escalatie-en-ordeverstoring", "nazorg-en-herstel"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 5,
        "published": "2026-09-14",
        "authors": [],
        "publishers": ["NGB"],
        "pages": 38,
        "external_url": "https://example.org/demo/burgemeester-bij-escalatie",
    },
    # 27
    {
        "title": "Factsheet: bevoegdheden van de burgemeester bij demonstraties",
        "partner": "NGB",
        "form": "factsheet",
        "summary": (
            "Een overzicht van wat de burgemeester wel en niet mag bij een demonstratie, "
            "zoals voorschriften, beperkingen en een verbod als uiterste middel."
        ),
        "body": [
            "Demo-inhoud: Iedereen heeft het recht om te demonstreren. De burgemeester "
            "beschermt dat recht, en zorgt tegelijk voor de openbare orde. Dat is soms een "
            "lastige balans, zeker als er ook een tegendemonstratie is aangekondigd.",
            "Deze factsheet legt in gewone taal uit wat de burgemeester mag. U leest over "
            "de kennisgeving, voorschriften over plaats en tijd en het verbod als uiterste "
            "middel. Ook staat erin waarom de inhoud van een boodschap nooit een reden is "
            "om in te grijpen.",
            "De factsheet is ook nuttig voor raadsleden die vragen krijgen van inwoners over "
            "demonstraties in hun gemeente.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders", "gemeenteraadsleden"],
        "phases": ["zichtbare-onrust"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 200,
        "published": "2024-04-02",
        "authors": [],
        "publishers": ["NGB"],
        "pages": 3,
        "external_url": "https://example.org/demo/factsheet-demonstratierecht",
    },
    # 28
    {
        "title": "Handreiking voor wethouders: het sociaal domein bij maatschappelijke onrust",
        "partner": "WV",
        "form": "handreiking",
        "summary": (
            "Onrust is niet alleen een zaak van openbare orde. Deze handreiking laat zien "
            "wat wethouders in het sociaal domein kunnen doen, vóór en na een onrustige periode."
        ),
        "body": [
            "Demo-inhoud: Bij onrust kijken we vaak eerst naar de burgemeester en de politie. "
            "Maar achter veel ongenoegen zitten zorgen over werk, geld, wonen en zorg. Daar "
            "ligt een rol voor wethouders.",
            "Deze handreiking helpt wethouders om het sociaal domein een plek te geven in de "
            "aanpak. Denk aan extra inzet van wijkteams, aandacht voor inclusie en het "
            "ophalen van signalen via welzijnsorganisaties.",
            "Na een onrustige periode kan het sociaal domein helpen bij herstel. De "
            "handreiking geeft voorbeelden van gemeenten waar wethouders hierin het "
            "voortouw namen.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "inclusie"],
        "audiences": ["bestuurders", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["sluimerend-ongenoegen", "nazorg-en-herstel"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 65,
        "published": "2025-06-09",
        "authors": [],
        "publishers": ["WV"],
        "pages": 22,
        "external_url": "https://example.org/demo/wethouders-sociaal-domein-onrust",
    },
    # 29
    {
        "title": "Rapport: wethouders over polarisatie in hun gemeente",
        "partner": "WV",
        "form": "rapport",
        "summary": (
            "Een peiling onder wethouders in Gelderland over polarisatie, bedreiging en de "
            "sfeer in de gemeente. Met hun ideeën om de verbinding te versterken."
        ),
        "body": [
            "Demo-inhoud: Hoe ervaren wethouders de polarisatie in hun gemeente? Voor dit "
            "rapport vulden wethouders uit Gelderland een vragenlijst in. Een deel van hen "
            "deed ook mee aan een gesprek.",
            "Veel wethouders zien dat meningen verharden, ook in de gemeenteraad. Sommigen "
            "kregen te maken met intimidatie. Tegelijk noemen zij voorbeelden van "
            "initiatieven die mensen juist bij elkaar brengen.",
            "Het rapport sluit af met ideeën van wethouders zelf, zoals vaker de wijk in "
            "gaan en samen met de raad afspraken maken over de toon van het debat.",
        ],
        "themes": ["polarisatie"],
        "audiences": ["bestuurders", "gemeenteraadsleden"],
        "phases": ["oplopende-spanning"],
        "cost": "kosten",
        "price_note": "€ 25 per gedrukt exemplaar",
        "language": "nl",
        "region": "gelderland",
        "reviewed_days_ago": 690,
        "published": "ca. 2020",
        "authors": [],
        "publishers": ["WV"],
        "pages": 46,
        "external_url": "https://example.org/demo/wethouders-polarisatie-gelderland",
    },
    # 30
    {
        "title": "Onderzoek: jongerenwerk en polarisatie onder jongeren in Noord-Brabant",
        "partner": "JEP",
        "form": "onderzoek",
        "summary": (
            "Hoe zien jongerenwerkers in Noord-Brabant polarisatie en problematisch gedrag "
            "onder jongeren? Met voorbeelden van aanpakken die werken."
        ),
        "body": [
            "Demo-inhoud: Jongeren zoeken hun plek en hun mening. Online en op straat zien "
            "jongerenwerkers dat groepen jongeren tegenover elkaar komen te staan. Soms "
            "leidt dat tot pesten, uitsluiting of vechtpartijen.",
            "Voor dit onderzoek spraken we met jongerenwerkers en jongeren in acht "
            "gemeenten in Noord-Brabant. Zij vertellen wat de spanning voedt en wat helpt "
            "om die te verminderen.",
            "Het onderzoek laat zien dat het jongerenwerk een belangrijke schakel is. "
            "Jongerenwerkers kunnen vroeg signaleren en jongeren helpen om met verschillen "
            "om te gaan. Daarvoor hebben zij wel tijd, scholing en steun van de gemeente "
            "nodig.",
        ],
        "themes": ["polarisatie", "problematisch-gedrag"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["oplopende-spanning"],
        "cost": "kosten",
        "price_note": "€ 35 voor niet-deelnemende gemeenten",
        "language": "nl",
        "region": "noord-brabant",
        "reviewed_days_ago": 125,
        "published": "2025-01-20",
        "authors": [],
        "publishers": ["JEP"],
        "pages": 54,
        "external_url": "https://example.org/demo/jongerenwerk-polarisatie-brabant",
    },
]
