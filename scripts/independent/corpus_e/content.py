"""Content builders: produce a renderer-neutral Doc for each kind, with ground truth."""
import datetime as dt
from dataclasses import dataclass, field
from vocab import (FIRST_F, FIRST_M, LAST, MENTOR_FIRMS, SCHOOLS, WORKPLACES, add_months, fmt_date,
                   DATE_STYLES, MONTHS)

PLACEHOLDERS = ["Klik eller tryk her for at skrive tekst.", "udfyldes", "-", "[indsæt]", "",
                "Udfyldes af sagsbehandler", "[indsæt tekst]"]


@dataclass
class Section:
    field: str            # goal/mentor/tasks/duration/follow/hours/appeal/reasons/other
    label: str | None
    paras: list           # str or list[str] (bullets)
    placeholder: bool = False
    checks: list | None = None       # [(ticked, text)]
    tracked: tuple | None = None     # (deleted, inserted)


@dataclass
class Doc:
    kind: str
    subtype: str
    layout: str
    fmt: str
    lang: str = "da"
    title: str = ""
    letterhead: list = field(default_factory=list)
    meta: list = field(default_factory=list)          # lines under title (parties, case no.)
    intro: list = field(default_factory=list)
    sections: list = field(default_factory=list)
    closing: list = field(default_factory=list)
    header: str = ""
    footer: str = ""
    footer_field: str | None = None   # which field lives in the footer
    rules: set = field(default_factory=set)
    extras: list = field(default_factory=list)
    traits: list = field(default_factory=list)
    period: dict | None = None
    cprs: list = field(default_factory=list)
    comment: str | None = None
    bilag: "Doc | None" = None
    email: dict | None = None
    raw_text: str | None = None      # for free-form docs (unknown, journal)


def person(rng, gender=None):
    g = gender or rng.choice("fm")
    fn = rng.choice(FIRST_F if g == "f" else FIRST_M)
    return dict(fn=fn, ln=rng.choice(LAST), g=g)


def phone(rng):
    d = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    style = rng.randint(0, 3)
    if style == 0:
        return " ".join(s[i:i+2] for i in range(0, 8, 2))
    if style == 1:
        return s[:4] + " " + s[4:]
    if style == 2:
        return "+45 " + " ".join(s[i:i+2] for i in range(0, 8, 2))
    return s


def cpr(rng):
    d = dt.date(rng.randint(1962, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def make_ctx(rng, muni):
    cit = person(rng)
    men = person(rng)
    while men["fn"] == cit["fn"]:
        men = person(rng)
    cw = person(rng)
    while cw["fn"] in (cit["fn"], men["fn"]):
        cw = person(rng)
    firm, dom = rng.choice(MENTOR_FIRMS)
    internal = rng.random() < 0.3
    mdom = muni["dom"] if internal else dom
    memail = f"{men['fn'][:2].lower()}{men['ln'][:2].lower()}@{mdom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    cwemail = f"{cw['fn'].lower()}.{cw['ln'].lower()}@{muni['dom']}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    y = rng.choice([2025, 2025, 2026])
    start = dt.date(y, rng.randint(1, 10), 1 if rng.random() < 0.6 else rng.randint(2, 25))
    letter = start - dt.timedelta(days=rng.randint(3, 20))
    return dict(rng=rng, muni=muni, cit=cit, men=men, cw=cw, firm=("Kommunens mentorkorps" if internal else firm),
                mphone=phone(rng), memail=memail, cwphone=phone(rng), cwemail=cwemail, start=start, letter=letter,
                school=rng.choice(SCHOOLS), work=rng.choice(WORKPLACES), dstyle=muni["date"])


def full(p):
    return f"{p['fn']} {p['ln']}"


def pron(p):
    return "hun" if p["g"] == "f" else "han"


# ---------------------------------------------------------------- goals
CLEAR_GOALS = [
    "at {fn} gennemfører FVU-dansk trin 2 på {school} og møder stabilt til undervisningen mindst 4 ud af 5 dage",
    "at {fn} starter på grundforløb 1 (EUD, smed) på {school} til august og er tilmeldt senest 1. juni",
    "at {fn} fastholder sin elevplads som SOSU-hjælperelev på {school} og består første praktikperiode",
    "at {fn} kommer i virksomhedspraktik hos {work} 3 dage om ugen og derefter kan overgå til løntilskud",
    "at {fn} får et fleksjob som lagermedarbejder hos {work}",
    "at {fn} bliver klar til at starte på FGU (basisforløb) og møder op de første fire uger uden fravær",
    "at {fn} fastholder sit ordinære job som rengøringsassistent hos {work} efter sygemeldingen",
    "at {fn} gennemfører AMU-kurset 'Truck B' og derefter søger mindst fem jobs om ugen inden for lager og logistik",
    "at {fn} afslutter HF-enkeltfag i matematik på {school} med en bestået eksamen i juni",
    "at {fn} møder stabilt i sin praktik hos {work} og øger fra 2 til 4 dage om ugen",
    "at {fn} bliver optaget på STU på {school} og deltager i skoleforløbet alle hverdage",
    "at {fn} får ordinær beskæftigelse i detailhandlen, konkret et job hos {work}",
]
VAGUE_GOALS = [
    "at {fn} får mere struktur på hverdagen og øget trivsel",
    "Øget selvværd og bedre livskvalitet",
    "at {fn} kommer videre i sit liv",
    "Støtte til at få styr på hverdagen",
    "at sikre, at {fn} får det bedre og får mere overskud",
    "at {fn} får en mere stabil hverdag og mere ro på",
    "Generel trivsel og udvikling af personlige kompetencer",
    "at {fn} arbejder på at få det godt med sig selv",
]

TASKS = [
    "hjælpe med at skabe en fast døgnrytme, så {fn} kan nå frem til tiden",
    "tage med til de første samtaler på {school}",
    "støtte {fn} i kontakten med kolleger og leder på {work}",
    "hjælpe med at åbne og forstå post fra e-Boks og kommunen",
    "øve transporten til og fra praktikstedet",
    "hjælpe med at lave en ugeplan og holde den",
    "være med til møder med SU-vejleder og studievejleder",
    "støtte i kontakt med læge og psykiatri, når det er nødvendigt",
    "hjælpe med at skrive ansøgninger og forberede jobsamtaler",
    "bakke op om lektielæsning og afleveringer",
    "tage telefonisk kontakt om morgenen på skoledage",
    "hjælpe med budget og betaling af faste regninger",
]
TASKS_EN = ["help {fn} get a steady daily routine", "attend the first meetings at {school}",
            "support contact with colleagues at {work}", "help with letters from the municipality (e-Boks)",
            "practise the route to the workplace", "help prepare job interviews"]


def fill(s, ctx):
    return s.format(fn=ctx["cit"]["fn"], school=ctx["school"], work=ctx["work"])


# ---------------------------------------------------------------- periods
def period_make(ctx, over):
    rng = ctx["rng"]
    s = ctx["start"]
    ds = rng.choice([ctx["dstyle"]] * 3 + DATE_STYLES)
    if ds == "words":
        ds = "long"
    F = lambda d: fmt_date(d, ds)
    if not over:
        kind = rng.choice(["m3", "m4", "m5", "m6", "m6", "m6exact", "w26", "halvt", "plus", "uge"])
    else:
        kind = rng.choice(["m7", "m8", "m9", "m12", "m6p1", "plus12", "aar", "uge_over"])
    note = ""
    if kind.startswith("m") and kind[1:].isdigit():
        n = int(kind[1:])
        e = add_months(s, n) - dt.timedelta(days=1)
        form = rng.randint(0, 4)
        if form == 0:
            txt = f"{F(s)} – {F(e)}"
        elif form == 1:
            txt = f"fra {F(s)} til {F(e)}"
        elif form == 2:
            txt = f"f.o.m. {F(s)} t.o.m. {F(e)}"
        elif form == 3 and s.day == 1 and e.year == s.year:
            txt = f"{MONTHS[s.month-1]}–{MONTHS[e.month-1]} {s.year}"
        else:
            txt = f"fra og med {F(s)} til og med {F(e)}"
        note = f"range {n} months"
    elif kind == "m6exact":
        s = s.replace(day=1)
        e = add_months(s, 6) - dt.timedelta(days=1)
        if e.year == s.year:
            txt = f"1. {MONTHS[s.month-1]} – {e.day}. {MONTHS[e.month-1]} {s.year}"
        else:
            txt = f"{F(s)} - {F(e)}"
        note = "exactly 6 calendar months (boundary, OK)"
    elif kind == "m6p1":
        s = s.replace(day=1)
        e = add_months(s, 6)
        txt = f"{F(s)} – {F(e)}"
        note = "6 months + 1 day (boundary, over)"
    elif kind == "w26":
        e = s + dt.timedelta(days=181)
        txt = rng.choice([f"26 uger fra {F(s)}", f"i 26 uger med start {F(s)}"])
        note = "26 weeks (counts as OK)"
    elif kind == "halvt":
        e = add_months(s, 6) - dt.timedelta(days=1)
        txt = rng.choice([f"et halvt år fra {F(s)}", f"½ år regnet fra {F(s)}"])
        note = "half a year from start"
    elif kind == "plus":
        n = rng.choice([3, 4, 6])
        e = add_months(s, n) - dt.timedelta(days=1)
        txt = rng.choice([f"fra {F(s)} og {n} måneder frem", f"pr. {F(s)} i {n} mdr.",
                          f"{['tre','fire','fem','seks'][n-3]} måneder med virkning fra {F(s)}"])
        note = f"start + {n} months"
    elif kind in ("plus12", "aar"):
        e = add_months(s, 12) - dt.timedelta(days=1)
        txt = f"12 måneder fra {F(s)}" if kind == "plus12" else f"et år regnet fra {F(s)}"
        note = "start + 12 months (over)"
    elif kind in ("uge", "uge_over"):
        y = s.year
        w1 = rng.randint(2, 14)
        w2 = w1 + (rng.randint(12, 25) if kind == "uge" else rng.randint(28, 36))
        w2 = min(w2, 52)
        s = dt.date.fromisocalendar(y, w1, 1)
        e = dt.date.fromisocalendar(y, w2, 7)
        txt = rng.choice([f"uge {w1}-{w2} {y}", f"uge {w1} til uge {w2}, {y}"])
        note = f"ISO weeks {w1}-{w2}"
    else:  # m7 etc handled above
        raise ValueError(kind)
    # sanity on ground truth
    limit = add_months(s, 6) - dt.timedelta(days=1)
    is_over = e > limit and not (kind == "w26")
    assert is_over == over, (kind, s, e)
    return s, e, txt, note


def history_period(ctx):
    rng = ctx["rng"]
    e = ctx["start"] - dt.timedelta(days=rng.randint(60, 300))
    s = add_months(e, -rng.choice([8, 9, 10])) + dt.timedelta(days=1)
    F = lambda d: fmt_date(d, "dot")
    return rng.choice([
        f"{ctx['cit']['fn']} har tidligere haft mentor i perioden {F(s)}-{F(e)} (tidligere forløb, afsluttet).",
        f"Tidligere forløb: mentorstøtte {F(s)} til {F(e)} hos anden leverandør.",
        f"Historik: der var bevilget mentor fra {F(s)} til {F(e)}; det forløb er lukket.",
    ])


# ---------------------------------------------------------------- hours
HOURS_OK = [
    ("2 timer om ugen.", "2 h/week"), ("1½ time ugentligt.", "1½ time"), ("halvanden time pr. uge", "halvanden time"),
    ("to timer om ugen", "to timer (word)"), ("24 mentortimer i perioden.", "24 hours total"),
    ("2-3 timer om ugen", "range 2-3"), ("90 minutter om ugen", "90 minutes"), ("3 t/uge", "3 t/uge"),
    ("4 timer pr. uge de første seks uger, derefter 2 timer pr. uge", "stepped 4 then 2"),
    ("Op til 5 timer pr. uge.", "op til 5"), ("8 timer om måneden", "8 per month"),
    ("3 timer ugentligt. Hvornår på ugen aftales efter aftale mellem jer.", "3 timer + 'efter aftale' next sentence"),
    ("2 timer pr. uge. Fordelingen over ugen sker efter behov.", "2 timer + 'efter behov' next sentence"),
]
HOURS_VAGUE = ["Efter behov.", "Et par timer om ugen.", "Timetallet aftales løbende mellem borger og mentor.",
               "Nogle timer hver uge, afhængigt af hvordan det går.", "Fleksibelt – så meget som der er brug for.",
               "efter aftale"]

FOLLOW_OK = [
    "Vi holder statusmøde hver 4. uge med dig, mentor og sagsbehandler. Aftalen evalueres senest 14 dage før den udløber.",
    "Mentor sender en kort skriftlig status hver måned. Midtvejsevaluering holdes ved et fælles møde.",
    "Opfølgning sker hver 3. måned og altid fire uger før bevillingsudløb. Progression måles på fremmødet.",
    "Delmål 1: fast fremmøde i to uger. Delmål 2: selvstændig transport. Vi gør progressionen op ved opfølgningssamtalen hver 6. uge.",
    "Sagsbehandler følger op telefonisk hver 14. dag; der afholdes evalueringsmøde inden aftalen slutter.",
]

APPEAL_OK = {
    "standard": "Hvis du ikke er enig i afgørelsen, kan du klage til {unit} inden 4 uger efter, at du har modtaget dette brev. "
                "Vi genvurderer sagen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, "
                "som træffer afgørelse. Du kan klage mundtligt eller skriftligt, jf. lov om en aktiv beskæftigelsesindsats § 204 "
                "og retssikkerhedslovens kapitel 10.",
    "short": "Klage sendes til {name} senest fire uger efter modtagelsen. Giver vi dig ikke medhold, går klagen videre til Ankestyrelsen.",
    "friendly": "Er du uenig, så kontakt os inden 4 uger – ring på {tel} eller skriv via borger.dk. Vi kigger på sagen igen, "
                "og hvis vi holder fast i afgørelsen, sender vi den til Ankestyrelsen.",
    "legal": "Afgørelsen kan påklages til Ankestyrelsen, jf. LAB § 204. Klagen skal dog sendes til {name}, som har truffet "
             "afgørelsen, inden 4 uger fra modtagelsen. Kommunen genvurderer afgørelsen, jf. retssikkerhedslovens § 66, og sender "
             "den videre til Ankestyrelsens Beskæftigelsesudvalg, hvis den fastholdes.",
}
APPEAL_EMPTY = ["Du kan klage over den.", "Kontakt os, hvis du er utilfreds med aftalen.",
                "Der er klageadgang efter de almindelige regler."]
APPEAL_WRONG = ["Hvis du er uenig, kan du klage direkte til Ankestyrelsen inden 4 uger. Send klagen til Ankestyrelsen, "
                "7998 Statsservice, eller via ast.dk.",
                "Klage indsendes direkte til Ankestyrelsen (www.ast.dk) senest fire uger efter, at du har modtaget afgørelsen."]


# ---------------------------------------------------------------- field builders
def mk_placeholder(rng, avoid_empty=False):
    choices = PLACEHOLDERS[:-3] + PLACEHOLDERS[-2:] if avoid_empty else PLACEHOLDERS
    return rng.choice(choices)


def build_fields(ctx, status, lang="da", prose=False):
    """status: dict field -> state. Returns (sections, traits, period, footer_text)."""
    rng = ctx["rng"]
    muni = ctx["muni"]
    L = dict(muni["labels"])
    if lang == "en":
        L = dict(goal="Goal", mentor="Your mentor", tasks="What the mentor will do", duration="Period",
                 follow="Follow-up", hours="Hours", appeal="How to complain")
    # occasional global label variation so municipalities don't always use their fixed label
    alt = dict(goal=["Mål", "Formål", "Målsætning for mentorstøtten", "Borgerens mål", "Hovedformål"],
               mentor=["Mentor", "Mentorens kontaktoplysninger", "Mentors kontaktdata", "Tilknyttet mentor"],
               tasks=["Opgaver", "Mentorens opgaver", "Indsatsområder", "Mentor skal hjælpe med"],
               duration=["Periode", "Varighed", "Bevilget periode", "Aftalen gælder"],
               follow=["Opfølgning", "Evaluering", "Status og opfølgning", "Progression og opfølgning"],
               hours=["Timer pr. uge", "Timetal", "Antal timer", "Timeantal"],
               appeal=["Klagevejledning", "Sådan klager du", "Klageadgang"])
    if lang == "da" and rng.random() < 0.3:
        k = rng.choice(list(alt))
        L[k] = rng.choice(alt[k])
    secs, traits = [], []
    period = None
    footer = None
    fn = ctx["cit"]["fn"]
    men = ctx["men"]
    mref = men["fn"] if status.get("mentor") in ("ok", "ok_footer") else "Mentor"
    F = lambda d: fmt_date(d, ctx["dstyle"] if ctx["dstyle"] != "words" else "long")

    def add(fieldname, paras, placeholder=False, **kw):
        secs.append(Section(fieldname, None if prose else L[fieldname], paras, placeholder, **kw))

    for f in ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]:
        st = status.get(f, "skip")
        if st == "skip":
            continue
        if st == "absent":
            traits.append(f"{f}: section omitted entirely")
            continue
        if st == "placeholder":
            ph = mk_placeholder(rng, avoid_empty=prose)
            if prose:
                ph = ph or "[indsæt]"
            secs.append(Section(f, L[f], [ph], True))
            traits.append(f"{f}: label '{L[f]}' with placeholder {ph!r}")
            continue
        lab = L[f] if not prose else "prose lead-in"
        if f == "goal":
            if lang == "en":
                g = rng.choice([f"{fn} completes the FVU Danish course at {ctx['school']} and attends at least 4 of 5 days",
                                f"{fn} starts an internship at {ctx['work']} three days a week"] if st == "ok" else
                               [f"{fn} feels better and gets more structure in daily life"])
                add(f, [g]); traits.append(f"goal: English label '{lab}', {'clear' if st=='ok' else 'vague'}")
                continue
            g = fill(rng.choice(CLEAR_GOALS if st == "ok" else VAGUE_GOALS), ctx)
            if prose:
                lead = rng.choice(["Vi har aftalt følgende mål: ", "Målet med forløbet er ", "Det, vi arbejder hen imod, er "])
                add(f, [lead + g + "."])
            else:
                add(f, [g[0].upper() + g[1:] + "."])
            traits.append(f"goal: '{lab}', {'clear (job/education anchor)' if st=='ok' else 'vague (no job/education anchor, nothing observable)'}")
        elif f == "mentor":
            nm = full(men)
            if st in ("ok", "ok_footer"):
                if st == "ok_footer":
                    txt = rng.choice([f"{nm}, {ctx['firm']} (kontaktoplysninger står nederst på siden)",
                                      f"{nm} fra {ctx['firm']} – se sidefoden"])
                    footer = f"Mentor {nm} · tlf. {ctx['mphone']} · {ctx['memail']}"
                    traits.append(f"mentor: '{lab}' name in body, phone+e-mail only in footer part")
                elif prose:
                    txt = rng.choice([f"Din mentor bliver {nm} fra {ctx['firm']}. Du kan fange {'hende' if men['g']=='f' else 'ham'} på {ctx['mphone']} eller skrive til {ctx['memail']}.",
                                      f"{nm} ({ctx['firm']}) er din mentor – telefon {ctx['mphone']}."])
                    traits.append("mentor: prose sentence with phone")
                else:
                    form = rng.randint(0, 3)
                    txt = [f"{nm}, {ctx['firm']}, tlf. {ctx['mphone']}",
                           f"{nm} ({ctx['firm']})\nTelefon: {ctx['mphone']}\nMail: {ctx['memail']}",
                           f"{nm} – e-mail: {ctx['memail']}",
                           f"Navn: {nm}. Mobil {ctx['mphone']}."][form]
                    traits.append(f"mentor: '{lab}' name + {['phone','phone+mail','e-mail only','mobil'][form]}")
                add(f, txt.split("\n") if "\n" in txt else [txt])
            elif st == "nocontact":
                txt = rng.choice([f"{nm}, {ctx['firm']}", f"Din mentor er {nm}." if prose else f"{nm}"])
                add(f, [txt]); traits.append("mentor: name only, no phone/e-mail (missing-mentor)")
            elif st == "cwonly":
                txt = rng.choice([
                    f"{nm}. Har du spørgsmål, så kontakt din sagsbehandler {full(ctx['cw'])} på tlf. {ctx['cwphone']}.",
                    f"Mentor findes via {ctx['firm']}. Kontakt: sagsbehandler {full(ctx['cw'])}, {ctx['cwemail']}"])
                add(f, [txt]); traits.append("mentor: only caseworker's contact given (missing-mentor)")
        elif f == "tasks":
            n = rng.randint(2, 5)
            items = [fill(t, ctx) for t in rng.sample(TASKS_EN if lang == "en" else TASKS, min(n, 6))]
            if prose:
                lead = rng.choice([f"{mref} skal hjælpe dig med:", "Mentor skal bistå dig med følgende:",
                                   "Sammen har vi aftalt, at mentoren særligt skal:"])
                add(f, [lead, items]); traits.append(f"tasks: lead-in '{lead}' + bullets")
            elif rng.random() < 0.5:
                add(f, [items]); traits.append(f"tasks: '{lab}' as bullets")
            else:
                s = "Mentor skal " + ", ".join(items[:-1]) + (" og " if len(items) > 1 else "") + items[-1] + "."
                add(f, [s]); traits.append(f"tasks: '{lab}' as one sentence")
        elif f == "duration":
            s, e, txt, note = period_make(ctx, over=(st == "over"))
            period = {"start": s.isoformat(), "end": e.isoformat()}
            if prose:
                txt = rng.choice([f"Aftalen gælder {txt}.", f"Mentorstøtten løber {txt}.", f"Vi har aftalt perioden {txt}."])
            else:
                txt = txt[0].upper() + txt[1:]
            add(f, [txt])
            traits.append(f"duration: '{lab}' {note}")
        elif f == "follow":
            if st == "unticked":
                secs.append(Section(f, L[f], [], True, checks=[(False, "hver 14. dag"), (False, "hver måned"),
                                                              (False, "hver 3. måned")]))
                traits.append("follow: only unticked ☐ boxes (missing)")
                continue
            t = rng.choice(FOLLOW_OK) if lang == "da" else "We meet every 4 weeks to review progress; final evaluation two weeks before the end."
            add(f, [t]); traits.append(f"follow: '{lab}'")
        elif f == "hours":
            if st == "ok":
                t, note = rng.choice(HOURS_OK)
                if lang == "en":
                    t, note = "2 hours per week.", "English 2 hours"
                if prose:
                    t = rng.choice([f"{mref} har {t.rstrip('.')} til dig.", f"Der er afsat {t.rstrip('.')}."])
                add(f, [t]); traits.append(f"hours: '{lab}' {note}")
            else:
                t = rng.choice(HOURS_VAGUE)
                if prose:
                    t = f"Timetallet er {t.rstrip('.').lower()}."
                add(f, [t]); traits.append(f"hours: vague {t!r} (missing-hours)")
        elif f == "appeal":
            if st == "ok":
                style = muni["appeal_style"] if rng.random() < 0.7 else rng.choice(list(APPEAL_OK))
                t = APPEAL_OK[style].format(unit=muni["unit"], name=muni["name"], tel=muni["tel"])
                if lang == "en":
                    t = (f"If you disagree, you can complain to {muni['name']} within 4 weeks. We will reconsider the "
                         "decision; if we uphold it, your complaint is sent on to Ankestyrelsen (the National Social Appeals Board).")
                if prose:
                    t = "Hvis du vil klage: " + t
                add(f, [t]); traits.append(f"appeal: '{lab}' style {style}")
            elif st == "ok_footer":
                footer = APPEAL_OK["short"].format(name=muni["name"], unit=muni["unit"], tel=muni["tel"])
                traits.append("appeal: only in footer part")
            elif st == "empty":
                t = rng.choice(APPEAL_EMPTY)
                add(f, [t]); traits.append(f"appeal: content-free {t!r}, no body/deadline (missing)")
            elif st == "wrong":
                t = rng.choice(APPEAL_WRONG)
                add(f, [t]); traits.append("appeal: says complain directly to Ankestyrelsen (wrong route)")
    return secs, traits, period, footer
