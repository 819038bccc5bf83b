#!/usr/bin/env python3
"""Corpus AN: mentor documents as different WRITERS write them, in Danish, plain Danish and English.

Writers: private mentor providers (own letterhead and field names), HR people at private employers
(virksomhedsmentor), youth guidance (uddannelseshjælp, FGU, STU), "Let dansk" versions, English and
bilingual versions, caseworkers in a hurry (abbreviations), and old 2015-2019 templates (§ 31 b).

Written independently from domain.md, the seed texts and the rule docs (`mentordocs rules NAME`);
labels are decided here, before any linter run.

    python make_corpus_an.py --out /work/corpora/an [--seed 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import html as htmlmod
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

RULES9 = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
APPLIES = {
    "agreement": set(RULES9),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

CITIZENS = [("Anna", "Kristensen"), ("Mikkel", "Sørensen"), ("Fatima", "Ali"), ("Jonas", "Holm"),
            ("Sofie", "Madsen"), ("Ahmed", "Hassan"), ("Line", "Pedersen"), ("Kasper", "Nielsen"),
            ("Mathilde", "Jensen"), ("Omar", "Khalil"), ("Camilla", "Larsen"), ("Emil", "Rasmussen"),
            ("Nadia", "Yilmaz"), ("Frederik", "Olsen"), ("Maja", "Thomsen"), ("Tobias", "Poulsen"),
            ("Sara", "Andersen"), ("Ali", "Mohammadi"), ("Ida", "Christiansen"), ("Lukas", "Møller"),
            ("Amira", "Said"), ("Oliver", "Berg"), ("Freja", "Dahl"), ("Yusuf", "Demir"),
            ("Julie", "Lund"), ("Mads", "Bak"), ("Hiba", "Nasser"), ("Victor", "Friis")]
MENTORS = [("Lars", "Østergaard"), ("Pernille", "Vestergaard"), ("Søren", "Kjær"), ("Hanne", "Bruun"),
           ("Rasmus", "Lauridsen"), ("Mette", "Frandsen"), ("Jesper", "Iversen"), ("Louise", "Winther"),
           ("Bo", "Skov"), ("Tina", "Mortensen"), ("Kim", "Dalgaard"), ("Charlotte", "Bech"),
           ("Henrik", "Lykke"), ("Dorthe", "Juhl"), ("Anders", "Krogh"), ("Malene", "Hviid")]
CASEWORKERS = [("Birgitte", "Holm"), ("Thomas", "Brandt"), ("Lene", "Kirkegaard"),
               ("Michael", "Jepsen"), ("Susanne", "Toft"), ("Peter", "Damgaard")]
KOMMUNER = ["Viborg", "Holbæk", "Herning", "Faxe", "Roskilde", "Assens", "Tønder", "Randers",
            "Silkeborg", "Næstved", "Slagelse", "Kolding"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk", "Forløbsaftale"),
             ("JobBro Mentor & Coaching", "jobbro.dk", "Samarbejdsaftale om mentorforløb"),
             ("Trin for Trin Mentorcenter", "trinfortrin.dk", "Indsatsplan"),
             ("KompasGruppen A/S", "kompasgruppen.dk", "Forløbsaftale – mentorstøtte"),
             ("Brobyg Social & Job", "brobyg.dk", "Samarbejdsaftale om mentorforløb")]
EMPLOYERS = [("Nordlager A/S", "lagermedarbejder", "lageret"),
             ("Bageriet Solsikken ApS", "bageriassistent", "bageriet"),
             ("Fjordvang Plejecenter (privat)", "serviceassistent", "køkkenet"),
             ("Hansen & Søn VVS ApS", "VVS-lærling", "værkstedet"),
             ("GreenPark Gartneri", "gartnerimedhjælper", "drivhusene"),
             ("Cykelmekka ApS", "cykelmekaniker", "værkstedet"),
             ("Kontorservice Vest A/S", "kontorassistent", "receptionen")]
JOBS = [("lagermedarbejder", "Bilka"), ("butiksassistent", "Netto"), ("køkkenmedhjælper", "Café Havnen"),
        ("rengøringsassistent", "ISS"), ("pakkerimedarbejder", "Danish Crown"),
        ("pedelmedhjælper", "Boligselskabet Fjordly"), ("chauffør", "PostNord")]
EDUS = ["SOSU-hjælperuddannelsen", "EUD Detail på Business College", "FGU Nordvest, produktionsgrunduddannelse (PGU)",
        "9. klasses prøve på FGU (AGU)", "HF på VUC", "AMU-kursus i truckcertifikat",
        "EUX Business", "grundforløb 1 på Tech College", "FVU-dansk trin 2"]


def phone(r: random.Random) -> str:
    d = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(10, 99)}{r.randint(1000, 9999)}"
    return f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"


def cpr(r: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=r.randint(0, 16000))
    return f"{d:%d%m%y}-{r.randint(1000, 9999)}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def da_date(d: dt.date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d:%d.%m.%Y}"
    if style == 2:
        return f"{d.day}/{d.month}-{d:%y}"
    if style == 3:
        return f"{d.day}/{d.month} {d.year}"
    return d.isoformat()


def en_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


class Doc:
    """Blocks: ('h', text, level) ('p', text) ('ul', [items]) ('ol', [items]) ('table', rows, header?)"""

    def __init__(self, title: str):
        self.title = title
        self.blocks: list[tuple] = []
        self.header: list[str] = []
        self.footer: list[str] = []

    def h(self, t, lvl=2):
        self.blocks.append(("h", t, lvl))

    def p(self, t):
        self.blocks.append(("p", t))

    def ul(self, items):
        self.blocks.append(("ul", list(items)))

    def ol(self, items):
        self.blocks.append(("ol", list(items)))

    def table(self, rows, header=False):
        self.blocks.append(("table", [list(r) for r in rows], header))


# ------------------------------------------------------------------ the facts of one case
class Case:
    def __init__(self, r: random.Random, year_range=(2025, 2026)):
        self.r = r
        self.cit = r.choice(CITIZENS)
        self.men = r.choice(MENTORS)
        self.cw = r.choice(CASEWORKERS)
        self.kommune = r.choice(KOMMUNER)
        self.mphone = phone(r)
        self.cwphone = phone(r)
        y = r.randint(*year_range)
        self.start = dt.date(y, r.randint(1, 12), r.choice([1, 1, 1, 15, 4, 10]))
        self.months = r.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.over_end = add_months(self.start, r.choice([8, 9, 10, 12])) - dt.timedelta(days=1)
        self.hours = r.choice([2, 2, 3, 3, 4, 5])
        self.job = r.choice(JOBS)
        self.edu = r.choice(EDUS)
        self.cpr = cpr(r)
        self.sagsnr = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(1, 999)}-{y % 100}"
        self.issued = self.start - dt.timedelta(days=r.randint(5, 20))

    @property
    def cname(self):
        return f"{self.cit[0]} {self.cit[1]}"

    @property
    def mname(self):
        return f"{self.men[0]} {self.men[1]}"

    def memail(self, domain):
        return f"{self.men[0].lower().replace('ø', 'oe').replace('å', 'aa').replace('æ', 'ae')}@{domain}"


def pick_defects(r: random.Random, kind: str, pool: list[str], p_clean: float = 0.4,
                 maxn: int = 2) -> set[str]:
    """Defects a writer really makes; restricted later to the rules that apply to the kind."""
    if r.random() < p_clean:
        return set()
    n = 1 if r.random() < 0.75 else maxn
    return set(r.sample(pool, min(n, len(pool))))


def normalise(defects: set[str]) -> set[str]:
    """A missing field hides the defects of its content."""
    d = set(defects)
    if "missing-goal" in d:
        d.discard("unclear-goal")
    if "missing-duration" in d:
        d.discard("duration-over-6-months")
    if "missing-appeal-guidance" in d:
        d.discard("appeal-wrong-route")
    return d


def labels(kind: str, defects: set[str]) -> tuple[list[str], list[str]]:
    defects = normalise(defects)
    rules = sorted(d for d in defects if d in APPLIES[kind])
    extras = sorted(d for d in defects if d in ("missing-reasons", "appeal-wrong-route"))
    return rules, extras


# ------------------------------------------------------------------ Danish field text
def goal_da(c: Case, d: set, youth=False) -> str | None:
    r = c.r
    if "missing-goal" in d:
        return r.choice([None, "Udfyldes senere", "…", "Klik eller tryk her for at skrive tekst."])
    if "unclear-goal" in d:
        return r.choice([
            "Støtte til at komme videre og øget trivsel.",
            f"At {c.cit[0]} får mere struktur på hverdagen og bedre selvværd.",
            "Sikre at borgeren kommer tættere på arbejdsmarkedet.",
            f"{c.cit[0]} skal arbejde med sig selv og få det bedre.",
            "Motivere borgeren og give ro i hverdagen.",
        ])
    if youth:
        return r.choice([
            f"{c.cit[0]} starter på {c.edu} {da_date(c.end + dt.timedelta(days=1))} og møder mindst fire dage om ugen.",
            f"{c.cit[0]} gennemfører grundforløbet på {c.edu} med højst tre dages fravær pr. måned.",
            f"{c.cit[0]} har søgt optagelse på {c.edu} senest {da_date(c.end)} og kommer til optagelsessamtalen.",
        ])
    job, firm = c.job
    return r.choice([
        f"{c.cit[0]} er i virksomhedspraktik som {job} hos {firm} {c.hours * 5} timer om ugen senest {da_date(c.end)}, med henblik på løntilskud.",
        f"Ordinært job som {job} (fx {firm}) med mindst 15 timer om ugen ved forløbets udløb.",
        f"{c.cit[0]} starter på {c.edu} og møder stabilt frem, mindst 4 dage om ugen.",
        f"Hovedmål: fastholdelse i praktik hos {firm} som {job}. Delmål: møde til tiden alle aftalte dage i de første 6 uger.",
    ])


def tasks_da(c: Case, d: set):
    if "missing-tasks" in d:
        return c.r.choice([None, "-", "Udfyldes af mentor"])
    pool = [f"følge {c.cit[0]} til praktikstedet de første to uger",
            "ugentlig samtale om fremmøde og transport",
            "hjælpe med at læse og svare på breve fra kommunen",
            "støtte til at få styr på morgenrutiner, så mødetider overholdes",
            "tage med til møder på uddannelsesstedet",
            "hjælpe med kontakt til læge og misbrugscenter, så behandling ikke kolliderer med praktik",
            "øve jobsamtaler og skrive ansøgninger sammen",
            "være bindeled mellem borger, arbejdsplads og sagsbehandler"]
    return c.r.sample(pool, c.r.randint(2, 4))


def period_da(c: Case, d: set, style=0):
    if "missing-duration" in d:
        return c.r.choice([None, "Indtil videre", "Fra opstart og så længe der er behov", "Udfyldes senere"])
    end = c.over_end if "duration-over-6-months" in d else c.end
    s = c.r.choice([0, 0, 1, 2, 3]) if style is None else style
    sep = c.r.choice([" – ", " til ", "-"]) if s else " – "
    return f"{da_date(c.start, s)}{sep}{da_date(end, s)}"


def hours_da(c: Case, d: set):
    if "missing-hours" in d:
        return c.r.choice([None, "Efter behov", "Et par timer om ugen", "Løbende efter aftale", "Aftales med mentor"])
    h = c.hours
    words = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem"}
    return c.r.choice([f"{h} timer pr. uge", f"{h} t/uge", f"{words[h]} timer om ugen",
                       f"{h} timer ugentligt", f"{h * 4} timer om måneden", "1½ time om ugen",
                       f"{h}-{h + 1} timer om ugen"])


def followup_da(c: Case, d: set):
    if "missing-follow-up" in d:
        return None
    return c.r.choice([
        "Statusmøde hver måned med borger, mentor og sagsbehandler. Evaluering 14 dage før forløbet slutter.",
        "Mentor sender skriftlig status til jobcentret hver 4. uge; vi måler progression på fremmøde i praktikken.",
        "Opfølgning efter 6 uger og igen 14 dage før ophør. Delmål: fremmøde 3 dage om ugen fra uge 4.",
        "Midtvejsevaluering med sagsbehandler; slutevaluering 14 dage inden støtteperioden ophører.",
    ])


APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {k} Kommune inden 4 uger efter, at du har modtaget den. Du kan klage mundtligt eller skriftligt. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204 og retssikkerhedsloven kap. 10).",
    "Klagefristen er 4 uger fra du har fået afgørelsen. Klagen sendes til Jobcenter {k}, som genvurderer sagen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
]
APPEAL_PARTIAL = ["Du kan klage over afgørelsen.", "Klage kan indgives til jobcentret.",
                  "Fristen for at klage er 4 uger.", "Kontakt din sagsbehandler, hvis du vil klage."]
APPEAL_WRONG = ["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.",
                "Er du uenig, kan du inden fire uger klage direkte til Ankestyrelsen, 7998 Statsservice."]


def appeal_da(c: Case, d: set):
    if "missing-appeal-guidance" in d:
        return c.r.choice([None, c.r.choice(APPEAL_PARTIAL)])
    if "appeal-wrong-route" in d:
        return c.r.choice(APPEAL_WRONG)
    return c.r.choice(APPEAL_FULL).format(k=c.kommune)


def mentor_da(c: Case, d: set, domain: str, org: str, name_only_ok: bool = True):
    if "missing-mentor" in d:
        opts = [None, "Tildeles ved opstart", "NN"] + ([f"{c.men[0]} (fra {org})"] if name_only_ok else [])
        return c.r.choice(opts)
    return c.r.choice([f"{c.mname}, {org}, tlf. {c.mphone}, {c.memail(domain)}",
                       f"{c.mname} – mobil {c.mphone}",
                       f"{c.mname}, {c.memail(domain)}, tlf. {c.mphone}"])


# ------------------------------------------------------------------ writers
def cpr_line(c, with_cpr):
    return [f"CPR-nr.: {c.cpr}"] if with_cpr else []


def w_provider(r, idx, with_cpr):
    c = Case(r)
    prov, dom, title = PROVIDERS[idx % len(PROVIDERS)]
    kind = "agreement"
    d = pick_defects(r, kind, ["missing-goal", "unclear-goal", "unclear-goal", "missing-mentor", "missing-mentor",
                               "missing-tasks", "missing-tasks",
                               "missing-duration", "duration-over-6-months", "missing-hours",
                               "missing-follow-up", "missing-follow-up", "missing-appeal-guidance",
                               "missing-appeal-guidance"], p_clean=0.3)
    if "missing-goal" in d:
        d.discard("unclear-goal")
    doc = Doc(title)
    doc.header = [f"{prov} · Vestergade {r.randint(2, 80)} · CVR {r.randint(20000000, 44999999)}",
                  f"Tlf. {phone(r)} · kontakt@{dom}"]
    doc.footer = [f"{prov} er leverandør af mentorstøtte efter rammeaftale med {c.kommune} Kommune."]
    doc.h(title, 1)
    brand = r.choice([
        dict(goal="Forløbets formål", mentor="Din mentor", tasks="Det arbejder vi med sammen",
             period="Forløbsperiode", hours="Ugentligt timetal", fu="Opfølgning & progression",
             appeal="Hvis du er uenig"),
        dict(goal="Målsætning", mentor="Tilknyttet mentor", tasks="Indsatsområder",
             period="Forløbets varighed", hours="Bevilget timeantal", fu="Statusmøder og evaluering",
             appeal="Klageadgang"),
        dict(goal="Hvad vil vi opnå?", mentor="Kontaktperson hos os", tasks="Mentors rolle",
             period="Start og slut", hours="Timer", fu="Sådan følger vi op", appeal="Klagevejledning"),
    ])
    layout = r.choice(["table", "headings"])
    intro = [("Deltager", c.cname + (f", CPR {c.cpr}" if with_cpr else "")),
             ("Henvisende jobcenter", f"Jobcenter {c.kommune}, sagsbehandler {c.cw[0]} {c.cw[1]}, tlf. {c.cwphone}"),
             ("Bevilling", f"Mentorstøtte efter LAB § 167, jf. bestilling af {da_date(c.issued, 1)}")]
    t = tasks_da(c, d)
    fields = [("goal", goal_da(c, d)), ("mentor", mentor_da(c, d, dom, prov, name_only_ok=False)),
              ("tasks", t if t is None or isinstance(t, str) else "; ".join(t)),
              ("period", period_da(c, d, None)), ("hours", hours_da(c, d)), ("fu", followup_da(c, d))]
    appeal_in = "missing-appeal-guidance" not in d or r.random() < 0.5
    ap = appeal_da(c, d) if appeal_in else None
    if layout == "table":
        doc.table(intro)
        rows = [(brand[k], v) for k, v in fields if v is not None]
        doc.table(rows)
        if ap:
            doc.h(brand["appeal"], 3)
            doc.p(ap)
    else:
        for lab, v in intro:
            doc.p(f"{lab}: {v}")
        for i, (k, v) in enumerate(fields):
            if v is None:
                continue
            doc.h(f"{i + 1}. {brand[k]}", 2)
            if k == "tasks" and isinstance(t, list):
                doc.ul(t)
            else:
                doc.p(v)
        if ap:
            doc.h(brand["appeal"], 2)
            doc.p(ap)
    doc.table([("Deltager", "Mentor", "Jobcenter"), ("______________", "______________", "______________")])
    doc.p(f"Dato: {da_date(c.issued, 1)}")
    return doc, kind, d, layout, "provider-" + title.split()[0].lower(), c


def w_employer(r, idx, with_cpr):
    c = Case(r)
    emp, job, place = EMPLOYERS[idx % len(EMPLOYERS)]
    kind = "agreement"
    target = r.choice(["fleksjob", "nyansat"])
    d = pick_defects(r, kind, ["unclear-goal", "missing-mentor", "missing-tasks", "missing-hours",
                               "missing-follow-up", "duration-over-6-months", "missing-appeal-guidance",
                               "missing-appeal-guidance"], p_clean=0.3)
    # HR writes the agreement; the appeal text is copied from the kommune only in some of them
    doc = Doc("Aftale om virksomhedsmentor")
    doc.header = [f"{emp} · HR-afdelingen"]
    doc.h("Aftale om mentorstøtte til medarbejder" if r.random() < 0.5 else "Mentoraftale – virksomhedsmentor", 1)
    dom = emp.split()[0].lower().replace("&", "").replace("ø", "oe") + ".dk"
    doc.p(f"Aftalen er indgået mellem {emp} og {c.kommune} Kommune om mentorstøtte efter lov om en aktiv "
          f"beskæftigelsesindsats § 167 til medarbejderen nedenfor, der er ansat "
          + ("i fleksjob" if target == "fleksjob" else "som ny medarbejder med løntilskud") + ".")
    rows = [("Medarbejder", c.cname + (f" ({c.cpr})" if with_cpr else "")),
            ("Stilling", f"{job}, {place}")]
    if "unclear-goal" in d:
        g = r.choice(["At medarbejderen falder godt til og trives i teamet.",
                      "God introduktion og tryghed i hverdagen."])
    elif target == "fleksjob":
        g = f"{c.cit[0]} fastholdes i fleksjob som {job} med {r.choice([12, 15, 18])} timer om ugen og arbejder selvstændigt på {place} ved periodens udløb."
    else:
        g = f"{c.cit[0]} kan udføre de faste opgaver som {job} uden hjælp efter 3 måneder og overgår til ordinær ansættelse."
    rows.append(("Formål med mentorordningen", g))
    if "missing-mentor" in d:
        rows.append(("Mentor (kollega)", r.choice(["Findes blandt holdlederne", "Holdleder på " + place])))
    else:
        rows.append(("Mentor (kollega)", f"{c.mname}, holdleder, tlf. {c.mphone}, {c.memail(dom)}"))
    if "missing-tasks" in d:
        t = r.choice([None, "-", "Aftales løbende mellem mentor og medarbejder"])
        if t:
            rows.append(("Mentors opgaver", t))
    else:
        t = r.sample([f"oplære i arbejdsopgaverne på {place}", "planlægge arbejdsdagen, så pauser overholdes",
                      "være fast kontaktperson ved spørgsmål", "tage en kort samtale hver fredag om ugens opgaver",
                      "tilpasse opgaverne til skånehensyn i fleksjobbet", "introducere til kolleger og sikkerhedsregler"], 3)
        rows.append(("Mentors opgaver", "; ".join(t)))
    p = period_da(c, d, r.choice([1, 2, 0]))
    rows.append(("Periode", p or "Fra ansættelsesstart"))
    hv = hours_da(c, d)
    if hv:
        rows.append(("Frikøb af mentor", hv + ("" if "missing-hours" in d else " (kompensation efter timesats)")))
    fu = followup_da(c, d)
    if fu:
        rows.append(("Opfølgning", fu.replace("jobcentret", "virksomhedskonsulenten")))
    layout = r.choice(["table", "table", "labels"])
    if layout == "table":
        doc.table(rows)
    else:
        for k, v in rows:
            doc.p(f"{k}: {v}")
    ap = appeal_da(c, d)
    if "missing-appeal-guidance" in d:
        ap = None if r.random() < 0.6 else "Spørgsmål til aftalen rettes til HR."
    if ap:
        doc.h("Klagevejledning (fra kommunen)", 3)
        doc.p(ap)
    doc.p(f"HR-kontakt: {r.choice(['Karina', 'Jens', 'Lotte'])} {r.choice(['Bach', 'Storm', 'Nørgaard'])}, tlf. {phone(r)}")
    doc.p("Underskrifter: Medarbejder ____  Mentor ____  HR ____  Kommunen ____")
    return doc, kind, d, layout, "virksomhedsmentor-" + target, c


def w_youth(r, idx, with_cpr):
    c = Case(r)
    kind = r.choice(["agreement"] * 5 + ["minplan"] * 3 + ["decision"] * 3)
    ytype = r.choice(["uddannelseshjælp", "FGU", "STU"])
    if ytype == "FGU":
        c.edu = r.choice(["FGU Nordvest, PGU (produktionsgrunduddannelse)", "FGU Midt, AGU med fokus på dansk og matematik",
                          "FGU Østjylland, EGU-sporet inden for køkken"])
    elif ytype == "STU":
        c.edu = r.choice(["STU på Kompetencecenter Fjorden (3-årig ungdomsuddannelse)", "STU-forløbet på Lindegården"])
    pool = ["unclear-goal", "missing-goal", "missing-goal", "missing-mentor", "missing-tasks", "missing-hours",
            "missing-duration", "duration-over-6-months", "missing-follow-up", "missing-follow-up",
            "missing-appeal-guidance"]
    if kind == "decision":
        pool = ["missing-appeal-guidance", "duration-over-6-months", "appeal-wrong-route", "missing-reasons"]
    d = pick_defects(r, kind, pool, p_clean=0.35)
    if "missing-goal" in d:
        d.discard("unclear-goal")
    if kind == "minplan":
        d = {x for x in d if x in APPLIES["minplan"]}
    doc = Doc("")
    ung = f"{c.kommune} Kommune · Ungeindsatsen"
    doc.header = [ung]
    if kind == "decision":
        refusal = r.random() < 0.35
        if refusal:
            c.no_period = True
            d.discard("duration-over-6-months")
            doc.title = "Afslag på mentor"
            doc.h("Afgørelse: Du får ikke en mentor", 1)
            doc.p(f"Kære {c.cit[0]}")
            doc.p(f"Du har bedt om en mentor, mens du går på {c.edu}. Vi har besluttet, at du ikke får en mentor.")
            if "missing-reasons" not in d:
                doc.h("Hvorfor har vi besluttet det?", 3)
                doc.p("Vi har lagt vægt på, at skolen allerede giver dig en fast kontaktlærer og SPS-støtte to timer om ugen, "
                      "og at mentorstøtte efter LAB § 167 kun gives til støtte, der går ud over det, skolen selv tilbyder.")
            ap = appeal_da(c, d)
            if ap:
                doc.h("Hvis du ikke er enig", 3)
                doc.p(ap)
            doc.p(f"Venlig hilsen\n{c.cw[0]} {c.cw[1]}, ungerådgiver, tlf. {c.cwphone}")
            return doc, kind, d, "letter", "ung-" + ytype.lower(), c
        d.discard("missing-reasons")
        doc.title = "Du får en mentor"
        doc.h(r.choice(["Afgørelse: Du får en mentor", "Bevilling af uddannelsesmentor"]), 1)
        doc.p(f"Kære {c.cit[0]}")
        end = c.over_end if "duration-over-6-months" in d else c.end
        doc.p(f"Vi har besluttet, at du får en uddannelsesmentor efter lov om en aktiv beskæftigelsesindsats § 167. "
              f"Din mentor hjælper dig med at komme godt i gang på {c.edu}. Du får mentor fra {da_date(c.start)} til {da_date(end)}, "
              f"{c.hours} timer om ugen.")
        doc.p(f"Din mentor er {c.mname}. Du kan ringe eller skrive på {c.mphone}.")
        doc.h("Hvorfor har vi besluttet det?", 3)
        doc.p("Vi har lagt vægt på, at du selv har fortalt, at det er svært at komme afsted om morgenen, og at din UU-vejleder vurderer, at du kan gennemføre uddannelsen med støtte.")
        ap = appeal_da(c, d)
        if ap:
            doc.h("Hvis du ikke er enig", 3)
            doc.p(ap)
        doc.p(f"Venlig hilsen\n{c.cw[0]} {c.cw[1]}, ungerådgiver, tlf. {c.cwphone}")
        return doc, kind, d, "letter", "ung-" + ytype.lower(), c
    if kind == "minplan":
        doc.title = "Min Plan"
        doc.h("Min Plan – Mentor", 1)
        doc.p(f"Udskrevet fra Min Plan {da_date(c.issued, 1)} · {c.cname}" + (f" · {c.cpr}" if with_cpr else ""))
    else:
        doc.title = "Aftale om mentor"
        doc.h(r.choice(["Din mentoraftale", "Aftale om uddannelsesmentor", "Mentoraftale – unge"]), 1)
        doc.p(f"Aftale mellem {c.cname}" + (f" (cpr {c.cpr})" if with_cpr else "")
              + f", din mentor og {c.kommune} Kommune. Du er på {ytype}.")
    g = goal_da(c, d, youth=True)
    t = tasks_da(c, d)
    mn = mentor_da(c, d, "ungeindsats.dk", "Ungeindsatsen")
    layout = r.choice(["questions", "dl", "table"])
    qs = [("Hvad skal du nå?", g), ("Hvem er din mentor?", mn),
          (f"Det skal {c.men[0]} hjælpe dig med:" if "missing-mentor" not in d else "Det skal din mentor hjælpe dig med:", t),
          ("Hvor længe?", period_da(c, d, 0)), ("Hvor mange timer?", hours_da(c, d))]
    if kind == "agreement":
        qs.append(("Hvordan følger vi op?", followup_da(c, d)))
    for q, v in qs:
        if v is None:
            continue
        if layout == "table":
            doc.table([(q, v if isinstance(v, str) else "; ".join(v))])
        else:
            doc.h(q, 3)
            if isinstance(v, list):
                doc.ul(v)
            else:
                doc.p(v)
    if kind == "agreement":
        ap = appeal_da(c, d)
        if ap:
            doc.h("Hvis du ikke er enig", 3)
            doc.p(ap)
    doc.p(f"Din ungerådgiver: {c.cw[0]} {c.cw[1]}, tlf. {c.cwphone}")
    return doc, kind, d, layout, "ung-" + ytype.lower(), c


def w_letdansk(r, idx, with_cpr):
    c = Case(r)
    kind = r.choice(["agreement"] * 2 + ["decision"] * 2 + ["minplan"])
    pool = ["missing-mentor", "missing-hours", "unclear-goal", "missing-follow-up", "missing-appeal-guidance",
            "duration-over-6-months", "missing-tasks"]
    if kind == "decision":
        pool = ["missing-appeal-guidance", "duration-over-6-months", "appeal-wrong-route"]
    d = pick_defects(r, kind, pool, p_clean=0.4, maxn=1)
    if kind == "minplan":
        d = {x for x in d if x in APPLIES["minplan"]}
    doc = Doc("Let dansk")
    doc.header = [f"{c.kommune} Kommune – Let dansk"]
    end = c.over_end if "duration-over-6-months" in d else c.end
    if kind == "decision" and r.random() < 0.35:
        c.no_period = True
        d.discard("duration-over-6-months")
        doc.h("Du får ikke en mentor", 1)
        doc.p("[Billede: et brev]")
        doc.p("Du har søgt om en mentor. Du får ikke en mentor.")
        doc.h("Hvorfor?", 2)
        doc.p("Du har allerede en kontaktperson i praktikken. Hun hjælper dig hver dag. Derfor mener vi ikke, at du også skal have en mentor. Det står i loven om beskæftigelse, § 167.")
    elif kind == "decision":
        doc.h("Du får en mentor", 1)
        doc.p("[Billede: et brev med et flueben]")
        doc.p("Du har søgt om en mentor. Du får en mentor.")
        doc.p(f"Du får en mentor fra {da_date(c.start)}. Det slutter {da_date(end)}.")
        doc.p(f"Din mentor hedder {c.mname}. Telefon: {c.mphone}.")
        doc.p(f"Du får {c.hours} timer om ugen.")
        doc.p("Det er efter loven om beskæftigelse, § 167.")
    else:
        doc.h("Din aftale om mentor" if kind == "agreement" else "Min Plan – din mentor", 1)
        doc.p("[Billede: to personer ved et bord]")
        doc.p(f"Hej {c.cit[0]}. Her står det, vi har aftalt.")
        doc.h("Dit mål", 2)
        if "unclear-goal" in d:
            doc.p("Du skal have det bedre. Du skal have mere ro.")
        else:
            doc.p(r.choice([f"Du skal i praktik i {c.job[1]}. Du skal arbejde {c.hours * 4} timer om ugen.",
                            f"Du skal starte på {c.edu}. Du skal komme 4 dage om ugen."]))
        doc.h("Din mentor", 2)
        doc.p("[Billede: en telefon]")
        if "missing-mentor" in d:
            doc.p("Du får en mentor. Vi sender navnet senere.")
        else:
            doc.p(f"Din mentor hedder {c.men[0]} {c.men[1]}. Du kan ringe til {c.men[0]} på {c.mphone}.")
        if "missing-tasks" not in d:
            doc.h(f"Det hjælper {c.men[0]} dig med", 2)
            doc.ul(["At komme op om morgenen.", "At tage bussen til praktikken.", "At læse breve fra kommunen."])
        doc.h("Hvor længe?", 2)
        doc.p("[Billede: en kalender]")
        doc.p(f"Du har en mentor fra {da_date(c.start)} til {da_date(end)}.")
        doc.h("Hvor mange timer?", 2)
        doc.p("Så meget som du har brug for." if "missing-hours" in d else f"Du og {c.men[0]} mødes {c.hours} timer hver uge.")
        if kind == "agreement" and "missing-follow-up" not in d:
            doc.h("Vi taler sammen", 2)
            doc.p("Vi holder et møde hver måned. Vi taler om, hvordan det går. Vi taler også sammen 2 uger før det slutter.")
    if kind != "minplan":
        if "missing-appeal-guidance" in d:
            doc.h("Er du ikke enig?", 2)
            doc.p("Så kan du klage.")
        elif "appeal-wrong-route" in d:
            doc.h("Er du ikke enig?", 2)
            doc.p("Du kan klage til Ankestyrelsen. Du skal klage inden 4 uger.")
        else:
            doc.h("Er du ikke enig?", 2)
            doc.p("[Billede: en person der rækker hånden op]")
            doc.p(f"Så kan du klage. Du skal klage til {c.kommune} Kommune. Du skal klage inden 4 uger. "
                  "Kommunen ser på sagen igen. Er kommunen stadig uenig? Så sender kommunen din klage til Ankestyrelsen.")
    doc.p(f"Har du spørgsmål? Ring til {c.cw[0]} på {c.cwphone}.")
    if with_cpr:
        doc.p(f"Dit cpr-nummer: {c.cpr}")
    return doc, kind, d, "plain-language", "let-dansk", c


EN_APPEAL_FULL = ("If you disagree with the decision, you must complain to {k} Municipality within 4 weeks "
                  "of receiving it. The municipality will reconsider the decision. If it upholds it, your complaint is "
                  "sent on to the National Social Appeals Board (Ankestyrelsen).")


def w_english(r, idx, with_cpr):
    c = Case(r)
    kind = r.choice(["agreement"] * 3 + ["decision"] * 2 + ["minplan"])
    mode = r.choice(["english", "bilingual-table", "bilingual-alternating"])
    pool = ["missing-mentor", "missing-mentor", "missing-hours", "unclear-goal", "unclear-goal", "missing-follow-up",
            "missing-appeal-guidance", "duration-over-6-months", "missing-duration", "missing-tasks", "missing-tasks"]
    if kind == "decision":
        pool = ["missing-appeal-guidance", "duration-over-6-months", "appeal-wrong-route"]
    d = pick_defects(r, kind, pool, p_clean=0.4, maxn=1)
    if kind == "minplan":
        d = {x for x in d if x in APPLIES["minplan"]}
    end = c.over_end if "duration-over-6-months" in d else c.end
    job, firm = c.job
    en_jobs = {"lagermedarbejder": "warehouse worker", "butiksassistent": "shop assistant",
               "køkkenmedhjælper": "kitchen assistant", "rengøringsassistent": "cleaner",
               "pakkerimedarbejder": "packing worker", "pedelmedhjælper": "caretaker's assistant",
               "chauffør": "driver"}
    f = {}
    f["goal"] = (None if "missing-goal" in d else
                 ("To feel better and get more structure in everyday life.", "At få det bedre og mere struktur i hverdagen.")
                 if "unclear-goal" in d else
                 (f"{c.cit[0]} works as a {en_jobs[job]} at {firm} on a work placement, {c.hours * 5} hours a week, by {en_date(c.end)}.",
                  f"{c.cit[0]} er i virksomhedspraktik som {job} hos {firm} {c.hours * 5} timer om ugen senest {da_date(c.end)}."))
    f["mentor"] = (("Will be assigned at the start", "Tildeles ved opstart") if "missing-mentor" in d else
                   (f"{c.mname}, phone {c.mphone}, {c.memail('jobhuset.dk')}", f"{c.mname}, tlf. {c.mphone}, {c.memail('jobhuset.dk')}"))
    f["tasks"] = (None if "missing-tasks" in d else
                  ("Go with you to the workplace in the first two weeks; weekly talk about attendance and transport; help with letters from the municipality.",
                   "Følge dig til arbejdspladsen de første to uger; ugentlig samtale om fremmøde og transport; hjælp med breve fra kommunen."))
    f["period"] = (("Until further notice", "Indtil videre") if "missing-duration" in d else
                   (f"{en_date(c.start)} – {en_date(end)}", f"{da_date(c.start)} – {da_date(end)}"))
    f["hours"] = (("As needed", "Efter behov") if "missing-hours" in d else
                  (f"{c.hours} hours per week", f"{c.hours} timer pr. uge"))
    f["fu"] = (None if "missing-follow-up" in d or kind != "agreement" else
               ("Status meeting every month with you, your mentor and your caseworker; evaluation 14 days before the end.",
                "Statusmøde hver måned med dig, din mentor og din sagsbehandler; evaluering 14 dage før ophør."))
    if kind == "minplan":
        ap = None
    elif "missing-appeal-guidance" in d:
        ap = ("You can appeal this decision.", "Du kan klage over afgørelsen.")
    elif "appeal-wrong-route" in d:
        ap = ("You can appeal directly to the National Social Appeals Board (Ankestyrelsen) within 4 weeks.",
              "Du kan klage direkte til Ankestyrelsen inden 4 uger.")
    else:
        ap = (EN_APPEAL_FULL.format(k=c.kommune), appeal_da(c, set()))
    labs = {"goal": ("Goal", "Mål"), "mentor": ("Your mentor", "Din mentor"),
            "tasks": ("What your mentor will help with", "Mentorens opgaver"), "period": ("Period", "Periode"),
            "hours": ("Hours", "Timetal"), "fu": ("Follow-up", "Opfølgning"), "appeal": ("How to appeal", "Klagevejledning")}
    titles = {"agreement": ("Mentor support agreement", "Aftale om mentorstøtte"),
              "decision": ("Decision on mentor support", "Afgørelse om mentorstøtte"),
              "minplan": ("My Plan – mentor support", "Min Plan – mentorstøtte")}
    doc = Doc(titles[kind][0])
    doc.header = [f"{c.kommune} Kommune / {c.kommune} Municipality"]
    if mode == "english":
        doc.h(titles[kind][0], 1)
        doc.p(f"Citizen: {c.cname}" + (f", CPR no. {c.cpr}" if with_cpr else ""))
        if kind == "decision":
            doc.p(f"Dear {c.cit[0]}, you have been granted mentor support under section 167 of the Danish Active "
                  f"Employment Act (LAB § 167) from {en_date(c.start)} to {en_date(end)}, {c.hours} hours per week. "
                  f"Your mentor is {c.mname}, phone {c.mphone}.")
            doc.h("Reasons", 3)
            doc.p("We have emphasised that you need support to start and keep your work placement.")
        else:
            for k in ("goal", "mentor", "tasks", "period", "hours", "fu"):
                if f.get(k):
                    doc.h(labs[k][0], 3)
                    doc.p(f[k][0])
        if ap:
            doc.h(labs["appeal"][0], 3)
            doc.p(ap[0])
        doc.p(f"Caseworker: {c.cw[0]} {c.cw[1]}, phone {c.cwphone}")
    elif mode == "bilingual-table":
        doc.h(f"{titles[kind][1]} / {titles[kind][0]}", 1)
        rows = [("Dansk", "English")]
        rows.append((f"Borger: {c.cname}" + (f", CPR {c.cpr}" if with_cpr else ""), f"Citizen: {c.cname}"))
        if kind == "decision":
            rows.append((f"Du får mentorstøtte efter LAB § 167 fra {da_date(c.start)} til {da_date(end)}, {c.hours} timer pr. uge. Din mentor er {c.mname}, tlf. {c.mphone}.",
                         f"You are granted mentor support from {en_date(c.start)} to {en_date(end)}, {c.hours} hours per week. Your mentor is {c.mname}, phone {c.mphone}."))
            rows.append(("Begrundelse: Vi har lagt vægt på, at du har brug for støtte i praktikken.",
                         "Reasons: We have emphasised that you need support at your work placement."))
        else:
            for k in ("goal", "mentor", "tasks", "period", "hours", "fu"):
                if f.get(k):
                    rows.append((f"{labs[k][1]}: {f[k][1]}", f"{labs[k][0]}: {f[k][0]}"))
        if ap:
            rows.append((f"{labs['appeal'][1]}: {ap[1]}", f"{labs['appeal'][0]}: {ap[0]}"))
        doc.table(rows, header=True)
    else:
        doc.h(f"{titles[kind][1]} – {titles[kind][0]}", 1)
        doc.p(f"Borger / Citizen: {c.cname}" + (f" – {c.cpr}" if with_cpr else ""))
        if kind == "decision":
            doc.p(f"Du får mentorstøtte efter LAB § 167 fra {da_date(c.start)} til {da_date(end)}, {c.hours} timer pr. uge. Din mentor er {c.mname}, tlf. {c.mphone}.")
            doc.p(f"You are granted mentor support from {en_date(c.start)} to {en_date(end)}, {c.hours} hours per week.")
            doc.p("Begrundelse: Vi har lagt vægt på, at du har brug for støtte i praktikken.")
            doc.p("Reasons: We have emphasised that you need support at your work placement.")
        else:
            for k in ("goal", "mentor", "tasks", "period", "hours", "fu"):
                if f.get(k):
                    doc.h(f"{labs[k][1]} / {labs[k][0]}", 3)
                    doc.p(f[k][1])
                    doc.p(f[k][0])
        if ap:
            doc.h(f"{labs['appeal'][1]} / {labs['appeal'][0]}", 3)
            doc.p(ap[1])
            doc.p(ap[0])
    return doc, kind, d, mode, "english" if mode == "english" else "bilingual", c


def w_terse(r, idx, with_cpr):
    c = Case(r)
    kind = r.choice(["agreement"] * 3 + ["minplan"] * 3 + ["decision"] * 2)
    pool = ["missing-mentor", "missing-mentor", "missing-hours", "unclear-goal", "unclear-goal", "missing-follow-up",
            "missing-appeal-guidance", "duration-over-6-months", "missing-duration", "missing-tasks", "missing-tasks",
            "missing-goal", "missing-goal"]
    if kind == "decision":
        pool = ["missing-appeal-guidance", "duration-over-6-months", "missing-reasons"]
    d = pick_defects(r, kind, pool, p_clean=0.35)
    if "missing-goal" in d:
        d.discard("unclear-goal")
    if kind == "minplan":
        d = {x for x in d if x in APPLIES["minplan"]}
    end = c.over_end if "duration-over-6-months" in d else c.end
    job, firm = c.job
    title = {"agreement": "Mentoraftale", "minplan": "Min Plan – indsats: mentor", "decision": "Afg. mentorstøtte"}[kind]
    doc = Doc(title)
    doc.h(title, 1)
    doc.p(f"Borger: {c.cit[0]} {c.cit[1][0]}." + (f" cpr {c.cpr}" if with_cpr else "") + f"  Sagsnr. {c.sagsnr}")
    lines = []
    if kind == "decision":
        partial = r.random() < 0.5
        if partial:
            lines.append(f"Afg.: delvis bevilling – {c.hours} t/uge i st.f. ansøgte {c.hours + 3} t/uge, per. {da_date(c.start, 2)} - {da_date(end, 2)}"
                         + ("" if "missing-reasons" in d else ", jf. LAB § 167"))
        else:
            lines.append(f"Afg.: bev. mentor {c.hours} t/uge, per. {da_date(c.start, 2)} - {da_date(end, 2)}, jf. LAB § 167")
            d.discard("missing-reasons")
        if "missing-reasons" not in d:
            lines.append("Bgr.: lagt vægt på ustabilt fremmøde i praktik og borgers egne oplysn. om angst; jf. LAB § 167 stk. 1")
        lines.append(f"Ment.: {c.men[0]} {c.men[1][0]}., Jobhuset, {c.mphone.replace(' ', '')}")
        if "missing-appeal-guidance" in d:
            if r.random() < 0.5:
                lines.append("Klagevejl.: vedh.")
        else:
            lines.append("Klagevejl.: klage t. kommunen inden 4 uger; kommunen genvurd. inden 4 uger, ved fasth. videre t. Ankest.")
    else:
        if "missing-goal" in d:
            lines.append("Mål: -")
        elif "unclear-goal" in d:
            lines.append(r.choice(["Mål: bedre trivsel, mere struktur", "Mål: arb. m. sig selv / motivation"]))
        else:
            lines.append(r.choice([f"Mål: job som {job} v. {firm}, min. 15 t/uge senest {da_date(c.end, 2)}",
                                   f"Mål: opstart {c.edu}, fremmøde 4 d/uge", f"Mål: virk.praktik {firm} ({job}) 20 t/uge, m.h.p. løntilskud"]))
        if "missing-mentor" in d:
            lines.append(r.choice(["Ment.: afventer", f"Ment.: {c.men[0]} (Jobhuset)"]))
        else:
            lines.append(f"Ment.: {c.men[0]} {c.men[1][0]}., Jobhuset, {c.mphone.replace(' ', '')}")
        if "missing-tasks" in d:
            lines.append("Opg.: -")
        else:
            lines.append(r.choice(["Opg.: følges t. praktik 1.-2. uge, ugentl. samt. om fremmøde, hj. m. post/e-boks",
                                   "Opg.: morgenrutiner, transport, kontakt t. læge hhv. misbrugscenter"]))
        if "missing-duration" in d:
            lines.append("Per.: ikke fastsat")
        else:
            lines.append(f"Per.: {da_date(c.start, 2)} - {da_date(end, 2)}")
        lines.append("Timer: e. behov" if "missing-hours" in d else f"Timer: {c.hours} t/uge")
        if kind == "agreement":
            if "missing-follow-up" not in d:
                lines.append("Opf.: statusmøde m. sagsbeh. + ment. hver md.; eval. 14 dg. før ophør")
            if "missing-appeal-guidance" in d:
                if r.random() < 0.5:
                    lines.append("Klagevejl.: jf. std.")
            else:
                lines.append("Klagevejl.: klage t. kommunen inden 4 uger, genvurd., herefter videre t. Ankestyrelsen")
    r.shuffle(lines) if r.random() < 0.2 else None
    layout = r.choice(["label-lines", "label-lines", "bullets"])
    if layout == "bullets":
        doc.ul(lines)
    else:
        for ln in lines:
            doc.p(ln)
    doc.p(f"/{c.cw[0][0]}{c.cw[1][0]} {da_date(c.issued, 2)}".lower())
    return doc, kind, d, layout, "terse", c


def w_old(r, idx, with_cpr):
    c = Case(r, year_range=(2015, 2019))
    c.end = add_months(c.start, c.months) - dt.timedelta(days=1)
    kind = r.choice(["agreement"] * 3 + ["decision"] * 2)
    pool = ["missing-mentor", "missing-hours", "unclear-goal", "missing-follow-up", "missing-appeal-guidance",
            "duration-over-6-months", "missing-tasks"]
    if kind == "decision":
        pool = ["missing-appeal-guidance", "duration-over-6-months", "appeal-wrong-route", "missing-reasons"]
    d = pick_defects(r, kind, pool, p_clean=0.35)
    end = c.over_end if "duration-over-6-months" in d else c.end
    sub = r.choice(["31b", "31b", "pligtmentor"])
    para = "§ 31 b" if sub == "31b" else r.choice(["§ 93", "§ 96 c"])
    doc = Doc("")
    doc.header = [f"Jobcenter {c.kommune}"]
    doc.footer = [f"Jobcenter {c.kommune} · Styrelsen for Arbejdsmarked og Rekruttering (STAR) vejledning om mentor, {r.choice([2015, 2016, 2017])}"]
    old_appeal = [
        f"Klagevejledning: Du kan klage over afgørelsen til Jobcenter {c.kommune}. Klagen skal være modtaget senest 4 uger efter, at du har modtaget denne afgørelse. Jobcentret genvurderer afgørelsen, og fastholdes den, sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget.",
        f"Hvis du vil klage: Klag til jobcentret inden 4 uger. Jobcentret vurderer sagen igen og sender klagen videre til Beskæftigelsesankenævnet, hvis afgørelsen fastholdes.",
    ]
    if kind == "decision":
        refusal = r.random() < 0.4
        doc.title = "Afgørelse om mentorstøtte"
        doc.h("Afslag på mentorstøtte" if refusal else f"Bevilling af mentorstøtte efter {para}", 1)
        doc.p(f"Til {c.cname}" + (f", cpr.nr. {c.cpr}" if with_cpr else "") + f". {da_date(c.issued)}")
        if refusal:
            c.no_period = True
            if "missing-reasons" in d:
                doc.p(f"Jobcenter {c.kommune} har givet dig afslag på din ansøgning om mentorstøtte.")
            else:
                doc.p(f"Jobcenter {c.kommune} har givet dig afslag på din ansøgning om mentorstøtte efter lov om en aktiv beskæftigelsesindsats {para}.")
            d.discard("duration-over-6-months")
        else:
            doc.p(f"Jobcenter {c.kommune} har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats {para} i perioden {da_date(c.start, 1)} til {da_date(end, 1)}, {c.hours} timer om ugen. Mentor: {c.mname}, tlf. {c.mphone}.")
            if sub == "pligtmentor":
                doc.p("Der skal være ugentlig kontakt mellem dig og din mentor.")
            d.discard("missing-reasons")
        if "missing-reasons" not in d:
            doc.h("Begrundelse", 2)
            doc.p(r.choice(["Vi har lagt vægt på, at du allerede deltager i et tilbud med tæt opfølgning, og at mentorstøtte derfor ikke er nødvendig for, at du kan gennemføre det." if refusal else
                            "Vi har lagt vægt på, at du har behov for støtte for at kunne gennemføre virksomhedspraktikken.",
                            f"Afgørelsen er truffet efter {para} i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på oplysningerne fra din praktikvært."]))
    else:
        doc.title = "Mentoraftale"
        doc.h(f"Aftale om mentorstøtte efter lov om en aktiv beskæftigelsesindsats {para}", 1)
        doc.p(f"Borger: {c.cname}" + (f"   CPR: {c.cpr}" if with_cpr else ""))
        doc.p(f"Sagsbehandler: {c.cw[0]} {c.cw[1]}, Jobcenter {c.kommune}, tlf. {c.cwphone}")
        items = []
        g = goal_da(c, d)
        items.append(f"Målet med mentorstøtten: {g}" if g else "Målet med mentorstøtten:")
        mn = mentor_da(c, d, f"{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk", f"Jobcenter {c.kommune}")
        items.append(f"Mentorens navn og kontaktdata: {mn}" if mn else "Mentorens navn og kontaktdata:")
        t = tasks_da(c, d)
        items.append("Hvilke opgaver mentoren skal bistå ved: " + (t if isinstance(t, str) else "; ".join(t)) if t else "Hvilke opgaver mentoren skal bistå ved:")
        fu = followup_da(c, d)
        per = f"{da_date(c.start, 1)} - {da_date(end, 1)}"
        items.append(f"Varighed af aftalen og opfølgning: {per}." + (f" {fu}" if fu else ""))
        hv = hours_da(c, d)
        if sub == "pligtmentor" and hv and "missing-hours" not in d:
            hv += " (ugentlig kontakt)"
        items.append(f"Timetal for mentorstøtten: {hv}" if hv else "Timetal for mentorstøtten:")
        doc.ol(items)
    if "missing-appeal-guidance" in d:
        if r.random() < 0.5:
            doc.p("Du kan klage over afgørelsen. Se vedlagte klagevejledning.")
    elif "appeal-wrong-route" in d:
        doc.p("Klagevejledning: Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.")
    else:
        doc.p(r.choice(old_appeal))
    doc.p(f"Med venlig hilsen\n{c.cw[0]} {c.cw[1]}\nJobcenter {c.kommune}")
    return doc, kind, d, "numbered" if kind == "agreement" else "letter", "old-" + sub, c


# ------------------------------------------------------------------ documents that are none of the kinds
def w_unknown(r, idx, with_cpr):
    c = Case(r)
    prov, dom, _ = r.choice(PROVIDERS)
    which = idx % 14
    doc = Doc("")
    if which == 0:
        doc.title = "Faktura"
        doc.header = [f"{prov} · kontakt@{dom}"]
        doc.h(f"Faktura nr. {r.randint(2000, 9999)}", 1)
        doc.p(f"Til: {c.kommune} Kommune, Jobcentret, EAN {r.randint(10**12, 10**13 - 1)}")
        doc.table([("Ydelse", "Antal", "Pris"), (f"Mentortimer {MONTHS[c.start.month - 1]} {c.start.year}, borger {c.cit[0]} {c.cit[1][0]}. (mentor {c.mname})", f"{c.hours * 4} timer", f"{c.hours * 4 * 595} kr."),
                   ("Kørsel", "1", "240 kr.")], header=True)
        doc.p("Betalingsbetingelser: netto 30 dage. Bevilling efter LAB § 167, periode " + f"{da_date(c.start, 1)} – {da_date(c.end, 1)}.")
        sub = "invoice"
    elif which == 1:
        doc.title = "Statusrapport"
        doc.header = [prov]
        doc.h("Statusrapport – mentorforløb", 1)
        doc.p(f"Borger: {c.cname}" + (f" ({c.cpr})" if with_cpr else "") + f". Mentor: {c.mname}, tlf. {c.mphone}.")
        doc.p(f"Målet for forløbet er praktik som {c.job[0]} hos {c.job[1]}. I perioden {da_date(c.start)} til i dag har vi brugt {c.hours * 6} af de bevilgede timer ({c.hours} timer pr. uge).")
        doc.h("Progression", 2)
        doc.p(f"{c.cit[0]} møder nu stabilt tre dage om ugen. Vi har arbejdet med morgenrutiner og transport. Næste statusmøde er aftalt med sagsbehandler.")
        doc.h("Anbefaling", 2)
        doc.p("Mentor anbefaler, at forløbet fortsætter til periodens udløb.")
        sub = "status-report"
    elif which == 2:
        doc.title = prov
        doc.h(f"Velkommen til {prov}", 1)
        doc.p("Vi tilbyder mentorforløb til borgere, unge og medarbejdere i fleksjob. Et forløb hos os starter altid med en forløbsaftale, hvor vi skriver målet, hvem din mentor er, hvad mentoren hjælper med, hvor længe forløbet varer og hvor mange timer om ugen.")
        doc.ul(["Erfarne mentorer med socialfaglig baggrund", "Opstart inden for 5 hverdage", "Statusrapport til jobcentret hver måned"])
        doc.p(f"Ring til os på {phone(r)} eller skriv til kontakt@{dom}.")
        sub = "brochure"
    elif which == 3:
        emp = r.choice(EMPLOYERS)[0]
        doc.title = "Makkerordning"
        doc.header = [f"{emp} · HR"]
        doc.h("Makkerordning for nye medarbejdere", 1)
        doc.p(f"Alle nye medarbejdere i {emp} får en makker de første 3 måneder. Makkeren er en erfaren kollega, der viser rundt, forklarer rutiner og er til at spørge. Ordningen er intern og har intet med kommunen at gøre.")
        doc.table([("Ny medarbejder", c.cname), ("Makker", f"{c.mname}, lokal {r.randint(100, 999)}"), ("Start", da_date(c.start))])
        doc.p("Makkeren bruger ca. 1 time om ugen. HR følger op efter 1 måned.")
        sub = "hr-buddy"
    elif which == 4:
        doc.title = "Personalepolitik"
        doc.h("Politik for mentorer på arbejdspladsen", 1)
        doc.p("Vi vil gerne tage socialt ansvar. Derfor kan medarbejdere i fleksjob, løntilskud og nyansatte få en mentor blandt kollegerne. Kommunen kan give tilskud til at frikøbe mentoren efter reglerne om mentorstøtte. HR søger om tilskuddet hos virksomhedskonsulenten.")
        doc.h("Hvem kan være mentor?", 2)
        doc.p("En erfaren kollega, som har lyst og tid. Mentoren får et kursus på 2 dage.")
        sub = "hr-policy"
    elif which == 5:
        doc.title = "Uddannelseshjælp"
        doc.h("Er du under 30 og uden uddannelse?", 1)
        doc.p("Så kan du få uddannelseshjælp, mens vi sammen finder den rigtige uddannelse. Din ungerådgiver hjælper dig med at lave en plan. Nogle unge får også en mentor, som kan hjælpe med at komme afsted om morgenen eller med at finde rundt på skolen.")
        doc.h("Hvad er FGU?", 2)
        doc.p("FGU er en forberedende grunduddannelse. Den kan tage op til 2 år. Du kan vælge AGU, PGU eller EGU.")
        sub = "youth-leaflet"
    elif which == 6:
        doc.title = "Referat"
        doc.h("Referat af netværksmøde", 1)
        doc.p(f"Dato: {da_date(c.issued)}. Deltagere: {c.cit[0]}, mor, UU-vejleder, mentor {c.mname}, ungerådgiver {c.cw[0]} {c.cw[1]}.")
        doc.ol([f"Status: {c.cit[0]} er startet på FGU og har været der 80 % af dagene.", "Mentor fortsætter med 2 timer om ugen indtil sommerferien.",
                "Næste møde: om 6 uger."])
        sub = "minutes"
    elif which == 7:
        doc.title = "Hvad er en mentor?"
        doc.h("Hvad er en mentor? – Let dansk", 1)
        doc.p("[Billede: to personer der taler sammen]")
        doc.p("En mentor er en person, der hjælper dig. Mentoren kan hjælpe dig på arbejde eller i skole. Du og kommunen laver en aftale. I aftalen står dit mål. Der står også, hvem din mentor er. Du kan få en mentor i højst 6 måneder ad gangen.")
        sub = "letdansk-leaflet"
    elif which == 8:
        doc.title = "What is mentor support?"
        doc.h("Mentor support – information for citizens", 1)
        doc.p("A mentor helps you get into work or education. The municipality decides whether you can get a mentor. Your agreement will state your goal, your mentor's name and phone number, the tasks, the period (at most 6 months at a time) and the number of hours per week. If you disagree with a decision, you can complain to the municipality within 4 weeks.")
        sub = "english-info"
    elif which == 9:
        doc.title = "Journalnotat"
        doc.h("Journalnotat", 1)
        doc.p(f"{da_date(c.issued, 2)} tlf.samt. m. ment. {c.men[0]}. Borger mødt 3/4 dg. i praktik. Aftalt at ment. tager m. t. møde på virk. nk. uge. Ingen ændr. i timer. Opf. ved næste statusmøde. /{c.cw[0][0]}{c.cw[1][0]}".lower())
        sub = "journal-note"
    elif which == 10:
        doc.title = "Journalnotat"
        doc.h("Jnl. – opf.samtale", 1)
        doc.p(f"Borger {c.cit[0]} {c.cit[1][0]}." + (f" ({c.cpr})" if with_cpr else ""))
        doc.ul(["Fremm. ok, dog 2 fraværsdg. pga. sygdom", "Ønsker fortsat ment., jf. tidl. aftale", "Sagsbeh. undersøger forl. hhv. ophør inden udløb", "Næste samt. om 4 uger"])
        sub = "journal-note"
    elif which == 11:
        doc.title = "Notat"
        doc.header = [f"Jobcenter {c.kommune} · 2016"]
        doc.h("Notat: Ny praksis for mentorstøtte efter § 31 b", 1)
        doc.p("Fra 1. januar 2016 skal der for ret- og pligtmentor være kontakt mindst hver anden uge i stedet for ugentlig kontakt. Alle aftaler skal fortsat indeholde mål, mentors navn og kontaktdata, opgaver, varighed og timetal. Styrelsen for Arbejdsmarked og Rekruttering har udsendt ny vejledning.")
        sub = "old-memo"
    elif which == 12:
        doc.title = "Mentoraftale – FC Fjordbold"
        doc.h("Mentoraftale – Fodboldklubbens ungementorer", 1)
        doc.p(f"I FC Fjordbold får alle U17-spillere en voksen mentor fra klubben. Mentoren hjælper med lektier og træningsdisciplin. Mål: at spilleren gennemfører 9. klasse. Mentor: {c.mname}, tlf. {c.mphone}. Vi mødes 1 time om ugen fra august til juni. Forældrene evaluerer ordningen ved sæsonens afslutning.")
        sub = "club-mentoraftale"
    else:
        doc.title = "Kvalitetsstandard"
        doc.h("Kvalitetsstandard for mentorstøtte (uddrag), 2018", 1)
        doc.p("Den skriftlige aftale skal indeholde: 1) målet med mentorstøtten, 2) mentorens navn og kontaktdata, 3) hvilke opgaver mentoren skal bistå ved, 4) varigheden af aftalen og opfølgning, 5) timetallet for mentorstøtten, 6) klagevejledning. Mentorstøtte gives i højst 6 måneder ad gangen, jf. LAB § 31 b.")
        sub = "old-quality-standard"
    return doc, "unknown", set(), "mixed", sub, c


# ------------------------------------------------------------------ renderers
def text_lines(doc: Doc, style: str = "plain") -> list[str]:
    out = []
    for ln in doc.header:
        out.append(ln)
    if doc.header:
        out.append("")
    for b in doc.blocks:
        if b[0] == "h":
            t = b[1]
            if style == "md":
                out.append("#" * b[2] + " " + t)
            elif b[2] == 1:
                out.append(t.upper())
            else:
                out.append(t if t.endswith(("?", ":")) else t + ":" if style == "colon" else t)
            out.append("")
        elif b[0] == "p":
            out.extend(b[1].split("\n"))
            out.append("")
        elif b[0] in ("ul", "ol"):
            for i, it in enumerate(b[1]):
                out.append((f"{i + 1}. " if b[0] == "ol" else "- ") + it)
            out.append("")
        elif b[0] == "table":
            for row in b[1]:
                out.append(": ".join(row) if len(row) == 2 else " | ".join(row))
            out.append("")
    for ln in doc.footer:
        out.append(ln)
    return out


def render_txt(doc: Doc, path: Path, r: random.Random):
    style = r.choice(["plain", "md", "colon"])
    path.write_text("\n".join(text_lines(doc, style)) + "\n", encoding=r.choice(["utf-8", "utf-8", "cp1252"]))


def render_html(doc: Doc, path: Path, r: random.Random, dl=False):
    e = htmlmod.escape
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{e(doc.title)}</title>",
             "<style>body{font-family:Arial} td{border:1px solid #999;padding:4px}</style>",
             "<script>window.caseSystem={version:'4.2',user:'sbh'};</script></head><body>"]
    if doc.header:
        parts.append("<div class='sys-header'>" + "<br>".join(e(x) for x in doc.header) + "</div>")
    parts.append("<div class='content'><div class='section'>")
    for b in doc.blocks:
        if b[0] == "h":
            if dl and b[2] == 3:
                parts.append(f"<div class='field-label'><strong>{e(b[1])}</strong></div>")
            else:
                parts.append(f"<h{b[2]}>{e(b[1])}</h{b[2]}>")
        elif b[0] == "p":
            parts.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif b[0] in ("ul", "ol"):
            parts.append(f"<{b[0]}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{b[0]}>")
        elif b[0] == "table":
            if dl and all(len(rw) == 2 for rw in b[1]) and not b[2]:
                parts.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(v)}</dd>" for a, v in b[1]) + "</dl>")
            else:
                rows = []
                for i, rw in enumerate(b[1]):
                    tag = "th" if b[2] and i == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{e(x)}</{tag}>" for x in rw) + "</tr>")
                parts.append("<table>" + "".join(rows) + "</table>")
    parts.append("</div></div>")
    if doc.footer:
        parts.append("<footer>" + "<br>".join(e(x) for x in doc.footer) + "</footer>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_docx(doc: Doc, path: Path, r: random.Random):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header[0]
        for ln in doc.header[1:]:
            sec.header.add_paragraph(ln)
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer[0]
    bold_headings = r.random() < 0.35
    for b in doc.blocks:
        if b[0] == "h":
            if bold_headings and b[2] > 1:
                p = d.add_paragraph()
                run = p.add_run(b[1])
                run.bold = True
                run.font.size = Pt(12)
            else:
                d.add_heading(b[1], level=b[2])
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] in ("ul", "ol"):
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet" if b[0] == "ul" else "List Number")
        elif b[0] == "table":
            ncol = max(len(rw) for rw in b[1])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, rw in enumerate(b[1]):
                cells = t.add_row().cells
                for j, x in enumerate(rw):
                    cells[j].text = x
                    if (b[2] and i == 0) or (ncol == 2 and j == 0):
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    d.save(str(path))


def render_odt(doc: Doc, path: Path, r: random.Random):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    o = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    for ln in doc.header:
        o.text.addElement(P(text=ln))
    for b in doc.blocks:
        if b[0] == "h":
            o.text.addElement(H(outlinelevel=b[2], text=b[1]))
        elif b[0] == "p":
            for ln in b[1].split("\n"):
                o.text.addElement(P(text=ln))
        elif b[0] in ("ul", "ol"):
            lst = List()
            for i, it in enumerate(b[1]):
                li = ListItem()
                li.addElement(P(text=(f"{i + 1}. " if b[0] == "ol" else "") + it))
                lst.addElement(li)
            o.text.addElement(lst)
        elif b[0] == "table":
            ncol = max(len(rw) for rw in b[1])
            render_odt.n = getattr(render_odt, "n", 0) + 1
            t = Table(name=f"Tabel{render_odt.n}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for rw in b[1]:
                tr = TableRow()
                for x in rw:
                    tc = TableCell()
                    tc.addElement(P(text=x))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
    for ln in doc.footer:
        o.text.addElement(P(text=ln))
    o.save(str(path))


def render_eml(doc: Doc, path: Path, r: random.Random, c: Case, writer: str):
    m = email.message.EmailMessage()
    if writer == "employer":
        frm = "HR <hr@virksomhed.dk>"
        to = f"Virksomhedskonsulent <vk@{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk>"
        intro = "Hej\n\nHermed vores udfyldte mentoraftale, som aftalt i telefonen. Aftalen står herunder.\n"
    elif writer == "english":
        frm = f"{c.cw[0]} {c.cw[1]} <jobcenter@{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk>"
        to = f"{c.cname} <borger@example.dk>"
        intro = f"Dear {c.cit[0]}\n\nAs promised, here is your letter from the municipality in English.\n"
    else:
        frm = f"{c.cw[0]} {c.cw[1]} <{c.cw[0].lower()}@{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk>"
        to = f"Mentor <mentor@jobhuset.dk>"
        intro = "Hej\n\n" + ("Afg. sendt t. borger i dag, kopi nedenfor.\n" if doc.title.startswith("Afg")
                             else "Oprettet i Min Plan i dag, se nedenfor.\n" if doc.title.startswith("Min Plan")
                             else "Aftale indg. i dag, se nedenfor.\n")
    m["From"] = frm
    m["To"] = to
    m["Subject"] = doc.title or "Mentoraftale"
    m["Date"] = email.utils.format_datetime(dt.datetime.combine(c.issued, dt.time(9, 30), tzinfo=dt.timezone.utc))
    sig = "Karina Bach, HR-partner" if writer == "employer" else f"{c.cw[0]} {c.cw[1]}"
    body = intro + "\n" + "\n".join(text_lines(doc, "colon")) + "\n-- \n" + f"{sig}\nTlf. {c.cwphone}\n"
    if r.random() < 0.4:
        body += f"\n\nDen {da_date(c.issued - dt.timedelta(days=2))} skrev {to}:\n> Kan du sende aftalen til mig?\n> Mvh\n"
    m.set_content(body)
    path.write_bytes(bytes(m))


def to_pdf(src_files: list[Path], outdir_map: dict[Path, Path]):
    """Batch convert with LibreOffice (own profile)."""
    if not src_files:
        return
    tmp = Path(tempfile.mkdtemp(prefix="an_pdf_"))
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_an_profile", "--headless", "--convert-to", "pdf",
           "--outdir", str(tmp)] + [str(p) for p in src_files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
    for src in src_files:
        pdf = tmp / (src.stem + ".pdf")
        if not pdf.exists():
            raise SystemExit(f"LibreOffice made no PDF for {src.name}")
        shutil.move(str(pdf), str(outdir_map[src]))
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ the plan
WRITERS = [
    # name, builder, count, formats to draw from, folder
    ("provider", w_provider, 24, ["docx", "docx", "pdf", "pdf", "odt"], "leverandoer"),
    ("employer", w_employer, 15, ["docx", "pdf", "eml", "docx"], "virksomhed"),
    ("youth", w_youth, 22, ["html", "html", "docx", "pdf", "odt"], "unge"),
    ("letdansk", w_letdansk, 12, ["pdf", "pdf", "docx", "odt"], "let-dansk"),
    ("english", w_english, 18, ["docx", "pdf", "html", "eml"], "english"),
    ("terse", w_terse, 16, ["txt", "txt", "eml", "html"], "hurtige-noter"),
    ("old", w_old, 14, ["odt", "docx", "pdf", "txt"], "gamle-2015-2019"),
    ("unknown", w_unknown, 20, ["docx", "pdf", "html", "txt", "odt", "eml"], "andet"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(a.seed)
    entries = []
    pdf_jobs: list[Path] = []
    pdf_map: dict[Path, Path] = {}
    stage = Path(tempfile.mkdtemp(prefix="an_stage_"))
    n = 0
    for wname, builder, count, fmts, folder in WRITERS:
        for i in range(count):
            with_cpr = r.random() < 0.33
            doc, kind, defects, layout, subtype, c = builder(r, i, with_cpr)
            fmt = fmts[i % len(fmts)] if i < len(fmts) else r.choice(fmts)
            if wname == "unknown" and fmt == "eml":
                fmt = "txt"
            n += 1
            stem = f"{n:03d}-{subtype}-{c.cit[0].lower()}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
            rel = Path(folder) / f"{stem}.{fmt}"
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            rr = random.Random(a.seed * 1000 + n)
            if fmt == "docx":
                render_docx(doc, dest, rr)
            elif fmt == "odt":
                render_odt(doc, dest, rr)
            elif fmt == "html":
                render_html(doc, dest, rr, dl=(layout == "dl"))
            elif fmt == "txt":
                render_txt(doc, dest, rr)
            elif fmt == "eml":
                render_eml(doc, dest, rr, c, wname)
            elif fmt == "pdf":
                src = stage / f"{stem}.{rr.choice(['docx', 'docx', 'odt'])}"
                (render_docx if src.suffix == ".docx" else render_odt)(doc, src, rr)
                pdf_jobs.append(src)
                pdf_map[src] = dest
            text_has_cpr = with_cpr and any(c.cpr in str(b) for b in doc.blocks)
            rules, extras = labels(kind, defects)
            traits = [f"writer:{wname}"] + (["cpr"] if text_has_cpr else [])
            traits += [f"defect:{x}" for x in sorted(normalise(defects))]
            e = {"path": rel.as_posix(), "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                 "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                 "must_not_contain": [c.cpr] if text_has_cpr else [], "traits": traits}
            if kind in ("agreement", "minplan", "decision") and "missing-duration" not in defects \
                    and not getattr(c, "no_period", False):
                end = c.over_end if "duration-over-6-months" in defects else c.end
                e["period"] = {"start": c.start.isoformat(), "end": end.isoformat()}
            entries.append(e)
    to_pdf(pdf_jobs, pdf_map)
    shutil.rmtree(stage)
    lines = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in sorted(entries, key=lambda x: x["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
