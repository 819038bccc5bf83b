#!/usr/bin/env python3
"""Corpus GT: education-oriented mentor support for young people under 30 (uddannelseshjælp, FGU).

Deterministic: python make_corpus_gt.py --out /work/corpora/gt [--seed 1717]
Writes documents plus EXPECTED.jsonl (manifest format of corpusgen.corpus.manifest).
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import shutil
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render as R  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Sara", "Jonas", "Emma", "Mikkel", "Amalie", "Ahmad", "Freja", "Oliver", "Nanna", "Yusuf",
         "Line", "Mathias", "Sofie", "Kasper", "Maja", "Emil", "Aya", "Tobias", "Julie", "Rasmus",
         "Ida", "Noah", "Cecilie", "Mads", "Zainab", "Frederik", "Laura", "Christian", "Josefine", "Ali"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen",
        "Christensen", "Poulsen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Karimi",
        "Østergaard", "Lund", "Holm", "Dahl", "Yilmaz", "Bach", "Kjær", "Frandsen"]
MENTOR_FIRST = ["Mette", "Lars", "Birgitte", "Henrik", "Camilla", "Søren", "Pia", "Anders", "Louise",
                "Kim", "Hanne", "Jesper", "Dorthe", "Michael", "Tina", "Rune", "Gitte", "Bo"]

KOMMUNER = [
    ("Herning Kommune", "Ungeindsatsen", "herning.dk", "96 28 28 28", "Rådhuset, Torvet 5, 7400 Herning"),
    ("Svendborg Kommune", "Ungeenheden", "svendborg.dk", "62 23 30 00", "Ramsherred 5, 5700 Svendborg"),
    ("Næstved Kommune", "Ung i Næstved", "naestved.dk", "55 88 55 88", "Rådmandshaven 20, 4700 Næstved"),
    ("Randers Kommune", "Ungeindsatsen", "randers.dk", "89 15 15 15", "Laksetorvet 1, 8900 Randers C"),
    ("Kolding Kommune", "Ungdommens Uddannelsesvejledning / Ungeindsatsen", "kolding.dk", "79 79 79 79",
     "Akseltorv 1, 6000 Kolding"),
    ("Slagelse Kommune", "Ungecentret", "slagelse.dk", "58 57 36 00", "Rådhuspladsen 11, 4200 Slagelse"),
    ("Viborg Kommune", "Ungeenheden, Jobcenter Viborg", "viborg.dk", "87 87 87 87", "Prinsens Allé 5, 8800 Viborg"),
    ("Holstebro Kommune", "Ungeindsatsen", "holstebro.dk", "96 11 75 00", "Kirkestræde 11, 7500 Holstebro"),
]
FGU = ["FGU Midtjylland, skoleafdeling Herning", "FGU Sydfyn, Svendborg", "FGU Sydsjælland, Næstved",
       "FGU Østjylland, Randers", "FGU Trekanten, Kolding", "FGU Vestsjælland, Slagelse",
       "FGU Midt-Nord, Viborg", "FGU Vestjylland, Holstebro"]
EDU_SCHOOL = [("grundforløb 1 på Teknologi, byggeri og transport", "Herningsholm Erhvervsskole"),
              ("frisøruddannelsen", "Syddansk Erhvervsskole"), ("tømreruddannelsen", "EUC Syd"),
              ("social- og sundhedshjælperuddannelsen", "SOSU Østjylland"),
              ("ernæringsassistentuddannelsen", "ZBC Slagelse"), ("lager- og terminaluddannelsen", "Learnmark Horsens"),
              ("EUX Business", "Tradium"), ("automekanikeruddannelsen", "Mercantec"),
              ("pædagogisk assistentuddannelse (PAU)", "Social- og Sundhedsskolen Fyn"),
              ("murer- og bygningsuddannelsen", "Skive College")]
VUC = ["VUC Storstrøm", "HF & VUC Fyn", "VUC Vest", "VUF Viborg", "HF & VUC Nordsjælland"]
PROVIDERS = [("Ungespor ApS", "ungespor.dk", "Vestergade 12, 7400 Herning", "CVR 39 41 22 18"),
             ("MentorKompagniet", "mentorkompagniet.dk", "Brogade 3, 5700 Svendborg", "CVR 36 77 10 45"),
             ("Vejen Videre I/S", "vejenvidere.dk", "Industrivej 40, 4700 Næstved", "CVR 41 20 93 66"),
             ("Broen Mentor & Coaching", "broenmentor.dk", "Østergrave 9, 8900 Randers", "CVR 38 55 01 72"),
             ("KompasUng ApS", "kompasung.dk", "Jernbanegade 22, 6000 Kolding", "CVR 42 10 88 31")]

TASKS_POOL = [
    "Hjælpe med at komme op og møde til tiden om morgenen, også med sms-vækning de første uger",
    "Træne transporten til skolen sammen med {fn} (bus 2 fra Banegården) de første to uger",
    "Følge med til opstartssamtalen med kontaktlæreren",
    "Hjælpe med SU-ansøgningen på minSU og overgangen fra uddannelseshjælp til SU",
    "Skaffe arbejdstøj og værktøj, som skolen kræver før skolestart",
    "Planlægge ugen sammen med {fn}, så lektier, arbejde og fritid kan hænge sammen",
    "Tage kontakt til skolens SPS-vejleder om ordblindehjælp",
    "Være med til møder med kommunen, hvis {fn} ønsker det",
    "Støtte ved fravær: ringe samme dag, hvis {fn} ikke er mødt op, og aftale en plan for resten af ugen",
    "Hjælpe med at finde en praktikplads (skriv ansøgninger, øve samtale) inden grundforløbet slutter",
    "Hjælpe med post i e-Boks og breve fra skolen",
    "Introducere til kantine, studiecafé og skolens klubber, så {fn} ikke sidder alene i pauserne",
]

CLEAR_GOALS = [
    "{fn} starter på {edu} på {school} den {start} og møder mindst 4 ud af 5 skoledage om ugen i de første 8 uger.",
    "Målet er, at {fn} gennemfører første skoleperiode på {school} med et fravær under 10 % og fortsætter derefter på grundforløb 2.",
    "Hovedmål: {fn} har gennemført PGU på {fgu} og er optaget på {edu}, når perioden slutter.\nDelmål 1: {fn} møder på FGU 4 dage om ugen i de første 2 måneder.\nDelmål 2: {fn} har søgt optagelse på optagelse.dk senest ved næste ansøgningsfrist.",
    "At {fn} fastholder sin plads på hf-enkeltfag hos {vuc} og går op til eksamen i dansk C og matematik C i juni 2027.",
    "Uddannelsesmål: {edu}. Mål for perioden: {fn} er startet på grundforløbet den {start} og har ingen ulovligt fravær i de første 6 uger.",
    "{fn} er i gang med erhvervsgrunduddannelsen (EGU) på {fgu} og er i virksomhedspraktik 2 dage om ugen inden for de første 3 måneder af perioden.",
    "{fn} har bestået grundforløb 1 på {school}, når perioden slutter, og har en uddannelsesaftale eller er skrevet op til skolepraktik.",
    "{fn} gennemfører AGU-forløbet på {fgu} med mindst 85 % fremmøde og har i marts 2027 valgt en erhvervsuddannelse, som {fn} søger ind på.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme godt i gang.",
    "At {fn} får mere struktur på hverdagen og øget trivsel.",
    "Komme tættere på uddannelse.",
    "Mentor skal motivere {fn} og sikre at {fn} kommer videre.",
    "Øget selvværd og bedre sociale kompetencer.",
    "Hjælp til fastholdelse.",
    "At {fn} får det bedre og bliver mere selvstændig.",
]
FOLLOWUPS = [
    "Statusmøde hver 4. uge med {fn}, mentor og ungevejleder. Evaluering 14 dage før periodens udløb, hvor vi ser på fremmøde og delmål.",
    "Vi følger op hver anden uge ved en trepartssamtale på skolen. Progression måles på fremmødeprocenten.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før periodens udløb sammen med din rådgiver i Ungeindsatsen.",
    "Mentor sender en kort skriftlig status til ungevejlederen hver måned; opfølgningssamtale i kommunen hver 3. måned og 14 dage inden støtteperioden ophører.",
    "Opfølgning den første mandag i hver måned: vi gennemgår fraværslisten fra skolen og delmålene.",
]
FOLLOWUP_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Aftales hen ad vejen."]
HOURS = ["3 timer pr. uge", "2 t/uge", "op til 4 timer ugentligt de første 4 uger, derefter 2 timer om ugen",
         "8 timer om måneden", "1½ time om ugen", "5 timer pr. uge den første måned, derefter 3 timer pr. uge",
         "2-3 timer pr. uge"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Aftales løbende mellem mentor og den unge"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {kom}. Klagen skal være modtaget inden 4 uger fra den dag, du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. Vi vurderer afgørelsen igen inden 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen (Beskæftigelsesudvalget), jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen om mentorstøtte. Send klagen til {unit}, {kom}, senest fire uger efter at du har modtaget dette brev. Kommunen genvurderer sagen, og fastholder vi afgørelsen, bliver klagen sendt til Ankestyrelsen, som tager stilling til den.",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen.",
]
APPEAL_WRONG = ["Du kan klage direkte til Ankestyrelsen, 7998 Statsforvaltning, inden 4 uger efter du har modtaget afgørelsen. Brug ast.dk/klage."]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Klage kan rettes til {unit}.",
               "Er du utilfreds, kan du kontakte din rådgiver."]


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


def six_end(start: date) -> date:
    return add_months(start, 6) - timedelta(days=1)


class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        k = KOMMUNER[i % len(KOMMUNER)]
        self.kom, self.unit, self.dom, self.komtel, self.komaddr = k
        self.fgu = FGU[i % len(FGU)]
        self.edu, self.school = rng.choice(EDU_SCHOOL)
        self.vuc = rng.choice(VUC)
        self.mfn = rng.choice(MENTOR_FIRST)
        self.mln = rng.choice(LAST)
        self.mtel = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.cwtel = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.sag = f"{rng.randint(24, 27)}.{rng.choice(['15.00', '15.20', '32.12'])}-G01-{rng.randint(100, 9999)}-26"
        y = rng.randint(97, 108) % 100
        self.cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{y:02d}-{rng.randint(0, 9999):04d}"
        self.provider = PROVIDERS[i % len(PROVIDERS)]
        start_choices = [date(2026, 8, 3), date(2026, 8, 10), date(2026, 8, 17), date(2026, 9, 1),
                         date(2026, 10, 1), date(2026, 11, 2), date(2027, 1, 4), date(2027, 1, 11)]
        self.start = rng.choice(start_choices)
        self.letter_date = self.start - timedelta(days=rng.randint(5, 20))

    def f(self, s: str) -> str:
        return s.format(fn=self.fn, edu=self.edu, school=self.school, fgu=self.fgu, vuc=self.vuc,
                        start=dw(self.start), kom=self.kom, unit=self.unit)

    @property
    def memail(self):
        x = f"{self.mfn.lower()}.{self.mln.lower()}"
        return x.replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')

    def mentor_org(self, author):
        if author == "provider":
            return self.provider[0], f"{self.memail}@{self.provider[1]}"
        if author == "fgu":
            return self.fgu, f"{self.mfn[:2].lower()}{self.mln[:2].lower()}@fgu-skole.dk"
        return f"{self.unit}, {self.kom}", f"{self.mfn[:2].lower()}{self.mln[:2].lower()}@{self.dom}"


def dw(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dfmt(d: date, style: str) -> str:
    return {"words": dw(d), "dots": f"{d:%d.%m.%Y}", "short": f"{d.day}.{d.month}.{d.year}",
            "slash": f"{d.day}/{d.month}-{d.year}", "iso": d.isoformat(),
            "abbr": f"{d.day}. {MON3[d.month - 1]} {d.year}"}[style]


def period_text(start: date, end: date, rng: random.Random) -> str:
    st = rng.choice(["words", "dots", "short", "slash", "iso", "abbr"])
    a, b = dfmt(start, st), dfmt(end, st)
    form = rng.choice(["{a} – {b}", "{a} til {b}", "fra {a} til og med {b}", "{a}-{b}", "f.o.m. {a} t.o.m. {b}"])
    return form.format(a=a, b=b)


def make_period(ctx: Ctx, kind: str):
    """kind: ok | exact | over1 | over | open | none"""
    s = ctx.start
    rng = ctx.rng
    if kind == "ok":
        e = add_months(s, rng.choice([3, 4, 5])) - timedelta(days=1)
    elif kind == "exact":
        e = six_end(s)
    elif kind == "over1":
        e = six_end(s) + timedelta(days=1)
    elif kind == "over":
        e = add_months(s, rng.choice([8, 9, 10, 12])) - timedelta(days=1)
    else:
        return None, None, None
    return s, e, period_text(s, e, rng)


def pick_tasks(ctx, n=None):
    n = n or ctx.rng.randint(3, 5)
    return [ctx.f(t) for t in ctx.rng.sample(TASKS_POOL, n)]


# ---------------------------------------------------------------- field texts from defects
def fields(ctx: Ctx, defects: set, author: str, title_word: str):
    rng = ctx.rng
    F = {}
    if "missing-goal" in defects:
        F["goal"] = rng.choice([None, "Udfyldes ved opstartsmødet", "-"])
    elif "unclear-goal" in defects:
        F["goal"] = ctx.f(rng.choice(UNCLEAR_GOALS))
    else:
        F["goal"] = ctx.f(rng.choice(CLEAR_GOALS))
    org, mail = ctx.mentor_org(author)
    if "missing-mentor" in defects:
        F["mentor"] = rng.choice([None, f"{title_word.capitalize()} findes inden opstart", f"{ctx.mfn} {ctx.mln}"])
        F["mentor_name_only"] = F["mentor"] is not None and ctx.mfn in F["mentor"]
    else:
        F["mentor"] = rng.choice([f"{ctx.mfn} {ctx.mln}, {org}, tlf. {ctx.mtel}, {mail}",
                                  f"{ctx.mfn} {ctx.mln} ({org})\nMobil: {ctx.mtel}\nMail: {mail}",
                                  f"{ctx.mfn} {ctx.mln}, {ctx.mtel}"])
    if "missing-tasks" in defects:
        F["tasks"] = rng.choice([None, "-", "Aftales med mentor"])
    else:
        F["tasks"] = pick_tasks(ctx)
    if "missing-duration" in defects:
        F["period"] = rng.choice([None, f"Fra {dw(ctx.start)} og indtil videre", "Udfyldes senere"])
        F["start"] = F["end"] = None
    else:
        kind = "over" if "duration-over-6-months" in defects else rng.choice(["ok", "exact", "exact", "ok"])
        if "duration-over-6-months" in defects and rng.random() < 0.35:
            kind = "over1"
        s, e, txt = make_period(ctx, kind)
        F["period"], F["start"], F["end"], F["pkind"] = txt, s, e, kind
    if "missing-hours" in defects:
        F["hours"] = rng.choice([None, rng.choice(HOURS_VAGUE)])
    else:
        F["hours"] = rng.choice(HOURS)
    if "missing-follow-up" in defects:
        F["follow"] = rng.choice([None, rng.choice(FOLLOWUP_VAGUE)])
    else:
        F["follow"] = ctx.f(rng.choice(FOLLOWUPS))
    if "missing-appeal-guidance" in defects:
        F["appeal"] = rng.choice([None, None, ctx.f(rng.choice(APPEAL_WEAK))])
        F["wrong_route"] = False
    else:
        wr = rng.random() < 0.12
        F["appeal"] = ctx.f(rng.choice(APPEAL_WRONG if wr else APPEAL_FULL))
        F["wrong_route"] = wr
    return F


def tasks_value(F, sep="\n"):
    t = F["tasks"]
    if t is None:
        return None
    if isinstance(t, str):
        return t
    return sep.join(("• " if sep == "\n" else "") + x for x in t) if sep == "\n" else sep.join(t)


def signature_rows(ctx, word):
    return ("table", [["Dato", "Underskrift"], ["", f"{ctx.fn} {ctx.ln} (den unge)"],
                      ["", f"{word.capitalize()}"], ["", "Ungevejleder/rådgiver"]], True)


AGR_TITLES = {
    "ungeindsats": ["Aftale om mentorstøtte", "Aftale om uddannelsesmentor", "Mentoraftale – uddannelsesmentor (LAB § 167)",
                    "Aftale om støtteperson i overgangen til uddannelse", "Skriftlig aftale om mentorstøtte efter § 167"],
    "fgu": ["Mentoraftale – § 167-mentor på FGU", "Aftale om mentorstøtte for FGU-elev", "Aftale om uddannelsesmentor (FGU)"],
    "provider": ["Mentoraftale", "Aftale om mentorforløb – uddannelsesrettet", "Forløbsaftale: uddannelsesmentor"],
}


def header_blocks(ctx, F, author, with_cpr):
    rows = [("Navn", f"{ctx.fn} {ctx.ln}")]
    if with_cpr:
        rows.append(("CPR-nr.", ctx.cpr))
    rows.append(("Sagsnr.", ctx.sag))
    if author == "fgu":
        rows.append(("Hold", ctx.rng.choice(["PGU Byg og anlæg", "AGU niveau E", "EGU", "PGU Mad og sundhed", "AGU Dansk/Matematik"])))
        rows.append(("Kontaktlærer", f"{ctx.cw}, tlf. {ctx.cwtel}"))
    else:
        rows.append(("Ydelse", ctx.rng.choice(["Uddannelseshjælp (aktivitetsparat)", "Uddannelseshjælp (uddannelsesparat)",
                                               "Uddannelseshjælp – uddannelsespålæg", "Ingen – under 30 uden ydelse"])))
        rows.append(("Sagsbehandler", f"{ctx.cw}, {ctx.unit}, tlf. {ctx.cwtel}"))
    return ("kv", rows)


def agreement_blocks(ctx: Ctx, F, author, layout, word, with_cpr):
    rng = ctx.rng
    B = []
    title = rng.choice(AGR_TITLES[author if author in AGR_TITLES else "ungeindsats"])
    if author == "provider":
        p = ctx.provider
        B.append(("p", f"{p[0]} · {p[2]} · {p[3]}"))
    elif author == "fgu":
        B.append(("p", f"{ctx.fgu}\nI samarbejde med {ctx.unit}, {ctx.kom}"))
    else:
        B.append(("p", f"{ctx.kom}\n{ctx.unit}\n{ctx.komaddr}"))
    B.append(("h", title, 1))
    gl = rng.choice(["Målet med mentorstøtten", "Mål og delmål", "Formål", "Uddannelsesmål for forløbet", "Hvad er målet?"])
    ml = rng.choice([f"{word.capitalize()} (navn og kontaktdata)", f"Din {word}", "Mentor", f"{word.capitalize()}"])
    if word == "kontaktperson":
        ml = "Kontaktperson (mentorstøtte efter § 167)"
    tl = rng.choice(["Mentorens opgaver", "Indsatsområder", f"Hvad skal {word}en hjælpe med?", "Støtten består i"])
    pl = rng.choice(["Periode", "Varighed", "Bevilget periode", "Aftalen gælder"])
    hl = rng.choice(["Timetal", "Timer pr. uge", "Antal timer", "Omfang"])
    fl = rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"])
    if layout == "table":
        B.append(header_blocks(ctx, F, author, with_cpr))
        rows = []
        for lab, key in [(gl, "goal"), (ml, "mentor"), (tl, "tasks"), (pl, "period"), (hl, "hours"), (fl, "follow")]:
            v = tasks_value(F, "\n") if key == "tasks" else F[key]
            if v is None:
                if rng.random() < 0.5:
                    rows.append((lab, ""))
                continue
            rows.append((lab, v))
        B.append(("kv", rows))
        if F["appeal"]:
            B.append(("h", "Klagevejledning", 2))
            B.append(("p", F["appeal"]))
        B.append(signature_rows(ctx, word))
    elif layout == "numbered":
        B.append(("p", f"Aftalen er indgået mellem {ctx.fn} {ctx.ln}" + (f" (cpr.nr. {ctx.cpr})" if with_cpr else "")
                  + f", {word}en og {ctx.unit} den {dw(ctx.letter_date)}. Sagsbehandler: {ctx.cw}, tlf. {ctx.cwtel}."))
        n = 1
        for lab, key in [(gl, "goal"), (ml, "mentor"), (tl, "tasks"), (pl, "period"), (hl, "hours"), (fl, "follow")]:
            v = F[key]
            if v is None:
                continue
            B.append(("h", f"{n}. {lab}", 2))
            n += 1
            if key == "tasks" and isinstance(v, list):
                B.append(("ul", v))
            else:
                B.append(("p", v))
        if F["appeal"]:
            B.append(("h", f"{n}. Klagevejledning", 2))
            B.append(("p", F["appeal"]))
        B.append(("p", "Underskrifter:\n\n_____________________   _____________________   _____________________\n"
                       f"{ctx.fn} {ctx.ln}            {word.capitalize()}                  {ctx.unit}"))
    elif layout == "letter":
        B.append(("p", f"{dw(ctx.letter_date)}\nSagsnr. {ctx.sag}" + (f"\nCPR-nr. {ctx.cpr}" if with_cpr else "")))
        B.append(("p", f"Kære {ctx.fn}"))
        B.append(("p", "Her får du det, vi blev enige om på mødet, skrevet ned. Aftalen er din mentoraftale efter § 167 i lov om en aktiv beskæftigelsesindsats."))
        if F["goal"] and F["goal"] not in ("-", "Udfyldes ved opstartsmødet"):
            g = F["goal"]
            B.append(("p", "Målet er: " + g if not g.startswith(("Målet", "Hovedmål", "Uddannelsesmål")) else g))
        elif F["goal"]:
            B.append(("p", f"Mål: {F['goal']}"))
        if F["mentor"]:
            if "tlf" in F["mentor"] or "Mobil" in F["mentor"] or any(ch.isdigit() for ch in F["mentor"]):
                B.append(("p", f"Din {word} bliver {ctx.mfn} {ctx.mln}. Du kan altid få fat i {ctx.mfn} på {ctx.mtel} eller {ctx.mentor_org(author)[1]}."))
            else:
                B.append(("p", f"Din {word}: {F['mentor']}."))
        if F["tasks"] is not None:
            if isinstance(F["tasks"], list):
                B.append(("p", f"{ctx.mfn} skal hjælpe dig med:"))
                B.append(("ul", F["tasks"]))
            else:
                B.append(("p", f"Opgaver: {F['tasks']}"))
        if F["period"]:
            B.append(("p", f"Støtten gælder i perioden {F['period']}." if F.get("start") else f"Periode: {F['period']}"))
        if F["hours"]:
            B.append(("p", f"Du har {F['hours']} sammen med {ctx.mfn}." if F["hours"] not in HOURS_VAGUE else f"Timer: {F['hours']}"))
        if F["follow"]:
            B.append(("p", F["follow"]))
        if F["appeal"]:
            B.append(("h", "Hvis du vil klage", 2))
            B.append(("p", F["appeal"]))
        B.append(("p", f"Venlig hilsen\n{ctx.cw}\nRådgiver, {ctx.unit}\nTlf. {ctx.cwtel}"))
    elif layout == "sections":
        B.append(header_blocks(ctx, F, author, with_cpr))
        for lab, key in [(gl, "goal"), (ml, "mentor"), (tl, "tasks"), (pl, "period"), (hl, "hours"), (fl, "follow")]:
            v = F[key]
            if v is None:
                continue
            B.append(("h", lab, 2))
            if key == "tasks" and isinstance(v, list):
                B.append(("ul", v))
            else:
                B.append(("p", v))
        if F["appeal"]:
            B.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", f"Klagevejledning fra {ctx.kom}"]), 2))
            B.append(("p", F["appeal"]))
        B.append(("p", f"Aftalen er drøftet og underskrevet {dw(ctx.letter_date)}."))
    elif layout == "triparty":
        B.append(header_blocks(ctx, F, author, with_cpr))
        if F["goal"] is not None:
            B.append(("h", gl, 2))
            B.append(("p", F["goal"]))
        mcell = F["mentor"] if F["mentor"] else "-"
        tcell = "; ".join(F["tasks"]) if isinstance(F["tasks"], list) else (F["tasks"] or "-")
        B.append(("h", "Hvem gør hvad?", 2))
        B.append(("table", [["", word.capitalize(), "Den unge", "Ungevejleder"],
                            ["Navn og kontakt", mcell, f"{ctx.fn} {ctx.ln}", f"{ctx.cw}, tlf. {ctx.cwtel}"],
                            ["Opgaver", tcell, "Møde op på skolen og melde fravær før kl. 8", "Bevilge støtten og holde opfølgningsmøder"]], True))
        rows = [(lab, F[key]) for lab, key in [(pl, "period"), (hl, "hours"), (fl, "follow")] if F[key] is not None]
        B.append(("kv", rows))
        if F["appeal"]:
            B.append(("h", "Klagevejledning", 2))
            B.append(("p", F["appeal"]))
        B.append(signature_rows(ctx, word))
    elif layout == "export":
        lines = [f"[{title}]", f"Borger={ctx.fn} {ctx.ln}"]
        if with_cpr:
            lines.append(f"CPR={ctx.cpr}")
        lines += [f"Sagsnummer={ctx.sag}", f"Oprettet af={ctx.cw}", f"Oprettet={dfmt(ctx.letter_date, 'dots')}"]
        for lab, key in [("Målet med mentorstøtten", "goal"), ("Mentor", "mentor"), ("Mentorens opgaver", "tasks"),
                         ("Periode", "period"), ("Timetal", "hours"), ("Opfølgning", "follow"), ("Klagevejledning", "appeal")]:
            v = "; ".join(F[key]) if key == "tasks" and isinstance(F[key], list) else F[key]
            if v is None:
                lines.append(f"{lab}=")
                continue
            lines.append(f"{lab}={v.replace(chr(10), ' ')}")
        B = [("p", "\n".join(lines))]
    return title, B


def mail_agreement(ctx, F, word):
    lines = [f"Hej {ctx.fn}", "",
             "Tak for i dag. Her får du det, vi aftalte, skrevet ned, så vi begge kan huske det. "
             f"Jeg er din {word} i forbindelse med mentorstøtten fra {ctx.kom}.", ""]
    if F["goal"]:
        lines += [f"Mål: {F['goal']}", ""]
    if F["tasks"] is not None:
        if isinstance(F["tasks"], list):
            lines += ["Det skal jeg hjælpe dig med:"] + [f"- {t}" for t in F["tasks"]] + [""]
        else:
            lines += [f"Opgaver: {F['tasks']}", ""]
    if F["period"]:
        lines += [f"Periode: {F['period']}", ""]
    if F["hours"]:
        lines += [f"Tid: {F['hours']}", ""]
    if F["follow"]:
        lines += [f"Opfølgning: {F['follow']}", ""]
    if F["appeal"]:
        lines += ["Klagevejledning (fra kommunens afgørelse):", F["appeal"], ""]
    lines += ["Skriv endelig, hvis noget skal rettes.", "", "-- ", f"{ctx.mfn} {ctx.mln}",
              f"{word.capitalize()}, {ctx.mentor_org('provider')[0]}", f"Tlf. {ctx.mtel}",
              f"{ctx.mentor_org('provider')[1]}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- decisions
DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Du får en uddannelsesmentor", "Bevilling af mentorstøtte efter LAB § 167",
              "Afgørelse: Du er bevilget støtteperson"],
    "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte (delvis imødekommet)"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din uddannelsesmentor"],
    "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
    "change": ["Ændring af din mentorstøtte – timetal", "Afgørelse om ændret timetal for mentorstøtte"],
}


def decision_blocks(ctx: Ctx, sub, defects, with_cpr, word):
    rng = ctx.rng
    B = [("p", f"{ctx.kom}\n{ctx.unit}\n{ctx.komaddr}\nTlf. {ctx.komtel}")]
    B.append(("p", f"{ctx.fn} {ctx.ln}\n{rng.choice(['Skolegade', 'Parkvej', 'Nørregade', 'Engtoften'])} {rng.randint(1, 80)}, {rng.choice(['st. th.', '1. tv.', ''])}".rstrip(", ")))
    meta = f"Dato: {dw(ctx.letter_date)}\nSagsnr.: {ctx.sag}"
    if with_cpr:
        meta += f"\nCPR-nr.: {ctx.cpr}"
    B.append(("p", meta))
    title = rng.choice(DEC_TITLES[sub])
    B.append(("h", title, 1))
    period = None
    mentor_line = f"Din {word} er {ctx.mfn} {ctx.mln}, {ctx.mentor_org(rng.choice(['ungeindsats', 'provider', 'fgu']))[0]}, tlf. {ctx.mtel}."
    over = "duration-over-6-months" in defects
    if sub in ("grant", "partial", "extension"):
        s = ctx.start
        if over:
            e = six_end(s) + timedelta(days=1) if rng.random() < 0.4 else add_months(s, rng.choice([8, 9, 12])) - timedelta(days=1)
        else:
            e = add_months(s, rng.choice([4, 6, 6])) - timedelta(days=1)
        period = (s, e)
        ptxt = period_text(s, e, rng)
    if sub == "grant":
        B.append(("p", f"Du har søgt om mentorstøtte, da du starter på {ctx.edu} på {ctx.school}. "
                       f"Vi har bevilget dig mentorstøtte i perioden {ptxt}. Støtten er på {rng.choice(HOURS[:5])}."))
        B.append(("p", mentor_line))
        B.append(("h", "Begrundelse", 2))
        B.append(("p", rng.choice([
            "Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, "
            "at du har haft meget fravær på dit tidligere skoleforløb, og at du selv fortæller, at det er svært at komme i gang "
            "om morgenen. Vi vurderer, at støtte i overgangen kan mindske risikoen for frafald.",
            "Du er under 30 år, modtager uddannelseshjælp og har et uddannelsespålæg. Efter § 167 i lov om en aktiv "
            "beskæftigelsesindsats kan kommunen give mentorstøtte, når det er nødvendigt for, at du kan gennemføre en uddannelse. "
            "Vi har lagt vægt på oplysningerne fra FGU om dit fremmøde og på, at skolens egen støtte ikke er nok i overgangen.",
            "Du har ret til mentorstøtte i op til 6 måneder fra optagelsen på uddannelsen, jf. § 167, stk. 3, i lov om en aktiv "
            "beskæftigelsesindsats. Vi har vurderet dit behov for timer ud fra samtalen med dig og din vejleder på skolen."])))
        B.append(("p", "Aftalen om mentorstøtten med mål, opgaver og opfølgning laver I sammen ved opstartsmødet, og den bliver lagt på Min Plan."))
    elif sub == "partial":
        B.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Vi har bevilget dig mentorstøtte i perioden {ptxt} "
                       f"med 3 timer pr. uge. Du har derfor fået delvist medhold."))
        B.append(("p", mentor_line))
        B.append(("h", "Begrundelse", 2))
        B.append(("p", "Efter § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har vurderet, at 3 timer om ugen er nok, "
                       "fordi skolen også giver dig støtte fra en kontaktlærer og SPS-timer. Ved udløb vurderer vi, om der skal gives en ny periode."))
    elif sub == "refusal":
        B.append(("p", f"Du har den {dw(ctx.letter_date - timedelta(days=21))} søgt om en uddannelsesmentor i 9 måneder, mens du går på {ctx.fgu}. "
                       "Vi har givet dig afslag."))
        if "no-reasons" not in defects:
            B.append(("h", "Begrundelse", 2))
            B.append(("p", "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, at FGU-skolen har "
                           "egne vejledere og en elevcoach, der kan give dig den støtte, du beskriver. Mentorstøtte skal gå ud over det, "
                           "skolen normalt giver."))
    elif sub == "extension":
        prev_s = add_months(ctx.start, -6)
        B.append(("p", f"Din tidligere periode med mentorstøtte var {dfmt(prev_s, 'dots')} – {dfmt(ctx.start - timedelta(days=1), 'dots')}. "
                       f"Vi har besluttet at forlænge mentorstøtten i en ny periode: {ptxt}. Timetallet er uændret {rng.choice(HOURS[:3])}."))
        B.append(("p", mentor_line))
        B.append(("h", "Begrundelse", 2))
        B.append(("p", "Vi har efter en konkret vurdering efter § 167, stk. 1, 2. pkt., lagt vægt på, at du er kommet godt i gang på grundforløbet, "
                       "men at overgangen til grundforløb 2 og praktikpladssøgningen er et kritisk tidspunkt."))
    elif sub == "end":
        prev_s = add_months(ctx.start, -4)
        B.append(("p", f"Du har haft mentorstøtte siden {dw(prev_s)}. Din mentorstøtte ophører den {dw(ctx.start)}."))
        B.append(("h", "Begrundelse", 2))
        B.append(("p", "Du er nu i gang med din uddannelse, modtager SU og møder stabilt. Målet med støtten er dermed nået. "
                       "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    elif sub == "change":
        e = six_end(ctx.start) if rng.random() < 0.5 else add_months(ctx.start, 4) - timedelta(days=1)
        B.append(("p", f"Vi har ændret timetallet for din mentorstøtte fra 2 til 4 timer pr. uge fra {dw(ctx.start + timedelta(days=14))}. "
                       f"Din periode slutter som hidtil den {dw(e)}."))
        B.append(("h", "Begrundelse", 2))
        B.append(("p", "Din mentor og din kontaktlærer har oplyst, at dit fravær er steget i oktober. Vi vurderer efter § 167, at flere timer i en periode kan hjælpe dig med at blive på uddannelsen."))
    if "other-subject" in defects:
        B.append(("p", "Du får også befordringsgodtgørelse til kørsel mellem hjem og skole efter de almindelige regler."))
        B.append(("h", "Klagevejledning vedrørende befordringsgodtgørelse", 2))
        B.append(("p", f"Du kan klage over afgørelsen om befordringsgodtgørelse til {ctx.kom} inden 4 uger. Fastholder kommunen "
                       "afgørelsen, sendes klagen til Ankestyrelsen."))
    elif "missing-appeal-guidance" in defects:
        a = rng.choice([None, ctx.f(rng.choice(APPEAL_WEAK))])
        if a:
            B.append(("h", "Klagevejledning", 2))
            B.append(("p", a))
    else:
        a = ctx.f(rng.choice(APPEAL_WRONG if "wrong-route" in defects else APPEAL_FULL))
        B.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du ikke er enig"]), 2))
        B.append(("p", a))
    B.append(("p", f"Med venlig hilsen\n\n{ctx.cw}\nRådgiver\n{ctx.unit}\nDirekte tlf. {ctx.cwtel}"))
    return title, B, period


# ---------------------------------------------------------------- Min Plan
def minplan_blocks(ctx: Ctx, defects, with_cpr, word, layout):
    rng = ctx.rng
    B = []
    title = rng.choice(["Min Plan", f"Min Plan – {ctx.fn} {ctx.ln}", "Min Plan (uddannelseshjælp)"])
    B.append(("h", title, 1))
    meta = [("Navn", f"{ctx.fn} {ctx.ln}")]
    if with_cpr:
        meta.append(("CPR-nummer", ctx.cpr))
    meta += [("Kommune", ctx.kom), ("Din rådgiver", f"{ctx.cw}, tlf. {ctx.cwtel}"), ("Udskrevet", dfmt(ctx.letter_date, "dots"))]
    B.append(("kv", meta))
    B.append(("h", "Dit mål", 2))
    B.append(("p", f"Uddannelsesmål: {ctx.edu}. Du har fået et uddannelsespålæg den {dw(ctx.letter_date - timedelta(days=40))} "
                   f"og skal i gang med en uddannelse senest ved næste optag."))
    F = fields(ctx, defects, "ungeindsats", word)
    fgu_s = date(2026, 8, 10)
    acts = [["Aktivitet", "Sted", "Start", "Slut", "Status"],
            ["Forberedende grunduddannelse (FGU), PGU", ctx.fgu, "10.08.2026", "24.06.2027", "Aktiv"],
            ["Brobygning til EUD", ctx.school, "uge 45", "uge 47", "Planlagt"]]
    if rng.random() < 0.5:
        acts.append(["Erhvervsuddannelse, grundforløb 1", ctx.school, "11.01.2027", "25.06.2027", "Planlagt"])
    if F.get("start") and layout != "portal":
        acts.append([f"Mentorstøtte ({word})", ctx.mentor_org("ungeindsats")[0], dfmt(F["start"], "dots"), dfmt(F["end"], "dots"), "Aktiv"])
    B.append(("h", "Dine aktiviteter", 2))
    B.append(("table", acts, True))
    B.append(("h", rng.choice(["Mentorstøtte (LAB § 167)", "Mentorstøtte", f"Mentorstøtte – {word}"]), 2))
    rows = []
    for lab, key in [("Formål med mentorstøtten", "goal"), ("Mentor", "mentor"), ("Mentorens opgaver", "tasks"),
                     ("Periode", "period"), ("Timetal", "hours")]:
        v = tasks_value(F, "; ") if key == "tasks" else F[key]
        if v is None:
            continue
        rows.append((lab, v))
    B.append(("kv", rows))
    B.append(("h", "Dine aftaler", 2))
    B.append(("ul", [f"Samtale med din rådgiver {dw(ctx.start + timedelta(days=30))} kl. 10.00",
                     f"Informationsmøde på {ctx.school} om grundforløb – {dw(ctx.start + timedelta(days=45))}"]))
    return title, B, F


def minplan_cards(ctx: Ctx, defects, with_cpr, word):
    """Min Plan printed from the citizen's portal: one card per activity, mentor support one of them."""
    rng = ctx.rng
    F = fields(ctx, defects, "ungeindsats", word)
    title = rng.choice(["Min Plan – aktiviteter", "Min Plan"])
    B = [("h", title, 1), ("p", f"{ctx.fn} {ctx.ln}" + (f" · {ctx.cpr}" if with_cpr else "") + f" · {ctx.kom}")]
    B.append(("h", "Mit mål", 2))
    B.append(("p", f"Jeg vil gerne være {rng.choice(['tømrer', 'frisør', 'social- og sundhedshjælper', 'lagerarbejder', 'automekaniker'])}. "
                   "Først skal jeg have dansk og matematik på plads på FGU."))
    B.append(("h", "Forberedende grunduddannelse (FGU), PGU – Aktiv", 3))
    B.append(("kv", [("Sted", ctx.fgu), ("Start", "10.08.2026"), ("Slut", "24.06.2027"),
                     ("Kontaktperson", f"{ctx.cw.split()[0]} (kontaktlærer), tlf. {ctx.cwtel}")]))
    B.append(("h", f"Brobygning, {ctx.school} – Planlagt", 3))
    B.append(("kv", [("Sted", ctx.school), ("Start", "uge 45"), ("Slut", "uge 47"), ("Kontaktperson", "Studievejledningen")]))
    B.append(("h", f"Mentorstøtte – {rng.choice(['Aktiv', 'Bevilget'])}", 3))
    rows = []
    for lab, key in [("Formål", "goal"), ("Mentor", "mentor"), ("Opgaver", "tasks"), ("Periode", "period"), ("Timer pr. uge", "hours")]:
        v = tasks_value(F, "; ") if key == "tasks" else F[key]
        if v is None:
            continue
        rows.append((lab, v.replace("\n", ", ") if key == "mentor" else v))
    B.append(("kv", rows))
    B.append(("h", "Uddannelsespålæg", 3))
    B.append(("p", f"Du har et uddannelsespålæg. Du skal søge optagelse på en ordinær uddannelse senest {dw(date(2027, 3, 1))}."))
    return title, B, F


def uddplan(ctx: Ctx, defects, with_cpr, word):
    """An education plan under the act (uddannelsespålæg) carrying the mentor support as one step."""
    rng = ctx.rng
    F = fields(ctx, defects, "ungeindsats", word)
    title = "Uddannelsesplan – uddannelsespålæg"
    B = [("p", f"{ctx.kom}, {ctx.unit}"), ("h", title, 1),
         ("kv", [("Navn", f"{ctx.fn} {ctx.ln}")] + ([("CPR-nr.", ctx.cpr)] if with_cpr else []) +
          [("Målgruppe", "Uddannelseshjælp, aktivitetsparat"), ("Rådgiver", f"{ctx.cw}, tlf. {ctx.cwtel}")]),
         ("h", "Uddannelsesmål", 2), ("p", f"{ctx.edu} på {ctx.school}"),
         ("h", "Trin 1: Brobygning", 2), ("p", f"Brobygning på {ctx.school} i uge 45-47 for at afprøve faget."),
         ("h", "Trin 2: FGU", 2), ("p", f"PGU på {ctx.fgu} fra 10.08.2026 til 24.06.2027 med fokus på dansk og matematik."),
         ("h", "Trin 3: Mentorstøtte efter § 167", 2)]
    rows = []
    for lab, key in [("Formål med mentorstøtten", "goal"), (f"{word.capitalize()}", "mentor"), ("Opgaver", "tasks"),
                     ("Periode", "period"), ("Timetal", "hours")]:
        v = tasks_value(F, "; ") if key == "tasks" else F[key]
        if v is None:
            continue
        rows.append((lab, v))
    B.append(("kv", rows))
    B.append(("h", "Trin 4: Start på uddannelse", 2))
    B.append(("p", "Ansøgning via optagelse.dk senest 1. marts 2027. Start på grundforløb i august 2027."))
    return title, B, F


# ---------------------------------------------------------------- unknown look-alikes
def unknown_doc(ctx: Ctx, n: int, with_cpr):
    rng = ctx.rng
    cpr_line = f"\nCPR-nr.: {ctx.cpr}" if with_cpr else ""
    if n == 0:
        t = "Uddannelsesplan – 9. klasse"
        B = [("h", t, 1), ("kv", [("Elev", f"{ctx.fn} {ctx.ln}"), ("Skole", "Lindeskolen, 9.B"), ("Vejleder", f"{ctx.cw}, {ctx.unit}")]),
             ("h", "Ønske efter 9. klasse", 2), ("p", f"1. prioritet: {ctx.edu} på {ctx.school}\n2. prioritet: 10. klasse på Ungdomsskolen"),
             ("h", "Uddannelsesparathed", 2), ("p", "Vurderet ikke-uddannelsesparat (personlige og sociale forudsætninger). Der laves en plan for en særlig vejledningsindsats, herunder brobygning i uge 46."),
             ("h", "Aftaler", 2), ("ul", ["Brobygning på EUC i uge 46", "Samtale med UU-vejleder i januar", "Forældremøde om optagelse.dk den 20. februar"])]
    elif n == 1:
        t = "Kvittering for ansøgning om SU"
        B = [("h", t, 1), ("p", f"Vi har modtaget din ansøgning om SU til {ctx.edu} på {ctx.school}.{cpr_line}"),
             ("kv", [("Uddannelse", ctx.edu), ("Start", dfmt(ctx.start, 'dots')), ("Forventet afslutning", "30.06.2029"), ("Status", "Afventer bekræftelse fra uddannelsesstedet")]),
             ("p", "Du får besked i Digital Post, når din ansøgning er behandlet. Husk at du ikke kan få uddannelseshjælp og SU samtidig.")]
    elif n == 2:
        t = f"Mentorordningen på {ctx.school} – aftale mellem elev og skolementor"
        B = [("h", t, 1), ("p", "Skolens egen mentorordning er et frivilligt tilbud til alle elever på grundforløbet. Den er ikke bevilget af kommunen og er ikke mentorstøtte efter beskæftigelseslovgivningen."),
             ("kv", [("Elev", f"{ctx.fn} {ctx.ln}"), ("Skolementor", f"{ctx.mfn} {ctx.mln}, lærer, tlf. {ctx.mtel}"),
                     ("Vi mødes", "hver torsdag i frikvarteret kl. 11.30-12.00"),
                     ("Hvad vil du gerne have hjælp til?", "Lektier i dansk og at huske afleveringer"),
                     ("Periode", "grundforløb 1, efteråret 2026")]),
             ("p", "Aftalen kan stoppes af begge parter. Spørgsmål: kontakt studievejledningen.")]
    elif n == 3:
        t = "Afgørelse om fast kontaktperson efter serviceloven"
        B = [("p", f"{ctx.kom}\nSocialafdelingen, Voksenhandicap{cpr_line}"), ("h", t, 1),
             ("p", f"Kære {ctx.fn}\nDu har søgt om en fast kontaktperson. Vi har bevilget dig socialpædagogisk støtte efter servicelovens § 85 i form af en kontaktperson, {ctx.mfn} {ctx.mln}, 3 timer om ugen."),
             ("h", "Begrundelse", 2), ("p", "Vi har lagt vægt på, at du har brug for hjælp til at klare din økonomi og din bolig."),
             ("h", "Klagevejledning", 2), ("p", f"Du kan klage over afgørelsen til {ctx.kom} inden 4 uger. Kommunen genvurderer afgørelsen, og hvis den fastholdes, sendes klagen til Ankestyrelsen.")]
    elif n == 4:
        t = f"Statusnotat – uddannelsesmentor, {MONTHS[(ctx.start.month + 1) % 12]} 2026"
        B = [("h", t, 1), ("kv", [("Borger", f"{ctx.fn} {ctx.ln}"), ("Mentor", f"{ctx.mfn} {ctx.mln}"), ("Til", f"{ctx.cw}, {ctx.unit}")]),
             ("p", f"{ctx.fn} har mødt 17 ud af 20 dage på {ctx.school} i perioden. Vi har haft fem møder, heraf to i skolens studiecafé. "
                   f"{ctx.fn} har selv søgt SU. Fraværet skyldes især mandage."),
             ("p", "Næste skridt: fortsætte morgenopkald mandag; møde med kontaktlærer om praktikpladssøgning.")]
    elif n == 5:
        t = "Journalnotat: samtale med ung"
        B = [("h", t, 1), ("p", f"Dato: {dfmt(ctx.letter_date, 'dots')}\nSagsbehandler: {ctx.cw}{cpr_line}"),
             ("p", f"Samtale med {ctx.fn} om uddannelsespålæg og mulighed for mentor. {ctx.fn} fortæller om angst ved nye steder og dårlig søvn. "
                   "Vi drøftede FGU og brobygning. Ansøgning om mentorstøtte sendes til visitation. Ingen aftale om mentor endnu."),
             ("p", "Opfølgning: ny samtale om 3 uger.")]
    elif n == 6:
        p = ctx.provider
        t = f"Faktura nr. {rng.randint(2000, 2999)}"
        B = [("p", f"{p[0]}\n{p[2]}\n{p[3]}"), ("h", t, 1), ("p", f"Til: {ctx.kom}, {ctx.unit}\nEAN: 5798007{rng.randint(100000, 999999)}"),
             ("table", [["Ydelse", "Periode", "Timer", "Beløb"], [f"Mentorstøtte, sag {ctx.sag}", "september 2026", "12", "6.600,00"],
                        ["Kørsel", "september 2026", "", "412,50"], ["I alt ekskl. moms", "", "", "7.012,50"]], True),
             ("p", "Betalingsbetingelser: netto 30 dage.")]
    elif n == 7:
        t = "Referat af netværksmøde"
        B = [("h", t, 1), ("p", f"Deltagere: {ctx.fn}, mor, kontaktlærer, {ctx.mfn} (mentor), {ctx.cw} (Ungeindsatsen)"),
             ("ol", ["Status på skolen: fremmøde bedre siden efterårsferien.", "Praktikplads: to ansøgninger sendt.",
                     "Mentor: fortsætter som aftalt.", "Næste møde: 15. januar 2027."])]
    elif n == 8:
        t = "Hvad er en uddannelsesmentor?"
        B = [("h", t, 1), ("p", "Er du under 30 år og skal du i gang med en uddannelse, kan du måske få en mentor. En mentor kan hjælpe dig med at møde op, finde rundt på skolen og søge SU."),
             ("h", "Det skal stå i aftalen", 2), ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                                                         "hvor længe støtten varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen"]),
             ("h", "Klage", 2), ("p", "Er du uenig i kommunens afgørelse, kan du klage inden 4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen.")]
    elif n == 9:
        t = "Skabelon: Aftale om mentorstøtte"
        B = [("h", t, 1), ("kv", [("Navn", ""), ("CPR-nr.", ""), ("Målet med mentorstøtten", ""), ("Mentor (navn, tlf., mail)", ""),
                                  ("Mentorens opgaver", ""), ("Periode (fra – til)", ""), ("Timetal pr. uge", ""), ("Opfølgning", "")]),
             ("p", "Klagevejledning: Du kan klage til kommunen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif n == 10:
        t = "Henvisning – mentorstøtte"
        p = ctx.provider
        B = [("h", t, 1), ("p", f"Til: {p[0]}\nFra: {ctx.unit}, {ctx.kom}"),
             ("p", f"Vi henviser hermed {ctx.fn} {ctx.ln} til et uddannelsesrettet mentorforløb. Den unge starter på {ctx.school} i januar. "
                   "Vi beder om et forslag til mål, opgaver og timetal senest om 14 dage. Forløbet forventes at starte i uge 2."),
             ("p", f"Kontakt: {ctx.cw}, tlf. {ctx.cwtel}")]
    elif n == 11:
        t = "Partshøring – påtænkt ophør af mentorstøtte"
        B = [("h", t, 1), ("p", f"Kære {ctx.fn}{cpr_line}"),
             ("p", f"Vi overvejer at stoppe din mentorstøtte pr. {dw(ctx.start)}, fordi du ikke er mødt op til de sidste fire aftaler med din mentor. "
                   "Før vi træffer afgørelse, har du mulighed for at komme med bemærkninger. Svar os senest 14 dage efter modtagelsen af brevet."),
             ("p", f"Venlig hilsen\n{ctx.cw}, {ctx.unit}")]
    elif n == 12:
        t = "Personlig uddannelsesplan (Elevplan)"
        B = [("h", t, 1), ("kv", [("Elev", f"{ctx.fn} {ctx.ln}"), ("Uddannelse", ctx.edu), ("Skole", ctx.school),
                                  ("Kontaktlærer", f"{ctx.mfn} {ctx.mln}, tlf. {ctx.mtel}"), ("Forløb", "GF1 uge 33 – uge 51, GF2 uge 2 – uge 25")]),
             ("h", "Mine mål", 2), ("ul", ["Bestå førstehjælp og brandbekæmpelse", "Få 02-niveau i dansk", "Finde praktikplads inden GF2"]),
             ("h", "Særlig støtte", 2), ("p", "SPS: 1 time om ugen med læsevejleder.")]
    elif n == 13:
        t = "Afsluttende evaluering af mentorforløb"
        B = [("h", t, 1), ("kv", [("Deltager", f"{ctx.fn} {ctx.ln}"), ("Mentor", f"{ctx.mfn} {ctx.mln}, tlf. {ctx.mtel}"), ("Forløb", "01.03.2026 – 31.08.2026")]),
             ("h", "Hvordan gik det?", 2), ("p", f"{ctx.fn} har gennemført GF1 og er startet på GF2. Målet om 90 % fremmøde er nået. Forløbet afsluttes som planlagt."),
             ("h", "Anbefaling", 2), ("p", "Ingen yderligere mentorstøtte. Skolens kontaktlærer følger op.")]
    elif n == 14:
        t = "Nyhedsbrev fra Ungeindsatsen – efterår 2026"
        B = [("h", t, 1), ("p", "Nyt fra os: I år har 140 unge fået en uddannelsesmentor i overgangen til uddannelse, og frafaldet efter 3 måneder er faldet."),
             ("h", "Ny FGU-afdeling", 2), ("p", "Fra januar åbner FGU en ny afdeling med mad og sundhed."),
             ("h", "Mentorstøtte", 2), ("p", "Husk at mentorstøtte gives for højst 6 måneder ad gangen og kan forlænges efter en konkret vurdering.")]
    else:
        t = "Mødeaftale: opstartsmøde med din mentor"
        B = [("h", t, 1), ("p", f"Hej {ctx.fn}. Du er indkaldt til opstartsmøde med din mentor {ctx.mfn} på {ctx.school} den {dw(ctx.start)} kl. 9.30. "
                                "På mødet laver vi jeres aftale. Giv besked, hvis du ikke kan komme.")]
    return t, B


# ---------------------------------------------------------------- main
WORDS = ["uddannelsesmentor", "mentor", "støtteperson", "coach", "kontaktperson", "uddannelsesmentor", "mentor"]
AGR_DEFECTS = ([[]] * 12 + [["missing-goal"], ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
                            ["missing-follow-up"], ["missing-hours"], ["missing-appeal-guidance"],
                            ["duration-over-6-months"], ["unclear-goal"], ["missing-follow-up"], ["missing-hours"],
                            ["missing-appeal-guidance"], ["duration-over-6-months"], ["unclear-goal"], ["missing-tasks"]]
               + [["missing-appeal-guidance", "missing-follow-up"], ["missing-hours", "unclear-goal"],
                  ["duration-over-6-months", "missing-appeal-guidance"], ["missing-mentor", "missing-follow-up"],
                  ["missing-tasks", "missing-hours"], ["missing-duration", "missing-appeal-guidance"],
                  ["unclear-goal", "missing-follow-up"], ["duration-over-6-months", "missing-hours"],
                  ["missing-goal", "missing-appeal-guidance"]])
# (author, layout, format)
EXTRA_AGR = [([], "ungeindsats", "triparty", "docx"), ([], "provider", "triparty", "pdf"), ([], "ungeindsats", "export", "txt"),
             (["missing-tasks"], "ungeindsats", "triparty", "html"), (["missing-follow-up"], "ungeindsats", "export", "txt"),
             (["unclear-goal"], "fgu", "triparty", "odt"), (["duration-over-6-months"], "ungeindsats", "export", "txt"),
             (["missing-hours", "missing-appeal-guidance"], "provider", "triparty", "lopdf")]
AGR_FORMS = [("ungeindsats", "table", "docx"), ("fgu", "sections", "pdf"), ("provider", "table", "docx"),
             ("ungeindsats", "letter", "pdf"), ("mail", "mail", "eml"), ("ungeindsats", "numbered", "odt"),
             ("provider", "sections", "md"), ("fgu", "table", "html"), ("ungeindsats", "sections", "txt"),
             ("provider", "numbered", "lopdf"), ("ungeindsats", "table", "html"), ("fgu", "numbered", "docx"),
             ("ungeindsats", "letter", "docx"), ("provider", "table", "odt"), ("fgu", "sections", "md"),
             ("ungeindsats", "sections", "lopdf"), ("mail", "mail", "eml"), ("provider", "letter", "txt"),
             ("ungeindsats", "numbered", "pdf"), ("fgu", "letter", "html")]
DEC_SPECS = [("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]), ("grant", ["missing-appeal-guidance"]),
             ("grant", ["duration-over-6-months"]), ("grant", ["wrong-route"]), ("partial", []),
             ("partial", ["missing-appeal-guidance"]), ("refusal", []), ("refusal", ["missing-appeal-guidance"]),
             ("refusal", ["no-reasons"]), ("extension", []), ("extension", ["duration-over-6-months"]),
             ("extension", ["duration-over-6-months", "missing-appeal-guidance"]), ("end", []),
             ("end", ["missing-appeal-guidance"]), ("change", []), ("change", ["missing-appeal-guidance"]),
             ("grant", ["missing-appeal-guidance", "other-subject"]), ("grant", [])]
DEC_FORMATS = ["scan", "docx", "lopdf", "html", "pdf", "odt", "txt", "scan", "docx", "html", "lopdf", "pdf", "docx",
               "odt", "pdf", "txt", "html", "lopdf", "pdf", "eml"]
MP_DEFECTS = [[], [], [], [], [], [], ["missing-hours"], ["missing-hours"], ["missing-mentor"], ["missing-mentor"],
              ["missing-tasks"], ["missing-duration"], ["duration-over-6-months"], ["duration-over-6-months"],
              ["unclear-goal"], ["unclear-goal"], ["unclear-goal", "missing-hours"]]
MP_FORMATS = ["html", "pdf", "txt", "html", "lopdf", "docx", "txt", "html", "pdf", "md", "html", "txt", "pdf", "html",
              "docx", "txt", "lopdf"]
UNK_FORMATS = ["docx", "html", "pdf", "pdf", "docx", "txt", "pdf", "md", "html", "docx", "eml", "pdf", "html", "odt",
               "html", "eml"]

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gt")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    tmp = Path(tempfile.mkdtemp(prefix="gt_"))
    entries = []
    lo_jobs = {"pdf": [], "odt": []}  # (docx tmp path, final path)

    def emit(rel, fmt, blocks, title, entry, style_seed):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        st = random.Random(style_seed)
        if fmt == "docx":
            R.to_docx(blocks, path, style=st.choice(["plain", "boldheads", "serif"]))
        elif fmt in ("lopdf", "odt"):
            src = tmp / (path.stem + ".docx")
            R.to_docx(blocks, src, style=st.choice(["plain", "boldheads"]))
            lo_jobs["pdf" if fmt == "lopdf" else "odt"].append((src, path.with_suffix(".pdf" if fmt == "lopdf" else ".odt")))
        elif fmt == "pdf":
            R.to_pdf(blocks, path)
        elif fmt == "scan":
            src = tmp / (path.stem + "_clean.pdf")
            R.to_pdf(blocks, src)
            R.scan_pdf(src, path.with_suffix(".pdf"), tmp / ("scan_" + path.stem), rotate=st.choice([0.0, 0.4, -0.6]))
        elif fmt == "html":
            path.write_text(R.to_html(blocks, title, style=st.choice(["kommune", "portal", "plain"])), encoding="utf-8")
        elif fmt == "txt":
            enc = "cp1252" if st.random() < 0.25 else "utf-8"
            path.write_text(R.to_txt(blocks, style=st.choice(["plain", "caps", "underline", "bullets"])), encoding=enc,
                            errors="replace")
        elif fmt == "md":
            path.write_text(R.to_md(blocks), encoding="utf-8")
        elif fmt == "eml":
            body = R.to_txt(blocks)
            R.to_eml(body, path, title, "Ungeindsatsen <ungeindsats@example-kommune.dk>", "ung@example.dk",
                     datetime(2026, 9, 14, 10, 12, tzinfo=timezone.utc))
        ext = "pdf" if fmt in ("lopdf", "scan") else fmt
        if fmt == "scan":
            entry["traits"] = entry["traits"] + ["scan:ocr"]
        entry["format"] = ext
        entry["path"] = str(Path(rel).with_suffix("." + ext))
        entries.append(entry)

    def base_entry(kind, subtype, layout, rules, traits, cpr, period):
        rules = sorted(r for r in rules if r in NINE)
        e = {"kind": kind, "subtype": subtype, "layout": layout, "rules": rules, "extras": [], "error": None,
             "accept_errors": [], "must_not_contain": [], "traits": traits, "period": period}
        if cpr:
            e["must_not_contain"] = [cpr, cpr.replace("-", "")]
        return e

    idx = 0
    # agreements
    agr_specs = [(d, *AGR_FORMS[i % len(AGR_FORMS)]) for i, d in enumerate(AGR_DEFECTS)] + EXTRA_AGR
    for i, (defects, author, layout, fmt) in enumerate(agr_specs):
        idx += 1
        ctx = Ctx(rng, idx)
        if i == 6:
            author, layout, fmt = "provider", "numbered", "scan"
        if i == 21:
            fmt = "scan"
        if author == "mail" and "missing-mentor" in defects:
            author, layout, fmt = "ungeindsats", "table", "docx"
        word = WORDS[i % len(WORDS)]
        with_cpr = rng.random() < 0.33 and fmt != "eml"
        F = fields(ctx, set(defects), "provider" if author == "mail" else author, word)
        traits = [f"author:{author}", f"word:{word}"] + [f"defect:{d}" for d in defects]
        if F.get("pkind"):
            traits.append(f"period:{F['pkind']}")
        if F.get("wrong_route"):
            traits.append("appeal:wrong-route")
        if with_cpr:
            traits.append("cpr")
        period = {"start": F["start"].isoformat(), "end": F["end"].isoformat()} if F.get("start") else None
        entry = base_entry("agreement", "agreement", f"{author}-{layout}", defects, traits, ctx.cpr if with_cpr else None, period)
        if F.get("wrong_route"):
            entry["extras"] = ["appeal-wrong-route"]
        folder = {"ungeindsats": "ungeindsats/aftaler", "fgu": "fgu/mentoraftaler", "provider": "leverandoer/aftaler",
                  "mail": "mail"}[author]
        rel = f"{folder}/aftale_{idx:03d}_{ctx.fn.lower()}"
        if author == "mail":
            path = out / (rel + ".eml")
            path.parent.mkdir(parents=True, exist_ok=True)
            body = mail_agreement(ctx, F, word)
            R.to_eml(body, path, rng.choice(["Vores aftale", "Aftale om mentorforløb – det vi talte om", "Re: mentor"]),
                     f"{ctx.mfn} {ctx.mln} <{ctx.mentor_org('provider')[1]}>", f"{ctx.fn.lower()}{rng.randint(10, 99)}@gmail.com",
                     datetime(ctx.letter_date.year, ctx.letter_date.month, ctx.letter_date.day, 15, 4, tzinfo=timezone.utc))
            entry["format"] = "eml"
            entry["path"] = rel + ".eml"
            entries.append(entry)
            continue
        title, blocks = agreement_blocks(ctx, F, author, layout, word, with_cpr)
        emit(rel + "." + ("pdf" if fmt in ("lopdf", "scan") else fmt), fmt, blocks, title, entry, idx)

    # decisions
    for i, (sub, defects) in enumerate(DEC_SPECS):
        idx += 1
        ctx = Ctx(rng, idx)
        fmt = DEC_FORMATS[i]
        word = WORDS[(i + 2) % len(WORDS)]
        with_cpr = rng.random() < 0.3
        title, blocks, period = decision_blocks(ctx, sub, set(defects), with_cpr, word)
        rules = [d for d in defects if d in NINE]
        traits = [f"decision:{sub}"] + [f"defect:{d}" for d in defects] + (["cpr"] if with_cpr else [])
        entry = base_entry("decision", sub, "letter", rules, traits, ctx.cpr if with_cpr else None,
                           {"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None)
        if "wrong-route" in defects:
            entry["extras"] = ["appeal-wrong-route"]
        if "no-reasons" in defects:
            entry["extras"] = ["missing-reasons"]
        rel = f"ungeindsats/afgoerelser/afg_{idx:03d}_{sub}.{'pdf' if fmt in ('lopdf', 'scan') else fmt}"
        emit(rel, fmt, blocks, title, entry, idx)

    # Min Plan
    for i, defects in enumerate(MP_DEFECTS):
        idx += 1
        ctx = Ctx(rng, idx)
        fmt = MP_FORMATS[i]
        word = WORDS[(i + 1) % len(WORDS)]
        with_cpr = rng.random() < 0.25
        layout = "portal" if fmt == "html" and i % 2 else "print"
        title, blocks, F = minplan_blocks(ctx, set(defects), with_cpr, word, layout)
        traits = [f"word:{word}"] + [f"defect:{d}" for d in defects] + (["cpr"] if with_cpr else [])
        if F.get("pkind"):
            traits.append(f"period:{F['pkind']}")
        traits.append("other-activities:FGU,brobygning")
        period = {"start": F["start"].isoformat(), "end": F["end"].isoformat()} if F.get("start") else None
        entry = base_entry("minplan", "minplan", f"minplan-{layout}", defects, traits, ctx.cpr if with_cpr else None, period)
        rel = f"minplan/minplan_{idx:03d}_{ctx.fn.lower()}.{'pdf' if fmt in ('lopdf', 'scan') else fmt}"
        emit(rel, fmt, blocks, title, entry, idx)

    # Min Plan, other layouts
    for i, (defects, fmt, lay) in enumerate([([], "txt", "cards"), ([], "html", "cards"), (["missing-mentor"], "pdf", "cards"),
                                             (["duration-over-6-months"], "txt", "cards"), (["missing-tasks"], "docx", "cards"),
                                             ([], "docx", "uddplan"), (["missing-hours"], "pdf", "uddplan"),
                                             (["duration-over-6-months"], "odt", "uddplan")]):
        idx += 1
        ctx = Ctx(rng, idx)
        word = WORDS[(i + 3) % len(WORDS)]
        with_cpr = rng.random() < 0.3
        title, blocks, F = (minplan_cards if lay == "cards" else uddplan)(ctx, set(defects), with_cpr, word)
        traits = [f"word:{word}", f"layout:{lay}"] + [f"defect:{d}" for d in defects] + (["cpr"] if with_cpr else [])
        if F.get("pkind"):
            traits.append(f"period:{F['pkind']}")
        traits.append("other-activities:FGU,brobygning")
        period = {"start": F["start"].isoformat(), "end": F["end"].isoformat()} if F.get("start") else None
        entry = base_entry("minplan", "minplan", f"minplan-{lay}", defects, traits, ctx.cpr if with_cpr else None, period)
        rel = f"minplan/{'plan' if lay == 'uddplan' else 'minplan'}_{idx:03d}_{ctx.fn.lower()}.{fmt}"
        emit(rel, fmt, blocks, title, entry, idx)

    # unknown
    for n in range(16):
        idx += 1
        ctx = Ctx(rng, idx)
        fmt = UNK_FORMATS[n]
        with_cpr = n in (1, 3, 5, 11)
        title, blocks = unknown_doc(ctx, n, with_cpr)
        entry = base_entry("unknown", "unknown", f"lookalike-{n}", [], [f"lookalike:{n}"] + (["cpr"] if with_cpr else []),
                           ctx.cpr if with_cpr else None, None)
        rel = f"andet/dok_{idx:03d}_{n:02d}.{fmt}"
        if fmt == "eml":
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            R.to_eml(R.to_txt(blocks), path, title, f"{ctx.cw} <{ctx.cw.split()[0].lower()}@{ctx.dom}>", "ung@example.dk",
                     datetime(2026, 10, 2, 8, 30, tzinfo=timezone.utc))
            entry["format"] = "eml"
            entry["path"] = rel
            entries.append(entry)
            continue
        emit(rel, fmt, blocks, title, entry, idx)

    # LibreOffice conversions
    for fmt, jobs in lo_jobs.items():
        if not jobs:
            continue
        conv = tmp / f"conv_{fmt}"
        R.soffice_convert([s for s, _ in jobs], fmt, conv)
        for src, final in jobs:
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(conv / (src.stem + "." + fmt)), str(final))
    shutil.rmtree(tmp, ignore_errors=True)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
