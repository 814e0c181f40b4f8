"""Organisations that publish or commission publications without being partners of the site
(names are facts). Partners are organisations too: provisioning adds one per partner."""

# (name, abbreviation, website)
ORGANISATIONS = [
    ("Nationaal Coördinator Terrorismebestrijding en Veiligheid", "NCTV", "https://www.nctv.nl"),
    ("Nederlandse School voor Openbaar Bestuur", "NSOB", "https://www.nsob.nl"),
    ("Rijksuniversiteit Groningen", "RUG", "https://www.rug.nl"),
    ("DSP-groep", "", "https://www.dsp-groep.nl"),
    ("Veiligheidsregio Rotterdam-Rijnmond", "VRR", "https://www.vr-rr.nl"),
    ("Nederlands Instituut Publieke Veiligheid", "NIPV", "https://www.nipv.nl"),
    ("Verwey-Jonker Instituut", "", "https://www.verwey-jonker.nl"),
    ("Movisie", "", "https://www.movisie.nl"),
]
