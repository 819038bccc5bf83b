#!/usr/bin/env python3
"""Independent corpus CR: independently written mentor agreements (issue 8, "independent set 1").

About 100 documents: ~75 agreements from four municipalities and two mentor providers, 10 decision
letters and 15 documents that are none of the kinds, in DOCX, PDF (reportlab and LibreOffice),
ODT, TXT and HTML, with headings, label/value tables, numbered lists and letter prose.

    /work/main/.venv/bin/python make_corpus_cr.py --out /work/corpora/cr

Deterministic: fixed seed, no clock. Labels are decided here from the rule docs and domain.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

SEED = 20261130
RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

# ---------------------------------------------------------------- people and writers
FIRST = ["Mette", "Jonas", "Sara", "Ahmed", "Louise", "Kasper", "Fatima", "Nikolaj", "Camilla", "Mikkel",
         "Amalie", "Rasmus", "Yasmin", "Frederik", "Ida", "Emil", "Nadia", "Oliver", "Julie", "Tobias",
         "Signe", "Mads", "Leila", "Christian", "Maja", "Anders", "Sofie", "Ali", "Line", "Jakob"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kaya", "Yilmaz", "Holm", "Bach", "Lund"]

WRITERS = {
    "horsens": dict(name="Horsens Kommune", unit="Jobcenter Horsens", short="horsens",
                    domain="horsens.dk", style="table", formats=["docx", "docx", "pdf", "pdf-lo", "html"]),
    "naestved": dict(name="Næstved Kommune", unit="Job og Ydelse, Næstved Kommune", short="naestved",
                     domain="naestved.dk", style="numbered", formats=["docx", "odt", "pdf-lo", "txt"]),
    "frederikshavn": dict(name="Frederikshavn Kommune", unit="Center for Beskæftigelse", short="frederikshavn",
                          domain="frederikshavn.dk", style="headings", formats=["pdf", "html", "docx", "txt"]),
    "ballerup": dict(name="Ballerup Kommune", unit="Jobcenter Ballerup", short="ballerup",
                     domain="balk.dk", style="letter", formats=["docx", "pdf", "odt", "html", "txt"]),
    "mentorhuset": dict(name="Mentorhuset Midt ApS", unit="Mentorhuset Midt", short="mentorhuset",
                        domain="mentorhuset-midt.dk", style="headings", formats=["docx", "pdf", "txt", "odt"]),
    "broen": dict(name="Broen – Job & Mentor", unit="Broen Job & Mentor I/S", short="broen",
                  domain="broen-mentor.dk", style="table", formats=["html", "pdf", "docx", "odt"]),
}


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng):
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d, rng, style=None):
    style = style or rng.choice(["words", "words", "dots", "dots2", "slash", "iso", "abbr", "den"])
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots2":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- field texts
def goal_text(rng, p, clear=True):
    fn = p["first"]
    if clear:
        return rng.choice([
            f"Målet er, at {fn} starter på SOSU-hjælperuddannelsen på SOSU Østjylland til august {p['year']} og møder stabilt.",
            f"{fn} skal gennemføre FVU-dansk trin 2 på VUC og møde mindst 4 dage om ugen.",
            f"At {fn} er i virksomhedspraktik i Netto, 12 timer om ugen, senest {p['mid']}, med henblik på løntilskud.",
            f"Ordinært job på 15 timer om ugen inden for lager og logistik inden periodens udløb.",
            f"{fn} fastholder sit fleksjob som pedelmedhjælper på {rng.choice(['Lindeskolen', 'plejecentret Solhaven'])} (12 timer/uge) og har højst to fraværsdage pr. måned.",
            f"Hovedmål: {fn} begynder på grundforløb 1 (EUD, tømrer) på Learnmark Tech i januar.",
            f"{fn} gennemfører et AMU-kursus i truckkørsel (certifikat B) og søger mindst 3 relevante stillinger om ugen.",
            f"At {fn} bliver optaget på FGU ({rng.choice(['produktionsgrunduddannelse', 'almen grunduddannelse'])}) og møder 90 % af tiden.",
            f"{fn} skal være i praktik i en børnehave 3 dage om ugen med henblik på at søge ind på pædagogisk assistentuddannelse (PAU).",
            f"Målet for forløbet er at {fn} kommer i job som kok eller køkkenmedhjælper – først via praktik i kantinen hos Dansk Metal, 20 timer/uge fra {p['mid']}.",
            f"At {fn} kan gennemføre 2. semester på HF på VUC uden at droppe ud og afleverer alle opgaver til tiden.",
            f"{fn} har en STU-plads og mødes til undervisning 5 dage om ugen; herefter afklaring af job med løntilskud.",
        ])
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"At {fn} arbejder med sig selv og får mere struktur på hverdagen.",
        "Øget selvværd og bedre trivsel i hverdagen.",
        f"Sikre at {fn} kommer tættere på arbejdsmarkedet.",
        f"Hjælp til {fn} med at få ro på tilværelsen og blive mere motiveret.",
        "Borgeren skal have det bedre og få styr på sin økonomi.",
    ])


def tasks_lines(rng, p):
    pool = [
        "Følge borgeren til praktikstedet de første to uger",
        "Ugentlig samtale om fremmøde og trivsel på arbejdspladsen",
        "Hjælpe med at skabe struktur i hverdagen (vækning, madpakke, transport)",
        "Ledsage til møder med kommunen, læge og skole",
        "Støtte i kontakten til uddannelsesstedet og studievejlederen",
        "Hjælpe med at søge job og skrive ansøgninger",
        "Træne busturen til skolen",
        "Gennemgå post i e-Boks sammen med borgeren",
        "Være bindeled mellem borger og arbejdsgiver",
        "Hjælpe med at planlægge lektier og afleveringer",
    ]
    return rng.sample(pool, rng.randint(2, 4))


def hours_text(rng, kind):
    if kind == "vague":
        return rng.choice(["Efter behov.", "Et par timer om ugen, efter aftale.", "Løbende efter aftale med mentor.",
                           "Vi aftaler timerne undervejs."])
    return rng.choice([
        "3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "halvanden time om ugen",
        "to timer om ugen", "4 t/uge", "8 timer om måneden", "2-3 timer pr. uge",
        "24 mentortimer i perioden, typisk 1 time om ugen", "½ time om ugen + telefonkontakt",
        "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge",
        "3 timer om ugen. Tidspunkterne aftales efter aftale mellem mentor og borger.",
    ])


def followup_text(rng, p):
    return rng.choice([
        f"Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før ophør ({p['eval']}).",
        "Vi følger op hver 3. måned og altid 14 dage inden støtteperioden ophører.",
        f"Midtvejsevaluering {p['mid']}. Progression måles på fremmøde (delmål: 4 dage/uge).",
        "Mentor sender en kort statusrapport hver måned. Opfølgningssamtale i kommunen efter 3 måneder.",
        "Opfølgning hver anden uge mellem mentor og borger; sagsbehandler deltager i statusmøde hver 2. måned.",
        f"Der afholdes evalueringsmøde fire uger før bevillingsudløb. Delmål: {p['first']} har været i praktik i 4 uger.",
    ])


def appeal_text(rng, w, kind="full"):
    kom = w["name"] if "Kommune" in w["name"] else "kommunen"
    if kind == "full":
        return rng.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {kom} inden fire uger. Kommunen genvurderer sin afgørelse inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
            f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {kom} senest 4 uger efter, at du har modtaget denne aftale. Klagen kan være mundtlig eller skriftlig. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen (LAB § 204, retssikkerhedslovens kapitel 10).",
            f"Klagefristen er 4 uger fra du har modtaget afgørelsen. Send din klage til {w['unit']}. Kommunen ser på sagen igen, og er vi fortsat uenige, sendes den til Ankestyrelsen, Beskæftigelsesudvalget.",
        ])
    if kind == "weak":  # names neither body nor deadline
        return rng.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig.",
                           "Kontakt din sagsbehandler, hvis du har spørgsmål eller vil klage."])
    if kind == "nodeadline":  # a body but no deadline
        return f"Hvis du er uenig, kan du klage til {kom}. Kommunen vurderer sagen igen og sender den eventuelt videre til Ankestyrelsen."
    if kind == "direct":  # wrong route but complete: body + deadline
        return "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice."
    raise ValueError(kind)


PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…", "Klik eller tryk her for at skrive tekst.", "", "TBD", "Se senere"]

# ---------------------------------------------------------------- document model
LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Borgerens mål", "Formål med forløbet", "Hvad er målet?",
             "Vi har aftalt følgende mål for forløbet:", "Mål og delmål", "Målsætning", "Hovedformål"],
    "mentor": ["Mentor", "Din mentor", "Mentors kontaktdata", "Mentorens navn og kontaktdata",
               "Kontaktoplysninger på mentor", "Mentor (navn, tlf., mail)", "Hvem er din mentor?"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i",
              "Opgaver", "{mentor_first} skal hjælpe dig med:", "Mentors opgaver i forløbet"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Forløbets varighed", "Aftalen gælder",
                 "Hvor længe?", "Støtteperiode"],
    "follow_up": ["Opfølgning", "Evaluering", "Statusmøder", "Sådan følger vi op", "Opfølgning og progression",
                  "Opfølgning og mål for progression"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Hvor mange timer?", "Timeantal"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang", "Klagevejledning:"],
}
ORDER = ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"]


def build_agreement(rng, idx, wkey, defects):
    w = WRITERS[wkey]
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mfirst, mlast = rng.choice([f for f in FIRST if f != first]), rng.choice(LAST)
    year = 2026
    start = dt.date(year, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 4, 10]))
    p = dict(first=first, last=last, year=year, mentor_first=mfirst)
    dset = set(defects)
    # period
    if "over" in dset:
        end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    elif "over-by-a-day" in dset:
        end = add_months(start, 6)
    else:
        end = add_months(start, rng.choice([3, 4, 5, 6, 6, 6])) - dt.timedelta(days=1)
    p["mid"] = fmt_date(start + (end - start) / 2, rng, "words")
    p["eval"] = fmt_date(end - dt.timedelta(days=14), rng, "words")
    rules, extras, traits = set(), [], []
    fields = {}
    # goal
    clear = "unclear-goal" not in dset
    fields["goal"] = goal_text(rng, p, clear)
    if not clear:
        rules.add("unclear-goal")
    # mentor
    mail = f"{mfirst.lower()}.{mlast.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}@{w['domain']}"
    ph = phone(rng)
    mentor_forms = [
        f"{mfirst} {mlast}, tlf. {ph}, {mail}",
        f"{mfirst} {mlast}\nTlf.: {ph}\nMail: {mail}",
        f"Din mentor er {mfirst} {mlast}. Du kan fange {mfirst} på {ph} eller skrive til {mail}.",
        f"Navn: {mfirst} {mlast} ({w['unit']})\nMobil: {ph}",
        f"{mfirst} {mlast} – {ph}",
    ]
    if "mentor-name-only" in dset:
        fields["mentor"] = f"{mfirst} {mlast}, {w['unit']}"
        rules.add("missing-mentor")
    elif "mentor-phone-only" in dset:
        fields["mentor"] = f"Tlf. {ph} (mentorteamet)"
        rules.add("missing-mentor")
    else:
        fields["mentor"] = rng.choice(mentor_forms)
    fields["tasks"] = tasks_lines(rng, p)
    # duration
    sty = rng.choice(["words", "dots", "slash", "iso", "abbr", "dots2"])
    dur_forms = [
        f"{fmt_date(start, rng, sty)} – {fmt_date(end, rng, sty)}",
        f"Fra {fmt_date(start, rng, sty)} til {fmt_date(end, rng, sty)}",
        f"f.o.m. {fmt_date(start, rng, 'dots')} t.o.m. {fmt_date(end, rng, 'dots')}",
        f"Startdato: {fmt_date(start, rng, sty)}\nSlutdato: {fmt_date(end, rng, sty)}",
        f"Bevilget i perioden {fmt_date(start, rng, sty)} - {fmt_date(end, rng, sty)} (højst 6 måneder, med mulighed for forlængelse)",
    ]
    fields["duration"] = rng.choice(dur_forms)
    if "over" in dset or "over-by-a-day" in dset:
        rules.add("duration-over-6-months")
    hkind = "vague" if "vague-hours" in dset else "ok"
    fields["hours"] = hours_text(rng, hkind)
    if hkind == "vague":
        rules.add("missing-hours")
    fields["follow_up"] = followup_text(rng, p)
    akind = "full"
    for k in ("weak", "nodeadline", "direct"):
        if f"appeal-{k}" in dset:
            akind = k
    fields["appeal"] = appeal_text(rng, w, akind)
    if akind in ("weak", "nodeadline"):
        rules.add("missing-appeal-guidance")
    if akind == "direct":
        extras.append("appeal-wrong-route")
    name_map = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours",
                "appeal": "missing-appeal-guidance"}
    for d in defects:
        if d.startswith("missing:") or d.startswith("placeholder:"):
            f = d.split(":")[1]
            fields[f] = None if d.startswith("missing:") else rng.choice(PLACEHOLDERS)
            rules.add(name_map[f])
            if f == "goal":
                rules.discard("unclear-goal")
            if f == "duration":
                rules.discard("duration-over-6-months")
    if fields["appeal"] is None:
        extras = [x for x in extras if x != "appeal-wrong-route"]
    if fields["duration"] is None or fields["duration"] in PLACEHOLDERS:
        if fields["follow_up"] not in (None,) and fields["follow_up"] not in PLACEHOLDERS:
            fields["follow_up"] = rng.choice(["Vi følger op hver 3. måned.",
                                              "Statusmøde med mentor og sagsbehandler hver måned; delmål: fremmøde 4 dage om ugen."])
    # mentor providers often leave out appeal guidance entirely (it is the municipality's letter)
    traits.extend(sorted(dset) or ["clean"])
    period = None
    if fields["duration"] not in (None,) and fields["duration"] not in PLACEHOLDERS:
        period = {"start": start.isoformat(), "end": end.isoformat()}
    has_cpr = rng.random() < 0.25
    c = cpr(rng) if has_cpr else None
    if c:
        traits.append("cpr")
    cw_first, cw_last = rng.choice(FIRST), rng.choice(LAST)
    doc = dict(
        writer=w, wkey=wkey, p=p, fields=fields, cpr=c, start=start, end=end,
        caseworker=f"{cw_first} {cw_last}", cw_phone=phone(rng),
        mentor_name=f"{mfirst} {mlast}", mentor_phone=ph, mentor_mail=mail,
        mentor_defect=bool(dset & {"mentor-name-only", "mentor-phone-only"}),
        title=rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                          "Samarbejdsaftale – mentorstøtte efter LAB § 167", "Mentorstøtte – aftale"]),
        date=fmt_date(start - dt.timedelta(days=rng.randint(3, 12)), rng),
        labels={k: rng.choice(v).replace("{mentor_first}", mfirst) for k, v in LABELS.items()},
    )
    return doc, sorted(rules), extras, traits, period


# Realistic slips, weighted by how often a quality review meets them; about 42 % of agreements are clean.
DEFECT_WEIGHTS = {
    "missing:goal": 2, "placeholder:goal": 2, "unclear-goal": 5,
    "missing:mentor": 2, "mentor-name-only": 2, "mentor-phone-only": 1,
    "missing:tasks": 2, "placeholder:tasks": 2,
    "missing:duration": 2, "placeholder:duration": 2, "over": 4, "over-by-a-day": 1,
    "missing:follow_up": 2, "placeholder:follow_up": 2,
    "missing:hours": 2, "placeholder:hours": 1, "vague-hours": 3,
    "missing:appeal": 2, "appeal-weak": 2, "appeal-nodeadline": 2, "appeal-direct": 2,
}


def defect_deck(rng, n):
    """One defect list per agreement: the weighted pool once, the rest clean, a few with a second slip."""
    pool = [d for d, k in DEFECT_WEIGHTS.items() for _ in range(k)]
    rng.shuffle(pool)
    deck = [[d] for d in pool[:n]] + [[] for _ in range(max(0, n - len(pool)))]
    extra = pool[:]
    rng.shuffle(extra)
    for j in rng.sample(range(len(pool)), 6):
        d2 = extra.pop()
        d1 = deck[j][0]
        field = lambda d: d.split(":")[-1].replace("appeal-weak", "appeal").replace("appeal-nodeadline", "appeal") \
            .replace("appeal-direct", "appeal").replace("mentor-name-only", "mentor").replace("mentor-phone-only", "mentor") \
            .replace("vague-hours", "hours").replace("unclear-goal", "goal").replace("over-by-a-day", "duration") \
            .replace("over", "duration")
        if field(d1) != field(d2):
            deck[j].append(d2)
    rng.shuffle(deck)
    return deck


# ---------------------------------------------------------------- abstract rendering
def blocks_for(doc, layout, rng):
    """A document as a list of blocks: ("title", t), ("meta", [(k, v)]), ("h", t), ("p", t),
    ("ul", [..]), ("ol", [..]), ("table", [(label, value)]), ("sig", t)."""
    w, p, f = doc["writer"], doc["p"], doc["fields"]
    L = doc["labels"]
    out = [("title", doc["title"])]
    meta = [("Borger", f"{p['first']} {p['last']}")]
    if doc["cpr"]:
        meta.append(("CPR-nr.", doc["cpr"]))
    meta += [("Dato", doc["date"]), ("Sagsbehandler", f"{doc['caseworker']}, tlf. {doc['cw_phone']}")]
    if doc["wkey"] in ("mentorhuset", "broen"):
        meta.append(("Bestiller", rng.choice(["Horsens Kommune", "Næstved Kommune", "Jobcenter Vejle"])))
        meta.append(("Lovgrundlag", "LAB § 167"))
    out.append(("meta", meta))
    intro = rng.choice([
        f"Denne aftale beskriver mentorstøtten til {p['first']} efter lov om en aktiv beskæftigelsesindsats § 167.",
        "Aftalen er lavet på mødet i kommunen, hvor borger, mentor og sagsbehandler deltog.",
        None,
    ])
    if intro:
        out.append(("p", intro))

    def val_text(k):
        v = f[k]
        if isinstance(v, list):
            return "\n".join(v)
        return v

    if layout == "table":
        rows = []
        for k in ORDER:
            if f[k] is None:
                continue
            if k == "tasks" and isinstance(f[k], list):
                rows.append((L[k].rstrip(":"), "\n".join("• " + t for t in f[k])))
            else:
                rows.append((L[k].rstrip(":"), val_text(k)))
        out.append(("table", rows))
    elif layout in ("headings", "numbered"):
        n = 0
        for k in ORDER:
            if f[k] is None:
                continue
            n += 1
            lab = L[k]
            if layout == "numbered":
                out.append(("nh", (n, lab)))
            else:
                out.append(("h", lab))
            v = f[k]
            if isinstance(v, list):
                out.append(("ul", v))
            else:
                for para in str(v).split("\n"):
                    out.append(("p", para))
    else:  # letter: prose
        out.append(("p", f"Kære {p['first']}"))
        out.append(("p", "Her er den aftale, vi lavede sammen på mødet. Læs den igennem, og ring, hvis noget ikke passer."))
        if f["goal"] is not None:
            g = f["goal"]
            out.append(("p", (f"Vi har aftalt følgende mål for forløbet: {g}" if g not in PLACEHOLDERS else f"Målet for forløbet: {g}")))
        if f["mentor"] is not None:
            if doc["mentor_defect"]:
                out.append(("p", f"Din mentor: {f['mentor']}."))
            else:
                out.append(("p", rng.choice([
                    f"Din mentor bliver {doc['mentor_name']} fra {w['unit']}. Du kan ringe til {p['mentor_first']} på {doc['mentor_phone']} eller skrive til {doc['mentor_mail']}.",
                    f"Din mentor er {doc['mentor_name']} (tlf. {doc['mentor_phone']}).",
                    f"{doc['mentor_name']} bliver din mentor og kan kontaktes på {doc['mentor_mail']}."])))
        if f["tasks"] is not None:
            if isinstance(f["tasks"], list):
                out.append(("p", f"{p['mentor_first']} skal hjælpe dig med:"))
                out.append(("ul", f["tasks"]))
            else:
                out.append(("p", f"Mentorens opgaver: {f['tasks']}"))
        if f["duration"] is not None:
            if f["duration"] in PLACEHOLDERS:
                out.append(("p", f"Periode: {f['duration']}"))
            else:
                out.append(("p", rng.choice([
                    f"Aftalen gælder fra {fmt_date(doc['start'], rng, 'words')} til og med {fmt_date(doc['end'], rng, 'words')}.",
                    f"Mentorforløbet løber i perioden {fmt_date(doc['start'], rng, 'dots')}-{fmt_date(doc['end'], rng, 'dots')}.",
                    f"Aftalen gælder i perioden {f['duration'].replace(chr(10), ', ')}."
                    if "dato" not in f["duration"] else
                    f"Støtten starter {fmt_date(doc['start'], rng, 'den')} og slutter {fmt_date(doc['end'], rng, 'den')}."])))
        if f["hours"] is not None:
            out.append(("p", f"Timetal: {f['hours']}"))
        if f["follow_up"] is not None:
            out.append(("p", f"Opfølgning: {f['follow_up']}"))
        if f["appeal"] is not None:
            out.append(("h", "Hvis du vil klage"))
            out.append(("p", f["appeal"]))
        out.append(("p", "Venlig hilsen"))
    if layout != "letter" and rng.random() < 0.5:
        out.append(("p", "Underskrifter"))
        out.append(("p", "Borger: ______________________   Dato: ________"))
        out.append(("p", "Mentor: ______________________   Dato: ________"))
    out.append(("sig", f"{doc['caseworker']}\n{w['unit']}\nTlf. {doc['cw_phone']}"))
    return out


# ---------------------------------------------------------------- renderers
def render_txt(blocks, path, rng, wrap=False, md=False):
    lines = []
    for kind, v in blocks:
        if kind == "title":
            lines += [("# " + v) if md else v.upper(), ""]
        elif kind == "meta":
            lines += [f"{k}: {val}" for k, val in v] + [""]
        elif kind == "h":
            lines += [("## " + v) if md else v, ""]
        elif kind == "nh":
            lines += [f"{v[0]}) {v[1]}" if wrap else f"{v[0]}. {v[1]}", ""]
        elif kind == "p":
            if wrap and len(v) > 70:
                lines += textwrap.wrap(v, 68)
            else:
                lines += v.split("\n")
            lines.append("")
        elif kind in ("ul", "ol"):
            lines += [(f"{i}) " if kind == "ol" else "- ") + t for i, t in enumerate(v, 1)] + [""]
        elif kind == "table":
            width = max(len(a) for a, _ in v) + 2
            for a, b in v:
                bl = b.split("\n") if b else [""]
                lines.append(f"{a + ':':<{width}}{bl[0]}")
                lines += [" " * width + x for x in bl[1:]]
            lines.append("")
        elif kind == "sig":
            lines += v.split("\n")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_html(blocks, path, rng, variant):
    e = htmlmod.escape
    body = []
    for kind, v in blocks:
        if kind == "title":
            body.append(f"<h1>{e(v)}</h1>")
        elif kind == "meta":
            body.append("<dl class='sag'>" + "".join(f"<dt>{e(k)}</dt><dd>{e(x)}</dd>" for k, x in v) + "</dl>")
        elif kind == "h":
            body.append(f"<h2>{e(v)}</h2>")
        elif kind == "nh":
            body.append(f"<h3>{v[0]}. {e(v[1])}</h3>")
        elif kind == "p":
            body.append("<p>" + "<br>".join(e(x) for x in v.split("\n")) + "</p>")
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in v) + "</ul>")
        elif kind == "table":
            if variant == "divs":
                body.append("<div class='felter'>" + "".join(
                    f"<div class='felt'><div class='label'><span>{e(a)}</span></div><div class='vaerdi'><div>"
                    + "<br/>".join(e(x) for x in b.split("\n")) + "</div></div></div>" for a, b in v) + "</div>")
            elif variant == "dl":
                body.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>" + "<br>".join(e(x) for x in b.split("\n")) + "</dd>"
                                             for a, b in v) + "</dl>")
            else:
                body.append("<table border='1'>" + "".join(
                    f"<tr><th>{e(a)}</th><td>" + "<br>".join(e(x) for x in b.split("\n")) + "</td></tr>" for a, b in v)
                    + "</table>")
        elif kind == "sig":
            body.append("<p class='sign'>" + "<br>".join(e(x) for x in v.split("\n")) + "</p>")
    script = ("<script>var cfg={felt:'Klagevejledning',tom:'Udfyldes senere',mentor:'Mentor'};"
              "window.print&&console.log('udskriv');</script>") if rng.random() < 0.5 else ""
    doc = (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{e(blocks[0][1])}</title>{script}"
           "<style>body{font-family:Arial}th{text-align:left}</style></head><body>"
           f"<div id='sagssystem'><div class='dokument'>{''.join(body)}</div></div></body></html>")
    path.write_text(doc, encoding="utf-8")


def render_docx(blocks, path, rng, footer=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Verdana"])
    st.font.size = Pt(11)
    numbered_auto = rng.random() < 0.5
    for kind, v in blocks:
        if kind == "title":
            d.add_heading(v, level=1)
        elif kind == "meta":
            t = d.add_table(rows=0, cols=2)
            for k, x in v:
                row = t.add_row().cells
                row[0].text, row[1].text = k, x
            d.add_paragraph()
        elif kind == "h":
            if rng.random() < 0.3:
                para = d.add_paragraph()
                para.add_run(v).bold = True
            else:
                d.add_heading(v, level=2)
        elif kind == "nh":
            if numbered_auto:
                para = d.add_paragraph(style="List Number")
                para.add_run(v[1]).bold = True
            else:
                para = d.add_paragraph()
                para.add_run(f"{v[0]}. {v[1]}").bold = True
        elif kind == "p":
            for x in v.split("\n"):
                d.add_paragraph(x)
        elif kind == "ul":
            for t in v:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "ol":
            for t in v:
                d.add_paragraph(t, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in v:
                row = t.add_row().cells
                row[0].text = a
                row[0].paragraphs[0].runs[0].bold = True
                lines = b.split("\n")
                row[1].text = lines[0]
                for x in lines[1:]:
                    row[1].add_paragraph(x)
        elif kind == "sig":
            d.add_paragraph()
            for x in v.split("\n"):
                d.add_paragraph(x)
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(path)


def render_odt(blocks, path, rng):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem
    o = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    for kind, v in blocks:
        if kind == "title":
            o.text.addElement(H(outlinelevel=1, text=v))
        elif kind == "h":
            o.text.addElement(H(outlinelevel=2, text=v))
        elif kind == "nh":
            o.text.addElement(H(outlinelevel=2, text=f"{v[0]}. {v[1]}"))
        elif kind == "p":
            for x in v.split("\n"):
                o.text.addElement(P(text=x))
        elif kind in ("ul", "ol"):
            lst = List()
            for t in v:
                li = ListItem()
                li.addElement(P(text=t))
                lst.addElement(li)
            o.text.addElement(lst)
        elif kind in ("table", "meta"):
            tb = Table(name=f"T{id(v) % 10000}")
            tb.addElement(TableColumn(numbercolumnsrepeated=2))
            for a, b in v:
                tr = TableRow()
                for cell_text in (a, b):
                    tc = TableCell()
                    for x in (cell_text or "").split("\n"):
                        tc.addElement(P(text=x))
                    tr.addElement(tc)
                tb.addElement(tr)
            o.text.addElement(tb)
        elif kind == "sig":
            for x in v.split("\n"):
                o.text.addElement(P(text=x))
    o.save(str(path))


def render_pdf(blocks, path, rng, sidebar=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, ListFlowable,
                                    ListItem)
    ss = getSampleStyleSheet()
    e = htmlmod.escape
    story = []
    cell = ParagraphStyle("cell", parent=ss["Normal"], fontSize=9.5, leading=12)
    for kind, v in blocks:
        if kind == "title":
            story += [Paragraph(e(v), ss["Title"]), Spacer(1, 6)]
        elif kind == "h":
            story.append(Paragraph(e(v), ss["Heading3"]))
        elif kind == "nh":
            story.append(Paragraph(f"<b>{v[0]}.&nbsp;&nbsp;{e(v[1])}</b>", ss["Normal"]))
            story.append(Spacer(1, 2))
        elif kind == "p":
            story.append(Paragraph("<br/>".join(e(x) for x in v.split("\n")), ss["Normal"]))
            story.append(Spacer(1, 4))
        elif kind in ("ul", "ol"):
            story.append(ListFlowable([ListItem(Paragraph(e(t), ss["Normal"])) for t in v],
                                      bulletType="bullet" if kind == "ul" else "1"))
        elif kind in ("table", "meta"):
            data = [[Paragraph(e(a), cell), Paragraph("<br/>".join(e(x) for x in (b or "").split("\n")), cell)]
                    for a, b in v]
            t = Table(data, colWidths=[4.5 * cm, 11 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4 if kind == "table" else 0, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif kind == "sig":
            story += [Spacer(1, 10), Paragraph("<br/>".join(e(x) for x in v.split("\n")), ss["Normal"])]

    def on_page(canvas, doc_):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"Side {doc_.page}")
        if sidebar:
            canvas.setFont("Helvetica-Bold", 8)
            y = 26 * cm
            for line in sidebar:
                canvas.drawString(0.6 * cm, y, line)
                y -= 0.45 * cm
        canvas.restoreState()

    left = 5 * cm if sidebar else 2.2 * cm
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm).build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- decisions
def build_decision(rng, i, wkey):
    w = WRITERS[wkey]
    first, last = rng.choice(FIRST), rng.choice(LAST)
    start = dt.date(2026, rng.choice([2, 3, 4, 5, 8]), 1)
    variant = ["grant", "grant", "partial", "refusal", "refusal-noreasons", "grant-noappeal", "grant-weakappeal",
               "grant-over", "extension", "grant-direct"][i]
    rules, extras = [], []
    months = 6
    if variant == "grant-over":
        months = 9
        rules.append("duration-over-6-months")
    end = add_months(start, months) - dt.timedelta(days=1)
    s, e_ = fmt_date(start, rng, "words"), fmt_date(end, rng, "words")
    mf, ml = rng.choice(FIRST), rng.choice(LAST)
    paras = [f"Kære {first} {last}"]
    title = "Afgørelse om mentorstøtte"
    appeal_kind = "full"
    if variant.startswith("grant") or variant == "extension":
        if variant == "extension":
            title = "Afgørelse om forlængelse af mentorstøtte"
            paras.append(f"Du har fået bevilget forlængelse af din mentorstøtte i en ny periode fra {s} til {e_}, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 1, 2. pkt. Vi har vurderet, at du fortsat har brug for støtte for at kunne fastholde din praktik.")
        else:
            paras.append(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {s} – {e_}, {rng.choice(['3 timer om ugen', '2 timer ugentligt', '4 timer pr. uge'])}.")
        paras.append(f"Din mentor bliver {mf} {ml} fra {rng.choice(['Mentorhuset Midt', 'Broen Job & Mentor', 'kommunens mentorkorps'])}. I aftaler selv det første møde. Aftalen om mentorstøtte med mål og opgaver sender vi særskilt.")
        if variant == "grant-noappeal":
            appeal_kind = None
            rules.append("missing-appeal-guidance")
        elif variant == "grant-weakappeal":
            appeal_kind = "weak"
            rules.append("missing-appeal-guidance")
        elif variant == "grant-direct":
            appeal_kind = "direct"
            extras.append("appeal-wrong-route")
    elif variant == "partial":
        paras.append(f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. Vi har bevilget dig mentorstøtte i perioden {s} til {e_} med 3 timer om ugen.")
        paras.append("Begrundelse: Vi har lagt vægt på, at mentorstøtte efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen, og at din plan om praktik kan understøttes med 3 timer om ugen. Ved udløb vurderer vi, om der er behov for en ny periode.")
    else:
        title = "Afslag på mentorstøtte"
        paras.append("Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning.")
        if variant == "refusal":
            paras.append("Begrundelse: Vi har lagt vægt på, at du allerede får støtte af en SPS-mentor på din uddannelse, og at støtten fra uddannelsesstedet dækker dit behov, jf. lov om en aktiv beskæftigelsesindsats § 167.")
        else:
            extras.append("missing-reasons")
    if appeal_kind:
        paras.append("Klagevejledning")
        paras.append(appeal_text(rng, w, appeal_kind).replace("denne aftale", "denne afgørelse"))
    paras += ["Med venlig hilsen", f"{rng.choice(FIRST)} {rng.choice(LAST)}", w["unit"]]
    blocks = [("title", title), ("meta", [("Dato", fmt_date(start - dt.timedelta(days=10), rng, "words")),
                                         ("Sagsnr.", f"15.20.{rng.randint(10, 99)}-G01-{rng.randint(100, 999)}-26")])]
    for x in paras:
        blocks.append(("h", x) if x == "Klagevejledning" else ("p", x))
    period = None if variant.startswith("refusal") else {"start": start.isoformat(), "end": end.isoformat()}
    return blocks, sorted(rules), extras, [f"decision:{variant}"], period


# ---------------------------------------------------------------- unknown documents
UNKNOWN_CPR = "170392-4127"


def unknown_docs(rng):
    fn, ln, mf = rng.choice(FIRST), rng.choice(LAST), rng.choice(FIRST)
    docs = []
    docs.append(("statusrapport", "Statusrapport – mentorforløb", [
        ("meta", [("Borger", f"{fn} {ln}"), ("CPR-nr.", UNKNOWN_CPR), ("Mentor", f"{mf} Holm, tlf. 40 11 22 33"), ("Periode", "1. marts – 31. maj 2026")]),
        ("h", "Status på målet"), ("p", f"{fn} er startet i praktik hos Føtex og møder 3 af 4 dage. Målet om praktik 12 timer/uge er næsten nået."),
        ("h", "Hvad har mentor lavet"), ("ul", ["Fulgt til praktikstedet", "Ugentlige samtaler", "Hjulpet med busplan"]),
        ("h", "Timeforbrug"), ("p", "Brugt 26 af 36 bevilgede timer."),
        ("h", "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter til august.")]))
    docs.append(("faktura", "FAKTURA nr. 2026-0412", [
        ("meta", [("Fra", "Mentorhuset Midt ApS, CVR 38112233"), ("Til", "Horsens Kommune, Jobcenter"), ("EAN", "5798007654321"), ("Fakturadato", "30.04.2026")]),
        ("table", [("Ydelse", "Mentorstøtte, borger-ID 4471, april 2026"), ("Antal timer", "12 timer à 495,00 kr."),
                   ("Periode", "01.04.2026 – 30.04.2026"), ("I alt ekskl. moms", "5.940,00 kr."), ("Betaling", "Netto 30 dage")])]))
    docs.append(("referat", "Referat af teammøde, mentorteamet", [
        ("meta", [("Dato", "12. maj 2026"), ("Deltagere", "Lone, Jesper, Mads, Ida")]),
        ("ol", ["Nyt fra ledelsen: udgiftsloftet for mentorstøtte (LAB § 203 a) betyder færre nye forløb.",
                "Skabelon til mentoraftaler: mål, mentor, opgaver, periode, timetal, opfølgning og klagevejledning skal altid udfyldes.",
                "Evt.: Husk at registrere timer inden den 5. i måneden."])]))
    docs.append(("vejledning", "Sådan er en mentoraftale bygget op", [
        ("p", "Når du får bevilget mentorstøtte, laver du en aftale sammen med din sagsbehandler og mentor. Aftalen skal indeholde:"),
        ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
                "Hvor længe aftalen varer (højst 6 måneder)", "Hvor mange timer om ugen", "Hvordan I følger op", "Klagevejledning"]),
        ("p", "Du kan klage til kommunen inden 4 uger, hvis du er uenig i afgørelsen. Kommunen sender klagen videre til Ankestyrelsen.")]))
    docs.append(("klub-mentoraftale", "Mentoraftale – Vejle Boldklub Ungdom", [
        ("p", "Aftale mellem klubbens frivillige mentor og spilleren. Ordningen er klubbens egen og har intet med kommunen at gøre."),
        ("table", [("Mål", "Spilleren gennemfører 9. klasse og møder til træning 3 gange om ugen"), ("Mentor", "Brian Lund, 26 33 44 55"),
                   ("Opgaver", "Lektiehjælp efter træning, samtaler"), ("Periode", "Sæsonen 2026/27"), ("Timer", "1 time om ugen")]),
        ("p", "Underskrift spiller og forælder: ______")]))
    docs.append(("friskole-mentor", "Elevmentor-ordning på Hedeagerskolens Friskole", [
        ("p", "Som en del af vores trivselsarbejde får udvalgte elever i 8.-9. klasse en ældre elev som mentor."),
        ("h", "Mentors opgaver"), ("p", "Hjælpe med lektier og være en at snakke med i frikvartererne."),
        ("h", "Omfang"), ("p", "En time om ugen i skoletiden, fra efterårsferien til sommerferien."),
        ("p", "Spørgsmål til ordningen: kontakt skolens kontor på 75 12 34 56.")]))
    docs.append(("mail-moede", "Sv: Møde om mentor", [
        ("p", "Fra: Lone Bach <lobac@horsens.dk>\nTil: Mentorhuset Midt\nEmne: Sv: Møde om mentor"),
        ("p", "Hej Jesper\nTak for sidst. Vi mødes torsdag kl. 10 hos borgeren for at lave mentoraftalen. Jeg tager skabelonen med."),
        ("p", "Venlig hilsen\nLone Bach\nJobkonsulent\nTlf. 76 29 11 22")]))
    docs.append(("stillingsopslag", "Vi søger mentorer til ungeindsatsen", [
        ("p", "Næstved Kommune søger to mentorer, 37 timer om ugen, til unge under 30 på uddannelseshjælp."),
        ("h", "Dine opgaver"), ("ul", ["Støtte unge i at starte og fastholde uddannelse", "Samarbejde med FGU og erhvervsskoler"]),
        ("h", "Ansøgning"), ("p", "Ansøgningsfrist 1. juni 2026. Spørgsmål: afdelingsleder Per Olsen, tlf. 55 88 12 34.")]))
    docs.append(("kvalitetsstandard", "Kvalitetsstandard – mentorstøtte 2026", [
        ("h", "Formål"), ("p", "Mentorstøtte skal hjælpe borgeren tættere på job eller uddannelse."),
        ("h", "Serviceniveau"), ("table", [("Niveau 1", "0-1 time pr. uge, opfølgning hver 3. måned"),
                                          ("Niveau 2", "1-2 timer pr. uge, opfølgning hver måned"),
                                          ("Niveau 3", "mere end 2 timer pr. uge")]),
        ("h", "Varighed"), ("p", "Højst 6 måneder ad gangen med mulighed for forlængelse efter en konkret vurdering."),
        ("h", "Klageadgang"), ("p", "Afgørelser kan påklages til kommunen inden 4 uger; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")]))
    docs.append(("mødeindkaldelse", "Indkaldelse til samtale", [
        ("p", f"Kære {fn}\nDu er indkaldt til samtale i Jobcenter Horsens tirsdag den 9. juni 2026 kl. 13.00 om din mentorstøtte."),
        ("p", "Hvis du ikke kan komme, skal du ringe til os på 76 29 00 00.")]))
    docs.append(("timeregistrering", "Timeregistrering mentor – maj 2026", [
        ("table", [("Uge 19", "2 timer – samtale og ledsagelse"), ("Uge 20", "1,5 time – telefon"), ("Uge 21", "2 timer – praktikbesøg"),
                   ("Uge 22", "3 timer – møde på jobcenter"), ("I alt", "8,5 timer")]),
        ("p", "Mentor: Sara Møller")]))
    docs.append(("partshoering", "Partshøring – inden afgørelse om ophør af mentorstøtte", [
        ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de aftalte møder siden april."),
        ("p", "Inden vi træffer afgørelse, har du mulighed for at komme med dine bemærkninger senest den 15. juni 2026.")]))
    docs.append(("nyhedsbrev", "Nyhedsbrev fra Broen Job & Mentor, sommer 2026", [
        ("h", "Nye mentorer i teamet"), ("p", "Vi byder velkommen til Ida og Rasmus, som begge har baggrund i socialpædagogik."),
        ("h", "Tal fra foråret"), ("p", "42 borgere har haft mentor hos os; 19 er startet i job eller uddannelse.")]))
    docs.append(("bestilling", "Bestilling af mentorforløb", [
        ("table", [("Leverandør", "Broen Job & Mentor"), ("Borger", "ID 5512"), ("Ønsket start", "uge 34"),
                   ("Timer", "3 pr. uge"), ("Fokus", "Fastholdelse i praktik")]),
        ("p", "Leverandøren bekræfter modtagelsen og sender forslag til mentor inden 5 hverdage.")]))
    docs.append(("tjekliste", "Tjekliste til sagsbehandlere: mentorsager", [
        ("ol", ["Er der et beskæftigelses- eller uddannelsesmål?", "Er mentor og kontaktdata noteret i Min Plan?",
                "Er perioden højst 6 måneder?", "Er der sendt afgørelse med klagevejledning til e-Boks?",
                "Er opfølgning planlagt 14 dage før ophør?"])]))
    return docs


# ---------------------------------------------------------------- main
def lo_convert(docx_paths, outdir):
    if not docx_paths:
        return
    prof = "file:///tmp/lo_cr_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(x) for x in docx_paths],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(SEED)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    tmp = Path(tempfile.mkdtemp(prefix="cr_lo_"))
    lo_jobs = []  # (tmp docx, final pdf path)

    def write(blocks, rel, fmt, layout, rng_):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(blocks, path, rng_)
        elif fmt == "odt":
            render_odt(blocks, path, rng_)
        elif fmt == "pdf":
            render_pdf(blocks, path, rng_, sidebar=None)
        elif fmt == "pdf-sidebar":
            render_pdf(blocks, path, rng_, sidebar=["Horsens Kommune", "Jobcenter", "Rådhustorvet 4", "8700 Horsens",
                                                     "www.horsens.dk"])
        elif fmt == "pdf-lo":
            src = tmp / (path.stem + ".docx")
            render_docx(blocks, src, rng_)
            lo_jobs.append((src, path))
        elif fmt == "txt":
            render_txt(blocks, path, rng_, wrap=rng_.random() < 0.5, md=rng_.random() < 0.3)
        elif fmt == "html":
            render_html(blocks, path, rng_, rng_.choice(["table", "divs", "dl"]))

    # agreements: 76 across six writers
    plan = ["horsens"] * 14 + ["naestved"] * 13 + ["frederikshavn"] * 13 + ["ballerup"] * 12 + \
           ["mentorhuset"] * 12 + ["broen"] * 12
    deck = defect_deck(rng, len(plan))
    for i, wkey in enumerate(plan):
        w = WRITERS[wkey]
        doc, rules, extras, traits, period = build_agreement(rng, i, wkey, deck[i])
        # a mentor provider's agreement leaves the appeal guidance to the municipality now and then
        if wkey in ("mentorhuset", "broen") and rng.random() < 0.15 and doc["fields"]["appeal"] is not None:
            doc["fields"]["appeal"] = None
            rules = sorted(set(rules) | {"missing-appeal-guidance"})
            extras = [x for x in extras if x != "appeal-wrong-route"]
            traits.append("provider-no-appeal")
        layout = w["style"] if rng.random() < 0.7 else rng.choice(["table", "headings", "numbered", "letter"])
        fmt = rng.choice(w["formats"])
        if fmt == "pdf" and wkey == "horsens" and rng.random() < 0.6:
            fmt = "pdf-sidebar"
        blocks = blocks_for(doc, layout, rng)
        ext = {"pdf-lo": "pdf", "pdf-sidebar": "pdf"}.get(fmt, fmt)
        name = f"{w['short']}/{2026}/{i:03d}-{doc['p']['first'].lower()}-mentoraftale.{ext}"
        write(blocks, name, fmt, layout, rng)
        mnc = [doc["cpr"], doc["cpr"].replace("-", "")] if doc["cpr"] else []
        entries.append(dict(path=name, format=ext, kind="agreement", subtype="agreement", layout=layout,
                            rules=rules, extras=sorted(extras), error=None, accept_errors=[], must_not_contain=mnc,
                            traits=traits + [f"writer:{wkey}", f"render:{fmt}"], period=period))

    # decisions: 10
    dec_writers = ["horsens", "naestved", "frederikshavn", "ballerup", "horsens", "naestved", "frederikshavn",
                   "ballerup", "horsens", "naestved"]
    dec_formats = ["docx", "pdf", "pdf-lo", "txt", "html", "docx", "pdf", "odt", "docx", "html"]
    for i in range(10):
        blocks, rules, extras, traits, period = build_decision(rng, i, dec_writers[i])
        fmt = dec_formats[i]
        ext = {"pdf-lo": "pdf"}.get(fmt, fmt)
        has_cpr = i in (1, 4, 7)
        mnc = []
        if has_cpr:
            c = cpr(rng)
            blocks[1][1].insert(0, ("CPR-nummer", c))
            mnc = [c, c.replace("-", "")]
            traits.append("cpr")
        name = f"{WRITERS[dec_writers[i]]['short']}/afgoerelser/{i:02d}-afgoerelse.{ext}"
        write(blocks, name, fmt, "letter", rng)
        entries.append(dict(path=name, format=ext, kind="decision", subtype="decision", layout="letter",
                            rules=rules, extras=sorted(extras), error=None, accept_errors=[], must_not_contain=mnc,
                            traits=traits + [f"render:{fmt}"], period=period))

    # unknown: 15
    ufmts = ["docx", "pdf", "txt", "html", "docx", "odt", "txt", "html", "pdf", "txt", "odt", "docx", "html", "pdf-lo", "txt"]
    for i, (sub, title, body) in enumerate(unknown_docs(rng)):
        fmt = ufmts[i]
        ext = {"pdf-lo": "pdf"}.get(fmt, fmt)
        blocks = [("title", title)] + body
        name = f"andet/{i:02d}-{sub}.{ext}"
        write(blocks, name, fmt, "mixed", rng)
        entries.append(dict(path=name, format=ext, kind="unknown", subtype=sub, layout="mixed", rules=[], extras=[],
                            error=None, accept_errors=[],
                            must_not_contain=[UNKNOWN_CPR, UNKNOWN_CPR.replace("-", "")] if sub == "statusrapport" else [],
                            traits=["not-a-mentor-document-kind"] + (["cpr"] if sub == "statusrapport" else [])))

    # LibreOffice PDFs in one batch
    lo_convert([s for s, _ in lo_jobs], tmp)
    for src, final in lo_jobs:
        produced = tmp / (src.stem + ".pdf")
        final.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), str(final))
    shutil.rmtree(tmp, ignore_errors=True)

    for e in entries:
        if e.get("period") is None:
            e.pop("period", None)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
