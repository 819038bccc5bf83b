#!/usr/bin/env python3
"""Corpus HX: dictated, pasted and copied mentor paperwork (independent corpus writer).

Angle: text that was dictated (speech-to-text) or pasted (from a PDF, from a case system's web
page, from SMS/chat) rather than typed into a template.  Deterministic: fixed seed.

Usage: /work/main/.venv/bin/python make_corpus_hx.py --out /work/corpora/hx [--seed 19]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import random
import shutil
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
SPOKEN_DAY = {1: "første", 2: "anden", 3: "tredje", 4: "fjerde", 5: "femte", 10: "tiende",
              15: "femtende", 16: "sekstende", 20: "tyvende", 28: "otteogtyvende",
              30: "tredivte", 31: "enogtredivte"}
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 8: "otte", 10: "ti"}

CITIZENS = ["Sara Jensen", "Ahmed Hassan", "Mikkel Sørensen", "Louise Kragh", "Jonas Vestergaard",
            "Fatima Ali", "Camilla Brandt", "Rasmus Holm", "Nadia Petersen", "Oliver Dam",
            "Emma Lykke", "Bilal Yousef", "Sofie Mortensen", "Kasper Lund", "Mathilde Friis",
            "Yasmin Karimi", "Tobias Bech", "Line Andersen", "Patrick Nørgaard", "Ida Winther"]
MENTORS = [("Lars Østergaard", "Jobhuset"), ("Hanne Kjær", "Mentorteamet"), ("Jesper Toft", "Next Step ApS"),
           ("Birgitte Riis", "Ungeenheden"), ("Morten Skov", "Café Kvarteret"), ("Dorthe Lind", "Værkstedet"),
           ("Ali Demir", "Bydelsmødrene"), ("Pia Bundgaard", "Virksomhedsservice"), ("Søren Friis", "Mentorhuset"),
           ("Karina Holt", "FGU Vestegnen")]
CASEWORKERS = ["Maria Thomsen", "Peter Juhl", "Anja Bisgaard", "Henrik Dahl", "Susanne Vinther"]
KOMMUNER = ["Holbæk", "Randers", "Vejle", "Næstved", "Herning", "Slagelse", "Esbjerg", "Viborg",
            "Horsens", "Silkeborg"]
FIRMS = ["Netto i Bymidten", "Bilka Lager", "Plantorama", "Kvickly", "Dagli'Brugsen", "Harald Nyborg",
         "Cafe Noa", "Autoværkstedet Nord", "Sct. Georgs Plejecenter", "Jem & Fix"]
EDUS = ["SOSU-hjælperuddannelsen", "FGU Vestegnen (produktionsgrunduddannelse)", "EUX Handel",
        "9. klasses prøve på VUC", "grundforløb 1 på tømreruddannelsen", "HF-enkeltfag på VUC"]


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "spoken":
        sd = SPOKEN_DAY.get(d.day)
        return f"den {sd} {MONTHS[d.month - 1]} {d.year}" if sd else f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, 1)


def period_for(rng: random.Random, months: int) -> tuple[dt.date, dt.date]:
    start = dt.date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


def cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    return " ".join(f"{rng.randint(20, 99)}" for _ in range(4))


class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.name = CITIZENS[i % len(CITIZENS)]
        self.first = self.name.split()[0]
        self.mentor, self.org = MENTORS[(i * 3) % len(MENTORS)]
        self.mphone = phone(rng)
        self.memail = self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa") + "@" + \
            self.org.lower().replace(" ", "").replace("'", "").replace("ø", "oe").replace(".", "") + ".dk"
        self.cw = CASEWORKERS[i % len(CASEWORKERS)]
        self.kom = KOMMUNER[i % len(KOMMUNER)]
        self.firm = FIRMS[(i * 7) % len(FIRMS)]
        self.edu = EDUS[i % len(EDUS)]
        self.case = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-26"
        self.hours = rng.choice([2, 3, 4, 5])
        self.cpr = cpr(rng)


# ---------------------------------------------------------------- field texts

def goal_text(c: Ctx, mode: str, dstyle: str) -> str:
    r = c.rng
    d = fmt_date(dt.date(2026, r.choice([6, 8, 9, 10]), 1), dstyle)
    if mode == "clear":
        return r.choice([
            f"{c.first} starter på {c.edu} {d} og møder mindst fire dage om ugen",
            f"{c.first} er i virksomhedspraktik hos {c.firm} 15 timer om ugen senest {d} med henblik på løntilskud",
            f"{c.first} fastholder sit fleksjob hos {c.firm} med 12 timer om ugen og højst to fraværsdage om måneden",
            f"{c.first} gennemfører første semester på {c.edu} og har et fremmøde på mindst 80 procent",
        ])
    return r.choice([
        "støtte til at komme videre og øget trivsel",
        f"at {c.first} får mere struktur på hverdagen og bedre selvværd",
        f"sikre at {c.first} trives bedre og kommer tættere på arbejdsmarkedet",
        "motivere borgeren og arbejde på en mere stabil hverdag",
    ])


def tasks_text(c: Ctx) -> str:
    return c.rng.choice([
        f"følge {c.first} til praktikstedet de første to uger, hjælpe med transport og vækning om morgenen og tage en samtale hver uge om fremmøde",
        "hjælpe med at holde styr på skemaet og afleveringer, tage kontakt til studievejleder ved fravær og øve bustransporten",
        f"støtte {c.first} i samarbejdet med kolleger og nærmeste leder, aftale arbejdsopgaver og tage fat i problemer tidligt",
        "hjælpe med breve fra kommunen og e-Boks, følge til lægen og tandlægen når det kolliderer med praktikken og træne at ringe ind ved sygdom",
    ])


def hours_text(c: Ctx, spoken: bool) -> str:
    h = c.hours
    if spoken:
        return c.rng.choice([f"{NUMW[h]} timer om ugen", f"{NUMW[h]} timer ugentligt"])
    return c.rng.choice([f"{h} timer pr. uge", f"{h} t/uge", f"{h} timer om ugen"])


def follow_text(c: Ctx) -> str:
    return c.rng.choice([
        "statusmøde med sagsbehandler, mentor og borger hver måned og evaluering 14 dage før periodens udløb",
        "opfølgning hver 4. uge, hvor vi ser på fremmødet, og en slutevaluering fire uger før bevillingen udløber",
        "vi følger op hver anden uge i telefonen og holder midtvejsevaluering efter 3 måneder",
    ])


def appeal_text(c: Ctx, mode: str) -> str:
    if mode == "weak":
        return c.rng.choice(["Du kan klage over afgørelsen.", "Hvis du er uenig kan du klage over den."])
    return c.rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {c.kom} Kommune inden fire uger efter at du har modtaget den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204.",
        f"Du kan klage mundtligt eller skriftligt til kommunen inden 4 uger fra du har fået brevet. Vi ser på sagen igen, og holder vi fast i afgørelsen, sender vi klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
    ])


def period_text(start, end, style) -> str:
    a, b = fmt_date(start, style), fmt_date(end, style)
    if style == "spoken":
        return f"fra {a} til {b}"
    return rng_choice_static([f"{a} – {b}", f"fra {a} til {b}", f"{a} til {b}"], start)


def rng_choice_static(opts, d):
    return opts[(d.toordinal()) % len(opts)]


# ---------------------------------------------------------------- spec: which defects

AGR_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "missing-hours", "missing-follow-up", "missing-appeal-guidance", "duration-over-6-months"]
MP_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
              "missing-hours", "duration-over-6-months"]
DEC_DEFECTS = ["missing-appeal-guidance", "duration-over-6-months"]


def pick_defects(rng, pool, clean_share=0.4):
    if rng.random() < clean_share:
        return []
    n = 1 if rng.random() < 0.65 else 2
    d = rng.sample(pool, n)
    # incompatible pairs
    if "missing-goal" in d and "unclear-goal" in d:
        d.remove("unclear-goal")
    if "missing-duration" in d and "duration-over-6-months" in d:
        d.remove("duration-over-6-months")
    return sorted(d)


def agreement_fields(c: Ctx, defects, dstyle, spoken):
    r = c.rng
    months = r.choice([9, 10, 12]) if "duration-over-6-months" in defects else r.choice([3, 4, 6, 6])
    start, end = period_for(r, months)
    f = {}
    traits = []
    if "missing-goal" not in defects:
        f["goal"] = goal_text(c, "unclear" if "unclear-goal" in defects else "clear", dstyle)
    if "missing-mentor" in defects:
        f["mentor"] = r.choice([f"{c.mentor}", f"{c.org} (mentor findes senere)"])
        traits.append("mentor:no-contact")
    else:
        f["mentor"] = f"{c.mentor}, {c.org}, tlf. {c.mphone}, {c.memail}"
    if "missing-tasks" not in defects:
        f["tasks"] = tasks_text(c)
    if "missing-duration" in defects:
        f["period"] = r.choice(["indtil videre", "aftales senere", None])
    else:
        f["period"] = period_text(start, end, dstyle)
    if "missing-hours" in defects:
        f["hours"] = r.choice(["efter behov", None, "et par timer om ugen"])
    else:
        f["hours"] = hours_text(c, spoken)
    if "missing-follow-up" in defects:
        f["follow"] = r.choice(["der følges op efter behov", None])
    else:
        f["follow"] = follow_text(c)
    if "missing-appeal-guidance" in defects:
        f["appeal"] = r.choice([appeal_text(c, "weak"), None])
    else:
        f["appeal"] = appeal_text(c, "full")
    per = None if "missing-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()}
    return f, per, traits


# ---------------------------------------------------------------- dictation

def dictate(text: str, rng: random.Random, leave_marks: float) -> str:
    """Turn punctuation into spoken words with probability leave_marks, mishear a few words."""
    out = []
    for tok in text.split(" "):
        if tok.endswith(",") and rng.random() < leave_marks:
            tok = tok[:-1] + " komma"
        elif tok.endswith(".") and len(tok) > 3 and not tok[-2].isdigit() and rng.random() < leave_marks:
            tok = tok[:-1] + " punktum"
        out.append(tok)
    s = " ".join(out)
    for a, b in [("mentorstøtte", "mentor støtte"), ("Ankestyrelsen", "anke styrelsen"),
                 ("virksomhedspraktik", "virksomheds praktik"), ("sagsbehandler", "sags behandler"),
                 ("evaluering", "evalueringen"), ("fravær", "fra vær")]:
        if rng.random() < 0.4:
            s = s.replace(a, b)
    return s


def dictated_agreement(c: Ctx, f, variant):
    r = c.rng
    parts = []
    if variant == 0:
        title = "Aftale om mentorstøtte"
        parts.append(f"Kære {c.first} her kommer aftalen om din mentorstøtte som vi talte om i dag.")
    elif variant == 1:
        title = f"Mentoraftale for {c.name}"
        parts.append(f"Hej {c.first}. Her er det vi blev enige om på mødet, skrevet ned.")
    else:
        title = "Aftale om mentorstøtte efter LAB § 167"
        parts.append(f"Denne aftale er indgået mellem {c.name} og {c.kom} Kommune.")
    if "goal" in f:
        parts.append(r.choice(["Målet med mentorstøtten er at ", "Målet er at ", "Formålet er at "]) + f["goal"] + ".")
    if f["mentor"]:
        if "tlf." in f["mentor"]:
            parts.append(f"Din mentor er {c.mentor} fra {c.org}, du kan ringe på {c.mphone} eller skrive til {c.memail}.")
        else:
            parts.append(f"Din mentor bliver {f['mentor']}.")
    if "tasks" in f:
        parts.append("Mentoren skal " + f["tasks"] + ".")
    if f["period"]:
        if f["period"] == "indtil videre":
            parts.append("Aftalen gælder indtil videre.")
        elif f["period"] == "aftales senere":
            parts.append("Hvor længe aftalen skal løbe aftaler vi senere.")
        else:
            parts.append(f"Aftalen gælder {f['period']}.")
    if f["hours"]:
        if f["hours"] == "efter behov":
            parts.append("Timetallet er efter behov.")
        else:
            parts.append(f"Mentoren har {f['hours']} til dig.")
    if f["follow"]:
        parts.append(f["follow"][0].upper() + f["follow"][1:] + ".")
    if f["appeal"]:
        parts.append(f["appeal"])
    parts.append(f"Venlig hilsen {c.cw} jobkonsulent {c.kom} Kommune.")
    body = " ".join(parts)
    body = dictate(body, r, r.choice([0.3, 0.6, 0.9]))
    return title, body


# ---------------------------------------------------------------- pasted from PDF

def hyphen_wrap(text: str, width: int, rng) -> list[str]:
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            if len(w) > 8 and w.rstrip(".,").isalpha() and rng.random() < 0.5:
                cut = max(3, width - len(cur) - 2)
                cut = min(cut, len(w) - 3)
                if cut >= 3:
                    lines.append((cur + " " + w[:cut] + "-").strip())
                    cur = w[cut:]
                    continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


def pdf_paste_agreement(c: Ctx, f, glue: bool):
    r = c.rng
    rows = [("Borger", c.name), ("Sagsnr.", c.case)]
    if "goal" in f:
        rows.append((r.choice(["Mål med mentorstøtten", "Formål"]), f["goal"]))
    rows.append(("Mentor (navn og kontaktdata)", f["mentor"] or ""))
    if "tasks" in f:
        rows.append(("Mentorens opgaver", f["tasks"]))
    rows.append(("Periode", f["period"] or ""))
    rows.append(("Timetal", f["hours"] or ""))
    rows.append(("Opfølgning", f["follow"] or ""))
    lines = [f"{c.kom} Kommune", "Jobcenter", "Aftale om mentorstøtte", ""]
    header = f"{c.kom} Kommune · Aftale om mentorstøtte · Side 1 af 2"
    for i, (k, v) in enumerate(rows):
        if glue:
            lines.extend(hyphen_wrap(k + v, 70, r))
        else:
            lines.append(k)
            lines.extend(hyphen_wrap(v, 62, r) if v else [])
        if i == 4:
            lines += ["", header.replace("Side 1 af 2", "Side 1 af 2"), "", f"{c.kom} Kommune", "Side 2 af 2"]
    if f["appeal"]:
        lines += ["", "Klagevejledning"] + hyphen_wrap(f["appeal"], 66, r)
    lines += ["", "Underskrifter", "Borger", "Mentor", "Sagsbehandler", "Dato"]
    return lines


# ---------------------------------------------------------------- decisions

def decision_letter(c: Ctx, defects, sub: str, dstyle="words"):
    r = c.rng
    months = r.choice([9, 12]) if "duration-over-6-months" in defects else r.choice([3, 6])
    start, end = period_for(r, months)
    per = {"start": start.isoformat(), "end": end.isoformat()}
    ptxt = f"fra {fmt_date(start, dstyle)} til {fmt_date(end, dstyle)}"
    L = [f"{c.kom} Kommune", "Beskæftigelse og Ydelse", f"Dato: {fmt_date(dt.date(2026, start.month, 1) - dt.timedelta(days=10), 'words')}",
         f"Sagsnr.: {c.case}", ""]
    if sub == "grant":
        L += ["Afgørelse om mentorstøtte", "",
              f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 {ptxt}.",
              f"Støtten er på {c.hours} timer om ugen, og din mentor er {c.mentor}, {c.org}.",
              "", "Begrundelse",
              f"Vi har lagt vægt på, at du har brug for hjælp til at møde stabilt op i {r.choice(['praktikken', 'skolen', 'dit fleksjob'])}, og at støtten kan hjælpe dig tættere på job eller uddannelse."]
    elif sub == "partial":
        L += ["Afgørelse – delvis bevilling af mentorstøtte", "",
              f"Du har søgt om mentorstøtte i 12 måneder med 8 timer om ugen. Du får bevilget mentorstøtte {ptxt} med {c.hours} timer om ugen.",
              "", "Begrundelse",
              "Efter § 167 i lov om en aktiv beskæftigelsesindsats kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov kan dækkes med færre timer, fordi du allerede har støtte fra SPS på skolen."]
        if "duration-over-6-months" in defects:
            L[-3] = f"Du har søgt om mentorstøtte med 8 timer om ugen. Du får bevilget mentorstøtte {ptxt} med {c.hours} timer om ugen."
            L[-1] = "Vi vurderer, at dit behov kan dækkes med færre timer, fordi du allerede har støtte fra SPS på skolen."
    elif sub == "extension":
        L += ["Afgørelse om forlængelse af mentorstøtte", "",
              f"Din mentorstøtte bliver forlænget {ptxt}. Timetallet er uændret {c.hours} timer om ugen.",
              "", "Begrundelse",
              "Vi har lagt vægt på statusrapporten fra din mentor, som viser, at du er kommet godt i gang, men stadig har brug for hjælp til at holde fast i fremmødet."]
    L += ["", "Klagevejledning"]
    if "missing-appeal-guidance" in defects:
        weak = r.choice(["Du kan klage over afgørelsen.", None, "Har du spørgsmål til afgørelsen, er du velkommen til at kontakte mig."])
        if weak is None:
            L = L[:-2]
        else:
            if weak.startswith("Har"):
                L = L[:-2] + ["", weak]
            else:
                L.append(weak)
    else:
        L.append(appeal_text(c, "full"))
    L += ["", "Med venlig hilsen", c.cw, "Jobkonsulent", f"Tlf. {phone(r)}"]
    return L, per


def refusal_letter(c: Ctx, defects):
    r = c.rng
    L = [f"{c.kom} Kommune", f"Sagsnr.: {c.case}", "", "Afslag på mentorstøtte", "",
         "Du har søgt om mentorstøtte. Vi har besluttet at give dig afslag.", "", "Begrundelse",
         "Efter § 167 i lov om en aktiv beskæftigelsesindsats kan der gives mentorstøtte, når det er nødvendigt for at du kan opnå eller fastholde beskæftigelse eller uddannelse. "
         "Vi har lagt vægt på, at du allerede får den støtte, du har brug for, af din kontaktperson efter serviceloven, og at din uddannelsesinstitution tilbyder SPS-støtte.",
         "", "Klagevejledning"]
    if "missing-appeal-guidance" in defects:
        L.append("Du kan klage over afgørelsen hvis du er uenig.")
    else:
        L.append(appeal_text(c, "full"))
    L += ["", "Venlig hilsen", c.cw]
    return L


# ---------------------------------------------------------------- Min Plan from case-system web page

MENU_TOP = ["Forside", "Mine sager", "Borgere", "Kalender", "Opgaver (3)", "Søg", "Log ud"]
BUTTONS = ["Gem", "Annuller", "Udskriv", "Send til borger", "Tilbage til oversigt"]


def minplan_fields(c: Ctx, defects, dstyle):
    r = c.rng
    months = r.choice([9, 12]) if "duration-over-6-months" in defects else r.choice([4, 6])
    start, end = period_for(r, months)
    rows = []
    if "missing-goal" not in defects:
        rows.append(("Mål", goal_text(c, "unclear" if "unclear-goal" in defects else "clear", dstyle)))
    else:
        rows.append(("Mål", ""))
    if "missing-mentor" in defects:
        rows.append(("Mentor", c.mentor))
    else:
        rows.append(("Mentor", f"{c.mentor}, {c.org}, {c.mphone}, {c.memail}"))
    rows.append(("Mentorens opgaver", "" if "missing-tasks" in defects else tasks_text(c)))
    rows.append(("Periode", "" if "missing-duration" in defects else f"{fmt_date(start, dstyle)} - {fmt_date(end, dstyle)}"))
    rows.append(("Timer pr. uge", "" if "missing-hours" in defects else str(c.hours)))
    per = None if "missing-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()}
    return rows, per


# ---------------------------------------------------------------- writers

def write_txt(p: Path, text: str):
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


def write_eml(p: Path, subject, frm, to, body, date, attach=None):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 10, 12, tzinfo=dt.timezone.utc))
    m.set_content(body)
    if attach:
        m.add_attachment(attach[1], maintype="application", subtype="pdf", filename=attach[0])
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(bytes(m))


def write_docx(p: Path, paras: list[str], title: str | None = None):
    d = Document()
    if title:
        d.add_paragraph(title).runs[0].bold = True
    for x in paras:
        d.add_paragraph(x)
    p.parent.mkdir(parents=True, exist_ok=True)
    d.save(p)


def pdf_bytes(lines: list[str], tmp: Path, header: str | None = None) -> bytes:
    cv = canvas.Canvas(str(tmp), pagesize=A4)
    cv.setTitle(lines[0] if lines else "")
    y = 800
    page = 1
    if header:
        cv.setFont("Helvetica", 8); cv.drawString(60, 820, header)
    cv.setFont("Helvetica", 10)
    for ln in lines:
        for sub in (textwrap.wrap(ln, 95) or [""]):
            if y < 60:
                cv.setFont("Helvetica", 8); cv.drawString(270, 30, f"Side {page}"); cv.showPage(); page += 1
                y = 800
                if header:
                    cv.setFont("Helvetica", 8); cv.drawString(60, 820, header)
                cv.setFont("Helvetica", 10)
            cv.drawString(60, y, sub)
            y -= 14
    cv.setFont("Helvetica", 8); cv.drawString(270, 30, f"Side {page}")
    cv.save()
    b = tmp.read_bytes()
    tmp.unlink()
    return b


def write_html(p: Path, title, body_html, menu=True):
    nav = "".join(f"<li><a href='#'>{m}</a></li>" for m in MENU_TOP)
    btns = "".join(f"<button type='button'>{b}</button>" for b in BUTTONS)
    page = f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{htmlmod.escape(title)}</title></head>
<body><header><span class="logo">Sagsportalen</span><nav><ul>{nav}</ul></nav></header>
<div class="crumbs">Forside &gt; Borgere &gt; Sag &gt; Dokument</div>
<main>{body_html}</main><div class="toolbar">{btns}</div>
<footer>Sagsportalen v4.12 · Support: tlf. 70 20 30 40 · Cookie-indstillinger</footer></body></html>"""
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(page if menu else body_html, encoding="utf-8")


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hx")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    tmp = out / "_tmp.pdf"
    man = []
    idx = [0]

    def ctx():
        idx[0] += 1
        return Ctx(rng, idx[0])

    def entry(path, fmt, kind, sub, layout, rules, traits, per=None, mnc=None):
        man.append({"path": path, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
                    "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
                    "must_not_contain": mnc or [], "traits": traits, "period": per})

    # --- A. dictated agreements (txt, docx, eml) -------------------------------------------
    for i in range(14):
        c = ctx()
        defects = pick_defects(rng, AGR_DEFECTS)
        spoken = rng.random() < 0.5
        dstyle = rng.choice(["spoken", "words", "den"]) if spoken else rng.choice(["words", "dots", "slash"])
        f, per, tr = agreement_fields(c, defects, dstyle, spoken)
        title, body = dictated_agreement(c, f, i % 3)
        fmt = ["txt", "docx", "eml"][i % 3]
        use_cpr = i % 4 == 1
        head = f"{title}\n"
        if use_cpr:
            body = body.replace(f"mellem {c.name}", f"mellem {c.name} cpr-nummer {c.cpr}") if "mellem" in body \
                else f"Borger: {c.name} CPR {c.cpr}. " + body
        traits = ["dictated", f"dates:{dstyle}", "spoken-numbers" if spoken else "digits"] + tr + (["cpr"] if use_cpr else [])
        path = f"diktat/aftale_{i:02d}.{fmt}"
        if fmt == "txt":
            write_txt(out / path, head + body + "\n")
        elif fmt == "docx":
            write_docx(out / path, [body], title)
        else:
            write_eml(out / path, title, f"{c.cw.split()[0].lower()}@{c.kom.lower()}.dk",
                      f"{c.first.lower()}@mail.dk", body + "\n\nSendt fra min iPhone (dikteret)", dt.date(2026, 2, 20))
        entry(path, fmt, "agreement", "agreement", "dictated-runon", defects, traits, per, [c.cpr] if use_cpr else [])

    # --- B. agreements pasted from PDF (eml, txt, docx) ------------------------------------
    for i in range(14):
        c = ctx()
        defects = pick_defects(rng, AGR_DEFECTS)
        dstyle = rng.choice(["words", "dots", "slash"])
        f, per, tr = agreement_fields(c, defects, dstyle, False)
        glue = i % 5 == 3
        lines = pdf_paste_agreement(c, f, glue)
        use_cpr = i % 4 == 0
        if use_cpr:
            lines[3:3] = ["CPR-nr." + c.cpr] if glue else ["CPR-nr.", c.cpr]
        fmt = ["eml", "txt", "docx", "eml"][i % 4]
        traits = ["pasted-from-pdf", "cells-one-per-line" if not glue else "cells-run-together",
                  "hyphenation", "page-header-mid-text", f"dates:{dstyle}"] + tr + (["cpr"] if use_cpr else [])
        path = f"indsat_pdf/aftale_{i:02d}.{fmt}"
        pasted = "\n".join(lines)
        if fmt == "eml":
            intro = rng.choice([f"Hej {c.mentor.split()[0]}\n\nJeg kan ikke vedhæfte filen fra systemet, så her er aftalen kopieret ind:\n\n",
                                f"Hej {c.first}\n\nHer er jeres aftale (kopieret fra pdf'en):\n\n"])
            write_eml(out / path, "Aftale om mentorstøtte", f"{c.cw.split()[0].lower()}@{c.kom.lower()}.dk",
                      c.memail, intro + pasted + f"\n\nMvh\n{c.cw}\nJobkonsulent, {c.kom} Kommune\n", dt.date(2026, 3, 2))
        elif fmt == "txt":
            write_txt(out / path, pasted + "\n")
        else:
            write_docx(out / path, lines)
        entry(path, fmt, "agreement", "agreement", "pdf-paste-" + ("glued" if glue else "cells"), defects, traits, per,
              [c.cpr] if use_cpr else [])

    # --- C. Min Plan copied from a case system's web page (html, txt) ----------------------
    for i in range(12):
        c = ctx()
        defects = pick_defects(rng, MP_DEFECTS)
        dstyle = rng.choice(["dots", "words", "iso"])
        rows, per = minplan_fields(c, defects, dstyle)
        use_cpr = i % 4 == 2
        fmt = "html" if i % 2 == 0 else "txt"
        path = f"sagssystem/minplan_{i:02d}.{fmt}"
        title = "Min Plan – Indsats: Mentorstøtte"
        traits = ["case-system-copy", "menu-words", f"dates:{dstyle}"] + (["cpr"] if use_cpr else [])
        borger = f"{c.name}" + (f" ({c.cpr})" if use_cpr else "")
        if fmt == "html":
            trs = "".join(f"<tr><th>{htmlmod.escape(k)}</th><td>{htmlmod.escape(v)}</td></tr>" for k, v in rows)
            body = (f"<h1>{title}</h1><p>Borger: {htmlmod.escape(borger)} · Sag {c.case}</p>"
                    f"<table>{trs}</table><p>Senest ændret af {c.cw} · {fmt_date(dt.date(2026, 2, 14), 'dots')}</p>")
            write_html(out / path, title, body)
        else:
            txt = "\n".join(MENU_TOP) + "\nSagsportalen\n" + f"Forside > Borgere > {c.name}\n" + title + "\n" + \
                f"Borger: {borger}\nRediger  Slet  Historik\n"
            for k, v in rows:
                txt += f"{k}\t{v}\n" if rng.random() < 0.5 else f"{k}\n{v}\n"
            txt += "\n".join(BUTTONS) + "\n© KMD · Hjælp · Tilgængelighedserklæring\n"
            write_txt(out / path, txt)
            traits.append("tab-or-line-cells")
        entry(path, fmt, "minplan", "minplan", "case-system-page", defects, traits, per, [c.cpr] if use_cpr else [])

    # --- D. decision letters: PDF originals, pasted into eml, case-system document view ---
    subs = ["grant", "partial", "extension", "refusal", "grant", "extension", "partial", "grant",
            "refusal", "grant", "extension", "grant", "partial", "grant"]
    for i, sub in enumerate(subs):
        c = ctx()
        pool = ["missing-appeal-guidance"] if sub == "refusal" else DEC_DEFECTS
        defects = pick_defects(rng, pool)
        if sub == "refusal":
            L, per = refusal_letter(c, defects), None
        else:
            L, per = decision_letter(c, defects, sub, rng.choice(["words", "dots", "slash"]))
        use_cpr = i % 4 == 3
        if use_cpr:
            L.insert(4, f"CPR-nr.: {c.cpr}")
        fmt = ["pdf", "eml", "html", "eml", "txt"][i % 5]
        path = f"afgoerelser/{sub}_{i:02d}.{fmt}"
        traits = [f"decision:{sub}"] + (["cpr"] if use_cpr else [])
        if fmt == "pdf":
            write = pdf_bytes(L, tmp, header=f"{c.kom} Kommune – Digital Post")
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            (out / path).write_bytes(write)
            traits.append("pdf-original")
        elif fmt == "eml":
            # pasted from the PDF: hard line breaks at ~60 chars, hyphenation, a page number mid text
            wrapped = []
            for ln in L:
                wrapped += hyphen_wrap(ln, 60, rng) if ln else [""]
                if len(wrapped) > 18 and "Side 1" not in "\n".join(wrapped):
                    wrapped += ["", "Side 1 af 2", f"{c.kom} Kommune", ""]
            body = f"Hej {c.first}\n\nDu bad om at få brevet på mail også. Jeg har kopieret det ind herunder.\n\n" + "\n".join(wrapped) + \
                f"\n\n--\n{c.cw}\n{c.kom} Kommune\n"
            write_eml(out / path, rng.choice(["Din afgørelse", "VS: Afgørelse om mentorstøtte", "Brev fra kommunen"]),
                      f"{c.cw.split()[0].lower()}@{c.kom.lower()}.dk", f"{c.first.lower()}@mail.dk", body, dt.date(2026, 3, 9))
            traits += ["pasted-from-pdf", "hard-line-breaks", "page-number-mid-text"]
        elif fmt == "html":
            body = "<h2>Dokumentvisning</h2><p>Journaliseret · Sendt til e-Boks</p>" + "".join(
                f"<p>{htmlmod.escape(x)}</p>" for x in L if x)
            write_html(out / path, "Dokumentvisning", body)
            traits += ["case-system-copy", "menu-words"]
        else:
            txt = "Dokumenter  Journal  Ydelser  Min Plan\nVis dokument  |  Journalisér  |  Send til e-Boks  |  Luk\n\n" + \
                "\n".join(L) + "\n\nSide 1 af 1\nTilbage   Næste dokument >\n"
            write_txt(out / path, txt)
            traits += ["case-system-copy", "menu-words"]
        entry(path, fmt, "decision", sub, "letter-" + fmt, defects, traits, per, [c.cpr] if use_cpr else [])

    # --- E. unknown: journal notes, SMS/chat summaries, invoice pasted, guidance copied ---
    unknowns = []
    for i in range(10):
        c = ctx()
        k = i % 5
        use_cpr = i in (1, 6)
        if k == 0:
            t = ("Journalnotat\n" + dictate(
                f"Samtale med {c.name} i dag på jobcentret. {c.first} fortæller at det går bedre i praktikken hos {c.firm}, men at bussen ofte er forsinket. "
                f"Vi talte om mentorstøtten, og {c.first} er glad for {c.mentor}. Næste samtale er aftalt til {fmt_date(dt.date(2026, 4, 14), 'words')} klokken 10.", rng, 0.7) + "\n")
            name, fmt, lay = "journalnotat", "txt", "dictated-note"
        elif k == 1:
            t = (f"Resumé af SMS-tråd med mentor {c.mentor}\n"
                 f"14/3 kl. 08.12 {c.mentor.split()[0]}: {c.first} er ikke mødt i praktik i dag, ringer til hende nu\n"
                 f"14/3 kl. 08.40 {c.mentor.split()[0]}: hun var syg, kommer i morgen\n"
                 f"15/3 kl. 09.05 {c.first}: er på arbejde nu :)\n"
                 f"18/3 kl. 15.30 {c.mentor.split()[0]}: god uge, 4 ud af 5 dage\n"
                 f"Overført til journal af {c.cw}\n")
            name, fmt, lay = "sms_resume", "txt", "sms-summary"
        elif k == 2:
            lines = [c.org, "FAKTURA", "Fakturanr.", f"2026-{rng.randint(100, 999)}", "Kunde", f"{c.kom} Kommune, Jobcenter",
                     "Beskrivelse", "Antal", "Pris", "Beløb", f"Mentortimer marts 2026 – borger {c.name}", "12", "450,00", "5.400,00",
                     "Side 1 af 1", "Moms 25 %", "1.350,00", "I alt DKK", "6.750,00", "Betalingsbetingelser: netto 30 dage"]
            t = "\n".join(lines) + "\n"
            name, fmt, lay = "faktura_indsat", "eml", "invoice-paste"
        elif k == 3:
            t = ("Mentorstøtte\nForside > Borger > Job og ledighed > Mentorstøtte\nLog ind  Søg  Menu\n"
                 "Hvis du har brug for ekstra hjælp for at komme i job eller uddannelse, kan du få en mentor. "
                 "Mentorstøtte gives i højst 6 måneder ad gangen. Aftalen med dig skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, "
                 "hvilke opgaver mentoren skal hjælpe med, varigheden og timetallet. Hvis du er uenig i en afgørelse, kan du klage til kommunen inden 4 uger.\n"
                 "Var siden nyttig?  Ja  Nej\nDel  Print  Kontakt os\n")
            name, fmt, lay = "vejledning_kopieret", "html", "guidance-web-copy"
        else:
            t = ("Statusrapport fra mentor\n" + dictate(
                f"{c.first} har i perioden mødt op til 38 ud af 44 aftaler. Vi har arbejdet med transport og med at ringe ind ved sygdom. "
                f"{c.first} er nu i gang med at søge elevplads, og jeg vurderer at støtten kan trappes ned. Med venlig hilsen {c.mentor}, {c.org}.", rng, 0.6) + "\n")
            name, fmt, lay = "statusrapport_diktat", "docx", "dictated-status"
        if use_cpr:
            t = t.replace("\n", f"\nCPR: {c.cpr}\n", 1)
        path = f"andet/{name}_{i:02d}.{fmt}"
        if fmt == "txt":
            write_txt(out / path, t)
        elif fmt == "docx":
            ls = t.strip().split("\n")
            write_docx(out / path, ls[1:], ls[0])
        elif fmt == "eml":
            write_eml(out / path, "Faktura mentorforløb", f"bogholderi@{c.org.lower().replace(' ', '')}.dk",
                      f"jobcenter@{c.kom.lower()}.dk", "Hej\n\nFakturaen kopieret ind da vedhæftningen fejler:\n\n" + t, dt.date(2026, 4, 2))
        else:
            write_html(out / path, "Mentorstøtte", "".join(f"<p>{htmlmod.escape(x)}</p>" for x in t.split("\n") if x))
        entry(path, fmt, "unknown", "other", lay, [], ["unknown", lay] + (["cpr"] if use_cpr else []), None,
              [c.cpr] if use_cpr else [])

    # --- F. dictated agreements printed to PDF from Word (pdf) --------------------------------
    for i in range(4):
        c = ctx()
        defects = pick_defects(rng, AGR_DEFECTS)
        f, per, tr = agreement_fields(c, defects, "words", True)
        title, body = dictated_agreement(c, f, i % 3)
        path = f"diktat/aftale_print_{i:02d}.pdf"
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(pdf_bytes([title, ""] + textwrap.wrap(body, 90), tmp))
        entry(path, "pdf", "agreement", "agreement", "dictated-runon", defects,
              ["dictated", "printed-to-pdf", "spoken-numbers"] + tr, per)

    # --- G. Min Plan print (PDF) whose table came out one cell per line --------------------
    for i in range(5):
        c = ctx()
        defects = pick_defects(rng, MP_DEFECTS)
        rows, per = minplan_fields(c, defects, "dots")
        L = ["Min Plan", f"Udskrevet {fmt_date(dt.date(2026, 3, 3), 'dots')} fra Jobnet", f"Navn: {c.name}", "",
             "Aktivitet", "Mentorstøtte (LAB § 167)"]
        for k, v in rows:
            L += [k] + (hyphen_wrap(v, 50, rng) if v else [])
        L += ["", "Aktivitet", "Virksomhedspraktik", "Sted", c.firm, "Periode",
              f"{fmt_date(dt.date(2026, 1, 5), 'dots')} - {fmt_date(dt.date(2026, 12, 18), 'dots')}", "Timer pr. uge", "15"]
        path = f"sagssystem/minplan_print_{i:02d}.pdf"
        (out / path).write_bytes(pdf_bytes(L, tmp, header="Jobnet – Min Plan"))
        entry(path, "pdf", "minplan", "minplan", "plan-print-cells", defects,
              ["plan-print", "cells-one-per-line", "other-activity-long-period"], per)

    # --- H. more unknowns: Teams chat pasted, meeting booking SMS, dictated minutes ---------
    for i in range(5):
        c = ctx()
        k = i % 3
        if k == 0:
            t = (f"Kopieret fra Teams-chat – {c.cw} og {c.mentor}\n"
                 f"[09:14] {c.mentor}: Hej, kan vi rykke statusmødet om {c.first} til torsdag?\n"
                 f"[09:20] {c.cw}: Ja fint, kl. 13 i mødelokale 2\n[09:21] {c.mentor}: 👍\n"
                 "Synes godt om  Svar  Videresend\n")
            name, fmt = "teams_chat", "txt"
        elif k == 1:
            t = (f"SMS fra {c.kom} Kommune\nHusk dit møde med din mentor {c.mentor} tirsdag kl. 10.00 på biblioteket. "
                 "Svar ikke på denne SMS. Afbud på tlf. 70 11 22 33.\n")
            name, fmt = "sms_paamindelse", "txt"
        else:
            t = ("Referat af teammøde\n" + dictate(
                "Til stede: mentorteamet og to sagsbehandlere. Punkt 1 fordeling af nye forløb, vi har fem nye borgere i april. "
                "Punkt 2 kørselsgodtgørelse for mentorer, ny sats fra 1. maj. Punkt 3 eventuelt, intet.", rng, 0.8) + "\n")
            name, fmt = "referat_diktat", "docx"
        path = f"andet/{name}_{i:02d}.{fmt}"
        if fmt == "txt":
            write_txt(out / path, t)
        else:
            ls = t.strip().split("\n")
            write_docx(out / path, ls[1:], ls[0])
        entry(path, fmt, "unknown", "other", name, [], ["unknown", name], None)

    from collections import Counter
    manpath = out / "EXPECTED.jsonl"
    manpath.write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True)
                                 for e in sorted(man, key=lambda e: e["path"])) + "\n", encoding="utf-8")
    print(len(man), Counter((e["kind"], e["format"]) for e in man))


if __name__ == "__main__":
    main()
