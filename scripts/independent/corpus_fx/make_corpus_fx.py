#!/usr/bin/env python3
"""Corpus FX: fields that stand away from the body.

PDFs with a sidebar or two columns (reportlab frames, a box drawn on the canvas, LibreOffice
frames and sections), contact blocks and appeal text in page footers and headers, goals and
tasks in side boxes, and e-mails whose fields sit in the body, a signature or a forwarded part.
Fields are present in those places in some documents and genuinely missing in others.

    /work/main/.venv/bin/python make_corpus_fx.py --out /work/corpora/fx [--seed 1414]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import Ctx, appeal_text, fmt_date, kommune_footer  # noqa: E402
from models import agreement, decision, minplan, unknown  # noqa: E402
from render import (blocks_text, build_odt, render_docx, render_eml, render_html, render_rl,  # noqa: E402
                    render_txt, soffice_convert)

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

SIDE_LAYOUTS = {"rl-side-left", "rl-side-right", "rl-canvasbox", "lo-frame", "odt-frame",
                "rtf-frame", "docx-sidetable", "html-aside"}
COL_LAYOUTS = {"rl-twocol", "lo-section", "odt-section", "rtf-section", "docx-cols", "html-twocol"}

DEFECTS_AG = ["goal_missing", "goal_unclear", "mentor_nocontact", "mentor_missing", "tasks_missing",
              "duration_missing", "duration_over", "follow_missing", "follow_vague", "hours_missing",
              "appeal_missing", "appeal_incomplete"]
DEFECTS_MP = ["goal_missing", "goal_unclear", "mentor_nocontact", "mentor_missing", "tasks_missing",
              "duration_missing", "duration_over", "hours_missing"]


def states_from(defects: list[str], fields: list[str]) -> dict:
    st = {f: "ok" for f in fields}
    for d in defects:
        f, s = d.split("_")
        st[{"follow": "follow"}.get(f, f)] = {"missing": "missing", "unclear": "unclear", "nocontact": "nocontact",
                                                "over": "over", "vague": "vague", "incomplete": "incomplete"}[s]
    return st


def rules_for(kind: str, st: dict) -> list[str]:
    out = set()
    if kind in ("agreement", "minplan"):
        if st["goal"] == "missing":
            out.add("missing-goal")
        if st["goal"] == "unclear":
            out.add("unclear-goal")
        if st["mentor"] in ("missing", "nocontact"):
            out.add("missing-mentor")
        if st["tasks"] == "missing":
            out.add("missing-tasks")
        if st["duration"] == "missing":
            out.add("missing-duration")
        if st["duration"] == "over":
            out.add("duration-over-6-months")
        if st["hours"] in ("missing", "vague"):
            out.add("missing-hours")
    if kind == "agreement":
        if st["follow"] in ("missing", "vague"):
            out.add("missing-follow-up")
        if st["appeal"] in ("missing", "incomplete"):
            out.add("missing-appeal-guidance")
    if kind == "decision":
        if st["appeal"] in ("missing", "incomplete"):
            out.add("missing-appeal-guidance")
        if st.get("duration") == "over":
            out.add("duration-over-6-months")
    return sorted(out)


_DECKS: dict[int, list[str]] = {}


def pick_defects(rng: random.Random, pool: list[str], clean: bool) -> list[str]:
    """Defects are dealt from a shuffled deck of the pool, so every defect occurs a few times."""
    if clean:
        return []
    deck = _DECKS.setdefault(id(pool), [])
    k = 1 if rng.random() < 0.6 else 2
    ds: list[str] = []
    while len(ds) < k:
        if not deck:
            deck.extend(pool)
            rng.shuffle(deck)
        d = deck.pop()
        if d.split("_")[0] in {x.split("_")[0] for x in ds}:
            deck.insert(0, d)
            if len(deck) == 1 or all(x.split("_")[0] == d.split("_")[0] for x in deck):
                break
            continue
        ds.append(d)
    return ds


def placements(rng: random.Random, layout: str, fields: list[str], st: dict) -> dict:
    pl = {}
    movable = [f for f in fields if f not in ("appeal",)]
    if layout in SIDE_LAYOUTS or layout in COL_LAYOUTS:
        for f in rng.sample(movable, rng.randint(1, 3)):
            pl[f] = "side"
    if "appeal" in fields and layout not in ("eml-sig", "eml-fwd", "eml-body"):
        pl["appeal"] = rng.choice(["footer", "footer", "side", "body"]) if layout in SIDE_LAYOUTS or layout in COL_LAYOUTS else rng.choice(["footer", "footer", "body"])
    if layout == "docx-hf":
        if rng.random() < 0.6:
            pl["mentor"] = rng.choice(["header", "footer"])
    elif "mentor" in fields and pl.get("mentor") != "side" and rng.random() < 0.25 and layout not in ("eml-sig", "eml-fwd", "eml-body"):
        pl["mentor"] = "footer"
    return pl


class Builder:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="fx_"))
        self.profile = "/tmp/lo_fx_profile"
        self.n = 0

    # ------------------------------------------------------------ writing one model
    def write_model(self, m: dict, layout: str, stem: str) -> tuple[str, str, list[str]]:
        """Returns (relative path, format, traits)."""
        traits = [f"layout:{layout}"]
        folder = self.out / layout.split("-")[0]
        folder.mkdir(parents=True, exist_ok=True)
        if layout.startswith("rl-"):
            p = folder / f"{stem}.pdf"
            render_rl(m, p, layout)
            fmt = "pdf"
            traits.append("reportlab")
        elif layout in ("lo-frame", "lo-section", "odt-frame", "odt-section", "rtf-frame", "rtf-section"):
            lo = "lo-frame" if layout.endswith("frame") else "lo-section"
            odt = self.tmp / f"{stem}.odt"
            build_odt(m, odt, lo)
            if layout.startswith("odt"):
                p = folder / f"{stem}.odt"
                shutil.copy(odt, p)
                fmt = "odt"
            elif layout.startswith("rtf"):
                r = soffice_convert(odt, "rtf", self.tmp, self.profile)
                p = folder / f"{stem}.rtf"
                shutil.copy(r, p)
                fmt = "rtf"
            else:
                r = soffice_convert(odt, "pdf", self.tmp, self.profile)
                p = folder / f"{stem}.pdf"
                shutil.copy(r, p)
                fmt = "pdf"
            traits.append("libreoffice")
        elif layout.startswith("docx"):
            p = folder / f"{stem}.docx"
            render_docx(m, p, layout)
            fmt = "docx"
        elif layout.startswith("html"):
            p = folder / f"{stem}.html"
            render_html(m, p, layout)
            fmt = "html"
        elif layout.startswith("txt"):
            p = folder / f"{stem}.txt"
            render_txt(m, p)
            fmt = "txt"
        else:
            raise ValueError(layout)
        return str(p.relative_to(self.out)), fmt, traits

    def add(self, path, fmt, kind, subtype, layout, rules, cpr, traits, period, extras=()):
        self.entries.append({"path": path, "format": fmt, "kind": kind, "subtype": subtype,
                             "layout": layout, "rules": sorted(rules), "extras": sorted(extras),
                             "error": None, "accept_errors": [],
                             "must_not_contain": [cpr] if cpr else [], "traits": traits,
                             "period": period})

    # ------------------------------------------------------------ agreements
    def agreements(self, layouts: list[str]):
        r = self.rng
        fields = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
        n_clean = round(len(layouts) * 0.4)
        cleans = [True] * n_clean + [False] * (len(layouts) - n_clean)
        r.shuffle(cleans)
        for i, (layout, clean) in enumerate(zip(layouts, cleans)):
            self.n += 1
            c = Ctx(r, self.n)
            defects = pick_defects(r, DEFECTS_AG, clean)
            st = states_from(defects, fields)
            use_cpr = r.random() < 0.25
            pl = placements(r, layout, fields, st)
            opts = {"cpr": use_cpr, "provider_letter": r.random() < 0.4,
                    "cw_side": (st["mentor"] != "ok" or r.random() < 0.3) and layout in SIDE_LAYOUTS,
                    "own_tasks": st["tasks"] == "missing" and r.random() < 0.6}
            if opts["own_tasks"] and layout in SIDE_LAYOUTS | COL_LAYOUTS:
                pl["tasks"] = "side"
            if layout == "eml-sig" and st["mentor"] != "ok":
                layout = "eml-body"
            if layout.startswith("eml"):
                self.agreement_mail(c, layout, st, defects, use_cpr)
                continue
            m, info = agreement(c, st, pl, opts)
            stem = f"aftale_{self.n:03d}_{c.citizen.first.lower()}"
            path, fmt, traits = self.write_model(m, layout, stem)
            traits += info["traits"] + [f"defect:{d}" for d in defects]
            traits += sorted({f"{f}@{w}" for f, w in pl.items()})
            if opts["cw_side"]:
                traits.append("decoy:caseworker-contact-in-sidebar")
            if opts["own_tasks"]:
                traits.append("decoy:citizen-own-tasks")
            if use_cpr:
                traits.append("cpr")
            self.add(path, fmt, "agreement", "agreement", layout, rules_for("agreement", st),
                     c.cpr if use_cpr else None, traits, info["period"])

    def agreement_mail(self, c: Ctx, layout: str, st: dict, defects: list[str], use_cpr: bool):
        r = self.rng
        n, mt = c.citizen, c.mentor
        pl = {}
        opts = {"cpr": use_cpr, "no_kfooter": True}
        traits = [f"layout:{layout}"] + [f"defect:{d}" for d in defects]
        if layout == "eml-sig":
            # the mentor writes; the mentor's contact data is in the signature only
            st_m = dict(st)
            st_m["mentor"] = "missing"
            appeal_in_sig = st["appeal"] == "ok" and r.random() < 0.5
            if appeal_in_sig:
                st_m["appeal"] = "missing"
            m, info = agreement(c, st_m, {}, opts)
            body_blocks = [b for b in m["body"][1:-1] if not (b[0] == "kv" and b[1] == "Mentor")]
            intro = r.choice([f"Hej {n.first}\n\nTak for mødet i dag. Jeg er din mentor de næste måneder, og her er det, vi aftalte:",
                              f"Kære {n.first}\n\nSom lovet får du her vores aftale skrevet ned. Det er mig, der er din mentor."])
            body = intro + "\n\n" + blocks_text(body_blocks)
            body += f"\n\nKærlig hilsen\n{mt.first}\n\n-- \n{mt.name}\nMentor, {c.prov}\nMobil {mt.phone}\n{c.mentor_mail}\n"
            traits.append("mentor@signature")
            if appeal_in_sig:
                body += f"\nKlagevejledning: {appeal_text(c, 'ok')}\n"
                traits.append("appeal@signature-footer")
            sender = f"{mt.name} <{c.mentor_mail}>"
            to = f"{n.name} <{n.first.lower()}{r.randint(10, 99)}@mail.dk>"
            subj = r.choice(["Vores aftale", "Aftale om mentorstøtte – det vi aftalte", "Opsummering fra opstartsmødet"])
        elif layout == "eml-fwd":
            m, info = agreement(c, st, {}, opts)
            fwd_text = m["title"] + "\n\n" + "\n".join(f"{k}: {v}" for k, v in m["meta"]) + "\n\n" + blocks_text(m["body"])
            top_fix = ""
            if st["hours"] == "ok" and r.random() < 0.5:
                # the hours were forgotten in the forwarded agreement; the forwarder adds them on top
                m2_st = dict(st)
                m2_st["hours"] = "missing"
                c.rng = random.Random(c.idx * 7 + 3)
                m2, info2 = agreement(c, m2_st, {}, opts)
                c.rng = r
                info = info2
                m2["body"] = [b for b in m2["body"] if not (b[0] == "kv" and b[1] in ("Timetal", "Antal timer", "Mentortimer", "Omfang"))]
                fwd_text = m2["title"] + "\n\n" + "\n".join(f"{k}: {v}" for k, v in m2["meta"]) + "\n\n" + blocks_text(m2["body"])
                top_fix = f"Timetallet mangler i aftalen herunder: {n.first} har 3 timer pr. uge med mentor.\n\n"
                traits.append("hours@forward-top")
            hello = mt.first if st["mentor"] == "ok" else f"{c.prov}"
            body = (f"Hej {hello}\n\nJeg videresender aftalen fra opstartsmødet, så I har den.\n\n{top_fix}"
                    f"Venlig hilsen\n{c.cw.name}\nJobcenter {c.kommune}\n\n"
                    f"---------- Videresendt meddelelse ----------\nFra: {c.cw.name} <{c.cw_mail}>\n"
                    f"Dato: {fmt_date(c.letter_date, 0)}\nEmne: {m['title']}\nTil: {n.name}\n\n{fwd_text}\n")
            sender = f"{c.cw.name} <{c.cw_mail}>"
            to = f"{mt.name} <{c.mentor_mail}>" if st["mentor"] == "ok" else f"{c.prov} <kontakt@{c.pdom}>"
            subj = f"VS: {m['title']}"
            traits.append("fields@forwarded-part")
        else:  # eml-body: the caseworker writes the agreement into the mail; signature = caseworker
            m, info = agreement(c, st, {}, opts)
            body = (f"Kære {n.first}\n\nHer er den aftale, vi lavede på mødet i jobcentret:\n\n" + blocks_text(m["body"][:-1]) +
                    f"\n\nVenlig hilsen\n{c.cw.first}\n\n-- \n{c.cw.name}\nSagsbehandler, Jobcenter {c.kommune}\nTlf. {c.kphone} · {c.cw_mail}\n")
            sender = f"{c.cw.name} <{c.cw_mail}>"
            to = f"{n.name} <{n.first.lower()}{r.randint(10, 99)}@mail.dk>"
            subj = r.choice(["Aftale om mentorstøtte", "Din mentoraftale"])
            traits.append("caseworker@signature")
        folder = self.out / "eml"
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"mail_aftale_{self.n:03d}_{c.citizen.first.lower()}"
        p = folder / f"{stem}.eml"
        render_eml(p, subj, sender, to, dt.datetime.combine(c.letter_date, dt.time(10, 12), tzinfo=dt.timezone.utc), body)
        traits += info["traits"]
        if use_cpr:
            traits.append("cpr")
        self.add(str(p.relative_to(self.out)), "eml", "agreement", "agreement", layout,
                 rules_for("agreement", st), c.cpr if use_cpr else None, traits, info["period"])

    # ------------------------------------------------------------ Min Plan
    def minplans(self, layouts: list[str]):
        r = self.rng
        fields = ["goal", "mentor", "tasks", "duration", "hours"]
        n_clean = round(len(layouts) * 0.4)
        cleans = [True] * n_clean + [False] * (len(layouts) - n_clean)
        r.shuffle(cleans)
        for layout, clean in zip(layouts, cleans):
            self.n += 1
            c = Ctx(r, self.n)
            defects = pick_defects(r, DEFECTS_MP, clean)
            st = states_from(defects, fields)
            use_cpr = r.random() < 0.25
            pl = placements(r, layout, fields, st)
            if layout in SIDE_LAYOUTS and "mentor" not in pl:
                pl["mentor"] = "side"
            opts = {"cpr": use_cpr, "cw_side": layout in SIDE_LAYOUTS and (st["mentor"] != "ok" or r.random() < 0.5)}
            m, info = minplan(c, st, pl, opts)
            stem = f"minplan_{self.n:03d}_{c.citizen.first.lower()}"
            path, fmt, traits = self.write_model(m, layout, stem)
            traits += info["traits"] + [f"defect:{d}" for d in defects] + sorted({f"{f}@{w}" for f, w in pl.items()})
            if opts["cw_side"]:
                traits.append("decoy:caseworker-contact-in-sidebar")
            if use_cpr:
                traits.append("cpr")
            if pl.get("mentor") == "footer":
                # Label correction after the first run: models.minplan() sets the print's own footer
                # after the fields, so a mentor's card put in the footer is not in the document.
                st["mentor"] = "missing"
                traits.append("mentor-card-dropped-from-footer")
            self.add(path, fmt, "minplan", "minplan", layout, rules_for("minplan", st),
                     c.cpr if use_cpr else None, traits, info["period"])

    # ------------------------------------------------------------ decisions
    def decisions(self, plan: list[tuple[str, str]]):
        r = self.rng
        n_clean = round(len(plan) * 0.45)
        cleans = [True] * n_clean + [False] * (len(plan) - n_clean)
        r.shuffle(cleans)
        for (sub, layout), clean in zip(plan, cleans):
            self.n += 1
            c = Ctx(r, self.n)
            appeal, pst = "ok", "ok"
            if not clean:
                opts_d = ["appeal_missing", "appeal_incomplete"]
                if sub in ("grant", "extension", "partial"):
                    opts_d += ["duration_over", "duration_over"]
                d = r.choice(opts_d)
                if d == "duration_over":
                    pst = "over"
                else:
                    appeal = d.split("_")[1]
            use_cpr = r.random() < 0.25
            if layout == "eml-attach":
                where = r.choice(["body", "footer"]) if appeal != "missing" else "body"
            elif layout.startswith("eml"):
                where = r.choice(["body", "sig"]) if appeal != "missing" else "body"
            elif layout in SIDE_LAYOUTS or layout in COL_LAYOUTS:
                where = r.choice(["side", "footer", "body", "side"])
            else:
                where = r.choice(["footer", "body", "footer", "header", "footer"])
            opts = {"cpr": use_cpr, "cw_side": layout in SIDE_LAYOUTS and r.random() < 0.6,
                    "q_side": layout in SIDE_LAYOUTS | COL_LAYOUTS and (appeal != "ok" or r.random() < 0.4)}
            if layout.startswith("eml"):
                m, info = decision(c, sub, "missing", pst, "body", opts)
            else:
                m, info = decision(c, sub, appeal, pst, where, opts)
            st = {"appeal": appeal, "duration": pst if sub in ("grant", "extension", "partial") else "ok"}
            traits = [f"decision:{sub}", f"appeal:{appeal}", f"appeal@{where}"] + info["traits"]
            if opts["q_side"]:
                traits.append("decoy:questions-box-with-phone")
            if use_cpr:
                traits.append("cpr")
            stem = f"afgoerelse_{self.n:03d}_{sub}_{c.citizen.first.lower()}"
            if layout.startswith("eml"):
                path, fmt = self.decision_mail(c, m, layout, appeal, where, stem)
                traits.append(f"layout:{layout}")
            else:
                path, fmt, tr = self.write_model(m, layout, stem)
                traits += tr
            self.add(path, fmt, "decision", sub, layout, rules_for("decision", st),
                     c.cpr if use_cpr else None, traits, info["period"])

    def decision_mail(self, c: Ctx, m: dict, layout: str, appeal: str, where: str, stem: str):
        r = self.rng
        folder = self.out / "eml"
        folder.mkdir(parents=True, exist_ok=True)
        p = folder / f"{stem}.eml"
        body_blocks = m["body"]
        appeal_par = appeal_text(c, appeal) if appeal != "missing" else ""
        if layout == "eml-attach":
            # a short mail; the decision is an attached PDF with the appeal in the PDF's footer or sidebar
            pdf = self.tmp / f"{stem}.pdf"
            m2 = dict(m)
            m2["footer"] = list(m["footer"])
            m2["side"] = list(m["side"])
            if appeal_par:
                if where == "footer":
                    m2["footer"].append("Klagevejledning: " + appeal_par)
                else:
                    m2["body"] = m["body"][:-3] + [("h", "Klagevejledning"), ("p", appeal_par)] + m["body"][-3:]
            render_rl(m2, pdf, "rl-side-right")
            body = (f"Kære {c.citizen.first}\n\nHermed afgørelsen om din mentorstøtte. Du finder den i den vedhæftede PDF.\n\n"
                    f"Venlig hilsen\n{c.cw.name}\nJobcenter {c.kommune}\n")
            render_eml(p, m["title"], f"Jobcenter {c.kommune} <jobcenter@{c.kdom}>", f"{c.citizen.name} <borger@mail.dk>",
                       dt.datetime.combine(c.letter_date, dt.time(9, 40), tzinfo=dt.timezone.utc), body,
                       [(f"{stem}.pdf", pdf.read_bytes(), "application/pdf")])
            return str(p.relative_to(self.out)), "eml"
        text = blocks_text(body_blocks)
        if appeal_par and where == "body":
            text = text.replace("\nMed venlig hilsen", f"\n\nKlagevejledning\n{appeal_par}\n\nMed venlig hilsen", 1)
        sig = f"\n\n-- \n{c.cw.name} | Sagsbehandler | Jobcenter {c.kommune}\nTlf. {c.kphone} | {c.cw_mail}\n"
        if appeal_par and where == "sig":
            sig += f"\nKlagevejledning for afgørelser i denne mail: {appeal_par}\n"
        body = text + sig
        render_eml(p, m["title"], f"{c.cw.name} <{c.cw_mail}>", f"{c.citizen.name} <borger{r.randint(10, 99)}@mail.dk>",
                   dt.datetime.combine(c.letter_date, dt.time(13, 5), tzinfo=dt.timezone.utc), body)
        return str(p.relative_to(self.out)), "eml"

    # ------------------------------------------------------------ none of the kinds
    def unknowns(self, plan: list[tuple[str, str]]):
        r = self.rng
        for sub, layout in plan:
            self.n += 1
            c = Ctx(r, self.n)
            use_cpr = r.random() < 0.25 and sub in ("status", "minutes", "hearing", "evaluation", "order")
            if layout.startswith("eml"):
                path = self.unknown_mail(c, sub)
                self.add(path, "eml", "unknown", sub, layout, [], None, [f"unknown:{sub}", f"layout:{layout}"], None)
                continue
            m = unknown(c, sub, {"cpr": use_cpr})
            stem = f"andet_{self.n:03d}_{sub}"
            path, fmt, traits = self.write_model(m, layout, stem)
            traits.append(f"unknown:{sub}")
            if use_cpr:
                traits.append("cpr")
            self.add(path, fmt, "unknown", sub, layout, [], c.cpr if use_cpr else None, traits, None)

    def unknown_mail(self, c: Ctx, sub: str) -> str:
        n, mt = c.citizen, c.mentor
        folder = self.out / "eml"
        folder.mkdir(parents=True, exist_ok=True)
        p = folder / f"mail_andet_{self.n:03d}_{sub}.eml"
        if sub == "meeting":
            subj = "Mødetid på torsdag"
            body = (f"Hej {n.first}\n\nKan vi flytte vores møde på torsdag til kl. 13? Vi ses ved indgangen til biblioteket.\n\n"
                    f"Hilsen {mt.first}\n\n-- \n{mt.name}\nMentor, {c.prov}\nMobil {mt.phone}\n")
            sender = f"{mt.name} <{c.mentor_mail}>"
        elif sub == "hoursq":
            subj = "Spørgsmål om timer i december"
            body = (f"Hej {c.cw.first}\n\nJeg har brugt lidt flere timer end aftalt med {n.first} i november pga. sygdom på praktikstedet. "
                    f"Skal jeg skrive det i næste status, eller vil du have en mail?\n\nVenlig hilsen\n{mt.name}\n\n"
                    f"---------- Videresendt meddelelse ----------\nFra: {n.name}\nEmne: syg\n\nHej {mt.first}, jeg er syg i dag og kommer ikke i praktik.\n")
            sender = f"{mt.name} <{c.mentor_mail}>"
        else:  # start confirmation from provider
            subj = f"Bekræftelse af opstart – {n.first}"
            body = (f"Hej {c.cw.first}\n\nHermed bekræftelse på, at vi har modtaget bestillingen på mentorforløb til {n.name}. "
                    f"{mt.name} bliver mentor, og første møde er aftalt {fmt_date(c.start, 0)}. Aftalen om mål og opgaver laver vi på opstartsmødet.\n\n"
                    f"Med venlig hilsen\n{mt.name}\n\n-- \n{c.prov} · Tlf. {mt.phone} · {c.mentor_mail}\n")
            sender = f"{mt.name} <{c.mentor_mail}>"
        render_eml(p, subj, sender, f"{c.cw.name} <{c.cw_mail}>",
                   dt.datetime.combine(c.letter_date, dt.time(8, 30), tzinfo=dt.timezone.utc), body)
        return str(p.relative_to(self.out))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fx")
    ap.add_argument("--seed", type=int, default=1414)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    b = Builder(out, a.seed)

    ag_layouts = (["rl-side-left"] * 4 + ["rl-side-right"] * 4 + ["rl-twocol"] * 4 + ["rl-canvasbox"] * 4 +
                  ["lo-frame"] * 3 + ["lo-section"] * 3 + ["odt-frame"] * 2 + ["odt-section"] * 2 +
                  ["rtf-frame", "rtf-section"] + ["docx-hf"] * 3 + ["docx-cols"] * 2 + ["docx-sidetable"] * 2 +
                  ["html-aside"] * 2 + ["html-twocol"] + ["eml-sig"] * 3 + ["eml-fwd"] * 2 + ["eml-body"] + ["txt-footer"])
    b.rng.shuffle(ag_layouts)
    b.agreements(ag_layouts)

    mp_layouts = (["rl-side-left"] * 3 + ["rl-side-right"] * 3 + ["rl-canvasbox"] * 2 + ["rl-twocol"] * 2 +
                  ["lo-frame"] * 2 + ["odt-frame"] + ["docx-sidetable"] * 2 + ["html-aside"] * 2 + ["txt-footer"])
    b.rng.shuffle(mp_layouts)
    b.minplans(mp_layouts)

    dec_plan = [("grant", "rl-side-right"), ("grant", "rl-side-left"), ("grant", "rl-canvasbox"), ("grant", "rl-twocol"),
                ("grant", "lo-frame"), ("grant", "docx-hf"), ("grant", "docx-hf"), ("grant", "eml-body"),
                ("grant", "eml-attach"), ("grant", "html-aside"),
                ("partial", "rl-side-left"), ("partial", "lo-section"), ("partial", "docx-sidetable"), ("partial", "eml-body"),
                ("refusal", "rl-side-right"), ("refusal", "rl-twocol"), ("refusal", "docx-hf"), ("refusal", "odt-frame"),
                ("extension", "rl-canvasbox"), ("extension", "lo-frame"), ("extension", "docx-cols"), ("extension", "eml-attach"),
                ("end", "rl-side-left"), ("end", "txt-footer"), ("end", "html-twocol"), ("grant", "rtf-frame")]
    b.decisions(dec_plan)

    un_plan = [("status", "rl-side-right"), ("status", "lo-frame"), ("invoice", "rl-canvasbox"), ("invoice", "docx-hf"),
               ("minutes", "rl-twocol"), ("minutes", "docx-sidetable"), ("guide", "rl-twocol"), ("guide", "lo-section"),
               ("newsletter", "rl-twocol"), ("order", "rl-side-left"), ("hearing", "rl-side-left"), ("receipt", "docx-hf"),
               ("evaluation", "rl-side-right"), ("club", "html-aside"), ("meeting", "eml"), ("hoursq", "eml"),
               ("confirm", "eml")]
    b.unknowns(un_plan)

    from collections import Counter
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(b.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(b.tmp, ignore_errors=True)
    print(len(b.entries), "documents", dict(Counter(e["kind"] for e in b.entries)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
