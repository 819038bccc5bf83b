#!/usr/bin/env python3
"""Independent evaluation corpus "p": hard layouts for mentor agreements (LAB § 167).

Layouts: damaged-ocr-pdf, two-column-pdf, html-divs, email, footer-header-docx.
Writes documents plus EXPECTED.jsonl (format of scripts/corpus/manifest.py).

    python make_corpus_p.py --out /work/corpora/p --seed 41

Labels state what a careful human reader concludes from the rendered document.
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import html
import io
import json
import random
import zipfile
from email.message import EmailMessage
from pathlib import Path

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
LAYOUTS = ("damaged-ocr-pdf", "two-column-pdf", "html-divs", "email", "footer-header-docx")
EXCLUSIVE = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]

# ----------------------------------------------------------------------------- content pools
FIRST = ["Lise", "Mads", "Hanne", "Jonas", "Birgitte", "Ahmad", "Karina", "Søren", "Mette", "Jørgen",
         "Pia", "Rasmus", "Ulla", "Kasper", "Fatima", "Bjørn", "Signe", "Torben", "Åse", "Nikolaj"]
LAST = ["Hansen", "Østergaard", "Nielsen", "Kjær", "Sørensen", "Madsen", "Bæk", "Holm", "Lærke",
        "Frølund", "Dahl", "Ågård", "Mørch", "Poulsen", "Thygesen", "Lund"]
ORGS = ["mentorhuset.dk", "aarhus.dk", "odense.dk", "jobmentor-syd.dk", "viborg.dk", "holbaek.dk"]
KOMMUNER = ["Aarhus", "Odense", "Viborg", "Holbæk", "Gribskov", "Faxe", "Tønder", "Herning"]
CITIZENS = ["Camilla Jørgensen", "Ali Hassan", "Peter Møller", "Sofie Bech", "Emil Strøm", "Nanna Krogh",
            "Oliver Friis", "Maja Lindholm", "Yusuf Demir", "Ida Bønnelykke"]

CLEAR_GOALS = [
    "At borgeren starter på SOSU-hjælperuddannelsen i Randers den 17. august 2026 og gennemfører første skoleperiode.",
    "Ordinært job som lagermedarbejder på mindst 20 timer om ugen inden 1. oktober 2026.",
    "Fastholdelse i fleksjob som kantinemedhjælper i 12 timer om ugen hos Møllers Kantine.",
    "At borgeren gennemfører virksomhedspraktik i Netto, Vestergade, 3 dage om ugen og derefter overgår til løntilskud.",
    "Optagelse på HF-enkeltfag (dansk og matematik) på VUC til vinterstart 2027, med fremmøde 4 ud af 5 dage.",
    "Job som chauffør i et transportfirma, med kørekort kategori C taget inden 1. juni 2026.",
    "At borgeren møder stabilt i praktik som pædagogmedhjælper i Børnehuset Solsikken, 25 timer om ugen.",
    "Gennemførelse af grundforløb 1 på tømreruddannelsen (EUD) uden fravær over 10 %.",
    "Ansættelse i ordinært arbejde som rengøringsassistent, 15 timer om ugen, inden periodens udløb.",
    "At borgeren fortsætter på 2. semester af pædagoguddannelsen og består eksamen i juni 2026.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og selvværd.",
    "Støtte til at komme videre i livet.",
    "Struktur på hverdagen.",
    "Hjælp til at få styr på økonomi og bolig.",
    "Sikre at borgeren får det bedre.",
    "At borgeren bliver mere motiveret og får mere overskud.",
    "Arbejde på at skabe ro og stabilitet.",
    "Borgeren skal opleve mere mestring og livskvalitet.",
]
TASKS = [
    "Mentor ledsager borgeren de første uger, hjælper med at planlægge transport og deltager i møder med arbejdsgiveren.",
    "Hjælpe med mødestabilitet, træne brug af kalender, tage telefonisk kontakt om morgenen ved behov for vækning.",
    "Bistå ved kontakt til uddannelsesstedet, hjælpe med lektieplan og være bindeled til studievejlederen.",
    "Introduktion på arbejdspladsen, sparring om arbejdsopgaver og løbende samtaler med nærmeste leder.",
    "Støtte til at håndtere angst i nye situationer, ledsagelse til første møde og hjælp til struktur i ugeplanen.",
    "Praktisk hjælp til at søge SPS-støtte, deltage i opstartssamtale og hjælpe med at organisere skoletasken.",
]
NEUTRAL_TASKS = [
    "Samtaler om hverdagen, hjælp til at åbne post og gå tur sammen.",
    "Hjælp til madplan, indkøb og døgnrytme samt ledsagelse til lægen.",
    "Samtaler og ledsagelse til aftaler, hjælp til at åbne e-Boks.",
]
FOLLOWUPS = [
    "Statusmøde hver 4. uge med borger, mentor og sagsbehandler. Samlet evaluering 14 dage før periodens udløb.",
    "Opfølgning en gang om måneden; progression måles på antal fremmødedage. Midtvejsevaluering efter 3 måneder.",
    "Sagsbehandler følger op telefonisk hver anden uge og afholder evaluering sammen med borgeren fire uger før bevillingsudløb.",
    "Mentor sender kort skriftlig status hver måned. Delmål gennemgås ved opfølgningssamtale hver 6. uge.",
]
HOURS = ["2 timer pr. uge", "3 timer ugentligt", "1-2 timer pr. uge", "4 t/uge", "8 timer om måneden",
         "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge", "6 timer om ugen"]
BAD_HOURS = ["efter behov", "Efter behov", "", "-", "[udfyldes]", "XX", "aftales løbende efter behov"]
PLACEHOLDERS = ["", "-", "[udfyldes]", "XX", "Udfyldes senere", "..."]
APPEALS = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
    "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget af {k} Kommune senest 4 uger efter, at du har fået "
    "afgørelsen. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer sagen, og fastholdes afgørelsen, "
    "sendes klagen til Ankestyrelsen (Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kap. 10.",
    "Send din klage til {k} Kommune inden 4 uger fra du modtog dette brev. Vi vurderer sagen "
    "igen. Giver vi dig ikke medhold, sender vi klagen videre til Ankestyrelsen.",
]
WEAK_APPEALS = ["Du kan klage over den.", "Klagevejledning: [udfyldes]", "Du har mulighed for at klage.",
                "Klagevejledning vedlægges separat."]
OK_PERIODS = [  # (text, start, end)
    ("1. marts 2026 – 31. august 2026", "2026-03-01", "2026-08-31"),
    ("01.04.2026 - 30.09.2026", "2026-04-01", "2026-09-30"),
    ("fra 1. februar 2026 og 6 måneder frem", "2026-02-01", "2026-07-31"),
    ("15/5 2026 til 14/11 2026", "2026-05-15", "2026-11-14"),
    ("1. juni 2026 - 30. november 2026 (6 mdr.)", "2026-06-01", "2026-11-30"),
    ("1.9.2026 – 28.2.2027 (3 måneder + forlængelse på 3 måneder, i alt 6 mdr.)", "2026-09-01", "2027-02-28"),
    ("f.o.m. 1. august 2026 t.o.m. 31. oktober 2026", "2026-08-01", "2026-10-31"),
    ("4 måneder fra 1. marts 2026", "2026-03-01", "2026-06-30"),
]
OVER_PERIODS = [
    ("1. marts 2026 – 30. september 2026", "2026-03-01", "2026-09-30"),
    ("01.02.2026 - 31.12.2026", "2026-02-01", "2026-12-31"),
    ("9 måneder fra 1. april 2026", "2026-04-01", "2026-12-31"),
    ("1. januar 2026 til 31. december 2026 (12 mdr.)", "2026-01-01", "2026-12-31"),
    ("15/3 2026 - 15/11 2026", "2026-03-15", "2026-11-15"),
    ("fra 1. juni 2026 og et år frem", "2026-06-01", "2027-05-31"),
]
STYLES = {  # label vocabularies of different authors
    "A": dict(goal="Mål med mentorstøtten", mentor="Mentor", tasks="Mentorens opgaver", dur="Varighed",
              fu="Opfølgning", hours="Timetal", appeal="Klagevejledning"),
    "B": dict(goal="Formål", mentor="Kontaktperson (mentor)", tasks="Indsatsområder", dur="Periode",
              fu="Status og evaluering", hours="Antal timer pr. uge", appeal="Sådan klager du"),
    "C": dict(goal="Hovedformål", mentor="Din mentor", tasks="Støtten består i", dur="Bevilget i perioden",
              fu="Opfølgning og progression", hours="Timeantal", appeal="Hvis du vil klage"),
    "D": dict(goal="Målsætning", mentor="Mentorens navn og kontaktdata", tasks="Hvilke opgaver mentoren skal bistå ved",
              dur="Aftalens varighed", fu="Evaluering", hours="Timer", appeal="Klageadgang"),
}


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
    return f"{d:%d%m%y}-{rng.randrange(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# ----------------------------------------------------------------------------- document model
def build_fields(rng: random.Random, defects: set[str], style: str) -> dict:
    """Return the field values (None = omitted, str placeholder = shown but empty) and traits."""
    traits: list[str] = [f"style:{style}"]
    f: dict = {}
    k = rng.choice(KOMMUNER)
    f["kommune"] = k
    f["citizen"] = rng.choice(CITIZENS)
    # goal
    if "missing-goal" in defects:
        if rng.random() < 0.5:
            f["goal"] = None; traits.append("goal:omitted")
        else:
            f["goal"] = rng.choice(PLACEHOLDERS); traits.append("goal:placeholder")
    elif "unclear-goal" in defects:
        f["goal"] = rng.choice(UNCLEAR_GOALS); traits.append("goal:unclear-no-anchor")
    else:
        f["goal"] = rng.choice(CLEAR_GOALS); traits.append("goal:clear")
    # mentor
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    f["mentor_name"] = name
    user = name.lower().replace(" ", ".").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    mail = f"{user}@{rng.choice(ORGS)}"
    tel = phone(rng)
    if "missing-mentor" in defects:
        r = rng.random()
        if r < 0.5:
            f["mentor_contact"] = None; traits.append("mentor:name-only")
        elif r < 0.75:
            f["mentor_name"] = None; f["mentor_contact"] = None; traits.append("mentor:omitted")
        else:
            f["mentor_name"] = rng.choice(PLACEHOLDERS[1:]); f["mentor_contact"] = None
            traits.append("mentor:placeholder")
    else:
        c = rng.random()
        if c < 0.4:
            f["mentor_contact"] = f"tlf. {tel}"; traits.append("mentor:name+phone")
        elif c < 0.7:
            f["mentor_contact"] = f"e-mail: {mail}"; traits.append("mentor:name+mail")
        else:
            f["mentor_contact"] = f"tlf. {tel}, mail {mail}"; traits.append("mentor:name+phone+mail")
    f["mentor_mail"] = mail
    # tasks
    if "missing-tasks" in defects:
        if rng.random() < 0.5:
            f["tasks"] = None; traits.append("tasks:omitted")
        else:
            f["tasks"] = rng.choice(PLACEHOLDERS); traits.append("tasks:placeholder")
    else:
        pool = NEUTRAL_TASKS if "unclear-goal" in defects else TASKS
        f["tasks"] = rng.choice(pool); traits.append("tasks:present")
    # duration
    if "missing-duration" in defects:
        f["period"] = None
        if rng.random() < 0.5:
            f["dur"] = None; traits.append("duration:omitted")
        else:
            f["dur"] = rng.choice(PLACEHOLDERS); traits.append("duration:placeholder")
    elif "duration-over-6-months" in defects:
        t, s, e = rng.choice(OVER_PERIODS)
        f["dur"] = t; f["period"] = {"start": s, "end": e}; traits.append("period:over-six")
    else:
        t, s, e = rng.choice(OK_PERIODS)
        f["dur"] = t; f["period"] = {"start": s, "end": e}
        traits.append("period:exact-six" if _months(s, e) == 6 else "period:within")
    # follow-up
    if "missing-follow-up" in defects:
        if rng.random() < 0.6:
            f["fu"] = None; traits.append("follow-up:omitted")
        else:
            f["fu"] = rng.choice(PLACEHOLDERS); traits.append("follow-up:placeholder")
    else:
        f["fu"] = rng.choice(FOLLOWUPS); traits.append("follow-up:present")
    # hours
    if "missing-hours" in defects:
        if rng.random() < 0.3:
            f["hours"] = None; traits.append("hours:omitted")
        else:
            f["hours"] = rng.choice(BAD_HOURS); traits.append("hours:efter-behov-or-placeholder")
    else:
        f["hours"] = rng.choice(HOURS); traits.append("hours:number")
    # appeal
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.5:
            f["appeal"] = None; traits.append("appeal:omitted")
        else:
            f["appeal"] = rng.choice(WEAK_APPEALS); traits.append("appeal:weak-no-body-no-deadline")
    else:
        f["appeal"] = rng.choice(APPEALS).format(k=k); traits.append("appeal:full")
    return {"f": f, "traits": traits}


def _months(s, e):
    a = dt.date.fromisoformat(s); b = dt.date.fromisoformat(e) + dt.timedelta(days=1)
    return (b.year - a.year) * 12 + b.month - a.month


def mentor_value(f) -> str | None:
    if f["mentor_name"] is None:
        return None
    if f["mentor_contact"]:
        return f"{f['mentor_name']}, {f['mentor_contact']}"
    return f["mentor_name"]


def field_rows(f, style, skip=()) -> list[tuple[str, str]]:
    """(label, value) rows in document order; omitted fields are left out."""
    L = STYLES[style]
    rows = [("goal", L["goal"], f["goal"]), ("mentor", L["mentor"], mentor_value(f)),
            ("tasks", L["tasks"], f["tasks"]), ("dur", L["dur"], f["dur"]), ("fu", L["fu"], f["fu"]),
            ("hours", L["hours"], f["hours"]), ("appeal", L["appeal"], f["appeal"])]
    return [(lab, val) for key, lab, val in rows if val is not None and key not in skip]


def intro(f, rng) -> str:
    return rng.choice([
        f"{f['kommune']} Kommune har den {rng.randint(2, 27)}. {rng.choice(['januar', 'februar', 'marts'])} 2026 "
        f"bevilget mentorstøtte til {f['citizen']} efter lov om en aktiv beskæftigelsesindsats § 167.",
        f"Aftale om mentorstøtte mellem {f['citizen']}, mentor og {f['kommune']} Kommune, jf. LAB § 167.",
        f"Denne aftale beskriver mentorstøtten til {f['citizen']} (LAB § 167, tidligere § 31 b).",
    ])


def cpr_line(cprno):
    return f"CPR-nr.: {cprno}" if cprno else ""


# ----------------------------------------------------------------------------- OCR damage
def damage(text: str, level: str, rng: random.Random) -> str:
    p = {"light": 0.02, "medium": 0.06, "heavy": 0.11}[level]
    pae = {"light": 0.6, "medium": 0.9, "heavy": 1.0}[level]
    out_words = []
    for w in text.split(" "):
        at_bad = "@" in w and rng.random() < {"light": 0.4, "medium": 0.8, "heavy": 1.0}[level]
        chars = []
        for ch in w:
            if ch in "æøåÆØÅ" and rng.random() < pae:
                ch = {"æ": rng.choice(["ae", "e"]), "ø": rng.choice(["o", "e", "g"]), "å": rng.choice(["a", "a", "é"]),
                      "Æ": "AE", "Ø": rng.choice(["O", "0"]), "Å": "A"}[ch]
            elif ch in "li" and rng.random() < p:
                ch = "1"
            elif ch == "o" and rng.random() < p:
                ch = "0"
            elif ch == "m" and rng.random() < p:
                ch = "rn"
            chars.append(ch)
        w = "".join(chars)
        if at_bad:  # after the letter damage, so the misread "@" stays a single visible glyph
            w = w.replace("@", rng.choice(["æ", "&"]))
        if len(w) > 7 and w.isalpha() and rng.random() < p:
            cut = rng.randint(3, len(w) - 3)
            w = w[:cut] + " " + w[cut:]
        out_words.append(w)
    res = out_words[0] if out_words else ""
    for w in out_words[1:]:
        res += ("" if rng.random() < p * 0.8 and not res[-1:].isdigit() and not w[:1].isdigit() else " ") + w
    return res


def wrap_hyphen(text: str, width: int, rng: random.Random, hyph: float) -> list[str]:
    lines, cur = [], ""
    for w in text.split(" "):
        if len(cur) + 1 + len(w) <= width or not cur:
            cur = (cur + " " + w).strip()
            continue
        room = width - len(cur) - 2
        if w.isalpha() and len(w) >= 7 and room >= 3 and rng.random() < hyph:
            cut = min(room, len(w) - 3)
            lines.append(cur + " " + w[:cut] + "-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------- writers
def _rl_setup():
    from reportlab import rl_config
    rl_config.invariant = 1


def write_ocr_pdf(path: Path, title: str, blocks: list[str], level: str, rng: random.Random):
    """Draw the damaged text line by line (as an old OCR text layer would read)."""
    _rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("scan")
    font = rng.choice(["Helvetica", "Times-Roman", "Courier"])
    width = 78 if font != "Courier" else 70
    y = 800
    speck = {"light": 0.03, "medium": 0.08, "heavy": 0.15}[level]
    hyph = {"light": 0.3, "medium": 0.6, "heavy": 0.9}[level]

    def line(s, bold=False):
        nonlocal y
        if y < 60:
            c.showPage(); y = 800
        c.setFont(font + ("-Bold" if bold and font == "Helvetica" else ""), 10)
        if rng.random() < speck:
            s = rng.choice([".", ",", "'", "."]) + " " + s
        c.drawString(50 + rng.choice([0, 0, 1, 2]), y, s)
        y -= 14

    line(damage(title, level, rng), bold=True)
    y -= 8
    for b in blocks:
        for ln in wrap_hyphen(damage(b, level, rng), width, rng, hyph):
            line(ln)
        y -= 6
    c.showPage()
    c.save()


def write_twocol_pdf(path: Path, header: str, title: str, paras: list[tuple[str, str]], rng: random.Random):
    _rl_setup()
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
    W, H = A5
    gap, margin = 6 * mm, 12 * mm
    colw = (W - 2 * margin - gap) / 2
    frames = [Frame(margin, 18 * mm, colw, H - 38 * mm, id="L", showBoundary=0),
              Frame(margin + colw + gap, 18 * mm, colw, H - 38 * mm, id="R", showBoundary=0)]

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.drawString(margin, H - 10 * mm, header)
        canv.drawRightString(W - margin, 9 * mm, f"Side {doc.page}")
        canv.drawString(margin, 9 * mm, "Dokument genereret fra fagsystem")
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A5, invariant=1, title=title,
                          pageTemplates=[PageTemplate(id="two", frames=frames, onPage=deco)])
    fs = rng.choice([8, 9, 10, 11])
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=fs, leading=fs + 2.2, spaceAfter=4)
    hd = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", fontSize=fs + 2.5, leading=fs + 5)
    lab = ParagraphStyle("l", parent=st, fontName="Helvetica-Bold", spaceAfter=0)
    story = [Paragraph(html.escape(title), hd)]
    for kind, text in paras:
        if kind == "label":
            story.append(Paragraph(html.escape(text), lab))
        elif kind == "inline":
            a, b = text
            story.append(Paragraph(f"<b>{html.escape(a)}:</b> {html.escape(b)}", st))
        else:
            story.append(Paragraph(html.escape(text), st))
    doc.build(story)


CSS = """body{font-family:Arial;margin:0}.nav{background:#004;color:#fff}.felt{margin:4px 0}
.label{font-weight:bold;width:30%;display:inline-block}.vaerdi{display:inline-block}
.kontaktkort{border:1px solid #ccc;padding:6px;margin-top:40px}.hidden{display:none}"""
SCRIPT = """window.sagConfig = {modul: "mentor", felter: ["maal","mentor","opgaver","varighed","opfoelgning","timer","klage"],
  autosave: true}; function toggleMenu(){document.querySelector('.nav').classList.toggle('open');}"""


def html_page(title, nav_items, inner, footer):
    navs = "".join(f'<li class="nav-item"><a href="#">{html.escape(n)}</a></li>' for n in nav_items)
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{CSS}</style><script>{SCRIPT}</script></head><body>"
            f"<div class=\"nav\"><div class=\"container\"><ul class=\"nav-list\">{navs}</ul>"
            f"<div class=\"user\">Logget ind som: sagsbehandler</div></div></div>"
            f"<div class=\"breadcrumb\"><span>Forside</span> &gt; <span>Borger</span> &gt; <span>Dokumenter</span></div>"
            f"<div class=\"container main\">{inner}</div>"
            f"<div class=\"footer\"><div class=\"row\"><div class=\"col-md-12\">{html.escape(footer)}</div></div></div>"
            f"<script>document.addEventListener('DOMContentLoaded', function(){{console.log('loaded');}});</script>"
            f"</body></html>\n")


def felt(label, value, hidden_class=""):
    return (f'<div class="row felt{hidden_class}"><div class="col-md-4"><div class="label">{html.escape(label)}</div></div>'
            f'<div class="col-md-8"><div class="vaerdi"><div class="tekst">{html.escape(value)}</div></div></div></div>')


def write_eml(path: Path, subj: str, sender: str, to: str, date: str, plain: str, htmlbody: str, n: int):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = f"<p{n:04d}.corpus@kommune.invalid>"
    m.set_content(plain)
    m.add_alternative(htmlbody, subtype="html")
    m.set_boundary(f"=====corpus-p-{n:04d}=====")  # fixed boundary: deterministic bytes
    path.write_bytes(m.as_bytes())


def normalize_zip(path: Path):
    """Rewrite a docx with fixed timestamps so the output is byte-deterministic."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Fagsystem"
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.last_modified_by = "Fagsystem"
    cp.revision = 1
    return d


# ----------------------------------------------------------------------------- agreement renderers
def render_ocr(path, f, style, rng, cprno, traits):
    level = rng.choice(["light", "medium", "heavy"])
    traits.append(f"ocr:{level}")
    blocks = [intro(f, rng)]
    if cprno:
        blocks.append(f"Borger: {f['citizen']}  {cpr_line(cprno)}")
    for lab, val in field_rows(f, style):
        blocks.append(f"{lab}: {val}")
    blocks.append(f"Med venlig hilsen {f['kommune']} Kommune, Beskæftigelse")
    title = rng.choice(["AFTALE OM MENTORSTØTTE", "Mentoraftale", "Skriftlig aftale om mentorstøtte"])
    write_ocr_pdf(path, title, blocks, level, rng)


def render_twocol(path, f, style, rng, cprno, traits):
    paras = [("p", intro(f, rng))]
    # background text so the fields reach the column break
    paras.append(("p", rng.choice([
        "Borgeren har været ledig i længere tid og har haft svært ved at fastholde aftaler. "
        "Ved samtalen blev det vurderet, at en mentor kan hjælpe med overgangen. Borgeren har selv ønsket "
        "en fast kontakt, som kender lokalområdet og virksomhederne i byen.",
        "Sagen er drøftet på teammøde. Borgeren har tidligere deltaget i forløb hos anden aktør, hvor "
        "fremmødet var ustabilt. Der er lagt vægt på borgerens egne ønsker og på oplysningerne fra egen læge, "
        "som beskriver periodevis uro og søvnproblemer.",
    ]) * rng.choice([1, 1, 2, 3])))
    privacy = ("Kommunen behandler dine oplysninger efter databeskyttelsesreglerne. Du kan få indsigt i de "
               "oplysninger, vi har registreret om dig. Oplysningerne bruges kun til at tilrettelægge din sag og "
               "deles ikke med andre uden dit samtykke, medmindre loven giver adgang til det. ")
    priv_where = rng.choice(["before", "after", "none"])
    if priv_where == "before":
        paras.append(("p", privacy * rng.choice([1, 2, 3])))
    if cprno:
        paras.append(("p", f"{f['citizen']}, {cpr_line(cprno)}"))
    inline = rng.random() < 0.5
    traits.append("labels:inline" if inline else "labels:own-line")
    for lab, val in field_rows(f, style):
        if inline:
            paras.append(("inline", (lab, val if val else " ")))
        else:
            paras.append(("label", lab))
            paras.append(("p", val if val else " "))
    if priv_where == "after":
        paras.append(("p", privacy * rng.choice([2, 3, 4])))
    paras.append(("p", f"Venlig hilsen, {f['kommune']} Kommune"))
    header = f"{f['kommune']} Kommune · Beskæftigelse · Sag {rng.randint(10000, 99999)}"
    write_twocol_pdf(path, header, rng.choice(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)"]), paras, rng)


def render_html(path, f, style, rng, cprno, traits):
    L = STYLES[style]
    inner = [f'<div class="row"><div class="col-md-12"><h1>{html.escape(rng.choice(["Mentoraftale", "Aftale om mentorstøtte"]))}</h1>'
             f'<div class="intro">{html.escape(intro(f, rng))}</div></div></div>']
    if cprno:
        inner.append(f'<div class="row"><div class="col-md-4"><div class="label">Borger</div></div>'
                     f'<div class="col-md-8"><div class="vaerdi">{html.escape(f["citizen"])} · {cprno}</div></div></div>')
    card = None
    mode = rng.choice(["card-all", "card-contact", "inline"])
    if f["mentor_name"] is not None and f["mentor_contact"] and mode != "inline":
        traits.append("mentor-contact:kontaktkort")
    for key, lab, val in [("goal", L["goal"], f["goal"]), ("mentor", L["mentor"], None),
                          ("tasks", L["tasks"], f["tasks"]), ("dur", L["dur"], f["dur"]),
                          ("fu", L["fu"], f["fu"]), ("hours", L["hours"], f["hours"]),
                          ("appeal", L["appeal"], f["appeal"])]:
        if key == "mentor":
            if f["mentor_name"] is None:
                continue
            if mode == "card-all" or (mode == "card-contact" and not f["mentor_contact"] and rng.random() < 0.5):
                inner.append(felt(lab, "Se kontaktkort nederst"))
                card = (f["mentor_name"], f["mentor_contact"])
            elif mode == "card-contact":
                inner.append(felt(lab, f["mentor_name"]))
                card = (None, f["mentor_contact"]) if f["mentor_contact"] else None
            else:
                inner.append(felt(lab, mentor_value(f)))
            continue
        if val is None:
            continue
        inner.append(felt(lab, val))
    # filler: journal notes widget between fields and the contact card
    inner.append('<div class="row"><div class="col-md-12"><div class="panel"><div class="label">Seneste journalnotater</div>'
                 '<ul><li>12.01.2026 Samtale med borger</li><li>19.01.2026 Dokument oprettet</li>'
                 '<li>20.01.2026 Sendt til e-Boks</li></ul></div></div></div>')
    kort = ['<div class="kontaktkort"><div class="row"><div class="col-md-4"><div class="label">Kontaktkort</div></div>']
    if card:
        nm, ct = card
        if nm:
            kort.append(f'<div class="col-md-4"><div class="vaerdi navn">Mentor: {html.escape(nm)}</div></div>')
        else:
            kort.append('<div class="col-md-4"><div class="vaerdi navn">Mentor</div></div>')
        if ct:
            kort.append(f'<div class="col-md-4"><div class="vaerdi">{html.escape(ct)}</div></div>')
    kort.append(f'<div class="col-md-4"><div class="vaerdi">Sagsbehandler: {html.escape(rng.choice(FIRST))} '
                f'{html.escape(rng.choice(LAST))}, tlf. {phone(rng)}</div></div></div></div>')
    inner.append("".join(kort))
    if f["mentor_name"] is not None and not f["mentor_contact"]:
        traits.append("kontaktkort:caseworker-only")
    nav = ["Overblik", "Borgere", "Ydelser", "Mentorordning", "Klager", "Timeregistrering", "Log ud"]
    path.write_text(html_page("Fagsystem – dokument", nav, "".join(inner),
                              f"{f['kommune']} Kommune · Fagsystem v4.2"), encoding="utf-8")
    traits.append("html:script+style+nav")


def render_email(path, f, style, rng, cprno, traits, n):
    cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    cwtel = phone(rng)
    prose = rng.random() < 0.4
    lines = [f"Kære {f['citizen'].split()[0]}", "", rng.choice([
        "Hermed aftalen om din mentorstøtte, som vi talte om i går.",
        "Som aftalt sender jeg her den skriftlige aftale om mentor.",
        "Her kommer aftalen om mentorstøtte. Læs den igennem og skriv, hvis noget er forkert."]), ""]
    if cprno:
        lines += [cpr_line(cprno), ""]
    if prose:
        traits.append("body:prose")
        if f["goal"] is not None:
            lines.append(f"Målet er: {f['goal'] or '[udfyldes]'}")
        if f["mentor_name"] is not None:
            mv = mentor_value(f)
            lines.append(f"Din mentor er {mv}.")
        if f["tasks"] is not None:
            lines.append(f"Mentoren skal hjælpe dig med: {f['tasks'] or '[udfyldes]'}")
        if f["dur"] is not None:
            lines.append(f"Støtten er bevilget i perioden {f['dur'] or '[udfyldes]'}.")
        if f["fu"] is not None:
            lines.append(f"Opfølgning: {f['fu'] or '[udfyldes]'}")
        if f["hours"] is not None:
            lines.append(f"Timetal: {f['hours'] or '[udfyldes]'}")
        if f["appeal"] is not None:
            lines += ["", f["appeal"]]
    else:
        traits.append("body:label-lines")
        for lab, val in field_rows(f, style):
            lines.append(f"{lab}: {val}")
    sig = ["", "Med venlig hilsen", "", cw, "Sagsbehandler, Beskæftigelse", f"{f['kommune']} Kommune",
           f"Direkte tlf. {cwtel}", f"{cw.split()[0].lower().replace('ø', 'oe').replace('å', 'aa').replace('æ', 'ae')}@{f['kommune'].lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"]
    traits.append("signature:caseworker-phone")
    quoted = ["", f"Den {rng.randint(2, 28)}. jan. 2026 kl. 09:{rng.randint(10, 59)} skrev {f['citizen']}:",
              "> Hej. Jeg har ikke fået noget papir på det med mentor endnu.",
              "> Kan du sende det? Jeg vil gerne starte snart.", "> Hilsen", f"> {f['citizen'].split()[0]}"]
    plain = "\n".join(lines + sig + quoted) + "\n"
    hb = ["<html><body><div style=\"font-family:Calibri\">"]
    for ln in lines:
        hb.append(f"<p>{html.escape(ln)}</p>" if ln else "<br>")
    hb.append("<div class=\"signature\">" + "<br>".join(html.escape(s) for s in sig if s) + "</div>")
    hb.append("<blockquote type=\"cite\">" + "<br>".join(html.escape(q.lstrip("> ")) for q in quoted if q) + "</blockquote>")
    hb.append("</div></body></html>")
    write_eml(path, rng.choice(["Aftale om mentorstøtte", "Din mentoraftale", "SV: mentor"]),
              f"{cw} <{cw.split()[0].lower()}@kommune.invalid>", f"{f['citizen']} <borger@example.invalid>",
              f"Mon, {rng.randint(2, 28)} Feb 2026 10:{rng.randint(10, 59)}:00 +0100", plain, "\n".join(hb), n)


def render_docx(path, f, style, rng, cprno, traits):
    d = new_docx()
    sec = d.sections[0]
    L = STYLES[style]
    real_goal = any(t in ("goal:clear", "goal:unclear-no-anchor") for t in traits)
    letter = real_goal and rng.random() < 0.45  # goal only in the first paragraph of the letter
    contact_footer = f["mentor_name"] is not None and f["mentor_contact"] and rng.random() < 0.6
    appeal_where = rng.choice(["footer", "header", "body"]) if f["appeal"] is not None else "none"
    if not (letter or contact_footer or appeal_where in ("footer", "header")):
        if f["mentor_name"] is not None and f["mentor_contact"]:
            contact_footer = True
        elif f["appeal"] is not None:
            appeal_where = "footer"
        elif real_goal:
            letter = True
    skip = []
    hdr = sec.header.paragraphs[0]
    hdr.text = f"{f['kommune']} Kommune – Jobcenter / Beskæftigelse"
    ftr = sec.footer.paragraphs[0]
    ftr.text = f"{f['kommune']} Kommune · Rådhustorvet 1 · www.{f['kommune'].lower().replace('ø', 'oe').replace('æ', 'ae')}.dk"
    d.add_paragraph(f"{f['citizen']}\nBorgervej {rng.randint(1, 90)}\n{rng.randint(1000, 9990)} By")
    if cprno:
        d.add_paragraph(cpr_line(cprno))
    if letter:
        skip.append("goal")
        traits.append("goal:first-letter-paragraph")
        g = f["goal"].rstrip(".")
        g = g[0].lower() + g[1:] if not g.startswith(("SOSU", "HF", "Ordinært")) else g
        d.add_paragraph(f"Kære {f['citizen'].split()[0]}. Du får mentorstøtte, og målet med støtten er "
                        f"{g}. Nedenfor står, hvad vi har aftalt.")
    else:
        d.add_heading(rng.choice(["Aftale om mentorstøtte", "Mentoraftale"]), level=1)
        d.add_paragraph(intro(f, rng))
    if contact_footer:
        skip.append("mentor")
        traits.append("mentor-contact:footer")
    if appeal_where in ("footer", "header"):
        skip.append("appeal")
        traits.append(f"appeal:{appeal_where}")
    rows = field_rows(f, style, skip=skip)
    if contact_footer:
        # name in body, contact only in footer
        rows.insert(0 if letter else 1, (L["mentor"], f"{f['mentor_name']} (kontaktoplysninger nederst på siden)"))
    use_table = rng.random() < 0.5
    if use_table:
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
    d.add_paragraph("Med venlig hilsen")
    d.add_paragraph(f"{rng.choice(FIRST)} {rng.choice(LAST)}, sagsbehandler")
    if contact_footer:
        fp = sec.footer.add_paragraph(f"Mentor: {f['mentor_name']}, {f['mentor_contact']}")
        fp.style = d.styles["Footer"]
    if appeal_where == "footer":
        sec.footer.add_paragraph(f"Klagevejledning: {f['appeal']}")
    elif appeal_where == "header":
        sec.header.add_paragraph(f"Klagevejledning: {f['appeal']}")
    d.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- non-agreements
def nonagreement(layout, i, rng, out: Path, n):
    kommune = rng.choice(KOMMUNER)
    citizen = rng.choice(CITIZENS)
    mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    status = [f"Statusrapport fra mentor, {rng.choice(['marts', 'april', 'maj'])} 2026",
              f"Borger: {citizen}. Mentor: {mentor}, tlf. {phone(rng)}.",
              "Borgeren er mødt til 7 ud af 8 aftaler. Vi har arbejdet med morgenrutiner og transport.",
              f"Der er brugt {rng.randint(6, 12)} timer i perioden. Delmålet om stabilt fremmøde i praktikken er nået.",
              "Næste statusmøde holdes om fire uger. Mentor anbefaler at støtten fortsætter som aftalt."]
    meeting = [f"Hej {citizen.split()[0]}",
               f"Jeg vil gerne invitere dig til møde med din mentor {mentor} tirsdag den {rng.randint(2, 28)}. marts kl. 10.",
               "Vi skal tale om, hvordan det går, og om vi skal justere aftalen.",
               "Mødet holdes på Jobcentret, lokale 2.14. Giv besked, hvis tidspunktet ikke passer.",
               "Venlig hilsen", f"{rng.choice(FIRST)}, sagsbehandler, tlf. {phone(rng)}"]
    guide = ["Hvad skal en mentoraftale indeholde?",
             "En skriftlig aftale om mentorstøtte efter LAB § 167 skal indeholde:",
             "1. Målet med mentorstøtten (job eller uddannelse, konkret).",
             "2. Mentorens navn og kontaktdata (telefon eller e-mail).",
             "3. Hvilke opgaver mentoren skal bistå ved.",
             "4. Varigheden af aftalen (højst 6 måneder) og opfølgning, inkl. mål for progression.",
             "5. Timetallet for mentorstøtten, fx antal timer pr. uge.",
             "6. Klagevejledning: klag til kommunen inden 4 uger; kommunen genvurderer og sender klagen til Ankestyrelsen."]
    sub = ["status-report", "scheduling", "guidance-page"][i % 3]
    if layout == "html-divs":
        sub = ["guidance-page", "status-report", "guidance-page", "scheduling"][i % 4]
    if layout == "email":
        sub = ["scheduling", "scheduling", "status-report", "guidance-page"][i % 4]
    text = {"status-report": status, "scheduling": meeting, "guidance-page": guide}[sub]
    base = f"ikke-aftaler/{layout}/{sub}-{i:02d}"
    if layout == "damaged-ocr-pdf":
        p = out / (base + ".pdf"); p.parent.mkdir(parents=True, exist_ok=True)
        lvl = rng.choice(["light", "medium", "heavy"])
        write_ocr_pdf(p, text[0], text[1:], lvl, rng); fmt = "pdf"
    elif layout == "two-column-pdf":
        p = out / (base + ".pdf"); p.parent.mkdir(parents=True, exist_ok=True)
        write_twocol_pdf(p, f"{kommune} Kommune · Information", text[0], [("p", t) for t in text[1:]] * 2
                         if sub != "guidance-page" else [("p", t) for t in text[1:]], rng); fmt = "pdf"
    elif layout == "html-divs":
        p = out / (base + ".html"); p.parent.mkdir(parents=True, exist_ok=True)
        inner = f"<div class=\"row\"><div class=\"col-md-12\"><h1>{html.escape(text[0])}</h1></div></div>" + \
                "".join(f'<div class="row felt"><div class="col-md-12"><div class="vaerdi">{html.escape(t)}</div></div></div>'
                        for t in text[1:])
        p.write_text(html_page(text[0], ["Forside", "Borger", "Virksomhed", "Om kommunen"], inner,
                               f"{kommune} Kommune"), encoding="utf-8"); fmt = "html"
    elif layout == "email":
        p = out / (base + ".eml"); p.parent.mkdir(parents=True, exist_ok=True)
        plain = "\n".join(text) + "\n"
        write_eml(p, {"scheduling": "Møde med din mentor", "status-report": "Status fra mentor",
                      "guidance-page": "Info: hvad står der i en mentoraftale?"}[sub],
                  "sagsbehandler@kommune.invalid", "borger@example.invalid", "Tue, 3 Mar 2026 08:15:00 +0100",
                  plain, "<html><body>" + "".join(f"<p>{html.escape(t)}</p>" for t in text) + "</body></html>", n)
        fmt = "eml"
    else:
        p = out / (base + ".docx"); p.parent.mkdir(parents=True, exist_ok=True)
        d = new_docx()
        d.sections[0].header.paragraphs[0].text = f"{kommune} Kommune"
        d.sections[0].footer.paragraphs[0].text = f"Mentor: {mentor}, tlf. {phone(rng)}" if sub != "guidance-page" else \
            "Klagevejledning: klag til kommunen inden 4 uger; derefter Ankestyrelsen."
        d.add_heading(text[0], level=1)
        for t in text[1:]:
            d.add_paragraph(t)
        d.save(str(p)); normalize_zip(p); fmt = "docx"
    return {"path": str(p.relative_to(out)), "format": fmt, "kind": "unknown", "subtype": sub, "layout": layout,
            "rules": [], "extras": [], "error": None, "accept_errors": [], "must_not_contain": [],
            "traits": [f"look-alike:{sub}"], "period": None}


# ----------------------------------------------------------------------------- plan
def plan_defects(rng: random.Random, n_total=120, n_complete=48) -> list[set[str]]:
    n_def = n_total - n_complete
    n_pairs = 28
    singles = [{RULES[i % 9]} for i in range(n_def - n_pairs)]
    pairs = []
    combos = [frozenset((a, b)) for ai, a in enumerate(RULES) for b in RULES[ai + 1:]
              if not any({a, b} <= ex for ex in EXCLUSIVE)]
    rng.shuffle(combos)
    # pick pairs greedily to balance counts
    counts = {r: sum(1 for s in singles if r in s) for r in RULES}
    for _ in range(n_pairs):
        combos.sort(key=lambda c: sum(counts[r] for r in c))
        c = combos.pop(0)
        pairs.append(set(c))
        for r in c:
            counts[r] += 1
    plan = [set() for _ in range(n_complete)] + singles + pairs
    rng.shuffle(plan)
    return plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=41)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    plan = plan_defects(rng)
    entries = []
    n = 0
    for idx, defects in enumerate(plan):
        layout = LAYOUTS[idx % 5]
        style = rng.choice(list(STYLES))
        built = build_fields(rng, defects, style)
        f, traits = built["f"], built["traits"]
        cprno = cpr(rng) if rng.random() < 0.1 else None
        if cprno:
            traits.append("cpr")
        ext = {"damaged-ocr-pdf": "pdf", "two-column-pdf": "pdf", "html-divs": "html", "email": "eml",
               "footer-header-docx": "docx"}[layout]
        tag = "komplet" if not defects else "-".join(sorted(r.replace("missing-", "m-") for r in defects))
        rel = f"aftaler/{layout}/aftale-{idx:03d}-{tag}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        n += 1
        if layout == "damaged-ocr-pdf":
            render_ocr(p, f, style, rng, cprno, traits)
        elif layout == "two-column-pdf":
            render_twocol(p, f, style, rng, cprno, traits)
        elif layout == "html-divs":
            render_html(p, f, style, rng, cprno, traits)
        elif layout == "email":
            render_email(p, f, style, rng, cprno, traits, n)
        else:
            render_docx(p, f, style, rng, cprno, traits)
        entries.append({"path": rel, "format": ext if ext != "eml" else "eml", "kind": "agreement",
                        "subtype": "agreement", "layout": layout, "rules": sorted(defects), "extras": [],
                        "error": None, "accept_errors": [],
                        "must_not_contain": [cprno, cprno.replace("-", "")] if cprno else [],
                        "traits": traits, "period": f["period"]})
    for i in range(20):
        n += 1
        entries.append(nonagreement(LAYOUTS[i % 5], i, rng, out, n))
    try:  # the project's manifest writer (tools/corpusgen, installed by make)
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(out, entries)
    except ImportError:  # standalone fallback, same format
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
