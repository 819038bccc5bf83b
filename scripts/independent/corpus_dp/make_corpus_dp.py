"""Corpus dp: paper forms that were filled in, printed, and scanned back by a mailroom.

Every document is a ruled form page (or two) drawn with Pillow, given scan artefacts (skew, grey
paper, noise, lower resolution, a received-stamp, a handwritten date), and turned into a searchable
PDF by Tesseract (`tesseract LIST OUT -l dan pdf`), so the only text is Tesseract's OCR layer.

Labels follow what the paper says, decided from domain.md and `mentordocs rules NAME`.

    /work/main/.venv/bin/python make_corpus_dp.py --out /work/corpora/dp
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SEED = 101002
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
HAND = ["/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
        "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"]


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(name if name.startswith("/") else FD + name, size)


# ---------------------------------------------------------------- content
KOMMUNER = ["Holbæk Kommune", "Viborg Kommune", "Faxe Kommune", "Hedensted Kommune",
            "Svendborg Kommune", "Ballerup Kommune", "Frederikshavn Kommune", "Næstved Kommune",
            "Ikast-Brande Kommune", "Vordingborg Kommune", "Silkeborg Kommune", "Sønderborg Kommune"]
AFDELING = ["Jobcenter", "Center for Arbejdsmarked", "Beskæftigelse og Ydelse", "Job og Uddannelse",
            "Arbejdsmarkedsafdelingen"]
FIRST = ["Mette", "Lars", "Sofie", "Ahmad", "Camilla", "Jesper", "Fatima", "Rasmus", "Line", "Mikkel",
         "Hanne", "Kasper", "Nadia", "Thomas", "Ida", "Bo", "Signe", "Ali", "Pernille", "Jonas",
         "Birgitte", "Emil", "Louise", "Henrik", "Amalie", "Søren", "Yasmin", "Niels"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Kristensen", "Mortensen", "Østergaard", "Madsen", "Holm", "Bach", "Lund",
        "Kjær", "Dahl", "Nørgaard", "Friis", "Hussein", "Yilmaz", "Thomsen", "Vestergaard"]
PROVIDERS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorgruppen Midt", "mentorgruppen.dk"),
             ("Bro til Job", "brotiljob.dk"), ("Fokus Mentor I/S", "fokusmentor.dk"),
             ("Kommunens mentorkorps", None), ("Trinvis Mentorservice", "trinvis.dk")]
STREETS = ["Skolegade", "Møllevej", "Kirkestræde", "Engvej", "Stationsvej", "Bøgealle", "Torvet"]

GOALS_CLEAR = [
    "{f} starter på FVU-dansk på VUC {by} i august og møder mindst 4 dage om ugen.",
    "At {f} kommer i virksomhedspraktik som lagermedarbejder hos {firma} fra uge 14 og derefter i løntilskud.",
    "Ordinært job som rengøringsassistent, 25 timer om ugen, inden periodens udløb.",
    "{f} gennemfører grundforløb 1 på EUD (tømrer) på {skole} uden fravær over 10 %.",
    "Fastholdelse af fleksjob som pedelmedhjælper hos {firma}; {f} møder stabilt 3 dage om ugen.",
    "Opstart på FGU (produktionsgrunduddannelse) senest 1. marts og fremmøde 4 af 5 dage.",
    "At {f} gennemfører AMU-kursus i truckkørsel og søger mindst 2 lagerjob om ugen.",
    "Borgeren skal begynde på HF-enkeltfag (dansk og matematik) på {skole} til januar.",
    "Job i detailhandlen på 20-25 timer om ugen. Delmål: møde til praktik hos {firma} 4 dage om ugen.",
    "Gennemføre første semester på SOSU-hjælperuddannelsen på {skole} og bestå eksamen i juni.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur på hverdagen.",
    "{f} skal arbejde med sig selv og få det bedre.",
    "Øget selvværd og bedre trivsel i hverdagen.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Motivere borgeren og skabe ro omkring familien.",
]
FIRMS = ["Coop 365 {by}", "Dagrofa Logistik", "Plantorama {by}", "Bygma {by}", "Netto {by}",
         "Danish Crown", "Skovgaard Maskinstation", "Rema 1000"]
SCHOOLS = ["Selandia", "Mercantec", "Tech College", "EUC Syd", "SOSU Syd", "VUC Storstrøm",
           "Campus Vejle"]
BYER = ["Holbæk", "Viborg", "Faxe", "Juelsminde", "Svendborg", "Ballerup", "Sæby", "Næstved",
        "Brande", "Stege", "Silkeborg", "Nordborg"]
TASKS = [
    "Følge {f} til de første møder i praktikken",
    "Hjælpe med at lægge en ugeplan og holde den",
    "Ringe om morgenen de dage, hvor der er fremmøde",
    "Tage kontakt til skolens studievejleder sammen med {f}",
    "Støtte ved kontakt med praktiklærer og kolleger",
    "Hjælpe med post fra e-Boks og aftaler med kommunen",
    "Træne bus- og togtransport til uddannelsesstedet",
    "Forberede jobsamtaler og gennemgå CV",
    "Sparre om fravær og hvad der skal til for at møde op",
]
FOLLOWUP = [
    "Statusmøde med mentor, borger og sagsbehandler hver 4. uge. Evaluering 14 dage før ophør.",
    "Mentor sender skriftlig status hver måned. Progression måles på fremmøde (mål: 4 dage/uge).",
    "Opfølgning ved sagsbehandler efter 3 måneder og 14 dage inden periodens udløb.",
    "Midtvejsevaluering i uge 20; delmål: fast mødetid kl. 8 fire dage om ugen.",
    "Vi følger op hver måned på et fælles møde. Delmål vurderes ved hvert møde.",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "4 timer ugentligt", "8 timer pr. måned",
            "2-3 timer pr. uge", "5 timer pr. uge", "halvanden time pr. uge", "6 timer om ugen"]
HOURS_VAGUE = ["Efter behov", "Løbende efter aftale", "Et par timer om ugen"]
APPEAL_FULL = [
    ("Hvis du ikke er enig i afgørelsen, kan du klage til {kom}. Klagen skal være modtaget inden "
     "4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Kommunen "
     "vurderer afgørelsen igen. Fastholder vi afgørelsen, sender vi klagen videre til "
     "Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kap. 10."),
    ("Du kan klage over afgørelsen inden fire uger fra du har modtaget den. Klagen sendes til "
     "{afd}, {kom}. Vi genvurderer sagen, og hvis vi ikke giver dig medhold, sendes klagen til "
     "Ankestyrelsen, Beskæftigelsesudvalget."),
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Kontakt din sagsbehandler, hvis du har spørgsmål til aftalen eller vil klage."]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def person(rng):
    return f"{pick(rng, FIRST)} {pick(rng, LAST)}"


def phone(rng):
    return " ".join(f"{rng.randint(10, 99)}" for _ in range(4))


def cpr(rng):
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
    return f"{d:%d%m%y}-{rng.randint(1000, 9999)}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def over_six(start: dt.date, end: dt.date) -> bool:
    return end > add_months(start, 6) - dt.timedelta(days=1)


def fmt_date(rng, d: dt.date) -> str:
    months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
              "oktober", "november", "december"]
    return pick(rng, [f"{d:%d.%m.%Y}", f"{d.day}/{d.month} {d.year}", f"{d.day}. {months[d.month-1]} {d.year}",
                      f"{d:%d-%m-%Y}"])


# ---------------------------------------------------------------- drawing
class Page:
    def __init__(self, rng):
        self.rng = rng
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.y = 120
        self.x0, self.x1 = 140, W - 140
        serif = rng.random() < 0.4
        self.f_body = font("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf", 27)
        self.f_bold = font("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf", 27)
        self.f_hint = font("DejaVuSans-Oblique.ttf", 21)
        self.f_title = font("DejaVuSans-Bold.ttf", 44)
        self.f_small = font("DejaVuSans.ttf", 20)
        self.f_fill = font(pick(rng, ["DejaVuSansMono.ttf", "DejaVuSans.ttf", "DejaVuSerif.ttf"]), 27)

    def wrap(self, text, f, width):
        lines = []
        for para in text.split("\n"):
            cur = ""
            for w in para.split():
                t = (cur + " " + w).strip()
                if f.getlength(t) <= width:
                    cur = t
                else:
                    if cur:
                        lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    def text(self, x, y, s, f, fill=0):
        self.d.text((x, y), s, font=f, fill=fill)

    def header(self, kommune, afd, title, formno=None, right=None):
        self.text(self.x0, self.y, kommune, font("DejaVuSans-Bold.ttf", 32))
        self.text(self.x0, self.y + 42, afd, self.f_small, 60)
        if right:
            for i, r in enumerate(right):
                self.text(self.x1 - self.f_small.getlength(r), self.y + i * 28, r, self.f_small, 40)
        self.y += 130
        self.text(self.x0, self.y, title, self.f_title)
        self.y += 72
        if formno:
            self.text(self.x0, self.y, formno, self.f_small, 90)
            self.y += 36
        self.y += 10

    def para(self, s, f=None, gap=14, x=None):
        f = f or self.f_body
        x = self.x0 if x is None else x
        for ln in self.wrap(s, f, self.x1 - x):
            self.text(x, self.y, ln, f)
            self.y += int(f.size * 1.35)
        self.y += gap

    def heading(self, s):
        self.y += 10
        self.text(self.x0, self.y, s, font("DejaVuSans-Bold.ttf", 31))
        self.y += 48

    def table(self, rows, label_w=430, shade=True):
        """rows: (label, hint, value, min_lines). value may be '' (blank cell) or a list of bullets."""
        top = self.y
        self.d.line([(self.x0, top), (self.x1, top)], fill=0, width=3)
        for label, hint, value, min_lines in rows:
            lab_lines = self.wrap(label, self.f_bold, label_w - 30)
            hint_lines = self.wrap(hint, self.f_hint, label_w - 30) if hint else []
            if isinstance(value, list):
                val_lines = []
                for b in value:
                    wl = self.wrap(b, self.f_fill, self.x1 - self.x0 - label_w - 70)
                    val_lines += ["•  " + wl[0]] + ["    " + x for x in wl[1:]]
            else:
                val_lines = self.wrap(value, self.f_fill, self.x1 - self.x0 - label_w - 40) if value else []
            lh = 37
            h_lab = 18 + len(lab_lines) * lh + len(hint_lines) * 28 + 14
            h_val = 18 + max(len(val_lines), min_lines) * lh + 14
            h = max(h_lab, h_val)
            if shade:
                self.d.rectangle([self.x0, self.y, self.x0 + label_w, self.y + h], fill=232)
            yy = self.y + 16
            for ln in lab_lines:
                self.text(self.x0 + 14, yy, ln, self.f_bold)
                yy += lh
            for ln in hint_lines:
                self.text(self.x0 + 14, yy, ln, self.f_hint, 70)
                yy += 28
            yy = self.y + 16
            for ln in val_lines:
                self.text(self.x0 + label_w + 18, yy, ln, self.f_fill)
                yy += lh
            self.y += h
            self.d.line([(self.x0, self.y), (self.x1, self.y)], fill=0, width=2)
        for x in (self.x0, self.x0 + label_w, self.x1):
            self.d.line([(x, top), (x, self.y)], fill=0, width=2)
        self.y += 26

    def boxes(self, rows):
        """Full-width boxes: a shaded label band with a hint, then ruled writing lines."""
        for label, hint, value, min_lines in rows:
            band = 46
            self.d.rectangle([self.x0, self.y, self.x1, self.y + band], fill=222, outline=0, width=2)
            self.text(self.x0 + 12, self.y + 9, label, self.f_bold)
            if hint:
                self.text(self.x0 + 24 + self.f_bold.getlength(label), self.y + 13, f"({hint})", self.f_hint, 60)
            self.y += band
            if isinstance(value, list):
                lines = ["– " + v for v in value]
            else:
                lines = self.wrap(value, self.f_fill, self.x1 - self.x0 - 40) if value else []
            n = max(len(lines), min_lines)
            top = self.y
            for i in range(n):
                base = self.y + 44
                if i < len(lines):
                    self.text(self.x0 + 16, self.y + 8, lines[i], self.f_fill)
                self.d.line([(self.x0 + 12, base), (self.x1 - 12, base)], fill=170, width=1)
                self.y += 46
            self.y += 8
            self.d.rectangle([self.x0, top, self.x1, self.y], outline=0, width=2)
            self.y += 18

    def grid(self, heads, cells, widths):
        """A ruled grid with a header row (e.g. Fra | Til | Timer pr. uge)."""
        x = self.x0
        xs = [x]
        for w in widths:
            x += w
            xs.append(x)
        rh = 60
        self.d.rectangle([xs[0], self.y, xs[-1], self.y + rh], fill=225)
        for i, hd in enumerate(heads):
            self.text(xs[i] + 10, self.y + 16, hd, self.f_bold)
        for row in cells:
            self.d.line([(xs[0], self.y + rh), (xs[-1], self.y + rh)], fill=0, width=2)
            for i, c in enumerate(row):
                self.text(xs[i] + 10, self.y + rh + 16, c, self.f_fill)
            self.y += rh
        top = self.y - rh * len(cells)
        self.d.rectangle([xs[0], top, xs[-1], self.y + rh], outline=0, width=2)
        for x in xs[1:-1]:
            self.d.line([(x, top), (x, self.y + rh)], fill=0, width=2)
        self.y += rh + 26

    def signatures(self, date_text, who=("Borger", "Mentor")):
        self.y += 20
        half = (self.x1 - self.x0) // 2
        hf = font(pick(self.rng, HAND), 40)
        for i, w in enumerate(who):
            x = self.x0 + i * half
            self.d.rectangle([x, self.y, x + half - 20, self.y + 150], outline=0, width=2)
            self.text(x + 10, self.y + 8, f"Dato og underskrift, {w.lower()}", self.f_hint, 60)
            self.text(x + 24, self.y + 60, date_text, hf, 30)
            # a squiggle for a signature
            pts = [(x + 230 + k * 18, self.y + 95 + self.rng.randint(-18, 18)) for k in range(12)]
            self.d.line(pts, fill=40, width=3)
        self.y += 180

    def footer(self, s):
        self.text(self.x0, H - 110, s, self.f_small, 80)


def stamp(img: Image.Image, rng, text_date: str):
    """A rubber 'MODTAGET' stamp in grey, rotated, over the top right."""
    st = Image.new("L", (470, 170), 0)
    d = ImageDraw.Draw(st)
    d.rectangle([4, 4, 465, 165], outline=255, width=6)
    d.text((30, 18), "MODTAGET", font=font("DejaVuSans-Bold.ttf", 52), fill=255)
    d.text((40, 92), text_date, font=font("DejaVuSansMono-Bold.ttf", 44), fill=255)
    st = st.rotate(rng.uniform(-12, 12), expand=True)
    x, y = rng.randint(W - 620, W - 520), rng.randint(60, 240)
    shade = Image.new("L", st.size, rng.randint(90, 140))
    mask = st.point(lambda v: int(v * 0.85))
    img.paste(shade, (x, y), mask)


def scan(img: Image.Image, rng) -> tuple[Image.Image, int]:
    """Skew, grey paper, noise, slight blur, lower resolution."""
    bg = rng.randint(208, 236)
    img = img.point(lambda v: int(v * (bg / 255)))
    img = img.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, fillcolor=bg)
    noise = Image.effect_noise(img.size, rng.uniform(10, 22))
    img = Image.blend(img, noise, 0.10)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    dpi = pick(rng, [150, 160, 200, 200])
    if dpi != DPI:
        img = img.resize((W * dpi // DPI, H * dpi // DPI), Image.BILINEAR)
    return img, dpi


# ---------------------------------------------------------------- document builders
def base_ctx(rng):
    kom = pick(rng, KOMMUNER)
    by = BYER[KOMMUNER.index(kom)]
    f = pick(rng, FIRST)
    ctx = dict(kom=kom, afd=pick(rng, AFDELING), by=by, f=f, borger=f"{f} {pick(rng, LAST)}",
               firma=pick(rng, FIRMS).format(by=by), skole=pick(rng, SCHOOLS))
    prov, dom = pick(rng, PROVIDERS)
    mname = person(rng)
    while mname.split()[0] == f:
        mname = person(rng)
    ctx["mentor"] = mname
    ctx["provider"] = prov if dom else kom
    ctx["mphone"] = phone(rng)
    first, last = mname.lower().split()
    tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})
    ctx["mmail"] = f"{first[:3]}{last[:2]}@{dom or kom.split()[0].lower() + '.dk'}".translate(tr)
    ctx["sags"] = person(rng)
    ctx["sphone"] = phone(rng)
    start = dt.date(2026, rng.randint(1, 10), pick(rng, [1, 1, 1, 15, 3]))
    ctx["start"] = start
    ctx["journal"] = f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1, 99)}-26"
    return ctx


def choose_period(rng, ctx, over: bool):
    s = ctx["start"]
    if over:
        e = add_months(s, pick(rng, [7, 8, 9, 12])) - dt.timedelta(days=1)
    else:
        e = add_months(s, pick(rng, [3, 4, 6, 6])) - dt.timedelta(days=1)
    assert over_six(s, e) == over
    ctx["end"] = e
    return s, e


def fill_goal(rng, ctx, unclear):
    return pick(rng, GOALS_UNCLEAR if unclear else GOALS_CLEAR).format(**ctx)


def fill_tasks(rng, ctx):
    return [t.format(**ctx) for t in rng.sample(TASKS, rng.randint(2, 4))]


def agreement(rng, ctx, defects):
    """Returns list of Page. defects: set of rule names to build in."""
    s, e = choose_period(rng, ctx, "duration-over-6-months" in defects)
    goal = "" if "missing-goal" in defects else fill_goal(rng, ctx, "unclear-goal" in defects)
    mentor_val = f"{ctx['mentor']}, {ctx['provider']}, tlf. {ctx['mphone']}, {ctx['mmail']}"
    if "missing-mentor" in defects:
        mentor_val = pick(rng, ["", ctx["mentor"] + ", " + ctx["provider"]])
    tasks = [] if "missing-tasks" in defects else fill_tasks(rng, ctx)
    period = f"{fmt_date(rng, s)} – {fmt_date(rng, e)}"
    if "missing-duration" in defects:
        period = ""
    hours = pick(rng, HOURS_OK)
    if "missing-hours" in defects:
        hours = pick(rng, ["", pick(rng, HOURS_VAGUE)])
    follow = "" if "missing-follow-up" in defects else pick(rng, FOLLOWUP)
    appeal = pick(rng, APPEAL_FULL).format(**ctx)
    if "missing-appeal-guidance" in defects:
        appeal = pick(rng, [None, pick(rng, APPEAL_INCOMPLETE)])
    sign_date = f"{rng.randint(1, 28)}/{s.month}-{s.year % 100}"
    variant = rng.randrange(3)
    two_page = rng.random() < 0.6 or variant == 0
    pages = []
    p = Page(rng)
    title = pick(rng, ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb"])
    formno = pick(rng, ["Blanket MS-01 (rev. 2025)", "Skema 3.2 – mentorstøtte efter LAB § 167",
                        "Udfyldes af sagsbehandler og mentor"])
    p.header(ctx["kom"], ctx["afd"], title, formno, right=[f"Sagsnr. {ctx['journal']}", "Side 1 af 2" if two_page else "Side 1 af 1"])
    borger = [("Borger", "Navn og adresse", f"{ctx['borger']}, {pick(rng, STREETS)} {rng.randint(1, 80)}, {ctx['by']}", 1)]
    if ctx.get("cpr"):
        borger.append(("CPR-nr.", None, ctx["cpr"], 1))
    if variant == 0:
        p.table(borger + [
            ("Mål med mentorstøtten", "Skriv målet: job eller uddannelse, og hvad der kan ses, når det er nået", goal, 3),
            ("Mentorens navn og kontaktdata", "Navn, arbejdssted, telefon og e-mail", mentor_val, 2),
            ("Mentorens opgaver", "Hvad skal mentor hjælpe med?", tasks, 4),
        ])
        pages.append(p)
        p = Page(rng)
        p.text(p.x0, 80, f"{title} – {ctx['borger']} (fortsat)", p.f_small, 60)
        p.text(p.x1 - 160, 80, "Side 2 af 2", p.f_small, 60)
        p.y = 150
        p.table([
            ("Periode", "Fra og med – til og med (højst 6 måneder)", period, 1),
            ("Timetal", "Antal timer pr. uge", hours, 1),
            ("Opfølgning", "Hvornår og hvordan følges der op? Mål for progression", follow, 3),
        ])
    elif variant == 1:
        p.boxes(borger + [
            ("1. Formål", "job- eller uddannelsesmål", goal, 2),
            ("2. Mentor", "navn og kontaktoplysninger", mentor_val, 1),
            ("3. Mentors opgaver", "konkrete opgaver", tasks, 3),
        ])
        p.heading("4. Varighed og timer")
        if period:
            cells = [[fmt_date(rng, s), fmt_date(rng, e), hours]]
        else:
            cells = [["", "", hours]]
        p.grid(["Fra", "Til", "Timer pr. uge"], cells, [430, 430, W - 280 - 860])
        if two_page:
            pages.append(p)
            p = Page(rng)
            p.text(p.x0, 80, f"{ctx['kom']} · {title}", p.f_small, 60)
            p.text(p.x1 - 160, 80, "Side 2 af 2", p.f_small, 60)
            p.y = 150
        p.boxes([("5. Opfølgning", "inkl. mål for progression", follow, 2)])
    else:
        rows = borger + [
            ("Bevilget periode", None, period, 1),
            ("Målet med mentorstøtten", "Hvad skal borgeren opnå? (job/uddannelse)", goal, 3),
            ("Mentor", "Navn / tlf. / mail", mentor_val, 2),
            ("Opgaver", "Mentor skal bistå med", tasks, 3),
            ("Timer pr. uge", None, hours, 1),
            ("Opfølgning", "Statusmøder, evaluering, delmål", follow, 2),
        ]
        p.table(rows, label_w=rng.choice([380, 460]))
        if two_page:
            pages.append(p)
            p = Page(rng)
            p.text(p.x1 - 160, 80, "Side 2 af 2", p.f_small, 60)
            p.y = 150
    if appeal:
        p.heading(pick(rng, ["Klagevejledning", "Sådan klager du"]))
        p.para(appeal, p.f_body)
    p.para("Aftalen er lavet efter lov om en aktiv beskæftigelsesindsats kapitel 26. Oplysningerne "
           "behandles efter databeskyttelsesreglerne.", p.f_small)
    p.signatures(sign_date, who=("Borger", "Mentor") if rng.random() < 0.6 else ("Borger", "Sagsbehandler"))
    p.footer(f"{ctx['kom']} · {ctx['afd']} · Sagsbehandler {ctx['sags']}, tlf. {ctx['sphone']}")
    pages.append(p)
    if len(pages) == 1:
        pass
    return pages


def decision(rng, ctx, defects, extras):
    s, e = choose_period(rng, ctx, "duration-over-6-months" in defects)
    hours = pick(rng, HOURS_OK)
    p = Page(rng)
    date = ctx["start"] - dt.timedelta(days=rng.randint(5, 20))
    p.header(ctx["kom"], ctx["afd"], "", None,
             right=[f"Dato: {date:%d.%m.%Y}", f"Sagsnr.: {ctx['journal']}", f"Sagsbehandler: {ctx['sags']}",
                    f"Direkte tlf.: {ctx['sphone']}"])
    p.y -= 100
    for ln in [ctx["borger"], f"{pick(rng, STREETS)} {rng.randint(1, 80)}", f"{rng.randint(4000, 8999)} {ctx['by']}"]:
        p.text(p.x0, p.y, ln, p.f_body)
        p.y += 36
    if ctx.get("cpr"):
        p.text(p.x0, p.y, f"CPR-nr. {ctx['cpr']}", p.f_body)
        p.y += 36
    p.y += 50
    partial = "missing-reasons" in extras or rng.random() < 0.4
    p.text(p.x0, p.y, pick(rng, ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                 "Du får mentorstøtte"]), font("DejaVuSans-Bold.ttf", 38))
    p.y += 70
    if partial:
        p.para(f"Du har søgt om mentorstøtte i {pick(rng, [6, 9, 12])} timer om ugen. {ctx['kom']} har "
               f"besluttet at give dig mentorstøtte i {hours}. Du får derfor delvist medhold.")
    else:
        p.para(f"Vi har den {fmt_date(rng, date)} besluttet at bevilge dig mentorstøtte, som du har søgt om.")
    p.table([
        ("Indsats", None, "Mentorstøtte efter LAB § 167", 1),
        ("Periode", None, f"{fmt_date(rng, s)} til {fmt_date(rng, e)}", 1),
        ("Timetal", "pr. uge", hours, 1),
        ("Mentor", None, f"{ctx['mentor']}, {ctx['provider']}", 1),
    ], label_w=330)
    if "missing-reasons" not in extras:
        p.heading("Begrundelse")
        p.para(f"Vi har lagt vægt på, at du har brug for støtte for at kunne {pick(rng, ['møde stabilt i din praktik', 'starte og fastholde din uddannelse', 'komme i gang med dit nye job'])}. "
               "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats"
               + (", og vi vurderer, at det ansøgte timetal er højere end dit behov." if partial else "."))
    two_page = rng.random() < 0.5
    pages = []
    if two_page:
        p.footer(f"Side 1 af 2 · {ctx['kom']}")
        pages.append(p)
        p = Page(rng)
        p.text(p.x1 - 160, 80, "Side 2 af 2", p.f_small, 60)
        p.y = 150
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.5:
            p.heading("Klagevejledning")
            p.para(pick(rng, APPEAL_INCOMPLETE))
    else:
        p.heading(pick(rng, ["Klagevejledning", "Hvis du vil klage"]))
        p.para(pick(rng, APPEAL_FULL).format(**ctx))
    p.para("Med venlig hilsen")
    p.text(p.x0, p.y, ctx["sags"], font(pick(rng, HAND), 44), 30)
    p.y += 60
    p.para(f"{ctx['sags']}, sagsbehandler")
    pages.append(p)
    return pages


def minplan(rng, ctx, defects):
    s, e = choose_period(rng, ctx, "duration-over-6-months" in defects)
    p = Page(rng)
    printed = ctx["start"] - dt.timedelta(days=rng.randint(1, 10))
    p.text(p.x0, 70, f"Udskrevet {printed:%d.%m.%Y} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}", p.f_small, 60)
    p.text(p.x1 - 300, 70, pick(rng, ["Jobnet – Min Plan", "Min Plan – udskrift"]), p.f_small, 60)
    p.y = 130
    p.text(p.x0, p.y, "Min Plan", p.f_title)
    p.y += 70
    p.text(p.x0, p.y, f"{ctx['borger']}" + (f"   CPR: {ctx['cpr']}" if ctx.get("cpr") else ""), p.f_body)
    p.y += 60
    other = rng.random() < 0.5
    if other:
        p.heading("Aktivitet: Virksomhedspraktik")
        p.table([("Sted", None, ctx["firma"], 1),
                 ("Periode", None, f"{fmt_date(rng, s)} - {fmt_date(rng, add_months(s, 3))}", 1),
                 ("Kontaktperson", None, f"{person(rng)}, tlf. {phone(rng)}", 1),
                 ("Timer", None, "20 timer pr. uge", 1)], label_w=330)
    p.heading("Aktivitet: Mentorstøtte")
    goal = "" if "missing-goal" in defects else fill_goal(rng, ctx, "unclear-goal" in defects)
    mentor = "" if "missing-mentor" in defects else ctx["mentor"]
    contact = "" if "missing-mentor" in defects else f"Tlf. {ctx['mphone']} · {ctx['mmail']}"
    if "missing-mentor" in defects and rng.random() < 0.5:
        mentor = ctx["mentor"]  # name without any contact data
    tasks = [] if "missing-tasks" in defects else fill_tasks(rng, ctx)
    per = "" if "missing-duration" in defects else f"{fmt_date(rng, s)} - {fmt_date(rng, e)}"
    hours = pick(rng, HOURS_OK)
    if "missing-hours" in defects:
        hours = pick(rng, ["", pick(rng, HOURS_VAGUE)])
    p.table([("Formål", "Målet med mentorstøtten", goal, 2),
             ("Mentor", None, mentor, 1), ("Kontaktoplysninger", None, contact, 1),
             ("Opgaver", "Det hjælper mentor med", tasks, 3),
             ("Start - slut", None, per, 1), ("Timer pr. uge", None, hours, 1)], label_w=400)
    p.footer(f"Side 1 af 1 · {ctx['kom']} · Jobcenter {ctx['by']}")
    return [p]


UNKNOWN = ["timeseddel", "statusrapport", "referat", "befordring", "samtykke", "bestilling", "fremmoede"]


def unknown(rng, ctx, sub):
    p = Page(rng)
    if sub == "timeseddel":
        p.header(ctx["provider"], "Faktureringsbilag til kommunen", "Timeseddel – mentorforløb",
                 f"Mentor: {ctx['mentor']} · Borger: {ctx['borger']}")
        rows = []
        d = ctx["start"]
        for _ in range(rng.randint(6, 10)):
            d += dt.timedelta(days=rng.randint(2, 7))
            rows.append([f"{d:%d.%m.%Y}", pick(rng, ["1,5", "2", "1", "2,5"]),
                         pick(rng, ["Samtale", "Følgeskab praktik", "Møde skole", "Telefon"])])
        p.grid(["Dato", "Timer", "Aktivitet"], rows, [330, 220, W - 280 - 550])
        p.para("Timer i alt for måneden faktureres efter kontrakt. Betaling 30 dage netto. CVR 3" + str(rng.randint(1000000, 9999999)))
        p.signatures(f"{rng.randint(1, 28)}/{ctx['start'].month}", who=("Mentor", "Borger"))
    elif sub == "statusrapport":
        p.header(ctx["provider"], "Til sagsbehandler " + ctx["sags"], "Statusrapport fra mentor",
                 "Udfyldes af mentor hver måned")
        p.table([("Borger", None, ctx["borger"], 1),
                 ("Mentor", None, f"{ctx['mentor']}, tlf. {ctx['mphone']}", 1),
                 ("Forløbets mål", "som i aftalen", fill_goal(rng, ctx, False), 2),
                 ("Hvad er sket i perioden", None, "Borgeren er mødt 3 af 4 dage. Vi har arbejdet med morgenrutiner og transport.", 3),
                 ("Progression", None, "Fremmøde steget fra 2 til 3 dage om ugen.", 2),
                 ("Anbefaling", None, "Forløbet fortsætter uændret.", 1)])
        p.signatures(f"{rng.randint(1, 28)}.{ctx['start'].month}.26", who=("Mentor", "Modtaget af"))
    elif sub == "referat":
        p.header(ctx["kom"], ctx["afd"], "Referat af netværksmøde", f"Mødedato: {fmt_date(rng, ctx['start'])}")
        p.table([("Deltagere", None, f"{ctx['borger']}, {ctx['mentor']} (mentor), {ctx['sags']} (sagsbehandler)", 2),
                 ("Dagsorden", None, ["Status på praktik", "Transport", "Næste møde"], 3),
                 ("Drøftet", None, "Praktikken går godt. Borger ønsker flere timer. Mentor bakker op.", 3),
                 ("Aftalt", None, "Sagsbehandler undersøger muligheden for løntilskud. Næste møde om 6 uger.", 2)])
    elif sub == "befordring":
        p.header(ctx["kom"], ctx["afd"], "Ansøgning om befordringsgodtgørelse", "Blanket B-12")
        rows = [("Navn", None, ctx["borger"], 1)]
        if ctx.get("cpr"):
            rows.append(("CPR-nr.", None, ctx["cpr"], 1))
        rows += [("Aktivitet", "fx praktik, kursus, møde med mentor", f"Praktik hos {ctx['firma']}", 1),
                 ("Afstand", "km hver vej", f"{rng.randint(13, 45)} km", 1),
                 ("Transportmiddel", None, pick(rng, ["Bil", "Bus og tog", "Knallert"]), 1),
                 ("Kontonummer", "reg.nr. og konto", "NemKonto", 1)]
        p.table(rows)
        p.para("Du kan få befordringsgodtgørelse, når afstanden er over 12 km. Du skal aflevere blanketten inden udgangen af måneden.")
        p.signatures(f"{rng.randint(1, 28)}/{ctx['start'].month}-26", who=("Ansøger", "Modtaget"))
    elif sub == "samtykke":
        p.header(ctx["kom"], ctx["afd"], "Samtykkeerklæring", "Indhentning og videregivelse af oplysninger")
        p.para(f"Jeg, {ctx['borger']}, giver samtykke til, at {ctx['kom']} må udveksle oplysninger med "
               f"min mentor {ctx['mentor']} og med {ctx['firma']} i forbindelse med mit forløb.")
        p.table([("Oplysninger om", "sæt kryds", ["Fremmøde", "Helbred, som har betydning for forløbet", "Uddannelse"], 3),
                 ("Gyldighed", None, "Samtykket gælder i 1 år og kan altid trækkes tilbage.", 1)])
        p.signatures(f"{rng.randint(1, 28)}/{ctx['start'].month} 2026", who=("Borger", "Sagsbehandler"))
    elif sub == "bestilling":
        p.header(ctx["kom"], ctx["afd"], "Bestilling af mentorforløb", "Til leverandør: " + ctx["provider"])
        p.table([("Borger", None, ctx["borger"], 1),
                 ("Ønsket opstart", None, fmt_date(rng, ctx["start"]), 1),
                 ("Baggrund", None, "Borgeren har brug for støtte til at komme i gang med praktik.", 2),
                 ("Pris", "jf. rammeaftale", f"{rng.randint(450, 650)} kr. pr. time", 1),
                 ("Kontakt i kommunen", None, f"{ctx['sags']}, tlf. {ctx['sphone']}", 1)])
        p.para("Leverandøren bekræfter bestillingen skriftligt inden 5 arbejdsdage.")
    else:  # fremmoede
        p.header(ctx["firma"], "Praktiksted", "Fremmøderegistrering – virksomhedspraktik", f"Praktikant: {ctx['borger']}")
        rows = []
        d = ctx["start"]
        for _ in range(8):
            d += dt.timedelta(days=1)
            rows.append([f"{d:%d.%m}", pick(rng, ["Mødt", "Mødt", "Syg", "Mødt"]), pick(rng, ["8-14", "8-12", "-"])])
        p.grid(["Dato", "Fremmøde", "Tid"], rows, [330, 400, W - 280 - 730])
    p.footer(f"{ctx['kom']}")
    return [p]


# ---------------------------------------------------------------- plan
def plan(rng):
    docs = []
    ag_def = [set(), set(), set(), set(), set(), set(), set(), set(), set(), set(), set(), set(),
              {"missing-goal"}, {"missing-goal"}, {"missing-mentor"}, {"missing-mentor"}, {"missing-mentor"},
              {"missing-tasks"}, {"missing-tasks"}, {"missing-duration"}, {"missing-duration"},
              {"missing-follow-up"}, {"missing-follow-up"}, {"missing-follow-up"},
              {"missing-hours"}, {"missing-hours"}, {"missing-hours"},
              {"missing-appeal-guidance"}, {"missing-appeal-guidance"}, {"missing-appeal-guidance"},
              {"duration-over-6-months"}, {"duration-over-6-months"}, {"duration-over-6-months"},
              {"unclear-goal"}, {"unclear-goal"}, {"unclear-goal"},
              {"missing-hours", "missing-follow-up"}, {"unclear-goal", "duration-over-6-months"},
              {"missing-appeal-guidance", "missing-tasks"}, set(), set(), set(), set(), set()]
    for d in ag_def:
        docs.append(("agreement", d, set()))
    dec_def = [set()] * 9 + [{"missing-appeal-guidance"}] * 4 + [{"duration-over-6-months"}] * 3
    for d in dec_def:
        docs.append(("decision", d, set()))
    docs.append(("decision", set(), {"missing-reasons"}))
    docs.append(("decision", set(), {"missing-reasons"}))
    mp_def = [set()] * 7 + [{"missing-hours"}] * 2 + [{"missing-mentor"}] * 2 + [{"duration-over-6-months"}] * 2 + \
        [{"unclear-goal"}, {"missing-tasks"}, {"missing-goal"}, {"missing-duration"}]
    for d in mp_def:
        docs.append(("minplan", d, set()))
    for i in range(21):
        docs.append(("unknown", set(), {UNKNOWN[i % len(UNKNOWN)]}))
    rng.shuffle(docs)
    return docs


def build(out: Path):
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="dp_"))
    jobs, entries = [], []
    for i, (kind, defects, extras) in enumerate(plan(rng)):
        ctx = base_ctx(rng)
        has_cpr = rng.random() < 0.26
        if has_cpr:
            ctx["cpr"] = cpr(rng)
        traits = ["ocr-text-layer", "scan", "tesseract-pdf"]
        if kind == "agreement":
            pages = agreement(rng, ctx, defects)
            sub = "agreement"
        elif kind == "decision":
            pages = decision(rng, ctx, defects, extras)
            sub = "decision"
        elif kind == "minplan":
            pages = minplan(rng, ctx, defects)
            sub = "minplan"
        else:
            sub = next(iter(extras))
            extras = set()
            ctx.pop("cpr", None) if sub not in ("befordring", "referat") else None
            has_cpr = bool(ctx.get("cpr")) and sub == "befordring"
            if not has_cpr:
                ctx.pop("cpr", None)
            pages = unknown(rng, ctx, sub)
            traits.append("not-a-mentor-document-kind")
        stamped = rng.random() < 0.5
        imgs = []
        for k, p in enumerate(pages):
            img = p.img
            if stamped and k == 0:
                stamp(img, rng, f"{ctx['start'] - dt.timedelta(days=rng.randint(0, 6)):%d %b %Y}".upper())
            imgs.append(scan(img, rng))
        if stamped:
            traits.append("stamp")
        if len(pages) > 1:
            traits.append("two-page")
        if has_cpr:
            traits.append("cpr")
        traits += [f"defect:{d}" for d in sorted(defects)]
        folder = pick(rng, ["indscannet/2026", "postrum/uge-" + str(rng.randint(2, 45)), "scan-" + ctx["by"].lower()])
        name = f"{i:03d}-scan-{sub}.pdf"
        rel = f"{folder}/{name}"
        stem = tmp / f"{i:03d}"
        lst = []
        for k, (img, dpi) in enumerate(imgs):
            fn = tmp / f"{i:03d}_{k}.jpg"
            img.save(fn, quality=rng.randint(55, 75), dpi=(dpi, dpi))
            lst.append(str(fn))
        (tmp / f"{i:03d}.txt").write_text("\n".join(lst) + "\n")
        jobs.append((tmp / f"{i:03d}.txt", stem, out / rel, imgs[0][1]))
        rules = sorted(defects)
        if kind == "decision":
            rules = [r for r in rules if r in ("missing-appeal-guidance", "duration-over-6-months")]
        entry = {"path": rel, "format": "pdf", "kind": kind, "subtype": sub, "layout": "scanned-form",
                 "rules": rules, "extras": sorted(extras), "error": None, "accept_errors": [],
                 "must_not_contain": [ctx["cpr"]] if has_cpr else [], "traits": traits}
        if kind in ("agreement", "decision", "minplan") and "missing-duration" not in defects:
            entry["period"] = {"start": ctx["start"].isoformat(), "end": ctx["end"].isoformat()}
        entries.append(entry)

    def run(job):
        lst, stem, dest, dpi = job
        subprocess.run(["tesseract", str(lst), str(stem), "-l", "dan", "--dpi", str(dpi), "pdf"],
                       check=True, capture_output=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(stem) + ".pdf", dest)

    with ThreadPoolExecutor(2) as ex:
        list(ex.map(run, jobs))
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    build(ap.parse_args().out)
