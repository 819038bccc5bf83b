#!/usr/bin/env python3
"""Independent corpus FG: mentor support for sick-listed citizens, ressourceforløb,
jobafklaringsforløb and psychiatric discharge (udskrivningskoordinator, LAB § 167 stk. 2).

Written by rehabilitation teams, health coordinators (sundhedskoordinatorer) and
hospital-near staff. Deterministic: fixed seed, ``--out DIR``.

    /work/main/.venv/bin/python make_corpus_fg.py --out /work/corpora/fg [--seed 1207]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mette", "Jonas", "Susanne", "Kim", "Lone", "Henrik", "Birgitte", "Ali", "Camilla", "Thomas",
         "Rikke", "Bo", "Tina", "Michael", "Hanne", "Kasper", "Jeanette", "Peter", "Fatima", "Jesper",
         "Dorthe", "Nikolaj", "Pia", "Morten", "Sanne", "Allan", "Louise", "Rasmus", "Gitte", "Emre"]
LAST = ["Sørensen", "Kristensen", "Holm", "Madsen", "Bach", "Jeppesen", "Lund", "Østergaard", "Winther",
        "Kjær", "Thomsen", "Iversen", "Dahl", "Vestergaard", "Nørgaard", "Yilmaz", "Mikkelsen", "Frost",
        "Laursen", "Ravn", "Brandt", "Juhl"]
MENTOR_F = ["Lene", "Anders", "Charlotte", "Per", "Marianne", "Søren", "Heidi", "Jakob", "Vibeke", "Ulla",
            "Carsten", "Tove", "Martin", "Janni"]
KOMMUNER = ["Holbæk", "Silkeborg", "Vejle", "Næstved", "Randers", "Horsens", "Kolding", "Hjørring",
            "Svendborg", "Viborg", "Slagelse", "Herning", "Guldborgsund", "Frederikshavn"]
JOBS = [("lagermedarbejder", "Bygma"), ("social- og sundhedshjælper", "Plejecenter Solbakken"),
        ("buschauffør", "Arriva"), ("pædagogmedhjælper", "Børnehuset Mælkebøtten"),
        ("kontorassistent", "Borgerservice"), ("tømrer", "Tømrerfirmaet Sand & Søn"),
        ("kassemedarbejder", "Netto"), ("rengøringsassistent", "ISS Facility Services"),
        ("IT-supporter", "Danske Fragtmænd"), ("kok", "Cafeteriet på Regionshospitalet"),
        ("postomdeler", "PostNord"), ("produktionsmedarbejder", "Danish Crown")]
EDUS = ["HF-enkeltfag på VUC", "FGU (produktionsgrunduddannelsen)", "AMU-kurset Lager og logistik",
        "grundforløb 1 på Tech College", "SOSU-hjælperuddannelsen", "kontoruddannelsens grundforløb på Business College"]
PROVIDERS = ["Mentorhuset ApS", "Fokus Mentor & Coaching", "Psykiatriens Brobygningsteam",
             "Kommunens Mentorkorps", "CSU Sundhedscenter", "Recovery-Teamet"]
WARDS = ["Psykiatrisk Afdeling, sengeafsnit P2", "Psykiatrisk Center, afsnit 804", "Regionspsykiatrien, afsnit S3",
         "Psykiatrien Vest, sengeafsnit A", "Afdeling for Psykoser, afsnit E1"]
DIAG = ["rygsmerter efter diskusprolaps", "stress og belastningsreaktion", "depression", "knæoperation",
        "brystkræft under efterbehandling", "angst", "hjernerystelse med følger", "skulderskade"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: dt.date, months: int) -> dt.date:
    """Last day of a period of *months* calendar months starting on *start*."""
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def frange(rng, s: dt.date, e: dt.date) -> str:
    st = rng.choice(["long", "long", "dots", "slash", "iso", "abbr", "short"])
    form = rng.choice(["dash", "til", "fra", "fom", "dash"])
    a, b = fdate(s, st), fdate(e, st)
    if form == "dash":
        return f"{a} – {b}" if st in ("long", "abbr", "iso") else f"{a}-{b}"
    if form == "til":
        return f"{a} til {b}"
    if form == "fra":
        return f"fra {a} til {b}"
    return f"f.o.m. {a} t.o.m. {b}"


def cpr(rng) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 42))
    return f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}-{rng.randint(1000, 9999)}"


def phone(rng) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(100000, 999999)}"
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"


# ---------------------------------------------------------------- the case

class Case:
    """One citizen's case with every field, good or deliberately defective."""

    def __init__(self, rng, ctx, kind, defects, date, kommune=None):
        self.rng, self.ctx, self.kind, self.defects = rng, ctx, kind, set(defects)
        self.date = date
        self.fn, self.ln = rng.choice(FIRST), rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.kommune = kommune or rng.choice(KOMMUNER)
        self.authority = (f"{self.kommune} Kommune" if date >= dt.date(2026, 2, 1)
                          else f"Jobcenter {self.kommune}")
        self.job, self.employer = rng.choice(JOBS)
        self.edu = rng.choice(EDUS)
        self.ward = rng.choice(WARDS)
        self.diag = rng.choice(DIAG)
        self.provider = rng.choice(PROVIDERS)
        mf, ml = rng.choice(MENTOR_F), rng.choice(LAST)
        self.mentor_name = f"{mf} {ml}"
        self.mentor_first = mf
        self.mentor_phone = phone(rng)
        dom = self.provider.split()[0].lower().replace("'", "").replace("æ", "ae").replace("ø", "oe")
        self.mentor_mail = f"{mf.lower()}.{ml[:3].lower().replace('ø', 'o').replace('æ', 'ae')}@{dom}.dk"
        self.cw_name = f"{rng.choice(MENTOR_F)} {rng.choice(LAST)}"
        self.cw_phone = phone(rng)
        self.case_no = f"{date.year}-{rng.randint(10000, 99999)}"
        self.cpr = None
        self.traits = []
        self.h1 = rng.choice([6, 8, 10, 12])
        self.h2 = rng.choice([18, 20, 25, 30, 37])
        self._period()

    # period ---------------------------------------------------------
    def _period(self):
        rng = self.rng
        start = self.date + dt.timedelta(days=rng.randint(5, 25))
        if rng.random() < 0.5:
            start = dt.date(start.year, start.month, 1) if start.day < 5 else add_months(dt.date(start.year, start.month, 1), 1)
        self.start = start
        if "duration-over-6-months" in self.defects:
            if self.ctx == "psyk":
                months = rng.choice([12, 15])   # beyond 3 + 6 months
            else:
                months = rng.choice([7, 8, 9, 12])
            if rng.random() < 0.2 and self.ctx != "psyk":
                self.end = add_months(start, 6)  # one day over
                self.traits.append("period:six-plus-one-day")
            else:
                self.end = six_end(start, months)
                self.traits.append(f"period:{months}m")
        else:
            if self.ctx == "psyk":
                months = rng.choice([9, 9, 8, 6])
            else:
                months = rng.choice([3, 4, 6, 6, 6, 5])
            self.end = six_end(start, months)
            self.traits.append(f"period:{months}m")
        self.months = round((self.end - self.start).days / 30.4)

    def period_text(self):
        rng = self.rng
        if "missing-duration" in self.defects:
            self.traits.append("duration:missing")
            return None
        r = rng.random()
        if r < 0.12 and "duration-over-6-months" not in self.defects and self.ctx != "psyk":
            self.traits.append("period:start-plus-length")
            m = rng.choice(["6 måneder", "seks måneder", "26 uger", "6 mdr."])
            self.end = six_end(self.start, 6)
            return f"fra {fdate(self.start, 'long')} og {m} frem"
        if r < 0.2 and "duration-over-6-months" in self.defects and self.ctx != "psyk":
            self.traits.append("period:length-only")
            mm = max(7, self.months)
            self.end = six_end(self.start, mm)
            return f"{fdate(self.start, 'long')} og {mm} måneder frem"
        return frange(rng, self.start, self.end)

    def missing_period_value(self):
        self.traits.append("duration:vague")
        return self.rng.choice(["Indtil videre", "Til raskmelding", "Så længe sygemeldingen varer",
                                "Udfyldes senere", "Efter behov",
                                f"Opstart {fdate(self.start, 'long')}, varighed aftales senere"])

    # goal -----------------------------------------------------------
    def goal_text(self):
        rng, fn = self.rng, self.fn
        if "missing-goal" in self.defects:
            self.traits.append("goal:missing")
            return None
        if "unclear-goal" in self.defects:
            self.traits.append("goal:unclear")
            return rng.choice([
                "At skabe stabilitet i hverdagen og øge trivslen.",
                f"Støtte til at {fn} fastholder sin behandling og får mere struktur på dagen.",
                f"{fn} skal have det bedre og komme tættere på arbejdsmarkedet.",
                "Helbredet skal stabiliseres, og borgeren skal opleve øget selvværd.",
                "Sikre at borgeren møder op til sine behandlingsaftaler.",
                f"Hjælp til at {fn} kommer videre efter sygdomsforløbet.",
            ])
        ctx = self.ctx
        d = fdate(add_months(self.start, rng.choice([3, 4, 5])), rng.choice(["long", "dots", "long"]))
        if ctx == "syg":
            return rng.choice([
                f"{fn} er tilbage i sit job som {self.job} hos {self.employer} {self.h2} timer om ugen senest {d}. "
                f"Optrapningen starter på {self.h1} timer om ugen.",
                f"Målet er, at {fn} genoptager arbejdet som {self.job} – først {self.h1} timer pr. uge, "
                f"derefter gradvist stigende – og er fuldt raskmeldt senest {d}.",
                f"Fastholdelse af ansættelsen hos {self.employer}: {fn} arbejder {self.h2} timer ugentligt "
                f"som {self.job} fra {d}.",
            ])
        if ctx in ("jaf", "ress"):
            return rng.choice([
                f"{fn} er i virksomhedspraktik som {self.job} hos {self.employer} {self.h1} timer om ugen senest {d}, "
                f"så arbejdsevnen i forhold til et fleksjob kan afklares.",
                f"Hovedformål: {fn} har afprøvet praktik på {self.employer} med {self.h1} timer pr. uge stigende "
                f"til {self.h1 + 4} timer pr. uge inden {d}. Delmål: fremmøde mindst 3 dage om ugen.",
                f"At {fn} møder stabilt i praktik som {self.job} og når {self.h1 + 4} timer ugentligt senest {d}, "
                f"med henblik på afklaring til fleksjob.",
            ])
        # psyk
        return rng.choice([
            f"{fn} er efter udskrivelsen startet på {self.edu} og møder mindst 4 dage om ugen senest {d}.",
            f"Målet er, at {fn} efter udskrivelse fra {self.ward} kommer i gang med {self.edu} "
            f"og deltager i undervisningen 3 dage om ugen fra {d}.",
            f"{fn} er i virksomhedspraktik som {self.job} {self.h1} timer om ugen senest {d} "
            f"og har en stabil hverdag efter udskrivelsen.",
        ])

    def goal_placeholder(self):
        return self.rng.choice(["Udfyldes senere", "-", "…", "Aftales ved opstart", "xx"])

    # mentor ---------------------------------------------------------
    def mentor_value(self):
        rng = self.rng
        if "missing-mentor" in self.defects:
            v = rng.choice(["name", "name", "placeholder", "provider"])
            self.traits.append(f"mentor:{v}")
            if v == "name":
                return f"{self.mentor_name}, {self.provider}"
            if v == "provider":
                return f"Tildeles af {self.provider}"
            return rng.choice(["Udfyldes senere", "Findes ved opstart", "-"])
        return rng.choice([
            f"{self.mentor_name}, {self.provider}, tlf. {self.mentor_phone}, {self.mentor_mail}",
            f"{self.mentor_name} ({self.provider}) – tlf. {self.mentor_phone}",
            f"{self.mentor_name}, mail: {self.mentor_mail}, mobil {self.mentor_phone}",
        ])

    # tasks ----------------------------------------------------------
    def task_list(self):
        rng, fn = self.rng, self.fn
        if "missing-tasks" in self.defects:
            self.traits.append("tasks:missing")
            return None
        pool = {
            "syg": ["Koordinere aftaler med egen læge, fysioterapeut og arbejdsgiver",
                    f"Følge {fn} på arbejdspladsen de første dage af den gradvise tilbagevenden",
                    "Hjælpe med at holde styr på behandlingsaftaler og genoptræningsplan",
                    "Deltage i fastholdelsessamtale med nærmeste leder",
                    "Sparre om belastning, pauser og skånehensyn i hverdagen",
                    "Hjælpe med at lægge en realistisk plan for arbejdstiden sammen med lederen"],
            "jaf": ["Koordinere mellem praktiksted, egen læge og rehabiliteringsteamet",
                    f"Følge {fn} til første møde på praktikstedet",
                    "Hjælpe med at føre dagbog over smerter og energi til brug for afklaringen",
                    "Deltage i samtaler med sundhedskoordinator og praktiksted",
                    "Støtte ved kontakt til behandlere (psykolog, smerteklinik)"],
            "ress": ["Koordinere indsatserne i ressourceforløbet med behandlingspsykiatrien",
                     "Hjælpe med struktur på ugen, så praktik og behandling kan hænge sammen",
                     f"Følge {fn} til møder hos misbrugscenter og praktiksted",
                     "Deltage i netværksmøder",
                     "Være bindeled til sundhedskoordinatoren"],
            "psyk": ["Besøge borgeren på afsnittet inden udskrivelsen og deltage i udskrivningskonferencen",
                     "Koordinere med Distriktspsykiatrien om ambulante aftaler og medicinopfølgning",
                     "Hjælpe med kontakt til uddannelsessted og SU/Studievejledning",
                     "Følge borgeren til de første dage på uddannelsen eller i praktik",
                     "Hjælpe med bolig, økonomi og post de første uger efter udskrivelsen",
                     "Ringe op dagen efter udskrivelsen"],
        }[self.ctx]
        return rng.sample(pool, rng.randint(3, min(5, len(pool))))

    def tasks_placeholder(self):
        return self.rng.choice(["-", "Udfyldes senere", "Aftales nærmere med mentor"])

    # hours ----------------------------------------------------------
    def hours_value(self):
        rng = self.rng
        if "missing-hours" in self.defects:
            v = rng.choice(["vague", "none", "none"])
            self.traits.append(f"hours:{v}")
            if v == "vague":
                return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende, efter aftale"])
            return None
        opts = ["2 timer pr. uge", "3 t/uge", "1½ time om ugen", "2 timer ugentligt", "8 timer om måneden",
                "4 timer pr. uge de første 4 uger, herefter 2 timer pr. uge",
                "3 timer om ugen i opstarten, derefter 1 time om ugen"]
        if self.ctx == "psyk":
            opts.append("Op til 5 timer pr. uge omkring udskrivelsen, derefter 2 timer pr. uge")
        return rng.choice(opts)

    # follow-up --------------------------------------------------------
    def followup_value(self):
        rng = self.rng
        if "missing-follow-up" in self.defects:
            v = rng.choice(["vague", "none"])
            self.traits.append(f"followup:{v}")
            if v == "vague":
                return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                                   "Mentor giver besked, hvis der er behov for opfølgning."])
            return None
        mid = fdate(self.start + dt.timedelta(days=rng.choice([42, 56, 63])), "long")
        return rng.choice([
            "Statusmøde hver 4. uge med borger, mentor og sagsbehandler. Progressionen måles på antal "
            "arbejdstimer pr. uge. Evaluering 14 dage før støtten ophører.",
            f"Vi følger op hver måned ved et trekantsmøde. Midtvejsevaluering {mid}.",
            "Rundbordssamtale efter 8 uger og igen fire uger før bevillingen udløber. Delmål: øget "
            "fremmøde og flere timer på arbejdspladsen.",
            "Sundhedskoordinatoren holder opfølgningssamtale hver 3. uge; mentor sender kort status inden.",
        ])

    # appeal ---------------------------------------------------------
    def appeal_value(self, kind_word="afgørelsen"):
        rng, a = self.rng, self.authority
        if "missing-appeal-guidance" in self.defects:
            v = rng.choice(["bare", "no-deadline", "no-body", "other-subject", "none"])
            self.traits.append(f"appeal:{v}")
            if v == "bare":
                return "Du kan klage over afgørelsen."
            if v == "no-deadline":
                return f"Hvis du er uenig, kan du klage til {a}, som vil se på sagen igen."
            if v == "no-body":
                return "Klagefristen er 4 uger fra den dag, du har modtaget dette brev."
            if v == "other-subject":
                return (f"Klage over afgørelsen om sygedagpenge efter sygedagpengeloven skal sendes til {a} "
                        f"inden 4 uger. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")
            return None
        if "wrong-route" in self.defects:
            self.traits.append("appeal:direct-to-ankestyrelsen")
            return ("Du kan klage over afgørelsen til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter, "
                    "at du har modtaget den. Skriv til Ankestyrelsen via ast.dk.")
        return rng.choice([
            f"Hvis du ikke er enig i {kind_word}, skal du klage til {a} inden fire uger. Kommunen skal så "
            f"genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin "
            f"afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
            f"Du kan klage over {kind_word} til {a} inden 4 uger efter, at du har modtaget den. Du kan klage "
            f"mundtligt eller skriftligt. Vi genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi "
            f"klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kap. 10).",
            f"Klagen sendes til {a}, att. {self.cw_name}, senest 4 uger efter modtagelsen af dette brev. "
            f"Fastholder vi afgørelsen, sendes sagen til Ankestyrelsen.",
        ])

    def reasons(self):
        rng, fn = self.rng, self.fn
        if self.ctx == "psyk":
            return (f"Du er indlagt på {self.ward} og forventes udskrevet i løbet af de kommende måneder. "
                    f"Du har ret til en udskrivningskoordinator i op til 3 måneder før udskrivelsen og i mindst "
                    f"6 måneder i alt, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 2. Vi har lagt vægt på, "
                    f"at du selv har ønsket støtten, og at du vil i gang med {self.edu}.")
        base = {"syg": f"Du er sygemeldt på grund af {self.diag} og er i gang med en gradvis tilbagevenden til dit "
                       f"arbejde. Vi vurderer, at mentorstøtte kan hjælpe dig med at fastholde ansættelsen.",
                "jaf": f"Du er i jobafklaringsforløb, og rehabiliteringsteamet har anbefalet mentorstøtte, fordi "
                       f"dit helbred ({self.diag}) gør det svært at koordinere praktik og behandling.",
                "ress": "Du er i ressourceforløb. Rehabiliteringsteamet har vurderet, at du har brug for en "
                        "tværfaglig indsats, hvor mentorstøtten binder behandling og praktik sammen."}[self.ctx]
        return base + " Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats."


# ---------------------------------------------------------------- blocks → formats
# blocks: ("title", t) ("h", t) ("p", t) ("li", t) ("kv", label, value) ("meta", t)

def render_txt(blocks, md=False):
    out = []
    for b in blocks:
        if b[0] == "title":
            out.append(("# " + b[1]) if md else b[1].upper() if len(b[1]) < 60 else b[1])
            out.append("")
        elif b[0] == "h":
            out.append(("## " + b[1]) if md else b[1])
            if not md:
                out.append("-" * len(b[1]))
        elif b[0] == "p" or b[0] == "meta":
            out.append(b[1])
            out.append("")
        elif b[0] == "li":
            out.append(("- " if md else "  - ") + b[1])
        elif b[0] == "kv":
            out.append((f"**{b[1]}:** {b[2]}" if md else f"{b[1]}: {b[2]}"))
            if md:
                out.append("")
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip() + "\n"


def render_html(blocks, title, style="plain"):
    import html as H
    e = H.escape
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{e(title)}</title>"
             "<style>body{font-family:Arial;max-width:760px} td{border:1px solid #999;padding:4px}</style></head><body>"]
    if style == "portal":
        parts.append("<nav><a href='#'>Forside</a> | <a href='#'>Min side</a></nav><main>")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif b[0] == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] in ("p", "meta"):
            parts.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "li":
            parts.append("<ul>")
            while i < len(blocks) and blocks[i][0] == "li":
                parts.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            parts.append("</ul>")
            continue
        elif b[0] == "kv":
            parts.append("<table>")
            while i < len(blocks) and blocks[i][0] == "kv":
                lab, val = blocks[i][1], blocks[i][2]
                if style == "dl":
                    parts[-1] = parts[-1] if parts[-1] != "<table>" else "<dl>"
                parts.append(f"<tr><th style='text-align:left'>{e(lab)}</th><td>{e(val)}</td></tr>")
                i += 1
            parts.append("</table>")
            continue
        i += 1
    if style == "portal":
        parts.append("</main><footer>Udskrevet fra borgerportalen</footer>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_docx(blocks, path, bold_headings=False, kv_mode="table"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            if bold_headings:
                r = d.add_paragraph().add_run(b[1])
                r.bold = True
            else:
                d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "meta":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(9)
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append(blocks[i][1:])
                i += 1
            if kv_mode == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in rows:
                    c = t.add_row().cells
                    c[0].text = lab
                    c[1].text = val
            else:
                for lab, val in rows:
                    p = d.add_paragraph()
                    p.add_run(lab + ": ").bold = True
                    p.add_run(val)
            continue
        i += 1
    d.save(path)


def render_pdf(blocks, path, grid=True):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "title":
            story.append(Paragraph(escape(b[1]), ss["Title"]))
        elif b[0] == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif b[0] in ("p", "meta"):
            story.append(Paragraph(escape(b[1]), ss["BodyText"]))
        elif b[0] == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(ListItem(Paragraph(escape(blocks[i][1]), ss["BodyText"])))
                i += 1
            story.append(ListFlowable(items, bulletType="bullet"))
            continue
        elif b[0] == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append([Paragraph("<b>%s</b>" % escape(blocks[i][1]), ss["BodyText"]),
                             Paragraph(escape(blocks[i][2]), ss["BodyText"])])
                i += 1
            t = Table(rows, colWidths=[140, 330])
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 6))
            continue
        i += 1
    SimpleDocTemplate(str(path), pagesize=A4, title="", author="").build(story)


def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] in ("p", "meta"):
            doc.text.addElement(P(text=b[1]))
        elif b[0] == "li":
            lst = List()
            while i < len(blocks) and blocks[i][0] == "li":
                li = ListItem()
                li.addElement(P(text=blocks[i][1]))
                lst.addElement(li)
                i += 1
            doc.text.addElement(lst)
            continue
        elif b[0] == "kv":
            n += 1
            t = Table(name=f"Tabel{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            while i < len(blocks) and blocks[i][0] == "kv":
                tr = TableRow()
                for v in blocks[i][1:]:
                    tc = TableCell()
                    tc.addElement(P(text=v))
                    tr.addElement(tc)
                t.addElement(tr)
                i += 1
            doc.text.addElement(t)
            continue
        i += 1
    doc.save(str(path))


def rtf_esc(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\\line ")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22"]
    for b in blocks:
        if b[0] == "title":
            o.append(r"{\b\fs32 " + rtf_esc(b[1]) + r"}\par\par")
        elif b[0] == "h":
            o.append(r"{\b " + rtf_esc(b[1]) + r"}\par")
        elif b[0] in ("p", "meta"):
            o.append(rtf_esc(b[1]) + r"\par\par")
        elif b[0] == "li":
            o.append(r"\bullet  " + rtf_esc(b[1]) + r"\par")
        elif b[0] == "kv":
            o.append(r"\trowd\cellx2800\cellx9000 \intbl " + rtf_esc(b[1]) + r"\cell \intbl " +
                     rtf_esc(b[2]) + r"\cell\row")
    o.append("}")
    return "\n".join(o)


def render_eml(blocks, subject, sender, to, date, attach=None):
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = sender
    m["To"] = to
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(10, 14), tzinfo=dt.timezone.utc))
    body = render_txt([b for b in blocks if b[0] != "title"])
    m.set_content(body)
    if attach:
        data = Path(attach).read_bytes()
        m.add_attachment(data, maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                         filename=Path(attach).name)
    return m.as_bytes()


def scan_pdf(blocks, path, tmp):
    src = Path(tmp) / "src.pdf"
    render_pdf(blocks, src, grid=True)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src), str(Path(tmp) / "pg")], check=True)
    pages = sorted(Path(tmp).glob("pg*.png"))
    outs = []
    for k, pg in enumerate(pages):
        base = Path(tmp) / f"ocr{k}"
        subprocess.run(["tesseract", str(pg), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        outs.append(str(base) + ".pdf")
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for o in outs:
        for p in PdfReader(o).pages:
            w.add_page(p)
    with open(path, "wb") as f:
        w.write(f)
    for p in pages:
        p.unlink()
    src.unlink()


# ---------------------------------------------------------------- builders: agreements

TEAMS = {"syg": ["Team Sygedagpenge og Fastholdelse", "Sundhedskoordinator-funktionen", "Team Sygefravær"],
         "jaf": ["Rehabiliteringsteamet", "Sundhedskoordinator-funktionen", "Team Jobafklaring"],
         "ress": ["Rehabiliteringsteamet", "Team Ressourceforløb", "Koordinerende sagsbehandlere"],
         "psyk": ["Udskrivningskoordinator-teamet", "Brobygning Psykiatri/Beskæftigelse", "Team Psykiatri og Job"]}


def background(c):
    """A sentence about the citizen's other activity; its own period when the case has one."""
    rng = c.rng
    if c.ctx == "syg":
        return (f"{c.fn} har været sygemeldt fra sit job som {c.job} hos {c.employer} siden "
                f"{fdate(c.date - dt.timedelta(days=rng.randint(40, 160)), 'long')} på grund af {c.diag}.")
    if c.ctx == "jaf":
        s = c.start - dt.timedelta(days=rng.randint(20, 90))
        c.traits.append("trap:other-activity-period")
        return (f"{c.fn} er i jobafklaringsforløb i perioden {fdate(s, 'long')} til {fdate(six_end(s, 12), 'long')} "
                f"efter {c.diag}.")
    if c.ctx == "ress":
        s = c.start - dt.timedelta(days=rng.randint(20, 120))
        c.traits.append("trap:other-activity-period")
        return (f"Ressourceforløbet løber fra {fdate(s, 'dots')} til {fdate(six_end(s, 24), 'dots')}. "
                f"Rehabiliteringsteamet har anbefalet en koordineret indsats med behandling og praktik.")
    adm = c.start - dt.timedelta(days=rng.randint(10, 40))
    return (f"{c.fn} er indlagt på {c.ward} siden {fdate(adm, 'long')}. Udskrivelse forventes omkring "
            f"{fdate(add_months(c.start, 2), 'long')}.")


def _kv_or_skip(blocks, label, value, placeholder, rng):
    if value is None:
        if placeholder is not None and rng.random() < 0.5:
            blocks.append(("kv", label, placeholder))
        return
    blocks.append(("kv", label, value))


def agr_table(c):
    rng = c.rng
    title = rng.choice({"syg": ["Aftale om mentorstøtte", "Mentoraftale – sygemeldt i job",
                                "Aftale om mentorstøtte under sygemelding"],
                        "jaf": ["Aftale om mentorstøtte i jobafklaringsforløb", "Mentoraftale"],
                        "ress": ["Aftale om mentorstøtte – ressourceforløb", "Mentoraftale"],
                        "psyk": ["Aftale om udskrivningskoordinator", "Aftale om mentorstøtte efter udskrivelse"]}[c.ctx])
    team = rng.choice(TEAMS[c.ctx])
    b = [("title", title), ("meta", f"{c.authority} · {team} · Sagsnr. {c.case_no} · {fdate(c.date, 'dots')}")]
    b.append(("kv", "Borger", c.name))
    if c.cpr:
        b.append(("kv", "CPR-nr.", c.cpr))
    if rng.random() < 0.5:
        b.append(("kv", "Baggrund", background(c)))
    _kv_or_skip(b, rng.choice(["Mål med mentorstøtten", "Formål", "Mål og delmål"]), c.goal_text(), c.goal_placeholder(), rng)
    b.append(("kv", rng.choice(["Mentor", "Mentorens navn og kontaktdata"]) if c.ctx != "psyk"
              else "Udskrivningskoordinator", c.mentor_value()))
    t = c.task_list()
    _kv_or_skip(b, rng.choice(["Mentorens opgaver", "Indsatsområder", "Mentor skal hjælpe med"]),
                "; ".join(t) if t else None, c.tasks_placeholder(), rng)
    per = c.period_text()
    _kv_or_skip(b, rng.choice(["Periode", "Varighed", "Bevilget periode"]), per,
                c.missing_period_value() if per is None else None, rng)
    _kv_or_skip(b, rng.choice(["Timetal", "Antal timer pr. uge", "Timer"]), c.hours_value(), "-", rng)
    _kv_or_skip(b, rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), c.followup_value(), "-", rng)
    ap = c.appeal_value()
    if ap:
        b += [("h", "Klagevejledning"), ("p", ap)]
    b.append(("p", f"Sagsbehandler: {c.cw_name}, {c.authority}, tlf. {c.cw_phone}"))
    b.append(("p", "Dato / borger ______________________    Dato / mentor ______________________"))
    return title, b


def agr_letter(c):
    rng, fn = c.rng, c.fn
    team = rng.choice(TEAMS[c.ctx])
    title = rng.choice(["Din aftale om mentorstøtte", "Aftale om mentor", "Sådan hjælper din mentor dig"])
    b = [("meta", f"{c.authority}, {team}"), ("meta", f"{fdate(c.date, 'long')} · j.nr. {c.case_no}"),
         ("title", title), ("p", f"Kære {fn}")]
    if c.cpr:
        b.insert(2, ("meta", f"Vedr. {c.name}, cpr.nr. {c.cpr}"))
    b.append(("p", f"Her får du det, vi blev enige om på mødet {fdate(c.date - dt.timedelta(days=rng.randint(2, 9)), 'den')}, "
                   f"skrevet ned. {background(c)}"))
    g = c.goal_text()
    if g:
        b += [("h", rng.choice(["Dit mål", "Hvad skal mentorstøtten føre til?", "Målet med mentorstøtten"])), ("p", g)]
    elif rng.random() < 0.5:
        b += [("h", "Dit mål"), ("p", c.goal_placeholder())]
    mv = c.mentor_value()
    b += [("h", rng.choice(["Hvem er din mentor?", "Din mentor"] if c.ctx != "psyk" else ["Din udskrivningskoordinator"])),
          ("p", f"Din mentor er {mv}." if "missing-mentor" not in c.defects or "," in mv else mv)]
    t = c.task_list()
    if t:
        b.append(("h", rng.choice(["Hvad skal mentoren hjælpe med?", f"{c.mentor_first} skal hjælpe dig med:", "Mentorens opgaver"])))
        b += [("li", x) for x in t]
    per = c.period_text()
    if per:
        b += [("h", rng.choice(["Hvor længe?", "Periode"])), ("p", f"Mentorstøtten gælder {per}.")]
    elif rng.random() < 0.6:
        b += [("h", "Hvor længe?"), ("p", c.missing_period_value() + ".")]
    h = c.hours_value()
    if h:
        b += [("h", rng.choice(["Hvor meget tid?", "Timer"])),
              ("p", f"Du har {h} med din mentor." if h[0].isdigit() else f"Timer med mentor: {h}.")]
    f = c.followup_value()
    if f:
        b += [("h", rng.choice(["Sådan følger vi op", "Opfølgning"])), ("p", f)]
    ap = c.appeal_value()
    if ap:
        b += [("h", rng.choice(["Hvis du vil klage", "Klagevejledning", "Sådan klager du"])), ("p", ap)]
    b += [("p", "Venlig hilsen"), ("p", f"{c.cw_name}, sundhedskoordinator, tlf. {c.cw_phone}")]
    return title, b


def agr_numbered(c):
    rng = c.rng
    title = rng.choice(["Skriftlig aftale om mentorstøtte (LAB § 167)", "Mentoraftale – seks punkter",
                        "Aftale om mentorstøtte jf. kvalitetsstandarden"])
    b = [("title", title), ("p", f"Borger: {c.name}" + (f", CPR {c.cpr}" if c.cpr else "") +
                              f". Udarbejdet af {rng.choice(TEAMS[c.ctx])}, {c.authority}, {fdate(c.date, 'dots')}.")]
    if c.ctx == "psyk":
        b.append(("p", "Støtten er en udskrivningskoordinator efter LAB § 167, stk. 2 (op til 3 måneder før "
                       "udskrivelsen og mindst 6 måneder i alt)."))
    if rng.random() < 0.4:
        b.append(("p", background(c)))
    g = c.goal_text()
    b.append(("p", f"1) Målet med mentorstøtten: {g if g else c.goal_placeholder()}"))
    b.append(("p", f"2) Mentorens navn og kontaktdata: {c.mentor_value()}"))
    t = c.task_list()
    b.append(("p", "3) Hvilke opgaver mentoren skal bistå ved: " + ("; ".join(t) if t else c.tasks_placeholder())))
    per = c.period_text()
    f = c.followup_value()
    b.append(("p", "4) Varighed og opfølgning: " + (f"{per}." if per else c.missing_period_value() + ".") +
              (f" {f}" if f else "")))
    h = c.hours_value()
    b.append(("p", "5) Timetal: " + (h if h else "-")))
    ap = c.appeal_value()
    b.append(("p", "6) Klagevejledning: " + (ap if ap else "Se vedlagte pjece.")))
    if not ap:
        c.traits.append("appeal:see-leaflet")
    b.append(("p", f"Kontakt: {c.cw_name}, tlf. {c.cw_phone}"))
    return title, b


def agr_udskr(c):
    rng, fn = c.rng, c.fn
    title = rng.choice(["Aftale om udskrivningskoordinator (LAB § 167, stk. 2)", "Udskrivningskoordinator – aftale",
                        "Aftale om mentorstøtte ved udskrivelse fra psykiatrisk afdeling"])
    b = [("meta", f"{c.authority} i samarbejde med {c.ward}"), ("title", title)]
    b += [("h", "Indlæggelse og udskrivelse"), ("p", background(c))]
    if c.cpr:
        b.append(("kv", "Personnummer", c.cpr))
    b.append(("kv", "Navn", c.name))
    g = c.goal_text()
    if g:
        b += [("h", "Formål"), ("p", g)]
    b += [("h", "Koordinator"), ("p", c.mentor_value())]
    t = c.task_list()
    if t:
        b.append(("h", "Koordinatorens opgaver"))
        b += [("li", x) for x in t]
    per = c.period_text()
    if per:
        b += [("h", "Periode"), ("p", f"{per} (op til 3 måneder før udskrivelsen og mindst 6 måneder i alt).")]
    else:
        b += [("h", "Periode"), ("p", c.missing_period_value())]
    h = c.hours_value()
    if h:
        b += [("h", "Timer"), ("p", h)]
    f = c.followup_value()
    if f:
        b += [("h", "Opfølgning"), ("p", f)]
    ap = c.appeal_value()
    if ap:
        b += [("h", "Klagevejledning"), ("p", ap)]
    b.append(("p", f"Kontaktperson i kommunen: {c.cw_name}, tlf. {c.cw_phone}"))
    return title, b


def agr_note(c):
    rng = c.rng
    title = rng.choice(["MENTORAFTALE – SYGEDAGPENGESAG" if c.ctx == "syg" else "MENTORAFTALE",
                        "Aftale: mentorstøtte", "Indsatsaftale – mentor"])
    b = [("title", title), ("kv", "Sag", c.case_no), ("kv", "Borger", c.name)]
    if c.cpr:
        b.append(("kv", "CPR", c.cpr))
    b.append(("kv", "Indsats", "Mentorstøtte (LAB § 167)" + (", stk. 2" if c.ctx == "psyk" else "")))
    b.append(("kv", "Oprettet af", f"{c.cw_name}, {rng.choice(TEAMS[c.ctx])}"))
    g = c.goal_text()
    _kv_or_skip(b, "Formål", g, c.goal_placeholder(), rng)
    b.append(("kv", "Kontaktperson (mentor)", c.mentor_value()))
    t = c.task_list()
    _kv_or_skip(b, "Opgaver", " / ".join(t) if t else None, c.tasks_placeholder(), rng)
    per = c.period_text()
    b.append(("kv", "Gyldig", per if per else c.missing_period_value()))
    _kv_or_skip(b, "Timetal", c.hours_value(), "", rng)
    _kv_or_skip(b, "Opfølgning", c.followup_value(), None, rng)
    ap = c.appeal_value()
    if ap:
        b.append(("kv", "Klagevejledning", ap))
    return title, b


def agr_mail(c):
    rng, fn = c.rng, c.fn
    subject = rng.choice(["Vores aftale om mentorforløb", "Aftale om mentorstøtte – som aftalt i dag",
                          "Opsummering: aftale om mentor"])
    b = [("p", f"Hej {fn}"),
         ("p", "Tak for mødet i dag. Her får du det, vi blev enige om, skrevet ned, så du har det hele ét sted.")]
    if c.ctx == "psyk":
        b.append(("p", f"Du har som indlagt på {c.ward} ret til en udskrivningskoordinator (§ 167, stk. 2), "
                       "fra op til 3 måneder før udskrivelsen og mindst 6 måneder i alt."))
    g = c.goal_text()
    if g:
        b.append(("p", f"Målet: {g}"))
    b.append(("p", f"Mentor: {c.mentor_value()}"))
    t = c.task_list()
    if t:
        b.append(("p", "Mentoren skal:"))
        b += [("li", x) for x in t]
    per = c.period_text()
    b.append(("p", f"Periode: {per}" if per else f"Periode: {c.missing_period_value()}"))
    h = c.hours_value()
    if h:
        b.append(("p", f"Timer: {h}"))
    f = c.followup_value()
    if f:
        b.append(("p", f"Opfølgning: {f}"))
    ap = c.appeal_value()
    if ap:
        b.append(("p", f"Klagevejledning: {ap}"))
    b.append(("p", f"Mvh\n{c.cw_name}\nSundhedskoordinator, {c.authority}\nTlf. {c.cw_phone}"))
    return subject, b


AGR_BUILDERS = {"table": agr_table, "letter": agr_letter, "numbered": agr_numbered, "udskr": agr_udskr,
                "note": agr_note, "mail": agr_mail}


# ---------------------------------------------------------------- builders: decisions

def dec_letter(c, sub):
    rng, fn = c.rng, c.fn
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på mentor"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
              "udskr": ["Afgørelse om udskrivningskoordinator", "Bevilling af udskrivningskoordinator"]}
    title = rng.choice(titles[sub])
    b = [("meta", f"{c.authority} · {rng.choice(TEAMS[c.ctx])}"),
         ("meta", f"Dato: {fdate(c.date, rng.choice(['long', 'dots']))}   Sagsnr.: {c.case_no}")]
    if c.cpr:
        b.append(("meta", f"CPR-nr.: {c.cpr}"))
    b += [("title", title), ("p", f"Kære {c.name}")]
    per = frange(rng, c.start, c.end)
    h = rng.choice(["2 timer om ugen", "3 timer pr. uge", "1½ time ugentligt", "4 timer pr. uge"])
    if sub == "grant":
        b.append(("p", f"Du får bevilget mentorstøtte i perioden {per} med {h}. Din mentor bliver "
                       f"{c.mentor_name} fra {c.provider}."))
    elif sub == "partial":
        c.traits.append("trap:asked-length")
        b.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 5 timer om ugen. Vi bevilger mentorstøtte "
                       f"i perioden {per} med {h}."))
    elif sub == "udskr":
        b.append(("p", f"Du får en udskrivningskoordinator fra {per}. Koordinatoren er {c.mentor_name}, "
                       f"{c.provider}, og har {h} med dig."))
    elif sub == "extension":
        prev_s = add_months(c.start, -6)
        b.append(("p", f"Din mentorstøtte (forrige periode {fdate(prev_s, 'long')} – "
                       f"{fdate(c.start - dt.timedelta(days=1), 'long')}) forlænges i perioden {per} med {h}."))
        c.traits.append("subtype:forlaengelse")
    elif sub == "refusal":
        b.append(("p", "Du har søgt om mentorstøtte. Vi har besluttet at give dig afslag."))
    elif sub == "end":
        b.append(("p", f"Din mentorstøtte ophører pr. {fdate(c.start, 'long')}."))
    b.append(("h", "Begrundelse"))
    if sub == "refusal":
        b.append(("p", f"Du er fuldt raskmeldt og er tilbage i dit job som {c.job} på fuld tid. Vi vurderer derfor, "
                       "at du ikke har behov for mentorstøtte for at fastholde beskæftigelsen, jf. § 167 i lov om en "
                       "aktiv beskæftigelsesindsats."))
    elif sub == "end":
        b.append(("p", rng.choice([
            f"Du er nu tilbage på arbejde {c.h2} timer om ugen, og målet med mentorstøtten er nået.",
            "Du er overgået til behandling på Psykiatrisk Center, og kan ikke for tiden deltage i et "
            "beskæftigelsesrettet forløb. Mentorstøtten kan ikke fortsætte uden et mål om beskæftigelse eller uddannelse."])))
    else:
        b.append(("p", c.reasons()))
    ap = c.appeal_value()
    if ap:
        b += [("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Du kan klage"])), ("p", ap)]
    b += [("p", "Med venlig hilsen"), ("p", f"{c.cw_name}\n{c.authority}\nTlf. {c.cw_phone}")]
    return title, b


# ---------------------------------------------------------------- builders: Min Plan

def mp_cards(c):
    rng = c.rng
    title = rng.choice(["Min Plan", "Min Plan – udskrift", "Min plan"])
    b = [("title", title), ("meta", f"Udskrevet {fdate(c.date, 'dots')} · {c.name}" + (f" · {c.cpr}" if c.cpr else ""))]
    if c.ctx == "jaf":
        s = c.start - dt.timedelta(days=45)
        b += [("h", "Jobafklaringsforløb"), ("kv", "Periode", f"{fdate(s, 'dots')} - {fdate(six_end(s, 12), 'dots')}"),
              ("kv", "Kontaktperson", f"{c.cw_name}, tlf. {c.cw_phone}"), ("kv", "Status", "Aktiv")]
        c.traits.append("trap:other-activity-card")
    if c.ctx == "psyk":
        b += [("h", "Behandling – Distriktspsykiatrien"), ("kv", "Start", fdate(c.start, "dots")),
              ("kv", "Sted", "Distriktspsykiatrien, ambulant"), ("kv", "Status", "Planlagt")]
    b.append(("h", rng.choice(["Mentorstøtte", "Aktivitet: Mentorstøtte (§ 167)", "Mentor"]) if c.ctx != "psyk"
              else "Udskrivningskoordinator (mentorstøtte, § 167, stk. 2)"))
    _kv_or_skip(b, rng.choice(["Formål", "Mål"]), c.goal_text(), c.goal_placeholder(), rng)
    b.append(("kv", rng.choice(["Mentor", "Mentorens navn og kontaktdata"]), c.mentor_value()))
    t = c.task_list()
    _kv_or_skip(b, rng.choice(["Mentors opgaver", "Det hjælper mentor med"]), "; ".join(t) if t else None,
                c.tasks_placeholder(), rng)
    per = c.period_text()
    _kv_or_skip(b, "Periode", per, c.missing_period_value() if per is None else None, rng)
    _kv_or_skip(b, rng.choice(["Timer pr. uge", "Timetal"]), c.hours_value(), "-", rng)
    b.append(("kv", "Status", "Aktiv"))
    if c.ctx == "syg" and rng.random() < 0.6:
        b += [("h", "Delvis raskmelding"), ("kv", "Arbejdstid", f"{c.h1} timer om ugen, stigende"),
              ("kv", "Arbejdsgiver", c.employer)]
        c.traits.append("trap:work-hours-card")
    return title, b


def mp_text(c):
    rng = c.rng
    title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: mentor", "Indsats i Min Plan: Mentorstøtte"])
    if c.ctx == "psyk":
        title = "Min Plan – Udskrivningskoordinator (§ 167, stk. 2)"
    b = [("title", title), ("p", f"Borger: {c.name}" + (f", cpr-nr. {c.cpr}" if c.cpr else "") + f". Planen er opdateret {fdate(c.date, 'long')} af {c.cw_name}.")]
    g = c.goal_text()
    if g:
        b.append(("p", f"Dit mål med mentorstøtten: {g}"))
    b.append(("p", f"Din mentor: {c.mentor_value()}"))
    t = c.task_list()
    if t:
        b.append(("p", "Det skal mentoren hjælpe dig med:"))
        b += [("li", x) for x in t]
    per = c.period_text()
    if per:
        b.append(("p", f"Periode: {per}"))
    h = c.hours_value()
    if h:
        b.append(("p", f"Timer: {h}"))
    b.append(("p", "Har du spørgsmål til din plan, så kontakt din sagsbehandler."))
    return title, b


# ---------------------------------------------------------------- none of the kinds

def unk_docs(c, which):
    """Documents from the same world that are no agreement, decision or Min Plan entry."""
    rng, fn, nm = c.rng, c.fn, c.name
    cp = f" (cpr.nr. {c.cpr})" if c.cpr else ""
    if which == "rehabplan":
        return "Rehabiliteringsplan – forberedende del", [
            ("title", "Rehabiliteringsplan – forberedende del"), ("meta", f"{c.authority} · {fdate(c.date, 'dots')}"),
            ("kv", "Borger", nm + cp), ("kv", "Uddannelse og beskæftigelse", f"Tidligere {c.job} i 11 år."),
            ("h", "Helbredsmæssige forhold"), ("p", f"{fn} oplyser at have haft {c.diag} siden foråret. Behandles af egen læge og fysioterapeut."),
            ("h", "Borgerens egne ønsker"), ("p", f"{fn} ønsker at komme tilbage i et job med mindre fysisk belastning."),
            ("h", "Arbejdsevne"), ("p", "Ressourcer: mødestabil, god til kollegialt samarbejde. Barrierer: smerter ved løft, nedsat udholdenhed."),
            ("h", "Forslag til indsats"), ("p", "Sagen forelægges rehabiliteringsteamet. Det overvejes, om mentorstøtte kan indgå."),
        ]
    if which == "indstilling":
        return "Referat fra rehabiliteringsteamets møde", [
            ("title", "Referat fra rehabiliteringsteamets møde"),
            ("p", f"Mødedato: {fdate(c.date, 'long')}. Deltagere: borger, sundhedskoordinator, sagsbehandler, repræsentant fra Regionen."),
            ("h", "Drøftelse"), ("p", f"Teamet drøftede {fn}s helbred ({c.diag}) og ønsket om at vende tilbage til arbejdsmarkedet."),
            ("h", "Teamets indstilling"), ("p", "Teamet indstiller til et jobafklaringsforløb med virksomhedspraktik, fysioterapi og mentorstøtte ca. 2 timer om ugen i de første måneder."),
            ("p", "Kommunen træffer efterfølgende afgørelse. Referatet sendes til borgeren og egen læge."),
        ]
    if which == "statusattest":
        return "Statusattest fra egen læge", [
            ("title", "Statusattest (LÆ 275)"), ("p", f"Patient: {nm}{cp}"),
            ("p", f"Diagnose: {c.diag}. Aktuel behandling: smertestillende, genoptræning 2 gange ugentligt."),
            ("p", f"Vurdering: Patienten kan forventeligt genoptage arbejdet gradvist, først 10 timer om ugen, stigende over 8-12 uger."),
            ("p", "Skånehensyn: undgå tunge løft over 10 kg. Ny vurdering om 3 måneder."),
            ("p", f"Lægehuset Torvet, læge Anne Friis, {fdate(c.date, 'dots')}"),
        ]
    if which == "udskrivningsmeddelelse":
        return "Underretning om forventet udskrivelse", [
            ("p", f"Til {c.authority}, Team Psykiatri og Job"),
            ("p", f"Vi underretter hermed om, at {nm}{cp}, indlagt på {c.ward}, forventes udskrevet i løbet af 4-6 uger."),
            ("p", "Patienten er informeret om muligheden for en udskrivningskoordinator og ønsker at blive kontaktet. Vi foreslår et møde på afsnittet."),
            ("p", f"Venlig hilsen\nSocialrådgiver Birthe Kolding, {c.ward}\nTlf. 78 47 00 00"),
        ]
    if which == "pjece":
        return "Udskrivningskoordinator – hvad er det?", [
            ("title", "Udskrivningskoordinator – hvad er det?"),
            ("p", "Er du indlagt på en psykiatrisk afdeling, har du ret til en udskrivningskoordinator fra kommunen, jf. § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats."),
            ("h", "Hvad står der i aftalen?"),
            ("li", "Målet med mentorstøtten"), ("li", "Mentorens navn og kontaktdata"), ("li", "Hvilke opgaver mentoren skal hjælpe med"),
            ("li", "Varighed og opfølgning"), ("li", "Timetallet"), ("li", "Klagevejledning"),
            ("h", "Hvor længe?"), ("p", "Op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt."),
            ("p", "Du kan klage over kommunens afgørelse inden 4 uger. Kommunen genvurderer, før klagen sendes til Ankestyrelsen."),
        ]
    if which == "statusrapport":
        return "Statusrapport fra mentor", [
            ("title", "Statusrapport fra mentor"), ("kv", "Borger", nm), ("kv", "Mentor", f"{c.mentor_name}, {c.provider}, tlf. {c.mentor_phone}"),
            ("kv", "Rapportperiode", f"{fdate(c.start, 'dots')} - {fdate(add_months(c.start, 2), 'dots')}"),
            ("h", "Forløbet indtil nu"), ("p", f"{fn} er kommet godt i gang. Arbejdstiden er øget fra {c.h1} til {c.h1 + 4} timer om ugen. Smerterne er stabile."),
            ("h", "Brugte timer"), ("p", "I alt 16 timer i perioden, heraf 4 timer på arbejdspladsen."),
            ("h", "Anbefaling"), ("p", "Mentor anbefaler, at støtten fortsætter som aftalt."),
        ]
    if which == "faktura":
        return "Faktura", [
            ("title", f"Faktura nr. {rng.randint(2000, 9999)}"), ("meta", f"{c.provider} · CVR 3{rng.randint(1000000, 9999999)}"),
            ("p", f"Til: {c.authority}, Økonomi. Ref.: {c.cw_name}, sagsnr. {c.case_no}"),
            ("kv", "Ydelse", "Mentorforløb, sygemeldt borger"), ("kv", "Periode", f"{MONTHS[c.start.month - 1]} {c.start.year}"),
            ("kv", "Timer", "9 timer à 545,00 kr."), ("kv", "I alt ekskl. moms", "4.905,00 kr."),
            ("p", "Betalingsbetingelser: netto 30 dage. Beløbet indbetales på reg.nr. 1551 konto 0012345678."),
        ]
    if which == "moedemail":
        return "Indkaldelse til rundbordssamtale", [
            ("p", f"Hej {fn}"),
            ("p", f"Du indkaldes til rundbordssamtale {fdate(c.date + dt.timedelta(days=9), 'den')} kl. 10.00 på Jobcentret, mødelokale 3. "
                  f"Din leder fra {c.employer} og din mentor deltager også."),
            ("p", "Vi skal tale om, hvordan det går med optrapningen af dine timer."),
            ("p", f"Mvh {c.cw_name}, tlf. {c.cw_phone}"),
        ]
    if which == "partshoering":
        return "Partshøring – påtænkt ophør af mentorstøtte", [
            ("title", "Partshøring – påtænkt ophør af mentorstøtte"), ("p", f"Kære {nm}"),
            ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du har været fuldt raskmeldt i fire uger. Før vi træffer afgørelse, får du mulighed for at komme med dine bemærkninger."),
            ("p", f"Du skal svare senest {fdate(c.date + dt.timedelta(days=14), 'long')}. Du kan ringe eller skrive."),
            ("p", f"Venlig hilsen {c.cw_name}, {c.authority}"),
        ]
    if which == "bestilling":
        return "Bestilling af mentorforløb", [
            ("title", "Bestilling af mentorforløb"), ("kv", "Leverandør", c.provider), ("kv", "Borger", nm + cp),
            ("kv", "Bestilt forløb", "Mentorstøtte til sygemeldt, 3 timer pr. uge"),
            ("kv", "Forventet start", fdate(c.start, "dots")),
            ("kv", "Bestiller", f"{c.cw_name}, {c.authority}, tlf. {c.cw_phone}"),
            ("p", "Leverandøren bedes bekræfte modtagelsen og foreslå en mentor inden 5 hverdage."),
        ]
    if which == "ankestyrelsen":
        return "Ankestyrelsens afgørelse", [
            ("title", "Ankestyrelsens afgørelse"), ("p", f"Klager: {nm}{cp}. Kommune: {c.kommune} Kommune."),
            ("h", "Resultat"), ("p", "Ankestyrelsen stadfæster kommunens afgørelse om ophør af mentorstøtte."),
            ("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at målet med støtten er nået, og at du arbejder på fuld tid, jf. § 167 i lov om en aktiv beskæftigelsesindsats."),
            ("p", "Du kan ikke klage over denne afgørelse til anden administrativ myndighed."),
        ]
    if which == "genvurdering":
        return "Genvurdering af din klage", [
            ("title", "Genvurdering af din klage"), ("p", f"Kære {nm}"),
            ("p", "Vi har modtaget din klage over afgørelsen om afslag på mentorstøtte og har genvurderet sagen."),
            ("p", "Vi fastholder afgørelsen. Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som vil behandle klagen."),
            ("p", f"Venlig hilsen {c.cw_name}, {c.authority}"),
        ]
    if which == "referat":
        return "Referat – koordineringsmøde", [
            ("title", "Referat – koordineringsmøde om sundhed og beskæftigelse"),
            ("p", f"Deltagere: koordinerende sagsbehandler {c.cw_name}, sundhedskoordinator, mentor {c.mentor_name}, borger."),
            ("h", "Punkt 1: Status"), ("p", f"{fn} arbejder nu {c.h1} timer om ugen. Søvnen er bedre. Psykologforløbet fortsætter."),
            ("h", "Punkt 2: Næste skridt"), ("p", "Timerne øges med 2 timer om ugen hver 14. dag, hvis helbredet tillader det."),
            ("h", "Punkt 3: Eventuelt"), ("p", "Næste møde aftales via mail."),
        ]
    if which == "kvalitetsstandard":
        return "Kvalitetsstandard – mentorstøtte til sygemeldte", [
            ("title", "Kvalitetsstandard – mentorstøtte til sygemeldte og borgere i jobafklaring"),
            ("h", "Formål"), ("p", "Mentorstøtte skal hjælpe sygemeldte borgere med at fastholde eller genvinde tilknytningen til arbejdsmarkedet."),
            ("h", "Indhold i aftalen"), ("p", "Aftalen skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal og klagevejledning."),
            ("h", "Varighed"), ("p", "Højst 6 måneder ad gangen med mulighed for forlængelse efter en konkret vurdering."),
            ("h", "Serviceniveau"), ("p", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
        ]
    if which == "mineaftaler":
        return "Mine aftaler", [
            ("title", "Mine aftaler"), ("p", nm),
            ("kv", fdate(c.date + dt.timedelta(days=3), "dots") + " kl. 09.00", f"Mentor – {c.mentor_name}"),
            ("kv", fdate(c.date + dt.timedelta(days=7), "dots") + " kl. 13.30", "Fysioterapi, Sundhedscentret"),
            ("kv", fdate(c.date + dt.timedelta(days=10), "dots") + " kl. 10.00", "Opfølgningssamtale, sygedagpenge"),
        ]
    if which == "peermentor":
        return "Mentoraftale – frivillig peer-mentor", [
            ("title", "Mentoraftale – frivillig peer-mentor"),
            ("p", "Foreningen Sind & Fællesskab, lokalafdeling. Frivillig ordning uden for kommunen."),
            ("kv", "Mentee", fn), ("kv", "Peer-mentor", "Karsten (frivillig), tlf. 22 18 44 90"),
            ("kv", "Hvad vil vi", "Gåture og kaffe, snak om livet efter indlæggelse"),
            ("kv", "Hvor tit", "Hver anden uge, så længe vi begge har lyst"),
            ("p", "Ordningen er gratis og frivillig. Foreningen er ikke en myndighed, og aftalen kan ikke påklages."),
        ]
    if which == "journalnotat":
        return "Journalnotat", [
            ("title", "Journalnotat – sundhedskoordinator"), ("p", f"Vedr.: {nm}{cp}. Sagsnr. {c.case_no}."),
            ("p", f"Telefonsamtale med egen læge. Lægen vurderer, at {fn} kan øge arbejdstiden til {c.h1 + 4} timer om ugen fra næste måned."),
            ("p", "Mentor orienteret. Ingen ændringer i mentoraftalen."),
            ("p", f"{fdate(c.date, 'dots')} / {c.cw_name}"),
        ]
    if which == "laegeanmodning":
        return "Anmodning om statusattest", [
            ("title", "Anmodning om statusattest (LÆ 275)"),
            ("p", f"Til egen læge. Vedr. {nm}{cp}."),
            ("p", "Kommunen anmoder om en statusattest til brug for opfølgning i sygedagpengesagen, herunder vurdering af mulighed for gradvis tilbagevenden til arbejdet."),
            ("p", f"Attesten bedes returneret via EDI-portalen inden 14 dage. Med venlig hilsen {c.cw_name}, {c.authority}"),
        ]
    raise KeyError(which)


UNKNOWN_PLAN = [("rehabplan", "docx"), ("indstilling", "pdf"), ("statusattest", "txt"),
                ("udskrivningsmeddelelse", "eml"), ("pjece", "html"), ("statusrapport", "docx"),
                ("faktura", "pdf"), ("moedemail", "eml"), ("partshoering", "docx"), ("bestilling", "pdf"),
                ("ankestyrelsen", "pdf"), ("genvurdering", "odt"), ("referat", "md"),
                ("kvalitetsstandard", "pdf"), ("mineaftaler", "html"), ("peermentor", "odt"),
                ("journalnotat", "txt"), ("laegeanmodning", "rtf")]


# ---------------------------------------------------------------- the plan

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
MINPLAN_RULES = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                 "duration-over-6-months", "unclear-goal"}

AGR_DEFECTS = [[]] * 14 + [
    ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
    ["missing-tasks"], ["missing-duration"], ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"],
    ["missing-hours"], ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
    ["duration-over-6-months"], ["duration-over-6-months"],
    ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
    ["missing-mentor", "duration-over-6-months"], ["missing-tasks", "missing-hours"],
    ["missing-goal", "missing-follow-up"], ["missing-appeal-guidance", "duration-over-6-months"]]

AGR_LAYOUTS = [("table", "docx"), ("letter", "docx"), ("numbered", "pdf"), ("udskr", "docx"), ("note", "txt"),
               ("table", "pdf"), ("letter", "odt"), ("mail", "eml"), ("table", "html"), ("numbered", "rtf"),
               ("letter", "pdf"), ("note", "md"), ("udskr", "pdf"), ("table", "odt"), ("letter", "html"),
               ("mail", "eml-attach"), ("table", "scan"), ("numbered", "docx"), ("udskr", "odt"),
               ("letter", "docx"), ("table", "docx-kv"), ("note", "txt"), ("udskr", "html"), ("letter", "rtf"),
               ("table", "pdf-nogrid"), ("numbered", "txt"), ("mail", "eml"), ("letter", "scan"),
               ("table", "md"), ("udskr", "docx"), ("letter", "pdf"), ("table", "html"), ("numbered", "odt"),
               ("note", "docx-kv"), ("letter", "md"), ("table", "rtf")]

# (subtype, defects)
DEC_PLAN = [("grant", []), ("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]),
            ("grant", ["duration-over-6-months"]), ("grant", ["wrong-route"]), ("grant", ["missing-appeal-guidance"]),
            ("grant", ["duration-over-6-months", "missing-appeal-guidance"]),
            ("partial", []), ("partial", ["duration-over-6-months"]), ("partial", ["missing-appeal-guidance"]),
            ("refusal", []), ("refusal", ["missing-appeal-guidance"]), ("refusal", ["wrong-route"]),
            ("extension", []), ("extension", []), ("extension", ["duration-over-6-months"]),
            ("extension", ["missing-appeal-guidance"]),
            ("end", []), ("end", ["missing-appeal-guidance"]), ("end", []),
            ("udskr", []), ("udskr", []), ("udskr", ["duration-over-6-months"]), ("udskr", ["missing-appeal-guidance"]),
            ("udskr", [])]
DEC_FORMATS = ["docx", "pdf", "html", "txt", "eml", "odt", "pdf", "docx", "rtf", "scan", "html", "docx", "pdf",
               "txt", "docx", "odt", "pdf", "html", "eml", "docx", "md", "pdf", "docx", "html", "txt", "odt"]

MP_DEFECTS = [[]] * 9 + [["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"],
                         ["missing-tasks"], ["missing-duration"], ["missing-hours"], ["missing-hours"],
                         ["duration-over-6-months"], ["duration-over-6-months"],
                         ["missing-mentor", "missing-hours"], ["unclear-goal", "duration-over-6-months"],
                         ["missing-tasks", "missing-duration"]]
MP_LAYOUTS = [("cards", "html"), ("cards", "pdf"), ("text", "txt"), ("cards", "docx"), ("text", "md"),
              ("cards", "html"), ("text", "pdf"), ("cards", "odt"), ("text", "docx"), ("cards", "pdf-nogrid"),
              ("text", "html"), ("cards", "txt")]

CTX_DIR = {"syg": "sygemeldte", "jaf": "jobafklaring", "ress": "ressourceforloeb", "psyk": "psykiatri"}


def rand_date(rng, ctx):
    if ctx == "ress":
        lo, hi = dt.date(2025, 2, 1), dt.date(2026, 5, 31)   # ressourceforløb abolished 1 Jul 2026
    else:
        lo, hi = dt.date(2025, 2, 1), dt.date(2026, 10, 31)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def write_doc(fmt, blocks, title, path, c, tmp, rng):
    """Write *blocks* in *fmt*; returns the real extension used and a trait list."""
    traits = []
    if fmt in ("docx", "docx-kv"):
        render_docx(blocks, path.with_suffix(".docx"), bold_headings=rng.random() < 0.4,
                    kv_mode="paras" if fmt == "docx-kv" else "table")
        traits.append("docx:" + ("kv-paragraphs" if fmt == "docx-kv" else "table"))
        return "docx", traits
    if fmt in ("pdf", "pdf-nogrid"):
        render_pdf(blocks, path.with_suffix(".pdf"), grid=(fmt == "pdf"))
        traits.append("pdf:reportlab" + ("" if fmt == "pdf" else "-nogrid"))
        return "pdf", traits
    if fmt == "scan":
        scan_pdf(blocks, path.with_suffix(".pdf"), tmp)
        traits.append("scan:tesseract-dan")
        return "pdf", traits
    if fmt == "odt":
        render_odt(blocks, path.with_suffix(".odt"))
        return "odt", traits
    if fmt == "rtf":
        path.with_suffix(".rtf").write_text(render_rtf(blocks), encoding="ascii")
        return "rtf", traits
    if fmt == "html":
        path.with_suffix(".html").write_text(render_html(blocks, title, rng.choice(["plain", "portal"])), encoding="utf-8")
        return "html", traits
    if fmt == "txt":
        enc = "cp1252" if rng.random() < 0.25 else "utf-8"
        traits.append(f"txt:{enc}")
        path.with_suffix(".txt").write_bytes(render_txt(blocks).encode(enc, errors="replace"))
        return "txt", traits
    if fmt == "md":
        path.with_suffix(".md").write_text(render_txt(blocks, md=True), encoding="utf-8")
        return "md", traits
    if fmt == "eml":
        sender = f"{c.cw_name} <{c.cw_name.split()[0].lower()}@{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk>"
        path.with_suffix(".eml").write_bytes(render_eml(blocks, title, sender, f"{c.name} <borger@example.dk>", c.date))
        return "eml", traits
    if fmt == "eml-attach":
        att = Path(tmp) / "Aftale om mentorstøtte.docx"
        render_docx(blocks, att)
        sender = f"{c.cw_name} <sundhed@{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk>"
        body = [("p", f"Hej {c.fn}"), ("p", "Hermed den aftale, vi talte om i går. Læs den igennem, og ring hvis noget skal rettes."),
                ("p", f"Mvh {c.cw_name}")]
        path.with_suffix(".eml").write_bytes(render_eml(body, "Din mentoraftale", sender, f"{c.name} <borger@example.dk>",
                                                        c.date, attach=att))
        att.unlink()
        traits.append("eml:docx-attachment")
        return "eml", traits
    raise ValueError(fmt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1207)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    entries = []
    tmp = tempfile.mkdtemp(prefix="fg_")

    def emit(kind, subtype, layout, fmt, c, blocks, title, rules, extras, folder, stem):
        if c.cpr and not any(c.cpr in str(x) for blk in blocks for x in blk[1:]):
            c.cpr = None
        path = out / folder / stem
        path.parent.mkdir(parents=True, exist_ok=True)
        ext, ftraits = write_doc(fmt, blocks, title, path, c, tmp, rng)
        rel = str((path.with_suffix("." + ext)).relative_to(out))
        e = {"path": rel, "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": ([c.cpr, c.cpr.replace("-", "")] if c.cpr else []),
             "traits": sorted(set(c.traits + ftraits + [f"ctx:{c.ctx}"] + (["cpr"] if c.cpr else [])))}
        if kind in ("agreement", "minplan", "decision") and "missing-duration" not in rules and subtype not in ("refusal", "end"):
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)

    # agreements
    defects = list(AGR_DEFECTS)
    rng.shuffle(defects)
    for i, (d, (lay, fmt)) in enumerate(zip(defects, AGR_LAYOUTS)):
        ctx = "psyk" if lay == "udskr" else rng.choice(["syg", "syg", "jaf", "ress", "psyk"])
        c = Case(rng, ctx, "agreement", d, rand_date(rng, ctx))
        if rng.random() < 0.42:
            c.cpr = cpr(rng)
        title, blocks = AGR_BUILDERS[lay](c)
        emit("agreement", "agreement", f"agr-{lay}", fmt, c, blocks, title,
             [x for x in d if x in NINE], [], CTX_DIR[ctx], f"aftale-{i + 1:03d}-{c.fn.lower()}")

    # decisions
    for i, ((sub, d), fmt) in enumerate(zip(DEC_PLAN, DEC_FORMATS)):
        ctx = "psyk" if sub == "udskr" else rng.choice(["syg", "syg", "jaf", "ress"])
        c = Case(rng, ctx, "decision", d, rand_date(rng, ctx))
        if rng.random() < 0.4:
            c.cpr = cpr(rng)
        title, blocks = dec_letter(c, sub)
        extras = ["appeal-wrong-route"] if "wrong-route" in d else []
        emit("decision", sub if sub != "udskr" else "grant", f"dec-letter-{sub}", fmt, c, blocks, title,
             [x for x in d if x in NINE], extras, CTX_DIR[ctx], f"afgoerelse-{i + 1:03d}-{sub}")

    # Min Plan
    defects = list(MP_DEFECTS)
    rng.shuffle(defects)
    for i, (d, (lay, fmt)) in enumerate(zip(defects, (MP_LAYOUTS * 3))):
        ctx = rng.choice(["syg", "jaf", "ress", "psyk"])
        c = Case(rng, ctx, "minplan", d, rand_date(rng, ctx))
        if rng.random() < 0.3:
            c.cpr = cpr(rng)
        title, blocks = (mp_cards if lay == "cards" else mp_text)(c)
        emit("minplan", "minplan", f"minplan-{lay}", fmt, c, blocks, title,
             [x for x in d if x in MINPLAN_RULES], [], CTX_DIR[ctx], f"minplan-{i + 1:03d}")

    # none of the kinds
    for i, (which, fmt) in enumerate(UNKNOWN_PLAN):
        ctx = "psyk" if which in ("udskrivningsmeddelelse", "pjece", "peermentor") else rng.choice(["syg", "jaf"])
        c = Case(rng, ctx, "unknown", [], rand_date(rng, ctx))
        if rng.random() < 0.5:
            c.cpr = cpr(rng)
        title, blocks = unk_docs(c, which)
        c.traits = [f"unknown:{which}"]
        emit("unknown", which, f"unk-{which}", fmt, c, blocks, title, [], [], "andet", f"{which}-{i + 1:03d}")

    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
