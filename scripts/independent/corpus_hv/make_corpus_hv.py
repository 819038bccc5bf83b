"""Corpus HV: period and hours fields in tables of every shape. Deterministic (seed)."""
from __future__ import annotations
import argparse, json, random, shutil, subprocess, html as H
from datetime import date, timedelta
from pathlib import Path

MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
KOMMUNER = ["Holbæk","Vejle","Viborg","Slagelse","Herning","Næstved","Kolding","Randers","Silkeborg","Hjørring","Svendborg","Faxe"]
FIRST = ["Mads","Sara","Ahmed","Louise","Jonas","Fatima","Emil","Nanna","Kasper","Line","Yusuf","Camilla","Mikkel","Ida","Rasmus","Amalie"]
LAST = ["Jensen","Nielsen","Hansen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Petersen","Madsen"]
PROV = ["Mentorhuset ApS","Job & Trivsel","Brobyggerne I/S","Kompas Mentorservice","Vejen Videre ApS"]
CLEAR_GOALS = ["Målet er, at {n} starter på grundforløb 1 på {s} i august 2026 og møder mindst 4 dage om ugen.",
  "{n} skal i virksomhedspraktik i 13 uger i detailhandlen og derefter i løntilskud eller ordinært job på min. 15 timer om ugen.",
  "Hovedformål: fastholdelse i fleksjob på {w} med 12 timer om ugen uden sygefravær i perioden.",
  "At {n} gennemfører 10. klasse på VUC og søger optagelse på en erhvervsuddannelse senest 1. marts 2027.",
  "{n} er i ordinær beskæftigelse som lagermedarbejder på min. 20 timer om ugen ved periodens udløb."]
UNCLEAR_GOALS = ["Støtte til at få struktur på hverdagen.", "Øget trivsel og selvværd.", "At komme videre i livet og tættere på arbejdsmarkedet.", "Hjælp til at motivere borgeren."]
SCHOOLS = ["Tradium","EUC Syd","Mercantec","Selandia","Learnmark"]
WORK = ["Netto Ringvejen","Kommunens materielgård","Bauhaus","Plejecenter Solgården"]
TASKS = [("Jobsøgning og CV", "1"),("Transport til og fra praktik","½"),("Samtaler om fremmøde og struktur","1"),
         ("Kontakt til virksomhed/skole","½"),("Støtte ved møder med kommunen","½"),("Økonomi og post","½")]
APPEAL_OK = ["Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger efter, at du har modtaget dette brev. Kommunen genvurderer sagen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. LAB § 204.",
  "Du kan klage mundtligt eller skriftligt til Jobcenter {k} inden fire uger fra modtagelsen. Jobcentret vurderer afgørelsen igen, og giver vi dig ikke medhold, sendes klagen til Ankestyrelsen (Beskæftigelsesudvalget).",
  "Klagefrist: 4 uger. Klagen sendes til {k} Kommune, som genvurderer afgørelsen. Herefter går sagen til Ankestyrelsen, hvis afgørelsen fastholdes."]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du har spørgsmål til brevet."]

def add_m(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
def over6(s, e): return e > add_m(s, 6) - timedelta(days=1)
def dw(d): return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
def dn(d): return d.strftime("%d.%m.%Y")
def ds(d): return f"{d.day}/{d.month}-{d.year}"
def cpr(r):
    d = date(1960,1,1) + timedelta(days=r.randint(0, 15000))
    return d.strftime("%d%m%y") + f"{r.randint(0,9999):04d}"

# ---- block model: ("h",text) ("p",text) ("t",rows,merged) ; rows = list of list of cells; cell str or (str, colspan)
def render_txt(blocks):
    out = []
    for b in blocks:
        if b[0] == "h": out += ["", b[1].upper(), ""]
        elif b[0] == "p": out.append(b[1])
        else:
            for row in b[1]:
                cells = [c[0] if isinstance(c, tuple) else c for c in row]
                out.append(" | ".join(x.ljust(14) for x in cells).rstrip())
            out.append("")
    return "\n".join(out) + "\n"

def render_html(blocks, title, excel=False):
    s = ['<!DOCTYPE html>\n<html lang="da">' if not excel else '<html lang="da" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
         '<head><meta charset="utf-8"><title>%s</title>' % H.escape(title)]
    if excel: s.append('<meta name="Generator" content="Microsoft Excel 15"><style>td{mso-number-format:"\\@";border:.5pt solid windowtext}</style>')
    s.append('</head><body>')
    for b in blocks:
        if b[0] == "h": s.append(f"<h2>{H.escape(b[1])}</h2>")
        elif b[0] == "p": s.append(f"<p>{H.escape(b[1])}</p>")
        else:
            s.append('<table border="1" cellspacing="0" cellpadding="3">' if not excel else '<table border=0 cellpadding=0 cellspacing=0 width=640 style="border-collapse:collapse">')
            for i, row in enumerate(b[1]):
                tag = "th" if (i < b[2] and not excel) else "td"
                s.append("<tr>" + "".join(
                    f'<{tag} colspan="{c[1]}">{H.escape(c[0])}</{tag}>' if isinstance(c, tuple) else
                    (f'<{tag} class=xl65 x:str>{H.escape(c)}</{tag}>' if excel else f"<{tag}>{H.escape(c)}</{tag}>") for c in row) + "</tr>")
            s.append("</table>")
    s.append("</body></html>")
    return "\n".join(s)

def render_docx(blocks, path):
    import docx
    d = docx.Document()
    for b in blocks:
        if b[0] == "h": d.add_heading(b[1], level=2)
        elif b[0] == "p": d.add_paragraph(b[1])
        else:
            ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in b[1])
            t = d.add_table(rows=len(b[1]), cols=ncol); t.style = "Table Grid"
            for i, row in enumerate(b[1]):
                j = 0
                for c in row:
                    if isinstance(c, tuple):
                        cell = t.cell(i, j).merge(t.cell(i, j + c[1] - 1)); cell.text = c[0]; j += c[1]
                    else:
                        t.cell(i, j).text = c; j += 1
                    if i < b[2]:
                        for p in t.cell(i, j-1).paragraphs:
                            for r in p.runs: r.bold = True
            d.add_paragraph("")
    d.save(path)

def render_rl(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")); f = "DV"
    except Exception: f = "Helvetica"
    ss = getSampleStyleSheet(); st = ss["BodyText"]; st.fontName = f; hs = ss["Heading2"]; hs.fontName = f
    els = []
    for b in blocks:
        if b[0] == "h": els.append(Paragraph(H.escape(b[1]), hs))
        elif b[0] == "p": els.append(Paragraph(H.escape(b[1]), st))
        else:
            ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in b[1])
            data, spans = [], []
            for i, row in enumerate(b[1]):
                r, j = [], 0
                for c in row:
                    if isinstance(c, tuple):
                        r += [Paragraph(H.escape(c[0]), st)] + [""] * (c[1]-1); spans.append(("SPAN", (j, i), (j+c[1]-1, i))); j += c[1]
                    else: r.append(Paragraph(H.escape(c), st)); j += 1
                r += [""] * (ncol - len(r)); data.append(r)
            t = Table(data, colWidths=[460/ncol]*ncol)
            t.setStyle(TableStyle([("GRID",(0,0),(-1,-1),0.5,colors.grey),("BACKGROUND",(0,0),(-1,b[2]-1),colors.lightgrey)] + spans))
            els += [t, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4, title="Dokument", lang="da").build(els)

def render_eml(blocks, subject, sender, to):
    from email.message import EmailMessage
    m = EmailMessage(); m["Subject"] = subject; m["From"] = sender; m["To"] = to
    m["Date"] = "Mon, 02 Mar 2026 09:14:00 +0100"; m.set_content(render_txt(blocks))
    m.add_alternative(render_html(blocks, subject), subtype="html")
    return bytes(m)

# ---------------- content
def period_hours_table(r, shape, s, e, hours, end_text=None, hours_text=None):
    """Returns blocks showing period and hours in the given table shape."""
    til = end_text if end_text is not None else dn(e)
    ht = hours_text if hours_text is not None else f"{hours} timer pr. uge"
    if shape == "transposed":
        return [("t", [["Start", "Slut", "Timer/uge", "Bevilget af"], [dn(s), til, hours_text or str(hours), "Myndighed"]], 1)]
    if shape == "merged":
        return [("t", [[("Periode", 2), ("Timetal", 1)], ["Fra", "Til", "Pr. uge"], [dw(s), end_text if end_text is not None else dw(e), ht]], 2)]
    if shape == "kv":
        return [("t", [["Periode", f"{ds(s)} - {end_text if end_text is not None else ds(e)}"], ["Timetal", ht]], 0)]
    if shape == "monthly":
        rows = [["Måned", "Planlagte timer"]]
        m = date(s.year, s.month, 1); tot = 0
        per_month = None if hours_text is not None else int(float(str(hours).replace("½", ".5")) * 4)
        if end_text is not None:
            rows.append(["Hver måned", hours_text if hours_text is not None else str(per_month)])
        while end_text is None and m <= e:
            rows.append([f"{MONTHS[m.month-1].capitalize()} {m.year}", hours_text if hours_text is not None else str(per_month)])
            tot += per_month or 0; m = add_m(m, 1)
        if end_text is None: rows.append(["I alt", (f"{tot} timer" if per_month else hours_text)])
        head = [("p", f"Periode for mentorstøtten: {dw(s)} – {end_text if end_text is not None else dw(e)}")]
        return head + [("t", rows, 1)]
    if shape == "weeks":
        (sy, ws, _), (ey, we, _) = s.isocalendar(), e.isocalendar()
        row1 = ["Uge"] + [str((w - 1) % 52 + 1) for w in range(ws, ws + 6)] + ["…"]
        row2 = ["Timer"] + [hours_text if hours_text is not None else str(hours)] * 6 + ["…"]
        rng = f"uge {ws}-{we} {ey}" if sy == ey else f"uge {ws} {sy} til uge {we} {ey}"
        txt = f"Forløbet løber i {rng}" if end_text is None else f"Forløbet starter i uge {ws} {sy}, slut: {end_text}"
        return [("p", txt + "."), ("t", [row1, row2], 1)]
    raise ValueError(shape)

def task_blocks(ts, split, hours, missing=False):
    if missing: return []
    if split:
        rows = [["Mentorens opgaver", "Timer pr. uge"]] + [[t, h + " t"] for t, h in ts]
        if hours is not None: rows.append(["I alt", f"{hours} timer"])
        return [("h", "Mentorens opgaver og timefordeling"), ("t", rows, 1)]
    return [("h", "Mentorens opgaver"), ("p", "Mentoren skal hjælpe med: " + "; ".join(t.lower() for t, _ in ts) + ".")]

def meetings_block(r, s, e, present=True, vague=False):
    if not present: return []
    if vague: return [("h", "Opfølgning"), ("p", "Der følges op efter behov.")]
    rows = [["Opfølgningsmøde", "Dato", "Deltagere"]]
    for i, k in enumerate([1, 3, 5]):
        d = add_m(s, k) + timedelta(days=r.randint(0, 9))
        if d < e: rows.append([["Opstartsopfølgning","Midtvejsevaluering","Slutevaluering"][i], dn(d), "Borger, mentor, sagsbehandler"])
    return [("h", "Opfølgning og progression"), ("t", rows, 1), ("p", "Progression måles på fremmøde og delmål ved hvert statusmøde.")]

def make_doc(r, idx, kind, defects, shape, fmt):
    k = r.choice(KOMMUNER); n = f"{r.choice(FIRST)} {r.choice(LAST)}"; mentor = f"{r.choice(FIRST)} {r.choice(LAST)}"
    s = date(2026, r.choice([1,2,3,4,5,8,9]), r.choice([1,1,1,15,10]))
    months = r.choice([3, 4, 6, 6]); e = add_m(s, months) - timedelta(days=1)
    traits = [f"shape:{shape}", f"fmt:{fmt}"]
    if shape == "weeks":
        s = s - timedelta(days=s.weekday())
        wk = r.choice([30, 35, 40]) if "duration-over-6-months" in defects else r.choice([13, 17, 24])
        e = s + timedelta(days=7 * wk - 1); traits.append(f"period:weeks-{wk}")
        if wk > 26: traits.append("period:over")
    elif "duration-over-6-months" in defects:
        e = add_m(s, r.choice([7, 8, 9, 12])) - timedelta(days=1); traits.append("period:over")
    elif months == 6: traits.append("period:exact-six")
    assert over6(s, e) == ("duration-over-6-months" in defects)
    hours = r.choice([2, 3, 4, 5])
    end_text = None; hours_text = None
    if "missing-duration" in defects:
        end_text = r.choice(["indtil videre", "åben", "", "afventer"]); traits.append("period:open-end")
    if "missing-hours" in defects:
        hours_text = r.choice(["efter behov", "", "aftales løbende", "-"]); traits.append("hours:vague-or-empty")
    c = cpr(r) if r.random() < 0.25 else None
    must = [c, f"{c[:6]}-{c[6:]}"] if c else []
    blocks = []
    goal = r.choice(CLEAR_GOALS).format(n=n.split()[0], s=r.choice(SCHOOLS), w=r.choice(WORK))
    if "unclear-goal" in defects: goal = r.choice(UNCLEAR_GOALS)
    head = [("p", f"{k} Kommune · Jobcenter {k}"), ("p", f"Sagsnr. 15.20.{r.randint(10,99)}-G01-{r.randint(100,999)}-26")]
    ident = [("t", [["Borger", n + (f", cpr.nr. {c[:6]}-{c[6:]}" if c else "")], ["Dato", dn(s - timedelta(days=r.randint(5, 20)))]], 0)]
    ment = [("h", "Mentor"), ("p", f"Mentor: {mentor}, {r.choice(PROV)}, tlf. {r.randint(20,99)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}, {mentor.split()[0].lower()}@mentor.dk")]
    if "missing-mentor" in defects: ment = [("h", "Mentor"), ("p", "Mentor: tildeles senere af leverandøren.")]
    split = shape != "transposed" and hours_text is None and r.random() < 0.45
    ts = r.sample(TASKS, 3)
    if split:
        tot = sum(0.5 if h == "½" else float(h) for _, h in ts)
        hours = (str(int(tot)) if tot == int(tot) else f"{int(tot)}½")
    ph = period_hours_table(r, shape, s, e, hours, end_text, hours_text)
    if split and hours_text is None: traits.append("hours:task-split")
    if kind == "agreement":
        title = r.choice(["Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale – mentorforløb"])
        blocks = [("h", title)] + head + ident
        blocks += [] if "missing-goal" in defects else [("h", "Mål med mentorstøtten"), ("p", goal)]
        blocks += ment + task_blocks(ts, split, hours, "missing-tasks" in defects)
        blocks += [("h", "Periode og timetal")] + ph
        blocks += meetings_block(r, s, e, "missing-follow-up" not in defects, vague=("missing-follow-up" in defects and r.random() < 0.5))
        if "missing-follow-up" in defects: traits.append("followup:absent-or-vague")
        ap = r.choice(APPEAL_BAD) if "missing-appeal-guidance" in defects else r.choice(APPEAL_OK).format(k=k)
        blocks += [("h", "Klagevejledning"), ("p", ap)] if not ("missing-appeal-guidance" in defects and r.random() < 0.4) else []
        blocks += [("p", "Underskrift borger: ______________   Underskrift mentor: ______________")]
        sub = "agreement"
    elif kind == "decision":
        sub = r.choice(["grant", "extension", "partial-grant"])
        title = {"grant": "Afgørelse om mentorstøtte", "extension": "Afgørelse: forlængelse af mentorstøtte", "partial-grant": "Afgørelse – delvis bevilling af mentorstøtte"}[sub]
        blocks = [("h", title)] + head + ident
        blocks += [("p", f"Kære {n.split()[0]}"), ("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Mentor bliver {mentor}.")]
        if sub == "partial-grant":
            blocks.append(("p", f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Vi bevilger den periode og det timetal, der står i skemaet nedenfor, fordi vi vurderer, at støtten skal evalueres inden en eventuel ny periode."))
        if sub == "extension":
            blocks.append(("p", "Din tidligere periode med mentorstøtte udløber. Du får en ny periode, jf. § 167, stk. 1, 2. pkt."))
        blocks += [("h", "Det bevilgede")] + ph
        blocks += [("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik, og at mentorstøtten kan bringe dig tættere på job.")]
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.5: blocks += [("h", "Klagevejledning"), ("p", r.choice(APPEAL_BAD))]
        else:
            blocks += [("h", "Sådan klager du"), ("p", r.choice(APPEAL_OK).format(k=k))]
        blocks += [("p", f"Med venlig hilsen\n{r.choice(FIRST)} {r.choice(LAST)}, sagsbehandler")]
    else:  # minplan
        sub = "minplan"
        blocks = [("h", "Min Plan – Mentorstøtte"), ("p", f"Plan for {n}" + (f" ({c})" if c else "")), ("p", f"Senest opdateret {dn(s - timedelta(days=3))}")]
        blocks += [] if "missing-goal" in defects else [("t", [["Mål", goal]], 0)]
        other = r.random() < 0.4
        if other:
            os_ = add_m(s, -2); oe = add_m(os_, 12)
            blocks += [("h", "Øvrige aktiviteter"), ("t", [["Aktivitet", "Fra", "Til"], ["FGU – produktionsgrunduddannelse", dn(os_), dn(oe)]], 1)]
            traits.append("other-activity-long")
        blocks += ment + task_blocks(ts, split, hours, "missing-tasks" in defects)
        blocks += [("h", "Mentorforløbet")] + ph
        if r.random() < 0.5: blocks += [("p", "Næste samtale med din rådgiver: se Mine aftaler.")]
    if "missing-hours" not in defects and hours_text is None and shape == "weeks":
        pass
    return blocks, sub, title if kind != "minplan" else "Min Plan", dict(traits=traits, must=must, period=({"start": s.isoformat(), "end": e.isoformat()} if end_text is None else None), sender=f"jobcenter@{k.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}.dk", n=n)

def make_unknown(r, idx, variant):
    k = r.choice(KOMMUNER); mentor = f"{r.choice(FIRST)} {r.choice(LAST)}"; n = f"{r.choice(FIRST)} {r.choice(LAST)}"
    s = date(2026, r.choice([2, 3, 4, 9]), 1); c = cpr(r) if r.random() < 0.25 else None
    if variant == "timesheet":
        rows = [["Uge", "Dato", "Borger", "Timer", "Aktivitet"]]
        tot = 0
        for w in range(4):
            d = s + timedelta(days=7*w); h = r.choice([1.5, 2, 2.5, 3]); tot += h
            rows.append([str(d.isocalendar()[1]), dn(d), n, str(h).replace(".", ","), r.choice(["Samtale", "Ledsagelse", "Virksomhedsbesøg"])])
        rows.append(["", "", "I alt", str(tot).replace(".", ","), ""])
        b = [("h", f"Timeseddel – mentor {mentor}"), ("p", f"Måned: {MONTHS[s.month-1]} {s.year}. Leverandør: {r.choice(PROV)}"), ("t", rows, 1), ("p", "Attesteret af: ____________")]
        title = "Timeseddel"
    elif variant == "rota":
        rows = [["Vagt", "Man", "Tir", "Ons", "Tor", "Fre"]]
        for p in r.sample(FIRST, 4): rows.append([p] + [r.choice(["8-16", "12-20", "fri", "9-15"]) for _ in range(5)])
        b = [("h", f"Vagtplan uge {s.isocalendar()[1]}-{s.isocalendar()[1]+3}"), ("p", f"Bostedet {r.choice(['Lyngbo','Engtoften','Kastanjen'])} – personaleplan"), ("t", rows, 1), ("p", "Bytte af vagter aftales med afdelingsleder.")]
        title = "Vagtplan"
    elif variant == "invoice":
        rows = [["Ydelse", "Periode", "Timer", "Sats", "Beløb"]]
        tot = 0
        for m in range(3):
            mm = add_m(s, m); h = r.choice([8, 10, 12, 16]); tot += h * 495
            rows.append(["Mentorstøtte § 167", f"{MONTHS[mm.month-1]} {mm.year}", str(h), "495,00", f"{h*495:,}".replace(",", ".") + ",00"])
        rows.append(["", "", "", "I alt ekskl. moms", f"{tot:,}".replace(",", ".") + ",00"])
        b = [("h", f"Faktura nr. {r.randint(2000, 9000)}"), ("p", f"{r.choice(PROV)} · CVR {r.randint(10000000, 99999999)}"), ("p", f"Til: {k} Kommune, Jobcenter, EAN 579800{r.randint(1000000,9999999)}"), ("t", rows, 1), ("p", "Betalingsbetingelser: netto 30 dage.")]
        title = "Faktura"
    else:  # meeting minutes / status
        rows = [["Punkt", "Ansvarlig", "Frist"], ["Gennemgang af mentorforløb i teamet", "Teamleder", dn(s + timedelta(days=14))], ["Budget for mentorområdet 2026", "Økonomi", dn(s + timedelta(days=30))]]
        b = [("h", "Referat – teammøde, Ungeindsatsen"), ("p", f"Dato: {dn(s)}. Deltagere: {', '.join(r.sample(FIRST, 4))}"), ("t", rows, 1), ("p", "Næste møde om fire uger.")]
        title = "Referat"
    if c: b.insert(2, ("p", f"Vedr. borger cpr {c[:6]}-{c[6:]}"))
    return b, title, [c, f"{c[:6]}-{c[6:]}"] if c else [], f"post@{k.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}.dk"

DEFECTS = {
 "agreement": [[], [], [], [], ["missing-hours"], ["missing-duration"], ["duration-over-6-months"], ["missing-follow-up"], ["missing-hours", "missing-follow-up"],
               ["duration-over-6-months", "missing-appeal-guidance"], ["missing-tasks"], ["unclear-goal"], ["missing-mentor", "missing-hours"], ["missing-duration"], ["duration-over-6-months"], ["missing-goal"]],
 "decision": [[], [], [], [], ["duration-over-6-months"], ["missing-appeal-guidance"], ["duration-over-6-months"], ["missing-appeal-guidance"]],
 "minplan": [[], [], [], [], ["missing-hours"], ["duration-over-6-months"], ["missing-duration"], ["unclear-goal"], ["missing-tasks", "missing-hours"], ["duration-over-6-months"]],
}
SHAPES = ["transposed", "merged", "kv", "monthly", "weeks"]
FMTS = ["docx", "pdf-lo", "pdf-rl", "html", "html-excel", "odt", "txt", "eml"]

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default="/work/corpora/hv"); ap.add_argument("--seed", type=int, default=1818)
    a = ap.parse_args(); r = random.Random(a.seed); out = Path(a.out)
    if out.exists(): shutil.rmtree(out)
    out.mkdir(parents=True); tmp = out / "_tmp"; tmp.mkdir()
    entries, conv = [], {"pdf": [], "odt": []}
    i = 0
    plan = []
    for kind, dl in DEFECTS.items():
        for d in dl: plan.append((kind, d))
    for kind in ("agreement", "decision", "minplan"):  # second pass, different shapes
        for d in DEFECTS[kind][: {"agreement": 8, "decision": 4, "minplan": 5}[kind]]: plan.append((kind, d))
    for kind, d in [("agreement", ["missing-hours"]), ("agreement", ["duration-over-6-months"]), ("agreement", []), ("agreement", ["missing-duration"]),
                    ("minplan", []), ("minplan", ["missing-hours"]), ("decision", [])]:
        plan.append((kind, d))
    unk = ["timesheet", "rota", "invoice", "minutes"] * 3 + ["timesheet", "invoice"]
    for v in unk: plan.append(("unknown", v))
    for idx, (kind, d) in enumerate(plan):
        fmt = FMTS[idx % len(FMTS)]; shape = SHAPES[(idx * 3 + idx // 5) % len(SHAPES)]
        if kind == "unknown":
            blocks, title, must, sender = make_unknown(r, idx, d); rules = []; sub = "unknown"; traits = [f"unknown:{d}", f"fmt:{fmt}"]; period = None; layout = f"unknown-{d}"
        else:
            blocks, sub, title, info = make_doc(r, idx, kind, d, shape, fmt)
            rules = sorted(d); must = info["must"]; traits = info["traits"]; period = info["period"]; sender = info["sender"]; layout = f"{kind}-{shape}"
        folder = out / {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "andet"}[kind]
        folder.mkdir(exist_ok=True)
        stem = f"{idx:03d}-{sub}-{shape if kind!='unknown' else d}"
        if fmt == "docx": render_docx(blocks, folder / f"{stem}.docx"); ext = "docx"
        elif fmt == "pdf-rl": render_rl(blocks, folder / f"{stem}.pdf"); ext = "pdf"; traits.append("pdf:reportlab")
        elif fmt in ("pdf-lo", "odt"):
            render_docx(blocks, tmp / f"{stem}.docx"); ext = "pdf" if fmt == "pdf-lo" else "odt"; conv[ext].append((tmp / f"{stem}.docx", folder)); traits.append(f"{ext}:libreoffice")
        elif fmt == "html": (folder / f"{stem}.html").write_text(render_html(blocks, title), encoding="utf-8"); ext = "html"
        elif fmt == "html-excel": (folder / f"{stem}.html").write_text(render_html(blocks, title, excel=True), encoding="utf-8"); ext = "html"; traits.append("html:excel-export")
        elif fmt == "txt": (folder / f"{stem}.txt").write_text(render_txt(blocks), encoding="utf-8"); ext = "txt"
        else: (folder / f"{stem}.eml").write_bytes(render_eml(blocks, title, sender, "borger@example.dk")); ext = "eml"
        rel = f"{folder.name}/{stem}.{ext}"
        if must: traits.append("cpr")
        entries.append({"path": rel, "format": ext, "kind": kind, "subtype": sub, "layout": layout, "rules": rules, "extras": [],
                        "error": None, "accept_errors": [], "must_not_contain": must, "traits": traits, "period": period})
    prof = "-env:UserInstallation=file:///tmp/lo_hv_profile"
    for ext, items in conv.items():
        by = {}
        for src, folder in items: by.setdefault(folder, []).append(str(src))
        for folder, srcs in by.items():
            subprocess.run(["soffice", prof, "--headless", "--convert-to", ext, "--outdir", str(folder)] + srcs, check=True, capture_output=True)
    shutil.rmtree(tmp)
    for e in entries: assert (out / e["path"]).exists(), e["path"]
    (out / "EXPECTED.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])) + "\n", encoding="utf-8")
    print(len(entries), "documents")

if __name__ == "__main__":
    main()
