"""Corpus AA: forms and templates with provider-specific label wording (seed 89, deterministic).

Usage: python make_corpus_aa.py OUTDIR   (needs python-docx and LibreOffice `soffice`)
Writes OUTDIR/<provider>/<file> and OUTDIR/EXPECTED.jsonl (manifest format of
tools/corpusgen/src/corpusgen/corpus/manifest.py).
"""
from __future__ import annotations

import datetime as dt
import html as htmlmod
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

SEED = 89
N_DOCS = 150
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
FIRST = ["Anna", "Mads", "Fatima", "Jonas", "Sofie", "Ahmed", "Line", "Kasper", "Mette", "Oliver",
         "Yasmin", "Rasmus", "Camilla", "Emil", "Hanne", "Tobias", "Nadia", "Frederik", "Ida", "Ali"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen"]
MENTORS = ["Lars Østergaard", "Birgitte Holm", "Kim Vestergaard", "Susanne Bach", "Henrik Dahl",
           "Pia Lund", "Morten Krogh", "Trine Skov", "Jesper Kjær", "Lone Bjerre"]


def phone():
    return f"{R.randint(20, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


def cpr():
    d = dt.date(1960, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 40))
    return f"{d:%d%m%y}-{R.randint(1000, 9999)}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    return [f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}", f"{d.day}/{d.month}-{d.year}",
            f"{d:%Y-%m-%d}", f"{d.day}.{d.month}.{d.year}"][style]


def fmt_range(a, b, style):
    sep = [" – ", "-", " til ", " – ", " - "][style]
    if style == 2:
        return f"fra {fmt_date(a, 2)} til {fmt_date(b, 2)}"
    return f"{fmt_date(a, style)}{sep}{fmt_date(b, style)}"


# ---------------------------------------------------------------- content pools
GOALS_CLEAR = [
    "{n} er i virksomhedspraktik i {place} 15 timer om ugen senest {d}.",
    "{n} starter på grundforløb 1 på {school} i august og møder mindst fire dage om ugen.",
    "{n} har et løntilskudsjob som lagermedarbejder hos {place} med 25 timer om ugen inden {d}.",
    "{n} gennemfører første semester på {school} med højst fem fraværsdage.",
    "{n} er i ordinært job som chauffør eller lagerarbejder 20 timer om ugen senest {d}.",
    "At {n} fastholder sit fleksjob i {place} og møder alle planlagte vagter (12 timer pr. uge).",
    "{n} søger mindst to relevante stillinger om ugen inden for rengøring og starter i praktik i {place} senest {d}.",
    "{n} tager FVU-dansk på {school} to dage om ugen med henblik på optagelse på SOSU-hjælperuddannelsen.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "Øget selvværd og at komme videre i livet.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at {n} får det bedre og får mere overskud.",
    "Motivere {n} og skabe ro omkring familien.",
    "Bedre trivsel og mere livskvalitet.",
]
PLACES = ["Netto i Bredgade", "Bilka Holstebro", "Dagli'Brugsen Vinding", "Plejecenter Solgården",
          "DSV Hedehusene", "Genbrugspladsen Nord", "Kantinen på Rådhuset", "Jysk lager i Uldum"]
SCHOOLS = ["VUC Syd", "EUC Nordvest", "Tradium", "SOSU Østjylland", "Mercantec", "Kold College"]
TASKS = [
    "følges med {n} til praktikstedet de første to uger",
    "hjælpe med at lave en ugeplan for fremmøde og transport",
    "deltage i samtaler med arbejdsgiveren",
    "hjælpe med kontakt til læge og psykiatri",
    "træne busturen til skolen",
    "hjælpe med at åbne og svare på Digital Post",
    "ringe om morgenen de dage, hvor {n} skal møde",
    "hjælpe med lektier og afleveringer",
    "forberede jobsamtaler sammen med {n}",
]
TASK_MENU = ["Ledsagelse til praktik/arbejde", "Struktur og ugeplan", "Kontakt til myndigheder",
             "Støtte i forhold til skole/uddannelse", "Samtaler med arbejdsgiver", "Økonomi og post",
             "Transport (træning af rute)", "Jobsøgning"]
FOLLOWUPS = [
    "Statusmøde med {n}, mentor og sagsbehandler hver måned. Evaluering 14 dage før forløbet slutter.",
    "Vi følger op hver 3. måned og altid 14 dage inden støtteperioden ophører.",
    "Mentor sender en kort statusrapport hver måned; midtvejsevaluering efter 3 måneder.",
    "Opfølgningssamtale i jobcentret hver 6. uge. Progression måles på antal mødedage pr. uge.",
    "Evaluering sammen med {n} hver måned og fire uger før bevillingen udløber.",
]
FOLLOW_MENU = ["Hver måned", "Hver 3. måned", "14 dage før ophør", "Ved behov"]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "4 t/uge", "1,5 time ugentligt", "8 timer om måneden",
         "5 timer pr. uge", "2 timer ugentligt"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]
LEVELS = ["Niveau 1 (0-1 time pr. uge)", "Niveau 2 (1-2 timer pr. uge)", "Niveau 3 (mere end 2 timer pr. uge)"]
APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen "
    "skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
    "sin afgørelse, bliver din klage sendt videre til Ankestyrelsen.",
    "Du kan klage mundtligt eller skriftligt til Jobcentret senest 4 uger efter, at du har modtaget "
    "aftalen. Jobcentret ser på sagen igen. Fastholder vi afgørelsen, sender vi klagen til "
    "Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kap. 10).",
    "Klagen skal sendes til kommunen inden 4 uger fra den dag, du fik afgørelsen. Vi vurderer sagen "
    "igen, og hvis vi ikke giver dig ret, sender vi den videre til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Klager sendes til kommunen.",
              "Klagefrist: 4 uger.", "Kontakt os, hvis du er utilfreds."]
PLACEHOLDERS = ["…", "-", "[ ]", "Udfyldes af mentor", "Udfyldes senere", "xx"]

# ---------------------------------------------------------------- providers and label sets
# fields: goal mentor tasks duration follow hours appeal
PROVIDERS = [
    dict(slug="holmvig-kommune", org="Holmvig Kommune, Beskæftigelse", layout="qa",
         title="Aftale om mentorstøtte – dine svar og vores", labels=dict(
             goal="Hvad skal du nå?", mentor="Hvem er din mentor, og hvordan får du fat i hende/ham?",
             tasks="Hvad hjælper mentoren dig med?", duration="Hvornår starter og slutter forløbet?",
             follow="Hvornår kigger vi på, hvordan det går?", hours="Hvor meget tid har mentoren til dig?",
             appeal="Hvad gør du, hvis du er uenig?")),
    dict(slug="mentorhuset-nord", org="Mentorhuset Nord ApS", layout="numbered",
         title="Samarbejdsaftale – mentorforløb", labels=dict(
             goal="Det arbejder vi hen imod", mentor="Hvem hjælper dig", tasks="Det tager mentoren sig af",
             duration="Forløbets længde", follow="Sådan holder vi øje med fremskridt",
             hours="Tid sammen med mentor", appeal="Hvis du vil klage")),
    dict(slug="soendermark-jobcenter", org="Jobcenter Søndermark", layout="table",
         title="Mentoraftale", labels=dict(
             goal="Målsætning for forløbet", mentor="Tilknyttet mentor", tasks="Mentorens indsatsområder",
             duration="Bevillingsperiode", follow="Status og evaluering", hours="Bevilget timeantal",
             appeal="Klageadgang")),
    dict(slug="trappen-mentor-job", org="Trappen Mentor & Job I/S", layout="table",
         title="Din aftale med Trappen", labels=dict(
             goal="Dit mål", mentor="Din mentor", tasks="Det hjælper vi med", duration="Aftalen gælder",
             follow="Vi mødes til status", hours="Mentortimer", appeal="Uenig i aftalen?")),
    dict(slug="kms-export", org="KMD-lignende sagssystem, eksport", layout="kv-caps",
         title="EKSPORT – MENTORBEVILLING", labels=dict(
             goal="MAALSAETNING", mentor="MENTOR", tasks="INDSATSOMRAADER", duration="BEVILLING",
             follow="OPFOELGNINGSPLAN", hours="TIMER_PR_UGE", appeal="KLAGEVEJL_TEKST")),
    dict(slug="fagsystem-snake", org="Fagsystem Beskæftigelse (csv/txt-dump)", layout="kv-snake",
         title="mentor_aftale_export", labels=dict(
             goal="maal_tekst", mentor="mentor_navn_kontakt", tasks="mentor_opgaver", duration="periode",
             follow="opfoelgning_aftalt", hours="timetal_uge", appeal="klage_tekst")),
    dict(slug="egeskov-kommune", org="Egeskov Kommune, Center for Job og Uddannelse", layout="checkbox",
         title="Mentorbestilling og aftale (sæt kryds)", labels=dict(
             goal="Fokus for forløbet (job/uddannelse)", mentor="Mentor (navn, tlf., mail)",
             tasks="Mentoren hjælper med (sæt kryds)", duration="Start- og slutdato",
             follow="Opfølgningsinterval", hours="Støtteniveau", appeal="Klagevejledning")),
    dict(slug="vestkyst-kommune", org="Vestkyst Kommune, Jobcentret", layout="grey",
         title="Aftaleskema – mentorstøtte efter LAB § 167", labels=dict(
             goal="Borgerens eget mål", mentor="Mentor og kontaktoplysninger", tasks="Aftalte opgaver",
             duration="Periode", follow="Hvordan og hvornår gør vi status?", hours="Ugentligt timetal",
             appeal="Sådan klager du")),
    dict(slug="fjordby-kommune", org="Fjordby Kommune", layout="table",
         title="Aftale om mentorstøtte", labels=dict(  # the textbook labels (used ~1/8)
             goal="Målet med mentorstøtten", mentor="Mentorens navn og kontaktdata",
             tasks="Mentorens opgaver", duration="Varighed", follow="Opfølgning",
             hours="Timetal", appeal="Klagevejledning")),
]
INSTR = dict(goal="Skriv her hvad borgeren gerne vil opnå, med ord borgeren selv bruger.",
             mentor="Skriv mentorens fulde navn, telefon og mail.",
             tasks="Skriv her hvad mentoren konkret skal gøre.",
             duration="Skriv første og sidste dag i forløbet.",
             follow="Skriv hvornår I mødes og hvad I ser på.",
             hours="Skriv antal timer.",
             appeal="Indsæt kommunens standardtekst.")
FIELDS = ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]
RULE_OF = dict(goal="missing-goal", mentor="missing-mentor", tasks="missing-tasks",
               duration="missing-duration", follow="missing-follow-up", hours="missing-hours",
               appeal="missing-appeal-guidance")


# ---------------------------------------------------------------- document model
# blocks: ("title", t) ("h", t) ("p", t) ("grey", t) ("table", [[a, b], ...]) ("check", label, [(on, text)])

def person():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def period(over: bool):
    start = dt.date(2026, R.randint(1, 9), R.choice([1, 1, 1, 15, 4]))
    if over:
        kind = R.choice(["9m", "12m", "1day"])
        end = {"9m": add_months(start, 9) - dt.timedelta(days=1),
               "12m": add_months(start, 12) - dt.timedelta(days=1),
               "1day": add_months(start, 6)}[kind]
        trait = f"period:over-{kind}"
    else:
        m = R.choice([6, 6, 6, 3, 4, 5])
        end = add_months(start, m) - dt.timedelta(days=1)
        trait = "period:exact-six" if m == 6 else f"period:{m}m"
    return start, end, trait


def build_fields(n_first, missing, over, unclear, p):
    """Return dict field -> value (None = missing) plus meta."""
    first = n_first
    start, end, ptrait = period(over)
    d_goal = fmt_date(add_months(start, 2), 0)
    if unclear:
        goal = R.choice(GOALS_UNCLEAR).format(n=first)
    else:
        goal = R.choice(GOALS_CLEAR).format(n=first, place=R.choice(PLACES), school=R.choice(SCHOOLS),
                                            d=d_goal)
        if "duration" in missing:  # no dates anywhere when the duration is missing
            goal = R.choice(GOALS_CLEAR[1:2] + GOALS_CLEAR[3:4] + GOALS_CLEAR[5:6]).format(
                n=first, place=R.choice(PLACES), school=R.choice(SCHOOLS), d="")
    m = R.choice(MENTORS)
    mentor = (m, phone(), m.split()[0].lower() + "@" + p["slug"].split("-")[0] + ".dk")
    tasks = [t.format(n=first) for t in R.sample(TASKS, R.randint(2, 4))]
    style = R.randint(0, 4)
    f = dict(goal=goal, mentor=mentor, tasks=tasks, duration=(start, end, style),
             follow=R.choice(FOLLOWUPS).format(n=first), hours=R.choice(HOURS),
             appeal=R.choice(APPEAL_FULL))
    meta = dict(start=start, end=end, ptrait=ptrait)
    return f, meta


def mentor_text(v, how):
    name, tel, mail = v
    return [f"{name}, tlf. {tel}, {mail}", f"{name} – {tel}", f"Din mentor er {name}. Ring på {tel} eller skriv til {mail}."][how]


def render_agreement(p, citizen, cprno, missing, mtype, f, meta, extension=False):
    """Fields -> list of blocks. mtype: per missing field, how it is missing."""
    L = p["labels"]
    lay = p["layout"]
    first = citizen.split()[0]
    blocks = [("title", p["title"]), ("p", p["org"])]
    head = [("Borger", citizen)]
    if cprno:
        head.append(("CPR-nr.", cprno))
    head.append(("Sagsbehandler", f"{R.choice(MENTORS[::-1]).split()[0]} {R.choice(LAST)}, tlf. {phone()}"))
    if extension:
        head.append(("Type", "Forlængelse af mentorstøtte (ny periode efter konkret vurdering)"))
    values = {}
    for k in FIELDS:
        v = f[k]
        if k in missing:
            how = mtype[k]
            if how == "omit":
                values[k] = None
                continue
            if how == "placeholder":
                values[k] = ("ph", R.choice(PLACEHOLDERS))
                continue
            if how == "instr":
                values[k] = ("instr", INSTR[k])
                continue
            if how == "name-only":  # mentor without contact data
                values[k] = ("val", v[0])
                continue
            if how == "vague":  # hours vague
                values[k] = ("val", R.choice(HOURS_VAGUE))
                continue
            if how == "incomplete":  # appeal incomplete
                values[k] = ("val", R.choice(APPEAL_BAD))
                continue
            if how == "none-checked":
                values[k] = ("none", None)
                continue
        if k == "mentor":
            values[k] = ("val", mentor_text(v, R.randint(0, 1 if lay.startswith("kv") else 2)))
        elif k == "tasks":
            values[k] = ("list", v)
        elif k == "duration":
            a, b, st = v
            if meta.get("len_only"):
                months = round((b - a).days / 30.4)
                values[k] = ("val", f"{months} måneder fra {fmt_date(a, 0)}" if R.random() < .5
                             else f"{months} mdr. (start {fmt_date(a, 1)})")
            else:
                values[k] = ("val", fmt_range(a, b, st))
        else:
            values[k] = ("val", v)

    def flat(val):
        if val[0] == "list":
            return "; ".join(x[0].upper() + x[1:] for x in val[1])
        return val[1] or ""

    order = FIELDS[:]
    if lay == "kv-caps" or lay == "kv-snake":
        kv = [(("BORGER_NAVN" if lay == "kv-caps" else "borger_navn"), citizen)]
        if cprno:
            kv.append(("CPR_NR" if lay == "kv-caps" else "cpr", cprno))
        kv.append(("SAGSNR" if lay == "kv-caps" else "sag_id", f"27.12.00-G01-{R.randint(100, 999)}-26"))
        kv.append(("YDELSE" if lay == "kv-caps" else "ydelse_type",
                   "Mentorstøtte LAB §167" + (" (forlængelse)" if extension else "")))
        for k in order:
            val = values[k]
            key = L[k]
            if val is None:
                continue
            if k == "duration" and val[0] == "val" and lay == "kv-caps" and not meta.get("len_only"):
                a, b, st = f[k]
                kv.append(("BEVILLING_FRA", fmt_date(a, 1)))
                kv.append(("BEVILLING_TIL", fmt_date(b, 1)))
                continue
            if k == "mentor" and val[0] == "val" and lay == "kv-caps" and "mentor" not in missing:
                name, tel, mail = f[k]
                kv += [("MENTOR_NAVN", name), ("MENTOR_TLF", tel), ("MENTOR_EMAIL", mail)]
                continue
            if k == "mentor" and lay == "kv-caps" and "mentor" in missing:
                kv += [("MENTOR_NAVN", f[k][0] if mtype["mentor"] == "name-only" else ""),
                       ("MENTOR_TLF", ""), ("MENTOR_EMAIL", "")]
                continue
            text = flat(val) if val[0] in ("val", "list") else ("" if val[0] != "ph" else val[1])
            if val[0] == "instr":
                text = ""
            kv.append((key, text))
        kv.append(("OPRETTET" if lay == "kv-caps" else "oprettet_dato", fmt_date(dt.date(2026, 1, 1) + dt.timedelta(days=R.randint(0, 300)), 3)))
        return [("kv", p["title"], kv)]

    if lay in ("table",):
        rows = list(head)
        for k in order:
            val = values[k]
            if val is None:
                continue
            if val[0] == "instr":
                rows.append((L[k], ("grey", val[1])))
            else:
                rows.append((L[k], flat(val) if val[0] != "ph" else val[1]))
        blocks.append(("table", rows))
    else:
        blocks.append(("table", head) if lay in ("checkbox", "grey") else ("p", "  ·  ".join(f"{a}: {b}" for a, b in head)))
        for i, k in enumerate(order, 1):
            val = values[k]
            lab = L[k]
            if val is None:
                continue
            if lay == "numbered":
                lab = f"{i}. {lab}"
            if lay == "checkbox" and k in ("tasks", "hours", "follow"):
                if k == "tasks":
                    chosen = set() if val[0] in ("none", "ph", "instr") else set(R.sample(TASK_MENU, R.randint(2, 4)))
                    opts = [(o in chosen, o) for o in TASK_MENU]
                elif k == "hours":
                    pick = -1 if val[0] in ("none", "ph", "instr") else (R.randint(0, 2) if val[0] == "val" and val[1] in HOURS else -1)
                    if val[0] == "val" and val[1] in HOURS_VAGUE:
                        pick = -1
                    opts = [(i2 == pick, o) for i2, o in enumerate(LEVELS)]
                    if val[0] == "val" and val[1] in HOURS_VAGUE:
                        opts.append((True, "Andet: " + val[1]))
                else:
                    pick = -1 if val[0] in ("none", "ph", "instr") else R.randint(0, 2)
                    opts = [(i2 == pick, o) for i2, o in enumerate(FOLLOW_MENU)]
                blocks.append(("check", lab, opts))
                continue
            blocks.append(("h", lab))
            if lay == "grey":
                blocks.append(("grey", INSTR[k]))
            if val[0] == "instr":
                if lay != "grey":
                    blocks.append(("grey", val[1]))
                continue
            if val[0] == "none":
                blocks.append(("p", R.choice(PLACEHOLDERS)))
                continue
            if val[0] == "list":
                if lay == "qa":
                    blocks.append(("p", "Mentoren skal " + ", ".join(val[1][:-1]) + " og " + val[1][-1] + "."))
                else:
                    for t in val[1]:
                        blocks.append(("li", t[0].upper() + t[1:]))
                continue
            blocks.append(("p", val[1]))
    blocks.append(("p", ""))
    blocks.append(("p", f"Underskrift borger: ______________    Underskrift mentor: ______________"))
    return blocks


# ---------------------------------------------------------------- other kinds
def render_minplan(citizen, cprno, missing, f, meta):
    first = citizen.split()[0]
    lbl = R.choice([
        dict(goal="Formål med indsatsen", mentor="Mentor", tasks="Mentor skal hjælpe med",
             duration="Aktivitetsperiode", hours="Timer"),
        dict(goal="Delmål / formål", mentor="Kontaktperson (mentor)", tasks="Indhold",
             duration="Fra - til", hours="Omfang"),
    ])
    rows = [("Min Plan", f"{citizen}" + (f" ({cprno})" if cprno else "")),
            ("Aktivitet", "Mentorstøtte (LAB § 167)"),
            ("Status", R.choice(["Aktiv", "Planlagt"]))]
    for k in ["goal", "mentor", "tasks", "duration", "hours"]:
        if k in missing:
            if R.random() < .5:
                continue
            rows.append((lbl[k], R.choice(PLACEHOLDERS[:3])))
            continue
        v = f[k]
        if k == "mentor":
            v = mentor_text(v, R.randint(0, 1))
        elif k == "tasks":
            v = "; ".join(v)
        elif k == "duration":
            v = fmt_range(v[0], v[1], v[2])
        rows.append((lbl[k], v))
    rows.append(("Sidst ændret", f"{fmt_date(dt.date(2026, R.randint(1, 10), R.randint(1, 28)), 1)} af jobcentret"))
    return [("title", "Min Plan – indsats"), ("p", "Dette er en indsats i din plan på Jobnet / Min Side."),
            ("table", rows)]


def render_decision(citizen, cprno, f, meta, appeal_mode, partial):
    first = citizen.split()[0]
    a, b = meta["start"], meta["end"]
    org = R.choice(["Holmvig Kommune", "Egeskov Kommune", "Vestkyst Kommune", "Fjordby Kommune"])
    bl = [("p", org + "\nBeskæftigelse\n" + fmt_date(a - dt.timedelta(days=R.randint(5, 20)), 0)),
          ("p", f"{citizen}" + (f"\nCPR-nr. {cprno}" if cprno else "")),
          ("title", "Afgørelse om mentorstøtte")]
    if partial:
        bl.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. Vi har givet dig "
                        f"mentorstøtte i perioden {fmt_range(a, b, 0)} med {f['hours']}."))
        bl.append(("h", "Begrundelse"))
        bl.append(("p", "Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1 kan mentorstøtte gives i "
                        "højst 6 måneder ad gangen. Vi har lagt vægt på, at du i samtalen sagde, at du især "
                        "har brug for hjælp i den første tid i praktikken. Ved udløb vurderer vi igen."))
    else:
        bl.append(("p", f"Du får mentorstøtte i perioden {fmt_range(a, b, R.choice([0, 1, 4]))}. "
                        f"Mentoren har {f['hours']} til dig. Det er det, du har søgt om."))
        bl.append(("h", "Hvorfor får du mentorstøtte?"))
        bl.append(("p", f"Bevillingen er givet efter § 167 i lov om en aktiv beskæftigelsesindsats. Målet er: {f['goal']}"))
    if appeal_mode == "full":
        bl += [("h", R.choice(["Klagevejledning", "Er du ikke enig?", "Sådan klager du"])), ("p", R.choice(APPEAL_FULL))]
    elif appeal_mode == "bad":
        bl += [("h", "Klagevejledning"), ("p", R.choice(APPEAL_BAD))]
    bl.append(("p", "Med venlig hilsen\n" + person() + "\nJobkonsulent"))
    return bl


def render_unknown(kind):
    p = R.choice(PROVIDERS)
    if kind == "blank":
        L = p["labels"]
        bl = [("title", "SKABELON – " + p["title"]), ("p", f"{p['org']} · skabelon version {R.randint(2, 6)}.{R.randint(0, 9)} · må ikke sendes uudfyldt"),
              ("table", [("Borger", "[Navn]"), ("CPR-nr.", "[DDMMÅÅ-XXXX]"), ("Sagsbehandler", "[Navn, tlf.]")])]
        for k in FIELDS:
            bl += [("h", L[k]), ("grey", INSTR[k] + (" Husk: højst 6 måneder pr. periode." if k == "duration" else ""))]
        return bl, "blank-template", p["layout"]
    if kind == "price":
        org = R.choice(["Mentorhuset Nord ApS", "Trappen Mentor & Job I/S", "Kompas Mentorservice"])
        rows = [("Ydelse", "Pris 2026 ekskl. moms"),
                ("Mentortime, individuel", f"{R.randint(420, 560)} kr."),
                ("Pakke S: 2 timer pr. uge i 3 måneder", f"{R.randint(11, 14)}.{R.randint(100, 900)} kr."),
                ("Pakke M: 4 timer pr. uge i 6 måneder", f"{R.randint(45, 55)}.{R.randint(100, 900)} kr."),
                ("Kørsel pr. km", "3,81 kr."),
                ("Statusrapport til jobcentret", "inkluderet")]
        return [("title", f"Prisliste – mentorydelser 2026"), ("p", org),
                ("p", "Priserne gælder for kommuner med rammeaftale. Fakturering månedsvis bagud."),
                ("table", rows), ("p", f"Kontakt: salg@{org.split()[0].lower()}.dk · tlf. {phone()}")], "price-list", "table"
    items = ["Er målet rettet mod job eller uddannelse, og kan det måles?",
             "Står mentorens navn og telefon/mail i aftalen?",
             "Er opgaverne konkrete?", "Er perioden højst 6 måneder (ny vurdering ved forlængelse)?",
             "Er der aftalt opfølgning og progression?", "Er timetallet pr. uge angivet?",
             "Er klagevejledningen med (kommunen, 4 uger, Ankestyrelsen)?",
             "Er aftalen lagt i Min Plan og sendt til e-Boks?"]
    return [("title", "Intern tjekliste – før mentoraftalen sendes"),
            ("p", "Til sagsbehandlere i Beskæftigelse. Gennemgå punkterne, før aftalen journaliseres."),
            ("check", "Tjek", [(False, t) for t in items]),
            ("p", "Spørgsmål: kontakt teamleder i Team Ungeindsats.")], "checklist", "checkbox"


# ---------------------------------------------------------------- writers
def write_txt(blocks, path):
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif b[0] == "h":
            out += ["", b[1]]
        elif b[0] in ("p",):
            out.append(b[1])
        elif b[0] == "grey":
            out.append(f"({b[1]})")
        elif b[0] == "li":
            out.append("- " + b[1])
        elif b[0] == "table":
            w = max(len(r[0]) for r in b[1]) + 2
            for a, v in b[1]:
                v = f"({v[1]})" if isinstance(v, tuple) else v
                out.append(f"{(a + ':').ljust(w)} {v}")
        elif b[0] == "check":
            out.append(b[1] + ":")
            out += [f"  {'☒' if on else '☐'} {t}" for on, t in b[2]]
        elif b[0] == "kv":
            out += [f"{k}: {v}" for k, v in b[2]]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path):
    e = htmlmod.escape
    out = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>"
           + e(next((b[1] for b in blocks if b[0] in ("title", "kv")), "Dokument")) + "</title></head><body>"]
    in_ul = False
    for b in blocks:
        if b[0] != "li" and in_ul:
            out.append("</ul>")
            in_ul = False
        if b[0] == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif b[0] == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "p":
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "grey":
            out.append(f"<p style=\"color:#8a8a8a\"><i>{e(b[1])}</i></p>")
        elif b[0] == "li":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{e(b[1])}</li>")
        elif b[0] == "table":
            out.append("<table border=\"1\" cellpadding=\"4\">")
            for a, v in b[1]:
                v = f"<span style=\"color:#8a8a8a\">{e(v[1])}</span>" if isinstance(v, tuple) else e(v)
                out.append(f"<tr><th style=\"text-align:left\">{e(a)}</th><td>{v}</td></tr>")
            out.append("</table>")
        elif b[0] == "check":
            out.append(f"<p><b>{e(b[1])}</b></p><p>" + "<br>".join(
                f"{'☒' if on else '☐'} {e(t)}" for on, t in b[2]) + "</p>")
        elif b[0] == "kv":
            out.append("<pre>" + e("\n".join(f"{k}: {v}" for k, v in b[2])) + "</pre>")
    if in_ul:
        out.append("</ul>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def write_docx(blocks, path):
    d = Document()
    grey = RGBColor(0x8A, 0x8A, 0x8A)
    for b in blocks:
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            para = d.add_paragraph()
            para.add_run(b[1]).bold = True
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "grey":
            r = d.add_paragraph().add_run(b[1])
            r.font.color.rgb = grey
            r.italic = True
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                c = t.add_row().cells
                c[0].text = a
                if isinstance(v, tuple):
                    r = c[1].paragraphs[0].add_run(v[1])
                    r.font.color.rgb = grey
                else:
                    c[1].text = v
        elif b[0] == "check":
            para = d.add_paragraph()
            para.add_run(b[1]).bold = True
            for on, t in b[2]:
                d.add_paragraph(f"{'☒' if on else '☐'} {t}")
        elif b[0] == "kv":
            d.add_heading(b[1], level=2)
            for k, v in b[2]:
                para = d.add_paragraph(f"{k}: {v}")
                para.runs[0].font.size = Pt(9)
    d.save(path)


# ---------------------------------------------------------------- main
def main(out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    kinds = (["agreement"] * 98 + ["decision"] * 15 + ["minplan"] * 15 + ["unknown"] * 22)
    R.shuffle(kinds)
    entries, to_convert = [], []
    textbook_used = 0
    for i, kind in enumerate(kinds):
        citizen = person()
        first = citizen.split()[0]
        cprno = cpr() if R.random() < .25 else None
        traits, rules = [], []
        period_meta = None
        p = None
        if kind == "unknown":
            sub = ["blank", "blank", "price", "check"][i % 4]
            blocks, subtype, layout = render_unknown(sub)
            cprno = None
            fmt = R.choice(["docx", "odt", "pdf", "txt", "html"])
            folder = "diverse"
        else:
            p = R.choice(PROVIDERS)
            if p["slug"] == "fjordby-kommune":
                textbook_used += 1
            layout = p["layout"] if kind == "agreement" else ("table" if kind == "minplan" else "letter")
            applicable = {"agreement": ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal",
                                        "over", "unclear"],
                          "minplan": ["goal", "mentor", "tasks", "duration", "hours", "over", "unclear"],
                          "decision": ["appeal", "over"]}[kind]
            ndef = R.choices([0, 1, 2], weights=[40, 42, 18])[0]
            defects = set(R.sample(applicable, min(ndef, len(applicable))))
            if "goal" in defects:
                defects.discard("unclear")
            if "duration" in defects:
                defects.discard("over")
            missing = [k for k in FIELDS if k in defects]
            over, unclear = "over" in defects, "unclear" in defects
            f, meta = build_fields(first, missing, over, unclear, p)
            if kind == "agreement" and not over and "duration" not in missing and R.random() < .15:
                meta["len_only"] = True  # duration as a length ("6 måneder fra ...")
                a = meta["start"]
                m = R.choice([3, 4, 6])
                meta["end"] = add_months(a, m) - dt.timedelta(days=1)
                f["duration"] = (a, meta["end"], 0)
                meta["ptrait"] = f"period:length-{m}m"
            if kind == "agreement" and over and R.random() < .3:
                meta["len_only"] = True
                a = meta["start"]
                meta["end"] = add_months(a, R.choice([9, 12])) - dt.timedelta(days=1)
                f["duration"] = (a, meta["end"], 0)
                meta["ptrait"] = "period:length-over"
            mtype = {}
            for k in missing:
                opts = ["omit", "placeholder"]
                if layout in ("grey", "table", "qa", "numbered"):
                    opts.append("instr")
                if k == "mentor":
                    opts.append("name-only")
                if k == "hours":
                    opts.append("vague")
                if k == "appeal":
                    opts += ["incomplete", "incomplete"]
                if layout == "checkbox" and k in ("tasks", "hours", "follow"):
                    opts = ["none-checked", "none-checked", "omit"]
                if layout.startswith("kv") and k != "appeal":
                    opts = ["placeholder", "omit"] + (["name-only"] if k == "mentor" else [])
                mtype[k] = R.choice(opts)
                traits.append(f"missing:{k}:{mtype[k]}" if kind == "agreement" else f"missing:{k}")
            subtype = kind
            if kind == "agreement":
                ext = R.random() < .1 and not over
                subtype = "extension" if ext else "agreement"
                blocks = render_agreement(p, citizen, cprno, missing, mtype, f, meta, extension=ext)
            elif kind == "minplan":
                blocks = render_minplan(citizen, cprno, missing, f, meta)
            else:
                partial = R.random() < .35 and not over
                subtype = "decision-partial" if partial else "decision-grant"
                amode = "full" if "appeal" not in missing else R.choice(["omit", "bad"])
                if amode != "full":
                    traits.append(f"appeal:{amode}")
                blocks = render_decision(citizen, cprno, f, meta, amode, partial)
            rules = sorted({RULE_OF[k] for k in missing} | ({"duration-over-6-months"} if over else set())
                           | ({"unclear-goal"} if unclear else set()))
            if unclear:
                traits.append("goal:unclear")
            if "duration" not in missing:
                period_meta = {"start": meta["start"].isoformat(), "end": meta["end"].isoformat()}
                traits.append(meta["ptrait"])
            fmt = ("txt" if layout.startswith("kv") and R.random() < .8 else
                   R.choices(["docx", "odt", "pdf", "txt", "html"], weights=[35, 15, 15, 15, 20])[0])
            folder = {"agreement": p["slug"], "decision": "afgoerelser", "minplan": "min-plan"}[kind]
        name = f"{i:03d}-{kind}-{first.lower()}.{fmt}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        d = out / folder
        d.mkdir(exist_ok=True)
        target = d / name
        if fmt == "txt":
            write_txt(blocks, target)
        elif fmt == "html":
            write_html(blocks, target)
        else:
            write_docx(blocks, target.with_suffix(".docx"))
            if fmt != "docx":
                to_convert.append((target.with_suffix(".docx"), fmt))
        if cprno:
            traits.append("cpr")
        e = {"path": str(target.relative_to(out)), "format": fmt, "kind": kind, "subtype": subtype,
             "layout": layout, "rules": rules, "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [cprno, cprno.replace("-", "")] if cprno else [], "traits": sorted(traits)}
        if period_meta:
            e["period"] = period_meta
        entries.append(e)
    # LibreOffice conversions, one call per (dir, format)
    groups = {}
    for src, fmt in to_convert:
        groups.setdefault((src.parent, fmt), []).append(src)
    for (parent, fmt), srcs in groups.items():
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_aa_profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(parent)] + [str(s) for s in srcs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for s in srcs:
            if not s.with_suffix("." + fmt).is_file():
                raise SystemExit(f"conversion failed: {s}")
            s.unlink()
    lines = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in sorted(entries, key=lambda x: x["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print("kinds", Counter(x["kind"] for x in entries))
    print("formats", Counter(x["format"] for x in entries))
    print("clean", sum(1 for x in entries if not x["rules"] and x["kind"] != "unknown"),
          "rules", Counter(r for x in entries for r in x["rules"]), "textbook", textbook_used)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/aa"))
