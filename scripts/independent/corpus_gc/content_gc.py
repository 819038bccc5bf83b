"""Content for corpus GC: people, places, field texts and defects (Danish).

Everything here is plain data plus small builders that turn a document plan into a
format-neutral list of items.  The renderers (make_corpus_gc.py) place those items in
frames, text boxes, side cells, columns, sidebars and e-mail signatures.

Item shapes:
    ("title", text)            document title
    ("h", text)                heading / bold label on its own line
    ("p", text)                paragraph
    ("lv", label, value)       label with value (value may contain "\n")
    ("ul", [text, ...])        bullet list
    ("lines", [text, ...])     short lines (address, contact card)
"""
from __future__ import annotations

import datetime as dt
import random

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.",
               "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Holbæk Kommune", "Kanalstræde 2", "4300 Holbæk", "holbaek.dk"),
    ("Slagelse Kommune", "Rådhuspladsen 11", "4200 Slagelse", "slagelse.dk"),
    ("Viborg Kommune", "Prinsens Allé 5", "8800 Viborg", "viborg.dk"),
    ("Horsens Kommune", "Rådhustorvet 4", "8700 Horsens", "horsens.dk"),
    ("Næstved Kommune", "Rådmandshaven 20", "4700 Næstved", "naestved.dk"),
    ("Kolding Kommune", "Akseltorv 1", "6000 Kolding", "kolding.dk"),
    ("Svendborg Kommune", "Ramsherred 5", "5700 Svendborg", "svendborg.dk"),
    ("Hjørring Kommune", "Springvandspladsen 5", "9800 Hjørring", "hjoerring.dk"),
    ("Frederikssund Kommune", "Torvet 2", "3600 Frederikssund", "frederikssund.dk"),
    ("Randers Kommune", "Laksetorvet 1", "8900 Randers", "randers.dk"),
]
AFDELINGER = ["Jobcenter", "Center for Arbejdsmarked", "Job og Ydelse", "Beskæftigelse og Uddannelse",
              "Ungeenheden", "Job & Borgerservice"]

FIRST_F = ["Amalie", "Sara", "Nadia", "Louise", "Emma", "Fatima", "Julie", "Maja", "Line", "Camilla",
           "Ida", "Mette", "Zainab", "Cecilie", "Freja", "Signe"]
FIRST_M = ["Jonas", "Mads", "Ahmed", "Frederik", "Mikkel", "Rasmus", "Ali", "Kasper", "Oliver", "Tobias",
           "Emil", "Yusuf", "Nikolaj", "Christian", "Patrick", "Simon"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Østergaard", "Kjær", "Lund", "Bak", "Dahl", "Holm", "Vestergaard",
        "Frandsen", "Skov", "Bech", "Lauridsen", "Brandt"]
PROVIDERS = ["Jobhuset Nord", "Mentorhuset ApS", "Café Kompas", "Bro til Job", "Værkstedet Vestergade",
             "Ungdommens Mentorkorps", "Fokus Mentor & Coaching", "LærDet ApS", "Trinbræt",
             "Socialfagligt Team, Job & Borgerservice", "Nordlys Mentorordning", "KUBUS Mentor"]
WORKPLACES = ["Netto i Vestergade", "Bilka Holstebro", "Lidl lageret i Kolding", "plejecentret Solgården",
              "Kvickly Næstved", "DSV's terminal i Hedehusene", "Byens Cykler", "kantinen på rådhuset",
              "Genbrugspladsen Nord", "Dagligbrugsen i Tølløse", "Stark Byggemarked", "Café Mellemrummet"]
SCHOOLS = ["VUC Vestsjælland", "FGU Midtjylland", "SOSU Sjælland", "EUC Nordvest", "Tradium",
           "Mercantec", "Syddansk Erhvervsskole", "FGU Fyn", "Hotel- og Restaurantskolen", "Roskilde Tekniske Skole"]


def person(rng: random.Random, female: bool | None = None) -> tuple[str, str]:
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    return first, f"{first} {rng.choice(LAST)}"


def phone(rng: random.Random) -> str:
    d = [rng.randint(20, 99)] + [rng.randint(10, 99) for _ in range(3)]
    return " ".join(f"{x:02d}" for x in d)


def mail_of(name: str, domain: str) -> str:
    t = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    parts = t.split()
    return f"{parts[0]}.{parts[-1]}@{domain}"


def domain_of(provider: str) -> str:
    base = provider.lower().replace("é", "e").replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    base = "".join(c for c in base if c.isalnum())
    return base[:14] + ".dk"


def cpr(rng: random.Random) -> str:
    y = rng.randint(60, 105) % 100
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def f_long(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def f_num(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def f_short(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def f_slash(d: dt.date) -> str:
    return f"{d.day}/{d.month} {d.year}"


def f_abbr(d: dt.date) -> str:
    return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"


def f_iso(d: dt.date) -> str:
    return d.isoformat()


DATE_FMTS = [f_long, f_num, f_short, f_slash, f_abbr, f_long, f_iso]


def make_period(rng: random.Random, over: bool) -> tuple[dt.date, dt.date, int]:
    """Start and inclusive end. Clean: 3-6 months; over: 7-12 months."""
    start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 1, 15, 10, 4]))
    n = rng.randint(7, 12) if over else rng.choice([3, 4, 5, 6, 6, 6])
    end = add_months(start, n) - dt.timedelta(days=1)
    return start, end, n


def period_text(rng: random.Random, start: dt.date, end: dt.date, n: int, style: int | None = None) -> str:
    fmt = rng.choice(DATE_FMTS)
    s, e = fmt(start), fmt(end)
    style = rng.randint(0, 6) if style is None else style
    if style == 0:
        return f"{s} – {e}"
    if style == 1:
        return f"fra {s} til {e}"
    if style == 2:
        return f"{s} - {e}"
    if style == 3:
        return f"f.o.m. {s} t.o.m. {e}"
    if style == 4:
        return f"{s} til og med {e}"
    if style == 5:
        return f"fra {f_long(start)} og {n} måneder frem (til {f_long(end)})"
    return f"{n} måneder fra {f_long(start)}, dvs. til {f_long(end)}"


# ---------------------------------------------------------------- field texts

def goal_clear(rng: random.Random, first: str) -> str:
    wp, sc = rng.choice(WORKPLACES), rng.choice(SCHOOLS)
    opts = [
        f"{first} er i virksomhedspraktik i {wp} {rng.choice(['12', '15', '20'])} timer om ugen senest "
        f"{f_long(dt.date(2026, rng.randint(4, 11), 1))}, med henblik på løntilskud.",
        f"{first} starter på grundforløbet hos {sc} i august 2026 og møder mindst fire dage om ugen.",
        f"At {first} gennemfører FVU-dansk trin 2 på {sc} og bagefter søger ind på en erhvervsuddannelse.",
        f"{first} har et fleksjob som lagermedarbejder med 10-12 timer om ugen ved periodens udløb.",
        f"{first} møder stabilt i praktikken i {wp} (højst én fraværsdag om måneden) og får tilbudt ansættelse i løntilskud.",
        f"Hovedformål: {first} fastholder sin læreplads som tømrerlærling og består skoleperioden på {sc}.",
        f"{first} kommer tilbage i job: først 8 timer om ugen i {wp}, derefter 15 timer om ugen fra uge 20.",
        f"{first} gennemfører 10. klasse på {sc} med under 10 % fravær og er optaget på SOSU-hjælperuddannelsen til sommer.",
        f"At {first} er i ordinær beskæftigelse på mindst 20 timer om ugen inden for rengøring eller kantine.",
        f"{first} fastholder sit job i {wp} og kan selv klare morgenrutinen, så hun/han møder til tiden alle hverdage.".replace(
            "hun/han", rng.choice(["hun", "han"])),
    ]
    return rng.choice(opts)


def goal_unclear(rng: random.Random, first: str) -> str:
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"At {first} får det bedre og bliver mere selvstændig i hverdagen.",
        "Motivere borgeren og styrke selvværdet.",
        "Mere struktur på hverdagen og større livskvalitet.",
        f"Sikre at {first} har det godt og trives.",
        "Hjælp til at få styr på tingene og komme tættere på arbejdsmarkedet.",
        "Øget mestring og bedre trivsel.",
    ])


TASK_POOL = [
    "Følge {f} til praktikstedet de første to uger",
    "Ringe til {f} om morgenen de dage, der er arbejde",
    "Hjælpe med at lægge en ugeplan og holde aftaler",
    "Tage med til møder med jobcentret og skolen",
    "Øve busruten til {w} sammen med {f}",
    "Hjælpe med kontakt til SU-kontoret og studievejlederen",
    "Snakke med {f} om fravær og hvad der skal til for at møde",
    "Hjælpe med breve fra e-Boks og aftaler med lægen",
    "Være bindeled til arbejdspladsens kontaktperson",
    "Støtte i pauserne de første uger og tale om samarbejdet med kollegerne",
    "Gennemgå skemaet og lektieplanen med {f}",
    "Hjælpe {f} med at skrive ansøgninger og øve jobsamtaler",
]


def tasks(rng: random.Random, first: str) -> list[str]:
    w = rng.choice(WORKPLACES)
    return [t.format(f=first, w=w) for t in rng.sample(TASK_POOL, rng.randint(2, 4))]


def follow_up_clear(rng: random.Random, end: dt.date | None) -> str:
    ev = f_long(end - dt.timedelta(days=14)) if end else "to uger før perioden slutter"
    return rng.choice([
        "Statusmøde med mentor og sagsbehandler hver 4. uge; slutevaluering 14 dage før perioden udløber.",
        f"Vi følger op hver måned ved et møde på jobcentret, hvor vi ser på fremmødet. Evaluering {ev}.",
        "Mentor sender en kort skriftlig status hver anden måned. Midtvejsevaluering efter 3 måneder.",
        "Opfølgningssamtale hver 6. uge med sagsbehandler; delmål: fremmøde 4 dage om ugen fra maj.",
        f"Fælles evaluering med borger, mentor og jobkonsulent den {ev}. Derudover månedlig status pr. telefon.",
        "Progressionen måles på fremmøde i praktikken; statusmøde hver måned.",
    ])


def follow_up_vague(rng: random.Random) -> str:
    return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Løbende dialog.",
                       "Vi tager det som det kommer.", "Efter aftale."])


def hours_clear(rng: random.Random) -> str:
    return rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1½ time om ugen",
                       "4 timer ugentligt", "2-3 timer pr. uge", "5 timer om ugen de første 4 uger, derefter 3 timer",
                       "op til 4 timer pr. uge", "6 timer pr. uge"])


def hours_vague(rng: random.Random) -> str:
    return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende", "Aftales med mentor", "Varierer"])


def placeholder(rng: random.Random) -> str:
    return rng.choice(["Udfyldes senere", "-", "…", "xx", "[indsæt]", "Afventer", "Klik eller tryk her for at skrive tekst."])


def appeal_full(rng: random.Random, kommune: str, tlf: str) -> str:
    k = kommune
    return rng.choice([
        "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
        "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
        "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen. Klagen skal sendes til {k} inden 4 uger efter, at du har modtaget "
        f"denne afgørelse. Du kan klage skriftligt eller mundtligt (tlf. {tlf}). Vi genvurderer afgørelsen, "
        "og fastholder vi den, sender vi klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens §§ 66-67.",
        f"Er du uenig i bevillingen (fx timetallet eller perioden), kan du klage til {k} senest 4 uger efter, "
        "at du har fået brevet. Vi ser på sagen igen. Hvis vi ikke giver dig ret, sender vi klagen og sagens "
        "papirer til Ankestyrelsen inden for 4 uger.",
        f"Klagen sendes til Jobcentret, {k}, inden fire uger fra modtagelsen af dette brev – gerne via "
        "Digital Post. Jobcentret genvurderer sagen og videresender klagen til Ankestyrelsen, hvis afgørelsen fastholdes.",
    ])


def appeal_incomplete(rng: random.Random) -> str:
    return rng.choice([
        "Du kan klage over afgørelsen.",
        "Hvis du er uenig, er du velkommen til at kontakte din sagsbehandler.",
        "Du kan klage til jobcentret.",
        "Klage: se kommunens hjemmeside.",
    ])


# ---------------------------------------------------------------- plans

ALL_AGREE = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
             "duration-over-6-months", "missing-follow-up", "missing-hours", "missing-appeal-guidance"]
MINPLAN = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
           "duration-over-6-months", "missing-hours"]
EXCL = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]


def choose_defects(rng: random.Random, pool: list[str], weights: dict[str, float]) -> list[str]:
    r = rng.random()
    n = 0 if r < 0.4 else (1 if r < 0.8 else 2)
    out: list[str] = []
    while len(out) < n:
        cand = rng.choices(pool, weights=[weights.get(p, 1.0) for p in pool])[0]
        if cand in out:
            continue
        if any(cand in ex and (ex - {cand}) & set(out) for ex in EXCL):
            continue
        out.append(cand)
    return sorted(out)
