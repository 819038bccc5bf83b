#!/usr/bin/env python3
"""Independent corpus 'em': paperwork for citizens who do not read Danish well.

English versions, bilingual (labels, two columns, alternating paragraphs, English summary),
plain-language Danish ("let dansk"), interpreter's notes, English e-mails from a caseworker,
plus English/bilingual near misses (kind unknown).

Usage: /work/main/.venv/bin/python make_corpus_em.py --out /work/corpora/em [--seed 11]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

# ----------------------------------------------------------------------------- data
MUNIS = [("Køge Kommune", "Jobcenter Køge", "56 67 67 67", "jobcenter@koege.dk", "Torvet 1, 4600 Køge"),
         ("Ishøj Kommune", "Ishøj Kommune, Beskæftigelse", "43 57 75 75", "beskaeftigelse@ishoj.dk", "Ishøj Store Torv 20, 2635 Ishøj"),
         ("Aarhus Kommune", "Jobcenter Aarhus", "89 40 20 00", "jobcenter@aarhus.dk", "Værkmestergade 13, 8000 Aarhus C"),
         ("Odense Kommune", "Odense Kommune, Job og Uddannelse", "66 13 13 72", "job@odense.dk", "Ørbækvej 100, 5220 Odense SØ"),
         ("Herning Kommune", "Herning Kommune, Beskæftigelse", "96 28 28 28", "beskaeftigelse@herning.dk", "Fredhøjvej 7, 7400 Herning"),
         ("Gladsaxe Kommune", "Gladsaxe Kommune, Job og Ydelse", "39 57 50 00", "jobogydelse@gladsaxe.dk", "Rådhus Allé 7, 2860 Søborg"),
         ("Vejle Kommune", "Vejle Kommune, Beskæftigelse", "76 81 00 00", "beskaeftigelse@vejle.dk", "Kirketorvet 22, 7100 Vejle")]
CITIZENS = ["Amina Yusuf", "Tesfay Gebremedhin", "Olena Kovalenko", "Ahmad Rahimi", "Maria Santos",
            "Piotr Nowak", "Fatima Al-Hassan", "Daniel Mekonnen", "Leyla Karimi", "Ionut Popescu",
            "Samira Haddad", "Bashir Noori", "Yulia Petrenko", "Hassan Warsame", "Nadia Benali",
            "Tomasz Wiśniewski", "Rahel Tesfaye", "Omar Farah", "Ana Dumitru", "Khalid Mansour"]
MENTORS = [("Lone Bech", "Mentorhuset ApS"), ("Jesper Kold", "Kompetencecenter Øst"),
           ("Sanne Frederiksen", "JobBro"), ("Mikkel Lund", "Ny Start Mentor"),
           ("Hanne Vinther", "Broen til Job"), ("Rasmus Holm", "Kommunens mentorkorps"),
           ("Zainab Ali", "Integrationshuset"), ("Birgitte Dahl", "Trin for Trin ApS"),
           ("Kasper Møller", "Mentorteamet"), ("Eva Juhl", "Fokus Mentor")]
CASEWORKERS = ["Camilla Sørensen", "Henrik Nygaard", "Mette Kjær", "Louise Brandt", "Thomas Winther", "Pia Andersen"]
LANGS = ["arabisk", "tigrinya", "ukrainsk", "dari", "somali", "polsk", "rumænsk"]
LANGS_EN = {"arabisk": "Arabic", "tigrinya": "Tigrinya", "ukrainsk": "Ukrainian", "dari": "Dari",
            "somali": "Somali", "polsk": "Polish", "rumænsk": "Romanian"}

MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# (en, da, let-dansk) clear goals
GOALS = [
    ("Your goal is to start the SOSU helper programme (social and health care helper) in {city} on 3 August 2026 and to attend at least four days a week.",
     "Målet er, at du starter på SOSU-hjælperuddannelsen i {city} den 3. august 2026 og møder mindst fire dage om ugen.",
     "Du skal starte på SOSU-hjælperuddannelsen. Du starter den 3. august 2026. Du skal komme i skole 4 dage om ugen."),
    ("The goal is that you work 15 hours a week in a work placement (virksomhedspraktik) in the warehouse at Dagrofa by 1 June 2026.",
     "Målet er, at du er i virksomhedspraktik 15 timer om ugen på lageret hos Dagrofa senest 1. juni 2026.",
     "Du skal i praktik på et lager. Det er hos Dagrofa. Du skal arbejde 15 timer om ugen. Det skal ske senest 1. juni 2026."),
    ("Goal: You have a wage subsidy job (løntilskud) as a kitchen assistant, 20 hours a week, by 1 September 2026.",
     "Mål: Du har et job med løntilskud som køkkenmedhjælper, 20 timer om ugen, senest 1. september 2026.",
     "Du skal have et job i et køkken. Jobbet er med løntilskud. Du skal arbejde 20 timer om ugen. Det skal ske senest 1. september 2026."),
    ("The main goal is that you pass Danish module 3.2 in June 2026 and start the basic course at the bus driver education (AMU) in August 2026.",
     "Hovedformålet er, at du består danskmodul 3.2 i juni 2026 og starter på AMU-kurset til buschauffør i august 2026.",
     "Du skal bestå danskprøven på modul 3.2. Det er i juni 2026. Bagefter skal du starte på AMU-kursus som buschauffør i august 2026."),
    ("The goal is that you keep your flexi-job (fleksjob) at the nursing home Solgården and work your agreed 12 hours a week without sick days in three months.",
     "Målet er, at du fastholder dit fleksjob på plejecentret Solgården og arbejder dine aftalte 12 timer om ugen uden sygedage i tre måneder.",
     "Du skal blive i dit fleksjob på Solgården. Du skal arbejde 12 timer om ugen. Du må ikke have sygedage i tre måneder."),
    ("Goal: You start an ordinary job of at least 25 hours a week in cleaning or service before 31 October 2026.",
     "Mål: Du starter i et ordinært job på mindst 25 timer om ugen inden for rengøring eller service inden 31. oktober 2026.",
     "Du skal have et almindeligt job. Det kan være rengøring eller service. Du skal arbejde mindst 25 timer om ugen. Det skal ske før 31. oktober 2026."),
    ("The goal is that you complete the first semester at FGU {city} with at least 90 % attendance.",
     "Målet er, at du gennemfører første semester på FGU {city} med mindst 90 % fremmøde.",
     "Du går på FGU. Du skal gøre første semester færdigt. Du skal komme mindst 9 ud af 10 dage."),
]
UNCLEAR_GOALS = [
    ("Support for you to feel better and get more structure in your everyday life.",
     "Støtte til, at du får det bedre og får mere struktur på hverdagen.",
     "Du skal have det bedre. Du skal have mere struktur i hverdagen."),
    ("To increase your self-esteem and well-being and help you move on.",
     "At øge dit selvværd og din trivsel og hjælpe dig med at komme videre.",
     "Du skal have mere selvværd. Du skal trives bedre."),
    ("Motivate you and make sure that you get closer to the labour market.",
     "At motivere dig og sikre, at du kommer tættere på arbejdsmarkedet.",
     "Vi vil motivere dig. Du skal komme tættere på arbejdsmarkedet."),
]
TASKS = [
    (["go with you to the workplace on the first two days", "talk with you every week about attendance and transport",
      "help you read letters from the municipality and from the employer"],
     ["følge dig til arbejdspladsen de første to dage", "tale med dig hver uge om fremmøde og transport",
      "hjælpe dig med at læse breve fra kommunen og arbejdsgiveren"],
     ["Mentoren går med dig på arbejde de første 2 dage.", "Mentoren taler med dig hver uge.", "Mentoren hjælper dig med at læse breve."]),
    (["help you plan your week and your homework", "practise Danish words used at the school with you",
      "contact the school's study counsellor together with you if there are problems"],
     ["hjælpe dig med at planlægge ugen og lektierne", "øve de danske fagord fra skolen med dig",
      "kontakte skolens studievejleder sammen med dig, hvis der er problemer"],
     ["Mentoren hjælper dig med at planlægge ugen.", "I øver danske ord fra skolen.", "Mentoren ringer til skolen sammen med dig, hvis der er problemer."]),
    (["meet you at the workplace once a week and talk with your manager", "help you with the roster and with sick-leave rules",
      "help you find childcare for your youngest child"],
     ["møde dig på arbejdspladsen en gang om ugen og tale med din leder", "hjælpe dig med vagtplanen og reglerne for sygemelding",
      "hjælpe dig med at finde pasning til dit yngste barn"],
     ["Mentoren kommer på dit arbejde 1 gang om ugen.", "Mentoren hjælper med vagtplanen.", "Mentoren hjælper dig med at finde pasning til dit barn."]),
]
FOLLOWUPS = [
    ("We will have a follow-up meeting every month with you, your mentor and your caseworker. We look at how close you are to the goal. We evaluate 14 days before the period ends.",
     "Vi holder opfølgningsmøde hver måned med dig, din mentor og din sagsbehandler. Vi ser på, hvor tæt du er på målet. Vi evaluerer 14 dage før perioden slutter.",
     "Vi holder et møde hver måned. Vi taler om, hvordan det går. 14 dage før slut ser vi på, om du har nået målet."),
    ("Status meeting every 6 weeks. Progress is measured on attendance (sub-goal: 4 days a week from May). Final evaluation four weeks before the end date.",
     "Statusmøde hver 6. uge. Progressionen måles på fremmøde (delmål: 4 dage om ugen fra maj). Slutevaluering fire uger før slutdatoen.",
     "Hver 6. uge holder vi et statusmøde. Vi tæller, hvor mange dage du er mødt. Før slut holder vi et sidste møde."),
]
HOURS = [(3, "3 hours per week", "3 timer pr. uge", "Mentoren har 3 timer til dig hver uge."),
         (2, "2 hours a week", "2 timer om ugen", "Du får 2 timer med mentoren hver uge."),
         (5, "5 hours per week in the first month, then 3 hours per week", "5 timer pr. uge den første måned, derefter 3 timer pr. uge",
          "Den første måned får du 5 timer om ugen. Derefter får du 3 timer om ugen."),
         (1, "1.5 hours per week", "1½ time pr. uge", "Du får 1½ time med mentoren hver uge.")]
VAGUE_HOURS = ("as needed", "efter behov", "Du får hjælp, når du har brug for det.")

OK_PERIODS = [((2026, 3, 1), (2026, 8, 31)), ((2026, 4, 15), (2026, 10, 14)), ((2026, 2, 1), (2026, 7, 31)),
              ((2026, 9, 1), (2027, 2, 28)), ((2026, 5, 1), (2026, 7, 31)), ((2026, 6, 1), (2026, 11, 30)),
              ((2026, 8, 10), (2027, 1, 31))]
LONG_PERIODS = [((2026, 1, 5), (2026, 9, 30)), ((2026, 3, 1), (2026, 12, 31)), ((2026, 2, 1), (2027, 1, 31)),
                ((2026, 4, 1), (2026, 10, 15))]


def d(t):
    return dt.date(*t)


def en_date(x: dt.date) -> str:
    return f"{x.day} {MONTHS_EN[x.month - 1]} {x.year}"


def da_date(x: dt.date, num=False) -> str:
    return f"{x.day:02d}.{x.month:02d}.{x.year}" if num else f"{x.day}. {MONTHS_DA[x.month - 1]} {x.year}"


def fake_cpr(rng):
    dd = rng.randint(1, 28); mm = rng.randint(1, 12); yy = rng.randint(60, 99)
    return f"{dd:02d}{mm:02d}{yy:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# ----------------------------------------------------------------------------- content per document
class Doc:
    """Field texts in en / da / let for one document, with its defects applied."""

    def __init__(self, rng, i, kind, defects):
        self.rng, self.kind, self.defects = rng, kind, set(defects)
        self.muni = MUNIS[i % len(MUNIS)]
        self.city = self.muni[0].split()[0]
        self.citizen = CITIZENS[(i * 7) % len(CITIZENS)]
        self.first = self.citizen.split()[0]
        m = MENTORS[(i * 3) % len(MENTORS)]
        self.mentor, self.mentor_org = m
        self.mphone = phone(rng)
        self.memail = self.mentor.split()[0].lower() + "@" + self.mentor_org.lower().replace(" ", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")[:14] + ".dk"
        self.cw = CASEWORKERS[i % len(CASEWORKERS)]
        self.cwphone = phone(rng)
        self.cpr = None
        g = (UNCLEAR_GOALS[i % len(UNCLEAR_GOALS)] if "unclear-goal" in self.defects else GOALS[i % len(GOALS)])
        self.goal = tuple(s.format(city=self.city) for s in g)
        self.tasks = TASKS[i % len(TASKS)]
        self.fu = FOLLOWUPS[i % len(FOLLOWUPS)]
        self.hours = HOURS[i % len(HOURS)]
        if "duration-over-6-months" in self.defects:
            p = LONG_PERIODS[i % len(LONG_PERIODS)]
        else:
            p = OK_PERIODS[i % len(OK_PERIODS)]
        self.start, self.end = d(p[0]), d(p[1])
        self.case = f"{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}"
        self.letter_date = self.start - dt.timedelta(days=rng.randint(7, 20))
        self.numdate = rng.random() < 0.3

    # each getter returns None when the field is omitted; a string when present/defective
    def has(self, rule):
        return rule not in self.defects

    def period(self, lang):
        if not self.has("missing-duration"):
            return {"en": "until further notice", "da": "indtil videre", "let": "Vi ved ikke endnu, hvor længe."}[lang] \
                if self.rng.random() < 0.5 else None
        if lang == "en":
            return f"{en_date(self.start)} – {en_date(self.end)}"
        if lang == "da":
            return f"{da_date(self.start, self.numdate)} – {da_date(self.end, self.numdate)}"
        return f"Du har mentor fra {da_date(self.start)} til {da_date(self.end)}."

    def mentor_line(self, lang):
        if not self.has("missing-mentor"):
            if self.rng.random() < 0.5:
                return None
            return self.mentor + (f", {self.mentor_org}" if lang != "let" else "")  # name without contact
        if lang == "let":
            return f"Din mentor hedder {self.mentor}. Telefon: {self.mphone}. Mail: {self.memail}"
        return f"{self.mentor}, {self.mentor_org}, tel. {self.mphone}, {self.memail}" if lang == "en" else \
            f"{self.mentor}, {self.mentor_org}, tlf. {self.mphone}, {self.memail}"

    def goal_text(self, lang):
        if not self.has("missing-goal"):
            return None
        return self.goal[{"en": 0, "da": 1, "let": 2}[lang]]

    def tasks_list(self, lang):
        if not self.has("missing-tasks"):
            return None
        return self.tasks[{"en": 0, "da": 1, "let": 2}[lang]]

    def hours_text(self, lang):
        if not self.has("missing-hours"):
            return VAGUE_HOURS[{"en": 0, "da": 1, "let": 2}[lang]] if self.rng.random() < 0.5 else None
        return self.hours[{"en": 1, "da": 2, "let": 3}[lang]]

    def fu_text(self, lang):
        if not self.has("missing-follow-up"):
            return None
        return self.fu[{"en": 0, "da": 1, "let": 2}[lang]]

    def appeal(self, lang, variant=0):
        m = self.muni
        if not self.has("missing-appeal-guidance"):
            r = self.rng.random()
            if r < 0.4:
                return None
            return {"en": "You have the right to complain about this decision.",
                    "da": "Du kan klage over afgørelsen.",
                    "let": "Du kan klage, hvis du er uenig."}[lang] if r < 0.75 else \
                {"en": "Complaints about the decision are handled by the municipality.",
                 "da": "Klager over afgørelsen behandles af kommunen.",
                 "let": "Du kan klage til kommunen."}[lang]
        if lang == "en":
            if variant % 2 == 0:
                return (f"If you disagree with the decision, you can complain to {m[0]} within 4 weeks after you received this letter. "
                        f"You can complain by phone ({m[2]}), by e-mail ({m[3]}) or by letter. The municipality will reconsider "
                        "the decision within 4 weeks. If the municipality upholds the decision, your complaint is sent on to "
                        "Ankestyrelsen (the National Social Appeals Board). Legal basis: LAB § 204 and the Danish Act on Legal "
                        "Protection (retssikkerhedsloven), chapter 10.")
            return (f"Do you want to appeal? Contact the municipality ({m[1]}, tel. {m[2]}) no later than four weeks after you "
                    "received the decision. We will look at your case again. If we do not change the decision, we forward your "
                    "appeal and the case papers to Ankestyrelsen.")
        if lang == "da":
            if variant % 2 == 0:
                return ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
                        "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
                        "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen (LAB § 204).")
            return (f"Du kan klage mundtligt eller skriftligt til {m[1]} inden 4 uger efter, at du har modtaget afgørelsen. "
                    "Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen til Ankestyrelsen.")
        return ("Er du uenig? Så kan du klage. Du skal klage til kommunen. Det skal ske inden 4 uger. "
                "Kommunen ser på sagen igen. Hvis kommunen ikke ændrer noget, går klagen til Ankestyrelsen.")


# ----------------------------------------------------------------------------- block builders
# blocks: ("h", text, level) ("p", text) ("li", text) ("table", [[cells]...])
def H(t, lvl=2):
    return ("h", t, lvl)


def P(t):
    return ("p", t)


def LI(t):
    return ("li", t)


def T(rows):
    return ("table", rows)


LABELS = {
    "goal": ("Mål med mentorstøtten", "Goal of the mentor support", "Dit mål"),
    "mentor": ("Mentor (navn og kontaktdata)", "Your mentor (name and contact details)", "Din mentor"),
    "tasks": ("Mentorens opgaver", "What your mentor will help you with", "Det hjælper mentoren dig med"),
    "period": ("Periode", "Period", "Hvor længe?"),
    "hours": ("Timetal", "Hours", "Hvor mange timer?"),
    "fu": ("Opfølgning", "Follow-up", "Sådan følger vi op"),
    "appeal": ("Klagevejledning", "How to complain", "Hvis du er uenig"),
}


def field_values(doc, lang, appeal_needed):
    tl = doc.tasks_list(lang)
    vals = {
        "goal": doc.goal_text(lang), "mentor": doc.mentor_line(lang),
        "tasks": (("; ".join(tl) if lang == "en" else "; ".join(tl)) if tl else None),
        "period": doc.period(lang), "hours": doc.hours_text(lang), "fu": doc.fu_text(lang),
        "appeal": doc.appeal(lang, doc.rng.randint(0, 1)) if appeal_needed else None,
    }
    return vals, tl


def agreement_blocks(doc, style, title_kind="agreement"):
    """Returns (title, blocks) for an agreement or Min Plan entry in one of the language styles."""
    rng = doc.rng
    is_plan = title_kind == "minplan"
    appeal_needed = not is_plan
    order = ["goal", "mentor", "tasks", "period", "hours"] + ([] if is_plan else ["fu", "appeal"])
    if is_plan and rng.random() < 0.3:
        order.insert(5, "fu")
    # one rng state per language, same defect choices: draw vague/omit decisions once
    state = rng.getstate()
    en, en_tl = field_values(doc, "en", appeal_needed)
    rng.setstate(state)
    da, da_tl = field_values(doc, "da", appeal_needed)
    rng.setstate(state)
    let, let_tl = field_values(doc, "let", appeal_needed)
    rng.random()  # advance
    b = []
    cpr_line = []
    if doc.cpr:
        cpr_line = [f"CPR: {doc.cpr}"]
    if is_plan:
        title_da, title_en = "Min Plan – Mentorstøtte", "My Plan – Mentor support"
    else:
        title_da, title_en = "Aftale om mentorstøtte", "Mentor support agreement"

    if style == "en":
        title = f"{title_en} (English version)" if rng.random() < 0.5 else title_en
        b.append(H(title, 1))
        b.append(P(f"Name: {doc.citizen}" + (f" · {cpr_line[0]}" if cpr_line else "") + f" · Case no. {doc.case}"))
        b.append(P(f"{doc.muni[1]}, {doc.muni[4]}"))
        if not is_plan:
            b.append(P(f"This agreement is made under section 167 of the Danish Act on an Active Employment Effort (LAB). "
                       f"It is a translation of the Danish agreement dated {en_date(doc.letter_date)}."))
        else:
            b.append(P("Activity: Mentor support (LAB § 167). Printed from Min Plan on jobnet.dk."))
        for f in order:
            v = en[f]
            if v is None:
                continue
            b.append(H(LABELS[f][1]))
            if f == "tasks":
                b.append(P("Your mentor will:"))
                b += [LI(t) for t in en_tl]
            else:
                b.append(P(v))
        if not is_plan:
            b.append(P(f"Signed: {doc.citizen} (citizen) · {doc.mentor} (mentor) · {doc.cw} (caseworker)"))
        return title, b

    if style in ("bi_labels", "bi_cols"):
        title = f"{title_da} / {title_en}"
        b.append(H(title, 1))
        b.append(P(f"Borger / Citizen: {doc.citizen}" + (f"   CPR-nr.: {doc.cpr}" if doc.cpr else "")))
        b.append(P(f"Sagsnr. / Case no.: {doc.case}   Dato / Date: {da_date(doc.letter_date, True)}"))
        if style == "bi_labels":
            for f in order:
                if da[f] is None:
                    continue
                b.append(H(f"{LABELS[f][0]} / {LABELS[f][1]}"))
                if f == "tasks":
                    for x, y in zip(da_tl, en_tl):
                        b.append(LI(f"{x[0].upper() + x[1:]} / {y[0].upper() + y[1:]}"))
                else:
                    b.append(P(da[f]))
                    b.append(P(en[f]))
        else:
            rows = [["Dansk", "English"]]
            for f in order:
                if da[f] is None:
                    continue
                dv = "; ".join(da_tl) if f == "tasks" else da[f]
                ev = "; ".join(en_tl) if f == "tasks" else en[f]
                rows.append([f"{LABELS[f][0]}: {dv}", f"{LABELS[f][1]}: {ev}"])
            b.append(T(rows))
        b.append(P("Underskrift borger / Signature citizen: ____________   Mentor: ____________"))
        return title, b

    if style == "alt":
        title = title_da
        b.append(H(title, 1))
        b.append(P(f"Med engelsk oversættelse under hvert afsnit. English translation below each section."))
        b.append(P(f"Navn: {doc.citizen}" + (f", CPR-nr. {doc.cpr}" if doc.cpr else "") + f". Sagsnummer {doc.case}."))
        for f in order:
            if da[f] is None:
                continue
            b.append(H(LABELS[f][0]))
            if f == "tasks":
                b.append(P("Mentoren skal " + ", ".join(da_tl[:-1]) + " og " + da_tl[-1] + "."))
                b.append(P("In English: The mentor will " + ", ".join(en_tl[:-1]) + " and " + en_tl[-1] + "."))
            else:
                b.append(P(da[f]))
                b.append(P("In English: " + en[f]))
        return title, b

    if style == "summary":
        title = title_da
        b.append(H(title, 1))
        b.append(P(f"{doc.muni[1]} · {doc.muni[4]} · Sagsbehandler: {doc.cw}, tlf. {doc.cwphone}"))
        b.append(P(f"Borger: {doc.citizen}" + (f" ({doc.cpr})" if doc.cpr else "")))
        for f in order:
            if da[f] is None:
                continue
            b.append(H(LABELS[f][0]))
            if f == "tasks":
                b += [LI(t[0].upper() + t[1:]) for t in da_tl]
            else:
                b.append(P(da[f]))
        b.append(H("English summary"))
        parts = []
        if en["goal"]:
            parts.append(en["goal"] if en["goal"].lower().startswith(("the goal", "goal", "your goal", "the main")) else "Goal: " + en["goal"])
        if en["mentor"]:
            parts.append(f"Your mentor is {en['mentor']}.")
        if en_tl and en["tasks"]:
            parts.append("The mentor will " + ", ".join(en_tl[:-1]) + " and " + en_tl[-1] + ".")
        if en["period"]:
            parts.append(f"Period: {en['period']}.")
        if en["hours"]:
            parts.append(f"Hours: {en['hours']}.")
        if en["fu"]:
            parts.append(en["fu"])
        b.append(P(" ".join(parts)))
        if en["appeal"]:
            b.append(P(en["appeal"]))
        return title, b

    if style == "let":
        title = ("Din aftale om mentor – på let dansk" if not is_plan else "Min Plan – Mentor (let dansk)")
        b.append(H(title, 1))
        b.append(P(f"Til {doc.citizen}." + (f" Dit CPR-nummer er {doc.cpr}." if doc.cpr else "")))
        b.append(P("Her står det, vi har aftalt. Læs det med din mentor, hvis du vil."))
        for f in order:
            if let[f] is None:
                continue
            b.append(H(LABELS[f][2]))
            if f == "tasks":
                b += [LI(t) for t in let_tl]
            elif f == "hours" and let[f] == VAGUE_HOURS[2]:
                b.append(P(let[f]))
            elif f == "period" and doc.has("missing-duration"):
                b.append(P(let[f]))
            else:
                b.append(P(let[f]))
        return title, b

    if style == "interp":
        lang = LANGS[sum(map(ord, doc.citizen)) % len(LANGS)]
        title = title_da
        b.append(H(title, 1))
        b.append(T([["Borger", doc.citizen + (f", {doc.cpr}" if doc.cpr else "")], ["Sagsnr.", doc.case],
                    ["Sagsbehandler", f"{doc.cw}, {doc.muni[1]}"]]))
        rows = []
        for f in order:
            if da[f] is None or f == "appeal":
                continue
            rows.append([LABELS[f][0], "; ".join(da_tl) if f == "tasks" else da[f]])
        b.append(T(rows))
        if da["appeal"]:
            b.append(H(LABELS["appeal"][0]))
            b.append(P(da["appeal"]))
        b.append(H("Tolkens påtegning"))
        b.append(P(f"Aftalen er gennemgået og oversat mundtligt til {lang} ved mødet den {da_date(doc.letter_date)}. "
                   f"Tolk: {rng.choice(['Said Omar', 'Hiwet Berhane', 'Iryna Bondar', 'Farid Sultani'])}, Tolkeservice Øst (tolk nr. {rng.randint(100, 999)}). "
                   f"Borgeren har bekræftet at have forstået indholdet."))
        b.append(P(f"Interpreter's note: The agreement was interpreted orally into {LANGS_EN[lang]}. The citizen confirmed that "
                   "the content was understood."))
        return title, b

    if style == "email":
        title = "Your mentor agreement – in English" if not is_plan else "Your plan (Min Plan) – mentor support in English"
        b.append(P(f"Dear {doc.first},"))
        b.append(P("As promised at our meeting, here is what we agreed about your mentor support, written in English. "
                   "The Danish version is the official one and is in your Digital Post."))
        if en["goal"]:
            b.append(P(en["goal"] if en["goal"][0:4] in ("Your", "The ", "Goal") else "Goal: " + en["goal"]))
        if en["mentor"]:
            b.append(P(f"Your mentor: {en['mentor']}"))
        if en_tl and en["tasks"]:
            b.append(P("Your mentor will help you with these things:"))
            b += [LI(t) for t in en_tl]
        if en["period"]:
            b.append(P(f"Period: {en['period']}"))
        if en["hours"]:
            b.append(P(f"Hours with your mentor: {en['hours']}"))
        if en["fu"]:
            b.append(P(f"Follow-up: {en['fu']}"))
        if en["appeal"]:
            b.append(P(f"How to complain: {en['appeal']}"))
        b.append(P(f"Best regards\n{doc.cw}\nCaseworker, {doc.muni[1]}\nTel. {doc.cwphone}"))
        return title, b
    raise ValueError(style)


def decision_blocks(doc, style, sub):
    rng = doc.rng
    m = doc.muni
    bil = style in ("bi_labels", "summary")
    en_main = style in ("en", "email")
    v = rng.randint(0, 1)
    state = rng.getstate()
    ap_en = doc.appeal("en", v)
    rng.setstate(state)
    ap_da = doc.appeal("da", v)
    rng.setstate(state)
    ap_let = doc.appeal("let", v)
    p_en = f"{en_date(doc.start)} – {en_date(doc.end)}"
    p_da = f"{da_date(doc.start)} til {da_date(doc.end)}"
    hrs = doc.hours
    b = []
    subj_en = {"grant": "Decision: You are granted mentor support", "partial": "Decision: Partial grant of mentor support",
               "refusal": "Decision: Refusal of mentor support", "extension": "Decision: Extension of your mentor support",
               "end": "Decision: Your mentor support will stop"}[sub]
    subj_da = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
               "refusal": "Afgørelse – afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
               "end": "Afgørelse om ophør af mentorstøtte"}[sub]
    en_body = {
        "grant": [f"You applied for mentor support on {en_date(doc.letter_date - dt.timedelta(days=14))}. We have decided to grant you mentor support under section 167 of the Act on an Active Employment Effort (LAB).",
                  f"The support runs in the period {p_en}. You get {hrs[1]}. Your mentor is {doc.mentor} from {doc.mentor_org}."],
        "partial": [f"You applied for mentor support for 12 months with 5 hours per week. We grant you mentor support in the period {p_en}, {hrs[1]}.",
                    "Reasons: Under LAB § 167 mentor support can be given for at most 6 months at a time. We have assessed that the number of hours granted is enough for you to follow the Danish classes and the work placement. We will make a new assessment before the period ends."],
        "refusal": ["You applied for mentor support. We have decided to refuse your application.",
                    f"Reasons: Mentor support under LAB § 167 must help you get a job or start an education. You already have a contact person at the language school and an SPS supporter at {doc.city} VUC, who help you with the same tasks. We have given weight to the information from your meeting with your caseworker on {en_date(doc.letter_date - dt.timedelta(days=10))}."],
        "extension": [f"Your mentor support is extended for a new period: {p_en}. You keep {hrs[1]} with {doc.mentor}.",
                      "Reasons: At the evaluation meeting we agreed that you are close to your goal but need more support in the first months of your new job. After a concrete assessment we grant a new period (LAB § 167, subsection 1)."],
        "end": [f"Your mentor support stops on {en_date(doc.end)}.",
                "Reasons: You have started an ordinary job of 30 hours a week and no longer need a mentor. At the last follow-up meeting you said yourself that things are going well."],
    }[sub]
    da_body = {
        "grant": [f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.",
                  f"Støtten gælder i perioden {p_da}. Du får {hrs[2]}. Din mentor er {doc.mentor} fra {doc.mentor_org}."],
        "partial": [f"Du har søgt om mentorstøtte i 12 måneder med 5 timer om ugen. Du får bevilget mentorstøtte i perioden {p_da}, {hrs[2]}.",
                    "Begrundelse: Efter LAB § 167 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at timetallet er nok til, at du kan følge danskundervisningen og praktikken."],
        "refusal": ["Du har søgt om mentorstøtte. Vi giver dig afslag.",
                    f"Begrundelse: Mentorstøtte efter LAB § 167 skal hjælpe dig i job eller uddannelse. Du har allerede en kontaktperson på sprogskolen og SPS-støtte på {doc.city} VUC, som hjælper med de samme ting."],
        "extension": [f"Din mentorstøtte forlænges i en ny periode: {p_da}. Du har fortsat {hrs[2]} med {doc.mentor}.",
                      "Begrundelse: På evalueringsmødet aftalte vi, at du er tæt på dit mål, men har brug for støtte de første måneder i dit nye job."],
        "end": [f"Din mentorstøtte ophører den {da_date(doc.end)}.",
                "Begrundelse: Du er startet i ordinært job på 30 timer om ugen og har ikke længere brug for mentor."],
    }[sub]
    head = [P(f"{m[1]} · {m[4]} · Tel. {m[2]}"), P(f"To: {doc.citizen}" + (f", CPR no. {doc.cpr}" if doc.cpr else "")),
            P(f"Date: {en_date(doc.letter_date)} · Case no. {doc.case}")]
    if en_main:
        title = subj_en
        if style == "email":
            b.append(P(f"Dear {doc.first},"))
            b.append(P("Here is the decision about your mentor support in English. The letter in Danish has been sent to your Digital Post."))
        else:
            b.append(H(title, 1))
            b += head
            b.append(P(f"Dear {doc.first}"))
        b += [P(x) for x in en_body]
        if ap_en:
            b.append(H("How to complain"))
            b.append(P(ap_en))
        b.append(P(f"Kind regards\n{doc.cw}, caseworker"))
        return title, b
    if bil:
        title = f"{subj_da} / {subj_en}"
        b.append(H(title, 1))
        b.append(P(f"{m[1]} · {m[4]}"))
        b.append(P(f"Til / To: {doc.citizen}" + (f" · CPR-nr.: {doc.cpr}" if doc.cpr else "") + f" · Sagsnr. / Case no. {doc.case}"))
        if style == "bi_labels":
            b.append(H("Afgørelse / Decision"))
            for x, y in zip(da_body, en_body):
                b.append(P(x)); b.append(P(y))
            if ap_da:
                b.append(H("Klagevejledning / How to complain"))
                b.append(P(ap_da)); b.append(P(ap_en))
        else:
            b += [P(x) for x in da_body]
            if ap_da:
                b.append(H("Klagevejledning")); b.append(P(ap_da))
            b.append(H("English summary"))
            b += [P(y) for y in en_body]
            if ap_en:
                b.append(P(ap_en))
        return title, b
    if style == "let":
        title = subj_da + " – let dansk"
        b.append(H(title, 1))
        b.append(P(f"Til {doc.citizen}." + (f" CPR: {doc.cpr}." if doc.cpr else "")))
        b += [P(x) for x in da_body]
        if ap_da:
            b.append(H("Hvis du er uenig"))
            b.append(P(ap_let))
        return title, b
    # interp / alt: Danish letter with English paragraph after each
    title = subj_da
    b.append(H(title, 1))
    b.append(P(f"{m[1]}, {m[4]}. Dato: {da_date(doc.letter_date)}. Sagsnr. {doc.case}."))
    b.append(P(f"Kære {doc.first}" + (f" (CPR-nr. {doc.cpr})" if doc.cpr else "")))
    for x, y in zip(da_body, en_body):
        b.append(P(x)); b.append(P("English: " + y))
    if ap_da:
        b.append(H("Klagevejledning"))
        b.append(P(ap_da)); b.append(P("English: " + ap_en))
    if style == "interp":
        b.append(P(f"Tolkens note: Afgørelsen er læst op og oversat mundtligt på telefon ved tolk {rng.choice(['Said Omar', 'Hiwet Berhane', 'Iryna Bondar'])}."))
    return title, b


# ----------------------------------------------------------------------------- near misses (unknown)
def unknown_docs(rng):
    out = []
    m = MUNIS
    out.append(("leaflet-what-is-a-mentor", "What is a mentor? – Information for citizens", [
        H("What is a mentor? – Information for citizens", 1),
        P("A mentor is a person who helps you with the things that make it hard to start a job or an education. The municipality can give you a mentor under section 167 of the Act on an Active Employment Effort."),
        H("What does the written agreement contain?"),
        LI("the goal of the mentor support – for example a job or an education"), LI("the mentor's name and contact details"),
        LI("the tasks the mentor will help you with"), LI("the period – at most 6 months at a time"),
        LI("the number of hours per week"), LI("how we follow up, for example a status meeting every month"),
        H("Can I complain?"),
        P("Yes. You can complain to the municipality within 4 weeks after you received the decision. The municipality reconsiders the decision and sends it on to Ankestyrelsen if it is upheld."),
        P("This leaflet is general information. It is not a decision and not an agreement.")]))
    out.append(("leaflet-mentor-bilingual", "Mentorstøtte – kort fortalt / Mentor support – in short", [
        H("Mentorstøtte – kort fortalt / Mentor support – in short", 1),
        P("Alle borgere i målgrupperne i LAB kan få mentorstøtte. / All citizens in the target groups of LAB can get mentor support."),
        P("Mentorstøtte gives højst 6 måneder ad gangen med mulighed for forlængelse. / Mentor support is given for at most 6 months at a time, with the option of an extension."),
        P("Timetallet fastsættes efter behov, typisk 1-3 timer pr. uge. / The number of hours is set according to need, typically 1-3 hours per week."),
        P("Spørg din sagsbehandler. / Ask your caseworker.")]))
    out.append(("sprogcenter-letter", "Letter from Sprogcenter Midt: your Danish classes", [
        H("Sprogcenter Midt – your Danish classes from August", 1),
        P("Dear student,"),
        P("Welcome back after the summer. Your classes on Danish module 3.2 start Monday 10 August 2026. You have classes Monday, Tuesday and Thursday from 9.00 to 12.15 in room 204."),
        P("Your teacher is Karen Holt, tel. 87 12 45 90, kaho@sprogcentermidt.dk. The module test is on 14 December 2026."),
        P("If you have a mentor from the municipality, you are welcome to bring your mentor to the first lesson."),
        P("Remember to register your absence in the app before 8.30. Your attendance is reported to the municipality every month."),
        P("Kind regards, Sprogcenter Midt")]))
    out.append(("status-report-en", "Status report – mentor support", [
        H("Status report – mentor support (English version)", 1),
        P(f"Citizen: Tesfay Gebremedhin · Mentor: Jesper Kold, Kompetencecenter Øst, tel. 22 41 87 16 · Reporting period: March–May 2026"),
        H("Progress"),
        P("Tesfay has met at the work placement four days a week since April. He has been late twice. We have practised the bus route and the roster."),
        H("Hours used"),
        P("In the period, 26 mentor hours were used (approx. 2 hours per week)."),
        H("Recommendation"),
        P("The mentor recommends that the support continues for three more months. The municipality decides on an extension.")]))
    out.append(("welcome-letter", "Welcome to Mentorhuset", [
        H("Welcome to Mentorhuset!", 1),
        P("Dear new participant,"),
        P("We are happy that you are starting with us. Your first meeting with your mentor is on Tuesday at 10.00 at our office in Køge, Jernbanegade 8."),
        P("At the first meeting we will get to know each other, and together we will write your mentor agreement with the municipality."),
        P("Bring your NemID/MitID, your health card and any letters you have received from the municipality."),
        P("If you need an interpreter, please tell us before the meeting. Call us on 56 63 11 20."),
        P("Best wishes, the team at Mentorhuset")]))
    out.append(("invitation-email", "Invitation: meeting about mentor support", [
        P("Dear Olena,"),
        P("I would like to invite you to a meeting on Thursday 19 March 2026 at 13.00 at the job centre, room 2.14, to talk about whether a mentor could help you."),
        P("An interpreter (Ukrainian) has been booked. Please bring your school papers."),
        P("Best regards\nMette Kjær, caseworker, Jobcenter Aarhus\nTel. 41 87 22 90")]))
    out.append(("interpreter-booking", "Booking confirmation – interpreter", [
        H("Booking confirmation – Tolkeservice Øst", 1),
        T([["Language", "Tigrinya"], ["Date", "24 April 2026, 10:00-11:00"], ["Place", "Jobcenter Køge, Torvet 1"],
           ["Requested by", "Camilla Sørensen, Jobcenter Køge"], ["Assignment", "Meeting about mentor agreement"],
           ["Interpreter", "Hiwet Berhane"]]),
        P("Cancellation later than 24 hours before the assignment will be invoiced.")]))
    out.append(("invoice-en", "Invoice – mentor hours March 2026", [
        H("INVOICE no. 2026-0341", 1),
        P("Broen til Job ApS · CVR 38 12 44 90 · To: Herning Kommune, Beskæftigelse"),
        T([["Description", "Hours", "Rate", "Amount"], ["Mentor support, citizen ref. 2026-44120, March 2026", "12", "DKK 475", "DKK 5,700"],
           ["Travel time", "2", "DKK 475", "DKK 950"], ["Total excl. VAT", "", "", "DKK 6,650"]]),
        P("Payment within 30 days. EAN 5798005770053.")]))
    out.append(("minutes-network", "Minutes – network meeting", [
        H("Minutes of network meeting, 4 May 2026", 1),
        P("Present: Fatima Al-Hassan (citizen), Zainab Ali (mentor), Louise Brandt (caseworker), interpreter (Arabic)."),
        H("1. How is it going?"), P("Fatima attends the FGU three days a week. The mentor helps with homework and transport."),
        H("2. Next steps"), P("Louise will look at whether the mentor support should continue after the summer. Next meeting in June."),
        P("Minutes taken by: Louise Brandt")]))
    out.append(("complaint-guide-en", "How to complain about a decision from the municipality", [
        H("How to complain about a decision from the municipality", 1),
        P("Guide for citizens. This guide explains the rules in general."),
        P("If you disagree with a decision, you must complain to the municipality within 4 weeks. The municipality reconsiders the decision within 4 weeks. If it keeps the decision, your complaint is sent to Ankestyrelsen."),
        P("Ankestyrelsen will ask for your name, address, CPR number and the case number."),
        P("You cannot complain directly to Ankestyrelsen.")]))
    out.append(("translation-certificate", "Certificate of translation", [
        H("Certificate of translation", 1),
        P("I, Farid Sultani, certified translator, hereby confirm that the attached English document is a true and complete translation of the Danish original 'Aftale om mentorstøtte' dated 12 February 2026."),
        P("Translation order no. T-2026-118. Fee: DKK 1,240."),
        P("Copenhagen, 16 February 2026")]))
    out.append(("private-mentor-club", "Mentor agreement – Football for all (volunteer programme)", [
        H("Mentor agreement – Football for All (volunteer programme)", 1),
        P("This is an agreement between you and your volunteer mentor in the club's 'Friends on the pitch' programme. It is not an agreement with the municipality."),
        P("Goal: to get to know new people and practise Danish."),
        P("Your mentor: Ole from U17 coaching staff, tel. 30 22 41 19."),
        P("We meet at training on Wednesdays from 17.00 to 19.00, from March to June."),
        P("You can stop at any time. Talk to the club's coordinator if something is wrong.")]))
    out.append(("newsletter", "Newsletter from Integrationshuset – spring 2026", [
        H("Newsletter from Integrationshuset – spring 2026", 1),
        P("This spring we have welcomed 14 new participants in our mentor programme. Three have started in a job and two in education."),
        P("New: open homework café every Tuesday 15-17. Danish conversation group on Thursdays."),
        P("Our mentors are available on weekdays 8-16. Read more on our website.")]))
    out.append(("sent-notice", "Notice: you have received a letter", [
        P("You have received a new letter from Vejle Kommune in Digital Post: 'Aftale om mentorstøtte'."),
        P("Log in on borger.dk or in the Digital Post app to read it. This message is sent automatically and you cannot reply to it.")]))
    out.append(("mentor-job-ad", "Job: mentor with Arabic or Tigrinya", [
        H("We are hiring: mentor with Arabic or Tigrinya", 1),
        P("Trin for Trin ApS is looking for a mentor for 30 hours a week. You will support citizens in work placements and education."),
        P("You speak Danish and Arabic or Tigrinya. Send your application before 15 June 2026 to job@trinfortrin.dk.")]))
    out.append(("let-dansk-guide", "Hvad er en mentor? – let dansk", [
        H("Hvad er en mentor? – let dansk", 1),
        P("En mentor er en person, der hjælper dig. Mentoren hjælper dig med at komme i job eller uddannelse."),
        P("Du og kommunen laver en aftale. I aftalen står dit mål. Der står, hvem din mentor er. Der står, hvad mentoren skal hjælpe med."),
        P("Der står også, hvor længe du har mentor. Det er højst 6 måneder. Og der står, hvor mange timer du får om ugen."),
        P("Er du uenig i kommunens afgørelse? Så kan du klage til kommunen inden 4 uger."),
        P("Spørg din sagsbehandler, hvis du vil vide mere.")]))
    out.append(("partshoring-en", "Before we decide: your comments", [
        H("Before we make a decision – we would like your comments", 1),
        P("Dear Ahmad, we are considering stopping your mentor support because you have not met with your mentor for six weeks."),
        P("Before we decide, you can tell us your view. Please contact us within 8 days, by phone 43 57 75 75 or by e-mail."),
        P("No decision has been made yet. Kind regards, Henrik Nygaard, Ishøj Kommune")]))
    out.append(("course-programme", "Course programme: Job-ready in Danish workplaces", [
        H("Job-ready in Danish workplaces – a course for citizens with another mother tongue", 1),
        P("Week 1: Danish workplace culture. Week 2: Safety and rules. Week 3: CV and job interview. Week 4: Work placement visit."),
        P("Each participant is offered a mentor during the course. The course runs 4 weeks, 20 hours a week, at AMU Syd."),
        P("Register through your caseworker.")]))
    return out


# ----------------------------------------------------------------------------- renderers
def to_text(title, blocks, md=False):
    lines = []
    for bl in blocks:
        if bl[0] == "h":
            if md:
                lines.append("#" * bl[2] + " " + bl[1])
            else:
                lines.append(bl[1].upper() if bl[2] == 1 else bl[1] if bl[1].endswith(("?", ":")) else bl[1] + ":")
        elif bl[0] == "p":
            lines.append(bl[1])
        elif bl[0] == "li":
            lines.append(("- " if md else "• ") + bl[1])
            continue
        elif bl[0] == "table":
            if md:
                rows = bl[1]
                lines.append("| " + " | ".join(rows[0]) + " |")
                lines.append("|" + "---|" * len(rows[0]))
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                lines += ["   ".join(r) for r in bl[1]]
        lines.append("")
    # join list items compactly
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def to_html(title, blocks):
    o = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>"]
    inlist = False
    for bl in blocks:
        if bl[0] != "li" and inlist:
            o.append("</ul>"); inlist = False
        if bl[0] == "h":
            o.append(f"<h{bl[2]}>{html.escape(bl[1])}</h{bl[2]}>")
        elif bl[0] == "p":
            o.append("<p>" + html.escape(bl[1]).replace("\n", "<br>") + "</p>")
        elif bl[0] == "li":
            if not inlist:
                o.append("<ul>"); inlist = True
            o.append(f"<li>{html.escape(bl[1])}</li>")
        elif bl[0] == "table":
            o.append("<table border=\"1\">" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in bl[1]) + "</table>")
    if inlist:
        o.append("</ul>")
    o.append("</body></html>")
    return "\n".join(o)


def write_docx(path, title, blocks):
    import docx
    doc = docx.Document()
    for bl in blocks:
        if bl[0] == "h":
            doc.add_heading(bl[1], level=min(bl[2], 3))
        elif bl[0] == "p":
            doc.add_paragraph(bl[1])
        elif bl[0] == "li":
            doc.add_paragraph(bl[1], style="List Bullet")
        elif bl[0] == "table":
            rows = bl[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    doc.core_properties.title = title
    doc.core_properties.author = "Sagsbehandler"
    doc.core_properties.created = dt.datetime(2026, 1, 1, 9, 0)
    doc.core_properties.modified = dt.datetime(2026, 1, 1, 9, 0)
    doc.core_properties.last_modified_by = "Sagsbehandler"
    doc.save(path)


def write_pdf(path, title, blocks):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    esc = lambda s: html.escape(s).replace("\n", "<br/>")
    for bl in blocks:
        if bl[0] == "h":
            story.append(Paragraph(esc(bl[1]), ss["Heading1" if bl[2] == 1 else "Heading3"]))
        elif bl[0] == "p":
            story.append(Paragraph(esc(bl[1]), ss["BodyText"]))
        elif bl[0] == "li":
            story.append(Paragraph("• " + esc(bl[1]), ss["BodyText"]))
        elif bl[0] == "table":
            rows = bl[1]
            w = 480 / len(rows[0])
            data = [[Paragraph(esc(c), ss["BodyText"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w] * len(rows[0]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title=title, invariant=1).build(story)


def write_odt(path, title, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.text import H as OH, P as OP, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    for bl in blocks:
        if bl[0] == "h":
            doc.text.addElement(OH(outlinelevel=bl[2], text=bl[1]))
        elif bl[0] == "p":
            for line in bl[1].split("\n"):
                doc.text.addElement(OP(text=line))
        elif bl[0] == "li":
            lst = List(); it = ListItem(); it.addElement(OP(text=bl[1])); lst.addElement(it); doc.text.addElement(lst)
        elif bl[0] == "table":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(bl[1][0])))
            for r in bl[1]:
                tr = TableRow()
                for c in r:
                    tc = TableCell(); tc.addElement(OP(text=c)); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path, title, blocks):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 "]
    for bl in blocks:
        if bl[0] == "h":
            o.append(r"{\b\fs28 " + rtf_esc(bl[1]) + r"}\par ")
        elif bl[0] == "p":
            o.append(rtf_esc(bl[1]) + r"\par ")
        elif bl[0] == "li":
            o.append(r"\bullet  " + rtf_esc(bl[1]) + r"\par ")
        elif bl[0] == "table":
            for r in bl[1]:
                o.append(r"\trowd" + "".join(f"\\cellx{3000 * (j + 1)}" for j in range(len(r))))
                o.append("".join(r"\intbl " + rtf_esc(c) + r"\cell " for c in r) + r"\row ")
            o.append(r"\pard ")
    o.append("}")
    Path(path).write_text("".join(o), encoding="ascii")


def write_eml(path, title, blocks, sender, to, date):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = title
    msg["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 10, 12, tzinfo=dt.timezone.utc))
    msg.set_content(to_text(title, blocks).replace("• ", "- "))
    Path(path).write_bytes(bytes(msg))


def normalize_zip(path):
    """Rewrite a DOCX/ODT package with fixed member timestamps, so that runs are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(ni, data)


def render(path: Path, fmt, title, blocks, meta):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        path.write_text(to_text(title, blocks), encoding="utf-8")
    elif fmt == "md":
        path.write_text(to_text(title, blocks, md=True), encoding="utf-8")
    elif fmt == "html":
        path.write_text(to_html(title, blocks), encoding="utf-8")
    elif fmt == "docx":
        write_docx(path, title, blocks)
        normalize_zip(path)
    elif fmt == "pdf":
        write_pdf(path, title, blocks)
    elif fmt == "odt":
        write_odt(path, title, blocks)
        normalize_zip(path)
    elif fmt == "rtf":
        write_rtf(path, title, blocks)
    elif fmt == "eml":
        write_eml(path, title, blocks, meta.get("from", "sagsbehandler@kommune.dk"), meta.get("to", "borger@example.dk"),
                  meta.get("date", dt.date(2026, 3, 1)))


# ----------------------------------------------------------------------------- plan
AGR_DEFECTS = [[], [], ["missing-goal"], [], ["missing-mentor"], ["missing-tasks"], [], ["missing-duration"],
               ["missing-follow-up"], [], ["missing-hours", "unclear-goal"], ["missing-appeal-guidance"], [], ["duration-over-6-months"],
               ["unclear-goal"], [], ["missing-follow-up", "missing-hours"], ["missing-appeal-guidance", "unclear-goal"],
               [], ["missing-mentor", "duration-over-6-months"], ["missing-tasks", "missing-appeal-guidance"], [],
               ["missing-duration", "missing-follow-up"], ["missing-goal", "missing-hours"]]
PLAN_DEFECTS = [[], ["missing-goal"], [], ["missing-mentor"], ["missing-tasks"], [], ["missing-duration"],
                ["missing-hours"], [], ["duration-over-6-months"], ["unclear-goal"], [], ["missing-mentor", "missing-hours"],
                ["unclear-goal", "duration-over-6-months"], []]
DEC_DEFECTS = [[], ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["duration-over-6-months"], [],
               ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["missing-appeal-guidance", "duration-over-6-months"], []]
STYLES = ["en", "bi_labels", "bi_cols", "alt", "summary", "let", "interp", "email"]
FMT_BY_STYLE = {"en": ["docx", "pdf", "html", "txt", "odt", "rtf", "md"],
                "bi_labels": ["docx", "pdf", "odt", "html", "rtf"],
                "bi_cols": ["docx", "pdf", "html", "odt"],
                "alt": ["docx", "txt", "pdf", "rtf", "odt"],
                "summary": ["pdf", "docx", "html", "odt", "txt"],
                "let": ["docx", "pdf", "md", "html", "txt"],
                "interp": ["docx", "pdf", "odt", "rtf"],
                "email": ["eml"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    entries = []
    n = 0

    def add(kind, sub, style, fmt, defects, idx, dec_sub=None):
        nonlocal n
        doc = Doc(rng, idx, kind, defects)
        if rng.random() < 0.21:
            doc.cpr = fake_cpr(rng)
        if kind == "decision":
            title, blocks = decision_blocks(doc, style, dec_sub)
            rules = set(defects)
            if dec_sub == "refusal":
                rules.discard("duration-over-6-months")
        else:
            title, blocks = agreement_blocks(doc, style, kind)
            rules = set(defects)
            if kind == "minplan":
                rules -= {"missing-appeal-guidance", "missing-follow-up"}
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser"}[kind]
        slug = f"{n:03d}-{style}-{(dec_sub or kind)}"
        rel = f"{folder}/{slug}.{fmt}"
        render(out / rel, fmt, title, blocks, {"from": f"{doc.cw} <{doc.cw.split()[0].lower()}@{doc.muni[3].split('@')[1]}>",
                                               "to": f"{doc.citizen} <borger{n}@example.com>", "date": doc.letter_date})
        traits = [f"style:{style}", f"lang:{'en' if style in ('en', 'email') else 'da' if style in ('let',) else 'da+en' if style != 'interp' else 'da+note'}"]
        traits += [f"defect:{x}" for x in sorted(defects)]
        mnc = []
        if doc.cpr:
            traits.append("cpr")
            mnc = [doc.cpr, doc.cpr.replace("-", "")]
        period = None
        has_period = (kind != "decision" and "missing-duration" not in defects) or (kind == "decision" and dec_sub != "refusal")
        if has_period:
            period = {"start": doc.start.isoformat(), "end": doc.end.isoformat()}
            if dec_sub == "end":
                period = None
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": dec_sub or kind, "layout": f"{style}",
                        "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": traits, "period": period})
        n += 1

    # agreements: 36
    for i in range(36):
        style = STYLES[i % len(STYLES)]
        fmts = FMT_BY_STYLE[style]
        add("agreement", "agreement", style, fmts[(i // len(STYLES)) % len(fmts)], AGR_DEFECTS[i % len(AGR_DEFECTS)], i)
    # min plan: 24 (no e-mail style half the time: plan prints are documents)
    plan_styles = ["en", "bi_labels", "bi_cols", "alt", "summary", "let", "en", "bi_cols"]
    for i in range(24):
        style = plan_styles[i % len(plan_styles)]
        fmts = FMT_BY_STYLE[style]
        add("minplan", "minplan", style, fmts[(i // len(plan_styles) + 1) % len(fmts)], PLAN_DEFECTS[i % len(PLAN_DEFECTS)], 100 + i)
    # decisions: 22
    subs = ["grant", "partial", "refusal", "extension", "end", "grant"]
    dec_styles = ["en", "bi_labels", "summary", "alt", "let", "interp", "email"]
    for i in range(22):
        style = dec_styles[i % len(dec_styles)]
        sub = subs[i % len(subs)]
        defects = list(DEC_DEFECTS[i % len(DEC_DEFECTS)])
        if sub in ("refusal", "end", "partial"):
            defects = [x for x in defects if x != "duration-over-6-months"]
        fmts = FMT_BY_STYLE.get(style, ["docx"])
        add("decision", sub, style, fmts[(i // len(dec_styles)) % len(fmts)], defects, 200 + i, dec_sub=sub)
    # unknown: 19
    ufmts = ["pdf", "docx", "html", "txt", "eml", "odt", "rtf", "md"]
    for j, (slug, title, blocks) in enumerate(unknown_docs(rng)):
        fmt = "eml" if slug in ("invitation-email", "sent-notice") else ufmts[j % len(ufmts)]
        if fmt == "eml" and slug not in ("invitation-email", "sent-notice"):
            fmt = "pdf"
        rel = f"andet/{n:03d}-{slug}.{fmt}"
        render(out / rel, fmt, title, blocks, {"from": "info@example.dk", "to": "borger@example.com", "date": dt.date(2026, 4, 2)})
        entries.append({"path": rel, "format": fmt, "kind": "unknown", "subtype": slug, "layout": "near-miss",
                        "rules": [], "extras": [], "error": None, "accept_errors": [], "must_not_contain": [],
                        "traits": ["near-miss", "lang:en" if not slug.startswith("let") else "lang:da"], "period": None})
        n += 1

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
