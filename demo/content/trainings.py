"""Demo trainings: original demo text, not real trainings."""

TRAININGS = [
    {
        "title": "Leerlijn signaleren van radicalisering voor jongerenwerkers",
        "partner": "ROR",
        "form": "leerlijn",
        "summary": (
            "Jongerenwerkers leren in vijf bijeenkomsten hoe zij signalen van "
            "radicalisering herkennen, bespreken en op de juiste plek neerleggen."
        ),
        "body": [
            "Demo-inhoud: Deze leerlijn is bedoeld voor jongerenwerkers die elke dag "
            "met jongeren in gesprek zijn. Zij zien vaak als eerste dat een jongere "
            "zich terugtrekt, andere vrienden zoekt of harde uitspraken doet. In deze "
            "leerlijn leert u wat zulke signalen wel en niet betekenen.",
            "We werken met voorbeelden uit de praktijk van het jongerenwerk. U oefent "
            "hoe u een gesprek begint zonder de jongere af te schrikken. Ook leert u "
            "wanneer u een collega, de wijkagent of het casusoverleg van de gemeente "
            "inschakelt.",
            "Tussen de bijeenkomsten door houdt u een kort logboek bij. In de laatste "
            "bijeenkomst maakt u een eigen stappenplan voor uw team.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["uitvoerende-professionals"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 395 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 12,
        "delivery": "hybride",
        "start_date": "2027-02-04",
        "end_date": "2027-06-10",
        "location": "Utrecht",
        "duration": "5 bijeenkomsten van 3 uur",
        "group_size": "10 tot 18 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-signaleren-jongerenwerk",
    },
    {
        "title": "E-learning basiskennis radicalisering en extremisme",
        "partner": "ROR",
        "form": "e-learning",
        "summary": (
            "Een korte online cursus over wat radicalisering en extremisme zijn, hoe "
            "het proces verloopt en welke rol de gemeente heeft."
        ),
        "body": [
            "Demo-inhoud: Deze e-learning geeft u in korte tijd een goede basis. U "
            "leert het verschil tussen radicale ideeën, radicalisering en extremisme. "
            "Dat verschil is belangrijk, want niet elke harde mening is een risico.",
            "De cursus bestaat uit zes korte modules met filmpjes, vragen en een "
            "eindtoets. U kunt op elk moment beginnen en stoppen. Na afloop krijgt u "
            "een bewijs van deelname.",
            "De e-learning is geschikt voor nieuwe medewerkers in het sociaal domein "
            "en bij openbare orde en veiligheid. Ook voor collega's die alleen de "
            "basis willen kennen, is dit een goed begin.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": [
            "beleidsmedewerkers-oov",
            "beleidsmedewerkers-sociaal-domein",
            "uitvoerende-professionals",
        ],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 45,
        "delivery": "online",
        "start_date": None,
        "end_date": None,
        "location": "",
        "duration": "ca. 3 uur zelfstudie",
        "group_size": "",
        "registration_url": "https://example.org/demo/aanmelden/e-learning-basiskennis-radicalisering",
    },
    {
        "title": "Masterclass in gesprek met geradicaliseerde inwoners",
        "partner": "ROR",
        "form": "masterclass",
        "summary": (
            "Een verdiepende dag voor ervaren professionals over het voeren van "
            "gesprekken met inwoners die al verder geradicaliseerd zijn."
        ),
        "body": [
            "Demo-inhoud: Soms heeft een gemeente te maken met een inwoner die al ver "
            "in een extreem denkbeeld zit. Hoe houdt u dan contact? In deze "
            "masterclass staat het gesprek met geradicaliseerde inwoners centraal.",
            "Een ervaren trainer en een acteur laten zien wat werkt en wat niet. U "
            "oefent zelf met lastige situaties, zoals een gesprek waarin de ander u "
            "als vijand ziet. Daarbij letten we ook op uw eigen veiligheid en grenzen.",
            "Deze masterclass is al geweest. Er komt mogelijk een nieuwe ronde. Houd "
            "deze pagina daarom in de gaten.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-oov"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 450 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 410,
        "delivery": "op-locatie",
        "start_date": "2025-09-18",
        "end_date": "2025-09-18",
        "location": "Den Haag",
        "duration": "1 dag",
        "group_size": "8 tot 14 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/masterclass-gesprek-geradicaliseerde-inwoners",
    },
    {
        "title": "Workshop casusoverleg: wat doet u als iemand dreigt te radicaliseren?",
        "partner": "ROR",
        "form": "workshop",
        "summary": (
            "In deze workshop oefent u met een casusoverleg over een inwoner die "
            "dreigt te radicaliseren. U leert wie aan tafel zit en wat ieders rol is."
        ),
        "body": [
            "Demo-inhoud: Als een inwoner dreigt te radicaliseren, moeten "
            "verschillende partijen samenwerken. Denk aan de gemeente, de politie, de "
            "zorg en het onderwijs. Dat gaat niet altijd vanzelf.",
            "In deze workshop speelt u een casusoverleg na. Iedere deelnemer krijgt "
            "een rol. Zo ervaart u hoe het is om informatie te delen, keuzes te maken "
            "en afspraken vast te leggen. We staan ook stil bij privacy: wat mag u "
            "delen en wat niet?",
            "De workshop is bedoeld voor gemeenten in Overijssel. U kunt met een "
            "klein team uit uw eigen gemeente komen, in Zwolle of online.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "overijssel",
        "reviewed_days_ago": 30,
        "delivery": "hybride",
        "start_date": "2026-12-08",
        "end_date": "2026-12-08",
        "location": "Zwolle",
        "duration": "1 dagdeel",
        "group_size": "6 tot 20 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-casusoverleg-radicaliseren",
    },
    {
        "title": "Leerlijn sociale stabiliteit voor beleidsmedewerkers",
        "partner": "ESS",
        "form": "leerlijn",
        "summary": (
            "Een leerlijn van vier maanden over het versterken van sociale stabiliteit "
            "in uw gemeente: van de eerste signalen van ongenoegen tot een gedragen "
            "aanpak."
        ),
        "body": [
            "Demo-inhoud: Sociale stabiliteit gaat over een samenleving waarin mensen "
            "zich gehoord voelen en waarin verschillen niet tot breuken leiden. Deze "
            "leerlijn helpt beleidsmedewerkers om dat te vertalen naar hun eigen "
            "gemeente.",
            "U leert hoe u signalen van sluimerend ongenoegen opvangt, bijvoorbeeld "
            "via wijkteams, sleutelfiguren en de frontoffice. Daarna werkt u aan een "
            "aanpak die polarisatie voorkomt en inclusie versterkt.",
            "De leerlijn bestaat uit zes bijeenkomsten, deels online en deels in "
            "Utrecht. U werkt aan een opdracht uit uw eigen praktijk en krijgt "
            "feedback van collega's uit andere gemeenten.",
        ],
        "themes": ["inclusie", "polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["sluimerend-ongenoegen", "oplopende-spanning"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 20,
        "delivery": "hybride",
        "start_date": "2027-01-20",
        "end_date": "2027-05-26",
        "location": "Utrecht",
        "duration": "6 bijeenkomsten van 3 uur",
        "group_size": "12 tot 24 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-sociale-stabiliteit",
    },
    {
        "title": "Intervisiegroep voor wijkprofessionals over spanningen in de buurt",
        "partner": "ESS",
        "form": "intervisie",
        "summary": (
            "Een vaste intervisiegroep in Gelderland waarin wijkprofessionals elkaar "
            "helpen bij spanningen en onrust in hun buurt."
        ),
        "body": [
            "Demo-inhoud: In een buurt kan het soms snel gaan. Eén incident leidt tot "
            "boze berichten, en ineens staan groepen tegenover elkaar. "
            "Wijkprofessionals staan daar middenin. In deze intervisiegroep deelt u "
            "uw ervaringen met collega's.",
            "De groep komt ongeveer elke zes weken bij elkaar in Arnhem. Een "
            "begeleider van de Expertise-unit Sociale Stabiliteit leidt het gesprek. "
            "U brengt zelf een situatie in en de groep denkt met u mee.",
            "U kunt op elk moment instromen als er plek is. De groep is klein, zodat "
            "iedereen aan bod komt.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["uitvoerende-professionals"],
        "phases": ["oplopende-spanning", "zichtbare-onrust"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "gelderland",
        "reviewed_days_ago": 88,
        "delivery": "op-locatie",
        "start_date": None,
        "end_date": None,
        "location": "Arnhem",
        "duration": "bijeenkomst van 2,5 uur, ongeveer elke 6 weken",
        "group_size": "6 tot 10 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/intervisie-spanningen-buurt",
    },
    {
        "title": "E-learning werken aan veerkracht in de lokale samenleving",
        "partner": "ESS",
        "form": "e-learning",
        "summary": (
            "Online cursus over wat een samenleving met veerkracht kenmerkt en hoe u "
            "als gemeente die veerkracht kunt versterken."
        ),
        "body": [
            "Demo-inhoud: Een samenleving met veerkracht kan tegen een stootje. "
            "Inwoners kennen elkaar, vertrouwen instanties en vinden samen een weg als "
            "er spanningen zijn. Maar hoe bouwt u daar als gemeente aan?",
            "In deze e-learning leert u welke bouwstenen belangrijk zijn, zoals "
            "ontmoeting, goede contacten met sleutelfiguren en een betrouwbare "
            "overheid. Bij elke bouwsteen vindt u voorbeelden en vragen die u op uw "
            "eigen gemeente kunt toepassen.",
            "U doet de e-learning in uw eigen tempo. Aan het eind maakt u een korte "
            "checklist voor uw gemeente.",
        ],
        "themes": ["inclusie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "bestuurders"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 150,
        "delivery": "online",
        "start_date": None,
        "end_date": None,
        "location": "",
        "duration": "ca. 2 uur zelfstudie",
        "group_size": "",
        "registration_url": "https://example.org/demo/aanmelden/e-learning-veerkracht",
    },
    {
        "title": "Workshop polarisatie bespreekbaar maken op school en in de wijk",
        "partner": "JEP",
        "form": "workshop",
        "summary": (
            "Praktische workshop voor professionals die met jongeren werken: hoe "
            "voert u het gesprek als onderwerpen polariseren?"
        ),
        "body": [
            "Demo-inhoud: Sommige onderwerpen polariseren snel, zoals oorlog, geloof "
            "of identiteit. Jongeren nemen die discussies mee naar school, de "
            "sportclub en het buurthuis. Professionals weten dan niet altijd hoe ze "
            "moeten reageren.",
            "In deze workshop leert u hoe u een veilig gesprek opzet. U oefent met "
            "vragen stellen, doorvragen en grenzen aangeven, zonder de jongere af te "
            "wijzen. Zo houdt u polarisatie bespreekbaar.",
            "De workshop is bedoeld voor leerplichtambtenaren, jongerenwerkers en "
            "docenten in Noord-Brabant. U krijgt een set gesprekskaarten mee naar "
            "huis.",
        ],
        "themes": ["polarisatie", "inclusie"],
        "audiences": ["uitvoerende-professionals"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 195 per deelnemer",
        "language": "nl",
        "region": "noord-brabant",
        "reviewed_days_ago": 60,
        "delivery": "op-locatie",
        "start_date": "2027-03-11",
        "end_date": "2027-03-11",
        "location": "Eindhoven",
        "duration": "1 dagdeel",
        "group_size": "12 tot 25 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-polarisatie-school-wijk",
    },
    {
        "title": "E-learning ouders ondersteunen bij zorgen over radicalisering van hun kind",
        "partner": "JEP",
        "form": "e-learning",
        "summary": (
            "Leer hoe u ouders helpt die bang zijn dat hun kind gaat radicaliseren, "
            "en waar u hen naartoe kunt verwijzen."
        ),
        "body": [
            "Demo-inhoud: Ouders merken vaak als eerste dat hun kind verandert. Ze "
            "weten dan niet bij wie ze terecht kunnen. Soms bellen ze de gemeente, "
            "soms praten ze met een jongerenwerker of een leerkracht.",
            "In deze e-learning leert u hoe u zo'n eerste gesprek voert. U leert "
            "luisteren zonder te oordelen, de zorg serieus te nemen en samen te "
            "kijken naar de volgende stap. U krijgt ook een overzicht van plekken "
            "waar ouders hulp kunnen krijgen.",
            "De e-learning is ook nuttig voor medewerkers van de frontoffice of het "
            "KCC, omdat zij soms het eerste telefoontje aannemen.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["uitvoerende-professionals", "frontoffice-kcc"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 210,
        "delivery": "online",
        "start_date": None,
        "end_date": None,
        "location": "",
        "duration": "ca. 90 minuten zelfstudie",
        "group_size": "",
        "registration_url": "https://example.org/demo/aanmelden/e-learning-ouders-ondersteunen",
    },
    {
        "title": "Online intervisie voor jongerenwerkers over polariserende gesprekken",
        "partner": "JEP",
        "form": "intervisie",
        "summary": (
            "Vijf online bijeenkomsten waarin jongerenwerkers lastige gesprekken over "
            "polarisatie met elkaar bespraken."
        ),
        "body": [
            "Demo-inhoud: Deze online intervisie was bedoeld voor jongerenwerkers die "
            "in hun werk vaak te maken krijgen met felle discussies tussen jongeren. "
            "Denk aan ruzies op sociale media die doorwerken in het jongerencentrum.",
            "In kleine groepen bespraken deelnemers hun eigen situaties. Samen zochten "
            "ze naar manieren om het gesprek gaande te houden en jongeren met elkaar "
            "in contact te brengen.",
            "Deze ronde is afgelopen. Platform JEP gebruikt de opbrengsten voor nieuw "
            "aanbod.",
        ],
        "themes": ["polarisatie"],
        "audiences": ["uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 530,
        "delivery": "online",
        "start_date": "2025-02-05",
        "end_date": "2025-06-18",
        "location": "",
        "duration": "5 bijeenkomsten van 2 uur",
        "group_size": "6 tot 8 deelnemers per groep",
        "registration_url": "https://example.org/demo/aanmelden/intervisie-jongerenwerkers-polarisatie",
    },
    {
        "title": "Leerlijn aanpak problematisch gedrag van jongeren in de openbare ruimte",
        "partner": "TPG",
        "form": "leerlijn",
        "summary": (
            "Een leerlijn voor gemeenten in Zuid-Holland over een samenhangende "
            "aanpak van problematisch gedrag van jongeren, van zorg tot handhaving."
        ),
        "body": [
            "Demo-inhoud: Intimidatie, vernielingen of groepen jongeren die de buurt "
            "onveilig laten voelen: problematisch gedrag vraagt om meer dan alleen "
            "handhaving. Deze leerlijn helpt gemeenten om zorg, jongerenwerk, "
            "onderwijs en politie beter te laten samenwerken.",
            "U werkt in een vast team uit uw eigen gemeente. In elke bijeenkomst "
            "staat een ander onderdeel centraal, zoals het in beeld brengen van de "
            "groep, het gesprek met ouders en het maken van afspraken met partners.",
            "Tussen de bijeenkomsten door past u het geleerde toe in uw eigen "
            "gemeente. Een begeleider komt één keer langs om mee te kijken.",
        ],
        "themes": ["problematisch-gedrag"],
        "audiences": [
            "beleidsmedewerkers-oov",
            "beleidsmedewerkers-sociaal-domein",
            "uitvoerende-professionals",
        ],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 795 per deelnemer",
        "language": "nl",
        "region": "zuid-holland",
        "reviewed_days_ago": 35,
        "delivery": "hybride",
        "start_date": "2027-02-01",
        "end_date": "2027-10-15",
        "location": "Rotterdam",
        "duration": "8 bijeenkomsten van 3 uur en 1 praktijkbezoek",
        "group_size": "3 tot 5 gemeenten, elk met een team van 3 personen",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-problematisch-gedrag-jongeren",
    },
    {
        "title": "Workshop samen optrekken bij overlast en problematisch gedrag",
        "partner": "TPG",
        "form": "workshop",
        "summary": (
            "Deze workshop in Groningen liet zien hoe gemeente, woningcorporatie en "
            "wijkteam samen optrekken bij aanhoudende overlast."
        ),
        "body": [
            "Demo-inhoud: Bij aanhoudende overlast in een straat of wijk verliezen "
            "bewoners soms het vertrouwen. Ze voelen zich niet gehoord en het "
            "ongenoegen groeit. In deze workshop stond de vraag centraal hoe partners "
            "samen snel en zichtbaar kunnen handelen.",
            "Deelnemers werkten met een voorbeeld uit een verzonnen wijk. Ze maakten "
            "een plan met taken voor de gemeente, de woningcorporatie, het wijkteam "
            "en de politie.",
            "De workshop is afgelopen. Wilt u iets vergelijkbaars in uw regio? Laat "
            "het de organisator dan weten.",
        ],
        "themes": ["problematisch-gedrag", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": ["sluimerend-ongenoegen", "oplopende-spanning"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "groningen",
        "reviewed_days_ago": 240,
        "delivery": "op-locatie",
        "start_date": "2026-04-14",
        "end_date": "2026-04-14",
        "location": "Groningen",
        "duration": "1 dagdeel",
        "group_size": "15 tot 30 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-overlast-samen-optrekken",
    },
    {
        "title": "Workshop inclusie in gemeentelijke communicatie",
        "partner": "KIS",
        "form": "workshop",
        "summary": (
            "Workshop op aanvraag voor communicatieadviseurs: hoe schrijft en "
            "communiceert u zo dat alle inwoners zich aangesproken voelen?"
        ),
        "body": [
            "Demo-inhoud: Niet alle inwoners voelen zich aangesproken door de "
            "berichten van de gemeente. Dat kan komen door moeilijke taal, door "
            "beelden waarin ze zich niet herkennen of door kanalen die ze niet "
            "gebruiken. Inclusie begint daarom ook bij communicatie.",
            "In deze online workshop kijken we samen naar voorbeelden uit uw eigen "
            "gemeente, zoals een brief, een webpagina of een bericht op sociale "
            "media. U krijgt concrete tips om teksten en beelden toegankelijker te "
            "maken.",
            "De workshop wordt op aanvraag gegeven voor een team van één gemeente. U "
            "spreekt samen een datum af.",
        ],
        "themes": ["inclusie"],
        "audiences": ["communicatieadviseurs", "frontoffice-kcc"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 95,
        "delivery": "online",
        "start_date": None,
        "end_date": None,
        "location": "",
        "duration": "2 uur",
        "group_size": "5 tot 15 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-inclusie-communicatie",
    },
    {
        "title": "Leerlijn omgaan met tegenstellingen in de buurt",
        "partner": "KIS",
        "form": "leerlijn",
        "summary": (
            "Een leerlijn in Amsterdam voor professionals die groeiende "
            "tegenstellingen tussen groepen bewoners op tijd willen zien en "
            "bespreekbaar willen maken."
        ),
        "body": [
            "Demo-inhoud: In veel buurten wonen mensen met verschillende "
            "achtergronden, leefstijlen en meningen. Meestal gaat dat goed. Maar soms "
            "groeien de tegenstellingen, bijvoorbeeld na de komst van een nieuwe "
            "opvanglocatie of na een incident.",
            "In deze leerlijn leert u zulke tegenstellingen vroeg te zien. U oefent "
            "met het organiseren van ontmoetingen en buurtgesprekken waarin groepen "
            "elkaar echt horen. Ook leert u wanneer u beter één op één kunt praten.",
            "De leerlijn bestaat uit vier bijeenkomsten en een bezoek aan een "
            "buurtproject. U sluit af met een plan voor uw eigen wijk.",
        ],
        "themes": ["inclusie", "polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "kosten",
        "price_note": "€ 650 per deelnemer",
        "language": "nl",
        "region": "noord-holland",
        "reviewed_days_ago": 18,
        "delivery": "op-locatie",
        "start_date": "2027-01-14",
        "end_date": "2027-04-08",
        "location": "Amsterdam",
        "duration": "4 bijeenkomsten van 3 uur en 1 excursie",
        "group_size": "10 tot 16 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-tegenstellingen-buurt",
    },
    {
        "title": "Masterclass: inclusive local policy in diverse neighbourhoods",
        "partner": "KIS",
        "form": "masterclass",
        "summary": (
            "An English-language online masterclass for municipal staff on inclusive "
            "policy in diverse neighbourhoods, with examples from several European "
            "cities."
        ),
        "body": [
            "Demo-inhoud: This masterclass is taught in English, so that "
            "international colleagues and guest speakers can take part. It focuses on "
            "local policy that helps all residents feel they belong, whatever their "
            "background.",
            "Speakers from several European cities share what worked for them, and "
            "what did not. You discuss how these lessons on inclusion apply to a "
            "Dutch municipality and to your own work.",
            "The masterclass consists of two online afternoons. Some knowledge of "
            "local policy in the social domain is helpful.",
        ],
        "themes": ["inclusie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 250 per participant",
        "language": "en",
        "region": "landelijk",
        "reviewed_days_ago": 130,
        "delivery": "online",
        # Two online afternoons, a week apart.
        "sessions": [
            {"start_date": "2027-03-02", "start_time": "13:30", "end_time": "16:30", "online": True},
            {"start_date": "2027-03-09", "start_time": "13:30", "end_time": "16:30", "online": True},
        ],
        "location": "",
        "duration": "2 afternoons of 3 hours",
        "group_size": "up to 40 participants",
        "registration_url": "https://example.org/demo/aanmelden/masterclass-inclusive-local-policy",
    },
    {
        "title": "Workshop online extremisme herkennen en duiden",
        "partner": "LSE",
        "form": "workshop",
        "summary": (
            "Online workshop over hoe extremistische ideeën zich online verspreiden, "
            "welke signalen u kunt zien en wat u als gemeente kunt doen."
        ),
        "body": [
            "Demo-inhoud: Extremistische ideeën verspreiden zich vaak online, via "
            "filmpjes, memes en besloten chatgroepen. Ze zijn soms verpakt als grap. "
            "Daardoor zijn ze moeilijk te herkennen.",
            "In deze workshop laat een medewerker van het Landelijk Steunpunt "
            "Extremisme zien welke symbolen en codes nu veel gebruikt worden. U leert "
            "wat deze signalen kunnen betekenen en wanneer u zich zorgen moet maken. "
            "We bespreken ook wat u beter niet doet, zoals zonder afspraak zelf "
            "meekijken in besloten groepen.",
            "De workshop is geschikt voor professionals en beleidsmedewerkers zonder "
            "specialistische kennis van extremisme.",
        ],
        "themes": ["extremisme", "radicalisering"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 8,
        "delivery": "online",
        # The same workshop twice; the first date is full.
        "sessions": [
            {
                "start_date": "2027-01-19",
                "start_time": "10:00",
                "end_time": "12:00",
                "online": True,
                "capacity": 60,
                "places_taken": 60,
                "registration_deadline": "2027-01-12",
            },
            {
                "start_date": "2027-02-16",
                "start_time": "14:00",
                "end_time": "16:00",
                "online": True,
                "capacity": 60,
                "places_taken": 12,
                "registration_deadline": "2027-02-09",
            },
        ],
        "location": "",
        "duration": "2 uur",
        "group_size": "maximaal 60 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-online-extremisme",
    },
    {
        "title": "Intervisie bij casussen over extremisme in gezinnen",
        "partner": "LSE",
        "form": "intervisie",
        "summary": (
            "Doorlopende intervisie voor professionals die gezinnen begeleiden waarin "
            "extremisme een rol speelt."
        ),
        "body": [
            "Demo-inhoud: Als een gezinslid extremistische ideeën heeft, raakt dat het "
            "hele gezin. Ouders, broers en zussen hebben vaak zelf steun nodig. "
            "Professionals die deze gezinnen begeleiden, lopen tegen lastige vragen "
            "aan.",
            "In deze intervisie brengt u een eigen casus in, zonder namen. Onder "
            "leiding van een ervaren medewerker van het Landelijk Steunpunt "
            "Extremisme denkt de groep met u mee. U kiest zelf of u in Utrecht of "
            "online meedoet.",
            "Instromen kan doorlopend. Na uw aanmelding neemt het steunpunt contact "
            "met u op voor een kort kennismakingsgesprek.",
        ],
        "themes": ["extremisme", "radicalisering"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 170,
        "delivery": "hybride",
        "start_date": None,
        "end_date": None,
        "location": "Utrecht",
        "duration": "bijeenkomst van 2 uur, eens per 2 maanden",
        "group_size": "5 tot 8 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/intervisie-extremisme-gezinnen",
    },
    {
        "title": "Masterclass demonstraties en tegendemonstraties in goede banen leiden",
        "partner": "VNG",
        "form": "masterclass",
        "summary": (
            "Voor bestuurders en beleidsmedewerkers openbare orde: hoe bereidt u zich "
            "voor op demonstraties die tegendemonstraties oproepen?"
        ),
        "body": [
            "Demo-inhoud: Het recht om te demonstreren is een groot goed. Toch kan "
            "een demonstratie ook spanning oproepen, vooral als er een "
            "tegendemonstratie komt. De gemeente moet dan het demonstratierecht "
            "beschermen én de openbare orde bewaken.",
            "In deze masterclass bespreekt u met collega's hoe u zich voorbereidt: van "
            "het eerste contact met organisatoren tot de afspraken met de politie en "
            "de communicatie met bewoners. We kijken ook naar wat er daarna nodig is "
            "in de buurt.",
            "De masterclass combineert korte presentaties met oefeningen aan de hand "
            "van scenario's. U neemt een checklist mee voor uw eigen gemeente.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov", "communicatieadviseurs"],
        "phases": ["zichtbare-onrust", "escalatie-en-ordeverstoring"],
        "cost": "kosten",
        "price_note": "€ 495 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 25,
        "delivery": "op-locatie",
        "start_date": "2027-02-18",
        "end_date": "2027-02-18",
        "location": "Den Haag",
        "duration": "1 dag",
        "group_size": "15 tot 30 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/masterclass-demonstraties",
    },
    {
        "title": "E-learning de rol van de gemeenteraad bij polarisatie",
        "partner": "VNG",
        "form": "e-learning",
        "summary": (
            "Korte e-learning voor raadsleden over polarisatie in de gemeente en wat "
            "de raad kan doen om het gesprek open te houden."
        ),
        "body": [
            "Demo-inhoud: Gemeenteraadsleden merken polarisatie soms direct: in de "
            "raadszaal, op straat of online. Tegelijk hebben zij een rol in het "
            "verbinden van inwoners. Deze e-learning helpt u om die rol helder te "
            "krijgen.",
            "U leert wat polarisatie is, hoe het ontstaat en welke rol taal en beelden "
            "daarbij spelen. Ook krijgt u tips voor het debat: hoe bespreekt u "
            "gevoelige onderwerpen zonder de tegenstellingen groter te maken?",
            "De e-learning duurt ongeveer een uur. U kunt hem ook in delen volgen.",
        ],
        "themes": ["polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["gemeenteraadsleden"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 455,
        "delivery": "online",
        "start_date": None,
        "end_date": None,
        "location": "",
        "duration": "ca. 1 uur zelfstudie",
        "group_size": "",
        "registration_url": "https://example.org/demo/aanmelden/e-learning-gemeenteraad-polarisatie",
    },
    {
        "title": "Workshop frontoffice: omgaan met boze en wantrouwige inwoners",
        "partner": "VNG",
        "form": "workshop",
        "summary": (
            "Workshop in Leeuwarden voor medewerkers van frontoffice en KCC over "
            "gesprekken met inwoners die boos of wantrouwig zijn."
        ),
        "body": [
            "Demo-inhoud: Medewerkers van de frontoffice en het klantcontactcentrum "
            "krijgen ongenoegen vaak als eerste over zich heen. Soms gaat het om een "
            "kleine klacht, soms om diep wantrouwen tegen de overheid.",
            "In deze workshop oefenden deelnemers met een trainingsacteur. Ze leerden "
            "hoe ze rustig blijven, de boosheid erkennen en toch duidelijk zijn over "
            "wat wel en niet kan. Ook leerden ze wanneer ze signalen doorgeven aan "
            "collega's, bijvoorbeeld bij dreiging.",
            "Deze workshop heeft al plaatsgevonden. Gemeenten die belangstelling "
            "hebben voor een nieuwe editie, kunnen dat laten weten.",
        ],
        "themes": ["problematisch-gedrag", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["frontoffice-kcc"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "kosten",
        "price_note": "€ 225 per deelnemer",
        "language": "nl",
        "region": "friesland",
        "reviewed_days_ago": 395,
        "delivery": "op-locatie",
        "start_date": "2025-11-06",
        "end_date": "2025-11-06",
        "location": "Leeuwarden",
        "duration": "1 dagdeel",
        "group_size": "8 tot 12 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-frontoffice-boze-inwoners",
    },
    {
        "title": "Leerlijn weerbaar bestuur bij maatschappelijke onrust",
        "partner": "BZK",
        "form": "leerlijn",
        "summary": (
            "Leerlijn voor burgemeesters, wethouders en hun adviseurs over besturen "
            "als de spanning in de gemeente oploopt."
        ),
        "body": [
            "Demo-inhoud: Als de onrust in een gemeente toeneemt, kijkt iedereen naar "
            "het bestuur. Wat zegt u, wanneer grijpt u in en met wie werkt u samen? "
            "Deze leerlijn helpt bestuurders en hun adviseurs om daar goed op "
            "voorbereid te zijn.",
            "De leerlijn volgt de fasen van onrust, van oplopende spanning tot "
            "zichtbare onrust. In elke bijeenkomst staat één fase centraal. U werkt "
            "met scenario's en leert van gemeenten die zoiets al hebben meegemaakt.",
            "De leerlijn is in september gestart. Instromen is niet meer mogelijk. In "
            "het najaar van 2027 volgt een nieuwe ronde.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": ["oplopende-spanning", "zichtbare-onrust"],
        "cost": "kosten",
        "price_note": "€ 950 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 40,
        "delivery": "hybride",
        "start_date": "2026-09-10",
        "end_date": "2027-01-28",
        "location": "Den Haag",
        "duration": "5 bijeenkomsten van 4 uur",
        "group_size": "12 tot 20 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-weerbaar-bestuur",
    },
    {
        "title": "Workshop nazorg en herstel na onrust in de gemeente",
        "partner": "BZK",
        "form": "workshop",
        "summary": (
            "Online workshop over wat een gemeente kan doen als de onrust voorbij is: "
            "vertrouwen herstellen, contact houden met bewoners en leren van wat er "
            "gebeurde."
        ),
        "body": [
            "Demo-inhoud: Na een periode van onrust wordt het vaak stil. Toch is het "
            "werk dan niet klaar. Bewoners, ondernemers en medewerkers kunnen nog lang "
            "last hebben van wat er gebeurde. Goede nazorg helpt om het vertrouwen te "
            "herstellen.",
            "In deze workshop bespreekt u welke stappen u kunt zetten: gesprekken in "
            "de buurt, zichtbaar herstel van schade, een eerlijke evaluatie en "
            "aandacht voor medewerkers die het zwaar hadden. Ook kijken we naar "
            "communicatie: hoe vertelt u wat de gemeente heeft geleerd?",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "communicatieadviseurs", "bestuurders"],
        "phases": ["nazorg-en-herstel"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 65,
        "delivery": "online",
        "start_date": "2027-04-13",
        "end_date": "2027-04-13",
        "location": "",
        "duration": "3 uur",
        "group_size": "maximaal 40 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-nazorg-herstel",
    },
    {
        "title": "Masterclass extremisme en dreiging: wat betekent het voor uw gemeente?",
        "partner": "JenV",
        "form": "masterclass",
        "summary": (
            "Een masterclass met medewerkers van de NCTV over het actuele "
            "dreigingsbeeld en wat dat vraagt van de lokale aanpak van extremisme."
        ),
        "body": [
            "Demo-inhoud: Het beeld van de dreiging door extremisme verandert steeds. "
            "Er zijn nieuwe groepen, nieuwe online kanalen en steeds jongere daders. "
            "Gemeenten willen weten wat dit betekent voor hun eigen aanpak.",
            "In deze masterclass vertellen medewerkers van de NCTV over de "
            "belangrijkste ontwikkelingen. Daarna bespreekt u in kleine groepen wat "
            "dit vraagt van de samenwerking tussen gemeente, politie en zorg.",
            "De masterclass is bedoeld voor medewerkers en bestuurders die "
            "verantwoordelijk zijn voor de lokale aanpak van radicalisering en "
            "extremisme. Vanwege de inhoud vragen wij bij aanmelding naar uw functie.",
        ],
        "themes": ["extremisme", "radicalisering"],
        "audiences": ["beleidsmedewerkers-oov", "bestuurders"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 55,
        "delivery": "op-locatie",
        "start_date": "2027-05-20",
        "end_date": "2027-05-20",
        "location": "Den Haag",
        "duration": "1 dagdeel",
        "group_size": "20 tot 40 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/masterclass-extremisme-dreiging",
    },
    {
        "title": "E-learning informatie delen na signalering van radicalisering",
        "partner": "JenV",
        "form": "e-learning",
        "summary": (
            "E-learning over de regels en afspraken voor het delen van informatie na "
            "signalering van radicalisering, binnen en buiten de gemeente."
        ),
        "body": [
            "Demo-inhoud: Na signalering van radicalisering is snel en zorgvuldig "
            "handelen belangrijk. Daarbij moeten partners informatie met elkaar "
            "delen. Maar wat mag wel en wat niet?",
            "In deze e-learning leert u de basis van de regels voor privacy en het "
            "delen van gegevens in het veiligheidsdomein. Met korte voorbeelden "
            "oefent u met vragen als: welke informatie is nodig, met wie deelt u die "
            "en hoe legt u dat vast?",
            "De e-learning vervangt geen juridisch advies. Twijfelt u? Vraag dan "
            "altijd de privacy-officer van uw gemeente om raad.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 700,
        "delivery": "online",
        "start_date": None,
        "end_date": None,
        "location": "",
        "duration": "ca. 2 uur zelfstudie",
        "group_size": "",
        "registration_url": "https://example.org/demo/aanmelden/e-learning-informatie-delen",
    },
    {
        "title": "Leerlijn inclusie en meedoen in de wijk",
        "partner": "SZW",
        "form": "leerlijn",
        "summary": (
            "Een afgeronde leerlijn over hoe werk, vrijwilligerswerk en ontmoeting "
            "bijdragen aan inclusie en een stabiele wijk."
        ),
        "body": [
            "Demo-inhoud: Mensen die meedoen, via werk, vrijwilligerswerk of een "
            "club, voelen zich vaker verbonden met hun buurt. Deze leerlijn ging over "
            "de vraag hoe gemeenten inclusie kunnen bevorderen via werk en "
            "ontmoeting.",
            "Deelnemers uit het sociaal domein leerden hoe zij groepen bereiken die nu "
            "vaak buiten de boot vallen, zoals nieuwkomers en jongeren zonder "
            "diploma. Zij werkten aan een eigen project in hun gemeente.",
            "Deze leerlijn is afgerond. De ervaringen van de deelnemers worden "
            "gebruikt voor nieuw aanbod.",
        ],
        "themes": ["inclusie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "uitvoerende-professionals"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 595 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 620,
        "delivery": "hybride",
        "start_date": "2025-03-04",
        "end_date": "2025-10-14",
        "location": "Utrecht",
        "duration": "7 bijeenkomsten van 3 uur",
        "group_size": "15 tot 25 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-inclusie-meedoen",
    },
    {
        "title": "Workshop veerkracht versterken via het sociaal domein",
        "partner": "SZW",
        "form": "workshop",
        "summary": (
            "Workshop in Maastricht over hoe wijkteams, schuldhulp en "
            "werkbegeleiding bijdragen aan de veerkracht van inwoners en buurten."
        ),
        "body": [
            "Demo-inhoud: Geldzorgen, eenzaamheid en onzekerheid over werk kunnen "
            "leiden tot ongenoegen en wantrouwen. Het sociaal domein kan hier veel "
            "betekenen. Deze workshop laat zien hoe u de veerkracht van inwoners "
            "versterkt, en daarmee ook die van de buurt.",
            "U hoort voorbeelden uit Limburg en Brabant en gaat in gesprek over uw "
            "eigen situatie. U kunt de workshop in Maastricht bijwonen of online "
            "meedoen.",
        ],
        "themes": ["inclusie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "zuid-nederland",
        "reviewed_days_ago": 15,
        "delivery": "hybride",
        "start_date": "2027-06-03",
        "end_date": "2027-06-03",
        "location": "Maastricht",
        "duration": "1 dagdeel",
        "group_size": "20 tot 50 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-veerkracht-sociaal-domein",
    },
    {
        "title": "Masterclass de burgemeester bij demonstraties en ordeverstoring",
        "partner": "NGB",
        "form": "masterclass",
        "summary": (
            "Een masterclass voor burgemeesters over besluiten rond demonstraties, "
            "het handhaven van de openbare orde en de nazorg daarna."
        ),
        "body": [
            "Demo-inhoud: Bij demonstraties heeft de burgemeester een bijzondere rol. "
            "Hij of zij moet het recht om te demonstreren beschermen, maar ook "
            "ingrijpen als de openbare orde in gevaar komt. Dat vraagt om snelle "
            "besluiten die goed worden uitgelegd.",
            "In deze masterclass bespreken burgemeesters lastige situaties met elkaar "
            "en met ervaren deskundigen. Hoe weegt u de belangen af? Wanneer kiest u "
            "voor een noodbevel of noodverordening? En hoe herstelt u daarna het "
            "contact met de buurt?",
            "De masterclass is besloten en alleen open voor burgemeesters en "
            "waarnemend burgemeesters.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["bestuurders"],
        "phases": ["escalatie-en-ordeverstoring", "nazorg-en-herstel"],
        "cost": "kosten",
        "price_note": "€ 595 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 100,
        "delivery": "op-locatie",
        "start_date": "2027-03-25",
        "end_date": "2027-03-25",
        "location": "Amersfoort",
        "duration": "1 dag",
        "group_size": "10 tot 20 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/masterclass-burgemeester-demonstraties",
    },
    {
        "title": "Intervisie voor burgemeesters over polarisatie en bedreiging",
        "partner": "NGB",
        "form": "intervisie",
        "summary": (
            "Een afgeronde intervisiereeks waarin burgemeesters ervaringen deelden "
            "over polarisatie in hun gemeente en bedreiging van henzelf."
        ),
        "body": [
            "Demo-inhoud: Steeds meer burgemeesters krijgen te maken met polarisatie "
            "in hun gemeente. Soms richt de boosheid zich ook op hen persoonlijk. In "
            "deze intervisiereeks konden burgemeesters daar in vertrouwen over "
            "praten.",
            "De groep kwam vijf keer bij elkaar, afwisselend in Zwolle en online. "
            "Onder leiding van een ervaren begeleider bespraken de deelnemers eigen "
            "situaties en hoe zij die hadden aangepakt.",
            "Deze reeks is afgerond. Het NGB bekijkt of er in 2027 een nieuwe groep "
            "start.",
        ],
        "themes": ["polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 450 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 58,
        "delivery": "hybride",
        "start_date": "2026-02-02",
        "end_date": "2026-09-28",
        "location": "Zwolle",
        "duration": "5 bijeenkomsten van 3 uur",
        "group_size": "6 tot 10 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/intervisie-burgemeesters-polarisatie",
    },
    {
        "title": "Workshop gesprekstechnieken voor wethouders bij tegenstellingen",
        "partner": "WV",
        "form": "workshop",
        "summary": (
            "Online workshop voor wethouders: hoe voert u een goed gesprek met "
            "inwoners als de meningen ver uit elkaar liggen?"
        ),
        "body": [
            "Demo-inhoud: Wethouders staan vaak voor een zaal met boze of verdeelde "
            "inwoners. Denk aan een avond over een windpark, een nieuwe opvang of "
            "bezuinigingen. Als de tegenstellingen groot zijn, is het lastig om het "
            "gesprek goed te voeren.",
            "In deze workshop leert u eenvoudige gesprekstechnieken. U oefent met "
            "samenvatten, doorvragen en het benoemen van emoties. Ook leert u hoe u "
            "uitlegt wat er met de inbreng van inwoners gebeurt.",
            "De workshop is online en duurt één avond. Zo is hij goed te combineren "
            "met uw agenda.",
        ],
        "themes": ["polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders"],
        "phases": ["sluimerend-ongenoegen", "oplopende-spanning"],
        "cost": "kosten",
        "price_note": "€ 150 per deelnemer",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 22,
        "delivery": "online",
        "start_date": "2027-01-26",
        "end_date": "2027-01-26",
        "location": "",
        "duration": "1 avond van 2,5 uur",
        "group_size": "8 tot 14 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/workshop-gesprekstechnieken-wethouders",
    },
    {
        "title": "Leerlijn voor wethouders en raadsleden: polarisatie en radicalisering",
        "partner": "WV",
        "form": "leerlijn",
        "summary": (
            "Leerlijn voor wethouders en raadsleden in Drenthe over hun rol bij het "
            "voorkomen van polarisatie en radicalisering."
        ),
        "body": [
            "Demo-inhoud: De aanpak van polarisatie en radicalisering raakt het "
            "sociaal domein én de openbare orde. Wethouders en raadsleden weten niet "
            "altijd wat hun rol is naast die van de burgemeester. Deze leerlijn maakt "
            "dat duidelijk.",
            "U leert over preventie via jeugdbeleid, onderwijs en jongerenwerk, en "
            "over de samenwerking met de burgemeester en de veiligheidspartners. Ook "
            "bespreken we hoe u als bestuurder de veerkracht van de samenleving kunt "
            "versterken.",
            "De leerlijn bestaat uit vier bijeenkomsten in Assen. U kunt ook online "
            "aansluiten.",
        ],
        "themes": ["polarisatie", "radicalisering"],
        "audiences": ["bestuurders", "gemeenteraadsleden"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 350 per deelnemer",
        "language": "nl",
        "region": "drenthe",
        "reviewed_days_ago": 5,
        "delivery": "hybride",
        "start_date": "2027-09-09",
        "end_date": "2027-12-02",
        "location": "Assen",
        "duration": "4 bijeenkomsten van 3 uur",
        "group_size": "10 tot 20 deelnemers",
        "registration_url": "https://example.org/demo/aanmelden/leerlijn-wethouders-raadsleden",
    },
]
