#!/usr/bin/env python3
"""Corpus IX: an archive that reaches back before the current act.

Mentor support granted under old LAB § 78 ("mentorfunktion", jobplan, 2010-2013), under
LAB kap. 9 b § 31 b (2014-2019, Min Plan), under LAB § 167 (2020-2025) and current 2026
letters ("kommunen") that cite both the old and the new section numbers. Documents come as
old .doc files saved as .docx, hand-written RTF, windows-1252 text and HTML exports, fax
scans (image-only, or with a Tesseract text layer), e-mails from a fax gateway, and ODT.

Run:  /work/main/.venv/bin/python make_corpus_ix.py --out /work/corpora/ix [--seed 20]
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

D = dt.date

# --------------------------------------------------------------------------- data
KOMMUNER = ["Vesthimmerlands", "Skive", "Faaborg-Midtfyn", "Lolland", "Syddjurs", "Norddjurs",
            "Haderslev", "Ringsted", "Thisted", "Kalundborg", "Odsherred", "Brønderslev"]
CITIZENS = ["Jannik Holm", "Mette Kristiansen", "Ali Yousef", "Sabrina Lund", "Kasper Vinther",
            "Dorthe Baun", "Ibrahim Hassan", "Line Sørensen", "Rasmus Kjær", "Natasja Friis",
            "Morten Bach", "Camilla Ravn", "Tobias Lykke", "Fatima Ali", "Henrik Dahl",
            "Pernille Mose", "Jonas Krog", "Yasmin Omar", "Bjarne Toft", "Louise Hald"]
MENTORS = [("Birthe Laustsen", "Jobværkstedet", "98 12 34 56", "bl@jobvaerkstedet.dk"),
           ("Søren Mikkelsen", "Mentorhuset ApS", "40 22 18 90", "sm@mentorhuset.dk"),
           ("Hanne Ebbesen", "Ungeenheden", "72 36 45 10", "hae@ungeenheden.dk"),
           ("Klaus Bendtsen", "Virksomhedsservice", "23 61 77 04", "kbe@virk-service.dk"),
           ("Anja Toft", "Projekt Brobygning", "51 90 44 12", "at@brobygning.dk"),
           ("Lars Grønbech", "Bydelsmentorerne", "30 14 58 22", "lars@bydelsmentor.dk"),
           ("Inge Skovgaard", "Produktionsskolen", "96 54 10 30", "is@prodskolen.dk"),
           ("Peter Nørgaard", "Misbrugscentret", "21 47 39 88", "pn@misbrug.dk")]
CASEWORKERS = ["Susanne Riis", "Jens Kragh", "Tina Mølgaard", "Bo Lindberg", "Anette Brix",
               "Kim Halvorsen"]
GOALS = [
    "{fn} gennemfører virksomhedspraktik på lageret hos {firm} 15 timer om ugen og har højst to fraværsdage pr. måned, så praktikken kan overgå til løntilskud.",
    "{fn} starter på grundforløbet til tømrer på {school} i august og møder alle skoledage i de første 8 uger.",
    "{fn} er i ordinært job som rengøringsassistent hos {firm} mindst 20 timer om ugen ved periodens udløb.",
    "{fn} gennemfører 9. klasses afgangsprøve i dansk og matematik på VUC og søger ind på SOSU-hjælperuddannelsen.",
    "{fn} møder stabilt i aktiveringstilbuddet på {firm} fire dage om ugen, så der kan etableres løntilskud som pedelmedhjælper.",
    "{fn} fastholder sit fleksjob som køkkenmedhjælper hos {firm} 12 timer om ugen og har ingen sygedage uden besked.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "Hjælp til at komme videre og få det bedre.",
    "At {fn} får et større selvværd og kommer tættere på arbejdsmarkedet.",
    "Motivere {fn} og sikre at {fn} har det godt.",
]
TASKS = [
    "Mentoren følger {fn} til praktikstedet de første to uger, tager en ugentlig samtale om fremmøde og transport og hjælper med kontakten til kontaktpersonen på arbejdspladsen.",
    "Vækning og opringning om morgenen de første fire uger; hjælp til at åbne e-Boks og læse breve fra kommunen; ledsagelse til samtaler på skolen.",
    "Mentoren hjælper med at planlægge ugen, træner busruten til skolen og taler med {fn} om lektier og fravær.",
    "Samtaler om fremmøde, hjælp til kontakt med læge og misbrugscenter, støtte i forbindelse med opstart på arbejdspladsen.",
]
FIRMS = ["Dagrofa Lager", "Salling Group", "Skive Tømrerfirma", "ISS Facility", "Genbrugspladsen Nord",
         "Plejecenter Solhaven", "Danish Crown"]
SCHOOLS = ["Tradium", "EUC Nordvest", "Skive College", "SOSU Nord", "Zealand Business College"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))


def fmt_date(d: D, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_AB[d.month-1]} {d.year}"
    if style == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"
    return d.isoformat()


def cpr_for(rng: random.Random) -> str:
    y = rng.randint(60, 99)
    m = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"{day:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


# --------------------------------------------------------------------------- eras
ERAS = {
    # name: (year range, law ref, sender, appeal body text, plan name, six-month cap applies)
    "e1": dict(years=(2010, 2013), ref="lov om en aktiv beskæftigelsesindsats § 78",
               short="LAB § 78", term="mentorfunktion", sender="Jobcenter {k}",
               plan="Jobplan", cap=False),
    "e2": dict(years=(2014, 2019), ref="lov om en aktiv beskæftigelsesindsats kapitel 9 b, § 31 b",
               short="LAB § 31 b", term="mentorstøtte", sender="Jobcenter {k}",
               plan="Min Plan", cap=False),
    "e3": dict(years=(2020, 2025), ref="lov om en aktiv beskæftigelsesindsats § 167, stk. 1",
               short="LAB § 167", term="mentorstøtte", sender="Jobcenter {k}",
               plan="Min Plan", cap=True),
    "e4": dict(years=(2026, 2026), ref="LAB § 167, stk. 1 (tidligere § 31 b)",
               short="§ 167 (tidl. § 31 b)", term="mentorstøtte", sender="{k} Kommune",
               plan="Min Plan", cap=True),
}


def appeal_text(era: str, k: str, variant: int) -> str:
    if era == "e1":
        return (f"Klagevejledning\nHvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til "
                f"Jobcenter {k} inden 4 uger efter, at du har modtaget denne afgørelse. Jobcentret vurderer "
                f"sagen igen. Fastholder jobcentret afgørelsen, sendes klagen videre til Beskæftigelsesankenævnet. "
                f"Du kan klage skriftligt eller mundtligt.")
    if era == "e2":
        return (f"Sådan klager du\nDu kan klage over afgørelsen til Jobcenter {k}. Klagen skal være "
                f"modtaget inden fire uger fra du har fået dette brev. Jobcentret genvurderer afgørelsen. "
                f"Hvis jobcentret fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, "
                f"Beskæftigelsesudvalget, jf. retssikkerhedslovens kapitel 10.")
    if variant == 0:
        return (f"Klagevejledning\nHvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden "
                f"fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
                f"Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, "
                f"som tager stilling til afgørelsen (LAB § 204, retssikkerhedsloven kap. 10).")
    return (f"Hvis du vil klage\nSend din klage til {('Jobcenter ' + k) if era == 'e3' else (k + ' Kommune')} senest 4 uger efter, "
            f"at du har modtaget afgørelsen. Du kan klage på mail, brev eller telefon. Vi ser på sagen igen, og "
            f"giver vi dig ikke ret, sender vi klagen til Ankestyrelsen.")


BAD_APPEALS = [
    "Klagevejledning\nDu kan klage over afgørelsen.",
    "Klage\nEventuel klage sendes til Ankestyrelsen, 7998 Statsservice.",
    "Klagevejledning vedrørende befordringsgodtgørelse\nKlage over afgørelse om befordringsgodtgørelse sendes til jobcentret inden 4 uger.",
]


# --------------------------------------------------------------------------- document builders
class Doc:
    def __init__(self):
        self.lines: list[tuple[str, str]] = []  # (style, text) style: title|h|p|kv

    def t(self, s):
        self.lines.append(("title", s))

    def h(self, s):
        self.lines.append(("h", s))

    def p(self, s):
        for i, part in enumerate(s.split("\n")):
            self.lines.append(("h" if (i == 0 and "\n" in s and len(part) < 60) else "p", part))

    def kv(self, k, v):
        self.lines.append(("kv", f"{k}\t{v}"))

    def text(self) -> str:
        out = []
        for st, s in self.lines:
            if st == "kv":
                k, v = s.split("\t", 1)
                out.append(f"{k}: {v}")
            elif st in ("title", "h"):
                out.append("")
                out.append(s)
            else:
                out.append(s)
        return "\n".join(out).strip() + "\n"


def ctx(rng, era):
    k = rng.choice(KOMMUNER)
    y0, y1 = ERAS[era]["years"]
    year = rng.randint(y0, y1)
    start = D(year, rng.randint(1, 10), rng.choice([1, 1, 1, 15]))
    fn_full = rng.choice(CITIZENS)
    m = rng.choice(MENTORS)
    return dict(k=k, start=start, name=fn_full, fn=fn_full.split()[0], mentor=m,
                cw=rng.choice(CASEWORKERS), firm=rng.choice(FIRMS), school=rng.choice(SCHOOLS),
                sender=ERAS[era]["sender"].format(k=k), dstyle=rng.randrange(5),
                jnr=case_no(rng, era, year))


def case_no(rng, era, year):
    if era == "e1":
        return f"J.nr. 15.02.10-G01-{rng.randint(100, 9999)}-{year % 100:02d}"
    if era == "e2":
        return f"Sagsnr. 15.20.24-G01-{rng.randint(10, 999)}-{year % 100:02d}"
    return f"Sagsnr. {year}-{rng.randint(10000, 99999)}"


def letterhead(d: Doc, c, era, rng, cpr):
    d.p(c["sender"])
    if era == "e1":
        d.p(rng.choice(["Mentorenheden", "Afdeling for aktivering", "Team Matchgruppe 3"]))
    d.p(f"{c['jnr']}")
    d.p(f"Dato: {fmt_date(c['start'] - dt.timedelta(days=rng.randint(3, 20)), c['dstyle'])}")
    d.p(f"Borger: {c['name']}")
    if cpr:
        d.p(f"CPR-nr.: {cpr}")


def period_text(c, months, style=None):
    s = c["start"]
    e = add_months(s, months) - dt.timedelta(days=1)
    st = c["dstyle"] if style is None else style
    return f"{fmt_date(s, st)} – {fmt_date(e, st)}", (s, e)


def hours_text(rng):
    return rng.choice(["3 timer pr. uge", "2 timer ugentligt", "4 t/uge", "i alt 5 timer om ugen",
                       "8 timer om måneden"])


def follow_text(rng, c):
    return rng.choice([
        "Statusmøde med mentor, {fn} og sagsbehandler hver måned; evaluering 14 dage før støtten ophører.",
        "Sagsbehandleren følger op hver 3. måned og altid 14 dage før periodens udløb. Delmål: fremmøde mindst 4 dage om ugen efter 6 uger.",
        "Mentor sender en kort status hver 4. uge. Progression måles på fremmøde og antal timer i praktik; opfølgningssamtale midtvejs.",
    ]).format(fn=c["fn"])


def build_agreement(rng, era, defects, cpr, months, layout):
    c = ctx(rng, era)
    E = ERAS[era]
    d = Doc()
    letterhead(d, c, era, rng, cpr)
    title = {"e1": rng.choice(["Aftale om mentorfunktion", "Mentoraftale – mentorordning"]),
             "e2": rng.choice(["Aftale om mentorstøtte", "Mentoraftale"]),
             "e3": "Aftale om mentorstøtte", "e4": "Aftale om mentorstøtte"}[era]
    d.t(title)
    d.p(f"Aftalen er indgået efter {E['ref']}." if era != "e4" else
        "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167 (tidligere § 31 b i kapitel 9 b).")
    if era == "e1":
        d.p(f"{c['name']} deltager i aktivering og får tilbud om en mentorfunktion som støtte til tilbuddet.")
    m = c["mentor"]
    goal = rng.choice(UNCLEAR_GOALS if "unclear-goal" in defects else GOALS).format(**c)
    ptxt, per = period_text(c, months)
    rows = []
    if "missing-goal" not in defects:
        rows.append(("Målet med " + ("mentorfunktionen" if era == "e1" else "mentorstøtten"), goal))
    if "missing-mentor" in defects:
        rows.append(("Mentor", f"{m[0]}, {m[1]}"))
    else:
        rows.append(("Mentor", f"{m[0]}, {m[1]}, tlf. {m[2]}, {m[3]}"))
    if "missing-tasks" not in defects:
        rows.append(("Mentorens opgaver", rng.choice(TASKS).format(**c)))
    if "missing-duration" in defects:
        rows.append(("Periode", f"fra {fmt_date(c['start'], c['dstyle'])} og indtil videre"))
        per = None
    else:
        rows.append(("Periode", ptxt))
    if "missing-hours" in defects:
        rows.append(("Timetal", rng.choice(["efter behov", "et par timer om ugen"])))
    else:
        rows.append(("Timetal", hours_text(rng)))
    if "missing-follow-up" in defects:
        rows.append(("Opfølgning", "Der følges op efter behov."))
    else:
        rows.append(("Opfølgning", follow_text(rng, c)))
    if layout == "table":
        for k_, v in rows:
            d.kv(k_, v)
    else:
        for i, (k_, v) in enumerate(rows, 1):
            d.p(f"{i}) {k_}: {v}")
    if "missing-appeal-guidance" in defects:
        d.p(rng.choice(BAD_APPEALS))
    else:
        d.p(appeal_text(era, c["k"], rng.randrange(2)))
    d.p("Underskrifter")
    d.p(f"Borger: {c['name']}        Mentor: {m[0]}        Sagsbehandler: {c['cw']}, {c['sender']}")
    return d, per, c


def build_decision(rng, era, sub, defects, cpr, months):
    c = ctx(rng, era)
    E = ERAS[era]
    d = Doc()
    letterhead(d, c, era, rng, cpr)
    term = E["term"]
    ptxt, per = period_text(c, months, style=0)
    m = c["mentor"]
    if sub == "grant":
        d.t(rng.choice([f"Afgørelse om {term}", f"Bevilling af {term}", f"Du får {term}"]))
        d.p(f"Kære {c['fn']}")
        d.p(f"Du har fået bevilget {term} efter {E['ref']} i perioden {ptxt}.")
        d.p(f"Din mentor bliver {m[0]} fra {m[1]}, tlf. {m[2]}.")
        d.p(f"Formålet er, at du {rng.choice(['kommer i praktik', 'starter på uddannelse', 'bliver fastholdt i dit job'])}.")
        d.p("Den skriftlige aftale om mentorstøtten laver du sammen med din mentor ved første møde.")
    elif sub == "partial":
        d.t(f"Afgørelse – delvis bevilling af {term}")
        d.p(f"Du søgte om {term} i 10 timer om ugen. Vi bevilger 4 timer om ugen i perioden {ptxt}.")
        d.p(f"Begrundelse\nVi har lagt vægt på, at du allerede får støtte fra skolens elevcoach, og at "
            f"dit behov for støtte uden for skolen efter vores vurdering kan dækkes med 4 timer. Afgørelsen er truffet efter {E['ref']}.")
    elif sub == "refusal":
        per = None
        d.t(f"Afslag på ansøgning om {term}")
        d.p(f"Du har søgt om {term}. Vi kan ikke imødekomme din ansøgning.")
        if "no-reasons" not in defects:
            d.p(f"Begrundelse\nDer kan ikke gives {term}, når der ikke er et mål om beskæftigelse eller "
                f"uddannelse, jf. {E['short']}. Vi har lagt vægt på, at du er bevilget førtidspension fra "
                f"{fmt_date(c['start'], 0)}.")
    elif sub == "extension":
        d.t(rng.choice([f"Forlængelse af {term}", f"Afgørelse om forlængelse af {term}"]))
        prev_start = add_months(c["start"], -6)
        d.p(f"Din tidligere periode med {term} ({fmt_date(prev_start, 0)} – {fmt_date(c['start'] - dt.timedelta(days=1), 0)}) udløber. "
            f"Efter en konkret vurdering forlænger vi støtten i perioden {ptxt}.")
        d.p(f"Begrundelse\nDu er kommet i gang med praktikken, men har stadig brug for hjælp til fremmøde. "
            f"Vi har lagt vægt på mentorens status fra {fmt_date(c['start'] - dt.timedelta(days=20), 0)}, jf. {E['short']}.")
    elif sub == "end":
        per = None
        d.t(f"Ophør af {term}")
        d.p(f"Din {term} ophører den {fmt_date(c['start'], 0)}.")
        d.p(f"Begrundelse\nDu er startet i ordinært job hos {c['firm']}, og målet med støtten er dermed nået. "
            f"Afgørelsen er truffet efter {E['short']}.")
    if "missing-appeal-guidance" in defects:
        bad = rng.choice(BAD_APPEALS[:2] + [""])
        if bad:
            d.p(bad)
    else:
        d.p(appeal_text(era, c["k"], rng.randrange(2)))
    d.p("Med venlig hilsen")
    d.p(f"{c['cw']}\n{c['sender']}")
    return d, per, c


def build_minplan(rng, era, defects, cpr, months):
    c = ctx(rng, era)
    E = ERAS[era]
    d = Doc()
    plan = E["plan"]
    if era == "e1":
        d.t(f"Jobplan for {c['name']}")
        d.p(f"Udarbejdet af {c['sender']} efter LAB § 27. {c['jnr']}")
    else:
        d.t(rng.choice([f"Min Plan – {c['name']}", "Min Plan: Udskrift", f"Min Plan (udskrevet {fmt_date(c['start'], 1)})"]))
        d.p(f"{c['sender']}, {c['jnr']}")
    if cpr:
        d.p(f"CPR: {cpr}")
    d.p("Beskæftigelsesmål\nLager og logistik, evt. truckcertifikat.")
    d.h("Tilbud: " + ("Mentorfunktion (LAB § 78)" if era == "e1" else f"Mentorstøtte ({E['short']})"))
    m = c["mentor"]
    ptxt, per = period_text(c, months, style=1)
    if "missing-goal" not in defects:
        goal = rng.choice(UNCLEAR_GOALS if "unclear-goal" in defects else GOALS).format(**c)
        d.kv("Formål med mentorstøtten" if era != "e1" else "Formål med mentorfunktionen", goal)
    if "missing-mentor" in defects:
        d.kv("Mentor", f"{m[0]} ({m[1]})")
    else:
        d.kv("Mentor", f"{m[0]}, {m[1]}, tlf. {m[2]}")
    if "missing-tasks" not in defects:
        d.kv("Mentors opgaver", rng.choice(TASKS).format(**c))
    if "missing-duration" in defects:
        d.kv("Periode", "Afklares ved næste samtale")
        per = None
    else:
        d.kv("Periode", ptxt)
    if "missing-hours" not in defects:
        d.kv("Timer", hours_text(rng))
    d.h("Andre aktiviteter")
    d.kv("Aktivering", f"Virksomhedspraktik hos {c['firm']}, 15 timer/uge")
    d.p(f"Planen er gennemgået med {c['fn']} den {fmt_date(c['start'] - dt.timedelta(days=4), 0)}.")
    return d, per, c


# --------------------------------------------------------------------------- unknown documents
def build_unknown(rng, which, cpr):
    c = ctx(rng, rng.choice(["e1", "e2", "e3"]))
    d = Doc()
    m = c["mentor"]
    if which == "fax-cover":
        d.t("TELEFAX")
        d.p(f"Til: {m[1]}, att. {m[0]}\nFra: {c['sender']}, {c['cw']}\nFax nr.: 98 12 34 99\nAntal sider inkl. denne: 4")
        d.p(f"Vedr.: mentorfunktion for {c['name']} – aftalen eftersendes med posten.")
        d.p("Denne telefax kan indeholde fortrolige oplysninger. Har De modtaget den ved en fejl, bedes De straks ringe.")
    elif which == "invoice":
        d.t(f"FAKTURA nr. {rng.randint(1000, 9999)}")
        d.p(f"{m[1]}\nCVR {rng.randint(10000000, 99999999)}")
        d.p(f"Til: {c['sender']}, Kreditorafdelingen\nVedr.: mentorfunktion, {c['jnr']}")
        d.kv("Mentortimer april", "16 timer á 425,00 kr.")
        d.kv("Kørsel", "112 km á 3,56 kr.")
        d.kv("I alt ekskl. moms", "7.198,72 kr.")
        d.p("Betalingsbetingelser: netto 30 dage.")
    elif which == "status":
        d.t("Statusrapport – mentorforløb")
        d.p(f"Til: {c['cw']}, {c['sender']}\nFra: {m[0]}, {m[1]}")
        d.p(f"{c['fn']} har mødt op til 7 af 8 aftalte samtaler i perioden. Fremmødet i praktikken er steget fra 2 til 4 dage om ugen. "
            f"Jeg anbefaler, at forløbet fortsætter uændret.")
    elif which == "template":
        d.t("Aftale om mentorfunktion (skabelon, rev. 2011)")
        d.kv("Borger", "")
        d.kv("Målet med mentorfunktionen", "")
        d.kv("Mentor (navn og tlf.)", "")
        d.kv("Mentorens opgaver", "")
        d.kv("Periode", "")
        d.kv("Timetal", "")
        d.kv("Opfølgning", "")
        d.p("Klagevejledning\nDu kan klage til jobcentret inden 4 uger. Fastholder jobcentret afgørelsen, sendes klagen til Beskæftigelsesankenævnet.")
    elif which == "leaflet":
        d.t("Mentorordningen – information til borgere")
        d.p(f"Jobcenter {c['k']}, 2015")
        d.p("Hvad er en mentor? En mentor er en person, der kan hjælpe dig, når du starter i job, uddannelse eller tilbud. "
            "Mentorstøtten gives efter LAB § 31 b. Aftalen skal indeholde målet med mentorstøtten, mentorens navn og "
            "kontaktdata, mentorens opgaver, varighed og opfølgning samt timetallet.")
        d.p("Du kan klage over en afgørelse om mentorstøtte til jobcentret inden 4 uger.")
    elif which == "minutes":
        d.t("Referat af teammøde, Mentorteamet")
        d.p(f"Dato: {fmt_date(c['start'], 0)}. Til stede: {c['cw']}, {m[0]}, {rng.choice(CASEWORKERS)}.")
        d.p("1. Overgang til nyt fagsystem: gamle mentoraftaler fra Word 97 konverteres til .docx.\n"
            "2. Ny skabelon efter lovændringen gennemgås på næste møde.\n3. Eventuelt: intet.")
    elif which == "ankestyrelsen":
        d.t("Ankestyrelsens afgørelse")
        d.p(f"Klage over {c['sender']}s afgørelse om mentorstøtte. {c['jnr']}")
        d.p("Ankestyrelsen stadfæster kommunens afgørelse. Vi har lagt vægt på, at der ikke var et mål om beskæftigelse "
            "eller uddannelse. Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")
    elif which == "journal":
        d.t("Journalnotat")
        d.p(f"{c['jnr']}\nTelefonsamtale med {m[0]} ({m[1]}). {c['fn']} er syg i denne uge. Mentor kontakter igen mandag. "
            f"Ingen ændringer i aftalen. /{c['cw']}")
    elif which == "conversion-log":
        d.t("Konverteringslog – arkivmigrering af mentorsager")
        d.p("Kilde: ESDH (Captia) – mappen MENTOR_2009-2014\nFormat: Word 97-2003 (.doc) → Office Open XML (.docx), RTF bevaret\n"
            "Filer behandlet: 1.284; fejl: 17 (krypterede filer); faxer OCR-behandlet: 212")
    elif which == "private":
        d.t("Mentoraftale – Fodboldklubbens talentlinje")
        d.p(f"Mellem {c['name']} og klubbens mentor {m[0]}. Vi mødes efter træning hver tirsdag og snakker om skole og "
            "kost. Aftalen er frivillig og kan opsiges af begge parter.")
    elif which == "order":
        d.t("Bestilling af mentorforløb")
        d.p(f"Til: {m[1]}\nFra: {c['sender']}, {c['cw']}\n{c['jnr']}")
        d.p(f"Jobcentret bestiller hermed et mentorforløb (mentorfunktion) til {c['name']} med opstart hurtigst muligt. "
            "Leverandøren bedes sende forslag til mentor og timetal inden 5 arbejdsdage. Der udarbejdes en mentoraftale ved opstart.")
    elif which == "hearing":
        d.t("Partshøring – påtænkt ophør af mentorstøtte")
        d.p(f"Kære {c['fn']}\nVi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med din mentor. "
            "Før vi træffer afgørelse, vil vi gerne høre dine bemærkninger. Send dem senest 14 dage fra i dag.")
        d.p(f"Med venlig hilsen\n{c['cw']}, {c['sender']}")
    return d, c


# --------------------------------------------------------------------------- writers
def write_txt(path, d: Doc, enc="utf-8", crlf=False):
    s = d.text()
    if crlf:
        s = s.replace("\n", "\r\n")
    path.write_bytes(s.encode(enc, errors="replace"))


def write_md(path, d: Doc):
    out = []
    for st, s in d.lines:
        if st == "title":
            out.append(f"# {s}\n")
        elif st == "h":
            out.append(f"\n## {s}\n")
        elif st == "kv":
            k, v = s.split("\t", 1)
            out.append(f"- **{k}:** {v}")
        else:
            out.append(s + "\n")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_docx(path, d: Doc, legacy: bool, year: int, table: bool):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman" if legacy else "Calibri"
    st.font.size = Pt(12 if legacy else 11)
    cp = doc.core_properties
    cp.author = "jc-skabelon" if legacy else "Sagsbehandler"
    cp.created = dt.datetime(year, 3, 1, 9, 0)
    cp.comments = "Konverteret fra Word 97-2003 (.doc)" if legacy else ""
    tbl = None
    for st_, s in d.lines:
        if st_ == "kv" and table:
            if tbl is None:
                tbl = doc.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
            k, v = s.split("\t", 1)
            r = tbl.add_row().cells
            r[0].text = k
            r[1].text = v
            continue
        tbl = None
        if st_ == "title":
            doc.add_heading(s, level=1)
        elif st_ == "h":
            p = doc.add_paragraph()
            p.add_run(s).bold = True
        elif st_ == "kv":
            k, v = s.split("\t", 1)
            doc.add_paragraph(f"{k}: {v}")
        else:
            doc.add_paragraph(s)
    doc.save(path)


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def write_rtf(path, d: Doc, table: bool):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
             r"{\info{\author Jobcenter}{\comment Gemt som RTF fra WordPerfect}}", r"\viewkind4\uc1\pard\f0\fs24 "]
    for st, s in d.lines:
        if st == "title":
            parts.append(r"\pard\b\fs32 " + rtf_esc(s) + r"\b0\fs24\par")
        elif st == "h":
            parts.append(r"\pard\b " + rtf_esc(s) + r"\b0\par")
        elif st == "kv":
            k, v = s.split("\t", 1)
            if table:
                parts.append(r"\trowd\cellx3000\cellx9000\pard\intbl " + rtf_esc(k) + r"\cell " + rtf_esc(v) + r"\cell\row")
            else:
                parts.append(r"\pard " + rtf_esc(k + ": " + v) + r"\par")
        else:
            parts.append(r"\pard " + rtf_esc(s) + r"\par")
    parts.append("}")
    path.write_bytes("\r\n".join(parts).encode("ascii"))


def write_html(path, d: Doc, old: bool):
    import html as H
    body = []
    in_tbl = False
    for st, s in d.lines:
        if st == "kv":
            if not in_tbl:
                body.append('<table border="1" cellpadding="3">')
                in_tbl = True
            k, v = s.split("\t", 1)
            body.append(f"<tr><td><b>{H.escape(k)}</b></td><td>{H.escape(v)}</td></tr>")
            continue
        if in_tbl:
            body.append("</table>")
            in_tbl = False
        if st == "title":
            body.append(f"<h1>{H.escape(s)}</h1>")
        elif st == "h":
            body.append(f"<p><b>{H.escape(s)}</b></p>")
        else:
            body.append(f"<p>{H.escape(s)}</p>")
    if in_tbl:
        body.append("</table>")
    if old:
        head = ('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">'
                '<META NAME="Generator" CONTENT="Microsoft Word 97"><TITLE>Dokument</TITLE></HEAD><BODY>')
        s = head + "\n".join(body) + "</BODY></HTML>"
        path.write_bytes(s.encode("cp1252", errors="xmlcharrefreplace"))
    else:
        s = '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Udskrift</title></head><body>' + "\n".join(body) + "</body></html>"
        path.write_text(s, encoding="utf-8")


def write_eml(path, d: Doc, c, year):
    msg = email.message.EmailMessage()
    msg["From"] = "Faxserver <fax2mail@" + c["k"].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + ".dk>"
    msg["To"] = "mentorteam@" + c["mentor"][1].lower().replace(" ", "") .replace("æ", "ae").replace("ø", "oe") + ".dk"
    msg["Subject"] = "Fax modtaget: " + next(s for st, s in d.lines if st == "title")
    msg["Date"] = email.utils.format_datetime(dt.datetime(year, 5, 3, 10, 12, tzinfo=dt.timezone.utc))
    body = "Faxen er modtaget og konverteret til tekst.\n\n" + d.text()
    if year < 2015:
        msg.set_content(body.replace("\u2013", "-"), charset="iso-8859-1")
    else:
        msg.set_content(body, charset="utf-8")
    path.write_bytes(bytes(msg))


def render_pdf(path, d: Doc, font="Helvetica"):
    cv = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    y = h - 60
    for st, s in d.lines:
        if st == "kv":
            k, v = s.split("\t", 1)
            s = f"{k}: {v}"
        size = 15 if st == "title" else 10.5
        fnt = font + ("-Bold" if st in ("title", "h") else "")
        import textwrap
        for ln in (textwrap.wrap(s, 88) or [""]):
            if y < 60:
                cv.showPage()
                y = h - 60
            cv.setFont(fnt, size)
            cv.drawString(55, y, ln)
            y -= size + 5
        if st == "title":
            y -= 6
    cv.save()


def write_scan(path, d: Doc, rng, ocr: bool):
    with tempfile.TemporaryDirectory() as td:
        tp = Path(td)
        render_pdf(tp / "src.pdf", d, font="Courier")
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tp / "src.pdf"), str(tp / "pg")], check=True)
        pages = []
        for png in sorted(tp.glob("pg*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            # fax-like threshold
            im = im.point(lambda v: 0 if v < 150 else 255).convert("1").convert("L")
            pages.append(im)
        if ocr:
            out = []
            for i, im in enumerate(pages):
                im.save(tp / f"p{i}.png", dpi=(200, 200))
                subprocess.run(["tesseract", str(tp / f"p{i}.png"), str(tp / f"o{i}"), "-l", "dan", "pdf"],
                               check=True, capture_output=True)
                out.append(tp / f"o{i}.pdf")
            from pypdf import PdfWriter, PdfReader
            wr = PdfWriter()
            for f in out:
                for pg in PdfReader(str(f)).pages:
                    wr.add_page(pg)
            with open(path, "wb") as fh:
                wr.write(fh)
        else:
            pages[0].save(path, "PDF", resolution=200, save_all=True, append_images=pages[1:])


# --------------------------------------------------------------------------- plan of the corpus
def plan(rng):
    """List of specs: (kind, sub, era, defects, months, fmt, layout, cpr?)."""
    specs = []
    fmts_a = ["docx-legacy", "rtf", "docx", "scan-ocr", "html-old", "txt-cp1252", "eml", "odt", "pdf", "md",
              "scan", "docx-legacy", "rtf", "docx", "pdf", "txt", "html", "rtf", "docx-legacy", "odt", "eml", "pdf"]
    a_defects = [[], [], [], [], [], [], [], [], [],
                 ["missing-hours"], ["missing-follow-up"], ["unclear-goal"], ["missing-mentor"],
                 ["missing-appeal-guidance"], ["missing-tasks"], ["missing-duration"],
                 ["duration-over-6-months"], ["missing-appeal-guidance", "missing-hours"],
                 ["unclear-goal", "missing-follow-up"], ["missing-goal"], ["duration-over-6-months"],
                 ["missing-mentor", "missing-tasks"]]
    eras_a = ["e1", "e1", "e2", "e2", "e3", "e4", "e1", "e2", "e3", "e4", "e1", "e2", "e3", "e4", "e1",
              "e2", "e3", "e1", "e2", "e3", "e4", "e4"]
    for i in range(len(a_defects)):
        specs.append(("agreement", "agreement", eras_a[i], a_defects[i],
                      8 if "duration-over-6-months" in a_defects[i] else rng.choice([4, 6, 6]), fmts_a[i]))
    # old-law agreements with periods over six months (no cap at the time: not a finding)
    specs.append(("agreement", "agreement", "e1", ["long-old"], 12, "docx-legacy"))
    specs.append(("agreement", "agreement", "e2", ["long-old"], 9, "rtf"))

    d_specs = [("grant", "e1", []), ("grant", "e2", []), ("grant", "e3", []), ("grant", "e4", []),
               ("partial", "e2", []), ("partial", "e4", []), ("refusal", "e1", []), ("refusal", "e3", []),
               ("extension", "e2", []), ("extension", "e4", []), ("end", "e3", []), ("end", "e1", []),
               ("grant", "e3", ["missing-appeal-guidance"]), ("grant", "e4", ["duration-over-6-months"]),
               ("refusal", "e2", ["missing-appeal-guidance"]), ("refusal", "e4", ["no-reasons"]),
               ("partial", "e3", ["duration-over-6-months"]), ("extension", "e1", ["missing-appeal-guidance"]),
               ("grant", "e2", ["long-old"])]
    fmts_d = ["scan", "rtf", "pdf", "docx", "docx-legacy", "html", "txt-cp1252", "eml", "odt", "pdf",
              "docx", "scan-ocr", "txt", "docx", "rtf", "pdf", "html", "docx-legacy", "eml"]
    for (sub, era, dfx), f in zip(d_specs, fmts_d):
        months = 9 if ("duration-over-6-months" in dfx or "long-old" in dfx) else rng.choice([3, 4, 6, 6])
        specs.append(("decision", sub, era, dfx, months, f))

    m_specs = [("e1", []), ("e2", []), ("e3", []), ("e4", []), ("e2", []), ("e1", ["missing-hours"]),
               ("e2", ["missing-mentor"]), ("e3", ["unclear-goal"]), ("e4", ["duration-over-6-months"]),
               ("e3", ["missing-tasks", "missing-hours"]), ("e4", ["missing-goal"]), ("e1", ["long-old"]),
               ("e2", ["missing-duration"])]
    fmts_m = ["rtf", "html", "html", "pdf", "docx", "txt-cp1252", "scan-ocr", "docx", "html", "txt",
              "pdf", "rtf", "odt"]
    for (era, dfx), f in zip(m_specs, fmts_m):
        months = 8 if ("duration-over-6-months" in dfx or "long-old" in dfx) else 6
        specs.append(("minplan", "minplan", era, dfx, months, f))

    u = [("fax-cover", "scan"), ("invoice", "pdf"), ("status", "docx-legacy"), ("template", "docx-legacy"),
         ("leaflet", "html-old"), ("minutes", "txt"), ("ankestyrelsen", "pdf"), ("journal", "rtf"),
         ("conversion-log", "txt"), ("private", "docx"), ("status", "eml"), ("invoice", "rtf"),
         ("order", "docx-legacy"), ("hearing", "pdf")]
    for which, f in u:
        specs.append(("unknown", which, None, [], 0, f))
    return specs


EXT = {"docx-legacy": "docx", "docx": "docx", "rtf": "rtf", "scan": "pdf", "scan-ocr": "pdf", "pdf": "pdf",
       "html-old": "htm", "html": "html", "txt": "txt", "txt-cp1252": "txt", "eml": "eml", "odt": "odt",
       "md": "md"}
FMT = {"docx": "docx", "rtf": "rtf", "pdf": "pdf", "htm": "html", "html": "html", "txt": "txt", "eml": "eml",
       "odt": "odt", "md": "md"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ix")
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        for p in out.iterdir():
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    specs = plan(rng)
    n_cpr_target = round(len(specs) * 0.25)
    cpr_idx = set(rng.sample(range(len(specs)), n_cpr_target))
    entries = []
    odt_jobs = []
    for i, (kind, sub, era, dfx, months, f) in enumerate(specs):
        cpr = cpr_for(rng) if i in cpr_idx else None
        layout_kv = rng.random() < 0.6
        per = None
        if kind == "agreement":
            d, per, c = build_agreement(rng, era, dfx, cpr, months, "table" if layout_kv else "numbered")
            rules = [x for x in dfx if x != "long-old"]
            layout = ("table" if layout_kv else "numbered") + "-" + era
        elif kind == "decision":
            d, per, c = build_decision(rng, era, sub, dfx, cpr, months)
            rules = [x for x in dfx if x in ("missing-appeal-guidance", "duration-over-6-months")]
            layout = f"letter-{era}"
        elif kind == "minplan":
            d, per, c = build_minplan(rng, era, dfx, cpr, months)
            rules = [x for x in dfx if x != "long-old"]
            layout = ("jobplan" if era == "e1" else "minplan") + "-" + era
        else:
            d, c = build_unknown(rng, sub, cpr)
            if cpr:
                d.lines.insert(1, ("p", f"Vedr. {c['name']}, cpr.nr. {cpr}"))
            rules = []
            layout = f"other-{sub}"
            era = "old"
        year = c["start"].year
        ext = EXT[f]
        folder = out / (str(year) if kind != "unknown" else "diverse")
        folder.mkdir(exist_ok=True)
        stem = f"{i:03d}_{kind}_{sub}_{c['fn'].lower()}"
        stem = stem.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        path = folder / f"{stem}.{ext}"
        traits = [f"era:{era}", f"fmt:{f}"]
        if cpr:
            traits.append("cpr")
        if "long-old" in dfx:
            traits.append("old-law-no-6m-cap")
        if "no-reasons" in dfx:
            traits.append("no-reasons")
        if f == "docx-legacy":
            write_docx(path, d, True, year, layout_kv)
        elif f == "docx":
            write_docx(path, d, False, year, layout_kv)
        elif f == "odt":
            tmp = folder / f"{stem}.docx"
            write_docx(tmp, d, False, year, layout_kv)
            odt_jobs.append(tmp)
        elif f == "rtf":
            write_rtf(path, d, layout_kv)
        elif f == "pdf":
            render_pdf(path, d)
        elif f in ("scan", "scan-ocr"):
            write_scan(path, d, rng, ocr=(f == "scan-ocr"))
        elif f == "html-old":
            write_html(path, d, True)
        elif f == "html":
            write_html(path, d, False)
        elif f == "txt":
            write_txt(path, d)
        elif f == "txt-cp1252":
            write_txt(path, d, enc="cp1252", crlf=True)
        elif f == "eml":
            write_eml(path, d, c, year)
        elif f == "md":
            write_md(path, d)
        e = {"path": str(path.relative_to(out)), "format": FMT[ext], "kind": kind, "subtype": sub,
             "layout": layout, "rules": sorted(rules), "extras": ["missing-reasons"] if "no-reasons" in dfx else [],
             "error": None, "accept_errors": [], "must_not_contain": [cpr, cpr.replace("-", "")] if cpr else [],
             "traits": traits}
        if per:
            e["period"] = {"start": per[0].isoformat(), "end": per[1].isoformat()}
        entries.append(e)
    if odt_jobs:
        for tmp in odt_jobs:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ix_profile", "--headless",
                            "--convert-to", "odt", "--outdir", str(tmp.parent), str(tmp)],
                           check=True, capture_output=True)
            tmp.unlink()
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
