"""Independent corpus "ds": mentor paperwork for citizens who do not read Danish well.

English agreements, decisions and Min Plan entries; bilingual Danish/English (table or paragraph
by paragraph); English letters quoting Danish law; plain-English summaries that carry the
agreement; simple Danish with English glosses; and documents that are none of the kinds
(English leaflets, meeting invitations, a mentor company's status report, an invoice).

Labels follow `mentordocs rules NAME` and /work/shared/domain.md, decided when the document is
written. Deterministic: fixed seed.

    /work/main/.venv/bin/python make_corpus_ds.py --out /work/corpora/ds
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SEED = 20261130

MUNIS = ["Aarhus Kommune", "Odense Kommune", "Vejle Kommune", "Høje-Taastrup Kommune",
         "Ishøj Kommune", "Horsens Kommune", "Herning Kommune", "Slagelse Kommune",
         "Albertslund Kommune", "Kolding Kommune", "Esbjerg Kommune", "Næstved Kommune"]
CITIZENS = ["Ahmed Hassan", "Fatima Al-Sayed", "Oleksandr Kovalenko", "Maryam Rahimi",
            "Tomasz Nowak", "Amina Yusuf", "Nguyen Thi Lan", "Yusuf Demir", "Olena Shevchenko",
            "Abdi Warsame", "Priya Raman", "Jakub Wiśniewski", "Hiba Khalil", "Mustafa Karimi",
            "Samira Osman", "Dawit Tesfaye", "Iryna Bondarenko", "Leyla Aziz"]
MENTORS = [("Sara Holm", "Jobbro ApS", "jobbro.dk"), ("Lars Østergaard", "Mentorhuset", "mentorhuset.dk"),
           ("Mette Kjær", "Brobyggerne", "brobyggerne.dk"), ("Jonas Friis", "Kommunens Mentorteam", None),
           ("Rikke Dahl", "Vejen Videre ApS", "vejenvidere.dk"), ("Kasper Lund", "Ung i Job", "ungijob.dk"),
           ("Henriette Bak", "Mentorkorps Syd", "mentorkorps-syd.dk"), ("Ali Mahmoud", "Bydelsmentor", None),
           ("Trine Vestergaard", "Lyngholm Mentor & Coaching", "lyngholm-mentor.dk"),
           ("Nadia Sørensen", "Kommunens Mentorteam", None)]
CASEWORKERS = ["Birgitte Lauridsen", "Peter Mogensen", "Hanne Iversen", "Søren Toft", "Camilla Brandt"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]

GOALS_EN = [
    ("{f} starts the AMU course as a warehouse worker (lagerarbejder) on {d} and attends at least four days a week.",
     "{f} starter på AMU-kurset som lagerarbejder den {dd} og møder mindst fire dage om ugen."),
    ("{f} is in a work placement (virksomhedspraktik) at Netto in {town} 15 hours a week by {d}, with a view to a wage-subsidy job.",
     "{f} er i virksomhedspraktik i Netto i {town} 15 timer om ugen senest {dd} med henblik på løntilskud."),
    ("{f} completes Danish module 3 at the language school (sprogskolen) and starts FVU reading by {d}.",
     "{f} gennemfører danskuddannelsens modul 3 og starter på FVU-læsning senest {dd}."),
    ("{f} begins the SOSU helper education (social- og sundhedshjælper) in {town} on {d} and keeps up attendance above 90 %.",
     "{f} begynder på SOSU-hjælperuddannelsen i {town} den {dd} og har et fremmøde over 90 %."),
    ("{f} gets an ordinary job of at least 20 hours a week in cleaning or kitchen work by {d}.",
     "{f} får et ordinært job på mindst 20 timer om ugen inden for rengøring eller køkken senest {dd}."),
    ("{f} starts at FGU (preparatory basic education) on {d} and attends all scheduled days in the first month.",
     "{f} starter på FGU den {dd} og møder alle skemalagte dage i den første måned."),
]
UNCLEAR_EN = [("Support for {f} to feel better and move forward in life.",
               "Støtte til at {f} får det bedre og kommer videre."),
              ("Help {f} with motivation and more self-confidence.",
               "Hjælp til motivation og mere selvværd."),
              ("Better well-being and a more stable everyday life.",
               "Øget trivsel og mere struktur på hverdagen.")]
TASKS_EN = [
    ("Go with {f} to the workplace the first two weeks", "Følge {f} til arbejdspladsen de første to uger"),
    ("Weekly conversation about attendance and transport", "Ugentlig samtale om fremmøde og transport"),
    ("Help read and answer letters from the municipality in Digital Post (e-Boks)",
     "Hjælpe med at læse og svare på breve fra kommunen i Digital Post (e-Boks)"),
    ("Help plan the week, including childcare and bus times", "Hjælpe med at planlægge ugen, også pasning og bustider"),
    ("Be a contact person for the workplace if problems come up",
     "Være kontaktperson for arbejdspladsen, hvis der opstår problemer"),
    ("Prepare meetings with the school counsellor", "Forberede møder med studievejlederen"),
    ("Help with homework structure and the school's online system (Lectio)",
     "Hjælpe med struktur på lektier og skolens system (Lectio)"),
]
APPEAL_FULL_EN = ("If you disagree with the decision, you can complain to {muni} within four weeks "
                  "(4 uger) from the day you received it. You can complain in writing or by phone. "
                  "The municipality will then reconsider the decision within four weeks. If the municipality "
                  "upholds it, your complaint is sent on to Ankestyrelsen (the National Social Appeals Board), "
                  "which makes the final decision. See section 204 of the Active Employment Act (LAB) and "
                  "chapter 10 of the Legal Protection Act (retssikkerhedsloven).")
APPEAL_FULL_DA = ("Hvis du ikke er enig i afgørelsen, kan du klage til {muni} inden 4 uger, fra du har modtaget "
                  "den. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder kommunen afgørelsen, sendes "
                  "klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.")
APPEAL_WEAK_EN = "You can complain about this decision if you do not agree."
APPEAL_WEAK_DA = "Du kan klage over afgørelsen."
APPEAL_DIRECT_EN = ("If you disagree, you can complain directly to Ankestyrelsen within 4 weeks. "
                    "Use the form on ast.dk.")


def en_date(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2:
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return d.isoformat()


def da_date(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {DA_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cpr(rng: random.Random) -> str:
    d = date(1970, 1, 1) + timedelta(days=rng.randrange(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng: random.Random) -> str:
    n = [rng.randrange(20, 99) for _ in range(4)]
    return " ".join(f"{x:02d}" for x in n)


@dataclass
class Case:
    citizen: str
    first: str
    muni: str
    town: str
    mentor: str
    company: str
    domain: str | None
    mphone: str
    memail: str
    caseworker: str
    cwphone: str
    start: date
    end: date
    hours: str
    hours_da: str
    goal_en: str
    goal_da: str
    tasks: list[tuple[str, str]]
    cpr: str | None
    journal: str
    defects: set[str] = field(default_factory=set)


def make_case(rng: random.Random, defects: set[str], with_cpr: bool) -> Case:
    citizen = rng.choice(CITIZENS)
    first = citizen.split()[0]
    muni = rng.choice(MUNIS)
    town = muni.replace(" Kommune", "")
    mentor, company, dom = rng.choice(MENTORS)
    mfirst = mentor.split()[0].lower().replace("ø", "oe")
    memail = f"{mfirst}@{dom}" if dom else f"{mfirst[:4]}{rng.randrange(10, 99)}@{town.lower().replace('ø', 'oe').replace('-', '')}.dk"
    start = date(2026, rng.randrange(1, 10), 1 if rng.random() < 0.6 else rng.choice([4, 15, 10]))
    months = rng.choice([3, 4, 6, 6])
    end = add_months(start, months) - timedelta(days=1)
    if "duration-over-6-months" in defects:
        end = add_months(start, rng.choice([7, 9, 12])) - timedelta(days=1)
    h = rng.choice([("2 hours per week", "2 timer pr. uge"), ("3 hours a week", "3 timer om ugen"),
                    ("1½ hours per week", "1½ time pr. uge"), ("4 hours per week", "4 timer pr. uge"),
                    ("8 hours per month", "8 timer om måneden")])
    gi = rng.randrange(len(GOALS_EN))
    gd = start + timedelta(days=rng.choice([30, 45, 60]))
    if "unclear-goal" in defects:
        ge, gda = rng.choice(UNCLEAR_EN)
    else:
        ge, gda = GOALS_EN[gi]
    fmt = dict(f=first, town=town, d=en_date(gd), dd=da_date(gd))
    tasks = rng.sample(TASKS_EN, rng.choice([2, 3, 4]))
    tasks = [(a.format(f=first), b.format(f=first)) for a, b in tasks]
    return Case(citizen, first, muni, town, mentor, company, dom, phone(rng), memail,
                rng.choice(CASEWORKERS), phone(rng), start, end, h[0], h[1],
                ge.format(**fmt), gda.format(**fmt), tasks, cpr(rng) if with_cpr else None,
                f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-G01-{rng.randrange(100, 999)}-26",
                set(defects))


# --------------------------------------------------------------------------------------------
# Document model: a list of blocks; renderers turn it into txt/docx/pdf/html.
# ("h", text) heading; ("p", text) paragraph; ("ul", [items]); ("table", [[cells]]); ("sig", text)

FOLLOW = [
    ("Status meeting with your mentor and caseworker every month. We evaluate the support "
     "14 days before the period ends.",
     "Statusmøde med mentor og sagsbehandler hver måned; evaluering 14 dage før ophør."),
    ("We follow up every four weeks at a meeting at the job centre. Sub-goal: attendance four days a "
     "week from the second month.",
     "Opfølgning hver 4. uge ved et møde på jobcentret. Delmål: fremmøde fire dage om ugen fra anden måned."),
    ("Follow-up meeting halfway through the period (midtvejsevaluering) and a final evaluation before the end.",
     "Midtvejsevaluering og slutevaluering før periodens udløb."),
]


def _follow(c: Case) -> tuple[str, str]:
    return FOLLOW[sum(map(ord, c.journal)) % len(FOLLOW)]


def follow_en(c: Case, rng: random.Random | None = None) -> str:
    return _follow(c)[0]


def follow_da(c: Case) -> str:
    return _follow(c)[1]


def mentor_en(c: Case, style: int) -> str:
    if "missing-mentor" in c.defects:
        return f"{c.mentor}, {c.company}" if style else c.mentor
    if style == 0:
        return f"{c.mentor}, {c.company}, phone {c.mphone}, {c.memail}"
    return f"{c.mentor} ({c.company}) – tel. {c.mphone} – e-mail {c.memail}"


def hours_en(c: Case) -> str:
    if "missing-hours" in c.defects:
        return "As needed (efter behov)"
    return c.hours


def hours_da(c: Case) -> str:
    return "Efter behov" if "missing-hours" in c.defects else c.hours_da


def period_en(c: Case, s: int) -> str:
    return f"{en_date(c.start, s)} – {en_date(c.end, s)}"


def agreement_en(c: Case, rng: random.Random, layout: str) -> list:
    d = c.defects
    title = rng.choice(["Mentor agreement", "Agreement on mentor support", "Your mentor agreement",
                        "Mentor Support Agreement (Aftale om mentorstøtte)"])
    s = rng.choice([0, 0, 1, 2])
    L = {"goal": rng.choice(["Goal of the mentor support", "Goal", "The goal of your mentor support", "Purpose"]),
         "mentor": rng.choice(["Mentor", "Your mentor", "Mentor's name and contact details", "Mentor contact"]),
         "tasks": rng.choice(["Tasks of the mentor", "What the mentor will help with", "Mentor's tasks",
                              "The mentor will help you with"]),
         "period": rng.choice(["Period", "Duration", "Duration of the agreement", "Agreement period"]),
         "follow": rng.choice(["Follow-up", "Follow-up and progress", "Evaluation"]),
         "hours": rng.choice(["Hours", "Number of hours", "Hours of mentor support"]),
         "appeal": rng.choice(["How to appeal", "Right to appeal", "Complaints", "Appeal guidance"])}
    blocks: list = [("h", title), ("p", f"{c.muni} · Case no. {c.journal}")]
    head = [("Citizen", c.citizen)]
    if c.cpr:
        head.append(("CPR no.", c.cpr))
    head.append(("Caseworker", f"{c.caseworker}, phone {c.cwphone}"))
    rows: list[tuple[str, str]] = []
    if "missing-goal" not in d:
        rows.append((L["goal"], c.goal_en))
    if "missing-mentor-all" not in d:
        rows.append((L["mentor"], mentor_en(c, rng.randrange(2))))
    if "missing-tasks" not in d:
        rows.append((L["tasks"], "; ".join(t for t, _ in c.tasks)))
    if "missing-duration" not in d:
        rows.append((L["period"], period_en(c, s)))
    else:
        rows.append((L["period"], "To be decided (aftales senere)"))
    if "missing-follow-up" not in d:
        rows.append((L["follow"], follow_en(c, rng)))
    rows.append((L["hours"], hours_en(c)))
    appeal = None
    if "missing-appeal-guidance" in d:
        appeal = APPEAL_WEAK_EN if rng.random() < 0.5 else None
    else:
        appeal = APPEAL_FULL_EN.format(muni=c.muni)
    if layout == "table":
        blocks.append(("table", [[a, b] for a, b in head]))
        blocks.append(("table", [[a, b] for a, b in rows]))
        if appeal:
            blocks += [("h", L["appeal"]), ("p", appeal)]
    else:
        for a, b in head:
            blocks.append(("p", f"{a}: {b}"))
        for a, b in rows:
            blocks.append(("h", a))
            if a == L["tasks"]:
                blocks.append(("ul", [t for t, _ in c.tasks]))
            else:
                blocks.append(("p", b))
        if appeal:
            blocks += [("h", L["appeal"]), ("p", appeal)]
    blocks.append(("sig", f"Signed: ______________ {c.citizen}      ______________ {c.mentor}      "
                          f"Date: {en_date(c.start - timedelta(days=3), s)}"))
    return blocks


def agreement_bilingual_table(c: Case, rng: random.Random) -> list:
    d = c.defects
    rows = [["", "Dansk", "English"]]
    if "missing-goal" not in d:
        rows.append(["Mål / Goal", c.goal_da, c.goal_en])
    m_da = (f"{c.mentor}, {c.company}" if "missing-mentor" in d
            else f"{c.mentor}, {c.company}, tlf. {c.mphone}, {c.memail}")
    m_en = (f"{c.mentor}, {c.company}" if "missing-mentor" in d
            else f"{c.mentor}, {c.company}, phone {c.mphone}, {c.memail}")
    rows.append(["Mentor", m_da, m_en])
    if "missing-tasks" not in d:
        rows.append(["Mentorens opgaver / Mentor's tasks", "\n".join("• " + b for _, b in c.tasks),
                     "\n".join("• " + a for a, _ in c.tasks)])
    if "missing-duration" not in d:
        rows.append(["Periode / Period", f"{da_date(c.start)} – {da_date(c.end)}", period_en(c, 0)])
    if "missing-follow-up" not in d:
        rows.append(["Opfølgning / Follow-up", follow_da(c), follow_en(c)])
    rows.append(["Timetal / Hours", hours_da(c), hours_en(c)])
    blocks = [("h", "Aftale om mentorstøtte – Agreement on mentor support"),
              ("p", f"{c.muni}, Jobcenter · Sagsnr./Case no. {c.journal}"),
              ("p", f"Borger / Citizen: {c.citizen}" + (f" · CPR: {c.cpr}" if c.cpr else "")),
              ("table", rows)]
    if "missing-appeal-guidance" not in d:
        blocks += [("h", "Klagevejledning / How to appeal"), ("p", APPEAL_FULL_DA.format(muni=c.muni)),
                   ("p", APPEAL_FULL_EN.format(muni=c.muni))]
    elif rng.random() < 0.5:
        blocks += [("h", "Klagevejledning / How to appeal"), ("p", APPEAL_WEAK_DA + " / " + APPEAL_WEAK_EN)]
    blocks.append(("sig", f"Underskrift / Signature: ____________ {c.citizen}   ____________ {c.caseworker}, sagsbehandler"))
    return blocks


def agreement_bilingual_paras(c: Case, rng: random.Random) -> list:
    d = c.defects
    b: list = [("h", "Aftale om mentorstøtte / Mentor support agreement"),
               ("p", f"{c.muni} – Sagsnummer / case number {c.journal}"),
               ("p", f"Navn / Name: {c.citizen}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else ""))]
    if "missing-goal" not in d:
        b += [("h", "1. Målet med mentorstøtten"), ("p", c.goal_da), ("p", "EN: " + c.goal_en)]
    b += [("h", "2. Mentor"),
          ("p", (f"Din mentor er {c.mentor}, {c.company}" + ("." if "missing-mentor" in d else
                 f", tlf. {c.mphone}, e-mail {c.memail}."))),
          ("p", f"EN: Your mentor is {c.mentor} from {c.company}." +
           ("" if "missing-mentor" in d else f" You can call {c.mphone} or write to {c.memail}."))]
    if "missing-tasks" not in d:
        b += [("h", "3. Mentorens opgaver"), ("ul", [x for _, x in c.tasks]),
              ("p", "EN: The mentor will help you with:"), ("ul", [x for x, _ in c.tasks])]
    if "missing-duration" not in d:
        b += [("h", "4. Varighed og opfølgning"),
              ("p", f"Aftalen gælder fra {da_date(c.start)} til {da_date(c.end)}."),
              ("p", f"EN: The agreement runs from {en_date(c.start)} to {en_date(c.end)}.")]
    else:
        b += [("h", "4. Varighed og opfølgning")]
    if "missing-follow-up" not in d:
        b += [("p", follow_da(c)), ("p", "EN: " + follow_en(c, rng))]
    b += [("h", "5. Timetal"), ("p", f"{hours_da(c)}."), ("p", f"EN: {hours_en(c)}.")]
    if "missing-appeal-guidance" not in d:
        b += [("h", "6. Klagevejledning"), ("p", APPEAL_FULL_DA.format(muni=c.muni)),
              ("p", "EN: " + APPEAL_FULL_EN.format(muni=c.muni))]
    b.append(("sig", f"Dato / Date: {da_date(c.start - timedelta(days=2), 1)}"))
    return b


def agreement_summary(c: Case, rng: random.Random) -> list:
    """Plain-English summary that carries the agreement (letter form)."""
    d = c.defects
    b: list = [("p", f"{c.muni}\nJobcenter {c.town}\n{en_date(c.start - timedelta(days=5))}"),
               ("p", f"To: {c.citizen}" + (f" (CPR {c.cpr})" if c.cpr else "")),
               ("h", "Your mentor agreement – in plain English"),
               ("p", f"Dear {c.first},"),
               ("p", "This is the agreement about your mentor support, written in plain English. "
                     "The Danish version is the legal one, but the content is the same.")]
    if "missing-goal" not in d:
        b.append(("p", f"What we want to reach: {c.goal_en}"))
    if "missing-mentor" in d:
        b.append(("p", f"Who your mentor is: {c.mentor} from {c.company}. Your mentor will contact you."))
    else:
        b.append(("p", f"Who your mentor is: {c.mentor} from {c.company}. Phone {c.mphone}, e-mail {c.memail}."))
    if "missing-tasks" not in d:
        b.append(("p", f"What {c.mentor.split()[0]} will help you with:"))
        b.append(("ul", [t for t, _ in c.tasks]))
    if "missing-duration" not in d:
        b.append(("p", f"How long: from {en_date(c.start)} to {en_date(c.end)}."))
    if "missing-hours" in d:
        b.append(("p", "How much time: your mentor will see you when you need it."))
    else:
        b.append(("p", f"How much time: {c.hours}."))
    if "missing-follow-up" not in d:
        b.append(("p", "How we check progress: " + follow_en(c, rng)))
    if "missing-appeal-guidance" not in d:
        b.append(("p", "If you do not agree: " + APPEAL_FULL_EN.format(muni=c.muni)))
    b += [("p", "Kind regards"), ("p", f"{c.caseworker}\nCaseworker, phone {c.cwphone}")]
    return b


def agreement_glossed(c: Case, rng: random.Random) -> list:
    """Simple Danish with English glosses in brackets."""
    d = c.defects
    b: list = [("h", "Aftale om mentor (Agreement about mentor)"),
               ("p", f"{c.muni}. Sag (case): {c.journal}"),
               ("p", f"Dit navn (your name): {c.citizen}" + (f". CPR: {c.cpr}" if c.cpr else ""))]
    if "missing-goal" not in d:
        b.append(("p", f"Mål (goal): {c.goal_da}"))
    b.append(("p", f"Mentor (mentor): {c.mentor}, {c.company}" +
              ("" if "missing-mentor" in d else f". Telefon (phone): {c.mphone}. Mail: {c.memail}")))
    if "missing-tasks" not in d:
        b.append(("p", "Mentor hjælper dig med (mentor helps you with):"))
        b.append(("ul", [f"{db} ({en[0].lower() + en[1:]})" for en, db in c.tasks]))
    if "missing-duration" not in d:
        b.append(("p", f"Periode (period): {da_date(c.start, 1)} – {da_date(c.end, 1)}"))
    b.append(("p", f"Timer (hours): {hours_da(c)}" + ("" if "missing-hours" in d else f" ({c.hours})")))
    if "missing-follow-up" not in d:
        b.append(("p", f"Opfølgning (follow-up): {follow_da(c)}"))
    if "missing-appeal-guidance" not in d:
        b.append(("p", "Klage (complaint): Er du ikke enig (do you not agree)? Klag til kommunen inden 4 uger "
                       "(within 4 weeks). Kommunen ser på sagen igen (looks at the case again). Hvis kommunen "
                       "ikke ændrer afgørelsen, sender vi klagen til Ankestyrelsen (the appeals board)."))
    b.append(("sig", f"Underskrift (signature): ____________   Dato (date): {da_date(c.start, 1)}"))
    return b


def decision_en(c: Case, rng: random.Random, variant: str) -> list:
    """English decision letter with Danish legal quotes."""
    d = c.defects
    b: list = [("p", f"{c.muni}\nJobcenter {c.town}\nCase no.: {c.journal}\n{en_date(c.start - timedelta(days=7))}"),
               ("p", f"{c.citizen}" + (f"\nCPR no. {c.cpr}" if c.cpr else "")),
               ("h", "Decision on mentor support (Afgørelse om mentorstøtte)")]
    if variant == "refusal":
        b.append(("p", f"Dear {c.first}, you have applied for mentor support. We have decided to refuse your "
                       "application (afslag)."))
        if "missing-reasons" not in d:
            b += [("h", "Reasons"),
                  ("p", "Under section 167(1) of the Active Employment Act (lov om en aktiv beskæftigelsesindsats) "
                        "mentor support can be given \"til personer, der har behov for støtte\" to get or keep a job "
                        "or an education. We have given weight to the fact that you already have support from the "
                        "school's study counsellor (SPS) and that you attend every day.")]
    else:
        part = variant == "partial"
        b.append(("p", f"Dear {c.first}, we have granted you mentor support under section 167 of the Active "
                       "Employment Act (LAB). The law says: \"Der kan ydes mentorstøtte … i en periode på højst "
                       "6 måneder\"." + (" You applied for 5 hours per week; we have granted fewer hours." if part else "")))
        b.append(("p", f"The support runs from {en_date(c.start)} to {en_date(c.end)}, "
                       f"{c.hours}. Your mentor is {c.mentor}, {c.company}, phone {c.mphone}."))
        if part and "missing-reasons" not in d:
            b += [("h", "Why we decided this"),
                  ("p", "We have given weight to your own description of your needs and to the mentor's "
                        "assessment. Cf. LAB § 167 and BAB § 123 (\"direkte kontakt mellem mentor og borger\").")]
        if "annex" in d:
            b.append(("p", "The agreement with your mentor is enclosed as Annex 1 (Bilag 1)."))
    if "missing-appeal-guidance" in d:
        if rng.random() < 0.5:
            b += [("h", "Appeal"), ("p", APPEAL_WEAK_EN)]
    elif "appeal-wrong-route" in d:
        b += [("h", "How to appeal"), ("p", APPEAL_DIRECT_EN)]
    else:
        b += [("h", "How to appeal (Klagevejledning)"), ("p", APPEAL_FULL_EN.format(muni=c.muni)),
              ("p", "Danish text: \"" + APPEAL_FULL_DA.format(muni=c.muni) + "\"")]
    b += [("p", "Kind regards"), ("p", f"{c.caseworker}\nCaseworker, direct phone {c.cwphone}")]
    if "annex" in d:
        b += [("h", "Annex 1 (Bilag 1): Agreement on mentor support"),
              ("table", [["Goal", c.goal_en], ["Mentor", f"{c.mentor}, {c.company}, tel. {c.mphone}, {c.memail}"],
                         ["Tasks", "; ".join(t for t, _ in c.tasks)], ["Period", period_en(c, 0)],
                         ["Follow-up", follow_en(c, rng)], ["Hours", c.hours]])]
    return b


def minplan(c: Case, rng: random.Random, bilingual: bool) -> list:
    d = c.defects
    title = "Min Plan – My Plan" if bilingual else rng.choice(["Min Plan (My Plan) – print", "My Plan – mentor support"])
    b: list = [("h", title), ("p", f"Printed {en_date(c.start, 1)} from {c.muni}'s job centre · {c.citizen}")]
    rows = [["Activity (Indsats)", "Mentor support (Mentorstøtte, LAB § 167)"]]
    if "missing-goal" not in d:
        rows.append(["Goal (Mål)", c.goal_da + (" / " + c.goal_en if bilingual else "") if bilingual else c.goal_en])
    if "missing-mentor" in d:
        rows.append(["Mentor", c.mentor])
    else:
        rows.append(["Mentor", f"{c.mentor}, {c.company}, tel. {c.mphone}, {c.memail}"])
    if "missing-tasks" not in d:
        rows.append(["Tasks (Opgaver)", "; ".join(t for t, _ in c.tasks)])
    if "missing-duration" not in d:
        rows.append(["Period (Periode)", f"{en_date(c.start, 1)} – {en_date(c.end, 1)}"])
    rows.append(["Hours (Timetal)", hours_en(c)])
    b.append(("table", rows))
    b.append(("p", "Your plan is also in the Min Plan app and on jobnet.dk. Contact your caseworker "
                   f"{c.caseworker} if something is wrong."))
    return b


# --------------------------------------------------------------------------------------------
# Non-kind documents.

def leaflet(rng: random.Random, muni: str) -> list:
    return [("h", "Mentor support – information for you"),
            ("p", f"{muni} can give you a mentor if you need extra support to start a job or an education."),
            ("h", "What is in a mentor agreement?"),
            ("ul", ["the goal of the mentor support", "the mentor's name and contact details",
                    "the tasks the mentor will help with", "how long the support lasts (at most 6 months at a time)",
                    "how many hours a week", "how you can complain"]),
            ("p", "Mentor support is given for up to 6 months. It can be extended after a concrete assessment. "
                  "If you disagree with a decision, you can complain to the municipality within 4 weeks."),
            ("p", "Ask your caseworker at the job centre. Opening hours: Monday–Thursday 9–15.")]


def invitation(c: Case, rng: random.Random) -> list:
    t = c.start + timedelta(days=rng.randrange(20, 60))
    return [("p", f"{c.muni}\n{en_date(c.start - timedelta(days=10))}"),
            ("p", f"To {c.citizen}" + (f", CPR {c.cpr}" if c.cpr else "")),
            ("h", "Invitation to a meeting about your mentor support"),
            ("p", f"Dear {c.first}, we invite you to a follow-up meeting on {en_date(t)} at 10:00 at "
                  f"Jobcenter {c.town}, room 2.14. Your mentor {c.mentor} will also attend."),
            ("p", "At the meeting we will talk about how the mentor support is going and your goals. "
                  "If you need an interpreter, please call us at least 3 days before."),
            ("p", f"If you cannot come, call {c.caseworker} on {c.cwphone}."),
            ("p", "Kind regards"), ("p", c.caseworker)]


def status_report(c: Case, rng: random.Random) -> list:
    return [("h", f"Status report – mentor support ({c.company})"),
            ("p", f"Citizen: {c.citizen} · Ordered by: {c.muni} · Report date: {en_date(c.end - timedelta(days=14))}"),
            ("table", [["Mentor", f"{c.mentor}, tel. {c.mphone}"], ["Period so far", period_en(c, 1)],
                       ["Hours used", f"{rng.randrange(18, 40)} hours"], ["Goal (from the agreement)", c.goal_en]]),
            ("h", "Progress"),
            ("p", f"{c.first} has met at the workplace on most days. We have worked on transport and on reading "
                  "letters. Absence fell from three days to one day a week."),
            ("h", "Recommendation"),
            ("p", "We recommend that the support continues at the same level. The caseworker decides."),
            ("sig", f"{c.mentor}, {c.company}")]


def invoice(c: Case, rng: random.Random) -> list:
    n = rng.randrange(10, 30)
    rate = rng.choice([495, 525, 560])
    return [("h", f"INVOICE no. 2026-{rng.randrange(100, 999)}"),
            ("p", f"{c.company}\nCVR {rng.randrange(10000000, 99999999)}\nTo: {c.muni}, Jobcenter, EAN 5798{rng.randrange(100000000, 999999999)}"),
            ("p", f"Your reference: {c.caseworker} · Case {c.journal}"),
            ("table", [["Description", "Qty", "Rate (DKK)", "Amount (DKK)"],
                       [f"Mentor support, {c.citizen}, {en_date(c.start, 1)}–{en_date(add_months(c.start, 1) - timedelta(days=1), 1)}",
                        f"{n} h", f"{rate:.2f}", f"{n * rate:,.2f}"],
                       ["VAT 0 % (public service)", "", "", "0.00"],
                       ["Total", "", "", f"{n * rate:,.2f}"]]),
            ("p", "Payment terms: 30 days. Bank: reg. 1234 account 0012345678.")]


# --------------------------------------------------------------------------------------------
# Renderers.

def to_text(blocks: list, md: bool = False) -> str:
    out = []
    for kind, val in blocks:
        if kind == "h":
            out.append(("## " + val) if md else (val + "\n" + "-" * min(len(val), 60)))
        elif kind in ("p", "sig"):
            out.append(val)
        elif kind == "ul":
            out.append("\n".join("- " + x for x in val))
        elif kind == "table":
            lines = []
            for row in val:
                cells = [c.replace("\n", " ") for c in row]
                lines.append(" | ".join(cells) if len(row) > 2 else f"{cells[0]}: {cells[1]}")
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def to_html(blocks: list, title: str) -> str:
    e = htmlmod.escape
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
             "<style>td{border:1px solid #999;padding:4px;vertical-align:top}</style></head><body><main>"]
    for kind, val in blocks:
        if kind == "h":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind in ("p", "sig"):
            parts.append("<p>" + "<br>".join(e(x) for x in val.split("\n")) + "</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join("<td>" + "<br>".join(e(x) for x in c.split("\n")) + "</td>"
                                            for c in r) + "</tr>" for r in val)
            parts.append(f"<table>{rows}</table>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def to_docx(blocks: list, path: Path) -> None:
    import docx
    doc = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=2)
        elif kind in ("p", "sig"):
            doc.add_paragraph(val)
        elif kind == "ul":
            for x in val:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    doc.save(str(path))


_FONT = None


def to_pdf(blocks: list, path: Path) -> None:
    global _FONT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, ListFlowable, ListItem
    if _FONT is None:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        _FONT = "DV"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=10, leading=13)
    head = ParagraphStyle("h", parent=ss["Heading2"], fontName="DVB", fontSize=12)
    e = htmlmod.escape
    story = []
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(e(val), head))
        elif kind in ("p", "sig"):
            story.append(Paragraph(e(val).replace("\n", "<br/>"), body))
            story.append(Spacer(1, 5))
        elif kind == "ul":
            story.append(ListFlowable([ListItem(Paragraph(e(x), body)) for x in val], bulletType="bullet",
                                      bulletFontName="DV"))
        elif kind == "table":
            ncol = len(val[0])
            widths = [130, 340] if ncol == 2 else [470 / ncol] * ncol
            data = [[Paragraph(e(c).replace("\n", "<br/>"), body) for c in r] for r in val]
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title="", author="").build(story)


def render(blocks: list, fmt: str, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        path.write_text(to_text(blocks), encoding="utf-8")
    elif fmt == "md":
        path.write_text(to_text(blocks, md=True), encoding="utf-8")
    elif fmt == "html":
        path.write_text(to_html(blocks, title), encoding="utf-8")
    elif fmt == "docx":
        to_docx(blocks, path)
    elif fmt == "pdf":
        to_pdf(blocks, path)
    elif fmt in ("odt", "rtf"):
        # Written as DOCX, converted by LibreOffice in one batch at the end (see convert_pending).
        src = path.with_suffix(".docx")
        to_docx(blocks, src)
        PENDING.append((src, path))


PENDING: list[tuple[Path, Path]] = []


def convert_pending() -> None:
    import subprocess
    by_fmt: dict[tuple[str, Path], list[Path]] = {}
    for src, dst in PENDING:
        by_fmt.setdefault((dst.suffix[1:], dst.parent), []).append(src)
    for (fmt, outdir), srcs in by_fmt.items():
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ds_profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(outdir), *map(str, srcs)],
                       check=True, capture_output=True, timeout=300)
        for src in srcs:
            src.unlink()


# --------------------------------------------------------------------------------------------

AGREEMENT_DEFECTS = [set(), set(), set(), {"missing-goal"}, {"missing-mentor"}, {"missing-tasks"},
                     {"missing-duration"}, {"missing-follow-up"}, {"missing-hours"},
                     {"missing-appeal-guidance"}, {"duration-over-6-months"}, {"unclear-goal"},
                     {"missing-hours", "missing-follow-up"}]
MINPLAN_DEFECTS = [set(), set(), {"missing-hours"}, {"missing-mentor"}, {"missing-tasks"},
                   {"duration-over-6-months"}, {"unclear-goal"}, {"missing-duration"}]
NINE = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    out = ap.parse_args().out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    counter = [0]

    def emit(blocks, fmt, kind, layout, subtype, rules, case, traits, extras=(), folder="sager"):
        counter[0] += 1
        name = f"{folder}/{counter[0]:03d}-{subtype}.{fmt}"
        render(blocks, fmt, out / name, subtype)
        mnc = []
        if case is not None and case.cpr:
            mnc = [case.cpr, case.cpr.replace("-", "")]
        e = {"path": name, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": sorted(set(traits) | ({"cpr"} if mnc else set()))}
        if case is not None and kind in ("agreement", "minplan", "decision") and "missing-duration" not in rules \
                and subtype not in ("decision-refusal",):
            e["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        entries.append(e)

    def cpr_flag():
        return rng.random() < 0.27

    # 1. Agreements fully in English (26).
    for i in range(26):
        defects = AGREEMENT_DEFECTS[i % len(AGREEMENT_DEFECTS)]
        c = make_case(rng, defects, cpr_flag())
        layout = "table" if i % 2 == 0 else "headings"
        fmt = ["docx", "pdf", "txt", "html", "odt", "pdf", "md", "rtf"][i % 8]
        if fmt == "md":
            layout = "headings"
        emit(agreement_en(c, rng, layout), fmt, "agreement", layout, "agreement-en", defects & NINE, c,
             ["lang:en"] + [f"defect:{x}" for x in defects])
    # 2. Bilingual tables (14).
    for i in range(14):
        defects = AGREEMENT_DEFECTS[(i + 3) % len(AGREEMENT_DEFECTS)]
        c = make_case(rng, defects, cpr_flag())
        fmt = ["docx", "pdf", "html", "odt"][i % 4]
        emit(agreement_bilingual_table(c, rng), fmt, "agreement", "bilingual-table", "agreement-da-en-table",
             defects & NINE, c, ["lang:da+en", "side-by-side"] + [f"defect:{x}" for x in defects])
    # 3. Bilingual paragraph by paragraph (11).
    for i in range(11):
        defects = AGREEMENT_DEFECTS[(i + 6) % len(AGREEMENT_DEFECTS)]
        c = make_case(rng, defects, cpr_flag())
        fmt = ["txt", "docx", "pdf", "md"][i % 4]
        emit(agreement_bilingual_paras(c, rng), fmt, "agreement", "bilingual-paragraphs",
             "agreement-da-en-paragraphs", defects & NINE, c, ["lang:da+en", "numbered-headings"]
             + [f"defect:{x}" for x in defects])
    # 4. Plain-English summaries carrying the agreement (9).
    for i in range(9):
        defects = AGREEMENT_DEFECTS[(i + 1) % len(AGREEMENT_DEFECTS)]
        c = make_case(rng, defects, cpr_flag())
        fmt = ["docx", "pdf", "txt", "rtf"][i % 4]
        emit(agreement_summary(c, rng), fmt, "agreement", "letter-prose", "agreement-plain-english",
             defects & NINE, c, ["lang:en", "prose", "summary"] + [f"defect:{x}" for x in defects])
    # 5. Simple Danish with English glosses (10).
    for i in range(10):
        defects = AGREEMENT_DEFECTS[(i + 8) % len(AGREEMENT_DEFECTS)]
        c = make_case(rng, defects, cpr_flag())
        fmt = ["txt", "docx", "pdf", "html", "docx"][i % 5]
        emit(agreement_glossed(c, rng), fmt, "agreement", "glossed-lines", "agreement-simple-da-glossed",
             defects & NINE, c, ["lang:da+en-gloss"] + [f"defect:{x}" for x in defects])
    # 6. English decision letters with Danish legal quotes (14).
    dec_specs = [("grant", set()), ("grant", set()), ("grant", {"annex"}), ("grant", {"annex"}),
                 ("partial", set()), ("partial", {"missing-reasons"}), ("refusal", set()),
                 ("refusal", {"missing-reasons"}), ("grant", {"missing-appeal-guidance"}),
                 ("refusal", {"missing-appeal-guidance"}), ("grant", {"duration-over-6-months"}),
                 ("grant", {"appeal-wrong-route"}), ("partial", {"duration-over-6-months"}),
                 ("grant", {"missing-appeal-guidance", "annex"})]
    for i, (variant, defects) in enumerate(dec_specs):
        c = make_case(rng, defects, cpr_flag())
        fmt = ["docx", "pdf", "txt", "html", "odt"][i % 5]
        rules = defects & {"missing-appeal-guidance", "duration-over-6-months"}
        if "annex" in defects:
            rules |= defects & NINE   # the annexed agreement is complete apart from these
        extras = defects & {"missing-reasons", "appeal-wrong-route"}
        emit(decision_en(c, rng, variant), fmt, "decision", "letter" + ("+annex" if "annex" in defects else ""),
             f"decision-{variant}", rules, c, ["lang:en", "danish-legal-quotes"] + [f"defect:{x}" for x in defects],
             extras=extras)
    # 7. Min Plan entries (10).
    for i in range(10):
        defects = MINPLAN_DEFECTS[i % len(MINPLAN_DEFECTS)]
        c = make_case(rng, defects, cpr_flag())
        fmt = ["pdf", "html", "docx", "txt", "pdf"][i % 5]
        emit(minplan(c, rng, i % 2 == 0), fmt, "minplan", "plan-table", "minplan-en", defects & NINE, c,
             ["lang:en" if i % 2 else "lang:da+en"] + [f"defect:{x}" for x in defects])
    # 8. Non-kind documents (12).
    for i in range(12):
        c = make_case(rng, set(), cpr_flag() if i % 4 == 1 else False)
        fmt = ["pdf", "docx", "html", "txt"][i % 4]
        which = ["leaflet", "invitation", "status-report", "invoice"][i % 4]
        blocks = {"leaflet": lambda: leaflet(rng, c.muni), "invitation": lambda: invitation(c, rng),
                  "status-report": lambda: status_report(c, rng), "invoice": lambda: invoice(c, rng)}[which]()
        emit(blocks, fmt, "unknown", "mixed", which, set(), c, ["lang:en", "not-a-mentor-document-kind"],
             folder="andet")

    convert_pending()
    for e in entries:
        assert (out / e["path"]).is_file(), e["path"]
    with (out / "EXPECTED.jsonl").open("w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
