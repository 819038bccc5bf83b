#!/usr/bin/env python3
"""Corpus eu: multi-column PDF pages (sidebars, two-column newsletter pages, frames,
column sections, table-laid pages) holding mentor agreements, decisions and Min Plan entries.

Deterministic: python make_corpus_eu.py --out /work/corpora/eu [--seed 1209]
Written independently of the linter (see NOTES.md).
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

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,  # noqa: E402
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Anna", "Mads", "Sofie", "Ahmed", "Fatima", "Jonas", "Line", "Kasper", "Maja", "Emil",
         "Nadia", "Oliver", "Sara", "Rasmus", "Ida", "Yusuf", "Camilla", "Mikkel", "Aisha", "Frederik",
         "Louise", "Tobias", "Mathilde", "Patrick", "Hanne", "Bilal", "Katrine", "Nikolaj"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mortensen", "Kaya", "Ali", "Holm", "Lund", "Bech", "Dahl"]
KOMMUNER = ["Holbæk Kommune", "Faxe Kommune", "Tønder Kommune", "Assens Kommune", "Roskilde Kommune",
            "Herning Kommune", "Rudersdal Kommune", "Gribskov Kommune", "Vejle Kommune",
            "Næstved Kommune", "Slagelse Kommune", "Viborg Kommune"]
AFD = ["Job og Borgerservice", "Beskæftigelse og Uddannelse", "Center for Arbejdsmarked",
       "Jobcentret", "Ungeindsatsen", "Team Mentor og Udvikling"]
PROVIDERS = ["Jobhuset Vest", "Mentorkompagniet ApS", "Kommunens mentorteam", "Brobyggerne",
             "Vækstværket", "Mentorhuset Sjælland", "Trin for Trin ApS", "Kompas Mentor"]
PLACES = ["Netto i Bymidten", "Bilka lageret", "Plantorama", "Byens Cykler", "Kirkebjerg Plejecenter",
          "Genbrugspladsen Nord", "Kantinen på Rådhuset", "XL-Byg", "Hotel Strand", "Daglig Brugsen"]
EDUS = ["SOSU-hjælperuddannelsen", "EUD grundforløb 1 (Tech College)", "FGU Produktionsgrundskole",
        "HF-enkeltfag på VUC", "pædagogisk assistentuddannelse", "smedeuddannelsen på EUC"]
JOBS = ["lagermedarbejder", "køkkenmedhjælper", "pedelmedhjælper", "butiksassistent",
        "rengøringsassistent", "chauffør", "gartnermedhjælper"]


# ----------------------------------------------------------------------------- small helpers
def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def fmt_range(a: dt.date, b: dt.date, style: int, r: random.Random) -> str:
    sep = r.choice([" – ", " til ", " - "])
    if r.random() < 0.2:
        return f"fra og med {fmt_date(a, style)} til og med {fmt_date(b, style)}"
    return f"{fmt_date(a, style)}{sep}{fmt_date(b, style)}"


def phone(r: random.Random) -> str:
    return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"


def cpr(r: random.Random) -> str:
    d = dt.date(r.randint(1960, 2006), r.randint(1, 12), r.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------- content pools
def goal_text(r, fn, kind):
    place, edu, job = r.choice(PLACES), r.choice(EDUS), r.choice(JOBS)
    d = fmt_date(dt.date(2026, r.randint(3, 10), 1), r.choice([0, 1, 3]))
    if kind == "clear":
        return r.choice([
            f"{fn} er i virksomhedspraktik hos {place} {r.randint(10, 25)} timer om ugen senest {d} "
            f"og har et fremmøde på mindst 90 %.",
            f"{fn} starter på {edu} den {d} og møder op mindst fire dage om ugen i det første halvår.",
            f"At {fn} kommer i løntilskudsjob som {job} ved {place}. Første skridt er, at {fn} møder "
            f"stabilt til praktik tre dage om ugen fra {d}.",
            f"{fn} fastholder sit fleksjob som {job} hos {place} og har højst to fraværsdage pr. måned.",
            f"Målet er, at {fn} gennemfører grundforløbet på {edu} og består de afsluttende prøver.",
            f"{fn} søger mindst to relevante stillinger som {job} om ugen og er i ordinært job "
            f"eller job med løntilskud senest {d}.",
        ])
    return r.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"{fn} skal have mere struktur på hverdagen og et bedre selvværd.",
        "Sikre at borgeren bliver motiveret og får det bedre.",
        "Hjælp til at komme tættere på arbejdsmarkedet.",
        f"At {fn} får styr på sin økonomi og sine daglige gøremål.",
        "Motivere borgeren og skabe trivsel i hverdagen.",
    ])


TASKS = [
    "følge {fn} til praktikstedet de første to uger",
    "hjælpe med at planlægge transporten og ugens mødetider",
    "tage kontakt til arbejdspladsen, hvis der opstår problemer",
    "hjælpe {fn} med at åbne og forstå breve i e-Boks",
    "træne jobsamtaler og hjælpe med ansøgninger og CV",
    "være bindeled mellem {fn}, uddannelsesstedet og kommunen",
    "støtte {fn} i at holde aftaler med læge og behandler",
    "hjælpe med at skabe en fast døgnrytme på hverdage",
    "være med til de første møder med studievejlederen",
    "ringe {fn} op om morgenen, når der er mødepligt",
]


def tasks_list(r, fn):
    return [t.format(fn=fn) for t in r.sample(TASKS, r.randint(2, 4))]


def followup_text(r, fn, kind):
    if kind == "clear":
        return r.choice([
            f"Statusmøde hver 4. uge med {fn}, mentor og sagsbehandler. 14 dage før ophør evaluerer vi "
            f"progressionen i forhold til målet.",
            "Mentoren sender en kort skriftlig status hver måned. Midtvejsevaluering efter 3 måneder og "
            "slutevaluering 14 dage inden støtteperioden ophører.",
            f"Vi følger op hver måned på et fælles møde. Delmål: {fn} møder mindst fire dage om ugen fra "
            f"anden måned.",
            "Opfølgning: sagsbehandler holder opfølgningssamtale hver 6. uge og ser på progressionen. "
            "Evaluering fire uger før bevillingen udløber.",
        ])
    return r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                     "Vi tager en snak, når der er brug for det."])


def hours_text(r, kind):
    if kind == "clear":
        return r.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                         "I mødes hver tirsdag kl. 9-11.", "1,5 time pr. uge", "5 timer om ugen"])
    return r.choice(["et par timer om ugen", "efter behov", "løbende, som det passer"])


APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger efter, at "
    "du har modtaget afgørelsen. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
    "afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kap. 10.",
    "Du kan klage mundtligt eller skriftligt til {k}, {afd}, inden 4 uger fra du har modtaget dette "
    "brev. Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens papirer til "
    "Ankestyrelsen, Beskæftigelsesudvalget.",
    "Sådan klager du: Send din klage til jobcentret senest 4 uger efter modtagelsen. Jobcentret "
    "vurderer afgørelsen igen, og hvis den fastholdes, går klagen til Ankestyrelsen. Du kan ikke "
    "klage direkte til Ankestyrelsen.",
    "Er du uenig, kan du klage til kommunen inden fire uger. Du kan ringe, skrive en mail eller "
    "bruge den digitale blanket. Kommunen skal genvurdere sagen, og fastholdes afgørelsen, "
    "behandles klagen af Ankestyrelsen.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Er du utilfreds, er du velkommen til at kontakte os.",
               "Du har mulighed for at klage. Kontakt din sagsbehandler."]


def appeal_text(r, k, afd, kind):
    if kind == "full":
        return r.choice(APPEAL_FULL).format(k=k, afd=afd)
    return r.choice(APPEAL_WEAK)


FILLER = [
    "{fn} har tidligere været i et forløb på et aktivitetscenter og har givet udtryk for, at en fast "
    "person at gå til gør det lettere at komme i gang.",
    "Borgeren bor alene i en lejlighed i byen og har ikke bil. Offentlig transport fungerer, men kræver "
    "planlægning.",
    "Aftalen er lavet på et møde på rådhuset, hvor {fn} deltog sammen med sin bisidder.",
    "Husk at melde afbud til din mentor, hvis du er syg. Ring gerne inden kl. 9.",
    "Dine oplysninger behandles efter databeskyttelsesforordningen. Du kan læse mere om, hvordan "
    "kommunen behandler personoplysninger, på kommunens hjemmeside.",
    "Mentoren har tavshedspligt og må kun dele oplysninger med sagsbehandleren, når du har givet "
    "samtykke.",
    "{fn} fortæller, at det især er de første dage et nyt sted, der er svære, og at det hjælper at "
    "kende vejen i forvejen.",
    "Mentorstøtten er frivillig, og du kan altid tale med din sagsbehandler, hvis samarbejdet ikke "
    "fungerer.",
    "Kommunen har i forvejen tilbudt {fn} samtaler med en psykolog. Det forløb er ikke en del af "
    "denne aftale.",
]

LONG = [
    "Samarbejdet bygger på, at {fn} selv er med til at bestemme, hvad der skal ske. Mentoren er ikke "
    "sagsbehandler og træffer ingen afgørelser om ydelser eller tilbud.",
    "Mentoren møder {fn} der, hvor det giver mening: hjemme, på en café, på arbejdspladsen eller på "
    "skolen. Møderne kan også foregå over telefonen, hvis det passer bedre en given dag.",
    "Hvis {fn} bliver syg eller af andre grunde ikke kan komme, skal mentoren have besked så hurtigt som "
    "muligt. Gentagne udeblivelser tages op med sagsbehandleren.",
    "Mentoren må ikke udføre de opgaver, som kolleger eller lærere normalt løser. Støtten ligger ud over "
    "det, som arbejdspladsen eller uddannelsesstedet selv tilbyder.",
    "Kørsel i mentorens egen bil aftales særskilt. Udgifter til bus og tog dækkes efter kommunens "
    "almindelige regler.",
    "Hvis der sker store ændringer i {fn}s situation, for eksempel flytning, indlæggelse eller nyt job, "
    "giver mentoren besked til kommunen.",
    "Borgeren kan til enhver tid bede om en anden mentor. Det sker i samråd med leverandøren og kommunen.",
    "Mentoren fører ikke journal, men skriver korte noter, som kun bruges i samarbejdet med {fn}.",
]

LONG2 = [
    "Aftalen er udarbejdet i samarbejde mellem borgeren, mentoren og kommunen. Alle parter har fået en "
    "kopi, og borgeren har haft mulighed for at stille spørgsmål til indholdet, inden den blev underskrevet.",
    "Mentoren er ansat hos leverandøren og er forpligtet af leverandørens kontrakt med kommunen. Det "
    "betyder blandt andet, at mentoren skal overholde reglerne om tavshedspligt og databeskyttelse.",
    "Kommunen betaler leverandøren for de timer, hvor mentoren er i direkte kontakt med borgeren. "
    "Forberedelse, transport og administration er ikke en del af de timer, der afregnes.",
    "Hvis borgeren ikke ønsker at fortsætte med mentorstøtten, kan aftalen stoppes. Borgeren skal i så "
    "fald kontakte sin sagsbehandler, som sørger for at give besked til leverandøren.",
    "Oplysninger, som mentoren får kendskab til, videregives kun til kommunen i det omfang, det er "
    "nødvendigt for at løse opgaven, og kun efter aftale med borgeren.",
    "Mentoren har pligt til at handle, hvis mentoren bliver bekymret for borgerens helbred eller "
    "sikkerhed. I så fald orienteres borgeren om, hvem der kontaktes.",
    "Leverandøren sørger for en stedfortræder, hvis mentoren er syg eller på ferie i mere end en uge. "
    "Borgeren får besked, inden en ny person tager over.",
]

# heading variants
H = {
    "goal": ["Mål for mentorstøtten", "Formål", "Hovedformål", "Målsætning", "Målet med forløbet",
             "Mål og delmål", "Formålet med mentorstøtten"],
    "mentor": ["Din mentor", "Mentor", "Mentorens navn og kontaktdata", "Kontakt til mentor",
               "Mentor / kontaktperson"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Det hjælper mentoren med", "Opgaver",
              "Støtten består i", "Hvad skal mentoren hjælpe med?"],
    "duration": ["Periode", "Varighed", "Aftalen gælder", "Bevilget periode", "Aftaleperiode"],
    "followup": ["Opfølgning", "Evaluering og progression", "Sådan følger vi op", "Statusmøder",
                 "Opfølgning og progression"],
    "hours": ["Timetal", "Omfang", "Antal timer", "Timer pr. uge", "Timeantal"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"],
}


# ----------------------------------------------------------------------------- document model
class Doc:
    """A document as ordered sections with a slot each; renderers place the slots."""

    def __init__(self, title, kind, subtype):
        self.title = title
        self.kind = kind
        self.subtype = subtype
        self.subtitle = ""
        self.sections = []   # (slot, heading, [paragraphs], bullets?)
        self.side_info = []  # lines for the contact / date sidebar

    def add(self, slot, heading, paras, bullets=False):
        self.sections.append((slot, heading, paras if isinstance(paras, list) else [paras], bullets))


def period_for(r, defect_over):
    start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 1, 15, 3, 10]))
    if defect_over:
        kind = r.choice(["months", "edge", "length"])
        if kind == "edge":
            end = add_months(start, 6)  # one day too long
            return start, end, None, "period:one-day-over"
        if kind == "length":
            n = r.choice([9, 12, 8])
            return start, add_months(start, n) - dt.timedelta(days=1), n, f"period:length-{n}"
        n = r.choice([7, 8, 9, 10, 12])
        return start, add_months(start, n) - dt.timedelta(days=1), None, f"period:{n}-months"
    kind = r.choice(["exact", "short", "short", "length", "weeks"])
    if kind == "exact":
        return start, add_months(start, 6) - dt.timedelta(days=1), None, "period:exact-six"
    if kind == "length":
        n = r.choice([3, 4, 6])
        return start, add_months(start, n) - dt.timedelta(days=1), n, f"period:length-{n}"
    if kind == "weeks":
        return start, start + dt.timedelta(weeks=26) - dt.timedelta(days=1), "26u", "period:26-weeks"
    n = r.choice([3, 4, 5])
    return start, add_months(start, n) - dt.timedelta(days=1), None, f"period:{n}-months"


def period_string(r, start, end, length, ds):
    if length == "26u":
        return f"26 uger fra {fmt_date(start, ds)}"
    if length:
        return r.choice([f"{length} måneder fra {fmt_date(start, ds)}",
                         f"Fra {fmt_date(start, ds)} og {length} måneder frem",
                         f"pr. {fmt_date(start, ds)} i {length} mdr."])
    return fmt_range(start, end, ds, r)


def person(r):
    return r.choice(FIRST), r.choice(LAST)


SLOT_PLANS = [  # where goal / tasks / followup go; others follow the family
    dict(goal="main", tasks="main", followup="main"),
    dict(goal="top", tasks="main", followup="main"),
    dict(goal="side", tasks="main", followup="main"),
    dict(goal="main", tasks="side", followup="main"),
    dict(goal="top", tasks="top", followup="main"),
    dict(goal="main", tasks="main", followup="side"),
]


def build_agreement(r, defects, ds, with_cpr):
    fn, ln = person(r)
    k, afd = r.choice(KOMMUNER), r.choice(AFD)
    mfn, mln = person(r)
    prov = r.choice(PROVIDERS)
    cw_fn, cw_ln = person(r)
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                      "Skriftlig aftale om mentorstøtte", "Mentorstøtte – aftale",
                      "Samarbejdsaftale om mentorstøtte"])
    d = Doc(title, "agreement", "agreement")
    d.subtitle = r.choice([f"efter lov om en aktiv beskæftigelsesindsats § 167",
                           f"{k} · {afd}", "jf. LAB kap. 26", f"Indgået mellem {fn} {ln}, {prov} og {k}"])
    plan = r.choice(SLOT_PLANS)
    traits = []
    cprv = cpr(r) if with_cpr else None
    side = [f"<b>{k}</b>", afd, f"Dato: {fmt_date(dt.date(2026, r.randint(1, 10), r.randint(1, 28)), 1)}",
            f"Sagsnr.: {r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-A{r.randint(10, 99)}-"
            f"{r.randint(1, 40)}-26",
            "", "<b>Borger</b>", f"{fn} {ln}"]
    if cprv:
        side.append(f"CPR-nr.: {cprv}")
    side += ["", "<b>Sagsbehandler</b>", f"{cw_fn} {cw_ln}", f"Tlf. {phone(r)}",
             f"{cw_fn.lower()}.{cw_ln.lower().replace('ø', 'oe')}@{k.split()[0].lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"]
    d.side_info = side
    # goal
    if "missing-goal" not in defects:
        g = goal_text(r, fn, "unclear" if "unclear-goal" in defects else "clear")
        if "missing-follow-up" in defects:
            g = g.replace("Første skridt er", "Undervejs er det vigtigt")
        d.add(plan["goal"], r.choice(H["goal"]), g)
    # mentor (usually sidebar: contact data)
    mslot = r.choice(["side", "side", "main"])
    if "missing-mentor" in defects:
        v = r.choice([f"{mfn} {mln}, {prov}", "Mentor findes af leverandøren og oplyses senere.",
                      f"{prov} udpeger en mentor."])
        d.add(mslot, r.choice(H["mentor"]), v)
    else:
        em = f"{mfn.lower()}@{prov.split()[0].lower().replace('æ', 'ae')}.dk"
        d.add(mslot, r.choice(H["mentor"]), r.choice([
            [f"{mfn} {mln}", prov, f"Tlf. {phone(r)}", em],
            [f"{mfn} {mln}, {prov}, mobil {phone(r)}"],
            [f"Din mentor er {mfn} {mln} fra {prov}. Du kan ringe på {phone(r)} eller skrive til {em}."]]))
    # tasks
    if "missing-tasks" not in defects:
        d.add(plan["tasks"], r.choice(H["tasks"]), ["Mentoren skal " + t if i == 0 and r.random() < .3 else
                                                    t[0].upper() + t[1:] for i, t in enumerate(tasks_list(r, fn))],
              bullets=True)
    # duration
    over = "duration-over-6-months" in defects
    start, end, length, ptrait = period_for(r, over)
    traits.append(ptrait)
    pslot = r.choice(["side", "main", "top"])
    period = None
    if "missing-duration" not in defects:
        txt = period_string(r, start, end, length, ds)
        if r.random() < .3 and not over:
            txt += r.choice([" (med mulighed for forlængelse)", ". Mentorstøtte gives højst 6 måneder ad gangen."])
        d.add(pslot, r.choice(H["duration"]), txt)
        period = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        traits.append("period:absent")
        if r.random() < .5:
            d.add(pslot, r.choice(H["duration"]), r.choice(["Udfyldes senere", "indtil videre", "-"]))
    # hours
    hslot = r.choice(["side", "main", "top"])
    if "missing-hours" in defects:
        d.add(hslot, r.choice(H["hours"]), hours_text(r, "vague")) if r.random() < .7 else None
    else:
        d.add(hslot, r.choice(H["hours"]), hours_text(r, "clear"))
    # follow up
    if "missing-follow-up" in defects:
        if r.random() < .6:
            d.add(plan["followup"], r.choice(H["followup"]), followup_text(r, fn, "vague"))
    else:
        d.add(plan["followup"], r.choice(H["followup"]), followup_text(r, fn, "clear"))
    # background filler; about half the documents run long enough to flow across columns and pages
    for f in r.sample(FILLER, r.randint(1, 4)):
        d.add("main", r.choice(["Baggrund", "Praktisk", "Godt at vide", ""]), f.format(fn=fn))
    if r.random() < .55:
        d.add("main", r.choice(["Om samarbejdet", "Sådan arbejder vi sammen", "Rammer for mentorforløbet"]),
              [f.format(fn=fn) for f in r.sample(LONG, r.randint(4, 8))])
        traits.append("long-body")
        if r.random() < .6:
            d.add("main", r.choice(["Generelle vilkår", "Vilkår for aftalen", "Det med småt"]),
                  r.sample(LONG2, r.randint(4, 7)))
    # appeal
    aslot = r.choice(["main", "span", "side"])
    if "missing-appeal-guidance" in defects:
        if r.random() < .6:
            d.add(aslot, r.choice(H["appeal"]), appeal_text(r, k, afd, "weak"))
            traits.append("appeal:weak")
        else:
            traits.append("appeal:absent")
    else:
        d.add(aslot, r.choice(H["appeal"]), appeal_text(r, k, afd, "full"))
    d.add(r.choice(["main", "span"]), "Underskrifter",
          [f"Borger: ____________________   Mentor: ____________________   Kommunen: ____________________"])
    traits.append(f"goal:{plan['goal']}")
    traits.append(f"tasks:{plan['tasks']}")
    return d, traits, period, cprv


def build_minplan(r, defects, ds, with_cpr):
    fn, ln = person(r)
    k = r.choice(KOMMUNER)
    mfn, mln = person(r)
    prov = r.choice(PROVIDERS)
    d = Doc(r.choice(["Min Plan", "Min Plan – udskrift", "Min Plan: Indsatser"]), "minplan", "minplan")
    d.subtitle = f"Udskrevet {fmt_date(dt.date(2026, r.randint(1, 10), r.randint(1, 28)), 1)} · {k}"
    cprv = cpr(r) if with_cpr else None
    side = ["<b>Borger</b>", f"{fn} {ln}"] + ([f"CPR {cprv}"] if cprv else []) + [
        "", "<b>Min kontaktperson i kommunen</b>", f"{r.choice(FIRST)} {r.choice(LAST)}", f"Tlf. {phone(r)}",
        ""]
    d.side_info = [s for s in side if s != ""] if r.random() < .5 else side
    traits = []
    # other activity (own period, not the mentor's)
    if r.random() < .4:
        a = dt.date(2026, r.randint(1, 5), 1)
        d.add("main", "Indsats: Virksomhedspraktik",
              [f"Sted: {r.choice(PLACES)}", f"Periode: {fmt_range(a, add_months(a, 10) - dt.timedelta(days=1), ds, r)}",
               "Timer: 20 timer pr. uge"])
        traits.append("other-activity-long")
    d.add("main", "", [f"<b>Indsats: Mentorstøtte (LAB § 167)</b>"])
    if "missing-goal" not in defects:
        d.add(r.choice(["main", "side", "top"]), r.choice(["Formål", "Mål med mentorstøtten", "Målet"]),
              goal_text(r, fn, "unclear" if "unclear-goal" in defects else "clear"))
    if "missing-mentor" in defects:
        d.add("main", "Mentor", r.choice([f"{mfn} {mln}", "Ikke tildelt endnu"]))
    else:
        d.add(r.choice(["main", "side"]), r.choice(["Mentor", "Kontaktperson (mentor)", "Mentorens navn og kontaktdata"]),
              [f"{mfn} {mln}, {prov}", f"Tlf. {phone(r)}"])
    if "missing-tasks" not in defects:
        d.add("main", r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder"]),
              [t[0].upper() + t[1:] for t in tasks_list(r, fn)], bullets=True)
    over = "duration-over-6-months" in defects
    start, end, length, ptrait = period_for(r, over)
    traits.append(ptrait)
    period = None
    if "missing-duration" not in defects:
        d.add(r.choice(["main", "top"]), r.choice(["Periode", "Varighed", "Start – slut"]),
              period_string(r, start, end, length, ds))
        period = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        traits.append("period:absent")
    if "missing-hours" in defects:
        if r.random() < .5:
            d.add("main", "Timetal", hours_text(r, "vague"))
    else:
        d.add("main", r.choice(["Timetal", "Timer pr. uge", "Omfang"]), hours_text(r, "clear"))
    if r.random() < .5:
        d.add("main", "", "Ændringer i timetal eller formål skal fremgå af Min Plan.")
    if r.random() < .4:
        d.add("main", "Om mentorstøtten", [f.format(fn=fn) for f in r.sample(LONG, r.randint(3, 6))])
        traits.append("long-body")
    return d, traits, period, cprv


def build_decision(r, sub, defects, ds, with_cpr):
    fn, ln = person(r)
    k, afd = r.choice(KOMMUNER), r.choice(AFD)
    cw = " ".join(person(r))
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse: delvis bevilling af mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"]}
    d = Doc(r.choice(titles[sub]), "decision", sub)
    cprv = cpr(r) if with_cpr else None
    dated = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
    d.side_info = [f"<b>{k}</b>", afd, f"{r.choice(['Rådhustorvet', 'Torvet', 'Jobcentervej', 'Stationsvej'])} {r.randint(1, 30)}",
                   f"{r.randint(2000, 9000)} {k.split()[0]}", "", f"Dato: {fmt_date(dated, r.choice([0, 1]))}",
                   f"J.nr. {r.randint(15, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(1, 99)}-26",
                   "", "<b>Kontakt</b>", cw, f"Direkte tlf. {phone(r)}"] + ([f"CPR: {cprv}"] if cprv else [])
    d.subtitle = f"Til {fn} {ln}"
    traits = []
    over = "duration-over-6-months" in defects
    period = None
    if sub in ("grant", "partial", "extension"):
        start, end, length, ptrait = period_for(r, over)
        if sub == "extension" and not over:
            length = None
            end = add_months(start, r.choice([3, 6])) - dt.timedelta(days=1)
            ptrait = "period:extension"
        traits.append(ptrait)
        ps = period_string(r, start, end, length, ds)
        period = {"start": start.isoformat(), "end": end.isoformat()}
        h = hours_text(r, "clear").rstrip(".")
        if sub == "grant":
            body = [f"Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. "
                    f"Støtten gives i perioden {ps}.", f"Omfang: {h}."]
            reasons = [f"Du får støtten, fordi du skal i gang med praktik, og du selv og din sagsbehandler "
                       f"vurderer, at du har brug for en fast person de første måneder."]
        elif sub == "partial":
            body = [f"Du søgte om mentorstøtte i {r.choice([9, 12])} måneder og {r.choice([6, 8])} timer om ugen.",
                    f"Vi bevilger mentorstøtte i perioden {ps}. Omfang: {h}."]
            reasons = ["Efter LAB § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt "
                       "vægt på, at dit behov for støtte er størst i opstarten på uddannelsen."]
        else:
            body = [f"Din mentorstøtte forlænges i perioden {ps}, {h}."]
            reasons = ["Vi har foretaget en konkret vurdering ved udløbet af den forrige periode. Din mentor "
                       "oplyser, at du er godt i gang, men at du stadig har brug for støtte til fremmødet."]
    elif sub == "refusal":
        body = [f"Vi har behandlet din ansøgning om mentorstøtte. Du får afslag."]
        reasons = ["Mentorstøtte kan gives, når der er et mål om beskæftigelse eller uddannelse. Vi vurderer, "
                   "at du allerede får den støtte, du har brug for, gennem SPS på uddannelsesstedet. "
                   "Afgørelsen er truffet efter LAB § 167."]
        traits.append("period:none")
    else:
        endd = dt.date(2026, r.randint(3, 11), r.choice([15, 28]))
        body = [f"Din mentorstøtte ophører pr. {fmt_date(endd, ds)}."]
        reasons = ["Du er begyndt i ordinært job og har selv sagt, at du ikke længere har brug for mentoren."]
        traits.append("period:end-date-only")
    d.add(r.choice(["main", "top"]), "Afgørelse", body)
    d.add("main", r.choice(["Begrundelse", "Vores begrundelse", "Hvorfor har vi truffet denne afgørelse?"]), reasons)
    for f in r.sample(FILLER[3:], r.randint(0, 2)):
        d.add("main", "", f.format(fn=fn))
    if r.random() < .4:
        d.add("main", "Om din mentor", [f.format(fn=fn) for f in r.sample(LONG, r.randint(3, 6))])
        traits.append("long-body")
    aslot = r.choice(["main", "span", "side"])
    if "missing-appeal-guidance" in defects:
        if r.random() < .6:
            d.add(aslot, r.choice(H["appeal"]), appeal_text(r, k, afd, "weak"))
            traits.append("appeal:weak")
        else:
            traits.append("appeal:absent")
    else:
        d.add(aslot, r.choice(H["appeal"]), appeal_text(r, k, afd, "full"))
    d.add("main", "", [f"Med venlig hilsen", cw, f"{k}, {afd}"])
    return d, traits, period, cprv


# ----------------------------------------------------------------------------- unknown documents
def build_unknown(r, sub, ds, with_cpr):
    fn, ln = person(r)
    k = r.choice(KOMMUNER)
    cprv = cpr(r) if with_cpr else None
    if sub == "newsletter":
        d = Doc(r.choice(["Nyhedsbrev: Mentorordningen", "Nyt fra Beskæftigelse – mentorstøtte"]), "unknown", "newsletter")
        d.subtitle = f"{k} · nr. {r.randint(1, 9)} · 2026"
        d.side_info = ["<b>I dette nummer</b>", "Hvad skal en aftale indeholde?", "Nye regler i 2026", "Kontakt"]
        d.add("main", "Hvad skal en mentoraftale indeholde?",
              ["En skriftlig aftale skal som minimum indeholde målet med mentorstøtten, mentorens navn og "
               "kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, "
               "timetallet og en klagevejledning.", "Støtten gives i højst 6 måneder ad gangen, med mulighed for "
               "en ny periode efter en konkret vurdering."])
        d.add("main", "Nye regler i 2026", ["Fra 1. februar 2026 hedder det 'kommunen' i stedet for 'jobcentret' "
                                            "i loven. Det ændrer ikke indholdet af mentoraftalerne."])
        d.add("main", "Temadag for mentorer", [f"Vi holder temadag for alle mentorer i {k.split()[0]}. Tilmelding hos "
                                               f"{fn} {ln}, tlf. {phone(r)}."])
    elif sub == "invoice":
        d = Doc("Faktura", "unknown", "invoice")
        prov = r.choice(PROVIDERS)
        d.side_info = [f"<b>{prov}</b>", f"CVR {r.randint(10000000, 99999999)}", f"Tlf. {phone(r)}", "",
                       f"Fakturanr. {r.randint(1000, 9999)}", f"Dato {fmt_date(dt.date(2026, r.randint(2, 10), 1), 1)}"]
        d.subtitle = f"Til {k}, Økonomi"
        h = r.randint(8, 20)
        d.add("main", "Specifikation", [f"Mentortimer for {fn} {ln}, {MONTHS[r.randint(0, 9)]} 2026: {h} timer à 495 kr.",
                                        f"I alt: {h * 495:,} kr. ekskl. moms".replace(",", ".")])
        d.add("main", "Betaling", ["Betales senest 30 dage netto til reg. 1234 konto 5678901."])
    elif sub == "minutes":
        d = Doc("Referat af statusmøde", "unknown", "minutes")
        d.side_info = ["<b>Deltagere</b>", f"{fn} {ln}", "Mentor", "Sagsbehandler", "",
                       f"Dato: {fmt_date(dt.date(2026, r.randint(2, 10), r.randint(1, 28)), 0)}"]
        d.add("main", "1. Hvordan går det?", [f"{fn} fortæller, at praktikken går godt, men at morgenerne er svære."])
        d.add("main", "2. Aftaler", ["Mentor ringer om morgenen de næste to uger. Næste møde om en måned."])
        d.add("main", "3. Eventuelt", ["Intet."])
    elif sub == "status":
        d = Doc("Statusrapport fra mentor", "unknown", "status-report")
        d.side_info = [f"Borger: {fn} {ln}"] + ([f"CPR: {cprv}"] if cprv else []) + [f"Mentor: {' '.join(person(r))}"]
        d.add("main", "Forløbet indtil nu", [f"{fn} er mødt op til 11 ud af 12 aftaler. Vi har arbejdet med "
                                             "transport og mødetider."])
        d.add("main", "Vurdering", ["Mentor vurderer, at der er god progression, og anbefaler at fortsætte."])
    elif sub == "private":
        club = r.choice(["IF Stjernen", "Boldklubben Ørnen", "Friskolen ved Åen", "Ungdomsklubben Kvisten"])
        d = Doc(f"Mentoraftale – {club}", "unknown", "private-mentoraftale")
        d.subtitle = "Frivilligt mentorprogram for unge"
        d.side_info = [f"<b>{club}</b>", f"Kontakt: {' '.join(person(r))}", f"Tlf. {phone(r)}"]
        d.add("main", "Vores mål", [f"{fn} får en voksen ven i klubben og kommer til træning hver uge."])
        d.add("main", "Mentorens rolle", ["Mentoren mødes med den unge i klubhuset ca. en gang om ugen."])
        d.add("main", "Varighed", ["Et sæson-forløb fra august til juni."])
    else:  # guidance leaflet
        d = Doc("Sådan fungerer mentorstøtte", "unknown", "guidance")
        d.subtitle = f"Information til borgere · {k}"
        d.side_info = ["<b>Spørgsmål?</b>", "Ring til Borgerservice", f"Tlf. {phone(r)}"]
        d.add("main", "Hvad er en mentor?", ["En mentor er en person, der hjælper dig med at komme i gang med job "
                                             "eller uddannelse."])
        d.add("main", "Din aftale", ["Når du får en mentor, laver vi en aftale med dig. Den beskriver målet, "
                                     "mentorens opgaver, hvor mange timer om ugen I mødes, hvor længe aftalen varer, "
                                     "og hvordan vi følger op. Du får også en klagevejledning."])
        d.add("main", "Klage", ["Du kan klage til kommunen inden fire uger over en afgørelse om mentorstøtte."])
    if cprv and sub in ("invoice", "minutes"):
        d.side_info.append(f"Borgers CPR-nr. {cprv}")
    elif sub != "status":
        cprv = None
    return d, ["unknown:" + sub], None, cprv


# ----------------------------------------------------------------------------- rendering: reportlab
STY = {
    "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=4),
    "sub": ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=9.5, leading=12, spaceAfter=6,
                          textColor=colors.HexColor("#444444")),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=2),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=3),
    "side": ParagraphStyle("sd", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "sideh": ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=6),
    "b": ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=10, bulletIndent=0),
}


def flow_sections(secs, small=False, box=False, keep=True):
    out = []
    keep = keep and not box
    hs = STY["sideh"] if small else STY["h"]
    ps = STY["side"] if small else STY["p"]
    for _slot, head, paras, bullets in secs:
        block = []
        if head:
            block.append(Paragraph(esc(head), hs))
        for p in paras:
            txt = p if p.startswith("<b>") else esc(p)
            if bullets:
                block.append(Paragraph(txt, STY["b"] if not small else ps, bulletText="•"))
            else:
                block.append(Paragraph(txt, ps))
        if keep and len(block) < 6:
            out.append(KeepTogether(block))
        else:
            out.extend(block)
    if box and out:
        t = Table([[out]], colWidths=[None])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#336699")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return [t]
    return out


def side_flow(d):
    out = []
    for line in d.side_info:
        if not line:
            out.append(Spacer(1, 5))
        else:
            out.append(Paragraph(line if line.startswith("<b>") else esc(line), STY["side"]))
    return out


def render_rl(d, path, family, r):
    W, Hh = A4
    m = 1.6 * cm
    secs = lambda slot: [s for s in d.sections if s[0] == slot]  # noqa: E731
    head = [Paragraph(esc(d.title), STY["title"])] + ([Paragraph(esc(d.subtitle), STY["sub"])] if d.subtitle else [])
    top = head + flow_sections(secs("top"), box=True)
    span_top = flow_sections(secs("span"), box=True) if family == "two-col-span" else []
    topH = sum(f.wrap(W - 2 * m - 12, Hh)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in top + span_top) + 0.8 * cm
    gutter = 0.6 * cm
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                          title=d.title, author=r.choice(["KMD Momentum", "Fasit", "Netcompany", "Word"]),
                          creator="ReportLab")

    def deco(canvas, _doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(m, 0.9 * cm, f"Side {canvas.getPageNumber()}")
        if family in ("sidebar-left", "sidebar-right", "sidebar-3col"):
            canvas.setFillColor(colors.HexColor("#F0F0F0"))
        canvas.restoreState()

    side_w = r.choice([4.2, 4.8, 5.4]) * cm
    body_h = Hh - 2 * m - topH
    story = []
    if family in ("sidebar-left", "sidebar-right"):
        main_w = W - 2 * m - side_w - gutter
        sx = m if family == "sidebar-left" else W - m - side_w
        mx = m + side_w + gutter if family == "sidebar-left" else m
        f_top = Frame(m, Hh - m - topH, W - 2 * m, topH, id="top", showBoundary=0)
        f_side = Frame(sx, m, side_w, body_h, id="side", showBoundary=0)
        f_main = Frame(mx, m, main_w, body_h, id="main", showBoundary=0)
        f_later = Frame(mx, m, main_w, Hh - 2 * m, id="later")
        f_later_side = Frame(sx, m, side_w, Hh - 2 * m, id="lside")
        doc.addPageTemplates([PageTemplate("first", [f_top, f_side, f_main], onPage=deco),
                              PageTemplate("later", [f_later, f_later_side] if r.random() < .5 else [f_later],
                                           onPage=deco)])
        story = [NextPageTemplate("later")] + top + [FrameBreak()] + side_flow(d) + flow_sections(secs("side"), small=True)
        story += [FrameBreak()] + flow_sections(secs("main")) + flow_sections(secs("span"))
    elif family in ("two-col", "two-col-span"):
        cw = (W - 2 * m - gutter) / 2
        f_top = Frame(m, Hh - m - topH, W - 2 * m, topH, id="top")
        c1 = Frame(m, m, cw, body_h, id="c1")
        c2 = Frame(m + cw + gutter, m, cw, body_h, id="c2")
        l1 = Frame(m, m, cw, Hh - 2 * m, id="l1")
        l2 = Frame(m + cw + gutter, m, cw, Hh - 2 * m, id="l2")
        doc.addPageTemplates([PageTemplate("first", [f_top, c1, c2], onPage=deco),
                              PageTemplate("later", [l1, l2], onPage=deco)])
        # sidebar info goes as the first column's opening box (newsletter style)
        info = side_flow(d) + flow_sections(secs("side"), small=True, keep=False)
        t = Table([[info]], colWidths=[cw - 16])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4"))]))
        story = [NextPageTemplate("later")] + top + span_top + [FrameBreak()]
        if r.random() < .5:
            story += [t, Spacer(1, 8)] + flow_sections(secs("main"))
        else:
            story += flow_sections(secs("main")) + [Spacer(1, 8), t]
        if family == "two-col":
            story += flow_sections(secs("span"))
    elif family == "sidebar-3col":
        cw = (W - 2 * m - side_w - 2 * gutter) / 2
        f_top = Frame(m, Hh - m - topH, W - 2 * m, topH, id="top")
        fs = Frame(m, m, side_w, body_h, id="side")
        c1 = Frame(m + side_w + gutter, m, cw, body_h, id="c1")
        c2 = Frame(m + side_w + cw + 2 * gutter, m, cw, body_h, id="c2")
        l1 = Frame(m + side_w + gutter, m, cw, Hh - 2 * m, id="l1")
        l2 = Frame(m + side_w + cw + 2 * gutter, m, cw, Hh - 2 * m, id="l2")
        doc.addPageTemplates([PageTemplate("first", [f_top, fs, c1, c2], onPage=deco),
                              PageTemplate("later", [l1, l2], onPage=deco)])
        story = [NextPageTemplate("later")] + top + [FrameBreak()] + side_flow(d) + flow_sections(secs("side"), small=True)
        story += [FrameBreak()] + flow_sections(secs("main")) + flow_sections(secs("span"))
    elif family == "table-page":
        f = Frame(m, m, W - 2 * m, Hh - 2 * m, id="all")
        doc.addPageTemplates([PageTemplate("all", [f], onPage=deco)])
        left = side_flow(d) + flow_sections(secs("side"), small=True, keep=False)
        right = flow_sections(secs("top"), box=True) + flow_sections(secs("main"), keep=False)
        rows = [[left, right]]
        if secs("span"):
            rows.append([flow_sections(secs("span"), keep=False), ""])
        t = Table(rows, colWidths=[side_w, W - 2 * m - side_w], splitByRow=1, splitInRow=1)
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 0.6, colors.grey),
              ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#F2F2EE"))]
        if secs("span"):
            st.append(("SPAN", (0, 1), (1, 1)))
        t.setStyle(TableStyle(st))
        story = head + [t]
    try:
        doc.build(story)
    except Exception:  # a row that cannot split: lay the page out as a form table instead
        if family != "table-page":
            raise
        rows = [[side_flow(d), ""]]
        for sec in d.sections:
            rows.append([Paragraph(esc(sec[1] or ""), STY["sideh"]), flow_sections([(sec[0], "", sec[2], sec[3])], keep=False)])
        t = Table(rows, colWidths=[side_w, W - 2 * m - side_w], splitByRow=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 0), (1, 0)),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
        doc.build(head + [t])


# ----------------------------------------------------------------------------- rendering: LibreOffice
def x(s):
    return html.escape(s, quote=False)


def fodt_paras(secs, pstyle="P", hstyle="H"):
    out = []
    for _slot, head, paras, bullets in secs:
        if head:
            out.append(f'<text:p text:style-name="{hstyle}">{x(head)}</text:p>')
        for p in paras:
            bold = p.startswith("<b>")
            t = x(p.replace("<b>", "").replace("</b>", ""))
            if bullets:
                t = "• " + t
            out.append(f'<text:p text:style-name="{"B" if bold else pstyle}">{t}</text:p>')
    return "\n".join(out)


def render_lo(d, path, family, r, tmp):
    secs = lambda slot: [s for s in d.sections if s[0] == slot]  # noqa: E731
    side_lines = [ln for ln in d.side_info]
    side_xml = "\n".join(
        f'<text:p text:style-name="{"SB" if ln.startswith("<b>") else "S"}">{x(ln.replace("<b>", "").replace("</b>", ""))}</text:p>'
        for ln in side_lines) + "\n" + fodt_paras(secs("side"), "S", "SB")
    top_xml = fodt_paras(secs("top"), "Box", "BoxH")
    main_xml = fodt_paras(secs("main"))
    span_xml = fodt_paras(secs("span"))
    ncol = 2 if family != "lo-3col" else 3
    styles = f"""
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm" {"fo:margin-left='5.6cm'" if family == "lo-frame" else ""}/><style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="B" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always" {"fo:margin-left='5.6cm'" if family == "lo-frame" else ""}/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:color="#1F4E79"/></style:style>
<style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="SB" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:background-color="#EEF3F8" fo:padding="0.1cm" fo:border="0.5pt solid #336699" {"fo:margin-left='5.6cm'" if family == "lo-frame" else ""}/><style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="BoxH" style:family="paragraph" style:parent-style-name="Box"><style:text-properties fo:font-weight="bold"/></style:style>
"""
    auto = f"""
<style:style style:name="Sect1" style:family="section"><style:section-properties text:dont-balance-text-columns="{r.choice(['true', 'false'])}"><style:columns fo:column-count="{ncol}" fo:column-gap="0.6cm">{'<style:column-sep style:width="0.02cm" style:color="#999999" style:height="100%"/>' if r.random() < .5 else ''}</style:columns></style:section-properties></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:vertical-pos="from-top" style:horizontal-pos="from-left" style:vertical-rel="page" style:horizontal-rel="page" fo:background-color="#F2F2F2" fo:padding="0.2cm" fo:border="none"/></style:style>
"""
    if family == "lo-frame":
        body = (f'<text:p text:style-name="P"><draw:frame draw:style-name="fr1" draw:name="Sidebar" text:anchor-type="page" '
                f'text:anchor-page-number="1" svg:x="1.5cm" svg:y="5cm" svg:width="4.8cm" draw:z-index="0">'
                f'<draw:text-box fo:min-height="8cm">{side_xml}</draw:text-box></draw:frame></text:p>'
                f'<text:p text:style-name="T">{x(d.title)}</text:p><text:p text:style-name="Sub">{x(d.subtitle)}</text:p>'
                f'{top_xml}{main_xml}{span_xml}')
        # page-anchored frames must precede the text; frame paragraph moved first
    else:  # lo-columns / lo-3col: header full width, then a column section, then span
        head_side = side_xml if r.random() < .5 else ""
        col_side = "" if head_side else side_xml
        body = (f'<text:p text:style-name="T">{x(d.title)}</text:p><text:p text:style-name="Sub">{x(d.subtitle)}</text:p>'
                f'{head_side}{top_xml}'
                f'<text:section text:style-name="Sect1" text:name="Spalter">{col_side}{main_xml}</text:section>'
                f'{span_xml}')
    fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>{styles}</office:styles>
<office:automatic-styles>{auto}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>{body}</office:text></office:body></office:document>"""
    src = tmp / (path.stem + ".fodt")
    src.write_text(fodt, encoding="utf-8")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_eu_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(str(tmp / (path.stem + ".pdf")), str(path))


# ----------------------------------------------------------------------------- plan
AGR_DEFECTS = [["missing-goal"], ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
               ["missing-follow-up"], ["missing-hours"], ["missing-appeal-guidance"],
               ["duration-over-6-months"], ["unclear-goal"], ["missing-tasks", "missing-hours"],
               ["unclear-goal", "missing-follow-up"], ["duration-over-6-months", "missing-appeal-guidance"],
               ["missing-mentor", "missing-follow-up"], ["missing-goal", "missing-hours"]]
MP_DEFECTS = [["missing-goal"], ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
              ["missing-hours"], ["duration-over-6-months"], ["unclear-goal"]]
FAMILIES_RL = ["sidebar-left", "sidebar-right", "two-col", "two-col-span", "sidebar-3col", "table-page"]
FAMILIES_LO = ["lo-columns", "lo-frame", "lo-3col"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/eu")
    ap.add_argument("--seed", type=int, default=1209)
    ap.add_argument("--no-lo", action="store_true", help="skip LibreOffice documents")
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="eu_lo_"))
    jobs = []
    # agreements: 56 (22 clean, 34 with defects)
    j = 0
    for i in range(56):
        if i % 5 in (0, 3):
            jobs.append(("agreement", "agreement", []))
        else:
            jobs.append(("agreement", "agreement", AGR_DEFECTS[j % len(AGR_DEFECTS)]))
            j += 1
    for sub, dfs in [("grant", []), ("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]),
                     ("partial", []), ("partial", ["missing-appeal-guidance"]), ("refusal", []),
                     ("refusal", ["missing-appeal-guidance"]), ("extension", []),
                     ("extension", ["duration-over-6-months"]), ("end", []), ("end", ["missing-appeal-guidance"]),
                     ("grant", []), ("partial", ["duration-over-6-months", "missing-appeal-guidance"]),
                     ("extension", ["missing-appeal-guidance"])]:
        jobs.append(("decision", sub, dfs))
    for i in range(14):
        jobs.append(("minplan", "minplan", [] if i % 2 == 0 else MP_DEFECTS[(i // 2) % len(MP_DEFECTS)]))
    for i, sub in enumerate(["newsletter", "invoice", "minutes", "status", "private", "guidance"] * 3):
        jobs.append(("unknown", sub, []))
    entries = []
    for n, (kind, sub, defects) in enumerate(jobs):
        # decisions without a period cannot be over 6 months
        if kind == "decision" and sub in ("refusal", "end") and "duration-over-6-months" in defects:
            defects = ["missing-appeal-guidance"]
        ds = r.choice([0, 0, 1, 2, 3, 4, 5])
        with_cpr = r.random() < 0.25
        if kind == "agreement":
            d, traits, period, cprv = build_agreement(r, defects, ds, with_cpr)
        elif kind == "minplan":
            d, traits, period, cprv = build_minplan(r, defects, ds, with_cpr)
        elif kind == "decision":
            d, traits, period, cprv = build_decision(r, sub, defects, ds, with_cpr)
        else:
            d, traits, period, cprv = build_unknown(r, sub, ds, with_cpr)
        use_lo = (n % 4 == 1) and not a.no_lo
        family = r.choice(FAMILIES_LO) if use_lo else r.choice(FAMILIES_RL)
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "andet"}[kind]
        name = f"{folder}/{n:03d}_{sub}_{family}.pdf"
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if use_lo:
            render_lo(d, p, family, r, tmp)
            traits.append("made:libreoffice")
        else:
            render_rl(d, p, family, r)
            traits.append("made:reportlab-frames" if family != "table-page" else "made:reportlab-table")
        if cprv:
            traits.append("cpr")
        rules = sorted(set(defects) & set(APPLIES[kind]))
        entries.append({"path": name, "format": "pdf", "kind": kind, "subtype": sub, "layout": family,
                        "rules": rules, "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": [cprv, cprv.replace("-", "")] if cprv else [],
                        "traits": sorted(traits), "period": period})
    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"]))
        + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
