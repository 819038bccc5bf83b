#!/usr/bin/env python
"""Corpus fy: Syddjurs Kommune's yearly audit sample (revisionens stikprøve 2026) of mentor
support paperwork under LAB § 167.

Five caseworkers with their own habits (prose letters, the case system's form print, an old Word
template, e-mails, scanned signed paper), two mentor providers with their own forms, Min Plan
prints, decision letters of five types and the look-alikes that end up in such a sample.

    /work/main/.venv/bin/python make_corpus_fy.py --out /work/corpora/fy [--seed 14]
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content as C  # noqa: E402
from content import long, num, slash, short  # noqa: E402
import render as R  # noqa: E402

AGR_RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
             "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
MP_RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months", "unclear-goal")
DEC_RULES = ("missing-appeal-guidance", "duration-over-6-months")

KOMMUNE_HEAD = "Syddjurs Kommune\nArbejdsmarked og Borgerservice\nLundbergsvej 2, 8400 Ebeltoft\nTlf. 87 53 50 00 · syddjurs.dk"


class Corpus:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.seed = seed
        self.entries = []
        self.lo_jobs = []      # (src_docx, ext, final)
        self.scan_jobs = []    # (src_pdf, final, angle, text_layer)
        self.stage = Path(tempfile.mkdtemp(prefix="fy_stage_"))
        self.n = 0

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}:{key}")

    def add(self, path, fmt, kind, subtype, layout, rules=(), extras=(), traits=(), cprs=(), period=None):
        allowed = {"agreement": AGR_RULES, "minplan": MP_RULES, "decision": DEC_RULES, "unknown": ()}[kind]
        for r in rules:
            assert r in allowed, (path, r)
        if "missing-goal" in rules:
            assert "unclear-goal" not in rules
        mnc = []
        for c in cprs:
            mnc += [c, c.replace("-", "")]
        e = {"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
             "accept_errors": [], "must_not_contain": mnc, "traits": list(traits)}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def dest(self, rel):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def docx_via(self, blocks, rel, ext, **kw):
        """Write blocks as docx; if ext != docx, queue a LibreOffice conversion."""
        if ext == "docx":
            R.docx_render(blocks, self.dest(rel), **kw)
        else:
            src = self.stage / (Path(rel).stem + ".docx")
            assert not src.exists(), src
            R.docx_render(blocks, src, **kw)
            self.lo_jobs.append((src, ext, self.dest(rel)))

    def scan(self, blocks, rel, *, font="Courier", size=11, header=None, angle=None, text_layer=False):
        src = self.stage / (Path(rel).stem + "_src.pdf")
        R.pdf_render(blocks, src, font=font, size=size, header=header, signed=True)
        self.scan_jobs.append((src, self.dest(rel), angle, text_layer))

    def finish(self):
        if self.lo_jobs:
            R.soffice_convert(self.lo_jobs)
        for i, (src, final, angle, tl) in enumerate(self.scan_jobs):
            R.scan_pdf(src, final, self.rng(f"scan{i}"), angle=angle, text_layer=tl)
        shutil.rmtree(self.stage, ignore_errors=True)
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
                 for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def period_text(case, over, rng, style="long"):
    s, e = case.period(over)
    if style == "long":
        return f"{long(s)} – {long(e)}"
    if style == "til":
        return f"fra {long(s)} til {long(e)}"
    if style == "num":
        return f"{num(s)} - {num(e)}"
    if style == "slash":
        return f"{slash(s)} til {slash(e)}"
    if style == "fom":
        return f"f.o.m. {num(s)} t.o.m. {num(e)}"
    if style == "short":
        return f"{short(s)} – {short(e)}"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# Birgitte Holm: prose letters
# ---------------------------------------------------------------------------------------------

def birgitte_agreement(cp: Corpus, i, fmt, defects, cprflag=False, hard=None):
    rng = cp.rng(f"bh{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["birgitte"]
    over = "duration-over-6-months" in defects
    blocks = []
    blocks.append(("p", f"{c.name}\n{c.addr}"))
    meta = f"Dato: {long(c.letter_date)}\nSagsnr.: {c.sagsnr}"
    if cprflag:
        meta += f"\nCPR-nr.: {c.cpr}"
    blocks.append(("p", meta))
    title = rng.choice(["Aftale om mentorstøtte", "Din aftale om mentor", "Her er vores aftale om din mentorstøtte"])
    blocks.append(("title", title))
    blocks.append(("p", f"Kære {c.first}"))
    blocks.append(("p", rng.choice([
        f"Tak for snakken på jobcentret i Ebeltoft den {long(c.letter_date)}. Her får du det, vi blev enige om, skrevet ned.",
        f"Som aftalt på vores møde {long(c.letter_date)} sender jeg dig her aftalen om mentorstøtte.",
    ])))
    traits = ["caseworker:birgitte", "prose-letter"]
    if "missing-goal" in defects:
        blocks.append(("p", "Vi talte om, hvordan de næste måneder skal se ud for dig, og om hvad der fylder lige nu."))
        traits.append("goal:absent")
    elif "unclear-goal" in defects:
        g = c.goal_unclear
        blocks.append(("p", f"Målet med mentorstøtten er: {g[0].lower() + g[1:]}"))
        traits.append("goal:unclear")
    else:
        g = c.goal
        blocks.append(("p", f"Målet med mentorstøtten er, at {g[3:] if g.startswith('At ') else g}"))
    if "missing-mentor" in defects:
        blocks.append(("p", f"Din mentor bliver {c.m_first} fra {c.m_org}, som kontakter dig i løbet af de første dage."))
        traits.append("mentor:no-contact")
    else:
        blocks.append(("p", rng.choice([
            f"Din mentor er {c.m_name} fra {c.m_org}. Du kan ringe til {c.m_first} på {c.m_phone} eller skrive til {c.m_mail}.",
            f"{c.m_name} ({c.m_org}) bliver din mentor. {c.m_first} har telefon {c.m_phone} og mail {c.m_mail}.",
        ])))
    if "missing-tasks" not in defects:
        t = c.tasks
        blocks.append(("p", rng.choice([f"Det er {c.m_first}s opgave at {t[0]}, {t[1]} og {t[2]}.",
                                         f"{c.m_first} skal blandt andet {t[0]}, {t[1]} og {t[2]}."])))
    else:
        traits.append("tasks:absent")
    dur_hours = []
    if "missing-duration" in defects:
        traits.append("duration:absent")
        dur = "Mentorstøtten starter, så snart mentor har kontaktet dig."
    else:
        dur = f"Mentorstøtten gælder {period_text(c, over, rng, rng.choice(['til', 'til']))}"
    if "missing-hours" in defects:
        dur += f", og {c.m_first} kommer {rng.choice(['efter behov', 'et par timer om ugen'])}."
        traits.append("hours:vague")
    else:
        dur += f", og {c.m_first} har {c.hours} sammen med dig."
    blocks.append(("p", dur))
    if "missing-follow-up" not in defects:
        blocks.append(("p", c.follow))
    else:
        traits.append("follow-up:absent")
    if hard == "other-activity":
        g = c.goal.lower()
        far = long(C.add_months(c.start, 22))
        if any(w in g for w in ("uddannelse", "grundforløb", "fgu", "vuc", "klasse")):
            other = f"Til orientering: Din uddannelse løber fra {long(c.start)} til {far}, og du kan få hjælp fra skolens elevcoach hele vejen."
        elif "fleksjob" in g:
            other = f"Til orientering: Din ansættelse i fleksjob er aftalt fra {long(c.start)} til {far} med arbejdsgiveren."
        else:
            other = f"Til orientering: Din ydelse er bevilget fra {long(c.start)} til {far}, og du hører fra Ydelsesservice, hvis noget ændrer sig."
        blocks.append(("p", other))
        traits.append("other-activity-long-period")
    if "missing-appeal-guidance" in defects:
        blocks.append(("p", rng.choice(C.APPEAL_INCOMPLETE)))
        traits.append("appeal:incomplete")
    else:
        blocks.append(("h", rng.choice(["Hvis du vil klage", "Klagevejledning", "Sådan klager du"])))
        blocks.append(("p", c.appeal))
    blocks.append(("p", f"Venlig hilsen\n\n{cw[0]}\n{cw[1].capitalize()}\nDirekte tlf. {cw[2]} · {cw[3]}"))
    rel = f"birgitte_holm/{c.start.year}/aftale_{c.first.lower()}_{i:02d}.{fmt}"
    cp.docx_via(blocks, rel, fmt, bold_headings=True, font="Calibri", letterhead=KOMMUNE_HEAD.replace("\n", "  ·  "),
                footer="Syddjurs Kommune · Behandling af personoplysninger: syddjurs.dk/persondata")
    traits.append("period:over" if over else ("period:none" if "missing-duration" in defects else "period:ok"))
    cp.add(rel, fmt, "agreement", "agreement", "prose-letter", defects, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=None if "missing-duration" in defects else c.period(over))


def birgitte_decision(cp: Corpus, i, fmt, dtype, defects, extras=(), cprflag=False):
    rng = cp.rng(f"bhd{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["birgitte"]
    over = "duration-over-6-months" in defects
    blocks = [("p", f"{c.name}\n{c.addr}"),
              ("p", f"{long(c.letter_date)}\nSagsnr. {c.sagsnr}" + (f"\nCPR-nr. {c.cpr}" if cprflag else ""))]
    traits = ["caseworker:birgitte", f"decision:{dtype}"]
    period = None
    no_reasons = "missing-reasons" in extras
    if dtype == "grant":
        blocks.append(("title", "Du får mentorstøtte"))
        blocks.append(("p", f"Kære {c.first}\n\nDu har søgt om en mentor, og det får du. Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                            f"{period_text(c, over, rng, 'til')}. Mentorstøtten er på {c.hours}."))
        blocks.append(("p", f"Din mentor bliver {c.m_name}, {c.m_org}. {c.m_first} ringer til dig inden for en uge."))
        blocks.append(("p", "Vi har lagt vægt på, at du selv har sagt, at det er svært at komme i gang alene, og at en mentor kan hjælpe dig med at fastholde din praktik."))
        period = c.period(over)
    elif dtype == "partial":
        blocks.append(("title", "Svar på din ansøgning om mentorstøtte"))
        blocks.append(("p", f"Kære {c.first}\n\nDu søgte den {long(c.letter_date - dt.timedelta(days=14))} om mentorstøtte i 12 måneder med 6 timer om ugen. "
                            f"Du får delvis bevilget mentorstøtte: {c.hours} {period_text(c, False, rng, 'til')}."))
        if not no_reasons:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Efter LAB § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at din praktik er på 15 timer om ugen, "
                                "og at du de første uger har brug for mest hjælp. Når perioden udløber, vurderer vi, om du skal have en ny periode."))
        period = c.period(False)
        traits.append("asked-12-months")
    elif dtype == "refusal":
        blocks.append(("title", "Afslag på mentorstøtte"))
        blocks.append(("p", f"Kære {c.first}\n\nVi har behandlet din ansøgning om mentorstøtte, og du får desværre afslag."))
        if not no_reasons:
            blocks.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på VUC, og at den støtte dækker det, du har beskrevet i ansøgningen. "
                                "Mentorstøtte efter LAB § 167 kan kun gives, hvis du har brug for støtte ud over det, skolen normalt giver."))
    elif dtype == "extension":
        prev_s = C.add_months(c.start, -6)
        blocks.append(("title", "Forlængelse af din mentorstøtte"))
        s, e = c.period(over)
        blocks.append(("p", f"Kære {c.first}\n\nDin mentorstøtte hos {c.m_name} ({c.m_org}) har kørt siden {long(prev_s)}. "
                            f"Vi har vurderet din situation igen og forlænger støtten fra {long(s)} til {long(e)} med {c.hours}."))
        blocks.append(("p", "Begrundelsen er, at du er godt i gang med uddannelsen, men endnu ikke møder stabilt uden hjælp om morgenen."))
        period = (s, e)
    elif dtype == "end":
        e = c.start + dt.timedelta(days=30)
        blocks.append(("title", "Din mentorstøtte stopper"))
        blocks.append(("p", f"Kære {c.first}\n\nDin mentorstøtte ophører den {long(e)}."))
        if not no_reasons:
            blocks.append(("p", "Det skyldes, at du er blevet ansat i ordinært job på 25 timer om ugen, og at formålet med mentorstøtten dermed er nået, jf. LAB § 167."))
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.5:
            blocks.append(("p", rng.choice(C.APPEAL_INCOMPLETE)))
            traits.append("appeal:incomplete")
        else:
            traits.append("appeal:absent")
    elif "appeal-wrong-route" in extras:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", C.APPEAL_WRONG_ROUTE))
    else:
        blocks.append(("h", "Hvis du vil klage"))
        blocks.append(("p", c.appeal))
    blocks.append(("p", f"Venlig hilsen\n{cw[0]}, {cw[1]}\ntlf. {cw[2]}"))
    rel = f"birgitte_holm/afgoerelser/{dtype}_{c.last.lower()}_{i:02d}.{fmt}"
    cp.docx_via(blocks, rel, fmt, bold_headings=True, letterhead=KOMMUNE_HEAD.replace("\n", "  ·  "))
    cp.add(rel, fmt, "decision", dtype, "prose-letter", defects, extras=extras, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=period)


# ---------------------------------------------------------------------------------------------
# Mikkel Friis: the case system's form print (html and pdf)
# ---------------------------------------------------------------------------------------------

def mikkel_fields(c: C.Case, defects, rng, traits):
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    rows = []
    if "missing-goal" in defects:
        rows.append(("Formål med mentorstøtten", rng.choice(["", "-", "Udfyldes senere"])))
        traits.append("goal:placeholder")
    elif "unclear-goal" in defects:
        rows.append(("Formål med mentorstøtten", c.goal_unclear))
        traits.append("goal:unclear")
    else:
        rows.append(("Formål med mentorstøtten", c.goal))
    if "missing-mentor" in defects:
        rows.append(("Mentor", c.m_name))
        rows.append(("Mentor tlf./e-mail", ""))
        traits.append("mentor:no-contact")
    else:
        rows.append(("Mentor", c.m_name))
        rows.append(("Mentor tlf./e-mail", f"{c.m_phone} / {c.m_mail}"))
    rows.append(("Leverandør", c.m_org))
    if "missing-tasks" in defects:
        rows.append(("Mentorens opgaver", "-"))
        traits.append("tasks:placeholder")
    else:
        rows.append(("Mentorens opgaver", "\n".join(t[0].upper() + t[1:] for t in c.tasks)))
    if "missing-duration" in defects:
        rows.append(("Startdato", ""))
        rows.append(("Slutdato", ""))
        traits.append("duration:empty")
    else:
        rows.append(("Startdato", num(s)))
        rows.append(("Slutdato", num(e)))
    if "missing-hours" in defects:
        rows.append(("Timer pr. uge", rng.choice(["", "Efter behov"])))
        traits.append("hours:empty-or-vague")
    else:
        h = c.hours
        rows.append(("Timer pr. uge", h.split()[0] if "uge" in h and h.split()[0][0].isdigit() and "/" not in h else h))
    if "missing-follow-up" in defects:
        rows.append(("Opfølgning", rng.choice(["", "Efter behov"])))
        traits.append("follow-up:empty-or-vague")
    else:
        rows.append(("Opfølgning", c.follow))
    return rows, (s, e)


def mikkel_agreement(cp: Corpus, i, fmt, defects, cprflag=True):
    rng = cp.rng(f"mf{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["mikkel"]
    traits = ["caseworker:mikkel", "case-system-form"]
    rows, per = mikkel_fields(c, defects, rng, traits)
    head = [("Borger", c.name)]
    if cprflag:
        head.append(("CPR-nr.", c.cpr))
    head += [("Sagsnr.", c.sagsnr), ("Indsats", "Mentorstøtte (LAB § 167)"), ("Sagsbehandler", f"{cw[0]}, tlf. {cw[2]}")]
    blocks = [("title", "Aftale om mentorstøtte"),
              ("small", f"Momentum · Indsatser · Udskrevet {num(c.letter_date)} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)} af MIFR"),
              ("kv", head), ("h", "Aftalens indhold"), ("kv", rows)]
    if "missing-appeal-guidance" in defects:
        traits.append("appeal:absent")
    else:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", C.APPEAL_FULL[3]))
    blocks.append(("sig", ["Dato / borger", "Dato / sagsbehandler"]))
    rel = f"mikkel_friis/momentum_aftale_{c.sagsnr.split('-')[2]}.{fmt}"
    if fmt == "html":
        css = "body{font-family:Arial;font-size:13px} table{border-collapse:collapse;width:100%} th{width:30%;text-align:left;background:#eef} td,th{border:1px solid #99a;padding:4px}"
        cp.dest(rel).write_text(R.html_render(blocks, "Aftale om mentorstøtte – Momentum", css=css,
                                              head_html='<div class="topbar">Momentum – Syddjurs Kommune</div>'), encoding="utf-8")
    else:
        R.pdf_render(blocks, cp.dest(rel), header="Momentum – Syddjurs Kommune", label_width=5.2)
    over = "duration-over-6-months" in defects
    cp.add(rel, fmt, "agreement", "agreement", "case-system-form", defects, traits=traits + (["period:over"] if over else []),
           cprs=[c.cpr] if cprflag else [], period=None if "missing-duration" in defects else per)


def mikkel_decision(cp: Corpus, i, fmt, dtype, defects, extras=(), cprflag=True):
    rng = cp.rng(f"mfd{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["mikkel"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    title = {"grant": "Afgørelse om mentorstøtte – bevilling", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "refusal": "Afgørelse om mentorstøtte – afslag", "extension": "Afgørelse om forlængelse af mentorstøtte",
             "end": "Afgørelse om ophør af mentorstøtte"}[dtype]
    kv = [("Modtager", c.name), ("Sagsnr.", c.sagsnr)]
    if cprflag:
        kv.insert(1, ("CPR-nr.", c.cpr))
    blocks = [("title", title), ("kv", kv), ("h", "Afgørelse")]
    period = None
    traits = ["caseworker:mikkel", f"decision:{dtype}", "standard-letter"]
    if dtype == "grant":
        blocks.append(("p", f"Du er bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. Bevillingsperiode: {period_text(c, over, rng, 'num')}. Timetal: {c.hours}. Leverandør: {c.m_org}."))
        period = (s, e)
    elif dtype == "partial":
        blocks.append(("p", f"Du har ansøgt om mentorstøtte med 6 timer pr. uge. Du er bevilget {c.hours} i perioden {period_text(c, False, rng, 'num')}. Der er således tale om en delvis bevilling."))
        period = c.period(False)
    elif dtype == "refusal":
        blocks.append(("p", "Din ansøgning om mentorstøtte efter LAB § 167 er afslået."))
    elif dtype == "extension":
        blocks.append(("p", f"Din mentorstøtte forlænges. Ny periode: {period_text(c, over, rng, 'num')}. Timetal uændret: {c.hours}."))
        period = (s, e)
    elif dtype == "end":
        blocks.append(("p", f"Din mentorstøtte ophører pr. {num(c.start)}."))
    if "missing-reasons" not in extras and dtype != "grant":
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", {
            "partial": "Der er lagt vægt på, at dit behov for støtte primært knytter sig til opstarten i praktikken, jf. LAB § 167, stk. 1. Timetallet vurderes tilstrækkeligt.",
            "refusal": "Der er lagt vægt på, at du ikke aktuelt har et mål om beskæftigelse eller uddannelse, idet du er sygemeldt og i behandling. Mentorstøtte forudsætter et sådant mål, jf. LAB § 167.",
            "extension": "Der er ved en konkret vurdering lagt vægt på, at du fortsat har brug for støtte for at fastholde dit løntilskudsjob, jf. LAB § 167, stk. 1, 2. pkt.",
            "end": "Der er lagt vægt på, at du siden sidste statusmøde ikke har deltaget i aftalte møder med mentor, og at formålet med støtten ikke kan opfyldes.",
        }[dtype]))
    if "missing-appeal-guidance" in defects:
        traits.append("appeal:absent")
    elif "appeal-wrong-route" in extras:
        blocks += [("h", "Klagevejledning"), ("p", C.APPEAL_WRONG_ROUTE)]
    else:
        blocks += [("h", "Klagevejledning"), ("p", C.APPEAL_FULL[3])]
    blocks.append(("small", f"Sagsbehandler: {cw[0]} · tlf. {cw[2]} · {cw[3]} · Dokumentet er dannet i Momentum {num(c.letter_date)}"))
    rel = f"mikkel_friis/afgoerelser/momentum_{dtype}_{c.sagsnr.split('-')[2]}.{fmt}"
    if fmt == "html":
        cp.dest(rel).write_text(R.html_render(blocks, title, css="body{font-family:Arial}"), encoding="utf-8")
    else:
        R.pdf_render(blocks, cp.dest(rel), header="Syddjurs Kommune – Momentum brevskabelon AFG-MENTOR v3")
    cp.add(rel, fmt, "decision", dtype, "case-system-letter", defects, extras=extras, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=period)


# ---------------------------------------------------------------------------------------------
# Lone Kjær: the old Word template ("Jobcenter Syddjurs", § 31 b), docx / rtf / odt
# ---------------------------------------------------------------------------------------------

def lone_agreement(cp: Corpus, i, fmt, defects, cprflag=True, appeal_variant=None):
    rng = cp.rng(f"lk{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["lone"]
    over = "duration-over-6-months" in defects
    traits = ["caseworker:lone", "old-word-template"]
    s, e = c.period(over)
    blocks = [("p", "JOBCENTER SYDDJURS\nHovedgaden 77, 8410 Rønde"),
              ("title", "AFTALE OM MENTORSTØTTE\nefter lov om en aktiv beskæftigelsesindsats § 31 b"),
              ("kv", [("Navn", c.name), ("CPR-nr.", c.cpr if cprflag else ""), ("Adresse", c.addr.replace("\n", ", ")),
                      ("Sagsbehandler", f"{cw[0]}, {cw[2]}")])]
    if not cprflag:
        blocks[2] = ("kv", [("Navn", c.name), ("Adresse", c.addr.replace("\n", ", ")), ("Sagsbehandler", f"{cw[0]}, {cw[2]}")])
    blocks.append(("h", "1. Målet med mentorstøtten"))
    if "missing-goal" in defects:
        blocks.append(("p", "Klik her for at angive tekst."))
        traits.append("goal:word-placeholder")
    elif "unclear-goal" in defects:
        blocks.append(("p", c.goal_unclear))
        traits.append("goal:unclear")
    else:
        blocks.append(("p", c.goal))
    blocks.append(("h", "2. Mentorens navn og kontaktdata"))
    if "missing-mentor" in defects:
        blocks.append(("p", f"Mentor findes af {c.m_org}"))
        traits.append("mentor:org-only")
    else:
        blocks.append(("p", f"{c.m_name}, {c.m_org}\nTlf. {c.m_phone}\nE-mail: {c.m_mail}"))
    blocks.append(("h", "3. Hvilke opgaver mentoren skal bistå ved"))
    if "missing-tasks" in defects:
        blocks.append(("p", "Klik her for at angive tekst."))
        traits.append("tasks:word-placeholder")
    else:
        for t in c.tasks:
            blocks.append(("li", t[0].upper() + t[1:]))
    blocks.append(("h", "4. Varighed af aftalen og opfølgning"))
    dur_lines = []
    if "missing-duration" in defects:
        dur_lines.append("Periode: indtil videre")
        traits.append("duration:indtil-videre")
    else:
        dur_lines.append(f"Periode: {period_text(c, over, rng, rng.choice(['fom', 'slash', 'num']))}")
    if "missing-follow-up" in defects:
        dur_lines.append("Opfølgning: efter behov")
        traits.append("follow-up:efter-behov")
    else:
        dur_lines.append(f"Opfølgning: {c.follow}")
    blocks.append(("p", "\n".join(dur_lines)))
    blocks.append(("h", "5. Timetal for mentorstøtten"))
    if "missing-hours" in defects:
        blocks.append(("p", rng.choice(["Aftales mellem mentor og borger", "Efter behov"])))
        traits.append("hours:vague")
    else:
        blocks.append(("p", c.hours))
    blocks.append(("h", "6. Klagevejledning"))
    if "missing-appeal-guidance" in defects:
        if appeal_variant == "other-subject":
            blocks.append(("p", C.APPEAL_OTHER_SUBJECT))
            traits.append("appeal:other-subject")
        else:
            blocks.append(("p", "Du kan klage over afgørelsen."))
            traits.append("appeal:incomplete")
    else:
        blocks.append(("p", C.APPEAL_FULL[2]))
    blocks.append(("sig", ["Borger", "Mentor", "Jobcentret"]))
    blocks.append(("small", "Skabelon: MENT-AFT v2.3 (2017) – Jobcenter Syddjurs"))
    rel = f"lone_kjaer/aftaler/Aftale_mentor_{c.last}_{c.first}_{i}.{fmt}"
    cp.docx_via(blocks, rel, fmt, bold_headings=True, font="Times New Roman", size=11)
    traits.append("legal-ref:§31b")
    cp.add(rel, fmt, "agreement", "agreement", "old-word-template", defects, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=None if "missing-duration" in defects else (s, e))


def lone_decision(cp: Corpus, i, fmt, dtype, defects, extras=(), cprflag=False):
    rng = cp.rng(f"lkd{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["lone"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["caseworker:lone", f"decision:{dtype}", "old-word-template"]
    blocks = [("p", "JOBCENTER SYDDJURS\nHovedgaden 77, 8410 Rønde"),
              ("p", f"{c.name}\n{c.addr}"),
              ("p", f"Rønde, {num(c.letter_date)}\nJ.nr. {c.sagsnr}" + (f"\nCPR-nr. {c.cpr}" if cprflag else ""))]
    period = None
    if dtype == "grant":
        blocks += [("title", "BEVILLING AF MENTORSTØTTE"),
                   ("p", f"Jobcenter Syddjurs bevilger hermed mentorstøtte efter § 31 b i lov om en aktiv beskæftigelsesindsats (nu § 167) i perioden {period_text(c, over, rng, 'fom')}, {c.hours}. Mentor: {c.m_name}, {c.m_org}.")]
        period = (s, e)
    elif dtype == "partial":
        blocks += [("title", "DELVIS BEVILLING AF MENTORSTØTTE"),
                   ("p", f"Du har søgt om mentorstøtte i 9 måneder. Jobcentret bevilger mentorstøtte i perioden {period_text(c, False, rng, 'fom')}, {c.hours}.")]
        if "missing-reasons" not in extras:
            blocks.append(("p", "Begrundelse: Efter § 167, stk. 1, kan der bevilges højst 6 måneder ad gangen. Ved udløb foretages en ny konkret vurdering."))
        period = c.period(False)
    elif dtype == "refusal":
        blocks += [("title", "AFSLAG PÅ MENTORSTØTTE"),
                   ("p", "Jobcentret har behandlet din ansøgning om mentor og må meddele afslag.")]
        if "missing-reasons" not in extras:
            blocks.append(("p", "Begrundelse: Du deltager i forvejen i et forløb på Trekanten med en fast kontaktperson 10 timer om ugen. Vi vurderer, at en mentor ikke vil give en yderligere støtte mod job, jf. lov om en aktiv beskæftigelsesindsats § 167."))
    elif dtype == "extension":
        blocks += [("title", "FORLÆNGELSE AF MENTORSTØTTE"),
                   ("p", f"Din mentorstøtte hos {c.m_name} forlænges i perioden {period_text(c, over, rng, 'fom')} med {c.hours}."),
                   ("p", "Forlængelsen er givet efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt., fordi du er startet i løntilskud og har brug for hjælp i opstarten.")]
        period = (s, e)
    elif dtype == "end":
        blocks += [("title", "OPHØR AF MENTORSTØTTE"), ("p", f"Din mentorstøtte stopper den {num(c.start)}.")]
        if "missing-reasons" not in extras:
            blocks.append(("p", "Begrundelse: Du er flyttet til Norddjurs Kommune, som overtager din sag."))
    blocks.append(("h", "KLAGEVEJLEDNING"))
    if "missing-appeal-guidance" in defects:
        blocks.append(("p", "Klage kan ske til Jobcenter Syddjurs."))
        traits.append("appeal:no-deadline")
    elif "appeal-wrong-route" in extras:
        blocks.append(("p", C.APPEAL_WRONG_ROUTE))
    else:
        blocks.append(("p", C.APPEAL_FULL[2]))
    blocks.append(("p", f"Med venlig hilsen\n{cw[0]}\n{cw[1].capitalize()}"))
    rel = f"lone_kjaer/afgoerelser/{dtype.upper()}_{c.last}_{i}.{fmt}"
    cp.docx_via(blocks, rel, fmt, bold_headings=True, font="Times New Roman")
    cp.add(rel, fmt, "decision", dtype, "old-word-template", defects, extras=extras, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=period)


# ---------------------------------------------------------------------------------------------
# Jesper Aagaard: e-mails
# ---------------------------------------------------------------------------------------------

def eml_write(path, frm, to, subject, body, date, *, cc=None, attach=None, html_body=None):
    m = email.message.EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(dt.datetime.combine(date, dt.time(10, 14), tzinfo=dt.timezone.utc))
    m["Message-ID"] = email.utils.make_msgid(idstring=path.stem, domain="syddjurs.dk")
    m.set_content(body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    if attach:
        name, data, mt = attach
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(m))


def jesper_agreement(cp: Corpus, i, defects, variant="bullets"):
    rng = cp.rng(f"ja{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["jesper"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["caseworker:jesper", f"email:{variant}"]
    L = [f"Hej {c.first}", "",
         rng.choice(["Tak for i dag. Som lovet skriver jeg lige det ned, vi aftalte om din mentor:",
                     "Her er aftalen om mentorstøtte, som vi lavede sammen i dag på jobcentret."]), ""]
    items = []
    if "missing-goal" in defects:
        traits.append("goal:absent")
    elif "unclear-goal" in defects:
        items.append(("Mål", c.goal_unclear))
        traits.append("goal:unclear")
    else:
        items.append(("Mål", c.goal))
    if "missing-mentor" in defects:
        items.append(("Mentor", f"{c.m_first} fra {c.m_org} (du får nummeret, når det er på plads)"))
        traits.append("mentor:no-contact")
    else:
        items.append(("Mentor", f"{c.m_name}, {c.m_org}, tlf. {c.m_phone}"))
    if "missing-tasks" in defects:
        traits.append("tasks:absent")
    else:
        items.append(("Det skal mentor hjælpe med", "; ".join(c.tasks)))
    if "missing-duration" in defects:
        items.append(("Periode", "vi starter op hurtigst muligt"))
        traits.append("duration:vague")
    else:
        items.append(("Periode", period_text(c, over, rng, rng.choice(["long", "short", "num"]))))
    if "missing-hours" in defects:
        items.append(("Timer", rng.choice(["efter behov", "et par timer om ugen"])))
        traits.append("hours:vague")
    else:
        items.append(("Timer", c.hours))
    if "missing-follow-up" in defects:
        traits.append("follow-up:absent")
    else:
        items.append(("Opfølgning", c.follow))
    if variant == "bullets":
        for lab, val in items:
            L.append(f"- {lab}: {val}")
    else:
        for lab, val in items:
            L.append(f"{lab}: {val}")
            L.append("")
    L.append("")
    if "missing-appeal-guidance" in defects:
        L.append("Sig endelig til, hvis der er noget, du er i tvivl om.")
        traits.append("appeal:absent")
    else:
        L.append("Klagevejledning: " + c.appeal)
    L += ["", "Mvh", f"{cw[0]}", f"Jobkonsulent, Syddjurs Kommune", f"Tlf. {cw[2]}", "",
          "-- ", "Sendt sikkert via Syddjurs Kommunes mailsystem. Denne e-mail kan indeholde fortrolige oplysninger."]
    if rng.random() < 0.4:
        L += ["", f"Den {long(c.letter_date - dt.timedelta(days=2))} skrev {c.name} <{c.first.lower()}{rng.randint(10, 99)}@gmail.com>:",
              "> Hej Jesper, kan vi mødes på torsdag? Jeg kan først efter kl. 12.", "> Hilsen " + c.first]
        traits.append("quoted-reply")
    rel = f"jesper_aagaard/mail_{c.letter_date.isoformat()}_{c.first.lower()}_{i}.eml"
    subject = rng.choice(["Aftale om mentorstøtte", "Din mentoraftale", "Aftale om mentor – opsummering fra mødet"])
    eml_write(cp.dest(rel), f"{cw[0]} <{cw[3]}>", f"{c.name} <{c.first.lower()}.{c.last.lower()}@mail.dk>",
              subject, "\n".join(L), c.letter_date, cc=f"{c.m_name} <{c.m_mail}>" if rng.random() < 0.5 else None)
    cp.add(rel, "eml", "agreement", "agreement", f"email-{variant}", defects, traits=traits,
           period=None if "missing-duration" in defects else (s, e))


def jesper_agreement_attached(cp: Corpus, i, defects):
    """A short e-mail carrying the agreement as a docx attachment."""
    rng = cp.rng(f"jaa{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["jesper"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["caseworker:jesper", "email:attachment-docx"]
    kv = [("Mål", c.goal_unclear if "unclear-goal" in defects else c.goal),
          ("Mentor", f"{c.m_name}, {c.m_org}, {c.m_phone}, {c.m_mail}"),
          ("Mentorens opgaver", "\n".join(c.tasks)),
          ("Periode", period_text(c, over, rng, "long")),
          ("Timer", c.hours),
          ("Opfølgning", c.follow)]
    if "missing-hours" in defects:
        kv[4] = ("Timer", "")
        traits.append("hours:empty")
    blocks = [("title", "Aftale om mentorstøtte"), ("p", f"Borger: {c.name}"), ("kv", kv)]
    if "missing-appeal-guidance" not in defects:
        blocks += [("h", "Klagevejledning"), ("p", c.appeal)]
    else:
        traits.append("appeal:absent")
    tmp = cp.stage / f"att_{i}.docx"
    R.docx_render(blocks, tmp)
    body = (f"Hej {c.first}\n\nHermed aftalen om din mentorstøtte som vedhæftet fil. Læs den igennem, og ring, hvis noget skal rettes.\n\n"
            f"Mvh\n{cw[0]}\nTlf. {cw[2]}\n")
    rel = f"jesper_aagaard/mail_{c.letter_date.isoformat()}_bilag_{i}.eml"
    eml_write(cp.dest(rel), f"{cw[0]} <{cw[3]}>", f"{c.name} <{c.first.lower()}@live.dk>", "Din aftale om mentorstøtte (bilag)",
              body, c.letter_date, attach=(f"Mentoraftale_{c.first}.docx", tmp.read_bytes(),
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    cp.add(rel, "eml", "agreement", "agreement", "email-attachment", defects, traits=traits, period=(s, e))


def jesper_decision(cp: Corpus, i, dtype, defects, extras=()):
    rng = cp.rng(f"jad{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["jesper"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["caseworker:jesper", f"decision:{dtype}", "email"]
    period = None
    if dtype == "grant":
        subj = "Afgørelse: du får mentorstøtte"
        core = (f"Jeg kan hermed bekræfte, at du er bevilget mentorstøtte efter LAB § 167 {period_text(c, over, rng, 'til')}, "
                f"{c.hours}. Din mentor bliver {c.m_name} fra {c.m_org}.")
        period = (s, e)
    elif dtype == "extension":
        subj = "Afgørelse om forlængelse af mentor"
        core = (f"Vi har i dag besluttet at forlænge din mentorstøtte {period_text(c, over, rng, 'til')}. "
                "Det gør vi, fordi du er startet i praktik og har brug for hjælp til at få den til at køre.")
        period = (s, e)
    elif dtype == "end":
        subj = "Afgørelse – din mentorstøtte stopper"
        core = f"Din mentorstøtte stopper den {long(c.start)}, fordi du er startet på uddannelsen og har fået en SPS-mentor via skolen."
    elif dtype == "refusal":
        subj = "Afslag på mentor"
        core = "Du får afslag på din ansøgning om mentorstøtte."
        if "missing-reasons" not in extras:
            core += " Vi har lagt vægt på, at du allerede er i job 30 timer om ugen uden problemer, og at der ikke er et behov for støtte for at fastholde jobbet, jf. LAB § 167."
    else:
        subj = "Svar på ansøgning om mentor – delvis bevilling"
        core = (f"Du søgte om mentorstøtte i 9 måneder. Du får bevilget {period_text(c, False, rng, 'til')}, {c.hours}. "
                "Vi bevilger kun 6 måneder ad gangen efter LAB § 167, stk. 1, og vurderer så igen.")
        period = c.period(False)
    L = [f"Kære {c.first}", "", core, ""]
    if "missing-appeal-guidance" in defects:
        traits.append("appeal:absent")
    elif "appeal-wrong-route" in extras:
        L += ["Klagevejledning", C.APPEAL_WRONG_ROUTE, ""]
    else:
        L += ["Klagevejledning", c.appeal, ""]
    L += ["Venlig hilsen", cw[0], "Syddjurs Kommune", f"Tlf. {cw[2]}"]
    rel = f"jesper_aagaard/afgoerelser/mail_{dtype}_{c.first.lower()}_{i}.eml"
    eml_write(cp.dest(rel), f"{cw[0]} <{cw[3]}>", f"{c.name} <{c.first.lower()}.{c.last.lower()}@mail.dk>", subj,
              "\n".join(L), c.letter_date)
    cp.add(rel, "eml", "decision", dtype, "email", defects, extras=extras, traits=traits, period=period)


# ---------------------------------------------------------------------------------------------
# Hanne Winther: scanned signed paper
# ---------------------------------------------------------------------------------------------

def hanne_agreement(cp: Corpus, i, defects, cprflag=True, text_layer=False):
    rng = cp.rng(f"hw{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["hanne"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["caseworker:hanne", "scan", "signed-paper"] + (["ocr-text-layer"] if text_layer else ["image-only"])
    kv = [("Borger", c.name + (f"    CPR: {c.cpr}" if cprflag else ""))]
    kv.append(("Mål med mentorstøtten", "" if "missing-goal" in defects else (c.goal_unclear if "unclear-goal" in defects else c.goal)))
    kv.append(("Mentor (navn, tlf.)", c.m_name + ("" if "missing-mentor" in defects else f", tlf. {c.m_phone}")))
    kv.append(("Mentors opgaver", "" if "missing-tasks" in defects else "\n".join("- " + t for t in c.tasks)))
    kv.append(("Periode", "" if "missing-duration" in defects else period_text(c, over, rng, rng.choice(["num", "slash"]))))
    kv.append(("Timer pr. uge", "" if "missing-hours" in defects else c.hours))
    kv.append(("Opfølgning", "" if "missing-follow-up" in defects else c.follow))
    for d in defects:
        traits.append(f"blank:{d}")
    blocks = [("title", "MENTORAFTALE"), ("small", "Syddjurs Kommune · Arbejdsmarked · blanket AM-17"), ("kv", kv)]
    if "missing-appeal-guidance" not in defects:
        blocks += [("h", "Klagevejledning"), ("p", C.APPEAL_FULL[0])]
    blocks += [("p", f"Aftalen er gennemgået med borgeren den {num(c.letter_date)}."),
               ("sig", [c.first, c.m_first, cw[0]])]
    rel = f"hanne_winther/scan_{c.letter_date.strftime('%Y%m%d')}_{rng.randint(1000, 9999)}.pdf"
    cp.scan(blocks, rel, text_layer=text_layer)
    cp.add(rel, "pdf", "agreement", "agreement", "scanned-form", defects, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=None if "missing-duration" in defects else (s, e))


def hanne_decision(cp: Corpus, i, dtype, defects, extras=(), cprflag=True):
    rng = cp.rng(f"hwd{i}")
    c = C.Case(rng)
    cw = C.CASEWORKERS["hanne"]
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["caseworker:hanne", "scan", f"decision:{dtype}"]
    blocks = [("p", f"{c.name}\n{c.addr}"), ("p", f"Dato: {num(c.letter_date)}" + (f"   CPR-nr.: {c.cpr}" if cprflag else ""))]
    period = None
    if dtype == "grant":
        blocks += [("title", "Bevilling af mentorstøtte"),
                   ("p", f"Du får mentorstøtte efter LAB § 167 i perioden {period_text(c, over, rng, 'num')} med {c.hours}. Din mentor er {c.m_name}, tlf. {c.m_phone}.")]
        period = (s, e)
    elif dtype == "extension":
        blocks += [("title", "Forlængelse af mentorstøtte"),
                   ("p", f"Din mentorstøtte forlænges i perioden {period_text(c, over, rng, 'num')}. Vi har lagt vægt på, at du stadig har brug for støtte til at møde stabilt i praktikken.")]
        period = (s, e)
    elif dtype == "end":
        blocks += [("title", "Ophør af mentorstøtte"),
                   ("p", f"Din mentorstøtte ophører den {num(c.start)}. Begrundelse: Perioden er udløbet, og du er i dag i ordinært job.")]
    if "missing-appeal-guidance" in defects:
        traits.append("appeal:absent")
    else:
        blocks += [("h", "Klagevejledning"), ("p", C.APPEAL_FULL[0])]
    blocks.append(("p", f"Med venlig hilsen\n{cw[0]}, {cw[1]}"))
    rel = f"hanne_winther/scan_afg_{dtype}_{rng.randint(1000, 9999)}.pdf"
    cp.scan(blocks, rel, font="Helvetica", size=11, header="Syddjurs Kommune")
    cp.add(rel, "pdf", "decision", dtype, "scanned-letter", defects, extras=extras, traits=traits,
           cprs=[c.cpr] if cprflag else [], period=period)


# ---------------------------------------------------------------------------------------------
# Provider A: Mentorhuset Djursland ApS "Forløbsaftale"; Provider B: Trekanten "Mentorplan"
# ---------------------------------------------------------------------------------------------

def provider_a(cp: Corpus, i, fmt, defects, form_version="2025"):
    rng = cp.rng(f"pa{i}")
    c = C.Case(rng, mentors=C.MENTORS_A)
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["provider:mentorhuset", f"form:{form_version}"]
    rows = [["Forløbsaftale – mentorstøtte", ""],
            ["Deltager", c.name],
            ["Henvisende kommune", "Syddjurs Kommune, sagsbehandler " + C.CASEWORKERS[rng.choice(list(C.CASEWORKERS))][0]]]
    if "unclear-goal" in defects:
        rows.append(["Formål med forløbet", c.goal_unclear])
        traits.append("goal:unclear")
    elif "missing-goal" in defects:
        rows.append(["Formål med forløbet", "Jf. henvisning"])
        traits.append("goal:refers-elsewhere")
    else:
        rows.append(["Formål med forløbet", c.goal])
    rows.append(["Tilknyttet mentor", c.m_name if "missing-mentor" in defects else f"{c.m_name}\nMobil {c.m_phone}\n{c.m_mail}"])
    if "missing-mentor" in defects:
        traits.append("mentor:no-contact")
    rows.append(["Indsatsområder", "-" if "missing-tasks" in defects else "\n".join("• " + t[0].upper() + t[1:] for t in c.tasks)])
    rows.append(["Forløbsperiode", period_text(c, over, rng, "num") if "missing-duration" not in defects else "Opstart hurtigst muligt"])
    rows.append(["Ugentlige timer", c.hours if "missing-hours" not in defects else "Efter behov"])
    rows.append(["Statusrapportering", "Statusrapport til kommunen hver 4. uge og statusmøde hver 8. uge; slutrapport 14 dage før forløbets afslutning."
                 if "missing-follow-up" not in defects else "Efter aftale"])
    blocks = [("p", "Mentorhuset Djursland ApS · Nørre Boulevard 4, 8500 Grenaa · CVR 38 44 12 90"), ("table", rows, False)]
    if form_version == "2025" and "missing-appeal-guidance" not in defects:
        blocks.append(("box", "Klageadgang over kommunens afgørelse om mentorstøtte",
                       "Mentorstøtten er bevilget af Syddjurs Kommune. Er du uenig i kommunens afgørelse, skal du klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."))
    else:
        traits.append("appeal:absent")
    blocks.append(("sig", ["Deltager", "Mentor", "Kommunen"]))
    rel = f"leverandoerer/mentorhuset/forloebsaftale_{c.first.lower()}_{c.last[:3].lower()}_{i}.{fmt}"
    cp.docx_via(blocks, rel, fmt, font="Arial", size=10)
    cp.add(rel, fmt, "agreement", "agreement", "provider-a-form", defects, traits=traits,
           period=None if "missing-duration" in defects else (s, e))


def provider_b(cp: Corpus, i, fmt, defects, appendix=False):
    rng = cp.rng(f"pb{i}")
    c = C.Case(rng, mentors=C.MENTORS_B)
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["provider:trekanten"]
    blocks = [("title", f"MENTORPLAN for {c.name}"),
              ("small", "Trekanten Mentor & Job · Søndergade 21, 8500 Grenaa · www.trekanten-mentor.dk")]
    blocks.append(("h", "Hvorfor mentor?"))
    if "missing-goal" in defects:
        blocks.append(("p", "(udfyldes ved opstartsmødet)"))
        traits.append("goal:placeholder")
    else:
        blocks.append(("p", c.goal_unclear if "unclear-goal" in defects else c.goal))
    blocks.append(("h", "Hvem er din mentor?"))
    blocks.append(("p", f"{c.m_name}" + ("" if "missing-mentor" in defects else f" · {c.m_phone} · {c.m_mail}")))
    blocks.append(("h", "Hvad skal vi arbejde med?"))
    if "missing-tasks" in defects:
        blocks.append(("p", "Det finder vi ud af sammen."))
        traits.append("tasks:vague")
    else:
        for t in c.tasks:
            blocks.append(("li", t[0].upper() + t[1:]))
    blocks.append(("h", "Hvor længe og hvor meget?"))
    parts = []
    parts.append("Forløbet varer " + (f"fra {long(s)} til {long(e)}" if "missing-duration" not in defects else "så længe, der er behov"))
    parts.append(f"og du har {c.hours} med din mentor" if "missing-hours" not in defects else "og vi ses, når der er brug for det")
    blocks.append(("p", ", ".join(parts) + "."))
    blocks.append(("h", "Sådan følger vi op"))
    blocks.append(("p", "Vi følger op, når det giver mening." if "missing-follow-up" in defects else
                   f"Vi holder trepartsmøde med din sagsbehandler hver måned. Progression: {rng.choice(['fremmøde', 'antal ansøgninger', 'timer i praktik'])} registreres ugentligt i Trekantens logbog."))
    if appendix and "missing-appeal-guidance" not in defects:
        blocks.append(("h", "Bilag fra Syddjurs Kommune: Klagevejledning"))
        blocks.append(("p", C.APPEAL_FULL[0]))
        traits.append("appeal:municipal-appendix")
    else:
        traits.append("appeal:absent")
    blocks.append(("sig", ["Deltager", "Mentor"]))
    for d in defects:
        traits.append(f"defect:{d}")
    rel = f"leverandoerer/trekanten/mentorplan_{c.last.lower()}_{i}.{fmt}"
    if fmt == "pdf":
        R.pdf_render(blocks, cp.dest(rel), font="Helvetica", size=10)
    else:
        cp.docx_via(blocks, rel, fmt, font="Verdana", size=10)
    cp.add(rel, fmt, "agreement", "agreement", "provider-b-plan", defects, traits=traits,
           period=None if "missing-duration" in defects else (s, e))


# ---------------------------------------------------------------------------------------------
# Min Plan prints
# ---------------------------------------------------------------------------------------------

def minplan(cp: Corpus, i, fmt, defects, other=True):
    rng = cp.rng(f"mp{i}")
    c = C.Case(rng)
    over = "duration-over-6-months" in defects
    s, e = c.period(over)
    traits = ["minplan"]
    card = []
    if "missing-goal" in defects:
        card.append(("Formål", ""))
        traits.append("goal:empty")
    else:
        card.append(("Formål", c.goal_unclear if "unclear-goal" in defects else c.goal))
    card.append(("Mentor", f"{c.m_name}, {c.m_org}" + ("" if "missing-mentor" in defects else f", tlf. {c.m_phone}")))
    card.append(("Mentorens opgaver", "" if "missing-tasks" in defects else "; ".join(t[0].upper() + t[1:] for t in c.tasks)))
    card.append(("Periode", "" if "missing-duration" in defects else f"{num(s)} - {num(e)}"))
    card.append(("Timetal", "" if "missing-hours" in defects else c.hours))
    for d in defects:
        traits.append(f"defect:{d}")
    others = []
    if other:
        o_s = C.add_months(c.start, -1)
        others = [("Uddannelse: FGU Østjylland, Ryomgård (PGU)", [("Sted", "FGU Østjylland, Ryomgård"), ("Periode", f"{num(o_s)} - {num(C.add_months(o_s, 11))}"), ("Kontaktperson", "Lærer Jens Bo, tlf. 87 11 22 33")]),
                  ("Samtale: Jobsamtale hver 3. måned", [("Sted", "Syddjurs Kommune, Ebeltoft"), ("Start", num(c.start)), ("Kontaktperson", C.CASEWORKERS['mikkel'][0])])]
        traits.append("other-activity-long-period")
    rel = f"min_plan/minplan_{c.first.lower()}_{i}.{fmt}"
    title = "Min Plan"
    intro = f"{c.name} · Udskrevet fra Jobnet {num(c.letter_date)}"
    if fmt == "html":
        blocks = [("title", title), ("p", intro), ("h", "Mentorstøtte (§ 167)")] + [("kv", card)]
        for t, rows in others:
            blocks += [("h", t), ("kv", rows)]
        blocks.append(("small", "Min Plan viser dine aktiviteter. Ændringer aftales med din sagsbehandler."))
        cp.dest(rel).write_text(R.html_render(blocks, "Min Plan – Jobnet", css="body{font-family:sans-serif} .kv th{text-align:left;padding-right:2em}"), encoding="utf-8")
    elif fmt == "pdf":
        blocks = [("title", title), ("p", intro), ("h", "Aktivitet: Mentorstøtte"), ("kv", card)]
        for t, rows in others:
            blocks += [("h", t), ("kv", rows)]
        R.pdf_render(blocks, cp.dest(rel), header="Jobnet.dk – Min Plan", grid=False, label_width=4.2)
    else:
        blocks = [("title", title), ("p", intro), ("h", "Mentorstøtte"), ("kv", card)]
        for t, rows in others:
            blocks += [("h", t), ("kv", rows)]
        txt = R.text_render(blocks, md=(fmt == "md"))
        cp.dest(rel).write_text(txt, encoding="utf-8")
    cp.add(rel, fmt, "minplan", "minplan", f"minplan-{fmt}", defects, traits=traits,
           period=None if "missing-duration" in defects else (s, e))


# ---------------------------------------------------------------------------------------------
# Look-alikes (kind unknown)
# ---------------------------------------------------------------------------------------------

def unknowns(cp: Corpus):
    rng = cp.rng("unk")
    U = []

    # 1 status report from Mentorhuset
    c = C.Case(cp.rng("u1"), mentors=C.MENTORS_A)
    b = [("title", "Statusrapport – mentorforløb"), ("kv", [("Deltager", c.name), ("Mentor", f"{c.m_name}, {c.m_phone}"), ("Periode for rapporten", f"{num(c.start)} - {num(c.start + dt.timedelta(days=27))}")]),
         ("h", "Fremmøde"), ("p", f"{c.first} har mødt op til 7 af 8 aftalte møder. Fremmødet i praktikken er steget fra 2 til 3 dage om ugen."),
         ("h", "Vurdering"), ("p", "Forløbet går som planlagt. Vi anbefaler, at mentorstøtten fortsætter uændret."),
         ("small", "Mentorhuset Djursland ApS · statusrapport sendes hver 4. uge")]
    U.append(("leverandoerer/mentorhuset/statusrapport_{}.docx".format(c.first.lower()), "docx", b, "status-report", []))
    # 2 invoice from Trekanten (pdf)
    c = C.Case(cp.rng("u2"), mentors=C.MENTORS_B)
    b = [("title", "FAKTURA nr. 2026-0412"), ("p", "Trekanten Mentor & Job · CVR 29 11 40 87\nSyddjurs Kommune, Arbejdsmarked, EAN 5798007691104"),
         ("table", [["Ydelse", "Periode", "Timer", "Beløb"], [f"Mentorstøtte, {c.first} {c.last[0]}.", f"{num(c.start)} - {num(C.add_months(c.start, 1))}", "14", "8.260,00"],
                    ["Kørsel", "", "", "312,00"], ["I alt ekskl. moms", "", "", "8.572,00"]], True),
         ("p", "Betalingsbetingelser: netto 30 dage. Ordrenr. / rekvisition: REK-44817.")]
    U.append(("leverandoerer/trekanten/faktura_2026-0412.pdf", "pdf", b, "invoice", []))
    # 3 team meeting minutes (txt)
    b = [("title", "Referat – teammøde Unge og Uddannelse"), ("p", "Dato: 3. juni 2026. Til stede: Birgitte, Mikkel, Lone, Jesper, Hanne, Rikke (referent)."),
         ("h", "1. Mentorbudget"), ("p", "Loftet over udgifter til mentorstøtte (§ 203 a) betyder, at nye bevillinger skal drøftes på visitationsmødet. Mikkel laver oversigt over aktive forløb."),
         ("h", "2. Revisionens stikprøve"), ("p", "Revisionen har bedt om 100 sager. Husk mål, mentorens kontaktdata, opgaver, periode, timetal og klagevejledning i aftalerne. Hanne scanner de underskrevne papiraftaler."),
         ("h", "3. Eventuelt"), ("p", "Intet.")]
    U.append(("team/referat_teammoede_2026-06-03.txt", "txt", b, "minutes", []))
    # 4 guidance leaflet listing the fields (html)
    b = [("title", "Sådan laver du en mentoraftale – vejledning til medarbejdere"),
         ("p", "Alle mentoraftaler i Syddjurs Kommune skal indeholde de seks punkter fra kvalitetsstandarden:"),
         ("ol", "Målet med mentorstøtten – fx job eller uddannelse, skrevet så det kan måles"),
         ("ol", "Mentorens navn og kontaktdata (telefon og/eller e-mail)"),
         ("ol", "Hvilke opgaver mentoren skal bistå ved"),
         ("ol", "Varigheden af aftalen (højst 6 måneder) og opfølgning, inkl. mål for progression"),
         ("ol", "Timetallet pr. uge"),
         ("ol", "Klagevejledning: klage til kommunen inden 4 uger, genvurdering, derefter Ankestyrelsen"),
         ("p", "Eksempel på et godt mål: »Anna er i praktik i Netto 15 timer om ugen senest 1. juni.«"),
         ("small", "Intranet · Arbejdsmarked · opdateret marts 2026")]
    U.append(("vejledning/intranet_mentoraftale_vejledning.html", "html", b, "guidance", []))
    # 5 private mentoraftale from a football club (docx)
    b = [("title", "Mentoraftale – Ebeltoft IF's ungementorordning"), ("p", "Mentor: Brian Tofte (ungdomstræner), tlf. 26 44 18 90"),
         ("p", "Mentee: Oliver, U17"), ("p", "Vi mødes efter træning hver tirsdag og snakker om skole, fritidsjob og fodbold. Aftalen gælder sæsonen ud (august–juni)."),
         ("p", "Ordningen er frivillig og drives af klubben med støtte fra DBU Jylland. Den har intet med kommunen at gøre."),
         ("sig", ["Mentee", "Mentor", "Forælder"])]
    U.append(("diverse/ebeltoft_if_mentoraftale.docx", "docx", b, "private-agreement", []))
    # 6 Ankestyrelsen ruling (pdf, with CPR)
    c = C.Case(cp.rng("u6"))
    b = [("title", "Ankestyrelsens afgørelse"), ("kv", [("Klager", c.name), ("CPR-nr.", c.cpr), ("Kommune", "Syddjurs Kommune"), ("J.nr.", f"25-{rng.randint(10000, 99999)}")]),
         ("h", "Resultat"), ("p", "Ankestyrelsen stadfæster kommunens afgørelse om afslag på mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167."),
         ("h", "Begrundelse"), ("p", "Vi er enige med kommunen i, at du ikke har et mål om beskæftigelse eller uddannelse, som mentorstøtten kan understøtte."),
         ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed.")]
    U.append(("ankestyrelsen/ast_afgoerelse_{}.pdf".format(c.last.lower()), "pdf", b, "appeal-ruling", [c.cpr]))
    # 7 genvurdering that upholds and forwards (docx)
    c = C.Case(cp.rng("u7"))
    b = [("p", f"{c.name}\n{c.addr}"), ("title", "Genvurdering – vi fastholder afgørelsen og sender din klage til Ankestyrelsen"),
         ("p", f"Vi har modtaget din klage over afgørelsen af {long(c.letter_date)} om afslag på mentorstøtte. Vi har genvurderet sagen, men fastholder afgørelsen."),
         ("p", "Din klage og sagens akter er i dag sendt til Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen."),
         ("p", "Venlig hilsen\nLone Kjær")]
    U.append(("lone_kjaer/genvurdering_{}.docx".format(c.last.lower()), "docx", b, "reconsideration-upheld", []))
    # 8 partshøring (eml)
    c = C.Case(cp.rng("u8"))
    body = (f"Kære {c.first}\n\nInden vi træffer afgørelse om din mentorstøtte, vil vi give dig mulighed for at komme med bemærkninger (partshøring).\n\n"
            "Vi overvejer at give afslag, fordi du allerede får støtte fra en SPS-mentor. Du kan sende dine bemærkninger inden 14 dage.\n\nVenlig hilsen\nJesper Aagaard\n")
    U.append(("jesper_aagaard/partshoering_{}.eml".format(c.first.lower()), "eml", ("Partshøring – mentorstøtte", body, c), "hearing", []))
    # 9 bestilling af mentorforløb to provider (eml)
    c = C.Case(cp.rng("u9"), mentors=C.MENTORS_A)
    body = (f"Hej Mentorhuset\n\nHermed bestilling af mentorforløb til {c.name} med opstart {long(c.start)}, 3 timer om ugen i 6 måneder.\n"
            "Formål: borgeren skal i praktik i detailhandlen. Send venligst navn på mentor og en forløbsaftale retur.\n\nRekvisition: REK-45002\n\nMvh\nMikkel Friis\n")
    U.append(("mikkel_friis/bestilling_mentorforloeb_{}.eml".format(c.first.lower()), "eml", ("Bestilling af mentorforløb", body, c), "order", []))
    # 10 audit memo (md)
    b = [("title", "Revisionsnotat – stikprøve mentorstøtte 2026"),
         ("p", "Revisionen har udtaget 100 sager efter LAB § 167 til gennemgang. For hver sag kontrolleres, om aftalen indeholder mål, mentorens navn og kontaktdata, opgaver, varighed, opfølgning, timetal og klagevejledning, og om perioden er højst 6 måneder."),
         ("table", [["Kontrolpunkt", "Antal sager med mangel"], ["Klagevejledning", "ikke opgjort"], ["Periode over 6 måneder", "ikke opgjort"]], True),
         ("p", "Notatet opdateres, når gennemgangen er færdig.")]
    U.append(("revision/revisionsnotat_stikproeve_2026.md", "md", b, "audit-memo", []))
    # 11 mentor's final evaluation (pdf)
    c = C.Case(cp.rng("u11"), mentors=C.MENTORS_B)
    b = [("title", "Afsluttende evaluering af mentorforløb"), ("kv", [("Deltager", c.name), ("Mentor", c.m_name), ("Forløb", f"{num(c.start)} - {num(c.end)}")]),
         ("h", "Hvad er nået"), ("p", f"{c.first} er startet i løntilskud og møder stabilt. Målene i mentorplanen er nået."),
         ("h", "Anbefaling"), ("p", "Forløbet afsluttes. Ingen yderligere mentorstøtte anbefales.")]
    U.append(("leverandoerer/trekanten/afsluttende_evaluering_{}.pdf".format(c.last.lower()), "pdf", b, "final-evaluation", []))
    # 12 mødeindkaldelse (eml)
    c = C.Case(cp.rng("u12"))
    body = (f"Hej {c.first}\n\nDu er indkaldt til statusmøde om din mentorstøtte {long(c.mid)} kl. 10.00 på Lundbergsvej 2 i Ebeltoft. Din mentor {c.m_first} deltager også.\n\n"
            "Ring, hvis tidspunktet ikke passer.\n\nMvh Jesper Aagaard, tlf. 87 53 61 77\n")
    U.append(("jesper_aagaard/indkaldelse_statusmoede_{}.eml".format(c.first.lower()), "eml", ("Indkaldelse til statusmøde", body, c), "meeting-invite", []))
    # 13 blank template (docx)
    b = [("p", "JOBCENTER SYDDJURS\nHovedgaden 77, 8410 Rønde"), ("title", "AFTALE OM MENTORSTØTTE\nefter lov om en aktiv beskæftigelsesindsats § 31 b"),
         ("kv", [("Navn", ""), ("CPR-nr.", ""), ("Adresse", ""), ("Sagsbehandler", "")])]
    for h in ["1. Målet med mentorstøtten", "2. Mentorens navn og kontaktdata", "3. Hvilke opgaver mentoren skal bistå ved", "4. Varighed af aftalen og opfølgning", "5. Timetal for mentorstøtten", "6. Klagevejledning"]:
        b += [("h", h), ("p", "Klik her for at angive tekst.")]
    b.append(("sig", ["Borger", "Mentor", "Jobcentret"]))
    U.append(("lone_kjaer/skabeloner/MENT-AFT_v2.3_tom.docx", "docx", b, "blank-template", []))
    # 14 receipt of application (pdf)
    c = C.Case(cp.rng("u14"))
    b = [("title", "Kvittering for modtagelse af ansøgning"), ("p", f"Kære {c.name}\n\nVi har den {long(c.letter_date)} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne træffe afgørelse inden 4 uger. Du hører fra os."),
         ("p", "Syddjurs Kommune, Arbejdsmarked")]
    U.append(("mikkel_friis/kvittering_ansoegning_{}.pdf".format(c.last.lower()), "pdf", b, "receipt", []))
    # 15 Digital Post notice (txt)
    b = [("p", "Du har modtaget ny post fra Syddjurs Kommune"), ("p", "Afsender: Syddjurs Kommune, Arbejdsmarked\nEmne: Afgørelse om mentorstøtte\nModtaget: 14.04.2026 08:12"),
         ("p", "Log på borger.dk eller e-Boks-appen for at læse brevet. Denne notifikation indeholder ikke selve brevet.")]
    U.append(("diverse/digital_post_notifikation.txt", "txt", b, "notification", []))
    # 16 citizen's application (scan)
    c = C.Case(cp.rng("u16"))
    b = [("title", "Ansøgning om mentor"), ("p", f"Jeg, {c.name}, CPR {c.cpr}, søger om en mentor, fordi jeg har svært ved at komme op om morgenen og passe min praktik."),
         ("p", "Jeg vil gerne have hjælp i et år, gerne 6 timer om ugen. Jeg vil helst have en mand som mentor."), ("p", f"Venlig hilsen\n{c.name}")]
    U.append(("hanne_winther/scan_ansoegning_{}.pdf".format(c.last.lower()), "scan", b, "application", [c.cpr]))
    # 17 Jobnet "Mine aftaler" calendar (html)
    c = C.Case(cp.rng("u17"))
    b = [("title", "Mine aftaler"), ("p", f"{c.name}"),
         ("table", [["Dato", "Tidspunkt", "Aftale", "Sted"], [num(c.start), "09:30", "Jobsamtale", "Ebeltoft"], [num(c.mid), "13:00", "Møde med mentor", "Mentorhuset, Grenaa"], [num(c.end), "10:00", "Statusmøde", "Rønde"]], True)]
    U.append(("min_plan/jobnet_mine_aftaler_{}.html".format(c.first.lower()), "html", b, "calendar", []))
    # 18 henvisning to provider (pdf)
    c = C.Case(cp.rng("u18"), mentors=C.MENTORS_B)
    b = [("title", "Henvisning – mentorstøtte"), ("kv", [("Til", "Trekanten Mentor & Job"), ("Borger", c.name), ("CPR-nr.", c.cpr), ("Ønsket opstart", long(c.start)),
                                                       ("Bevilget", f"{c.hours}, 6 måneder"), ("Formål", c.goal), ("Sagsbehandler", "Hanne Winther, tlf. 87 53 61 23")]),
         ("p", "Leverandøren bedes kontakte borgeren inden 5 hverdage og sende mentorplan retur.")]
    U.append(("hanne_winther/henvisning_trekanten_{}.pdf".format(c.last.lower()), "pdf", b, "referral", [c.cpr]))

    for rel, fmt, b, sub, cprs in U:
        if fmt == "eml":
            subj, body, c = b
            eml_write(cp.dest(rel), "Syddjurs Kommune <arbejdsmarked@syddjurs.dk>", f"{c.name} <post@example.dk>", subj, body, c.letter_date)
        elif fmt == "docx":
            R.docx_render(b, cp.dest(rel), bold_headings=True)
        elif fmt == "pdf":
            R.pdf_render(b, cp.dest(rel))
        elif fmt == "scan":
            cp.scan(b, rel, font="Courier")
            fmt = "pdf"
        elif fmt == "html":
            cp.dest(rel).write_text(R.html_render(b, b[0][1] if b[0][0] == "title" else "Dokument"), encoding="utf-8")
        else:
            cp.dest(rel).write_text(R.text_render(b, md=(fmt == "md")), encoding="utf-8")
        cp.add(rel, fmt, "unknown", sub, f"unknown-{sub}", [], traits=["look-alike"], cprs=cprs)


# ---------------------------------------------------------------------------------------------
# Hard cases on how periods are written (labels by the rule doc's arithmetic)
# ---------------------------------------------------------------------------------------------

def period_cases(cp: Corpus):
    # 1 Lone: udskrivningskoordinator, 3 months before discharge + 6 after = 9 months (LAB § 167, stk. 2)
    rng = cp.rng("pc1")
    c = C.Case(rng, mentors=C.MENTORS_K)
    s = dt.date(2026, 3, 1)
    e = dt.date(2026, 11, 30)
    blocks = [("p", "JOBCENTER SYDDJURS\nHovedgaden 77, 8410 Rønde"),
              ("title", "AFTALE OM MENTORSTØTTE\nudskrivningskoordinator, lov om en aktiv beskæftigelsesindsats § 167, stk. 2"),
              ("kv", [("Navn", c.name), ("CPR-nr.", c.cpr), ("Sagsbehandler", "Lone Kjær, 87 53 61 08")]),
              ("h", "1. Målet med mentorstøtten"),
              ("p", f"{c.first} er indlagt på Psykiatrisk Afdeling, Aarhus Universitetshospital, og forventes udskrevet 1. juni 2026. "
                    f"Målet er, at {c.first} efter udskrivningen starter i virksomhedspraktik 10 timer om ugen i Genbrugsbutikken i Rønde senest 1. august 2026."),
              ("h", "2. Mentorens navn og kontaktdata"), ("p", f"{c.m_name}, {c.m_org}\nTlf. {c.m_phone}\nE-mail: {c.m_mail}"),
              ("h", "3. Hvilke opgaver mentoren skal bistå ved"),
              ("li", "Besøge " + c.first + " på afdelingen og deltage i udskrivningsmødet"),
              ("li", "Hjælpe med kontakt til praktikstedet og de første dage i praktikken"),
              ("li", "Holde kontakt til distriktspsykiatrien om aftaler, der har betydning for praktikken"),
              ("h", "4. Varighed af aftalen og opfølgning"),
              ("p", f"Periode: f.o.m. {num(s)} t.o.m. {num(e)} (3 måneder før og 6 måneder efter udskrivning)\n"
                    "Opfølgning: Statusmøde hver måned efter udskrivningen; evaluering 14 dage før ophør."),
              ("h", "5. Timetal for mentorstøtten"), ("p", "3 timer pr. uge"),
              ("h", "6. Klagevejledning"), ("p", C.APPEAL_FULL[2]),
              ("sig", ["Borger", "Mentor", "Jobcentret"])]
    rel = f"lone_kjaer/aftaler/Aftale_udskrivningskoordinator_{c.last}.docx"
    cp.docx_via(blocks, rel, "docx", bold_headings=True, font="Times New Roman")
    cp.add(rel, "docx", "agreement", "agreement", "old-word-template", [], cprs=[c.cpr], period=(s, e),
           traits=["caseworker:lone", "udskrivningskoordinator", "period:9-months-allowed"])

    # 2 Jesper: period in ISO weeks, uge 10-35 2026 (2 March - 30 August 2026)
    rng = cp.rng("pc2")
    c = C.Case(rng)
    L = [f"Hej {c.first}", "", "Her er det, vi aftalte i dag om din mentor:", "",
         f"Mål: {c.goal}", f"Mentor: {c.m_name} ({c.m_org}), {c.m_phone}, {c.m_mail}",
         f"Mentoren hjælper dig med at {c.tasks[0]} og {c.tasks[1]}.",
         "Periode: uge 10-35 2026", f"Timetal: {c.hours}", f"Opfølgning: {c.follow}", "",
         "Klagevejledning: " + C.APPEAL_FULL[0], "", "Mvh Jesper Aagaard", "Tlf. 87 53 61 77"]
    rel = f"jesper_aagaard/mail_2026-02-24_{c.first.lower()}_uger.eml"
    eml_write(cp.dest(rel), "Jesper Aagaard <jeaa@syddjurs.dk>", f"{c.name} <{c.first.lower()}@mail.dk>",
              "Aftale om mentorstøtte", "\n".join(L), dt.date(2026, 2, 24))
    cp.add(rel, "eml", "agreement", "agreement", "email-lines", [], period=(dt.date(2026, 3, 2), dt.date(2026, 8, 30)),
           traits=["caseworker:jesper", "period:iso-weeks"])

    # 3 Provider A: "26 uger fra 2. marts 2026" (182 days, within the tolerance)
    rng = cp.rng("pc3")
    c = C.Case(rng, mentors=C.MENTORS_A)
    rows = [["Forløbsaftale – mentorstøtte", ""], ["Deltager", c.name], ["Henvisende kommune", "Syddjurs Kommune"],
            ["Formål med forløbet", c.goal], ["Tilknyttet mentor", f"{c.m_name}\nMobil {c.m_phone}\n{c.m_mail}"],
            ["Indsatsområder", "\n".join("• " + t[0].upper() + t[1:] for t in c.tasks)],
            ["Forløbsperiode", "26 uger fra 2. marts 2026"], ["Ugentlige timer", "4"],
            ["Statusrapportering", "Statusrapport hver 4. uge; slutrapport 14 dage før forløbets afslutning."]]
    blocks = [("p", "Mentorhuset Djursland ApS · Nørre Boulevard 4, 8500 Grenaa · CVR 38 44 12 90"), ("table", rows, False),
              ("box", "Klageadgang over kommunens afgørelse om mentorstøtte",
               "Er du uenig i kommunens afgørelse, skal du klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
              ("sig", ["Deltager", "Mentor", "Kommunen"])]
    rel = f"leverandoerer/mentorhuset/forloebsaftale_{c.first.lower()}_26uger.docx"
    cp.docx_via(blocks, rel, "docx", font="Arial", size=10)
    cp.add(rel, "docx", "agreement", "agreement", "provider-a-form", [], traits=["provider:mentorhuset", "period:26-weeks"],
           period=(dt.date(2026, 3, 2), dt.date(2026, 8, 30)))

    # 4 Birgitte: grant "fra 1. maj 2026 og 9 måneder frem" (start plus length, over)
    rng = cp.rng("pc4")
    c = C.Case(rng)
    blocks = [("p", f"{c.name}\n{c.addr}"), ("p", "20. april 2026\nSagsnr. " + c.sagsnr),
              ("title", "Du får mentorstøtte"),
              ("p", f"Kære {c.first}\n\nDu får bevilget mentorstøtte efter LAB § 167 fra 1. maj 2026 og 9 måneder frem, {c.hours}. "
                    f"Din mentor er {c.m_name} fra {c.m_org}."),
              ("h", "Hvis du vil klage"), ("p", C.APPEAL_FULL[0]),
              ("p", "Venlig hilsen\nBirgitte Holm, jobkonsulent")]
    rel = "birgitte_holm/afgoerelser/grant_9mdr_frem.docx"
    cp.docx_via(blocks, rel, "docx", bold_headings=True)
    cp.add(rel, "docx", "decision", "grant", "prose-letter", ["duration-over-6-months"],
           traits=["caseworker:birgitte", "decision:grant", "period:start-plus-length"],
           period=(dt.date(2026, 5, 1), dt.date(2027, 1, 31)))

    # 5 Min Plan txt: mentor card "40 uger" (over)
    rng = cp.rng("pc5")
    c = C.Case(rng)
    blocks = [("title", "Min Plan"), ("p", f"{c.name} · Udskrevet fra Jobnet 02.02.2026"), ("h", "Mentorstøtte"),
              ("kv", [("Formål", c.goal), ("Mentor", f"{c.m_name}, tlf. {c.m_phone}"), ("Mentorens opgaver", "; ".join(c.tasks)),
                      ("Varighed", "40 uger fra 16.02.2026"), ("Timetal", c.hours)])]
    rel = f"min_plan/minplan_{c.first.lower()}_40uger.txt"
    cp.dest(rel).write_text(R.text_render(blocks), encoding="utf-8")
    cp.add(rel, "txt", "minplan", "minplan", "minplan-txt", ["duration-over-6-months"], traits=["minplan", "period:40-weeks"],
           period=(dt.date(2026, 2, 16), dt.date(2026, 11, 22)))

    # 6 Lone: extension decision naming the earlier period beside the new one (clean)
    rng = cp.rng("pc6")
    c = C.Case(rng)
    blocks = [("p", "JOBCENTER SYDDJURS\nHovedgaden 77, 8410 Rønde"), ("p", f"{c.name}\n{c.addr}"),
              ("p", f"Rønde, 14.08.2026\nJ.nr. {c.sagsnr}"),
              ("title", "FORLÆNGELSE AF MENTORSTØTTE"),
              ("kv", [("Tidligere periode", "01.03.2026 - 31.08.2026"), ("Ny periode", "01.09.2026 - 28.02.2027"), ("Timetal", c.hours),
                      ("Mentor", f"{c.m_name}, {c.m_org}")]),
              ("p", "Forlængelsen er givet efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt.: du er i gang med praktikken, men har endnu brug for hjælp til fremmødet."),
              ("h", "KLAGEVEJLEDNING"), ("p", C.APPEAL_FULL[2]), ("p", "Med venlig hilsen\nLone Kjær\nRådgiver")]
    rel = f"lone_kjaer/afgoerelser/EXTENSION_{c.last}_tidligere.docx"
    cp.docx_via(blocks, rel, "docx", bold_headings=True, font="Times New Roman")
    cp.add(rel, "docx", "decision", "extension", "old-word-template", [], traits=["caseworker:lone", "decision:extension", "earlier-period-listed"],
           period=(dt.date(2026, 9, 1), dt.date(2027, 2, 28)))


# ---------------------------------------------------------------------------------------------

def build(out: Path, seed: int):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cp = Corpus(out, seed)
    MG, MM, MT, MD, MF, MH, MA, OV, UG = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                                          "missing-follow-up", "missing-hours", "missing-appeal-guidance",
                                          "duration-over-6-months", "unclear-goal")
    # Birgitte: prose letters (8 agreements)
    for i, (fmt, d, cprf, hard) in enumerate([
            ("docx", [], False, None), ("docx", [MF], False, None), ("pdf", [], True, None), ("docx", [OV], False, None),
            ("docx", [UG], True, None), ("pdf", [MM, MA], False, None), ("docx", [], False, "other-activity"), ("pdf", [MH], False, None)]):
        birgitte_agreement(cp, i, fmt, d, cprflag=cprf, hard=hard)
    # Mikkel: case-system form print (8)
    for i, (fmt, d, cprf) in enumerate([
            ("html", [], True), ("pdf", [], True), ("html", [MG], True), ("pdf", [MD], False),
            ("html", [OV], True), ("pdf", [MT, MF], False), ("html", [MH], False), ("pdf", [MA], True)]):
        mikkel_agreement(cp, i, fmt, d, cprflag=cprf)
    # Lone: old Word template (7)
    for i, (fmt, d, cprf, av) in enumerate([
            ("docx", [], True, None), ("rtf", [], True, None), ("odt", [MD, MF], False, None), ("docx", [MA], True, "other-subject"),
            ("rtf", [MG], False, None), ("odt", [OV], True, None), ("docx", [MH], False, None)]):
        lone_agreement(cp, i, fmt, d, cprflag=cprf, appeal_variant=av)
    # Jesper: e-mails (6)
    for i, (d, v) in enumerate([([], "bullets"), ([MA], "lines"), ([UG], "bullets"), ([MD], "lines"), ([], "lines")]):
        jesper_agreement(cp, i, d, variant=v)
    jesper_agreement_attached(cp, 0, [])
    # Hanne: scans (5)
    for i, (d, cprf, tl) in enumerate([([], True, False), ([MT], True, False), ([MM], False, True), ([OV], True, False), ([], False, True)]):
        hanne_agreement(cp, i, d, cprflag=cprf, text_layer=tl)
    # Providers (6)
    provider_a(cp, 0, "docx", [], "2025")
    provider_a(cp, 1, "pdf", [MA], "2023")
    provider_a(cp, 2, "docx", [UG], "2025")
    provider_b(cp, 0, "odt", [], appendix=True)
    provider_b(cp, 1, "pdf", [MA])
    provider_b(cp, 2, "odt", [MA, MH])
    # Min Plan (16)
    for i, (fmt, d, other) in enumerate([
            ("html", [], True), ("html", [], False), ("html", [MM], True), ("html", [OV], True), ("html", [MH], False), ("html", [UG], True),
            ("pdf", [], True), ("pdf", [], False), ("pdf", [MT], True), ("pdf", [MD], True), ("pdf", [MG], False),
            ("txt", [], True), ("txt", [OV], False), ("txt", [MH, MM], True),
            ("md", [], True), ("md", [UG], False)]):
        minplan(cp, i, fmt, d, other=other)
    # Decisions (26)
    birgitte_decision(cp, 0, "docx", "grant", [])
    birgitte_decision(cp, 1, "pdf", "partial", [], cprflag=True)
    birgitte_decision(cp, 2, "docx", "refusal", [MA], extras=[])
    birgitte_decision(cp, 3, "docx", "extension", [OV])
    birgitte_decision(cp, 4, "pdf", "end", [], extras=["missing-reasons"])
    birgitte_decision(cp, 5, "docx", "refusal", [], extras=["appeal-wrong-route"])
    mikkel_decision(cp, 0, "pdf", "grant", [OV])
    mikkel_decision(cp, 1, "pdf", "partial", [], extras=["missing-reasons"])
    mikkel_decision(cp, 2, "pdf", "refusal", [])
    mikkel_decision(cp, 3, "html", "extension", [])
    mikkel_decision(cp, 4, "pdf", "end", [MA], cprflag=False)
    lone_decision(cp, 0, "rtf", "grant", [], cprflag=True)
    lone_decision(cp, 1, "odt", "partial", [MA], extras=["missing-reasons"])
    lone_decision(cp, 2, "docx", "refusal", [])
    lone_decision(cp, 3, "rtf", "extension", [OV])
    lone_decision(cp, 4, "odt", "end", [], extras=["appeal-wrong-route"])
    jesper_decision(cp, 0, "grant", [MA])
    jesper_decision(cp, 1, "extension", [])
    jesper_decision(cp, 2, "end", [])
    jesper_decision(cp, 3, "refusal", [], extras=["missing-reasons"])
    jesper_decision(cp, 4, "partial", [])
    hanne_decision(cp, 0, "grant", [])
    hanne_decision(cp, 1, "extension", [OV], cprflag=False)
    hanne_decision(cp, 2, "end", [MA])
    mikkel_decision(cp, 5, "html", "grant", [])
    lone_decision(cp, 5, "docx", "partial", [])
    period_cases(cp)
    unknowns(cp)
    cp.finish()
    return cp.entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/fy"))
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()
    entries = build(a.out, a.seed)
    from collections import Counter
    print(len(entries), "documents", dict(Counter(e["kind"] for e in entries)))


if __name__ == "__main__":
    main()
