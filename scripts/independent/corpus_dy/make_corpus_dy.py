"""Corpus dy: documents exported from older and odd case systems.

Fixed-width TXT reports with form feeds and page headers, dot-padded all-caps labels, hand-written
RTF (old Word: tables, footers), ODT made with odfpy, HTML with layout tables, PDFs printed from
those by LibreOffice, journal printouts with several entries (one of them the document), and
exports that are none of the kinds (case logs, letter lists, payment lists).

Deterministic: fixed seed.  Usage: make_corpus_dy.py --out DIR
Labels follow `mentordocs rules NAME` and shared/domain.md, decided when each document is written.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

SEED = 20261130
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
KOMMUNER = ["Vejen", "Faxe", "Tønder", "Assens", "Holbæk", "Herning", "Rudersdal", "Skive",
            "Lemvig", "Odsherred", "Kalundborg", "Norddjurs"]
SYSTEMS = ["KMD Sag", "Fasit", "Workbase", "Momentum", "SBSYS", "Acadre", "DUBU-export"]
FIRST = ["Ahmed", "Sofie", "Jonas", "Mette", "Kasper", "Line", "Rasmus", "Fatima", "Nikolaj",
         "Camilla", "Mads", "Louise", "Emil", "Sara", "Jesper", "Nadia", "Tobias", "Hanne"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Østergaard", "Kristensen", "Madsen", "Olsen"]
COMPANIES = ["Jobhuset ApS", "MentorKompagniet", "Broen Mentor", "Kompas Mentorservice",
             "Vendepunktet I/S", "Socialfagligt Team"]
GOALS = [
    "Borgeren er i virksomhedspraktik i Netto, {town}, 15 timer om ugen senest {d}.",
    "Borgeren starter på FVU-dansk på VUC {town} og møder til mindst 4 ud af 5 lektioner.",
    "Borgeren gennemfører grundforløb 1 på EUD (tømrer) og er optaget senest {d}.",
    "Borgeren er i løntilskudsjob som lagermedarbejder 25 timer om ugen fra {d}.",
    "Borgeren fastholder sit fleksjob som pedelmedhjælper på {town} Skole, 12 timer om ugen.",
    "Borgeren starter på FGU (PGU) i {town} og har højst 2 dages fravær pr. måned.",
    "Borgeren er i ordinært job som rengøringsassistent 20 timer om ugen senest {d}.",
    "Borgeren gennemfører SOSU-hjælperuddannelsen, første praktikperiode, uden afbrud.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur på hverdagen og bedre selvværd.",
    "At borgeren kommer tættere på arbejdsmarkedet.",
    "Sikre at borgeren får det bedre.",
]
TASKS = [
    ["Følge borgeren til praktikstedet de første to uger", "Ugentlig samtale om fremmøde",
     "Hjælp til at planlægge transport"],
    ["Støtte ved kontakt til uddannelsesstedet", "Hjælp til at holde styr på skema og afleveringer",
     "Være med til opstartssamtale"],
    ["Vække-opkald om morgenen i de første uger", "Følges med til møder i kommunen",
     "Samtaler om sammenhæng mellem helbred og arbejde"],
    ["Hjælp til at åbne og forstå post i e-Boks", "Følge borgeren til arbejdspladsen",
     "Kontakt til arbejdsgiver ved fravær"],
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du "
    "har modtaget brevet. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
    "afgørelsen, sendes klagen videre til Ankestyrelsen. Du kan klage skriftligt eller mundtligt. "
    "Klagen skal sendes til Jobcenter {k}, Torvet 1. (LAB § 204, retssikkerhedslovens kap. 10).",
    "Du kan klage over afgørelsen til kommunen. Klagen skal være modtaget senest 4 uger efter, du "
    "har fået afgørelsen. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen "
    "til Ankestyrelsen, Beskæftigelsesudvalget.",
]
APPEAL_INCOMPLETE = "Du kan klage over afgørelsen."
APPEAL_WRONG = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter du har modtaget denne afgørelse."
VAGUE_HOURS = ["efter behov", "løbende efter aftale", "et par timer om ugen"]


def dk_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return d.isoformat()


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period_text(rng, start: date, end: date) -> str:
    s = rng.randrange(5)
    a, b = dk_date(start, s), dk_date(end, s)
    return rng.choice([f"{a} - {b}", f"{a} til {b}", f"f.o.m. {a} t.o.m. {b}", f"fra {a} til {b}"])


def cpr(rng) -> str:
    d = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(10000):04d}"


def phone(rng) -> str:
    n = f"{rng.randrange(20, 99)}{rng.randrange(1000000):06d}"
    return " ".join(n[i:i + 2] for i in range(0, 8, 2))


def person(rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# ---------------------------------------------------------------- content model
class Doc:
    """A document as ordered (label, value) items; value is str or list[str]."""

    def __init__(self, title: str, kind: str, subtype: str):
        self.title, self.kind, self.subtype = title, kind, subtype
        self.head: list[tuple[str, str]] = []
        self.items: list[tuple[str, object]] = []
        self.prose: list[str] = []      # free paragraphs after the items (letters)
        self.footer = ""
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.mnc: list[str] = []
        self.traits: list[str] = []
        self.period = None


def base_head(rng, d: Doc, k: str, with_cpr: bool):
    borger = person(rng)
    d.head = [("KOMMUNE", f"{k} Kommune"), ("SAGSNR", f"{rng.randrange(10,99)}.{rng.randrange(10,99)}.{rng.randrange(10,99)}-A{rng.randrange(10,99)}-{rng.randrange(1,99)}-26"),
              ("BORGER", borger)]
    if with_cpr:
        c = cpr(rng)
        d.head.append(("CPR-NR", c))
        d.mnc.append(c)
        d.traits.append("cpr")
    d.head.append(("SAGSBEHANDLER", f"{person(rng)}, tlf. {phone(rng)}"))
    return borger


def make_period(rng, over6: bool):
    start = date(2026, rng.randrange(1, 10), rng.choice([1, 1, 1, 15]))
    if over6:
        end = add_months(start, rng.choice([7, 8, 9, 12])) - timedelta(days=1)
    else:
        end = add_months(start, rng.choice([3, 4, 6, 6])) - timedelta(days=1)
    return start, end


def agreement(rng, k, with_cpr) -> Doc:
    d = Doc(rng.choice(["AFTALE OM MENTORSTØTTE", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"]),
            "agreement", "agreement")
    base_head(rng, d, k, with_cpr)
    defects = rng.choice([[], [], ["goal"], ["mentor"], ["tasks"], ["duration"], ["follow"], ["hours"],
                          ["appeal"], ["over6"], ["unclear"], ["hours", "follow"], ["appeal", "over6"]])
    town = k
    start, end = make_period(rng, "over6" in defects)
    if "goal" not in defects:
        g = rng.choice(UNCLEAR_GOALS) if "unclear" in defects else rng.choice(GOALS).format(town=town, d=dk_date(add_months(start, 2), 1))
        d.items.append(("MÅL MED MENTORSTØTTEN", g))
    else:
        d.items.append(("MÅL MED MENTORSTØTTEN", rng.choice(["", "Udfyldes senere", "-"])))
        d.rules.add("missing-goal")
    if "unclear" in defects:
        d.rules.add("unclear-goal")
    mname = person(rng)
    if "mentor" in defects:
        d.items.append(("MENTOR", f"{mname}, {rng.choice(COMPANIES)}"))
        d.rules.add("missing-mentor")
    else:
        d.items.append(("MENTOR", f"{mname}, {rng.choice(COMPANIES)}, tlf. {phone(rng)}, {mname.split()[0].lower()}@{rng.choice(['mentor','jobhuset','broen'])}.dk"))
    if "tasks" in defects:
        d.items.append(("MENTORS OPGAVER", rng.choice(["", "-"])))
        d.rules.add("missing-tasks")
    else:
        d.items.append(("MENTORS OPGAVER", list(rng.choice(TASKS))))
    if "duration" in defects:
        d.items.append(("PERIODE", rng.choice(["", "indtil videre", "Udfyldes senere"])))
        d.rules.add("missing-duration")
    else:
        d.items.append(("PERIODE", period_text(rng, start, end)))
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        if "over6" in defects:
            d.rules.add("duration-over-6-months")
    if "hours" in defects:
        if rng.random() < 0.5:
            d.items.append(("TIMETAL", rng.choice(VAGUE_HOURS)))
        d.rules.add("missing-hours")
    else:
        d.items.append(("TIMETAL", rng.choice(["3 timer pr. uge", "2 T/UGE", "1½ time ugentligt", "to timer om ugen",
                                                "8 timer om måneden", "4 timer pr. uge"])))
    if "follow" in defects:
        d.rules.add("missing-follow-up")
    else:
        d.items.append(("OPFØLGNING", rng.choice([
            "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før ophør.",
            "Opfølgning hver 4. uge; delmål: fremmøde 4 dage om ugen fra uge 3.",
            "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage inden støtten ophører."])))
    if "appeal" in defects:
        if rng.random() < 0.5:
            d.items.append(("KLAGEVEJLEDNING", APPEAL_INCOMPLETE))
        d.rules.add("missing-appeal-guidance")
    else:
        d.items.append(("KLAGEVEJLEDNING", rng.choice(APPEAL_FULL).format(k=k)))
    d.traits += [f"defect:{x}" for x in defects] or ["clean"]
    return d


def minplan(rng, k, with_cpr) -> Doc:
    d = Doc(rng.choice(["MIN PLAN - MENTORSTØTTE", "Min Plan: Indsats mentorstøtte", "Udskrift af Min Plan (mentor)"]),
            "minplan", "minplan")
    base_head(rng, d, k, with_cpr)
    defects = rng.choice([[], [], ["goal"], ["mentor"], ["tasks"], ["duration"], ["hours"], ["over6"],
                          ["unclear"], ["tasks", "hours"]])
    start, end = make_period(rng, "over6" in defects)
    d.items.append(("INDSATS", "Mentorstøtte (LAB § 167)"))
    if "goal" in defects:
        d.items.append(("FORMÅL", rng.choice(["", "Udfyldes senere"])))
        d.rules.add("missing-goal")
    else:
        g = rng.choice(UNCLEAR_GOALS) if "unclear" in defects else rng.choice(GOALS).format(town=k, d=dk_date(add_months(start, 2), 1))
        d.items.append(("FORMÅL", g))
        if "unclear" in defects:
            d.rules.add("unclear-goal")
    mname = person(rng)
    if "mentor" in defects:
        d.items.append(("MENTOR", mname))
        d.rules.add("missing-mentor")
    else:
        d.items.append(("MENTOR", f"{mname}, tlf. {phone(rng)}"))
    if "tasks" in defects:
        d.items.append(("MENTORS OPGAVER", ""))
        d.rules.add("missing-tasks")
    else:
        d.items.append(("MENTORS OPGAVER", list(rng.choice(TASKS))))
    if "duration" in defects:
        d.rules.add("missing-duration")
    else:
        d.items.append(("START", dk_date(start, 0)))
        d.items.append(("SLUT", dk_date(end, 0)))
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        if "over6" in defects:
            d.rules.add("duration-over-6-months")
    if "hours" in defects:
        d.items.append(("TIMER", rng.choice(["", "efter behov"])))
        d.rules.add("missing-hours")
    else:
        d.items.append(("TIMER", rng.choice(["3 timer pr. uge", "2 t/uge", "5 timer ugentligt", "1 time pr. uge"])))
    d.items.append(("STATUS", "Aktiv"))
    d.traits += [f"defect:{x}" for x in defects] or ["clean"]
    return d


def decision(rng, k, with_cpr) -> Doc:
    variant = rng.choice(["grant", "grant", "partial", "refusal", "stop"])
    titles = {"grant": "AFGØRELSE - BEVILLING AF MENTORSTØTTE", "partial": "Afgørelse om mentorstøtte (delvis bevilling)",
              "refusal": "Afslag på mentorstøtte", "stop": "Afgørelse om ophør af mentorstøtte"}
    d = Doc(titles[variant], "decision", f"decision-{variant}")
    borger = base_head(rng, d, k, with_cpr)
    defects = rng.choice([[], [], ["appeal"], ["over6"], ["wrong"], ["reasons"], ["appeal", "reasons"]])
    if variant == "grant" and "reasons" in defects:
        defects = [x for x in defects if x != "reasons"] or ["over6"]
    if variant in ("refusal", "stop") and "over6" in defects:
        defects = ["reasons"]
    start, end = make_period(rng, "over6" in defects)
    fn = borger.split()[0]
    d.prose.append(f"Kære {fn}")
    if variant == "grant":
        d.prose.append(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {period_text(rng, start, end)}, "
                       f"{rng.choice(['3', '4', '2'])} timer om ugen.")
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
    elif variant == "partial":
        d.prose.append(f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget dig færre timer: 3 timer om ugen "
                       f"i perioden {period_text(rng, start, end)}. Du får altså delvist medhold.")
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
    elif variant == "refusal":
        d.prose.append("Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning.")
    else:
        d.prose.append(f"Din mentorstøtte ophører den {dk_date(start, 1)}.")
    if "over6" in defects:
        d.rules.add("duration-over-6-months")
    if variant != "grant":
        if "reasons" in defects:
            d.extras.add("missing-reasons")
        else:
            d.items.append(("BEGRUNDELSE", rng.choice([
                "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på skolen, som dækker dit behov. Afgørelsen er truffet efter LAB § 167, stk. 1.",
                "Afgørelsen er truffet på baggrund af lov om en aktiv beskæftigelsesindsats § 167. Vi har lagt vægt på, at du nu deltager stabilt i praktik uden støtte.",
            ])))
    else:
        d.items.append(("BEGRUNDELSE", "Du opfylder betingelserne i LAB § 167, stk. 1, da du har brug for støtte for at kunne gennemføre din praktik."))
    if "appeal" in defects:
        if rng.random() < 0.5:
            d.items.append(("KLAGEVEJLEDNING", APPEAL_INCOMPLETE))
        d.rules.add("missing-appeal-guidance")
    elif "wrong" in defects:
        d.items.append(("KLAGEVEJLEDNING", APPEAL_WRONG))
        d.extras.add("appeal-wrong-route")
    else:
        d.items.append(("KLAGEVEJLEDNING", rng.choice(APPEAL_FULL).format(k=k)))
    d.traits += [f"defect:{x}" for x in defects] or ["clean"]
    return d


def unknown(rng, k, with_cpr) -> Doc:
    sub = rng.choice(["sagslog", "brevliste", "udbetalingsliste", "journaludskrift"])
    if sub == "sagslog":
        d = Doc("SAGSLOG - HÆNDELSESOVERSIGT", "unknown", sub)
        base_head(rng, d, k, with_cpr)
        rows = []
        t = date(2026, rng.randrange(1, 8), rng.randrange(1, 28))
        for ev in ["Sag oprettet", "Ansøgning om mentorstøtte modtaget", "Dokument journaliseret",
                   "Sagsbehandler ændret", "Afgørelse sendt til e-Boks", "Frist oprettet: opfølgning",
                   "Bevilling registreret i ydelsessystem", "Sag lukket"]:
            t += timedelta(days=rng.randrange(1, 12))
            rows.append(f"{dk_date(t, 0)} {rng.randrange(8,16):02d}:{rng.randrange(60):02d}  {rng.choice(['AB12','KJ40','SYSTEM','MN07'])}  {ev}")
        d.items.append(("HÆNDELSER", rows))
    elif sub == "brevliste":
        d = Doc("BREVLISTE - UDGÅENDE POST", "unknown", sub)
        base_head(rng, d, k, with_cpr)
        t = date(2026, rng.randrange(1, 8), rng.randrange(1, 28))
        rows = []
        for br in ["Indkaldelse til samtale", "Afgørelse om mentorstøtte", "Mentoraftale (kopi)",
                   "Partshøring", "Påmindelse om møde", "Kvittering for ansøgning"]:
            t += timedelta(days=rng.randrange(1, 15))
            rows.append(f"{dk_date(t, 0)}  {br:<32} e-Boks   Sendt")
        d.items.append(("BREVE", rows))
    elif sub == "udbetalingsliste":
        d = Doc("UDBETALINGSLISTE - MENTORHONORAR", "unknown", sub)
        d.head = [("KOMMUNE", f"{k} Kommune"), ("KONTO", "5.68.90 Mentorstøtte"), ("LEVERANDØR", rng.choice(COMPANIES))]
        rows = []
        for m in range(1, 7):
            rows.append(f"{MONTHS[m-1]:<10} 2026  Faktura {rng.randrange(10000,99999)}  {rng.randrange(4,30):>3} timer  kr. {rng.randrange(2000,15000):>8},00")
        d.items.append(("POSTERINGER", rows))
    else:
        d = Doc("JOURNALUDSKRIFT", "unknown", sub)
        base_head(rng, d, k, with_cpr)
        d.items.append(("NOTAT", [
            f"{dk_date(date(2026, 3, rng.randrange(1,28)), 0)} Telefonsamtale med borger. Borger ønsker at høre om mulighederne for mentor. Vi aftaler møde.",
            f"{dk_date(date(2026, 4, rng.randrange(1,28)), 0)} Samtale på jobcentret. Borger fortæller om søvnproblemer og fravær. Sagen drøftes på teammøde.",
            f"{dk_date(date(2026, 5, rng.randrange(1,28)), 0)} Mail til leverandør med forespørgsel om ledig kapacitet. Afventer svar.",
        ]))
    d.traits.append("not-a-mentor-document-kind")
    return d


LABEL_VARIANTS = {
    "MÅL MED MENTORSTØTTEN": ["MÅL MED MENTORSTØTTEN", "FORMÅL/MÅL", "MÅLSÆTNING", "BORGERENS MÅL"],
    "MENTOR": ["MENTOR", "MENTOR (NAVN/KONTAKT)", "MENTORS NAVN OG TLF", "KONTAKTPERSON/MENTOR"],
    "MENTORS OPGAVER": ["MENTORS OPGAVER", "MENTORENS OPGAVER", "INDSATSOMRÅDER", "STØTTEN BESTÅR I"],
    "PERIODE": ["PERIODE", "VARIGHED", "BEVILGET PERIODE", "GYLDIG FRA/TIL"],
    "TIMETAL": ["TIMETAL", "TIMER PR. UGE", "ANTAL TIMER", "TIMEANTAL"],
    "OPFØLGNING": ["OPFØLGNING", "OPFØLGNING/PROGRESSION", "EVALUERING"],
    "KLAGEVEJLEDNING": ["KLAGEVEJLEDNING", "KLAGEADGANG", "HVIS DU VIL KLAGE"],
}


def relabel(rng, d: "Doc"):
    if d.kind != "agreement":
        return
    d.items = [(rng.choice(LABEL_VARIANTS.get(l, [l])), v) for l, v in d.items]


# ---------------------------------------------------------------- renderers
def flat(v) -> list[str]:
    return v if isinstance(v, list) else [v]


def wrap(s: str, w: int) -> list[str]:
    import textwrap
    return textwrap.wrap(s, w) or [""]


def render_fixed(rng, d: Doc, system: str) -> str:
    """Fixed-width report: dot-padded labels, form feeds and repeated page headers."""
    width = 78
    lines: list[str] = []
    for l, v in d.head:
        lines.append(f"{(l + ' ').ljust(16, '.')}: {v}")
    lines.append("")
    lines.append(d.title.upper())
    lines.append("=" * len(d.title))
    lines.append("")
    for p in d.prose:
        lines += wrap(p, 70) + [""]
    for l, v in d.items:
        vals = flat(v)
        pad = (l + " ").ljust(24, ".") + ": "
        first = True
        for item in vals:
            text = ("- " + item) if isinstance(v, list) else item
            for j, w in enumerate(wrap(text, width - 26)):
                lines.append((pad if first else " " * 26) + w)
                first = False
        if first:
            lines.append(pad.rstrip())
        lines.append("")
    # paginate
    per = rng.choice([14, 18, 22])
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        hdr = f"{system.upper():<30}{d.head[0][1].upper():^20}{'SIDE ' + str(n) + ' AF ' + str(len(pages)):>28}"
        out.append(hdr + "\n" + f"UDSKREVET {dk_date(date(2026, 11, 2), 0)}  BRUGER: {rng.choice(['AB12','KJ40','MN07'])}".ljust(width) + "\n" + "-" * width + "\n")
        out.append("\n".join(pg) + "\n")
        if n < len(pages):
            out.append("\f")
    return "".join(out)


def render_journal(rng, d: Doc, system: str) -> str:
    """Journal printout: several entries; only one is the document itself."""
    inner = render_fixed(rng, d, system).replace("\f", "\n")
    inner = "\n".join(inner.splitlines()[3:])  # drop the report header of the inner print
    noise = [
        ("Telefonnotat", "Borger ringede og bekræftede mødet. Ingen yderligere bemærkninger."),
        ("Notat", "Sagen drøftet på teammøde. Indstilling godkendt af teamleder."),
        ("Post ind", "Lægeerklæring modtaget og journaliseret."),
        ("Mødenotat", "Opstartsmøde afholdt med borger. Borger var motiveret og mødte til tiden."),
    ]
    rng.shuffle(noise)
    t = date(2026, rng.randrange(1, 6), rng.randrange(1, 28))
    entries = []
    pos = rng.randrange(1, 4)
    kinds = [x for x in noise[:3]]
    kinds.insert(pos, ("DOKUMENT", None))
    for i, (typ, txt) in enumerate(kinds):
        t += timedelta(days=rng.randrange(2, 9))
        body = inner if txt is None else "\n".join(wrap(txt, 70))
        entries.append(f"JOURNALNOTAT NR. {i + 1:>3}   DATO: {dk_date(t, 0)}   TYPE: {typ.upper()}\n{body}\n")
    hdr = f"{system.upper()} - JOURNALUDSKRIFT   SAG {d.head[1][1]}\n" + "-" * 78 + "\n"
    return hdr + ("\n" + "*" * 78 + "\n").join(entries)


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(rng, d: Doc) -> str:
    """RTF as old Word wrote it: label/value table, footer with page field."""
    p = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134",
         r"{\footer\pard\qc\f1\fs16 " + rtf_esc(f"{d.head[0][1]} - Jobcenter - Side ") + r"{\field{\*\fldinst PAGE}{\fldrslt 1}}\par}",
         r"{\header\pard\qr\f1\fs16 " + rtf_esc("Sag " + d.head[1][1]) + r"\par}",
         r"\pard\f1\fs28\b " + rtf_esc(d.title) + r"\b0\fs20\par\par"]
    for l, v in d.head:
        p.append(r"\pard " + rtf_esc(l.title() + ": " + v) + r"\par")
    p.append(r"\par")
    for t in d.prose:
        p.append(r"\pard " + rtf_esc(t) + r"\par\par")
    for l, v in d.items:
        val = r"\line ".join(rtf_esc(("- " + x) if isinstance(v, list) else x) for x in flat(v))
        p.append(r"\trowd\trgaph108\cellx3000\cellx9600\pard\intbl\b " + rtf_esc(l.capitalize()) +
                 r"\b0\cell\pard\intbl " + val + r"\cell\row")
    p.append(r"\pard\par}")
    return "\n".join(p)


def render_html(rng, d: Doc, system: str) -> str:
    """HTML export with tables used for layout (nested), a nav column and a script."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = []
    for l, v in d.items:
        if isinstance(v, list):
            val = "<br>".join("&bull; " + esc(x) for x in v)
        else:
            val = esc(v) or "&nbsp;"
        rows.append(f'<tr><td class="lbl" width="30%" valign="top"><font face="Verdana" size="2"><b>{esc(l.capitalize())}:</b></font></td>'
                    f'<td valign="top"><font face="Verdana" size="2">{val}</font></td></tr>')
    head = "".join(f"<tr><td><font size=1>{esc(l.title())}</font></td><td><font size=1>{esc(v)}</font></td></tr>" for l, v in d.head)
    prose = "".join(f"<p>{esc(t)}</p>" for t in d.prose)
    return f"""<html><head><meta charset="utf-8"><title>{esc(d.title)}</title>
<script>function printDoc(){{window.print(); var m = "Udskriv mentoraftale";}}</script></head>
<body bgcolor="#ffffff"><table width="100%" border="0" cellpadding="4"><tr>
<td width="160" bgcolor="#dde4ee" valign="top"><font size="1">{esc(system)}<br>Menu<br>Sager<br>Dokumenter<br>Udskriv</font></td>
<td valign="top"><table border="0">{head}</table><h2>{esc(d.title)}</h2>{prose}
<table border="1" cellspacing="0" cellpadding="3" width="100%">{''.join(rows)}</table>
</td></tr></table><table width="100%"><tr><td align="center"><font size="1">Genereret af {esc(system)} - side 1</font></td></tr></table></body></html>"""


def render_odt(rng, d: Doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, MasterPage, Footer, PageLayout
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H, List, ListItem
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    pl = PageLayout(name="PL")
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    ft = Footer()
    ft.addElement(P(text=f"{d.head[0][1]} · Sag {d.head[1][1]} · Skabelon MENT-03 v2.1"))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)
    doc.text.addElement(H(outlinelevel=1, text=d.title))
    for l, v in d.head:
        doc.text.addElement(P(text=f"{l.title()}: {v}"))
    for t in d.prose:
        doc.text.addElement(P(text=t))
    tb = Table(name="Felter")
    tb.addElement(TableColumn(numbercolumnsrepeated=2))
    for l, v in d.items:
        tr = TableRow()
        c1 = TableCell()
        c1.addElement(P(stylename=bold, text=l.capitalize()))
        c2 = TableCell()
        if isinstance(v, list):
            for x in v:
                c2.addElement(P(text="• " + x))
        else:
            c2.addElement(P(text=v))
        tr.addElement(c1)
        tr.addElement(c2)
        tb.addElement(tr)
    doc.text.addElement(tb)
    doc.save(str(path))


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    plan = (["agreement"] * 27 + ["decision"] * 27 + ["minplan"] * 27 + ["unknown"] * 19)
    rng.shuffle(plan)
    fmts = ["txt-fixed", "txt-journal", "rtf", "odt", "html", "pdf-odt", "pdf-html", "pdf-rtf"]
    makers = {"agreement": agreement, "decision": decision, "minplan": minplan, "unknown": unknown}
    entries = []
    to_pdf: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="dy_"))
    for i, kind in enumerate(plan):
        k = rng.choice(KOMMUNER)
        system = rng.choice(SYSTEMS)
        d = makers[kind](rng, k, rng.random() < 0.25)
        relabel(rng, d)
        fmt = fmts[i % len(fmts)]
        if kind == "unknown" and fmt == "txt-journal" and d.subtype != "journaludskrift":
            fmt = "txt-fixed"
        sub = f"{k.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}/{system.split()[0].lower()}"
        stem = f"{i:03d}-{d.subtype}"
        rel_dir = out / sub
        rel_dir.mkdir(parents=True, exist_ok=True)
        layout = {"txt-fixed": "fixed-width", "txt-journal": "journal", "rtf": "table", "odt": "table",
                  "html": "layout-table", "pdf-odt": "table", "pdf-html": "layout-table", "pdf-rtf": "table"}[fmt]
        if fmt == "txt-fixed":
            p = rel_dir / f"{stem}.txt"
            p.write_text(render_fixed(rng, d, system), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]))
            real = "txt"
        elif fmt == "txt-journal":
            p = rel_dir / f"{stem}-journal.txt"
            p.write_text(render_journal(rng, d, system), encoding="utf-8")
            real = "txt"
        elif fmt == "rtf":
            p = rel_dir / f"{stem}.rtf"
            p.write_text(render_rtf(rng, d), encoding="ascii")
            real = "rtf"
        elif fmt == "odt":
            p = rel_dir / f"{stem}.odt"
            render_odt(rng, d, p)
            real = "odt"
        elif fmt == "html":
            p = rel_dir / f"{stem}.html"
            p.write_text(render_html(rng, d, system), encoding="utf-8")
            real = "html"
        else:
            src_kind = fmt.split("-")[1]
            src = tmp / f"{i:03d}" / f"{stem}.{src_kind}"
            src.parent.mkdir(parents=True)
            if src_kind == "odt":
                render_odt(rng, d, src)
            elif src_kind == "html":
                src.write_text(render_html(rng, d, system), encoding="utf-8")
            else:
                src.write_text(render_rtf(rng, d), encoding="ascii")
            p = rel_dir / f"{stem}.pdf"
            to_pdf.append((src, p))
            real = "pdf"
        if fmt.startswith("txt") and "journal" in fmt:
            d.traits.append("journal-printout")
        e = {"path": str(p.relative_to(out)), "kind": d.kind, "format": real, "layout": layout,
             "subtype": d.subtype, "rules": sorted(d.rules), "extras": sorted(d.extras), "error": None,
             "accept_errors": [], "must_not_contain": d.mnc, "traits": d.traits + [f"source:{fmt}", f"system:{system}"]}
        if d.period:
            e["period"] = d.period
        entries.append(e)
    # LibreOffice prints the PDFs (one call per source file; own profile)
    for src, dst in to_pdf:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dy_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(src.parent), str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(src.with_suffix(".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
