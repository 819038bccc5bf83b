"""Corpus AD: mentor documents across law and template changes (2015-2026).

Independent labelled evaluation corpus for the mentordocs linter. Written only from
/work/shared/domain.md, `mentordocs rules NAME` and the manifest format
(tools/corpusgen/src/corpusgen/corpus/manifest.py). Deterministic (seed 103).

    /work/main/.venv/bin/python scripts/independent/corpus_ad/make_corpus_ad.py /work/corpora/ad
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

SEED = 103
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

# ----------------------------------------------------------------- eras
# archive: LAB § 31 b (until 31 Dec 2019); reform: LAB § 167 (2020-2025); current: 2026, "kommunen".
ERAS = {
    "archive": {"years": (2015, 2019), "ref": ["LAB § 31 b", "lov om en aktiv beskæftigelsesindsats § 31 b",
                                               "beskæftigelsesindsatslovens § 31 b"],
                "body": "jobcentret", "sender": "Jobcenter", "term": "mentorordningen"},
    "reform": {"years": (2020, 2025), "ref": ["LAB § 167, stk. 1", "§ 167 i lov om en aktiv beskæftigelsesindsats"],
               "body": "jobcentret", "sender": "Jobcenter", "term": "mentorstøtte"},
    "current": {"years": (2026, 2026), "ref": ["LAB § 167, stk. 1"], "body": "kommunen",
                "sender": "Kommune", "term": "mentorstøtte"},
    "mixed": {"years": (2020, 2021), "ref": ["LAB § 167 (tidligere § 31 b)", "§ 167 (før 2020: § 31 b)"],
              "body": "jobcentret", "sender": "Jobcenter", "term": "mentorordningen"},
}
TOWNS = ["Gribskov", "Aalborg", "Albertslund", "Faxe", "Holbæk", "Tønder", "Herning", "Roskilde",
         "Assens", "Rudersdal"]
CITIZENS = ["Jonas Madsen", "Amira Hassan", "Mette Kjær", "Ahmed Yusuf", "Sofie Lund", "Kasper Nørgaard",
            "Line Østergaard", "Mads Holm", "Fatima Ali", "Rasmus Bech", "Camilla Vestergaard", "Emil Dahl"]
MENTORS = ["Lars Østergaard", "Bente Holm", "Per Frandsen", "Hanne Juhl", "Søren Kragh", "Anja Thomsen",
           "Morten Skov", "Dorthe Lind"]
WORKPLACES = ["Danish Crown, Horsens", "Bilka Holstebro", "Netto Lager Køge", "Tømrerfirmaet Hansen ApS",
              "Plejecenter Solgården", "Kvickly Herning", "Vognmand Jensen A/S"]

CLEAR_GOALS = [
    "{c} er i virksomhedspraktik på lageret hos {w} 20 timer om ugen senest {d}.",
    "{c} starter på SOSU-hjælperuddannelsen {d} og møder mindst fire dage om ugen.",
    "{c} fastholder sit job hos {w} og møder op alle aftalte vagter, 25 timer om ugen, frem til {d}.",
    "{c} gennemfører første semester på HF i {t} og har under 10 % fravær ved semesterets slutning {d}.",
    "{c} er i løntilskud hos {w} 30 timer om ugen senest {d}.",
    "{c} begynder på EUD-grundforløbet (tømrer) {d} og møder hver dag de første fire uger.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til mere struktur på hverdagen og øget selvværd.",
    "At {c} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Sikre at {c} trives og bliver motiveret.",
    "Øget trivsel og selvværd.",
]
TASKS = [
    "Følge {c} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe {c} med at planlægge ugen, tage med til første møde på skolen og tale med studievejlederen.",
    "Introducere {c} til arbejdsopgaverne, være fast kontakt på arbejdspladsen og tage en samtale hver fredag om ugens vagter.",
    "Vække-opkald om morgenen de første uger, hjælp til kontakt med skolen og samtaler om økonomi og bolig.",
]
FOLLOWUPS = [
    "Statusmøde med mentor og sagsbehandler hver måned; evaluering 14 dage før støtteperioden ophører. Delmål: fremmøde fire dage om ugen.",
    "Opfølgning hver 3. måned og altid 14 dage inden ophør, sammen med borgeren. Progression måles på fremmøde.",
    "Midtvejsevaluering og statusmøde fire uger før bevillingsudløb; delmål: mødestabilitet 90 %.",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "1-2 timer pr. uge", "8 timer om måneden", "4 timer ugentligt",
         "0-1 time pr. uge"]
PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…"]


def appeal_full(body: str) -> str:
    return (f"Hvis du ikke er enig i afgørelsen, skal du klage til {body} inden fire uger efter, at du har "
            f"modtaget dette brev. Du kan klage mundtligt eller skriftligt. {body.capitalize()} genvurderer "
            f"afgørelsen inden fire uger. Fastholder {body} afgørelsen, sendes klagen videre til "
            f"Ankestyrelsen (LAB § 204, retssikkerhedsloven kap. 10).")


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, kan du klage."]


def dstr(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, 1)


def period(rng: random.Random, year: int, months: int, style: int) -> tuple[str, dt.date, dt.date]:
    start = dt.date(year, rng.randint(1, 6), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    a, b = dstr(start, style), dstr(end, style)
    form = rng.randint(0, 2)
    if form == 0:
        text = f"{a} – {b}"
    elif form == 1:
        text = f"fra {a} til {b}"
    else:
        text = f"f.o.m. {a} t.o.m. {b}"
    return text, start, end


# ----------------------------------------------------------------- renderers
def cap_ascii(s: str) -> str:
    return s.upper()


def render_txt(title: str, header: list[str], fields: list[tuple[str, str]], caps: bool, prose_tail: str) -> str:
    out = []
    if caps:
        out.append(title.upper())
        out.append("=" * len(title))
        out.extend(header)
        out.append("")
        for label, value in fields:
            out.append(f"{label.upper():<30}{value}" if len(value) < 60 else f"{label.upper()}")
            if len(value) >= 60:
                out.append("    " + value)
            out.append("")
    else:
        out.append(title)
        out.extend(header)
        out.append("")
        for label, value in fields:
            out.append(f"{label}: {value}")
            out.append("")
    if prose_tail:
        out.append(prose_tail)
    return "\n".join(out) + "\n"


def rtf_escape(s: str) -> str:
    res = []
    for ch in s:
        if ch in "\\{}":
            res.append("\\" + ch)
        elif ord(ch) < 128:
            res.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                res.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                res.append("\\u%d?" % ord(ch))
    return "".join(res)


def render_rtf(title, header, fields, prose_tail) -> str:
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs22",
             r"{\b\fs28 " + rtf_escape(title) + r"}\par"]
    for h in header:
        parts.append(rtf_escape(h) + r"\par")
    parts.append(r"\par")
    for label, value in fields:
        parts.append(r"{\b " + rtf_escape(label) + r"}\par")
        parts.append(rtf_escape(value) + r"\par\par")
    if prose_tail:
        parts.append(rtf_escape(prose_tail) + r"\par")
    parts.append("}")
    return "\n".join(parts) + "\n"


def render_html(title, header, fields, table: bool, prose_tail) -> str:
    import html as h
    body = [f"<h1>{h.escape(title)}</h1>"] + [f"<p>{h.escape(x)}</p>" for x in header]
    if table:
        body.append("<table border=\"1\">")
        for label, value in fields:
            body.append(f"<tr><th>{h.escape(label)}</th><td>{h.escape(value)}</td></tr>")
        body.append("</table>")
    else:
        for label, value in fields:
            body.append(f"<h2>{h.escape(label)}</h2><p>{h.escape(value)}</p>")
    if prose_tail:
        body.append(f"<p>{h.escape(prose_tail)}</p>")
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + h.escape(title)
            + "</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def render_docx(path: Path, title, header, fields, table: bool, prose_tail) -> None:
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.core_properties.modified = dt.datetime(2026, 11, 1)
    d.add_heading(title, level=1)
    for x in header:
        d.add_paragraph(x)
    if table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in fields:
            row = t.add_row().cells
            row[0].text, row[1].text = label, value
    else:
        for label, value in fields:
            d.add_heading(label, level=2)
            d.add_paragraph(value)
    if prose_tail:
        d.add_paragraph(prose_tail)
    d.save(path)


# ----------------------------------------------------------------- document builders
AGR_LABELS = {
    "goal": ["Målet med mentorstøtten", "Formål", "Mål"],
    "mentor": ["Mentorens navn og kontaktdata", "Mentor", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Bevilget periode"],
    "follow": ["Opfølgning", "Opfølgning og mål for progression", "Evaluering"],
    "hours": ["Timetal", "Antal timer", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du"],
}


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng, year):
    d = dt.date(rng.randint(1975, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}", f"{rng.randint(1000, 9999)}"


def build(rng: random.Random, kind: str, era: str, defects: list[str], subtype: str, with_cpr: bool):
    e = ERAS[era]
    year = rng.randint(*e["years"])
    town = rng.choice(TOWNS)
    c = rng.choice(CITIZENS)
    m = rng.choice(MENTORS)
    w = rng.choice(WORKPLACES)
    ref = rng.choice(e["ref"])
    dstyle = rng.randint(0, 3)
    body = e["body"]
    sender = f"{e['sender']} {town}" if e["sender"] == "Jobcenter" else f"{town} Kommune"
    months = rng.choice([3, 4, 6, 6, 6])
    if "duration-over-6-months" in defects:
        months = rng.choice([8, 9, 12])
    if subtype == "udskrivningskoordinator":
        months = 8  # LAB § 167 stk. 2: limit 9 months per the rule documentation
    ptext, start, end = period(rng, year, months, dstyle)
    goal_date = dstr(start + dt.timedelta(days=60), 0)
    header = [f"Afsender: {sender}", f"Dato: {dstr(start - dt.timedelta(days=10), 0)}", f"Borger: {c}"]
    must_not = []
    if with_cpr:
        a, b = cpr(rng, year)
        header.append(f"CPR-nr.: {a}-{b}")
        must_not = [f"{a}-{b}", f"{a}{b}"]
    traits = [f"era:{era}"]
    if with_cpr:
        traits.append("cpr")

    if kind == "decision":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentor", "AFGØRELSE – MENTORORDNING"])
        asked = ""
        if subtype == "partial-grant":
            asked = f"Du har søgt om mentorstøtte i 9 måneder. "
            traits.append("asked-9-months")
        fields = [("Afgørelse", f"{asked}Du får bevilget {e['term']} efter {ref} i perioden {ptext}, "
                                f"{rng.choice(HOURS)}. Din mentor er {m}."),
                  ("Begrundelse", f"Vi har lagt vægt på, at du har brug for støtte for at kunne starte i "
                                  f"praktik hos {w}. Afgørelsen er truffet efter {ref}.")]
        if "missing-appeal-guidance" in defects:
            if rng.random() < 0.5:
                fields.append(("Klagevejledning", rng.choice(APPEAL_INCOMPLETE)))
                traits.append("appeal:incomplete")
            else:
                traits.append("appeal:absent")
        else:
            fields.append(("Klagevejledning", appeal_full(body)))
        period_out = {"start": start.isoformat(), "end": end.isoformat()}
        return title, header, fields, "Med venlig hilsen\n" + sender, must_not, traits, period_out, year

    # agreement / minplan
    if kind == "minplan":
        title = rng.choice(["Min Plan – mentorindsats", "Min Plan: mentorstøtte", "MIN PLAN"])
        keys = ["goal", "mentor", "tasks", "duration", "hours"]
    else:
        if subtype == "virksomhedsmentor":
            title = f"Aftale om virksomhedsmentor mellem {w} og {sender}"
        elif subtype == "udskrivningskoordinator":
            title = "Aftale om udskrivningskoordinator (LAB § 167, stk. 2)" if era != "archive" else \
                "Aftale om udskrivningskoordinator (LAB § 31 b, stk. 2)"
        elif subtype == "ungeindsats":
            title = "Mentoraftale – ungeindsatsen (uddannelseshjælp)"
        else:
            title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", f"Aftale om {e['term']}"])
        keys = ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]
        header.append(f"Retsgrundlag: {ref}")
    vals = {}
    vals["goal"] = rng.choice(CLEAR_GOALS).format(c=c, w=w, d=goal_date, t=town)
    if subtype == "ungeindsats":
        vals["goal"] = f"{c} (uddannelsespålæg) starter på {rng.choice(['EUD', 'HF', 'FGU'])} i {town} {goal_date} og møder mindst fire dage om ugen."
    if subtype == "virksomhedsmentor":
        mentor_txt = f"{m}, kollega og formand hos {w}, tlf. {phone(rng)}"
    else:
        mentor_txt = f"{m}, {rng.choice(['Jobhuset', 'Mentorcentret', 'Ungeenheden'])}, tlf. {phone(rng)}, {m.split()[0].lower()}@{town.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk"
    vals["mentor"] = mentor_txt
    vals["tasks"] = rng.choice(TASKS).format(c=c)
    vals["duration"] = ptext + ("" if subtype != "udskrivningskoordinator" else
                                f" (forventet udskrivelse {dstr(add_months(start, 2), 0)}; støtten begynder før udskrivelsen, jf. stk. 2)")
    vals["follow"] = rng.choice(FOLLOWUPS)
    vals["hours"] = rng.choice(HOURS)
    vals["appeal"] = appeal_full(body)
    drop = set()
    for d in defects:
        if d == "unclear-goal":
            vals["goal"] = rng.choice(UNCLEAR_GOALS).format(c=c)
            traits.append("goal:unclear")
        elif d == "missing-appeal-guidance":
            if rng.random() < 0.5:
                vals["appeal"] = rng.choice(APPEAL_INCOMPLETE)
                traits.append("appeal:incomplete")
            else:
                drop.add("appeal")
        elif d == "missing-mentor":
            if rng.random() < 0.5:
                vals["mentor"] = m  # name without contact data
                traits.append("mentor:name-only")
            else:
                drop.add("mentor")
        elif d == "missing-hours":
            r = rng.random()
            if r < 0.4:
                vals["hours"] = rng.choice(["efter behov", "et par timer om ugen", "løbende"])
                traits.append("hours:vague")
            elif r < 0.7:
                vals["hours"] = rng.choice(PLACEHOLDERS)
                traits.append("hours:placeholder")
            else:
                drop.add("hours")
        elif d.startswith("missing-"):
            key = {"missing-goal": "goal", "missing-tasks": "tasks", "missing-duration": "duration",
                   "missing-follow-up": "follow"}[d]
            if rng.random() < 0.5:
                vals[key] = rng.choice(PLACEHOLDERS)
                traits.append(f"{key}:placeholder")
            else:
                drop.add(key)
        elif d == "duration-over-6-months":
            traits.append(f"period:{months}-months")
    fields = [(rng.choice(AGR_LABELS[k]), vals[k]) for k in keys if k not in drop]
    if subtype == "virksomhedsmentor":
        fields = [(lab.replace("Mentorens navn og kontaktdata", "Virksomhedsmentor (kollega)"), v) for lab, v in fields]
    tail = f"Underskrifter: {c} / {m} / {sender}"
    period_out = None if ("missing-duration" in defects) else {"start": start.isoformat(), "end": end.isoformat()}
    return title, header, fields, tail, must_not, traits, period_out, year


UNKNOWN_TEXTS = [
    ("Pjece: Hvad skal en mentoraftale indeholde?",
     [("Indhold", "En mentoraftale skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, "
                  "hvilke opgaver mentoren skal bistå ved, varigheden og opfølgning, timetallet og en "
                  "klagevejledning. Mentorstøtte gives højst 6 måneder ad gangen.")], "leaflet"),
    ("Notat: Ny beskæftigelseslov 1. januar 2020",
     [("Baggrund", "Mentorordningen i LAB § 31 b videreføres i lov om en aktiv beskæftigelsesindsats "
                   "kapitel 26, §§ 167-171. Skabeloner til mentoraftaler skal opdateres med de nye paragraffer."),
      ("Handling", "Teamlederne gennemgår skabelonerne inden nytår.")], "memo"),
    ("Faktura – mentortimer",
     [("Specifikation", "Mentortimer oktober: 12 timer à 450 kr. Ialt 5.400 kr."),
      ("Betaling", "Netto 30 dage.")], "invoice"),
    ("Referat af teammøde, Ungeenheden",
     [("Punkt 1", "Gennemgang af nye sager om uddannelseshjælp."),
      ("Punkt 2", "Kursus i Min Plan for nye medarbejdere.")], "minutes"),
    ("Ansøgning om mentor",
     [("Tekst", "Jeg vil gerne søge om en mentor, fordi jeg har svært ved at komme op om morgenen. "
                "Jeg håber, I kan hjælpe.")], "application"),
    ("INFORMATION OM VIRKSOMHEDSMENTOR",
     [("Til virksomheder", "Virksomheden kan få tilskud til en medarbejder, der er mentor for en kollega "
                           "i praktik eller løntilskud. Kontakt jobcentrets virksomhedsservice.")], "leaflet"),
]


def main(out: Path) -> None:
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plan = []  # (kind, subtype, defects)
    agr_defects = [["missing-goal"], ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
                   ["missing-follow-up"], ["missing-hours"], ["missing-appeal-guidance"],
                   ["duration-over-6-months"], ["unclear-goal"], ["missing-hours", "unclear-goal"],
                   ["missing-follow-up", "missing-appeal-guidance"], ["duration-over-6-months", "missing-mentor"],
                   ["missing-tasks", "missing-hours"], ["unclear-goal", "missing-appeal-guidance"],
                   ["missing-goal", "missing-follow-up"], ["missing-mentor"], ["duration-over-6-months"],
                   ["missing-hours"], ["missing-follow-up"], ["unclear-goal"], ["missing-appeal-guidance"],
                   ["missing-duration", "missing-hours"], ["missing-tasks"], ["missing-goal"],
                   ["duration-over-6-months", "unclear-goal"], ["missing-mentor", "missing-follow-up"]]
    agr_subtypes = ["agreement"] * 5 + ["virksomhedsmentor"] * 3 + ["ungeindsats"] * 2
    for i in range(60):
        defects = agr_defects[i - 24] if i >= 24 and i - 24 < len(agr_defects) else []
        if i >= 24 + len(agr_defects):
            defects = rng.choice(agr_defects)
        st = "udskrivningskoordinator" if i in (3, 17) else agr_subtypes[i % len(agr_subtypes)]
        if st == "udskrivningskoordinator" and "duration-over-6-months" in defects:
            defects = []
        plan.append(("agreement", st, defects))
    dec_defects = [[]] * 6 + [["missing-appeal-guidance"]] * 5 + [["duration-over-6-months"]] * 3 + \
        [["missing-appeal-guidance", "duration-over-6-months"]]
    for i, d in enumerate(dec_defects):
        plan.append(("decision", "partial-grant" if i in (1, 4) else "grant", d))
    mp_defects = [[], [], [], [], ["missing-goal"], ["missing-mentor"], ["missing-hours"], ["unclear-goal"],
                  ["duration-over-6-months"], ["missing-tasks"]]
    for d in mp_defects:
        plan.append(("minplan", "minplan", d))
    for i in range(15):
        plan.append(("unknown", "", []))
    rng.shuffle(plan)

    eras = ["archive", "reform", "current", "mixed"]
    formats = ["docx"] * 30 + ["pdf"] * 20 + ["txt"] * 20 + ["rtf"] * 15 + ["html"] * 15
    rng.shuffle(formats)
    entries = []
    pdf_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="corpus_ad_"))
    for n, (kind, subtype, defects) in enumerate(plan):
        fmt = formats[n]
        era = eras[n % 4]
        with_cpr = rng.random() < 0.25
        if kind == "unknown":
            title, fields, st = UNKNOWN_TEXTS[n % len(UNKNOWN_TEXTS)]
            year = rng.randint(*ERAS[era]["years"])
            header = [f"Dato: {dstr(dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), 0)}"]
            tail, must_not, traits, per = "", [], [f"era:{era}"], None
            subtype = st
        else:
            title, header, fields, tail, must_not, traits, per, year = build(rng, kind, era, defects, subtype, with_cpr)
        if fmt == "txt":
            layout = "caps-fixed" if era == "archive" or rng.random() < 0.3 else "labels"
        elif fmt in ("docx", "pdf", "html"):
            layout = "table" if rng.random() < 0.45 else "headings"
        else:
            layout = "headings"
        folder = {"archive": "arkiv", "reform": "2020-2025", "current": "aktuelle", "mixed": "overgang"}[era]
        rel = f"{folder}/{year}/{kind}-{n:03d}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            enc = "cp1252" if layout == "caps-fixed" and rng.random() < 0.3 else "utf-8"
            p.write_bytes(render_txt(title, header, fields, layout == "caps-fixed", tail).encode(enc))
            if enc != "utf-8":
                traits.append("enc:cp1252")
        elif fmt == "rtf":
            p.write_text(render_rtf(title, header, fields, tail), encoding="ascii")
        elif fmt == "html":
            p.write_text(render_html(title, header, fields, layout == "table", tail), encoding="utf-8")
        elif fmt == "docx":
            render_docx(p, title, header, fields, layout == "table", tail)
        else:
            src = tmp / f"{kind}-{n:03d}.docx"
            render_docx(src, title, header, fields, layout == "table", tail)
            pdf_jobs.append((src, p))
        rules = sorted(set(defects))
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout, "rules": rules,
             "extras": [], "error": None, "accept_errors": [], "must_not_contain": must_not,
             "traits": sorted(traits)}
        if per:
            e["period"] = per
        entries.append(e)
    # PDFs via LibreOffice, one call
    if pdf_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ad_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for s, _ in pdf_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, dst in pdf_jobs:
            shutil.move(str(src.with_suffix(".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print("files", len(entries), dict(Counter(e["kind"] for e in entries)), dict(Counter(e["format"] for e in entries)))
    print("complete", sum(1 for e in entries if not e["rules"] and e["kind"] != "unknown"),
          "rules", dict(Counter(r for e in entries for r in e["rules"])))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/ad"))
