"""Independent corpus BL: an ordinary archive pulled by a quality team.

Two invented municipalities (rural Hedeby Kommune, city Aalvik Kommune) and one mentor
provider (Brobyg Mentor ApS), 2023-2026. Written from domain.md, the seeds and general
knowledge of Danish municipal practice; labels follow `mentordocs rules NAME` and domain.md.

Usage: make_corpus_bl.py --out DIR   (deterministic, seed 6167)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from pathlib import Path

SEED = 6167
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
FIRST = ["Mette", "Ahmed", "Sofie", "Jonas", "Line", "Kasper", "Fatima", "Mikkel", "Nanna",
         "Emil", "Camilla", "Rasmus", "Aisha", "Frederik", "Louise", "Oliver", "Sara", "Peter",
         "Ida", "Mads", "Hassan", "Julie", "Tobias", "Maria"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Mortensen", "Østergaard", "Kjær", "Ali", "Yilmaz"]

MUNI = {
    "hedeby": {"name": "Hedeby Kommune", "jc": "Jobcenter Hedeby", "addr": "Torvet 4, 7790 Hedeby",
               "mail": "jobcenter@hedeby.dk", "phone": "96 44 10 00",
               "workers": [("Birgitte Lund", "96 44 12 31", "bil"), ("Henning Dahl", "96 44 12 57", "hd")]},
    "aalvik": {"name": "Aalvik Kommune", "jc": "Jobcenter Aalvik", "addr": "Havnegade 12, 8900 Aalvik",
               "mail": "jobcenter@aalvik.dk", "phone": "87 11 40 00",
               "workers": [("Signe Bak Holm", "87 11 43 20", "sbh"), ("Kristian Vad", "87 11 43 88", "krv"),
                           ("Yasmin Øzer", "87 11 44 02", "yoz")]},
}
PROVIDER = {"name": "Brobyg Mentor ApS", "addr": "Industrivej 9, 8900 Aalvik", "cvr": "38 11 72 45",
            "mentors": [("Lars Østergaard", "23 45 67 89", "lars@brobyg-mentor.dk"),
                        ("Pernille Krog", "31 22 90 14", "pk@brobyg-mentor.dk"),
                        ("Tariq Naseri", "42 70 18 33", "tn@brobyg-mentor.dk")]}

CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik 15 timer om ugen i Netto, {town}, senest {d}, med henblik på løntilskud.",
    "{fn} starter på FVU-dansk på VUC {town} i næste skoleperiode og møder mindst 4 dage om ugen.",
    "At {fn} gennemfører grundforløb 1 på SOSU-skolen og er startet på hovedforløbet senest {d}.",
    "{fn} har et fleksjob på 12 timer om ugen på et lager eller i et værksted inden {d}.",
    "{fn} kommer i ordinær beskæftigelse som chauffør, fx via AMU-kursus i kørekort C/CE. Delmål: tilmeldt AMU-kursus inden {d}.",
    "{fn} fastholder sin FGU-uddannelse (produktionsgrunduddannelse) og har under 10 % fravær.",
    "Målet er, at {fn} er startet på EUD-grundforløb som elektriker på Mercantec/erhvervsskolen efter sommerferien.",
    "{fn} er i løntilskud 25 timer om ugen i Hedeby Kommunes vej og park senest {d}.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur i hverdagen.",
    "At {fn} får det bedre med sig selv og kommer tættere på arbejdsmarkedet.",
    "Sikre at {fn} bliver motiveret og får mere selvværd.",
    "{fn} skal arbejde med sig selv.",
]
TASKS = [
    ["følge {fn} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at lave en ugeplan"],
    ["hjælpe med at åbne og læse digital post", "støtte ved kontakt til læge og psykiatri",
     "træne bustur til skolen"],
    ["vækkeopkald om morgenen de første uger", "være bindeled til kontaktlæreren på VUC",
     "hjælpe med lektieplan og SU-ansøgning"],
    ["støtte i mødet med arbejdspladsen og kolleger", "løse konflikter tidligt sammen med lederen",
     "opfølgning på aftaler med virksomhedskonsulenten"],
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "to timer ugentligt",
            "8 timer om måneden", "2-3 timer om ugen", "4 timer ugentligt de første 4 uger, derefter 2 timer",
            "halvanden time pr. uge", "24 mentortimer i perioden"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]
FOLLOW = [
    "Statusmøde med mentor, {fn} og sagsbehandler hver måned. Delmål: fremmøde 4 dage om ugen fra uge 3.",
    "Vi følger op hver 4. uge. Mentor sender kort status til jobcentret. Midtvejsevaluering efter 3 måneder og evaluering 14 dage før ophør.",
    "Opfølgningssamtale i jobcentret hver 6. uge; progression måles på fremmøde og antal timer i praktik.",
    "Evaluering ved fælles møde midt i perioden og ved afslutning. Delmål: {fn} tager selv bussen inden 1 måned.",
]
APPEAL_GOOD = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {jc} inden fire uger efter, at du har modtaget den. "
    "Kommunen genvurderer afgørelsen. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {muni}, {jc}, {addr}, eller {mail}, "
    "og skal være modtaget senest 4 uger efter, at du fik afgørelsen. Du kan klage mundtligt eller skriftligt. "
    "Vi genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du har spørgsmål eller vil klage."]
APPEAL_NO_DEADLINE = "Hvis du vil klage, skal du skrive til {jc}. Kommunen genvurderer og sender sagen til Ankestyrelsen."


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Gen:
    def __init__(self, out: Path):
        self.r = random.Random(SEED)
        self.out = out
        self.entries: list[dict] = []
        self.n = 0

    # ---------- case data ----------
    def case(self, muni_key: str, defects: set[str]) -> dict:
        r = self.r
        fn, ln = r.choice(FIRST), r.choice(LAST)
        muni = MUNI[muni_key]
        worker = r.choice(muni["workers"])
        mentor = r.choice(PROVIDER["mentors"])
        start = dt.date(r.choice([2023, 2024, 2025, 2026]), r.randint(1, 12), r.choice([1, 1, 1, 15]))
        months = r.choice([3, 4, 6, 6]) if "duration-over-6-months" not in defects else r.choice([8, 9, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
        town = "Hedeby" if muni_key == "hedeby" else "Aalvik"
        goal_d = fmt_date(add_months(start, 3), 0)
        if "unclear-goal" in defects:
            goal = r.choice(UNCLEAR_GOALS)
        else:
            goal = r.choice(CLEAR_GOALS)
        goal = goal.format(fn=fn, town=town, d=goal_d)
        cpr = None
        if r.random() < 0.27:
            bd = dt.date(r.randint(1960, 2005), r.randint(1, 12), r.randint(1, 28))
            cpr = f"{bd.day:02d}{bd.month:02d}{bd.year % 100:02d}-{r.randint(0, 9999):04d}"
        ds = r.randint(0, 3)
        return {
            "fn": fn, "ln": ln, "name": f"{fn} {ln}", "muni": muni, "mk": muni_key, "worker": worker,
            "mentor": mentor, "start": start, "end": end, "months": months, "town": town,
            "period": f"{fmt_date(start, ds)} – {fmt_date(end, ds)}" if ds != 2 else
            f"{fmt_date(start, 2)} til {fmt_date(end, 2)}",
            "goal": goal, "tasks": [t.format(fn=fn) for t in r.choice(TASKS)],
            "hours": r.choice(HOURS_VAGUE) if "missing-hours" in defects else r.choice(HOURS_OK),
            "follow": r.choice(FOLLOW).format(fn=fn), "cpr": cpr,
            "sag": f"{r.randint(23, 26)}.{r.randint(10000, 99999)}",
            "appeal": (r.choice(APPEAL_BAD) if r.random() < 0.6 else APPEAL_NO_DEADLINE)
            if "missing-appeal-guidance" in defects else r.choice(APPEAL_GOOD),
            "date": start - dt.timedelta(days=r.randint(3, 20)),
        }

    def fill(self, c: dict, s: str) -> str:
        m = c["muni"]
        return s.format(jc=m["jc"], muni=m["name"], addr=m["addr"], mail=m["mail"])

    # ---------- agreement templates (each returns title + blocks) ----------
    def agr_hedeby_table(self, c, defects):
        """Hedeby: one Word table, label | value, like a KMD/Nexus skabelon."""
        m = c["mentor"]
        rows = [("Borger", c["name"] + (f", cpr.nr. {c['cpr']}" if c["cpr"] else "")), ("Sagsnr.", c["sag"])]
        rows.append(("Mål for mentorstøtten", "Udfyldes senere" if "missing-goal" in defects else c["goal"]))
        if "missing-mentor" in defects:
            rows.append(("Mentor", m[0] + ", " + PROVIDER["name"]))
        else:
            rows.append(("Mentor", f"{m[0]}, {PROVIDER['name']}, tlf. {m[1]}, {m[2]}"))
        if "missing-tasks" not in defects:
            rows.append(("Mentors opgaver", "; ".join(c["tasks"])))
        else:
            rows.append(("Mentors opgaver", "-"))
        if "missing-duration" not in defects:
            rows.append(("Periode", c["period"]))
        rows.append(("Timetal", c["hours"]))
        rows.append(("Opfølgning", "-" if "missing-follow-up" in defects else c["follow"]))
        rows.append(("Klagevejledning", self.fill(c, c["appeal"])))
        blocks = [("p", f"{c['muni']['jc']} · {c['muni']['addr']}"),
                  ("p", f"Dato: {fmt_date(c['date'], 1)}"), ("table", rows),
                  ("p", f"Underskrift borger: ______________   Sagsbehandler: {c['worker'][0]}")]
        return "Aftale om mentorstøtte efter LAB § 167", blocks, "table"

    def agr_aalvik_headings(self, c, defects):
        """Aalvik: headed sections, goal and follow-up as bullets."""
        m = c["mentor"]
        b = [("p", f"{c['muni']['name']} · {c['muni']['jc']}"),
             ("p", f"Borger: {c['name']}" + (f"   CPR: {c['cpr']}" if c["cpr"] else "")),
             ("p", f"Sagsnummer: {c['sag']}")]
        b.append(("h", "Borgerens mål"))
        b.append(("p", "Klik eller tryk her for at skrive tekst." if "missing-goal" in defects else c["goal"]))
        b.append(("h", "Mentorens kontaktdata"))
        b.append(("p", f"Navn: {m[0]} ({PROVIDER['name']})"))
        if "missing-mentor" not in defects:
            b.append(("p", f"Mobil: {m[1]}"))
            b.append(("p", f"Mail: {m[2]}"))
        if "missing-tasks" not in defects:
            b.append(("h", "Hvad skal mentor hjælpe med?"))
            b.append(("ul", [t[0].upper() + t[1:] for t in c["tasks"]]))
        b.append(("h", "Varighed og timer"))
        if "missing-duration" not in defects:
            b.append(("p", f"Periode: {c['period']}"))
        else:
            b.append(("p", "Periode: indtil videre"))
        b.append(("p", f"Timetal: {c['hours']}"))
        if "missing-follow-up" not in defects:
            b.append(("h", "Opfølgning og progression"))
            b.append(("p", c["follow"]))
        b.append(("h", "Klagevejledning"))
        b.append(("p", self.fill(c, c["appeal"])))
        b.append(("p", f"Med venlig hilsen\n{c['worker'][0]}\nRådgiver, {c['muni']['jc']}, tlf. {c['worker'][1]}"))
        return "Mentoraftale", b, "headings"

    def agr_letter(self, c, defects):
        """Caseworker letter style (Aalvik, sbh): fields as prose."""
        m = c["mentor"]
        w = c["worker"]
        paras = ([f"Vedr.: {c['name']}, cpr.nr. {c['cpr']}"] if c["cpr"] else []) + [f"Kære {c['fn']}",
                 f"Tak for snakken den {fmt_date(c['date'], 0)}. Her er den aftale om mentorstøtte, vi lavede sammen."]
        if "missing-goal" not in defects:
            paras.append(f"Vi har aftalt følgende mål for forløbet: {c['goal']}")
        if "missing-mentor" not in defects:
            paras.append(f"Din mentor er {m[0]} fra {PROVIDER['name']}. Du kan ringe til {m[0].split()[0]} på {m[1]} eller skrive til {m[2]}.")
        else:
            paras.append(f"Din mentor bliver en af medarbejderne hos {PROVIDER['name']}, som ringer til dig.")
        if "missing-tasks" not in defects:
            paras.append(f"{m[0].split()[0]} skal hjælpe dig med: " + ", ".join(c["tasks"][:-1]) + " og " + c["tasks"][-1] + ".")
        if "missing-duration" not in defects:
            paras.append(f"Mentorstøtten gælder i perioden {c['period']}, og {m[0].split()[0]} har {c['hours']} til dig.")
        else:
            paras.append(f"{m[0].split()[0]} har {c['hours']} til dig.")
        if "missing-follow-up" not in defects:
            paras.append(c["follow"])
        paras.append(self.fill(c, c["appeal"]))
        paras.append(f"Venlig hilsen\n{w[0]}\n{c['muni']['jc']}\nDirekte tlf. {w[1]}")
        blocks = [("p", p) for p in paras]
        return "Aftale om mentorforløb", blocks, "letter"

    def agr_provider_numbered(self, c, defects):
        """Brobyg's own form, numbered items, signed by both."""
        m = c["mentor"]
        items = []
        items.append(f"1) Formål: {'xx' if 'missing-goal' in defects else c['goal']}")
        items.append(f"2) Mentor: {m[0]}" + ("" if "missing-mentor" in defects else f", tlf. {m[1]}, e-mail {m[2]}"))
        items.append("3) Indsatsområder: " + ("" if "missing-tasks" in defects else ", ".join(c["tasks"])))
        items.append("4) Varighed: " + ("Udfyldes senere" if "missing-duration" in defects else c["period"]))
        items.append("5) Opfølgning: " + ("" if "missing-follow-up" in defects else c["follow"]))
        items.append(f"6) Antal timer: {c['hours']}")
        items.append("7) Klagevejledning: " + self.fill(c, c["appeal"]))
        b = [("p", f"{PROVIDER['name']} · {PROVIDER['addr']} · CVR {PROVIDER['cvr']}"),
             ("p", f"Aftale mellem {c['name']}, {PROVIDER['name']} og {c['muni']['jc']} (sag {c['sag']})")]
        if c["cpr"]:
            b.append(("p", f"Cpr-nr.: {c['cpr']}"))
        b += [("p", i) for i in items]
        b.append(("p", "Underskrifter: borger / mentor / jobcenter"))
        return "Samarbejdsaftale – mentorstøtte (§ 167)", b, "numbered"

    # ---------- decision letters ----------
    def decision(self, c, defects, bilag: bool, kind_: str):
        m = c["mentor"]
        w = c["worker"]
        b = [("p", f"{c['muni']['jc']}\n{c['muni']['addr']}"),
             ("p", f"{c['name']}\nSagsnr. {c['sag']}" + (f"\nCPR-nr. {c['cpr']}" if c["cpr"] else "")),
             ("p", f"Dato: {fmt_date(c['date'], 0)}")]
        if kind_ == "grant":
            b.append(("p", f"Kære {c['fn']}\nDu har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                           f"i perioden {c['period']} med {c['hours']}."))
            b.append(("h", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb, "
                           "og at støtten skal hjælpe dig tættere på uddannelse eller job (LAB § 167, stk. 1)."))
        elif kind_ == "partial":
            b.append(("p", f"Kære {c['fn']}\nDu har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. "
                           f"Du får mentorstøtte i perioden {c['period']} med {c['hours']}."))
            b.append(("h", "Begrundelse"))
            b.append(("p", "Efter LAB § 167 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov "
                           "kan dækkes med færre timer, fordi du samtidig har kontakt til din praktikvejleder."))
        else:
            b.append(("p", f"Kære {c['fn']}\nDu har søgt om mentorstøtte. Vi har givet dig afslag."))
            b.append(("h", "Begrundelse"))
            b.append(("p", "Du er allerede i gang med et STU-forløb, hvor der indgår støtte, der dækker dit behov. "
                           "Vi har vurderet sagen efter LAB § 167."))
        if "missing-appeal-guidance" in defects and self.r.random() < 0.5:
            pass
        else:
            b.append(("h", "Sådan klager du"))
            b.append(("p", self.fill(c, c["appeal"])))
        b.append(("p", f"Med venlig hilsen\n{w[0]}\nJobrådgiver, tlf. {w[1]}"))
        if bilag and kind_ != "reject":
            b.append(("h", "Bilag 1: Aftale om mentorstøtte"))
            b.append(("table", [("Mål", c["goal"]), ("Mentor", f"{m[0]}, tlf. {m[1]}"),
                                ("Opgaver", "; ".join(c["tasks"])), ("Periode", c["period"]),
                                ("Timer", c["hours"]), ("Opfølgning", c["follow"])]))
        title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
                 "reject": "Afslag på mentorstøtte"}[kind_]
        return title, b, "letter"

    # ---------- Min Plan ----------
    def minplan(self, c, defects):
        m = c["mentor"]
        rows = [("Indsats", "Mentorstøtte (LAB § 167)"),
                ("Formål med mentorstøtten", "" if "missing-goal" in defects else c["goal"]),
                ("Mentor", m[0] + ("" if "missing-mentor" in defects else f" – {m[1]} – {m[2]}")),
                ("Mentors opgaver", "" if "missing-tasks" in defects else " / ".join(c["tasks"])),
                ("Start", fmt_date(c["start"], 1)),
                ("Slut", "" if "missing-duration" in defects else fmt_date(c["end"], 1)),
                ("Timer pr. uge", c["hours"]), ("Oprettet af", f"{c['worker'][0]} ({c['muni']['jc']})")]
        if "missing-duration" in defects:
            rows = [r for r in rows if r[0] != "Start"]
        b = [("p", f"Min Plan – {c['name']}" + (f", {c['cpr']}" if c["cpr"] else "")), ("p", f"Udskrevet {fmt_date(c['date'], 1)} fra jobnet.dk / Min Plan"),
             ("table", rows)]
        return "Min Plan – Mentorstøtte", b, "table"

    # ---------- others (unknown) ----------
    def other(self, c, which):
        m = c["mentor"]
        if which == "status":
            return "Statusrapport fra mentor", [
                ("p", f"{PROVIDER['name']} – statusrapport til {c['muni']['jc']}, sag {c['sag']}"),
                ("p", f"Borger: {c['name']}" + (f" ({c['cpr']})" if c["cpr"] else "") + f". Mentor: {m[0]}, tlf. {m[1]}."),
                ("h", "Forløbet indtil nu"),
                ("p", f"{c['fn']} er mødt op til {self.r.randint(5, 12)} ud af {self.r.randint(12, 14)} aftaler. Vi har arbejdet med ugeplan og transport."),
                ("h", "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter med uændret timetal.")], "headings"
        if which == "invoice":
            return "Faktura", [
                ("p", f"{PROVIDER['name']}\n{PROVIDER['addr']}\nCVR {PROVIDER['cvr']}"),
                ("p", f"Til: {c['muni']['jc']}\nFakturanr. {self.r.randint(2000, 9999)}  EAN 5798000{self.r.randint(100000, 999999)}"),
                ("table", [("Ydelse", "Antal", "Beløb"),
                           (f"Mentortimer, {c['name']} (sag {c['sag']}), {MONTHS[c['start'].month - 1]}", "12 t", "6.540,00 kr."),
                           ("Kørsel", "84 km", "319,20 kr."), ("I alt ekskl. moms", "", "6.859,20 kr.")]),
                ("p", "Betalingsbetingelser: netto 30 dage.")], "table"
        if which == "minutes":
            return "Referat – teammøde mentorindsats", [
                ("p", f"{c['muni']['jc']}, {fmt_date(c['date'], 0)}. Deltagere: {c['worker'][0]}, {m[0]}, teamleder."),
                ("ul", ["Kapacitet hos Brobyg: 3 ledige pladser fra næste måned.",
                        "Ny skabelon til mentoraftaler tages i brug; husk klagevejledning og opfølgning.",
                        "Gennemgang af 4 sager, der udløber inden for 6 uger."]),
                ("p", "Næste møde om 4 uger.")], "headings"
        if which == "guidance":
            return f"Mentorstøtte i {c['muni']['name']} – sådan gør vi", [
                ("p", "Mentorstøtte kan gives til borgere, der har brug for støtte for at kunne gennemføre et tilbud, "
                      "komme i job eller fastholde en uddannelse. Støtten gives i højst 6 måneder ad gangen."),
                ("h", "Hvad står der i en mentoraftale?"),
                ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "mentorens opgaver",
                        "varighed og opfølgning", "timetal", "klagevejledning"]),
                ("p", "Borgere kan klage over afgørelser om mentorstøtte inden 4 uger til jobcentret.")], "headings"
        if which == "mail":
            return f"Flytning af møde {fmt_date(c['date'], 1)}", [
                ("p", f"Hej {m[0].split()[0]}"),
                ("p", f"Kan vi rykke statusmødet med {c['fn']} til torsdag kl. 10? {c['fn']} har tandlæge om formiddagen."),
                ("p", f"Mvh {c['worker'][0]}\n{c['muni']['jc']}, tlf. {c['worker'][1]}")], "email"
        if which == "club":
            return "Mentoraftale – Hedeby IF's ungementorer", [
                ("p", "Hedeby Idrætsforening tilbyder unge spillere en frivillig mentor fra seniorholdet."),
                ("p", "Mål: at du bliver en del af holdet og kommer til træning 2 gange om ugen."),
                ("p", "Mentor: Jesper Frost, tlf. 20 30 40 50. Vi mødes 1 time om ugen i sæsonen (august–juni)."),
                ("p", "Opgaver: hjælpe med træningsplan og lektier efter træning.")], "letter"
        # journal note that a doc was sent
        return "Journalnotat", [
            ("p", f"Sag {c['sag']} · {c['worker'][2]} · {fmt_date(c['date'], 1)}"),
            ("p", f"Mentoraftale sendt til borger via Digital Post. Kopi sendt til {PROVIDER['name']}. Afventer underskrift.")], "letter"

    # ---------- renderers ----------
    def text_of(self, title, blocks, md=False):
        out = [("# " if md else "") + title, ""]
        for kind, val in blocks:
            if kind == "h":
                out += [("## " if md else "") + val, ""]
            elif kind == "p":
                out += [val, ""]
            elif kind == "ul":
                out += [f"- {x}" for x in val] + [""]
            elif kind == "table":
                out += ["\t".join(r) if not md else " | ".join(r) for r in val] + [""]
        return "\n".join(out)

    def render(self, path: Path, fmt: str, title, blocks):
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            import docx
            d = docx.Document()
            d.add_heading(title, 1)
            for kind, val in blocks:
                if kind == "h":
                    d.add_heading(val, 2)
                elif kind == "p":
                    d.add_paragraph(val)
                elif kind == "ul":
                    for x in val:
                        d.add_paragraph(x, style="List Bullet")
                elif kind == "table":
                    t = d.add_table(rows=0, cols=len(val[0]))
                    t.style = "Table Grid"
                    for r in val:
                        cells = t.add_row().cells
                        for i, x in enumerate(r):
                            cells[i].text = x
            d.save(path)
        elif fmt == "odt":
            from odf.opendocument import OpenDocumentText
            from odf.text import H, P, List, ListItem
            from odf.table import Table, TableColumn, TableRow, TableCell
            d = OpenDocumentText()
            d.text.addElement(H(outlinelevel=1, text=title))
            for kind, val in blocks:
                if kind == "h":
                    d.text.addElement(H(outlinelevel=2, text=val))
                elif kind == "p":
                    for line in val.split("\n"):
                        d.text.addElement(P(text=line))
                elif kind == "ul":
                    lst = List()
                    for x in val:
                        li = ListItem()
                        li.addElement(P(text=x))
                        lst.addElement(li)
                    d.text.addElement(lst)
                elif kind == "table":
                    t = Table()
                    t.addElement(TableColumn(numbercolumnsrepeated=len(val[0])))
                    for r in val:
                        tr = TableRow()
                        for x in r:
                            tc = TableCell()
                            tc.addElement(P(text=x))
                            tr.addElement(tc)
                        t.addElement(tr)
                    d.text.addElement(t)
            d.save(str(path))
        elif fmt == "html":
            import html as h
            parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{h.escape(title)}</title>"
                     "<script>var sessionTimeout=1800;</script></head><body><div class='sag'><div class='indhold'>",
                     f"<h1>{h.escape(title)}</h1>"]
            for kind, val in blocks:
                if kind == "h":
                    parts.append(f"<h2>{h.escape(val)}</h2>")
                elif kind == "p":
                    parts.append("<p>" + h.escape(val).replace("\n", "<br>") + "</p>")
                elif kind == "ul":
                    parts.append("<ul>" + "".join(f"<li>{h.escape(x)}</li>" for x in val) + "</ul>")
                elif kind == "table":
                    if len(val[0]) == 2 and self.r.random() < 0.5:
                        parts.append("<dl>" + "".join(f"<dt>{h.escape(a)}</dt><dd>{h.escape(b)}</dd>" for a, b in val) + "</dl>")
                    else:
                        parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{h.escape(x)}</td>" for x in r) + "</tr>" for r in val) + "</table>")
            parts.append("</div></div></body></html>")
            path.write_text("\n".join(parts), encoding="utf-8")
        elif fmt == "txt":
            path.write_text(self.text_of(title, blocks, md=self.r.random() < 0.3), encoding="utf-8")
        elif fmt == "rtf":
            def esc(s):
                return "".join(c if ord(c) < 128 and c not in "\\{}" else
                               ("\\" + c if c in "\\{}" else f"\\u{ord(c)}?") for c in s)
            body = "\\par\n".join(esc(line) for line in self.text_of(title, blocks).split("\n"))
            path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + body + "\\par\n}",
                            encoding="ascii")
        elif fmt == "eml":
            msg = EmailMessage()
            msg["From"] = "jobcenter@aalvik.dk"
            msg["To"] = "borger@example.dk"
            msg["Subject"] = title
            msg["Date"] = "Mon, 02 Sep 2024 09:14:00 +0200"
            msg.set_content(self.text_of(title, blocks).split("\n", 2)[2])
            path.write_bytes(bytes(msg))
        elif fmt == "pdf":
            self.pdf(path, title, blocks)
        elif fmt == "scan":
            self.scan(path, title, blocks)

    def pdf(self, path, title, blocks):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, ListFlowable, ListItem, Spacer
        from xml.sax.saxutils import escape
        try:
            pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        except Exception:
            pass
        ss = getSampleStyleSheet()
        for s in ss.byName.values():
            s.fontName = "DV"
        story = [Paragraph(escape(title), ss["Heading1"])]
        for kind, val in blocks:
            if kind == "h":
                story.append(Paragraph(escape(val), ss["Heading2"]))
            elif kind == "p":
                story.append(Paragraph(escape(val).replace("\n", "<br/>"), ss["Normal"]))
                story.append(Spacer(1, 6))
            elif kind == "ul":
                story.append(ListFlowable([ListItem(Paragraph(escape(x), ss["Normal"])) for x in val], bulletType="bullet"))
            elif kind == "table":
                w = 440 / len(val[0])
                story.append(Table([[Paragraph(escape(x), ss["Normal"]) for x in r] for r in val],
                                   colWidths=[w] * len(val[0])))
        SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)

    def scan(self, path, title, blocks):
        from PIL import Image, ImageDraw, ImageFont, ImageFilter
        import textwrap
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
        lines = []
        for raw in self.text_of(title, blocks).split("\n"):
            lines += textwrap.wrap(raw.replace("\t", "   "), 80) or [""]
        img = Image.new("L", (2480, max(3508, 80 + 44 * len(lines))), 255)
        dr = ImageDraw.Draw(img)
        y = 150
        for line in lines:
            dr.text((170, y), line, font=font, fill=20)
            y += 44
        img = img.rotate(self.r.uniform(-0.6, 0.6), fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
        with tempfile.TemporaryDirectory() as td:
            png = Path(td) / "p.png"
            img.save(png, dpi=(300, 300))
            subprocess.run(["tesseract", str(png), str(path.with_suffix("")), "-l", "dan", "pdf"],
                           check=True, capture_output=True)

    # ---------- bookkeeping ----------
    def add(self, folder, stem, fmt, kind, layout, subtype, title, blocks, rules, c, traits):
        self.n += 1
        ext = "pdf" if fmt == "scan" else fmt
        rel = f"{folder}/{self.n:03d}-{stem}.{ext}"
        self.render(self.out / rel, fmt, title, blocks)
        e = {"path": rel, "format": ext, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [c["cpr"]] if c and c["cpr"] else [],
             "traits": traits + (["cpr"] if c and c["cpr"] else []) + (["scanned-ocr"] if fmt == "scan" else [])}
        if c and kind in ("agreement", "minplan", "decision") and "no-period" not in traits:
            e["period"] = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        self.entries.append(e)

    def run(self):
        r = self.r
        agr_defects = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                       "missing-follow-up", "missing-hours", "missing-appeal-guidance",
                       "duration-over-6-months", "unclear-goal"]
        fmts_h = ["docx"] * 5 + ["pdf"] * 3 + ["odt"] * 2 + ["rtf", "scan"]
        fmts_a = ["docx"] * 4 + ["pdf"] * 3 + ["html"] * 2 + ["txt", "eml", "scan", "odt"]
        # agreements: 45
        for i in range(45):
            defects = set()
            if r.random() < 0.42:
                defects.add(r.choice(agr_defects))
                if r.random() < 0.15:
                    defects.add(r.choice(agr_defects))
            if "missing-goal" in defects:
                defects.discard("unclear-goal")
            muni = "hedeby" if i % 5 < 2 else "aalvik"
            c = self.case(muni, defects)
            if muni == "hedeby":
                tmpl = self.agr_hedeby_table if i % 3 else self.agr_provider_numbered
                fmt = r.choice(fmts_h)
            else:
                tmpl = [self.agr_aalvik_headings, self.agr_letter, self.agr_provider_numbered][i % 3]
                fmt = r.choice(fmts_a)
                if tmpl == self.agr_letter and fmt in ("html",):
                    fmt = "eml"
            title, blocks, layout = tmpl(c, defects)
            if fmt == "eml":
                layout = "email"
            rules = set(defects)
            if "missing-duration" in defects:
                rules.discard("duration-over-6-months")
            traits = [f"defect:{d}" for d in sorted(defects)] + [f"tmpl:{tmpl.__name__}"]
            if "missing-duration" in defects:
                traits.append("no-period")
            self.add(f"{c['muni']['name'].split()[0].lower()}/{c['start'].year}", "aftale", fmt, "agreement",
                     layout, "agreement", title, blocks, rules, c, traits)
        # decisions: 20
        for i in range(20):
            defects = set()
            x = r.random()
            if x < 0.2:
                defects.add("missing-appeal-guidance")
            elif x < 0.3:
                defects.add("duration-over-6-months")
            kind_ = ["grant", "grant", "partial", "reject"][i % 4]
            if kind_ == "reject":
                defects.discard("duration-over-6-months")
            muni = "hedeby" if i % 2 else "aalvik"
            c = self.case(muni, defects)
            bilag = kind_ != "reject" and r.random() < 0.35
            title, blocks, layout = self.decision(c, defects, bilag, kind_)
            fmt = r.choice(["docx", "docx", "pdf", "pdf", "scan", "odt", "html", "eml"])
            traits = [f"defect:{d}" for d in sorted(defects)] + [f"decision:{kind_}"] + (["bilag-agreement"] if bilag else [])
            if kind_ == "reject":
                traits.append("no-period")
            self.add(f"{c['muni']['name'].split()[0].lower()}/{c['start'].year}", "afgoerelse", fmt, "decision",
                     "email" if fmt == "eml" else layout, "decision", title, blocks, defects, c, traits)
        # Min Plan: 10
        mp_defects = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                      "duration-over-6-months", "unclear-goal"]
        for i in range(10):
            defects = {r.choice(mp_defects)} if r.random() < 0.4 else set()
            c = self.case("hedeby" if i % 2 else "aalvik", defects)
            title, blocks, layout = self.minplan(c, defects)
            fmt = r.choice(["pdf", "pdf", "html", "txt", "scan"])
            rules = set(defects)
            traits = [f"defect:{d}" for d in sorted(defects)] + (["no-period"] if "missing-duration" in defects else [])
            self.add(f"{c['muni']['name'].split()[0].lower()}/{c['start'].year}", "minplan", fmt, "minplan",
                     layout, "minplan", title, blocks, rules, c, traits)
        # others: 25
        kinds = ["status"] * 6 + ["invoice"] * 5 + ["minutes"] * 4 + ["guidance"] * 3 + ["mail"] * 4 + ["club", "journal", "journal"]
        for i, which in enumerate(kinds):
            c = self.case("hedeby" if i % 2 else "aalvik", set())
            title, blocks, layout = self.other(c, which)
            fmt = "eml" if which == "mail" else r.choice(["docx", "pdf", "odt", "html", "txt", "scan", "rtf"])
            cc = c if which == "status" else dict(c, cpr=None)
            self.add(f"{c['muni']['name'].split()[0].lower()}/{c['start'].year}", which, fmt, "unknown",
                     "email" if fmt == "eml" else layout, which, title, blocks, set(), cc, ["not-a-mentor-document-kind"])
        with open(self.out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
            for e in sorted(self.entries, key=lambda e: e["path"]):
                f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    Gen(a.out).run()


if __name__ == "__main__":
    main()
