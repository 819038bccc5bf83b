"""Corpus AC: a random audit sample from one large municipality's (Aarhus) mentor archive, 2022-2026.

Independent of the linter: written only from domain.md, the rules' user documentation and the
manifest format. Deterministic (seed 101). Usage:
    python make_corpus_ac.py OUT_DIR
"""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

import docx

SEED = 101
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

GOALS = [
    "{n} er i virksomhedspraktik i Netto, Frederiks Allé, 15 timer om ugen senest {d}.",
    "{n} starter på SOSU-hjælperuddannelsen i Aarhus og møder mindst fire dage om ugen fra {d}.",
    "{n} har et fleksjob på 12 timer om ugen som pedelmedhjælper senest {d}.",
    "{n} gennemfører grundforløb 1 på Aarhus Tech med mindst 90 % fremmøde frem til {d}.",
    "{n} er i løntilskud som lagermedarbejder hos Salling Group 25 timer om ugen fra {d}.",
    "{n} består 9. klasses prøve i dansk og matematik på VUC Aarhus senest {d}.",
    "{n} møder stabilt på arbejde i ordinære timer hos Arla i Viby, 30 timer om ugen, senest {d}.",
]
VAGUE = [
    "Støtte til at komme videre og øget trivsel.",
    "Øget selvværd og struktur på hverdagen.",
    "Hjælp til at få bedre trivsel i hverdagen.",
    "Sikre at {n} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Motivere {n} til at komme videre i livet.",
]
TASKS = [
    "Følge {n} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe {n} med at planlægge ugen, øve busruten til skolen og tage kontakt til studievejlederen.",
    "Støtte {n} i kontakten med arbejdspladsen og med at holde styr på mødetider og aftaler.",
    "Gå med til samtaler på uddannelsesstedet og hjælpe med at søge SU.",
]
FOLLOW = [
    "Statusmøde med mentor, {n} og sagsbehandler hver 4. uge; evaluering 14 dage før ophør.",
    "Vi følger op hver måned. Delmål: fremmøde fire dage om ugen fra den anden måned.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
]
CITIZENS = ["Anna Kristensen", "Ahmed Hassan", "Mette Sørensen", "Jonas Holm", "Fatima Ali",
            "Kasper Lund", "Signe Mikkelsen", "Omar Yilmaz", "Louise Bach", "Rasmus Eriksen",
            "Sara Nielsen", "Mikkel Dahl"]
MENTORS = [("Lars Østergaard", "23 45 67 89", "lao@jobhus-oj.dk"),
           ("Birgitte Vang", "40 12 33 21", "bv@mentorgruppen-aros.dk"),
           ("Henrik Bro", "28 90 11 45", "hebro@aarhus.dk"),
           ("Nadia Rahimi", "51 22 87 60", "nr@jobhus-oj.dk"),
           ("Peter Juhl", "61 34 20 18", "pj@mentorgruppen-aros.dk")]
WORKERS = ["Camilla Sand", "Tobias Krogh", "Hanne Riis", "Jesper Mølgaard", "Line Vestergaard",
           "Ole Fisker", "Maria Thygesen"]

CPRS = ["120385-1234", "0307921458", "251199-2207", "010170-3314", "140688 4021"]


def wdate(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return wdate(d)
    if style == 1:
        return d.strftime("%d.%m.%Y")
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def appeal_text(year: int, sender: str) -> str:
    body = "kommunen" if year >= 2026 else "jobcentret"
    return (f"Hvis du ikke er enig i afgørelsen, kan du klage til {sender} inden 4 uger, efter du har "
            f"modtaget den. Klagen kan være mundtlig eller skriftlig. {body.capitalize()} genvurderer "
            f"afgørelsen inden fire uger. Fastholder {body} afgørelsen, sendes klagen videre til "
            f"Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.")


class Gen:
    def __init__(self, out: Path):
        self.out = out
        self.rng = random.Random(SEED)
        self.entries: list[dict] = []
        self.convert: list[tuple[Path, str]] = []  # (docx tmp path, target fmt)
        self.tmp = Path(tempfile.mkdtemp(prefix="corpus_ac_"))

    # ---------- writers ----------
    def write(self, rel: str, fmt: str, blocks: list, title: str, extra_email: dict | None = None):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt in ("docx", "pdf", "odt"):
            d = docx.Document()
            for b in blocks:
                if b[0] == "h":
                    d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
                elif b[0] == "p":
                    d.add_paragraph(b[1])
                elif b[0] == "table":
                    t = d.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for k, v in b[1]:
                        cells = t.add_row().cells
                        cells[0].text = k
                        cells[1].text = v
            if fmt == "docx":
                d.save(path)
            else:
                src = self.tmp / fmt / (path.stem + ".docx")
                src.parent.mkdir(parents=True, exist_ok=True)
                d.save(src)
                self.convert.append((src, fmt, path))
        elif fmt in ("txt", "eml"):
            lines = []
            for b in blocks:
                if b[0] == "h":
                    lines += ["", b[1].upper() if b[2:] == () or b[2] == 1 else b[1]]
                elif b[0] == "p":
                    lines.append(b[1])
                else:
                    lines += [f"{k}: {v}" for k, v in b[1]]
            text = "\n".join(lines).strip() + "\n"
            if fmt == "txt":
                path.write_text(text, encoding="utf-8")
            else:
                m = EmailMessage()
                m["From"] = extra_email["from"]
                m["To"] = extra_email["to"]
                m["Subject"] = title
                m["Date"] = extra_email["date"]
                m.set_content(text)
                path.write_bytes(bytes(m))
        elif fmt == "html":
            parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"]
            for b in blocks:
                if b[0] == "h":
                    lv = b[2] if len(b) > 2 else 1
                    parts.append(f"<h{lv}>{b[1]}</h{lv}>")
                elif b[0] == "p":
                    parts.append(f"<p>{b[1]}</p>")
                else:
                    parts.append("<table>" + "".join(
                        f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in b[1]) + "</table>")
            parts.append("</body></html>")
            path.write_text("\n".join(parts), encoding="utf-8")

    def finish(self):
        by_fmt: dict[str, list] = {}
        for src, fmt, dst in self.convert:
            by_fmt.setdefault(fmt, []).append((src, dst))
        for fmt, items in by_fmt.items():
            outdir = self.tmp / f"out_{fmt}"
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ac_profile", "--headless",
                            "--convert-to", fmt, "--outdir", str(outdir)] + [str(s) for s, _ in items],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
            for src, dst in items:
                shutil.move(str(outdir / (src.stem + "." + fmt)), dst)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def entry(self, rel, fmt, kind, subtype, layout, rules, traits, cpr=None, period=None, extras=()):
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [cpr] if cpr else [], "traits": traits}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    # ---------- helpers ----------
    def period(self, year: int, over: bool):
        r = self.rng
        start = dt.date(year, r.randint(1, 12), r.choice([1, 1, 1, 15]))
        if over:
            end = add_months(start, r.choice([8, 9, 12])) - dt.timedelta(days=1)
        else:
            end = add_months(start, r.choice([3, 4, 6, 6])) - dt.timedelta(days=1)
        return start, end

    def defects(self, pool: list[str]) -> list[str]:
        r = self.rng
        if r.random() < 0.4:
            return []
        n = 1 if r.random() < 0.65 else 2
        out: list[str] = []
        while len(out) < n:
            d = r.choice(pool)
            if d in out:
                continue
            if {d, *out} >= {"missing-goal", "unclear-goal"}:
                continue
            if {d, *out} >= {"missing-duration", "duration-over-6-months"}:
                continue
            out.append(d)
        return out

    # ---------- agreements ----------
    def agreement(self, i: int, fmt: str):
        r = self.rng
        year = r.choice([2022, 2023, 2024, 2024, 2025, 2025, 2026, 2026])
        template = r.choice(["kommune", "kommune", "jobhus", "aros"])
        tv = 2022 if year < 2024 else (2024 if year < 2026 else 2026)
        layout = {"kommune": r.choice(["table", "labels", "headings"]), "jobhus": "table", "aros": "prose"}[template]
        if fmt in ("txt", "eml") and layout == "table":
            layout = "labels"
        hand = r.random() < 0.25
        defects = self.defects(["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks",
                                "missing-duration", "missing-follow-up", "missing-hours",
                                "missing-appeal-guidance", "duration-over-6-months"])
        citizen = r.choice(CITIZENS)
        first = citizen.split()[0]
        mentor = r.choice(MENTORS)
        worker = r.choice(WORKERS)
        start, end = self.period(year, "duration-over-6-months" in defects)
        ds = r.randint(0, 3)
        sender = "kommunen" if year >= 2026 else "Jobcenter Aarhus"
        cpr = r.choice(CPRS) if r.random() < 0.3 else None
        traits = [f"template:{template}", f"tv:{tv}", f"year:{year}"]
        placeholder = r.choice(["Udfyldes senere", "-", "xx", "…"])

        goal = r.choice(GOALS).format(n=first, d=wdate(add_months(start, 2)))
        if "unclear-goal" in defects:
            goal = r.choice(VAGUE).format(n=first)
        mentor_v = f"{mentor[0]}, tlf. {mentor[1]}, {mentor[2]}"
        mentor_miss_mode = r.choice(["omit", "noncontact"])
        if "missing-mentor" in defects and mentor_miss_mode == "noncontact":
            mentor_v = mentor[0]
            traits.append("mentor:name-only")
        tasks = r.choice(TASKS).format(n=first)
        per_v = f"{fmt_date(start, ds)} – {fmt_date(end, ds)}"
        follow = r.choice(FOLLOW).format(n=first)
        hrs = r.choice([2, 3, 4, 5])
        hours_v = r.choice([f"{hrs} timer pr. uge", f"{hrs} t/uge", f"{hrs} timer ugentligt"])
        if "missing-hours" in defects and r.random() < 0.5:
            hours_v = r.choice(["efter behov", "et par timer om ugen", "løbende"])
            traits.append("hours:vague")
        appeal = appeal_text(year, sender)
        if "missing-appeal-guidance" in defects and r.random() < 0.5:
            appeal = "Du kan klage over afgørelsen."
            traits.append("appeal:bare")

        labels = {
            2022: ["Formål med mentorstøtten", "Mentor (navn og kontaktdata)", "Mentorens opgaver",
                   "Periode", "Opfølgning", "Timetal", "Klagevejledning"],
            2024: ["Mål", "Mentor", "Indsatsområder", "Varighed", "Opfølgning og progression",
                   "Antal timer pr. uge", "Sådan klager du"],
            2026: ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Mentorens opgaver",
                   "Aftalens varighed", "Opfølgning", "Timetal", "Klagevejledning"],
        }[tv] if template == "kommune" else (
            ["Mål", "Kontaktperson (mentor)", "Støtten består i", "Bevilget periode", "Evaluering",
             "Timer", "Klageadgang"] if template == "jobhus" else None)
        fields = [("goal", goal), ("mentor", mentor_v), ("tasks", tasks), ("duration", per_v),
                  ("follow", follow), ("hours", hours_v), ("appeal", appeal)]
        key2rule = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                    "duration": "missing-duration", "follow": "missing-follow-up",
                    "hours": "missing-hours", "appeal": "missing-appeal-guidance"}

        blocks: list = []
        if template == "kommune":
            blocks.append(("p", f"Aarhus Kommune · Beskæftigelsesforvaltningen · Skabelon v{tv}"))
            blocks.append(("h", "Aftale om mentorstøtte", 1))
        elif template == "jobhus":
            blocks.append(("p", "Jobhus Østjylland ApS · Mentorforløb for Aarhus Kommune"))
            blocks.append(("h", "Mentoraftale", 1))
        else:
            blocks.append(("p", "Mentorgruppen Aros · Søren Frichs Vej 40 · 8230 Åbyhøj"))
            blocks.append(("h", "Aftale om mentorforløb", 1))
        meta = [f"Borger: {citizen}", f"Sagsbehandler: {worker}, Jobcenter Aarhus, tlf. 89 40 20 00"]
        if cpr:
            meta.insert(1, f"CPR-nr.: {cpr}")
        meta.append(f"Dato: {wdate(start - dt.timedelta(days=r.randint(3, 20)))}")
        for m in meta:
            blocks.append(("p", m))

        moved = None
        if hand and template != "aros":
            moved = r.choice(["hours", "mentor", "tasks"])
            traits.append(f"hand-edited:moved-{moved}")
        rows = []
        for key, val in fields:
            rule = key2rule[key]
            missing = rule in defects
            if key == "goal" and "unclear-goal" in defects:
                missing = False
            if key == "mentor" and missing and mentor_miss_mode == "noncontact":
                missing = False
            if key == "hours" and "hours:vague" in traits:
                missing = False
            if key == "appeal" and "appeal:bare" in traits:
                missing = False
            if key == "duration" and "duration-over-6-months" in defects:
                missing = False
            if missing:
                if template == "aros" or r.random() < 0.5:
                    traits.append(f"{key}:omitted")
                    continue
                val = placeholder
                traits.append(f"{key}:placeholder")
            rows.append((key, val))

        if template == "aros":
            sent = {
                "goal": lambda v: f"Målet med forløbet er dette: {v}",
                "mentor": lambda v: f"Din mentor er {v}." if "tlf." in v else f"Din mentor er {v}.",
                "tasks": lambda v: f"Mentoren skal hjælpe dig med følgende: {v}",
                "duration": lambda v: f"Forløbet løber i perioden {v}.",
                "follow": lambda v: v,
                "hours": lambda v: f"Mentoren har {v} til dig." if v[0].isdigit() else f"Timetallet aftales {v}.",
                "appeal": lambda v: v,
            }
            blocks.append(("p", f"Kære {first}"))
            blocks.append(("p", "Du modtager denne aftale, fordi du er bevilget et mentorforløb hos os."))
            for key, val in rows:
                if key == "appeal":
                    blocks.append(("h", "Hvis du vil klage", 2))
                blocks.append(("p", sent[key](val)))
            blocks.append(("p", "Venlig hilsen Mentorgruppen Aros"))
        else:
            lab = dict(zip(["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"], labels))
            if hand and r.random() < 0.5:
                old = r.choice(["tasks", "duration"])
                lab[old] = {"tasks": "Det skal mentoren hjælpe med", "duration": "Gælder i perioden"}[old]
                traits.append(f"hand-edited:renamed-{old}")
            table_rows, tail = [], []
            for key, val in rows:
                if key == moved and val != placeholder:
                    s = {"hours": f"Mentoren har {val} til {first}." if val[0].isdigit() else None,
                         "mentor": f"{first}s mentor er {val}.",
                         "tasks": f"Mentoren skal hjælpe {first} med dette: {val}"}[key]
                    if s:
                        tail.append(s)
                        continue
                if key == "appeal":
                    continue
                table_rows.append((lab[key], val))
            if layout == "table":
                blocks.append(("table", table_rows))
            elif layout == "labels":
                for k, v in table_rows:
                    blocks.append(("p", f"{k}: {v}"))
            else:
                for k, v in table_rows:
                    blocks.append(("h", k, 2))
                    blocks.append(("p", v))
            for s in tail:
                blocks.append(("p", s))
            for key, val in rows:
                if key == "appeal":
                    blocks.append(("h", lab["appeal"], 2))
                    blocks.append(("p", val))
            blocks.append(("p", f"Underskrift borger: ______  Underskrift mentor: ______"))
        traits.append(f"layout:{layout}")
        ext = {"docx": "docx", "pdf": "pdf", "odt": "odt", "txt": "txt", "eml": "eml", "html": "html"}[fmt]
        rel = f"beskaeftigelse/{year}/mentor/aftale_{i:03d}_{first.lower()}.{ext}"
        mail = {"from": "mentor@mentorgruppen-aros.dk" if template == "aros" else "mentorteam@jobhus-oj.dk",
                "to": "jobcenter@aarhus.dk", "date": f"Mon, 0{r.randint(1,9)} Mar {year} 10:12:00 +0100"}
        self.write(rel, fmt, blocks, "Mentoraftale", mail)
        per = (start, end) if "duration" in dict(rows) and dict(rows)["duration"] != placeholder else None
        self.entry(rel, fmt, "agreement", "agreement", layout, defects, traits, cpr, per)

    # ---------- decisions ----------
    def decision(self, i: int, fmt: str):
        r = self.rng
        year = r.choice([2022, 2023, 2024, 2025, 2026, 2026])
        citizen = r.choice(CITIZENS)
        worker = r.choice(WORKERS)
        sender = "kommunen" if year >= 2026 else "Jobcenter Aarhus"
        refusal = r.random() < 0.2
        defects = [] if r.random() < 0.45 else [r.choice(
            ["missing-appeal-guidance"] if refusal else ["missing-appeal-guidance", "duration-over-6-months"])]
        start, end = self.period(year, "duration-over-6-months" in defects)
        cpr = r.choice(CPRS) if r.random() < 0.35 else None
        traits = [f"year:{year}"]
        blocks = [("p", "Aarhus Kommune · Beskæftigelsesforvaltningen" if year >= 2026 else "Jobcenter Aarhus"),
                  ("p", f"{citizen}"), ("p", f"Dato: {wdate(start - dt.timedelta(days=7))}")]
        if cpr:
            blocks.append(("p", f"CPR-nummer: {cpr}"))
        period = None
        if refusal:
            blocks += [("h", "Afgørelse: afslag på mentorstøtte", 1),
                       ("p", f"Du har søgt om mentorstøtte. Vi har givet dig afslag."),
                       ("h", "Begrundelse", 2),
                       ("p", "Efter LAB § 167 kan mentorstøtte gives, når det er nødvendigt for at du kan "
                             "opnå eller fastholde job eller uddannelse. Vi har lagt vægt på, at du allerede "
                             "har støtte fra en kontaktperson på din uddannelse.")]
            traits.append("refusal")
        else:
            ds = r.randint(0, 3)
            partial = r.random() < 0.3 and "duration-over-6-months" not in defects
            blocks += [("h", "Afgørelse om mentorstøtte", 1)]
            if partial:
                blocks.append(("p", "Du har søgt om mentorstøtte i 9 måneder. Vi har delvist imødekommet din ansøgning."))
                traits.append("partial-grant-asked-9")
            blocks += [("p", f"Du er bevilget mentorstøtte efter LAB § 167 i perioden "
                             f"{fmt_date(start, ds)} til {fmt_date(end, ds)}, {r.choice([2, 3, 4])} timer om ugen."),
                       ("h", "Begrundelse", 2),
                       ("p", "Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik. "
                             "Efter LAB § 167, stk. 1 kan støtten gives i højst 6 måneder ad gangen.")]
            period = (start, end)
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.5:
                blocks.append(("p", "Du kan klage over afgørelsen."))
                traits.append("appeal:bare")
            else:
                traits.append("appeal:omitted")
        else:
            blocks += [("h", "Klagevejledning", 2), ("p", appeal_text(year, sender))]
        blocks.append(("p", f"Med venlig hilsen {worker}, sagsbehandler"))
        rel = f"beskaeftigelse/{year}/afgoerelser/afgoerelse_{i:03d}.{fmt}"
        self.write(rel, fmt, blocks, "Afgørelse om mentorstøtte",
                   {"from": "noreply@aarhus.dk", "to": "borger@example.dk", "date": f"Tue, 03 May {year} 09:00:00 +0200"})
        self.entry(rel, fmt, "decision", "refusal" if refusal else "grant", "letter", defects, traits, cpr, period)

    # ---------- Min Plan ----------
    def minplan(self, i: int, fmt: str):
        r = self.rng
        year = r.choice([2022, 2023, 2024, 2025, 2026])
        defects = self.defects(["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks",
                                "missing-duration", "missing-hours", "duration-over-6-months"])
        citizen = r.choice(CITIZENS)
        first = citizen.split()[0]
        mentor = r.choice(MENTORS)
        start, end = self.period(year, "duration-over-6-months" in defects)
        traits = [f"year:{year}", "minplan-print"]
        goal = (r.choice(VAGUE) if "unclear-goal" in defects else r.choice(GOALS)).format(
            n=first, d=wdate(add_months(start, 2)))
        rows = [("Formål", goal), ("Mentor", f"{mentor[0]}, {mentor[2]}, tlf. {mentor[1]}"),
                ("Mentorens opgaver", r.choice(TASKS).format(n=first)),
                ("Periode", f"{fmt_date(start, 1)} - {fmt_date(end, 1)}"),
                ("Timer pr. uge", f"{r.choice([2, 3, 4])} timer")]
        mp = {"missing-goal": "Formål", "missing-mentor": "Mentor", "missing-tasks": "Mentorens opgaver",
              "missing-duration": "Periode", "missing-hours": "Timer pr. uge"}
        out = []
        for k, v in rows:
            miss = [d for d in defects if mp.get(d) == k]
            if miss:
                traits.append(f"{k}:omitted")
                continue
            out.append((k, v))
        cpr = r.choice(CPRS) if r.random() < 0.3 else None
        blocks = [("h", "Min Plan", 1), ("p", f"Udskrevet {wdate(start)} · {citizen}" + (f" ({cpr})" if cpr else "")),
                  ("h", "Indsats: Mentorstøtte (LAB § 167)", 2), ("table", out),
                  ("p", "Planen er lavet sammen med dig og kan ændres løbende.")]
        rel = f"minplan/{year}/minplan_{i:03d}.{fmt}"
        self.write(rel, fmt, blocks, "Min Plan", None)
        per = (start, end) if "missing-duration" not in defects else None
        self.entry(rel, fmt, "minplan", "minplan", "table", defects, traits, cpr, per)

    # ---------- unknown ----------
    def unknown(self, i: int, fmt: str):
        r = self.rng
        year = r.choice([2022, 2023, 2024, 2025, 2026])
        citizen = r.choice(CITIZENS)
        worker = r.choice(WORKERS)
        mentor = r.choice(MENTORS)
        sub = r.choice(["journalnotat", "email", "referat", "faktura", "pjece"])
        if fmt == "eml":
            sub = "email"
        cpr = r.choice(CPRS) if sub == "journalnotat" and r.random() < 0.5 else None
        if sub == "journalnotat":
            blocks = [("h", "Journalnotat", 1), ("p", f"Borger: {citizen}" + (f", CPR {cpr}" if cpr else "")),
                      ("p", f"Telefonsamtale med borger {r.randint(1, 28)}.{r.randint(1, 12)}.{year}. Borger fortæller, "
                            "at praktikken går godt, men at bussen ofte er forsinket. Aftalt at vi ses til møde i "
                            "næste uge. Borger ønsker fortsat kontakt til sin mentor."),
                      ("p", f"/{worker}")]
        elif sub == "email":
            blocks = [("p", f"Hej {worker.split()[0]}"),
                      ("p", f"Jeg kan desværre ikke komme til mødet på torsdag med {citizen.split()[0]}. "
                            "Kan vi flytte det til mandag kl. 10? Jeg sender referat bagefter."),
                      ("p", f"Mvh {mentor[0]}")]
        elif sub == "referat":
            blocks = [("h", "Referat af teammøde, Mentorteam Syd", 1),
                      ("p", f"Deltagere: {', '.join(r.sample(WORKERS, 3))}"),
                      ("p", "1. Nyt fra ledelsen: ny kvalitetsstandard er på vej."),
                      ("p", "2. Fordeling af nye sager: tre nye borgere fordeles på fredag."),
                      ("p", "3. Eventuelt: julefrokost."), ]
        elif sub == "faktura":
            blocks = [("h", "Faktura nr. " + str(r.randint(1000, 9999)), 1),
                      ("p", "Jobhus Østjylland ApS · CVR 12345678"),
                      ("table", [("Ydelse", f"Mentortimer {MONTHS[r.randint(0, 11)]} {year}"),
                                 ("Antal", f"{r.randint(8, 40)}"), ("Beløb", f"{r.randint(5, 30)}.400,00 kr.")]),
                      ("p", "Betalingsbetingelser: netto 30 dage.")]
        else:
            blocks = [("h", "Til dig, der skal have en mentor", 1),
                      ("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen skal indeholde målet med "
                            "mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varigheden, "
                            "opfølgning og timetallet. Du får også en klagevejledning."),
                      ("p", "Mentorstøtte gives i højst 6 måneder ad gangen.")]
        rel = f"diverse/{year}/{sub}_{i:03d}.{fmt}"
        self.write(rel, fmt, blocks, "Vedr. møde" if sub == "email" else sub.capitalize(),
                   {"from": mentor[2], "to": "jobcenter@aarhus.dk", "date": f"Wed, 11 Oct {year} 14:03:00 +0200"})
        self.entry(rel, fmt, "unknown", sub, "letter", [], [f"year:{year}", sub], cpr)

    def run(self):
        plan = ([("agreement", f) for f in ["docx"] * 24 + ["pdf"] * 10 + ["odt"] * 5 + ["txt"] * 8 + ["html"] * 3 + ["eml"] * 5]
                + [("decision", f) for f in ["docx"] * 5 + ["pdf"] * 6 + ["txt"] * 2 + ["html"] * 2]
                + [("minplan", f) for f in ["html"] * 6 + ["pdf"] * 4 + ["txt"] * 2]
                + [("unknown", f) for f in ["docx"] * 4 + ["eml"] * 5 + ["txt"] * 4 + ["pdf"] * 3 + ["odt"] * 2])
        self.rng.shuffle(plan)
        for i, (kind, fmt) in enumerate(plan):
            getattr(self, kind)(i, fmt)
        self.finish()
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/ac")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    Gen(out).run()
    print(f"wrote {len(list(out.rglob('*'))) } paths to {out}")
