#!/usr/bin/env python3
"""Corpus AK: Word and LibreOffice documents as municipalities' templates really make them.

Writes ~110 DOCX/ODT documents (and RTF exported by LibreOffice from some of the DOCX) by
writing the OOXML/ODF XML directly: legacy form fields, content controls of every type,
MERGEFIELD/REF/DOCPROPERTY fields, nested and merged tables, text boxes with VML fallback,
first-page headers, footers, tracked changes, comments, hidden text, footnotes, ODT sections,
frames, form controls and tracked changes.

Labels describe what a person sees in Word's "Simple/No markup" view: deletions gone,
insertions in, comments ignored, hidden text not shown, placeholders = empty.

    /work/main/.venv/bin/python make_corpus_ak.py --out /work/corpora/ak
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ooxml import Docx, Odt, ot, para, run  # noqa: E402

SEED = 20261129
RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQUIRED = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}
FIELD_RULE = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
              "duration": "missing-duration", "follow": "missing-follow-up", "hours": "missing-hours",
              "appeal": "missing-appeal-guidance"}
#: defects that leave a field missing as a reader of the final-view document sees it
MISSING_DEFECTS = {"placeholder", "deleted", "comment", "hidden", "absent", "vague-hours",
                   "name-only", "phone-only", "incomplete", "unmerged"}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

MUNIS = ["Viborg", "Skive", "Holstebro", "Herning", "Silkeborg", "Randers", "Horsens", "Vejle", "Kolding",
         "Esbjerg", "Næstved", "Slagelse", "Roskilde", "Køge", "Hillerød", "Helsingør", "Frederikshavn",
         "Hjørring", "Thisted", "Aabenraa", "Sønderborg", "Svendborg", "Nyborg", "Faaborg-Midtfyn", "Ringsted"]
FIRST = ["Ahmed", "Mette", "Jonas", "Sofie", "Kasper", "Line", "Mikkel", "Fatima", "Oliver", "Emma",
         "Rasmus", "Ida", "Nikolaj", "Amalie", "Yusuf", "Camilla", "Frederik", "Nanna", "Ali", "Maja",
         "Tobias", "Sara", "Mathias", "Julie", "Omar", "Louise", "Emil", "Freja", "Hassan", "Cecilie"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kragh", "Bech", "Lund", "Holm", "Abdi", "Yilmaz"]
MENTOR_ORGS = [("Jobhuset Nord ApS", "jobhusetnord.dk"), ("MentorKompagniet", "mentorkompagniet.dk"),
               ("Ungeindsatsen", None), ("Kommunens mentorkorps", None), ("Brobyg Mentor & Coaching", "brobyg-mentor.dk"),
               ("Café Vendepunkt", "vendepunkt.dk"), ("Fokus Mentor ApS", "fokusmentor.dk"), ("Virksomhedsservice", None)]

GOALS_CLEAR = [
    "{c} starter på grundforløb 1 på EUC ({edu}) 1. august 2026 og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik 15 timer om ugen i Føtex senest 1. juni 2026, med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC og søger optagelse på HF til sommer.",
    "At {c} fastholder sit ordinære job som lagermedarbejder, 30 timer om ugen, og ikke har ubegrundet fravær.",
    "{c} er i gang med SOSU-hjælperuddannelsen og har fremmøde på mindst 90 % i skoleperioden.",
    "{c} har fået et fleksjob som køkkenmedhjælper (12 timer om ugen) inden periodens udløb.",
    "Hovedformål: {c} begynder på FGU (produktionsgrundskole) i august og møder hver dag i de første fire uger.",
    "{c} deltager i AMU-kurset Truckcertifikat B og er herefter i løntilskud hos et lokalt vognmandsfirma.",
    "{c} gennemfører 10 ugers praktik på plejecenter Solgården, 20 timer om ugen, som afklaring af SOSU-uddannelse.",
]
EDUS = ["EUD, tømrer", "EUX, elektriker", "EUD, smed", "EUD, frisør", "EUD, ernæringsassistent"]
GOALS_VAGUE = [
    "Støtte til at komme videre og øget trivsel.",
    "At borgeren får mere struktur på hverdagen og et bedre selvværd.",
    "Arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Motivere borgeren og sikre at borgeren har det godt.",
    "Øget trivsel og mere overskud i hverdagen.",
]
TASKS = [
    "følge {c} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at åbne og læse post i e-Boks",
    "støtte i kontakten med uddannelsesvejlederen",
    "træne busruten til skolen",
    "lave en ugeplan sammen med {c} og følge op på den",
    "være med til møder med arbejdsgiveren",
    "hjælpe med at søge SU og booke tid hos lægen",
    "ringe {c} op om morgenen på dage med skole",
]
FOLLOWS = [
    "Statusmøde med mentor og sagsbehandler hver måned; evaluering 14 dage før støtteperioden ophører.",
    "Vi følger op hver 4. uge. Delmål: fremmøde fire dage om ugen fra maj.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før perioden udløber. Progression måles på fremmøde.",
    "Opfølgningssamtale i jobcentret hver 6. uge, hvor vi ser på delmålene.",
    "Mentor sender en kort status til sagsbehandleren hver måned, og vi holder evalueringsmøde fire uger før bevillingsudløb.",
]
HOURS_CLEAR = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "halvanden time ugentligt", "to timer om ugen",
               "4 timer ugentligt", "2-3 timer pr. uge", "8 timer om måneden", "5 timer pr. uge"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende efter aftale", "Fleksibelt – aftales løbende"]
HOURS_OPTIONS = ["Under 1 time pr. uge", "1-2 timer pr. uge", "3-5 timer pr. uge", "Over 5 timer pr. uge"]


def appeal_full(muni: str, style: int) -> str:
    return [
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {muni} Kommune inden fire uger. Kommunen skal så "
        "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder afgørelsen, "
        "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til den.",
        f"Du kan klage over afgørelsen. Klagen skal sendes til {muni} Kommune, Jobcenter {muni}, senest 4 uger efter, "
        "at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Vi vurderer afgørelsen igen, og "
        "fastholder vi den, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, "
        "retssikkerhedslovens kapitel 10).",
        f"Sådan klager du: Ring eller skriv til jobcentret i {muni} inden 4 uger efter, at du har fået aftalen. "
        "Jobcentret ser på sagen igen. Er vi fortsat uenige, sender vi klagen til Ankestyrelsen.",
    ][style % 3]


def appeal_wrong(muni: str) -> str:
    return ("Hvis du vil klage over afgørelsen, skal du sende din klage direkte til Ankestyrelsen, "
            "7998 Statsservice, inden 4 uger efter, at du har modtaget afgørelsen.")


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du er uenig i aftalen.",
                     "Du har mulighed for at klage. Se mere på kommunens hjemmeside."]


def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    return [dlong(d), f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}/{d.month} {d.year}", f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}", d.isoformat(),
            f"{d.day:02d}-{d.month:02d}-{d.year}"][style % 7]


def fmt_period(s: dt.date, e: dt.date, style: int) -> str:
    a, b = fmt_date(s, style), fmt_date(e, style)
    dash = " - " if style % 7 in (5, 6) else "-"
    return [f"{a} – {b}", f"{a} til {b}", f"fra {a} til og med {b}", f"{a}{dash}{b}", f"f.o.m. {a} t.o.m. {b}"][style % 5]


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(0, 10000):04d}"


def phone(rng: random.Random) -> str:
    n = [rng.randrange(20, 99)] + [rng.randrange(10, 99) for _ in range(3)]
    st = rng.randrange(3)
    if st == 0:
        return " ".join(f"{x:02d}" for x in n)
    if st == 1:
        return f"+45 {n[0]:02d}{n[1]:02d} {n[2]:02d}{n[3]:02d}"
    return "".join(f"{x:02d}" for x in n)


@dataclass
class Spec:
    kind: str
    muni: str
    citizen: str
    cfirst: str
    cpr: str | None
    mentor_name: str
    mentor_org: str
    mentor_phone: str
    mentor_mail: str
    cw_name: str
    cw_phone: str
    goal: str
    goal_clear: bool
    tasks: list[str]
    start: dt.date
    end: dt.date
    over6: bool
    period_style: int
    hours: str
    hours_option: int
    follow: str
    appeal: str
    appeal_kind: str           # full | wrong | incomplete | none
    sagsnr: str
    defects: dict = field(default_factory=dict)    # field -> defect
    place: dict = field(default_factory=dict)      # field -> body|footer|footnote|textbox|header
    traits: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    subtype: str = "agreement"

    def period(self) -> str:
        return fmt_period(self.start, self.end, self.period_style)

    def mentor_text(self, sep: str = "\n") -> str:
        d = self.defects.get("mentor")
        if d == "name-only":
            return f"{self.mentor_name}, {self.mentor_org}"
        if d == "phone-only":
            return f"tlf. {self.mentor_phone}"
        return f"{self.mentor_name}, {self.mentor_org}{sep}Tlf. {self.mentor_phone} · {self.mentor_mail}"

    def missing(self, f: str) -> bool:
        return self.defects.get(f) in MISSING_DEFECTS or (f == "appeal" and self.appeal_kind in ("incomplete", "none"))

    def rules(self) -> list[str]:
        req = REQUIRED[self.kind]
        out = set()
        for f, r in FIELD_RULE.items():
            if r in req and self.missing(f):
                out.add(r)
        if "unclear-goal" in req and not self.missing("goal") and not self.goal_clear:
            out.add("unclear-goal")
        if "duration-over-6-months" in req and not self.missing("duration") and self.over6:
            out.add("duration-over-6-months")
        return sorted(out)


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.n = 0

    def spec(self, kind: str, **kw) -> Spec:
        r = self.rng
        self.n += 1
        muni = r.choice(MUNIS)
        cf, cl = r.choice(FIRST), r.choice(LAST)
        mf, ml = r.choice(FIRST), r.choice(LAST)
        while mf == cf:
            mf = r.choice(FIRST)
        org, dom = r.choice(MENTOR_ORGS)
        dom = dom or f"{muni.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa').replace('-', '')}.dk"
        mail = f"{mf.lower()}.{ml.lower().replace('ø', 'oe')}@{dom}" if r.random() < 0.6 else f"{mf[:2].lower()}{ml[:2].lower()}@{dom}"
        mail = mail.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        goal_clear = kw.pop("goal_clear", True)
        goal = (r.choice(GOALS_CLEAR) if goal_clear else r.choice(GOALS_VAGUE)).format(c=cf, edu=r.choice(EDUS))
        start = dt.date(2026, r.randrange(1, 10), r.choice([1, 1, 1, 15, 4, 10]))
        over6 = kw.pop("over6", False)
        if over6:
            months = r.choice([7, 8, 9, 12])
        else:
            months = r.choice([3, 4, 5, 6, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        if over6 and r.random() < 0.3:
            end = add_months(start, 6)      # one day too long
        tasks = [t.format(c=cf) for t in r.sample(TASKS, r.randrange(2, 5))]
        s = Spec(kind=kind, muni=muni, citizen=f"{cf} {cl}", cfirst=cf, cpr=cpr(r) if r.random() < 0.3 else None,
                 mentor_name=f"{mf} {ml}", mentor_org=org, mentor_phone=phone(r), mentor_mail=mail,
                 cw_name=f"{r.choice(FIRST)} {r.choice(LAST)}", cw_phone=phone(r), goal=goal, goal_clear=goal_clear,
                 tasks=tasks, start=start, end=end, over6=over6, period_style=r.randrange(35),
                 hours=r.choice(HOURS_CLEAR), hours_option=r.randrange(4), follow=r.choice(FOLLOWS),
                 appeal="", appeal_kind="full", sagsnr=f"{r.randrange(10, 99)}.{r.randrange(10, 99)}.{r.randrange(0, 99):02d}-G01-{r.randrange(1, 999)}-26")
        s.appeal = appeal_full(muni, r.randrange(3))
        for k, v in kw.items():
            setattr(s, k, v)
        if s.appeal_kind == "wrong":
            s.appeal = appeal_wrong(muni)
            s.extras = sorted(set(s.extras) | {"appeal-wrong-route"})
        elif s.appeal_kind == "incomplete":
            s.appeal = r.choice(APPEAL_INCOMPLETE)
        if s.defects.get("hours") == "vague-hours":
            s.hours = r.choice(HOURS_VAGUE)
        return s


# =====================================================================================================
# value widgets: one field value, honouring the document's defect for that field
# =====================================================================================================

def val(d: Docx, s: Spec, f: str, text: str, widget: str = "plain", **kw) -> str:
    defect = s.defects.get(f)
    alias = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow": "Opfølgning",
             "hours": "Timetal", "appeal": "Klagevejledning"}[f]
    if defect == "placeholder":
        if widget == "sdt":
            return d.sdt_text(alias, None)
        if widget == "formtext":
            return d.formtext(alias, None)
        if widget == "merge":
            return d.mergefield(alias.replace("å", "aa"), None)
        return run(s.__dict__.get("_plc", "Udfyldes senere"))
    if defect == "unmerged":
        return d.mergefield(alias.replace("å", "aa"), None)
    if defect == "deleted":
        return d.dele(text)
    if defect == "hidden":
        return run(text, vanish=True, **kw)
    if defect == "comment":
        return d.commented(run(" "), f"{text} – aftalt i telefonen, skal skrives ind inden aftalen sendes.")
    if defect == "revised-old":      # an older value deleted, the current one inserted
        return d.dele(kw.pop("old", "efter aftale")) + d.ins(text, **kw)
    if defect == "inserted":
        return d.ins(text, **kw)
    if widget == "sdt":
        return d.sdt_text(alias, text, plain="\n" not in text)
    if widget == "formtext":
        return d.formtext(alias, text)
    if widget == "merge":
        return d.mergefield(alias.replace("å", "aa"), text)
    return run(text, **kw)


def tasks_block(d: Docx, s: Spec, widget: str) -> str:
    """Tasks as paragraphs (list items or a repeating section)."""
    defect = s.defects.get("tasks")
    if defect == "placeholder":
        return d.sdt_block("Opgaver", None) if widget in ("sdt", "repeat") else para(run("Udfyldes senere"))
    if defect in ("deleted", "hidden", "comment"):
        return "".join(para(val(d, s, "tasks", t_), num=(2, 0)) for t_ in s.tasks)
    items = [para(run(t_[0].upper() + t_[1:]), num=(2, 0), style="Listeafsnit") for t_ in s.tasks]
    if widget == "repeat":
        return d.sdt_block("Mentorens opgaver", items, repeating=True)
    if widget == "sdt":
        return d.sdt_block("Mentorens opgaver", items)
    return "".join(items)


def hours_checkboxes(d: Docx, s: Spec, widget: str) -> str:
    """A checkbox row for the hours level; the vague defect ticks 'Efter behov'."""
    vague = s.defects.get("hours") == "vague-hours"
    opts = HOURS_OPTIONS + ["Efter behov"]
    chosen = 4 if vague else s.hours_option
    parts = []
    for i, o in enumerate(opts):
        if widget == "w14":
            box = d.sdt_checkbox(f"Timer {i + 1}", i == chosen)
        elif widget == "formcheckbox":
            box = d.formcheckbox(f"Kontrol{i + 1}", i == chosen, default_only=(i % 2 == 1))
        else:
            box = run("☒" if i == chosen else "☐", font="MS Gothic")
        parts.append(box + run(f" {o}" + ("   " if i < len(opts) - 1 else "")))
    return "".join(parts)


def hours_text(s: Spec) -> str:
    return HOURS_OPTIONS[s.hours_option] if not s.defects.get("hours") == "vague-hours" else "Efter behov"


def appeal_paras(d: Docx, s: Spec, heading: bool = True, style=None) -> str:
    if s.defects.get("appeal") == "absent" or s.appeal_kind == "none":
        return ""
    out = para(run("Klagevejledning", bold=True), style=style) if heading else ""
    if s.place.get("appeal") == "footnote" and s.appeal_kind == "full":
        out += para(run(f"Du kan klage over afgørelsen til {s.muni} Kommune.") +
                    d.footnote("Klagefristen er 4 uger fra den dag, du har modtaget afgørelsen. Kommunen genvurderer "
                               "afgørelsen, og fastholder vi den, sendes klagen videre til Ankestyrelsen."))
        return out
    return out + para(val(d, s, "appeal", s.appeal))


def std_header(d: Docx, s: Spec, first_different: bool = True) -> None:
    first = para(run(f"{s.muni} Kommune", bold=True, size=28)) + para(run(f"Jobcenter {s.muni}\nRådhustorvet 1\n{s.muni}"))
    default = para(run(f"Mentoraftale – sagsnr. ") + d.docproperty("Sagsnummer", s.sagsnr) +
                   run("\tSide ") + d.complex_field("PAGE", "2") + run(" af ") + d.complex_field("NUMPAGES", "2"),
                   style="Sidehoved", tabs=[9000])
    if first_different:
        d.title_pg = True
        d.headers["first"] = first
        d.headers["default"] = default
        d.traits_first = True
    else:
        d.headers["default"] = first


def footer_with(d: Docx, s: Spec) -> None:
    """Footer content; with a first-page header both footers carry the same content."""
    parts = []
    if s.place.get("mentor") == "footer":
        parts.append(para(run(f"Din mentor: {s.mentor_text(sep=' · ')}"), style="Sidefod"))
    if s.place.get("appeal") == "footer":
        parts.append(para(run("Klagevejledning: ", bold=True) + val(d, s, "appeal", s.appeal), style="Sidefod"))
    parts.append(para(run(f"{s.muni} Kommune · Jobcenter · Sagsbehandler {s.cw_name}, tlf. {s.cw_phone}"), style="Sidefod"))
    xml = "".join(parts)
    d.footers["default"] = xml
    if d.title_pg:
        d.footers["first"] = xml


def citizen_line(d: Docx, s: Spec) -> str:
    if s.subtype == "blank-template":
        return para(run("Borger: ") + d.sdt_text("Borger", None) + run("\tCPR-nr.: ") + d.sdt_text("CPR", None), tabs=[5200])
    c = run(f"Borger: {s.citizen}")
    if s.cpr:
        c += run(f"\tCPR-nr.: {s.cpr}")
    return para(c, tabs=[5200])


# =====================================================================================================
# DOCX agreement templates
# =====================================================================================================

def lbl(text: str) -> str:
    return para(run(text, bold=True))


def tpl_sdt_table(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Aftale om mentorstøtte")
    std_header(d, s)
    d.body.append(para(run("Aftale om mentorstøtte"), style="Titel"))
    d.body.append(para(run("jf. lov om en aktiv beskæftigelsesindsats § 167")))
    d.body.append(citizen_line(d, s))
    rows = []
    w = "sdt"
    if s.defects.get("goal") != "absent":
        rows.append([lbl("Målet med\nmentorstøtten"), para(val(d, s, "goal", s.goal, w))])
    if s.place.get("mentor") == "footer":
        rows.append([lbl("Mentor"), para(run("Se kontaktoplysninger nederst på siden."))])
    elif s.defects.get("mentor") != "absent":
        rows.append([lbl("Mentorens navn\nog kontaktdata"), para(val(d, s, "mentor", s.mentor_text(), w))])
    if s.defects.get("tasks") != "absent":
        rows.append([lbl("Hvad skal mentor\nhjælpe med?"), tasks_block(d, s, "repeat" if rng.random() < 0.5 else "sdt")])
    if s.defects.get("duration") != "absent":
        if s.defects.get("duration") == "placeholder":
            dv = run("Fra ") + d.sdt_date("Startdato", None, None) + run(" til ") + d.sdt_date("Slutdato", None, None)
        elif s.defects.get("duration") in ("deleted", "hidden"):
            dv = val(d, s, "duration", s.period())
        else:
            dv = (run("Fra ") + d.sdt_date("Startdato", s.start.isoformat(), dlong(s.start)) + run(" til ")
                  + d.sdt_date("Slutdato", s.end.isoformat(), dlong(s.end)))
        rows.append([lbl("Periode"), para(dv)])
    if s.defects.get("hours") != "absent":
        if s.defects.get("hours") in ("placeholder",):
            hv = d.sdt_dropdown("Timetal", HOURS_OPTIONS, None)
        elif s.defects.get("hours") in ("comment", "deleted", "hidden"):
            hv = val(d, s, "hours", s.hours)
        else:
            hv = d.sdt_dropdown("Timetal", HOURS_OPTIONS + HOURS_VAGUE[:1], hours_text(s))
        rows.append([lbl("Timer pr. uge"), para(hv)])
    if s.defects.get("follow") != "absent":
        rows.append([lbl("Opfølgning og\nprogression"), para(val(d, s, "follow", s.follow, w))])
    d.body.append(Docx.table(rows, [3000, 6600]))
    d.body.append(para())
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s))
    d.body.append(para(run(f"Dato og underskrift\t\t\nBorger\t\tSagsbehandler {s.cw_name}"), tabs=[4500]))
    footer_with(d, s)
    d.save(path)


def tpl_legacy_form(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("MENTORAFTALE")
    std_header(d, s, first_different=rng.random() < 0.5)
    d.body.append(para(run("MENTORAFTALE", bold=True, size=32), jc="center"))
    blank = s.subtype == "blank-template"
    d.body.append(para(run("Navn:\t") + d.formtext("Navn", None if blank else s.citizen) +
                       (run("\tCPR:\t") + d.formtext("CPR", s.cpr) if s.cpr else ""), tabs=[1800, 5600, 6600]))
    d.body.append(para(run("Sagsbehandler:\t") + d.formtext("Sagsbehandler", f"{s.cw_name}, tlf. {s.cw_phone}"), tabs=[1800]))
    sections = [
        ("goal", "1. Mål for mentorforløbet", s.goal),
        ("mentor", "2. Mentor (navn, tlf. og e-mail)", s.mentor_text(sep=", ")),
        ("tasks", "3. Mentors opgaver", "; ".join(t_[0].upper() + t_[1:] for t_ in s.tasks) + "."),
        ("duration", "4. Varighed", s.period()),
        ("follow", "5. Opfølgning", s.follow),
    ]
    for f, label, text in sections:
        if s.defects.get(f) == "absent":
            continue
        d.body.append(para(run(label, bold=True)))
        d.body.append(para(val(d, s, f, text, "formtext")))
    d.body.append(para(run("6. Timetal", bold=True)))
    if s.defects.get("hours") in ("comment", "deleted", "hidden", "placeholder"):
        d.body.append(para(run("Antal timer: ") + val(d, s, "hours", s.hours, "formtext")))
    elif s.defects.get("hours") != "absent":
        d.body.append(para(hours_checkboxes(d, s, "formcheckbox")))
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s))
    footer_with(d, s)
    d.save(path)


def tpl_merge_letter(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Mentoraftale")
    std_header(d, s)
    simple = rng.random() < 0.4
    blank = s.subtype == "blank-template"
    addr = [d.mergefield("Navn", None if blank else s.citizen, simple),
            d.mergefield("Adresse", None if blank else f"{rng.choice(['Skolevej', 'Parkvej', 'Åvænget'])} {rng.randrange(1, 80)}", simple),
            d.mergefield("Postnr_By", None if blank else f"{rng.randrange(1000, 9990)} {s.muni}", simple)]
    for a in addr:
        d.body.append(para(a))
    if s.cpr:
        d.body.append(para(run("CPR-nr.: ") + d.mergefield("CPR", s.cpr, simple)))
    d.body.append(para(run("Dato: ") + d.mergefield("Dato", None if blank else dlong(s.start - dt.timedelta(days=7)), simple), jc="right"))
    d.body.append(para(run("Din aftale om mentorstøtte"), style="Overskrift1"))
    d.body.append(para(run("Kære ") + d.mergefield("Fornavn", None if blank else s.cfirst, simple)))
    d.body.append(para(run("Vi har sammen aftalt, at du får en mentor. Her kan du læse, hvad vi har aftalt.")))
    if s.defects.get("goal") != "absent":
        d.body.append(para(run("Vi har aftalt følgende mål for forløbet: ") + val(d, s, "goal", s.goal, "merge")))
    if s.defects.get("mentor") != "absent" and s.place.get("mentor") != "footer":
        d.body.append(para(run("Din mentor er ") + d.bookmark("MentorNavn", val(d, s, "mentor", s.mentor_text(sep=", "), "merge")) + run(".")))
    if s.defects.get("tasks") != "absent":
        who = "Din mentor" if s.missing("mentor") else s.mentor_name.split()[0]
        d.body.append(para(run(f"{who} skal hjælpe dig med:")))
        d.body.append(tasks_block(d, s, "plain"))
    if s.defects.get("duration") != "absent":
        d.body.append(para(run("Støtten gælder i perioden ") + val(d, s, "duration", s.period(), "merge") + run(".")))
    if s.defects.get("hours") != "absent":
        d.body.append(para(run("Du har mentor ") + val(d, s, "hours", s.hours[0].lower() + s.hours[1:], "merge") + run(". Tidspunkterne aftaler I selv.")))
    if s.defects.get("follow") != "absent":
        d.body.append(para(run("Opfølgning: ") + val(d, s, "follow", s.follow, "merge")))
    if s.defects.get("mentor") not in ("absent",) and s.place.get("mentor") != "footer" and not s.missing("mentor"):
        d.body.append(para(run("Har du spørgsmål til forløbet, kan du også kontakte ") +
                           d.ref("MentorNavn", s.mentor_name) + run(" direkte.")))
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s, style="Overskrift2"))
    d.body.append(para(run(f"Venlig hilsen\n{s.cw_name}\nJobcenter {s.muni}")))
    footer_with(d, s)
    d.save(path)


def tpl_textbox(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Mentoraftale")
    std_header(d, s, first_different=rng.random() < 0.6)
    box = [para(run("Kontakt", bold=True)), para(run(f"Mentor: {s.mentor_text()}"))] \
        if s.defects.get("mentor") not in ("hidden", "deleted", "placeholder", "absent") else \
        [para(run("Kontakt", bold=True)), para(run("Mentor: ") + val(d, s, "mentor", s.mentor_text()))]
    box.append(para(run(f"Sagsbehandler: {s.cw_name}\nTlf. {s.cw_phone}")))
    d.body.append(para(d.textbox(box) + run("Aftale om mentorstøtte"), style="Overskrift1"))
    d.body.append(citizen_line(d, s))
    heads = [("goal", "Formål", s.goal), ("duration", "Varighed", s.period()), ("hours", "Timetal", s.hours),
             ("follow", "Opfølgning", s.follow)]
    for f, h, text in heads[:1]:
        if s.defects.get(f) != "absent":
            d.body.append(para(run(h), style="Overskrift2"))
            d.body.append(para(val(d, s, f, text)))
    if s.defects.get("tasks") != "absent":
        d.body.append(para(run("Mentorens opgaver"), style="Overskrift2"))
        d.body.append(tasks_block(d, s, "plain"))
    for f, h, text in heads[1:]:
        if s.defects.get(f) != "absent":
            d.body.append(para(run(h), style="Overskrift2"))
            d.body.append(para(val(d, s, f, text)))
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s, style="Overskrift2"))
    footer_with(d, s)
    d.save(path)


def tpl_tracked(s: Spec, path: Path, rng: random.Random) -> None:
    """A label/value table edited with Track Changes on, with reviewers' comments."""
    d = Docx("Mentoraftale")
    std_header(d, s)
    d.body.append(para(run("Mentoraftale"), style="Overskrift1"))
    # a deleted paragraph mark joins the intro with the next sentence
    d.body.append(para(run("Denne aftale er indgået mellem borger, mentor og jobcentret."), del_mark=d.del_mark()))
    d.body.append(para(run(" Aftalen indgår i din plan.")))
    d.body.append(citizen_line(d, s))
    rows = []
    if s.defects.get("goal") != "absent":
        g = val(d, s, "goal", s.goal)
        if not s.defects.get("goal"):
            g = d.commented(g, "Er målet konkret nok? /KH")
        rows.append([lbl("Mål"), para(g)])
    if s.defects.get("mentor") != "absent" and s.place.get("mentor") != "footer":
        rows.append([lbl("Mentor"), para(val(d, s, "mentor", s.mentor_text()))])
    if s.defects.get("tasks") != "absent":
        rows.append([lbl("Opgaver"), tasks_block(d, s, "plain")])
    if s.defects.get("duration") != "absent":
        if s.defects.get("duration") in ("deleted", "hidden", "placeholder", "comment"):
            pv = val(d, s, "duration", s.period())
        else:
            # the old period is struck out, the current one inserted
            other = add_months(s.start, 9) - dt.timedelta(days=1) if not s.over6 else add_months(s.start, 5) - dt.timedelta(days=1)
            pv = d.dele(fmt_period(s.start, other, s.period_style)) + d.ins(s.period())
        rows.append([lbl("Periode"), para(pv)])
    if s.defects.get("hours") != "absent":
        if s.defects.get("hours"):
            hv = val(d, s, "hours", s.hours)
        else:
            hv = d.ins(s.hours)
        rows.append([lbl("Timetal"), para(hv)])
    d.body.append(Docx.table(rows, [2400, 7200]))
    if s.defects.get("follow") != "absent":
        d.body.append(d.move_to("opf1", f"Opfølgning: {s.follow}") if not s.defects.get("follow")
                      else para(run("Opfølgning: ") + val(d, s, "follow", s.follow)))
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s))
    if s.defects.get("follow") != "absent" and not s.defects.get("follow"):
        # the follow-up paragraph was moved from here to above; Word shows it once
        d.body.append(d.move_from("opf1", f"Opfølgning: {s.follow}"))
    footer_with(d, s)
    d.save(path)


def tpl_nested(s: Spec, path: Path, rng: random.Random) -> None:
    """An outer layout table; the mentor's contact is a table inside a cell; merged cells."""
    d = Docx("Aftale om mentorforløb")
    std_header(d, s)
    d.body.append(para(run("Aftale om mentorforløb"), style="Titel"))
    rows = [[{"xml": para(run("Aftalens indhold", bold=True)), "span": 3, "shade": "D9E2F3"}]]
    rows.append([lbl("Borger"), {"xml": para(run(s.citizen + (f", CPR {s.cpr}" if s.cpr else ""))), "span": 2}])
    if s.defects.get("mentor") != "absent" and s.place.get("mentor") != "footer":
        if s.defects.get("mentor"):
            inner = para(val(d, s, "mentor", s.mentor_text()))
        else:
            inner = Docx.table([[lbl("Navn"), para(run(s.mentor_name))], [lbl("Firma"), para(run(s.mentor_org))],
                                [lbl("Telefon"), para(run(s.mentor_phone))], [lbl("E-mail"), para(run(s.mentor_mail))]],
                               [1500, 4500])
        rows.append([lbl("Mentor"), {"xml": inner, "span": 2}])
    if s.defects.get("goal") != "absent":
        rows.append([{"xml": lbl("Mål og delmål"), "vmerge": "restart"}, lbl("Mål"), para(val(d, s, "goal", s.goal, "sdt"))])
        if s.defects.get("follow") != "absent":
            rows.append([{"xml": "", "vmerge": "continue"}, lbl("Opfølgning"), para(val(d, s, "follow", s.follow, "sdt"))])
    elif s.defects.get("follow") != "absent":
        rows.append([lbl("Opfølgning"), {"xml": para(val(d, s, "follow", s.follow, "sdt")), "span": 2}])
    if s.defects.get("tasks") != "absent":
        rows.append([lbl("Indsatsområder"), {"xml": tasks_block(d, s, "sdt"), "span": 2}])
    if s.defects.get("duration") != "absent":
        rows.append([lbl("Bevilget periode"), {"xml": para(val(d, s, "duration", s.period(), "sdt")), "span": 2}])
    if s.defects.get("hours") != "absent":
        if s.defects.get("hours") in ("comment", "deleted", "hidden", "placeholder"):
            hv = para(val(d, s, "hours", s.hours, "sdt"))
        else:
            hv = para(hours_checkboxes(d, s, "w14"))
        rows.append([lbl("Timer pr. uge"), {"xml": hv, "span": 2}])
    d.body.append(Docx.table(rows, [2400, 1800, 5400]))
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s))
    footer_with(d, s)
    d.save(path)


def tpl_numbered_tabs(s: Spec, path: Path, rng: random.Random) -> None:
    """The six points as an auto-numbered list, label and value separated by a tab."""
    d = Docx("Skriftlig aftale om mentorstøtte")
    std_header(d, s, first_different=False)
    d.body.append(para(run("Skriftlig aftale om mentorstøtte"), style="Overskrift1"))
    d.body.append(citizen_line(d, s))
    items = [("goal", "Målet med mentorstøtten:", s.goal), ("mentor", "Mentorens navn og kontaktdata:", s.mentor_text(sep=", ")),
             ("tasks", "Opgaver mentoren skal bistå ved:", "; ".join(s.tasks)),
             ("duration", "Varighed:", s.period()), ("follow", "Opfølgning og mål for progression:", s.follow),
             ("hours", "Timetal:", s.hours)]
    for f, label, text in items:
        if s.defects.get(f) == "absent" or (f == "mentor" and s.place.get("mentor") == "footer"):
            continue
        d.body.append(para(run(label, bold=True) + run("\t") + val(d, s, f, text), num=(1, 0), tabs=[4200]))
    if s.place.get("appeal") not in ("footer",) and s.defects.get("appeal") != "absent" and s.appeal_kind != "none":
        if s.place.get("appeal") == "footnote" and s.appeal_kind == "full":
            d.body.append(para(run("Klagevejledning:", bold=True) + run(f"\tDu kan klage til {s.muni} Kommune.") +
                               d.footnote("Fristen for at klage er fire uger fra modtagelsen af aftalen. Kommunen "
                                          "genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
                               num=(1, 0), tabs=[4200]))
        else:
            d.body.append(para(run("Klagevejledning:", bold=True) + run("\t") + val(d, s, "appeal", s.appeal), num=(1, 0), tabs=[4200]))
    footer_with(d, s)
    d.save(path)


DOCX_TEMPLATES = {"sdt-table": tpl_sdt_table, "legacy-form": tpl_legacy_form, "mergefield-letter": tpl_merge_letter,
                  "textbox": tpl_textbox, "tracked-changes": tpl_tracked, "nested-table": tpl_nested,
                  "numbered-tabs": tpl_numbered_tabs}


# =====================================================================================================
# ODT agreement templates
# =====================================================================================================

def oval(o: Odt, s: Spec, f: str, text: str, control: bool = False) -> str:
    defect = s.defects.get(f)
    if defect == "placeholder":
        return o.control_text(f, None) if control else ot("<Udfyldes>")
    if defect == "deleted":
        return o.deletion(o.p(ot(text)))
    if defect == "hidden":
        return o.hidden(text)
    if defect == "revised-old":
        return o.deletion(o.p(ot("efter aftale"))) + o.insertion(ot(text))
    if control:
        return o.control_text(f, text)
    return ot(text)


def odt_common(o: Odt, s: Spec) -> None:
    o.header_first = o.p(ot(f"{s.muni} Kommune\nJobcenter {s.muni}"), "Header")
    o.header = o.p(ot(f"Mentoraftale · sag {s.sagsnr}"), "Header")
    foot = []
    if s.place.get("mentor") == "footer":
        foot.append(o.p(ot(f"Din mentor: {s.mentor_text(sep=' · ')}"), "Footer"))
    if s.place.get("appeal") == "footer":
        foot.append(o.p(o.bold("Klagevejledning: ") + oval(o, s, "appeal", s.appeal), "Footer"))
    foot.append(o.p(ot(f"Jobcenter {s.muni} · {s.cw_name} · tlf. {s.cw_phone}"), "Footer"))
    o.footer = "".join(foot)


def odt_sections(s: Spec, path: Path, rng: random.Random) -> None:
    o = Odt("Aftale om mentorstøtte")
    odt_common(o, s)
    o.body.append(o.h("Aftale om mentorstøtte"))
    o.body.append(o.p(ot(f"Borger: {s.citizen}" + (f"\nCPR-nr. {s.cpr}" if s.cpr else ""))))
    parts = [("goal", "Mål", s.goal), ("mentor", "Mentor", s.mentor_text()), ("tasks", "Mentorens opgaver", None),
             ("duration", "Periode", s.period()), ("hours", "Timetal", s.hours), ("follow", "Opfølgning", s.follow)]
    for f, h, text in parts:
        if s.defects.get(f) == "absent" or (f == "mentor" and s.place.get("mentor") == "footer"):
            continue
        inner = o.h(h, 2)
        if f == "tasks":
            if s.defects.get("tasks"):
                inner += o.p(oval(o, s, "tasks", "; ".join(s.tasks)))
            else:
                inner += "<text:list>" + "".join(f"<text:list-item>{o.p(ot(t_))}</text:list-item>" for t_ in s.tasks) + "</text:list>"
        elif f == "duration" and not s.defects.get(f) and rng.random() < 0.6:
            other = add_months(s.start, 10) - dt.timedelta(days=1) if not s.over6 else add_months(s.start, 4) - dt.timedelta(days=1)
            inner += o.p(ot("Perioden er ") + o.deletion(o.p(ot(fmt_period(s.start, other, s.period_style)))) +
                         o.insertion(ot(s.period())))
        else:
            inner += o.p(oval(o, s, f, text))
        o.body.append(f'<text:section text:name="Sektion_{f}">{inner}</text:section>')
    if s.place.get("appeal") != "footer" and s.defects.get("appeal") != "absent" and s.appeal_kind != "none":
        o.body.append(f'<text:section text:name="Sektion_klage">{o.h("Klagevejledning", 2)}{o.p(oval(o, s, "appeal", s.appeal))}</text:section>')
    if rng.random() < 0.5:
        # an old hours text in a hidden section: not shown
        o.body.append(f'<text:section text:name="Gammel_tekst" text:display="none">{o.p(ot("Timetal (gammel skabelon): 10 timer pr. uge"))}</text:section>')
        s.traits.append("odt-hidden-section")
    o.save(path)


def odt_form(s: Spec, path: Path, rng: random.Random) -> None:
    o = Odt("Mentoraftale")
    odt_common(o, s)
    o.body.append(o.h("Mentoraftale"))
    rows = [[o.p(o.bold("Borger")), o.p(ot(s.citizen + (f" ({s.cpr})" if s.cpr else "")))]]
    parts = [("goal", "Mål", s.goal), ("mentor", "Mentor", s.mentor_text(sep=", ")), ("tasks", "Opgaver", "; ".join(s.tasks)),
             ("duration", "Periode", s.period()), ("follow", "Opfølgning", s.follow)]
    for f, h, text in parts:
        if s.defects.get(f) == "absent" or (f == "mentor" and s.place.get("mentor") == "footer"):
            continue
        rows.append([o.p(o.bold(h)), o.p(oval(o, s, f, text, control=True))])
    if s.defects.get("hours") != "absent":
        if s.defects.get("hours") in ("deleted", "hidden", "placeholder"):
            hv = o.p(oval(o, s, "hours", s.hours, control=True))
        else:
            vague = s.defects.get("hours") == "vague-hours"
            chosen = 4 if vague else s.hours_option
            hv = "".join(o.p(o.control_checkbox(f"Timer{i}", opt, i == chosen) + ot(" " + opt))
                         for i, opt in enumerate(HOURS_OPTIONS + ["Efter behov"]))
        rows.append([o.p(o.bold("Timer pr. uge")), hv])
    o.body.append(Odt.table(rows, 2))
    if s.place.get("appeal") != "footer" and s.defects.get("appeal") != "absent" and s.appeal_kind != "none":
        o.body.append(o.h("Klagevejledning", 2))
        o.body.append(o.p(oval(o, s, "appeal", s.appeal)))
    o.save(path)


def odt_frame(s: Spec, path: Path, rng: random.Random) -> None:
    o = Odt("Aftale om mentor")
    odt_common(o, s)
    contact = o.p(o.bold("Din mentor")) + o.p(oval(o, s, "mentor", s.mentor_text()))
    first = o.frame(contact) if s.defects.get("mentor") != "absent" and s.place.get("mentor") != "footer" else ""
    o.body.append(o.p(first + ot("Aftale om mentor"), "Heading_20_1"))
    o.body.append(o.p(ot(f"Til: {s.citizen}" + (f"\nCPR: {s.cpr}" if s.cpr else ""))))
    rows = []
    for f, h, text in [("goal", "Formål", s.goal), ("tasks", "Mentor hjælper med", "\n".join("• " + t_ for t_ in s.tasks)),
                       ("duration", "Varighed", s.period()), ("hours", "Timer", s.hours), ("follow", "Opfølgning", s.follow)]:
        if s.defects.get(f) == "absent":
            continue
        rows.append([o.p(o.bold(h)), o.p(oval(o, s, f, text))])
    o.body.append(Odt.table(rows, 2))
    if s.place.get("appeal") != "footer" and s.defects.get("appeal") != "absent" and s.appeal_kind != "none":
        o.body.append(o.p(o.bold("Klagevejledning")))
        o.body.append(o.p(oval(o, s, "appeal", s.appeal)))
    o.save(path)


ODT_TEMPLATES = {"odt-sections": odt_sections, "odt-form-controls": odt_form, "odt-frame": odt_frame}


# =====================================================================================================
# Decision letters, Min Plan entries
# =====================================================================================================

def decision_docx(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Afgørelse om mentorstøtte")
    std_header(d, s)
    d.body.append(para(d.mergefield("Navn", s.citizen)))
    d.body.append(para(d.mergefield("Adresse", f"{rng.choice(['Bakkevej', 'Kirkegade', 'Møllevangen'])} {rng.randrange(1, 60)}")))
    if s.cpr:
        d.body.append(para(run("CPR-nr.: ") + d.docproperty("CPR", s.cpr)))
    d.body.append(para(run("Sagsnr.: ") + d.docproperty("Sagsnummer", s.sagsnr) + run("\tDato: " + dlong(s.start - dt.timedelta(days=10))), tabs=[6000]))
    sub = s.subtype
    if sub == "decision-partial":
        d.body.append(para(run("Afgørelse: Du får delvist bevilget mentorstøtte"), style="Overskrift1"))
        ask = add_months(s.start, 9) - dt.timedelta(days=1)
        d.body.append(para(run(f"Du har søgt om mentorstøtte i 9 måneder fra {dlong(s.start)} til {dlong(ask)}. "
                               f"Vi har bevilget mentorstøtte i perioden ") +
                           val(d, s, "duration", s.period()) + run(f", {s.hours}.")))
    else:
        d.body.append(para(run("Afgørelse om mentorstøtte"), style="Overskrift1"))
        d.body.append(para(run("Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden ") +
                           val(d, s, "duration", s.period()) + run(".")))
        d.body.append(para(run(f"Støtten er på {s.hours}. Din mentor bliver {s.mentor_name} fra {s.mentor_org}.")))
    if s.extras and "missing-reasons" in s.extras:
        pass
    else:
        d.body.append(para(run("Begrundelse"), style="Overskrift2"))
        d.body.append(para(run("Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik, og at "
                               "du selv har ønsket en mentor. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv "
                               "beskæftigelsesindsats.") + (run(" En periode kan højst vare 6 måneder ad gangen.") if sub == "decision-partial" else "")))
    if s.place.get("appeal") != "footer":
        d.body.append(appeal_paras(d, s, style="Overskrift2"))
    d.body.append(para(run(f"Med venlig hilsen\n{s.cw_name}\nJobcenter {s.muni}")))
    footer_with(d, s)
    d.save(path)


def minplan_docx(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Min Plan")
    d.headers["default"] = para(run(f"Min Plan · {s.citizen} · udskrevet {dlong(s.start)}"), style="Sidehoved")
    if s.cpr:
        d.headers["default"] = para(run(f"Min Plan · {s.citizen} ({s.cpr}) · udskrevet {dlong(s.start)}"), style="Sidehoved")
    d.body.append(para(run("Min Plan"), style="Titel"))
    d.body.append(para(run("Indsats: Mentorstøtte (§ 167)"), style="Overskrift1"))
    w = "sdt" if rng.random() < 0.5 else "plain"
    rows = [[{"xml": para(run("Mentorstøtte", bold=True)), "span": 2, "shade": "E2EFD9"}]]
    for f, label, text in [("goal", "Formål med mentorstøtten", s.goal), ("mentor", "Mentor", s.mentor_text()),
                           ("tasks", "Mentorens opgaver", None), ("duration", "Varighed", s.period()),
                           ("hours", "Timetal pr. uge", s.hours)]:
        if s.defects.get(f) == "absent":
            continue
        if f == "tasks":
            rows.append([lbl(label), tasks_block(d, s, "repeat" if w == "sdt" else "plain")])
        else:
            rows.append([lbl(label), para(val(d, s, f, text, w))])
    d.body.append(Docx.table(rows, [3200, 6400]))
    d.body.append(para(run("Planen er lavet sammen med dig. Ændringer i timer eller formål skrives ind i Min Plan.")))
    d.footers["default"] = para(run(f"Jobcenter {s.muni} · Min Plan · side ") + d.complex_field("PAGE", "1"), style="Sidefod")
    d.save(path)


def minplan_odt(s: Spec, path: Path, rng: random.Random) -> None:
    o = Odt("Min Plan")
    o.header = o.p(ot(f"Min Plan – {s.citizen}" + (f" – {s.cpr}" if s.cpr else "")), "Header")
    o.body.append(o.h("Min Plan"))
    o.body.append(o.h("Mentorstøtte", 2))
    for f, label, text in [("goal", "Mål", s.goal), ("mentor", "Mentor", s.mentor_text(sep=", ")),
                           ("tasks", "Mentor hjælper med", "; ".join(s.tasks)), ("duration", "Periode", s.period()),
                           ("hours", "Timer", s.hours)]:
        if s.defects.get(f) == "absent":
            continue
        o.body.append(o.p(o.bold(label + ":") + "<text:tab/>" + oval(o, s, f, text)))
    o.save(path)


# =====================================================================================================
# Documents that are none of the three kinds
# =====================================================================================================

def unk_status_report(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Statusrapport fra mentor")
    d.body.append(para(run("Statusrapport – mentorforløb"), style="Titel"))
    d.body.append(para(run(f"Til: Jobcenter {s.muni}, {s.cw_name}\nFra: {s.mentor_name}, {s.mentor_org}, tlf. {s.mentor_phone}")))
    d.body.append(Docx.table([[lbl("Borger"), para(d.sdt_text("Borger", s.citizen + (f", CPR-nr. {s.cpr}" if s.cpr else "")))],
                              [lbl("Periode for status"), para(d.sdt_date("Fra", s.start.isoformat(), dlong(s.start)) + run(" – ") +
                                                                d.sdt_date("Til", add_months(s.start, 2).isoformat(), dlong(add_months(s.start, 2))))],
                              [lbl("Brugte timer"), para(run(f"{rng.randrange(8, 30)} timer"))]], [3000, 6600]))
    d.body.append(para(run("Hvordan går det?"), style="Overskrift2"))
    d.body.append(para(run(f"{s.cfirst} møder stabilt og er glad for praktikken. Vi har arbejdet med målet i aftalen: {s.goal}")))
    d.body.append(para(run("Anbefaling"), style="Overskrift2"))
    d.body.append(para(run("Jeg anbefaler, at forløbet fortsætter som aftalt, og at vi holder statusmøde inden udløb.")))
    d.save(path)


def unk_invoice(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Faktura")
    d.headers["default"] = para(run(f"{s.mentor_org} · CVR {rng.randrange(10000000, 99999999)} · {s.mentor_mail}"), style="Sidehoved")
    d.body.append(para(run(f"FAKTURA nr. {rng.randrange(1000, 9999)}"), style="Titel"))
    d.body.append(para(run(f"{s.muni} Kommune\nJobcenter – kreditorbogholderiet\nEAN: 5798{rng.randrange(100000000, 999999999)}")))
    rows = [[lbl("Ydelse"), lbl("Periode"), lbl("Timer"), lbl("Beløb")]]
    total = 0
    for i in range(3):
        h = rng.randrange(6, 16)
        total += h * 450
        m = add_months(s.start, i)
        rows.append([para(run(f"Mentorstøtte, borger {s.cfirst[0]}.{s.citizen.split()[-1][0]}.")), para(run(f"{MONTHS[m.month - 1]} {m.year}")),
                     para(run(str(h))), para(run(f"{h * 450:,} kr.".replace(",", ".")))])
    rows.append([{"xml": lbl("I alt ekskl. moms"), "span": 3}, para(run(f"{total:,} kr.".replace(",", ".")))])
    d.body.append(Docx.table(rows, [4200, 2000, 1200, 2200]))
    d.body.append(para(run("Betalingsbetingelser: netto 30 dage. Timerne er opgjort efter mentoraftalen.")))
    d.save(path)


def unk_minutes(s: Spec, path: Path, rng: random.Random) -> None:
    o = Odt("Referat")
    o.body.append(o.h("Referat af netværksmøde"))
    o.body.append(o.p(ot(f"Dato: {dlong(s.start)}\nDeltagere: {s.citizen}{f' (cpr {s.cpr})' if s.cpr else ''}, {s.mentor_name} (mentor), {s.cw_name} (jobcenter)")))
    o.body.append(o.h("1. Velkomst og status", 2))
    o.body.append(o.p(ot(f"{s.cfirst} fortalte om praktikken. Mentor oplever god fremgang.")))
    o.body.append(o.h("2. Mentorstøtten", 2))
    o.body.append(o.p(ot(f"Vi drøftede, om mentorstøtten skal forlænges. Mentor har i dag {s.hours}. Sagsbehandler "
                         "vurderer sagen og sender en ny aftale, hvis støtten fortsætter.")))
    o.body.append(o.h("3. Næste møde", 2))
    o.body.append(o.p(ot(f"Næste møde holdes {dlong(add_months(s.start, 1))} kl. 10 i jobcentret.")))
    o.footer = o.p(ot(f"Referent: {s.cw_name}"), "Footer")
    o.save(path)


def unk_leaflet(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Hvad er en mentor?")
    d.body.append(para(d.textbox([para(run("Vidste du?", bold=True)),
                                  para(run("En mentor kan hjælpe dig i op til 6 måneder ad gangen."))]) + run("Hvad er en mentor?"), style="Titel"))
    d.body.append(para(run(f"Jobcenter {s.muni} kan give dig en mentor, hvis du har brug for ekstra støtte til at komme i job eller uddannelse.")))
    d.body.append(para(run("Hvad står der i en mentoraftale?"), style="Overskrift2"))
    for t_ in ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
               "Hvor længe aftalen varer, og hvordan vi følger op", "Hvor mange timer om ugen du har mentor",
               "Hvordan du klager, hvis du er uenig"]:
        d.body.append(para(run(t_), num=(2, 0), style="Listeafsnit"))
    d.body.append(para(run("Hvis du er uenig i en afgørelse, kan du klage til kommunen inden 4 uger.")))
    d.footers["default"] = para(run(f"Jobcenter {s.muni} · Ring på {s.cw_phone}"), style="Sidefod")
    d.save(path)


def unk_private(s: Spec, path: Path, rng: random.Random) -> None:
    club = rng.choice(["Vestbyens Boldklub", "Friskolen ved Åen", "KFUM Idræt", "Ungdomsskolens Natcafé"])
    d = Docx(f"Mentoraftale – {club}")
    d.body.append(para(run(f"Mentoraftale – {club}"), style="Titel"))
    d.body.append(para(run(f"Denne aftale er lavet mellem {s.citizen} og {club}s frivillige mentorordning. Ordningen er "
                           "privat og har ikke noget med kommunen at gøre.")))
    rows = [[lbl("Mål"), para(d.sdt_text("Mål", f"{s.cfirst} vil gerne komme i lære som tømrer efter sommerferien."))],
            [lbl("Mentor"), para(d.sdt_text("Mentor", f"{s.mentor_name}, tlf. {s.mentor_phone}"))],
            [lbl("Vi mødes"), para(run("hver torsdag efter træning, ca. 1 time"))],
            [lbl("Periode"), para(run(s.period()))]]
    d.body.append(Docx.table(rows, [2400, 7200]))
    d.body.append(para(run("Aftalen kan altid stoppes af begge parter. Den frivillige mentor har tavshedspligt.")))
    d.save(path)


def unk_procedure(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Arbejdsgangsbeskrivelse")
    d.body.append(para(run("Arbejdsgang: Oprettelse af mentoraftale i fagsystemet"), style="Overskrift1"))
    d.body.append(para(run(f"Gælder for: sagsbehandlere i Jobcenter {s.muni}. Senest revideret {dlong(s.start)}.")))
    steps = ["Opret indsatsen 'Mentorstøtte' i fagsystemet og vælg leverandør.",
             "Udfyld skabelonen 'Mentoraftale' – alle felter skal udfyldes: mål, mentor med kontaktdata, opgaver, periode (højst 6 måneder), opfølgning og timetal.",
             "Kontrollér, at klagevejledningen står i aftalen (4 ugers klagefrist, genvurdering, Ankestyrelsen).",
             "Send aftalen til borgerens e-Boks og journalisér den.",
             "Sæt en opfølgning i kalenderen 14 dage før udløb."]
    for st in steps:
        d.body.append(para(run(st), num=(1, 0)))
    d.body.append(para(d.commented(run("Husk at bruge den nye skabelon fra 1. februar 2026."), "Skal vi linke til skabelonen?")))
    d.save(path)


def unk_quality(s: Spec, path: Path, rng: random.Random) -> None:
    o = Odt("Kvalitetsstandard")
    o.body.append(o.h(f"Kvalitetsstandard for mentorstøtte – {s.muni} Kommune"))
    o.body.append(o.h("Formål", 2))
    o.body.append(o.p(ot("Mentorstøtte skal hjælpe borgeren med at få eller fastholde job eller uddannelse.")))
    o.body.append(o.h("Serviceniveau", 2))
    rows = [[o.p(o.bold("Niveau")), o.p(o.bold("Timer")), o.p(o.bold("Opfølgning"))],
            [o.p(ot("1")), o.p(ot("0-1 time pr. uge")), o.p(ot("hver 3. måned"))],
            [o.p(ot("2")), o.p(ot("1-2 timer pr. uge")), o.p(ot("hver måned"))],
            [o.p(ot("3")), o.p(ot("mere end 2 timer pr. uge")), o.p(ot("hver måned"))]]
    o.body.append(Odt.table(rows, 3))
    o.body.append(o.h("Den skriftlige aftale", 2))
    o.body.append(o.p(ot("Aftalen skal indeholde målet, mentorens navn og kontaktdata, opgaverne, varigheden og opfølgning, "
                         "timetallet samt klagevejledning. Støtten gives i højst 6 måneder ad gangen.")))
    o.footer = o.p(ot(f"Godkendt af Beskæftigelsesudvalget, {s.muni} Kommune"), "Footer")
    o.save(path)


def unk_invitation(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Indkaldelse til samtale")
    std_header(d, s)
    d.body.append(para(d.mergefield("Navn", s.citizen)))
    d.body.append(para(run("Indkaldelse til opfølgningssamtale"), style="Overskrift1"))
    d.body.append(para(run("Du er indkaldt til samtale om din mentorstøtte ") +
                       d.mergefield("Mødedato", dlong(add_months(s.start, 2))) + run(" kl. ") + d.mergefield("Kl", "10.30") +
                       run(f" i Jobcenter {s.muni}. Din mentor {s.mentor_name} deltager også.")))
    d.body.append(para(run("Hvis du er forhindret, skal du ringe til os hurtigst muligt.")))
    d.body.append(para(run(f"Venlig hilsen\n{s.cw_name}")))
    footer_with(d, s)
    d.save(path)


def unk_timesheet(s: Spec, path: Path, rng: random.Random) -> None:
    d = Docx("Timeregistrering")
    d.body.append(para(run("Timeregistrering – mentor"), style="Overskrift1"))
    d.body.append(para(run("Mentor: ") + d.formtext("Mentor", s.mentor_name) + run("\tMåned: ") + d.formtext("Maaned", f"{MONTHS[s.start.month - 1]} {s.start.year}"), tabs=[5000]))
    rows = [[lbl("Dato"), lbl("Fra"), lbl("Til"), lbl("Aktivitet")]]
    for i in range(4):
        day = s.start + dt.timedelta(days=7 * i)
        rows.append([para(run(f"{day.day}/{day.month}")), para(run("9.00")), para(run("11.00")),
                     para(run(rng.choice(["Samtale", "Fulgt til praktik", "Møde på skolen", "Telefonsamtale"])))])
    d.body.append(Docx.table(rows, [1800, 1200, 1200, 5400]))
    d.body.append(para(run("Underskrift mentor: ") + d.formtext("Underskrift", None)))
    d.save(path)


UNKNOWN = {"statusrapport": (unk_status_report, "docx"), "faktura": (unk_invoice, "docx"), "referat": (unk_minutes, "odt"),
           "pjece": (unk_leaflet, "docx"), "privat-mentoraftale": (unk_private, "docx"),
           "arbejdsgang": (unk_procedure, "docx"), "kvalitetsstandard": (unk_quality, "odt"),
           "indkaldelse": (unk_invitation, "docx"), "timeregistrering": (unk_timesheet, "docx")}


# =====================================================================================================
# the plan
# =====================================================================================================

def plan(g: Gen) -> list[tuple[Spec, str, str]]:
    """(spec, layout, format) for every document."""
    r = g.rng
    out = []
    docx_layouts = list(DOCX_TEMPLATES)
    odt_layouts = list(ODT_TEMPLATES)
    # agreement scenarios: (kwargs, traits)
    scen = [
        ({}, ["clean"]),
        ({}, ["clean"]),
        ({"place": {"mentor": "footer"}}, ["mentor-in-footer"]),
        ({"place": {"appeal": "footer"}}, ["appeal-in-footer"]),
        ({"place": {"appeal": "footnote"}}, ["appeal-deadline-in-footnote"]),
        ({"defects": {"goal": "placeholder"}}, ["goal-placeholder"]),
        ({"defects": {"mentor": "placeholder"}}, ["mentor-placeholder"]),
        ({"defects": {"hours": "vague-hours"}}, ["hours-vague-box-ticked"]),
        ({"defects": {"hours": "comment"}}, ["hours-only-in-comment"]),
        ({"defects": {"mentor": "deleted"}}, ["mentor-only-in-deleted-revision"]),
        ({"defects": {"tasks": "deleted"}}, ["tasks-only-in-deleted-revision"]),
        ({"defects": {"appeal": "hidden"}}, ["appeal-hidden-text"]),
        ({"defects": {"hours": "hidden"}}, ["hours-hidden-text"]),
        ({"defects": {"follow": "absent"}}, ["follow-up-absent"]),
        ({"defects": {"duration": "placeholder"}}, ["period-placeholder"]),
        ({"over6": True}, ["period-over-6"]),
        ({"goal_clear": False}, ["goal-vague"]),
        ({"defects": {"mentor": "name-only"}}, ["mentor-name-only"]),
        ({"appeal_kind": "incomplete"}, ["appeal-incomplete"]),
        ({"appeal_kind": "wrong"}, ["appeal-wrong-route"]),
        ({"defects": {"tasks": "placeholder"}}, ["tasks-placeholder"]),
        ({"defects": {"follow": "placeholder", "hours": "comment"}}, ["follow-placeholder", "hours-only-in-comment"]),
        ({"over6": True, "place": {"mentor": "footer"}}, ["period-over-6", "mentor-in-footer"]),
        ({"goal_clear": False, "defects": {"hours": "vague-hours"}}, ["goal-vague", "hours-vague-box-ticked"]),
        ({"defects": {"goal": "hidden"}}, ["goal-hidden-text"]),
        ({"defects": {"hours": "inserted"}}, ["hours-inserted-revision"]),
        ({"defects": {"duration": "deleted"}}, ["period-only-in-deleted-revision"]),
    ]
    # 58 DOCX agreements: every template meets many scenarios
    i = 0
    for k in range(58):
        kw, tr = scen[k % len(scen)]
        layout = docx_layouts[(k * 3 + k // len(scen)) % len(docx_layouts)]
        kw = json.loads(json.dumps(kw))
        # the text-box template keeps the mentor in the box; its footer variant is fine too
        s = g.spec("agreement", **kw)
        s.traits = list(tr)
        out.append((s, layout, "docx"))
        i += 1
    # 12 ODT agreements
    odt_scen = [({}, ["clean"]), ({"place": {"mentor": "footer"}}, ["mentor-in-footer"]),
                ({"place": {"appeal": "footer"}}, ["appeal-in-footer"]), ({"defects": {"mentor": "deleted"}}, ["mentor-only-in-deleted-revision"]),
                ({"defects": {"hours": "vague-hours"}}, ["hours-vague-box-ticked"]), ({"over6": True}, ["period-over-6"]),
                ({"defects": {"goal": "placeholder"}}, ["goal-placeholder"]), ({"defects": {"appeal": "hidden"}}, ["appeal-hidden-text"]),
                ({"goal_clear": False}, ["goal-vague"]), ({"defects": {"follow": "absent"}}, ["follow-up-absent"]),
                ({"defects": {"hours": "revised-old"}}, ["hours-revised"]), ({"appeal_kind": "wrong"}, ["appeal-wrong-route"])]
    for k, (kw, tr) in enumerate(odt_scen):
        s = g.spec("agreement", **json.loads(json.dumps(kw)))
        s.traits = list(tr)
        layout = odt_layouts[k % 3]
        if layout != "odt-form-controls" and s.defects.get("hours") == "vague-hours":
            layout = "odt-form-controls"
        out.append((s, layout, "odt"))
    # 3 blank templates: every value still a placeholder; the printed appeal text is there
    for k, layout in enumerate(["sdt-table", "legacy-form", "mergefield-letter"]):
        blank = "unmerged" if layout == "mergefield-letter" else "placeholder"
        s = g.spec("agreement", defects={f: blank for f in ("goal", "mentor", "tasks", "duration", "hours", "follow")})
        s.cpr = None
        s.subtype = "blank-template"
        s.traits = ["blank-template", "all-placeholders"]
        if layout == "mergefield-letter":
            s.defects["tasks"] = "placeholder"
        out.append((s, layout, "docx"))
    # 14 decision letters
    dec_scen = [({}, ["clean"]), ({"place": {"appeal": "footer"}}, ["appeal-in-footer"]),
                ({"place": {"appeal": "footnote"}}, ["appeal-deadline-in-footnote"]), ({"over6": True}, ["period-over-6"]),
                ({"appeal_kind": "incomplete"}, ["appeal-incomplete"]), ({"defects": {"appeal": "hidden"}}, ["appeal-hidden-text"]),
                ({"appeal_kind": "wrong"}, ["appeal-wrong-route"]), ({"subtype": "decision-partial"}, ["partial-grant", "asked-9-months"]),
                ({"defects": {"appeal": "deleted"}}, ["appeal-only-in-deleted-revision"]), ({}, ["clean"]),
                ({"over6": True, "place": {"appeal": "footer"}}, ["period-over-6", "appeal-in-footer"]),
                ({"appeal_kind": "none"}, ["appeal-absent"]), ({"subtype": "decision-partial", "place": {"appeal": "footnote"}}, ["partial-grant"]),
                ({"defects": {"duration": "revised-old"}}, ["period-revised"])]
    for kw, tr in dec_scen:
        kw = json.loads(json.dumps(kw))
        kw.setdefault("subtype", "decision-grant")
        s = g.spec("decision", **kw)
        s.traits = list(tr)
        out.append((s, "decision-letter", "docx"))
    # 12 Min Plan entries
    mp_scen = [({}, ["clean"]), ({}, ["clean"]), ({"defects": {"hours": "placeholder"}}, ["hours-placeholder"]),
               ({"defects": {"mentor": "name-only"}}, ["mentor-name-only"]), ({"goal_clear": False}, ["goal-vague"]),
               ({"over6": True}, ["period-over-6"]), ({"defects": {"tasks": "placeholder"}}, ["tasks-placeholder"]),
               ({"defects": {"goal": "hidden"}}, ["goal-hidden-text"]), ({"defects": {"duration": "absent"}}, ["period-absent"]),
               ({"defects": {"hours": "deleted"}}, ["hours-only-in-deleted-revision"]), ({}, ["clean"]), ({"defects": {"mentor": "placeholder"}}, ["mentor-placeholder"])]
    for k, (kw, tr) in enumerate(mp_scen):
        s = g.spec("minplan", subtype="minplan", appeal_kind="none", **json.loads(json.dumps(kw)))
        s.traits = list(tr)
        fmt = "odt" if k in (1, 6, 9) else "docx"
        if fmt == "odt" and s.defects.get("tasks") == "placeholder":
            pass
        out.append((s, "minplan-print", fmt))
    # 18 unknown documents
    unk = list(UNKNOWN)
    for k in range(18):
        name = unk[k % len(unk)]
        s = g.spec("unknown", subtype=name, appeal_kind="none")
        s.traits = ["not-a-mentor-document-kind"]
        out.append((s, name, UNKNOWN[name][1]))
    return out


def slug(s: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": "-"})
    return "".join(c for c in s.translate(tr).lower() if c.isalnum() or c == "-")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--no-rtf", action="store_true", help="skip the LibreOffice RTF export")
    args = ap.parse_args()
    rng = random.Random(SEED)
    g = Gen(rng)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    items = plan(g)
    rtf_candidates = []
    for n, (s, layout, fmt) in enumerate(items):
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "min-plan", "unknown": "diverse"}[s.kind]
        base = {"agreement": "mentoraftale", "decision": "afgoerelse-mentorstoette", "minplan": "min-plan-mentor",
                "unknown": s.subtype}[s.kind]
        if s.subtype == "blank-template":
            base = "skabelon-mentoraftale-tom"
        rel = f"{slug(s.muni)}/{folder}/{n:03d}-{base}-{slug(s.cfirst)}.{fmt}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if s.kind == "unknown":
            UNKNOWN[s.subtype][0](s, path, rng)
            used = s.cpr and s.subtype in ("statusrapport", "referat")
            cprs = [s.cpr, s.cpr.replace("-", "")] if used else []
        else:
            if s.kind == "agreement":
                (DOCX_TEMPLATES if fmt == "docx" else ODT_TEMPLATES)[layout](s, path, rng)
            elif s.kind == "decision":
                decision_docx(s, path, rng)
            else:
                (minplan_docx if fmt == "docx" else minplan_odt)(s, path, rng)
            cprs = [s.cpr, s.cpr.replace("-", "")] if s.cpr else []
        traits = sorted(set(s.traits + (["cpr"] if cprs else []) + [f"layout:{layout}"]))
        e = {"path": rel, "format": fmt, "kind": s.kind, "subtype": s.subtype if s.kind != "agreement" or s.subtype == "blank-template" else "agreement",
             "layout": layout, "rules": s.rules(), "extras": sorted(s.extras), "error": None, "accept_errors": [],
             "must_not_contain": cprs, "traits": traits}
        if s.kind in ("agreement", "decision", "minplan") and not s.missing("duration"):
            e["period"] = {"start": s.start.isoformat(), "end": s.end.isoformat()}
        entries.append(e)
        if fmt == "docx" and s.kind != "unknown" and n % 9 == 4:
            rtf_candidates.append((path, e))
    if not args.no_rtf:
        export_rtf(out, rtf_candidates, entries)
    from_manifest(out, entries)
    kinds = {}
    for e in entries:
        kinds[(e["kind"], e["format"])] = kinds.get((e["kind"], e["format"]), 0) + 1
    print(f"{len(entries)} documents in {out}: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(kinds.items())))
    return 0


def export_rtf(out: Path, cands, entries) -> None:
    """Some DOCX are also saved as RTF by LibreOffice (a second, independent document)."""
    with tempfile.TemporaryDirectory() as tmp:
        srcs = []
        for i, (p, e) in enumerate(cands):
            dst = Path(tmp) / f"{i:03d}.docx"
            shutil.copy(p, dst)
            srcs.append(str(dst))
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_ak_profile", "--headless", "--convert-to", "rtf",
               "--outdir", tmp] + srcs
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for i, (p, e) in enumerate(cands):
            rtf = Path(tmp) / f"{i:03d}.rtf"
            if not rtf.exists():
                continue
            rel = e["path"].rsplit(".", 1)[0].replace("/aftaler/", "/aftaler-rtf/").replace("/afgoerelser/", "/afgoerelser-rtf/") \
                .replace("/min-plan/", "/min-plan-rtf/") + ".rtf"
            dst = out / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(rtf, dst)
            e2 = dict(e, path=rel, format="rtf", layout="rtf-export-" + e["layout"],
                      traits=sorted(set(e["traits"]) | {"libreoffice-rtf-export"}))
            entries.append(e2)


def from_manifest(out: Path, entries) -> None:
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
