#!/usr/bin/env python3
"""Corpus ID: mentor paperwork that lost its shape on the way.

Dictated through speech recognition, copied out of a PDF or a case system into a journal
note or e-mail, converted to plain text by old export tools, or summarised by SMS/chat.
Deterministic: python make_corpus_id.py --out /work/corpora/id [--seed 19]
"""
from __future__ import annotations

import argparse
import json
import quopri
import random
import re
import shutil
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import date, datetime, timedelta
from pathlib import Path

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

FIRST = ["Anna", "Ahmed", "Mikkel", "Sara", "Jonas", "Fatima", "Emil", "Louise", "Kasper", "Nadia",
         "Rasmus", "Camilla", "Yusuf", "Mette", "Tobias", "Line", "Oliver", "Amira", "Frederik", "Ida"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard"]
MENTORS = ["Lars Østergaard", "Birgitte Holm", "Jesper Kjær", "Hanne Bøgh", "Kim Dalsgaard",
           "Pia Mølgaard", "Søren Vestergaard", "Tina Lund", "Morten Bach", "Rikke Friis"]
PROVIDERS = ["Jobværkstedet", "Mentorhuset ApS", "Fremad Mentor", "Kompetencecenter Vest",
             "Ungeporten", "Ressourcecentret", "STEP Mentor", "Bydelsmentorerne"]
KOMMUNER = ["Herning", "Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Roskilde", "Silkeborg",
            "Næstved", "Randers", "Horsens", "Rudersdal"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
        10: "ti", 12: "tolv"}


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


def fmt_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return d.isoformat()


class Doc:
    def __init__(self, r: random.Random, idx: int):
        self.r = r
        self.idx = idx
        self.fn = r.choice(FIRST)
        self.ln = r.choice(LAST)
        self.mentor = r.choice(MENTORS)
        self.prov = r.choice(PROVIDERS)
        self.kom = r.choice(KOMMUNER)
        self.phone = " ".join(f"{r.randint(20, 99)}" for _ in range(4))
        self.email = self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa") + "@" + \
            self.prov.split()[0].lower().replace("æ", "ae").replace("ø", "oe") + ".dk"
        self.cw = r.choice(MENTORS[::-1])
        while self.cw == self.mentor:
            self.cw = r.choice(MENTORS)
        self.sagsnr = f"27.36.12-G01-{r.randint(100, 999)}-26"
        self.cpr = None
        self.start = date(2026, r.choice([1, 2, 3, 4, 5, 6, 8, 9]), r.choice([1, 1, 1, 15, 10]))
        self.end = add_months(self.start, 6) - timedelta(days=1)
        self.dstyle = r.randint(0, 4)

    def make_cpr(self):
        r = self.r
        d = date(1970, 1, 1) + timedelta(days=r.randint(0, 12000))
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"
        return self.cpr


# ---------------------------------------------------------------- field wording
def goal_good(d: Doc) -> str:
    return d.r.choice([
        f"{d.fn} er i virksomhedspraktik 15 timer om ugen i Netto i {d.kom} senest 1. juni 2026",
        f"{d.fn} starter på SOSU-hjælperuddannelsen i august 2026 og møder mindst fire dage om ugen",
        f"{d.fn} har et fleksjob som pedelmedhjælper 12 timer om ugen inden 1. oktober 2026",
        f"{d.fn} gennemfører FGU på produktionssporet med et fremmøde på mindst 80 procent",
        f"{d.fn} er tilbage i sit job som lagermedarbejder 25 timer om ugen senest uge 30",
        f"{d.fn} er i løntilskud i kantinen på {d.kom} Rådhus 20 timer om ugen fra 1. september 2026",
        f"{d.fn} fastholder sin læreplads som tømrerlærling og møder hver dag kl. 7",
    ])


def goal_unclear(d: Doc) -> str:
    return d.r.choice([
        "Støtte til at komme videre og øget trivsel",
        f"{d.fn} skal have mere struktur på hverdagen og bedre selvværd",
        "Hjælp til at få styr på tingene og komme tættere på arbejdsmarkedet",
        f"Sikre at {d.fn} trives bedre og bliver mere motiveret",
    ])


def tasks_text(d: Doc) -> str:
    return d.r.choice([
        f"følge {d.fn} til praktikstedet de første to uger og tage en ugentlig samtale om fremmøde og transport",
        "hjælpe med morgenrutiner, kalender og kontakt til skolen samt øve bustransport",
        "være bindeled til arbejdspladsen, tage samtaler med nærmeste leder og hjælpe med at planlægge vagter",
        "støtte i kontakten til kommunen, gennemgå post i e-Boks og forberede samtaler med uddannelsesvejleder",
        "ledsage til møder med læge og arbejdsgiver og træne pauser og arbejdstempo på arbejdspladsen",
    ])


def follow_text(d: Doc) -> str:
    return d.r.choice([
        "statusmøde med mentor og sagsbehandler hver måned og evaluering 14 dage før ophør",
        "vi følger op hver 4. uge med et trekantsmøde; delmål: fremmøde fire dage om ugen fra maj",
        "midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før perioden slutter",
        "mentor sender kort status til sagsbehandler hver anden uge, og der holdes opfølgningsmøde hver 6. uge",
    ])


def hours_text(d: Doc) -> str:
    return d.r.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                       "2 timer om ugen", "5 timer pr. uge"])


APPEAL_GOOD = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {kom} Kommune senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Er du uenig, kan du klage til Jobcenter {kom} inden 4 uger fra du har modtaget dette brev. Jobcentret ser sagen igennem igen. Hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen.",
]
APPEAL_VAGUE = ["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig.",
                "Kontakt din sagsbehandler, hvis du har spørgsmål."]
APPEAL_DIRECT = "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."


def period_text(d: Doc, over: bool = False, missing: bool = False) -> str:
    r = d.r
    if missing:
        return r.choice([f"fra {fmt_date(d.start, d.dstyle)} og indtil videre", "indtil videre",
                         "Udfyldes senere", f"start {fmt_date(d.start, d.dstyle)}, slut aftales senere"])
    end = d.end
    if over:
        end = add_months(d.start, r.choice([9, 12, 8])) - timedelta(days=1)
        d.end = end
        if r.random() < 0.25:
            d.end = add_months(d.start, 12) - timedelta(days=1)
            return f"fra {fmt_date(d.start, 0)} og 12 måneder frem"
    sep = r.choice([" – ", " - ", " til ", "-"])
    if r.random() < 0.2:
        return f"f.o.m. {fmt_date(d.start, d.dstyle)} t.o.m. {fmt_date(end, d.dstyle)}"
    return f"{fmt_date(d.start, d.dstyle)}{sep}{fmt_date(end, d.dstyle)}"


# ---------------------------------------------------------------- content builders
def build_agreement(d: Doc, defects: set[str]) -> tuple[str, list[tuple[str, str]], str]:
    """Returns title, list of (label, value) fields, closing text."""
    r = d.r
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorforløb",
                      "Aftale om mentorstøtte efter LAB § 167", "Mentoraftale (§ 167)"])
    f: list[tuple[str, str]] = []
    f.append(("Borger", f"{d.fn} {d.ln}" + (f", CPR-nr. {d.cpr}" if d.cpr else "")))
    if "missing-goal" in defects:
        f.append(("Mål", r.choice(["-", "Udfyldes senere", "xx"])))
    elif "unclear-goal" in defects:
        f.append(("Målet med mentorstøtten", goal_unclear(d)))
    else:
        f.append(("Målet med mentorstøtten", goal_good(d)))
    if "missing-mentor" in defects:
        f.append(("Mentor", f"{d.mentor}, {d.prov}"))
    else:
        f.append(("Mentor", f"{d.mentor}, {d.prov}, tlf. {d.phone}, {d.email}"))
    if "missing-tasks" not in defects:
        v = tasks_text(d)
        f.append(("Mentorens opgaver", v[0].upper() + v[1:]))
    else:
        f.append(("Mentorens opgaver", "-"))
    if "udsk" in defects:
        title = r.choice(["Aftale om udskrivningskoordinator (LAB § 167, stk. 2)",
                          "Mentoraftale – udskrivningskoordinator"])
        disch = add_months(d.start, 3)
        d.end = add_months(d.start, 9) - timedelta(days=1)
        f.append(("Periode", f"{fmt_date(d.start, 0)} – {fmt_date(d.end, 0)} (3 måneder før forventet "
                              f"udskrivning fra psykiatrisk afdeling {fmt_date(disch, 0)} og 6 måneder efter)"))
    elif "weeks26" in defects:
        d.end = d.start + timedelta(days=181)
        f.append(("Periode", f"26 uger fra {fmt_date(d.start, d.dstyle)}"))
    else:
        f.append(("Periode", period_text(d, over="duration-over-6-months" in defects,
                                         missing="missing-duration" in defects)))
    if "missing-hours" in defects:
        f.append(("Timetal", r.choice(["efter behov", "et par timer om ugen", "løbende"])))
    else:
        f.append(("Timetal", hours_text(d)))
    if "missing-follow-up" in defects:
        f.append(("Opfølgning", r.choice(["Der følges op efter behov", "Opfølgning sker løbende", "-"])))
    else:
        v = follow_text(d)
        f.append(("Opfølgning", v[0].upper() + v[1:]))
    f.append(("Sagsbehandler", f"{d.cw}, Jobcenter {d.kom}"))
    if "missing-appeal-guidance" in defects:
        ap = r.choice(APPEAL_VAGUE + [""])
    elif "appeal-wrong-route" in defects:
        ap = APPEAL_DIRECT
    else:
        ap = r.choice(APPEAL_GOOD).format(kom=d.kom)
    return title, f, ap


def build_minplan(d: Doc, defects: set[str]) -> tuple[str, list[tuple[str, str]]]:
    r = d.r
    title = r.choice(["Min Plan", "Min Plan – udskrift", "Min plan - Mentorstøtte", "Min Plan (jobnet) – aktiviteter"])
    f = [("Navn", f"{d.fn} {d.ln}" + (f"  CPR: {d.cpr}" if d.cpr else "")),
         ("Aktivitet", "Mentorstøtte (LAB § 167)")]
    if "missing-goal" in defects:
        pass
    elif "unclear-goal" in defects:
        f.append(("Formål", goal_unclear(d)))
    else:
        f.append(("Formål", goal_good(d)))
    if "missing-mentor" in defects:
        f.append(("Mentor", d.mentor))
    else:
        f.append(("Mentor", f"{d.mentor}, {d.prov}, tlf. {d.phone}"))
    if "missing-tasks" not in defects:
        v = tasks_text(d)
        f.append(("Mentorens opgaver", v[0].upper() + v[1:]))
    if "missing-duration" in defects:
        f.append(("Start", fmt_date(d.start, d.dstyle)))
        f.append(("Slut", ""))
    else:
        f.append(("Periode", period_text(d, over="duration-over-6-months" in defects)))
    if "missing-hours" not in defects:
        f.append(("Timer", hours_text(d)))
    f.append(("Oprettet af", f"{d.cw}, Jobcenter {d.kom}"))
    return title, f


def build_decision(d: Doc, sub: str, defects: set[str]) -> tuple[str, list[str]]:
    r = d.r
    name = f"{d.fn} {d.ln}"
    paras = []
    hours = hours_text(d)
    if sub == "grant":
        title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        per = period_text(d, over="duration-over-6-months" in defects)
        paras.append(f"Kære {d.fn}. Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}. Støtten er {hours}, og din mentor er {d.mentor} fra {d.prov}.")
        paras.append("Begrundelse: Vi har lagt vægt på, at du har brug for støtte til at fastholde dit forløb, og at støtten har et mål om uddannelse eller beskæftigelse, jf. LAB § 167, stk. 1.")
    elif sub == "partial":
        title = r.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte"])
        per = period_text(d, over="duration-over-6-months" in defects)
        paras.append(f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Vi bevilger delvist: du får mentorstøtte i perioden {per}, {hours}.")
        if "missing-reasons" not in defects:
            paras.append("Begrundelse: Mentorstøtte kan efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen. Vi har lagt vægt på din mentors vurdering af, at færre timer er nok, fordi du allerede møder stabilt i praktikken.")
    elif sub == "refusal":
        title = r.choice(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor"])
        paras.append(f"Du har den {fmt_date(d.start - timedelta(days=20), d.dstyle)} søgt om mentorstøtte. Vi giver dig afslag.")
        if "missing-reasons" not in defects:
            paras.append("Begrundelse: Vi har lagt vægt på, at du allerede får støtte af en elevcoach på skolen, som dækker dit behov. Mentorstøtte efter LAB § 167 kan kun gives, når støtten rækker ud over det, skolen normalt tilbyder.")
    elif sub == "extension":
        title = r.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"])
        per = period_text(d, over="duration-over-6-months" in defects)
        paras.append(f"Din mentorstøtte hos {d.prov} forlænges efter en konkret vurdering. Den nye periode er {per}, fortsat {hours}.")
        paras.append("Begrundelse: Din mentor oplyser, at du er tæt på at starte i løntilskud, og vi vurderer, at støtten fortsat er nødvendig, jf. LAB § 167, stk. 1, 2. pkt.")
    else:  # end
        title = r.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        paras.append(f"Din mentorstøtte ophører pr. {fmt_date(d.start, d.dstyle)}.")
        if "missing-reasons" not in defects:
            paras.append("Begrundelse: Vi har lagt vægt på, at du nu er i ordinært job 30 timer om ugen og ikke længere har brug for mentor, jf. LAB § 167.")
    if "missing-appeal-guidance" in defects:
        ap = r.choice(APPEAL_VAGUE + [""])
    elif "appeal-wrong-route" in defects:
        ap = APPEAL_DIRECT
    else:
        ap = r.choice(APPEAL_GOOD).format(kom=d.kom)
    if ap:
        paras.append("Klagevejledning: " + ap)
    paras.append(f"Med venlig hilsen {d.cw}, Jobcenter {d.kom}, sagsnr. {d.sagsnr}")
    if d.cpr:
        paras.insert(0, f"Vedr.: {name}, cpr.nr. {d.cpr}")
    else:
        paras.insert(0, f"Vedr.: {name}")
    return title, paras


# ---------------------------------------------------------------- surfaces (transforms)
MISHEAR = [("mentorstøtte", "mentor støtte"), ("Sagsbehandler", "sags behandler"),
           ("opfølgning", "opfølgningen"), ("praktik", "praktisk"), ("trekantsmøde", "tre kantsmøde"),
           ("e-Boks", "e boks"), ("løntilskud", "løn tilskud"), ("virksomhedspraktik", "virksomheds praktik")]


def dictate(text: str, r: random.Random) -> str:
    """Speech recognition: spoken punctuation, number words, misheard words, one paragraph."""
    t = text
    for a, b in MISHEAR:
        if r.random() < 0.5:
            t = t.replace(a, b)
    t = re.sub(r"\b(\d) (timer|t/uge|uger|måneder)", lambda m: NUMW.get(int(m.group(1)), m.group(1)) + " " + m.group(2), t)
    t = t.replace("t/uge", "timer om ugen").replace("§", "paragraf")
    if r.random() < 0.5:
        t = re.sub(r"\.(\n|\s+(?=[A-ZÆØÅ])|$)", r" punktum\1", t)
        t = t.replace(", ", " komma ").replace(": ", " kolon ")
        t = t.replace("\n", r.choice([" ny linje ", " nyt afsnit ", " "]))
    else:
        t = re.sub(r"\n+", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t[0].lower() + t[1:] if r.random() < 0.5 else t


def hyphen_wrap(text: str, width: int, r: random.Random) -> list[str]:
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            if len(line) + len(w) + 1 > width and line:
                if len(w) > 9 and r.random() < 0.5:
                    k = r.randint(4, len(w) - 4)
                    out.append(line + " " + w[:k] + "-")
                    line = w[k:]
                    continue
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def pdf_copy(title: str, fields, tail: list[str], d: Doc, cells_mode: str) -> str:
    """Text copied out of a PDF / case system: cells one per line or run together, headers, hyphens."""
    r = d.r
    bullet = r.choice(["\uf0b7", "ï‚·", "▪", "o", "\u2022\t"])
    header = r.choice([f"Jobcenter {d.kom} · Sagsnr. {d.sagsnr} · Udskrevet {fmt_date(d.start - timedelta(days=3), 1)} 10:14",
                       f"Side {{p}} af 2   {d.kom} Kommune – Beskæftigelse",
                       f"DUBU/Momentum udskrift – {d.fn} {d.ln}   side {{p}}"])
    lines = [header.format(p=1), title, ""]
    for lab, val in fields:
        if cells_mode == "one-per-line":
            lines.append(lab)
            if val:
                lines.extend(hyphen_wrap(val, r.randint(38, 60), r))
        elif cells_mode == "run-together":
            lines.append(f"{lab}{val}")
        else:  # bullets
            lines.append(f"{bullet} {lab}: {val}" if val else f"{bullet} {lab}:")
    for t in tail:
        lines.append("")
        lines.extend(hyphen_wrap(t, r.randint(60, 90), r))
    mid = max(4, len(lines) // 2 + r.randint(-3, 3))
    lines[mid:mid] = ["", header.format(p=2), ""]
    return "\n".join(lines)


def old_export(title: str, fields, tail: list[str], d: Doc, enc: str) -> str:
    r = d.r
    lines = [title.upper(), "=" * min(72, len(title)), ""]
    for lab, val in fields:
        lab_ = (lab + " ").ljust(22, ".") + ": "
        wrapped = textwrap.wrap(val, 72 - len(lab_)) or [""]
        lines.append(lab_ + wrapped[0])
        for w in wrapped[1:]:
            lines.append(" " * len(lab_) + w)
    for t in tail:
        lines.append("")
        lines.extend(textwrap.wrap(t, 72))
    text = "\n".join(lines)
    return encode_damage(text, enc)


def encode_damage(text: str, enc: str) -> str:
    if enc == "entities":
        for a, b in [("ø", "&oslash;"), ("å", "&aring;"), ("æ", "&aelig;"), ("Ø", "&Oslash;"),
                     ("Å", "&Aring;"), ("Æ", "&AElig;"), ("–", "&ndash;"), ("§", "&sect;")]:
            text = text.replace(a, b)
    elif enc == "qp":
        text = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif enc == "mojibake":
        text = text.encode("utf-8").decode("cp1252", errors="replace")
    return text


def prose_agreement(title, fields, ap, d: Doc) -> str:
    """Agreement as the mentor or caseworker would dictate it."""
    fv = dict(fields)
    parts = [f"{title}.", f"Aftalen er indgået mellem {fv['Borger']} og {fv['Mentor']}."]
    g = fv.get("Målet med mentorstøtten") or fv.get("Mål")
    parts.append(f"Målet med mentorstøtten er: {g}.")
    parts.append(f"Mentorens opgaver er at {fv['Mentorens opgaver'][0].lower() + fv['Mentorens opgaver'][1:]}." if fv["Mentorens opgaver"] != "-" else "Mentorens opgaver: -.")
    parts.append(f"Perioden er {fv['Periode']}.")
    parts.append(f"Timetallet er {fv['Timetal']}.")
    parts.append(f"Opfølgning: {fv['Opfølgning']}.")
    parts.append(f"Sagsbehandler er {fv['Sagsbehandler']}.")
    if ap:
        parts.append("Klagevejledning: " + ap)
    return "\n".join(parts)


# ---------------------------------------------------------------- writers
def write_docx(path: Path, paragraphs: list[str], title: str | None = None):
    import docx
    doc = docx.Document()
    if title:
        doc.add_paragraph(title)
    for p in paragraphs:
        doc.add_paragraph(p)
    fixed = datetime(2026, 11, 30, 12, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "journal"
    doc.save(path)


def write_pdf(path: Path, text: str, font="Courier", size=9):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fontname = font
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DVMono", cand))
            fontname = "DVMono"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(fontname, size)
    y = 800
    for line in text.split("\n"):
        if y < 50:
            c.showPage()
            c.setFont(fontname, size)
            y = 800
        c.drawString(40, y, line)
        y -= size + 3
    c.save()


def write_eml(path: Path, subject: str, body: str, d: Doc, sender: str, to: str, raw_8bit: bool = False):
    dt = datetime(2026, d.start.month, min(d.start.day, 28), 9, d.idx % 60)
    if raw_8bit:
        # broken gateway: declares 8bit but the body is quoted-printable text
        hdr = (f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {format_datetime(dt)}\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
        path.write_bytes((hdr + body + "\n").encode("utf-8"))
        return
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    m.set_content(body)
    path.write_bytes(bytes(m))


def write_html(path: Path, title: str, body_html: str):
    path.write_text(f"<html><head><title>{title}</title></head><body>\n{body_html}\n</body></html>\n",
                    encoding="utf-8")


# ---------------------------------------------------------------- plan of the corpus
AGR_DEFECTS = [set(), set(), set(), set(), set(), set(), set(), set(), set(),
               {"missing-hours"}, {"missing-follow-up"}, {"missing-appeal-guidance"},
               {"duration-over-6-months"}, {"unclear-goal"}, {"missing-mentor"}, {"missing-tasks"},
               {"missing-duration"}, {"missing-goal"}, {"missing-hours", "missing-follow-up"},
               {"missing-appeal-guidance", "unclear-goal"}, {"duration-over-6-months", "missing-mentor"},
               {"appeal-wrong-route"}, {"missing-appeal-guidance"}, {"missing-follow-up"},
               {"missing-hours"}, {"missing-mentor"}, {"udsk"}, {"weeks26"}, {"duration-over-6-months"},
               {"missing-tasks", "missing-appeal-guidance"}, set(), {"udsk"}]
AGR_SURFACES = ["dictation-txt", "dictation-docx", "dictation-eml", "pdfcopy-txt", "pdfcopy-eml",
                "pdfcopy-docx", "export-txt", "export-html", "export-pdf", "export-eml-qp", "sms-txt",
                "sms-eml"]

MP_DEFECTS = [set(), set(), set(), set(), set(), set(), {"missing-hours"}, {"missing-mentor"},
              {"duration-over-6-months"}, {"unclear-goal"}, {"missing-tasks"}, {"missing-duration"},
              {"missing-goal"}, {"missing-hours", "unclear-goal"}, set(), {"duration-over-6-months"},
              {"missing-mentor"}]
MP_SURFACES = ["pdfcopy-txt", "pdfcopy-docx", "pdfcopy-eml", "export-txt", "export-html", "export-pdf",
               "dictation-txt"]

DEC_PLAN = [("grant", set()), ("grant", set()), ("grant", {"duration-over-6-months"}),
            ("grant", {"missing-appeal-guidance"}), ("partial", set()), ("partial", {"missing-appeal-guidance"}),
            ("partial", {"missing-reasons"}), ("refusal", set()), ("refusal", {"missing-appeal-guidance"}),
            ("refusal", {"missing-reasons"}), ("refusal", {"appeal-wrong-route"}), ("extension", set()),
            ("extension", {"duration-over-6-months"}), ("end", set()), ("end", {"missing-appeal-guidance"}),
            ("grant", set()), ("extension", set()), ("extension", {"missing-appeal-guidance"}),
            ("grant", {"appeal-wrong-route"}), ("partial", set())]
DEC_SURFACES = ["pdfcopy-txt", "pdfcopy-eml", "pdfcopy-docx", "export-txt", "export-html", "export-pdf",
                "dictation-txt", "export-eml-qp"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/id")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(a.seed)
    entries = []
    idx = 0

    def entry(rel, fmt, kind, sub, layout, rules, extras, d, traits, period=None):
        mnc = []
        if d is not None and d.cpr:
            mnc = [d.cpr, d.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": traits}
        if period:
            e["period"] = period
        entries.append(e)

    def emit(kind, sub, surface, title, fields, tail, d, rules, extras, base):
        """Render one document with a surface; fields = [(label, value)], tail = paragraphs."""
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser"}[kind]
        (out / folder).mkdir(exist_ok=True)
        stem = f"{folder}/{d.idx:03d}-{base}"
        traits = [f"surface:{surface}"]
        if surface.startswith("dictation"):
            if kind == "agreement":
                ap_ = tail[0] if tail else ""
                text = prose_agreement(title, fields, ap_, d)
            else:
                text = title + "\n" + "\n".join(f"{l}: {v}" for l, v in fields) + "\n" + "\n".join(tail)
            text = dictate(text, r)
            intro = r.choice(["Diktat (talegenkendelse) – ikke korrekturlæst: ", "Notat dikteret på mobil: ", ""])
            text = intro + text
            if surface.endswith("txt"):
                p = stem + ".txt"
                (out / p).write_text(text + "\n", encoding="utf-8")
                fmt = "txt"
            elif surface.endswith("docx"):
                p = stem + ".docx"
                write_docx(out / p, [text])
                fmt = "docx"
            else:
                p = stem + ".eml"
                write_eml(out / p, title, text + "\n\nSendt fra min iPhone", d,
                          f"{d.mentor} <{d.email}>", f"jobcenter@{d.kom.lower().replace('æ','ae').replace('ø','oe')}.dk")
                fmt = "eml"
        elif surface.startswith("pdfcopy"):
            mode = r.choice(["one-per-line", "one-per-line", "run-together", "bullets"])
            traits.append(f"cells:{mode}")
            text = pdf_copy(title, fields, tail, d, mode)
            if surface.endswith("txt"):
                p = stem + ".txt"
                (out / p).write_text(text + "\n", encoding="utf-8")
                fmt = "txt"
            elif surface.endswith("docx"):
                p = stem + ".docx"
                write_docx(out / p, text.split("\n"))
                fmt = "docx"
            else:
                p = stem + ".eml"
                body = r.choice(["Hej\n\nJeg har kopieret det ind herunder fra sagen, så du har det.\n\n",
                                 "Til orientering – indsat fra PDF:\n\n", ""]) + text + f"\n\n-- \n{d.cw}\nJobcenter {d.kom}"
                write_eml(out / p, r.choice([title, "VS: " + title, "Kopi: " + title]), body, d,
                          f"{d.cw} <jc@{d.kom.lower().replace('æ','ae').replace('ø','oe')}.dk>",
                          f"{d.mentor} <{d.email}>")
                fmt = "eml"
        elif surface.startswith("export"):
            enc = r.choice(["entities", "plain", "mojibake", "qp"]) if surface == "export-txt" else (
                "entities" if surface == "export-html" else ("qp" if surface == "export-eml-qp" else "plain"))
            traits.append(f"enc:{enc}")
            if surface == "export-html":
                raw = old_export(title, fields, tail, d, "plain")
                esc = raw.replace("&", "&amp;").replace("<", "&lt;")
                esc = encode_damage(esc, "entities")
                if r.random() < 0.5:
                    esc = esc.replace("&oslash;", "&amp;oslash;").replace("&aring;", "&amp;aring;")
                    traits.append("double-escaped")
                p = stem + ".html"
                write_html(out / p, encode_damage(title, "entities"), "<pre>\n" + esc + "\n</pre>")
                fmt = "html"
            elif surface == "export-pdf":
                p = stem + ".pdf"
                write_pdf(out / p, old_export(title, fields, tail, d, "plain"))
                fmt = "pdf"
            elif surface == "export-eml-qp":
                p = stem + ".eml"
                body = old_export(title, fields, tail, d, "plain")
                write_eml(out / p, title, quopri.encodestring(body.encode("utf-8")).decode("ascii"), d,
                          f"noreply@{d.kom.lower().replace('æ','ae').replace('ø','oe')}.dk", f"{d.fn.lower()}@mail.dk",
                          raw_8bit=True)
                fmt = "eml"
            else:
                p = stem + ".txt"
                (out / p).write_text(old_export(title, fields, tail, d, enc) + "\n", encoding="utf-8")
                fmt = "txt"
        else:
            raise ValueError(surface)
        entry(p, fmt, kind, sub, surface, rules, extras, d, traits,
              None if "missing-duration" in rules else {"start": d.start.isoformat(), "end": d.end.isoformat()})

    # ---------------- agreements
    for defects in AGR_DEFECTS:
        idx += 1
        d = Doc(r, idx)
        if r.random() < 0.3:
            d.make_cpr()
        surface = AGR_SURFACES[idx % len(AGR_SURFACES)]
        if surface.startswith("dictation"):
            d.dstyle = 0
        rules = {x for x in defects if x in RULES}
        extras = {x for x in defects if x in ("missing-reasons", "appeal-wrong-route")}
        if surface.startswith("sms"):
            write_sms_agreement(out, d, defects, rules, extras, surface, entry, r)
            continue
        title, fields, ap_ = build_agreement(d, defects)
        if "missing-appeal-guidance" in defects and ap_ == "":
            tail = []
        else:
            tail = [("Klagevejledning: " + ap_) if not surface.startswith("dictation") else ap_]
        if surface.startswith("dictation"):
            tail = [ap_] if ap_ else []
        emit("agreement", "agreement", surface, title, fields, tail, d, rules, extras, "aftale")
        for t in sorted(defects & {"udsk", "weeks26"}):
            entries[-1]["traits"].append("case:" + t)

    # ---------------- min plan
    for defects in MP_DEFECTS:
        idx += 1
        d = Doc(r, idx)
        if r.random() < 0.25:
            d.make_cpr()
        surface = MP_SURFACES[idx % len(MP_SURFACES)]
        if surface.startswith("dictation"):
            d.dstyle = 0
        title, fields = build_minplan(d, defects)
        rules = {x for x in defects if x in RULES}
        emit("minplan", "minplan", surface, title, fields, [], d, rules, set(), "minplan")

    # ---------------- decisions
    for sub, defects in DEC_PLAN:
        idx += 1
        d = Doc(r, idx)
        if r.random() < 0.25:
            d.make_cpr()
        surface = DEC_SURFACES[idx % len(DEC_SURFACES)]
        if surface.startswith("dictation"):
            d.dstyle = 0
        title, paras = build_decision(d, sub, defects)
        rules = {x for x in defects if x in RULES}
        extras = {x for x in defects if x not in RULES}
        if sub in ("refusal", "end"):
            d.end = d.start  # no support period
        emit("decision", sub, surface, title, [], paras, d, rules, extras, sub)
        if sub in ("refusal", "end"):
            entries[-1].pop("period", None)

    # ---------------- look-alikes
    idx = write_unknowns(out, r, idx, entry)
    from_path = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    from_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


def write_sms_agreement(out, d: Doc, defects, rules, extras, surface, entry, r):
    """A mentor's SMS that writes down what was agreed today. SMS carries no appeal guidance."""
    (out / "aftaler").mkdir(exist_ok=True)
    d.dstyle = r.choice([0, 2])
    goal = goal_unclear(d) if "unclear-goal" in defects else goal_good(d)
    per = period_text(d, over="duration-over-6-months" in defects, missing="missing-duration" in defects)
    hrs = r.choice(["efter behov", "et par timer om ugen"]) if "missing-hours" in defects else hours_text(d)
    fol = "vi tager den løbende" if "missing-follow-up" in defects else "status med din sagsbehandler hver måned og evaluering 14 dage før slut"
    contact = "" if "missing-mentor" in defects else f" ({d.phone})"
    body = (f"Hej {d.fn} :) Her er det vi blev enige om i dag skrevet ned, så du har det: "
            f"Mål: {goal}. Jeg er din mentor{contact}. Det jeg skal hjælpe med: {tasks_text(d)}. "
            f"Periode: {per}. Timer: {hrs}. Opfølgning: {fol}. "
            f"Aftalen er godkendt af {d.cw}, Jobcenter {d.kom}. "
            + ("" if "missing-appeal-guidance" in defects else
               APPEAL_DIRECT + " " if "appeal-wrong-route" in defects else
               f"Er du uenig, kan du klage til Jobcenter {d.kom} inden 4 uger – de genvurderer, og ellers går klagen til Ankestyrelsen. ")
            + f"Mvh {d.mentor.split()[0]} / {d.prov}")
    # SMS can't carry a full agreement without guidance: every sms agreement lacks guidance unless text added
    if surface == "sms-txt":
        p = f"aftaler/{d.idx:03d}-sms-aftale.txt"
        stamp = f"SMS fra {d.mentor.split()[0]} {d.prov} {fmt_date(d.start - timedelta(days=2), 1)} 14:32\n"
        (out / p).write_text(stamp + body + "\n", encoding="utf-8")
        fmt = "txt"
    else:
        p = f"aftaler/{d.idx:03d}-sms-aftale.eml"
        write_eml(out / p, f"SMS fra +45 {d.phone}", body, d, f"sms-gateway@{d.prov.split()[0].lower()}.dk",
                  f"{d.fn.lower()}.{d.ln.lower().replace('ø','oe')}@mail.dk")
        fmt = "eml"
    entry(p, fmt, "agreement", "agreement", surface, rules, extras, d, [f"surface:{surface}"],
          {"start": d.start.isoformat(), "end": d.end.isoformat()})


def write_unknowns(out: Path, r: random.Random, idx: int, entry) -> int:
    (out / "andet").mkdir(exist_ok=True)
    docs = []

    def nd():
        nonlocal idx
        idx += 1
        return Doc(r, idx)

    # 1 SMS reminder of a meeting
    d = nd()
    p = f"andet/{d.idx:03d}-sms-moede.txt"
    (out / p).write_text(f"SMS fra {d.mentor.split()[0]} {fmt_date(d.start, 1)} 08:12\nHej {d.fn}, husk vi ses i morgen kl 10 ved biblioteket. Tag dit NemID/MitID med, så kigger vi på jobnet sammen. Mvh {d.mentor.split()[0]}\n", encoding="utf-8")
    docs.append((p, "txt", "sms-reminder", d))
    # 2 dictated status report
    d = nd(); d.make_cpr()
    txt = dictate(f"Statusrapport mentorforløb. Borger {d.fn} {d.ln}, cpr {d.cpr}. Periode 1. marts til 31. maj. {d.fn} er mødt op til 9 ud af 12 samtaler. Vi har arbejdet med transport og morgenrutiner. {d.fn} er startet i praktik i Føtex to dage om ugen. Næste status sendes om en måned. {d.mentor}, {d.prov}.", r)
    p = f"andet/{d.idx:03d}-status-diktat.txt"
    (out / p).write_text(txt + "\n", encoding="utf-8")
    docs.append((p, "txt", "status-dictated", d))
    # 3 invoice fixed width
    d = nd()
    inv = "\n".join([f"{d.prov.upper()}", "FAKTURA NR. 2026-0" + str(r.randint(100, 999)), "",
                     f"Til: Jobcenter {d.kom}, Økonomi", f"Vedr.: Mentorstøtte {d.fn} {d.ln[0]}. (sagsnr. {d.sagsnr})", "",
                     "Periode".ljust(30) + "Timer".rjust(8) + "Sats".rjust(10) + "Beløb".rjust(12),
                     "-" * 60,
                     "Marts 2026".ljust(30) + "12".rjust(8) + "495,00".rjust(10) + "5.940,00".rjust(12),
                     "April 2026".ljust(30) + "10".rjust(8) + "495,00".rjust(10) + "4.950,00".rjust(12),
                     "-" * 60, "I alt ekskl. moms".ljust(48) + "10.890,00".rjust(12), "",
                     "Betaling 30 dage netto. Reg. 1234 konto 0012345678."])
    p = f"andet/{d.idx:03d}-faktura.pdf"
    write_pdf(p and out / p, inv)
    docs.append((p, "pdf", "invoice-fixedwidth", d))
    # 4 guidance copied from PDF listing all fields
    d = nd()
    g = ("Sådan udfylder du mentoraftalen\nVejledning til medarbejdere i Jobcenter " + d.kom + "\n\n"
         "Aftalen skal som minimum indeholde:\n\uf0b7 målet med mentorstøtten\n\uf0b7 mentorens navn og kontaktdata\n"
         "\uf0b7 hvilke opgaver mentoren skal bistå ved\n\uf0b7 varigheden af aftalen og opfølgning – inklusiv mål for\nprogression\n"
         "\uf0b7 timetallet for mentorstøtten\n\uf0b7 klagevejledning\n\nSide 1 af 3   Intern vejledning – mentor\n\n"
         "Mentorstøtte gives i højst 6 måneder ad gangen, jf. LAB § 167. Klagefristen er 4 uger, og klagen sendes til kommunen, der genvurderer og sender videre til Ankestyrelsen.\n")
    p = f"andet/{d.idx:03d}-vejledning-pdfkopi.txt"
    (out / p).write_text(g, encoding="utf-8")
    docs.append((p, "txt", "guidance-pdfcopy", d))
    # 5 minutes of team meeting, dictated, eml
    d = nd()
    t = dictate(f"Referat af teammøde i mentorteamet. Til stede: {d.mentor}, {d.cw}. Punkt 1: nye henvisninger, vi har fået fire nye forløb. Punkt 2: fordeling af mentorer efter sommerferien. Punkt 3: eventuelt. Næste møde tirsdag i uge 12.", r)
    p = f"andet/{d.idx:03d}-referat-teammoede.eml"
    write_eml(out / p, "Referat teammøde", t, d, f"{d.cw} <team@{d.prov.split()[0].lower()}.dk>", "mentorteam@liste.dk")
    docs.append((p, "eml", "minutes-dictated", d))
    # 6 partshøring copied from case system
    d = nd(); d.make_cpr()
    t = (f"Momentum udskrift – {d.fn} {d.ln}   side 1\nPartshøring – påtænkt ophør af mentorstøtte\n\nCPR-nr.\n{d.cpr}\n"
         f"Vi overvejer at stoppe din mentorstøtte hos {d.prov}, fordi du ikke er mødt til de sidste fire aftaler. Før vi træffer afgørelse, får du mulighed for at komme med dine bemærkninger. Send dem senest 14 dage efter modtagelsen af dette brev.\n\n{d.cw}\nJobcenter {d.kom}\n")
    p = f"andet/{d.idx:03d}-partshoering.txt"
    (out / p).write_text(t, encoding="utf-8")
    docs.append((p, "txt", "hearing-pdfcopy", d))
    # 7 Ankestyrelsen ruling, old export html with entities
    d = nd()
    t = (f"ANKESTYRELSENS AFGØRELSE\n\nAnkestyrelsen har behandlet din klage over Jobcenter {d.kom}s afgørelse af {fmt_date(d.start, 0)} om ophør af mentorstøtte.\n"
         "Resultat: Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at kommunen har truffet den rigtige afgørelse.\n"
         "Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed.")
    esc = encode_damage(t.replace("&", "&amp;"), "entities").replace("\n", "<br>\n")
    p = f"andet/{d.idx:03d}-ankestyrelsen.html"
    write_html(out / p, "Ankestyrelsen", esc)
    docs.append((p, "html", "appeal-ruling-entities", d))
    # 8 bestilling af mentorforløb, qp-damaged
    d = nd()
    t = (f"Bestilling af mentorforløb\n\nJobcenter {d.kom} bestiller hermed et mentorforløb hos {d.prov} til borger {d.fn} {d.ln}.\n"
         "Forventet start: " + fmt_date(d.start, 0) + ". Omfang: 3 timer pr. uge. Leverandøren bedes sende forslag til mentor og opstartsdato.\n"
         f"Kontakt: {d.cw}, tlf. {d.phone}.")
    p = f"andet/{d.idx:03d}-bestilling.txt"
    (out / p).write_text(encode_damage(t, "qp") + "\n", encoding="utf-8")
    docs.append((p, "txt", "order-qp", d))
    # 9 chat summary between caseworker and mentor (internal), docx
    d = nd()
    lines = [f"[09:41] {d.cw}: har du fået lavet aftalen med {d.fn} færdig?",
             f"[09:43] {d.mentor}: næsten, mangler lige at snakke timer med hende",
             f"[09:43] {d.cw}: ok, husk at den skal i e-boks inden fredag",
             f"[09:44] {d.mentor}: 👍 sender den i morgen"]
    p = f"andet/{d.idx:03d}-teams-chat.docx"
    write_docx(out / p, lines, "Teams-chat (kopieret)")
    docs.append((p, "docx", "chat-internal", d))
    # 10 private club mentor agreement, dictated
    d = nd()
    t = dictate(f"Mentoraftale i {d.kom} Boldklub. Ungdomstræner {d.mentor} er mentor for spilleren {d.fn} i sæsonen 2026. Målet er at {d.fn} bliver en del af førsteholdstruppen og hjælper med træning af U10. Vi mødes en gang om måneden. Aftalen er frivillig og kan opsiges af begge parter.", r)
    p = f"andet/{d.idx:03d}-klub-mentoraftale.txt"
    (out / p).write_text(t + "\n", encoding="utf-8")
    docs.append((p, "txt", "private-club-dictated", d))
    # 11 newsletter html with mojibake
    d = nd()
    t = encode_damage(f"Nyhedsbrev fra {d.prov} – forår 2026\nVi har fået nye mentorer i teamet og holder åbent hus den 12. maj. Kom og hør om, hvordan mentorstøtte kan hjælpe borgere i job eller uddannelse.", "mojibake")
    p = f"andet/{d.idx:03d}-nyhedsbrev.html"
    write_html(out / p, "Nyhedsbrev", "<p>" + t.replace("\n", "</p>\n<p>") + "</p>")
    docs.append((p, "html", "newsletter-mojibake", d))
    # 12 mentor's final evaluation, pdf copy to eml
    d = nd()
    t = (f"Afsluttende evaluering – mentorforløb\n\n{d.fn} {d.ln}\n\nForløbet er afsluttet {fmt_date(d.start, 0)}. {d.fn} er startet på ordinær uddannelse og har ikke længere behov for mentor. Målene er nået: fast fremmøde og egen transport.\n\nSide 1 af 1   {d.prov}")
    p = f"andet/{d.idx:03d}-slutevaluering.eml"
    write_eml(out / p, "Slutevaluering", t + f"\n\n-- \n{d.mentor}\n{d.prov}", d, f"{d.mentor} <{d.email}>", f"jc@{d.kom.lower().replace('æ','ae').replace('ø','oe')}.dk")
    docs.append((p, "eml", "final-evaluation", d))
    # 13 receipt of application, SMS-ish notice
    d = nd()
    t = f"Digital Post fra {d.kom} Kommune\nDu har fået et nyt brev: 'Kvittering for modtagelse af ansøgning om mentorstøtte'. Log på borger.dk for at læse det.\n"
    p = f"andet/{d.idx:03d}-digital-post-notits.txt"
    (out / p).write_text(t, encoding="utf-8")
    docs.append((p, "txt", "dp-notice", d))
    # 14 appointment mail
    d = nd()
    p = f"andet/{d.idx:03d}-moedeaftale.eml"
    write_eml(out / p, "Mødeaftale", f"Hej {d.fn}\n\nJeg bekræfter vores møde torsdag den {fmt_date(d.start, 0)} kl. 13.00 i Jobcenter {d.kom}, mødelokale 2. Din mentor {d.mentor} deltager også.\n\nMvh\n{d.cw}", d,
              f"{d.cw} <jc@{d.kom.lower().replace('æ','ae').replace('ø','oe')}.dk>", f"{d.fn.lower()}@mail.dk")
    docs.append((p, "eml", "appointment", d))
    # 15 blank template copied from a PDF form
    d = nd()
    t = ("Side 1 af 1   Skabelon – mentoraftale\nAftale om mentorstøtte\n\nBorger\n\nMålet med mentorstøtten\n\n"
         "Mentor (navn og kontaktdata)\n\nMentorens opgaver\n\nPeriode\n\nTimetal pr. uge\n\nOpfølgning\n\n"
         "Klagevejledning: Hvis du ikke er enig, kan du klage til kommunen inden fire uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen.\n")
    p = f"andet/{d.idx:03d}-skabelon-pdfkopi.docx"
    write_docx(out / p, t.split("\n"))
    docs.append((p, "docx", "blank-template", d))
    # 16 provider contract, old export wrapped
    d = nd()
    t = old_export(f"Samarbejdsaftale om levering af mentorydelser mellem {d.kom} Kommune og {d.prov}",
                   [("Parter", f"{d.kom} Kommune, Jobcenter og {d.prov}"), ("Ydelse", "Mentorstøtte efter LAB § 167 til borgere henvist af jobcentret"),
                    ("Pris", "495 kr. pr. time ekskl. moms"), ("Gyldighed", "1. januar 2026 – 31. december 2027"),
                    ("Opsigelse", "3 måneders varsel til udgangen af en måned")], [], d, "entities")
    p = f"andet/{d.idx:03d}-samarbejdsaftale.txt"
    (out / p).write_text(t + "\n", encoding="utf-8")
    docs.append((p, "txt", "provider-contract-export", d))
    for p, fmt, layout, d in docs:
        entry(p, fmt, "unknown", "unknown", layout, set(), set(), d, [f"surface:{layout}"])
    return idx


if __name__ == "__main__":
    main()
