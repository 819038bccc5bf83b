#!/usr/bin/env python3
"""Corpus fu: everyday mentor paperwork from three invented municipalities.

Vesterå Kommune   formal case-system style: label/value tables, "Afgørelse"/"Begrundelse"
                  headings, long-form dates ("1. marts 2026"); docx, LibreOffice PDF, odt, txt export.
Lynghøj Kommune   plain-language letters ("Kære …"), numbered sections, dd.mm.yyyy dates;
                  reportlab PDF, odt, docx, LibreOffice PDF.
Fjordby Kommune   youth unit: question headings ("Hvem er din mentor?"), short lines,
                  "1/3-2026" dates; html, txt, reportlab PDF, docx.

Usage: make_corpus_fu.py --out /work/corpora/fu [--seed 14]
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_fu as R  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
        "missing-follow-up", "missing-hours", "missing-appeal-guidance",
        "duration-over-6-months", "unclear-goal")

FIRST = ["Anna", "Mads", "Sara", "Ahmed", "Jonas", "Louise", "Emil", "Fatima", "Kasper", "Nanna",
         "Mikkel", "Camilla", "Yusuf", "Line", "Rasmus", "Ida", "Tobias", "Maja", "Oliver",
         "Signe", "Jesper", "Amalie", "Nikolaj", "Sofie", "Bilal", "Mette", "Frederik", "Julie",
         "Patrick", "Cecilie", "Ali", "Trine", "Simon", "Rikke", "Lukas", "Josefine"]
FEMALE = {"Anna", "Sara", "Louise", "Fatima", "Nanna", "Camilla", "Line", "Ida", "Maja", "Signe", "Amalie",
          "Sofie", "Mette", "Julie", "Cecilie", "Trine", "Rikke", "Josefine"}
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Karimi", "Holm", "Dahl",
        "Bruun", "Lund", "Vestergaard", "Kjær", "Frandsen", "Østergaard", "Schmidt", "Yilmaz"]


# ------------------------------------------------------------------ dates
def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: date, months=6) -> date:
    return add_months(start, months) - timedelta(days=1)


def long_date(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dot_date(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def slash_date(d: date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


# ------------------------------------------------------------------ people
class Case:
    def __init__(self, rng: random.Random, muni: str):
        self.rng = rng
        self.muni = muni
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.mfn = rng.choice([f for f in FIRST if f != self.fn])
        self.mln = rng.choice(LAST)
        self.mentor = f"{self.mfn} {self.mln}"
        self.mphone = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cwphone = f"{rng.choice([72, 96, 99])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.caseno = {"V": f"2026-{rng.randint(10000, 99999)}",
                       "L": f"27.12.08-G01-{rng.randint(100, 999)}-26",
                       "F": f"UNG-{rng.randint(1000, 9999)}"}[muni]
        by = rng.randint(1976, 2006)
        bd = date(by, rng.randint(1, 12), rng.randint(1, 28))
        self.cpr = f"{bd.day:02d}{bd.month:02d}{str(by)[2:]}-{rng.randint(1000, 9999)}"
        self.young = by >= 1997
        self.start = date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 4, 10, 15, 17]))
        self.letter = self.start - timedelta(days=rng.randint(3, 20))
        self.hours_n = rng.choice([1, 2, 2, 3, 3, 4, 5])


ORGS = {
    "V": [("Mentorhuset Vesterå", "mentorhuset-vestera.dk"), ("Jobværkstedet ApS", "jobvaerkstedet.dk"),
          ("Vesterå Kommunes mentorkorps", "vestera.dk")],
    "L": [("Lynghøj Mentorteam", "lynghoj.dk"), ("Broen Mentor ApS", "broenmentor.dk"),
          ("Værkstedet Lyngen", "lyngen.dk")],
    "F": [("Fjordby Ungementor", "fjordby.dk"), ("Havnens Værksted", "havnensvaerksted.dk"),
          ("Mentorkompagniet", "mentorkompagniet.dk")],
}


def sender(muni: str, d: date) -> str:
    after = d >= date(2026, 2, 1)
    return {"V": "Vesterå Kommune, Job og Ydelse" if after else "Jobcenter Vesterå",
            "L": "Lynghøj Kommune · Team Job og Uddannelse" if after else "Jobcenter Lynghøj",
            "F": "Fjordby Kommune – Ungeindsatsen"}[muni]


def mail(c: Case, domain: str) -> str:
    base = (c.mfn[0] + c.mln).lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        base = base.replace(a, b)
    return f"{base}@{domain}"


# ------------------------------------------------------------------ goals, tasks
PLACES = {
    "V": {"school": "Vesterå Tekniske Skole", "shop": "Dagrofa i Vesterå", "inst": "Vesterå Plejecenter",
          "gym": "VUC Vesterå", "work": "Vesterå Maskinfabrik"},
    "L": {"school": "Erhvervsskolen Lynghøj", "shop": "Rema 1000 på Stationsvej", "inst": "Lyngskolen",
          "gym": "Lynghøj HF & VUC", "work": "Lynghøj Genbrugsplads"},
    "F": {"school": "Fjordby Handelsskole", "shop": "Netto ved Havnen", "inst": "Børnehuset Tangen",
          "gym": "Fjordby Gymnasium", "work": "Havnens Fisk A/S"},
}


def clear_goals(c: Case):
    fn = c.fn
    P = PLACES[c.muni]
    common = [
        f"{fn} starter på grundforløb 1 på erhvervsuddannelsen til elektriker på {P['school']} og møder frem mindst fire dage om ugen i de første tre måneder.",
        f"{fn} er i virksomhedspraktik 15 timer om ugen hos {P['shop']} senest tre måneder efter start, med henblik på løntilskud.",
        f"{fn} gennemfører FVU-dansk trin 2 på {P['gym']} og søger mindst to elevpladser som SOSU-hjælper inden udgangen af perioden.",
        f"{fn} fastholder sit fleksjob som køkkenmedhjælper på {P['inst']} og har højst to fraværsdage om måneden.",
        f"{fn} møder stabilt i praktik som pedelmedhjælper på {P['inst']} tre dage om ugen og har en plan for ordinære timer.",
        f"{fn} er startet på FGU, produktionsgrunduddannelsen (værksted: Mad og kantine), og har under 10 % fravær.",
        f"{fn} søger og får et job på mindst 15 timer om ugen inden for lager eller logistik, fx hos {P['work']}.",
        f"{fn} bliver optaget på HF-enkeltfag (dansk og matematik) på {P['gym']} og møder til undervisningen hver uge.",
    ]
    own = {
        "V": [f"Hovedformål: {fn} kommer i løntilskud som lagerarbejder hos {P['work']} med 25 timer om ugen. Delmål: møde til tiden alle aftalte dage den første måned."],
        "L": [f"Du møder på arbejde i din praktik hos {P['shop']} fire dage om ugen, og du har selv ringet til din leder, hvis du er syg."],
        "F": [f"{fn} har bestået optagelsesprøven og er startet på 10. klasse-forløbet på {P['gym']}, hvor {fn} møder mindst 9 ud af 10 dage."],
    }[c.muni]
    return common + own


UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {fn} får mere struktur på hverdagen og et bedre selvværd.",
    "Sikre at {fn} har det godt og kommer tættere på arbejdsmarkedet.",
    "Motivere {fn} og arbejde med trivsel og mestring.",
    "Hjælp til at finde ro i hverdagen.",
]

TASKS_EXTRA = [
    ["Gå med {fn} til jobsamtaler og evaluere bagefter", "Hjælpe med at holde styr på vagtplanen",
     "Tage en snak med arbejdspladsens kontaktperson hver 14. dag"],
    ["Hjælpe {fn} i gang med lektier i studiecaféen to gange om ugen", "Følge op på fravær sammen med studievejlederen"],
]
TASKS = [
    ["Følge {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til arbejdsgiver ved sygdom"],
    ["Hjælpe {fn} med at lave en ugeplan og holde den", "Øve bus og tog til skolen",
     "Tage med til første møde med studievejlederen"],
    ["Ringe {fn} op om morgenen de første fire uger", "Hjælpe med at åbne og besvare post fra kommunen og skolen",
     "Gennemgå skemaet sammen hver mandag"],
    ["Være sparringspartner i forhold til kolleger og arbejdsopgaver", "Deltage i opstartsmøde med leder",
     "Hjælpe med at skrive ansøgninger og øve jobsamtaler"],
    ["Støtte op om fremmøde på FGU", "Tage kontakt til kontaktlæreren ved fravær",
     "Hjælpe {fn} med at få styr på madpakke, cykel og vækkeur"],
]

FOLLOW = [
    "Statusmøde hver 4. uge med {fn}, mentor og sagsbehandler. Evaluering 14 dage før perioden slutter.",
    "Mentor sender en kort skriftlig status hver måned. Vi holder opfølgningssamtale efter 3 måneder og igen inden perioden udløber.",
    "Vi mødes til opfølgning hver anden måned; progressionen måles på fremmøde (antal dage pr. uge).",
    "Opfølgning hver måned på jobcentret. Delmål: 3 dages fremmøde om ugen fra første måned, 4 dage fra tredje måned.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov"]


def hours_text(c: Case, muni: str) -> str:
    n = c.hours_n
    if n == 1:
        return {"V": "1 time pr. uge", "L": "1 time om ugen", "F": "1 time om ugen"}[muni]
    return {"V": f"{n} timer pr. uge", "L": f"{n} timer om ugen",
            "F": f"{n} t/uge" if n > 1 else "1 time om ugen"}[muni]


HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende efter behov", "aftales med mentor"]


# ------------------------------------------------------------------ period writing
def period_text(c: Case, muni: str, months: int, rng: random.Random, over=False):
    s = c.start
    e = six_end(s, months)
    form = rng.randint(0, 2)
    if muni == "V":
        t = [f"{long_date(s)} – {long_date(e)}", f"{dot_date(s)} - {dot_date(e)}",
             f"fra og med {long_date(s)} til og med {long_date(e)}"][form]
    elif muni == "L":
        t = [f"{dot_date(s)} til {dot_date(e)}", f"fra {long_date(s)} og {months} måneder frem",
             f"{dot_date(s)}–{dot_date(e)}"][form]
    elif rng.random() < 0.3:
        weeks = round(months * 4.33)
        e = s + timedelta(days=weeks * 7 - 1)
        return f"{weeks} uger fra {slash_date(s)}", s, e
    else:
        t = [f"{slash_date(s)} til {slash_date(e)}", f"{s.day}. {MONTHS[s.month-1][:3]}. {s.year} – {e.day}. {MONTHS[e.month-1][:3]}. {e.year}",
             f"{slash_date(s)} – {slash_date(e)}"][form]
    return t, s, e


# ------------------------------------------------------------------ appeal texts
def appeal_full(muni: str, c: Case, rng: random.Random) -> list[str]:
    if muni == "V":
        return [rng.choice([
            "Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal være modtaget i Vesterå Kommune, Job og Ydelse, senest 4 uger efter, at du har modtaget afgørelsen. Du kan klage skriftligt eller mundtligt.",
            "Du kan klage over afgørelsen inden 4 uger fra du har modtaget den. Klagen sendes til Vesterå Kommune, Rådhustorvet 1, 7600 Vesterå, eller via Digital Post.",
        ]), "Kommunen genvurderer afgørelsen. Fastholder vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10."]
    if muni == "L":
        if rng.random() < 0.5:
            return ["Du kan klage, hvis du ikke er enig. Send din klage til Lynghøj Kommune, Team Job og Uddannelse, senest 4 uger efter at du har modtaget dette brev. Du kan også ringe og klage mundtligt.",
                    "Vi vurderer din sag igen inden for 4 uger. Giver vi dig ikke ret, sender vi klagen til Ankestyrelsen, som træffer den endelige afgørelse."]
        return [f"Er du uenig, kan du klage til os inden fire uger efter, at du har fået brevet. Ring til {c.cw} på {c.cwphone} eller skriv via Digital Post.",
                "Vi ser på sagen igen. Hvis vi holder fast i afgørelsen, sender vi din klage videre til Ankestyrelsen."]
    if rng.random() < 0.4:
        return ["Klag til Ungeindsatsen i Fjordby Kommune. Vi skal have din klage senest fire uger efter, at du har fået brevet – på mail, via Digital Post eller ved at ringe.",
                "Vi kigger på sagen igen. Holder vi fast i afgørelsen, sender vi din klage videre til Ankestyrelsen."]
    return ["Hvis du ikke er enig, skal du klage til Fjordby Kommune, Ungeindsatsen, inden 4 uger efter du har fået dette brev. Du kan skrive eller ringe.",
            "Kommunen skal så genvurdere sin afgørelse inden fire uger. Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen."]


def appeal_variant(kind: str, muni: str, c: Case, rng: random.Random, decision=False):
    """Return (paragraphs or None, traits). kind: full | absent | incomplete | nodeadline | wrong"""
    if kind == "full":
        return appeal_full(muni, c, rng), []
    if kind == "absent":
        return None, ["appeal:absent"]
    if kind == "incomplete":
        opts = ["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er utilfreds."]
        if not decision:
            opts.append("Klagevejledning vedlægges ikke, da aftalen er indgået i enighed.")
        return [rng.choice(opts)], ["appeal:no-body-no-deadline"]
    if kind == "nodeadline":
        town = {"V": "Vesterå", "L": "Lynghøj", "F": "Fjordby"}[muni]
        return [f"Er du utilfreds med afgørelsen, kan du klage til {town} Kommune."], ["appeal:no-deadline"]
    if kind == "wrong":
        return [rng.choice(["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes direkte til Ankestyrelsen via ast.dk.",
                            "Hvis du er uenig, skal du sende din klage til Ankestyrelsen senest fire uger efter modtagelsen."])], ["appeal:direct-to-ankestyrelsen"]
    raise ValueError(kind)


def cpr_line(muni):
    return {"V": "CPR-nr.", "L": "Personnummer", "F": "Cpr.nr."}[muni]


# ================================================================== AGREEMENTS
def _common(c, D, rng):
    """Resolve the field values once; return dict and rules/traits."""
    rules, traits = set(), []
    org, dom = rng.choice(ORGS[c.muni])
    v = {"org": org}
    # goal
    if "goal_missing" in D:
        v["goal"] = rng.choice([None, "Udfyldes ved opstartsmødet", "-", "xx"])
        rules.add("missing-goal"); traits.append("goal:" + ("absent" if v["goal"] is None else "placeholder"))
    elif "goal_unclear" in D:
        v["goal"] = rng.choice(UNCLEAR).format(fn=c.fn)
        rules.add("unclear-goal"); traits.append("goal:unclear")
    else:
        v["goal"] = rng.choice(clear_goals(c))
    # mentor
    if "mentor_missing" in D:
        v["mentor_lines"] = rng.choice([[f"{c.mentor}, {org}"], None, ["Tildeles senere af " + org]])
        rules.add("missing-mentor"); traits.append("mentor:" + ("name-only" if v["mentor_lines"] and c.mentor in v["mentor_lines"][0] else "absent"))
    else:
        lines = [f"{c.mentor}, {org}", f"Tlf. {c.mphone}"]
        if rng.random() < 0.6:
            lines.append(f"Mail: {mail(c, dom)}")
        v["mentor_lines"] = lines
    # tasks
    if "tasks_missing" in D:
        v["tasks"] = rng.choice([None, ["-"], ["Aftales mellem borger og mentor"]])
        rules.add("missing-tasks"); traits.append("tasks:missing")
    else:
        v["tasks"] = [t.format(fn=c.fn) for t in rng.choice(TASKS + TASKS_EXTRA)]
    # duration
    months = rng.choice([3, 4, 6, 6, 6])
    if "over6" in D:
        months = rng.choice([7, 8, 9, 12])
        rules.add("duration-over-6-months"); traits.append(f"period:{months}-months")
    if "udsk" in D:
        months = 8
        traits.append("udskrivningskoordinator:8-months")
    if "duration_missing" in D:
        v["period"] = rng.choice([None, "Aftales ved opstart", "indtil videre", "højst 6 måneder med mulighed for forlængelse"])
        v["span"] = None
        rules.add("missing-duration"); traits.append("duration:missing")
    else:
        t, s, e = period_text(c, c.muni, months, rng)
        v["period"] = t
        v["span"] = (s, e)
        if months == 6:
            traits.append("period:exact-six")
        if " uger fra " in t:
            traits.append("period:weeks")
    # hours
    if "hours_missing" in D:
        v["hours"] = rng.choice([None, rng.choice(HOURS_VAGUE)])
        rules.add("missing-hours"); traits.append("hours:" + ("absent" if v["hours"] is None else "vague"))
    else:
        v["hours"] = hours_text(c, c.muni)
    # follow-up
    if "follow_missing" in D:
        v["follow"] = rng.choice([None, rng.choice(FOLLOW_VAGUE)])
        rules.add("missing-follow-up"); traits.append("follow:" + ("absent" if v["follow"] is None else "vague"))
    else:
        v["follow"] = rng.choice(FOLLOW).format(fn=c.fn)
    # appeal
    ak = next((d.split(":")[1] for d in D if d.startswith("appeal:")), "full")
    v["appeal"], at = appeal_variant(ak, c.muni, c, rng)
    traits += at
    extras = []
    if ak in ("absent", "incomplete", "nodeadline"):
        rules.add("missing-appeal-guidance")
    if ak == "wrong":
        extras.append("appeal-wrong-route")
    return v, rules, traits, extras


def agreement_V(c, D, rng, cpr):
    if rng.random() < 0.4 and "udsk" not in D:
        return agreement_V_sections(c, D, rng, cpr)
    v, rules, traits, extras = _common(c, D, rng)
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"])
    udsk = "udsk" in D
    blocks = [("title", title),
              ("meta", [("", sender("V", c.letter)), ("Dato", long_date(c.letter)),
                        ("Sagsnr.", c.caseno), ("Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}")])]
    blocks.append(("p", rng.choice([
        f"Aftalen er indgået på mødet den {long_date(c.letter)} mellem {c.name}, mentor og jobcentret. Aftalen registreres i Min Plan.",
        f"Vesterå Kommune har bevilget mentorstøtte til {c.name}. Nedenfor står, hvad vi har aftalt.",
        "Aftalen er udarbejdet i fællesskab og gælder for den periode, der er anført nedenfor."])))
    rows = [("Borger", c.name)]
    if cpr:
        rows.append((cpr_line("V"), c.cpr))
    rows.append(("Mentortype", "Udskrivningskoordinator, jf. LAB § 167, stk. 2" if udsk else
                 rng.choice(["Tilbudsmentor", "Udvidet mentor", "Mentorstøtte efter LAB § 167", "Uddannelsesmentor"])))
    if "over6" not in D and "duration_missing" not in D and not udsk and rng.random() < 0.4:
        y = c.start.year
        rows.append(("Baggrund", f"{c.fn} har været ledig i over et år og deltager også i Jobhusets helhedsorienterede forløb, som løber fra 1. januar {y} til 31. december {y + 1}."))
        traits.append("trap:background-education-period")
    if v["goal"] is not None:
        rows.append((rng.choice(["Formål med mentorstøtten", "Målet med mentorstøtten", "Mål"]), v["goal"]))
    if v["mentor_lines"] is not None:
        rows.append(("Mentor", "\n".join(v["mentor_lines"])))
    if v["tasks"] is not None:
        rows.append(("Mentorens opgaver", "\n".join(("- " + t) if len(v["tasks"]) > 1 else t for t in v["tasks"])))
    if v["period"] is not None:
        rows.append((rng.choice(["Bevilget periode", "Periode", "Varighed"]), v["period"]))
    if v["hours"] is not None:
        rows.append((rng.choice(["Timetal", "Timer pr. uge", "Antal timer"]), v["hours"]))
    if v["follow"] is not None:
        rows.append((rng.choice(["Opfølgning", "Opfølgning og progression"]), v["follow"]))
    blocks.append(("kv", rows))
    if udsk:
        blocks.append(("p", f"{c.fn} er indlagt på Psykiatrisk Center Vesterå. Støtten begynder før udskrivningen, og der er ret til mentorstøtte i mindst 6 måneder i alt."))
    if v["appeal"]:
        blocks.append(("h", "Klagevejledning"))
        blocks += [("p", x) for x in v["appeal"]]
    blocks.append(("sig", ["_______________________        _______________________        _______________________",
                           "Dato / borger                            Dato / mentor                             Dato / sagsbehandler"]))
    return blocks, rules, traits, extras, v["span"], "v-kv-table"


def agreement_L(c, D, rng, cpr):
    v, rules, traits, extras = _common(c, D, rng)
    variant = rng.choice(["sections", "numbered"])
    blocks = [("title", rng.choice(["Din aftale om mentorstøtte", "Aftale om mentor", "Aftale om mentorstøtte"])),
              ("meta", [("", sender("L", c.letter)), ("Dato", dot_date(c.letter)), ("Journalnr.", c.caseno)])]
    if cpr:
        blocks.append(("p", f"{c.name} · {cpr_line('L')} {c.cpr}"))
    blocks.append(("p", f"Kære {c.fn}"))
    blocks.append(("p", rng.choice([
        f"Her får du det, vi blev enige om på mødet den {dot_date(c.letter)}, skrevet ned. Læs det igennem, og sig til, hvis noget er forkert.",
        "Tak for et godt møde. I dette brev kan du se, hvad vi har aftalt om din mentor.",
        "Du har sagt ja til at få en mentor. Her er jeres aftale."])))
    if variant == "sections":
        n = 0
        def sec(h, content):
            nonlocal n
            n += 1
            blocks.append(("bh", f"{n}. {h}"))
            if isinstance(content, list):
                blocks.append(("ul", content))
            else:
                blocks.append(("p", content))
        if v["goal"] is not None:
            sec("Dit mål", v["goal"])
        if v["mentor_lines"] is not None:
            sec("Din mentor", " · ".join(v["mentor_lines"]))
        if v["tasks"] is not None:
            sec("Det hjælper mentoren dig med", v["tasks"] if len(v["tasks"]) > 1 else v["tasks"][0])
        if v["period"] is not None:
            pv = v["period"]
            sec("Hvor længe", f"Aftalen gælder {pv}." if pv[0].isdigit() or pv.startswith("fra") else pv)
        if v["hours"] is not None:
            sec("Hvor mange timer", f"Mentoren har {v['hours']} til dig." if v["hours"][0].isdigit() else v["hours"])
        if v["follow"] is not None:
            sec("Sådan følger vi op", v["follow"])
        if v["appeal"]:
            sec("Hvis du vil klage", " ".join(v["appeal"]))
        layout = "l-letter-sections"
    else:
        items = []
        if v["goal"] is not None:
            items.append(f"Målet med mentorstøtten: {v['goal']}")
        if v["mentor_lines"] is not None:
            items.append(f"Mentorens navn og kontaktdata: {', '.join(v['mentor_lines'])}")
        if v["tasks"] is not None:
            items.append(f"Opgaver, mentoren skal bistå ved: {'; '.join(v['tasks'])}")
        if v["period"] is not None:
            items.append(f"Varighed: {v['period']}")
        if v["follow"] is not None:
            items.append(f"Opfølgning: {v['follow']}")
        if v["hours"] is not None:
            items.append(f"Timetal: {v['hours']}")
        blocks.append(("ol", items))
        if v["appeal"]:
            blocks.append(("bh", "Klagevejledning"))
            blocks += [("p", x) for x in v["appeal"]]
        layout = "l-numbered-items"
    blocks.append(("p", "Venlig hilsen"))
    blocks.append(("sig", [c.cw, "Jobkonsulent", f"Direkte tlf. {c.cwphone}"]))
    return blocks, rules, traits, extras, v["span"], layout


def agreement_V_sections(c, D, rng, cpr):
    """Vesterå's older Word template: numbered headings, prose under each."""
    v, rules, traits, extras = _common(c, D, rng)
    blocks = [("meta", [("", sender("V", c.letter)), ("Dato", long_date(c.letter)), ("J.nr.", c.caseno)]),
              ("title", "Aftale om mentorstøtte"),
              ("p", f"Vedr. {c.name}" + (f", {cpr_line('V')} {c.cpr}" if cpr else "")),
              ("p", "Aftalen er indgået mellem borger, mentor og Vesterå Kommune i henhold til § 167 i lov om en aktiv beskæftigelsesindsats. Ændringer i timetal eller formål noteres i Min Plan.")]
    n = 0
    def h(t):
        nonlocal n
        n += 1
        blocks.append(("h", f"{n}. {t}"))
    if v["goal"] is not None:
        h("Formål"); blocks.append(("p", v["goal"]))
    if v["mentor_lines"] is not None:
        h("Mentor"); blocks += [("p", x) for x in v["mentor_lines"]]
    if v["tasks"] is not None:
        h("Indsatsområder"); blocks.append(("ul", v["tasks"]))
    if v["period"] is not None or v["hours"] is not None:
        h("Periode og timetal")
        if v["period"] is not None:
            pv = v["period"]
            blocks.append(("p", f"Mentorstøtten er bevilget i perioden {pv}." if pv[0].isdigit() or pv.startswith("fra") else f"Periode: {pv}"))
        if v["hours"] is not None:
            hv = v["hours"]
            blocks.append(("p", f"Der er bevilget {hv}." if hv[0].isdigit() else f"Timetal: {hv}"))
    if v["follow"] is not None:
        h("Opfølgning"); blocks.append(("p", v["follow"]))
    if v["appeal"]:
        h("Klagevejledning"); blocks += [("p", x) for x in v["appeal"]]
    blocks.append(("sig", [f"Vesterå, den {long_date(c.letter)}", "", "Borger: ______________________", "Mentor: ______________________",
                           f"For Vesterå Kommune: {c.cw}"]))
    return blocks, rules, traits, extras, v["span"], "v-numbered-headings"


def agreement_F_prose(c, D, rng, cpr):
    """Fjordby's write-up after the start meeting: everything in sentences."""
    v, rules, traits, extras = _common(c, D, rng)
    hun = "hun" if c.mfn in FEMALE else "han"
    blocks = [("title", rng.choice(["Opstartsmøde – det vi aftalte om din mentor", "Din mentoraftale (skrevet efter vores møde)"])),
              ("meta", [("Til", c.name)] + ([(cpr_line("F"), c.cpr)] if cpr else []) + [("Dato", slash_date(c.letter))]),
              ("p", f"Hej {c.fn}. Her får du det, vi blev enige om, skrevet ned.")]
    if v["goal"] is not None:
        g = v["goal"]
        blocks.append(("p", f"Målet er, at {g}" if g.startswith(c.fn + " ") else f"Dit mål: {g}"))
    if v["mentor_lines"] is not None:
        ml = v["mentor_lines"]
        if len(ml) > 1:
            blocks.append(("p", f"Din mentor er {ml[0]}. Du kan fange {'hende' if hun == 'hun' else 'ham'} på {ml[1].replace('Tlf. ', 'tlf. ')}" + (f" eller {ml[2].replace('Mail: ', '')}." if len(ml) > 2 else ".")))
        else:
            blocks.append(("p", f"Din mentor bliver {ml[0]}."))
    if v["tasks"] is not None:
        if len(v["tasks"]) > 1:
            blocks.append(("p", f"Vi aftalte, at mentoren skal:"))
            blocks.append(("ul", [t[0].lower() + t[1:] for t in v["tasks"]]))
        else:
            blocks.append(("p", f"Mentorens opgaver: {v['tasks'][0]}"))
    if v["period"] is not None:
        pv = v["period"]
        blocks.append(("p", f"Forløbet kører {pv}." if pv[0].isdigit() else f"Hvor længe: {pv}"))
    if v["hours"] is not None:
        hv = v["hours"]
        blocks.append(("p", f"I ses cirka {hv}." if hv[0].isdigit() else f"Timer: {hv}"))
    if v["follow"] is not None:
        blocks.append(("p", "Opfølgning: " + v["follow"]))
    if v["appeal"]:
        blocks.append(("h", "Klagevejledning"))
        blocks += [("p", x) for x in v["appeal"]]
    blocks.append(("p", f"Mvh {c.cw}, Ungeindsatsen, tlf. {c.cwphone}"))
    return blocks, rules, traits, extras, v["span"], "f-prose-writeup"


def agreement_F(c, D, rng, cpr):
    if rng.random() < 0.35:
        return agreement_F_prose(c, D, rng, cpr)
    v, rules, traits, extras = _common(c, D, rng)
    blocks = [("title", rng.choice(["Mentoraftale", "Aftale om mentor – Ungeindsatsen", "Mentoraftale for " + c.fn])),
              ("meta", [("Navn", c.name)] + ([(cpr_line("F"), c.cpr)] if cpr else []) +
               [("Ung-vejleder", c.cw), ("Dato", slash_date(c.letter))])]
    blocks.append(("h", "Hvad er dit mål?"))
    if v["goal"] is None:
        blocks.append(("p", "Det finder vi ud af sammen ved første møde."))
        traits.append("goal:deferred")
    else:
        blocks.append(("p", v["goal"]))
    blocks.append(("h", "Hvem er din mentor?"))
    if v["mentor_lines"] is None:
        blocks.append(("p", "Vi har ikke fundet den rigtige mentor endnu. Du får besked, så snart vi har."))
    else:
        blocks += [("p", x) for x in v["mentor_lines"]]
    if v["tasks"] is not None:
        blocks.append(("h", "Hvad skal mentoren hjælpe dig med?"))
        blocks.append(("ul", v["tasks"]))
    if v["period"] is not None:
        blocks.append(("h", "Hvor længe?"))
        blocks.append(("p", f"Perioden er {v['period']}." if v["period"][0].isdigit() else v["period"]))
    if v["hours"] is not None:
        blocks.append(("h", "Hvor meget tid?"))
        blocks.append(("p", f"Du og din mentor har {v['hours']}." if v["hours"][0].isdigit() else v["hours"]))
    if v["follow"] is not None:
        blocks.append(("h", "Hvordan følger vi op?"))
        blocks.append(("p", v["follow"]))
    if v["appeal"]:
        blocks.append(("h", "Hvis du vil klage"))
        blocks += [("p", x) for x in v["appeal"]]
    blocks.append(("p", f"Hilsen {c.cw}, Ung-vejleder, tlf. {c.cwphone}"))
    return blocks, rules, traits, extras, v["span"], "f-question-headings"


# ================================================================== DECISIONS
def _reasons(c, sub, rng):
    return {
        "grant": f"Vi har lagt vægt på, at {c.fn} efter en længere sygeperiode har brug for støtte til at komme i gang med praktik, og at støtten ligger ud over, hvad arbejdspladsen normalt kan tilbyde, jf. § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.",
        "partial": "Vi vurderer, at den bevilgede periode og det bevilgede timetal er tilstrækkeligt til at nå målet. Mentorstøtte kan efter § 167, stk. 1, bevilges i højst 6 måneder ad gangen; derefter foretager vi en ny konkret vurdering. Vi har lagt vægt på oplysningerne fra dit opstartsmøde om, at du allerede har fast kontakt til en vejleder på skolen.",
        "refusal": rng.choice([
            "Vi har lagt vægt på, at skolen allerede tilbyder dig en elevcoach og SPS-støtte, som dækker det behov, du har beskrevet. Mentorstøtte efter § 167 gives kun, når støtten ligger ud over det, uddannelsesstedet normalt tilbyder.",
            "Der skal være et mål om beskæftigelse eller uddannelse for at kunne få mentorstøtte, jf. § 167 i lov om en aktiv beskæftigelsesindsats. På baggrund af samtalen den {d} vurderer vi, at du på nuværende tidspunkt ikke har et sådant mål."]).format(d=long_date(c.letter)),
        "extension": f"På statusmødet blev det vurderet, at {c.fn} er kommet godt i gang, men endnu ikke kan klare praktikken uden støtte. Efter en konkret vurdering bevilges en ny periode, jf. § 167, stk. 1, 2. pkt.",
        "end": f"Vi har lagt vægt på, at målet med støtten er nået: {c.fn} er fastansat og har haft stabilt fremmøde de sidste to måneder.",
    }[sub]


def decision(c, sub, D, rng, cpr):
    """sub: grant | partial | refusal | extension | end"""
    rules, traits, extras = set(), [f"decision:{sub}"], []
    muni = c.muni
    org, dom = rng.choice(ORGS[muni])
    months = 12 if "over6" in D else rng.choice([3, 6, 6])
    if "over6" in D:
        rules.add("duration-over-6-months"); traits.append("period:12-months")
    t, s, e = period_text(c, muni, months, rng)
    span = (s, e) if sub in ("grant", "partial", "extension") else None
    # Label correction after the first run: Fjordby's weeks-based period (26 uger) is printed in
    # decisions as a date range; a range that ends after start + 6 months - 1 day is over the limit.
    if span and "over6" not in D and e > six_end(s):
        rules.add("duration-over-6-months"); traits.append("period:weeks-as-dates-one-day-over")
    ak = next((d.split(":")[1] for d in D if d.startswith("appeal:")), "full")
    app, at = appeal_variant(ak, muni, c, rng, decision=True)
    traits += at
    if ak in ("absent", "incomplete", "nodeadline"):
        rules.add("missing-appeal-guidance")
    if ak == "wrong":
        extras.append("appeal-wrong-route")
    no_reason = "noreason" in D
    if no_reason and sub in ("partial", "refusal", "end"):
        extras.append("missing-reasons"); traits.append("reasons:absent")
    reasons = None if no_reason else _reasons(c, sub, rng)
    hrs = hours_text(c, muni)
    dfmt = {"V": long_date, "L": dot_date, "F": slash_date}[muni]

    if muni == "V":
        title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
                 "refusal": "Afgørelse: Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
                 "end": "Afgørelse om ophør af mentorstøtte"}[sub]
        blocks = [("title", title), ("meta", [("", sender("V", c.letter)), ("Dato", long_date(c.letter)),
                                              ("Sagsnr.", c.caseno), ("Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}")])]
        blocks.append(("p", f"Til {c.name}" + (f", {cpr_line('V')} {c.cpr}" if cpr else "")))
        blocks.append(("h", "Afgørelse"))
        if sub == "grant":
            blocks.append(("p", f"Du er bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {t}."))
            blocks.append(("kv", [("Periode", t), ("Timetal", hrs), ("Leverandør", org)]))
        elif sub == "partial":
            blocks.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 5 timer om ugen. Du får delvist bevilget mentorstøtte i perioden {t} med {hrs}."))
        elif sub == "refusal":
            blocks.append(("p", f"Du har den {long_date(c.letter - timedelta(days=14))} søgt om mentorstøtte. Vi har givet dig afslag."))
        elif sub == "extension":
            prev_s = add_months(s, -6)
            blocks.append(("p", f"Din mentorstøtte i den forrige periode {long_date(prev_s)} – {long_date(s - timedelta(days=1))} forlænges. Den nye periode er {t}, fortsat med {hrs}."))
        else:
            blocks.append(("p", f"Din mentorstøtte ophører den {long_date(c.start)}."))
        if reasons:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", reasons))
        if app:
            blocks.append(("h", "Klagevejledning"))
            blocks += [("p", x) for x in app]
        blocks.append(("sig", ["Med venlig hilsen", c.cw, "Sagsbehandler"]))
        layout = "v-formal-decision"
    elif muni == "L":
        title = {"grant": "Du får mentorstøtte", "partial": "Du får mentorstøtte – men ikke alt, du søgte om",
                 "refusal": "Du får ikke mentorstøtte", "extension": "Din mentorstøtte bliver forlænget",
                 "end": "Din mentorstøtte stopper"}[sub]
        blocks = [("meta", [("", sender("L", c.letter)), ("Dato", dot_date(c.letter)), ("Journalnr.", c.caseno)]),
                  ("title", title + " – afgørelse")]
        if cpr:
            blocks.append(("p", f"{c.name}, {cpr_line('L')} {c.cpr}"))
        blocks.append(("p", f"Kære {c.fn}"))
        blocks.append(("bh", "Det har vi besluttet"))
        blocks.append(("p", {
            "grant": f"Du får en mentor fra {dfmt(s)} til {dfmt(e)}. Mentoren har {hrs} til dig. Din mentor bliver {c.mentor} fra {org}.",
            "partial": f"Du søgte om en mentor i 12 måneder. Du får en mentor fra {dfmt(s)} til {dfmt(e)}, {hrs}. Vi har altså givet dig færre måneder, end du søgte om.",
            "refusal": "Du søgte om en mentor. Det får du ikke.",
            "extension": f"Du får din mentor i en ny periode fra {dfmt(s)} til {dfmt(e)}. Du beholder {c.mentor}.",
            "end": f"Din mentorstøtte slutter {dfmt(c.start)}.",
        }[sub]))
        if reasons:
            blocks.append(("bh", "Derfor"))
            blocks.append(("p", reasons))
        if app:
            blocks.append(("bh", "Sådan klager du"))
            blocks += [("p", x) for x in app]
        blocks.append(("p", f"Har du spørgsmål, så ring til mig på {c.cwphone}."))
        blocks.append(("sig", ["Venlig hilsen", c.cw, "Jobkonsulent"]))
        layout = "l-plain-decision"
    else:
        title = {"grant": "Bevilling af mentor", "partial": "Delvis bevilling af mentorstøtte",
                 "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af mentorstøtte",
                 "end": "Ophør af mentorstøtte"}[sub]
        blocks = [("title", title), ("meta", [("", sender("F", c.letter)), ("Dato", slash_date(c.letter)),
                                              ("Sag", c.caseno)] + ([(cpr_line("F"), c.cpr)] if cpr else []))]
        blocks.append(("p", f"Hej {c.fn}"))
        blocks.append(("h", "Hvad har vi besluttet?"))
        blocks.append(("p", {
            "grant": f"Vi har besluttet, at du får mentorstøtte fra {dfmt(s)} til {dfmt(e)}. Du får {hrs}.",
            "partial": f"Du bad om mentor i 12 måneder og 4 timer om ugen. Vi har besluttet, at du får mentor fra {dfmt(s)} til {dfmt(e)} med {hrs}.",
            "refusal": "Vi har besluttet, at du ikke kan få mentorstøtte lige nu.",
            "extension": f"Vi forlænger din mentorstøtte. Den nye periode er {dfmt(s)} til {dfmt(e)}.",
            "end": f"Vi stopper din mentorstøtte fra {dfmt(c.start)}.",
        }[sub]))
        if reasons:
            blocks.append(("h", "Hvorfor?"))
            blocks.append(("p", reasons))
        if app:
            blocks.append(("h", "Hvis du er uenig"))
            blocks += [("p", x) for x in app]
        blocks.append(("p", f"Hilsen {c.cw}, Ungeindsatsen, tlf. {c.cwphone}"))
        layout = "f-question-decision"
    return blocks, rules, traits, extras, span, layout


# ================================================================== MIN PLAN
def minplan(c, D, rng, cpr):
    rules, traits = set(), []
    muni = c.muni
    org, dom = rng.choice(ORGS[muni])
    goal = rng.choice(clear_goals(c))
    if "goal_missing" in D:
        goal = None; rules.add("missing-goal"); traits.append("goal:absent")
    elif "goal_unclear" in D:
        goal = rng.choice(UNCLEAR).format(fn=c.fn); rules.add("unclear-goal"); traits.append("goal:unclear")
    mentor = f"{c.mentor}, {org}, tlf. {c.mphone}"
    if "mentor_missing" in D:
        mentor = rng.choice([c.mentor, f"{org} (mentor ikke fundet endnu)"]); rules.add("missing-mentor"); traits.append("mentor:incomplete")
    tasks = [t.format(fn=c.fn) for t in rng.choice(TASKS)]
    if "tasks_missing" in D:
        tasks = None; rules.add("missing-tasks"); traits.append("tasks:absent")
    months = rng.choice([4, 6, 6])
    if "over6" in D:
        months = rng.choice([9, 12]); rules.add("duration-over-6-months"); traits.append(f"period:{months}-months")
    t, s, e = period_text(c, muni, months, rng)
    span = (s, e)
    if "duration_missing" in D:
        t = None; span = None; rules.add("missing-duration"); traits.append("duration:absent")
    hrs = hours_text(c, muni)
    if "hours_missing" in D:
        hrs = rng.choice([None, "efter behov"]); rules.add("missing-hours"); traits.append("hours:missing")
    other = "other_activity" in D
    if muni == "V":
        blocks = [("title", "Min Plan – udskrift"), ("meta", [("Udskrevet", long_date(c.letter)), ("Borger", c.name)] +
                                                      ([(cpr_line("V"), c.cpr)] if cpr else []))]
        if not ({"goal_missing", "goal_unclear"} & set(D)):
            blocks.append(("p", "Mit mål: " + rng.choice(["Job eller uddannelse – se indsatserne nedenfor", "Selvforsørgelse", "Ordinært job på nedsat tid"])))
        if other:
            ls = add_months(s, -2)
            blocks.append(("h", "Løntilskud – privat virksomhed (Aktiv)"))
            blocks.append(("kv", [("Sted", "Vesterå Maskinfabrik A/S"), ("Periode", f"{long_date(ls)} – {long_date(six_end(ls, 12))}"),
                                  ("Timer", "30 timer pr. uge"), ("Kontaktperson", f"Jan Riis, tlf. 75 {rng.randint(10,99)} 40 40")]))
            traits.append("trap:other-activity-12-months")
        blocks.append(("h", "Mentorstøtte (§ 167) (Aktiv)"))
        rows = []
        if goal: rows.append(("Formål", goal))
        rows.append(("Mentor", mentor))
        if tasks: rows.append(("Opgaver", "\n".join(tasks)))
        if t: rows.append(("Periode", t))
        if hrs: rows.append(("Timetal", hrs))
        blocks.append(("kv", rows))
        layout = "v-plan-print"
    elif muni == "L":
        blocks = [("title", "Min Plan"), ("p", f"{c.name}" + (f" – {c.cpr}" if cpr else "")),
                  ("p", "Her kan du se, hvad du og kommunen har aftalt. Planen bliver opdateret, når noget ændrer sig.")]
        if other:
            blocks.append(("bh", "Uddannelse: FGU Lynghøj, PGU (Igangværende)"))
            fs = add_months(s, -1)
            blocks.append(("p", f"Periode: {dot_date(fs)} – {dot_date(six_end(fs, 18))}"))
            traits.append("trap:other-activity-18-months")
        blocks.append(("bh", "Mentor"))
        items = []
        if goal: items.append(f"Målet med mentorstøtten: {goal}")
        items.append(f"Din mentor: {mentor}")
        if tasks: items.append("Mentoren hjælper dig med: " + "; ".join(t[0].lower() + t[1:] for t in tasks))
        if t: items.append(f"Periode: {t}")
        if hrs: items.append(f"Timer: {hrs}")
        blocks.append(("ul", items))
        layout = "l-plan-bullets"
    else:
        blocks = [("title", "MIN PLAN – Fjordby Kommune"), ("meta", [("Ung", c.name), ("Sag", c.caseno)] + ([(cpr_line("F"), c.cpr)] if cpr else []))]
        if other:
            blocks.append(("h", "Aktivitet: Behandling – Ungdomspsykiatrisk ambulatorium"))
            blocks.append(("kv", [("Sted", "Regionspsykiatrien Fjordby"), ("Start", slash_date(add_months(s, -3))),
                                  ("Slut", slash_date(add_months(s, 9)))]))
            traits.append("trap:other-activity-12-months")
        blocks.append(("h", "Aktivitet: Mentor"))
        rows = []
        if goal: rows.append(("Mål", goal))
        rows.append(("Mentor", mentor))
        if tasks: rows.append(("Indsatsområder", "; ".join(tasks)))
        if t: rows.append(("Varighed", t))
        if hrs: rows.append(("Timer", hrs))
        blocks.append(("kv", rows))
        layout = "f-plan-export"
    if "no_follow" not in D and rng.random() < 0.4:
        blocks.append(("p", "Næste samtale: " + rng.choice(["aftales med din vejleder", f"{long_date(add_months(s, 1))} kl. 10.00"])))
    return blocks, rules, traits, [], span, layout


# ================================================================== LOOK-ALIKES (kind unknown)
def unknown(c, sub, rng, cpr):
    muni = c.muni
    org, dom = rng.choice(ORGS[muni])
    s, e = c.start, six_end(c.start)
    dfmt = {"V": long_date, "L": dot_date, "F": slash_date}[muni]
    tasks = [t.format(fn=c.fn) for t in rng.choice(TASKS)]
    goal = rng.choice(clear_goals(c))
    idl = ([(cpr_line(muni), c.cpr)] if cpr else [])
    if sub == "status":
        blocks = [("title", "Statusrapport – mentorforløb"), ("meta", [("Leverandør", org), ("Dato", dfmt(add_months(s, 3)))]),
                  ("kv", [("Borger", c.name)] + idl + [("Mentor", f"{c.mentor}, tlf. {c.mphone}"), ("Bevilget periode", f"{dfmt(s)} – {dfmt(e)}"),
                          ("Forbrugte timer", f"{c.hours_n * 12} af {c.hours_n * 26} timer")]),
                  ("h", "Forløbet indtil nu"),
                  ("p", f"{c.fn} er mødt op til 11 ud af 12 aftaler. Vi har arbejdet med fremmøde og transport, og {c.fn} tager nu selv bussen til praktikken."),
                  ("h", "Vurdering af progression"),
                  ("p", "Delmålet om tre dages fremmøde om ugen er nået. Næste delmål er fire dage. Mentor anbefaler, at forløbet fortsætter som planlagt."),
                  ("sig", [c.mentor, org])]
        return blocks, "status-report"
    if sub == "invoice":
        n = c.hours_n * 4
        blocks = [("title", f"Faktura nr. {rng.randint(2000, 9999)}"), ("meta", [("Afsender", org), ("CVR", str(rng.randint(20000000, 45999999))),
                                                                          ("Fakturadato", dot_date(add_months(s, 1)))]),
                  ("p", f"Til: {sender(muni, s)}, Kreditorbogholderiet"),
                  ("grid", [["Ydelse", "Periode", "Timer", "Pris", "Beløb"],
                            [f"Mentorstøtte, {c.name} (sag {c.caseno})", f"{dot_date(s)}–{dot_date(add_months(s, 1) - timedelta(days=1))}", str(n), "495,00", f"{n * 495:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")]]),
                  ("p", "Betalingsbetingelser: netto 30 dage. EAN-nummer skal fremgå af fakturaen."),
                  ("p", f"Rekvisitionsnr. REK{rng.randint(100000, 999999)}")]
        return blocks, "invoice"
    if sub == "minutes":
        blocks = [("title", "Referat af opfølgningsmøde"), ("meta", [("Dato", dfmt(add_months(s, 2))), ("Sted", "Jobcentret, mødelokale 3")]),
                  ("p", f"Deltagere: {c.name}, {c.mentor} (mentor), {c.cw} (sagsbehandler)"),
                  ("ol", ["Siden sidst: Fremmødet i praktikken er stabilt, dog to sygedage i uge 14.",
                          f"Mentors iagttagelser: {c.fn} tager mere initiativ over for kollegerne.",
                          "Næste skridt: Praktikken udvides med én dag. Næste møde om fire uger.",
                          "Eventuelt: Intet."]),
                  ("p", f"Referent: {c.cw}")]
        return blocks, "minutes"
    if sub == "guidance":
        town = {"V": "Vesterå", "L": "Lynghøj", "F": "Fjordby"}[muni]
        blocks = [("title", f"Sådan foregår mentorstøtte i {town} Kommune"),
                  ("p", "Mentorstøtte er en hjælp til dig, der har brug for ekstra støtte for at komme i job eller uddannelse. Støtten bevilges efter § 167 i lov om en aktiv beskæftigelsesindsats."),
                  ("h", "Hvad står der i aftalen?"),
                  ("p", "Når du får en mentor, laver vi en skriftlig aftale. Den indeholder:"),
                  ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                          "hvor længe aftalen gælder – højst 6 måneder ad gangen", "hvor mange timer om ugen", "hvordan vi følger op", "klagevejledning"]),
                  ("h", "Kan jeg klage?"),
                  ("p", "Ja. Du klager til kommunen inden 4 uger. Kommunen genvurderer afgørelsen, og hvis den fastholdes, sendes klagen til Ankestyrelsen."),
                  ("p", f"Spørgsmål? Kontakt {sender(muni, date(2026, 6, 1))} på tlf. {c.cwphone}.")]
        return blocks, "guidance-leaflet"
    if sub == "private":
        club = rng.choice(["Vesterå Boldklub", "Lynghøj Friskole", "FDF Fjordby"])
        blocks = [("title", f"Mentoraftale – {club}"),
                  ("p", f"Aftale mellem {c.name} (junior) og {c.mentor} (frivillig mentor) i {club}'s mentorprogram for unge spillere og elever."),
                  ("kv", [("Formål", "At lære at tage ansvar i klubben og blive hjælpetræner for U10 inden sæsonstart."),
                          ("Mentor", f"{c.mentor}, tlf. {c.mphone}"),
                          ("Vi mødes", "Hver anden tirsdag efter træning, ca. en time"),
                          ("Periode", "Sæsonen 2026/27")]),
                  ("p", "Programmet er frivilligt og har intet med kommunen at gøre. Begge parter kan stoppe aftalen, når de vil."),
                  ("sig", ["Underskrift junior / forælder", "Underskrift mentor"])]
        return blocks, "private-mentoraftale"
    if sub == "hearing":
        blocks = [("title", "Partshøring – inden vi træffer afgørelse om din mentorstøtte"), ("meta", [("", sender(muni, c.letter)), ("Dato", dfmt(c.letter))]),
                  ("p", f"Kære {c.fn}"),
                  ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med din mentor. Inden vi træffer en afgørelse, har du ret til at komme med dine bemærkninger."),
                  ("p", f"Du kan ringe eller skrive til mig senest den {dfmt(c.letter + timedelta(days=14))}. Hører vi ikke fra dig, træffer vi afgørelse på det grundlag, vi har."),
                  ("sig", ["Venlig hilsen", c.cw])]
        return blocks, "hearing-letter"
    if sub == "order":
        blocks = [("title", "Bestilling af mentorforløb"), ("meta", [("Fra", sender(muni, c.letter)), ("Til", org), ("Dato", dfmt(c.letter))]),
                  ("kv", [("Borger", c.name)] + idl + [("Ønsket opstart", dfmt(s)), ("Forventet timetal", hours_text(c, muni)),
                          ("Baggrund", f"{c.fn} skal starte i praktik og har brug for støtte til fremmøde.")]),
                  ("p", "Leverandøren bedes inden 5 hverdage bekræfte, at forløbet kan starte, og oplyse navnet på den mentor, der tilknyttes."),
                  ("p", f"Kontakt: {c.cw}, tlf. {c.cwphone}")]
        return blocks, "provider-order"
    if sub == "blank":
        blocks = [("title", "Aftale om mentorstøtte"), ("p", "Skabelon – version 3.2, opdateret af Jobcentrets kvalitetsgruppe"),
                  ("kv", [("Borger", ""), ("Formål med mentorstøtten", ""), ("Mentor (navn, tlf., mail)", ""), ("Mentorens opgaver", ""),
                          ("Periode (fra – til)", ""), ("Timetal pr. uge", ""), ("Opfølgning", "")]),
                  ("h", "Klagevejledning"), ("p", "[Standardtekst indsættes automatisk fra sagssystemet]")]
        return blocks, "blank-template"
    if sub == "meeting":
        blocks = [("title", "Indkaldelse til samtale"), ("meta", [("", sender(muni, c.letter)), ("Dato", dfmt(c.letter))]),
                  ("p", f"Kære {c.name}"),
                  ("p", f"Du er indkaldt til en samtale om mentorstøtte den {dfmt(c.letter + timedelta(days=9))} kl. 10.00 på jobcentret. Din kommende mentor, {c.mentor}, deltager også."),
                  ("p", "På mødet laver vi sammen aftalen om mål, opgaver og opfølgning."),
                  ("p", "Hvis du er forhindret, skal du ringe til os senest dagen før."),
                  ("sig", ["Med venlig hilsen", c.cw])]
        return blocks, "meeting-invitation"
    if sub == "final_eval":
        blocks = [("title", "Slutevaluering fra mentor"), ("meta", [("Leverandør", org), ("Dato", dfmt(e))]),
                  ("kv", [("Borger", c.name), ("Periode", f"{dfmt(s)} – {dfmt(e)}"), ("Timer i alt", str(c.hours_n * 26))]),
                  ("h", "Er målet nået?"), ("p", f"Ja, delvist. {c.fn} er startet på skolen og har haft 8 % fravær i første måned."),
                  ("h", "Anbefaling"), ("p", "Mentor anbefaler ingen forlængelse. Skolens elevcoach overtager kontakten."),
                  ("sig", [c.mentor])]
        return blocks, "final-evaluation"
    if sub == "receipt":
        blocks = [("title", "Kvittering for modtagelse af din ansøgning"), ("meta", [("", sender(muni, c.letter)), ("Dato", dfmt(c.letter))]),
                  ("p", f"Kære {c.fn}"),
                  ("p", "Vi har modtaget din ansøgning om mentorstøtte. Vi forventer at kunne give dig svar inden for 4 uger. Du hører fra os, hvis vi har brug for flere oplysninger."),
                  ("sig", ["Venlig hilsen", sender(muni, c.letter)])]
        return blocks, "receipt"
    if sub == "newsletter":
        blocks = [("title", "Nyt fra Beskæftigelse – nyhedsbrev til samarbejdspartnere, juni 2026"),
                  ("h", "Nye regler for mentorstøtte"),
                  ("p", "Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret' i loven. Vores breve ændres løbende. Mentorstøtte gives stadig i højst 6 måneder ad gangen."),
                  ("h", "Fakturering"),
                  ("p", "Husk at angive rekvisitionsnummer og borgerens sagsnummer på alle fakturaer. Fakturaer uden rekvisitionsnummer returneres."),
                  ("h", "Temadag for mentorer"),
                  ("p", "Vi holder temadag den 9. september kl. 9-15 om progression og delmål. Tilmelding til mentorteamet.")]
        return blocks, "newsletter"
    if sub == "reconsider":
        blocks = [("title", "Genvurdering af din klage – vi fastholder afgørelsen"), ("meta", [("", sender(muni, c.letter)), ("Dato", dfmt(c.letter))]),
                  ("p", f"Kære {c.fn}"),
                  ("p", f"Du har klaget over vores afgørelse af {dfmt(c.letter - timedelta(days=30))} om afslag på mentorstøtte. Vi har genvurderet sagen, men fastholder afgørelsen."),
                  ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som nu behandler din klage. Du hører fra Ankestyrelsen."),
                  ("sig", ["Venlig hilsen", c.cw])]
        return blocks, "reconsideration-upheld"
    if sub == "calendar":
        blocks = [("title", "Mine aftaler"), ("p", f"{c.name}"),
                  ("grid", [["Dato", "Tid", "Hvad", "Hvor"],
                            [dfmt(s), "09.30", "Møde med mentor", "Jobcentret"],
                            [dfmt(s + timedelta(days=7)), "09.30", "Møde med mentor", "Café Bien"],
                            [dfmt(s + timedelta(days=28)), "13.00", "Opfølgning med sagsbehandler", "Telefon"]])]
        return blocks, "calendar"
    if sub == "referral":
        blocks = [("title", "Henvisning – mentorstøtte"), ("meta", [("Fra", c.cw), ("Til", org), ("Dato", dfmt(c.letter))]),
                  ("p", f"Vi henviser hermed {c.name} til et mentorforløb. Borgeren har givet samtykke til, at oplysningerne videregives."),
                  ("kv", [("Målgruppe", "Aktivitetsparat kontanthjælpsmodtager"), ("Ønsket start", dfmt(s)), ("Bemærkninger", "Ønsker kvindelig mentor.")])]
        return blocks, "referral"
    raise ValueError(sub)


# ================================================================== plan and output
AG_DEFECTS = [[]] * 14 + [
    ["goal_missing"], ["goal_unclear"], ["mentor_missing"], ["tasks_missing"], ["duration_missing"],
    ["follow_missing"], ["hours_missing"], ["appeal:absent"], ["appeal:incomplete"], ["over6"],
    ["goal_unclear", "follow_missing"], ["hours_missing", "appeal:nodeadline"], ["over6", "mentor_missing"],
    ["tasks_missing", "follow_missing"], ["appeal:wrong"], ["duration_missing", "hours_missing"],
    ["goal_missing", "appeal:absent"], ["over6", "goal_unclear"], ["follow_missing"], ["appeal:nodeadline"],
    ["over6"], ["mentor_missing", "hours_missing"]]
DEC_DEFECTS = {
    "grant": [[], [], [], ["appeal:absent"], ["over6"], ["appeal:wrong"], ["appeal:incomplete"]],
    "partial": [[], [], ["noreason"], ["appeal:nodeadline"], ["noreason", "appeal:absent"]],
    "refusal": [[], [], ["noreason"], ["appeal:incomplete"], ["appeal:wrong"]],
    "extension": [[], [], ["over6"], ["appeal:absent"], ["over6", "appeal:nodeadline"]],
    "end": [[], [], ["noreason"], ["appeal:absent"]],
}
MP_DEFECTS = [[]] * 6 + [["other_activity"]] * 3 + [
    ["goal_missing"], ["goal_unclear"], ["goal_unclear"], ["mentor_missing"], ["tasks_missing"],
    ["duration_missing"], ["hours_missing"], ["over6"], ["over6"], ["other_activity", "over6"],
    ["mentor_missing", "hours_missing"]]
UNKNOWN_SUBS = ["status", "invoice", "minutes", "guidance", "private", "hearing", "order", "blank",
                "meeting", "final_eval", "receipt", "newsletter", "reconsider", "calendar", "referral",
                "status", "guidance", "minutes"]
FORMATS = {"V": ["docx", "pdf-lo-docx", "odt", "txt"],
           "L": ["pdf-rl", "odt", "docx", "pdf-lo-odt"],
           "F": ["html", "txt", "pdf-rl", "docx"]}
FOLDER = {"V": "vestera", "L": "lynghoj", "F": "fjordby"}


def fname(c: Case, kind: str, sub: str, ext: str, n: int) -> str:
    fn = c.fn.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
    dec = {"grant": "bevilling", "partial": "delvis-bevilling", "refusal": "afslag", "extension": "forlaengelse", "end": "ophoer"}
    unk = {"status": "statusrapport", "invoice": "faktura", "minutes": "referat", "guidance": "vejledning",
           "private": "mentoraftale-klub", "hearing": "partshoering", "order": "bestilling", "blank": "skabelon",
           "meeting": "indkaldelse", "final_eval": "slutevaluering", "receipt": "kvittering", "newsletter": "nyhedsbrev",
           "reconsider": "genvurdering", "calendar": "mine-aftaler", "referral": "henvisning"}
    word = {"agreement": "aftale", "decision": "afgoerelse-" + dec.get(sub, sub), "minplan": "minplan",
            "unknown": unk.get(sub, sub)}[kind]
    if c.muni == "V":
        return f"{c.caseno}_{word.capitalize()}_{n:03d}.{ext}"
    if c.muni == "L":
        return f"{word}_{fn}_{c.letter:%Y%m%d}_{n:03d}.{ext}"
    return f"{word}-{fn}-{n:03d}.{ext}"


def flat(blocks) -> str:
    out = []
    for b in blocks:
        v = b[1]
        if isinstance(v, str):
            out.append(v)
        else:
            for x in v:
                out.append(" ".join(map(str, x)) if isinstance(x, (list, tuple)) else str(x))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    plan = []
    ag = list(AG_DEFECTS)
    rng.shuffle(ag)
    munis = ["V", "L", "F"]
    udsk_left = 2
    for i, D in enumerate(ag):
        m = munis[i % 3]
        D = list(D)
        if m == "V" and not D and udsk_left:
            D = ["udsk"]; udsk_left -= 1
        plan.append(("agreement", m, "agreement", D))
    j = 0
    for sub, lst in DEC_DEFECTS.items():
        for D in lst:
            plan.append(("decision", munis[j % 3], sub, list(D))); j += 1
    mp = list(MP_DEFECTS)
    rng.shuffle(mp)
    for i, D in enumerate(mp):
        plan.append(("minplan", munis[(i + 1) % 3], "minplan", list(D)))
    for i, sub in enumerate(UNKNOWN_SUBS):
        plan.append(("unknown", munis[(i + 2) % 3], sub, []))

    fmt_counter = {}
    entries, lo_sources = [], []
    for n, (kind, m, sub, D) in enumerate(plan, 1):
        c = Case(rng, m)
        cpr = rng.random() < 0.33
        k = (m, kind)
        fmt = FORMATS[m][fmt_counter.get(k, 0) % 4]
        fmt_counter[k] = fmt_counter.get(k, 0) + 1
        extras, span, rules, traits = [], None, set(), []
        if kind == "agreement":
            blocks, rules, traits, extras, span, layout = {"V": agreement_V, "L": agreement_L, "F": agreement_F}[m](c, D, rng, cpr)
        elif kind == "decision":
            blocks, rules, traits, extras, span, layout = decision(c, sub, D, rng, cpr)
        elif kind == "minplan":
            blocks, rules, traits, extras, span, layout = minplan(c, D, rng, cpr)
        else:
            blocks, layout = unknown(c, sub, rng, cpr)
        ext = {"docx": "docx", "odt": "odt", "txt": "txt", "html": "html"}.get(fmt, "pdf")
        rel = Path(FOLDER[m]) / fname(c, kind, sub, ext, n)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        org_line = sender(m, c.letter)
        text0 = flat(blocks)
        letterhead = "" if org_line in text0 else org_line
        if fmt == "docx":
            R.to_docx(blocks, path, font={"V": "Arial", "L": "Calibri", "F": "Verdana"}[m],
                      header_text=org_line if m == "V" else None)
        elif fmt == "odt":
            R.to_odt(blocks, path)
        elif fmt == "txt":
            R.to_txt(blocks, path, style={"V": "export", "L": "plain", "F": "md"}[m],
                     encoding="cp1252" if (m == "V" and n % 2) else "utf-8")
        elif fmt == "html":
            R.to_html(blocks, path, org=letterhead)
        elif fmt == "pdf-rl":
            R.to_pdf_rl(blocks, path, org=letterhead if m == "F" else "",
                        accent={"L": "#2e6b30", "F": "#004b87"}[m])
        elif fmt == "pdf-lo-docx":
            src = path.with_suffix(".docx")
            R.to_docx(blocks, src, font="Arial", header_text=org_line)
            lo_sources.append(src)
        elif fmt == "pdf-lo-odt":
            src = path.with_suffix(".odt")
            R.to_odt(blocks, src)
            lo_sources.append(src)
        text = flat(blocks)
        mnc = [c.cpr, c.cpr.replace("-", "")] if c.cpr in text else []
        if mnc:
            traits.append("cpr")
        traits.append(f"made:{fmt}")
        traits.append(f"muni:{FOLDER[m]}")
        entry = {"path": str(rel), "format": ext, "kind": kind,
                 "subtype": sub if kind != "agreement" else ("udskrivningskoordinator" if "udsk" in D else "agreement"),
                 "layout": layout, "rules": sorted(rules), "extras": sorted(set(extras)), "error": None,
                 "accept_errors": [], "must_not_contain": mnc, "traits": traits}
        if span:
            entry["period"] = {"start": span[0].isoformat(), "end": span[1].isoformat()}
        entries.append(entry)
    if lo_sources:
        R.soffice_to_pdf(lo_sources, out)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = [e["path"] for e in entries if not (out / e["path"]).exists()]
    if missing:
        raise SystemExit(f"not written: {missing}")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
