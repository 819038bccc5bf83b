#!/usr/bin/env python3
"""Corpus I: 60 labelled Danish mentor-support agreements as PDFs (reportlab).

Layouts (20 each): ocr-heavy, two-column, numbered-form.
Per layout: 10 compliant, 2 each of missing-goal, missing-mentor,
missing-tasks, missing-hours, duration-over-6-months.
Usage (from /work/main):
  .venv/bin/python scripts/independent/corpus_i/make_corpus_i.py --out /work/corpora/i --seed 23
"""
import argparse, calendar, datetime as dt, json, os, random

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB if os.path.exists(FONTB) else FONT))

KOMMUNER = [
    ("Havnbjerg Kommune", "Jobcenter Havnbjerg", "Havnegade 4, 6430 Havnbjerg"),
    ("Sølvdal Kommune", "Jobcenter Sølvdal", "Rådhustorvet 1, 8850 Sølvdal"),
    ("Egeskov Kommune", "Jobcenter Egeskov", "Skovvej 12, 5772 Egeskov"),
    ("Fjordby Kommune", "Jobcenter Fjordby", "Fjordvej 30, 7620 Fjordby"),
    ("Lyngholt Kommune", "Borger- og Jobcenter Lyngholt", "Lyngvej 2, 9480 Lyngholt"),
    ("Østervang Kommune", "Jobcenter Østervang", "Torvet 7, 4760 Østervang"),
]
BORGERE = ["Mikkel Sørensen", "Aisha Hussein", "Jonas Kjær", "Line Mølgaard", "Peter Bæk",
           "Sara Lund", "Kasper Holm", "Fatma Yilmaz", "Emil Thomsen", "Nanna Østergaard"]
MENTORER = [("Bente Ravn", "Bente.Ravn"), ("Henrik Dahl", "hdahl"), ("Signe Winther", "siwi"),
            ("Morten Friis", "mofr"), ("Tine Vestergaard", "tive"), ("Jakob Nørgaard", "jano"),
            ("Camilla Bech", "cabe"), ("Ole Damgaard", "olda")]
GOALS = [
    "Du gennemfører grundforløb 1 på erhvervsuddannelsen til tømrer med et fremmøde på mindst 90 procent.",
    "Du får ordinær ansættelse som lagermedarbejder hos en virksomhed i kommunen ved periodens udløb.",
    "Du fastholder dit fleksjob som køkkenmedhjælper i kantinen på Rådhuset uden sygefravær over tre dage i træk.",
    "Du starter på HF-enkeltfag (dansk og matematik) og afleverer alle skriftlige opgaver til tiden.",
    "Du gennemfører en virksomhedspraktik som butiksassistent og overgår derefter til et løntilskudsjob i samme butik.",
    "Du opnår fast ansættelse som social- og sundhedshjælper i hjemmeplejen efter endt praktik.",
    "Du fastholder din uddannelse til ernæringsassistent og består skolehjemmets første skoleperiode.",
    "Hovedformål: Du kommer i job som chauffør i et transportfirma. Delmål: Du får dit kørekort kategori C.",
    "Du gennemfører praktik som gartner på kommunens materielgård med fremmøde fire dage om ugen.",
    "Du begynder på pædagogisk assistentuddannelse og deltager i undervisningen alle skoledage.",
]
TASKS = [
    "Mentoren hjælper dig med at planlægge din transport til uddannelsesstedet, deltager i opstartssamtalen og støtter dig i at overholde dine aftaler.",
    "Mentoren bistår med struktur på hverdagen, hjælper med kontakten til arbejdsgiveren og tager med til de første møder på arbejdspladsen.",
    "Mentoren introducerer dig til arbejdsopgaverne, er kontaktperson for kollegerne og hjælper med at løse konflikter på arbejdspladsen.",
    "Mentoren hjælper dig med at lave en ugeplan, følger op på dit fremmøde og støtter dig i kontakten med studievejlederen.",
    "Indsatsområder: hjælp til at møde stabilt, vejledning i sociale spilleregler på arbejdspladsen og støtte ved samtaler med lederen.",
    "Mentoren støtter dig i at håndtere lektier og afleveringer, og hjælper dig med at tage kontakt til SU-kontoret.",
]
FOLLOWUPS = [
    "Der holdes statusmøde hver 4. uge med dig, mentoren og din sagsbehandler. Progressionen vurderes senest 14 dage før støtteperioden ophører.",
    "Mentoren sender en kort skriftlig status hver måned. Der er midtvejsevaluering halvvejs i perioden og slutevaluering 14 dage før udløb.",
    "Opfølgning sker ved samtale i jobcentret hver 6. uge, hvor vi ser på, hvor langt du er nået i forhold til delmålene.",
    "Sagsbehandleren følger op hver anden måned og evaluerer progressionen sammen med dig og mentoren inden periodens udløb.",
]
HOURS = ["3 timer pr. uge", "op til 2 timer ugentligt", "2 t/uge", "8 timer om måneden",
         "4 timer pr. uge i de første 4 uger, derefter 2 timer pr. uge", "1-2 timer pr. uge"]
PLACEHOLDERS = ["udfyldes", "", "[udfyldes senere]", "…", "-"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-hours", "duration-over-6-months"]
LAYOUTS = ["ocr-heavy", "two-column", "numbered-form"]


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d, style):
    if style == "word":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day}/{d.month} {d.year}"


def appeal_text(kom):
    return (f"Hvis du er uenig i afgørelsen, kan du klage til {kom}. Klagen skal være modtaget "
            f"senest 4 uger efter, at du har fået denne afgørelse. Kommunen genvurderer sagen, og hvis "
            f"afgørelsen fastholdes, sender vi klagen videre til Ankestyrelsen.")


# ---------- OCR damage ----------
SUBS = {"ø": ["o", "g", "e", "0"], "æ": ["ae", "@", "e"], "å": ["a", "é"], "i": ["1", "l"],
        "l": ["1"], "m": ["rn"]}


def ocr_word(w, rng):
    if any(c.isdigit() for c in w):  # keep dates/numbers legible
        return w
    out, i = [], 0
    while i < len(w):
        c = w[i]
        if w[i:i + 2] == "ti" and rng.random() < 0.35:
            out.append("fi"); i += 2; continue
        lc = c.lower()
        if lc in SUBS and rng.random() < (0.7 if lc in "øæå" else 0.18):
            out.append(rng.choice(SUBS[lc]))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def ocr_line(line, rng):
    words = [ocr_word(w, rng) for w in line.split(" ")]
    s = ""
    for k, w in enumerate(words):
        if k:
            r = rng.random()
            s += "" if r < 0.08 else ("  " if r < 0.16 else " ")
        s += w
    if rng.random() < 0.2:
        s = rng.choice(["'", ".", ",", "|", "~", ";"]) + s
    return s


def hyph_wrap(text, width, fontsize, font="DV"):
    """Wrap, hyphenating long words across line breaks."""
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(cand, font, fontsize) <= width:
            cur = cand; continue
        if len(w) >= 7:
            cut = len(w) // 2
            first = (cur + " " + w[:cut] + "-").strip()
            if pdfmetrics.stringWidth(first, font, fontsize) <= width:
                lines.append(first); cur = w[cut:]; continue
        lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------- layouts ----------
def header(c, doc, x0, x1, y):
    c.setFont("DVB", 14); c.drawString(x0, y, doc["kommune"])
    c.setFont("DV", 9); c.drawString(x0, y - 13, doc["jobcenter"] + " · " + doc["adresse"])
    c.drawRightString(x1, y, f"Dato: {doc['brevdato']}")
    c.setFont("DVB", 12); c.drawString(x0, y - 38, "Aftale om mentorstøtte")
    c.setFont("DV", 10)
    c.drawString(x0, y - 54, f"Til: {doc['borger']}   Sagsnr.: {doc['sagsnr']}")
    return y - 78


def draw_ocr(c, doc, fields, rng):
    W, H = A4
    x0, x1 = 60, W - 60
    y = H - 60
    # letterhead also OCR-damaged
    head = [doc["kommune"], doc["jobcenter"] + " " + doc["adresse"], "Dato: " + doc["brevdato"],
            "Aftale om mentorstøtte", f"Til: {doc['borger']} Sagsnr.: {doc['sagsnr']}", ""]
    c.setFont("DV", 10)
    for h in head:
        c.drawString(x0, y, ocr_line(h, rng) if h else ""); y -= 14
    for label, value in fields:
        txt = f"{label}: {value}".rstrip()
        for ln in hyph_wrap(txt, x1 - x0 - 40, 10):
            c.drawString(x0 + rng.choice([0, 0, 1, 2]), y, ocr_line(ln, rng)); y -= 13.5
        y -= 7
    c.drawString(x0, y - 20, ocr_line("Med venlig hilsen", rng))
    c.drawString(x0, y - 34, ocr_line(doc["sagsbehandler"] + ", " + doc["jobcenter"], rng))


def draw_two_col(c, doc, fields, rng):
    W, H = A4
    x0, x1 = 50, W - 50
    y = header(c, doc, x0, x1, H - 55)
    c.line(x0, y + 10, x1, y + 10)
    gap = 24
    colw = (x1 - x0 - gap) / 2
    lines = []
    for label, value in fields:
        lines.append(("DVB", label))
        for ln in simpleSplit(value or " ", "DV", 9.5, colw):
            lines.append(("DV", ln))
        lines.append(None)
    # break so that a field continues from bottom of left column to top of right
    half = len(lines) // 2
    while lines[half] is None or lines[half][0] == "DVB" or lines[half - 1] is None or lines[half - 1][0] == "DVB":
        half += 1
    cols = [lines[:half], lines[half:]]
    for ci, col in enumerate(cols):
        cx, cy = x0 + ci * (colw + gap), y
        for item in col:
            if item is None:
                cy -= 8; continue
            c.setFont(item[0], 9.5 if item[0] == "DV" else 10)
            c.drawString(cx, cy, item[1]); cy -= 12.5
    c.setFont("DV", 9)
    c.drawString(x0, 70, f"Med venlig hilsen {doc['sagsbehandler']}, {doc['jobcenter']}")


def draw_numbered(c, doc, fields, rng):
    W, H = A4
    x0, x1 = 60, W - 60
    y = header(c, doc, x0, x1, H - 55)
    for n, (label, value) in enumerate(fields, 1):
        c.setFont("DVB", 10); c.drawString(x0, y, f"{n}."); c.drawString(x0 + 18, y, label)
        y -= 14
        c.setFont("DV", 10)
        for ln in simpleSplit(value or " ", "DV", 10, x1 - x0 - 18):
            c.drawString(x0 + 18, y, ln); y -= 13
        y -= 8
    c.drawString(x0, y - 12, "Med venlig hilsen")
    c.drawString(x0, y - 26, f"{doc['sagsbehandler']}, {doc['jobcenter']}")


LABELS = {
    "ocr-heavy": ["Mål", "Mentor", "Mentorens opgaver", "Periode", "Opfølgning", "Timetal", "Klagevejledning"],
    "two-column": ["Formål med mentorstøtten", "Din mentor", "Hvad mentoren skal hjælpe med",
                   "Bevillingsperiode", "Opfølgning og progression", "Antal timer", "Sådan klager du"],
    "numbered-form": ["Målet med støtten", "Mentorens navn og kontaktoplysninger", "Opgaver",
                      "Varighed", "Status og evaluering", "Timer", "Hvis du vil klage"],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rows = []
    idx = 0
    for layout in LAYOUTS:
        os.makedirs(os.path.join(a.out, layout), exist_ok=True)
        plan = [None] * 10 + DEFECTS * 2
        rng.shuffle(plan)
        for k, defect in enumerate(plan, 1):
            idx += 1
            kom, jc, adr = KOMMUNER[idx % 6]
            mname, mmail = rng.choice(MENTORER)
            dom = kom.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
            start = dt.date(2025 + rng.randint(0, 1), rng.randint(1, 12), 1) if rng.random() < 0.6 \
                else dt.date(2025, rng.randint(1, 12), rng.choice([6, 10, 15]))
            months = rng.randint(8, 12) if defect == "duration-over-6-months" else rng.randint(3, 6)
            end = add_months(start, months) - dt.timedelta(days=1)
            style = "dot" if layout == "ocr-heavy" else rng.choice(["word", "dot", "slash"])
            period = rng.choice(["{s} – {e}", "fra {s} til {e}", "Bevilget i perioden {s} til og med {e}"]).format(
                s=fmt_date(start, style), e=fmt_date(end, style))
            doc = dict(kommune=kom, jobcenter=jc, adresse=adr, borger=rng.choice(BORGERE),
                       sagsnr=f"{rng.randint(10,99)}.{rng.randint(10,99)}.{rng.randint(10,99)}-G01-{rng.randint(100,999)}-{start.year % 100}",
                       brevdato=fmt_date(start - dt.timedelta(days=rng.randint(5, 20)), "word"),
                       sagsbehandler=rng.choice(["Lone Kirk", "Rasmus Bay", "Dorthe Vinding", "Ali Karimi"]))
            vals = {
                "goal": rng.choice(GOALS),
                "mentor": f"{mname}, tlf. {rng.randint(20,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}, e-mail {mmail.lower()}@{dom}.dk",
                "tasks": rng.choice(TASKS),
                "period": period,
                "follow-up": rng.choice(FOLLOWUPS),
                "hours": rng.choice(HOURS),
                "appeal": appeal_text(kom),
            }
            removed = "none"
            rmap = {"missing-goal": "goal", "missing-mentor": "mentor", "missing-tasks": "tasks", "missing-hours": "hours"}
            if defect in rmap:
                ph = rng.choice(PLACEHOLDERS)
                vals[rmap[defect]] = ph
                removed = f"{rmap[defect]} (replaced by placeholder {ph!r})"
            elif defect:
                removed = f"none; period is {months} calendar months (> 6)"
            keys = ["goal", "mentor", "tasks", "period", "follow-up", "hours", "appeal"]
            fields = list(zip(LABELS[layout], [vals[kk] for kk in keys]))
            rel = f"{layout}/i_{idx:03d}_{layout}.pdf"
            c = canvas.Canvas(os.path.join(a.out, rel), pagesize=A4)
            c.setTitle("Aftale om mentorstøtte"); c.setAuthor(jc)
            {"ocr-heavy": draw_ocr, "two-column": draw_two_col, "numbered-form": draw_numbered}[layout](c, doc, fields, rng)
            c.showPage(); c.save()
            traits = [f"{kk} [{lab}]: {vals[kk]!r}" for kk, lab in zip(keys, LABELS[layout])]
            traits.append(f"kommune: {kom}")
            traits.append(f"removed: {removed}")
            if layout == "ocr-heavy":
                traits.append("text layer OCR-damaged (digit tokens kept intact); traits show clean wording")
            rows.append({"path": rel, "format": "pdf", "kind": "agreement", "subtype": "agreement",
                         "layout": layout, "rules": sorted([defect] if defect else []), "extras": [],
                         "error": None, "accept_errors": [], "hostile": False, "must_not_contain": [],
                         "traits": traits, "period": {"start": start.isoformat(), "end": end.isoformat()}})
    rows.sort(key=lambda r: r["path"])
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} PDFs to {a.out}")


if __name__ == "__main__":
    main()
