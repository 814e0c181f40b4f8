"""The five example questions municipalities bring (from the domain description)."""

QUESTIONS = [
    {
        "slug": "zorgen-over-radicalisering",
        "question": "Wij maken ons zorgen dat iemand radicaliseert",
        "intro": "Demo-inhoud: u ziet signalen bij een inwoner en wilt weten wat u kunt doen en wie u kunt bellen.",
        "themes": ["radicalisering", "extremisme"],
        "kinds": ["contactpunt", "training"],
        "audiences": ["beleidsmedewerkers-oov", "uitvoerende-professionals"],
    },
    {
        "slug": "rol-jongerenwerk",
        "question": "Welke rol heeft het jongerenwerk bij radicalisering?",
        "intro": "Demo-inhoud: jongerenwerkers staan dicht bij jongeren. Wat kunnen zij signaleren en wat is hun rol?",
        "themes": ["radicalisering", "polarisatie"],
        "kinds": [],
        "audiences": ["uitvoerende-professionals"],
    },
    {
        "slug": "samenleving-met-veerkracht",
        "question": "Wij willen investeren in een samenleving met veerkracht",
        "intro": "Demo-inhoud: u wilt voorkomen dat spanningen ontstaan en de onderlinge band in de gemeente versterken.",
        "themes": ["inclusie", "polarisatie"],
        "kinds": [],
        "audiences": ["bestuurders", "beleidsmedewerkers-sociaal-domein"],
    },
    {
        "slug": "groeiende-tegenstellingen",
        "question": "De tegenstellingen in onze gemeente nemen toe",
        "intro": "Demo-inhoud: groepen staan steeds harder tegenover elkaar. Hoe houdt u het gesprek gaande?",
        "themes": ["polarisatie", "maatschappelijke-spanningen-en-onrust"],
        "kinds": [],
        "audiences": [],
    },
    {
        "slug": "demonstratie-en-tegendemonstratie",
        "question": "Een demonstratie lokt een tegendemonstratie uit",
        "intro": "Demo-inhoud: u wilt het demonstratierecht beschermen en tegelijk escalatie voorkomen.",
        "themes": ["maatschappelijke-spanningen-en-onrust"],
        "kinds": [],
        "audiences": ["bestuurders", "beleidsmedewerkers-oov", "communicatieadviseurs"],
    },
]
