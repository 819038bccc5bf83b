#!/usr/bin/env python3
"""Corpus FW: a mixed case-archive folder as a quality team receives it.

About 40 % of the documents are none of the three kinds (minutes, mentors' status reports,
invoices, guidance pages, leaflets, a school's or a club's private "mentoraftale", hearing
letters, job-plan notes, ...), beside agreements, decision letters and Min Plan entries
(several activities, prints and exports) in all common formats.

    /work/main/.venv/bin/python make_corpus_fw.py --out /work/corpora/fw [--seed 14]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_fw as R  # noqa: E402

RULE_OF = {
    "goal_missing": "missing-goal", "goal_unclear": "unclear-goal", "mentor": "missing-mentor",
    "tasks": "missing-tasks", "dur_missing": "missing-duration", "dur_over": "duration-over-6-months",
    "follow": "missing-follow-up", "hours": "missing-hours", "appeal": "missing-appeal-guidance",
}
KIND_RULES = {
    "agreement": set(RULE_OF.values()),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = ["Holstebro", "Faxe", "Vejle", "Slagelse", "Hjørring", "Svendborg", "Viborg", "Næstved",
            "Randers", "Kolding", "Silkeborg", "Roskilde", "Herning", "Horsens", "Esbjerg", "Frederikshavn"]
FIRST = ["Mads", "Sara", "Ahmed", "Louise", "Jonas", "Fatima", "Emil", "Camilla", "Kasper", "Nadia",
         "Tobias", "Maja", "Rasmus", "Line", "Omar", "Ida", "Mikkel", "Julie", "Patrick", "Sofie",
         "Nikolaj", "Amalie", "Yusuf", "Cecilie", "Frederik", "Mathilde", "Bilal", "Emma"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Karimi", "Yilmaz", "Holm", "Bach", "Lund", "Dam"]
MENTOR_FIRST = ["Lars", "Helle", "Anders", "Bente", "Kim", "Susanne", "Morten", "Pia", "Jesper",
                "Trine", "Henrik", "Lone", "Søren", "Mette", "Carsten", "Dorthe"]
PROVIDERS = ["Jobhuset Vest ApS", "Mentorhuset Sjælland", "Kompetencecentret Brobyen", "VejlederTeamet ApS",
             "Støttekompagniet", "Relation & Job A/S", "Mentorværket", "Broen til Job"]
WORKPLACES = ["Netto", "Davidsen Tømmerhandel", "Plantorama", "Bilka", "Kvickly", "Jem & Fix",
              "Dagli'Brugsen", "Elgiganten", "Bygma", "Carl Ras"]
EDUCATIONS = [("SOSU-hjælperuddannelsen", "SOSU Nord"), ("grundforløb 1 på EUX Business", "Tradium"),
              ("FGU Produktionsgrunduddannelse", "FGU Midt"), ("HF-enkeltfag i dansk og matematik", "VUC Syd"),
              ("grundforløbet til lager- og terminaluddannelsen", "EUC Lillebælt"),
              ("ernæringsassistentuddannelsen", "Food College")]


def ddate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Case:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.kommune = rng.choice(KOMMUNER)
        self.mfirst = rng.choice(MENTOR_FIRST)
        self.mentor = f"{self.mfirst} {rng.choice(LAST)}"
        self.provider = rng.choice(PROVIDERS)
        slug = self.provider.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.mphone = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.mmail = f"{self.mfirst.lower().replace('ø', 'oe')}@{slug}.dk"
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.cwphone = f"{rng.randint(96, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        k = self.kommune.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.cwmail = f"{self.cw.split()[0].lower().replace('ø', 'oe')}.{self.cw.split()[1][:2].lower()}@{k}.dk"
        self.kmail = f"jobcenter@{k}.dk"
        self.sagsnr = f"{rng.randint(24, 26)}-{rng.randint(10000, 99999)}"
        self.start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 4, 10]))
        self.months = rng.choice([3, 4, 5, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.hours = rng.choice([1, 2, 2, 3, 3, 4, 5])
        self.workplace = rng.choice(WORKPLACES)
        self.edu, self.school = rng.choice(EDUCATIONS)
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        b = dt.date(rng.randint(1970, 2005), rng.randint(1, 12), rng.randint(1, 28))
        self.cpr = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{rng.randint(1000, 9999)}"
        self.cpr_used = False

    def cprv(self) -> str:
        self.cpr_used = True
        return self.cpr

    def over(self, months=None):
        months = months or self.rng.choice([8, 9, 10, 12])
        self.months = months
        self.end = add_months(self.start, months) - dt.timedelta(days=1)


# ===================================================================== field texts
def goal_text(c: Case, d: set, v: int) -> str | None:
    if "goal_missing" in d:
        return ["Udfyldes senere", "", "-", "[indsæt mål]"][v % 4]
    if "goal_unclear" in d:
        return [f"Støtte til at {c.first} får mere struktur på hverdagen og øget trivsel.",
                f"At {c.first} kommer videre og får det bedre med sig selv.",
                "Hjælp til at komme tættere på arbejdsmarkedet og styrke selvværdet.",
                f"Sikre at {c.first} får det godt og trives.",
                "Motivere borgeren og arbejde med trivsel og mestring."][v % 5]
    return [f"{c.first} er i virksomhedspraktik hos {c.workplace} {c.hours + 10} timer om ugen senest "
            f"{ddate(add_months(c.start, 2), 0)}, med henblik på ansættelse med løntilskud.",
            f"{c.first} starter på {c.edu} hos {c.school} {ddate(add_months(c.start, 1), 0)} og møder "
            f"mindst fire dage om ugen.",
            f"{c.first} gennemfører praktikken hos {c.workplace} og har under 10 % fravær, så praktikken "
            f"kan gå over i et fleksjob.",
            f"Målet er, at {c.first} fastholder sin ordinære uddannelse ({c.edu}) og består første "
            f"semester til sommer.",
            f"{c.first} er selv mødt stabilt op på arbejdspladsen hos {c.workplace} i fire uger i træk, "
            f"så timetallet kan øges fra 15 til 20 timer om ugen."][v % 5]


def tasks_list(c: Case, v: int) -> list[str]:
    return [[f"Følge {c.first} til praktikstedet de første to uger",
             "Ugentlig samtale om fremmøde, transport og arbejdsopgaver",
             "Hjælpe med kontakt til kommunen og læge ved behov"],
            ["Hjælpe med at planlægge ugen og skoleopgaverne",
             "Deltage i opstartssamtalen med studievejlederen",
             "Være bindeled til uddannelsesstedet ved fravær"],
            ["Tage med til de første møder på arbejdspladsen",
             "Sparre om konflikter med kolleger og leder",
             "Støtte i at holde aftaler om mødetider"]][v % 3]


def mentor_text(c: Case, d: set, v: int) -> str:
    if "mentor" in d:
        return [f"{c.mentor}, {c.provider}", f"{c.mentor}", f"{c.mentor} (kontaktoplysninger følger)"][v % 3]
    return [f"{c.mentor}, {c.provider}, tlf. {c.mphone}, {c.mmail}",
            f"{c.mentor} – {c.provider} – telefon {c.mphone}",
            f"{c.mentor}, mail {c.mmail}, mobil {c.mphone}"][v % 3]


def period_text(c: Case, d: set, v: int) -> str:
    if "dur_missing" in d:
        return ["indtil videre", "Udfyldes senere", "aftales løbende", "-"][v % 4]
    s = v % 5
    if s == 0:
        return f"{ddate(c.start, 0)} – {ddate(c.end, 0)}"
    if s == 1:
        return f"{ddate(c.start, 1)} - {ddate(c.end, 1)}"
    if s == 2:
        return f"fra {ddate(c.start, 0)} til {ddate(c.end, 0)}"
    if s == 3:
        return f"{ddate(c.start, 2)} til {ddate(c.end, 2)}"
    return f"{ddate(c.start, 0)} og {c.months} måneder frem ({ddate(c.end, 1)})"


def hours_text(c: Case, d: set, v: int) -> str:
    if "hours" in d:
        return ["efter behov", "", "et par timer om ugen", "aftales løbende med mentor"][v % 4]
    return [f"{c.hours} timer pr. uge", f"{c.hours} t/uge", f"{c.hours} timer ugentligt",
            f"{c.hours * 4} timer om måneden"][v % 4]


def follow_text(c: Case, d: set, v: int) -> str:
    if "follow" in d:
        return ["Der følges op efter behov.", "Opfølgning sker løbende.", "-", ""][v % 4]
    return [f"Statusmøde med mentor, {c.first} og sagsbehandler hver 4. uge. Evaluering 14 dage før "
            f"støtten ophører. Delmål: fremmøde fire dage om ugen efter første måned.",
            "Opfølgning hver måned på telefon med sagsbehandler; mentor sender kort status hver 6. uge. "
            "Slutevaluering to uger før ophør.",
            f"Vi holder opfølgningsmøde {ddate(add_months(c.start, 2), 0)} og igen 14 dage inden perioden "
            f"slutter. Progression måles på fremmøde og antal timer i praktik."][v % 3]


def appeal_text(c: Case, d: set, v: int) -> list[str]:
    v = c.av if getattr(c, "av", None) is not None else v
    if getattr(c, "wrong_route", False):
        return [f"Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter, at du har modtaget "
                f"den. Send klagen til Ankestyrelsen, 7998 Statsservice, eller brug ast.dk."]
    if "appeal" in d:
        return [[], ["Du kan klage over afgørelsen."],
                ["Hvis du er utilfreds, kan du kontakte din sagsbehandler."],
                ["Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om "
                 "befordringsgodtgørelse til kommunen inden 4 uger. Kommunen genvurderer og sender "
                 "klagen til Ankestyrelsen, hvis afgørelsen fastholdes."]][v % 4]
    return [[f"Hvis du ikke er enig i afgørelsen, kan du klage til {c.kommune} Kommune inden fire uger "
             f"efter, at du har modtaget den. Du kan klage mundtligt eller skriftligt til {c.kmail}. "
             f"Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes "
             f"klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10."],
            [f"Du kan klage over afgørelsen. Klagen skal sendes til Jobcenter {c.kommune} senest 4 uger "
             f"efter, at du har fået afgørelsen. Jobcentret vurderer sagen igen, og hvis afgørelsen "
             f"fastholdes, sendes klagen til Ankestyrelsen."],
            [f"Er du uenig, så kontakt os inden 4 uger. Vi ser på sagen igen og sender den videre til "
             f"Ankestyrelsen, hvis vi fastholder afgørelsen. Kontakt: {c.cw}, tlf. {c.cwphone} "
             f"({c.kommune} Kommune)."]][v % 3]


def rules_for(kind: str, defects: set) -> list[str]:
    return sorted({RULE_OF[x] for x in defects} & KIND_RULES[kind])


# ===================================================================== agreements
def agreement(c: Case, d: set, v: int, layout: str, cpr=False):
    """Return (blocks, title)."""
    g, m, p, h, f = goal_text(c, d, v), mentor_text(c, d, v), period_text(c, d, v), hours_text(c, d, v), \
        follow_text(c, d, v)
    tasks = tasks_list(c, v) if "tasks" not in d else None
    ap = appeal_text(c, d, v)
    who = [("Borger", c.name + (f", cpr.nr. {c.cprv()}" if cpr else "")), ("Sagsnr.", c.sagsnr),
           ("Sagsbehandler", f"{c.cw}, {c.kommune} Kommune, tlf. {c.cwphone}")]
    title = ["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)",
             "Aftale om mentorforløb", "Aftale – mentorstøtte efter § 167"][v % 5]
    B = []
    if layout == "table":
        B.append(("title", title))
        B.append(("kv", who))
        rows = [("Målet med mentorstøtten", g or ""), ("Mentor (navn og kontaktdata)", m),
                ("Mentorens opgaver", "; ".join(tasks) if tasks else "-"),
                ("Periode", p), ("Timetal", h), ("Opfølgning og progression", f or "")]
        B.append(("kv", rows))
        B.append(("h", "Klagevejledning")) if ap else None
        B += [("p", x) for x in ap]
        B.append(("sig", [f"Dato og underskrift, {c.name}", f"Dato og underskrift, {c.cw}, sagsbehandler"]))
    elif layout == "headings":
        B.append(("title", title))
        B.append(("p", f"Aftalen er indgået mellem {c.name} og {c.kommune} Kommune, sagsnr. {c.sagsnr}"
                       + (f", cpr. {c.cprv()}" if cpr else "") + "."))
        B.append(("h", "Mål"))
        if g:
            B.append(("p", g))
        B.append(("h", "Din mentor"))
        B.append(("p", m))
        B.append(("h", "Det skal mentoren hjælpe med"))
        B.append(("ul", tasks) if tasks else ("p", "Udfyldes senere"))
        B.append(("h", "Varighed"))
        B.append(("p", p))
        B.append(("h", "Antal timer"))
        B.append(("p", h or "-"))
        B.append(("h", "Opfølgning"))
        B.append(("p", f or "-"))
        if ap:
            B.append(("h", "Sådan klager du"))
            B += [("p", x) for x in ap]
        B.append(("p", f"Med venlig hilsen\n{c.cw}\nJobrådgiver, {c.kommune} Kommune"))
    elif layout == "numbered":
        B.append(("title", title))
        B.append(("p", f"Borger: {c.name}" + (f" ({c.cprv()})" if cpr else "") + f". Sag: {c.sagsnr}."))
        B.append(("h", "1) Målet med mentorstøtten"))
        B.append(("p", g or "Udfyldes senere"))
        B.append(("h", "2) Mentorens navn og kontaktdata"))
        B.append(("p", m))
        B.append(("h", "3) Hvilke opgaver mentoren skal bistå ved"))
        B.append(("ol", tasks) if tasks else ("p", "-"))
        B.append(("h", "4) Varigheden af aftalen og opfølgning"))
        B.append(("p", f"Periode: {p}"))
        B.append(("p", f"Opfølgning: {f or '-'}"))
        B.append(("h", "5) Timetallet for mentorstøtten"))
        B.append(("p", h or "-"))
        B.append(("h", "6) Klagevejledning"))
        B += [("p", x) for x in ap] if ap else [("p", "-")]
    elif layout == "letter":
        B.append(("p", f"{c.kommune} Kommune · Job og Ydelse · {ddate(c.letter_date, 0)}"))
        B.append(("title", f"Her er vores aftale om din mentor, {c.first}"))
        B.append(("p", f"Kære {c.first}. Her får du det, vi blev enige om på mødet, skrevet ned. "
                       f"Sagsnummer {c.sagsnr}" + (f", cpr.nr. {c.cprv()}" if cpr else "") + "."))
        if g:
            B.append(("p", f"Målet med mentorstøtten: {g}"))
        if "mentor" in d:
            B.append(("p", f"Din mentor er {m}."))
        else:
            B.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Du kan ringe til {c.mfirst} på "
                           f"{c.mphone} eller skrive til {c.mmail}."))
        if tasks:
            B.append(("p", f"{c.mfirst} skal hjælpe dig med:"))
            B.append(("ul", tasks))
        B.append(("p", f"Mentorstøtten gælder i perioden {p}." if "dur_missing" not in d
                       else f"Mentorstøtten gælder {p}."))
        if "hours" in d:
            B.append(("p", f"I mødes {h}." if h else "I aftaler selv, hvornår I mødes."))
        else:
            B.append(("p", f"Du har {h} sammen med din mentor."))
        if f and f != "-":
            B.append(("p", f))
        if ap:
            B.append(("h3", "Hvis du vil klage"))
            B += [("p", x) for x in ap]
        B.append(("p", f"Venlig hilsen\n{c.cw}\ntlf. {c.cwphone}"))
    return B, title


# ===================================================================== decisions
def decision(c: Case, d: set, v: int, sub: str, cpr=False):
    kom = f"{c.kommune} Kommune"
    head = [("p", f"{kom}\nJob og Ydelse\n{c.kmail}"),
            ("p", f"{c.name}\n" + (f"CPR-nr.: {c.cprv()}\n" if cpr else "") + f"Sagsnr.: {c.sagsnr}\n"
                  f"Dato: {ddate(c.letter_date, v % 3)}")]
    per = period_text(c, d, v)
    B = list(head)
    if sub == "grant":
        title = ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"][v % 3]
        B.append(("title", title))
        B.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
                       f"beskæftigelsesindsats § 167 i perioden {per}."))
        B.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}. Mentorstøtten er på {c.hours} timer "
                       f"om ugen."))
        B.append(("h", "Begrundelse"))
        B.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre "
                       f"praktikken hos {c.workplace}. Du får derfor det, du har søgt om."))
    elif sub == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        B.append(("title", title))
        B.append(("p", f"Du har søgt om mentorstøtte i 9 måneder og 6 timer om ugen. Vi har bevilget dig "
                       f"mentorstøtte i perioden {per} med {c.hours} timer om ugen."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Efter LAB § 167, stk. 1 kan mentorstøtte gives i en periode på højst 6 måneder ad "
                       "gangen. Vi har lagt vægt på, at du allerede er i gang med praktik, og at dit behov "
                       "for støtte vurderes at falde efter de første uger."))
    elif sub == "refusal":
        title = ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"][v % 2]
        B.append(("title", title))
        B.append(("p", f"Du har den {ddate(c.letter_date - dt.timedelta(days=20), 0)} søgt om mentorstøtte. "
                       f"Vi har givet dig afslag."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Mentorstøtte efter LAB § 167 kan kun gives, når støtten er nødvendig for, at du kan "
                       "opnå eller fastholde job, uddannelse eller et tilbud. Vi har lagt vægt på, at du "
                       "allerede får støtte fra SPS på din uddannelse, som dækker dit behov."))
    elif sub == "extension":
        title = ["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"][v % 2]
        B.append(("title", title))
        B.append(("p", f"Vi har efter en konkret vurdering forlænget din mentorstøtte efter LAB § 167, "
                       f"stk. 1, 2. pkt. Den nye periode er {per}. Timetallet er uændret {c.hours} timer "
                       f"om ugen, og {c.mentor} fortsætter som din mentor."))
        B.append(("h", "Begrundelse"))
        B.append(("p", f"Vi har lagt vægt på mentorens status, som viser, at du er godt i gang hos "
                       f"{c.workplace}, men stadig har brug for støtte til mødestabilitet."))
    elif sub == "end":
        title = "Afgørelse om ophør af mentorstøtte"
        B.append(("title", title))
        B.append(("p", f"Din mentorstøtte ophører den {ddate(c.end, 0)}. Du har fået fast job hos "
                       f"{c.workplace} og har ikke længere brug for mentor."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Vi har lagt vægt på, at målet med støtten er nået, jf. LAB § 167."))
    elif sub == "change":
        title = "Ændring af din mentorstøtte – timetal"
        B.append(("title", title))
        B.append(("p", f"Vi har ændret din mentorstøtte, så du fra {ddate(c.start, 0)} får {c.hours} timer "
                       f"om ugen i stedet for {c.hours + 2}. Perioden er fortsat {per}."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Vi har lagt vægt på, at du nu klarer de fleste arbejdsdage selv, jf. LAB § 167."))
    ap = appeal_text(c, d, v)
    if ap:
        B.append(("h", ["Klagevejledning", "Hvis du vil klage", "Sådan klager du"][v % 3]))
        B += [("p", x) for x in ap]
    B.append(("p", f"Med venlig hilsen\n{c.cw}\n{kom}, tlf. {c.cwphone}"))
    return B, title


# ===================================================================== Min Plan
OTHER_ACTS = [
    ("Virksomhedspraktik – {wp}", [("Status", "Igangværende"), ("Start", "{s1}"), ("Slut", "{e1}"),
                                   ("Timer pr. uge", "15"), ("Kontaktperson", "Butikschef Rikke Bang, tlf. 72 11 40 40")]),
    ("Uddannelse: {edu} ({school})", [("Status", "Planlagt"), ("Start", "{s2}"), ("Slut", "{e2}"),
                                       ("Sted", "{school}")]),
    ("Danskuddannelse 3, modul 4", [("Status", "Aktiv"), ("Periode", "{s1} - {e3}"), ("Timer pr. uge", "6"),
                                    ("Sted", "Sprogcentret")]),
    ("Behandling: Genoptræning hos fysioterapeut", [("Status", "Igangværende"), ("Sted", "Fysioklinikken"),
                                                     ("Periode", "{s1} - {e1}")]),
    ("Løntilskud – {wp}", [("Status", "Planlagt"), ("Periode", "{s2} – {e4}"), ("Timer pr. uge", "30"),
                           ("Kontaktperson", "Jan Frost, tlf. 86 10 20 30")]),
]


def other_cards(c: Case, n: int, v: int):
    ctx = {"wp": c.workplace, "edu": c.edu, "school": c.school,
           "s1": ddate(c.start, 1), "e1": ddate(add_months(c.start, 3) - dt.timedelta(days=1), 1),
           "s2": ddate(add_months(c.start, 1), 1), "e2": ddate(add_months(c.start, 25), 1),
           "e3": ddate(add_months(c.start, 11), 1),
           "e4": ddate(add_months(c.start, 5) - dt.timedelta(days=1), 1)}
    out = []
    for k in range(n):
        t, rows = OTHER_ACTS[(v + k) % len(OTHER_ACTS)]
        out.append((t.format(**ctx), [(a, b.format(**ctx)) for a, b in rows]))
    return out


def mentor_card(c: Case, d: set, v: int):
    g = goal_text(c, d, v)
    rows = [("Status", "Igangværende"), ("Formål", g or "")]
    rows.append(("Mentor", mentor_text(c, d, v)))
    rows.append(("Mentorens opgaver", "; ".join(tasks_list(c, v)) if "tasks" not in d else ""))
    rows.append(("Periode", period_text(c, d, v)))
    rows.append(("Timer pr. uge" if v % 2 else "Timetal", hours_text(c, d, v)))
    t = ["Mentorstøtte (§ 167)", "Mentor", "Mentorstøtte – tilbudsmentor", "Aktivitet: Mentorstøtte"][v % 4]
    return t, rows


def minplan(c: Case, d: set, v: int, n_other=2, cpr=False):
    B = [("title", "Min Plan"),
         ("p", f"{c.name}" + (f" · CPR {c.cprv()}" if cpr else "") + f" · Udskrevet {ddate(c.letter_date, 1)} "
               f"· {c.kommune} Kommune"),
         ("h", "Aktiviteter")]
    if not d & {"goal_missing", "goal_unclear"}:
        B[2:2] = [("h", "Mit mål"),
                  ("p", f"Jeg vil i job som {['lagermedarbejder', 'butiksassistent', 'social- og sundhedshjælper', 'pædagogmedhjælper'][v % 4]}.")]
    cards = other_cards(c, n_other, v)
    mc = mentor_card(c, d, v)
    pos = v % (len(cards) + 1)
    cards.insert(pos, mc)
    return B, cards


def cards_blocks(cards, style="kv"):
    out = []
    for t, rows in cards:
        if style == "kv":
            out.append(("h3", t))
            out.append(("kv", rows))
        else:
            out.append(("card", t, rows))
    return out


def cards_text(cards):
    lines = []
    for t, rows in cards:
        lines.append(t)
        for k, val in rows:
            lines.append(f"    {k}: {val}")
        lines.append("")
    return "\n".join(lines)


# ===================================================================== writing
class Writer:
    def __init__(self, out: Path, tag="fw"):
        self.out = out
        self.entries = []
        self.pending_soffice = []  # (docx temp path, final pdf rel path)
        self.tmp = out / ".tmp_soffice"
        self.tag = tag

    def _path(self, rel):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(self, rel, fmt, blocks, *, kind, subtype, layout, rules=(), extras=(), traits=(),
            case: Case | None = None, period=None, pdf_via="reportlab", html_css="", txt_style="plain",
            letterhead=None, footer=None, raw_text=None, raw_bytes=None, title=""):
        p = self._path(rel)
        if raw_bytes is not None:
            p.write_bytes(raw_bytes)
        elif raw_text is not None:
            p.write_text(raw_text, encoding="utf-8")
        elif fmt == "docx":
            R.to_docx(blocks, p, header_text=letterhead[0] if letterhead else None, footer_text=footer)
        elif fmt == "odt":
            R.to_odt(blocks, p)
        elif fmt == "rtf":
            p.write_text(R.to_rtf(blocks), encoding="ascii")
        elif fmt == "html":
            p.write_text(R.to_html(blocks, title=title, css=html_css), encoding="utf-8")
        elif fmt == "md":
            p.write_text(R.to_md(blocks), encoding="utf-8")
        elif fmt == "txt":
            p.write_text(R.to_txt(blocks, style=txt_style), encoding="utf-8")
        elif fmt == "pdf":
            if pdf_via == "soffice":
                self.tmp.mkdir(exist_ok=True)
                tmpd = self.tmp / (Path(rel).stem + ".docx")
                R.to_docx(blocks, tmpd, header_text=letterhead[0] if letterhead else None, footer_text=footer)
                self.pending_soffice.append((tmpd, p))
            elif pdf_via == "scan":
                self.tmp.mkdir(exist_ok=True)
                src = self.tmp / (Path(rel).stem + "_src.pdf")
                R.to_pdf(blocks, src, letterhead=letterhead, footer=footer, font_size=11)
                R.pdf_to_scan(src, p)
            else:
                R.to_pdf(blocks, p, letterhead=letterhead, footer=footer)
        else:
            raise ValueError(fmt)
        mnc = [case.cpr, case.cpr.replace("-", "")] if case is not None and case.cpr_used else []
        tr = list(traits) + (["cpr"] if mnc else []) + [f"via:{pdf_via}"] * (fmt == "pdf")
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": tr}
        if period:
            e["period"] = period
        self.entries.append(e)

    def finish(self):
        if self.pending_soffice:
            R.soffice_convert([t for t, _ in self.pending_soffice], self.tmp, tag=self.tag)
            for t, final in self.pending_soffice:
                shutil.move(str(t.with_suffix(".pdf")), str(final))
        shutil.rmtree(self.tmp, ignore_errors=True)
        with open(self.out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
            for e in sorted(self.entries, key=lambda e: e["path"]):
                fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")


def per(c: Case):
    return {"start": c.start.isoformat(), "end": c.end.isoformat()}


# ===================================================================== the three kinds
AGREEMENTS = [
    # (file, fmt, layout, defects, cpr, pdf_via, extra)
    ("sager/2026/aftale_mentor_{n}.docx", "docx", "table", set(), True, None, None),
    ("sager/2026/mentoraftale_{n}_underskrevet.docx", "docx", "table", {"hours"}, False, None, None),
    ("sager/2026/aftale_{n}.docx", "docx", "headings", {"follow"}, True, None, None),
    ("sager/2026/aftale_{n}_v2.docx", "docx", "headings", {"dur_over"}, False, None, None),
    ("sager/2026/pdf/aftale_{n}.pdf", "pdf", "headings", set(), False, "reportlab", None),
    ("sager/2026/pdf/mentoraftale_{n}.pdf", "pdf", "table", {"goal_unclear"}, False, "reportlab", None),
    ("sager/2026/pdf/aftale_{n}_print.pdf", "pdf", "table", {"mentor"}, False, "soffice", None),
    ("sager/2026/odt/aftale_{n}.odt", "odt", "numbered", {"tasks"}, True, None, None),
    ("sager/2026/odt/aftale_{n}_kladde.odt", "odt", "headings", {"appeal"}, False, None, {"av": 1}),
    ("sager/2025/aftale_{n}.rtf", "rtf", "table", set(), True, None, None),
    ("sager/2025/aftale_{n}_gl.rtf", "rtf", "numbered", {"tasks", "hours"}, False, None, None),
    ("sager/eksport/aftale_{n}.txt", "txt", "numbered", set(), False, None, None),
    ("sager/eksport/aftale_{n}_fagsystem.txt", "txt", "table", {"dur_missing"}, True, None, None),
    ("sager/noter/aftale_{n}.md", "md", "headings", set(), False, None, None),
    ("sager/noter/aftale_{n}_udkast.md", "md", "table", {"goal_missing"}, False, None, None),
    ("sager/web/aftale_{n}.html", "html", "table", set(), True, None, None),
    ("sager/web/aftale_{n}_visning.html", "html", "headings", {"follow", "goal_unclear"}, False, None, None),
    ("post/indbakke/aftale_{n}.eml", "eml", "letter", set(), True, None, None),
    ("post/indbakke/aftale_{n}_bilag.eml", "eml", "table", {"hours"}, False, None, {"attach": "docx"}),
    ("scannet/aftale_{n}_scan.pdf", "pdf", "table", set(), True, "scan", None),
    ("sager/2026/aftale_{n}_12mdr.docx", "docx", "numbered", {"dur_over", "appeal"}, False, None, {"av": 0, "months": 12}),
    ("sager/2026/pdf/aftale_{n}_udskrivning.pdf", "pdf", "letter", set(), False, "soffice", {"udsk": True}),
    ("sager/2026/aftale_{n}_forlaengelse.docx", "docx", "headings", set(), True, None, {"ext": True}),
    ("sager/eksport/aftale_{n}_brev.txt", "txt", "letter", {"mentor"}, False, None, None),
]

DECISIONS = [
    ("afgoerelser/bevilling_{n}.docx", "docx", "grant", set(), True, None, None),
    ("afgoerelser/bevilling_{n}.pdf", "pdf", "grant", {"appeal"}, False, "reportlab", {"av": 0}),
    ("afgoerelser/delvis_{n}.pdf", "pdf", "partial", set(), False, "soffice", None),
    ("afgoerelser/afslag_{n}.odt", "odt", "refusal", set(), True, None, None),
    ("afgoerelser/afslag_{n}.rtf", "rtf", "refusal", {"appeal"}, False, None, {"av": 1}),
    ("afgoerelser/forlaengelse_{n}.html", "html", "extension", set(), True, None, None),
    ("afgoerelser/forlaengelse_{n}.txt", "txt", "extension", {"dur_over"}, False, None, {"months": 8}),
    ("post/indbakke/ophoer_{n}.eml", "eml", "end", set(), False, None, None),
    ("afgoerelser/ophoer_{n}.docx", "docx", "end", {"appeal"}, False, None, {"av": 3}),
    ("afgoerelser/bevilling_{n}_lang.pdf", "pdf", "grant", {"dur_over"}, False, "reportlab", {"months": 12}),
    ("afgoerelser/bevilling_{n}.md", "md", "grant", set(), True, None, None),
    ("scannet/afslag_{n}_scan.pdf", "pdf", "refusal", set(), True, "scan", None),
    ("afgoerelser/aendring_{n}.docx", "docx", "change", {"appeal"}, True, None, {"av": 2}),
    ("afgoerelser/bevilling_{n}_web.html", "html", "grant", set(), False, None, {"wrong_route": True}),
    ("afgoerelser/bevilling_{n}.odt", "odt", "grant", {"dur_over", "appeal"}, False, None, {"av": 0, "months": 9}),
    ("post/indbakke/afgoerelse_{n}_bilag.eml", "eml", "grant", set(), False, None, {"attach": "pdf"}),
    ("afgoerelser/delvis_{n}.txt", "txt", "partial", set(), True, None, None),
    ("afgoerelser/bevilling_{n}_gl.rtf", "rtf", "grant", {"appeal"}, False, None, {"av": 2}),
]

MINPLANS = [
    # (file, fmt, style, defects, cpr, pdf_via, n_other)
    ("minplan/udskrift_{n}.html", "html", "cards", set(), True, None, 2),
    ("minplan/udskrift_{n}_b.html", "html", "cards", {"hours"}, False, None, 2),
    ("minplan/minplan_{n}.pdf", "pdf", "kv", set(), False, "reportlab", 2),
    ("minplan/minplan_{n}_2.pdf", "pdf", "kv", {"dur_over"}, False, "reportlab", 1),
    ("minplan/eksport/aktiviteter_{n}.txt", "txt", "csv", set(), False, None, 2),
    ("minplan/eksport/mentor_{n}.txt", "txt", "csv1", {"mentor"}, False, None, 0),
    ("minplan/minplan_{n}.docx", "docx", "kv", set(), True, None, 2),
    ("minplan/minplan_{n}_b.docx", "docx", "kv", {"goal_unclear"}, False, None, 1),
    ("minplan/minplan_{n}.odt", "odt", "kv", {"dur_over"}, True, None, 2),
    ("minplan/minplan_{n}.md", "md", "kv", {"tasks"}, False, None, 1),
    ("minplan/udskrift_{n}.txt", "txt", "print", set(), False, None, 3),
    ("minplan/minplan_{n}.rtf", "rtf", "kv", {"dur_missing"}, False, None, 2),
    ("post/indbakke/minplan_{n}.eml", "eml", "cards", set(), True, None, 2),
    ("minplan/udskrift_{n}_c.html", "html", "cards", {"goal_missing"}, False, None, 3),
    ("minplan/minplan_{n}_fire.pdf", "pdf", "kv", set(), True, "soffice", 3),
    ("minplan/minplan_{n}_c.docx", "docx", "kv", {"hours", "goal_unclear"}, False, None, 2),
    ("minplan/eksport/minplan_{n}.txt", "txt", "ini", set(), False, None, 1),
    ("minplan/oversigt_{n}.html", "html", "overview", {"hours"}, False, None, 2),
]

CSS_CARDS = ("body{font-family:Arial} .card{border:1px solid #ccc;margin:8px;padding:6px} "
             ".lbl{font-weight:bold;display:inline-block;width:160px}")


def letterhead(c: Case):
    return [f"{c.kommune} Kommune", "Job og Ydelse", f"Tlf. {c.cwphone} · {c.kmail}"]


def build_kinds(w: Writer, rng: random.Random):
    n = 100
    for i, (f, fmt, layout, d, cpr, via, extra) in enumerate(AGREEMENTS):
        n += 1
        c = Case(rng, n)
        extra = extra or {}
        c.av = extra.get("av")
        if "dur_over" in d:
            c.over(extra.get("months"))
        v = i
        if extra.get("udsk"):
            c.over(9)
        blocks, title = agreement(c, d, v, layout, cpr=cpr)
        traits = [f"layout:{layout}"] + sorted(f"defect:{x}" for x in d)
        if extra.get("udsk"):
            blocks.insert(2, ("p", f"Du får mentorstøtte som udskrivningskoordinator efter LAB § 167, stk. 2. "
                                   f"Støtten begynder op til 3 måneder før din udskrivning fra Psykiatrisk "
                                   f"Afdeling og fortsætter 6 måneder efter udskrivningen."))
            traits.append("udskrivningskoordinator:9mdr")
        if extra.get("ext"):
            blocks[0] = ("title", "Forlængelse – aftale om mentorstøtte")
            blocks.insert(1, ("p", f"Mentorstøtten forlænges efter en konkret vurdering med en ny periode "
                                   f"(LAB § 167, stk. 1, 2. pkt.). Forrige periode sluttede "
                                   f"{ddate(c.start - dt.timedelta(days=1), 0)}."))
            traits.append("extension")
        rules = rules_for("agreement", d)
        rel = f.format(n=n)
        pr = per(c) if "dur_missing" not in d else None
        if fmt == "eml":
            if extra.get("attach") == "docx":
                tmp = w.out / ".tmp_att.docx"
                R.to_docx(blocks, tmp)
                data = tmp.read_bytes()
                tmp.unlink()
                body = (f"Hej {c.first}\n\nSom aftalt sender jeg aftalen om din mentorstøtte. Læs den "
                        f"igennem, og ring hvis noget skal rettes.\n\nVenlig hilsen\n{c.cw}\n{c.kommune} Kommune\n")
                raw = R.to_eml(f"{c.cw} <{c.cwmail}>", f"{c.name} <borger{n}@mail.dk>",
                               "Aftale om mentorstøtte", dt.datetime(2026, c.letter_date.month, c.letter_date.day, 10, 12,
                                                                     tzinfo=dt.timezone.utc), text=body,
                               attachments=[(f"Aftale_mentor_{c.first}.docx", data,
                                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
                traits.append("eml:attachment-docx")
            else:
                raw = R.to_eml(f"{c.cw} <{c.cwmail}>", f"{c.name} <borger{n}@mail.dk>",
                               "Vores aftale om mentor", dt.datetime(2026, c.letter_date.month, c.letter_date.day, 9, 3,
                                                                     tzinfo=dt.timezone.utc), text=R.to_txt(blocks))
                traits.append("eml:body")
            w.add(rel, "eml", None, kind="agreement", subtype="agreement", layout=f"agreement-{layout}",
                  rules=rules, traits=traits, case=c, period=pr, raw_bytes=raw)
            continue
        w.add(rel, fmt, blocks, kind="agreement", subtype="agreement", layout=f"agreement-{layout}",
              rules=rules, traits=traits, case=c, period=pr, pdf_via=via or "reportlab",
              letterhead=letterhead(c) if fmt == "pdf" and layout != "letter" else None,
              footer=f"{c.kommune} Kommune · Sagsnr. {c.sagsnr}", title=title,
              txt_style="colon" if layout == "table" else "plain")

    for i, (f, fmt, sub, d, cpr, via, extra) in enumerate(DECISIONS):
        n += 1
        c = Case(rng, n)
        extra = extra or {}
        c.av = extra.get("av")
        c.wrong_route = bool(extra.get("wrong_route"))
        if "dur_over" in d:
            c.over(extra.get("months"))
        blocks, title = decision(c, d, i, sub, cpr=cpr)
        rules = rules_for("decision", d)
        extras = ["appeal-wrong-route"] if c.wrong_route else []
        traits = [f"decision:{sub}"] + sorted(f"defect:{x}" for x in d) + (["appeal:direct-route"] if c.wrong_route else [])
        rel = f.format(n=n)
        pr = per(c) if sub in ("grant", "partial", "extension", "change") else None
        if fmt == "eml":
            if extra.get("attach") == "pdf":
                tmp = w.out / ".tmp_att.pdf"
                R.to_pdf(blocks, tmp, letterhead=letterhead(c))
                data = tmp.read_bytes()
                tmp.unlink()
                body = (f"Kære {c.first}\n\nVedhæftet finder du vores afgørelse om mentorstøtte. Afgørelsen er "
                        f"også sendt til din digitale postkasse.\n\nMed venlig hilsen\n{c.cw}\n")
                raw = R.to_eml(f"{c.kommune} Kommune <{c.kmail}>", f"{c.name} <borger{n}@mail.dk>",
                               f"Afgørelse – sagsnr. {c.sagsnr}",
                               dt.datetime(2026, c.letter_date.month, c.letter_date.day, 13, 40, tzinfo=dt.timezone.utc),
                               text=body, attachments=[("Afgoerelse_mentorstoette.pdf", data, "application/pdf")])
                traits.append("eml:attachment-pdf")
            else:
                raw = R.to_eml(f"{c.kommune} Kommune <{c.kmail}>", f"{c.name} <borger{n}@mail.dk>", title,
                               dt.datetime(2026, c.letter_date.month, c.letter_date.day, 8, 55, tzinfo=dt.timezone.utc),
                               text=R.to_txt(blocks), html_body=R.to_html(blocks, title=title))
                traits.append("eml:body-text+html")
            w.add(rel, "eml", None, kind="decision", subtype=sub, layout="decision-letter", rules=rules,
                  extras=extras, traits=traits, case=c, period=pr, raw_bytes=raw)
            continue
        w.add(rel, fmt, blocks, kind="decision", subtype=sub, layout="decision-letter", rules=rules,
              extras=extras, traits=traits, case=c, period=pr, pdf_via=via or "reportlab", title=title,
              footer=f"{c.kommune} Kommune · Sagsnr. {c.sagsnr}")

    for i, (f, fmt, style, d, cpr, via, n_other) in enumerate(MINPLANS):
        n += 1
        c = Case(rng, n)
        if "dur_over" in d:
            c.over()
        head, cards = minplan(c, d, i, n_other=n_other, cpr=cpr)
        rules = rules_for("minplan", d)
        traits = [f"minplan:{style}", f"activities:{n_other + 1}"] + sorted(f"defect:{x}" for x in d)
        rel = f.format(n=n)
        pr = per(c) if "dur_missing" not in d else None
        kw = dict(kind="minplan", subtype="minplan", layout=f"minplan-{style}", rules=rules, traits=traits,
                  case=c, period=pr)
        if style == "csv":
            cols = ["Aktivitet", "Status", "Start", "Slut", "Timer pr. uge", "Kontaktperson", "Formål", "Opgaver"]
            lines = [";".join(cols)]
            for t, rows in cards:
                dd = dict(rows)
                st, sl = dd.get("Start", ""), dd.get("Slut", "")
                if "Periode" in dd:
                    pp = dd["Periode"]
                    if t.startswith(("Mentor", "Aktivitet: Mentor")):
                        st, sl = ddate(c.start, 1), ddate(c.end, 1)
                    else:
                        st, sl = [x.strip() for x in pp.replace("–", "-").split(" - ")] if " - " in pp.replace("–", "-") else (pp, "")
                hrs = dd.get("Timer pr. uge", dd.get("Timetal", ""))
                if hrs.endswith(" timer pr. uge"):
                    hrs = hrs.replace(" timer pr. uge", "")
                lines.append(";".join([t, dd.get("Status", ""), st, sl, hrs,
                                       dd.get("Mentor", dd.get("Kontaktperson", "")).replace(";", ","),
                                       dd.get("Formål", ""), dd.get("Mentorens opgaver", "").replace(";", ",")]))
            w.add(rel, "txt", None, raw_text="\n".join(lines) + "\n", **kw)
        elif style == "csv1":
            t, rows = [x for x in cards if x[1][1][0] == "Formål"][0]
            lines = ["Felt;Værdi", f"Borger;{c.name}", f"Aktivitet;{t}"] + [f"{k};{val}" for k, val in rows]
            w.add(rel, "txt", None, raw_text="\n".join(lines) + "\n", **kw)
        elif style == "ini":
            out = [f"; Min Plan eksport {ddate(c.letter_date, 3)}", "[Borger]", f"Navn={c.name}", ""]
            for k, (t, rows) in enumerate(cards, 1):
                out.append(f"[Aktivitet {k}]")
                out.append(f"Titel={t}")
                for a, b in rows:
                    a2 = {"Formål": "Målet med mentorstøtten"}.get(a, a)
                    out.append(f"{a2}={b}")
                out.append("")
            w.add(rel, "txt", None, raw_text="\n".join(out), **kw)
        elif style == "print":
            txt = (f"MIN PLAN\n{c.name}\nUdskrevet {ddate(c.letter_date, 1)} fra {c.kommune} Kommunes sagssystem\n\n"
                   f"Mit mål\nJeg vil have et job i detailhandlen.\n\nAKTIVITETER\n\n" + cards_text(cards))
            w.add(rel, "txt", None, raw_text=txt, **kw)
        elif style == "overview":
            rows = [["Aktivitet", "Periode", "Timer pr. uge", "Status"]]
            for t, rr in cards:
                dd = dict(rr)
                pp = dd.get("Periode") or f"{dd.get('Start', '')} - {dd.get('Slut', '')}"
                rows.append([t, pp, dd.get("Timer pr. uge", dd.get("Timetal", "")), dd.get("Status", "")])
            blocks = head + [("table", rows), ("h", "Detaljer for mentorstøtten")]
            mt, mr = [x for x in cards if x[1][1][0] == "Formål"][0]
            blocks += [("h3", mt), ("kv", mr)]
            w.add(rel, "html", blocks, html_css=CSS_CARDS, title="Min Plan – oversigt", **kw)
        elif fmt == "eml":
            blocks = head + cards_blocks(cards, "card")
            raw = R.to_eml(f"{c.cw} <{c.cwmail}>", f"{c.name} <borger{n}@mail.dk>", "Din plan – opdateret",
                           dt.datetime(2026, c.letter_date.month, c.letter_date.day, 11, 0, tzinfo=dt.timezone.utc),
                           text=None, html_body=R.to_html([("p", f"Hej {c.first}, her er din opdaterede plan.")] + blocks,
                                                          title="Min Plan", css=CSS_CARDS))
            kw["traits"].append("eml:html-only")
            w.add(rel, "eml", None, raw_bytes=raw, **kw)
        else:
            blocks = head + cards_blocks(cards, "card" if style == "cards" else "kv")
            w.add(rel, fmt, blocks, pdf_via=via or "reportlab", html_css=CSS_CARDS, title="Min Plan", **kw)
    return n


# ===================================================================== none of the kinds
def build_unknown(w: Writer, rng: random.Random, n0: int):
    n = n0
    docs = []

    def U(rel, fmt, blocks=None, layout="", traits=(), c=None, raw_bytes=None, raw_text=None, via="reportlab",
          lh=None, title=""):
        w.add(rel, fmt, blocks, kind="unknown", subtype=layout.split("-")[0], layout=layout, rules=[],
              traits=list(traits), case=c, pdf_via=via, letterhead=lh, raw_bytes=raw_bytes, raw_text=raw_text,
              title=title, html_css=CSS_CARDS)

    def C():
        nonlocal n
        n += 1
        return Case(rng, n), n

    # --- 1-3, 38: minutes
    c, k = C()
    U(f"moeder/referat_netvaerksmoede_{k}.docx", "docx", [
        ("title", "Referat af netværksmøde"),
        ("kv", [("Dato", ddate(c.start + dt.timedelta(days=40), 0)), ("Sted", f"Jobcenter {c.kommune}, mødelokale 2"),
                ("Deltagere", f"{c.name} (borger), {c.mentor} (mentor, {c.provider}), {c.cw} (sagsbehandler), "
                              f"Rikke Bang ({c.workplace})"), ("Referent", c.cw)]),
        ("h", "1. Status på praktikken"),
        ("p", f"{c.first} fortæller, at det går bedre med at komme afsted om morgenen. Praktikvært oplever "
              f"{c.first} som stabil, men der har været to sygedage i sidste uge."),
        ("h", "2. Mentorens observationer"),
        ("p", f"{c.mfirst} har fulgt {c.first} på arbejde tre morgener og taget en samtale om pauser og "
              f"samarbejde med kollegerne. Mentorstøtten fortsætter med {c.hours} timer om ugen."),
        ("h", "3. Aftaler"),
        ("ul", [f"{c.first} øger til 20 timer om ugen fra uge {rng.randint(10, 40)}",
                f"{c.mfirst} tager kontakt til lægen om attest",
                f"Næste netværksmøde: {ddate(c.start + dt.timedelta(days=80), 0)} kl. 10"]),
    ], "minutes-docx", ["minutes", "names-mentor-hours"], c)

    c, k = C()
    U(f"moeder/referat_opfoelgning_{k}.pdf", "pdf", [
        ("title", "Referat – opfølgningssamtale"),
        ("p", f"Borger: {c.name}. Sagsnr. {c.sagsnr}. Dato: {ddate(c.start + dt.timedelta(days=30), 1)}. "
              f"Til stede: borger, mentor {c.mentor} og rådgiver {c.cw}."),
        ("h", "Drøftet"),
        ("p", f"Mentorforløbet har kørt siden {ddate(c.start, 0)}. {c.first} er startet på {c.edu} og har haft "
              f"fremmøde alle dage de sidste to uger. Mentor har hjulpet med SU-ansøgning og busbillet."),
        ("h", "Næste skridt"),
        ("p", "Vi følger op igen om seks uger. Mentor sender en kort status inden da. Referatet sendes til "
              "borgeren i Digital Post."),
    ], "minutes-pdf", ["minutes"], c, lh=letterhead(c))

    c, k = C()
    U(f"moeder/teammoede_{k}.txt", "txt", raw_text=(
        f"Referat – teammøde, Mentorteamet {c.kommune}\n{ddate(c.letter_date, 1)}\n\n"
        "Til stede: Helle, Anders, Bente, Kim (ref.)\n\n"
        "1. Kapacitet\nVi har 46 borgere i mentorforløb. Gennemsnitligt timetal er 3,1 timer pr. uge.\n\n"
        "2. Nye regler\nFra 1. februar 2026 står der kommunen i stedet for jobcentret i loven. Vores skabeloner "
        "til aftaler og afgørelser skal rettes. Klagevejledningen skal fortsat nævne fire uger og Ankestyrelsen.\n\n"
        "3. Evaluering\nVi evaluerer alle forløb 14 dage før ophør. Anders laver et udkast til fælles "
        "statusskema.\n\n4. Eventuelt\nJulefrokost 11. december.\n"), layout="minutes-txt", traits=["minutes", "team"])

    # --- 4-7: mentors' status reports
    c, k = C()
    U(f"status/statusrapport_{k}.docx", "docx", [
        ("title", "Statusrapport – mentorforløb"),
        ("kv", [("Borger", f"{c.name}, {c.cprv()}"), ("Mentor", f"{c.mentor}, {c.provider}, tlf. {c.mphone}"),
                ("Periode for rapporten", f"{ddate(c.start, 1)} – {ddate(add_months(c.start, 3) - dt.timedelta(days=1), 1)}"),
                ("Brugte timer", f"{c.hours * 12} timer"), ("Sendt til", f"{c.cw}, {c.kommune} Kommune")]),
        ("h", "Status på målene"),
        ("p", f"Målet er, at {c.first} kommer i praktik hos {c.workplace}. {c.first} startede i praktik i uge 12 "
              f"og møder nu fire dage om ugen."),
        ("h", "Hvad har mentor lavet"),
        ("ul", ["Fulgt borgeren til praktikstedet", "Samtaler om fremmøde og søvn", "Hjulpet med post fra kommunen"]),
        ("h", "Anbefaling"),
        ("p", "Mentor anbefaler, at forløbet forlænges med tre måneder med 2 timer om ugen."),
    ], "status-report-docx", ["status-report", "all-fields-named"], c)

    c, k = C()
    U(f"status/statusnotat_{c.provider.split()[0].lower()}_{k}.pdf", "pdf", [
        ("title", f"Statusnotat fra {c.provider}"),
        ("p", f"Vedr.: {c.name}, cpr.nr. {c.cprv()}. Rekvirent: {c.kommune} Kommune."),
        ("h", "Forløbet indtil nu"),
        ("p", f"{c.first} har været i mentorforløb hos os siden {ddate(c.start, 0)} med {c.hours} ugentlige "
              f"timer. Der har været 11 ud af 12 planlagte møder. Vi arbejder med {c.first}s mål om at starte på "
              f"{c.edu}."),
        ("h", "Vurdering"),
        ("p", "Vi vurderer, at progressionen er god. Borgeren har selv ringet til studievejlederen og booket en "
              "samtale."),
        ("p", f"Med venlig hilsen\n{c.mentor}, mentor\n{c.provider}, tlf. {c.mphone}"),
    ], "status-report-pdf", ["status-report", "provider"], c)

    c, k = C()
    U(f"post/indbakke/status_fra_mentor_{k}.eml", "eml", raw_bytes=R.to_eml(
        f"{c.mentor} <{c.mmail}>", f"{c.cw} <{c.cwmail}>", f"Status på {c.first} – uge {rng.randint(10, 45)}",
        dt.datetime(2026, 4, 14, 15, 2, tzinfo=dt.timezone.utc), text=(
            f"Hej {c.cw.split()[0]}\n\nKort status på {c.first}: Det går fint i praktikken hos {c.workplace}. "
            f"Vi har mødtes to gange i denne uge, og {c.first} har selv klaret at tage bussen. Vi mangler stadig "
            f"at få styr på lægeerklæringen.\n\nJeg har brugt 3 timer denne uge. Mentorperioden slutter "
            f"{ddate(c.end, 0)}, så vi skal snart tale om, hvad der skal ske bagefter.\n\n"
            f"Venlig hilsen\n{c.mentor}\n{c.provider}\n{c.mphone}\n")),
        layout="status-report-eml", traits=["status-report", "mail"], c=c)

    c, k = C()
    U(f"status/status_portal_{k}.html", "html", [
        ("title", "Mentorstatus"),
        ("kv", [("Borger", c.name), ("Forløb", f"Mentor – {c.provider}"), ("Rapport nr.", "2"),
                ("Dato", ddate(c.start + dt.timedelta(days=60), 1))]),
        ("h", "Fremmøde"), ("table", [["Uge", "Aftalte møder", "Afholdte", "Timer"], ["14", "2", "2", "3"],
                                       ["15", "2", "1", "1,5"], ["16", "2", "2", "3"]]),
        ("h", "Bemærkninger"),
        ("p", f"{c.first} har haft en svær uge 15 pga. sygdom i familien. Ellers stabil. Næste rapport om 4 uger."),
    ], "status-report-html", ["status-report", "table"], c, title="Mentorstatus")

    # --- 8-10: invoices
    c, k = C()
    U(f"oekonomi/faktura_{k}.pdf", "pdf", [
        ("title", f"Faktura nr. 2026-{rng.randint(100, 999)}"),
        ("p", f"{c.provider}\nCVR {rng.randint(10000000, 99999999)}\nTil: {c.kommune} Kommune, Job og Ydelse, "
              f"EAN {rng.randint(5790000000000, 5790009999999)}"),
        ("table", [["Ydelse", "Periode", "Antal", "Pris", "Beløb"],
                   [f"Mentorstøtte § 167 – {c.name}", f"{ddate(c.start, 1)}-{ddate(add_months(c.start, 1) - dt.timedelta(days=1), 1)}",
                    f"{c.hours * 4} timer", "525,00", f"{c.hours * 4 * 525:,},00".replace(",", ".")],
                   ["Kørsel", "", "84 km", "3,81", "320,04"]]),
        ("p", "Betalingsbetingelser: netto 30 dage. Rekvisitionsnr. " + str(rng.randint(100000, 999999))),
    ], "invoice-pdf", ["invoice"], c)

    c, k = C()
    U(f"oekonomi/faktura_{k}.docx", "docx", [
        ("title", "FAKTURA"),
        ("kv", [("Fakturanr.", str(rng.randint(1000, 9999))), ("Fakturadato", ddate(c.end, 1)),
                ("Kunde", f"{c.kommune} Kommune"), ("Vedr.", f"Mentorforløb, {c.name} ({c.cprv()}), sagsnr. {c.sagsnr}")]),
        ("table", [["Beskrivelse", "Timer", "Sats", "I alt"],
                   [f"Mentortimer {MONTHS[c.start.month - 1]} {c.start.year} (mentor: {c.mentor})", str(c.hours * 4), "495", str(c.hours * 4 * 495)],
                   ["Opstartsmøde", "1,5", "495", "742,50"]]),
        ("p", f"Beløbet bedes indbetalt på reg. 1234 konto 0012345678 senest 30 dage efter fakturadato."),
    ], "invoice-docx", ["invoice"], c)

    c, k = C()
    U(f"post/indbakke/faktura_{k}.eml", "eml", raw_bytes=R.to_eml(
        f"Bogholderi <faktura@{c.mmail.split('@')[1]}>", f"kreditor@{c.kmail.split('@')[1]}",
        f"Faktura for mentorstøtte – {MONTHS[c.start.month - 1]}", dt.datetime(2026, 5, 2, 7, 30, tzinfo=dt.timezone.utc),
        text=(f"Til {c.kommune} Kommune\n\nHermed faktura for mentortimer i {MONTHS[c.start.month - 1]}:\n\n"
              f"{c.name}: {c.hours * 4} timer á 510 kr.\nMentor: {c.mentor}\n\nFakturaen er også sendt via "
              f"NemHandel.\n\nMvh\nBogholderiet, {c.provider}\n")),
        layout="invoice-eml", traits=["invoice", "mail"], c=c)

    # --- 11-15, 36: guidance pages, leaflets, quality standard
    c, k = C()
    U(f"vejledning/mentorstoette_{c.kommune.lower()}.html", "html", [
        ("title", "Mentorstøtte"),
        ("p", f"{c.kommune} Kommune kan give dig en mentor, hvis du har brug for støtte for at komme i job, "
              f"praktik eller uddannelse."),
        ("h", "Hvad står der i aftalen?"),
        ("p", "Når du får en mentor, laver vi en skriftlig aftale sammen med dig. Aftalen indeholder:"),
        ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                "hvor længe støtten varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen",
                "hvordan vi følger op", "klagevejledning"]),
        ("h", "Kan jeg klage?"),
        ("p", "Ja. Du kan klage til kommunen inden 4 uger. Vi genvurderer afgørelsen, og fastholder vi den, "
              "sender vi klagen til Ankestyrelsen."),
        ("p", f"Kontakt: Jobcenter {c.kommune}, tlf. {c.cwphone}"),
    ], "guidance-html", ["guidance", "lists-all-fields"], c, title="Mentorstøtte")

    c, k = C()
    U(f"vejledning/saadan_skriver_du_en_mentoraftale.md", "md", [
        ("title", "Intern vejledning: sådan skriver du en mentoraftale"),
        ("p", "Til sagsbehandlere i Job og Ydelse. Opdateret marts 2026."),
        ("h", "Felterne"),
        ("ol", ["Mål: skriv målet som den tilstand, borgeren skal nå (job eller uddannelse), og noget der kan måles.",
                "Mentor: navn, telefon og mail.", "Opgaver: konkrete opgaver, fx følges til praktikstedet.",
                "Periode: start- og slutdato, højst 6 måneder.", "Timetal: timer pr. uge.",
                "Opfølgning: hvornår og hvordan, fx statusmøde hver måned.", "Klagevejledning: brug standardteksten."]),
        ("h", "Typiske fejl"),
        ("ul", ["Målet er \"øget trivsel\" – det kan ikke måles.", "Perioden er 1/2–31/12 (over 6 måneder).",
                "Timetal står som \"efter behov\"."]),
    ], "guidance-md", ["guidance", "internal", "lists-all-fields"])

    c, k = C()
    U(f"vejledning/folder_faa_en_mentor.pdf", "pdf", [
        ("title", "Få en mentor"),
        ("p", "Til dig, der er på vej i job eller uddannelse og har brug for en ekstra hånd."),
        ("h", "Hvad kan en mentor?"),
        ("ul", ["tage med dig til de første dage på arbejdspladsen", "hjælpe dig med at planlægge din uge",
                "være der, når noget er svært"]),
        ("h", "Hvor længe?"),
        ("p", "Typisk 3-6 måneder, med et antal timer om ugen, der passer til dig. Din sagsbehandler og du laver "
              "en aftale med mål, opgaver og opfølgning."),
        ("p", f"Vil du vide mere? Ring til Jobcenter {c.kommune} på {c.cwphone}."),
    ], "leaflet-pdf", ["leaflet"])

    c, k = C()
    U(f"vejledning/pjece_mentor_unge.docx", "docx", [
        ("title", "Mentor til unge under 30"),
        ("p", "Uddannelsesmentor – for dig, der vil i gang med eller fastholde en uddannelse."),
        ("h3", "Sådan foregår det"),
        ("p", "Du møder din mentor mindst hver 14. dag. I aftaler selv hvor – på skolen, i byen eller over "
              "telefonen. Mentoren kan hjælpe med lektier, SU, bolig og kontakt til skolen."),
        ("h3", "Hvad koster det?"),
        ("p", "Det er gratis for dig. Kommunen betaler."),
        ("p", f"Ungeindsatsen {c.kommune} · ungeindsats@{c.kmail.split('@')[1]}"),
    ], "leaflet-docx", ["leaflet", "youth"])

    c, k = C()
    U(f"vejledning/vejledning_til_mentorer.odt", "odt", [
        ("title", "Vejledning til mentorer"),
        ("p", f"Til eksterne mentorer, der har borgere fra {c.kommune} Kommune."),
        ("h", "Din rolle"),
        ("p", "Du støtter borgeren i at nå målet i aftalen. Du må ikke udføre borgerens arbejdsopgaver i "
              "mentortimerne, og forberedelse tæller ikke med i timetallet."),
        ("h", "Status og faktura"),
        ("p", "Send status hver 6. uge på skemaet. Fakturér månedsvis bagud med antal timer pr. borger."),
        ("h", "Tavshedspligt"),
        ("p", "Du har tavshedspligt. Skriv ikke cpr-nummer i mails."),
    ], "guidance-odt", ["guidance", "for-mentors"])

    c, k = C()
    U(f"vejledning/kvalitetsstandard_mentor_{c.kommune.lower()}.pdf", "pdf", [
        ("title", f"Kvalitetsstandard for mentorstøtte – {c.kommune} Kommune"),
        ("p", "Godkendt af Beskæftigelsesudvalget 2025."),
        ("h", "Lovgrundlag"),
        ("p", "Lov om en aktiv beskæftigelsesindsats §§ 167-171. Mentorstøtte gives i højst 6 måneder ad gangen."),
        ("h", "Serviceniveau"),
        ("table", [["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"],
                   ["2", "1-2 timer pr. uge", "hver måned"], ["3", "over 2 timer pr. uge", "hver måned"]]),
        ("h", "Den skriftlige aftale"),
        ("p", "Aftalen skal indeholde målet, mentorens navn og kontaktdata, opgaverne, varigheden og "
              "opfølgningen inklusive mål for progression, timetallet og klagevejledning."),
    ], "guidance-pdf", ["quality-standard", "lists-all-fields"])

    # --- 16-19: private mentoraftaler (school, club)
    c, k = C()
    U(f"diverse/mentoraftale_efterskole_{k}.docx", "docx", [
        ("title", "Mentoraftale – Nordstjernens Efterskole"),
        ("p", f"Aftalen er mellem eleven {c.name} (10. klasse) og kontaktlærer og mentor {c.mentor}."),
        ("kv", [("Mål", "Jeg vil bestå FP10 i matematik og søge ind på en erhvervsuddannelse."),
                ("Mentor", f"{c.mentor}, tlf. {c.mphone}"),
                ("Det hjælper mentor med", "Lektiecafé tirsdag, samtale om trivsel hver anden uge"),
                ("Periode", "skoleåret 2026/27"), ("Timer", "1 time om ugen"),
                ("Opfølgning", "Ved forældresamtalerne i november og marts")]),
        ("sig", ["Elev", "Mentor", "Forældre"]),
    ], "private-school-docx", ["private-mentoraftale", "school", "all-fields-named"], c)

    c, k = C()
    U(f"diverse/mentorordning_fodboldklub_{k}.pdf", "pdf", [
        ("title", "Mentoraftale – FC Fjordby Ungdom"),
        ("p", "Klubbens mentorordning kobler unge spillere med en voksen frivillig fra klubben."),
        ("kv", [("Ung", c.name), ("Frivillig mentor", f"{c.mentor}, {c.mphone}"),
                ("Vores mål", "Komme til træning to gange om ugen og finde et fritidsjob inden sommer"),
                ("Hvad laver vi", "Vi mødes efter træning, hjælper med jobansøgning og CV"),
                ("Varighed", f"{ddate(c.start, 1)} – {ddate(add_months(c.start, 12), 1)}"),
                ("Tid", "ca. 1 time om ugen")]),
        ("p", "Ordningen er støttet af DBU og Det Obelske Familiefond. Klubben er ikke en del af kommunen, og "
              "aftalen er ikke en afgørelse."),
    ], "private-club-pdf", ["private-mentoraftale", "club", "long-period"], c)

    c, k = C()
    U(f"diverse/studiementor_hf_{k}.odt", "odt", [
        ("title", "Mentoraftale – studiementor på HF"),
        ("p", f"{c.school} tilbyder studiementor til kursister med behov for ekstra støtte. Aftalen er intern "
              f"for skolen."),
        ("kv", [("Kursist", c.name), ("Studiementor", f"{c.mentor}, {c.mmail}"),
                ("Mål for semesteret", "Aflevere alle skriftlige opgaver til tiden og have under 10 % fravær"),
                ("Sådan arbejder vi", "Ugentligt møde á 45 minutter i studiecentret"),
                ("Evaluering", "Ved semesterets afslutning")]),
    ], "private-school-odt", ["private-mentoraftale", "school"], c)

    c, k = C()
    U(f"diverse/mentor_forening_{k}.txt", "txt", raw_text=(
        f"Foreningen Brobyggerne – frivillig mentor\n\nAFTALE\n\nMentee: {c.name}\nMentor: {c.mentor} "
        f"({c.mphone})\n\nVi har aftalt at mødes hver anden torsdag på biblioteket. Målet er, at {c.first} "
        f"får hjælp til at skrive ansøgninger og øve jobsamtaler, så {c.first} kan få et studiejob.\n\n"
        f"Aftalen gælder et år fra {ddate(c.start, 0)}. Begge kan stoppe aftalen når som helst.\n\n"
        f"Foreningen er frivillig og uafhængig af kommunen.\n"), layout="private-club-txt",
        traits=["private-mentoraftale", "volunteer"], c=c)

    # --- 20-22: hearing letters
    c, k = C()
    U(f"afgoerelser/partshoering_{k}.docx", "docx", [
        ("p", f"{c.kommune} Kommune\n{c.name}, cpr.nr. {c.cprv()}\nSagsnr. {c.sagsnr}\n{ddate(c.letter_date, 0)}"),
        ("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
        ("p", f"Vi skriver til dig, fordi vi overvejer at lade din mentorstøtte ophøre før tid. Du har ikke "
              f"mødt op til de sidste fem aftaler med din mentor, {c.mentor}."),
        ("p", "Før vi træffer en afgørelse, vil vi gerne høre, hvad du mener. Du kan sende os dine "
              f"bemærkninger eller ringe inden {ddate(c.letter_date + dt.timedelta(days=14), 0)}."),
        ("p", "Der er tale om en partshøring efter forvaltningslovens § 19. Vi har endnu ikke truffet en "
              "afgørelse, og du kan derfor ikke klage over dette brev."),
        ("p", f"Med venlig hilsen\n{c.cw}, tlf. {c.cwphone}"),
    ], "hearing-docx", ["hearing", "partshoering"], c)

    c, k = C()
    U(f"afgoerelser/partshoering_timer_{k}.pdf", "pdf", [
        ("title", "Høring før afgørelse om færre mentortimer"),
        ("p", f"Kære {c.first}"),
        ("p", f"Din mentor har oplyst, at du nu klarer arbejdsdagene hos {c.workplace} uden støtte de fleste "
              f"dage. Vi påtænker derfor at sætte din mentorstøtte ned fra {c.hours + 2} til {c.hours} timer om "
              f"ugen fra {ddate(c.start + dt.timedelta(days=60), 0)}."),
        ("p", "Du har mulighed for at komme med bemærkninger inden 10 dage. Herefter træffer vi afgørelse, og "
              "du får en afgørelse med klagevejledning."),
        ("p", f"Venlig hilsen\n{c.cw}\n{c.kommune} Kommune"),
    ], "hearing-pdf", ["hearing", "partshoering"], c, lh=letterhead(c))

    c, k = C()
    U(f"post/udbakke/partshoering_{k}.eml", "eml", raw_bytes=R.to_eml(
        f"{c.cw} <{c.cwmail}>", f"{c.name} <borger{k}@mail.dk>", "Partshøring vedr. din mentor",
        dt.datetime(2026, 6, 3, 12, 0, tzinfo=dt.timezone.utc), text=(
            f"Kære {c.first}\n\nInden vi tager stilling til din ansøgning om forlængelse af mentorstøtten, "
            f"skal du have mulighed for at se de oplysninger, vi lægger vægt på: mentorens status fra maj og "
            f"praktikstedets udtalelse (vedhæftet i Digital Post).\n\nDu kan komme med bemærkninger inden "
            f"en uge.\n\nMvh\n{c.cw}\n{c.kommune} Kommune\n")),
        layout="hearing-eml", traits=["hearing", "mail"], c=c)

    # --- 23-25: job-plan notes, journal notes
    c, k = C()
    U(f"notater/notat_jobsamtale_{k}.docx", "docx", [
        ("title", "Notat – jobsamtale"),
        ("kv", [("Borger", f"{c.name}, {c.cprv()}"), ("Dato", ddate(c.letter_date, 1)), ("Sagsbehandler", c.cw)]),
        ("p", f"Samtale om jobplan. {c.first} ønsker at arbejde med lager. Vi talte om mentor som støtte i "
              f"opstarten af praktik hos {c.workplace}. Jeg sender ansøgning om mentor til visitation."),
        ("p", "Aftalt: borger søger 3 job om ugen, deltager i jobværksted tirsdage. Næste samtale om 4 uger."),
    ], "jobplan-note-docx", ["job-plan-note"], c)

    c, k = C()
    U(f"notater/journalnotat_{k}.txt", "txt", raw_text=(
        f"JOURNALNOTAT\nSag: {c.sagsnr}   Borger: {c.name} ({c.cprv()})\nOprettet: {ddate(c.letter_date, 1)} af {c.cw}\n\n"
        f"Telefonsamtale med mentor {c.mentor} ({c.provider}). Mentor oplyser, at borger har været syg i 2 uger, "
        f"men forventer at vende tilbage til {c.school} efter efterårsferien. Mentor fortsætter med "
        f"{c.hours} t/uge som bevilget. Intet at foretage.\n"), layout="jobplan-note-txt",
        traits=["journal-note"], c=c)

    c, k = C()
    U(f"notater/jobplan_noter_{k}.rtf", "rtf", [
        ("title", "Jobplan – noter fra samtale"),
        ("p", f"{c.name}, samtale {ddate(c.letter_date, 0)}"),
        ("ul", ["Mål: job som chauffør inden for et år – kørekort C er næste skridt",
                "Mentor: afventer visitation, sagsbehandler undersøger leverandør",
                "Aktiviteter: AMU-kursus i godshåndtering uge 18-19",
                "Økonomi: kontanthjælp, ingen ændringer"]),
        ("p", "Noterne er til brug for næste samtale og er ikke en aftale."),
    ], "jobplan-note-rtf", ["job-plan-note"], c)

    # --- 26-40: other paperwork around a case
    c, k = C()
    U(f"post/indbakke/kvittering_klage_{k}.html", "html", [
        ("title", "Kvittering for modtaget klage"),
        ("p", f"Kære {c.name}. Vi har den {ddate(c.letter_date, 0)} modtaget din klage over afgørelsen om "
              f"mentorstøtte. Vi genvurderer afgørelsen inden fire uger. Hvis vi fastholder afgørelsen, sender vi "
              f"din klage til Ankestyrelsen, og du får besked."),
        ("p", f"Venlig hilsen\n{c.kommune} Kommune"),
    ], "receipt-html", ["receipt", "complaint"], c, title="Kvittering")

    c, k = C()
    U(f"post/udbakke/moedeindkaldelse_{k}.eml", "eml", raw_bytes=R.to_eml(
        f"{c.cw} <{c.cwmail}>", f"{c.name} <borger{k}@mail.dk>", "Indkaldelse til opstartsmøde med din mentor",
        dt.datetime(2026, 2, 20, 9, 15, tzinfo=dt.timezone.utc), text=(
            f"Hej {c.first}\n\nDu er indkaldt til opstartsmøde {ddate(c.start, 0)} kl. 13.00 på jobcentret, "
            f"lokale 3. Din mentor {c.mentor} fra {c.provider} kommer også. På mødet laver vi aftalen om "
            f"mentorstøtten med mål, opgaver og opfølgning sammen.\n\nGiv besked hvis du ikke kan komme.\n\n"
            f"Hilsen {c.cw}\n")), layout="meeting-invite-eml", traits=["meeting-invite"], c=c)

    c, k = C()
    U(f"leverandoer/bestilling_mentorforloeb_{k}.docx", "docx", [
        ("title", "Bestilling af mentorforløb"),
        ("kv", [("Leverandør", c.provider), ("Borger", f"{c.name}, cpr {c.cprv()}"), ("Rekvisitionsnr.", f"REK{rng.randint(100000, 999999)}"),
                ("Formål", f"Fastholdelse i praktik hos {c.workplace}"), ("Timer", f"{c.hours} pr. uge"),
                ("Periode", f"{ddate(c.start, 1)} - {ddate(c.end, 1)}"), ("Bestilt af", f"{c.cw}, tlf. {c.cwphone}")]),
        ("p", "Leverandøren bedes bekræfte bestillingen og oplyse mentorens navn inden 5 hverdage."),
    ], "order-docx", ["order-to-provider"], c)

    c, k = C()
    U(f"post/udbakke/kvittering_ansoegning_{k}.pdf", "pdf", [
        ("title", "Vi har modtaget din ansøgning"),
        ("p", f"Kære {c.first}. Tak for din ansøgning om mentorstøtte, som vi modtog {ddate(c.letter_date, 0)}. "
              f"Vi forventer at kunne give dig svar inden 3 uger. Du behøver ikke gøre noget nu."),
        ("p", f"Sagsnummer: {c.sagsnr}. CPR-nummer: {c.cprv()}"),
    ], "receipt-pdf", ["receipt", "application"], c, lh=letterhead(c))

    c, k = C()
    U(f"post/digital_post_notifikation_{k}.txt", "txt", raw_text=(
        f"Du har fået ny post fra {c.kommune} Kommune\n\nEmne: Afgørelse om mentorstøtte\nAfsender: "
        f"{c.kommune} Kommune, Job og Ydelse\nModtaget: {ddate(c.letter_date, 1)} 08:02\n\nLog ind på borger.dk "
        f"eller i appen Digital Post for at læse brevet.\n"), layout="notice-txt", traits=["digital-post-notice"])

    c, k = C()
    U(f"status/slutevaluering_{k}.docx", "docx", [
        ("title", "Slutevaluering af mentorforløb"),
        ("kv", [("Borger", c.name), ("Mentor", f"{c.mentor}, {c.provider}"),
                ("Forløbet", f"{ddate(c.start, 1)} – {ddate(c.end, 1)}"), ("Timer i alt", str(c.hours * 24))]),
        ("h", "Blev målet nået?"),
        ("p", f"Ja. {c.first} er ansat i fleksjob hos {c.workplace} 16 timer om ugen fra 1. september."),
        ("h", "Hvad virkede?"),
        ("p", "Faste morgenmøder de første uger og en tydelig aftale med lederen om pauser."),
    ], "final-evaluation-docx", ["mentor-final-evaluation"], c)

    c, k = C()
    U(f"diverse/nyhedsbrev_beskaeftigelse_{k}.md", "md", [
        ("title", f"Nyhedsbrev fra Beskæftigelse {c.kommune} – november 2026"),
        ("h", "Flere unge i uddannelse med mentor"),
        ("p", "I 2026 har 212 borgere haft en mentor. 61 % var i job eller uddannelse seks måneder efter forløbet."),
        ("h", "Nye skabeloner"),
        ("p", "Fra 1. december bruger vi nye skabeloner til mentoraftaler, hvor klagevejledningen står i "
              "selve aftalen."),
        ("h", "Kalender"),
        ("ul", ["3. december: temadag om mentorstøtte", "14. januar: netværksmøde for eksterne mentorer"]),
    ], "newsletter-md", ["newsletter"])

    c, k = C()
    U(f"leverandoer/{c.provider.split()[0].lower()}_mentorforloeb.html", "html", [
        ("title", f"{c.provider} – mentorforløb"),
        ("p", "Vi tilbyder mentorforløb til borgere på kontanthjælp, sygedagpenge og i fleksjob."),
        ("h", "Sådan arbejder vi"),
        ("ul", ["Opstartsmøde med borger og sagsbehandler", "Ugentlige møder, typisk 2-4 timer",
                "Status til kommunen hver 6. uge", "Forløb på 3-6 måneder"]),
        ("h", "Kontakt"),
        ("p", f"{c.mentor}, teamleder, tlf. {c.mphone}, {c.mmail}"),
    ], "provider-web-html", ["provider-web-page"], title=c.provider)

    c, k = C()
    U(f"leverandoer/tilbud_mentor_{k}.rtf", "rtf", [
        ("title", "Tilbud på mentorforløb"),
        ("p", f"Til {c.kommune} Kommune, att. {c.cw}"),
        ("p", f"Vi kan tilbyde et mentorforløb for {c.name} med opstart {ddate(c.start, 0)}."),
        ("kv", [("Mentor", f"{c.mentor}, tlf. {c.mphone}"), ("Forslag til timer", f"{c.hours} timer pr. uge"),
                ("Pris", "525 kr. pr. time ekskl. moms"), ("Gyldighed", "Tilbuddet gælder i 30 dage")]),
    ], "offer-rtf", ["provider-offer"], c)

    c, k = C()
    U(f"ansoegninger/ansoegning_mentor_{k}.odt", "odt", [
        ("title", "Ansøgning om mentorstøtte"),
        ("kv", [("Navn", c.name), ("CPR-nr.", c.cprv()), ("Telefon", f"{rng.randint(20, 61)} 44 55 66")]),
        ("h3", "Hvorfor søger du om en mentor?"),
        ("p", f"Jeg skal starte på {c.edu} og er bange for at falde fra igen, som sidste gang."),
        ("h3", "Hvad vil du gerne have hjælp til?"),
        ("p", "Hjælp til at komme op om morgenen og til at tale med lærerne."),
        ("sig", ["Dato og underskrift"]),
    ], "application-odt", ["citizen-application"], c)

    c, k = C()
    U(f"status/timeregistrering_{k}.txt", "txt", raw_text=(
        f"Timeregistrering – mentor {c.mentor}\nBorger: {c.name}, cpr. {c.cprv()}\nMåned: {MONTHS[c.start.month - 1]} {c.start.year}\n\n"
        "Dato;Start;Slut;Timer;Note\n" + "\n".join(
            f"{ddate(c.start + dt.timedelta(days=7 * i), 1)};09:00;{10 + i % 2}:30;{1.5 + i % 2};Møde" for i in range(4)) +
        "\n\nI alt: 8 timer\n"), layout="timesheet-txt", traits=["timesheet"], c=c)

    c, k = C()
    U(f"moeder/referat_visitation_{k}.docx", "docx", [
        ("title", "Referat fra visitationsmøde – mentor"),
        ("p", f"Dato: {ddate(c.letter_date, 1)}. Deltagere: teamleder, to sagsbehandlere, fagkoordinator."),
        ("table", [["Sag", "Indstilling", "Beslutning"],
                   [c.sagsnr, "Tilbudsmentor 3 t/uge i 6 mdr.", "Godkendt – afgørelse sendes"],
                   [f"{int(c.sagsnr[:2])}-{rng.randint(10000, 99999)}", "Forlængelse 3 mdr.", "Udsat – mangler status"],
                   [f"{int(c.sagsnr[:2])}-{rng.randint(10000, 99999)}", "Udvidet mentor 5 t/uge", "Afslag – SPS dækker"]]),
        ("p", "Sagsbehandlerne skriver afgørelserne inden fredag."),
    ], "minutes-docx", ["minutes", "visitation", "table"])

    c, k = C()
    U(f"post/indbakke/flyt_moede_{k}.eml", "eml", raw_bytes=R.to_eml(
        f"{c.name} <borger{k}@mail.dk>", f"{c.mentor} <{c.mmail}>", "SV: møde torsdag",
        dt.datetime(2026, 3, 11, 18, 44, tzinfo=dt.timezone.utc), text=(
            "Hej\n\nKan vi flytte torsdag til fredag kl 10? Jeg skal til lægen.\n\nHilsen " + c.first + "\n\n"
            f"Den 10. marts 2026 skrev {c.mentor}:\n> Hej {c.first}, vi ses torsdag kl. 9 ved indgangen til "
            f"{c.workplace}.\n> Mvh {c.mfirst}\n")), layout="mail-eml", traits=["mail", "reply"], c=c)

    c, k = C()
    U(f"borger/mine_aftaler_{k}.html", "html", [
        ("title", "Mine aftaler"),
        ("p", f"{c.name} – kommende aftaler"),
        ("table", [["Dato", "Tid", "Hvad", "Hvem"],
                   [ddate(c.start + dt.timedelta(days=3), 1), "09:00-11:00", "Møde med mentor", c.mentor],
                   [ddate(c.start + dt.timedelta(days=10), 1), "09:00-11:00", "Møde med mentor", c.mentor],
                   [ddate(c.start + dt.timedelta(days=21), 1), "13:00", "Samtale på jobcentret", c.cw]]),
    ], "calendar-html", ["calendar"], c, title="Mine aftaler")

    c, k = C()
    U(f"vejledning/skabelon_aftale_mentor.docx", "docx", [
        ("title", "Skabelon – aftale om mentorstøtte"),
        ("p", "Udfyldes af sagsbehandler sammen med borgeren. Slet hjælpeteksten inden afsendelse."),
        ("kv", [("Borger", ""), ("Målet med mentorstøtten", "[skriv målet]"), ("Mentor (navn og kontaktdata)", ""),
                ("Mentorens opgaver", ""), ("Periode", "fra __ til __ (højst 6 måneder)"), ("Timetal", ""),
                ("Opfølgning", "")]),
        ("h", "Klagevejledning"),
        ("p", "[Indsæt standardtekst om klage til kommunen inden 4 uger og videresendelse til Ankestyrelsen]"),
    ], "template-docx", ["blank-template"])

    c, k = C()
    U(f"moeder/referat_trepartsmoede_{k}.odt", "odt", [
        ("title", "Referat af trepartsmøde"),
        ("p", f"Borger {c.name}, virksomhed {c.workplace} og {c.kommune} Kommune, {ddate(c.letter_date, 0)}."),
        ("h", "Aftaler"),
        ("ul", [f"Praktikken fortsætter til {ddate(c.end, 0)} med 25 timer om ugen.",
                f"Mentor {c.mentor} deltager i næste møde.", "Virksomheden overvejer løntilskud efter praktikken."]),
    ], "minutes-odt", ["minutes", "three-party"], c)

    c, k = C()
    U(f"scannet/referat_{k}_scan.pdf", "pdf", [
        ("title", "Referat – statusmøde"),
        ("p", f"Deltagere: {c.name}, {c.mentor} (mentor), {c.cw}. Dato {ddate(c.letter_date, 1)}."),
        ("p", f"Status: {c.first} er i praktik 4 dage om ugen. Mentor fortsætter som aftalt. Vi drøftede "
              f"muligheden for at søge ind på {c.edu} til august."),
        ("p", "Næste statusmøde om en måned."),
    ], "minutes-scan", ["minutes", "scan"], c, via="scan")

    c, k = C()
    U(f"oekonomi/bevillingsoversigt_{k}.html", "html", [
        ("title", "Bevillingsoversigt – mentorstøtte, 3. kvartal 2026"),
        ("table", [["Leverandør", "Borgere", "Timer", "Udgift (kr.)"], ["Jobhuset Vest ApS", "14", "512", "268.800"],
                   ["Mentorhuset Sjælland", "9", "301", "150.500"], ["Interne mentorer", "22", "790", "–"]]),
        ("p", "Loftet over udgifter til mentorstøtte efter LAB § 203 a er overholdt."),
    ], "finance-html", ["finance-overview"], title="Bevillingsoversigt")

    c, k = C()
    U(f"notater/overdragelse_{k}.md", "md", [
        ("title", "Overdragelsesnotat"),
        ("p", f"Sagen {c.sagsnr} ({c.name}, {c.cprv()}) overdrages fra {c.cw} til ny sagsbehandler pr. 1. oktober."),
        ("h", "Status"),
        ("ul", [f"Mentorstøtte bevilget til {ddate(c.end, 0)} – {c.mentor}, {c.provider}",
                "Praktik afsluttet, løntilskud under afklaring", "Næste samtale skal bookes inden 14 dage"]),
    ], "handover-note-md", ["handover-note"], c)

    c, k = C()
    U(f"post/indbakke/sms_log_{k}.txt", "txt", raw_text=(
        f"SMS-påmindelser sendt til {c.name}\n\n{ddate(c.start, 1)} 07:30  Husk møde med din mentor kl. 9.\n"
        f"{ddate(c.start + dt.timedelta(days=7), 1)} 07:30  Husk møde med din mentor kl. 9.\n"
        f"{ddate(c.start + dt.timedelta(days=14), 1)} 07:30  Husk samtale på jobcentret kl. 13.\n"),
        layout="sms-log-txt", traits=["reminder-log"], c=c)

    c, k = C()
    U(f"vejledning/faq_mentor.rtf", "rtf", [
        ("title", "Spørgsmål og svar om mentorstøtte"),
        ("h3", "Hvor længe kan jeg få en mentor?"),
        ("p", "Op til 6 måneder ad gangen. Derefter kan kommunen efter en konkret vurdering give en ny periode."),
        ("h3", "Hvor mange timer?"),
        ("p", "Det afhænger af dit behov. Det står i din aftale."),
        ("h3", "Kan jeg selv vælge mentor?"),
        ("p", "Du kan komme med ønsker, men kommunen vælger leverandøren."),
    ], "guidance-rtf", ["guidance", "faq"])
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/fw"))
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args(argv)
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    rng = random.Random(a.seed)
    w = Writer(a.out)
    n = build_kinds(w, rng)
    build_unknown(w, rng, n)
    w.finish()
    kinds = {}
    for e in w.entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(w.entries)} documents in {a.out}: {kinds}")


if __name__ == "__main__":
    main()
