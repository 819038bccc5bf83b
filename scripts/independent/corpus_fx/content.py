"""Content for corpus FX: people, wording pools and the document models.

A document model is a dict:
    title, meta (list of (label, value)), body (blocks), side (blocks), footer (lines),
    header (lines), sig (lines, e-mail only), fwd (blocks, e-mail only)
A block is ("h", text) | ("p", text) | ("li", text) | ("kv", label, value).
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Sara", "Jonas", "Amina", "Mikkel", "Freja", "Ahmad", "Camilla", "Oliver", "Nadia",
         "Rasmus", "Signe", "Kasper", "Leila", "Emil", "Julie", "Tobias", "Yasmin", "Mads",
         "Ida", "Bilal", "Line", "Patrick", "Maja", "Hussein", "Karoline", "Nikolaj"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Petersen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Madsen", "Mortensen", "Holm", "Bach", "Lund", "Winther", "Krogh", "Dahl"]
MFIRST = ["Lise", "Torben", "Hanne", "Peter", "Birgitte", "Anders", "Mette", "Henrik", "Susanne",
          "Jesper", "Dorthe", "Kim", "Pia", "Ole", "Trine", "Bo", "Gitte", "Lars", "Rikke", "Søren"]
KOMMUNER = ["Holbæk", "Næstved", "Vejle", "Silkeborg", "Herning", "Randers", "Kolding",
            "Svendborg", "Hjørring", "Viborg", "Slagelse", "Esbjerg", "Horsens", "Roskilde",
            "Frederikshavn", "Guldborgsund", "Haderslev", "Faaborg-Midtfyn"]
PROVIDERS = [("Mentorhuset", "mentorhuset.dk"), ("Fonden Trinet", "trinet.dk"),
             ("Brobyg ApS", "brobyg.dk"), ("JobVejen", "jobvejen.dk"),
             ("Kompas Mentor", "kompasmentor.dk"), ("Nordlys Uddannelse & Job", "nordlys-uj.dk"),
             ("Mentorkorpset", "mentorkorpset.dk"), ("Stifinder ApS", "stifinder.dk")]
FIRMS = ["Netto i Vestergade", "Bilka Lager", "Føtex", "Jysk Distributionscenter",
         "Plantorama", "Danish Crown", "Kommunens Vejafdeling", "Dagli'Brugsen",
         "Bauhaus", "Circle K", "Plejecenter Solbakken", "Cykelværkstedet Hjulet"]
SCHOOLS = ["SOSU-skolen", "VUC", "Tradium", "FGU Midt", "Mercantec", "EUC Syd",
           "Produktionsskolen", "Handelsskolen"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
        "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    return f"{d.day}/{d.month}-{d.year}"


class Person:
    def __init__(self, rng: random.Random, pool_first=FIRST, pool_last=LAST):
        self.first = rng.choice(pool_first)
        self.last = rng.choice(pool_last)
        self.name = f"{self.first} {self.last}"
        self.phone = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        self.phone = str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9])) + self.phone[1:]


def cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


class Ctx:
    """Everything one document is about."""

    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.idx = idx
        self.citizen = Person(rng)
        self.mentor = Person(rng, MFIRST)
        self.cw = Person(rng, MFIRST)  # caseworker
        while self.cw.first == self.mentor.first:
            self.cw = Person(rng, MFIRST)
        self.kommune = rng.choice(KOMMUNER)
        self.prov, self.pdom = rng.choice(PROVIDERS)
        self.mentor_mail = f"{self.mentor.first.lower()}.{self.mentor.last[0].lower()}@{self.pdom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        kdom = self.kommune.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("-", "")
        self.kdom = f"{kdom}.dk"
        self.cw_mail = f"{self.cw.first.lower()[:3]}{self.cw.last.lower()[:2]}@{self.kdom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.firm = rng.choice(FIRMS)
        self.school = rng.choice(SCHOOLS)
        self.sagsnr = f"{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"
        self.kphone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9, 10]), rng.choice([1, 1, 1, 15, 4, 10]))
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.cpr = cpr(rng)
        self.dstyle = rng.randint(0, 5)

    def d(self, date: dt.date) -> str:
        return fmt_date(date, self.dstyle)


# ---------------------------------------------------------------- field wording

def goal_text(c: Ctx, state: str) -> str:
    r, n = c.rng, c.citizen.first
    tgt = fmt_date(add_months(c.start, 5), 0)
    if state == "ok":
        return r.choice([
            f"{n} er i virksomhedspraktik hos {c.firm} 15 timer om ugen senest {tgt}.",
            f"Målet er, at {n} starter på {c.school} efter sommerferien og møder mindst fire dage om ugen.",
            f"{n} gennemfører FVU-dansk trin 2 på VUC og søger mindst to elevpladser inden {tgt}.",
            f"{n} fastholder sit fleksjob hos {c.firm} på 12 timer om ugen med højst to fraværsdage om måneden.",
            f"{n} har et ordinært job på mindst 20 timer om ugen i detailhandlen inden {tgt}.",
            f"At {n} er i løntilskud hos {c.firm} og møder stabilt til tiden alle aftalte dage.",
            f"{n} gennemfører grundforløb 1 på {c.school} uden at falde fra, med fremmøde over 85 %.",
        ])
    if state == "unclear":
        return r.choice([
            "Støtte til at komme videre og øget trivsel.",
            f"At {n} får mere struktur på hverdagen og bedre selvværd.",
            "Hjælp til at komme tættere på arbejdsmarkedet.",
            "Øget trivsel og livskvalitet samt motivation.",
            f"Sikre at {n} kommer videre i livet.",
        ])
    return r.choice(["Udfyldes ved opstartsmødet", "-", "Udfyldes senere", "…"])


def tasks_items(c: Ctx) -> list[str]:
    n = c.citizen.first
    pool = [f"Følge {n} til praktikstedet de første to uger",
            "Ugentlig samtale om fremmøde, transport og søvn",
            f"Hjælpe {n} med at bruge kalender og påmindelser på telefonen",
            "Tage kontakt til kontaktlæreren ved fravær",
            f"Øve jobsamtaler med {n} før hver samtale",
            "Hjælpe med post fra e-Boks og breve fra skolen",
            f"Tage med {n} til de første møder på {c.school}",
            "Følge op på aftaler med arbejdspladsen sammen med tillidsmanden",
            "Hjælpe med at planlægge transporten med bus og tog"]
    return c.rng.sample(pool, c.rng.randint(2, 4))


def tasks_sentence(c: Ctx) -> str:
    n = c.citizen.first
    return c.rng.choice([
        f"Mentoren skal hjælpe {n} med at komme op om morgenen, følge med til de første møder og tage kontakt til arbejdspladsen ved fravær.",
        f"{c.mentor.first} hjælper {n} med at planlægge ugen, øver transporten til {c.firm} og tager sammen med {n} de svære samtaler med lederen.",
        f"Støtten består i ugentlige samtaler om fremmøde, hjælp til at læse breve fra skolen og følgeskab til møder på {c.school}.",
    ])


def period(c: Ctx, state: str) -> tuple[str, dict | None, list[str]]:
    """Period text, the manifest period and traits."""
    r = c.rng
    s = c.start
    if state == "ok":
        k = r.choice([3, 4, 6, 6, 6, 5])
        e = add_months(s, k) - dt.timedelta(days=1)
        form = r.randint(0, 3)
        traits = [f"period:{k}m"]
        if k == 6:
            traits.append("period:exact-six")
        if form == 0:
            t = f"{c.d(s)} – {c.d(e)}"
        elif form == 1:
            t = f"fra {c.d(s)} til {c.d(e)}"
        elif form == 2:
            t = f"{k} måneder fra {fmt_date(s, 0)}"
        else:
            t = f"f.o.m. {c.d(s)} t.o.m. {c.d(e)}"
        return t, {"start": s.isoformat(), "end": e.isoformat()}, traits
    if state == "over":
        k = r.choice([7, 8, 9, 12])
        e = add_months(s, k) - dt.timedelta(days=1)
        form = r.randint(0, 2)
        if form == 0:
            t = f"{c.d(s)} – {c.d(e)}"
        elif form == 1:
            t = f"fra {fmt_date(s, 0)} og {k} måneder frem"
        else:
            t = f"{c.d(s)} til {c.d(e)}"
        return t, {"start": s.isoformat(), "end": e.isoformat()}, [f"period:{k}m", "period:over"]
    return r.choice(["Udfyldes senere", "Aftales ved opstart", "-"]), None, ["period:missing"]


def hours_text(c: Ctx, state: str) -> str:
    r = c.rng
    if state == "ok":
        return r.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                         "1½ time om ugen", "2-3 timer pr. uge", "5 timer pr. uge"])
    return r.choice(["efter behov", "et par timer om ugen", "løbende efter behov", "Udfyldes senere"])


def follow_text(c: Ctx, state: str) -> str:
    r, n = c.rng, c.citizen.first
    if state == "ok":
        return r.choice([
            f"Statusmøde med {n}, mentor og sagsbehandler hver 4. uge; evaluering 14 dage før støtten ophører.",
            f"Vi følger op hver måned på et møde i jobcentret. Delmål: {n} møder fire dage om ugen fra uge 6.",
            "Midtvejsevaluering efter 3 måneder og slutevaluering senest 14 dage før periodens udløb.",
            f"Mentor sender status til sagsbehandler hver 14. dag. Progressionen måles på fremmøde og {n}s egen vurdering.",
        ])
    return r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov"])


def appeal_text(c: Ctx, state: str) -> str:
    r, k = c.rng, c.kommune
    if state == "ok":
        return r.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
            f"Du kan klage mundtligt eller skriftligt til Jobcenter {k} senest 4 uger efter, at du har fået afgørelsen. Jobcentret ser på sagen igen, og hvis afgørelsen fastholdes, sender vi din klage videre til Ankestyrelsen (LAB § 204).",
            f"Klagefrist: 4 uger fra modtagelsen. Send klagen til {k} Kommune, {c.kdom}, tlf. {c.kphone}. Vi genvurderer sagen, og fastholder vi afgørelsen, videresender vi klagen til Ankestyrelsen.",
        ])
    if state == "incomplete":
        return r.choice([
            "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
            f"Er du uenig, kan du kontakte {k} Kommune.",
            "Du har mulighed for at klage. Læs mere om klagemuligheder på borger.dk.",
        ])
    return ""


def mentor_blocks(c: Ctx, state: str, where: str) -> list[tuple]:
    """The mentor as blocks; state ok | nocontact | missing."""
    r, m = c.rng, c.mentor
    if state == "missing":
        return [("kv", "Mentor", r.choice(["Udfyldes senere", "Tildeles", "-"]))] if r.random() < 0.5 else []
    if state == "nocontact":
        return r.choice([
            [("kv", "Mentor", f"{m.name}, {c.prov}")],
            [("h", "Din mentor"), ("p", m.name), ("p", c.prov)],
            [("p", f"Din mentor bliver {m.name} fra {c.prov}.")],
        ])
    if where in ("side", "footer"):
        return r.choice([
            [("h", "Din mentor"), ("p", m.name), ("p", c.prov), ("p", f"Tlf. {m.phone}"), ("p", c.mentor_mail)],
            [("h", "Kontakt mentor"), ("p", f"{m.name}"), ("p", f"Mobil: {m.phone}")],
            [("h", "Mentor"), ("p", f"{m.name} · {c.prov}"), ("p", f"{m.phone} · {c.mentor_mail}")],
        ])
    return r.choice([
        [("kv", "Mentor", f"{m.name}, {c.prov}, tlf. {m.phone}, {c.mentor_mail}")],
        [("h", "Mentorens navn og kontaktdata"), ("p", f"{m.name}, {c.prov}"), ("p", f"Telefon {m.phone} – mail {c.mentor_mail}")],
        [("p", f"Din mentor er {m.name} fra {c.prov}. Du kan ringe til {m.first} på {m.phone}.")],
    ])


def cw_blocks(c: Ctx) -> list[tuple]:
    return [("h", "Din sagsbehandler"), ("p", c.cw.name), ("p", f"Jobcenter {c.kommune}"),
            ("p", f"Tlf. {c.kphone}"), ("p", c.cw_mail)]


def kommune_footer(c: Ctx) -> list[str]:
    return [f"{c.kommune} Kommune · Jobcenter {c.kommune} · Rådhustorvet {c.rng.randint(1, 20)} · tlf. {c.kphone} · www.{c.kdom}",
            f"Telefontid: mandag-torsdag kl. 9-14 · Sikker post via borger.dk · CVR {c.rng.randint(20000000, 39999999)}"]
