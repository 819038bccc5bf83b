#!/usr/bin/env python3
"""Corpus J: scanned-looking 'Aftale om mentorstøtte' PDFs with a REAL Tesseract OCR text layer.

Each page is rendered with Pillow (~200 dpi, A4), degraded with mild scan artefacts, then
`tesseract page.png out -l dan pdf` produces image + OCR text layer. Only the PDF is kept.

Usage: make_corpus_j.py --out /work/corpora/j --seed 1
"""
import argparse, calendar, datetime as dt, json, os, random, shutil, subprocess, tempfile
from concurrent.futures import ProcessPoolExecutor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H = 1654, 2339
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 170, 150, 170
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": (FONT_DIR + "DejaVuSans.ttf", FONT_DIR + "DejaVuSans-Bold.ttf"),
    "serif": (FONT_DIR + "DejaVuSerif.ttf", FONT_DIR + "DejaVuSerif-Bold.ttf"),
}
LAYOUTS = ["labelled-lines", "grid-table", "headings"]
DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-hours",
           "missing-follow-up", "duration-over-6-months", "missing-appeal-guidance"]
FIELD_OF_DEFECT = {"missing-goal": "goal", "missing-mentor": "mentor", "missing-tasks": "tasks",
                   "missing-hours": "hours", "missing-follow-up": "follow-up",
                   "missing-appeal-guidance": "appeal"}
ORDER = ["goal", "mentor", "tasks", "period", "follow-up", "hours", "appeal"]

KOMMUNER = ["Skovlunde Vest Kommune", "Ravnsø Kommune", "Lindholt Kommune", "Egebæk Kommune",
            "Havrevig Kommune", "Brøndmark Kommune", "Fjordby Kommune", "Søholm Kommune",
            "Kærslev Kommune", "Grønnerup Kommune"]
FIRST = ["Mette", "Jonas", "Sara", "Ahmad", "Camilla", "Rasmus", "Fatima", "Mikkel", "Louise",
         "Kasper", "Nanna", "Emil", "Ida", "Søren", "Line", "Bo", "Helle", "Tobias", "Amalie", "Jesper"]
LAST = ["Jørgensen", "Kristensen", "Holm", "Lauridsen", "Østergaard", "Bach", "Møller", "Thygesen",
        "Nygaard", "Poulsen", "Skov", "Vestergaard", "Dam", "Lund", "Mikkelsen", "Frost"]
STREETS = ["Torvegade", "Rådhuspladsen", "Skolevej", "Stationsvej", "Søndergade", "Kirkestræde"]

LABELS = {
    "goal": ["Mål", "Formål med forløbet", "Målet med mentorstøtten", "Hovedformål", "Målsætning"],
    "mentor": ["Din mentor", "Mentor og kontaktoplysninger", "Mentorens navn og kontaktdata",
               "Kontaktperson (mentor)", "Mentor"],
    "tasks": ["Hvad skal mentor hjælpe med", "Mentorens opgaver", "Opgaver", "Indsatsområder",
              "Støtten består i"],
    "period": ["Støtteperiode", "Periode", "Varighed", "Bevilget periode", "Aftalens varighed"],
    "follow-up": ["Opfølgning og evaluering", "Opfølgning", "Status og evaluering",
                  "Sådan følger vi op", "Progression og opfølgning"],
    "hours": ["Timer pr. uge", "Timetal", "Antal timer", "Omfang af støtten", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}
GOALS = [
    "Du starter på SOSU-hjælperuddannelsen i {kom} til sommer og gennemfører grundforløbets første 10 uger.",
    "Du får et job som lagermedarbejder på fuld tid inden for et år.",
    "Du gennemfører en virksomhedspraktik som butiksassistent i 8 uger og søger derefter ordinære stillinger i detailhandlen.",
    "Du fastholder dit fleksjob som kantinemedhjælper og møder på alle aftalte arbejdsdage.",
    "Du bliver optaget på hf-enkeltfag i dansk og matematik og afleverer alle skriftlige opgaver.",
    "Du opnår ansættelse som chauffør med kørekort kategori C efter endt AMU-kursus.",
    "Du gennemfører første år af tømreruddannelsen på erhvervsskolen uden fravær over 10 procent.",
    "Du får en løntilskudsstilling som pedelmedhjælper og går derefter over i ordinær ansættelse.",
    "Du påbegynder uddannelsen til pædagogisk assistent ved næste studiestart og består første eksamen.",
    "Du kommer i job som rengøringsassistent på en skole i kommunen.",
]
TASKS = [
    "Mentor hjælper dig med at planlægge transporten til skolen, deltager i opstartssamtalen og støtter dig i at holde dine aftaler med underviserne.",
    "Mentor støtter dig i at møde stabilt, hjælper med at skabe struktur på morgenen og tager med til de første samtaler med arbejdsgiveren.",
    "Mentor hjælper dig med at skrive ansøgninger og CV, øver jobsamtaler med dig og følger dig til samtaler, når du ønsker det.",
    "Mentor vejleder dig i de uskrevne regler på arbejdspladsen og hjælper dig med at tage kontakt til din leder, hvis der opstår problemer.",
    "Mentor hjælper dig med lektieplan og overblik over afleveringer og er bindeled til studievejlederen.",
    "Mentor støtter dig i kontakten med praktikstedet, hjælper med at løse praktiske udfordringer og ringer til dig om morgenen i den første tid.",
]
FOLLOWUPS = [
    "Din sagsbehandler følger op hver 4. uge ved et kort statusmøde med dig og mentor, hvor vi ser på, hvor langt du er kommet.",
    "Vi holder midtvejsevaluering efter halvdelen af perioden og en afsluttende evaluering 14 dage før støtten ophører.",
    "Mentor sender en skriftlig status til kommunen hver måned, og vi taler sammen om din progression ved næste samtale.",
    "Opfølgning sker ved samtale hver 6. uge, hvor vi vurderer fremskridt i forhold til delmålene.",
    "Der holdes statusmøde hver anden måned med dig, mentor og sagsbehandler. Progressionen noteres i Min Plan.",
]
HOURS = ["2 timer pr. uge", "op til 3 timer ugentligt", "8 timer om måneden", "1-2 timer pr. uge",
         "4 t/uge", "3 timer om ugen", "i alt 6 timer pr. måned", "5 timer pr. uge"]
APPEALS = [
    "Hvis du er uenig i afgørelsen, kan du klage til {kom}. Klagen skal være modtaget senest 4 uger efter, at du har fået denne afgørelse. Kommunen genvurderer sagen, og hvis afgørelsen fastholdes, sender vi klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen inden fire uger. Klagen sendes til {kom}, mundtligt eller skriftligt. Vi genvurderer afgørelsen, og fastholder vi den, sendes klagen og sagens akter til Ankestyrelsen, jf. retssikkerhedslovens kapitel 10.",
    "Er du ikke enig, skal du klage til kommunen inden 4 uger fra du har modtaget brevet. {kom} vurderer sagen igen. Hvis vi ikke giver dig medhold, sender vi klagen videre til Ankestyrelsen, som træffer afgørelse.",
]
PLACEHOLDERS = ["udfyldes", "[skrives senere]", "-", "[udfyldes]", "Aftales senere", "...", "(ikke udfyldt)"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
NUMWORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
            10: "ti", 11: "elleve", 12: "tolv"}


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d, style):
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}. {MONTHS_ABBR[d.month-1]} {d.year}"


def make_period(rng, months):
    start = dt.date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.choice([1, 1, 1, 15, 4, 10]))
    end = add_months(start, months) - dt.timedelta(days=1)
    ds = rng.randint(0, 3)
    form = rng.randint(0, 2)
    if form == 0:
        txt = f"{fmt_date(start, ds)} – {fmt_date(end, ds)}"
    elif form == 1:
        txt = f"fra {fmt_date(start, ds)} til {fmt_date(end, ds)}"
    else:
        n = NUMWORDS[months] if rng.random() < 0.4 else str(months)
        txt = f"fra {fmt_date(start, ds)} og {n} måneder frem"
    return start, end, txt


def build_doc(idx, layout, defect, rng):
    kom = rng.choice(KOMMUNER)
    citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    mentor_name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    worker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    while worker in (citizen, mentor_name):
        worker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    slug = kom.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    if defect == "duration-over-6-months":
        months = rng.randint(7, 12)
    else:
        months = rng.choice([2, 3, 3, 4, 4, 5, 6, 6])
    start, end, period_txt = make_period(rng, months)
    letter_date = start - dt.timedelta(days=rng.randint(5, 20))
    phone = f"{rng.randint(20,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}"
    initials = (mentor_name.split()[0][:2] + mentor_name.split()[1][:3]).lower()
    initials = initials.replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    mentor_txt = rng.choice([
        f"{mentor_name}, tlf. {phone}, e-mail {initials}@{slug}.dk",
        f"{mentor_name}. Du kan ringe på {phone} eller skrive til {initials}@{slug}.dk",
        f"{mentor_name} (mentor), telefon {phone}, mail: {initials}@{slug}.dk",
    ])
    values = {
        "goal": rng.choice(GOALS).format(kom=kom.replace(" Kommune", "")),
        "mentor": mentor_txt,
        "tasks": rng.choice(TASKS),
        "period": period_txt,
        "follow-up": rng.choice(FOLLOWUPS),
        "hours": rng.choice(HOURS),
        "appeal": rng.choice(APPEALS).format(kom=kom),
    }
    labels = {k: rng.choice(v) for k, v in LABELS.items()}
    shown = dict(values)
    removed = "none"
    omit = set()
    if defect in FIELD_OF_DEFECT:
        f = FIELD_OF_DEFECT[defect]
        if rng.random() < 0.6:
            ph = rng.choice(PLACEHOLDERS)
            shown[f] = ph
            removed = f"{f} (replaced by placeholder '{ph}')"
        else:
            omit.add(f)
            removed = f"{f} (field left out)"
    fields = [(k, labels[k], shown[k]) for k in ORDER if k not in omit]
    case_no = f"{rng.randint(10,99)}.{rng.randint(10,99)}.{rng.randint(10,99)}-{rng.choice('PKG')}{rng.randint(10,30)}-{rng.randint(1,999)}-{start.year % 100}"
    head = {
        "kommune": kom,
        "address": f"{rng.choice(STREETS)} {rng.randint(1,40)}, {rng.randint(2000,9900)} {kom.replace(' Kommune','')}",
        "date": fmt_date(letter_date, 0),
        "citizen": citizen,
        "case": case_no,
        "worker": worker,
        "title": rng.choice(["Aftale om mentorstøtte", "Aftale om mentorstøtte efter LAB § 167",
                             "Skriftlig aftale om mentorstøtte"]),
        "intro": rng.choice([
            "Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Her kan du læse, hvad vi har aftalt.",
            "Denne aftale beskriver den mentorstøtte, du får fra kommunen, jf. LAB § 167.",
            "Vi har aftalt, at du får en mentor. Aftalen gælder for perioden nedenfor.",
        ]),
    }
    traits = [f"{k} [{labels[k]}]: '{values[k]}'" for k in ORDER]
    traits += [f"kommune: {kom}", f"removed: {removed}"]
    rules = [defect] if defect else []
    return {"head": head, "fields": fields, "traits": traits, "rules": rules,
            "period": {"start": start.isoformat(), "end": end.isoformat()}}


class Pager:
    def __init__(self, font_family):
        reg, bold = FONTS[font_family]
        self.f = ImageFont.truetype(reg, 29)
        self.fb = ImageFont.truetype(bold, 29)
        self.fh = ImageFont.truetype(bold, 38)
        self.fs = ImageFont.truetype(reg, 24)
        self.pages = []
        self.new_page()

    def new_page(self):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = MARGIN_TOP

    def ensure(self, h):
        if self.y + h > H - MARGIN_BOTTOM:
            self.new_page()

    def wrap(self, text, font, width):
        out, line = [], ""
        for w in text.split():
            t = (line + " " + w).strip()
            if font.getlength(t) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
        return out

    def text(self, text, font=None, x=MARGIN_X, width=None, lh=40, gap=0):
        font = font or self.f
        width = width or (W - MARGIN_X - x)
        for ln in self.wrap(text, font, width):
            self.ensure(lh)
            self.d.text((x, self.y), ln, font=font, fill=0)
            self.y += lh
        self.y += gap


def render(doc, layout, rng):
    p = Pager(rng.choice(["sans", "serif"]))
    h = doc["head"]
    p.text(h["kommune"], p.fh, lh=50)
    p.text(h["address"], p.fs, lh=32)
    p.text("Borgerservice og Beskæftigelse", p.fs, lh=32, gap=30)
    p.text(f"Dato: {h['date']}", lh=40)
    p.text(f"Sagsnr.: {h['case']}", lh=40)
    p.text(f"Borger: {h['citizen']}", lh=40)
    p.text(f"Sagsbehandler: {h['worker']}", lh=40, gap=30)
    p.text(h["title"], p.fh, lh=54, gap=14)
    p.text(h["intro"], gap=26)
    if layout == "labelled-lines":
        for _, lab, val in doc["fields"]:
            # "Label: value" with label in bold, value continuing and wrapping
            lab_txt = lab + ": "
            lw = p.fb.getlength(lab_txt)
            words = val.split()
            width = W - 2 * MARGIN_X
            first, rest = "", []
            i = 0
            while i < len(words) and p.f.getlength((first + " " + words[i]).strip()) <= width - lw:
                first = (first + " " + words[i]).strip(); i += 1
            p.ensure(40)
            p.d.text((MARGIN_X, p.y), lab_txt, font=p.fb, fill=0)
            p.d.text((MARGIN_X + lw, p.y), first, font=p.f, fill=0)
            p.y += 40
            if i < len(words):
                p.text(" ".join(words[i:]), lh=40)
            p.y += 18
    elif layout == "grid-table":
        x0, x1, x2 = MARGIN_X, MARGIN_X + 470, W - MARGIN_X
        pad = 14
        for _, lab, val in doc["fields"]:
            ll = p.wrap(lab, p.fb, x1 - x0 - 2 * pad)
            vl = p.wrap(val, p.f, x2 - x1 - 2 * pad)
            rows = max(len(ll), len(vl))
            hh = rows * 38 + 2 * pad
            p.ensure(hh + 4)
            top = p.y
            p.d.rectangle([x0, top, x1, top + hh], outline=0, width=2)
            p.d.rectangle([x1, top, x2, top + hh], outline=0, width=2)
            for j, ln in enumerate(ll):
                p.d.text((x0 + pad, top + pad + j * 38), ln, font=p.fb, fill=0)
            for j, ln in enumerate(vl):
                p.d.text((x1 + pad, top + pad + j * 38), ln, font=p.f, fill=0)
            p.y = top + hh
        p.y += 30
    else:  # headings
        for _, lab, val in doc["fields"]:
            p.ensure(100)
            p.text(lab, p.fh, lh=50)
            p.text(val, lh=40, gap=22)
    p.y += 20
    p.ensure(200)
    p.text("Med venlig hilsen", gap=30)
    p.d.line([MARGIN_X, p.y + 30, MARGIN_X + 420, p.y + 30], fill=0, width=2)
    p.d.line([W - MARGIN_X - 420, p.y + 30, W - MARGIN_X, p.y + 30], fill=0, width=2)
    p.y += 40
    p.d.text((MARGIN_X, p.y), f"{h['worker']}, {h['kommune']}", font=p.fs, fill=0)
    p.d.text((W - MARGIN_X - 420, p.y), f"{h['citizen']} (borger)", font=p.fs, fill=0)
    return p.pages


def degrade(img, rng):
    angle = rng.uniform(-0.7, 0.7)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    if rng.random() < 0.4:
        lo, hi = rng.randint(35, 70), rng.randint(215, 240)
        img = img.point(lambda v: lo + v * (hi - lo) // 255)
    px = img.load()
    for _ in range(rng.randint(1500, 5000)):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = rng.choice([0, 40, 90, 255])
    return img


def ocr_job(args):
    pngs, out_pdf = args
    tmp = os.path.dirname(pngs[0])
    base = os.path.join(tmp, "out")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    src = pngs[0]
    if len(pngs) > 1:
        src = os.path.join(tmp, "pages.txt")
        with open(src, "w") as fh:
            fh.write("\n".join(pngs) + "\n")
    subprocess.run(["/usr/bin/tesseract", src, base, "-l", "dan", "pdf"], check=True,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(base + ".pdf", out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)
    return out_pdf


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.n
    defects = [None] * (n // 2)
    nd = n - n // 2
    defects += [DEFECTS[i % len(DEFECTS)] for i in range(nd)]
    rng.shuffle(defects)
    layouts = [LAYOUTS[i % 3] for i in range(n)]
    os.makedirs(a.out, exist_ok=True)
    for l in LAYOUTS:
        os.makedirs(os.path.join(a.out, l), exist_ok=True)
    records, jobs = [], []
    for i in range(n):
        drng = random.Random(a.seed * 100003 + i)
        layout, defect = layouts[i], defects[i]
        doc = build_doc(i, layout, defect, drng)
        pages = render(doc, layout, drng)
        tmp = tempfile.mkdtemp(prefix="corpus_j_")
        pngs = []
        for k, pg in enumerate(pages):
            fn = os.path.join(tmp, f"page{k+1}.png")
            degrade(pg, drng).save(fn, dpi=(200, 200))
            pngs.append(fn)
        rel = f"{layout}/j_{i+1:03d}_{layout}.pdf"
        jobs.append((pngs, os.path.join(a.out, rel)))
        records.append({"path": rel, "format": "pdf", "kind": "agreement", "subtype": "agreement",
                        "layout": layout, "rules": doc["rules"], "extras": [], "error": None,
                        "accept_errors": [], "hostile": False, "must_not_contain": [],
                        "traits": doc["traits"] + [f"pages: {len(pages)}"], "period": doc["period"]})
    with ProcessPoolExecutor(a.jobs) as ex:
        for r in ex.map(ocr_job, jobs):
            print("wrote", r)
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents -> {a.out}")


if __name__ == "__main__":
    main()
