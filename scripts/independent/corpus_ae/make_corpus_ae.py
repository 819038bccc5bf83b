"""Corpus AE: an independent labelled corpus centred on decision letters (afgørelser).

Written only from /work/shared/domain.md, the seeds, `mentordocs rules` output and the
manifest format (tools/corpusgen/.../manifest.py). Deterministic (seed 107).

Usage: python make_corpus_ae.py OUTDIR
"""
from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx

SEED = 107
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
NUMWORD = {3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni", 10: "ti", 12: "tolv"}
KOMMUNER = ["Vejle", "Horsens", "Randers", "Viborg", "Kolding", "Silkeborg", "Herning", "Næstved",
            "Slagelse", "Roskilde", "Holbæk", "Svendborg", "Hjørring", "Frederikshavn",
            "Guldborgsund", "Sønderborg", "Skive", "Thisted"]
CITIZENS = ["Anna Mikkelsen", "Ahmed Hassan", "Jonas Kristiansen", "Sara Lund", "Mette Holm",
            "Kasper Nielsen", "Fatima Ali", "Line Bech", "Mads Thomsen", "Camilla Dahl",
            "Peter Iversen", "Nadia Poulsen", "Rasmus Friis", "Louise Kjær", "Emil Vestergaard"]
MENTORS = [("Lars Østergaard", "23 45 67 89", "lars@jobhuset.dk"),
           ("Birgitte Skov", "40 11 22 33", "bsk@mentorhuset.dk"),
           ("Hanne Juhl", "51 23 98 76", "haju@kommune-mentor.dk"),
           ("Søren Bak", "28 76 54 32", "sb@vejen-videre.dk"),
           ("Tina Lassen", "61 44 55 66", "tl@mentorcenter.dk"),
           ("Ole Winther", "22 33 44 55", "ow@jobogmentor.dk")]
WORKERS = ["Karen Sørensen", "Jens Møller", "Pia Andersen", "Michael Krogh", "Helle Bruun"]
CLEAR_GOALS = [
    "{f} starter på SOSU-hjælperuddannelsen 1. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni 2026 med henblik på løntilskud.",
    "{f} gennemfører grundforløb 1 på EUC og har højst 5 fraværsdage i perioden.",
    "{f} har et fleksjob på 12 timer om ugen hos en lokal virksomhed senest 1. oktober 2026.",
    "{f} møder stabilt i praktik på lageret hos Bilka 20 timer om ugen og overgår til løntilskud.",
]
UNCLEAR_GOALS = ["Støtte til at komme videre og øget trivsel.",
                 "Hjælp til struktur i hverdagen og bedre selvværd.",
                 "At {f} kommer tættere på arbejdsmarkedet."]
TASKS = ["Mentoren følger {f} til praktikstedet de første to uger og holder en ugentlig samtale om fremmøde og transport.",
         "Mentoren hjælper {f} med at planlægge ugen, ringe til skolen ved fravær og forberede samtaler med underviseren.",
         "Mentoren støtter {f} i at komme op om morgenen, tager med til de første møder på arbejdspladsen og hjælper med at løse konflikter."]
FOLLOWUPS = ["Statusmøde med mentor og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra maj. Evaluering 14 dage før støtteperioden ophører.",
             "Vi følger op hver 3. måned og altid 14 dage før perioden slutter. Progression måles på antal mødedage pr. uge.",
             "Midtvejsevaluering sammen med {f} og mentor. Mål for progression: færre end to fraværsdage pr. måned."]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {k} Kommune inden 4 uger fra den dag, du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Vi vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsens Beskæftigelsesudvalg, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Er du uenig? Så skriv eller ring til jobcentret i {k} inden 4 uger efter, at du har fået brevet. Vi ser på sagen igen. Hvis vi ikke ændrer afgørelsen, sender vi din klage til Ankestyrelsen.",
    "Klagefrist: 4 uger fra modtagelsen. Klagen sendes til Jobcenter {k}, som genvurderer afgørelsen og eventuelt sender den videre til Ankestyrelsen.",
]
APPEAL_NO_DEADLINE = [
    "Hvis du er uenig i afgørelsen, kan du klage til kommunen. Kommunen ser på sagen igen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
    "Du kan klage til Jobcenter {k}. Klagen kan være skriftlig eller mundtlig.",
]
APPEAL_NO_BODY = ["Du kan klage over afgørelsen inden 4 uger efter, at du har modtaget den.",
                  "Klagefristen er fire uger."]
APPEAL_EMPTY = ["Du kan klage over den.", "Du har mulighed for at klage."]


def d_words(d: dt.date, abbrev=False) -> str:
    m = MONTHS[d.month - 1]
    if abbrev:
        m = m[:3] + "." if len(m) > 4 else m
    return f"{d.day}. {m} {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return dt.date(y, m + 1, day)


def period_end(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_period(rng: random.Random, start: dt.date, months: int, allow_length_only=True):
    """Return (text, style, has_end)."""
    end = period_end(start, months)
    styles = ["words", "num", "slash", "fomtom", "startlen", "startlen_words", "pr"]
    st = rng.choice(styles)
    if st == "words":
        t = f"{d_words(start)} – {d_words(end)}"
    elif st == "num":
        t = f"{start:%d.%m.%Y}-{end:%d.%m.%Y}"
    elif st == "slash":
        t = f"{start.day}/{start.month}-{start.year} til {end.day}/{end.month}-{end.year}"
    elif st == "fomtom":
        t = f"f.o.m. {d_words(start)} t.o.m. {d_words(end)}"
    elif st == "startlen":
        t = f"fra {d_words(start)} og {months} måneder frem"
    elif st == "startlen_words":
        t = f"i {NUMWORD[months]} måneder fra den {d_words(start)}"
    else:
        t = f"pr. {d_words(start)} i {months} mdr."
    if st in ("startlen_words", "pr") and months in (6, 12) and rng.random() < 0.5:
        st = "words_year"
        t = f"i {'et halvt år' if months == 6 else 'et år'} fra {d_words(start)}"
    return t, st


def in_period(t: str) -> str:
    """Phrase a period so it reads in a sentence ('i perioden 1. marts ...')."""
    return t if t.startswith(("i ", "fra ", "pr. ", "f.o.m.")) else f"i perioden {t}"


class Doc:
    def __init__(self, title):
        self.title = title
        self.blocks = []  # (kind, payload)

    def h(self, t):
        self.blocks.append(("h", t)); return self

    def p(self, t):
        self.blocks.append(("p", t)); return self

    def table(self, rows):
        self.blocks.append(("t", rows)); return self

    def text(self) -> str:
        out = []
        for k, v in self.blocks:
            if k == "h":
                out += ["", v.upper() if len(v) < 30 else v, ""]
            elif k == "p":
                out.append(v)
            else:
                out += [f"{a}: {b}" for a, b in v]
        return "\n".join(out).strip() + "\n"

    def html(self) -> str:
        parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(self.title)}</title></head><body>"]
        for k, v in self.blocks:
            if k == "h":
                parts.append(f"<h2>{html.escape(v)}</h2>")
            elif k == "p":
                parts.append("<p>" + html.escape(v).replace("\n", "<br>") + "</p>")
            else:
                parts.append("<table border=\"1\">" + "".join(
                    f"<tr><th>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in v) + "</table>")
        parts.append("</body></html>")
        return "\n".join(parts)

    def docx(self, path: Path):
        d = docx.Document()
        for k, v in self.blocks:
            if k == "h":
                d.add_heading(v, level=2)
            elif k == "p":
                d.add_paragraph(v)
            else:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, b in v:
                    r = t.add_row().cells
                    r[0].text, r[1].text = a, b
        d.core_properties.author = "Jobcenter"
        d.core_properties.created = dt.datetime(2026, 1, 1)
        d.save(str(path))


class Gen:
    def __init__(self, out: Path):
        self.out = out
        self.rng = random.Random(SEED)
        self.entries = []
        self.pdf_jobs = []  # (docx tmp path, final pdf path)
        self.n = 0
        self.fmt_cycle = []

    def fmt(self):
        if not self.fmt_cycle:
            self.fmt_cycle = ["docx", "pdf", "txt", "html", "eml"] * 2
            self.rng.shuffle(self.fmt_cycle)
        return self.fmt_cycle.pop()

    def cpr(self):
        d = dt.date(1965, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 13000))
        return f"{d:%d%m%y}-{self.rng.randrange(1000, 9999)}"

    def emit(self, doc: Doc, *, kommune, slug, kind, subtype, layout, rules, traits,
             period=None, cprs=(), extras=(), fmt=None, sender=None):
        self.n += 1
        fmt = fmt or self.fmt()
        rel = Path(kommune.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")) / "2026" / f"{self.n:03d}-{slug}.{fmt}"
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            path.write_text(doc.text(), encoding="utf-8")
        elif fmt == "html":
            path.write_text(doc.html(), encoding="utf-8")
        elif fmt == "docx":
            doc.docx(path)
        elif fmt == "pdf":
            tmp = self.tmpdir / f"{self.n:03d}-{slug}.docx"
            doc.docx(tmp)
            self.pdf_jobs.append((tmp, path))
        elif fmt == "eml":
            m = EmailMessage()
            m["From"] = sender or f"Jobcenter {kommune} <jobcenter@{rel.parts[0]}.dk>"
            m["To"] = "borger@example.dk"
            m["Subject"] = doc.title
            m["Date"] = format_datetime(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc))
            m["Message-ID"] = f"<ae-{self.n:03d}@corpus-ae.invalid>"
            if self.rng.random() < 0.5:
                m.set_content(doc.text())
            else:
                m.set_content(doc.text())
                m.add_alternative(doc.html(), subtype="html")
            path.write_bytes(bytes(m))
        mnc = []
        for c in cprs:
            mnc += [c, c.replace("-", "")]
        e = {"path": rel.as_posix(), "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": sorted(set(traits) | ({"cpr"} if cprs else set()))}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    # ------------------------------------------------------------------ helpers
    def start_date(self):
        return dt.date(2026, self.rng.randrange(1, 10), self.rng.choice([1, 1, 1, 15]))

    def header(self, doc, k, citizen, cpr, style):
        w = self.rng.choice(WORKERS)
        letter_date = d_words(dt.date(2025, 12, self.rng.randrange(1, 28)) if self.rng.random() < 0.3
                              else dt.date(2026, 1, self.rng.randrange(2, 28)))
        if style == "formal":
            doc.p(f"{k} Kommune\nJobcenter {k}\nRådhustorvet 1\n\n{citizen}\n{'CPR-nr.: ' + cpr if cpr else ''}".rstrip())
            doc.p(f"Dato: {letter_date}\nSagsbehandler: {w}\nJ.nr. 15.20.00-G01-{self.rng.randrange(100, 999)}-26")
        elif style == "plain":
            doc.p(f"Kære {citizen.split()[0]}" + (f" (cpr {cpr})" if cpr else ""))
        else:
            doc.p(f"Fra: {k} Kommune, Beskæftigelse\nDato: {letter_date}" + (f"\nVedr.: {citizen}, {cpr}" if cpr else ""))
        return w

    def appeal(self, doc, kind, k, heading=True):
        """kind: full | nodeadline | nobody | empty | none. Returns rules triggered."""
        if kind == "none":
            return []
        pool = {"full": APPEAL_FULL, "nodeadline": APPEAL_NO_DEADLINE, "nobody": APPEAL_NO_BODY,
                "empty": APPEAL_EMPTY}[kind]
        if heading:
            doc.h(self.rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
            doc.p(self.rng.choice(pool).format(k=k))
        else:
            doc.p(self.rng.choice(pool).format(k=k))
        return [] if kind == "full" else ["missing-appeal-guidance"]

    def pick_defects(self, allow_over=True):
        r = self.rng.random()
        if r < 0.42:
            return "full", False
        opts = ["none", "nodeadline", "nobody", "empty"]
        if allow_over:
            opts += ["over", "over", "over", "over+"]
        c = self.rng.choice(opts)
        if c == "over":
            return "full", True
        if c == "over+":
            return self.rng.choice(["none", "nodeadline", "nobody"]), True
        return c, False

    # ------------------------------------------------------------------ decisions
    def decision(self, subtype, style):
        rng = self.rng
        k = rng.choice(KOMMUNER)
        citizen = rng.choice(CITIZENS)
        f = citizen.split()[0]
        cpr = self.cpr() if rng.random() < 0.3 else None
        allow_over = subtype in ("grant", "partial", "extension", "attached")
        appeal_kind, over = self.pick_defects(allow_over)
        months = rng.choice([7, 8, 9, 10, 12]) if over else rng.choice([3, 4, 5, 6, 6])
        start = self.start_date()
        end = period_end(start, months)
        ptxt, pst = fmt_period(rng, start, months)
        ptxt = in_period(ptxt)
        mentor = rng.choice(MENTORS)
        hours = rng.choice([2, 3, 4, 5])
        traits = [f"style:{style}", f"appeal:{appeal_kind}"]
        rules = []
        period = None
        titles = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om delvis bevilling af mentorstøtte",
                  "refusal": "Afgørelse: Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
                  "termination": "Afgørelse om ophør af mentorstøtte", "attached": "Bevilling af mentorstøtte"}
        title = titles[subtype]
        if style == "plain":
            title = {"grant": "Du får en mentor", "partial": "Du får en mentor – men ikke alt, du søgte om",
                     "refusal": "Du får ikke en mentor", "extension": "Du får en mentor i en periode mere",
                     "termination": "Din mentorstøtte stopper", "attached": "Du får en mentor"}[subtype]
        doc = Doc(title)
        self.header(doc, k, citizen, cpr, style)
        if style == "formal":
            doc.h("Afgørelse")
        elif style == "eboks":
            doc.p(title.upper())
        else:
            doc.h(title)
        if subtype in ("grant", "attached"):
            if style == "plain":
                doc.p(f"Du får en mentor {ptxt}. Din mentor hedder {mentor[0]} og kan hjælpe dig {hours} timer om ugen.")
            elif style == "eboks":
                doc.p(f"Du er bevilget mentorstøtte efter LAB § 167 {ptxt}, {hours} timer pr. uge. Mentor: {mentor[0]}, tlf. {mentor[1]}.")
            else:
                doc.p(f"{k} Kommune har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. "
                      f"Støtten er bevilget {ptxt} med {hours} timer pr. uge.")
            period = (start, end)
            if over:
                rules.append("duration-over-6-months")
            if style == "formal":
                doc.h("Begrundelse")
                doc.p(f"Du har søgt om mentorstøtte, og du får fuldt ud medhold. Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik.")
        elif subtype == "partial":
            asked = rng.choice([12, 12, 9])
            asked_hours = hours + rng.choice([2, 3])
            if over or rng.random() < 0.5:
                doc.p(f"Du har søgt om mentorstøtte {asked_hours} timer om ugen. Du får bevilget mentorstøtte {ptxt} med {hours} timer om ugen.")
                traits.append("partial:hours")
            else:
                doc.p(f"Vi har behandlet din ansøgning om mentorstøtte i {asked} måneder. "
                      f"Du får bevilget mentorstøtte {ptxt}, {hours} timer pr. uge.")
                traits.append("partial:duration")
            doc.h("Begrundelse")
            doc.p("Efter LAB § 167, stk. 1, kan mentorstøtte gives i en periode ad gangen efter en konkret vurdering. "
                  "Vi har lagt vægt på, at din praktik er planlagt, og at der følges op undervejs.")
            period = (start, end)
            if over:
                rules.append("duration-over-6-months")
        elif subtype == "extension":
            prev_start = add_months(start, -6)
            prev_end = start - dt.timedelta(days=1)
            doc.p(f"Du har tidligere fået mentorstøtte i perioden {d_words(prev_start)} – {d_words(prev_end)}. "
                  f"Efter en konkret vurdering forlænger vi mentorstøtten {ptxt}, {hours} timer om ugen. "
                  f"Din mentor er fortsat {mentor[0]}.")
            doc.h("Begrundelse")
            doc.p("Du er kommet godt i gang i praktikken, men har stadig brug for støtte til fremmøde. "
                  "Der er lagt vægt på mentorens status fra sidste opfølgning.")
            period = (start, end)
            traits.append("earlier-period")
            if over:
                rules.append("duration-over-6-months")
        elif subtype == "refusal":
            doc.p(f"Du har søgt om mentorstøtte. Vi har besluttet at give dig afslag.")
            doc.h("Begrundelse")
            doc.p("Efter LAB § 167 kan der gives mentorstøtte, når det er nødvendigt for, at du kan opnå eller fastholde "
                  "beskæftigelse eller uddannelse. Vi vurderer, at den støtte, du allerede får gennem skolens SPS-ordning, dækker dit behov.")
        elif subtype == "termination":
            stop = dt.date(2026, rng.randrange(2, 8), 1) - dt.timedelta(days=1)
            doc.p(f"Din mentorstøtte ophører den {d_words(stop)}.")
            doc.h("Begrundelse")
            doc.p("Du er startet i ordinært job og har ikke længere brug for mentorstøtte. Vi har lagt vægt på din arbejdsgivers oplysninger om stabilt fremmøde.")
        rules += self.appeal(doc, appeal_kind, k, heading=(style != "eboks" or rng.random() < 0.5))
        if subtype == "attached":
            doc.h("Bilag: Mentoraftale")
            doc.table([("Målet med mentorstøtten", rng.choice(CLEAR_GOALS).format(f=f)),
                       ("Mentor", f"{mentor[0]}, tlf. {mentor[1]}, {mentor[2]}"),
                       ("Mentorens opgaver", rng.choice(TASKS).format(f=f)),
                       ("Periode", f"{d_words(start)} – {d_words(end)}"),
                       ("Timetal", f"{hours} timer pr. uge"),
                       ("Opfølgning", rng.choice(FOLLOWUPS).format(f=f))])
            traits.append("agreement-attached")
            if "missing-appeal-guidance" not in rules and appeal_kind == "full":
                pass
        doc.p(f"Med venlig hilsen\nJobcenter {k}")
        layout = {"formal": "letter-headings", "plain": "letter-plain", "eboks": "eboks-short"}[style]
        if subtype == "attached":
            layout = "letter+table"
        self.emit(doc, kommune=k, slug=f"afgoerelse-{subtype}", kind="decision", subtype=subtype,
                  layout=layout, rules=rules, traits=traits + [f"period:{'over' if over else 'ok'}",
                                                               f"pstyle:{pst}" if period else "pstyle:none"],
                  period=period, cprs=[cpr] if cpr else [])

    # ------------------------------------------------------------------ min plan
    def minplan(self, defect):
        rng = self.rng
        k = rng.choice(KOMMUNER); citizen = rng.choice(CITIZENS); f = citizen.split()[0]
        mentor = rng.choice(MENTORS)
        months = rng.choice([8, 9, 12]) if defect == "over" else rng.choice([3, 4, 6])
        start = self.start_date(); end = period_end(start, months)
        ptxt, pst = fmt_period(rng, start, months)
        goal = rng.choice(CLEAR_GOALS).format(f=f)
        rules = []
        fields = {"Mål": goal, "Mentor": f"{mentor[0]}, tlf. {mentor[1]}, {mentor[2]}",
                  "Opgaver": rng.choice(TASKS).format(f=f), "Periode": ptxt[0].upper() + ptxt[1:],
                  "Timer": f"{rng.choice([2, 3, 4])} timer pr. uge"}
        period = (start, end)
        if defect == "hours":
            fields["Timer"] = "Efter behov"; rules.append("missing-hours")
        elif defect == "mentor":
            fields["Mentor"] = mentor[0]; rules.append("missing-mentor")
        elif defect == "tasks":
            fields["Opgaver"] = "Udfyldes senere"; rules.append("missing-tasks")
        elif defect == "goal":
            fields["Mål"] = "Udfyldes senere"; rules.append("missing-goal")
        elif defect == "unclear":
            fields["Mål"] = rng.choice(UNCLEAR_GOALS).format(f=f); rules.append("unclear-goal")
        elif defect == "duration":
            fields["Periode"] = "Indtil videre"; rules.append("missing-duration"); period = None
        elif defect == "over":
            rules.append("duration-over-6-months")
        cpr = self.cpr() if rng.random() < 0.3 else None
        doc = Doc("Min Plan – Mentorstøtte")
        doc.p(f"Min Plan for {citizen}" + (f" ({cpr})" if cpr else ""))
        doc.h("Indsats: Mentorstøtte (LAB § 167)")
        layout = rng.choice(["table", "labels"])
        labels = {"Mål": "Målet med mentorstøtten", "Mentor": "Mentorens navn og kontaktdata",
                  "Opgaver": "Hvilke opgaver mentoren skal bistå ved", "Periode": "Varighed", "Timer": "Timetal"}
        if layout == "table":
            doc.table([(labels[a], b) for a, b in fields.items()])
        else:
            for a, b in fields.items():
                doc.p(f"{a}: {b}")
        doc.p(f"Oprettet af jobcenter {k}, {d_words(dt.date(2026, 1, rng.randrange(2, 28)))}.")
        self.emit(doc, kommune=k, slug="min-plan-mentor", kind="minplan", subtype="minplan", layout=layout,
                  rules=rules, traits=[f"defect:{defect}", f"pstyle:{pst}"], period=period,
                  cprs=[cpr] if cpr else [])

    # ------------------------------------------------------------------ agreements
    def agreement(self, defect):
        rng = self.rng
        k = rng.choice(KOMMUNER); citizen = rng.choice(CITIZENS); f = citizen.split()[0]
        mentor = rng.choice(MENTORS)
        months = rng.choice([9, 12]) if defect == "over" else rng.choice([3, 6])
        start = self.start_date(); end = period_end(start, months)
        ptxt, pst = fmt_period(rng, start, months)
        rows = [("Målet med mentorstøtten", rng.choice(CLEAR_GOALS).format(f=f)),
                ("Mentor", f"{mentor[0]}, tlf. {mentor[1]}, {mentor[2]}"),
                ("Mentorens opgaver", rng.choice(TASKS).format(f=f)),
                ("Varighed", ptxt[0].upper() + ptxt[1:]),
                ("Timetal", f"{rng.choice([2, 3, 4])} timer pr. uge"),
                ("Opfølgning", rng.choice(FOLLOWUPS).format(f=f))]
        rules = []
        if defect == "followup":
            rows[5] = ("Opfølgning", "–"); rules.append("missing-follow-up")
        elif defect == "hours":
            rows[4] = ("Timetal", "Et par timer om ugen"); rules.append("missing-hours")
        elif defect == "unclear":
            rows[0] = ("Målet med mentorstøtten", rng.choice(UNCLEAR_GOALS).format(f=f)); rules.append("unclear-goal")
        elif defect == "mentor":
            rows[1] = ("Mentor", mentor[0]); rules.append("missing-mentor")
        elif defect == "over":
            rules.append("duration-over-6-months")
        cpr = self.cpr() if rng.random() < 0.3 else None
        doc = Doc("Mentoraftale")
        doc.p(f"Aftale om mentorstøtte mellem {citizen}" + (f", CPR {cpr}," if cpr else "") +
              f" mentor {mentor[0]} og Jobcenter {k}.")
        layout = rng.choice(["table", "headings"])
        if layout == "table":
            doc.table(rows)
        else:
            for a, b in rows:
                doc.h(a); doc.p(b)
        rules += self.appeal(doc, "nodeadline" if defect == "appeal" else "full", k)
        doc.p("Underskrift borger: ______________   Underskrift mentor: ______________")
        self.emit(doc, kommune=k, slug="mentoraftale", kind="agreement", subtype="agreement", layout=layout,
                  rules=rules, traits=[f"defect:{defect}", f"pstyle:{pst}"], period=(start, end),
                  cprs=[cpr] if cpr else [])

    # ------------------------------------------------------------------ look-alikes
    def lookalike(self, what):
        rng = self.rng
        k = rng.choice(KOMMUNER); citizen = rng.choice(CITIZENS); f = citizen.split()[0]
        mentor = rng.choice(MENTORS)
        cpr = self.cpr() if rng.random() < 0.3 else None
        sender = None
        if what == "befordring":
            doc = Doc("Afgørelse om befordringsgodtgørelse")
            self.header(doc, k, citizen, cpr, "formal")
            doc.h("Afgørelse")
            doc.p(f"Du får befordringsgodtgørelse efter LAB § 82 til kørsel til din praktik i perioden "
                  f"1. januar 2026 – 31. december 2026. Godtgørelsen dækker også kørsel til møder med din mentor, {mentor[0]}.")
            doc.h("Begrundelse")
            doc.p("Din afstand til praktikstedet er over 12 km, og du deltager i et tilbud efter kapitel 11.")
            self.appeal(doc, "full", k)
        elif what == "appeal":
            doc = Doc("Klage over afgørelse om mentorstøtte")
            sender = f"{citizen} <{f.lower()}@example.dk>"
            doc.p(f"Til Jobcenter {k}\n\nJeg vil klage over jeres afgørelse om mentorstøtte.")
            doc.p("Jeg søgte om mentor i 12 måneder, men fik kun 3 måneder. Jeg har brug for min mentor "
                  f"{mentor[0]} længere, fordi jeg først starter på uddannelsen efter sommerferien.")
            doc.p("Jeg beder jer se på sagen igen og ellers sende min klage til Ankestyrelsen.")
            doc.p(f"Venlig hilsen\n{citizen}" + (f"\nCPR: {cpr}" if cpr else ""))
        elif what == "hearing":
            doc = Doc("Partshøring – vi overvejer at stoppe din mentorstøtte")
            self.header(doc, k, citizen, cpr, rng.choice(["formal", "plain"]))
            doc.h("Partshøring")
            doc.p("Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de aftalte møder med din mentor. "
                  "Vi har endnu ikke truffet en afgørelse.")
            doc.p("Før vi træffer afgørelse, har du ret til at komme med dine bemærkninger, jf. forvaltningslovens § 19. "
                  "Send dine bemærkninger til os inden 14 dage. Hører vi ikke fra dig, træffer vi afgørelse ud fra de oplysninger, vi har.")
        elif what == "invitation":
            doc = Doc("Indkaldelse til opfølgningssamtale om mentorstøtte")
            self.header(doc, k, citizen, cpr, rng.choice(["plain", "eboks"]))
            doc.h("Indkaldelse til samtale")
            doc.p(f"Du er indkaldt til en opfølgningssamtale om din mentorstøtte tirsdag den {rng.randrange(2, 27)}. februar 2026 kl. 10.00 "
                  f"i Jobcenter {k}. Din mentor {mentor[0]} deltager også.")
            doc.p("Vi skal tale om, hvordan det går i praktikken, og om du har brug for støtte fremover. "
                  "Hvis du ikke kan komme, så ring til os.")
        else:  # leaflet
            doc = Doc("Sådan fungerer mentorstøtte")
            doc.h(f"Mentorstøtte i {k} Kommune")
            doc.p("En mentor kan hjælpe dig med at komme i job eller uddannelse. Når du får en mentor, laver vi en aftale, "
                  "der indeholder målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal "
                  "hjælpe med, varigheden (højst 6 måneder ad gangen), timetallet og hvordan vi følger op.")
            doc.p("Du får altid en klagevejledning sammen med afgørelsen. Klagefristen er 4 uger, og du klager til kommunen.")
            cpr = None
        fmt = "eml" if what == "appeal" and rng.random() < 0.7 else None
        self.emit(doc, kommune=k, slug=f"andet-{what}", kind="unknown", subtype=what,
                  layout="email" if fmt == "eml" else ("leaflet" if what == "leaflet" else "letter"),
                  rules=[], traits=[f"lookalike:{what}"], cprs=[cpr] if cpr else [], sender=sender, fmt=fmt)

    # ------------------------------------------------------------------ all
    def run(self):
        self.tmpdir = Path(tempfile.mkdtemp(prefix="ae_pdf_"))
        plan = []
        for sub, styles, n in [("grant", ["formal", "plain", "eboks"], 18), ("partial", ["formal", "plain"], 10),
                               ("refusal", ["formal", "plain", "eboks"], 8), ("extension", ["formal", "plain", "eboks"], 10),
                               ("termination", ["formal", "eboks"], 6), ("attached", ["formal", "plain"], 8)]:
            for i in range(n):
                plan.append(("d", sub, styles[i % len(styles)]))
        for d in ["none"] * 6 + ["hours", "mentor", "tasks", "goal", "unclear", "duration", "over", "over", "unclear"]:
            plan.append(("m", d))
        for d in ["none"] * 4 + ["followup", "hours", "unclear", "mentor", "over", "appeal"]:
            plan.append(("a", d))
        for w in ["befordring"] * 3 + ["appeal"] * 3 + ["hearing"] * 3 + ["invitation"] * 3 + ["leaflet"] * 3:
            plan.append(("u", w))
        self.rng.shuffle(plan)
        for item in plan:
            if item[0] == "d":
                self.decision(item[1], item[2])
            elif item[0] == "m":
                self.minplan(item[1])
            elif item[0] == "a":
                self.agreement(item[1])
            else:
                self.lookalike(item[1])
        if self.pdf_jobs:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ae_profile", "--headless",
                            "--convert-to", "pdf", "--outdir", str(self.tmpdir)] + [str(t) for t, _ in self.pdf_jobs],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for tmp, final in self.pdf_jobs:
                shutil.move(str(tmp.with_suffix(".pdf")), final)
        shutil.rmtree(self.tmpdir)
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/ae")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    Gen(out).run()


if __name__ == "__main__":
    main()
