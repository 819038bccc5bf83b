#!/usr/bin/env python3
"""Independent labelled corpus DJ for `mentordocs lint`.

Angle: mentor agreements and Min Plan entries whose field labels and headings are phrased the
many ways real writers phrase them (questions, lead-in sentences, the mentor's first name,
genitive/definite forms, compounds and abbreviations, English and mixed labels, labels naming two
fields, several numbering schemes) and near-miss labels that name something else.

Written from /work/shared/domain.md, the seed texts and the rule docs (`mentordocs rules NAME`)
only. Deterministic: `python make_corpus_dj.py --out /work/corpora/dj`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

SEED = 20261130

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

MENTOR_FIRST = ["Lone", "Sara", "Anders", "Mette", "Kasper", "Birgitte", "Jonas", "Hanne",
                "Rasmus", "Pernille", "Torben", "Nadia", "Ole", "Camilla", "Henrik", "Signe"]
SURNAMES = ["Kjærgaard", "Østergaard", "Holm", "Bech", "Mikkelsen", "Lund", "Brandt", "Vestergaard",
            "Dahl", "Sørensen", "Thygesen", "Krogh", "Nørgaard", "Friis", "Skov", "Winther"]
CITIZEN_FIRST = ["Mikkel", "Amira", "Jesper", "Laura", "Ahmed", "Emma", "Nikolaj", "Fatima",
                 "Simon", "Julie", "Kristian", "Sofie", "Yusuf", "Ida", "Mathias", "Line"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Jobbro Mentor", "jobbro.dk"),
             ("Kompas Mentorservice", "kompasmentor.dk"), ("Broen Til Job I/S", "broentiljob.dk"),
             ("Center for Beskæftigelse, mentorteamet", None), ("Vejen Videre ApS", "vejenvidere.dk")]
MUNIS = ["Holbæk", "Faxe", "Tønder", "Roskilde", "Assens", "Herning", "Rudersdal", "Viborg",
         "Næstved", "Svendborg"]

# ---------------------------------------------------------------------------------------------
# Label vocabularies, by style.  {f} = mentor's first name, {c} = citizen's first name.
LABELS = {
    "goal": {
        "plain": ["Mål", "Målet med mentorstøtten", "Formål", "Målsætning", "Hovedformål"],
        "question": ["Hvad skal du nå?", "Hvad er målet?", "Hvad vil du gerne opnå?",
                     "Hvad arbejder vi hen imod?", "Hvor skal du hen?"],
        "leadin": ["Vi har sammen aftalt, at målet er:", "Vi har aftalt følgende mål for forløbet:",
                   "Målet med forløbet er, at", "Sammen har vi sat dette mål:"],
        "genitive": ["Borgerens mål", "Dit mål", "{c}s mål", "Forløbets formål", "Mentorstøttens mål"],
        "compound": ["Mål/formål", "Job-/uddannelsesmål", "Mål (job/udd.)", "Målbeskr."],
        "english": ["Goal", "Goal / mål", "Aim of the mentoring", "Objective (mål)"],
        "double": ["Mål og delmål", "Formål og mål", "Mål & delmål"],
    },
    "mentor": {
        "plain": ["Mentor", "Mentorens navn og kontaktdata", "Kontaktoplysninger på mentor",
                  "Navn og kontaktdata på mentor"],
        "question": ["Hvem er din mentor?", "Hvem hjælper dig?", "Hvem kan du ringe til?"],
        "leadin": ["Din mentor i forløbet er:", "Du kan kontakte din mentor her:"],
        "genitive": ["Mentorens kontaktdata", "Mentors kontaktoplysninger", "Din mentor",
                     "Mentorens oplysninger"],
        "firstname": ["Sådan får du fat i {f}", "{f}s kontaktoplysninger"],
        "compound": ["Mentor/kontakt", "Mentor (navn, tlf., mail)", "Mentor-kontaktinfo",
                     "Ansv. mentor"],
        "english": ["Mentor", "Mentor contact", "Your mentor", "Mentor details / kontakt"],
    },
    "tasks": {
        "plain": ["Opgaver", "Mentorens opgaver", "Indsatsområder", "Aftalte opgaver"],
        "question": ["Hvad skal mentor hjælpe med?", "Hvad hjælper mentoren dig med?",
                     "Hvad skal I arbejde med?", "Hvad kan du få hjælp til?"],
        "leadin": ["Mentoren skal hjælpe dig med:", "Vi har aftalt, at mentor støtter dig i:",
                   "Støtten består i:"],
        "firstname": ["Sådan hjælper {f} dig", "{f} skal hjælpe dig med:", "Det gør {f}",
                      "{f}s opgaver"],
        "genitive": ["Mentorens rolle", "Mentorens opgaver og rolle", "Mentorstøttens indhold"],
        "compound": ["Opgaver/indsats", "Mentoropgaver", "Indsatsomr."],
        "english": ["Tasks", "Mentor tasks", "Tasks / opgaver", "What the mentor will do"],
    },
    "duration": {
        "plain": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Tidsrum"],
        "question": ["Hvornår?", "Hvor længe varer forløbet?", "Hvor længe skal I arbejde sammen?"],
        "leadin": ["Aftalen gælder i perioden:", "Mentorstøtten er bevilget fra"],
        "genitive": ["Forløbets varighed", "Mentorstøttens periode", "Støttens varighed"],
        "compound": ["Tidsr.", "Start/slut", "Fra–til", "Periode (fra/til)"],
        "english": ["Period", "Duration", "Start and end date"],
    },
    "hours": {
        "plain": ["Timetal", "Antal timer", "Timeantal", "Ugentligt timetal"],
        "question": ["Hvor mange timer?", "Hvor meget tid har {f} til dig?",
                     "Hvor ofte ses I?"],
        "leadin": ["Mentoren har afsat følgende tid:", "Der er bevilget:"],
        "genitive": ["Mentorstøttens omfang", "Støttens timetal"],
        "compound": ["Mentortimer/uge", "Timer pr. uge", "Timetal (pr. uge)", "T/uge", "Omfang"],
        "english": ["Hours per week", "Hours", "Hours/uge"],
    },
    "follow_up": {
        "plain": ["Opfølgning", "Evaluering", "Statusmøder", "Progression"],
        "question": ["Hvordan følger vi op?", "Hvornår følger vi op?", "Hvornår ser vi på, hvordan det går?"],
        "leadin": ["Vi følger op på aftalen sådan:", "Sådan holder vi øje med, om det går fremad:"],
        "genitive": ["Forløbets opfølgning", "Opfølgningens form"],
        "compound": ["Opf./evaluering", "Opfølgning/status", "Opfølgn. og progression",
                     "Evaluering/delmål"],
        "english": ["Follow-up", "Follow-up & evaluation", "Review"],
    },
    "appeal": {
        "plain": ["Klagevejledning", "Klageadgang", "Vejledning om klage"],
        "question": ["Kan du klage?", "Er du ikke enig?", "Hvad gør du, hvis du er uenig?"],
        "leadin": ["Hvis du vil klage", "Sådan klager du", "Hvis du er uenig i afgørelsen"],
        "english": ["How to appeal / klagevejledning", "Appeal"],
    },
}
DOUBLE = {  # one label naming two fields
    ("duration", "hours"): ["Varighed og timetal", "Periode og omfang", "Duration & hours",
                            "Hvor længe og hvor meget?", "Periode/timer"],
    ("goal", "follow_up"): ["Mål og opfølgning", "Mål og progression"],
    ("mentor", "tasks"): ["Mentor og opgaver", "Din mentor og hvad I skal"],
}
NEAR_MISS = {  # heading, text; the text is not the field named
    "goal": [("Mål for kommunen", "Kommunen har som mål, at 60 % af borgerne i mentorforløb er "
              "i job eller uddannelse inden for et år efter forløbets afslutning."),
             ("Mentorordningens formål", "Mentorordningen skal generelt hjælpe borgere, der har "
              "brug for ekstra støtte, med at komme i gang med eller fastholde et job, en "
              "praktik eller en uddannelse (LAB § 167)."),
             ("Politisk målsætning", "Arbejdsmarkedsudvalget har besluttet, at flere unge skal i "
              "uddannelse, jf. kommunens beskæftigelsesplan 2026.")],
    "follow_up": [("Evaluering af tilbuddet", "Mentorleverandøren evaluerer én gang årligt sine "
                   "ydelser over for kommunen i en samlet leverandørrapport."),
                  ("Evaluering af leverandøren", "Kommunen gennemgår leverandøraftalen ved "
                   "kontraktens udløb.")],
    "mentor": [("Din kontaktperson i kommunen", "Rådgiver {cw}, tlf. {cwph}, {cwmail}"),
               ("Sagsbehandler", "{cw}, direkte tlf. {cwph}")],
    "tasks": [("Dine egne opgaver", "Du sørger selv for at melde afbud i god tid og for at "
               "tage din medicin som aftalt med lægen.")],
    "hours": [("Sagsbehandlers træffetid", "Mandag-torsdag kl. 9-12.")],
}
NUMBERINGS = ["none", "dot", "decimal", "letter", "roman", "paren"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def number(scheme: str, i: int) -> str:
    if scheme == "dot":
        return f"{i + 1}. "
    if scheme == "decimal":
        return f"1.{i + 1} "
    if scheme == "letter":
        return f"{chr(65 + i)}) "
    if scheme == "roman":
        return f"{ROMAN[i]}. "
    if scheme == "paren":
        return f"{i + 1}) "
    return ""


# ---------------------------------------------------------------------------------------------
def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, mo, day)
        except ValueError:
            continue
    raise ValueError


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}.{d.month}.{str(d.year)[2:]}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 36))
    return f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}-{rng.randrange(1000, 9999)}"


def phone(rng: random.Random) -> str:
    n = [rng.randrange(20, 99)] + [rng.randrange(10, 99) for _ in range(3)]
    return " ".join(str(x) for x in n)


class Person:
    def __init__(self, rng: random.Random):
        self.mf = rng.choice(MENTOR_FIRST)
        self.ms = rng.choice(SURNAMES)
        self.prov, dom = rng.choice(PROVIDERS)
        self.mph = phone(rng)
        self.mmail = f"{self.mf.lower()}.{self.ms.lower().replace('æ','ae').replace('ø','oe')}@{dom or 'kommune.dk'}"
        self.cf = rng.choice(CITIZEN_FIRST)
        self.cs = rng.choice(SURNAMES)
        self.muni = rng.choice(MUNIS)
        cwf = rng.choice([n for n in MENTOR_FIRST if n != self.mf])
        self.cw = f"{cwf} {rng.choice(SURNAMES)}"
        self.cwph = phone(rng)
        self.cwmail = f"{cwf.lower()}@{self.muni.lower().replace('æ','ae').replace('ø','oe')}.dk"


# ---------------------------------------------------------------------------------------------
# Field values.
def goal_clear(rng, p):
    return rng.choice([
        f"{p.cf} er startet på FVU-dansk trin 2 på VUC og møder mindst tre dage om ugen senest 1. april 2026.",
        f"Du er i virksomhedspraktik i Netto i {p.muni} 15 timer om ugen senest 1. maj 2026, med henblik på løntilskud.",
        "At du starter på grundforløb 1 på EUD (tømrer) til august 2026 og gennemfører de første 10 uger.",
        f"{p.cf} har et fleksjob på 12 timer om ugen som pedelmedhjælper senest ved forløbets afslutning.",
        "Du gennemfører AMU-kurset i truckcertifikat og søger mindst to lagerjob om ugen.",
        "Du er i gang med FGU (produktionsgrunduddannelsen) med fremmøde 4 dage om ugen fra 1. marts.",
        "Fastholdelse af job som rengøringsassistent hos ISS, 25 timer om ugen, uden sygefravær over 3 dage pr. måned.",
        "Du er optaget på SOSU-hjælperuddannelsen på SOSU H til januar 2027 og har bestået optagelsesprøven.",
        "Målet er ordinær beskæftigelse i detailhandlen; du har søgt 3 stillinger om ugen og været til 2 samtaler inden 1. juni 2026.",
        "At du går fra 10 til 20 timer i din praktik i børnehaven Solsikken inden forløbet slutter.",
    ])


def goal_unclear(rng, p):
    return rng.choice([
        "Øget trivsel og mere struktur på hverdagen.",
        "Støtte til at komme videre i livet.",
        "Sikre at borgeren får det bedre og får mere selvværd.",
        "Hjælp til at få overblik og ro på.",
        "At arbejde med sig selv og blive mere stabil.",
    ])


def delmaal(rng):
    return rng.sample([
        "Delmål 1: møde til tiden alle aftalte dage i de første fire uger.",
        "Delmål 2: tage bussen alene til praktikstedet fra uge 3.",
        "Delmål: have styr på post i e-Boks hver uge.",
        "Delmål: have en fast døgnrytme med op kl. 7 på hverdage.",
    ], 2)


TASKS = [
    "Følge dig til praktikstedet de første to uger",
    "Hjælpe med at planlægge ugen, så du kan møde til tiden",
    "Gå med til møder med jobcentret og skolen",
    "Hjælpe med transport og at finde den rigtige bus",
    "Støtte dig i kontakten med arbejdspladsen og kollegerne",
    "Hjælpe med at åbne og forstå post fra det offentlige",
    "Tale med dig om fremmøde og hvordan det går på skolen",
    "Hjælpe med at skrive ansøgninger og øve jobsamtaler",
    "Være bindeled til lærerne og studievejlederen",
    "Hjælpe med at få struktur på økonomien i forbindelse med skolestart",
]


def tasks_list(rng):
    return rng.sample(TASKS, rng.randint(2, 4))


def hours_value(rng, p, vague=False):
    if vague:
        return rng.choice(["Efter behov.", "Et par timer om ugen.", "Løbende, efter aftale med mentor.",
                           "Det aftaler I hen ad vejen."])
    return rng.choice([
        "3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "halvanden time om ugen",
        "to timer om ugen", "4 t/uge", "2-3 timer pr. uge", "8 timer om måneden",
        "24 mentortimer i perioden (ca. 1 time om ugen)",
        f"{p.mf} har 2 timer om ugen til dig. Tidspunkterne aftales efter behov.",
        "I mødes hver tirsdag kl. 10-12.",
    ])


def follow_value(rng, p):
    return rng.choice([
        f"Statusmøde hver måned med dig, {p.mf} og din sagsbehandler. Evaluering 14 dage før forløbet slutter.",
        "Vi følger op hver 4. uge og måler progression på delmålene. Midtvejsevaluering efter 3 måneder.",
        f"{p.mf} sender en kort status til jobcentret hver anden uge; samlet evaluering fire uger før udløb.",
        "Opfølgningssamtale hver 6. uge, hvor vi ser på fremmøde og delmål.",
        "Evaluering af dit forløb sammen med dig senest 14 dage før støtteperioden ophører.",
    ])


def appeal_value(rng, p, kind="ok"):
    if kind == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.",
                           "Er du uenig, kan du kontakte os.",
                           "Du har mulighed for at klage, hvis du ikke er tilfreds."])
    if kind == "wrong":
        return rng.choice([
            "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.",
            "Hvis du er uenig, skal du sende din klage til Ankestyrelsen, Beskæftigelsesudvalget, senest fire uger efter modtagelsen.",
        ])
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {p.muni} Kommune inden fire uger. "
        "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
        "kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen.",
        f"Du kan klage mundtligt eller skriftligt til Jobcenter {p.muni} inden 4 uger fra du har "
        "modtaget aftalen. Vi genvurderer sagen, og fastholder vi afgørelsen, sender vi klagen "
        "videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
        f"Klagefristen er 4 uger. Klagen sendes til kommunen ({p.cwmail}). Kommunen ser på sagen "
        "igen; ændrer vi ikke afgørelsen, sendes klagen til Ankestyrelsen.",
    ])


def period(rng, over=False):
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 3]))
    months = rng.choice([7, 8, 9, 12]) if over else rng.choice([3, 4, 6, 6, 6, 5])
    end = add_months(start, months) - dt.timedelta(days=1)
    style = rng.choice(["words", "abbr", "dots", "slash", "iso", "short"])
    sep = rng.choice([" – ", " - ", " til ", "–"])
    s, e = fmt_date(start, style), fmt_date(end, style)
    form = rng.random()
    if form < 0.15:
        text = f"f.o.m. {s} t.o.m. {e}"
    elif form < 0.3:
        text = f"fra {s} og {months} måneder frem"
    elif form < 0.4:
        text = f"{s}{sep}{e} ({months} mdr.)"
    else:
        text = f"{s}{sep}{e}"
    return text, {"start": start.isoformat(), "end": end.isoformat()}


# ---------------------------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", str) ("meta", [(k, v)]) ("h", str) ("p", str) ("ul", [str]) ("table", [(k, v)])


def pick_label(rng, field, styles_used, p):
    pool = LABELS[field]
    names = list(pool)
    # English labels are rarer than Danish ones in real municipal paperwork
    style = rng.choices(names, weights=[0.35 if n == "english" else 1.0 for n in names])[0]
    styles_used.add(f"{field}:{style}")
    return rng.choice(pool[style]).format(f=p.mf, c=p.cf), style


def build_agreement(rng, p, minplan, defects, traits):
    """Returns list of (field, label, value) where value is str or list[str]."""
    fields = ["goal", "mentor", "tasks", "duration", "hours"] + ([] if minplan else ["follow_up", "appeal"])
    rules: set[str] = set()
    per = None
    items = []
    styles: set[str] = set()
    combine_dh = rng.random() < 0.2
    touched = set(defects.get("omit", ())) | set(defects.get("placeholder", ()))
    follow_gone = "follow_up" in touched
    if {"duration", "hours"} & touched:
        combine_dh = False
    for f in fields:
        if f == "hours" and combine_dh:
            continue
        missing = f in defects.get("omit", ())
        placeholder = f in defects.get("placeholder", ())
        if missing:
            rules.add({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                       "duration": "missing-duration", "hours": "missing-hours",
                       "follow_up": "missing-follow-up", "appeal": "missing-appeal-guidance"}[f])
            nm = NEAR_MISS.get(f)
            if nm and f in defects.get("nearmiss", ()):
                h, t = rng.choice(nm)
                items.append((None, h, t.format(cw=p.cw, cwph=p.cwph, cwmail=p.cwmail)))
                traits.append(f"near-miss-only:{f}")
            continue
        if f == "duration" and combine_dh:
            label = rng.choice(DOUBLE[("duration", "hours")])
            styles.add("duration+hours:double")
            ptxt, per = period(rng, over="over" in defects)
            hv = hours_value(rng, p, vague="vague_hours" in defects)
            if "vague_hours" in defects:
                rules.add("missing-hours")
            if "over" in defects:
                rules.add("duration-over-6-months")
            if placeholder:
                rules.update({"missing-duration", "missing-hours"})
                items.append((f, label, rng.choice(["Udfyldes senere", "-", "xx"])))
                per = None
            else:
                items.append((f, label, f"{ptxt[0].upper() + ptxt[1:]}. {hv[0].upper() + hv[1:]}"))
            continue
        label, style = pick_label(rng, f, styles, p)
        while f == "goal" and "delmål" in label.lower() and follow_gone:
            # domain.md § 8 counts delmål as follow-up evidence; keep a missing follow-up unambiguous
            styles.discard(f"goal:{style}")
            label, style = pick_label(rng, f, styles, p)
        if placeholder:
            ph = rng.choice(["Udfyldes senere", "-", "…", "Klik eller tryk her for at skrive tekst.", "xx", ""])
            rules.add({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                       "duration": "missing-duration", "hours": "missing-hours",
                       "follow_up": "missing-follow-up", "appeal": "missing-appeal-guidance"}[f])
            items.append((f, label, ph))
            traits.append(f"placeholder:{f}")
            continue
        if f == "goal":
            if "unclear" in defects:
                v = goal_unclear(rng, p)
                rules.add("unclear-goal")
            else:
                v = goal_clear(rng, p)
            if "delmål" in label.lower() or "& delmål" in label:
                v = [v] + delmaal(rng)
        elif f == "mentor":
            if "mentor_noname" in defects:
                v = f"{p.prov}, tlf. {p.mph}"
                rules.add("missing-mentor")
            elif "mentor_nocontact" in defects:
                v = f"{p.mf} {p.ms}, {p.prov}"
                rules.add("missing-mentor")
            else:
                v = rng.choice([
                    f"{p.mf} {p.ms}, {p.prov}, tlf. {p.mph}, {p.mmail}",
                    f"{p.mf} {p.ms}\nTlf.: {p.mph}\nMail: {p.mmail}",
                    f"{p.mf} {p.ms} ({p.prov}) – du kan ringe eller skrive på {p.mph}",
                    f"Navn: {p.mf} {p.ms}. Telefon: {p.mph}. E-mail: {p.mmail}",
                ])
        elif f == "tasks":
            v = tasks_list(rng)
            if rng.random() < 0.35:
                v = f"{p.mf} skal bl.a. " + ", ".join(t[0].lower() + t[1:] for t in v[:-1]) + " og " + v[-1][0].lower() + v[-1][1:] + "."
        elif f == "duration":
            if "vague_duration" in defects:
                v = rng.choice(["Indtil videre.", "Forløbet fortsætter, så længe der er behov.",
                                "Aftales løbende."])
                rules.add("missing-duration")
            else:
                v, per = period(rng, over="over" in defects)
                if "over" in defects:
                    rules.add("duration-over-6-months")
                if rng.random() < 0.3:
                    v = v + ". Mentorstøtte kan højst gives 6 måneder ad gangen med mulighed for forlængelse."
        elif f == "hours":
            v = hours_value(rng, p, vague="vague_hours" in defects)
            if "vague_hours" in defects:
                rules.add("missing-hours")
        elif f == "follow_up":
            v = follow_value(rng, p)
        elif f == "appeal":
            kind = "incomplete" if "appeal_incomplete" in defects else ("wrong" if "appeal_wrong" in defects else "ok")
            v = appeal_value(rng, p, kind)
            if kind == "incomplete":
                rules.add("missing-appeal-guidance")
        items.append((f, label, v))
    # one heading naming two fields: "Mål og opfølgning", "Mentor og opgaver"
    by = {it[0]: k for k, it in enumerate(items) if it[0]}
    for a, b in (("goal", "follow_up"), ("mentor", "tasks")):
        if a in by and b in by and not ({a, b} & touched) and rng.random() < 0.12:
            va, vb = items[by[a]][2], items[by[b]][2]
            merged = ([va] if isinstance(va, str) else list(va)) + ([vb] if isinstance(vb, str) else list(vb))
            items[by[a]] = (a, rng.choice(DOUBLE[(a, b)]), merged)
            items[by[b]] = None
            styles.add(f"{a}+{b}:double")
            items = [it for it in items if it is not None]
            by = {it[0]: k for k, it in enumerate(items) if it[0]}
    # decorative near-miss sections that coexist with the real field
    for f in defects.get("decoy", ()):
        h, t = rng.choice(NEAR_MISS[f])
        items.insert(rng.randrange(0, len(items) + 1), (None, h, t.format(cw=p.cw, cwph=p.cwph, cwmail=p.cwmail)))
        traits.append(f"decoy:{f}")
    traits.extend(sorted(styles))
    return items, rules, per


def choose_defects(rng, minplan, defective):
    d: dict = {}
    if not defective:
        if rng.random() < 0.35:
            d["decoy"] = [rng.choice(["goal", "follow_up", "mentor", "tasks", "hours"] if not minplan
                                     else ["goal", "mentor", "tasks", "hours"])]
        return d
    options = ["omit", "placeholder", "placeholder", "unclear", "over", "vague_hours", "vague_duration",
               "mentor_nocontact", "mentor_noname", "nearmiss_goal", "nearmiss_goal"]
    if not minplan:
        options += ["appeal_incomplete", "appeal_wrong", "nearmiss_follow", "nearmiss_follow",
                    "omit_follow", "omit_appeal"]
    picks = list(dict.fromkeys(rng.sample(options, rng.choice([1, 1, 1, 2]))))
    fields = ["goal", "mentor", "tasks", "duration", "hours"]
    for k in picks:
        if k == "omit":
            d.setdefault("omit", []).append(rng.choice(fields))
        elif k == "placeholder":
            d.setdefault("placeholder", []).append(rng.choice(fields + ([] if minplan else ["follow_up"])))
        elif k == "nearmiss_goal":
            d.setdefault("omit", []).append("goal")
            d.setdefault("nearmiss", []).append("goal")
        elif k == "nearmiss_follow":
            d.setdefault("omit", []).append("follow_up")
            d.setdefault("nearmiss", []).append("follow_up")
        elif k == "omit_follow":
            d.setdefault("omit", []).append("follow_up")
        elif k == "omit_appeal":
            d.setdefault("omit", []).append("appeal")
        else:
            d[k] = True
    # coherence: a missing goal cannot also be unclear; vague values on omitted fields are moot
    om = set(d.get("omit", [])) | set(d.get("placeholder", []))
    if "goal" in om:
        d.pop("unclear", None)
    if "duration" in om:
        d.pop("over", None)
        d.pop("vague_duration", None)
    if "hours" in om:
        d.pop("vague_hours", None)
    if "mentor" in om:
        d.pop("mentor_nocontact", None)
        d.pop("mentor_noname", None)
    if "mentor_noname" in d:
        d.pop("mentor_nocontact", None)
    if "vague_duration" in d:
        d.pop("over", None)
    if "appeal" in om or "appeal_incomplete" in d:
        d.pop("appeal_wrong", None)
    if "appeal" in om:
        d.pop("appeal_incomplete", None)
    ph = [f for f in d.get("placeholder", []) if f not in d.get("omit", [])]
    d.pop("placeholder", None)
    if ph:
        d["placeholder"] = ph
    return d


def agreement_doc(rng, p, minplan, defective, idx):
    traits: list[str] = []
    defects = choose_defects(rng, minplan, defective)
    items, rules, per = build_agreement(rng, p, minplan, defects, traits)
    layout = rng.choice(["headings", "headings", "table", "inline", "headings"]) if not minplan else \
        rng.choice(["minplan-card", "table", "headings", "inline"])
    scheme = rng.choice(NUMBERINGS) if layout in ("headings", "mixed", "inline") else "none"
    traits.append(f"numbering:{scheme}")
    has_cpr = rng.random() < 0.25
    c = cpr(rng) if has_cpr else None
    blocks = []
    if minplan:
        title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Aktivitet – mentor",
                            "Udskrift af Min Plan", "Min plan · Mentor", "Min Plan (udskrift) – mentorforløb"])
        blocks.append(("title", title))
        meta = [("Navn", f"{p.cf} {p.cs}")]
        if c:
            meta.append(("CPR-nr.", c))
        meta.append(("Udskrevet", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026"))
        meta.append(("Aktivitet", rng.choice(["Mentorstøtte (LAB § 167)", "Mentor", "Mentorstøtte"])))
        blocks.append(("meta", meta))
    else:
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentor",
                            "Mentorstøtte – aftale", "Aftale om mentorforløb",
                            f"Aftale om mentorstøtte efter LAB § 167 – {p.muni} Kommune",
                            "Mentor agreement / Aftale om mentorstøtte"])
        blocks.append(("title", title))
        meta = [("Borger", f"{p.cf} {p.cs}")]
        if c:
            meta.append((rng.choice(["CPR-nr.", "Cpr.nr.", "CPR"]), c))
        meta.append(("Sagsbehandler", f"{p.cw}, tlf. {p.cwph}"))
        meta.append(("Dato", f"{rng.randint(1, 28)}. {MONTHS[rng.randint(0, 11)]} 2026"))
        blocks.append(("meta", meta))
        if rng.random() < 0.5:
            blocks.append(("p", rng.choice([
                f"Kære {p.cf}. Her er den aftale, vi lavede på mødet. Den beskriver, hvad du og din mentor skal arbejde med.",
                f"{p.muni} Kommune har bevilget dig mentorstøtte. Aftalen er lavet sammen med dig.",
                "Denne aftale er indgået mellem borger, mentor og kommunen.",
            ])))
    if layout == "table":
        rows = []
        for f, label, v in items:
            rows.append((label, v if isinstance(v, str) else "\n".join(v)))
        blocks.append(("table", rows))
    elif layout == "minplan-card":
        blocks.append(("h", rng.choice(["Mentorstøtte", "Aktivitet: Mentor", "Din mentor"])))
        for f, label, v in items:
            blocks.append(("kv", label, v))
    else:
        i = 0
        for f, label, v in items:
            num = number(scheme, i)
            i += 1
            if layout == "inline" and isinstance(v, str) and "\n" not in v and not label.endswith("?") and rng.random() < 0.7:
                sep = " " if label.endswith((":", " at", " fra")) else ": "
                if label.endswith(" fra") and v.startswith("fra "):
                    v = v[4:]
                blocks.append(("p", f"{num}{label}{sep}{v}" if v else f"{num}{label}{sep}"))
                continue
            blocks.append(("h", f"{num}{label}"))
            if isinstance(v, list):
                blocks.append(("ul", v))
            else:
                for line in (v.split("\n") if "\n" in v and rng.random() < 0.5 else [v]):
                    if line:
                        blocks.append(("p", line))
    if not minplan and rng.random() < 0.6:
        blocks.append(("p", rng.choice(["Underskrifter:", "Dato og underskrift"])))
        blocks.append(("p", f"Borger: ____________    Mentor: ____________    Kommunen: ____________"))
    tr = [t for t in traits]
    if c:
        tr.append("cpr")
    if defective:
        tr.append("defective")
    extras = ["appeal-wrong-route"] if defects.get("appeal_wrong") else []
    if per:
        months = (dt.date.fromisoformat(per["end"]) - dt.date.fromisoformat(per["start"])).days
        tr.append(f"period-days:{months}")
    return blocks, {"kind": "minplan" if minplan else "agreement", "layout": layout,
                    "subtype": "minplan" if minplan else "agreement", "rules": sorted(rules),
                    "extras": extras, "cpr": c, "traits": tr, "period": per,
                    "defects": sorted(k for k in defects)}


def decision_doc(rng, p, defective):
    traits = []
    c = cpr(rng) if rng.random() < 0.3 else None
    ptxt, per = period(rng, over=False)
    h = rng.choice(["3 timer om ugen", "2 timer ugentligt", "1½ time pr. uge"])
    blocks = [("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                    "Du har fået bevilget mentorstøtte"]))]
    meta = [("Til", f"{p.cf} {p.cs}")]
    if c:
        meta.append(("CPR-nr.", c))
    meta.append(("Journalnr.", f"15.20.08-G01-{rng.randint(100, 999)}-26"))
    blocks.append(("meta", meta))
    blocks.append(("p", f"Kære {p.cf}"))
    blocks.append(("p", f"{p.muni} Kommune har bevilget dig mentorstøtte efter lov om en aktiv "
                        f"beskæftigelsesindsats § 167 i perioden {ptxt}, {h}. Du får det, du har søgt om."))
    blocks.append(("p", f"Din mentor bliver {p.mf} {p.ms} fra {p.prov}. Aftalen om mentorstøtten laver I sammen på det første møde."))
    rules = set()
    appeal_h = rng.choice(LABELS["appeal"][rng.choice(list(LABELS["appeal"]))])
    if defective:
        kind = rng.choice(["incomplete", "omit"])
        traits.append(f"appeal:{kind}")
        rules.add("missing-appeal-guidance")
        if kind == "incomplete":
            blocks.append(("h", appeal_h))
            blocks.append(("p", appeal_value(rng, p, "incomplete")))
    else:
        blocks.append(("h", appeal_h))
        blocks.append(("p", appeal_value(rng, p, "ok")))
        traits.append("appeal-label:" + appeal_h)
    blocks.append(("p", f"Med venlig hilsen\n{p.cw}\nRådgiver, {p.muni} Kommune\nTlf. {p.cwph}"))
    if c:
        traits.append("cpr")
    return blocks, {"kind": "decision", "layout": "letter", "subtype": "decision-grant",
                    "rules": sorted(rules), "extras": [], "cpr": c, "traits": traits, "period": per,
                    "defects": ["appeal"] if defective else []}


def unknown_doc(rng, p, n):
    kinds = ["guidance", "status", "invoice", "minutes", "club", "quality", "jobad", "course", "email", "leaflet-en"]
    k = kinds[n % len(kinds)]
    c = None
    if k == "guidance":
        b = [("title", "Hvad skal der stå i din mentoraftale?"),
             ("p", f"Her kan du læse, hvad en aftale om mentorstøtte i {p.muni} Kommune skal indeholde. Du får aftalen, når kommunen har bevilget støtten."),
             ("h", "Hvad skal du nå?"), ("p", "Aftalen beskriver målet med mentorstøtten, fx at du starter på en uddannelse eller i et job."),
             ("h", "Hvem hjælper dig?"), ("p", "Aftalen skal indeholde mentorens navn og kontaktdata."),
             ("h", "Hvad skal mentor hjælpe med?"), ("p", "Hvilke opgaver mentoren skal hjælpe dig med."),
             ("h", "Hvor længe og hvor meget?"), ("p", "Varigheden – højst 6 måneder ad gangen – og hvor mange timer om ugen du får støtte."),
             ("h", "Kan du klage?"), ("p", "Ja. Du klager til kommunen inden 4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.")]
    elif k == "status":
        b = [("title", "Statusrapport – mentorforløb"),
             ("meta", [("Borger", f"{p.cf} {p.cs}"), ("Mentor", f"{p.mf} {p.ms}, tlf. {p.mph}"), ("Periode for status", "marts–april 2026")]),
             ("h", "1. Hvordan er det gået?"), ("p", f"{p.cf} har mødt stabilt op i praktikken, 14 af 16 dage. Vi har brugt 2 timer om ugen."),
             ("h", "2. Mål og progression"), ("p", "Delmålet om at tage bussen alene er nået. Næste skridt er at øge til 20 timer."),
             ("h", "3. Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter som aftalt.")]
    elif k == "invoice":
        b = [("title", f"Faktura nr. {rng.randint(2000, 4000)}"),
             ("meta", [("Fra", f"{p.prov}"), ("Til", f"{p.muni} Kommune, Økonomi"), ("EAN", "5798000012345"), ("Fakturadato", "31.03.2026")]),
             ("table", [("Ydelse", "Mentorstøtte, borger-ref. 2291"), ("Periode", "1.3.2026–31.3.2026"), ("Antal timer", "12"), ("Timepris", "495,00 kr."), ("I alt inkl. moms", "7.425,00 kr.")]),
             ("p", "Betalingsbetingelser: netto 30 dage.")]
    elif k == "minutes":
        b = [("title", "Referat – teammøde i mentorteamet"),
             ("meta", [("Dato", "12. februar 2026"), ("Deltagere", f"{p.mf} {p.ms}, {p.cw}, m.fl.")]),
             ("h", "Punkt 1: Mentorordningens formål"), ("p", "Teamet drøftede, hvordan vi beskriver formålet i nye aftaler."),
             ("h", "Punkt 2: Evaluering af tilbuddet"), ("p", "Leverandørevalueringen udsendes i april."),
             ("h", "Punkt 3: Eventuelt"), ("p", "Næste møde 12. marts.")]
    elif k == "club":
        b = [("title", "Mentoraftale – ungdomsafdelingen, Boldklubben Fremad"),
             ("p", "Klubbens frivillige mentorer hjælper unge spillere med lektier og fremmøde."),
             ("h", "Hvad skal du nå?"), ("p", "At du kommer til træning to gange om ugen og passer skolen."),
             ("h", "Hvem hjælper dig?"), ("p", f"Din mentor er {p.mf}, tlf. {p.mph}."),
             ("h", "Hvor længe?"), ("p", "Sæsonen 2026."),
             ("p", "Aftalen er frivillig og kan opsiges af begge parter.")]
    elif k == "quality":
        b = [("title", f"Kvalitetsstandard for mentorstøtte – {p.muni} Kommune"),
             ("h", "A) Mentorordningens formål"), ("p", NEAR_MISS["goal"][1][1]),
             ("h", "B) Mål for kommunen"), ("p", NEAR_MISS["goal"][0][1]),
             ("h", "C) Serviceniveau"), ("p", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: over 2 timer pr. uge."),
             ("h", "D) Evaluering af tilbuddet"), ("p", NEAR_MISS["follow_up"][0][1]),
             ("h", "E) Klageadgang"), ("p", "Afgørelser om mentorstøtte kan påklages til kommunen inden 4 uger og sendes derefter til Ankestyrelsen.")]
    elif k == "jobad":
        b = [("title", "Vi søger mentor til 25 timer om ugen"),
             ("p", f"{p.prov} søger en erfaren mentor til unge i uddannelse."),
             ("h", "Dine opgaver"), ("ul", ["Støtte unge i FGU og EUD", "Samarbejde med kommunens rådgivere"]),
             ("h", "Hvem er vi?"), ("p", f"Kontakt {p.mf} {p.ms} på {p.mph} for at høre mere."),
             ("p", "Ansøgningsfrist: 15. marts 2026.")]
    elif k == "course":
        b = [("title", "Kursus: Bliv frivillig mentor"),
             ("h", "1.1 Kursets mål"), ("p", "Du lærer at støtte unge i overgangen til uddannelse."),
             ("h", "1.2 Varighed og timetal"), ("p", "4 aftener à 3 timer, uge 10-13."),
             ("h", "1.3 Underviser"), ("p", f"{p.mf} {p.ms}, {p.mmail}")]
    elif k == "email":
        c = cpr(rng) if rng.random() < 0.5 else None
        b = [("title", "Emne: Flytning af mødet på torsdag"),
             ("meta", [("Fra", p.mmail), ("Til", p.cwmail), ("Dato", "4. marts 2026 09:14")]),
             ("p", f"Hej {p.cw.split()[0]}"),
             ("p", f"Jeg kan ikke nå mødet med {p.cf}" + (f" (cpr {c})" if c else "") + " torsdag. Kan vi flytte det til fredag kl. 10?"),
             ("p", f"Mvh {p.mf}\n{p.prov}\nTlf. {p.mph}")]
    else:
        b = [("title", "Mentor support – information for citizens"),
             ("p", f"{p.muni} Municipality can offer mentor support if you need extra help to keep a job or complete an education."),
             ("h", "Goal"), ("p", "The goal is always a job or an education."),
             ("h", "Your mentor"), ("p", "You will get a mentor's name and phone number in your agreement."),
             ("h", "Period and hours"), ("p", "Up to 6 months at a time, a number of hours per week."),
             ("h", "How to appeal"), ("p", "You can appeal to the municipality within 4 weeks.")]
    traits = [f"unknown:{k}"] + (["cpr"] if c else [])
    return b, {"kind": "unknown", "layout": "mixed", "subtype": k, "rules": [], "extras": [],
               "cpr": c, "traits": traits, "period": None, "defects": []}


# ---------------------------------------------------------------------------------------------
# Renderers
def to_docx(blocks, path: Path, rng: random.Random):
    from docx import Document
    doc = Document()
    # Real writers often make headings by hand (bold run) instead of using a Heading style
    hmode = rng.choice(["style", "style", "bold", "bold-caps-size"])
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], level=0 if len(b[1]) < 60 else 1)
        elif t == "meta":
            tbl = doc.add_table(rows=0, cols=2)
            for k, v in b[1]:
                r = tbl.add_row().cells
                r[0].text, r[1].text = k, v
            doc.add_paragraph("")
        elif t == "h":
            if hmode == "style":
                doc.add_heading(b[1], level=2)
            else:
                run = doc.add_paragraph().add_run(b[1])
                run.bold = True
                if hmode == "bold-caps-size":
                    from docx.shared import Pt
                    run.font.size = Pt(13)
        elif t == "p":
            for line in b[1].split("\n"):
                doc.add_paragraph(line)
        elif t == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif t == "kv":
            para = doc.add_paragraph()
            run = para.add_run(b[1] + ("" if b[1].endswith((":", "?")) else ":"))
            run.bold = True
            v = b[2]
            if isinstance(v, list):
                for it in v:
                    doc.add_paragraph(it, style="List Bullet")
            else:
                for line in v.split("\n"):
                    doc.add_paragraph(line)
        elif t == "table":
            tbl = doc.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            for k, v in b[1]:
                r = tbl.add_row().cells
                r[0].text = k
                lines = v.split("\n")
                r[1].text = lines[0]
                for extra in lines[1:]:
                    r[1].add_paragraph(extra)
    doc.save(path)


def to_html(blocks, rng) -> str:
    e = html.escape
    style = rng.choice(["plain", "dl", "div"])
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">']
    for b in blocks:
        if b[0] == "title":
            out.append(f"<title>{e(b[1])}</title></head><body>")
            out.append(f"<h1>{e(b[1])}</h1>")
            break
    for b in blocks:
        t = b[0]
        if t == "title":
            continue
        if t == "meta":
            out.append('<table class="meta">' + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            out.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif t in ("kv",) or t == "table":
            rows = [(b[1], b[2])] if t == "kv" else b[1]
            if style == "dl":
                out.append("<dl>")
                for k, v in rows:
                    vv = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>" if isinstance(v, list) else "<br>".join(e(x) for x in v.split("\n"))
                    out.append(f"<dt>{e(k)}</dt><dd>{vv}</dd>")
                out.append("</dl>")
            elif style == "div":
                for k, v in rows:
                    vv = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>" if isinstance(v, list) else "<br>".join(e(x) for x in v.split("\n"))
                    out.append(f'<div class="field"><div class="label">{e(k)}</div><div class="value">{vv}</div></div>')
            else:
                out.append("<table>")
                for k, v in rows:
                    vv = "<br>".join(e(x) for x in (v if isinstance(v, list) else v.split("\n")))
                    out.append(f"<tr><td><b>{e(k)}</b></td><td>{vv}</td></tr>")
                out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_txt(blocks, rng) -> str:
    hstyle = rng.choice(["plain", "upper", "underline", "md"])
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ([f"# {b[1]}"] if hstyle == "md" else [b[1], "=" * len(b[1])]) + [""]
        elif t == "meta":
            out += [f"{k}: {v}" for k, v in b[1]] + [""]
        elif t == "h":
            h = b[1]
            if hstyle == "upper":
                out.append(h.upper())
            elif hstyle == "underline":
                out += [h, "-" * len(h)]
            elif hstyle == "md":
                out.append(f"## {h}")
            else:
                out.append(h)
        elif t == "p":
            out += b[1].split("\n") + [""]
        elif t == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t in ("kv", "table"):
            rows = [(b[1], b[2])] if t == "kv" else b[1]
            for k, v in rows:
                lab = k if k.endswith((":", "?")) else k + ":"
                if isinstance(v, list) or "\n" in v:
                    out.append(lab)
                    out += [f"  - {x}" for x in (v if isinstance(v, list) else v.split("\n"))]
                else:
                    out.append(f"{lab} {v}".rstrip())
            out.append("")
    return "\n".join(out) + "\n"


def soffice_convert(files: list[Path], fmt: str, outdir: Path):
    if not files:
        return
    with tempfile.TemporaryDirectory() as td:
        for i in range(0, len(files), 25):
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dj_profile", "--headless",
                            "--convert-to", fmt, "--outdir", td] + [str(f) for f in files[i:i + 25]],
                           check=True, capture_output=True, timeout=600)
        for f in files:
            src = Path(td) / (f.stem + "." + fmt)
            if not src.is_file():
                raise RuntimeError(f"soffice did not produce {src}")
            shutil.move(str(src), outdir / f.relative_to(outdir).with_suffix("." + fmt))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    rng = random.Random(SEED)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plan = (["agreement"] * 62) + (["minplan"] * 22) + (["decision"] * 6) + (["unknown"] * 10)
    rng.shuffle(plan)
    formats = ["docx"] * 25 + ["pdf"] * 25 + ["odt"] * 15 + ["html"] * 17 + ["txt"] * 18
    rng.shuffle(formats)
    entries = []
    to_pdf, to_odt = [], []
    n_unknown = 0
    for i, kind in enumerate(plan):
        p = Person(rng)
        fmt = formats[i]
        if kind in ("agreement", "minplan"):
            defective = rng.random() < 0.33
            blocks, meta = agreement_doc(rng, p, kind == "minplan", defective, i)
        elif kind == "decision":
            blocks, meta = decision_doc(rng, p, rng.random() < 0.33)
        else:
            blocks, meta = unknown_doc(rng, p, n_unknown)
            n_unknown += 1
        folder = f"{p.muni.lower().replace('æ', 'ae').replace('ø', 'oe')}/{rng.choice(['2025', '2026'])}"
        stem = f"{i:03d}-{meta['subtype']}-{p.cf.lower()}"
        rel = f"{folder}/{stem}.{fmt}"
        (out / folder).mkdir(parents=True, exist_ok=True)
        dest = out / rel
        if fmt in ("docx", "pdf", "odt"):
            src = dest.with_suffix(".docx")
            to_docx(blocks, src, rng)
            if fmt == "pdf":
                to_pdf.append(src)
            elif fmt == "odt":
                to_odt.append(src)
        elif fmt == "html":
            dest.write_text(to_html(blocks, rng), encoding="utf-8")
        else:
            dest.write_text(to_txt(blocks, rng), encoding="utf-8")
        must = []
        if meta["cpr"]:
            must = [meta["cpr"], meta["cpr"].replace("-", "")]
        e = {"path": rel, "format": fmt, "kind": meta["kind"], "layout": meta["layout"],
             "subtype": meta["subtype"], "rules": meta["rules"], "extras": meta["extras"],
             "error": None, "accept_errors": [], "must_not_contain": must,
             "traits": meta["traits"] + [f"defect:{d}" for d in meta["defects"]]}
        if meta["period"]:
            e["period"] = meta["period"]
        entries.append(e)
    soffice_convert(to_pdf, "pdf", out)
    soffice_convert(to_odt, "odt", out)
    for f in to_pdf + to_odt:
        f.unlink()
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
