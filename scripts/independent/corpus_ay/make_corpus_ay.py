"""Corpus AY: scanned paper with a damaged OCR text layer, as archives hold old prints.

About 100 PDFs: agreements, decision letters, Min Plan prints and documents that are none of these.
Each page is a greyscale scan image (or a plain page) with an invisible OCR text layer (render mode
3) whose text carries OCR damage like seed 004; 15 documents are real Tesseract scans instead.
Labels describe the ORIGINAL printed document (what the image shows), decided here from the rule
docs and domain.md, never from the linter.

    python make_corpus_ay.py --out /work/corpora/ay [--seed 20261129]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render import Scan, Style, layout, write_overlay_pdf, write_tesseract_pdf  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = ["Viborg", "Herning", "Holstebro", "Randers", "Silkeborg", "Næstved", "Slagelse", "Kolding",
            "Vejle", "Horsens", "Esbjerg", "Hjørring", "Frederikshavn", "Svendborg", "Roskilde", "Køge",
            "Holbæk", "Faxe", "Guldborgsund", "Lolland", "Thisted", "Skive", "Varde", "Haderslev",
            "Aabenraa", "Sønderborg", "Tønder", "Gribskov", "Assens", "Ringsted", "Sorø", "Middelfart"]
FIRST = ["Søren", "Mette", "Ahmad", "Jannie", "Kåre", "Line", "Bjørn", "Sørine", "Mikkel", "Ida",
         "Jørgen", "Maja", "Yasmin", "Rasmus", "Trine", "Ali", "Frederikke", "Jesper", "Hanne", "Kasper",
         "Pernille", "Mads", "Nadia", "Thomas", "Birgitte", "Oliver", "Amalie", "Henrik", "Dorthe", "Emil"]
LAST = ["Bækgaard", "Lørup", "Karimi", "Østergård", "Mølgaard", "Krøyer", "Sørensen", "Nørgaard",
        "Kjær", "Jørgensen", "Hansen", "Pedersen", "Dahl", "Thøgersen", "Brødsgaard", "Ibsen",
        "Skovgård", "Lund", "Mikkelsen", "Christiansen", "Bøgh", "Andersen", "Frølund", "Højgaard",
        "Yilmaz", "Nielsen", "Østergaard", "Kristensen", "Damgård", "Poulsen"]
PROVIDERS = ["Jobhuset ApS", "Mentorhuset Midt", "Bro til Job I/S", "kommunens mentorkorps",
             "Ungeenheden", "Værkstedet Fremad", "Aktivt Liv Mentor", "STOKA Mentorservice",
             "Beskæftigelse – Team Mentor", "Kompetencecenter Syd"]
WORKPLACES = ["Netto i Bredgade", "Bilka lageret", "Dagli'Brugsen", "plejecentret Solbakken",
              "Rema 1000 på Ringvejen", "Fakta Vestergade", "kantinen på rådhuset", "Stark Byggemarked",
              "Genbrugspladsen", "Danish Crown", "en lokal tømrervirksomhed", "Super Brugsen"]
SCHOOLS = ["VUC", "SOSU-skolen", "FGU-skolen", "Tradium", "Mercantec", "EUC Syd", "Business College",
           "Social- og Sundhedsskolen"]
JOBS = ["lagermedarbejder", "rengøringsassistent", "chauffør", "butiksmedarbejder", "pædagogmedhjælper",
        "køkkenmedhjælper", "social- og sundhedshjælper", "servicemedarbejder"]


def d_words(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day}. {MONTHS[d.month-1]} {d.year}", f"d. {d.day}. {MONTHS[d.month-1]} {d.year}",
                       f"{d.day}. {MON_AB[d.month-1]} {d.year}"])


def d_num(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month} {d.year}",
                       f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                       d.isoformat(), f"{d.day}/{d.month}-{d.year % 100:02d}"])


def fmt_date(d: dt.date, rng: random.Random) -> str:
    return d_words(d, rng) if rng.random() < 0.5 else d_num(d, rng)


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, mo, day)
        except ValueError:
            continue
    raise AssertionError


def period(rng: random.Random, over: bool) -> tuple[dt.date, dt.date, str]:
    start = dt.date(rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.choice([1, 1, 1, 15, 4, 10]))
    months = rng.randint(7, 12) if over else rng.choice([3, 4, 6, 6, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    style = rng.random()
    if style < 0.3:
        txt = f"{d_words(start, rng)} – {d_words(end, rng)}"
    elif style < 0.55:
        txt = f"{d_num(start, rng)} - {d_num(end, rng)}"
    elif style < 0.7:
        txt = f"fra {fmt_date(start, rng)} til {fmt_date(end, rng)}"
    elif style < 0.8:
        txt = f"f.o.m. {d_num(start, rng)} t.o.m. {d_num(end, rng)}"
    elif style < 0.9:
        word = {3: "3 måneder", 4: "4 mdr.", 6: rng.choice(["6 måneder", "seks måneder", "26 uger", "et halvt år"]),
                7: "7 måneder", 8: "8 mdr.", 9: "9 måneder", 10: "10 måneder", 11: "11 mdr.", 12: rng.choice(["12 måneder", "et år"])}[months]
        txt = f"{word} fra {d_words(start, rng)}"
    else:
        txt = f"bevilget i perioden {d_num(start, rng)} til {d_num(end, rng)}"
    return start, end, txt


def phone(rng: random.Random) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(0, 999999):06d}"
    return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n, f"+45 {n[:4]} {n[4:]}"])


def cpr(rng: random.Random) -> str:
    d = dt.date(rng.randint(1966, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def person(rng: random.Random) -> tuple[str, str]:
    f = rng.choice(FIRST)
    return f, f"{f} {rng.choice(LAST)}"


def mail_of(name: str, dom: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "'": ""})
    return name.lower().split()[0].translate(tr) + "." + name.lower().split()[-1].translate(tr) + "@" + dom


# --------------------------------------------------------------------------- field texts

def goal_text(fn: str, rng: random.Random, unclear: bool, start: dt.date) -> str:
    if unclear:
        return rng.choice([
            f"Støtte til at {fn} kommer videre og får mere struktur på hverdagen.",
            "Øget trivsel og bedre selvværd.",
            f"At {fn} arbejder med sig selv og får det bedre.",
            "Hjælp til at skabe ro omkring økonomi og bolig.",
            f"Motivere {fn} til at komme tættere på arbejdsmarkedet.",
            f"Sikre at {fn} får en god hverdag med overskud.",
        ])
    later = add_months(start, rng.randint(2, 5))
    return rng.choice([
        f"{fn} starter på {rng.choice(SCHOOLS)} {d_words(later, rng)} og møder stabilt, mindst fire dage om ugen.",
        f"At {fn} gennemfører virksomhedspraktik i {rng.choice(WORKPLACES)} 15 timer om ugen og derefter overgår til løntilskud.",
        f"{fn} fastholder sit fleksjob hos {rng.choice(WORKPLACES)} på 12 timer om ugen med højst 2 sygedage pr. måned.",
        f"Hovedformål: {fn} påbegynder FVU-dansk på VUC i {MONTHS[later.month-1]} {later.year} og gennemfører trin 2.",
        f"Ordinær ansættelse som {rng.choice(JOBS)} inden periodens udløb. Delmål: {fn} sender to ansøgninger om ugen.",
        f"At {fn} gennemfører grundforløb 1 på {rng.choice(SCHOOLS)} med under 10 % fravær.",
        f"{fn} er i praktik som {rng.choice(JOBS)} 20 timer om ugen senest {d_words(later, rng)} med henblik på job.",
        f"{fn} bliver i sin uddannelse på {rng.choice(SCHOOLS)} og består første skoleperiode.",
    ])


TASKS = [
    "følge {fn} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at skabe en fast døgnrytme, så {fn} kan møde kl. 8",
    "støtte i kontakten med skolen og studievejlederen",
    "hjælpe med at åbne og besvare post i e-Boks",
    "øve bus- og togruten til uddannelsesstedet",
    "deltage i opstartssamtalen med arbejdsgiveren",
    "hjælpe med at lave et budget og betale regninger til tiden",
    "være bindeled til sagsbehandleren og praktikvejlederen",
    "forberede jobsamtaler og gennemgå ansøgninger",
]


def tasks(fn: str, rng: random.Random) -> list[str]:
    return [t.format(fn=fn) for t in rng.sample(TASKS, rng.randint(2, 4))]


FOLLOW = [
    "Statusmøde med borger, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.",
    "Mentor giver skriftlig status til jobcentret hver måned. Progressionen måles på fremmøde og delmål.",
    "Vi følger op hver anden uge i telefonen og holder midtvejsevaluering efter 3 måneder.",
    "Opfølgningssamtale efter 6 uger og slutevaluering fire uger før bevillingen udløber.",
    "Delmål gennemgås ved månedlige møder; mentor noterer fremmøde i logbogen.",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "to timer ugentligt", "8 timer om måneden",
            "4 timer pr. uge", "halvanden time pr. uge", "2-3 timer om ugen", "24 mentortimer i perioden",
            "5 timer ugentligt de første 4 uger, derefter 2 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale", "aftales løbende med mentor"]


def appeal_text(kind: str, kom: str, rng: random.Random) -> str:
    if kind == "full":
        return rng.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {kom} Kommune inden fire uger. Kommunen "
            "genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Fastholder vi afgørelsen, "
            "sender vi klagen videre til Ankestyrelsen.",
            f"Du kan klage over afgørelsen til Jobcenter {kom} senest 4 uger efter, at du har modtaget den. "
            "Klagen kan være mundtlig eller skriftlig. Jobcentret vurderer sagen igen, og hvis afgørelsen "
            "fastholdes, bliver klagen sendt til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kap. 10.",
            f"Klagefristen er 4 uger. Klagen sendes til {kom} Kommune, Beskæftigelse, som genvurderer sagen "
            "og sender den videre til Ankestyrelsens Beskæftigelsesudvalg, hvis vi fastholder afgørelsen.",
        ])
    if kind == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.", "Hvis du er utilfreds, kan du klage.",
                           f"Du kan klage til Jobcenter {kom}, hvis du ikke er enig.",
                           "Klage kan indgives inden 4 uger."])
    if kind == "wrong":
        return rng.choice(["Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.",
                           "Hvis du vil klage, skal du sende din klage til Ankestyrelsen, 7998 Statsforvaltning, inden fire uger."])
    raise ValueError(kind)


# --------------------------------------------------------------------------- documents

class Doc:
    def __init__(self, kind: str, subtype: str, layout_name: str):
        self.kind, self.subtype, self.layout = kind, subtype, layout_name
        self.blocks: list[tuple] = []
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.traits: list[str] = []
        self.cpr: str | None = None
        self.period: dict | None = None
        self.header = ""
        self.footer = ""
        self.title = ""

    def add(self, *b: object) -> None:
        self.blocks.append(tuple(b))


def letterhead(d: Doc, kom: str, rng: random.Random, dated: dt.date) -> None:
    unit = rng.choice([f"{kom} Kommune", f"Jobcenter {kom}", f"{kom} Kommune · Beskæftigelse",
                       f"{kom} Kommune\nJobcenter"])
    for u in unit.split("\n"):
        d.add("small", u)
    d.add("small", rng.choice(["Torvet 1", "Rådhuspladsen 2", "Jernbanegade 12", "Skolegade 4"]) + f", {rng.randint(4000, 9990)} {kom}")
    d.add("right", f"Dato: {fmt_date(dated, rng)}")
    d.add("right", f"Sagsnr. {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(0, 99):02d}-G01-{rng.randint(1, 999)}-{dated.year % 100}")
    d.add("blank")


def agreement(i: int, rng: random.Random, defects: list[str], lay: str, with_cpr: bool) -> Doc:
    d = Doc("agreement", "agreement", lay)
    kom = rng.choice(KOMMUNER)
    fn, name = person(rng)
    mfn, mname = person(rng)
    _, sbh = person(rng)
    prov = rng.choice(PROVIDERS)
    over = "duration-over-6-months" in defects
    start, end, ptxt = period(rng, over)
    dated = start - dt.timedelta(days=rng.randint(3, 20))
    d.period = {"start": start.isoformat(), "end": end.isoformat()}
    goal = None if "missing-goal" in defects else goal_text(fn, rng, "unclear-goal" in defects, start)
    mphone, mmail = phone(rng), mail_of(mname, rng.choice(["jobhuset.dk", "mentor.dk", f"{kom.lower()}.dk".replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')]))
    if "missing-mentor" in defects:
        mentor_variant = rng.choice(["name-only", "none", "placeholder"])
    else:
        mentor_variant = rng.choice(["phone", "mail", "both"])
    tsk = None if "missing-tasks" in defects else tasks(fn, rng)
    per = None if "missing-duration" in defects else ptxt
    if per is None:
        d.period = None
    fol = None if "missing-follow-up" in defects else rng.choice(FOLLOW)
    hrs = (rng.choice([None, rng.choice(HOURS_VAGUE)]) if "missing-hours" in defects else rng.choice(HOURS_OK))
    app = rng.choice(["none", "incomplete"]) if "missing-appeal-guidance" in defects else (
        "wrong" if "wrong-route" in defects else "full")
    if app == "wrong":
        d.extras.add("appeal-wrong-route")
    d.rules = {r for r in defects if r != "wrong-route"}

    def mentor_str(sep: str = ", ") -> str | None:
        if mentor_variant == "none":
            return None
        if mentor_variant == "placeholder":
            return "Udfyldes senere"
        parts = [mname, prov]
        if mentor_variant in ("phone", "both"):
            parts.append(f"tlf. {mphone}")
        if mentor_variant in ("mail", "both"):
            parts.append(mmail)
        return sep.join(parts)

    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale om mentorstøtte",
                        "Aftale om mentorstøtte efter LAB § 167", "MENTORAFTALE", "Mentorkontrakt"])
    d.title = title
    letterhead(d, kom, rng, dated)
    d.add("title", title)
    cprtxt = ""
    if with_cpr:
        d.cpr = cpr(rng)
        cprtxt = d.cpr

    if lay == "table":
        d.add("row", "Borger", name + (f"\nCPR-nr. {cprtxt}" if cprtxt else ""))
        d.add("row", "Sagsbehandler", f"{sbh}, Jobcenter {kom}, tlf. {phone(rng)}")
        labs = {
            "goal": rng.choice(["Mål for mentorstøtten", "Formål", "Målet med mentorstøtten", "Borgerens mål"]),
            "mentor": rng.choice(["Mentor", "Mentors navn og kontaktdata", "Mentor (navn, tlf., mail)"]),
            "tasks": rng.choice(["Mentors opgaver", "Indsatsområder", "Mentorens opgaver", "Hvad skal mentor hjælpe med?"]),
            "period": rng.choice(["Periode", "Varighed", "Bevillingsperiode", "Aftalens varighed"]),
            "hours": rng.choice(["Timetal", "Antal timer", "Timer pr. uge", "Timeantal"]),
            "follow": rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
        }
        order = ["goal", "mentor", "tasks", "period", "hours", "follow"]
        if rng.random() < 0.4:
            order = ["mentor", "period", "hours", "goal", "tasks", "follow"]
        for k in order:
            val = {"goal": goal, "mentor": mentor_str("\n") if mentor_str() else None,
                   "tasks": "\n".join("– " + t for t in tsk) if tsk else None, "period": per,
                   "hours": hrs, "follow": fol}[k]
            if val is None:
                if rng.random() < 0.5:
                    d.add("row", labs[k], rng.choice(["", "–", "Udfyldes senere", "xx"]))
                continue
            d.add("row", labs[k], val[0].upper() + val[1:] if k != "mentor" else val)
        if app != "none":
            d.add("blank")
            d.add("head", rng.choice(["Klagevejledning", "Sådan klager du"]))
            d.add("para", appeal_text(app, kom, rng))
    elif lay == "numbered":
        d.add("para", f"Aftalen er indgået mellem {name}{' (CPR ' + cprtxt + ')' if cprtxt else ''} og {kom} Kommune "
              f"ved sagsbehandler {sbh}.")
        n = 0
        items = [("Målet med mentorstøtten", goal), ("Mentorens navn og kontaktdata", mentor_str()),
                 ("Hvilke opgaver mentoren skal bistå ved", "; ".join(tsk) if tsk else None),
                 ("Varigheden af aftalen og opfølgning", " ".join(x for x in [
                     (f"Perioden er {per}." if per else None), fol] if x) or None),
                 ("Timetallet for mentorstøtten", hrs),
                 ("Klagevejledning", appeal_text(app, kom, rng) if app != "none" else None)]
        for lab, val in items:
            if val is None and rng.random() < 0.5:
                continue
            n += 1
            d.add("item", f"{n}.", f"{lab}: {val[0].upper() + val[1:] if val else '……'}")
    elif lay == "letter":
        d.add("small", name)
        d.add("small", rng.choice(["Østergade 14, 2. th.", "Bøgevej 3", "Vestervang 21", "Kærvej 7 st."]))
        if cprtxt:
            d.add("small", f"CPR: {cprtxt}")
        d.add("blank")
        d.add("para", f"Kære {fn}")
        d.add("para", f"Her er den aftale om mentorstøtte, som vi lavede på mødet {fmt_date(dated, rng)}. "
              "Læs den igennem, og kontakt mig, hvis noget ikke passer.")
        if goal:
            d.add("para", rng.choice(["Vi har aftalt følgende mål for forløbet: ", "Målet er: ", "Formålet med støtten er, at du når dette: "]) + goal)
        m = mentor_str()
        if m and mentor_variant != "placeholder":
            d.add("para", f"Din mentor er {m}.")
        elif mentor_variant == "placeholder":
            d.add("para", "Din mentor: Udfyldes senere.")
        if tsk:
            d.add("para", f"{mfn if m and mentor_variant != 'placeholder' else 'Mentoren'} skal hjælpe dig med:")
            for t in tsk:
                d.add("item", "•", t[0].upper() + t[1:])
        if per:
            d.add("para", ("Mentorstøtten er " if per.startswith("bevilget") else "Mentorstøtten gælder ") + per + "."
                  + (f" Omfanget er {hrs}." if hrs else ""))
        elif hrs:
            d.add("para", f"Omfanget af mentorstøtten er {hrs}.")
        if fol:
            d.add("para", fol)
        if app != "none":
            d.add("head", rng.choice(["Hvis du vil klage", "Klagevejledning"]))
            d.add("para", appeal_text(app, kom, rng))
        d.add("para", f"Med venlig hilsen\n{sbh}".replace("\n", " "))
        d.add("small", f"Sagsbehandler, tlf. {phone(rng)}")
    elif lay == "form":
        d.add("field", "Borgerens navn:", name)
        if cprtxt:
            d.add("field", "CPR-nr.:", cprtxt)
        d.add("blank")
        d.add("para", "Type af mentorstøtte (sæt kryds):")
        kinds = ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"]
        pick = rng.randrange(4)
        for j, k in enumerate(kinds):
            d.add("check", j == pick, k)
        d.add("field", "Mål:", goal or "")
        d.add("field", "Mentor:", (mname if mentor_variant not in ("none",) and mentor_variant != "placeholder" else ""))
        if mentor_variant in ("phone", "both"):
            d.add("field", "Mentors tlf.:", mphone)
        if mentor_variant in ("mail", "both"):
            d.add("field", "Mentors e-mail:", mmail)
        d.add("field", "Opgaver:", "; ".join(tsk) if tsk else "")
        d.add("field", "Periode:", per or "")
        d.add("field", "Timer pr. uge:", hrs or "")
        d.add("field", "Opfølgning:", fol or "")
        if app != "none":
            d.add("blank")
            d.add("head", "Klagevejledning")
            d.add("para", appeal_text(app, kom, rng))
    else:  # headed sections
        d.add("para", f"Borger: {name}" + (f", CPR-nr. {cprtxt}" if cprtxt else ""))
        d.add("para", f"Kontaktperson i jobcentret: {sbh}, tlf. {phone(rng)}")
        secs = [(rng.choice(["Mål", "Formål med mentorstøtten", "Borgerens mål"]), goal),
                (rng.choice(["Mentor", "Din mentor", "Mentors kontaktdata"]), mentor_str()),
                (rng.choice(["Opgaver", "Mentorens opgaver", "Indsatsområder"]), None if not tsk else tsk),
                (rng.choice(["Periode", "Varighed"]), per),
                (rng.choice(["Timetal", "Omfang"]), hrs),
                (rng.choice(["Opfølgning", "Evaluering og opfølgning"]), fol),
                (rng.choice(["Klagevejledning", "Sådan klager du"]), appeal_text(app, kom, rng) if app != "none" else None)]
        for lab, val in secs:
            if val is None:
                if rng.random() < 0.4:
                    d.add("head", lab)
                    d.add("para", rng.choice(["-", "Udfyldes senere", "…"]))
                continue
            d.add("head", lab)
            if isinstance(val, list):
                for t in val:
                    d.add("item", "–", t[0].upper() + t[1:])
            else:
                d.add("para", val[0].upper() + val[1:])
    if lay != "letter" and rng.random() < 0.4:  # a background section after the title
        at = next(k for k, b in enumerate(d.blocks) if b[0] == "title") + 1
        bg = rng.choice([
            f"{fn} har været ledig i {rng.randint(8, 30)} måneder og har haft svært ved at fastholde tidligere "
            "praktikforløb på grund af angst. {fn} bor alene og har ikke kørekort.",
            f"{fn} er visiteret som aktivitetsparat. Der er tidligere afprøvet et forløb på et værksted, som blev "
            "afbrudt efter få uger på grund af fravær. Lægen vurderer, at {fn} kan arbejde nogle timer om ugen.",
            f"{fn} har afbrudt to ungdomsuddannelser og har brug for hjælp til at komme i gang igen. {fn} har selv "
            "ønsket en mentor og er motiveret for forløbet.",
        ]).replace("{fn}", fn)
        d.blocks[at:at] = [("head", rng.choice(["Baggrund", "Baggrund for aftalen"])), ("para", bg)]
    if rng.random() < 0.4:
        d.add("head", rng.choice(["Samtykke", "Behandling af oplysninger"]))
        d.add("para", "Jeg giver samtykke til, at mentor og kommunen må udveksle de oplysninger, der er nødvendige "
              "for forløbet. Samtykket kan til enhver tid trækkes tilbage. Oplysningerne behandles efter "
              "databeskyttelsesforordningen, og du kan læse mere på kommunens hjemmeside.")
        d.add("para", "Ved sygdom eller afbud skal du give besked så tidligt som muligt.")
    d.add("blank")
    d.add("para", "Underskrifter:")
    d.add("para", "Dato ____________  Borger ______________________   Mentor ______________________")
    d.header = rng.choice(["", f"{kom} Kommune – Mentoraftale", f"Jobcenter {kom}"])
    d.footer = rng.choice(["", "Side {n} af {N}", "- {n} -", "Side {n}", "{n}/{N}"])
    return d


def decision(i: int, rng: random.Random, variant: str, defects: list[str], with_cpr: bool) -> Doc:
    d = Doc("decision", "decision-" + variant, "letter")
    kom = rng.choice(KOMMUNER)
    fn, name = person(rng)
    _, sbh = person(rng)
    mfn, mname = person(rng)
    over = "duration-over-6-months" in defects
    start, end, ptxt = period(rng, over)
    dated = start - dt.timedelta(days=rng.randint(3, 15))
    letterhead(d, kom, rng, dated)
    d.add("small", name)
    d.add("small", rng.choice(["Østergade 14, 2. th.", "Bøgevej 3", "Vestervang 21", "Kærvej 7 st."]))
    if with_cpr:
        d.cpr = cpr(rng)
        d.add("small", f"CPR-nr.: {d.cpr}")
    d.add("blank")
    title = {"grant": rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]),
             "partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "refusal": rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på mentorstøtte"]),
             "end": "Afgørelse om ophør af mentorstøtte"}[variant]
    d.title = title
    d.add("title", title)
    d.add("para", f"Kære {fn}")
    reasons = "no-reasons" not in defects
    if variant in ("grant", "partial"):
        hrs = rng.choice(HOURS_OK[:7])
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        if variant == "grant":
            d.add("para", f"Du har søgt om mentorstøtte, og vi har bevilget dig mentorstøtte efter lov om en aktiv "
                  f"beskæftigelsesindsats § 167. Støtten gælder {ptxt.replace('bevilget i perioden', 'i perioden')}, "
                  f"og omfanget er {hrs}.")
        else:
            d.add("para", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget dig {hrs} "
                  f"i perioden {d_num(start, rng)} – {d_num(end, rng)}. Det er færre timer, end du har søgt om.")
        d.add("para", f"Din mentor bliver {mname}, {rng.choice(PROVIDERS)}, som kontakter dig inden for en uge.")
        if reasons or variant == "grant":
            d.add("head", "Begrundelse")
            d.add("para", rng.choice([
                "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit praktikforløb, og at støtten "
                "kan bringe dig tættere på uddannelse, jf. LAB § 167, stk. 1.",
                "Afgørelsen er truffet på baggrund af samtalen med dig og oplysningerne fra praktikstedet. Vi vurderer, "
                "at 2 timer om ugen er tilstrækkeligt til at nå målet om ordinær uddannelse.",
            ]))
        if over:
            d.rules.add("duration-over-6-months")
    else:
        if variant == "refusal":
            d.add("para", "Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning.")
        else:
            d.add("para", f"Vi har besluttet, at din mentorstøtte ophører pr. {d_words(start, rng)}.")
        if reasons:
            d.add("head", "Begrundelse")
            d.add("para", rng.choice([
                "Vi har lagt vægt på, at du allerede modtager støtte fra din uddannelsesinstitution (SPS), og at "
                "der ikke er et behov, der rækker ud over den støtte, jf. LAB § 167.",
                "Begrundelsen er, at du er kommet i ordinær beskæftigelse og ikke længere har brug for støtte "
                "for at fastholde jobbet. Vi har lagt vægt på oplysningerne fra din arbejdsgiver.",
                "Der er ikke et mål om beskæftigelse eller uddannelse for støtten, som loven kræver, jf. LAB § 167, stk. 1.",
            ]))
        else:
            d.extras.add("missing-reasons")
    app = "full"
    if "missing-appeal-guidance" in defects:
        app = rng.choice(["none", "incomplete"])
        d.rules.add("missing-appeal-guidance")
    elif "wrong-route" in defects:
        app = "wrong"
        d.extras.add("appeal-wrong-route")
    if app != "none":
        d.add("head", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]))
        d.add("para", appeal_text(app, kom, rng))
    d.add("para", "Med venlig hilsen")
    d.add("small", f"{sbh}, sagsbehandler")
    d.add("small", f"Direkte tlf. {phone(rng)}")
    d.header = rng.choice(["", f"{kom} Kommune"])
    d.footer = rng.choice(["", "Side {n} af {N}", "{n}"])
    return d


def minplan(i: int, rng: random.Random, defects: list[str], with_cpr: bool) -> Doc:
    d = Doc("minplan", "minplan", rng.choice(["table", "headed"]))
    kom = rng.choice(KOMMUNER)
    fn, name = person(rng)
    mfn, mname = person(rng)
    over = "duration-over-6-months" in defects
    start, end, ptxt = period(rng, over)
    d.period = {"start": start.isoformat(), "end": end.isoformat()}
    d.rules = set(defects)
    printed = start + dt.timedelta(days=rng.randint(1, 30))
    d.add("small", rng.choice(["Jobnet – Min Plan", "Min Plan", "Udskrift fra Min Plan (Jobnet)"]))
    d.add("right", f"Udskrevet {d_num(printed, rng)}")
    d.title = "Min Plan"
    d.add("title", rng.choice(["Min Plan", f"Min Plan for {name}", "MIN PLAN"]))
    d.add("para", f"Navn: {name}" + (f"   CPR-nr.: {cpr(rng)}" if with_cpr else ""))
    if with_cpr:
        d.cpr = d.blocks[-1][1].split("CPR-nr.: ")[1]
    d.add("para", f"Din kontaktperson i Jobcenter {kom}: {person(rng)[1]}")
    d.add("head", rng.choice(["Aktiviteter og indsatser", "Indsatser"]))
    d.add("para", rng.choice(["Indsats: Mentorstøtte (LAB § 167)", "Mentorstøtte", "Mentorstøtte efter § 167"]))
    goal = None if "missing-goal" in defects else goal_text(fn, rng, "unclear-goal" in defects, start)
    mentor = None if "missing-mentor" in defects else f"{mname}, {rng.choice(PROVIDERS)}, tlf. {phone(rng)}"
    if "missing-mentor" in defects and rng.random() < 0.5:
        mentor = mname  # a name without contact data
    rows = [("Formål med mentorstøtten", goal), ("Mentor", mentor),
            ("Mentors opgaver", "; ".join(tasks(fn, rng)) if "missing-tasks" not in defects else None),
            ("Periode", None if "missing-duration" in defects else ptxt),
            ("Timer", None if "missing-hours" in defects else rng.choice(HOURS_OK[:8]))]
    if "missing-duration" in defects:
        d.period = None
    for lab, val in rows:
        if val is None:
            if rng.random() < 0.6:
                d.add("row", lab, rng.choice(["Ikke angivet", "–", ""]), True)
            continue
        if d.layout == "table":
            d.add("row", lab, val[0].upper() + val[1:], True)
        else:
            d.add("para", f"{lab}: {val[0].upper() + val[1:]}")
    d.add("head", "Næste samtale")
    d.add("para", f"{d_words(printed + dt.timedelta(days=28), rng)} kl. 10.00 i jobcentret")
    d.footer = rng.choice(["Side {n} af {N}", "jobnet.dk   Side {n}", ""])
    return d


def unknown(i: int, rng: random.Random, which: str, with_cpr: bool) -> Doc:
    d = Doc("unknown", which, "mixed")
    kom = rng.choice(KOMMUNER)
    fn, name = person(rng)
    mfn, mname = person(rng)
    A = d.add
    if which == "vejledning":
        d.title = "Vejledning: Sådan skriver du en mentoraftale"
        A("small", f"{kom} Kommune · Intern vejledning for sagsbehandlere")
        A("title", d.title)
        A("para", "Når der bevilges mentorstøtte efter LAB § 167, skal der laves en skriftlig aftale. Aftalen skal "
          "indeholde følgende punkter:")
        for n, t in enumerate(["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
                               "varigheden af aftalen og opfølgning – inklusiv mål for progression", "timetallet for mentorstøtten",
                               "klagevejledning"], 1):
            A("item", f"{n}.", t[0].upper() + t[1:])
        A("para", "Perioden må højst være 6 måneder. En ny periode på op til 6 måneder kræver en konkret vurdering. "
          "Husk at skrive målet, så progressionen kan følges, og at afgørelsen sendes til borgerens e-Boks.")
        A("para", "Klagevejledningen skal oplyse, at borgeren kan klage til kommunen inden 4 uger, og at klagen "
          "sendes videre til Ankestyrelsen, hvis afgørelsen fastholdes.")
    elif which == "referat":
        d.title = "Referat af teammøde – Team Mentor"
        A("title", d.title)
        A("para", f"Dato: {fmt_date(dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)), rng)}. Til stede: {person(rng)[1]}, {person(rng)[1]}, {mname}. Afbud: {person(rng)[1]}.")
        A("head", "1. Godkendelse af dagsorden")
        A("para", "Godkendt.")
        A("head", "2. Nye forløb")
        A("para", f"Tre nye borgere er visiteret. {mname} tager to forløb á 3 timer pr. uge fra næste måned. "
          "Vi drøftede, at målene i de nye aftaler skal være mere konkrete.")
        A("head", "3. Opfølgning på fremmøde")
        A("para", "Fremmødet i praktikforløbene er steget. Statusmøder flyttes til tirsdage.")
        A("head", "4. Eventuelt")
        A("para", "Næste møde holdes om fire uger. Referent: " + person(rng)[1])
    elif which == "statusrapport":
        d.title = "Statusrapport fra mentor"
        A("small", rng.choice(PROVIDERS))
        A("title", d.title)
        A("row", "Borger", name + (f"\n{cpr(rng)}" if with_cpr else ""), True)
        if with_cpr:
            d.cpr = d.blocks[-1][2].split("\n")[1]
        A("row", "Mentor", f"{mname}, tlf. {phone(rng)}", True)
        A("row", "Periode for rapporten", f"1.-31. {rng.choice(MONTHS)} 2026", True)
        A("row", "Anvendte timer", f"{rng.randint(6, 14)} timer", True)
        A("head", "Status")
        A("para", f"{fn} har mødt stabilt i praktikken og har kun haft én fraværsdag. Vi har arbejdet med transport "
          "og døgnrytme. Målet om løntilskud ser realistisk ud.")
        A("head", "Anbefaling")
        A("para", "Mentor anbefaler, at støtten fortsætter med uændret timetal til periodens udløb.")
    elif which == "faktura":
        d.title = "Faktura"
        A("small", rng.choice(PROVIDERS) + " · CVR 3" + str(rng.randint(1000000, 9999999)))
        A("title", f"FAKTURA nr. {rng.randint(1000, 9999)}")
        A("para", f"Til: {kom} Kommune, Jobcenter, Kreditorbogholderiet. EAN 5798{rng.randint(100000000, 999999999)}")
        A("row", "Ydelse", "Antal / beløb", True)
        A("row", f"Mentorstøtte, borger-ID {rng.randint(1000, 9999)}, {rng.choice(MONTHS)} 2026", f"{rng.randint(8, 16)} timer á 495,00 kr.", False)
        A("row", "Kørsel", f"{rng.randint(40, 200)} km", False)
        A("row", "I alt ekskl. moms", f"{rng.randint(4, 9)}.{rng.randint(100, 999)},00 kr.", False)
        A("para", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0012345678.")
    elif which == "pjece":
        d.title = "Hvad er en mentor?"
        A("title", d.title)
        A("para", f"En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse. {kom} Kommune "
          "kan give dig mentorstøtte i højst 6 måneder ad gangen.")
        A("head", "Hvad kan en mentor hjælpe med?")
        for t in ["at komme op om morgenen og møde til tiden", "kontakten til skolen eller arbejdspladsen", "at holde styr på aftaler"]:
            A("item", "•", t[0].upper() + t[1:])
        A("head", "Hvordan får jeg en mentor?")
        A("para", "Tal med din rådgiver i jobcentret. I laver sammen en aftale med mål, opgaver, timetal og varighed.")
        A("para", "Hvis du får afslag, kan du klage til kommunen inden 4 uger.")
    elif which == "kvalitetsstandard":
        d.title = "Kvalitetsstandard for mentorstøtte"
        A("title", f"{kom} Kommune – {d.title}")
        A("head", "Lovgrundlag")
        A("para", "Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171, og BAB kapitel 17.")
        A("head", "Serviceniveau")
        A("row", "Niveau 1", "0-1 time pr. uge; evaluering hver 3. måned", True)
        A("row", "Niveau 2", "1-2 timer pr. uge; evaluering hver måned", True)
        A("row", "Niveau 3", "Mere end 2 timer pr. uge; evaluering hver måned", True)
        A("para", "Der evalueres altid 14 dage før støtteperioden ophører, sammen med borgeren.")
        A("head", "Den skriftlige aftale")
        A("para", "Aftalen skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal "
          "og klagevejledning.")
    elif which == "klubaftale":
        d.title = "Mentoraftale – ungdomsafdelingen"
        A("small", f"{rng.choice(['Boldklubben', 'IF', 'Gymnastikforeningen'])} {kom}")
        A("title", d.title)
        A("para", f"Som en del af klubbens frivillige mentorprogram får {name} (U17) en voksen mentor fra klubben.")
        A("row", "Mål", "At spilleren bliver i klubben og gennemfører sæsonen, og at skolearbejdet passes.", True)
        A("row", "Mentor", f"{mname}, træner, tlf. {phone(rng)}", True)
        A("row", "Opgaver", "Samtale efter træning hver anden uge; hjælp med lektier i klubhuset.", True)
        A("row", "Periode", "Sæsonen 2026/27", True)
        A("row", "Timer", "Ca. 1 time hver anden uge", True)
        A("para", "Aftalen er frivillig og kan opsiges af begge parter. Den har intet med kommunen at gøre.")
    elif which == "friskole":
        d.title = "Mentoraftale – elev og mentor"
        A("small", f"{kom} Friskole · 8.-9. klasse")
        A("title", d.title)
        A("para", f"Skolen tilbyder alle elever i udskolingen en lærer som mentor. {fn}s mentor er {mname} "
          f"({mail_of(mname, 'friskolen.dk')}).")
        A("para", "Vi mødes hver fredag i 20 minutter om lektier, trivsel og valg af ungdomsuddannelse. Aftalen gælder "
          "skoleåret 2026/27 og evalueres ved skole-hjem-samtalen i januar.")
        A("para", "Underskrift elev ______  forælder ______  mentor ______")
    elif which == "ankestyrelsen":
        d.title = "Ankestyrelsens afgørelse"
        A("small", "Ankestyrelsen · 7998 Statsforvaltning")
        A("right", f"J.nr. {rng.randint(24, 26)}-{rng.randint(10000, 99999)}")
        A("small", name)
        if with_cpr:
            d.cpr = cpr(rng)
            A("small", f"CPR-nr. {d.cpr}")
        A("title", "Ankestyrelsens afgørelse")
        A("para", f"Du har klaget over {kom} Kommunes afgørelse om ophør af mentorstøtte. Ankestyrelsen er enig i "
          "kommunens afgørelse. Vi har lagt vægt på, at du er i ordinær uddannelse uden behov for støtte ud over SPS.")
        A("head", "Regler")
        A("para", "Lov om en aktiv beskæftigelsesindsats § 167. Afgørelsen kan ikke indbringes for anden administrativ "
          "myndighed, jf. retssikkerhedslovens § 68.")
    elif which == "genvurdering":
        d.title = "Genvurdering af din sag"
        letterhead(d, kom, rng, dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)))
        A("small", name)
        A("title", "Genvurdering – vi fastholder afgørelsen")
        A("para", f"Kære {fn}. Vi har modtaget din klage over afgørelsen om afslag på mentorstøtte. Vi har genvurderet "
          "sagen, men vi fastholder afgørelsen. Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, "
          "som vil træffe afgørelse i sagen. Du hører fra Ankestyrelsen.")
        A("para", "Med venlig hilsen " + person(rng)[1])
    elif which == "stillingsopslag":
        d.title = "Stillingsopslag: Mentor til Ungeenheden"
        A("title", d.title)
        A("para", f"{kom} Kommune søger en mentor på 37 timer om ugen til unge under 30 år, der er på vej mod uddannelse.")
        A("head", "Dine opgaver")
        for t in ["støtte unge i overgangen til uddannelse", "samarbejde med skoler og UU", "skrive statusnotater"]:
            A("item", "•", t[0].upper() + t[1:])
        A("para", f"Ansøgningsfrist {d_words(dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)), rng)}. Spørgsmål: {mname}, tlf. {phone(rng)}.")
    elif which == "kursus":
        d.title = "Program: Mentoruddannelse, modul 1-3"
        A("title", d.title)
        A("row", "Dag 1", "Mentorrollen, LAB § 167 og den gode mentoraftale", True)
        A("row", "Dag 2", "Samtaleteknik, motivation og mål der kan måles", True)
        A("row", "Dag 3", "Dokumentation, opfølgning og afslutning af forløb", True)
        A("para", f"Underviser: {mname}. Sted: {kom} Rådhus, mødelokale 2. Tilmelding senest 14 dage før.")
    elif which == "budgetsvar":
        d.title = "Budgetspørgsmål nr. " + str(rng.randint(10, 60))
        A("title", d.title)
        A("para", "Spørgsmål: Hvor mange borgere fik mentorstøtte i 2025, og hvad var den gennemsnitlige varighed?")
        A("para", f"Svar: I 2025 fik {rng.randint(150, 600)} borgere mentorstøtte. Den gennemsnitlige varighed var "
          f"{rng.randint(3, 6)} måneder og det gennemsnitlige timetal 2,4 timer pr. uge. Der findes ikke redskaber til "
          "at måle effekten af den enkelte mentorindsats.")
    elif which == "mail":
        d.title = "Mail"
        A("small", f"Fra: {mname} <{mail_of(mname, 'jobhuset.dk')}>")
        A("small", f"Til: {person(rng)[1]}")
        A("small", "Emne: Flytning af statusmøde")
        A("blank")
        A("para", f"Hej. Kan vi flytte statusmødet med {fn} fra torsdag til fredag kl. 10? {fn} er i praktik torsdag. "
          "Jeg tager referatet med.")
        A("para", f"Venlig hilsen {mname}, mentor, tlf. {phone(rng)}")
    elif which == "evaluering":
        d.title = "Evaluering af mentorindsatsen 2025"
        A("title", d.title)
        A("para", f"Notatet opsummerer {kom} Kommunes mentorforløb i 2025. {rng.randint(40, 70)} % af forløbene endte "
          "i job eller uddannelse inden for seks måneder efter ophør.")
        A("row", "Forløb i alt", str(rng.randint(100, 400)), True)
        A("row", "Gennemsnitligt timetal", "2,1 timer pr. uge", True)
        A("row", "Gennemsnitlig varighed", "4,6 måneder", True)
        A("para", "Anbefaling: målene i aftalerne skal være mere konkrete, og opfølgningen skal dokumenteres bedre.")
    else:
        raise ValueError(which)
    d.footer = rng.choice(["", "Side {n}", "Side {n} af {N}"])
    return d


# --------------------------------------------------------------------------- plan

AGR_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
UNKNOWN = ["vejledning", "referat", "statusrapport", "faktura", "pjece", "kvalitetsstandard", "klubaftale",
           "friskole", "ankestyrelsen", "genvurdering", "stillingsopslag", "kursus", "budgetsvar", "mail",
           "evaluering"]


def plan(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    lays = ["table", "headed", "letter", "numbered", "form"]
    defect_lists: list[list[str]] = [[] for _ in range(18)]
    for r in AGR_DEFECTS:
        defect_lists += [[r] for _ in range(4)]
    defect_lists += [["wrong-route"], ["wrong-route"]]
    while len(defect_lists) < 60:
        a, b = rng.sample(AGR_DEFECTS, 2)
        if {a, b} & {"missing-goal"} and {a, b} & {"unclear-goal"}:
            continue
        if {a, b} == {"missing-duration", "duration-over-6-months"}:
            continue
        defect_lists.append(sorted([a, b]))
    rng.shuffle(defect_lists)
    for i, df in enumerate(defect_lists):
        docs.append(agreement(i, rng, df, lays[i % 5], rng.random() < 0.35))
    dec = [("grant", []), ("grant", []), ("grant", []), ("partial", []), ("refusal", []), ("end", []),
           ("grant", ["duration-over-6-months"]), ("grant", ["duration-over-6-months"]),
           ("grant", ["missing-appeal-guidance"]), ("refusal", ["missing-appeal-guidance"]),
           ("partial", ["missing-appeal-guidance"]), ("refusal", ["no-reasons"]), ("end", ["no-reasons"]),
           ("grant", ["wrong-route"]), ("refusal", ["wrong-route"])]
    for i, (v, df) in enumerate(dec):
        docs.append(decision(i, rng, v, df, rng.random() < 0.3))
    mp = [[], [], [], [], ["missing-goal"], ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
          ["missing-hours"], ["duration-over-6-months"], ["unclear-goal"]]
    for i, df in enumerate(mp):
        docs.append(minplan(i, rng, df, rng.random() < 0.3))
    for i, w in enumerate(UNKNOWN):
        docs.append(unknown(i, rng, w, rng.random() < 0.3))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--no-tesseract", action="store_true", help="overlay PDFs only (fast check)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = plan(rng)
    # 15 real Tesseract scans spread over the kinds
    by_kind: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_kind.setdefault(d.kind, []).append(i)
    tess = set(rng.sample(by_kind["agreement"], 9) + rng.sample(by_kind["decision"], 2)
               + rng.sample(by_kind["minplan"], 2) + rng.sample(by_kind["unknown"], 2))
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    entries = []
    folders = ["arkiv/scan-2024", "arkiv/scan-2025", "arkiv/scan-2026", "skannet/jobcenter", "journal/ocr"]
    for i, d in enumerate(docs):
        drng = random.Random(args.seed * 1000 + i)
        strength = drng.choice([0.06, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5])
        level = "light" if strength < 0.13 else ("medium" if strength < 0.28 else "heavy")
        st = Style(face=drng.choice(list(("serif", "sans", "carlito", "caladea"))), size=drng.choice([10, 10.5, 11, 11.5, 12.5]),
                   hyph=drng.choice([0.0, 0.3, 0.7]), header=d.header, footer=d.footer,
                   ragged=(0.5 if level == "heavy" else 0.15 if level == "medium" else 0.0),
                   grid=drng.random() < 0.7)
        pages = layout(d.blocks, st, drng)
        rel = f"{folders[i % len(folders)]}/{drng.choice(['Scan', 'SCAN', 'doc', 'IMG'])}_{2024 + i % 3}{drng.randint(101, 1231):04d}_{drng.randint(0, 9999):04d}.pdf"
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        traits = [f"damage:{level}", f"font:{st.face}"]
        if i in tess and not args.no_tesseract:
            sc = Scan(dpi=drng.choice([200, 300, 300]), noise=drng.choice([0.2, 0.4, 0.6]),
                      skew=drng.choice([0.0, 0.4, 0.9]), blur=drng.choice([0.7, 1.0, 1.3]))
            write_tesseract_pdf(path, pages, st, sc, drng)
            traits = ["tesseract", f"font:{st.face}"]
            fmt_layer = "tesseract"
        else:
            plain = drng.random() < 0.1
            per_word = drng.random() < 0.3
            sc = Scan(dpi=drng.choice([110, 150]), noise=strength, skew=drng.choice([0.0, 0.3, 0.6]),
                      quality=drng.choice([40, 55, 70]))
            write_overlay_pdf(path, pages, st, sc, strength, drng, per_word=per_word, plain=plain, title="")
            traits += ["plain-page" if plain else "page-image", "per-word" if per_word else "per-line"]
            fmt_layer = "overlay"
        if st.hyph:
            traits.append("hyphenated")
        if st.ragged:
            traits.append("ragged-table")
        if d.header or d.footer:
            traits.append("header-footer")
        if len(pages) > 1:
            traits.append(f"pages:{len(pages)}")
        must = []
        if d.cpr:
            traits.append("cpr")
            must = [d.cpr, d.cpr.replace("-", "")]
        e = {"path": rel, "format": "pdf", "kind": d.kind, "subtype": d.subtype,
             "layout": f"ocr-{fmt_layer}-{d.layout}", "rules": sorted(d.rules), "extras": sorted(d.extras),
             "error": None, "accept_errors": [], "must_not_contain": must, "traits": traits}
        if d.period:
            e["period"] = d.period
        entries.append(e)
        print(f"{i:3d} {d.kind:9s} {fmt_layer:9s} {rel}", file=sys.stderr)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (args.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
