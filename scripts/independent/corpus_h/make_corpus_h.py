#!/usr/bin/env python3
"""Corpus H: labelled development corpus of Danish mentor-support documents.

Emphasis: OCR'd scans (image + damaged invisible text layer), two-column and sidebar
PDFs, Min Plan prints (txt/html/pdf) with terse labels, docx agreements with unusual
wording. Fully deterministic for a given --seed.

    .venv/bin/python scripts/independent/corpus_h/make_corpus_h.py --out DIR --seed 19
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import random
import re
import shutil
import zipfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


# ----------------------------------------------------------------------------- dates
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "abbr":
        return f"{d.day}. {MABBR[d.month-1]} {d.year}"
    raise ValueError(style)


# ----------------------------------------------------------------------------- house styles
MUNIS = [
    dict(key="ravnsoe", name="Ravnsø Kommune", unit="Arbejdsmarked og Borgerservice", street="Torvegade 4, 7710 Ravnsø",
         phone="76 20 41 00", mail="arbejdsmarked@ravnsoe.dk", date="long", title="Aftale om mentorstøtte",
         L=dict(goal="Mål for forløbet", mentor="Din mentor", tasks="Mentors opgaver", duration="Periode",
                followup="Opfølgning", hours="Timetal", appeal="Klagevejledning"), appeal=0),
    dict(key="tjoernelund", name="Tjørnelund Kommune", unit="Team Mentor & Fastholdelse", street="Rådhusvej 1, 4691 Tjørnelund",
         phone="55 31 72 00", mail="mentor@tjoernelund.dk", date="dots", title="Mentoraftale",
         L=dict(goal="Formål", mentor="Mentor (navn og kontakt)", tasks="Indsatsområder", duration="Aftalens varighed",
                followup="Evaluering", hours="Antal timer", appeal="Sådan klager du"), appeal=1),
    dict(key="hvidmose", name="Hvidmose Kommune", unit="Jobcenter Hvidmose", street="Mosevej 12, 6392 Hvidmose",
         phone="73 44 19 90", mail="jobcenter@hvidmose.dk", date="slash", title="Skriftlig aftale – mentor",
         L=dict(goal="Hovedformål", mentor="Kontaktperson/mentor", tasks="Det hjælper mentoren dig med",
                duration="Gyldig", followup="Status og progression", hours="Omfang pr. uge", appeal="Hvis du vil klage"), appeal=2),
    dict(key="egeskov", name="Egeskov Kommune", unit="Center for Job og Uddannelse", street="Skovbrynet 2, 5883 Egeskov",
         phone="62 15 80 80", mail="cju@egeskov.dk", date="iso", title="Samarbejdsaftale om mentorforløb",
         L=dict(goal="Målsætning", mentor="Mentor", tasks="Støtten består i", duration="Bevilget periode",
                followup="Statusmøder", hours="Timer", appeal="Klageadgang"), appeal=3),
    dict(key="moelleaa", name="Mølleå Kommune", unit="Borgerrettet Beskæftigelse", street="Åløkken 9, 2812 Mølleå",
         phone="45 90 33 10", mail="beskaeftigelse@moelleaa.dk", date="short", title="Mentorstøtte – aftalegrundlag",
         L=dict(goal="Hvad vil vi opnå?", mentor="Hvem er din mentor?", tasks="Hvad laver mentoren?", duration="Hvornår?",
                followup="Hvordan følger vi op?", hours="Hvor meget?", appeal="Klage"), appeal=4),
    dict(key="stenhoej", name="Stenhøj Kommune", unit="Afdeling for Arbejdsmarked", street="Stenhøjvej 100, 8883 Stenhøj",
         phone="87 11 60 00", mail="arbejdsmarked@stenhoej.dk", date="dash", title="AFTALE – MENTORSTØTTE (LAB § 167)",
         L=dict(goal="MÅL", mentor="MENTOR", tasks="OPGAVER", duration="VARIGHED", followup="OPFØLGNING",
                hours="TIMETAL", appeal="KLAGEVEJLEDNING"), appeal=5),
    dict(key="kaerbaek", name="Kærbæk Kommune", unit="Ungeindsatsen", street="Bækkegade 3, 9541 Kærbæk",
         phone="98 66 24 24", mail="unge@kaerbaek.dk", date="abbr", title="Aftale om personlig mentor",
         L=dict(goal="Målet med støtten", mentor="Tilknyttet mentor", tasks="Aftalte indsatser", duration="Forløbsperiode",
                followup="Midtvejs- og slutevaluering", hours="Ugentligt timeantal", appeal="Vejledning om klage"), appeal=0),
    dict(key="lyngaa", name="Lyngå Kommune", unit="Beskæftigelse & Integration", street="Lyngparken 7, 8382 Lyngå",
         phone="86 40 12 12", mail="bi@lyngaa.dk", date="slashdash", title="Mentoraftale – Lyngå",
         L=dict(goal="Slutmål", mentor="Mentorens kontaktdata", tasks="Arbejdsopgaver for mentor", duration="Fra–til",
                followup="Progression", hours="Timer pr. måned", appeal="Klagemulighed"), appeal=1),
    dict(key="boegely", name="Bøgely Kommune", unit="Kommunens mentorkorps", street="Bøgealle 21, 3391 Bøgely",
         phone="48 20 50 50", mail="mentorkorps@boegely.dk", date="den", title="Aftale om mentorforløb",
         L=dict(goal="Målet med mentorstøtten", mentor="Navn og kontaktdata på mentor",
                tasks="Hvilke opgaver mentoren skal hjælpe med", duration="Hvor længe I forventer at arbejde sammen",
                followup="Opfølgning og delmål", hours="Hvor mange timer om ugen", appeal="Klagevejledning"), appeal=2),
    dict(key="fladstrand", name="Fladstrand Kommune", unit="Jobhuset", street="Havnefronten 5, 9301 Fladstrand",
         phone="96 50 70 00", mail="jobhuset@fladstrand.dk", date="abbr", title="Individuel mentoraftale",
         L=dict(goal="Mål", mentor="Mentor", tasks="Opgaver", duration="Varighed", followup="Evaluering",
                hours="Timetal", appeal="Klagevejledning"), appeal=3),
]

FIRMS = [("Trinvis Mentor ApS", "trinvis.dk"), ("Fodfæste Mentorservice", "fodfaeste.dk"),
         ("MentorHuset Vest", "mentorhuset-vest.dk"), ("Broen – social mentor I/S", "broen-mentor.dk"),
         ("Kompasrosen ApS", "kompasrosen.dk"), ("Ledsagerne K/S", "ledsagerne.dk"),
         ("Vejviseren Mentor", "vejviseren.nu"), ("Holdepunkt ApS", "holdepunkt.dk")]
MENTOR_NAMES = ["Karin Østergaard", "Jonas Brix", "Mette Skovbjerg", "Ali Haddad", "Signe Lykke", "Torben Aagaard",
                "Helle Bjørnskov", "Rasmus Kjær", "Dorthe Vinding", "Mikkel Æbelø", "Nadia Sørensen", "Per Grønlund",
                "Lone Fæster", "Kasper Møllgaard", "Birgitte Ravn", "Yusuf Demir", "Anne-Mette Holst", "Søren Tårnby"]
CASEWORKERS = ["Lise Holm", "Bent Rask", "Camilla Dahl", "Henrik Ølgaard", "Pia Munch", "Morten Lund",
               "Tina Kragh", "Jesper Vang"]
CITIZENS = ["Emil Jørgensen", "Sara Nørgaard", "Mohammed Rahimi", "Julie Thygesen", "Oliver Bæk", "Amalie Friis",
            "Mads Kirkegaard", "Ida Lauridsen", "Ahmad Nazari", "Freja Vestergaard", "Lucas Hald", "Nanna Brandt",
            "Kenneth Dalsgaard", "Maja Storm", "Tobias Krogh", "Louise Mørch", "Victor Sand", "Cecilie Ærø"]

CLEAR_GOALS = [
    "At du senest ved periodens udgang møder stabilt i virksomhedspraktik hos Brugsen i Nørregade fire dage om ugen, så praktikken kan overgå til løntilskud.",
    "Du er startet på grundforløb 1 på social- og sundhedsuddannelsen og har højst to dages fravær pr. måned.",
    "At du har søgt mindst tre relevante stillinger inden for lager og logistik hver måned og har gennemført én jobsamtale.",
    "Du fastholder dit fleksjob som pedelmedhjælper på Lindeskolen og møder til alle aftalte arbejdsdage.",
    "At du gennemfører 9. klasses prøve i dansk og matematik på VUC til sommer og er optaget på en erhvervsuddannelse.",
    "Du kommer i ordinær ansættelse som chauffør med C-kørekort; delmål: kørekortet er bestået inden for forløbet.",
    "At du er i gang med et løntilskudsjob i en børnehave og deltager i alle vagter i de første otte uger.",
    "Du bliver klar til at begynde på hf-enkeltfag i august og har selv tilmeldt dig optagelsesprøven.",
    "At du gennemfører praktikken på Ravnsø Genbrugsplads uden ubegrundet fravær og får en skriftlig udtalelse fra praktikstedet.",
    "Du møder på din uddannelse som tømrerlærling hver dag og har ingen advarsler fra skolen ved forløbets afslutning.",
    "At du kan tage bussen alene til din praktik hos Kvickly tre gange om ugen, så du kan fortsætte praktikken uden følgeskab.",
    "Hovedformål: ansættelse i ordinært job i rengøringsbranchen. Delmål er at du gennemfører branchepakken for rengøring.",
    "At du efter forløbet er indskrevet på produktionsskolens køkkenlinje og deltager fire dage om ugen.",
    "Du fastholder din plads på STU-forløbet og gennemfører den aftalte praktik i gartneriet.",
]
VAGUE_GOALS = [
    "Øget trivsel og mere ro i hverdagen.",
    "Støtte til at komme videre.",
    "At borgeren får det bedre og bliver mere selvstændig.",
    "Sikre at du har det godt og får mere selvværd.",
    "Mere struktur på hverdagen og bedre overblik.",
    "Hjælp til at få styr på tingene.",
    "At du bliver mere motiveret og får troen på dig selv tilbage.",
    "Arbejde på at få en bedre hverdag.",
]
TASKS = [
    "følge dig til de første dage i praktikken", "hjælpe dig med at lave en ugeplan", "ringe dig op om morgenen de dage, du skal møde",
    "tage med til møder med skolen og praktikstedet", "hjælpe dig med at åbne og forstå post fra det offentlige",
    "træne busturen til praktikstedet sammen med dig", "være bindeled til din kontaktperson på arbejdspladsen",
    "hjælpe med at skrive ansøgninger og gøre dit CV klar", "støtte dig i at holde aftaler med læge og psykiatri",
    "hjælpe dig med at søge SU og finde rundt i skolens systemer", "forberede jobsamtaler med dig",
    "tale med dig om, hvordan det går på arbejdspladsen, og tage fat i problemer tidligt",
]
VERB_TASKS = [
    "{m} ringer til dig om morgenen, går med dig de første gange, holder styr på mødetiderne sammen med dig, taler med din leder, når der er brug for det, og hjælper dig med at læse breve fra skolen.",
    "{m} vækker, minder om, følger, forklarer og rydder op i kalenderen sammen med dig – konkret: morgenopkald, følgeskab til praktikken, gennemgang af ugens aftaler og hjælp til at svare på e-mails fra uddannelsesstedet.",
    "{m} mødes med dig, planlægger ugen, træner transporten til arbejdet, snakker med arbejdsgiveren og følger op på dine aftaler med lægen.",
]
FOLLOWUPS = [
    "Statusmøde hver 4. uge med dig, mentor og sagsbehandler. Evaluering senest 14 dage før forløbet slutter.",
    "Vi evaluerer forløbet hver måned og måler progression på mødestabilitet. Slutevaluering en måned før bevillingsudløb.",
    "Mentor sender en kort skriftlig status hver 3. måned. Opfølgningssamtale midtvejs og 14 dage før udløb.",
    "Midtvejsevaluering efter ca. 3 måneder; delmål gennemgås ved hvert møde med sagsbehandler.",
    "Opfølgning hver anden uge pr. telefon og fælles statusmøde hver 6. uge.",
]
FOLLOWUP_NO_PERIOD = "Statusmøde hver 4. uge med dig, mentor og sagsbehandler."
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "fleksibelt – aftales løbende", "nogle timer ugentligt", "som det passer"]
APPEALS = [
    "Er du ikke enig i aftalen om mentorstøtte, kan du klage til kommunen inden 4 uger fra du har modtaget den. Kommunen genvurderer sagen. Fastholder kommunen beslutningen, sendes klagen videre til Ankestyrelsen. Du kan klage mundtligt eller skriftligt (lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen. Klagen skal være modtaget af kommunen senest fire uger efter, at du fik besked. Vi ser sagen igennem igen, og hvis vi ikke giver dig medhold, sender vi klagen og sagens papirer til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Send din klage til {name} inden fire uger. Ring eller skriv til os – en klage kan være mundtlig. Vi vurderer afgørelsen igen inden for fire uger. Hvis afgørelsen ikke ændres, går klagen til Ankestyrelsen, som træffer den endelige afgørelse.",
    "Klagefrist: 4 uger fra modtagelsen. Klagen sendes til {name}, {unit}, som genvurderer. Herefter videresendes den til Ankestyrelsen, jf. retssikkerhedslovens § 66 og § 67.",
    "Hvis du er uenig, så kontakt din sagsbehandler inden 4 uger. Kommunen skal genvurdere inden 4 uger efter modtagelsen af klagen. Holder kommunen fast i afgørelsen, sendes klagen til Ankestyrelsen.",
    "DU KAN KLAGE TIL {NAME} INDEN 4 UGER. KOMMUNEN GENVURDERER OG SENDER KLAGEN TIL ANKESTYRELSEN, HVIS AFGØRELSEN FASTHOLDES.",
]
VAGUE_APPEAL = ["Du kan klage over den.", "Du har mulighed for at klage.", "Klage kan ske efter gældende regler."]
WRONG_ROUTE = "Hvis du ikke er enig, kan du klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger. Kommunen skal ikke have klagen."


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 45))
    s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    return s + ("-" if rng.random() < 0.75 else "") + f"{rng.randrange(0, 10000):04d}"


def phone(rng):
    return f"{rng.choice([20,21,22,23,24,25,26,27,28,29,30,31,40,41,42,50,51,60,61,71,81,91,93])} {rng.randrange(10,99)} {rng.randrange(10,99)} {rng.randrange(10,99)}"


def ascii_mail(name: str) -> str:
    t = name.lower().split()[0]
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("-", "")):
        t = t.replace(a, b)
    return t


# ----------------------------------------------------------------------------- document model
class Doc:
    def __init__(self, **kw):
        self.title = ""
        self.header = []        # list of lines
        self.sections = []      # list of dict(key,label,paras,bullets)
        self.footer = []
        self.sidebar_keys = ("mentor",)
        self.__dict__.update(kw)

    def sec(self, key, label, paras=None, bullets=None):
        self.sections.append(dict(key=key, label=label, paras=list(paras or []), bullets=list(bullets or [])))

    def plain(self) -> str:
        out = [self.title] + self.header
        for s in self.sections:
            out.append(s["label"])
            out += s["paras"] + ["- " + b for b in s["bullets"]]
        return "\n".join(out + self.footer)


# ----------------------------------------------------------------------------- OCR damage
def ocr_damage(line: str, rng: random.Random, heavy: bool) -> str:
    p_dk = 0.7 if heavy else 0.3
    p_o = 0.09 if heavy else 0.02
    subs_dk = {"ø": ["o", "g", "e", "0"], "æ": ["ae", "@", "e", "a"], "å": ["a", "é", "aa", "d"],
               "Ø": ["O", "0"], "Æ": ["AE", "E"], "Å": ["A", "AA"]}
    out = []
    i = 0
    digits_near = re.compile(r"\d")
    while i < len(line):
        c = line[i]
        nxt = line[i + 1] if i + 1 < len(line) else ""
        prv = line[i - 1] if i else ""
        in_num = bool(digits_near.match(prv) or digits_near.match(nxt))
        if c in subs_dk and rng.random() < p_dk:
            out.append(rng.choice(subs_dk[c]))
        elif c == "t" and nxt == "i" and rng.random() < p_o * 2:
            out.append("fi"); i += 1
        elif c == "m" and rng.random() < p_o:
            out.append("rn")
        elif c == "i" and not in_num and rng.random() < p_o:
            out.append(rng.choice(["1", "l"]))
        elif c == "l" and not in_num and rng.random() < p_o * 0.7:
            out.append("1")
        elif c == "u" and rng.random() < p_o * 0.6:
            out.append("n")
        elif c == " " and not in_num and rng.random() < p_o * 1.2:
            out.append("")
        elif c == " " and not in_num and rng.random() < p_o * 1.2:
            out.append("  ")
        else:
            out.append(c)
        i += 1
    s = "".join(out)
    if line.strip() and rng.random() < (0.12 if heavy else 0.04):
        s = rng.choice(["'", "|", ",", ".", "i ", "l", "`"]) + s
    return s


def hyph_wrap(text, font, size, width, rng, hyph_p):
    """Wrap; sometimes hyphenate long words at line ends (as in the printed original)."""
    words = text.split(" ")
    lines, cur = [], ""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for w in words:
        cand = (cur + " " + w).strip()
        if stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        if len(w) >= 9 and w.isalpha() and rng.random() < hyph_p:
            for cut in range(len(w) - 3, 3, -1):
                head = (cur + " " + w[:cut] + "-").strip()
                if stringWidth(head, font, size) <= width:
                    lines.append(head)
                    cur = w[cut:]
                    break
            else:
                lines.append(cur); cur = w
            continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------- PDF renderers
W, H = A4
M = 56


def new_canvas(path):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("corpus-h"); c.setTitle(Path(path).stem)
    return c


def doc_lines(doc: Doc, font="Helvetica", size=10, width=W - 2 * M, inline=True):
    """Flatten a doc into (text, style) lines; style in title/head/label/body."""
    L = [(doc.title, "title"), ("", "body")]
    for h in doc.header:
        for ln in simpleSplit(h, font, size, width):
            L.append((ln, "body"))
    L.append(("", "body"))
    for s in doc.sections:
        if inline and len(s["paras"]) == 1 and not s["bullets"] and len(s["paras"][0]) < 60 and not s["label"].endswith("?"):
            L += [(ln, "body") for ln in simpleSplit(f"{s['label']}: {s['paras'][0]}", font, size, width)]
            L.append(("", "gap"))
            continue
        L.append((s["label"], "label"))
        for p in s["paras"]:
            L += [(ln, "body") for ln in simpleSplit(p, font, size, width)]
        for b in s["bullets"]:
            sub = simpleSplit(b, font, size, width - 14)
            L.append(("•  " + sub[0], "body"))
            L += [("    " + x, "body") for x in sub[1:]]
        L.append(("", "gap"))
    for f in doc.footer:
        L += [(ln, "body") for ln in simpleSplit(f, font, size, width)]
    return L


def set_style(c, style, base="Helvetica", size=10):
    if style == "title":
        c.setFont(base + "-Bold", size + 5)
    elif style == "label":
        c.setFont(base + "-Bold", size)
    else:
        c.setFont(base, size)


def draw_muni_band(c, doc):
    c.setFillGray(0.92); c.rect(0, H - 40, W, 40, fill=1, stroke=0); c.setFillGray(0)
    c.setFont("Helvetica-Bold", 11); c.drawString(M, H - 26, doc.sender)


def render_pdf_fields(doc, path, table=False):
    c = new_canvas(path)
    y = H - 70
    draw_muni_band(c, doc)
    if not table:
        for text, st in doc_lines(doc):
            if y < 60:
                c.showPage(); y = H - 60
            set_style(c, st); c.drawString(M, y, text)
            y -= 20 if st == "title" else (8 if st == "gap" else 13)
    else:
        c.setFont("Helvetica-Bold", 15); c.drawString(M, y, doc.title); y -= 22
        c.setFont("Helvetica", 10)
        for h in doc.header:
            c.drawString(M, y, h); y -= 13
        y -= 8
        lw, vw = 150, W - 2 * M - 150
        for s in doc.sections:
            vals = []
            for p in s["paras"]:
                vals += simpleSplit(p, "Helvetica", 9.5, vw - 10)
            for b in s["bullets"]:
                vals += simpleSplit("– " + b, "Helvetica", 9.5, vw - 10)
            labs = simpleSplit(s["label"], "Helvetica-Bold", 9.5, lw - 10)
            hgt = max(len(vals), len(labs), 1) * 12 + 8
            if y - hgt < 60:
                c.showPage(); y = H - 60
            c.rect(M, y - hgt, lw, hgt); c.rect(M + lw, y - hgt, vw, hgt)
            c.setFont("Helvetica-Bold", 9.5)
            for i, ln in enumerate(labs):
                c.drawString(M + 5, y - 14 - 12 * i, ln)
            c.setFont("Helvetica", 9.5)
            for i, ln in enumerate(vals):
                c.drawString(M + lw + 5, y - 14 - 12 * i, ln)
            y -= hgt
        y -= 14
        c.setFont("Helvetica", 9)
        for f in doc.footer:
            for ln in simpleSplit(f, "Helvetica", 9, W - 2 * M):
                if y < 50:
                    c.showPage(); y = H - 60
                c.drawString(M, y, ln); y -= 12
    c.save()


def sec_lines(s, width, font="Helvetica", size=9.5):
    out = [(s["label"], "label")]
    for p in s["paras"]:
        out += [(x, "body") for x in simpleSplit(p, font, size, width)]
    for b in s["bullets"]:
        sub = simpleSplit(b, font, size, width - 10)
        out.append(("• " + sub[0], "body")); out += [("  " + x, "body") for x in sub[1:]]
    out.append(("", "gap"))
    return out


def render_pdf_two_column(doc, path, spill_key=None):
    """Two columns of fields. With spill_key the named field starts at the bottom of the
    left column and continues at the top of the right column."""
    c = new_canvas(path)
    draw_muni_band(c, doc)
    gut = 18
    cw = (W - 2 * M - gut) / 2
    y = H - 70
    c.setFont("Helvetica-Bold", 15); c.drawString(M, y, doc.title); y -= 20
    c.setFont("Helvetica", 9.5)
    for h in doc.header:
        for ln in simpleSplit(h, "Helvetica", 9.5, W - 2 * M):
            c.drawString(M, y, ln); y -= 12
    c.line(M, y, W - M, y); y -= 16
    top = y
    flow, starts = [], {}
    for s in doc.sections:
        starts[s["key"]] = len(flow)
        flow += sec_lines(s, cw)
    step = lambda st: 8 if st == "gap" else 12.5
    heights = [step(st) for _, st in flow]
    if spill_key and spill_key in starts:
        st = starts[spill_key]
        n = sum(1 for s in doc.sections if s["key"] == spill_key for _ in sec_lines(s, cw))
        brk = st + max(2, n // 2)
    else:
        half = sum(heights) / 2
        acc, brk = 0, len(flow)
        for i, h in enumerate(heights):
            if acc >= half and flow[i - 1][1] == "gap":
                brk = i; break
            acc += h
    left, right = flow[:brk], flow[brk:]
    left_h = sum(heights[:brk])
    bottom = top - max(left_h, 100)
    for col, lines in ((0, left), (1, right)):
        x = M + col * (cw + gut)
        yy = top
        for text, st in lines:
            set_style(c, st, size=9.5); c.drawString(x, yy, text); yy -= step(st)
        if col == 1:
            bottom = min(bottom, yy)
    c.line(M + cw + gut / 2, top + 8, M + cw + gut / 2, bottom)
    y = bottom - 18
    c.setFont("Helvetica", 8.5)
    for f in doc.footer:
        for ln in simpleSplit(f, "Helvetica", 8.5, W - 2 * M):
            if y < 40:
                c.showPage(); y = H - 60; c.setFont("Helvetica", 8.5)
            c.drawString(M, y, ln); y -= 11
    c.save()


def render_pdf_sidebar(doc, path, side="left"):
    c = new_canvas(path)
    sbw = 150
    sbx = 0 if side == "left" else W - sbw - 10
    mx = sbw + 36 if side == "left" else M
    mw = W - sbw - 36 - M - (0 if side == "left" else 10)
    side_secs = [s for s in doc.sections if s["key"] in doc.sidebar_keys]
    main_secs = [s for s in doc.sections if s["key"] not in doc.sidebar_keys]

    def draw_sidebar():
        c.setFillColorRGB(0.88, 0.93, 0.96); c.rect(sbx, 0, sbw + 10, H, fill=1, stroke=0); c.setFillGray(0)
        x = sbx + 14; y = H - 60
        c.setFont("Helvetica-Bold", 10); c.drawString(x, y, doc.sender_short); y -= 14
        c.setFont("Helvetica", 8)
        for ln in doc.side_info:
            for l2 in simpleSplit(ln, "Helvetica", 8, sbw - 20):
                c.drawString(x, y, l2); y -= 10.5
        y -= 14
        for s in side_secs:
            for text, st in sec_lines(s, sbw - 22, size=8.5):
                set_style(c, st, size=8.5); c.drawString(x, y, text); y -= 7 if st == "gap" else 11

    def draw_main():
        y = H - 60
        c.setFont("Helvetica-Bold", 14); c.drawString(mx, y, doc.title); y -= 22
        c.setFont("Helvetica", 9.5)
        for h in doc.header:
            for ln in simpleSplit(h, "Helvetica", 9.5, mw):
                c.drawString(mx, y, ln); y -= 12
        y -= 10
        for s in main_secs:
            for text, st in sec_lines(s, mw):
                if y < 50:
                    c.showPage(); y = H - 60
                set_style(c, st, size=9.5); c.drawString(mx, y, text); y -= 8 if st == "gap" else 12.5
        for f in doc.footer:
            for ln in simpleSplit(f, "Helvetica", 8.5, mw):
                if y < 40:
                    c.showPage(); y = H - 60
                c.setFont("Helvetica", 8.5); c.drawString(mx, y, ln); y -= 11

    if side == "left":
        draw_sidebar(); draw_main()
    else:
        draw_main_first = True
        # main column first in the content stream, sidebar afterwards (page 1 only)
        c2 = c
        draw_main()
        # sidebar belongs to page 1: draw on the current page only if single-page
        draw_sidebar()
    c.save()


def render_pdf_ocr(doc, path, rng, heavy, minplan=False):
    """Scan: page image of the clean text plus an invisible text layer with OCR damage."""
    from PIL import Image, ImageDraw, ImageFont
    scale = 110 / 72
    font_px = int(10 * scale)
    pf = ImageFont.truetype(DEJAVU_SERIF if heavy else DEJAVU, font_px)
    pfb = ImageFont.truetype(DEJAVU_SERIF if heavy else DEJAVU, int(13 * scale))
    width = W - 2 * M - 80  # the scan font is wider than Helvetica
    lines = [(doc.sender, "body"), ("", "gap"), (doc.title, "title"), ("", "gap")]
    for h in doc.header:
        lines += [(x, "body") for x in hyph_wrap(h, "Helvetica", 10, width, rng, 0.6)]
    lines.append(("", "gap"))
    for s in doc.sections:
        if len(s["paras"]) == 1 and not s["bullets"] and len(s["paras"][0]) < 55 and True:
            lines += [(x, "body") for x in hyph_wrap(f"{s['label']}: {s['paras'][0]}", "Helvetica", 10, width, rng, 0.6)]
        else:
            lines.append((s["label"], "label"))
            for p in s["paras"]:
                lines += [(x, "body") for x in hyph_wrap(p, "Helvetica", 10, width, rng, 0.6)]
            for b in s["bullets"]:
                sub = hyph_wrap(b, "Helvetica", 10, width - 14, rng, 0.6)
                lines.append(("- " + sub[0], "body")); lines += [("  " + x, "body") for x in sub[1:]]
        lines.append(("", "gap"))
    for f in doc.footer:
        lines += [(x, "body") for x in hyph_wrap(f, "Helvetica", 9, width, rng, 0.6)]
    # paginate
    pages, cur, y = [], [], H - 60
    for t, st in lines:
        stp = 9 if st == "gap" else (20 if st == "title" else 13.5)
        if y - stp < 50:
            pages.append(cur); cur = []; y = H - 60
        cur.append((t, st, y)); y -= stp
    pages.append(cur)
    c = new_canvas(path)
    angle = rng.uniform(-0.6, 0.6) * (2 if heavy else 1)
    for pg in pages:
        img = Image.new("L", (int(W * scale), int(H * scale)), 250 if not heavy else 238)
        d = ImageDraw.Draw(img)
        for t, st, y in pg:
            if not t:
                continue
            d.text((M * scale, (H - y) * scale - font_px), t, fill=25, font=pfb if st == "title" else pf)
        for _ in range(400 if heavy else 60):
            x0, y0 = rng.randrange(img.width), rng.randrange(img.height)
            d.point((x0, y0), fill=rng.randrange(60, 200))
        img = img.rotate(angle, fillcolor=240, resample=Image.BILINEAR)
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=45 if heavy else 70); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        for t, st, y in pg:
            if not t:
                continue
            to = c.beginText(); to.setTextRenderMode(3)
            to.setFont("Helvetica-Bold" if st != "body" else "Helvetica", 13 if st == "title" else 10)
            to.setTextOrigin(M, y); to.textLine(ocr_damage(t, rng, heavy)); c.drawText(to)
        c.showPage()
    c.save()


def render_pdf_minplan(doc, path):
    """Case-system print: grey header bar, label column in small caps-ish, thin rules."""
    c = new_canvas(path)
    c.setFillGray(0.25); c.rect(0, H - 34, W, 34, fill=1, stroke=0); c.setFillGray(1)
    c.setFont("Helvetica-Bold", 10); c.drawString(M, H - 22, doc.system_name)
    c.setFont("Helvetica", 8); c.drawRightString(W - M, H - 22, doc.print_stamp); c.setFillGray(0)
    y = H - 62
    c.setFont("Helvetica-Bold", 13); c.drawString(M, y, doc.title); y -= 18
    c.setFont("Helvetica", 9)
    for h in doc.header:
        c.drawString(M, y, h); y -= 12
    y -= 8
    for s in doc.sections:
        vals = []
        for p in s["paras"]:
            vals += simpleSplit(p, "Helvetica", 9, W - 2 * M - 130)
        for b in s["bullets"]:
            vals += simpleSplit("· " + b, "Helvetica", 9, W - 2 * M - 130)
        vals = vals or [""]
        if y - 12 * len(vals) < 50:
            c.showPage(); y = H - 50
        c.setFont("Helvetica-Bold", 8.5); c.drawString(M, y, s["label"])
        c.setFont("Helvetica", 9)
        for i, v in enumerate(vals):
            c.drawString(M + 130, y - 12 * i, v)
        y -= 12 * len(vals) + 4
        c.setStrokeGray(0.75); c.line(M, y + 2, W - M, y + 2); c.setStrokeGray(0); y -= 8
    c.setFont("Helvetica", 8)
    for f in doc.footer:
        c.drawString(M, y, f); y -= 11
    c.save()


def render_pdf_letter(doc, path):
    c = new_canvas(path)
    x = M
    c.setFont("Helvetica-Bold", 12); c.drawString(x, H - 60, doc.sender)
    c.setFont("Helvetica", 8.5)
    yy = H - 74
    for ln in doc.side_info:
        c.drawRightString(W - M, yy, ln); yy -= 10.5
    y = H - 150
    c.setFont("Helvetica", 10)
    for h in doc.header:
        c.drawString(x, y, h); y -= 13
    y -= 14
    c.setFont("Helvetica-Bold", 13); c.drawString(x, y, doc.title); y -= 22
    for s in doc.sections:
        if s["label"]:
            if y < 70:
                c.showPage(); y = H - 60
            c.setFont("Helvetica-Bold", 10.5); c.drawString(x, y, s["label"]); y -= 14
        c.setFont("Helvetica", 10)
        for p in s["paras"]:
            for ln in simpleSplit(p, "Helvetica", 10, W - 2 * M):
                if y < 60:
                    c.showPage(); y = H - 60; c.setFont("Helvetica", 10)
                c.drawString(x, y, ln); y -= 13
            y -= 5
        for b in s["bullets"]:
            for i, ln in enumerate(simpleSplit(b, "Helvetica", 10, W - 2 * M - 14)):
                c.drawString(x + 14, y, ("– " if i == 0 else "  ") + ln); y -= 13
        y -= 6
    c.setFont("Helvetica", 10)
    for f in doc.footer:
        if y < 60:
            c.showPage(); y = H - 60; c.setFont("Helvetica", 10)
        c.drawString(x, y, f); y -= 13
    c.save()


# ----------------------------------------------------------------------------- other formats
def fix_zip(path):
    """Rewrite a zip container with fixed timestamps (deterministic output)."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(doc, path, mode):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.sender; cp.title = doc.title
    cp.created = cp.modified = dt.datetime(2026, 1, 1); cp.last_modified_by = "sagssystem"; cp.revision = 1
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.add_paragraph(doc.sender).runs[0].bold = True
    d.add_heading(doc.title, level=1)
    for h in doc.header:
        d.add_paragraph(h)
    if mode == "table":
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for s in doc.sections:
            r = t.add_row().cells
            r[0].text = s["label"]
            r[1].text = "\n".join(s["paras"] + ["• " + b for b in s["bullets"]])
    else:
        for s in doc.sections:
            if s["label"]:
                d.add_heading(s["label"], level=2)
            for p in s["paras"]:
                d.add_paragraph(p)
            for b in s["bullets"]:
                d.add_paragraph(b, style="List Bullet")
    for f in doc.footer:
        d.add_paragraph(f)
    d.save(str(path))
    fix_zip(path)


def render_txt(doc, path, mode):
    out = []
    if mode == "minplan":
        out += [doc.system_name + "   " + doc.print_stamp, "=" * 72, doc.title, ""] + doc.header + ["-" * 72]
        for s in doc.sections:
            vals = s["paras"] + ["* " + b for b in s["bullets"]] or [""]
            out.append(f"{s['label']:<22}{vals[0]}")
            out += [" " * 22 + v for v in vals[1:]]
        out += ["-" * 72] + doc.footer
    else:
        out += [doc.sender, doc.title.upper() if mode == "fields" else doc.title, ""] + doc.header + [""]
        for s in doc.sections:
            if mode == "fields" and len(s["paras"]) == 1 and not s["bullets"]:
                out.append(f"{s['label']}: {s['paras'][0]}")
            else:
                if s["label"]:
                    out.append(s["label"])
                out += s["paras"] + ["  - " + b for b in s["bullets"]]
            out.append("")
        out += doc.footer
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def render_html(doc, path, mode):
    e = html.escape
    body = [f"<header><p class='afs'>{e(doc.sender)}</p></header>", f"<h1>{e(doc.title)}</h1>"]
    body += [f"<p class='meta'>{e(h)}</p>" for h in doc.header]

    def val(s):
        v = "".join(f"<p>{e(p)}</p>" for p in s["paras"])
        if s["bullets"]:
            v += "<ul>" + "".join(f"<li>{e(b)}</li>" for b in s["bullets"]) + "</ul>"
        return v
    if mode == "dl":
        body.append("<dl class='plan'>" + "".join(f"<dt>{e(s['label'])}</dt><dd>{val(s)}</dd>" for s in doc.sections) + "</dl>")
    elif mode == "table":
        body.append("<table class='plan' border='1'><tbody>" + "".join(
            f"<tr><th scope='row'>{e(s['label'])}</th><td>{val(s)}</td></tr>" for s in doc.sections) + "</tbody></table>")
    elif mode == "div":
        body.append("<div class='plan'>" + "".join(
            f"<div class='row'><div class='cell lbl'>{e(s['label'])}</div><div class='cell val'>{val(s)}</div></div>"
            for s in doc.sections) + "</div>")
    else:
        for s in doc.sections:
            if s["label"]:
                body.append(f"<h2>{e(s['label'])}</h2>")
            body.append(val(s))
    body += [f"<footer><p>{e(f)}</p></footer>" for f in doc.footer]
    css = "body{font-family:Arial;max-width:46em} .row{display:flex} .lbl{width:12em;font-weight:bold}"
    Path(path).write_text(f"<!DOCTYPE html>\n<html lang='da'><head><meta charset='utf-8'><title>{e(doc.title)}</title>"
                          f"<style>{css}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n", encoding="utf-8")


# ----------------------------------------------------------------------------- ground-truth self checks
CHECKS = {
    "missing-goal": r"(?<![a-zæøå])(mål|formål|målsætning|hovedformål|slutmål|sigte)(?![a-zæøå])|vil vi opnå|føre til",
    "missing-tasks": r"opgave|indsatsområde|støtten består|aftalte indsatser|hjælper (dig med|mentoren)|mentorens rolle|indhold|går med dig|ringer til dig",
    "missing-follow-up": r"opfølg|evaluer|status|progression|delmål|midtvejs|følger vi op",
    "missing-appeal-guidance": r"ankestyrelsen|4 uger|fire uger",
}
DATE_RX = re.compile(r"\b\d{1,2}\.\s?(?:%s)|\b\d{1,2}[./-]\d{1,2}[./ -]\d{2,4}\b|\b20\d\d-\d\d-\d\d\b" %
                     "|".join(m[:3] for m in MONTHS), re.I)


def self_check(doc: Doc, rules, field_state):
    own = {"missing-goal": "goal", "missing-tasks": "tasks", "missing-follow-up": "followup", "missing-appeal-guidance": "appeal"}
    for r, rx in CHECKS.items():
        secs = [s for s in doc.sections if s["key"] not in (own[r], "a")]
        txt = "\n".join([doc.title] + doc.header + doc.footer + [s["label"] + "\n" + "\n".join(s["paras"] + s["bullets"]) for s in secs]).lower()
        if r in rules and re.search(rx, txt):
            raise AssertionError(f"{doc.fname}: {r} but text matches {re.search(rx, txt).group(0)!r}")
    if "missing-reasons" in rules and re.search(r"begrundelse|lagt vægt|vurderer|fordi", "\n".join(
            s["label"] + " " + " ".join(s["paras"]) for s in doc.sections if s["key"] != "a").lower()):
        raise AssertionError(f"{doc.fname}: reasons present")
    if "missing-hours" in rules:
        t2 = "\n".join(s["label"] + " " + " ".join(s["paras"]) for s in doc.sections if s["key"] != "hours")
        t2 += "\n".join([doc.title] + doc.header + doc.footer)
        if re.search(r"\btimer?\b|timetal|timeantal|t/uge", t2.lower()):
            raise AssertionError(f"{doc.fname}: hours mentioned outside hours field")
    if "missing-duration" in rules:
        if len(DATE_RX.findall(doc.plain())) > 1 or re.search(r"\d+\s*(måneder|mdr|uger)|halvt år", txt):
            raise AssertionError(f"{doc.fname}: duration-like text present")
    if "missing-mentor" in rules:
        mail = [m for m in re.findall(r"[\w.-]+@[\w.-]+", doc.plain()) if m not in doc.allowed_contacts]
        ph = [p for p in re.findall(r"\b\d\d \d\d \d\d \d\d\b", doc.plain()) if p not in doc.allowed_contacts]
        if mail or ph:
            raise AssertionError(f"{doc.fname}: contact data {mail + ph} with missing-mentor")


# ----------------------------------------------------------------------------- builders
class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.n = 0
        self.records = []

    # common people
    def people(self, muni):
        r = self.rng
        mname = r.choice(MENTOR_NAMES)
        firm, dom = r.choice(FIRMS)
        if r.random() < 0.25:
            firm, dom = muni["name"].replace("Kommune", "Kommunes mentorkorps"), muni["mail"].split("@")[1]
        mentor = dict(name=mname, phone=phone(r), mail=f"{ascii_mail(mname)}@{dom}", firm=firm)
        cw = r.choice(CASEWORKERS)
        casew = dict(name=cw, phone=phone(r), mail=f"{ascii_mail(cw)}.{r.randrange(10,99)}@{muni['mail'].split('@')[1]}")
        citizen = r.choice(CITIZENS)
        return mentor, casew, citizen

    def period(self, over=False, boundary=False):
        r = self.rng
        start = dt.date(2026, r.randint(2, 10), r.choice([1, 1, 1, 15, 4, 9]))
        if over:
            kind = r.choice(["plus6", "plus7", "plus9", "plus12"])
            end = add_months(start, 6) if kind == "plus6" else add_months(start, int(kind[4:])) - dt.timedelta(days=1)
        elif boundary:
            end = add_months(start, 6) - dt.timedelta(days=1)
        else:
            end = add_months(start, r.choice([3, 4, 5, 6])) - dt.timedelta(days=1)
        return start, end

    def fname(self, muni_key, kind, ext):
        self.n += 1
        return f"h{self.n:03d}_{muni_key}_{kind}.{ext}"

    def render(self, doc, layout, out):
        p = out / doc.fname
        fmt = p.suffix[1:]
        r = self.rng
        if layout in ("pdf-fields", "pdf-table"):
            render_pdf_fields(doc, p, table=layout == "pdf-table")
        elif layout == "pdf-two-column":
            render_pdf_two_column(doc, p)
        elif layout == "pdf-two-column-spill":
            render_pdf_two_column(doc, p, spill_key=doc.spill_key)
        elif layout.startswith("pdf-sidebar"):
            render_pdf_sidebar(doc, p, side=layout.split("-")[-1])
        elif layout.startswith("pdf-ocr"):
            render_pdf_ocr(doc, p, r, heavy=layout.endswith("heavy"))
        elif layout == "pdf-minplan-print":
            render_pdf_minplan(doc, p)
        elif layout == "pdf-letter":
            render_pdf_letter(doc, p)
        elif layout.startswith("docx"):
            render_docx(doc, p, mode=layout.split("-")[1])
        elif layout.startswith("txt"):
            render_txt(doc, p, mode=layout.split("-")[1])
        elif layout.startswith("html"):
            render_html(doc, p, mode=layout.split("-")[-1] if "minplan" in layout else "plain")
        return fmt

    def record(self, doc, fmt, kind, subtype, layout, rules, extras, cprs, traits, period):
        self.records.append(dict(path=doc.fname, format=fmt, kind=kind, subtype=subtype, layout=layout,
                                 rules=sorted(rules), extras=sorted(extras), error=None, accept_errors=[],
                                 hostile=False, must_not_contain=cprs, traits=traits,
                                 period={"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None))

    # ------------------------------------------------------------------ agreement
    def agreement(self, out, muni, layout, defects, qa_style=False):
        r = self.rng
        mentor, casew, citizen = self.people(muni)
        L = dict(muni["L"])
        ds = muni["date"]
        over = "duration-over-6-months" in defects
        start, end = self.period(over=over, boundary=(not over and r.random() < 0.3))
        letter_date = start - dt.timedelta(days=r.randint(5, 20))
        ext = "pdf" if layout.startswith("pdf") else layout.split("-")[0]
        doc = Doc(fname=self.fname(muni["key"], "aftale", ext), title=muni["title"], sender=f"{muni['name']} · {muni['unit']}",
                  sender_short=muni["name"], allowed_contacts={casew["phone"], casew["mail"], muni["phone"], muni["mail"]})
        doc.side_info = [muni["unit"], muni["street"], f"Tlf. {muni['phone']}", muni["mail"]]
        traits = [f"municipality={muni['name']}", f"layout={layout}"]
        cprs = []
        cpr_s = None
        if r.random() < 0.55:
            cpr_s = cpr(r); cprs.append(cpr_s)
        doc.header = [f"Borger: {citizen}" + (f"   CPR-nr.: {cpr_s}" if cpr_s else ""),
                      f"Sagsbehandler: {casew['name']}, tlf. {casew['phone']}, {casew['mail']}",
                      f"Dato: {fmt_date(letter_date, ds)}"]
        traits.append(f"caseworker contact in header: {casew['name']} {casew['phone']} {casew['mail']}")
        rules = set()
        # --- goal
        if "missing-goal" in defects:
            how = r.choice(["absent", "placeholder", "empty"])
            rules.add("missing-goal")
            if how == "placeholder":
                doc.sec("goal", L["goal"], [r.choice(["[Skriv mål her]", "XXX", "…", "Udfyldes senere"])])
            elif how == "empty":
                doc.sec("goal", L["goal"], [""])
            traits.append(f"missing-goal made by: {how}")
        else:
            vague = "unclear-goal" in defects
            pool = VAGUE_GOALS if vague else CLEAR_GOALS
            if "missing-follow-up" in defects:
                pool = [x for x in pool if "delmål" not in x.lower()]
            if "missing-duration" in defects:
                pool = [x for x in pool if not re.search(r"uger|periode|måned", x)]
            g = r.choice(pool)
            if vague:
                rules.add("unclear-goal")
            if qa_style:
                q = r.choice(["Hvad skal mentorforløbet føre til?", "Hvad er det, vi arbejder hen imod?", "Hvad vil du gerne nå?"])
                doc.sec("goal", q, [f"Svar: {g}"])
                traits.append(f"goal as question/answer: {q!r} -> {g!r}")
            else:
                doc.sec("goal", L["goal"], [g])
                traits.append(f"goal: {L['goal']!r}: {g!r}" + (" (vague)" if vague else ""))
        # --- mentor
        if "missing-mentor" in defects:
            rules.add("missing-mentor")
            how = r.choice(["name-only", "caseworker-only", "placeholder", "absent"])
            if how == "name-only":
                doc.sec("mentor", L["mentor"], [f"{mentor['name']}, {mentor['firm']}"])
            elif how == "caseworker-only":
                doc.sec("mentor", L["mentor"], [f"{mentor['name']} ({mentor['firm']}). Kontakt sker via din sagsbehandler {casew['name']}, tlf. {casew['phone']}."])
            elif how == "placeholder":
                doc.sec("mentor", L["mentor"], [r.choice(["[Navn på mentor]", "Tildeles senere", "NN, tlf. ________"])])
            traits.append(f"missing-mentor made by: {how}")
        else:
            contact = r.choice(["both", "phone", "mail"])
            cstr = {"both": f"tlf. {mentor['phone']}, {mentor['mail']}", "phone": f"mobil {mentor['phone']}",
                    "mail": f"e-mail: {mentor['mail']}"}[contact]
            if qa_style:
                txt = f"Din mentor hedder {mentor['name']} og kommer fra {mentor['firm']}. Du kan fange {mentor['name'].split()[0]} på {cstr.replace('tlf. ', '').replace('mobil ', '').replace('e-mail: ', '')}."
                doc.sec("mentor", r.choice(["Hvem hjælper dig?", "Din mentor"]), [txt])
                traits.append(f"mentor sentence: {txt!r}")
            else:
                doc.sec("mentor", L["mentor"], [f"{mentor['name']}, {mentor['firm']}", cstr])
                traits.append(f"mentor: {mentor['name']}, {cstr}")
        # --- tasks
        if "missing-tasks" in defects:
            rules.add("missing-tasks")
            how = r.choice(["absent", "placeholder", "empty"])
            if how == "placeholder":
                doc.sec("tasks", L["tasks"], [r.choice(["Aftales ved første møde.", "-", "Se senere"])])
            elif how == "empty":
                doc.sec("tasks", L["tasks"], [""])
            traits.append(f"missing-tasks made by: {how}")
        else:
            if qa_style:
                v = r.choice(VERB_TASKS).format(m=mentor["name"].split()[0] if "missing-mentor" not in defects else "Mentoren")
                doc.sec("tasks", r.choice(["Sådan arbejder I sammen", "Hvad sker der i forløbet?"]), [v])
                traits.append(f"tasks as verb paragraph: {v!r}")
            else:
                t = r.sample(TASKS, r.randint(3, 5))
                if r.random() < 0.5:
                    doc.sec("tasks", L["tasks"], bullets=[x[0].upper() + x[1:] for x in t])
                else:
                    doc.sec("tasks", L["tasks"], ["Mentoren skal " + "; ".join(t) + "."])
                traits.append(f"tasks: {L['tasks']!r}: {t}")
        # --- duration
        period = None
        if "missing-duration" in defects:
            rules.add("missing-duration")
            how = r.choice(["absent", "placeholder"])
            if how == "placeholder":
                doc.sec("duration", L["duration"], [r.choice(["__.__.____ – __.__.____", "Ikke fastsat", "?"])])
            traits.append(f"missing-duration made by: {how}")
        else:
            period = (start, end)
            a, b = fmt_date(start, ds), fmt_date(end, ds)
            form = r.choice(["dash", "fratil", "fom", "split"] + (["plus"] if end == add_months(start, 6) - dt.timedelta(days=1) else []))
            txt = {"dash": [f"{a} – {b}"], "fratil": [f"Fra {a} til {b}"], "fom": [f"f.o.m. {a} t.o.m. {b}"],
                   "split": [f"Start: {a}", f"Slut: {b}"], "plus": [f"Fra {a} og 6 måneder frem"]}[form]
            doc.sec("duration", L["duration"], txt)
            if over:
                rules.add("duration-over-6-months")
            traits.append(f"duration: {L['duration']!r}: {' / '.join(txt)}" + (" (over 6 months)" if over else ""))
        # --- follow-up
        if "missing-follow-up" in defects:
            rules.add("missing-follow-up")
            traits.append("missing-follow-up made by: absent (no follow-up/evaluation words anywhere)")
        else:
            f = FOLLOWUP_NO_PERIOD if "missing-duration" in defects else r.choice(FOLLOWUPS)
            doc.sec("followup", L["followup"], [f])
            traits.append(f"follow-up: {L['followup']!r}: {f!r}")
        # --- hours
        if "missing-hours" in defects:
            rules.add("missing-hours")
            how = r.choice(["absent", "vague", "vague"])
            if how == "vague":
                v = r.choice(VAGUE_HOURS)
                doc.sec("hours", L["hours"], [v[0].upper() + v[1:]])
                traits.append(f"missing-hours made by: vague value {v!r}")
            else:
                traits.append("missing-hours made by: absent")
        else:
            n = r.choice([2, 3, 4, 5, 6])
            v = (f"{n * 4} timer om måneden" if "måned" in L["hours"] else
                 r.choice([f"{n} timer pr. uge", f"{n} t/uge", f"I alt {n} timer ugentligt", f"{n} timer om ugen"]))
            if L["hours"] == "Hvor mange timer om ugen":
                v = f"{n} timer"
            doc.sec("hours", L["hours"], [v])
            traits.append(f"hours: {L['hours']!r}: {v!r}")
        # --- appeal
        if "missing-appeal-guidance" in defects:
            rules.add("missing-appeal-guidance")
            how = r.choice(["absent", "vague"])
            if how == "vague":
                v = r.choice(VAGUE_APPEAL)
                doc.sec("appeal", L["appeal"], [v])
                traits.append(f"missing-appeal-guidance made by: vague text {v!r} (no body, no deadline)")
            else:
                traits.append("missing-appeal-guidance made by: absent")
        else:
            a = APPEALS[(muni["appeal"] + r.randint(0, 1)) % len(APPEALS)].format(name=muni["name"], unit=muni["unit"], NAME=muni["name"].upper())
            doc.sec("appeal", L["appeal"], [a])
            traits.append(f"appeal: {L['appeal']!r}: {a!r}")
        doc.footer = [f"Underskrift borger: ______________    Underskrift mentor: ______________    {muni['name']}, {muni['street']}"]
        if r.random() < 0.5:
            order = ["goal", "mentor", "tasks", "duration", "hours", "followup", "appeal"]
            doc.sections.sort(key=lambda s: order.index(s["key"]))
        if layout == "pdf-two-column-spill":
            pass
        longest = max(doc.sections, key=lambda s: sum(len(p) for p in s["paras"]) + sum(len(b) for b in s["bullets"]) if s["key"] != "appeal" else 0)
        doc.spill_key = "tasks" if any(s["key"] == "tasks" and (s["bullets"] or len(s["paras"][0]) > 80) for s in doc.sections) else longest["key"]
        if layout == "pdf-two-column-spill":
            sp = next(x for x in doc.sections if x["key"] == doc.spill_key)
            doc.sections.remove(sp); doc.sections.insert(min(3, len(doc.sections)), sp)
            traits.append(f"field {doc.spill_key!r} continues from bottom of left column to top of right column")
        if layout.startswith("pdf-sidebar"):
            doc.sidebar_keys = ("mentor",) if r.random() < 0.6 else ("mentor", "hours")
            traits.append(f"sidebar holds: {', '.join(doc.sidebar_keys)} + municipality contact")
        if layout.startswith("pdf-ocr"):
            traits.append("scan: page image + invisible OCR text layer with damage (ø/æ/å substitutions, i→1/l, l→1, m→rn, ti→fi, u→n, lost/doubled spaces, hyphenated breaks, stray line-start chars)")
        self_check(doc, rules, None)
        fmt = self.render(doc, layout, out)
        self.record(doc, fmt, "agreement", "qa-wording" if qa_style else "standard", layout, rules, [], cprs, traits, period)

    # ------------------------------------------------------------------ min plan
    MP_SYSTEMS = [
        dict(name="Fasit Plan 4.2", title="Min Plan – indsatsdetaljer",
             L=dict(kind="Aktivitet", goal="Formål", mentor="Leverandør", contact="Kontakt", tasks="Indhold",
                    start="Start", end="Slut", hours="Omfang")),
        dict(name="JobNet-udtræk / KMD Momentum", title="Udskrift: Min Plan",
             L=dict(kind="Indsats", goal="Sigte med indsatsen", mentor="Udførende mentor", contact="Tlf./mail",
                    tasks="Mentorens rolle", period="Periode", hours="Timer pr. uge")),
        dict(name="Plansystemet BorgerIndsats", title="Plan for indsats – mentorstøtte",
             L=dict(kind="Tilbudstype", goal="Målsætning", mentor="Ansvarlig", contact="Kontaktoplysninger",
                    tasks="Aftalte aktiviteter", start="Startdato", end="Forventet slutdato", hours="Ugentligt omfang")),
        dict(name="CASE/Indsatsmodul", title="MIN PLAN",
             L=dict(kind="Type", goal="Mål", mentor="Mentor", contact="Kontakt", tasks="Beskrivelse",
                    start="Fra", end="Til", hours="Timer")),
        dict(name="Borgerportal – print", title="Din plan: mentor",
             L=dict(kind="Indsatsnavn", goal="Hvorfor", mentor="Hvem", contact="Hvordan kontaktes", tasks="Hvad",
                    period="Hvornår", hours="Hvor meget")),
    ]

    def minplan(self, out, muni, layout, defects):
        r = self.rng
        sysd = r.choice(self.MP_SYSTEMS)
        L = sysd["L"]
        mentor, casew, citizen = self.people(muni)
        over = "duration-over-6-months" in defects
        start, end = self.period(over=over, boundary=(not over and r.random() < 0.3))
        ds = r.choice(["dots", "iso", "short", muni["date"]])
        ext = "pdf" if layout.startswith("pdf") else layout.split("-")[0]
        doc = Doc(fname=self.fname(muni["key"], "minplan", ext), title=sysd["title"], sender=muni["name"],
                  system_name=f"{sysd['name']} · {muni['name']}",
                  print_stamp=f"Udskrevet {fmt_date(start - dt.timedelta(days=r.randint(2, 9)), 'dots')} kl. {r.randint(8, 15):02d}:{r.randint(0, 59):02d}",
                  allowed_contacts={casew["phone"], casew["mail"]})
        traits = [f"municipality={muni['name']}", f"case system={sysd['name']}", f"layout={layout}"]
        cprs = []
        if r.random() < 0.5:
            c_ = cpr(r); cprs.append(c_)
            doc.header = [f"Borger: {citizen} ({c_})"]
        else:
            doc.header = [f"Borger: {citizen}"]
        doc.header.append(f"Sagsbehandler: {casew['name']} · {casew['phone']}")
        rules = set()
        doc.sec("kind", L["kind"], [r.choice(["Mentorstøtte", "Mentor (LAB § 167)", "Mentorstøtte – tilbudsmentor", "Mentor/udvidet"])])
        if "missing-goal" in defects:
            rules.add("missing-goal")
            how = r.choice(["absent", "empty", "placeholder"])
            if how != "absent":
                doc.sec("goal", L["goal"], ["" if how == "empty" else r.choice(["-", "(ikke udfyldt)", "TBD"])])
            traits.append(f"missing-goal made by: {how}")
        else:
            pool = VAGUE_GOALS if "unclear-goal" in defects else CLEAR_GOALS
            if "missing-duration" in defects:
                pool = [x for x in pool if not re.search(r"uger|periode|måned", x)]
            g = r.choice(pool)
            if "unclear-goal" in defects:
                rules.add("unclear-goal")
            doc.sec("goal", L["goal"], [g]); traits.append(f"goal: {L['goal']!r}: {g!r}")
        if "missing-mentor" in defects:
            rules.add("missing-mentor")
            how = r.choice(["name-only", "contact-empty", "firm-only"])
            if how == "name-only":
                doc.sec("mentor", L["mentor"], [mentor["name"]]); doc.sec("contact", L["contact"], ["-"])
            elif how == "contact-empty":
                doc.sec("mentor", L["mentor"], [f"{mentor['firm']} v/ {mentor['name']}"]); doc.sec("contact", L["contact"], [""])
            else:
                doc.sec("mentor", L["mentor"], [mentor["firm"]])
            traits.append(f"missing-mentor made by: {how}")
        else:
            doc.sec("mentor", L["mentor"], [f"{mentor['name']} ({mentor['firm']})"])
            cv = r.choice([f"{mentor['phone']} / {mentor['mail']}", mentor["phone"], mentor["mail"]])
            doc.sec("contact", L["contact"], [cv]); traits.append(f"mentor: {mentor['name']} / {cv}")
        if "missing-tasks" in defects:
            rules.add("missing-tasks")
            how = r.choice(["absent", "empty"])
            if how == "empty":
                doc.sec("tasks", L["tasks"], [""])
            traits.append(f"missing-tasks made by: {how}")
        else:
            t = r.sample(TASKS, r.randint(2, 4))
            v = "Mentor skal " + ", ".join(t[:-1]) + " og " + t[-1] + "."
            doc.sec("tasks", L["tasks"], [v]); traits.append(f"tasks: {L['tasks']!r}: {v!r}")
        period = None
        if "missing-duration" in defects:
            rules.add("missing-duration")
            if "start" in L and r.random() < 0.5:
                doc.sec("start", L["start"], [""]); doc.sec("end", L["end"], [""])
                traits.append("missing-duration made by: empty start/end rows")
            else:
                traits.append("missing-duration made by: absent")
        else:
            period = (start, end)
            a, b = fmt_date(start, ds), fmt_date(end, ds)
            if "start" in L:
                doc.sec("start", L["start"], [a]); doc.sec("end", L["end"], [b])
                traits.append(f"duration as separate rows {L['start']}={a} {L['end']}={b}")
            else:
                doc.sec("period", L["period"], [f"{a} - {b}"]); traits.append(f"duration: {L['period']}={a} - {b}")
            if over:
                rules.add("duration-over-6-months"); traits.append("period longer than 6 months")
        if "missing-hours" in defects:
            rules.add("missing-hours")
            if r.random() < 0.6:
                v = r.choice(VAGUE_HOURS); doc.sec("hours", L["hours"], [v]); traits.append(f"missing-hours made by: vague {v!r}")
            else:
                traits.append("missing-hours made by: absent")
        else:
            n = r.choice([2, 3, 4, 5, 8])
            v = r.choice([f"{n} t/uge", f"{n} timer pr. uge", f"{n},0 timer/uge"])
            doc.sec("hours", L["hours"], [v]); traits.append(f"hours: {L['hours']!r}: {v!r}")
        doc.footer = [f"Planen er delt med borgeren på Jobnet/Min side. Side 1 af 1."]
        self_check(doc, rules, None)
        if layout.startswith("pdf-ocr"):
            traits.append("scan of a printed Min Plan: page image + invisible OCR text layer with damage")
        fmt = self.render(doc, layout, out)
        self.record(doc, fmt, "minplan", "mentor-entry", layout, rules, [], cprs, traits, period)

    # ------------------------------------------------------------------ decisions
    def decision(self, out, muni, layout, subtype, flags):
        r = self.rng
        mentor, casew, citizen = self.people(muni)
        ds = muni["date"]
        over = "over" in flags
        start, end = self.period(over=over, boundary=(not over and r.random() < 0.4))
        ext = "pdf" if layout.startswith("pdf") else layout.split("-")[0]
        ld = start - dt.timedelta(days=r.randint(4, 15))
        doc = Doc(fname=self.fname(muni["key"], "afgoerelse", ext), sender=muni["name"], sender_short=muni["name"],
                  allowed_contacts=set())
        doc.side_info = [muni["unit"], muni["street"], f"Telefon {muni['phone']}", muni["mail"],
                         f"Dato: {fmt_date(ld, ds)}", f"Sagsnr.: 15.20.08-G01-{r.randint(100, 999)}-26"]
        cprs = []
        doc.header = [citizen, f"{r.choice(['Lærkevej', 'Skolegade', 'Engtoften', 'Nørremarken'])} {r.randint(1, 80)}"]
        if r.random() < 0.6:
            c_ = cpr(r); cprs.append(c_); doc.header.append(f"Cpr.nr. {c_}")
        traits = [f"municipality={muni['name']}", f"subtype={subtype}", f"layout={layout}"]
        a, b = fmt_date(start, ds), fmt_date(end, ds)
        n_ask, n = r.choice([(6, 3), (8, 4), (5, 2)])
        period = None
        titles = dict(bevilling="Afgørelse: Du får mentorstøtte", delvis="Afgørelse om mentorstøtte – delvis bevilling",
                      afslag="Afgørelse: Afslag på mentorstøtte", forlaengelse="Afgørelse om forlængelse af mentorstøtte",
                      ophoer="Afgørelse om ophør af mentorstøtte")
        doc.title = titles[subtype]
        law = r.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1", "lov om en aktiv beskæftigelsesindsats § 167 (tidligere § 31 b)"])
        reasons = "no-reasons" not in flags
        if subtype == "bevilling":
            period = (start, end)
            doc.sec("x", "", [f"Kommunen har bevilget dig mentorstøtte efter {law} i perioden {a} til {b}. Du får {n} timer om ugen med mentor {mentor['name']}, {mentor['firm']}."])
            if r.random() < 0.5:
                doc.sec("r", "Vi har lagt vægt på", ["at du selv har peget på, at du har brug for støtte til at komme godt i gang med praktikken."])
        elif subtype == "delvis":
            period = (start, end)
            doc.sec("x", "", [f"Du har søgt om mentorstøtte {n_ask} timer om ugen. Kommunen bevilger {n} timer om ugen i perioden {a} – {b}, jf. {law}."])
            if reasons:
                doc.sec("r", "Begrundelse", [f"Vi vurderer, at {n} timer om ugen er tilstrækkeligt, fordi du allerede får støtte fra praktikstedets kontaktperson. Vi har lagt vægt på oplysningerne fra dit praktiksted og på {law}, hvorefter timetallet fastsættes ud fra en konkret vurdering af behovet."])
        elif subtype == "afslag":
            doc.sec("x", "", [f"Du har søgt om mentorstøtte. Kommunen giver dig afslag, jf. {law}."])
            if reasons:
                doc.sec("r", "Begrundelse", ["Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse. Du er i dag i et behandlingsforløb, og vi vurderer, at du får den nødvendige støtte dér. Vi har lagt vægt på udtalelsen fra din behandler."])
        elif subtype == "forlaengelse":
            period = (start, end)
            doc.sec("x", "", [f"Din mentorstøtte forlænges med en ny periode fra {a} til {b} med {n} timer om ugen, jf. {law}, 2. pkt."])
            doc.sec("r", "Begrundelse", ["Vi vurderer, at du stadig har brug for mentor for at fastholde din uddannelse, fordi du netop er startet på hovedforløbet."])
        elif subtype == "ophoer":
            doc.sec("x", "", [f"Din mentorstøtte hos {mentor['firm']} ophører pr. {b}."])
            if reasons:
                doc.sec("r", "Begrundelse", ["Du er startet i ordinært job og har ikke længere brug for mentorstøtte. Vi har lagt vægt på, at du selv har oplyst, at du klarer dig uden."])
        if layout != "pdf-letter":
            doc.header = doc.header + doc.side_info[4:]
        if over and period:
            traits.append("granted period longer than 6 months")
        extras = []
        rules = set()
        if not reasons:
            extras.append("missing-reasons"); traits.append("missing-reasons: no reasons section in a non-full grant")
        if "no-appeal" in flags:
            rules.add("missing-appeal-guidance")
            if r.random() < 0.5:
                v = r.choice(VAGUE_APPEAL); doc.sec("a", "Klagevejledning", [v]); traits.append(f"missing-appeal-guidance made by: vague {v!r}")
            else:
                traits.append("missing-appeal-guidance made by: absent")
        elif "wrong-route" in flags:
            doc.sec("a", "Klagevejledning", [WRONG_ROUTE]); extras.append("appeal-wrong-route")
            traits.append("appeal-wrong-route: tells citizen to appeal directly to Ankestyrelsen")
        else:
            v = APPEALS[(muni["appeal"] + r.randint(0, 2)) % len(APPEALS)].format(name=muni["name"], unit=muni["unit"], NAME=muni["name"].upper())
            doc.sec("a", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"]), [v])
            traits.append(f"appeal: {v!r}")
        if over:
            rules.add("duration-over-6-months")
        doc.footer = ["Med venlig hilsen", casew["name"], f"{muni['unit']}"]
        self_check(doc, rules | set(extras), None)
        fmt = self.render(doc, layout, out)
        self.record(doc, fmt, "decision", subtype, layout, rules, extras, cprs, traits, period)

    # ------------------------------------------------------------------ unknown
    def unknown(self, out, muni, layout, what):
        r = self.rng
        mentor, casew, citizen = self.people(muni)
        ext = "pdf" if layout.startswith("pdf") else layout.split("-")[0]
        doc = Doc(fname=self.fname(muni["key"], what, ext), sender=muni["name"], sender_short=muni["name"],
                  allowed_contacts=set())
        doc.side_info = [muni["unit"], muni["street"], f"Tlf. {muni['phone']}"]
        doc.system_name, doc.print_stamp = muni["name"], ""
        cprs = []
        if what == "pjece":
            doc.title = "Hvad står der i en mentoraftale?"
            doc.sec("a", "Til dig, der skal have en mentor", ["Når kommunen bevilger mentorstøtte, laver vi en skriftlig aftale. Aftalen skal indeholde:"],
                    ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                     "varighed og opfølgning", "timetallet", "klagevejledning"])
            doc.sec("b", "Hvor længe?", ["Mentorstøtte gives højst 6 måneder ad gangen med mulighed for forlængelse."])
        elif what == "indkaldelse":
            doc.title = "Indkaldelse til samtale"
            doc.header = [citizen, f"Dato: {fmt_date(dt.date(2026, r.randint(2, 10), r.randint(1, 28)), muni['date'])}"]
            doc.sec("a", "", [f"Du indkaldes til samtale med din sagsbehandler {casew['name']} om din plan. Din mentor {mentor['name']} deltager også.",
                              "Mødet holdes i Jobhusets lokale 2. Husk at tage NemID/MitID med.",
                              "Hvis du er forhindret, skal du melde afbud senest dagen før."])
        elif what == "faktura":
            doc.title = f"Faktura nr. {r.randint(2000, 9000)}"
            doc.sender = mentor["firm"]
            doc.header = [f"Til: {muni['name']}, {muni['unit']}", f"Vedr.: mentorstøtte, borger-ID {r.randint(10000, 99999)}"]
            doc.sec("a", "Specifikation", [], [f"Mentortimer marts: {r.randint(8, 20)} timer à 525,00 kr.", "Kørsel: 112 km à 3,79 kr."])
            doc.sec("b", "Betaling", ["Netto 30 dage. EAN-nr. 5798000012345."])
        elif what == "timeseddel":
            doc.title = "Timeregistrering – mentor"
            doc.header = [f"Mentor: {mentor['name']}", f"Måned: {MONTHS[r.randint(1, 10)]} 2026"]
            doc.sec("a", "Registrerede timer", [], [f"Uge {w}: {r.randint(1, 4)} t. – møde og følgeskab" for w in range(10, 14)])
            doc.sec("b", "Attestation", ["Borger og mentor bekræfter, at timerne er afholdt med direkte kontakt."])
        elif what == "jobopslag":
            doc.title = "Vi søger erfarne mentorer til unge"
            doc.sec("a", "Om jobbet", ["Vil du gøre en forskel for unge, der skal i gang med uddannelse? Vi søger to mentorer på 30 timer om ugen.",
                                       "Du skal kunne arbejde selvstændigt og have kørekort."])
            doc.sec("b", "Ansøgning", [f"Send ansøgning til {muni['mail']} senest 1. april 2026."])
        elif what == "referat":
            doc.title = "Referat – teammøde i mentorteamet"
            doc.sec("a", "Dagsorden", [], ["Nye henvisninger", "Fordeling af sager", "Kursus i motiverende samtale", "Eventuelt"])
            doc.sec("b", "Referat", ["Der er kommet fire nye henvisninger. Fordeling sker efter kapacitet. Teamet drøftede den nye budgetloft-regel."])
        elif what == "kvalitetsstandard":
            doc.title = f"Kvalitetsstandard: mentorstøtte i {muni['name']}"
            doc.sec("mentor", "Formål med ydelsen", ["At fremme, at borgere kan opnå eller fastholde job eller uddannelse."])
            doc.sec("b", "Målgruppe", ["Borgere i målgrupperne efter LAB § 6."])
            doc.sec("c", "Serviceniveauer", [], ["Niveau 1: 0-1 time pr. uge", "Niveau 2: 1-2 timer pr. uge", "Niveau 3: over 2 timer pr. uge"])
            doc.sec("d", "Evaluering", ["Der evalueres altid 14 dage før støtteperioden ophører."])
            doc.sec("e", "Varighed", ["Højst 6 måneder ad gangen."])
        elif what == "budgetsvar":
            doc.title = "Budgetspørgsmål nr. 12 – effekt af mentorindsatsen"
            doc.sec("a", "Spørgsmål", ["Hvor mange borgere havde mentor i 2025, og hvor mange kom i job eller uddannelse?"])
            doc.sec("b", "Svar", ["I 2025 havde 214 borgere mentorstøtte. 61 kom i job eller uddannelse inden for seks måneder efter forløbet."])
        elif what == "mail":
            doc.title = "Emne: Sv: min mentor"
            doc.header = [f"Fra: {citizen}", f"Til: {casew['name']}"]
            doc.sec("a", "", ["Hej. Jeg ville bare sige at det går godt med praktikken og at jeg gerne vil fortsætte med min mentor. Kan vi snakke om det på mødet?", "Mvh " + citizen.split()[0]])
        elif what == "kvittering":
            doc.title = "Kvittering for modtaget ansøgning"
            c_ = cpr(r); cprs.append(c_)
            doc.header = [citizen, f"CPR: {c_}"]
            doc.sec("a", "", ["Vi har modtaget din ansøgning om mentorstøtte. Du hører fra os, når vi har behandlet den. Forventet sagsbehandlingstid er fire uger."])
        elif what == "ansoegning":
            doc.title = "Ansøgning om mentor"
            doc.header = [f"Navn: {citizen}"]
            doc.sec("a", "Hvorfor søger du?", ["Jeg har svært ved at komme afsted om morgenen og vil gerne have hjælp, så jeg kan holde fast i min praktik."])
            doc.sec("b", "Hvad ønsker du hjælp til?", ["Morgenopkald og hjælp til post."])
        elif what == "nyhedsbrev":
            doc.title = "Nyt fra Beskæftigelse – forår 2026"
            doc.sec("a", "Jobcenter bliver til kommunen", ["Fra 1. februar 2026 skriver vi 'kommunen' i stedet for 'jobcentret' i vores breve."])
            doc.sec("b", "Mentorkorpset vokser", ["Tre nye mentorer er startet. Du kan møde dem til åbent hus."])
        elif what == "prisliste":
            doc.title = f"Prisliste 2026 – {mentor['firm']}"
            doc.sender = mentor["firm"]; doc.sender_short = mentor["firm"]
            doc.sec("a", "Ydelser", [], ["Mentortime, dagtid: 525 kr.", "Mentortime, aften/weekend: 640 kr.", "Opstartsmøde: gratis"])
            doc.sec("b", "Betingelser", ["Priserne er ekskl. moms. Afbud senere end 24 timer før faktureres."])
            doc.sidebar_keys = ("b",)
        elif what == "samtykke":
            doc.title = "Samtykkeerklæring"
            doc.header = [f"Navn: {citizen}"]
            doc.sec("a", "", ["Jeg giver samtykke til, at kommunen må udveksle oplysninger med min mentor og mit praktiksted i forbindelse med min plan.",
                              "Samtykket kan altid trækkes tilbage."])
            doc.sec("b", "", ["Underskrift: ____________________"])
        elif what == "koersel":
            doc.title = "Blanket: Befordringsgodtgørelse"
            doc.sec("a", "Udfyldes af borger", [], ["Dato for kørsel", "Fra/til adresse", "Antal km", "Formål med turen"])
            doc.sec("b", "", ["Blanketten afleveres til din kontaktperson senest den 5. i måneden."])
        traits = [f"unknown document: {what}", f"layout={layout}"]
        if what in ("pjece", "kvalitetsstandard"):
            traits.append("tricky: lists the mandatory fields / mentor wording but is not an agreement")
        fmt = self.render(doc, layout, out)
        self.record(doc, fmt, "unknown", what, layout, [], [], cprs, traits, None)


# ----------------------------------------------------------------------------- plan
def plan(rng):
    agr_layouts = (["pdf-ocr-light"] * 10 + ["pdf-ocr-heavy"] * 8 + ["pdf-two-column"] * 7 + ["pdf-two-column-spill"] * 6 +
                   ["pdf-sidebar-left"] * 6 + ["pdf-sidebar-right"] * 6 + ["pdf-fields"] * 5 + ["pdf-table"] * 5 +
                   ["docx-headings"] * 7 + ["docx-qa"] * 8 + ["docx-table"] * 4 + ["txt-fields"] * 4 + ["html-fields"] * 4)
    agr_defects = ([()] * 28 + [("missing-goal",)] * 8 + [("missing-mentor",)] * 9 + [("missing-tasks",)] * 8 +
                   [("missing-duration",)] * 3 + [("missing-follow-up",)] * 4 + [("missing-hours",)] * 4 +
                   [("missing-appeal-guidance",)] * 4 + [("duration-over-6-months",)] * 4 + [("unclear-goal",)] * 5 +
                   [("missing-mentor", "missing-hours"), ("missing-goal", "missing-tasks"), ("duration-over-6-months", "unclear-goal")])
    rng.shuffle(agr_layouts); rng.shuffle(agr_defects)
    mp_layouts = (["pdf-minplan-print"] * 7 + ["pdf-ocr-light"] * 3 + ["pdf-ocr-heavy"] * 2 + ["txt-minplan"] * 7 +
                  ["html-minplan-dl"] * 4 + ["html-minplan-table"] * 4 + ["html-minplan-div"] * 3)
    mp_defects = ([()] * 11 + [("missing-goal",)] * 3 + [("missing-mentor",)] * 4 + [("missing-tasks",)] * 3 +
                  [("missing-duration",)] * 2 + [("missing-hours",)] * 3 + [("duration-over-6-months",)] * 2 + [("unclear-goal",)] * 2)
    rng.shuffle(mp_layouts); rng.shuffle(mp_defects)
    dec = [("bevilling", ()), ("bevilling", ("no-appeal",)), ("bevilling", ("over",)), ("bevilling", ()),
           ("delvis", ()), ("delvis", ("no-reasons",)), ("delvis", ("wrong-route",)),
           ("afslag", ()), ("afslag", ("no-appeal",)), ("afslag", ("no-reasons",)),
           ("forlaengelse", ()), ("forlaengelse", ("over",)), ("forlaengelse", ()),
           ("ophoer", ()), ("ophoer", ("wrong-route",))]
    dec_layouts = ["pdf-letter"] * 5 + ["pdf-ocr-light"] * 2 + ["pdf-ocr-heavy"] * 2 + ["docx-letter"] * 3 + ["html-letter"] * 2 + ["txt-letter"]
    rng.shuffle(dec_layouts)
    unk = [("pjece", "pdf-fields"), ("indkaldelse", "docx-letter"), ("faktura", "pdf-letter"), ("timeseddel", "pdf-ocr-light"),
           ("jobopslag", "html-letter"), ("referat", "txt-letter"), ("kvalitetsstandard", "pdf-two-column"),
           ("budgetsvar", "pdf-letter"), ("mail", "txt-letter"), ("kvittering", "pdf-ocr-heavy"), ("ansoegning", "docx-headings"),
           ("nyhedsbrev", "html-fields"), ("prisliste", "pdf-sidebar-right"), ("samtykke", "pdf-fields"), ("koersel", "pdf-table")]
    jobs = [("agreement", lay, d) for lay, d in zip(agr_layouts, agr_defects)]
    jobs += [("minplan", lay, d) for lay, d in zip(mp_layouts, mp_defects)]
    jobs += [("decision", lay, d) for lay, d in zip(dec_layouts, dec)]
    jobs += [("unknown", lay, w) for w, lay in unk]
    rng.shuffle(jobs)
    return jobs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    b = Builder(a.seed)
    jobs = plan(random.Random(a.seed * 7 + 1))
    for i, (kind, layout, d) in enumerate(jobs):
        muni = MUNIS[i % len(MUNIS)] if b.rng.random() < 0.5 else b.rng.choice(MUNIS)
        if kind == "agreement":
            b.agreement(out, muni, layout, set(d), qa_style=(layout == "docx-qa"))
        elif kind == "minplan":
            b.minplan(out, muni, layout, set(d))
        elif kind == "decision":
            b.decision(out, muni, layout, d[0], set(d[1]))
        else:
            b.unknown(out, muni, layout, d)
    recs = sorted(b.records, key=lambda x: x["path"])
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(recs)} documents to {out}")


if __name__ == "__main__":
    main()
