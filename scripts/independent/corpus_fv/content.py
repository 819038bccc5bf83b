"""Names, places and the wording pools of corpus FV (all fictional)."""
from __future__ import annotations

import datetime as dt
import random

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

FIRST = ["Mads", "Sofie", "Ahmed", "Line", "Jonas", "Fatima", "Kasper", "Camilla", "Mikkel", "Nadia",
         "Rasmus", "Ida", "Bilal", "Louise", "Emil", "Sara", "Tobias", "Amalie", "Oliver", "Zainab",
         "Frederik", "Maja", "Jeppe", "Hanne", "Brian", "Tina", "Mustafa", "Pernille", "Nikolaj", "Dorthe"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Yilmaz", "Hussein", "Østergaard", "Bach", "Lund", "Kjær",
        "Dahl", "Holm", "Vestergaard", "Frandsen", "Berg"]
MENTOR_FIRST = ["Lars", "Helle", "Anders", "Birgitte", "Kim", "Susanne", "Jesper", "Marianne", "Henrik",
                "Charlotte", "Torben", "Lene", "Peter", "Annette", "Søren", "Malene"]

KOMMUNER = [
    dict(name="Viborg Kommune", unit="Job og Borgerservice", addr="Prinsens Allé 5, 8800 Viborg",
         phone="87 87 87 87", mail="jobogborgerservice@viborg.dk", cvr="29189854", city="Viborg"),
    dict(name="Horsens Kommune", unit="Center for Beskæftigelse", addr="Rådhustorvet 4, 8700 Horsens",
         phone="76 29 29 29", mail="beskaeftigelse@horsens.dk", cvr="29189684", city="Horsens"),
    dict(name="Slagelse Kommune", unit="Job og Uddannelse", addr="Rådhuspladsen 11, 4200 Slagelse",
         phone="58 57 36 00", mail="jobogudd@slagelse.dk", cvr="29188548", city="Slagelse"),
    dict(name="Randers Kommune", unit="Arbejdsmarked og Borgerservice", addr="Laksetorvet 1, 8900 Randers C",
         phone="89 15 15 15", mail="arbejdsmarked@randers.dk", cvr="29189668", city="Randers"),
    dict(name="Næstved Kommune", unit="Jobcenter Næstved", addr="Sct. Peders Kirkeplads 1, 4700 Næstved",
         phone="55 88 58 00", mail="jobcenter@naestved.dk", cvr="29189668", city="Næstved"),
    dict(name="Holstebro Kommune", unit="Arbejdsmarkedsafdelingen", addr="Kirkestræde 11, 7500 Holstebro",
         phone="96 11 75 00", mail="arbejdsmarked@holstebro.dk", cvr="29189560", city="Holstebro"),
    dict(name="Svendborg Kommune", unit="Job og Fremtid", addr="Ramsherred 5, 5700 Svendborg",
         phone="62 23 30 00", mail="jobogfremtid@svendborg.dk", cvr="29189692", city="Svendborg"),
    dict(name="Hjørring Kommune", unit="Beskæftigelse og Integration", addr="Springvandspladsen 5, 9800 Hjørring",
         phone="72 33 33 33", mail="beskaeftigelse@hjoerring.dk", cvr="29189382", city="Hjørring"),
]
PROVIDERS = [
    ("Jobhuset Midt ApS", "jobhusetmidt.dk"), ("Mentorgruppen Fyn", "mentorgruppen-fyn.dk"),
    ("Aktivcenter Nord", "aktivcenter-nord.dk"), ("Vejen Videre I/S", "vejenvidere.dk"),
    ("Brobyggerne", "brobyggerne.dk"), ("Kompas Mentor & Coaching", "kompasmentor.dk"),
    ("Projekt Fodfæste", "fodfaeste.dk"), ("Mentorhuset Vest", "mentorhuset-vest.dk"),
]
COMPANIES = ["Bilka Viborg", "Netto Søndergade", "Danish Crown", "Coop 365 Randers", "Plantorama",
             "Jysk lageret i Uldum", "Dagli'Brugsen Ørum", "Flügger farver", "ISS Facility Services",
             "Vestas Blades", "Elgiganten", "Harald Nyborg"]
SCHOOLS = ["Mercantec", "Tradium", "SOSU Østjylland", "Learnmark Horsens", "ZBC Slagelse",
           "FGU Midt-Nord", "VUC Storstrøm", "EUC Nordvest", "Syddansk Erhvervsskole", "Social- og Sundhedsskolen Fyn"]


def phone(rng: random.Random) -> str:
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng: random.Random, year=None) -> str:
    d = dt.date(year or rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d:%d%m%y}-{rng.randint(1000, 9999)}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fmt_long(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_abbr(d: dt.date) -> str:
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def fmt_dot(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def fmt_slash(d: dt.date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def fmt_slash_sp(d: dt.date) -> str:
    return f"{d.day}/{d.month} {d.year}"


def fmt_iso(d: dt.date) -> str:
    return d.isoformat()


def fmt_en(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


DATE_FMTS = [fmt_long, fmt_dot, fmt_slash, fmt_abbr, fmt_long, fmt_dot, fmt_slash_sp, fmt_iso]


def period_text(rng, start, end, style=None):
    f = style or rng.choice(DATE_FMTS)
    form = rng.choice(["range", "range", "fra_til", "fom"])
    a, b = f(start), f(end)
    if form == "range":
        return f"{a} – {b}" if f in (fmt_long, fmt_abbr) else f"{a} - {b}"
    if form == "fra_til":
        return f"fra {a} til {b}"
    return f"f.o.m. {a} t.o.m. {b}"


GOALS = [
    "{fn} er i virksomhedspraktik som lagermedarbejder hos {company} 15 timer om ugen senest {date}, med henblik på ansættelse med løntilskud.",
    "{fn} starter på grundforløb 1 på {school} i {month} og møder op mindst fire dage om ugen.",
    "{fn} gennemfører FVU-dansk trin 2 på {school} med højst to fraværsdage om måneden og søger derefter optagelse på en erhvervsuddannelse.",
    "Målet er, at {fn} senest {date} har et fleksjob på 12 timer om ugen som køkkenmedhjælper.",
    "{fn} har et ordinært job på mindst 20 timer om ugen inden {date}.",
    "At {fn} kan fastholde sin praktik hos {company} og har under 10 % fravær ved udgangen af perioden.",
    "{fn} er optaget på SOSU-hjælperuddannelsen på {school} og har gennemført det første skoleforløb.",
    "{fn} møder stabilt i sit løntilskudsjob hos {company} (25 timer om ugen) og er klar til ordinær ansættelse ved periodens udløb.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "At {fn} kommer tættere på arbejdsmarkedet.",
    "Sikre at {fn} får det bedre og bliver mere selvstændig.",
    "Motivere {fn} til at tage ansvar for eget liv.",
    "Hjælp til at skabe ro omkring økonomi og bolig.",
]
TASKS = [
    "følge {fn} til de første møder på praktikstedet",
    "hjælpe med at lægge en ugeplan og holde styr på mødetider",
    "tage en ugentlig samtale om fremmøde og transport",
    "støtte i kontakten med skolen og lærerne",
    "hjælpe med post i e-Boks og breve fra kommunen",
    "øve bustransport fra bopælen til arbejdspladsen",
    "tale med arbejdsgiveren om skånehensyn, når {fn} ønsker det",
    "ringe {fn} op om morgenen de første to uger",
    "gå med til lægen eller psykiatrien, hvis {fn} ønsker det",
    "hjælpe med lektieplan og afleveringer",
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "4 timer ugentligt", "2 t/uge", "8 timer om måneden",
         "1½ time om ugen", "5 timer pr. uge", "6 timer om ugen de første 4 uger, derefter 3 timer om ugen"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende, afhængigt af behov", "aftales løbende"]
FOLLOWUPS = [
    "Statusmøde hver 4. uge med {fn}, mentor og sagsbehandler. Slutevaluering 14 dage før støtten ophører.",
    "Vi følger op hver måned på et trepartsmøde. Delmål: fremmøde fire dage om ugen fra måned to.",
    "Mentor sender en kort skriftlig status til sagsbehandler hver anden måned; midtvejsevaluering efter 3 måneder.",
    "Opfølgningssamtale i kommunen hver 6. uge. Progression måles på fremmøde og antal praktiktimer.",
    "Evaluering sammen med {fn} hver måned og senest 14 dage inden perioden udløber.",
]
VAGUE_FOLLOWUPS = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Der aftales opfølgning, når det giver mening."]


def appeal_ok(rng, k, kommune_word="kommunen"):
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, kan du klage til {k['name']}, {k['unit']}. Klagen skal være modtaget inden 4 uger efter, at du har fået dette brev. Du kan klage mundtligt eller skriftligt. Vi vurderer afgørelsen igen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen. Send din klage til {k['name']} på {k['mail']} eller ring på {k['phone']} inden fire uger fra du har fået denne afgørelse. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen og sagens akter til Ankestyrelsen.",
        f"Er du uenig, skal du klage til {kommune_word} inden fire uger. {kommune_word.capitalize()} skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis {kommune_word} fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Klagefristen er 4 uger fra den dag, du modtager afgørelsen. Klagen sendes til {k['name']}, {k['addr']}. Kommunen genvurderer sagen, og fastholdes afgørelsen, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204).",
    ])


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Hvis du er uenig i aftalen, kan du kontakte din sagsbehandler.",
                     "Klagefristen er 4 uger.", "Du har mulighed for at klage. Kontakt os, hvis du har spørgsmål."]


def appeal_other(k):
    return (f"Klagevejledning vedrørende befordringsgodtgørelse: Er du uenig i afgørelsen om befordringsgodtgørelse, "
            f"kan du klage til {k['name']} inden 4 uger. Kommunen genvurderer afgørelsen og sender den videre til Ankestyrelsen, hvis den fastholdes.")


def appeal_wrong():
    return ("Du kan klage over afgørelsen direkte til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, "
            "inden 4 uger efter, at du har modtaget brevet. Brug Ankestyrelsens klageformular på borger.dk.")
