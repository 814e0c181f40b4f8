"""Demo contact points: original demo text, not real services."""

CONTACT_POINTS = [
    {
        "title": "Vraagbaak zorgen over radicalisering",
        "partner": "ESS",
        "form": "vraagbaak",
        "summary": (
            "Heeft u zorgen over radicalisering van een inwoner? Bij deze vraagbaak "
            "denkt een adviseur met u mee over de volgende stap."
        ),
        "body": [
            "Demo-inhoud: Soms merkt een collega, buurtbewoner of leraar dat iemand "
            "anders gaat praten of zich terugtrekt. U weet dan niet altijd of er echt "
            "iets aan de hand is. Bij deze vraagbaak kunt u uw zorgen bespreken, ook "
            "als u nog twijfelt.",
            "Een adviseur luistert naar uw verhaal en stelt vragen. Samen kijkt u wat "
            "u al weet, wat u nog niet weet en wie u in uw gemeente kunt betrekken. U "
            "krijgt geen oordeel over de persoon, maar hulp bij het ordenen van de "
            "signalen.",
            "De vraagbaak is bedoeld voor medewerkers van gemeenten en hun "
            "ketenpartners. U hoeft geen namen te noemen als u dat niet wilt.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 12,
        "email": "vraagbaak-radicalisering@example.org",
        "phone": "070 000 00 31",
        "form_url": "https://example.org/demo/contact/vraagbaak-radicalisering",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 2 werkdagen",
    },
    {
        "title": "Expertiseteam voor lastige casussen rond radicalisering",
        "partner": "ESS",
        "form": "expertiseteam",
        "summary": (
            "Een team van ervaren adviseurs schuift aan bij uw casusoverleg als een "
            "situatie rond radicalisering vastloopt."
        ),
        "body": [
            "Demo-inhoud: In een casusoverleg werken zorg, veiligheid en onderwijs "
            "samen. Soms komt zo'n overleg niet verder, omdat de situatie ingewikkeld "
            "is of partners het niet eens zijn. Dit expertiseteam kan dan helpen.",
            "Twee adviseurs lezen zich in en nemen deel aan een of twee overleggen. "
            "Zij brengen kennis over radicalisering in en helpen om de aanpak scherp "
            "te krijgen. De regie blijft bij de gemeente.",
            "Bel het team om uw vraag kort toe te lichten. Daarna spreekt u samen af "
            "hoe het team u het beste kan ondersteunen.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 48,
        "email": "",
        "phone": "070 000 00 32",
        "form_url": "",
        "availability": "Maandag tot en met donderdag 9.00 - 16.00 uur",
        "response_time": "Binnen 5 werkdagen een eerste gesprek",
    },
    {
        "title": "Adviestraject sociale stabiliteit in de wijk",
        "partner": "ESS",
        "form": "adviespunt",
        "summary": (
            "Een begeleid traject voor gemeenten die in een wijk willen werken aan "
            "samenleven, voordat onvrede groter wordt."
        ),
        "body": [
            "Demo-inhoud: In sommige wijken voelen bewoners zich niet gehoord. Er is "
            "onvrede, maar die is nog niet goed zichtbaar. Dit adviespunt helpt "
            "gemeenten om zo'n situatie op tijd in beeld te brengen.",
            "In het traject maakt u samen met een adviseur een korte analyse van de "
            "wijk. U praat met bewoners, wijkteams en andere partners. Daarna stelt u "
            "een plan op met concrete stappen voor de komende maanden.",
            "Het traject duurt ongeveer een halfjaar. De kosten hangen af van de "
            "omvang van de wijk en het aantal gesprekken.",
        ],
        "themes": ["inclusie", "maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["bestuurders", "beleidsmedewerkers-sociaal-domein"],
        "phases": ["sluimerend-ongenoegen", "oplopende-spanning"],
        "cost": "kosten",
        "price_note": "Vanaf € 2.500 per traject",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 210,
        "email": "wijkadvies@example.org",
        "phone": "",
        "form_url": "https://example.org/demo/contact/wijkadvies",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 1 week een kennismakingsgesprek",
    },
    {
        "title": "Helpdesk jongerenwerk en radicalisering",
        "partner": "JEP",
        "form": "helpdesk",
        "summary": (
            "Voor jongerenwerkers die vragen hebben over radicalisering, polarisatie "
            "of lastig gedrag van jongeren die zij begeleiden."
        ),
        "body": [
            "Demo-inhoud: Jongerenwerkers staan dicht bij jongeren. Zij horen vaak "
            "als eerste wat jongeren bezighoudt. Soms roept dat vragen op: is dit "
            "stoer gedrag, boosheid of meer? Bij deze helpdesk kunt u die vragen "
            "kwijt.",
            "U vult het formulier in en beschrijft de situatie. Een medewerker met "
            "ervaring in het jongerenwerk neemt contact met u op. Samen bespreekt u "
            "hoe u het gesprek met de jongere kunt aangaan en wanneer u anderen "
            "inschakelt.",
            "De helpdesk geeft ook tips voor gemeenten die de rol van het jongerenwerk "
            "bij de aanpak van radicalisering beter willen regelen.",
        ],
        "themes": ["radicalisering", "polarisatie", "problematisch-gedrag"],
        "audiences": ["uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 30,
        "email": "",
        "phone": "",
        "form_url": "https://example.org/demo/contact/helpdesk-jongerenwerk",
        "availability": "Formulier altijd open, reactie op werkdagen",
        "response_time": "Binnen 3 werkdagen",
    },
    {
        "title": "Brabants netwerk ouders, school en jongerenwerk tegen polarisatie",
        "partner": "JEP",
        "form": "netwerk",
        "summary": (
            "Een regionaal netwerk waarin scholen, ouders en jongerenwerk in "
            "Noord-Brabant ervaringen delen over polarisatie in de klas en op straat."
        ),
        "body": [
            "Demo-inhoud: Spanningen tussen groepen jongeren ontstaan vaak op school "
            "of online en lopen door op straat. Scholen, ouders en jongerenwerk "
            "zien elk een deel van het verhaal. In dit netwerk komen die delen samen.",
            "Het netwerk komt vier keer per jaar bij elkaar in een van de Brabantse "
            "gemeenten. Deelnemers bespreken wat werkt en wat niet. Ook gemeenten "
            "die beleid maken voor jeugd en onderwijs zijn welkom.",
            "Wilt u meedoen? Stuur een e-mail met uw naam, organisatie en gemeente.",
        ],
        "themes": ["polarisatie", "inclusie", "problematisch-gedrag"],
        "audiences": ["uitvoerende-professionals", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "noord-brabant",
        "reviewed_days_ago": 400,
        "email": "netwerk-brabant@example.org",
        "phone": "",
        "form_url": "",
        "availability": "Bijeenkomsten vier keer per jaar",
        "response_time": "Binnen 2 weken",
    },
    {
        "title": "Helpdesk voor naasten van geradicaliseerde personen",
        "partner": "LSE",
        "form": "helpdesk",
        "summary": (
            "Gemeenten kunnen ouders, partners en vrienden van geradicaliseerde "
            "personen doorverwijzen naar deze helpdesk voor steun en advies."
        ),
        "body": [
            "Demo-inhoud: Als een kind, partner of vriend extreme ideeën krijgt, is dat "
            "zwaar voor de mensen om hem of haar heen. Zij weten vaak niet wat zij "
            "moeten doen of bij wie zij terechtkunnen. Deze helpdesk is er voor hen.",
            "Medewerkers van de gemeente, zoals het KCC of het wijkteam, kunnen naasten "
            "naar de helpdesk verwijzen. Ook kunnen zij zelf bellen om te vragen hoe "
            "zij iemand het beste kunnen doorsturen.",
            "Gesprekken zijn vertrouwelijk. De helpdesk denkt mee over de band met de "
            "geradicaliseerde persoon en over hulp voor de naasten zelf.",
        ],
        "themes": ["extremisme", "radicalisering"],
        "audiences": ["uitvoerende-professionals", "frontoffice-kcc"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 7,
        "email": "naasten@example.org",
        "phone": "030 000 00 14",
        "form_url": "",
        "availability": "Werkdagen 9.00 - 21.00 uur",
        "response_time": "Telefonisch direct, e-mail binnen 1 werkdag",
    },
    {
        "title": "Adviespunt uitstappen uit extremisme",
        "partner": "LSE",
        "form": "adviespunt",
        "summary": (
            "Advies aan gemeenten over de begeleiding van inwoners die afstand willen "
            "nemen van een extremistische groep of ideologie."
        ),
        "body": [
            "Demo-inhoud: Iemand die uit een extremistische groep wil stappen, heeft "
            "vaak hulp nodig bij werk, wonen en contact met familie. Daarbij speelt de "
            "gemeente een belangrijke rol. Dit adviespunt helpt u die rol goed in te "
            "vullen.",
            "U kunt vragen stellen over de aanpak, over samenwerking met reclassering "
            "en zorg, en over risico's. Een adviseur helpt u om een plan te maken dat "
            "past bij de persoon en de situatie.",
        ],
        "themes": ["extremisme"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 95,
        "email": "uitstappen@example.org",
        "phone": "",
        "form_url": "https://example.org/demo/contact/uitstappen",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 3 werkdagen",
    },
    {
        "title": "Expertiseteam online extremisme en complotdenken",
        "partner": "LSE",
        "form": "expertiseteam",
        "summary": (
            "Dit team helpt gemeenten om online signalen van extremisme en "
            "complotdenken te duiden en daar goed op te reageren."
        ),
        "body": [
            "Demo-inhoud: Op sociale media verspreiden berichten zich snel. Soms gaat "
            "het om boosheid, soms om oproepen die verder gaan. Voor een gemeente is "
            "het lastig om te zien wat ernstig is.",
            "Het expertiseteam helpt bij het duiden van online berichten en trends. "
            "Ook geeft het advies over de eigen communicatie van de gemeente, zodat u "
            "de discussie niet onbedoeld groter maakt.",
            "U stelt uw vraag via het formulier. Het team neemt contact op voor een "
            "online gesprek.",
        ],
        "themes": ["extremisme", "polarisatie"],
        "audiences": ["communicatieadviseurs", "beleidsmedewerkers-oov"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 560,
        "email": "",
        "phone": "",
        "form_url": "https://example.org/demo/contact/online-extremisme",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 5 werkdagen",
    },
    {
        "title": "Vraagbaak opleiden van professionals over radicaliseren",
        "partner": "ROR",
        "form": "vraagbaak",
        "summary": (
            "Welke kennis hebben uw medewerkers nodig om te zien dat iemand begint te "
            "radicaliseren? Deze vraagbaak helpt u kiezen uit het opleidingsaanbod."
        ),
        "body": [
            "Demo-inhoud: Er zijn veel trainingen over radicalisering. Het is niet "
            "altijd duidelijk welke training past bij welke medewerker. Bij deze "
            "vraagbaak krijgt u hulp bij die keuze.",
            "Een adviseur vraagt naar de taken van uw medewerkers en naar wat zij al "
            "weten. Zo hoort u welke training past bij een wijkteam, een "
            "leerplichtambtenaar of een beleidsmedewerker. Wie moet leren herkennen "
            "dat iemand gaat radicaliseren, heeft iets anders nodig dan wie een "
            "casusoverleg leidt.",
        ],
        "themes": ["radicalisering"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 60,
        "email": "opleidingsvragen@example.org",
        "phone": "",
        "form_url": "",
        "availability": "Werkdagen 9.00 - 16.00 uur",
        "response_time": "Binnen 2 werkdagen",
    },
    {
        "title": "Adviespunt maatwerkopleiding voor het lokale team radicalisering",
        "partner": "ROR",
        "form": "adviespunt",
        "summary": (
            "Samen met een adviseur stelt u een opleiding op maat samen voor het "
            "lokale team dat werkt aan radicalisering en extremisme."
        ),
        "body": [
            "Demo-inhoud: Gemeenten werken vaak met een vast team van mensen uit zorg, "
            "veiligheid en onderwijs. Zo'n team heeft baat bij een gezamenlijke "
            "opleiding die past bij de eigen praktijk.",
            "Het adviespunt bespreekt met u wat het team nodig heeft. Daarna volgt een "
            "voorstel met bijeenkomsten, oefeningen en casussen uit uw eigen gemeente. "
            "De opleiding vindt plaats op uw locatie.",
            "Voor maatwerk betaalt de gemeente een bijdrage. Het eerste gesprek is "
            "gratis.",
        ],
        "themes": ["radicalisering", "extremisme"],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 1.200 per dagdeel, eerste gesprek gratis",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 150,
        "email": "maatwerk-opleiding@example.org",
        "phone": "070 000 00 35",
        "form_url": "",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 1 week",
    },
    {
        "title": "Utrechts kennisnetwerk inclusie en samenleven",
        "partner": "KIS",
        "form": "netwerk",
        "summary": (
            "Beleidsmedewerkers en communicatieadviseurs uit Utrechtse gemeenten delen "
            "kennis over inclusie, discriminatie en samenleven in diversiteit."
        ),
        "body": [
            "Demo-inhoud: Inclusie betekent dat iedereen mee kan doen en zich welkom "
            "voelt. Gemeenten willen dat bevorderen, maar lopen tegen vragen aan. Hoe "
            "bereikt u groepen die weinig contact hebben met de gemeente? En hoe praat "
            "u over gevoelige onderwerpen?",
            "In dit netwerk leren gemeenten in de provincie Utrecht van elkaar. Er zijn "
            "online sessies en twee keer per jaar een bijeenkomst. Deelnemers krijgen "
            "ook nieuwe onderzoeken en voorbeelden toegestuurd.",
        ],
        "themes": ["inclusie", "polarisatie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "communicatieadviseurs"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "utrecht",
        "reviewed_days_ago": 25,
        "email": "netwerk-inclusie@example.org",
        "phone": "",
        "form_url": "https://example.org/demo/contact/netwerk-inclusie",
        "availability": "Online sessies elke twee maanden",
        "response_time": "Binnen 1 week",
    },
    {
        "title": "Vraagbaak discriminatie en tegenstellingen in de buurt",
        "partner": "KIS",
        "form": "vraagbaak",
        "summary": (
            "Voor gemeenten die merken dat tegenstellingen tussen groepen inwoners "
            "groeien of die meldingen van discriminatie krijgen."
        ),
        "body": [
            "Demo-inhoud: Soms nemen tegenstellingen in een buurt toe. Bewoners klagen "
            "over elkaar of voelen zich gediscrimineerd. Medewerkers van het KCC en "
            "het sociaal domein krijgen zulke signalen vaak als eerste binnen.",
            "Bij de vraagbaak kunt u vragen wat u met deze signalen kunt doen. U krijgt "
            "uitleg over mogelijke aanpakken en voorbeelden uit andere gemeenten. "
            "Ook hoort u waar inwoners zelf terechtkunnen.",
            "U kunt bellen, mailen of het formulier gebruiken.",
        ],
        "themes": ["inclusie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "frontoffice-kcc"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 380,
        "email": "vraagbaak-samenleven@example.org",
        "phone": "030 000 00 16",
        "form_url": "https://example.org/demo/contact/vraagbaak-samenleven",
        "availability": "Dinsdag en donderdag 10.00 - 16.00 uur",
        "response_time": "Binnen 3 werkdagen",
    },
    {
        "title": "Gelderse helpdesk problematisch gedrag in de openbare ruimte",
        "partner": "TPG",
        "form": "helpdesk",
        "summary": (
            "Telefonische hulp voor Gelderse gemeenten bij overlast en problematisch "
            "gedrag van groepen op straat, in het centrum of rond het station."
        ),
        "body": [
            "Demo-inhoud: Problematisch gedrag op straat zorgt voor onrust bij "
            "bewoners en ondernemers. Denk aan intimidatie, vernielingen of groepen "
            "die anderen lastigvallen. Gemeenten willen snel en passend ingrijpen.",
            "Bij deze helpdesk belt u met een adviseur die de Gelderse situatie kent. "
            "U bespreekt welke partners u kunt inschakelen en welke maatregelen "
            "passen. Ook krijgt u tips om de spanning niet verder te laten oplopen.",
        ],
        "themes": ["problematisch-gedrag", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
        "phases": ["oplopende-spanning", "zichtbare-onrust"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "gelderland",
        "reviewed_days_ago": 40,
        "email": "",
        "phone": "026 000 00 17",
        "form_url": "",
        "availability": "Werkdagen 8.30 - 17.00 uur",
        "response_time": "Direct telefonisch, anders dezelfde dag terugbellen",
    },
    {
        "title": "Expertiseteam aanpak problematisch gedrag van groepen",
        "partner": "TPG",
        "form": "expertiseteam",
        "summary": (
            "Een team dat gemeenten intensief begeleidt bij een hardnekkig probleem "
            "met groepen die problematisch gedrag laten zien."
        ),
        "body": [
            "Demo-inhoud: Soms blijft een probleem met een groep jongeren of "
            "volwassenen maanden duren. De gewone aanpak werkt niet meer. Het "
            "expertiseteam helpt dan met een frisse blik.",
            "Het team brengt de situatie in kaart, praat met betrokken partners en doet "
            "een voorstel voor een gezamenlijke aanpak. Daarbij gaat het om zorg, "
            "handhaving en perspectief voor de groep.",
            "Een eerste adviesgesprek is gratis. Voor intensieve begeleiding vraagt het "
            "team een bijdrage van de gemeente.",
        ],
        "themes": ["problematisch-gedrag"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": [],
        "cost": "kosten",
        "price_note": "€ 1.500 per traject, eerste adviesgesprek gratis",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 120,
        "email": "groepsaanpak@example.org",
        "phone": "",
        "form_url": "https://example.org/demo/contact/groepsaanpak",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 5 werkdagen",
    },
    {
        "title": "Bestuurdersvraagbaak bij maatschappelijke onrust",
        "partner": "VNG",
        "form": "vraagbaak",
        "summary": (
            "Snel sparren als de onrust in uw gemeente oploopt of uit de hand dreigt "
            "te lopen. Voor burgemeesters, wethouders en hun adviseurs."
        ),
        "body": [
            "Demo-inhoud: Als er plotseling onrust ontstaat, moeten bestuurders snel "
            "keuzes maken. Wat zegt u tegen inwoners? Met wie gaat u in gesprek? En "
            "hoe voorkomt u dat de situatie verder escaleert?",
            "Bij deze vraagbaak spreekt u met iemand die ervaring heeft met onrust in "
            "andere gemeenten. U krijgt hulp bij het afwegen van opties en bij de "
            "communicatie naar buiten.",
            "De vraagbaak is ook buiten kantoortijden bereikbaar via de telefoon.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["bestuurders", "communicatieadviseurs"],
        "phases": ["zichtbare-onrust", "escalatie-en-ordeverstoring"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 5,
        "email": "bestuurdersvraagbaak@example.org",
        "phone": "070 000 00 18",
        "form_url": "https://example.org/demo/contact/bestuurdersvraagbaak",
        "availability": "Dag en nacht telefonisch bereikbaar",
        "response_time": "Telefonisch direct, e-mail binnen 1 werkdag",
    },
    {
        "title": "Landelijk netwerk sociale stabiliteit voor beleidsmedewerkers",
        "partner": "VNG",
        "form": "netwerk",
        "summary": (
            "Een netwerk waarin beleidsmedewerkers uit het hele land kennis en "
            "ervaringen delen over spanningen, inclusie en radicalisering."
        ),
        "body": [
            "Demo-inhoud: Beleidsmedewerkers voor veiligheid en het sociaal domein "
            "werken steeds vaker samen aan sociale stabiliteit. In dit netwerk leren "
            "zij van elkaar en van landelijke partners.",
            "Het netwerk organiseert online sessies en een jaarlijkse landelijke dag. "
            "Leden kunnen ook elkaar benaderen met vragen. Zo hoeft u niet steeds "
            "opnieuw het wiel uit te vinden.",
            "Meld u aan via e-mail. Het netwerk is alleen voor medewerkers van "
            "gemeenten.",
        ],
        "themes": [
            "maatschappelijke-spanningen-en-onrust",
            "inclusie",
            "radicalisering",
        ],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 200,
        "email": "netwerk-stabiliteit@example.org",
        "phone": "",
        "form_url": "",
        "availability": "Online sessies elke maand",
        "response_time": "Binnen 1 week",
    },
    {
        "title": "Adviespunt veerkracht en lokale democratie",
        "partner": "BZK",
        "form": "adviespunt",
        "summary": (
            "Hulp voor gemeenten die willen werken aan een samenleving met veerkracht, "
            "waarin inwoners vertrouwen hebben in elkaar en in de lokale overheid."
        ),
        "body": [
            "Demo-inhoud: Een samenleving met veerkracht kan beter omgaan met "
            "spanningen en tegenslag. Vertrouwen tussen inwoners en de gemeente is "
            "daarbij belangrijk. Dit adviespunt helpt u daarin te investeren.",
            "U kunt vragen stellen over het betrekken van inwoners, over het gesprek "
            "in de gemeenteraad en over manieren om groepen te bereiken die afhaken. "
            "Een adviseur deelt voorbeelden en helpt u een eerste stap te zetten.",
        ],
        "themes": ["polarisatie", "inclusie"],
        "audiences": ["gemeenteraadsleden", "bestuurders"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 75,
        "email": "",
        "phone": "",
        "form_url": "https://example.org/demo/contact/veerkracht",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 5 werkdagen",
    },
    {
        "title": "Helpdesk gemeenteraad en gepolariseerde debatten",
        "partner": "BZK",
        "form": "helpdesk",
        "summary": (
            "Voor raadsleden en griffiers die merken dat onderwerpen in de raad "
            "polariseren en die het debat open willen houden."
        ),
        "body": [
            "Demo-inhoud: Sommige onderwerpen polariseren snel, ook in de "
            "gemeenteraad. Debatten worden harder en raadsleden krijgen soms "
            "vervelende reacties van inwoners. Bij deze helpdesk kunt u terecht met "
            "vragen hierover.",
            "De helpdesk geeft tips voor een goed debat, ook als de meningen ver uit "
            "elkaar liggen. Ook hoort u wat u kunt doen als u zich bedreigd voelt.",
        ],
        "themes": ["polarisatie"],
        "audiences": ["gemeenteraadsleden"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 690,
        "email": "raadshelpdesk@example.org",
        "phone": "070 000 00 20",
        "form_url": "",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 2 werkdagen",
    },
    {
        "title": "Expertiseteam dreiging en extremisme voor gemeenten",
        "partner": "JenV",
        "form": "expertiseteam",
        "summary": (
            "Het expertiseteam van de NCTV ondersteunt gemeenten bij vragen over "
            "extremistische dreiging en de lokale aanpak van radicalisering."
        ),
        "body": [
            "Demo-inhoud: Gemeenten hebben een belangrijke rol bij het voorkomen van "
            "extremisme. Soms is er een concrete zorg over een persoon of groep. Dan "
            "is het fijn om snel te kunnen overleggen met specialisten.",
            "Het team helpt bij het inschatten van risico's en denkt mee over de "
            "lokale aanpak. Ook geeft het informatie over landelijke trends die voor "
            "uw gemeente van belang kunnen zijn.",
            "Het team werkt nauw samen met politie en andere partners. Vertrouwelijke "
            "informatie wordt zorgvuldig behandeld.",
        ],
        "themes": ["extremisme", "radicalisering"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 15,
        "email": "dreiging-extremisme@example.org",
        "phone": "070 000 00 21",
        "form_url": "",
        "availability": "Werkdagen 8.00 - 18.00 uur, bij spoed ook daarbuiten",
        "response_time": "Binnen 1 werkdag",
    },
    {
        "title": "Adviespunt demonstraties en tegendemonstraties",
        "partner": "JenV",
        "form": "adviespunt",
        "summary": (
            "Advies voor gemeenten als een demonstratie reacties oproept of als "
            "demonstraties en tegendemonstraties op dezelfde dag plaatsvinden."
        ),
        "body": [
            "Demo-inhoud: Het recht om te demonstreren is belangrijk. Toch kan een "
            "demonstratie spanning geven, zeker als er een tegendemonstratie komt. De "
            "gemeente moet dan de openbare orde bewaken en tegelijk het recht op "
            "demonstreren beschermen.",
            "Dit adviespunt helpt bij de voorbereiding. U bespreekt de locatie, de "
            "afspraken met organisatoren en de communicatie. Ook krijgt u voorbeelden "
            "van gemeenten die eerder met vergelijkbare demonstraties te maken hadden.",
            "Neem bij voorkeur contact op zodra een demonstratie is aangemeld.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "polarisatie"],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov", "communicatieadviseurs"],
        "phases": ["oplopende-spanning", "zichtbare-onrust"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 300,
        "email": "",
        "phone": "070 000 00 22",
        "form_url": "https://example.org/demo/contact/demonstraties",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 2 werkdagen, bij spoed dezelfde dag",
    },
    {
        "title": "Vraagbaak onvrede over werk, inkomen en bestaanszekerheid",
        "partner": "SZW",
        "form": "vraagbaak",
        "summary": (
            "Voor gemeenten die merken dat zorgen over geld en werk leiden tot "
            "onvrede bij inwoners en die daar vroeg op willen inspelen."
        ),
        "body": [
            "Demo-inhoud: Zorgen over geld, werk of de toekomst kunnen leiden tot "
            "boosheid en wantrouwen. Die onvrede is vaak nog niet zichtbaar op straat, "
            "maar wel aan de balie of in gesprekken met het wijkteam.",
            "Bij deze vraagbaak hoort u hoe u zulke signalen kunt herkennen en "
            "bundelen. U krijgt ook tips om inwoners beter te helpen en om het "
            "vertrouwen in de gemeente te versterken.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "inclusie"],
        "audiences": ["beleidsmedewerkers-sociaal-domein", "frontoffice-kcc"],
        "phases": ["sluimerend-ongenoegen"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 450,
        "email": "vraagbaak-bestaanszekerheid@example.org",
        "phone": "",
        "form_url": "",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 5 werkdagen",
    },
    {
        "title": "Netwerk van regionale adviseurs sociale stabiliteit",
        "partner": "SZW",
        "form": "netwerk",
        "summary": (
            "Via dit netwerk vindt u een adviseur in uw regio die u helpt bij vragen "
            "over spanningen, polarisatie en radicalisering."
        ),
        "body": [
            "Demo-inhoud: Niet elke gemeente heeft eigen specialisten voor sociale "
            "stabiliteit. Daarom is er een netwerk van adviseurs verdeeld over het "
            "land. Zij kennen de gemeenten in hun regio goed.",
            "Een regionale adviseur helpt u op weg bij een vraag, brengt u in contact "
            "met buurgemeenten en wijst u de weg naar landelijk aanbod. Zo vindt u "
            "sneller de juiste hulp.",
        ],
        "themes": [
            "maatschappelijke-spanningen-en-onrust",
            "polarisatie",
            "radicalisering",
        ],
        "audiences": ["beleidsmedewerkers-oov", "beleidsmedewerkers-sociaal-domein"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 110,
        "email": "regionale-adviseurs@example.org",
        "phone": "070 000 00 23",
        "form_url": "",
        "availability": "Werkdagen 9.00 - 17.00 uur",
        "response_time": "Binnen 3 werkdagen",
    },
    {
        "title": "Burgemeestersnetwerk openbare orde en onrust",
        "partner": "NGB",
        "form": "netwerk",
        "summary": (
            "Burgemeesters delen in dit netwerk ervaringen met onrust, rellen en de "
            "nazorg daarna, in vertrouwen en onder collega's."
        ),
        "body": [
            "Demo-inhoud: Als burgemeester staat u er bij ernstige onrust vaak alleen "
            "voor. U neemt zware besluiten en staat in de publiciteit. Het helpt om "
            "daarover te praten met collega's die hetzelfde hebben meegemaakt.",
            "In dit netwerk bellen burgemeesters elkaar voor advies, ook tijdens een "
            "crisis. Na afloop bespreken zij samen wat goed ging en wat beter kan. "
            "Ook het herstel in de gemeente komt aan bod.",
        ],
        "themes": ["maatschappelijke-spanningen-en-onrust", "extremisme"],
        "audiences": ["bestuurders"],
        "phases": ["escalatie-en-ordeverstoring", "nazorg-en-herstel"],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 55,
        "email": "",
        "phone": "070 000 00 24",
        "form_url": "",
        "availability": "Altijd telefonisch bereikbaar voor leden",
        "response_time": "Dezelfde dag",
    },
    {
        "title": "Helpdesk voor burgemeesters bij bedreiging en intimidatie",
        "partner": "NGB",
        "form": "helpdesk",
        "summary": (
            "Steun en praktisch advies voor burgemeesters die worden bedreigd of "
            "geïntimideerd, bijvoorbeeld door extremistische groepen of online."
        ),
        "body": [
            "Demo-inhoud: Bestuurders krijgen steeds vaker te maken met bedreiging en "
            "intimidatie. Dat kan online zijn, maar ook bij het huis of op straat. "
            "Dat is ingrijpend, ook voor de familie.",
            "Bij deze helpdesk vindt u een luisterend oor en praktisch advies. Wat "
            "kunt u doen om uzelf te beschermen? Hoe doet u aangifte? En hoe zorgt u "
            "dat het niet ten koste gaat van uw werk?",
        ],
        "themes": ["extremisme", "polarisatie"],
        "audiences": ["bestuurders"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 180,
        "email": "",
        "phone": "070 000 00 25",
        "form_url": "",
        "availability": "Werkdagen 8.00 - 20.00 uur",
        "response_time": "Direct telefonisch",
    },
    {
        "title": "Gronings wethoudersnetwerk sociaal domein en samenleven",
        "partner": "WV",
        "form": "netwerk",
        "summary": (
            "Wethouders uit Groningse gemeenten wisselen ervaringen uit over inclusie "
            "en samenleven in dorpen en wijken."
        ),
        "body": [
            "Demo-inhoud: Wethouders in het sociaal domein hebben veel invloed op hoe "
            "inwoners met elkaar samenleven. Denk aan jeugd, zorg en werk. In dit "
            "netwerk delen zij wat werkt in hun gemeente.",
            "Het netwerk komt een paar keer per jaar samen op wisselende plekken in de "
            "provincie Groningen. Er is ruimte voor eigen vragen en voor korte "
            "bijdragen van deskundigen.",
            "Aanmelden kan per e-mail.",
        ],
        "themes": ["inclusie", "polarisatie"],
        "audiences": ["bestuurders"],
        "phases": [],
        "cost": "gratis",
        "price_note": "",
        "language": "nl",
        "region": "groningen",
        "reviewed_days_ago": 35,
        "email": "wethouders-groningen@example.org",
        "phone": "",
        "form_url": "",
        "availability": "Bijeenkomsten drie keer per jaar",
        "response_time": "Binnen 1 week",
    },
    {
        "title": "Adviesgesprekken voor wethouders bij groeiende tegenstellingen",
        "partner": "WV",
        "form": "adviespunt",
        "summary": (
            "Een korte reeks gesprekken met een ervaren adviseur voor wethouders die "
            "te maken hebben met groeiende tegenstellingen in hun gemeente."
        ),
        "body": [
            "Demo-inhoud: Tegenstellingen tussen groepen inwoners kunnen langzaam "
            "groeien, bijvoorbeeld over woningbouw, opvang of voorzieningen. Als "
            "wethouder staat u daar middenin.",
            "In drie gesprekken bespreekt u met een adviseur hoe u verbinding houdt met "
            "alle groepen. U kijkt ook naar de periode na een conflict: hoe werkt u "
            "aan herstel van vertrouwen?",
            "Voor dit traject betaalt de gemeente een vaste bijdrage.",
        ],
        "themes": ["polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "audiences": ["bestuurders"],
        "phases": ["oplopende-spanning", "nazorg-en-herstel"],
        "cost": "kosten",
        "price_note": "€ 750 per traject van drie gesprekken",
        "language": "nl",
        "region": "landelijk",
        "reviewed_days_ago": 260,
        "email": "",
        "phone": "",
        "form_url": "https://example.org/demo/contact/wethouders-advies",
        "availability": "Gesprekken in overleg te plannen",
        "response_time": "Binnen 1 week",
    },
]
