"""Independent corpus "dm": Min Plan entries as citizens and caseworkers see and keep them.

Jobnet/Min Plan screen prints (Chromium "save as HTML" and "print to PDF"), entries pasted into
Word or an e-mail, plain "du"-form entries, activity lists where only one item is the mentor
support, short entries with missing items, periods written in many shapes, agreements and
decision letters that quote the Min Plan entry, and near-miss documents that are not Min Plan
entries (a job plan overview, a calendar print, a status note, ...).

Written from /work/shared/domain.md, the seeds and knowledge of Danish public administration,
without reading the linter or other corpus generators. Labels are decided here, per document,
from the rule docs (`mentordocs rules NAME`).

Usage: make_corpus_dm.py --out DIR   (deterministic: fixed seed)
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

SEED = 20261130
RULES_MINPLAN = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                 "missing-hours", "duration-over-6-months", "unclear-goal")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

FIRST = ["Sara", "Mikkel", "Lone", "Jesper", "Fatima", "Kasper", "Mette", "Ali", "Hanne",
         "Thomas", "Nadia", "Rasmus", "Birgitte", "Omar", "Line", "Søren", "Camilla", "Bo"]
LAST = ["Holm", "Kristensen", "Bach", "Lund", "Yilmaz", "Mortensen", "Dam", "Hussein",
        "Skov", "Thygesen", "Andersen", "Vestergaard", "Nørgaard", "Friis", "Poulsen"]
CITIZENS = ["Jonas", "Emma", "Ahmad", "Freja", "Mads", "Sofie", "Yusuf", "Ida", "Patrick",
            "Amalie", "Nicolai", "Leyla", "Kim", "Maria"]
PROVIDERS = ["Jobhuset Vest", "Mentorcentret ApS", "Broen til Job", "Ungeenheden",
             "Virksomhedsservice", "Kompas Mentor", "FGU Midt (mentorteamet)", "Lærdansk-mentorerne"]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Herning", "Randers", "Næstved", "Svendborg", "Kolding",
            "Hjørring", "Slagelse"]


def dk(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


def six_end(start: date, months: int = 6) -> date:
    return add_months(start, months) - timedelta(days=1)


def ascii_mail(s: str) -> str:
    return s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def phone(rng: random.Random) -> str:
    n = [rng.randint(20, 99) for _ in range(4)]
    return " ".join(f"{x:02d}" for x in n)


def cpr(rng: random.Random) -> str:
    d = date(1975, 1, 1) + timedelta(days=rng.randint(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


# --------------------------------------------------------------------------------------------
# Content pieces. Each returns text plus what it means for the labels.
# --------------------------------------------------------------------------------------------

CLEAR_GOALS = [
    "Du er i virksomhedspraktik i {place} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "Du starter på FVU-dansk på VUC {town} {d} og møder op til mindst 4 ud af 5 undervisningsgange.",
    "Målet er, at du gennemfører grundforløbet på SOSU {town} og starter på hovedforløbet {d}.",
    "Du kommer i ordinært job som lagermedarbejder, og inden {d} har du sendt mindst 2 ansøgninger om ugen.",
    "Du gennemfører AMU-kurset i truckkørsel og er i praktik hos {place} fra {d}.",
    "Du møder stabilt på FGU {town} (mindst 4 dage om ugen) og er i gang med et praktikforløb inden {d}.",
    "Du fastholder dit fleksjob hos {place} 12 timer om ugen og har ingen ulovligt fravær efter {d}.",
    "Målet med mentorstøtten er, at du starter på HF-enkeltfag på VUC {town} i august og møder til undervisningen.",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "Du skal have det bedre og komme videre.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at du får mere selvværd og overskud i hverdagen.",
    "Motivere dig og arbejde med dig selv.",
]
PLACES = ["Netto i Bjerringbro", "Bilka", "Plejecenter Solgården", "Dagrofa Lager", "Kommunens Park og Vej",
          "Genbrugsbutikken Kirkens Korshær", "XL-Byg", "Bageriet på Torvet"]
TOWNS = ["Viborg", "Holbæk", "Næstved", "Herning", "Randers", "Kolding"]

TASKS = [
    "følge dig til praktikstedet de første to uger",
    "tage med dig til den første samtale på skolen",
    "ringe til dig om morgenen de dage, du skal møde",
    "hjælpe dig med at lave en ugeplan og holde styr på dine aftaler",
    "snakke med dig om fremmøde og transport en gang om ugen",
    "hjælpe dig med at læse og svare på breve fra kommunen og skolen",
    "være bindeled mellem dig og din kontaktperson på arbejdspladsen",
    "øve samtaler og jobansøgninger med dig",
    "hjælpe dig med at finde en bus- eller cykelrute, der passer",
    "holde kontakt med din lærer, hvis du får fravær",
]

HOURS_OK = ["2 timer om ugen", "1½ time ugentligt", "3 timer pr. uge", "op til 4 timer om ugen",
            "halvanden time om ugen", "to timer hver uge", "8 timer om måneden", "2 t/uge",
            "i alt 24 mentortimer i perioden", "2-3 timer om ugen"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]


def goal_text(rng, kind, by: date):
    if kind == "clear":
        t = rng.choice(CLEAR_GOALS)
        return t.format(place=rng.choice(PLACES), town=rng.choice(TOWNS), d=dk(by))
    return rng.choice(UNCLEAR_GOALS)


def period_text(rng, shape):
    """Return (text, period dict or None, over6 bool). Shapes name how it is written."""
    y = 2026
    s = date(y, rng.randint(1, 9), rng.choice([1, 1, 2, 15]))
    if shape == "range-words":
        e = six_end(s, rng.choice([3, 4, 6]))
        return f"{dk(s)} – {dk(e)}", (s, e), False
    if shape == "tilogmed":
        e = six_end(s, rng.choice([5, 6]))
        return f"fra {dk(s)} til og med {dk(e)}", (s, e), False
    if shape == "uger":
        n = rng.choice([12, 16, 20, 26])
        e = s + timedelta(days=7 * n - 1)
        return f"{n} uger fra {dk(s)}", (s, e), False
    if shape == "maaneder":
        n = rng.choice([3, 4, 6])
        return f"{n} måneder fra {dk(s)}", (s, six_end(s, n)), False
    if shape == "mdr":
        n = rng.choice([3, 4, 5])
        return f"{n} mdr. fra d. {s.day}/{s.month}-{s.year}", (s, six_end(s, n)), False
    if shape == "dots":
        e = six_end(s, rng.choice([4, 6]))
        return f"{dots(s)} - {dots(e)}", (s, e), False
    if shape == "fremtil":
        e = six_end(s, rng.choice([3, 5]))
        return f"fra {dk(s)} og frem til {dk(e)}", (s, e), False
    if shape == "fom":
        e = six_end(s, 6)
        return f"f.o.m. {s.day}/{s.month}-{s.year} t.o.m. {e.day}/{e.month}-{e.year}", (s, e), False
    if shape == "uge":
        a = rng.randint(2, 20)
        b = a + rng.choice([12, 16, 20])
        return f"uge {a} til uge {b} {y}", None, False
    if shape == "halvtaar":
        return f"et halvt år fra {dk(s)}", (s, six_end(s, 6)), False
    # over six months
    if shape == "over-tilogmed":
        e = six_end(s, rng.choice([8, 9]))
        return f"fra {dk(s)} til og med {dk(e)}", (s, e), True
    if shape == "over-maaneder":
        n = rng.choice([9, 10, 12])
        return f"{n} måneder fra {dk(s)}", (s, six_end(s, n)), True
    if shape == "over-dots":
        e = six_end(s, 7) + timedelta(days=rng.randint(10, 20))
        return f"{dots(s)} - {dots(e)}", (s, e), True
    if shape == "over-uger":
        n = rng.choice([36, 40, 52])
        return f"{n} uger fra {dk(s)}", (s, s + timedelta(days=7 * n - 1)), True
    if shape == "over-fremtil":
        e = six_end(s, 9)
        return f"fra {dk(s)} og frem til {dk(e)}", (s, e), True
    if shape == "over-aar":
        return f"et år fra {dk(s)}", (s, six_end(s, 12)), True
    raise ValueError(shape)


OK_SHAPES = ["range-words", "tilogmed", "uger", "maaneder", "mdr", "dots", "fremtil", "fom",
             "uge", "halvtaar"]
OVER_SHAPES = ["over-tilogmed", "over-maaneder", "over-dots", "over-uger", "over-fremtil", "over-aar"]


class Entry:
    """One mentor activity as Min Plan shows it, with the defects chosen for it."""

    def __init__(self, rng: random.Random, defects: set[str], period_shape: str):
        self.rng = rng
        self.defects = defects
        self.citizen = rng.choice(CITIZENS)
        self.mentor_first = rng.choice(FIRST)
        self.mentor = f"{self.mentor_first} {rng.choice(LAST)}"
        self.provider = rng.choice(PROVIDERS)
        self.phone = phone(rng)
        self.mail = f"{ascii_mail(self.mentor_first)}@{ascii_mail(self.provider.split()[0])}.dk"
        self.kommune = rng.choice(KOMMUNER)
        self.caseworker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cw_phone = phone(rng)
        self.period, self.span, over = period_text(rng, period_shape)
        assert over == ("duration-over-6-months" in defects)
        start = self.span[0] if self.span else date(2026, 3, 1)
        by = add_months(start, rng.choice([2, 3, 4])).replace(day=1)
        self.goal = goal_text(rng, "unclear" if "unclear-goal" in defects else "clear", by)
        self.tasks = rng.sample(TASKS, rng.randint(2, 4))
        if "missing-duration" in defects:
            self.span = None  # no period is stated, so none is expected
        self.hours = rng.choice(HOURS_VAGUE if "missing-hours" in defects and rng.random() < 0.5
                                else HOURS_OK)
        self.hours_vague = self.hours in HOURS_VAGUE
        self.shape = period_shape

    # the label set
    def rules(self) -> list[str]:
        return sorted(self.defects)

    def has(self, item: str) -> bool:
        return f"missing-{item}" not in self.defects

    def mentor_line(self) -> str | None:
        if not self.has("mentor"):
            return None  # decided per renderer: omit or name only
        return f"{self.mentor}, {self.provider}, tlf. {self.phone}" + (
            f", {self.mail}" if self.rng.random() < 0.5 else "")

    def mentor_name_only(self) -> str:
        return f"{self.mentor_first} fra {self.provider}"

    def hours_value(self) -> str | None:
        if not self.has("hours"):
            return self.hours if self.hours_vague else None
        return self.hours


def blocks_fields(e: Entry, style: str) -> list:
    """Blocks for the mentor activity itself. style: 'labels' | 'du' | 'short'."""
    B: list = []
    rng = e.rng
    if style == "labels":
        labels = rng.choice([
            ("Formål", "Din mentor", "Mentorens opgaver", "Periode", "Timer"),
            ("Mål med aktiviteten", "Mentor og kontaktoplysninger", "Det skal mentor hjælpe dig med",
             "Varighed", "Timetal"),
            ("Hvad er målet?", "Hvem er din mentor?", "Hvad skal mentoren hjælpe med?",
             "Hvornår?", "Hvor mange timer?"),
        ])
        if e.has("goal"):
            B.append(("kv", labels[0], e.goal))
        if e.has("mentor"):
            B.append(("kv", labels[1], e.mentor_line()))
        elif rng.random() < 0.6:
            B.append(("kv", labels[1], e.mentor_name_only()))
        if e.has("tasks"):
            B.append(("kvlist", labels[2], [t[0].upper() + t[1:] for t in e.tasks]))
        elif rng.random() < 0.4:
            B.append(("kv", labels[2], "-"))
        if e.has("duration"):
            if e.shape == "range-words" and rng.random() < 0.5 and e.span:
                B.append(("kv", "Startdato", dots(e.span[0])))
                B.append(("kv", "Slutdato", dots(e.span[1])))
            else:
                B.append(("kv", labels[3], e.period[0].upper() + e.period[1:]))
        else:
            if rng.random() < 0.5:
                B.append(("kv", labels[3], rng.choice(["Løbende", "Ikke angivet", "Udfyldes senere"])))
        hv = e.hours_value()
        if hv is not None:
            B.append(("kv", labels[4], hv[0].upper() + hv[1:]))
        return B
    if style == "du":
        if e.has("goal"):
            lead = "" if e.goal.startswith("Målet") else rng.choice(["Målet er: ", "Det arbejder vi hen imod: ", ""])
            B.append(("p", lead + e.goal))
        if e.has("mentor"):
            B.append(("p", f"Din mentor hedder {e.mentor} og kommer fra {e.provider}. Du kan ringe "
                           f"eller skrive til {e.mentor_first} på {e.phone}" +
                           (f" eller {e.mail}." if rng.random() < 0.5 else ".")))
        elif rng.random() < 0.6:
            B.append(("p", f"Du får en mentor fra {e.provider}. {e.mentor_first} kontakter dig."))
        if e.has("tasks"):
            B.append(("p", rng.choice([f"{e.mentor_first} skal:", f"Det gør {e.mentor_first} sammen med dig:",
                                       "Mentors opgaver er at:"])))
            B.append(("ul", e.tasks))
        sent = []
        if e.has("duration"):
            sent.append(f"Du har mentor {e.period}")
        hv = e.hours_value()
        if hv is not None:
            sent.append(("og I ses " if sent else "I ses ") + hv)
        if sent:
            B.append(("p", " ".join(sent) + "."))
        return B
    # short: one or two lines as in the Min Plan activity card
    parts = []
    if e.has("goal"):
        parts.append(("kv", "Mål", e.goal))
    if e.has("mentor"):
        parts.append(("kv", "Mentor", f"{e.mentor}, tlf. {e.phone}"))
    elif rng.random() < 0.5:
        parts.append(("kv", "Mentor", e.mentor_first))
    if e.has("tasks"):
        parts.append(("kv", "Opgaver", "; ".join(e.tasks)))
    if e.has("duration"):
        parts.append(("kv", "Periode", e.period))
    hv = e.hours_value()
    if hv is not None:
        parts.append(("kv", "Timer", hv))
    return parts


OTHER_ACTIVITIES = [
    ("Virksomhedspraktik", "Praktik i {place}, 15 timer om ugen", 12),
    ("FGU – produktionsgrundforløb", "Metal og byg, FGU {town}", 24),
    ("Behandling", "Samtaleforløb hos Misbrugscentret, hver tirsdag", 12),
    ("Løntilskud", "Løntilskud i {place}, 25 timer om ugen", 12),
    ("Danskuddannelse", "Danskuddannelse 3, modul 4, Sprogcenter {town}", 18),
    ("Jobsamtale", "Samtale med din sagsbehandler hver 3. måned", 0),
    ("Sundhedsforløb", "Træning med fysioterapeut 2 gange om ugen", 6),
]


def other_activity(rng):
    name, desc, months = rng.choice(OTHER_ACTIVITIES)
    desc = desc.format(place=rng.choice(PLACES), town=rng.choice(TOWNS))
    s = date(2026, rng.randint(1, 8), 1)
    if months:
        per = f"{dots(s)} - {dots(six_end(s, months))}"
    else:
        per = "Løbende"
    return name, desc, per, months


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

JOBNET_CSS = """
body{font-family:'IBM Plex Sans',Arial,sans-serif;margin:0;color:#1a1a1a}
header{background:#003d5c;color:#fff;padding:12px 24px;display:flex;justify-content:space-between}
nav a{color:#fff;margin-right:16px;font-size:14px}
main{padding:16px 32px;max-width:900px}
.card{border:1px solid #c9d4dc;border-radius:6px;padding:12px 18px;margin:12px 0}
.card h3{margin:0 0 6px 0;font-size:18px}
dl{display:grid;grid-template-columns:220px 1fr;gap:4px 12px;margin:0}
dt{font-weight:600} dd{margin:0}
.meta{color:#5a6b77;font-size:13px}
footer{border-top:1px solid #ddd;font-size:12px;color:#555;padding:10px 32px}
.cookie{background:#f4f4f4;font-size:12px;padding:6px 32px}
"""


def html_blocks(blocks) -> str:
    out = []
    dl_open = False
    for b in blocks:
        if b[0] in ("kv", "kvlist"):
            if not dl_open:
                out.append("<dl>")
                dl_open = True
            if b[0] == "kv":
                out.append(f"<dt>{html.escape(b[1])}</dt><dd>{html.escape(b[2])}</dd>")
            else:
                items = "".join(f"<li>{html.escape(x)}</li>" for x in b[2])
                out.append(f"<dt>{html.escape(b[1])}</dt><dd><ul>{items}</ul></dd>")
            continue
        if dl_open:
            out.append("</dl>")
            dl_open = False
        if b[0] == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "h":
            out.append(f"<h3>{html.escape(b[1])}</h3>")
    if dl_open:
        out.append("</dl>")
    return "\n".join(out)


def jobnet_page(title: str, user: str, cards: list[tuple[str, str, str]], cpr_no: str | None,
                printed: str, intro: str = "") -> str:
    """A Min Plan page as Chromium saves it: header, nav, scripts, cards, footer."""
    cards_html = "\n".join(
        f'<section class="card"><h3>{html.escape(h)}</h3><div class="meta">{html.escape(m)}</div>\n{body}</section>'
        for h, m, body in cards)
    cpr_html = f'<div class="meta">CPR-nr.: {cpr_no}</div>' if cpr_no else ""
    return f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{html.escape(title)} - Jobnet</title>
<style>{JOBNET_CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());
var minplanConfig={{"mentor":"Mentorstøtte","periode":"Periode","timer":"Timer"}};</script>
</head><body>
<div class="cookie">Jobnet bruger cookies til at huske dine valg og til statistik. <a href="#">Læs mere</a></div>
<header><div><strong>Jobnet</strong> · Min side</div><div>{html.escape(user)} · <a href="#" style="color:#fff">Log ud</a></div></header>
<nav style="background:#00557f;padding:6px 24px"><a href="#">Forside</a><a href="#">Min Plan</a><a href="#">Mit CV</a><a href="#">Joblog</a><a href="#">Dokumenter</a><a href="#">Kalender</a></nav>
<main>
<h1>{html.escape(title)}</h1>
{cpr_html}
<p class="meta">Udskrevet {printed}</p>
{('<p>' + html.escape(intro) + '</p>') if intro else ''}
{cards_html}
</main>
<footer>Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering. Teknisk hjælp: Jobnet Support, tlf. 72 21 74 95 (hverdage 8-15). <a href="#">Tilgængelighedserklæring</a></footer>
<script src="/static/js/minplan.bundle.js"></script>
<script>document.querySelectorAll('.card').forEach(function(c){{c.dataset.loaded='1'}});</script>
</body></html>"""


def text_blocks(blocks) -> str:
    lines = []
    for b in blocks:
        if b[0] == "kv":
            lines.append(f"{b[1]}: {b[2]}" if not b[1].endswith("?") else f"{b[1]}\n{b[2]}")
        elif b[0] == "kvlist":
            lines.append(f"{b[1]}:" if not b[1].endswith("?") else b[1])
            lines.extend(f"- {x}" for x in b[2])
        elif b[0] == "p":
            lines.append(b[1])
        elif b[0] == "ul":
            lines.extend(f"- {x}" for x in b[1])
        elif b[0] == "h":
            lines.append("")
            lines.append(b[1])
    return "\n".join(lines)


def docx_write(path: Path, title: str, pre: list[str], blocks, post: list[str], table: bool):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading(title, level=1)
    for p in pre:
        d.add_paragraph(p)
    if table:
        kvs = [b for b in blocks if b[0] in ("kv", "kvlist")]
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for b in kvs:
            row = t.add_row().cells
            row[0].text = b[1]
            row[1].text = b[2] if b[0] == "kv" else "\n".join(b[2])
        rest = [b for b in blocks if b[0] not in ("kv", "kvlist")]
        blocks = rest
    for b in blocks:
        if b[0] == "kv":
            p = d.add_paragraph()
            r = p.add_run(b[1] + ("" if b[1].endswith("?") else ":"))
            r.bold = True
            p.add_run(" " + b[2])
        elif b[0] == "kvlist":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
            for x in b[2]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
    for p in post:
        d.add_paragraph(p)
    d.save(path)


def eml_write(path: Path, subject: str, sender: str, to: str, body: str, when: datetime):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{when.strftime('%Y%m%d%H%M')}.{len(body)}@mail.dm.local>"
    m.set_content(body)
    path.write_bytes(bytes(m))


# --------------------------------------------------------------------------------------------
# Document builders
# --------------------------------------------------------------------------------------------

class Corpus:
    def __init__(self, out: Path, rng: random.Random):
        self.out = out
        self.rng = rng
        self.entries: list[dict] = []
        self.pdf_jobs: list[tuple[Path, str]] = []
        self.n = 0

    def add(self, rel: str, kind: str, fmt: str, layout: str, subtype: str, rules, traits,
            cpr_no=None, span=None, extras=()):
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [cpr_no] if cpr_no else [],
             "traits": sorted(set(traits) | ({"cpr"} if cpr_no else set()))}
        if span:
            e["period"] = {"start": span[0].isoformat(), "end": span[1].isoformat()}
        self.entries.append(e)

    def name(self, folder: str, stem: str, ext: str) -> tuple[Path, str]:
        self.n += 1
        rel = f"{folder}/{self.n:03d}-{stem}.{ext}"
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p, rel


MINPLAN_DEFECTS: list[frozenset] = (
    [frozenset()] * 17
    + [frozenset({"missing-mentor"})] * 6 + [frozenset({"missing-hours"})] * 6
    + [frozenset({"missing-tasks"})] * 5 + [frozenset({"missing-duration"})] * 5
    + [frozenset({"missing-goal"})] * 4 + [frozenset({"unclear-goal"})] * 5
    + [frozenset({"duration-over-6-months"})] * 6
    + [frozenset({"missing-mentor", "missing-hours"}), frozenset({"missing-tasks", "missing-duration"})]
)
random.Random(SEED + 1).shuffle(MINPLAN_DEFECTS)


def pick_defects(rng, i: int) -> tuple[set[str], str]:
    """Defect pattern for Min Plan entry number i (a fixed shuffled list, so counts are balanced)."""
    d = set(MINPLAN_DEFECTS[i])
    if "duration-over-6-months" in d:
        shape = rng.choice(OVER_SHAPES)
    else:
        shape = OK_SHAPES[i % len(OK_SHAPES)]
    return d, shape


def minplan_card(e: Entry, style: str) -> tuple[str, str, str]:
    meta = f"Aktivitet oprettet af {e.kommune} Kommune · Sagsbehandler: {e.caseworker}, tlf. {e.cw_phone}"
    head = e.rng.choice(["Mentorstøtte", "Mentor", "Mentorstøtte (LAB § 167)", "Aftale om mentor"])
    return head, meta, html_blocks(blocks_fields(e, style))


def build_minplan(c: Corpus, i: int):
    rng = c.rng
    defects, shape = pick_defects(rng, i)
    e = Entry(rng, defects, shape)
    cpr_no = cpr(rng) if rng.random() < 0.28 else None
    variant = i % 8
    style = ["labels", "du", "labels", "short", "du", "labels", "labels", "du"][i % 8]
    traits = [f"period:{shape}", f"style:{style}"] + [f"defect:{d}" for d in sorted(defects)]
    span = e.span
    user = f"{e.citizen} {rng.choice(LAST)}"
    printed = f"{dots(date(2026, rng.randint(1, 11), rng.randint(1, 28)))} kl. {rng.randint(8, 16)}:{rng.randint(10, 59)}"
    multi = i % 3 == 0  # a list of several activities, one of them the mentor support

    def cards():
        cs = []
        if multi:
            for _ in range(rng.randint(1, 3)):
                name, desc, per, _m = other_activity(rng)
                body = html_blocks([("kv", "Beskrivelse", desc), ("kv", "Periode", per)])
                cs.append((name, f"Aktivitet · {e.kommune} Kommune", body))
        cs.insert(rng.randint(0, len(cs)), minplan_card(e, style))
        return cs

    if variant in (0, 1, 5):  # jobnet print: HTML save-as or Chromium PDF
        page = jobnet_page(rng.choice(["Min Plan", "Min Plan – Mine aktiviteter", "Mine aktiviteter"]),
                           user, cards(), cpr_no, printed)
        if variant == 0 or variant == 5:
            p, rel = c.name("jobnet-print", f"minplan-{e.citizen.lower()}", "pdf")
            c.pdf_jobs.append((p, page))
            c.add(rel, "minplan", "pdf", "jobnet-print", "minplan-entry", defects,
                  traits + ["chromium-pdf"] + (["activity-list"] if multi else []), cpr_no, span)
        else:
            p, rel = c.name("jobnet-print", f"minplan-{e.citizen.lower()}", "html")
            p.write_text(page, encoding="utf-8")
            c.add(rel, "minplan", "html", "jobnet-print", "minplan-entry", defects,
                  traits + ["chromium-save-as"] + (["activity-list"] if multi else []), cpr_no, span)
        return
    blocks = blocks_fields(e, style)
    if variant in (2, 6):  # pasted into Word by a caseworker or a mentor
        p, rel = c.name("word-kopi", f"minplan-kopi-{e.citizen.lower()}", "docx")
        pre = [f"Kopieret fra Min Plan {printed.split(' kl')[0]}"]
        if cpr_no:
            pre.append(f"Borger: {user}, CPR {cpr_no}")
        if multi:
            for _ in range(rng.randint(1, 2)):
                name, desc, per, _m = other_activity(rng)
                pre.append(f"{name}: {desc} ({per})")
            pre.append("Mentorstøtte:")
        docx_write(p, rng.choice(["Min Plan – mentorstøtte", "Aktivitet i Min Plan", "Mentor (Min Plan)"]),
                   pre, blocks, [], table=(variant == 6))
        c.add(rel, "minplan", "docx", "table" if variant == 6 else "word-paste", "minplan-entry", defects,
              traits + ["word-paste"] + (["activity-list"] if multi else []), cpr_no, span)
        return
    if variant in (3, 7):  # e-mail with the entry pasted in
        p, rel = c.name("mail", f"minplan-mail-{e.citizen.lower()}", "eml")
        hello = rng.choice([f"Hej {e.citizen}", f"Kære {e.citizen}"])
        body = (f"{hello}\n\nSom lovet kommer her din aktivitet fra Min Plan, så du har den samlet. "
                f"Den ligger også på jobnet.dk under Min Plan.\n\n"
                f"--- Min Plan: Mentorstøtte ---\n" + text_blocks(blocks) +
                "\n------------------------------\n\n" + (f"Borgerens CPR: {cpr_no}\n\n" if cpr_no else "") +
                f"Venlig hilsen\n{e.caseworker}\nSagsbehandler, {e.kommune} Kommune\nTlf. {e.cw_phone}\n")
        eml_write(p, rng.choice(["Din aktivitet i Min Plan", "Mentor – kopi fra Min Plan", "VS: Min Plan"]),
                  f"{e.caseworker} <{e.caseworker.split()[0].lower()}@{e.kommune.lower().replace('æ','ae').replace('ø','oe')}.dk>",
                  f"{user} <borger{rng.randint(10,99)}@gmail.com>", body,
                  datetime(2026, rng.randint(1, 11), rng.randint(1, 28), 10, 5, tzinfo=timezone.utc))
        c.add(rel, "minplan", "eml", "email", "minplan-entry", defects, traits + ["email-paste"],
              cpr_no, span)
        return
    # variant 4: plain text copy (citizen copied the page text)
    p, rel = c.name("tekst", f"minplan-{e.citizen.lower()}", "txt")
    lines = ["Min Plan", f"{user}" + (f"  (CPR {cpr_no})" if cpr_no else ""), ""]
    if multi:
        for _ in range(rng.randint(1, 3)):
            name, desc, per, _m = other_activity(rng)
            lines += [name, desc, f"Periode: {per}", ""]
    lines += ["Mentorstøtte", f"Oprettet af {e.kommune} Kommune", text_blocks(blocks), ""]
    p.write_text("\n".join(lines), encoding="utf-8")
    c.add(rel, "minplan", "txt", "plain", "minplan-entry", defects,
          traits + ["text-copy"] + (["activity-list"] if multi else []), cpr_no, span)


APPEAL_OK = ("Hvis du ikke er enig i afgørelsen, kan du klage til {k} Kommune inden 4 uger efter, at du "
             "har modtaget dette brev. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer "
             "afgørelsen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
             "Ankestyrelsen (LAB § 204).")
APPEAL_WRONG = ("Du kan klage over afgørelsen direkte til Ankestyrelsen, 7998 Statsservice. Klagen skal "
                "være modtaget inden 4 uger efter, at du har fået afgørelsen.")
APPEAL_WEAK = "Du kan klage over afgørelsen."


def build_agreement(c: Corpus, i: int):
    rng = c.rng
    pattern = [set(), {"missing-follow-up"}, set(), {"missing-appeal-guidance"},
               {"duration-over-6-months"}, {"missing-hours"}, set(), {"missing-mentor"},
               {"missing-follow-up", "missing-appeal-guidance"}, set()][i % 10]
    shape = rng.choice(OVER_SHAPES) if "duration-over-6-months" in pattern else OK_SHAPES[(i * 3) % 10]
    e = Entry(rng, {d for d in pattern if d in RULES_MINPLAN}, shape)
    cpr_no = cpr(rng) if rng.random() < 0.3 else None
    blocks = blocks_fields(e, "labels")
    pre = [f"Aftale mellem {e.citizen} {rng.choice(LAST)}" + (f" (CPR-nr. {cpr_no})" if cpr_no else "") +
           f", {e.kommune} Kommune og mentor fra {e.provider}.",
           "Aftalen er også lagt i din Min Plan på jobnet.dk. Sådan står den i Min Plan:"]
    post = []
    if "missing-follow-up" not in pattern:
        post.append(rng.choice([
            "Opfølgning: Vi holder statusmøde med dig, mentor og sagsbehandler hver måned. Vi evaluerer "
            "sammen 14 dage før perioden slutter. Delmål: fremmøde mindst 4 dage om ugen.",
            "Opfølgning og progression: Mentor sender en kort status hver 4. uge. Midtvejsevaluering "
            "efter 3 måneder, hvor vi ser på, om delmålene er nået.",
        ]))
    if "missing-appeal-guidance" not in pattern:
        post.append("Klagevejledning: " + APPEAL_OK.format(k=e.kommune))
    elif rng.random() < 0.5:
        post.append("Klagevejledning: " + APPEAL_WEAK)
    post.append(f"Underskrifter: ____________ borger   ____________ mentor   ____________ {e.caseworker}, sagsbehandler")
    fmt = ["docx", "pdf", "html", "txt", "docx"][i % 5]
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte"])
    traits = [f"period:{shape}", "quotes-minplan"] + [f"defect:{d}" for d in sorted(pattern)]
    if fmt == "docx":
        p, rel = c.name("aftaler", f"mentoraftale-{e.citizen.lower()}", "docx")
        docx_write(p, title, pre, blocks, post, table=(i % 2 == 0))
        layout = "table" if i % 2 == 0 else "labels"
    elif fmt in ("pdf", "html"):
        body = (f"<h1>{html.escape(title)}</h1>" + "".join(f"<p>{html.escape(x)}</p>" for x in pre) +
                '<blockquote style="border-left:3px solid #888;padding-left:10px">' + html_blocks(blocks) +
                "</blockquote>" + "".join(f"<p>{html.escape(x)}</p>" for x in post))
        page = f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{title}</title></head><body style="font-family:Arial;margin:40px">{body}</body></html>'
        p, rel = c.name("aftaler", f"mentoraftale-{e.citizen.lower()}", fmt)
        if fmt == "pdf":
            c.pdf_jobs.append((p, page))
        else:
            p.write_text(page, encoding="utf-8")
        layout = "labels"
    else:
        p, rel = c.name("aftaler", f"mentoraftale-{e.citizen.lower()}", "txt")
        p.write_text(title.upper() + "\n\n" + "\n\n".join(pre) + "\n\n" + text_blocks(blocks) + "\n\n" +
                     "\n\n".join(post) + "\n", encoding="utf-8")
        layout = "labels"
    c.add(rel, "agreement", fmt, layout, "agreement-quoting-minplan", pattern, traits, cpr_no, e.span)


def build_decision(c: Corpus, i: int):
    rng = c.rng
    pattern = [set(), {"missing-appeal-guidance"}, set(), {"duration-over-6-months"}, set(),
               {"missing-appeal-guidance"}, set(), set(), {"duration-over-6-months"}, set()][i % 10]
    extras = set()
    shape = rng.choice(OVER_SHAPES) if "duration-over-6-months" in pattern else OK_SHAPES[(i * 7) % 10]
    e = Entry(rng, {d for d in pattern if d in RULES_MINPLAN}, shape)
    cpr_no = cpr(rng) if rng.random() < 0.3 else None
    blocks = blocks_fields(e, rng.choice(["labels", "du"]))
    sent = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    head = [f"{e.kommune} Kommune", "Job og Ydelse", dk(sent), "",
            f"{e.citizen} {rng.choice(LAST)}" + (f"\nCPR-nr.: {cpr_no}" if cpr_no else "")]
    grant = (f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
             f"beskæftigelsesindsats § 167. Støtten gælder {e.period}. Du får dermed den støtte, du har søgt om.")
    quote_intro = "Aktiviteten er lagt i din Min Plan på jobnet.dk. Der står:"
    appeal = []
    if "missing-appeal-guidance" in pattern:
        if rng.random() < 0.6:
            appeal = ["Klagevejledning", APPEAL_WEAK]
    elif i % 10 == 7:
        appeal = ["Klagevejledning", APPEAL_WRONG]
        extras.add("appeal-wrong-route")
    else:
        appeal = ["Sådan klager du", APPEAL_OK.format(k=e.kommune)]
    tail = [f"Med venlig hilsen\n{e.caseworker}\nSagsbehandler\nTlf. {e.cw_phone}"]
    title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
    fmt = ["docx", "pdf", "txt", "html", "docx"][i % 5]
    traits = [f"period:{shape}", "quotes-minplan"] + [f"defect:{d}" for d in sorted(pattern | extras)]
    if fmt == "docx":
        p, rel = c.name("afgoerelser", f"afgoerelse-{e.citizen.lower()}", "docx")
        docx_write(p, title, head + [grant, quote_intro], blocks, appeal + tail, table=False)
    elif fmt in ("pdf", "html"):
        body = ("".join(f"<p>{html.escape(x)}</p>".replace("\n", "<br>") for x in head) +
                f"<h1>{html.escape(title)}</h1><p>{html.escape(grant)}</p><p>{quote_intro}</p>"
                '<div style="border:1px solid #999;padding:8px">' + html_blocks(blocks) + "</div>" +
                (f"<h2>{appeal[0]}</h2><p>{html.escape(appeal[1])}</p>" if appeal else "") +
                "".join(f"<p>{html.escape(x)}</p>".replace("\n", "<br>") for x in tail))
        page = f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{title}</title></head><body style="font-family:Georgia;margin:40px">{body}</body></html>'
        p, rel = c.name("afgoerelser", f"afgoerelse-{e.citizen.lower()}", fmt)
        if fmt == "pdf":
            c.pdf_jobs.append((p, page))
        else:
            p.write_text(page, encoding="utf-8")
    else:
        p, rel = c.name("afgoerelser", f"afgoerelse-{e.citizen.lower()}", "txt")
        p.write_text("\n".join(head) + "\n\n" + title.upper() + "\n\n" + grant + "\n\n" + quote_intro + "\n\n" +
                     text_blocks(blocks) + "\n\n" + "\n".join(appeal) + "\n\n" + "\n".join(tail) + "\n",
                     encoding="utf-8")
    c.add(rel, "decision", fmt, "letter", "decision-quoting-minplan", pattern, traits, cpr_no,
          e.span, extras=extras)


def build_unknown(c: Corpus, i: int):
    rng = c.rng
    citizen = rng.choice(CITIZENS)
    user = f"{citizen} {rng.choice(LAST)}"
    mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    k = rng.choice(KOMMUNER)
    cpr_no = cpr(rng) if rng.random() < 0.25 else None
    kind = i % 8
    printed = f"{dots(date(2026, rng.randint(1, 11), rng.randint(1, 28)))} kl. 10:{rng.randint(10, 59)}"
    if kind == 0:  # job plan overview: activity names and dates only
        rows = []
        for _ in range(rng.randint(3, 5)):
            name, desc, per, _m = other_activity(rng)
            rows.append((name, per))
        rows.insert(1, ("Mentorstøtte", f"{dots(date(2026, 3, 1))} - {dots(date(2026, 8, 31))}"))
        body = "<table><tr><th>Aktivitet</th><th>Periode</th><th>Status</th></tr>" + "".join(
            f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>Aktiv</td></tr>" for a, b in rows) + "</table>"
        page = jobnet_page("Min Plan – overblik", user, [("Dine aktiviteter", "Oversigt", body)], cpr_no,
                           printed, intro="Her kan du se alle dine aktiviteter. Klik på en aktivitet for at se detaljer.")
        ext = "pdf" if i % 16 == 0 else "html"
        p, rel = c.name("ikke-minplan", "minplan-oversigt", ext)
        sub = "jobplan-overview"
    elif kind == 1:  # calendar print
        items = [("Tirsdag 3. marts kl. 10.00", f"Møde med mentor {mentor}, Jobhuset"),
                 ("Torsdag 5. marts kl. 13.30", f"Jobsamtale med {k} Kommune (telefonisk)"),
                 ("Mandag 9. marts kl. 9.00", "Opstart i virksomhedspraktik"),
                 ("Tirsdag 10. marts kl. 10.00", f"Møde med mentor {mentor.split()[0]} – tag lønsedler med")]
        body = "<ul>" + "".join(f"<li><strong>{html.escape(a)}</strong> – {html.escape(b)}</li>" for a, b in items) + "</ul>"
        page = jobnet_page("Kalender", user, [("Marts 2026", "Dine møder og aftaler", body)], cpr_no, printed)
        ext = "pdf" if i % 16 == 1 else "html"
        p, rel = c.name("ikke-minplan", "kalender", ext)
        sub = "calendar-print"
    elif kind == 2:  # mentor's status note
        txt = (f"Statusnotat – mentorforløb\n\nBorger: {user}" + (f", {cpr_no}" if cpr_no else "") +
               f"\nMentor: {mentor}, tlf. {phone(rng)}\nPeriode for status: februar 2026\n\n"
               f"{citizen} er mødt op til 7 af 8 aftaler i praktikken. Vi har brugt ca. 2 timer om ugen på "
               f"samtaler om fremmøde og transport. {citizen} giver udtryk for, at praktikken går godt. "
               f"Målet om praktik 15 timer om ugen er tæt på at være nået.\n\nAnbefaling: forløbet fortsætter "
               f"som aftalt i Min Plan. Næste status sendes i slutningen af marts.\n\n{mentor}\n")
        p, rel = c.name("ikke-minplan", "statusnotat", "docx" if i % 16 == 2 else "txt")
        if p.suffix == ".docx":
            docx_write(p, "Statusnotat – mentorforløb", txt.split("\n\n")[1:], [], [], table=False)
        else:
            p.write_text(txt, encoding="utf-8")
        sub = "status-note"
        c.add(rel, "unknown", p.suffix[1:], "plain", sub, [], ["not-a-mentor-document-kind"], cpr_no)
        return
    elif kind == 3:  # guidance: how to read Min Plan (lists the five items)
        txt = ("Sådan læser du Min Plan\n\nI Min Plan på jobnet.dk kan du se de aktiviteter, du og kommunen "
               "har aftalt. Hvis du får en mentor, skal der i Min Plan stå:\n\n- målet med mentorstøtten\n"
               "- mentorens navn og kontaktdata\n- hvilke opgaver mentoren skal hjælpe dig med\n"
               "- hvor længe aftalen varer (højst 6 måneder ad gangen)\n- hvor mange timer du får\n\n"
               "Kan du ikke finde din aktivitet, så ring til din sagsbehandler. Har du brug for hjælp "
               "til at logge på, kan du ringe til Jobnet Support.\n")
        ext = "html" if i % 16 == 3 else "txt"
        p, rel = c.name("ikke-minplan", "vejledning-min-plan", ext)
        if ext == "html":
            paras = txt.split("\n\n")
            p.write_text("<html><body><h1>" + paras[0] + "</h1>" +
                         "".join(f"<p>{html.escape(x)}</p>" for x in paras[1:]).replace("\n- ", "<br>• ") +
                         "</body></html>", encoding="utf-8")
        else:
            p.write_text(txt, encoding="utf-8")
        c.add(rel, "unknown", ext, "plain", "guidance", [], ["not-a-mentor-document-kind", "lists-fields"], None)
        return
    elif kind == 4:  # invitation to a meeting (e-mail)
        p, rel = c.name("ikke-minplan", "indkaldelse-mail", "eml")
        body = (f"Hej {citizen}\n\nDu er indkaldt til en samtale om din plan tirsdag den 14. april 2026 kl. 10.00 "
                f"i Jobcentret, {k}. Din mentor {mentor} deltager også. Vi skal tale om, hvordan det går, "
                f"og om mentorstøtten skal fortsætte, når perioden udløber.\n\nHusk at tjekke Min Plan inden mødet.\n\n"
                f"Venlig hilsen\nJonna Friis\n{k} Kommune\nTlf. {phone(rng)}\n")
        eml_write(p, "Indkaldelse til samtale", f"Jonna Friis <jonna@{k.lower().replace('æ','ae')}.dk>",
                  f"{user} <b{rng.randint(10,99)}@mail.dk>", body, datetime(2026, 4, 2, 9, 0, tzinfo=timezone.utc))
        c.add(rel, "unknown", "eml", "email", "meeting-invitation", [], ["not-a-mentor-document-kind"], None)
        return
    elif kind == 5:  # joblog print
        rows = [(f"{d}.03.2026", t) for d, t in [(2, "Ansøgning: Lagermedarbejder, Dagrofa"),
                                                  (5, "Ansøgning: Pakkeriet, XL-Byg"),
                                                  (9, "Samtale med mentor om ansøgninger"),
                                                  (12, "Uopfordret ansøgning: Bilka")]]
        body = "<table><tr><th>Dato</th><th>Aktivitet</th></tr>" + "".join(
            f"<tr><td>{a}</td><td>{html.escape(b)}</td></tr>" for a, b in rows) + "</table>"
        page = jobnet_page("Joblog", user, [("Din joblog", "Marts 2026", body)], cpr_no, printed)
        ext = "pdf" if i % 16 == 5 else "html"
        p, rel = c.name("ikke-minplan", "joblog", ext)
        sub = "joblog-print"
    elif kind == 6:  # no active activities page
        page = jobnet_page("Min Plan", user, [("Mentorstøtte", "Afsluttet",
                                              "<p>Aktiviteten er afsluttet. Du har ingen aktive aktiviteter med mentor.</p>")],
                           cpr_no, printed)
        ext = "pdf" if i % 16 == 6 else "html"
        p, rel = c.name("ikke-minplan", "minplan-afsluttet", ext)
        sub = "ended-activity-page"
    else:  # caseworker's journal note about the Min Plan
        txt = (f"Journalnotat {dots(date(2026, 5, rng.randint(1, 28)))}\n\nTelefonsamtale med {user}. "
               f"Borger har ikke kunnet finde sin mentoraktivitet i Min Plan. Jeg har gennemgået planen med "
               f"borger i telefonen. Borger er tilfreds med mentor og ønsker, at forløbet fortsætter. "
               f"Jeg sender en ny kopi af planen i e-Boks.\n\nSagsbehandler: {rng.choice(FIRST)} {rng.choice(LAST)}\n")
        p, rel = c.name("ikke-minplan", "journalnotat", "txt")
        p.write_text(txt, encoding="utf-8")
        c.add(rel, "unknown", "txt", "plain", "journal-note", [], ["not-a-mentor-document-kind"], cpr_no)
        return
    if ext == "pdf":
        c.pdf_jobs.append((p, page))
    else:
        p.write_text(page, encoding="utf-8")
    c.add(rel, "unknown", ext, "jobnet-print", sub, [], ["not-a-mentor-document-kind"], cpr_no)


def print_pdfs(jobs):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = b.new_page()
        for path, doc in jobs:
            page.set_content(doc, wait_until="load")
            page.pdf(path=str(path), format="A4", print_background=True,
                     display_header_footer=True,
                     header_template='<div style="font-size:8px;margin-left:20px"><span class="title"></span></div>',
                     footer_template='<div style="font-size:8px;margin-left:20px">Side <span class="pageNumber"></span> af <span class="totalPages"></span></div>',
                     margin={"top": "40px", "bottom": "40px", "left": "30px", "right": "30px"})
        b.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    c = Corpus(out, rng)
    for i in range(len(MINPLAN_DEFECTS)):
        build_minplan(c, i)
    for i in range(10):
        build_agreement(c, i)
    for i in range(10):
        build_decision(c, i)
    for i in range(24):
        build_unknown(c, i)
    print_pdfs(c.pdf_jobs)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(c.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(c.entries)} documents in {out}")


if __name__ == "__main__":
    main()
