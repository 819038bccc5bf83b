#!/usr/bin/env python3
"""Corpus "en": paper that went through a scanner.

Agreements, decision letters and Min Plan prints are laid out as typed/printed pages (letterheads,
ruled tables, forms with filled boxes), signed by hand and stamped, then "scanned": slight rotation,
noise, margins, scanner-lid shadow.  Output formats:

* searchable PDF made by Tesseract (``tesseract LIST out -l dan pdf``): a real OCR text layer,
* image-only PDF (no text layer; the linter must OCR it),
* PNG, multi-page TIFF,
* faxes (1-bit, 204x196 or 204x98 dpi, a header line with fax number and page count),
* phone photos (JPEG, perspective, shadow, a table top around the page).

Run:  /work/main/.venv/bin/python make_corpus_en.py --out /work/corpora/en [--seed 11]
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts"
FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "monob": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "caladeab": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "hand": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "hand2": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
_font_cache: dict = {}


def font(name, size):
    key = (name, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONTS[name], size)
    return _font_cache[key]


# --------------------------------------------------------------------------------------------
# Danish data
# --------------------------------------------------------------------------------------------
MUNIS = [
    ("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87", "jobcenter@viborg.dk"),
    ("Horsens", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29", "jobcenter@horsens.dk"),
    ("Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00", "jobcenter@slagelse.dk"),
    ("Næstved", "Teatergade 8, 4700 Næstved", "55 88 55 88", "jobcenter@naestved.dk"),
    ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "jobcenter@holb.dk"),
    ("Herning", "Fredensgade 11, 7400 Herning", "96 28 28 28", "jobcenter@herning.dk"),
    ("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15", "jobcenter@randers.dk"),
    ("Esbjerg", "Exnersgade 39, 6700 Esbjerg", "76 16 16 16", "jobcenter@esbjerg.dk"),
    ("Kolding", "Nytorv 11, 6000 Kolding", "79 79 79 79", "jobcenter@kolding.dk"),
    ("Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00", "jobcenter@svendborg.dk"),
    ("Hjørring", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33", "jobcenter@hjoerring.dk"),
    ("Skive", "Torvegade 10, 7800 Skive", "99 15 55 00", "jobcenter@skivekommune.dk"),
    ("Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00", "jobcenter@silkeborg.dk"),
    ("Thisted", "Asylgade 30, 7700 Thisted", "99 17 17 17", "jobcenter@thisted.dk"),
    ("Faaborg-Midtfyn", "Tinghøj Allé 2, 5750 Ringe", "72 53 00 00", "jobcenter@fmk.dk"),
]
FIRST = ["Sara", "Mads", "Ahmed", "Camilla", "Jonas", "Line", "Mikkel", "Fatima", "Rasmus", "Nanna",
         "Emil", "Louise", "Yusuf", "Maja", "Kasper", "Ida", "Oliver", "Signe", "Tobias", "Amalie",
         "Bilal", "Freja", "Nikolaj", "Rikke", "Peter", "Hanne", "Dennis", "Pernille", "Jesper", "Mette"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Lund", "Dahl", "Holm", "Bach"]
PROVIDERS = [("Jobhuset", "jobhuset.dk"), ("Mentorkorpset Vest", "mentorkorpset.dk"),
             ("Lærings- og Mentorcentret", "lmc.dk"), ("Trappen ApS", "trappen-aps.dk"),
             ("Kompasset", "kompasset.dk"), ("Socialt Netværk ApS", "socnet.dk"),
             ("Brobyggerne", "brobyggerne.dk")]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt_date(d: dt.date, style: str) -> str:
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
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


DATE_STYLES = ["words", "words", "abbr", "dots", "dots", "slash", "slash2", "iso", "dash"]


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng):
    return f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


# --- field content ---------------------------------------------------------------------------
def clear_goal(rng, fn):
    return rng.choice([
        f"{fn} starter på grundforløb 1 (GF1) på social- og sundhedsskolen i august og møder mindst fire dage om ugen.",
        f"{fn} er i virksomhedspraktik på lageret hos XL-Byg 15 timer om ugen senest 1. oktober 2026, med henblik på løntilskud.",
        f"Målet er, at {fn} gennemfører FGU-basis og søger optagelse på en erhvervsuddannelse inden sommerferien 2027.",
        f"{fn} fastholder sit fleksjob som køkkenmedhjælper i kantinen på Rådhuset 12 timer om ugen uden fravær ud over sygdom.",
        f"{fn} er i ordinært job som chauffør eller lagermedarbejder, mindst 25 timer om ugen, inden periodens udløb.",
        f"At {fn} møder stabilt på HF-enkeltfag (dansk og matematik) og består eksamen i juni 2027.",
        f"{fn} påbegynder en praktik i en dagligvarebutik 10 timer om ugen og øger til 20 timer inden for tre måneder.",
        f"{fn} har fast fremmøde (90 %) på VUC og er tilmeldt AMU-kursus i truckcertifikat.",
    ])


def unclear_goal(rng, fn):
    return rng.choice([
        "Støtte til at få struktur på hverdagen og øget trivsel.",
        f"At {fn} kommer tættere på arbejdsmarkedet.",
        "Hjælp til at komme videre og styrke selvværdet.",
        f"Sikre at {fn} får det bedre og bliver mere motiveret.",
        "Motivere borgeren og arbejde med trivsel og selvværd.",
        "Øget trivsel og bedre struktur i dagligdagen.",
    ])


def tasks_text(rng, fn):
    pool = [
        f"følge {fn} til praktikstedet de første to uger",
        "ugentlig samtale om fremmøde og transport",
        "hjælpe med at holde styr på aftaler og post fra kommunen",
        "deltage i opstartsmøde med virksomheden",
        "sparring om fravær og kontakt til skolen",
        "hjælpe med at lave en ugeplan og overholde den",
        "støtte ved kontakt til læge og behandler, når det har betydning for praktikken",
        "træne offentlig transport til uddannelsesstedet",
        "tale med kontaktlæreren hver 14. dag",
        "hjælpe med ansøgninger og forberedelse til jobsamtaler",
    ]
    return rng.sample(pool, rng.randrange(2, 5))


def hours_ok(rng):
    return rng.choice(["3 timer pr. uge", "2 timer ugentligt", "4 timer om ugen", "8 timer om måneden",
                       "5 timer pr. uge", "2 t/uge", "6 timer pr. uge de første 4 uger, derefter 3 timer pr. uge"])


def hours_vague(rng):
    return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende, aftales med mentor", "Aftales løbende"])


def follow_ok(rng, plain=False):
    if plain:  # no "Delmål" (a document without a goal must not get one from the follow-up)
        return rng.choice([
            "Statusmøde hver måned med borger, mentor og sagsbehandler. Evaluering 14 dage før støtteperioden ophører.",
            "Opfølgningssamtale efter 6 uger og midtvejsevaluering; mentor sender kort status til jobcentret hver måned.",
        ])
    return rng.choice([
        "Statusmøde hver måned med borger, mentor og sagsbehandler. Evaluering 14 dage før støtteperioden ophører. Delmål: fremmøde fire dage om ugen fra uge 3.",
        "Vi følger op hver 3. måned og altid 14 dage før ophør. Progression måles på fremmøde i praktikken.",
        "Opfølgningssamtale efter 6 uger og midtvejsevaluering; mentor sender kort status til jobcentret hver måned.",
        "Fælles evaluering fire uger før bevillingsudløb. Delmål: 1) møder til tiden, 2) taler selv med praktikvejleder.",
    ])


def appeal_ok(rng, muni, addr, tel, kommune_word):
    t = rng.randrange(4)
    if t == 0:
        return (f"Hvis du ikke er enig i {kommune_word}s afgørelse, skal du klage til {kommune_word} inden fire uger. "
                f"{kommune_word.capitalize()} skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
                "Hvis afgørelsen fastholdes, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")
    if t == 1:
        return (f"Du kan klage over afgørelsen til {muni}, {addr}, tlf. {tel}, inden 4 uger fra du har modtaget "
                "dette brev. Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen, og fastholder vi den, "
                "sender vi klagen og sagens akter videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens §§ 66-67.")
    if t == 2:
        return ("Er du uenig, kan du inden 4 uger kontakte din sagsbehandler i jobcentret og klage mundtligt eller "
                "skriftligt. Jobcentret ser på sagen igen. Giver vi dig ikke medhold, sender vi klagen til "
                "Ankestyrelsens Beskæftigelsesudvalg inden for 4 uger.")
    return (f"Klagefristen er fire uger fra modtagelsen af denne aftale. Klagen sendes til {muni}, der genvurderer "
            "sagen. Hvis {k} fastholder afgørelsen, videresendes klagen til Ankestyrelsen.".replace("{k}", kommune_word))


def appeal_incomplete(rng):
    return rng.choice([
        "Du kan klage over afgørelsen.",
        "Hvis du er uenig, er du velkommen til at kontakte din sagsbehandler.",
        "Klage over aftalen kan rettes til sagsbehandler.",
        "Du har mulighed for at klage. Se mere på borger.dk.",
    ])


# --------------------------------------------------------------------------------------------
# Page model: blocks -> rendered pages
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, dpi=200, body="serif", size_pt=11):
        self.dpi = dpi
        self.blocks = []
        self.body = body
        self.size_pt = size_pt

    def add(self, *blk):
        self.blocks.append(blk)
        return self


def px(dpi, pt):
    return int(round(pt * dpi / 72))


class Renderer:
    def __init__(self, doc: Doc, rng: random.Random, mentor_sig=None):
        self.doc = doc
        self.rng = rng
        self.dpi = doc.dpi
        self.W = int(8.27 * self.dpi)
        self.H = int(11.69 * self.dpi)
        self.ml = int(self.dpi * rng.uniform(0.85, 1.05))
        self.mr = int(self.dpi * rng.uniform(0.75, 0.95))
        self.mt = int(self.dpi * rng.uniform(0.7, 0.9))
        self.mb = int(self.dpi * 0.9)
        self.pages = []
        self.new_page()

    def new_page(self):
        img = Image.new("RGB", (self.W, self.H), "white")
        self.pages.append(img)
        self.d = ImageDraw.Draw(img)
        self.y = self.mt
        # page number footer later

    def need(self, h):
        if self.y + h > self.H - self.mb:
            self.new_page()

    def wrap(self, text, f, width):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines or [""]

    def text_block(self, text, fname, pt, indent=0, gap=0.45, color=(20, 20, 20)):
        f = font(fname, px(self.dpi, pt))
        lh = int(f.size * 1.32)
        for line in self.wrap(text, f, self.W - self.ml - self.mr - indent):
            self.need(lh)
            self.d.text((self.ml + indent, self.y), line, font=f, fill=color)
            self.y += lh
        self.y += int(lh * gap)

    def render(self):
        body = self.doc.body
        bodyb = body + "b" if body + "b" in FONTS else body
        pt = self.doc.size_pt
        for blk in self.doc.blocks:
            kind = blk[0]
            if kind == "h":
                self.need(px(self.dpi, pt * 3))
                self.y += px(self.dpi, pt * 0.4)
                self.text_block(blk[1], bodyb, blk[2] if len(blk) > 2 else pt * 1.15, gap=0.2)
            elif kind == "title":
                self.text_block(blk[1], bodyb, pt * 1.6, gap=0.5)
            elif kind == "p":
                self.text_block(blk[1], body, pt)
            elif kind == "bullets":
                for item in blk[1]:
                    self.text_block("– " + item, body, pt, indent=px(self.dpi, 14), gap=0.1)
                self.y += px(self.dpi, pt * 0.4)
            elif kind == "letterhead":
                self.letterhead(blk[1], blk[2], body, bodyb, pt)
            elif kind == "table":
                self.table(blk[1], blk[2], body, bodyb, pt, header=blk[3] if len(blk) > 3 else False)
            elif kind == "form":
                self.form(blk[1], body, pt)
            elif kind == "sig":
                self.signatures(blk[1], body, pt)
            elif kind == "space":
                self.y += px(self.dpi, blk[1])
            elif kind == "stamp":
                self.stamp(blk[1], blk[2])
            elif kind == "rule":
                self.need(20)
                self.d.line((self.ml, self.y, self.W - self.mr, self.y), fill=(60, 60, 60), width=3)
                self.y += 20
            elif kind == "pagebreak":
                self.new_page()
        # footers
        n = len(self.pages)
        f = font(body, px(self.dpi, 8))
        for i, p in enumerate(self.pages):
            ImageDraw.Draw(p).text((self.W // 2 - 60, self.H - int(self.dpi * 0.55)), f"Side {i + 1} af {n}",
                                   font=f, fill=(70, 70, 70))
        return self.pages

    def letterhead(self, left, right, body, bodyb, pt):
        fl = font(bodyb, px(self.dpi, pt * 1.3))
        fs = font(body, px(self.dpi, pt * 0.85))
        y0 = self.y
        colx = self.ml + int((self.W - self.ml - self.mr) * 0.62)
        # municipal "logo"
        self.d.ellipse((self.ml, y0, self.ml + 70, y0 + 70), outline=(30, 60, 120), width=6)
        self.d.rectangle((self.ml + 22, y0 + 20, self.ml + 48, y0 + 50), fill=(30, 60, 120))
        yl = y0
        for i, line in enumerate(left):
            f = fl if i == 0 else fs
            self.d.text((self.ml + 95, yl), line, font=f, fill=(20, 20, 20))
            yl += int(f.size * 1.35)
        yr = y0
        for line in right:
            self.d.text((colx, yr), line, font=fs, fill=(20, 20, 20))
            yr += int(fs.size * 1.4)
        self.y = max(yl, yr) + px(self.dpi, 14)

    def table(self, rows, widths, body, bodyb, pt, header=False):
        tw = self.W - self.ml - self.mr
        cols = [int(tw * w) for w in widths]
        f = font(body, px(self.dpi, pt * 0.95))
        fb = font(bodyb, px(self.dpi, pt * 0.95))
        lh = int(f.size * 1.3)
        pad = 12
        for ri, row in enumerate(rows):
            cells = []
            for ci, cell in enumerate(row):
                ff = fb if (ci == 0 and len(row) == 2) or (header and ri == 0) else f
                cells.append((ff, self.wrap(str(cell), ff, cols[ci] - 2 * pad)))
            h = max(len(ls) for _, ls in cells) * lh + 2 * pad
            self.need(h)
            x = self.ml
            if header and ri == 0:
                self.d.rectangle((self.ml, self.y, self.ml + tw, self.y + h), fill=(225, 225, 225))
            for ci, (ff, ls) in enumerate(cells):
                self.d.rectangle((x, self.y, x + cols[ci], self.y + h), outline=(0, 0, 0), width=2)
                yy = self.y + pad
                for line in ls:
                    self.d.text((x + pad, yy), line, font=ff, fill=(15, 15, 15))
                    yy += lh
                x += cols[ci]
            self.y += h
        self.y += px(self.dpi, pt * 0.8)

    def form(self, fields, body, pt):
        """Labelled boxes filled in with a typewriter face (a paper form filled in)."""
        tw = self.W - self.ml - self.mr
        fl = font(body, px(self.dpi, pt * 0.8))
        fv = font("mono", px(self.dpi, pt * 0.95))
        lh = int(fv.size * 1.3)
        for label, value in fields:
            lines = self.wrap(value, fv, tw - 30) if value else [""]
            h = fl.size + 14 + max(1, len(lines)) * lh + 18
            self.need(h)
            self.d.text((self.ml, self.y), label, font=fl, fill=(40, 40, 40))
            top = self.y + fl.size + 8
            self.d.rectangle((self.ml, top, self.ml + tw, top + max(1, len(lines)) * lh + 16), outline=(0, 0, 0),
                             width=2)
            yy = top + 8
            for line in lines:
                self.d.text((self.ml + 14, yy), line, font=fv, fill=(10, 10, 40))
                yy += lh
            self.y = top + max(1, len(lines)) * lh + 16 + 14
        self.y += 10

    def signatures(self, sigs, body, pt):
        f = font(body, px(self.dpi, pt * 0.85))
        tw = self.W - self.ml - self.mr
        colw = tw // max(1, len(sigs))
        self.need(px(self.dpi, 80))
        ybase = self.y + px(self.dpi, 45)
        for i, (label, name, date_s) in enumerate(sigs):
            x = self.ml + i * colw
            if date_s:
                self.d.text((x, ybase - px(self.dpi, 40)), date_s, font=font("hand2", px(self.dpi, 13)),
                            fill=(25, 35, 110))
            if name:
                self.handwrite(name, x + 10, ybase - px(self.dpi, 28))
            self.d.line((x, ybase, x + colw - 40, ybase), fill=(0, 0, 0), width=2)
            self.d.text((x, ybase + 8), label, font=f, fill=(30, 30, 30))
        self.y = ybase + px(self.dpi, 30)

    def handwrite(self, name, x, y):
        fsz = px(self.dpi, self.rng.uniform(18, 24))
        f = font(self.rng.choice(["hand", "hand2"]), fsz)
        w = int(f.getlength(name)) + 40
        layer = Image.new("RGBA", (w, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(layer).text((10, fsz // 3), name, font=f, fill=(20, 30, 120, 235))
        layer = layer.rotate(self.rng.uniform(-7, 9), resample=Image.BICUBIC, expand=True)
        self.pages[-1].paste(layer, (int(x), int(y)), layer)

    def stamp(self, lines, color):
        """A rubber stamp near the current position, rotated, not quite fully inked."""
        f = font("sansb", px(self.dpi, 10))
        w = max(int(f.getlength(l)) for l in lines) + 60
        h = len(lines) * int(f.size * 1.35) + 40
        layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        dd = ImageDraw.Draw(layer)
        c = color + (200,)
        dd.rounded_rectangle((4, 4, w - 4, h - 4), radius=18, outline=c, width=6)
        yy = 20
        for l in lines:
            dd.text(((w - f.getlength(l)) / 2, yy), l, font=f, fill=c)
            yy += int(f.size * 1.35)
        # uneven ink: knock out random specks
        for _ in range(w * h // 60):
            xx, yy2 = self.rng.randrange(w), self.rng.randrange(h)
            dd.point((xx, yy2), fill=(0, 0, 0, 0))
        layer = layer.rotate(self.rng.uniform(-14, 14), resample=Image.BICUBIC, expand=True)
        x = self.W - self.mr - layer.width - self.rng.randrange(0, 200)
        y = max(self.mt, self.y - layer.height + self.rng.randrange(0, 40))
        self.pages[-1].paste(layer, (x, y), layer)


# --------------------------------------------------------------------------------------------
# Degradation
# --------------------------------------------------------------------------------------------
def scan_effect(img: Image.Image, rng: random.Random, gray=True, strength=1.0) -> Image.Image:
    W, H = img.size
    # a little off-centre on the glass: shift and rotate
    ang = rng.uniform(-1.6, 1.6) * strength
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(252, 252, 250),
                     translate=(rng.randrange(-25, 25), rng.randrange(-20, 30)))
    d = ImageDraw.Draw(img)
    # scanner lid shadow at one edge
    edge = rng.choice(["left", "top", "none", "right"])
    for i in range(rng.randrange(10, 35)):
        g = 90 + i * 4
        if edge == "left":
            d.line((i, 0, i, H), fill=(g, g, g))
        elif edge == "top":
            d.line((0, i, W, i), fill=(g, g, g))
        elif edge == "right":
            d.line((W - 1 - i, 0, W - 1 - i, H), fill=(g, g, g))
    # specks and a hole-punch or staple
    for _ in range(int(rng.randrange(80, 260) * strength)):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.choice([1, 1, 2, 2, 3])
        d.ellipse((x, y, x + r, y + r), fill=(rng.randrange(40, 140),) * 3)
    if rng.random() < 0.4:
        for yy in (H // 2 - 200, H // 2 + 200):
            d.ellipse((45, yy, 95, yy + 50), fill=(40, 40, 40))
    if rng.random() < 0.3:
        d.line((60, 70, 160, 50), fill=(90, 90, 90), width=6)
    if gray:
        img = img.convert("L")
        noise = Image.effect_noise(img.size, 18 * strength)
        img = ImageChops.add(img, noise, 1.0, -128)
    else:
        noise = Image.effect_noise(img.size, 12 * strength).convert("RGB")
        img = ImageChops.add(img, noise, 1.0, -128)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return img


def fax_effect(img: Image.Image, rng: random.Random, header: str, fine: bool) -> Image.Image:
    img = scan_effect(img, rng, gray=True, strength=0.7)
    # fax width 1728 dots over 8.5"; fine 196 lpi, standard 98 lpi
    W = 1728
    H = int(img.height * W / img.width * (1.0 if fine else 0.5))
    img = img.resize((W, H), Image.BILINEAR)
    img = img.point(lambda v: 255 if v > rng.choice([150, 160, 170]) else 0).convert("1")
    canvas = Image.new("1", (W, H + 40), 1)
    canvas.paste(img, (0, 40))
    hf = font("mono", 26 if fine else 22)
    hdr = Image.new("L", (W, 40), 255)
    ImageDraw.Draw(hdr).text((12, 6), header, font=hf, fill=0)
    if not fine:
        hdr = hdr.resize((W, 40))
    canvas.paste(hdr.convert("1"), (0, 0))
    return canvas


def _solve(A, b):
    n = len(b)
    M = [row[:] + [bb] for row, bb in zip(A, b)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[p] = M[p], M[i]
        for r in range(n):
            if r != i:
                fct = M[r][i] / M[i][i]
                for c in range(i, n + 1):
                    M[r][c] -= fct * M[i][c]
    return [M[i][n] / M[i][i] for i in range(n)]


def perspective_coeffs(dst, src):
    """Coefficients mapping output points (dst) to input points (src) for Image.transform."""
    A, b = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); b.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); b.append(Y)
    return _solve(A, b)


def photo_effect(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page on a table: perspective, warm light, a shadow across the page."""
    W, H = img.size
    OW, OH = int(W * 1.12), int(H * 1.08)
    bg = Image.new("RGB", (OW, OH), rng.choice([(120, 90, 60), (170, 160, 150), (90, 95, 100), (200, 190, 170)]))
    # page corners in the photo
    j = lambda: rng.randrange(-70, 70)
    mx, my = (OW - W) // 2, (OH - H) // 2
    dst = [(mx + 60 + j(), my + 30 + j()), (OW - mx - 60 + j(), my + 90 + j()),
           (OW - mx - 10 + j(), OH - my - 20 + j()), (mx + 20 + j(), OH - my - 60 + j())]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = perspective_coeffs(dst, src)
    warped = img.convert("RGB").transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (W, H), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR)
    bg.paste(warped, (0, 0), mask)
    # shadow of the phone/hand: a soft dark band
    sh = Image.new("L", (OW, OH), 0)
    sd = ImageDraw.Draw(sh)
    x0 = rng.randrange(0, OW // 2)
    sd.polygon([(x0, 0), (x0 + OW // 3, 0), (x0 + OW // 2, OH), (x0 + OW // 6, OH)], fill=rng.randrange(60, 95))
    sh = sh.filter(ImageFilter.GaussianBlur(60))
    dark = Image.new("RGB", (OW, OH), (0, 0, 0))
    bg = Image.composite(dark, bg, sh)
    # warm tint + vignette-ish brightness gradient
    tint = Image.new("RGB", (OW, OH), (255, 240, 215))
    bg = ImageChops.multiply(bg, tint)
    bg = bg.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    return bg.resize((int(OW * 0.8), int(OH * 0.8)), Image.BICUBIC)


# --------------------------------------------------------------------------------------------
# Document builders
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        m = rng.choice(MUNIS)
        self.muni_name, self.addr, self.tel, self.mail = m
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.citizen = f"{self.fn} {self.ln}"
        self.mentor_fn = rng.choice([f for f in FIRST if f != self.fn])
        self.mentor = f"{self.mentor_fn} {rng.choice(LAST)}"
        prov = rng.choice(PROVIDERS)
        self.provider, self.pdomain = prov
        self.mentor_tel = phone(rng)
        self.mentor_mail = f"{self.mentor_fn.lower().replace('ø', 'oe').replace('å', 'aa')}@{self.pdomain}"
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cw_tel = phone(rng)
        self.caseno = f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-A{rng.randrange(10, 99)}-{rng.randrange(1000, 99999)}-26"
        self.start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9, 10]), rng.choice([1, 1, 1, 15, 10, 4]))
        self.letter_date = self.start - dt.timedelta(days=rng.randrange(5, 25))
        self.after_reform = self.letter_date >= dt.date(2026, 2, 1)
        self.sender = (f"{self.muni_name} Kommune" if self.after_reform or rng.random() < 0.3
                       else f"Jobcenter {self.muni_name}")
        self.kommune_word = "kommunen" if self.after_reform else rng.choice(["jobcentret", "kommunen"])
        self.ds = rng.choice(DATE_STYLES)
        self.cpr = cpr(rng) if rng.random() < 0.27 else None

    def d(self, date):
        return fmt_date(date, self.ds)


def period(ctx, state):
    """Returns (text, start, end) for the period or None."""
    rng = ctx.rng
    s = ctx.start
    if state == "over":
        months = rng.choice([7, 8, 9, 12])
        e = add_months(s, months) - dt.timedelta(days=1)
        if rng.random() < 0.25:
            e = add_months(s, 6)  # one day over
        style = rng.randrange(3)
        if style == 2 and months in (9, 12) and e != add_months(s, 6):
            return f"fra {fmt_date(s, 'words')} og {months} måneder frem", s, e
        return f"{ctx.d(s)} – {ctx.d(e)}", s, e
    months = rng.choice([3, 4, 6, 6, 6])
    e = add_months(s, months) - dt.timedelta(days=1)
    style = rng.randrange(4)
    if style == 0:
        return f"{ctx.d(s)} – {ctx.d(e)}", s, e
    if style == 1:
        return f"fra {ctx.d(s)} til {ctx.d(e)}", s, e
    if style == 2:
        return f"{ctx.d(s)} - {ctx.d(e)} ({months} måneder)", s, e
    return f"f.o.m. {ctx.d(s)} t.o.m. {ctx.d(e)}", s, e


def mentor_value(ctx, state):
    if state == "ok":
        return ctx.rng.choice([
            f"{ctx.mentor}, {ctx.provider}, tlf. {ctx.mentor_tel}, {ctx.mentor_mail}",
            f"{ctx.mentor} ({ctx.provider}) – mobil {ctx.mentor_tel}",
            f"{ctx.mentor}, e-mail: {ctx.mentor_mail}",
        ])
    if state == "nocontact":
        return f"{ctx.mentor}, {ctx.provider}"
    return None


def build_agreement(ctx, spec, layout):
    """spec: dict field -> state."""
    rng = ctx.rng
    fn = ctx.fn
    goal = {"ok": clear_goal(rng, fn), "unclear": unclear_goal(rng, fn), "empty": "Udfyldes senere",
            "absent": None}[spec["goal"]]
    mentor = mentor_value(ctx, spec["mentor"])
    tasks = tasks_text(rng, fn) if spec["tasks"] == "ok" else None
    tasks_s = "; ".join(tasks) if tasks else ("-" if spec["tasks"] == "empty" else None)
    per = period(ctx, spec["duration"]) if spec["duration"] != "absent" else None
    hours = {"ok": hours_ok(rng), "vague": hours_vague(rng), "absent": None}[spec["hours"]]
    follow = follow_ok(rng, spec["goal"] in ("absent", "empty")) if spec["follow"] == "ok" else None
    appeal = {"ok": appeal_ok(rng, ctx.sender, ctx.addr, ctx.tel, ctx.kommune_word),
              "incomplete": appeal_incomplete(rng), "absent": None}[spec["appeal"]]
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                        "Skriftlig aftale om mentorforløb", "AFTALE OM MENTORSTØTTE"])
    doc = Doc(body=rng.choice(["serif", "sans", "carlito", "caladea"]), size_pt=rng.choice([10.5, 11, 11]))
    right = [f"Dato: {ctx.d(ctx.letter_date)}", f"Sagsnr.: {ctx.caseno}", f"Sagsbehandler: {ctx.cw}",
             f"Direkte tlf.: {ctx.cw_tel}"]
    left = [ctx.sender, ctx.addr, f"Tlf. {ctx.tel}"]
    doc.add("letterhead", left, right)
    doc.add("title", title)
    ident = f"Borger: {ctx.citizen}" + (f", CPR-nr. {ctx.cpr}" if ctx.cpr else "")
    doc.add("p", ident)
    labels = {
        "goal": rng.choice(["Målet med mentorstøtten", "Mål", "Formål og mål", "Hovedformål"]),
        "mentor": rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"]),
        "tasks": rng.choice(["Mentorens opgaver", "Indsatsområder", "Støtten består i"]),
        "dur": rng.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"]),
        "hours": rng.choice(["Timetal", "Antal timer", "Timer pr. uge", "Timeantal"]),
        "follow": rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
        "appeal": rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]),
    }
    if spec["follow"] != "ok":
        labels["follow"] = None
    basis = rng.choice(["Støtten gives efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.",
                        "Mentorstøtten bevilges efter LAB § 167 (tidligere § 31 b).",
                        "Aftalen er indgået efter §§ 167-168 i lov om en aktiv beskæftigelsesindsats."])
    items = [("goal", goal), ("mentor", mentor), ("tasks", tasks_s if layout != "letter" else tasks),
             ("dur", per[0] if per else None), ("hours", hours), ("follow", follow)]
    if spec["goal"] == "absent":
        items = [it for it in items if it[0] != "goal"]
    if layout == "table":
        rows = []
        for k, v in items:
            if v is None and k in ("mentor", "tasks", "dur", "hours", "follow"):
                if rng.random() < 0.5 and labels.get(k):
                    rows.append((labels[k], ""))  # an empty row on the printed form
                continue
            if isinstance(v, list):
                v = "; ".join(v)
            rows.append((labels[k], v))
        doc.add("table", rows, [0.32, 0.68])
        doc.add("p", basis)
    elif layout == "form":
        fields = [("Borgerens navn", ctx.citizen)]
        if ctx.cpr:
            fields.append(("CPR-nr.", ctx.cpr))
        for k, v in items:
            if v is None and (k == "follow" or rng.random() < 0.5):
                continue
            if isinstance(v, list):
                v = "; ".join(v)
            fields.append((labels[k], v or ""))
        doc.add("form", fields)
    elif layout == "numbered":
        n = 1
        for k, v in items:
            if v is None:
                continue
            if isinstance(v, list):
                v = "; ".join(v)
            doc.add("p", f"{n}) {labels[k]}: {v}")
            n += 1
        doc.add("p", basis)
    else:  # letter with headings
        doc.add("p", f"Kære {fn}")
        doc.add("p", rng.choice([
            "Her får du det, vi blev enige om på mødet, skrevet ned. Aftalen gælder for din mentorstøtte.",
            f"Du og {ctx.kommune_word} har aftalt, at du får en mentor. Nedenfor står, hvad vi har aftalt.",
            "Denne aftale beskriver din mentorstøtte. Læs den igennem, og skriv under på sidste side."]))
        for k, v in items:
            if v is None:
                continue
            doc.add("h", labels[k])
            if isinstance(v, list):
                doc.add("bullets", [x[0].upper() + x[1:] for x in v])
            else:
                doc.add("p", v)
        doc.add("p", basis)
    if appeal:
        doc.add("h", labels["appeal"])
        doc.add("p", appeal)
    doc.add("space", 10)
    sigd = fmt_date(ctx.letter_date + dt.timedelta(days=rng.randrange(1, 6)), "dots")
    doc.add("sig", [("Borger", ctx.citizen, sigd), ("Mentor", ctx.mentor if spec["mentor"] != "absent" else "", sigd),
                    ("Sagsbehandler", ctx.cw, sigd)])
    doc.add("stamp", [ctx.sender.upper(), "MODTAGET", fmt_date(ctx.letter_date + dt.timedelta(days=7), "abbr").upper()],
            rng.choice([(180, 20, 20), (30, 50, 160)]))
    rules = []
    if spec["goal"] in ("absent", "empty"):
        rules.append("missing-goal")
    if spec["goal"] == "unclear":
        rules.append("unclear-goal")
    if spec["mentor"] != "ok":
        rules.append("missing-mentor")
    if spec["tasks"] != "ok":
        rules.append("missing-tasks")
    if spec["duration"] == "absent":
        rules.append("missing-duration")
    if spec["duration"] == "over":
        rules.append("duration-over-6-months")
    if spec["hours"] != "ok":
        rules.append("missing-hours")
    if spec["follow"] != "ok":
        rules.append("missing-follow-up")
    if spec["appeal"] != "ok":
        rules.append("missing-appeal-guidance")
    return doc, sorted(rules), per


def build_minplan(ctx, spec, layout):
    rng = ctx.rng
    fn = ctx.fn
    goal = {"ok": clear_goal(rng, fn), "unclear": unclear_goal(rng, fn), "empty": "",
            "absent": None}[spec["goal"]]
    mentor = mentor_value(ctx, spec["mentor"])
    tasks = "; ".join(tasks_text(rng, fn)) if spec["tasks"] == "ok" else None
    per = period(ctx, spec["duration"]) if spec["duration"] != "absent" else None
    hours = {"ok": hours_ok(rng), "vague": hours_vague(rng), "absent": None}[spec["hours"]]
    doc = Doc(body=rng.choice(["sans", "carlito"]), size_pt=10)
    printed = ctx.letter_date + dt.timedelta(days=rng.randrange(0, 20))
    doc.add("p", f"Udskrevet {fmt_date(printed, 'dots')} kl. {rng.randrange(8, 16):02d}:{rng.randrange(0, 60):02d}"
                 f"            jobnet.dk / Min Plan")
    doc.add("title", rng.choice(["Min Plan", "Min Plan – udskrift", "Min plan for " + ctx.citizen]))
    idrows = [("Navn", ctx.citizen)]
    if ctx.cpr:
        idrows.append(("CPR-nr.", ctx.cpr))
    idrows.append(("Kommune", ctx.sender))
    doc.add("table", idrows, [0.3, 0.7])
    other = rng.random() < 0.5
    if other:
        os_ = ctx.start - dt.timedelta(days=rng.randrange(20, 60))
        doc.add("h", rng.choice(["Virksomhedspraktik", "Forberedende grunduddannelse (FGU)", "Behandling"]))
        doc.add("table", [("Sted", rng.choice(["Netto, Søndergade", "FGU Midt, Viborg", "Misbrugscenter Syd"])),
                          ("Start", fmt_date(os_, "dots")),
                          ("Slut", fmt_date(add_months(os_, rng.choice([10, 12, 18])), "dots")),
                          ("Kontaktperson", f"{rng.choice(FIRST)} {rng.choice(LAST)}, tlf. {phone(rng)}")],
                  [0.3, 0.7])
    doc.add("h", rng.choice(["Mentorstøtte", "Mentorstøtte (LAB § 167)", "Aktivitet: Mentor"]))
    labels = [("Formål" if rng.random() < 0.5 else "Mål med mentorstøtten", goal),
              ("Mentor", mentor), ("Mentorens opgaver", tasks),
              (rng.choice(["Periode", "Varighed"]), per[0] if per else None),
              (rng.choice(["Timetal", "Timer"]), hours)]
    rows = []
    for lab, v in labels:
        if v is None:
            if rng.random() < 0.5:
                rows.append((lab, ""))
            continue
        rows.append((lab, v))
    if layout == "table":
        doc.add("table", rows, [0.3, 0.7])
    else:
        for lab, v in rows:
            doc.add("p", f"{lab}: {v}")
    doc.add("h", "Dine næste skridt")
    doc.add("p", rng.choice(["Husk at tjekke Min Plan og dine aftaler på jobnet.dk.",
                             "Du skal bekræfte din plan på jobnet.dk.",
                             "Kontakt din sagsbehandler, hvis noget i planen ikke passer."]))
    rules = []
    if spec["goal"] in ("absent", "empty"):
        rules.append("missing-goal")
    if spec["goal"] == "unclear":
        rules.append("unclear-goal")
    if spec["mentor"] != "ok":
        rules.append("missing-mentor")
    if spec["tasks"] != "ok":
        rules.append("missing-tasks")
    if spec["duration"] == "absent":
        rules.append("missing-duration")
    if spec["duration"] == "over":
        rules.append("duration-over-6-months")
    if spec["hours"] != "ok":
        rules.append("missing-hours")
    return doc, sorted(rules), per


def build_decision(ctx, spec, layout):
    rng = ctx.rng
    fn = ctx.fn
    sub = spec["sub"]
    per = None if sub == "refusal" else period(ctx, spec["duration"])
    doc = Doc(body=rng.choice(["serif", "sans", "caladea", "carlito"]), size_pt=11)
    left = [ctx.sender, ctx.addr, f"Tlf. {ctx.tel} · {ctx.mail}"]
    right = [fmt_date(ctx.letter_date, "words"), f"J.nr. {ctx.caseno}", f"Kontakt: {ctx.cw}", f"Tlf. {ctx.cw_tel}"]
    doc.add("letterhead", left, right)
    doc.add("p", ctx.citizen)
    doc.add("p", f"{rng.choice(['Søndergade', 'Vestervej', 'Parkvej', 'Skolevej'])} {rng.randrange(1, 90)}")
    if ctx.cpr:
        doc.add("p", f"CPR-nr.: {ctx.cpr}")
    doc.add("space", 20)
    hours = hours_ok(rng)
    if sub == "grant":
        doc.add("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                     "Du får bevilget mentorstøtte"]))
        doc.add("p", f"Kære {fn}")
        doc.add("p", f"Du har søgt om mentorstøtte. {ctx.sender} har bevilget dig mentorstøtte i perioden "
                     f"{per[0]}. Du får {hours}.")
        doc.add("h", "Begrundelse")
        doc.add("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik. "
                     f"Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    elif sub == "partial":
        asked = rng.choice([9, 12])
        doc.add("title", rng.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte"]))
        doc.add("p", f"Kære {fn}")
        doc.add("p", f"Du søgte om mentorstøtte i {asked} måneder og 6 timer om ugen. Vi har delvist imødekommet "
                     f"din ansøgning: du får mentorstøtte i perioden {per[0]} med {hours}.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Efter LAB § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt "
                     "på din mentors vurdering af behovet og på, at du allerede har støtte fra skolens vejleder. "
                     "Du får derfor færre timer end ansøgt. Ved periodens udløb vurderer vi, om der skal gives en ny periode.")
    elif sub == "extension":
        doc.add("title", rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"]))
        doc.add("p", f"Kære {fn}")
        doc.add("p", f"Din mentorstøtte forlænges. Den nye periode er {per[0]}, og du får fortsat {hours}.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Vi har foretaget en konkret vurdering efter LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på, at "
                     "du er kommet godt i gang i praktikken, men stadig har brug for støtte til fremmødet.")
    elif sub == "end":
        doc.add("title", rng.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte ophører"]))
        doc.add("p", f"Kære {fn}")
        doc.add("p", f"Din mentorstøtte i perioden {per[0]} ophører før tid, den {fmt_date(per[1] + dt.timedelta(days=60), 'words')}.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Vi har lagt vægt på, at du nu er i ordinær uddannelse og selv møder stabilt, og at formålet med "
                     "mentorstøtten dermed er opfyldt, jf. LAB § 167.")
    else:  # refusal
        doc.add("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"]))
        doc.add("p", f"Kære {fn}")
        doc.add("p", f"Du har den {fmt_date(ctx.letter_date - dt.timedelta(days=20), 'words')} søgt om mentorstøtte. "
                     "Vi har givet dig afslag.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-støtteperson på skolen, som dækker det "
                     "behov, du har beskrevet. Mentorstøtte efter LAB § 167 kan ikke gives til opgaver, som "
                     "uddannelsesstedet normalt selv løser.")
    appeal = {"ok": appeal_ok(rng, ctx.sender, ctx.addr, ctx.tel, ctx.kommune_word),
              "incomplete": appeal_incomplete(rng), "absent": None}[spec["appeal"]]
    if appeal:
        appeal = appeal.replace("denne aftale", "dette brev").replace("over aftalen", "over afgørelsen")
        doc.add("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]))
        doc.add("p", appeal)
    doc.add("p", "Med venlig hilsen")
    doc.add("sig", [("", ctx.cw, None)])
    doc.add("p", f"{ctx.cw}, {rng.choice(['jobkonsulent', 'sagsbehandler', 'rådgiver'])}")
    if rng.random() < 0.5:
        doc.add("stamp", ["KOPI", ctx.sender.upper(), fmt_date(ctx.letter_date, "abbr").upper()], (30, 50, 160))
    rules = []
    if spec["appeal"] != "ok":
        rules.append("missing-appeal-guidance")
    if per and spec["duration"] == "over":
        rules.append("duration-over-6-months")
    return doc, sorted(rules), per


# ---- near misses --------------------------------------------------------------------------
def build_unknown(ctx, what):
    rng = ctx.rng
    if what not in ("invoice", "status", "order"):
        ctx.cpr = None  # only these carry the citizen's CPR number
    doc = Doc(body=rng.choice(["sans", "serif", "carlito"]), size_pt=10.5)
    if what == "invoice":
        doc.add("letterhead", [ctx.provider, "Industrivej 14", f"CVR {rng.randrange(10000000, 99999999)}"],
                [f"Fakturanr. {rng.randrange(2000, 9000)}", f"Dato {fmt_date(ctx.letter_date, 'dots')}",
                 f"Att.: {ctx.sender}", f"Ref.: {ctx.cw}"])
        doc.add("title", "FAKTURA")
        doc.add("p", f"Vedr. mentorforløb for {ctx.citizen}" + (f", CPR {ctx.cpr}" if ctx.cpr else "") +
                f", j.nr. {ctx.caseno}")
        rows = [("Ydelse", "Periode", "Timer", "Beløb")]
        m = ctx.start
        tot = 0
        for i in range(3):
            h = rng.randrange(8, 20)
            tot += h * 495
            rows.append((f"Mentortimer, {ctx.mentor}", f"{MONTHS[(m.month - 1 + i) % 12]} 2026", str(h),
                         f"{h * 495:,} kr.".replace(",", ".")))
        rows.append(("I alt ekskl. moms", "", "", f"{tot:,} kr.".replace(",", ".")))
        doc.add("table", rows, [0.42, 0.2, 0.13, 0.25], True)
        doc.add("p", "Betalingsbetingelser: netto 30 dage. Beløbet indbetales på reg.nr. 1234 kontonr. 5678901234.")
        doc.add("stamp", ["GODKENDT TIL BETALING", fmt_date(ctx.letter_date + dt.timedelta(days=9), "dots"), "init. ___"],
                (180, 20, 20))
    elif what == "status":
        doc.add("letterhead", [ctx.provider, f"Mentor: {ctx.mentor}", f"Tlf. {ctx.mentor_tel}"],
                [f"Til: {ctx.sender}", f"Sagsbehandler: {ctx.cw}", fmt_date(ctx.letter_date, "words")])
        doc.add("title", rng.choice(["Statusrapport – mentorforløb", "Statusudtalelse fra mentor"]))
        doc.add("p", f"Borger: {ctx.citizen}" + (f" ({ctx.cpr})" if ctx.cpr else ""))
        doc.add("h", "Forløbet indtil nu")
        doc.add("p", f"{ctx.fn} har mødt op til 11 af 13 aftaler. Vi har arbejdet med fremmøde i praktikken og med "
                     "transport. Praktikstedet melder om stabilt fremmøde de sidste fire uger.")
        doc.add("h", "Progression")
        doc.add("table", [("Delmål", "Status"), ("Møder til tiden", "Opfyldt"), ("Tager bussen selv", "Delvist"),
                          ("Taler selv med praktikvejleder", "Ikke endnu")], [0.6, 0.4], True)
        doc.add("h", "Mentors anbefaling")
        doc.add("p", "Jeg anbefaler, at forløbet fortsætter med 3 timer om ugen til næste statusmøde.")
        doc.add("sig", [("Mentor", ctx.mentor, fmt_date(ctx.letter_date, "dots"))])
    elif what == "minutes":
        doc.add("title", rng.choice(["Referat af netværksmøde", "Referat – rundbordssamtale"]))
        doc.add("table", [("Dato", fmt_date(ctx.letter_date, "words")), ("Sted", f"{ctx.sender}, mødelokale 2"),
                          ("Deltagere", f"{ctx.citizen}, {ctx.cw} (sagsbehandler), {ctx.mentor} (mentor), "
                                        "praktikvejleder fra Netto"), ("Referent", ctx.cw)], [0.25, 0.75])
        doc.add("h", "1. Velkomst og dagsorden")
        doc.add("p", "Dagsordenen blev godkendt.")
        doc.add("h", "2. Hvordan går praktikken?")
        doc.add("p", f"{ctx.fn} fortæller, at det går bedre med at komme op om morgenen. Praktikvejleder er tilfreds.")
        doc.add("h", "3. Mentorstøtten")
        doc.add("p", "Der blev talt om, hvad mentoren skal hjælpe med fremover. Sagsbehandler vurderer behovet og "
                     "vender tilbage. Der er ikke truffet beslutning på mødet.")
        doc.add("h", "4. Næste møde")
        doc.add("p", f"Næste møde holdes {fmt_date(ctx.letter_date + dt.timedelta(days=42), 'words')} kl. 10.")
    elif what == "leaflet":
        doc.add("title", rng.choice(["Hvad er en mentor?", "Mentorstøtte – kort fortalt"]))
        doc.add("p", f"En folder fra {ctx.sender}")
        doc.add("p", "En mentor er en person, der hjælper dig med at komme i gang med job eller uddannelse, "
                     "eller med at blive i det.")
        doc.add("h", "Hvad står der i aftalen?")
        doc.add("bullets", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                            "hvilke opgaver mentoren skal hjælpe med", "varigheden og opfølgning",
                            "hvor mange timer om ugen", "klagevejledning"])
        doc.add("h", "Hvor længe?")
        doc.add("p", "Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse efter en konkret "
                     "vurdering.")
        doc.add("h", "Kan jeg klage?")
        doc.add("p", "Ja. Du klager til kommunen inden fire uger. Kommunen genvurderer afgørelsen, og fastholder den "
                     "sin afgørelse, sendes klagen til Ankestyrelsen.")
        doc.add("p", f"Spørgsmål? Ring til {ctx.sender} på {ctx.tel}.")
    elif what == "timesheet":
        doc.add("title", "Timeseddel – mentor")
        doc.add("table", [("Mentor", f"{ctx.mentor}, {ctx.provider}"), ("Borger", ctx.citizen),
                          ("Måned", f"{MONTHS[ctx.start.month - 1]} 2026")], [0.3, 0.7])
        rows = [("Dato", "Aktivitet", "Timer")]
        for i in range(6):
            dd = ctx.start + dt.timedelta(days=i * 5)
            rows.append((fmt_date(dd, "dots"), rng.choice(["Samtale", "Følg til praktik", "Møde på skolen",
                                                          "Telefonsamtale"]), str(rng.choice([1, 1.5, 2]))))
        doc.add("table", rows, [0.25, 0.55, 0.2], True)
        doc.add("sig", [("Mentor", ctx.mentor, None), ("Borger", ctx.citizen, None)])
    elif what == "order":
        doc.add("letterhead", [ctx.sender, ctx.addr], [fmt_date(ctx.letter_date, "words"), f"Ref. {ctx.cw}"])
        doc.add("title", "Bestilling af mentorforløb")
        doc.add("p", f"Til {ctx.provider}")
        doc.add("p", f"Jobcentret bestiller hermed et mentorforløb til {ctx.citizen}" +
                (f" (CPR {ctx.cpr})" if ctx.cpr else "") + ". Opstartsmøde aftales direkte med borgeren. "
                "Faktura sendes til jobcentret med angivelse af sagsnummer.")
        doc.add("table", [("Ønsket opstart", fmt_date(ctx.start, "dots")), ("Timer", "op til 3 timer pr. uge"),
                          ("Kontakt", f"{ctx.cw}, tlf. {ctx.cw_tel}")], [0.3, 0.7])
    elif what == "invite":
        doc.add("letterhead", [ctx.sender, ctx.addr], [fmt_date(ctx.letter_date, "words")])
        doc.add("title", "Indkaldelse til samtale")
        doc.add("p", f"Kære {ctx.fn}")
        doc.add("p", f"Du er indkaldt til en samtale om mentorstøtte {fmt_date(ctx.start, 'den')} kl. 13.00 hos "
                     f"{ctx.sender}. Din mentor {ctx.mentor} deltager også. Husk at tage dit sygesikringskort med.")
        doc.add("p", "Hvis du ikke kan komme, skal du ringe til os hurtigst muligt.")
    elif what == "ankestyrelsen":
        doc.add("letterhead", ["Ankestyrelsen", "Teglholmsgade 3, 2450 København SV"],
                [fmt_date(ctx.letter_date, "words"), f"J.nr. 26-{rng.randrange(10000, 99999)}"])
        doc.add("title", "Ankestyrelsens afgørelse")
        doc.add("p", f"Klage fra {ctx.citizen} over {ctx.sender}s afgørelse om mentorstøtte.")
        doc.add("p", "Ankestyrelsen er enig i kommunens afgørelse. Vi har lagt vægt på, at kommunen har foretaget en "
                     "konkret vurdering af behovet efter LAB § 167.")
        doc.add("p", "Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed.")
    elif what == "course":
        doc.add("title", "Kursusprogram: Mentoruddannelse, modul 2")
        doc.add("p", f"{ctx.provider} udbyder kursus for nye mentorer. Kurset varer 3 dage.")
        doc.add("table", [("Tid", "Emne"), ("Dag 1", "Mentorrollen og LAB § 167"),
                          ("Dag 2", "Mål, delmål og progression – SMART-mål i praksis"),
                          ("Dag 3", "Dokumentation, Min Plan og klagevejledning")], [0.25, 0.75], True)
        doc.add("p", "Pris: 4.800 kr. Tilmelding senest 14 dage før kursusstart.")
    elif what == "club":
        doc.add("title", "Mentoraftale – Ungdomsafdelingen, Boldklubben Fremad")
        doc.add("p", "Klubbens mentorordning parrer nye trænere med erfarne trænere. Aftalen er frivillig og "
                     "indgås mellem de to trænere.")
        doc.add("table", [("Ny træner", ctx.citizen), ("Mentor", f"{ctx.mentor}, tlf. {ctx.mentor_tel}"),
                          ("Mål", "At den nye træner selv kan lede træning for U12 inden sæsonstart"),
                          ("Varighed", "Efterårssæsonen")], [0.3, 0.7])
        doc.add("sig", [("Ny træner", ctx.citizen, None), ("Mentor", ctx.mentor, None)])
    elif what == "receipt":
        doc.add("letterhead", [ctx.sender, ctx.addr], [fmt_date(ctx.letter_date, "words")])
        doc.add("title", "Kvittering for modtaget ansøgning")
        doc.add("p", f"Kære {ctx.fn}. Vi har modtaget din ansøgning om mentorstøtte. Vi forventer at kunne træffe "
                     "afgørelse inden for 4 uger. Du hører fra os.")
    elif what == "genvurdering":
        doc.add("letterhead", [ctx.sender, ctx.addr], [fmt_date(ctx.letter_date, "words"), f"Sagsnr. {ctx.caseno}"])
        doc.add("title", "Genvurdering af din klage")
        doc.add("p", f"Kære {ctx.fn}. Vi har genvurderet vores afgørelse om mentorstøtte efter din klage. Vi "
                     "fastholder afgørelsen og har i dag sendt din klage og sagens akter videre til Ankestyrelsen. "
                     "Du hører fra Ankestyrelsen.")
    return doc


# --------------------------------------------------------------------------------------------
# Plan of the corpus
# --------------------------------------------------------------------------------------------
FIELDS_A = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
DEFECTS_A = [("goal", "absent"), ("goal", "empty"), ("goal", "unclear"), ("mentor", "nocontact"),
             ("mentor", "absent"), ("tasks", "absent"), ("duration", "absent"), ("duration", "over"),
             ("hours", "vague"), ("hours", "absent"), ("follow", "absent"), ("appeal", "incomplete"),
             ("appeal", "absent")]
DEFECTS_M = [("goal", "absent"), ("goal", "unclear"), ("mentor", "nocontact"), ("tasks", "absent"),
             ("duration", "absent"), ("duration", "over"), ("hours", "vague"), ("hours", "absent")]

# (output mode, share)
MODES = ["ocrpdf"] * 9 + ["imgpdf"] * 3 + ["png"] * 2 + ["tiff"] * 2 + ["fax"] * 2 + ["photo"] * 1


def plan(rng):
    docs = []
    # agreements: 28, decisions: 20, minplan: 18, unknown: 14
    j = 0
    for i in range(28):
        spec = {f: "ok" for f in FIELDS_A}
        if i % 5 not in (0, 3):  # ~60 % defective; every defect in turn, sometimes a second one
            picks = [DEFECTS_A[j % len(DEFECTS_A)]] + (rng.sample(DEFECTS_A, 1) if rng.random() < 0.3 else [])
            j += 1
            for f, s in picks:
                if spec[f] == "ok":
                    spec[f] = s
        docs.append(("agreement", spec, rng.choice(["table", "form", "numbered", "letter", "letter"])))
    subs = ["grant"] * 6 + ["partial"] * 4 + ["extension"] * 4 + ["end"] * 3 + ["refusal"] * 3
    for i, sub in enumerate(subs):
        spec = {"sub": sub, "appeal": "ok", "duration": "ok"}
        r = rng.random()
        if r < 0.25:
            spec["appeal"] = rng.choice(["incomplete", "absent"])
        elif r < 0.5 and sub in ("grant", "extension", "partial"):
            spec["duration"] = "over"
        docs.append(("decision", spec, "letter"))
    for i in range(18):
        spec = {f: "ok" for f in ["goal", "mentor", "tasks", "duration", "hours"]}
        if i % 5 not in (0, 2):
            picks = [DEFECTS_M[j % len(DEFECTS_M)]] + (rng.sample(DEFECTS_M, 1) if rng.random() < 0.3 else [])
            j += 1
            for f, s in picks:
                if spec[f] == "ok":
                    spec[f] = s
        docs.append(("minplan", spec, rng.choice(["table", "table", "lines"])))
    for what in ["invoice", "invoice", "status", "status", "minutes", "minutes", "leaflet", "timesheet", "order",
                 "invite", "ankestyrelsen", "course", "club", "receipt", "genvurdering"]:
        docs.append(("unknown", {"what": what}, what))
    return docs


SLUG = {"agreement": "aftale", "decision": "afgoerelse", "minplan": "minplan", "unknown": "andet"}


def make_one(args):
    idx, kind, spec, layout, seed, out, tmp = args
    rng = random.Random(seed * 1000 + idx)
    ctx = Ctx(rng)
    per = None
    rules = []
    if kind == "agreement":
        doc, rules, per = build_agreement(ctx, spec, layout)
        subtype = "agreement"
    elif kind == "minplan":
        doc, rules, per = build_minplan(ctx, spec, layout)
        subtype = "minplan"
    elif kind == "decision":
        doc, rules, per = build_decision(ctx, spec, layout)
        subtype = spec["sub"]
    else:
        doc = build_unknown(ctx, spec["what"])
        subtype = spec["what"]
    pages = Renderer(doc, rng).render()
    mode = rng.choice(MODES)
    traits = [f"mode:{mode}", f"font:{doc.body}", f"pages:{len(pages)}"]
    name = f"{idx:03d}_{SLUG[kind]}_{subtype}_{ctx.muni_name.lower().replace('ø', 'oe').replace('æ', 'ae')}"
    folder = out / {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan",
                    "unknown": "diverse"}[kind]
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tmp) / f"d{idx}"
    work.mkdir()
    if mode == "fax":
        fine = idx % 3 != 0  # one fax in three in standard mode (98 lines per inch)
        traits.append("fax:fine" if fine else "fax:standard")
        when = ctx.letter_date + dt.timedelta(days=rng.randrange(0, 4))
        imgs = []
        for i, p in enumerate(pages):
            hdr = (f"{fmt_date(when, 'dash')} {rng.randrange(8, 15):02d}:{rng.randrange(0, 60):02d}  FRA: "
                   f"{ctx.sender.upper()}  FAX +45 {ctx.tel}  S. {i + 1:02d}/{len(pages):02d}")
            imgs.append(fax_effect(p, rng, hdr, fine))
        sub = rng.choice(["tiff", "imgpdf", "ocrpdf"])
        traits.append(f"fax-out:{sub}")
        res = (204, 196 if fine else 98)
        if sub == "tiff":
            path = folder / (name + "_fax.tif")
            imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="group4", dpi=res)
        elif sub == "imgpdf":
            path = folder / (name + "_fax.pdf")
            imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=204)
        else:
            path = folder / (name + "_fax.pdf")
            ocr_pdf([i.convert("L").resize((1728, int(i.height * (1 if fine else 2)))) for i in imgs], work, path, 204)
    elif mode == "photo":
        imgs = [photo_effect(p, rng) for p in pages]
        path = folder / (name + "_foto.jpg")
        if len(imgs) > 1:
            traits.append("photo:first-page-only" if False else "photo:pages-as-pdf")
            path = folder / (name + "_fotos.pdf")
            imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=150)
        else:
            imgs[0].save(path, quality=rng.choice([72, 80, 88]), dpi=(150, 150))
    else:
        gray = rng.random() < 0.8
        imgs = [scan_effect(p, rng, gray=gray) for p in pages]
        traits.append("gray" if gray else "color")
        if mode in ("imgpdf", "tiff") and rng.random() < 0.2:  # fed into the scanner the wrong way round
            turn = rng.choice([180, 90])
            imgs = [im.rotate(turn, expand=True) for im in imgs]
            traits.append(f"turned:{turn}")
        if mode == "ocrpdf":
            path = folder / (name + "_scan.pdf")
            ocr_pdf(imgs, work, path, 200)
        elif mode == "imgpdf":
            path = folder / (name + "_scan_billede.pdf")
            imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=200)
        elif mode == "png":
            if len(imgs) > 1:  # a multi-page scan to PNG: the scanner writes one file per page -> use TIFF
                path = folder / (name + "_scan.tif")
                imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(200, 200))
                traits.append("png->tiff:multipage")
            else:
                path = folder / (name + "_scan.png")
                imgs[0].save(path, dpi=(200, 200))
        else:
            path = folder / (name + "_scan.tiff")
            imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(200, 200))
    shutil.rmtree(work, ignore_errors=True)
    rel = path.relative_to(out).as_posix()
    fmt = path.suffix.lstrip(".").lower()
    fmt = {"tif": "tiff", "jpg": "jpeg"}.get(fmt, fmt)
    entry = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype,
             "layout": f"scan-{layout}" if kind != "unknown" else f"scan-{subtype}",
             "rules": rules, "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [ctx.cpr, ctx.cpr.replace("-", "")] if ctx.cpr else [],
             "traits": traits + (["cpr"] if ctx.cpr else []) + ([f"spec:{k}={v}" for k, v in spec.items()
                                                                   if v != "ok"]),
             "period": {"start": per[1].isoformat(), "end": per[2].isoformat()} if per else None}
    return entry


def ocr_pdf(imgs, work, path, dpi):
    lst = []
    for i, im in enumerate(imgs):
        p = work / f"p{i}.jpg"
        im.convert("L").save(p, quality=70, dpi=(dpi, dpi))
        lst.append(str(p))
    (work / "list.txt").write_text("\n".join(lst) + "\n")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    subprocess.run(["tesseract", str(work / "list.txt"), str(work / "out"), "-l", "dan", "--dpi", str(dpi), "pdf"],
                   check=True, capture_output=True, env=env)
    shutil.move(str(work / "out.pdf"), path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    docs = plan(rng)
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(i + 1, k, s, l, a.seed, out, tmp) for i, (k, s, l) in enumerate(docs)]
        with cf.ProcessPoolExecutor(a.jobs) as ex:
            entries = list(ex.map(make_one, jobs))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
