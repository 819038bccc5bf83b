#!/usr/bin/env python3
"""Corpus DG: decision letters that carry the mentor agreement, and agreements that carry a decision.

Written independently (see NOTES.md). Deterministic: fixed seed.

    /work/main/.venv/bin/python make_corpus_dg.py --out /work/corpora/dg
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import itertools
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

SEED = 20261130

# --------------------------------------------------------------------------------------------
# Vocabulary of the world (people, places, providers)
# --------------------------------------------------------------------------------------------
FIRST = ["Mette", "Anders", "Sara", "Jonas", "Fatima", "Mikkel", "Louise", "Ahmed", "Camilla", "Rasmus",
         "Nanna", "Kasper", "Ida", "Omar", "Line", "Emil", "Signe", "Mads", "Amalie", "Yusuf", "Birgitte",
         "Thomas", "Sofie", "Niels", "Julie", "Frederik", "Hanne", "Ali", "Trine", "Christian"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Holm", "Friis", "Kaya", "Mortensen", "Bach", "Lund", "Dahl", "Skov", "Hussein"]
KOMMUNER = [
    ("Odense Kommune", "Beskæftigelses- og Socialforvaltningen", "Ørbækvej 100", "5220 Odense SØ", "66 13 13 72"),
    ("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
    ("Horsens Kommune", "Arbejdsmarked", "Rådhustorvet 4", "8700 Horsens", "76 29 29 29"),
    ("Slagelse Kommune", "Center for Arbejdsmarked", "Dahlsvej 3", "4200 Slagelse", "58 57 36 00"),
    ("Aabenraa Kommune", "Jobcenter Aabenraa", "H.P. Hanssens Gade 2", "6200 Aabenraa", "73 76 76 76"),
    ("Næstved Kommune", "Job og Arbejdsmarked", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88"),
    ("Herning Kommune", "Beskæftigelse", "Fredensgade 14", "7400 Herning", "96 28 28 28"),
    ("Holbæk Kommune", "Jobcenter Holbæk", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36"),
    ("Silkeborg Kommune", "Job og Borgerservice", "Søvej 1", "8600 Silkeborg", "89 70 10 00"),
    ("Hjørring Kommune", "Center for Arbejdsmarked", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33"),
]
PROVIDERS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorhuset Fyn", "mentorhuset-fyn.dk"),
             ("Kommunens mentorkorps", None), ("Ungeenheden", None), ("Perspektiv Mentor I/S", "perspektivmentor.dk"),
             ("Broen til Job", "broentiljob.dk"), ("Læringscentret", None)]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

GOALS_CLEAR = [
    "Du starter på grundforløb 2 på SOSU {by} ved næste optag og møder mindst fire dage om ugen.",
    "At {fn} er i virksomhedspraktik i Netto 15 timer om ugen senest to måneder inde i forløbet, med henblik på løntilskud.",
    "Målet er, at du gennemfører FVU-dansk trin 2 på VUC og derefter søger ind på HF.",
    "{fn} skal fastholde sin ordinære ansættelse som lagermedarbejder hos DSV (25 timer/uge) og møde stabilt.",
    "Du kommer i gang med EUD-grundforløbet (smed) på teknisk skole og har under 10 % fravær.",
    "At du er i job med løntilskud på et plejecenter 20 timer om ugen inden periodens udløb.",
    "Hovedformål: {fn} fastholder pladsen på FGU (produktionsgrunduddannelse, værkstedsspor) og møder hver dag.",
    "Du gennemfører praktikken i køkkenet på {virk} og har en aftale om fleksjob 12 timer om ugen, når den slutter.",
]
GOALS_UNCLEAR = [
    "Øget trivsel og mere struktur i hverdagen.",
    "Støtte til at komme videre i livet.",
    "At {fn} arbejder med sig selv og får det bedre.",
    "Motivere borgeren og sikre at borgeren bliver tættere på arbejdsmarkedet.",
]
TASKS = [
    "følge dig til praktikstedet de første to uger",
    "hjælpe med at planlægge ugen, så du kommer op og af sted til tiden",
    "tage en samtale om fremmøde og transport hver uge",
    "være bindeled til kontaktpersonen på arbejdspladsen",
    "hjælpe med post fra kommunen og e-Boks",
    "støtte dig i kontakten med SU-kontoret og studievejlederen",
    "øve jobsamtaler med dig",
    "gå med til møder i behandlingspsykiatrien, hvis du ønsker det",
    "hjælpe med at lave et realistisk budget",
    "tage kontakt til skolen, hvis du har fravær flere dage i træk",
]
VIRK = ["Kvickly", "Plejecenter Solgården", "Café Møllen", "Lidl", "Bilka", "Genbrugspladsen", "Dagli'Brugsen"]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day}.{d.month}.{d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def period_text(rng, start, end, style=None):
    s = rng.randrange(6) if style is None else style
    ds = rng.choice([0, 0, 1, 2, 3, 4])
    a, b = fmt_date(start, ds), fmt_date(end, ds)
    return [f"{a} – {b}", f"{a} til {b}", f"fra {a} til og med {b}", f"f.o.m. {a} t.o.m. {b}",
            f"{a}-{b}", f"fra den {a} til den {b}"][s]


def cpr(rng) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng) -> str:
    n = f"{rng.choice([2, 3, 4, 5, 6, 7, 9])}{rng.randrange(1000000, 9999999)}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"


# --------------------------------------------------------------------------------------------
# Block model: ("title"|"h"|"p"|"bullets"|"table"|"pagebreak"|"small", payload)
# --------------------------------------------------------------------------------------------

class Case:
    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        k = rng.choice(KOMMUNER)
        self.kommune, self.afdeling, self.kaddr, self.kby, self.ktlf = k
        self.by = self.kommune.replace(" Kommune", "")
        self.citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cfirst = self.citizen.split()[0]
        self.caddr = f"{rng.choice(['Vestergade', 'Skovvej', 'Parkvej', 'Engtoften', 'Søndergade'])} {rng.randrange(1, 90)}"
        self.caseworker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cw_phone = phone(rng)
        dom = self.by.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + ".dk"
        self.cw_mail = f"{self.caseworker.split()[0].lower()[:4]}{rng.randrange(10, 99)}@{dom}"
        self.kdom = dom
        self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        while self.mentor == self.caseworker:
            self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        prov = rng.choice(PROVIDERS)
        self.provider = prov[0]
        mdom = prov[1] or dom
        self.m_phone = phone(rng)
        first = self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        self.m_mail = f"{first}.{self.mentor.split()[1][0].lower()}@{mdom}".replace("ø", "oe")
        self.journal = f"{rng.choice(['15.20.00', '27.12.04', '15.00.00'])}-G01-{rng.randrange(100, 9999)}-{rng.choice(['25', '26'])}"
        self.letter_date = dt.date(2026, rng.randrange(1, 10), rng.randrange(1, 28))
        self.start = self.letter_date + dt.timedelta(days=rng.randrange(5, 30))
        if rng.random() < 0.5:
            self.start = add_months(self.start.replace(day=1), 1) if self.start.day > 1 else self.start
        self.months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.hours = rng.choice(["3 timer pr. uge", "2 timer om ugen", "2 t/uge", "1½ time om ugen",
                                 "halvanden time ugentligt", "4 timer pr. uge", "to timer ugentligt",
                                 "op til 3 timer om ugen", "1 time pr. uge"])
        self.cpr = cpr(rng) if rng.random() < 0.24 else None
        self.goal = rng.choice(GOALS_CLEAR).format(fn=self.cfirst, by=self.by, virk=rng.choice(VIRK))
        self.tasks = rng.sample(TASKS, rng.randrange(3, 6))
        self.follow = rng.choice([
            "Vi holder statusmøde hver måned med dig, mentor og din sagsbehandler. Slutevaluering 14 dage før perioden udløber.",
            "Mentor sender en kort status til sagsbehandler hver 4. uge. Midtvejsevaluering efter 3 måneder; delmål: fremmøde mindst 4 dage om ugen.",
            "Opfølgning ved opfølgningssamtale i kommunen hver 6. uge, hvor vi ser på, om delmålene er nået.",
            "Progressionen følges på et trepartsmøde hver anden måned og ved en afsluttende evaluering fire uger før bevillingen udløber.",
            "Der følges op løbende ved dine samtaler med sagsbehandleren og senest 14 dage inden ophør, hvor vi evaluerer delmålene.",
        ])
        self.mentor_type = rng.choice(["mentorstøtte", "tilbudsmentor", "uddannelsesmentor", "mentor i praktikken",
                                       "udvidet mentor"])

    def mentor_line(self, rng, contact=True):
        if not contact:
            return f"{self.mentor}, {self.provider}"
        opts = [f"{self.mentor}, {self.provider}, tlf. {self.m_phone}, {self.m_mail}",
                f"{self.mentor} ({self.provider}) – telefon {self.m_phone}",
                f"{self.mentor}, {self.provider}. Mail: {self.m_mail}",
                f"{self.mentor}, mobil {self.m_phone}, e-mail {self.m_mail}"]
        return rng.choice(opts)


APPEAL_OK = [
    ["Hvis du ikke er enig i afgørelsen, kan du klage til {kommune} inden fire uger fra du har modtaget brevet. "
     "Kommunen skal så genvurdere afgørelsen inden fire uger. Fastholder kommunen afgørelsen, bliver din klage sendt videre "
     "til Ankestyrelsen, som tager stilling til sagen."],
    ["Du kan klage over afgørelsen. Klagen skal være modtaget hos os senest 4 uger efter, at du har fået denne afgørelse.",
     "Du kan klage skriftligt eller mundtligt til {afdeling}, {kaddr}, {kby}, eller ringe på {ktlf}.",
     "Vi ser på sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen, "
     "jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens §§ 66-67."],
    ["Klagefristen er 4 uger fra den dag, du modtog afgørelsen. Send din klage til {kommune} – gerne via Digital Post "
     "eller på {cwmail}. Vi genvurderer afgørelsen, og hvis vi ikke giver dig medhold, videresendes klagen til "
     "Ankestyrelsens Beskæftigelsesudvalg."],
    ["Er du uenig, skal du klage til kommunen inden 4 uger. Du kan klage mundtligt eller skriftligt. "
     "Kommunen vurderer sagen igen inden for fire uger fra klagen er modtaget. Hvis afgørelsen ikke ændres, sender "
     "vi klagen til Ankestyrelsen. Du behøver ikke begrunde din klage."],
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig i afgørelsen, er du velkommen til at kontakte din sagsbehandler.",
    "Du kan klage over denne afgørelse til kommunen.",
]
APPEAL_WRONG = [
    "Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter at du har modtaget afgørelsen.",
    "Du kan klage til Ankestyrelsen inden fire uger. Klagen sendes til Ankestyrelsen via ast.dk.",
]
APPEAL_HEADS = ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang", "Vejledning om klage",
                "Hvis du er uenig"]


def appeal_blocks(case, rng, mode):
    """mode: ok | incomplete | wrong | none"""
    if mode == "none":
        return []
    head = ("h", rng.choice(APPEAL_HEADS))
    if mode == "ok":
        paras = rng.choice(APPEAL_OK)
    elif mode == "incomplete":
        paras = [rng.choice(APPEAL_INCOMPLETE)]
    else:
        paras = [rng.choice(APPEAL_WRONG)]
    return [head] + [("p", p.format(kommune=case.kommune, afdeling=case.afdeling, kaddr=case.kaddr, kby=case.kby,
                                    ktlf=case.ktlf, cwmail=case.cw_mail)) for p in paras]


def agreement_blocks(case, rng, defects, style, title=None):
    """The agreement (as Bilag or body). defects: set of field names to leave out/empty."""
    b = []
    if title:
        b.append(("h", title))
    period = period_text(rng, case.start, case.end)
    mentor = case.mentor_line(rng, contact="mentor" not in defects)
    goal = rng.choice(GOALS_UNCLEAR).format(fn=case.cfirst) if "unclear" in defects else case.goal
    hours = case.hours
    if "hours_vague" in defects:
        hours = rng.choice(["efter behov", "et par timer om ugen", "løbende, efter aftale"])
    rows = []
    if style == "table":
        rows.append(["Borger", case.citizen])
        rows.append(["Mentor", mentor])
        rows.append(["Målet med mentorstøtten", goal])
        if "tasks" not in defects:
            rows.append(["Mentorens opgaver", "; ".join(t[0].upper() + t[1:] for t in case.tasks)])
        rows.append(["Periode", period])
        if "hours" not in defects:
            rows.append(["Timetal", hours])
        if "follow" not in defects:
            rows.append(["Opfølgning", case.follow])
        b.append(("table", rows))
    elif style == "labels":
        b.append(("p", f"Borger: {case.citizen}"))
        b.append(("p", f"Mentor: {mentor}"))
        b.append(("p", f"Mål: {goal}"))
        if "tasks" not in defects:
            b.append(("p", "Mentor skal hjælpe med:"))
            b.append(("bullets", case.tasks))
        b.append(("p", f"Varighed: {period}"))
        if "hours" not in defects:
            b.append(("p", f"Antal timer: {hours}"))
        if "follow" not in defects:
            b.append(("p", f"Opfølgning: {case.follow}"))
    elif style == "numbered":
        n = 1
        b.append(("p", f"{n}. Formålet med mentorstøtten: {goal}")); n += 1
        b.append(("p", f"{n}. Mentorens navn og kontaktdata: {mentor}")); n += 1
        if "tasks" not in defects:
            b.append(("p", f"{n}. Opgaver, mentor skal bistå ved: " + ", ".join(case.tasks) + ".")); n += 1
        b.append(("p", f"{n}. Aftalens varighed: {period}")); n += 1
        if "follow" not in defects:
            b.append(("p", f"{n}. Opfølgning og progression: {case.follow}")); n += 1
        if "hours" not in defects:
            b.append(("p", f"{n}. Timetal: {hours}")); n += 1
    elif style == "prose":
        b.append(("p", rng.choice(["Vi har aftalt følgende mål for forløbet: ", "Formålet med din mentor er dette: "]) + goal))
        b.append(("p", rng.choice([f"Din mentor bliver {mentor}.", f"Mentor: {mentor}."])))
        if "tasks" not in defects:
            b.append(("p", f"{case.mentor.split()[0]} skal bl.a. " + ", ".join(case.tasks[:-1]) + " og " + case.tasks[-1] + "."))
        b.append(("p", rng.choice([f"Mentorforløbet gælder {period}.", f"Aftalen løber i perioden {period}."])))
        if "hours" not in defects:
            b.append(("p", rng.choice([f"Der er afsat {hours} til mentorstøtten.", f"I ses {hours}."])))
        if "follow" not in defects:
            b.append(("p", case.follow))
    else:  # headings
        b.append(("h3", "Hvad er målet?"))
        b.append(("p", goal))
        b.append(("h3", "Din mentor"))
        b.append(("p", mentor))
        if "tasks" not in defects:
            b.append(("h3", f"{case.mentor.split()[0]} skal hjælpe dig med"))
            b.append(("bullets", case.tasks))
        b.append(("h3", "Hvor længe?"))
        b.append(("p", f"Forløbet løber {period}."))
        if "hours" not in defects:
            b.append(("h3", "Hvor mange timer?"))
            b.append(("p", f"Mentor har {hours} sammen med dig."))
        if "follow" not in defects:
            b.append(("h3", "Sådan følger vi op"))
            b.append(("p", case.follow))
    if rng.random() < 0.6:
        b.append(("p", rng.choice(["Underskrifter:", "Dato og underskrift"])))
        b.append(("p", f"________________  {case.citizen}          ________________  {case.mentor}"))
    return b


def letter_head(case, rng, cpr_in=True):
    """Sender info, as (label, value) pairs; used as top block or as reportlab info column."""
    info = [(case.kommune, ""), (case.afdeling, ""), (case.kaddr, ""), (case.kby, ""),
            ("Dato", fmt_date(case.letter_date, rng.choice([0, 1, 4]))),
            ("Sagsnr.", case.journal),
            ("Sagsbehandler", case.caseworker),
            ("Direkte tlf.", case.cw_phone),
            ("Mail", case.cw_mail)]
    if case.cpr and cpr_in:
        info.insert(6, ("CPR-nr.", case.cpr))
    return info


def recipient_blocks(case):
    return [("p", case.citizen), ("p", case.caddr), ("p", case.kby)]


REASONS = [
    "Vi har lagt vægt på, at du selv fortæller, at du har brug for hjælp til at komme af sted om morgenen, og at "
    "din praktikvært har oplyst, at støtten kan aftrappes efter de første måneder.",
    "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. Vi har vurderet, at dit behov "
    "kan dækkes med færre timer, fordi du samtidig har en kontaktperson på skolen (SPS-støtte).",
    "Det fremgår af sagen, at du allerede har støtte fra en bostøtte efter serviceloven, som hjælper med det praktiske i "
    "hjemmet. Vi har derfor vurderet, at mentorstøtten skal rette sig mod uddannelsen og kan gives i færre timer, jf. LAB § 167.",
]
GRANT_REASONS = [
    "Vi har vurderet, at du har brug for en mentor for at kunne gennemføre forløbet, fordi du har haft meget fravær "
    "det seneste halve år. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.",
    "Bevillingen er givet efter LAB § 167, stk. 1. Vi har lagt vægt på udtalelsen fra din praktikvært og på det, "
    "du selv fortalte ved samtalen.",
]
REFUSAL_REASONS = [
    "Vi har givet dig afslag, fordi mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats forudsætter et "
    "mål om beskæftigelse eller uddannelse. Du har oplyst, at du ikke ønsker at arbejde med et sådant mål i perioden.",
    "Begrundelsen er, at den støtte, du har søgt om, allerede gives af skolens studievejleder og SPS-ordningen. Vi har "
    "lagt vægt på oplysningerne fra skolen af 3. februar. Mentorstøtte gives kun til opgaver, der ligger ud over det, "
    "uddannelsesstedet normalt yder (LAB § 167, jf. BAB kap. 17).",
    "Du har allerede haft mentorstøtte i to perioder. På baggrund af statusrapporten fra din mentor vurderer vi, at "
    "du nu kan fastholde din praktik uden mentor, og at en ny periode ikke vil gøre en forskel (LAB § 167, stk. 1, 2. pkt.).",
]


def build_decision(case, rng, spec):
    """spec keys: sub (grant|extension|partial|refusal), place (after|before|inline|referenced|none),
    appeal (ok|incomplete|wrong|none), reasons (bool), agr_defects (set), agr_style."""
    sub = spec["sub"]
    blocks = []
    subj = {
        "grant": rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentor",
                             "Afgørelse: Du er bevilget mentorstøtte"]),
        "extension": rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte",
                                 "Ny periode med mentorstøtte"]),
        "partial": rng.choice(["Afgørelse om mentorstøtte", "Afgørelse om mentorstøtte – delvis bevilling",
                               "Svar på din ansøgning om mentor"]),
        "refusal": rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte",
                               "Afgørelse vedrørende din ansøgning om mentorstøtte"]),
    }[sub]
    blocks.append(("title", subj))
    blocks.append(("p", f"Kære {case.cfirst}" if rng.random() < 0.5 else f"Kære {case.citizen}"))
    period = period_text(rng, case.start, case.end)
    if sub == "grant":
        blocks.append(("p", rng.choice([
            f"Du har søgt om mentorstøtte, og vi har bevilget dig en mentor i perioden {period}.",
            f"{case.kommune} har den {fmt_date(case.letter_date, 0)} besluttet at give dig mentorstøtte efter § 167 i "
            f"lov om en aktiv beskæftigelsesindsats. Støtten gælder {period}.",
            f"Vi bekræfter hermed, at du er bevilget {case.mentor_type} fra {fmt_date(case.start, 0)} til {fmt_date(case.end, 0)}.",
            f"Tak for din ansøgning om mentorstøtte. Du har fået bevilget en mentor fra {case.provider} i perioden {period}.",
            f"Som aftalt på mødet med din sagsbehandler får du en mentor. Bevillingen gælder {period} og er givet efter "
            "§ 167 i lov om en aktiv beskæftigelsesindsats.",
        ])))
    elif sub == "extension":
        prev_end = case.start - dt.timedelta(days=1)
        prev_start = add_months(prev_end + dt.timedelta(days=1), -6)
        blocks.append(("p", rng.choice([
            f"Din nuværende mentorperiode ({fmt_date(prev_start, 0)} – {fmt_date(prev_end, 0)}) udløber snart. "
            f"Efter en konkret vurdering har vi besluttet at forlænge mentorstøtten i en ny periode {period}.",
            f"Vi har på opfølgningsmødet talt om, at du fortsat har brug for din mentor. Du får derfor en ny periode "
            f"med mentorstøtte efter LAB § 167, stk. 1, 2. pkt., fra {fmt_date(case.start, 0)} til {fmt_date(case.end, 0)}. "
            f"Den tidligere periode sluttede {fmt_date(prev_end, 1)}.",
        ])))
    elif sub == "partial":
        asked_h = rng.choice(["6 timer om ugen", "5 timer ugentligt", "8 timer pr. uge"])
        asked_m = rng.choice(["12 måneder", "9 måneder", "et år"])
        blocks.append(("p", rng.choice([
            f"Du har søgt om mentorstøtte {asked_h} i {asked_m}. Vi har bevilget dig delvist: du får mentor "
            f"{case.hours} i perioden {period}.",
            f"Din ansøgning af {fmt_date(case.letter_date - dt.timedelta(days=20), 0)} var om {asked_h} i {asked_m}. "
            f"Vi kan ikke give dig det fulde antal timer. Du får {case.hours}, og bevillingen gælder {period}.",
        ])))
    else:
        blocks.append(("p", rng.choice([
            f"Du har den {fmt_date(case.letter_date - dt.timedelta(days=18), 0)} søgt om en mentor. Vi har givet dig afslag.",
            "Vi har behandlet din ansøgning om mentorstøtte, og vi må desværre meddele, at du ikke kan få bevilget mentor.",
            "Du får ikke mentorstøtte. Det har vi besluttet efter at have set på din ansøgning og oplysningerne i din sag.",
        ])))
    if spec.get("reasons"):
        blocks.append(("h", rng.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vores begrundelse"])))
        blocks.append(("p", rng.choice({"refusal": REFUSAL_REASONS, "partial": REASONS}.get(sub, GRANT_REASONS))))
    elif sub in ("grant", "extension") and rng.random() < 0.4:
        blocks.append(("p", "Du har fået fuldt medhold i din ansøgning."))
    place = spec["place"]
    agr_title = rng.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Aftale om mentorstøtte",
                            "Bilag 1. Aftale om mentorstøtte", "BILAG 1: AFTALE OM MENTORSTØTTE"])
    agr = agreement_blocks(case, rng, spec.get("agr_defects", set()), spec.get("agr_style", "labels"), title=None)
    if place == "inline":
        # The agreement's fields are part of the decision's text, under its own heading.
        blocks.append(("h", rng.choice(["Aftale om mentorstøtte", "Det har vi aftalt", "Aftalen om din mentorstøtte"])))
        blocks.extend(agr)
    elif place == "referenced":
        blocks.append(("p", rng.choice([
            f"Din mentor er {case.mentor} fra {case.provider}. Aftalen om mentorstøtten er vedlagt som bilag.",
            "Aftalen er vedlagt som bilag. Læs den igennem, og tag den med til opstartsmødet.",
            "Vi har vedlagt aftalen om mentorstøtte (bilag 1), som du og din mentor har underskrevet.",
        ])))
    if rng.random() < 0.8:
        blocks.append(("h", rng.choice(["Praktiske oplysninger", "Hvad sker der nu?", "Vigtigt at vide", "Oplysningspligt"])))
        blocks.append(("p", rng.choice([
            "Du skal give besked til din sagsbehandler, hvis dine forhold ændrer sig.",
            "Din mentor kontakter dig inden for en uge for at aftale et første møde.",
            "Du kan læse mere om mentorstøtte på kommunens hjemmeside.",
            "Hvis du bliver syg eller ikke kan møde, skal du give både din mentor og din sagsbehandler besked.",
            "Vi behandler dine oplysninger efter databeskyttelsesforordningen. Læs mere på kommunens hjemmeside.",
        ])))
    app = appeal_blocks(case, rng, spec["appeal"])
    if place == "before":
        blocks.append(("p", "Aftalen om mentorstøtte er vedlagt som bilag 1 nedenfor."))
        blocks.append(("pagebreak", None))
        blocks.append(("h", agr_title))
        blocks.extend(agr)
        blocks.append(("pagebreak", None))
        blocks.extend(app)
        blocks.append(("p", "Med venlig hilsen"))
        blocks.append(("p", f"{case.caseworker}, {case.afdeling}"))
    else:
        blocks.extend(app)
        blocks.append(("p", rng.choice(["Med venlig hilsen", "Venlig hilsen"])))
        blocks.append(("p", f"{case.caseworker}"))
        blocks.append(("p", f"{case.afdeling}, {case.kommune}"))
        if place == "after":
            if spec.get("own_page", True):
                blocks.append(("pagebreak", None))
            blocks.append(("h", agr_title))
            blocks.extend(agr)
    return blocks


def build_agreement_with_decision(case, rng, spec):
    blocks = [("title", rng.choice(["Aftale om mentorstøtte", "Mentoraftale og afgørelse",
                                    "Aftale om mentorstøtte efter LAB § 167"]))]
    blocks.append(("p", rng.choice([
        f"Aftalen er indgået mellem {case.citizen}, {case.mentor} ({case.provider}) og {case.kommune}.",
        f"Mellem borger {case.citizen} og {case.kommune} er der indgået følgende aftale om mentorstøtte.",
    ])))
    blocks.extend(agreement_blocks(case, rng, spec.get("agr_defects", set()), spec.get("agr_style", "labels")))
    blocks.append(("h", rng.choice(["Afgørelse", "Kommunens afgørelse", "Bevilling"])))
    blocks.append(("p", rng.choice([
        f"{case.kommune} bevilger hermed mentorstøtte som beskrevet i aftalen, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
        "Kommunen har truffet afgørelse om at bevilge mentorstøtte i den periode og med det timetal, der står ovenfor.",
        "Aftalen er samtidig kommunens afgørelse om bevilling af mentorstøtte (LAB § 167).",
    ])))
    blocks.extend(appeal_blocks(case, rng, spec["appeal"]))
    blocks.append(("p", f"{case.caseworker}, {case.afdeling}, tlf. {case.cw_phone}"))
    return blocks


def build_unknown(case, rng, which):
    k = case.kommune
    if which == "notice":
        return [("title", "Du har modtaget post"),
                ("p", f"Du har fået en ny meddelelse fra {k} i Digital Post."),
                ("p", "Emne: Afgørelse om mentorstøtte"),
                ("p", "Log ind på borger.dk eller i Digital Post-appen for at læse den. Meddelelsen er sendt til din digitale postkasse."),
                ("p", "Dette er en automatisk besked. Du kan ikke svare på den.")]
    if which == "receipt":
        return [("title", "Kvittering for din ansøgning om mentorstøtte"),
                ("p", f"Kære {case.cfirst}"),
                ("p", f"Vi har den {fmt_date(case.letter_date, 0)} modtaget din ansøgning om mentorstøtte. Din sag er "
                      f"nu sendt til behandling. Du får svar inden for 4 uger."),
                ("p", "Hvis vi mangler oplysninger, kontakter vi dig."),
                ("p", f"Med venlig hilsen\n{case.afdeling}")]
    if which == "ankestyrelsen":
        return [("title", "Ankestyrelsens afgørelse"),
                ("p", f"Ankestyrelsen har behandlet din klage over {k}s afgørelse om mentorstøtte."),
                ("h", "Resultat"),
                ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at vi er enige i afgørelsen."),
                ("h", "Begrundelse"),
                ("p", "Vi har lagt vægt på, at du samtidig modtager SPS-støtte på skolen, som dækker det behov, du har beskrevet. "
                      "Mentorstøtte efter § 167 gives til opgaver, der ligger ud over det, uddannelsesstedet yder."),
                ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed, jf. retssikkerhedslovens § 68.")]
    if which == "genvurdering":
        return [("title", "Genvurdering af afgørelse om mentorstøtte"),
                ("p", f"Kære {case.cfirst}"),
                ("p", f"Vi har modtaget din klage over vores afgørelse af {fmt_date(case.letter_date - dt.timedelta(days=40), 0)} "
                      "om mentorstøtte. Vi har genvurderet sagen, men vi fastholder afgørelsen."),
                ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som behandler klagen. "
                      "Du hører fra Ankestyrelsen."),
                ("p", f"Venlig hilsen\n{case.caseworker}")]
    if which == "partshoering":
        return [("title", "Partshøring – mentorstøtte"),
                ("p", f"Kære {case.citizen}"),
                ("p", "Inden vi træffer afgørelse om din ansøgning om mentorstøtte, vil vi give dig mulighed for at udtale dig "
                      "om oplysningerne i sagen, jf. forvaltningslovens § 19."),
                ("p", "Vi overvejer at give dig afslag, fordi skolen har oplyst, at du allerede får støtte fra en studiementor."),
                ("p", f"Du kan komme med dine bemærkninger inden {fmt_date(case.letter_date + dt.timedelta(days=14), 0)}."),
                ("p", f"Med venlig hilsen\n{case.caseworker}, tlf. {case.cw_phone}")]
    if which == "faktura":
        return [("title", f"Faktura nr. {rng.randrange(1000, 9999)}"),
                ("p", f"{case.provider}\nCVR {rng.randrange(10000000, 99999999)}"),
                ("p", f"Til: {case.kommune}, {case.afdeling}\nEAN 5798000{rng.randrange(100000, 999999)}"),
                ("table", [["Ydelse", "Antal", "Beløb"],
                           [f"Mentorstøtte, {case.citizen.split()[0][0]}.{case.citizen.split()[1][0]}. – marts 2026", "12 timer", "5.400,00 kr."],
                           ["Kørsel", "84 km", "319,20 kr."],
                           ["I alt ekskl. moms", "", "5.719,20 kr."]]),
                ("p", "Betalingsbetingelser: netto 30 dage.")]
    if which == "bestilling":
        return [("title", "Bestilling af mentorforløb"),
                ("p", f"Til {case.provider}"),
                ("p", f"{case.kommune} bestiller hermed et mentorforløb til borger (se vedlagte samtykke). Forløbet forventes "
                      "at starte i uge 12. Timetal og mål aftales på opstartsmødet mellem borger, mentor og sagsbehandler."),
                ("p", f"Kontakt: {case.caseworker}, {case.cw_mail}")]
    if which == "status":
        return [("title", "Statusrapport fra mentor"),
                ("p", f"Borger: {case.citizen}\nMentor: {case.mentor}, {case.provider}\nPeriode for status: marts–april 2026"),
                ("h", "Hvordan går det?"),
                ("p", f"{case.cfirst} møder stabilt i praktikken og er begyndt at tage bussen selv. Vi har haft 7 møder. "
                      "Vi har arbejdet med morgenrutiner og kontakten til skolen."),
                ("h", "Anbefaling"),
                ("p", "Jeg anbefaler, at forløbet fortsætter med færre timer de næste to måneder.")]
    if which == "invitation":
        return [("title", "Indkaldelse til opstartsmøde om mentorstøtte"),
                ("p", f"Kære {case.cfirst}"),
                ("p", f"Du er indkaldt til et opstartsmøde med din kommende mentor {case.mentor} og din sagsbehandler "
                      f"{fmt_date(case.start, 0)} kl. 10.00 i {case.afdeling}, {case.kaddr}."),
                ("p", "På mødet laver vi aftalen om mentorstøtten sammen: mål, opgaver, timer og opfølgning."),
                ("p", f"Kan du ikke komme, så ring på {case.cw_phone}.")]
    # leaflet
    return [("title", "Mentorstøtte – hvad er det?"),
            ("p", f"{k} kan give mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats, hvis du har brug for "
                  "støtte for at komme i job eller uddannelse."),
            ("h", "Hvad står der i aftalen?"),
            ("bullets", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                         "hvor længe aftalen varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen",
                         "hvordan vi følger op"]),
            ("h", "Kan jeg klage?"),
            ("p", "Ja. Du kan klage over en afgørelse om mentorstøtte til kommunen inden 4 uger. Læs mere i din afgørelse.")]


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

def head_lines(info):
    out = []
    for k, v in info:
        out.append(f"{k}: {v}" if v else k)
    return out


def to_text(blocks, info, recipient, width=None):
    lines = []
    if info:
        lines.extend(head_lines(info))
        lines.append("")
    if recipient:
        lines.extend(t for _, t in recipient)
        lines.append("")
    for kind, p in blocks:
        if kind == "title":
            lines += [p, ""]
        elif kind in ("h", "h3"):
            lines += [p, ""]
        elif kind == "p":
            lines += [p, ""]
        elif kind == "bullets":
            lines += [f"- {x}" for x in p] + [""]
        elif kind == "table":
            lines += [f"{r[0]}: {' '.join(r[1:])}" for r in p] + [""]
        elif kind == "pagebreak":
            lines += ["", ""]
    text = "\n".join(lines)
    if width:
        import textwrap
        out = []
        for ln in text.split("\n"):
            out.extend(textwrap.wrap(ln, width) or [""])
        text = "\n".join(out)
    return text


def to_html(blocks, info, recipient, title, rng):
    esc = html.escape
    parts = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">",
             f"<title>{esc(title)}</title><style>body{{font-family:Arial}} .meta{{float:right;font-size:9pt}}</style>",
             "<script>window.dataLayer=[];function track(){return 'Afgørelse Klagevejledning mentor';}</script></head><body>"]
    parts.append("<div class=\"doc\"><div class=\"meta\">")
    if rng.random() < 0.5:
        parts.append("<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" if v else f"<dt>{esc(k)}</dt><dd></dd>" for k, v in info) + "</dl>")
    else:
        parts.append("".join(f"<div>{esc(k + (': ' + v if v else ''))}</div>" for k, v in info))
    parts.append("</div><div class=\"recipient\">" + "<br>".join(esc(t) for _, t in recipient) + "</div><div class=\"body\">")
    for kind, p in blocks:
        if kind == "title":
            parts.append(f"<h1>{esc(p)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{esc(p)}</h2>")
        elif kind == "h3":
            parts.append(f"<h3>{esc(p)}</h3>")
        elif kind == "p":
            parts.append("<p>" + esc(p).replace("\n", "<br>") + "</p>")
        elif kind == "bullets":
            parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in p) + "</ul>")
        elif kind == "table":
            parts.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in p) + "</table>")
        elif kind == "pagebreak":
            parts.append("<hr style=\"page-break-after:always\">")
    parts.append("</div></div></body></html>")
    return "\n".join(parts)


def to_docx(blocks, info, recipient, path, rng, header_info=True):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc = Document()
    sec = doc.sections[0]
    if header_info and rng.random() < 0.5:
        hp = sec.header.paragraphs[0]
        hp.text = f"{info[0][0]} · {info[1][0]}"
        fp = sec.footer.paragraphs[0]
        fp.text = f"{info[2][0]} · {info[3][0]} · www.{info[0][0].split()[0].lower()}.dk"
        rest = info[4:]
    else:
        rest = info
    t = doc.add_table(rows=0, cols=2)
    for k, v in rest:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_paragraph("")
    for _, r in recipient:
        doc.add_paragraph(r)
    doc.add_paragraph("")
    for kind, p in blocks:
        if kind == "title":
            doc.add_heading(p, level=1)
        elif kind == "h":
            doc.add_heading(p, level=2)
        elif kind == "h3":
            para = doc.add_paragraph()
            run = para.add_run(p)
            run.bold = True
        elif kind == "p":
            doc.add_paragraph(p)
        elif kind == "bullets":
            for x in p:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            tb = doc.add_table(rows=0, cols=len(p[0]))
            tb.style = "Table Grid"
            for r in p:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.author = "KMD Nexus"
    doc.save(path)


def to_reportlab(blocks, info, recipient, path, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(next(p for k, p in blocks if k == "title"))
    side_left = rng.random() < 0.4
    col_x = 15 * mm if side_left else W - 62 * mm
    body_x = 70 * mm if side_left else 20 * mm
    body_w = W - body_x - (15 * mm if side_left else 70 * mm)
    page = [1]

    def sidebar():
        y = H - 30 * mm
        c.setFont("Helvetica", 7.5)
        for k, v in info:
            for txt in ([k, v] if v else [k]):
                c.drawString(col_x, y, txt[:40])
                y -= 9.5
            y -= 2
        c.setFont("Helvetica", 7)
        c.drawString(col_x, 20 * mm, f"Side {page[0]}")

    def wrap(text, font, size, width):
        out = []
        for para in text.split("\n"):
            words = para.split()
            line = ""
            for w in words:
                cand = (line + " " + w).strip()
                if stringWidth(cand, font, size) > width and line:
                    out.append(line)
                    line = w
                else:
                    line = cand
            out.append(line)
        return out

    sidebar()
    y = [H - 30 * mm]

    def newpage():
        c.showPage()
        page[0] += 1
        sidebar()
        y[0] = H - 30 * mm

    def emit(text, font="Helvetica", size=10, gap=4, indent=0):
        for ln in wrap(text, font, size, body_w - indent):
            if y[0] < 25 * mm:
                newpage()
            c.setFont(font, size)
            c.drawString(body_x + indent, y[0], ln)
            y[0] -= size * 1.3
        y[0] -= gap

    for _, r in recipient:
        emit(r, gap=0)
    y[0] -= 14
    for kind, p in blocks:
        if kind == "title":
            emit(p, "Helvetica-Bold", 14, 8)
        elif kind == "h":
            emit(p, "Helvetica-Bold", 11.5, 3)
        elif kind == "h3":
            emit(p, "Helvetica-Bold", 10, 2)
        elif kind == "p":
            emit(p)
        elif kind == "bullets":
            for x in p:
                emit("• " + x, gap=1, indent=4)
            y[0] -= 3
        elif kind == "table":
            for r in p:
                lab = wrap(r[0], "Helvetica-Bold", 9, 40 * mm)
                val = wrap(" ".join(r[1:]), "Helvetica", 9, body_w - 44 * mm)
                n = max(len(lab), len(val))
                if y[0] - n * 12 < 25 * mm:
                    newpage()
                for i in range(n):
                    if i < len(lab):
                        c.setFont("Helvetica-Bold", 9)
                        c.drawString(body_x, y[0], lab[i])
                    if i < len(val):
                        c.setFont("Helvetica", 9)
                        c.drawString(body_x + 44 * mm, y[0], val[i])
                    y[0] -= 12
                y[0] -= 4
        elif kind == "pagebreak":
            newpage()
    c.save()


def pdf_to_bytes_reportlab(blocks, info, recipient, rng):
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "x.pdf"
        to_reportlab(blocks, info, recipient, p, rng)
        return p.read_bytes()


def digital_post_txt(case, blocks, info, recipient, rng, title):
    hdr = [f"Afsender: {case.kommune}", f"Modtager: {case.citizen}",
           f"Modtaget: {case.letter_date.strftime('%d-%m-%Y')} {rng.randrange(7, 17):02d}:{rng.randrange(60):02d}",
           f"Emne: {title}", "Type: Brev", "=" * 60, ""]
    width = rng.choice([None, 78, 72])
    return "\n".join(hdr) + to_text(blocks, info, recipient, width)


def eml(case, blocks, info, recipient, rng, title, attach_blocks=None):
    m = EmailMessage()
    m["From"] = f"{case.kommune} <noreply@{case.kdom}>"
    m["To"] = f"{case.citizen} <digitalpost@borger.dk>"
    m["Subject"] = title
    m["Date"] = case.letter_date.strftime("%a, %d %b %Y 09:12:00 +0100")
    m["X-DigitalPost-MessageType"] = "DIGITALPOST"
    m.set_content(to_text(blocks, info, recipient, rng.choice([None, 76])))
    if attach_blocks is not None:
        data = pdf_to_bytes_reportlab(attach_blocks, info, [], rng)
        m.add_attachment(data, maintype="application", subtype="pdf", filename="Bilag 1 - Aftale om mentorstøtte.pdf")
    return m.as_bytes()


# --------------------------------------------------------------------------------------------
# The plan: which documents, with which labels
# --------------------------------------------------------------------------------------------

FORMATS = ["docx", "pdf-lo", "pdf-rl", "txt", "eml", "html"]


def plan(rng):
    docs = []
    def add(n, **kw):
        for _ in range(n):
            docs.append(dict(kw))
    add(18, cat="decision", sub="grant", place="after")
    add(10, cat="decision", sub="grant", place="before")
    add(10, cat="decision", sub="extension", place="after")
    add(12, cat="decision", sub="partial", place=None)
    add(9, cat="decision", sub="grant", place="inline")
    add(10, cat="decision", sub="refusal", place="none")
    add(8, cat="decision", sub=None, place="referenced")
    add(13, cat="agreement")
    for w in ["notice", "receipt", "ankestyrelsen", "genvurdering", "partshoering", "faktura", "bestilling",
              "status", "invitation", "leaflet"]:
        docs.append(dict(cat="unknown", which=w))
    return docs


AGR_DEFECT_RULE = {"follow": "missing-follow-up", "hours": "missing-hours", "hours_vague": "missing-hours",
                   "tasks": "missing-tasks", "mentor": "missing-mentor", "unclear": "unclear-goal"}


# Field defects are dealt in turn so that each kind occurs (follow-up and hours most often).
BILAG_DEFECTS = itertools.cycle(["follow", "hours", "mentor", "follow", "hours_vague", "tasks", "unclear", "hours"])
AGR_DEFECTS = itertools.cycle(["hours", "follow", "tasks", "unclear", "mentor", "hours_vague"])


def make_spec(d, rng, i):
    spec = dict(d)
    rules, extras, traits = set(), set(), []
    spec["agr_style"] = rng.choice(["table", "labels", "numbered", "headings", "prose"])
    spec["agr_defects"] = set()
    spec["appeal"] = "ok"
    spec["reasons"] = False
    over = False
    if d["cat"] == "unknown":
        return spec, rules, extras, traits, over
    if d["cat"] == "decision":
        if d["sub"] is None:
            d["sub"] = spec["sub"] = rng.choice(["grant", "grant", "extension", "partial"])
        if d["place"] is None:
            spec["place"] = rng.choice(["after", "after", "before", "inline"])
        spec["own_page"] = rng.random() < 0.75
        needs_reasons = spec["sub"] in ("partial", "refusal")
        spec["reasons"] = needs_reasons or rng.random() < 0.3
        r = rng.random()
        if needs_reasons and r < 0.3:
            spec["reasons"] = False
            extras.add("missing-reasons")
            traits.append("defect:no-reasons")
        r = rng.random()
        if r < 0.08:
            spec["appeal"] = "none"; rules.add("missing-appeal-guidance"); traits.append("defect:no-appeal")
        elif r < 0.15:
            spec["appeal"] = "incomplete"; rules.add("missing-appeal-guidance"); traits.append("defect:appeal-incomplete")
        elif r < 0.20:
            spec["appeal"] = "wrong"; extras.add("appeal-wrong-route"); traits.append("defect:appeal-wrong-route")
        carries = spec["place"] in ("after", "before")
        if carries and rng.random() < 0.25:
            dfc = next(BILAG_DEFECTS)
            spec["agr_defects"].add(dfc)
            traits.append(f"defect:bilag-{dfc}")
        if carries:
            for dfc in spec["agr_defects"]:
                if spec["sub"] == "partial" and dfc in ("hours", "hours_vague"):
                    # Label fix after the first run: a partial grant's letter states the granted hours
                    # itself ("du får mentor 1½ time om ugen"), so the document does state the hours.
                    traits.append("hours-stated-in-letter-only")
                    continue
                rules.add(AGR_DEFECT_RULE[dfc])
        elif spec["place"] == "inline" and rng.random() < 0.15:
            over = True
        if carries and rng.random() < 0.08:
            over = True
    else:  # agreement whose last section is the decision
        r = rng.random()
        if r < 0.3:
            dfc = next(AGR_DEFECTS)
            spec["agr_defects"].add(dfc); rules.add(AGR_DEFECT_RULE[dfc]); traits.append(f"defect:{dfc}")
        r = rng.random()
        if r < 0.1:
            spec["appeal"] = "none"; rules.add("missing-appeal-guidance"); traits.append("defect:no-appeal")
        elif r < 0.17:
            spec["appeal"] = "incomplete"; rules.add("missing-appeal-guidance"); traits.append("defect:appeal-incomplete")
        if rng.random() < 0.08:
            over = True
    if over:
        rules.add("duration-over-6-months")
        traits.append("defect:over-6-months")
    return spec, rules, extras, traits, over


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    docs = plan(rng)
    rng.shuffle(docs)
    entries = []
    lo_jobs = []  # (docx path, final pdf path)
    lo_tmp = Path(tempfile.mkdtemp(prefix="dg_lo_"))
    for i, d in enumerate(docs):
        case = Case(rng, i)
        fmt = FORMATS[i % len(FORMATS)] if d["cat"] != "unknown" else rng.choice(FORMATS)
        spec, rules, extras, traits, over = make_spec(d, rng, i)
        if over:
            case.end = add_months(case.start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=rng.choice([1, 1, 0]))
            if case.end <= add_months(case.start, 6) - dt.timedelta(days=1):
                case.end = add_months(case.start, 7)
        if d["cat"] == "unknown":
            blocks = build_unknown(case, rng, d["which"])
            kind, subtype, layout = "unknown", d["which"], "letter"
            if d["which"] in ("faktura", "status", "bestilling", "leaflet", "notice"):
                info_cpr = False
            else:
                info_cpr = True
        elif d["cat"] == "decision":
            blocks = build_decision(case, rng, spec)
            kind = "decision"
            subtype = {"grant": "grant", "extension": "extension", "partial": "partial-grant",
                       "refusal": "refusal"}[spec["sub"]]
            layout = {"after": "letter+bilag-after-appeal", "before": "letter+bilag-before-appeal",
                      "inline": "letter-agreement-in-body", "referenced": "letter-bilag-referenced-only",
                      "none": "letter-no-agreement"}[spec["place"]]
            if spec["place"] == "after":
                traits.append("bilag:own-page" if spec.get("own_page", True) else "bilag:same-page")
            info_cpr = True
        else:
            blocks = build_agreement_with_decision(case, rng, spec)
            kind, subtype, layout = "agreement", "agreement+decision", "agreement-decision-last"
            info_cpr = True
        if kind != "unknown":
            traits.append(f"agreement-style:{spec['agr_style']}")
        info = letter_head(case, rng, cpr_in=info_cpr)
        if d["cat"] == "unknown" and d["which"] in ("faktura", "status"):
            info = [(case.provider, ""), ("Dato", fmt_date(case.letter_date, 1)), ("Kontakt", case.mentor),
                    ("Tlf.", case.m_phone)]
        recipient = recipient_blocks(case)
        title = next(p for k, p in blocks if k == "title")
        slug = f"{i:03d}-{subtype}"
        sub_dir = case.by.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        (out / sub_dir).mkdir(exist_ok=True)
        has_cpr = bool(case.cpr) and info_cpr
        if fmt == "docx":
            rel = f"{sub_dir}/{slug}.docx"
            to_docx(blocks, info, recipient, out / rel, rng)
            fmt_name = "docx"
        elif fmt == "pdf-lo":
            rel = f"{sub_dir}/{slug}.pdf"
            src = lo_tmp / f"{slug}.docx"
            to_docx(blocks, info, recipient, src, rng)
            lo_jobs.append((src, out / rel))
            fmt_name = "pdf"
            traits.append("pdf:libreoffice")
        elif fmt == "pdf-rl":
            rel = f"{sub_dir}/{slug}.pdf"
            to_reportlab(blocks, info, recipient, out / rel, rng)
            fmt_name = "pdf"
            traits.append("pdf:reportlab-info-column")
        elif fmt == "txt":
            rel = f"{sub_dir}/{slug}.txt"
            (out / rel).write_text(digital_post_txt(case, blocks, info, recipient, rng, title), encoding="utf-8")
            fmt_name = "txt"
            traits.append("digital-post-export")
        elif fmt == "eml":
            rel = f"{sub_dir}/{slug}.eml"
            attach = None
            if kind == "decision" and spec["place"] == "after":
                # the Bilag travels as a PDF attachment instead of in the body
                cut = next(j for j, (k, p) in enumerate(blocks) if k == "h" and p.lower().startswith("bilag 1"))
                attach = blocks[cut:]
                attach = [("title", attach[0][1])] + attach[1:]
                blocks = [b for b in blocks[:cut] if b[0] != "pagebreak"]
                blocks.append(("p", "Bilag: Bilag 1 - Aftale om mentorstøtte.pdf"))
                traits.append("bilag:pdf-attachment")
            (out / rel).write_bytes(eml(case, blocks, info, recipient, rng, title, attach))
            fmt_name = "eml"
        else:
            rel = f"{sub_dir}/{slug}.html"
            (out / rel).write_text(to_html(blocks, info, recipient, title, rng), encoding="utf-8")
            fmt_name = "html"
        if has_cpr:
            traits.append("cpr")
        entry = {"path": rel, "kind": kind, "format": fmt_name, "layout": layout, "subtype": subtype,
                 "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
                 "must_not_contain": [case.cpr, case.cpr.replace("-", "")] if has_cpr else [],
                 "traits": traits}
        if kind in ("decision", "agreement") and spec.get("place") != "none" and d["cat"] != "unknown":
            entry["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        entries.append(entry)
    # LibreOffice conversion in one batch, own profile
    if lo_jobs:
        outdir = lo_tmp / "pdf"
        outdir.mkdir()
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_dg_profile", "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir)] + [str(s) for s, _ in lo_jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, dst in lo_jobs:
            pdf = outdir / (src.stem + ".pdf")
            if not pdf.exists():
                sys.exit(f"LibreOffice did not convert {src.name}")
            shutil.copy(pdf, dst)
    shutil.rmtree(lo_tmp, ignore_errors=True)
    sys.path.insert(0, "/work/main/tools/corpusgen/src")
    from corpusgen.corpus.manifest import write_manifest
    write_manifest(out, entries)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
