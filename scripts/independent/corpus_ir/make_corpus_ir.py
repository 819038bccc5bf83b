#!/usr/bin/env python3
"""Corpus IR: mentor paperwork written for citizens who read little Danish or read with difficulty.

One fictional municipality (Hjortsø Kommune) writes easy-read agreements and letters: question or
statement headings, numbered steps, a summary box, a formal and a plain version in one document,
Danish with a translation side by side or after it (Polish, Romanian, Tigrinya, Farsi, Turkish,
English), a letter whose translation is in an attachment, pictograms described in text and a
mentor's welcome letter.  Only the Danish text must satisfy the law: labels are decided from the
Danish text alone.

Usage: make_corpus_ir.py --out /work/corpora/ir [--seed 2021]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

KOMMUNE = "Hjortsø Kommune"
AFD = "Job og Borgerservice, Mentorteamet"
ADR = "Rådhusvej 4, 6910 Hjortsø"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

FIRST = ["Agnieszka", "Mihai", "Yonas", "Zahra", "Emre", "Tomasz", "Ioana", "Senait", "Reza", "Ayşe",
         "Kasia", "Andrei", "Filmon", "Mehdi", "Hatice", "Piotr", "Elena", "Luwam", "Nasrin", "Murat",
         "John", "Bente", "Kim", "Rasmus", "Jannie", "Dorthe", "Ole", "Hanne"]
LAST = ["Kowalska", "Popescu", "Tesfay", "Ahmadi", "Yilmaz", "Nowak", "Ionescu", "Gebremedhin",
        "Karimi", "Demir", "Wiśniewska", "Stan", "Haile", "Rezaei", "Kaya", "Larsen", "Madsen",
        "Pedersen", "Thomsen", "Nielsen"]
MENTORS = [("Lise Holm", "lise.holm"), ("Jørgen Bach", "jorgen.bach"), ("Sanne Vinther", "sanne.vinther"),
           ("Bilal Haddad", "bilal.haddad"), ("Mette Kragh", "mette.kragh"), ("Peter Lund", "peter.lund"),
           ("Helle Dam", "helle.dam"), ("Karim Saleh", "karim.saleh")]
CASEWORKERS = ["Anne Bjerre", "Thomas Krogh", "Camilla Friis", "Søren Vad"]

# (Danish goal, short place name used in translations)
GOALS = [
    ("Du er i praktik i Netto på Torvet 15 timer om ugen senest {dl}. Bagefter kan det blive et job med løntilskud.", "Netto"),
    ("Du starter på SOSU-hjælperuddannelsen i {ml}. Du kommer til undervisning 4 dage om ugen.", "SOSU"),
    ("Du arbejder 20 timer om ugen på lageret hos Hjortsø Fisk senest {dl}.", "Hjortsø Fisk"),
    ("Du går på danskkursus modul 3 og er i praktik i kantinen på Hjortsø Sygehus 3 dage om ugen fra {ml}. Målet er et job i et køkken.", "kantine"),
    ("Du bliver i dit job som rengøringsassistent hos Clean-Team og møder på arbejde alle 4 vagter om ugen.", "Clean-Team"),
    ("Du starter på FGU i Hjortsø (produktionsgrunduddannelse, køkken) {dl} og møder hver dag.", "FGU"),
    ("Du er i virksomhedspraktik hos Vest Auto 12 timer om ugen i {ml}. Målet er en læreplads som automekaniker.", "Vest Auto"),
    ("Du har bestået AMU-kurset som truckfører inden {dl} og søger 2 job om ugen på lagre.", "AMU truck"),
]
UNCLEAR = [
    "Du får mere ro og struktur på hverdagen.",
    "Støtte til at komme videre og få det bedre.",
    "Du får mere selvtillid og bedre trivsel.",
    "Mentoren skal motivere dig.",
    "Du kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    ["Mentoren går med dig til praktikstedet de første 2 uger.", "Mentoren hjælper dig med at læse breve fra kommunen.",
     "Mentoren øver busruten med dig."],
    ["Mentoren hjælper dig med at lave en ugeplan.", "Mentoren ringer til dig om morgenen, hvis du ikke kommer.",
     "Mentoren taler med din chef, hvis der er problemer."],
    ["Mentoren hjælper dig med at søge ind på skolen.", "Mentoren går med dig til det første møde på skolen.",
     "Mentoren hjælper dig med lektier i dansk 1 gang om ugen."],
    ["Mentoren hjælper dig med at forstå din vagtplan.", "Mentoren øver samtaler med kolleger med dig.",
     "Mentoren hjælper dig med at skrive til e-Boks og svare på breve."],
]

FOLLOW = [
    "Vi holder et møde hver måned: dig, mentoren og din sagsbehandler. Vi ser på, hvordan det går med målet. 14 dage før støtten slutter, holder vi et sidste møde.",
    "Hver 4. uge taler vi om, hvordan det går. Vi ser på dit fremmøde. Før støtten slutter, holder vi et statusmøde.",
    "Vi følger op hver måned. Delmål: du møder 3 dage om ugen i april og 4 dage om ugen i maj.",
    "Statusmøde hver 6. uge med din sagsbehandler. Evaluering 14 dage før perioden slutter.",
]
FOLLOW_VAGUE = ["Vi taler sammen, når der er brug for det.", "Vi følger op efter behov.",
                "Opfølgning sker løbende."]

APPEAL = [
    "Er du ikke enig i afgørelsen? Så kan du klage. Du skal klage til kommunen inden 4 uger, efter du har fået dette brev. Du kan skrive eller ringe. Kommunen ser på sagen igen. Hvis kommunen ikke ændrer afgørelsen, sender vi din klage til Ankestyrelsen. Det står i lov om en aktiv beskæftigelsesindsats § 204.",
    "Hvis du ikke er enig, skal du klage til Hjortsø Kommune inden fire uger. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Du kan klage over afgørelsen. Klagen skal sendes til Hjortsø Kommune, Job og Borgerservice, senest 4 uger efter, at du har fået afgørelsen. Vi vurderer sagen igen. Får du ikke medhold, sender vi klagen videre til Ankestyrelsen (LAB § 204 og retssikkerhedsloven §§ 66-67).",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Er du utilfreds, kan du ringe til os.",
    "Du kan klage til kommunen. Skriv til os på Digital Post.",
]

TR = {
    "pl": dict(name="Polski", title="Umowa o wsparciu mentora", goal="Cel: praca lub nauka ({place}).",
               mentor="Twój mentor to {mentor}. Telefon: {phone}.", hours="{hours} godziny tygodniowo.",
               period="Okres: {start} – {end}.", follow="Co miesiąc mamy spotkanie i rozmawiamy o postępach.",
               appeal="Jeśli się nie zgadzasz, możesz złożyć odwołanie do gminy (kommunen) w ciągu 4 tygodni. Gmina ponownie rozpatrzy sprawę, a potem wyśle odwołanie do Ankestyrelsen.",
               note="To jest tłumaczenie. Obowiązuje tekst duński."),
    "ro": dict(name="Română", title="Acord privind sprijinul unui mentor", goal="Scop: un loc de muncă sau o școală ({place}).",
               mentor="Mentorul tău este {mentor}. Telefon: {phone}.", hours="{hours} ore pe săptămână.",
               period="Perioada: {start} – {end}.", follow="În fiecare lună avem o întâlnire despre cum merge.",
               appeal="Dacă nu ești de acord, poți face plângere la comună (kommunen) în termen de 4 săptămâni. Comuna reanalizează decizia și apoi trimite plângerea la Ankestyrelsen.",
               note="Aceasta este o traducere. Textul în daneză este cel valabil."),
    "ti": dict(name="ትግርኛ", title="ስምምዕ ደገፍ መንቶር", goal="ዕላማ፥ ስራሕ ወይ ትምህርቲ ({place})።",
               mentor="መንቶርኻ {mentor} እዩ። ተሌፎን {phone}።", hours="{hours} ሰዓታት ኣብ ሰሙን።",
               period="ካብ {start} ክሳብ {end}።", follow="ኣብ ነፍሲ ወከፍ ወርሒ ርክብ ኣሎና።",
               appeal="እንተ ዘይተሰማሚዕካ፡ ኣብ ውሽጢ 4 ሰሙን ናብ ኮሙን ክትጠርዕ ትኽእል ኢኻ። ድሕሪኡ ናብ Ankestyrelsen ይለኣኽ።",
               note="እዚ ትርጉም እዩ። ናይ ዴንማርክ ጽሑፍ እዩ ዝሰርሕ።"),
    "fa": dict(name="فارسی", title="توافق‌نامه حمایت منتور", goal="هدف: کار یا تحصیل ({place}).",
               mentor="منتور شما {mentor} است. تلفن: {phone}.", hours="{hours} ساعت در هفته.",
               period="از {start} تا {end}.", follow="هر ماه یک جلسه داریم و درباره پیشرفت صحبت می‌کنیم.",
               appeal="اگر موافق نیستید، می‌توانید ظرف ۴ هفته به کمون (kommunen) شکایت کنید. کمون دوباره بررسی می‌کند و سپس شکایت را به Ankestyrelsen می‌فرستد.",
               note="این یک ترجمه است. متن دانمارکی معتبر است."),
    "tr": dict(name="Türkçe", title="Mentor desteği anlaşması", goal="Hedef: iş veya eğitim ({place}).",
               mentor="Mentorunuz {mentor}. Telefon: {phone}.", hours="Haftada {hours} saat.",
               period="{start} – {end} tarihleri arasında.", follow="Her ay bir toplantı yapıp nasıl gittiğini konuşuyoruz.",
               appeal="Karara katılmıyorsanız 4 hafta içinde belediyeye (kommunen) itiraz edebilirsiniz. Belediye kararı yeniden değerlendirir, değişmezse itiraz Ankestyrelsen'e gönderilir.",
               note="Bu bir çeviridir. Geçerli olan Danca metindir."),
    "en": dict(name="English", title="Agreement on mentor support", goal="Goal: a job or an education ({place}).",
               mentor="Your mentor is {mentor}. Phone: {phone}.", hours="{hours} hours a week.",
               period="Period: {start} – {end}.", follow="Every month we meet and talk about how it is going.",
               appeal="If you do not agree, you can complain to the municipality (kommunen) within 4 weeks. The municipality looks at the case again and then sends the complaint to Ankestyrelsen.",
               note="This is a translation. The Danish text is the valid one."),
}


# ----------------------------------------------------------------------------------------------
# helpers
def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dnum(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fake_cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def slug(name: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()


def phone(rng: random.Random) -> str:
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# ----------------------------------------------------------------------------------------------
# renderers. A document is a list of blocks:
#   ("title", t) ("h", t) ("p", t) ("ol", [..]) ("ul", [..]) ("box", heading, [lines])
#   ("table", rows, header_bool) ("pict", description) ("hr",)
def render_txt(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "=" * min(len(b[1]), 70), ""]
        elif k == "h":
            out += [b[1], "-" * min(len(b[1]), 70)]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "box":
            out += ["*" * 60, b[1].upper()] + [f"  {x}" for x in b[2]] + ["*" * 60, ""]
        elif k == "table":
            out += ["    ".join(r) for r in b[1]] + [""]
        elif k == "pict":
            out += [f"[Billede: {b[1]}]", ""]
        elif k == "hr":
            out += ["", "- - - - - - - - - - - - - - - - - - - -", ""]
    return "\n".join(out).rstrip() + "\n"


def render_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "h":
            out += [f"## {b[1]}", ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "box":
            out += [f"> **{b[1]}**", ">"] + [f"> {x}  " for x in b[2]] + [""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        elif k == "pict":
            out += [f"*(Billede: {b[1]})*", ""]
        elif k == "hr":
            out += ["---", ""]
    return "\n".join(out)


def render_html(blocks, lang="da"):
    e = html.escape
    title = next((b[1] for b in blocks if b[0] == "title"), "Brev")
    out = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>',
           "<style>body{font-family:Verdana,sans-serif;font-size:15pt;max-width:40em}"
           ".box{border:3px solid #2a6;padding:.6em;background:#eef9f0}td{vertical-align:top;padding:.3em;border:1px solid #999}"
           "</style></head><body>"]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            d = ' dir="rtl"' if any("\u0600" <= c <= "\u06ff" for c in b[1]) else ""
            out.append(f"<p{d}>{e(b[1])}</p>")
        elif k in ("ol", "ul"):
            out.append(f"<{k}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "box":
            out.append(f'<div class="box"><strong>{e(b[1])}</strong>' + "".join(f"<p>{e(x)}</p>" for x in b[2]) + "</div>")
        elif k == "table":
            rows = b[1]
            h = "".join(f"<th>{e(c)}</th>" for c in rows[0]) if b[2] else ""
            body = rows[1:] if b[2] else rows
            out.append("<table>" + (f"<tr>{h}</tr>" if h else "") +
                       "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in body) + "</table>")
        elif k == "pict":
            out.append(f'<p><img alt="{e(b[1])}" src="data:,"> <em>(Billede: {e(b[1])})</em></p>')
        elif k == "hr":
            out.append("<hr>")
    out.append("</body></html>\n")
    return "\n".join(out)


def render_docx(blocks, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(13)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "h":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "ol":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
        elif k == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif k == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.cell(0, 0)
            c.paragraphs[0].add_run(b[1]).bold = True
            for x in b[2]:
                c.add_paragraph(x)
            doc.add_paragraph("")
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
                    if b[2] and i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif k == "pict":
            doc.add_paragraph().add_run(f"[Billede: {b[1]}]").italic = True
        elif k == "hr":
            doc.add_page_break()
    doc.core_properties.author = "Hjortsø Kommune"
    doc.save(path)


def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k == "ol":
            for i, x in enumerate(b[1], 1):
                doc.text.addElement(P(text=f"{i}. {x}"))
        elif k == "ul":
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k == "box":
            doc.text.addElement(P(stylename=bold, text=b[1]))
            for x in b[2]:
                doc.text.addElement(P(text=x))
        elif k == "table":
            rows = b[1]
            t = Table(name=f"T{id(b) % 10000}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r in rows:
                tr = TableRow()
                for v in r:
                    tc = TableCell()
                    tc.addElement(P(text=v))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k == "pict":
            doc.text.addElement(P(text=f"[Billede: {b[1]}]"))
        elif k == "hr":
            doc.text.addElement(P(text=""))
    doc.save(str(path))


def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem, PageBreak)
    from reportlab.lib import colors
    fdir = "/usr/share/fonts/truetype/dejavu/"
    try:
        pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=12, leading=17, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=18, leading=22, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=14, leading=18, spaceBefore=8)
    e = html.escape
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(e(b[1]), h1))
        elif k == "h":
            story.append(Paragraph(e(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(e(b[1]), body))
        elif k in ("ol", "ul"):
            items = [ListItem(Paragraph(e(x), body)) for x in b[1]]
            story.append(ListFlowable(items, bulletType="1" if k == "ol" else "bullet",
                                      bulletFontName="DV", start=None if k == "ol" else "•"))
        elif k == "box":
            cell = [Paragraph(e(b[1]), ParagraphStyle("bx", parent=body, fontName="DVB"))] + \
                   [Paragraph(e(x), body) for x in b[2]]
            t = Table([[cell]], colWidths=[440])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colors.darkgreen),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef9f0"))]))
            story += [t, Spacer(1, 8)]
        elif k == "table":
            rows = b[1]
            w = 440 / len(rows[0])
            data = [[Paragraph(e(c), body) for c in r] for r in rows]
            t = Table(data, colWidths=[w] * len(rows[0]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif k == "pict":
            story.append(Paragraph(f"<i>[Billede: {e(b[1])}]</i>", body))
        elif k == "hr":
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, title=next((b[1] for b in blocks if b[0] == "title"), ""),
                      author="Hjortsø Kommune", invariant=1).build(story)


def render_eml(blocks, path, to_name, subject, date):
    m = EmailMessage()
    m["From"] = "Hjortsø Kommune, Mentorteamet <mentor@hjortsoe.dk>"
    m["To"] = f"{to_name} <borger@example.dk>"
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 30), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<ir-{abs(hash(subject + to_name)) % 10**9}@hjortsoe.dk>"
    m.set_content(render_txt(blocks))
    path.write_bytes(bytes(m))


# ----------------------------------------------------------------------------------------------
# content
class Ctx:
    def __init__(self, rng, i):
        self.rng = rng
        self.citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.first = self.citizen.split()[0]
        self.mentor, mail = rng.choice(MENTORS)
        self.mfirst = self.mentor.split()[0]
        self.mphone = phone(rng)
        self.mmail = f"{mail}@hjortsoe.dk"
        self.cw = rng.choice(CASEWORKERS)
        self.cwphone = "72 35 " + f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.goal, self.place = rng.choice(GOALS)
        self.tasks = rng.choice(TASKS)
        self.hours = rng.choice([2, 3, 4, 5])
        m = rng.randint(1, 9)
        self.start = dt.date(2026, m, rng.choice([1, 1, 1, 15]))
        self.end = six_end(self.start)
        self.letter = self.start - dt.timedelta(days=rng.randint(5, 20))
        g = add_months(self.start, 3)
        m2 = add_months(self.start, 2)
        self.goal = self.goal.format(dl=dlong(g), ml=f"{MONTHS[m2.month - 1]} {m2.year}")
        self.case = f"27.24.08-P20-{rng.randint(100, 999)}-26"
        self.cpr = None
        self.follow = rng.choice(FOLLOW)
        self.appeal = rng.choice(APPEAL)


def apply_defects(c: Ctx, defects, rng):
    """Return the Danish field texts after the defects are applied (None = field left out)."""
    f = dict(goal=c.goal, mentor=f"Din mentor hedder {c.mentor}. Du kan ringe til {c.mfirst} på {c.mphone}. Mail: {c.mmail}",
             tasks=list(c.tasks), period=f"Fra {dlong(c.start)} til {dlong(c.end)}.",
             hours=f"Du får {c.hours} timer med {c.mfirst} hver uge.", follow=c.follow, appeal=c.appeal, range=True)
    for d in defects:
        if d == "missing-goal":
            f["goal"] = rng.choice([None, "Udfyldes senere", "-"])
        elif d == "unclear-goal":
            f["goal"] = rng.choice(UNCLEAR)
        elif d == "missing-mentor":
            f["mentor"] = f"Din mentor hedder {c.mentor}."
        elif d == "missing-tasks":
            f["tasks"] = None
        elif d == "missing-duration":
            f["period"] = rng.choice([f"Vi starter {dlong(c.start)}. Vi stopper, når du er klar.",
                                      f"Fra {dlong(c.start)} og indtil videre.", None])
            f["range"] = False
        elif d == "duration-over-6-months":
            months = rng.choice([8, 9, 12])
            c.end = six_end(c.start, months)
            f["period"] = rng.choice([f"Fra {dlong(c.start)} til {dlong(c.end)}.",
                                      f"Fra {dnum(c.start)} til {dnum(c.end)}."])
        elif d == "missing-hours":
            f["hours"] = rng.choice([None, f"Du ser {c.mfirst} et par timer om ugen.", "Du ser mentoren efter behov."])
        elif d == "missing-follow-up":
            f["follow"] = rng.choice(FOLLOW_VAGUE + [None])
        elif d == "missing-appeal-guidance":
            f["appeal"] = rng.choice(APPEAL_BAD + [None])
    return f


def tr_lines(lang, c: Ctx, f, with_appeal=True):
    t = TR[lang]
    lines = [t["title"]]
    if f["goal"] and f["goal"] not in ("-", "Udfyldes senere") and f["goal"] not in UNCLEAR:
        lines.append(t["goal"].format(place=c.place))
    if f["mentor"] and c.mphone in f["mentor"] and c.mentor in f["mentor"]:
        lines.append(t["mentor"].format(mentor=c.mentor, phone=c.mphone))
    if f["hours"] and str(c.hours) in f["hours"] and "timer" in f["hours"]:
        lines.append(t["hours"].format(hours=c.hours))
    if f["range"]:
        lines.append(t["period"].format(start=dnum(c.start), end=dnum(c.end)))
    if f["follow"] and f["follow"] not in FOLLOW_VAGUE:
        lines.append(t["follow"])
    if with_appeal and f["appeal"] and f["appeal"] in APPEAL:
        lines.append(t["appeal"])
    lines.append(t["note"])
    return lines


def letterhead(c: Ctx, cpr=False):
    lines = [f"{KOMMUNE} · {AFD} · {ADR}", f"Til: {c.citizen}", f"Dato: {dlong(c.letter)}", f"Sagsnr.: {c.case}"]
    if cpr:
        lines.append(f"CPR-nr.: {c.cpr}")
    return [("p", x) for x in lines]


def caseworker_block(c):
    return [("h", "Har du spørgsmål?"),
            ("p", f"Ring til din sagsbehandler {c.cw} på {c.cwphone}. Du kan også skrive på Digital Post."),
            ("p", "Du kan få en tolk. Det er gratis. Sig det til os, når du ringer.")]


def agreement_blocks(c: Ctx, f, style, rng, lang=None, cpr=False):
    """Easy-read agreement in one of several styles."""
    q = style in ("question", "pict", "steps", "box")
    H = {
        "goal": "Hvad er målet?" if q else "Dit mål",
        "mentor": "Hvem er din mentor?" if q else "Din mentor",
        "tasks": "Hvad hjælper mentoren dig med?" if q else "Det hjælper mentoren dig med",
        "period": "Hvor længe får du en mentor?" if q else "Så længe varer støtten",
        "hours": "Hvor mange timer?" if q else "Så mange timer får du",
        "follow": "Hvornår taler vi om, hvordan det går?" if q else "Sådan følger vi op",
        "appeal": "Hvad gør du, hvis du ikke er enig?" if q else "Sådan klager du",
    }
    title = rng.choice(["Aftale om mentorstøtte – let at læse", "Din aftale om mentor", "Aftale om mentorstøtte (let dansk)",
                        "Mentoraftale – i et enkelt sprog"])
    b = [("title", title)] + letterhead(c, cpr)
    b.append(("p", f"Kære {c.first}. Du får dette brev, fordi du skal have en mentor. Her står det, vi har aftalt. "
                   f"Vi har skrevet brevet med korte sætninger."))
    if style == "box":
        lines = ["Du får en mentor."]
        if f["mentor"] and c.mphone in f["mentor"] and c.mentor in f["mentor"]:
            lines.append(f"Mentoren hedder {c.mentor}.")
        if f["hours"] and "hver uge" in f["hours"]:
            lines.append(f"I ses {c.hours} timer hver uge.")
        if f["range"]:
            lines.append(f["period"])
        lines.append("Læs mere nedenfor.")
        b.insert(1, ("box", "Kort fortalt", lines))
    pics = {"goal": "en pil, der peger mod en arbejdsplads", "mentor": "en person, der smiler",
            "tasks": "to hænder, der holder hinanden", "period": "en kalender", "hours": "et ur",
            "follow": "to personer ved et bord", "appeal": "et brev med et udråbstegn"}

    def sec(key, content):
        if content is None:
            return
        b.append(("h", H[key]))
        if style == "pict":
            b.append(("pict", pics[key]))
        if isinstance(content, list):
            b.append(("ol" if style == "steps" else "ul", content))
        else:
            b.append(("p", content))
    if f["goal"] is not None:
        sec("goal", f["goal"] if f["goal"] in ("-", "Udfyldes senere") else f["goal"])
    sec("mentor", f["mentor"])
    sec("tasks", f["tasks"])
    sec("period", f["period"])
    sec("hours", f["hours"])
    sec("follow", f["follow"])
    if style == "steps":
        b.append(("h", "Sådan gør du – trin for trin"))
        steps = [f"Du får en sms fra {c.mfirst} med tid og sted for det første møde.",
                 "Du kommer til mødet. Tag dit sygesikringskort med.",
                 "I laver en plan sammen.",
                 "Du skriver under på aftalen."]
        b.append(("ol", steps))
    sec("appeal", f["appeal"])
    b += caseworker_block(c)
    if lang:
        b.append(("hr",))
        b.append(("h", f"Oversættelse – {TR[lang]['name']}"))
        b += [("p", x) for x in tr_lines(lang, c, f)]
    b.append(("p", f"Underskrift borger: ____________   Underskrift mentor: ____________   Dato: {dnum(c.letter)}"))
    return b


def side_by_side(c: Ctx, f, lang, cpr=False, appeal_only_tr=False):
    t = TR[lang]
    rows = [["Dansk", t["name"]], ["Aftale om mentorstøtte", t["title"]]]

    def row(label, da, trk, **kw):
        if da is None:
            return
        val = da if not isinstance(da, list) else " ".join(da)
        tr = t[trk].format(**kw) if trk else ""
        rows.append([f"{label}: {val}", tr])
    ok_goal = f["goal"] and f["goal"] not in ("-", "Udfyldes senere") and f["goal"] not in UNCLEAR
    row("Mål", f["goal"], "goal" if ok_goal else None, place=c.place)
    row("Mentor", f["mentor"], "mentor" if f["mentor"] and c.mphone in f["mentor"] and c.mentor in f["mentor"] else None,
        mentor=c.mentor, phone=c.mphone)
    row("Mentorens opgaver", f["tasks"], None)
    row("Periode", f["period"], "period" if f["range"] else None,
        start=dnum(c.start), end=dnum(c.end))
    row("Timer", f["hours"], "hours" if f["hours"] and "hver uge" in f["hours"] else None, hours=c.hours)
    row("Opfølgning", f["follow"], "follow" if f["follow"] and f["follow"] not in FOLLOW_VAGUE else None)
    if appeal_only_tr:
        rows.append(["", t["appeal"]])
    else:
        row("Klagevejledning", f["appeal"], "appeal" if f["appeal"] in APPEAL else None)
    rows.append(["Den danske tekst gælder.", t["note"]])
    b = [("title", f"Aftale om mentorstøtte / {t['title']}")] + letterhead(c, cpr)
    b.append(("p", f"Kære {c.first}. Her er din aftale på dansk og på {t['name']}. Teksten står ved siden af hinanden."))
    b.append(("table", rows, True))
    b += caseworker_block(c)
    return b


def formal_plain(c: Ctx, f, cpr=False):
    b = [("title", "Aftale om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167")] + letterhead(c, cpr)
    b.append(("p", "Dette dokument har to dele. Del 1 er den formelle aftale. Del 2 siger det samme med enkle ord."))
    b.append(("h", "Del 1 – Formel aftale"))
    rows = []
    if f["goal"] is not None:
        rows.append(["Målet med mentorstøtten", f["goal"]])
    if f["mentor"] is not None:
        rows.append(["Mentorens navn og kontaktdata",
                     f"{c.mentor}, Mentorteamet, tlf. {c.mphone}, {c.mmail}" if c.mphone in f["mentor"] else f"{c.mentor}, Mentorteamet"])
    if f["tasks"] is not None:
        rows.append(["Mentorens opgaver", "; ".join(x.rstrip(".") for x in f["tasks"])])
    if f["period"] is not None:
        rows.append(["Aftalens varighed", f["period"]])
    if f["hours"] is not None:
        rows.append(["Timetal", f["hours"]])
    if f["follow"] is not None:
        rows.append(["Opfølgning og progression", f["follow"]])
    b.append(("table", rows, False))
    if f["appeal"] is not None:
        b.append(("h", "Klagevejledning"))
        b.append(("p", f["appeal"]))
    b.append(("h", "Del 2 – Med enkle ord"))
    plain = []
    if f["goal"] and f["goal"] not in ("-", "Udfyldes senere"):
        plain.append(f"Dit mål: {f['goal']}")
    if f["mentor"]:
        plain.append(f["mentor"])
    if f["tasks"]:
        plain.append("Mentoren hjælper dig med: " + " ".join(f["tasks"]))
    if f["period"]:
        plain.append(f["period"])
    if f["hours"]:
        plain.append(f["hours"])
    if f["follow"]:
        plain.append(f["follow"])
    b.append(("ul", plain))
    b += caseworker_block(c)
    return b


def welcome_letter(c: Ctx, f, cpr=False):
    b = [("title", f"Velkommen, {c.first}! Din mentoraftale")]
    b.append(("p", f"{KOMMUNE}, Mentorteamet · {dlong(c.letter)} · Sagsnr. {c.case}"))
    if cpr:
        b.append(("p", f"CPR: {c.cpr}"))
    b.append(("p", f"Hej {c.first}. Jeg hedder {c.mentor}. Jeg er din mentor. Jeg glæder mig til at møde dig."))
    b.append(("p", "Her får du det, vi blev enige om, skrevet ned. Jeg skriver med enkle ord."))
    if f["goal"] is not None:
        b.append(("p", f"Dit mål: {f['goal']}"))
    if f["mentor"] is not None:
        b.append(("p", f["mentor"].replace("Din mentor hedder", "Du kan altid fange mig. Jeg hedder")))
    else:
        pass
    if f["tasks"] is not None:
        b.append(("p", "Det hjælper jeg dig med:"))
        b.append(("ul", [x.replace("Mentoren", "Jeg") for x in f["tasks"]]))
    if f["period"] is not None:
        b.append(("p", f"Hvor længe? {f['period']}"))
    if f["hours"] is not None:
        b.append(("p", f["hours"]))
    if f["follow"] is not None:
        b.append(("p", f["follow"]))
    if f["appeal"] is not None:
        b.append(("p", "Det er kommunen, der har besluttet, at du får en mentor. " + f["appeal"]))
    b.append(("p", f"Mange hilsner\n{c.mentor}"))
    return b


def decision_blocks(c: Ctx, sub, appeal, over, rng, style, lang=None, cpr=False, attach=False):
    """sub: grant | partial | refusal | extension | end."""
    if over:
        c.end = six_end(c.start, rng.choice([8, 9, 12]))
    per = f"fra {dlong(c.start)} til {dlong(c.end)}"
    titles = {"grant": "Du får en mentor", "partial": "Du får en mentor – men færre timer, end du bad om",
              "refusal": "Du får ikke en mentor", "extension": "Du får mentor i en periode mere",
              "end": "Din mentorstøtte stopper"}
    formal = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
              "refusal": "Afgørelse – afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
              "end": "Afgørelse om ophør af mentorstøtte"}
    b = [("title", f"{formal[sub]}: {titles[sub]}")] + letterhead(c, cpr)
    summ = {"grant": [f"Du får en mentor {per}.", f"Du får {c.hours} timer om ugen.", f"Din mentor er {c.mentor}."],
            "partial": [f"Du bad om {c.hours + 3} timer om ugen.", f"Du får {c.hours} timer om ugen {per}."],
            "refusal": ["Du har søgt om en mentor.", "Du får ikke en mentor nu."],
            "extension": [f"Du får mentor igen {per}.", f"Du får {c.hours} timer om ugen."],
            "end": [f"Din mentorstøtte stopper {dlong(c.start)}.", "Du har nået dit mål."]}
    if style in ("box", "question"):
        b.append(("box", "Kort fortalt", summ[sub]))
    b.append(("h", "Hvad har vi besluttet?" if style == "question" else "Det har vi besluttet"))
    if sub == "grant":
        b.append(("p", f"Du får mentorstøtte {per}. Du får {c.hours} timer om ugen. Din mentor er {c.mentor} fra Mentorteamet, tlf. {c.mphone}."))
    elif sub == "partial":
        b.append(("p", f"Du har søgt om mentor {c.hours + 3} timer om ugen. Du får {c.hours} timer om ugen {per}."))
    elif sub == "refusal":
        b.append(("p", "Du har søgt om en mentor. Vi siger nej til din ansøgning."))
    elif sub == "extension":
        b.append(("p", f"Din mentorstøtte er forlænget. Den nye periode er {per}. Du får stadig {c.hours} timer om ugen med {c.mentor}."))
    else:
        b.append(("p", f"Din mentorstøtte stopper den {dlong(c.start)}. Du har fået et job, og du har ikke brug for en mentor mere."))
    if sub != "grant":
        b.append(("h", "Hvorfor?" if style == "question" else "Derfor har vi besluttet det"))
        why = {"partial": f"Vi mener, at {c.hours} timer med mentor og resten af tiden i praktik er nok til at nå dit mål. Vi har lagt vægt på, at du allerede kender praktikstedet.",
               "refusal": "Du går allerede på sprogskole, og skolen har en studievejleder, der kan hjælpe dig. Mentorstøtte gives, når du har brug for støtte ud over det, skolen giver.",
               "extension": f"Du er godt i gang, men du har brug for lidt mere hjælp for at nå dit mål. Vi har vurderet din sag konkret.",
               "end": "Du har nu et fast job. Målet med mentorstøtten er nået."}
        b.append(("p", why[sub]))
        b.append(("p", "Vi har truffet afgørelsen efter lov om en aktiv beskæftigelsesindsats § 167."))
    if appeal is not None:
        b.append(("h", "Er du ikke enig?" if style == "question" else "Klagevejledning"))
        b.append(("p", appeal))
    b += caseworker_block(c)
    if lang:
        t = TR[lang]
        b.append(("hr",))
        b.append(("h", f"Bilag 1: Oversættelse til {t['name']}" if attach else f"Oversættelse – {t['name']}"))
        lines = [t["note"]]
        if sub in ("grant", "partial", "extension"):
            lines.append(t["period"].format(start=dnum(c.start), end=dnum(c.end)))
            lines.append(t["hours"].format(hours=c.hours))
        if appeal in APPEAL:
            lines.append(t["appeal"])
        b += [("p", x) for x in lines]
    return b


def minplan_blocks(c: Ctx, f, rng, style, cpr=False):
    b = [("title", rng.choice(["Min Plan – din mentor (let udgave)", "Min Plan: Mentorstøtte", "Min Plan – Mentor"]))]
    b.append(("p", f"Udskrevet fra Min Plan {dnum(c.letter)} · {c.citizen}"))
    if cpr:
        b.append(("p", f"CPR-nr. {c.cpr}"))
    b.append(("p", "Din plan er skrevet i et enkelt sprog. Spørg din sagsbehandler, hvis der er noget, du ikke forstår."))
    rows = [["Aktivitet", "Mentorstøtte (LAB § 167)"]]
    if f["goal"] is not None:
        rows.append(["Hvad er målet?", f["goal"]])
    if f["mentor"] is not None:
        rows.append(["Hvem er din mentor?", f["mentor"]])
    if f["tasks"] is not None:
        rows.append(["Hvad hjælper mentoren med?", " ".join(f["tasks"])])
    if f["period"] is not None:
        rows.append(["Hvor længe?", f["period"]])
    if f["hours"] is not None:
        rows.append(["Hvor mange timer?", f["hours"]])
    if style == "table":
        b.append(("table", rows, False))
    else:
        for k, v in rows:
            b.append(("h", k))
            b.append(("p", v))
    b.append(("p", f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}"))
    return b


# ----------------------------------------------------------------------------------------------
# look-alikes (unknown)
def unknown_docs(rng):
    docs = []
    docs.append(("leaflet", "pdf", [
        ("title", "Hvad er en mentor? – Let at læse"),
        ("pict", "en person, der hjælper en anden"),
        ("p", "En mentor er en person, der kan hjælpe dig med at komme i job eller uddannelse."),
        ("h", "Hvad står der i en aftale om mentor?"),
        ("ul", ["Målet med mentorstøtten", "Mentorens navn og telefonnummer", "Hvad mentoren skal hjælpe med",
                "Hvor længe aftalen gælder – højst 6 måneder ad gangen", "Hvor mange timer om ugen",
                "Hvordan vi følger op", "Hvordan du klager: til kommunen inden 4 uger"]),
        ("p", "Vil du vide mere? Ring til Mentorteamet i Hjortsø Kommune på 72 35 10 10."),
    ]))
    docs.append(("invitation", "docx", [
        ("title", "Invitation til første møde med din mentor"),
        ("p", "Hjortsø Kommune, Mentorteamet"),
        ("p", "Hej. Du er inviteret til et møde. Vi skal tale om, om en mentor kan hjælpe dig."),
        ("ol", ["Mødet er tirsdag den 10. marts 2026 kl. 10.00.", "Mødet er på Rådhusvej 4, lokale 12.",
                "Du kan tage en ven eller en tolk med."]),
        ("p", "Kan du ikke komme? Ring til os på 72 35 10 10."),
    ]))
    docs.append(("guide", "html", [
        ("title", "Sådan læser du din aftale om mentorstøtte"),
        ("p", "Denne vejledning er til dig, der har fået en aftale om mentor fra Hjortsø Kommune."),
        ("h", "Trin 1: Find dit mål"), ("p", "Øverst står målet. Målet skal handle om job eller uddannelse."),
        ("h", "Trin 2: Find din mentor"), ("p", "Eksempel: »Din mentor hedder Lise Holm, tlf. 21 43 65 87.«"),
        ("h", "Trin 3: Find perioden og timerne"), ("p", "Eksempel: »Fra 1. marts 2026 til 31. august 2026. 3 timer om ugen.«"),
        ("h", "Trin 4: Klagevejledning"), ("p", "Nederst står, hvordan du klager. Du skal klage til kommunen inden 4 uger. Derefter kan sagen gå til Ankestyrelsen."),
    ]))
    for lang in ("pl", "fa"):
        t = TR[lang]
        docs.append((f"consent-{lang}", "docx" if lang == "fa" else "pdf", [
            ("title", f"Samtykke til at dele oplysninger / {t['name']}"),
            ("p", "Hjortsø Kommune, Job og Borgerservice"),
            ("table", [["Dansk", t["name"]],
                       ["Jeg giver lov til, at kommunen må tale med min mentor og min praktikplads om, hvordan det går.",
                        {"pl": "Wyrażam zgodę, aby gmina rozmawiała z moim mentorem i miejscem praktyki.",
                         "fa": "من اجازه می‌دهم که کمون با منتور و محل کارآموزی من صحبت کند."}[lang]],
                       ["Samtykket gælder i 6 måneder. Du kan trække det tilbage når som helst.",
                        {"pl": "Zgoda jest ważna 6 miesięcy. Możesz ją wycofać w każdej chwili.",
                         "fa": "این رضایت ۶ ماه معتبر است. هر زمان می‌توانید آن را پس بگیرید."}[lang]],
                       ["Navn: ____________  Dato: ______  Underskrift: ____________", ""]], True),
        ]))
    docs.append(("faq-tr", "html", [
        ("title", "Spørgsmål og svar om mentor / Mentor hakkında sorular ve cevaplar"),
        ("h", "Hvor længe kan jeg få en mentor? / Ne kadar süre mentor alabilirim?"),
        ("p", "Op til 6 måneder ad gangen. Derefter kan kommunen give en ny periode. / 6 aya kadar. Sonra belediye yeni bir dönem verebilir."),
        ("h", "Hvem betaler? / Kim öder?"), ("p", "Kommunen betaler. / Belediye öder."),
        ("h", "Kan jeg klage? / İtiraz edebilir miyim?"),
        ("p", "Ja. Du skal klage til kommunen inden 4 uger efter afgørelsen. / Evet. Karardan sonra 4 hafta içinde belediyeye itiraz edebilirsiniz."),
    ]))
    docs.append(("faq-en", "md", [
        ("title", "Mentor support – questions and answers (English)"),
        ("p", "Hjortsø Kommune. This page is a translation of our Danish FAQ."),
        ("h", "What is a mentor?"), ("p", "A person who helps you get to work or school, for example by going with you the first days."),
        ("h", "How many hours?"), ("p", "It depends on what you need, often 2 to 5 hours a week."),
        ("h", "How do I complain?"), ("p", "Complain to the municipality within 4 weeks. If it keeps its decision, Ankestyrelsen looks at it."),
    ]))
    docs.append(("leaflet-ro", "txt", [
        ("title", "Mentor i Hjortsø – kort information på dansk og rumænsk"),
        ("p", "En mentor hjælper dig med at komme i arbejde. Du kan søge om en mentor hos din sagsbehandler."),
        ("p", "Un mentor te ajută să găsești un loc de muncă. Poți cere un mentor de la asistentul tău social."),
        ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. / Sprijinul se acordă cel mult 6 luni o dată."),
    ]))
    docs.append(("invite-ti", "eml", [
        ("title", "Invitation: Informationsmøde om mentor – med tolk på tigrinya"),
        ("p", "Kære borger. Vi holder et informationsmøde om mentorstøtte torsdag den 16. april 2026 kl. 13-15 på biblioteket."),
        ("p", "Der er tolk på tigrinya og farsi. Du behøver ikke at tilmelde dig."),
        ("p", "ሓበሬታዊ ኣኼባ ብዛዕባ መንቶር። ሓሙስ 16 ሚያዝያ 2026 ሰዓት 13-15። ተርጓሚ ኣሎ።"),
        ("p", "Venlig hilsen, Mentorteamet, Hjortsø Kommune"),
    ]))
    docs.append(("status", "docx", [
        ("title", "Statusnotat fra mentor – let udgave til borgeren"),
        ("p", "Hjortsø Kommune, Mentorteamet · 12. maj 2026"),
        ("p", "Sådan er det gået i april: Du er mødt i praktik 14 ud af 16 dage. Du kommer til tiden. Du taler mere dansk med kollegerne."),
        ("p", "Det skal vi øve i maj: at ringe til chefen, hvis du er syg."),
        ("p", "Notatet er sendt til din sagsbehandler."),
    ]))
    docs.append(("glossary", "md", [
        ("title", "Ordliste: ord i breve om mentor (dansk – polsk – engelsk)"),
        ("table", [["Dansk", "Polski", "English"], ["afgørelse", "decyzja", "decision"],
                   ["klagevejledning", "pouczenie o odwołaniu", "how to complain"],
                   ["mentorstøtte", "wsparcie mentora", "mentor support"], ["timetal", "liczba godzin", "number of hours"],
                   ["opfølgning", "kontrola postępów", "follow-up"]], True),
    ]))
    docs.append(("pictoguide", "pdf", [
        ("title", "Billedguide: En dag med din mentor"),
        ("pict", "en vækkeur, kl. 7"), ("p", "Du står op. Mentoren kan sende en sms."),
        ("pict", "en bus"), ("p", "Du tager bussen til praktikstedet."),
        ("pict", "en tommelfinger op"), ("p", "Du mødte. Godt gået!"),
        ("p", "Guiden er et eksempel. Den er ikke din aftale."),
    ]))
    return docs


# ----------------------------------------------------------------------------------------------
def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        for p in out.iterdir():
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    counter = [0]

    def emit(folder, stem, fmt, blocks, kind, subtype, layout, rules, traits, c=None, period=None, extras=(), lang="da"):
        counter[0] += 1
        rel = f"{folder}/{counter[0]:03d}-{stem}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            p.write_text(render_txt(blocks), encoding="utf-8")
        elif fmt == "md":
            p.write_text(render_md(blocks), encoding="utf-8")
        elif fmt == "html":
            p.write_text(render_html(blocks), encoding="utf-8")
        elif fmt == "docx":
            render_docx(blocks, p)
        elif fmt == "odt":
            render_odt(blocks, p)
        elif fmt == "pdf":
            render_pdf(blocks, p)
        elif fmt == "eml":
            title = next(b[1] for b in blocks if b[0] == "title")
            render_eml(blocks, p, c.citizen if c else "Borger", title, c.letter if c else dt.date(2026, 3, 2))
        mnc = [c.cpr, c.cpr.replace("-", "")] if c is not None and c.cpr else []
        if mnc:
            traits = list(traits) + ["cpr"]
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(set(rules)), "extras": sorted(extras), "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": sorted(set(traits)), "period": period})

    def per(c):
        return {"start": c.start.isoformat(), "end": c.end.isoformat()}

    # ---------- agreements ----------
    ag_defects = [[], [], [], [], [], [], [], [], [], [], [],
                  ["missing-hours"], ["missing-follow-up"], ["missing-appeal-guidance"], ["unclear-goal"],
                  ["missing-mentor"], ["missing-tasks"], ["missing-duration"], ["duration-over-6-months"],
                  ["missing-goal"], ["missing-hours", "missing-follow-up"], ["missing-appeal-guidance", "unclear-goal"],
                  ["duration-over-6-months", "missing-mentor"], ["missing-follow-up"], ["missing-appeal-guidance"],
                  ["missing-hours"], ["missing-tasks", "missing-appeal-guidance"]]
    ag_layouts = [("question", "docx", None), ("statement", "pdf", None), ("steps", "html", None), ("box", "docx", None),
                  ("pict", "odt", None), ("question", "txt", "pl"), ("statement", "md", "ro"), ("box", "pdf", "tr"),
                  ("side", "docx", "pl"), ("side", "html", "fa"), ("side", "pdf", "ro"), ("side", "docx", "ti"),
                  ("formal", "docx", None), ("formal", "pdf", None), ("formal", "odt", None), ("welcome", "txt", None),
                  ("welcome", "eml", None), ("welcome", "docx", None), ("steps", "pdf", "en"), ("question", "html", "ti"),
                  ("pict", "docx", "fa"), ("box", "eml", "pl"), ("side", "html", "en"), ("question", "odt", "tr"),
                  ("statement", "txt", None), ("steps", "md", None), ("side", "pdf", "pl")]
    rng.shuffle(ag_layouts)
    for i, defects in enumerate(ag_defects):
        style, fmt, lang = ag_layouts[i % len(ag_layouts)]
        if lang in ("ti", "fa") and fmt == "pdf":
            fmt = "docx"
        c = Ctx(rng, i)
        if rng.random() < 0.3:
            c.cpr = fake_cpr(rng)
        f = apply_defects(c, defects, rng)
        traits = [f"style:{style}"] + ([f"lang:{lang}"] if lang else []) + [f"defect:{d}" for d in defects]
        if style == "side":
            b = side_by_side(c, f, lang, cpr=bool(c.cpr))
            layout = f"side-by-side-{lang}"
        elif style == "formal":
            b = formal_plain(c, f, cpr=bool(c.cpr))
            layout = "formal-plus-plain"
        elif style == "welcome":
            b = welcome_letter(c, f, cpr=bool(c.cpr))
            layout = "mentor-welcome"
        else:
            b = agreement_blocks(c, f, style, rng, lang=lang, cpr=bool(c.cpr))
            layout = f"easy-{style}" + ("-translated" if lang else "")
        emit("aftaler", f"aftale-{style}-{slug(c.first)}", fmt, b, "agreement", "agreement", layout,
             defects, traits, c, per(c) if f["range"] else None)

    # special agreement: Danish lacks appeal guidance, only the Polish column has it
    c = Ctx(rng, 90)
    f = apply_defects(c, [], rng)
    f["appeal"] = None
    b = side_by_side(c, f, "pl", appeal_only_tr=True)
    emit("aftaler", f"aftale-side-klage-kun-polsk-{slug(c.first)}", "docx", b, "agreement", "agreement",
         "side-by-side-pl", ["missing-appeal-guidance"], ["style:side", "lang:pl", "appeal-only-in-translation"], c, per(c))
    # special agreement: Danish complete, translation (farsi) omits hours and appeal: clean
    c = Ctx(rng, 91)
    f = apply_defects(c, [], rng)
    b = agreement_blocks(c, f, "question", rng)
    b.append(("hr",))
    b.append(("h", "Kort oversættelse – فارسی"))
    b += [("p", TR["fa"]["title"]), ("p", TR["fa"]["mentor"].format(mentor=c.mentor, phone=c.mphone)), ("p", TR["fa"]["note"])]
    emit("aftaler", f"aftale-kort-farsi-{slug(c.first)}", "html", b, "agreement", "agreement", "easy-question-partial-translation",
         [], ["style:question", "lang:fa", "translation-partial"], c, per(c))

    # special agreement: Danish lacks hours; only the English translation gives them -> still missing
    c = Ctx(rng, 92)
    f = apply_defects(c, [], rng)
    f["hours"] = None
    b = agreement_blocks(c, f, "statement", rng)
    b.append(("hr",))
    t = TR["en"]
    b += [("h", "Translation – English"), ("p", t["title"]), ("p", t["mentor"].format(mentor=c.mentor, phone=c.mphone)),
          ("p", t["hours"].format(hours=c.hours)), ("p", t["period"].format(start=dnum(c.start), end=dnum(c.end))),
          ("p", t["note"])]
    emit("aftaler", f"aftale-timer-kun-engelsk-{slug(c.first)}", "docx", b, "agreement", "agreement",
         "easy-statement-translated", ["missing-hours"], ["style:statement", "lang:en", "hours-only-in-translation"], c, per(c))
    # more agreements with the rarer defects
    extra = [(["missing-duration"], "question", "pdf", "pl"), (["missing-goal"], "side", "html", "tr"),
             (["unclear-goal"], "formal", "docx", None), (["missing-duration"], "box", "odt", None),
             (["missing-goal", "missing-hours"], "welcome", "md", None), (["missing-mentor"], "steps", "txt", None),
             ([], "pict", "pdf", None), ([], "side", "docx", "tr")]
    for defects, style, fmt, lang in extra:
        c = Ctx(rng, 93)
        if rng.random() < 0.3:
            c.cpr = fake_cpr(rng)
        f = apply_defects(c, defects, rng)
        if style == "side":
            b = side_by_side(c, f, lang, cpr=bool(c.cpr))
            layout = f"side-by-side-{lang}"
        elif style == "formal":
            b = formal_plain(c, f, cpr=bool(c.cpr))
            layout = "formal-plus-plain"
        elif style == "welcome":
            b = welcome_letter(c, f, cpr=bool(c.cpr))
            layout = "mentor-welcome"
        else:
            b = agreement_blocks(c, f, style, rng, lang=lang, cpr=bool(c.cpr))
            layout = f"easy-{style}" + ("-translated" if lang else "")
        traits = [f"style:{style}"] + ([f"lang:{lang}"] if lang else []) + [f"defect:{d}" for d in defects]
        emit("aftaler", f"aftale-{style}-{slug(c.first)}", fmt, b, "agreement", "agreement", layout,
             defects, traits, c, per(c) if f["range"] else None)
    # agreement with a period written as start plus length
    c = Ctx(rng, 94)
    f = apply_defects(c, [], rng)
    f["period"] = f"Fra {dlong(c.start)} og 9 måneder frem."
    c.end = six_end(c.start, 9)
    b = agreement_blocks(c, f, "question", rng)
    emit("aftaler", f"aftale-ni-maaneder-{slug(c.first)}", "txt", b, "agreement", "agreement", "easy-question",
         ["duration-over-6-months"], ["style:question", "period:start-plus-length"], c, per(c))

    # ---------- decisions ----------
    dec_specs = [("grant", None, False), ("grant", None, False), ("grant", "bad", False), ("grant", None, True),
                 ("partial", None, False), ("partial", "bad", False), ("partial", None, True),
                 ("refusal", None, False), ("refusal", "bad", False), ("refusal", None, False),
                 ("extension", None, False), ("extension", None, True), ("extension", "bad", False),
                 ("end", None, False), ("end", "bad", False), ("grant", None, False), ("grant", "none", False),
                 ("extension", None, False), ("partial", None, False), ("grant", "bad", True)]
    dec_layouts = [("question", "docx", None), ("box", "pdf", None), ("plain", "html", None), ("question", "eml", "pl"),
                   ("box", "docx", "ti"), ("plain", "txt", "ro"), ("question", "pdf", "tr"), ("box", "odt", "fa"),
                   ("question", "md", None), ("plain", "docx", "en"), ("box", "html", "pl"), ("question", "txt", None),
                   ("plain", "pdf", None), ("box", "docx", "ro"), ("question", "odt", None), ("plain", "eml", "tr"),
                   ("box", "txt", "ti"), ("question", "html", "fa"), ("plain", "md", "pl"), ("box", "docx", None)]
    rng.shuffle(dec_layouts)
    for i, (sub, ap, over) in enumerate(dec_specs):
        style, fmt, lang = dec_layouts[i]
        if lang in ("ti", "fa") and fmt == "pdf":
            fmt = "docx"
        c = Ctx(rng, 100 + i)
        if rng.random() < 0.25:
            c.cpr = fake_cpr(rng)
        if sub == "end":
            over = False
        appeal = c.appeal if ap is None else (None if ap == "none" else rng.choice(APPEAL_BAD))
        attach = bool(lang) and rng.random() < 0.5
        b = decision_blocks(c, sub, appeal, over, rng, style, lang=lang, cpr=bool(c.cpr), attach=attach)
        rules = (["missing-appeal-guidance"] if ap else []) + (["duration-over-6-months"] if over else [])
        traits = [f"style:{style}", f"decision:{sub}"] + ([f"lang:{lang}"] if lang else []) + \
                 (["translation-in-attachment"] if attach else []) + [f"defect:{r}" for r in rules]
        has_period = sub in ("grant", "partial", "extension")
        emit("afgoerelser", f"afgoerelse-{sub}-{slug(c.first)}", fmt, b, "decision", sub,
             f"easy-decision-{style}" + ("-attachment" if attach else ("-translated" if lang else "")),
             rules, traits, c, per(c) if has_period else None)
    # formal + plain decision
    c = Ctx(rng, 130)
    b = [("title", "Afgørelse om mentorstøtte")] + letterhead(c)
    b += [("h", "Formel afgørelse"),
          ("p", f"Hjortsø Kommune bevilger hermed mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, i perioden {dnum(c.start)}–{dnum(c.end)} med {c.hours} timer ugentligt. Mentor: {c.mentor}, tlf. {c.mphone}."),
          ("p", "Afgørelsen giver dig fuldt ud medhold i din ansøgning."),
          ("h", "Klagevejledning"), ("p", APPEAL[1]),
          ("h", "Det samme med enkle ord"),
          ("ul", [f"Du får en mentor. Det er {c.mentor}.", f"Du får {c.hours} timer om ugen.",
                  f"Det gælder fra {dlong(c.start)} til {dlong(c.end)}.", "Er du ikke enig, kan du klage til kommunen inden 4 uger."])]
    b += caseworker_block(c)
    emit("afgoerelser", f"afgoerelse-formel-og-enkel-{slug(c.first)}", "pdf", b, "decision", "grant", "formal-plus-plain",
         [], ["style:formal-plain", "decision:grant"], c, per(c))

    # decision whose appeal guidance is only in the Turkish translation -> missing in Danish
    c = Ctx(rng, 131)
    b = decision_blocks(c, "grant", None, False, rng, "box", lang=None)
    t = TR["tr"]
    b += [("hr",), ("h", "Bilag 1: Türkçe çeviri"), ("p", t["note"]),
          ("p", t["period"].format(start=dnum(c.start), end=dnum(c.end))), ("p", t["appeal"])]
    emit("afgoerelser", f"afgoerelse-klage-kun-tyrkisk-{slug(c.first)}", "docx", b, "decision", "grant",
         "easy-decision-box-attachment", ["missing-appeal-guidance"], ["decision:grant", "lang:tr", "appeal-only-in-translation"], c, per(c))
    # discharge coordinator: 3 months before discharge + 6 months after = 9 months, legitimate
    c = Ctx(rng, 132)
    c.start = dt.date(2026, 3, 1)
    c.end = dt.date(2026, 11, 30)
    b = [("title", "Afgørelse om udskrivningskoordinator: Du får en mentor, når du skal hjem fra hospitalet")] + letterhead(c)
    b += [("box", "Kort fortalt", ["Du får en udskrivningskoordinator.", "Det er en mentor, der hjælper dig, når du kommer hjem fra hospitalet.",
                                   f"Fra {dlong(c.start)} til {dlong(c.end)}."]),
          ("h", "Det har vi besluttet"),
          ("p", f"Du får mentorstøtte som udskrivningskoordinator efter lov om en aktiv beskæftigelsesindsats § 167, stk. 2. "
                f"Støtten begynder 3 måneder før du bliver udskrevet og varer 6 måneder efter. Det er fra {dlong(c.start)} til {dlong(c.end)}. "
                f"Du får {c.hours} timer om ugen. Din mentor er {c.mentor}, tlf. {c.mphone}."),
          ("p", "Du har ret til denne støtte, fordi du er indlagt på psykiatrisk afdeling, og du har sagt ja til støtten."),
          ("h", "Er du ikke enig?"), ("p", APPEAL[0])]
    b += caseworker_block(c)
    emit("afgoerelser", f"afgoerelse-udskrivningskoordinator-{slug(c.first)}", "pdf", b, "decision", "grant",
         "easy-decision-box", [], ["decision:grant", "discharge-coordinator", "period:nine-months-legit"], c, per(c))
    # e-mail with the Danish letter in the body and the translation as an attached file
    for lang, ap in (("ro", None), ("pl", "bad")):
        c = Ctx(rng, 133)
        appeal = c.appeal if ap is None else rng.choice(APPEAL_BAD)
        b = decision_blocks(c, "grant", appeal, False, rng, "question")
        m = EmailMessage()
        m["From"] = "Hjortsø Kommune, Mentorteamet <mentor@hjortsoe.dk>"
        m["To"] = f"{c.citizen} <borger@example.dk>"
        m["Subject"] = "Afgørelse om mentorstøtte: Du får en mentor"
        m["Date"] = format_datetime(dt.datetime.combine(c.letter, dt.time(10, 5), tzinfo=dt.timezone.utc))
        m.set_content(render_txt(b) + "\nOversættelsen ligger i den vedhæftede fil.\n")
        t = TR[lang]
        att = "\n".join([t["title"], t["note"], t["period"].format(start=dnum(c.start), end=dnum(c.end)),
                         t["hours"].format(hours=c.hours), t["appeal"]]) + "\n"
        m.add_attachment(att.encode("utf-8"), maintype="text", subtype="plain", filename=f"oversaettelse-{lang}.txt")
        counter[0] += 1
        rel = f"afgoerelser/{counter[0]:03d}-afgoerelse-vedhaeftet-{lang}-{slug(c.first)}.eml"
        (out / rel).write_bytes(bytes(m))
        rules = ["missing-appeal-guidance"] if ap else []
        entries.append({"path": rel, "format": "eml", "kind": "decision", "subtype": "grant",
                        "layout": "eml-translation-attached", "rules": rules, "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": [], "period": per(c),
                        "traits": sorted(["decision:grant", f"lang:{lang}", "translation-attached-file"] +
                                         [f"defect:{r}" for r in rules])})

    # ---------- Min Plan ----------
    mp_defects = [[], [], [], [], ["missing-hours"], ["unclear-goal"], ["missing-mentor"], ["duration-over-6-months"],
                  ["missing-tasks"], ["missing-goal"], ["missing-duration"], []]
    mp_fmts = ["pdf", "html", "docx", "txt", "pdf", "html", "docx", "md", "odt", "pdf", "txt", "html"]
    for i, defects in enumerate(mp_defects):
        c = Ctx(rng, 200 + i)
        if rng.random() < 0.25:
            c.cpr = fake_cpr(rng)
        f = apply_defects(c, defects, rng)
        if "missing-goal" in defects:
            f["goal"] = None
        style = "table" if i % 2 == 0 else "questions"
        b = minplan_blocks(c, f, rng, style, cpr=bool(c.cpr))
        emit("minplan", f"minplan-{slug(c.first)}", mp_fmts[i], b, "minplan", "minplan", f"minplan-easy-{style}",
             defects, [f"style:{style}"] + [f"defect:{d}" for d in defects], c,
             per(c) if f["range"] else None)

    # ---------- look-alikes ----------
    for name, fmt, blocks in unknown_docs(rng):
        emit("andet", name, fmt, blocks, "unknown", name.split("-")[0], f"lookalike-{name.split('-')[0]}", [],
             [f"lookalike:{name}"])

    from collections import Counter
    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])) + "\n",
        encoding="utf-8")
    print(len(entries), Counter(e["kind"] for e in entries), Counter(e["format"] for e in entries))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ir")
    ap.add_argument("--seed", type=int, default=2021)
    a = ap.parse_args()
    build(Path(a.out), a.seed)


if __name__ == "__main__":
    main()
