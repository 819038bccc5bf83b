"""Content for corpus BA: what each document says, and the labels that follow from it.

Written from /work/shared/domain.md, the seeds and the rule docs (`mentordocs rules NAME`) only.
A document is a `Spec`: its kind, its fields (each with a label, a value and a place on the page:
main text, sidebar, footer), the surrounding letter text, and the labels derived from the defects
chosen for it. The renderers (make_corpus_ba.py) decide the page geometry; they never change what
the document says, so the labels do not depend on the producer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

MUNIS = [
    ("Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
    ("Holstebro", "Kirkestræde 11", "7500 Holstebro", "96 11 75 00"),
    ("Silkeborg", "Søvej 1", "8600 Silkeborg", "89 70 10 00"),
    ("Næstved", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88"),
    ("Slagelse", "Rådhuspladsen 11", "4200 Slagelse", "58 57 36 00"),
    ("Frederikshavn", "Rådhus Allé 100", "9900 Frederikshavn", "98 45 50 00"),
    ("Kolding", "Akseltorv 1", "6000 Kolding", "79 79 79 79"),
    ("Horsens", "Rådhustorvet 4", "8700 Horsens", "76 29 29 29"),
    ("Svendborg", "Ramsherred 5", "5700 Svendborg", "62 23 30 00"),
    ("Guldborgsund", "Parkvej 37", "4800 Nykøbing F", "54 73 10 00"),
    ("Ringsted", "Sct. Bendts Gade 1", "4100 Ringsted", "57 62 62 62"),
    ("Hillerød", "Trollesminde Allé 27", "3400 Hillerød", "72 32 00 00"),
    ("Skive", "Torvegade 10", "7800 Skive", "99 15 55 00"),
    ("Varde", "Bytoften 2", "6800 Varde", "79 94 68 00"),
    ("Haderslev", "Gåskærgade 26", "6100 Haderslev", "74 34 34 34"),
    ("Thisted", "Asylgade 30", "7700 Thisted", "99 17 17 17"),
]
DEPTS = ["Job og Ydelse", "Center for Arbejdsmarked", "Borgerservice og Beskæftigelse",
         "Ungeindsatsen", "Jobcenter {m}", "Beskæftigelse og Integration", "Job & Uddannelse"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Fokus Mentor", "fokusmentor.dk"),
             ("Job & Trivsel I/S", "jobogtrivsel.dk"), ("BroBygger Mentorservice", "brobygger.dk"),
             ("Kompasset", "kompasset-mentor.dk"), ("Vejen Videre ApS", "vejenvidere.dk"),
             ("Aktiv Mentor Danmark", "aktivmentor.dk"), ("Trappen Socialøkonomisk Virksomhed", "trappen.dk")]
FIRST_F = ["Anna", "Sara", "Mette", "Louise", "Camilla", "Fatima", "Ida", "Maja", "Helle", "Nadia",
           "Signe", "Line", "Amina", "Julie", "Birgitte", "Rikke"]
FIRST_M = ["Lars", "Jonas", "Ahmed", "Mikkel", "Rasmus", "Kasper", "Ali", "Søren", "Henrik",
           "Mads", "Emil", "Jesper", "Tobias", "Omar", "Niels", "Bo"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Østergaard", "Kristensen",
        "Mortensen", "Holm", "Lund", "Bak", "Yilmaz", "Thomsen", "Madsen", "Kjær", "Frederiksen",
        "Poulsen", "Dahl", "Søndergaard", "Hussein", "Bech"]
SHOPS = ["Netto", "Rema 1000", "Bilka", "Lidl", "Jysk", "Harald Nyborg", "Føtex", "Elgiganten"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def phone(rng: random.Random) -> str:
    d = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}"


def cpr(rng: random.Random) -> str:
    y = rng.randint(1966, 2006)
    m = rng.randint(1, 12)
    day = rng.randint(1, calendar.monthrange(y, m)[1])
    return f"{day:02d}{m:02d}{y % 100:02d}-{rng.randint(0, 9999):04d}"


@dataclass
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def person(rng: random.Random) -> Person:
    f = rng.random() < 0.5
    return Person(rng.choice(FIRST_F if f else FIRST_M), rng.choice(LAST), f)


@dataclass
class Field:
    key: str            # goal, mentor, tasks, duration, hours, follow_up, appeal, reasons, other
    label: str | None   # None: written as prose without a label
    value: Any          # str, or list[str] for bullets
    where: str = "main"  # main | sidebar | footer


@dataclass
class Spec:
    kind: str
    subtype: str
    name: str
    muni: tuple
    dept: str
    citizen: Person
    caseworker: Person
    cw_phone: str
    title: str
    letter_date: dt.date
    journal: str
    cpr: str | None = None
    intro: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    outro: list[str] = field(default_factory=list)
    footer_extra: str = ""          # text that lands in the running footer (e.g. mentor contact)
    pagebreak_before: set = field(default_factory=set)  # field keys preceded by a page break
    rules: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    traits: list[str] = field(default_factory=list)
    period: dict | None = None
    table: dict | None = None       # {"title","header","rows"} for a long table (meeting plan)
    letter: bool = True             # has an address block and letter date
    sender_lines: list[str] = field(default_factory=list)

    @property
    def town(self) -> str:
        return self.muni[0]


# ---------------------------------------------------------------------------- values

def goal_text(rng, c: Person, clear: bool, no_hours: bool) -> str:
    y = rng.choice([2025, 2026])
    if clear:
        opts = [
            f"{c.first} starter på grundforløb 1 på SOSU-skolen i august {y} og møder mindst fire dage om ugen.",
            f"{c.first} gennemfører FVU-dansk trin 2 på VUC og består prøven inden udgangen af {rng.choice(MONTHS[5:])} {y}.",
            f"{c.first} fastholder sit fleksjob som pedelmedhjælper på Nørreskolen og har højst to fraværsdage om måneden.",
            f"{c.first} har fået ordinært job i lager- eller transportbranchen inden periodens udløb.",
            f"Start på EUD-grundforløb (tømrer) på den lokale erhvervsskole; fremmøde på mindst 90 % de første 8 uger.",
            f"{c.first} starter på HF-enkeltfag (dansk og engelsk) på VUC efter sommerferien {y}.",
            f"{c.first} gennemfører AMU-kurset Truckcertifikat B og søger mindst fem lagerjob om ugen bagefter.",
            f"{c.first} er optaget på FGU (produktionsgrunduddannelse) og møder stabilt op fra uge 33.",
        ]
        if not no_hours:
            shop = rng.choice(SHOPS)
            opts += [f"{c.first} er i virksomhedspraktik i {shop} 15 timer om ugen senest 1. {rng.choice(MONTHS[2:9])} {y}, med henblik på løntilskud.",
                     f"Hovedformålet er, at {c.first} kommer i løntilskud som køkkenmedhjælper 25 timer om ugen."]
        return rng.choice(opts)
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"At {c.first} får mere struktur på hverdagen og øget selvværd.",
        "Motivere borgeren og sikre at vedkommende kommer ud af døren.",
        f"{c.first} skal arbejde med sig selv og komme tættere på arbejdsmarkedet.",
        "Hjælp til at få styr på hverdagen og mindske bekymringer.",
        "Øget trivsel og bedre mestring af egen situation.",
    ])


def tasks_list(rng, c: Person, long: bool = False) -> list[str]:
    pool = [
        f"følge {c.first} til praktikstedet de første to uger",
        "ugentlig samtale om fremmøde, transport og søvn",
        "hjælpe med at læse og besvare post fra kommunen og e-Boks",
        "støtte i kontakten til uddannelsesstedet og studievejlederen",
        "træne busruten til skolen og planlægge morgenrutinen",
        "hjælpe med at lave et budget og en plan for regninger",
        "forberede jobsamtaler og gennemgå ansøgninger",
        "være med til møder med praktikvirksomheden",
        "ringe om morgenen på skoledage de første fire uger",
        "hjælpe med at finde og bestille tid hos egen læge",
        "sammen lave en ugeplan med faste tider for lektier",
        "aftale et møde med SPS-vejlederen og være med til det",
    ]
    rng.shuffle(pool)
    items = pool[: (7 if long else rng.randint(3, 5))]
    return [i[0].upper() + i[1:] for i in items]


def mentor_value(rng, m: Person, prov, ph: str, mode: str) -> str:
    mail = f"{m.first.lower().replace('ø', 'oe').replace('å', 'aa')}@{prov[1]}"
    if mode == "name_only":
        return f"{m.name}, {prov[0]}"
    if mode == "footer":  # name only here: the contact data are in the running footer
        return f"{m.name}, {prov[0]} (kontaktoplysninger nederst på siden)"
    return rng.choice([
        f"{m.name}, {prov[0]}\nTlf. {ph}\nE-mail: {mail}",
        f"{m.name} ({prov[0]}), tlf. {ph}, {mail}",
        f"{m.name}\n{prov[0]}\nMobil: {ph}",
        f"{m.name}, {prov[0]}, mail: {mail}",
    ])


def period_value(rng, over: bool):
    """A stated period, and the dict for the manifest."""
    start = dt.date(rng.choice([2025, 2026]), rng.randint(1, 9), rng.choice([1, 1, 1, 15, 4]))
    if over:
        kind = rng.choice(["range", "range", "range_edge", "length", "length_weeks"])
    else:
        kind = rng.choice(["range", "range", "range", "length", "length_weeks", "fom"])
    style = rng.randrange(6)
    if kind in ("range", "fom", "range_edge"):
        n = rng.randint(7, 12) if over and kind == "range" else (6 if kind == "range_edge" else rng.randint(3, 6))
        end = add_months(start, n) - dt.timedelta(days=1)
        if kind == "range_edge":
            end = add_months(start, 6)  # one day over
        s, e = fmt_date(start, style), fmt_date(end, style)
        if kind == "fom":
            txt = f"f.o.m. {s} t.o.m. {e}"
        else:
            txt = rng.choice([f"{s} – {e}", f"{s} - {e}", f"Fra {s} til {e}", f"{s} til og med {e}"])
        return txt, {"start": start.isoformat(), "end": end.isoformat()}, f"period:{kind}"
    if kind == "length_weeks":
        w = rng.choice([40, 39, 52]) if over else rng.choice([12, 16, 20, 26])
        return f"{w} uger fra {fmt_date(start, style)}", {"start": start.isoformat()}, "period:weeks"
    n = rng.choice([8, 9, 12]) if over else rng.choice([3, 4, 6])
    word = {3: "tre", 4: "fire", 6: "seks", 8: "otte", 9: "ni", 12: "tolv"}[n]
    txt = rng.choice([f"{n} måneder fra {fmt_date(start, style)}", f"Fra {fmt_date(start, 0)} og {word} måneder frem",
                      f"{n} mdr. med start {fmt_date(start, style)}"])
    return txt, {"start": start.isoformat(), "end": (add_months(start, n) - dt.timedelta(days=1)).isoformat()}, "period:length"


def hours_value(rng, mode: str) -> str:
    if mode == "vague":
        return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende, efter aftale med mentor"])
    return rng.choice(["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "Halvanden time ugentligt",
                       "8 timer om måneden", "To timer om ugen", "2-3 timer ugentligt",
                       "24 mentortimer i perioden", "4 timer pr. uge (direkte kontakt)",
                       "2 timer om ugen. Tidspunkterne aftales efter aftale med mentor."])


def follow_value(rng, goal_missing: bool = False) -> str:
    if goal_missing:  # "delmål" names a goal (domain.md § 8): keep a goal-less agreement goal-less
        return rng.choice([
            "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
            "Opfølgningssamtale hver anden uge mellem mentor og borger; mentor sender skriftlig status til sagsbehandler hver måned.",
        ])
    return rng.choice([
        "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
        "Vi følger op hver 3. måned og altid 14 dage inden perioden slutter. Delmål: fremmøde tre dage om ugen fra måned 2.",
        "Midtvejsevaluering efter 3 måneder. Progressionen måles på fremmøde og antal ansøgninger.",
        "Opfølgningssamtale hver anden uge mellem mentor og borger; mentor sender skriftlig status til sagsbehandler hver måned.",
        "Der holdes statusmøde fire uger før bevillingsudløb, hvor vi ser på delmålene.",
    ])


def appeal_value(rng, mode: str, town: str) -> str:
    if mode == "ok":
        return rng.choice([
            f"Hvis du ikke er enig i afgørelsen, kan du klage til {town} Kommune inden 4 uger efter, at du har modtaget "
            f"den. Kommunen vurderer afgørelsen igen inden fire uger. Fastholder vi afgørelsen, sender vi din klage videre "
            f"til Ankestyrelsen. Du kan klage skriftligt eller mundtligt til din sagsbehandler.",
            f"Du kan klage over afgørelsen. Klagen skal være modtaget af {town} Kommune senest fire uger efter, at du har "
            f"fået denne aftale. Vi genvurderer sagen, og hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen "
            f"(lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens §§ 66-67).",
            f"Klage over afgørelsen skal sendes til kommunen inden 4 uger. Kommunen genvurderer afgørelsen, og hvis den "
            f"fastholdes, bliver klagen sendt videre til Ankestyrelsen.",
        ])
    if mode == "wrong_route":
        return rng.choice([
            "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
            "Klagen sendes til Ankestyrelsen, 7998 Statsservice, eller via ast.dk.",
            "Hvis du vil klage, skal du sende din klage til Ankestyrelsen senest fire uger efter modtagelsen.",
        ])
    if mode == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du ikke er enig.",
                           "Kontakt din sagsbehandler, hvis du er utilfreds."])
    raise ValueError(mode)


PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…", "Klik eller tryk her for at skrive tekst.", "(udfyldes)"]

LABELS = {
    "goal": ["Målet med mentorstøtten", "Mål", "Formål med mentorstøtten", "Borgerens mål",
             "Vi har aftalt følgende mål for forløbet:", "Hovedformål"],
    "mentor": ["Mentor", "Din mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i",
              "{mf} skal hjælpe dig med:"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Gyldig fra/til"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}


def base_spec(rng, kind, subtype, name) -> Spec:
    muni = rng.choice(MUNIS)
    dept = rng.choice(DEPTS).format(m=muni[0])
    c, cw = person(rng), person(rng)
    cwp = f"{muni[3][:5]} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    d = dt.date(rng.choice([2025, 2026]), rng.randint(1, 11), rng.randint(1, 28))
    s = Spec(kind=kind, subtype=subtype, name=name, muni=muni, dept=dept, citizen=c, caseworker=cw,
             cw_phone=cwp, title="", letter_date=d,
             journal=f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(0, 20):02d}-A{rng.randint(0, 99):02d}-{rng.randint(1, 9999)}-{d.year % 100}")
    s.sender_lines = [f"{muni[0]} Kommune", dept, muni[1], muni[2], "",
                      f"Sagsbehandler: {cw.name}", f"Direkte tlf. {cwp}",
                      f"{cw.first.lower()}.{cw.last.lower().replace('ø', 'oe')}@{muni[0].lower().replace('æ', 'ae').replace('ø', 'oe').replace(' ', '')}.dk",
                      "", f"Dato: {fmt_date(d, 0)}", f"J.nr.: {s.journal}"]
    return s


def maybe_cpr(rng, s: Spec, p: float = 0.27):
    if rng.random() < p:
        s.cpr = cpr(rng)
        s.traits.append("cpr")


# ---------------------------------------------------------------------------- agreements / Min Plan

def agreement_or_minplan(rng, kind: str, name: str, defects: dict, placement: str) -> Spec:
    s = base_spec(rng, kind, "agreement" if kind == "agreement" else "minplan", name)
    maybe_cpr(rng, s)
    c = s.citizen
    m, prov, mph = person(rng), rng.choice(PROVIDERS), phone(rng)
    g, mm, t, d, h, f, a = (defects.get(k, "ok") for k in
                           ("goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"))
    if kind == "agreement":
        s.title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                              "Samarbejdsaftale – mentorstøtte efter LAB § 167", "Mentorstøtte – aftale"])
        s.intro = [rng.choice([
            f"Denne aftale er indgået mellem {c.name}, {s.town} Kommune og mentor. Aftalen beskriver, hvad mentorstøtten skal føre til, og hvordan vi samarbejder.",
            f"Du er bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Her kan du se, hvad vi har aftalt.",
            f"Kære {c.first}. Tak for samtalen. Nedenfor står de aftaler, vi lavede om din mentorstøtte.",
        ])]
        if rng.random() < 0.4:
            s.intro.append("Mentorstøtte kan bevilges i højst 6 måneder ad gangen, med mulighed for forlængelse efter en konkret vurdering.")
    else:
        s.title = rng.choice(["Min Plan", "Min Plan – mentorstøtte", "Min plan: Indsats"])
        s.letter = rng.random() < 0.3
        s.intro = [rng.choice([
            f"Udskrift af Min Plan for {c.name}. Indsats: Mentorstøtte (LAB § 167).",
            f"Indsats: Mentor. Oprettet af {s.caseworker.name}, {s.dept}.",
            f"Din plan – aktiviteter og støtte. Aktivitet: Mentorstøtte.",
        ])]
        if not s.letter:
            s.intro.insert(0, f"Borger: {c.name}" + (f" · CPR-nr.: {s.cpr}" if s.cpr else ""))
    mf = m.first
    labels = {k: rng.choice(v).replace("{mf}", mf) for k, v in LABELS.items()}
    if f != "ok" and labels["goal"] == "Mål og delmål":
        labels["goal"] = "Mål"

    def add(key, mode, value_fn):
        where = "main"
        if mode == "absent":
            return
        val = rng.choice(PLACEHOLDERS) if mode == "placeholder" else value_fn()
        s.fields.append(Field(key, labels[key], val, where))

    add("goal", g, lambda: goal_text(rng, c, g != "unclear", h != "ok"))
    add("mentor", mm, lambda: mentor_value(rng, m, prov, mph, "name_only" if mm == "name_only" else
                                           ("footer" if placement == "mentor_footer" else "ok")))
    add("tasks", t, lambda: tasks_list(rng, c, long=placement == "split_tasks"))
    per = {"v": None}

    def pv():
        txt, pd, trait = period_value(rng, d == "over")
        per["v"] = pd
        s.traits.append(trait)
        return txt
    add("duration", "ok" if d == "over" else d, pv)
    if per["v"]:
        s.period = per["v"]
    add("hours", "ok" if h == "vague" else h, lambda: hours_value(rng, h))
    if h == "vague":
        s.fields[-1].value = hours_value(rng, "vague")
    if kind == "agreement":
        add("follow_up", f, lambda: follow_value(rng, g in ("absent", "placeholder")))
        if a not in ("absent",):
            s.fields.append(Field("appeal", labels["appeal"], appeal_value(rng, "ok" if a == "ok" else a, s.town)))
    # some writers put the field group in another order (period and hours first, as a fact box)
    if rng.random() < 0.3:
        order = {"duration": 0, "hours": 1, "mentor": 2, "goal": 3, "tasks": 4, "follow_up": 5, "appeal": 6}
        s.fields.sort(key=lambda x: order[x.key])
    # placement on the page
    s.traits.append(f"placement:{placement}")
    if placement == "mentor_sidebar":
        for x in s.fields:
            if x.key == "mentor":
                x.where = "sidebar"
    elif placement == "facts_sidebar":
        for x in s.fields:
            if x.key in ("duration", "hours"):
                x.where = "sidebar"
    elif placement == "mentor_footer" and mm == "ok":
        mail = f"{m.first.lower().replace('ø', 'oe').replace('å', 'aa')}@{prov[1]}"
        s.footer_extra = f"Din mentor: {m.name}, {prov[0]} · tlf. {mph} · {mail}"
    elif placement == "appeal_page2":
        s.pagebreak_before.add("appeal" if kind == "agreement" else "hours")
    if kind == "agreement" and rng.random() < 0.35:
        s.table = {"title": "Mødeplan", "header": ["Nr.", "Aktivitet", "Sted", "Ansvarlig"],
                   "rows": [[str(w), rng.choice(["Samtale", "Følges til praktik", "Møde på skolen", "Telefonsamtale", "Budgetgennemgang"]),
                             rng.choice(["Jobcentret", "Praktikstedet", "Hjemme", "Biblioteket", "Skolen"]),
                             rng.choice(["Mentor", "Borger", "Mentor og borger"])] for w in range(1, 1 + rng.randint(14, 30))]}
        s.traits.append("long-table")
    if kind == "agreement":
        s.outro = [f"Underskrifter:", f"{c.name} (borger)        {m.name if mm != 'absent' else '____________'} (mentor)        {s.caseworker.name} (sagsbehandler)"]
    else:
        s.outro = [f"Planen er senest opdateret {fmt_date(s.letter_date, 1)} af {s.caseworker.name}."]
    # labels from the defects, per the rule docs
    rules = []
    if g in ("absent", "placeholder"):
        rules.append("missing-goal")
    if g == "unclear":
        rules.append("unclear-goal")
    if mm in ("absent", "placeholder", "name_only"):
        rules.append("missing-mentor")
    if t in ("absent", "placeholder"):
        rules.append("missing-tasks")
    if d in ("absent", "placeholder"):
        rules.append("missing-duration")
    if d == "over":
        rules.append("duration-over-6-months")
    if h in ("absent", "placeholder", "vague"):
        rules.append("missing-hours")
    if kind == "agreement":
        if f in ("absent", "placeholder"):
            rules.append("missing-follow-up")
        if a in ("absent", "incomplete"):
            rules.append("missing-appeal-guidance")
        if a == "wrong_route":
            s.extras.append("appeal-wrong-route")
    s.rules = sorted(rules)
    for k, v in defects.items():
        if v != "ok":
            s.traits.append(f"{k}:{v}")
    return s


# ---------------------------------------------------------------------------- decision letters

def decision(rng, name: str, subtype: str, defects: dict, placement: str) -> Spec:
    s = base_spec(rng, "decision", subtype, name)
    maybe_cpr(rng, s)
    c = s.citizen
    prov = rng.choice(PROVIDERS)
    appeal, reasons, over = defects.get("appeal", "ok"), defects.get("reasons", "ok"), defects.get("duration") == "over"
    per_txt, pd, trait = period_value(rng, over)
    hours = hours_value(rng, "ok")
    s.title = {"bevilling": "Afgørelse om mentorstøtte", "afslag": "Afslag på mentorstøtte",
               "delvis": "Afgørelse – delvis bevilling af mentorstøtte", "ophoer": "Afgørelse om ophør af mentorstøtte",
               "forlaengelse": "Afgørelse om forlængelse af mentorstøtte"}[subtype]
    s.intro = [f"Kære {c.name}"]
    if subtype in ("bevilling", "forlaengelse"):
        s.intro.append(f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter lov om en aktiv "
                       f"beskæftigelsesindsats § 167.")
        s.fields.append(Field("duration", "Bevilget periode", per_txt))
        s.fields.append(Field("other", "Omfang", hours))
        s.fields.append(Field("other", "Leverandør", f"{prov[0]}. Mentor kontakter dig inden for en uge."))
        s.period = pd
        s.traits.append(trait)
        if reasons == "ok":
            s.fields.append(Field("reasons", "Begrundelse", rng.choice([
                "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit uddannelsesforløb, og at støtten "
                "ikke kan gives som en del af skolens almindelige tilbud, jf. LAB § 167, stk. 1.",
                "Afgørelsen er truffet på baggrund af samtalen med dig og oplysningerne fra praktikstedet."])))
    elif subtype == "delvis":
        s.intro.append(f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Du får mentorstøtte, men med færre timer "
                       f"end du har søgt om.")
        s.fields.append(Field("duration", "Bevilget periode", per_txt))
        s.fields.append(Field("other", "Bevilget omfang", hours))
        s.period = pd
        s.traits.append(trait)
        if reasons == "ok":
            s.fields.append(Field("reasons", "Begrundelse", "Vi har lagt vægt på, at du allerede har støtte fra en "
                                  "SPS-vejleder på skolen, og at behovet derfor kan dækkes med færre timer, jf. LAB § 167."))
    elif subtype == "afslag":
        s.intro.append(f"Du har den {fmt_date(s.letter_date - dt.timedelta(days=20), 0)} søgt om mentorstøtte. "
                       f"Vi har givet dig afslag på mentorstøtte.")
        if reasons == "ok":
            s.fields.append(Field("reasons", "Begrundelse", rng.choice([
                "Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse. Vi har lagt vægt på, "
                "at du i dag modtager førtidspension og ikke har et job- eller uddannelsesmål, jf. LAB § 167, stk. 1.",
                "Vi har lagt vægt på, at den støtte, du har brug for, kan gives af uddannelsesstedet gennem SPS, og at "
                "mentorstøtte ikke kan erstatte skolens almindelige støtte."])))
    else:  # ophør
        s.intro.append(f"Vi har besluttet, at din mentorstøtte ophører pr. {fmt_date(s.letter_date + dt.timedelta(days=14), 0)}.")
        if reasons == "ok":
            s.fields.append(Field("reasons", "Begrundelse", "Vi har lagt vægt på, at du er startet i ordinært job "
                                  "32 timer om ugen og ikke længere har brug for mentorstøtte."))
    if appeal != "absent":
        s.fields.append(Field("appeal", rng.choice(LABELS["appeal"]), appeal_value(rng, appeal, s.town)))
    s.outro = ["Med venlig hilsen", s.caseworker.name, "Sagsbehandler"]
    if placement == "appeal_page2":
        s.pagebreak_before.add("appeal")
    s.traits.append(f"placement:{placement}")
    rules = []
    if appeal in ("absent", "incomplete"):
        rules.append("missing-appeal-guidance")
    if over:
        rules.append("duration-over-6-months")
    s.rules = sorted(rules)
    if appeal == "wrong_route":
        s.extras.append("appeal-wrong-route")
    if reasons == "absent" and subtype in ("afslag", "delvis", "ophoer"):
        s.extras.append("missing-reasons")
    for k, v in defects.items():
        if v != "ok":
            s.traits.append(f"{k}:{v}")
    return s


# ---------------------------------------------------------------------------- not one of the three

def unknown(rng, name: str, subtype: str) -> Spec:
    s = base_spec(rng, "unknown", subtype, name)
    c, m, prov = s.citizen, person(rng), rng.choice(PROVIDERS)
    mph = phone(rng)
    P = lambda t: Field("other", None, t)
    L = lambda lab, t: Field("other", lab, t)
    s.traits.append("not-a-mentor-document-kind")
    if subtype == "referat":
        s.title = "Referat – møde i mentornetværket"
        s.letter = False
        s.intro = [f"Mødedato: {fmt_date(s.letter_date, 0)}, kl. 13.00-15.00. Sted: {s.dept}, mødelokale 2.",
                   f"Deltagere: {s.caseworker.name}, {m.name} ({prov[0]}), {person(rng).name}, {person(rng).name}. Referent: {person(rng).name}."]
        s.fields = [L("1. Godkendelse af dagsorden", "Godkendt."),
                    L("2. Nye regler for mentorstøtte", "Kort gennemgang af reformen. Fra 1. februar 2026 står der kommunen i stedet for jobcentret. Mentoraftaler skal fortsat indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og timetal."),
                    L("3. Erfaringer med timetal", "Flere mentorer oplever, at 2 timer om ugen er for lidt i starten af et forløb. Det blev aftalt at tage det op på næste møde."),
                    L("4. Evt.", "Intet."),
                    L("Næste møde", f"{fmt_date(s.letter_date + dt.timedelta(days=42), 0)}")]
    elif subtype == "statusrapport":
        s.title = "Statusrapport fra mentor"
        maybe_cpr(rng, s, 0.3)
        s.intro = [f"Til: {s.caseworker.name}, {s.dept}", f"Vedr.: mentorforløb for {c.name}", f"Fra: {m.name}, {prov[0]}, tlf. {mph}"]
        s.fields = [L("Forløbets mål", goal_text(rng, c, True, True)),
                    L("Hvad er der arbejdet med", f"Vi har mødtes ugentligt. {c.first} er mødt til 9 ud af 11 aftaler. Vi har øvet busruten og gennemgået skemaet."),
                    L("Brugte timer i perioden", f"{rng.randint(18, 30)} timer"),
                    L("Mentors vurdering", f"{c.first} er kommet et godt stykke mod målet. Jeg anbefaler, at forløbet fortsætter i tre måneder mere."),
                    L("Næste statusmøde", fmt_date(s.letter_date + dt.timedelta(days=30), 0))]
        if s.cpr:
            s.intro[1] += f" (CPR {s.cpr})"
    elif subtype == "faktura":
        s.title = f"Faktura nr. {rng.randint(2000, 9999)}"
        s.sender_lines = [prov[0], "Industrivej 14", s.muni[2], f"CVR {rng.randint(10000000, 99999999)}", f"Tlf. {mph}",
                          f"bogholderi@{prov[1]}", "", f"Fakturadato: {fmt_date(s.letter_date, 1)}", f"EAN: 5798000{rng.randint(100000, 999999)}"]
        s.intro = [f"{s.town} Kommune", s.dept, f"Att.: {s.caseworker.name}"]
        s.fields = [L("Vedrørende", f"Mentorstøtte for borger, sag {s.journal}"),
                    L("Periode", f"{MONTHS[s.letter_date.month - 1]} {s.letter_date.year}"),
                    L("Mentor", m.name),
                    L("Antal timer", f"{rng.randint(8, 16)} timer à 575,00 kr."),
                    L("I alt ekskl. moms", f"{rng.randint(4600, 9200)},00 kr."),
                    L("Betalingsbetingelser", "Netto 30 dage. Beløbet indbetales på reg.nr. 1234 konto 0012345678.")]
    elif subtype == "pjece":
        s.title = rng.choice(["Få en mentor – sådan foregår det", "Mentorstøtte i " + s.town + " Kommune"])
        s.letter = False
        s.intro = ["En mentor er en person, der kan hjælpe dig med at komme i job eller uddannelse. Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats § 167."]
        s.fields = [L("Hvad står der i aftalen?", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                                                   "hvilke opgaver mentoren skal hjælpe med", "hvor længe støtten varer (højst 6 måneder ad gangen)",
                                                   "hvor mange timer om ugen du har mentor", "hvordan vi følger op"]),
                    L("Hvem kan få en mentor?", "Alle der er ledige eller sygemeldte og har brug for ekstra støtte for at komme i gang med et tilbud, et job eller en uddannelse."),
                    L("Hvis du vil klage", "Du kan klage over en afgørelse om mentorstøtte. Klagen sendes til kommunen inden 4 uger."),
                    L("Kontakt", f"{s.dept}, tlf. {s.muni[3]}")]
    elif subtype == "kvalitetsstandard":
        s.title = "Kvalitetsstandard for mentorstøtte"
        s.letter = False
        s.intro = [f"Vedtaget af Beskæftigelsesudvalget i {s.town} Kommune."]
        s.fields = [L("Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats §§ 167-171 og bekendtgørelse om en aktiv beskæftigelsesindsats kap. 17."),
                    L("Målgruppe", "Personer i målgrupperne i LAB § 6, som har brug for støtte for at kunne gennemføre et tilbud, fastholde et job eller gennemføre en uddannelse."),
                    L("Serviceniveau", ["Niveau 1: 0-1 time pr. uge, opfølgning hver 3. måned", "Niveau 2: 1-2 timer pr. uge, opfølgning hver måned",
                                        "Niveau 3: mere end 2 timer pr. uge, opfølgning hver måned"]),
                    L("Aftalen", "Der laves en skriftlig aftale med mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning samt timetal og klagevejledning."),
                    L("Varighed", "Højst 6 måneder; ny periode efter en konkret vurdering.")]
    elif subtype == "klub":
        club = rng.choice(["Boldklubben Frem", "IF Løven", "Svømmeklubben Delfinen", "Gymnastikforeningen Spring"])
        s.title = f"Mentoraftale – {club}s juniormentorordning"
        s.letter = False
        s.sender_lines = [club, "Idrætsvej 3", s.muni[2], f"formand@{club.split()[-1].lower()}.dk"]
        s.intro = [f"Aftalen er mellem klubben, juniortræner {m.name} og spilleren {c.first} (U17). Ordningen er klubbens egen og har intet med kommunen at gøre."]
        s.fields = [L("Mål", f"{c.first} tager DBU's træneruddannelse C1 og bliver hjælpetræner for U10 i foråret."),
                    L("Mentor", f"{m.name}, tlf. {mph}"),
                    L("Hvad mentor gør", ["tager med til de første træninger", "giver feedback efter hver træning", "hjælper med træningsplaner"]),
                    L("Periode", "Sæsonen 2026 (marts–november)"),
                    L("Tid", "ca. 1 time om ugen efter træning"),
                    L("Hvis der er problemer", "Tal med formanden.")]
    elif subtype == "friskole":
        s.title = "Mentoraftale mellem elever"
        s.letter = False
        s.sender_lines = [f"{s.town} Friskole", "Skolevej 8", s.muni[2]]
        s.intro = ["Som en del af skolens trivselsarbejde får alle elever i 7. klasse en mentor fra 9. klasse."]
        s.fields = [L("Mentor (9. kl.)", person(rng).first), L("Mentee (7. kl.)", c.first),
                    L("Vores mål", "At du føler dig godt tilpas på skolen og ved, hvor du kan få hjælp."),
                    L("Vi mødes", "hver anden fredag i frikvarteret"),
                    L("Varighed", "skoleåret ud"), L("Kontaktlærer", f"{s.caseworker.name}, tlf. {phone(rng)}")]
    elif subtype == "stillingsopslag":
        s.title = f"{prov[0]} søger mentorer"
        s.letter = False
        s.sender_lines = [prov[0], f"job@{prov[1]}", f"Tlf. {mph}"]
        s.intro = ["Vil du gøre en forskel for borgere på vej mod job eller uddannelse?"]
        s.fields = [L("Dine opgaver", ["støtte borgere i overgangen til job og uddannelse", "følge borgere til praktik og møder",
                                       "skrive status til kommunen"]),
                    L("Vi forventer", "Relevant uddannelse, fx socialrådgiver, pædagog eller lærer. Kørekort B."),
                    L("Timer", "Ansættelse 20-37 timer om ugen."),
                    L("Ansøgningsfrist", fmt_date(s.letter_date + dt.timedelta(days=21), 0)),
                    L("Kontakt", f"{m.name}, tlf. {mph}")]
    else:  # nyhedsbrev
        s.title = f"Nyhedsbrev fra {s.dept}"
        s.letter = False
        s.intro = [f"Nr. {rng.randint(2, 9)} · {MONTHS[s.letter_date.month - 1]} {s.letter_date.year}"]
        s.fields = [L("Flere unge i uddannelse med mentor", f"I år har 46 unge haft en mentor i overgangen til uddannelse. 31 af dem er stadig i gang efter seks måneder, fortæller {s.caseworker.name}."),
                    L("Nyt om reformen", "Fra 1. februar 2026 er jobcentret ikke længere et krav i loven. Det ændrer ikke på, at en mentoraftale skal have mål, opgaver, timetal og varighed."),
                    L("Kalender", ["Temadag for mentorer 12. marts", "Netværksmøde 4. juni"])]
    s.outro = []
    return s
