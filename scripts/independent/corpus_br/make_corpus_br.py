"""Independent corpus BR: Min Plan entries for mentorstøtte as they reach a quality team.

About 100 documents: ~65 Min Plan entries (Jobnet browser prints, HTML saves, copy-paste TXT,
OCR'd screenshots, case-system DOCX exports), often with other activities beside the mentor
activity, ~30 % with a defect; and ~35 look-alikes (a plan with no mentor activity, a jobplan or
rehabiliteringsplan that mentions earlier mentor support, a Jobnet CV page, "Mine aftaler", an
inbox message from the plan system, a mentor's status note), all kind `unknown`.

Written from domain.md, the seeds and knowledge of Danish practice; labels decided from the rule
docs before any linter run.  Deterministic: fixed seed.

    /work/main/.venv/bin/python make_corpus_br.py --out /work/corpora/br
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

SEED = 20261129

FIRST = ["Mette", "Ahmed", "Jonas", "Fatima", "Kasper", "Line", "Mohammad", "Sofie", "Brian",
         "Amina", "Rasmus", "Camilla", "Hassan", "Louise", "Nikolaj", "Zainab", "Peter", "Julie"]
LAST = ["Nielsen", "Jensen", "Hansen", "Ali", "Pedersen", "Andersen", "Yilmaz", "Christensen",
        "Larsen", "Sørensen", "Rasmussen", "Hussein", "Madsen", "Kristensen", "Olsen", "Poulsen"]
MENTORS = [("Sara Holm", "Jobhuset Nord"), ("Lars Østergaard", "Mentorhuset ApS"),
           ("Birgitte Kjær", "Kommunens mentorkorps"), ("Jesper Lund", "Klar til Job I/S"),
           ("Hanne Dahl", "Ungeenheden"), ("Ali Demir", "Bro til Job"),
           ("Trine Vestergaard", "Vejlederteamet"), ("Morten Bach", "STU-Centret")]
KOMMUNER = ["Viborg Kommune", "Holbæk Kommune", "Horsens Kommune", "Svendborg Kommune",
            "Hjørring Kommune", "Roskilde Kommune", "Næstved Kommune", "Silkeborg Kommune"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

GOALS_CLEAR = [
    "Du er i ordinært job som lagermedarbejder, mindst 25 timer om ugen, senest 1. marts 2027.",
    "Du starter på SOSU-hjælperuddannelsen i januar 2027 og gennemfører grundforløbet.",
    "Fastholde virksomhedspraktikken i Netto 4 dage om ugen med henblik på ansættelse med løntilskud.",
    "Du har bestået FVU-dansk trin 2 og er startet på AMU-kursus i truckkørsel inden 1. april 2027.",
    "At du kommer i fleksjob som pedelmedhjælper på en skole, 12 timer om ugen.",
    "Starte på HF-enkeltfag på VUC i februar og møde op til mindst 90 % af undervisningen.",
    "Gennemføre FGU (produktionsgrunduddannelse, køkkenlinjen) og møde stabilt 5 dage om ugen.",
    "Du er ansat i løntilskud som køkkenmedhjælper i kantinen på Rådhuset fra 1. januar 2027.",
    "Fastholdelse af elevpladsen som tømrerlærling (EUD) hos Byg & Montage – fremmøde hver dag.",
    "Borger skal påbegynde STU og deltage i undervisningen 4 dage om ugen fra august 2027.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "At komme tættere på arbejdsmarkedet.",
    "Sikre at borger kommer videre.",
    "Hjælp til at få styr på økonomi og bolig.",
    "Motivere borger til at arbejde med sig selv.",
]
TASKS = [
    "Følge dig til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælpe med at strukturere ugen i en kalender",
    "Støtte ved kontakt til uddannelsesstedet og SPS-vejlederen",
    "Øve samtaler med arbejdsgiver og kollegaer",
    "Hjælpe med at læse og besvare breve i e-Boks",
    "Ringe dig op om morgenen de dage du skal møde",
    "Gå med til møder med skolen",
    "Være bindeled mellem dig, arbejdspladsen og kommunen",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time ugentligt", "8 timer om måneden",
            "2-3 timer om ugen", "4 timer ugentligt", "to timer om ugen", "1 time pr. uge"]
HOURS_BAD = ["efter behov", "løbende", ""]

OTHER_ACTS = {
    "virksomhedspraktik": lambda r, s: {
        "name": "Virksomhedspraktik", "where": r.choice(["Netto Vestergade", "Bilka Lager", "Plantorama",
                                                         "Vognmand Hansen", "Kantinen, Rådhuset"]),
        "start": s, "end": s + dt.timedelta(weeks=13), "hours": f"{r.choice([12, 15, 20, 25])} timer pr. uge",
        "contact": r.choice(["Henrik Bo, tlf. 40 11 22 33", "Pia Skov, 61 22 90 10", "Tove Frost, tlf. 28 71 55 02"]),
        "note": "Formålet er at afklare dine muligheder inden for detail/lager."},
    "danskuddannelse": lambda r, s: {
        "name": "Danskuddannelse (DU2, modul 3)", "where": "Sprogcenter Midt",
        "start": s - dt.timedelta(days=120), "end": s + dt.timedelta(days=300), "hours": "9 lektioner pr. uge",
        "contact": "Sprogcentrets kontor, tlf. 87 87 10 10", "note": "Undervisning mandag, onsdag og torsdag."},
    "løntilskud": lambda r, s: {
        "name": "Ansættelse med løntilskud (privat)", "where": r.choice(["Byg & Montage A/S", "Kvickly Syd"]),
        "start": s, "end": s + dt.timedelta(days=364), "hours": "30 timer pr. uge",
        "contact": "Lønbogholder Anne Ravn, tlf. 70 20 30 40", "note": "Løntilskuddet evalueres efter 3 måneder."},
    "sygedagpenge opfølgning": lambda r, s: {
        "name": "Opfølgning på sygedagpenge", "where": "Kommunen, Sygedagpengeteamet",
        "start": s - dt.timedelta(days=60), "end": None, "hours": "",
        "contact": "Sagsbehandler Karen Mose, tlf. 72 36 00 00", "note": "Samtale hver 4. uge. Løbende."},
    "jobsøgning": lambda r, s: {
        "name": "Jobsøgning og joblog", "where": "Jobnet", "start": s, "end": None, "hours": "",
        "contact": "", "note": "Du skal søge mindst 2 job om ugen og registrere dem i din joblog."},
}


def fmt_date(r: random.Random, d: dt.date, style: int) -> str:
    if style == 0:
        return d.strftime("%d.%m.%Y")
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def cpr(r: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=r.randrange(0, 16000))
    return f"{d.strftime('%d%m%y')}-{r.randrange(1000, 9999)}"


# --------------------------------------------------------------------------- Min Plan model

def make_minplan(r: random.Random, i: int, defects: list[str]) -> dict:
    citizen = f"{r.choice(FIRST)} {r.choice(LAST)}"
    mentor, org = r.choice(MENTORS)
    start = dt.date(2026, r.choice([8, 9, 10, 11, 12]), r.choice([1, 1, 15, 3, 10]))
    ds = r.randrange(4)
    traits: list[str] = []
    if "duration-over-6-months" in defects:
        end = add_months(start, r.choice([8, 9, 12])) - dt.timedelta(days=1)
        period = f"{fmt_date(r, start, ds)} – {fmt_date(r, end, ds)}"
        pinfo = {"start": start.isoformat(), "end": end.isoformat()}
    elif "missing-duration" in defects:
        period = r.choice(["løbende", "indtil videre", "", "Aftales med mentor"])
        pinfo = None
    else:
        months = r.choice([3, 4, 6, 6, 5])
        end = add_months(start, months) - dt.timedelta(days=1)
        if months == 6:
            traits.append("period:exact-six")
        v = r.randrange(5)
        if v == 4 and end.month == 3 and end.day == 31:
            period = f"fra {fmt_date(r, start, 0)} til 31.03"
            traits.append("period:end-without-year")
        else:
            period = f"{fmt_date(r, start, ds)} - {fmt_date(r, end, ds)}"
        pinfo = {"start": start.isoformat(), "end": end.isoformat()}
    goal = r.choice(GOALS_UNCLEAR) if "unclear-goal" in defects else r.choice(GOALS_CLEAR)
    hours = r.choice(HOURS_BAD) if "missing-hours" in defects else r.choice(HOURS_OK)
    phone = f"{r.randrange(20, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}"
    email = mentor.split()[0].lower().replace("ø", "oe") + "@" + org.split()[0].lower().replace("ø", "oe") + ".dk"
    if "missing-mentor" in defects:
        mvar = r.randrange(3)
        mentor_txt = ["", "Tildeles senere", mentor.split()[0] + " fra " + org][mvar]
        traits.append(["mentor:absent", "mentor:placeholder", "mentor:name-no-contact"][mvar])
    else:
        mentor_txt = r.choice([f"{mentor}, {org}, tlf. {phone}", f"{mentor} – {email}",
                               f"{mentor} ({org}), telefon {phone}, {email}"])
    tasks = r.sample(TASKS, r.randrange(2, 5))
    others = r.sample(list(OTHER_ACTS), r.choice([0, 1, 1, 2, 2, 3]))
    acts = [OTHER_ACTS[o](r, start) for o in others]
    for o in others:
        traits.append("other-activity:" + o.replace(" ", "-"))
    return {"citizen": citizen, "cpr": cpr(r) if r.random() < 0.27 else None,
            "kommune": r.choice(KOMMUNER), "act_name": r.choice([
                "Mentorstøtte", "Mentor (LAB § 167)", "Mentorstøtte – tilbudsmentor",
                "Mentorordning", "Mentor til fastholdelse i praktik", "Udvidet mentorstøtte"]),
            "goal": goal, "tasks": tasks, "period": period, "pinfo": pinfo, "hours": hours,
            "mentor": mentor_txt, "others": acts, "traits": traits,
            "printed": dt.date(2026, 11, r.randrange(1, 28)), "sagsbeh": f"{r.choice(FIRST)} {r.choice(LAST)}"}


# ---------------------------------------------------------------- renderings of a Min Plan

NAV = ("<nav class='side'><b>Jobnet</b><ul><li>Forside</li><li>Min side</li><li><b>Min plan</b></li>"
       "<li>Mine aftaler</li><li>Indbakke</li><li>Joblog</li><li>CV</li><li>Dokumenter</li>"
       "<li>Log ud</li></ul></nav>")
CSS = ("body{font-family:Arial,Helvetica,sans-serif;font-size:13px;margin:0}"
       ".wrap{display:flex}.side{width:150px;background:#eef;padding:10px;min-height:900px}"
       ".main{flex:1;padding:14px 24px}.card{border:1px solid #bbb;border-radius:6px;padding:8px 12px;margin:10px 0}"
       "dt{font-weight:bold;margin-top:6px}dd{margin-left:0}h1{font-size:22px}h2{font-size:16px}"
       "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
       ".crumb{color:#666;font-size:11px}")


def e(s: str) -> str:
    return html.escape(s)


def other_card_html(a: dict, style: int) -> str:
    rows = [("Aktivitet", a["name"]), ("Sted", a["where"]),
            ("Start", a["start"].strftime("%d.%m.%Y")),
            ("Slut", a["end"].strftime("%d.%m.%Y") if a["end"] else "Løbende")]
    if a["hours"]:
        rows.append(("Omfang", a["hours"]))
    if a["contact"]:
        rows.append(("Kontaktperson", a["contact"]))
    rows.append(("Beskrivelse", a["note"]))
    return "<div class='card'><h2>" + e(a["name"]) + "</h2><dl>" + "".join(
        f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows[1:]) + "</dl></div>"


def mentor_rows(p: dict, variant: int) -> list[tuple[str, str]]:
    lab = [("Formål", "Mentorens opgaver", "Periode", "Timer pr. uge", "Mentor"),
           ("Mål med indsatsen", "Hvad skal mentor hjælpe med?", "Varighed", "Omfang", "Kontaktperson"),
           ("Dit mål", "Det hjælper din mentor dig med", "Periode", "Antal timer", "Din mentor")][variant]
    rows = [("Aktivitet", p["act_name"]), (lab[0], p["goal"]), (lab[1], "\n".join(p["tasks"]))]
    if p["period"] or variant != 0:
        rows.append((lab[2], p["period"]))
    if p["hours"] or variant == 1:
        rows.append((lab[3], p["hours"]))
    if p["mentor"]:
        rows.append((lab[4], p["mentor"]))
    return rows


def minplan_html(p: dict, variant: int) -> str:
    mrows = mentor_rows(p, variant)
    mcard = "<div class='card'><h2>" + e(p["act_name"]) + "</h2><dl>" + "".join(
        f"<dt>{e(k)}</dt><dd>{'<br>'.join(e(x) for x in v.splitlines()) or '&nbsp;'}</dd>"
        for k, v in mrows[1:]) + "</dl></div>"
    cards = [other_card_html(a, variant) for a in p["others"]]
    pos = len(cards) // 2
    cards.insert(pos, mcard)
    who = e(p["citizen"]) + (f" · CPR {p['cpr']}" if p["cpr"] else "")
    body = (f"<div class='crumb'>Forside › Min side › Min plan</div><h1>Min plan</h1>"
            f"<p>{who}</p><p>Din plan er senest opdateret {p['printed'].strftime('%d.%m.%Y')} af "
            f"{e(p['kommune'])}. Her kan du se dine aktiviteter og dit mål.</p>"
            f"<h2>Dine aktiviteter</h2>" + "".join(cards) +
            f"<p>Har du spørgsmål til din plan, kan du skrive til {e(p['kommune'])} via din indbakke.</p>")
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min plan - Jobnet</title>"
            f"<style>{CSS}</style><script>window.dataLayer=window.dataLayer||[];function gtag(){{}}</script>"
            f"</head><body><div class='wrap'>{NAV}<main class='main'>{body}</main></div></body></html>")


def minplan_txt(p: dict, variant: int) -> str:
    out = ["Min plan", "", f"{p['citizen']}" + (f"  CPR: {p['cpr']}" if p["cpr"] else ""),
           f"Opdateret {p['printed'].strftime('%d.%m.%Y')}", "", "Dine aktiviteter", ""]
    blocks = []
    for a in p["others"]:
        b = [a["name"], f"Sted: {a['where']}",
             f"Start: {a['start'].strftime('%d.%m.%Y')}   Slut: {a['end'].strftime('%d.%m.%Y') if a['end'] else 'Løbende'}"]
        if a["hours"]:
            b.append(f"Omfang: {a['hours']}")
        if a["contact"]:
            b.append(f"Kontaktperson: {a['contact']}")
        b.append(a["note"])
        blocks.append(b)
    if variant == 2:
        # pasted as a running text, the way a caseworker re-writes the plan into a note
        m = [p["act_name"],
             f"Målet er: {p['goal']}",
             "Din mentor skal hjælpe dig med at " + ", ".join(t[0].lower() + t[1:] for t in p["tasks"]) + "."]
        if p["pinfo"]:
            m.append(f"Mentorforløbet løber i perioden {p['period']}.")
        elif p["period"]:
            m.append(f"Varighed: {p['period']}.")
        if p["hours"] in HOURS_OK:
            m.append(f"Du har {p['hours']} med din mentor.")
        elif p["hours"]:
            m.append(f"Timer med mentor: {p['hours']}.")
        if p["mentor"] == "Tildeles senere":
            m.append("Mentor: tildeles senere.")
        elif p["mentor"]:
            m.append(f"Din mentor er {p['mentor']}.")
    else:
        m = [p["act_name"]]
        for k, v in mentor_rows(p, variant)[1:]:
            if "\n" in v:
                m.append(k + ":")
                m += ["- " + x for x in v.splitlines()]
            else:
                m.append(f"{k}: {v}")
    blocks.insert(len(blocks) // 2, m)
    for b in blocks:
        out += b + [""]
    out.append("Forside  Min side  Min plan  Mine aftaler  Indbakke  Joblog  Log ud")
    return "\n".join(out) + "\n"


def minplan_docx(p: dict, path: Path, variant: int) -> None:
    from docx import Document
    d = Document()
    d.sections[0].header.paragraphs[0].text = f"Momentum – udskrift af Min plan – {p['kommune']}"
    d.sections[0].footer.paragraphs[0].text = f"Udskrevet {p['printed'].strftime('%d-%m-%Y')} af {p['sagsbeh']}"
    d.add_heading("Min plan", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Borger", p["citizen"]), ("CPR-nr.", p["cpr"] or ""), ("Sagsbehandler", p["sagsbeh"])]:
        if v:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
    acts: list[list[tuple[str, str]]] = []
    for a in p["others"]:
        acts.append([("Indsats", a["name"]), ("Leverandør", a["where"]),
                     ("Startdato", a["start"].strftime("%d-%m-%Y")),
                     ("Slutdato", a["end"].strftime("%d-%m-%Y") if a["end"] else ""),
                     ("Timer", a["hours"]), ("Kontakt", a["contact"]), ("Bemærkning", a["note"])])
    mr = mentor_rows(p, variant)
    mr[0] = ("Indsats", p["act_name"])
    acts.insert(len(acts) // 2, mr)
    d.add_heading("Indsatser", 2)
    for rows in acts:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
    d.save(str(path))


# ------------------------------------------------------------------------- look-alikes

def lookalike(r: random.Random, kind: str) -> tuple[str, dict]:
    """Return (html, info) for a document that is not a Min Plan mentor entry."""
    citizen = f"{r.choice(FIRST)} {r.choice(LAST)}"
    c = cpr(r) if r.random() < 0.25 else None
    kom = r.choice(KOMMUNER)
    mentor, org = r.choice(MENTORS)
    start = dt.date(2026, r.choice([8, 9, 10, 11]), 1)
    if kind == "plan-no-mentor":
        acts = [OTHER_ACTS[o](r, start) for o in r.sample(list(OTHER_ACTS), r.choice([2, 3]))]
        body = (f"<h1>Min plan</h1><p>{e(citizen)}{' · CPR ' + c if c else ''}</p>"
                f"<h2>Dit mål</h2><p>{e(r.choice(GOALS_CLEAR))}</p><h2>Dine aktiviteter</h2>"
                + "".join(other_card_html(a, 0) for a in acts))
        title = "Min plan - Jobnet"
    elif kind == "jobplan-earlier-mentor":
        body = (f"<h1>{r.choice(['Jobplan', 'Rehabiliteringsplan – forberedende del', 'Plan for indsats'])}</h1>"
                f"<p>Borger: {e(citizen)}{'<br>CPR: ' + c if c else ''}</p><h2>Borgerens baggrund</h2>"
                f"<p>Du har tidligere haft mentorstøtte i perioden 01.02.2025 – 31.07.2025 ved {e(mentor)} "
                f"fra {e(org)}, 3 timer om ugen. Mentor hjalp med struktur og fremmøde i praktik. "
                f"Forløbet er afsluttet, og der er ikke bevilget ny mentorstøtte.</p>"
                f"<h2>Helbred og ressourcer</h2><p>Du har ondt i ryggen og kan stå i højst 2 timer ad gangen.</p>"
                f"<h2>Næste skridt</h2><p>Afklaring af arbejdsevne via virksomhedspraktik, 13 uger, 10 timer om ugen. "
                f"Sagen forelægges efterfølgende.</p><p>Sagsbehandler: {e(r.choice(FIRST))} {e(r.choice(LAST))}, "
                f"{e(kom)}, tlf. 72 36 00 00</p>")
        title = "Jobplan"
    elif kind == "cv":
        body = (f"<h1>Mit CV</h1><p>{e(citizen)}<br>{e(citizen.split()[0].lower())}@mail.dk · tlf. 31 22 44 55</p>"
                f"<h2>Jobønsker</h2><p>Lagermedarbejder, Chauffør</p><h2>Erhvervserfaring</h2>"
                f"<p><b>Mentor for nye elever</b>, Bilka Lager, 2019 – 2021<br>Oplæring af elever og nyansatte, 10 timer om ugen.</p>"
                f"<p><b>Truckfører</b>, Dagrofa, 2016 – 2019</p><h2>Uddannelse</h2><p>AMU Truckcertifikat B (2016)</p>"
                f"<h2>Kompetencer</h2><p>Lagerstyring, Kundeservice</p>")
        title = "CV - Jobnet"
    elif kind == "mine-aftaler":
        rows = []
        d0 = dt.date(2026, 11, 3)
        for k in range(r.choice([4, 5, 6])):
            d = d0 + dt.timedelta(days=7 * k + r.randrange(0, 3))
            what = r.choice([f"Møde med mentor {mentor}", "Jobsamtale", "Opfølgningssamtale (telefon)",
                             "Møde med mentor", "Statusmøde med virksomhed"])
            rows.append(f"<tr><td>{d.strftime('%d.%m.%Y')}</td><td>{r.choice(['09:00', '10:30', '13:00'])}</td>"
                        f"<td>{e(what)}</td><td>{e(r.choice(['Jobcenteret, lokale 2', 'Telefon', org]))}</td></tr>")
        body = ("<h1>Mine aftaler</h1><p>Her er dine kommende aftaler. Husk at melde afbud senest kl. 8.</p>"
                "<table><tr><th>Dato</th><th>Tid</th><th>Aftale</th><th>Sted</th></tr>" + "".join(rows) + "</table>")
        title = "Mine aftaler - Jobnet"
    elif kind == "inbox":
        body = (f"<h1>Indbakke</h1><div class='card'><p><b>Fra:</b> {e(kom)}<br><b>Emne:</b> Din plan er opdateret"
                f"<br><b>Dato:</b> {r.randrange(1, 28)}.11.2026</p><p>Kære {e(citizen.split()[0])}</p>"
                f"<p>Der er sket ændringer i din plan. Der er tilføjet en ny aktivitet: Mentorstøtte. "
                f"Log ind på Jobnet og se din plan under Min plan. Du skal ikke svare på denne besked.</p>"
                f"<p>Med venlig hilsen<br>{e(kom)}, Jobcentret</p></div>")
        title = "Indbakke - Jobnet"
    else:  # status note
        body = (f"<h1>Statusnotat – mentorforløb</h1><p>Borger: {e(citizen)}{' (' + c + ')' if c else ''}<br>"
                f"Mentor: {e(mentor)}, {e(org)}</p><p>Vi har mødtes 7 gange siden sidste status og brugt i alt "
                f"11 timer. {e(citizen.split()[0])} møder nu stabilt i praktikken tre dage om ugen, men har haft "
                f"to fraværsdage pga. sygdom i barnet.</p><p>Anbefaling: Forløbet fortsætter som aftalt. "
                f"Næste status sendes om 4 uger.</p>")
        title = "Statusnotat"
    page = (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{e(title)}</title>"
            f"<style>{CSS}</style></head><body><div class='wrap'>{NAV}<main class='main'>{body}</main></div></body></html>")
    return page, {"cpr": c, "title": title}


def html_to_text(page: str) -> str:
    import re
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page, flags=re.S)
    t = re.sub(r"<(br|/p|/h1|/h2|/dd|/dt|/tr|li|/li|/div|/title|/b|ul)[^>]*>", "\n", t)
    t = re.sub(r"</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    return "\n".join(x.strip() for x in t.splitlines() if x.strip()) + "\n"


# ----------------------------------------------------------------------------- renderers

class Browser:
    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        self.b = self._pw.chromium.launch(executable_path="/usr/bin/chromium")
        self.page = self.b.new_page(viewport={"width": 1000, "height": 900}, device_scale_factor=2)

    def pdf(self, page_html: str, out: Path, printed: dt.date, url: str, title: str) -> None:
        self.page.set_content(page_html)
        hdr = (f"<div style='font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between'>"
               f"<span>{printed.strftime('%d.%m.%Y')} 10.{printed.day:02d}</span><span>{e(title)}</span></div>")
        ftr = (f"<div style='font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between'>"
               f"<span>{e(url)}</span><span><span class='pageNumber'></span>/<span class='totalPages'></span></span></div>")
        self.page.pdf(path=str(out), format="A4", display_header_footer=True, header_template=hdr,
                      footer_template=ftr, margin={"top": "18mm", "bottom": "18mm", "left": "8mm", "right": "8mm"})

    def ocr_pdf(self, page_html: str, out: Path) -> None:
        self.page.set_content(page_html)
        with tempfile.TemporaryDirectory() as td:
            png = Path(td) / "shot.png"
            self.page.screenshot(path=str(png), full_page=True)
            subprocess.run(["tesseract", str(png), str(Path(td) / "o"), "-l", "dan", "pdf"],
                           check=True, capture_output=True)
            shutil.copy(Path(td) / "o.pdf", out)

    def close(self) -> None:
        self.b.close()
        self._pw.stop()


MP_DEFECTS = (["missing-hours"] * 5 + ["missing-duration"] * 4 + ["duration-over-6-months"] * 4
              + ["unclear-goal"] * 4 + ["missing-mentor"] * 4 + ["missing-hours+missing-mentor"]
              + ["unclear-goal+missing-hours"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(SEED)
    n_mp = 65
    defects = [d.split("+") for d in MP_DEFECTS] + [[] for _ in range(n_mp - len(MP_DEFECTS))]
    r.shuffle(defects)
    fmts = (["pdf-print"] * 15 + ["html"] * 13 + ["txt"] * 12 + ["ocr-pdf"] * 10 + ["docx"] * 15)
    r.shuffle(fmts)
    entries = []
    br = Browser()
    try:
        for i in range(n_mp):
            p = make_minplan(r, i, defects[i])
            variant = r.randrange(3)
            f = fmts[i]
            sub = p["kommune"].split()[0].lower()
            folder = out / sub
            folder.mkdir(exist_ok=True)
            if f == "pdf-print":
                name = f"Min plan - Jobnet ({i}).pdf"
                br.pdf(minplan_html(p, variant), folder / name, p["printed"],
                       "https://job.jobnet.dk/CV/min-side/min-plan", "Min plan - Jobnet")
                fmt, layout = "pdf", "browser-print"
            elif f == "html":
                name = f"minplan_{p['printed'].isoformat()}_{i}.html"
                (folder / name).write_text(minplan_html(p, variant), encoding="utf-8")
                fmt, layout = "html", "saved-page"
            elif f == "txt":
                name = f"min plan kopi {i}.txt"
                (folder / name).write_text(minplan_txt(p, variant), encoding="utf-8")
                fmt, layout = "txt", "copy-paste" if variant != 2 else "prose"
            elif f == "ocr-pdf":
                name = f"skaermbillede_minplan_{i}.pdf"
                br.ocr_pdf(minplan_html(p, variant), folder / name)
                fmt, layout = "pdf", "ocr-screenshot"
            else:
                name = f"Udskrift Min plan {i}.docx"
                minplan_docx(p, folder / name, variant)
                fmt, layout = "docx", "case-system-table"
            rules = sorted(set(defects[i]))
            traits = list(p["traits"]) + [f"label-variant:{variant}", "format:" + f]
            if p["cpr"]:
                traits.append("cpr")
            if not defects[i]:
                traits.append("clean")
            entry = {"path": f"{sub}/{name}", "kind": "minplan", "format": fmt, "layout": layout,
                     "subtype": "minplan-mentor", "rules": rules, "extras": [], "error": None,
                     "accept_errors": [], "must_not_contain": [p["cpr"].replace("-", ""), p["cpr"]] if p["cpr"] else [],
                     "traits": traits}
            if p["pinfo"]:
                entry["period"] = p["pinfo"]
            entries.append(entry)
        la_kinds = (["plan-no-mentor"] * 8 + ["jobplan-earlier-mentor"] * 6 + ["cv"] * 5
                    + ["mine-aftaler"] * 5 + ["inbox"] * 6 + ["status-note"] * 5)
        la_fmts = (["pdf-print"] * 9 + ["html"] * 9 + ["txt"] * 8 + ["ocr-pdf"] * 5 + ["docx"] * 4)
        r.shuffle(la_fmts)
        for j, k in enumerate(la_kinds):
            page, info = lookalike(r, k)
            f = la_fmts[j]
            folder = out / "diverse"
            folder.mkdir(exist_ok=True)
            base = f"{k}-{j:02d}"
            if f == "pdf-print":
                name = base + ".pdf"
                br.pdf(page, folder / name, dt.date(2026, 11, 1 + j % 27), "https://job.jobnet.dk/CV/min-side",
                       info["title"])
                fmt, layout = "pdf", "browser-print"
            elif f == "html":
                name = base + ".html"
                (folder / name).write_text(page, encoding="utf-8")
                fmt, layout = "html", "saved-page"
            elif f == "txt":
                name = base + ".txt"
                (folder / name).write_text(html_to_text(page), encoding="utf-8")
                fmt, layout = "txt", "copy-paste"
            elif f == "ocr-pdf":
                name = base + ".pdf"
                br.ocr_pdf(page, folder / name)
                fmt, layout = "pdf", "ocr-screenshot"
            else:
                from docx import Document
                name = base + ".docx"
                d = Document()
                for line in html_to_text(page).splitlines():
                    if line in ("Jobnet", "Forside", "Min side", "Min plan", "Mine aftaler", "Indbakke",
                                "Joblog", "CV", "Dokumenter", "Log ud"):
                        continue
                    d.add_paragraph(line)
                d.save(str(folder / name))
                fmt, layout = "docx", "paragraphs"
            c = info["cpr"]
            entries.append({"path": f"diverse/{name}", "kind": "unknown", "format": fmt, "layout": layout,
                            "subtype": k, "rules": [], "extras": [], "error": None, "accept_errors": [],
                            "must_not_contain": [c.replace("-", ""), c] if c else [],
                            "traits": ["look-alike", "format:" + f] + (["cpr"] if c else [])})
    finally:
        br.close()
    lines = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in sorted(entries, key=lambda x: x["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
