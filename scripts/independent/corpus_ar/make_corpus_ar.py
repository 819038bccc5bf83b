#!/usr/bin/env python3
"""Corpus AR: mentor support seen from employers and providers (independent writer, session 5).

    /work/main/.venv/bin/python scripts/independent/corpus_ar/make_corpus_ar.py --out /work/corpora/ar

Deterministic (fixed seed). Writes ~126 documents and EXPECTED.jsonl (manifest format of
tools/corpusgen/src/corpusgen/corpus/manifest.py). Labels are decided here, per document, from the
rule docs (`mentordocs rules NAME`) and /work/shared/domain.md; see NOTES.md for the reasoning.

Documents are built as a small list of blocks and rendered to docx (python-docx), html, txt, eml
(stdlib email) and, through LibreOffice from the docx, to pdf and odt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

SEED = 20261129

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
KIND_RULES = {
    "agreement": set(RULES9),
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

FIRST = ["Mette", "Jonas", "Ayşe", "Mohammed", "Line", "Kasper", "Fatima", "Rasmus", "Sofie", "Ali",
         "Camilla", "Nikolaj", "Hiba", "Thomas", "Louise", "Emil", "Zainab", "Frederik", "Ida", "Omar",
         "Maja", "Søren", "Birgitte", "Tobias", "Karina", "Jesper", "Amina", "Morten", "Pernille", "Dorthe"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Yilmaz", "Hussein", "Østergaard", "Bech", "Kjær", "Lund", "Dahl", "Holm", "Mortensen", "Abdi"]

COMPANIES = [
    ("Vestjysk Stål ApS", "vestjyskstaal.dk", "Industrivej 14", "7400 Herning", "Herning", "produktionen"),
    ("Bager Nielsen I/S", "bagernielsen.dk", "Torvet 3", "4200 Slagelse", "Slagelse", "bageriet"),
    ("Nordlys Rengøring A/S", "nordlys-rengoering.dk", "Mileparken 22", "2740 Skovlunde", "Ballerup", "rengøringsholdet"),
    ("Fjordens Plejecenter", "fjordensplejecenter.dk", "Strandvejen 101", "9000 Aalborg", "Aalborg", "afdeling B"),
    ("Autoværkstedet Syd ApS", "autosyd.dk", "Vejlevej 55", "7000 Fredericia", "Fredericia", "værkstedet"),
    ("GrønPlan Anlæg A/S", "groenplan.dk", "Egevej 7", "8660 Skanderborg", "Skanderborg", "anlægsgartnerholdet"),
    ("Lagerhuset Danmark A/S", "lagerhuset.dk", "Transportvej 2", "6000 Kolding", "Kolding", "lageret"),
    ("Café Havnen", "cafehavnen.dk", "Havnegade 9", "5700 Svendborg", "Svendborg", "køkkenet"),
    ("Elektro-Team Fyn ApS", "elektroteamfyn.dk", "Rugårdsvej 200", "5210 Odense NV", "Odense", "serviceafdelingen"),
    ("Brugsen Vinderup", "brugsenvinderup.dk", "Søndergade 4", "7830 Vinderup", "Holstebro", "butikken"),
]
INTL = [
    ("Nordic BioSystems A/S", "nordicbio.com", "Ole Maaløes Vej 3", "2200 København N", "København", "the lab support team"),
    ("Maersk Tankers Operations ApS", "mtops.example.com", "Esplanaden 50", "1263 København K", "København", "the operations desk"),
    ("Vestas Service Hub Aarhus", "vsh-aarhus.example.com", "Hedeager 42", "8200 Aarhus N", "Aarhus", "the service planning team"),
    ("Unity Tech Copenhagen ApS", "unitycph.example.com", "Niels Hemmingsens Gade 24", "1153 København K", "København", "the QA team"),
]
PROVIDERS = [
    ("Mentorhuset ApS", "mentorhuset.dk"), ("Job & Trivsel I/S", "jobogtrivsel.dk"),
    ("Brobyggerne Mentor A/S", "brobyggerne.dk"), ("Kompetencecentret Øst ApS", "kc-oest.dk"),
    ("Vejen Videre Mentorservice", "vejenvidere.dk"),
]
MUNIS = {"Herning": "7400 Herning", "Slagelse": "4200 Slagelse", "Ballerup": "2750 Ballerup",
         "Aalborg": "9000 Aalborg", "Fredericia": "7000 Fredericia", "Skanderborg": "8660 Skanderborg",
         "Kolding": "6000 Kolding", "Svendborg": "5700 Svendborg", "Odense": "5000 Odense C",
         "Holstebro": "7500 Holstebro", "København": "1599 København V", "Aarhus": "8000 Aarhus C"}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

ROLES = ["nyansat", "fleksjobber", "elev", "ansat i løntilskud", "praktikant", "ansat i job med løntilskud"]


class Person:
    def __init__(self, r: random.Random):
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.phone = " ".join(f"{r.randint(20, 99)}" for _ in range(4))
        self.mobile_raw = self.phone.replace(" ", "")

    def mail(self, domain: str) -> str:
        tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "ş": "s", "Ø": "Oe"})
        return f"{self.first[0].lower()}{self.last.lower()}@{domain}".translate(tr)


def dom(muni: str) -> str:
    """The municipality's mail domain (ASCII, as the real ones are)."""
    special = {"København": "kk.dk"}
    if muni in special:
        return special[muni]
    return muni.lower().translate(str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})) + ".dk"


def cpr(r: random.Random) -> str:
    d = r.randint(1, 28)
    m = r.randint(1, 12)
    y = r.randint(60, 99) if r.random() < 0.6 else r.randint(0, 6)
    return f"{d:02d}{m:02d}{y:02d}-{r.randint(0, 9999):04d}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise AssertionError


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}-{d.month}-{d.year}"


def en_date(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def make_period(r: random.Random, over: bool) -> tuple[dt.date, dt.date]:
    start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 1, 15]))
    if over:
        months = r.choice([7, 8, 9, 12])
    else:
        months = r.choice([3, 4, 6, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


# ---------------------------------------------------------------- blocks and rendering
# A document is a list of blocks: ("title", t) ("h", t) ("p", t) ("li", t) ("table", rows)
# ("kv", [(label, value)...]) ("sig", [lines]) ("addr", [lines])

def blocks_to_txt(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1].upper() if len(b[1]) < 60 else b[1])
            out.append("")
        elif k == "h":
            out.append(b[1])
        elif k == "p":
            out.append(b[1])
            out.append("")
        elif k == "li":
            out.append(f"- {b[1]}")
        elif k in ("table", "kv"):
            for row in b[1]:
                if k == "kv":
                    out.append(f"{row[0]}: {row[1]}")
                else:
                    out.append("   ".join(row))
            out.append("")
        elif k in ("sig", "addr"):
            out.extend(b[1])
            out.append("")
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip() + "\n"


def blocks_to_html(blocks, title: str, r: random.Random) -> str:
    style = r.randint(0, 2)
    body = []
    open_ul = False
    for b in blocks:
        k = b[0]
        if k != "li" and open_ul:
            body.append("</ul>")
            open_ul = False
        if k == "title":
            body.append(f"<h1>{escape(b[1])}</h1>")
        elif k == "h":
            body.append(f"<h2>{escape(b[1])}</h2>" if style != 1 else
                        f"<p><strong>{escape(b[1])}</strong></p>")
        elif k == "p":
            body.append(f"<p>{escape(b[1])}</p>" if style != 2 else
                        f"<div class=\"para\">{escape(b[1])}</div>")
        elif k == "li":
            if not open_ul:
                body.append("<ul>")
                open_ul = True
            body.append(f"<li>{escape(b[1])}</li>")
        elif k == "kv":
            if style == 2:
                body.append("<dl>" + "".join(f"<dt>{escape(a)}</dt><dd>{escape(v)}</dd>" for a, v in b[1])
                            + "</dl>")
            else:
                body.append("<table class=\"felter\">" + "".join(
                    f"<tr><th>{escape(a)}</th><td>{escape(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "table":
            rows = b[1]
            h = "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in rows[0]) + "</tr>"
            rest = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            body.append(f"<table border=\"1\">{h}{rest}</table>")
        elif k in ("sig", "addr"):
            body.append("<p>" + "<br>".join(escape(x) for x in b[1]) + "</p>")
    if open_ul:
        body.append("</ul>")
    head = (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            "<style>body{font-family:Arial;} th{text-align:left;}</style>"
            "<script>window.caseSystem={version:'4.2',module:'sag'};</script></head>\n<body>\n")
    if style == 0:
        head += "<div class=\"sagshoved\"><span>Udskrevet fra sagssystemet</span></div>\n"
    return head + "\n".join(body) + "\n</body></html>\n"


def blocks_to_docx(blocks, path: Path, r: random.Random, footer: str | None = None) -> None:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    bold_heads = r.random() < 0.4
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "h":
            if bold_heads:
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif k in ("kv", "table"):
            rows = b[1]
            ncol = len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci, c in enumerate(row):
                    cells[ci].text = c
                    if (k == "kv" and ci == 0) or (k == "table" and ri == 0):
                        for run in cells[ci].paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif k in ("sig", "addr"):
            p = doc.add_paragraph()
            for i, line in enumerate(b[1]):
                run = p.add_run(line)
                if i < len(b[1]) - 1:
                    run.add_break()
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    doc.save(str(path))


def write_eml(path: Path, frm: str, to: str, subject: str, body: str, when: dt.date, r: random.Random,
              quoted: str | None = None) -> None:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(when.year, when.month, when.day, r.randint(8, 15),
                                              r.randint(0, 59), tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{r.getrandbits(64):x}@mail.example.dk>"
    if quoted:
        body = body + "\n\n" + quoted
    msg.set_content(body)
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- shared text pieces

def appeal_full(r: random.Random, muni: str, to_employer: bool) -> list:
    you = "I" if to_employer else "du"
    yours = "jeres" if to_employer else "din"
    v = r.randint(0, 3)
    if v == 0:
        return [("h", "Klagevejledning"),
                ("p", f"Hvis {you} ikke er {'enige' if to_employer else 'enig'} i afgørelsen, kan {you} klage til {muni} Kommune, Jobcenter {muni}. "
                      f"Klagen skal være modtaget senest 4 uger efter, at {you} har modtaget afgørelsen. "
                      f"{you.capitalize()} kan klage skriftligt eller mundtligt."),
                ("p", "Kommunen genvurderer afgørelsen. Fastholder vi afgørelsen, sender vi klagen videre til "
                      "Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.")]
    if v == 1:
        return [("h", "Hvis I vil klage" if to_employer else "Sådan klager du"),
                ("p", f"{you.capitalize()} kan klage over afgørelsen inden fire uger fra modtagelsen. Klagen sendes til "
                      f"jobcentret, som genvurderer sagen inden fire uger. Hvis jobcentret fastholder afgørelsen, "
                      "bliver klagen sendt videre til Ankestyrelsens Beskæftigelsesudvalg.")]
    if v == 2:
        return [("h", "Klageadgang"),
                ("p", f"Afgørelsen kan påklages til Ankestyrelsen, jf. LAB § 204. En klage skal dog sendes til "
                      f"{muni} Kommune inden 4 uger efter modtagelsen af dette brev. Kommunen vurderer sagen igen, "
                      "og fastholdes afgørelsen, videresendes klagen med sagens akter til Ankestyrelsen.")]
    return [("h", "Vejledning om klage"),
            ("p", f"Er {you} {'uenige' if to_employer else 'uenig'} i afgørelsen, skal {yours} klage være modtaget i Jobcenter {muni} inden 4 uger. "
                  "Jobcentret genvurderer afgørelsen, og fastholder vi den, sendes klagen til Ankestyrelsen. "
                  "Læs mere på ast.dk.")]


def appeal_incomplete(r: random.Random) -> list:
    return [r.choice([("p", "Du kan klage over afgørelsen, hvis du ikke er enig."),
                      ("p", "I har mulighed for at klage over afgørelsen. Kontakt jobcentret for at høre nærmere."),
                      ("p", "Klagevejledning vedlægges på anmodning.")])]


def appeal_direct(muni: str) -> list:
    return [("h", "Klagevejledning"),
            ("p", "Hvis I ikke er enige i afgørelsen, kan I klage direkte til Ankestyrelsen inden 4 uger. "
                  "Klagen sendes via Ankestyrelsens hjemmeside ast.dk.")]


TASKS_WORK = [
    "introducere {f} til arbejdsopgaverne i {dept} og gennemgå arbejdsgange",
    "være fast kontaktperson i arbejdstiden og tage en kort samtale hver morgen",
    "hjælpe {f} med at planlægge ugens opgaver og prioritere",
    "følge op på fremmøde og tage kontakt, hvis {f} udebliver",
    "støtte {f} i samarbejdet med kollegerne og i pauserne",
    "gennemgå sikkerhedsregler og brug af maskiner",
    "hjælpe med at tilpasse opgaverne til {f}s skånehensyn",
    "holde kontakt med jobkonsulenten om trivsel og fremmøde",
]
GOALS_CLEAR = [
    "{f} fastholder sit fleksjob i {dept} hos {c} med 15 timer om ugen og møder stabilt hver uge ved periodens udløb.",
    "{f} gennemfører grundforløb 2 på erhvervsskolen og starter i lære hos {c} senest {d}.",
    "{f} består EUD-elevens første skoleophold og har højst to fraværsdage pr. måned på arbejdspladsen hos {c}.",
    "{f} er ved periodens afslutning ordinært ansat i {dept} hos {c} 37 timer om ugen uden mentorstøtte.",
    "{f} gennemfører sin elevuddannelse hos {c}: består 1. skoleperiode og er i praktik i {dept} 37 timer om ugen uden fravær ud over sygdom.",
    "At {f} kan varetage opgaverne i {dept} selvstændigt og arbejder 25 timer om ugen i løntilskudsjobbet, så det kan overgå til ordinær ansættelse.",
    "Målet er, at {f} fastholder ansættelsen hos {c} og øger arbejdstiden fra 20 til 30 timer om ugen senest {d}.",
]
GOALS_UNCLEAR = [
    "At blive en del af arbejdspladsen.",
    "At {f} får det godt og bliver en del af arbejdspladsen.",
    "Øget trivsel og selvværd.",
    "Støtte til at komme videre.",
]


def goal_text(r: random.Random, unclear: bool, f: str, comp: tuple, end: dt.date) -> str:
    if unclear:
        return r.choice(GOALS_UNCLEAR).format(f=f)
    return r.choice(GOALS_CLEAR).format(f=f, c=comp[0], dept=comp[5], m=MONTHS[end.month - 1],
                                        d=fmt_date(end, 0))


def hours_text(r: random.Random, per_month: bool) -> tuple[str, float]:
    if per_month:
        n = r.choice([4, 6, 8, 10, 12])
        return r.choice([f"{n} timer pr. måned", f"{n} timer om måneden", f"{n} timer månedligt"]), n
    if r.random() < 0.25:
        return r.choice([("1½ time om ugen", 1.5), ("halvanden time pr. uge", 1.5), ("to timer om ugen", 2),
                         ("2-3 timer ugentligt", 2.5), ("tre timer hver uge", 3)])
    n = r.choice([1, 2, 2, 3, 4, 5])
    return r.choice([f"{n} timer pr. uge", f"{n} timer ugentligt", f"{n} t/uge", f"{n} timer om ugen"]) if n > 1 \
        else r.choice(["1 time pr. uge", "1 time ugentligt"]), n


# ---------------------------------------------------------------- document builders
# Each builder returns a dict: blocks, title, kind, subtype, layout, rules, extras, traits, period,
# cprs, meta (for eml headers).

def ctx(r: random.Random, intl: bool = False):
    comp = r.choice(INTL if intl else COMPANIES)
    muni = comp[4]
    citizen = Person(r)
    mentor = Person(r)
    boss = Person(r)
    cw = Person(r)
    return comp, muni, citizen, mentor, boss, cw


def employer_decision(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    over = "over6" in defects
    start, end = make_period(r, over)
    ds = r.randint(0, 5)
    role = r.choice(ROLES)
    hours, _ = hours_text(r, "per_month" in defects)
    rate = r.choice([178, 186, 195, 210, 225])
    cno = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(1, 999)}-{r.randint(20, 26)}"
    partial = "partial" in defects
    the_cpr = cpr(r) if "cpr" in defects else None
    letter_date = start - dt.timedelta(days=r.randint(5, 20))
    b = [("addr", [comp[0], f"Att.: {boss.name}", comp[2], comp[3]]),
         ("p", f"{muni} Kommune · Jobcenter {muni} · {fmt_date(letter_date, 0)} · Sagsnr. {cno}"),
         ("title", r.choice(["Afgørelse om tilskud til mentor", "Bevilling af tilskud til mentorstøtte",
                             "Afgørelse: Tilskud til frikøb af medarbejder som mentor",
                             "Tilsagn om mentortilskud"]))]
    who = f"{cit.name}" + (f" (CPR-nr. {the_cpr})" if the_cpr else "")
    if partial:
        b.append(("p", f"I har den {fmt_date(letter_date - dt.timedelta(days=10), 0)} søgt om tilskud til frikøb af "
                       f"en medarbejder som mentor for {who}, som er {role} hos jer. I søgte om 5 timer pr. uge."))
        b.append(("p", f"Jobcentret har bevilget tilskud til {hours} i perioden {fmt_date(start, ds)} til "
                       f"{fmt_date(end, ds)}. Der er altså tale om færre timer end ansøgt."))
        if "no_reasons" not in defects:
            b.append(("h", "Begrundelse"))
            b.append(("p", f"Vi har lagt vægt på, at {cit.first} allerede har en kontaktperson i afdelingen, og at "
                           f"behovet for støtte efter vores vurdering er størst i de første måneder. Afgørelsen er truffet "
                           f"efter § 167 og § 168 i lov om en aktiv beskæftigelsesindsats."))
    elif r.random() < 0.4:
        mname = mentor.name if "role_only" not in defects else "En erfaren kollega i afdelingen"
        b.append(("p", f"Jobcenter {muni} har imødekommet jeres ansøgning om tilskud til mentor. Bevillingen er:"))
        b.append(("kv", [("Virksomhed", f"{comp[0]}, {comp[2]}, {comp[3]}"),
                         ("Medarbejder der modtager støtte", who + f" ({role})"),
                         ("Mentor", mname),
                         ("Bevilget periode", f"{fmt_date(start, ds)} - {fmt_date(end, ds)}"),
                         ("Timer", hours),
                         ("Timesats", f"{rate} kr."),
                         ("Lovgrundlag", "LAB §§ 167-168")]))
        b.append(("p", "I har fået det, I søgte om."))
    else:
        b.append(("p", f"Jobcenter {muni} har bevilget tilskud til mentorstøtte til {who}, der er {role} i {comp[5]} hos "
                       f"{comp[0]}. Tilskuddet dækker frikøb af jeres medarbejder {mentor.name if 'role_only' not in defects else 'en erfaren kollega'} "
                       f"som mentor."))
        b.append(("p", f"Bevillingen gælder fra {fmt_date(start, ds)} til og med {fmt_date(end, ds)} og omfatter "
                       f"{hours}. Der ydes et tilskud på {rate} kr. pr. time, jf. § 168 i lov om en aktiv beskæftigelsesindsats."))
        b.append(("p", "Afgørelsen giver jer fuldt medhold i ansøgningen."
                       if r.random() < 0.5 else
                       "Mentorens opgave er at hjælpe med oplæring og fastholdelse i ansættelsen. Mentoren må ikke varetage "
                       "sine normale arbejdsopgaver i de timer, der ydes tilskud til."))
    b.append(("h", "Udbetaling"))
    b.append(("p", "Tilskuddet udbetales bagud hver måned, når I har indsendt anmodning om udbetaling med timeopgørelse "
                   "underskrevet af mentor og borger. Anmodningen indsendes via Virk.dk eller pr. mail."))
    b.append(("h", "I skal give besked, hvis"))
    b.append(("li", f"{cit.first} stopper i ansættelsen eller er syg i længere tid"))
    b.append(("li", "mentoren skiftes ud"))
    b.append(("li", "behovet for mentorstøtte ændrer sig"))
    rules = set()
    extras = []
    if "no_appeal" in defects:
        rules.add("missing-appeal-guidance")
    elif "appeal_incomplete" in defects:
        b += appeal_incomplete(r)
        rules.add("missing-appeal-guidance")
    elif "appeal_direct" in defects:
        b += appeal_direct(muni)
        extras.append("appeal-wrong-route")
    else:
        b += appeal_full(r, muni, True)
    if over:
        rules.add("duration-over-6-months")
    if partial and "no_reasons" in defects:
        extras.append("missing-reasons")
    b.append(("sig", ["Med venlig hilsen", cw.name, "Virksomhedskonsulent", f"Jobcenter {muni}",
                      f"Direkte tlf. {cw.phone}", cw.mail(dom(muni))]))
    b.append(("p", f"Kopi: {cit.name}"))
    return dict(blocks=b, title=b[2][1], kind="decision", subtype="employer-grant-decision", layout="letter",
                rules=rules, extras=extras, period=(start, end), cprs=[the_cpr] if the_cpr else [],
                frm=f"Jobcenter {muni} <jobcenter@{dom(muni)}>", to=f"{boss.name} <{boss.mail(comp[1])}>",
                date=letter_date, muni=muni)


def four_party_agreement(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    over = "over6" in defects
    start, end = make_period(r, over)
    ds = r.randint(0, 5)
    hours, _ = hours_text(r, "per_month" in defects)
    the_cpr = cpr(r) if "cpr" in defects else None
    f = cit.first
    layout = r.choice(["table", "headings", "numbered"])
    title = r.choice(["Mentoraftale – mentor på arbejdspladsen", "Aftale om mentorstøtte (virksomhedsmentor)",
                      "Mentoraftale mellem borger, virksomhed og jobcenter", "Aftale om mentor – LAB § 167"])
    b = [("title", title),
         ("p", f"Jobcenter {muni} · Virksomhedsservice · Journalnr. {r.randint(100000, 999999)}")]
    mentor_name = "en erfaren kollega" if "role_only" in defects else mentor.name
    mentor_phone = "" if defects & {"employer_phone_only", "role_only"} else mentor.phone
    mentor_mail = "" if defects & {"employer_phone_only", "role_only"} else mentor.mail(comp[1])
    parties = [
        ["Part", "Navn", "Telefon", "E-mail"],
        ["Borger", cit.name + (f", CPR {the_cpr}" if the_cpr else ""), cit.phone, ""],
        ["Mentor (medarbejder)", mentor_name, mentor_phone, mentor_mail],
        ["Arbejdsgiver", f"{comp[0]}, v/ {boss.name}", boss.phone, boss.mail(comp[1])],
        ["Jobcenter", f"{cw.name}, jobkonsulent", cw.phone, cw.mail(dom(muni))],
    ]
    if "employer_phone_only" in defects:
        parties[3][2] = f"{boss.phone} (hovednummer)"
    pstyle = r.randint(0, 2)
    if pstyle == 0:
        b.append(("h", "Parterne"))
        b.append(("table", parties))
    elif pstyle == 1:
        # one column per party, as in many Word templates: which column is the mentor's?
        b.append(("h", "Kontaktoplysninger"))
        cols = parties[1:]
        b.append(("table", [[""] + [c[0] for c in cols],
                            ["Navn"] + [c[1] for c in cols],
                            ["Telefon"] + [c[2] or "" for c in cols],
                            ["E-mail"] + [c[3] or "" for c in cols]]))
    else:
        for row in parties[1:]:
            b.append(("h", row[0]))
            lines = [f"Navn: {row[1]}"]
            if row[2]:
                lines.append(f"Tlf.: {row[2]}")
            if row[3]:
                lines.append(f"E-mail: {row[3]}")
            b.append(("addr", lines))
    goal = goal_text(r, "unclear" in defects, f, comp, end)
    tasks = [t.format(f=f, dept=comp[5]) for t in r.sample(TASKS_WORK, r.randint(2, 4))]
    follow = r.choice([
        f"Jobkonsulenten holder opfølgningsmøde på arbejdspladsen med {f}, mentor og leder efter 4 uger og derefter hver anden måned. Evaluering senest 14 dage før periodens udløb.",
        "Der følges op hver måned ved et kort statusmøde. Progressionen måles på fremmøde og på, hvor mange opgaver borgeren løser selvstændigt.",
        "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør, hvor vi ser på delmålene.",
    ])
    months = next(n for n in range(1, 25) if add_months(start, n) - dt.timedelta(days=1) == end)
    period = r.choice([f"{fmt_date(start, ds)} – {fmt_date(end, ds)}",
                       f"{fmt_date(start, ds)} – {fmt_date(end, ds)}",
                       f"fra {fmt_date(start, ds)} til og med {fmt_date(end, ds)}",
                       f"{months} måneder fra {fmt_date(start, 0)} (til {fmt_date(end, ds)})",
                       f"f.o.m. {fmt_date(start, 1)} t.o.m. {fmt_date(end, 1)}"])
    fields = []
    if "no_goal" not in defects:
        fields.append(("Mål med mentorstøtten", goal))
    if "no_tasks" not in defects:
        fields.append(("Mentorens opgaver", "; ".join(tasks)))
    fields.append(("Periode", period))
    if "no_hours" not in defects:
        fields.append(("Timer", hours + " (tid frikøbt fra mentorens normale arbejde)"))
    if "no_follow" not in defects:
        fields.append(("Opfølgning", follow))
    if layout == "table":
        b.append(("h", "Aftalens indhold"))
        b.append(("kv", fields))
    elif layout == "numbered":
        for n, (lab, val) in enumerate(fields, 1):
            b.append(("p", f"{n}. {lab}: {val}"))
    else:
        for lab, val in fields:
            b.append(("h", lab))
            if lab == "Mentorens opgaver":
                b.append(("p", f"{mentor_name.capitalize() if mentor_name.startswith('en ') else mentor.first} skal:"))
                for t in tasks:
                    b.append(("li", t[0].upper() + t[1:]))
            else:
                b.append(("p", val))
    b.append(("h", "Tilskud"))
    b.append(("p", f"Virksomheden modtager tilskud til frikøb af mentor efter LAB § 168 for de aftalte timer. "
                   "Udbetaling sker bagud efter indsendt timeopgørelse."))
    rules = set()
    if "no_appeal" not in defects:
        b += appeal_full(r, muni, False)
    else:
        rules.add("missing-appeal-guidance")
    b.append(("h", "Underskrifter"))
    b.append(("table", [["Borger", "Mentor", "Arbejdsgiver", "Jobcenter"],
                        ["Dato/underskrift", "Dato/underskrift", "Dato/underskrift", "Dato/underskrift"]]))
    for d, rule in (("no_goal", "missing-goal"), ("no_tasks", "missing-tasks"), ("no_hours", "missing-hours"),
                    ("no_follow", "missing-follow-up"), ("over6", "duration-over-6-months"),
                    ("unclear", "unclear-goal")):
        if d in defects:
            rules.add(rule)
    if defects & {"role_only", "employer_phone_only"}:
        rules.add("missing-mentor")
    return dict(blocks=b, title=title, kind="agreement", subtype="four-party-agreement", layout=layout,
                rules=rules, extras=[], period=(start, end), cprs=[the_cpr] if the_cpr else [],
                frm=f"{cw.name} <{cw.mail(dom(muni))}>", to=f"{boss.name} <{boss.mail(comp[1])}>",
                date=start - dt.timedelta(days=7), muni=muni)


def provider_order(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    prov = r.choice(PROVIDERS)
    start, end = make_period(r, False)
    ds = r.randint(0, 5)
    hours, _ = hours_text(r, r.random() < 0.3)
    the_cpr = cpr(r) if "cpr" in defects else None
    sub = r.choice(["henvisning", "ordrebekraeftelse", "bestilling"])
    if sub == "henvisning":
        title = r.choice(["Henvisning til mentorforløb", "Henvisning af borger til mentorstøtte hos leverandør"])
        intro = (f"Jobcenter {muni} henviser hermed nedenstående borger til mentorforløb hos {prov[0]} "
                 f"i henhold til rammeaftalen om mentorydelser.")
    elif sub == "ordrebekraeftelse":
        title = r.choice(["Ordrebekræftelse – mentorydelse", "Ordrebekræftelse"])
        intro = (f"Tak for jeres bestilling. {prov[0]} bekræfter hermed at have modtaget og accepteret Jobcenter "
                 f"{muni}s bestilling af mentorforløb for nedenstående borger.")
    else:
        title = "Bestilling af mentorydelse (delaftale 2 – mentor i job)"
        intro = f"Jobcenter {muni} bestiller følgende ydelse hos {prov[0]} under rammeaftale nr. {r.randint(2023, 2026)}-{r.randint(10, 99)}."
    b = [("title", title),
         ("p", f"Til: {prov[0]}, att. mentorkoordinator" if sub != "ordrebekraeftelse"
               else f"Til: Jobcenter {muni}, att. {cw.name}"),
         ("p", intro),
         ("kv", [("Ordrenr.", f"MO-{r.randint(10000, 99999)}"),
                 ("Borger", cit.name + (f" ({the_cpr})" if the_cpr else "")),
                 ("Arbejdssted", f"{comp[0]}, {comp[5]}"),
                 ("Bestilt mentor", f"{mentor.name}, {prov[0]}, tlf. {mentor.phone}"),
                 ("Formål", goal_text(r, False, cit.first, comp, end)),
                 ("Indsatsområder", "; ".join(t.format(f=cit.first, dept=comp[5]) for t in r.sample(TASKS_WORK, 3))),
                 ("Periode", f"{fmt_date(start, ds)} – {fmt_date(end, ds)}"),
                 ("Timeantal", hours),
                 ("Pris", f"{r.choice([495, 525, 560, 610])} kr. pr. time ekskl. moms"),
                 ("Afrapportering", "Statusrapport til jobcentret hver 8. uge og slutrapport senest 14 dage før ophør")]),
         ("p", "Leverandøren skal kontakte borgeren inden 5 arbejdsdage og aftale opstartsmøde. Ændringer i timetal "
               "eller periode kræver skriftlig godkendelse fra jobcentret. Fakturering sker månedsvis bagud via "
               "EAN-nummer " + str(r.randint(5790000000000, 5799999999999)) + "."),
         ("sig", ["Venlig hilsen", cw.name if sub != "ordrebekraeftelse" else boss.name,
                  f"Jobcenter {muni}" if sub != "ordrebekraeftelse" else prov[0]])]
    return dict(blocks=b, title=title, kind="unknown", subtype=f"provider-{sub}", layout="form",
                rules=set(), extras=[], period=None, cprs=[the_cpr] if the_cpr else [],
                frm=f"{cw.name} <{cw.mail(dom(muni))}>" if sub != "ordrebekraeftelse" else f"ordre@{prov[1]}",
                to=f"mentor@{prov[1]}" if sub != "ordrebekraeftelse" else f"jobcenter@{dom(muni)}",
                date=start - dt.timedelta(days=10), muni=muni)


def provider_intake(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    prov = r.choice(PROVIDERS)
    over = "over6" in defects
    start, end = make_period(r, over)
    ds = r.randint(0, 5)
    hours, _ = hours_text(r, "per_month" in defects)
    the_cpr = cpr(r) if "cpr" in defects else None
    f = cit.first
    title = r.choice(["Opstartsaftale", "Opstartsaftale – mentorforløb", "Aftale ved opstart af mentorforløb"])
    goal = goal_text(r, "unclear" in defects, f, comp, end)
    tasks = [t.format(f=f, dept=comp[5]) for t in r.sample(TASKS_WORK, 3)]
    mname = "din mentor fra vores team" if "role_only" in defects else mentor.name
    b = [("title", title),
         ("p", f"{prov[0]} · på vegne af Jobcenter {muni}"),
         ("p", f"Denne aftale er lavet ved opstartsmødet mellem {cit.name} og {prov[0]}. Den gentager de punkter, "
               f"som Jobcenter {muni} har aftalt med dig i Min Plan, så vi er enige om, hvad forløbet går ud på."),
         ("h", "Dine oplysninger"),
         ("addr", [f"Navn: {cit.name}"] + ([f"CPR-nr.: {the_cpr}"] if the_cpr else []) + [f"Arbejdsplads: {comp[0]}"]),
         ("h", "Din mentor"),
         ("addr", [mname] + ([f"Mobil: {mentor.phone}", f"Mail: {mentor.mail(prov[1])}"]
                             if "role_only" not in defects else [f"Kontor: {prov[0]}, tlf. via jobcentret"]))]
    if "no_goal" not in defects:
        b += [("h", "Det vil vi opnå"), ("p", goal)]
    b += [("h", f"Hvad skal {mentor.first if 'role_only' not in defects else 'mentor'} hjælpe med?")]
    b += [("li", t[0].upper() + t[1:]) for t in tasks]
    b += [("h", "Hvor meget og hvor længe"),
          ("p", f"Vi mødes {hours}. Forløbet løber fra {fmt_date(start, ds)} til {fmt_date(end, ds)}.")]
    if "no_follow" not in defects:
        b += [("h", "Opfølgning"),
              ("p", r.choice(["Vi sender statusrapport til din sagsbehandler hver 8. uge. Sammen evaluerer vi "
                              "forløbet 14 dage før det slutter.",
                              "Der afholdes statusmøde med jobcentret efter 6 uger og igen inden forløbet slutter."]))]
    rules = set()
    if "appeal_copy" in defects:
        b += [("h", "Klagevejledning"),
              ("p", f"Afgørelsen om mentorstøtte er truffet af Jobcenter {muni}. Er du uenig, kan du klage til "
                    f"jobcentret inden 4 uger. Jobcentret genvurderer sagen og sender den videre til Ankestyrelsen, "
                    "hvis afgørelsen fastholdes.")]
    else:
        rules.add("missing-appeal-guidance")
        b += [("p", "Har du spørgsmål til afgørelsen om mentorstøtte, skal du kontakte din sagsbehandler i jobcentret.")]
    b += [("p", "Tavshedspligt: Vi behandler dine oplysninger fortroligt og deler dem kun med jobcentret."),
          ("table", [["Borger", f"Mentor, {prov[0]}"], ["_________________", "_________________"]])]
    for d, rule in (("no_goal", "missing-goal"), ("no_follow", "missing-follow-up"),
                    ("over6", "duration-over-6-months"), ("unclear", "unclear-goal"), ("role_only", "missing-mentor")):
        if d in defects:
            rules.add(rule)
    return dict(blocks=b, title=title, kind="agreement", subtype="provider-intake-agreement", layout="headings",
                rules=rules, extras=[], period=(start, end), cprs=[the_cpr] if the_cpr else [],
                frm=f"{mentor.name} <{mentor.mail(prov[1])}>", to=f"{cit.name} <{cit.first.lower()}@mail.dk>",
                date=start, muni=muni)


def english_letter(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r, intl=True)
    over = "over6" in defects
    start, end = make_period(r, over)
    n = r.choice([2, 3, 4])
    letter_date = start - dt.timedelta(days=12)
    title = r.choice(["Decision on wage subsidy for a workplace mentor", "Grant of mentor support – decision",
                      "Your application for mentor subsidy (LAB section 167)"])
    b = [("addr", [comp[0], f"Attn.: {boss.name}, HR", comp[2], comp[3]]),
         ("p", f"Jobcenter {muni} · {en_date(letter_date)}"),
         ("title", title),
         ("p", f"Dear {boss.name},"),
         ("p", f"Jobcenter {muni} has granted a subsidy for a workplace mentor for your new employee {cit.name}, "
               f"who has joined {comp[5]} in a job with wage subsidy (løntilskud)."),
         ("p", f"The subsidy covers {n} hours per week of your employee {mentor.name}'s working time as mentor from "
               f"{en_date(start)} to {en_date(end)}. The decision is made under section 167 and 168 of the Danish Act "
               f"on an Active Employment Effort (LAB)."),
         ("p", "The mentor may not perform ordinary work duties during the subsidised hours. Please send a monthly "
               "time sheet signed by the mentor and the employee to claim the subsidy."),
         ]
    rules, extras = set(), []
    if "no_appeal" in defects:
        rules.add("missing-appeal-guidance")
    elif "appeal_direct" in defects:
        b += [("h", "How to appeal"),
              ("p", "If you disagree with this decision, you may appeal directly to the National Social Appeals Board "
                    "(Ankestyrelsen) within 4 weeks.")]
        extras.append("appeal-wrong-route")
    else:
        b += [("h", "How to appeal"),
              ("p", f"If you disagree with the decision, you can complain to {muni} Municipality (Jobcenter {muni}) "
                    "within 4 weeks of receiving this letter. The municipality will reconsider the decision. If the "
                    "decision is upheld, your complaint is forwarded to the National Social Appeals Board "
                    "(Ankestyrelsen).")]
    if over:
        rules.add("duration-over-6-months")
    b += [("p", "Kind regards"), ("sig", [cw.name, "Business consultant", f"Jobcenter {muni}", f"Phone {cw.phone}"])]
    return dict(blocks=b, title=title, kind="decision", subtype="employer-grant-decision-en", layout="letter",
                rules=rules, extras=extras, period=(start, end), cprs=[],
                frm=f"Jobcenter {muni} <virksomhed@{dom(muni)}>", to=f"{boss.name} <{boss.mail(comp[1])}>",
                date=letter_date, muni=muni)


def employer_acceptance(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    start, end = make_period(r, False)
    hours, _ = hours_text(r, r.random() < 0.3)
    title = r.choice(["Accept af mentoropgaven", "Erklæring om accept af mentoropgave",
                      "Virksomhedens accept – mentor for ny medarbejder"])
    b = [("title", title),
         ("p", f"Til Jobcenter {muni}, Virksomhedsservice"),
         ("p", f"{comp[0]} bekræfter hermed, at vi påtager os mentoropgaven for {cit.name}, som starter hos os "
               f"den {fmt_date(start, 0)}."),
         ("kv", [("Udpeget mentor", f"{mentor.name}, {r.choice(['værkfører', 'souschef', 'faglært kollega', 'afdelingsleder'])}"),
                 ("Mentorens telefon", mentor.phone),
                 ("Forventet timeforbrug", hours),
                 ("Periode", f"{fmt_date(start, 1)} – {fmt_date(end, 1)}")]),
         ("p", "Vi er bekendt med, at mentoren ikke må udføre sine normale arbejdsopgaver i de timer, der søges "
               "tilskud til, og at tilskuddet først udbetales, når jobcentret har truffet afgørelse."),
         ("p", "Vi afventer jobcentrets afgørelse om tilskud."),
         ("sig", ["Dato og underskrift", f"{boss.name}, {comp[0]}", f"CVR {r.randint(10000000, 99999999)}"])]
    return dict(blocks=b, title=title, kind="unknown", subtype="employer-acceptance", layout="form",
                rules=set(), extras=[], period=None, cprs=[],
                frm=f"{boss.name} <{boss.mail(comp[1])}>", to=f"jobcenter@{dom(muni)}",
                date=start - dt.timedelta(days=14), muni=muni)


def end_letter(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    start, end = make_period(r, False)
    stop = start + dt.timedelta(days=r.randint(40, 100))
    letter_date = stop - dt.timedelta(days=r.randint(3, 14))
    title = r.choice(["Ophør af tilskud til mentor", "Afgørelse om stop for mentortilskud",
                      "Mentorstøtten ophører"])
    reason = r.choice([f"{cit.first} er fratrådt stillingen hos jer pr. {fmt_date(stop, 0)}",
                       f"{cit.first} efter jeres seneste statusmøde kan varetage opgaverne uden mentorstøtte",
                       f"{cit.first} har været sygemeldt siden {fmt_date(stop - dt.timedelta(days=30), 0)}"])
    b = [("addr", [comp[0], f"Att.: {boss.name}", comp[2], comp[3]]),
         ("p", f"Jobcenter {muni}, {fmt_date(letter_date, 0)}"),
         ("title", title),
         ("p", f"Jobcenter {muni} har besluttet, at tilskuddet til mentor for {cit.name} ophører pr. "
               f"{fmt_date(stop, 0)}. Tilskuddet var bevilget fra {fmt_date(start, 0)} til {fmt_date(end, 0)}.")]
    extras = []
    if "no_reasons" in defects:
        extras.append("missing-reasons")
    else:
        b += [("h", "Begrundelse"),
              ("p", f"Vi har lagt vægt på, at {reason}. Efter § 167 i lov om en aktiv beskæftigelsesindsats kan der "
                    "kun ydes mentorstøtte, så længe den er nødvendig for at fastholde ansættelsen.")]
    b.append(("p", "Timer frem til ophørsdatoen kan fortsat anmodes udbetalt. Sidste frist for anmodning er 3 måneder "
                   "efter ophør."))
    rules = set()
    if "no_appeal" in defects:
        rules.add("missing-appeal-guidance")
    elif "appeal_incomplete" in defects:
        b += appeal_incomplete(r)
        rules.add("missing-appeal-guidance")
    else:
        b += appeal_full(r, muni, True)
    b.append(("sig", ["Med venlig hilsen", cw.name, f"Jobcenter {muni}", f"Tlf. {cw.phone}"]))
    b.append(("p", f"Kopi til {cit.name}"))
    return dict(blocks=b, title=title, kind="decision", subtype="employer-end-decision", layout="letter",
                rules=rules, extras=extras, period=(start, end), cprs=[],
                frm=f"Jobcenter {muni} <jobcenter@{dom(muni)}>", to=f"{boss.name} <{boss.mail(comp[1])}>",
                date=letter_date, muni=muni)


def none_doc(r: random.Random, i: int, defects: set) -> dict:
    comp, muni, cit, mentor, boss, cw = ctx(r)
    prov = r.choice(PROVIDERS)
    start, end = make_period(r, False)
    sub = ["invoice", "timesheet", "reimbursement-claim", "job-description"][i % 4]
    the_cpr = cpr(r) if "cpr" in defects else None
    month = add_months(start, 1)
    if sub == "invoice":
        title = "Faktura"
        hrs = r.randint(8, 20)
        price = r.choice([495, 525, 560])
        b = [("title", f"Faktura nr. {r.randint(20260001, 20269999)}"),
             ("addr", [prov[0], f"CVR {r.randint(10000000, 99999999)}", f"faktura@{prov[1]}"]),
             ("p", f"Kunde: {muni} Kommune, Jobcenter {muni}, EAN {r.randint(5790000000000, 5799999999999)}"),
             ("p", f"Fakturadato: {fmt_date(month, 1)} · Betalingsbetingelser: netto 30 dage"),
             ("table", [["Ydelse", "Borger", "Timer", "Pris", "Beløb"],
                        [f"Mentorstøtte {MONTHS[start.month - 1]} {start.year}",
                         cit.name + (f" ({the_cpr})" if the_cpr else ""), str(hrs), f"{price},00", f"{hrs * price:,}".replace(",", ".") + ",00"],
                        ["Kørsel", "", "", "", "312,00"]]),
             ("p", f"Mentor: {mentor.name}. Ordrenr. MO-{r.randint(10000, 99999)}. Beløbet forfalder til betaling "
                   f"{fmt_date(month + dt.timedelta(days=30), 1)}."),
             ("p", "Moms 25 % er tillagt. Ved spørgsmål kontakt bogholderiet.")]
        kind_layout = "table"
    elif sub == "timesheet":
        title = "Timeseddel – mentortimer"
        rows = [["Dato", "Timer", "Aktivitet", "Initialer"]]
        d = start
        for _ in range(r.randint(5, 8)):
            rows.append([fmt_date(d, 1), r.choice(["1", "1,5", "2"]),
                         r.choice(["Oplæring i kasse", "Gennemgang af ugeplan", "Samtale om fremmøde", "Sidemandsoplæring"]),
                         mentor.first[0] + mentor.last[0]])
            d += dt.timedelta(days=7)
        b = [("title", title),
             ("kv", [("Virksomhed", comp[0]), ("Medarbejder (borger)", cit.name + (f", {the_cpr}" if the_cpr else "")),
                     ("Mentor", mentor.name), ("Periode", f"{fmt_date(start, 1)} – {fmt_date(start + dt.timedelta(days=60), 1)}")]),
             ("table", rows),
             ("p", "Det bekræftes hermed, at timerne er anvendt til mentorstøtte og ikke til mentorens normale arbejdsopgaver."),
             ("sig", ["Underskrift arbejdsgiver", f"{boss.name}, {comp[0]}", f"Tlf. {boss.phone}"])]
        kind_layout = "table"
    elif sub == "reimbursement-claim":
        title = "Anmodning om udbetaling af mentortilskud"
        hrs = r.randint(6, 16)
        b = [("title", title),
             ("p", f"Til Jobcenter {muni}, Ydelsescenter – refusion"),
             ("kv", [("Virksomhed", f"{comp[0]}, CVR {r.randint(10000000, 99999999)}"),
                     ("Kontaktperson", f"{boss.name}, tlf. {boss.phone}"),
                     ("Borger", cit.name + (f" ({the_cpr})" if the_cpr else "")),
                     ("Mentor", mentor.name),
                     ("Periode for anmodningen", f"{fmt_date(start, 1)} – {fmt_date(add_months(start, 1) - dt.timedelta(days=1), 1)}"),
                     ("Antal mentortimer", str(hrs)),
                     ("Timesats", f"{r.choice([186, 195, 210])} kr."),
                     ("NemKonto", "Udbetales til virksomhedens NemKonto")]),
             ("p", "Timeopgørelse underskrevet af mentor og medarbejder er vedhæftet. Vi erklærer på tro og love, at "
                   "oplysningerne er korrekte."),
             ("sig", ["Dato og underskrift", boss.name])]
        kind_layout = "form"
    else:
        title = "Stillingsbeskrivelse: Mentor for nye medarbejdere"
        b = [("title", title),
             ("p", f"{comp[0]} – intern stillingsbeskrivelse, {comp[5]}"),
             ("h", "Formål med rollen"),
             ("p", "Mentoren skal sikre, at nye kolleger, elever og medarbejdere i fleksjob eller løntilskud får en god "
                   "start og lærer arbejdsgangene at kende."),
             ("h", "Opgaver"),
             ("li", "Tage imod den nye medarbejder den første dag og vise rundt"),
             ("li", "Være fast sparringspartner de første måneder"),
             ("li", "Holde en kort ugentlig samtale om trivsel og opgaver"),
             ("li", "Samarbejde med jobcentrets konsulent, når der er bevilget mentortilskud"),
             ("h", "Tid"),
             ("p", "Mentoren kan bruge op til 3 timer om ugen på rollen i en introduktionsperiode på 3-6 måneder. "
                   "Timerne aftales med nærmeste leder."),
             ("h", "Krav til mentoren"),
             ("p", "Mindst to års anciennitet, gode samarbejdsevner og gennemført virksomhedens mentorkursus."),
             ("p", f"Kontakt: HR, {boss.name}, tlf. {boss.phone}")]
        kind_layout = "headings"
    return dict(blocks=b, title=title, kind="unknown", subtype=sub, layout=kind_layout, rules=set(), extras=[],
                period=None, cprs=[the_cpr] if the_cpr else [],
                frm=f"{boss.name} <{boss.mail(comp[1])}>" if sub != "invoice" else f"faktura@{prov[1]}",
                to=f"jobcenter@{dom(muni)}", date=month, muni=muni)


# ---------------------------------------------------------------- plan

def plan(r: random.Random) -> list[tuple]:
    """(builder, defects) per document. Defect sets are drawn so each defect occurs several times."""
    out = []
    dec_defects = [set(), set(), set(), set(), {"cpr"}, {"cpr"}, {"per_month"}, {"over6"}, {"over6", "cpr"},
                   {"no_appeal"}, {"no_appeal"}, {"no_appeal", "cpr"}, {"appeal_incomplete"}, {"appeal_incomplete"},
                   {"role_only"}, {"partial"}, {"partial", "no_reasons"}, {"partial", "no_reasons", "cpr"},
                   {"appeal_direct"}, set(), {"per_month", "cpr"}, {"over6", "no_appeal"}, set(), {"cpr"},
                   {"partial"}, {"role_only", "cpr"}, set(), {"over6"}]
    out += [(employer_decision, d) for d in dec_defects]
    agr_defects = [set(), set(), {"cpr"}, {"cpr"}, {"role_only"}, {"role_only", "cpr"}, {"role_only"},
                   {"employer_phone_only"}, {"employer_phone_only"}, {"employer_phone_only", "cpr"},
                   {"per_month"}, {"per_month"}, {"per_month", "cpr"}, {"over6"}, {"over6"}, {"no_appeal"},
                   {"no_appeal", "cpr"}, {"unclear"}, {"unclear"}, {"unclear", "per_month"}, {"no_follow"},
                   {"no_tasks"}, {"no_hours"}, {"no_goal"}, set(), {"over6", "unclear"}]
    out += [(four_party_agreement, d) for d in agr_defects]
    out += [(provider_order, d) for d in [set(), set(), {"cpr"}, set(), {"cpr"}, set(), set(), set(), {"cpr"},
                                          set(), set(), set()]]
    out += [(provider_intake, d) for d in [{"appeal_copy"}, {"appeal_copy", "cpr"}, {"appeal_copy", "per_month"},
                                           set(), {"cpr"}, {"unclear", "appeal_copy"}, {"over6", "appeal_copy"},
                                           {"role_only", "appeal_copy"}, {"no_follow", "appeal_copy"},
                                           {"no_goal", "appeal_copy"}, {"appeal_copy"}, {"per_month"}]]
    out += [(english_letter, d) for d in [set(), set(), set(), {"over6"}, {"no_appeal"}, {"appeal_direct"},
                                          set(), {"no_appeal"}]]
    out += [(employer_acceptance, set()) for _ in range(8)]
    out += [(end_letter, d) for d in [set(), set(), {"no_reasons"}, {"no_appeal"}, {"appeal_incomplete"}, set(),
                                      {"no_reasons", "no_appeal"}, set()]]
    out += [(none_doc, d) for d in [set(), set(), {"cpr"}, set(), set(), {"cpr"}, set(), set(), set(), set(),
                                    {"cpr"}, set(), set(), set(), set(), {"cpr"}, set(), set(), set(), set(),
                                    set(), {"cpr"}, set(), set()]]
    return out


FORMATS = ["docx", "pdf", "html", "txt", "eml", "odt"]


def slug(s: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", " ": "-", "–": "-", ":": "", "(": "", ")": "",
                        "§": "par", ".": "", "/": "-", ",": ""})
    out = s.lower().translate(tr)
    while "--" in out:
        out = out.replace("--", "-")
    return "".join(ch for ch in out if ch.isalnum() or ch == "-")[:50].strip("-")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(SEED)
    items = plan(r)
    entries = []
    to_convert: list[tuple[Path, Path, str]] = []
    tmp = Path(tempfile.mkdtemp(prefix="corpus_ar_"))
    counters: dict = {}
    for idx, (builder, defects) in enumerate(items):
        counters[builder.__name__] = counters.get(builder.__name__, -1) + 1
        k = counters[builder.__name__]
        doc = builder(r, k, set(defects))
        fmt = FORMATS[(k + 2 * len(counters)) % len(FORMATS)]
        folder = {"employer_decision": "afgoerelser-virksomhed", "four_party_agreement": "aftaler-virksomhedsmentor",
                  "provider_order": "leverandoer-bestillinger", "provider_intake": "leverandoer-opstart",
                  "english_letter": "international", "employer_acceptance": "virksomhed-accept",
                  "end_letter": "ophoer", "none_doc": "oekonomi-og-andet"}[builder.__name__]
        name = f"{idx:03d}-{slug(doc['title'])}.{fmt}"
        rel = f"{folder}/{name}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = doc["blocks"]
        if fmt == "txt":
            path.write_text(blocks_to_txt(blocks), encoding="utf-8")
        elif fmt == "html":
            path.write_text(blocks_to_html(blocks, doc["title"], r), encoding="utf-8")
        elif fmt == "eml":
            body = blocks_to_txt(blocks)
            if doc["kind"] == "decision" or doc["subtype"].startswith("four-party"):
                body = ("Hello\n\nPlease find the letter below (also sent by Digital Post).\n\n"
                        if doc["subtype"].endswith("-en") else
                        "Hej\n\nHermed brevet, som også er sendt med Digital Post.\n\n") + body
            if doc["kind"] == "decision" and r.random() < 0.6:
                body += ("\n-- \nJobcenter " + doc["muni"] + " | Virksomhedsservice\nHovednummer 70 11 22 33 | "
                         "Sikker mail: virksomhed@" + dom(doc["muni"]) + "\n")
            write_eml(path, doc["frm"], doc["to"], doc["title"], body, doc["date"], r)
        elif fmt == "docx":
            footer = f"Jobcenter {doc['muni']} · {MUNIS.get(doc['muni'], '')}" if r.random() < 0.5 else None
            blocks_to_docx(blocks, path, r, footer)
        else:  # pdf/odt through LibreOffice from a docx
            src = tmp / fmt / (path.stem + ".docx")
            src.parent.mkdir(parents=True, exist_ok=True)
            footer = f"Jobcenter {doc['muni']} · Fortroligt – indeholder personoplysninger" if r.random() < 0.4 else None
            blocks_to_docx(blocks, src, r, footer)
            to_convert.append((src, path, fmt))
        rules = sorted(set(doc["rules"]) & KIND_RULES[doc["kind"]])
        assert set(doc["rules"]) <= KIND_RULES[doc["kind"]], (rel, doc["rules"])
        mnc = []
        for c in doc["cprs"]:
            mnc += [c, c.replace("-", "")]
        traits = sorted(f"defect:{d}" for d in defects) + ([f"cpr"] if doc["cprs"] else [])
        entry = {"path": rel, "format": fmt, "kind": doc["kind"], "subtype": doc["subtype"],
                 "layout": doc["layout"], "rules": rules, "extras": sorted(doc["extras"]), "error": None,
                 "accept_errors": [], "must_not_contain": mnc, "traits": traits}
        if doc["period"] and doc["kind"] != "unknown":
            entry["period"] = {"start": doc["period"][0].isoformat(), "end": doc["period"][1].isoformat()}
        entries.append(entry)
    # one LibreOffice run per target format, own profile
    for fmt in ("pdf", "odt"):
        srcs = [s for s, _, f in to_convert if f == fmt]
        if not srcs:
            continue
        outdir = tmp / f"out-{fmt}"
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ar_profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(outdir), *map(str, srcs)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for s, dest, f in to_convert:
            if f == fmt:
                shutil.move(str(outdir / (s.stem + "." + fmt)), dest)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
