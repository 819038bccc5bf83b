"""Vocabulary, municipalities' house styles and small text helpers for corpus E."""
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST_F = ["Anna", "Sofie", "Emma", "Ida", "Laura", "Maja", "Freja", "Mette", "Camilla", "Louise", "Nadia",
           "Fatima", "Zainab", "Helle", "Tina", "Signe", "Julie", "Amalie", "Sara", "Line", "Rikke", "Dorthe"]
FIRST_M = ["Mikkel", "Jonas", "Rasmus", "Mads", "Frederik", "Emil", "Lucas", "Ahmad", "Kasper", "Thomas",
           "Jesper", "Morten", "Bilal", "Nikolaj", "Simon", "Peter", "Anders", "Kim", "Omar", "Tobias", "Henrik"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Holm", "Friis", "Dahl", "Bech", "Lund", "Vestergaard", "Kjær", "Mortensen", "Østergaard",
        "Brandt", "Hussein", "Yilmaz", "Ali", "Skov", "Bak", "Lauridsen", "Damgaard", "Mikkelsen"]

MENTOR_FIRMS = [
    ("Mentorhuset ApS", "mentorhuset.dk"),
    ("Broen Mentor & Coaching", "broen-mentor.dk"),
    ("Trinvis I/S", "trinvis.nu"),
    ("KompetenceKompagniet", "kkompagniet.dk"),
    ("Mentorgruppen Syd", "mentorgruppensyd.dk"),
    ("Fodfæste Mentorservice", "fodfaeste.dk"),
    ("Nordlys Social & Job", "nordlys-job.dk"),
]

SCHOOLS = ["VUC Vestegnen", "Herningsholm Erhvervsskole", "SOSU Syd", "FGU Midtjylland, Viborg",
           "Tradium", "EUC Nordvest", "Campus Vejle", "Roskilde Tekniske Skole", "Zealand Business College",
           "VUC Storstrøm", "Mercantec", "SOSU H", "AMU Syd", "Aarhus Tech"]
WORKPLACES = ["Netto i Skive", "Lidl, Bøgevej", "Bilka Holstebro", "Plejecenter Solhaven", "Dagli'Brugsen Hvalsø",
              "Danish Crown i Horsens", "Coop lager, Albertslund", "Jysk distributionscenter", "Kvickly Nakskov",
              "Lolland Forsyning", "Frederikssund Genbrugsplads", "Hedensted Tømrerforretning", "Bauhaus Ballerup",
              "Café Havnen", "Danske Fragtmænd", "Rema 1000 Struer"]


def muni_styles():
    """Ten municipalities, each with its own house style."""
    return [
        dict(key="viborg", name="Viborg Kommune", unit="Jobcenter Viborg", addr="Prinsens Allé 5, 8800 Viborg",
             tel="87 87 87 87", dom="viborg.dk", case="Sagsnr. 15.20.08-G01-{n}-25",
             labels=dict(goal="Formål med mentorstøtten", mentor="Mentor – navn og kontaktoplysninger",
                         tasks="Mentorens opgaver", duration="Periode", follow="Opfølgning og progression",
                         hours="Timetal", appeal="Klagevejledning"),
             date="long", rng_style="dash", appeal_style="standard"),
        dict(key="odsherred", name="Odsherred Kommune", unit="Job og Ydelse", addr="Nyvej 22, 4573 Højby",
             tel="59 66 66 66", dom="odsherred.dk", case="J.nr. 2025-{n}",
             labels=dict(goal="1. Mål", mentor="2. Mentor", tasks="3. Opgaver", duration="4. Varighed",
                         follow="5. Opfølgning", hours="6. Timer", appeal="7. Sådan klager du"),
             date="dot", rng_style="til", appeal_style="short"),
        dict(key="vejen", name="Vejen Kommune", unit="Kommunen – Job & Uddannelse", addr="Rådhuspassagen 3, 6600 Vejen",
             tel="79 96 50 00", dom="vejen.dk", case="Journalnummer: 15.00.00-P20-{n}-26",
             labels=dict(goal="Hvad er målet?", mentor="Hvem er din mentor?", tasks="Hvad skal mentoren hjælpe med?",
                         duration="Hvor længe?", follow="Hvordan følger vi op?", hours="Hvor mange timer?",
                         appeal="Hvis du vil klage"),
             date="den", rng_style="fra", appeal_style="friendly"),
        dict(key="lolland", name="Lolland Kommune", unit="Jobcenter Lolland", addr="Jernbanevej 7, 4900 Nakskov",
             tel="54 67 67 67", dom="lolland.dk", case="Sag: {n}/25",
             labels=dict(goal="Borgerens mål", mentor="Mentors kontaktdata", tasks="Indsatsområder",
                         duration="Aftalens varighed", follow="Evaluering", hours="Antal timer pr. uge",
                         appeal="Klageadgang"),
             date="slash", rng_style="fom", appeal_style="standard"),
        dict(key="frederikssund", name="Frederikssund Kommune", unit="Beskæftigelse", addr="Torvet 2, 3600 Frederikssund",
             tel="47 35 10 00", dom="frederikssund.dk", case="Vores ref.: FSK-{n}",
             labels=dict(goal="Målsætning", mentor="Kontaktperson (mentor)", tasks="Støtten består i",
                         duration="Bevilget fra/til", follow="Status og opfølgning", hours="Timeantal",
                         appeal="Vejledning om klage"),
             date="zero", rng_style="dash", appeal_style="legal"),
        dict(key="hedensted", name="Hedensted Kommune", unit="Jobcenter Hedensted", addr="Tofteskovvej 7, 7130 Juelsminde",
             tel="79 75 50 00", dom="hedensted.dk", case="Sagsnummer {n}",
             labels=dict(goal="Hovedformål", mentor="Din mentor", tasks="Mentor skal bistå med",
                         duration="Gyldig", follow="Delmål og opfølgning", hours="Timer til rådighed",
                         appeal="Klagevejledning"),
             date="abbr", rng_style="gyldig", appeal_style="standard"),
        dict(key="norddjurs", name="Norddjurs Kommune", unit="Arbejdsmarked", addr="Torvet 3, 8500 Grenaa",
             tel="89 59 10 00", dom="norddjurs.dk", case="Sags-id: ND-{n}",
             labels=dict(goal="Mål for forløbet", mentor="Mentorens navn og kontaktdata", tasks="Hvilke opgaver",
                         duration="Varighed af aftalen", follow="Opfølgning", hours="Timetal for mentorstøtten",
                         appeal="Klagevejledning"),
             date="iso", rng_style="dash", appeal_style="legal"),
        dict(key="ballerup", name="Ballerup Kommune", unit="Jobcenter Ballerup", addr="Hold-An Vej 7, 2750 Ballerup",
             tel="44 77 20 00", dom="balk.dk", case="Dok.nr. {n}-2025",
             labels=dict(goal="Mål for mentorforløbet", mentor="Mentor", tasks="Mentors opgaver", duration="Støtteperiode",
                         follow="Statusmøder", hours="Timer/uge", appeal="Klagemuligheder"),
             date="slashdash", rng_style="dash", appeal_style="short"),
        dict(key="haderslev", name="Haderslev Kommune", unit="Job & Borgerservice", addr="Gåskærgade 26, 6100 Haderslev",
             tel="74 34 34 34", dom="haderslev.dk", case="Sagsnr.: 15.20.08-A26-{n}-25",
             labels=dict(goal="Målet med mentorstøtten", mentor="Mentorens navn og kontaktdata",
                         tasks="Hvilke opgaver mentoren skal bistå ved", duration="Varigheden af aftalen",
                         follow="Opfølgning – inklusiv mål for progression", hours="Timetallet for mentorstøtten",
                         appeal="Klagevejledning"),
             date="dot2", rng_style="fom", appeal_style="standard"),
        dict(key="struer", name="Struer Kommune", unit="Struer Jobcenter", addr="Østergade 11-15, 7600 Struer",
             tel="96 84 84 84", dom="struer.dk", case="Ref. {n}",
             labels=dict(goal="Det arbejder vi hen imod", mentor="Mentor og kontakt", tasks="Det hjælper mentoren med",
                         duration="Tidsramme", follow="Sådan følger vi op", hours="Omfang",
                         appeal="Klage"),
             date="words", rng_style="til", appeal_style="friendly"),
    ]


def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "words":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dot2":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "zero":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


DATE_STYLES = ["long", "den", "abbr", "dot", "dot2", "slash", "slashdash", "zero", "dash0", "iso", "words"]

OCR_MAP = [("ø", "o"), ("æ", "ae"), ("å", "a"), ("Ø", "O"), ("Æ", "AE"), ("Å", "A")]


def ocr_damage(text, rng, rate=0.5):
    out = []
    for ch in text:
        r = rng.random()
        if ch == "ø" and r < rate:
            out.append(rng.choice(["o", "g", "e"]))
        elif ch == "æ" and r < rate:
            out.append(rng.choice(["ae", "@"]))
        elif ch == "å" and r < rate:
            out.append("a")
        elif ch == "i" and r < 0.06:
            out.append("1")
        elif ch == "m" and r < 0.05:
            out.append("rn")
        else:
            out.append(ch)
    return "".join(out)
