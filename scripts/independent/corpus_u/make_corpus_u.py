"""Independent labelled corpus U for the mentor-document linter.

Angle: agreements per target group / situation.  Usage:
    python make_corpus_u.py --out /work/corpora/u --seed 61
"""
import argparse
import datetime as dt
import html
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mikkel", "Sara", "Jonas", "Freja", "Ahmad", "Nadia", "Lise", "Karim", "Ida", "Emil",
         "Yasmin", "Tobias", "Maja", "Omar", "Signe", "Rasmus", "Amina", "Kasper", "Line", "Hussein",
         "Camilla", "Bilal", "Trine", "Mads", "Fatima", "Jesper", "Hanne", "Dennis", "Zainab", "Bo"]
LAST = ["Krogsgaard", "Vestergård", "Holmberg", "Lindqvist", "Aabye", "Skovhus", "Damgaard", "Rønnow",
        "Bech-Olsen", "Thygesen", "Al-Rashid", "Mortensen", "Kjærsgaard", "Fenger", "Haddad", "Nygaard"]
MENTORS = ["Lars Østergaard", "Birgitte Holm", "Anders Kvist", "Pia Brandt", "Søren Lykke",
           "Mette Falk", "Rune Bisgaard", "Hanne Vinther", "Jamal Nasser", "Gitte Rasmussen"]
KOMMUNER = ["Vesthavn Kommune", "Egedal Syd Kommune", "Nørreå Kommune", "Bakkeby Kommune",
            "Fjordlund Kommune", "Skovsted Kommune"]
PROVIDERS = ["Jobhuset ApS", "Mentorkompagniet A/S", "Trinvis Beskæftigelse ApS", "NextStep Mentor ApS"]


def add_months(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def end_for(start, months):
    """Last allowed day for a period of `months` calendar months."""
    e = add_months(start, months)
    if e.day == start.day:
        return e - dt.timedelta(days=1)
    return e  # month too short: clamp to last day (e.g. 31 Aug + 6 -> 28 Feb)


def fdate(d, style):
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_AB[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fperiod(rng, s, e):
    st = rng.choice(["words", "abbr", "dots", "slash", "slash2", "iso", "words", "den"])
    form = rng.choice(["dash", "til", "fra", "fom"])
    a, b = fdate(s, st), fdate(e, st)
    if st == "den":
        a, b = fdate(s, "words"), fdate(e, "words")
        form = "fra"
    if form == "dash":
        return f"{a} – {b}"
    if form == "til":
        return f"{a} til {b}"
    if form == "fra":
        return f"fra {a} til {b}"
    return f"f.o.m. {a} t.o.m. {b}"


# ---------------------------------------------------------------- content pools
GROUPS = {
    "ung": dict(label="uddannelseshjælp, unge under 30", team="Ungeenheden",
                goals=["{n} starter på FGU, produktionsgrundforløbet (PGU) på værkstedet i Holmby, og møder mindst fire dage om ugen.",
                       "{n} gennemfører grundforløb 1 på EUD (frisør) på Teknisk Skole Vesthavn med højst fem fraværsdage i perioden.",
                       "{n} fastholder sit STU-forløb på Campus Nørreå og er i praktik i skolens kantine to dage om ugen.",
                       "{n} bliver optaget på EUD-grundforløbet inden for ernæringsassistent og møder stabilt til undervisningen mindst 90 % af tiden."],
                tasks=["Ledsage {n} til skolen de første to uger og hjælpe med transport og rejsekort.",
                       "Samtale med {n} hver uge om fremmøde, lektier og søvnrytme.",
                       "Hjælpe {n} med kontakt til studievejleder og SPS-ansøgning.",
                       "Være bindeled mellem skole, hjem og kommunens ungeenhed."]),
    "syg": dict(label="sygedagpenge, tilbagevenden til eget job", team="Sygedagpengeteamet",
                goals=["{n} vender tilbage til sit job som lagermedarbejder hos Nordisk Emballage A/S og varetager alle sine normale opgaver ved periodens udløb.",
                       "{n} er fuldt raskmeldt og tilbage i sit job som social- og sundhedshjælper i hjemmeplejen, distrikt Øst.",
                       "{n} genoptager sit arbejde som buschauffør hos Trafikselskabet Midt med gradvis stigning til fuld tid."],
                tasks=["Deltage i samtaler mellem {n}, nærmeste leder og kommunen om tilpasning af opgaver.",
                       "Hjælpe {n} med at planlægge hverdagen, så energien rækker til arbejdet.",
                       "Ledsage {n} til det første møde på arbejdspladsen efter sygemeldingen.",
                       "Støtte {n} i kontakten med egen læge og psykolog om arbejdsfastholdelse."]),
    "fleks": dict(label="fleksjob", team="Fleksjobteamet",
                  goals=["{n} fastholder sit fleksjob som kontorassistent hos Vestergaard Revision og passer arbejdet uden sygefravær ud over aftalt.",
                         "{n} kommer i fleksjob i en rengøringsfunktion på Plejecenter Solhøj, og ansættelseskontrakten er underskrevet ved periodens udløb.",
                         "{n} fastholder sit fleksjob som pedelmedhjælper på Bakkeby Skole og møder til alle aftalte arbejdsdage."],
                  hour_goals=["{n} fastholder sit fleksjob som kontorassistent hos Vestergaard Revision med 12 timer om ugen fordelt på fire dage."],
                  tasks=["Hjælpe {n} og arbejdspladsen med at tilrettelægge skånehensyn.",
                         "Ugentlig samtale med {n} om belastning, pauser og arbejdsopgaver.",
                         "Deltage i møde med leder og tillidsrepræsentant ved opstart i fleksjobbet.",
                         "Hjælpe {n} med at bruge kalender og huskeliste på arbejdet."]),
    "flygt": dict(label="integration / selvforsørgelses- og hjemrejseprogram", team="Integrationsteamet",
                  goals=["{n} er i virksomhedspraktik på lageret hos Coop Distribution fire dage om ugen og overgår til løntilskud.",
                         "{n} får ordinære løntimer som køkkenhjælper i Kantinen Rådhuset og taler dansk med kolleger om arbejdsopgaverne.",
                         "{n} starter på AMU-kurset Hygiejne i fødevarevirksomheder og bestået kursusbevis foreligger."],
                  tasks=["Forklare regler og kultur på arbejdspladsen på enkelt dansk.",
                         "Hjælpe {n} med at læse vagtplan og lønseddel.",
                         "Ledsage {n} til praktikstedet den første uge og vise vej med bus.",
                         "Hjælpe med kontakt til sprogskolen, så undervisning og arbejde passer sammen."]),
    "psyk": dict(label="udskrivning fra psykiatrisk indlæggelse (udskrivningskoordinator)", team="Team Psykiatri og Beskæftigelse",
                 goals=["{n} fastholder sin plads på HF-enkeltfag på VUC efter udskrivelsen og møder til mindst 80 % af undervisningen.",
                        "{n} starter i virksomhedspraktik på genbrugsbutikken Kirkens Korshær to dage om ugen efter udskrivelsen, med løntilskud som næste skridt.",
                        "{n} vender tilbage til sit studie på pædagoguddannelsen (3. semester) og afleverer de obligatoriske opgaver."],
                 tasks=["Deltage i udskrivningsmødet på Psykiatrisk Center og koordinere med distriktspsykiatrien.",
                        "Hjælpe {n} med at genoptage døgnrytme og komme afsted til uddannelse eller praktik.",
                        "Være fast kontaktperson mellem {n}, behandlere og kommunen.",
                        "Hjælpe {n} med at lægge en plan for, hvad der skal ske ved tegn på tilbagefald."]),
    "virk": dict(label="virksomhedsmentor (mentor er kollega)", team="Virksomhedsservice",
                 goals=["{n} gennemfører sin oplæring som ufaglært værkstedsmedarbejder hos Hansen Maskinfabrik og kan selvstændigt betjene CNC-fræseren.",
                        "{n} bliver fastansat som butiksassistent i Brugsen Skovsted efter løntilskudsperioden.",
                        "{n} kan selvstændigt varetage morgenvagten i vaskeriet på Vesthavn Hospital."],
                 tasks=["Introducere {n} til arbejdsopgaverne og sikkerhedsregler på værkstedet.",
                        "Være fast kollega at spørge, når {n} er i tvivl om opgaver.",
                        "Give {n} daglig feedback og sammen med lederen justere opgaverne.",
                        "Tage hånd om den sociale del: pauser, frokost og arbejdspladsens uskrevne regler."]),
}

UNCLEAR = ["Støtte til øget trivsel og struktur i hverdagen.",
           "At borgeren kommer videre og får det bedre.",
           "Sikre at {n} får mere selvværd og overskud.",
           "Motivere {n} og arbejde på at komme tættere på arbejdsmarkedet.",
           "Hjælp til en mere stabil hverdag."]
UNCLEAR_EN = {0: "Support for more well-being and structure in everyday life.",
              1: "That the citizen moves on and feels better.",
              2: "Make sure that {n} gets more self-esteem and energy.",
              3: "Motivate {n} and work towards getting closer to the labour market.",
              4: "Help towards a more stable everyday life."}

HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
         "niveau 2: 2 timer pr. uge", "1,5 time pr. uge", "5 timer om ugen", "to timer om ugen"]
HOURS_EN = {"3 timer pr. uge": "3 hours per week", "2 t/uge": "2 hours per week",
            "8 timer om måneden": "8 hours per month", "4 timer ugentligt": "4 hours weekly",
            "niveau 2: 2 timer pr. uge": "level 2: 2 hours per week", "1,5 time pr. uge": "1.5 hours per week",
            "5 timer om ugen": "5 hours a week", "to timer om ugen": "two hours a week"}

FOLLOW = ["Statusmøde med {m}, {n} og rådgiver hver måned. Evaluering af progression 14 dage før periodens udløb. Delmål: {d}",
          "Vi følger op hver 3. måned og altid 14 dage inden støtteperioden ophører. Mål for progression: {d}",
          "Opfølgning: midtvejsevaluering efter 3 måneder og slutevaluering sammen med {n} inden udløb. Delmål: {d}",
          "Mentor sender kort statusnotat hver måned. Progression måles på delmålet: {d}"]
DELMAAL = ["fremmøde mindst fire dage om ugen inden for de første to måneder.",
           "selvstændig transport til og fra arbejdet efter første måned.",
           "deltager i alle planlagte møder med arbejdsgiveren.",
           "afleverer ugeskema til mentor hver fredag."]

APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen genvurderer sin afgørelse inden fire uger, fra klagen er modtaget. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen til {k}, Jobcentret, inden 4 uger fra du har modtaget den. Klagen kan være mundtlig eller skriftlig. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
    "Sådan klager du: Send din klage til jobcentret i {k} senest 4 uger efter, at du har fået denne {doc}. Jobcentret ser på sagen igen. Hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_EN = "If you disagree, you must complain to the municipality within four weeks. The municipality reconsiders the decision; if it is upheld, your complaint is sent on to Ankestyrelsen (the National Social Appeals Board)."
APPEAL_BAD = [("vague", "Du kan klage over afgørelsen."),
              ("no-deadline", "Du kan klage til kommunen, hvis du er uenig i {doc}."),
              ("no-body", "En eventuel klage skal være modtaget inden fire uger.")]


# ---------------------------------------------------------------- renderers
def esc(t):
    return html.escape(t, quote=False)


def flat_lines(blocks, kvstyle):
    out = []
    for b in blocks:
        if b[0] in ("title", "h"):
            out += ["", b[1].upper() if b[0] == "title" else b[1], ""]
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "kv":
            if kvstyle == "heading":
                out += ["", b[1], b[2]]
            else:
                out.append(f"{b[1]}: {b[2]}" if b[2] else f"{b[1]}:")
        elif b[0] == "bullets":
            out += [f"- {x}" for x in b[1]]
    return "\n".join(out).strip() + "\n"


def render_txt(path, blocks, kvstyle):
    with open(path, "w", encoding="utf-8") as f:
        f.write(flat_lines(blocks, kvstyle))


def render_html(path, blocks, kvstyle, title):
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title></head><body>"]
    table = []

    def flush():
        if table:
            parts.append("<table border=\"1\">" + "".join(
                f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in table) + "</table>")
            table.clear()
    for b in blocks:
        if b[0] == "kv" and kvstyle == "table":
            table.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif b[0] == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "kv":
            if kvstyle == "heading":
                parts.append(f"<h3>{esc(b[1])}</h3><p>{esc(b[2])}</p>")
            else:
                parts.append(f"<p><b>{esc(b[1])}:</b> {esc(b[2])}</p>")
        elif b[0] == "bullets":
            parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
    flush()
    parts.append("</body></html>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


def render_docx(path, blocks, kvstyle):
    import docx
    d = docx.Document()
    table = []

    def flush():
        if table:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in table:
                r = t.add_row().cells
                r[0].text, r[1].text = a, b
            table.clear()
    for b in blocks:
        if b[0] == "kv" and kvstyle == "table":
            table.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            if kvstyle == "heading":
                d.add_heading(b[1], level=3)
                d.add_paragraph(b[2])
            else:
                p = d.add_paragraph()
                p.add_run(b[1] + ":").bold = True
                if b[2]:
                    p.add_run(" " + b[2])
        elif b[0] == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
    flush()
    d.core_properties.author = "corpus-u"
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.save(path)
    normalize_zip(path)


def render_odt(path, blocks, kvstyle):
    from odf.opendocument import OpenDocumentText
    from odf import text as T, table as TB
    doc = OpenDocumentText()
    table = []
    cnt = [0]

    def flush():
        if table:
            cnt[0] += 1
            t = TB.Table(name=f"Tabel{cnt[0]}")
            t.addElement(TB.TableColumn(numbercolumnsrepeated=2))
            for a, b in table:
                r = TB.TableRow()
                for v in (a, b):
                    c = TB.TableCell()
                    c.addElement(T.P(text=v))
                    r.addElement(c)
                t.addElement(r)
            doc.text.addElement(t)
            table.clear()
    for b in blocks:
        if b[0] == "kv" and kvstyle == "table":
            table.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "title":
            doc.text.addElement(T.H(outlinelevel=1, text=b[1]))
        elif b[0] == "h":
            doc.text.addElement(T.H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            doc.text.addElement(T.P(text=b[1]))
        elif b[0] == "kv":
            if kvstyle == "heading":
                doc.text.addElement(T.H(outlinelevel=3, text=b[1]))
                doc.text.addElement(T.P(text=b[2]))
            else:
                doc.text.addElement(T.P(text=f"{b[1]}: {b[2]}"))
        elif b[0] == "bullets":
            for x in b[1]:
                doc.text.addElement(T.P(text="• " + x))
    flush()
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so output is byte-identical per seed."""
    import re as _re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, i.compress_type, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, ctype, data in items:
            if name == "meta.xml":
                data = _re.sub(rb"<(meta:creation-date|dc:date)>[^<]*<", rb"<\1>2026-01-01T00:00:00<", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def rtf_esc(t):
    o = []
    for ch in t:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def render_rtf(path, blocks, kvstyle):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for b in blocks:
        if b[0] == "title":
            out.append(r"{\b\fs32 " + rtf_esc(b[1]) + r"}\par\par")
        elif b[0] == "h":
            out.append(r"{\b\fs26 " + rtf_esc(b[1]) + r"}\par")
        elif b[0] == "p":
            out.append(rtf_esc(b[1]) + r"\par")
        elif b[0] == "kv":
            if kvstyle == "heading":
                out.append(r"{\b " + rtf_esc(b[1]) + r"}\par " + rtf_esc(b[2]) + r"\par")
            elif kvstyle == "table":
                out.append(r"\trowd\cellx3000\cellx9000 " + r"{\b " + rtf_esc(b[1]) + r"}\cell "
                           + rtf_esc(b[2]) + r"\cell\row")
            else:
                out.append(r"{\b " + rtf_esc(b[1]) + r":} " + rtf_esc(b[2]) + r"\par")
        elif b[0] == "bullets":
            for x in b[1]:
                out.append(r"\bullet  " + rtf_esc(x) + r"\par")
    out.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(out))


def render_pdf(path, blocks, kvstyle, cols):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    W, H = A4
    m = 50
    if cols == 2:
        gap = 20
        fw = (W - 2 * m - gap) / 2
        frames = [Frame(m, m, fw, H - 2 * m, id="c1"), Frame(m + fw + gap, m, fw, H - 2 * m, id="c2")]
    else:
        fw = W - 2 * m
        frames = [Frame(m, m, fw, H - 2 * m, id="c1")]
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="mentor", author="corpus-u")
    doc.addPageTemplates([PageTemplate(id="p", frames=frames)])
    story = []
    table = []

    def flush():
        if table:
            data = [[Paragraph(esc(a), ss["BodyText"]), Paragraph(esc(b), ss["BodyText"])] for a, b in table]
            t = Table(data, colWidths=[fw * 0.3, fw * 0.7])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
            table.clear()
    for b in blocks:
        if b[0] == "kv" and kvstyle == "table":
            table.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "title":
            story.append(Paragraph(esc(b[1]), ss["Title"]))
        elif b[0] == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]), ss["BodyText"]))
        elif b[0] == "kv":
            if kvstyle == "heading":
                story.append(Paragraph(esc(b[1]), ss["Heading3"]))
                story.append(Paragraph(esc(b[2]) or "&nbsp;", ss["BodyText"]))
            else:
                story.append(Paragraph(f"<b>{esc(b[1])}:</b> {esc(b[2])}", ss["BodyText"]))
        elif b[0] == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + esc(x), ss["BodyText"]))
    flush()
    doc.build(story)


def render_eml(path, blocks, kvstyle, subject, sender, date):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "borger@example.dk"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 30), tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{date.isoformat()}.{len(subject)}.corpus-u@example.dk>"
    msg.set_content(flat_lines(blocks, "label" if kvstyle == "table" else kvstyle))
    with open(path, "wb") as f:
        f.write(bytes(msg))


# ---------------------------------------------------------------- document builders
class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.cpr_used = []

    def person(self):
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def cpr(self):
        r = self.rng
        s = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(70, 99):02d}-{r.randint(1000, 9999)}"
        self.cpr_used.append(s)
        return s

    def mentor_contact(self, name, org):
        r = self.rng
        ph = f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        mail = name.lower().replace(" ", ".").replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + "@" + \
            org.lower().split()[0].replace("ø", "oe").replace("å", "aa").replace("æ", "ae").replace(",", "") + ".dk"
        return r.choice([f"{name}, {org}, tlf. {ph}, {mail}", f"{name} ({org}) – telefon {ph}",
                         f"{name}, {org}, e-mail: {mail}", f"{name}, mobil {ph}"])

    def period(self, group, over):
        r = self.rng
        mo, dy = r.randint(1, 10), r.choice([1, 1, 1, 15, 4, 31])
        start = dt.date(2026, 8, 31) if dy == 31 else dt.date(2026, mo, dy)
        lim = 9 if group == "psyk" else 6
        if over:
            e = end_for(start, lim + r.choice([1, 2, 3] if group == "psyk" else [1, 2, 3, 6]))
            if r.random() < 0.2:
                e = end_for(start, lim) + dt.timedelta(days=r.choice([1, 14]))
        else:
            n = r.choice([3, 4, 6, 6, 6]) if group != "psyk" else r.choice([6, 8, 9])
            e = end_for(start, n)
        return start, e


def agreement(g, idx, rng, force_group=None, force_defects=None, weeks=False):
    group = force_group or rng.choice(list(GROUPS))
    G = GROUPS[group]
    kom = rng.choice(KOMMUNER)
    citizen = g.person()
    first = citizen.split()[0]
    provider = rng.random() < 0.22
    bilingual = group == "flygt" and rng.random() < 0.6
    rules_pool = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                  "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]
    ndef = rng.choice([0, 0, 1, 1, 1, 2])
    defects = set()
    if force_defects is not None:
        defects, ndef = set(force_defects), len(force_defects)
    while len(defects) < ndef:
        d = rng.choice(rules_pool)
        if d == "missing-goal" and "unclear-goal" in defects or d == "unclear-goal" and "missing-goal" in defects:
            continue
        if d == "missing-duration" and "duration-over-6-months" in defects or \
                d == "duration-over-6-months" and "missing-duration" in defects:
            continue
        defects.add(d)
    traits = [f"target:{group}"]
    if provider:
        traits.append("private-provider")
    if bilingual:
        traits.append("bilingual:" + rng.choice(["da-en", "da-ar-translit"]))
    bil = bilingual and traits[-1].split(":")[1]

    def L(da, en, ar):
        if not bil:
            return da
        return f"{da} / {en}" if bil == "da-en" else f"{da} ({ar})"

    # goal
    if group == "virk":
        mentor_name = rng.choice(MENTORS)
        morg = rng.choice(["Hansen Maskinfabrik", "Brugsen Skovsted", "Vaskeriet, Vesthavn Hospital"])
        traits.append("mentor-is-colleague")
    else:
        mentor_name = rng.choice(MENTORS)
        morg = rng.choice(PROVIDERS) if provider else f"{kom}, {G['team']}"
    goal_pool = list(G["goals"])
    if group == "fleks" and "missing-hours" not in defects and rng.random() < 0.5:
        goal_pool = G["hour_goals"]
        traits.append("goal-mentions-weekly-hours")
    goal = rng.choice(goal_pool).format(n=first)
    unclear_i = None
    if "unclear-goal" in defects:
        unclear_i = rng.randrange(len(UNCLEAR))
        goal = UNCLEAR[unclear_i].format(n=first)
    over = "duration-over-6-months" in defects
    s, e = g.period(group, over)
    period_txt = fperiod(rng, s, e)
    hours = rng.choice(HOURS)
    delm = rng.choice(DELMAAL)
    follow = rng.choice(FOLLOW).format(m="mentor", n=first, d=delm)
    if defects & {"missing-goal", "unclear-goal"}:
        follow = f"Statusmøde med mentor, {first} og rådgiver hver måned og evaluering 14 dage før periodens udløb."
        traits.append("follow-up-without-delmaal")
    tasks = rng.sample(G["tasks"], rng.choice([2, 3]))
    tasks = [t.format(n=first) for t in tasks]
    appeal = rng.choice(APPEAL_OK).format(k=kom, doc="aftale")

    blocks = []
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte efter LAB § 167",
                        "Mentoraftale – " + G["label"]])
    if group == "psyk":
        title = rng.choice(["Aftale om udskrivningskoordinator (mentorstøtte)", "Mentoraftale – udskrivningskoordinator"])
    if bil == "da-en":
        title += " / Mentor agreement"
    blocks.append(("title", title))
    head = f"{kom} – {G['team']}" if not provider else f"{morg} på vegne af {kom}"
    blocks.append(("p", head))
    if provider:
        blocks.append(("p", f"Denne aftale er udarbejdet af {morg} som anden aktør på vegne af {kom}, der har truffet afgørelse om mentorstøtte."))
    cpr = None
    if rng.random() < 0.12:
        cpr = g.cpr()
        traits.append("contains-cpr")
    blocks.append(("kv", L("Borger", "Citizen", "al-muwatin"), citizen + (f", CPR-nr. {cpr}" if cpr else "")))
    if "missing-duration" not in defects and rng.random() < 0.6:
        blocks.append(("kv", "Dato", fdate(s - dt.timedelta(days=rng.randint(3, 12)), "words")))
    if group == "psyk":
        blocks.append(("p", f"{first} har været indlagt på Psykiatrisk Center og har ret til en udskrivningskoordinator efter LAB § 167, stk. 2" + (": op til 3 måneder før udskrivelsen og mindst 6 måneder i alt." if "missing-duration" not in defects else ".")))
        traits.append("lab167-stk2")
    elif group == "ung":
        blocks.append(("p", f"{first} modtager uddannelseshjælp og har et uddannelsespålæg. Mentorstøtten gives efter LAB § 167."))
    elif group == "syg":
        blocks.append(("p", f"{first} er sygemeldt og modtager sygedagpenge." + (" Mentorstøtten skal støtte en tilbagevenden til eget job." if "missing-goal" not in defects else "")))
    elif group == "fleks":
        blocks.append(("p", f"{first} er visiteret til fleksjob. Mentorstøtten gives efter LAB § 167" + (" for at fastholde tilknytningen til arbejdsmarkedet." if "missing-goal" not in defects else ".")))
    elif group == "virk":
        blocks.append(("p", f"Mentoren er ansat på arbejdspladsen og er kollega til {first}." + (" Mentoren friholdes fra sine normale opgaver i mentortimerne." if not defects & {"missing-tasks", "missing-hours"} else "")))
    elif group == "flygt":
        blocks.append(("p", L("Aftalen er skrevet på enkelt dansk.", "This agreement is written in simple Danish.", "al-ittifaq bil-danmarki al-basit")))

    # fields; keep kind of kv
    hdr = dict(goal=L(rng.choice(["Målet med mentorstøtten", "Mål", "Formål og mål", "Hovedformål"]), "Goal", "al-hadaf"),
               mentor=L(rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"]), "Mentor", "al-murshid"),
               tasks=L(rng.choice(["Mentorens opgaver", "Indsatsområder", "Støtten består i"]), "Tasks", "al-mahamm"),
               dur=L(rng.choice(["Periode", "Varighed", "Bevilget periode"]), "Period", "al-mudda"),
               fol=L(rng.choice(["Opfølgning", "Opfølgning og mål for progression", "Evaluering"]), "Follow-up", "al-mutaba'a"),
               hrs=L(rng.choice(["Timetal", "Antal timer", "Timer pr. uge"]), "Hours", "as-sa'at"),
               app=L(rng.choice(["Klagevejledning", "Sådan klager du", "Klageadgang"]), "How to complain", "ash-shakwa"))
    if hdr["hrs"].startswith("Timer pr. uge") and hours.endswith("måneden"):
        hdr["hrs"] = hdr["hrs"].replace("Timer pr. uge", "Timetal")
    # goal
    if "missing-goal" in defects:
        v = rng.choice(["omit", "empty", "placeholder"])
        traits.append(f"goal:{v}")
        if v == "empty":
            blocks.append(("kv", hdr["goal"], "-"))
        elif v == "placeholder":
            blocks.append(("kv", hdr["goal"], "Udfyldes senere"))
    else:
        gt = goal
        if bil == "da-en" and unclear_i is not None:
            gt += " / " + UNCLEAR_EN[unclear_i].format(n=first)
        blocks.append(("kv", hdr["goal"], gt))
    # mentor
    if "missing-mentor" in defects:
        v = rng.choice(["name-only", "later", "omit"])
        traits.append(f"mentor:{v}")
        if v == "name-only":
            blocks.append(("kv", hdr["mentor"], f"{mentor_name}, {morg}"))
        elif v == "later":
            blocks.append(("kv", hdr["mentor"], "Mentor tildeles senere"))
    else:
        blocks.append(("kv", hdr["mentor"], g.mentor_contact(mentor_name, morg)))
    # tasks
    if "missing-tasks" in defects:
        v = rng.choice(["omit", "dash"])
        traits.append(f"tasks:{v}")
        if v == "dash":
            blocks.append(("kv", hdr["tasks"], "-"))
    else:
        if rng.random() < 0.5:
            blocks.append(("h", hdr["tasks"]))
            blocks.append(("bullets", tasks))
        else:
            blocks.append(("kv", hdr["tasks"], " ".join(tasks)))
    # duration
    period = None
    if "missing-duration" in defects:
        v = rng.choice(["omit", "placeholder", "indtil-videre"])
        traits.append(f"duration:{v}")
        if v == "placeholder":
            blocks.append(("kv", hdr["dur"], "Udfyldes senere"))
        elif v == "indtil-videre":
            blocks.append(("kv", hdr["dur"], "indtil videre"))
    else:
        period = (s, e)
        ptxt = period_txt
        if weeks:
            s = dt.date(2026, rng.choice([3, 10]), 1)  # 6 calendar months >= 182 days: no ambiguity
            e = s + dt.timedelta(days=26 * 7 - 1)
            period = (s, e)
            ptxt = f"26 uger fra {fdate(s, 'words')}"
            traits.append("period:26-weeks")
        elif not over and rng.random() < 0.15 and e == end_for(s, 6):
            ptxt = f"fra {fdate(s, 'words')} og 6 måneder frem"
            traits.append("period:start-plus-length")
        extra = ""
        if rng.random() < 0.3:
            extra = " (højst 6 måneder, med mulighed for forlængelse efter en konkret vurdering)" if group != "psyk" else " (LAB § 167, stk. 2)"
        blocks.append(("kv", hdr["dur"], ptxt + extra))
        days = (e - s).days + 1
        traits.append(f"period-days:{days}")
        if group == "psyk" and end_for(s, 6) < e <= end_for(s, 9):
            traits.append("psyk-over-6-within-9")
    # follow-up
    if "missing-follow-up" in defects:
        traits.append("follow-up:omit")
    else:
        blocks.append(("kv", hdr["fol"], follow))
    # hours
    if "missing-hours" in defects:
        v = rng.choice(["omit", "efter-behov", "vague"])
        traits.append(f"hours:{v}")
        if v == "efter-behov":
            blocks.append(("kv", hdr["hrs"], "efter behov"))
        elif v == "vague":
            blocks.append(("kv", hdr["hrs"], "et par timer om ugen"))
    else:
        ht = hours
        if bil == "da-en":
            ht += " / " + HOURS_EN[hours]
        blocks.append(("kv", hdr["hrs"], ht))
    # appeal
    if "missing-appeal-guidance" in defects:
        v = rng.choice(["omit", "vague", "no-deadline", "no-body"])
        traits.append(f"appeal:{v}")
        if v != "omit":
            txt = dict(APPEAL_BAD)[v].format(doc="aftalen")
            blocks.append(("h", hdr["app"]))
            blocks.append(("p", txt))
    else:
        blocks.append(("h", hdr["app"]))
        blocks.append(("p", appeal + (" / " + APPEAL_EN if bil == "da-en" else "")))
    # signature
    blocks.append(("p", f"Underskrift borger: {citizen}"))
    if "missing-mentor" not in defects:
        blocks.append(("p", f"Underskrift mentor: {mentor_name}"))
    blocks.append(("p", "Underskrift kommunen: " + g.person() + ", rådgiver"))
    rules = sorted(defects)
    return dict(kind="agreement", subtype="agreement", blocks=blocks, rules=rules, traits=traits,
                period=period, title=title, sender=morg, date=s, cpr=cpr)


def decision(g, idx, rng, subtype):
    kom = rng.choice(KOMMUNER)
    citizen = g.person()
    first = citizen.split()[0]
    group = rng.choice([k for k in GROUPS if k != "psyk"])
    traits = [f"target:{group}"]
    defects = set()
    roll = rng.random()
    if roll < 0.35:
        defects.add("missing-appeal-guidance")
    elif roll < 0.55 and subtype in ("grant", "extension"):
        defects.add("duration-over-6-months")
    blocks = [("title", {"grant": "Afgørelse: Bevilling af mentorstøtte", "partial": "Afgørelse: Delvis bevilling af mentorstøtte",
                         "refusal": "Afgørelse: Afslag på mentorstøtte", "extension": "Afgørelse: Forlængelse af mentorstøtte",
                         "end": "Afgørelse: Ophør af mentorstøtte"}[subtype]),
              ("p", f"{kom}, {GROUPS[group]['team']}"),
              ("p", f"Kære {citizen}")]
    s = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 15]))
    period = None
    lim = 6
    if subtype == "grant":
        e = end_for(s, rng.choice([7, 8, 12])) if defects == {"duration-over-6-months"} else end_for(s, rng.choice([3, 6]))
        period = (s, e)
        blocks.append(("p", f"Du har fået bevilget mentorstøtte efter LAB § 167 i perioden {fperiod(rng, s, e)}. Mentoren har {rng.choice(HOURS)} sammen med dig."))
        blocks.append(("p", f"Din mentor bliver {rng.choice(MENTORS)} fra {rng.choice(PROVIDERS)}. Målet og mentorens opgaver står i din mentoraftale."))
    elif subtype == "partial":
        e = end_for(s, 6)
        period = (s, e)
        asked = rng.choice([9, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer pr. uge. Vi bevilger mentorstøtte i perioden {fperiod(rng, s, e)} med 3 timer pr. uge."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Efter LAB § 167, stk. 1 kan der gives mentorstøtte i højst 6 måneder ad gangen. Vi har lagt vægt på, at dit behov for støtte vurderes igen ved udløb."))
        traits.append(f"asked-{asked}-months")
    elif subtype == "refusal":
        blocks.append(("p", "Vi har givet dig afslag på din ansøgning om mentorstøtte."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", "Vi har lagt vægt på, at du allerede får den støtte, du har brug for, gennem SPS på skolen, jf. LAB § 167 og STAR's vejledning om mentorordningen."))
    elif subtype == "extension":
        prev_s = add_months(s, -6)
        prev_e = s - dt.timedelta(days=1)
        e = end_for(s, rng.choice([8, 9])) if defects == {"duration-over-6-months"} else end_for(s, rng.choice([3, 6]))
        period = (s, e)
        blocks.append(("p", f"Din tidligere periode med mentorstøtte ({fdate(prev_s, 'words')} – {fdate(prev_e, 'words')}) udløber. Efter en konkret vurdering forlænger vi mentorstøtten i en ny periode {fperiod(rng, s, e)}."))
        blocks.append(("p", f"Timetallet er uændret {rng.choice(HOURS)}."))
        traits.append("mentions-earlier-period")
    elif subtype == "end":
        ps = add_months(s, -4)
        blocks.append(("p", f"Din mentorstøtte ophører pr. {fdate(s, 'words')}. Du har haft mentorstøtte siden {fdate(ps, 'words')}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", "Vi har lagt vægt på, at du nu er i ordinær uddannelse og selv kan klare hverdagen, jf. LAB § 167."))
    if "missing-appeal-guidance" in defects:
        v = rng.choice(["omit", "vague", "no-deadline", "no-body"])
        traits.append(f"appeal:{v}")
        if v != "omit":
            blocks.append(("h", "Klagevejledning"))
            blocks.append(("p", dict(APPEAL_BAD)[v].format(doc="afgørelsen")))
    else:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", rng.choice(APPEAL_OK).format(k=kom, doc="afgørelse")))
    blocks.append(("p", f"Med venlig hilsen\n{g.person()}, rådgiver"))
    if period:
        traits.append(f"period-days:{(period[1]-period[0]).days + 1}")
    return dict(kind="decision", subtype=subtype, blocks=blocks, rules=sorted(defects), traits=traits,
                period=period, title=blocks[0][1], sender=kom, date=s, cpr=None)


def minplan(g, idx, rng):
    group = rng.choice(list(GROUPS))
    G = GROUPS[group]
    citizen = g.person()
    first = citizen.split()[0]
    kom = rng.choice(KOMMUNER)
    traits = [f"target:{group}", "jobnet"]
    pool = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months"]
    defects = set()
    if rng.random() < 0.6:
        defects.add(rng.choice(pool))
    s, e = g.period(group, "duration-over-6-months" in defects)
    blocks = [("title", "Min Plan"), ("p", f"Jobnet – {citizen} – {kom}"), ("h", "Aktivitet: Mentorstøtte")]
    if group == "psyk":
        blocks.append(("p", "Udskrivningskoordinator efter LAB § 167, stk. 2."))
    if "missing-goal" in defects:
        blocks.append(("kv", "Formål", ""))
        traits.append("goal:empty-label")
    elif "unclear-goal" in defects:
        blocks.append(("kv", "Formål", rng.choice(UNCLEAR).format(n=first)))
    else:
        blocks.append(("kv", "Formål", rng.choice(G["goals"]).format(n=first)))
    m = rng.choice(MENTORS)
    org = rng.choice(PROVIDERS)
    blocks.append(("kv", "Mentor", f"{m}, {org}" if "missing-mentor" in defects else g.mentor_contact(m, org)))
    if "missing-tasks" not in defects:
        blocks.append(("kv", "Mentorens opgaver", " ".join(t.format(n=first) for t in rng.sample(G["tasks"], 2))))
    period = None
    if "missing-duration" in defects:
        blocks.append(("kv", "Periode", "Ikke angivet"))
    else:
        period = (s, e)
        blocks.append(("kv", "Periode", fperiod(rng, s, e)))
        traits.append(f"period-days:{(e-s).days + 1}")
    if "missing-hours" not in defects:
        blocks.append(("kv", "Timetal", rng.choice(HOURS)))
    blocks.append(("p", "Aktiviteten er oprettet af din rådgiver. Kontakt din rådgiver gennem Jobnet, hvis noget skal ændres."))
    return dict(kind="minplan", subtype="minplan", blocks=blocks, rules=sorted(defects), traits=traits,
                period=period, title="Min Plan – mentorstøtte", sender=kom, date=s, cpr=None)


def unknown(g, idx, rng, sub):
    kom = rng.choice(KOMMUNER)
    traits = ["look-alike"]
    if sub == "leaflet":
        blocks = [("title", "Hvad er mentorstøtte?"),
                  ("p", f"Pjece fra {kom}. Mentorstøtte kan gives til borgere, der har brug for ekstra hjælp for at komme i job eller uddannelse."),
                  ("h", "Hvad står der i en mentoraftale?"),
                  ("bullets", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                               "varigheden af aftalen og opfølgning", "timetallet", "klagevejledning"]),
                  ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Spørg din rådgiver, hvis du vil vide mere.")]
    elif sub == "job-ad":
        blocks = [("title", "Stillingsopslag: Mentor til ungeområdet"),
                  ("p", f"{rng.choice(PROVIDERS)} søger en erfaren mentor til unge mellem 18 og 30 år. Du skal støtte de unge i at starte på og gennemføre en uddannelse."),
                  ("h", "Dine opgaver"), ("bullets", ["samtaler med unge", "samarbejde med skoler og jobcentre", "dokumentation"]),
                  ("p", "Stillingen er på 30 timer om ugen. Tiltrædelse efter aftale. Ansøgningsfrist fire uger fra opslagets dato."),
                  ("p", f"Kontakt: {rng.choice(MENTORS)}, tlf. 70 20 30 40")]
    elif sub == "invoice":
        p = rng.choice(PROVIDERS)
        blocks = [("title", f"Faktura nr. {rng.randint(1000, 9999)}"), ("p", f"{p} til {kom}, Jobcenter, kreditorafdelingen"),
                  ("kv", "Ydelse", "Mentortimer, januar–september 2026 (samlet for 14 borgere)"),
                  ("kv", "Antal timer", "412"), ("kv", "Beløb", "181.280,00 kr. ekskl. moms"),
                  ("p", "Betalingsbetingelser: netto 30 dage.")]
    elif sub == "minutes":
        blocks = [("title", "Referat – teammøde i Ungeenheden"), ("p", f"{kom}, 12. marts 2026"),
                  ("h", "Dagsorden"), ("bullets", ["Nyt fra ledelsen", "Mentorbudget 2026 (udgiftsloft § 203 a)", "Eventuelt"]),
                  ("p", "Ad 2: Forbruget på mentorstøtte er steget. Teamet skal fremover bruge skabelonen til mentoraftaler og huske klagevejledning. Næste møde om fire uger."),
                  ("p", "Referent: " + g.person())]
    elif sub == "praktikaftale":
        blocks = [("title", "Aftale om virksomhedspraktik"), ("p", f"{kom} og Brugsen Skovsted"),
                  ("kv", "Borger", g.person()), ("kv", "Praktiksted", "Brugsen Skovsted, lager og varemodtagelse"),
                  ("kv", "Praktikperiode", "2. marts 2026 – 12. april 2026"), ("kv", "Arbejdstid", "25 timer om ugen"),
                  ("kv", "Kontaktperson på virksomheden", f"{rng.choice(MENTORS)}, tlf. 40 50 60 70"),
                  ("p", "Praktikken gives efter LAB kap. 11. Borgeren modtager sin ydelse under praktikken.")]
    elif sub == "course":
        blocks = [("title", "Kursus: Bliv mentor på din arbejdsplads"),
                  ("p", "Et todages kursus for medarbejdere, der skal være virksomhedsmentor for en ny kollega i løntilskud, fleksjob eller praktik."),
                  ("h", "Indhold"), ("bullets", ["rollen som mentor", "den svære samtale", "samarbejde med kommunen"]),
                  ("p", "Kurset varer 2 dage á 7 timer. Pris: 3.200 kr. Tilmelding senest fire uger før kursusstart.")]
    elif sub == "newsletter":
        blocks = [("title", "Nyhedsbrev: Beskæftigelsesreformen 2026"),
                  ("p", "Fra 1. februar 2026 hedder det 'kommunen' i stedet for 'jobcentret' i loven. Fra 1. januar 2027 forventes en ny lov om en aktiv beskæftigelsesindsats."),
                  ("p", "Reglerne om mentorstøtte i LAB § 167 gælder fortsat: højst 6 måneder ad gangen, og udskrivningskoordinator efter stk. 2."),
                  ("p", "Husk klagevejledning i alle afgørelser. Klagefristen er 4 uger.")]
    else:  # sygeopfolgning letter (not mentor)
        blocks = [("title", "Indkaldelse til opfølgningssamtale"), ("p", f"{kom}, Sygedagpengeteamet"),
                  ("p", f"Kære {g.person()}. Du indkaldes til en opfølgningssamtale om din sygemelding."),
                  ("kv", "Tid", "tirsdag den 14. april 2026 kl. 10.00"), ("kv", "Sted", "Rådhuset, mødelokale 3"),
                  ("p", "Hvis du ikke kan komme, skal du ringe til os på tlf. 72 36 00 00.")]
    traits.append("unknown:" + sub)
    return dict(kind="unknown", subtype=sub, blocks=blocks, rules=[], traits=traits, period=None,
                title=blocks[0][1], sender=kom, date=dt.date(2026, 3, 12), cpr=None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=61)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    g = Gen(rng)
    os.makedirs(a.out, exist_ok=True)
    plan = (["agreement"] * 78 + [("decision", s) for s in ["grant", "grant", "grant", "partial", "partial", "refusal",
                                                            "refusal", "extension", "extension", "extension", "end", "end"]]
            + ["minplan"] * 12
            + [("unknown", s) for s in ["leaflet", "leaflet", "leaflet", "job-ad", "job-ad", "invoice", "invoice", "minutes",
                                       "minutes", "praktikaftale", "praktikaftale", "course", "course", "newsletter",
                                       "newsletter", "sygeindkaldelse", "sygeindkaldelse", "leaflet"]]
            + [("agreement", "psyk", ["duration-over-6-months"], False),
               ("agreement", "psyk", ["duration-over-6-months"], False),
               ("agreement", "ung", [], True), ("agreement", "syg", [], True)])
    formats = ["docx", "docx", "pdf", "pdf", "odt", "txt", "html", "eml", "rtf"]
    lines = []
    for i, item in enumerate(plan):
        if item == "agreement":
            doc = agreement(g, i, rng)
        elif item[0] == "agreement":
            doc = agreement(g, i, rng, force_group=item[1], force_defects=item[2], weeks=item[3])
        elif item == "minplan":
            doc = minplan(g, i, rng)
        elif item[0] == "decision":
            doc = decision(g, i, rng, item[1])
        else:
            doc = unknown(g, i, rng, item[1])
        fmt = rng.choice(formats)
        if doc["kind"] == "minplan" and fmt == "eml":
            fmt = "html"
        kvstyle = rng.choice(["table", "label", "heading"]) if doc["kind"] != "decision" else "label"
        sub = doc["kind"]
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)
        rel = f"{sub}/u{i:03d}_{doc['subtype']}.{fmt}"
        path = os.path.join(a.out, rel)
        layout = kvstyle
        if fmt == "txt":
            render_txt(path, doc["blocks"], kvstyle)
        elif fmt == "html":
            render_html(path, doc["blocks"], kvstyle, doc["title"])
        elif fmt == "docx":
            render_docx(path, doc["blocks"], kvstyle)
        elif fmt == "odt":
            render_odt(path, doc["blocks"], kvstyle)
        elif fmt == "rtf":
            render_rtf(path, doc["blocks"], kvstyle)
        elif fmt == "eml":
            render_eml(path, doc["blocks"], kvstyle, doc["title"], f"noreply@{doc['sender'].split()[0].lower().replace('ø','oe').replace('å','aa').replace('æ','ae').replace(',', '')}.dk", doc["date"])
            layout = "email-" + ("label" if kvstyle == "table" else kvstyle)
        elif fmt == "pdf":
            cols = rng.choice([1, 2])
            render_pdf(path, doc["blocks"], kvstyle, cols)
            layout = f"pdf-{cols}col-{kvstyle}"
        rec = {"path": rel, "format": fmt, "kind": doc["kind"], "subtype": doc["subtype"], "layout": layout,
               "rules": doc["rules"], "extras": [], "error": None, "accept_errors": [],
               "must_not_contain": [doc["cpr"]] if doc["cpr"] else [], "traits": doc["traits"]}
        if doc["period"]:
            rec["period"] = {"start": doc["period"][0].isoformat(), "end": doc["period"][1].isoformat()}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
