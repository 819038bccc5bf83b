#!/usr/bin/env python3
"""Corpus IL: mentor paperwork damaged on the way into the archive.

Search-indexer text (line breaks lost, or one table cell per line), pages saved from a
browser with scripts/cookie banners/footers, Word->PDF->text conversions, journal entries
pasted together with timestamps and initials, mail threads with ">" quoting and the reply on
top, and files with mixed encodings.  Real agreements, decisions and Min Plan entries, plus
look-alikes with the same damage.

Usage: make_corpus_il.py --out /work/corpora/il [--seed 1919]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Jonas", "Amira", "Mads", "Sofie", "Ahmed", "Line", "Kasper", "Fatima", "Nikolaj", "Emma",
         "Rasmus", "Zainab", "Frederik", "Ida", "Mikkel", "Nanna", "Oliver", "Sara", "Yusuf", "Maja",
         "Tobias", "Cecilie", "Emil", "Louise", "Ali", "Freja", "Simon", "Julie"]
LAST = ["Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard", "Bak",
        "Holm", "Kjær", "Mortensen", "Dahl"]
KOMMUNER = ["Viborg", "Holbæk", "Herning", "Faxe", "Assens", "Tønder", "Roskilde", "Svendborg",
            "Randers", "Næstved", "Horsens", "Slagelse"]
PROVIDERS = ["Jobværkstedet", "MentorHuset ApS", "Bydelsmentorerne", "Kompetencecenter Vest",
             "Rådgivningshuset Ny Start", "Job & Trivsel", "Mentorkorpset", "Fokus Mentor"]
STREETS = ["Vestergade", "Søndergade", "Kirkevej", "Skolevej", "Industrivej", "Møllevej", "Parkvej"]

GOALS_CLEAR = [
    "{f} starter på SOSU-hjælperuddannelsen på {school} {d} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos {firm} 20 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} gennemfører grundforløb 1 på {school} og har højst to dages fravær pr. måned frem til {d}.",
    "{f} har et fleksjob som køkkenmedhjælper i {firm} på 12 timer om ugen senest {d}.",
    "{f} møder stabilt i praktik i {firm} tre dage om ugen og er ansat i løntilskud senest {d}.",
    "{f} er startet på FGU (produktionsgrunduddannelse, værkstedsspor) senest {d} og møder 4 dage om ugen.",
    "{f} fastholder sit job som chauffør hos {firm} 37 timer om ugen og har ingen udeblivelser efter {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og bedre selvværd.",
    "Hjælp til at få styr på tingene og komme tættere på arbejdsmarkedet.",
    "Sikre at {f} trives og bliver mere motiveret.",
    "Motivere {f} og arbejde på øget trivsel i hverdagen.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe med at lave en ugeplan, vække {f} telefonisk om morgenen i de første fire uger og tage med til første møde på skolen.",
    "Støtte i kontakt med arbejdsgiver, gennemgå vagtplan hver uge, hjælpe med post fra e-Boks og kontakt til SU-kontoret.",
    "Mødes med {f} på arbejdspladsen, tale om samarbejdet med kolleger og hjælpe med at planlægge transport.",
    "Hjælpe med lektieplan, følge til studievejledning og være bindeled til kontaktlæreren.",
]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned; evaluering 14 dage før periodens ophør. Delmål: fremmøde fire dage om ugen fra {d}.",
    "Vi følger op hver 4. uge ved et trepartsmøde. Progression måles på fremmøde og antal timer i praktik.",
    "Midtvejsevaluering {d} og slutevaluering 14 dage før støtten ophører. Mentor sender kort status hver måned.",
    "Opfølgning ved telefonsamtale hver anden uge og statusmøde {d}. Delmål: {f} møder til tiden 9 ud af 10 dage.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov."]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "4 t/uge", "8 timer om måneden", "1-2 timer pr. uge",
         "5 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende"]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget den. "
    "Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
    "afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til Jobcenter {k} senest 4 uger efter, at du har fået "
    "afgørelsen. Jobcentret vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage til "
    "Ankestyrelsen (Beskæftigelsesudvalget).",
    "Klage skal ske til kommunen inden 4 uger fra den dag, du har modtaget dette brev. Kommunen genvurderer og sender "
    "klagen til Ankestyrelsen, hvis afgørelsen fastholdes. Du kan ringe eller skrive til din sagsbehandler.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Hvis du vil klage, så kontakt os.",
               "Klagevejledning: Se vedlagte folder."]


def slug(s: str) -> str:
    s = s.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()) or "x"


def ddate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}. {MON_AB[d.month-1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


class Gen:
    def __init__(self, seed: int, out: Path):
        self.r = random.Random(seed)
        self.out = out
        self.entries: list[dict] = []
        self.pending_lo: list[tuple[Path, str, str]] = []  # (docx path, final rel, mode)

    # ---------------------------------------------------------------- helpers
    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def phone(self):
        return " ".join(f"{self.r.randint(20, 99)}" for _ in range(4))

    def cpr(self):
        d = dt.date(1965, 1, 1) + dt.timedelta(days=self.r.randint(0, 14000))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randint(1000, 9999)}"

    def ctx(self):
        r = self.r
        first, last = r.choice(FIRST), r.choice(LAST)
        mentor = self.person()
        prov = r.choice(PROVIDERS)
        k = r.choice(KOMMUNER)
        start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 1, 15, 10]))
        return dict(f=first, name=f"{first} {last}", mentor=mentor, prov=prov, k=k, start=start,
                    mphone=self.phone(), mmail=slug(mentor.split()[0]) + "@" + slug(prov.split()[0]) + ".dk",
                    cw=self.person(), cwphone=self.phone(), sag=f"{r.randint(10,99)}.{r.randint(10,99)}.{r.randint(10,99)}-A{r.randint(10,99)}-{r.randint(1,99)}-26",
                    school=r.choice(["SOSU Syd", "Tradium", "EUC Nordvest", "Selandia", "Herningsholm Erhvervsskole"]),
                    firm=r.choice(["Bilka", "Netto", "Coop 365", "Dagrofa", "Kvickly", "Rema 1000", "Arla"]),
                    cpr=self.cpr(), dstyle=r.randint(0, 4))

    # ------------------------------------------------------------- content
    def period(self, c, over: bool, months: int | None = None):
        s = c["start"]
        m = months or self.r.choice([3, 4, 6, 6, 6])
        if over:
            m = self.r.choice([7, 8, 9, 12])
        e = add_months(s, m) - dt.timedelta(days=1)
        return s, e

    def agreement_fields(self, c, defects: set[str]):
        """Return ordered list of (label, value) with defects applied; value None = omitted."""
        r = self.r
        fmt = lambda t, d=None: t.format(f=c["f"], school=c["school"], firm=c["firm"], k=c["k"],
                                         d=ddate(d or add_months(c["start"], 2), c["dstyle"]))
        s, e = self.period(c, "duration-over-6-months" in defects)
        c["period"] = (s, e)
        F = []
        if "missing-goal" in defects:
            F.append(("Mål", r.choice([None, "Udfyldes senere", "-"])))
        elif "unclear-goal" in defects:
            F.append((r.choice(["Mål", "Formål", "Målet med mentorstøtten"]), fmt(r.choice(GOALS_UNCLEAR))))
        else:
            F.append((r.choice(["Mål", "Formål med mentorstøtten", "Målet med mentorstøtten", "Mål og delmål"]),
                      fmt(r.choice(GOALS_CLEAR), add_months(s, r.randint(2, 4)))))
        if "missing-mentor" in defects:
            F.append(("Mentor", f"{c['mentor']}, {c['prov']}"))
        else:
            F.append((r.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentor (navn/tlf./mail)"]),
                      f"{c['mentor']}, {c['prov']}, tlf. {c['mphone']}, {c['mmail']}"))
        if "missing-tasks" not in defects:
            F.append((r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder"]), fmt(r.choice(TASKS))))
        if "missing-duration" in defects:
            F.append(("Periode", r.choice([None, "indtil videre", f"{ddate(s, c['dstyle'])} – indtil videre"])))
            c["period"] = None
        else:
            lab = r.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"])
            if r.random() < 0.25:
                F.append((lab, f"f.o.m. {ddate(s, c['dstyle'])} t.o.m. {ddate(e, c['dstyle'])}"))
            else:
                F.append((lab, f"{ddate(s, c['dstyle'])} – {ddate(e, c['dstyle'])}"))
        if "missing-hours" in defects:
            F.append(("Timetal", r.choice([None, r.choice(HOURS_VAGUE)])))
        else:
            F.append((r.choice(["Timetal", "Antal timer", "Timer pr. uge"]), r.choice(HOURS)))
        if "missing-follow-up" in defects:
            F.append(("Opfølgning", r.choice([None, r.choice(FOLLOW_VAGUE)])))
        else:
            F.append((r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
                      fmt(r.choice(FOLLOW), add_months(s, 2))))
        if "missing-appeal-guidance" in defects:
            F.append(("Klagevejledning", r.choice([None, r.choice(APPEAL_WEAK)])))
        else:
            F.append((r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), fmt(r.choice(APPEAL_FULL))))
        return [(l, v) for l, v in F if v is not None]

    def agreement_doc(self, c, defects):
        r = self.r
        title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                          "Skriftlig aftale om mentorstøtte", "AFTALE OM MENTORSTØTTE (§ 167)"])
        head = [("Borger", c["name"] + (f", CPR {c['cpr']}" if c.get("use_cpr") else "")),
                ("Sagsbehandler", f"{c['cw']}, {c['k']} Kommune, tlf. {c['cwphone']}"),
                ("Sagsnr.", c["sag"])]
        intro = r.choice([
            f"{c['k']} Kommune og {c['name']} har aftalt følgende om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
            "Her får du det, vi blev enige om på mødet, skrevet ned.",
            f"Aftalen er indgået mellem {c['name']}, mentor og {c['k']} Kommune.",
        ])
        fields = self.agreement_fields(c, defects)
        sign = f"Dato: {ddate(c['start'] - dt.timedelta(days=r.randint(3, 12)), c['dstyle'])}    Underskrift borger: ____________    Underskrift mentor: ____________"
        return dict(title=title, head=head, intro=intro, fields=fields, outro=sign)

    def minplan_doc(self, c, defects):
        r = self.r
        s, e = self.period(c, "duration-over-6-months" in defects)
        c["period"] = (s, e)
        fmt = lambda t, d=None: t.format(f=c["f"], school=c["school"], firm=c["firm"], k=c["k"],
                                         d=ddate(d or add_months(s, 2), c["dstyle"]))
        title = r.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor (§ 167)",
                          "Udskrift af Min Plan – mentorstøtte", "Min Plan"])
        F = []
        if "missing-goal" not in defects:
            g = GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_CLEAR
            F.append((r.choice(["Formål", "Mål med indsatsen", "Målet med mentorstøtten"]), fmt(r.choice(g), add_months(s, 3))))
        if "missing-mentor" in defects:
            F.append(("Kontaktperson", f"{c['prov']} (mentor tildeles senere)"))
        else:
            F.append((r.choice(["Mentor", "Kontaktperson (mentor)"]), f"{c['mentor']} – {c['prov']} – {c['mphone']}"))
        if "missing-tasks" not in defects:
            F.append((r.choice(["Mentorens opgaver", "Hvad hjælper mentoren med"]), fmt(r.choice(TASKS))))
        if "missing-duration" not in defects:
            F.append((r.choice(["Periode", "Start – slut"]), f"{ddate(s, c['dstyle'])} – {ddate(e, c['dstyle'])}"))
        if "missing-hours" not in defects:
            F.append((r.choice(["Timetal", "Timer"]), r.choice(HOURS)))
        else:
            F.append(("Timer", r.choice(HOURS_VAGUE)))
        head = [("Navn", c["name"] + (f" ({c['cpr']})" if c.get("use_cpr") else "")),
                ("Indsats", "Mentorstøtte, LAB § 167"), ("Status", r.choice(["Aktiv", "Igangværende", "Planlagt"]))]
        return dict(title=title, head=head, intro=f"Sidst ændret {ddate(c['start'] - dt.timedelta(days=12), 1)} af {c['cw']}",
                    fields=F, outro="Du kan altid se din plan på Jobnet / Min Side.")

    def decision_doc(self, c, defects, sub):
        r = self.r
        over = "duration-over-6-months" in defects
        s, e = self.period(c, over)
        c["period"] = (s, e) if sub != "refusal" else None
        p = f"{ddate(s, c['dstyle'])} til {ddate(e, c['dstyle'])}"
        h = r.choice(HOURS)
        if sub == "grant":
            title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
            body = [f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter LAB § 167 i perioden {p} med {h}.",
                    f"Din mentor bliver {c['mentor']} fra {c['prov']}.",
                    "Mentorstøtten skal hjælpe dig med at komme i gang med din uddannelse/dit job."]
        elif sub == "partial":
            title = "Afgørelse – delvis bevilling af mentorstøtte"
            body = [f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Vi har bevilget mentorstøtte i perioden {p} med {h}.",
                    "Begrundelse: Vi har lagt vægt på, at mentorstøtte efter LAB § 167, stk. 1 gives for højst 6 måneder ad gangen, "
                    "og at dit behov efter praktikstarten vurderes at være mindre."]
        elif sub == "extension":
            title = r.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"])
            body = [f"Vi har efter en konkret vurdering besluttet at forlænge din mentorstøtte i en ny periode fra {p}, {h}.",
                    "Begrundelse: Du er godt i gang i praktikken, men har fortsat brug for støtte til fremmøde, jf. LAB § 167, stk. 1, 2. pkt."]
        elif sub == "end":
            title = "Afgørelse om ophør af mentorstøtte"
            body = [f"Din mentorstøtte ophører {ddate(e, c['dstyle'])}. Støtten blev bevilget fra {ddate(s, c['dstyle'])}.",
                    "Begrundelse: Du er startet i ordinært job og har ikke længere behov for mentorstøtte. Vi har lagt vægt på oplysningerne fra din mentor."]
        else:
            title = "Afgørelse – afslag på mentorstøtte"
            body = ["Du har søgt om mentorstøtte. Vi har givet dig afslag.",
                    "Begrundelse: Vi har lagt vægt på, at du allerede får støtte fra skolens SPS-ordning, og at mentorstøtte efter LAB § 167 "
                    "ikke kan gives til opgaver, som skolen normalt løser."]
        app = None if "missing-appeal-guidance" in defects else c["k"]
        appeal = (r.choice(APPEAL_FULL).format(k=c["k"]) if app else r.choice([None, r.choice(APPEAL_WEAK)]))
        head = [("Til", c["name"] + (f", cpr.nr. {c['cpr']}" if c.get("use_cpr") else "")),
                ("Sagsnr.", c["sag"]), ("Dato", ddate(s - dt.timedelta(days=r.randint(5, 20)), 0))]
        fields = [("", b) for b in body]
        if appeal:
            fields.append(("Klagevejledning", appeal))
        return dict(title=title, head=head, intro=f"Kære {c['f']}", fields=fields,
                    outro=f"Med venlig hilsen\n{c['cw']}\n{c['k']} Kommune, Beskæftigelse\nTlf. {c['cwphone']}")

    def unknown_doc(self, c, variant):
        r = self.r
        if variant == "status":
            return dict(title="Statusrapport fra mentor", head=[("Borger", c["name"]), ("Mentor", c["mentor"])],
                        intro=f"Status for perioden {ddate(c['start'], 0)} til i dag.",
                        fields=[("Fremmøde", f"{c['f']} har mødt 14 ud af 16 gange i praktikken."),
                                ("Samarbejde", "Godt. Vi har arbejdet med vækning og transport."),
                                ("Anbefaling", "Mentor anbefaler, at støtten fortsætter med 3 timer om ugen.")],
                        outro=f"{c['mentor']}, {c['prov']}")
        if variant == "invoice":
            return dict(title=f"Faktura nr. {r.randint(10000, 99999)}", head=[("Til", f"{c['k']} Kommune, Jobcenter"), ("Fra", c["prov"])],
                        intro="Faktura for mentorydelser", fields=[("Ydelse", "Mentorstøtte § 167, borger-ref. " + c["sag"]),
                                                                   ("Timer", "12 timer á 495,00 kr."), ("I alt", "5.940,00 kr. + moms"),
                                                                   ("Betaling", "Netto 30 dage. EAN 5798000000000")], outro="Tak for samarbejdet.")
        if variant == "minutes":
            return dict(title="Referat af teammøde – mentorteamet", head=[("Dato", ddate(c["start"], 0)), ("Deltagere", f"{c['cw']}, {c['mentor']}, KJ, LMH")],
                        intro="Dagsorden: 1) Nye bevillinger 2) Mentortimer 3) Evt.",
                        fields=[("1", "Der er kommet 6 nye bevillinger. Fordeles på næste møde."),
                                ("2", "Gennemsnit 3 timer pr. uge pr. borger. Loft for 2026 drøftet."),
                                ("3", "Husk evaluering 14 dage før ophør i alle sager.")], outro="Ref.: LMH")
        if variant == "guidance":
            return dict(title="Sådan laver du en mentoraftale – vejledning til borgere",
                        head=[], intro="Når du får mentorstøtte, skal der laves en skriftlig aftale. Aftalen skal indeholde:",
                        fields=[("", "målet med mentorstøtten"), ("", "mentorens navn og kontaktdata"),
                                ("", "hvilke opgaver mentoren skal hjælpe med"), ("", "varigheden af aftalen og opfølgning"),
                                ("", "timetallet"), ("", "klagevejledning: du kan klage til kommunen inden 4 uger.")],
                        outro="Mentorstøtte gives i højst 6 måneder ad gangen.")
        if variant == "private":
            return dict(title="Mentoraftale – Ungdomsklubbens mentorprogram",
                        head=[("Mentee", c["f"]), ("Frivillig mentor", c["mentor"])],
                        intro="Aftalen er mellem dig og din frivillige mentor i klubben. Den har intet med kommunen at gøre.",
                        fields=[("Mål", "At du får det sjovt og møder nye venner."), ("Vi ses", "Hver torsdag kl. 16-18 i klubhuset"),
                                ("Varighed", "Skoleåret 2026/27")], outro="Klubben, Frivilligkoordinator")
        if variant == "meeting":
            return dict(title="Mødeindkaldelse – opfølgning på mentorforløb", head=[("Til", c["name"])],
                        intro=f"Kære {c['f']}. Du indkaldes til møde om dit mentorforløb {ddate(add_months(c['start'], 1), 0)} kl. 10.00.",
                        fields=[("Sted", f"Jobcenter {c['k']}, {r.choice(STREETS)} {r.randint(1, 80)}"), ("Deltagere", f"{c['cw']} og {c['mentor']}")],
                        outro="Meld afbud på tlf. " + c["cwphone"])
        if variant == "journal":
            return dict(title=f"Journalnotater – sag {c['sag']}", head=[],
                        intro="", fields=[("", f"{ddate(c['start'], 1)} 09:14 ABK: Telefonsamtale med {c['f']}. Ønsker mentor. Sendes til visitation."),
                                          ("", f"{ddate(c['start'] + dt.timedelta(days=3), 1)} 13:40 ABK: Visitationsmøde. Afventer tilbud fra {c['prov']}."),
                                          ("", f"{ddate(c['start'] + dt.timedelta(days=9), 1)} 11:02 LMH: Borger udeblev fra samtale. Ny tid sendt.")],
                        outro="")
        # order to a provider
        return dict(title="Bestilling af mentorforløb", head=[("Leverandør", c["prov"]), ("Borger", c["name"])],
                    intro="Jobcentret bestiller hermed et mentorforløb. Leverandøren bedes sende forslag til aftale.",
                    fields=[("Ønsket opstart", ddate(c["start"], 0)), ("Omfang", "Max 3 timer pr. uge")], outro=c["cw"])

    # -------------------------------------------------------------- render
    @staticmethod
    def plain(doc, sep=": "):
        L = [doc["title"], ""]
        for l, v in doc["head"]:
            L.append(f"{l}{sep}{v}")
        if doc["head"]:
            L.append("")
        if doc["intro"]:
            L += [doc["intro"], ""]
        for l, v in doc["fields"]:
            L.append(f"{l}{sep}{v}" if l else v)
            L.append("")
        if doc["outro"]:
            L.append(doc["outro"])
        return "\n".join(L) + "\n"

    @staticmethod
    def flat(doc):
        t = Gen.plain(doc)
        return " ".join(t.split()) + "\n"

    @staticmethod
    def cells(doc):
        L = [doc["title"]]
        for l, v in doc["head"] + [("", doc["intro"])] + doc["fields"] + [("", doc["outro"])]:
            if l:
                L.append(l)
            for part in v.split("\n"):
                if part.strip():
                    L.append(part.strip())
        return "\n".join(L) + "\n"

    def pdfish(self, doc):
        """Word->PDF->text style damage: hard wraps, hyphenation, page furniture, ligatures."""
        r = self.r
        raw = self.plain(doc)
        out, n = [], 0
        page = 1
        for para in raw.split("\n"):
            if not para.strip():
                out.append("")
                continue
            for ln in textwrap.wrap(para, width=r.choice([62, 70, 78]), break_long_words=False):
                words = ln.split(" ")
                if len(words[-1]) > 9 and words[-1].isalpha() and r.random() < 0.4:
                    w = words[-1]
                    cut = len(w) // 2
                    ln = " ".join(words[:-1] + [w[:cut] + "-"])
                    out.append(ln)
                    out.append(w[cut:])
                else:
                    out.append(ln)
                n += 1
                if n % 22 == 0:
                    out += ["", f"Side {page} af 2", "\f" + f"{doc['title'][:40]}   Sagsnr. fortsat", ""]
                    page += 1
        t = "\n".join(out)
        t = t.replace("fi", "\ufb01").replace("fl", "\ufb02") if r.random() < 0.5 else t
        return t + f"\nSide {page} af {max(page, 2)}\n"

    def journal_paste(self, doc, c):
        """Entries pasted one after another with timestamps and initials."""
        r = self.r
        ini = r.choice(["ABK", "MJS", "LMH", "TK", "CHR"])
        d0 = c["start"] - dt.timedelta(days=r.randint(3, 9))
        L = [f"Journal – {c['name']} – sag {c['sag']}", "",
             f"{ddate(d0 - dt.timedelta(days=6), 1)} 10:03 {ini}: Samtale med borger om behov for mentor. Borger positiv.", ""]
        L.append(f"{ddate(d0, 1)} 14:22 {ini}: Indsat fra dokument \"{doc['title']}\":")
        L.append(self.plain(doc))
        L.append(f"{ddate(d0 + dt.timedelta(days=1), 1)} 08:47 {r.choice(['KJ', 'SN', ini])}: Sendt til borgers e-Boks.")
        return "\n".join(L) + "\n"

    def browser_html(self, doc, layout):
        r = self.r
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = [f"<h1>{esc(doc['title'])}</h1>"]
        if layout == "table":
            body.append("<table class='felter'>")
            for l, v in doc["head"] + doc["fields"]:
                body.append(f"<tr><th>{esc(l)}</th><td>{esc(v)}</td></tr>" if l else f"<tr><td colspan='2'>{esc(v)}</td></tr>")
            body.append("</table>")
        else:
            for l, v in doc["head"]:
                body.append(f"<p><b>{esc(l)}:</b> {esc(v)}</p>")
            if doc["intro"]:
                body.append(f"<p>{esc(doc['intro'])}</p>")
            for l, v in doc["fields"]:
                if l:
                    body.append(f"<h3>{esc(l)}</h3>")
                body.append(f"<p>{esc(v)}</p>")
        if doc["outro"]:
            body.append("<p>" + esc(doc["outro"]).replace("\n", "<br>") + "</p>")
        cookie = r.choice([
            "<div id='cookie-banner' class='cc-window'><p>Vi bruger cookies for at forbedre din oplevelse. Ved at klikke OK accepterer du vores brug af cookies.</p><button>OK</button><button>Afvis</button></div>",
            "<div class='CookieConsent'>Denne hjemmeside bruger cookies til statistik. <a href='#'>Læs mere</a> <a href='#'>Accepter alle</a></div>"])
        nav = "<nav><ul><li><a href='/'>Forside</a></li><li><a href='/borger'>Borger</a></li><li><a href='/job'>Job og ledighed</a></li><li><a href='/minside'>Min side</a></li></ul></nav>"
        footer = (f"<footer><p>{esc(doc.get('k', 'Kommunen'))} · CVR 29189{r.randint(100, 999)} · Tlf. 70 20 {r.randint(10, 99)} {r.randint(10, 99)}</p>"
                  "<p><a href='/tilgaengelighed'>Tilgængelighedserklæring</a> | <a href='/privatliv'>Privatlivspolitik</a> | <a href='/cookies'>Cookies</a></p></footer>")
        scr = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
               "document.addEventListener('DOMContentLoaded',function(){var b=document.getElementById('cookie-banner');if(b){b.style.display='block'}});</script>")
        saved = f"<!-- saved from url=(0071)https://minside.example.dk/sag/visdokument?id={r.randint(100000, 999999)} -->"
        return (f"<!DOCTYPE html>\n{saved}\n<html lang='da'><head><meta charset='utf-8'><title>{esc(doc['title'])} – Min side</title>"
                f"<style>.cc-window{{position:fixed;bottom:0}} th{{text-align:left}}</style>{scr}</head><body>"
                f"{cookie}<header><a class='logo' href='/'>Min side</a> <a href='#main'>Gå til indhold</a></header>{nav}"
                f"<main id='main'><div class='breadcrumb'>Forside › Min sag › Dokumenter</div><article>{''.join(body)}</article></main>"
                f"{footer}<script src='/assets/app.min.js'></script></body></html>\n")

    def eml(self, doc, c, mode, kind="agreement", defects=()):
        r = self.r
        text = self.plain(doc)
        mentor_addr = c["mmail"]
        cw_addr = slug(c["cw"].split()[0]) + f"@{slug(c['k'])}.dk"
        d = dt.datetime(c["start"].year, c["start"].month, c["start"].day, 9, 30, tzinfo=dt.timezone.utc) - dt.timedelta(days=4)
        q = lambda t, n=1: "\n".join((">" * n + " " + ln) if ln else ">" * n for ln in t.splitlines())
        m = EmailMessage()
        hide_mentor = "missing-mentor" in defects
        if hide_mentor:
            mentor_addr = f"jobteam@{slug(c['k'])}.dk"
        if mode == "own" and kind == "agreement" and not hide_mentor:  # mentor writes the agreement by mail
            m["From"], m["To"] = mentor_addr, cw_addr
            m["Subject"] = "SV: " + doc["title"]
            older = f"Hej {c['mentor'].split()[0]}\n\nKan du sende aftalen, så vi kan få den underskrevet?\n\nMvh {c['cw']}"
            body = (f"Hej {c['cw'].split()[0]}\n\nHer er teksten, som vi aftalte på mødet:\n\n{text}\n"
                    f"-- \n{c['mentor']}\nMentor, {c['prov']}\nTlf. {c['mphone']}\n\n"
                    f"Den {ddate(d.date() - dt.timedelta(days=2), 0)} kl. 08:12 skrev {c['cw']} <{cw_addr}>:\n{q(older)}\n")
        elif mode == "own":  # caseworker pastes the document into a mail; older mail quoted below
            m["From"], m["To"] = cw_addr, mentor_addr
            m["Subject"] = "VS: " + doc["title"]
            lead = {"agreement": "Her er aftalen, som vi skrev den på mødet:",
                    "decision": "Til orientering: afgørelsen er sendt til borgerens e-Boks i dag. Teksten er indsat her:",
                    "minplan": "Her er mentorindsatsen, som den står i Min Plan nu:"}.get(kind, "Se nedenfor:")
            older = "Hej. Kan du sende mig det seneste i sagen?\n\nVh"
            body = (f"Hej\n\n{lead}\n\n{text}\n-- \n{c['cw']}\nSagsbehandler, {c['k']} Kommune\nTlf. {c['cwphone']}\n\n"
                    f"Den {ddate(d.date() - dt.timedelta(days=2), 0)} kl. 08:12 skrev {mentor_addr}:\n{q(older)}\n")
        elif mode == "quoted":  # reply on top; the document only in quotes (twice)
            m["From"], m["To"] = cw_addr, mentor_addr
            m["Subject"] = "SV: SV: " + doc["title"]
            mid = f"Hej igen. Her er den endelige version med dato til underskrift. Se nedenfor.\n\n{text}"
            top = {"agreement": "Tak, det ser fint ud. Vi bruger aftalen som den står nedenfor, og den lægges i sagen.",
                   "decision": "Tak. Afgørelsen nedenfor er nu sendt til borgeren i e-Boks.",
                   "minplan": "Tak, jeg har lagt indsatsen ind i Min Plan som nedenfor."}.get(kind, "Tak.")
            body = (f"{top}\n\nMvh {c['cw']}\n\n"
                    f"-----Oprindelig meddelelse-----\nFra: {c['mentor']} <{mentor_addr}>\nSendt: {ddate(d.date(), 0)} 15:40\nEmne: SV: {doc['title']}\n\n"
                    f"{q(mid)}\n>\n> Den {ddate(d.date() - dt.timedelta(days=1), 0)} skrev {c['cw']}:\n{q('Første udkast:', 2)}\n{q(text, 2)}\n")
        else:  # lookalike chatter
            m["From"], m["To"] = cw_addr, mentor_addr
            m["Subject"] = "SV: " + doc["title"]
            body = (f"Hej {c['mentor'].split()[0]}\n\nJeg kan godt torsdag kl. 10. Vi tager det hele der.\n\nMvh {c['cw']}\n\n"
                    f"Den {ddate(d.date(), 0)} skrev {c['mentor']}:\n{q(text)}\n")
        m["Date"] = format_datetime(d)
        m["Message-ID"] = f"<{r.randint(10**9, 10**10)}@{slug(c['prov'].split()[0])}.example>"
        m.set_content(body, cte=r.choice(["quoted-printable", "8bit", "base64"]))
        return bytes(m)

    def mixed_bytes(self, doc):
        """A cp1252 file into which a UTF-8 part was pasted (mojibake when read as one encoding)."""
        t = self.plain(doc)
        lines = t.split("\n")
        cut = len(lines) // 2
        a = "\n".join(lines[:cut]) + "\n"
        b = "\n".join(lines[cut:])
        return a.encode("cp1252", "replace") + b.encode("utf-8")

    def docx(self, doc, path: Path, layout: str, damaged: str | None = None):
        import docx
        d = docx.Document()
        if damaged is not None:  # text pasted into Word as it came from the indexer/converter
            for para in damaged.split("\n"):
                d.add_paragraph(para)
            d.save(path)
            return
        d.add_heading(doc["title"], 1)
        if layout == "table":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for l, v in doc["head"] + doc["fields"]:
                row = tb.add_row().cells
                row[0].text, row[1].text = l, v
            if doc["intro"]:
                d.add_paragraph(doc["intro"])
        else:
            for l, v in doc["head"]:
                d.add_paragraph(f"{l}: {v}")
            if doc["intro"]:
                d.add_paragraph(doc["intro"])
            for l, v in doc["fields"]:
                if l:
                    p = d.add_paragraph()
                    p.add_run(l).bold = True
                d.add_paragraph(v)
        for part in doc["outro"].split("\n"):
            d.add_paragraph(part)
        d.save(path)

    def pdf_text(self, text: str, path: Path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        font = "Helvetica"
        for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
            if Path(cand).exists():
                pdfmetrics.registerFont(TTFont("DejaVu", cand))
                font = "DejaVu"
        cv = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        cv.setFont(font, 9.5)
        y = 800
        for ln in text.replace("\f", "").split("\n"):
            for sub in (textwrap.wrap(ln, 100) or [""]):
                cv.drawString(50, y, sub)
                y -= 13
                if y < 50:
                    cv.showPage()
                    cv.setFont(font, 9.5)
                    y = 800
        cv.save()

    # -------------------------------------------------------------- driver
    def add(self, rel, fmt, kind, sub, layout, rules, traits, c, cpr):
        e = dict(path=rel, format=fmt, kind=kind, subtype=sub, layout=layout, rules=sorted(rules),
                 extras=[], error=None, accept_errors=[], must_not_contain=[c["cpr"]] if cpr else [],
                 traits=traits + (["cpr"] if cpr else []))
        if c.get("period") and kind != "unknown":
            e["period"] = {"start": c["period"][0].isoformat(), "end": c["period"][1].isoformat()}
        self.entries.append(e)

    def write(self, rel: str, data):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
        return p


AGR_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
              "duration-over-6-months", "unclear-goal"]
DAMAGES = ["flat", "cells", "pdfish", "journal", "html", "eml-own", "eml-quoted", "mixed", "docx-flat",
           "docx", "pdf-pdfish", "lo-pdf", "lo-pdftext"]


MA, OV, UG, FU, HO, ME, TA, DU, GO = ("missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
                                      "missing-follow-up", "missing-hours", "missing-mentor", "missing-tasks",
                                      "missing-duration", "missing-goal")
AGR_PLAN = [[], [HO], [], [OV], [UG, FU], [MA], [], [ME, HO], [FU], [], [TA], [OV, MA], [], [UG], [DU], [],
            [GO], [ME], [], [OV], [FU, HO], [], [UG, OV], []]
MP_PLAN = [[], [HO], [OV], [], [UG], [ME], [], [TA, HO], [], [DU], [OV, UG], [], [GO], [ME]]
DEC_PLAN = [[], [MA], [], [OV], [MA], [], [OV], [], [OV, MA], [MA], [], [], [MA], [OV]]


def pick_defects(r, pool, i):
    k = [0, 1, 0, 1, 2, 1, 0, 2, 1, 0][i % 10]
    ds = set(r.sample(pool, k))
    if "missing-duration" in ds:
        ds.discard("duration-over-6-months")
    if "missing-goal" in ds:
        ds.discard("unclear-goal")
    return ds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/il")
    ap.add_argument("--seed", type=int, default=1919)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(a.seed, out)
    r = g.r
    lo_jobs = []  # (docx path, target rel, entry index, mode)

    def emit(kind, sub, doc, c, damage, rules, base, cpr):
        doc["k"] = f"{c['k']} Kommune"
        traits = [f"damage:{damage}", f"kind:{kind}"]
        if damage == "flat":
            g.write(base + ".txt", g.flat(doc)); fmt, rel, lay = "txt", base + ".txt", "indexer-flat"
        elif damage == "cells":
            g.write(base + ".txt", g.cells(doc)); fmt, rel, lay = "txt", base + ".txt", "indexer-cells"
        elif damage == "pdfish":
            g.write(base + ".txt", g.pdfish(doc)); fmt, rel, lay = "txt", base + ".txt", "pdf-extract"
        elif damage == "journal":
            g.write(base + ".txt", g.journal_paste(doc, c)); fmt, rel, lay = "txt", base + ".txt", "journal-paste"
        elif damage == "mixed":
            g.write(base + ".txt", g.mixed_bytes(doc)); fmt, rel, lay = "txt", base + ".txt", "mixed-encoding"
        elif damage == "html":
            lay = r.choice(["table", "flow"])
            g.write(base + ".html", g.browser_html(doc, lay)); fmt, rel, lay = "html", base + ".html", "browser-" + lay
        elif damage.startswith("eml"):
            mode = damage.split("-")[1]
            g.write(base + ".eml", g.eml(doc, c, mode, kind, rules)); fmt, rel, lay = "eml", base + ".eml", "mail-" + mode
        elif damage == "docx-flat":
            p = out / (base + ".docx"); p.parent.mkdir(parents=True, exist_ok=True)
            g.docx(doc, p, "", damaged=r.choice([g.flat, g.cells])(doc)); fmt, rel, lay = "docx", base + ".docx", "docx-pasted-index"
        elif damage == "docx":
            p = out / (base + ".docx"); p.parent.mkdir(parents=True, exist_ok=True)
            lay = r.choice(["table", "flow"])
            g.docx(doc, p, lay); fmt, rel, lay = "docx", base + ".docx", "docx-" + lay
        elif damage == "pdf-pdfish":
            p = out / (base + ".pdf"); p.parent.mkdir(parents=True, exist_ok=True)
            g.pdf_text(g.pdfish(doc), p); fmt, rel, lay = "pdf", base + ".pdf", "pdf-of-extract"
        elif damage in ("lo-pdf", "lo-pdftext"):
            tmpd = Path(tempfile.gettempdir()) / "il_lo_src"; tmpd.mkdir(exist_ok=True)
            p = tmpd / (Path(base).name + ".docx")
            g.docx(doc, p, r.choice(["table", "flow"]))
            if damage == "lo-pdf":
                fmt, rel, lay = "pdf", base + ".pdf", "word-to-pdf"
            else:
                fmt, rel, lay = "txt", base + ".txt", "word-pdf-text"
            lo_jobs.append((p, rel, damage))
        g.add(rel, fmt, kind, sub, lay, rules, traits, c, cpr)

    # agreements
    for i in range(24):
        c = g.ctx(); cpr = r.random() < 0.3; c["use_cpr"] = cpr
        ds = set(AGR_PLAN[i])
        doc = g.agreement_doc(c, ds)
        dmg = DAMAGES[i % len(DAMAGES)]
        emit("agreement", "agreement", doc, c, dmg, ds, f"aftaler/{i:02d}-{c['f'].lower()}-{dmg}", cpr)
    # decisions
    subs = ["grant", "grant", "partial", "extension", "end", "refusal", "grant", "extension", "grant", "partial",
            "end", "grant", "refusal", "extension"]
    for i, sub in enumerate(subs):
        c = g.ctx(); cpr = r.random() < 0.3; c["use_cpr"] = cpr
        ds = set(DEC_PLAN[i])
        doc = g.decision_doc(c, ds, sub)
        dmg = DAMAGES[(i * 5 + 3) % len(DAMAGES)]
        emit("decision", sub, doc, c, dmg, ds, f"afgoerelser/{i:02d}-{sub}-{dmg}", cpr)
    # min plan
    for i in range(14):
        c = g.ctx(); cpr = r.random() < 0.3; c["use_cpr"] = cpr
        ds = set(MP_PLAN[i])
        doc = g.minplan_doc(c, ds)
        dmg = DAMAGES[(i * 3 + 1) % len(DAMAGES)]
        emit("minplan", "minplan", doc, c, dmg, ds, f"minplan/{i:02d}-{dmg}", cpr)
    # look-alikes
    variants = ["status", "invoice", "minutes", "guidance", "private", "meeting", "journal", "order",
                "status", "guidance", "meeting", "invoice", "private", "journal"]
    for i, v in enumerate(variants):
        c = g.ctx(); cpr = v in ("status", "journal") and r.random() < 0.5; c["use_cpr"] = cpr
        doc = g.unknown_doc(c, v)
        if cpr:
            doc["head"].append(("CPR-nr.", c["cpr"]))
        c["period"] = None
        dmg = DAMAGES[(i * 7 + 2) % len(DAMAGES)]
        if dmg == "eml-quoted":
            dmg = "eml-chat"
        emit("unknown", v, doc, c, dmg, set(), f"andet/{i:02d}-{v}-{dmg}", cpr)

    # LibreOffice conversions, one process, sequential
    if lo_jobs:
        pdfdir = Path(tempfile.gettempdir()) / "il_lo_pdf"
        pdfdir.mkdir(exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_il_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(pdfdir)] + [str(p) for p, _, _ in lo_jobs],
                       check=True, capture_output=True, timeout=600)
        from pypdf import PdfReader
        for p, rel, mode in lo_jobs:
            pdf = pdfdir / (p.stem + ".pdf")
            dst = out / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            if mode == "lo-pdf":
                shutil.copy(pdf, dst)
            else:
                txt = "\n\f".join(pg.extract_text() or "" for pg in PdfReader(str(pdf)).pages)
                dst.write_text(txt + "\n", encoding="utf-8")

    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])) + "\n",
        encoding="utf-8")
    print(f"wrote {len(g.entries)} documents to {out}")


if __name__ == "__main__":
    main()
