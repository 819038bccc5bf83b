"""Content for corpus GH: the words of the documents, independent of the tool that writes them.

A document is a ``Doc``: a title, body blocks, and the page furniture (header, footer,
side facts) that the renderers place as each tool would (ODT footer, frame, web sidebar ...).

Block shapes:
    ("h", level, text)
    ("p", text)                      text may hold "\n" (line breaks)
    ("bp", text)                     a paragraph that is bold throughout (a home-made heading)
    ("kv", [(label, value), ...])    a label/value table; value is str, list (bullets) or
                                     {"table": [[cell, ...], ...]} (a nested table)
    ("ul", [items]) / ("ol", [items])
    ("section", name, [blocks])      ODT text:section / HTML <section>
    ("box", title, [blocks])         a framed box (ODT frame, HTML aside in the text)
    ("grid", [[cells], ...])         a table with a header row
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]


@dataclass
class Doc:
    title: str
    blocks: list
    header: list = field(default_factory=list)
    footer: list = field(default_factory=list)
    sidebar: list = field(default_factory=list)     # [(label, value)] case facts
    sidebar_title: str = "Sagsoplysninger"
    letterhead: list = field(default_factory=list)  # sender lines at the top
    crumbs: list = field(default_factory=list)      # case-system breadcrumb
    system: str = ""


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def end_of(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fmt_range(a: dt.date, b: dt.date, style: str) -> str:
    if style == "long":
        return f"{fmt_date(a, 'long')} – {fmt_date(b, 'long')}"
    if style == "til":
        return f"{fmt_date(a, 'long')} til {fmt_date(b, 'long')}"
    if style == "dots":
        return f"{fmt_date(a, 'dots')} - {fmt_date(b, 'dots')}"
    if style == "slash":
        return f"{fmt_date(a, 'slash')} til {fmt_date(b, 'slash')}"
    if style == "fom":
        return f"f.o.m. {fmt_date(a, 'long')} t.o.m. {fmt_date(b, 'long')}"
    if style == "iso":
        return f"{a.isoformat()} – {b.isoformat()}"
    if style == "fra":
        return f"fra {fmt_date(a, 'den')} til {fmt_date(b, 'den')}"
    if style == "abbr":
        return f"{fmt_date(a, 'abbr')}–{fmt_date(b, 'abbr')}"
    raise ValueError(style)


# ---------------------------------------------------------------- people and places
FIRST = ["Mads", "Sara", "Ahmad", "Jonas", "Line", "Emil", "Fatima", "Kasper", "Mette", "Noah",
         "Camilla", "Yusuf", "Ida", "Rasmus", "Nanna", "Oliver", "Zainab", "Mikkel", "Louise",
         "Tobias", "Amalie", "Kenneth", "Dorthe", "Bilal", "Signe", "Patrick", "Maja", "Henrik"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Ali", "Demir", "Holm", "Bech",
        "Lund", "Kjær", "Vestergaard", "Dahl", "Frandsen"]
MENTOR_FIRST = ["Lise", "Bo", "Hanne", "Torben", "Pia", "Jesper", "Susanne", "Claus", "Birgitte",
                "Anders", "Karina", "Morten", "Gitte", "René", "Lotte", "Søren"]
CW_FIRST = ["Annette", "Jakob", "Marianne", "Per", "Charlotte", "Thomas", "Helle", "Martin",
            "Tina", "Brian", "Rikke", "Ulrik"]
KOMMUNER = ["Vejle", "Holstebro", "Slagelse", "Næstved", "Horsens", "Silkeborg", "Herning",
            "Randers", "Kolding", "Viborg", "Hjørring", "Svendborg", "Frederikshavn", "Ringsted",
            "Guldborgsund", "Skive", "Faaborg-Midtfyn", "Haderslev"]
STREETS = ["Skolegade", "Banegårdspladsen", "Torvet", "Rådhuspladsen", "Vestergade",
           "Jernbanegade", "Nørregade", "Søndergade"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Bro til Job", "brotiljob.dk"),
             ("Vækstværket I/S", "vaekstvaerket.dk"), ("Kompasset Mentorservice", "kompasset-mentor.dk"),
             ("JobBroen", "jobbroen.dk"), ("Nordlys Mentor ApS", "nordlysmentor.dk"),
             ("Trin for Trin Rådgivning", "trinfortrin.dk")]
COMPANIES = ["Netto Østergade", "Bilka", "Davidsen Byggecenter", "Plejecenter Solgården",
             "Vejle Autoophug", "Dagli'Brugsen", "Genbrugspladsen Nord", "Kantinen på Rådhuset",
             "Lagerhotellet A/S", "Gartneriet Rosenlund", "Cykelværkstedet Trædepedalen"]
SCHOOLS = ["SOSU Syd", "Tradium", "FGU Midt", "VUC Storstrøm", "Mercantec", "EUC Syd",
           "Learnmark", "Syddansk Erhvervsskole", "AMU Vest"]


def ascii_dk(s: str) -> str:
    return (s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("é", "e")
            .replace("-", "").replace(" ", ""))


def phone(rng: random.Random) -> str:
    d = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}"


def cpr(rng: random.Random) -> str:
    y = rng.randint(1965, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(0, 9999):04d}"


@dataclass
class Case:
    rng: random.Random
    first: str
    last: str
    kommune: str
    mentor: str
    mentor_phone: str
    mentor_mail: str
    provider: str
    provider_domain: str
    cw: str
    cw_phone: str
    cw_mail: str
    company: str
    school: str
    start: dt.date
    months: int
    letter_date: dt.date
    case_no: str
    cpr: str | None = None
    sender_word: str = "kommunen"   # "kommunen" (from 1 Feb 2026) or "jobcentret"
    extra_days: int = 0

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def end(self) -> dt.date:
        return end_of(self.start, self.months) + dt.timedelta(days=self.extra_days)

    @property
    def web(self) -> str:
        return ascii_dk(self.kommune) + ".dk"

    @property
    def jc(self) -> str:
        return f"Jobcenter {self.kommune}" if self.sender_word == "jobcentret" else f"{self.kommune} Kommune"


def make_case(rng: random.Random, *, months: int = 6, year: int = 2026, with_cpr: bool = False) -> Case:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kommune = rng.choice(KOMMUNER)
    mf, ml = rng.choice(MENTOR_FIRST), rng.choice(LAST)
    prov, dom = rng.choice(PROVIDERS)
    cwf, cwl = rng.choice(CW_FIRST), rng.choice(LAST)
    month = rng.randint(1, 11) if year == 2026 else rng.randint(3, 11)
    start = dt.date(year, month, rng.choice([1, 1, 1, 2, 4, 7, 10, 15, 16, 20]))
    letter = start - dt.timedelta(days=rng.randint(3, 16))
    sender = "kommunen" if letter >= dt.date(2026, 2, 1) else "jobcentret"
    kdom = kommune.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("-", "")
    return Case(
        rng=rng, first=first, last=last, kommune=kommune,
        mentor=f"{mf} {ml}", mentor_phone=phone(rng),
        mentor_mail=f"{mf.lower().replace('é', 'e')}.{ml.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}@{dom}",
        provider=prov, provider_domain=dom,
        cw=f"{cwf} {cwl}", cw_phone=phone(rng), cw_mail=f"{ascii_dk(cwf[:2])}{ascii_dk(cwl[:2])}@{kdom}.dk",
        company=rng.choice(COMPANIES), school=rng.choice(SCHOOLS),
        start=start, months=months, letter_date=letter,
        case_no=f"{rng.choice(['26', '25'])}-{rng.randint(10000, 99999)}" if rng.random() < .5
        else f"15.20.12-G01-{rng.randint(100, 9999)}-{str(year)[2:]}",
        cpr=cpr(rng) if with_cpr else None, sender_word=sender)


# ---------------------------------------------------------------- field texts
def goal_clear(c: Case, no_end: bool = False) -> str:
    r = c.rng
    opts = [
        f"{c.first} er startet på grundforløb 1 på {c.school} senest {fmt_date(c.end, 'long')} og møder mindst fire dage om ugen.",
        f"{c.first} er i virksomhedspraktik hos {c.company} 15 timer om ugen fra {fmt_date(add_months(c.start, 1), 'long')}, med henblik på løntilskud.",
        f"{c.first} gennemfører FVU-dansk trin 2 på {c.school} og går op til prøven inden {fmt_date(c.end, 'long')}.",
        f"At {c.first} fastholder sit fleksjob hos {c.company} på 12 timer om ugen med højst to fraværsdage om måneden.",
        f"{c.first} har et ordinært job på mindst 20 timer om ugen inden for lager eller rengøring, når perioden slutter.",
        f"{c.first} fastholder sin uddannelse på {c.school} og har et fremmøde på mindst 90 % på hvert modul.",
        f"Hovedmål: {c.first} er i løntilskud hos {c.company} 25 timer om ugen senest {fmt_date(add_months(c.start, 3), 'long')}.",
        f"{c.first} møder stabilt i praktikken hos {c.company} tre dage om ugen og er afklaret om et job i detailhandlen inden periodens udløb.",
    ]
    if no_end:
        opts = [o for o in opts if fmt_date(c.end, "long") not in o]
    return r.choice(opts)


def goal_vague(c: Case) -> str:
    return c.rng.choice([
        "Støtte til at få struktur på hverdagen og øget trivsel.",
        f"At {c.first} får det bedre og kommer videre i livet.",
        "Øget selvværd og motivation.",
        "Hjælp til at komme tættere på arbejdsmarkedet.",
        f"Sikre at {c.first} får en god og stabil hverdag.",
        "Motivere borgeren og arbejde med trivsel og mestring.",
    ])


def tasks(c: Case) -> list[str]:
    pool = [
        f"følge {c.first} til de første møder på {c.company}",
        f"hjælpe {c.first} med at planlægge ugen, så fremmødet holder",
        "tage med til samtaler hos læge eller behandler, når det har betydning for praktikken",
        "hjælpe med at åbne og forstå post fra kommunen og skolen",
        "vække og ringe om morgenen de første to uger",
        "øve bustransporten til og fra praktikstedet",
        "være bindeled mellem arbejdsplads, skole og sagsbehandler",
        "støtte i kontakten med kolleger og arbejdsleder",
        "hjælpe med lektier og afleveringer i de fag, der driller",
        "lave en plan for økonomien, så huslejen bliver betalt",
    ]
    items = c.rng.sample(pool, c.rng.randint(3, 5))
    return [i[0].upper() + i[1:] for i in items]


def follow_up(c: Case) -> str:
    mid = add_months(c.start, max(1, c.months // 2))
    return c.rng.choice([
        f"Statusmøde med {c.first}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før periodens udløb.",
        f"Mentor sender en kort skriftlig status hver måned. Midtvejsevaluering {fmt_date(mid, 'den')}.",
        "Vi følger op på delmålene ved et møde hver anden måned og senest 14 dage før støtten ophører.",
        f"Opfølgningssamtale hver 6. uge hos sagsbehandler; progressionen måles på fremmøde i procent. Første opfølgning {fmt_date(add_months(c.start, 1), 'long')}.",
        "Trepartsmøde (borger, mentor, kommune) en gang om måneden. Delmål: fremmøde fire dage om ugen efter to måneder.",
    ])


def follow_up_vague(c: Case) -> str:
    return c.rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                         "Vi tager det, som det kommer.", "Løbende dialog."])


def hours(c: Case) -> str:
    return c.rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                         "Op til 5 timer om ugen", "2½ time pr. uge", "6 timer pr. uge de første fire uger, derefter 3 timer pr. uge"])


def hours_vague(c: Case) -> str:
    return c.rng.choice(["Et par timer om ugen", "Efter behov", "Aftales løbende med mentor"])


def appeal_full(c: Case, short: bool = False) -> str:
    k = c.jc if c.sender_word == "jobcentret" else f"{c.kommune} Kommune"
    opts = [
        f"Hvis du ikke er enig i afgørelsen, kan du klage til {k}. Klagen skal være modtaget senest 4 uger efter, at du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen, og hvis vi fastholder den, sender vi din klage videre til Ankestyrelsen. Klagereglerne står i § 204 i lov om en aktiv beskæftigelsesindsats og i retssikkerhedslovens kapitel 10.",
        f"Er du uenig, skal du klage til {k} inden fire uger fra den dag, du modtog brevet. Kommunen ser på sagen igen inden fire uger. Holder vi fast i afgørelsen, bliver klagen sendt videre til Ankestyrelsen, som træffer den endelige afgørelse.",
        f"Du kan klage over afgørelsen inden 4 uger. Send klagen til {k}, {c.rng.choice(STREETS)} {c.rng.randint(1, 40)}, eller ring til din sagsbehandler. Vi vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen og sagens akter til Ankestyrelsen.",
    ]
    if short:
        return f"Er du uenig, kan du klage til {k} inden 4 uger efter modtagelsen. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen."
    return c.rng.choice(opts)


def appeal_incomplete(c: Case) -> str:
    return c.rng.choice(["Du kan klage over afgørelsen.",
                         "Har du spørgsmål til aftalen, er du velkommen til at kontakte din sagsbehandler.",
                         "Klage kan indgives til kommunen.",
                         "Vejledning om klage kan fås ved henvendelse til kommunen."])


def appeal_direct(c: Case) -> str:
    return ("Hvis du er uenig, kan du klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger "
            "efter at du har modtaget denne afgørelse.")


def mentor_value(c: Case, mode: str) -> str:
    if mode == "full":
        return f"{c.mentor}, {c.provider}\nTlf. {c.mentor_phone}\n{c.mentor_mail}"
    if mode == "name":
        return f"{c.mentor}, {c.provider}"
    if mode == "tbd":
        return "Mentor tildeles af leverandøren – navn følger"
    raise ValueError(mode)


DEFAULT_RANGE_STYLES = ["long", "til", "dots", "slash", "fom", "iso", "fra", "abbr"]


# ---------------------------------------------------------------- builders
def _period_text(c: Case, d: set, rs: str) -> tuple[str | None, dict | None]:
    """The support's period as written, or a vague/missing text for the defect."""
    if "missing-duration" in d:
        return c.rng.choice([None, "Fra opstart og indtil videre", "Aftales nærmere",
                             f"Opstart {fmt_date(c.start, 'long')}", "Udfyldes senere"]), None
    return fmt_range(c.start, c.end, rs), {"start": c.start.isoformat(), "end": c.end.isoformat()}


def _goal(c: Case, d: set) -> str | None:
    if "missing-goal" in d:
        return c.rng.choice([None, "Udfyldes senere", "-", "Aftales ved opstartsmødet"])
    if "unclear-goal" in d:
        return goal_vague(c)
    return goal_clear(c, no_end="missing-duration" in d)


def _tasks(c: Case, d: set):
    if "missing-tasks" in d:
        return c.rng.choice([None, "-", "Udfyldes af mentor"])
    return tasks(c)


def _mentor(c: Case, d: set, in_footer: bool) -> str:
    if "missing-mentor" in d:
        return mentor_value(c, c.rng.choice(["name", "name", "tbd"]))
    if in_footer:
        return f"{c.mentor}, {c.provider} (kontaktoplysninger står nederst på siden)"
    return mentor_value(c, "full")


def _fu(c: Case, d: set):
    if "missing-follow-up" in d:
        return c.rng.choice([None, follow_up_vague(c)])
    return follow_up(c)


def _hrs(c: Case, d: set):
    if "missing-hours" in d:
        return c.rng.choice([None, hours_vague(c)])
    return hours(c)


def _appeal(c: Case, d: set, direct: bool = False):
    if "missing-appeal-guidance" in d:
        return c.rng.choice([None, appeal_incomplete(c)])
    if direct:
        return appeal_direct(c)
    return appeal_full(c)


def _facts(c: Case, extra: list | None = None) -> list:
    rows = [("Borger", c.name)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows += [("Sagsnr.", c.case_no), ("Sagsbehandler", f"{c.cw}\nTlf. {c.cw_phone}\n{c.cw_mail}")]
    return rows + (extra or [])


def build_agreement(c: Case, d: set, style: str, *, mentor_in_footer=False, nested=False,
                    sections=False, rs="long", udskriv=False) -> tuple[Doc, dict]:
    r = c.rng
    goal, tk, mentor = _goal(c, d), _tasks(c, d), _mentor(c, d, mentor_in_footer)
    per, period = _period_text(c, d, rs)
    fu, hr, ap = _fu(c, d), _hrs(c, d), _appeal(c, d)
    footer = [f"{c.jc} · {r.choice(STREETS)} {r.randint(1, 40)} · {c.web}"]
    if mentor_in_footer and "missing-mentor" not in d:
        footer = [f"Din mentor: {c.mentor} · mobil {c.mentor_phone} · {c.mentor_mail}"] + footer
    blocks: list = []
    title = r.choice(["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte",
                      "Mentoraftale – aftale om mentorstøtte efter LAB § 167",
                      "Aftale om mentorforløb"])
    blocks.append(("h", 1, title))
    intro = r.choice([
        f"Aftalen er indgået mellem {c.name}, mentor og {c.jc}, jf. lov om en aktiv beskæftigelsesindsats § 167.",
        f"Denne aftale beskriver den mentorstøtte, du har fået bevilget. Aftalen er lavet på mødet {fmt_date(c.letter_date, 'den')}.",
        f"{c.jc} har bevilget mentorstøtte til {c.name}. Her står, hvad vi har aftalt.",
    ])
    blocks.append(("p", intro))
    if udskriv:
        blocks.append(("p", f"{c.first} er indlagt på psykiatrisk afdeling og forventes udskrevet {fmt_date(add_months(c.start, 3), 'den')}. "
                            "Mentorstøtten gives som udskrivningskoordinator efter LAB § 167, stk. 2: fra op til 3 måneder før udskrivelsen og 6 måneder efter."))

    def fu_value():
        if fu is None:
            return None
        if nested and "missing-follow-up" not in d and "missing-duration" not in d:
            m1, m2 = add_months(c.start, 1), add_months(c.start, max(2, c.months - 1))
            return {"table": [["Dato", "Hvem", "Hvad"],
                              [fmt_date(m1, "dots"), "Borger, mentor", "Første statusmøde"],
                              [fmt_date(add_months(c.start, max(1, c.months // 2)) + dt.timedelta(days=7), "dots"), "Borger, mentor, sagsbehandler", "Midtvejsevaluering af delmål"],
                              [fmt_date(c.end - dt.timedelta(days=14), "dots"), "Alle", "Slutevaluering 14 dage før udløb"]]}
        return fu

    fields = [
        ("goal", goal), ("mentor", mentor), ("tasks", tk), ("period", per),
        ("hours", hr), ("fu", fu_value()),
    ]
    if style == "kv":
        labels = {"goal": r.choice(["Mål", "Formål med mentorstøtten", "Målet med mentorstøtten"]),
                  "mentor": r.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentor (navn, tlf., mail)"]),
                  "tasks": r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder"]),
                  "period": r.choice(["Periode", "Varighed", "Bevilget periode"]),
                  "hours": r.choice(["Timetal", "Timer pr. uge", "Antal timer"]),
                  "fu": r.choice(["Opfølgning", "Opfølgning og evaluering", "Opfølgning / progression"])}
        rows = [("Borger", c.name)] + ([("CPR-nr.", c.cpr)] if c.cpr else [])
        for key, val in fields:
            if val is None and r.random() < .6:
                continue
            rows.append((labels[key], val if val is not None else ""))
        blocks.append(("kv", rows))
    elif style == "numbered":
        names = {"goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
                 "tasks": "Hvilke opgaver mentoren skal bistå ved", "period": "Varigheden af aftalen",
                 "hours": "Timetallet for mentorstøtten", "fu": "Opfølgning – inklusiv mål for progression"}
        order = ["goal", "mentor", "tasks", "period", "fu", "hours"]
        fd = dict(fields)
        for i, key in enumerate(order, 1):
            val = fd[key]
            if val is None and r.random() < .5:
                continue
            blocks.append(("h", 2, f"{i}. {names[key]}"))
            if val is None:
                blocks.append(("p", "-"))
            elif isinstance(val, list):
                blocks.append(("ul", val))
            elif isinstance(val, dict):
                blocks.append(("kv", [("Plan for opfølgning", val)]))
            else:
                blocks.append(("p", val))
    else:  # letter with bold questions
        q = {"goal": r.choice(["Hvad er målet?", "Hvad skal mentorstøtten føre til?"]),
             "mentor": "Hvem er din mentor?",
             "tasks": r.choice(["Hvad skal mentoren hjælpe dig med?", "Det hjælper mentoren med"]),
             "period": r.choice(["Hvor længe?", "Hvornår starter og slutter støtten?"]),
             "hours": r.choice(["Hvor meget tid?", "Hvor mange timer?"]),
             "fu": r.choice(["Hvordan følger vi op?", "Opfølgning"])}
        for key, val in fields:
            if val is None:
                continue
            blocks.append(("bp", q[key]))
            if isinstance(val, list):
                blocks.append(("ul", val))
            elif isinstance(val, dict):
                blocks.append(("kv", [("Møder", val)]))
            else:
                if key == "mentor":
                    val = val.replace("\n", ", ")
                blocks.append(("p", val))
    ap_blocks = []
    if ap is not None:
        ap_blocks = [("h", 2, r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])), ("p", ap)]
    if sections and ap_blocks:
        blocks.append(("section", "Klagevejledning", ap_blocks))
    else:
        blocks += ap_blocks
    blocks.append(("p", r.choice(["Underskrifter:", "Vi har læst og er enige i aftalen."])))
    blocks.append(("grid", [["Borger", "Mentor", "Sagsbehandler"],
                            [f"{c.name}\n\n_____________", ("" if mentor.startswith("Mentor tildeles") else c.mentor) + "\n\n_____________", f"{c.cw}\n\n_____________"]]))
    doc = Doc(title=title, blocks=blocks, footer=footer,
              letterhead=[c.jc, "Beskæftigelse – Mentorteamet", fmt_date(c.letter_date, "long")],
              sidebar=_facts(c))
    return doc, {"period": period}


DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentorstøtte"],
    "partial": ["Delvis bevilling af mentorstøtte", "Afgørelse – delvis bevilling af mentorstøtte"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse: Afslag på ansøgning om mentorstøtte"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
    "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte"],
}


def build_decision(c: Case, sub: str, d: set, *, appeal_where="body", direct=False,
                   reasons=True, rs="long") -> tuple[Doc, dict]:
    """appeal_where: body | footer | section | box."""
    r = c.rng
    title = r.choice(DEC_TITLES[sub])
    blocks: list = [("h", 1, title)]
    period = None
    blocks.append(("p", f"Kære {c.first} {c.last}"))
    per = fmt_range(c.start, c.end, rs)
    if sub in ("grant", "partial", "extension"):
        period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
    if sub == "grant":
        blocks.append(("p", r.choice([
            f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {per}.",
            f"{c.jc} har den {fmt_date(c.letter_date, 'long')} besluttet at bevilge dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Støtten gælder {per}.",
        ])))
        blocks.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}. Timetal: {hours(c).lower()}. Formålet med støtten: {goal_clear(c)}"))
    elif sub == "partial":
        asked = r.choice([9, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen. Vi har delvist imødekommet din ansøgning: du får mentorstøtte i perioden {per} med {r.choice(['3', '4'])} timer om ugen."))
    elif sub == "extension":
        prev_start = add_months(c.start, -6)
        blocks.append(("p", f"Din mentorstøtte, der løb {fmt_range(prev_start, c.start - dt.timedelta(days=1), 'long')}, forlænges. Den nye periode er {per}."))
        blocks.append(("p", f"Det er stadig {c.mentor} fra {c.provider}, der er din mentor."))
    elif sub == "refusal":
        blocks.append(("p", r.choice([
            f"Du har den {fmt_date(c.letter_date - dt.timedelta(days=20), 'long')} søgt om mentorstøtte. Vi har givet dig afslag.",
            "Vi kan ikke bevilge dig mentorstøtte. Her kan du læse hvorfor.",
        ])))
    elif sub == "end":
        blocks.append(("p", f"Din mentorstøtte stopper {fmt_date(c.start, 'den')}. Du har haft mentorstøtte siden {fmt_date(add_months(c.start, -4), 'long')}."))
    if reasons and sub != "grant":
        blocks.append(("h", 2, "Begrundelse"))
        why = {
            "partial": f"Vi har lagt vægt på, at du allerede har støtte fra skolens studievejleder, og at mentorstøtte efter LAB § 167, stk. 1, gives i højst 6 måneder ad gangen. En ny periode kræver en konkret vurdering ved udløb.",
            "refusal": "Vi har lagt vægt på, at du i dag er i ordinært job uden løntilskud og ikke har behov for støtte ud over, hvad arbejdspladsen selv giver. Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats forudsætter et behov for støtte for at opnå eller fastholde beskæftigelse eller uddannelse.",
            "extension": f"Vi har lagt vægt på mentors status fra {fmt_date(c.letter_date - dt.timedelta(days=10), 'long')}: du møder nu tre dage om ugen i praktikken, men har brug for støtte til overgangen til løntilskud. Forlængelsen sker efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt.",
            "end": "Du er nu i ordinær uddannelse og har de sidste to måneder klaret skolen uden mentors hjælp. Formålet med støtten er derfor nået, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
        }[sub]
        blocks.append(("p", why))
    elif reasons and r.random() < .5:
        blocks.append(("h", 2, "Begrundelse"))
        blocks.append(("p", "Vi har lagt vægt på din ansøgning og samtalen med din sagsbehandler, hvor det blev klart, at du har brug for støtte for at kunne gennemføre dit forløb."))
    ap = _appeal(c, d, direct=direct)
    footer = [f"{c.jc} · {r.choice(STREETS)} {r.randint(1, 40)} · tlf. {phone(r)} · {c.web}"]
    ap_blocks = [("h", 2, r.choice(["Klagevejledning", "Hvis du er uenig", "Sådan klager du"])), ("p", ap)] if ap else []
    if appeal_where == "footer" and ap:
        footer = ["Klagevejledning: " + ap] + footer
        if "missing-appeal-guidance" not in d:
            pass
    elif appeal_where == "section" and ap:
        blocks.append(("section", "Klagevejledning", ap_blocks))
    elif appeal_where == "box" and ap:
        blocks.append(("box", ap_blocks[0][2], ap_blocks[1:]))
    else:
        blocks += ap_blocks
    blocks.append(("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler\nTlf. {c.cw_phone}"))
    doc = Doc(title=title, blocks=blocks, footer=footer,
              letterhead=[c.jc, f"{r.choice(STREETS)} {r.randint(1, 40)}", fmt_date(c.letter_date, "long"),
                          f"Sagsnr. {c.case_no}"],
              sidebar=_facts(c))
    return doc, {"period": period}


def build_minplan(c: Case, d: set, *, other_activity=False, rs="dots") -> tuple[Doc, dict]:
    r = c.rng
    goal, tk = _goal(c, d), _tasks(c, d)
    mentor = _mentor(c, d, False)
    per, period = _period_text(c, d, rs)
    hr = _hrs(c, d)
    title = r.choice(["Min Plan – Mentorstøtte", "Min Plan", "Min Plan: Indsats – mentorstøtte"])
    blocks: list = [("h", 1, title)]
    blocks.append(("p", f"{c.name} · {r.choice(['Aktivitetsparat kontanthjælpsmodtager', 'Uddannelseshjælp (aktivitetsparat)', 'Sygedagpengemodtager', 'Jobafklaringsforløb'])}"))
    goal_in_card = goal is not None and (goal in ("-", "Udfyldes senere", "Aftales ved opstartsmødet") or r.random() < .5)
    if goal is not None and not goal_in_card:
        blocks.append(("h", 2, r.choice(["Mit mål med mentorstøtten", "Formål med mentorstøtten"])))
        blocks.append(("p", goal))
    blocks.append(("h", 2, "Mentorstøtte"))
    rows = [("Status", r.choice(["Aktiv", "Igangværende", "Bevilget"]))]
    if per is not None:
        rows.append(("Periode", per))
    mrow = ("Mentor", mentor.replace("\n", ", "))
    rows.append(mrow)
    if hr is not None:
        rows.append(("Timer pr. uge" if "uge" in hr else "Timetal", hr))
    if goal_in_card:
        rows.append(("Formål med mentorstøtten", goal))
    if tk is not None:
        rows.append(("Mentors opgaver", tk if isinstance(tk, list) else tk))
    blocks.append(("kv", rows))
    if other_activity:
        o_start = add_months(c.start, -2)
        blocks.append(("h", 2, r.choice(["Uddannelse: FGU – produktionsgrundforløb", "Virksomhedspraktik"])))
        blocks.append(("kv", [("Status", "Igangværende"),
                              ("Periode", fmt_range(o_start, end_of(o_start, 10), "dots")),
                              ("Sted", c.company if r.random() < .5 else c.school),
                              ("Kontaktperson", f"{r.choice(CW_FIRST)} {r.choice(LAST)}, tlf. {phone(r)}")]))
    blocks.append(("p", f"Senest opdateret {fmt_date(c.letter_date, 'dots')} af {c.cw}, {c.jc}"))
    doc = Doc(title=title, blocks=blocks, sidebar=_facts(c),
              footer=[f"{c.jc} · Min Plan udskrift"], letterhead=[c.jc])
    return doc, {"period": period}


def build_unknown(c: Case, sub: str) -> Doc:
    r = c.rng
    per = fmt_range(c.start, c.end, "dots")
    if sub == "status":
        title = "Statusrapport – mentorforløb"
        blocks = [("h", 1, title),
                  ("kv", [("Borger", c.name), ("Mentor", f"{c.mentor}, {c.provider}"), ("Forløb", per),
                          ("Rapportperiode", f"{fmt_date(c.start, 'long')} – {fmt_date(add_months(c.start, 2), 'long')}")]),
                  ("h", 2, "Hvordan er det gået?"),
                  ("p", f"{c.first} er mødt op til 9 ud af 10 aftaler. Vi har øvet busturen til {c.company}, og {c.first} tager nu bussen alene. Morgenerne er stadig svære, især mandag."),
                  ("h", 2, "Progression i forhold til delmål"),
                  ("ul", ["Fremmøde i praktik: fra 2 til 3 dage om ugen", "Åbner selv e-Boks: delvist", "Kontakt til arbejdsleder: god"]),
                  ("h", 2, "Anbefaling"),
                  ("p", "Jeg anbefaler, at forløbet fortsætter som aftalt. Næste status sendes om en måned.")]
    elif sub == "invoice":
        title = f"Faktura nr. {r.randint(2000, 9000)}"
        blocks = [("h", 1, title),
                  ("p", f"{c.provider}\nCVR {r.randint(10000000, 99999999)}\nFakturadato {fmt_date(c.letter_date, 'dots')}"),
                  ("p", f"Til: {c.jc}, Økonomi – Beskæftigelse\nEAN 579800{r.randint(1000000, 9999999)}"),
                  ("grid", [["Ydelse", "Antal timer", "Timepris", "Beløb"],
                            [f"Mentorstøtte, {c.first} {c.last[0]}., sag {c.case_no}", "12", "485,00", "5.820,00"],
                            ["Kørsel", "1", "310,00", "310,00"],
                            ["", "", "I alt ekskl. moms", "6.130,00"]]),
                  ("p", f"Betalingsbetingelser: netto 30 dage. Spørgsmål til fakturaen: bogholderiet@{c.provider_domain}")]
    elif sub == "minutes":
        title = "Referat af netværksmøde"
        blocks = [("h", 1, title),
                  ("p", f"Dato: {fmt_date(c.letter_date, 'long')}, kl. 13.00-14.00\nSted: {c.jc}\nDeltagere: {c.name}, {c.mentor} (mentor), {c.cw} (sagsbehandler), {r.choice(CW_FIRST)} fra {c.company}"),
                  ("h", 2, "1. Siden sidst"),
                  ("p", f"{c.first} fortalte om de første uger i praktikken. Det går bedre end ventet, men transporten er stadig en udfordring."),
                  ("h", 2, "2. Praktikken"),
                  ("p", f"Virksomheden er tilfreds og kan forestille sig at udvide til fire dage. Det tages op på næste møde."),
                  ("h", 2, "3. Aftaler"),
                  ("ul", [f"{c.mentor.split()[0]} kontakter busselskabet om pendlerkort", f"{c.cw.split()[0]} undersøger muligheden for løntilskud", "Næste møde om seks uger"])]
    elif sub == "guidance":
        title = "Sådan foregår mentorstøtte – vejledning til borgere"
        blocks = [("h", 1, title),
                  ("p", f"{c.kommune} Kommune kan give mentorstøtte, hvis du har brug for hjælp for at komme i job eller uddannelse. Her kan du læse, hvordan det foregår."),
                  ("h", 2, "Hvad står der i aftalen?"),
                  ("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen indeholder:"),
                  ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe dig med",
                          "hvor længe aftalen varer, og hvordan vi følger op", "hvor mange timer om ugen du har med mentoren", "klagevejledning"]),
                  ("h", 2, "Hvor længe?"),
                  ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Derefter kan du efter en konkret vurdering få en ny periode på op til 6 måneder."),
                  ("h", 2, "Klage"),
                  ("p", "Er du uenig i en afgørelse, kan du klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes.")]
    elif sub == "private":
        club = r.choice(["Boldklubben Vestegnen", "Ungdomsskolens Lektiecafé", "Foreningen Nabohjælp"])
        title = f"Mentoraftale – {club}"
        blocks = [("h", 1, title),
                  ("p", f"Aftale mellem frivillig mentor og ung i {club}s mentorprogram. Programmet er frivilligt og har ikke noget med kommunen at gøre."),
                  ("kv", [("Mentee", c.first), ("Frivillig mentor", f"{c.mentor}, tlf. {c.mentor_phone}"),
                          ("Vores mål", "At du får en voksen at sparre med om skole og fritid"),
                          ("Vi ses", "Ca. hver anden uge i klubhuset"),
                          ("Varighed", "Skoleåret 2026/27")]),
                  ("p", "Begge kan stoppe aftalen når som helst. Tal med trænerteamet, hvis noget ikke fungerer.")]
    elif sub == "hearing":
        title = "Partshøring – vi overvejer at stoppe din mentorstøtte"
        blocks = [("h", 1, title),
                  ("p", f"Kære {c.first}"),
                  ("p", f"Vi overvejer at stoppe din mentorstøtte fra {fmt_date(c.start, 'long')}, fordi du ikke er mødt op til de sidste fem aftaler med din mentor. Inden vi træffer en afgørelse, vil vi gerne høre, hvad du mener."),
                  ("p", f"Du kan sende dine bemærkninger til os senest {fmt_date(c.letter_date + dt.timedelta(days=14), 'long')}. Du kan også ringe til mig på {c.cw_phone}."),
                  ("p", f"Hvis vi ikke hører fra dig, træffer vi afgørelsen ud fra de oplysninger, vi har.\n\nMed venlig hilsen\n{c.cw}")]
    elif sub == "order":
        title = "Bestilling af mentorforløb"
        blocks = [("h", 1, title),
                  ("kv", [("Leverandør", c.provider), ("Rekvisitionsnr.", f"REK{r.randint(100000, 999999)}"),
                          ("Borger", f"{c.name}" + (f", CPR {c.cpr}" if c.cpr else "")),
                          ("Ønsket opstart", fmt_date(c.start, "long")), ("Bestilt af", f"{c.cw}, {c.jc}")]),
                  ("p", "Leverandøren bedes kontakte borgeren inden for 5 hverdage og sende forslag til aftale om mentorstøtte til godkendelse. Forløbet faktureres efter medgået tid.")]
    else:
        raise ValueError(sub)
    if sub in ("invoice", "private"):
        return Doc(title=title, blocks=blocks, footer=[f"{c.provider} · www.{c.provider_domain}"] if sub == "invoice" else [club],
                   letterhead=[c.provider if sub == "invoice" else club])
    if sub == "guidance":
        return Doc(title=title, blocks=blocks, footer=[f"{c.kommune} Kommune · Beskæftigelse · {c.web}"], letterhead=[f"{c.kommune} Kommune"])
    return Doc(title=title, blocks=blocks, sidebar=_facts(c), footer=[f"{c.jc}"], letterhead=[c.jc])


def build_web_unknown(c: Case, sub: str) -> Doc:
    """Other pages of a case system: overview, document list, task list."""
    r = c.rng
    per = fmt_range(c.start, c.end, "dots")
    if sub == "overview":
        title = f"Sagsoverblik – {c.name}"
        blocks = [("h", 1, title),
                  ("h", 2, "Ydelser og indsatser"),
                  ("grid", [["Indsats", "Periode", "Status", "Ansvarlig"],
                            ["Kontanthjælp", f"{fmt_date(add_months(c.start, -14), 'dots')} -", "Aktiv", c.cw],
                            ["Mentorstøtte § 167", per, "Aktiv", c.cw],
                            ["Virksomhedspraktik", fmt_range(add_months(c.start, 1), end_of(add_months(c.start, 1), 3), "dots"), "Planlagt", c.cw]]),
                  ("h", 2, "Seneste hændelser"),
                  ("ul", [f"{fmt_date(c.letter_date, 'dots')} Afgørelse om mentorstøtte sendt til e-Boks",
                          f"{fmt_date(c.letter_date - dt.timedelta(days=6), 'dots')} Jobsamtale afholdt",
                          f"{fmt_date(c.letter_date - dt.timedelta(days=30), 'dots')} Ansøgning om mentorstøtte modtaget"])]
    elif sub == "doclist":
        title = "Dokumenter"
        blocks = [("h", 1, title),
                  ("grid", [["Dato", "Titel", "Type", "Sendt"],
                            [fmt_date(c.letter_date, "dots"), "Afgørelse om mentorstøtte", "Udgående brev", "e-Boks"],
                            [fmt_date(c.letter_date, "dots"), "Aftale om mentorstøtte", "Bilag", "e-Boks"],
                            [fmt_date(c.letter_date - dt.timedelta(days=9), "dots"), "Statusrapport fra mentor", "Indgående", "-"],
                            [fmt_date(c.letter_date - dt.timedelta(days=40), "dots"), "Min Plan (udskrift)", "Notat", "-"]]),
                  ("p", "Viser 4 af 4 dokumenter.")]
    elif sub == "tasks":
        title = "Mine opgaver"
        blocks = [("h", 1, title),
                  ("grid", [["Frist", "Opgave", "Borger", "Prioritet"],
                            [fmt_date(c.letter_date + dt.timedelta(days=3), "dots"), "Opfølgning på mentorstøtte", c.name, "Høj"],
                            [fmt_date(c.letter_date + dt.timedelta(days=8), "dots"), "Godkend faktura fra leverandør", c.provider, "Normal"],
                            [fmt_date(c.letter_date + dt.timedelta(days=20), "dots"), "Forbered forlængelse / ophør", c.name, "Normal"]])]
    elif sub == "journal":
        title = "Journalnotat"
        blocks = [("h", 1, title),
                  ("kv", [("Emne", "Telefonsamtale med mentor"), ("Dato", fmt_date(c.letter_date, "dots")), ("Skrevet af", c.cw)]),
                  ("p", f"Mentor {c.mentor} ringede. {c.first} har været syg i en uge, men er tilbage i praktikken. Mentor foreslår at fastholde timetallet. Aftalt at vi tager det op på statusmødet.")]
    else:
        raise ValueError(sub)
    return Doc(title=title, blocks=blocks, sidebar=_facts(c))
