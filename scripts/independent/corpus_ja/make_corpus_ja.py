#!/usr/bin/env python3
"""Corpus JA: mentor support for the target groups and situations LAB § 167 treats specially.

Udskrivningskoordinator around a psychiatric admission (stk. 2), the right to a mentor when
starting an education (stk. 3), the ret-og-pligt mentor, extensions after a concrete assessment,
periods that end early, support paused and resumed, with ordinary cases beside them, plus
look-alikes (discharge notes, network meeting minutes, the region's notice, a school's own
mentor scheme, invoices, hearings).

Written by an independent helper from domain.md and the rule docs only.

    /work/main/.venv/bin/python make_corpus_ja.py --out /work/corpora/ja [--seed 20]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def d(y, m, dd):
    return date(y, m, dd)


def fmt(x: date, style: str) -> str:
    if style == "long":
        return f"{x.day}. {MONTHS[x.month - 1]} {x.year}"
    if style == "den":
        return f"den {x.day}. {MONTHS[x.month - 1]} {x.year}"
    if style == "abbr":
        return f"{x.day}. {MON_ABBR[x.month - 1]} {x.year}"
    if style == "dots":
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    if style == "slash":
        return f"{x.day}/{x.month}-{x.year}"
    if style == "iso":
        return x.isoformat()
    if style == "short":
        return f"{x.day}.{x.month}.{str(x.year)[2:]}"
    raise ValueError(style)


# ----------------------------------------------------------------------------- people and places
KOMMUNER = [
    ("Silkeborg Kommune", "Jobcenter Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Holbæk Kommune", "Holbæk Kommune, Job og Uddannelse", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Esbjerg Kommune", "Jobcenter Esbjerg", "Exnersgade 36, 6700 Esbjerg", "76 16 16 16"),
    ("Randers Kommune", "Randers Kommune, Beskæftigelse", "Laksetorvet 1, 8900 Randers", "89 15 15 15"),
    ("Næstved Kommune", "Jobcenter Næstved", "Ringstedgade 47, 4700 Næstved", "55 88 30 00"),
    ("Viborg Kommune", "Viborg Kommune, Borgerservice og Beskæftigelse", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
]
MENTORS = [
    ("Lone Kirkegaard", "Mentorhuset Midt", "29 41 77 30", "lk@mentorhuset-midt.dk"),
    ("Jesper Dalgaard", "Kommunens mentorkorps", "51 22 08 64", "jesda@kommune-mentor.dk"),
    ("Fatima El-Sayed", "Brobyggerne ApS", "42 60 13 95", "fatima@brobyggerne.dk"),
    ("Morten Aagaard", "Psykiatriteamet, Job og Sundhed", "60 18 44 21", "moraa@jobogsundhed.dk"),
    ("Signe Holt Ravn", "Ung i Uddannelse", "31 75 92 06", "shr@unguddannelse.dk"),
    ("Bo Winther", "Socialpsykiatrisk Center Vest", "24 83 30 57", "bowi@spcvest.dk"),
    ("Annemette Lund", "STEP Mentor", "40 11 62 88", "al@stepmentor.dk"),
    ("Kasper Nørgaard", "Kommunens Ungeenhed", "93 50 27 14", "kanoe@ungeenheden.dk"),
]
CITIZENS = ["Mathias Kjær", "Sofie Brandt", "Ali Hassan", "Camilla Dahl", "Nikolaj Friis",
            "Emma Thygesen", "Yusuf Demir", "Louise Skov", "Rasmus Bech", "Nadia Petersen",
            "Frederik Holm", "Ida Mølgaard", "Jonas Lykke", "Amalie Winther", "Tobias Riis",
            "Sara Qasem", "Oliver Hjort", "Mette Juul"]
CASEWORKERS = [("Karen Vestergaard", "karve@kommune.dk"), ("Henrik Bonde", "hebo@kommune.dk"),
               ("Pernille Aakjær", "peaa@kommune.dk"), ("Tina Laursen", "tila@kommune.dk")]
HOSPITALS = ["Psykiatrisk Center Amager, afsnit 3", "Regionspsykiatrien Vest, afsnit P2",
             "Aarhus Universitetshospital Psykiatrien, afsnit 5", "Psykiatrisk Afdeling Esbjerg, afsnit E1",
             "Psykiatrien Region Sjælland, Slagelse, afsnit S4"]
SCHOOLS = [("SOSU-skolen", "social- og sundhedshjælperuddannelsen"),
           ("Mercantec", "grundforløb 2 på smedeuddannelsen"),
           ("VUC", "HF-enkeltfag i dansk og matematik"),
           ("EUC Syd", "grundforløb 1 på el-uddannelsen"),
           ("Professionshøjskolen UCN", "pædagoguddannelsen, 1. semester"),
           ("Tradium", "grundforløbet til ernæringsassistent")]
WORKPLACES = ["Netto i Bymidten", "Plantorama", "kantinen på Rådhuset", "Dagrofa Lager",
              "Genbrugspladsen Nord", "Bauhaus", "Fakta Øst", "plejecenter Solgården"]


def cpr(rng):
    day = rng.randint(1, 28)
    mon = rng.randint(1, 12)
    yr = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 6)
    return f"{day:02d}{mon:02d}{yr:02d}-{rng.randint(1000, 9999)}"


# ----------------------------------------------------------------------------- appeal texts
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger efter, at du har "
    "modtaget denne afgørelse. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer sagen "
    "inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen "
    "(Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {afsender} inden fire uger fra den dag, "
    "du har fået brevet. Vi ser på sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og "
    "sagens papirer til Ankestyrelsen, som tager stilling.",
    "Er du uenig, skal du klage til os, {afsender}, senest 4 uger efter at du har modtaget "
    "afgørelsen. Ring på {tlf} eller skriv via Digital Post. Vi genvurderer afgørelsen, og hvis vi "
    "ikke giver dig ret, videresender vi klagen til Ankestyrelsen.",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig i afgørelsen, kan du kontakte din sagsbehandler.",
    "Klageadgang: Afgørelsen kan påklages efter de almindelige regler.",
]
APPEAL_DIRECT = ("Du kan klage direkte til Ankestyrelsen inden 4 uger. Klagen sendes til "
                 "Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via ast.dk.")


class Doc:
    def __init__(self, path, fmt_, kind, title, blocks, rules=(), extras=(), traits=(), layout="",
                 period=None, cprs=(), subtype=None, letterhead=None, eml=None):
        self.path, self.fmt, self.kind, self.title, self.blocks = path, fmt_, kind, title, blocks
        self.rules = sorted(set(rules))
        self.extras = sorted(set(extras))
        self.traits = list(traits)
        self.layout = layout
        self.period = period
        self.cprs = list(cprs)
        self.subtype = subtype or kind
        self.letterhead = letterhead
        self.eml = eml
        self.scan = False


# ----------------------------------------------------------------------------- agreement builder
LABELS = {
    "goal": ["Mål med mentorstøtten", "Formål", "Målet med forløbet", "Hovedformål", "Mål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktoplysninger, mentor"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Støtten består i", "Det skal mentoren hjælpe med"],
    "period": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"],
    "followup": ["Opfølgning", "Evaluering og opfølgning", "Statusmøder"],
    "hours": ["Timetal", "Antal timer", "Mentortimer", "Omfang"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du"],
}
ORDER = ["goal", "mentor", "tasks", "period", "hours", "followup"]


def mentor_line(m, with_contact=True):
    name, org, tlf, mail = m
    if not with_contact:
        return f"{name}, {org}"
    return f"{name}, {org}, tlf. {tlf}, {mail}"


def build_agreement(rng, layout, intro, fields, appeal, extra_after=None, sign=None):
    """fields: dict field -> text or None (omitted). appeal: text or None."""
    blocks = []
    blocks += [("p", x) for x in intro]
    lab = {k: rng.choice(v) for k, v in LABELS.items()}
    if layout == "table":
        rows = [[lab[k], fields[k]] for k in ORDER if fields.get(k) is not None]
        blocks.append(("t", rows))
    elif layout == "headings":
        for k in ORDER:
            if fields.get(k) is not None:
                blocks.append(("h", lab[k]))
                blocks.append(("p", fields[k]))
    elif layout == "numbered":
        n = 1
        for k in ORDER:
            if fields.get(k) is not None:
                blocks.append(("p", f"{n}) {lab[k]}: {fields[k]}"))
                n += 1
    elif layout == "labels":
        for k in ORDER:
            if fields.get(k) is not None:
                blocks.append(("p", f"{lab[k]}: {fields[k]}"))
    if extra_after:
        blocks += extra_after
    if appeal is not None:
        blocks.append(("h", lab["appeal"]))
        blocks.append(("p", appeal))
    if sign:
        blocks.append(("sig", sign))
    return blocks


# ----------------------------------------------------------------------------- the corpus
def make_docs(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    ci = iter(rng.sample(CITIZENS * 6, len(CITIZENS) * 6))

    def citizen():
        return next(ci)

    def muni():
        return rng.choice(KOMMUNER)

    def mentor():
        return rng.choice(MENTORS)

    def cw():
        return rng.choice(CASEWORKERS)

    def appeal_full(k):
        return rng.choice(APPEAL_FULL).format(afsender=k[0], tlf=k[3])

    def sign_block(k, c, m):
        w = cw()
        return (f"Underskrifter\nBorger: {c}\nMentor: {m[0]}\n"
                f"Sagsbehandler: {w[0]}, {k[1]}, {w[1]}")

    # ======================================================================= AGREEMENTS
    # --- A1 udskrivningskoordinator: spec = (fmt, layout, start, discharge, end, defects)
    udsk = [
        ("docx", "table", d(2026, 2, 2), d(2026, 5, 1), d(2026, 11, 1), [], "period:discharge-nine-months"),
        ("pdf", "headings", d(2026, 3, 16), d(2026, 4, 14), d(2026, 10, 13), [], "period:after-discharge-six"),
        ("odt", "labels", d(2026, 1, 1), d(2026, 3, 20), d(2026, 12, 31), ["duration-over-6-months"], "period:discharge-twelve"),
        ("txt", "numbered", d(2026, 4, 7), d(2026, 6, 1), d(2026, 12, 6), ["missing-follow-up"], "period:discharge-eight"),
        ("docx", "headings", d(2026, 5, 4), d(2026, 7, 1), d(2027, 1, 3), ["missing-appeal-guidance"], "period:discharge-eight"),
        ("html", "table", d(2026, 8, 10), d(2026, 9, 15), d(2027, 3, 14), ["missing-mentor"], "period:after-discharge-six"),
        ("rtf", "labels", d(2026, 2, 9), d(2026, 4, 30), d(2026, 11, 8), [], "period:discharge-nine-months"),
    ]
    for i, (f, layout, st, dis, en, defects, ptrait) in enumerate(udsk):
        k, m, c = muni(), rng.choice([MENTORS[3], MENTORS[5], MENTORS[0]]), citizen()
        hosp = rng.choice(HOSPITALS)
        ds = rng.choice(["long", "dots", "abbr"])
        wp = rng.choice(WORKPLACES)
        goal = rng.choice([
            f"{c} er efter udskrivelsen i virksomhedspraktik i {wp} 8-10 timer om ugen senest {fmt(dis + timedelta(days=60), 'long')}, med henblik på et job med løntilskud.",
            f"{c} genoptager sit job som lagermedarbejder i {wp}, først 15 timer om ugen fra {fmt(dis + timedelta(days=45), 'long')} og fuld tid inden periodens udløb.",
            f"At {c} efter udskrivning møder stabilt på {rng.choice(SCHOOLS)[1]} (mindst 4 dage om ugen) fra næste optag.",
        ])
        tasks = rng.choice([
            f"Besøge {c.split()[0]} på afsnittet før udskrivelsen og planlægge de første uger; koordinere med distriktspsykiatrien, egen læge og sagsbehandler; følge med til det første møde på arbejdspladsen eller skolen; samtale hver uge om søvn, medicin og fremmøde.",
            "Deltage i udskrivningskonferencen; hjælpe med bolig, post og økonomi de første måneder efter udskrivning; være bindeled til arbejdsgiveren; støtte ved opstart på arbejdspladsen.",
        ])
        period = rng.choice([
            f"{fmt(st, ds)} – {fmt(en, ds)} (forventet udskrivning {fmt(dis, ds)})",
            f"Fra {fmt(st, ds)} til {fmt(en, ds)}. Udskrivning forventes {fmt(dis, ds)}.",
        ])
        hours = rng.choice(["3 timer pr. uge før udskrivning, derefter 2 timer pr. uge",
                            "4 timer om ugen", "2 t/uge"])
        follow = rng.choice(["Statusmøde med borger, mentor og sagsbehandler hver måned; evaluering 14 dage før periodens udløb. Delmål: fremmøde mindst 3 dage om ugen efter to måneder.",
                             "Opfølgningssamtale ca. hver 4. uge og en midtvejsevaluering; progression måles på antal fremmødedage pr. uge."])
        mtext = mentor_line(m)
        if "missing-mentor" in defects:
            mtext = f"{m[0]} ({m[1]})"
        if "missing-follow-up" in defects:
            follow = "Der følges op efter behov."
        appeal = appeal_full(k)
        if "missing-appeal-guidance" in defects:
            appeal = None
        fields = dict(goal=goal, mentor=mtext, tasks=tasks, period=period, hours=hours, followup=follow)
        intro = [f"Aftalen er indgået mellem {c} og {k[1]} om mentorstøtte som udskrivningskoordinator, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 2.",
                 f"{c} er indlagt på {hosp}. Du har ret til mentorstøtte i op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt."]
        cprs = []
        if i in (0, 4):
            cp = cpr(rng)
            intro.insert(0, f"Borger: {c}, cpr.nr. {cp}")
            cprs.append(cp)
        blocks = build_agreement(rng, layout, intro, fields, appeal, sign=sign_block(k, c, m))
        docs.append(Doc(f"udskrivning/aftale-udskrivningskoordinator-{i+1:02d}.{f}", f, "agreement",
                        rng.choice(["Aftale om udskrivningskoordinator", "Mentoraftale – udskrivningskoordinator (LAB § 167, stk. 2)", "Aftale om mentorstøtte ved udskrivning fra psykiatrisk indlæggelse"]),
                        blocks, rules=defects, traits=["target:udskrivning", ptrait] + (["cpr"] if cprs else []),
                        layout=f"agreement-{layout}", period={"start": st.isoformat(), "end": en.isoformat()},
                        cprs=cprs, letterhead=k[1]))

    # --- A2 education mentor (stk. 3)
    edu = [
        ("docx", "table", d(2026, 8, 10), d(2027, 2, 9), [], "period:exact-six"),
        ("pdf", "labels", d(2026, 8, 10), d(2027, 6, 25), ["duration-over-6-months"], "period:whole-school-year"),
        ("html", "headings", d(2026, 1, 5), d(2026, 7, 4), ["unclear-goal"], "period:exact-six"),
        ("md", "table", d(2026, 2, 1), d(2026, 7, 31), ["missing-hours"], "period:feb-jul"),
        ("odt", "numbered", d(2026, 8, 17), d(2027, 2, 16), ["missing-tasks", "missing-follow-up"], "period:exact-six"),
        ("eml", "labels", d(2026, 9, 1), d(2027, 2, 28), [], "period:exact-six"),
    ]
    for i, (f, layout, st, en, defects, ptrait) in enumerate(edu):
        k, m, c = muni(), rng.choice([MENTORS[4], MENTORS[7], MENTORS[2]]), citizen()
        school, uddn = rng.choice(SCHOOLS)
        ds = rng.choice(["long", "dots", "slash", "den"])
        goal = rng.choice([
            f"{c} gennemfører {uddn} på {school} og har højst 10 % fravær ved {fmt(en, 'long')}.",
            f"{c} består første skoleperiode på {uddn} ({school}) og møder til undervisning mindst 4 ud af 5 dage om ugen.",
        ])
        if "unclear-goal" in defects:
            goal = rng.choice(["Støtte til at få en god start og øget trivsel.",
                               f"Sikre at {c.split()[0]} får det bedre og kommer videre."])
        tasks = rng.choice([
            "Hjælpe med skema, lektieplan og SU-ansøgning; kontakt til kontaktlærer og studievejleder; samtale hver uge om fravær og transport. Støtten går ud over det, skolen selv tilbyder (elevcoach og SPS).",
            "Følge med de første dage på skolen; øve bus- og togtider; hjælpe med at bruge Lectio/Elevplan; ugentlig samtale om fremmøde.",
        ])
        if "missing-tasks" in defects:
            tasks = None
        period = rng.choice([f"Fra optagelsen {fmt(st, ds)} til {fmt(en, ds)}",
                             f"{fmt(st, ds)} - {fmt(en, ds)}"])
        if ptrait == "period:whole-school-year":
            period = f"Hele første skoleår: {fmt(st, ds)} – {fmt(en, ds)}"
        hours = rng.choice(["2 timer pr. uge", "3 timer ugentligt de første 6 uger, derefter 1,5 time pr. uge", "8 timer om måneden"])
        if "missing-hours" in defects:
            hours = "Efter behov – aftales løbende mellem mentor og elev"
        follow = rng.choice(["Opfølgning hver 14. dag (møde eller telefon) og statusmøde med skolen efter 3 måneder. Evaluering 14 dage før ophør.",
                             "Statusmøde med studievejleder og sagsbehandler hver måned; delmål: fravær under 10 % ved første karakterudskrivning."])
        if "missing-follow-up" in defects:
            follow = None
        fields = dict(goal=goal, mentor=mentor_line(m), tasks=tasks, period=period, hours=hours, followup=follow)
        intro = [f"Du er optaget på {uddn} på {school} og har ret til mentorstøtte i op til 6 måneder fra optagelsen, jf. LAB § 167, stk. 3. Mentorstøtten kan forlænges efter en konkret vurdering."]
        appeal = appeal_full(k)
        cprs = []
        if i in (0, 3):
            cp = cpr(rng)
            intro.insert(0, f"Elev: {c}   CPR: {cp}")
            cprs.append(cp)
        if f == "eml":
            body = render.to_text("", build_agreement(rng, layout, intro, fields, appeal))
            w = cw()
            body = f"Kære {c.split()[0]}\n\nSom aftalt på mødet i dag sender jeg her jeres mentoraftale.\n\n" + body + f"\nVenlig hilsen\n{w[0]}\nUngeindsatsen, {k[0]}\n{w[1]}\n"
            docs.append(Doc(f"uddannelse/mail-mentoraftale-uddannelsesstart-{i+1:02d}.eml", f, "agreement",
                            "Din mentoraftale – uddannelsesstart", [], rules=defects,
                            traits=["target:uddannelse", ptrait, "eml-body"], layout="agreement-mail",
                            period={"start": st.isoformat(), "end": en.isoformat()},
                            eml=dict(body=body, sender=f"{w[0]} <{w[1]}>", to=f"{c} <borger@example.dk>", date=st - timedelta(days=5))))
            continue
        blocks = build_agreement(rng, layout, intro, fields, appeal, sign=sign_block(k, c, m))
        docs.append(Doc(f"uddannelse/aftale-uddannelsesmentor-{i+1:02d}.{f}", f, "agreement",
                        rng.choice(["Aftale om mentorstøtte ved uddannelsesstart", "Mentoraftale – uddannelse", "Aftale om uddannelsesmentor"]),
                        blocks, rules=defects, traits=["target:uddannelse", ptrait] + (["cpr"] if cprs else []), layout=f"agreement-{layout}",
                        period={"start": st.isoformat(), "end": en.isoformat()}, cprs=cprs, letterhead=k[1]))

    # --- A3 ret-og-pligt mentor
    rop = [
        ("docx", "headings", d(2026, 3, 1), d(2026, 8, 31), [], "period:exact-six"),
        ("pdf", "table", d(2026, 4, 15), None, ["missing-duration"], "period:open-end"),
        ("txt", "labels", d(2026, 6, 1), d(2026, 11, 30), ["missing-tasks"], "period:exact-six"),
        ("rtf", "table", d(2026, 9, 1), d(2027, 2, 28), ["missing-hours", "unclear-goal"], "period:exact-six"),
        ("html", "numbered", d(2026, 1, 15), d(2026, 7, 15), ["duration-over-6-months"], "period:one-day-over"),
    ]
    for i, (f, layout, st, en, defects, ptrait) in enumerate(rop):
        k, m, c = muni(), rng.choice([MENTORS[1], MENTORS[6], MENTORS[0]]), citizen()
        ds = rng.choice(["long", "dots", "abbr", "iso"])
        ydelse = rng.choice(["kontanthjælp (aktivitetsparat)", "uddannelseshjælp (aktivitetsparat)"])
        wp = rng.choice(WORKPLACES)
        goal = rng.choice([
            f"{c} kan deltage i et tilbud efter kapitel 10-12 – konkret virksomhedspraktik i {wp} 6 timer om ugen – senest {fmt(st + timedelta(days=120), 'long')}.",
            f"{c} starter i et FGU-forløb (basisuddannelse) og møder mindst 3 dage om ugen inden periodens udløb.",
        ])
        if "unclear-goal" in defects:
            goal = "Struktur på hverdagen og øget selvværd."
        tasks = "Kontakt mindst hver anden uge ved møde eller telefon; hjælpe med at åbne post og holde aftaler med kommunen; følge til læge og misbrugsbehandling; forberede opstart i tilbud."
        if "missing-tasks" in defects:
            tasks = None
        if en:
            period = f"{fmt(st, ds)} til {fmt(en, ds)}"
        else:
            period = f"Fra {fmt(st, ds)} og indtil {c.split()[0]} kan deltage i et tilbud"
        hours = rng.choice(["2 timer hver anden uge", "1 time pr. uge", "4 timer om måneden"])
        if "missing-hours" in defects:
            hours = "et par timer om ugen"
        follow = rng.choice(["Samtale med sagsbehandler hver 3. måned, jf. kontaktforløbet; mentor sender kort status hver måned. Evaluering 14 dage før ophør.",
                             "Statusmøde hver 6. uge med borger, mentor og sagsbehandler. Progression: antal overholdte aftaler pr. måned."])
        fields = dict(goal=goal, mentor=mentor_line(m), tasks=tasks, period=period, hours=hours, followup=follow)
        intro = [f"{c} modtager {ydelse} og kan af personlige årsager ikke deltage i tilbud efter kapitel 10-12. Derfor gives ret- og pligttilbud i form af mentorstøtte efter LAB § 167 (tidligere § 93/§ 96 c). Der er kontakt mindst hver anden uge."]
        cprs = []
        if i in (1, 3):
            cp = cpr(rng)
            intro.insert(0, f"CPR-nr.: {cp}")
            cprs.append(cp)
        blocks = build_agreement(rng, layout, intro, fields, appeal_full(k), sign=sign_block(k, c, m))
        docs.append(Doc(f"ret-og-pligt/aftale-pligtmentor-{i+1:02d}.{f}", f, "agreement",
                        rng.choice(["Aftale om mentorstøtte (ret og pligt)", "Mentoraftale – ret- og pligttilbud", "Aftale om pligtmentor"]),
                        blocks, rules=defects, traits=["target:ret-og-pligt", ptrait] + (["cpr"] if cprs else []),
                        layout=f"agreement-{layout}",
                        period={"start": st.isoformat(), "end": en.isoformat()} if en else None,
                        cprs=cprs, letterhead=k[1]))

    # --- A4 extension after concrete assessment
    ext = [
        ("docx", "table", (d(2026, 3, 1), d(2026, 8, 31)), (d(2026, 9, 1), d(2027, 2, 28)), [], "extension:six"),
        ("pdf", "headings", (d(2025, 11, 1), d(2026, 4, 30)), (d(2026, 5, 1), d(2027, 1, 31)), ["duration-over-6-months"], "extension:nine"),
        ("odt", "labels", (d(2026, 1, 12), d(2026, 7, 11)), (d(2026, 7, 12), d(2026, 10, 11)), [], "extension:three"),
        ("md", "headings", (d(2025, 9, 1), d(2026, 2, 28)), (d(2026, 3, 1), d(2026, 8, 31)), ["missing-mentor"], "extension:six"),
    ]
    for i, (f, layout, prev, new, defects, ptrait) in enumerate(ext):
        k, m, c = muni(), mentor(), citizen()
        ds = rng.choice(["long", "dots", "abbr"])
        wp = rng.choice(WORKPLACES)
        goal = f"{c} går fra virksomhedspraktik til ansættelse med løntilskud i {wp}, 20 timer om ugen, senest {fmt(new[0] + timedelta(days=90), 'long')}."
        mtext = mentor_line(m) if "missing-mentor" not in defects else "Mentor fra Mentorhuset (navn oplyses senere)"
        fields = dict(goal=goal, mentor=mtext,
                      tasks="Fortsat støtte på arbejdspladsen: ugentlig samtale med borger og nærmeste leder; hjælp til at bruge vagtplan; forberede løntilskudsansættelse.",
                      period=f"Forlængelse {fmt(new[0], ds)} – {fmt(new[1], ds)}",
                      hours=rng.choice(["2 timer pr. uge", "1,5 time om ugen"]),
                      followup="Midtvejsevaluering efter 3 måneder og statusmøde med virksomheden hver måned; evaluering 14 dage før ophør.")
        intro = [f"Tidligere periode: {fmt(prev[0], ds)} – {fmt(prev[1], ds)}.",
                 f"Efter en konkret vurdering forlænges mentorstøtten i en ny periode, jf. LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på, at {c.split()[0]} er kommet godt i gang i praktikken, men fortsat har brug for støtte for at fastholde fremmødet."]
        if i == 0:
            intro.append(f"{c} har samlet haft mentor i 12 måneder, når forlængelsen udløber.")
        cprs = []
        if i == 1:
            cp = cpr(rng)
            intro.insert(0, f"Borger: {c} (cpr {cp})")
            cprs.append(cp)
        sign = sign_block(k, c, m)
        if "missing-mentor" in defects:
            sign = "\n".join(x for x in sign.split("\n") if not x.startswith("Mentor:"))
        blocks = build_agreement(rng, layout, intro, fields, appeal_full(k), sign=sign)
        docs.append(Doc(f"forlaengelse/aftale-forlaengelse-{i+1:02d}.{f}", f, "agreement",
                        rng.choice(["Aftale om forlængelse af mentorstøtte", "Forlænget mentoraftale"]),
                        blocks, rules=defects, traits=["situation:extension", ptrait] + (["cpr"] if cprs else []), layout=f"agreement-{layout}",
                        period={"start": new[0].isoformat(), "end": new[1].isoformat()}, cprs=cprs, letterhead=k[1]))

    # --- A5 paused and resumed
    pause = [
        ("docx", "labels", d(2026, 3, 1), d(2026, 8, 31), (d(2026, 4, 13), d(2026, 5, 10)), False, [], "pause:same-end"),
        ("pdf", "table", d(2026, 3, 1), d(2026, 9, 30), (d(2026, 5, 4), d(2026, 5, 31)), True, ["duration-over-6-months"], "pause:end-pushed"),
        ("txt", "headings", d(2026, 6, 15), d(2026, 12, 14), (d(2026, 9, 1), d(2026, 9, 27)), False, ["missing-hours"], "pause:same-end"),
    ]
    for i, (f, layout, st, en, (p0, p1), pushed, defects, ptrait) in enumerate(pause):
        k, m, c = muni(), mentor(), citizen()
        ds = rng.choice(["long", "dots"])
        reason = rng.choice(["genindlæggelse", "sygemelding", "fødsel og barsel"])
        if pushed:
            period = f"{fmt(st, ds)} – {fmt(en, ds)} (perioden er forlænget med pausen i maj)"
        else:
            period = f"{fmt(st, ds)} – {fmt(en, ds)}, som oprindeligt bevilget"
        fields = dict(goal=f"{c} er i praktik i {rng.choice(WORKPLACES)} 12 timer om ugen og har en plan for ordinære timer ved periodens udløb.",
                      mentor=mentor_line(m),
                      tasks="Genstart efter pausen: møde med arbejdspladsen; ugentlig samtale om fremmøde; hjælp til transport.",
                      period=period,
                      hours="2 timer pr. uge" if "missing-hours" not in defects else None,
                      followup="Statusmøde hver måned og evaluering 14 dage før periodens udløb.")
        extra = [("h", "Pause i forløbet"),
                 ("p", f"Mentorstøtten var sat i bero fra {fmt(p0, ds)} til {fmt(p1, ds)} på grund af {reason}. Støtten genoptages {fmt(p1 + timedelta(days=1), ds)}.")]
        blocks = build_agreement(rng, layout, [f"Opdateret aftale efter pause i mentorstøtten for {c}."], fields,
                                 appeal_full(k), extra_after=extra, sign=sign_block(k, c, m))
        docs.append(Doc(f"pause/aftale-genoptaget-{i+1:02d}.{f}", f, "agreement",
                        "Aftale om mentorstøtte – genoptagelse efter pause", blocks, rules=defects,
                        traits=["situation:pause", ptrait], layout=f"agreement-{layout}",
                        period={"start": st.isoformat(), "end": en.isoformat()}, letterhead=k[1]))

    # --- A6 ordinary contrast cases (counting)
    ordn = [
        ("docx", "table", "1. februar 2026 – 31. juli 2026", (d(2026, 2, 1), d(2026, 7, 31)), [], "period:feb-jul"),
        ("pdf", "labels", "31.08.2026 - 28.02.2027", (d(2026, 8, 31), d(2027, 2, 28)), [], "period:month-end"),
        ("html", "headings", "1. marts 2026 – 1. september 2026", (d(2026, 3, 1), d(2026, 9, 1)), ["duration-over-6-months"], "period:one-day-over"),
        ("txt", "table", "26 uger fra 4. maj 2026", (d(2026, 5, 4), d(2026, 11, 1)), [], "period:26-weeks"),
        ("rtf", "headings", "fra 1. april 2026 og 8 måneder frem", (d(2026, 4, 1), d(2026, 11, 30)), ["duration-over-6-months"], "period:start-plus-length"),
        ("odt", "table", "uge 10-35 2026", (d(2026, 3, 2), d(2026, 8, 30)), ["missing-goal"], "period:weeks"),
        ("md", "labels", "1/9-2026 til 28/2-2027", (d(2026, 9, 1), d(2027, 2, 28)), ["missing-appeal-guidance"], "period:exact-six"),
    ]
    for i, (f, layout, ptxt, (st, en), defects, ptrait) in enumerate(ordn):
        k, m, c = muni(), mentor(), citizen()
        wp = rng.choice(WORKPLACES)
        goal = rng.choice([
            f"{c} er ansat i fleksjob som butiksmedarbejder i {wp} 12 timer om ugen ved periodens udløb.",
            f"{c} gennemfører virksomhedspraktik i {wp} 15 timer om ugen med højst to fraværsdage pr. måned og afklarer, om praktikken kan blive til løntilskud.",
        ])
        fields = dict(goal=goal if "missing-goal" not in defects else None, mentor=mentor_line(m),
                      tasks="Introduktion på arbejdspladsen; være kontaktperson for kollegaer og leder; samtale efter hver arbejdsdag de første to uger, derefter ugentligt.",
                      period=ptxt, hours=rng.choice(["3 timer pr. uge", "2 timer ugentligt", "5 timer om ugen de første 4 uger, derefter 2"]),
                      followup="Opfølgning hver måned på møde med sagsbehandler; evaluering 14 dage før støtten ophører.")
        appeal = None if "missing-appeal-guidance" in defects else appeal_full(k)
        if appeal is None:
            appeal_blocks = [("p", "Spørgsmål til aftalen rettes til din sagsbehandler.")]
        else:
            appeal_blocks = []
        intro = [f"Aftale om tilbudsmentor til {c} i forbindelse med virksomhedspraktik, jf. LAB § 167."]
        cprs = []
        if i in (0, 2, 4):
            cp = cpr(rng)
            intro.insert(0, f"Navn: {c}\nCPR-nummer: {cp}")
            cprs.append(cp)
        blocks = build_agreement(rng, layout, intro, fields, appeal, extra_after=appeal_blocks, sign=sign_block(k, c, m))
        docs.append(Doc(f"almindelig/aftale-tilbudsmentor-{i+1:02d}.{f}", f, "agreement",
                        rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentor"]),
                        blocks, rules=defects, traits=["target:ordinary", ptrait] + (["cpr"] if cprs else []), layout=f"agreement-{layout}",
                        period={"start": st.isoformat(), "end": en.isoformat()}, cprs=cprs, letterhead=k[1]))

    # ======================================================================= DECISIONS
    def letter(k, c, subject, body, appeal, cprs=(), reasons=None):
        w = cw()
        blocks = [("p", f"{k[1]}\n{k[2]}\nTlf. {k[3]}"),
                  ("p", f"{c}\n" + (f"CPR-nr. {cprs[0]}\n" if cprs else "") + "Sendt via Digital Post"),
                  ("p", f"Dato: {fmt(body['date'], 'long')}   Sagsnr.: 15.20.00-G01-{rng.randint(100, 999)}-26"),
                  ("p", f"Kære {c.split()[0]}")]
        blocks += [("p", x) for x in body["text"]]
        if reasons:
            blocks.append(("h", rng.choice(["Begrundelse", "Sådan har vi vurderet din sag", "Derfor har vi truffet denne afgørelse"])))
            blocks += [("p", x) for x in reasons]
        if appeal:
            blocks.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Du kan klage"])))
            blocks.append(("p", appeal))
        blocks.append(("sig", f"Med venlig hilsen\n{w[0]}\nJobkonsulent\n{w[1]}"))
        return blocks

    decs = [
        # (fmt, sub, subject, text-builder, reasons, appeal-mode, defects, extras, traits, period)
        ("docx", "grant-udskrivning", "Afgørelse: Du får en udskrivningskoordinator",
         lambda c, m: [f"Vi har fået besked fra {HOSPITALS[1]} om, at du forventes udskrevet {fmt(d(2026, 4, 30), 'long')}. Du har sagt ja til en udskrivningskoordinator.",
                       f"Du får bevilget mentorstøtte efter LAB § 167, stk. 2, fra {fmt(d(2026, 2, 1), 'long')} til {fmt(d(2026, 10, 31), 'long')}, 3 timer om ugen. Din koordinator er {mentor_line(m)}."],
         None, "full", [], [], ["target:udskrivning", "period:discharge-nine-months"], (d(2026, 2, 1), d(2026, 10, 31))),
        ("pdf", "grant-udskrivning", "Bevilling af mentorstøtte ved udskrivning",
         lambda c, m: ["Du får bevilget en udskrivningskoordinator efter lov om en aktiv beskæftigelsesindsats § 167, stk. 2.",
                       f"Periode: {fmt(d(2026, 1, 1), 'dots')} – {fmt(d(2026, 12, 31), 'dots')}. Timetal: 2 timer pr. uge. Mentor: {mentor_line(m)}."],
         None, "full", ["duration-over-6-months"], [], ["target:udskrivning", "period:discharge-twelve"], (d(2026, 1, 1), d(2026, 12, 31))),
        ("html", "partial-uddannelse", "Afgørelse om mentorstøtte – delvis bevilling",
         lambda c, m: [f"Du søgte om mentorstøtte i 10 måneder, så du kunne have en mentor hele første skoleår på {SCHOOLS[1][0]}.",
                       f"Du får mentorstøtte efter LAB § 167, stk. 3, fra optagelsen {fmt(d(2026, 8, 10), 'long')} til {fmt(d(2027, 2, 9), 'long')}, 2 timer om ugen."],
         ["Du har ret til mentorstøtte i op til 6 måneder fra optagelsen på uddannelsen, jf. LAB § 167, stk. 3. Vi kan ikke bevilge hele skoleåret på én gang. Inden perioden udløber, vurderer vi konkret, om du skal have en ny periode."],
         "full", [], [], ["target:uddannelse", "period:exact-six", "trap:asked-longer"], (d(2026, 8, 10), d(2027, 2, 9))),
        ("docx", "refusal-uddannelse", "Afslag på mentorstøtte",
         lambda c, m: [f"Du har søgt om mentor under din uddannelse på {SCHOOLS[2][0]}. Du får afslag."],
         ["Vi har lagt vægt på, at skolen tilbyder specialpædagogisk støtte (SPS) og en fast elevcoach, som dækker dit behov. Mentorstøtte efter LAB § 167 gives kun til støtte, der går ud over, hvad uddannelsesstedet normalt tilbyder."],
         "weak", ["missing-appeal-guidance"], [], ["target:uddannelse", "appeal:weak"], None),
        ("odt", "grant-pligtmentor", "Afgørelse om mentorstøtte som ret- og pligttilbud",
         lambda c, m: ["Du modtager kontanthjælp og er vurderet aktivitetsparat. Vi giver dig mentorstøtte som ret- og pligttilbud.",
                       f"Bevilget periode: {fmt(d(2026, 3, 1), 'long')} til {fmt(d(2027, 2, 28), 'long')}. Du har kontakt med din mentor mindst hver anden uge."],
         None, "full", ["duration-over-6-months"], [], ["target:ret-og-pligt", "period:twelve"], (d(2026, 3, 1), d(2027, 2, 28))),
        ("pdf", "extension", "Forlængelse af din mentorstøtte",
         lambda c, m: [f"Din nuværende periode med mentorstøtte udløber {fmt(d(2026, 8, 31), 'long')}.",
                       f"Vi har foretaget en konkret vurdering og forlænger mentorstøtten i en ny periode fra {fmt(d(2026, 9, 1), 'long')} til {fmt(d(2027, 2, 28), 'long')}, 2 timer om ugen."],
         None, "full", [], [], ["situation:extension", "extension:six"], (d(2026, 9, 1), d(2027, 2, 28))),
        ("rtf", "extension-refusal", "Afslag på forlængelse af mentorstøtte",
         lambda c, m: [f"Din mentorstøtte udløber {fmt(d(2026, 6, 30), 'long')}. Du har bedt om, at den forlænges. Det får du afslag på."],
         ["Vi har lagt vægt på, at du nu arbejder 25 timer om ugen i dit job, at din leder oplyser, at det går godt, og at mentorens opgaver er løst. Efter LAB § 167, stk. 1, kan der efter en konkret vurdering gives en ny periode, men vi vurderer, at du ikke længere har behov."],
         "full", [], [], ["situation:extension", "decision:refusal"], None),
        ("docx", "end-early", "Mentorstøtten ophører",
         lambda c, m: [f"Du blev bevilget mentorstøtte fra {fmt(d(2026, 2, 1), 'long')} til {fmt(d(2026, 7, 31), 'long')}.",
                       f"Mentorstøtten ophører allerede {fmt(d(2026, 5, 15), 'long')}, fordi du er startet i ordinært job."],
         ["Formålet med mentorstøtten – at du kom i job – er nået. Vi har lagt vægt på din ansættelseskontrakt fra 1. maj 2026. Der er derfor ikke grundlag for mentorstøtte efter LAB § 167 efter denne dato."],
         "full", [], [], ["situation:end-early", "period:feb-jul"], None),
        ("txt", "end-early", "Ophør af mentorstøtte",
         lambda c, m: [f"Din mentorstøtte stopper {fmt(d(2026, 10, 1), 'dots')}, da du ikke er mødt op til aftalerne med din mentor siden august, og du er flyttet til en anden kommune."],
         ["Vi har lagt vægt på, at du ikke har haft kontakt med mentoren i 6 uger, og at du fra 1. oktober hører under din nye kommune."],
         "none", ["missing-appeal-guidance"], [], ["situation:end-early", "appeal:none"], None),
        ("html", "pause", "Mentorstøtten sættes i bero",
         lambda c, m: [f"Du er blevet indlagt igen. Din mentorstøtte sættes derfor i bero fra {fmt(d(2026, 4, 13), 'long')}.",
                       f"Når du bliver udskrevet, genoptager vi støtten. Den løber herefter frem til {fmt(d(2026, 8, 31), 'long')} som bevilget fra {fmt(d(2026, 3, 1), 'long')}. Din mentor {m[0]} besøger dig på afsnittet."],
         ["Vi har vurderet, at du ikke kan bruge mentorstøtten under indlæggelsen. Der er tale om en midlertidig pause og ikke et ophør."],
         "full", [], [], ["situation:pause", "pause:same-end"], (d(2026, 3, 1), d(2026, 8, 31))),
        ("eml", "grant-udskrivning", "Afgørelse om udskrivningskoordinator",
         lambda c, m: ["Region Midtjylland har underrettet os om din forestående udskrivning, og du har ønsket en udskrivningskoordinator.",
                       f"Du får mentorstøtte efter § 167, stk. 2, fra {fmt(d(2026, 5, 1), 'slash')} til {fmt(d(2027, 1, 31), 'slash')}: 3 måneder før og 6 måneder efter udskrivelsen. Din koordinator er {mentor_line(m)}."],
         None, "full", [], [], ["target:udskrivning", "period:discharge-nine-months", "eml-body"], (d(2026, 5, 1), d(2027, 1, 31))),
        ("pdf", "grant-ordinary", "Bevilling af mentorstøtte",
         lambda c, m: [f"Du får mentorstøtte i forbindelse med din virksomhedspraktik i {WORKPLACES[3]}.",
                       f"Periode: {fmt(d(2026, 1, 15), 'long')} – {fmt(d(2026, 7, 14), 'long')}. Timetal: 3 timer pr. uge."],
         None, "direct", [], ["appeal-wrong-route"], ["target:ordinary", "period:mid-month-exact", "appeal:direct"], (d(2026, 1, 15), d(2026, 7, 14))),
        ("docx", "grant-ordinary", "Afgørelse om mentorstøtte",
         lambda c, m: [f"Du får mentorstøtte fra {fmt(d(2026, 10, 1), 'dots')} til {fmt(d(2027, 3, 31), 'dots')}, 2 timer om ugen, mens du er i løntilskud."],
         None, "weak", ["missing-appeal-guidance"], [], ["target:ordinary", "period:exact-six", "appeal:weak"], (d(2026, 10, 1), d(2027, 3, 31))),
        ("md", "partial-pligtmentor", "Afgørelse: mentorstøtte med færre timer",
         lambda c, m: ["Du har søgt om mentor 5 timer om ugen. Du får bevilget mentorstøtte som ret- og pligttilbud 2 timer om ugen.",
                       f"Perioden er {fmt(d(2026, 6, 1), 'long')} til {fmt(d(2026, 11, 30), 'long')}."],
         ["Vi har lagt vægt på, at du samtidig deltager i et misbrugsbehandlingsforløb, og at kontakt hver anden uge med mentoren er tilstrækkelig til at du kan starte i tilbud. Afgørelsen er truffet efter LAB § 167."],
         "full", [], [], ["target:ret-og-pligt", "decision:partial", "period:exact-six"], (d(2026, 6, 1), d(2026, 11, 30))),
        ("odt", "extension-long", "Ny periode med mentorstøtte",
         lambda c, m: [f"Du har haft mentorstøtte fra {fmt(d(2025, 10, 1), 'long')} til {fmt(d(2026, 3, 31), 'long')}.",
                       f"Efter en konkret vurdering får du en ny periode fra {fmt(d(2026, 4, 1), 'long')} til {fmt(d(2027, 3, 31), 'long')}, 2 timer om ugen."],
         ["Vi har lagt vægt på, at du er i gang med et længere uddannelsesforløb."],
         "full", ["duration-over-6-months"], [], ["situation:extension", "extension:twelve"], (d(2026, 4, 1), d(2027, 3, 31))),
        ("docx", "refusal-udskrivning", "Afslag på udskrivningskoordinator",
         lambda c, m: ["Du har bedt om en udskrivningskoordinator i forbindelse med dit ambulante forløb i distriktspsykiatrien. Du får afslag."],
         ["Retten til en udskrivningskoordinator efter LAB § 167, stk. 2, gælder kun personer, der udskrives efter indlæggelse for en psykisk lidelse. Ambulant behandling og dagbehandling er ikke omfattet. Vi har lagt vægt på, at du ikke har været indlagt. Du kan i stedet søge almindelig mentorstøtte efter stk. 1."],
         "full", [], [], ["target:udskrivning", "decision:refusal"], None),
    ]
    for i, (f, sub, subject, textf, reasons, amode, defects, extras, traits, per) in enumerate(decs):
        k, m, c = muni(), mentor(), citizen()
        text = textf(c, m)
        appeal = {"full": appeal_full(k), "weak": rng.choice(APPEAL_WEAK), "none": None, "direct": APPEAL_DIRECT}[amode]
        cprs = [cpr(rng)] if i in (0, 4, 8, 12) else []
        nodate = {"refusal-uddannelse": d(2026, 8, 20), "extension-refusal": d(2026, 6, 12),
                  "end-early": d(2026, 5, 6) if i == 7 else d(2026, 9, 17), "refusal-udskrivning": d(2026, 3, 3)}
        ddate = (per[0] - timedelta(days=10)) if per else nodate[sub]
        blocks = letter(k, c, subject, {"date": ddate, "text": text}, appeal, cprs=cprs, reasons=reasons)
        path = f"afgoerelser/{sub}-{i+1:02d}.{f}"
        eml = None
        if f == "eml":
            body = render.to_text(subject, blocks)
            eml = dict(body=body, sender=f"{k[1]} <noreply@kommune.dk>", to=f"{c} <borger@example.dk>", date=ddate)
        docs.append(Doc(path, f, "decision", subject, blocks, rules=defects, extras=extras,
                        traits=traits + (["cpr"] if cprs else []), layout="letter",
                        period={"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None,
                        cprs=cprs, subtype=sub, letterhead=k[1], eml=eml))

    # ======================================================================= MIN PLAN
    mp = [
        # fmt, variant, (start, end), defects, traits
        ("html", "udskrivning", (d(2026, 2, 1), d(2026, 10, 31)), [], ["period:discharge-nine-months"]),
        ("txt", "udskrivning", (d(2026, 6, 1), d(2027, 5, 31)), ["duration-over-6-months"], ["period:discharge-twelve"]),
        ("html", "uddannelse", (d(2026, 8, 10), d(2027, 2, 9)), [], ["period:exact-six", "trap:fgu-long"]),
        ("pdf", "uddannelse", (d(2026, 8, 17), d(2027, 2, 16)), ["missing-hours"], ["period:exact-six"]),
        ("txt", "pligt", (d(2026, 3, 1), d(2026, 8, 31)), [], ["period:exact-six"]),
        ("docx", "pligt", (d(2026, 4, 1), d(2026, 9, 30)), ["unclear-goal"], ["period:exact-six"]),
        ("html", "forlaengelse", (d(2026, 9, 1), d(2027, 2, 28)), [], ["extension:six"]),
        ("md", "forlaengelse", (d(2026, 9, 1), d(2027, 2, 28)), ["missing-mentor"], ["extension:six"]),
        ("txt", "pause", (d(2026, 3, 1), d(2026, 8, 31)), [], ["pause:same-end"]),
        ("pdf", "almindelig", (d(2026, 2, 1), d(2026, 7, 31)), ["missing-tasks"], ["period:feb-jul"]),
        ("html", "almindelig", (d(2026, 5, 1), d(2026, 12, 31)), ["duration-over-6-months"], ["period:eight"]),
        ("odt", "almindelig", None, ["missing-duration"], ["period:none"]),
        ("rtf", "uddannelse", (d(2026, 1, 5), d(2026, 7, 4)), [], ["period:exact-six"]),
        ("docx", "udskrivning", (d(2026, 9, 14), d(2027, 3, 13)), ["missing-goal"], ["period:after-discharge-six"]),
    ]
    for i, (f, var, per, defects, traits) in enumerate(mp):
        k, m, c = muni(), mentor(), citizen()
        ds = rng.choice(["dots", "long", "iso"])
        school, uddn = rng.choice(SCHOOLS)
        wp = rng.choice(WORKPLACES)
        goal = {
            "udskrivning": f"Efter udskrivning fra psykiatrisk afsnit er {c.split()[0]} i gang med virksomhedspraktik i {wp} 10 timer om ugen.",
            "uddannelse": f"{c.split()[0]} gennemfører {uddn} på {school} med højst 10 % fravær.",
            "pligt": f"{c.split()[0]} kan starte i virksomhedspraktik i {wp} 6 timer om ugen inden {fmt(d(2026, 9, 1), 'long')}.",
            "forlaengelse": f"{c.split()[0]} overgår fra praktik til løntilskud i {wp} 20 timer om ugen.",
            "pause": f"{c.split()[0]} genoptager sin praktik i {wp} 12 timer om ugen efter sygemeldingen.",
            "almindelig": f"{c.split()[0]} får et fleksjob i {wp} på 10 timer om ugen.",
        }[var]
        if "unclear-goal" in defects:
            goal = "Arbejde på at få mere ro i hverdagen og motivere til at komme videre."
        mtype = {"udskrivning": "Udskrivningskoordinator (§ 167, stk. 2)", "uddannelse": "Mentor ved uddannelsesstart (§ 167, stk. 3)",
                 "pligt": "Mentor – ret- og pligttilbud", "forlaengelse": "Mentor – forlængelse", "pause": "Mentor (genoptaget)",
                 "almindelig": "Mentorstøtte (§ 167)"}[var]
        rows = [["Aktivitet", mtype],
                ["Formål", goal] if "missing-goal" not in defects else ["Formål", "-"],
                ["Mentor", mentor_line(m) if "missing-mentor" not in defects else m[0]],
                ["Mentorens opgaver", rng.choice(["Samtale hver uge om fremmøde; hjælp til transport og post; kontakt til arbejdsplads eller skole.",
                                                  "Følge med til opstart; være bindeled til sagsbehandler og behandlere; øve morgenrutiner."])]
                if "missing-tasks" not in defects else ["Mentorens opgaver", ""],
                ["Periode", f"{fmt(per[0], ds)} - {fmt(per[1], ds)}" if per else "Ikke fastsat"],
                ["Timer pr. uge", rng.choice(["2", "3 timer", "1,5 time"]) if "missing-hours" not in defects else "Efter behov"],
                ["Status", rng.choice(["Igangværende", "Planlagt"])]]
        if "missing-mentor" in defects:
            traits = traits + ["mentor:name-only"]
        blocks = [("p", f"Borger: {c}"), ("p", f"Udskrevet fra Min Plan {fmt(d(2026, 11, 20), 'dots')}")]
        cprs = []
        if i in (1, 5, 9):
            cp = cpr(rng)
            blocks[0] = ("p", f"Borger: {c} ({cp})")
            cprs.append(cp)
        if var == "pause":
            rows.insert(5, ["Bemærkning", f"Sat i bero {fmt(d(2026, 4, 13), ds)} - {fmt(d(2026, 5, 10), ds)} pga. indlæggelse; genoptaget {fmt(d(2026, 5, 11), ds)}. Slutdato uændret."])
        blocks.append(("h", "Mentorstøtte"))
        blocks.append(("t", rows))
        if "trap:fgu-long" in traits:
            blocks.append(("h", "Andre aktiviteter"))
            blocks.append(("t", [["Aktivitet", f"Uddannelse: {uddn} på {school} (hele uddannelsen)"],
                                 ["Periode", f"{fmt(d(2026, 8, 10), ds)} - {fmt(d(2028, 6, 30), ds)}"],
                                 ["Status", "Igangværende"]]))
        if var == "udskrivning" and f == "txt":
            blocks.append(("p", f"Indlagt på {HOSPITALS[0]}; forventet udskrivning {fmt(d(2026, 8, 31), ds)}."))
        docs.append(Doc(f"minplan/minplan-{var}-{i+1:02d}.{f}", f, "minplan", "Min Plan – Mentorstøtte", blocks,
                        rules=defects, traits=["minplan:" + var] + traits + (["cpr"] if cprs else []),
                        layout="minplan-print", period={"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None,
                        cprs=cprs))

    # ======================================================================= EXTRA CASES
    # udskrivningskoordinator given as a length ("9 måneder"), clean
    k, m, c = KOMMUNER[3], MENTORS[3], citizen()
    fields = dict(goal=f"{c} vender efter udskrivelsen tilbage til sit job som pædagogmedhjælper i børnehaven Solsikken, først 12 timer om ugen og 25 timer om ugen senest 1. december 2026.",
                  mentor=mentor_line(m),
                  tasks="Besøg på afsnittet før udskrivelsen; deltage i udskrivningskonferencen; koordinere med arbejdsgiver om delvis raskmelding; samtale hver uge om søvn og fremmøde.",
                  period="9 måneder fra 1. marts 2026: 3 måneder før og 6 måneder efter den forventede udskrivning 1. juni 2026",
                  hours="3 timer pr. uge", followup="Statusmøde hver måned og evaluering 14 dage før ophør; delmål: 18 timer om ugen 1. oktober 2026.")
    blocks = build_agreement(rng, "headings", [f"Udskrivningskoordinator efter LAB § 167, stk. 2, for {c}, indlagt på {HOSPITALS[4]}."],
                             fields, appeal_full(k), sign=sign_block(k, c, m))
    docs.append(Doc("udskrivning/aftale-udskrivningskoordinator-laengde.docx", "docx", "agreement",
                    "Aftale om udskrivningskoordinator", blocks, traits=["target:udskrivning", "period:discharge-length-nine"],
                    layout="agreement-headings", period={"start": "2026-03-01", "end": "2026-11-30"}, letterhead=k[1]))
    # the same, scanned (image-only PDF), with a missing-hours defect
    k, m, c = KOMMUNER[0], MENTORS[5], citizen()
    fields = dict(goal=f"{c} starter i virksomhedspraktik på Genbrugspladsen Nord 8 timer om ugen senest to måneder efter udskrivelsen.",
                  mentor=mentor_line(m),
                  tasks="Kontakt under indlæggelsen; hjælp med bolig og økonomi efter udskrivelsen; følge til første praktikdag.",
                  period="1. april 2026 – 31. december 2026 (forventet udskrivning 30. juni 2026)",
                  hours=None, followup="Statusmøde hver måned med sagsbehandler; evaluering 14 dage før ophør.")
    blocks = build_agreement(rng, "labels", [f"Aftale mellem {c} og {k[1]} om udskrivningskoordinator, LAB § 167, stk. 2."],
                             fields, appeal_full(k), sign=sign_block(k, c, m))
    docs.append(Doc("udskrivning/scannet-aftale-udskrivningskoordinator.pdf", "pdf", "agreement",
                    "Aftale om udskrivningskoordinator", blocks, rules=["missing-hours"],
                    traits=["target:udskrivning", "scan", "period:discharge-nine-months"],
                    layout="scan-agreement", period={"start": "2026-04-01", "end": "2026-12-31"}, letterhead=k[1]))
    docs[-1].scan = True
    # extension of an udskrivningskoordinator under the general rule (decision), clean
    k, m, c = KOMMUNER[4], MENTORS[5], citizen()
    text = [f"Du har haft en udskrivningskoordinator fra {fmt(d(2026, 2, 1), 'long')} til {fmt(d(2026, 10, 31), 'long')}.",
            f"Efter en konkret vurdering forlænger vi mentorstøtten efter den almindelige regel i LAB § 167, stk. 1, i perioden {fmt(d(2026, 11, 1), 'long')} – {fmt(d(2027, 4, 30), 'long')}, 2 timer om ugen. {m[0]} fortsætter som din mentor."]
    blocks = letter(k, c, "", {"date": d(2026, 10, 15), "text": text}, appeal_full(k))
    docs.append(Doc("afgoerelser/extension-udskrivning-17.pdf", "pdf", "decision", "Afgørelse om forlængelse af mentorstøtte",
                    blocks, traits=["target:udskrivning", "situation:extension", "extension:six"], layout="letter",
                    period={"start": "2026-11-01", "end": "2027-04-30"}, subtype="extension", letterhead=k[1]))
    # Min Plan entry ended early, clean
    k, m, c = KOMMUNER[2], MENTORS[0], citizen()
    rows = [["Aktivitet", "Mentorstøtte (§ 167)"],
            ["Formål", f"{c.split()[0]} får ordinært job som chauffør hos Dagrofa Lager, 37 timer om ugen."],
            ["Mentor", mentor_line(m)],
            ["Mentorens opgaver", "Støtte i de første uger i job; hjælp til vagtplan og kørekort C-fornyelse."],
            ["Periode", "01.02.2026 - 31.07.2026"],
            ["Timer pr. uge", "2"],
            ["Status", "Afsluttet før tid 15.05.2026 – borgeren er i ordinært job"]]
    docs.append(Doc("minplan/minplan-afsluttet-15.html", "html", "minplan", "Min Plan – Mentorstøtte",
                    [("p", f"Borger: {c}"), ("h", "Mentorstøtte"), ("t", rows)],
                    traits=["minplan:ended-early", "period:feb-jul", "situation:end-early"], layout="minplan-print",
                    period={"start": "2026-02-01", "end": "2026-07-31"}))

    # ======================================================================= LOOK-ALIKES (unknown)
    c = citizen()
    cpe = cpr(rng)
    docs.append(Doc("lookalike/epikrise-udskrivning.txt", "txt", "unknown", "Udskrivningsnotat / epikrise",
                    [("p", f"{HOSPITALS[2]}\nPatient: {c}, CPR {cpe}\nIndlagt: 03.02.2026  Udskrevet: 28.04.2026"),
                     ("h", "Forløb"),
                     ("p", "Pt. indlagt med svær depressiv episode med psykotiske symptomer. Behandlet med antidepressiv medicin og samtaler. Gradvis bedring; sidste 3 uger udgang i weekender uden problemer."),
                     ("h", "Plan efter udskrivelse"),
                     ("li", "Opfølgning i distriktspsykiatrien, første samtale 6. maj 2026."),
                     ("li", "Medicin uændret i 6 måneder, derefter vurdering af nedtrapning."),
                     ("li", "Kommunen er underrettet om udskrivelsen. Pt. har takket ja til en udskrivningskoordinator fra kommunen; kommunen kontakter pt."),
                     ("sig", "Afdelingslæge Birgitte Schou\nKopi til egen læge")],
                    traits=["lookalike:discharge-note", "cpr"], layout="hospital-note", cprs=[cpe]))
    c = citizen()
    cp = cpr(rng)
    docs.append(Doc("lookalike/region-underretning-udskrivning.docx", "docx", "unknown",
                    "Underretning om forestående udskrivning",
                    [("p", f"Til: {KOMMUNER[0][0]}, Jobcenter/Borgerservice\nFra: {HOSPITALS[1]}"),
                     ("p", f"Vedr.: {c}, cpr.nr. {cp}"),
                     ("p", "Hermed underretning om, at ovennævnte forventes udskrevet fra psykiatrisk indlæggelse omkring 15. juni 2026. Patienten er orienteret om retten til mentorstøtte (udskrivningskoordinator) efter lov om en aktiv beskæftigelsesindsats § 167, stk. 2, og ønsker at blive kontaktet."),
                     ("p", "Kontaktperson på afsnittet: sygeplejerske Jens Krogh, tlf. 78 47 20 00."),
                     ("p", "Underretningen sendes med patientens samtykke.")],
                    traits=["lookalike:region-notice", "cpr"], layout="notice", cprs=[cp]))
    c = citizen()
    docs.append(Doc("lookalike/referat-koordinerende-moede.docx", "docx", "unknown",
                    "Referat af koordinerende netværksmøde",
                    [("p", f"Dato: 12. marts 2026. Sted: Afsnit P2, {HOSPITALS[1]}"),
                     ("p", f"Deltagere: {c}, kontaktperson fra afsnittet, distriktspsykiatrien, sagsbehandler fra kommunen, bostøtte."),
                     ("h", "1. Status"),
                     ("p", f"{c.split()[0]} har det bedre og forventes udskrevet i april. Ønsker at vende tilbage til sit job i en genbrugsbutik."),
                     ("h", "2. Udskrivningskoordinator"),
                     ("p", "Sagsbehandler undersøger muligheden for en udskrivningskoordinator og vender tilbage med et forslag. Der er endnu ikke truffet afgørelse, og der er ikke fundet en mentor."),
                     ("h", "3. Bolig"),
                     ("p", "Bostøtte fortsætter 3 timer om ugen efter serviceloven § 85."),
                     ("h", "4. Næste møde"),
                     ("p", "Aftales efter udskrivelsen."),
                     ("sig", "Referent: sygeplejerske Hanne Lau")],
                    traits=["lookalike:minutes"], layout="minutes"))
    docs.append(Doc("lookalike/euc-mentorordning-for-elever.html", "html", "unknown",
                    "Mentorordningen på EUC Syd – for elever",
                    [("p", "Som elev på EUC Syd kan du få en mentor blandt skolens lærere. Skolens mentorordning er gratis og frivillig og er ikke en bevilling fra kommunen."),
                     ("h", "Hvad kan mentoren hjælpe med?"),
                     ("li", "Planlægning af lektier og afleveringer"), ("li", "Kontakt til praktikpladskonsulenten"),
                     ("li", "En snak, når det er svært"),
                     ("h", "Hvor ofte mødes I?"),
                     ("p", "Typisk en gang om ugen i 30-45 minutter i hele grundforløbet (20 uger)."),
                     ("h", "Mentorstøtte fra kommunen"),
                     ("p", "Har du brug for mere støtte end skolen kan give, kan du have ret til mentorstøtte fra kommunen i op til 6 måneder fra optagelsen (LAB § 167, stk. 3). Tal med din studievejleder."),
                     ("p", "Kontakt: Studievejledningen, tlf. 74 12 42 42, studievejledning@eucsyd.dk")],
                    traits=["lookalike:school-scheme"], layout="school-page"))
    c = citizen()
    docs.append(Doc("lookalike/sosu-skolens-mentoraftale.pdf", "pdf", "unknown",
                    "SOSU-skolen – elevens aftale med skolementor",
                    [("p", "Skolens egen mentorordning (ikke kommunal mentorstøtte). Aftalen er mellem eleven og skolen."),
                     ("t", [["Elev", c], ["Skolementor", "Lærer Gitte Bang, tlf. 72 48 00 00"],
                            ["Vi vil arbejde med", "Fremmøde, lektier og forberedelse til praktik"],
                            ["Møder", "Hver mandag i frikvarteret kl. 10.00"],
                            ["Gælder", "Grundforløbet"]]),
                     ("p", "Skolens mentorordning kan ikke påklages. Kontakt studievejlederen ved spørgsmål.")],
                    traits=["lookalike:school-agreement"], layout="school-form"))
    docs.append(Doc("lookalike/faktura-mentorforloeb.pdf", "pdf", "unknown", "Faktura nr. 2026-0412",
                    [("p", "Brobyggerne ApS, CVR 38 21 45 67\nTil: Jobcenter Esbjerg, EAN 5798005950103"),
                     ("t", [["Ydelse", "Antal", "Pris", "Beløb"],
                            ["Mentorstøtte, borger ref. 4471, marts 2026", "12 timer", "475,00", "5.700,00"],
                            ["Mentorstøtte, borger ref. 4502, marts 2026", "8 timer", "475,00", "3.800,00"],
                            ["Kørsel", "84 km", "3,79", "318,36"]]),
                     ("p", "I alt ekskl. moms: 9.818,36 kr. Betalingsbetingelser: netto 30 dage.")],
                    traits=["lookalike:invoice"], layout="invoice"))
    c = citizen()
    docs.append(Doc("lookalike/partshoering-ophoer.docx", "docx", "unknown", "Partshøring – påtænkt ophør af mentorstøtte",
                    [("p", f"Kære {c.split()[0]}"),
                     ("p", "Vi overvejer at stoppe din mentorstøtte før tid, fordi du ikke er mødt til de sidste fire aftaler med din mentor. Vi har endnu ikke truffet en afgørelse."),
                     ("p", "Inden vi træffer afgørelse, vil vi gerne høre dine bemærkninger. Du kan ringe eller skrive til os senest 14 dage fra i dag."),
                     ("sig", "Venlig hilsen\nHenrik Bonde, Jobcenter Næstved")],
                    traits=["lookalike:hearing"], layout="letter"))
    c = citizen()
    docs.append(Doc("lookalike/genvurdering-fastholdt.pdf", "pdf", "unknown", "Din klage er sendt til Ankestyrelsen",
                    [("p", f"Kære {c.split()[0]}"),
                     ("p", "Du har klaget over vores afgørelse af 3. juni 2026 om afslag på forlængelse af mentorstøtte. Vi har genvurderet sagen og fastholder afgørelsen."),
                     ("p", "Vi har derfor sendt din klage og sagens akter til Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen."),
                     ("sig", "Med venlig hilsen\nRanders Kommune, Beskæftigelse")],
                    traits=["lookalike:reconsideration-upheld"], layout="letter"))
    c = citizen()
    docs.append(Doc("lookalike/bekraeftelse-opstartsmoede.eml", "eml", "unknown", "Bekræftelse af opstartsmøde med din mentor",
                    [], traits=["lookalike:meeting-mail"], layout="mail",
                    eml=dict(body=f"Hej {c.split()[0]}\n\nHermed bekræftelse af opstartsmødet med din nye mentor torsdag den 5. marts kl. 10.00 i Jobcentret, mødelokale 2. Vi taler om, hvad du gerne vil have hjælp til, og skriver aftalen sammen.\n\nHusk sygesikringskort.\n\nVenlig hilsen\nTina Laursen\nJobcenter Silkeborg\n",
                             sender="Tina Laursen <tila@kommune.dk>", to=f"{c} <borger@example.dk>", date=d(2026, 2, 26))))
    docs.append(Doc("lookalike/pjece-ret-til-mentor-ved-udskrivning.md", "md", "unknown",
                    "Har du ret til en udskrivningskoordinator?",
                    [("p", "Hvis du er indlagt på grund af en psykisk lidelse og skal udskrives, kan du have ret til en mentor – en udskrivningskoordinator – fra kommunen."),
                     ("h", "Hvornår?"),
                     ("p", "Støtten kan begynde op til 3 måneder før udskrivelsen og varer mindst 6 måneder i alt. Derefter kan den forlænges efter en konkret vurdering."),
                     ("h", "Hvad står der i aftalen?"),
                     ("li", "Målet med mentorstøtten"), ("li", "Mentorens navn og kontaktdata"),
                     ("li", "Hvilke opgaver mentoren skal hjælpe med"), ("li", "Varighed og opfølgning"),
                     ("li", "Timetal pr. uge"), ("li", "Klagevejledning: du kan klage til kommunen inden 4 uger"),
                     ("h", "Gælder det også ambulant behandling?"),
                     ("p", "Nej. Retten gælder kun ved udskrivning efter indlæggelse, ikke ved ambulant behandling eller dagbehandling.")],
                    traits=["lookalike:guidance"], layout="leaflet"))
    c = citizen()
    docs.append(Doc("lookalike/statusrapport-mentor.docx", "docx", "unknown", "Statusrapport fra mentor",
                    [("p", f"Borger: {c}. Mentor: Fatima El-Sayed, Brobyggerne ApS. Periode for rapporten: marts-april 2026."),
                     ("h", "Hvad er der arbejdet med"),
                     ("p", "Vi har mødtes 7 gange. Fokus har været fremmøde i praktikken og transport. Fremmødet er steget fra 2 til 4 dage om ugen."),
                     ("h", "Vurdering"),
                     ("p", "Mentor vurderer, at borgeren fortsat har brug for støtte, og anbefaler at kommunen overvejer en forlængelse ved udløb.")],
                    traits=["lookalike:status-report"], layout="report"))
    docs.append(Doc("lookalike/bestilling-mentorforloeb.odt", "odt", "unknown", "Bestilling af mentorforløb",
                    [("p", "Jobcenter Viborg bestiller hermed et mentorforløb hos STEP Mentor."),
                     ("t", [["Borger-ref.", "VB-2231"], ["Målgruppe", "Aktivitetsparat kontanthjælpsmodtager, ret og pligt"],
                            ["Ønsket opstart", "Snarest"], ["Forventet omfang", "2 timer pr. uge"],
                            ["Bemærk", "Leverandøren sender forslag til mentor inden 5 hverdage"]]),
                     ("p", "Afgørelse og aftale med borgeren udarbejdes af jobcentret, når mentor er fundet.")],
                    traits=["lookalike:order"], layout="order-form"))
    c = citizen()
    docs.append(Doc("lookalike/mail-mentor-genindlagt.eml", "eml", "unknown", "Sv: Mentorforløb – borger genindlagt",
                    [], traits=["lookalike:mentor-mail"], layout="mail",
                    eml=dict(body=f"Hej Karen\n\nJeg kan fortælle, at {c.split()[0]} er blevet genindlagt i går. Jeg har aflyst vores aftaler denne og næste uge. Skal vi sætte forløbet i bero, eller vil du have, at jeg besøger på afsnittet? Ring gerne.\n\nMvh Morten\n",
                             sender="Morten Aagaard <moraa@jobogsundhed.dk>", to="Karen Vestergaard <karve@kommune.dk>", date=d(2026, 4, 14))))
    docs.append(Doc("lookalike/kvalitetsstandard-uddrag.rtf", "rtf", "unknown", "Kvalitetsstandard for mentorstøtte – uddrag",
                    [("p", "Denne kvalitetsstandard beskriver kommunens serviceniveau for mentorstøtte efter LAB § 167."),
                     ("h", "Serviceniveauer"),
                     ("t", [["Niveau", "Timer", "Evaluering"], ["1", "0-1 time pr. uge", "hver 3. måned"],
                            ["2", "1-2 timer pr. uge", "hver måned"], ["3", "over 2 timer pr. uge", "hver måned"]]),
                     ("p", "Mentorstøtte bevilges for højst 6 måneder ad gangen med mulighed for forlængelse. Udskrivningskoordinator: op til 3 måneder før udskrivning og mindst 6 måneder i alt.")],
                    traits=["lookalike:quality-standard"], layout="guidance"))
    return docs


def write(doc: Doc, out: Path):
    p = out / doc.path
    p.parent.mkdir(parents=True, exist_ok=True)
    f = doc.fmt
    if f == "txt":
        p.write_text(render.to_text(doc.title, doc.blocks), encoding="utf-8")
    elif f == "md":
        p.write_text(render.to_text(doc.title, doc.blocks, md=True), encoding="utf-8")
    elif f == "html":
        p.write_text(render.to_html(doc.title, doc.blocks, style="portal" if doc.kind == "minplan" else "plain"),
                     encoding="utf-8")
    elif f == "docx":
        render.write_docx(p, doc.title, doc.blocks, letterhead=doc.letterhead)
        render.normalize_zip(p)
    elif f == "pdf" and doc.scan:
        render.write_scan_pdf(p, doc.title, doc.blocks, letterhead=doc.letterhead)
    elif f == "pdf":
        render.write_pdf(p, doc.title, doc.blocks, letterhead=doc.letterhead)
    elif f == "odt":
        render.write_odt(p, doc.title, doc.blocks)
        render.normalize_zip(p)
    elif f == "rtf":
        render.write_rtf(p, doc.title, doc.blocks)
    elif f == "eml":
        e = doc.eml
        render.write_eml(p, doc.title, e["body"], e["sender"], e["to"], e["date"])
    else:
        raise ValueError(f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    docs = make_docs(rng)
    entries = []
    for doc in docs:
        write(doc, out)
        entries.append({"path": doc.path, "format": doc.fmt, "kind": doc.kind, "subtype": doc.subtype,
                        "layout": doc.layout, "rules": doc.rules, "extras": doc.extras, "error": None,
                        "accept_errors": [], "must_not_contain": doc.cprs + [x.replace("-", "") for x in doc.cprs],
                        "traits": doc.traits, "period": doc.period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    main()
