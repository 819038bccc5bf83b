"""Shared data for corpus JD: people, places, dates, and the wording of each field's value."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Sofie", "Mads", "Amina", "Jonas", "Camilla", "Ahmad", "Line", "Kasper", "Nanna", "Emil",
         "Fatma", "Rasmus", "Julie", "Mikkel", "Sara", "Tobias", "Yasmin", "Oliver", "Maja", "Patrick",
         "Louise", "Nikolaj", "Ida", "Bilal", "Signe", "Martin", "Hanne", "Kenneth", "Dorthe", "Jannik",
         "Zainab", "Frederik", "Cecilie", "Dennis", "Trine", "Simon"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Kaya", "Ali", "Østergaard", "Bach", "Lund", "Holm", "Dahl",
        "Frandsen", "Vestergaard", "Skov", "Krogh"]
MENTOR_FIRST = [("Mette", "f"), ("Lars", "m"), ("Bente", "f"), ("Henrik", "m"), ("Susanne", "f"),
                ("Peter", "m"), ("Anja", "f"), ("Torben", "m"), ("Gitte", "f"), ("Karsten", "m"),
                ("Rikke", "f"), ("Jesper", "m"), ("Lene", "f"), ("Morten", "m"), ("Birgitte", "f"),
                ("Allan", "m"), ("Pia", "f"), ("Steen", "m"), ("Charlotte", "f"), ("Brian", "m")]
CW_FIRST = ["Marianne", "Thomas", "Helle", "Jacob", "Anne", "Claus", "Tina", "Søren", "Kirsten", "Ulrik"]
ORGS = ["Jobværkstedet", "Mentorhuset ApS", "Kompetencecenter Vest", "Støttecentret", "Fremtidsværkstedet",
        "Brobyg Mentor", "Den Gode Vej ApS", "Mentorkorpset", "Projekt Fodfæste", "Ungeporten",
        "Virksomhedsteamet", "LærVejen ApS"]
KOMMUNER = [("Varde Kommune", "varde.dk", "Varde"), ("Tønder Kommune", "toender.dk", "Tønder"),
            ("Lolland Kommune", "lolland.dk", "Maribo"), ("Skive Kommune", "skive.dk", "Skive"),
            ("Frederikssund Kommune", "frederikssund.dk", "Frederikssund"),
            ("Horsens Kommune", "horsens.dk", "Horsens"), ("Norddjurs Kommune", "norddjurs.dk", "Grenaa"),
            ("Faaborg-Midtfyn Kommune", "fmk.dk", "Ringe"), ("Halsnæs Kommune", "halsnaes.dk", "Frederiksværk"),
            ("Vesthimmerlands Kommune", "vesthimmerland.dk", "Aars"),
            ("Kalundborg Kommune", "kalundborg.dk", "Kalundborg"),
            ("Ikast-Brande Kommune", "ikast-brande.dk", "Ikast"), ("Slagelse Kommune", "slagelse.dk", "Slagelse"),
            ("Hedensted Kommune", "hedensted.dk", "Hedensted"), ("Assens Kommune", "assens.dk", "Assens"),
            ("Jammerbugt Kommune", "jammerbugt.dk", "Aabybro")]
EDU = [("tømrer", "EUC Syd"), ("SOSU-hjælper", "SOSU Syd"), ("ernæringsassistent", "Hotel- og Restaurantskolen"),
       ("lager- og terminaloverassistent", "Tradium"), ("frisør", "Mercantec"), ("elektriker", "Aarhus Tech"),
       ("pædagogisk assistent", "SOSU Nord"), ("smed", "EUC Nordvest"), ("anlægsgartner", "Jordbrugets Uddannelsescenter"),
       ("detailhandelsassistent", "Business College Syd")]
FIRMS = [("Netto", "butiksmedhjælper"), ("Bilka", "lagermedarbejder"), ("Jysk", "lagermedarbejder"),
         ("Danish Crown", "produktionsmedarbejder"), ("Rema 1000", "butiksmedhjælper"),
         ("Plejecentret Solgården", "serviceassistent"), ("Vestjysk Autoservice", "værkstedsmedhjælper"),
         ("Tømrerfirmaet Bach & Søn", "tømrerlærling"), ("Kantinen på Rådhuset", "køkkenmedhjælper"),
         ("Genbrugspladsen", "pladsmedarbejder"), ("Lidl", "butiksmedhjælper"), ("XL-Byg", "lagermedarbejder")]


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def six_month_end(start: date) -> date:
    """Latest end of a 6-month period that starts on `start` (start + 6 months - 1 day)."""
    return add_months(start, 6) - timedelta(days=1)


def fdate(d: date, style: str = "words") -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dwords":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "num0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


def phone(rng) -> str:
    first = rng.choice(["2", "3", "4", "5", "6", "7", "8", "9"])
    digits = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def cpr(rng) -> str:
    y = rng.randint(1968, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    serial = rng.randint(1000, 9999)
    return f"{d:02d}{m:02d}{y % 100:02d}-{serial:04d}"


def ascii_mail(s: str) -> str:
    return (s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace(" ", "")
            .replace("&", "").replace("-", ""))


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxz" else "s")


class Ctx(dict):
    __getattr__ = dict.__getitem__


def make_ctx(rng, kind: str, defects: dict) -> Ctx:
    c = Ctx()
    c["cf"] = rng.choice(FIRST)
    c["cl"] = rng.choice(LAST)
    c["cit"] = f"{c.cf} {c.cl}"
    mf, g = rng.choice(MENTOR_FIRST)
    ml = rng.choice([x for x in LAST if x != c.cl])
    c["mf"], c["ml"], c["mg"] = mf, ml, g
    c["mentor"] = f"{mf} {ml}"
    c["han"] = "hun" if g == "f" else "han"
    c["hende"] = "hende" if g == "f" else "ham"
    c["hendes"] = "hendes" if g == "f" else "hans"
    c["org"] = rng.choice(ORGS)
    c["mphone"] = phone(rng)
    c["mmail"] = f"{ascii_mail(mf)}.{ascii_mail(ml)[:3]}@{ascii_mail(c.org.replace(' ApS', ''))}.dk"
    kom, dom, city = rng.choice(KOMMUNER)
    c["kom"], c["dom"], c["city"] = kom, dom, city
    c["cw"] = f"{rng.choice(CW_FIRST)} {rng.choice(LAST)}"
    c["cwphone"] = phone(rng)
    c["cwmail"] = f"{ascii_mail(c.cw.split()[0])[:4]}{ascii_mail(c.cw.split()[1])[:2]}@{dom}"
    c["trade"], c["school"] = rng.choice(EDU)
    c["track"] = rng.choice(["edu", "fvu", "praktik", "job", "keep", "edu", "praktik"])
    c["firm"], c["func"] = rng.choice(FIRMS)
    c["sagsnr"] = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1000, 99999)}-26"
    c["cpr"] = None
    # period
    start = date(2026, rng.choice([8, 9, 10, 11, 12]), rng.choice([1, 1, 1, 15, 5]))
    if start.month == 12 and start.day == 1 and rng.random() < 0.3:
        start = date(2027, 1, 4)
    mode = defects.get("duration", "ok")
    if mode == "over":
        span = rng.choice(["9m", "12m", "8m", "plus1d", "7m"])
        if span == "plus1d":
            end = add_months(start, 6)             # one day too long
        else:
            end = add_months(start, int(span[:-1])) - timedelta(days=1)
        c["months"] = {"9m": 9, "12m": 12, "8m": 8, "7m": 7, "plus1d": 6}[span]
        c["span_note"] = span
    else:
        k = rng.choice([6, 6, 6, 5, 4, 3])
        end = add_months(start, k) - timedelta(days=1)
        c["months"] = k
        c["span_note"] = f"{k}m"
    c["start"], c["end"] = start, end
    c["end_known"] = mode not in ("omit", "ph", "open")
    c["docdate"] = start - timedelta(days=rng.randint(4, 16))
    c["hours"] = rng.choice([2, 3, 3, 4, 5, 2, 6, 1.5])
    c["hours_s"] = ("1½" if c.hours == 1.5 else str(c.hours))
    c["fu_weeks"] = rng.choice([4, 6, 8])
    return c


# ---------------------------------------------------------------- field values

def goal_clear(rng, c, voice="third"):
    t = c.track
    if voice == "first":
        opts = {
            "edu": [f"Jeg vil gerne starte på {c.trade}uddannelsen på {c.school}, og jeg vil møde op hver dag i de første tre måneder."],
            "fvu": [f"Jeg vil tage FVU-dansk på VUC og bestå prøven i {MONTHS[c.end.month - 1]}, så jeg kan komme ind på {c.trade}uddannelsen."],
            "praktik": [f"At jeg kommer i praktik som {c.func} hos {c.firm} 12 timer om ugen fra {fdate(add_months(c.start, 1))}, og at det bliver til et løntilskudsjob."],
            "job": [f"Jeg vil have et rigtigt job, gerne som {c.func} hos {c.firm}, hvor jeg arbejder mindst 20 timer om ugen, når vi er færdige."],
            "keep": [f"Jeg vil gerne blive ved med mit arbejde som {c.func} hos {c.firm} og ikke blive sygemeldt igen. Højst to fraværsdage om måneden."],
        }
        return rng.choice(opts[t])
    opts = {
        "edu": [f"{c.cf} er startet på grundforløbet som {c.trade} på {c.school} og møder op mindst fire dage om ugen inden "
                + (fdate(c.end) if c.end_known else "sommerferien") + ".",
                f"{c.cf} er optaget på {c.trade}uddannelsen på {c.school} og har et fremmøde på mindst 90 % i de første otte uger."],
        "fvu": [f"{c.cf} gennemfører FVU-dansk trin 2 på VUC og går op til prøven i {MONTHS[c.end.month - 1]} {c.end.year}, så {c.cf} kan søge ind på {c.trade}uddannelsen."],
        "praktik": [f"{c.cf} er i virksomhedspraktik hos {c.firm} som {c.func} 15 timer om ugen senest {fdate(add_months(c.start, 2))}, med henblik på et løntilskudsjob."],
        "job": [f"{c.cf} har en fast ansættelse som {c.func} hos {c.firm} på mindst 20 timer om ugen, når forløbet slutter."],
        "keep": [f"{c.cf} fastholder sit job som {c.func} hos {c.firm} og har højst to sygedage om måneden."],
    }
    return rng.choice(opts[t])


def goal_vague(rng, c, voice="third"):
    if voice == "first":
        return rng.choice(["Jeg vil gerne have det bedre med mig selv og få mere styr på tingene.",
                           "At jeg får mere overskud og selvværd, og at hverdagen hænger bedre sammen.",
                           "Komme videre i livet og få mere struktur."])
    return rng.choice([
        "Øget trivsel og mere struktur på hverdagen.",
        f"Støtte til at {c.cf} kommer videre og får mere selvværd.",
        f"At {c.cf} kommer tættere på arbejdsmarkedet og får det bedre.",
        "Motivere borgeren og skabe ro omkring hverdagen.",
        f"Sikre at {c.cf} får en god hverdag med overskud.",
    ])


TASKS_GENERAL = [
    "lave en ugeplan sammen med {cf} og gennemgå den hver mandag",
    "ringe til {cf} om morgenen på mødedage de første to uger",
    "tage med til samtaler hos kommunen og hos lægen, hvis {cf} ønsker det",
    "hjælpe med at åbne og svare på post i e-Boks",
    "hjælpe med at få styr på budget og faste regninger",
    "give besked til sagsbehandleren, hvis fremmødet falder",
]
TASKS_WORK = [
    "følge {cf} til de første møder på praktikstedet og tale med kontaktpersonen dér",
    "forberede jobsamtaler og øve, hvad {cf} vil sige",
    "tale med arbejdsgiveren om skånehensyn og arbejdstider",
    "ringe til {cfs} nærmeste leder hver anden uge og høre, hvordan det går",
]
TASKS_EDU = [
    "øve turen med bus til {school} sammen med {cf}",
    "hjælpe med kontakt til studievejlederen og SU-kontoret",
    "være med på første dag i skolen og finde klasselokale og kantine",
    "lave lektieplan sammen med {cf} to gange om ugen",
]


def tasks(rng, c, n=None, voice="third"):
    n = n or rng.choice([3, 3, 4, 2])
    special = TASKS_EDU if c.track in ("edu", "fvu") else TASKS_WORK
    k = max(1, n // 2 + rng.choice([0, 1]))
    k = min(k, n)
    picked = rng.sample(special, k) + rng.sample(TASKS_GENERAL, n - k)
    rng.shuffle(picked)
    school = "VUC" if c.track == "fvu" else c.school
    items = [t.format(cf=c.cf, cfs=genitive(c.cf), school=school) for t in picked]
    if voice == "first":
        items = [t.replace(genitive(c.cf) + " ", "min ").replace(c.cf + " ", "mig ").replace(c.cf, "mig") for t in items]
        items = [t.replace("mig vil sige", "jeg vil sige").replace("hvis mig ønsker", "hvis jeg ønsker")
                 .replace("fremmødet falder", "mit fremmøde falder") for t in items]
    return items


def period(rng, c, style=None, form=None):
    style = style or rng.choice(["words", "num", "num0", "slash", "abbr", "dwords"])
    form = form or rng.choice(["dash", "fra", "fom", "til"])
    s, e = fdate(c.start, style), fdate(c.end, style)
    if form == "dash":
        return f"{s} – {e}"
    if form == "fra":
        return f"fra {s} til {e}"
    if form == "fom":
        return f"f.o.m. {s} t.o.m. {e}"
    return f"{s} til og med {e}"


def hours_ok(rng, c, voice="third"):
    h = c.hours_s
    if voice == "first":
        return rng.choice([f"{h} timer om ugen. Som regel tirsdag og torsdag.", f"Vi ses {h} timer hver uge."])
    return rng.choice([f"{h} timer om ugen", f"{h} t/uge", f"{h} timer ugentligt",
                       f"{h} timer pr. uge (direkte kontakt)", f"ca. {h} timer om ugen"])


def hours_vague(rng):
    return rng.choice(["efter behov", "et par timer om ugen", "løbende, afhængigt af hvordan det går",
                       "Det aftaler vi hen ad vejen", "Fleksibelt – efter behov"])


def follow_ok(rng, c, voice="third"):
    w = c.fu_weeks
    ev = c.end - timedelta(days=14)
    if not c.end_known:
        if voice == "first":
            return f"Vi holder et møde med {c.cw.split()[0]} fra kommunen hver {w}. uge, og vi kigger på, om jeg kommer de dage, jeg skal."
        return rng.choice([
            f"Statusmøde med {c.cf}, mentor og sagsbehandler hver {w}. uge. Progression måles på antal fremmødedage.",
            f"Vi mødes alle tre den {fdate(add_months(c.start, 1) + timedelta(days=7))} og derefter hver {w}. uge. Progression måles på antal fremmødedage.",
        ])
    if voice == "first":
        return rng.choice([
            f"Vi holder et møde med {c.cw.split()[0]} fra kommunen hver {w}. uge, og vi kigger på, om jeg kommer de dage, jeg skal. 14 dage før slut snakker vi om, hvad der så skal ske.",
            f"Hver måned tjekker vi sammen, hvor mange dage jeg er mødt op. Den {fdate(ev)} holder vi slutmøde med sagsbehandleren."])
    return rng.choice([
        f"Statusmøde med {c.cf}, mentor og sagsbehandler hver {w}. uge. Evaluering senest {fdate(ev)} (14 dage før ophør).",
        f"Opfølgning hver måned på fremmøde (delmål: mindst 4 dage om ugen). Slutevaluering {fdate(ev, 'num')}.",
        f"Mentor sender en kort status til sagsbehandler hver {w}. uge. Fælles møde midtvejs ({fdate(add_months(c.start, max(1, c.months // 2)))}) og 14 dage før slut.",
        f"Vi mødes alle tre den {fdate(add_months(c.start, 1) + timedelta(days=7))} og derefter hver {w}. uge. Progression måles på antal fremmødedage.",
    ])


def follow_vague(rng):
    return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                       "Vi tager det, som det kommer.", "Løbende dialog mellem parterne."])


APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {kom} inden 4 uger efter, at du har modtaget den. Du kan klage skriftligt eller mundtligt til {cwf} på tlf. {cwphone}. Kommunen vurderer sagen igen inden 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {kom}, Arbejdsmarked, inden fire uger fra du har fået brevet. Vi genvurderer afgørelsen. Fastholder vi den, sendes klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget. Regler: § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
    "Er du uenig, så kontakt os inden 4 uger – ring eller skriv til {cwmail}. Vi ser på sagen igen, og holder vi fast i afgørelsen, går klagen automatisk videre til Ankestyrelsen.",
    "Klagefristen er fire uger fra du har modtaget afgørelsen. Klagen sendes til kommunen (skriv via borger.dk eller ring til {cwphone}). Kommunen genvurderer, og fastholdes afgørelsen, videresendes den til Ankestyrelsen.",
]


def appeal_full(rng, c):
    return rng.choice(APPEAL_FULL).format(kom=c.kom, cwf=c.cw.split()[0], cwphone=c.cwphone, cwmail=c.cwmail)


def appeal_incomplete(rng, c, kind="agreement"):
    if kind == "decision":
        return rng.choice([
            "Du kan klage over afgørelsen.",
            f"Hvis du er uenig i afgørelsen, er du velkommen til at kontakte mig på {c.cwphone}.",
            "Du har mulighed for at klage. Skriv til kommunen.",
            "Afgørelsen kan påklages efter reglerne i retssikkerhedsloven.",
        ])
    return rng.choice([
        "Du kan klage over afgørelsen.",
        f"Kontakt din sagsbehandler {c.cw}, hvis du er uenig i aftalen.",
        "Hvis du vil klage, kan du skrive til os.",
        "Du har mulighed for at klage. Skriv til kommunen.",
    ])


def appeal_direct(rng, c):
    return rng.choice([
        "Hvis du er uenig, kan du klage til Ankestyrelsen inden 4 uger. Klagen sendes direkte til Ankestyrelsen via ast.dk.",
        "Du kan klage direkte til Ankestyrelsen senest fire uger efter, at du har modtaget denne afgørelse.",
    ])
