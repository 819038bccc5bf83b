"""Content for corpus fr: providers' own templates (forløbsplan, handleplan, samarbejdsaftale,
opstartsaftale), jobcentre decisions and Min Plan entries that refer to them, and look-alikes."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: date) -> date:
    """Latest allowed end: start + 6 calendar months - 1 day (month-end clamp per rule doc)."""
    y, m = divmod(start.month - 1 + 6, 12)
    y += start.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    if start.day > last:
        return date(y, m, last)
    return date(y, m, start.day) - timedelta(days=1)


def fd(d: date, style: str = "long") -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    raise ValueError(style)


def fr(s: date, e: date, style: str = "long", sep: str = " – ") -> str:
    if style == "fom":
        return f"f.o.m. {fd(s, 'dot')} t.o.m. {fd(e, 'dot')}"
    if style == "fratil":
        return f"fra {fd(s)} til {fd(e)}"
    if style == "week":
        return f"uge {s.isocalendar()[1]}-{e.isocalendar()[1]} {e.year}"
    return f"{fd(s, style)}{sep}{fd(e, style)}"


KOMMUNER = [
    # slug, jobcentre name, kommune, address, phone, mail domain
    ("holbaek", "Jobcenter Holbæk", "Holbæk Kommune", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "holb.dk"),
    ("naestved", "Jobcenter Næstved", "Næstved Kommune", "Farimagsvej 2, 4700 Næstved", "55 88 50 00", "naestved.dk"),
    ("silkeborg", "Jobcenter Silkeborg", "Silkeborg Kommune", "Drewsensvej 10, 8600 Silkeborg", "89 70 10 00", "silkeborg.dk"),
    ("randers", "Jobcenter Randers", "Randers Kommune", "Kirkegade 12, 8900 Randers C", "89 15 15 15", "randers.dk"),
    ("koege", "Jobcenter Køge", "Køge Kommune", "Ved Stadion 7, 4600 Køge", "56 67 67 67", "koege.dk"),
    ("vejle", "Jobcenter Vejle", "Vejle Kommune", "Kirketorvet 22, 7100 Vejle", "76 81 00 00", "vejle.dk"),
]

PROVIDERS = {
    "vv": dict(name="Vækstværket ApS", tag="Socialøkonomisk virksomhed · mentor- og jobforløb",
               footer="Vækstværket ApS · Smedelundsgade 12, 4300 Holbæk · CVR 38114207 · Registreret socialøkonomisk virksomhed",
               dom="vaekstvaerket.dk"),
    "mh": dict(name="MentorHuset Danmark A/S", tag="Mentorstøtte · Coaching · Udskrivningskoordinering",
               footer="MentorHuset Danmark A/S · Vestergade 41, 8600 Silkeborg · CVR 29 55 12 80 · mentorhuset.dk",
               dom="mentorhuset.dk"),
    "cb": dict(name="Café Broen", tag="– et socialøkonomisk spisested med plads til alle",
               footer="Café Broen · Jernbanegade 7, 4700 Næstved · drives af Foreningen Broen (socialøkonomisk virksomhed)",
               dom="cafebroen.dk"),
    "jb": dict(name="JobBro Coaching I/S", tag="Coaching og mentorforløb for ledige og sygemeldte",
               footer="JobBro Coaching I/S · Tronholmen 3, 8960 Randers SØ · CVR 41 22 73 90",
               dom="jobbro.dk"),
    "nx": dict(name="Neksus Mentor & Uddannelse", tag="Din vej til job og uddannelse",
               footer="Neksus Mentor & Uddannelse ApS · Søndergade 4, 4600 Køge · CVR 40 99 18 32 · Leverandør på SKI-aftale",
               dom="neksus-mentor.dk"),
    "go": dict(name="Grøn Omstart", tag="Socialøkonomisk gartneri og genbrugsværksted",
               footer="Grøn Omstart (Foreningen Grøn Omstart) · Ørnebjergvej 15, 7100 Vejle · gronomstart.dk",
               dom="gronomstart.dk"),
    "ll": dict(name="Lyst til Læring ApS", tag="Uddannelsesmentorer · Studiestøtte · Unge 18-30",
               footer="Lyst til Læring ApS · Frederiksgade 2, 4300 Holbæk · CVR 37 40 66 15",
               dom="lysttillaering.dk"),
    "fv": dict(name="Fællesværket", tag="Erhvervsdrivende fond · værksteder og mentorer",
               footer="Fællesværket · Industrivej 9, 8600 Silkeborg · fællesværket.dk",
               dom="faellesvaerket.dk"),
}

FIRST = ["Jonas", "Sara", "Ahmed", "Mette", "Kasper", "Nadia", "Frederik", "Line", "Ali", "Camilla",
         "Mikkel", "Emma", "Yasmin", "Rasmus", "Signe", "Omar", "Louise", "Tobias", "Fatima", "Nikolaj",
         "Julie", "Hassan", "Ida", "Martin", "Amalie", "Mads", "Zainab", "Kristian", "Freja", "Dennis"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Karimi", "Møller", "Mortensen", "Yilmaz", "Lund", "Holm", "Schmidt", "Frost", "Vang"]
MENTORS = ["Mette Frost", "Kim Brandt", "Lise Kjær", "Bo Sommer", "Hanne Dahl", "Peter Ravn", "Tina Bech",
           "Søren Krogh", "Anja Lind", "Jesper Borg", "Gitte Skov", "Thomas Ahl", "Maria Dam", "René Gram"]
CASEWORKERS = ["Lone Berg", "Henrik Storm", "Pia Vinther", "Claus Mørk", "Birgitte Ebbesen", "Anders Kirk",
               "Susanne Lau", "Jakob Friis"]


def clear_goals(fn, s: date):
    d1 = fd(add_months(s, 4))
    return [
        f"{fn} er senest {d1} i virksomhedspraktik 15 timer om ugen på et lager i lokalområdet, med henblik på ansættelse med løntilskud.",
        f"{fn} starter på grundforløb 1 (GF1) på Mercantec i august og møder mindst 90 % af undervisningen de første 8 uger.",
        f"{fn} har ved forløbets afslutning et fleksjob som køkkenmedhjælper på 12 timer om ugen.",
        f"{fn} er i ordinært job eller job med løntilskud i detailhandlen, mindst 20 timer om ugen, senest {d1}.",
        f"{fn} gennemfører praktikken 4 dage om ugen og sender mindst 2 ansøgninger om ugen på job i restaurationsbranchen.",
        f"{fn} er optaget på SOSU-hjælperuddannelsen og møder stabilt 4 dage om ugen i praktikperioden.",
        f"{fn} arbejder 10 timer om ugen i gartneriet og har inden {d1} fundet et praktiksted i en anlægsgartnervirksomhed.",
        f"{fn} består HF-enkeltfag i dansk og matematik på VUC til sommereksamen og har søgt optagelse på pædagogisk assistentuddannelse.",
        f"{fn} er i løntilskudsjob som chauffør eller lagermedarbejder 25 timer om ugen senest {d1}.",
        f"{fn} har taget AMU-kurset i truckkørsel (B) og er i virksomhedspraktik 3 dage om ugen hos en lokal tømmerhandel inden {d1}.",
        f"{fn} møder stabilt på FGU (PGU, værkstedslinjen) mindst 4 dage om ugen og har inden {d1} lavet en uddannelsesplan med kontaktlæreren.",
    ]


UNCLEAR_GOALS = [
    "Øget trivsel og mere struktur i hverdagen.",
    "Støtte til at komme videre i livet og få det bedre med sig selv.",
    "At {fn} får mere selvværd og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at finde ro, overskud og motivation.",
    "Sikre at {fn} trives og får en bedre hverdag.",
    "Motivere {fn} og arbejde med selvtillid og sociale kompetencer.",
]

TASKSETS = [
    ["Følge {fn} til de første to arbejdsdage i praktikken", "Samtale med {fn} om fremmøde, transport og søvn",
     "Hjælpe med en plan for jobsøgning og sende 2 ansøgninger om ugen", "Deltage i møder med praktikstedet om opgaver og arbejdstider"],
    ["Træne morgenrutine og fremmøde kl. 8.00 i værkstedet", "Sparre med {fn} om samarbejde med kolleger",
     "Hjælpe med kontakt til a-kasse og Borgerservice", "Forberede {fn} til jobsamtaler"],
    ["Lave en ugeplan for skolearbejdet sammen med {fn}", "Hjælpe med kontakt til studievejleder og SPS",
     "Følges med {fn} til skolen de første tre dage", "Gennemgå fravær og afleveringer sammen med {fn}"],
    ["Introducere {fn} til køkkenet og kollegerne", "Planlægge vagter og følge op på fremmøde",
     "Øve kundekontakt ved kassen", "Hjælpe med CV og ansøgninger til job i restaurationsbranchen"],
    ["Støtte {fn} i at holde aftaler med læge og jobcenter", "Følge med til møder i virksomheden",
     "Hjælpe med at strukturere ugen med faste mødetider", "Løbende dialog med praktikvært om trivsel og opgaver"],
    ["Tage med {fn} til jobsamtaler og virksomhedsbesøg", "Øve transporten til arbejdspladsen med bus de første uger",
     "Hjælpe {fn} med at holde kontakt til arbejdsgiveren om arbejdstider", "Lægge ugens plan sammen med {fn}"],
    ["Ringe til {fn} om morgenen de første to uger, så {fn} kommer op", "Hjælpe med at søge SU og bolig tæt på skolen",
     "Være bindeled til kontaktlæreren", "Hjælpe med at planlægge afleveringer"],
]

FOLLOWUPS = [
    "Statusmøde med deltager, coach og jobcentrets sagsbehandler hver 6. uge; midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før forløbet slutter.",
    "Coach sender skriftlig status til jobcentret hver måned. Opfølgningsmøde efter 3 måneder og 14 dage før ophør.",
    "Vi følger op på delmålene ved samtalen hver 14. dag, og der holdes trekantsmøde med jobcentret hver 2. måned.",
    "Evaluering af progression hver 4. uge ud fra delmålene; fælles statusmøde med jobcentret i uge {wk} og 14 dage før forløbet udløber.",
    "Månedligt statusmøde med sagsbehandler. Statusrapport sendes til jobcentret senest 14 dage før periodens udløb.",
]
FOLLOWUP_VAGUE = ["Efter behov.", "Der følges op løbende.", "Opfølgning aftales efter behov mellem coach og deltager."]

APPEALS = [
    "Hvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til {kom}. Klagen skal være modtaget inden 4 uger fra den dag, du fik afgørelsen. Kommunen genvurderer sagen, og fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (LAB § 204).",
    "Jobcentrets bevilling er en afgørelse. Er du uenig, kan du klage mundtligt eller skriftligt til {jc} inden fire uger efter, at du har fået afgørelsen. {jc} vurderer sagen igen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
    "Aftalen bygger på jobcentrets afgørelse om mentorstøtte. Klager over afgørelsen sendes til {jc} inden 4 uger – ikke til {prov}. Jobcentret genvurderer og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
]
APPEAL_BAD = [
    "Du kan klage over jobcentrets afgørelse. Spørg din sagsbehandler, hvis du er i tvivl.",
    "Er du utilfreds med dit forløb hos os, kan du skrive til vores kvalitetsansvarlige inden 14 dage.",
    "Klagefrist: 4 uger.",
    "Eventuelle klager behandles efter {prov}s klageprocedure, som kan ses på vores hjemmeside.",
]
