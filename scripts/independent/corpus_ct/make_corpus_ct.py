#!/usr/bin/env python3
"""Corpus CT: a mixed archive folder of ~100 documents, written independently (issue 8, set 3).

Agreements (~30), decision letters (~15), Min Plan entries (~15: Jobnet prints and case-system
prints, one or several activities) and ~40 documents that are none of the kinds but talk about
mentors. Formats docx, pdf, odt, html, txt, eml. Labels follow `mentordocs rules NAME` and
/work/shared/domain.md, decided when each document is written.

    python make_corpus_ct.py --out /work/corpora/ct [--seed 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_ct as R  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
            ("Holstebro", "Kirkestræde 11, 7500 Holstebro", "96 11 75 00"),
            ("Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
            ("Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
            ("Hjørring", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
            ("Køge", "Torvet 1, 4600 Køge", "56 67 67 67"),
            ("Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
            ("Frederikshavn", "Rådhus Allé 100, 9900 Frederikshavn", "98 45 50 00")]
PROVIDERS = ["Job & Trivsel ApS", "Mentorhuset Fyn", "Broen til Job", "Nordlys Mentorservice",
             "KompetenceCentret Midt", "Ungevejen I/S", "Trin for Trin Mentor", "Vestkystens Mentorkorps"]
FIRST = ["Jonas", "Amira", "Mikkel", "Fatima", "Sofie", "Ahmad", "Line", "Kasper", "Nadia", "Emil",
         "Maja", "Rasmus", "Yasmin", "Tobias", "Camilla", "Oliver", "Sara", "Mads", "Ida", "Hassan"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Bech", "Holm", "Dahl", "Kaya", "Ali", "Lund", "Vestergaard"]
MENTOR_FIRST = ["Sara", "Lars", "Birgitte", "Henrik", "Mette", "Jesper", "Anne", "Morten", "Pia",
                "Kim", "Louise", "Thomas", "Helle", "Søren", "Dorthe", "Bo"]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self) -> str:
        while True:
            n = f"{self.pick(FIRST)} {self.pick(LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n

    def mentor(self) -> dict:
        first = self.pick(MENTOR_FIRST)
        last = self.pick(LAST)
        prov = self.pick(PROVIDERS)
        dom = prov.lower().replace(" & ", "og").replace(" ", "").replace("/", "")[:14]
        dom = dom.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        return {"name": f"{first} {last}", "first": first, "org": prov,
                "phone": f"{self.r.randint(20, 61)} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}",
                "mail": f"{first.lower().replace('ø', 'oe')}@{dom}.dk"}

    def caseworker(self, kom: str) -> dict:
        first, last = self.pick(FIRST), self.pick(LAST)
        return {"name": f"{first} {last}", "phone": f"{self.r.randint(20, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}",
                "mail": slug(f"{first[:2]}{last[:2]}") + "@" + slug(kom) + ".dk"}

    def cpr(self) -> str:
        d = dt.date(1970, 1, 1) + dt.timedelta(days=self.r.randint(0, 12000))
        return f"{d:%d%m%y}-{self.r.randint(1000, 9999)}"

    def casenr(self) -> str:
        return f"15.20.00-G01-{self.r.randint(100, 9999)}-{self.r.choice([25, 26])}"


# ---------------------------------------------------------------- dates and periods
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d:%d.%m.%Y}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def period_text(start: dt.date, end: dt.date, style: str) -> str:
    form = {"words": "{a} – {b}", "abbr": "{a} - {b}", "dots": "{a}-{b}", "slash": "fra {a} til {b}",
            "iso": "{a} til {b}", "short": "{a} – {b}"}[style]
    if style == "words" and start.year == end.year and random.Random(start.toordinal()).random() < 0.3:
        return f"{start.day}. {MONTHS[start.month - 1]} – {fmt_date(end, 'words')}"
    return form.format(a=fmt_date(start, style), b=fmt_date(end, style))


def make_period(g: Gen, over: bool) -> tuple[dt.date, dt.date, str]:
    start = dt.date(2026, g.r.randint(1, 8), g.pick([1, 1, 1, 15, 4, 10]))
    if over:
        kind = g.pick(["months", "months", "oneday"])
        end = (add_months(start, g.pick([7, 8, 9, 12])) - dt.timedelta(days=1)) if kind == "months" \
            else add_months(start, 6)
        trait = "period:over" if kind == "months" else "period:over-by-one-day"
    else:
        kind = g.pick(["six", "six", "three", "four", "five"])
        n = {"six": 6, "three": 3, "four": 4, "five": 5}[kind]
        end = add_months(start, n) - dt.timedelta(days=1)
        trait = "period:exact-six" if n == 6 else f"period:{n}-months"
    return start, end, trait


# ---------------------------------------------------------------- field texts
GOALS_CLEAR = [
    "{c} starter på grundforløb 1 på {school} i august 2026 og møder op alle skoledage de første otte uger.",
    "{c} er i virksomhedspraktik i {shop} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC og møder til mindst fire ud af fem undervisningsgange.",
    "{c} har et ordinært job som rengøringsassistent på 20 timer om ugen senest {d}.",
    "{c} fastholder sin praktik som lagermedarbejder hos {shop} og møder stabilt 25 timer om ugen.",
    "{c} begynder på HF-enkeltfag (dansk og engelsk) på {school} fra august 2026 og afleverer alle opgaver til tiden.",
    "{c} kommer i gang med AMU-kurset Truckcertifikat B og derefter i praktik i en lagervirksomhed inden {d}.",
    "{c} søger og får optagelse på SOSU-hjælperuddannelsen med studiestart januar 2027.",
    "{c} gennemfører FGU-basis på {school} og møder mindst 90 % af tiden i første halvår.",
    "{c} er i et fleksjob på 12 timer om ugen som pedelmedhjælper på en skole senest {d}.",
]
GOALS_VAGUE = [
    "Støtte til at komme videre og øget trivsel.",
    "At {c} får mere struktur på hverdagen og bedre selvværd.",
    "{c} skal arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Motivere {c} og sikre at hun/han får det bedre.",
    "Øget trivsel og livskvalitet.",
]
SCHOOLS = ["EUC Syd", "Mercantec", "Herningsholm Erhvervsskole", "VUC Storstrøm", "SOSU Nord",
           "FGU Midt- og Vestsjælland", "Tradium", "Zealand Business College"]
SHOPS = ["Føtex i Holstebro", "Netto på Vestergade", "Bygma Svendborg", "Harald Nyborg", "Lidl i Køge",
         "Plantorama", "Dagrofa Logistik"]
TASKS = [
    ["følge {c} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med kontakten til arbejdspladsen"],
    ["hjælpe med at få styr på post i e-Boks og aftaler i kalenderen", "følge med til møder i kommunen",
     "støtte i at komme op om morgenen og møde til tiden"],
    ["hjælp til lektier og afleveringer", "kontakt til studievejleder og SPS", "samtaler om at blive i uddannelsen"],
    ["træning i at bruge offentlig transport til skolen", "opfølgning på fravær sammen med kontaktlæreren"],
    ["jobsøgning og CV", "forberedelse til jobsamtaler", "hjælp i opstarten i det nye job"],
]
FOLLOWUPS = [
    "Statusmøde hver måned med {c}, mentor og sagsbehandler. Evaluering 14 dage før støtteperioden ophører.",
    "Mentor sender en kort status hver 3. måned. Vi holder et opfølgningsmøde i midten af perioden, hvor vi ser på delmålene.",
    "Vi følger op på aftalen hver 14. dag på et kort møde, og der evalueres fire uger før bevillingsudløb.",
    "Midtvejsevaluering efter 3 måneder; progression måles på fremmøde (delmål: 4 dage om ugen fra uge 16).",
]
APPEAL_GOOD = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
    "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {k} Kommune, Jobcenter {k}, inden 4 uger efter, at du har modtaget den. "
    "Klagen kan være mundtlig eller skriftlig. Vi vurderer afgørelsen igen, og fastholder vi den, sender vi "
    "klagen videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens §§ 66-67.",
    "Vil du klage, skal du kontakte din sagsbehandler senest 4 uger efter, at du har fået dette brev. Kommunen ser "
    "på sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens papirer til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.",
              "Har du spørgsmål til aftalen eller ønsker du at klage, er du velkommen til at kontakte din sagsbehandler."]
APPEAL_DIRECT = ("Er du uenig, kan du klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget "
                 "afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice.")
HOURS_OK = ["3 timer pr. uge", "1½ time om ugen", "halvanden time ugentligt", "to timer om ugen", "2 t/uge",
            "24 mentortimer i perioden", "2-3 timer pr. uge", "4 timer ugentligt", "8 timer om måneden"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]


def fill(s: str, c: str, extra: dict) -> str:
    return s.format(c=c, **extra)


# ---------------------------------------------------------------- mentor documents
def draw_fields(g: Gen, kind: str) -> dict:
    """Decide which defect (if any) a mentor document has; labels come from this choice."""
    pool_agr = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]
    pool_mp = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "missing-hours", "duration-over-6-months"]
    pool_dec = ["missing-appeal-guidance", "duration-over-6-months"]
    pool = {"agreement": pool_agr, "minplan": pool_mp, "decision": pool_dec}[kind]
    defects: list[str] = []
    if g.r.random() < {"agreement": 0.5, "minplan": 0.45, "decision": 0.4}[kind]:
        defects.append(g.pick(pool))
        if g.r.random() < 0.25:
            d2 = g.pick(pool)
            if d2 not in defects:
                defects.append(d2)
    if "missing-goal" in defects and "unclear-goal" in defects:
        defects.remove("unclear-goal")
    if "missing-duration" in defects and "duration-over-6-months" in defects:
        defects.remove("duration-over-6-months")
    return {"defects": sorted(defects)}


def mentor_content(g: Gen, kind: str, kom: str, citizen: str, defects: list[str]) -> dict:
    c_first = citizen.split()[0]
    ex = {"school": g.pick(SCHOOLS), "shop": g.pick(SHOPS),
          "d": fmt_date(dt.date(2026, g.r.randint(4, 10), 1), "words"), "k": kom}
    traits: list[str] = []
    f: dict = {}
    if "missing-goal" in defects:
        f["goal"] = g.pick([None, "Udfyldes senere", "-", "Klik eller tryk her for at skrive tekst."])
        traits.append(f"goal:{'absent' if f['goal'] is None else 'placeholder'}")
    elif "unclear-goal" in defects:
        f["goal"] = fill(g.pick(GOALS_VAGUE), c_first, ex)
        traits.append("goal:vague")
    else:
        f["goal"] = fill(g.pick(GOALS_CLEAR), c_first, ex)
    m = g.mentor()
    f["m"] = m
    if "missing-mentor" in defects:
        f["mentor_mode"] = g.pick(["name-only", "later"])
        traits.append(f"mentor:{f['mentor_mode']}")
    else:
        f["mentor_mode"] = g.pick(["full", "phone", "mail"])
    f["tasks"] = None if "missing-tasks" in defects else [fill(t, c_first, ex) for t in g.pick(TASKS)]
    if "missing-tasks" in defects:
        f["tasks_ph"] = g.pick([None, "-", "Aftales med mentor"])
        traits.append("tasks:absent")
    if "missing-duration" in defects:
        f["period"] = None
        f["period_ph"] = g.pick([None, "indtil videre", "Udfyldes senere"])
        traits.append("duration:absent")
    else:
        s, e, tr = make_period(g, "duration-over-6-months" in defects)
        f["period"] = (s, e)
        f["period_str"] = period_text(s, e, g.pick(["words", "abbr", "dots", "slash", "iso", "short"]))
        traits.append(tr)
    if "missing-hours" in defects:
        f["hours"] = g.pick([None, g.pick(HOURS_VAGUE)])
        traits.append("hours:" + ("absent" if f["hours"] is None else "vague"))
    else:
        f["hours"] = g.pick(HOURS_OK)
        traits.append("hours:" + f["hours"].split()[0])
    fu = FOLLOWUPS if f["goal"] not in (None, "-", "Udfyldes senere", "Klik eller tryk her for at skrive tekst.") \
        else FOLLOWUPS[:3]
    f["follow"] = None if "missing-follow-up" in defects else fill(g.pick(fu), c_first, ex)
    if "missing-appeal-guidance" in defects:
        f["appeal"] = g.pick([None, g.pick(APPEAL_BAD)])
        traits.append("appeal:" + ("absent" if f["appeal"] is None else "incomplete"))
        f["appeal_direct"] = False
    else:
        direct = g.r.random() < 0.12
        f["appeal_direct"] = direct
        f["appeal"] = APPEAL_DIRECT if direct else fill(g.pick(APPEAL_GOOD), c_first, ex)
        if direct:
            traits.append("appeal:direct-route")
    f["traits"] = traits
    return f


def mentor_value(f: dict, style: str = "line") -> str:
    m = f["m"]
    mode = f["mentor_mode"]
    if mode == "later":
        return "Tildeles senere"
    if mode == "name-only":
        return f"{m['name']}, {m['org']}"
    if mode == "phone":
        return f"{m['name']}, {m['org']}, tlf. {m['phone']}"
    if mode == "mail":
        return f"{m['name']} ({m['org']}), mail: {m['mail']}"
    return f"{m['name']}, {m['org']}, tlf. {m['phone']}, {m['mail']}"


def agreement_doc(g: Gen, layout: str, kom: tuple, citizen: str, f: dict, cpr: str | None,
                  cw: dict, dated: dt.date) -> dict:
    k = kom[0]
    c_first = citizen.split()[0]
    title = g.pick(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                    "Samarbejdsaftale – mentorstøtte efter LAB § 167"])
    head = f"Jobcenter {k}" if g.r.random() < 0.5 else f"{k} Kommune · Beskæftigelse"
    ids = [("Borger", citizen)] + ([("CPR-nr.", cpr)] if cpr else []) + [("Sagsnr.", g.casenr())]
    blocks: list = []
    goal_txt = f["goal"]
    if layout == "table":
        rows = list(ids)
        rows.append(("Mål med mentorstøtten", goal_txt or "")) if goal_txt is not None else None
        rows.append(("Mentor (navn og kontaktdata)", mentor_value(f)))
        if f["tasks"]:
            rows.append(("Mentorens opgaver", "; ".join(f["tasks"])))
        elif f.get("tasks_ph"):
            rows.append(("Mentorens opgaver", f["tasks_ph"]))
        if f["period"]:
            rows.append(("Periode", f["period_str"]))
        elif f.get("period_ph"):
            rows.append(("Periode", f["period_ph"]))
        if f["hours"]:
            rows.append(("Timetal", f["hours"]))
        if f["follow"]:
            rows.append(("Opfølgning", f["follow"]))
        blocks.append(("kv", rows))
        if f["appeal"]:
            blocks += [("h", 1, "Klagevejledning"), ("p", f["appeal"])]
        blocks.append(("p", f"Aftalen er indgået den {fmt_date(dated, 'words')}.\n\n"
                            f"_____________________          _____________________\n{citizen}          {cw['name']}, sagsbehandler"))
    elif layout == "headings":
        blocks.append(("kv", ids))
        if goal_txt is not None:
            blocks += [("h", 1, g.pick(["Borgerens mål", "Målet med mentorstøtten", "Formål"])), ("p", goal_txt)]
        m = f["m"]
        blocks.append(("h", 1, g.pick(["Mentors kontaktdata", "Din mentor", "Mentor"])))
        if f["mentor_mode"] == "later":
            blocks.append(("p", "Mentor tildeles senere."))
        else:
            lines = [f"Navn: {m['name']}", f"Firma: {m['org']}"]
            if f["mentor_mode"] in ("full", "phone"):
                lines.append(f"Telefon: {m['phone']}")
            if f["mentor_mode"] in ("full", "mail"):
                lines.append(f"E-mail: {m['mail']}")
            blocks.append(("p", "\n".join(lines)))
        if f["tasks"]:
            blocks += [("h", 1, g.pick(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder"])),
                       ("ul", f["tasks"])]
        elif f.get("tasks_ph"):
            blocks += [("h", 1, "Mentorens opgaver"), ("p", f["tasks_ph"])]
        if f["period"] or f.get("period_ph") or f["hours"]:
            blocks.append(("h", 1, "Varighed og timetal"))
            txt = []
            if f["period"]:
                txt.append(f"Støtten gives i perioden {f['period_str']}.")
            elif f.get("period_ph"):
                txt.append(f"Periode: {f['period_ph']}.")
            if f["hours"]:
                txt.append(f"Timetal: {f['hours']}." if f["hours"] not in HOURS_VAGUE
                           else f"Mentor er til rådighed {f['hours']}.")
            blocks.append(("p", " ".join(txt)))
        if f["follow"]:
            blocks += [("h", 1, "Opfølgning og progression"), ("p", f["follow"])]
        if f["appeal"]:
            blocks += [("h", 1, g.pick(["Klagevejledning", "Sådan klager du"])), ("p", f["appeal"])]
        blocks.append(("p", f"Med venlig hilsen\n{cw['name']}\nJobcenter {k}\nDirekte tlf. {cw['phone']}"))
    elif layout == "letter":
        m = f["m"]
        blocks.append(("p", f"Kære {c_first}"))
        blocks.append(("p", "Her er den aftale om mentorstøtte, som vi lavede på mødet "
                            f"{fmt_date(dated, 'words')}."))
        if goal_txt is not None and goal_txt not in ("-", "Udfyldes senere", "Klik eller tryk her for at skrive tekst."):
            blocks.append(("p", "Vi har aftalt følgende mål for forløbet:\n" + goal_txt))
        elif goal_txt is not None:
            blocks.append(("p", "Vi har aftalt følgende mål for forløbet:\n" + goal_txt))
        if f["mentor_mode"] == "later":
            blocks.append(("p", "Du får besked om, hvem din mentor bliver, når forløbet er på plads."))
        elif f["mentor_mode"] == "name-only":
            blocks.append(("p", f"Din mentor er {m['name']} fra {m['org']}."))
        else:
            contact = {"full": f"tlf. {m['phone']} eller {m['mail']}", "phone": f"tlf. {m['phone']}",
                       "mail": f"mail {m['mail']}"}[f["mentor_mode"]]
            blocks.append(("p", f"Din mentor er {m['name']} fra {m['org']}. Du kan fange {m['first']} på {contact}."))
        if f["tasks"]:
            blocks.append(("p", f"{m['first']} skal hjælpe dig med:"))
            blocks.append(("ul", f["tasks"]))
        elif f.get("tasks_ph"):
            blocks.append(("p", f"Hvad {m['first']} skal hjælpe med: {f['tasks_ph']}"))
        sent = []
        if f["period"]:
            sent.append(f"Mentorstøtten løber {f['period_str']}")
        elif f.get("period_ph"):
            sent.append(f"Mentorstøtten løber {f['period_ph']}")
        if f["hours"]:
            sent.append(f"og I ses {f['hours']}" if sent else f"I ses {f['hours']}")
        if sent:
            blocks.append(("p", " ".join(sent) + ". Det præcise tidspunkt aftaler I efter aftale med hinanden."))
        if f["follow"]:
            blocks.append(("p", f["follow"]))
        if f["appeal"]:
            blocks.append(("p", f["appeal"]))
        blocks.append(("p", f"Venlig hilsen\n{cw['name']}\nJobkonsulent, Jobcenter {k}\nTlf. {cw['phone']}\n{cw['mail']}"))
    else:  # numbered: the six points of a quality standard
        m = f["m"]
        blocks.append(("kv", ids))
        items = []
        if goal_txt is not None:
            items.append(f"Målet med mentorstøtten: {goal_txt}")
        items.append(f"Mentorens navn og kontaktdata: {mentor_value(f)}")
        if f["tasks"]:
            items.append("Opgaver mentor skal bistå ved: " + ", ".join(f["tasks"]))
        elif f.get("tasks_ph"):
            items.append(f"Opgaver mentor skal bistå ved: {f['tasks_ph']}")
        if f["period"]:
            items.append(f"Varighed: {f['period_str']}")
        elif f.get("period_ph"):
            items.append(f"Varighed: {f['period_ph']}")
        if f["follow"]:
            items.append(f"Opfølgning inkl. mål for progression: {f['follow']}")
        if f["hours"]:
            items.append(f"Timetal: {f['hours']}")
        if f["appeal"]:
            items.append(f"Klagevejledning: {f['appeal']}")
        blocks.append(("ol", items))
        blocks.append(("p", f"Underskrevet {fmt_date(dated, 'dots')} af borger og sagsbehandler {cw['name']}."))
    return {"title": title, "header": head, "blocks": blocks,
            "footer": f"Jobcenter {k} · {kom[1]} · tlf. {kom[2]}"}


def decision_doc(g: Gen, layout: str, kom: tuple, citizen: str, f: dict, cpr: str | None, cw: dict,
                 dated: dt.date, variant: str) -> tuple[dict, list[str]]:
    k = kom[0]
    extras: list[str] = []
    c_first = citizen.split()[0]
    title = {"partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "partial-noreasons": "Afgørelse om mentorstøtte",
             "refusal": g.pick(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"]),
             "stop": "Afgørelse om ophør af mentorstøtte"}.get(variant) or g.pick(
        ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentorstøtte"])
    sender = f"{k} Kommune\nJobcenter {k}\n{kom[1]}"
    blocks: list = [("p", f"{citizen}\n" + (f"CPR-nr. {cpr}\n" if cpr else "") + f"Dato: {fmt_date(dated, 'words')}\nSagsnr. {g.casenr()}")]
    hours = f["hours"] or "3 timer om ugen"
    if variant == "partial":
        blocks.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Du får delvis bevilget "
                            f"mentorstøtte: {hours} i perioden {f['period_str']}."))
    elif variant == "partial-noreasons":
        blocks.append(("p", f"Kære {c_first}\n\nDu har søgt om 6 timers mentorstøtte om ugen. Du får bevilget færre "
                            f"timer, nemlig {hours}, i perioden {f['period_str']}."))
    elif variant == "refusal":
        blocks.append(("p", f"Kære {c_first}\n\nDu har den {fmt_date(dated - dt.timedelta(days=20), 'words')} søgt om "
                            "mentorstøtte. Vi har givet dig afslag."))
        blocks += [("h", 1, "Begrundelse"),
                   ("p", "Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats kan kun gives, når der er et "
                         "mål om beskæftigelse eller uddannelse. Vi har lagt vægt på, at du i dag er i ordinært job og "
                         "selv klarer kontakten til arbejdspladsen. Vi har også lagt vægt på oplysningerne fra dit "
                         "seneste møde med din virksomhedskonsulent.")]
    elif variant == "stop":
        blocks.append(("p", f"Kære {c_first}\n\nDin mentorstøtte ophører den {fmt_date(dated + dt.timedelta(days=14), 'words')}."))
        blocks += [("h", 1, "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du nu er startet på din uddannelse og møder stabilt, og at formålet "
                         "med mentorstøtten dermed er nået, jf. LAB § 167.")]
    else:
        blocks.append(("p", f"Kære {c_first}\n\nDu har fået bevilget mentorstøtte efter § 167 i lov om en aktiv "
                            "beskæftigelsesindsats."))
        if f["period"]:
            blocks.append(("p", f"Bevillingen gælder i perioden {f['period_str']} med {hours}."))
    if layout != "bilag" and variant not in ("refusal", "stop"):
        blocks.append(("p", f"Din mentor bliver {f['m']['name']} fra {f['m']['org']}, som kontakter dig inden for en uge."))
    if variant in ("partial", "partial-noreasons"):
        if variant == "partial":
            blocks += [("h", 1, "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at du allerede har støtte fra din kontaktlærer på skolen, og at "
                             "mentorstøtte efter LAB § 167, stk. 1, gives i højst 6 måneder ad gangen. Vi vurderer, "
                             f"at {hours} er tilstrækkeligt til at nå målet.")]
        else:
            extras.append("missing-reasons")
    elif variant == "grant" and g.r.random() < 0.6:
        blocks += [("h", 1, "Begrundelse"),
                   ("p", "Vi har vurderet, at du har brug for støtte for at kunne gennemføre dit forløb, jf. LAB § 167. "
                         f"Målet er: {f['goal'] or 'at du kommer i uddannelse eller job'}")]
    if layout == "bilag":
        blocks.append(("p", "Aftalen om mentorstøtte er vedlagt som bilag 1."))
    if f["appeal"]:
        blocks += [("h", 1, g.pick(["Klagevejledning", "Hvis du vil klage"])), ("p", f["appeal"])]
    blocks.append(("p", f"Med venlig hilsen\n\n{cw['name']}\nSagsbehandler\nDirekte: {cw['phone']}"))
    if layout == "bilag":
        m = f["m"]
        blocks.append(("h", 1, "Bilag 1: Aftale om mentorstøtte"))
        blocks.append(("kv", [("Mål", f["goal"] or ""), ("Mentor", f"{m['name']}, {m['org']}, tlf. {m['phone']}"),
                              ("Opgaver", "; ".join(f["tasks"] or TASKS[0][:2]).format(c=c_first)),
                              ("Periode", f["period_str"] if f["period"] else ""), ("Timer", hours),
                              ("Opfølgning", FOLLOWUPS[0].format(c=c_first))]))
    return ({"title": title, "sender": sender, "blocks": blocks,
             "footer": f"{k} Kommune · CVR 29189919 · {kom[2]}"}, extras)


def minplan_doc(g: Gen, layout: str, kom: tuple, citizen: str, f: dict, cpr: str | None, several: bool) -> dict:
    m = f["m"]
    k = kom[0]
    c_first = citizen.split()[0]
    other = [("Virksomhedspraktik", f"Praktik som butiksmedhjælper i {g.pick(SHOPS)}",
              "1. april 2026 – 30. juni 2026", "15 timer pr. uge", f"Kontaktperson: {g.person()}, tlf. 40 11 22 33"),
             ("Danskuddannelse", "Modul 3 på sprogcentret", "Løbende", "9 timer pr. uge", "Sprogcenter, tlf. 72 10 10 10"),
             ("Samtale", "Opfølgningssamtale i jobcentret", "12. maj 2026 kl. 10.00", "", "")]
    rows_mentor: list = []
    if f["goal"] is not None:
        rows_mentor.append(("Formål", f["goal"]))
    mv = mentor_value(f)
    rows_mentor.append(("Mentor", mv))
    if f["tasks"]:
        rows_mentor.append(("Mentorens opgaver", "; ".join(f["tasks"])))
    elif f.get("tasks_ph"):
        rows_mentor.append(("Mentorens opgaver", f["tasks_ph"]))
    if f["period"]:
        rows_mentor.append(("Periode", f["period_str"]))
    elif f.get("period_ph"):
        rows_mentor.append(("Periode", f["period_ph"]))
    if f["hours"]:
        rows_mentor.append(("Timer", f["hours"]))
    blocks: list = []
    if layout == "jobnet":
        title = "Min Plan"
        blocks.append(("p", f"Udskrevet fra Jobnet {fmt_date(dt.date(2026, g.r.randint(2, 9), g.r.randint(1, 28)), 'dots')} kl. 10:{g.r.randint(10, 59)}\n"
                            f"{citizen}" + (f" · {cpr}" if cpr else "")))
        if not any(t.startswith("goal:") for t in f["traits"]):
            blocks.append(("h", 1, "Dit mål"))
            blocks.append(("p", g.pick(["Job inden for detail", "Uddannelse", "Job som lagermedarbejder"])))
        blocks.append(("h", 1, "Dine aktiviteter"))
        if several:
            o = g.pick(other)
            blocks.append(("h", 2, o[0]))
            blocks.append(("kv", [("Beskrivelse", o[1]), ("Periode", o[2])] + ([("Timer", o[3])] if o[3] else [])
                           + ([("Kontakt", o[4])] if o[4] else [])))
        blocks.append(("h", 2, "Mentorstøtte"))
        blocks.append(("kv", rows_mentor))
        if several and g.r.random() < 0.5:
            o = other[2]
            blocks.append(("h", 2, o[0]))
            blocks.append(("kv", [("Beskrivelse", o[1]), ("Tidspunkt", o[2])]))
        blocks.append(("p", "Har du spørgsmål til din plan, så kontakt jobcentret via Digital Post på Jobnet."))
    else:  # case-system print (Momentum / DUBU-like export)
        title = f"Plan – {citizen}"
        blocks.append(("kv", [("Borger", citizen)] + ([("CPR", cpr)] if cpr else []) +
                       [("Jobcenter", f"Jobcenter {k}"), ("Planversion", str(g.r.randint(2, 9))),
                        ("Udskrevet", fmt_date(dt.date(2026, g.r.randint(2, 9), g.r.randint(1, 28)), "dots"))]))
        acts = []
        if several:
            o = g.pick(other[:2])
            acts.append([o[0], o[2], o[3] or "-", o[4] or "-"])
        acts.append(["Mentorstøtte (LAB § 167)", f["period_str"] if f["period"] else (f.get("period_ph") or ""),
                     f["hours"] or "", mv])
        blocks.append(("h", 1, "Aktiviteter"))
        blocks.append(("table", ["Aktivitet", "Periode", "Omfang", "Kontakt"], acts))
        blocks.append(("h", 1, "Mentorstøtte – detaljer"))
        det = [r for r in rows_mentor if r[0] in ("Formål", "Mentorens opgaver")]
        if det:
            blocks.append(("kv", det))
        else:
            blocks.append(("p", "Ingen yderligere beskrivelse."))
    return {"title": title, "blocks": blocks, "footer": f"Jobcenter {k}" if layout != "jobnet" else "Jobnet.dk"}


# ---------------------------------------------------------------- documents that are none of the kinds
def u_minutes(g: Gen, kom, cit, cpr):
    k = kom[0]
    m = g.mentor()
    return {"title": f"Referat af teammøde – Ungeindsatsen, Jobcenter {k}",
            "blocks": [("kv", [("Dato", "8. april 2026 kl. 9.00-10.30"), ("Sted", "Mødelokale 2"),
                               ("Deltagere", "AB, KL, MH, SJ (ref.)"), ("Afbud", "PT")]),
                       ("h", 1, "1. Mentorkontrakter 2026"),
                       ("p", f"Kontrakten med {m['org']} forlænges til 31. december 2026. Vi har i 1. kvartal brugt "
                             "412 mentortimer mod budgetteret 380. Timetal pr. borger ligger i snit på 2,5 timer om ugen."),
                       ("h", 1, "2. Ny skabelon til mentoraftale"),
                       ("p", "Skabelonen skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, "
                             "timetal og klagevejledning. KL laver et udkast til næste møde."),
                       ("h", 1, "3. Eventuelt"),
                       ("p", "Husk at perioder på mere end 6 måneder kræver en ny vurdering. Næste møde 6. maj.")]}


def u_invoice(g: Gen, kom, cit, cpr):
    m = g.mentor()
    init = "".join(x[0] for x in cit.split())
    rows = [[f"Mentorstøtte {init}" + (f" ({cpr})" if cpr else ""), "marts 2026", "12", "495,00", "5.940,00"],
            ["Kørsel", "marts 2026", "84 km", "3,79", "318,36"]]
    return {"title": f"Faktura nr. {g.r.randint(20260100, 20260999)}",
            "sender": f"{m['org']}\nCVR {g.r.randint(30000000, 45000000)}\n{m['mail']}",
            "blocks": [("p", f"{kom[0]} Kommune\nJobcenter – Kreditorbogholderiet\nEAN 5798{g.r.randint(100000000, 999999999)}"),
                       ("kv", [("Fakturadato", "2. april 2026"), ("Betalingsfrist", "30 dage netto"),
                               ("Rekvirent", g.person()), ("Ordre", f"Bestilling {g.r.randint(1000, 9999)}")]),
                       ("table", ["Ydelse", "Periode", "Antal", "Pris", "Beløb"], rows),
                       ("p", "Subtotal 6.258,36 · Moms 25 % 1.564,59 · I alt DKK 7.822,95"),
                       ("p", f"Mentor: {m['name']}, tlf. {m['phone']}. Timesedler er vedlagt.")]}


def u_status(g: Gen, kom, cit, cpr):
    m = g.mentor()
    c = cit.split()[0]
    return {"title": g.pick(["Statusrapport fra mentor", "Mentorstatus – midtvejs", "Status på mentorforløb"]),
            "blocks": [("kv", [("Borger", cit)] + ([("CPR-nr.", cpr)] if cpr else []) +
                       [("Mentor", f"{m['name']}, {m['org']}, tlf. {m['phone']}"),
                        ("Periode for status", "1. marts – 30. april 2026"), ("Brugte timer", "17 af 24")]),
                       ("h", 1, "Mål for forløbet"),
                       ("p", f"{c} skal starte på grundforløb på {g.pick(SCHOOLS)} i august 2026."),
                       ("h", 1, "Hvordan går det?"),
                       ("p", f"{c} er mødt til 7 ud af 8 aftaler. Vi har arbejdet med struktur om morgenen og med "
                             "transport. Fremmødet i praktikken er steget fra 2 til 4 dage om ugen."),
                       ("h", 1, "Anbefaling"),
                       ("p", "Jeg anbefaler, at forløbet fortsætter med 2 timer om ugen resten af perioden, og at vi "
                             "holder statusmøde med sagsbehandler i uge 22.")]}


def u_guidance(g: Gen, kom, cit, cpr):
    k = kom[0]
    return {"title": "Mentorstøtte",
            "blocks": [("p", f"Her kan du læse om mentorstøtte i {k} Kommune."),
                       ("h", 1, "Hvad er en mentor?"),
                       ("p", "En mentor er en person, der kan hjælpe dig med at komme i job eller uddannelse eller blive "
                             "i det. Mentoren kan fx hjælpe dig med at møde til tiden, skabe overblik og tale med din "
                             "arbejdsplads."),
                       ("h", 1, "Hvad står der i aftalen?"),
                       ("p", "Når du får en mentor, laver vi en skriftlig aftale. Den indeholder:"),
                       ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                               "hvor længe I forventer at arbejde sammen", "hvor mange timer om ugen", "hvordan vi følger op"]),
                       ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse."),
                       ("h", 1, "Klagemuligheder"),
                       ("p", "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
                             "Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen."),
                       ("p", f"Kontakt Jobcenter {k} på tlf. {kom[2]}. Siden er opdateret 3. februar 2026.")]}


def u_quality(g: Gen, kom, cit, cpr):
    k = kom[0]
    return {"title": f"Kvalitetsstandard for mentorstøtte – {k} Kommune 2026",
            "blocks": [("kv", [("Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats kap. 26, §§ 167-171"),
                               ("Målgruppe", "Alle målgrupper i LAB § 6"), ("Godkendt", "Beskæftigelsesudvalget 14. januar 2026")]),
                       ("h", 1, "Formål med indsatsen"),
                       ("p", "At borgeren kommer i eller fastholdes i job eller uddannelse."),
                       ("h", 1, "Serviceniveau"),
                       ("table", ["Niveau", "Timer", "Opfølgning"],
                        [["1", "0-1 time pr. uge", "hver 3. måned"], ["2", "1-2 timer pr. uge", "hver måned"],
                         ["3", "mere end 2 timer pr. uge", "hver måned"]]),
                       ("h", 1, "Krav til den skriftlige aftale"),
                       ("ol", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Opgaver mentor skal bistå ved",
                               "Varighed og opfølgning – inkl. mål for progression", "Timetal", "Klagevejledning"]),
                       ("p", "Støtten bevilges for højst 6 måneder. Der evalueres altid 14 dage inden støtteperioden ophører.")]}


def u_leaflet(g: Gen, kom, cit, cpr):
    return {"title": "Har du brug for en mentor?",
            "blocks": [("p", "En mentor kan give dig en hånd, når du skal i gang med job, praktik eller uddannelse."),
                       ("h", 1, "Hvad kan mentoren hjælpe med?"),
                       ("ul", ["Komme op om morgenen", "Finde vej til skolen eller arbejdspladsen", "Tale med chefen",
                               "Få styr på papirer"]),
                       ("h", 1, "Hvor meget tid?"),
                       ("p", "Typisk 1-3 timer om ugen i op til 6 måneder. Det aftaler du med din sagsbehandler."),
                       ("p", f"Spørg din rådgiver i Jobcenter {kom[0]}, eller ring {kom[2]}.")]}


def u_private(g: Gen, kom, cit, cpr):
    club = g.pick(["B.93 Ungdom", "Vejle Boldklub Fodboldskole", "Friskolen i Ølby", "Nørre Nebel Friskole",
                   "Aalborg Håndbold Akademi"])
    m = g.mentor()
    return {"title": f"Mentoraftale – {club}",
            "blocks": [("p", f"Denne aftale er mellem {cit} (elev/spiller), forældre og {club}s frivillige mentorordning."),
                       ("kv", [("Mentor", f"{m['name']}, tlf. {m['phone']}"), ("Mål", "At komme godt igennem 9. klasse og "
                               "søge ind på en ungdomsuddannelse"), ("Hvad laver vi", "Lektiecafé og en snak efter træning"),
                               ("Periode", "Skoleåret 2026/27"), ("Tid", "1 time om ugen, tirsdag efter træning")]),
                       ("p", "Mentorordningen er gratis og frivillig og har ikke noget med kommunen at gøre. Begge parter "
                             "kan stoppe aftalen, når de vil."),
                       ("p", "Underskrift elev: ____________   Forælder: ____________   Mentor: ____________")]}


def u_advert(g: Gen, kom, cit, cpr):
    m = g.mentor()
    return {"title": f"{m['org']} søger mentorer (deltid, 15-25 timer)",
            "blocks": [("p", "Vil du gøre en forskel for unge og voksne på vej mod job og uddannelse?"),
                       ("h", 1, "Dine opgaver"),
                       ("ul", ["Mentorforløb med borgere henvist fra jobcentre", "Samarbejde med sagsbehandlere om mål og opfølgning",
                               "Skrive statusrapporter"]),
                       ("h", 1, "Vi tilbyder"),
                       ("p", "Løn efter kvalifikationer, firmabil og fleksible arbejdstider. Tiltrædelse 1. marts 2026."),
                       ("p", f"Send ansøgning til {m['mail']} senest 15. januar 2026. Spørgsmål: {m['name']}, tlf. {m['phone']}.")]}


def u_course(g: Gen, kom, cit, cpr):
    return {"title": "Kursusprogram: Mentoruddannelse modul 1-3 (AMU 47541)",
            "blocks": [("table", ["Dag", "Tid", "Emne"],
                        [["Mandag 14. sep.", "9.00-15.00", "Mentorrollen og lovgrundlaget (LAB § 167)"],
                         ["Tirsdag 15. sep.", "9.00-15.00", "Målsætning: SMARTe mål og progression"],
                         ["Onsdag 16. sep.", "9.00-14.00", "Samtaleteknik og svære samtaler"]]),
                       ("p", "Kurset henvender sig til medarbejdere, der fungerer som mentor for borgere i job eller "
                             "uddannelse. Undervisere: Lone Krag og Per Ibsen. Sted: AMU Syd, Vejle."),
                       ("p", "Tilmelding på efteruddannelse.dk senest 1. september.")]}


def u_hearing(g: Gen, kom, cit, cpr):
    k = kom[0]
    c = cit.split()[0]
    return {"title": "Partshøring – vi overvejer at stoppe din mentorstøtte",
            "sender": f"Jobcenter {k}\n{kom[1]}",
            "blocks": [("p", f"{cit}\n" + (f"CPR-nr. {cpr}\n" if cpr else "") + "Dato: 3. juni 2026"),
                       ("p", f"Kære {c}\n\nVi overvejer at stoppe din mentorstøtte fra 1. juli 2026, fordi du ikke er mødt "
                             "op til de sidste fire aftaler med din mentor."),
                       ("p", "Før vi træffer en afgørelse, vil vi gerne høre din mening. Du kan sende dine bemærkninger "
                             "senest 17. juni 2026, eller ringe til mig. Vi har ikke truffet en afgørelse endnu."),
                       ("p", "Venlig hilsen\nJobcenter " + k)]}


def u_order(g: Gen, kom, cit, cpr):
    m = g.mentor()
    c = cit.split()[0]
    return {"title": "Bestilling af mentorforløb",
            "blocks": [("kv", [("Til", f"{m['org']}, att. {m['name']}"), ("Fra", f"Jobcenter {kom[0]}"),
                               ("Borger", cit)] + ([("CPR", cpr)] if cpr else []) +
                       [("Forløb", "Mentorstøtte efter LAB § 167, 3 timer pr. uge"), ("Periode", "1. maj – 31. oktober 2026"),
                        ("Formål", f"{c} skal fastholdes i sin praktik hos {g.pick(SHOPS)}"),
                        ("Pris", "495 kr. pr. time ifølge rammeaftale")]),
                       ("p", "Leverandøren bekræfter opstart inden 5 hverdage og sender statusrapport hver måned. "
                             "Faktureres månedsvis bagud.")]}


def u_ankestyrelsen(g: Gen, kom, cit, cpr):
    k = kom[0]
    return {"title": "Ankestyrelsens afgørelse",
            "sender": "Ankestyrelsen\n7998 Statsservice\nTlf. 33 41 12 00",
            "blocks": [("p", f"Sagsnummer: 26-{g.r.randint(10000, 99999)}\nKlager: {cit}\nKommune: {k} Kommune\n"
                             "Dato: 12. september 2026"),
                       ("h", 1, "Resultat"),
                       ("p", f"Vi giver dig ikke medhold i din klage over {k} Kommunes afgørelse af 2. maj 2026 om "
                             "mentorstøtte. Det betyder, at kommunens afgørelse er rigtig."),
                       ("h", 1, "Begrundelse"),
                       ("p", "Efter § 167 i lov om en aktiv beskæftigelsesindsats kan der gives mentorstøtte i en periode "
                             "på højst 6 måneder. Vi har lagt vægt på, at du fra 1. juni 2026 er i ordinær uddannelse."),
                       ("p", "Du kan ikke klage over denne afgørelse til en anden administrativ myndighed.")]}


def u_mail_meeting(g: Gen, kom, cit, cpr):
    m = g.mentor()
    return {"title": "", "eml": {"from": f"{m['name']} <{m['mail']}>", "to": f"jobcenter@{kom[0].lower().replace('æ','ae').replace('ø','oe')}.dk",
                                 "subject": "Statusmøde om mentorforløb torsdag"},
            "blocks": [("p", "Hej Lene"),
                       ("p", "Kan vi flytte statusmødet om mentorforløbet for J.N. fra torsdag kl. 10 til fredag kl. 13? "
                             "Jeg har brugt 14 af de 24 timer, og vi skal nok snakke om, om perioden skal forlænges."),
                       ("p", f"Mvh\n{m['name']}\n{m['org']}\ntlf. {m['phone']}")]}


def u_reconsider(g: Gen, kom, cit, cpr):
    k = kom[0]
    return {"title": "Genvurdering af din klage – vi fastholder afgørelsen",
            "sender": f"Jobcenter {k}\n{kom[1]}",
            "blocks": [("p", f"{cit}\nDato: 20. maj 2026"),
                       ("p", "Vi har modtaget din klage af 4. maj 2026 over vores afgørelse om mentorstøtte. Vi har "
                             "genvurderet sagen, men vi fastholder afgørelsen."),
                       ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle "
                             "klagen. Du hører fra Ankestyrelsen.")]}


def u_calendar(g: Gen, kom, cit, cpr):
    m = g.mentor()
    return {"title": "Mine aftaler",
            "blocks": [("p", "Udskrift fra Jobnet"),
                       ("table", ["Dato", "Tid", "Aftale", "Sted"],
                        [["5. maj 2026", "10.00", f"Møde med mentor {m['name']}", "Biblioteket"],
                         ["12. maj 2026", "13.30", "Opfølgningssamtale", f"Jobcenter {kom[0]}"],
                         ["19. maj 2026", "10.00", "Møde med mentor", "Café Kaffesalonen"]])]}


def u_budget(g: Gen, kom, cit, cpr):
    k = kom[0]
    return {"title": f"Budgetspørgsmål nr. 14 – udgifter til mentorstøtte ({k} Kommune)",
            "blocks": [("p", "Spørgsmål fra Beskæftigelsesudvalget: Hvor mange borgere har fået mentorstøtte i 2025, og hvad "
                             "har det kostet?"),
                       ("table", ["Målgruppe", "Borgere", "Timer", "Udgift (kr.)"],
                        [["Uddannelseshjælp", "142", "9.870", "4.880.000"], ["Kontanthjælp", "96", "6.210", "3.070.000"],
                         ["Sygedagpenge", "31", "1.420", "702.000"]]),
                       ("p", "Fra 1. januar 2026 gælder et loft over udgifterne til mentorstøtte (LAB § 203 a). "
                             "Forvaltningen forventer at overholde loftet.")]}


def u_sent_note(g: Gen, kom, cit, cpr):
    return {"title": "Journalnotat – dokument sendt",
            "blocks": [("p", f"{fmt_date(dt.date(2026, 3, g.r.randint(1, 28)), 'dots')}: Mentoraftale og afgørelse om mentorstøtte "
                             f"sendt til borger {cit} via Digital Post. Kopi sendt til mentor via sikker mail. /{g.pick(['AB', 'KL', 'MH'])}")]}


def u_plan_other(g: Gen, kom, cit, cpr):
    return {"title": "Min Plan",
            "blocks": [("p", f"Udskrevet fra Jobnet 14.04.2026\n{cit}"),
                       ("h", 1, "Dit mål"), ("p", "Job som chauffør"),
                       ("h", 1, "Dine aktiviteter"),
                       ("h", 2, "Virksomhedspraktik"),
                       ("kv", [("Beskrivelse", "Praktik hos Dagrofa Logistik"), ("Periode", "1. april 2026 – 30. juni 2026"),
                               ("Timer", "20 timer pr. uge"), ("Kontakt", f"{g.person()}, tlf. 40 12 34 56")]),
                       ("h", 2, "Kursus"),
                       ("kv", [("Beskrivelse", "AMU: Kørekort kategori C"), ("Periode", "uge 28-33")])]}


def u_annual(g: Gen, kom, cit, cpr):
    m = g.mentor()
    return {"title": f"Årsberetning 2025 – {m['org']}",
            "blocks": [("p", f"I 2025 havde vi 212 mentorforløb for 9 kommuner. 61 % af borgerne var i job eller uddannelse "
                             "ved forløbets afslutning."),
                       ("h", 1, "Vores mentorer"),
                       ("p", "Vi har 14 mentorer med baggrund som pædagog, socialrådgiver eller faglært. Alle har "
                             "gennemført mentoruddannelsen."),
                       ("h", 1, "Sådan arbejder vi"),
                       ("p", "Hvert forløb starter med et opstartsmøde, hvor vi sammen med borger og sagsbehandler "
                             "aftaler mål, opgaver, timetal og opfølgning. Forløbene varer typisk 3-6 måneder."),
                       ("p", f"Kontakt: {m['name']}, daglig leder, tlf. {m['phone']}")]}


def u_newsletter_mail(g: Gen, kom, cit, cpr):
    return {"title": "", "eml": {"from": f"Nyhedsbrev <nyhed@jobcenter{kom[0].lower().replace('ø','oe')}.dk>",
                                 "to": "alle-medarbejdere@kommune.dk", "subject": "Nyt om mentorstøtte efter reformen"},
            "blocks": [("p", "Kære alle"),
                       ("p", "Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret' i vores breve. Husk at "
                             "bruge den nye skabelon til mentoraftaler, som ligger på intranettet."),
                       ("p", "Den nye skabelon har felter til mål, mentor, opgaver, periode, timer, opfølgning og "
                             "klagevejledning. Spørgsmål til Jura-teamet.")]}


def u_mentor_log(g: Gen, kom, cit, cpr):
    return {"title": "Timeseddel – mentor",
            "blocks": [("kv", [("Borger (initialer)", "".join(x[0] for x in cit.split())), ("Måned", "April 2026")]),
                       ("table", ["Dato", "Timer", "Indhold"],
                        [["2/4", "2", "Fulgt til praktik"], ["9/4", "1,5", "Samtale om transport"],
                         ["16/4", "2", "Møde på arbejdspladsen"], ["23/4", "1", "Telefonsamtale"]]),
                       ("p", "I alt 6,5 timer. Underskrift mentor: ____________")]}


UNKNOWN_BUILDERS = {
    "referat": u_minutes, "faktura": u_invoice, "statusrapport": u_status, "vejledning": u_guidance,
    "kvalitetsstandard": u_quality, "pjece": u_leaflet, "privat-mentoraftale": u_private, "jobopslag": u_advert,
    "kursusprogram": u_course, "partshoering": u_hearing, "bestilling": u_order, "ankestyrelsen": u_ankestyrelsen,
    "mail-moede": u_mail_meeting, "genvurdering-fastholdt": u_reconsider, "mine-aftaler": u_calendar,
    "budgetspoergsmaal": u_budget, "journalnotat-sendt": u_sent_note, "minplan-uden-mentor": u_plan_other,
    "aarsberetning": u_annual, "nyhedsbrev-mail": u_newsletter_mail, "timeseddel": u_mentor_log,
}


# ---------------------------------------------------------------- writing
def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        t = t.replace(a, b)
    return "".join(ch if ch.isalnum() else "-" for ch in t).strip("-").replace("--", "-")[:40]


def write_doc(g: Gen, doc: dict, fmt: str, path: Path, lo_jobs: list) -> str:
    """Write one document; returns the layout detail of the rendering."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "docx":
        bold = g.r.random() < 0.35
        R.to_docx(doc, path, bold_headings=bold)
        return "docx-bold-headings" if bold else "docx-styles"
    if fmt == "odt":
        R.to_odt(doc, path)
        return "odt"
    if fmt == "pdf":
        if g.r.random() < 0.3:
            tmp = path.with_suffix(".lo.docx")
            R.to_docx(doc, tmp)
            lo_jobs.append((tmp, path))
            return "pdf-libreoffice"
        R.to_pdf(doc, path)
        return "pdf-reportlab"
    if fmt == "html":
        style = g.pick(["plain", "portal"])
        script = g.r.random() < 0.4
        path.write_text(R.to_html(doc, style=style, script=script), encoding="utf-8")
        return f"html-{style}" + ("-script" if script else "")
    if fmt == "txt":
        wrap = g.pick([0, 0, 72, 64])
        hs = g.pick(["underline", "hash", "caps"])
        path.write_text(R.to_text(doc, wrap=wrap, heading_style=hs), encoding="utf-8")
        return f"txt-{hs}" + (f"-wrap{wrap}" if wrap else "")
    if fmt == "eml":
        meta = doc.get("eml") or {}
        when = dt.datetime(2026, g.r.randint(2, 10), g.r.randint(1, 28), g.r.randint(8, 15), g.r.randint(0, 59),
                           tzinfo=dt.timezone.utc)
        quoted = meta.get("quoted", "")
        data = R.to_eml(doc, meta.get("from", "jobcenter@kommune.dk"), meta.get("to", "borger@example.dk"),
                        meta.get("subject", doc.get("title") or "Mentorstøtte"), when, quoted=quoted)
        path.write_bytes(data)
        return "eml" + ("-quoted" if quoted else "")
    raise ValueError(fmt)


def run_libreoffice(jobs: list, profile: str) -> None:
    if not jobs:
        return
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", td] + [str(s) for s, _ in jobs], check=True, capture_output=True, timeout=600)
        for src, dst in jobs:
            shutil.move(str(Path(td) / (src.stem + ".pdf")), str(dst))
            src.unlink()


def build(out: Path, seed: int) -> list[dict]:
    g = Gen(seed)
    entries: list[dict] = []
    lo_jobs: list = []
    n = 0

    def add(doc, fmt, folder, name, kind, subtype, layout, rules, extras, cprs, traits, period=None):
        nonlocal n
        n += 1
        rel = f"{folder}/{n:03d}-{slug(name)}.{fmt}"
        detail = write_doc(g, doc, fmt, out / rel, lo_jobs)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": cprs, "traits": sorted(set(traits + [detail] + (["cpr"] if cprs else [])))}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    def case_folder(cit):
        return g.pick(["Borgersager", "Arkiv 2026", "Mentor/sager"]) + "/" + slug(cit)

    # ---- agreements
    ag_formats = ["docx"] * 9 + ["pdf"] * 8 + ["odt"] * 4 + ["html"] * 3 + ["txt"] * 4 + ["eml"] * 2
    g.r.shuffle(ag_formats)
    for fmt in ag_formats:
        kom = g.pick(KOMMUNER)
        cit = g.person()
        cw = g.caseworker(kom[0])
        cpr = g.cpr() if g.r.random() < 0.25 else None
        dr = draw_fields(g, "agreement")
        f = mentor_content(g, "agreement", kom[0], cit, dr["defects"])
        layout = "letter" if fmt == "eml" else g.pick(["table", "headings", "letter", "numbered"])
        doc = agreement_doc(g, layout, kom, cit, f, cpr, cw, dt.date(2026, g.r.randint(1, 9), g.r.randint(1, 28)))
        if fmt == "eml":
            doc["eml"] = {"from": f"{cw['name']} <{cw['mail']}>", "to": f"{slug(cit).replace('-', '.')}@gmail.com",
                          "subject": "Din mentoraftale",
                          "quoted": "Hej\nHvornår får jeg papir på aftalen med min mentor?\nHilsen " + cit.split()[0]}
        if layout == "letter":
            doc["title"] = doc["title"] if fmt != "eml" else None
        extras = ["appeal-wrong-route"] if f["appeal_direct"] else []
        add(doc, fmt, case_folder(cit), "mentoraftale " + cit.split()[0], "agreement", "agreement", layout,
            dr["defects"], extras, [cpr] if cpr else [], f["traits"], f["period"])

    # ---- decisions
    variants = ["grant"] * 8 + ["partial", "partial", "partial-noreasons", "refusal", "refusal", "stop", "grant"]
    dec_formats = ["docx"] * 4 + ["pdf"] * 6 + ["odt"] * 2 + ["html", "txt", "eml"]
    g.r.shuffle(dec_formats)
    for i, (variant, fmt) in enumerate(zip(variants, dec_formats)):
        kom = g.pick(KOMMUNER)
        cit = g.person()
        cw = g.caseworker(kom[0])
        cpr = g.cpr() if g.r.random() < 0.3 else None
        dr = draw_fields(g, "decision")
        defects = dr["defects"]
        if variant in ("refusal", "stop"):
            defects = [d for d in defects if d != "duration-over-6-months"]
        if variant.startswith("partial"):
            defects = [d for d in defects if d != "missing-appeal-guidance"]
        f = mentor_content(g, "decision", kom[0], cit, defects)
        layout = "bilag" if variant == "grant" and i % 3 == 0 else "letter"
        dated = (f["period"][0] - dt.timedelta(days=g.r.randint(5, 20))) if f["period"] and variant in ("grant", "partial", "partial-noreasons") \
            else dt.date(2026, g.r.randint(1, 9), g.r.randint(1, 28))
        doc, extras = decision_doc(g, layout, kom, cit, f, cpr, cw, dated, variant)
        if f["appeal_direct"]:
            extras.append("appeal-wrong-route")
        if fmt == "eml":
            doc["eml"] = {"from": f"Jobcenter {kom[0]} <noreply@{slug(kom[0])}.dk>", "to": "borger@e-boks.dk",
                          "subject": doc["title"]}
        period = f["period"] if variant not in ("refusal", "stop") else None
        if period is None:
            f["traits"] = [t for t in f["traits"] if not t.startswith(("period:", "hours:"))]
        add(doc, fmt, case_folder(cit), doc["title"], "decision", f"decision-{variant}", layout, defects, extras,
            [cpr] if cpr else [], f["traits"], period)

    # ---- Min Plan entries
    mp_formats = ["pdf"] * 6 + ["html"] * 4 + ["txt"] * 3 + ["docx"] * 2
    g.r.shuffle(mp_formats)
    for fmt in mp_formats:
        kom = g.pick(KOMMUNER)
        cit = g.person()
        cpr = g.cpr() if g.r.random() < 0.25 else None
        dr = draw_fields(g, "minplan")
        f = mentor_content(g, "minplan", kom[0], cit, dr["defects"])
        layout = g.pick(["jobnet", "case-print"])
        several = g.r.random() < 0.6
        doc = minplan_doc(g, layout, kom, cit, f, cpr, several)
        add(doc, fmt, case_folder(cit), "min plan " + cit.split()[0], "minplan", "minplan", layout,
            dr["defects"], [], [cpr] if cpr else [], f["traits"] + (["activities:several"] if several else []), f["period"])

    # ---- documents that are none of the kinds
    names = list(UNKNOWN_BUILDERS)
    order = names + [g.pick(names) for _ in range(40 - len(names))]
    u_formats = {"mail-moede": "eml", "nyhedsbrev-mail": "eml"}
    for sub in order:
        kom = g.pick(KOMMUNER)
        cit = g.person()
        cpr = g.cpr() if sub in ("faktura", "statusrapport", "partshoering", "bestilling") and g.r.random() < 0.6 else None
        doc = UNKNOWN_BUILDERS[sub](g, kom, cit, cpr)
        fmt = u_formats.get(sub) or g.pick(["docx", "docx", "pdf", "pdf", "odt", "html", "txt"])
        folder = g.pick(["Diverse", "Mentor/generelt", "Indbakke", "Skabeloner og vejledning"]) \
            if not cpr else case_folder(cit)
        if cpr and cpr not in json.dumps(doc, ensure_ascii=False):
            cpr = None
        add(doc, fmt, folder, doc.get("title") or doc.get("eml", {}).get("subject", sub), "unknown", sub, "mixed",
            [], [], [cpr] if cpr else [], ["not-a-mentor-document-kind"])

    run_libreoffice(lo_jobs, f"/tmp/lo_ct_profile")
    return entries


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    entries = build(a.out, a.seed)
    path = a.out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
