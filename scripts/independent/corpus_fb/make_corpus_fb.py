#!/usr/bin/env python3
"""Corpus FB: an archive of mentor-support paperwork spanning 2015-2026.

Old-law documents (LAB § 31 b, § 78, jobplan, handleplan, "Min side", kontaktperson,
støtteperson, fax cover sheets, Word-97 files converted to .docx/.rtf, scanned-then-OCR'd
PDFs) sit beside current ones (LAB § 167, Min Plan, "kommunen" after 1 Feb 2026).
Labels follow the rule docs (`mentordocs rules NAME`) and /work/shared/domain.md only.

    /work/main/.venv/bin/python make_corpus_fb.py --out /work/corpora/fb [--seed 12]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html as htmlmod
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = ["Vesthimmerland", "Gribskov", "Holbæk", "Faxe", "Tønder", "Assens", "Rudersdal", "Viborg",
            "Herning", "Kolding", "Slagelse", "Næstved", "Randers", "Svendborg", "Hjørring", "Skive"]
FIRST = ["Mads", "Sofie", "Ahmed", "Line", "Jonas", "Fatima", "Kasper", "Mette", "Rasmus", "Camilla",
         "Nikolaj", "Amalie", "Yusuf", "Tina", "Jesper", "Louise", "Emil", "Sara", "Brian", "Hanne",
         "Daniel", "Maria", "Mikkel", "Pernille", "Omar", "Signe"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Bak", "Lund", "Kjær", "Mortensen"]
COMPANIES = ["Bilka Holstebro", "Netto Brørup", "Danish Crown, Horsens", "Føtex Slagelse",
             "Jysk Distributionscenter", "Plejecenter Solgården", "Dagli'Brugsen Vejby",
             "Autoværkstedet Nord ApS", "Byggefirmaet Holm & Søn", "Kantinen på Rådhuset"]
EDUS = [("SOSU-hjælperuddannelsen", "SOSU Nord"), ("grundforløb 1 på EUX Business", "Tradium"),
        ("FGU Produktionsgrunduddannelse (PGU)", "FGU Midt"), ("HF-enkeltfag i dansk og matematik", "VUC Storstrøm"),
        ("smedeuddannelsens grundforløb", "Mercantec"), ("pædagogisk assistentuddannelse (PAU)", "SOSU Syd")]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Kompetencecentret", "Projekt Ny Start", "Mentorkorpset",
             "AMU-Centret", "Ungdommens Uddannelsesvejledning", "Fonden Kvik"]


# ---------------------------------------------------------------- helpers
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash_sp":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


def fmt_range(a: dt.date, b: dt.date, style: str, rng: random.Random) -> str:
    sep = rng.choice([" – ", " - ", " til ", " til og med "])
    if style in ("words", "abbr", "den"):
        if style == "den":
            return f"fra {fmt_date(a, 'den')} til {fmt_date(b, 'den')}"
        return f"{fmt_date(a, style)}{sep}{fmt_date(b, style)}"
    if style == "fom":
        return f"f.o.m. {fmt_date(a, 'dots')} t.o.m. {fmt_date(b, 'dots')}"
    return f"{fmt_date(a, style)}{sep}{fmt_date(b, style)}"


def phone(rng):
    return " ".join(f"{rng.randint(10, 99)}" for _ in range(4)).replace(" ", " ", 3)


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def cpr(rng):
    y = rng.randint(1962, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s = rng.randint(1000, 9999)
    return f"{d:02d}{m:02d}{y % 100:02d}-{s}"


def era_of(year: int, month: int = 6) -> str:
    if year <= 2019:
        return "old"
    if year < 2026 or (year == 2026 and month < 2):
        return "mid"
    return "new"


# ---------------------------------------------------------------- document model
class Doc:
    """Blocks: ('title', t) ('h', t) ('p', t) ('kv', label, value) ('table', rows) ('li', t) ('rule',)."""

    def __init__(self):
        self.blocks: list[tuple] = []

    def title(self, t): self.blocks.append(("title", t))
    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def kv(self, k, v): self.blocks.append(("kv", k, v))
    def table(self, rows): self.blocks.append(("table", rows))
    def li(self, t): self.blocks.append(("li", t))
    def rule(self): self.blocks.append(("rule",))
    def pagebreak(self): self.blocks.append(("page",))


# ---------------------------------------------------------------- context for one case
class Case:
    def __init__(self, rng: random.Random, year: int, month: int | None = None):
        self.rng = rng
        self.year = year
        self.month = month or rng.randint(1, 12)
        if year == 2026 and self.month > 10:
            self.month = rng.randint(2, 10)
        self.era = era_of(year, self.month)
        self.komm = rng.choice(KOMMUNER)
        self.citizen = person(rng)
        self.fn = self.citizen.split()[0]
        self.mentor = person(rng)
        self.mentor_phone = phone(rng)
        self.provider = rng.choice(PROVIDERS)
        self.mentor_mail = (self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa")
                            .replace("æ", "ae") + "@" + self.provider.lower().replace(" ", "")
                            .replace("æ", "ae").replace("ø", "oe").replace("'", "") + ".dk").replace("aps", "")
        self.caseworker = person(rng)
        self.cw_phone = phone(rng)
        self.company = rng.choice(COMPANIES)
        self.edu, self.school = rng.choice(EDUS)
        self.start = dt.date(year, self.month, rng.choice([1, 1, 1, 15, 3, 10]))
        self.letter_date = self.start - dt.timedelta(days=rng.randint(3, 20))
        self.sagsnr = rng.choice([f"{year}-{rng.randint(10000, 99999)}",
                                  f"15.20.00-G01-{rng.randint(1, 999)}-{year % 100:02d}",
                                  f"S{year % 100:02d}-{rng.randint(1000, 9999)}"])
        self.cpr = cpr(rng)
        self.addr = f"{rng.choice(['Nørregade', 'Skolevej', 'Møllevænget', 'Parkvej', 'Stationsvej'])} {rng.randint(1, 80)}"

    # sender / department naming by era
    def sender(self) -> list[str]:
        r = self.rng
        k = self.komm
        if self.era == "old":
            return r.choice([
                [f"Jobcenter {k}", r.choice(["Ungeenheden", "Arbejdsmarkedsafdelingen", "Team Mentor og Netværk",
                                             "Social- og Arbejdsmarkedsforvaltningen"]),
                 f"Telefon {phone(r)} · Telefax {phone(r)}", "Åbningstid: man.-fre. 10-14, tors. 10-17"],
                [f"{k} Kommune", "Beskæftigelsesforvaltningen – Jobcentret",
                 f"Tlf. {phone(r)}  Fax {phone(r)}", f"jobcenter@{k.lower().replace('ø', 'oe').replace('æ', 'ae')}.dk"],
            ])
        if self.era == "mid":
            return r.choice([
                [f"Jobcenter {k}", r.choice(["Job & Uddannelse", "Ungeindsatsen", "Team Sygedagpenge og Ressource",
                                             "Arbejdsmarked og Borgerservice"]),
                 f"Tlf. {phone(r)}", "Sikker post via borger.dk"],
                [f"{k} Kommune · Jobcenter", "Beskæftigelse og Integration", f"Telefon {phone(r)}"],
            ])
        return r.choice([
            [f"{k} Kommune", r.choice(["Beskæftigelse og Uddannelse", "Job og Ydelse", "Center for Arbejdsmarked",
                                       "Borger og Beskæftigelse"]), f"Tlf. {phone(r)}", "Skriv via Digital Post"],
            [f"{k} Kommune – Arbejdsmarked", "Ungeenheden", f"Telefon {phone(r)}"],
        ])

    def body_name(self) -> str:
        """Who the citizen complains to."""
        if self.era == "new":
            return f"{self.komm} Kommune"
        return self.rng.choice([f"Jobcenter {self.komm}", "jobcentret"])

    def lawref(self, which: str = "general") -> str:
        r = self.rng
        if self.era == "old":
            if which == "udskriv":
                return "LAB § 31 b, stk. 2"
            if self.year <= 2015 and r.random() < 0.4:
                return "§ 78 i lov om en aktiv beskæftigelsesindsats"
            return r.choice(["§ 31 b i lov om en aktiv beskæftigelsesindsats", "LAB § 31 b", "LAB § 31b"])
        if which == "udskriv":
            return "LAB § 167, stk. 2"
        if self.year <= 2021 and r.random() < 0.25:
            return "LAB § 31 b (nu § 167)"
        return r.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1", "LAB § 167"])


# ---------------------------------------------------------------- field texts
def goal_text(c: Case, state: str) -> str:
    r = c.rng
    d = fmt_date(c.start + dt.timedelta(days=r.choice([60, 90, 120])), r.choice(["words", "dots"]))
    if state == "ok":
        return r.choice([
            f"{c.fn} er i virksomhedspraktik som lagermedarbejder hos {c.company} 15 timer om ugen senest {d}.",
            f"{c.fn} starter på {c.edu} hos {c.school} og møder mindst fire dage om ugen.",
            f"Hovedformål: {c.fn} fastholder sit løntilskudsjob hos {c.company} og møder til tiden alle aftalte arbejdsdage (25 timer om ugen).",
            f"At {c.fn} opnår ordinær ansættelse som butiksmedhjælper, mindst 20 timer ugentligt, inden {d}.",
            f"{c.fn} gennemfører {c.edu} med et fravær under 10 % og består første eksamen.",
            f"{c.fn} er i gang med praktik hos {c.company} tre dage om ugen fra {d} med henblik på fleksjob i køkkenet.",
        ])
    if state == "unclear":
        return r.choice([
            "Støtte til at komme videre og øget trivsel.",
            f"At {c.fn} får mere struktur på hverdagen og øget selvværd.",
            f"Sikre at {c.fn} kommer tættere på arbejdsmarkedet.",
            f"Motivere {c.fn} og arbejde med det personlige.",
            "Øget livskvalitet og bedre trivsel i hverdagen.",
        ])
    if state == "placeholder":
        return r.choice(["Udfyldes senere", "xx", "-", "…"])
    raise ValueError(state)


def mentor_text(c: Case, state: str) -> str:
    r = c.rng
    if state == "ok" and getattr(c, "prefer_phone", False):
        # paper copies: a phone number survives the scanner; an e-mail's "@" often does not
        return r.choice([f"{c.mentor}, {c.provider}, tlf. {c.mentor_phone}",
                         f"{c.mentor} ({c.provider}) – mobil {c.mentor_phone}"])
    if state == "ok":
        return r.choice([
            f"{c.mentor}, {c.provider}, tlf. {c.mentor_phone}",
            f"{c.mentor}, {c.provider}, tlf. {c.mentor_phone}, {c.mentor_mail}",
            f"{c.mentor} ({c.provider}) – mobil {c.mentor_phone}",
            f"{c.mentor}, e-mail: {c.mentor_mail}",
        ])
    if state == "noname_contact":
        return f"{c.provider} (mentor tildeles senere)"
    if state == "placeholder":
        return r.choice(["Udfyldes senere", "Findes af leverandøren", "xx"])
    raise ValueError(state)


def tasks_text(c: Case, state: str) -> str:
    r = c.rng
    if state == "ok":
        return r.choice([
            f"Følge {c.fn} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
            f"Hjælpe {c.fn} med at planlægge ugen, vække og ringe om morgenen de første fire uger, og tage kontakt til skolen ved fravær.",
            "Sparring om arbejdsopgaver og samarbejde med kolleger; hjælp til kontakt med SU-styrelsen og egen læge.",
            f"Støtte op om fremmøde på {c.school}, lektiestruktur to gange om ugen og kontakt til studievejleder.",
            "Introduktion på arbejdspladsen, aftaler med nærmeste leder om skånehensyn og ugentlig opfølgning på arbejdstider.",
        ])
    if state == "placeholder":
        return r.choice(["-", "Udfyldes senere", "Se tidligere aftale"])
    raise ValueError(state)


def hours_text(c: Case, state: str) -> str:
    r = c.rng
    if state == "ok":
        return r.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                         "5 timer pr. uge de første fire uger, derefter 2 timer pr. uge", "1,5 time pr. uge"])
    if state == "vague":
        return r.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"])
    if state == "placeholder":
        return r.choice(["", "xx", "Udfyldes senere"])
    raise ValueError(state)


def follow_text(c: Case, state: str) -> str:
    r = c.rng
    mid = fmt_date(c.start + dt.timedelta(days=90), r.choice(["words", "dots", "slash"]))
    if state == "ok":
        return r.choice([
            f"Statusmøde med mentor, {c.fn} og sagsbehandler hver måned; evaluering 14 dage før støtten ophører. Delmål: fremmøde fire dage om ugen efter to måneder.",
            f"Midtvejsevaluering {mid} og slutevaluering 14 dage før ophør. Mentor sender skriftlig status hver 3. måned.",
            "Vi følger op hver 4. uge ved et trepartsmøde. Progression måles på antal fremmødedage pr. uge.",
            f"Opfølgningssamtale i jobcentret hver 3. måned og altid 14 dage inden støtteperioden ophører.",
        ])
    if state == "vague":
        return r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov"])
    if state == "placeholder":
        return r.choice(["–", "Udfyldes senere"])
    raise ValueError(state)


def appeal_text(c: Case, state: str) -> str:
    r = c.rng
    b = c.body_name()
    if state == "ok":
        if c.era == "new":
            return r.choice([
                f"Hvis du ikke er enig i kommunens afgørelse, skal du klage til {b} inden fire uger, efter du har modtaget brevet. "
                "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin "
                "afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
                f"Du kan klage mundtligt eller skriftligt til {b}, Beskæftigelse og Uddannelse, inden 4 uger. Vi genvurderer "
                "afgørelsen. Fastholder vi den, sender vi klagen og sagens akter videre til Ankestyrelsen (LAB § 204, "
                "retssikkerhedslovens kapitel 10).",
            ])
        if c.era == "old" and r.random() < 0.2:
            return (f"Du kan klage over afgørelsen til {b} inden 4 uger. Fastholder jobcentret afgørelsen, sendes "
                    "klagen videre til Beskæftigelsesankenævnet.")
        if c.era == "old" and r.random() < 0.4:
            return (f"Du kan klage over afgørelsen til {b} inden 4 uger efter, at du har modtaget den. Jobcentret "
                    "genvurderer sagen, og fastholdes afgørelsen, sendes klagen videre til Beskæftigelsesudvalget i "
                    "Ankestyrelsen. Klagen kan være mundtlig eller skriftlig.")
        return r.choice([
            f"Hvis du vil klage, skal du kontakte {b} inden 4 uger fra modtagelsen af denne aftale. Jobcentret "
            "genvurderer afgørelsen, og hvis den fastholdes, sendes klagen til Ankestyrelsen.",
            f"Du kan klage til {b} inden fire uger. Klagen kan være mundtlig eller skriftlig. Giver vi dig ikke medhold, "
            "sender vi klagen videre til Ankestyrelsen (jf. LAB § 204 og retssikkerhedslovens §§ 66-67).",
        ])
    if state == "incomplete":
        return r.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er utilfreds.",
                         f"Klager rettes til {b}."])
    if state == "other_subject":
        return (f"Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordring til "
                f"{b} inden 4 uger. Fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")
    if state == "direct":
        return r.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget dette brev. "
            "Skriv til Ankestyrelsen, 7998 Statsservice, eller brug ast.dk.",
            "Klage sendes direkte til Ankestyrelsen senest fire uger efter modtagelsen af afgørelsen.",
        ])
    raise ValueError(state)


def period_for(c: Case, state: str):
    """Return (text, start, end or None, traits). state: ok|exact6|over|over_len|len_ok|weeks26|placeholder|open."""
    r = c.rng
    s = c.start
    oldstyles = ["dots", "slash", "fom", "dots2", "dash", "slash_sp"]
    newstyles = ["words", "abbr", "den", "iso", "dots"]
    style = r.choice(oldstyles if c.era == "old" else newstyles)
    if state in ("ok", "exact6"):
        months = 6 if state == "exact6" else r.choice([3, 4, 5, 6])
        e = six_end(s, months)
        return fmt_range(s, e, style, r), s, e, [f"period:{months}m"]
    if state == "over":
        months = r.choice([7, 8, 9, 12])
        e = six_end(s, months)
        if r.random() < 0.25:
            e = six_end(s, 6) + dt.timedelta(days=1)
            return fmt_range(s, e, style, r), s, e, ["period:6m+1d"]
        return fmt_range(s, e, style, r), s, e, [f"period:{months}m"]
    if state == "over_len":
        t = r.choice(["9 måneder", "et år", "12 mdr.", "40 uger"])
        return f"fra {fmt_date(s, 'words')} og {t} frem", s, None, ["period:length-over"]
    if state == "len_ok":
        t = r.choice(["6 måneder", "3 mdr.", "et halvt år", "4 måneder"])
        return f"{t} fra {fmt_date(s, r.choice(['words', 'dots']))}", s, None, ["period:length"]
    if state == "weeks26":
        return f"26 uger fra {fmt_date(s, 'words')}", s, None, ["period:26-weeks"]
    if state == "placeholder":
        return r.choice(["Udfyldes senere", "indtil videre", "Aftales med mentor"]), None, None, ["period:none"]
    raise ValueError(state)


# ---------------------------------------------------------------- letterheads, fax
def letterhead(d: Doc, c: Case, with_cpr: bool, old_style: bool):
    for line in c.sender():
        d.p(line)
    if old_style:
        d.p("J.nr. " + c.sagsnr + "   Vor ref.: " + "".join(w[0] for w in c.caseworker.split()).upper())
    d.p(f"{c.citizen}\n{c.addr}\n{c.rng.randint(1000, 9990)} {c.komm}")
    if with_cpr:
        d.p(f"CPR-nr.: {c.cpr}")
    d.p(f"Dato: {fmt_date(c.letter_date, c.rng.choice(['words', 'dots']) if c.era != 'new' else 'words')}")


def fax_cover(d: Doc, c: Case, pages: int, vedr: str):
    d.title("TELEFAX")
    d.table([["Til:", f"{c.provider} v/ {c.mentor}"], ["Fax nr.:", phone(c.rng)],
             ["Fra:", f"Jobcenter {c.komm}, {c.caseworker}"], ["Fax nr.:", phone(c.rng)],
             ["Dato:", fmt_date(c.letter_date, "dots")], ["Antal sider inkl. denne:", str(pages)],
             ["Vedr.:", vedr]])
    d.p("Hvis De ikke har modtaget alle sider, bedes De kontakte afsender hurtigst muligt. "
        "Denne meddelelse kan indeholde fortrolige oplysninger og er kun beregnet for modtageren.")


# ---------------------------------------------------------------- agreements
AGR_TITLES_OLD = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorordning",
                  "Aftale om mentorstøtte efter § 31 b", "Handleplan – aftale om mentor", "Aftale om støtteperson (mentor)"]
AGR_TITLES_NEW = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                  "Skriftlig aftale om mentorforløb"]


def make_agreement(c: Case, defects: list[str], layout: str, with_cpr: bool, fax: bool = False):
    r = c.rng
    d = Doc()
    traits = [f"era:{c.era}", f"year:{c.year}"]
    st = {"goal": "ok", "mentor": "ok", "tasks": "ok", "dur": "ok", "follow": "ok", "hours": "ok", "appeal": "ok"}
    rules, extras = set(), set()
    for df in defects:
        if df == "missing-goal":
            st["goal"] = r.choice(["omit", "placeholder"]); rules.add(df)
        elif df == "unclear-goal":
            st["goal"] = "unclear"; rules.add(df)
        elif df == "missing-mentor":
            st["mentor"] = r.choice(["omit", "nocontact", "placeholder", "noname_contact"]); rules.add(df)
        elif df == "missing-tasks":
            st["tasks"] = r.choice(["omit", "placeholder"]); rules.add(df)
        elif df == "missing-duration":
            st["dur"] = r.choice(["omit", "placeholder"]); rules.add(df)
        elif df == "missing-follow-up":
            st["follow"] = r.choice(["omit", "vague", "placeholder"]); rules.add(df)
        elif df == "missing-hours":
            st["hours"] = r.choice(["omit", "vague", "placeholder"]); rules.add(df)
        elif df == "missing-appeal-guidance":
            st["appeal"] = r.choice(["omit", "incomplete", "other_subject"]); rules.add(df)
        elif df == "duration-over-6-months":
            st["dur"] = r.choice(["over", "over", "over_len"]); rules.add(df)
        elif df == "appeal-wrong-route":
            st["appeal"] = "direct"; extras.add(df)
        elif df == "udskriv":
            st["dur"] = "udskriv"
        elif df == "udskriv_over":
            st["dur"] = "udskriv_over"; rules.add("duration-over-6-months")
        elif df in ("exact6", "weeks26", "len_ok"):
            st["dur"] = df
    for k, v in st.items():
        if v != "ok":
            traits.append(f"{k}:{v}")

    if fax:
        fax_cover(d, c, 3, f"Mentoraftale – {c.citizen}")
        d.pagebreak()
        traits.append("fax-cover")
    letterhead(d, c, with_cpr, c.era == "old")
    titles = AGR_TITLES_OLD if c.era == "old" else AGR_TITLES_NEW
    title = r.choice(titles)
    if st["dur"] in ("udskriv", "udskriv_over"):
        title = "Aftale om udskrivningskoordinator (mentor)"
    d.title(title)
    lawref = c.lawref("udskriv" if st["dur"].startswith("udskriv") else "general")
    intro = r.choice([
        f"Mellem {c.citizen} og {'Jobcenter ' + c.komm if c.era != 'new' else c.komm + ' Kommune'} er der indgået følgende aftale om mentorstøtte efter {lawref}.",
        f"Denne aftale beskriver den mentorstøtte, du får efter {lawref}. Aftalen indgår i din {'jobplan' if c.year <= 2015 else ('handleplan' if c.era == 'old' else 'Min Plan')}.",
        f"Her får du det, vi blev enige om på mødet {fmt_date(c.letter_date, 'words')}, skrevet ned. Støtten gives efter {lawref}.",
    ])
    d.p(intro)
    if c.era == "old" and r.random() < 0.5:
        d.p(r.choice(["Aftalen kan ses på Min side på Jobnet.", "Aftalen er lagt på Min side på jobnet.dk.",
                      "Du skal have ugentlig kontakt med din kontaktperson (ret- og pligtmentor)." if c.year == 2015 else
                      "Kontakten mellem dig og din mentor skal være mindst hver anden uge."]))

    # period text
    per = None
    if st["dur"] == "udskriv":
        days = r.choice([42, 56, 70])
        disch = c.start + dt.timedelta(days=days)
        e = six_end(disch, 6)
        per = (f"{fmt_range(c.start, e, 'dots', r)} (fra ca. {days // 7} uger før udskrivning og 6 måneder efter)",
               c.start, e)
        traits.append("udskrivningskoordinator")
    elif st["dur"] == "udskriv_over":
        e = six_end(c.start, 11)
        per = (f"{fmt_range(c.start, e, 'dots', r)}", c.start, e)
        traits.append("udskrivningskoordinator")
    elif st["dur"] in ("omit",):
        per = None
    elif st["dur"] == "placeholder":
        per = (period_for(c, "placeholder")[0], None, None)
    else:
        txt, a, b, ptr = period_for(c, st["dur"])
        traits += ptr
        per = (txt, a, b)
    period_json = None
    if per and per[1]:
        period_json = {"start": per[1].isoformat(), "end": per[2].isoformat() if per[2] else None}

    mentor_label = r.choice(["Mentor", "Kontaktperson", "Støtteperson", "Mentorens navn og kontaktdata", "Din mentor"]) \
        if c.era == "old" else r.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor (navn, tlf., mail)"])
    if mentor_label in ("Kontaktperson", "Støtteperson"):
        traits.append(f"oldword:{mentor_label.lower()}")
    fields = []
    gl = r.choice(["Formål", "Mål", "Målet med mentorstøtten", "Mål og delmål", "Hovedformål"])
    if st["goal"] != "omit":
        fields.append(("goal", gl, goal_text(c, "ok" if st["goal"] == "ok" else st["goal"])))
    if st["mentor"] != "omit":
        mv = {"ok": None, "nocontact": f"{c.mentor}, {c.provider}", "placeholder": mentor_text(c, "placeholder"),
              "noname_contact": mentor_text(c, "noname_contact")}[st["mentor"]] or mentor_text(c, "ok")
        fields.append(("mentor", mentor_label, mv))
    if st["tasks"] != "omit":
        fields.append(("tasks", r.choice(["Mentorens opgaver", "Indsatsområder", "Opgaver", "Støtten består i"]),
                       tasks_text(c, st["tasks"])))
    if per is not None:
        fields.append(("dur", r.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"]), per[0]))
    if st["hours"] != "omit":
        fields.append(("hours", r.choice(["Timetal", "Antal timer", "Timer pr. uge", "Omfang"]),
                       hours_text(c, st["hours"]) or ""))
    if st["follow"] != "omit":
        fields.append(("follow", r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"]),
                       follow_text(c, st["follow"])))

    if layout == "table":
        d.table([[lab, val] for _, lab, val in fields])
    elif layout == "numbered":
        for i, (_, lab, val) in enumerate(fields, 1):
            d.p(f"{i}) {lab}: {val}")
    elif layout == "headings":
        for _, lab, val in fields:
            d.h(lab)
            d.p(val if val else " ")
    else:  # kv
        for _, lab, val in fields:
            d.kv(lab, val)
    d.kv("Sagsbehandler", f"{c.caseworker}, tlf. {c.cw_phone}")

    if st["appeal"] != "omit":
        d.h(r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
        d.p(appeal_text(c, st["appeal"]))
    d.p(r.choice(["Underskrift borger: ______________________    Underskrift jobcenter: ______________________",
                  "Dato og underskrift\n\n____________________  ____________________\nBorger               Sagsbehandler",
                  f"Med venlig hilsen\n{c.caseworker}\n{'Jobkonsulent' if c.era != 'new' else 'Rådgiver'}"]))
    return d, sorted(rules), sorted(extras), traits, period_json, title


# ---------------------------------------------------------------- decisions
def make_decision(c: Case, sub: str, defects: list[str], with_cpr: bool):
    r = c.rng
    d = Doc()
    traits = [f"era:{c.era}", f"year:{c.year}", f"decision:{sub}"]
    rules, extras = set(), set()
    appeal = "ok"
    reasons = True
    per_state = "ok"
    for df in defects:
        if df == "missing-appeal-guidance":
            appeal = r.choice(["omit", "incomplete", "other_subject"]); rules.add(df)
        elif df == "appeal-wrong-route":
            appeal = "direct"; extras.add(df)
        elif df == "missing-reasons":
            reasons = False; extras.add(df)
        elif df == "duration-over-6-months":
            per_state = r.choice(["over", "over_len"]); rules.add(df)
    if appeal != "ok":
        traits.append(f"appeal:{appeal}")
    if not reasons:
        traits.append("no-reasons")
    letterhead(d, c, with_cpr, c.era == "old")
    lawref = c.lawref()
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentorstøtte"],
        "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
    }[sub]
    title = r.choice(titles)
    d.title(title)
    d.p(f"Sagsnr.: {c.sagsnr}")
    period_json = None
    txt, a, b, ptr = period_for(c, per_state) if sub in ("grant", "partial", "extension") else (None, None, None, [])
    traits += ptr
    if a:
        period_json = {"start": a.isoformat(), "end": b.isoformat() if b else None}
    hrs = hours_text(c, "ok")
    if sub == "grant":
        d.p(f"Du har {fmt_date(c.letter_date - dt.timedelta(days=10), 'words')} søgt om mentorstøtte. "
            f"Vi har bevilget dig mentorstøtte efter {lawref} i perioden {txt}.")
        d.p(f"Din mentor er {c.mentor} fra {c.provider}, tlf. {c.mentor_phone}. Mentoren har {hrs}.")
        if r.random() < 0.5:
            d.h("Begrundelse")
            d.p(f"Vi har lagt vægt på, at du skal i gang med {c.edu}, og at du har brug for støtte til fremmøde i starten.")
    elif sub == "partial":
        asked = r.choice(["9 måneder", "12 måneder", "6 timer om ugen"])
        asked_txt = f"i {asked}" if "måneder" in asked else f"med {asked}"
        d.p(f"Du har søgt om mentorstøtte {asked_txt}. Vi har givet dig delvis bevilling: du får mentorstøtte "
            f"i perioden {txt} med {hrs}, dvs. " + ("en kortere periode" if "måneder" in asked else "færre timer")
            + " end du søgte om.")
        traits.append(f"asked:{asked}")
        if reasons:
            d.h("Begrundelse")
            d.p(f"Afgørelsen er truffet efter {lawref}. Mentorstøtte kan højst gives i 6 måneder ad gangen. "
                "Vi har lagt vægt på, at du allerede får støtte fra studievejlederen, og at dit behov efter "
                "vores vurdering er dækket med det bevilgede timetal.")
    elif sub == "refusal":
        d.p(f"Vi har behandlet din ansøgning om mentorstøtte. Du får afslag.")
        if reasons:
            d.h("Begrundelse")
            d.p(f"Afgørelsen er truffet efter {lawref}. Der kan ikke gives mentorstøtte, når der ikke er et mål om "
                "beskæftigelse eller uddannelse. Vi har lagt vægt på, at du er visiteret til førtidspension og ikke har "
                "et aktuelt job- eller uddannelsesmål.")
    elif sub == "extension":
        prev_a = add_months(c.start, -6)
        prev_b = c.start - dt.timedelta(days=1)
        d.p(f"Din mentorstøtte fra forrige periode ({fmt_range(prev_a, prev_b, 'words', r)}) udløber. "
            f"Efter en konkret vurdering har vi bevilget forlængelse af mentorstøtten i en ny periode: {txt}.")
        d.p(f"Mentor er fortsat {c.mentor}, tlf. {c.mentor_phone}, med {hrs}.")
        traits.append("earlier-period-mentioned")
        if r.random() < 0.6:
            d.h("Begrundelse")
            d.p("Vi har lagt vægt på, at du er kommet godt i gang med praktikken, men stadig har brug for hjælp til fremmøde.")
    elif sub == "end":
        when = fmt_date(c.start, r.choice(["words", "dots"]))
        d.p(f"Vi har besluttet, at din mentorstøtte ophører pr. {when}.")
        if reasons:
            d.h("Begrundelse")
            d.p(f"Afgørelsen er truffet efter {lawref}. Vi har lagt vægt på, at du ikke er mødt til de aftalte møder med "
                "din mentor siden august, og at du ikke har svaret på vores breve.")
    if appeal != "omit":
        d.h(r.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"]))
        d.p(appeal_text(c, appeal))
    d.p(f"Med venlig hilsen\n\n{c.caseworker}\n{r.choice(['Jobkonsulent', 'Sagsbehandler', 'Rådgiver'])}\nTlf. {c.cw_phone}")
    return d, sorted(rules), sorted(extras), traits, period_json, title


# ---------------------------------------------------------------- Min Plan / jobplan
def make_minplan(c: Case, defects: list[str], style: str, with_cpr: bool):
    r = c.rng
    d = Doc()
    traits = [f"era:{c.era}", f"year:{c.year}", f"plan:{style}"]
    rules = set()
    st = {"goal": "ok", "mentor": "ok", "tasks": "ok", "dur": "ok", "hours": "ok"}
    for df in defects:
        rules.add(df)
        if df == "missing-goal": st["goal"] = "omit"
        elif df == "unclear-goal": st["goal"] = "unclear"
        elif df == "missing-mentor": st["mentor"] = r.choice(["omit", "nocontact"])
        elif df == "missing-tasks": st["tasks"] = "omit"
        elif df == "missing-duration": st["dur"] = "omit"
        elif df == "missing-hours": st["hours"] = r.choice(["omit", "vague"])
        elif df == "duration-over-6-months": st["dur"] = "over"
    for k, v in st.items():
        if v != "ok":
            traits.append(f"{k}:{v}")
    if style == "jobplan":
        d.title(f"Jobplan for {c.citizen}")
        d.p(f"Udskrevet fra Jobnet – Min side, {fmt_date(c.letter_date, 'dots')}")
    elif style == "minside":
        d.title("Min Plan – Mentorstøtte")
        d.p(f"Min side · jobnet.dk · udskrevet {fmt_date(c.letter_date, 'dots')}")
    else:
        d.title(f"Min Plan – {c.citizen}")
        d.p(f"{c.komm} Kommune · udskrevet {fmt_date(c.letter_date, 'words')}")
    if with_cpr:
        d.p(f"CPR-nummer: {c.cpr}")
    if st["goal"] == "ok":
      d.h("Mit mål")
      d.p(r.choice([f"Jeg vil gerne være {r.choice(['lagermedarbejder', 'social- og sundhedshjælper', 'smed', 'kok'])}.",
                  "Job inden for detail."]))
    # another activity with a long period (not the mentor's)
    other_long = r.random() < 0.5
    if other_long:
        oa = c.start - dt.timedelta(days=30)
        ob = six_end(oa, 12)
        d.h(r.choice(["Uddannelse", "Aktivitet: Virksomhedspraktik", "FGU-forløb"]))
        d.table([["Sted", c.school], ["Start", fmt_date(oa, "dots")], ["Slut", fmt_date(ob, "dots")],
                 ["Kontaktperson", f"{person(r)}, tlf. {phone(r)}"]])
        traits.append("other-activity-long")
    d.h(r.choice(["Mentorstøtte", "Aktivitet: Mentor", f"Mentorstøtte ({c.lawref()})"]))
    rows = []
    per_json = None
    if st["goal"] != "omit":
        rows.append([r.choice(["Formål", "Mål med mentorstøtten", "Formålet med støtten"]),
                     goal_text(c, "ok" if st["goal"] == "ok" else "unclear")])
    if st["mentor"] == "ok":
        rows.append(["Mentor", mentor_text(c, "ok")])
    elif st["mentor"] == "nocontact":
        rows.append(["Mentor", c.mentor])
    if st["tasks"] == "ok":
        rows.append([r.choice(["Opgaver", "Mentorens opgaver"]), tasks_text(c, "ok")])
    if st["dur"] != "omit":
        txt, a, b, ptr = period_for(c, "ok" if st["dur"] == "ok" else "over")
        traits += ptr
        per_json = {"start": a.isoformat(), "end": b.isoformat() if b else None}
        rows.append(["Periode", txt])
    if st["hours"] == "ok":
        rows.append([r.choice(["Timetal", "Antal timer"]), hours_text(c, "ok")])
    elif st["hours"] == "vague":
        rows.append(["Timer", hours_text(c, "vague")])
    d.table(rows)
    d.p(r.choice(["Status: Aktiv", "Status: Planlagt", "Status: I gang"]))
    return d, sorted(rules), [], traits, per_json, "Min Plan"


# ---------------------------------------------------------------- unknown documents
def make_unknown(c: Case, sub: str, with_cpr: bool):
    r = c.rng
    d = Doc()
    traits = [f"era:{c.era}", f"year:{c.year}", f"unknown:{sub}"]
    if sub == "fax_only":
        fax_cover(d, c, 1, f"Mentoraftale for {c.citizen} – underskrevet eksemplar følger med posten")
        d.p("Venlig hilsen\n" + c.caseworker)
    elif sub == "status":
        letterhead(d, c, with_cpr, True)
        d.title("Statusrapport fra mentor")
        d.p(f"Periode: {fmt_range(c.start, six_end(c.start, 3), 'dots', r)}")
        d.p(f"{c.fn} er mødt op til 9 ud af 12 aftalte møder. Vi har arbejdet med døgnrytme og transport til praktikstedet. "
            f"{c.fn} har været syg to uger i november. Næste skridt er at øge praktiktimerne.")
        d.p(f"Mentor: {c.mentor}, {c.provider}, tlf. {c.mentor_phone}")
    elif sub == "invoice":
        d.title("FAKTURA")
        d.p(f"{c.provider}\nCVR {r.randint(10000000, 99999999)}\nFakturanr. {r.randint(1000, 9999)}")
        d.p(f"Til: Jobcenter {c.komm}, Kreditorbogholderiet\nEAN {r.randint(10**12, 10**13 - 1)}")
        d.table([["Ydelse", "Antal", "Pris", "I alt"],
                 [f"Mentortimer, {c.citizen}, {MONTHS[c.month - 1]} {c.year}", "12", "450,00", "5.400,00"],
                 ["Kørsel", "84 km", "3,79", "318,36"], ["Moms 25 %", "", "", "1.429,59"]])
        d.p("Betalingsbetingelser: netto 30 dage")
    elif sub == "minutes":
        d.title("Referat af netværksmøde")
        d.p(f"Dato: {fmt_date(c.letter_date, 'words')}\nDeltagere: {c.citizen}, {c.mentor} (mentor), {c.caseworker} (jobcenter), mor")
        d.li("Praktikken hos " + c.company + " går godt; fremmøde er steget til 4 dage om ugen.")
        d.li("Mentor fortsætter som aftalt; næste møde om seks uger.")
        d.li("Jobcentret undersøger mulighed for løntilskud.")
    elif sub == "leaflet":
        d.title(r.choice(["Det skal stå i din mentoraftale", "Vejledning: Mentorstøtte – sådan gør vi"]))
        d.p(f"{'Jobcenter' if c.era != 'new' else ''} {c.komm} {'Kommune' if c.era == 'new' else ''} – information til borgere".strip())
        d.p("Når du får en mentor, laver vi en skriftlig aftale med dig. Aftalen skal indeholde:")
        for t in ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                  "varigheden af aftalen og hvordan vi følger op", "timetallet pr. uge", "klagevejledning"]:
            d.li(t)
        d.p("Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse. Du kan klage til kommunen inden 4 uger.")
    elif sub == "private":
        d.title("Mentoraftale – frivillig mentor")
        d.p(r.choice(["Foreningen Netværk for Unge · Frivilligt mentorprogram", "Røde Kors Ungdom – Mentorordningen",
                      f"{c.komm} Idrætsforening – Mentorordning for unge spillere"]))
        d.p(f"Mentee: {c.fn}\nMentor: {c.mentor}, tlf. {c.mentor_phone}")
        d.p("Vi mødes ca. hver anden uge og finder på noget sammen: en gåtur, en kop kaffe eller hjælp til lektier. "
            "Aftalen er frivillig og kan stoppes af begge parter. Foreningen har tavshedspligt.")
    elif sub == "ankestyrelsen":
        d.title("Ankestyrelsens afgørelse")
        d.p(f"Klage over {c.komm} Kommunes afgørelse om mentorstøtte. Ankestyrelsen stadfæster kommunens afgørelse. "
            "Det betyder, at du ikke får mentorstøtte. Du kan ikke klage over Ankestyrelsens afgørelse til en anden "
            "administrativ myndighed.")
        d.p(f"Sagsnr.: {c.sagsnr}")
    elif sub == "genvurdering":
        letterhead(d, c, with_cpr, False)
        d.title("Genvurdering – vi fastholder afgørelsen")
        d.p(f"Vi har modtaget din klage over afgørelsen om afslag på mentorstøtte. Vi har genvurderet sagen og fastholder "
            "afgørelsen. Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle den.")
    elif sub == "bestilling":
        d.title("Bestilling af mentorforløb")
        d.p(f"Til: {c.provider}\nFra: Jobcenter {c.komm}, {c.caseworker}")
        d.table([["Borger", c.citizen], ["Forventet start", fmt_date(c.start, "dots")], ["Forløb", "Mentor, 3 timer/uge"]])
        d.p("Leverandøren bedes bekræfte og oplyse navn på mentor senest fem hverdage efter modtagelsen.")
    elif sub == "partshoring":
        letterhead(d, c, with_cpr, False)
        d.title("Partshøring – vi overvejer at stoppe din mentorstøtte")
        d.p("Før vi træffer afgørelse, vil vi gerne høre dine bemærkninger. Du kan svare inden 14 dage.")
    elif sub == "mail_meeting":
        d.title("Møde med din mentor")
        d.p(f"Hej {c.fn}\n\nHusk mødet med {c.mentor} på torsdag kl. 10 i jobcentret. Ring hvis du bliver forhindret.\n\nHilsen {c.caseworker}")
    elif sub == "notice":
        d.title("Du har fået post fra " + c.komm + " Kommune")
        d.p("Log på borger.dk eller e-Boks for at læse brevet. Brevet handler om din mentorstøtte.")
    elif sub == "standard":
        d.title("Kvalitetsstandard for mentorstøtte")
        d.p(f"{c.komm} Kommune · vedtaget af Beskæftigelsesudvalget {fmt_date(c.letter_date, 'words')}")
        d.p("Lovgrundlag: LAB § 31 b (nu § 167). Mentorstøtte gives i højst 6 måneder. Serviceniveau 1: 0-1 time pr. uge, "
            "evaluering hver 3. måned. Serviceniveau 2: 1-2 timer pr. uge, evaluering hver måned. Alle niveauer evalueres "
            "14 dage før støtteperioden ophører. Klagevejledning: borgeren kan klage til jobcentret inden 4 uger.")
    return d, [], [], traits, None, d.blocks[0][1] if d.blocks and d.blocks[0][0] == "title" else sub


# ---------------------------------------------------------------- renderers
def blocks_text(d: Doc, style: str = "plain") -> str:
    out = []
    for b in d.blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if style == "old" else b[1])
            out.append("=" * len(b[1]) if style == "plain" else "")
        elif t == "h":
            out.append(b[1] + ":" if style == "old" else b[1])
        elif t == "p":
            out.append(b[1])
        elif t == "kv":
            out.append(f"{b[1]:.<28}: {b[2]}" if style == "old" else f"{b[1]}: {b[2]}")
        elif t == "table":
            for row in b[1]:
                if len(row) == 2 and style == "old":
                    out.append(f"{row[0]:<24}{row[1]}")
                else:
                    out.append(" | ".join(row))
        elif t == "li":
            out.append(("- " if style != "old" else "  * ") + b[1])
        elif t == "page":
            out.append("\f" if style == "old" else "\n" + "-" * 60)
        out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n")


def md_text(d: Doc) -> str:
    out = []
    for b in d.blocks:
        t = b[0]
        if t == "title": out.append("# " + b[1])
        elif t == "h": out.append("## " + b[1])
        elif t == "p": out.append(b[1].replace("\n", "  \n"))
        elif t == "kv": out.append(f"**{b[1]}:** {b[2]}")
        elif t == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
        elif t == "li": out.append("- " + b[1])
        elif t == "page": out.append("---")
        out.append("")
    return "\n".join(out)


def html_text(d: Doc, style: str) -> str:
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(next((b[1] for b in d.blocks if b[0] == 'title'), 'Dokument'))}</title>",
             "<style>body{font-family:Arial} .lbl{font-weight:bold}</style></head><body>"]
    if style == "minside":
        parts.append('<div class="header">Jobnet · Min side</div>')
    for b in d.blocks:
        t = b[0]
        if t == "title": parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h": parts.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p": parts.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif t == "kv": parts.append(f'<p><span class="lbl">{e(b[1])}:</span> {e(b[2])}</p>')
        elif t == "table":
            parts.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in b[1]) + "</table>")
        elif t == "li": parts.append(f"<ul><li>{e(b[1])}</li></ul>")
        elif t == "page": parts.append("<hr>")
    parts.append("</body></html>")
    return "\n".join(parts)


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                bt = ch.encode("cp1252")
                out.append("\\'%02x" % bt[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def rtf_text(d: Doc) -> str:
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\info{\author Jobcenter}{\operator WORD97}}\paperw11906\paperh16838\margl1418\margr1418\f0\fs24 "]
    for b in d.blocks:
        t = b[0]
        if t == "title": o.append(r"\pard\qc\b\fs32 " + rtf_escape(b[1]) + r"\b0\fs24\par\pard")
        elif t == "h": o.append(r"\pard\b " + rtf_escape(b[1]) + r"\b0\par")
        elif t == "p": o.append(r"\pard " + rtf_escape(b[1]) + r"\par")
        elif t == "kv": o.append(r"\pard{\b " + rtf_escape(b[1]) + r":}\tab " + rtf_escape(b[2]) + r"\par")
        elif t == "table":
            for row in b[1]:
                n = len(row)
                w = 9000 // n
                o.append(r"\trowd\trgaph108" + "".join(r"\cellx%d" % (w * (i + 1)) for i in range(n)))
                o.append("".join(r"\pard\intbl " + rtf_escape(x) + r"\cell" for x in row) + r"\row")
            o.append(r"\pard")
        elif t == "li": o.append(r"\pard\fi-360\li720 \'95\tab " + rtf_escape(b[1]) + r"\par")
        elif t == "page": o.append(r"\page")
    o.append("}")
    return "\n".join(o)


def write_docx(d: Doc, path: Path, old: bool):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman" if old else "Calibri"
    st.font.size = Pt(12 if old else 11)
    for b in d.blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], level=1)
        elif t == "h":
            if old:
                p = doc.add_paragraph(); run = p.add_run(b[1]); run.bold = True
            else:
                doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "kv":
            p = doc.add_paragraph(); r1 = p.add_run(b[1] + ":"); r1.bold = True
            p.add_run("\t" + b[2] if old else " " + b[2])
        elif t == "table":
            rows = b[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, x in enumerate(row):
                    tb.cell(i, j).text = x
        elif t == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif t == "page":
            doc.add_page_break()
    doc.core_properties.author = "Jobcenter"
    doc.save(str(path))


def write_pdf(d: Doc, path: Path, old: bool):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Times-Roman" if old else "Helvetica"
    cand = ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf" if old
            else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if Path(cand).exists():
        name = "FBSerif" if old else "FBSans"
        pdfmetrics.registerFont(TTFont(name, cand))
        font = name
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=11 if not old else 12, leading=15)
    h1 = ParagraphStyle("h1", parent=body, fontSize=16, leading=20, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12, leading=16, spaceBefore=6)
    e = htmlmod.escape
    story = []
    for b in d.blocks:
        t = b[0]
        if t == "title": story.append(Paragraph("<b>" + e(b[1]) + "</b>", h1))
        elif t == "h": story.append(Paragraph("<b>" + e(b[1]) + "</b>", h2))
        elif t == "p": story.append(Paragraph(e(b[1]).replace("\n", "<br/>"), body))
        elif t == "kv": story.append(Paragraph(f"<b>{e(b[1])}:</b> {e(b[2])}", body))
        elif t == "table":
            data = [[Paragraph(e(x), body) for x in row] for row in b[1]]
            n = len(b[1][0])
            tb = Table(data, colWidths=[160, 300] if n == 2 else None)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        elif t == "li": story.append(Paragraph("• " + e(b[1]), body))
        elif t == "page": story.append(PageBreak())
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title="", author="", creator="", producer="",
                      invariant=1).build(story)


def scan_pdf(src_pdf: Path, out_pdf: Path, rng: random.Random, ocr: bool, tmp: Path):
    from PIL import Image, ImageFilter
    stem = tmp / out_pdf.stem
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src_pdf), str(stem)], check=True)
    pages = sorted(tmp.glob(out_pdf.stem + "-*.png"))
    imgs = []
    for pg in pages:
        im = Image.open(pg).convert("L")
        im = im.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        # speckle
        px = im.load()
        w, h = im.size
        for _ in range(1500):
            px[rng.randrange(w), rng.randrange(h)] = rng.choice([0, 90])
        imgs.append(im)
    if ocr:
        outs = []
        for i, im in enumerate(imgs):
            ip = tmp / f"{out_pdf.stem}_p{i}.png"
            im.save(ip, dpi=(200, 200))
            base = tmp / f"{out_pdf.stem}_p{i}"
            subprocess.run(["tesseract", str(ip), str(base), "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(str(base) + ".pdf")
        from pypdf import PdfWriter
        w = PdfWriter()
        for o in outs:
            w.append(o)
        with open(out_pdf, "wb") as fh:
            w.write(fh)
    else:
        imgs[0].save(out_pdf, "PDF", resolution=200, save_all=True, append_images=imgs[1:])


def write_eml(d: Doc, path: Path, c: Case, subject: str, as_attachment_bytes: bytes | None = None,
              attach_name: str | None = None, body_text: str | None = None):
    m = EmailMessage()
    m["From"] = f"{c.caseworker} <{c.caseworker.split()[0].lower()}@{c.komm.lower().replace('ø', 'oe').replace('æ', 'ae')}.dk>"
    m["To"] = f"{c.provider} <post@{c.provider.lower().replace(' ', '').replace('æ', 'ae').replace('ø', 'oe')}.dk>"
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 9, 30,
                                            tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{abs(hash(subject)) % 10**9}.{c.sagsnr.replace(' ', '')}@{c.komm.lower().replace('ø', 'oe').replace('æ', 'ae')}.dk>"
    m.set_content(body_text if body_text is not None else blocks_text(d, "plain"))
    if as_attachment_bytes is not None:
        m.add_attachment(as_attachment_bytes, maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=attach_name)
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- plan of the corpus
def build_plan(rng: random.Random):
    """List of (kind, sub, fmt, year, layout, defects)."""
    plan = []
    agr_defects = [[], [], [], [], [], [], [], [], [], [], [], [], [], [], [],  # 15 clean
                   ["missing-hours"], ["missing-follow-up"], ["missing-appeal-guidance"], ["missing-mentor"],
                   ["unclear-goal"], ["duration-over-6-months"], ["missing-tasks"], ["missing-goal"],
                   ["missing-duration"], ["missing-appeal-guidance", "missing-follow-up"],
                   ["unclear-goal", "missing-hours"], ["duration-over-6-months", "missing-appeal-guidance"],
                   ["missing-mentor", "missing-tasks"], ["missing-follow-up"], ["missing-hours"],
                   ["appeal-wrong-route"], ["missing-appeal-guidance"], ["unclear-goal"],
                   ["udskriv"], ["udskriv_over"], ["exact6"], ["weeks26"], ["len_ok"], ["missing-duration", "missing-hours"]]
    # udskriv, exact6, weeks26, len_ok are clean edge cases -> 19 clean of 39
    agr_formats = (["docx"] * 9 + ["rtf"] * 6 + ["pdf"] * 6 + ["scan"] * 6 + ["txt"] * 5 + ["odt"] * 3 +
                   ["html"] * 1 + ["eml"] * 2 + ["docx_conv"] * 1)
    rng.shuffle(agr_formats)
    years = list(range(2015, 2027)) + [2026, 2026, 2024]  # the newest year is the fullest in an archive
    for i, dfs in enumerate(agr_defects):
        fmt = agr_formats[i % len(agr_formats)]
        y = years[i % len(years)] if i < 36 else rng.choice(years)
        layout = rng.choice(["kv", "table", "numbered", "headings"])
        if fmt == "txt":
            layout = rng.choice(["kv", "numbered"])
        plan.append(("agreement", "agreement", fmt, y, layout, dfs))
    # a few fax agreements (cover + agreement) are added as layout "fax"
    for fmt, y, dfs in [("scan", 2015, []), ("txt", 2016, ["missing-hours"]), ("pdf", 2017, []),
                        ("scan", 2018, ["missing-appeal-guidance"])]:
        plan.append(("agreement", "agreement", fmt, y, "fax", dfs))

    dec = [("grant", []), ("grant", []), ("grant", []), ("grant", []), ("grant", ["duration-over-6-months"]),
           ("grant", ["missing-appeal-guidance"]), ("grant", ["appeal-wrong-route"]), ("grant", ["duration-over-6-months"]),
           ("partial", []), ("partial", []), ("partial", ["missing-reasons"]), ("partial", ["missing-appeal-guidance"]),
           ("refusal", []), ("refusal", []), ("refusal", ["missing-reasons"]), ("refusal", ["missing-appeal-guidance"]),
           ("refusal", ["appeal-wrong-route"]), ("extension", []), ("extension", []),
           ("extension", ["duration-over-6-months"]), ("end", []), ("end", ["missing-reasons"]),
           ("end", ["missing-appeal-guidance"]), ("grant", ["missing-appeal-guidance", "duration-over-6-months"]),
           ("grant", [])]
    dec_formats = (["pdf"] * 6 + ["docx"] * 5 + ["rtf"] * 3 + ["scan"] * 3 + ["html"] * 3 + ["eml"] * 2 +
                   ["txt"] * 2 + ["odt"] * 1)
    rng.shuffle(dec_formats)
    for i, (sub, dfs) in enumerate(dec):
        plan.append(("decision", sub, dec_formats[i % len(dec_formats)], years[(i * 5) % len(years)], "letter", dfs))

    mp = [[], [], [], [], [], [], [], ["missing-hours"], ["missing-mentor"], ["unclear-goal"],
          ["duration-over-6-months"], ["missing-tasks"], ["missing-duration"], ["missing-goal"],
          ["missing-hours", "unclear-goal"], ["duration-over-6-months"], []]
    mp_formats = ["html"] * 5 + ["pdf"] * 4 + ["txt"] * 2 + ["docx"] * 2 + ["md"] * 2 + ["scan"] * 1 + ["rtf"] * 1
    rng.shuffle(mp_formats)
    for i, dfs in enumerate(mp):
        y = years[(i * 7) % len(years)]
        style = "jobplan" if y <= 2016 else ("minside" if y <= 2019 else "minplan")
        plan.append(("minplan", "minplan", mp_formats[i % len(mp_formats)], y, style, dfs))

    unk = [("fax_only", "txt"), ("fax_only", "scan"), ("status", "docx"), ("status", "pdf"), ("invoice", "pdf"),
           ("invoice", "rtf"), ("minutes", "docx"), ("leaflet", "html"), ("leaflet", "md"), ("private", "docx"),
           ("private", "odt"), ("ankestyrelsen", "pdf"), ("genvurdering", "docx"), ("bestilling", "eml"),
           ("partshoring", "rtf"), ("mail_meeting", "eml"), ("notice", "html"), ("standard", "scan_img")]
    for i, (sub, fmt) in enumerate(unk):
        plan.append(("unknown", sub, fmt, years[(i * 3) % len(years)], "misc", []))
    # the archive's worst copies: OCR'd text exports, image-only scans, Word 97 files re-saved
    plan += [("agreement", "agreement", "ocrtxt", 2016, "kv", []),
             ("agreement", "agreement", "ocrtxt", 2017, "numbered", ["missing-hours"]),
             ("agreement", "agreement", "ocrtxt", 2019, "kv", ["duration-over-6-months"]),
             ("decision", "refusal", "ocrtxt", 2018, "letter", []),
             ("minplan", "minplan", "ocrtxt", 2017, "minside", ["missing-mentor"]),
             ("agreement", "agreement", "scan_img", 2015, "table", []),
             ("agreement", "agreement", "scan_img", 2019, "kv", ["missing-goal"]),
             ("agreement", "agreement", "docx_conv", 2016, "kv", ["unclear-goal"]),
             ("agreement", "agreement", "docx_conv", 2018, "table", []),
             ("decision", "grant", "docx_conv", 2019, "letter", [])]
    return plan


def ocr_damage(text: str, rng: random.Random) -> str:
    """Damage like the OCR'd STAR guidance (seed 004): å->a, ø->e/g/o, æ->@/ae, ' i '->' 1 '."""
    words = text.split(" ")
    out = []
    for w in words:
        if any(ch.isdigit() for ch in w):
            out.append(w); continue
        if "ø" in w and rng.random() < 0.5:
            w = w.replace("ø", rng.choice(["e", "g", "o"]))
        if "å" in w and rng.random() < 0.5:
            w = w.replace("å", "a")
        if "æ" in w and rng.random() < 0.3:
            w = w.replace("æ", rng.choice(["@", "ae"]))
        if w == "i" and rng.random() < 0.5:
            w = "1"
        out.append(w)
    return " ".join(out)


EXT = {"ocrtxt": "txt", "docx": "docx", "docx_conv": "docx", "rtf": "rtf", "pdf": "pdf", "scan": "pdf", "scan_img": "pdf",
       "txt": "txt", "odt": "odt", "html": "html", "eml": "eml", "md": "md"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="fb_"))
    plan = build_plan(rng)
    entries = []
    to_odt = []      # (docx tmp path, final path)
    to_conv = []     # rtf tmp -> docx final (Word 97 file re-saved)
    n_cpr = 0
    n_eml_agr = 0
    for idx, (kind, sub, fmt, year, layout, dfs) in enumerate(plan):
        c = Case(rng, year)
        c.prefer_phone = fmt in ("scan", "scan_img")
        with_cpr = rng.random() < 0.38 and fmt not in ("md",)
        if kind == "agreement":
            d, rules, extras, traits, period, title = make_agreement(c, dfs, "kv" if layout == "fax" else layout,
                                                                      with_cpr, fax=(layout == "fax"))
        elif kind == "decision":
            d, rules, extras, traits, period, title = make_decision(c, sub, dfs, with_cpr)
        elif kind == "minplan":
            d, rules, extras, traits, period, title = make_minplan(c, dfs, layout, with_cpr)
        else:
            d, rules, extras, traits, period, title = make_unknown(c, sub, with_cpr)
        has_cpr = any(c.cpr in " ".join(str(x) for x in b[1:]) for b in d.blocks)
        folder = {"old": "arkiv_2015-2019", "mid": "2020-2025", "new": "2026"}[c.era]
        slug = {"agreement": "aftale", "decision": "afg", "minplan": "minplan", "unknown": "andet"}[kind]
        name = f"{folder}/{c.year}_{slug}_{sub}_{idx:03d}.{EXT[fmt]}"
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        old = c.era == "old"
        traits.append(f"fmt:{fmt}")
        if fmt == "docx":
            write_docx(d, path, old)
        elif fmt == "docx_conv":
            rp = tmp / (path.stem + ".rtf")
            rp.write_text(rtf_text(d), encoding="ascii")
            to_conv.append((rp, path)); traits.append("word97-converted")
        elif fmt == "rtf":
            path.write_text(rtf_text(d), encoding="ascii")
        elif fmt == "pdf":
            write_pdf(d, path, old)
        elif fmt in ("scan", "scan_img"):
            src = tmp / (path.stem + "_src.pdf")
            write_pdf(d, src, True)
            scan_pdf(src, path, rng, ocr=(fmt == "scan"), tmp=tmp)
            traits.append("scanned-ocr-layer" if fmt == "scan" else "scanned-image-only")
        elif fmt == "txt":
            style = "old" if old else "plain"
            txt = blocks_text(d, style)
            if old and rng.random() < 0.6:
                path.write_bytes(txt.replace("\n", "\r\n").encode("cp1252", errors="replace")); traits.append("cp1252-crlf")
            else:
                path.write_text(txt, encoding="utf-8")
        elif fmt == "ocrtxt":
            path.write_text(ocr_damage(blocks_text(d, "plain"), rng), encoding="utf-8")
            traits.append("ocr-damaged-text")
        elif fmt == "md":
            path.write_text(md_text(d), encoding="utf-8")
        elif fmt == "html":
            path.write_text(html_text(d, layout), encoding="utf-8")
        elif fmt == "odt":
            dp = tmp / (path.stem + ".docx")
            write_docx(d, dp, old)
            to_odt.append((dp, path))
        elif fmt == "eml":
            subj = {"agreement": f"Mentoraftale {c.citizen}", "decision": f"Afgørelse: {title}",
                    "minplan": "Min Plan", "unknown": title}[kind]
            if kind == "unknown":
                write_eml(d, path, c, subj, body_text=blocks_text(d, "plain"))
            elif kind == "agreement" and n_eml_agr % 2 == 0:
                ap_ = tmp / (path.stem + ".docx")
                write_docx(d, ap_, old)
                write_eml(d, path, c, subj, ap_.read_bytes(), "mentoraftale.docx",
                          body_text=f"Hej {c.mentor.split()[0]}\n\nHermed aftalen for {c.citizen} som vedhæftet.\n\n"
                                    f"Venlig hilsen\n{c.caseworker}\n")
                traits.append("eml-attachment")
            else:
                write_eml(d, path, c, subj)
            if kind == "agreement":
                n_eml_agr += 1
        if has_cpr:
            n_cpr += 1
            traits.append("cpr")
        entries.append({
            "path": name, "format": EXT[fmt], "kind": kind, "subtype": sub,
            "layout": {"agreement": f"agr-{layout}", "decision": f"dec-{c.era}", "minplan": f"plan-{layout}",
                       "unknown": f"other-{sub}"}[kind],
            "rules": sorted(set(rules) & set(RULES9)), "extras": sorted(extras), "error": None, "accept_errors": [],
            "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if has_cpr else [],
            "traits": traits, "period": period,
        })
    prof = "-env:UserInstallation=file:///tmp/lo_fb_profile"
    if to_odt:
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "odt", "--outdir", str(tmp / "odt")]
                       + [str(p) for p, _ in to_odt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for p, final in to_odt:
            shutil.move(str(tmp / "odt" / (p.stem + ".odt")), final)
    if to_conv:
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                        str(tmp / "conv")] + [str(p) for p, _ in to_conv], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for p, final in to_conv:
            shutil.move(str(tmp / "conv" / (p.stem + ".docx")), final)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents, {n_cpr} with CPR, written to {out}")


if __name__ == "__main__":
    main()
