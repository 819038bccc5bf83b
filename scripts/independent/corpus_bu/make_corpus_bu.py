"""Corpus BU: scanned paper. Documents are drawn with reportlab, rendered to page images with
pypdfium2, degraded like a real scan (rotation, blur, noise, JPEG, stamps, signatures, fold lines,
phone photos at an angle, 150 dpi faxes) and turned into searchable PDFs by real Tesseract
(`tesseract list.txt out -l dan pdf`). Labels describe what the PAPER says, decided here before
any lint run. Deterministic: fixed seed. Usage: make_corpus_bu.py --out DIR [--jobs N]
"""
from __future__ import annotations

import argparse
import io
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps, ImageChops
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools/corpusgen/src"))
from corpusgen.corpus.manifest import write_manifest  # noqa: E402  (the manifest format only)

SEED = 20261129
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"),
                ("Serif", "DejaVuSerif.ttf"), ("SerifB", "DejaVuSerif-Bold.ttf"),
                ("Cond", "DejaVuSansCondensed.ttf"), ("CondB", "DejaVuSansCondensed-Bold.ttf"),
                ("Mono", "DejaVuSansMono.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
FAMILIES = [("Sans", "SansB"), ("Serif", "SerifB"), ("Cond", "CondB")]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
KOMMUNER = ["Viborg", "Holbæk", "Assens", "Tønder", "Faxe", "Roskilde", "Herning", "Gribskov",
            "Slagelse", "Aabenraa", "Næstved", "Silkeborg", "Frederikshavn", "Kalundborg"]
BORGERE = [("Anna", "Holm"), ("Ahmed", "Khalil"), ("Mette", "Sørensen"), ("Jonas", "Bak"),
           ("Fatima", "Ali"), ("Kasper", "Lund"), ("Louise", "Dam"), ("Mikkel", "Friis"),
           ("Sara", "Nielsen"), ("Emil", "Thomsen"), ("Nadia", "Hansen"), ("Oliver", "Kjær"),
           ("Camilla", "Berg"), ("Yusuf", "Demir"), ("Line", "Vestergaard"), ("Tobias", "Riis"),
           ("Maja", "Poulsen"), ("Rasmus", "Jepsen"), ("Signe", "Mortensen"), ("Ali", "Hassan")]
MENTORER = [("Lars", "Østergaard"), ("Pia", "Winther"), ("Henrik", "Mølgaard"), ("Susanne", "Krogh"),
            ("Bo", "Iversen"), ("Dorthe", "Brandt"), ("Jesper", "Lindholm"), ("Hanne", "Kristiansen"),
            ("Morten", "Schmidt"), ("Tina", "Eriksen"), ("Anders", "Holt"), ("Lene", "Fog")]
FIRMAER = ["Jobhuset ApS", "Mentorhuset Midt", "Kompasset", "Broen Mentor & Job", "Vejen Videre ApS",
           "Ungeindsatsen", "Sct. Georg Mentorservice", "Jobcenterets mentorteam"]
SAGSB = [("Birgitte", "Laursen"), ("Thomas", "Munk"), ("Karina", "Bech"), ("Ole", "Steffensen")]

GOALS_OK = [
    "{f} starter på SOSU-hjælperuddannelsen i {m2} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og er derefter klar til at søge optagelse på EUD.",
    "At {f} får et fleksjob som pedelmedhjælper på 12 timer om ugen inden periodens udløb.",
    "{f} fastholder sit job som kok hos Restaurant Havnen og har højst to fraværsdage pr. måned.",
    "{f} møder stabilt på FGU-skolen (produktionsgrunduddannelse), mindst 90 % fremmøde.",
    "{f} kommer i ordinært job med 15 timer om ugen i detailhandlen inden {d}.",
    "{f} afslutter AMU-kurset i truckcertifikat og søger job som lagermedarbejder.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Sikre at {f} får mere struktur på hverdagen og øget selvværd.",
    "{f} skal arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Motivere {f} og skabe bedre trivsel.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til praktikvejleder"],
    ["Hjælpe med struktur i hverdagen (morgenrutine, kalender)", "Tage med til møder i jobcentret",
     "Støtte ved kontakt til skolens studievejleder"],
    ["Vejlede om arbejdspladsens uskrevne regler", "Løse konflikter med kolleger sammen med {f}",
     "Samtale med leder hver anden uge"],
    ["Hjælpe {f} med at søge optagelse og SU", "Følge med de første dage på skolen",
     "Hjælpe med lektieplan og fremmøde"],
]
FOLLOWUPS = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver 4. uge på fremmøde og delmål. Slutevaluering fire uger før bevillingsudløb.",
    "Mentor sender status til sagsbehandler hver måned. Midtvejsevaluering efter 3 måneder; delmål: fremmøde fire dage om ugen.",
    "Opfølgningssamtale i kommunen hver anden måned, og altid 14 dage inden perioden slutter.",
]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "to timer om ugen",
         "4 t/uge", "2-3 timer pr. uge", "8 timer om måneden", "24 mentortimer i perioden"]
APPEAL_OK = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
    "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {k} Kommune senest 4 uger efter, at du har "
    "fået afgørelsen. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer sagen, og fastholder vi "
    "afgørelsen, sender vi klagen videre til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Er du uenig, kan du klage til Jobcenter {k} inden 4 uger fra du har modtaget dette brev. Jobcentret "
    "vurderer sagen igen. Får du ikke medhold, sendes klagen til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.",
              "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
              "Du kan klage til kommunen over afgørelsen."]


def dk(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def num(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, 1)


def period(rng, over: bool):
    start = date(2026, rng.randint(1, 9), 1)
    months = rng.choice([7, 8, 9, 12]) if over else rng.choice([3, 4, 6, 6])
    end = add_months(start, months) - timedelta(days=1)
    style = rng.choice(["words", "num", "fromto", "slash"])
    if style == "words":
        txt = f"{dk(start)} – {dk(end)}"
    elif style == "num":
        txt = f"{num(start)} - {num(end)}"
    elif style == "fromto":
        txt = f"fra {dk(start)} til {dk(end)}"
    else:
        txt = f"{start.day}/{start.month} {start.year} til {end.day}/{end.month} {end.year}"
    return start, end, txt


def cpr(rng):
    d = date(1970, 1, 1) + timedelta(days=rng.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# ------------------------------------------------------------------ drawing with reportlab
class Page:
    def __init__(self, c, fam, size):
        self.c, self.fam, self.size = c, fam, size
        self.x0, self.x1 = 62, A4[0] - 62
        self.y = A4[1] - 60

    def need(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.y = A4[1] - 60

    def text(self, txt, bold=False, size=None, indent=0, gap=3):
        size = size or self.size
        font = self.fam[1] if bold else self.fam[0]
        lines = simpleSplit(txt, font, size, self.x1 - self.x0 - indent)
        for ln in lines:
            self.need(size * 1.35)
            self.c.setFont(font, size)
            self.c.drawString(self.x0 + indent, self.y - size, ln)
            self.y -= size * 1.35
        self.y -= gap

    def table(self, rows, w0=150, size=None):
        size = size or self.size
        for label, value in rows:
            vlines = []
            for part in value.split("\n"):
                vlines += simpleSplit(part, self.fam[0], size, self.x1 - self.x0 - w0 - 10) or [""]
            llines = simpleSplit(label, self.fam[1], size, w0 - 10)
            h = max(len(vlines), len(llines)) * size * 1.35 + 8
            self.need(h)
            c = self.c
            c.setLineWidth(0.6)
            c.rect(self.x0, self.y - h, self.x1 - self.x0, h)
            c.line(self.x0 + w0, self.y, self.x0 + w0, self.y - h)
            yy = self.y - 4
            for ln in llines:
                c.setFont(self.fam[1], size)
                c.drawString(self.x0 + 5, yy - size, ln)
                yy -= size * 1.35
            yy = self.y - 4
            for ln in vlines:
                c.setFont(self.fam[0], size)
                c.drawString(self.x0 + w0 + 5, yy - size, ln)
                yy -= size * 1.35
            self.y -= h
        self.y -= 10

    def checks(self, label, options, chosen):
        """A form row: label, then boxes; the chosen box gets a hand-drawn cross."""
        size = self.size
        self.need(size * 2.6)
        c = self.c
        c.setFont(self.fam[1], size)
        c.drawString(self.x0, self.y - size, label)
        self.y -= size * 1.5
        x = self.x0 + 10
        for i, opt in enumerate(options):
            c.setLineWidth(0.8)
            c.rect(x, self.y - size, size, size)
            if i == chosen:
                c.setLineWidth(1.6)
                c.setStrokeColorRGB(0.1, 0.15, 0.45)
                c.line(x - 1, self.y - size - 2, x + size + 2, self.y + 1)
                c.line(x + size + 1, self.y - size - 1, x, self.y + 2)
                c.setStrokeColorRGB(0, 0, 0)
            c.setFont(self.fam[0], size)
            c.drawString(x + size + 4, self.y - size + 1, opt)
            x += size + 10 + pdfmetrics.stringWidth(opt, self.fam[0], size) + 14
        self.y -= size * 1.6

    def rule(self):
        self.c.setLineWidth(0.5)
        self.c.line(self.x0, self.y, self.x1, self.y)
        self.y -= 8

    def pagebreak(self):
        self.c.showPage()
        self.y = A4[1] - 60


def draw(blocks, fam, size) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    p = Page(c, fam, size)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p.text(b[1], bold=True, size=size + 5, gap=8)
        elif kind == "h":
            p.y -= 4
            p.text(b[1], bold=True, size=size + 1.5, gap=2)
        elif kind == "p":
            for part in b[1].split("\n"):
                p.text(part, gap=3 if part is b[1].split("\n")[-1] else 0)
        elif kind == "small":
            p.text(b[1], size=size - 2)
        elif kind == "li":
            p.text("•  " + b[1], indent=12, gap=1)
        elif kind == "table":
            p.table(b[1], w0=b[2] if len(b) > 2 else 150)
        elif kind == "checks":
            p.checks(b[1], b[2], b[3])
        elif kind == "rule":
            p.rule()
        elif kind == "space":
            p.y -= b[1]
        elif kind == "break":
            p.pagebreak()
        elif kind == "head":  # letterhead, right aligned
            c.setFont(fam[1], size + 3)
            c.drawRightString(p.x1, p.y - size, b[1])
            c.setFont(fam[0], size - 1.5)
            yy = p.y - size * 2.4
            for ln in b[2]:
                c.drawRightString(p.x1, yy, ln)
                yy -= size * 1.2
            p.y -= size * 1.2 * (len(b[2]) + 2) + 10
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ scanning
def render(pdf: bytes, dpi: int):
    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def scribble(img, rng, box, color=(20, 30, 90), width=3):
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    pts = []
    n = rng.randint(18, 30)
    for i in range(n):
        t = i / (n - 1)
        x = x0 + t * (x1 - x0) + rng.uniform(-10, 10)
        y = (y0 + y1) / 2 + math.sin(t * rng.uniform(8, 14)) * (y1 - y0) / 2 * rng.uniform(0.4, 1)
        pts.append((x, y))
    d.line(pts, fill=color, width=width, joint="curve")


def stamp(img, rng, text, dpi):
    w = int(dpi * 1.9)
    h = int(dpi * 0.75)
    s = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(s)
    col = rng.choice([(200, 30, 40, 170), (40, 60, 170, 170)])
    d.rounded_rectangle([3, 3, w - 4, h - 4], radius=12, outline=col, width=max(3, dpi // 50))
    f = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", int(dpi * 0.16))
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        tw = d.textlength(ln, font=f)
        d.text(((w - tw) / 2, h * (0.18 + 0.36 * i)), ln, fill=col, font=f)
    s = s.rotate(rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)
    x = rng.randint(int(img.width * 0.5), int(img.width * 0.95) - s.width // 2)
    y = rng.randint(int(dpi * 0.3), int(dpi * 1.4))
    img.paste(s, (max(0, x - s.width // 2), y), s)


def degrade(pages, rng, dpi, traits, signature=True, phone_last=False, fax=False):
    out = []
    for i, im in enumerate(pages):
        if i == 0 and rng.random() < 0.55:
            stamp(im, rng, rng.choice(["MODTAGET\n" + f"{rng.randint(1, 28)} {rng.choice(['MAR', 'APR', 'JUN', 'SEP'])} 2026",
                                       "SCANNET\nArkiv", "KOPI"]), dpi)
            traits.add("stamp")
        if signature and i == len(pages) - 1:
            scribble(im, rng, (int(dpi * 1.0), im.height - int(dpi * 1.6), int(dpi * 3.0), im.height - int(dpi * 1.25)))
            traits.add("signature")
        if rng.random() < 0.3:  # a handwritten margin note
            scribble(im, rng, (im.width - int(dpi * 1.4), int(dpi * 4), im.width - int(dpi * 0.3), int(dpi * 4.3)),
                     color=(60, 60, 60), width=2)
            traits.add("margin-scribble")
        if rng.random() < 0.35:  # fold line
            y = im.height // 3 * rng.choice([1, 2])
            d = ImageDraw.Draw(im)
            d.line([(0, y), (im.width, y + rng.randint(-6, 6))], fill=(150, 150, 150), width=2)
            d.line([(0, y + 3), (im.width, y + 3)], fill=(215, 215, 215), width=3)
            traits.add("fold")
        g = im.convert("L")
        if phone_last and i == len(pages) - 1 and len(pages) > 1:
            g = photograph(g, rng)
            traits.add("phone-photo")
        else:
            g = g.rotate(rng.uniform(0.3, 2.0) * rng.choice([-1, 1]), resample=Image.BICUBIC,
                         expand=False, fillcolor=rng.randint(225, 250))
        g = g.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
        # seeded speckle noise (Image.effect_noise cannot be seeded)
        nw, nh = g.width // 2, g.height // 2
        amp = rng.randint(40, 110)
        noise = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh)).resize(g.size)
        noise = noise.point(lambda v, a=amp: 255 - (v * a) // 255)
        g = Image.blend(g, ImageChops.multiply(g, noise), 0.25)
        if fax:
            g = g.point(lambda v: 255 if v > 150 else 0).convert("1").convert("L")
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=rng.randint(30, 70))
        buf.seek(0)
        out.append(Image.open(buf).convert("L"))
    return out


def photograph(g, rng):
    """A phone photo of the page: perspective skew, uneven light, a dark table edge."""
    w, h = g.size
    bg = Image.new("L", (int(w * 1.12), int(h * 1.08)), rng.randint(60, 100))
    bg.paste(g, (int(w * 0.06), int(h * 0.04)))
    W, H = bg.size
    k = rng.uniform(0.02, 0.05)
    coeffs = find_coeffs([(0, 0), (W, 0), (W, H), (0, H)],
                         [(W * k, H * k * 0.6), (W * (1 - k * 0.4), 0), (W, H), (W * k * 1.5, H * (1 - k * 0.3))])
    p = bg.transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=70)
    grad = Image.linear_gradient("L").resize(p.size).rotate(rng.choice([0, 90, 180]))
    grad = grad.point(lambda v: 190 + v // 4)
    return ImageChops.multiply(p, grad.convert("L")).point(lambda v: min(255, int(v * 1.25)))


def find_coeffs(pa, pb):
    # solve the 8-parameter perspective transform without numpy (Gaussian elimination)
    m = []
    for (x, y), (X, Y) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y, X])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y, Y])
    # we need mapping output->input for PIL: swap roles
    m = []
    for (X, Y), (x, y) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y, X])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y, Y])
    n = 8
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return [m[i][8] / m[i][i] for i in range(n)]


def ocr(images, dpi, dest: Path):
    tmp = Path(tempfile.mkdtemp(prefix="bu_"))
    try:
        names = []
        for i, im in enumerate(images):
            p = tmp / f"p{i}.png"
            im.save(p, dpi=(dpi, dpi))
            names.append(str(p))
        (tmp / "list.txt").write_text("\n".join(names) + "\n")
        subprocess.run(["tesseract", str(tmp / "list.txt"), str(tmp / "out"), "-l", "dan",
                        "--dpi", str(dpi), "pdf"], check=True, capture_output=True,
                       env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp / "out.pdf", dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ content
def people(rng):
    bf, bl = rng.choice(BORGERE)
    mf, ml = rng.choice(MENTORER)
    return dict(bf=bf, bl=bl, mf=mf, ml=ml, firma=rng.choice(FIRMAER), k=rng.choice(KOMMUNER),
                tlf=phone(rng), mail=f"{mf.lower()}.{ml.lower().replace('ø', 'oe')}@{rng.choice(['jobhuset.dk', 'mentorhuset.dk', 'kommune.dk', 'broen-mentor.dk'])}",
                sb=" ".join(rng.choice(SAGSB)), sbtlf=phone(rng))


def fields(rng, P, defect, over):
    """The field values as the paper states them; a defect removes or spoils one of them."""
    f = P["bf"]
    start, end, ptxt = period(rng, over)
    goal = rng.choice(GOALS_UNCLEAR if defect == "unclear-goal" else GOALS_OK).format(
        f=f, d=dk(start + timedelta(days=100)), m2=MONTHS[(start.month + 2) % 12])
    tasks = [t.format(f=f) for t in rng.choice(TASKS)]
    mentor = f"{P['mf']} {P['ml']}, {P['firma']}"
    contact = rng.choice([f"tlf. {P['tlf']}", f"{P['mail']}", f"tlf. {P['tlf']}, {P['mail']}"])
    F = dict(goal=goal, tasks=tasks, mentor=mentor, contact=contact, period=ptxt, start=start, end=end,
             follow=rng.choice(FOLLOWUPS).format(f=f), hours=rng.choice(HOURS),
             appeal=rng.choice(APPEAL_OK).format(k=P["k"]))
    if defect == "missing-goal":
        F["goal"] = rng.choice([None, "Udfyldes senere", "-"])
    elif defect == "missing-mentor":
        F["contact"] = None  # the name is there, no phone or e-mail
    elif defect == "missing-tasks":
        F["tasks"] = rng.choice([None, ["-"]])
    elif defect == "missing-duration":
        F["period"] = rng.choice([None, "Udfyldes senere", "indtil videre"])
    elif defect == "missing-follow-up":
        F["follow"] = None
    elif defect == "missing-hours":
        F["hours"] = rng.choice([None, "efter behov", "et par timer om ugen"])
    elif defect == "missing-appeal-guidance":
        F["appeal"] = rng.choice([None, rng.choice(APPEAL_BAD)])
    return F


def header_rows(P, cprno, rng):
    rows = [("Borger", f"{P['bf']} {P['bl']}")]
    if cprno:
        rows.append(("CPR-nr.", cprno))
    rows.append(("Adresse", f"{rng.choice(['Søndergade', 'Vestergade', 'Parkvej', 'Skolevej'])} {rng.randint(2, 80)}, {P['k']}"))
    rows.append(("Sagsbehandler", f"{P['sb']}, tlf. {P['sbtlf']}"))
    return rows


def agreement(rng, P, F, layout, cprno, appeal_page2):
    f = P["bf"]
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Mentorstøtte – aftale efter LAB § 167"])
    B = [("head", f"{P['k']} Kommune", ["Jobcenter " + P["k"], "Beskæftigelse og Uddannelse", f"Dato: {num(F['start'] - timedelta(days=rng.randint(5, 20)))}"]),
         ("title", title)]
    mentor_val = F["mentor"] + (f", {F['contact']}" if F["contact"] else "")
    val = lambda v: v if v else ""
    if layout == "table":
        B.append(("table", header_rows(P, cprno, rng), 130))
        rows = [(rng.choice(["Mål for mentorstøtten", "Formål", "Målet med mentorstøtten"]), val(F["goal"])),
                (rng.choice(["Mentor", "Mentors navn og kontaktdata", "Mentor (navn, tlf.)"]), mentor_val),
                (rng.choice(["Mentorens opgaver", "Indsatsområder", "Opgaver"]), "\n".join(F["tasks"]) if F["tasks"] else ""),
                (rng.choice(["Periode", "Varighed", "Bevilget periode"]), val(F["period"])),
                (rng.choice(["Timetal", "Antal timer", "Timer pr. uge"]), val(F["hours"])),
                (rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), val(F["follow"]))]
        rows = [r for r in rows if not (r[1] == "" and rng.random() < 0.5)]
        B.append(("table", rows, 160))
    elif layout == "headings":
        B.append(("p", f"Aftalen er indgået mellem {f} {P['bl']}" + (f" (cpr-nr. {cprno})" if cprno else "")
                  + f", Jobcenter {P['k']} og mentor {P['mf']} {P['ml']}."))
        n = 1
        def sec(h, body):
            nonlocal n
            if body is None:
                return
            B.append(("h", f"{n}. {h}"))
            n += 1
            if isinstance(body, list):
                B.extend(("li", t) for t in body)
            else:
                B.append(("p", body))
        sec(rng.choice(["Borgerens mål", "Mål og delmål", "Formålet med mentorstøtten"]), F["goal"])
        sec(rng.choice(["Mentors kontaktdata", "Din mentor", "Mentor"]), mentor_val)
        sec(rng.choice(["Mentorens opgaver", f"{P['mf']} skal hjælpe dig med:", "Hvad skal mentor hjælpe med?"]), F["tasks"])
        sec(rng.choice(["Varighed", "Periode"]), F["period"] and f"Mentorstøtten gælder {F['period']}." if F["period"] not in (None, "Udfyldes senere", "indtil videre") else F["period"])
        sec(rng.choice(["Timetal", "Omfang"]), F["hours"] and (f"Mentoren har {F['hours']}." if F["hours"][0].isdigit() or F["hours"][0] in "t1" else F["hours"]))
        sec(rng.choice(["Opfølgning", "Sådan følger vi op"]), F["follow"])
    elif layout == "letter":
        B.append(("p", f"{f} {P['bl']}" + (f"\u2003CPR {cprno}" if cprno else "")))
        B.append(("space", 6))
        B.append(("p", f"Kære {f}"))
        B.append(("p", f"Som aftalt på mødet i jobcentret får du en mentor. Her står, hvad vi har aftalt."))
        if F["goal"]:
            B.append(("p", f"Vi har aftalt følgende mål for forløbet: {F['goal']}" if F["goal"] not in ("-", "Udfyldes senere") else f"Mål: {F['goal']}"))
        B.append(("p", f"Din mentor er {F['mentor']}" + (f", som du kan kontakte på {F['contact']}." if F["contact"] else ".")))
        if F["tasks"]:
            if F["tasks"] == ["-"]:
                B.append(("p", "Mentorens opgaver: -"))
            else:
                B.append(("p", f"{P['mf']} skal hjælpe dig med:"))
                B.extend(("li", t) for t in F["tasks"])
        if F["period"]:
            B.append(("p", f"Mentorstøtten løber i perioden {F['period']}." if F["period"] not in ("Udfyldes senere", "indtil videre") else f"Periode: {F['period']}."))
        if F["hours"]:
            B.append(("p", f"Du har {F['hours']} sammen med din mentor." if F["hours"][0].isdigit() or F["hours"].startswith("to") else f"Timer: {F['hours']}."))
        if F["follow"]:
            B.append(("p", F["follow"]))
    else:  # form with ticks
        B.append(("table", header_rows(P, cprno, rng), 130))
        B.append(("checks", "Type af mentor:", ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"], rng.randrange(3)))
        B.append(("table", [("Mål", val(F["goal"])),
                            ("Mentor", mentor_val),
                            ("Mentorens opgaver", "\n".join(F["tasks"]) if F["tasks"] else "")], 140))
        if F["period"] and F["period"] not in ("Udfyldes senere", "indtil videre"):
            B.append(("table", [("Fra / til", f"{num(F['start'])}  –  {num(F['end'])}")], 140))
        else:
            B.append(("table", [("Fra / til", val(F["period"]))], 140))
        if F["hours"] in HOURS[:3] or F["hours"] == "2-3 timer pr. uge":
            B.append(("checks", "Timetal pr. uge:", ["0-1 time", "1-2 timer", "2-3 timer", "over 3 timer"], 2 if F["hours"] in ("2-3 timer pr. uge", "3 timer pr. uge") else 1))
        else:
            B.append(("table", [("Timetal", val(F["hours"]))], 140))
        B.append(("table", [("Opfølgning", val(F["follow"]))], 140))
    if appeal_page2:
        B.append(("break",))
        B.append(("small", f"Side 2 af 2 – Mentoraftale, {f} {P['bl']}"))
    if F["appeal"]:
        B.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
        B.append(("p", F["appeal"]))
    B.append(("space", 14))
    B.append(("p", f"Underskrifter:  Borger ______________   Mentor ______________   Dato ________"))
    return B


def decision(rng, P, F, cprno, appeal_page2, partial):
    f = P["bf"]
    d0 = F["start"] - timedelta(days=rng.randint(7, 20))
    B = [("head", f"{P['k']} Kommune", ["Jobcenter " + P["k"], f"Rådhuspladsen {rng.randint(1, 9)}", f"Sagsbehandler: {P['sb']}", f"Direkte tlf. {P['sbtlf']}", f"Dato: {dk(d0)}"]),
         ("p", f"{f} {P['bl']}"), ("p", f"{rng.choice(['Søndergade', 'Vestergade', 'Parkvej'])} {rng.randint(2, 80)}, {P['k']}")]
    if cprno:
        B.append(("p", f"CPR-nr.: {cprno}"))
    B.append(("space", 10))
    B.append(("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"])))
    if partial:
        B.append(("p", f"Du har søgt om mentorstøtte i 9 måneder. Vi har besluttet at bevilge dig mentorstøtte i perioden {F['period']}, efter lov om en aktiv beskæftigelsesindsats § 167."))
    else:
        B.append(("p", f"Jobcenter {P['k']} har bevilget dig mentorstøtte i perioden {F['period']}."))
    B.append(("p", f"Din mentor bliver {F['mentor']}" + (f", {F['contact']}." if F["contact"] else ".") + f" Der er bevilget {F['hours']}."))
    B.append(("h", "Begrundelse"))
    B.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb. {F['goal']} "
                   + ("Mentorstøtte kan efter loven gives i højst 6 måneder ad gangen, og vi vurderer derefter, om der er behov for en ny periode. " if partial else "")
                   + "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    if appeal_page2:
        B.append(("p", "Klagevejledning: se side 2."))
        B.append(("space", 10))
        B.append(("p", f"Med venlig hilsen\n{P['sb']}"))
        B.append(("break",))
        B.append(("small", f"Side 2 af 2"))
    if F["appeal"]:
        B.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage"])))
        B.append(("p", F["appeal"]))
    if not appeal_page2:
        B.append(("space", 10))
        B.append(("p", f"Med venlig hilsen"))
        B.append(("p", P["sb"]))
    return B


def minplan(rng, P, F, cprno):
    f = P["bf"]
    B = [("p", f"jobnet.dk › Min side › Min Plan{' ' * 30}Udskrevet {num(F['start'] + timedelta(days=rng.randint(3, 30)))} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}"),
         ("rule",), ("title", "Min Plan"), ("p", f"{f} {P['bl']}" + (f"   CPR-nr. {cprno}" if cprno else "")),
         ("h", "Mine aktiviteter"), ("h", rng.choice(["Mentorstøtte", "Aktivitet: Mentor (§ 167)"]))]
    rows = [("Formål", F["goal"] or ""),
            ("Mentor", F["mentor"] + (f"\n{F['contact']}" if F["contact"] else "")),
            ("Mentors opgaver", "\n".join(F["tasks"]) if F["tasks"] else ""),
            ("Periode", F["period"] or ""),
            ("Timer", F["hours"] or "")]
    rows = [r for r in rows if r[1] != "" or rng.random() < 0.5]
    B.append(("table", rows, 130))
    B.append(("small", f"Kontakt Jobcenter {P['k']}: {P['sbtlf']}"))
    B.append(("small", "https://job.jobnet.dk/CV/MinPlan        Side 1 af 1"))
    return B


def not_a_kind(rng, P, sub, cprno):
    f = P["bf"]
    if sub == "referat":
        return [("title", "Referat – teammøde i mentorteamet"),
                ("p", f"Dato: {dk(date(2026, rng.randint(1, 10), rng.randint(1, 28)))}. Til stede: {P['mf']} {P['ml']}, {P['sb']}, Jens Dahl. Afbud: Marie Holst."),
                ("h", "1. Godkendelse af dagsorden"), ("p", "Godkendt."),
                ("h", "2. Kapacitet"), ("p", f"Teamet har i alt 14 borgere i forløb. Vi drøftede fordeling af timer: de fleste forløb ligger på 2-3 timer pr. uge, og nye aftaler skal fortsat have en periode på højst 6 måneder."),
                ("h", "3. Kvalitetsstandard"), ("p", "Alle aftaler skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal og klagevejledning. Jens laver en tjekliste."),
                ("h", "4. Eventuelt"), ("p", "Næste møde om fire uger. Referent: " + P["sb"])]
    if sub == "statusrapport":
        B = [("title", "Statusrapport – mentorforløb"),
             ("table", [("Borger", f"{f} {P['bl']}")] + ([("CPR-nr.", cprno)] if cprno else []) +
              [("Mentor", f"{P['mf']} {P['ml']}, {P['firma']}, tlf. {P['tlf']}"), ("Rapportperiode", "marts – maj 2026")], 130),
             ("h", "Forløbet indtil nu"),
             ("p", f"{f} har mødt op til 10 ud af 12 aftalte møder. Vi har brugt 2 timer om ugen, primært på transport til praktikstedet og samtaler om fremmøde. Målet om praktik 20 timer om ugen er delvist nået."),
             ("h", "Vurdering"), ("p", f"Jeg vurderer, at {f} er godt på vej, og anbefaler at forløbet fortsætter. Næste statusrapport sendes i august."),
             ("p", f"Venlig hilsen {P['mf']} {P['ml']}")]
        return B
    if sub == "pjece":
        return [("title", "Hvad er en mentor?"), ("p", f"Information til borgere – {P['k']} Kommune"),
                ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse. Mentoren kan fx følge dig til møder, hjælpe dig med at få struktur på hverdagen eller støtte dig på en ny arbejdsplads."),
                ("h", "Hvad står der i en mentoraftale?"),
                ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"),
                ("li", "hvilke opgaver mentoren skal hjælpe med"), ("li", "hvor længe I forventer at arbejde sammen, og hvordan der følges op"),
                ("li", "hvor mange timer om ugen"), ("li", "klagevejledning"),
                ("h", "Hvor længe?"), ("p", "Du kan få mentorstøtte i op til seks måneder ad gangen, med mulighed for forlængelse."),
                ("h", "Kan jeg klage?"), ("p", "Ja. Du skal klage til kommunen inden fire uger. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
                ("p", f"Spørgsmål? Ring til Jobcenter {P['k']} på {P['sbtlf']}.")]
    # faktura
    timer = rng.randint(8, 26)
    sats = rng.choice([425, 450, 495])
    return [("head", P["firma"], [f"CVR {rng.randint(10000000, 99999999)}", f"Tlf. {P['tlf']}", P["mail"]]),
            ("p", f"Jobcenter {P['k']}\nAtt.: {P['sb']}"), ("title", f"Faktura nr. 2026-{rng.randint(100, 999)}"),
            ("p", f"Fakturadato: {dk(date(2026, rng.randint(2, 11), 1))}    Betalingsfrist: 30 dage netto"),
            ("table", [("Ydelse", "Mentorstøtte efter LAB § 167, borger-ref. " + f"{f[0]}{P['bl'][0]}-{rng.randint(100, 999)}"),
                       ("Periode", "1.–31. " + rng.choice(MONTHS[2:9]) + " 2026"),
                       ("Timer", f"{timer} timer à {sats} kr."),
                       ("Beløb ekskl. moms", f"{timer * sats:,} kr.".replace(",", ".")),
                       ("Moms 25 %", f"{int(timer * sats * 0.25):,} kr.".replace(",", ".")),
                       ("I alt", f"{int(timer * sats * 1.25):,} kr.".replace(",", "."))], 150),
            ("p", f"Beløbet indbetales på reg.nr. {rng.randint(1000, 9999)} konto {rng.randint(1000000, 9999999)}. Husk fakturanummer.")]


# ------------------------------------------------------------------ the corpus plan
AGR_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]


def plan(rng):
    docs = []
    # 60 agreements, 20 with one defect (about a third)
    defects = AGR_DEFECTS * 2 + ["missing-hours", "missing-appeal-guidance"]
    slots = [None] * 40 + defects
    rng.shuffle(slots)
    layouts = ["table", "headings", "letter", "form"]
    for i, d in enumerate(slots):
        docs.append(dict(kind="agreement", defect=d, layout=layouts[i % 4]))
    dec = [None] * 10 + ["missing-appeal-guidance"] * 3 + ["duration-over-6-months"] * 2
    rng.shuffle(dec)
    for d in dec:
        docs.append(dict(kind="decision", defect=d, layout="letter"))
    mp = [None] * 7 + ["missing-hours", "missing-mentor", "duration-over-6-months"]
    rng.shuffle(mp)
    for d in mp:
        docs.append(dict(kind="minplan", defect=d, layout="table"))
    for sub in ["referat"] * 4 + ["statusrapport"] * 4 + ["pjece"] * 4 + ["faktura"] * 3:
        docs.append(dict(kind="unknown", defect=None, layout="mixed", subtype=sub))
    return docs


def build(i, spec, seed):
    rng = random.Random(seed * 1000 + i)
    P = people(rng)
    cprno = cpr(rng) if rng.random() < 0.3 and spec.get("subtype") not in ("pjece", "referat", "faktura") else None
    traits = set()
    kind, defect = spec["kind"], spec["defect"]
    rules = [defect] if defect else []
    over = defect == "duration-over-6-months"
    F = fields(rng, P, defect if kind != "decision" or defect != "duration-over-6-months" else None, over)
    page2 = False
    entry_period = None
    if kind == "agreement":
        page2 = rng.random() < 0.2
        B = agreement(rng, P, F, spec["layout"], cprno, page2)
        sub = "agreement"
    elif kind == "decision":
        # a decision is checked for appeal guidance and the period; its other values stay complete
        page2 = rng.random() < 0.45
        partial = defect is None and rng.random() < 0.3
        if partial:
            traits.add("partial-grant-asked-9-months")
        B = decision(rng, P, F, cprno, page2, partial)
        sub = "bevilling"
    elif kind == "minplan":
        if defect == "missing-appeal-guidance":
            raise AssertionError
        B = minplan(rng, P, F, cprno)
        sub = "minplan-print"
    else:
        B = not_a_kind(rng, P, spec["subtype"], cprno)
        sub = spec["subtype"]
        traits.add("not-a-mentor-document-kind")
    if kind in ("agreement", "decision", "minplan") and F["period"] and F["period"] not in ("Udfyldes senere", "indtil videre"):
        entry_period = {"start": F["start"].isoformat(), "end": F["end"].isoformat()}
    if page2:
        traits.add("appeal-on-page-2")
    fam = rng.choice(FAMILIES)
    fax = rng.random() < 0.15
    dpi = 150 if fax else rng.choice([200, 200, 300])
    size = rng.choice([10, 10.5, 11]) if not fax else 11
    pdf = draw(B, fam, size)
    pages = render(pdf, dpi)
    phone = len(pages) > 1 and rng.random() < 0.5
    imgs = degrade(pages, rng, dpi, traits, signature=kind != "unknown" or sub == "statusrapport",
                   phone_last=phone, fax=fax)
    traits.add(f"dpi:{dpi}")
    traits.add("fax" if fax else "scan")
    traits.add(f"layout:{spec['layout']}")
    if len(pages) > 1:
        traits.add("multi-page")
    if defect:
        traits.add("defect:" + defect)
    if cprno:
        traits.add("cpr")
    folder = rng.choice(["scan-indbakke", "arkiv-2026", "sag-" + str(rng.randint(1000, 1999))])
    name = f"{folder}/{i:03d}-{sub}-{P['bf'].lower()}.pdf"
    e = {"path": name, "kind": kind, "format": "pdf", "layout": "scan-" + spec["layout"], "subtype": sub,
         "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
         "must_not_contain": [cprno, cprno.replace("-", "")] if cprno else [], "traits": sorted(traits)}
    if entry_period:
        e["period"] = entry_period
    return e, imgs, dpi


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(SEED)
    specs = plan(rng)
    if a.limit:
        specs = specs[: a.limit]
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    entries = []

    def one(args):
        i, spec = args
        e, imgs, dpi = build(i, spec, SEED)
        ocr(imgs, dpi, a.out / e["path"])
        return e

    with ThreadPoolExecutor(a.jobs) as ex:
        for e in ex.map(one, list(enumerate(specs))):
            entries.append(e)
            print(e["path"], e["kind"], e["rules"], flush=True)
    write_manifest(a.out, entries)


if __name__ == "__main__":
    main()
