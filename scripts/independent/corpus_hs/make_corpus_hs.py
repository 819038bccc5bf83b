#!/usr/bin/env python3
"""Corpus HS: mentor paperwork kept in collaboration tools and exported from them.

Markdown notes (front matter, task lists, emoji bullets, bold lead-ins), wiki pages
(Confluence-, SharePoint- and Notion-like HTML), Office 365 / Google Docs exports (DOCX, PDF),
Outlook/Teams messages (.eml) and plain-text pastes.

Run:  /work/main/.venv/bin/python make_corpus_hs.py --out /work/corpora/hs [--seed 1818]
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
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

FIRST = ["Sara", "Ahmed", "Mads", "Louise", "Jonas", "Fatima", "Kasper", "Nanna", "Emil",
         "Mathilde", "Yusuf", "Camilla", "Rasmus", "Ida", "Tobias", "Amalie", "Omar", "Freja"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen"]
MENTORS = ["Lars Østergaard", "Mette Holm", "Bo Kjær", "Susanne Dahl", "Henrik Bech",
           "Pia Vestergaard", "Kim Lund", "Anne-Marie Skov", "Jesper Friis", "Hanne Brix"]
PROVIDERS = [("Jobværkstedet ApS", "jobvaerkstedet.dk"), ("Mentorhuset", "mentorhuset.dk"),
             ("Vækstcentret Nord", "vaekstnord.dk"), ("Brobyggerne", "brobyggerne.dk"),
             ("Kommunens Mentorkorps", None)]
KOMMUNER = ["Silkeborg", "Viborg", "Holbæk", "Næstved", "Randers", "Horsens", "Kolding",
            "Herning", "Svendborg", "Hjørring", "Slagelse", "Roskilde"]

CLEAR_GOALS = [
    "{n} er i virksomhedspraktik i Netto, {by}, 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{n} starter på SOSU-hjælperuddannelsen i august 2026 og møder mindst fire dage om ugen.",
    "{n} gennemfører FGU-forløbet på Produktionsskolen og har højst to dages fravær pr. måned.",
    "{n} fastholder sit fleksjob som pedelmedhjælper på {by} Skole 12 timer om ugen.",
    "{n} er i ordinært job på lageret hos Bilka med mindst 20 timer om ugen inden {d}.",
    "{n} gennemfører grundforløb 1 på Tradium og består skoleperioden til tiden.",
    "{n} møder stabilt i løntilskud hos {by} Genbrug – fire dage om ugen fra {d}.",
    "{n} tager hf-enkeltfag (dansk C) på VUC og afleverer alle opgaver til tiden.",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen.",
    "Øget trivsel og selvværd, så {n} kan komme videre.",
    "Sikre at {n} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på økonomien og motivere {n}.",
    "At {n} får det bedre og oplever mere ro.",
]
TASKS = [
    ["Følge {n} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til arbejdspladsen ved fravær"],
    ["Hjælpe {n} med at planlægge ugen og møde til tiden", "Deltage i opstartsmøde på skolen",
     "Være bindeled til studievejleder"],
    ["Støtte {n} i at bruge Rejseplanen og komme afsted alene",
     "Samtaler om arbejdsrytme og pauser", "Hjælpe med at åbne og besvare digital post"],
    ["Sparring om samarbejde med kolleger", "Hjælp til at forberede samtaler med arbejdsgiver",
     "Følge op på aftaler om skånehensyn"],
]
FOLLOWUPS = [
    "Statusmøde med {n}, mentor og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra maj.",
    "Vi følger op hver 4. uge på et kort møde. Evaluering 14 dage før støtten ophører.",
    "Opfølgning hver anden uge mellem mentor og {n}; samlet evaluering med sagsbehandler midtvejs og 14 dage før udløb.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør. Progression måles på fremmøde.",
]
VAGUE_FOLLOWUPS = ["Der følges op efter behov.", "Opfølgning sker løbende.",
                   "Vi tager en snak, når det giver mening."]
HOURS = ["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden",
         "1,5 time pr. uge", "5 timer pr. uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende, afhængigt af behov"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Du kan klage mundtligt eller skriftligt til {k} Kommune, Jobcenter, inden 4 uger fra du har fået dette brev. "
    "Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen.",
    "Klagefrist: 4 uger. Klagen sendes til kommunen (jobcenter@{kl}.dk), som genvurderer sagen. Giver vi dig ikke "
    "medhold, videresendes klagen til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen. Kontakt os, hvis du har spørgsmål.",
                     "Er du utilfreds, kan du klage – skriv til din sagsbehandler."]


def ddate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def period_text(s: dt.date, e: dt.date, style: int) -> str:
    if style == 4:
        return f"f.o.m. {ddate(s, 0)} t.o.m. {ddate(e, 0)}"
    if style == 2:
        return f"{ddate(s, 2)} til {ddate(e, 2)}"
    return f"{ddate(s, style)} – {ddate(e, style)}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 15000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng):
    return " ".join(f"{rng.randrange(20, 99)}" for _ in range(4))


# --------------------------------------------------------------------------- content model
class Doc:
    """title, meta [(k,v)], intro [str], fields [(label, value|list)], outro [(heading, [str])]."""

    def __init__(self, title):
        self.title = title
        self.meta: list[tuple[str, str]] = []
        self.intro: list[str] = []
        self.fields: list[tuple[str, object]] = []
        self.outro: list[tuple[str, list[str]]] = []
        self.emoji: dict[str, str] = {}


EMO = {"goal": "🎯", "mentor": "👤", "tasks": "📋", "period": "📅", "follow": "🔁", "hours": "⏱️",
       "appeal": "⚖️", "sign": "✍️"}


def build_agreement(rng, spec):
    n = rng.choice(FIRST)
    full = f"{n} {rng.choice(LAST)}"
    k = rng.choice(KOMMUNER)
    kl = k.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    by = k
    start = dt.date(2026, rng.randrange(1, 10), rng.choice([1, 1, 1, 15, 3, 10]))
    defects = set(spec["rules"])
    if "duration-over-6-months" in defects:
        end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        spec["traits"].append("period:over")
    else:
        m = rng.choice([3, 4, 6, 6])
        end = add_months(start, m) - dt.timedelta(days=1)
        spec["traits"].append("period:exact-six" if m == 6 else f"period:{m}m")
    spec["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    mentor = rng.choice(MENTORS)
    prov, dom = rng.choice(PROVIDERS)
    mail = (f"{mentor.split()[0].lower().replace('ø','oe').replace('-', '')}@{dom or kl + '.dk'}")
    ph = phone(rng)
    d = ddate(start + dt.timedelta(days=60), 0)
    doc = Doc(rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Mentoraftale – LAB § 167",
                          "Skriftlig aftale om mentorstøtte"]) + f" – {full}")
    doc.meta = [("Borger", full), ("Kommune", f"{k} Kommune, Jobcenter {k}"),
                ("Sagsnr.", f"27.12.04-G01-{rng.randrange(100, 999)}-26"),
                ("Oprettet", ddate(start - dt.timedelta(days=rng.randrange(3, 20)), 0))]
    if spec.get("cpr"):
        doc.meta.insert(1, ("CPR-nr.", spec["cpr"]))
    doc.intro = [rng.choice([
        f"Denne aftale beskriver den mentorstøtte, {full} får efter lov om en aktiv beskæftigelsesindsats § 167.",
        f"Aftalen er lavet på opstartsmødet mellem {n}, mentor og sagsbehandler i Jobcenter {k}.",
        f"Siden er teamets arbejdskopi af mentoraftalen. Den underskrevne version ligger i sagen.",
    ])]
    fmt = dict(n=n, by=by, d=d, k=k, kl=kl)
    # goal
    if "missing-goal" in defects:
        if rng.random() < 0.5:
            doc.fields.append(("Målet med mentorstøtten", rng.choice(["Udfyldes senere", "-", "TBD", "…"])))
            spec["traits"].append("goal:placeholder")
        else:
            spec["traits"].append("goal:absent")
    elif "unclear-goal" in defects:
        doc.fields.append(("Mål", rng.choice(UNCLEAR_GOALS).format(**fmt)))
    else:
        doc.fields.append((rng.choice(["Målet med mentorstøtten", "Mål", "Formål"]),
                           rng.choice(CLEAR_GOALS).format(**fmt)))
    # mentor
    if "missing-mentor" in defects:
        if rng.random() < 0.5:
            doc.fields.append(("Mentor", f"{mentor}, {prov}"))
            spec["traits"].append("mentor:no-contact")
        else:
            spec["traits"].append("mentor:absent")
    else:
        doc.fields.append((rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"]),
                           f"{mentor}, {prov}, tlf. {ph}, {mail}"))
    # tasks
    tasks = [t.format(**fmt) for t in rng.choice(TASKS)]
    if "missing-tasks" in defects:
        if rng.random() < 0.5:
            doc.fields.append(("Mentorens opgaver", rng.choice(["-", "Aftales senere", "xx"])))
        spec["traits"].append("tasks:missing")
    else:
        doc.fields.append((rng.choice(["Mentorens opgaver", "Opgaver", "Mentoren skal hjælpe med"]), tasks))
    # period
    if "missing-duration" in defects:
        if rng.random() < 0.5:
            doc.fields.append(("Periode", rng.choice(["indtil videre", "Udfyldes senere"])))
        spec["traits"].append("duration:missing")
        spec["period"] = None
    else:
        doc.fields.append((rng.choice(["Periode", "Varighed", "Aftalens varighed"]),
                           period_text(start, end, rng.randrange(5))))
    # follow-up
    if "missing-follow-up" in defects:
        if rng.random() < 0.6:
            doc.fields.append(("Opfølgning", rng.choice(VAGUE_FOLLOWUPS)))
            spec["traits"].append("follow-up:vague")
        else:
            spec["traits"].append("follow-up:absent")
    else:
        doc.fields.append((rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
                           rng.choice(FOLLOWUPS).format(**fmt)))
    # hours
    if "missing-hours" in defects:
        if rng.random() < 0.6:
            doc.fields.append(("Timetal", rng.choice(VAGUE_HOURS)))
            spec["traits"].append("hours:vague")
        else:
            spec["traits"].append("hours:absent")
    else:
        doc.fields.append((rng.choice(["Timetal", "Timer", "Antal timer"]), rng.choice(HOURS)))
    # appeal
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.5:
            doc.outro.append(("Klagevejledning", [rng.choice(APPEAL_INCOMPLETE)]))
            spec["traits"].append("appeal:incomplete")
        else:
            spec["traits"].append("appeal:absent")
    else:
        doc.outro.append((rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]),
                          [rng.choice(APPEAL_FULL).format(**fmt)]))
    doc.outro.append(("Underskrifter", [f"Borger: {full}", f"Mentor: {mentor}",
                                        f"Sagsbehandler: {rng.choice(FIRST)} {rng.choice(LAST)}, Jobcenter {k}"]))
    doc.ctx = fmt | {"full": full, "mentor": mentor, "ph": ph, "mail": mail, "prov": prov}
    return doc


def build_minplan(rng, spec):
    inner = {"rules": [r for r in spec["rules"]], "traits": spec["traits"], "cpr": spec.get("cpr")}
    doc = build_agreement(rng, inner)
    spec["period"] = inner.get("period")
    # Min Plan entries carry no follow-up requirement and no appeal guidance
    doc.outro = []
    n = doc.ctx["n"]
    doc.title = rng.choice(["Min Plan – indsats: Mentorstøtte", "Min Plan: Mentor",
                            "Udskrift fra Min Plan – Mentorstøtte"]) + f" ({doc.ctx['full']})"
    doc.intro = [rng.choice([
        f"Indsatsen er oprettet i Min Plan og kan ses af {n} på Jobnet.",
        "Kopieret fra Min Plan (Jobnet) til teamets kanal.",
        f"Mentorindsats registreret i {n}{chr(39) if n.endswith('s') else 's'} plan.",
    ])]
    doc.fields = [f for f in doc.fields if f[0] not in ("Opfølgning", "Opfølgning og progression", "Evaluering")]
    return doc


def build_decision(rng, spec):
    sub = spec["subtype"]
    n = rng.choice(FIRST)
    full = f"{n} {rng.choice(LAST)}"
    k = rng.choice(KOMMUNER)
    kl = k.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    fmt = dict(n=n, k=k, kl=kl)
    start = dt.date(2026, rng.randrange(2, 10), 1)
    over = "duration-over-6-months" in spec["rules"]
    months = rng.choice([8, 9, 12]) if over else rng.choice([3, 4, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    st = rng.randrange(5)
    per = period_text(start, end, st)
    hrs = rng.choice(HOURS)
    mentor = rng.choice(MENTORS)
    titles = {"grant": "Afgørelse om mentorstøtte – bevilling",
              "partial": "Afgørelse: Delvis bevilling af mentorstøtte",
              "refusal": "Afgørelse om afslag på mentorstøtte",
              "extension": "Afgørelse om forlængelse af mentorstøtte",
              "end": "Afgørelse om ophør af mentorstøtte"}
    doc = Doc(titles[sub])
    doc.meta = [("Til", full), ("Fra", f"{k} Kommune, Jobcenter {k}"),
                ("Dato", ddate(start - dt.timedelta(days=10), 0)),
                ("Sagsnr.", f"15.00.00-G01-{rng.randrange(1000, 9999)}-26")]
    if spec.get("cpr"):
        doc.meta.insert(1, ("CPR-nr.", spec["cpr"]))
    body = []
    if sub == "grant":
        body.append(("Afgørelse", [f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                                   f"i perioden {per}. Støtten er på {hrs}, og din mentor bliver {mentor}."]))
        spec["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif sub == "partial":
        body.append(("Afgørelse", [f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Vi bevilger "
                                   f"mentorstøtte i perioden {per} med {hrs}."]))
        body.append(("Begrundelse", [f"Vi har lagt vægt på, at du er ved at starte i praktik, og at behovet for støtte "
                                     f"forventes at falde. Efter LAB § 167, stk. 1, kan der bevilges højst 6 måneder "
                                     f"ad gangen, og vi vurderer, at {hrs} dækker dit behov."]))
        spec["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif sub == "refusal":
        body.append(("Afgørelse", ["Du får afslag på din ansøgning om mentorstøtte."]))
        body.append(("Begrundelse", ["Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse "
                                     "(LAB § 167). Du er i dag tilkendt førtidspension og har ikke et job- eller "
                                     "uddannelsesmål, som støtten kan understøtte."]))
    elif sub == "extension":
        body.append(("Afgørelse", [f"Din mentorstøtte forlænges i perioden {per} (ny periode efter LAB § 167, stk. 1, "
                                   f"2. pkt.). Timetallet er fortsat {hrs}."]))
        body.append(("Begrundelse", ["Ved evalueringen den " + ddate(start - dt.timedelta(days=14), 0) +
                                     " vurderede vi, at du stadig har brug for støtte for at fastholde din praktik."]))
        spec["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        body.append(("Afgørelse", [f"Din mentorstøtte ophører den {ddate(start, 0)}."]))
        body.append(("Begrundelse", ["Du er startet i ordinært job med 30 timer om ugen og har ved det seneste "
                                     "statusmøde sagt, at du ikke længere har brug for mentor."]))
    if "missing-appeal-guidance" in spec["rules"]:
        if rng.random() < 0.5:
            body.append(("Klagevejledning", [rng.choice(APPEAL_INCOMPLETE)]))
            spec["traits"].append("appeal:incomplete")
        else:
            spec["traits"].append("appeal:absent")
    else:
        body.append((rng.choice(["Klagevejledning", "Sådan klager du"]), [rng.choice(APPEAL_FULL).format(**fmt)]))
    body.append(("Med venlig hilsen", [f"{rng.choice(FIRST)} {rng.choice(LAST)}, jobkonsulent, Jobcenter {k}"]))
    doc.intro = [f"Kære {n}", "Du modtager dette brev, fordi vi har truffet afgørelse i din sag om mentorstøtte."]
    doc.outro = body
    doc.ctx = fmt | {"full": full, "mentor": mentor}
    return doc


def build_unknown(rng, spec):
    sub = spec["subtype"]
    k = rng.choice(KOMMUNER)
    n = rng.choice(FIRST)
    doc = Doc("")
    if sub == "wiki-howto":
        doc.title = "Sådan skriver du en mentoraftale"
        doc.intro = ["Denne side er teamets vejledning. Brug skabelonen under 'Skabeloner' og husk alle seks punkter."]
        doc.fields = [("Tjekliste", ["Målet med mentorstøtten (job- eller uddannelsesmål)",
                                      "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                                      "Varigheden af aftalen – højst 6 måneder", "Opfølgning inkl. mål for progression",
                                      "Timetallet pr. uge", "Klagevejledning (4 uger, Ankestyrelsen)"])]
        doc.outro = [("Gode råd", ["Skriv målet som en tilstand, ikke som 'støtte til'.",
                                   "Spørg Mette i teamet, hvis du er i tvivl."])]
    elif sub == "meeting-note":
        doc.title = f"Teammøde Mentorteamet {ddate(dt.date(2026, rng.randrange(1, 12), 12), 0)}"
        doc.fields = [("Deltagere", "Mette, Bo, Susanne, Lars (ref.)"),
                      ("Dagsorden", ["Nye henvisninger", "Fordeling af borgere", "Opdatering af skabelonen"]),
                      ("Beslutninger", ["Bo tager to nye forløb fra uge 12", "Skabelonen opdateres med 'kommunen'"]),
                      ("Næste møde", "Om 14 dage kl. 9.00 i mødelokale 2")]
    elif sub == "task-board":
        doc.title = "Planner-eksport: Mentorteam – opgaver"
        doc.fields = [("Bucket: I gang", ["Ring til Jobværkstedet om ny mentor (Bo) – forfalder fredag",
                                          "Opdatere aftaleskabelon (Mette)"]),
                      ("Bucket: Færdig", ["Statusmøde med praktiksted gennemført", "Faktura for marts godkendt"]),
                      ("Bucket: Backlog", ["Undervisning i Min Plan for nye kolleger"])]
    elif sub == "onboarding":
        prov, dom = rng.choice(PROVIDERS[:4])
        doc.title = f"Velkommen som mentor hos {prov}"
        doc.intro = ["Her finder du alt, du skal bruge i din første uge."]
        doc.fields = [("Første dag", ["Hent nøglekort i receptionen", "Opret dig i timeregistreringen"]),
                      ("Systemer", ["Teams-kanalen #mentorer", "Timeregistrering hver fredag"]),
                      ("Kontakt", f"Teamleder {rng.choice(MENTORS)}, tlf. {phone(rng)}")]
    elif sub == "status-report":
        doc.title = f"Statusnotat fra mentor – {n}"
        doc.intro = [f"{n} er mødt stabilt op i praktikken de sidste fire uger.",
                     "Vi har haft fem samtaler siden sidst. Næste statusnotat sendes om en måned."]
        doc.fields = [("Fremmøde", "18 ud af 20 dage"), ("Udfordringer", "Transport om morgenen")]
    elif sub == "invoice":
        prov, dom = rng.choice(PROVIDERS[:4])
        doc.title = f"Faktura nr. {rng.randrange(2000, 9999)} – {prov}"
        doc.fields = [("Kunde", f"{k} Kommune, Jobcenter"), ("Ydelse", "Mentortimer marts 2026"),
                      ("Antal", "24 timer à 475 kr."), ("I alt", "11.400,00 kr. ekskl. moms"),
                      ("Betaling", "Netto 30 dage")]
    elif sub == "teams-meeting":
        doc.title = "Mødeindkaldelse: Opstartsmøde mentor"
        doc.intro = [f"Hej {n}", "Vi mødes på jobcentret torsdag kl. 10 sammen med din kommende mentor.",
                     "Tag gerne din kalender med. Mødet varer ca. en time.",
                     "Klik her for at deltage i mødet via Teams."]
    elif sub == "newsletter":
        doc.title = "Nyt fra Arbejdsmarked: Mentorordningen efter 1. februar 2026"
        doc.intro = ["Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret' i loven.",
                     "Husk at opdatere brevskabelonerne. Reglen om højst 6 måneder ad gangen er uændret."]
        doc.fields = [("Læs mere", ["STAR: Vejledning om mentorordningen", "Intranet: Skabeloner"])]
    doc.ctx = {"n": n, "k": k, "full": n}
    return doc


# --------------------------------------------------------------------------- renderers
def val_lines(v):
    return v if isinstance(v, list) else [v]


def render_md(doc, rng, style):
    out = []
    if style == "frontmatter-table":
        out += ["---", f"title: \"{doc.title}\"", "tags: [mentor, aftale]",
                f"updated: 2026-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}", "---", ""]
        out += [f"# {doc.title}", ""]
        out += ["| Felt | Indhold |", "|---|---|"] + [f"| {k} | {v} |" for k, v in doc.meta] + [""]
        out += doc.intro + [""]
        if doc.fields:
            out += ["| Punkt | Aftale |", "|------|--------|"]
            for k, v in doc.fields:
                out.append(f"| {k} | {'<br>'.join(val_lines(v))} |")
            out.append("")
    elif style == "headings-checkbox":
        out += [f"# {doc.title}", ""]
        out += [f"**{k}:** {v}  " for k, v in doc.meta] + [""] + doc.intro + [""]
        for k, v in doc.fields:
            out += [f"## {k}", ""]
            if isinstance(v, list):
                out += [f"- [{'x' if i % 2 == 0 else ' '}] {x}" for i, x in enumerate(v)]
            else:
                out.append(v)
            out.append("")
    else:  # emoji-bold
        out += [f"# 📝 {doc.title}", ""]
        out += [" · ".join(f"{k}: {v}" for k, v in doc.meta), ""] + doc.intro + [""]
        emo = list(EMO.values())
        for i, (k, v) in enumerate(doc.fields):
            e = emo[i % len(emo)]
            if isinstance(v, list):
                out += [f"{e} **{k}:**"] + [f"- ✅ {x}" for x in v]
            else:
                out.append(f"{e} **{k}:** {v}")
            out.append("")
    for h, paras in doc.outro:
        out += [f"## {h}", ""] + [p + "  " for p in paras] + [""]
    return "\n".join(out).rstrip() + "\n"


def h(s):
    return html.escape(s)


def render_html(doc, rng, style):
    if style == "confluence":
        bc = " / ".join(f'<li><a href="#">{x}</a></li>' for x in
                        ["Arbejdsmarked", "Mentorteamet", "Borgersager 2026"])
        parts = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">',
                 f"<title>{h(doc.title)} - Mentorteamet - Confluence</title>",
                 "<style>.confluence-information-macro{border:1px solid #ccc}</style></head><body>",
                 '<div id="page"><div id="main-header"><div id="breadcrumb-section"><ol id="breadcrumbs">',
                 bc, "</ol></div>",
                 f'<h1 id="title-heading" class="pagetitle"><span id="title-text">{h(doc.title)}</span></h1></div>',
                 '<div class="page-metadata">Oprettet af Mette Holm, senest ændret af Bo Kjær</div>',
                 '<div id="content" class="view"><div class="wiki-content">']
        if doc.meta:
            parts.append('<div class="table-wrap"><table class="confluenceTable"><tbody>')
            parts += [f'<tr><th class="confluenceTh">{h(k)}</th><td class="confluenceTd">{h(v)}</td></tr>'
                      for k, v in doc.meta]
            parts.append("</tbody></table></div>")
        for p in doc.intro:
            parts.append('<div class="confluence-information-macro confluence-information-macro-information">'
                         '<span class="aui-icon icon-info"></span><div class="confluence-information-macro-body">'
                         f"<p>{h(p)}</p></div></div>")
        for k, v in doc.fields:
            parts.append(f"<h2>{h(k)}</h2>")
            if isinstance(v, list):
                parts.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in v) + "</ul>")
            else:
                parts.append(f"<p>{h(v)}</p>")
        for hd, ps in doc.outro:
            parts.append('<div class="expand-container"><div class="expand-control">'
                         f'<span class="expand-control-text">{h(hd)}</span></div>'
                         '<div class="expand-content expand-hidden">' + "".join(f"<p>{h(p)}</p>" for p in ps) +
                         "</div></div>")
        parts.append('</div></div><div id="footer"><p>Drevet af Atlassian Confluence</p></div>'
                     '<div class="ia-splitter-left"><div class="plugin_pagetree"><ul>'
                     '<li>Mentorteamet</li><li>Skabeloner</li><li>Borgersager 2026</li></ul></div></div>'
                     "</div></body></html>")
        return "\n".join(parts)
    if style == "notion":
        parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
                 f"<title>{h(doc.title)}</title></head><body><article class=\"page sans\">",
                 f'<header><h1 class="page-title">{h(doc.title)}</h1>',
                 '<table class="properties"><tbody>']
        parts += [f'<tr class="property-row"><th>{h(k)}</th><td>{h(v)}</td></tr>' for k, v in doc.meta]
        parts.append('</tbody></table></header><div class="page-body">')
        for p in doc.intro:
            parts.append(f'<figure class="block-color-gray_background callout" style="display:flex">'
                         f'<div style="font-size:1.5em"><span class="icon">💡</span></div>'
                         f'<div style="width:100%">{h(p)}</div></figure>')
        for k, v in doc.fields:
            parts.append(f'<h3 class="">{h(k)}</h3>')
            if isinstance(v, list):
                parts += [f'<ul class="to-do-list"><li><div class="checkbox checkbox-on"></div> '
                          f'<span class="to-do-children-checked">{h(x)}</span></li></ul>' for x in v]
            else:
                parts.append(f'<p class="">{h(v)}</p>')
        for hd, ps in doc.outro:
            parts.append(f'<details open=""><summary style="font-weight:600">{h(hd)}</summary>' +
                         "".join(f"<p>{h(p)}</p>" for p in ps) + "</details>")
        parts.append("</div></article></body></html>")
        return "\n".join(parts)
    # sharepoint
    parts = ['<!DOCTYPE html><html lang="da-DK"><head><meta charset="utf-8">',
             f"<title>{h(doc.title)}</title></head><body>",
             '<div class="SPCanvas"><nav aria-label="Brødkrummesti"><a>Intranet</a> &gt; <a>Jobcenter</a> &gt; '
             '<a>Mentor</a></nav>', '<div class="CanvasZone"><div class="CanvasSection">',
             f'<div class="ControlZone"><div data-sp-feature-tag="Title"><h1>{h(doc.title)}</h1></div></div>']
    if doc.meta:
        parts.append('<div class="ControlZone"><div data-sp-feature-tag="Rich Text Editor">' +
                     "".join(f"<p><strong>{h(k)}:</strong> {h(v)}</p>" for k, v in doc.meta) + "</div></div>")
    parts.append('<div class="ControlZone"><div data-sp-feature-tag="Rich Text Editor">')
    parts += [f"<p>{h(p)}</p>" for p in doc.intro]
    for k, v in doc.fields:
        if isinstance(v, list):
            parts.append(f"<p><strong>{h(k)}</strong></p><ul>" + "".join(f"<li>{h(x)}</li>" for x in v) + "</ul>")
        else:
            parts.append(f"<p><strong>{h(k)}:</strong> {h(v)}</p>")
    for hd, ps in doc.outro:
        parts.append(f"<h3>{h(hd)}</h3>" + "".join(f"<p>{h(p)}</p>" for p in ps))
    parts.append("</div></div></div></div></div></body></html>")
    return "\n".join(parts)


PLACEHOLDERS = {"Udfyldes senere", "-", "TBD", "…", "xx", "Aftales senere", "indtil videre"}


def prose_fields(doc, rng):
    """An agreement written as a message from the caseworker: the fields become sentences."""
    out = []
    n = doc.ctx["n"]
    for k, v in doc.fields:
        if isinstance(v, str) and v in PLACEHOLDERS:
            continue  # a letter simply leaves an unknown point out
        low = k.lower()
        if low.startswith(("mål", "formål")):
            out.append(rng.choice(["Målet er, at ", "Vi har aftalt dette mål: "]) + v[0].lower() + v[1:]
                       if not v.startswith(n) else rng.choice(["Målet er, at ", "Vi har aftalt dette mål: "]) + v)
        elif "mentor" in low and "opgaver" not in low and "hjælpe" not in low:
            out.append(f"Din mentor er {v}.")
        elif "opgaver" in low or "hjælpe" in low:
            out.append("Mentoren skal hjælpe dig med:")
            out += [f"- {x}" for x in v]
        elif low in ("periode", "varighed", "aftalens varighed"):
            out.append(f"Aftalen gælder i perioden {v}.")
        elif low.startswith(("opfølgning", "evaluering")):
            out.append(v)
        elif v in VAGUE_HOURS:
            out.append(f"Mentoren har tid til dig {v}.")
        else:
            out.append(f"Du har {v} sammen med din mentor.")
        out.append("")
    return out


def render_txt(doc, rng, style):
    if style == "plain" and getattr(doc, "prose", False):
        out = [doc.title, ""] + [f"{k}: {v}" for k, v in doc.meta if k != "Oprettet"] + [""]
        out += [f"Hej {doc.ctx['n']}", "", "Tak for mødet i dag. Her er det, vi aftalte:", ""]
        out += prose_fields(doc, rng)
        for hd, ps in doc.outro:
            out += [hd] + ps + [""]
        return "\n".join(out).rstrip() + "\n"
    # pasted from Teams / Notion: lost formatting, odd spacing, emoji
    out = [doc.title, ""]
    sep = rng.choice(["  ", "\t", " "])
    out += [f"{k}:{sep}{v}" for k, v in doc.meta] + [""]
    out += doc.intro + [""]
    emo = list(EMO.values())
    for i, (k, v) in enumerate(doc.fields):
        pre = (emo[i % len(emo)] + " ") if style == "emoji" else ""
        if isinstance(v, list):
            out.append(f"{pre}{k}:")
            out += [f"{'•' if style == 'emoji' else '-'}  {x}" for x in v]
        else:
            out.append(f"{pre}{k}:{sep}{v}")
        out.append("")
    for hd, ps in doc.outro:
        out += [hd] + ps + [""]
    txt = "\n".join(out)
    if style == "nbsp":
        txt = txt.replace(": ", ":\u00a0 ")
    return txt.rstrip() + "\n"


def render_eml(doc, rng, style, kind):
    msg = EmailMessage()
    ctx = doc.ctx
    k = ctx.get("k", "Viborg")
    kl = k.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    msg["From"] = f"{rng.choice(FIRST)} {rng.choice(LAST)} <jobkonsulent@{kl}.dk>"
    msg["To"] = f"{ctx.get('full', 'Borger')} <borger{rng.randrange(10, 99)}@example.dk>"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(dt.datetime(2026, rng.randrange(1, 12), rng.randrange(1, 28), 9, 30,
                                              tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{rng.randrange(10**9)}@{kl}.dk>"
    text = render_txt(doc, rng, "plain")
    if getattr(doc, "prose", False):
        text = text.split("\n", 1)[1]
    if style == "outlook-html":
        msg.set_content("Denne meddelelse er sendt i HTML-format.\n")
        msg.add_alternative(render_html(doc, rng, "sharepoint"), subtype="html")
    else:
        msg["X-MS-Exchange-Organization-SCL"] = "-1"
        body = text if getattr(doc, "prose", False) else \
            f"{'Hej ' + ctx.get('n', '') if kind != 'unknown' else ''}\n\n" + text
        body += "\n-- \nSendt fra Microsoft Teams\n"
        msg.set_content(body)
    return msg.as_bytes()


def render_docx(doc, rng, style, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(doc.title, level=1 if style == "gdocs" else 0)
    if doc.meta:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in doc.meta:
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
    for p in doc.intro:
        d.add_paragraph(p)
    if style == "o365-table" and doc.fields:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in doc.fields:
            r = t.add_row().cells
            r[0].text = k
            r[1].text = "\n".join(val_lines(v))
    else:
        for k, v in doc.fields:
            d.add_heading(k, level=2)
            if isinstance(v, list):
                for x in v:
                    d.add_paragraph(x, style="List Bullet")
            else:
                d.add_paragraph(v)
    for hd, ps in doc.outro:
        d.add_heading(hd, level=2)
        for p in ps:
            d.add_paragraph(p)
    d.save(path)


def render_pdf_rl(doc, rng, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        font, bold = "DejaVu", "DejaVuB"
    except Exception:
        font, bold = "Helvetica", "Helvetica-Bold"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = bold if "Heading" in s.name or s.name == "Title" else font
    story = [Paragraph(h(doc.title), ss["Title"])]
    if doc.meta:
        story.append(Table([[k, v] for k, v in doc.meta], hAlign="LEFT",
                           style=[("FONT", (0, 0), (-1, -1), font, 9)]))
    story.append(Spacer(1, 8))
    story += [Paragraph(h(p), ss["BodyText"]) for p in doc.intro]
    for k, v in doc.fields:
        story.append(Paragraph(h(k), ss["Heading3"]))
        for x in val_lines(v):
            story.append(Paragraph(("• " if isinstance(v, list) else "") + h(x), ss["BodyText"]))
    for hd, ps in doc.outro:
        story.append(Paragraph(h(hd), ss["Heading3"]))
        story += [Paragraph(h(p), ss["BodyText"]) for p in ps]
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.title, lang="da").build(story)


def strip_emoji_for_pdf(doc):
    return doc


# --------------------------------------------------------------------------- plan
AGR_DEFECTS = [[], [], [], [], [], [], [], [], [], [], [], [], [], [],
               ["missing-goal"], ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
               ["missing-follow-up"], ["missing-hours"], ["missing-appeal-guidance"],
               ["duration-over-6-months"], ["unclear-goal"], ["missing-follow-up"], ["missing-hours"],
               ["missing-appeal-guidance"], ["duration-over-6-months"], ["unclear-goal"],
               ["missing-mentor", "missing-hours"], ["missing-follow-up", "unclear-goal"],
               ["missing-appeal-guidance", "duration-over-6-months"], ["missing-tasks", "missing-follow-up"],
               ["missing-goal", "missing-appeal-guidance"], ["missing-duration", "missing-hours"],
               ["missing-mentor"], ["unclear-goal", "missing-hours"]]
MP_DEFECTS = [[], [], [], [], [], [], ["missing-goal"], ["missing-mentor"], ["missing-tasks"],
              ["missing-duration"], ["missing-hours"], ["duration-over-6-months"], ["unclear-goal"],
              ["missing-hours", "unclear-goal"], ["missing-mentor", "duration-over-6-months"], ["unclear-goal"]]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]),
            ("grant", ["duration-over-6-months"]), ("partial", []), ("partial", []),
            ("partial", ["missing-appeal-guidance"]), ("partial", ["duration-over-6-months"]),
            ("refusal", []), ("refusal", []), ("refusal", ["missing-appeal-guidance"]),
            ("extension", []), ("extension", []), ("extension", ["duration-over-6-months"]),
            ("extension", ["missing-appeal-guidance"]), ("end", []), ("end", ["missing-appeal-guidance"]),
            ("grant", ["missing-appeal-guidance", "duration-over-6-months"]), ("end", [])]
UNK_PLAN = ["wiki-howto", "wiki-howto", "meeting-note", "meeting-note", "task-board", "task-board",
            "onboarding", "onboarding", "status-report", "invoice", "teams-meeting", "teams-meeting",
            "newsletter", "status-report", "wiki-howto", "invoice", "newsletter"]

FORMAT_LAYOUTS = [("md", "frontmatter-table"), ("md", "headings-checkbox"), ("md", "emoji-bold"),
                  ("html", "confluence"), ("html", "notion"), ("html", "sharepoint"),
                  ("docx", "gdocs"), ("docx", "o365-table"), ("pdf", "reportlab"), ("pdf", "soffice"),
                  ("eml", "outlook-html"), ("eml", "teams-text"), ("txt", "emoji"), ("txt", "nbsp"),
                  ("txt", "plain")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hs")
    ap.add_argument("--seed", type=int, default=1818)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    specs = []
    for d in AGR_DEFECTS:
        specs.append({"kind": "agreement", "subtype": "agreement", "rules": sorted(d)})
    for d in MP_DEFECTS:
        specs.append({"kind": "minplan", "subtype": "minplan", "rules": sorted(d)})
    for sub, d in DEC_PLAN:
        specs.append({"kind": "decision", "subtype": sub, "rules": sorted(d)})
    for sub in UNK_PLAN:
        specs.append({"kind": "unknown", "subtype": sub, "rules": []})
    rng.shuffle(specs)
    entries = []
    soffice_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="hs_"))
    for i, spec in enumerate(specs):
        fmt, layout = FORMAT_LAYOUTS[(i * 7 + rng.randrange(3)) % len(FORMAT_LAYOUTS)]
        spec["traits"] = [f"tool:{layout}"]
        spec["must_not_contain"] = []
        if spec["kind"] != "unknown" and rng.random() < 0.3:
            c = cpr(rng)
            spec["cpr"] = c
            spec["must_not_contain"] = [c, c.replace("-", "")]
            spec["traits"].append("cpr")
        kind = spec["kind"]
        if kind == "agreement":
            doc = build_agreement(rng, spec)
            doc.prose = layout in ("plain", "teams-text")
            if doc.prose:
                spec["traits"].append("prose")
        elif kind == "minplan":
            doc = build_minplan(rng, spec)
        elif kind == "decision":
            doc = build_decision(rng, spec)
        else:
            doc = build_unknown(rng, spec)
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser",
                  "unknown": "oevrigt"}[kind]
        stem = f"{i+1:03d}-{spec['subtype']}-{layout}"
        rel = f"{folder}/{stem}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "md":
            p.write_text(render_md(doc, rng, layout), encoding="utf-8")
        elif fmt == "html":
            p.write_text(render_html(doc, rng, layout), encoding="utf-8")
        elif fmt == "txt":
            p.write_text(render_txt(doc, rng, layout), encoding="utf-8")
        elif fmt == "eml":
            p.write_bytes(render_eml(doc, rng, layout, kind))
        elif fmt == "docx":
            render_docx(doc, rng, layout, p)
        elif layout == "reportlab":
            render_pdf_rl(doc, rng, p)
        else:
            src = tmp / f"{stem}.docx"
            render_docx(doc, rng, rng.choice(["gdocs", "o365-table"]), src)
            soffice_jobs.append((src, p))
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": spec["subtype"],
                        "layout": layout, "rules": spec["rules"], "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": spec["must_not_contain"],
                        "traits": spec["traits"], "period": spec.get("period")})
    if soffice_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_hs_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for s, _ in soffice_jobs],
                       check=True, capture_output=True, timeout=600)
        for s, p in soffice_jobs:
            shutil.move(str(tmp / (s.stem + ".pdf")), p)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
