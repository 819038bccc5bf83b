"""What a red-team document says, and which of the nine rules it must trigger.

A :class:`Doc` is format-neutral: a letterhead, a title, intro paragraphs, a list of
:class:`Field` (label + value lines, with a sentence form for dense layouts), closing text,
signature and footer. :func:`build_doc` draws the wording and the defects; the renderers in
:mod:`.render` only decide how it looks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from .dates import Period, add_months, long_date, make_period

FIRST = ["Jonas", "Mette", "Ahmad", "Sofie", "Kasper", "Fatima", "Lars", "Nanna", "Mikkel",
         "Aylin", "Rasmus", "Camilla", "Omar", "Line", "Thomas", "Zainab", "Emil", "Ida"]
LAST = ["Nielsen", "Hansen", "Pedersen", "Andersen", "Yilmaz", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Hussein", "Madsen", "Kristensen", "Olsen"]
MENTOR_FIRST = ["Lise", "Bo", "Hanne", "Søren", "Pia", "Kim", "Birgitte", "Jesper", "Tina", "Ole"]
MENTOR_LAST = ["Holm", "Dahl", "Vestergaard", "Lund", "Bech", "Skov", "Krogh", "Friis", "Mortensen"]
COMPANIES = ["Jobhuset ApS", "Mentorfabrikken", "STEP Mentor I/S", "Bro til Job A/S",
             "Fonden Nyt Fodfæste", "Mentorgruppen Midt", "Kofoeds Skole"]
KOMMUNER = ["Viborg", "Gribskov", "Faxe", "Tønder", "Roskilde", "Holbæk", "Herning", "Assens",
            "Albertslund", "Rudersdal", "Odder", "Lolland"]
JOBS = [("lagermedarbejder", "Salling Group, lageret i Hasselager"),
        ("køkkenmedhjælper", "kantinen på Viborg Rådhus"),
        ("pædagogmedhjælper", "Børnehuset Solsikken"),
        ("butiksmedarbejder", "Netto på Søndergade"),
        ("rengøringsassistent", "ISS Facility Services"),
        ("gartnermedhjælper", "Plantorama"),
        ("chauffør", "Dansk Retursystem")]
EDU = ["grundforløb 1 på SOSU-skolen", "HF-enkeltfag i dansk og matematik på VUC",
       "smedeuddannelsen på Mercantec", "FGU på Produktionsskolen", "SU-berettiget ungdomsuddannelse"]


def phone(rng: random.Random) -> str:
    d = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return rng.choice([f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}", s, f"{s[0:4]} {s[4:8]}",
                       f"+45 {s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}", f"+45{s}"])


def cpr(rng: random.Random) -> tuple[str, str]:
    """A CPR-shaped number (random serial, no modulus 11) as written, and its bare digits."""
    d = date(rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28))
    serial = f"{rng.randint(0, 9999):04d}"
    bare = f"{d:%d%m%y}{serial}"
    return rng.choice([f"{bare[:6]}-{serial}", bare, f"{bare[:6]} {serial}"]), bare


@dataclass
class Field:
    key: str                  # goal, mentor, tasks, duration, follow, hours, appeal, ...
    label: str
    lines: list[str]          # value paragraphs / list items
    as_list: bool = False
    sentence: str = ""        # the same content as running prose, for dense layouts
    checkboxes: Optional[list[tuple[bool, str]]] = None
    hours_line: str = ""      # a merged "Varighed og timetal" field: its hours part
    hours_sentence: str = ""


@dataclass
class Doc:
    kind: str
    subtype: str
    title: str
    letterhead: list[str]
    intro: list[str]
    fields: list[Field]
    closing: list[str]
    signature: list[str]
    footer: list[str]
    rules: set[str]
    traits: list[str]
    must_not_contain: list[str]
    period: Optional[Period] = None
    appeal_place: str = "section"        # section | box | footer | second-page
    extras: list[str] = field(default_factory=list)


# One system or template writes English-influenced labels for every field (an international
# mentor company's template, an English-language case system); documents use it consistently.
ENGLISH_LABELS = {"goal": ["Goal / mål", "Goal", "Objective (mål)"],
                  "mentor": ["Mentor contact", "Mentor (name, phone)"],
                  "tasks": ["Tasks / opgaver", "Tasks"],
                  "duration": ["Period", "Duration / varighed"],
                  "follow": ["Follow-up / opfølgning", "Follow-up"],
                  "hours": ["Hours", "Hours per week / timer pr. uge"],
                  "appeal": ["Klagevejledning (how to appeal)"]}

PLACEHOLDERS = ["-", "Udfyldes senere", "xx", "…", "[indsæt]", "Udfyldes af mentor", "N/A", "?"]

# Label vocabularies: house styles from several systems and municipalities.
LABELS = {
    "goal": ["Mål", "Formål med mentorstøtten", "Målet med mentorstøtten", "Formål", "Mål for forløbet",
             "Hovedformål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Kontaktperson", "Din mentor",
               "Mentor (navn, tlf., mail)"],
    "tasks": ["Opgaver", "Mentorens opgaver", "Hvad skal mentor hjælpe med", "Indsatsområder",
              "Støtten består i"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Gyldig fra/til"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang",
               "Vejledning om klage"],
}


def _goal(rng: random.Random, name: str, unclear: bool) -> tuple[list[str], str, str]:
    """Goal lines, a sentence form and a trait."""
    if unclear:
        g = rng.choice([
            "Støtte til at få struktur på hverdagen.",
            "Sikre at borgeren trives og kommer videre.",
            "Øget trivsel og selvværd.",
            f"At {name} får det bedre og bliver mere stabil.",
            "Hjælp til at komme videre i livet og få mere overskud.",
            "Motivere borgeren og arbejde på at skabe ro omkring borgeren.",
            "Sikre at borgeren møder op til samtaler i jobcentret.",
            "Støtte til at fastholde tilknytning til arbejdsmarkedet.",
        ])
        return [g], f"Formålet er: {g[0].lower()}{g[1:]}", "goal:unclear"
    job, place = rng.choice(JOBS)
    when = long_date(date(2026, rng.randint(4, 12), 1))
    options = [
        ([f"{name} er i ordinært job som {job} hos {place} med mindst 15 timer om ugen senest "
          f"{when}."], "goal:job"),
        ([f"Hovedmål: {name} starter på {rng.choice(EDU)} i august 2026 og møder op alle "
          f"skoledage.", f"Delmål: {name} deltager i praktik hos {place} 3 dage om ugen inden "
          f"{when}."], "goal:hoved-delmaal"),
        ([f"At {name} gennemfører virksomhedspraktikken som {job} hos {place} og møder stabilt "
          f"4 dage om ugen, så praktikken kan overgå til løntilskud."], "goal:praktik"),
        ([f"{name} fastholder sit fleksjob som {job} hos {place} med 12 timer om ugen og har "
          f"højst 2 fraværsdage pr. måned."], "goal:fleksjob"),
        ([f"Borgeren er i gang med {rng.choice(EDU)} og har et fremmøde på mindst 80 % ved "
          f"udgangen af perioden."], "goal:education"),
    ]
    lines, trait = rng.choice(options)
    prose = " ".join(lines).replace("Hovedmål: ", "").replace("Delmål: ", "")
    sentence = "Målet er, at " + (prose[3:] if prose.startswith("At ") else prose)
    return lines, sentence, trait


def _tasks(rng: random.Random) -> tuple[list[str], bool, str]:
    items = rng.sample(["hjælp til transport til praktikstedet de første uger",
                        "struktur på ugen og brug af kalender",
                        "kontakt til praktikstedet og opfølgning med arbejdsgiveren",
                        "følge med til møder i jobcentret og hos lægen",
                        "at læse og besvare post fra det offentlige",
                        "øve jobsamtaler og skrive ansøgninger",
                        "kontakt til SU-vejleder og studievejleder"], 3)
    if rng.random() < 0.4:
        s = f"Mentor skal bl.a. hjælpe med {items[0]}, {items[1]} og {items[2]}."
        return [s], False, s
    return [i[0].upper() + i[1:] for i in items], True, "Mentoren hjælper med " + ", ".join(items) + "."


def _hours(rng: random.Random, vague: bool) -> tuple[list[str], str, Optional[list], str]:
    if vague:
        h = rng.choice(["Efter behov", "Et par timer om ugen", "Aftales løbende mellem mentor og borger",
                        "Nogle timer ugentligt efter behov"])
        return [h], f"Omfanget er {h.lower()}.", None, "hours:vague"
    n = rng.choice([1, 2, 3, 4, 5, 8])
    style = rng.random()
    if style < 0.2:
        boxes = [(n <= 1, "0-1 time pr. uge"), (1 < n <= 2, "1-2 timer pr. uge"),
                 (n > 2, "mere end 2 timer pr. uge")]
        return [], f"Der er bevilget {n} timer om ugen.", boxes, "hours:checkbox"
    h = rng.choice([f"{n} timer ugentligt", f"{n} timer pr. uge", f"{n} t/uge",
                    f"{n * 4} timer om måneden", f"Op til {n} timer om ugen"])
    return [h], f"Mentor har {h.lower()} til rådighed.", None, "hours:number"


def _appeal(rng: random.Random, kommune: str, defect: bool, letter_date: date) -> tuple[list[str], str]:
    if defect:
        a = rng.choice([
            ["Du kan klage over afgørelsen."],
            ["Hvis du er uenig, kan du klage til Ankestyrelsen."],
            ["Du skal klage senest 4 uger efter, at du har modtaget afgørelsen."],
            ["Klagevejledning vedlægges.", ""],
        ])
        return [x for x in a if x], "appeal:insufficient"
    deadline = rng.choice(["4 uger", "fire uger"])
    body = rng.choice([
        [f"Hvis du ikke er enig i afgørelsen, kan du klage til {kommune} Kommune inden {deadline} "
         f"fra du har modtaget dette brev. Du kan klage skriftligt eller mundtligt.",
         "Kommunen genvurderer afgørelsen. Fastholder kommunen afgørelsen, sendes klagen videre "
         "til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og "
         "retssikkerhedslovens kapitel 10."],
        [f"Du kan klage over afgørelsen til Jobcenter {kommune}. Klagen skal være modtaget senest "
         f"{deadline} efter, at du har fået afgørelsen. Hvis jobcentret fastholder afgørelsen, "
         f"sender vi din klage til Ankestyrelsen."],
        [f"Klagefristen er {deadline}. Klagen sendes til kommunen (Jobcenter {kommune}, "
         f"jobcenter@{kommune.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}.dk), "
         f"som genvurderer sagen inden {deadline}, før den eventuelt sendes til Ankestyrelsen."],
    ])
    return body, "appeal:full"


def build_doc(rng: random.Random, kind: str, idx: int) -> Doc:
    """Draw one document of ``kind`` with 0-3 defects and its ground truth."""
    kommune = rng.choice(KOMMUNER)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    first = name.split()[0]
    cpr_text, cpr_bare = cpr(rng)
    letter_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    journal = f"27.12.04-G01-{rng.randint(100, 9999)}-{rng.choice([25, 26])}"
    traits: list[str] = []
    mnc = [cpr_bare, cpr_bare[:6] + "-" + cpr_bare[6:]]
    letterhead = [rng.choice([f"{kommune} Kommune", f"Jobcenter {kommune}",
                              f"{kommune} Kommune · Job og Ydelse"]),
                  f"Tlf. {phone(rng)} · {kommune.lower()}@kommune.dk".replace("ø", "oe"),
                  f"Dato: {letter_date.day}.{letter_date.month}.{letter_date.year}",
                  rng.choice([f"J.nr.: {journal}", f"Sagsnr. {journal}", f"Vores ref.: {journal}"])]
    if rng.random() < 0.75:
        letterhead.insert(1, rng.choice([f"Cpr.nr.: {cpr_text}", f"CPR: {cpr_text}",
                                         f"Borger: {name}, {cpr_text}"]))
        traits.append("cpr")

    if rng.random() < 0.2:
        born = date(int("19" + cpr_bare[4:6]) if int(cpr_bare[4:6]) > 25 else int("20" + cpr_bare[4:6]),
                    int(cpr_bare[2:4]), int(cpr_bare[0:2]))
        letterhead.insert(2, f"Fødselsdato: {born:%d.%m.%Y}")
        traits.append("noise:birthday")
    if kind == "unknown":
        return _unknown(rng, kommune, name, letterhead, traits, mnc)
    if kind == "decision":
        return _decision(rng, kommune, name, letterhead, traits, mnc, letter_date)

    # agreement / minplan
    applicable = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks",
                  "missing-duration", "missing-hours", "duration-over-6-months"]
    if kind == "agreement":
        applicable += ["missing-follow-up", "missing-appeal-guidance"]
    defects: set[str] = set()
    if rng.random() > 0.4:
        n = rng.choice([1, 1, 2, 2, 3])
        while len(defects) < n:
            defects.add(rng.choice(applicable))
        if "missing-goal" in defects and "unclear-goal" in defects:
            defects.discard("unclear-goal")
        if "missing-duration" in defects and "duration-over-6-months" in defects:
            defects.discard("duration-over-6-months")
    fields: list[Field] = []
    rng.random()  # a draw the layout once used; kept so the seeded corpus stays the same

    english = rng.random() < 0.12
    if english:
        traits.append("labels:english")

    def label(key: str) -> str:
        return rng.choice(ENGLISH_LABELS[key] if english else LABELS[key])

    def placeholder_or_drop(key: str, lab: str) -> None:
        if rng.random() < 0.45:
            ph = rng.choice(PLACEHOLDERS)
            fields.append(Field(key, lab, [ph], sentence=f"{lab}: {ph}."))
            traits.append(f"{key}:placeholder")
        else:
            traits.append(f"{key}:absent")

    # goal
    if "missing-goal" in defects:
        placeholder_or_drop("goal", label("goal"))
    else:
        lines, sent, t = _goal(rng, first, "unclear-goal" in defects)
        traits.append(t)
        fields.append(Field("goal", label("goal"), lines, sentence=sent))
    # mentor
    mname = f"{rng.choice(MENTOR_FIRST)} {rng.choice(MENTOR_LAST)}"
    company = rng.choice(COMPANIES)
    mail = f"{mname.split()[0].lower()}@{company.split()[0].lower()}.dk"
    signature: list[str] = []
    if "missing-mentor" in defects:
        v = rng.random()
        if v < 0.35:
            fields.append(Field("mentor", label("mentor"), [company],
                                sentence=f"Mentorstøtten leveres af {company}."))
            traits.append("mentor:company-only")
        elif v < 0.6:
            fields.append(Field("mentor", label("mentor"), [mname],
                                sentence=f"Mentor er {mname}."))
            traits.append("mentor:name-no-contact")
        else:
            placeholder_or_drop("mentor", label("mentor"))
    else:
        v = rng.random()
        ph = phone(rng)
        if v < 0.15 and kind == "agreement":
            # contact only in the signature block
            fields.append(Field("mentor", label("mentor"), [f"{mname}, {company}"],
                                sentence=f"Mentor er {mname} fra {company}."))
            signature = [f"{mname}", f"Mentor, {company}", f"Mobil {ph}", mail]
            traits.append("mentor:contact-in-signature")
        else:
            form = rng.choice([
                [f"{mname}, {company}", f"Tlf. {ph}", f"Mail: {mail}"],
                [f"{mname} ({company}), tlf. {ph}"],
                [f"Navn: {mname}", f"Telefon: {ph}"],
                [f"{mname}, {mail}"],
            ])
            fields.append(Field("mentor", label("mentor"), form,
                                sentence=f"Din mentor er {mname} fra {company}, som du kan "
                                         f"kontakte på {ph} eller {mail}."))
            traits.append("mentor:full")
    # tasks
    if "missing-tasks" in defects:
        placeholder_or_drop("tasks", label("tasks"))
    else:
        lines, as_list, sent = _tasks(rng)
        fields.append(Field("tasks", label("tasks"), lines, as_list=as_list, sentence=sent))
    # duration
    period = None
    special = None
    r = rng.random()
    if "missing-duration" in defects:
        placeholder_or_drop("duration", label("duration"))
    else:
        over = "duration-over-6-months" in defects
        if not over and r < 0.08:
            special = "exact-six-year-boundary"
        elif not over and r < 0.14:
            special = "leap"
        elif r < 0.2:
            special = "start-31"
        period = make_period(rng, over, special)
        traits.append(period.trait)
        dur_lines = [period.text[0].upper() + period.text[1:]]
        if rng.random() < 0.15:
            dur_lines.append("Mentorstøtte kan efter loven gives i højst 6 måneder ad gangen, "
                             "med mulighed for forlængelse.")
            traits.append("noise:hoejst-6")
        if rng.random() < 0.1:
            dur_lines.append("Tidligere forløb 2024-2025 (12 mdr.) er afsluttet.")
            traits.append("noise:history-12")
        fields.append(Field("duration", label("duration"), dur_lines,
                            sentence=f"Støtten gælder {period.text}."))
    # follow-up (agreements; a Min Plan may mention it too)
    if kind == "agreement" or rng.random() < 0.3:
        if kind == "agreement" and "missing-follow-up" in defects:
            placeholder_or_drop("follow", label("follow"))
        else:
            f = rng.choice([
                "Statusmøde hver 3. måned med mentor, borger og sagsbehandler. Progression i forhold "
                "til delmålene evalueres 14 dage før periodens udløb.",
                "Opfølgning hver måned. Mentor sender en kort statusrapport om progression.",
                "Vi evaluerer forløbet fire uger før bevillingen udløber.",
                "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør.",
            ])
            fields.append(Field("follow", label("follow"), [f], sentence=f))
    # hours
    vague = "missing-hours" in defects and rng.random() < 0.5
    if "missing-hours" in defects and not vague:
        placeholder_or_drop("hours", label("hours"))
    else:
        lines, sent, boxes, t = _hours(rng, vague)
        traits.append(t)
        fields.append(Field("hours", label("hours"), lines, sentence=sent, checkboxes=boxes))
    # merged "Varighed og timetal"
    keys = [f.key for f in fields]
    if ("duration" in keys and "hours" in keys and rng.random() < 0.15
            and not fields[keys.index("hours")].checkboxes
            and not any("placeholder" in t for t in traits)):
        d, h = fields[keys.index("duration")], fields[keys.index("hours")]
        merged = Field("duration+hours", "Varighed og timetal", [f"{d.lines[0]}, {h.lines[0].lower()}"] + d.lines[1:],
                       sentence=d.sentence + " " + h.sentence)
        # Kept apart so a later rewrite of the period keeps the hours (see udskrivningskoordinator).
        merged.hours_line, merged.hours_sentence = h.lines[0].lower(), h.sentence
        fields = [f for f in fields if f.key not in ("duration", "hours")]
        fields.insert(min(keys.index("duration"), len(fields)), merged)
        traits.append("merged:duration-hours")
    # appeal
    if kind == "agreement":
        if "missing-appeal-guidance" in defects and rng.random() < 0.5:
            traits.append("appeal:absent")
        else:
            lines, t = _appeal(rng, kommune, "missing-appeal-guidance" in defects, letter_date)
            traits.append(t)
            fields.append(Field("appeal", label("appeal"), lines, sentence=" ".join(lines)))
    if kind == "agreement":
        title = rng.choice(["Aftale om mentorstøtte", "MENTORAFTALE", "Skriftlig aftale om mentor",
                            "Aftale om mentorforløb (LAB § 167)", "Mentor agreement / aftale om mentorstøtte",
                            "Samarbejdsaftale – mentor"])
        intro = [rng.choice([
            f"Aftalen er indgået mellem {name}, {company} og Jobcenter {kommune}.",
            f"Denne aftale beskriver mentorforløbet for {name}.",
            "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 (tidl. § 31 b).",
        ])]
        if rng.random() < 0.2:
            prev = date(2025, rng.randint(1, 12), rng.randint(1, 28))
            intro.append(f"Aftalen følger af afgørelse af {long_date(prev)} (j.nr. {journal}), "
                         f"hvor du fik bevilget mentorstøtte.")
            traits.append("noise:previous-decision")
        closing = [f"Underskrifter: ______________ {name}    ______________ sagsbehandler"]
    else:
        title = rng.choice(["Min Plan – mentorstøtte", "Min Plan: Indsats – Mentor",
                            "Udskrift fra Min Plan", "MIN PLAN / AKTIVITET: MENTOR"])
        intro = [rng.choice([f"Aktivitet oprettet {letter_date.day}.{letter_date.month}.{letter_date.year} "
                             f"af sagsbehandler.", "Indsats: Mentorstøtte (§ 167)",
                             "Eksporteret fra KMD Momentum"])]
        closing = []
    rules = set(defects)
    # The label follows construction, not is_over_six: "26 uger" / "et halvt år" is six months
    # in the brief's reading even where 182 days passes start + 6 months - 1 day.
    rules &= set(applicable)
    subtype = kind
    doc = Doc(kind, subtype, title, letterhead, intro, fields, closing, signature,
              [f"Side 1 af {rng.choice([1, 2])}", f"J.nr. {journal}"], rules, traits, mnc, period)
    doc.traits += [f"label:{f.key}={f.label}" for f in fields]
    # udskrivningskoordinator: a legitimate period over 6 months
    if kind == "agreement" and period and "duration-over-6-months" not in defects and rng.random() < 0.05:
        disc = date(2026, rng.randint(3, 6), 1)
        s, e = add_months(disc, -2), add_months(disc, 6) - timedelta(days=1)
        for f in doc.fields:
            if f.key in ("duration", "duration+hours"):
                f.lines[0] = (f"{long_date(s)} – {long_date(e)} (udskrivningskoordinator: 2 måneder "
                              f"før udskrivelsen den {long_date(disc)} og 6 måneder efter, "
                              f"jf. § 167, stk. 2)")
                f.sentence = f"Støtten som udskrivningskoordinator gælder {long_date(s)} – {long_date(e)}."
                if f.key == "duration+hours":  # the merged label must keep its hours
                    f.lines[0] += f", {f.hours_line}"
                    f.sentence += " " + f.hours_sentence
        doc.period = Period(s, e, "", "period:udskrivning")
        doc.traits.append("period:udskrivningskoordinator")
        doc.title = "Aftale om mentorstøtte – udskrivningskoordinator"
    return doc


def _unknown(rng, kommune, name, letterhead, traits, mnc) -> Doc:
    v = rng.random()
    if v < 0.5:
        traits.append("unknown:leaflet")
        intro = [f"Mentorstøtte i {kommune} Kommune – information til borgere og virksomheder.",
                 "En mentor kan hjælpe dig med at komme i job eller uddannelse. Mentorstøtte gives "
                 "i højst 6 måneder ad gangen og kan forlænges efter en konkret vurdering.",
                 "Når du får en mentor, laver vi en skriftlig aftale. Aftalen skal indeholde:"]
        fields = [Field("list", "", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                                     "hvilke opgaver mentoren skal hjælpe med",
                                     "varigheden af aftalen og opfølgning – inklusiv mål for progression",
                                     "timetallet for mentorstøtten", "klagevejledning"], as_list=True,
                        sentence="Aftalen skal indeholde mål, mentorens navn og kontaktdata, opgaver, "
                                 "varighed og opfølgning, timetal og klagevejledning.")]
        closing = ["Hvis du er uenig i en afgørelse, kan du klage til kommunen inden 4 uger. "
                   "Læs mere på kommunens hjemmeside."]
        title = rng.choice(["Mentorstøtte – hvad er det?", "Pjece: Mentor", "Information om mentorordningen"])
    else:
        traits.append("unknown:unrelated")
        intro = [f"Kære {name}", f"Du er indkaldt til samtale i Jobcenter {kommune} tirsdag den "
                 f"{rng.randint(1, 28)}. {rng.choice(['marts', 'april', 'maj'])} 2026 kl. 10.00.",
                 "Samtalen handler om din plan og dine muligheder for job. Medbring gerne din "
                 "CV og eventuelle lægeerklæringer.",
                 "Hvis du er forhindret, skal du ringe til os senest dagen før."]
        fields = []
        closing = ["Med venlig hilsen", "Jobkonsulent"]
        title = rng.choice(["Indkaldelse til samtale", "Invitation til jobsamtale"])
    return Doc("unknown", traits[-1].split(":")[1], title, letterhead, intro, fields, closing, [],
               ["Side 1 af 1"], set(), traits, mnc)


def _decision(rng, kommune, name, letterhead, traits, mnc, letter_date) -> Doc:
    sub = rng.choices(["grant", "refusal", "extension", "ending"], [4, 2, 3, 2])[0]
    first = name.split()[0]
    rules: set[str] = set()
    mname = f"{rng.choice(MENTOR_FIRST)} {rng.choice(MENTOR_LAST)}"
    appeal_defect = rng.random() < 0.3
    over = sub in ("grant", "extension") and rng.random() < 0.3
    period = None
    fields: list[Field] = []
    if sub == "grant":
        period = make_period(rng, over, "exact-six-year-boundary" if not over and rng.random() < 0.1 else None)
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                            "AFGØRELSE – MENTOR"])
        intro = [f"Kære {first}",
                 f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden "
                 f"{period.text}." if rng.random() < 0.7 else
                 f"Jobcentret har den {long_date(letter_date)} besluttet at bevilge dig mentorstøtte. "
                 f"Støtten er bevilget {period.text}.",
                 f"Din mentor bliver {mname}. Du får {rng.choice([2, 3, 4])} timers støtte om ugen.",
                 "Begrundelse: Vi vurderer, at du har brug for støtte for at kunne gennemføre din "
                 "praktik. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167."]
        if rng.random() < 0.3:
            intro.append("Mentorstøtte kan gives i højst 6 måneder ad gangen.")
            traits.append("noise:hoejst-6")
        if over:
            rules.add("duration-over-6-months")
        traits.append(period.trait)
    elif sub == "extension":
        prev_s = date(2025, rng.randint(2, 9), 1)
        prev_e = add_months(prev_s, 6) - timedelta(days=1)
        s = prev_e + timedelta(days=1)
        months = rng.choice([9, 12]) if over else rng.choice([3, 4, 6])
        e = add_months(s, months) - timedelta(days=1)
        from .dates import _fmt_range
        history12 = rng.random() < 0.4
        if history12:
            traits.append("noise:history-12")
        text, t = _fmt_range(rng, s, e)
        period = Period(s, e, text, "period:extension;" + t)
        title = rng.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af mentor"])
        intro = [f"Kære {first}",
                 f"Du har haft mentorstøtte fra {long_date(prev_s)} til {long_date(prev_e)}."
                 + (" Forud for det havde du et tidligere forløb 2024-2025 (12 mdr.)."
                    if history12 else ""),
                 f"Vi har besluttet at forlænge din mentorstøtte i perioden {text}, jf. § 167, "
                 f"stk. 1, 2. pkt. Din mentor er fortsat {mname}.",
                 "Begrundelse: Du er kommet godt i gang, men har fortsat brug for støtte i "
                 "overgangen til løntilskud."]
        if over:
            rules.add("duration-over-6-months")
        traits += ["decision:extension-history", period.trait]
    elif sub == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"])
        intro = [f"Kære {first}",
                 f"Du har den {long_date(letter_date - timedelta(days=20))} søgt om mentorstøtte. "
                 "Vi har givet dig afslag.",
                 "Begrundelse: Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller "
                 "uddannelse. Du er tilkendt førtidspension og har ikke et sådant mål, jf. lov om en "
                 "aktiv beskæftigelsesindsats § 167."]
        traits.append("decision:refusal-no-mentor")
    else:
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        end = date(2026, rng.randint(2, 11), rng.choice([15, 28]))
        intro = [f"Kære {first}",
                 f"Din mentorstøtte ophører den {long_date(end)}, fordi du er startet i ordinært job.",
                 "Begrundelse: Formålet med støtten er opfyldt."]
    lines, t = _appeal(rng, kommune, appeal_defect, letter_date)
    place = rng.choice(["section", "section", "box", "footer", "second-page"])
    if appeal_defect:
        rules.add("missing-appeal-guidance")
        if rng.random() < 0.3:
            lines, t = [], "appeal:absent"
    traits += [t, f"appeal-place:{place}"]
    if lines:
        fields.append(Field("appeal", rng.choice(LABELS["appeal"]), lines, sentence=" ".join(lines)))
    return Doc("decision", sub, title, letterhead, intro, fields,
               ["Med venlig hilsen", f"Sagsbehandler, Jobcenter {kommune}"], [],
               ["Side 1 af 2", "Jobcenter " + kommune], rules, traits, mnc, period, place)
