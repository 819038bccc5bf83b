"""Document specifications for corpus et: kind, fields, defects and labels."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content import (KOMMUNER, PROVIDERS, REASONS, add_months, appeal_direct, appeal_full,
                     appeal_incomplete, cpr, fmt_date, fmt_range, follow_up, goal_clear,
                     goal_unclear, hours, mail_of, person, phone, tasks, FIRST, LAST, JOBS, WORKPLACES)

LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Mål og delmål", "Hvad er målet?", "Formål med forløbet"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktoplysninger på mentor", "Hvem er din mentor?"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Støtteperiode"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Timeantal", "Mentortimer"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}
PLACEHOLDERS = ["Udfyldes senere", "-", "", "…", "xx", "Aftales ved opstart"]


@dataclass
class Doc:
    name: str
    kind: str
    subtype: str
    title: str
    kommune: tuple
    provider: tuple | None
    citizen: str
    cpr: str | None
    sagsnr: str
    date: dt.date
    caseworker: tuple  # name, phone, mail
    intro: list = field(default_factory=list)
    sections: list = field(default_factory=list)  # (key, label, value:str|list)
    closing: list = field(default_factory=list)
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    period: dict | None = None
    traits: list = field(default_factory=list)
    sign: bool = True


def base(rng, i, kind, subtype, title, provider=False):
    k = KOMMUNER[rng.randrange(len(KOMMUNER))]
    p = PROVIDERS[rng.randrange(len(PROVIDERS))] if provider else None
    cw = person(rng)
    d = Doc(name="", kind=kind, subtype=subtype, title=title, kommune=k, provider=p, citizen=person(rng),
            cpr=None, sagsnr=f"{rng.choice(['15.02.00', '15.20.12', '27.12.04'])}-{rng.choice(['G01', 'A00', 'K07'])}-{rng.randint(100, 9999)}-{26}",
            date=dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)),
            caseworker=(cw, phone(rng), mail_of(cw, k[4])))
    return d


def make_period(rng, d: Doc, over: bool):
    start = dt.date(2026, rng.randint(1, 11), 1) if rng.random() < .75 else dt.date(2026, rng.randint(1, 11), rng.randint(2, 20))
    if over:
        n = rng.choice([7, 8, 9, 12])
        end = add_months(start, n) - dt.timedelta(days=1)
        d.traits.append(f"period:over-{n}m")
    else:
        n = rng.choice([3, 4, 6, 6, 6, 5])
        end = add_months(start, n) - dt.timedelta(days=1)
        d.traits.append("period:exact-six" if n == 6 else f"period:{n}m")
    d.period = {"start": start.isoformat(), "end": end.isoformat()}
    style = rng.randint(0, 20)
    if not over and rng.random() < .15:
        return start, end, f"{n} måneder fra {fmt_date(start, style)}"
    return start, end, fmt_range(start, end, style, rng)


def mentor_value(rng, d: Doc, complete=True):
    m = person(rng)
    org = d.provider[0] if d.provider else rng.choice(["Jobcentrets mentorkorps", "Ungeenheden", d.kommune[0]])
    dom = d.provider[2] if d.provider else d.kommune[4]
    if not complete:
        return m, rng.choice([f"{m}, {org}", f"{m}", f"{m} (mentor, {org})"])
    s = rng.randint(0, 3)
    if s == 0:
        return m, f"{m}, {org}, tlf. {phone(rng)}, {mail_of(m, dom)}"
    if s == 1:
        return m, [f"Navn: {m}", f"Tlf.: {phone(rng)}", f"E-mail: {mail_of(m, dom)}"]
    if s == 2:
        return m, f"{m} – {org} – mobil {phone(rng)}"
    return m, f"{m}, {mail_of(m, dom)}"


AGREEMENT_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                     "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]


DECKS: dict = {}


def pick_defects(rng, pool, clean_share=.46):
    """Draw from a shuffled deck per pool, so every defect appears and ~40 % stay clean."""
    key = tuple(pool)
    deck = DECKS.get(key)
    if not deck:
        deck = []
        for _ in range(3):
            singles = [[p] for p in pool]
            doubles = [rng.sample(pool, 2) for _ in range(len(pool) // 2)]
            clean = [[] for _ in range(round((len(singles) + len(doubles)) * clean_share / (1 - clean_share)))]
            deck += singles + doubles + clean
        rng.shuffle(deck)
        DECKS[key] = deck
    ds = list(deck.pop())
    if "missing-goal" in ds and "unclear-goal" in ds:
        ds.remove("unclear-goal")
    if "missing-duration" in ds and "duration-over-6-months" in ds:
        ds.remove("duration-over-6-months")
    return sorted(ds)


def fill_fields(rng, d: Doc, defects, which, label_style):
    """Add sections for the fields in `which` to d, honouring defects."""
    fn = d.citizen.split()[0]
    start, end, prange = make_period(rng, d, "duration-over-6-months" in defects) if True else None
    if "missing-duration" in defects:
        d.period = None
        d.traits = [t for t in d.traits if not t.startswith("period:")]
    secs = []
    for key in which:
        lab = rng.choice(LABELS[key])
        if key == "goal":
            if "missing-goal" in defects:
                if rng.random() < .6:
                    secs.append((key, lab, rng.choice(PLACEHOLDERS))); d.traits.append("goal:placeholder")
                else:
                    d.traits.append("goal:absent")
                continue
            if "unclear-goal" in defects:
                secs.append((key, lab, goal_unclear(rng, fn))); continue
            g = goal_clear(rng, fn, start)
            while ("missing-follow-up" in defects and "elmål" in g) or ("missing-duration" in defects and any(ch.isdigit() for ch in g)):
                g = goal_clear(rng, fn, start)
            secs.append((key, lab, g))
        elif key == "mentor":
            if "missing-mentor" in defects:
                if rng.random() < .7:
                    _, v = mentor_value(rng, d, complete=False); secs.append((key, lab, v)); d.traits.append("mentor:no-contact")
                else:
                    secs.append((key, lab, rng.choice(["Tildeles senere", "-", "Findes ved opstartsmødet"]))); d.traits.append("mentor:placeholder")
                continue
            _, v = mentor_value(rng, d)
            secs.append((key, lab, v))
        elif key == "tasks":
            if "missing-tasks" in defects:
                if rng.random() < .5:
                    secs.append((key, lab, rng.choice(["-", "Udfyldes senere", ""]))); d.traits.append("tasks:placeholder")
                else:
                    d.traits.append("tasks:absent")
                continue
            ts = tasks(rng, fn, "")
            if "missing-follow-up" in defects:  # a weekly talk could pass for follow-up; keep the defect plain
                ts = [t for t in ts if not t.startswith("Ugentlig samtale")] or ts[:1]
            secs.append((key, lab, ts))
        elif key == "duration":
            if "missing-duration" in defects:
                if rng.random() < .6:
                    secs.append((key, lab, rng.choice(["indtil videre", "Udfyldes senere", "-", "Løbende"]))); d.traits.append("duration:placeholder")
                else:
                    d.traits.append("duration:absent")
                continue
            secs.append((key, lab, prange))
        elif key == "follow_up":
            if "missing-follow-up" in defects:
                if rng.random() < .4:
                    secs.append((key, lab, rng.choice(["–", "Udfyldes senere"]))); d.traits.append("follow:placeholder")
                else:
                    d.traits.append("follow:absent")
                continue
            f = follow_up(rng, d.kommune[0])
            while "missing-duration" in defects and ("tre måneder" in f or "to måneder" in f):
                f = follow_up(rng, d.kommune[0])
            secs.append((key, lab, f))
        elif key == "hours":
            if "missing-hours" in defects:
                if rng.random() < .6:
                    secs.append((key, lab, rng.choice(["efter behov", "", "et par timer om ugen", "løbende", "Aftales mellem mentor og borger"]))); d.traits.append("hours:vague-or-empty")
                else:
                    d.traits.append("hours:absent")
                continue
            hv = hours(rng)
            while "missing-duration" in defects and "fire uger" in hv:
                hv = hours(rng)
            secs.append((key, lab, hv))
        elif key == "appeal":
            if "missing-appeal-guidance" in defects:
                if rng.random() < .6:
                    secs.append((key, lab, appeal_incomplete(rng))); d.traits.append("appeal:incomplete")
                else:
                    d.traits.append("appeal:absent")
                continue
            if rng.random() < .12:
                secs.append((key, lab, appeal_direct(rng))); d.extras.append("appeal-wrong-route"); d.traits.append("appeal:direct-route")
                continue
            secs.append((key, lab, appeal_full(rng, d.kommune[0], d.kommune[3])))
    d.sections = secs
    d.traits.append(f"labels:{label_style}")


def agreement(rng, i):
    prov = rng.random() < .45
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorforløb",
                        "Aftale om mentorstøtte efter LAB § 167", "Samarbejdsaftale – mentorstøtte"])
    d = base(rng, i, "agreement", "agreement", title, provider=prov)
    defects = pick_defects(rng, AGREEMENT_DEFECTS)
    if "missing-mentor" in defects:
        d.provider = None  # keep a provider's letterhead phone from passing as the mentor's contact
    d.rules = defects
    fn = d.citizen.split()[0]
    d.intro = [rng.choice([
        f"Denne aftale er indgået mellem {d.citizen}, {d.kommune[0]} og mentor. Aftalen beskriver, hvad mentorstøtten skal føre til, og hvordan vi arbejder sammen.",
        f"Kære {fn}. Her er aftalen om din mentorstøtte, som vi talte om på mødet. Læs den igennem og skriv under.",
        f"Aftalen er lavet efter lov om en aktiv beskæftigelsesindsats § 167 og gælder for {d.citizen}.",
    ])]
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"]
    if rng.random() < .4:
        order = ["mentor", "duration", "hours", "goal", "tasks", "follow_up", "appeal"]
    fill_fields(rng, d, defects, order, "mixed")
    d.closing = [rng.choice(["Aftalen kan ændres, hvis behovet ændrer sig. Ændringer skrives ind i Min Plan.",
                             "Har du spørgsmål til aftalen, er du velkommen til at ringe til din sagsbehandler.",
                             "Vi glæder os til samarbejdet."])]
    return d


MINPLAN_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                   "missing-hours", "duration-over-6-months"]


def minplan(rng, i):
    title = rng.choice(["Min Plan – mentorstøtte", "Min Plan", "Uddrag af Min Plan: Mentor", "Min plan – aktivitet: Mentorstøtte"])
    d = base(rng, i, "minplan", "minplan", title)
    defects = pick_defects(rng, MINPLAN_DEFECTS)
    d.rules = defects
    fill_fields(rng, d, defects, ["goal", "mentor", "tasks", "duration", "hours"], "plan")
    d.sign = False
    return d


def decision(rng, i, subtype):
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentorstøtte"],
        "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
    }
    d = base(rng, i, "decision", subtype, rng.choice(titles[subtype]))
    fn = d.citizen.split()[0]
    pool = ["missing-appeal-guidance"] + (["duration-over-6-months"] if subtype in ("grant", "partial", "extension") else [])
    defects = [] if rng.random() < .45 else [rng.choice(pool)]
    d.rules = defects
    has_period = subtype != "refusal"
    if has_period:
        start, end, prange = make_period(rng, d, "duration-over-6-months" in defects)
    m = person(rng)
    mentor_line = f"Din mentor bliver {m}, tlf. {phone(rng)}."
    reasons = rng.choice(REASONS).format(d=fmt_date(d.date - dt.timedelta(days=9), 0))
    h = hours(rng)
    if subtype == "grant":
        d.intro = [f"Kære {fn}", f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {prange} med {h}.", mentor_line]
        if rng.random() < .5:
            d.intro.append(reasons)
    elif subtype == "partial":
        h = rng.choice(["2 timer pr. uge", "3 timer om ugen", "4 t/uge"])
        d.intro = [f"Kære {fn}", f"Du har søgt om mentorstøtte med 6 timer om ugen. Vi bevilger dig delvist mentorstøtte: {h} i perioden {prange}. Du får altså færre timer, end du søgte om.",
                   "Begrundelse", reasons]
    elif subtype == "refusal":
        d.intro = [f"Kære {fn}", f"Du har den {fmt_date(d.date - dt.timedelta(days=20), 0)} søgt om mentorstøtte. Vi har givet dig afslag."]
        if rng.random() < .7:
            d.intro += ["Begrundelse", "Vi har lagt vægt på, at du allerede har en kontaktperson på uddannelsesstedet, som kan give den støtte, du har beskrevet. Mentorstøtte gives kun, hvis der er behov for støtte ud over det, uddannelsesstedet normalt tilbyder, jf. LAB § 167."]
        else:
            d.extras.append("missing-reasons"); d.traits.append("reasons:absent")
    elif subtype == "extension":
        d.intro = [f"Kære {fn}", f"Din mentorstøtte bliver forlænget. Den nye periode er {prange}, og du har fortsat {h}. Din mentor er stadig {m}.",
                   "Vi har lagt vægt på, at du er godt i gang med praktikken, men endnu ikke møder stabilt, jf. LAB § 167, stk. 1, 2. pkt."]
        d.traits.append("extension")
    else:
        d.intro = [f"Kære {fn}", f"Din mentorstøtte ophører. Du har haft mentorstøtte i perioden {prange}.",
                   "Vi stopper støtten, fordi du nu er i ordinær uddannelse og selv møder stabilt. Vi har lagt vægt på skolens udtalelse og din egen vurdering."]
        if "duration-over-6-months" in defects:
            pass
    if "missing-appeal-guidance" in defects:
        if rng.random() < .6:
            d.sections = [("appeal", rng.choice(LABELS["appeal"]), appeal_incomplete(rng).replace("i aftalen", "i afgørelsen"))]; d.traits.append("appeal:incomplete")
        else:
            d.traits.append("appeal:absent")
    elif rng.random() < .12:
        d.sections = [("appeal", "Klagevejledning", appeal_direct(rng))]; d.extras.append("appeal-wrong-route")
    else:
        d.sections = [("appeal", rng.choice(LABELS["appeal"]), appeal_full(rng, d.kommune[0], d.kommune[3]))]
    d.closing = ["Med venlig hilsen", d.caseworker[0], "Sagsbehandler"]
    d.sign = False
    return d
