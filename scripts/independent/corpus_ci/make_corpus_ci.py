"""Generate corpus CI: ~100 realistic archive documents (issue 8, "independent set 2").

    /work/main/.venv/bin/python scripts/independent/corpus_ci/make_corpus_ci.py --out /work/corpora/ci

Deterministic for a given --seed (OCR'd PDFs depend on the installed Tesseract version).
Labels are decided here from the rule docs and domain.md, never from the linter's output.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import Case, add_months, fmt_date  # noqa: E402
from render import (flat_lines, to_text, write_docx, write_eml, write_html, write_rtf,  # noqa: E402
                    write_scanned_pdf)

FIELD_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "missing-follow-up", "missing-hours", "missing-appeal-guidance"]


class Corpus:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.r = random.Random(seed)
        self.entries = []
        self.pdf_jobs = []
        self.n = 0

    def case(self):
        self.n += 1
        return Case(random.Random(self.r.random()), self.n)

    def add(self, rel, kind, fmt, layout, subtype, rules, extras=(), cpr=None, traits=(), period=None):
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
             "accept_errors": [], "must_not_contain": [cpr] if cpr else [],
             "traits": sorted(set(traits) | ({"cpr"} if cpr else set()))}
        if period:
            e["period"] = period
        self.entries.append(e)

    def path(self, rel):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


# ============================================================================ field texts
def pick_defects(r: random.Random, allow=FIELD_RULES + ["over6", "unclear", "wrong-route"], p_clean=0.45):
    if r.random() < p_clean:
        return set()
    weights = {"missing-goal": 1, "missing-mentor": 3, "missing-tasks": 1.5, "missing-duration": 1.5,
               "missing-follow-up": 2.5, "missing-hours": 3, "missing-appeal-guidance": 3,
               "over6": 2.5, "unclear": 2.5, "wrong-route": 1.2}
    pool = [d for d in allow if d in weights]
    n = 1 if r.random() < 0.75 else 2
    out = set()
    while len(out) < n:
        out.add(r.choices(pool, [weights[d] for d in pool])[0])
    if "missing-goal" in out:
        out.discard("unclear")
    if "missing-duration" in out:
        out.discard("over6")
    if "missing-appeal-guidance" in out:
        out.discard("wrong-route")
    return out or {"missing-hours"}


def fields(c: Case, defects: set, empty_style: str):
    """Field values; None = the field is left empty (rendered per empty_style by the layout)."""
    r = c.r
    c.set_period("over" if "over6" in defects else r.choice(["exact6", "exact6", "short", "short"]))
    f = {}
    f["goal"] = None if "missing-goal" in defects else (c.goal_unclear() if "unclear" in defects else c.goal_clear())
    if "missing-mentor" in defects:
        f["mentor"] = r.choice([f"{c.mentor}, {c.provider}", None, c.mentor])
    else:
        f["mentor"] = r.choice([f"{c.mentor}, {c.provider}, tlf. {c.mphone}, {c.mmail}",
                                f"{c.mentor} ({c.provider}), telefon {c.mphone}",
                                f"{c.mentor}, {c.provider} – mail: {c.mmail}, mobil {c.mphone}"])
    f["tasks"] = None if "missing-tasks" in defects else c.tasks()
    f["period"] = None if "missing-duration" in defects else c.period_text()
    f["follow"] = None if "missing-follow-up" in defects else c.follow_text()
    if "missing-hours" in defects:
        f["hours"] = r.choice([None, c.hours_vague()])
    else:
        f["hours"] = c.hours_text()
    if "missing-appeal-guidance" in defects:
        f["appeal"] = r.choice([None, c.appeal_incomplete()])
    elif "wrong-route" in defects:
        f["appeal"] = c.appeal_wrong()
    else:
        f["appeal"] = c.appeal_full()
    return f


def labels_for(defects: set) -> tuple[list, list]:
    rules = [d for d in defects if d in FIELD_RULES]
    if "over6" in defects:
        rules.append("duration-over-6-months")
    if "unclear" in defects:
        rules.append("unclear-goal")
    extras = ["appeal-wrong-route"] if "wrong-route" in defects else []
    return rules, extras


def period_of(c: Case, defects):
    if "missing-duration" in defects:
        return None
    return {"start": c.start.isoformat(), "end": c.end.isoformat()}


EMPTY = ["-", "Udfyldes senere", "", "xx", "…"]

LABELS = {
    "goal": ["Mål for mentorstøtten", "Borgerens mål", "Målet med mentorstøtten", "Hvad er målet?", "Formål", "Mål og delmål"],
    "mentor": ["Mentor", "Mentors kontaktdata", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i"],
    "period": ["Periode", "Bevillingsperiode", "Varighed", "Aftalen gælder", "Hvor længe?"],
    "follow": ["Opfølgning", "Sådan følger vi op", "Evaluering og opfølgning", "Opfølgning og progression"],
    "hours": ["Timetal", "Antal timer", "Hvor mange timer?", "Timer pr. uge", "Omfang"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"],
}


def lab(c, key):
    return c.r.choice(LABELS[key])


def header_blocks(c: Case, with_cpr: bool, title: str):
    b = [("p", f"{c.kommune} Kommune · Jobcenter {c.kommune}"), ("title", title)]
    b.append(("kv", "Borger", c.citizen))
    if with_cpr:
        b.append(("kv", "CPR-nr.", c.cpr))
    b.append(("kv", "Sagsnr.", c.sagsnr))
    b.append(("kv", "Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}"))
    return b


def signature(c):
    return [("p", f"Dato: {fmt_date(c.letter_date, 'dots')}"),
            ("p", "Underskrift borger: ______________________    Underskrift mentor: ______________________")]


# ============================================================================ agreements
def agreement_docx(cp: Corpus, c: Case, variant: str, defects: set, with_cpr: bool):
    r = c.r
    f = fields(c, defects, "placeholder")
    title = r.choice(["Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale om mentorforløb",
                      "Aftale om mentorstøtte efter LAB § 167"])
    blocks = header_blocks(c, with_cpr, title)
    blocks.append(("p", r.choice([
        f"Denne aftale er indgået mellem dig, din mentor og Jobcenter {c.kommune}.",
        "Aftalen beskriver, hvad du og din mentor skal arbejde med, og hvor længe.",
        f"Kære {c.fn}. Her er den aftale, vi lavede på mødet."])))
    header, footer, comments = [], [f"Jobcenter {c.kommune} · Torvet 1 · {c.kommune} · www.{c.kommune.lower()}.dk"], []
    traits = [f"docx:{variant}"]
    tasks_txt = None if f["tasks"] is None else "; ".join(f["tasks"])

    if variant in ("sdt_table", "checkbox"):
        rows = [(lab(c, "goal"), f["goal"]), (lab(c, "mentor"), f["mentor"]), (lab(c, "tasks"), tasks_txt),
                (lab(c, "period"), f["period"])]
        if variant == "sdt_table":
            rows.append((lab(c, "hours"), f["hours"]))
        rows.append((lab(c, "follow"), f["follow"]))
        blocks.append(("sdt_table", rows))
        if variant == "checkbox":
            blocks.append(("check", "Mentortype", [("Tilbudsmentor", True), ("Udvidet mentor", False), ("Pligtmentor", False)]))
            if "missing-hours" in defects:
                opts = [("0-1 time pr. uge", False), ("1-2 timer pr. uge", False), ("mere end 2 timer pr. uge", False)]
                traits.append("hours:no-box-ticked")
            else:
                k = r.randrange(3)
                opts = [(o, i == k) for i, o in enumerate(["0-1 time pr. uge", "1-2 timer pr. uge", "mere end 2 timer pr. uge"])]
            blocks.append(("check", "Timetal (serviceniveau)", opts))
        if f["appeal"] is not None:
            blocks += [("h", lab(c, "appeal")), ("p", f["appeal"])]
    elif variant in ("sdt_para", "footer_mentor", "footer_appeal", "textbox", "tracked", "comments"):
        blocks.append(("h", lab(c, "goal")))
        blocks.append(("sdt_kv", "Mål", f["goal"]) if variant == "sdt_para" else ("p", f["goal"] if f["goal"] else r.choice(EMPTY[:2])))
        if variant == "footer_mentor":
            footer = ([f"Din mentor: {f['mentor']}"] if f["mentor"] else []) + footer
            traits.append("mentor:in-footer")
        elif variant == "textbox":
            if f["mentor"]:
                parts = [p.strip() for p in f["mentor"].replace(" – ", ", ").replace("(", ", ").replace(")", "").split(",") if p.strip()]
                blocks.append(("textbox", ["Din mentor"] + parts))
            traits.append("mentor:in-textbox")
        else:
            blocks.append(("h", lab(c, "mentor")))
            blocks.append(("sdt_kv", "Mentor", f["mentor"]) if variant == "sdt_para" else ("p", f["mentor"] or "-"))
        if f["tasks"] is not None:
            blocks.append(("p", r.choice([f"{c.mfn} skal hjælpe dig med:", "Mentorens opgaver:", "Det skal mentor hjælpe med:"])))
            blocks += [("li", t[0].upper() + t[1:]) for t in f["tasks"]]
        elif variant == "sdt_para":
            blocks.append(("sdt_kv", lab(c, "tasks"), None))
        else:
            blocks.append(("h", lab(c, "tasks")))
            blocks.append(("p", "Aftales nærmere med mentor."))
            traits.append("tasks:deferred")
        # period
        plab = lab(c, "period")
        if variant == "tracked" and f["period"] is not None:
            wrong = add_months(c.start, 9) - __import__("datetime").timedelta(days=1)
            if "over6" in defects:  # the reviewer changed a legal end date to a too-late one
                good = add_months(c.start, 6) - __import__("datetime").timedelta(days=1)
                blocks.append(("tracked", plab, f"{fmt_date(c.start, 'words')} – ", fmt_date(good, "words"), fmt_date(c.end, "words"), ""))
                traits.append("tracked:ins-over6")
            else:
                blocks.append(("tracked", plab, f"{fmt_date(c.start, 'words')} – ", fmt_date(wrong, "words"), fmt_date(c.end, "words"), ""))
                traits.append("tracked:del-over6")
        elif variant == "sdt_para":
            blocks.append(("sdt_kv", plab, f["period"]))
        else:
            blocks.append(("kv", plab, f["period"] or r.choice(["Udfyldes senere", "indtil videre", "-"])))
        # hours
        hlab = lab(c, "hours")
        if variant == "tracked" and f["hours"] is not None and "missing-hours" not in defects:
            blocks.append(("tracked", hlab, "", "5 timer pr. uge", f["hours"], ""))
        elif variant == "comments":
            if f["hours"] is None:
                blocks.append(("comment_p", f"{hlab} " if hlab.endswith("?") else f"{hlab}: ", "Timetal mangler – skal det være 3 timer pr. uge som i bevillingen?"))
                traits.append("comment:names-hours")
            else:
                blocks.append(("comment_p", f"{hlab} {f['hours']}" if hlab.endswith("?") else f"{hlab}: {f['hours']}", "Er det godkendt af teamleder?"))
        elif variant == "sdt_para":
            blocks.append(("sdt_kv", hlab, f["hours"]))
        else:
            blocks.append(("kv", hlab, f["hours"] or "-"))
        flab = lab(c, "follow")
        if variant == "comments" and f["follow"] is None:
            blocks.append(("comment_p", f"{flab} -" if flab.endswith("?") else f"{flab}: -", "Husk statusmøde hver måned og evaluering 14 dage før ophør."))
            traits.append("comment:names-follow-up")
        elif variant == "sdt_para":
            blocks.append(("sdt_kv", flab, f["follow"]))
        elif f["follow"] is not None or r.random() < 0.5:
            blocks += [("h", flab), ("p", f["follow"] or "-")]
        if variant == "footer_appeal":
            if f["appeal"] is not None:
                footer = [f["appeal"]] + footer
            traits.append("appeal:in-footer")
        elif f["appeal"] is not None:
            blocks += [("h", lab(c, "appeal")), ("p", f["appeal"])]
    blocks += signature(c)
    if r.random() < 0.4:
        header = [f"Jobcenter {c.kommune}", f"Sagsnr. {c.sagsnr}"]
    rel = f"word/{c.idx:03d}-{variant}-mentoraftale.docx"
    write_docx({"blocks": blocks, "header": header, "footer": footer}, cp.path(rel), c.r)
    rules, extras = labels_for(defects)
    cp.add(rel, "agreement", "docx", "word-template", variant, rules, extras, c.cpr if with_cpr else None,
           traits + [f"defect:{d}" for d in defects], period_of(c, defects))


def agreement_blocks_plain(c: Case, f, defects, with_cpr, layout):
    """Agreement for RTF / scanned PDF: either a label/value table or headings."""
    r = c.r
    title = r.choice(["Mentoraftale", "Aftale om mentorstøtte", "Aftale om mentorforløb"])
    blocks = header_blocks(c, with_cpr, title)
    tasks_txt = None if f["tasks"] is None else "; ".join(t[0].upper() + t[1:] for t in f["tasks"])
    if layout == "table":
        rows = [[lab(c, "goal"), f["goal"] or r.choice(EMPTY)], [lab(c, "mentor"), f["mentor"] or r.choice(EMPTY)],
                [lab(c, "tasks"), tasks_txt or r.choice(EMPTY)], [lab(c, "period"), f["period"] or "Udfyldes senere"],
                [lab(c, "hours"), f["hours"] or "-"], [lab(c, "follow"), f["follow"] or "-"]]
        rows = [[a, b if b else "-"] for a, b in rows]
        blocks.append(("table", rows))
    else:
        for key, val in (("goal", f["goal"]), ("mentor", f["mentor"])):
            if val is not None or r.random() < 0.5:
                blocks += [("h", lab(c, key)), ("p", val or "-")]
        if f["tasks"] is not None:
            blocks.append(("h", lab(c, "tasks")))
            blocks += [("li", t[0].upper() + t[1:]) for t in f["tasks"]]
        for key in ("period", "hours", "follow"):
            if f[key] is not None or r.random() < 0.5:
                blocks += [("h", lab(c, key)), ("p", f[key] or "-")]
    if f["appeal"] is not None:
        blocks += [("h", lab(c, "appeal")), ("p", f["appeal"])]
    blocks += signature(c)
    return blocks


def agreement_rtf(cp, c, defects, with_cpr):
    f = fields(c, defects, "dash")
    layout = c.r.choice(["table", "headings"])
    blocks = agreement_blocks_plain(c, f, defects, with_cpr, layout)
    footer = [f"{c.provider} · Jernbanegade 4 · {c.kommune}"]
    traits = []
    if c.r.random() < 0.35 and f["mentor"] and layout == "headings":
        # The provider's export puts the mentor contact block only in the page footer.
        blocks = [b for b in blocks if not (b[0] == "p" and b[1] == f["mentor"])]
        blocks = [b for b in blocks if not (b[0] == "h" and b[1] in LABELS["mentor"])]
        footer = [f"Mentor: {f['mentor']}"] + footer
        traits.append("mentor:in-footer")
    rel = f"rtf/{c.idx:03d}-mentoraftale-eksport.rtf"
    write_rtf({"blocks": blocks, "footer": footer}, cp.path(rel))
    rules, extras = labels_for(defects)
    cp.add(rel, "agreement", "rtf", layout, "rtf-export", rules, extras, c.cpr if with_cpr else None,
           traits + [f"defect:{d}" for d in defects], period_of(c, defects))


def agreement_scan(cp, c, defects, with_cpr):
    f = fields(c, defects, "dash")
    layout = c.r.choice(["table", "headings"])
    blocks = agreement_blocks_plain(c, f, defects, with_cpr, layout)
    rel = f"scan/{c.idx:03d}-mentoraftale-scannet.pdf"
    doc = {"blocks": blocks, "footer": [f"Jobcenter {c.kommune} · Sagsnr. {c.sagsnr}"]}
    cp.pdf_jobs.append((doc, cp.path(rel), random.Random(c.idx)))
    rules, extras = labels_for(defects)
    cp.add(rel, "agreement", "pdf", layout, "ocr-scan", rules, extras, c.cpr if with_cpr else None,
           ["ocr:tesseract"] + [f"defect:{d}" for d in defects], period_of(c, defects))


def prose_fields(c: Case, f, defects, register="mail"):
    """The fields written as running prose (e-mail or journal note)."""
    r = c.r
    s = []
    journal = register == "journal"
    if f["goal"]:
        s.append(r.choice([f"Vi har aftalt følgende mål for forløbet: {f['goal']}",
                           f"Målet er som aftalt: {f['goal']}"] if not journal else
                          [f"Borgers mål: {f['goal']}", f"Mål for mentorforløbet aftalt som: {f['goal']}"]))
    if f["mentor"]:
        s.append(r.choice([f"Din mentor bliver {f['mentor']}.", f"Mentor i forløbet: {f['mentor']}."] if not journal else
                          [f"Mentor er {f['mentor']}.", f"Mentorforløbet varetages af {f['mentor']}."]))
    if f["tasks"]:
        s.append(f"{c.mfn} skal hjælpe {'dig' if not journal else 'borger'} med følgende: " + ", ".join(t for t in f["tasks"][:-1]) +
                 (" og " if len(f["tasks"]) > 1 else "") + f["tasks"][-1] + ".")
    if f["period"]:
        s.append(r.choice([f"Forløbet løber {f['period']}.", f"Mentorstøtten er bevilget i perioden {f['period']}.",
                           f"Aftalen gælder {f['period']}."]))
    if f["hours"]:
        s.append(r.choice([f"Der er afsat {f['hours']}.", f"Timetal: {f['hours']}."]) if "missing-hours" not in defects
                 else f"Timetal: {f['hours']}.")
    if f["follow"]:
        s.append(f["follow"])
    if f["appeal"]:
        s.append(f["appeal"])
    return s


def agreement_eml(cp, c, defects, with_cpr):
    r = c.r
    f = fields(c, defects, "absent")
    s = prose_fields(c, f, defects)
    body = [f"Hej {c.fn}", "", "Tak for mødet i dag. Som lovet sender jeg her det, vi aftalte om din mentorstøtte.", ""]
    if with_cpr:
        body.insert(2, f"(Vedr. {c.citizen}, cpr {c.cpr})")
    body += [" ".join(s[:3]), "", " ".join(s[3:6]), ""] + s[6:] + [""]
    body += ["Skriv endelig, hvis noget ikke passer.", "", "-- ", "Venlig hilsen", c.cw, "Sagsbehandler, Jobcenter " + c.kommune,
             f"Direkte tlf. {c.cwphone}", c.cwmail]
    if r.random() < 0.6:
        body += ["", f"Den {fmt_date(c.letter_date, 'words')} kl. 09.12 skrev {c.citizen} <{c.fn.lower()}{c.idx}@gmail.com>:",
                 "> Hej. Kan vi flytte mødet til torsdag? Jeg har tandlæge om onsdagen.", "> Mvh " + c.fn]
    rel = f"mail/{c.idx:03d}-mentoraftale.eml"
    write_eml(cp.path(rel), f"{c.cw} <{c.cwmail}>", f"{c.citizen} <{c.fn.lower()}{c.idx}@gmail.com>",
              r.choice(["Din mentoraftale", "Aftale om mentorstøtte – opsummering", "SV: Møde om mentor"]),
              f"Mon, {c.letter_date.day} {c.letter_date.strftime('%b')} 2026 14:03:00 +0100", "\n".join(body))
    rules, extras = labels_for(defects)
    cp.add(rel, "agreement", "eml", "email-prose", "email", rules, extras, c.cpr if with_cpr else None,
           ["signature:caseworker-phone"] + [f"defect:{d}" for d in defects], period_of(c, defects))


def agreement_eml_attached(cp, c, defects, with_cpr):
    """A short e-mail whose attachment is the agreement (DOCX)."""
    f = fields(c, defects, "dash")
    blocks = agreement_blocks_plain(c, f, defects, with_cpr, "headings")
    tmp = cp.out / ".tmp_att.docx"
    write_docx({"blocks": blocks, "footer": []}, tmp, c.r)
    data = tmp.read_bytes()
    tmp.unlink()
    rel = f"mail/{c.idx:03d}-aftale-vedhaeftet.eml"
    body = f"Hej {c.fn}\n\nHermed jeres mentoraftale som aftalt. Den er også sendt til {c.mentor}.\n\n-- \nMvh\n{c.cw}\nTlf. {c.cwphone}\n"
    write_eml(cp.path(rel), f"{c.cw} <{c.cwmail}>", f"{c.fn.lower()}{c.idx}@hotmail.com", "Mentoraftale",
              f"Tue, {c.letter_date.day} {c.letter_date.strftime('%b')} 2026 10:41:00 +0100", body,
              [("Mentoraftale.docx", data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    rules, extras = labels_for(defects)
    cp.add(rel, "agreement", "eml", "email-attachment", "email", rules, extras, c.cpr if with_cpr else None,
           ["attachment:docx"] + [f"defect:{d}" for d in defects], period_of(c, defects))


def agreement_journal(cp, c, defects, with_cpr):
    r = c.r
    f = fields(c, defects, "absent")
    s = prose_fields(c, f, defects, "journal")
    lines = [f"Journalnotat – {c.citizen}" + (f" ({c.cpr})" if with_cpr else ""), f"Dato: {fmt_date(c.letter_date, 'dots')}",
             f"Sagsnr.: {c.sagsnr}", f"Notat oprettet af: {c.cw}", "Emne: Mentoraftale indgået", "",
             f"Møde afholdt på jobcentret med borger og mentor. Borger var velforberedt og enig i aftalen.",
             "Der er indgået følgende aftale om mentorstøtte efter LAB § 167:", ""]
    # hard-wrapped prose as case systems export it
    text = " ".join(s)
    width = r.choice([72, 80, 95])
    line = ""
    for w in text.split():
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    lines.append(line)
    lines += ["", "Aftalen er sendt til borger i e-Boks. Kopi til mentor.", f"/{c.cw.split()[0][:2].upper()}{c.cw.split()[1][:1].upper()}"]
    rel = f"journal/{c.idx:03d}-journalnotat.txt"
    cp.path(rel).write_text("\n".join(lines) + "\n", encoding=r.choice(["utf-8", "cp1252"]))
    rules, extras = labels_for(defects)
    cp.add(rel, "agreement", "txt", "journal-prose", "journalnotat", rules, extras, c.cpr if with_cpr else None,
           ["hard-wrapped"] + [f"defect:{d}" for d in defects], period_of(c, defects))


def agreement_english(cp, c, defects, with_cpr, fmt):
    r = c.r
    c.set_period("over" if "over6" in defects else "exact6")
    goal = None if "missing-goal" in defects else (
        "To feel better and be more motivated." if "unclear" in defects else
        f"{c.fn} starts the {r.choice(['FVU Danish course at VUC', 'basic SOSU programme', 'work placement at ' + c.firm])} "
        f"by {fmt_date(add_months(c.start, 2), 'en')} and attends at least four days a week.")
    mentor = (c.mentor if "missing-mentor" in defects else f"{c.mentor}, {c.provider}, phone {c.mphone}, {c.mmail}")
    hours = None if "missing-hours" in defects else r.choice(["3 hours a week", "2 hours per week", "1.5 hours weekly"])
    follow = None if "missing-follow-up" in defects else "Review meeting every month with you, your mentor and your caseworker; final evaluation two weeks before the end."
    period = None if "missing-duration" in defects else f"{fmt_date(c.start, 'en')} – {fmt_date(c.end, 'en')}"
    appeal = None if "missing-appeal-guidance" in defects else (
        f"If you disagree with the decision, you can complain to {c.kommune} Municipality within four weeks. "
        "The municipality will reconsider the decision, and if it is upheld, your complaint is forwarded to the National Social Appeals Board (Ankestyrelsen).")
    blocks = [("p", f"{c.kommune} Kommune – Jobcenter"), ("title", "Mentor agreement (English version)"),
              ("kv", "Name", c.citizen)]
    if with_cpr:
        blocks.append(("kv", "CPR no.", c.cpr))
    blocks += [("kv", "Caseworker", f"{c.cw}, phone {c.cwphone}")]
    blocks += [("h", "Goal"), ("p", goal or "-"), ("h", "Your mentor"), ("p", mentor)]
    if "missing-tasks" not in defects:
        blocks += [("h", "What your mentor will help you with")] + [("li", t) for t in r.sample(
            ["go with you to the first days of your placement", "help you plan transport and times",
             "a weekly talk about attendance", "help with letters from the municipality"], 3)]
    blocks += [("kv", "Period", period or "to be decided"), ("kv", "Hours", hours or "as needed"),
               ("h", "Follow-up"), ("p", follow or "-")]
    if appeal:
        blocks += [("h", "How to complain"), ("p", appeal)]
    rel = f"english/{c.idx:03d}-mentor-agreement-en.{fmt}"
    doc = {"blocks": blocks, "footer": [f"Jobcenter {c.kommune}"]}
    if fmt == "docx":
        write_docx(doc, cp.path(rel), r)
    else:
        cp.path(rel).write_text(to_text(doc), encoding="utf-8")
    rules, extras = labels_for(defects & set(FIELD_RULES + ["over6", "unclear"]))
    cp.add(rel, "agreement", fmt, "headings", "english", rules, extras, c.cpr if with_cpr else None,
           ["lang:en"] + [f"defect:{d}" for d in defects], period_of(c, defects))


# ============================================================================ decisions
def decision(cp, c, kind, defects, with_cpr, fmt):
    """kind: grant | partial | refusal | stop | bilag | body.  defects ⊂ {appeal-missing,
    appeal-incomplete, over6, no-reasons, wrong-route} plus agreement defects for bilag/body."""
    r = c.r
    agr_defects = {d for d in defects if d in FIELD_RULES + ["unclear"]}
    c.set_period("over" if "over6" in defects else r.choice(["exact6", "short"]))
    period = c.period_text(r.choice(["words", "den", "dots"]))
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte", "stop": "Afgørelse om ophør af mentorstøtte",
             "bilag": "Bevilling af mentorstøtte", "body": "Afgørelse: Du får bevilget mentorstøtte"}[kind]
    blocks = [("p", f"{c.kommune} Kommune\nJobcenter {c.kommune}\nTorvet 1"),
              ("p", f"{c.citizen}\n{r.choice(['Skovvej', 'Ringvejen', 'Bakkedraget'])} {r.randint(2, 80)}"),
              ("p", f"Dato: {fmt_date(c.letter_date, 'words')}   Sagsnr.: {c.sagsnr}")]
    if with_cpr:
        blocks.append(("p", f"CPR-nr.: {c.cpr}"))
    blocks.append(("title", title))
    rules, extras = [], []
    hours = c.hours_text()
    if kind in ("grant", "bilag", "body"):
        blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                            f"i perioden {period}. Mentorstøtten udgør {hours}."))
        if r.random() < 0.5:
            blocks.append(("p", f"Du har fået fuldt ud medhold i din ansøgning."))
    elif kind == "partial":
        asked = r.choice([9, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med 5 timer om ugen. Vi har bevilget mentorstøtte i perioden "
                            f"{period} med {hours}. Du får derfor delvis bevilget det, du har søgt om."))
        if "no-reasons" not in defects:
            blocks += [("h", "Begrundelse"), ("p", f"Efter LAB § 167, stk. 1, kan mentorstøtte gives i en periode på højst 6 måneder ad gangen. "
                                                   "Vi har lagt vægt på, at du allerede har støtte fra skolens studievejleder, og at dit behov "
                                                   "efter vores vurdering dækkes af det bevilgede timetal. Vi vurderer behovet igen ved udløb.")]
        else:
            extras.append("missing-reasons")
    elif kind == "refusal":
        blocks.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning."))
        if "no-reasons" not in defects:
            blocks += [("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at du ikke har et mål om beskæftigelse eller uddannelse, "
                                                   "og at der derfor ikke kan gives mentorstøtte, jf. LAB § 167. Vi har lagt vægt på oplysningerne "
                                                   "fra samtalen den " + fmt_date(c.letter_date, 'words') + ".")]
        else:
            extras.append("missing-reasons")
    elif kind == "stop":
        blocks.append(("p", f"Din mentorstøtte ophører den {fmt_date(c.letter_date + __import__('datetime').timedelta(days=30), 'words')}."))
        if "no-reasons" not in defects:
            blocks += [("h", "Begrundelse"), ("p", "Du er startet i ordinær uddannelse, og på baggrund af mentors status vurderer vi, at du ikke længere har behov for støtte.")]
        else:
            extras.append("missing-reasons")
    # appeal
    if "appeal-missing" in defects:
        rules.append("missing-appeal-guidance")
    elif "appeal-incomplete" in defects:
        rules.append("missing-appeal-guidance")
        blocks += [("h", "Klagevejledning"), ("p", c.appeal_incomplete())]
    elif "wrong-route" in defects:
        extras.append("appeal-wrong-route")
        blocks += [("h", "Klagevejledning"), ("p", c.appeal_wrong())]
    else:
        blocks += [("h", r.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", c.appeal_full())]
    if "over6" in defects and kind != "refusal":
        rules.append("duration-over-6-months")
    # embedded agreement
    if kind in ("bilag", "body"):
        keep = (c.start, c.end)
        f = fields(c, agr_defects, "dash")
        c.start, c.end = keep
        f["period"] = None if "missing-duration" in agr_defects else period
        f["hours"] = None if "missing-hours" in agr_defects else hours
        head = "Bilag 1: Aftale om mentorstøtte" if kind == "bilag" else "Aftale om mentorstøtte"
        ab = [("h", head), ("kv", lab(c, "goal"), f["goal"] or "-"), ("kv", lab(c, "mentor"), f["mentor"] or "-")]
        if f["tasks"]:
            ab.append(("p", "Mentorens opgaver:"))
            ab += [("li", t) for t in f["tasks"]]
        ab += [("kv", "Periode", f["period"] or "Udfyldes senere"), ("kv", "Timetal", f["hours"] or "-"),
               ("kv", "Opfølgning", f["follow"] or "-")]
        if kind == "bilag":
            blocks += [("p", "Med venlig hilsen"), ("p", f"{c.cw}\nSagsbehandler, tlf. {c.cwphone}")] + ab
        else:
            blocks = blocks[:-2] + ab + blocks[-2:] + [("p", "Med venlig hilsen"), ("p", f"{c.cw}\nSagsbehandler, tlf. {c.cwphone}")]
        rules += [d for d in agr_defects if d in FIELD_RULES]
        if "unclear" in agr_defects:
            rules.append("unclear-goal")
    else:
        blocks += [("p", "Med venlig hilsen"), ("p", f"{c.cw}\nSagsbehandler, tlf. {c.cwphone}")]
    # paragraphs carrying "\n" become several paragraphs
    exp = []
    for b in blocks:
        if b[0] == "p" and "\n" in b[1]:
            exp += [("p", x) for x in b[1].split("\n")]
        else:
            exp.append(b)
    doc = {"blocks": exp, "footer": [f"Jobcenter {c.kommune} · Torvet 1 · tlf. 70 {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"]}
    rel = f"afgoerelser/{c.idx:03d}-afgoerelse-{kind}.{fmt}"
    if fmt == "docx":
        write_docx(doc, cp.path(rel), r)
    elif fmt == "rtf":
        write_rtf(doc, cp.path(rel))
    elif fmt == "pdf":
        cp.pdf_jobs.append((doc, cp.path(rel), random.Random(c.idx)))
    elif fmt == "txt":
        cp.path(rel).write_text(to_text(doc), encoding="utf-8")
    elif fmt == "html":
        doc["html_title"] = title
        write_html(doc, cp.path(rel))
    period_e = None if kind in ("refusal", "stop") else {"start": c.start.isoformat(), "end": c.end.isoformat()}
    cp.add(rel, "decision", fmt, "letter", f"decision-{kind}", rules, extras, c.cpr if with_cpr else None,
           [f"defect:{d}" for d in defects] + (["ocr:tesseract"] if fmt == "pdf" else []), period_e)


# ============================================================================ Min Plan
def minplan(cp, c, defects, with_cpr, fmt):
    r = c.r
    c.set_period("over" if "over6" in defects else r.choice(["exact6", "short"]))
    goal = None if "missing-goal" in defects else (c.goal_unclear() if "unclear" in defects else c.goal_clear())
    mentor = c.mentor if "missing-mentor" in defects else f"{c.mentor}, {c.provider}, tlf. {c.mphone}"
    tasks = None if "missing-tasks" in defects else c.tasks()
    hours = None if "missing-hours" in defects else c.hours_text()
    blocks = [("title", "Min Plan"), ("p", f"Udskrevet {fmt_date(c.letter_date, 'dots')} fra Jobnet – {c.citizen}")]
    if with_cpr:
        blocks.append(("p", f"CPR-nummer: {c.cpr}"))
    blocks += [("h", "Mit mål"), ("p", "Jeg vil gerne have et arbejde inden for detailhandel."),
               ("h", "Aktivitet: Virksomhedspraktik"), ("kv", "Sted", c.firm), ("kv", "Periode", f"{fmt_date(c.start, 'dots')} - {fmt_date(add_months(c.start, 3), 'dots')}"),
               ("kv", "Kontaktperson", f"{c.cw}, tlf. {c.cwphone}"),
               ("h", "Aktivitet: Mentorstøtte (LAB § 167)"),
               ("kv", "Formål med mentorstøtten", goal or "-"), ("kv", "Mentor", mentor)]
    blocks += [("kv", "Mentorens opgaver", "; ".join(tasks) if tasks else "-"),
               ("kv", "Periode", c.period_text(r.choice(["dots", "words"]))),
               ("kv", "Timer", hours or "-")]
    blocks += [("h", "Næste samtale"), ("p", f"{fmt_date(add_months(c.start, 1), 'den')} kl. 10.00 på jobcentret")]
    rel = f"minplan/{c.idx:03d}-min-plan.{fmt}"
    doc = {"blocks": blocks, "html_title": "Min Plan – Jobnet"}
    if fmt == "html":
        write_html(doc, cp.path(rel), style=r.choice(["div", "dl"]))
    elif fmt == "pdf":
        cp.pdf_jobs.append((doc, cp.path(rel), random.Random(c.idx)))
    else:
        cp.path(rel).write_text(to_text(doc), encoding="utf-8")
    rules = [d for d in defects if d in FIELD_RULES]
    if "over6" in defects:
        rules.append("duration-over-6-months")
    if "unclear" in defects:
        rules.append("unclear-goal")
    cp.add(rel, "minplan", fmt, "minplan-print", "minplan", rules, [], c.cpr if with_cpr else None,
           [f"defect:{d}" for d in defects], {"start": c.start.isoformat(), "end": c.end.isoformat()})


# ============================================================================ none of the kinds
def unknowns(cp: Corpus):
    made = []

    def put(rel, fmt, subtype, doc=None, text=None, cpr=None, eml=None):
        p = cp.path(rel)
        if fmt == "docx":
            write_docx(doc, p, cp.r)
        elif fmt == "txt":
            p.write_text(text if text is not None else to_text(doc), encoding="utf-8")
        elif fmt == "html":
            write_html(doc, p)
        elif fmt == "rtf":
            write_rtf(doc, p)
        elif fmt == "pdf":
            cp.pdf_jobs.append((doc, p, random.Random(len(made))))
        elif fmt == "eml":
            write_eml(p, *eml)
        cp.add(rel, "unknown", fmt, "mixed", subtype, [], [], cpr, ["not-a-mentor-document-kind"] + (["ocr:tesseract"] if fmt == "pdf" else []))
        made.append(rel)

    c = cp.case()
    put("andet/statusrapport-mentor.docx", "docx", "statusrapport", {"blocks": [
        ("title", "Statusrapport fra mentor"), ("kv", "Borger", c.citizen), ("kv", "Mentor", f"{c.mentor}, {c.provider}, tlf. {c.mphone}"),
        ("kv", "Periode", f"{fmt_date(c.start, 'dots')} - {fmt_date(add_months(c.start, 2), 'dots')}"),
        ("h", "Hvordan er det gået?"), ("p", f"{c.fn} har mødt op til 7 ud af 8 aftaler. Vi har brugt 2 timer om ugen på at øve "
                                            "transport til praktikstedet og på at åbne post. Målet om praktik hos " + c.firm + " er tæt på."),
        ("h", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter med samme timetal. Opfølgning ved næste statusmøde.")],
        "footer": [f"{c.provider} · {c.mmail}"]})
    c = cp.case()
    put("andet/faktura-mentorforloeb.pdf", "pdf", "faktura", {"blocks": [
        ("title", "FAKTURA nr. 2026-0" + str(c.idx * 37)), ("p", f"{c.provider} · CVR 3{c.idx:02d}48217"),
        ("p", f"Til: Jobcenter {c.kommune}, Att.: {c.cw}"),
        ("table", [["Ydelse", "Timer", "Beløb"], [f"Mentorstøtte, {c.citizen}, marts 2026", "12", "6.540,00"],
                   [f"Mentorstøtte, {c.citizen}, april 2026", "10", "5.450,00"], ["I alt ekskl. moms", "", "11.990,00"]]),
        ("p", "Betalingsbetingelser: netto 30 dage. Reg.nr. 1234 kontonr. 0012345678.")]})
    c = cp.case()
    put("andet/referat-teammoede.txt", "txt", "referat", text=(
        f"Referat af teammøde i Ungeenheden, {fmt_date(c.letter_date, 'words')}\n\nDeltagere: {c.cw}, {c.mentor}, afdelingsleder\n\n"
        "1. Mentorindsatsen\nVi gennemgik de nye skabeloner til mentoraftaler. En aftale skal indeholde mål, mentorens navn og kontaktdata, "
        "opgaver, varighed, timetal og klagevejledning. Vi mangler timetal i flere aftaler.\n\n2. Kapacitet\n"
        "Mentorhuset har plads til 6 nye borgere fra 1. maj, 3 timer om ugen pr. plads.\n\n3. Eventuelt\nIntet.\n\nRef.: " + c.cw + "\n"))
    put("andet/pjece-mentorstoette.html", "html", "pjece", {"html_title": "Mentorstøtte – få en mentor", "blocks": [
        ("title", "Mentorstøtte"), ("p", "Har du brug for støtte til at komme i job eller uddannelse, kan du få en mentor."),
        ("h", "Hvad kan en mentor hjælpe med?"), ("li", "At komme godt i gang på en arbejdsplads"), ("li", "At få struktur på hverdagen"),
        ("h", "Hvor længe?"), ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse."),
        ("h", "Hvad står der i aftalen?"), ("p", "Din aftale beskriver målet, mentorens navn og kontaktdata, mentorens opgaver, varigheden og timetallet."),
        ("h", "Klage"), ("p", "Er du uenig i en afgørelse, kan du klage til kommunen inden 4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen.")]})
    c = cp.case()
    put("andet/fodboldklub-mentoraftale.docx", "docx", "privat-mentoraftale", {"blocks": [
        ("title", "Mentoraftale – B.93 Ungdom"), ("p", "Mentorordningen i klubben er for spillere mellem 14 og 18 år."),
        ("kv", "Spiller", c.citizen), ("kv", "Mentor (frivillig træner)", f"{c.mentor}, tlf. {c.mphone}"),
        ("kv", "Mål", "At komme til træning to gange om ugen og gennemføre 9. klasse."),
        ("kv", "Periode", "Sæsonen 2026/27"), ("kv", "Tid", "1 time om ugen efter træning"),
        ("p", "Aftalen kan opsiges af begge parter. Kontakt ungdomsformanden ved spørgsmål.")]})
    c = cp.case()
    put("andet/moedeindkaldelse.eml", "eml", "moedemail", eml=(
        f"{c.cw} <{c.cwmail}>", f"{c.mentor} <{c.mmail}>", "Statusmøde om " + c.fn,
        "Wed, 4 Mar 2026 08:15:00 +0100",
        f"Hej {c.mfn}\n\nKan du deltage i statusmøde om {c.fn} torsdag den 12. marts kl. 13? Vi skal tale om, hvordan forløbet går, "
        "og om timetallet skal justeres.\n\n-- \nVenlig hilsen\n" + c.cw + f"\nTlf. {c.cwphone}\n"))
    c = cp.case()
    cpr_ = c.cpr
    put("andet/partshoering.rtf", "rtf", "partshoering", {"blocks": [
        ("title", "Partshøring før afgørelse om mentorstøtte"), ("p", f"{c.citizen}, CPR-nr. {cpr_}"),
        ("p", "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte, fordi du ikke har et mål om job eller uddannelse. "
              "Før vi træffer afgørelse, får du mulighed for at komme med dine bemærkninger."),
        ("p", f"Send dine bemærkninger senest {fmt_date(c.letter_date, 'words')}. Du får en afgørelse med klagevejledning bagefter."),
        ("p", f"Med venlig hilsen {c.cw}, tlf. {c.cwphone}")], "footer": [f"Jobcenter {c.kommune}"]}, cpr=cpr_)
    c = cp.case()
    put("andet/ankestyrelsen-afgoerelse.pdf", "pdf", "ankestyrelsen", {"blocks": [
        ("p", "Ankestyrelsen · 7998 Statsservice"), ("title", "Ankestyrelsens afgørelse"),
        ("p", f"Klage over {c.kommune} Kommunes afgørelse om mentorstøtte. Ankestyrelsen stadfæster kommunens afgørelse."),
        ("h", "Begrundelse"), ("p", "Efter LAB § 167 kan mentorstøtte gives i højst 6 måneder ad gangen. Kommunen har foretaget en konkret vurdering."),
        ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]})
    put("andet/kvalitetsstandard-uddrag.txt", "txt", "kvalitetsstandard", text=(
        "Kvalitetsstandard for mentorstøtte\n\nFormål\nMentorstøtte skal hjælpe borgeren tættere på job eller uddannelse.\n\n"
        "Indhold i aftalen\n1) Målet med mentorstøtten\n2) Mentorens navn og kontaktdata\n3) Hvilke opgaver mentoren skal bistå ved\n"
        "4) Varigheden af aftalen og opfølgning – inklusiv mål for progression\n5) Timetallet for mentorstøtten\n6) Klagevejledning\n\n"
        "Serviceniveauer\nNiveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge.\n"
        "Evaluering altid 14 dage før støtteperioden ophører.\n"))
    c = cp.case()
    put("andet/kursusprogram-mentoruddannelse.docx", "docx", "kursusprogram", {"blocks": [
        ("title", "Mentoruddannelse 2026 – program"), ("p", f"Arrangør: {c.provider}. Underviser: {c.mentor}, tlf. {c.mphone}"),
        ("table", [["Dag", "Indhold"], ["1", "Mentorrollen og LAB § 167"], ["2", "Mål og delmål – SMART"],
                   ["3", "Opfølgning og dokumentation"], ["4", "Klagevejledning og afgørelser"]]),
        ("p", "Kurset varer 4 dage á 6 timer. Pris 6.900 kr.")]})
    c = cp.case()
    put("andet/nyhedsbrev-en.html", "html", "newsletter-en", {"html_title": "Newsletter", "blocks": [
        ("title", "Jobcenter newsletter – spring 2026"), ("p", "This spring we start a new mentor programme for young people."),
        ("p", "A mentor can help you with your first weeks at a workplace. Support is given for up to six months."),
        ("h", "Contact"), ("p", f"{c.cw}, phone {c.cwphone}")]})
    c = cp.case()
    put("andet/videresendelse-bestilling.eml", "eml", "bestilling-mail", eml=(
        f"{c.cw} <{c.cwmail}>", f"{c.provider} <info@example.dk>", "VS: Bestilling af mentorforløb",
        "Fri, 6 Mar 2026 11:00:00 +0100",
        f"Hej\n\nVi vil gerne bestille et mentorforløb til en borger fra 1. april. Kan I oplyse, hvem der har kapacitet?\n\n"
        f"-- \n{c.cw}\nTlf. {c.cwphone}\n"))


# ============================================================================ main
def build(out: Path, seed: int):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cp = Corpus(out, seed)
    r = cp.r

    def cprq():
        return r.random() < 0.28

    # 60 agreements
    docx_variants = (["sdt_table"] * 5 + ["sdt_para"] * 4 + ["footer_mentor"] * 3 + ["footer_appeal"] * 3 +
                     ["textbox"] * 3 + ["tracked"] * 3 + ["comments"] * 3 + ["checkbox"] * 2)
    for v in docx_variants:  # 26
        c = cp.case()
        d = pick_defects(c.r)
        if v == "tracked" and c.r.random() < 0.5:
            d = (d - {"missing-duration"}) | {"over6"} if c.r.random() < 0.5 else d - {"missing-duration"}
        if v == "comments" and not ({"missing-hours", "missing-follow-up"} & d) and c.r.random() < 0.6:
            d = d | {c.r.choice(["missing-hours", "missing-follow-up"])}
        agreement_docx(cp, c, v, d, cprq())
    for _ in range(9):
        c = cp.case()
        agreement_scan(cp, c, pick_defects(c.r), cprq())
    for _ in range(6):
        c = cp.case()
        agreement_rtf(cp, c, pick_defects(c.r), cprq())
    for _ in range(5):
        c = cp.case()
        agreement_eml(cp, c, pick_defects(c.r), cprq())
    for _ in range(2):
        c = cp.case()
        agreement_eml_attached(cp, c, pick_defects(c.r), cprq())
    for _ in range(8):
        c = cp.case()
        agreement_journal(cp, c, pick_defects(c.r), cprq())
    for fmt in ("docx", "docx", "txt", "docx"):
        c = cp.case()
        agreement_english(cp, c, pick_defects(c.r, allow=FIELD_RULES + ["over6", "unclear"]), cprq(), fmt)

    # 20 decisions
    plan = [("grant", set(), "docx"), ("grant", {"appeal-missing"}, "docx"), ("grant", set(), "pdf"),
            ("grant", {"over6"}, "rtf"), ("grant", {"wrong-route"}, "docx"), ("grant", set(), "html"),
            ("grant", {"appeal-incomplete"}, "txt"), ("grant", set(), "rtf"),
            ("partial", set(), "docx"), ("partial", {"no-reasons"}, "pdf"), ("partial", set(), "txt"),
            ("refusal", set(), "docx"), ("refusal", {"no-reasons", "appeal-incomplete"}, "rtf"), ("refusal", set(), "pdf"),
            ("stop", set(), "html"), ("stop", {"appeal-missing"}, "docx"),
            ("bilag", set(), "docx"), ("bilag", {"missing-follow-up"}, "pdf"), ("body", set(), "docx"),
            ("body", {"missing-mentor"}, "pdf")]
    for kind, d, fmt in plan:
        c = cp.case()
        decision(cp, c, kind, d, cprq(), fmt)

    # 8 Min Plan entries
    mp = [(set(), "html"), ({"missing-hours"}, "html"), (set(), "html"), ({"unclear"}, "html"),
          ({"missing-mentor"}, "pdf"), (set(), "pdf"), ({"over6"}, "txt"), (set(), "html")]
    for d, fmt in mp:
        c = cp.case()
        minplan(cp, c, d, cprq(), fmt)

    # 12 of none of the kinds
    unknowns(cp)

    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(lambda j: write_scanned_pdf(*j), cp.pdf_jobs))

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(cp.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cp.entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=8208)
    a = ap.parse_args()
    entries = build(a.out, a.seed)
    from collections import Counter
    print(len(entries), "documents;", dict(Counter(e["kind"] for e in entries)), dict(Counter(e["format"] for e in entries)))


if __name__ == "__main__":
    main()
