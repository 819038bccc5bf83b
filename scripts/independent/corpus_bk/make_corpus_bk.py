"""Corpus BK: mentor-support documents as Danish case systems export and print them.

Angle: what a quality team gets when it pulls documents out of Momentum, KMD Nexus, Fasit,
SBSYS, Acadre or an Opus-like journal: PDF prints with a metadata block on top, HTML exports with
nested tables/divs and CSS, mail-merged Word documents with «fields», field-code leftovers, cover
pages, merged case exports, titles only in the metadata.

Written from /work/shared/domain.md, the seeds and knowledge of Danish public administration only.
Deterministic: fixed seed.  Usage:  python make_corpus_bk.py --out /work/corpora/bk
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261129
R = random.Random(SEED)

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

SYSTEMS = ["Momentum", "KMD Nexus", "Fasit", "SBSYS", "Acadre", "Opus Journal"]
KOMMUNER = ["Viborg Kommune", "Holbæk Kommune", "Faxe Kommune", "Silkeborg Kommune", "Næstved Kommune",
            "Hjørring Kommune", "Kolding Kommune", "Slagelse Kommune", "Randers Kommune", "Horsens Kommune"]
CITIZENS = ["Mahmoud Al-Sayed", "Line Kjær Mortensen", "Jonas Bech", "Sofie Ravn Hansen", "Ali Yilmaz",
            "Camilla Friis", "Mikkel Thygesen", "Nadia Hussein", "Emil Lauridsen", "Karina Holm",
            "Patrick Dahl Nielsen", "Amalie Sørensen", "Rasmus Vestergaard", "Fatima Omar",
            "Kenneth Juul", "Ida Marie Skov", "Tobias Krogh", "Maja Lund", "Hassan Farah", "Stine Bak"]
MENTORS = [("Sara Lindholm", "Jobhuset Midt"), ("Lars Østergaard", "Mentorteamet"),
           ("Birgitte Nørgaard", "Fokus Mentor ApS"), ("Kim Thomsen", "Ungeenheden"),
           ("Anders Kirk", "Virksomhedsservice"), ("Henriette Bach", "Mentorkorpset"),
           ("Peter Hvid", "Socialpsykiatriens mentorteam"), ("Mette Winther", "Relation & Job ApS"),
           ("Jakob Møller", "FGU Midt"), ("Susanne Brink", "Jobcenterets mentorenhed")]
CASEWORKERS = ["Helle Rasmussen", "Torben Gade", "Anne Mette Klitgaard", "Morten Schou", "Pia Lykke",
               "Rikke Andersen", "Ole Dam"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def phone() -> str:
    d = [R.randint(20, 99) for _ in range(4)]
    return " ".join(f"{x:02d}" for x in d)


def cpr() -> str:
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}-{R.randint(1000, 9999)}"


def email(name: str, org: str) -> str:
    first = name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    dom = org.lower().replace(" ", "").replace("&", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    dom = dom.replace("aps", "").replace("'", "")
    return f"{first}@{dom[:14]}.dk"


def jnr() -> str:
    return f"{R.choice(['15.20.00', '15.24.08', '32.18.00', '15.00.00'])}-{R.choice(['G01', 'P20', 'A00', 'K07'])}-{R.randint(100, 9999)}-26"


# ------------------------------------------------------------------ dates
import datetime as dt


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def make_period(over: bool, months: int | None = None):
    start = dt.date(2026, R.randint(1, 9), R.choice([1, 1, 1, 15]))
    if over:
        m = R.choice([7, 8, 9, 12])
        end = add_months(start, m) - dt.timedelta(days=1)
    else:
        m = months or R.choice([3, 4, 5, 6, 6, 6])
        end = add_months(start, m) - dt.timedelta(days=1)
    return start, end


def period_text(start, end, style=None) -> str:
    style = style or R.choice(["words", "words", "dots", "slash", "num", "fomtom", "fra-til"])
    if style == "fomtom":
        return f"f.o.m. {fmt_date(start, 'dots')} t.o.m. {fmt_date(end, 'dots')}"
    if style == "fra-til":
        return f"fra {fmt_date(start, 'words')} til {fmt_date(end, 'words')}"
    sep = R.choice([" – ", " - ", "–", " til "])
    return f"{fmt_date(start, style)}{sep}{fmt_date(end, style)}"


# ------------------------------------------------------------------ field texts
JOB_GOALS = [
    "{fn} starter på grundforløb 1 (EUD) på {school} i august 2026 og møder mindst fire dage om ugen.",
    "{fn} er i virksomhedspraktik 15 timer om ugen i {shop} senest 1. juni 2026, med henblik på løntilskud.",
    "At {fn} gennemfører FVU-dansk trin 2 på VUC og derefter søger optagelse på HF.",
    "{fn} har et ordinært job med mindst 20 timer om ugen inden periodens udløb.",
    "Målet er, at {fn} fastholder sit fleksjob på {shop} og har højst to fraværsdage om måneden.",
    "{fn} gennemfører første semester på SOSU-hjælperuddannelsen uden at falde fra.",
    "{fn} kommer i gang med FGU (produktionsgrunduddannelse) og møder stabilt 30 timer om ugen.",
    "{fn} øger sin arbejdstid i løntilskudsjobbet hos {shop} fra 10 til 20 timer om ugen.",
    "At {fn} består AMU-kurset i truckcertifikat og søger lagerjob.",
    "{fn} fastholder sin STU og deltager i praktik på {shop} to dage om ugen.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og selvværd.",
    "Støtte til at komme tættere på arbejdsmarkedet.",
    "{fn} skal arbejde med sig selv og få mere struktur i hverdagen.",
    "Hjælp til at få styr på hverdagen og komme videre.",
    "Sikre at {fn} får det bedre og bliver mere motiveret.",
]
SCHOOLS = ["Mercantec", "EUC Syd", "Tradium", "Zealand Business College", "SOSU Østjylland", "Learnmark"]
SHOPS = ["Netto i Bjerringbro", "Bilka Holstebro", "Dagrofa lageret", "Coop 365 Nørregade",
         "plejecenter Solgården", "Vestas' kantine", "Jysk Logistik", "Føtex Næstved"]

TASKS = [
    "følge {fn} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at lave en fast døgnrytme og ugeplan",
    "støtte ved kontakt til skole, læge og kommune",
    "deltage i opstartsmøde med arbejdsgiveren",
    "hjælpe med at åbne og forstå post fra e-Boks",
    "træne buskørsel til uddannelsesstedet",
    "være bindeled til kontaktlæreren på skolen",
    "støtte i at holde aftaler og melde fravær korrekt",
    "hjælpe med budget og kontakt til SKAT",
]
FOLLOWUPS = [
    "Statusmøde med mentor, {fn} og sagsbehandler hver 4. uge. Delmål: fremmøde fire dage om ugen fra maj.",
    "Vi følger op hver måned. Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør.",
    "Mentor sender skriftlig status til jobcentret hver anden måned; progression måles på fremmøde og timetal i praktikken.",
    "Opfølgning ved samtale i jobcentret hver 6. uge, hvor delmålene gennemgås.",
    "Der holdes evalueringsmøde hver 14. dag de første to måneder, herefter hver måned.",
]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 timer pr. uge", "8 timer om måneden",
         "2-3 timer pr. uge", "5 timer om ugen", "halvanden time om ugen", "to timer om ugen", "6 t/uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale"]
APPEALS = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
    "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {kom} inden 4 uger efter, at du har modtaget den. Klagen kan være mundtlig "
    "eller skriftlig. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen "
    "(Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Klagefristen er 4 uger fra modtagelsen af denne aftale. Klagen sendes til jobcentret i {kom}, der genvurderer "
    "sagen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
]
WEAK_APPEAL = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du er uenig.",
               "Der er klageadgang efter de almindelige regler."]
WRONG_APPEAL = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."


@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    layout: str
    subtype: str
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    must_not: list = field(default_factory=list)
    traits: list = field(default_factory=list)
    period: dict | None = None


# A document model: ordered list of blocks (kind, payload) plus metadata.
# blocks: ("title", str) ("h", str) ("p", str) ("kv", [(label, value)]) ("list", [str]) ("meta", [(k, v)])
#         ("pagebreak", None)


def agreement_content(defects: set, ctx: dict, label_style: str):
    fn = ctx["citizen"].split()[0]
    blocks = []
    # goal
    goal_lbl = R.choice(["Målet med mentorstøtten", "Mål", "Borgerens mål", "Formål med forløbet",
                         "Mål og delmål"])
    if "missing-goal" in defects:
        goal = R.choice(["«Mål»", "Udfyldes senere", "{ MERGEFIELD Maal_tekst }", "-"])
    elif "unclear-goal" in defects:
        goal = R.choice(UNCLEAR_GOALS).format(fn=fn)
    else:
        goal = R.choice(JOB_GOALS).format(fn=fn, school=R.choice(SCHOOLS), shop=R.choice(SHOPS))
    m_name, m_org = ctx["mentor"]
    mentor_lbl = R.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Din mentor"])
    if "missing-mentor" in defects:
        mentor = R.choice([f"{m_name}, {m_org}", "«MentorNavn», tlf. «MentorTlf»", "Fejl! Reference kilde ikke fundet.",
                           "Ikke udpeget endnu"])
    else:
        mentor = R.choice([f"{m_name}, {m_org}, tlf. {ctx['mphone']}",
                           f"{m_name} ({m_org}) – {ctx['memail']} – {ctx['mphone']}",
                           f"{m_name}, mobil {ctx['mphone']}, mail {ctx['memail']}"])
    task_lbl = R.choice(["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "Støtten består i"])
    if "missing-tasks" in defects:
        tasks = None
        tasks_txt = R.choice(["«Opgaver»", "Klik eller tryk her for at skrive tekst.", "Udfyldes senere"])
    else:
        tasks = [t.format(fn=fn) for t in R.sample(TASKS, R.randint(2, 4))]
        tasks_txt = None
    dur_lbl = R.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"])
    if "missing-duration" in defects:
        dur = R.choice(["«Startdato» – «Slutdato»", "indtil videre", "Udfyldes senere", "{ MERGEFIELD Periode }"])
        ctx["period"] = None
    else:
        dur = period_text(*ctx["period"])
    fu_lbl = R.choice(["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"])
    fu = None if "missing-follow-up" in defects else R.choice(FOLLOWUPS).format(fn=fn)
    h_lbl = R.choice(["Timetal", "Antal timer", "Timer", "Omfang"])
    if "missing-hours" in defects:
        hours = R.choice(VAGUE_HOURS + ["«Timetal»", ""])
    else:
        hours = R.choice(HOURS)
    ap_lbl = R.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])
    if "missing-appeal-guidance" in defects:
        ap = R.choice(WEAK_APPEAL + [None])
    elif "wrong-route" in defects:
        ap = WRONG_APPEAL
    else:
        ap = R.choice(APPEALS).format(kom=ctx["kom"])
    pairs = [(goal_lbl, goal), (mentor_lbl, mentor), (task_lbl, tasks if tasks else tasks_txt),
             (dur_lbl, dur), (h_lbl, hours), (fu_lbl, fu), (ap_lbl, ap)]
    return [(l, v) for l, v in pairs if v is not None]


def meta_block(ctx, doctype, status=None):
    rows = [("Journalnr.", ctx["jnr"]), ("Dokumenttype", doctype),
            ("Sagstitel", R.choice(["Mentorstøtte LAB § 167", "Beskæftigelsesindsats - mentor", "Ressourceforløb / mentor"])),
            ("Forfatter", ctx["cw"]), ("Dato", fmt_date(ctx["date"], "dots")),
            ("Status", status or R.choice(["Endelig", "Journaliseret", "Afsluttet", "Godkendt"]))]
    if ctx.get("cpr"):
        rows.insert(2, ("Part", f"{ctx['citizen']} ({ctx['cpr']})"))
    else:
        rows.insert(2, ("Part", ctx["citizen"]))
    rows[2:] = R.sample(rows[2:], len(rows) - 2)
    return rows


def new_ctx(with_cpr: bool, over: bool = False):
    m = R.choice(MENTORS)
    ctx = {"citizen": R.choice(CITIZENS), "mentor": m, "mphone": phone(), "memail": email(*m),
           "cw": R.choice(CASEWORKERS), "cwphone": phone(), "kom": R.choice(KOMMUNER), "jnr": jnr(),
           "date": dt.date(2026, R.randint(1, 10), R.randint(1, 28)), "system": R.choice(SYSTEMS),
           "cpr": cpr() if with_cpr else None}
    ctx["period"] = make_period(over)
    return ctx


# ------------------------------------------------------------------ renderers
def render_pdf(path: Path, blocks, ctx, footer=True):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, ListFlowable, ListItem
    ss = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=ss["Normal"], fontSize=8, leading=10)
    body = ParagraphStyle("b", parent=ss["Normal"], fontSize=10, leading=13)
    story = []
    e = htmlmod.escape
    for kind, pl in blocks:
        if kind == "meta":
            t = Table([[Paragraph(f"<b>{e(k)}</b>", small), Paragraph(e(v), small)] for k, v in pl],
                      colWidths=[90, 360])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
            story += [t, Spacer(1, 12)]
        elif kind == "title":
            story.append(Paragraph(e(pl), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(e(pl), ss["Heading3"]))
        elif kind == "p":
            story.append(Paragraph(e(pl), body))
            story.append(Spacer(1, 5))
        elif kind == "list":
            story.append(ListFlowable([ListItem(Paragraph(e(x), body)) for x in pl], bulletType="bullet"))
        elif kind == "kv":
            rows = []
            for k, v in pl:
                vv = "<br/>".join("• " + e(x) for x in v) if isinstance(v, list) else e(v)
                rows.append([Paragraph(f"<b>{e(k)}</b>", body), Paragraph(vv, body)])
            t = Table(rows, colWidths=[130, 320])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif kind == "pagebreak":
            story.append(PageBreak())

    def on_page(canvas, doc):
        if not footer:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, 20, f"Udskrevet fra {ctx['system']} {fmt_date(ctx['date'], 'dots')} af {ctx['cw']}  ·  "
                                  f"Sag {ctx['jnr']}")
        canvas.drawRightString(555, 20, f"Side {doc.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, topMargin=40, bottomMargin=40).build(
        story, onFirstPage=on_page, onLaterPages=on_page)


CSS = ["body{font-family:Arial;font-size:10pt} .meta td{border:1px solid #999;padding:2px 6px} .lbl{font-weight:bold;width:30%}",
       "body{font-family:'Segoe UI'} div.felt{margin:6px 0} div.felt>div.l{color:#555;font-size:9pt} .hdr{background:#dde}",
       "table.skema{border-collapse:collapse} table.skema td{border:1px solid #000;vertical-align:top}"]


def render_html(blocks, ctx, style: str) -> str:
    e = htmlmod.escape
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
           f"<title>{e(ctx['system'])} - dokumentudskrift</title><style>{R.choice(CSS)}</style>",
           "<script>var sagsId='" + e(ctx["jnr"]) + "'; function visFelt(x){return 'Mål Mentor Periode Timetal';}</script>",
           "</head><body><div id='wrapper'><div class='content'>"]
    for kind, pl in blocks:
        if kind == "meta":
            if style == "dl":
                out.append("<dl class='metadata'>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in pl) + "</dl>")
            else:
                out.append("<table class='meta'><tbody>" + "".join(
                    f"<tr><td class='lbl'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in pl) + "</tbody></table><hr>")
        elif kind == "title":
            out.append(f"<h1>{e(pl)}</h1>")
        elif kind == "h":
            out.append(f"<h3>{e(pl)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(pl)}</p>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in pl) + "</ul>")
        elif kind == "pagebreak":
            out.append("<div style='page-break-after:always'></div>")
        elif kind == "kv":
            def val(v):
                return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>" if isinstance(v, list) else e(v)
            if style == "divs":
                for k, v in pl:
                    out.append(f"<div class='felt'><div class='l'>{e(k)}</div><div class='v'><div><span>{val(v)}</span></div></div></div>")
            elif style == "dl":
                out.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{val(v)}</dd>" for k, v in pl) + "</dl>")
            else:  # nested tables
                out.append("<table class='skema' width='100%'><tr><td><table width='100%'>" + "".join(
                    f"<tr><td class='lbl'>{e(k)}</td><td><table><tr><td>{val(v)}</td></tr></table></td></tr>" for k, v in pl)
                    + "</table></td></tr></table>")
    out.append(f"<div class='footer'><small>Genereret af {e(ctx['system'])} · {fmt_date(ctx['date'], 'dots')}</small></div>")
    out.append("</div></div></body></html>")
    return "\n".join(out)


def render_docx(path: Path, blocks, ctx):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = f"{ctx['kom']} · Jobcenter · Journalnr. {ctx['jnr']}"
    for kind, pl in blocks:
        if kind == "meta":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in pl:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
            d.add_paragraph()
        elif kind == "title":
            d.add_heading(pl, level=1)
        elif kind == "h":
            d.add_heading(pl, level=2)
        elif kind == "p":
            d.add_paragraph(pl)
        elif kind == "list":
            for x in pl:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "kv":
            if R.random() < 0.5:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in pl:
                    c = t.add_row().cells
                    c[0].text = k
                    c[1].text = "\n".join("- " + x for x in v) if isinstance(v, list) else v
            else:
                for k, v in pl:
                    p = d.add_paragraph()
                    p.add_run(k + ":").bold = True
                    if isinstance(v, list):
                        for x in v:
                            d.add_paragraph(x, style="List Bullet")
                    else:
                        p.add_run(" " + v)
    d.save(str(path))


# ------------------------------------------------------------------ document builders
def intro_letter(ctx):
    return [("p", f"Kære {ctx['citizen'].split()[0]}"),
            ("p", R.choice(["Du og din sagsbehandler har aftalt, at du får en mentor. Her er jeres aftale.",
                            "Denne aftale beskriver din mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
                            "Vi har i dag aftalt følgende om din mentorstøtte."]))]


def build_agreement(i, defects, fmt, variant, with_cpr, over):
    ctx = new_ctx(with_cpr, over)
    pairs = agreement_content(defects, ctx, variant)
    title = R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                      "Aftale om mentorstøtte efter LAB § 167"])
    blocks = []
    traits = [ctx["system"], variant]
    if variant == "cover":
        blocks += [("title", ctx["kom"]), ("p", "Jobcenter – Beskæftigelse"), ("h", title),
                   ("p", f"Sag: {ctx['jnr']}"), ("p", f"Udskrevet {fmt_date(ctx['date'], 'words')}"), ("pagebreak", None),
                   ("meta", meta_block(ctx, title))]
        blocks += intro_letter(ctx) if R.random() < 0.5 else []
        blocks.append(("kv", pairs))
    elif variant == "meta-title":
        blocks.append(("meta", meta_block(ctx, title)))
        blocks.append(("kv", pairs))
    elif variant == "headings":
        blocks += [("meta", meta_block(ctx, title)), ("title", title)] + intro_letter(ctx)
        for k, v in pairs:
            blocks.append(("h", k))
            blocks.append(("list", v) if isinstance(v, list) else ("p", v))
    elif variant == "mailmerge":
        blocks += [("p", ctx["kom"]), ("p", "Jobcenter"), ("p", ctx["citizen"]),
                   ("p", f"Dato: {fmt_date(ctx['date'], 'words')}"), ("title", title)]
        if ctx["cpr"]:
            blocks.insert(3, ("p", f"CPR-nr.: {ctx['cpr']}"))
        blocks += intro_letter(ctx)
        blocks.append(("kv", pairs))
        blocks.append(("p", f"Med venlig hilsen\n{ctx['cw']}, jobkonsulent, tlf. {ctx['cwphone']}"))
    else:  # table with title
        blocks += [("meta", meta_block(ctx, title)), ("title", title), ("kv", pairs)]
    if R.random() < 0.25:
        blocks.insert(0, ("p", R.choice(["{ DOCPROPERTY Journalnummer \\* MERGEFORMAT }", "«Sagsnummer»",
                                         "Fejl! Bogmærke er ikke defineret.", "{ PAGE } af { NUMPAGES }"])))
        traits = traits + ["field-code-leftover"]
    blocks.append(("p", R.choice(["Underskrift borger: ____________   Underskrift mentor: ____________",
                                  "Aftalen er gennemgået med borgeren ved samtale.",
                                  f"Sagsbehandler: {ctx['cw']}, tlf. {ctx['cwphone']}"])))
    rules = sorted(r for r in defects if r in RULES9)
    if over and "missing-duration" not in defects:
        rules = sorted(set(rules) | {"duration-over-6-months"})
    extras = ["appeal-wrong-route"] if "wrong-route" in defects else []
    return ctx, blocks, rules, extras, traits


def build_decision(i, defects, ctx_over, with_cpr):
    ctx = new_ctx(with_cpr, ctx_over)
    s, e = ctx["period"]
    fn = ctx["citizen"].split()[0]
    sub = R.choice(["bevilling", "bevilling", "bevilling", "delvis", "afslag", "forlaengelse"]) \
        if "partial-no-reasons" not in defects else "delvis"
    hours = R.choice(HOURS)
    title = {"bevilling": "Afgørelse om mentorstøtte", "delvis": "Afgørelse – delvis bevilling af mentorstøtte",
             "afslag": "Afgørelse: Afslag på mentorstøtte", "forlaengelse": "Afgørelse om forlængelse af mentorstøtte"}[sub]
    blocks = [("meta", meta_block(ctx, R.choice([title, "Afgørelse", "Udgående brev - afgørelse"]))),
              ("p", ctx["citizen"]), ("title", title), ("p", f"Kære {fn}")]
    if sub == "afslag":
        blocks.append(("p", f"Du har søgt om mentorstøtte den {fmt_date(ctx['date'], 'words')}. Vi har givet dig afslag."))
        ctx["period"] = None
    elif sub == "delvis":
        blocks.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Du får bevilget mentorstøtte {hours} i perioden "
                            f"{period_text(s, e)}. Det er færre timer, end du har søgt om."))
    elif sub == "forlaengelse":
        blocks.append(("p", f"Din mentorstøtte forlænges. Du får bevilget en ny periode {period_text(s, e)} med {hours}."
                            f" Ved periodens udløb foretager vi en ny konkret vurdering."))
    else:
        blocks.append(("p", f"{ctx['kom']} har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. "
                            f"Bevillingen gælder i perioden {period_text(s, e)}, {hours}. Din mentor er "
                            f"{ctx['mentor'][0]}, {ctx['mentor'][1]}."))
    if "partial-no-reasons" not in defects and (sub != "bevilling" or R.random() < 0.6):
        blocks += [("h", "Begrundelse"),
                   ("p", R.choice([
                       "Vi har lagt vægt på, at du er i gang med praktik og har brug for støtte til fremmøde. Afgørelsen er truffet efter LAB § 167, stk. 1.",
                       "På baggrund af samtalen med dig og oplysningerne fra praktikstedet vurderer vi, at dit behov kan dækkes med det bevilgede timetal, jf. LAB § 167."]) if sub != "afslag" else (
                       "Vi har vurderet, at mentorstøtte ikke er nødvendig, fordi du allerede har støtte fra en bostøtte efter serviceloven, som dækker behovet. Vi har lagt vægt på oplysningerne fra din bostøtte, jf. LAB § 167."))]
    if "missing-appeal-guidance" in defects:
        if R.random() < 0.5:
            blocks += [("h", "Klagevejledning"), ("p", R.choice(WEAK_APPEAL))]
    elif "wrong-route" in defects:
        blocks += [("h", "Klagevejledning"), ("p", WRONG_APPEAL)]
    else:
        blocks += [("h", R.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", R.choice(APPEALS).format(kom=ctx["kom"]))]
    blocks.append(("p", f"Med venlig hilsen\n{ctx['cw']}\nJobcenter {ctx['kom'].split()[0]}, tlf. {ctx['cwphone']}"))
    rules = []
    if "missing-appeal-guidance" in defects:
        rules.append("missing-appeal-guidance")
    if ctx_over and sub != "afslag":
        rules.append("duration-over-6-months")
    extras = []
    if "partial-no-reasons" in defects:
        extras.append("missing-reasons")
    if "wrong-route" in defects:
        extras.append("appeal-wrong-route")
    return ctx, blocks, sorted(rules), extras, [ctx["system"], "decision:" + sub]


def build_minplan(i, defects, with_cpr, over):
    ctx = new_ctx(with_cpr, over)
    fn = ctx["citizen"].split()[0]
    pairs = agreement_content(defects, ctx, "minplan")
    pairs = [(l, v) for l, v in pairs if l not in ("Opfølgning", "Opfølgning og progression", "Evaluering",
                                                    "Sådan følger vi op", "Klagevejledning", "Sådan klager du",
                                                    "Hvis du vil klage")]
    blocks = [("meta", [("System", ctx["system"] + " – Min Plan"), ("Borger", ctx["citizen"] + (f" ({ctx['cpr']})" if ctx["cpr"] else "")),
                        ("Udskrevet", fmt_date(ctx["date"], "dots")), ("Planelement", "Indsats")]),
              ("title", R.choice(["Min Plan – mentorstøtte", "Min plan: Indsats – Mentor (LAB § 167)", "Min Plan"])),
              ("p", R.choice(["Indsats: Mentorstøtte", "Type: Indsats · Status: Aktiv", f"Plan for {fn}"])),
              ("kv", pairs),
              ("p", "Planen er synlig for dig på Jobnet og i appen Min Plan.")]
    rules = sorted(r for r in defects if r in RULES9)
    if over and "missing-duration" not in defects:
        rules = sorted(set(rules) | {"duration-over-6-months"})
    return ctx, blocks, rules, [], [ctx["system"], "minplan"]


def build_unknown(i, with_cpr):
    ctx = new_ctx(with_cpr)
    fn = ctx["citizen"].split()[0]
    m_name, m_org = ctx["mentor"]
    sub = R.choice(["journalnotat", "journalnotat", "statusrapport", "statusrapport", "notifikation", "moedeindkaldelse",
                    "opgave"])
    if sub == "journalnotat":
        blocks = [("meta", meta_block(ctx, "Journalnotat")),
                  ("h", R.choice(["Telefonsamtale med borger", "Notat: samtale", "Opfølgningssamtale"])),
                  ("p", f"{fn} ringede i dag og fortalte, at det går bedre i praktikken. Borgeren har haft to fraværsdage pga. sygdom."),
                  ("p", f"Mentor {m_name} deltog i samtalen. Vi aftalte, at næste samtale holdes om tre uger."),
                  ("p", "Intet yderligere at bemærke. Notatet er journaliseret.")]
    elif sub == "statusrapport":
        blocks = [("meta", meta_block(ctx, "Statusrapport fra mentor")),
                  ("title", "Statusrapport – mentorforløb"),
                  ("kv", [("Mentor", f"{m_name}, {m_org}, tlf. {ctx['mphone']}"), ("Periode for status", period_text(*ctx["period"])),
                          ("Forbrugte timer", f"{R.randint(10, 40)} timer"),
                          ("Beskrivelse af forløbet", f"{fn} har mødt stabilt op og har fået styr på transporten. Der er arbejdet med mål om praktik."),
                          ("Mentors vurdering", "Det anbefales, at forløbet fortsætter med samme timetal.")])]
    elif sub == "notifikation":
        blocks = [("meta", meta_block(ctx, "Notifikation", "Sendt")),
                  ("p", f"Dokumentet 'Afgørelse om mentorstøtte' er sendt til {ctx['citizen']} via Digital Post den {fmt_date(ctx['date'], 'words')}."),
                  ("p", "Kvittering modtaget fra e-Boks. Ingen handling påkrævet.")]
    elif sub == "moedeindkaldelse":
        blocks = [("meta", meta_block(ctx, "Mødeindkaldelse")), ("title", "Indkaldelse til samtale"),
                  ("p", f"Kære {fn}. Du er indkaldt til samtale i jobcentret {fmt_date(ctx['date'], 'words')} kl. 10.00 "
                        f"om dit mentorforløb. Din mentor {m_name} deltager også."),
                  ("p", "Hvis du er forhindret, skal du ringe til os senest dagen før.")]
    else:
        blocks = [("meta", meta_block(ctx, "Opgave", "Åben")),
                  ("kv", [("Opgavetype", "Opfølgning på mentorforløb"), ("Ansvarlig", ctx["cw"]),
                          ("Frist", fmt_date(ctx["date"] + dt.timedelta(days=30), "dots")),
                          ("Beskrivelse", "Husk at indhente status fra mentor før forlængelse vurderes.")])]
    return ctx, blocks, [], [], [ctx["system"], "unknown:" + sub], sub


# ------------------------------------------------------------------ main plan
AG_DEFECTS = [set()] * 27 + [{"missing-goal"}, {"missing-mentor"}, {"missing-mentor"}, {"missing-tasks"},
                             {"missing-duration"}, {"missing-follow-up"}, {"missing-follow-up"}, {"missing-hours"},
                             {"missing-hours"}, {"missing-appeal-guidance"}, {"missing-appeal-guidance"},
                             {"unclear-goal"}, {"unclear-goal"}, {"wrong-route"}, {"over"}, {"over"},
                             {"missing-hours", "missing-follow-up"}, {"missing-mentor", "missing-tasks"}]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    pending_chromium = []

    def emit(rel, fmt, blocks, ctx, kind, layout, subtype, rules, extras, traits):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            render_pdf(p, blocks, ctx)
        elif fmt == "html":
            p.write_text(render_html(blocks, ctx, layout), encoding="utf-8")
        elif fmt == "docx":
            render_docx(p, blocks, ctx)
        elif fmt == "chromium-pdf":
            pending_chromium.append((p, render_html(blocks, ctx, layout)))
            fmt = "pdf"
            traits = traits + ["chromium-print"]
        must = []
        if ctx.get("cpr"):
            must = [ctx["cpr"], ctx["cpr"].replace("-", "")]
            traits = traits + ["cpr"]
        per = None
        if ctx.get("period") and kind != "unknown":
            per = {"start": ctx["period"][0].isoformat(), "end": ctx["period"][1].isoformat()}
        entries.append({"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
                        "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                        "must_not_contain": must, "traits": traits, "period": per})

    cpr_flags = [R.random() < 0.25 for _ in range(200)]
    ci = iter(cpr_flags)
    # agreements: 45 single + 5 merged exports
    variants = ["cover", "meta-title", "headings", "mailmerge", "table"]
    fmts = ["pdf", "pdf", "html", "docx", "chromium-pdf"]
    for i, d in enumerate(AG_DEFECTS):
        over = "over" in d
        d = set(d) - {"over"}
        variant = variants[i % len(variants)]
        fmt = "docx" if variant == "mailmerge" and i % 2 == 0 else fmts[(i * 3) % len(fmts)]
        ctx, blocks, rules, extras, traits = build_agreement(i, d, fmt, variant, next(ci), over)
        layout = R.choice(["nested-tables", "divs", "dl"]) if fmt in ("html", "chromium-pdf") else variant
        emit(f"{ctx['system'].replace(' ', '_').lower()}/aftale-{i:03d}.{ 'pdf' if fmt == 'chromium-pdf' else fmt}",
             fmt, blocks, ctx, "agreement", layout, "agreement", rules, extras, traits + [variant])
    n_ag = len(AG_DEFECTS)
    for i in range(50 - n_ag):
        # merged case export: agreement + decision + journal note in one PDF.
        d = [set(), set(), {"missing-hours"}, set(), {"missing-follow-up"}][i % 5]
        ctx, blocks, rules, extras, traits = build_agreement(100 + i, d, "pdf", "meta-title", next(ci), False)
        dctx, dblocks, _, _, _ = build_decision(0, set(), False, False)
        # the decision in the export is about the same citizen and period
        s, e = ctx["period"]
        fn = ctx["citizen"].split()[0]
        dblocks = [("meta", meta_block(ctx, "Afgørelse")), ("title", "Afgørelse om mentorstøtte"),
                   ("p", f"Kære {fn}. Du får bevilget mentorstøtte i perioden {period_text(s, e)}, jf. LAB § 167."),
                   ("h", "Klagevejledning"), ("p", R.choice(APPEALS).format(kom=ctx["kom"]))]
        jblocks = [("meta", meta_block(ctx, "Journalnotat")),
                   ("p", f"Aftale og afgørelse gennemgået med {fn} ved personligt møde. Borger er indforstået.")]
        all_blocks = blocks + [("pagebreak", None)] + dblocks + [("pagebreak", None)] + jblocks
        if i % 2 == 1:
            blocks = [(k, [(l, v) for l, v in pl if l not in ("Klagevejledning", "Sådan klager du", "Hvis du vil klage")])
                      if k == "kv" else (k, pl) for k, pl in blocks]
            traits = traits + ["appeal-only-in-decision-part"]
        rules = sorted(set(rules) - {"missing-appeal-guidance"})
        emit(f"sagsudtraek/sag-{ctx['jnr']}-samlet.pdf", "pdf", all_blocks, ctx, "agreement", "merged-export",
             "agreement", rules, extras, traits + ["merged:agreement+decision+journal"])

    dec_defects = [set()] * 10 + [{"missing-appeal-guidance"}, {"missing-appeal-guidance"}, {"missing-appeal-guidance"},
                                  {"over"}, {"over"}, {"partial-no-reasons"}, {"wrong-route"}, set(), set()]
    for i, d in enumerate(dec_defects):
        over = "over" in d
        d = set(d) - {"over"}
        fmt = ["pdf", "html", "docx", "chromium-pdf"][i % 4]
        ctx, blocks, rules, extras, traits = build_decision(i, d, over, next(ci))
        layout = R.choice(["nested-tables", "divs", "dl"]) if fmt in ("html", "chromium-pdf") else "letter"
        emit(f"{ctx['system'].replace(' ', '_').lower()}/afgoerelse-{i:03d}.{'pdf' if fmt == 'chromium-pdf' else fmt}",
             fmt, blocks, ctx, "decision", layout, "decision", rules, extras, traits)

    for i in range(2):
        ctx, blocks, rules, extras, traits = build_decision(50 + i, [set(), {"missing-appeal-guidance"}][i], False, next(ci))
        nctx = dict(ctx)
        nblocks = [("pagebreak", None), ("meta", meta_block(nctx, "Notifikation", "Sendt")),
                   ("p", f"Afgørelsen er sendt til {ctx['citizen']} via Digital Post. Kvittering modtaget.")]
        emit(f"sagsudtraek/sag-{ctx['jnr']}-afgoerelse-samlet.pdf", "pdf", blocks + nblocks, ctx, "decision",
             "merged-export", "decision", rules, extras, traits + ["merged:decision+notification"])

    mp_defects = [set()] * 6 + [{"missing-hours"}, {"missing-mentor"}, {"unclear-goal"}, {"over"}]
    for i, d in enumerate(mp_defects):
        over = "over" in d
        d = set(d) - {"over"}
        fmt = ["pdf", "html", "chromium-pdf", "pdf", "docx"][i % 5]
        ctx, blocks, rules, extras, traits = build_minplan(i, d, next(ci), over)
        layout = R.choice(["nested-tables", "divs", "dl"]) if fmt in ("html", "chromium-pdf") else "minplan-print"
        emit(f"minplan/minplan-{i:03d}.{'pdf' if fmt == 'chromium-pdf' else fmt}", fmt, blocks, ctx, "minplan",
             layout, "minplan", rules, extras, traits)

    for i in range(20):
        fmt = ["pdf", "html", "docx", "chromium-pdf"][i % 4]
        ctx, blocks, rules, extras, traits, sub = build_unknown(i, next(ci))
        layout = R.choice(["nested-tables", "divs", "dl"]) if fmt in ("html", "chromium-pdf") else "meta-print"
        emit(f"{ctx['system'].replace(' ', '_').lower()}/{sub}-{i:03d}.{'pdf' if fmt == 'chromium-pdf' else fmt}",
             fmt, blocks, ctx, "unknown", layout, sub, [], [], traits + ["not-a-mentor-document-kind"])

    if pending_chromium:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path="/usr/bin/chromium")
            pg = b.new_page()
            for p, h in pending_chromium:
                pg.set_content(h)
                pg.pdf(path=str(p), format="A4", print_background=True,
                       margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
            b.close()

    from_manifest = Path(__file__).resolve().parents[3] / "tools/corpusgen/src"
    import sys
    sys.path.insert(0, str(from_manifest))
    from corpusgen.corpus.manifest import write_manifest
    write_manifest(out, entries)
    from collections import Counter
    print(len(entries), Counter(e["kind"] for e in entries), Counter(e["format"] for e in entries))


if __name__ == "__main__":
    main()
