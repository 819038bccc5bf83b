"""Independent corpus BG: long case-file documents where the mentor paperwork is one part of much more text.

Written from /work/shared/domain.md, the seeds and knowledge of Danish municipal practice; labels follow
the rule docs (`mentordocs rules NAME`) and were fixed before any lint run.

    /work/main/.venv/bin/python make_corpus_bg.py --out /work/corpora/bg
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
from pathlib import Path

from dateutil.relativedelta import relativedelta

SEED = 20261129
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [("Holbæk Kommune", "Kanalstræde 2, 4300 Holbæk"), ("Viborg Kommune", "Prinsens Allé 5, 8800 Viborg"),
            ("Faxe Kommune", "Frederiksgade 9, 4690 Haslev"), ("Rudersdal Kommune", "Øverødvej 2, 2840 Holte"),
            ("Tønder Kommune", "Kongevej 57, 6270 Tønder"), ("Herning Kommune", "Torvet 5, 7400 Herning"),
            ("Assens Kommune", "Rådhus Allé 5, 5610 Assens"), ("Roskilde Kommune", "Rådhusbuen 1, 4000 Roskilde"),
            ("Esbjerg Kommune", "Torvegade 74, 6700 Esbjerg"), ("Silkeborg Kommune", "Søvej 1, 8600 Silkeborg")]
AFDELINGER = ["Job og Ydelse", "Center for Arbejdsmarked", "Job & Uddannelse", "Beskæftigelse og Integration",
              "Unge og Uddannelse", "Job og Sundhed", "Fleksjob og Rehabilitering"]
FIRST = ["Anna", "Mette", "Ahmed", "Jonas", "Sofie", "Mikkel", "Fatima", "Louise", "Kasper", "Emil", "Camilla",
         "Nadia", "Rasmus", "Line", "Yusuf", "Maja", "Frederik", "Ida", "Ali", "Christina", "Thomas", "Pernille"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Kristensen", "Holm", "Østergaard", "Madsen", "Mortensen", "Karimi", "Poulsen", "Bach", "Lund", "Vestergaard"]
MENTOR_FIRMS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorgruppen Vest", "mentorvest.dk"),
                ("Trin for Trin Mentor", "trinfortrin.dk"), ("Kompas Mentorservice", "kompasmentor.dk"),
                ("Brobyggerne I/S", "brobyggerne.dk"), ("kommunens eget mentorkorps", None)]

GOALS_CLEAR = [
    "{f} er i virksomhedspraktik som lagermedarbejder hos {w} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} starter på FVU-dansk på VUC og møder til mindst 90 % af undervisningen frem til {d}.",
    "{f} gennemfører grundforløb 1 på SOSU-skolen og er optaget på hovedforløbet senest {d}.",
    "{f} fastholder sit fleksjob hos {w} på 12 timer om ugen og har under to fraværsdage om måneden.",
    "{f} er i ordinær beskæftigelse som rengøringsassistent, mindst 20 timer om ugen, senest {d}.",
    "{f} er startet på FGU (produktionsgrunduddannelse, værkstedslinjen) og møder fire dage om ugen inden {d}.",
    "{f} møder stabilt i løntilskud hos {w} 25 timer om ugen, og ansættelsen forlænges efter {d}.",
    "{f} har gennemført et AMU-kursus i truckkørsel og søger mindst fem relevante job om ugen inden {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel i hverdagen.",
    "Sikre at {f} får mere struktur på hverdagen og et bedre selvværd.",
    "Hjælp til at {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og arbejde med sig selv.",
]
WORKPLACES = ["Bilka", "Netto", "DSV", "Arla Foods", "Plejecenter Solgården", "Kvickly", "Danish Crown", "Genbrugspladsen"]
TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde, transport og arbejdsopgaver",
    "hjælpe med at skabe overblik over post fra e-Boks og Digital Post",
    "støtte i kontakten med arbejdsgiver og kolleger",
    "hjælpe med døgnrytme og at komme op om morgenen",
    "følges til møder i kommunen og hos egen læge",
    "hjælpe med at planlægge ugen og lektier",
    "øve transporten med bus til skolen",
    "være bindeled til SPS-vejlederen på skolen",
    "tage kontakt ved udeblivelse samme dag",
]


def pdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def phone(r: random.Random) -> str:
    n = f"{r.randint(20, 99)}{r.randint(100000, 999999)}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"


def cpr(r: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=r.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


def person(r: random.Random) -> tuple[str, str]:
    f = r.choice(FIRST)
    return f, f"{f} {r.choice(LAST)}"


# --------------------------------------------------------------------------------------------
# Long boilerplate (real municipal documents carry pages of it)
# --------------------------------------------------------------------------------------------

def gdpr_section(kom: str, r: random.Random) -> list:
    return [
        ("h2", r.choice(["Oplysninger om behandling af dine personoplysninger", "Databeskyttelse – sådan behandler vi dine oplysninger",
                         "Information efter databeskyttelsesforordningens artikel 13 og 14"])),
        ("p", f"{kom} er dataansvarlig for behandlingen af de personoplysninger, som vi har modtaget om dig. "
              "Du finder vores kontaktoplysninger på kommunens hjemmeside. Har du spørgsmål til vores behandling af "
              "dine oplysninger, er du altid velkommen til at kontakte vores databeskyttelsesrådgiver (DPO) på "
              "dpo@" + kom.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + ".dk."),
        ("p", "Vi behandler dine personoplysninger for at kunne træffe afgørelse og tilrettelægge din indsats efter lov om en aktiv "
              "beskæftigelsesindsats. Retsgrundlaget er databeskyttelsesforordningens artikel 6, stk. 1, litra e, og artikel 9, "
              "stk. 2, litra b, samt databeskyttelseslovens § 8 og § 11, stk. 1, for så vidt angår dit personnummer."),
        ("p", "Vi behandler almindelige personoplysninger (navn, adresse, kontaktoplysninger), oplysninger om uddannelse og "
              "beskæftigelse og – hvis det er nødvendigt – helbredsoplysninger. Oplysningerne kan blive videregivet til den "
              "mentor eller leverandør, der udfører indsatsen, i det omfang det er nødvendigt for opgaven."),
        ("p", "Vi opbevarer dine oplysninger, så længe det er nødvendigt, og efter reglerne i arkivlovgivningen. Du har ret til "
              "indsigt, berigtigelse, begrænsning og indsigelse. Du har også ret til at klage til Datatilsynet, Carl Jacobsens Vej 35, "
              "2500 Valby, dt@datatilsynet.dk, hvis du er utilfreds med den måde, vi behandler dine personoplysninger på."),
    ]


def consent_section(f_full: str, r: random.Random) -> list:
    return [
        ("pagebreak", None),
        ("h2", r.choice(["Samtykkeerklæring", "Samtykke til indhentning og videregivelse af oplysninger"])),
        ("p", f"Jeg, {f_full}, giver hermed samtykke til, at kommunen må indhente og videregive oplysninger om mig i det omfang, "
              "det er nødvendigt for at tilrettelægge og følge op på min indsats. Samtykket omfatter:"),
        ("ul", ["Egen læge og behandlende sygehusafdeling", "Uddannelsesinstitution, herunder studievejleder og SPS-ansvarlig",
                "Arbejdsgiver eller praktiksted", "Mentor/leverandør af indsatsen", "Socialforvaltningen, herunder misbrugscenter"]),
        ("p", "Samtykket gælder i den periode, hvor jeg modtager en indsats, dog højst i ét år fra underskriften. Jeg er oplyst om, "
              "at jeg til enhver tid kan tilbagekalde samtykket helt eller delvist, og at tilbagekaldelsen ikke har virkning for "
              "oplysninger, der allerede er indhentet eller videregivet."),
        ("table", [["Dato", "Underskrift"], ["__________", "________________________________"]]),
    ]


def signature_section(parties: list[str]) -> list:
    rows = [["Part", "Dato", "Underskrift"]] + [[p, "", ""] for p in parties]
    return [("pagebreak", None), ("h2", "Underskrifter"),
            ("p", "Aftalen er gennemgået og underskrevet af parterne. Hver part har modtaget en kopi."),
            ("table", rows)]


def mentortype_appendix(r: random.Random) -> list:
    return [
        ("pagebreak", None),
        ("h2", r.choice(["Bilag 2: Orientering om mentortyper", "Bilag: Generel information om mentorordningen"])),
        ("p", "Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats kapitel 26 (§§ 167-171). Tidligere stod reglerne i "
              "§ 31 b. Mentorstøtte er en personlig støtte, der skal hjælpe en person med at opnå eller fastholde en aktivitet, "
              "et tilbud, en uddannelse eller et job. Støtten kan gives i højst 6 måneder ad gangen og kan efter en konkret vurdering "
              "forlænges med en ny periode på op til 6 måneder."),
        ("p", "Tilbudsmentor knyttes til et tilbud eller et job og har ikke krav om ugentlig kontakt. Udvidet mentor hjælper med "
              "forhold uden for arbejdspladsen, fx struktur i hverdagen og økonomi. Uddannelsesmentor skal være i kontakt med den "
              "unge mindst hver 14. dag. Udskrivningskoordinator kan tilknyttes op til 3 måneder før udskrivning fra psykiatrisk "
              "indlæggelse og i en periode på mindst 6 måneder i alt."),
        ("p", "Mentoren må ikke udføre sine normale arbejdsopgaver i de timer, der bevilges som mentortimer, og der skal være "
              "direkte kontakt mellem mentor og borger i de bevilgede timer. Forberedelsestid tæller ikke med."),
    ]


def intro_section(kom: str, r: random.Random) -> list:
    opts = [
        f"Denne aftale er udarbejdet i samarbejde mellem dig, din sagsbehandler i {kom} og din mentor. Aftalen beskriver, "
        "hvad mentorstøtten skal føre til, hvem der gør hvad, og hvordan vi sammen holder øje med, om indsatsen virker. "
        "Læs aftalen grundigt igennem, og kontakt din sagsbehandler, hvis der er noget, du er uenig i, eller som du gerne vil have uddybet.",
        "Kommunen arbejder ud fra et helhedsorienteret syn på borgeren. Det betyder, at vi ser på hele din situation – helbred, "
        "bolig, økonomi, netværk og dine egne ønsker – når vi sammen planlægger den indsats, der skal bringe dig tættere på job "
        "eller uddannelse. Mentorstøtte er én del af den samlede indsats og skal ses i sammenhæng med dine øvrige aktiviteter.",
        "Vi lægger vægt på, at du selv er med til at sætte ord på dine mål. Undersøgelser viser, at en indsats, som borgeren selv "
        "har været med til at formulere, har bedre chancer for at lykkes. Derfor er aftalen skrevet i et sprog, som vi håber, "
        "du kan genkende dig selv i. Den erstatter ikke din jobplan i Min Plan, men supplerer den.",
    ]
    return [("p", t) for t in r.sample(opts, k=r.randint(2, 3))]


def background_section(f: str, r: random.Random, prev_period: bool) -> list:
    txt = [
        f"{f} har modtaget kontanthjælp siden foråret 2024 og er visiteret som aktivitetsparat. {f} har tidligere været i "
        "et kortere praktikforløb, som blev afbrudt på grund af fravær. Der har været en række samtaler i kontaktforløbet, "
        "hvor det er blevet tydeligt, at den største barriere er at komme af sted om morgenen og at holde overblik over aftaler.",
        f"Af lægeattest fra egen læge fremgår, at {f} har haft en periode med angst og søvnproblemer, men at tilstanden nu er "
        "stabil. Lægen vurderer, at en gradvis opstart med tæt støtte vil være hensigtsmæssig. Der er ikke aktuelt behandling i psykiatrien.",
        f"{f} fortæller selv, at det har været svært at finde rutinerne igen efter en længere periode uden arbejde, og at det "
        "vil være en hjælp at have én fast person at henvende sig til. Netværket består primært af familie, som bor i en anden by.",
    ]
    out = [("h2", r.choice(["Baggrund", "Baggrund for indsatsen", "Din situation", "Beskrivelse af borgerens situation"]))]
    out += [("p", t) for t in txt[: r.randint(2, 3)]]
    if prev_period:
        d0 = dt.date(2025, r.randint(1, 3), 1)
        out.append(("p", f"{f} har tidligere haft mentorstøtte i perioden {pdate(d0, 0)} til "
                         f"{pdate(d0 + relativedelta(months=6) - dt.timedelta(days=1), 0)}. Det forrige forløb blev afsluttet "
                         "ved en fælles evaluering, hvor det blev vurderet, at der var behov for en ny indsats med et tydeligere jobmål."))
    return out


APPEAL_GOOD = [
    "Hvis du ikke er enig i afgørelsen, kan du klage. Du skal klage til {kom} inden 4 uger efter, at du har modtaget denne "
    "{what}. Kommunen vurderer sagen igen inden 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til "
    "Ankestyrelsen, og du får besked om det.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen sendes til kommunen senest fire uger efter, at du har fået "
    "afgørelsen. Kommunen genvurderer sagen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen (jf. LAB § 204 og "
    "retssikkerhedslovens §§ 66-67). Du kan klage skriftligt eller mundtligt.",
    "Er du utilfreds med afgørelsen, kan du inden fire uger fra modtagelsen klage til Jobcenteret i {kom}. Vi ser på sagen "
    "igen, og hvis vi ikke giver dig ret, sender vi klagen videre til Ankestyrelsen.",
]
APPEAL_WRONG = "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter modtagelsen. Klagen sendes direkte til Ankestyrelsen via ast.dk."
APPEAL_EMPTY = "Du kan klage over afgørelsen."
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Hvis du er uenig i afgørelsen om befordringsgodtgørelse, "
                "kan du klage til kommunen inden 4 uger. Kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen.")


# --------------------------------------------------------------------------------------------
# Agreement fields
# --------------------------------------------------------------------------------------------

class Case:
    def __init__(self, r: random.Random, over: bool = False):
        self.r = r
        self.kom, self.adr = r.choice(KOMMUNER)
        self.afd = r.choice(AFDELINGER)
        firsts = r.sample(FIRST, k=3)
        lasts = r.sample(LAST, k=3)
        self.f, self.full = firsts[0], f"{firsts[0]} {lasts[0]}"
        self.mfirst, self.mentor = firsts[1], f"{firsts[1]} {lasts[1]}"
        self.cw = f"{firsts[2]} {lasts[2]}"
        self.firm, dom = r.choice(MENTOR_FIRMS)
        dom = dom or self.kom.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + ".dk"
        self.mphone = phone(r)
        self.mmail = f"{self.mentor.split()[0].lower()}@{dom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.cwphone = phone(r)
        self.cpr = cpr(r)
        self.start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 15, r.randint(2, 28)]))
        months = r.randint(7, 10) if over else r.randint(3, 6)
        self.end = self.start + relativedelta(months=months) - dt.timedelta(days=1)
        self.dstyle = r.randint(0, 4)
        self.hours = r.choice(["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 t/uge", "8 timer om måneden",
                               "halvanden time pr. uge", "op til 5 timer pr. uge", "2-3 timer om ugen", "i alt 48 mentortimer i perioden"])
        self.goal = r.choice(GOALS_CLEAR).format(f=self.f, w=r.choice(WORKPLACES), d=pdate(self.end, 0))
        self.tasks = [t.format(f=self.f) for t in r.sample(TASKS, k=r.randint(3, 5))]
        self.sagsnr = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(1, 999)}-{r.randint(20, 26)}"

    def period(self) -> str:
        return f"{pdate(self.start, self.dstyle)} – {pdate(self.end, self.dstyle)}"


FIELD_LABELS = {
    "goal": ["Målet med mentorstøtten", "Mål", "Formål og mål for forløbet", "Hovedmål", "Borgerens mål", "Hvad skal mentorstøtten føre til?"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktoplysninger", "Din mentor", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Aftalen gælder"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op", "Statusmøder"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}
PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "[indsæt]", "…", "Klik eller tryk her for at skrive tekst."]


def field_values(c: Case, spec: dict) -> dict:
    """spec: field -> 'ok' | 'missing' | 'placeholder' | variant names."""
    r = c.r
    v = {}
    g = spec["goal"]
    v["goal"] = {"ok": c.goal, "unclear": r.choice(GOALS_UNCLEAR).format(f=c.f)}.get(g, r.choice(PLACEHOLDERS))
    m = spec["mentor"]
    if m == "ok":
        v["mentor"] = r.choice([f"{c.mentor}, {c.firm}, tlf. {c.mphone}, {c.mmail}",
                                f"{c.mentor} ({c.firm}) – mobil {c.mphone}",
                                f"{c.mentor}, e-mail: {c.mmail}"])
    elif m == "nocontact":
        v["mentor"] = f"{c.mentor}, {c.firm}"
    else:
        v["mentor"] = r.choice(PLACEHOLDERS)
    v["tasks"] = c.tasks if spec["tasks"] == "ok" else r.choice(PLACEHOLDERS)
    d = spec["duration"]
    v["duration"] = c.period() if d in ("ok", "over") else r.choice(["indtil videre", "Udfyldes senere", "-"])
    fu = spec["follow"]
    v["follow"] = (r.choice([
        "Der holdes statusmøde med borger, mentor og sagsbehandler hver måned. Midtvejsevaluering efter 3 måneder og "
        "slutevaluering 14 dage før støtten ophører. Delmål: fremmøde mindst fire dage om ugen fra anden måned.",
        f"Mentor sender en kort skriftlig status til sagsbehandler hver 4. uge. Vi følger op på progressionen mod målet ved "
        f"en samtale fire uger før bevillingsudløb.",
        "Opfølgning hver 14. dag mellem mentor og borger; trepartssamtale hver 3. måned, hvor delmålene gennemgås."])
        if fu == "ok" else r.choice(PLACEHOLDERS))
    h = spec["hours"]
    v["hours"] = c.hours if h == "ok" else ({"vague": r.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"])}
                                            .get(h, r.choice(PLACEHOLDERS)))
    a = spec["appeal"]
    v["appeal"] = {"ok": r.choice(APPEAL_GOOD).format(kom=c.kom, what="aftale"), "wrong": APPEAL_WRONG, "empty": APPEAL_EMPTY,
                   "other": APPEAL_OTHER}.get(a, None)
    return v


def agreement_fields(c: Case, spec: dict, layout: str) -> list:
    r = c.r
    v = field_values(c, spec)
    lab = {k: r.choice(vals) for k, vals in FIELD_LABELS.items()}
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow"]
    present = [k for k in order if spec[k] != "missing"]
    out: list = []
    if layout == "table":
        rows = [["Punkt", "Indhold"]]
        for k in present:
            val = v[k]
            rows.append([lab[k], "; ".join(val) if isinstance(val, list) else val])
        out.append(("table", rows))
    elif layout in ("headings", "numbered"):
        for i, k in enumerate(present, 1):
            head = f"{i}. {lab[k]}" if layout == "numbered" else lab[k]
            out.append(("h3", head))
            val = v[k]
            if isinstance(val, list):
                if r.random() < 0.5:
                    out.append(("p", f"{c.mfirst} skal hjælpe dig med:"))
                out.append(("ul", val))
            else:
                out.append(("p", val))
    else:  # prose letter style
        for k in present:
            val = v[k]
            if k == "goal":
                out.append(("p", f"Vi har aftalt følgende mål for forløbet: {val}"))
            elif k == "mentor":
                out.append(("p", f"Din mentor er {val}." if spec["mentor"] != "placeholder" else f"Mentor: {val}"))
            elif k == "tasks":
                if isinstance(val, list):
                    out.append(("p", f"Mentoren skal hjælpe dig med at {val[0]}, {', '.join(val[1:-1])} og {val[-1]}."
                                if len(val) > 2 else f"Mentoren skal hjælpe dig med at {' og '.join(val)}."))
                else:
                    out.append(("p", f"Mentorens opgaver: {val}"))
            elif k == "duration":
                out.append(("p", f"Mentorstøtten er bevilget i perioden {val}." if spec["duration"] in ("ok", "over")
                            else f"Varighed: {val}"))
            elif k == "hours":
                out.append(("p", f"Du kan få {val} med din mentor." if spec["hours"] == "ok" else f"Timetal: {val}"))
            elif k == "follow":
                out.append(("p", val))
    if spec["appeal"] != "missing":
        out.append(("h2", lab["appeal"]))
        out.append(("p", v["appeal"]))
    return out


def agreement_doc(c: Case, spec: dict, layout: str, with_cpr: bool) -> tuple[str, list]:
    r = c.r
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb efter LAB § 167",
                      "Skriftlig aftale om mentorstøtte", "Samarbejdsaftale – mentorstøtte"])
    blocks: list = [("p", f"{c.kom} · {c.afd} · {c.adr}"), ("h1", title)]
    info = [["Borger", c.full], ["Sagsnr.", c.sagsnr], ["Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}"]]
    if with_cpr:
        info.insert(1, ["CPR-nr.", c.cpr])
    blocks.append(("table", info))
    blocks.append(("h2", r.choice(["Indledning", "Om denne aftale", "Formålet med dokumentet"])))
    blocks += intro_section(c.kom, r)
    blocks += background_section(c.f, r, prev_period=r.random() < 0.5)
    blocks.append(("h2", r.choice(["Aftalens indhold", "Selve aftalen", "Det har vi aftalt", "Aftalte punkter"])))
    blocks += agreement_fields(c, spec, layout)
    blocks.append(("h2", "Øvrige forhold"))
    blocks.append(("p", "Hvis du bliver syg eller ikke kan komme til en aftale med din mentor, skal du give besked så hurtigt "
                        "som muligt. Ændringer i aftalen skal fremgå af Min Plan. Mentoren har tavshedspligt efter "
                        "forvaltningslovens regler og må kun videregive oplysninger til kommunen, når det er nødvendigt for forløbet."))
    blocks += gdpr_section(c.kom, r)
    blocks += consent_section(c.full, r)
    blocks += signature_section([f"Borger: {c.full}", f"Mentor: {c.mentor if spec['mentor'] != 'placeholder' else ''}",
                                 f"Sagsbehandler: {c.cw}"])
    if spec["hours"] == "ok" and spec["duration"] in ("ok",) and r.random() < 0.7:
        blocks += mentortype_appendix(r)
    return title, blocks


def expected_agreement(spec: dict) -> list[str]:
    rules = []
    if spec["goal"] in ("missing", "placeholder"):
        rules.append("missing-goal")
    if spec["goal"] == "unclear":
        rules.append("unclear-goal")
    if spec["mentor"] in ("missing", "placeholder", "nocontact"):
        rules.append("missing-mentor")
    if spec["tasks"] in ("missing", "placeholder"):
        rules.append("missing-tasks")
    if spec["duration"] in ("missing", "placeholder"):
        rules.append("missing-duration")
    if spec["duration"] == "over":
        rules.append("duration-over-6-months")
    if spec["follow"] in ("missing", "placeholder"):
        rules.append("missing-follow-up")
    if spec["hours"] in ("missing", "placeholder", "vague"):
        rules.append("missing-hours")
    if spec["appeal"] in ("missing", "empty", "other"):
        rules.append("missing-appeal-guidance")
    return sorted(rules)


NEUTRAL_NOTES = [
    ("Journalnotat: Samtale i kontaktforløb", "{f} mødte til samtale til tiden. Vi talte om situationen siden sidst, herunder "
     "bolig, økonomi og helbred. {f} fortæller, at der har været en konflikt med udlejer, som nu er løst. {f} er fortsat "
     "motiveret for at komme i gang med noget praktisk arbejde og har selv været inde på Jobnet og kigge på stillinger."),
    ("Journalnotat: Udeblivelse", "{f} udeblev fra samtale. Forsøgt kontakt telefonisk uden held. Der er sendt brev i Digital "
     "Post med ny mødetid. Ingen sanktion, da der er oplysninger om helbredsmæssige forhold."),
    ("Journalnotat: Lægeattest modtaget", "LÆ 125 modtaget fra egen læge og lagt på sagen. Lægen beskriver angst og "
     "søvnforstyrrelser, som er i bedring. Intet til hinder for aktivering med støtte. Attesten er betalt via fakturaflow."),
    ("Journalnotat: Samarbejde med socialafdelingen", "Talt med bostøtten, som oplyser, at {f} får socialpædagogisk støtte efter "
     "SEL § 85. Vi aftalte at koordinere, så der ikke opstår dobbeltindsats. Samtykke foreligger."),
    ("Journalnotat: Partshøring", "Partshøring sendt til {f} vedrørende oplysningerne i sagen. Svarfrist 14 dage. {f} har "
     "ringet og bekræftet modtagelsen og har ingen bemærkninger."),
    ("Journalnotat: Ydelse", "Ydelsesafdelingen har oplyst, at der er foretaget fradrag for en enkelt dags lønindtægt. "
     "Borger er orienteret. Ingen yderligere handling i denne sag."),
    ("Journalnotat: Henvendelse fra borger", "{f} har skrevet via Digital Post og spurgt til befordringsgodtgørelse. Svaret "
     "sendt med vejledning om, hvordan der søges, og at afgørelsen herom træffes særskilt."),
    ("Journalnotat: Virksomhedskontakt", "Virksomhedskonsulent har været i dialog med en mulig praktikvirksomhed i lokalområdet. "
     "Virksomheden er positiv over for at tage en praktikant med særlige behov og vender tilbage efter ferien."),
]


def neutral_notes(c: "Case", start: dt.date, k: int) -> list:
    b: list = []
    for i, (h, t) in enumerate(c.r.sample(NEUTRAL_NOTES, k=k)):
        b += [("h2", f"{pdate(start + dt.timedelta(days=6 * i), 1)} – {h}"), ("p", t.format(f=c.f)),
              ("p", f"Oprettet af: {c.cw} · Dokumenttype: Notat · Journalnr. {c.r.randint(100, 999)}")]
    return b


def journal_print_with_agreement(c: Case, spec: dict, with_cpr: bool) -> tuple[str, list]:
    """A case-file print: several journal entries; the core entry is the agreement itself, pasted in."""
    r = c.r
    title = "Sagsudskrift – journal og dokumenter"
    hdr = [["Sag", f"{c.sagsnr} Mentorstøtte – {c.full}"], ["Udskrevet", f"{pdate(c.start - dt.timedelta(days=3), 1)} af {c.cw}"]]
    if with_cpr:
        hdr.append(["CPR", c.cpr])
    b: list = [("p", f"{c.kom} – {c.afd}"), ("h1", title), ("table", hdr)]
    d = c.start - dt.timedelta(days=30)
    notes = [
        ("Journalnotat: Samtale i kontaktforløb", f"{c.f} mødte til samtale. Vi talte om situationen siden sidst. {c.f} oplever, "
         "at det er svært at holde fast i aftaler. Vi aftalte at undersøge muligheden for mentorstøtte. Sagsbehandler kontakter leverandør."),
        ("Journalnotat: Telefonopkald til leverandør", f"Talt med {c.firm} om ledig kapacitet. De kan starte inden for 14 dage."),
        ("Journalnotat: Lægeattest modtaget", "LÆ 125 modtaget fra egen læge og lagt på sagen. Intet til hinder for praktik med støtte."),
    ]
    b += neutral_notes(c, d - dt.timedelta(days=60), 6)
    for i, (h, t) in enumerate(notes):
        b += [("h2", f"{pdate(d + dt.timedelta(days=7 * i), 1)} – {h}"), ("p", t), ("p", f"Oprettet af: {c.cw}")]
    b.append(("pagebreak", None))
    b.append(("h2", f"{pdate(c.start - dt.timedelta(days=2), 1)} – Dokument: Aftale om mentorstøtte (sendt til e-Boks)"))
    b.append(("p", f"Aftale om mentorstøtte for {c.full}, indgået mellem borger, mentor og {c.kom}."))
    b += agreement_fields(c, spec, r.choice(["table", "headings"]))
    b += [("h2", f"{pdate(c.start + dt.timedelta(days=20), 1)} – Journalnotat: Opstartsmøde afholdt"),
          ("p", f"Opstartsmøde afholdt med {c.f} og mentor. Aftalen blev gennemgået, og {c.f} har ikke spørgsmål."),
          ("p", "Notatet er udarbejdet efter offentlighedslovens § 13 om notatpligt.")]
    b += neutral_notes(c, c.start + dt.timedelta(days=25), 2)
    b += gdpr_section(c.kom, r)[:2]
    return title, b


# --------------------------------------------------------------------------------------------
# Decisions
# --------------------------------------------------------------------------------------------

def decision_doc(c: Case, dtype: str, appeal: str, over: bool, reasons: bool, bilag: bool, with_cpr: bool) -> tuple[str, list, dict]:
    r = c.r
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte", "stop": "Afgørelse om ophør af mentorstøtte",
             "ext": "Afgørelse om forlængelse af mentorstøtte"}[dtype]
    b: list = [("p", f"{c.kom}\n{c.afd}\n{c.adr}"), ("p", f"{c.full}\nSendt via Digital Post"),
               ("p", f"Dato: {pdate(c.start - dt.timedelta(days=r.randint(5, 14)), 0)}\nSagsnr.: {c.sagsnr}")]
    if with_cpr:
        b.append(("p", f"CPR-nr.: {c.cpr}"))
    b.append(("h1", title))
    b.append(("p", f"Kære {c.f}"))
    if dtype in ("grant", "ext"):
        b.append(("p", f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter lov om en aktiv "
                       f"beskæftigelsesindsats § 167 i perioden {c.period()}. Du får {c.hours} med din mentor, {c.mentor} fra {c.firm}."
                       if dtype == "grant" else
                       f"Vi har besluttet at forlænge din mentorstøtte i en ny periode {c.period()} efter LAB § 167, stk. 1, 2. pkt."))
    elif dtype == "partial":
        b.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Vi har givet dig delvis bevilling: "
                       f"mentorstøtte i perioden {c.period()} med {c.hours}."))
    elif dtype == "refusal":
        b.append(("p", "Du har søgt om mentorstøtte i 9 måneder. Vi har givet dig afslag på mentorstøtte."))
    else:
        b.append(("p", f"Vi har besluttet, at din mentorstøtte ophører med virkning fra {pdate(c.start, 0)}."))
    if reasons:
        b.append(("h2", r.choice(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])))
        reas = [
            "Vi har lagt vægt på, at du ifølge lægeattesten og dine egne oplysninger har brug for tæt støtte for at kunne "
            "deltage stabilt i virksomhedspraktik, og at mentorstøtte vurderes at kunne fremme, at du opnår og fastholder tilbuddet, "
            "jf. LAB § 167, stk. 1.",
            "Vi har desuden lagt vægt på, at målet med støtten er rettet mod beskæftigelse, og at timetallet er fastsat ud fra en "
            "konkret vurdering af dit behov. Der er taget højde for, at du samtidig modtager støtte efter serviceloven, og mentorstøtten "
            "går ikke ud over det, som den anden støtte dækker.",
            "Ved vurderingen har vi inddraget din mentors statusrapport, referatet fra trepartsmødet og dine egne bemærkninger, som "
            "du er kommet med ved partshøringen. Du har i partshøringen oplyst, at du ønsker en længere periode. Efter loven kan "
            "mentorstøtte kun gives i højst 6 måneder ad gangen, og vi kan derfor ikke imødekomme dette.",
            "Vi har vurderet, at du på nuværende tidspunkt deltager stabilt i din uddannelse uden behov for yderligere støtte. "
            "Skolens elevcoach og SPS-støtten dækker det behov, du har beskrevet, og mentorstøtte efter LAB skal gå ud over det, "
            "skolen normalt tilbyder.",
        ]
        picks = [reas[0], reas[1], reas[2]] if dtype in ("grant", "ext", "partial") else [reas[3], reas[2]]
        for t in picks:
            b.append(("p", t))
        b.append(("h2", "Regler"))
        b.append(("p", "Afgørelsen er truffet efter §§ 167-171 i lov om en aktiv beskæftigelsesindsats (LBK nr. 280 af 1. marts "
                       "2024 med senere ændringer) og bekendtgørelse om en aktiv beskæftigelsesindsats kapitel 17. Reglerne er "
                       "gengivet i bilaget sidst i brevet."))
    b.append(("h2", "Partshøring"))
    b.append(("p", "Du er blevet partshørt over de oplysninger, vi har lagt vægt på, ved brev af en tidligere dato. Vi har "
                   "modtaget dine bemærkninger og har inddraget dem i vurderingen."))
    b.append(("h2", "Hvad sker der nu?"))
    if dtype in ("grant", "ext", "partial"):
        b.append(("p", f"Din mentor kontakter dig inden for en uge for at aftale det første møde. Mentorens opgaver, målet og "
                       "opfølgningen beskrives i Min Plan. Du kan altid kontakte din sagsbehandler, {}, på tlf. {}.".format(c.cw, c.cwphone)))
    else:
        b.append(("p", f"Du fortsætter i dit nuværende forløb. Kontakt din sagsbehandler {c.cw} på tlf. {c.cwphone}, hvis du har spørgsmål."))
    # appeal sections
    if appeal not in ("other", "missing"):
        b.append(("h2", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"])))
    if appeal == "ok":
        b.append(("p", r.choice(APPEAL_GOOD).format(kom=c.kom, what="afgørelse")))
        b.append(("p", "Du kan få hjælp til at klage hos din sagsbehandler. Det koster ikke noget at klage. Vi anbefaler, at du "
                       "skriver, hvad du er uenig i, og vedlægger de oplysninger, du mener, vi ikke har taget højde for."))
    elif appeal == "wrong":
        b.append(("p", APPEAL_WRONG))
    elif appeal == "empty":
        b.append(("p", APPEAL_EMPTY + " Kontakt os, hvis du har spørgsmål."))
    if appeal in ("ok", "other", "wrong", "empty") and r.random() < 0.8 or appeal == "other":
        b.append(("h2", "Klagevejledning vedrørende befordringsgodtgørelse"))
        b.append(("p", APPEAL_OTHER.split(": ", 1)[1]))
    b.append(("h2", "Aktindsigt"))
    b.append(("p", "Du har ret til at se de dokumenter, der indgår i din sag, jf. forvaltningslovens § 9. Kontakt din sagsbehandler."))
    b += gdpr_section(c.kom, r)
    b.append(("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler, {c.afd}"))
    if bilag:
        b.append(("pagebreak", None))
        b.append(("h1", "Bilag 1: Aftale om mentorstøtte"))
        spec = {k: "ok" for k in ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]}
        spec["appeal"] = "missing"  # the letter's own appeal section covers the agreement
        b += agreement_fields(c, spec, r.choice(["table", "headings"]))
    b.append(("pagebreak", None))
    b.append(("h2", "Bilag: Lovgrundlag"))
    b.append(("p", "§ 167. Med henblik på at fremme, at en person kan opnå eller fastholde aktiviteter, tilbud, ordinær uddannelse, "
                   "ansættelse i fleksjob eller ordinær ansættelse, kan der gives mentorstøtte i en periode på højst 6 måneder. "
                   "Personerne kan efter en konkret vurdering gives mentorstøtte i en ny periode på op til 6 måneder ved udløb af en periode."))
    b.append(("p", "Stk. 2. Personer omfattet af § 6, der udskrives efter indlæggelse på psykiatrisk afdeling, har ret til "
                   "mentorstøtte i op til 3 måneder forud for udskrivelsen og i en periode på mindst 6 måneder i alt."))
    rules = []
    if appeal in ("missing", "empty", "other"):
        rules.append("missing-appeal-guidance")
    if over and dtype in ("grant", "ext", "partial"):
        rules.append("duration-over-6-months")
    extras = []
    if appeal == "wrong":
        extras.append("appeal-wrong-route")
    if not reasons and dtype in ("partial", "refusal", "stop"):
        extras.append("missing-reasons")
    return title, b, {"rules": sorted(rules), "extras": extras}


# --------------------------------------------------------------------------------------------
# Min Plan prints
# --------------------------------------------------------------------------------------------

def minplan_doc(c: Case, spec: dict, with_cpr: bool) -> tuple[str, list]:
    r = c.r
    title = "Min Plan"
    b: list = [("p", f"Udskrevet fra Jobnet {pdate(c.start, 1)} · {c.kom}"), ("h1", title),
               ("table", [["Navn", c.full]] + ([["CPR-nummer", c.cpr]] if with_cpr else []) +
                [["Målgruppe", "Aktivitetsparat kontanthjælpsmodtager"], ["Din kontaktperson i kommunen", f"{c.cw}, {c.cwphone}"]])]
    b.append(("h2", "Mit mål"))
    b.append(("p", "Her kan du se det overordnede mål for din indsats, som du og din sagsbehandler har aftalt."))
    b.append(("p", f"Jobmål: {r.choice(['Lagermedarbejder', 'Pædagogmedhjælper', 'Kantinemedarbejder', 'Chauffør'])}. "
                   "Jeg vil gerne arbejde med noget praktisk og have faste arbejdstider."))
    b.append(("h2", "Mine aktiviteter"))
    b.append(("table", [["Aktivitet", "Periode", "Status"],
                        ["Virksomhedspraktik, " + r.choice(WORKPLACES), f"{pdate(c.start, 1)} - {pdate(c.start + relativedelta(months=3), 1)}", "Planlagt"],
                        ["Samtale i kontaktforløb", pdate(c.start + dt.timedelta(days=30), 1), "Planlagt"],
                        ["CV-samtale", pdate(c.start - dt.timedelta(days=40), 1), "Gennemført"]]))
    b.append(("h2", "Mentorstøtte"))
    v = field_values(c, spec)
    rows = []
    for k, lab in [("goal", "Formål med mentorstøtten"), ("mentor", "Mentor"), ("tasks", "Mentor skal hjælpe med"),
                   ("duration", "Periode"), ("hours", "Timer")]:
        if spec[k] == "missing":
            continue
        val = v[k]
        rows.append([lab, "; ".join(val) if isinstance(val, list) else val])
    b.append(("table", rows))
    b.append(("h2", "Mine samtaler"))
    b.append(("table", [["Dato", "Type", "Med"]] + [[pdate(c.start - dt.timedelta(days=28 * i), 1), t, c.cw]
                        for i, t in enumerate(["Samtale i kontaktforløb", "Fællessamtale", "Samtale i kontaktforløb",
                                               "Opfølgningssamtale", "Første samtale"])]))
    b.append(("h2", "Min profil"))
    b += discuss(c, 3)
    b.append(("h2", "Mit CV"))
    b.append(("ul", ["Folkeskolens afgangseksamen", "Fritidsjob i supermarked (2 år)", "Produktionsskole, træværksted",
                     "Truckcertifikat (A)"]))
    b.append(("h2", "Min ydelse"))
    b.append(("p", "Du modtager kontanthjælp. Din ydelse udbetales den sidste bankdag i måneden. Har du spørgsmål om din "
                   "ydelse, skal du kontakte Ydelsesservice. Ændringer i din økonomi skal du oplyse om med det samme."))
    b.append(("h2", "Dine rettigheder og pligter"))
    b.append(("p", "Når du modtager kontanthjælp, skal du stå til rådighed for arbejdsmarkedet i det omfang, du kan. Du skal "
                   "møde til samtaler og deltage i de aktiviteter, der står i din plan. Hvis du er syg, skal du melde dig syg "
                   "før mødetidspunktet. Du skal tjekke din Min Plan og Digital Post jævnligt. Hvis du ikke overholder dine "
                   "pligter, kan det få betydning for din ydelse. Du får altid en skriftlig afgørelse med klagevejledning, "
                   "hvis vi træffer afgørelse om sanktion."))
    b.append(("h2", "Mine jobsøgningsaktiviteter"))
    b.append(("p", "Du skal ikke søge job i øjeblikket. Det skyldes, at du er aktivitetsparat. Vi vil løbende vurdere det."))
    b.append(("h2", "Mine dokumenter"))
    b.append(("ul", ["Lægeattest LÆ 125", "Referat af trepartsmøde", "Afgørelse om mentorstøtte", "Samtykkeerklæring"]))
    b.append(("h2", "Mine tilbud og bevillinger"))
    b.append(("p", "Her ser du de tilbud, du er bevilget. Hvert tilbud har sin egen afgørelse, som er sendt til dig i Digital "
                   "Post. Hvis du er uenig i en afgørelse, står det i afgørelsen, hvordan du klager."))
    b.append(("h2", "Helbred og trivsel"))
    b += discuss(c, 2)
    b.append(("h2", "Sådan bruger du Min Plan"))
    b.append(("p", "Min Plan er din plan for, hvad du skal i gang med. Planen bliver opdateret, når du og din sagsbehandler "
                   "aftaler noget nyt. Du kan altid se den på Jobnet eller i appen. Ændringer i timetallet eller formålet med "
                   "mentorstøtten skal fremgå af Min Plan."))
    return title, b


def expected_minplan(spec: dict) -> list[str]:
    rules = expected_agreement(dict(spec, follow="ok", appeal="ok"))
    return rules


# --------------------------------------------------------------------------------------------
# None of the kinds
# --------------------------------------------------------------------------------------------

DISCUSS = [
    "{f} beskrev, hvordan en almindelig uge ser ud. Det er især morgenerne, der er svære, og {f} har flere gange måttet "
    "melde afbud til aftaler, fordi det ikke lykkedes at komme ud af døren. Til gengæld går det bedre, når der er en fast "
    "aftale med en anden person, som venter.",
    "Der blev talt om transport. {f} har ikke kørekort og er afhængig af bus. Turen til de relevante arbejdspladser tager "
    "mellem 30 og 50 minutter, og {f} har tidligere oplevet at blive utryg i fyldte busser.",
    "Økonomien er stram, men stabil. Der er en aftale med kommunens gældsrådgivning, og {f} har fået overblik over de faste "
    "udgifter. Der er ikke aktuelt restancer på husleje eller el.",
    "Helbredsmæssigt oplever {f} at være i bedring. Medicinen er justeret, og søvnen er blevet bedre. {f} går fortsat til "
    "samtaler hos psykolog via egen læge, og det fortsætter uafhængigt af beskæftigelsesindsatsen.",
    "{f} har gode erfaringer fra et tidligere fritidsjob i et supermarked og fra et kort forløb på en produktionsskole. "
    "{f} fremhæver selv, at det praktiske arbejde og de faste rammer var det, der fungerede.",
    "Netværket består af en søster og to venner fra skoletiden. {f} ønsker ikke, at familien inddrages i forløbet, hvilket "
    "blev respekteret.",
]


def discuss(c: "Case", k: int) -> list:
    return [("p", t.format(f=c.f)) for t in c.r.sample(DISCUSS, k=k)]


def referat_doc(c: Case, with_cpr: bool) -> tuple[str, list]:
    r = c.r
    title = r.choice(["Referat af trepartsmøde", "Referat – opstartsmøde om mentorforløb", "Mødereferat: trepartssamtale"])
    b: list = [("p", f"{c.kom} · {c.afd}"), ("h1", title),
               ("table", [["Dato", pdate(c.start - dt.timedelta(days=10), 0)], ["Sted", "Jobcentret, mødelokale 3"],
                          ["Deltagere", f"{c.full} (borger), {c.mentor} (mentor, {c.firm}), {c.cw} (sagsbehandler)"],
                          ["Referent", c.cw]] + ([["CPR", c.cpr]] if with_cpr else []))]
    b.append(("h2", "Dagsorden"))
    b.append(("ol", ["Velkomst og præsentation", "Status på situationen", "Mål for mentorforløbet", "Mentorens opgaver",
                     "Periode, timetal og opfølgning", "Eventuelt"]))
    b.append(("h2", "1. Velkomst og præsentation"))
    b.append(("p", f"{c.cw} bød velkommen. Mentor {c.mentor} præsenterede sig selv og {c.firm} og fortalte om sin baggrund som "
                   "socialrådgiver. Borger fortalte kort om sig selv."))
    b.append(("p", "Sagsbehandler gennemgik formålet med mødet: at blive enige om, hvad et mentorforløb skal føre til, og hvordan "
                   "samarbejdet skal foregå. Det blev understreget, at borgeren selv er med til at bestemme indholdet."))
    b.append(("h2", "2. Status"))
    b.append(("p", f"{c.f} har været i kontaktforløb siden sidste år. Der er fortsat udfordringer med fremmøde og søvn. "
                   f"{c.f} ønsker at komme i praktik og har selv foreslået {r.choice(WORKPLACES)}."))
    b += discuss(c, 4)
    b.append(("h2", "3. Mål for mentorforløbet"))
    b.append(("p", f"Det blev drøftet, at målet kunne være: {c.goal} {c.f} var enig, men ønskede en langsommere opstart."))
    b.append(("h2", "4. Mentorens opgaver"))
    b.append(("ul", c.tasks))
    b.append(("h2", "5. Periode, timetal og opfølgning"))
    b.append(("p", f"Sagsbehandler indstiller til en periode {c.period()} med {c.hours}. Mentor kan kontaktes på tlf. {c.mphone}. "
                   "Der holdes statusmøde hver måned. Sagsbehandler træffer afgørelse og sender den skriftlige aftale med "
                   "klagevejledning til borger i Digital Post."))
    b.append(("p", "Der var enighed om, at opstarten skal være gradvis, og at mentor i de første uger prioriterer at etablere "
                   "en fast mødestruktur. Mentor gjorde opmærksom på, at timerne skal bruges i direkte kontakt med borgeren."))
    b.append(("h3", "Opgaveliste"))
    b.append(("table", [["Hvem", "Hvad", "Hvornår"], [c.cw, "Træffer afgørelse og sender aftale", "Inden for en uge"],
                        [c.mentor, "Aftaler første møde med borger", "Inden opstart"],
                        [c.full, "Kontakter egen læge om attest", "Inden næste møde"]]))
    b.append(("h2", "6. Eventuelt"))
    b.append(("p", "Intet. Næste møde aftales af mentor. Referatet sendes til deltagerne, som kan komme med bemærkninger inden en uge."))
    b.append(("p", "Referatet er ikke en afgørelse og kan ikke påklages. Afgørelsen om mentorstøtte sendes særskilt."))
    b.append(("pagebreak", None))
    b.append(("h2", "Bilag: Baggrundsnotat til mødet"))
    b += background_section(c.f, r, prev_period=True)[1:]
    b += discuss(c, 2)
    b += gdpr_section(c.kom, r)
    return title, b


def rehab_doc(c: Case, with_cpr: bool) -> tuple[str, list]:
    r = c.r
    sel = r.random() < 0.5
    title = "Handleplan efter servicelovens § 141" if sel else "Rehabiliteringsplan – indsatsdel"
    b: list = [("p", f"{c.kom}"), ("h1", title),
               ("table", [["Borger", c.full]] + ([["CPR-nr.", c.cpr]] if with_cpr else []) + [["Udarbejdet af", c.cw]])]
    secs = ["Formål med planen", "Helbred og trivsel", "Bolig og økonomi", "Netværk", "Uddannelse og beskæftigelse"]
    b.append(("h2", "Borgerens egne mål"))
    b.append(("p", f"{c.f} ønsker at få et arbejde med faste rammer og at kunne klare sig selv økonomisk. På kort sigt vil "
                   f"{c.f} gerne have styr på søvnen og kunne møde op tre dage om ugen."))
    b.append(("h2", "Tidligere indsatser"))
    b.append(("table", [["Indsats", "Periode", "Resultat"],
                        ["Virksomhedspraktik", "2024", "Afbrudt efter 3 uger pga. fravær"],
                        ["Mentorstøtte", "2025", "Afsluttet efter plan"],
                        ["Danskuddannelse / FVU", "2023", "Gennemført trin 2"]]))
    for s in secs:
        b.append(("h2", s))
        b += discuss(c, 2)
        b.append(("p", f"Under dette tema er {c.f}s situation beskrevet ud fra samtaler og indhentede oplysninger. "
                       f"{c.f} oplever fremgang, men har fortsat brug for støtte. Ressourcer: motiveret, god til praktisk arbejde. "
                       "Udfordringer: svingende energi, svært ved nye sammenhænge og transport."))
    b.append(("h2", "Indsatser"))
    b.append(("table", [["Indsats", "Lovgrundlag", "Periode", "Ansvarlig"],
                        ["Socialpædagogisk støtte", "SEL § 85", "løbende", "Socialafdelingen"],
                        ["Mentorstøtte", "LAB § 167", c.period(), c.cw],
                        ["Psykologsamtaler", "SUL § 69", "10 samtaler", "Egen læge"],
                        ["Virksomhedspraktik", "LAB kap. 11", "efter aftale", c.cw]]))
    b.append(("h2", "Mentorstøtte"))
    b.append(("p", f"Mentor ({c.mentor}, {c.firm}, tlf. {c.mphone}) skal hjælpe med {', '.join(c.tasks[:2])}. "
                   f"Omfang {c.hours}. Afgørelse og aftale om mentorstøtte træffes særskilt af kommunen."))
    b.append(("h2", "Opfølgning på planen"))
    b.append(("p", "Planen følges op mindst hver 6. måned eller når der sker væsentlige ændringer. Borgeren kan klage over "
                   "afgørelser om de enkelte indsatser; klagevejledning følger med hver afgørelse. Planen selv kan ikke påklages."))
    b.append(("h2", "Borgerens bemærkninger"))
    b.append(("p", f"{c.f}: 'Jeg er glad for, at der er en plan, og jeg vil gerne i gang med praktik.'"))
    return title, b


def journal_unknown(c: Case, with_cpr: bool) -> tuple[str, list]:
    r = c.r
    title = "Journaludskrift"
    b: list = [("p", f"{c.kom} · Sagsnr. {c.sagsnr}"), ("h1", title), ("p", f"Sag: Mentorstøtte – {c.full}" + (f" ({c.cpr})" if with_cpr else ""))]
    d = c.start + dt.timedelta(days=30)
    entries = [
        ("Statusrapport fra mentor modtaget", f"Mentor {c.mentor} oplyser, at {c.f} har mødt til 7 ud af 8 aftaler. "
         f"Der er brugt 11 timer i perioden. {c.f} er startet i praktik og trives. Næste statusmøde om en måned."),
        ("Telefonnotat", f"{c.f} ringede og ønskede at flytte mødet. Nyt møde aftalt."),
        ("Faktura fra leverandør", f"Faktura fra {c.firm} på 18 mentortimer à 450 kr. godkendt til betaling."),
        ("Midtvejsevaluering", "Trepartssamtale afholdt. Delmål om fremmøde er nået. Mentorstøtten fortsætter uændret som aftalt."),
        ("Partshøring sendt", "Partshøring om mulig forlængelse sendt i Digital Post. Svarfrist 14 dage."),
    ]
    b += neutral_notes(c, d - dt.timedelta(days=90), 8)
    for i, (h, t) in enumerate(entries):
        b += [("h2", f"{pdate(d + dt.timedelta(days=12 * i), 1)} {h}"), ("p", t), ("p", f"Journalført af {c.cw}")]
    b.append(("h2", "Dokumentliste"))
    b.append(("table", [["Dato", "Titel", "Type"]] + [[pdate(d + dt.timedelta(days=9 * i), 1), t, "Indgående" if i % 2 else "Udgående"]
                        for i, t in enumerate(["Afgørelse om mentorstøtte", "Aftale om mentorstøtte", "Statusrapport 1",
                                               "Faktura 2026-114", "Statusrapport 2", "Referat af midtvejsevaluering"])]))
    return title, b


def long_none_doc(kind: str, r: random.Random) -> tuple[str, list]:
    kom, adr = r.choice(KOMMUNER)
    if kind == "kvalitet":
        title = f"Kvalitetsstandard for mentorstøtte {r.choice([2025, 2026])} – {kom}"
    elif kind == "vejledning":
        title = r.choice(["Intern vejledning: sagsbehandling af mentorstøtte", "Arbejdsgangsbeskrivelse – mentorstøtte efter LAB § 167"])
    elif kind == "aarsrapport":
        title = f"Årsrapport {r.choice([2024, 2025])}: Mentorindsatsen i {kom}"
    else:
        title = f"Udbudsmateriale – Rammeaftale om levering af mentorstøtte ({kom})"
    b: list = [("p", kom), ("h1", title)]
    secs = {
        "kvalitet": [
            ("Lovgrundlag", "Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats §§ 167-171 og BAB kapitel 17. "
                            "Mentorstøtte kan gives i højst 6 måneder ad gangen, og der kan efter en konkret vurdering gives en ny "
                            "periode på op til 6 måneder."),
            ("Målgruppe", "Alle målgrupper i LAB § 6 kan få mentorstøtte, hvis støtten kan fremme, at borgeren opnår eller fastholder "
                          "aktiviteter, tilbud, uddannelse eller job. Pensionister uden et job- eller uddannelsesmål er ikke omfattet."),
            ("Serviceniveauer", "Niveau 1: 0-1 time pr. uge, evaluering hver 3. måned. Niveau 2: 1-2 timer pr. uge, evaluering hver "
                                "måned. Niveau 3: mere end 2 timer pr. uge, evaluering hver måned. På alle niveauer evalueres 14 dage "
                                "før støtteperioden ophører, sammen med borgeren."),
            ("Den skriftlige aftale", "Der indgås en skriftlig aftale mellem borger, mentor og kommunen. Aftalen skal indeholde: "
                                      "målet med mentorstøtten; mentorens navn og kontaktdata; hvilke opgaver mentoren skal bistå "
                                      "ved; varigheden af aftalen og opfølgning – inklusiv mål for progression; timetallet; klagevejledning."),
            ("Klageadgang", "Borgeren kan klage over afgørelsen inden 4 uger til kommunen, som genvurderer sagen. Fastholdes "
                            "afgørelsen, sendes klagen til Ankestyrelsen."),
            ("Opfølgning på standarden", "Kvalitetsstandarden revideres hvert andet år og godkendes af Arbejdsmarkedsudvalget."),
        ],
        "vejledning": [
            ("Formål med vejledningen", "Vejledningen beskriver, hvordan du som sagsbehandler bevilger, dokumenterer og følger op på "
                                        "mentorstøtte. Den supplerer STAR's vejledning om mentorordningen."),
            ("Trin 1: Vurdering af behov", "Vurder, om borgeren har brug for mentorstøtte for at kunne deltage i en aktivitet eller "
                                           "fastholde job eller uddannelse. Tjek først, om skolens elevcoach eller SPS dækker behovet."),
            ("Trin 2: Afgørelse", "Træf afgørelse i fagsystemet med skabelonen 'Afgørelse om mentorstøtte'. Perioden må højst være "
                                  "6 måneder. Husk begrundelse ved delvis bevilling og afslag, og husk klagevejledningen: borgeren "
                                  "klager til kommunen inden 4 uger, ikke direkte til Ankestyrelsen."),
            ("Trin 3: Aftalen", "Udfyld aftaleskabelonen: mål (job- eller uddannelsesrettet, SMART), mentorens navn og telefon, "
                                "opgaver, periode (fx 1. marts 2026 – 31. august 2026), timetal pr. uge (fx 3 timer), opfølgning."),
            ("Trin 4: Min Plan", "Overfør mål, mentor, opgaver, varighed og timetal til Min Plan (BAB § 52)."),
            ("Trin 5: Opfølgning", "Indhent status fra mentor hver måned. Midtvejsevaluering efter 3 måneder. Evaluering senest "
                                   "14 dage før ophør. Ved forlængelse: ny konkret vurdering og ny afgørelse for højst 6 måneder."),
            ("Typiske fejl", "Mål som 'støtte til trivsel' er ikke klare mål. 'Efter behov' er ikke et timetal. En periode fra "
                             "1. februar til 31. oktober er over 6 måneder og skal deles."),
        ],
        "aarsrapport": [
            ("Resumé", "I året har 412 borgere modtaget mentorstøtte, mod 377 året før. Den gennemsnitlige periode var 4,8 måneder, "
                       "og det gennemsnitlige timetal var 2,6 timer pr. uge."),
            ("Forløb og resultater", "58 % af forløbene sluttede med, at borgeren var i job, uddannelse eller et ordinært tilbud. "
                                     "Forløb på 6 måneder med mindst 3 timer om ugen havde de bedste resultater."),
            ("Leverandører", "Indsatsen blev leveret af kommunens mentorkorps (61 %) og tre eksterne leverandører. Samlet blev der "
                             "afregnet 38.900 mentortimer."),
            ("Klager", "Der blev modtaget 14 klager over afgørelser om mentorstøtte. 11 blev fastholdt ved genvurderingen og sendt "
                       "til Ankestyrelsen; Ankestyrelsen stadfæstede 9. Klagefristen på 4 uger blev overholdt i alle sager."),
            ("Revision", "STAR's fokusrevision pegede på manglende dokumentation af formål og mentorens opgaver. Kommunen har "
                         "indført en ny aftaleskabelon med felter for mål, mentor, opgaver, periode, timetal, opfølgning og klagevejledning."),
            ("Fokus i det kommende år", "Flere forløb skal have SMARTe mål, og opfølgningen skal ske hver måned."),
        ],
        "udbud": [
            ("Indledning", f"{kom} udbyder hermed en rammeaftale om levering af mentorstøtte efter LAB § 167 som offentligt udbud efter "
                           "udbudslovens afsnit II. Rammeaftalen løber i 2 år med option på forlængelse 2 x 12 måneder."),
            ("Kravspecifikation", "Leverandøren skal kunne levere mentorstøtte på 1-10 timer pr. uge pr. borger i forløb på op til 6 "
                                  "måneder. Mentoren skal have kontakt med borgeren mindst hver 14. dag og sende status hver måned."),
            ("Dokumentation", "For hvert forløb foreligger en aftale med mål, mentorens navn og kontaktdata, opgaver, periode, timetal "
                              "og opfølgning. Leverandøren dokumenterer direkte kontakt i de fakturerede timer (BAB § 123)."),
            ("Tildelingskriterier", "Kvalitet 60 %, pris 40 %. Tilbudsgivere skal beskrive metode, kompetencer og opfølgning."),
            ("Klage over udbuddet", "Klage over udbuddet indgives til Klagenævnet for Udbud inden for de frister, der følger af "
                                    "lov om Klagenævnet for Udbud; standstill-perioden er 10 kalenderdage."),
            ("Tidsplan", "Spørgefrist 3 uger før tilbudsfristen. Forventet kontraktstart 1. marts 2027."),
        ],
    }[kind]
    for h, t in secs:
        b.append(("h2", h))
        b.append(("p", t))
        # make it long: extra discussion paragraphs
        for _ in range(r.randint(2, 4)):
            b.append(("p", r.choice([
                "Erfaringerne viser, at et tæt samarbejde mellem mentor, sagsbehandler og borger er afgørende. Det gælder både i "
                "opstarten, hvor mål og opgaver aftales, og ved evalueringen, hvor progressionen vurderes.",
                "Mentorstøtte skal ses i sammenhæng med borgerens øvrige indsatser, fx virksomhedspraktik, løntilskud, "
                "uddannelse eller indsatser efter serviceloven. Der må ikke ske dobbeltkompensation.",
                "Det er vigtigt, at timetallet fastsættes ud fra en konkret vurdering af behovet, og at ændringer i timetal eller "
                "formål fremgår af Min Plan. Ved ret- og pligtmentor skal der være jævnlig kontakt.",
                "Pr. 1. februar 2026 er betegnelsen 'jobcenteret' i loven erstattet af 'kommunen'. Skabeloner og breve er opdateret.",
                "Udskrivningskoordinator efter LAB § 167, stk. 2, kan gives op til 3 måneder før udskrivning og mindst 6 måneder i "
                "alt. Det er en ret for borgeren, ikke en pligt.",
            ])))
    b.append(("pagebreak", None))
    b.append(("h2", "Bilag: Eksempel på udfyldt skema (fiktivt)"))
    b.append(("table", [["Felt", "Eksempel"], ["Mål", "Borgeren er i praktik 15 timer om ugen senest 1. juni"],
                        ["Mentor", "Navn, telefon, e-mail"], ["Opgaver", "Følges til praktik; ugentlig samtale"],
                        ["Periode", "1. marts – 31. august"], ["Timetal", "3 timer pr. uge"], ["Opfølgning", "Hver måned"]]))
    return title, b


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def _field(run, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", instr), ("w:fldChar", "separate"), ("w:t", "1"),
                      ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), attr)
        else:
            el.text = attr
            if tag == "w:instrText":
                el.set(qn("xml:space"), "preserve")
        run._r.append(el)


def write_docx(path: Path, blocks: list, running: str | None = None) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    if running:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = running
        fp = sec.footer.paragraphs[0]
        fp.add_run("Side ")
        _field(fp.add_run(), "PAGE")
        fp.add_run(" af ")
        _field(fp.add_run(), "NUMPAGES")
    for kind, val in blocks:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            p = d.add_paragraph()
            lines = val.split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                if i < len(lines) - 1:
                    run.add_break()
        elif kind in ("ul", "ol"):
            for it in val:
                d.add_paragraph(it, style="List Bullet" if kind == "ul" else "List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))


def write_odt(path: Path, blocks: list) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem, LineBreak
    doc = OpenDocumentText()
    bold = Style(name="Heading", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.styles.addElement(bold)
    pb = Style(name="PB", family="paragraph")
    pb.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(pb)
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            doc.text.addElement(H(outlinelevel=int(kind[1]), stylename=bold, text=val))
        elif kind == "p":
            p = P()
            for i, ln in enumerate(val.split("\n")):
                if i:
                    p.addElement(LineBreak())
                p.addText(ln)
            doc.text.addElement(p)
        elif kind in ("ul", "ol"):
            lst = List()
            for it in val:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(val[0])))
            for row in val:
                tr = TableRow()
                for cell in row:
                    tc = TableCell()
                    tc.addElement(P(text=cell))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif kind == "pagebreak":
            doc.text.addElement(P(stylename=pb, text=""))
    doc.save(str(path))


def write_html(path: Path, blocks: list, title: str, r: random.Random) -> None:
    import html
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">", f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial} .sag{color:#555}</style>",
           "<script>window.dataLayer=[];function trackPrint(){dataLayer.push({event:'print', mål:'Mentor'})}</script>",
           "</head><body>", "<nav><a href=\"#\">Forside</a> | <a href=\"#\">Sager</a> | <a href=\"#\">Udskriv</a></nav>",
           "<div class=\"document\"><div class=\"content\">"]
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append(f"<{kind}>{e(val)}</{kind}>")
        elif kind == "p":
            out.append("<p>" + "<br>".join(e(x) for x in val.split("\n")) + "</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "table":
            if len(val[0]) == 2 and r.random() < 0.5 and val[0][0] not in ("Punkt", "Felt", "Dato"):
                out.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in val) + "</dl>")
            else:
                out.append("<table border=\"1\">" + "".join(
                    "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in val) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr style=\"page-break-after:always\">")
    out.append("</div></div><footer class=\"sag\">Udskrevet fra fagsystemet</footer></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def write_txt(path: Path, blocks: list, r: random.Random) -> None:
    wrap = r.random() < 0.6
    md = r.random() < 0.3
    lines: list[str] = []
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            if md:
                lines += ["#" * int(kind[1]) + " " + val, ""]
            elif kind == "h1":
                lines += [val.upper(), "=" * len(val), ""]
            else:
                lines += [val, "-" * len(val), ""]
        elif kind == "p":
            for ln in val.split("\n"):
                lines += (textwrap.wrap(ln, 76) if wrap else [ln]) or [""]
            lines.append("")
        elif kind in ("ul", "ol"):
            for i, it in enumerate(val, 1):
                pre = "- " if kind == "ul" else f"{i}. "
                w = textwrap.wrap(it, 74) if wrap else [it]
                lines.append(pre + w[0])
                lines += ["  " + x for x in w[1:]]
            lines.append("")
        elif kind == "table":
            if len(val[0]) == 2:
                for a, b in (val[1:] if val[0][0] in ("Punkt", "Felt") else val):
                    lines.append(f"{a}: {b}")
            else:
                for row in val:
                    lines.append(" | ".join(row))
            lines.append("")
        elif kind == "pagebreak":
            lines.append("\f")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Plan
# --------------------------------------------------------------------------------------------

OK = {k: "ok" for k in ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]}
AGREEMENT_DEFECTS = [
    {}, {}, {}, {}, {}, {}, {}, {}, {}, {},                # clean
    {"hours": "missing"}, {"hours": "vague"}, {"hours": "placeholder"},
    {"goal": "unclear"}, {"goal": "unclear"}, {"goal": "placeholder"},
    {"mentor": "nocontact"}, {"mentor": "placeholder"},
    {"tasks": "missing"}, {"tasks": "placeholder"},
    {"duration": "over"}, {"duration": "over"}, {"duration": "placeholder"},
    {"follow": "missing"}, {"follow": "placeholder"},
    {"appeal": "missing"}, {"appeal": "empty"}, {"appeal": "other"}, {"appeal": "wrong"},
    {"hours": "missing", "follow": "missing"},
    {"duration": "over", "goal": "unclear"},
]
FORMATS = ["docx", "pdf", "odt", "html", "txt"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(SEED)
    docs: list[dict] = []   # each: path, blocks, title, meta
    fmt_i = 0

    def nextfmt() -> str:
        nonlocal fmt_i
        f = FORMATS[fmt_i % len(FORMATS)]
        fmt_i += 1
        return f

    def add(folder: str, stem: str, title: str, blocks: list, kind: str, subtype: str, layout: str, rules: list,
            extras: list, traits: list, c: Case | None, with_cpr: bool, period: dict | None = None) -> None:
        fmt = nextfmt()
        docs.append({"rel": f"{folder}/{stem}.{fmt}", "fmt": fmt, "title": title, "blocks": blocks,
                     "entry": {"path": f"{folder}/{stem}.{fmt}", "format": fmt, "kind": kind, "subtype": subtype,
                               "layout": layout, "rules": sorted(rules), "extras": extras, "error": None,
                               "accept_errors": [], "must_not_contain": [c.cpr] if (with_cpr and c) else [],
                               "traits": traits + (["cpr"] if with_cpr else []) + ["long-document"],
                               **({"period": period} if period else {})}})

    n = 0
    # 31 agreements (standalone) + 4 case-file prints with the agreement = 35
    for i, defect in enumerate(AGREEMENT_DEFECTS):
        spec = dict(OK, **defect)
        c = Case(r, over=spec["duration"] == "over")
        layout = ["table", "headings", "numbered", "prose"][i % 4]
        wc = r.random() < 0.27
        title, blocks = agreement_doc(c, spec, layout, wc)
        traits = [f"{k}:{v}" for k, v in defect.items()] or ["clean"]
        add(f"sag-{1000 + n}", f"{n:03d}-mentoraftale", title, blocks, "agreement", "agreement", layout,
            expected_agreement(spec), ["appeal-wrong-route"] if spec["appeal"] == "wrong" else [], traits, c, wc,
            {"start": c.start.isoformat(), "end": c.end.isoformat()})
        n += 1
    for defect in [{}, {"hours": "missing"}, {"follow": "missing"}, {"mentor": "nocontact"}]:
        spec = dict(OK, **defect)
        c = Case(r)
        wc = r.random() < 0.4
        title, blocks = journal_print_with_agreement(c, spec, wc)
        add(f"sag-{1000 + n}", f"{n:03d}-sagsudskrift", title, blocks, "agreement", "case-file-print-with-agreement",
            "mixed", expected_agreement(spec), [], [f"{k}:{v}" for k, v in defect.items()] or ["clean"], c, wc,
            {"start": c.start.isoformat(), "end": c.end.isoformat()})
        n += 1
    # 15 decisions
    dplan = [("grant", "ok", False, True, False), ("grant", "ok", False, True, True), ("grant", "ok", True, True, False),
             ("grant", "empty", False, True, False), ("grant", "other", False, True, False), ("grant", "wrong", False, True, True),
             ("ext", "ok", False, True, False), ("ext", "ok", True, True, False), ("ext", "missing", False, True, False),
             ("partial", "ok", False, True, False), ("partial", "ok", False, False, False), ("partial", "ok", True, True, True),
             ("refusal", "ok", False, True, False), ("refusal", "ok", False, False, False), ("stop", "empty", False, True, False)]
    for dtype, appeal, over, reasons, bilag in dplan:
        c = Case(r, over=over)
        wc = r.random() < 0.3
        title, blocks, lab = decision_doc(c, dtype, appeal, over, reasons, bilag, wc)
        traits = [f"decision:{dtype}", f"appeal:{appeal}"] + (["over"] if over else []) + (["bilag-agreement"] if bilag else []) \
            + ([] if reasons else ["no-reasons"])
        add(f"sag-{1000 + n}", f"{n:03d}-afgoerelse", title, blocks, "decision", f"decision-{dtype}", "letter",
            lab["rules"], lab["extras"], traits, c, wc,
            {"start": c.start.isoformat(), "end": c.end.isoformat()} if dtype in ("grant", "ext", "partial") else None)
        n += 1
    # 5 Min Plan prints
    for defect in [{}, {}, {"hours": "missing"}, {"mentor": "nocontact"}, {"duration": "over"}]:
        spec = dict(OK, **defect)
        c = Case(r, over=spec["duration"] == "over")
        wc = r.random() < 0.3
        title, blocks = minplan_doc(c, spec, wc)
        add(f"sag-{1000 + n}", f"{n:03d}-minplan", title, blocks, "minplan", "minplan-print", "table",
            expected_minplan(spec), [], [f"{k}:{v}" for k, v in defect.items()] or ["clean"], c, wc)
        n += 1
    # 25 none of the kinds
    for _ in range(6):
        c = Case(r)
        wc = r.random() < 0.3
        title, blocks = referat_doc(c, wc)
        add(f"sag-{1000 + n}", f"{n:03d}-referat", title, blocks, "unknown", "referat-trepartsmoede", "headings", [], [],
            ["minutes-with-all-fields"], c, wc)
        n += 1
    for _ in range(4):
        c = Case(r)
        wc = r.random() < 0.3
        title, blocks = rehab_doc(c, wc)
        add(f"sag-{1000 + n}", f"{n:03d}-plan", title, blocks, "unknown", "rehab-or-handleplan", "mixed", [], [],
            ["plan-with-mentor-section"], c, wc)
        n += 1
    for _ in range(3):
        c = Case(r)
        wc = r.random() < 0.4
        title, blocks = journal_unknown(c, wc)
        add(f"sag-{1000 + n}", f"{n:03d}-journal", title, blocks, "unknown", "journaludskrift", "mixed", [], [],
            ["journal-bundle"], c, wc)
        n += 1
    for kind in ["kvalitet", "kvalitet", "kvalitet", "vejledning", "vejledning", "vejledning", "aarsrapport", "aarsrapport",
                 "aarsrapport", "udbud", "udbud", "udbud"]:
        title, blocks = long_none_doc(kind, r)
        add(f"generelt-{kind}", f"{n:03d}-{kind}", title, blocks, "unknown", kind, "headings", [], [], ["general-document"],
            None, False)
        n += 1

    # write
    pdf_src: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="bg_"))
    for d in docs:
        p = out / d["rel"]
        p.parent.mkdir(parents=True, exist_ok=True)
        rr = random.Random(d["rel"])
        running = d["blocks"][0][1].replace("\n", " · ") if rr.random() < 0.7 else None
        if d["fmt"] == "docx":
            write_docx(p, d["blocks"], running)
        elif d["fmt"] == "odt":
            write_odt(p, d["blocks"])
        elif d["fmt"] == "html":
            write_html(p, d["blocks"], d["title"], rr)
        elif d["fmt"] == "txt":
            write_txt(p, d["blocks"], rr)
        else:
            src = tmp / (p.stem + ".docx")
            write_docx(src, d["blocks"], running)
            pdf_src.append((src, p))
    if pdf_src:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bg_profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp)] + [str(s) for s, _ in pdf_src], check=True, capture_output=True, timeout=900)
        for s, p in pdf_src:
            shutil.move(str(tmp / (s.stem + ".pdf")), p)
    shutil.rmtree(tmp)
    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(d["entry"], ensure_ascii=False, sort_keys=True) for d in sorted(docs, key=lambda d: d["rel"])) + "\n",
        encoding="utf-8")
    print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    main()
