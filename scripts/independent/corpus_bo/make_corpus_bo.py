"""Independent corpus 'bo': an audit sample from one municipality's archive folder of LAB § 167 cases.

About 100 documents as a quality team pulls them from a (fictional) Vesthimmerlands Kommune mentor
folder: agreements written in Word from two drifting municipal templates and by hand, decision
letters of five types, Min Plan prints, and the other papers in the same folder (status reports,
minutes, an invoice, a procedure note, a leaflet, scheduling mail). Labels follow
`mentordocs rules NAME` and shared/domain.md, decided here when a document is built.

    python make_corpus_bo.py --out /work/corpora/bo

Deterministic content (fixed seed); DOCX/PDF bytes may differ by embedded timestamps.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SEED = 16702026
RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CITIZENS = ["Mads Kristensen", "Sofie Holm Larsen", "Ahmad Rahimi", "Line Bach Sørensen", "Jonas Thygesen",
            "Emma Vestergaard", "Kasper Nørgaard", "Fatima El-Sayed", "Niklas Ravn", "Camilla Overgaard",
            "Rasmus Kjær", "Julie Mølgaard", "Tobias Lund", "Maja Bertelsen", "Ali Hussein",
            "Sarah Damgaard", "Mikkel Brix", "Ida Skov Jensen", "Oliver Hedegaard", "Nanna Kirk",
            "Patrick Søndergaard", "Louise Aagaard", "Daniel Frost", "Mette Højgaard", "Yasmin Omar",
            "Christian Bøgh", "Signe Krogh", "Lasse Vinther", "Amalie Riis", "Jesper Madsen"]
MENTORS = [("Lene Bach", "2145 7788", "lene@mentorhuset-himmerland.dk", "Mentorhuset Himmerland"),
           ("Henrik Due", "40 12 93 55", "hd@brobyggerne.dk", "Brobyggerne I/S"),
           ("Susanne Fogh", "9966 4120", "sufo@vesthimmerland.dk", "Vesthimmerlands Kommune, Mentorkorpset"),
           ("Bo Christiansen", "22 81 40 07", "bo@jobvejen-aars.dk", "JobVejen Aars ApS"),
           ("Anja Thorup", "5190 2233", "anja.thorup@mentorhuset-himmerland.dk", "Mentorhuset Himmerland"),
           ("Karim Nasser", "31 44 56 02", "kn@brobyggerne.dk", "Brobyggerne I/S"),
           ("Pia Lykke", "9966 4187", "pily@vesthimmerland.dk", "Vesthimmerlands Kommune, Mentorkorpset")]
CASEWORKERS = [("Trine Kvist", "9966 4301"), ("Morten Aabo", "9966 4356"), ("Birgitte Holst", "9966 4322"),
               ("Jakob Nielsen", "9966 4378")]
CLEAR_GOALS = [
    "{f} starter på grundforløb 1 (tømrer) på Tech College i Aars i august {y} og møder mindst fire dage om ugen.",
    "Virksomhedspraktik i Netto Aars 15 timer om ugen senest 1. {m}, med henblik på løntilskud i butikken.",
    "{f} gennemfører FVU-dansk trin 2 på VUC Aars og søger derefter optagelse på SOSU-hjælperuddannelsen.",
    "At {f} fastholder sit fleksjob som pedelmedhjælper på Aars Skole, 12 timer om ugen, uden sygefravær ud over 2 dage pr. måned.",
    "Ordinært job inden for lager og logistik. Delmål: fremmøde tre dage om ugen i praktik på Genbrugspladsen i Løgstør fra 1. {m}.",
    "{f} er startet på FGU Himmerland (produktionsgrunduddannelse, værkstedsspor) og har højst 10 % fravær.",
    "Job som rengøringsassistent. Første skridt er virksomhedspraktik 20 timer om ugen hos ISS i Farsø.",
    "At {f} kommer i gang med HF-enkeltfag på VUC og består dansk C inden sommerferien {y}.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Mere struktur på hverdagen og bedre selvværd.",
    "Sikre at {f} får det bedre og bliver mere stabil.",
    "Motivere {f} til at arbejde med sig selv.",
    "At {f} kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at åbne og læse post i e-Boks"],
    ["Morgenopkald mandag til torsdag i den første måned", "Hjælp til at lave en ugeplan",
     "Deltage i opstartsmøde på skolen"],
    ["Støtte til at komme op om morgenen og nå bussen", "Hjælp til kontakt med SU-kontoret",
     "Følges til lægen, hvis det er nødvendigt for fremmødet"],
    ["Kontakt til arbejdsgiveren ved problemer på jobbet", "Samtaler om pauser og arbejdstempo",
     "Hjælp til at søge om hjælpemidler"],
    ["Besøg i hjemmet hver anden uge", "Hjælp til at holde styr på aftaler med kommunen",
     "Træne transport med offentlig trafik til Farsø"],
]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 t/uge", "8 timer om måneden",
         "to timer om ugen", "2-3 timer pr. uge", "i alt 24 mentortimer i perioden (ca. 1 time om ugen)"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "det antal timer, der er brug for"]
FOLLOWUPS = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver 4. uge. Mentor sender en kort status til sagsbehandler inden mødet.",
    "Opfølgning ved midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før periodens udløb. "
    "Progression måles på fremmøde.",
    "Der afholdes opfølgningsmøde i jobcentret hver anden måned, og der følges op på delmålene.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen genvurderer "
    "afgørelsen inden fire uger, fra klagen er modtaget. Fastholder kommunen afgørelsen, sendes klagen "
    "videre til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Du kan klage over afgørelsen til Jobcenter Vesthimmerland, Himmerlandsgade 27, 9600 Aars. Klagen skal "
    "være modtaget senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. "
    "Jobcentret ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen videre til "
    "Ankestyrelsen (LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Klage skal sendes til Vesthimmerlands Kommune inden 4 uger fra du har modtaget dette brev. Vi vurderer "
    "sagen igen, og giver vi dig ikke ret, sender vi din klage til Ankestyrelsen.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig."]
APPEAL_WRONG = ["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.",
                "Er du uenig, kan du inden fire uger sende en klage direkte til Ankestyrelsen, 7998 Statsservice."]


def dk(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    return d.isoformat()


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(d.day, last))


class Gen:
    def __init__(self, out: Path):
        self.r = random.Random(SEED)
        self.out = out
        self.entries: list[dict] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="bo_"))
        self.lo_jobs: list[tuple[Path, str, Path]] = []   # (docx, target ext, final path)
        self.scan_jobs: list[tuple[list[str], Path]] = []
        self.n = 0

    # ---------------- people and values
    def cpr(self) -> str:
        d = date(1970, 1, 1) + timedelta(days=self.r.randrange(0, 12000))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randrange(1000, 9999)}"

    def period(self, over: bool) -> tuple[date, date]:
        start = date(2023, 1, 1) + timedelta(days=self.r.randrange(0, 1200))
        start = start.replace(day=self.r.choice([1, 1, 1, 15, start.day if start.day < 29 else 3]))
        if over:
            end = add_months(start, self.r.choice([7, 8, 9, 12])) - timedelta(days=1)
        else:
            end = add_months(start, self.r.choice([3, 4, 6, 6, 6])) - timedelta(days=1)
        return start, end

    # ---------------- the content model of one agreement / Min Plan
    def fields(self, defects: set[str], kind: str) -> dict:
        r = self.r
        cit = r.choice(CITIZENS)
        f = cit.split()[0]
        mentor = r.choice(MENTORS)
        start, end = self.period("over" in defects)
        y, m = start.year, MONTHS[(start.month + 1) % 12]
        v = {"citizen": cit, "first": f, "mentor": mentor, "start": start, "end": end,
             "case": f"{r.randrange(10, 99)}.{r.randrange(10, 99)}.{r.randrange(10, 99)}-G01-{r.randrange(100, 9999)}-{str(y)[2:]}",
             "cw": r.choice(CASEWORKERS), "datestyle": r.randrange(0, 5),
             "cpr": self.cpr() if r.random() < 0.36 else None}
        v["goal"] = (None if "goal" in defects else
                     (r.choice(UNCLEAR_GOALS) if "unclear" in defects else r.choice(CLEAR_GOALS)).format(f=f, y=y, m=m))
        v["tasks"] = None if "tasks" in defects else [t.format(f=f) for t in r.choice(TASKS)]
        v["hours"] = (None if "hours" in defects else r.choice(VAGUE_HOURS) if "vaguehours" in defects
                      else r.choice(HOURS))
        v["follow"] = None if ("follow" in defects or kind == "minplan" and r.random() < 0.6) else r.choice(FOLLOWUPS).format(f=f)
        v["mentor_contact"] = "mentor_nocontact" not in defects
        v["has_mentor"] = "mentor" not in defects
        v["has_period"] = "duration" not in defects
        v["appeal"] = (None if "appeal" in defects or kind == "minplan" else
                       r.choice(APPEAL_INCOMPLETE) if "appeal_incomplete" in defects else
                       r.choice(APPEAL_WRONG) if "wrong_route" in defects else r.choice(APPEAL_FULL))
        rules = []
        if "goal" in defects:
            rules.append("missing-goal")
        if "unclear" in defects:
            rules.append("unclear-goal")
        if "mentor" in defects or "mentor_nocontact" in defects:
            rules.append("missing-mentor")
        if "tasks" in defects:
            rules.append("missing-tasks")
        if "duration" in defects:
            rules.append("missing-duration")
        elif "over" in defects:
            rules.append("duration-over-6-months")
        if "follow" in defects and kind == "agreement":
            rules.append("missing-follow-up")
        if "hours" in defects or "vaguehours" in defects:
            rules.append("missing-hours")
        if kind == "agreement" and ("appeal" in defects or "appeal_incomplete" in defects):
            rules.append("missing-appeal-guidance")
        v["rules"] = sorted(rules)
        v["extras"] = ["appeal-wrong-route"] if "wrong_route" in defects and kind == "agreement" else []
        return v

    def period_text(self, v) -> str:
        s = v["datestyle"]
        if self.r.random() < 0.2 and (v["end"] - v["start"]).days < 190:
            months = round((v["end"] - v["start"]).days / 30.4)
            return f"fra {dk(v['start'], s)} og {months} måneder frem"
        sep = self.r.choice([" – ", " - ", " til ", "-"])
        if s == 4 and sep == "-":   # nobody writes 2024-03-01-2024-08-31
            sep = " – "
        return f"{dk(v['start'], s)}{sep}{dk(v['end'], s)}"

    def mentor_text(self, v) -> str:
        name, tel, mail, org = v["mentor"]
        if not v["mentor_contact"]:
            return f"{name}, {org}"
        return self.r.choice([f"{name}, {org}, tlf. {tel}, {mail}", f"{name} ({org}) – telefon {tel}",
                              f"{name}, mail: {mail}, tlf {tel}"])

    # ---------------- agreement layouts -> list of blocks
    def agreement_blocks(self, v, layout: str, old: bool) -> list:
        sender = "Jobcenter Vesthimmerland" if old or v["start"] < date(2026, 2, 1) else "Vesthimmerlands Kommune"
        head = [("title", self.r.choice(["Aftale om mentorstøtte", "Mentoraftale", "AFTALE OM MENTORSTØTTE"])),
                ("p", f"{sender} – efter lov om en aktiv beskæftigelsesindsats § 167")]
        ident = [("Borger", v["citizen"])]
        if v["cpr"]:
            ident.append(("CPR-nr.", v["cpr"]))
        ident.append(("Sagsnr.", v["case"]))
        blocks = list(head)
        per = self.period_text(v) if v["has_period"] else None
        if layout == "table":
            rows = ident[:]
            if v["goal"] is not None:
                rows.append(("Mål med mentorstøtten" if not old else "Formål", v["goal"]))
            else:
                rows.append(("Mål med mentorstøtten" if not old else "Formål", self.r.choice(["", "Udfyldes senere"])))
            if v["has_mentor"]:
                rows.append(("Mentor (navn og kontaktdata)", self.mentor_text(v)))
            if v["tasks"] is not None:
                rows.append(("Mentorens opgaver", "\n".join("- " + t for t in v["tasks"])))
            elif self.r.random() < 0.5:
                rows.append(("Mentorens opgaver", "-"))
            if not old and self.r.random() < 0.5:
                kinds = ["Tilbudsmentor", "Udvidet mentor", "Ret- og pligtmentor"]
                pick = self.r.randrange(3)
                rows.append(("Mentortype", "  ".join(("☒ " if i == pick else "☐ ") + k for i, k in enumerate(kinds))))
            rows.append(("Periode", per if per else "indtil videre"))
            if v["hours"] is not None:
                rows.append(("Timetal", v["hours"]))
            if v["follow"] is not None:
                rows.append(("Opfølgning", v["follow"]))
            blocks.append(("kv", rows))
            if v["appeal"]:
                blocks += [("h2", "Klagevejledning"), ("p", v["appeal"])]
        elif layout == "headings":
            blocks.append(("kv", ident))
            n = 1
            def sec(label, text):
                nonlocal n
                blocks.append(("h2", f"{n}. {label}"))
                n += 1
                if isinstance(text, list):
                    blocks.append(("bullets", text))
                else:
                    blocks.append(("p", text))
            if v["goal"] is not None:
                sec("Målet med mentorstøtten", v["goal"])
            if v["has_mentor"]:
                sec("Mentorens navn og kontaktdata", self.mentor_text(v))
            if v["tasks"] is not None:
                sec("Hvilke opgaver skal mentor hjælpe med?", v["tasks"])
            if per:
                sec("Varighed", f"Aftalen gælder i perioden {per}.")
            if v["hours"] is not None:
                sec("Timetal", v["hours"][0].upper() + v["hours"][1:] + ".")
            if v["follow"] is not None:
                sec("Opfølgning og progression", v["follow"])
            if v["appeal"]:
                sec("Klagevejledning", v["appeal"])
        else:  # prose / hurried hand-made
            f = v["first"]
            blocks.append(("p", f"Kære {f}"))
            if v["cpr"]:
                blocks.append(("p", f"{v['citizen']} cpr {v['cpr']}"))
            txt = "Vi har i dag holdt møde om din mentorstøtte og aftalt følgende."
            if v["goal"] is not None:
                txt += f" Mål: {v['goal']}"
            blocks.append(("p", txt))
            if v["has_mentor"]:
                name = v["mentor"][0]
                blocks.append(("p", f"Din mentor er {self.mentor_text(v)}."))
                if v["tasks"] is not None:
                    blocks += [("p", f"{name.split()[0]} skal hjælpe dig med:"), ("bullets", v["tasks"])]
            elif v["tasks"] is not None:
                blocks += [("p", "Mentoren skal hjælpe dig med:"), ("bullets", v["tasks"])]
            s = []
            if per:
                s.append(f"Støtten er bevilget {per}")
            if v["hours"] is not None:
                s.append(f"med {v['hours']}" if per else f"Du har {v['hours']} med mentor")
            if s:
                blocks.append(("p", " ".join(s) + "."))
            if v["follow"] is not None:
                blocks.append(("p", v["follow"]))
            if v["appeal"]:
                blocks.append(("p", ("Klagevejledning: " if v["appeal"].startswith("Hvis") else "Hvis du vil klage: ")
                                + v["appeal"]))
            blocks.append(("p", f"Venlig hilsen\n{v['cw'][0]}, sagsbehandler, tlf. {v['cw'][1]}"))
            return blocks
        blocks.append(("p", f"Dato: {dk(v['start'] - timedelta(days=self.r.randrange(2, 12)), 0)}"))
        blocks.append(("p", f"Underskrift borger: ______________    Sagsbehandler: {v['cw'][0]}, tlf. {v['cw'][1]}"))
        return blocks

    def minplan_blocks(self, v) -> list:
        per = self.period_text(v) if v["has_period"] else None
        b = [("title", "Min Plan"), ("p", f"Udskrevet fra jobnet/fagsystem {dk(v['start'], 1)}"),
             ("p", f"Navn: {v['citizen']}" + (f"   CPR: {v['cpr']}" if v["cpr"] else "")),
             ("h2", "Indsats: Mentorstøtte (LAB § 167)")]
        rows = []
        if v["goal"] is not None:
            rows.append(("Formål med mentorstøtten", v["goal"]))
        if v["has_mentor"]:
            rows.append(("Mentor", self.mentor_text(v)))
        if v["tasks"] is not None:
            rows.append(("Mentors opgaver", "; ".join(v["tasks"])))
        rows.append(("Periode", per if per else ""))
        if v["hours"] is not None:
            rows.append(("Timetal", v["hours"]))
        if v["follow"] is not None:
            rows.append(("Opfølgning", v["follow"]))
        b.append(("kv", rows))
        b.append(("p", f"Sagsbehandler: {v['cw'][0]}, tlf. {v['cw'][1]}"))
        return b

    # ---------------- decisions
    def decision(self, dtype: str, defects: set[str]) -> tuple[list, list, list, dict]:
        r = self.r
        cit = r.choice(CITIZENS)
        f = cit.split()[0]
        start, end = self.period("over" in defects)
        cw = r.choice(CASEWORKERS)
        sender = "Jobcenter Vesthimmerland" if start < date(2026, 2, 1) else "Vesthimmerlands Kommune"
        ds = r.randrange(0, 4)
        cpr = self.cpr() if r.random() < 0.36 else None
        b = [("p", f"{sender}\nHimmerlandsgade 27\n9600 Aars"),
             ("p", f"{cit}\n" + r.choice(["Vestergade 12, 1. tv.", "Søndergade 4", "Bakkevej 31"]) + "\n9640 Farsø"),
             ("p", f"Dato: {dk(start - timedelta(days=r.randrange(3, 10)), 0)}   Sagsnr.: 15.20.10-G01-{r.randrange(100, 999)}-{str(start.year)[2:]}"
              + (f"   CPR-nr.: {cpr}" if cpr else ""))]
        title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse: delvis bevilling af mentorstøtte",
                 "refusal": "Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
                 "stop": "Afgørelse om ophør af mentorstøtte"}[dtype]
        b.append(("title", title))
        b.append(("p", f"Kære {f}"))
        per = f"{dk(start, ds)} til {dk(end, ds)}"
        reasons = None
        if dtype == "grant":
            b.append(("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}, "
                           f"{r.choice(HOURS)}. Din mentor er {r.choice(MENTORS)[0]}."))
            if r.random() < 0.5:
                reasons = "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit praktikforløb, og at støtten skal føre frem mod job."
        elif dtype == "partial":
            b.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi bevilger delvist: du får 3 timer om ugen i perioden {per}."))
            reasons = ("Vi har lagt vægt på, at du allerede får støtte fra skolens elevcoach i 2 timer om ugen, og at "
                       "mentorstøtten skal gå ud over det, skolen normalt tilbyder, jf. LAB § 167 og STAR's vejledning.")
        elif dtype == "refusal":
            b.append(("p", "Vi har behandlet din ansøgning om mentorstøtte, og du får afslag."))
            reasons = ("Afgørelsen er truffet efter LAB § 167, stk. 1. Vi har lagt vægt på, at der ikke på nuværende tidspunkt "
                       "er et mål om beskæftigelse eller uddannelse, som mentorstøtten kan understøtte. Du er i et "
                       "behandlingsforløb i psykiatrien frem til efteråret.")
        elif dtype == "extension":
            b.append(("p", f"Din mentorstøtte forlænges. Ny periode: {per}, med uændret timetal. Forlængelsen er sket efter en konkret vurdering ved udløbet af den forrige periode."))
            if r.random() < 0.5:
                reasons = "Begrundelsen er, at du er godt i gang med grundforløbet, men stadig har brug for hjælp til fremmøde."
        else:
            b.append(("p", f"Din mentorstøtte ophører pr. {dk(start, ds)}."))
            reasons = ("Vi har lagt vægt på, at du ikke er mødt op til de aftalte møder med din mentor siden "
                       f"{dk(start - timedelta(days=40), 0)}, og at mentor ikke har kunnet få kontakt med dig. Afgørelsen er truffet efter LAB § 167.")
        rules, extras = [], []
        if "noreasons" in defects:
            reasons = None
            if dtype in ("partial", "refusal", "stop"):
                extras.append("missing-reasons")
        if reasons:
            b += [("h2", "Begrundelse"), ("p", reasons)]
        if "over" in defects and dtype in ("grant", "extension"):
            rules.append("duration-over-6-months")
        appeal = (None if "appeal" in defects else r.choice(APPEAL_INCOMPLETE) if "appeal_incomplete" in defects
                  else r.choice(APPEAL_WRONG) if "wrong_route" in defects else r.choice(APPEAL_FULL))
        if appeal is None or "appeal_incomplete" in defects:
            rules.append("missing-appeal-guidance")
        if "wrong_route" in defects:
            extras.append("appeal-wrong-route")
        if appeal:
            b += [("h2", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", appeal)]
        b.append(("p", f"Med venlig hilsen\n{cw[0]}\nSagsbehandler, direkte tlf. {cw[1]}"))
        return b, sorted(rules), sorted(extras), {"cpr": cpr, "start": start, "end": end}

    # ---------------- the documents that are none of the kinds
    def other_blocks(self, sub: str) -> tuple[list, str | None]:
        r = self.r
        cit = r.choice(CITIZENS)
        f = cit.split()[0]
        m = r.choice(MENTORS)
        d = date(2024, 1, 8) + timedelta(days=r.randrange(0, 900))
        cpr = self.cpr() if r.random() < 0.25 else None
        if sub == "statusrapport":
            return ([("title", "Statusrapport fra mentor"),
                     ("kv", [("Borger", cit + (f" ({cpr})" if cpr else "")), ("Mentor", f"{m[0]}, {m[3]}"),
                             ("Periode for rapporten", f"{dk(d - timedelta(days=30), 0)} – {dk(d, 0)}")]),
                     ("h2", "Forløbet i perioden"),
                     ("p", f"{f} er mødt op til 7 ud af 8 aftalte møder. Vi har arbejdet med morgenrutiner og transport. "
                           f"{f} har været i praktik 3 dage om ugen og fortæller, at det går bedre med kollegerne."),
                     ("h2", "Brugte timer"), ("p", "11 timer i perioden (budget 12 timer)."),
                     ("h2", "Anbefaling"), ("p", "Jeg anbefaler, at støtten fortsætter uændret til næste statusmøde."),
                     ("p", f"{m[0]}, {m[3]}, tlf. {m[1]}")], cpr)
        if sub == "referat":
            return ([("title", "Referat af opfølgningsmøde"),
                     ("p", f"Dato: {dk(d, 0)}, kl. 10.00-11.00, Jobcentret, mødelokale 2"),
                     ("p", f"Deltagere: {cit} (borger), {m[0]} (mentor), {r.choice(CASEWORKERS)[0]} (sagsbehandler)"),
                     ("num", [f"Status: {f} er glad for praktikken og har haft lavt fravær.",
                              "Mentors timer: der er brugt 9 timer siden sidst.",
                              "Delmål for næste periode: mødetid kl. 8 fire dage om ugen.",
                              "Eventuelt: intet."]),
                     ("p", f"Næste møde: {dk(d + timedelta(days=28), 0)}. Referent: {r.choice(CASEWORKERS)[0]}")], cpr)
        if sub == "faktura":
            hrs = r.randrange(8, 20)
            return ([("title", f"FAKTURA nr. {r.randrange(2400, 2999)}"),
                     ("p", f"{m[3]}\nCVR {r.randrange(10000000, 99999999)}\n{m[2]}"),
                     ("p", f"Til: Vesthimmerlands Kommune, Jobcenter, EAN 5798000{r.randrange(100000, 999999)}"),
                     ("kv", [("Ydelse", "Mentorstøtte § 167"), ("Borger (initialer)", "".join(p[0] for p in cit.split())),
                             ("Periode", f"{MONTHS[d.month - 1]} {d.year}"), ("Timer", str(hrs)),
                             ("Timepris", "465,00 kr."), ("I alt ekskl. moms", f"{hrs * 465:,},00 kr.".replace(",", "."))]),
                     ("p", f"Betalingsbetingelser: netto 30 dage. Reg.nr. 9070 kontonr. {r.randrange(1000000, 9999999)}")], None)
        if sub == "arbejdsgang":
            return ([("title", "Arbejdsgang: bevilling af mentorstøtte (intern)"),
                     ("p", "Gælder for sagsbehandlere i Job og Ydelse. Senest revideret " + dk(d, 0) + "."),
                     ("num", ["Vurdér behovet og målet for borgeren (job eller uddannelse).",
                              "Opret indsatsen i fagsystemet og i Min Plan med mål, mentorens navn og kontaktdata, opgaver, varighed og timetal.",
                              "Send afgørelse med begrundelse og klagevejledning til e-Boks.",
                              "Indhent status fra mentor hver måned og hold opfølgning 14 dage før ophør.",
                              "Perioden er højst 6 måneder; ny periode kræver en konkret vurdering."]),
                     ("p", "Spørgsmål til teamleder Hanne Brandt, lokal 4300.")], None)
        if sub == "pjece":
            return ([("title", "Hvad er en mentor?"),
                     ("p", "En mentor er en person, der kan hjælpe dig med at komme i job eller uddannelse – eller blive der."),
                     ("h2", "Hvad kan en mentor hjælpe med?"),
                     ("bullets", ["at komme godt i gang på en ny arbejdsplads", "at få struktur på hverdagen",
                                  "kontakt til skole, arbejdsgiver og kommune"]),
                     ("h2", "Hvor længe?"), ("p", "Du kan få mentorstøtte i op til 6 måneder ad gangen. Sammen med din sagsbehandler aftaler I mål, opgaver og hvor mange timer om ugen."),
                     ("p", "Kontakt jobcentret på tlf. 9966 4000 eller jobcenter@vesthimmerland.dk")], None)
        # mail thread about scheduling
        cw = r.choice(CASEWORKERS)
        return ([("p", f"Hej {cw[0].split()[0]}\n\nKan vi flytte statusmødet med {f} fra torsdag til fredag kl. 9? "
                       f"{f} har fået en vagt i praktikken torsdag.\n\nMvh\n{m[0]}\n{m[3]}\ntlf. {m[1]}"),
                 ("p", f"> Hej {m[0].split()[0]}\n> Vi holder statusmøde {dk(d, 0)} kl. 10 i jobcentret.\n> "
                       f"Venlig hilsen\n> {cw[0]}, tlf. {cw[1]}")], None)

    # ---------------- renderers
    def docx(self, blocks: list, path: Path, *, footer: str | None = None, font: str = "Calibri",
             sdt_empty: str | None = None, tracked: tuple[str, str] | None = None) -> None:
        doc = Document()
        st = doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(self.r.choice([10, 11, 11, 12]))
        for kind, val in blocks:
            if kind == "title":
                doc.add_heading(val, level=1)
            elif kind == "h2":
                doc.add_heading(val, level=2)
            elif kind == "p":
                p = doc.add_paragraph()
                lines = val.split("\n")
                for i, line in enumerate(lines):
                    run = p.add_run(line)
                    if i < len(lines) - 1:
                        run.add_break()
            elif kind == "bullets":
                for it in val:
                    doc.add_paragraph(it, style="List Bullet")
            elif kind == "num":
                for it in val:
                    doc.add_paragraph(it, style="List Number")
            elif kind == "kv":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, value in val:
                    cells = t.add_row().cells
                    cells[0].text = lab
                    if sdt_empty and lab == sdt_empty and not value:
                        self._sdt_placeholder(cells[1])
                    elif tracked and lab == tracked[0]:
                        self._tracked(cells[1], tracked[1], value)
                    else:
                        cells[1].text = value
        if footer:
            doc.sections[0].footer.paragraphs[0].text = footer
        doc.core_properties.author = self.r.choice(["tkv", "moaa", "bhol", "jani", "Jobcenter"])
        doc.save(path)

    @staticmethod
    def _sdt_placeholder(cell) -> None:
        p = cell.paragraphs[0]._p
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "Klik eller tryk her for at skrive tekst."
        r.append(t)
        content.append(r)
        sdt.append(content)
        p.append(sdt)

    @staticmethod
    def _tracked(cell, old: str, new: str) -> None:
        p = cell.paragraphs[0]._p
        for tag, text, ttag in (("w:del", old, "w:delText"), ("w:ins", new, "w:t")):
            el = OxmlElement(tag)
            el.set(qn("w:id"), "1" if tag == "w:del" else "2")
            el.set(qn("w:author"), "Trine Kvist")
            el.set(qn("w:date"), "2025-03-02T10:00:00Z")
            r = OxmlElement("w:r")
            t = OxmlElement(ttag)
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            el.append(r)
            p.append(el)

    def hurry(self, blocks: list) -> list:
        """A hurried writer: drifting labels with typos, colons dropped into prose-like rows."""
        sub = {"Mål med mentorstøtten": "Mål for mentorstøtten", "Mentorens opgaver": "Mentors opgaver",
               "Timetal": "Timetalet", "Opfølgning": "Opfølging", "Periode": "Periode (fra-til)",
               "Mentor (navn og kontaktdata)": "Mentor navn + tlf"}
        out = []
        for k, val in blocks:
            if k == "kv":
                val = [(sub.get(a, a), b) for a, b in val]
            elif k == "h2":
                for a, b in sub.items():
                    val = val.replace(a, b)
            out.append((k, val))
        return out

    @staticmethod
    def text(blocks: list) -> str:
        out = []
        for kind, val in blocks:
            if kind == "title":
                out += [val.upper() if len(val) < 30 else val, ""]
            elif kind == "h2":
                out += ["", val]
            elif kind == "p":
                out += [val, ""]
            elif kind == "bullets":
                out += ["  * " + it for it in val] + [""]
            elif kind == "num":
                out += [f"  {i}. {it}" for i, it in enumerate(val, 1)] + [""]
            elif kind == "kv":
                for lab, value in val:
                    vlines = value.split("\n") if value else [""]
                    out.append(f"{lab}: {vlines[0]}")
                    out += ["    " + x for x in vlines[1:]]
                out.append("")
        return "\n".join(out).strip() + "\n"

    @staticmethod
    def html(blocks: list) -> str:
        import html as h
        parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Udskrift</title>"
                 "<script>var sagId='x';</script></head><body><div class='sag'><div class='indhold'>"]
        for kind, val in blocks:
            if kind == "title":
                parts.append(f"<h1>{h.escape(val)}</h1>")
            elif kind == "h2":
                parts.append(f"<h2>{h.escape(val)}</h2>")
            elif kind == "p":
                parts.append("<p>" + "<br>".join(h.escape(x) for x in val.split("\n")) + "</p>")
            elif kind in ("bullets", "num"):
                tag = "ul" if kind == "bullets" else "ol"
                parts.append(f"<{tag}>" + "".join(f"<li>{h.escape(x)}</li>" for x in val) + f"</{tag}>")
            elif kind == "kv":
                parts.append("<dl>" + "".join(f"<dt>{h.escape(a)}</dt><dd>{h.escape(b).replace(chr(10), '<br>')}</dd>"
                                             for a, b in val) + "</dl>")
        parts.append("</div></div></body></html>")
        return "\n".join(parts)

    def eml(self, blocks: list, subject: str, frm: str, to: str, d: date) -> str:
        body = self.text(blocks)
        return (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {d.strftime('%a, %d %b %Y')} 09:14:00 +0100\n"
                f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}")

    # ---------------- emit one document
    def emit(self, rel: str, fmt: str, blocks: list, *, kind: str, subtype: str, layout: str, rules, extras,
             cpr: str | None, traits: list, period=None, **kw) -> None:
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            self.docx(blocks, path, **kw)
        elif fmt in ("pdf", "odt", "rtf"):
            src = self.tmp / (path.stem + ".docx")
            self.docx(blocks, src, **kw)
            self.lo_jobs.append((src, fmt, path))
        elif fmt == "scan":
            self.scan_jobs.append((self.text(blocks).splitlines(), path))
            fmt = "pdf"
        elif fmt == "txt":
            path.write_text(self.text(blocks), encoding="utf-8")
        elif fmt == "html":
            path.write_text(self.html(blocks), encoding="utf-8")
        elif fmt == "eml":
            cw = self.r.choice(CASEWORKERS)
            path.write_text(self.eml(blocks, kw.get("subject", "Mentorstøtte"),
                                     kw.get("frm", f"{cw[0]} <{cw[0].split()[0].lower()}@vesthimmerland.dk>"),
                                     kw.get("to", "Journal Job og Ydelse <journal.jobogydelse@vesthimmerland.dk>"),
                                     kw.get("d", date(2025, 5, 5))), encoding="utf-8")
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [cpr, cpr.replace("-", "")] if cpr else [], "traits": traits + (["cpr"] if cpr else [])}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    DK_NAMES = {"afgoerelse-grant": "afgoerelse-bevilling", "afgoerelse-partial": "afgoerelse",
                "afgoerelse-refusal": "brev-afslag", "afgoerelse-extension": "forlaengelse",
                "afgoerelse-stop": "brev-ophoer", "mailtråd": "mail"}

    def name(self, sag: int, label: str, ext: str) -> str:
        """Archive names: a case folder (several documents per case) and either a caseworker's
        descriptive name or the case system's journal number."""
        self.n += 1
        case = 4100 + self.r.randrange(0, 45)
        if self.r.random() < 0.45:
            stem = f"dok{self.r.randrange(100000, 999999)}"
        else:
            stem = f"{self.n:03d}-{self.DK_NAMES.get(label, label)}"
        return f"sag-{case}/{stem}.{ext}"

    # ---------------- the whole sample
    def build(self) -> None:
        r = self.r
        # agreements: 45; ~14 with defects
        agr_defects = [set()] * 30 + [{"goal"}, {"goal"}, {"unclear"}, {"unclear"}, {"mentor_nocontact"}, {"tasks"},
                                      {"duration"}, {"over"}, {"over"}, {"follow"}, {"hours"}, {"vaguehours"},
                                      {"appeal"}, {"appeal_incomplete"}, {"wrong_route", "follow"}]
        agr_formats = (["docx"] * 24 + ["pdf"] * 9 + ["scan"] * 4 + ["txt"] * 3 + ["eml"] * 2 + ["odt", "rtf", "html"])
        r.shuffle(agr_defects)
        r.shuffle(agr_formats)
        for i in range(45):
            d = agr_defects[i]
            v = self.fields(d, "agreement")
            fmt = agr_formats[i]
            layout = r.choice(["table", "table", "headings", "prose"]) if fmt not in ("txt", "eml") else r.choice(["headings", "prose"])
            if "goal" in d and fmt in ("docx", "pdf", "odt", "rtf"):
                layout = "table"   # the template's goal row left as Word's content-control placeholder
            old = r.random() < 0.4
            blocks = self.agreement_blocks(v, layout, old)
            kw = {}
            traits = [f"template:{'old' if old else 'new'}"] + [f"defect:{x}" for x in sorted(d)]
            if r.random() < 0.25:
                blocks = self.hurry(blocks)
                traits.append("hurried-labels")
            if r.random() < 0.12 and layout != "prose":
                ps = v["start"] - timedelta(days=365)
                blocks.insert(2, ("p", f"(Kopieret fra tidligere sag) Tidligere periode: {dk(ps, 0)} – "
                                       f"{dk(add_months(ps, 6) - timedelta(days=1), 0)}."))
                traits.append("prior-period-copy")
            if fmt in ("docx", "pdf", "odt", "rtf"):
                if layout == "table" and "goal" in d:
                    # the goal row is an empty content control showing Word's placeholder
                    lab = "Mål med mentorstøtten" if not old else "Formål"
                    blocks = [(k, [(a, "" if a == lab else b) for a, b in val]) if k == "kv" else (k, val) for k, val in blocks]
                    kw["sdt_empty"] = lab
                    traits.append("sdt-placeholder")
                elif layout == "table" and v["hours"] in HOURS and r.random() < 0.4:
                    kw["tracked"] = ("Timetal", "5 timer pr. uge ")
                    traits.append("tracked-change")
                if r.random() < 0.25:
                    kw["footer"] = f"Vesthimmerlands Kommune · Job og Ydelse · Himmerlandsgade 27 · 9600 Aars · tlf. 9966 4000"
                    traits.append("footer")
            if fmt == "eml":
                kw.update(subject=f"Mentoraftale – {v['citizen']}", d=v["start"])
            self.emit(self.name(1000 + i, "mentoraftale", {"scan": "pdf"}.get(fmt, fmt)), fmt, blocks,
                      kind="agreement", subtype="agreement", layout=("ocr-" + layout) if fmt == "scan" else layout,
                      rules=v["rules"], extras=v["extras"], cpr=v["cpr"], traits=traits,
                      period=(v["start"], v["end"]) if v["has_period"] else None, **kw)
        # decisions: 20, five types; ~6 with defects
        types = ["grant"] * 6 + ["partial"] * 3 + ["refusal"] * 4 + ["extension"] * 4 + ["stop"] * 3
        ddef = {0: {"over"}, 1: {"appeal_incomplete"}, 6: {"noreasons"}, 9: {"wrong_route"}, 12: {"appeal"},
                13: {"over"}, 17: {"noreasons"}}
        dfmt = ["pdf"] * 11 + ["docx"] * 5 + ["scan"] * 2 + ["eml", "txt"]
        r.shuffle(dfmt)
        for i, t in enumerate(types):
            d = ddef.get(i, set())
            blocks, rules, extras, meta = self.decision(t, d)
            fmt = dfmt[i]
            kw = {"subject": "Afgørelse om mentorstøtte", "d": meta["start"]} if fmt == "eml" else {}
            self.emit(self.name(1100 + i, f"afgoerelse-{t}", {"scan": "pdf"}.get(fmt, fmt)), fmt, blocks,
                      kind="decision", subtype=f"decision-{t}", layout="ocr-letter" if fmt == "scan" else "letter",
                      rules=rules, extras=extras, cpr=meta["cpr"], traits=[f"defect:{x}" for x in sorted(d)],
                      period=(meta["start"], meta["end"]) if t in ("grant", "partial", "extension") else None, **kw)
        # Min Plan: 15; ~5 with defects
        mdef = [set()] * 10 + [{"tasks"}, {"mentor_nocontact"}, {"duration"}, {"unclear"}, {"over"}]
        r.shuffle(mdef)
        mfmt = ["pdf"] * 6 + ["txt"] * 4 + ["docx"] * 3 + ["html", "scan"]
        r.shuffle(mfmt)
        for i in range(15):
            v = self.fields(mdef[i], "minplan")
            fmt = mfmt[i]
            self.emit(self.name(1200 + i, "minplan", {"scan": "pdf"}.get(fmt, fmt)), fmt, self.minplan_blocks(v),
                      kind="minplan", subtype="minplan", layout="ocr-minplan-print" if fmt == "scan" else "minplan-print",
                      rules=v["rules"], extras=[], cpr=v["cpr"], traits=[f"defect:{x}" for x in sorted(mdef[i])],
                      period=(v["start"], v["end"]) if v["has_period"] else None)
        # the rest of the folder: 20
        others = (["statusrapport"] * 5 + ["referat"] * 4 + ["faktura"] * 2 + ["arbejdsgang"] * 2 + ["pjece"] * 2
                  + ["mailtråd"] * 5)
        ofmt = {"statusrapport": ["docx", "docx", "pdf", "txt", "scan"], "referat": ["docx", "docx", "pdf", "odt"],
                "faktura": ["pdf", "scan"], "arbejdsgang": ["docx", "html"], "pjece": ["pdf", "rtf"],
                "mailtråd": ["eml"] * 4 + ["txt"]}
        cnt: dict[str, int] = {}
        for i, sub in enumerate(others):
            k = cnt.get(sub, 0)
            cnt[sub] = k + 1
            fmt = ofmt[sub][k]
            blocks, cpr = self.other_blocks(sub)
            kw = {}
            if fmt == "eml":
                kw = {"subject": "SV: Statusmøde – kan vi flytte?", "frm": "Mentor <post@mentorhuset-himmerland.dk>"}
            self.emit(self.name(1300 + i, sub, {"scan": "pdf"}.get(fmt, fmt)), fmt, blocks, kind="unknown",
                      subtype=sub, layout="ocr" if fmt == "scan" else ("email" if sub == "mailtråd" else "mixed"),
                      rules=[], extras=[], cpr=cpr, traits=["not-a-mentor-document-kind"], **kw)
        self.run_lo()
        self.run_scans()
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
                 for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def run_lo(self) -> None:
        prof = "-env:UserInstallation=file:///tmp/lo_bo_profile"
        for ext in ("pdf", "odt", "rtf"):
            jobs = [j for j in self.lo_jobs if j[1] == ext]
            if not jobs:
                continue
            od = self.tmp / f"lo_{ext}"
            od.mkdir(exist_ok=True)
            subprocess.run(["soffice", prof, "--headless", "--convert-to", ext, "--outdir", str(od)]
                           + [str(j[0]) for j in jobs], check=True, capture_output=True, timeout=900)
            for src, _, final in jobs:
                shutil.move(str(od / (src.stem + "." + ext)), final)

    def run_scans(self) -> None:
        from PIL import Image, ImageDraw, ImageFilter, ImageFont
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
        for lines, final in self.scan_jobs:
            wrapped = []
            for ln in lines:
                while len(ln) > 78:
                    cut = ln.rfind(" ", 0, 78)
                    cut = cut if cut > 20 else 78
                    wrapped.append(ln[:cut])
                    ln = "  " + ln[cut:].lstrip()
                wrapped.append(ln)
            pages = [wrapped[i:i + 58] for i in range(0, len(wrapped), 58)]
            imgs = []
            for pl in pages:
                img = Image.new("L", (2480, 3508), 255)
                dr = ImageDraw.Draw(img)
                y = 200
                for ln in pl:
                    dr.text((200, y), ln, fill=20, font=font)
                    y += 54
                img = img.rotate(self.r.uniform(-0.8, 0.8), fillcolor=255).filter(ImageFilter.GaussianBlur(0.8))
                imgs.append(img)
            base = self.tmp / final.stem
            tifs = []
            for k, img in enumerate(imgs):
                p = Path(f"{base}_{k}.png")
                img.save(p, dpi=(300, 300))
                tifs.append(str(p))
            lst = Path(f"{base}.list")
            lst.write_text("\n".join(tifs) + "\n")
            subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "pdf"], check=True,
                           capture_output=True, timeout=600)
            shutil.move(f"{base}.pdf", final)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    Gen(a.out).build()
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
