"""People, places and sentence pools for corpus gb (mentor paperwork written as prose)."""

from __future__ import annotations

import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

CITIZENS = [  # first, last, sex
    ("Rikke", "Holm", "f"), ("Anders", "Kjær", "m"), ("Yasmin", "Ali", "f"), ("Mikkel", "Sørensen", "m"),
    ("Fatima", "Hassan", "f"), ("Jonas", "Bech", "m"), ("Camilla", "Friis", "f"), ("Ibrahim", "Yilmaz", "m"),
    ("Louise", "Dam", "f"), ("Kasper", "Lund", "m"), ("Nadia", "Petersen", "f"), ("Tobias", "Winther", "m"),
    ("Sofie", "Krogh", "f"), ("Emil", "Vestergaard", "m"), ("Amalie", "Nørgaard", "f"), ("Oliver", "Bak", "m"),
    ("Mette", "Juhl", "f"), ("Ali", "Demir", "m"), ("Julie", "Rasmussen", "f"), ("Frederik", "Holt", "m"),
    ("Signe", "Mortensen", "f"), ("Ahmad", "Karimi", "m"), ("Line", "Thomsen", "f"), ("Patrick", "Moe", "m"),
    ("Maja", "Kristiansen", "f"), ("Sebastian", "Dahl", "m"), ("Laila", "Haddad", "f"), ("Martin", "Poulsen", "m"),
    ("Ida", "Schmidt", "f"), ("René", "Gregersen", "m"), ("Tanja", "Mikkelsen", "f"), ("Dennis", "Jakobsen", "m"),
    ("Stine", "Bruun", "f"), ("Mohammed", "Omar", "m"), ("Josefine", "Lauritsen", "f"), ("Nikolaj", "Frost", "m"),
]
MENTORS = [
    ("Lise", "Brandt", "f"), ("Henrik", "Dahl", "m"), ("Mona", "Skov", "f"), ("Kim", "Lauridsen", "m"),
    ("Bente", "Aagaard", "f"), ("Jesper", "Vind", "m"), ("Tina", "Mølgaard", "f"), ("Rasmus", "Kirk", "m"),
    ("Hanne", "Storm", "f"), ("Søren", "Bloch", "m"), ("Maria", "Eskildsen", "f"), ("Peter", "Lykke", "m"),
    ("Dorthe", "Iversen", "f"), ("Brian", "Hald", "m"), ("Anja", "Kofoed", "f"), ("Thomas", "Riis", "m"),
]
CASEWORKERS = [
    ("Susanne", "Bang"), ("Michael", "Toft"), ("Charlotte", "Lind"), ("Jakob", "Hedegaard"),
    ("Pia", "Damgaard"), ("Lars", "Munk"), ("Karina", "Enevoldsen"), ("Morten", "Falk"),
    ("Birgitte", "Overgaard"), ("Nanna", "Westh"),
]
KOMMUNER = [  # name, town, street, zip, mail domain
    ("Viborg", "Viborg", "Prinsens Allé 5", "8800", "viborg.dk"),
    ("Holbæk", "Holbæk", "Kanalstræde 2", "4300", "holb.dk"),
    ("Randers", "Randers", "Laksetorvet 1", "8900", "randers.dk"),
    ("Svendborg", "Svendborg", "Ramsherred 5", "5700", "svendborg.dk"),
    ("Næstved", "Næstved", "Teatergade 8", "4700", "naestved.dk"),
    ("Herning", "Herning", "Fredensgade 10", "7400", "herning.dk"),
    ("Horsens", "Horsens", "Rådhustorvet 4", "8700", "horsens.dk"),
    ("Slagelse", "Slagelse", "Rådhuspladsen 11", "4200", "slagelse.dk"),
    ("Kolding", "Kolding", "Akseltorv 1", "6000", "kolding.dk"),
    ("Silkeborg", "Silkeborg", "Søvej 1", "8600", "silkeborg.dk"),
    ("Hjørring", "Hjørring", "Springvandspladsen 5", "9800", "hjoerring.dk"),
    ("Faxe", "Haslev", "Frederiksgade 9", "4690", "faxekommune.dk"),
    ("Vejle", "Vejle", "Skolegade 1", "7100", "vejle.dk"),
    ("Odsherred", "Nykøbing Sj.", "Nyvej 22", "4500", "odsherred.dk"),
]
PROVIDERS = [
    ("Mentorhuset", "mentorhuset.dk"), ("Jobvejen ApS", "jobvejen.dk"), ("Bro til Job", "brotiljob.dk"),
    ("KompetenceCentret", "kompetencecentret.dk"), ("Mentorteamet", None), ("Vækstværket", "vaekstvaerket.dk"),
    ("Trin for Trin Mentor", "trinfortrin.dk"), ("Ungeporten", None),
]
STREETS = ["Skovvej 14", "Algade 3, 2. tv.", "Vestergade 41", "Parkvænget 7", "Bøgevej 2", "Møllegade 19, st.",
           "Kirkebakken 6", "Engtoften 25", "Solsikkevej 9", "Havnegade 12, 1. th."]
SHOPS = ["Netto", "Rema 1000", "Bilka", "Føtex", "Lidl", "Jysk", "Harald Nyborg", "Silvan"]
COMPANIES = ["Kantinen på Rådhuset", "Restaurant Havnen", "Hotel Phønix", "Plejecenter Solgården",
             "Danish Crown", "Arla Foods", "Bygma", "Dagrofa"]
SCHOOLS = ["SOSU-skolen", "Tech College", "EUC", "Mercantec", "Tradium", "Campus Vejle", "ZBC", "Learnmark"]


def d_fmt(d: dt.date, style: int) -> str:
    """Danish date forms (domain.md § 9)."""
    m = MONTHS[d.month - 1]
    if style == 0:
        return f"{d.day}. {m} {d.year}"
    if style == 1:
        return f"den {d.day}. {m} {d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 4:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == 5:
        return d.isoformat()
    if style == 6:
        return f"{d.day}. {MON_AB[d.month - 1]} {d.year}"
    if style == 7:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}. {m} {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y = d.year + (d.month - 1 + n) // 12
    mo = (d.month - 1 + n) % 12 + 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


# Goals: clauses with {S} the subject (du / first name), all aimed at a job or an education with
# something observable (domain.md § 6).
GOALS_CLEAR = [
    "{S} er startet på grundforløbet til social- og sundhedshjælper på {school} senest {dl} og møder mindst fire dage om ugen",
    "{S} er i virksomhedspraktik 15 timer om ugen i {shop} i {town} senest {dl}, med henblik på et løntilskudsjob samme sted",
    "{S} har et ordinært job på mindst 20 timer om ugen inden for lager eller transport senest {dl}",
    "{S} gennemfører FVU-dansk trin 2 på VUC {town} og går op til prøven i {dlm}",
    "{S} stadig er ansat som køkkenmedhjælper i {company} 25 timer om ugen, når forløbet slutter",
    "{S} møder mindst 90 procent af dagene på FGU {town} og er optaget på en erhvervsuddannelse med studiestart i {dlnext}",
    "{S} er ansat i fleksjob som pedelmedhjælper på {school} 12 timer om ugen inden {dl}",
    "{S} har gennemført otte ugers praktik i {shop} med højst to fraværsdage og har fået et tilbud om løntilskud",
    "{S} er startet på HF-enkeltfag på VUC {town} og har afleveret alle opgaver til tiden i første semester",
    "{S} arbejder mindst 10 timer om ugen i et ordinært job i rengøringsbranchen senest {dl}",
    "{S} kan tage bussen alene til praktikken hos {company} og er i praktik tre dage om ugen fra {dlm0}",
    "{S} er tilbage i arbejde som chauffør på fuld tid senest {dl}",
]
# Full sentences; unclear by the signals of domain.md § 6 (no job/education anchor, activity only, abstractions)
GOALS_UNCLEAR = [
    "Målet er, at {S} får mere struktur på hverdagen og øget trivsel.",
    "Mentorstøtten skal sikre, at {S} kommer videre.",
    "Formålet er støtte til at få det bedre og komme tættere på arbejdsmarkedet.",
    "Målet er øget selvværd og bedre trivsel, så {S} kan komme videre.",
    "Vi aftalte, at målet er, at {S} bliver mere motiveret og får en bedre hverdag.",
    "Målet er hjælp til at få styr på tingene, så {S} får det bedre.",
]

TASKS = [
    "følge {obj} til praktikstedet de første to uger",
    "lægge en ugeplan sammen med {obj} hver mandag",
    "tage med til møder i kommunen og hos lægen, når {subj} ønsker det",
    "ringe til {obj} om morgenen de dage, hvor {subj} skal møde",
    "gennemgå post fra e-Boks sammen med {obj} en gang om ugen",
    "holde kontakt med {poss} kontaktperson på arbejdspladsen",
    "øve jobsamtaler med {obj}",
    "tage bussen sammen med {obj} til skolen, indtil {subj} kan klare turen alene",
    "hjælpe {obj} med at skrive ansøgninger",
    "tale med studievejlederen på skolen, hvis der opstår fravær",
    "hjælpe {obj} med at holde styr på mødetider i kalenderen på telefonen",
    "tage med {obj} til den første samtale i virksomheden",
]
