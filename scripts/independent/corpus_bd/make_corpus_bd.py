"""Independent corpus BD: Min Plan entries as citizens and caseworkers see and file them.

Written from /work/shared/domain.md, the seeds, the rule docs (`mentordocs rules NAME`) and the
manifest format only (see NOTES.md). Deterministic: fixed seed, `--out DIR`.

    /work/main/.venv/bin/python scripts/independent/corpus_bd/make_corpus_bd.py --out /work/corpora/bd
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

MINPLAN_RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                 "missing-hours", "duration-over-6-months", "unclear-goal")

FIRST = ["Mette", "Ahmad", "Louise", "Kasper", "Fatima", "Jonas", "Sofie", "Mikkel", "Yasmin",
         "Rasmus", "Camilla", "Emil", "Nadia", "Frederik", "Line", "Tobias", "Amalie", "Hassan",
         "Julie", "Oliver", "Maja", "Niklas", "Sara", "Anders", "Ida", "Bilal", "Karina", "Søren"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Ali", "Yilmaz", "Holm", "Dahl", "Kjær", "Lund", "Bach"]
MUNIS = ["Vejle", "Horsens", "Esbjerg", "Holbæk", "Næstved", "Viborg", "Silkeborg", "Kolding",
         "Randers", "Slagelse", "Herning", "Hjørring", "Frederikshavn", "Svendborg", "Roskilde"]
PROVIDERS = ["Jobhuset ApS", "Mentorgruppen Midt", "Kompetencecenter Syd", "Ungeindsatsen",
             "Mentorkorpset (kommunalt)", "Broen Mentor & Coaching", "Fokus Beskæftigelse A/S",
             "Virksomhedscentret", "STEP Mentorservice", "Center for Job og Uddannelse"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

GOALS_CLEAR = [
    "{n} gennemfører virksomhedspraktik som lagermedarbejder hos {w} 15 timer om ugen og har højst to dages fravær pr. måned ved periodens udgang.",
    "{n} starter på FGU (produktionsgrunduddannelse, køkkenlinjen) 1. august 2026 og møder mindst fire dage om ugen i de første otte uger.",
    "{n} er i løntilskudsjob som pedelmedhjælper hos {w} 25 timer om ugen senest 1. juni 2026.",
    "{n} gennemfører første semester på SOSU-hjælperuddannelsen og består praktikperiode 1.",
    "{n} deltager stabilt i FVU-dansk på VUC to gange om ugen og tilmelder sig AMU-kurset Truckcertifikat B inden periodens udgang.",
    "{n} fastholder sit fleksjob som kantinemedhjælper hos {w} 12 timer om ugen uden sygefravær ud over 2 dage pr. måned.",
    "{n} kommer i ordinært job med mindst 15 timer om ugen i detailhandlen; delmål: tre ansøgninger om ugen og én jobsamtale pr. måned.",
    "{n} gennemfører grundforløb 1 på EUD (smed) på {w} og møder til undervisningen fire ud af fem dage.",
]
GOALS_CLEAR_EN = [
    "{n} completes a work placement as a warehouse assistant at {w}, 15 hours a week, with at most two days' absence a month by the end of the period.",
    "{n} starts the FGU preparatory education (kitchen line) on 1 August 2026 and attends at least four days a week for the first eight weeks.",
    "{n} is in a wage-subsidy job as a caretaker's assistant at {w}, 25 hours a week, by 1 June 2026.",
]
GOALS_UNCLEAR = [
    "Støtte til at skabe struktur i hverdagen.",
    "Øget trivsel og selvværd.",
    "Hjælp til at komme videre i livet.",
    "Sikre at borgeren får det bedre og kommer tættere på arbejdsmarkedet.",
    "At arbejde med sig selv og sin motivation.",
    "Motivere borgeren og skabe ro omkring hverdagen.",
]
GOALS_UNCLEAR_EN = ["Support to create structure in everyday life.", "Improved well-being and self-esteem."]
PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…", "Ikke udfyldt", "[indsæt formål]"]

TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde, søvn og transport",
    "hjælpe med at læse og besvare post i e-Boks",
    "deltage i opstartsmødet på skolen sammen med {f}",
    "øve busruten til arbejdspladsen",
    "hjælpe med kontakt til læge og misbrugscenter",
    "lave ugeskema og gennemgå det hver mandag",
    "støtte ved kontakt til kontaktlærer og SPS-vejleder",
    "være bindeled til arbejdspladsens kontaktperson",
    "hjælpe med budget og betaling af faste regninger",
    "forberede jobsamtaler og følge med til den første",
]
TASKS_EN = ["accompany {f} to the workplace for the first two weeks",
            "weekly talk about attendance, sleep and transport",
            "help with reading and answering letters in e-Boks",
            "prepare job interviews and attend the first one"]

OTHER_ACTS = [
    ("Virksomhedspraktik", "lager", "15 timer pr. uge", 3),
    ("Løntilskud", "pedel", "25 timer pr. uge", 6),
    ("Danskuddannelse (DU2, modul 3)", "sprog", "3 lektioner à 45 min. pr. uge", 5),
    ("Vejledning og opkvalificering – jobsøgningskursus", "kursus", "10 timer pr. uge", 2),
    ("FGU – produktionsgrunduddannelse", "fgu", "30 timer pr. uge", 23),
    ("Sundhedsforløb – Krop og Job", "sundhed", "2 timer pr. uge", 4),
    ("Samtale om rådighed og jobsøgning", "samtale", None, 0),
    ("AMU: Truckcertifikat B", "amu", "37 timer (1 uge)", 0),
    ("Afklaringsforløb hos Kompetencecenter Syd", "afklaring", "12 timer pr. uge", 3),
]
WORKPLACES = ["Netto Sønderbro", "Bilka Vejle", "Plejecenter Solgården", "Tekniq Service",
              "Kantinen på rådhuset", "Silvan", "Kolding Storcenter", "Campus Syd",
              "Tradium", "Det Grønne Værksted"]


def dk_date(d: dt.date, style: int) -> str:
    if style == 0:
        return d.strftime("%d.%m.%Y")
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.strftime("%d-%m-%Y")
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}/{d.month}-{d.year}"
    return d.strftime("%d.%m.%y")


def en_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


class Gen:
    def __init__(self, seed: int, out: Path):
        self.r = random.Random(seed)
        self.out = out
        self.entries: list[dict] = []
        self.html_to_pdf: list[tuple[str, Path]] = []
        self.docx_to_pdf: list[tuple[Path, Path]] = []
        self.n = 0

    # ---------- people and numbers
    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def phone(self):
        return " ".join(f"{self.r.randint(20, 99)}" for _ in range(4))

    def email(self, name, domain):
        return name.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + "." + \
            name.split()[-1].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + "@" + domain

    def cpr(self):
        d = dt.date(1965, 1, 1) + dt.timedelta(days=self.r.randint(0, 13000))
        return f"{d.strftime('%d%m%y')}-{self.r.randint(1000, 9999)}"

    # ---------- plan model
    def mentor_activity(self, citizen, defects, lang="da"):
        r = self.r
        f = citizen.split()[0]
        w = r.choice(WORKPLACES)
        start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 1, 2, 15, 16]))
        if "duration-over-6-months" in defects:
            end = add_months(start, r.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        else:
            months = r.choice([3, 4, 6, 6, 6])
            end = add_months(start, months) - dt.timedelta(days=1)
            if r.random() < 0.25:
                end = end - dt.timedelta(days=r.randint(1, 20))
        mentor = self.person()
        prov = r.choice(PROVIDERS)
        dom = prov.split()[0].lower().replace("ø", "oe") + ".dk"
        a = {"type": "mentor", "start": start, "end": end, "provider": prov,
             "mentor_name": mentor, "mentor_phone": self.phone(),
             "mentor_email": self.email(mentor, dom) if r.random() < 0.7 else None,
             "status": r.choice(["I gang", "Igangværende", "Aktiv", "Planlagt", "Bevilget"]),
             "name": r.choice(["Mentorstøtte", "Mentor (LAB § 167)", "Mentorstøtte – tilbudsmentor",
                               "Mentorordning", "Mentorstøtte efter § 167", "Udvidet mentor"]),
             "defects": set(defects)}
        if lang == "en":
            a["name"] = r.choice(["Mentor support", "Mentor support (section 167)"])
            a["status"] = r.choice(["Active", "Planned", "In progress"])
        # goal
        if "missing-goal" in defects:
            a["goal"] = r.choice([None, r.choice(PLACEHOLDERS)])
        elif "unclear-goal" in defects:
            a["goal"] = r.choice(GOALS_UNCLEAR_EN if lang == "en" else GOALS_UNCLEAR)
        else:
            a["goal"] = r.choice(GOALS_CLEAR_EN if lang == "en" else GOALS_CLEAR).format(n=f, w=w)
        # tasks
        if "missing-tasks" in defects:
            a["tasks"] = r.choice([None, [r.choice(["-", "To be agreed"] if lang == "en" else
                                                   ["-", "Udfyldes senere", "Aftales"])]])
        else:
            pool = TASKS_EN if lang == "en" else TASKS
            a["tasks"] = [t.format(f=f) for t in r.sample(pool, r.randint(2, min(4, len(pool))))]
        # mentor
        a["mentor_mode"] = ("name-only" if "missing-mentor" in defects and r.random() < 0.6 else
                            "missing" if "missing-mentor" in defects else "ok")
        # hours
        if "missing-hours" in defects:
            a["hours"] = r.choice([None, None, "efter behov", "løbende, efter aftale", "et par timer om ugen"])
            if lang == "en" and a["hours"]:
                a["hours"] = "as needed"
        else:
            if lang == "en":
                a["hours"] = r.choice(["3 hours a week", "2 hours per week", "1.5 hours weekly"])
            else:
                a["hours"] = r.choice(["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen",
                                       "to timer om ugen", "2-3 timer pr. uge", "8 timer om måneden",
                                       "4 t/uge", "halvanden time pr. uge", "5 timer pr. uge"])
        a["hours_num"] = {"3 timer pr. uge": "3", "2 timer ugentligt": "2", "1½ time om ugen": "1,5",
                          "to timer om ugen": "2", "2-3 timer pr. uge": "2-3", "4 t/uge": "4",
                          "halvanden time pr. uge": "1,5", "5 timer pr. uge": "5"}.get(a["hours"])
        a["no_period"] = "missing-duration" in defects
        return a

    def other_activity(self, lang="da", long_ok=True):
        r = self.r
        name, kind, hrs, months = r.choice([o for o in OTHER_ACTS if long_ok or o[3] <= 6])
        start = dt.date(2026, r.randint(1, 8), r.choice([1, 2, 5, 15]))
        if kind == "fgu" and long_ok:
            start = dt.date(2025, 8, 11)
        end = add_months(start, months) - dt.timedelta(days=1) if months else start
        return {"type": "other", "name": name, "kind": kind, "hours": hrs, "start": start,
                "end": end, "status": r.choice(["I gang", "Afsluttet", "Planlagt", "Godkendt"]),
                "place": r.choice(WORKPLACES),
                "desc": r.choice(["Aftalt på samtale.", "Du skal møde kl. 8.00 første dag.",
                                  "Kontakt virksomheden, hvis du er syg.", "Kurset foregår på Campus.",
                                  "Se mødeindkaldelsen i din indbakke."])}

    def plan(self, defects=(), lang="da", n_other=None, long=False, system="momentum"):
        r = self.r
        citizen = self.person()
        muni = r.choice(MUNIS)
        cw = self.person()
        p = {"citizen": citizen, "muni": muni, "lang": lang, "system": system,
             "cw_name": cw, "cw_phone": self.phone(),
             "cw_email": self.email(cw, muni.lower().replace("æ", "ae").replace("ø", "oe") + ".dk"),
             "printed": dt.date(2026, r.randint(1, 11), r.randint(1, 28)),
             "cpr": self.cpr() if r.random() < 0.28 else None}
        if n_other is None:
            n_other = r.choice([0, 1, 1, 2, 2, 3])
        if long:
            n_other = r.randint(6, 9)
        acts = [self.other_activity(lang) for _ in range(n_other)]
        m = self.mentor_activity(citizen, defects, lang)
        acts.insert(r.randint(0, len(acts)), m)
        p["acts"] = acts
        p["mentor"] = m
        p["plan_goal"] = None
        if "missing-goal" not in defects and r.random() < 0.5:
            p["plan_goal"] = r.choice(["Job som lagermedarbejder", "Uddannelse: SOSU-hjælper",
                                       "Ordinært job i detailhandlen", "Fastholdelse i fleksjob"])
        p["history"] = []
        if long:
            for i in range(r.randint(14, 22)):
                d = dt.date(2025, 6, 1) + dt.timedelta(days=r.randint(0, 400))
                p["history"].append((d, r.choice([
                    "Samtale afholdt (telefonisk)", "Plan opdateret af sagsbehandler",
                    "Dokument tilføjet: Lægeattest", "Jobsøgning registreret (3 stillinger)",
                    "Besked sendt til borger", "Indsats afsluttet: Jobsøgningskursus",
                    "Samtale booket", "Rådighed vurderet", "Status: Aktivitetsparat"])))
            p["history"].sort()
        return p

    # ---------- text pieces
    def period_text(self, a, ds=None, lang="da"):
        if a.get("no_period"):
            return None
        if lang == "en":
            return f"{en_date(a['start'])} – {en_date(a['end'])}"
        ds = self.r.randint(0, 5) if ds is None else ds
        sep = self.r.choice([" - ", " – ", " til ", "–"])
        if ds == 1 and sep == "–":
            sep = " – "
        return f"{dk_date(a['start'], ds)}{sep}{dk_date(a['end'], ds)}"

    def mentor_contact(self, a, lang="da"):
        if a["mentor_mode"] == "missing":
            return None
        if a["mentor_mode"] == "name-only":
            return f"{a['mentor_name']}, {a['provider']}"
        tel = "phone" if lang == "en" else self.r.choice(["tlf.", "Tlf.", "telefon", "mobil"])
        s = f"{a['mentor_name']}, {a['provider']}, {tel} {a['mentor_phone']}"
        if a["mentor_email"]:
            s += f", {a['mentor_email']}"
        return s

    def goal_text(self, a):
        return a["goal"]

    # ---------- entries
    def add(self, path, fmt, kind, layout, subtype, rules, p=None, traits=(), extras=()):
        must = []
        if p and p.get("cpr"):
            must = [p["cpr"], p["cpr"].replace("-", "")]
            traits = list(traits) + ["cpr"]
        e = {"path": path, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": sorted(set(traits))}
        if p and kind == "minplan" and not p["mentor"].get("no_period"):
            e["period"] = {"start": p["mentor"]["start"].isoformat(), "end": p["mentor"]["end"].isoformat()}
        self.entries.append(e)

    def write(self, rel, data):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        return path

    # ---------- renderers: common pieces
    def mentor_fields(self, p, labels):
        """Ordered (label, value) for the mentor activity details; value None = row dropped,
        '' = row with an empty value."""
        a = p["mentor"]
        r = self.r
        rows = []
        g = a["goal"]
        if g is None:
            if r.random() < 0.5:
                rows.append((labels["goal"], ""))
        else:
            rows.append((labels["goal"], g))
        c = self.mentor_contact(a, p["lang"])
        if c is not None:
            rows.append((labels["mentor"], c))
        t = a["tasks"]
        if t is None:
            if r.random() < 0.4:
                rows.append((labels["tasks"], ""))
        else:
            rows.append((labels["tasks"], t))
        return rows

    def labelset(self, lang, system):
        r = self.r
        if lang == "en":
            return {"goal": r.choice(["Purpose", "Goal of the mentor support"]),
                    "mentor": r.choice(["Your mentor", "Mentor (name and contact)"]),
                    "tasks": r.choice(["What the mentor will help with", "Mentor's tasks"]),
                    "period": "Period", "hours": r.choice(["Hours per week", "Hours"]),
                    "status": "Status", "start": "Start", "end": "End", "act": "Activity",
                    "provider": "Provider"}
        return {"goal": r.choice(["Formål med mentorstøtten", "Formål", "Mål", "Hvad er målet?",
                                  "Mål for indsatsen", "Målet med mentorstøtten"]),
                "mentor": r.choice(["Mentor", "Din mentor", "Kontaktperson hos leverandør",
                                    "Mentorens navn og kontaktdata", "Hvem er din mentor?"]),
                "tasks": r.choice(["Mentorens opgaver", "Hvad skal mentoren hjælpe med?",
                                   "Indsatsområder", "Aftalt indhold", "Beskrivelse af indsatsen"]),
                "period": r.choice(["Periode", "Varighed", "Bevilget periode"]),
                "hours": r.choice(["Timer pr. uge", "Timetal", "Omfang", "Ugentligt timetal"]),
                "status": "Status", "start": r.choice(["Start", "Startdato", "Fra"]),
                "end": r.choice(["Slut", "Slutdato", "Til"]),
                "act": r.choice(["Aktivitet", "Indsats", "Tilbud"]),
                "provider": r.choice(["Leverandør", "Udbyder", "Sted"])}

    def hours_cell(self, a):
        if a["hours"] is None:
            return ""
        return a["hours_num"] or a["hours"]

    # ---------- HTML
    def html_page(self, title, body, css, script=True):
        js = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
              "gtag('config','G-JN2026');var mentor='Mentorstøtte timer pr. uge';</script>") if script else ""
        return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
                f"<style>{css}</style>{js}</head><body>{body}</body></html>")

    CSS = ("body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:24px;color:#222}"
           "table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #999;padding:4px 6px;"
           "text-align:left;vertical-align:top}th{background:#e8eef4}.card{border:1px solid #ccc;border-radius:6px;"
           "padding:10px 14px;margin:12px 0}.lbl{font-weight:bold;margin-top:6px}.muted{color:#666;font-size:9pt}"
           "nav,footer{font-size:9pt;color:#555}dt{font-weight:bold;margin-top:6px}dd{margin-left:0}")

    def value_html(self, v):
        if isinstance(v, list):
            if len(v) == 1:
                return html.escape(v[0])
            return "<ul>" + "".join(f"<li>{html.escape(x[0].upper() + x[1:])}</li>" for x in v) + "</ul>"
        return html.escape(v)

    def render_jobnet_html(self, p):
        """Citizen view on Jobnet, one card per activity."""
        r = self.r
        L = self.labelset(p["lang"], "jobnet")
        en = p["lang"] == "en"
        head = ("<nav>Jobnet · Forside · Min side · <b>Min Plan</b> · Joblog · Indbakke · Log af</nav>"
                if not en else "<nav>Jobnet · Home · My page · <b>My Plan</b> · Job log · Inbox · Log out</nav>")
        parts = [head, f"<h1>{'My Plan' if en else 'Min Plan'}</h1>",
                 f"<p class='muted'>{'Printed' if en else 'Udskrevet'} {dk_date(p['printed'], 0)} · {html.escape(p['citizen'])}"
                 + (f" · CPR {p['cpr']}" if p["cpr"] else "") + "</p>"]
        if p["plan_goal"]:
            parts.append(f"<h2>{'My goal' if en else 'Mit mål'}</h2><p>{html.escape(p['plan_goal'])}</p>")
        parts.append(f"<h2>{'My activities' if en else 'Mine aktiviteter'}</h2>")
        use_dl = r.random() < 0.5
        for a in p["acts"]:
            rows = []
            if a["type"] == "mentor":
                rows.append((L["status"], a["status"]))
                pt = self.period_text(a, lang=p["lang"])
                if pt:
                    rows.append((L["period"], pt))
                if a["hours"]:
                    rows.append((L["hours"], a["hours"]))
                elif r.random() < 0.5:
                    rows.append((L["hours"], ""))
                rows += self.mentor_fields(p, L)
            else:
                rows.append((L["status"], a["status"]))
                rows.append((L["period"], f"{dk_date(a['start'], 0)} - {dk_date(a['end'], 0)}"))
                if a["hours"]:
                    rows.append((L["hours"], a["hours"]))
                rows.append((L["provider"], a["place"]))
                rows.append(("Beskrivelse" if not en else "Description", a["desc"]))
            if use_dl:
                inner = "<dl>" + "".join(f"<dt>{html.escape(k)}</dt><dd>{self.value_html(v) or '&nbsp;'}</dd>"
                                         for k, v in rows) + "</dl>"
            else:
                inner = "".join(f"<div class='lbl'>{html.escape(k)}</div><div class='val'>{self.value_html(v)}</div>"
                                for k, v in rows)
            parts.append(f"<div class='card'><h3>{html.escape(a['name'])}</h3>{inner}</div>")
        cw = (f"<h2>{'Your caseworker' if en else 'Din sagsbehandler'}</h2><p>{html.escape(p['cw_name'])}, "
              f"{p['muni']} Kommune, {'phone' if en else 'tlf.'} {p['cw_phone']}, {p['cw_email']}</p>")
        parts.append(cw)
        if p["history"]:
            parts.append("<h2>Historik</h2><table><tr><th>Dato</th><th>Hændelse</th></tr>" + "".join(
                f"<tr><td>{dk_date(d, 0)}</td><td>{html.escape(t)}</td></tr>" for d, t in p["history"]) + "</table>")
        parts.append("<footer>Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering · Tilgængelighedserklæring · Cookies</footer>")
        return self.html_page("My Plan" if en else "Min Plan - Jobnet", "".join(parts), self.CSS)

    def render_case_html(self, p, system):
        """Case-system print: overview table with status and dates in columns, then details."""
        r = self.r
        L = self.labelset("da", system)
        sysname = {"momentum": "Momentum", "nexus": "KMD Nexus", "fasit": "Fasit"}[system]
        title = r.choice(["Min Plan – udskrift", "Min Plan", "Borgerens plan (Min Plan)", "Udskrift af Min Plan"])
        parts = [f"<div class='muted'>{sysname} · {p['muni']} Kommune · Udskrevet {dk_date(p['printed'], 0)} af {html.escape(p['cw_name'])}</div>",
                 f"<h1>{title}</h1>",
                 "<table>" + f"<tr><td><b>Borger</b></td><td>{html.escape(p['citizen'])}</td></tr>"
                 + (f"<tr><td><b>CPR-nr.</b></td><td>{p['cpr']}</td></tr>" if p["cpr"] else "")
                 + f"<tr><td><b>Sagsbehandler</b></td><td>{html.escape(p['cw_name'])}, tlf. {p['cw_phone']}</td></tr>"
                 + (f"<tr><td><b>Beskæftigelsesmål</b></td><td>{html.escape(p['plan_goal'])}</td></tr>" if p["plan_goal"] else "")
                 + "</table>",
                 f"<h2>{r.choice(['Aktiviteter', 'Indsatser', 'Aktivitetsoversigt'])}</h2>"]
        hdr = [L["act"], L["status"], L["start"], L["end"], r.choice(["Timer/uge", "Timer pr. uge", "T/uge"]), L["provider"]]
        rows = []
        for a in p["acts"]:
            if a["type"] == "mentor":
                s = "" if a["no_period"] else dk_date(a["start"], 0)
                e = "" if a["no_period"] else dk_date(a["end"], 0)
                rows.append([a["name"], a["status"], s, e, self.hours_cell(a), a["provider"]])
            else:
                h = a["hours"] or ""
                rows.append([a["name"], a["status"], dk_date(a["start"], 0), dk_date(a["end"], 0), h, a["place"]])
        nexus = system == "nexus"
        if nexus:
            # Nexus-like: one period column ("start - slut"), hours only in the details (Omfang).
            hdr = [L["act"], L["status"], "Bevillingsperiode", L["provider"]]
            rows = [[rw[0], rw[1], f"{rw[2]} - {rw[3]}" if rw[2] else "", rw[5]] for rw in rows]
        parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in hdr) + "</tr>" + "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
        m = p["mentor"]
        det = self.mentor_fields(p, L) if m else []
        if m and nexus:
            if m["hours"]:
                det.append(("Omfang", m["hours"]))
            elif r.random() < 0.5:
                det.append(("Omfang", ""))
        if m and nexus and det:
            parts.append(f"<h2>Indsatsdetaljer – {html.escape(m['name'])}</h2><dl>" + "".join(
                f"<dt>{html.escape(k)}</dt><dd>{self.value_html(v) or '&nbsp;'}</dd>" for k, v in det) + "</dl>")
            m = None
            det = []
        if m:
            parts.append(f"<h2>Detaljer: {html.escape(m['name'])}</h2>")
        if det:
            parts.append("<table>" + "".join(f"<tr><th style='width:30%'>{html.escape(k)}</th><td>{self.value_html(v)}</td></tr>"
                                         for k, v in det) + "</table>")
        for a in p["acts"]:
            if a["type"] == "other" and r.random() < 0.5:
                parts.append(f"<h2>Detaljer: {html.escape(a['name'])}</h2><table><tr><th style='width:30%'>Beskrivelse</th>"
                             f"<td>{html.escape(a['desc'])}</td></tr><tr><th>Sted</th><td>{html.escape(a['place'])}</td></tr></table>")
        if p["history"]:
            parts.append("<h2>Historik</h2><table><tr><th>Dato</th><th>Hændelse</th><th>Oprettet af</th></tr>" + "".join(
                f"<tr><td>{dk_date(d, 0)}</td><td>{html.escape(t)}</td><td>{html.escape(p['cw_name'])}</td></tr>"
                for d, t in p["history"]) + "</table>")
        return self.html_page(title, "".join(parts), self.CSS, script=False)

    # ---------- TXT copy-paste
    def render_txt(self, p):
        r = self.r
        en = p["lang"] == "en"
        L = self.labelset(p["lang"], "txt")
        style = r.choice(["jobnet", "tabs"])
        out = []
        if style == "jobnet":
            out += ["Spring til indhold", "Jobnet", "Min side  Min Plan  Joblog  Indbakke", "",
                    "My Plan" if en else "Min Plan", ""]
            if p["cpr"]:
                out += [f"{p['citizen']} ({p['cpr']})", ""]
            else:
                out += [p["citizen"], ""]
            if p["plan_goal"]:
                out += ["Mit mål", p["plan_goal"], ""]
            for a in p["acts"]:
                out += [a["name"], ""]
                if a["type"] == "mentor":
                    out += [L["status"], a["status"]]
                    pt = self.period_text(a, lang=p["lang"])
                    if pt:
                        out += [L["period"], pt]
                    if a["hours"]:
                        out += [L["hours"], a["hours"]]
                    for k, v in self.mentor_fields(p, L):
                        out.append(k)
                        if isinstance(v, list):
                            out += ["- " + x for x in v] if len(v) > 1 else v
                        else:
                            out.append(v)
                else:
                    out += [L["status"], a["status"], L["period"],
                            f"{dk_date(a['start'], 0)} - {dk_date(a['end'], 0)}"]
                    if a["hours"]:
                        out += [L["hours"], a["hours"]]
                    out += [a["desc"]]
                out += ["Læs mere" if not en else "Read more", ""]
        else:
            out += [f"MIN PLAN    {p['muni']} Kommune    udskrevet {dk_date(p['printed'], 0)}", "",
                    f"Borger:\t{p['citizen']}" + (f"\tCPR:\t{p['cpr']}" if p["cpr"] else ""),
                    f"Sagsbehandler:\t{p['cw_name']}\ttlf. {p['cw_phone']}", ""]
            out.append("\t".join([L["act"], L["status"], L["start"], L["end"], "Timer/uge"]))
            for a in p["acts"]:
                if a["type"] == "mentor":
                    s = "" if a["no_period"] else dk_date(a["start"], 0)
                    e = "" if a["no_period"] else dk_date(a["end"], 0)
                    out.append("\t".join([a["name"], a["status"], s, e, self.hours_cell(a)]))
                else:
                    out.append("\t".join([a["name"], a["status"], dk_date(a["start"], 0),
                                          dk_date(a["end"], 0), a["hours"] or ""]))
            if p["mentor"]:
                out += ["", p["mentor"]["name"].upper(), ""]
            for k, v in (self.mentor_fields(p, L) if p["mentor"] else []):
                if isinstance(v, list):
                    out.append(f"{k}:")
                    out += ["  * " + x for x in v] if len(v) > 1 else ["  " + v[0]]
                else:
                    out.append(f"{k}: {v}")
            out.append("")
        if p["history"]:
            out += ["Historik"] + [f"{dk_date(d, 0)}\t{t}" for d, t in p["history"]] + [""]
        out += [f"{'Your caseworker' if en else 'Din sagsbehandler'}: {p['cw_name']}, tlf. {p['cw_phone']}, {p['cw_email']}"]
        return "\n".join(out) + "\n"

    # ---------- DOCX
    def render_docx(self, p, path):
        import docx
        from docx.shared import Pt
        r = self.r
        L = self.labelset(p["lang"], "docx")
        d = docx.Document()
        d.styles["Normal"].font.name = "Calibri"
        d.styles["Normal"].font.size = Pt(11)
        sec = d.sections[0]
        sec.header.paragraphs[0].text = f"{p['muni']} Kommune · Beskæftigelse · Min Plan"
        sec.footer.paragraphs[0].text = f"Udskrevet {dk_date(p['printed'], 0)}"
        d.add_heading("My Plan" if p["lang"] == "en" else r.choice(["Min Plan", "Min Plan – aktiviteter", "Plan for beskæftigelse (Min Plan)"]), 0)
        d.add_paragraph(f"Borger: {p['citizen']}" + (f"   CPR: {p['cpr']}" if p["cpr"] else ""))
        d.add_paragraph(f"Sagsbehandler: {p['cw_name']}, tlf. {p['cw_phone']}")
        if p["plan_goal"]:
            d.add_paragraph(f"Beskæftigelsesmål: {p['plan_goal']}")
        d.add_heading("Aktiviteter" if p["lang"] == "da" else "Activities", 1)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, [L["act"], L["status"], L["start"], L["end"], L["hours"]]):
            c.text = h
        for a in p["acts"]:
            row = t.add_row().cells
            if a["type"] == "mentor":
                vals = [a["name"], a["status"], "" if a["no_period"] else dk_date(a["start"], 0),
                        "" if a["no_period"] else dk_date(a["end"], 0), a["hours"] or ""]
            else:
                vals = [a["name"], a["status"], dk_date(a["start"], 0), dk_date(a["end"], 0), a["hours"] or ""]
            for c, v in zip(row, vals):
                c.text = v
        if p["mentor"]:
            d.add_heading(p["mentor"]["name"], 1)
        as_table = r.random() < 0.5
        det = self.mentor_fields(p, L) if p["mentor"] else []
        if as_table:
            t2 = d.add_table(rows=0, cols=2)
            t2.style = "Table Grid"
            for k, v in det:
                row = t2.add_row().cells
                row[0].text = k
                if isinstance(v, list):
                    row[1].text = v[0] if len(v) == 1 else ""
                    if len(v) > 1:
                        row[1].paragraphs[0].text = "• " + v[0]
                        for x in v[1:]:
                            row[1].add_paragraph("• " + x)
                else:
                    row[1].text = v
        else:
            for k, v in det:
                para = d.add_paragraph()
                para.add_run(k).bold = True
                if isinstance(v, list):
                    if len(v) == 1:
                        d.add_paragraph(v[0])
                    for x in v if len(v) > 1 else []:
                        d.add_paragraph(x[0].upper() + x[1:], style="List Bullet")
                else:
                    d.add_paragraph(v)
        if p["history"]:
            d.add_heading("Historik", 1)
            for dd, tx in p["history"]:
                d.add_paragraph(f"{dk_date(dd, 0)}  {tx}")
        d.save(path)

    # ---------- reportlab
    def render_reportlab(self, p, path, valign):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
        r = self.r
        ss = getSampleStyleSheet()
        L = self.labelset(p["lang"], "rl")
        en = p["lang"] == "en"
        story = [Paragraph("My Plan" if en else r.choice(["Min Plan", "Min Plan – udskrift fra fagsystem"]), ss["Title"]),
                 Paragraph(f"{p['muni']} Kommune · {'Printed' if en else 'Udskrevet'} {dk_date(p['printed'], 0)}", ss["Normal"]),
                 Paragraph(f"{'Citizen' if en else 'Borger'}: {html.escape(p['citizen'])}" + (f" &nbsp; CPR: {p['cpr']}" if p["cpr"] else ""), ss["Normal"]),
                 Spacer(1, 8)]
        data = [[L["act"], L["status"], L["start"], L["end"], "Timer/uge" if not en else "Hrs/week"]]
        for a in p["acts"]:
            if a["type"] == "mentor":
                data.append([Paragraph(html.escape(a["name"]), ss["Normal"]), a["status"],
                             "" if a["no_period"] else dk_date(a["start"], 0),
                             "" if a["no_period"] else dk_date(a["end"], 0), self.hours_cell(a)])
            else:
                data.append([Paragraph(html.escape(a["name"]), ss["Normal"]), a["status"], dk_date(a["start"], 0),
                             dk_date(a["end"], 0), Paragraph(html.escape(a["hours"] or ""), ss["Normal"])])
        t = Table(data, colWidths=[170, 70, 70, 70, 95], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                               ("VALIGN", (0, 0), (-1, -1), valign), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
        story += [t, Spacer(1, 12)]
        if p["mentor"]:
            story.append(Paragraph(html.escape(p["mentor"]["name"]), ss["Heading2"]))
        det = []
        for k, v in (self.mentor_fields(p, L) if p["mentor"] else []):
            if isinstance(v, list):
                v = "<br/>".join("• " + html.escape(x) for x in v) if len(v) > 1 else html.escape(v[0])
            else:
                v = html.escape(v)
            det.append([Paragraph(f"<b>{html.escape(k)}</b>", ss["Normal"]), Paragraph(v, ss["Normal"])])
        if det:
            t2 = Table(det, colWidths=[140, 335])
            t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (0, -1), valign), ("VALIGN", (1, 0), (1, -1), "TOP")]))
            story.append(t2)
        story += [Spacer(1, 10), Paragraph(f"Sagsbehandler: {html.escape(p['cw_name'])}, tlf. {p['cw_phone']}", ss["Normal"])]
        if p["history"]:
            story.append(Paragraph("Historik", ss["Heading2"]))
            ht = Table([[dk_date(d, 0), x] for d, x in p["history"]], colWidths=[90, 385])
            ht.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9)]))
            story.append(ht)

        def footer(canvas, doc):
            canvas.setFont("Helvetica", 8)
            canvas.drawString(40, 20, f"Min Plan · {p['muni']} Kommune · Side {doc.page}")
        SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40).build(
            story, onFirstPage=footer, onLaterPages=footer)

    # ---------- agreements
    APPEAL_OK = [
        "Hvis du ikke er enig i afgørelsen, kan du klage til {m} Kommune inden fire uger efter, at du har modtaget den. "
        "Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
        "afgørelsen, sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kap. 10).",
        "Du kan klage over afgørelsen om mentorstøtte. Klagen sendes til Jobcenter {m} senest 4 uger efter, at du har fået "
        "denne aftale. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til "
        "Ankestyrelsen.",
    ]

    def agreement(self, defects):
        r = self.r
        p = self.plan(defects=[d for d in defects if d in MINPLAN_RULES], n_other=0)
        a = p["mentor"]
        f = p["citizen"].split()[0]
        title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorforløb",
                          "Aftale om mentorstøtte efter LAB § 167"])
        secs = [("intro", f"Aftalen er indgået mellem {p['citizen']}, {p['muni']} Kommune og {a['provider']}. "
                 f"Sagsbehandler er {p['cw_name']}, tlf. {p['cw_phone']}.")]
        L = {"goal": r.choice(["1. Målet med mentorstøtten", "Formål og mål", "Mål"]),
             "mentor": r.choice(["2. Mentor", "Mentorens navn og kontaktdata", "Din mentor"]),
             "tasks": r.choice(["3. Mentorens opgaver", "Det skal mentor hjælpe med", "Indsatsområder"])}
        for k, v in self.mentor_fields(p, L):
            secs.append((k, v))
        pt = self.period_text(a)
        if pt:
            secs.append((r.choice(["Periode", "Varighed"]), f"Mentorstøtten gives i perioden {pt}."))
        if "missing-follow-up" not in defects:
            secs.append((r.choice(["Opfølgning", "Opfølgning og progression"]),
                         r.choice(["Der holdes statusmøde med borger, mentor og sagsbehandler hver måned. "
                                   "Mentorstøtten evalueres 14 dage før periodens udløb. Delmål: fremmøde fire dage om ugen fra uge 3.",
                                   "Mentor sender en kort status hver 4. uge. Vi følger op på progressionen ved opfølgningssamtalen "
                                   "midt i perioden og fire uger før bevillingen udløber."])))
        if a["hours"]:
            secs.append((r.choice(["Timetal", "Antal timer"]), a["hours"].capitalize() + "." if "missing-hours" in defects
                         else f"Mentoren har {a['hours']} til {f}."))
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.5:
                secs.append(("Klagevejledning", "Du kan klage over afgørelsen."))
        elif "wrong-route" in defects:
            secs.append(("Klagevejledning", "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget aftalen."))
        else:
            secs.append(("Klagevejledning", r.choice(self.APPEAL_OK).format(m=p["muni"])))
        secs.append(("sign", f"Dato og underskrift\n\n______________________    ______________________\n{p['citizen']}    {a['mentor_name']}"))
        return p, title, secs

    def agreement_html(self, p, title, secs):
        body = [f"<p class='muted'>{p['muni']} Kommune · Beskæftigelse</p><h1>{html.escape(title)}</h1>"]
        if p["cpr"]:
            body.append(f"<p>CPR-nr.: {p['cpr']}</p>")
        for k, v in secs:
            if k in ("intro", "sign"):
                body.append("<p>" + html.escape(v).replace("\n", "<br>") + "</p>")
            else:
                body.append(f"<h2>{html.escape(k)}</h2>" + (self.value_html(v) if isinstance(v, list) and len(v) > 1
                                                           else f"<p>{self.value_html(v)}</p>"))
        return self.html_page(title, "".join(body), self.CSS, script=False)

    def agreement_txt(self, p, title, secs):
        out = [title.upper(), ""] + ([f"CPR: {p['cpr']}", ""] if p["cpr"] else [])
        for k, v in secs:
            if k in ("intro", "sign"):
                out += [v, ""]
            else:
                out.append(k)
                out += (["- " + x for x in v] if isinstance(v, list) and len(v) > 1 else
                        [v[0] if isinstance(v, list) else v])
                out.append("")
        return "\n".join(out)

    def agreement_docx(self, p, title, secs, path):
        import docx
        d = docx.Document()
        d.add_heading(title, 0)
        if p["cpr"]:
            d.add_paragraph(f"Borger: {p['citizen']}, CPR-nr. {p['cpr']}")
        for k, v in secs:
            if k in ("intro", "sign"):
                d.add_paragraph(v)
            else:
                d.add_heading(k, 2)
                if isinstance(v, list) and len(v) > 1:
                    for x in v:
                        d.add_paragraph(x[0].upper() + x[1:], style="List Bullet")
                else:
                    d.add_paragraph(v[0] if isinstance(v, list) else v)
        d.save(path)

    # ---------- none of the kinds
    def inbox_message(self):
        r = self.r
        p = self.plan(n_other=1)
        m = p["mentor"]
        subj = r.choice(["Din plan er opdateret", "Ny aktivitet i Min Plan", "Påmindelse: samtale i næste uge",
                         "Du har fået en ny besked"])
        body = r.choice([
            f"Kære {p['citizen'].split()[0]}\n\nDin sagsbehandler har opdateret din plan på Jobnet. Der er tilføjet en ny aktivitet: "
            f"{m['name']}. Log ind på Jobnet og se din plan under Min Plan.\n\nDu skal ikke svare på denne besked.",
            f"Hej {p['citizen'].split()[0]}\n\nSom aftalt har jeg sat mentorstøtte i gang. Din mentor ringer til dig i løbet af "
            f"næste uge. Du kan se det hele i Min Plan.\n\nVenlig hilsen\n{p['cw_name']}\n{p['muni']} Kommune\nTlf. {p['cw_phone']}",
            f"Hej {p['citizen'].split()[0]}\n\nDu har en samtale med din sagsbehandler {dk_date(p['printed'], 1)} kl. 10.30 "
            f"på Jobcentret, Vestergade 12. Tag gerne din mentor med.\n\nHvis du er forhindret, skal du ringe på {p['cw_phone']}."])
        meta = (f"Indbakke · Min Plan\nFra: {p['muni']} Kommune, Beskæftigelse\nTil: {p['citizen']}\n"
                f"Dato: {dk_date(p['printed'], 0)} 08:14\nEmne: {subj}\n")
        return p, subj, meta, body

    def booking(self):
        r = self.r
        p = self.plan(n_other=1)
        m = p["mentor"]
        lines = [r.choice(["Mine aftaler", "Kalender", "Bookinger – Min Plan"]), ""]
        d0 = p["printed"]
        for i in range(r.randint(3, 6)):
            d = d0 + dt.timedelta(days=7 * i + r.randint(0, 3))
            what = r.choice([f"Samtale med sagsbehandler {p['cw_name']}", f"Møde med mentor {m['mentor_name']}",
                             "Virksomhedsbesøg", "Opfølgningssamtale (telefon)", "Jobsøgningsværksted"])
            lines.append(f"{dk_date(d, 1)}\tkl. {r.choice(['09.00', '10.30', '13.00', '14.15'])}\t{what}\t"
                         f"{r.choice(['Jobcentret, lokale 3', 'Telefon', 'Hos udbyder', 'Video (Teams)'])}\tBekræftet")
        lines += ["", f"Aflysning: ring til {p['cw_phone']} senest dagen før kl. 12."]
        return p, lines

    def joblog(self):
        r = self.r
        p = self.plan(n_other=0)
        rows = []
        for i in range(r.randint(6, 18)):
            d = p["printed"] - dt.timedelta(days=r.randint(0, 120))
            rows.append((d, r.choice(["Lagermedarbejder", "Butiksassistent", "Rengøringsassistent", "Chauffør",
                                      "Køkkenmedhjælper", "Pædagogmedhjælper", "Kundeservice"]),
                         r.choice(WORKPLACES), r.choice(["Sendt", "Afslag", "Til samtale", "Ikke svar"])))
        rows.sort()
        return p, rows

    def no_mentor_plan(self):
        p = self.plan(n_other=self.r.randint(2, 5), system=self.r.choice(["momentum", "nexus", "fasit"]))
        p["acts"] = [a for a in p["acts"] if a["type"] != "mentor"]
        p["mentor"] = None
        return p

    # ---------- the schedule
    def folder(self):
        self.n += 1
        return f"sag-{4100 + self.n * 7 + self.r.randint(0, 6)}"

    def fname(self, stem_choices, ext):
        return self.r.choice(stem_choices) + "." + ext

    def build(self):
        r = self.r
        defects = ([[]] * 21 + [["missing-goal"]] * 4 + [["unclear-goal"]] * 5 + [["missing-mentor"]] * 6
                   + [["missing-tasks"]] * 5 + [["missing-duration"]] * 5 + [["missing-hours"]] * 6
                   + [["duration-over-6-months"]] * 5
                   + [["missing-hours", "missing-tasks"], ["missing-mentor", "missing-duration"],
                      ["unclear-goal", "duration-over-6-months"]])
        variants = (["jobnet-pdf"] * 11 + ["jobnet-html"] * 7 + ["case-pdf"] * 10 + ["case-html"] * 6
                    + ["txt"] * 8 + ["docx"] * 6 + ["docx-lo"] * 6 + ["rl-bottom"] * 3 + ["rl-middle"] * 3)
        r.shuffle(defects)
        r.shuffle(variants)
        en_slots = [i for i, v in enumerate(variants) if v in ("jobnet-pdf", "jobnet-html", "txt", "rl-middle")][:5]
        long_slots = set(r.sample([i for i in range(60) if i not in en_slots], 8))
        for i, (df, var) in enumerate(zip(defects, variants)):
            lang = "en" if i in en_slots else "da"
            system = r.choice(["momentum", "nexus", "fasit"])
            p = self.plan(defects=df, lang=lang, long=i in long_slots, system=system)
            if "unclear-goal" in df:
                p["plan_goal"] = None
            traits = [f"variant:{var}", f"system:{system if var.startswith(('case', 'docx', 'rl')) else 'jobnet'}"]
            if lang == "en":
                traits.append("english")
            if i in long_slots:
                traits.append("long-plan")
            if len(p["acts"]) > 1:
                traits.append("multi-activity")
            if any(a["type"] == "other" and (a["end"] - a["start"]).days > 185 for a in p["acts"]):
                traits.append("other-activity-period-over-6-months")
            if p["mentor"]["hours"] and not p["mentor"]["hours_num"] and "missing-hours" in df:
                traits.append("hours-vague")
            if p["mentor"]["goal"] in PLACEHOLDERS:
                traits.append("goal-placeholder")
            if p["mentor"]["mentor_mode"] == "name-only":
                traits.append("mentor-name-without-contact")
            folder = self.folder()
            if var in ("jobnet-pdf", "jobnet-html"):
                doc = self.render_jobnet_html(p)
                layout = "jobnet-cards"
            elif var in ("case-pdf", "case-html"):
                doc = self.render_case_html(p, system)
                layout = "case-table-columns"
            if var == "jobnet-html" or var == "case-html":
                rel = f"{folder}/" + self.fname(["Min Plan - Jobnet", "minplan", "Min Plan udskrift", "plan_gemt"], "html")
                self.write(rel, doc)
                fmt = "html"
            elif var in ("jobnet-pdf", "case-pdf"):
                rel = f"{folder}/" + self.fname(["Min Plan", "minplan_print", "MinPlan_udskrift", "plan"], "pdf")
                self.html_to_pdf.append((doc, self.out / rel, var == "jobnet-pdf"))
                fmt = "pdf"
                traits.append("pdf:chromium")
            elif var == "txt":
                rel = f"{folder}/" + self.fname(["minplan", "Min plan kopi", "plan_tekst"], "txt")
                self.write(rel, self.render_txt(p))
                fmt, layout = "txt", "copy-paste"
            elif var in ("docx", "docx-lo"):
                dp = self.out / folder / self.fname(["Min Plan", "MinPlan_" + system, "Dokument1"], "docx")
                dp.parent.mkdir(parents=True, exist_ok=True)
                layout = "word-tables"
                if var == "docx":
                    self.render_docx(p, dp)
                    rel, fmt = str(dp.relative_to(self.out)), "docx"
                else:
                    tmp = Path(self.tmp) / f"bd{self.n}" / dp.name
                    tmp.parent.mkdir(parents=True, exist_ok=True)
                    self.render_docx(p, tmp)
                    self.docx_to_pdf.append((tmp, dp.with_suffix(".pdf")))
                    rel, fmt = str(dp.with_suffix(".pdf").relative_to(self.out)), "pdf"
                    traits.append("pdf:libreoffice")
            else:
                valign = "BOTTOM" if var == "rl-bottom" else "MIDDLE"
                rel = f"{folder}/" + self.fname(["minplan_fagsystem", "Min Plan", "udskrift"], "pdf")
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                self.render_reportlab(p, self.out / rel, valign)
                fmt, layout = "pdf", f"reportlab-labels-{valign.lower()}"
                traits.append("pdf:reportlab")
            self.add(rel, fmt, "minplan", layout, "minplan-en" if lang == "en" else "minplan", df, p, traits)

        # agreements
        adef = ([[]] * 7 + [["missing-follow-up"]] * 2 + [["missing-appeal-guidance"]] * 2
                + [["duration-over-6-months"]] + [["missing-hours"]] + [["unclear-goal"]] + [["wrong-route"]])
        afmt = ["docx", "docx", "docx-lo", "docx-lo", "html", "html-pdf", "html-pdf", "txt", "txt",
                "docx", "docx-lo", "html", "txt", "html-pdf", "docx"]
        r.shuffle(adef)
        for df, af in zip(adef, afmt):
            p, title, secs = self.agreement(df)
            rules = [d for d in df if d != "wrong-route"]
            extras = ["appeal-wrong-route"] if "wrong-route" in df else []
            folder = self.folder()
            stem = r.choice(["Mentoraftale", "aftale_mentor", "Aftale om mentorstøtte", "mentoraftale_underskrevet"])
            traits = [f"variant:{af}"]
            if af == "html":
                rel = f"{folder}/{stem}.html"
                self.write(rel, self.agreement_html(p, title, secs))
                fmt = "html"
            elif af == "html-pdf":
                rel = f"{folder}/{stem}.pdf"
                self.html_to_pdf.append((self.agreement_html(p, title, secs), self.out / rel, False))
                fmt = "pdf"
            elif af == "txt":
                rel = f"{folder}/{stem}.txt"
                self.write(rel, self.agreement_txt(p, title, secs))
                fmt = "txt"
            else:
                dp = self.out / folder / f"{stem}.docx"
                dp.parent.mkdir(parents=True, exist_ok=True)
                if af == "docx":
                    self.agreement_docx(p, title, secs, dp)
                    rel, fmt = f"{folder}/{stem}.docx", "docx"
                else:
                    tmp = Path(self.tmp) / f"bd{self.n}" / dp.name
                    tmp.parent.mkdir(parents=True, exist_ok=True)
                    self.agreement_docx(p, title, secs, tmp)
                    self.docx_to_pdf.append((tmp, dp.with_suffix(".pdf")))
                    rel, fmt = f"{folder}/{stem}.pdf", "pdf"
            self.add(rel, fmt, "agreement", "sections", "agreement", rules, p, traits, extras)

        # none of the kinds
        for i in range(6):
            p, subj, meta, body = self.inbox_message()
            folder = self.folder()
            how = ["txt", "html", "pdf", "txt", "html", "pdf"][i]
            if how == "txt":
                rel = f"{folder}/besked_minplan.txt"
                self.write(rel, meta + "\n" + body + "\n")
            else:
                doc = self.html_page(subj, "<nav>Jobnet · Indbakke</nav><pre style='font-family:Arial'>" + html.escape(meta)
                                     + "</pre><h1>" + html.escape(subj) + "</h1>" + "".join(
                                         f"<p>{html.escape(x)}</p>" for x in body.split("\n\n")), self.CSS)
                rel = f"{folder}/besked.{how}"
                if how == "html":
                    self.write(rel, doc)
                else:
                    self.html_to_pdf.append((doc, self.out / rel, True))
            self.add(rel, how, "unknown", "message", "minplan-inbox-message", [], p, ["not-a-kind"])
        for i in range(6):
            p, lines = self.booking()
            folder = self.folder()
            how = ["txt", "pdf", "html", "pdf", "txt", "docx"][i]
            rel = f"{folder}/kalender.{how}"
            if how == "txt":
                self.write(rel, f"{p['citizen']}\n" + "\n".join(lines) + "\n")
            elif how == "docx":
                import docx
                d = docx.Document()
                d.add_heading(lines[0], 1)
                d.add_paragraph(p["citizen"] + (f", CPR {p['cpr']}" if p["cpr"] else ""))
                t = d.add_table(rows=0, cols=5)
                for ln in lines[2:-2]:
                    for c, v in zip(t.add_row().cells, ln.split("\t")):
                        c.text = v
                d.add_paragraph(lines[-1])
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                d.save(self.out / rel)
            else:
                tab = "<table><tr><th>Dato</th><th>Tid</th><th>Hvad</th><th>Hvor</th><th>Status</th></tr>" + "".join(
                    "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in ln.split("\t")) + "</tr>" for ln in lines[2:-2]) + "</table>"
                doc = self.html_page(lines[0], f"<h1>{lines[0]}</h1><p>{html.escape(p['citizen'])}"
                                     + (f" · CPR {p['cpr']}" if p["cpr"] else "") + f"</p>{tab}<p>{html.escape(lines[-1])}</p>", self.CSS)
                if how == "html":
                    self.write(rel, doc)
                else:
                    self.html_to_pdf.append((doc, self.out / rel, True))
            self.add(rel, how, "unknown", "calendar", "calendar-print", [], p, ["not-a-kind"])
        for i in range(7):
            p = self.no_mentor_plan()
            folder = self.folder()
            how = ["case-html", "case-pdf", "jobnet-pdf", "txt", "docx", "rl", "jobnet-html"][i]
            if how in ("case-html", "case-pdf"):
                doc = self.render_case_html(p, p["system"])
            elif how.startswith("jobnet"):
                doc = self.render_jobnet_html(p)
            if how.endswith("html"):
                rel = f"{folder}/minplan.html"
                self.write(rel, doc)
                fmt = "html"
            elif how in ("case-pdf", "jobnet-pdf"):
                rel = f"{folder}/Min Plan.pdf"
                self.html_to_pdf.append((doc, self.out / rel, how == "jobnet-pdf"))
                fmt = "pdf"
            elif how == "txt":
                rel = f"{folder}/minplan.txt"
                self.write(rel, self.render_txt(p))
                fmt = "txt"
            elif how == "docx":
                rel = f"{folder}/Min Plan.docx"
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                self.render_docx(p, self.out / rel)
                fmt = "docx"
            else:
                rel = f"{folder}/aktiviteter.pdf"
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                self.render_reportlab(p, self.out / rel, "MIDDLE")
                fmt = "pdf"
            self.add(rel, fmt, "unknown", "activity-overview", "activity-overview-no-mentor", [], p,
                     ["not-a-kind", f"variant:{how}"])
        for i in range(6):
            p, rows = self.joblog()
            folder = self.folder()
            how = ["pdf", "txt", "html", "pdf", "docx", "txt"][i]
            rel = f"{folder}/joblog.{how}"
            head = f"Joblog for {p['citizen']}" + (f" ({p['cpr']})" if p["cpr"] else "")
            if how == "txt":
                self.write(rel, head + "\nUdskrevet " + dk_date(p["printed"], 0) + "\n\nDato\tStilling\tVirksomhed\tStatus\n"
                           + "\n".join(f"{dk_date(d, 0)}\t{s}\t{w}\t{st}" for d, s, w, st in rows) + "\n")
            elif how == "docx":
                import docx
                d = docx.Document()
                d.add_heading(head, 1)
                t = d.add_table(rows=1, cols=4)
                for c, v in zip(t.rows[0].cells, ["Dato", "Stilling", "Virksomhed", "Status"]):
                    c.text = v
                for row in rows:
                    for c, v in zip(t.add_row().cells, [dk_date(row[0], 0), *row[1:]]):
                        c.text = v
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                d.save(self.out / rel)
            else:
                doc = self.html_page("Joblog", f"<nav>Jobnet · Joblog</nav><h1>{html.escape(head)}</h1><table><tr><th>Dato</th>"
                                     "<th>Stilling</th><th>Virksomhed</th><th>Status</th></tr>" + "".join(
                                         f"<tr><td>{dk_date(d, 0)}</td><td>{s}</td><td>{w}</td><td>{st}</td></tr>"
                                         for d, s, w, st in rows) + "</table>", self.CSS)
                if how == "html":
                    self.write(rel, doc)
                else:
                    self.html_to_pdf.append((doc, self.out / rel, True))
            self.add(rel, how, "unknown", "table", "joblog", [], p, ["not-a-kind"])

    def convert(self):
        from playwright.sync_api import sync_playwright
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path="/usr/bin/chromium")
            page = b.new_page()
            for k, (doc, path, browser_print) in enumerate(self.html_to_pdf):
                path.parent.mkdir(parents=True, exist_ok=True)
                printed = f"{(k % 27) + 1:02d}.{(k % 11) + 1:02d}.2026 {8 + k % 9:02d}.{(k * 7) % 60:02d}"
                page.set_content(doc)
                kw = {}
                if browser_print:
                    kw = {"display_header_footer": True,
                          "header_template": "<div style='font-size:8px;width:100%;padding:0 20px'>" + printed +
                                             "&nbsp;&nbsp;<span class='title'></span></div>",
                          "footer_template": "<div style='font-size:8px;width:100%;padding:0 20px'>https://job.jobnet.dk/CV/MyPlan"
                                             "&nbsp;&nbsp;<span class='pageNumber'></span>/<span class='totalPages'></span></div>",
                          "margin": {"top": "40px", "bottom": "40px", "left": "30px", "right": "30px"}}
                page.pdf(path=str(path), format="A4", print_background=True, **kw)
            b.close()
        if self.docx_to_pdf:
            src = Path(self.tmp) / "lo_in"
            src.mkdir(exist_ok=True)
            names = []
            for i, (tmp, dest) in enumerate(self.docx_to_pdf):
                n = src / f"d{i:03d}.docx"
                shutil.copy(tmp, n)
                names.append(str(n))
            outd = Path(self.tmp) / "lo_out"
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bd_profile", "--headless",
                            "--convert-to", "pdf", "--outdir", str(outd), *names],
                           check=True, capture_output=True, timeout=600)
            for i, (tmp, dest) in enumerate(self.docx_to_pdf):
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(outd / f"d{i:03d}.pdf"), dest)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=6106)
    args = ap.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    g = Gen(args.seed, args.out)
    with tempfile.TemporaryDirectory() as tmp:
        g.tmp = tmp
        g.build()
        g.convert()
    paths = [e["path"] for e in g.entries]
    assert len(paths) == len(set(paths)), "duplicate paths"
    for e in g.entries:
        assert (args.out / e["path"]).is_file(), e["path"]
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])]
    (args.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print(len(g.entries), dict(Counter(e["kind"] for e in g.entries)), dict(Counter(e["format"] for e in g.entries)))


if __name__ == "__main__":
    main()
