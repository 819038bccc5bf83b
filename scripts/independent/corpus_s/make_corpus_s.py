#!/usr/bin/env python3
"""Independent evaluation corpus 's': how mentor documents end up in a municipal archive.

Usage: make_corpus_s.py --out /work/corpora/s --seed 53
"""
import argparse
import calendar
import copy
import datetime as dt
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
FIRST = ["Anna", "Mette", "Ahmed", "Jonas", "Sofie", "Kasper", "Leila", "Mikkel", "Nanna", "Rasmus",
         "Fatima", "Emil", "Camilla", "Tobias", "Ida", "Omar", "Line", "Frederik", "Sara", "Mads"]
LAST = ["Østergaard", "Kjær", "Bundgaard", "Vestergaard", "Holm", "Lykke", "Dam", "Brandt", "Thorsen",
        "Skov", "Bech", "Fogh", "Winther", "Møller", "Svendsen", "Krog", "Hald", "Riis"]
TOWNS = ["Nordby", "Vesterå", "Søndermark", "Egeskov", "Havnsø", "Bakkely", "Lundtofte Syd", "Fjordlund"]
ESDH = ["Akta 5", "SagsNet", "DokuFlow", "ArkivPro ESDH", "JournalX"]
PROVIDERS = ["Jobhuset", "Mentorkompagniet ApS", "Broen Mentor", "Kommunens Mentorkorps", "Trinet Consult"]

GOALS_CLEAR = [
    "{c} starter på SOSU-hjælperuddannelsen senest 1. {m} og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik på lageret hos Netto i {t} fire dage om ugen, med henblik på løntilskud.",
    "{c} gennemfører grundforløb 1 på EUC {t} med højst to dages fravær pr. måned.",
    "{c} fastholder sit fleksjob som pedelmedhjælper på {t} Skole og møder alle aftalte dage.",
    "{c} kommer i ordinær beskæftigelse som chauffør, og har søgt mindst to stillinger om ugen.",
    "{c} møder stabilt i praktik i køkkenet på plejecentret i {t}, tre dage om ugen, med henblik på ansættelse.",
    "{c} begynder på HF-enkeltfag (dansk og matematik) og afleverer alle skriftlige afleveringer til tiden.",
    "{c} fastholder sin ansættelse som butiksassistent hos Føtex i {t} med fuldt fremmøde.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Struktur på hverdagen og bedre selvværd.",
    "Sikre at {c} bliver motiveret.",
    "Hjælp til at få det bedre og komme tættere på arbejdsmarkedet.",
    "At {c} får mere ro og trivsel i hverdagen.",
]
TASKS = [
    "følge {c} til praktikstedet de første to uger og tage en samtale om fremmøde og transport hver uge",
    "hjælpe {c} med at planlægge ugen, så mødetider på skolen overholdes, og tage kontakt til studievejlederen",
    "støtte {c} i kontakten med arbejdspladsen og tage den første samtale med lederen sammen med {c}",
    "hjælpe med jobsøgning, CV og forberedelse til samtaler samt ledsage til samtaler efter aftale",
    "være bindeled mellem {c} og uddannelsesstedet og hjælpe med at finde bolig tæt på skolen",
]
FOLLOW = [
    "Opfølgning: Statusmøde med mentor, {c} og sagsbehandler hver måned. Progression måles på fremmøde; delmål: fremmøde fire dage om ugen efter to måneder. Evaluering 14 dage før periodens udløb.",
    "Opfølgning: Vi følger op hver 3. måned og altid 14 dage inden støtteperioden ophører. Mål for progression: {c} møder selv op uden påmindelse.",
    "Opfølgning og progression: Midtvejsevaluering efter tre måneder og slutevaluering sammen med {c}. Delmål: {c} klarer transporten selv.",
]


FOLLOW_PLAIN = "Opfølgning: Statusmøde med mentor, {c} og sagsbehandler hver måned. Progression vurderes ud fra, om {c} selv møder op uden påmindelse."


def ucfirst(s):
    return s[:1].upper() + s[1:]


def fmt_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def period_end(start, months):
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_range(rng, a, b):
    s = rng.choice(["long", "dots", "slash", "fom", "iso", "long2"])
    if s == "long":
        return f"{fmt_long(a)} – {fmt_long(b)}"
    if s == "long2":
        return f"fra {fmt_long(a)} til {fmt_long(b)}"
    if s == "dots":
        return f"{a:%d.%m.%Y}-{b:%d.%m.%Y}"
    if s == "slash":
        return f"{a.day}/{a.month}-{a.year} til {b.day}/{b.month}-{b.year}"
    if s == "fom":
        return f"f.o.m. {a.day}.{a.month}.{a.year} t.o.m. {b.day}.{b.month}.{b.year}"
    return f"{a.isoformat()} til {b.isoformat()}"


class Ctx:
    """Everything one document is made of."""

    def __init__(self, rng, year=None):
        self.rng = rng
        self.citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cfirst = self.citizen.split()[0]
        self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        while self.mentor.split()[0] == self.cfirst:
            self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.case_worker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.town = rng.choice(TOWNS)
        self.provider = rng.choice(PROVIDERS)
        self.esdh = rng.choice(ESDH)
        year = year or rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2025, 2026, 2026])
        month = rng.randint(1, 12) if year < 2026 else rng.randint(1, 10)
        self.start = dt.date(year, month, rng.choice([1, 1, 1, 15, 4, 10]))
        self.letter_date = self.start - dt.timedelta(days=rng.randint(3, 20))
        self.era = "old" if self.letter_date < dt.date(2020, 1, 1) else (
            "mid" if self.letter_date < dt.date(2026, 2, 1) else "new")
        self.sender = f"Jobcenter {self.town}" if self.era != "new" else f"{self.town} Kommune"
        self.body_word = "jobcentret" if self.era != "new" else "kommunen"
        self.law = ("lov om en aktiv beskæftigelsesindsats § 31 b" if self.era == "old"
                    else "lov om en aktiv beskæftigelsesindsats § 167, stk. 1")
        yy = self.letter_date.year % 100
        self.journal = f"15.20.{rng.choice([12, 14, 16])}-G01-{rng.randint(10, 999)}-{yy:02d}"
        self.docno = rng.randint(100000, 999999)
        self.phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.email = f"{self.mentor.split()[0].lower()}.{rng.randint(1, 99)}@{self.provider.split()[0].lower()}.dk"
        self.email = self.email.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.hours = rng.choice([1, 2, 2, 3, 3, 4, 5])

    def c(self, s):
        return s.format(c=self.cfirst, t=self.town, m=MONTHS[(self.start.month + 1) % 12] + f" {self.start.year}")


def appeal_text(ctx, mode):
    b = ctx.body_word
    B = b[0].upper() + b[1:]
    if mode == "full":
        return (f"Hvis du ikke er enig i afgørelsen, skal du klage til {b} inden fire uger, efter du har "
                f"modtaget den. {B} genvurderer afgørelsen inden fire uger. Fastholder {b} afgørelsen, sendes "
                f"klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (lov om en aktiv beskæftigelsesindsats "
                f"§ 204, retssikkerhedsloven kap. 10). Du kan klage mundtligt eller skriftligt.")
    if mode == "full2":
        return (f"Sådan klager du: Send din klage til {b} senest 4 uger efter, at du har modtaget brevet. "
                f"{B} vurderer sagen igen, og hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen.")
    if mode == "none":
        return "Du kan klage over afgørelsen."
    if mode == "nodeadline":
        return f"Hvis du ikke er enig, kan du klage til {b}. {B} ser på sagen igen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes."
    raise ValueError(mode)


# ---------------------------------------------------------------- document model
# blocks: ("title", t) ("h", t) ("p", t) ("kv", label, value) ("trk", [segments]) where segment is
# ("t", text) | ("del", text) | ("ins", text); ("sdt", label, value_or_None); ("comment", text, note)


def visible_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("title", "h", "p"):
            out.append(b[1])
        elif b[0] == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif b[0] == "trk":
            out.append("".join(s[1] for s in b[1] if s[0] != "del"))
        elif b[0] == "sdt":
            out.append(f"{b[1]}: {b[2] if b[2] else ''}")
        elif b[0] == "comment":
            out.append(b[1])
    return "\n".join(out)


# ---------------------------------------------------------------- agreements
AG_DEFECTS = ["omit-goal", "merge-goal", "vague-goal", "omit-mentor", "mentor-no-contact", "merge-mentor",
              "omit-tasks", "omit-duration", "merge-duration", "omit-follow-up", "omit-hours", "vague-hours",
              "merge-hours", "appeal-none", "appeal-omitted", "appeal-nodeadline", "over-6"]
DEFECT_RULE = {
    "omit-goal": "missing-goal", "merge-goal": "missing-goal", "vague-goal": "unclear-goal",
    "omit-mentor": "missing-mentor", "mentor-no-contact": "missing-mentor", "merge-mentor": "missing-mentor",
    "omit-tasks": "missing-tasks", "omit-duration": "missing-duration", "merge-duration": "missing-duration",
    "omit-follow-up": "missing-follow-up", "omit-hours": "missing-hours", "vague-hours": "missing-hours",
    "merge-hours": "missing-hours", "appeal-none": "missing-appeal-guidance",
    "appeal-omitted": "missing-appeal-guidance", "appeal-nodeadline": "missing-appeal-guidance",
    "over-6": "duration-over-6-months", "trk-del-hours": "missing-hours", "sdt-empty-tasks": "missing-tasks",
}
CONFLICT = [{"omit-goal", "merge-goal", "vague-goal"}, {"omit-mentor", "mentor-no-contact", "merge-mentor"},
            {"omit-duration", "merge-duration", "over-6"}, {"omit-hours", "vague-hours", "merge-hours"},
            {"appeal-none", "appeal-omitted", "appeal-nodeadline"}]


def pick_defects(rng, pool, p_clean=0.42):
    r = rng.random()
    if r < p_clean:
        return []
    n = 1 if r < 0.85 else 2
    while True:
        ds = [rng.choice(pool) for _ in range(n)]
        if len(set(ds)) == n and not any(len(set(ds) & g) > 1 for g in CONFLICT):
            return ds


def agreement_fields(ctx, defects, months=None):
    """Return dict of field -> list of blocks, plus period."""
    rng = ctx.rng
    f = {}
    months = months or rng.choice([3, 4, 6, 6, 6])
    if "over-6" in defects:
        months = rng.choice([7, 8, 9, 12])
    end = period_end(ctx.start, months)
    period = (ctx.start, end)
    # goal
    if "omit-goal" in defects:
        f["goal"] = []
    elif "merge-goal" in defects:
        f["goal"] = [("kv", "Målet med mentorstøtten", rng.choice(["«Mål_tekst»", "[INDSÆT MÅL]"]))]
    elif "vague-goal" in defects:
        f["goal"] = [("kv", "Målet med mentorstøtten", ctx.c(rng.choice(GOALS_UNCLEAR)))]
    else:
        pool = GOALS_CLEAR if not set(defects) & {"omit-duration", "merge-duration"} else [g for g in GOALS_CLEAR if "{m}" not in g]
        f["goal"] = [("kv", rng.choice(["Målet med mentorstøtten", "Mål", "Formål"]), ctx.c(rng.choice(pool)))]
    # mentor
    contact = rng.choice([f"tlf. {ctx.phone}", f"e-mail {ctx.email}", f"tlf. {ctx.phone}, {ctx.email}"])
    if "omit-mentor" in defects:
        f["mentor"] = []
    elif "mentor-no-contact" in defects:
        f["mentor"] = [("kv", "Mentor", f"{ctx.mentor}, {ctx.provider}")]
    elif "merge-mentor" in defects:
        f["mentor"] = [("kv", "Mentorens navn og kontaktdata", "«Mentor_navn», tlf. «Mentor_tlf»")]
    else:
        f["mentor"] = [("kv", rng.choice(["Mentor", "Mentorens navn og kontaktdata"]), f"{ctx.mentor}, {ctx.provider}, {contact}")]
    # tasks
    f["tasks"] = [] if "omit-tasks" in defects else [("kv", "Mentorens opgaver", ucfirst(ctx.c(rng.choice(TASKS))))]
    # duration
    if "omit-duration" in defects:
        f["duration"] = []
        period = None
    elif "merge-duration" in defects:
        f["duration"] = [("kv", "Periode", "[INDSÆT] – [INDSÆT]")]
        period = None
    else:
        f["duration"] = [("kv", rng.choice(["Periode", "Varighed", "Aftalens varighed"]), fmt_range(rng, *period))]
    # follow-up
    if "omit-follow-up" in defects:
        f["follow"] = []
    elif set(defects) & {"omit-goal", "merge-goal", "omit-duration", "merge-duration"}:
        f["follow"] = [("p", ctx.c(FOLLOW_PLAIN))]
    else:
        f["follow"] = [("p", ctx.c(rng.choice(FOLLOW)))]
    # hours
    if "omit-hours" in defects:
        f["hours"] = []
    elif "vague-hours" in defects:
        f["hours"] = [("kv", "Timetal", rng.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"]))]
    elif "merge-hours" in defects:
        f["hours"] = [("kv", "Timetal", "«Timetal» pr. uge")]
    else:
        f["hours"] = [("kv", rng.choice(["Timetal", "Antal timer", "Timer pr. uge"]),
                       rng.choice([f"{ctx.hours} timer pr. uge", f"{ctx.hours} t/uge", f"{ctx.hours} timer ugentligt"]))]
    # appeal
    if "appeal-omitted" in defects:
        f["appeal"] = []
    elif "appeal-none" in defects:
        f["appeal"] = [("h", "Klagevejledning"), ("p", appeal_text(ctx, "none"))]
    elif "appeal-nodeadline" in defects:
        f["appeal"] = [("h", "Klagevejledning"), ("p", appeal_text(ctx, "nodeadline"))]
    else:
        f["appeal"] = [("h", "Klagevejledning"), ("p", appeal_text(ctx, rng.choice(["full", "full2"])))]
    return f, period


def agreement_blocks(ctx, f, title="Mentoraftale", intro=None):
    rng = ctx.rng
    blocks = [("title", title), ("p", f"{ctx.sender} · {fmt_long(ctx.letter_date)}"),
              ("kv", "Borger", ctx.citizen)]
    if intro:
        blocks.append(("p", intro))
    else:
        blocks.append(("p", f"Aftalen er indgået efter {ctx.law}." if ctx.era != "old" else
                       f"Aftalen er indgået efter {ctx.law} (mentorstøtte)."))
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
    if rng.random() < 0.3:
        order = ["goal", "tasks", "mentor", "duration", "follow", "hours", "appeal"]
    for k in order:
        blocks.extend(f[k])
    blocks.append(("p", f"Underskrift borger: ____________   Underskrift mentor: ____________   Sagsbehandler: {ctx.case_worker}"))
    return blocks


# ---------------------------------------------------------------- renderers
def w(tag):
    return qn("w:" + tag)


def _run(text, deleted=False):
    r = etree.SubElement(etree.Element(w("dummy")), w("r"))
    t = etree.SubElement(r, w("delText") if deleted else w("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def write_docx(path, blocks, header=None, rng=None):
    d = Document()
    if header:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = header
        fp = sec.footer.paragraphs[0]
        fp.text = "Side "
        for ft in ("PAGE",):
            r = fp.add_run()
            for kind, txt in (("begin", None), ("instr", f" {ft} "), ("end", None)):
                if kind == "instr":
                    el = etree.SubElement(r._r, w("instrText"))
                    el.text = txt
                else:
                    el = etree.SubElement(r._r, w("fldChar"))
                    el.set(w("fldCharType"), kind)
    cid = [0]
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif k == "comment":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            d.add_comment(run, text=b[2], author="Sagsbehandler", initials="SB")
        elif k == "trk":
            p = d.add_paragraph()
            for seg in b[1]:
                if seg[0] == "t":
                    p._p.append(_run(seg[1]))
                else:
                    cid[0] += 1
                    el = etree.SubElement(p._p, w("del" if seg[0] == "del" else "ins"))
                    el.set(w("id"), str(cid[0]))
                    el.set(w("author"), "Sagsbehandler")
                    el.set(w("date"), b[2] if len(b) > 2 else "2025-01-10T10:00:00Z")
                    el.append(_run(seg[1], deleted=(seg[0] == "del")))
        elif k == "sdt":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            sdt = etree.SubElement(p._p, w("sdt"))
            pr = etree.SubElement(sdt, w("sdtPr"))
            al = etree.SubElement(pr, w("alias"))
            al.set(w("val"), b[1])
            tg = etree.SubElement(pr, w("tag"))
            tg.set(w("val"), "fld_" + str(len(b[1])))
            if b[2] is None:
                etree.SubElement(pr, w("showingPlcHdr"))
            etree.SubElement(pr, w("text"))
            content = etree.SubElement(sdt, w("sdtContent"))
            content.append(_run(b[2] if b[2] is not None else "Klik eller tryk her for at skrive tekst."))
    d.core_properties.author = "ESDH eksport"
    d.save(path)
    _normalise_zip(path)


def write_txt(path, blocks, header=None, **kw):
    lines = []
    if header:
        lines += [header, "-" * len(header)]
    for b in blocks:
        if b[0] == "title":
            lines += [b[1].upper(), ""]
        elif b[0] == "h":
            lines += ["", b[1], ""]
        elif b[0] == "kv":
            lines.append(f"{b[1]}: {b[2]}")
        else:
            lines.append(visible_text([b]))
    with open(path, "w", encoding=kw.get("encoding", "utf-8"), newline=kw.get("newline")) as fh:
        fh.write("\n".join(lines) + "\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(path, blocks, header=None, meta=None, **kw):
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{esc(blocks[0][1])}</title></head><body>"]
    if meta:
        parts.append('<table class="meta" border="1">')
        for k, v in meta:
            parts.append(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>")
        parts.append("</table><hr>")
    if header:
        parts.append(f'<div class="hdr">{esc(header)}</div>')
    table_open = False
    for b in blocks:
        if b[0] == "kv" and kw.get("kv_table"):
            if not table_open:
                parts.append('<table class="felter">')
                table_open = True
            parts.append(f"<tr><td><b>{esc(b[1])}</b></td><td>{esc(b[2])}</td></tr>")
            continue
        if table_open:
            parts.append("</table>")
            table_open = False
        if b[0] == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif b[0] == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "kv":
            parts.append(f"<p><b>{esc(b[1])}:</b> {esc(b[2])}</p>")
        else:
            parts.append(f"<p>{esc(visible_text([b]))}</p>")
    if table_open:
        parts.append("</table>")
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path, blocks, header=None, **kw):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    if header:
        parts.append(r"{\header\pard\qr " + rtf_esc(header) + r"\par}")
    for b in blocks:
        if b[0] == "title":
            parts.append(r"\pard\b\fs32 " + rtf_esc(b[1]) + r"\b0\fs22\par")
        elif b[0] == "h":
            parts.append(r"\pard\b " + rtf_esc(b[1]) + r"\b0\par")
        elif b[0] == "kv":
            parts.append(r"\pard\b " + rtf_esc(b[1]) + r":\b0  " + rtf_esc(b[2]) + r"\par")
        else:
            parts.append(r"\pard " + rtf_esc(visible_text([b])) + r"\par")
    parts.append("}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write("\n".join(parts))


def write_odt(path, blocks, header=None, **kw):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    if header:
        doc.text.addElement(P(text=header))
    for b in blocks:
        if b[0] == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ": "))
            p.addText(b[2])
            doc.text.addElement(p)
        else:
            doc.text.addElement(P(text=visible_text([b])))
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Make the ODT byte-identical between runs: fixed zip timestamps, no generation dates in meta.xml."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, i.compress_type, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, ctype, data in items:
            if name == "meta.xml":
                data = re.sub(rb"<(meta:creation-date|dc:date)>[^<]*</\1>", rb"<\1>2020-01-01T00:00:00</\1>", data)
            if name == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2024-01-01T09:00:00Z"', data)
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = ctype
            z.writestr(zi, data)


def write_pdf(path, blocks, header=None, cover=None, **kw):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if os.path.exists(cand):
            try:
                pdfmetrics.registerFont(TTFont("DejaVu", cand))
                font = "DejaVu"
            except Exception:
                pass
    ss = getSampleStyleSheet()
    for s in ("Normal", "Title", "Heading2"):
        ss[s].fontName = font
    footer_left = kw.get("footer")

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, st in enumerate(self._saved, 1):
                self.__dict__.update(st)
                if header and not (cover and i == 1):
                    self.setFont(font, 8)
                    self.drawString(40, 810, header)
                    self.drawRightString(555, 25, f"Side {i} af {n}")
                    if footer_left:
                        self.drawString(40, 25, footer_left)
                super().showPage()
            super().save()

    story = []
    if cover:
        story.append(Paragraph(esc(cover["system"]) + " – Dokumentudskrift", ss["Title"]))
        story.append(Table([[k, v] for k, v in cover["rows"]], colWidths=[150, 320],
                           style=[("FONTNAME", (0, 0), (-1, -1), font)]))
        story.append(Spacer(1, 30))
        story.append(Paragraph("<b>" + esc(cover["stamp"]) + "</b>", ss["Normal"]))
        story.append(PageBreak())
    for b in blocks:
        if b[0] == "title":
            story.append(Paragraph(esc(b[1]), ss["Title"]))
        elif b[0] == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading2"]))
        elif b[0] == "kv":
            story.append(Paragraph(f"<b>{esc(b[1])}:</b> {esc(b[2])}", ss["Normal"]))
            story.append(Spacer(1, 4))
        elif b[0] == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(esc(visible_text([b])), ss["Normal"]))
            story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(path, pagesize=A4, title=blocks[0][1], author="ESDH eksport",
                            topMargin=60, bottomMargin=50)
    doc.build(story, canvasmaker=NumberedCanvas)


def write_eml(path, blocks, ctx=None, attachments=(), **kw):
    m = EmailMessage()
    m["From"] = f"{ctx.case_worker} <sagsbehandler@{ctx.town.lower().replace(' ', '').replace('ø', 'oe').replace('å', 'aa')}.dk>"
    m["To"] = "postkasse-beskaeftigelse@kommune.example"
    m["Subject"] = f"{blocks[0][1]} – sag {ctx.journal}"
    m["Date"] = format_datetime(dt.datetime.combine(ctx.letter_date, dt.time(9, 30), tzinfo=dt.timezone.utc))
    m["X-Journaliseret"] = f"{ctx.esdh}; dok.nr. {ctx.docno}"
    body = visible_text(blocks)
    if attachments:
        body += "\n\nVedhæftede filer:\n" + "\n".join(f"  - {a}" for a in attachments)
    m.set_content(body)
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def cover_rows(ctx, title, extra_status=True):
    rows = [("Journalnr.", ctx.journal), ("Dokumentnr.", str(ctx.docno)), ("Dokumenttitel", title),
            ("Sagstitel", f"Beskæftigelse – mentorstøtte – {ctx.citizen}"),
            ("Oprettet", ctx.letter_date.strftime("%d.%m.%Y")),
            ("Journaliseret", (ctx.letter_date + dt.timedelta(days=2)).strftime("%d.%m.%Y")),
            ("Ansvarlig", ctx.case_worker)]
    return rows


# ---------------------------------------------------------------- corpus builder
class Corpus:
    def __init__(self, out, seed):
        self.out = out
        self.rng = random.Random(seed)
        self.rows = []
        self.n = 0

    def emit(self, fmt, kind, subtype, layout, blocks, ctx, rules, traits, period=None, header=None,
             cover=None, must_not=(), attachments=(), meta=None, sub="", **kw):
        self.n += 1
        # archive-like neutral names: year folder + running number + ESDH document number
        name = f"{ctx.letter_date.year}/{self.n:03d}_dok{ctx.docno}.{fmt}"
        path = os.path.join(self.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if fmt == "docx":
            write_docx(path, blocks, header=header)
        elif fmt == "pdf":
            cv = None
            if cover:
                cv = {"system": ctx.esdh, "rows": cover, "stamp": "Dokumentet er journaliseret"}
            write_pdf(path, blocks, header=header, cover=cv, footer=kw.get("footer"))
        elif fmt == "txt":
            write_txt(path, blocks, header=header, encoding=kw.get("encoding", "utf-8"), newline=kw.get("newline"))
        elif fmt == "html":
            write_html(path, blocks, header=header, meta=meta, kv_table=kw.get("kv_table"))
        elif fmt == "odt":
            write_odt(path, blocks, header=header)
        elif fmt == "rtf":
            write_rtf(path, blocks, header=header)
        elif fmt == "eml":
            write_eml(path, blocks, ctx=ctx, attachments=attachments)
        row = {"path": name, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
               "rules": sorted(set(rules)), "extras": [], "error": None, "accept_errors": [],
               "must_not_contain": list(must_not), "traits": traits}
        if period:
            row["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.rows.append(row)


def hdr(ctx):
    return f"{ctx.sender} · Sag {ctx.journal} · Dok.nr. {ctx.docno}"


def maybe_cpr(c, ctx, blocks, traits, must):
    if c.rng.random() < 0.07:
        d = c.rng.randint(1, 28)
        mth = c.rng.randint(1, 12)
        cpr = f"{d:02d}{mth:02d}{c.rng.randint(60, 99)}-{c.rng.randint(1000, 9999)}"
        for i, b in enumerate(blocks):
            if b[0] == "kv" and b[1] == "Borger":
                blocks[i] = ("kv", "Borger", f"{b[2]}, CPR-nr. {cpr}")
                must.append(cpr)
                traits.append("fake-cpr")
                break


def make_agreements(c, total):
    rng = c.rng
    layouts = (["cover-sheet-pdf"] * 14 + ["header-footer-pdf"] * 10 + ["tracked-changes-docx"] * 12 +
               ["comments-docx"] * 5 + ["content-controls-docx"] * 7 + ["plain-docx"] * 8 + ["tillaeg"] * 12 +
               ["html-note"] * 8 + ["eml-body"] * 8 + ["odt"] * 9 + ["rtf"] * 7 + ["txt-export"] * 8 +
               ["merge-letter"] * 7)
    rng.shuffle(layouts)
    layouts = layouts[:total]
    for lay in layouts:
        ctx = Ctx(rng)
        traits = [f"era-{ctx.era}", f"sender:{ctx.sender.split()[0]}"]
        must = []
        pool = list(AG_DEFECTS) + ["vague-goal", "vague-goal", "omit-follow-up", "omit-follow-up", "over-6", "omit-tasks", "omit-duration"]
        if lay == "eml-body":
            pool = [d for d in pool if d not in ("omit-mentor", "mentor-no-contact", "merge-mentor")]
        if lay == "merge-letter":
            defects = [rng.choice(["merge-goal", "merge-mentor", "merge-duration", "merge-hours"])]
            if rng.random() < 0.25:
                defects = []
        else:
            pool = [d for d in pool if not d.startswith("merge-")]
            defects = pick_defects(rng, pool)
        extra_rules = []
        if lay == "tillaeg":
            f, period = tillaeg(c, ctx, defects, traits)
            blocks = f
        else:
            f, period = agreement_fields(ctx, defects)
            if lay == "tracked-changes-docx":
                period, extra_rules = apply_tracked(ctx, f, defects, period, traits)
            if lay == "content-controls-docx":
                extra_rules = apply_sdt(ctx, f, defects, traits)
            title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte"])
            blocks = agreement_blocks(ctx, f, title=title)
            if lay == "comments-docx":
                blocks.insert(2, ("comment", f"Aftalen er gennemgået med {ctx.cfirst} på mødet.", "Kladde godkendt af teamleder"))
                traits.append("word-comment")
        rules = [DEFECT_RULE[d] for d in defects] + extra_rules
        traits += [f"defect:{d}" for d in defects]
        maybe_cpr(c, ctx, blocks, traits, must)
        fmt, kw = layout_format(lay, rng)
        header = hdr(ctx) if lay in ("header-footer-pdf", "tracked-changes-docx", "rtf") or rng.random() < 0.25 else None
        if lay == "header-footer-pdf":
            kw["footer"] = f"{ctx.esdh} · udskrevet {(ctx.letter_date + dt.timedelta(days=400)).strftime('%d.%m.%Y')}"
            blocks = blocks[:len(blocks) // 2] + [("pagebreak",)] + blocks[len(blocks) // 2:]
            traits.append("running-header-footer")
        cover = cover_rows(ctx, blocks[0][1]) if lay in ("cover-sheet-pdf",) or (fmt == "pdf" and rng.random() < 0.3) else None
        if cover:
            traits.append("esdh-cover-sheet")
        meta = None
        if fmt == "html":
            meta = [("System", ctx.esdh), ("Journalnr.", ctx.journal), ("Notattype", "Dokument"),
                    ("Dato", ctx.letter_date.strftime("%d-%m-%Y")), ("Forfatter", ctx.case_worker)]
            kw["kv_table"] = rng.random() < 0.5
        atts = [f"Mentoraftale_{ctx.cfirst}.pdf", "Klagevejledning.pdf"] if fmt == "eml" else ()
        if lay == "merge-letter":
            traits.append("unfilled-merge-field" if defects else "merge-letter-filled")
        c.emit(fmt, "agreement", "agreement", lay, blocks, ctx, rules, traits, period=period, header=header,
               cover=cover, must_not=must, attachments=atts, meta=meta, **kw)


def layout_format(lay, rng):
    kw = {}
    m = {"cover-sheet-pdf": "pdf", "header-footer-pdf": "pdf", "tracked-changes-docx": "docx",
         "comments-docx": "docx", "content-controls-docx": "docx", "plain-docx": "docx",
         "html-note": "html", "eml-body": "eml", "odt": "odt", "rtf": "rtf", "txt-export": "txt"}
    if lay in m:
        fmt = m[lay]
    else:
        fmt = rng.choice(["docx", "pdf", "odt", "txt", "rtf", "html"])
    if fmt == "txt" and rng.random() < 0.4:
        kw["encoding"] = "cp1252"
        kw["newline"] = "\r\n"
    return fmt, kw


def apply_tracked(ctx, f, defects, period, traits):
    """Turn one field into a tracked change. Deleted text counts as absent, inserted as present."""
    rng = ctx.rng
    ctx.tdate = f"{ctx.letter_date.isoformat()}T10:{rng.randint(10, 59)}:00Z"
    extra = []
    options = []
    if f["hours"] and f["hours"][0][0] == "kv" and "vague-hours" not in defects:
        options.append("hours-change")
        if not defects or len(defects) == 1:
            options.append("hours-deleted")
    if f["duration"] and "over-6" not in defects and period:
        options.append("period-shortened")
    choice = rng.choice(options) if options else None
    if choice == "hours-change":
        lab = f["hours"][0][1]
        old = ctx.hours + 2
        f["hours"] = [("trk", [("t", f"{lab}: "), ("del", f"{old} timer pr. uge"), ("ins", f"{ctx.hours} timer pr. uge")], ctx.tdate)]
        traits.append("tracked:hours-replaced")
    elif choice == "hours-deleted":
        lab = f["hours"][0][1]
        f["hours"] = [("trk", [("del", f"{lab}: {ctx.hours} timer pr. uge")], ctx.tdate)]
        extra.append("missing-hours")
        traits.append("tracked:hours-line-deleted")
    elif choice == "period-shortened":
        a, b = period
        long_end = period_end(a, 9)
        lab = f["duration"][0][1]
        f["duration"] = [("trk", [("t", f"{lab}: {fmt_long(a)} – "), ("del", fmt_long(long_end)),
                                  ("ins", fmt_long(b))], ctx.tdate)]
        traits.append("tracked:period-end-replaced(deleted-end-over-6)")
    return period, extra


def apply_sdt(ctx, f, defects, traits):
    rng = ctx.rng
    extra = []
    # goal as filled control
    if f["goal"] and f["goal"][0][0] == "kv":
        f["goal"] = [("sdt", f["goal"][0][1], f["goal"][0][2])]
    if f["tasks"] and rng.random() < 0.4 and len(defects) < 2:
        f["tasks"] = [("sdt", "Mentorens opgaver", None)]
        extra.append("missing-tasks")
        traits.append("content-control-placeholder:tasks")
    elif f["hours"] and f["hours"][0][0] == "kv":
        f["hours"] = [("sdt", f["hours"][0][1], f["hours"][0][2])]
    traits.append("content-controls")
    return extra


def tillaeg(c, ctx, defects, traits):
    rng = ctx.rng
    orig_months = rng.choice([3, 4])
    orig_end = period_end(ctx.start, orig_months)
    change = rng.choice(["hours", "period"])
    if set(defects) & {"omit-hours", "vague-hours", "merge-hours", "omit-duration"}:
        change = "period" if "omit-duration" not in defects else "hours"
    if set(defects) & {"omit-hours", "vague-hours", "merge-hours"} and "omit-duration" in defects:
        change = "mentor"
    f, _ = agreement_fields(ctx, defects)
    if "over-6" in defects:
        new_end = period_end(ctx.start, rng.choice([8, 9, 10]))
        change = "period"
    else:
        new_end = period_end(ctx.start, rng.choice([5, 6])) if change == "period" else orig_end
    period = (ctx.start, new_end)
    if f["duration"]:
        if "merge-duration" in defects:
            period = None
        else:
            f["duration"] = [("kv", "Periode (ændret)" if change == "period" else "Periode (uændret)", fmt_range(rng, ctx.start, new_end))]
    else:
        period = None
    orig_date = ctx.letter_date
    ctx.letter_date = ctx.start + dt.timedelta(days=rng.randint(20, 60))
    intro = (f"Dette tillæg ændrer mentoraftalen af {fmt_long(orig_date)}. "
             + {"hours": "Timetallet er ændret efter aftale med borger og mentor. ",
                "period": "Perioden er forlænget efter en konkret vurdering. ",
                "mentor": "Der er skiftet mentor. "}[change]
             + "Tillægget gengiver hele aftalen, som den gælder nu.")
    if change == "hours" and f["hours"] and f["hours"][0][0] == "kv" and "vague-hours" not in defects and "merge-hours" not in defects:
        f["hours"] = [("kv", "Timetal (ændret)", f"{ctx.hours} timer pr. uge")]
    blocks = agreement_blocks(ctx, f, title="Tillæg til mentoraftale", intro=intro)
    traits.append(f"amendment:{change}")
    if not f["duration"]:
        traits.append("amendment-without-period")
    return blocks, period


# ---------------------------------------------------------------- decisions
def make_decisions(c, plan):
    rng = c.rng
    for subtype, defect in plan:
        ctx = Ctx(rng)
        traits = [f"era-{ctx.era}"]
        must = []
        rules = []
        months = rng.choice([3, 4, 6])
        if defect == "over-6":
            months = rng.choice([8, 9, 12])
            rules.append("duration-over-6-months")
        end = period_end(ctx.start, months)
        period = (ctx.start, end)
        amode = rng.choice(["full", "full2"])
        if defect in ("appeal-none", "appeal-nodeadline"):
            amode = defect.split("-")[1]
            rules.append("missing-appeal-guidance")
        appeal = [("h", "Klagevejledning"), ("p", appeal_text(ctx, amode))]
        if defect == "appeal-omitted":
            appeal = []
            rules.append("missing-appeal-guidance")
        blocks = [("title", {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
                             "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af mentorstøtte",
                             "end": "Ophør af mentorstøtte"}[subtype]),
                  ("p", f"{ctx.sender}, {fmt_long(ctx.letter_date)}"), ("kv", "Borger", ctx.citizen),
                  ("kv", "Journalnr.", ctx.journal)]
        rng_s = fmt_range(rng, *period)
        if subtype == "grant":
            blocks += [("h", "Afgørelse"), ("p", f"Du får bevilget mentorstøtte i perioden {rng_s}, {ctx.hours} timer pr. uge."),
                       ("h", "Begrundelse"), ("p", f"Afgørelsen er truffet efter {ctx.law}. Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik.")]
        elif subtype == "partial":
            blocks += [("h", "Afgørelse"), ("p", f"Du har søgt om mentorstøtte {ctx.hours + 3} timer om ugen. Du får bevilget {ctx.hours} timer pr. uge i perioden {rng_s}."),
                       ("h", "Begrundelse"), ("p", f"Afgørelsen er truffet efter {ctx.law}. Vi vurderer, at {ctx.hours} timer om ugen dækker dit behov, fordi du allerede har støtte fra uddannelsesstedet.")]
            traits.append("requested-more-hours")
        elif subtype == "refusal":
            period = None
            blocks += [("h", "Afgørelse"), ("p", "Du får afslag på din ansøgning om mentorstøtte."),
                       ("h", "Begrundelse"), ("p", f"Afgørelsen er truffet efter {ctx.law}. Der er ikke et mål om beskæftigelse eller uddannelse, som mentorstøtten kan understøtte, og din skole tilbyder allerede en studiecoach.")]
        elif subtype == "extension":
            prev_start = add_months(ctx.start, -6)
            blocks += [("h", "Afgørelse"), ("p", f"Din mentorstøtte forlænges i en ny periode: {rng_s}, {ctx.hours} timer pr. uge. "
                                                  f"Den forrige periode var fra {fmt_long(prev_start)} til {fmt_long(ctx.start - dt.timedelta(days=1))}."),
                       ("h", "Begrundelse"), ("p", f"Efter en konkret vurdering, jf. {ctx.law}, 2. pkt., har du fortsat brug for støtte for at fastholde din uddannelse.")]
            traits.append("mentions-previous-period")
        elif subtype == "end":
            stop = ctx.start + dt.timedelta(days=rng.randint(40, 80))
            blocks += [("h", "Afgørelse"), ("p", f"Din mentorstøtte, som var bevilget i perioden {rng_s}, ophører den {fmt_long(stop)}."),
                       ("h", "Begrundelse"), ("p", "Du er startet i ordinært job og har ikke længere brug for mentorstøtte.")]
        blocks += appeal
        blocks.append(("p", f"Med venlig hilsen\n{ctx.case_worker}, {ctx.sender}"))
        if defect:
            traits.append(f"defect:{defect}")
        maybe_cpr(c, ctx, blocks, traits, must)
        fmt = rng.choice(["pdf", "pdf", "docx", "html", "eml", "odt", "rtf", "txt"])
        layout = {"pdf": "letter-pdf", "docx": "letter-docx", "html": "case-note-html", "eml": "digital-post-eml",
                  "odt": "letter-odt", "rtf": "letter-rtf", "txt": "letter-txt"}[fmt]
        cover = None
        header = None
        if fmt == "pdf" and rng.random() < 0.5:
            cover = cover_rows(ctx, blocks[0][1])
            layout = "cover-sheet-pdf"
            traits.append("esdh-cover-sheet")
        elif fmt in ("pdf", "docx", "rtf") and rng.random() < 0.5:
            header = hdr(ctx)
            traits.append("running-header")
        meta = [("System", ctx.esdh), ("Journalnr.", ctx.journal)] if fmt == "html" else None
        atts = ["Afgoerelse.pdf"] if fmt == "eml" else ()
        c.emit(fmt, "decision", subtype, layout, blocks, ctx, rules, traits, period=period, header=header,
               cover=cover, must_not=must, attachments=atts, meta=meta)


# ---------------------------------------------------------------- Min Plan
MP_DEFECTS = ["omit-goal", "vague-goal", "vague-goal", "omit-tasks", "omit-mentor", "mentor-no-contact", "omit-tasks", "omit-duration",
              "omit-hours", "vague-hours", "over-6"]


def make_minplan(c, total):
    rng = c.rng
    for i in range(total):
        ctx = Ctx(rng, year=rng.choice([2020, 2021, 2022, 2023, 2024, 2025, 2026]))
        defects = pick_defects(rng, MP_DEFECTS, p_clean=0.45)
        if len(defects) == 2:
            defects = defects[:1]
        traits = [f"era-{ctx.era}"] + [f"defect:{d}" for d in defects]
        f, period = agreement_fields(ctx, defects)
        blocks = [("title", "Min Plan – aktivitet: Mentorstøtte"),
                  ("p", f"Jobnet · Min Plan for {ctx.citizen} · udskrevet {ctx.letter_date:%d.%m.%Y}"),
                  ("kv", "Aktivitetstype", "Mentor (LAB § 167)" if ctx.era != "old" else "Mentor (LAB § 31 b)")]
        for k in ["goal", "mentor", "tasks", "duration", "hours"]:
            blocks.extend(f[k])
        blocks.append(("kv", "Oprettet af", f"{ctx.case_worker}, {ctx.sender}"))
        rules = [DEFECT_RULE[d] for d in defects]
        fmt = rng.choice(["pdf", "html", "html", "txt", "docx", "pdf"])
        layout = {"pdf": "jobnet-print-pdf", "html": "jobnet-html", "txt": "jobnet-copy-txt", "docx": "minplan-docx"}[fmt]
        meta = [("Kilde", "Jobnet/Min Plan"), ("Journalnr.", ctx.journal)] if fmt == "html" else None
        header = f"Min Plan · {ctx.sender}" if fmt == "pdf" else None
        c.emit(fmt, "minplan", "minplan", layout, blocks, ctx, rules, traits, period=period, header=header,
               meta=meta, kv_table=(fmt == "html"))


# ---------------------------------------------------------------- unknown look-alikes
def make_unknown(c, total):
    rng = c.rng
    types = ["cover-only", "journal-note", "minutes", "invoice", "status-report", "guidance", "receipt",
             "cover-email", "hearing", "mileage"]
    seq = (types * 5)[:total]
    rng.shuffle(seq)
    for t in seq:
        ctx = Ctx(rng)
        traits = [f"era-{ctx.era}", "look-alike"]
        if t == "cover-only":
            blocks = [("title", f"{ctx.esdh} – Dokumentudskrift")] + [("kv", k, v) for k, v in cover_rows(ctx, "Mentoraftale")] + \
                     [("p", "Dokumentet er journaliseret."), ("p", "Bilag: Mentoraftale (1 side) – findes i original i sagen.")]
        elif t == "journal-note":
            blocks = [("title", "Journalnotat"), ("kv", "Sag", ctx.journal), ("kv", "Dato", f"{ctx.letter_date:%d.%m.%Y}"),
                      ("p", f"Telefonsamtale med {ctx.citizen}. Borgeren spurgte til mentorordningen. Jeg har forklaret, at vi sender en mentoraftale, når der er fundet en mentor hos {ctx.provider}."),
                      ("p", f"Notat ved {ctx.case_worker}.")]
        elif t == "minutes":
            blocks = [("title", "Referat af netværksmøde"), ("kv", "Dato", fmt_long(ctx.letter_date)),
                      ("kv", "Deltagere", f"{ctx.citizen}, {ctx.mentor} (mentor), {ctx.case_worker} (sagsbehandler)"),
                      ("p", f"Mødet drejede sig om {ctx.cfirst}s praktik. Der var god stemning. Næste møde aftales senere."),
                      ("p", "Referent: sagsbehandler.")]
        elif t == "invoice":
            blocks = [("title", f"Faktura nr. {rng.randint(1000, 9999)}"), ("kv", "Fra", ctx.provider),
                      ("kv", "Til", f"{ctx.town} Kommune, Beskæftigelse"), ("kv", "Vedr.", f"Mentorforløb, sag {ctx.journal}"),
                      ("p", f"Mentorydelse {MONTHS[ctx.start.month - 1]} {ctx.start.year}: {rng.randint(8, 20)} timer à 475,00 kr."),
                      ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0001234567.")]
        elif t == "status-report":
            blocks = [("title", "Statusnotat fra mentor"), ("kv", "Borger", ctx.citizen), ("kv", "Mentor", f"{ctx.mentor}, {ctx.provider}"),
                      ("p", f"{ctx.cfirst} har mødt op til de aftalte samtaler i måneden. Fremmødet i praktikken er steget fra to til tre dage om ugen."),
                      ("p", "Mentor anbefaler, at forløbet fortsætter uændret.")]
        elif t == "guidance":
            blocks = [("title", "Intern vejledning: Sådan udfylder du en mentoraftale"),
                      ("p", "En skriftlig mentoraftale skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, "
                            "hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning – inklusiv mål for progression, "
                            "timetallet for mentorstøtten samt klagevejledning."),
                      ("p", "En periode er højst 6 måneder, jf. LAB § 167, stk. 1. Husk at journalisere aftalen i ESDH.")]
            traits.append("lists-all-field-names")
        elif t == "receipt":
            blocks = [("title", "Kvittering for modtagelse"), ("p", f"{ctx.sender} har modtaget din ansøgning om mentorstøtte den {fmt_long(ctx.letter_date)}."),
                      ("p", "Vi behandler ansøgningen hurtigst muligt og kontakter dig, når vi har truffet en afgørelse.")]
        elif t == "cover-email":
            blocks = [("title", "Mentoraftale til underskrift"), ("p", f"Hej {ctx.cfirst}"),
                      ("p", "Hermed mentoraftalen som aftalt. Læs den igennem, skriv under og send den retur."),
                      ("p", f"Venlig hilsen {ctx.case_worker}")]
        elif t == "hearing":
            blocks = [("title", "Partshøring"), ("kv", "Borger", ctx.citizen),
                      ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste samtaler. Før vi træffer en afgørelse, vil vi gerne høre dine bemærkninger."),
                      ("p", f"Send dine bemærkninger senest den {fmt_long(ctx.letter_date + dt.timedelta(days=14))}.")]
            traits.append("pre-decision-not-decision")
        else:
            blocks = [("title", "Kørselsgodtgørelse – mentor"), ("kv", "Mentor", ctx.mentor),
                      ("p", f"Kørsel i forbindelse med ledsagelse af borger, {rng.randint(20, 140)} km à 3,81 kr."),
                      ("p", f"Attesteret af {ctx.case_worker}.")]
        fmt = rng.choice(["pdf", "docx", "txt", "html", "eml", "odt", "rtf"])
        if t == "cover-only":
            fmt = rng.choice(["pdf", "pdf", "html"])
        if t == "cover-email":
            fmt = "eml"
        atts = [f"Mentoraftale_{ctx.cfirst}.pdf"] if fmt == "eml" else ()
        c.emit(fmt, "unknown", t, f"{t}-{fmt}", blocks, ctx, [], traits, header=hdr(ctx) if fmt == "pdf" else None,
               attachments=atts)


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=53)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    c = Corpus(a.out, a.seed)
    make_agreements(c, 110)
    dplan = []
    for st in ["grant", "partial", "refusal", "extension", "end"]:
        for d in [None, None, None, "appeal-omitted", "appeal-none", "appeal-nodeadline"]:
            dplan.append((st, d))
    dplan += [("grant", "over-6"), ("extension", "over-6"), ("grant", "over-6")]
    c.rng.shuffle(dplan)
    make_decisions(c, dplan)
    make_minplan(c, 24)
    make_unknown(c, 36)
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as fh:
        for r in c.rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(c.rows), "documents")


if __name__ == "__main__":
    main()
