#!/usr/bin/env python
"""Corpus FL: real documents that quote the law, the quality standard or guidance beside their own
content, and guidance that embeds a filled-in example.

    /work/main/.venv/bin/python make_corpus_fl.py --out /work/corpora/fl [--seed 1713]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import json
import random
import shutil
import zlib
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render_fl as R  # noqa: E402
import texts_fl as T  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(RULES),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}
DEFECT_RULE = {
    "goal": "missing-goal", "goal_hint": "missing-goal", "unclear": "unclear-goal",
    "mentor": "missing-mentor", "mentor_nocontact": "missing-mentor", "mentor_hint": "missing-mentor",
    "tasks": "missing-tasks", "tasks_hint": "missing-tasks",
    "duration": "missing-duration", "duration_hint": "missing-duration",
    "followup": "missing-follow-up", "followup_vague": "missing-follow-up",
    "hours": "missing-hours", "hours_vague": "missing-hours", "hours_hint": "missing-hours",
    "appeal": "missing-appeal-guidance", "appeal_vague": "missing-appeal-guidance",
    "appeal_fvl": "missing-appeal-guidance", "appeal_star": "missing-appeal-guidance",
    "over6": "duration-over-6-months",
    "duration_limit": "missing-duration", "hours_law": "missing-hours", "appeal_ref": "missing-appeal-guidance",
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


# --------------------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def ddot(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dslash(d):
    return f"{d.day}/{d.month} {d.year}"


def dshort(d):
    return f"{d.day}. {MON3[d.month - 1]} {d.year}"


def period_text(rng, s, e):
    forms = [lambda: f"{dlong(s)} – {dlong(e)}",
             lambda: f"{ddot(s)}-{ddot(e)}",
             lambda: f"fra {dlong(s)} til {dlong(e)}",
             lambda: f"f.o.m. {ddot(s)} t.o.m. {ddot(e)}",
             lambda: f"{dslash(s)} – {dslash(e)}",
             lambda: f"{s.isoformat()} til {e.isoformat()}",
             lambda: f"{dshort(s)} - {dshort(e)}"]
    return rng.choice(forms)()


# --------------------------------------------------------------------------- case

class Case:
    def __init__(self, rng: random.Random, idx: int, *, over6=False, months=None, start=None, udskriv=False):
        self.rng = rng
        self.citizen = T.CITIZENS[idx % len(T.CITIZENS)]
        self.first = self.citizen.split()[0]
        self.mentor, self.org = rng.choice(T.MENTORS)
        self.mfirst = self.mentor.split()[0]
        self.mphone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        words = [w for w in self.org.replace(",", " ").replace("–", " ").replace("&", " ").split()
                 if w not in ("ApS", "I/S", "og")][:2]
        self.mmail = slug(self.mfirst) + "@" + "".join(ch for ch in slug("".join(words)) if ch.isalnum()) + ".dk"
        self.cw = rng.choice(T.CASEWORKERS)
        self.cwphone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.city = rng.choice(T.CITIES)
        self.company = rng.choice(T.COMPANIES)
        self.school = rng.choice(T.SCHOOLS)
        if start is None:
            start = dt.date(rng.choice([2025, 2026, 2026]), rng.randint(1, 11), rng.choice([1, 1, 1, 15, 4, 10]))
        self.start = start
        if months is None:
            months = rng.choice([3, 4, 6, 6, 6])
        if over6:
            months = rng.choice([7, 8, 9, 12])
        self.months = months
        self.end = add_months(start, months) - dt.timedelta(days=1)
        if over6 and rng.random() < 0.3:
            self.end = self.end - dt.timedelta(days=rng.randint(0, 10))  # still past the 6-month line
        if udskriv:
            self.discharge = add_months(start, 3)
            self.end = add_months(self.discharge, 6) - dt.timedelta(days=1)
        self.letter_date = start - dt.timedelta(days=rng.randint(3, 20))
        self.sagsnr = f"{rng.choice(['15.20.00', '15.02.05', '32.18.08'])}-{rng.choice(['G01', 'P20', 'K07'])}-{rng.randint(1, 999)}-{str(self.letter_date.year)[2:]}"
        self.cpr = None
        self.authority = (f"Jobcenter {self.city}" if self.letter_date < dt.date(2026, 2, 1)
                          else f"{self.city} Kommune")
        self.auth_short = "jobcentret" if self.letter_date < dt.date(2026, 2, 1) else "kommunen"
        self.address = f"{rng.choice(['Torvet', 'Rådhuspladsen', 'Jobcentervej', 'Skolegade', 'Vestergade'])} {rng.randint(1, 40)}, {rng.randint(4000, 9990)} {self.city}"

    def give_cpr(self):
        d = dt.date(self.rng.randint(1966, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28))
        self.cpr = f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}-{self.rng.randint(1000, 9999)}"
        return self.cpr

    # ---- field texts
    def goal(self, unclear=False):
        f, r = self.first, self.rng
        if unclear:
            return r.choice([
                "Støtte til at få struktur på hverdagen og øget trivsel.",
                f"At {f} kommer tættere på arbejdsmarkedet.",
                f"Hjælp til at {f} kan komme videre og få mere selvværd.",
                f"Sikre at {f} får det bedre og bliver mere stabil.",
                f"Motivere {f} til at tage ansvar for eget liv og få en bedre hverdag.",
            ])
        later = dlong(add_months(self.start, self.rng.choice([2, 3, 4])))
        return r.choice([
            f"{f} er i virksomhedspraktik som lagermedarbejder hos {self.company} 15 timer om ugen senest {later}.",
            f"{f} gennemfører grundforløb 1 på {self.school} og har højst 3 fraværsdage pr. måned.",
            f"{f} er i løntilskudsjob som pedelmedhjælper i {self.city} Kommune og møder stabilt 4 dage om ugen fra {later}.",
            f"{f} består FVU-matematik trin 2 og søger optagelse på SOSU-hjælperuddannelsen med studiestart efter sommerferien.",
            f"{f} fastholder sit fleksjob som køkkenmedhjælper hos {self.company} 12 timer om ugen med højst 2 sygedage pr. måned.",
            f"{f} starter på HF-enkeltfag på {self.school} og møder til mindst 90 % af undervisningen.",
            f"{f} har inden {later} afklaret sit jobmål gennem to virksomhedspraktikker og søger derefter ordinære timer i detailhandlen.",
        ])

    def tasks(self):
        f, r = self.first, self.rng
        pool = [f"følge {f} til {self.company} de første to uger",
                "ugentlig samtale om fremmøde og arbejdsopgaver",
                "hjælpe med at planlægge transporten til og fra praktikstedet",
                "støtte i kontakten med egen læge og psykiatrien",
                "gennemgå post fra kommunen og e-Boks sammen med borgeren",
                "være bindeled til kontaktpersonen på arbejdspladsen",
                "øve jobsamtaler og hjælpe med ansøgninger",
                "lave en ugeplan med faste tider for søvn og måltider",
                f"tage med {f} til studievejledningen på {self.school}",
                "hjælpe med at holde styr på skema og afleveringer"]
        return r.sample(pool, r.randint(3, 4))

    def hours(self):
        return self.rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1½ time ugentligt",
                                "4 timer om ugen de første 4 uger, derefter 2 timer om ugen", "2 timer ugentligt",
                                "5 timer pr. uge"])

    def followup(self, no_dates=False):
        f, r = self.first, self.rng
        mid = dlong(add_months(self.start, 2))
        last = dlong(self.end - dt.timedelta(days=14))
        if no_dates:
            return r.choice([
                f"Statusmøde med mentor, {f} og sagsbehandler hver 4. uge. Delmål: fremmøde mindst 3 dage om ugen inden for de første to måneder.",
                "Vi følger op hver måned på et trepartsmøde. Progressionen måles på fremmødet (mål: 80 % i første måned, 90 % derefter).",
                f"Mentor sender skriftlig status til sagsbehandler hver 6. uge. Delmål 1: {f} kommer til tiden 4 ud af 5 dage.",
            ])
        return r.choice([
            f"Statusmøde med mentor, {f} og sagsbehandler hver 4. uge. Evaluering senest {last} (14 dage før ophør). Delmål: fremmøde mindst 3 dage om ugen fra {mid}.",
            "Vi følger op hver måned på et trepartsmøde. Progressionen måles på fremmødet (mål: 80 % i første måned, 90 % derefter).",
            f"Mentor sender skriftlig status til sagsbehandler hver 6. uge. Midtvejsevaluering {mid}, slutevaluering {last}.",
            f"Opfølgningssamtale i jobcentret hver 3. måned og altid 14 dage inden perioden slutter. Delmål 1: {f} kommer til tiden 4 ud af 5 dage. Delmål 2: {f} tager selv kontakt til praktikstedet ved sygdom.",
        ])

    def mentor_line(self):
        return self.rng.choice([
            f"{self.mentor}, {self.org}, tlf. {self.mphone}, {self.mmail}",
            f"{self.mentor} ({self.org}) – telefon {self.mphone} – e-mail {self.mmail}",
            f"{self.mentor}, {self.org}. Tlf.: {self.mphone}. Mail: {self.mmail}",
        ])

    def appeal_own(self):
        a, s = self.authority, self.auth_short
        return self.rng.choice([
            [f"Hvis du ikke er enig i afgørelsen, skal du klage til {s} inden fire uger. {s.capitalize()} skal så "
             "genvurdere afgørelsen inden fire uger, fra klagen er modtaget. Hvis afgørelsen fastholdes, bliver "
             "din klage sendt videre til Ankestyrelsen, som tager stilling til sagen."],
            [f"Du kan klage over afgørelsen. Klagen skal være modtaget af {a} senest 4 uger efter, at du har fået "
             "dette brev. Du kan klage skriftligt eller mundtligt til din sagsbehandler.",
             f"Vi vurderer afgørelsen igen. Fastholder vi den, sender vi din klage og sagens akter videre til "
             "Ankestyrelsen inden for 4 uger (lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens §§ 66-67)."],
            [f"Klagefristen er 4 uger fra du har modtaget afgørelsen. Send din klage til {a}, {self.address}, eller "
             f"ring til din sagsbehandler på {self.cwphone}. Vi genvurderer sagen, og hvis vi fastholder "
             "afgørelsen, sender vi klagen videre til Ankestyrelsen."],
        ])

    def appeal_wrong(self):
        return [self.rng.choice([
            "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice.",
            "Er du uenig, kan du inden fire uger klage direkte til Ankestyrelsen via ast.dk.",
        ])]

    def appeal_vague(self):
        return [self.rng.choice(["Du kan klage over afgørelsen.",
                                 "Hvis du er utilfreds, er du velkommen til at kontakte os.",
                                 "Du har mulighed for at klage. Kontakt din sagsbehandler, hvis du har spørgsmål."])]


def labels_for(kind, defects):
    out = set()
    for d in defects:
        r = DEFECT_RULE.get(d)
        if r and r in APPLIES[kind]:
            out.add(r)
    return sorted(out)


# --------------------------------------------------------------------------- shared pieces

def law_quotes_for(defects, rng, base=("167", "52")):
    """Quoted statutory / standard texts, chosen so that the quote names the field that is missing."""
    q = []
    if "167" in base:
        q.append(("quote", [T.LAB167_1], "Lov om en aktiv beskæftigelsesindsats § 167, stk. 1"))
    if "167_2" in base:
        q.append(("quote", [T.LAB167_2], "LAB § 167, stk. 2"))
    if "52" in base:
        if rng.random() < 0.5:
            q.append(("quote", [T.BAB52_ONELINE], "Bekendtgørelse om en aktiv beskæftigelsesindsats"))
        else:
            q.append(("p", "Af bekendtgørelsens § 52 følger:"))
            q.append(("quote", [T.BAB52_INTRO] + [f"{n}) {x}" for n, x in enumerate(T.BAB52_ITEMS, 1)], None))
    if defects & {"goal", "goal_hint", "unclear"}:
        q.append(("p", "Om målet skriver Styrelsen for Arbejdsmarked og Rekruttering i vejledningen om mentorordningen:"))
        q.append(("quote", [T.STAR_GOAL], "STAR, Vejledning om mentorordningen, kap. 2"))
    if defects & {"hours", "hours_vague", "hours_hint"}:
        q.append(("quote", [T.STAR_HOURS], "STAR, Vejledning om mentorordningen"))
    if defects & {"followup", "followup_vague"}:
        q.append(("p", "Kommunens kvalitetsstandard for mentorstøtte fastsætter om opfølgning:"))
        q.append(("quote", [T.GRIB_FOLLOW], None))
    if defects & {"appeal_fvl"}:
        q.append(("quote", [T.FVL25], "Forvaltningsloven § 25, stk. 1"))
    if defects & {"appeal_star"}:
        q.append(("quote", [T.STAR_APPEAL], "STAR, Vejledning om mentorordningen, kap. 6"))
    return q


def appeal_blocks(case, mode, rng, heading_level=2):
    """Blocks carrying the appeal text for a given mode (or nothing), plus notes to append."""
    hd = rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klagemuligheder"])
    if mode == "own":
        return [("h", hd, heading_level)] + [("p", x) for x in case.appeal_own()], []
    if mode == "wrong":
        return [("h", hd, heading_level)] + [("p", x) for x in case.appeal_wrong()], []
    if mode == "appeal_vague":
        return [("h", hd, heading_level)] + [("p", x) for x in case.appeal_vague()], []
    if mode == "appeal_ref":
        return [("h", "Klagevejledning", heading_level),
                ("p", rng.choice(["Der henvises til forvaltningslovens § 25 og LAB § 204.",
                                  "Klageadgang, jf. lov om en aktiv beskæftigelsesindsats § 204."]))], []
    if mode == "quoted":
        lead = rng.choice(["Kommunens standardklagevejledning gengives her i sin fulde ordlyd:",
                           "Klagevejledning (standardtekst, godkendt af Beskæftigelsesudvalget):",
                           "Om klageadgang gælder følgende standardtekst:"])
        return [("p", lead), ("quote", case.appeal_own(), None)], []
    if mode == "box":
        return [("box", "Standardklagevejledning", [("p", x) for x in case.appeal_own()])], []
    if mode == "footnote":
        txt = " ".join(case.appeal_own())
        return [("p", "Afgørelsen om mentorstøtte kan påklages, se klagevejledningen i noten.[[{fn}]]")], [txt]
    if mode == "bilag":
        return [], []  # written as an appendix by the caller
    return [], []      # none / fvl / star: nothing of its own


def signature(case, rng, who="both"):
    d = dlong(case.letter_date)
    if who == "both":
        return ("sig", [f"Dato: {d}", "", "_______________________        _______________________",
                        f"{case.citizen}                          {case.cw}, {case.authority}"])
    return ("sig", ["Med venlig hilsen", "", case.cw, rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver"]),
                    case.authority, f"Tlf. {case.cwphone}"])


def attach_notes(blocks, new_notes, notes):
    """Append new_notes to notes and number the '[[{fn}]]' placeholders in blocks accordingly."""
    out = []
    for b in blocks:
        if b[0] in ("p", "h") and "[[{fn}]]" in b[1]:
            notes.append(new_notes.pop(0))
            b = (b[0], b[1].replace("[[{fn}]]", f"[[{len(notes)}]]")) + tuple(b[2:])
        out.append(b)
    return out


# --------------------------------------------------------------------------- agreements

def hint_for(field, rng):
    return {
        "goal": rng.choice(["Beskriv målet med mentorstøtten (BAB § 52, nr. 1)", "Klik eller tryk her for at skrive tekst."]),
        "mentor": rng.choice(["Angiv mentorens navn og kontaktdata, jf. BAB § 52, nr. 2", "Klik eller tryk her for at skrive tekst."]),
        "tasks": "Hvilke opgaver skal mentoren bistå ved? (BAB § 52, nr. 3)",
        "duration": "Udfyldes senere",
        "hours": rng.choice(["Timetallet for mentorstøtten, jf. BAB § 52, nr. 5", "xx timer pr. uge"]),
    }[field]


def agreement(case: Case, rng, layout, defects, appeal_mode, extension=False, udskriv=False):
    f = case.first
    notes: list[str] = []
    title = rng.choice(["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte", "Mentoraftale",
                        "Aftale om mentorstøtte efter LAB § 167"])
    if extension:
        title = "Aftale om forlængelse af mentorstøtte"
    if udskriv:
        title = "Aftale om mentorstøtte – udskrivningskoordinator"
    meta = [("", case.authority), ("Dato", dlong(case.letter_date)), ("Sagsnr.", case.sagsnr)]
    who = [("Borger", case.citizen)]
    if case.cpr:
        who.append(("CPR-nr.", case.cpr))
    who.append(("Sagsbehandler", f"{case.cw}, tlf. {case.cwphone}"))

    # --- the fields
    fields = []  # (label, value) where value is str or list
    if "goal" in defects:
        pass
    elif "goal_hint" in defects:
        fields.append((rng.choice(["Mål", "Målet med mentorstøtten"]), hint_for("goal", rng)))
    else:
        gtxt = case.goal(unclear="unclear" in defects)
        if udskriv and "unclear" not in defects:
            gtxt = (f"{f} genoptager sin uddannelse på {case.school} senest to måneder efter udskrivelsen "
                    "og møder til undervisningen mindst 3 dage om ugen.")
        fields.append((rng.choice(["Mål", "Målet med mentorstøtten", "Formål", "Borgerens mål"]), gtxt))
    if "mentor" in defects:
        pass
    elif "mentor_hint" in defects:
        fields.append(("Mentor", hint_for("mentor", rng)))
    elif "mentor_nocontact" in defects:
        fields.append(("Mentor", f"{case.mentor}, {case.org}"))
    else:
        fields.append((rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"]), case.mentor_line()))
    if "tasks" not in defects:
        if "tasks_hint" in defects:
            fields.append(("Mentorens opgaver", hint_for("tasks", rng)))
        else:
            fields.append((rng.choice(["Mentorens opgaver", "Opgaver", "Mentor skal hjælpe med"]), case.tasks()))
    per = None
    if "duration" not in defects:
        if "duration_hint" in defects:
            fields.append(("Periode", hint_for("duration", rng)))
        elif "duration_limit" in defects:
            fields.append((rng.choice(["Varighed", "Periode"]), rng.choice([
                "Højst 6 måneder, jf. LAB § 167, stk. 1.",
                "Mentorstøtte gives i en periode på højst 6 måneder (§ 167, stk. 1). Forlængelse kræver en ny vurdering."])))
        elif "duration_len" in defects:
            per = f"6 måneder fra {dlong(case.start)}"
            fields.append(("Varighed", rng.choice([f"6 måneder fra opstartsmødet den {dlong(case.start)}",
                                                   f"Fra {dlong(case.start)} og 6 måneder frem"])))
        else:
            per = period_text(rng, case.start, case.end)
            lab = rng.choice(["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"])
            val = per
            if udskriv:
                val = f"{per} (heraf 3 måneder før forventet udskrivning {dlong(case.discharge)})"
            elif extension:
                val = f"{per} (forlængelse)"
            fields.append((lab, val))
    if "hours" not in defects:
        if "hours_hint" in defects:
            fields.append(("Timetal", hint_for("hours", rng)))
        elif "hours_law" in defects:
            fields.append(("Timetal", "Timetallet fastsættes ud fra en konkret vurdering af behovet, jf. STARs vejledning om mentorordningen."))
        elif "hours_vague" in defects:
            fields.append(("Timetal", rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter aftale med mentor"])))
        else:
            hv = case.hours()
            fields.append((rng.choice(["Timetal", "Antal timer"] + ([] if "måned" in hv else ["Timer pr. uge"])), hv))
    if "followup" not in defects:
        if "followup_vague" in defects:
            fields.append(("Opfølgning", rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende."])))
        else:
            fields.append((rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering og delmål"]),
                           case.followup(no_dates=bool(defects & {"duration", "duration_hint", "duration_limit"}))))

    base = ("167", "52") if not udskriv else ("167", "167_2", "52")
    quotes = law_quotes_for(defects, rng, base)
    if rng.random() < 0.5:
        quotes.insert(0, ("p", rng.choice([
            "Reglerne om mentorstøtte står i kapitel 26 (§§ 167-171) i lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 280 af 1. marts 2024 med senere ændringer.",
            "Mentorstøtte gives efter LAB §§ 167-171. De nærmere regler står i bekendtgørelse om en aktiv beskæftigelsesindsats.",
            "Uddrag af lov om en aktiv beskæftigelsesindsats og bekendtgørelsen:"])))

    blocks = [("title", title), ("meta", meta)]
    intro = rng.choice([
        f"Aftalen er indgået mellem {case.citizen} og {case.authority} om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
        f"Denne aftale beskriver den mentorstøtte, som {f} får fra {case.authority}.",
        f"{case.authority} og {f} har den {dlong(case.letter_date)} aftalt følgende om mentorstøtte.",
    ])
    if udskriv:
        intro += f" {f} er indlagt og forventes udskrevet {dlong(case.discharge)}; støtten gives efter § 167, stk. 2."
    if extension:
        prev_s = add_months(case.start, -6)
        intro += f" Den tidligere periode ({dlong(prev_s)} – {dlong(case.start - dt.timedelta(days=1))}) er evalueret, og støtten forlænges."

    if layout == "fodnoter":
        intro = intro + " Aftalen indeholder de oplysninger, som reglerne kræver.[[1]]"
    blocks.append(("kv", who) if layout in ("lovgrundlag-tabel", "regelboks") else ("p", "  ·  ".join(f"{k}: {v}" for k, v in who)))
    if layout == "lovgrundlag-foerst":
        blocks.append(("h", "Lovgrundlag", 2))
        blocks += quotes
        blocks.append(("h", "Aftalen", 2))
    blocks.append(("p", intro))

    if layout == "fodnoter":
        # footnote 1 = BAB § 52 for the intro; the period and the appeal get their own notes
        notes.append("Bekendtgørelse om en aktiv beskæftigelsesindsats " + T.BAB52_ONELINE)
        extra_notes = {"Periode": "LAB § 167, stk. 1: " + T.LAB167_1.split(". ", 1)[1],
                       "Varighed": "LAB § 167, stk. 1: " + T.LAB167_1.split(". ", 1)[1]}
        for lab, val in fields:
            key = lab.split()[0]
            if key in extra_notes or lab in ("Aftalens varighed", "Bevilget periode"):
                notes.append(extra_notes.get(key, "LAB § 167, stk. 1: " + T.LAB167_1.split(". ", 1)[1]))
                lab = f"{lab}[[{len(notes)}]]"
            blocks.append(("h", lab, 3))
            blocks.append(("ul", val) if isinstance(val, list) else ("p", val))
        refs = ""
        for q in quotes:  # the extra quotes go in as notes too
            if q[0] == "quote" and not q[1][0].startswith(("§ 167", "§ 52")):
                notes.append(" ".join(q[1]) + (f" ({q[2]})" if q[2] else ""))
                refs += f"[[{len(notes)}]]"
        if refs:
            blocks.append(("p", "Aftalen er indgået på grundlag af reglerne i lov om en aktiv beskæftigelsesindsats "
                                "kapitel 26 og kommunens kvalitetsstandard for mentorstøtte." + refs))
    elif layout in ("lovgrundlag-tabel", "regelboks", "kvalitetsstandard"):
        blocks.append(("kv", fields))
    else:
        for lab, val in fields:
            blocks.append(("h", lab, 2))
            blocks.append(("ul", val) if isinstance(val, list) else ("p", val))

    amode = appeal_mode
    ab, an = appeal_blocks(case, amode, rng)
    blocks += attach_notes(ab, an, notes)

    if layout == "lovgrundlag-tabel" or layout == "tjekliste":
        blocks.append(("h", rng.choice(["Lovgrundlag", "Regler", "Hjemmel"]), 2))
        blocks += quotes
    elif layout == "regelboks":
        blocks.append(("box", rng.choice(["Det siger reglerne", "Reglerne kort", "Godt at vide – lovgrundlag"]),
                       [b for b in quotes]))
    elif layout == "kvalitetsstandard":
        blocks.append(("h", "Lovgrundlag", 2))
        blocks += quotes[:2]
    blocks.append(signature(case, rng, "both"))

    if amode == "bilag":
        blocks += [("pb",), ("h", "Bilag: Klagevejledning", 1)] + [("p", x) for x in case.appeal_own()]
    if layout == "tjekliste":
        pts = rng.choice(T.SIX_POINTS)
        style = rng.choice(["check", "check", "ol", "table"])
        ticked = style == "check"
        blocks += [("pb",), ("h", rng.choice(["Bilag 1 – Tjekliste til sagsbehandler",
                                               "Bilag: Jobcentrets tjekliste for mentoraftaler",
                                               "Tjekliste: Hvad skal aftalen indeholde?"]), 1),
                   ("p", "Aftalen skal efter kommunens kvalitetsstandard indeholde oplysning om:")]
        if ticked:
            blocks.append(("check", [(True, p) for p in pts]))
            blocks.append(("p", f"Tjekket af {case.cw} {dlong(case.letter_date)}."))
        elif style == "table":
            blocks.append(("kv", [(p, "Ja") for p in pts]))
            blocks.append(("p", f"Kontrolleret af: {case.cw}"))
        else:
            blocks.append(("ol", pts))
    if layout == "kvalitetsstandard":
        blocks += [("pb",), ("h", "Bilag – uddrag af kvalitetsstandard for mentorstøtte", 1),
                   ("h", "Formål", 2), ("p", "Formålet med mentorstøtte er grundlæggende at:"), ("ul", T.GRIB_FORMAAL),
                   ("h", "Visitation", 2), ("p", "Visitation til mentorstøtte sker med baggrund i en eller flere indsatser:"),
                   ("ul", T.GRIB_VISITATION),
                   ("h", "Serviceniveauer", 2), ("kv", T.GRIB_NIVEAU),
                   ("h", "Opfølgning", 2), ("quote", [T.GRIB_FOLLOW], None),
                   ("h", "Aftalens indhold", 2), ("ol", T.SIX_POINTS[0])]
    doc = {"blocks": blocks, "notes": notes,
           "footer": f"{case.authority} · {case.address}", "author": case.cw}
    return doc, per


# --------------------------------------------------------------------------- decisions

def decision(case: Case, rng, layout, dtype, appeal_mode, udskriv=False):
    f = case.first
    notes: list[str] = []
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentorstøtte"],
        "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
    }
    title = rng.choice(titles[dtype])
    meta = [("", case.authority), ("", case.address), ("Dato", dlong(case.letter_date)), ("Sagsnr.", case.sagsnr)]
    if case.cpr:
        meta.append(("CPR-nr.", case.cpr))
    blocks = [("meta", meta), ("p", case.citizen), ("title", title), ("p", f"Kære {f}")]
    per = None
    pt = period_text(rng, case.start, case.end)
    hours = case.hours()
    box = []  # contents of the rules box
    if dtype == "grant":
        if udskriv:
            blocks.append(("p", f"Du er indlagt og forventes udskrevet {dlong(case.discharge)}. Du har sagt ja til en "
                                f"udskrivningskoordinator. Vi bevilger dig mentorstøtte som udskrivningskoordinator efter "
                                f"§ 167, stk. 2, i perioden {pt}, det vil sige 3 måneder før og 6 måneder efter udskrivningen."))
        else:
            blocks.append(("p", rng.choice([
                f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte i perioden {pt}.",
                f"{case.authority} bevilger dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Støtten gives i perioden {pt}.",
            ])))
        blocks.append(("p", f"Du får {hours} med {case.mentor} fra {case.org}. Mentor kontakter dig inden for en uge."))
        per = (case.start, case.end)
        box = [("quote", [T.LAB167_1], "LAB § 167, stk. 1")] + ([("quote", [T.LAB167_2], "LAB § 167, stk. 2")] if udskriv else [])
        if rng.random() < 0.5:
            box += [("p", "Oplysningerne om din mentorstøtte står også i din plan på Jobnet, jf. bekendtgørelsens § 52:"),
                    ("quote", [T.BAB52_ONELINE], None)]
    elif dtype == "partial":
        asked = rng.choice([9, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte 5 timer om ugen i {asked} måneder. Vi bevilger dig mentorstøtte "
                            f"{hours} i perioden {pt}. Resten af din ansøgning giver vi afslag på."))
        blocks += [("h", "Begrundelse", 2),
                   ("p", "Efter § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt på, "
                         f"at {f} efter de første uger i praktikken forventes at kunne klare flere opgaver selv, og at "
                         "timetallet derfor kan være lavere end ansøgt. Vi vurderer behovet igen ved periodens udløb.")]
        per = (case.start, case.end)
        box = [("quote", [T.LAB167_1], "LAB § 167, stk. 1"), ("quote", [T.FVL22], "Forvaltningsloven")]
    elif dtype == "refusal":
        blocks.append(("p", f"Du har den {dlong(case.letter_date - dt.timedelta(days=20))} søgt om mentorstøtte. Vi giver dig afslag."))
        blocks += [("h", "Begrundelse", 2),
                   ("p", rng.choice([
                       f"Mentorstøtte kan kun gives med et mål om beskæftigelse eller uddannelse, jf. LAB § 167. Du har fortalt, "
                       "at du ikke ønsker at arbejde eller tage en uddannelse det næste år, og vi har derfor ikke kunnet fastsætte et sådant mål.",
                       f"Vi har lagt vægt på, at du allerede får støtte fra en bostøttemedarbejder efter serviceloven 6 timer om ugen, og at "
                       "den støtte dækker de opgaver, du har søgt mentor til. Derfor er der ikke behov for mentorstøtte efter LAB § 167.",
                   ]))]
        box = [("quote", [T.LAB167_1], "LAB § 167, stk. 1"), ("quote", [T.STAR_GOAL], "STAR, Vejledning om mentorordningen"),
               ("quote", [T.FVL24], None)]
    elif dtype == "extension":
        prev_s = add_months(case.start, -6)
        blocks.append(("p", f"Din mentorstøtte i den tidligere periode fra {dlong(prev_s)} til {dlong(case.start - dt.timedelta(days=1))} "
                            f"er slut. Efter en konkret vurdering forlænger vi støtten i en ny periode: {pt}."))
        blocks.append(("p", f"Du fortsætter med {case.mentor} som mentor, {hours}."))
        blocks += [("h", "Begrundelse", 2),
                   ("p", f"Vi har lagt vægt på evalueringen fra mentor, som viser, at {f} nu møder stabilt i praktikken, men stadig har brug for støtte til at komme i gang med at søge ordinære timer.")]
        per = (case.start, case.end)
        box = [("quote", [T.LAB167_1], "LAB § 167, stk. 1")]
    elif dtype == "end":
        stop = case.letter_date + dt.timedelta(days=rng.randint(14, 30))
        blocks.append(("p", f"Vi har besluttet, at din mentorstøtte ophører den {dlong(stop)}."))
        blocks += [("h", "Begrundelse", 2),
                   ("p", f"Du er startet i ordinært job hos {case.company} 30 timer om ugen og har ifølge din mentor ikke længere brug for "
                         "støtten. Målet med mentorstøtten er dermed nået, jf. LAB § 167, stk. 1.")]
        box = [("quote", [T.LAB167_1], "LAB § 167, stk. 1"), ("quote", [T.FVL22], None)]
    if appeal_mode == "appeal_fvl":
        box.append(("quote", [T.FVL25], "Forvaltningsloven § 25"))
    if appeal_mode == "appeal_star":
        box.append(("quote", [T.STAR_APPEAL], "STAR"))

    ab, an = appeal_blocks(case, appeal_mode if appeal_mode not in ("box",) else "none", rng)
    if appeal_mode == "box":
        box.append(("h", "Klagevejledning (standardtekst)", 3))
        box += [("p", x) for x in case.appeal_own()]
    box_title = rng.choice(["Det siger reglerne", "Lovgrundlag", "Regler, vi har brugt"])
    if layout == "regelboks":
        blocks.append(("box", box_title, box))
        blocks += attach_notes(ab, an, notes)
    elif layout == "lovgrundlag":
        blocks += attach_notes(ab, an, notes)
        blocks.append(("h", box_title, 2))
        blocks += [b if b[0] != "h" else ("p", b[1]) for b in box]
    elif layout == "fodnoter":
        # the rules as footnotes to a sentence in the letter
        refs = ""
        for b in box:
            if b[0] == "quote":
                notes.append(" ".join(b[1]) + (f" ({b[2]})" if b[2] else ""))
                refs += f"[[{len(notes)}]]"
            elif b[0] == "p":
                notes.append(b[1])
                refs += f"[[{len(notes)}]]"
        blocks.append(("p", "Afgørelsen er truffet efter reglerne i lov om en aktiv beskæftigelsesindsats og forvaltningsloven." + refs))
        blocks += attach_notes(ab, an, notes)
    if dtype in ("grant", "extension"):
        blocks.append(("p", f"Vi har også sendt en aftale om mentorstøtten, som du og {case.mentor} underskriver ved første møde."))
    blocks.append(signature(case, rng, "cw"))
    if appeal_mode == "bilag":
        blocks += [("pb",), ("h", "Bilag – Klagevejledning", 1)] + [("p", x) for x in case.appeal_own()]
    doc = {"blocks": blocks, "notes": notes, "footer": f"{case.authority} · {case.address}", "author": case.cw}
    return doc, per


# --------------------------------------------------------------------------- Min Plan

def minplan(case: Case, rng, layout, defects):
    f = case.first
    rows = []
    if "goal" not in defects:
        rows.append(("Formål (BAB § 52, nr. 1)" if layout == "hjaelpetekst" else rng.choice(["Formål", "Mål"]),
                     hint_for("goal", rng) if "goal_hint" in defects else case.goal(unclear="unclear" in defects)))
    if "mentor" not in defects:
        if "mentor_hint" in defects:
            v = hint_for("mentor", rng)
        elif "mentor_nocontact" in defects:
            v = f"{case.mentor}, {case.org}"
        else:
            v = case.mentor_line()
        rows.append(("Mentor (navn og kontaktdata)" if layout == "hjaelpetekst" else "Mentor", v))
    if "tasks" not in defects:
        rows.append(("Mentorens opgaver", hint_for("tasks", rng) if "tasks_hint" in defects else case.tasks()))
    per = None
    if "duration_limit" in defects:
        rows.append(("Varighed" if layout == "hjaelpetekst" else "Periode", "Højst 6 måneder, jf. LAB § 167"))
    elif "duration" not in defects:
        per = period_text(rng, case.start, case.end)
        rows.append(("Varighed" if layout == "hjaelpetekst" else rng.choice(["Periode", "Start – slut"]), per))
    if "hours" not in defects:
        rows.append(("Timetal", hint_for("hours", rng) if "hours_hint" in defects else
                     "Fastsættes efter en konkret vurdering af behovet" if "hours_law" in defects else case.hours()))
    head = [("title", rng.choice(["Min Plan", f"Min Plan – {case.citizen}"])),
            ("meta", [("Udskrevet", ddot(case.letter_date)), ("Borger", case.citizen)] +
             ([("CPR-nr.", case.cpr)] if case.cpr else []) + [("Sagsbehandler", case.cw)]),
            ("h", rng.choice(["Aktivitet: Mentorstøtte", "Mentorstøtte (LAB § 167)", "Understøttende indsats – mentor"]), 2),
            ("p", rng.choice(["Status: Aktiv", "Status: Planlagt", "Status: I gang"]))]
    blocks = head + [("kv", rows)]
    help_box = [("p", "Når du får mentorstøtte, skal din plan indeholde disse oplysninger:"),
                ("quote", [T.BAB52_INTRO] + [f"{n}) {x}" for n, x in enumerate(T.BAB52_ITEMS, 1)], "BAB § 52")]
    if layout == "hjaelpetekst":
        blocks.append(("box", "Hvorfor står det her?", help_box))
    elif layout == "lovhenvisning":
        blocks += [("h", "Lovhenvisning", 3), ("p", "Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats § 167:"),
                   ("quote", [T.LAB167_1], None), ("p", "Oplysningerne i planen følger af bekendtgørelsens § 52:"),
                   ("quote", [T.BAB52_ONELINE], None)]
    elif layout == "fodnote":
        blocks.insert(3, ("p", "Oplysningerne herunder er registreret efter reglerne om Min Plan.[[1]]"))
        return {"blocks": blocks, "notes": [T.BAB52_ONELINE + " (Bekendtgørelse om en aktiv beskæftigelsesindsats)",
                                            T.LAB167_1.replace("§ 167.", "LAB § 167, stk. 1:")]}, per
    blocks.append(("p", rng.choice(["Har du spørgsmål til din plan, kan du skrive til din sagsbehandler via Jobnet.",
                                    "Planen kan ændres, når du og din sagsbehandler aftaler det."])))
    return {"blocks": blocks, "notes": []}, per


# --------------------------------------------------------------------------- none of the kinds

def example_agreement_blocks(case, rng):
    """A filled-in example agreement, as guidance material embeds it."""
    return [("kv", [("Mål", case.goal()), ("Mentor", case.mentor_line()), ("Mentorens opgaver", case.tasks()),
                    ("Periode", period_text(rng, case.start, case.end)), ("Timetal", case.hours()),
                    ("Opfølgning", case.followup()), ("Klagevejledning", " ".join(case.appeal_own()))])]


def unknown_doc(case, rng, variant):
    f = case.first
    city = case.city
    if variant == "intranet-vejledning":
        return {"blocks": [
            ("title", "Sådan skriver du en aftale om mentorstøtte"),
            ("meta", [("", f"Intranet · Beskæftigelse · {city} Kommune"), ("Senest opdateret", dlong(case.letter_date))]),
            ("p", "Denne side er til sagsbehandlere. Den forklarer, hvad en skriftlig aftale om mentorstøtte skal indeholde, "
                  "og viser et udfyldt eksempel."),
            ("h", "Det siger reglerne", 2), ("quote", [T.LAB167_1], "LAB § 167, stk. 1"),
            ("quote", [T.BAB52_ONELINE], "BAB § 52"),
            ("h", "Kvalitetsstandardens seks punkter", 2), ("ol", T.SIX_POINTS[0]),
            ("h", "Eksempel på en udfyldt aftale", 2),
            ("p", f"Eksemplet er opdigtet. Borgeren kalder vi »{f}«."),
            ("box", "Eksempel", example_agreement_blocks(case, rng)),
            ("h", "Typiske fejl", 2),
            ("ul", ["Målet er en aktivitet (»støtte til …«) og ikke en tilstand.", "Timetallet mangler eller står som »efter behov«.",
                    "Klagevejledningen sender borgeren direkte til Ankestyrelsen."]),
        ]}
    if variant == "skabelon-instruks":
        return {"blocks": [
            ("title", "Skabelon: Aftale om mentorstøtte – vejledning til udfyldelse"),
            ("p", "Skabelonen ligger i fagsystemet under Dokumenter > Mentor. Felterne med grå tekst skal udfyldes. "
                  "Nedenfor står for hvert felt, hvad der skal skrives, med et eksempel i kursiv."),
            ("kv", [("Felt: Mål", f"Skriv den tilstand, borgeren skal nå. Eksempel: »{case.goal()}«"),
                    ("Felt: Mentor", f"Navn, arbejdssted, telefon og mail. Eksempel: »{case.mentor_line()}«"),
                    ("Felt: Opgaver", "Konkrete opgaver. Eksempel: »" + "; ".join(case.tasks()) + "«"),
                    ("Felt: Periode", f"Start- og slutdato, højst 6 måneder. Eksempel: »{period_text(rng, case.start, case.end)}«"),
                    ("Felt: Timetal", f"Timer pr. uge. Eksempel: »{case.hours()}«"),
                    ("Felt: Opfølgning", f"Hvornår og hvordan. Eksempel: »{case.followup()}«"),
                    ("Felt: Klagevejledning", "Indsættes automatisk som standardtekst fra brevbiblioteket.")]),
            ("h", "Lovgrundlag", 2), ("quote", [T.LAB167_1], None), ("quote", [T.BAB52_ONELINE], None),
            ("p", "Spørgsmål til skabelonen: kontakt fagkonsulenterne i Beskæftigelse."),
        ]}
    if variant == "e-laering":
        ex = [("p", f"Kære {f}"),
              ("p", f"Du har søgt om mentorstøtte. Vi bevilger dig mentorstøtte i perioden {period_text(rng, case.start, case.end)}, "
                    f"{case.hours()}, med {case.mentor} som mentor."),
              ("p", "Med venlig hilsen"), ("p", f"{case.cw}, {case.authority}")]
        return {"blocks": [
            ("title", "E-læring: Afgørelser om mentorstøtte – modul 3"),
            ("p", "Varighed ca. 20 minutter. Når du har gennemført modulet, kan du skrive en afgørelse om mentorstøtte, "
                  "der lever op til forvaltningslovens krav."),
            ("h", "1. Reglerne", 2), ("quote", [T.FVL22], None), ("quote", [T.FVL25], None),
            ("quote", [T.LAB167_1], None),
            ("h", "2. Øvelse: Hvad mangler i brevet?", 2),
            ("p", "Læs eksempelbrevet og svar på spørgsmålene nedenfor."),
            ("box", "Eksempelbrev", ex),
            ("ol", ["Indeholder brevet en klagevejledning? (Svar: Nej – klageinstans og frist mangler.)",
                    "Skal brevet begrundes? (Svar: Nej, hvis ansøgningen imødekommes fuldt ud.)",
                    "Er perioden inden for reglerne? (Svar: Tjek om den er højst 6 måneder.)"]),
            ("h", "3. Facit og næste modul", 2),
            ("p", "Modul 4 handler om opfølgning og forlængelse."),
        ]}
    if variant == "pjece":
        return {"blocks": [
            ("title", "Din aftale om mentorstøtte – det skal den indeholde"),
            ("p", f"Pjece til borgere fra {case.authority}"),
            ("p", "Når du får en mentor, laver du en skriftlig aftale sammen med din sagsbehandler. I aftalen står:"),
            ("ul", ["dit mål – hvad du skal nå", "hvem din mentor er, og hvordan du kontakter ham eller hende",
                    "hvad mentoren skal hjælpe dig med", "hvor længe støtten varer – højst 6 måneder ad gangen",
                    "hvor mange timer om ugen du får", "hvordan I følger op", "hvordan du klager"]),
            ("h", "Sådan kan en aftale se ud", 2),
            ("box", f"Eksempel: {f}s aftale", example_agreement_blocks(case, rng)),
            ("h", "Det siger loven", 2), ("quote", [T.LAB167_1], None),
            ("p", "Har du spørgsmål, så ring til os på " + case.cwphone + "."),
        ]}
    if variant == "notat":
        return {"blocks": [
            ("title", "Notat: Krav til mentoraftaler og afgørelser om mentorstøtte"),
            ("meta", [("Til", "Ledergruppen, Beskæftigelse"), ("Fra", f"Juridisk team, {city} Kommune"),
                      ("Dato", dlong(case.letter_date))]),
            ("h", "Baggrund", 2),
            ("p", "Ved intern stikprøvekontrol er der fundet aftaler uden timetal og afgørelser uden klagevejledning. "
                  "Notatet samler reglerne."),
            ("h", "Lovgrundlag", 2), ("quote", [T.LAB167_1, T.LAB167_2], "LAB § 167, stk. 1 og 2"),
            ("quote", [T.BAB52_INTRO] + [f"{n}) {x}" for n, x in enumerate(T.BAB52_ITEMS, 1)], "BAB § 52"),
            ("quote", [T.FVL22, T.FVL25], "Forvaltningsloven §§ 22 og 25"),
            ("h", "Anbefaling", 2),
            ("ul", ["Brug skabelonen med de seks obligatoriske felter.", "Indsæt altid standardklagevejledningen.",
                    "Periode højst 6 måneder; forlængelse kræver en ny konkret vurdering."]),
        ]}
    if variant == "revision":
        return {"blocks": [
            ("title", f"Stikprøvegennemgang af mentoraftaler {case.letter_date.year}"),
            ("p", f"Intern revision, {city} Kommune. Der er gennemgået 40 aftaler om mentorstøtte."),
            ("h", "Kriterier", 2), ("p", "Aftalerne er holdt op mod BAB § 52 og kvalitetsstandardens punkt 1-6:"),
            ("ol", T.SIX_POINTS[1]),
            ("h", "Resultater", 2),
            ("kv", [("Mål mangler eller er uklart", "11 af 40"), ("Mentorens kontaktdata mangler", "4 af 40"),
                    ("Timetal mangler", "7 af 40"), ("Opfølgning mangler", "15 af 40"), ("Klagevejledning mangler", "9 af 40"),
                    ("Periode over 6 måneder", "2 af 40")]),
            ("h", "Eksempel fra stikprøven (anonymiseret)", 2),
            ("quote", [f"Mål: Støtte til at få struktur på hverdagen. Mentor: [anonymiseret]. Periode: "
                       f"{period_text(rng, case.start, case.end)}. Timetal: efter behov."], None),
            ("p", "Eksemplet viser et mål, der beskriver en aktivitet og ikke en tilstand, og et timetal uden tal."),
        ]}
    if variant == "faq":
        return {"blocks": [
            ("title", "Spørgsmål og svar om mentorstøtte"),
            ("h", "Hvor længe kan jeg få en mentor?", 3),
            ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Reglen står i lov om en aktiv beskæftigelsesindsats:"),
            ("quote", [T.LAB167_1], None),
            ("h", "Hvad står der i min aftale?", 3),
            ("p", "Dit mål, din mentors navn og telefonnummer, mentorens opgaver, perioden, timetallet og hvordan I følger op."),
            ("h", "Hvordan klager jeg?", 3),
            ("p", "I brevet med afgørelsen står der, hvordan du klager. Teksten ser typisk sådan ud:"),
            ("quote", case.appeal_own(), None),
            ("h", "Kan jeg skifte mentor?", 3),
            ("p", "Ja, tal med din sagsbehandler om det."),
        ]}
    if variant == "undervisning-md":
        return {"blocks": [
            ("title", "Undervisning for nye rådgivere: Klagevejledning i afgørelser"),
            ("p", "Noter til oplæg, 45 minutter."),
            ("h", "Hvorfor klagevejledning?", 2), ("quote", [T.FVL25], "FVL § 25"),
            ("p", "Fristen løber først, når borgeren har fået en klagevejledning med klageinstans og frist."),
            ("h", "Vores standardtekst", 2), ("quote", case.appeal_own(), None),
            ("h", "Eksempel: et godt afgørelsesbrev", 2),
            ("box", "Eksempel", [("p", f"Kære {f}"),
                                  ("p", f"Vi bevilger dig mentorstøtte i perioden {period_text(rng, case.start, case.end)}, {case.hours()}."),
                                  ("p", " ".join(case.appeal_own()))]),
            ("h", "Øvelse", 2), ("p", "Find de tre fejl i brevet på næste slide."),
        ]}
    if variant == "status":
        return {"blocks": [
            ("title", "Statusrapport fra mentor"),
            ("meta", [("Borger", case.citizen)] + ([("CPR-nr.", case.cpr)] if case.cpr else []) +
             [("Mentor", f"{case.mentor}, {case.org}"), ("Dato", dlong(case.start + dt.timedelta(days=60)))]),
            ("p", "Rapporten sendes til sagsbehandler efter aftalen om mentorstøtte."),
            ("h", "Forløbet indtil nu", 2),
            ("p", f"{f} har mødt stabilt i praktikken i de sidste fire uger og har selv ringet til praktikstedet ved sygdom én gang. "
                  "Vi har haft samtaler hver uge."),
            ("h", "Vurdering", 2), ("p", "Støtten virker efter hensigten. Jeg anbefaler, at forløbet fortsætter som aftalt."),
            ("h", "Lovgrundlag", 3), ("quote", [T.LAB167_1], None),
            ("sig", ["Venlig hilsen", case.mentor, case.org, f"tlf. {case.mphone}"]),
        ]}
    if variant == "faktura":
        return {"blocks": [
            ("title", "Faktura nr. " + str(rng.randint(10000, 99999))),
            ("meta", [("Fra", f"{case.org}, CVR {rng.randint(10000000, 99999999)}"), ("Til", f"{case.authority}, Kreditorbogholderiet"),
                      ("Dato", dlong(case.start + dt.timedelta(days=35)))]),
            ("p", "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, jf. bestilling og aftale."),
            ("kv", [("Borger", case.citizen), ("Periode", f"{MONTHS[case.start.month - 1]} {case.start.year}"),
                    ("Timer", "12 timer à 495,00 kr."), ("I alt", "5.940,00 kr."), ("Moms", "1.485,00 kr."),
                    ("Total", "7.425,00 kr.")]),
            ("p", "Betalingsbetingelser: netto 30 dage. EAN 5798000000000."),
        ]}
    if variant == "referat":
        return {"blocks": [
            ("title", "Referat af teammøde – Job og Helbred"),
            ("meta", [("Dato", dlong(case.letter_date)), ("Til stede", f"{case.cw}, Lone, Preben, Fatma, fagkoordinator")]),
            ("h", "1. Ny tjekliste til mentoraftaler", 2),
            ("p", "Fagkoordinator gennemgik den nye tjekliste. Den bygger på kvalitetsstandarden:"),
            ("check", [(False, p) for p in T.SIX_POINTS[2]]),
            ("p", "Tjeklisten vedlægges fremover alle aftaler. Der var enighed om at bruge standardklagevejledningen."),
            ("h", "2. Eventuelt", 2), ("p", "Næste møde om to uger."),
        ]}
    if variant == "partshoering":
        return {"blocks": [
            ("meta", [("", case.authority), ("Dato", dlong(case.letter_date))]),
            ("title", "Partshøring – påtænkt ophør af mentorstøtte"),
            ("p", f"Kære {f}"),
            ("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til de sidste fire aftaler med {case.mentor}. "
                  "Før vi træffer en afgørelse, vil vi gerne høre, hvad du mener."),
            ("p", f"Du kan sende dine bemærkninger til os senest {dlong(case.letter_date + dt.timedelta(days=14))}."),
            ("box", "Det siger reglerne", [("quote", [T.LAB167_1], "LAB § 167, stk. 1"),
                                           ("p", "Forvaltningsloven § 19: Kan en part ikke antages at være bekendt med, at "
                                                 "myndigheden er i besiddelse af bestemte oplysninger, må der ikke træffes "
                                                 "afgørelse, før parten er gjort bekendt med oplysningerne og har fået lejlighed "
                                                 "til at fremkomme med en udtalelse.")]),
            ("p", "Du får en afgørelse med klagevejledning, når vi har hørt fra dig."),
            ("sig", ["Med venlig hilsen", case.cw, case.authority]),
        ]}
    if variant == "bestilling":
        return {"blocks": [
            ("title", "Bestilling af mentorforløb"),
            ("meta", [("Til", case.org), ("Fra", case.authority), ("Dato", dlong(case.letter_date))]),
            ("p", f"Vi bestiller hermed et mentorforløb til {case.citizen} med opstart {dlong(case.start)}."),
            ("p", "Aftalen om mentorstøtte med mål, opgaver og opfølgning laves ved opstartsmødet."),
            ("box", "Krav til leverandøren", [("p", "Leverandøren skal dokumentere direkte kontakt med borgeren i de timer, der "
                                                    "faktureres. Forberedelse indgår ikke (BAB § 123)."),
                                              ("quote", [T.BAB52_ONELINE], None)]),
            ("sig", ["Venlig hilsen", case.cw]),
        ]}
    if variant == "kvalitetsstandard":
        return {"blocks": [
            ("title", f"Kvalitetsstandard for mentorstøtte – {city} Kommune"),
            ("p", "Godkendt af Beskæftigelsesudvalget."),
            ("h", "Formål", 2), ("ul", T.GRIB_FORMAAL),
            ("h", "Serviceniveauer", 2), ("kv", T.GRIB_NIVEAU),
            ("h", "Opfølgning", 2), ("quote", [T.GRIB_FOLLOW], None),
            ("h", "Aftale om mentorstøtte", 2), ("p", "Aftalen skal indeholde oplysning om:"), ("ol", T.SIX_POINTS[0]),
            ("h", "Lovgrundlag", 2), ("quote", [T.LAB167_1, T.LAB167_2], None),
        ]}
    if variant == "klagevejledning-ark":
        return {"blocks": [
            ("title", "Klagevejledning – standardtekst til breve om mentorstøtte"),
            ("p", "Brevbibliotek, tekstbaustein KV-MENTOR-03. Indsættes i alle afgørelser om mentorstøtte efter LAB § 167."),
            ("quote", case.appeal_own(), None),
            ("h", "Hjemmel", 3), ("quote", [T.FVL25], None),
            ("p", "Versionshistorik: ændret 1. februar 2026 (»jobcentret« er erstattet af »kommunen«)."),
        ]}
    if variant == "mail-eksempel":
        return {"blocks": [
            ("p", "Hej alle"),
            ("p", "Som lovet på teammødet kommer her et eksempel på en god mentoraftale, som I kan bruge til inspiration. "
                  "Navnene er ændret."),
            ("box", "Eksempel – aftale om mentorstøtte", example_agreement_blocks(case, rng)),
            ("p", "Husk at reglerne siger:"), ("quote", [T.BAB52_ONELINE], None),
            ("p", "Hilsen"), ("p", f"{case.cw}, fagkoordinator"),
        ], "subject": "Eksempel på god mentoraftale til inspiration",
            "to": f"Team Job og Helbred <joboghelbred@{slug(city)}.dk>"}
    raise ValueError(variant)


# --------------------------------------------------------------------------- the specs

A, D, M, U = "agreement", "decision", "minplan", "unknown"
# (kind, layout, fmt, defects, appeal_mode / dtype..., options)
AGREEMENTS = [
    ("lovgrundlag-tabel", "docx", set(), "own", {}),
    ("lovgrundlag-tabel", "pdf", set(), "quoted", {}),
    ("lovgrundlag-foerst", "txt", set(), "own", {}),
    ("lovgrundlag-foerst", "md", set(), "box", {}),
    ("tjekliste", "docx", set(), "bilag", {}),
    ("tjekliste", "pdfrl", set(), "own", {}),
    ("fodnoter", "docx", set(), "footnote", {}),
    ("fodnoter", "html", set(), "own", {}),
    ("regelboks", "pdfrl", set(), "box", {}),
    ("regelboks", "html", set(), "quoted", {}),
    ("kvalitetsstandard", "docx", set(), "own", {}),
    ("kvalitetsstandard", "odt", set(), "quoted", {}),
    ("lovgrundlag-tabel", "rtf", set(), "own", {"extension": True}),
    ("lovgrundlag-tabel", "docx", set(), "own", {"udskriv": True}),
    ("fodnoter", "odt", set(), "own", {}),
    ("lovgrundlag-foerst", "eml", set(), "own", {}),
    ("lovgrundlag-tabel", "scan", set(), "own", {}),
    ("lovgrundlag-tabel", "docx", {"hours"}, "own", {}),
    ("lovgrundlag-tabel", "pdf", {"mentor_nocontact"}, "own", {}),
    ("lovgrundlag-tabel", "odt", {"followup"}, "quoted", {}),
    ("lovgrundlag-foerst", "txt", {"goal"}, "own", {}),
    ("lovgrundlag-foerst", "md", {"appeal_fvl"}, "appeal_fvl", {}),
    ("lovgrundlag-foerst", "html", {"tasks"}, "own", {}),
    ("tjekliste", "docx", {"followup"}, "own", {}),
    ("tjekliste", "pdf", {"hours"}, "bilag", {}),
    ("tjekliste", "odt", {"appeal"}, "none", {}),
    ("tjekliste", "txt", {"duration"}, "own", {}),
    ("fodnoter", "docx", {"duration"}, "own", {}),
    ("fodnoter", "docx", {"over6"}, "footnote", {}),
    ("fodnoter", "pdf", {"appeal_star"}, "appeal_star", {}),
    ("fodnoter", "html", {"unclear"}, "own", {}),
    ("regelboks", "pdfrl", {"over6"}, "own", {}),
    ("regelboks", "html", {"hours_vague"}, "box", {}),
    ("regelboks", "docx", {"mentor"}, "own", {}),
    ("kvalitetsstandard", "docx", {"goal"}, "own", {}),
    ("kvalitetsstandard", "pdf", {"tasks"}, "own", {}),
    ("kvalitetsstandard", "pdfrl", {"hours"}, "quoted", {}),
    ("kvalitetsstandard", "odt", {"followup", "unclear"}, "own", {}),
    ("lovgrundlag-tabel", "docx", {"mentor_hint"}, "own", {}),
    ("lovgrundlag-tabel", "html", {"hours_hint", "followup_vague"}, "own", {}),
    ("lovgrundlag-foerst", "rtf", {"appeal_vague"}, "appeal_vague", {}),
    ("lovgrundlag-tabel", "docx", {"goal_hint"}, "own", {}),
    ("regelboks", "docx", {"over6", "appeal_fvl"}, "appeal_fvl", {}),
    ("lovgrundlag-foerst", "eml", {"tasks"}, "own", {}),
    ("tjekliste", "scan", {"hours"}, "own", {}),
    ("lovgrundlag-tabel", "docx", {"duration_len"}, "own", {}),
    ("regelboks", "html", {"duration_limit"}, "own", {}),
    ("lovgrundlag-foerst", "pdfrl", {"hours_law"}, "quoted", {}),
    ("lovgrundlag-tabel", "odt", {"appeal_ref"}, "appeal_ref", {}),
    ("kvalitetsstandard", "txt", {"duration_limit", "unclear"}, "own", {}),
]
DECISIONS = [
    ("regelboks", "docx", "grant", "own", {}),
    ("regelboks", "pdf", "grant", "box", {}),
    ("lovgrundlag", "txt", "refusal", "quoted", {}),
    ("lovgrundlag", "rtf", "partial", "own", {}),
    ("fodnoter", "docx", "grant", "footnote", {}),
    ("fodnoter", "docx", "extension", "box", {}),
    ("regelboks", "html", "end", "own", {}),
    ("lovgrundlag", "odt", "grant", "bilag", {}),
    ("regelboks", "pdfrl", "refusal", "box", {}),
    ("lovgrundlag", "pdfrl", "extension", "quoted", {}),
    ("regelboks", "docx", "grant", "own", {"udskriv": True}),
    ("lovgrundlag", "html", "partial", "wrong", {}),
    ("fodnoter", "pdf", "end", "bilag", {}),
    ("regelboks", "scan", "grant", "own", {}),
    ("regelboks", "docx", "grant", "appeal_fvl", {}),
    ("lovgrundlag", "txt", "grant", "appeal_star", {}),
    ("regelboks", "pdfrl", "refusal", "none", {}),
    ("fodnoter", "docx", "partial", "appeal_fvl", {}),
    ("lovgrundlag", "html", "end", "appeal_vague", {}),
    ("regelboks", "docx", "grant", "own", {"over6": True}),
    ("lovgrundlag", "pdf", "extension", "quoted", {"over6": True}),
    ("fodnoter", "odt", "grant", "appeal_fvl", {"over6": True}),
    ("regelboks", "html", "grant", "none", {}),
    ("lovgrundlag", "md", "refusal", "appeal_star", {}),
    ("regelboks", "pdfrl", "extension", "appeal_vague", {}),
    ("lovgrundlag", "docx", "grant", "box", {"over6": True}),
]
MINPLANS = [
    ("hjaelpetekst", "html", set()), ("lovhenvisning", "pdfrl", set()), ("fodnote", "docx", set()),
    ("lovhenvisning", "txt", set()), ("hjaelpetekst", "docx", set()),
    ("hjaelpetekst", "html", {"hours"}), ("hjaelpetekst", "html", {"mentor_hint"}),
    ("lovhenvisning", "pdfrl", {"duration"}), ("lovhenvisning", "txt", {"over6"}),
    ("fodnote", "docx", {"tasks"}), ("hjaelpetekst", "pdfrl", {"goal"}), ("lovhenvisning", "md", {"unclear"}),
    ("fodnote", "odt", {"mentor_nocontact"}), ("hjaelpetekst", "docx", {"hours_hint"}),
    ("lovhenvisning", "docx", {"duration_limit"}), ("hjaelpetekst", "html", {"hours_law"}), ("fodnote", "pdfrl", set()),
]
UNKNOWNS = [
    ("intranet-vejledning", "html"), ("skabelon-instruks", "docx"), ("e-laering", "html"), ("pjece", "pdfrl"),
    ("notat", "docx"), ("revision", "pdf"), ("faq", "html"), ("undervisning-md", "md"), ("status", "docx"),
    ("faktura", "pdfrl"), ("referat", "odt"), ("partshoering", "docx"), ("bestilling", "pdfrl"),
    ("kvalitetsstandard", "pdf"), ("klagevejledning-ark", "txt"), ("mail-eksempel", "eml"),
    ("skabelon-instruks", "odt"), ("intranet-vejledning", "pdfrl"),
]

EXT = {"docx": "docx", "pdf": "pdf", "pdfrl": "pdf", "odt": "odt", "rtf": "rtf", "html": "html", "txt": "txt",
       "md": "md", "eml": "eml", "scan": "pdf"}


def slug(name):
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "_"), ("-", "_")):
        s = s.replace(a, b)
    return s


def write_eml(doc, path: Path, case: Case, subject=None):
    msg = email.message.EmailMessage()
    msg["From"] = f"{case.cw} <{slug(case.cw).split('_')[0]}@{slug(case.city)}.dk>"
    msg["To"] = doc.get("to") or f"{case.mentor} <{case.mmail}>"
    msg["Subject"] = subject or next((b[1] for b in doc["blocks"] if b[0] == "title"), "Aftale")
    msg["Date"] = email.utils.format_datetime(dt.datetime.combine(case.letter_date, dt.time(10, 12),
                                                                  tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{zlib.crc32((subject or case.citizen).encode())}.{case.sagsnr}@{slug(case.city)}.dk>"
    body = R.to_txt(doc)
    if doc.get("cover"):
        body = doc["cover"] + "\n\n" + body
    msg.set_content(body)
    path.write_bytes(bytes(msg))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1713)
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="fl_"))
    entries = []
    convert = []  # (src docx, target ext, final path, scan?)
    idx = 0

    def emit(doc, fmt, rel, case, entry):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            R.to_docx(doc, path)
        elif fmt == "pdfrl":
            R.to_pdf_rl(doc, path)
        elif fmt in ("pdf", "odt", "rtf", "scan"):
            src = tmp / (path.stem + f"_{len(convert)}.docx")
            R.to_docx(doc, src)
            convert.append((src, "pdf" if fmt == "scan" else fmt, path, fmt == "scan"))
        elif fmt == "html":
            path.write_text(R.to_html(doc), encoding="utf-8")
        elif fmt == "txt":
            path.write_text(R.to_txt(doc), encoding="utf-8")
        elif fmt == "md":
            path.write_text(R.to_md(doc), encoding="utf-8")
        elif fmt == "eml":
            write_eml(doc, path, case, doc.get("subject"))
        entry["path"] = rel
        entry["format"] = EXT[fmt]
        entry.setdefault("extras", [])
        entry.setdefault("error", None)
        entry.setdefault("accept_errors", [])
        if case.cpr:
            entry["must_not_contain"] = [case.cpr, case.cpr.replace("-", "")]
            entry["traits"].append("cpr")
        else:
            entry["must_not_contain"] = []
        entry["traits"].append(f"fmt:{fmt}")
        entries.append(entry)

    # agreements
    for n, (layout, fmt, defects, amode, opt) in enumerate(AGREEMENTS):
        idx += 1
        case = Case(rng, idx, over6="over6" in defects, udskriv=opt.get("udskriv", False),
                    months=6 if opt.get("extension") or "duration_len" in defects else None)
        if idx % 4 == 1:
            case.give_cpr()
        doc, per = agreement(case, rng, layout, set(defects), amode, extension=opt.get("extension", False),
                             udskriv=opt.get("udskriv", False))
        rules = labels_for(A, defects)
        extras = ["appeal-wrong-route"] if amode == "wrong" else []
        traits = [f"layout:{layout}", f"appeal:{amode}"] + \
                 [(f"defect:{d}" if d in DEFECT_RULE else f"variant:{d}") for d in sorted(defects)] + \
                 [k for k in opt if opt[k]]
        rel = f"aftaler/{case.start.year}/{rng.choice(['aftale', 'mentoraftale', 'aftale_mentorstoette'])}_{slug(case.citizen)}_{n:02d}.{EXT[fmt]}"
        if fmt == "eml":
            doc["cover"] = (f"Hej {case.mfirst}\n\nHer er aftalen om mentorstøtte for {case.first}, som vi lavede på mødet i dag. "
                            f"{case.first} har fået den i e-Boks.\n\nVenlig hilsen\n{case.cw}\n")
        e = {"kind": A, "subtype": "extension" if opt.get("extension") else "agreement", "layout": layout,
             "rules": rules, "extras": extras, "traits": traits,
             "period": {"start": case.start.isoformat(), "end": case.end.isoformat()} if per else None}
        emit(doc, fmt, rel, case, e)

    # decisions
    for n, (layout, fmt, dtype, amode, opt) in enumerate(DECISIONS):
        idx += 1
        case = Case(rng, idx, over6=opt.get("over6", False), udskriv=opt.get("udskriv", False),
                    months=6 if dtype == "extension" and not opt.get("over6") else None)
        if idx % 4 == 1:
            case.give_cpr()
        doc, per = decision(case, rng, layout, dtype, amode, udskriv=opt.get("udskriv", False))
        defects = set()
        if amode in ("none", "appeal_fvl", "appeal_star", "appeal_vague"):
            defects.add("appeal")
        if opt.get("over6") and per:
            defects.add("over6")
        rules = labels_for(D, defects)
        extras = ["appeal-wrong-route"] if amode == "wrong" else []
        traits = [f"layout:{layout}", f"appeal:{amode}", f"type:{dtype}"] + [k for k in opt if opt[k]]
        rel = f"afgoerelser/{case.letter_date.year}/{dtype}_{slug(case.citizen)}_{n:02d}.{EXT[fmt]}"
        e = {"kind": D, "subtype": dtype, "layout": f"brev-{layout}", "rules": rules, "extras": extras,
             "traits": traits,
             "period": {"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None}
        emit(doc, fmt, rel, case, e)

    # Min Plan
    for n, (layout, fmt, defects) in enumerate(MINPLANS):
        idx += 1
        case = Case(rng, idx, over6="over6" in defects)
        if idx % 4 == 1:
            case.give_cpr()
        doc, per = minplan(case, rng, layout, set(defects))
        rules = labels_for(M, defects)
        traits = [f"layout:{layout}"] + [f"defect:{d}" for d in sorted(defects)]
        rel = f"minplan/min_plan_{slug(case.citizen)}_{n:02d}.{EXT[fmt]}"
        e = {"kind": M, "subtype": "minplan", "layout": f"minplan-{layout}", "rules": rules, "traits": traits,
             "period": {"start": case.start.isoformat(), "end": case.end.isoformat()} if per else None}
        emit(doc, fmt, rel, case, e)

    # none of the kinds
    for n, (variant, fmt) in enumerate(UNKNOWNS):
        idx += 1
        case = Case(rng, idx)
        if variant == "status" or (idx % 9 == 0 and variant in ("faktura",)):
            case.give_cpr()
        doc = unknown_doc(case, rng, variant)
        rel = f"diverse/{variant}_{n:02d}.{EXT[fmt]}"
        e = {"kind": U, "subtype": variant, "layout": variant, "rules": [], "traits": ["none-of-the-kinds"],
             "period": None}
        emit(doc, fmt, rel, case, e)

    # LibreOffice conversions, one batch per target format
    prof = "file:///tmp/lo_fl_profile"
    for ext in sorted({c[1] for c in convert}):
        batch = [c for c in convert if c[1] == ext]
        odir = tmp / f"out_{ext}"
        odir.mkdir()
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", ext,
                        "--outdir", str(odir)] + [str(c[0]) for c in batch],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, _, final, scan in batch:
            produced = odir / (src.stem + "." + ext)
            if scan:
                make_scan(produced, final, rng)
            else:
                shutil.move(str(produced), final)
    write_manifest(out, entries)
    shutil.rmtree(tmp, ignore_errors=True)
    kinds = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(entries)} documents in {out}: {kinds}")


def make_scan(pdf: Path, final: Path, rng):
    from PIL import Image, ImageFilter
    d = Path(tempfile.mkdtemp(prefix="flscan_"))
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(d / "p")], check=True)
    pages = []
    for png in sorted(d.glob("p*.png")):
        im = Image.open(png).convert("L")
        im = im.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        pages.append(im)
    pages[0].save(final, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])
    shutil.rmtree(d, ignore_errors=True)


def write_manifest(root: Path, entries):
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
