#!/usr/bin/env python3
"""Corpus fd: the look-alikes in a mentor case folder, and the real papers beside them.

Deterministic. Usage:
    /work/main/.venv/bin/python make_corpus_fd.py --out /work/corpora/fd [--seed 1207]

About half the corpus is documents that sit in the same case folders as mentor agreements
and look like them (praktikaftaler, løntilskudsaftaler, status reports, final evaluations,
invoices, time sheets, referrals to a provider, partshøring letters, network-meeting minutes,
a mentor's work plan, internal notes, blank templates, guidance, private mentor schemes);
they are kind ``unknown`` with no findings. The other half is real agreements, decision
letters and Min Plan entries, about 40 % clean, the rest with one or two deliberate defects.
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
import render_fd as R  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

FIRST = [("Jonas", "han", "ham", "hans"), ("Sara", "hun", "hende", "hendes"),
         ("Mikkel", "han", "ham", "hans"), ("Amina", "hun", "hende", "hendes"),
         ("Kasper", "han", "ham", "hans"), ("Louise", "hun", "hende", "hendes"),
         ("Ahmad", "han", "ham", "hans"), ("Nanna", "hun", "hende", "hendes"),
         ("Frederik", "han", "ham", "hans"), ("Maja", "hun", "hende", "hendes"),
         ("Rasmus", "han", "ham", "hans"), ("Cecilie", "hun", "hende", "hendes"),
         ("Tobias", "han", "ham", "hans"), ("Fatima", "hun", "hende", "hendes"),
         ("Emil", "han", "ham", "hans"), ("Julie", "hun", "hende", "hendes"),
         ("Oliver", "han", "ham", "hans"), ("Ida", "hun", "hende", "hendes"),
         ("Bilal", "han", "ham", "hans"), ("Signe", "hun", "hende", "hendes")]
LAST = ["Andersen", "Kristensen", "Mortensen", "Holm", "Hussein", "Lund", "Bach", "Eriksen",
        "Vestergaard", "Nørgaard", "Skov", "Thomsen", "Dahl", "Yilmaz", "Østergaard", "Friis",
        "Bruun", "Madsen", "Kjær", "Poulsen"]
MENTORS = [("Lars Østergaard", "Jobhuset Midt ApS", "jobhusetmidt.dk"),
           ("Helle Rasmussen", "MentorKompagniet", "mentorkompagniet.dk"),
           ("Jesper Brandt", "Trin for Trin Mentor ApS", "trinfortrin.dk"),
           ("Mette Kjeldsen", "Brobyg Mentorservice I/S", "brobyg-mentor.dk"),
           ("Anders Winther", "Rambla Mentor & Coaching", "rambla.dk"),
           ("Susanne Høgh", "Kommunens Mentorteam", None),
           ("Peter Juul", "Afsæt Mentor", "afsaet.dk"),
           ("Birgitte Lykke", "Jobhuset Midt ApS", "jobhusetmidt.dk")]
KOMMUNER = ["Silkeborg", "Holbæk", "Næstved", "Vejle", "Randers", "Hjørring", "Slagelse",
            "Viborg", "Favrskov", "Svendborg"]
CASEWORKERS = ["Dorthe Bang", "Morten Steen", "Camilla Vind", "Kirsten Aagaard",
               "Thomas Kragh", "Line Hjorth"]
WORKPLACES = [("Netto, Søndergade", "butiksmedhjælper"), ("Dagrofa Lager", "lagermedarbejder"),
              ("Kildeskolen", "pedelmedhjælper"), ("Plejecenter Solgården", "serviceassistent"),
              ("Bauhaus", "lagermedhjælper"), ("Café Kornet", "køkkenmedhjælper"),
              ("Autoværkstedet Brdr. Holm", "værkstedsmedhjælper"),
              ("Genbrugspladsen Nord", "pladsmedarbejder")]
EDUCATIONS = ["grundforløb 1 på Mercantec (EUD, detail)", "SOSU-hjælperuddannelsen",
              "FGU, produktionsgrundforløb (PGU) på linjen Byg & Bolig",
              "HF-enkeltfag dansk og matematik på VUC", "grundforløb 2 som tømrer på Tech College",
              "AMU-kurset Lager og logistik (truckcertifikat B)"]


# ---------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def six_end(start, months=6):
    return add_months(start, months) - dt.timedelta(days=1)


def fw(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fnum(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def fslash(d):
    return f"{d.day}/{d.month}-{d.year}"


def fabbr(d):
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def fiso(d):
    return d.isoformat()


def rng_range(fmt, a, b):
    return {"w": f"{fw(a)} – {fw(b)}", "n": f"{fnum(a)}-{fnum(b)}",
            "s": f"{fslash(a)} til {fslash(b)}", "a": f"{fabbr(a)} – {fabbr(b)}",
            "fom": f"f.o.m. {fw(a)} t.o.m. {fw(b)}", "i": f"{fiso(a)} – {fiso(b)}",
            "fra": f"fra {fw(a)} til {fw(b)}"}[fmt]


# ---------------------------------------------------------------- people

class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        f = FIRST[i % len(FIRST)]
        self.fn, self.pron, self.obj, self.poss = f
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        m = MENTORS[rng.randrange(len(MENTORS))]
        self.mentor, self.company, dom = m
        self.mfirst = self.mentor.split()[0]
        self.kommune = rng.choice(KOMMUNER)
        self.mphone = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        mail_dom = dom or f"{self.kommune.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk"
        self.mmail = f"{self.mentor.split()[0].lower()}@{mail_dom}"
        self.cw = rng.choice(CASEWORKERS)
        self.cwphone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.kdom = mail_dom if dom is None else \
            f"{self.kommune.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk"
        self.cwmail = f"{self.cw.split()[0].lower()}.{self.cw.split()[1].lower()}@{self.kdom}"
        self.start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 4, 10]))
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-{rng.randint(20, 26)}"
        self.wp, self.job = rng.choice(WORKPLACES)
        self.edu = rng.choice(EDUCATIONS)
        self.cpr = None

    def make_cpr(self):
        if self.cpr:
            return self.cpr
        d = dt.date(self.rng.randint(1968, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28))
        serial = self.rng.randint(1000, 9999)
        sep = self.rng.choice(["-", "", "-", " "])
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{sep}{serial}"
        return self.cpr

    @property
    def sender(self):
        return f"{self.kommune} Kommune" if self.letter_date >= dt.date(2026, 2, 1) \
            else f"Jobcenter {self.kommune}"


# ---------------------------------------------------------------- shared text

def clear_goal(c: Ctx, k: int):
    d = fw(add_months(c.start, 3))
    return [
        f"{c.fn} er i virksomhedspraktik som {c.job} hos {c.wp} 15 timer om ugen senest {d}, med henblik på løntilskud.",
        f"{c.fn} starter på {c.edu} ved næste optag og møder mindst fire dage om ugen de første tre måneder.",
        f"{c.fn} fastholder sit job som {c.job} hos {c.wp} på 25 timer om ugen og har højst to fraværsdage om måneden.",
        f"{c.fn} er i løntilskud som {c.job} hos {c.wp} 20 timer om ugen fra {d}.",
        f"Hovedformål: {c.fn} gennemfører {c.edu} og har et fremmøde på mindst 85 % ved periodens udløb.",
        f"{c.fn} har inden {d} fået et fleksjob som {c.job} på 12 timer om ugen.",
    ][k % 6]


def vague_goal(c: Ctx, k: int):
    return [
        "Støtte til at få mere struktur på hverdagen og øget trivsel.",
        f"At {c.fn} kommer videre og får det bedre med sig selv.",
        f"Hjælp til at {c.fn} kommer tættere på arbejdsmarkedet.",
        f"Motivere {c.fn} og sikre at {c.pron} får et bedre selvværd.",
    ][k % 4]


TASKS = [
    ["Følge {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at åbne og svare på Digital Post"],
    ["Hjælpe {fn} med at lave en fast morgenrutine", "Tage med til første møde på uddannelsesstedet",
     "Kontakt til SPS-vejleder om studiestøtte"],
    ["Være bindeled mellem {fn} og arbejdspladsen", "Hjælpe med at planlægge vagter og transport",
     "Tage en samtale med lederen, hvis der opstår konflikter"],
    ["Støtte {fn} i at overholde aftaler med læge og jobcenter", "Øve jobsamtaler",
     "Hjælpe med at søge mindst to relevante stillinger om ugen"],
]


def tasks(c, k):
    return [t.format(fn=c.fn) for t in TASKS[k % len(TASKS)]]


def follow(c: Ctx, k: int):
    return [
        f"Statusmøde med {c.fn}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før ophør. Delmål: fremmøde fire dage om ugen efter to måneder.",
        "Mentoren sender en kort skriftlig status hver måned. Opfølgningssamtale i kommunen efter 3 måneder og igen 14 dage før aftalen udløber.",
        f"Vi følger op hver anden uge ved et møde mellem {c.fn} og mentor, og med sagsbehandler hver 3. måned. Progression måles på antal mødedage pr. uge.",
        "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
    ][k % 4]


VAGUE_FOLLOW = ["Der følges op efter behov.", "Opfølgning sker løbende.",
                "Opfølgning aftales nærmere."]

HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1-2 timer ugentligt",
         "4 timer om ugen", "1½ time pr. uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende, efter aftale"]


def appeal(c: Ctx, k: int):
    sender = c.sender
    return [
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {sender} inden fire uger, efter at du har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget. Du kan klage skriftligt eller mundtligt. Klageadgangen følger af § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen. Klagen skal være modtaget i {sender} senest 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og hvis vi ikke giver dig helt eller delvist ret, sender vi klagen til Ankestyrelsen. Ring eller skriv til {c.cw} på tlf. {c.cwphone}.",
        f"Sådan klager du: Send din klage til {sender}, att. {c.cw}, inden 4 uger fra du har modtaget afgørelsen. Kommunen skal genvurdere sagen. Hvis afgørelsen fastholdes, sender kommunen din klage og sagens akter til Ankestyrelsen inden for 4 uger.",
        f"Er du uenig, kan du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    ][k % 4]


BAD_CYCLE = [0]


def bad_appeal(c: Ctx, k: int):
    """Appeal text that does not meet FVL § 25 (no body + deadline), or none at all (None)."""
    k = BAD_CYCLE[0] % 5  # cycle through the five kinds of defective guidance
    BAD_CYCLE[0] += 1
    c.bad_variant = k
    return [
        None,
        "Du kan klage over afgørelsen.",
        "Eventuel klage sendes til Ankestyrelsen.",
        "Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordringsgodtgørelse til kommunen inden 4 uger.",
        "Du har mulighed for at klage inden fire uger.",
    ][k % 5]


def letterhead(c: Ctx, cpr=False):
    b = [("small", f"{c.sender} · Beskæftigelse · Torvet 1 · www.{c.kdom}"),
         ("small", f"Dato: {fw(c.letter_date)} · Sagsnr. {c.sagsnr}")]
    if cpr:
        b.append(("small", f"{c.name} · CPR-nr. {c.make_cpr()}"))
    else:
        b.append(("small", f"Til: {c.name}"))
    return b


# ---------------------------------------------------------------- agreements

def ag_form(c, k, defects, cpr):
    """Municipal form 'Aftale om mentorstøtte' as a label/value table."""
    end = six_end(c.start, 9 if "duration-over-6-months" in defects else 6)
    rows = [("Borger", c.name)]
    if cpr:
        rows.append(("CPR-nr.", c.make_cpr()))
    rows.append(("Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}"))
    if "missing-mentor" in defects:
        rows.append(("Mentor", f"{c.company} (mentor udpeges ved opstart)"))
    else:
        rows.append(("Mentor", f"{c.mentor}, {c.company}, tlf. {c.mphone}, {c.mmail}"))
    if "missing-goal" in defects:
        rows.append(("Målet med mentorstøtten", "Udfyldes senere"))
    elif "unclear-goal" in defects:
        rows.append(("Målet med mentorstøtten", vague_goal(c, k)))
    else:
        rows.append(("Målet med mentorstøtten", clear_goal(c, k)))
    if "missing-tasks" in defects:
        rows.append(("Mentorens opgaver", "-"))
    else:
        rows.append(("Mentorens opgaver", "; ".join(tasks(c, k))))
    if "missing-duration" in defects:
        rows.append(("Periode", "Indtil videre"))
        period = None
    else:
        rows.append(("Periode", rng_range("wnsafi"[k % 6] if "wnsafi"[k % 6] != "f" else "fom", c.start, end)))
        period = (c.start, end)
    rows.append(("Timetal", VAGUE_HOURS[k % 3] if "missing-hours" in defects else HOURS[k % 6]))
    rows.append(("Opfølgning", VAGUE_FOLLOW[k % 3] if "missing-follow-up" in defects else follow(c, k)))
    blocks = letterhead(c) + [("p", f"Aftalen er indgået efter § 167 i lov om en aktiv beskæftigelsesindsats."),
                              ("kv", rows)]
    ap = bad_appeal(c, k) if "missing-appeal-guidance" in defects else appeal(c, k)
    if ap:
        blocks += [("h", "Klagevejledning"), ("p", ap)]
    blocks += [("p", "Underskrifter: Dato / borger ____________   Dato / mentor ____________   Dato / kommunen ____________")]
    return "Aftale om mentorstøtte", blocks, "form-kv", period


def ag_numbered(c, k, defects, cpr):
    """Gribskov-style six numbered points in a plain text or md file."""
    end = six_end(c.start, 12 if "duration-over-6-months" in defects else (6 if k % 2 else 4))
    pts = []
    g = ("" if "missing-goal" in defects else
         vague_goal(c, k) if "unclear-goal" in defects else clear_goal(c, k + 1))
    if g:
        pts.append(f"1) Målet med mentorstøtten: {g}")
    if "missing-mentor" not in defects:
        pts.append(f"2) Mentorens navn og kontaktdata: {c.mentor}, {c.company}, {c.mmail}, tlf. {c.mphone}")
    else:
        pts.append(f"2) Mentorens navn og kontaktdata: {c.mentor}")
    if "missing-tasks" not in defects:
        pts.append("3) Hvilke opgaver mentoren skal bistå ved: " + ", ".join(t[0].lower() + t[1:] for t in tasks(c, k + 1)) + ".")
    if "missing-duration" in defects:
        pts.append("4) Varighed og opfølgning: Opfølgning hver måned med sagsbehandler.")
        period = None
    else:
        fu = VAGUE_FOLLOW[k % 3] if "missing-follow-up" in defects else follow(c, k + 1)
        pts.append(f"4) Varighed og opfølgning: {rng_range('fra', c.start, end)}. {fu}")
        period = (c.start, end)
    pts.append("5) Timetal: " + (VAGUE_HOURS[(k + 1) % 3] if "missing-hours" in defects else HOURS[(k + 2) % 6]))
    ap = bad_appeal(c, k + 1) if "missing-appeal-guidance" in defects else appeal(c, k + 1)
    if ap:
        pts.append(f"6) Klagevejledning: {ap}")
    blocks = [("p", f"{c.sender}, Jobindsats – {fnum(c.letter_date)}"),
              ("p", f"Borger: {c.name}" + (f", cpr {c.make_cpr()}" if cpr else "")),
              ("p", "Mentorstøtte efter LAB § 167 (tidl. § 31 b). Aftalen indeholder:")]
    blocks += [("p", p) for p in pts]
    blocks.append(("p", f"Sagsbehandler: {c.cw}, {c.cwmail}"))
    return f"Mentoraftale – {c.name}", blocks, "numbered-points", period


def ag_provider_letter(c, k, defects, cpr):
    """Provider-written agreement in the first person, headings as questions."""
    end = six_end(c.start, 6)
    if "duration-over-6-months" in defects:
        end = add_months(c.start, 7) + dt.timedelta(days=10)
    b = [("small", f"{c.company} · på vegne af {c.sender}"),
         ("p", f"Kære {c.fn}"),
         ("p", "Her er vores aftale om mentorstøtte, som vi lavede på opstartsmødet. "
               "Kommunen har bevilget forløbet, og aftalen bliver lagt i din sag.")]
    if "missing-mentor" in defects:
        b.append(("p", f"Du får en fast mentor fra {c.company}. Vi giver dig besked om navnet, når forløbet går i gang."))
    else:
        b.append(("p", f"Det er mig, {c.mentor}, der er din mentor. Du kan altid få fat i mig på {c.mphone} eller {c.mmail}."))
    if "missing-goal" not in defects:
        b += [("h", "Hvad arbejder vi hen imod?"),
              ("p", vague_goal(c, k) if "unclear-goal" in defects else clear_goal(c, k + 2))]
    if "missing-tasks" not in defects:
        b += [("h", "Hvad hjælper jeg med?"), ("ul", tasks(c, k + 2))]
    if "missing-duration" in defects:
        b += [("h", "Hvor længe og hvor meget?"),
              ("p", "Forløbet varer, så længe der er behov. " +
               ("" if "missing-hours" in defects else f"Vi ses {HOURS[k % 6]}."))]
        period = None
    else:
        hrs = "Vi ses, når det passer ind." if "missing-hours" in defects else f"Vi ses {HOURS[(k + 3) % 6]}."
        b += [("h", "Hvor længe og hvor meget?"),
              ("p", f"Forløbet løber {rng_range('fra', c.start, end)}. {hrs}")]
        period = (c.start, end)
    if "missing-follow-up" not in defects:
        b += [("h", "Hvordan følger vi op?"), ("p", follow(c, k + 2))]
    ap = bad_appeal(c, k + 2) if "missing-appeal-guidance" in defects else appeal(c, k + 2)
    if ap:
        b += [("h", "Hvis du er uenig"), ("p", ap)]
    b.append(("p", f"Venlig hilsen\n{c.mentor if 'missing-mentor' not in defects else 'Mentorteamet'}, {c.company}"))
    if cpr:
        b.insert(1, ("small", f"Vedr. {c.name}, cpr.nr. {c.make_cpr()}"))
    return f"Mentoraftale for {c.fn}", b, "provider-letter", period


def ag_minutes_carrier(c, k, defects, cpr):
    """'Referat' of the start meeting that says it is the written agreement."""
    end = six_end(c.start, 6)
    if "duration-over-6-months" in defects:
        end = six_end(c.start, 10)
    b = [("p", f"Hej {c.fn}"),
         ("p", "Tak for mødet i dag. Her får du det, vi blev enige om, skrevet ned. "
               "Det er jeres aftale om mentorstøtte, og den gælder fra i dag."),
         ("p", f"Til stede: {c.name}, {c.mentor} ({c.company}), {c.cw} (sagsbehandler).")]
    if "missing-goal" not in defects:
        b += [("h", "Mål"), ("p", vague_goal(c, k) if "unclear-goal" in defects else clear_goal(c, k + 3))]
    if "missing-mentor" not in defects:
        b += [("h", "Din mentor"), ("p", f"{c.mentor}, tlf. {c.mphone}, mail {c.mmail}")]
    if "missing-tasks" not in defects:
        b += [("h", "Det hjælper mentoren med"), ("ul", tasks(c, k + 3))]
    b += [("h", "Periode og timer")]
    per = "" if "missing-duration" in defects else f"Mentorstøtten er bevilget {rng_range('n', c.start, end)}. "
    hrs = "Timetallet aftales senere." if "missing-hours" in defects else f"Timetal: {HOURS[(k + 4) % 6]}."
    b.append(("p", per + hrs))
    period = None if "missing-duration" in defects else (c.start, end)
    if "missing-follow-up" not in defects:
        b += [("h", "Opfølgning"), ("p", follow(c, k + 3))]
    ap = bad_appeal(c, k + 3) if "missing-appeal-guidance" in defects else appeal(c, k + 3)
    if ap:
        b += [("h", "Klagevejledning"), ("p", ap)]
    b.append(("p", f"Venlig hilsen\n{c.cw}\n{c.sender}, tlf. {c.cwphone}"))
    if cpr:
        b.insert(0, ("small", f"Sag: {c.sagsnr} / CPR {c.make_cpr()}"))
    return f"Referat af opstartsmøde – mentorstøtte for {c.fn}", b, "minutes-carrier", period


def ag_with_activity(c, k, defects, cpr):
    """Agreement beside a long løntilskud/uddannelse: the activity's own period is no defect."""
    end = six_end(c.start, 6)
    if "duration-over-6-months" in defects:
        end = six_end(c.start, 8)
    act_end = add_months(c.start, 12) - dt.timedelta(days=1)
    rows = [("Borger", c.name + (f" ({c.make_cpr()})" if cpr else "")),
            ("Baggrund", f"{c.fn} er ansat i løntilskud som {c.job} hos {c.wp} i perioden {fw(c.start)} til {fw(act_end)}."),
            ]
    if "missing-goal" not in defects:
        rows.append(("Formål", vague_goal(c, k) if "unclear-goal" in defects else
                     f"{c.fn} møder stabilt i løntilskuddet (mindst 90 % fremmøde) og er efter perioden ansat på ordinære vilkår hos {c.wp}."))
    rows.append(("Mentor", f"{c.mentor} (kollega hos {c.wp})" if "missing-mentor" in defects
                 else f"{c.mentor}, tlf. {c.mphone}"))
    if "missing-tasks" not in defects:
        rows.append(("Mentorens opgaver", "Oplæring i arbejdsopgaverne, daglig tjek-ind ved mødetid, hjælp til vagtplan"))
    if "missing-duration" in defects:
        period = None
    else:
        rows.append(("Mentorperiode", rng_range("s", c.start, end)))
        period = (c.start, end)
    rows.append(("Mentortimer", "Efter behov" if "missing-hours" in defects else "5 timer pr. uge (frikøb af mentor)"))
    if "missing-follow-up" not in defects:
        rows.append(("Opfølgning", "Trepartsmøde (borger, mentor, kommune) efter 6 uger og hver 2. måned derefter"))
    b = letterhead(c) + [("kv", rows)]
    ap = bad_appeal(c, k + 4) if "missing-appeal-guidance" in defects else appeal(c, k + 4)
    if ap:
        b += [("h", "Klageadgang"), ("p", ap)]
    return "Aftale om mentorstøtte i forbindelse med løntilskud", b, "form-with-activity", period


# ---------------------------------------------------------------- decisions

def decision(c, k, variant, defects, cpr):
    months = 6
    start = c.start
    b = letterhead(c, cpr)
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af mentorstøtte",
             "end": "Ophør af mentorstøtte", "discharge": "Bevilling af udskrivningskoordinator"}[variant]
    period = None
    if variant == "grant":
        if "duration-over-6-months" in defects:
            months = 9
        end = six_end(start, months)
        period = (start, end)
        b += [("p", f"Kære {c.fn}"),
              ("p", f"Du får mentorstøtte {rng_range('w' if k % 2 else 'n', start, end)}. "
                    f"Din mentor bliver {c.mentor} fra {c.company}, og støtten er {HOURS[k % 6]}."),
              ("h", "Begrundelse"),
              ("p", f"Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik hos {c.wp}. "
                    "Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.")]
    elif variant == "partial":
        end = six_end(start, 10 if "duration-over-6-months" in defects else 6)
        period = (start, end)
        b += [("p", f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen."),
              ("p", f"Vi har besluttet at bevilge mentorstøtte i perioden {rng_range('fom', start, end)} med 3 timer om ugen."),
              ("h", "Begrundelse"),
              ("p", "Efter § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at 3 timer "
                    "om ugen er nok til at støtte dig i at komme i gang med uddannelsen, fordi du allerede har en "
                    "kontaktperson på skolen. Ved periodens udløb vurderer vi, om der er behov for en ny periode.")]
    elif variant == "refusal":
        b += [("p", f"Kære {c.fn}"),
              ("p", f"Du har den {fw(c.letter_date - dt.timedelta(days=20))} søgt om mentorstøtte. Vi har desværre givet dig afslag."),
              ("h", "Hvorfor får du afslag?"),
              ("p", "Der kan kun gives mentorstøtte, når der er et mål om beskæftigelse eller uddannelse. "
                    "Du er i dag i behandling og har ikke et job- eller uddannelsesmål, som støtten kan rettes mod. "
                    "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.")]
    elif variant == "extension":
        m = 9 if "duration-over-6-months" in defects else 6 if k % 2 else 4
        prev_start = add_months(start, -6)
        end = six_end(start, m)
        period = (start, end)
        b += [("p", f"Din mentorstøtte forlænges i en ny periode {rng_range('fra', start, end)}."),
              ("p", f"Din tidligere periode løb fra {fw(prev_start)} til {fw(start - dt.timedelta(days=1))}."),
              ("h", "Begrundelse"),
              ("p", f"Vi har efter en konkret vurdering lagt vægt på mentorens status: du har haft fremmøde tre dage "
                    f"om ugen, men har brug for støtte til overgangen til løntilskud hos {c.wp}. Jf. § 167, stk. 1, 2. pkt."),
              ("p", f"Timetallet er uændret {HOURS[(k + 1) % 6]}, og {c.mentor} fortsætter som mentor.")]
    elif variant == "end":
        b += [("p", f"Din mentorstøtte ophører den {fw(start)}."),
              ("h", "Begrundelse"),
              ("p", f"Du er startet i ordinært job hos {c.wp} på 30 timer om ugen og har ifølge din mentor ikke længere "
                    "brug for støtten. Vi har hørt dig om det, og du er enig. Afgørelsen er truffet efter § 167.")]
    elif variant == "discharge":
        end = six_end(start, 9)
        period = (start, end)
        discharge = add_months(start, 3)
        b += [("p", f"Du er indlagt på Psykiatrisk Afdeling og forventes udskrevet omkring {fw(discharge)}."),
              ("p", f"Du har ret til mentorstøtte som udskrivningskoordinator, jf. § 167, stk. 2. Støtten begynder op til "
                    f"3 måneder før udskrivelsen og løber i alt {rng_range('w', start, end)}."),
              ("p", f"Din udskrivningskoordinator er {c.mentor}, tlf. {c.mphone}. Timetallet er {HOURS[k % 6]}.")]
    ap = bad_appeal(c, k) if "missing-appeal-guidance" in defects else appeal(c, k + 1)
    if ap:
        b += [("h", "Klagevejledning"), ("p", ap)]
    b.append(("p", f"Med venlig hilsen\n{c.cw}\n{c.sender}, tlf. {c.cwphone}"))
    return title, b, f"decision-{variant}", period


# ---------------------------------------------------------------- Min Plan

def minplan(c, k, defects, layout):
    end = six_end(c.start, 12 if "duration-over-6-months" in defects else 6)
    if "duration-over-6-months" in defects and k % 2:
        end = six_end(c.start, 8)
    goal = ("" if "missing-goal" in defects else vague_goal(c, k) if "unclear-goal" in defects
            else clear_goal(c, k + 4))
    mentor = (f"{c.mentor}" if "missing-mentor" in defects else f"{c.mentor}, {c.company}, tlf. {c.mphone}")
    tk = "" if "missing-tasks" in defects else "; ".join(tasks(c, k + 1))
    per = "" if "missing-duration" in defects else rng_range("n" if layout != "card" else "i", c.start, end)
    hrs = "" if "missing-hours" in defects else HOURS[(k + 5) % 6]
    period = None if "missing-duration" in defects else (c.start, end)
    other_start = c.start - dt.timedelta(days=30)
    other_end = add_months(other_start, 14)
    if layout == "card":
        b = [("p", f"{c.name} · Min Plan · udskrevet {fnum(c.letter_date)}"),
             ("h", "Mit mål"), ("p", f"Jeg vil i gang med {c.edu}."),
             ("h", "Uddannelse (FGU), Aktiv"),
             ("kv", [("Sted", "FGU Midt, Skolevej 4"), ("Start", fnum(other_start)), ("Slut", fnum(other_end)),
                     ("Kontaktperson", f"Kontaktlærer Rikke Nyholm, tlf. 72 44 10 20")]),
             ("h", "Mentorstøtte (§ 167), Aktiv")]
        rows = []
        if goal:
            rows.append(("Formål", goal))
        rows.append(("Mentor", mentor))
        if tk:
            rows.append(("Opgaver", tk))
        if per:
            rows.append(("Periode", per))
        if hrs:
            rows.append(("Timetal", hrs))
        b.append(("kv", rows))
        return "Min Plan", b, "minplan-card", period
    # line export from the job centre's plan
    b = [("p", f"Indsats: Mentorstøtte · Borger: {c.name} · Udskrevet {fw(c.letter_date)}")]
    if goal:
        b += [("h", "Målet med mentorstøtten"), ("p", goal)]
    b += [("h", "Mentor"), ("p", mentor)]
    if tk:
        b += [("h", "Det hjælper mentoren dig med"), ("p", tk)]
    if per:
        b += [("h", "Varighed"), ("p", per)]
    if hrs:
        b += [("h", "Timetal"), ("p", hrs)]
    b.append(("p", f"Spørgsmål til planen? Kontakt din sagsbehandler {c.cw} på {c.cwmail}."))
    return f"Min Plan – Mentorstøtte", b, "minplan-lines", period


# ---------------------------------------------------------------- look-alikes (kind unknown)

def u_praktik(c, k, cpr):
    end = c.start + dt.timedelta(weeks=[13, 8, 26, 4, 13][k % 5]) - dt.timedelta(days=1)
    rows = [("Praktikant", c.name + (f", CPR {c.make_cpr()}" if cpr else "")),
            ("Virksomhed", f"{c.wp}, CVR {c.rng.randint(10000000, 99999999)}"),
            ("Kontaktperson i virksomheden", f"{c.rng.choice(['Jan Møller', 'Pia Sloth', 'Ole Brix'])}, tlf. {c.mphone}"),
            ("Periode", rng_range("wnsafi"[k % 6] if k % 6 != 4 else "w", c.start, end)),
            ("Arbejdstid", ["15 timer pr. uge, man-ons 8-13", "20 timer om ugen", "4 timer dagligt, 4 dage om ugen",
                            "10 timer ugentligt, stigende til 20", "25 timer pr. uge"][k % 5]),
            ("Mål for praktikken", f"Afklare om {c.fn} kan varetage opgaver som {c.job}; {c.pron} møder til tiden 4 ud af 5 dage."),
            ("Arbejdsopgaver", "Opfyldning, modtagelse af varer, oprydning og affaldssortering"),
            ("Opfølgning", "Samtale med virksomheden og sagsbehandler midt i perioden og ved afslutning")]
    if k % 2:
        rows.append(("Evt. mentor", "Borgeren har allerede mentorstøtte via sin mentorsag (se særskilt aftale)."))
    b = letterhead(c) + [("p", "Aftale om virksomhedspraktik efter kapitel 11 i lov om en aktiv beskæftigelsesindsats."),
                         ("kv", rows),
                         ("p", "Praktikanten modtager ikke løn, men sin hidtidige ydelse. Virksomheden må ikke bruge praktikanten til ordinære opgaver, der ellers ville blive udført af ansatte."),
                         ("p", "Underskrift virksomhed ____________   Underskrift praktikant ____________")]
    return ["Praktikaftale", "Aftale om virksomhedspraktik", "Praktikaftale – virksomhedspraktik",
            "Aftale om praktik", "Praktikkontrakt"][k % 5], b, "praktik-form"


def u_loentilskud(c, k, cpr):
    end = add_months(c.start, [12, 6, 9][k % 3]) - dt.timedelta(days=1)
    rows = [("Arbejdsgiver", f"{c.wp}"), ("Medarbejder", c.name + (f" (cpr {c.make_cpr()})" if cpr else "")),
            ("Stilling", c.job), ("Ansættelsesperiode", rng_range("fra", c.start, end)),
            ("Ugentlig arbejdstid", "30 timer"), ("Timeløn", "148,50 kr."),
            ("Tilskud pr. time", "Privat arbejdsgiver: 33,25 kr."),
            ("Mentor på arbejdspladsen", f"{c.mentor} – frikøb bevilges i særskilt afgørelse" if k % 2 else "Ingen"),
            ("Kontakt i kommunen", f"Virksomhedskonsulent {c.cw}, {c.cwmail}")]
    b = letterhead(c) + [("p", "Ansættelse med løntilskud efter lov om en aktiv beskæftigelsesindsats kapitel 12."),
                         ("kv", rows),
                         ("h", "Betingelser"),
                         ("ul", ["Ansættelsen må ikke medføre afskedigelse af andre medarbejdere.",
                                 "Der skal være et rimeligt forhold mellem antal ordinært ansatte og personer i løntilskud.",
                                 "Arbejdsgiveren anmoder om tilskud månedsvis bagud via Virk.dk."])]
    return ["Løntilskudsaftale", "Aftale om ansættelse med løntilskud", "Løntilskud – aftale og bevillingsgrundlag"][k % 3], b, "loentilskud-form"


def u_status(c, k, cpr):
    used = [14, 22, 9, 31, 18][k % 5]
    b = [("small", f"{c.company} · Statusrapport til {c.sender}"),
         ("kv", [("Borger", c.name + (f" · {c.make_cpr()}" if cpr else "")), ("Mentor", f"{c.mentor}, {c.mphone}"),
                 ("Rapportperiode", rng_range("n", c.start, c.start + dt.timedelta(days=60))),
                 ("Bevilgede timer", "3 timer pr. uge"), ("Forbrugte timer i perioden", f"{used} timer")]),
         ("h", "Status på mål"),
         ("p", [f"{c.fn} er startet i praktik hos {c.wp} og møder nu 3 af 4 dage. Delmålet om fremmøde er næsten nået.",
                f"{c.fn} har haft en svær periode med sygdom og har kun været i skole 2 dage om ugen.",
                f"Vi har arbejdet med morgenrutiner. {c.fn} kommer op og er klar kl. 8 de fleste dage.",
                f"{c.fn} har søgt 6 stillinger og været til én samtale hos {c.wp}.",
                f"Samarbejdet går godt. {c.fn} har selv ringet til jobcentret for første gang."][k % 5]),
         ("h", "Det har vi lavet"),
         ("ul", ["Ugentlige møder, primært på biblioteket", "Fulgt til lægen to gange", "Gennemgået e-Boks sammen"]),
         ("h", "Næste møde"),
         ("p", f"Næste statusmøde med sagsbehandler {c.cw} er aftalt til {fw(c.start + dt.timedelta(days=75))} kl. 10.00."),
         ("h", "Mentors vurdering"),
         ("p", "Mentor anbefaler, at forløbet fortsætter som aftalt.")]
    return ["Statusrapport – mentorforløb", "Status fra mentor", "Mentorstatus", "Statusnotat mentorforløb",
            "Midtvejsstatus"][k % 5] + f" – {c.fn}", b, "status-report"


def u_final(c, k, cpr):
    end = six_end(c.start, 6)
    b = [("small", f"{c.company}"),
         ("p", f"Afsluttende evaluering af mentorforløb for {c.name}" + (f", cpr.nr. {c.make_cpr()}" if cpr else "") + "."),
         ("kv", [("Forløbets periode", rng_range("w", c.start, end)), ("Mentor", c.mentor),
                 ("Bevilget", "78 timer i alt"), ("Anvendt", f"{[71, 64, 78][k % 3]} timer")]),
         ("h", "Blev målet nået?"),
         ("p", [f"Ja. {c.fn} er fra {fw(end)} ansat i løntilskud hos {c.wp}.",
                f"Delvist. {c.fn} er startet på {c.edu}, men fremmødet er ustabilt.",
                f"Nej. {c.fn} har ikke været i stand til at deltage pga. helbredet. Mentor anbefaler afklaring i sundhedsregi."][k % 3]),
         ("h", "Anbefaling"),
         ("p", "Mentor anbefaler, at der ikke bevilges ny periode." if k % 3 == 0 else
               "Mentor anbefaler en ny periode på op til 6 måneder med færre timer.")]
    return ["Slutevaluering", "Afsluttende rapport – mentorstøtte", "Evaluering ved afslutning af mentorforløb"][k % 3], b, "final-evaluation"


def u_invoice(c, k, cpr):
    hrs = [12, 13, 8, 17][k % 4]
    month = MONTHS[(c.start.month) % 12]
    b = [("small", f"{c.company} · CVR {c.rng.randint(10000000, 99999999)} · Bank 1234 5678901"),
         ("kv", [("Fakturanr.", f"2026-{c.rng.randint(100, 999)}"), ("Fakturadato", fnum(c.start + dt.timedelta(days=40))),
                 ("Kunde", f"{c.sender}, EAN 5798000{c.rng.randint(100000, 999999)}"),
                 ("Ordre/rekvisition", c.sagsnr), ("Vedr.", f"Mentorstøtte, borger-id {c.fn[0]}{c.ln[0]}-{c.rng.randint(100, 999)}" + (f" / {c.make_cpr()}" if cpr else ""))]),
         ("table", [["Ydelse", "Periode", "Antal timer", "Sats", "Beløb"],
                    ["Mentortimer (§ 167)", f"{month} 2026", str(hrs), "495,00", f"{hrs * 495:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")],
                    ["Kørsel", f"{month} 2026", "-", "3,81 kr./km", "285,75"]]),
         ("p", "Betalingsbetingelser: netto 30 dage. Timesedler er vedlagt.")]
    return ["Faktura", "FAKTURA", "Faktura – mentorydelser", "Faktura nr. " + str(1000 + k)][k % 4], b, "invoice"


def u_timesheet(c, k, cpr):
    rows = [["Dato", "Fra-til", "Timer", "Aktivitet", "Borgers initialer"]]
    d = c.start
    for i in range(6):
        d = d + dt.timedelta(days=c.rng.choice([2, 3, 4]))
        rows.append([fnum(d), c.rng.choice(["9.00-11.00", "13.00-14.30", "10.00-12.00", "8.30-9.30"]),
                     c.rng.choice(["2", "1,5", "2", "1"]),
                     c.rng.choice(["Følgeskab til praktik", "Samtale", "Møde på jobcenter", "Tlf.-opfølgning",
                                   "Hjælp med post"]), f"{c.fn[0]}{c.ln[0]}"])
    b = [("p", f"Mentor: {c.mentor}, {c.company}"), ("p", f"Borger: {c.name}" + (f" – {c.make_cpr()}" if cpr else "")),
         ("table", rows),
         ("p", "Tid til forberedelse og transport er ikke medregnet, jf. BAB § 123."),
         ("p", "Underskrift mentor ____________")]
    return ["Timeseddel", "Timeregistrering – mentor", "Timeopgørelse"][k % 3] + f" {MONTHS[c.start.month - 1]} 2026", b, "timesheet"


def u_referral(c, k, cpr):
    end = six_end(c.start, 6)
    rows = [("Leverandør", c.company), ("Borger", c.name + (f", CPR {c.make_cpr()}" if cpr else "")),
            ("Henvisende sagsbehandler", f"{c.cw}, tlf. {c.cwphone}"),
            ("Ønsket forløb", rng_range("w", c.start, end)), ("Timer", HOURS[k % 6]),
            ("Formål", clear_goal(c, k)),
            ("Opgaver for mentor", "; ".join(tasks(c, k))),
            ("Særlige hensyn", ["Angst i store grupper", "Ordblind – brug gerne lyd", "Ingen", "Taler bedst engelsk"][k % 4])]
    b = [("p", f"Fra {c.sender} til {c.company}"),
         ("p", "Vi henviser hermed nedenstående borger til et mentorforløb i henhold til rammeaftalen. "
               "Leverandøren bekræfter modtagelsen og kontakter borgeren inden 5 hverdage."),
         ("kv", rows),
         ("p", "Bevillingen er meddelt borgeren i særskilt brev. Faktura sendes månedsvis med timesedler.")]
    return ["Henvisning til mentorforløb", "Bestilling af mentorforløb", "Henvisning – mentorstøtte",
            "Rekvisition: mentor"][k % 4], b, "referral"


def u_hoering(c, k, cpr):
    b = letterhead(c, cpr) + [
        ("p", f"Kære {c.fn}"),
        ("p", ["Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med din mentor.",
               "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte i 12 måneder og i stedet bevilge 6 måneder.",
               "Vi overvejer at nedsætte dit timetal hos mentor fra 4 til 2 timer om ugen.",
               "Vi forventer at give dig afslag på mentorstøtte, fordi du ikke har et mål om job eller uddannelse."][k % 4]),
        ("p", "Inden vi træffer en afgørelse, har du ret til at komme med dine bemærkninger. "
              f"Send dem til {c.cw} senest den {fw(c.letter_date + dt.timedelta(days=14))}. Du kan også ringe på {c.cwphone}."),
        ("p", "Vi har lagt vægt på oplysningerne i mentorens statusrapport, som er vedlagt."),
        ("p", "Hvis vi ikke hører fra dig, træffer vi afgørelse på det foreliggende grundlag. "
              "Du får en skriftlig afgørelse med klagevejledning."),
        ("p", f"Venlig hilsen\n{c.cw}")]
    return ["Partshøring", "Partshøring – mentorstøtte", "Varsel om afgørelse (partshøring)",
            "Høring inden afgørelse om mentorstøtte"][k % 4], b, "partshoering"


def u_network(c, k, cpr):
    b = [("kv", [("Dato", fw(c.start + dt.timedelta(days=30))), ("Sted", f"{c.sender}, mødelokale 2"),
                 ("Deltagere", f"{c.name}, mor, {c.mentor} (mentor), {c.cw} (kommunen), UU-vejleder, psykolog fra PPR"),
                 ("Referent", c.cw)]),
         ("h", "1. Velkomst og formål med mødet"),
         ("p", f"Mødet skal samle op på, hvordan det går med {c.fn} i skolen, og hvem der gør hvad."),
         ("h", "2. Status fra deltagerne"),
         ("p", f"Mentor fortæller, at de ses 2 gange om ugen. Skolen oplyser 70 % fremmøde. {c.fn} siger, at det er bedre end før jul."),
         ("h", "3. Aftaler"),
         ("ul", ["Mentor og UU-vejleder holder kontakt pr. mail hver 14. dag.",
                 "Kommunen undersøger muligheden for SPS.", "Næste netværksmøde om 8 uger."]),
         ("p", "Referatet sendes til alle deltagere." + (f" Journaliseres på {c.make_cpr()}." if cpr else ""))]
    return ["Referat af netværksmøde", "Netværksmøde – referat", "Referat: tværfagligt møde"][k % 3], b, "network-minutes"


def u_workplan(c, k, cpr):
    b = [("p", f"Min arbejdsplan som mentor for {c.fn} · {c.mentor}"),
         ("table", [["Uge", "Fokus", "Hvad gør jeg", "Tjek"],
                    ["1-2", "Relation", "Hente på bopæl, kaffe, lære hinanden at kende", ""],
                    ["3-6", "Fremmøde", "Sms kl. 7.30 på praktikdage, følge med første dag", ""],
                    ["7-12", "Selvstændighed", "Trappe ned på følgeskab, ugentlig samtale", ""],
                    ["13-24", "Fastholdelse", "Samtale med leder hver måned", ""]]),
         ("p", "Husk: skriv timer ind samme dag. Forberedelse tæller ikke som mentortid."),
         ("p", "Egne noter: spørg ind til søvn og medicin. Pas på ikke at overtage opgaver fra sagsbehandler.")]
    return ["Arbejdsplan", "Mentorens arbejdsplan", "Plan for mit mentorarbejde"][k % 3], b, "mentor-workplan"


def u_note(c, k, cpr):
    b = [("kv", [("Sag", c.sagsnr), ("Notattype", "Journalnotat"), ("Oprettet af", c.cw),
                 ("Dato", fnum(c.letter_date))] + ([("Person", c.make_cpr())] if cpr else [])),
         ("p", [f"Tlf. med mentor {c.mentor}. {c.fn} har ikke svaret på sms i en uge. Mentor tager på hjemmebesøg torsdag. Afventer.",
                f"Internt: drøftet med teamleder om {c.fn} kan få ny periode. Vi afventer statusrapport før indstilling.",
                f"Modtaget ansøgning om mentorstøtte fra {c.fn}. Sendt til visitationsmøde. Der skal partshøres, hvis timetal nedsættes."][k % 3]),
         ("p", "Notatet er ikke sendt til borger.")]
    return ["Journalnotat", "Internt notat", "Notat – telefonsamtale"][k % 3], b, "internal-note"


def u_template(c, k, cpr):
    rows = [("Borger", "[Navn]"), ("CPR-nr.", "[xxxxxx-xxxx]"), ("Mentor", "[Navn, tlf., e-mail]"),
            ("Målet med mentorstøtten", "Klik eller tryk her for at skrive tekst."),
            ("Mentorens opgaver", "Klik eller tryk her for at skrive tekst."),
            ("Periode", "[dd.mm.åååå] – [dd.mm.åååå] (højst 6 måneder)"), ("Timetal", "[antal] timer pr. uge"),
            ("Opfølgning", "[hvornår og hvordan]")]
    b = [("p", "SKABELON – må ikke sendes uudfyldt. Version 3.2, " + ["Team Ungeindsats", "Jobcenterets myndighedsteam", "Mentorenheden"][k % 3]),
         ("p", "Vejledning: Udfyld alle felter. Slet de grå hjælpetekster inden afsendelse."),
         ("kv", rows),
         ("h", "Klagevejledning"),
         ("p", "[Indsæt standardtekst for klagevejledning fra fraselisten]")]
    return ["Skabelon: Aftale om mentorstøtte", "Mentoraftale (skabelon)", "Tom skabelon – mentoraftale"][k % 3], b, "blank-template"


def u_guidance(c, k, cpr):
    b = [("p", f"Intern vejledning for sagsbehandlere i {c.sender}. Senest opdateret {fw(c.letter_date)}."),
         ("h", "Hvad skal aftalen indeholde?"),
         ("ol", ["Målet med mentorstøtten – rettet mod job eller uddannelse", "Mentorens navn og kontaktdata",
                 "Hvilke opgaver mentoren skal bistå ved", "Varigheden af aftalen og opfølgning, inkl. mål for progression",
                 "Timetallet for mentorstøtten", "Klagevejledning"]),
         ("h", "Periode"),
         ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, jf. LAB § 167, stk. 1. En ny periode på op til 6 måneder kræver en konkret vurdering."),
         ("h", "Klagevejledning"),
         ("p", "Brug standardteksten: borgeren kan klage til kommunen inden fire uger; kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen."),
         ("h", "Opfølgning"),
         ("p", "Niveau 1 (0-1 time pr. uge): evaluering hver 3. måned. Niveau 2-3: hver måned. Altid 14 dage før ophør.")]
    return ["Vejledning: mentorstøtte", "Sådan skriver du en mentoraftale", "Procesbeskrivelse – mentorstøtte"][k % 3], b, "caseworker-guidance"


def u_private(c, k, cpr):
    if k % 3 == 0:
        b = [("p", "Vejle Boldklub Ungdom – mentorordning for U17-spillere"),
             ("p", f"Spiller: {c.name}. Mentor: {c.mentor} (tidligere førsteholdsspiller), tlf. {c.mphone}."),
             ("h", "Mål"), ("p", "At spilleren passer sin skole og træning og får sin 9. klasses eksamen."),
             ("h", "Mentors opgaver"), ("ul", ["Samtale efter træning hver tirsdag", "Hjælp med lektier i klubhuset"]),
             ("h", "Periode"), ("p", "Sæsonen 2026/27 (august – juni)"),
             ("p", "Ordningen er frivillig og ulønnet. Den har intet med kommunen at gøre.")]
        return "Mentoraftale – klubbens ungementorordning", b, "private-club"
    if k % 3 == 1:
        b = [("p", "Friskolen ved Skoven · Elevmentor"),
             ("p", f"Elev: {c.fn} (8.B). Mentor: lærer {c.mentor}, {c.mfirst.lower()}@friskolenvedskoven.dk."),
             ("h", "Formål"), ("p", f"{c.fn} afleverer alle danskopgaver i 8. klasse til tiden og deltager i brobygning til 10. klasse."),
             ("h", "Sådan gør vi"), ("p", "Mentor og elev mødes 30 minutter hver torsdag i 6. lektion. Forældrene orienteres hver måned."),
             ("p", "Aftalen løber skoleåret ud. Skolens mentorordning er en del af skolens egen trivselsindsats.")]
        return "Mentoraftale", b, "private-school"
    b = [("p", f"{c.wp} · HR · Onboarding"),
         ("p", f"Ny medarbejder: {c.name}. Buddy: {c.mentor}, lokal {c.rng.randint(200, 299)}."),
         ("h", "Målet med buddy-ordningen"), ("p", f"{c.fn} kan efter 3 måneder selv varetage alle opgaver som {c.job}."),
         ("h", "Buddyens opgaver"), ("ul", ["Vise rundt og introducere til kolleger", "Gennemgå sikkerhedsregler", "Frokost sammen første uge"]),
         ("h", "Tid"), ("p", "1 time om ugen de første 12 uger."),
         ("p", "Buddy-ordningen er intern og aflønnes ikke særskilt.")]
    return "Buddy-aftale (intern mentorordning)", b, "private-employer"


# ---------------------------------------------------------------- the plan

AG = {"form": ag_form, "numbered": ag_numbered, "provider": ag_provider_letter,
      "carrier": ag_minutes_carrier, "activity": ag_with_activity}
UNK = {"praktik": u_praktik, "loentilskud": u_loentilskud, "status": u_status, "final": u_final,
       "invoice": u_invoice, "timesheet": u_timesheet, "referral": u_referral, "hoering": u_hoering,
       "network": u_network, "workplan": u_workplan, "note": u_note, "template": u_template,
       "guidance": u_guidance, "private": u_private}

O6, HRS, FU, UG, AP = ("duration-over-6-months", "missing-hours", "missing-follow-up", "unclear-goal",
                       "missing-appeal-guidance")
MEN, TSK, GO, DUR = "missing-mentor", "missing-tasks", "missing-goal", "missing-duration"

AGREEMENTS = [  # (family, format, defects)
    ("form", "docx", []), ("form", "docx", [HRS]), ("form", "odt", [UG]), ("form", "pdf", []),
    ("form", "odt", [O6]), ("form", "docx", [MEN, HRS]), ("form", "pdf", [AP]),
    ("numbered", "txt", []), ("numbered", "md", [FU]), ("numbered", "txt", [GO]),
    ("numbered", "md", [UG, AP]), ("numbered", "rtf", [O6, FU]),
    ("provider", "pdf", []), ("provider", "html", [MEN]), ("provider", "pdf", [HRS, FU]),
    ("provider", "html", []), ("provider", "docx", [O6]),
    ("carrier", "eml", []), ("carrier", "eml", [TSK]), ("carrier", "html", []), ("form", "pdf", []), ("carrier", "docx", [AP]), ("carrier", "txt", [UG]),
    ("activity", "docx", []), ("activity", "html", [DUR]), ("activity", "pdf", []),
    ("activity", "odt", [TSK, DUR]), ("activity", "docx", [FU]),
]
DECISIONS = [
    ("grant", "pdf", []), ("grant", "docx", [O6]), ("grant", "eml", [AP]),
    ("partial", "pdf", []), ("partial", "docx", [AP]),
    ("refusal", "pdf", []), ("refusal", "html", [AP]), ("refusal", "odt", []),
    ("extension", "docx", []), ("extension", "pdf", [O6]), ("extension", "txt", [AP]),
    ("end", "pdf", [AP]), ("end", "rtf", []),
    ("discharge", "docx", []),
]
MINPLANS = [
    ("card", "html", []), ("card", "html", [HRS]), ("card", "html", [MEN]), ("card", "pdf", []),
    ("card", "html", [O6]), ("lines", "txt", []), ("lines", "pdf", [UG]), ("lines", "txt", [TSK]),
    ("lines", "md", [DUR]), ("lines", "txt", [GO]), ("lines", "pdf", []),
]
UNKNOWNS = [
    ("praktik", "docx"), ("praktik", "pdf"), ("praktik", "odt"), ("praktik", "html"), ("praktik", "docx"),
    ("loentilskud", "pdf"), ("loentilskud", "docx"), ("loentilskud", "odt"),
    ("status", "docx"), ("status", "pdf"), ("status", "eml"), ("status", "txt"), ("status", "docx"),
    ("final", "pdf"), ("final", "docx"), ("final", "md"),
    ("invoice", "pdf"), ("invoice", "pdf"), ("invoice", "html"),
    ("timesheet", "pdf"), ("timesheet", "docx"), ("timesheet", "txt"),
    ("referral", "docx"), ("referral", "eml"), ("referral", "pdf"), ("referral", "odt"),
    ("hoering", "pdf"), ("hoering", "docx"), ("hoering", "eml"), ("hoering", "rtf"),
    ("network", "docx"), ("network", "txt"), ("network", "odt"),
    ("workplan", "docx"), ("workplan", "md"),
    ("note", "txt"), ("note", "rtf"), ("note", "html"),
    ("template", "docx"), ("template", "odt"), ("template", "rtf"),
    ("guidance", "html"), ("guidance", "pdf"), ("guidance", "md"),
    ("private", "docx"), ("private", "pdf"), ("private", "txt"),
]

SLUG = {"Aftale": "aftale", "Mentoraftale": "mentoraftale"}


def slugify(s):
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        t = t.replace(a, b)
    out = "".join(ch if ch.isalnum() else "-" for ch in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:50]


def build(out: Path, seed: int):
    rng = random.Random(seed)
    BAD_CYCLE[0] = 0
    specs = ([("agreement",) + a for a in AGREEMENTS] + [("decision",) + d for d in DECISIONS]
             + [("minplan",) + m for m in MINPLANS] + [("unknown", u, f, []) for u, f in UNKNOWNS])
    rng.shuffle(specs)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries, i, case_no, ctx, left = [], 0, 0, None, 0
    counters = {}
    for kind, fam, fmt, defects in specs:
        if left == 0:
            case_no += 1
            ctx = Ctx(rng, case_no)
            left = rng.randint(2, 5)
        left -= 1
        c = ctx
        k = counters[fam] = counters.get(fam, -1) + 1
        cpr = rng.random() < 0.33
        c.bad_variant = None
        if kind == "agreement":
            title, blocks, layout, period = AG[fam](c, k, set(defects), cpr)
            subtype = "agreement"
        elif kind == "decision":
            title, blocks, layout, period = decision(c, k, fam, set(defects), cpr)
            subtype = {"grant": "grant", "partial": "partial-grant", "refusal": "refusal",
                       "extension": "extension", "end": "end", "discharge": "grant"}[fam]
        elif kind == "minplan":
            title, blocks, layout, period = minplan(c, k, set(defects), fam)
            subtype = "minplan"
        else:
            title, blocks, layout = UNK[fam](c, k, cpr)
            period, subtype = None, fam
        text = R.to_text(title, blocks)
        cprs = []
        if c.cpr and c.cpr in text:
            cprs = [c.cpr]
        folder = f"{slugify(c.kommune)}/sag-{case_no:03d}-{slugify(c.ln)}"
        rel = f"{folder}/{i:03d}-{slugify(title)}.{fmt}"
        i += 1
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        kw = {}
        if fmt == "eml":
            frm = (f"{c.mentor} <{c.mmail}>" if layout in ("status-report",) else
                   f"{c.cw} <{c.cwmail}>")
            to = (f"{c.company} <kontakt@{c.mmail.split('@')[1]}>" if layout == "referral"
                  else f"{c.cw} <{c.cwmail}>" if layout == "status-report" else f"{c.name} <borger@example.dk>")
            kw = {"sender": frm, "to": to,
                  "date": dt.datetime.combine(c.letter_date, dt.time(10, 15), tzinfo=dt.timezone.utc)}
        if fmt == "txt" and k % 3 == 1:
            kw["style"] = "underline"
        if fmt == "txt" and k % 4 == 2:
            kw["encoding"] = "cp1252"
        R.write(fmt, path, title, blocks, **kw)
        traits = [f"family:{fam}", f"layout:{layout}"] + [f"defect:{d}" for d in sorted(defects)]
        if c.bad_variant is not None:
            traits.append(["appeal:absent", "appeal:no-body-no-deadline", "appeal:body-only-ankestyrelsen",
                           "appeal:other-subject", "appeal:deadline-only"][c.bad_variant])
        if cprs:
            traits.append("cpr")
        if kw.get("encoding") == "cp1252":
            traits.append("cp1252")
        if layout in ("form-with-activity", "minplan-card"):
            traits.append("trap:other-activity-long-period")
        if fam in ("loentilskud",):
            traits.append("trap:long-period-not-mentor")
        if fam == "discharge":
            traits.append("trap:discharge-9-months")
        if fam == "partial":
            traits.append("trap:asked-12-months")
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(defects),
             "extras": ["appeal-wrong-route"] if c.bad_variant == 2 else [], "error": None, "accept_errors": [],
             "must_not_contain": cprs, "traits": traits}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/fd"))
    ap.add_argument("--seed", type=int, default=1207)
    a = ap.parse_args(argv)
    entries = build(a.out, a.seed)
    from collections import Counter
    print(len(entries), "documents", dict(Counter(e["kind"] for e in entries)))


if __name__ == "__main__":
    main()
