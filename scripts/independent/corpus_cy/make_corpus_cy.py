"""Independent corpus `cy`: agreements and decisions that live in prose.

Journal notes, meeting summaries sent to the citizen, e-mail threads between caseworker, mentor
and citizen (quoted earlier mail, forwards, signatures with other people's phone numbers),
Outlook-style HTML exports and Digital Post text exports, plus documents that are none of the
kinds. Written from shared/domain.md, the seeds and the rule docs only (see NOTES.md).

Usage: make_corpus_cy.py --out DIR   (deterministic, fixed seed)
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261130

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
            "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

CITIZENS = [("Jonas", "Berg", "m"), ("Amalie", "Krogh", "f"), ("Ahmed", "Haddad", "m"),
            ("Sofie", "Winther", "f"), ("Mikkel", "Dahl", "m"), ("Fatima", "Yilmaz", "f"),
            ("Rasmus", "Holt", "m"), ("Line", "Kjærgaard", "f"), ("Oliver", "Brandt", "m"),
            ("Nadia", "Søndergaard", "f"), ("Emil", "Vestergaard", "m"), ("Camilla", "Bech", "f"),
            ("Tobias", "Lauridsen", "m"), ("Sara", "Mortensen", "f"), ("Kevin", "Thygesen", "m"),
            ("Maja", "Overgaard", "f"), ("Daniel", "Friis", "m"), ("Ida", "Hougaard", "f")]
MENTORS = [("Sara", "Lund", "f", "Mentorhuset ApS", "mentorhuset.dk"),
           ("Kasper", "Nørgaard", "m", "Lærkevej Mentor", "laerkevejmentor.dk"),
           ("Birgitte", "Skov", "f", "Jobhuset", "jobhuset.dk"),
           ("Henrik", "Aagaard", "m", "Kommunens mentorkorps", None),
           ("Lone", "Damgaard", "f", "Netværk & Job", "netvaerkjob.dk"),
           ("Yusuf", "Demir", "m", "Brobyggerne", "brobyggerne.dk"),
           ("Trine", "Bak", "f", "Ungeenheden", None),
           ("Morten", "Kirk", "m", "ProMentor", "promentor.dk")]
CASEWORKERS = [("Mette", "Holm", "Jobkonsulent"), ("Anders", "Bisgaard", "Sagsbehandler"),
               ("Pia", "Rask", "Rådgiver"), ("Lars", "Iversen", "Virksomhedskonsulent"),
               ("Hanne", "Lykke", "Ungerådgiver"), ("Jesper", "Toft", "Jobkonsulent")]
MUNIS = [("Næstved", "naestved.dk"), ("Ringsted", "ringsted.dk"), ("Slagelse", "slagelse.dk"),
         ("Holbæk", "holbaek.dk"), ("Køge", "koege.dk"), ("Sorø", "soroe.dk"),
         ("Faxe", "faxekommune.dk"), ("Vordingborg", "vordingborg.dk")]


def phone(rng):
    return " ".join(f"{rng.randint(20, 99) if i == 0 else rng.randint(10, 99)}" for i in range(4))


def cpr(rng):
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    return f"{d:%d%m%y}-{rng.randint(1000, 9999)}"


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d, style):
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d:%d.%m.%Y}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}.{d.month}.{d:%y}"


def ascii_mail(s):
    return (s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))


class Case:
    """One citizen's case: people, period and the texts of each field."""

    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        self.cit = CITIZENS[idx % len(CITIZENS)]
        self.men = rng.choice(MENTORS)
        self.cw = rng.choice(CASEWORKERS)
        self.muni, self.dom = rng.choice(MUNIS)
        self.men_phone = phone(rng)
        self.cw_phone = phone(rng)
        self.cit_phone = phone(rng)
        self.men_mail = (f"{ascii_mail(self.men[0])}.{ascii_mail(self.men[1])}@{self.men[4]}"
                         if self.men[4] else f"{ascii_mail(self.men[0][:3] + self.men[1][:2])}@{self.dom}")
        self.cw_mail = f"{ascii_mail(self.cw[0][:2] + self.cw[1][:2])}@{self.dom}"
        self.start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 1, 15, 3, 10]))
        self.months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.meeting = self.start - dt.timedelta(days=rng.randint(3, 12))
        self.cpr = cpr(rng) if rng.random() < 0.45 else None
        self.defects: list[str] = []
        self.extras: list[str] = []
        self.traits: list[str] = []

    # pronoun helpers -------------------------------------------------------
    @property
    def cfirst(self):
        return self.cit[0]

    @property
    def mfirst(self):
        return self.men[0]

    def hun_han(self, who):
        return "hun" if who == "f" else "han"

    def hende_ham(self, who):
        return "hende" if who == "f" else "ham"

    # field texts -----------------------------------------------------------
    def goal(self, person, unclear=False):
        r, c = self.rng, self.cfirst
        if unclear:
            self.defects.append("unclear-goal")
            opts = {
                2: ["Målet er, at du får mere struktur på hverdagen og generelt får det bedre.",
                    "Vi talte om, at formålet med mentorstøtten er støtte til at komme videre og øget selvværd.",
                    "Målet med forløbet er, at du får styr på tingene og oplever mere trivsel i hverdagen."],
                3: [f"Formålet er at støtte {c} i at komme videre og få mere ro på.",
                    f"Mål for forløbet: {c} skal opleve øget trivsel og mere overskud.",
                    f"Formålet med mentor er motivation og at {c} arbejder med sig selv."],
                1: ["Vi aftalte, at målet er, at du får mere overskud og kommer lidt videre.",
                    "Mit mål sammen med dig er at sikre at du får det bedre og kommer ud af døren."],
            }
            return r.choice(opts[person])
        schools = ["FGU Midt- og Vestsjælland", "SOSU Sjælland", "VUC Storstrøm", "ZBC i Slagelse",
                   "EUC Sjælland", "Erhvervsskolen i Køge"]
        jobs = ["Netto i Ringsted", "Bilka i Næstved", "Dagrofa lager i Køge", "plejecenter Solgården",
                "Harald Nyborg", "autoværkstedet på Industrivej", "Føtex i Holbæk"]
        s = r.choice(schools)
        j = r.choice(jobs)
        when = fmt_date(add_months(self.start, r.choice([2, 3, 4])), r.choice(["words", "abbr"]))
        opts = {
            2: [f"Målet er, at du starter på {s} efter sommerferien og møder stabilt fire dage om ugen.",
                f"Vi blev enige om, at målet er, at du er i virksomhedspraktik hos {j} 15 timer om ugen senest {when}.",
                f"Dit mål er at gennemføre FVU-dansk trin 2 på {s} og derefter søge ind på EUD.",
                f"Formålet med mentorstøtten er, at du kan fastholde dit løntilskudsjob hos {j} 25 timer om ugen.",
                f"Målet er, at du senest {when} er startet på grundforløbet (GF1) på {s}."],
            3: [f"Målet er, at {c} fastholder sit job hos {j} med 20 timer om ugen og ikke har fravær uden aftale.",
                f"Formålet med mentorstøtten er, at {c} kommer i gang med HF-enkeltfag på {s} fra {when}.",
                f"Borger og undertegnede har aftalt følgende mål: {c} starter i praktik som lagermedarbejder hos {j} senest {when} og møder til tiden mindst 4 dage om ugen.",
                f"{c} ønsker at blive social- og sundhedshjælper. Målet for forløbet er, at {c} bliver optaget på SOSU-hjælperuddannelsen på {s} med studiestart {when}.",
                f"Mål: {c} er i ordinære timer hos {j} (minimum 10 timer/uge) senest {when}."],
            1: [f"Mit mål sammen med dig er, at du er startet på FGU (PGU) på {s} senest {when} og kommer hver dag.",
                f"Vi aftalte, at målet er, at du kommer i virksomhedspraktik hos {j} 12 timer om ugen fra {when}."],
        }
        return r.choice(opts[person])

    def mentor(self, person, missing=False):
        r, m = self.rng, self.men
        name = f"{m[0]} {m[1]}"
        hh = self.hende_ham(m[2])
        if missing:
            self.defects.append("missing-mentor")
            opts = {2: [f"Din mentor bliver {m[0]} fra {m[3]}, som ringer til dig i løbet af næste uge.",
                        f"Du får en mentor fra {m[3]}. Du får navnet, når de har fundet den rette til dig.",
                        f"Din mentor hedder {name} og er ansat hos {m[3]}. Hun eller han kontakter dig inden opstart."],
                    3: [f"{self.cfirst} får tilknyttet en mentor fra {m[3]}. Navn på mentor følger, når leverandøren har fordelt sagen.",
                        f"Mentor: {name}, {m[3]}. Kontaktoplysninger sendes, når forløbet er startet op.",
                        f"Mentor bliver {m[0]} fra {m[3]}, som tager kontakt til borger."]}
            return r.choice(opts[2 if person == 2 else 3])
        ph, ml = self.men_phone, self.men_mail
        opts = {
            2: [f"Din mentor er {name} fra {m[3]}. Du kan ringe eller skrive til {hh} på {ph} eller {ml}.",
                f"Det bliver {name} ({m[3]}), der er din mentor. {m[0]}s nummer er {ph}.",
                f"Som aftalt bliver {m[0]} {m[1]} din mentor. Du kan fange {hh} på tlf. {ph}, hverdage mellem 9 og 15, og på mail {ml}."],
            3: [f"Borger får tilknyttet mentor {name}, {m[3]}, tlf. {ph}, mail {ml}.",
                f"Mentor: {name}, {m[3]} – træffes på {ph}.",
                f"{self.cfirst} og {m[0]} {m[1]} ({m[3]}, mobil {ph}) har hilst på hinanden på mødet."],
            1: [f"Jeg hedder {name} og er din mentor fra {m[3]}. Mit nummer er {ph}, og du kan også skrive til {ml}.",
                f"Du kan altid sende en sms til mig på {ph} – {name}, mentor."],
        }
        return r.choice(opts[person])

    def tasks(self, person, missing=False):
        r = self.rng
        if missing:
            self.defects.append("missing-tasks")
            return None
        items = ["komme op om morgenen og få en fast døgnrytme", "følges med dig til praktikstedet de første to uger",
                 "tage med til møder hos lægen og i banken", "lave en ugeplan og holde styr på aftaler",
                 "snakke om det, hvis der opstår problemer på arbejdspladsen", "få styr på transporten til skolen",
                 "åbne og forstå post fra e-Boks", "forberede samtaler med skolens vejleder"]
        chosen = r.sample(items, r.randint(2, 4))
        style = r.choice(["sentence", "list", "list", "third"])
        if style == "sentence":
            lead = {1: "Jeg skal hjælpe dig med at", 2: f"{self.mfirst} skal hjælpe dig med at",
                    3: f"Mentor skal hjælpe {self.cfirst} med at"}[person]
            return lead + " " + ", ".join(c for c in chosen[:-1]) + " og " + chosen[-1] + "."
        if style == "third":
            verbs = [c.replace("dig", self.hende_ham(self.cit[2])) for c in chosen]
            return (f"Mentoren støtter {self.cfirst} i at " + ", ".join(verbs[:-1]) + " samt " + verbs[-1] + ".")
        if person == 3:
            hh = self.hende_ham(self.cit[2])
            chosen = [c.replace("dig", hh) for c in chosen]
            lead = r.choice([f"{self.mfirst} skal hjælpe {self.cfirst} med:", "Mentors opgaver bliver at:",
                             f"Aftalt at mentor støtter {self.cfirst} i følgende:"])
        else:
            lead = r.choice([f"{self.mfirst} skal hjælpe dig med:", "Det, mentor skal hjælpe med, er:",
                             "Vi aftalte, at mentor især skal støtte dig i at:",
                             f"{self.mfirst} og du arbejder sammen om følgende:"])
        return [lead] + [c[0].upper() + c[1:] for c in chosen]

    def duration(self, over=False, missing=False):
        r = self.rng
        if missing:
            self.defects.append("missing-duration")
            return r.choice(["Forløbet starter så snart mentor har tid, og vi ser, hvordan det går.",
                             "Mentorstøtten løber indtil videre."])
        end = self.end
        if over:
            self.defects.append("duration-over-6-months")
            end = add_months(self.start, r.choice([7, 9, 12])) - dt.timedelta(days=1)
            if r.random() < 0.4:
                end = add_months(self.start, 6)  # one day over
            self.end = end
        st = r.choice(["words", "den", "abbr", "dots", "slash", "slash2", "short"])
        a, b = fmt_date(self.start, st), fmt_date(end, st)
        a2 = a.replace("den ", "")
        b2 = b.replace("den ", "")
        opts = [f"Mentorstøtten gælder fra {a2} til og med {b2}.",
                f"Forløbet løber i perioden {a2} – {b2}.",
                f"Perioden er {a2}-{b2}, og der tages stilling til en eventuel forlængelse inden udløb.",
                f"Vi starter {a} og aftalen gælder til {b2}.",
                f"Bevillingen løber fra {a2} til {b2}."]
        if not over and self.months == 6 and r.random() < 0.3:
            opts = [f"Mentorstøtten starter {fmt_date(self.start, 'den')} og varer 6 måneder.",
                    f"Aftalen gælder i et halvt år fra {fmt_date(self.start, 'words')}."]
        if over and r.random() < 0.3:
            n = (end.year - self.start.year) * 12 + end.month - self.start.month + (1 if end.day >= self.start.day else 0)
            if n > 6:
                opts = [f"Mentorstøtten starter {fmt_date(self.start, 'den')} og løber i {n} måneder."]
        return r.choice(opts)

    def hours(self, person, missing=False, vague=False):
        r = self.rng
        if missing:
            self.defects.append("missing-hours")
            return None
        if vague:
            self.defects.append("missing-hours")
            return r.choice(["Antallet af timer aftaler I løbende efter behov.",
                             "Mentor bruger den tid, der er brug for, og I finder selv ud af hvor meget.",
                             "Der er afsat et par timer om ugen, alt efter hvordan det går."])
        opts = {2: ["Du har 2 timer med mentor om ugen.", "Der er bevilget 1½ time om ugen.",
                    f"I mødes halvanden time hver uge, som regel {r.choice(WEEKDAYS[:5])} formiddag.",
                    "Du får to timers mentorstøtte om ugen.", "Der er afsat 3 timer pr. uge. Tidspunkterne aftaler I nærmere.",
                    "Timetallet er 2-3 timer om ugen i de første to måneder og derefter 1 time om ugen."],
                3: ["Der er bevilget 2 timer ugentligt.", "Timetal: 3 t/uge.",
                    f"Der er i alt {r.choice([24, 36, 40])} mentortimer i perioden.",
                    "Omfang: 1,5 time pr. uge (direkte kontakt).", "Mentor har 4 timer om ugen til forløbet."],
                1: ["Jeg har 2 timer om ugen sammen med dig.",
                    "Vi ses 1½ time om ugen, og tiden aftaler vi fra gang til gang."]}
        return r.choice(opts[person])

    def follow_up(self, person, missing=False):
        r = self.rng
        if missing:
            self.defects.append("missing-follow-up")
            return None
        d = fmt_date(add_months(self.start, r.choice([1, 2])) + dt.timedelta(days=r.randint(0, 9)), "words")
        opts = {2: [f"Vi holder et statusmøde alle tre {d}, hvor vi ser på, om du er kommet tættere på målet.",
                    "Jeg følger op med dig og din mentor en gang om måneden, og vi evaluerer forløbet 14 dage før perioden slutter.",
                    f"Første opfølgning er {d}. Her kigger vi på dit fremmøde, som er det delmål, vi måler på.",
                    "Vi mødes til opfølgning hver 4. uge, og ved midtvejsevalueringen ser vi på, om timerne passer."],
                3: ["Opfølgning: Statusmøde med borger, mentor og sagsbehandler hver måned. Delmål: fremmøde 4 dage/uge.",
                    f"Der følges op på forløbet {d} og igen 14 dage inden ophør.",
                    "Mentor sender en kort status hver måned, og progressionen vurderes ved opfølgningssamtalerne."],
                1: [f"Vi holder statusmøde med din sagsbehandler {d}.",
                    "Hver måned skriver jeg en kort status til din sagsbehandler, og vi følger op sammen alle tre."]}
        return r.choice(opts[person])

    def appeal(self, mode="ok", third=False):
        r = self.rng
        muni = f"{self.muni} Kommune"
        if third and mode == "ok":
            hun = self.hun_han(self.cit[2])
            return r.choice([
                f"Borger er vejledt om, at {hun} kan klage til {muni} inden 4 uger, at kommunen genvurderer afgørelsen, og at klagen sendes videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
                f"Klagevejledning givet: klage sendes til Jobcenter {self.muni} inden fire uger; jobcentret genvurderer og videresender til Ankestyrelsen ved fastholdelse."])
        if third and mode == "weak":
            self.defects.append("missing-appeal-guidance")
            return "Borger er gjort opmærksom på sin klageadgang."
        if mode == "missing":
            self.defects.append("missing-appeal-guidance")
            return None
        if mode == "weak":
            self.defects.append("missing-appeal-guidance")
            return r.choice(["Du har mulighed for at klage over afgørelsen, hvis du ikke er enig.",
                             "Er du uenig, kan du klage. Kontakt os, hvis du har spørgsmål."])
        if mode == "wrong":
            self.extras.append("appeal-wrong-route")
            self.traits.append("appeal:direct-to-ankestyrelsen")
            return r.choice(["Hvis du ikke er enig, kan du klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget dette brev.",
                             "Du kan klage til Ankestyrelsen, 7998 Statsservice, inden fire uger fra modtagelsen."])
        return r.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {muni} inden fire uger. Kommunen genvurderer sin afgørelse inden fire uger, og fastholder vi den, sender vi klagen videre til Ankestyrelsen.",
            f"Du kan klage over afgørelsen til {muni}, Jobcenter, inden 4 uger efter du har modtaget den. Klagen kan være mundtlig eller skriftlig. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sendes den videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
            f"Er du uenig i bevillingen, kan du inden 4 uger klage til os i {muni}. Vi genvurderer afgørelsen, og giver vi dig ikke medhold, bliver klagen sendt til Ankestyrelsens Beskæftigelsesudvalg."])


# ---------------------------------------------------------------- documents
# A document is a dict: title, meta (headers), blocks [(kind, text)], kind label, subtype, layout.
# Block kinds: h (heading), p (paragraph), li (list item), sig (signature lines joined by \n),
#              quote (earlier mail: list of blocks), pre (verbatim line).

def para_or_list(blocks, value):
    if value is None:
        return
    if isinstance(value, list):
        blocks.append(("p", value[0]))
        blocks.extend(("li", v) for v in value[1:])
    else:
        blocks.append(("p", value))


def plan_defects(rng, kind):
    """Choose defects for ~30 % of documents."""
    if rng.random() >= 0.32:
        return set()
    pool = (["missing-mentor", "missing-tasks", "missing-hours", "vague-hours", "missing-follow-up",
             "over", "unclear", "appeal-missing", "appeal-weak", "missing-duration"]
            if kind == "agreement" else ["over", "appeal-missing", "appeal-weak", "no-reasons"])
    n = 1 if rng.random() < 0.75 else 2
    return set(rng.sample(pool, n))


def fields(case, person, d):
    """Return dict of field texts (None when missing)."""
    third = person == 3
    return {
        "goal": case.goal(person, unclear="unclear" in d),
        "mentor": case.mentor(person if person != 1 else 3, missing="missing-mentor" in d),
        "tasks": case.tasks(person, missing="missing-tasks" in d),
        "duration": case.duration(over="over" in d, missing="missing-duration" in d),
        "hours": case.hours(person, missing="missing-hours" in d, vague="vague-hours" in d),
        "follow": case.follow_up(person, missing="missing-follow-up" in d),
        "appeal": case.appeal("missing" if "appeal-missing" in d else "weak" if "appeal-weak" in d
                              else ("wrong" if case.rng.random() < 0.08 and not third else "ok"), third=third),
    }


def cw_sig(case, rng):
    cw = case.cw
    lines = [rng.choice(["Venlig hilsen", "Med venlig hilsen", "Mvh.", "De bedste hilsner"]),
             f"{cw[0]} {cw[1]}", cw[2], f"Jobcenter {case.muni}" if rng.random() < 0.5 else f"{case.muni} Kommune, Beskæftigelse",
             rng.choice([f"Direkte: {case.cw_phone}", f"Tlf. {case.cw_phone}", f"Mobil: {case.cw_phone}"]),
             case.cw_mail]
    if rng.random() < 0.5:
        lines.append(f"Telefontid: man-tors 9-12 · Hovednummer {phone(rng)}")
    return "\n".join(lines)


def journal_note(case, rng, d):
    c = case
    f = fields(c, 3, d)
    title = rng.choice(["Journalnotat", "Notat om samtale", "Journalnotat – opstartsmøde mentor",
                        "Notat: samtale om mentorstøtte"])
    blocks = [("h", title)]
    meta = [f"Dato: {fmt_date(c.meeting, rng.choice(['dots', 'words']))}",
            f"Borger: {c.cit[0]} {c.cit[1]}" + (f", CPR {c.cpr}" if c.cpr else ""),
            f"Notat skrevet af: {c.cw[0]} {c.cw[1]}, {c.cw[2].lower()}"]
    if rng.random() < 0.5:
        meta.append(f"Sagsnr.: {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1, 999)}-26")
    blocks.append(("pre", "\n".join(meta)))
    blocks.append(("p", rng.choice([
        f"Samtale på jobcentret med {c.cfirst} og kommende mentor. {c.cfirst} var mødt til tiden og virkede motiveret.",
        f"Opstartsmøde vedr. mentorstøtte efter LAB § 167. Til stede: borger, mentor og undertegnede.",
        f"Telefonsamtale med borger efterfulgt af fysisk møde, hvor mentor deltog. Borger har selv ønsket mentor."])))
    blocks.append(("p", f["goal"]))
    order = ["mentor", "tasks", "hours", "duration", "follow"]
    if rng.random() < 0.5:
        order = ["mentor", "duration", "hours", "tasks", "follow"]
    for k in order:
        para_or_list(blocks, f[k])
    if f["appeal"]:
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", rng.choice(["Aftalen sendes til borger i Digital Post. Sagen afventer opstart.",
                                    "Borger er indforstået. Bevilling oprettet i fagsystemet.",
                                    "Mentor sender opstartsnotat efter første møde."])))
    blocks.append(("sig", f"/{c.cw[0][0]}{c.cw[1][0]}".upper()))
    return dict(title=title, blocks=blocks, kind="agreement", subtype="journalnotat", layout="prose")


def summary_letter(case, rng, d):
    c = case
    f = fields(c, 2, d)
    subj = rng.choice(["Opsamling fra vores møde", f"Opsamling fra mødet {fmt_date(c.meeting, 'words')}",
                       "Det aftalte om din mentor", "Referat af vores samtale om mentorstøtte"])
    blocks = [("h", subj)]
    if c.cpr and rng.random() < 0.6:
        blocks.append(("pre", f"{c.cit[0]} {c.cit[1]}\nCPR-nr.: {c.cpr}"))
    blocks.append(("p", f"Kære {c.cfirst}"))
    blocks.append(("p", rng.choice([
        "Tak for et godt møde. Her får du det, vi blev enige om, skrevet ned, så du har det hele ét sted.",
        f"Som lovet sender jeg en opsamling på det, vi aftalte {fmt_date(c.meeting, 'den')} om din mentorstøtte.",
        "Her er en kort opsamling fra vores møde, hvor vi aftalte mentorstøtte til dig."])))
    blocks.append(("p", f["goal"]))
    seq = ["mentor", "tasks", "duration", "hours", "follow"]
    if rng.random() < 0.4:
        seq = ["tasks", "mentor", "hours", "duration", "follow"]
    for k in seq:
        para_or_list(blocks, f[k])
    if f["appeal"]:
        if rng.random() < 0.5:
            blocks.append(("h", rng.choice(["Hvis du vil klage", "Klagevejledning", "Sådan klager du"])))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", rng.choice(["Skriv endelig, hvis jeg har misforstået noget.", "Du er velkommen til at ringe, hvis du har spørgsmål.",
                                    "Vi ses til statusmødet."])))
    blocks.append(("sig", cw_sig(c, rng)))
    return dict(title=subj, blocks=blocks, kind="agreement", subtype="opsamling", layout="letter-prose")


def mail_thread(case, rng, d):
    """Caseworker writes to citizen + mentor; quoted earlier mail below."""
    c = case
    f = fields(c, 2, d)
    subj = rng.choice(["Aftale om mentor", "SV: Mentor – hvad aftalte vi?", "Mentorforløb – aftalen",
                       "VS: Opstart med mentor", "RE: mentor"])
    blocks = [("p", rng.choice([f"Hej {c.cfirst} (og {c.mfirst} cc)", f"Hej {c.cfirst}", f"Kære {c.cfirst} og {c.mfirst}"]))]
    if c.cpr and rng.random() < 0.4:
        blocks.insert(0, ("p", f"Vedr. {c.cit[0]} {c.cit[1]}, cpr {c.cpr}"))
    blocks.append(("p", rng.choice(["Tak for din mail. Her kommer aftalen, som vi snakkede om i går:",
                                    "Jeg skriver lige det hele ned, så vi er enige om aftalen:",
                                    "Som lovet får du her aftalen om din mentorstøtte."])))
    for k in ["goal", "mentor", "tasks", "duration", "hours", "follow"]:
        para_or_list(blocks, f[k])
    if f["appeal"]:
        blocks.append(("p", "Klagevejledning: " + f["appeal"] if rng.random() < 0.5 else f["appeal"]))
    blocks.append(("sig", cw_sig(c, rng)))
    quoted = [("p", rng.choice([f"Hej {c.cw[0]}", "Hej"])),
              ("p", rng.choice(["Jeg kan ikke huske hvad vi aftalte med mentor, kan du skrive det til mig?",
                                "Hvornår starter jeg med mentor? Og skal jeg selv ringe?",
                                "Jeg har mistet papiret fra mødet. Hvad var det nu vi aftalte?"])),
              ("p", f"Mvh {c.cfirst}\n{c.cit_phone}")]
    qhdr = rng.choice([f"Den {c.meeting.day}. {MONTHS[c.meeting.month - 1]} {c.meeting.year} kl. 21.14 skrev {c.cit[0]} {c.cit[1]} <{ascii_mail(c.cfirst)}{rng.randint(80, 99)}@gmail.com>:",
                       "-----Oprindelig meddelelse-----"])
    blocks.append(("quote", [("pre", qhdr)] + quoted))
    meta = dict(frm=f"{c.cw[0]} {c.cw[1]} <{c.cw_mail}>", to=f"{ascii_mail(c.cfirst)}@gmail.com",
                cc=None if "missing-mentor" in d else c.men_mail, subject=subj)
    return dict(title=subj, blocks=blocks, meta=meta, kind="agreement", subtype="mail-aftale",
                layout="email-quoted")


def mentor_mail(case, rng, d):
    """Mentor writes first person to citizen, cc caseworker."""
    c = case
    # the mentor's own mail: the From header carries the mentor's address, so no missing-mentor here
    d = set(d) - {"missing-mentor"}
    f = fields(c, 1, d)
    f["mentor"] = c.mentor(1)
    subj = rng.choice(["Vores aftale", "Hej fra din mentor", "Aftale om mentorforløb"])
    blocks = [("p", f"Hej {c.cfirst}"),
              ("p", rng.choice(["Dejligt at møde dig i dag. Jeg skriver lige vores aftale ned, og din sagsbehandler får en kopi.",
                                "Her er det, vi aftalte på mødet hos jobcentret."]))]
    for k in ["mentor", "goal", "tasks", "hours", "duration", "follow"]:
        para_or_list(blocks, f[k])
    if f["appeal"]:
        blocks.append(("p", "Jobcentret har bedt mig skrive klagevejledningen med: " + f["appeal"]))
    m = c.men
    sig = [rng.choice(["Mange hilsner", "Hilsen", "Kh"]), f"{m[0]}"]
    if "missing-mentor" not in d:
        sig += [f"{m[0]} {m[1]} | Mentor | {m[3]}", f"{c.men_phone}"]
    else:
        sig += [f"{m[3]}", f"Kontoret: {phone(rng)}"]
    blocks.append(("sig", "\n".join(sig)))
    meta = dict(frm=f"{m[0]} {m[1]} <{c.men_mail}>", to=f"{ascii_mail(c.cfirst)}.{ascii_mail(c.cit[1])}@hotmail.com",
                cc=c.cw_mail, subject=subj)
    return dict(title=subj, blocks=blocks, meta=meta, kind="agreement", subtype="mail-fra-mentor",
                layout="email-first-person")


def forwarded(case, rng, d):
    """Caseworker forwards the summary to the mentor with a short note on top."""
    c = case
    # sent to the mentor's own address, so the mentor's contact is not missing here
    inner = summary_letter(c, rng, set(d) - {"missing-mentor"})
    subj = "VS: " + inner["title"]
    blocks = [("p", f"Hej {c.mfirst}"),
              ("p", rng.choice(["Til orientering – her er opsamlingen, jeg har sendt til borger. Ring, hvis noget skal rettes.",
                                f"Videresender aftalen, så du har den. {c.hun_han(c.cit[2]).capitalize()} glæder sig til at komme i gang."])),
              ("sig", f"{c.cw[0]}\n{c.cw[2]}, tlf. {c.cw_phone}"),
              ("pre", "---------- Videresendt meddelelse ----------\n"
                      f"Fra: {c.cw[0]} {c.cw[1]} <{c.cw_mail}>\nDato: {fmt_date(c.meeting, 'words')}\n"
                      f"Emne: {inner['title']}\nTil: {ascii_mail(c.cfirst)}@gmail.com")]
    blocks += inner["blocks"][1:]
    meta = dict(frm=f"{c.cw[0]} {c.cw[1]} <{c.cw_mail}>", to=c.men_mail, cc=None, subject=subj)
    return dict(title=subj, blocks=blocks, meta=meta, kind="agreement", subtype="videresendt",
                layout="email-forward")


def decision_dp(case, rng, d):
    """Digital Post text export of a decision letter."""
    c = case
    blocks = []
    hdr = [f"Fra: {c.muni} Kommune – Jobcenter", f"Til: {c.cit[0]} {c.cit[1]}",
           f"Modtaget: {fmt_date(c.meeting + dt.timedelta(days=2), 'dots')} {rng.randint(8, 15)}:{rng.randint(10, 59)}",
           "Emne: " + rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentor", "Afgørelse – mentorstøtte efter LAB § 167"])]
    if c.cpr:
        hdr.append(f"Vedr.: {c.cpr}")
    blocks.append(("pre", "\n".join(hdr)))
    blocks.append(("h", rng.choice(["Du får mentorstøtte", "Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"])))
    partial = "no-reasons" in d or rng.random() < 0.3
    dur = c.duration(over="over" in d)
    hrs = c.hours(2)
    if partial:
        blocks.append(("p", f"Du har søgt om mentorstøtte 5 timer om ugen. Du får bevilget færre timer end du søgte om. {hrs} {dur}"))
    else:
        blocks.append(("p", f"Kommunen har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. {dur} {hrs}"))
    blocks.append(("p", c.mentor(2)))
    if "no-reasons" in d:
        c.extras.append("missing-reasons")
        c.traits.append("partial-grant-no-reasons")
    else:
        blocks.append(("p", rng.choice([
            f"Vi har lagt vægt på, at du gerne vil i gang med uddannelse, og at du i en periode har brug for hjælp til at møde stabilt. Afgørelsen er truffet efter LAB § 167, stk. 1.",
            f"Begrundelsen er, at du efter vores vurdering har brug for støtte for at kunne gennemføre din praktik. Vi har lagt vægt på oplysningerne fra dit møde med os {fmt_date(c.meeting, 'den')}, jf. LAB § 167."])))
    ap = c.appeal("missing" if "appeal-missing" in d else "weak" if "appeal-weak" in d else "ok")
    if ap:
        blocks.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage"])))
        blocks.append(("p", ap))
    blocks.append(("sig", f"Med venlig hilsen\n{c.cw[0]} {c.cw[1]}\n{c.cw[2]}\n{c.muni} Kommune"))
    blocks.append(("pre", "Denne meddelelse er sendt til dig via Digital Post. Du kan ikke svare på den."))
    return dict(title=hdr[3][6:], blocks=blocks, kind="decision", subtype="digital-post-afgoerelse",
                layout="dp-export")


# ------------------------------------------------------------- not a kind

def unk_invitation(case, rng):
    c = case
    subj = rng.choice(["Indkaldelse til statusmøde", "Mødeindkaldelse: opfølgning", "Invitation: møde med mentor og jobcenter"])
    when = c.start + dt.timedelta(days=rng.randint(20, 60))
    blocks = [("p", f"Hej {c.cfirst}"),
              ("p", f"Du er indkaldt til statusmøde {WEEKDAYS[when.weekday()]} {fmt_date(when, 'den')} kl. {rng.randint(9, 14)}.00 på jobcentret, {rng.choice(['mødelokale 2', 'stuen', '1. sal'])}. Din mentor {c.men[0]} {c.men[1]} deltager også."),
              ("p", "Hvis du er forhindret, så ring til mig hurtigst muligt."),
              ("sig", cw_sig(c, rng))]
    meta = dict(frm=f"{c.cw[0]} {c.cw[1]} <{c.cw_mail}>", to=f"{ascii_mail(c.cfirst)}@gmail.com", cc=c.men_mail, subject=subj)
    return dict(title=subj, blocks=blocks, meta=meta, kind="unknown", subtype="moedeindkaldelse", layout="email")


def unk_status(case, rng):
    c = case
    title = rng.choice(["Statusnotat fra mentor", "Status på mentorforløb", "Månedlig status"])
    blocks = [("h", title),
              ("p", f"Status for perioden {fmt_date(c.start, 'dots')} til {fmt_date(add_months(c.start, 1), 'dots')} vedr. {c.cfirst} {c.cit[1]}."),
              ("p", f"{c.cfirst} har mødt op til {rng.randint(5, 9)} ud af 9 aftaler. Vi har arbejdet med morgenrutiner og transport, og {c.hun_han(c.cit[2])} er begyndt at tage bussen selv."),
              ("p", f"Målet om praktik er stadig realistisk. Jeg foreslår, at vi fortsætter med 2 timer om ugen. Vi mødes til statusmøde i næste måned."),
              ("sig", f"{c.men[0]} {c.men[1]}, mentor, {c.men[3]}\n{c.men_phone}")]
    return dict(title=title, blocks=blocks, kind="unknown", subtype="statusnotat-mentor", layout="prose")


def unk_other_note(case, rng):
    c = case
    title = rng.choice(["Journalnotat", "Notat om samtale", "Notat – telefonsamtale"])
    topic = rng.choice([
        f"Borger ringede angående sin boligstøtte, som er faldet. Vejledt om at kontakte Udbetaling Danmark. Borger nævnte, at mentor {c.men[0]} har hjulpet med at finde brevet i e-Boks.",
        f"Samtale om sygemelding. {c.cfirst} er sygemeldt fra praktikken i to uger pga. influenza. Mentor er orienteret og holder pause med møderne. Ny samtale aftales, når {c.hun_han(c.cit[2])} er rask.",
        f"Lægeattest modtaget og journaliseret. Mentor {c.men[0]} {c.men[1]} har været med til lægen. Ingen ændringer i indsatsen.",
        f"Borger har søgt om hjælp til tandbehandling efter aktivloven § 82. Sagen overgår til ydelsesafdelingen. {c.cfirst} fortæller, at det går godt med mentoren."])
    blocks = [("h", title), ("pre", f"Dato: {fmt_date(c.meeting, 'dots')}\nBorger: {c.cit[0]} {c.cit[1]}" + (f" ({c.cpr})" if c.cpr else "")),
              ("p", topic), ("sig", f"/{c.cw[0][0]}{c.cw[1][0]}".upper())]
    return dict(title=title, blocks=blocks, kind="unknown", subtype="notat-andet-emne", layout="prose")


def unk_sent_notice(case, rng):
    c = case
    subj = rng.choice(["Du har fået post fra " + c.muni + " Kommune", "Aftalen er sendt", "Ny meddelelse i Digital Post"])
    blocks = [("p", rng.choice([f"Kære {c.cfirst}", "Hej"])),
              ("p", rng.choice([
                  "Du har modtaget en ny meddelelse i Digital Post om din mentorstøtte. Log ind på borger.dk eller i appen Digital Post for at læse den.",
                  f"Jeg har nu sendt aftalen om mentor til dig i e-Boks. Læs den igennem, og ring hvis der er noget, du er i tvivl om.",
                  "Der ligger et brev til dig fra Jobcenter " + c.muni + ". Brevet handler om mentorstøtte."])),
              ("sig", cw_sig(c, rng) if rng.random() < 0.6 else "Med venlig hilsen\nDigital Post")]
    meta = dict(frm=f"noreply@{c.dom}", to=f"{ascii_mail(c.cfirst)}@gmail.com", cc=None, subject=subj)
    return dict(title=subj, blocks=blocks, meta=meta, kind="unknown", subtype="besked-om-post", layout="email")


def unk_mentor_booking(case, rng):
    c = case
    subj = rng.choice(["Ledig mentor?", "Forespørgsel på mentorforløb", "SV: Kapacitet i januar"])
    blocks = [("p", f"Hej {c.men[0]}"),
              ("p", f"Har I en ledig mentor fra {fmt_date(c.start, 'words')}? Det drejer sig om en ung mand på uddannelseshjælp, ca. 2 timer om ugen. Jeg sender bestillingen, når du har svaret."),
              ("sig", cw_sig(c, rng)),
              ("quote", [("pre", "-----Oprindelig meddelelse-----"),
                         ("p", "Vi har kapacitet igen efter nytår. Skriv endelig, hvis I har borgere, der venter."),
                         ("p", f"{c.men[0]} {c.men[1]}\n{c.men[3]}\n{c.men_phone}")])]
    meta = dict(frm=c.cw_mail, to=c.men_mail, cc=None, subject=subj)
    return dict(title=subj, blocks=blocks, meta=meta, kind="unknown", subtype="leverandoer-mail", layout="email-quoted")


# ------------------------------------------------------------------ writers

def plain_lines(blocks, quote_prefix=None, wrap=None):
    out = []
    for k, t in blocks:
        if k == "quote":
            inner = plain_lines(t, wrap=wrap)
            out.append("\n".join(("> " + l) if quote_prefix and l else (("> " if quote_prefix else "") + l) for l in inner.split("\n")))
            continue
        if k == "li":
            s = "- " + t
            if wrap:
                s = textwrap.fill(s, wrap, subsequent_indent="  ")
            out.append(s)
            continue
        if k == "sig":
            out.append(t)
            continue
        if k == "p" and wrap:
            t = textwrap.fill(t, wrap)
        out.append(t)
    # list items together
    res = []
    for i, s in enumerate(out):
        if i and blocks[i][0] == "li" and blocks[i - 1][0] in ("li", "p") and blocks[i - 1][1].endswith(":") or (i and blocks[i][0] == "li" and blocks[i - 1][0] == "li"):
            res[-1] += "\n" + s
        else:
            res.append(s)
    return "\n\n".join(res)


def write_txt(doc, path, rng, traits):
    wrap = 72 if rng.random() < 0.4 else None
    if wrap:
        traits.append("hard-wrapped")
    text = plain_lines(doc["blocks"], quote_prefix=True, wrap=wrap) + "\n"
    if rng.random() < 0.2:
        traits.append("cp1252")
        path.write_bytes(text.encode("cp1252", errors="replace"))
    else:
        path.write_text(text, encoding="utf-8")


def write_eml(doc, path, rng, traits, when):
    msg = EmailMessage()
    m = doc["meta"]
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt.datetime.combine(when, dt.time(rng.randint(8, 16), rng.randint(0, 59))).replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{rng.randint(10**9, 10**10)}.cy@{m['frm'].split('@')[-1].strip('>')}>"
    body = []
    fwd = any(k == "pre" and "Videresendt" in t for k, t in doc["blocks"])
    for k, t in doc["blocks"]:
        if k == "sig" and not fwd and rng.random() < 0.5:
            body.append(("sig", "-- \n" + t))
        else:
            body.append((k, t))
    text = plain_lines(body, quote_prefix=True) + "\n"
    msg.set_content(text)
    if rng.random() < 0.4:
        msg.add_alternative(outlook_html(doc["blocks"], doc["title"], full=False), subtype="html")
        traits.append("multipart-alternative")
    path.write_bytes(bytes(msg))


def html_blocks(blocks):
    parts = []
    i = 0
    while i < len(blocks):
        k, t = blocks[i]
        e = html.escape
        if k == "h":
            parts.append(f'<p class="MsoNormal"><b><span style="font-size:13.0pt">{e(t)}</span></b></p>')
        elif k == "p":
            parts.append(f'<p class="MsoNormal">{e(t).replace(chr(10), "<br>")}</p>')
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li class=\"MsoListParagraph\">{e(blocks[i][1])}</li>")
                i += 1
            parts.append("<ul style=\"margin-top:0cm\">" + "".join(items) + "</ul>")
            continue
        elif k == "sig":
            parts.append('<div id="Signature"><p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">'
                         + e(t).replace("\n", "<br>") + "</span></p></div>")
        elif k == "pre":
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                         + e(t).replace("\n", "<br>") + "</p></div>")
        elif k == "quote":
            parts.append('<blockquote style="border-left:1px solid #ccc;margin-left:4pt;padding-left:6pt"><div>'
                         + html_blocks(t) + "</div></blockquote>")
        i += 1
    return "\n".join(parts)


def outlook_html(blocks, title, full=True):
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>p.MsoNormal{{margin:0cm;font-family:Calibri}}</style>"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){}</script></head>"
            "<body lang=\"DA\"><div class=\"WordSection1\"><div>" + html_blocks(blocks) + "</div></div></body></html>")


def write_html(doc, path, rng, traits):
    blocks = list(doc["blocks"])
    if doc.get("meta"):
        m = doc["meta"]
        hdr = f"Fra: {m['frm']}\nTil: {m['to']}" + (f"\nCc: {m['cc']}" if m.get("cc") else "") + f"\nEmne: {m['subject']}"
        blocks = [("pre", hdr)] + blocks
        traits.append("outlook-export-headers")
    path.write_text(outlook_html(blocks, doc["title"]), encoding="utf-8")


def write_docx(doc, path, rng, traits):
    import docx
    d = docx.Document()
    for k, t in doc["blocks"]:
        if k == "h":
            d.add_heading(t, level=2 if rng.random() < 0.5 else 1)
        elif k == "li":
            d.add_paragraph(t, style="List Bullet")
        elif k == "quote":
            for k2, t2 in t:
                p = d.add_paragraph(t2 if isinstance(t2, str) else "")
                p.paragraph_format.left_indent = docx.shared.Cm(1)
        else:
            d.add_paragraph(t)
    d.save(str(path))


def write_pdf(doc, path, rng, traits):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    story = []
    i = 0
    blocks = doc["blocks"]
    if doc.get("meta"):
        m = doc["meta"]
        blocks = [("pre", f"Fra: {m['frm']}\nTil: {m['to']}\nEmne: {m['subject']}")] + list(blocks)
    while i < len(blocks):
        k, t = blocks[i]
        e = lambda s: html.escape(s).replace("\n", "<br/>")
        if k == "h":
            story.append(Paragraph(e(t), ss["Heading2"]))
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(ListItem(Paragraph(e(blocks[i][1]), ss["BodyText"])))
                i += 1
            story.append(ListFlowable(items, bulletType="bullet"))
            continue
        elif k == "quote":
            for k2, t2 in t:
                story.append(Paragraph(e(t2), ss["Italic"]))
        else:
            story.append(Paragraph(e(t), ss["BodyText"]))
        story.append(Spacer(1, 4))
        i += 1
    SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"]).build(story)


# ------------------------------------------------------------------ main

def expected_rules(case, kind):
    r = set(case.defects)
    if kind == "decision":
        r &= {"missing-appeal-guidance", "duration-over-6-months"}
    elif kind == "unknown":
        r = set()
    return sorted(r)


def build(out: Path):
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plan = ([("journal", journal_note)] * 18 + [("opsamling", summary_letter)] * 18 + [("mail", mail_thread)] * 14
            + [("mentormail", mentor_mail)] * 8 + [("fwd", forwarded)] * 6 + [("afg", decision_dp)] * 14
            + [("unk-invit", None)] * 5 + [("unk-status", None)] * 5 + [("unk-note", None)] * 5
            + [("unk-sent", None)] * 4 + [("unk-book", None)] * 3)
    unk = {"unk-invit": unk_invitation, "unk-status": unk_status, "unk-note": unk_other_note,
           "unk-sent": unk_sent_notice, "unk-book": unk_mentor_booking}
    entries = []
    for idx, (name, fn) in enumerate(plan):
        case = Case(rng, idx)
        if fn is None:
            doc = unk[name](case, rng)
        else:
            kind = "decision" if name == "afg" else "agreement"
            d = plan_defects(rng, kind)
            doc = fn(case, rng, d)
        emailish = "meta" in doc
        if emailish:
            fmt = rng.choice(["eml", "eml", "eml", "html", "pdf"])
        elif name == "afg":
            fmt = rng.choice(["txt", "txt", "html", "pdf"])
        else:
            fmt = rng.choice(["txt", "docx", "docx", "pdf", "html"])
        folder = f"sag-{2000 + idx}"
        (out / folder).mkdir()
        fname = f"{idx:03d}-{doc['subtype']}.{fmt}"
        path = out / folder / fname
        traits = list(case.traits)
        body = json.dumps(doc["blocks"], ensure_ascii=False)
        if "timer om ugen" in body and "missing-hours" in case.defects:
            traits.append("other-hours-figure-present")
        if "senest" in body and "missing-duration" in case.defects:
            traits.append("goal-deadline-present")
        if fmt == "txt":
            write_txt(doc, path, rng, traits)
        elif fmt == "eml":
            write_eml(doc, path, rng, traits, case.meeting)
        elif fmt == "html":
            write_html(doc, path, rng, traits)
        elif fmt == "docx":
            write_docx(doc, path, rng, traits)
        else:
            write_pdf(doc, path, rng, traits)
        if case.cpr and any(case.cpr in t if isinstance(t, str) else False for _, t in doc["blocks"]):
            traits.append("cpr")
            mnc = [case.cpr, case.cpr.replace("-", "")]
        else:
            mnc = []
        if doc["kind"] == "unknown":
            traits.append("not-a-kind")
        entry = dict(path=f"{folder}/{fname}", format=fmt, kind=doc["kind"], subtype=doc["subtype"],
                     layout=doc["layout"], rules=expected_rules(case, doc["kind"]),
                     extras=sorted(set(case.extras)) if doc["kind"] != "unknown" else [],
                     error=None, accept_errors=[], must_not_contain=mnc, traits=sorted(set(traits)))
        if doc["kind"] != "unknown" and "missing-duration" not in case.defects:
            entry["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        entries.append(entry)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    entries = build(a.out)
    from collections import Counter
    print(len(entries), "documents")
    print(Counter(e["kind"] for e in entries))
    print(Counter(e["format"] for e in entries))
    print(sum(1 for e in entries if e["rules"]), "with findings;", sum(1 for e in entries if e["must_not_contain"]), "with CPR")


if __name__ == "__main__":
    main()
