"""Case data and the document builders of corpus FV (agreements, decisions, Min Plan, others)."""
from __future__ import annotations

import datetime as dt

from .content import (COMPANIES, FIRST, FOLLOWUPS, GOALS, HOURS, KOMMUNER, LAST, MENTOR_FIRST, MONTHS,
                      PROVIDERS, SCHOOLS, TASKS, UNCLEAR_GOALS, VAGUE_FOLLOWUPS, VAGUE_HOURS,
                      APPEAL_INCOMPLETE, add_months, appeal_ok, appeal_other, appeal_wrong, cpr,
                      fmt_long, fmt_dot, period_text, phone)
from .render import PH, Tracked

ONE = dt.timedelta(days=1)
PH_TEXTS = ["Udfyldes senere", "[indsæt]", "xx", "…", "-", "Udfyldes ved opstart"]


class Case:
    def __init__(self, rng, year=2026, with_cpr=False):
        self.rng = rng
        self.k = rng.choice(KOMMUNER)
        self.fn, self.ln = rng.choice(FIRST), rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.cpr = cpr(rng) if with_cpr else None
        prov, site = rng.choice(PROVIDERS)
        self.mfn, self.mln = rng.choice(MENTOR_FIRST), rng.choice(LAST)
        self.mentor_name = f"{self.mfn} {self.mln}"
        self.org = prov
        self.site = site
        self.mphone = phone(rng)
        asc = lambda x: x.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')
        self.mmail = f"{asc(self.mfn)}.{asc(self.mln)}@{site}"
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.cwphone = phone(rng)
        self.cwmail = f"{asc(self.cw.split()[0])}@{self.k['mail'].split('@')[1]}"
        month = rng.randint(1, 10) if year == 2026 else rng.randint(3, 11)
        day = rng.choice([1, 1, 1, 15, 4, 10])
        self.start = dt.date(year, month, day)
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.company = rng.choice(COMPANIES)
        self.school = rng.choice(SCHOOLS)
        self.sagsnr = f"15.20.08-G01-{rng.randint(100, 9999)}-{str(year)[2:]}"
        self.goal = self.fill(rng.choice(GOALS))
        self.tasks = [self.fill(t) for t in rng.sample(TASKS, rng.randint(3, 5))]
        self.tasks = [t[0].upper() + t[1:] for t in self.tasks]
        self.hours = rng.choice(HOURS)
        self.followup = self.fill(rng.choice(FOLLOWUPS))
        self.ph = rng.choice(PH_TEXTS)

    def fill(self, s):
        d = add_months(self.start, 4) if hasattr(self, "start") else dt.date(2026, 8, 1)
        return s.format(fn=self.fn, company=self.company, school=self.school, date=fmt_long(d),
                        month=MONTHS[add_months(self.start, 2).month - 1])

    def period(self, mode):
        """Set self.end by mode: ok (<= 6 months), over, edge (exactly 6), oneday (6 months + 1 day)."""
        rng = self.rng
        if mode == "over":
            self.end = add_months(self.start, rng.choice([7, 8, 9, 12])) - ONE
        elif mode == "oneday":
            self.end = add_months(self.start, 6)
        elif mode == "edge":
            self.end = add_months(self.start, 6) - ONE
        else:
            self.end = add_months(self.start, rng.choice([3, 4, 6, 6, 6])) - ONE
        return self.end


# defect modes per field -> rule
RULE_OF = {
    ("goal", "missing"): "missing-goal", ("goal", "placeholder"): "missing-goal", ("goal", "unclear"): "unclear-goal",
    ("mentor", "missing"): "missing-mentor", ("mentor", "placeholder"): "missing-mentor", ("mentor", "nocontact"): "missing-mentor",
    ("tasks", "missing"): "missing-tasks", ("tasks", "placeholder"): "missing-tasks",
    ("duration", "missing"): "missing-duration", ("duration", "placeholder"): "missing-duration", ("duration", "vague"): "missing-duration",
    ("duration", "over"): "duration-over-6-months", ("duration", "oneday"): "duration-over-6-months",
    ("duration", "tracked_over"): "duration-over-6-months",
    ("followup", "missing"): "missing-follow-up", ("followup", "placeholder"): "missing-follow-up", ("followup", "vague"): "missing-follow-up",
    ("hours", "missing"): "missing-hours", ("hours", "placeholder"): "missing-hours", ("hours", "vague"): "missing-hours",
    ("hours", "comment_only"): "missing-hours",
    ("appeal", "missing"): "missing-appeal-guidance", ("appeal", "incomplete"): "missing-appeal-guidance",
    ("appeal", "other"): "missing-appeal-guidance",
}
APPLIES = {
    "agreement": {"goal", "mentor", "tasks", "duration", "followup", "hours", "appeal"},
    "minplan": {"goal", "mentor", "tasks", "duration", "hours"},
    "decision": {"duration", "appeal"},
}


def expected_rules(kind, defects, bilag=False):
    fields = APPLIES[kind] | (APPLIES["agreement"] if bilag else set())
    rules, extras = set(), set()
    for f, m in defects.items():
        if f == "reasons" and m == "missing" and kind == "decision":
            extras.add("missing-reasons")
        if f not in fields:
            continue
        if (f, m) in RULE_OF:
            rules.add(RULE_OF[(f, m)])
        if f == "appeal" and m == "wrong":
            extras.add("appeal-wrong-route")
        if f == "reasons" and m == "missing":
            extras.add("missing-reasons")
    return sorted(rules), sorted(extras)


def resolve(c: Case, d: dict, en=False, date_style=None):
    """Display values for each field under the defects d; also sets c.end."""
    rng = c.rng
    F = {}
    g = d.get("goal", "ok")
    F["goal"] = None if g == "missing" else PH(c.ph) if g == "placeholder" else \
        c.fill(rng.choice(UNCLEAR_GOALS)) if g == "unclear" else c.goal
    m = d.get("mentor", "ok")
    F["mentor"] = None if m == "missing" else PH(c.ph) if m == "placeholder" else \
        dict(name=c.mentor_name, org=c.org, phone=None if m == "nocontact" else c.mphone,
             mail=None if m == "nocontact" else c.mmail)
    t = d.get("tasks", "ok")
    F["tasks"] = None if t == "missing" else PH(c.ph) if t == "placeholder" else c.tasks
    du = d.get("duration", "ok")
    c.period({"over": "over", "oneday": "oneday", "tracked_over": "over", "edge": "edge"}.get(du, "ok"))
    if du in ("missing",):
        F["duration"] = None
    elif du == "placeholder":
        F["duration"] = PH(c.ph, date=True)
    elif du == "vague":
        F["duration"] = rng.choice(["indtil videre", "til målet er nået", "forventet et stykke tid"])
    elif du == "tracked_over":
        ok_end = add_months(c.start, 6) - ONE
        F["duration"] = Tracked(period_text(rng, c.start, ok_end, fmt_long), period_text(rng, c.start, c.end, fmt_long))
    elif du == "tracked_ok":
        over_end = add_months(c.start, 9) - ONE
        F["duration"] = Tracked(period_text(rng, c.start, over_end, fmt_long), period_text(rng, c.start, c.end, fmt_long))
    else:
        F["duration"] = period_text(rng, c.start, c.end, date_style)
    fu = d.get("followup", "ok")
    F["followup"] = None if fu == "missing" else PH(c.ph) if fu == "placeholder" else \
        rng.choice(VAGUE_FOLLOWUPS) if fu == "vague" else c.followup
    h = d.get("hours", "ok")
    F["hours"] = None if h in ("missing", "comment_only") else PH(c.ph) if h == "placeholder" else \
        rng.choice(VAGUE_HOURS) if h == "vague" else \
        Tracked("2 timer pr. uge", c.hours) if h == "tracked" else c.hours
    a = d.get("appeal", "ok")
    F["appeal"] = None if a == "missing" else rng.choice(APPEAL_INCOMPLETE) if a == "incomplete" else \
        appeal_other(c.k) if a == "other" else appeal_wrong() if a == "wrong" else appeal_ok(rng, c.k)
    return F


def mentor_text(mm, style=0):
    if mm is None or isinstance(mm, PH):
        return mm
    if mm["phone"] is None:
        return f"{mm['name']}, {mm['org']}"
    if style == 1:
        return f"{mm['name']} ({mm['org']})\nTlf. {mm['phone']}\nMail: {mm['mail']}"
    return f"{mm['name']}, {mm['org']}, tlf. {mm['phone']}, {mm['mail']}"


def muni_header(c):
    return [f"{c.k['name']} · {c.k['unit']}", f"Sagsnr.: {c.sagsnr}"]


def muni_footer(c):
    return [f"{c.k['name']} · {c.k['unit']} · {c.k['addr']} · Tlf. {c.k['phone']} · {c.k['mail']} · CVR {c.k['cvr']}"]


def citizen_rows(c):
    rows = [["Borger", c.name]]
    if c.cpr:
        rows.append(["CPR-nr.", c.cpr])
    rows.append(["Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}"])
    return rows


# ---------------------------------------------------------------- agreements
def agreement_cc_table(c, F, d):
    """Kommunens Word-skabelon: indholdskontroller i en tabel, kontaktdata i sidefoden."""
    rows = []
    note_hours = ("Mette Kjær", "Timetal? Mentor har sagt 3 timer pr. uge i telefonen – skal skrives ind.")
    if F["goal"] is not None:
        rows.append(["Målet med mentorstøtten", F["goal"]])
    if F["mentor"] is not None:
        rows.append(["Mentor (navn og kontaktdata)", mentor_text(F["mentor"])])
    if F["tasks"] is not None:
        rows.append(["Mentorens opgaver", F["tasks"]])
    if F["duration"] is not None:
        rows.append(["Periode", F["duration"]])
    if F["hours"] is not None:
        rows.append(["Timetal", F["hours"]])
    if F["followup"] is not None:
        rows.append(["Opfølgning og progression", F["followup"]])
    if d.get("hours") == "comment_only":
        rows[0] = rows[0] + [note_hours]
    blocks = [("title", "Aftale om mentorstøtte"),
              ("p", "efter lov om en aktiv beskæftigelsesindsats § 167"),
              ("kv", [[a, b] for a, b in citizen_rows(c)]),
              ("h", "Aftalens indhold"),
              ("kv", rows)]
    if F["appeal"] is not None:
        blocks += [("h", "Klagevejledning"), ("p", F["appeal"])]
    blocks += [("grid", [["Dato / borger", "Dato / mentor", "Dato / sagsbehandler"], ["", "", ""]])]
    return dict(blocks=blocks, header=muni_header(c), footer=muni_footer(c), content_controls=True,
                meta_title="Aftale om mentorstøtte")


def agreement_letter(c, F, d):
    """Leverandørens brev: kontaktdata i en tekstboks, fede mellemrubrikker."""
    blocks = [("title", f"Mentoraftale – {c.name}"),
              ("p", f"Kære {c.fn}"),
              ("p", f"Her får du det, vi blev enige om på opstartsmødet den {fmt_long(c.letter_date)}, skrevet ned. "
                    f"Aftalen er lavet efter aftale med {c.k['name']}.")]
    if F["mentor"] is not None and not isinstance(F["mentor"], PH):
        mm = F["mentor"]
        box = ["Din mentor", mm["name"], mm["org"]] + ([f"Tlf. {mm['phone']}", mm["mail"]] if mm["phone"] else [])
        blocks.append(("textbox", box))
    elif isinstance(F["mentor"], PH):
        blocks.append(("textbox", ["Din mentor", F["mentor"].text]))
    if F["goal"] is not None:
        blocks += [("hb", "Hvad er målet?"), ("p", F["goal"])]
    if F["tasks"] is not None:
        blocks += [("hb", "Hvad skal mentoren hjælpe dig med?")]
        blocks += [("bullets", F["tasks"])] if isinstance(F["tasks"], list) else [("p", F["tasks"])]
    if F["duration"] is not None:
        blocks += [("hb", "Hvor længe?"), ("p", ["Forløbet løber ", F["duration"], "."])]
    if F["hours"] is not None:
        if d.get("hours") == "vague":
            blocks += [("hb", "Hvor meget tid?"), ("p", ["Omfang: ", F["hours"], "."])]
        else:
            blocks += [("hb", "Hvor meget tid?"), ("p", ["Du har ", F["hours"], " med din mentor."])]
    if F["followup"] is not None:
        blocks += [("hb", "Hvordan følger vi op?"), ("p", F["followup"])]
    if F["appeal"] is not None:
        blocks += [("hb", "Hvis du vil klage"), ("p", F["appeal"])]
    blocks += [("sign", f"Med venlig hilsen\n{c.org}")]
    return dict(blocks=blocks, header=[f"{c.org}", f"www.{c.site}"] + ([f"Borger: {c.name} · CPR {c.cpr}"] if c.cpr else []),
                footer=[f"{c.org} · Tlf. 70 {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} · info@{c.site}"],
                meta_title="Mentoraftale")


def agreement_numbered(c, F, d):
    """Gribskov-lignende punktopstilling 1)-6)."""
    items = []
    if F["goal"] is not None:
        items.append(("Målet med mentorstøtten", F["goal"]))
    if F["mentor"] is not None:
        items.append(("Mentorens navn og kontaktdata", mentor_text(F["mentor"])))
    if F["tasks"] is not None:
        items.append(("Hvilke opgaver mentoren skal bistå ved", F["tasks"]))
    dur = []
    if F["duration"] is not None:
        dur.append(("Varighed", F["duration"]))
    if F["followup"] is not None:
        dur.append(("Opfølgning inkl. mål for progression", F["followup"]))
    blocks = [("title", "Skriftlig aftale om mentorstøtte"),
              ("p", f"Aftalen er indgået mellem {c.name}" + (f" (CPR-nr. {c.cpr})" if c.cpr else "") +
               f", mentor og {c.k['name']} den {fmt_long(c.letter_date)}.")]
    n = 0
    for lab, val in items + dur + ([("Timetallet for mentorstøtten", F["hours"])] if F["hours"] is not None else []):
        n += 1
        if isinstance(val, list) and all(isinstance(x, str) for x in val):
            blocks += [("hb", f"{n}) {lab}"), ("bullets", val)]
        else:
            blocks += [("p", [f"{n}) {lab}: ", val])]
    if F["appeal"] is not None:
        n += 1
        blocks += [("hb", f"{n}) Klagevejledning"), ("p", F["appeal"])]
    blocks += [("sign", f"{c.k['city']}, den {fmt_dot(c.letter_date)}\n\n_____________________        _____________________\n{c.name}                    {c.cw}, sagsbehandler")]
    return dict(blocks=blocks, header=muni_header(c), footer=muni_footer(c), meta_title="Aftale om mentorstøtte")


def agreement_mail_text(c, F, d):
    lines = [f"Hej {c.fn}", "",
             f"Tak for i dag. Som lovet får du her det, vi aftalte, skrevet ned. Det er mig, {c.mfn}, der er din mentor.", ""]
    if F["goal"] is not None:
        lines += [f"Mål: {_f(F['goal'])}", ""]
    if F["tasks"] is not None:
        if isinstance(F["tasks"], list):
            lines += ["Jeg skal hjælpe dig med:"] + [f"- {t}" for t in F["tasks"]] + [""]
        else:
            lines += [f"Opgaver: {_f(F['tasks'])}", ""]
    if F["duration"] is not None:
        lines += [f"Periode: {_f(F['duration'])}", ""]
    if F["hours"] is not None:
        lines += [f"Timer: {_f(F['hours'])}", ""]
    if F["followup"] is not None:
        lines += [f"Opfølgning: {_f(F['followup'])}", ""]
    if F["appeal"] is not None:
        lines += [F["appeal"], ""]
    if F["mentor"] is not None and not isinstance(F["mentor"], PH) and F["mentor"]["phone"]:
        lines += [f"Du kan altid få fat i mig på {F['mentor']['phone']} eller {F['mentor']['mail']}.", ""]
    lines += ["Venlig hilsen", c.mfn, c.org]
    return "\n".join(lines) + "\n"


def _f(v):
    from .render import pflat
    return pflat(v)


def agreement_english(c, F, d):
    en_goals = [f"{c.fn} has started an internship at {c.company}, 15 hours a week, by {add_months(c.start, 3):%d %B %Y}, aiming at a wage-subsidy job.",
                f"{c.fn} is enrolled in the basic course at {c.school} and attends at least four days a week."]
    en_tasks = [f"Go with {c.fn} to the first meetings at the workplace", "Weekly talk about attendance and transport",
                "Help with letters from the municipality in e-Boks", "Plan the week together every Monday"]
    rows = []
    g = d.get("goal", "ok")
    if g == "ok":
        rows.append(["Goal of the mentor support", c.rng.choice(en_goals)])
    elif g == "unclear":
        rows.append(["Goal of the mentor support", "Support to feel better and get more structure in everyday life."])
    elif g == "placeholder":
        rows.append(["Goal of the mentor support", PH("To be filled in")])
    mm = F["mentor"]
    if mm is not None and not isinstance(mm, PH):
        rows.append(["Your mentor", f"{mm['name']}, {mm['org']}" + (f", phone {mm['phone']}, {mm['mail']}" if mm["phone"] else "")])
    if F["tasks"] is not None:
        rows.append(["Your mentor's tasks", en_tasks if isinstance(F["tasks"], list) else PH("To be filled in")])
    from .content import fmt_en
    du = d.get("duration", "ok")
    if du in ("ok", "over", "edge", "oneday"):
        rows.append(["Period", f"{fmt_en(c.start)} – {fmt_en(c.end)}"])
    if d.get("hours", "ok") == "ok":
        rows.append(["Hours", c.rng.choice(["3 hours per week", "2 hours a week", "4 hours weekly"])])
    elif d.get("hours") == "vague":
        rows.append(["Hours", "As needed"])
    fu = d.get("followup", "ok")
    if fu == "ok":
        rows.append(["Follow-up", "Status meeting with the mentor and your caseworker every month; final evaluation 14 days before the end."])
    elif fu == "vague":
        rows.append(["Follow-up", "As needed"])
    blocks = [("title", "Mentor Support Agreement"),
              ("p", f"Agreement between {c.name}" + (f" (CPR no. {c.cpr})" if c.cpr else "") + f", the mentor and {c.k['name']} (Active Employment Act, section 167)."),
              ("kv", rows)]
    a = d.get("appeal", "ok")
    if a == "ok":
        blocks += [("h", "How to appeal"),
                   ("p", f"If you disagree with the decision, you can complain to {c.k['name']} within 4 weeks (fire uger) of receiving it. "
                         "The municipality (kommunen) will reconsider the decision within four weeks. If it upholds the decision, "
                         "your complaint is sent on to Ankestyrelsen (the National Social Appeals Board).")]
    elif a == "incomplete":
        blocks += [("h", "How to appeal"), ("p", "You can complain about the decision.")]
    return dict(blocks=blocks, header=[c.k["name"] + " · English version"], footer=muni_footer(c), meta_title="Mentor Support Agreement")


# ---------------------------------------------------------------- decisions
REASONS = [
    "Vi har lagt vægt på, at du efter eget udsagn og ifølge praktikstedet har brug for hjælp til at komme stabilt af sted, og at mentorstøtten skal gøre det muligt for dig at gennemføre praktikken, jf. LAB § 167, stk. 1.",
    "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167. Vi har lagt vægt på oplysningerne fra dit møde med din sagsbehandler og fra skolen om dit fravær.",
    "På baggrund af din ansøgning og lægens udtalelse vurderer vi, at du har behov for støtte for at kunne gennemføre uddannelsen.",
]


def decision(c, dtype, d, bilag_defects=None, kommune_word=None, F=None):
    """dtype: grant, partial, refusal, extension, end. d: duration ok/over, appeal mode, reasons ok/missing."""
    rng = c.rng
    F = F or resolve(c, {"duration": d.get("duration", "ok"), "appeal": d.get("appeal", "ok")})
    kw = kommune_word or ("kommunen" if c.letter_date >= dt.date(2026, 2, 1) else "jobcentret")
    sender = c.k["name"] if kw == "kommunen" else f"Jobcenter {c.k['city']}"
    per = F["duration"]
    blocks = []
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte"],
              "refusal": ["Afslag på ansøgning om mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"]}
    blocks.append(("p", f"{c.k['city']}, {fmt_long(c.letter_date)}"))
    blocks.append(("title", rng.choice(titles[dtype])))
    if c.cpr:
        blocks.append(("p", f"Vedr.: {c.name}, CPR-nr. {c.cpr}"))
    blocks.append(("p", f"Kære {c.name}"))
    mm = f"{c.mentor_name} fra {c.org}"
    if dtype == "grant":
        blocks.append(("p", f"Du har den {fmt_long(c.letter_date - dt.timedelta(days=12))} søgt om mentorstøtte. {kw.capitalize()} har nu behandlet din ansøgning."))
        blocks.append(("h", "Afgørelse"))
        if bilag_defects is None:
            blocks.append(("p", ["Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, i perioden ", per,
                                 f". Støtten er på {c.hours}. Din mentor bliver {mm}."]))
        else:
            blocks.append(("p", ["Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, i perioden ", per,
                                 f". Din mentor bliver {mm}. Indholdet af støtten står i aftalen i bilag 1."]))
    elif dtype == "partial":
        blocks.append(("p", "Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen."))
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", ["Du får delvist bevilget mentorstøtte. Vi bevilger mentorstøtte i perioden ", per,
                             ", med 3 timer pr. uge, altså færre timer og en kortere periode end du har søgt om."]))
    elif dtype == "refusal":
        blocks.append(("p", f"Du har søgt om mentorstøtte i forbindelse med dit forløb på {c.school}."))
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", "Vi har givet dig afslag på mentorstøtte."))
    elif dtype == "extension":
        prev_start = add_months(c.start, -6)
        blocks.append(("p", f"Du har haft mentorstøtte i perioden {fmt_dot(prev_start)} - {fmt_dot(c.start - ONE)} (tidligere periode)."))
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", ["Efter en konkret vurdering forlænger vi din mentorstøtte i en ny periode ", per,
                             f". Du har fortsat {c.hours} med {mm}." if bilag_defects is None else f". Du fortsætter med {mm}."]))
    elif dtype == "end":
        blocks.append(("h", "Afgørelse"))
        blocks.append(("p", f"Din mentorstøtte ophører den {fmt_long(c.start)}."))
    if d.get("reasons", "ok") == "ok":
        blocks.append(("h", "Begrundelse"))
        if dtype == "refusal":
            blocks.append(("p", "Vi har lagt vægt på, at skolen allerede giver dig SPS-støtte og en fast kontaktlærer, og at mentorstøtte efter LAB § 167 kun gives, når støtten går ud over det, uddannelsesstedet normalt tilbyder."))
        elif dtype == "end":
            blocks.append(("p", f"Støtten ophører, fordi du fra {fmt_long(c.start)} er ansat i et ordinært job hos {c.company}, og målet med mentorstøtten dermed er nået, jf. LAB § 167."))
        elif dtype == "partial":
            blocks.append(("p", "Vi har lagt vægt på, at mentorstøtte gives for højst 6 måneder ad gangen, jf. LAB § 167, stk. 1, og at dit behov efter vores vurdering kan dækkes med 3 timer om ugen."))
        else:
            blocks.append(("p", rng.choice(REASONS)))
    if bilag_defects is not None:
        blocks.append(("p", "Den skriftlige aftale om mentorstøtten er vedlagt som bilag 1."))
    if F["appeal"] is not None:
        blocks.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        blocks.append(("p", F["appeal"]))
    blocks.append(("sign", f"Med venlig hilsen\n\n{c.cw}\nSagsbehandler, {sender}\nDirekte tlf. {c.cwphone}\n{c.cwmail}"))
    if bilag_defects is not None:
        Fb = resolve_bilag(c, bilag_defects, per)
        rows = [["Borger", c.name + (f", CPR-nr. {c.cpr}" if c.cpr else "")]]
        for lab, key in [("Målet med mentorstøtten", "goal"), ("Mentor", "mentor"), ("Mentorens opgaver", "tasks"),
                         ("Periode", "duration"), ("Timetal", "hours"), ("Opfølgning", "followup")]:
            if Fb[key] is not None:
                rows.append([lab, mentor_text(Fb[key]) if key == "mentor" else Fb[key]])
        blocks += [("pagebreak",), ("title", "Bilag 1: Aftale om mentorstøtte"), ("kv", rows),
                   ("grid", [["Underskrift borger", "Underskrift mentor"], ["", ""]])]
    return dict(blocks=blocks, header=[sender, f"{c.k['unit']}", f"Sagsnr. {c.sagsnr}"] if kw == "kommunen" else [sender, f"Sagsnr. {c.sagsnr}"],
                footer=muni_footer(c), meta_title=titles[dtype][0], content_controls=True), F


def resolve_bilag(c, bd, per):
    rng = c.rng
    F = {"duration": per}
    F["goal"] = PH(c.ph) if bd.get("goal") == "placeholder" else c.fill(rng.choice(UNCLEAR_GOALS)) if bd.get("goal") == "unclear" else c.goal
    F["mentor"] = dict(name=c.mentor_name, org=c.org, phone=None if bd.get("mentor") == "nocontact" else c.mphone,
                       mail=None if bd.get("mentor") == "nocontact" else c.mmail)
    F["tasks"] = None if bd.get("tasks") == "missing" else c.tasks
    F["hours"] = PH(c.ph) if bd.get("hours") == "placeholder" else c.hours
    F["followup"] = None if bd.get("followup") == "missing" else rng.choice(VAGUE_FOLLOWUPS) if bd.get("followup") == "vague" else c.followup
    return F


# ---------------------------------------------------------------- Min Plan
def minplan(c, F, d, trap_long=True):
    rng = c.rng
    blocks = [("title", "Min Plan"),
              ("p", f"Udskrevet {fmt_dot(c.letter_date)} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}"),
              ("kv", [["Navn", c.name]] + ([["CPR-nr.", c.cpr]] if c.cpr else []) +
               [["Kontaktperson i kommunen", f"{c.cw}, tlf. {c.cwphone}"]])]
    if trap_long:
        other_start = add_months(c.start, -2)
        blocks += [("h", f"Uddannelse: Grundforløb ({c.school}) [Aktiv]"),
                   ("kv", [["Periode", f"{fmt_dot(other_start)} - {fmt_dot(add_months(other_start, 14) - ONE)}"],
                           ["Sted", c.school]])]
    blocks.append(("h", "Mentorstøtte (LAB § 167) [Bevilget]"))
    rows = []
    if F["goal"] is not None:
        rows.append(["Formål med mentorstøtten", F["goal"]])
    if F["mentor"] is not None:
        rows.append(["Mentor", mentor_text(F["mentor"])])
    if F["tasks"] is not None:
        rows.append(["Mentorens opgaver", F["tasks"]])
    if F["duration"] is not None:
        rows.append(["Periode", F["duration"]])
    if F["hours"] is not None:
        rows.append(["Timer pr. uge", F["hours"]])
    blocks.append(("kv", rows))
    return dict(blocks=blocks, header=[f"{c.k['name']} – Min Plan"], footer=[], meta_title="Min Plan")
