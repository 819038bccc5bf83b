"""Corpus AG: independent labelled corpus, focused on Min Plan entries (seed 113).

Usage: python make_corpus_ag.py OUT_DIR
Writes ~100 documents (.txt/.html/.docx/.pdf) and OUT_DIR/EXPECTED.jsonl in the manifest format.
Labels follow `mentordocs rules NAME` and REQUIRED_RULES (manifest.py): for a Min Plan only goal,
mentor, tasks, duration, hours, duration-over-6-months and unclear-goal apply.
"""
from __future__ import annotations

import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

SEED = 113
RNG = random.Random(SEED)

KOMMUNER = ["Viborg", "Holbæk", "Assens", "Tønder", "Roskilde", "Herning", "Faxe", "Rudersdal"]
BORGERE = ["Mette Jensen", "Ahmed Hassan", "Sofie Nielsen", "Jonas Madsen", "Fatima Ali",
           "Kasper Holm", "Line Pedersen", "Omar Khalil", "Camilla Berg", "Nikolaj Dahl"]
MENTORER = [("Lars Østergaard", "23 45 67 89", "lars.oestergaard@jobhuset.dk"),
            ("Birgitte Skov", "40 12 34 56", "bsk@mentorhuset.dk"),
            ("Henrik Lund", "29 87 65 43", "hl@kommune-mentor.dk"),
            ("Pia Thomsen", "61 22 33 44", "pia.thomsen@sosu-mentor.dk"),
            ("Morten Kjær", "52 11 90 08", "mkj@praktikmentor.dk")]
SAGSBEH = [("Anne Rasmussen", "72 11 22 33"), ("Peter Bach", "87 65 43 21")]
CLEAR_GOALS = [
    "{f} er i virksomhedspraktik som butiksassistent hos Netto 15 timer om ugen senest 1. maj 2026.",
    "{f} starter på SOSU-hjælperuddannelsen 1. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i løntilskud på lageret hos Bilka 25 timer om ugen senest 1. juni 2026.",
    "{f} har gennemført grundforløb 1 på EUC og er optaget på grundforløb 2 senest 15. juni 2026.",
    "{f} arbejder 12 timer om ugen i fleksjob som pedelmedhjælper på Skovvangskolen fra 1. maj 2026.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til at få mere struktur på hverdagen.",
    "Sikre at {f} får det bedre og øget selvværd.",
    "Motivere {f} og komme tættere på arbejdsmarkedet.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe {f} med at planlægge ugen, følge med til de første møder på skolen og tale om fremmøde.",
    "Ringe {f} op om morgenen de første uger og tage med til samtaler med arbejdsgiveren.",
]
PERIODS_OK = [  # (text, start, end) all <= 6 months
    ("1. marts 2026 – 31. august 2026", "2026-03-01", "2026-08-31"),
    ("01.02.2026-31.07.2026", "2026-02-01", "2026-07-31"),
    ("15. april 2026 til 14. oktober 2026", "2026-04-15", "2026-10-14"),
    ("1/5-2026 til 31/7-2026", "2026-05-01", "2026-07-31"),
    ("2026-06-01 – 2026-11-30", "2026-06-01", "2026-11-30"),
]
PERIODS_LONG = [
    ("1. marts 2026 – 30. november 2026", "2026-03-01", "2026-11-30"),
    ("01.02.2026-31.12.2026", "2026-02-01", "2026-12-31"),
    ("1/4-2026 til 31/3-2027", "2026-04-01", "2027-03-31"),
    ("15. januar 2026 – 14. september 2026", "2026-01-15", "2026-09-14"),
]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt"]
SYSTEMS = ["Jobnet – Min Plan", "Min side – Min Plan", "KMD Momentum – udskrift af Min Plan",
           "Fasit – Min Plan (borgerens plan)", "Jobnet · Min Plan · Aktivitetsdetaljer"]

entries: list[dict] = []
docs: list[tuple[str, str, list]] = []  # (relpath, fmt, blocks)


def cpr() -> str:
    d = RNG.randint(1, 28)
    m = RNG.randint(1, 12)
    y = RNG.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{RNG.randint(1000, 9999)}"


def mentor_lines(variant, mentor):
    name, tlf, mail = mentor
    if variant == "ok":
        return [("Mentor", f"{name}, tlf. {tlf}, {mail}")]
    if variant == "no-contact":
        return [("Mentor", name)]
    return []


def minplan(i: int) -> None:
    k = KOMMUNER[i % len(KOMMUNER)]
    borger = BORGERE[i % len(BORGERE)]
    f = borger.split()[0]
    mentor = MENTORER[i % len(MENTORER)]
    sb = SAGSBEH[i % 2]
    # defect plan: ~40 % complete, the rest one or two defects
    r = RNG.random()
    defects: list[str] = []
    if r >= 0.40:
        pool = ["missing-goal", "missing-mentor", "missing-mentor-contact", "missing-tasks",
                "missing-duration", "missing-hours", "duration-over-6-months", "unclear-goal"]
        defects.append(RNG.choice(pool))
        if RNG.random() < 0.25:
            second = RNG.choice([p for p in pool if p != defects[0]])
            bad = {frozenset({"missing-goal", "unclear-goal"}),
                   frozenset({"missing-duration", "duration-over-6-months"}),
                   frozenset({"missing-mentor", "missing-mentor-contact"})}
            if frozenset({defects[0], second}) not in bad:
                defects.append(second)
    traits = ["minplan"] + [f"defect:{d}" for d in defects]
    layout = ["activity-list", "placement-and-mentor", "print-header-goal", "detail-page"][i % 4]
    blocks: list = []
    blocks.append(("h1", SYSTEMS[i % len(SYSTEMS)]))
    blocks.append(("p", f"{k} Kommune · Udskrevet 12.03.2026"))
    must_not = []
    blocks.append(("kv", [("Borger", borger)]))
    if i % 3 == 0:
        c = cpr()
        blocks.append(("kv", [("CPR-nr.", c)]))
        must_not += [c, c.replace("-", "")]
        traits.append("cpr")
    blocks.append(("kv", [("Sagsbehandler", f"{sb[0]}, tlf. {sb[1]}")]))
    goal = "" if "missing-goal" in defects else (
        RNG.choice(UNCLEAR_GOALS) if "unclear-goal" in defects else RNG.choice(
            [g for g in CLEAR_GOALS if "timer" not in g] if "missing-hours" in defects else CLEAR_GOALS)).format(f=f)
    if layout == "print-header-goal" and goal and "unclear-goal" not in defects:
        blocks.append(("h2", "Mit mål"))
        blocks.append(("p", goal))
    # other activities (never the mentor support), periods always <= 6 months, no hours stated
    others = []
    if layout in ("activity-list", "placement-and-mentor", "print-header-goal"):
        others.append(("Jobsøgningskursus, Jobcenter " + k, "05.01.2026 – 30.01.2026", "Afsluttet"))
        if layout == "placement-and-mentor":
            others.append(("Virksomhedspraktik hos Netto, " + k, "01.03.2026 – 31.05.2026", "Aktiv"))
        others.append(("Samtale med sagsbehandler", "20.03.2026", "Planlagt"))
    if others:
        blocks.append(("h2", "Aktiviteter"))
        blocks.append(("table", [["Aktivitet", "Periode", "Status"]] + [list(o) for o in others]))
    # the mentor activity
    blocks.append(("h2", "Aktivitet: Mentorstøtte (LAB § 167)" if i % 2 else "Mentorstøtte"))
    kv = [("Status", "Aktiv")]
    if goal and not (layout == "print-header-goal" and "unclear-goal" not in defects):
        kv.append(("Målet med mentorstøtten" if i % 2 else "Formål", goal))
    elif "missing-goal" in defects and i % 2:
        kv.append(("Målet med mentorstøtten", "Udfyldes senere"))
    elif goal:
        kv.append(("Formål", "Se 'Mit mål' øverst i planen."))
    mv = "none" if "missing-mentor" in defects else ("no-contact" if "missing-mentor-contact" in defects else "ok")
    kv += mentor_lines(mv, mentor)
    if "missing-tasks" in defects:
        if i % 2:
            kv.append(("Mentorens opgaver", "-"))
    else:
        kv.append(("Mentorens opgaver", RNG.choice(TASKS).format(f=f)))
    period = None
    if "missing-duration" in defects:
        if i % 2:
            kv.append(("Periode", "Udfyldes senere"))
    else:
        ptxt, s, e = RNG.choice(PERIODS_LONG if "duration-over-6-months" in defects else PERIODS_OK)
        kv.append(("Periode", ptxt))
        period = {"start": s, "end": e}
    if "missing-hours" in defects:
        kv.append(("Timetal", "efter behov") if i % 2 else ("Timetal", ""))
    else:
        kv.append(("Timetal", RNG.choice(HOURS)))
    blocks.append(("kv", kv))
    blocks.append(("p", "Har du spørgsmål til din plan, kan du kontakte din sagsbehandler."))
    rules = set(d for d in defects)
    if "missing-mentor-contact" in rules:
        rules.discard("missing-mentor-contact")
        rules.add("missing-mentor")
    fmt = ["pdf", "html", "txt", "docx"][i % 4]
    rel = f"{k.lower().replace('æ', 'ae').replace('ø', 'oe')}/minplan/minplan-{i:03d}.{fmt}"
    add(rel, fmt, "minplan", "minplan", layout, sorted(rules), must_not, traits, period, blocks)


def agreement(i: int) -> None:
    k = KOMMUNER[i % len(KOMMUNER)]
    borger = BORGERE[(i + 3) % len(BORGERE)]
    f = borger.split()[0]
    mentor = MENTORER[i % len(MENTORER)]
    defect = None if i % 5 in (0, 3) else RNG.choice(
        ["missing-follow-up", "missing-appeal-guidance", "missing-hours", "missing-tasks",
         "duration-over-6-months", "unclear-goal", "missing-mentor"])
    blocks = [("h1", "Aftale om mentorstøtte"), ("p", f"{k} Kommune, Job og Ydelse"),
              ("kv", [("Borger", borger)])]
    goal = (RNG.choice(UNCLEAR_GOALS) if defect == "unclear-goal" else RNG.choice(
        [g for g in CLEAR_GOALS if "timer" not in g] if defect == "missing-hours" else CLEAR_GOALS)).format(f=f)
    blocks.append(("h2", "1. Målet med mentorstøtten"))
    blocks.append(("p", goal))
    blocks.append(("h2", "2. Mentorens navn og kontaktdata"))
    blocks.append(("p", mentor[0] if defect == "missing-mentor" else f"{mentor[0]}, tlf. {mentor[1]}, {mentor[2]}"))
    blocks.append(("h2", "3. Mentorens opgaver"))
    blocks.append(("p", "-" if defect == "missing-tasks" else RNG.choice(TASKS).format(f=f)))
    blocks.append(("h2", "4. Varighed og opfølgning"))
    ptxt, s, e = RNG.choice(PERIODS_LONG if defect == "duration-over-6-months" else PERIODS_OK)
    fu = "" if defect == "missing-follow-up" else (
        " Opfølgning: statusmøde med mentor og sagsbehandler hver måned og evaluering 14 dage før ophør.")
    blocks.append(("p", f"Periode: {ptxt}.{fu}"))
    blocks.append(("h2", "5. Timetal"))
    blocks.append(("p", "Efter behov." if defect == "missing-hours" else RNG.choice(HOURS)))
    blocks.append(("h2", "6. Klagevejledning"))
    blocks.append(("p", "Du kan klage over afgørelsen." if defect == "missing-appeal-guidance" else
                   f"Hvis du ikke er enig, skal du klage til {k} Kommune inden fire uger. Kommunen "
                   "genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes "
                   "klagen videre til Ankestyrelsen."))
    fmt = ["docx", "pdf", "html", "txt"][i % 4]
    rel = f"{k.lower().replace('æ', 'ae').replace('ø', 'oe')}/aftaler/aftale-{i:03d}.{fmt}"
    add(rel, fmt, "agreement", "agreement", "numbered-headings", [defect] if defect else [], [],
        ["agreement"] + ([f"defect:{defect}"] if defect else []), {"start": s, "end": e}, blocks)


def decision(i: int) -> None:
    k = KOMMUNER[i % len(KOMMUNER)]
    borger = BORGERE[(i + 5) % len(BORGERE)]
    defect = [None, "missing-appeal-guidance", "duration-over-6-months", None, "missing-appeal-guidance"][i]
    ptxt, s, e = RNG.choice(PERIODS_LONG if defect == "duration-over-6-months" else PERIODS_OK)
    blocks = [("h1", "Afgørelse om mentorstøtte"), ("p", f"{k} Kommune · Kære {borger}"),
              ("p", f"Du har søgt om mentorstøtte. Du er bevilget mentorstøtte i perioden {ptxt}, "
                    f"3 timer pr. uge, jf. lov om en aktiv beskæftigelsesindsats § 167."),
              ("h2", "Begrundelse"),
              ("p", "Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik.")]
    blocks.append(("h2", "Klagevejledning"))
    blocks.append(("p", "Du kan klage over afgørelsen." if defect == "missing-appeal-guidance" else
                   f"Du kan klage til {k} Kommune inden 4 uger efter, at du har modtaget afgørelsen. "
                   "Kommunen genvurderer sagen, og fastholder vi afgørelsen, sender vi klagen videre til "
                   "Ankestyrelsen."))
    fmt = ["pdf", "docx", "html", "txt", "pdf"][i]
    rel = f"{k.lower().replace('æ', 'ae').replace('ø', 'oe')}/afgoerelser/afgoerelse-{i:03d}.{fmt}"
    add(rel, fmt, "decision", "grant", "letter", [defect] if defect else [], [],
        ["decision"] + ([f"defect:{defect}"] if defect else []), {"start": s, "end": e}, blocks)


def lookalike(i: int) -> None:
    k = KOMMUNER[i % len(KOMMUNER)]
    borger = BORGERE[(i + 7) % len(BORGERE)]
    sort = ["plan-no-mentor", "joblog", "calendar"][i % 3]
    if sort == "plan-no-mentor":
        blocks = [("h1", SYSTEMS[i % 4]), ("kv", [("Borger", borger)]),
                  ("h2", "Mit mål"), ("p", "Job som lagermedarbejder senest 1. juni 2026."),
                  ("h2", "Aktiviteter"),
                  ("table", [["Aktivitet", "Periode", "Status"],
                             ["Jobsøgningskursus", "05.01.2026 – 30.01.2026", "Afsluttet"],
                             ["Virksomhedspraktik hos Bilka", "01.03.2026 – 31.05.2026", "Aktiv"],
                             ["Samtale med sagsbehandler", "20.03.2026", "Planlagt"]])]
    elif sort == "joblog":
        rows = [["Dato", "Virksomhed", "Stilling", "Status"]] + [
            [f"{d:02d}.02.2026", v, s, st] for d, v, s, st in
            [(3, "Netto", "Butiksassistent", "Søgt"), (9, "Bilka", "Lagermedarbejder", "Afslag"),
             (17, "Coop", "Kassemedarbejder", "Samtale")]]
        blocks = [("h1", "Joblog – dine jobsøgninger"), ("kv", [("Borger", borger)]),
                  ("p", "Her kan du se de jobs, du har registreret i din joblog på Jobnet."), ("table", rows)]
    else:
        blocks = [("h1", f"Mødekalender – Jobcenter {k}"), ("kv", [("Borger", borger)]),
                  ("table", [["Dato", "Kl.", "Møde", "Sted"],
                             ["10.03.2026", "09:00", "Jobsamtale", "Jobcenter"],
                             ["24.03.2026", "13:30", "Møde med mentor", "Biblioteket"],
                             ["07.04.2026", "10:00", "Opfølgning", "Telefon"]])]
    fmt = ["html", "txt", "pdf", "docx"][i % 4]
    rel = f"{k.lower().replace('æ', 'ae').replace('ø', 'oe')}/andet/{sort}-{i:03d}.{fmt}"
    add(rel, fmt, "unknown", sort, "list", [], [], ["lookalike", sort], None, blocks)


def add(rel, fmt, kind, subtype, layout, rules, must_not, traits, period, blocks):
    e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
         "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
         "must_not_contain": must_not, "traits": traits}
    if period:
        e["period"] = period
    entries.append(e)
    docs.append((rel, fmt, blocks))


def to_txt(blocks) -> str:
    out = []
    for t, v in blocks:
        if t == "h1":
            out += [v, "=" * len(v), ""]
        elif t == "h2":
            out += ["", v, "-" * len(v)]
        elif t == "p":
            out.append(v)
        elif t == "kv":
            out += [f"{a}: {b}" for a, b in v]
        elif t == "table":
            out += ["  |  ".join(r) for r in v]
    return "\n".join(out) + "\n"


def to_html(blocks) -> str:
    out = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Min Plan</title></head><body>']
    for t, v in blocks:
        if t in ("h1", "h2"):
            out.append(f"<{t}>{html.escape(v)}</{t}>")
        elif t == "p":
            out.append(f"<p>{html.escape(v)}</p>")
        elif t == "kv":
            out.append("<dl>" + "".join(f"<dt>{html.escape(a)}</dt><dd>{html.escape(b)}</dd>" for a, b in v) + "</dl>")
        elif t == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                                         for r in v) + "</table>")
    return "\n".join(out) + "</body></html>\n"


def to_docx(blocks, path: Path) -> None:
    d = docx.Document()
    for t, v in blocks:
        if t == "h1":
            d.add_heading(v, 1)
        elif t == "h2":
            d.add_heading(v, 2)
        elif t == "p":
            d.add_paragraph(v)
        elif t == "kv":
            tab = d.add_table(rows=0, cols=2)
            for a, b in v:
                cells = tab.add_row().cells
                cells[0].text, cells[1].text = a, b
        elif t == "table":
            tab = d.add_table(rows=0, cols=len(v[0]))
            for r in v:
                cells = tab.add_row().cells
                for c, x in zip(cells, r):
                    c.text = x
    d.save(str(path))


def main(out: Path) -> None:
    for i in range(65):
        minplan(i)
    for i in range(15):
        agreement(i)
    for i in range(5):
        decision(i)
    for i in range(15):
        lookalike(i)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="ag_pdfsrc_"))
    pdf_jobs = []
    for rel, fmt, blocks in docs:
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            p.write_text(to_txt(blocks), encoding="utf-8")
        elif fmt == "html":
            p.write_text(to_html(blocks), encoding="utf-8")
        elif fmt == "docx":
            to_docx(blocks, p)
        else:
            src = tmp / (p.stem + ".docx")
            to_docx(blocks, src)
            pdf_jobs.append((src, p))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ag_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for s, _ in pdf_jobs],
                   check=True, capture_output=True, timeout=600)
    for src, dst in pdf_jobs:
        shutil.move(str(src.with_suffix(".pdf")), str(dst))
    shutil.rmtree(tmp)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(entries)} documents, {len(pdf_jobs)} pdf -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/ag"))
