"""Content for corpus DH: cases, field texts and labels (written from domain.md and the seeds).

Every document is an abstract `Doc`: letterhead, meta lines, fields in order, an optional card for a
sidebar, closing text. The renderers (reportlab, LibreOffice, Chromium) place these parts on the page.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Anna", "Mette", "Jonas", "Ahmed", "Sara", "Mikkel", "Fatima", "Louise", "Kasper", "Nadia",
         "Rasmus", "Camilla", "Emil", "Yasmin", "Thomas", "Line", "Oliver", "Signe", "Ali", "Maja",
         "Frederik", "Ida", "Hassan", "Julie", "Nikolaj", "Sofie", "Martin", "Amalie", "Omar", "Trine"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Kjær", "Lund", "Holm", "Mortensen", "Bech", "Dahl", "Frandsen", "Møller", "Vestergaard"]
KOMMUNER = [("Vejle Kommune", "Skolegade 1", "7100 Vejle", "vejle.dk"),
            ("Holbæk Kommune", "Kanalstræde 2", "4300 Holbæk", "holb.dk"),
            ("Assens Kommune", "Rådhus Allé 5", "5610 Assens", "assens.dk"),
            ("Tønder Kommune", "Kongevej 57", "6270 Tønder", "toender.dk"),
            ("Roskilde Kommune", "Rådhusbuen 1", "4000 Roskilde", "roskilde.dk"),
            ("Faxe Kommune", "Frederiksgade 9", "4690 Haslev", "faxekommune.dk"),
            ("Herning Kommune", "Torvet 5", "7400 Herning", "herning.dk"),
            ("Viborg Kommune", "Prinsens Allé 5", "8800 Viborg", "viborg.dk"),
            ("Aalborg Kommune", "Boulevarden 13", "9000 Aalborg", "aalborg.dk"),
            ("Svendborg Kommune", "Ramsherred 5", "5700 Svendborg", "svendborg.dk")]
PROVIDERS = ["Jobhuset ApS", "Mentorhuset Syd", "Kompasset Mentorservice", "Broen Uddannelsesmentor",
             "Trinbræt ApS", "Fokus Mentor & Coaching", "Vejviseren I/S", "Kommunens Ungeindsats",
             "Ressourcecentret", "Job & Trivsel ApS"]
UNITS = ["Jobcenter", "Beskæftigelse og Integration", "Job og Ydelse", "Center for Arbejdsmarked",
         "Ungeenheden", "Job og Helbred"]


def phone(rng: random.Random) -> str:
    d = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return rng.choice([f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}", f"{s[0:4]} {s[4:8]}", s])


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {ABBR[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


DATE_STYLES = ["long", "num", "dots", "slash", "iso", "abbr", "dash"]


def period_text(rng, start, end, months_exact: int | None) -> str:
    st = rng.choice(DATE_STYLES)
    a, b = fmt_date(start, st), fmt_date(end, st)
    forms = [f"{a} – {b}", f"{a} - {b}", f"fra {a} til {b}", f"f.o.m. {a} t.o.m. {b}",
             f"{a} til og med {b}", f"Bevilget i perioden {a} til {b}"]
    if months_exact and months_exact <= 12:
        words = {3: "3 måneder", 4: "fire måneder", 5: "5 mdr.", 6: rng.choice(["6 måneder", "seks måneder"]),
                 7: "7 måneder", 12: "12 måneder"}
        if months_exact in words:
            forms.append(f"pr. {fmt_date(start, 'long')} i {words[months_exact]}")
    return rng.choice(forms)


HOURS_OK = ["3 timer pr. uge", "1½ time om ugen", "to timer ugentligt", "2-3 timer om ugen",
            "4 timer pr. uge", "2 t/uge", "8 timer om måneden", "halvanden time om ugen",
            "op til 5 timer ugentligt", "3 timer om ugen (ca. 12 timer om måneden)", "1 time pr. uge",
            "6 timer om ugen de første fire uger, derefter 3 timer om ugen"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor",
               "aftales mellem dig og mentor", "det nødvendige antal timer"]

GOALS_OK = [
    "{f} starter på grundforløb 1 på SOSU-skolen og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto, og praktikken kan overgå til løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og går til prøve ved forløbets afslutning.",
    "Job som lagermedarbejder hos PostNord 25 timer om ugen.",
    "{f} fastholder sin uddannelse på EUX tømrer med højst to fraværsdage om måneden.",
    "{f} påbegynder FGU på produktionsgrunduddannelsen (PGU) og møder stabilt 4 dage om ugen.",
    "At {f} kommer i fleksjob på 12 timer om ugen i en børnehave.",
    "{f} gennemfører AMU-kurset truckcertifikat B og søger derefter job som lagerarbejder.",
    "{f} kommer i ordinære timer som rengøringsassistent, mindst 20 timer om ugen.",
    "{f} tager HF-enkeltfag i matematik C på VUC og består eksamen.",
]
GOALS_UNCLEAR = ["Støtte til at komme videre og øget trivsel.",
                 "At {f} får det bedre og kommer tættere på arbejdsmarkedet.",
                 "Hjælp til struktur i hverdagen og at arbejde med sig selv.",
                 "Sikre at {f} bliver mere motiveret.",
                 "Øget selvværd og bedre trivsel."]
TASKS = ["følge {f} til de første møder på praktikstedet",
         "hjælpe med at lave en ugeplan og holde den",
         "tage med til samtaler med skolen eller arbejdsgiveren",
         "støtte {f} i at åbne og svare på post i e-Boks",
         "øve transporten til skolen sammen med {f}",
         "ringe {f} op om morgenen de dage, der er mødepligt",
         "hjælpe med kontakt til egen læge og psykiatrien",
         "hjælpe {f} med at søge SU og skrive ansøgninger",
         "tale med {f} om fremmøde og hvordan det går i praktikken",
         "være bindeled mellem {f}, praktikstedet og sagsbehandleren"]
FOLLOWUP = ["Statusmøde hver måned med {f}, mentor og sagsbehandler. Delmål: fremmøde fire dage om ugen fra uge 14.",
            "Vi følger op hver 4. uge. Mentor sender en kort skriftlig status til sagsbehandler før hvert møde.",
            "Midtvejsevaluering efter tre måneder og slutevaluering 14 dage før støtteperioden ophører.",
            "Opfølgningssamtale hver anden uge; progressionen måles på fremmøde og antal gennemførte praktikdage.",
            "Der holdes evaluering fire uger før bevillingen udløber. Delmål aftales ved første statusmøde."]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger, efter at du har modtaget den. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
    "afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {k}, og vi skal have den senest 4 uger efter, at du har "
    "fået denne afgørelse. Du kan klage mundtligt eller skriftligt. Vi vurderer sagen igen, og hvis vi fastholder "
    "afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og "
    "retssikkerhedslovens kapitel 10.",
    "Er du uenig, kan du klage inden 4 uger fra modtagelsen. Send klagen til jobcentret i {k}. Vi genvurderer "
    "afgørelsen, og fastholder vi den, oversender vi klagen til Ankestyrelsens Beskæftigelsesudvalg.",
    "Klagefristen er fire uger fra den dag, du modtog afgørelsen. Klagen stiles til {k}, som genvurderer sagen. "
    "Får du ikke medhold, sendes klagen og sagens akter til Ankestyrelsen.",
]
APPEAL_WRONG = ["Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter modtagelsen. Klagen sendes "
                "direkte til Ankestyrelsen, 7998 Statsservice.",
                "Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen senest fire uger efter, at "
                "du har modtaget afgørelsen."]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Hvis du er uenig, kan du klage til kommunen.",
              "Klagefristen er fire uger fra den dag, du har modtaget brevet."]


@dataclass
class Case:
    f: str
    l: str
    mentor: tuple[str, str]
    mphone: str
    mmail: str
    provider: str
    cw: tuple[str, str]
    cwphone: str
    cwmail: str
    kommune: tuple[str, str, str, str]
    unit: str
    start: dt.date
    end: dt.date
    months: int | None
    cpr: str | None
    caseno: str
    letter_date: dt.date


def make_case(rng: random.Random, cpr: bool, over: str | None) -> Case:
    f, l = person(rng)
    m = person(rng)
    cw = person(rng)
    while cw == m:
        cw = person(rng)
    k = rng.choice(KOMMUNER)
    prov = rng.choice(PROVIDERS)
    start = dt.date(2026, rng.randint(1, 10), 1 if rng.random() < 0.7 else rng.choice([6, 15, 12]))
    if over == "7m":
        months, end = 7, add_months(start, 7) - dt.timedelta(days=1)
    elif over == "12m":
        months, end = 12, add_months(start, 12) - dt.timedelta(days=1)
    elif over == "6m+":
        months, end = None, add_months(start, 6) + dt.timedelta(days=rng.choice([13, 29]))
    else:
        months = rng.choice([3, 4, 5, 6, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
    cprs = None
    if cpr:
        bd = dt.date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28))
        cprs = f"{bd.day:02d}{bd.month:02d}{bd.year % 100:02d}-{rng.randint(1000, 9999)}"
    dom = prov.split()[0].lower().replace("&", "") + ".dk"
    mmail = rng.choice([f"{m[0].lower()}@{dom}", f"{m[0].lower()}.{m[1][0].lower()}@{dom}"])
    mmail = mmail.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    cwmail = f"{cw[0][:3].lower()}{cw[1][:2].lower()}@{k[3]}".replace("ø", "oe").replace("æ", "ae")
    return Case(f, l, m, phone(rng), mmail, prov, cw, phone(rng), cwmail, k, rng.choice(UNITS), start, end,
                months, cprs, f"{rng.randint(2024, 2026)}-{rng.randint(1000, 99999):05d}",
                start - dt.timedelta(days=rng.randint(5, 20)))


@dataclass
class Field:
    key: str          # goal, mentor, tasks, duration, follow_up, hours, appeal, reasons, other
    label: str
    value: str | list[str]


@dataclass
class Doc:
    kind: str
    subtype: str
    title: str
    sender: list[str]
    recipient: list[str]
    meta: list[tuple[str, str]]
    intro: list[str]
    fields: list[Field]
    closing: list[str]
    signature: list[str]
    card: tuple[str, list[str]] | None = None       # sidebar / text-box card
    rules: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    traits: list[str] = field(default_factory=list)
    cpr: str | None = None
    period: dict | None = None
    table_rows: list[list[str]] | None = None       # long table (split across pages)
    table_head: list[str] | None = None
    footer_field: str | None = None                 # a field repeated in the running footer


LBL = {
    "goal": ["Mål med mentorstøtten", "Formål", "Borgerens mål", "Hvad vil vi opnå?", "Målsætning",
             "Mål for forløbet", "Målet med støtten"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentors kontaktoplysninger",
               "Kontaktperson hos mentorudbyder"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder",
              "Støtten består i", "Mentor skal bistå med"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Gyldig", "Forløbets periode", "Bevillingsperiode"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op",
                  "Statusmøder"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}


def lbl(rng, key):
    return rng.choice(LBL[key])


def mentor_value(rng, c: Case, with_contact=True):
    n = f"{c.mentor[0]} {c.mentor[1]}"
    if not with_contact:
        return rng.choice([f"{n}, {c.provider}", n])
    return rng.choice([f"{n}, {c.provider}, tlf. {c.mphone}, {c.mmail}",
                       f"{n} ({c.provider}) – telefon {c.mphone} – mail: {c.mmail}",
                       f"{n}, {c.provider}. Tlf.: {c.mphone}",
                       f"{n}, mobil {c.mphone}, e-mail {c.mmail}"])


def tasks_value(rng, c: Case):
    n = rng.randint(3, 5)
    return [(lambda t: t[0].upper() + t[1:])(t.format(f=c.f)) for t in rng.sample(TASKS, n)]


def appeal_text(rng, c: Case, mode: str):
    k = c.kommune[0]
    if mode == "ok":
        return rng.choice(APPEAL_OK).format(k=k)
    if mode == "wrong":
        return rng.choice(APPEAL_WRONG)
    return rng.choice(APPEAL_BAD)


def letterhead(c: Case):
    return [c.kommune[0], c.unit, c.kommune[1], c.kommune[2]]


def recip(c: Case, rng):
    street = rng.choice(["Nørregade", "Østergade", "Skovvej", "Engvej", "Bakkevej", "Søndergade"])
    return [f"{c.f} {c.l}", f"{street} {rng.randint(1, 80)}", f"{c.kommune[2]}"]


def base_meta(rng, c: Case, doc_cpr: bool):
    meta = [("Dato", fmt_date(c.letter_date, rng.choice(["long", "num", "dots"]))),
            ("Sagsnr.", c.caseno)]
    if doc_cpr and c.cpr:
        meta.insert(1, (rng.choice(["CPR-nr.", "Cpr.nr.", "CPR"]), c.cpr))
    meta.append(("Sagsbehandler", f"{c.cw[0]} {c.cw[1]}"))
    meta.append(("Direkte tlf.", c.cwphone))
    meta.append(("E-mail", c.cwmail))
    return meta


def build_agreement(rng, c: Case, defects: set[str], card_mode: str | None) -> Doc:
    """defects ⊂ {goal, goal-ph, unclear, mentor, tasks, duration, follow_up, hours, hours-vague,
    appeal, appeal-bad, wrong, over6}."""
    f = c.f
    rules: set[str] = set()
    extras: list[str] = []
    fields: list[Field] = []
    # goal
    if "goal" in defects:
        rules.add("missing-goal")
    elif "goal-ph" in defects:
        fields.append(Field("goal", lbl(rng, "goal"), rng.choice(["Udfyldes senere", "-", "…", "xx"])))
        rules.add("missing-goal")
    elif "unclear" in defects:
        fields.append(Field("goal", lbl(rng, "goal"), rng.choice(GOALS_UNCLEAR).format(f=f)))
        rules.add("unclear-goal")
    else:
        fields.append(Field("goal", lbl(rng, "goal"), rng.choice(GOALS_OK).format(f=f)))
    # mentor
    mentor_field = None
    if "mentor" in defects:
        mentor_field = Field("mentor", lbl(rng, "mentor"), mentor_value(rng, c, with_contact=False))
        rules.add("missing-mentor")
    else:
        mentor_field = Field("mentor", lbl(rng, "mentor"), mentor_value(rng, c))
    card = None
    if card_mode == "mentor" and "mentor" not in defects:
        card = (rng.choice(["Din mentor", "Mentor", "Kontakt til mentor"]),
                [f"{c.mentor[0]} {c.mentor[1]}", c.provider, f"Tlf. {c.mphone}", c.mmail])
    else:
        fields.append(mentor_field)
        if card_mode == "caseworker":
            card = (rng.choice(["Din sagsbehandler", "Kontakt i kommunen", "Sagsbehandler"]),
                    [f"{c.cw[0]} {c.cw[1]}", c.unit, f"Tlf. {c.cwphone}", c.cwmail,
                     rng.choice(["Telefontid man-tors 9-12", "Træffes bedst formiddag", "Fredag lukket"])])
    if "tasks" in defects:
        rules.add("missing-tasks")
        if rng.random() < 0.4:
            fields.append(Field("tasks", lbl(rng, "tasks"), rng.choice(["-", "Udfyldes senere", "Aftales"])))
    else:
        fields.append(Field("tasks", lbl(rng, "tasks"), tasks_value(rng, c)))
    period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
    if "duration" in defects:
        rules.add("missing-duration")
        period = None
        if rng.random() < 0.5:
            fields.append(Field("duration", lbl(rng, "duration"), rng.choice(["indtil videre", "Udfyldes senere", "Aftales senere"])))
    else:
        fields.append(Field("duration", lbl(rng, "duration"), period_text(rng, c.start, c.end, c.months)))
        if "over6" in defects:
            rules.add("duration-over-6-months")
    if "follow_up" in defects:
        rules.add("missing-follow-up")
    else:
        fields.append(Field("follow_up", lbl(rng, "follow_up"), rng.choice(FOLLOWUP).format(f=f)))
    if "hours" in defects:
        rules.add("missing-hours")
    elif "hours-vague" in defects:
        fields.append(Field("hours", lbl(rng, "hours"), rng.choice(HOURS_VAGUE)))
        rules.add("missing-hours")
    else:
        fields.append(Field("hours", lbl(rng, "hours"), rng.choice(HOURS_OK)))
    if "appeal" in defects:
        rules.add("missing-appeal-guidance")
    elif "appeal-bad" in defects:
        fields.append(Field("appeal", lbl(rng, "appeal"), appeal_text(rng, c, "bad")))
        rules.add("missing-appeal-guidance")
    elif "wrong" in defects:
        fields.append(Field("appeal", lbl(rng, "appeal"), appeal_text(rng, c, "wrong")))
        extras.append("appeal-wrong-route")
    else:
        fields.append(Field("appeal", lbl(rng, "appeal"), appeal_text(rng, c, "ok")))
    # order variation: keep appeal last, shuffle mildly the middle
    if rng.random() < 0.3:
        mid = [x for x in fields if x.key in ("duration", "hours")]
        rest = [x for x in fields if x.key not in ("duration", "hours")]
        ins = 1 if rest and rest[0].key == "goal" else 0
        fields = rest[:ins] + mid + rest[ins:]
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Samarbejdsaftale – mentorstøtte efter LAB § 167", "Aftale om mentor",
                        "Mentorstøtte – aftale mellem borger, mentor og kommune"])
    intro = [rng.choice([
        f"Denne aftale beskriver den mentorstøtte, som {f} {c.l} får fra {c.kommune[0]}.",
        f"Kære {f}. Her er den aftale, vi lavede på mødet i jobcentret. Læs den igennem og kontakt mig, hvis noget ikke passer.",
        f"Aftalen er indgået mellem {f} {c.l}, mentor og {c.kommune[0]} efter lov om en aktiv beskæftigelsesindsats § 167.",
        f"Mentorstøtten er bevilget efter LAB § 167. Nedenfor står, hvad vi har aftalt."])]
    closing = [rng.choice(["Aftalen kan ændres, hvis behovet ændrer sig. Ændringer noteres også i Min Plan.",
                           "Husk at give besked til din mentor, hvis du er syg.",
                           "Aftalen er udleveret til borger og mentor."])]
    sig = [rng.choice(["Med venlig hilsen", "Venlig hilsen"]), f"{c.cw[0]} {c.cw[1]}",
           rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver"]), c.kommune[0]]
    d = Doc("agreement", "agreement", title, letterhead(c), recip(c, rng), [], intro, fields, closing, sig,
            card=card, rules=sorted(rules), extras=extras, period=period)
    return d


def build_decision(rng, c: Case, defects: set[str], card_mode: str | None) -> Doc:
    f = c.f
    rules: set[str] = set()
    extras: list[str] = []
    mode = rng.choice(["grant", "grant", "partial", "refusal"]) if "over6" not in defects else "grant"
    if "noreasons" in defects and mode == "grant":
        mode = "partial"
    st = rng.choice(["long", "num", "dots"])
    per = f"{fmt_date(c.start, st)} til {fmt_date(c.end, st)}"
    hrs = rng.choice(HOURS_OK)
    fields = []
    period = None
    if mode == "grant":
        intro = [rng.choice([f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {per}.",
                             f"{c.kommune[0]} har besluttet at bevilge dig mentorstøtte i perioden {per}."])]
        period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        fields.append(Field("other", rng.choice(["Afgørelse", "Det har vi besluttet"]),
                            f"Du får mentorstøtte med {hrs}. Mentor bliver {c.mentor[0]} {c.mentor[1]} fra {c.provider}."))
        if "over6" in defects:
            rules.add("duration-over-6-months")
        if rng.random() < 0.5:
            fields.append(Field("reasons", "Begrundelse", rng.choice([
                f"Vi har lagt vægt på, at du har brug for støtte til at fastholde dit forløb, jf. LAB § 167, stk. 1.",
                f"Bevillingen sker på baggrund af samtalen med dig og din sagsbehandlers vurdering af dit behov."])))
    elif mode == "partial":
        intro = [f"Du har søgt om mentorstøtte 6 timer om ugen. Du får delvis bevilget mentorstøtte, {hrs}, i perioden {per}."]
        period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        fields.append(Field("other", "Afgørelse", f"Vi bevilger færre timer end ansøgt. Din mentor er {c.mentor[0]} {c.mentor[1]}."))
        if "noreasons" not in defects:
            fields.append(Field("reasons", rng.choice(["Begrundelse", "Begrundelse for afgørelsen"]),
                                "Vi har lagt vægt på, at du i forvejen har støtte fra uddannelsesstedet. Afgørelsen er truffet efter LAB § 167, stk. 1, og det er vores vurdering, at færre timer er tilstrækkeligt."))
        else:
            extras.append("missing-reasons")
    else:
        intro = [f"Du har søgt om mentorstøtte. Vi har givet dig afslag på mentorstøtte."]
        if "noreasons" not in defects:
            fields.append(Field("reasons", "Begrundelse",
                                "Vi har lagt vægt på, at du allerede er i ordinær beskæftigelse uden behov for støtte ud over det, arbejdspladsen tilbyder. Afgørelsen er truffet efter LAB § 167."))
        else:
            extras.append("missing-reasons")
    if "appeal" in defects:
        rules.add("missing-appeal-guidance")
    elif "appeal-bad" in defects:
        fields.append(Field("appeal", lbl(rng, "appeal"), appeal_text(rng, c, "bad")))
        rules.add("missing-appeal-guidance")
    elif "wrong" in defects:
        fields.append(Field("appeal", lbl(rng, "appeal"), appeal_text(rng, c, "wrong")))
        extras.append("appeal-wrong-route")
    else:
        fields.append(Field("appeal", lbl(rng, "appeal"), appeal_text(rng, c, "ok")))
    title = rng.choice(["Afgørelse om mentorstøtte", "Afgørelse – mentorstøtte efter LAB § 167",
                        "Bevilling af mentorstøtte", "Vedr. din ansøgning om mentorstøtte – afgørelse"])
    if mode == "refusal":
        title = rng.choice(["Afgørelse om mentorstøtte", "Afslag på mentorstøtte"])
    card = None
    if card_mode:
        card = (rng.choice(["Kontakt", "Din sagsbehandler", "Har du spørgsmål?"]),
                [f"{c.cw[0]} {c.cw[1]}", c.unit, f"Tlf. {c.cwphone}", c.cwmail])
    sig = ["Med venlig hilsen", f"{c.cw[0]} {c.cw[1]}", rng.choice(["Sagsbehandler", "Rådgiver"]), c.kommune[0]]
    d = Doc("decision", f"decision-{mode}", title, letterhead(c), recip(c, rng), [], intro, fields,
            [rng.choice(["Du kan læse mere om mentorstøtte på kommunens hjemmeside.", "Har du spørgsmål, er du velkommen til at kontakte mig."])],
            sig, card=card, rules=sorted(rules), extras=extras, period=period)
    return d


MP_LBL = {"goal": ["Formål", "Formål med mentorstøtten", "Mål"],
          "mentor": ["Mentor", "Mentor (navn og kontakt)", "Kontaktperson"],
          "tasks": ["Opgaver", "Mentors opgaver", "Beskrivelse"],
          "duration": ["Periode", "Start – slut", "Varighed"],
          "hours": ["Timer", "Timetal", "Timer pr. uge"]}


def build_minplan(rng, c: Case, defects: set[str], long: bool = False) -> Doc:
    f = c.f
    rules: set[str] = set()
    fields = []
    if "goal" in defects:
        rules.add("missing-goal")
    elif "unclear" in defects:
        fields.append(Field("goal", rng.choice(MP_LBL["goal"]), rng.choice(GOALS_UNCLEAR).format(f=f)))
        rules.add("unclear-goal")
    else:
        fields.append(Field("goal", rng.choice(MP_LBL["goal"]), rng.choice(GOALS_OK).format(f=f)))
    if "mentor" in defects:
        fields.append(Field("mentor", rng.choice(MP_LBL["mentor"]), f"{c.mentor[0]} {c.mentor[1]}"))
        rules.add("missing-mentor")
    else:
        fields.append(Field("mentor", rng.choice(MP_LBL["mentor"]),
                            f"{c.mentor[0]} {c.mentor[1]}, {c.provider}, tlf. {c.mphone}"))
    if "tasks" in defects:
        rules.add("missing-tasks")
    else:
        fields.append(Field("tasks", rng.choice(MP_LBL["tasks"]), tasks_value(rng, c)))
    period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
    if "duration" in defects:
        rules.add("missing-duration")
        period = None
    else:
        st = rng.choice(["num", "dash", "iso", "dots"])
        fields.append(Field("duration", rng.choice(MP_LBL["duration"]), f"{fmt_date(c.start, st)} - {fmt_date(c.end, st)}"))
        if "over6" in defects:
            rules.add("duration-over-6-months")
    if "hours" in defects:
        rules.add("missing-hours")
    else:
        fields.append(Field("hours", rng.choice(MP_LBL["hours"]), rng.choice(HOURS_OK)))
    title = rng.choice(["Min Plan", "Min Plan – udskrift", "Min plan"])
    meta = [("Udskrevet", fmt_date(c.letter_date, "num")), ("Borger", f"{c.f} {c.l}")]
    intro = [rng.choice(["Her kan du se de aktiviteter, du og din sagsbehandler har aftalt.",
                         "Udskrift af din plan. Aktiviteter og aftaler fremgår nedenfor."])]
    act_start = c.start
    other_rows = [["Aktivitet", "Sted", "Start", "Slut", "Status"]]
    acts = [("Virksomhedspraktik", "Netto"), ("Samtale i jobcentret", "Jobcentret"), ("Danskuddannelse", "Sprogcentret"),
            ("Jobsøgningskursus", "Jobcentret"), ("Træning hos fysioterapeut", "Sundhedscentret"),
            ("Løntilskud", "Plejecenter Solgården"), ("Samtale med uddannelsesvejleder", "UU-centret")]
    n_acts = rng.choice([3, 3, 4]) if not long else len(acts)
    for a, place in rng.sample(acts, n_acts):
        s = add_months(act_start, rng.randint(-2, 2))
        other_rows.append([a, place,
                           fmt_date(s, "num"), fmt_date(add_months(s, 2), "num"), rng.choice(["Aktiv", "Planlagt", "Afsluttet"])])
    d = Doc("minplan", "minplan", title, [c.kommune[0], "Min Plan"], [], meta, intro, fields,
            [rng.choice(["Ændringer i mentorstøtten skrives også her i Min Plan.", "Kontakt din sagsbehandler, hvis planen skal ændres."])],
            [], rules=sorted(rules), period=period)
    if long:  # a long print: earlier meetings listed under the activities, so the print runs over pages
        for i in range(rng.randint(14, 26)):
            s = add_months(act_start, -1) + dt.timedelta(days=7 * i)
            other_rows.append([rng.choice(["Samtale i jobcentret", "Opfølgningssamtale", "Møde med virksomhedskonsulent",
                                           "Jobsøgningsaktivitet"]), "Jobcentret", fmt_date(s, "num"), fmt_date(s, "num"),
                               rng.choice(["Afholdt", "Aflyst", "Planlagt"])])
    d.table_head, d.table_rows = other_rows[0], other_rows[1:]
    return d


def build_unknown(rng, c: Case) -> Doc:
    sub = rng.choice(["referat", "statusrapport", "faktura", "vejledning", "kursusprogram", "nyhedsbrev"])
    f = c.f
    m = f"{c.mentor[0]} {c.mentor[1]}"
    if sub == "referat":
        title = "Referat af teammøde i mentorteamet"
        intro = [f"Til stede: {m}, {c.cw[0]} {c.cw[1]} og tre mentorer fra {c.provider}. Afbud: ingen."]
        fields = [Field("other", "1. Kapacitet", "Teamet har 14 ledige forløb i næste kvartal. Der er venteliste på uddannelsesmentorer."),
                  Field("other", "2. Nyt fra kommunen", "Fra 1. februar 2026 står der kommunen i stedet for jobcentret i brevene. Skabelonerne rettes."),
                  Field("other", "3. Eventuelt", "Næste møde holdes i uge 12. Referent: " + m)]
    elif sub == "statusrapport":
        title = rng.choice(["Statusrapport fra mentor", "Mentors status til jobcentret"])
        intro = [f"Status på forløbet med {f} {c.l}, skrevet af {m}, {c.provider}."]
        fields = [Field("other", "Fremmøde", f"{f} har mødt op til 9 ud af 11 aftaler. To aftaler blev aflyst pga. sygdom."),
                  Field("other", "Forløbet indtil nu", f"Vi har arbejdet med ugeplan og transport. {f} tager nu selv bussen til praktikken."),
                  Field("other", "Mentors vurdering", "Det går fremad. Jeg anbefaler, at forløbet fortsætter som aftalt.")]
    elif sub == "faktura":
        title = f"Faktura nr. {rng.randint(2000, 9000)}"
        intro = [f"{c.provider} fakturerer hermed {c.kommune[0]} for mentortimer i {MONTHS[c.start.month - 1]} 2026."]
        fields = [Field("other", "Betalingsbetingelser", "Netto 30 dage. Beløbet indbetales på reg.nr. 1234 konto 5678901."),
                  Field("other", "EAN", "5798000" + str(rng.randint(100000, 999999)))]
    elif sub == "vejledning":
        title = rng.choice(["Mentorstøtte – hvad er det?", "Til dig, der skal have en mentor"])
        intro = ["En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."]
        fields = [Field("other", "Hvad står der i aftalen?", "Aftalen beskriver målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, varigheden, opfølgningen og timetallet. Der står også, hvordan du kan klage."),
                  Field("other", "Hvor længe?", "Mentorstøtte gives i højst 6 måneder ad gangen, men kan forlænges efter en konkret vurdering."),
                  Field("other", "Klage", "Du kan klage over en afgørelse om mentorstøtte til kommunen inden fire uger.")]
    elif sub == "kursusprogram":
        title = "Kursusprogram: Ny som mentor"
        intro = [f"{c.provider} inviterer nye mentorer til to dages introduktion."]
        fields = [Field("other", "Dag 1", "Lovgrundlaget (LAB kap. 26), mentorens rolle og opgaver, samarbejdet med sagsbehandler."),
                  Field("other", "Dag 2", "Samtaleteknik, mål og delmål, dokumentation i Min Plan og statusrapporter."),
                  Field("other", "Tilmelding", f"Til {m}, tlf. {c.mphone}, senest 14 dage før.")]
    else:
        title = rng.choice(["Nyt fra Jobcentret – mentorområdet", "Nyhedsbrev for samarbejdspartnere"])
        intro = [f"I dette nummer: ny kvalitetsstandard, flere uddannelsesmentorer og nye skabeloner fra 1. februar 2026."]
        fields = [Field("other", "Ny kvalitetsstandard", "Byrådet har godkendt en revideret kvalitetsstandard for mentorstøtte. Timetallet fastsættes efter tre niveauer, og der evalueres senest 14 dage før ophør."),
                  Field("other", "Flere uddannelsesmentorer", "Vi har ansat to nye uddannelsesmentorer, som skal støtte unge på FGU og EUD."),
                  Field("other", "Kontakt", f"{c.cw[0]} {c.cw[1]}, tlf. {c.cwphone}")]
    d = Doc("unknown", sub, title, [c.provider if sub in ("statusrapport", "faktura", "kursusprogram") else c.kommune[0]],
            [], [("Dato", fmt_date(c.letter_date, "long"))], intro, fields, [], [], rules=[])
    if sub == "faktura":
        d.table_head = ["Dato", "Beskrivelse", "Timer", "Beløb"]
        d.table_rows = [[fmt_date(c.start + dt.timedelta(days=i * 3), "num"), f"Mentorsamtale, forløb {c.caseno}",
                         "2,0", "1.250,00"] for i in range(rng.randint(8, 30))]
    return d
