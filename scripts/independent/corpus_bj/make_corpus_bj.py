#!/usr/bin/env python3
"""Corpus BJ: youth-unit mentor documents and documents with translations.

    /work/main/.venv/bin/python scripts/independent/corpus_bj/make_corpus_bj.py --out /work/corpora/bj

Deterministic (fixed seed). Written from domain.md, the seeds and the rule docs only.
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
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts import (APPEAL, EDUS, EMPTY, FIRST, FOLLOW, GOALS, HOURS_T, HOURS_VAGUE, KOMMUNER, LABELS_DA,  # noqa: E402
                   LABELS_TR, LANG_NAME, LANGS, LAST, MENTORS, PERIOD_T, PHONE_W, TASKS, UNCLEAR_GOALS,
                   UNITS, WORKERS)

SEED = 6262
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
FIELDS = ["goal", "mentor", "tasks", "period", "follow", "hours", "appeal"]
RULE_OF = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "period": "missing-duration", "follow": "missing-follow-up", "hours": "missing-hours",
           "appeal": "missing-appeal-guidance"}


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def da_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return f"{d.day}. {MONTHS[d.month - 1][:3]}. {d.year}"


def num_date(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def cpr(rng: random.Random, born: dt.date) -> str:
    return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{rng.randint(0, 9999):04d}"


def ascii_mail(s: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ü", "u"), ("ş", "s"), ("ç", "c")):
        s = s.replace(a, b)
    return s


def phone(rng: random.Random) -> str:
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


class Ctx:
    """Random facts of one document (a young person, a municipality, a mentor)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.kommune, tech, biz, region = rng.choice(KOMMUNER)
        self.city = self.kommune
        self.unit = rng.choice(UNITS)
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.born = dt.date(rng.randint(1998, 2009), rng.randint(1, 12), rng.randint(1, 28))
        self.cpr = cpr(rng, self.born)
        self.mentor, self.org = rng.choice(MENTORS)
        self.mphone = phone(rng)
        self.mmail = ascii_mail(self.mentor.split()[0].lower() + "@" + self.org.split()[0].lower().replace("ungeenhedens", "ungeenheden") + ".dk")
        self.worker = rng.choice(WORKERS)
        self.wphone = phone(rng)
        self.wmail = ascii_mail(self.worker.split()[0].lower()[0] + self.worker.split()[1].lower()[:4] + f"@{self.kommune.lower()}.dk")
        edu, school = rng.choice(EDUS)
        self.edu = edu
        self.school = school.format(city=self.city, tech=tech, biz=biz, region=region)
        self.start = dt.date(2026, rng.randint(1, 11), rng.choice([1, 1, 1, 4, 10, 15, 17]))
        self.letter = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.hours = rng.choice(["2", "3", "4", "1½", "2-3", "5", "1"])
        self.parent = f"{rng.choice(['Hanne', 'Fatima', 'Olena', 'Ayan', 'Ayşe', 'Michael', 'Khalid'])} {self.last}"
        self.pphone = phone(rng)
        self.journal = f"27.12.20-G01-{rng.randint(100, 9999)}-26"


# ---------------------------------------------------------------- field content

def build_fields(c: Ctx, state: dict, lang: str | None, dstyle: int) -> dict:
    """Return {field: (da_text_or_list, {lang: text_or_list})} for the fields that are present."""
    rng = c.rng
    out = {}
    goal_date = add_months(c.start, rng.randint(2, 5))
    gd_da = da_date(goal_date, dstyle)
    gd_tr = num_date(goal_date)
    s = state
    if s["goal"] == "ok":
        no_placement = any(x in c.edu for x in ("HF", "10. klasse", "STU"))
        choices = [g for i, g in enumerate(GOALS) if not (s["follow"] != "ok" and i == 2)
                   and not (no_placement and i == 3)]
        da, tr = rng.choice(choices)
        out["goal"] = (da.format(edu=c.edu, school=c.school, date=gd_da),
                       {k: v.format(edu=c.edu, school=c.school, date=gd_tr) for k, v in tr.items()})
    elif s["goal"] == "unclear":
        out["goal"] = rng.choice(UNCLEAR_GOALS)
    elif s["goal"] == "empty":
        out["goal"] = EMPTY
    if s["mentor"] in ("ok", "nameonly"):
        if s["mentor"] == "ok":
            da = f"{c.mentor}, {c.org}, tlf. {c.mphone}, {c.mmail}"
            tr = {k: f"{c.mentor}, {c.org}, {PHONE_W[k]} {c.mphone}, {c.mmail}" for k in LANGS}
        else:
            da = f"{c.mentor}, {c.org}"
            tr = {k: da for k in LANGS}
        out["mentor"] = (da, tr)
    elif s["mentor"] == "empty":
        out["mentor"] = EMPTY
    if s["tasks"] == "ok":
        pool = [t for i, t in enumerate(TASKS) if not (s["follow"] != "ok" and i == 5)]
        picks = rng.sample(pool, rng.randint(2, 4))
        out["tasks"] = ([p[0] for p in picks], {k: [p[1][k] for p in picks] for k in LANGS})
    elif s["tasks"] == "empty":
        out["tasks"] = EMPTY
    if s["period"] in ("ok", "over6"):
        n = rng.choice([3, 4, 5, 6, 6]) if s["period"] == "ok" else rng.choice([7, 8, 9, 12])
        end = add_months(c.start, n) - dt.timedelta(days=1)
        c.end = end
        out["period"] = (f"{da_date(c.start, dstyle)} – {da_date(end, dstyle)}",
                         {k: v.format(s=num_date(c.start), e=num_date(end)) for k, v in PERIOD_T.items()})
    elif s["period"] == "empty":
        out["period"] = EMPTY
    if s["follow"] == "ok":
        da, tr = rng.choice(FOLLOW)
        out["follow"] = (da.format(unit=c.unit), {k: v.format(unit=c.unit) for k, v in tr.items()})
    elif s["follow"] == "empty":
        out["follow"] = EMPTY
    if s["hours"] == "ok":
        h = c.hours
        da = rng.choice(["{h} timer om ugen", "{h} timer pr. uge", "{h} timer ugentligt"]).format(h=h)
        if h == "1":
            da = "1 time om ugen"
        out["hours"] = (da, {k: v.format(h=h) for k, v in HOURS_T.items()})
    elif s["hours"] == "vague":
        out["hours"] = HOURS_VAGUE
    elif s["hours"] == "empty":
        out["hours"] = EMPTY
    ap = "full" if s["appeal"] == "ok" else s["appeal"]
    if ap in APPEAL:
        da, tr = APPEAL[ap]
        out["appeal"] = (da.format(kommune=c.kommune), {k: v.format(kommune=c.kommune) for k, v in tr.items()})
    return out


def labels_for(state: dict, expected_extra: list) -> list:
    rules = []
    for f in FIELDS:
        v = state[f]
        if v in ("missing", "empty", "nameonly", "vague", "weak"):
            rules.append(RULE_OF[f])
    if state["goal"] == "unclear":
        rules.append("unclear-goal")
    if state["period"] == "over6":
        rules.append("duration-over-6-months")
    if state["appeal"] == "wrong":
        expected_extra.append("appeal-wrong-route")
    return sorted(rules)


# ---------------------------------------------------------------- block model
# blocks: ("title", t) ("h", t) ("p", t) ("ul", [items]) ("table", rows, header_bool) ("rtl", t) ("sig", t)

def is_rtl(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def render_docx(blocks, path: Path, footer: str | None = None):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(10)

    def rtl(par):
        ppr = par._p.get_or_add_pPr()
        b = OxmlElement("w:bidi")
        ppr.append(b)
        for r in par.runs:
            rpr = r._r.get_or_add_rPr()
            x = OxmlElement("w:rtl")
            rpr.append(x)

    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=1)
        elif kind == "h":
            p = doc.add_heading(b[1], level=2)
            if is_rtl(b[1]):
                rtl(p)
        elif kind == "hb":  # bold paragraph heading, as letters do
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            if is_rtl(b[1]):
                rtl(p)
        elif kind in ("p", "sig"):
            for line in b[1].split("\n\n"):
                p = doc.add_paragraph(line)
                if is_rtl(line):
                    rtl(p)
        elif kind == "ul":
            for it in b[1]:
                p = doc.add_paragraph(it, style="List Bullet")
                if is_rtl(it):
                    rtl(p)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci, val in enumerate(row):
                    if isinstance(val, list):
                        cells[ci].text = val[0] if val else ""
                        for it in val[1:]:
                            cells[ci].add_paragraph(it)
                    else:
                        cells[ci].text = val
                    if (ci == 0 or (b[2] and ri == 0)) and cells[ci].paragraphs[0].runs:
                        cells[ci].paragraphs[0].runs[0].bold = True
                    for par in cells[ci].paragraphs:
                        if is_rtl(par.text):
                            rtl(par)
            doc.add_paragraph("")
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    doc.save(path)


def render_html(blocks, path: Path, title: str, variant: int):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{escape(title)}</title>",
           "<style>body{font-family:sans-serif} .rtl{direction:rtl;text-align:right}</style>",
           "<script>window.sagsId='x';</script></head><body>"]
    if variant:
        out.append('<div class="sbsys-export"><div class="dokument">')
    for b in blocks:
        k = b[0]
        d = ' dir="rtl" class="rtl"' if len(b) > 1 and isinstance(b[1], str) and is_rtl(b[1]) else ""
        if k == "title":
            out.append(f"<h1>{escape(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2{d}>{escape(b[1])}</h2>")
        elif k == "hb":
            out.append(f"<p{d}><strong>{escape(b[1])}</strong></p>")
        elif k in ("p", "sig"):
            for line in b[1].split("\n\n"):
                dd = ' dir="rtl"' if is_rtl(line) else ""
                out.append(f"<p{dd}>{escape(line)}</p>")
        elif k == "ul":
            dd = ' dir="rtl"' if is_rtl(b[1][0]) else ""
            out.append(f"<ul{dd}>" + "".join(f"<li>{escape(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "table":
            out.append('<table border="1" cellpadding="4">')
            for ri, row in enumerate(b[1]):
                tag = "th" if b[2] and ri == 0 else "td"
                cells = []
                for ci, v in enumerate(row):
                    txt = "<br>".join(escape(x) for x in v) if isinstance(v, list) else escape(v)
                    flat = " ".join(v) if isinstance(v, list) else v
                    dd = ' dir="rtl"' if is_rtl(flat) else ""
                    t2 = "th" if (ci == 0 and tag == "td") else tag
                    cells.append(f"<{t2}{dd}>{txt}</{t2}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    if variant:
        out.append("</div></div>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_text(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1].upper() if len(b[1]) < 60 else b[1])
            out.append("")
        elif k in ("h", "hb"):
            out.append(b[1] + ("" if b[1].endswith(("?", ":")) else ":"))
        elif k in ("p", "sig"):
            out.append(b[1])
            out.append("")
        elif k == "ul":
            out.extend(f"- {i}" for i in b[1])
            out.append("")
        elif k == "table":
            for row in b[1]:
                vals = [("; ".join(v) if isinstance(v, list) else v) for v in row]
                if len(vals) == 2 and vals[0].endswith("?"):
                    out.append(f"{vals[0]}\n{vals[1]}")
                elif len(vals) == 2:
                    out.append(f"{vals[0]}: {vals[1]}")
                else:
                    out.append(" | ".join(vals))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- document builders

def field_blocks_da(fields: dict, labels: dict, style: str, c: Ctx) -> list:
    bl = []
    if style == "table":
        rows = []
        for f in FIELDS:
            if f in fields:
                rows.append([labels[f], fields[f][0]])
        return [("table", rows, False)]
    for f in FIELDS:
        if f not in fields:
            continue
        da = fields[f][0]
        bl.append(("h" if style == "headings" else "hb", labels[f]))
        if isinstance(da, list):
            bl.append(("ul", da))
        else:
            bl.append(("p", da))
    return bl


def field_blocks_tr(fields: dict, lang: str, style: str) -> list:
    lab = LABELS_TR[lang]
    if style == "table":
        rows = [[lab[f], fields[f][1][lang]] for f in FIELDS if f in fields]
        return [("table", rows, False)]
    bl = []
    for f in FIELDS:
        if f not in fields:
            continue
        v = fields[f][1][lang]
        bl.append(("h" if style == "headings" else "hb", lab[f]))
        bl.append(("ul", v) if isinstance(v, list) else ("p", v))
    return bl


def bilingual_table(fields: dict, labels: dict, lang: str) -> list:
    lab = LABELS_TR[lang]
    rows = [["", "Dansk", LANG_NAME[lang][1]]]
    for f in FIELDS:
        if f in fields:
            rows.append([f"{labels[f]} / {lab[f]}", fields[f][0], fields[f][1][lang]])
    return [("table", rows, True)]


INTRO_DA = [
    "Du og {unit} har aftalt, at du får en mentor. Her kan du læse, hvad vi har aftalt.",
    "Denne aftale er lavet på mødet i {unit} den {letter}. Din forælder deltog i mødet.",
    "Aftalen gælder mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Mentoren i denne aftale er ikke det samme som en mentor på skolen.",
    "Vi har talt om, hvad der skal til, for at du kommer godt i gang med din uddannelse. Det har vi skrevet ned her.",
]
INTRO_TR = {
    "en": "This is a translation of the Danish agreement above. The Danish text applies.",
    "ar": "هذه ترجمة للاتفاق الدنماركي أعلاه. النص الدنماركي هو المعتمد.",
    "uk": "Це переклад датської угоди вище. Чинним є датський текст.",
    "so": "Tani waa turjumaadda heshiiska Deenishka ah ee kore. Qoraalka Deenishka ayaa ansax ah.",
    "tr": "Bu, yukarıdaki Danca anlaşmanın çevirisidir. Geçerli olan Danca metindir.",
}


def agreement_doc(c: Ctx, state: dict, lang: str | None, layout: str, traits: list, with_cpr: bool):
    rng = c.rng
    dstyle = rng.choice([0, 0, 1, 2, 3])
    fields = build_fields(c, state, lang, dstyle)
    labels = rng.choice(LABELS_DA)
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Din mentoraftale",
                        f"Mentoraftale – {c.unit}", "Aftale om mentor (LAB § 167)"])
    bl = [("title", title)]
    head = [f"Navn: {c.name}"]
    if with_cpr:
        head.append(f"CPR-nr.: {c.cpr}")
    head.append(f"Dato: {da_date(c.letter, 0)}")
    bl.append(("p", "\n\n".join(head) if rng.random() < 0.5 else " · ".join(head)))
    intros = INTRO_DA if state["goal"] not in ("missing", "empty") else INTRO_DA[:3]
    bl.append(("p", rng.choice(intros).format(unit=c.unit, letter=da_date(c.letter, 0))))
    if rng.random() < 0.35:
        bl.append(("p", f"Din kontaktperson i {c.unit} er {c.worker}, tlf. {c.wphone}."))
        traits.append("caseworker-contact")
    if lang is None and layout in ("headings", "bold"):
        bl += field_blocks_da(fields, labels, "headings" if layout == "headings" else "bold", c)
    elif lang is None:
        bl += field_blocks_da(fields, labels, "table", c)
    elif layout == "bilingual-table":
        bl += bilingual_table(fields, labels, lang)
    else:
        sub = "table" if layout == "translated-table" else "headings"
        bl += field_blocks_da(fields, labels, sub, c)
    if rng.random() < 0.3:
        bl.append(("p", f"Du har også en skolementor på {c.school}, som hjælper dig i skoletiden. "
                        "Skolementoren er ikke en del af denne aftale."))
        traits.append("school-mentor-mentioned")
    if rng.random() < 0.4:
        bl.append(("p", f"Forælder/værge: {c.parent}, tlf. {c.pphone}"))
        traits.append("parent-contact")
    bl.append(("sig", "Underskrift (ung): ______________________\n\n"
                      "Underskrift (forælder, hvis du er under 18): ______________________\n\n"
                      f"For {c.unit}: {c.worker}"))
    if lang is not None and layout != "bilingual-table":
        bl.append(("h", f"{LANG_NAME[lang][0]} / {LANG_NAME[lang][1]}"))
        bl.append(("p", INTRO_TR[lang]))
        bl += field_blocks_tr(fields, lang, "table" if layout == "translated-table" else "headings")
        traits.append(f"translation:{lang}")
    elif lang:
        traits.append(f"bilingual:{lang}")
    return title, bl


DEC_TR = {
    "en": ("Decision on mentor support", "You have been granted mentor support under section 167 of the Danish Act on an Active Employment Effort.",
           "Reasons: we have given weight to the fact that you need support to start and stay in your education.",
           "You have been refused mentor support."),
    "ar": ("قرار بشأن دعم المرشد (المنتور)", "تمت الموافقة على منحك دعم المرشد وفقاً للمادة 167 من قانون سياسة التشغيل الفعالة.",
           "الأسباب: أخذنا في الاعتبار أنك تحتاج إلى دعم لبدء دراستك والاستمرار فيها.",
           "تم رفض طلبك للحصول على دعم المرشد."),
    "uk": ("Рішення про підтримку ментора", "Тобі надано підтримку ментора відповідно до § 167 Закону про активну політику зайнятості.",
           "Обґрунтування: ми врахували, що тобі потрібна підтримка, щоб почати навчання і продовжувати його.",
           "Тобі відмовлено в підтримці ментора."),
    "so": ("Go'aan ku saabsan taageerada mentor-ka", "Waxaa laguu oggolaaday taageero mentor sida ku cad qodobka 167 ee sharciga shaqo-abuurka firfircoon.",
           "Sababta: waxaan tixgelinay inaad u baahan tahay taageero si aad waxbarashadaada u bilowdo oo ugu sii socoto.",
           "Waxaa lagaa diiday taageerada mentor-ka."),
    "tr": ("Mentor desteği hakkında karar", "Aktif İstihdam Kanunu'nun 167. maddesi uyarınca sana mentor desteği verilmiştir.",
           "Gerekçe: eğitimine başlamak ve devam etmek için desteğe ihtiyacın olduğunu dikkate aldık.",
           "Mentor desteği talebin reddedilmiştir."),
}


def decision_doc(c: Ctx, kind: str, appeal: str, over6: bool, reasons: bool, lang: str | None, traits: list,
                 with_cpr: bool):
    rng = c.rng
    ds = rng.choice([0, 0, 1, 3])
    bl = []
    title = {"grant": rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får en mentor"]),
             "extend": "Afgørelse om forlængelse af mentorstøtte",
             "refuse": "Afslag på mentorstøtte",
             "partial": "Afgørelse om mentorstøtte – delvis bevilling"}[kind]
    bl.append(("p", f"{c.kommune} Kommune · {c.unit}\n\n{c.name}\n\n" + (f"CPR-nr. {c.cpr}\n\n" if with_cpr else "")
               + f"Sagsnr. {c.journal}\n\nDato: {da_date(c.letter, 0)}"))
    bl.append(("title", title))
    bl.append(("p", f"Kære {c.first}"))
    n = rng.choice([7, 9, 12]) if over6 else rng.choice([3, 4, 6])
    end = add_months(c.start, n) - dt.timedelta(days=1)
    per = f"{da_date(c.start, ds)} til {da_date(end, ds)}"
    h = rng.choice(["2", "3"]) if kind == "partial" else c.hours
    if kind in ("grant", "extend", "partial"):
        verb = "forlænget din mentorstøtte" if kind == "extend" else "bevilget dig mentorstøtte"
        bl.append(("p", f"Vi har {verb} efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. "
                        f"Støtten gælder i perioden {per}."))
        if kind == "partial":
            bl.append(("p", f"Du søgte om 5 timer om ugen. Du får {h} timer om ugen."))
        else:
            bl.append(("p", f"Din mentor er {c.mentor} fra {c.org}, tlf. {c.mphone}. Mentoren har {h} timer om ugen sammen med dig."))
        bl.append(("p", f"Formålet er, at du kommer i gang med {c.edu} på {c.school}."))
        if reasons:
            bl.append(("hb", "Begrundelse"))
            bl.append(("p", "Vi har lagt vægt på, at du har brug for støtte for at starte og blive i din uddannelse. "
                            "Du har selv fortalt, at det er svært at komme op om morgenen, og at du har været meget væk fra skolen."
                            + (" Vi vurderer, at færre timer er nok, fordi skolen også har en elevcoach." if kind == "partial" else "")))
    else:
        bl.append(("p", "Du har søgt om en mentor. Vi har givet dig afslag på mentorstøtte."))
        if reasons:
            bl.append(("hb", "Begrundelse"))
            bl.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra skolens mentor og SPS, og at din støtte "
                            "ikke skal gå ud over det, skolen normalt giver, jf. lov om en aktiv beskæftigelsesindsats § 167."))
    if appeal in APPEAL:
        bl.append(("hb", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
        bl.append(("p", APPEAL[appeal][0].format(kommune=c.kommune)))
    bl.append(("sig", f"Venlig hilsen\n\n{c.worker}\n\n{c.unit}, tlf. {c.wphone}, {c.wmail}"))
    if lang:
        t = DEC_TR[lang]
        bl.append(("h", f"{LANG_NAME[lang][0]} / {LANG_NAME[lang][1]}"))
        bl.append(("hb", t[0]))
        if kind == "refuse":
            bl.append(("p", t[3]))
        else:
            bl.append(("p", t[1] + " " + PERIOD_T[lang].format(s=num_date(c.start), e=num_date(end)) + "."))
            bl.append(("p", HOURS_T[lang].format(h=h) + "."))
        if reasons:
            bl.append(("p", t[2]))
        if appeal in APPEAL:
            bl.append(("hb", LABELS_TR[lang]["appeal"]))
            bl.append(("p", APPEAL[appeal][1][lang].format(kommune=c.kommune)))
        traits.append(f"translation:{lang}")
    rules = []
    extras = []
    if appeal in ("missing", "weak"):
        rules.append("missing-appeal-guidance")
    if appeal == "wrong":
        extras.append("appeal-wrong-route")
    if over6 and kind != "refuse":
        rules.append("duration-over-6-months")
    if not reasons and kind in ("refuse", "partial"):
        extras.append("missing-reasons")
    return title, bl, sorted(rules), extras


def minplan_doc(c: Ctx, state: dict, lang: str | None, traits: list, with_cpr: bool):
    rng = c.rng
    fields = build_fields(c, state, lang, rng.choice([1, 1, 0]))
    labs = rng.choice([
        {"goal": "Formål med mentorstøtten", "mentor": "Mentor", "tasks": "Mentors opgaver", "period": "Periode",
         "hours": "Timer pr. uge", "follow": "Opfølgning", "appeal": "Klagevejledning"},
        {"goal": "Mål", "mentor": "Mentorens navn og kontaktdata", "tasks": "Mentoren skal bistå med",
         "period": "Varighed", "hours": "Timetal", "follow": "Opfølgning", "appeal": "Klagevejledning"},
    ])
    bl = [("p", f"Jobnet – Min Plan · Udskrevet {num_date(c.letter)}"), ("title", "Min Plan"),
          ("p", f"{c.name}" + (f" · CPR {c.cpr}" if with_cpr else "") + f" · Målgruppe: uddannelseshjælp (aktivitetsparat)")]
    if state["goal"] not in ("missing", "empty"):
        bl.append(("h", "Uddannelsesmål"))
        bl.append(("p", f"Uddannelsespålæg: {c.edu}. Du skal påbegynde uddannelse som aftalt med {c.unit}."))
    bl.append(("h", "Indsats: Mentorstøtte (§ 167)"))
    rows = [[labs[f], fields[f][0]] for f in ["goal", "mentor", "tasks", "period", "hours"] if f in fields]
    bl.append(("table", rows, False))
    bl.append(("p", "Planen er lavet sammen med dig. Du kan altid se den på jobnet.dk."))
    if lang:
        bl.append(("h", f"{LANG_NAME[lang][0]} / {LANG_NAME[lang][1]}"))
        rows = [[LABELS_TR[lang][f], fields[f][1][lang]] for f in ["goal", "mentor", "tasks", "period", "hours"] if f in fields]
        bl.append(("table", rows, False))
        traits.append(f"translation:{lang}")
    rules = [r for r in labels_for(state, []) if r not in ("missing-follow-up", "missing-appeal-guidance")]
    return "Min Plan", bl, rules


# ---------------------------------------------------------------- unknown (none of the kinds)

def unknown_docs(c: Ctx, i: int):
    rng = c.rng
    w = [dt.date(2026, 3, 2) + dt.timedelta(weeks=k) for k in range(6)]
    if i == 0:
        rows = [["Uge", "Mulige dage", "Fremmøde", "Fravær (%)"]]
        for k, d in enumerate(w):
            m = rng.randint(2, 5)
            rows.append([f"Uge {d.isocalendar()[1]}", "5", str(m), f"{(5 - m) * 20} %"])
        return "Fraværsrapport", "fravaersrapport", [
            ("title", f"Fraværsrapport – {c.school}"), ("p", f"Elev: {c.name}\n\nHold: {c.edu}\n\nUdskrevet {num_date(c.letter)}"),
            ("table", rows, True),
            ("p", f"Skolementor: {c.mentor}, tlf. {c.mphone}. Kontakt skolementoren ved spørgsmål til fravær."),
            ("p", f"Rapporten sendes til {c.unit} efter aftale om deling af fraværsoplysninger.")]
    if i == 1:
        return "Vejledningsnotat", "uu-vejledning", [
            ("title", "Notat – vejledningssamtale (UU / KUI)"),
            ("p", f"Dato: {num_date(c.letter)} · Vejleder: {c.worker} · Ung: {c.name}"),
            ("p", f"{c.first} kom til samtale sammen med sin mor. Vi talte om valg af uddannelse efter 9. klasse. "
                  f"{c.first} er interesseret i {c.edu} og vil gerne i brobygning på {c.school} i uge 46."),
            ("p", "Vurdering: ikke uddannelsesparat endnu (faglige forudsætninger). Vi taler om 10. klasse eller FGU som mulighed."),
            ("hb", "Næste skridt"), ("ul", ["Brobygning tilmeldes af vejleder", "Ny samtale efter jul",
                                            "Forældre inviteres til infoaften på FGU"])]
    if i in (2, 3):
        da = (f"Kære forældre\n\nJeres barn er tilknyttet {c.unit} i {c.kommune} Kommune. Vi inviterer til informationsaften "
              f"tirsdag den {da_date(c.start, 0)} kl. 18.00 på {c.school}. Vi fortæller om FGU, STU, EUD og 10. klasse, "
              "og om hvordan en mentor kan hjælpe unge i gang med en uddannelse. Der er tolk til stede.\n\n"
              f"Tilmelding til {c.worker}, tlf. {c.wphone}.")
        bl = [("title", "Invitation til forældre"), ("p", da)]
        if i == 3:
            lang = rng.choice(["ar", "so", "uk"])
            tr = {"ar": f"أولياء الأمور الأعزاء\n\nابنكم/ابنتكم مسجّل في {c.unit} في بلدية {c.kommune}. ندعوكم إلى أمسية إعلامية يوم الثلاثاء {num_date(c.start)} الساعة 18.00 في {c.school}. سنتحدث عن FGU وSTU وEUD والصف العاشر، وعن كيف يمكن للمرشد مساعدة الشباب على بدء التعليم. سيكون هناك مترجم.\n\nالتسجيل لدى {c.worker}، هاتف {c.wphone}.",
                  "so": f"Waalidiinta sharafta leh\n\nIlmahiinnu wuxuu ka diiwaangashan yahay {c.unit} ee Degmada {c.kommune}. Waxaan idinku martiqaadaynaa fiid macluumaad Talaado {num_date(c.start)} saacadda 18.00 ee {c.school}. Waxaan ka hadli doonaa FGU, STU, EUD iyo fasalka 10aad, iyo sida mentor u caawin karo dhallinyarada. Turjumaan ayaa joogi doona.\n\nIsdiiwaangelinta: {c.worker}, taleefan {c.wphone}.",
                  "uk": f"Шановні батьки\n\nВаша дитина перебуває під супроводом {c.unit} муніципалітету {c.kommune}. Запрошуємо вас на інформаційний вечір у вівторок {num_date(c.start)} о 18.00 у {c.school}. Ми розповімо про FGU, STU, EUD і 10-й клас, а також про те, як ментор може допомогти молоді розпочати навчання. Буде присутній перекладач.\n\nРеєстрація у {c.worker}, тел. {c.wphone}."}[lang]
            bl += [("h", f"{LANG_NAME[lang][0]} / {LANG_NAME[lang][1]}"), ("p", tr)]
        return "Forældrebrev", "parents-letter", bl
    if i == 4:
        return "Skolementor", "school-mentor-leaflet", [
            ("title", f"Mentorordningen på {c.school}"),
            ("p", "Alle elever kan få en skolementor. Skolementoren er en lærer, som du kan tale med, hvis det er svært at komme i skole."),
            ("hb", "Hvad kan skolementoren hjælpe med?"), ("ul", ["Lektier og afleveringer", "Fravær", "Kontakt til praktiksted"]),
            ("hb", "Hvor meget tid?"), ("p", "Typisk en samtale om ugen på 30 minutter."),
            ("p", "Skolementoren er ikke en mentor efter beskæftigelsesloven. Har du brug for mere hjælp, kan du tale med din kontaktperson i kommunen.")]
    if i == 5:
        rows = [["Dag", "Værksted", "Tid"], ["Mandag", "Køkken", "8.00-14.00"], ["Tirsdag", "Køkken", "8.00-14.00"],
                ["Onsdag", "Dansk og matematik", "8.30-13.00"], ["Torsdag", "Køkken", "8.00-14.00"], ["Fredag", "Fælles morgenmad og idræt", "8.00-12.00"]]
        return "Ugeskema", "schedule", [("title", f"Ugeskema – {c.school}"), ("p", f"Elev: {c.name} · Kontaktlærer: {c.mentor}"),
                                        ("table", rows, True), ("p", "Husk at melde fravær inden kl. 8.00 på tlf. " + c.mphone + ".")]
    if i == 6:
        lang = "uk"
        return "Indkaldelse", "meeting-invitation", [
            ("title", "Indkaldelse til samtale"), ("p", f"Kære {c.first}\n\nDu er indkaldt til samtale i {c.unit} den {da_date(c.start, 0)} kl. 10.00. "
                                                  "Vi skal tale om din uddannelse og om, hvorvidt en mentor kan være en hjælp. Du må gerne tage en forælder med. "
                                                  f"Hvis du ikke kan komme, så ring til {c.worker} på tlf. {c.wphone}."),
            ("h", f"{LANG_NAME[lang][0]} / {LANG_NAME[lang][1]}"),
            ("p", f"Шановний(-а) {c.first}\n\nТебе запрошено на співбесіду в {c.unit} {num_date(c.start)} о 10.00. Ми поговоримо про твоє навчання і про те, чи може допомогти ментор. Можеш узяти з собою одного з батьків. Якщо не можеш прийти, зателефонуй {c.worker} за тел. {c.wphone}.")]
    if i == 7:
        return "Statusrapport", "mentor-status-report", [
            ("title", "Statusrapport fra mentor"), ("p", f"Til: {c.unit}, {c.worker}\n\nBorger: {c.name}\n\nMentor: {c.mentor}, {c.org}, tlf. {c.mphone}"),
            ("hb", "Forløbet indtil nu"), ("p", f"{c.first} er mødt på {c.school} 3-4 dage om ugen i perioden. Vi har haft 2 timer om ugen sammen. "
                                                "SU er søgt og bevilget. Morgenopkaldene er stoppet efter aftale."),
            ("hb", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter med 1 time om ugen frem til sommerferien.")]
    if i == 8:
        return "Uddannelsesplan", "education-plan", [
            ("title", "Uddannelsesplan (9. klasse)"), ("p", f"Elev: {c.name} · Skole: {c.city} Skole · Vejleder (KUI): {c.worker}"),
            ("table", [["Ønske 1", "10. klasse på " + c.city + " Ungdomsskole"], ["Ønske 2", "EUD, grundforløb 1 (tømrer)"],
                       ["Uddannelsesparathed", "Ikke vurderet uddannelsesparat – personlige og sociale forudsætninger"],
                       ["Aktiviteter", "Brobygning uge 46, praktik i uge 10"]], False)]
    if i == 9:
        return "Netværksmøde", "minutes", [
            ("title", "Referat af netværksmøde"), ("p", f"Dato: {num_date(c.letter)}. Til stede: {c.name}, {c.parent} (mor), {c.worker} ({c.unit}), {c.mentor} (mentor), studievejleder fra {c.school}."),
            ("hb", "1. Hvordan går det?"), ("p", f"{c.first} fortæller, at det går bedre med at komme op. Fraværet er faldet fra 30 % til 15 %."),
            ("hb", "2. Mentor"), ("p", "Mentoren fortsætter som aftalt i mentoraftalen. Der er ikke behov for ændringer."),
            ("hb", "3. Næste møde"), ("p", "Næste netværksmøde holdes om 6 uger.")]
    if i == 10:
        lang = rng.choice(["so", "ar"])
        tr = {"so": ("Ma u baahan tahay mentor?", "Mentor waa qof kaa caawiya inaad bilowdo oo aad ku sii jirto waxbarasho ama shaqo. Mentor-ku wuxuu kaa caawin karaa ballamaha, SU iyo inaad dugsiga tagto. Ka hadal qofka lagula xiriiro ee degmada."),
              "ar": ("هل تحتاج إلى مرشد (منتور)؟", "المرشد شخص يساعدك على بدء الدراسة أو العمل والاستمرار فيها. يمكن للمرشد مساعدتك في المواعيد وSU والذهاب إلى المدرسة. تحدّث مع الشخص المسؤول عنك في البلدية.")}[lang]
        return "Pjece", "leaflet", [
            ("title", "Har du brug for en mentor?"),
            ("p", "En mentor er en person, der hjælper dig med at starte og blive i en uddannelse eller et job. Mentoren kan hjælpe med aftaler, SU og at komme i skole. "
                  "I en mentoraftale står målet, mentorens navn og kontaktdata, opgaverne, perioden, timetallet og hvordan vi følger op. Tal med din kontaktperson i kommunen."),
            ("h", f"{LANG_NAME[lang][0]} / {LANG_NAME[lang][1]}"), ("hb", tr[0]), ("p", tr[1])]
    if i == 11:
        rows = [["Dato", "Tid", "Aktivitet", "Timer"]]
        for d in w[:4]:
            rows.append([num_date(d), "9.00-11.00", "Morgenopkald og følgeskab til skole", "2"])
        rows.append(["I alt", "", "", "8"])
        return "Timeseddel", "timesheet", [("title", f"Timeseddel – {c.org}"), ("p", f"Borger: {c.name} · Mentor: {c.mentor}"),
                                            ("table", rows, True), ("p", "Faktura fremsendes separat via EAN.")]
    if i == 12:
        return "STU-indstilling", "stu-note", [
            ("title", "Notat: indstilling til STU"), ("p", f"{c.name} · {c.unit} · {num_date(c.letter)}"),
            ("p", f"{c.first} har autisme og har ikke kunnet gennemføre en ordinær ungdomsuddannelse, heller ikke med SPS. "
                  "KUI-vejlederen vurderer, at STU er den rette uddannelse. Sagen forelægges visitationsudvalget."),
            ("p", "Der er ikke truffet afgørelse endnu.")]
    return None


# ---------------------------------------------------------------- e-mail wrapper

def write_eml(path: Path, subject: str, body: str, c: Ctx, quoted: bool, to_parent: bool = False):
    msg = EmailMessage()
    msg["From"] = f"{c.worker} <{c.wmail}>"
    msg["To"] = f"{c.name} <{ascii_mail(c.first.lower())}.{ascii_mail(c.last.lower()).replace('-', '')}@gmail.com>"
    if to_parent:
        msg["Cc"] = f"{c.parent} <{ascii_mail(c.parent.split()[0].lower())}@example.dk>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(c.letter.year, c.letter.month, c.letter.day, 9, 30,
                                              tzinfo=dt.timezone.utc))
    body += f"\n-- \n{c.worker}\n{c.unit}, {c.kommune} Kommune\nTlf. {c.wphone}\n"
    if quoted:
        body += (f"\n\nDen {da_date(c.letter - dt.timedelta(days=2), 0)} skrev {c.first}:\n"
                 "> Hej. Hvornår får jeg papiret om min mentor? Min mor vil gerne se det.\n")
    msg.set_content(body)
    path.write_bytes(bytes(msg))


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
    entries = []
    pdf_jobs = []  # (docx path, final pdf path)
    tmpdir = Path(tempfile.mkdtemp(prefix="bj_"))

    def emit(sub: str, name: str, fmt: str, title: str, blocks: list, kind: str, subtype: str, layout: str,
             rules: list, extras: list, traits: list, c: Ctx, with_cpr: bool):
        rel = f"{sub}/{name}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(blocks, p, footer=f"{c.kommune} Kommune · {c.unit}" if rng.random() < 0.5 else None)
        elif fmt == "pdf":
            src = tmpdir / f"{len(pdf_jobs):03d}_{name}.docx"
            render_docx(blocks, src, footer=f"{c.kommune} Kommune · {c.unit}")
            pdf_jobs.append((src, p))
        elif fmt == "html":
            render_html(blocks, p, title, rng.randint(0, 1))
        elif fmt == "txt":
            p.write_text(render_text(blocks), encoding="utf-8")
        elif fmt == "eml":
            lead = ("Hermed afgørelsen om din mentorstøtte." if kind == "decision" else
                    "Her er det, vi aftalte. Skriv, hvis noget er forkert." if kind != "unknown" else "Se nedenfor.")
            body = f"Hej {c.first}\n\n{lead}\n\n" + render_text(blocks)
            write_eml(p, title, body, c, quoted=rng.random() < 0.5, to_parent=rng.random() < 0.4)
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
                        "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if with_cpr else [],
                        "traits": traits + (["cpr"] if with_cpr else [])})

    # defect plan for agreements: None = clean
    agr_defects = ([None] * 20 + [("goal", "missing"), ("goal", "empty"), ("goal", "unclear"), ("goal", "unclear"),
                                  ("mentor", "nameonly"), ("mentor", "missing"), ("mentor", "empty"),
                                  ("tasks", "missing"), ("tasks", "empty"), ("period", "missing"), ("period", "empty"),
                                  ("period", "over6"), ("period", "over6"), ("period", "over6"),
                                  ("follow", "missing"), ("follow", "missing"), ("follow", "empty"),
                                  ("hours", "missing"), ("hours", "vague"), ("hours", "empty"),
                                  ("appeal", "missing"), ("appeal", "missing"), ("appeal", "weak"),
                                  ("appeal", "wrong"), ("appeal", "wrong"),
                                  ("goal", "unclear", "hours", "missing"), ("mentor", "nameonly", "appeal", "missing"),
                                  ("follow", "missing", "period", "over6"), ("tasks", "missing", "hours", "vague"),
                                  ("goal", "missing", "appeal", "weak"),
                                  ("period", "over6"), ("hours", "vague"), ("mentor", "missing"), ("appeal", "missing"),
                                  ("goal", "unclear")])
    rng.shuffle(agr_defects)
    n_agr = len(agr_defects)  # 55
    langs_cycle = LANGS * 5
    fmts_da = ["docx", "pdf", "html", "txt", "eml"]
    for i, d in enumerate(agr_defects):
        c = Ctx(rng)
        state = {f: "ok" for f in FIELDS}
        if d:
            for k in range(0, len(d), 2):
                state[d[k]] = d[k + 1]
        translated = i % 2 == 0 and i < 50  # 25 translated
        lang = langs_cycle[i // 2] if translated else None
        if translated:
            layout = rng.choice(["bilingual-table", "translated-headings", "translated-table"])
            fmt = rng.choice(["docx", "docx", "pdf", "pdf", "html", "txt"])
        else:
            layout = rng.choice(["headings", "bold", "table"])
            fmt = fmts_da[i % 5]
        with_cpr = rng.random() < 0.25
        traits = [f"defect:{d[0]}-{d[1]}" if d else "clean", "youth"]
        title, bl = agreement_doc(c, state, lang, layout, traits, with_cpr)
        extras = []
        rules = labels_for(state, extras)
        sub = "oversat" if lang else "ungeenheden"
        emit(sub, f"{i:03d}-mentoraftale-{c.first.lower()}", fmt, title, bl, "agreement", "agreement", layout,
             rules, extras, traits, c, with_cpr)

    dec_plan = [("grant", "full", False, True), ("grant", "full", False, True), ("grant", "missing", False, True),
                ("grant", "weak", False, True), ("grant", "full", True, True), ("grant", "wrong", False, True),
                ("extend", "full", False, True), ("extend", "full", True, True), ("refuse", "full", False, True),
                ("refuse", "full", False, False), ("refuse", "missing", False, True), ("partial", "full", False, True),
                ("partial", "full", False, False), ("grant", "full", False, False), ("grant", "wrong", False, True),
                ("grant", "full", False, True), ("extend", "weak", False, True), ("grant", "full", True, True),
                ("refuse", "full", False, True), ("grant", "missing", False, True)]
    for i, (kind, appeal, over6, reasons) in enumerate(dec_plan):
        c = Ctx(rng)
        lang = LANGS[i % 5] if i % 2 == 0 else None
        with_cpr = rng.random() < 0.3
        traits = [f"decision:{kind}", f"appeal:{appeal}"] + (["over6"] if over6 else []) + ([] if reasons else ["no-reasons"])
        title, bl, rules, extras = decision_doc(c, kind, appeal, over6, reasons, lang, traits, with_cpr)
        fmt = ["docx", "pdf", "html", "eml", "txt"][i % 5]
        emit("afgoerelser", f"{i:03d}-afgoerelse-{kind}", fmt, title, bl, "decision", f"decision-{kind}", "letter",
             rules, extras, traits, c, with_cpr)

    mp_plan = [None, None, None, ("goal", "missing"), ("mentor", "nameonly"), ("tasks", "missing"),
               ("period", "over6"), ("hours", "missing"), ("goal", "unclear"), ("period", "missing")]
    for i, d in enumerate(mp_plan):
        c = Ctx(rng)
        state = {f: "ok" for f in FIELDS}
        state["follow"] = "missing"
        state["appeal"] = "missing"
        if d:
            state[d[0]] = d[1]
        lang = ["en", "ar", "tr"][i % 3] if i in (1, 4, 8) else None
        with_cpr = rng.random() < 0.3
        traits = [f"defect:{d[0]}-{d[1]}" if d else "clean"]
        title, bl, rules = minplan_doc(c, state, lang, traits, with_cpr)
        fmt = ["pdf", "html", "docx", "txt", "pdf"][i % 5]
        emit("minplan", f"{i:03d}-minplan-{c.first.lower()}", fmt, title, bl, "minplan", "minplan", "table",
             rules, [], traits, c, with_cpr)

    u_fmts = ["pdf", "docx", "eml", "pdf", "html", "docx", "eml", "docx", "pdf", "txt", "html", "pdf", "txt", "txt", "docx"]
    ui = 0
    for i in range(15):
        c = Ctx(rng)
        res = unknown_docs(c, i % 13)
        title, subtype, bl = res
        emit("andet", f"{i:03d}-{subtype}", u_fmts[i], title, bl, "unknown", subtype, "mixed", [], [],
             ["not-a-mentor-document-kind"], c, False)
        ui += 1

    if pdf_jobs:
        prof = "file:///tmp/lo_bj_profile"
        outdir = tmpdir / "pdf"
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(s) for s, _ in pdf_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dst in pdf_jobs:
            shutil.move(str(outdir / (src.stem + ".pdf")), dst)
    shutil.rmtree(tmpdir)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
