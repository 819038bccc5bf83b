#!/usr/bin/env python
"""Corpus IW: mentor paperwork written with the spelling people really have.

Misspellings, split/joined words, ae/oe/aa or a/o for æ/ø/å, keyboard slips, autocorrect
errors, mixed Danish-English and SMS style. Labels follow what the text MEANS.
Deterministic: python make_corpus_iw.py --out /work/corpora/iw [--seed 20]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(NINE),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

# ----------------------------------------------------------------------------- spelling
def ae_style(s: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        s = s.replace(a, b)
    return s


def ao_style(s: str) -> str:
    for a, b in (("æ", "a"), ("ø", "o"), ("å", "a"), ("Æ", "A"), ("Ø", "O"), ("Å", "A")):
        s = s.replace(a, b)
    return s


def lower_style(s: str) -> str:
    return s.lower()


def caps_mess(s: str, rnd: random.Random) -> str:
    out = []
    for w in s.split(" "):
        r = rnd.random()
        if r < 0.08:
            w = w.upper()
        elif r < 0.2 and w[:1].isalpha():
            w = w[:1].swapcase() + w[1:]
        out.append(w)
    return " ".join(out)


MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def fmt_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 3:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == 4:
        return d.isoformat()
    if style == 5:
        return f"{d.day} {MON_ABBR[d.month - 1]} {d.year}"
    if style == 6:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return date(y, mo, min(d.day, last))


def cpr(rnd: random.Random) -> str:
    d = date(1962, 1, 1) + timedelta(days=rnd.randrange(0, 365 * 40))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rnd.randrange(1000, 9999)}"


# ----------------------------------------------------------------------------- people
CITIZENS = ["Ali Hassan", "Mette Sørensen", "Jonas Kragh", "Fatima Osman", "Kasper Møller",
            "Sara Jørgensen", "Ahmad Rahimi", "Line Bækgaard", "Nikolaj Åberg", "Aisha Warsame",
            "Tobias Holm", "Ida Kjær", "Mads Frøstrup", "Yasmin El-Sayed", "Emil Dahl",
            "Camilla Løkke", "Omar Jama", "Sofie Brøndum", "Rasmus Fog", "Natasha Petrova"]
MENTORS = [("Lars Østergaard", "23 45 67 89", "lo@jobhuset.dk", "Jobhuset"),
           ("Birgitte Aagaard", "31 22 45 90", "bia@broen-mentor.dk", "Broen Mentor ApS"),
           ("Hamid Karimi", "40 11 82 36", "hk@vejen-videre.dk", "Vejen Videre"),
           ("Susanne Kjeldsen", "28 90 14 77", "suk@kommune-mentor.dk", "Mentorkorpset"),
           ("Peter Bak", "51 63 20 08", "peter.bak@workfirst.dk", "WorkFirst"),
           ("Maria Nowak", "26 74 39 12", "mn@stepup-mentor.dk", "StepUp"),
           ("Jesper Lund", "60 18 44 51", "jelu@ungeindsats.dk", "Ungeindsatsen"),
           ("Zainab Ahmadi", "42 57 93 06", "za@brobyggerne.dk", "Brobyggerne")]
KOMMUNER = ["Hvidovre", "Næstved", "Vejle", "Esbjerg", "Holstebro", "Køge", "Randers", "Svendborg",
            "Slagelse", "Herning", "Aabenraa", "Frederikshavn"]
CASEWORKERS = ["Hanne Vestergaard", "Mohammed Ali", "Dorte Friis", "Kim Andersen", "Agnieszka Kowalska",
               "Tina Bruun", "Ole Mikkelsen", "Rania Haddad"]

# ----------------------------------------------------------------------------- field text
GOAL_LABELS = ["Maal med mentor støtte", "Mål med mentrostøtten", "formaal", "Formål med forløbet",
               "Mål for mentor stotte", "Goal / mål", "Hoved formål", "Maal", "Mål m. mentorstøtte",
               "målet med mentorstøten"]
GOALS_CLEAR = [
    "{f} starter i virksomheds praktik på lageret hos Bilka 15 timer om ugen senest 1. {m1}",
    "{f} er begyndt på SOSU hjælper uddannelsen i august og møder op 4 ud af 5 dage",
    "{f} kommer i løn tilskud som pedelmedhjælper i {k} Kommune med 25 timer pr uge inden {m1}",
    "get {f} into job i Netto (butiksmedhjælper), min. 20 timer/uge før udløb af perioden",
    "{f} gennemfører FGU (produktionsgrunduddanelse) på værkstedet med fremmøde 4 dage om ugen",
    "{f} er i fleks job som køkkenhjælper i kantinen på Rådhuset 12 timer ugentlig senest {m1}",
    "{f} starter på 10. klasse på VUC og møder min. 80 % af undervisningen",
    "ordinært arbejde som chauffør (har kørekort C) - søger 5 jobs pr uge og er til 2 jobsamtaler inden {m1}",
]
GOALS_UNCLEAR = [
    "støtte til at komme vidre og få bedre trivsel",
    "at {f} får mere struktur på hverdagen og øget selvværd",
    "hjælp til at sikre at {f} får det bedre",
    "motivere {f} og arbejde på at komme tættere på arbejds markedet",
    "more selfconfidence og bedre trivsl",
]
TASK_LABELS = ["Opgavr", "mentorens opgaver", "Mentor skal hjælpe med", "indsats områder",
               "Mentor tasks", "Opgaver for mentro", "Hvad mentor hjaelper med", "Opgaverne"]
TASKS = [
    "følge {f} til praktik stedet de første 2 uger, ringe om morgenen ved fravær, snak om transport",
    "hjælpe med at lave CV og søge jobs, øve jobsamtale, følge med til samtale hvis {f} vil",
    "daglig struktur: vække opkald mandag-torsdag, hjælp med post fra kommunen og e-boks, følge til lægen ved behov",
    "kontakt til skolen (studievejleder), lektiehjælp 1 gang om ugen, støtte i frikvarterer de første uger",
    "support at workplace: meet the boss, make a plan for breaks, follow up on fremmøde every week",
    "tage med til første møde med arbejds giver, hjælpe med busplan og vagtplan",
]
MENTOR_LABELS = ["Mentro", "Mentor", "mentor navn", "Kontakt person (mentor)", "Din mentor",
                 "Mentor/kontakt", "Mentorr"]
HOURS_LABELS = ["timmer", "Time tal", "antal timer pr uge", "Timetal", "Hours", "Timer", "timmetal"]
HOURS = ["{n} timer pr. uge", "{n} t/uge", "{n} timmer om ugen", "{n} timer ugentlig", "{n} hours a week",
         "{n} timer pr uge (direkte kontakt)"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende, det aftaler vi", "as needed"]
DUR_LABELS = ["Varihed", "Periode", "perioed", "Varighed", "Period", "Bevilget periode", "Varigheden"]
FU_LABELS = ["opfølgining", "Opfolgning", "Opfølgning og progression", "Follow up", "Opføgning",
             "evaluering / status"]
FOLLOWUPS = [
    "status møde med mentor, {f} og sagsbehandler hver måned. delmål: fremmøde 3 dage/uge i {m0}",
    "evaluering hver 3. maaned og altid 14 dage før støtten slutter",
    "vi mødes til statusmøde hver 4. uge, progression måles på fremmøde og antal ansøgninger",
    "follow up meeting every month + midtvejs evaluering {mid}",
    "opfølgnings samtale hver 14. dag første måned, derefter 1 gang om måneden",
    "møde med mentor og sagsbehandler hver fjortende dag, delmål: møder til tiden 4 dage om ugen i {m0}",
    "status moede hver maaned på jobcentret + slut evaluering 14 dage før udløb",
]
FOLLOWUPS_VAGUE = ["der følges op efter behov", "opfølgning sker løbende", "as needed"]
APPEAL_LABELS = ["klage vejledning", "Klagevejledning", "Hvis du vil klage", "Klage vejl.", "Sådan klager du",
                 "klagevejleding"]
APPEALS = [
    "Hvis du ikke er enig i afgørelsen kan du klage til kommunen inden 4 uger efter du har fået brevet. "
    "Kommunen genvurderer sagen inden 4 uger. Hvis kommunen fastholder afgørelsen sendes klagen videre til "
    "Ankestyrelsen. Se LAB § 204 og retsikkerhedsloven kap. 10.",
    "du kan klage mundtligt eller skriftligt til Jobcentret inden fire uger fra du modtog afgørelsen. "
    "Jobcentret ser på sagen igen (genvurdering), og hvis vi ikke giver dig ret, sender vi klagen til "
    "Ankestyrelsn, Beskæftigelses udvalget.",
    "Klage skal sendes til {k} Kommune, Beskæftigelse, senest 4 uger efter modtagelse. kommunen vurderer "
    "afgørelsen igen, og sender den videre til ankestyrelsen hvis den fastholdes (lov om aktiv "
    "beskæftigelsesindsats § 204).",
    "If you disagree you can complain to kommunen within 4 weeks (4 uger). Kommunen genvurderer og sender "
    "klagen til Ankestyrelsen hvis afgørelsen fastholdes.",
]
APPEALS_BAD = ["du kan klage over den hvis du vil.", "Ring til os hvis du er utilfreds.",
               "Du har ret til at klage. Kontakt din sagsbehandler."]


class Doc:
    def __init__(self, path, kind, subtype, layout, lines, rules, traits, cprs=(), period=None,
                 title=None, sender=None):
        self.path, self.kind, self.subtype, self.layout = path, kind, subtype, layout
        self.lines, self.rules, self.traits = lines, sorted(set(rules)), traits
        self.cprs, self.period, self.title, self.sender = list(cprs), period, title, sender


SLIPS = {"mentorstøtte": "mentorstøte", "opfølgning": "opfølgining", "uddannelse": "uddanelse",
         "sagsbehandler": "sagsbehandlr", "arbejdsgiver": "arbejds giver", "praktikken": "praktiken",
         "Ankestyrelsen": "Anke styrelsen", "hjælpe": "hjælpe", "ugentlig": "ugenltig",
         "virksomhedspraktik": "virksomheds praktik", "løntilskud": "løn tilskud", "måned": "måened",
         "genvurderer": "genvurdere", "afgørelsen": "afgørelsn", "mentor": "mentro", "timer": "timmer",
         "hver fjortende dag": "hverfjortende dag", "varighed": "varihed", "opgaver": "opgavr"}


def slip(s: str, rnd: random.Random, rate: float) -> str:
    """Keyboard slips and autocorrect-like errors; never touches digits."""
    for a, b in SLIPS.items():
        if a in s and rnd.random() < rate:
            s = s.replace(a, b, 1)
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) >= 7 and w.isalpha() and rnd.random() < rate / 4:
            j = rnd.randrange(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # swapped letters
            words[i] = w
    return " ".join(words)


def pick(rnd, xs):
    return rnd.choice(xs)


def spell_fn(rnd):
    base_st, base = _spell_fn(rnd)
    rate = rnd.choice([0.2, 0.4, 0.6])
    return base_st + f"+slips{rate}", (lambda s: base(slip(s, rnd, rate)))


def _spell_fn(rnd):
    st = rnd.choice(["ae", "ao", "plain", "plain", "lower", "caps"])
    if st == "ae":
        return st, ae_style
    if st == "ao":
        return st, ao_style
    if st == "lower":
        return st, lower_style
    if st == "caps":
        return st, lambda s: caps_mess(s, rnd)
    return st, lambda s: s


def period_for(rnd, over: bool, ext: bool = False):
    start = date(2026, rnd.randrange(1, 10), rnd.choice([1, 1, 1, 15, 10]))
    if over:
        months = rnd.choice([7, 8, 9, 12])
        end = add_months(start, months) - timedelta(days=1)
    else:
        months = rnd.choice([3, 4, 6, 6, 6])
        end = add_months(start, months) - timedelta(days=1)
    return start, end


def dur_text(rnd, start, end, over):
    s = rnd.randrange(0, 8)
    form = rnd.randrange(0, 4)
    if form == 0:
        return f"{fmt_date(start, s)} - {fmt_date(end, s)}"
    if form == 1:
        return f"fra {fmt_date(start, s)} til {fmt_date(end, s)}"
    if form == 2:
        return f"{fmt_date(start, s)} til {fmt_date(end, s)}"
    return f"f.o.m. {fmt_date(start, s)} t.o.m. {fmt_date(end, s)}"


# ----------------------------------------------------------------------------- agreements
AGR_TITLES = ["Mentor aftale", "Aftale om mentrostøtte", "MENTORAFTALE", "Aftale om mentor støtte (LAB § 167)",
              "Skriftlig aftale om mentorstøtte", "Mentoraftale - mentor stotte efter § 167",
              "aftale om mentorstøtte", "Agreement / aftale om mentorstøtte"]


def make_agreement(rnd, idx, defects, fmt):
    st, sp = spell_fn(rnd)
    cit = CITIZENS[idx % len(CITIZENS)]
    f = cit.split()[0]
    mn, tel, mail, firm = MENTORS[rnd.randrange(len(MENTORS))]
    k = pick(rnd, KOMMUNER)
    cw = pick(rnd, CASEWORKERS)
    over = "duration-over-6-months" in defects
    start, end = period_for(rnd, over)
    m1 = MONTHS[end.month - 1]
    m0 = MONTHS[add_months(start, 1).month - 1]
    mid = fmt_date(add_months(start, 3), 2)
    ctx = dict(f=f, k=k, m1=m1, m0=m0, mid=mid)
    lines = []
    traits = [f"spelling:{st}"]
    title = pick(rnd, AGR_TITLES)
    lines.append(("title", sp(title)))
    cprs = []
    head = f"Borger: {cit}"
    if rnd.random() < 0.42:
        c = cpr(rnd)
        cprs.append(c)
        head += f"   cpr nr: {c}"
        traits.append("cpr")
    lines.append(("p", sp(head)))
    lines.append(("p", sp(f"{k} Kommune, Jobcenter {k} - sagsbehandler {cw}")))
    # goal
    if "missing-goal" in defects:
        if rnd.random() < 0.5:
            lines.append(("field", sp(pick(rnd, GOAL_LABELS)), pick(rnd, ["udfyldes senere", "-", "xx"])))
            traits.append("goal:placeholder")
        else:
            traits.append("goal:absent")
    elif "unclear-goal" in defects:
        lines.append(("field", sp(pick(rnd, GOAL_LABELS)), sp(pick(rnd, GOALS_UNCLEAR).format(**ctx))))
        traits.append("goal:vague")
    else:
        lines.append(("field", sp(pick(rnd, GOAL_LABELS)), sp(pick(rnd, GOALS_CLEAR).format(**ctx))))
    # mentor
    if "missing-mentor" in defects:
        lines.append(("field", sp(pick(rnd, MENTOR_LABELS)), sp(f"{mn} ({firm})")))
        traits.append("mentor:no-contact")
    else:
        c = rnd.randrange(3)
        val = [f"{mn}, {firm}, tlf {tel}", f"{mn} / mobil {tel.replace(' ', '')} / {mail}",
               f"{mn} - {mail}"][c]
        lines.append(("field", sp(pick(rnd, MENTOR_LABELS)), sp(val)))
    # tasks
    if "missing-tasks" in defects:
        if rnd.random() < 0.5:
            lines.append(("field", sp(pick(rnd, TASK_LABELS)), pick(rnd, ["-", "udfyldes", "..."])))
            traits.append("tasks:placeholder")
        else:
            traits.append("tasks:absent")
    else:
        lines.append(("field", sp(pick(rnd, TASK_LABELS)), sp(pick(rnd, TASKS).format(**ctx))))
    # duration
    period = None
    if "missing-duration" in defects:
        if rnd.random() < 0.5:
            lines.append(("field", sp(pick(rnd, DUR_LABELS)), pick(rnd, ["indtil videre", "aftales senere", "?"])))
            traits.append("duration:open")
        else:
            traits.append("duration:absent")
    else:
        lines.append(("field", sp(pick(rnd, DUR_LABELS)), dur_text(rnd, start, end, over)))
        period = {"start": start.isoformat(), "end": end.isoformat()}
        traits.append("period:over" if over else "period:within")
    # hours
    if "missing-hours" in defects:
        if rnd.random() < 0.6:
            lines.append(("field", sp(pick(rnd, HOURS_LABELS)), sp(pick(rnd, HOURS_VAGUE))))
            traits.append("hours:vague")
        else:
            traits.append("hours:absent")
    else:
        lines.append(("field", sp(pick(rnd, HOURS_LABELS)),
                      sp(pick(rnd, HOURS).format(n=pick(rnd, ["2", "3", "4", "1,5", "5"])))))
    # follow-up
    if "missing-follow-up" in defects:
        if rnd.random() < 0.6:
            lines.append(("field", sp(pick(rnd, FU_LABELS)), sp(pick(rnd, FOLLOWUPS_VAGUE))))
            traits.append("followup:vague")
        else:
            traits.append("followup:absent")
    else:
        lines.append(("field", sp(pick(rnd, FU_LABELS)), sp(pick(rnd, FOLLOWUPS).format(**ctx))))
    # appeal
    if "missing-appeal-guidance" in defects:
        if rnd.random() < 0.6:
            lines.append(("field", sp(pick(rnd, APPEAL_LABELS)), sp(pick(rnd, APPEALS_BAD))))
            traits.append("appeal:incomplete")
        else:
            traits.append("appeal:absent")
    else:
        lines.append(("field", sp(pick(rnd, APPEAL_LABELS)), sp(pick(rnd, APPEALS).format(**ctx))))
    lines.append(("p", sp(f"Underskrift borger: ____________   mentor: ____________   dato: {fmt_date(start - timedelta(days=5), 1)}")))
    return Doc(None, "agreement", "agreement", "fields", lines, defects, traits, cprs, period, title=title)


# ----------------------------------------------------------------------------- SMS / mail-style agreement
def make_agreement_mail(rnd, idx, defects):
    """Caseworker's hurried e-mail that writes the agreement down, SMS-ish."""
    st, sp = spell_fn(rnd)
    cit = CITIZENS[idx % len(CITIZENS)]
    f = cit.split()[0]
    mn, tel, mail, firm = MENTORS[rnd.randrange(len(MENTORS))]
    k = pick(rnd, KOMMUNER)
    cw = pick(rnd, CASEWORKERS)
    over = "duration-over-6-months" in defects
    start, end = period_for(rnd, over)
    ctx = dict(f=f, k=k, m1=MONTHS[end.month - 1], m0=MONTHS[add_months(start, 1).month - 1],
               mid=fmt_date(add_months(start, 3), 2))
    traits = [f"spelling:{st}", "style:sms-mail"]
    p = []
    p.append(f"Hej {f}")
    p.append(sp("Her er vores aftale om mentor støtte skrevet ned, som vi snakkede om i dag på jobcentret :)"))
    if "missing-goal" in defects:
        traits.append("goal:absent")
    elif "unclear-goal" in defects:
        p.append(sp("Maal: " + pick(rnd, GOALS_UNCLEAR).format(**ctx)))
        traits.append("goal:vague")
    else:
        p.append(sp("Maal: " + pick(rnd, GOALS_CLEAR).format(**ctx)))
    if "missing-mentor" in defects:
        p.append(sp(f"din mentor bliver {mn} fra {firm}, hun/han ringer til dig"))
        traits.append("mentor:no-contact")
    else:
        p.append(sp(f"din mentor er {mn} fra {firm}, tlf {tel}"))
    if "missing-tasks" in defects:
        traits.append("tasks:absent")
    else:
        p.append(sp(f"{mn.split()[0]} skal hjælpe dig med: " + pick(rnd, TASKS).format(f="dig", k=k)))
    period = None
    if "missing-duration" in defects:
        p.append(sp("vi starter op snarest, slut dato aftaler vi senere"))
        traits.append("duration:open")
    else:
        p.append(sp("periode: " + dur_text(rnd, start, end, over)))
        period = {"start": start.isoformat(), "end": end.isoformat()}
        traits.append("period:over" if over else "period:within")
    if "missing-hours" in defects:
        p.append(sp("timer: " + pick(rnd, HOURS_VAGUE)))
        traits.append("hours:vague")
    else:
        p.append(sp("timer: " + pick(rnd, HOURS).format(n=pick(rnd, ["2", "3", "4"]))))
    if "missing-follow-up" in defects:
        traits.append("followup:absent")
    else:
        p.append(sp("opfølgining: " + pick(rnd, FOLLOWUPS).format(**ctx)))
    if "missing-appeal-guidance" in defects:
        p.append(sp("Du kan klage hvis du er uenig, skriv bare til mig"))
        traits.append("appeal:incomplete")
    else:
        p.append(sp("Klage vejledning: " + pick(rnd, APPEALS).format(**ctx)))
    p.append(sp(f"mvh {cw}\nJobcenter {k}\nSendt fra min iPhone"))
    lines = [("p", x) for x in p]
    subj = sp(pick(rnd, ["Mentor aftale", "vores aftale om mentorstøtte", "RE: mentor støtte - aftale", "aftale mentor"]))
    return Doc(None, "agreement", "agreement", "mail-prose", lines, defects, traits, [], period, title=subj,
               sender=cw)


# ----------------------------------------------------------------------------- decisions
def make_decision(rnd, idx, subtype, defects):
    st, sp = spell_fn(rnd)
    cit = CITIZENS[idx % len(CITIZENS)]
    f = cit.split()[0]
    k = pick(rnd, KOMMUNER)
    cw = pick(rnd, CASEWORKERS)
    over = "duration-over-6-months" in defects
    start, end = period_for(rnd, over)
    traits = [f"spelling:{st}", f"decision:{subtype}"]
    cprs = []
    lines = []
    titles = {
        "grant": ["Afgørelse om mentor støtte", "Bevilling af mentorstotte", "AFGØRELSE - mentorstøtte bevilget"],
        "partial": ["Afgørelse: delvis bevilling af mentor støtte", "afgørelse om mentorstøtte (delvist bevilget)"],
        "refusal": ["Afslag på mentor støtte", "Afgørelse - afslag paa mentorstøtte"],
        "extension": ["Forlængelse af mentor støtte - afgørelse", "Afgørelse om forlængelse af mentorstotte"],
        "end": ["Afgørelse om ophør af mentor støtte", "Ophør af mentorstøtte - afgørelse"],
    }
    title = pick(rnd, titles[subtype])
    lines.append(("title", sp(title)))
    lines.append(("p", sp(f"{k} Kommune · Beskæftigelse · {fmt_date(start - timedelta(days=10), 2)}")))
    h = f"Til: {cit}"
    if rnd.random() < 0.42:
        c = cpr(rnd)
        cprs.append(c)
        h += f", CPR-nr. {c}"
        traits.append("cpr")
    lines.append(("p", sp(h)))
    d = dur_text(rnd, start, end, over)
    period = {"start": start.isoformat(), "end": end.isoformat()}
    n = pick(rnd, ["2", "3", "4"])
    if subtype == "grant":
        lines.append(("p", sp(f"Du har fået bevilget mentor støtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {d}. Mentoren har {n} timmer om ugen med dig.")))
        if "missing-appeal-guidance" not in defects:
            lines.append(("p", sp("Du har fået det du søgte om.")))
        else:
            lines.append(("p", sp("Mentoren skal hjælpe dig med at komme godt i gang i praktikken.")))
    elif subtype == "partial":
        lines.append(("p", sp(f"Du søgte om mentorstøtte i 12 mdr med 6 timer om ugen. Vi har bevilget mentor støtte i perioden {d} med {n} timer pr uge.")))
        lines.append(("field", sp("Begrundelse"), sp("Vi har lagt vægt på at dit behov er størst i starten af praktikken, og at mentorstøtte efter LAB § 167 stk. 1 kun kan gives i højst 6 måneder ad gangen.")))
    elif subtype == "refusal":
        lines.append(("p", sp("Vi har fået din ansøgning om mentor støtte. Du får afslag.")))
        lines.append(("field", sp("Begrundelse"), sp("Du er i ordinært job uden problemer med fremmøde, og arbejds giveren har ikke oplyst et behov ud over det normale. Vi vurdere derfor at du ikke har brug for mentorstøtte, jf. LAB § 167.")))
        period = None
        traits.append("no-period")
    elif subtype == "extension":
        lines.append(("p", sp(f"Din mentorstøtte bliver forlænget. Ny periode: {d}, {n} t/uge. Vi har lavet en konkret vurdering af at du stadig har brug for støtten for at fastholde praktikken.")))
    else:
        stop = start + timedelta(days=14)
        lines.append(("p", sp(f"Din mentorstøtte stopper {fmt_date(stop, 2)}. Du startede i job og har ikke mere brug for mentor.")))
        lines.append(("field", sp("Begrundelse"), sp("Målet med støtten er nået, du arbejder 30 timer om ugen.")))
        period = None
        traits.append("end-date-only")
    if "missing-appeal-guidance" in defects:
        if rnd.random() < 0.6:
            lines.append(("field", sp(pick(rnd, APPEAL_LABELS)), sp(pick(rnd, APPEALS_BAD))))
            traits.append("appeal:incomplete")
        else:
            traits.append("appeal:absent")
    else:
        lines.append(("field", sp(pick(rnd, APPEAL_LABELS)), sp(pick(rnd, APPEALS).format(k=k))))
    lines.append(("p", sp(f"Med venlig hilsen\n{cw}\nsagsbehandler, Jobcenter {k}")))
    if period:
        traits.append("period:over" if over else "period:within")
    return Doc(None, "decision", subtype, "letter", lines, defects, traits, cprs, period, title=title)


# ----------------------------------------------------------------------------- Min Plan
def make_minplan(rnd, idx, defects):
    st, sp = spell_fn(rnd)
    cit = CITIZENS[idx % len(CITIZENS)]
    f = cit.split()[0]
    mn, tel, mail, firm = MENTORS[rnd.randrange(len(MENTORS))]
    k = pick(rnd, KOMMUNER)
    over = "duration-over-6-months" in defects
    start, end = period_for(rnd, over)
    ctx = dict(f=f, k=k, m1=MONTHS[end.month - 1], m0=MONTHS[add_months(start, 1).month - 1],
               mid=fmt_date(add_months(start, 3), 2))
    traits = [f"spelling:{st}"]
    cprs = []
    title = pick(rnd, ["Min Plan - mentor støtte", "Min plan: Mentorstotte", "MIN PLAN – indsats: mentor",
                       "Min Plan / Mentor støtte (§ 167)"])
    lines = [("title", sp(title))]
    h = f"Navn: {cit}"
    if rnd.random() < 0.35:
        c = cpr(rnd)
        cprs.append(c)
        h += f"  ({c})"
        traits.append("cpr")
    lines.append(("p", sp(h)))
    lines.append(("field", "Indsats", sp(pick(rnd, ["Mentor støtte", "mentorstøtte", "Mentorstotte § 167"]))))
    if "missing-goal" in defects:
        lines.append(("field", sp(pick(rnd, ["Mål", "Maal", "formaal"])), pick(rnd, ["", "udfyldes senere", "-"])))
        traits.append("goal:placeholder")
    elif "unclear-goal" in defects:
        lines.append(("field", sp(pick(rnd, ["Mål", "Maal", "formaal", "Mal"])), sp(pick(rnd, GOALS_UNCLEAR).format(**ctx))))
        traits.append("goal:vague")
    else:
        lines.append(("field", sp(pick(rnd, ["Mål", "Maal", "formaal", "Mal"])), sp(pick(rnd, GOALS_CLEAR).format(**ctx))))
    if "missing-mentor" in defects:
        lines.append(("field", sp(pick(rnd, ["Mentro", "Mentor", "Kontakt person"])), sp(f"tlf {tel}")))
        traits.append("mentor:no-name")
    else:
        lines.append(("field", sp(pick(rnd, ["Mentro", "Mentor", "Kontakt person"])), sp(f"{mn}, {firm}, {tel}, {mail}")))
    if "missing-tasks" in defects:
        traits.append("tasks:absent")
    else:
        lines.append(("field", sp(pick(rnd, ["Opgavr", "Mentors opgaver", "opgaver"])), sp(pick(rnd, TASKS).format(**ctx))))
    period = None
    if "missing-duration" in defects:
        lines.append(("field", sp(pick(rnd, ["Varihed", "Periode", "Start/slut"])), sp(f"{fmt_date(start, 1)} - ")))
        traits.append("duration:open-end")
    else:
        lines.append(("field", sp(pick(rnd, ["Varihed", "Periode", "Start/slut"])), dur_text(rnd, start, end, over)))
        period = {"start": start.isoformat(), "end": end.isoformat()}
        traits.append("period:over" if over else "period:within")
    if "missing-hours" in defects:
        lines.append(("field", sp(pick(rnd, ["timmer", "Timetal", "Time tal"])), sp(pick(rnd, HOURS_VAGUE))))
        traits.append("hours:vague")
    else:
        lines.append(("field", sp(pick(rnd, ["timmer", "Timetal", "Time tal"])),
                      sp(pick(rnd, HOURS).format(n=pick(rnd, ["2", "3", "6"])))))
    lines.append(("field", "Status", sp(pick(rnd, ["Igang", "Aktiv", "igangværende"]))))
    lines.append(("p", sp(f"Opdateret {fmt_date(start, 1)} af Jobcenter {k}")))
    return Doc(None, "minplan", "minplan", "plan-card", lines, defects, traits, cprs, period, title=title)


# ----------------------------------------------------------------------------- unknown
def make_unknown(rnd, idx, which):
    st, sp = spell_fn(rnd)
    cit = CITIZENS[idx % len(CITIZENS)]
    f = cit.split()[0]
    mn, tel, mail, firm = MENTORS[rnd.randrange(len(MENTORS))]
    k = pick(rnd, KOMMUNER)
    traits = [f"spelling:{st}", f"unknown:{which}"]
    cprs = []
    L = []
    if which == "invoice":
        title = "Faktura - mentor timmer oktober 2026"
        L = [("title", sp(title)), ("p", sp(f"{firm} · CVR 3812 4471 · {mail}")),
             ("p", sp(f"Til: Jobcenter {k}, att. bogholderi")),
             ("p", sp(f"Borger: {cit}. Mentor timer i oktober: 12 t a 450 kr = 5.400 kr. ex moms")),
             ("p", sp("Betalings betingelser: netto 30 dage. Reg. 1234 konto 0012345678"))]
    elif which == "status":
        title = "Status rapport fra mentor"
        L = [("title", sp(title)), ("p", sp(f"Borger: {cit}. Skrevet af {mn}, {firm}.")),
             ("p", sp(f"{f} er mødt op 3 ud af 4 dage i praktikken i sept. Vi har snakket om transport og søvn. "
                      f"{f} virker mere glad. Vi har brugt ca. 3 timer om ugen.")),
             ("p", sp("Anbefaling: fortsæt som nu, næste status om 1 md."))]
    elif which == "guide":
        title = "Vejledning: hvad skal der staa i en mentor aftale?"
        L = [("title", sp(title)),
             ("p", sp("Til nye medarbejdere. En mentor aftale skal have: 1) maal med mentor støtten 2) mentors navn og kontakt data "
                      "3) mentors opgaver 4) varighed (højst 6 mdr) og opfølgning 5) timetal pr uge 6) klage vejledning.")),
             ("p", sp("Husk klage frist er 4 uger og klagen går til kommunen først, så Ankestyrelsen."))]
    elif which == "sms":
        title = "sms log"
        L = [("p", sp(f"[09:12] {mn.split()[0]}: hej {f} kan vi rykke mødet til torsdag kl 10? bussen er aflyst")),
             ("p", sp(f"[09:30] {f}: ok fint. ses")),
             ("p", sp(f"[09:31] {mn.split()[0]}: 👍 husk papirene til praktikken"))]
    elif which == "minutes":
        title = "Referat - team møde mentorer"
        L = [("title", sp(title)), ("p", sp(f"Tilstede: {mn}, {pick(rnd, CASEWORKERS)}, {pick(rnd, CASEWORKERS)}")),
             ("p", sp("1. nye henvisninger: 4 stk. fordeles næste uge. 2. kørsels godtgørelse: nye satser fra jan. "
                      "3. julefrokost 11/12 kl 18")), ("p", sp("Næste møde: 8/1-27"))]
    elif which == "private":
        title = "Mentoraftale - Fodbold klubben B.73 ungdom"
        L = [("title", sp(title)),
             ("p", sp("Aftale mellem ung spiller og frivillig mentor i klubben. Formål: at du får en voksen at snakke med om skole og træning. "
                      "Vi mødes efter træning tirsdag. Aftalen gælder sæsonen 2026/27. Klubben er ikke en del af kommunen.")),
             ("p", sp(f"Frivillig mentor: {mn}, {tel}"))]
    elif which == "application":
        title = "ansøgning om flere mentor timer"
        L = [("title", sp(title)),
             ("p", sp(f"Hej {pick(rnd, CASEWORKERS)}. Jeg er mentor for {f}. Jeg søger om 2 ekstra timer om ugen fordi {f} starter nyt job "
                      f"i Føtex og har brug for støtte de første uger. Kan du se på det? mvh {mn}, {tel}"))]
    elif which == "meeting":
        title = "Mødeindkaldelse - status moede"
        L = [("title", sp(title)),
             ("p", sp(f"Kære {f}. Du indkaldes til status møde på jobcentret tirsdag 13/10 kl 10.00 med din mentor {mn}. "
                      "Hvis du er syg skal du ringe inden kl 9.")), ("p", sp(f"Jobcenter {k}"))]
    elif which == "ad":
        title = "Job opslag: Mentor søges (25 timer)"
        L = [("title", sp(title)),
             ("p", sp(f"{firm} søger en mentor til unge ledige. Du skal hjælpe borgere i praktik og uddannelse. "
                      "Erfaring med socialt arbejde er et plus. Løn efter aftale. Ansøgnings frist 1/11.")),
             ("p", sp(f"Kontakt {mn}, {mail}"))]
    elif which == "ankestyrelsen":
        title = "Genvurdering - fastholdelse af afgørelse og videresendelse til Ankestyrelsen"
        L = [("title", sp(title)),
             ("p", sp(f"Kære {f}. Vi har genvurderet vores afgørelse om mentorstøtte efter din klage. Vi fastholder afgørelsen, "
                      "og har sendt din klage og sagens akter videre til Ankestyrelsen i dag. Ankestyrelsen skriver til dig.")),
             ("p", sp(f"mvh Jobcenter {k}"))]
    elif which == "template":
        title = "Aftale om mentorstøtte (skabelon)"
        L = [("title", sp(title)), ("field", "Borger", ""), ("field", sp("Maal med mentor støtte"), ""),
             ("field", "Mentor (navn, tlf)", ""), ("field", sp("Opgavr"), ""), ("field", "Periode", ""),
             ("field", "Timetal", ""), ("field", sp("Opfølgning"), "")]
    else:  # handover
        title = "Overdragelses notat"
        L = [("title", sp(title)),
             ("p", sp(f"{cit} overdrages til ny sagsbehandler pr 1/11. Har mentor ({mn}) indtil udgangen af året. Se journal for detaljer."))]
    if rnd.random() < 0.6 and which in ("invoice", "status", "application", "handover"):
        c = cpr(rnd)
        cprs.append(c)
        L.insert(1, ("p", f"cpr {c}"))
        traits.append("cpr")
    return Doc(None, "unknown", which, which, L, [], traits, cprs, None, title=title)


# ----------------------------------------------------------------------------- second-language writers
L2_DOCS = [
    ("l2/aftale_hodan.txt", "txt", "agreement", [], {"start": "2026-08-01", "end": "2027-01-31"}, [
        ("title", "Aftale om mentor støtte"),
        ("p", "Borger: Hodan Abdi"),
        ("field", "Hvad er maal", "Hodan skal starte på rengørings uddannelse (AMU) 1. september og efter det få job i et rengøring firma, mindst 25 timer om uge."),
        ("p", "Mentor er mig, Samira Yusuf, tlf 52 81 33 07, jeg arbejde i Jobcenter Ishøj mentor team."),
        ("field", "Mentor skal hjælper Hodan med", "finde vej til skolen, forstå brev fra skolen, snakke med lærer hvis der er problem."),
        ("field", "Tid", "3 timer hver uge."),
        ("p", "Aftale gælder fra 1/8 2026 til 31/1 2027."),
        ("p", "Vi laver status møde hver måned, og sidste status 14 dage før aftalen slutter."),
        ("field", "Klage", "Hvis du ikke enig, du kan klage til kommunen inden 4 uger. Kommunen kigge igen på sagen, og hvis de siger det samme, klagen går til Ankestyrelsen."),
    ], ["l2-writer", "period:exact-six"]),
    ("l2/aftale_bashir.docx", "docx", "agreement", ["missing-hours"], {"start": "2026-03-01", "end": "2026-08-31"}, [
        ("title", "Mentor aftale"),
        ("p", "Navn paa borger: Bashir Noori"),
        ("field", "Maal", "Bashir bliver ansat i løntilskud på Genbrugspladsen i Ishøj 30 timer om ugen fra maj 2026."),
        ("field", "Mentor", "Tomasz Wiśniewski, Jobværkstedet, 29 64 10 58"),
        ("field", "Mentor opgaver", "vise arbejde første uge, hjælpe med at forstår vagtplan, snakke med chef om pauser"),
        ("field", "Perioden", "1. marts - 31. august 2026"),
        ("field", "Timer", "hvis det er nødvendig, vi ser"),
        ("field", "Opfølgning", "møde hver 4. uge med sagsbehandler, vi kigger på fremmøde"),
        ("field", "klagevejledning", "Du kan klage til Ishøj Kommune inden fire uger. Kommunen genvurderer. Hvis kommunen ikke giver dig ret, går klagen til Ankestyrelsen."),
    ], ["l2-writer", "hours:vague"]),
    ("l2/aftale_olena.pdf", "pdf", "agreement", ["duration-over-6-months"], {"start": "2026-03-01", "end": "2026-11-30"}, [
        ("title", "AFTALE OM MENTORSTOTTE"),
        ("p", "Borger: Olena Kovalenko (CPR 140688-3316)"),
        ("field", "Formal", "Olena fa job som kokkenassistent i en kantine, 30 timer om ugen, inden december 2026"),
        ("field", "Mentro", "Iryna Bondar, Integrationshuset, 71 55 20 93, ib@integrationshuset.dk"),
        ("field", "Opgaver", "ovelse i dansk pa arbejdspladsen, hjalp med CV og jobsamtaler, folge til hygiejnekursus"),
        ("field", "Varighed", "fra 1 marts 2026 og 9 maned frem"),
        ("field", "Timetal", "4 timer pr uge"),
        ("field", "Opfolgning", "statusmode hver maned, delmal: 3 ansogninger om ugen"),
        ("field", "Klagevejledning", "Du kan klage til kommunen inden 4 uger efter du har modtaget aftalen. Kommunen genvurderer, og fastholder den afgorelsen sendes klagen til Ankestyrelsen."),
    ], ["l2-writer", "period:over", "cpr", "start-plus-length"]),
    ("l2/aftale_omar_autocorrect.eml", "eml", "agreement", ["missing-appeal-guidance"], {"start": "2026-06-01", "end": "2026-11-30"}, [
        ("title", "Mentor agreement / aftale om mentorstøtte"),
        ("p", "Hi Omar, as promised here is the agreement in writing (sorry for autocorrect, my phone is in English)"),
        ("field", "Goal", "Omar starts as elev (apprentice) in Bilka Ishøj in August 2026 and shows up all scheduled shifts in the first month"),
        ("field", "Mentor", "Lars Ostergaard (autocorrect: Lars Outer guard), Jobhuset, mobile 23 45 67 89"),
        ("field", "Tasks", "help with the application for elevplads, practise the interview, come along the first day, weekly chat about shifts"),
        ("field", "Period", "1 June 2026 - 30 November 2026 (1/6-26 til 30/11-26)"),
        ("field", "Hours", "2 hours per week"),
        ("field", "Follow up", "status meeting every month with me, you and Lars"),
        ("p", "If you want to complain, see the klage info on kommunens website."),
        ("p", "Best / mvh Rania, Jobcenter Ishøj"),
    ], ["l2-writer", "english-mix", "appeal:incomplete"]),
    ("l2/minplan_hodan.html", "html", "minplan", [], {"start": "2026-08-01", "end": "2027-01-31"}, [
        ("title", "Min Plan - Mentor"),
        ("p", "Navn: Hodan Abdi"),
        ("field", "Mål", "starte paa AMU rengøring 1/9 og faa job i rengøring 25 timer om uge"),
        ("field", "Mentro", "Samira Yusuf, 52 81 33 07"),
        ("field", "Opgaver", "hjælpe med vej til skole, brev fra skole, snak med lærer"),
        ("field", "Varihed", "01.08.2026 - 31.01.2027"),
        ("field", "Timer", "3 t/uge"),
    ], ["l2-writer", "period:exact-six"]),
    ("l2/minplan_bashir.txt", "txt", "minplan", ["missing-tasks", "unclear-goal"], {"start": "2026-03-01", "end": "2026-08-31"}, [
        ("title", "Min plan: mentor støtte"),
        ("p", "Navn: Bashir Noori"),
        ("field", "Mål", "Bashir skal have det bedre og blive mere glad"),
        ("field", "Mentor", "Tomasz Wiśniewski, Jobværkstedet, 29 64 10 58"),
        ("field", "Periode", "1/3-26 - 31/8-26"),
        ("field", "Timmer", "2 timer pr uge"),
    ], ["l2-writer", "goal:vague", "tasks:absent"]),
    ("l2/afgorelse_olena.txt", "txt", "decision", [], {"start": "2026-03-01", "end": "2026-08-31"}, [
        ("title", "Afgorelse om mentorstøtte"),
        ("p", "Kaere Olena Kovalenko"),
        ("p", "Du faar mentor støtte fra 1/3 2026 til 31/8 2026, 4 timer om ugen. Vi har ikke givet 9 maaneder som du søgte om, fordi loven (LAB § 167) siger højst 6 maaneder ad gangen. Vi kan se på en ny periode, når denne slutter."),
        ("field", "Klage", "Hvis du er uenig kan du klage til Ishøj Kommune inden 4 uger. Vi genvurdere sagen og hvis vi fastholder den, sender vi klagen til Ankestyrelsen."),
        ("p", "mvh Jobcenter Ishøj, Rania Haddad"),
    ], ["l2-writer", "decision:partial"]),
]


# ----------------------------------------------------------------------------- renderers
def as_text(doc, md=False):
    out = []
    for item in doc.lines:
        if item[0] == "title":
            out.append(("# " if md else "") + item[1])
            out.append("")
        elif item[0] == "field":
            out.append((f"**{item[1]}:** {item[2]}" if md else f"{item[1]}: {item[2]}").rstrip())
        else:
            out.append(item[1])
    return "\n".join(out) + "\n"


def write_txt(doc, p):
    p.write_text(as_text(doc), encoding="utf-8")


def write_md(doc, p):
    p.write_text(as_text(doc, md=True), encoding="utf-8")


def esc(s):
    import html
    return html.escape(s).replace("\n", "<br/>")


def write_html(doc, p, table):
    rows = []
    for item in doc.lines:
        if item[0] == "title":
            rows.append(f"<h1>{esc(item[1])}</h1>")
        elif item[0] == "field":
            if table:
                rows.append(f"<tr><th>{esc(item[1])}</th><td>{esc(item[2])}</td></tr>")
            else:
                rows.append(f"<p><b>{esc(item[1])}:</b> {esc(item[2])}</p>")
        else:
            rows.append(f"<p>{esc(item[1])}</p>")
    body = []
    intable = False
    for r in rows:
        if r.startswith("<tr>") and not intable:
            body.append("<table border='1'>")
            intable = True
        if not r.startswith("<tr>") and intable:
            body.append("</table>")
            intable = False
        body.append(r)
    if intable:
        body.append("</table>")
    p.write_text("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
                 + esc(doc.title or "") + "</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n",
                 encoding="utf-8")


def write_eml(doc, p, rnd):
    m = EmailMessage()
    m["From"] = f"{doc.sender or 'Jobcenter'} <jobcenter@kommune.dk>"
    m["To"] = "borger@example.dk"
    m["Subject"] = doc.title or "mentor"
    m["Date"] = "Mon, 05 Oct 2026 09:14:00 +0200"
    lines = doc.lines[1:] if doc.lines and doc.lines[0][0] == "title" and doc.sender is None else doc.lines
    d2 = Doc(None, doc.kind, "", "", lines, [], [])
    m.set_content(as_text(d2))
    p.write_bytes(bytes(m))


def write_docx(doc, p, table):
    import docx
    d = docx.Document()
    t = None
    for item in doc.lines:
        if item[0] == "title":
            d.add_heading(item[1], level=1)
            t = None
        elif item[0] == "field":
            if table:
                if t is None:
                    t = d.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                r = t.add_row().cells
                r[0].text, r[1].text = item[1], item[2]
            else:
                para = d.add_paragraph()
                para.add_run(item[1] + ": ").bold = True
                para.add_run(item[2])
        else:
            t = None
            for ln in item[1].split("\n"):
                d.add_paragraph(ln)
    d.save(p)


def write_pdf(doc, p):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    story = []
    for item in doc.lines:
        if item[0] == "title":
            story.append(Paragraph(esc(item[1]), ss["Heading1"]))
        elif item[0] == "field":
            story.append(Paragraph(f"<b>{esc(item[1])}:</b> {esc(item[2])}", ss["Normal"]))
        else:
            story.append(Paragraph(esc(item[1]), ss["Normal"]))
        story.append(Spacer(1, 5))
    SimpleDocTemplate(str(p), pagesize=A4, title=doc.title or "").build(story)


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(doc, p):
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\fs22 "]
    for item in doc.lines:
        if item[0] == "title":
            parts.append(r"{\b\fs32 " + rtf_esc(item[1]) + r"}\par\par ")
        elif item[0] == "field":
            parts.append(r"{\b " + rtf_esc(item[1]) + r":} " + rtf_esc(item[2]) + r"\par ")
        else:
            parts.append(rtf_esc(item[1]) + r"\par ")
    parts.append("}")
    p.write_text("".join(parts), encoding="ascii")


def write_odt(doc, p):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span
    o = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    for item in doc.lines:
        if item[0] == "title":
            o.text.addElement(H(outlinelevel=1, text=item[1]))
        elif item[0] == "field":
            para = P()
            para.addElement(Span(stylename=bold, text=item[1] + ": "))
            para.addText(item[2])
            o.text.addElement(para)
        else:
            for ln in item[1].split("\n"):
                o.text.addElement(P(text=ln))
    o.save(str(p))


# ----------------------------------------------------------------------------- plan
AGR_DEFECTS = [[], [], [], [], [], [], [], [], [], [], [],
               ["missing-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
               ["missing-duration"], ["missing-hours"], ["missing-follow-up"], ["missing-appeal-guidance"],
               ["duration-over-6-months"], ["duration-over-6-months"], ["unclear-goal", "missing-hours"],
               ["missing-follow-up", "missing-appeal-guidance"], ["missing-mentor", "missing-tasks"],
               ["missing-hours"], ["unclear-goal"], ["missing-appeal-guidance"], ["missing-follow-up"]]
MAIL_DEFECTS = [[], [], [], ["missing-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-duration"],
                ["missing-appeal-guidance"], ["duration-over-6-months"], ["missing-tasks", "missing-follow-up"]]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]),
            ("grant", ["duration-over-6-months"]), ("partial", []), ("partial", ["missing-appeal-guidance"]),
            ("refusal", []), ("refusal", ["missing-appeal-guidance"]), ("extension", []),
            ("extension", ["duration-over-6-months"]), ("end", []), ("end", ["missing-appeal-guidance"]),
            ("grant", ["missing-appeal-guidance", "duration-over-6-months"]), ("partial", [])]
MP_DEFECTS = [[], [], [], [], [], [], ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"],
              ["missing-tasks"], ["missing-duration"], ["missing-hours"], ["duration-over-6-months"],
              ["duration-over-6-months"], ["missing-hours", "unclear-goal"]]
UNKNOWN = ["invoice", "status", "guide", "sms", "minutes", "private", "application", "meeting", "ad",
           "ankestyrelsen", "template", "handover", "status", "invoice"]


def build(out: Path, seed: int, dump: str | None = None):
    rnd = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = []
    agr_fmts = ["docx", "docx-t", "pdf", "txt", "html-t", "rtf", "odt", "md"]
    for i, d in enumerate(AGR_DEFECTS):
        doc = make_agreement(rnd, i, list(d), None)
        doc.path = f"aftaler/aftale_{i:02d}.{{ext}}"
        doc.fmt = agr_fmts[i % len(agr_fmts)]
        docs.append(doc)
    for i, d in enumerate(MAIL_DEFECTS):
        doc = make_agreement_mail(rnd, i + 3, list(d))
        doc.path = f"mails/aftale_mail_{i:02d}.{{ext}}"
        doc.fmt = ["eml", "eml", "txt"][i % 3]
        docs.append(doc)
    dec_fmts = ["pdf", "docx", "eml", "txt", "html", "odt", "rtf"]
    for i, (sub, d) in enumerate(DEC_PLAN):
        doc = make_decision(rnd, i + 5, sub, list(d))
        doc.path = f"afgoerelser/afg_{sub}_{i:02d}.{{ext}}"
        doc.fmt = dec_fmts[i % len(dec_fmts)]
        docs.append(doc)
    mp_fmts = ["html-t", "txt", "pdf", "md", "html", "docx-t"]
    for i, d in enumerate(MP_DEFECTS):
        doc = make_minplan(rnd, i + 9, list(d))
        doc.path = f"minplan/minplan_{i:02d}.{{ext}}"
        doc.fmt = mp_fmts[i % len(mp_fmts)]
        docs.append(doc)
    un_fmts = ["pdf", "docx", "txt", "txt", "html", "odt", "eml", "docx", "html", "pdf", "docx", "txt", "md", "rtf"]
    for i, w in enumerate(UNKNOWN):
        doc = make_unknown(rnd, i + 2, w)
        doc.path = f"andet/{w}_{i:02d}.{{ext}}"
        doc.fmt = un_fmts[i % len(un_fmts)]
        docs.append(doc)

    for rel, fmt, kind, rules, period, lines, traits in L2_DOCS:
        cprs = ["140688-3316"] if "cpr" in traits else []
        doc = Doc(rel.rsplit(".", 1)[0] + ".{ext}", kind, "partial" if kind == "decision" else kind, "l2-handwritten",
                  lines, rules, traits, cprs, period, title=lines[0][1], sender="Rania Haddad" if fmt == "eml" else None)
        doc.fmt = fmt
        docs.append(doc)
    entries = []
    for doc in docs:
        fmt = doc.fmt
        ext = fmt.split("-")[0]
        rel = doc.path.format(ext=ext)
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        table = fmt.endswith("-t")
        if ext == "txt":
            write_txt(doc, p)
        elif ext == "md":
            write_md(doc, p)
        elif ext == "html":
            write_html(doc, p, table)
        elif ext == "eml":
            write_eml(doc, p, rnd)
        elif ext == "docx":
            write_docx(doc, p, table)
        elif ext == "pdf":
            write_pdf(doc, p)
        elif ext == "rtf":
            write_rtf(doc, p)
        elif ext == "odt":
            write_odt(doc, p)
        rules = [r for r in doc.rules if r in APPLIES[doc.kind]]
        assert rules == doc.rules, (rel, doc.rules)
        layout = doc.layout + ("-table" if table else "")
        e = {"path": rel, "format": ext, "kind": doc.kind, "subtype": doc.subtype, "layout": layout,
             "rules": rules, "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": doc.cprs, "traits": sorted(doc.traits)}
        if doc.period:
            e["period"] = doc.period
        entries.append(e)
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            for doc, e in zip(docs, entries):
                fh.write(f"===== {e['path']}  {e['kind']}/{e['subtype']}  rules={e['rules']}  traits={e['traits']}\n")
                fh.write(as_text(doc) + "\n")
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/iw")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--dump", default=None, help="also write a plain-text dump of every document")
    a = ap.parse_args()
    es = build(Path(a.out), a.seed, a.dump)
    print(len(es), "documents written to", a.out)


if __name__ == "__main__":
    main()
