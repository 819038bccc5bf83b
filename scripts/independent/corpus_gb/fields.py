"""Case data and the sentences that state (or fail to state) each field, per voice.

Voices: "du"  - the caseworker writes to the citizen (letters, e-mails, Min Plan)
        "jeg" - the mentor writes to the citizen in the first person
        "3"   - a journal note or minutes about the citizen in the third person
"""

from __future__ import annotations

import datetime as dt
import random

from phrases import (CASEWORKERS, CITIZENS, COMPANIES, GOALS_CLEAR, GOALS_UNCLEAR, KOMMUNER, MENTORS,
                     PROVIDERS, SCHOOLS, SHOPS, STREETS, TASKS, WEEKDAYS, add_months, d_fmt)


def ascii_mail(s: str) -> str:
    return (s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("é", "e")
            .replace(" ", ""))


def phone(rng) -> str:
    first = rng.choice(["2", "3", "4", "5", "6", "7", "8", "9"])
    digits = first + "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(3)
    if style == 0:
        return " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    if style == 1:
        return digits[:4] + " " + digits[4:]
    return digits


def make_cpr(rng) -> str:
    year = rng.randrange(60, 100) if rng.random() < 0.7 else rng.randrange(0, 6)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    serial = rng.randrange(1000, 10000)
    return f"{day:02d}{month:02d}{year:02d}-{serial:04d}"


class Case:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.first, self.last, self.sex = CITIZENS[i % len(CITIZENS)]
        self.mfirst, self.mlast, self.msex = rng.choice(MENTORS)
        self.mentor = f"{self.mfirst} {self.mlast}"
        self.cwfirst, self.cwlast = rng.choice(CASEWORKERS)
        self.cw = f"{self.cwfirst} {self.cwlast}"
        self.kom, self.town, self.kstreet, self.kzip, self.kdomain = rng.choice(KOMMUNER)
        self.prov, pdom = rng.choice(PROVIDERS)
        if pdom is None:
            pdom = self.kdomain
            self.prov = f"{self.prov}, {self.kom} Kommune"
        self.mphone = phone(rng)
        self.mmail = ascii_mail(f"{self.mfirst}.{self.mlast}") + "@" + pdom if rng.random() < 0.6 else \
            ascii_mail(self.mfirst[0] + self.mlast[:3]) + "@" + pdom
        self.cwphone = phone(rng)
        self.cwmail = ascii_mail(self.cwfirst[:2] + self.cwlast[:2]) + "@" + self.kdomain
        self.street = rng.choice(STREETS)
        self.shop = rng.choice(SHOPS)
        self.company = rng.choice(COMPANIES)
        self.school = rng.choice(SCHOOLS)
        month = rng.choice([2, 3, 3, 4, 4, 5, 6, 8, 9])
        day = rng.choice([1, 1, 1, 2, 15, 16, 3, 10, 7])
        self.start = dt.date(2026, month, day)
        self.mdate = self.start - dt.timedelta(days=rng.randrange(2, 12))
        self.ldate = self.mdate + dt.timedelta(days=rng.randrange(0, 3))
        self.sagsnr = f"{rng.randrange(10, 99)}.{rng.randrange(10, 40)}.{rng.randrange(10, 99)}-" \
                      f"{rng.choice(['G01', 'A00', 'P20', 'K07'])}-{rng.randrange(1, 9999)}-{rng.randrange(20, 27)}"
        self.cpr = make_cpr(rng)
        self.hours = rng.choice(["2", "3", "4", "5", "1½", "to", "tre", "6"])
        self.goal_i = rng.randrange(len(GOALS_CLEAR))
        self.unclear_i = rng.randrange(len(GOALS_UNCLEAR))
        self.tasks_i = rng.sample(range(len(TASKS)), rng.choice([2, 3, 3, 4]))
        self.weekday = rng.choice(WEEKDAYS[:5])
        self.clock = rng.choice([("9", "11"), ("10", "12"), ("13", "15"), ("8.30", "10.30"), ("9", "12")])
        self.ds = rng.choice([0, 0, 1, 2, 3, 6, 7, 4, 5])  # date style

    # -- names and pronouns
    @property
    def name(self):
        return f"{self.first} {self.last}"

    def pro(self, who="c"):
        sex = self.sex if who == "c" else self.msex
        return {"subj": "hun" if sex == "f" else "han", "obj": "hende" if sex == "f" else "ham",
                "poss": "hendes" if sex == "f" else "hans"}

    def d(self, date, style=None):
        return d_fmt(date, self.ds if style is None else style)

    # -- period
    def period(self, mode):
        """(start, end, n_months_or_None) for mode ok | over | oneday | missing."""
        rng = self.rng
        if mode == "missing":
            return None
        if mode == "ok":
            n = rng.choice([3, 4, 6, 6, 6, 5])
            return self.start, add_months(self.start, n) - dt.timedelta(days=1), n
        if mode == "oneday":
            return self.start, add_months(self.start, 6), None
        n = rng.choice([7, 8, 9, 12, 12, 10])
        return self.start, add_months(self.start, n) - dt.timedelta(days=1), n


def goal_clause(c: Case, subj: str) -> str:
    from phrases import MONTHS
    dl = add_months(c.start, 4).replace(day=1)
    m5, m1, m7 = add_months(c.start, 5), add_months(c.start, 1), add_months(c.start, 7)
    return GOALS_CLEAR[c.goal_i].format(
        S=subj, school=c.school, shop=c.shop, town=c.town, company=c.company, dl=d_fmt(dl, 0),
        dlm=f"{MONTHS[m5.month - 1]} {m5.year}", dlm0=f"{MONTHS[m1.month - 1]} {m1.year}",
        dlnext=f"{MONTHS[m7.month - 1]} {m7.year}")


def tasks_list(c: Case, voice: str):
    if voice == "3":
        p = c.pro("c")
    else:
        p = {"subj": "du", "obj": "dig", "poss": "din"}
    return [TASKS[i].format(**p) for i in c.tasks_i]


def gen(name):
    return name + "'" if name[-1] in "sxz" else name + "s"


def join_and(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " og " + items[-1]


def hours_phrase(c: Case):
    h = c.hours
    unit = "time" if h in ("1",) else "timer"
    return f"{h} {unit}"


# ----------------------------------------------------------------------------- goal

def goal_sents(c: Case, voice: str, mode: str, variant: int):
    """Return sentences for the goal (mode ok | unclear | missing)."""
    subj = "du" if voice in ("du", "jeg") else c.first
    if mode == "missing":
        return []
    if mode == "unclear":
        return [GOALS_UNCLEAR[c.unclear_i].format(S=subj)]
    g = goal_clause(c, subj)
    if voice == "du":
        leads = ["Målet med mentorstøtten er, at {g}.", "Vi aftalte, at målet er, at {g}.",
                 "Det, forløbet skal føre til, er, at {g}.", "Formålet med mentorforløbet er, at {g}.",
                 "Du får en mentor, fordi vi sammen har sat det mål, at {g}."]
    elif voice == "jeg":
        leads = ["Det, vi arbejder hen imod, er, at {g}.", "Vores mål er, at {g}.",
                 "Målet for vores forløb er, at {g}.", "Vi har aftalt, at målet er, at {g}."]
    else:
        leads = ["Målet med mentorstøtten er, at {g}.", "Der er aftalt følgende mål: {g}.",
                 "Hovedformålet med forløbet er, at {g}.", "Formålet er, at {g}."]
    s = leads[variant % len(leads)].format(g=g)
    if s.startswith("Der er aftalt følgende mål: "):
        s = s.replace(": " + subj, ": " + subj, 1)
    return [s]


# ----------------------------------------------------------------------------- mentor

def mentor_sents(c: Case, voice: str, mode: str, variant: int):
    p = c.pro("m")
    M, MF = c.mentor, c.mfirst
    if mode == "missing":
        if voice == "3":
            return [f"Der er endnu ikke fundet en mentor. {c.prov} melder tilbage, når en mentor er på plads."]
        return ["Vi er ved at finde den rette mentor til dig. Du får besked, så snart det er på plads, "
                "og så kan I aftale jeres første møde."]
    if voice == "jeg":
        if mode == "nocontact":
            return [f"Jeg hedder {M} og arbejder i {c.prov}. Det er mig, der er din mentor."]
        opts = [f"Jeg hedder {M} og arbejder i {c.prov}. Det er mig, der er din mentor, og du kan altid "
                f"få fat i mig på {c.mphone} – også på sms – eller skrive til {c.mmail}.",
                f"Det er mig, {M} fra {c.prov}, der er din mentor. Du kan ringe eller skrive til mig på "
                f"{c.mphone}. Min mail er {c.mmail}."]
        return [opts[variant % len(opts)]]
    if voice == "3":
        if mode == "nocontact":
            return [f"Som mentor er udpeget {M} fra {c.prov}."]
        opts = [f"Som mentor er udpeget {M}, {c.prov}, tlf. {c.mphone}, mail {c.mmail}.",
                f"Mentor bliver {M} fra {c.prov}. {MF} kan kontaktes på {c.mphone} eller {c.mmail}.",
                f"{M} ({c.prov}, tlf. {c.mphone}) er mentor i forløbet."]
        return [opts[variant % len(opts)]]
    if mode == "nocontact":
        opts = [f"Din mentor er {M} fra {c.prov}.", f"{M} fra {c.prov} bliver din mentor.",
                f"Det blev aftalt, at {M} er din mentor."]
        return [opts[variant % len(opts)]]
    opts = [f"Din mentor er {M} fra {c.prov}. Du kan fange {p['obj']} på tlf. {c.mphone} eller på {c.mmail}.",
            f"{M} fra {c.prov} bliver din mentor. {MF} har telefon {c.mphone} og mail {c.mmail}.",
            f"Det blev aftalt, at {M} ({c.prov}) er din mentor. {gen(MF)} nummer er {c.mphone}, og du kan "
            f"også skrive til {c.mmail}.",
            f"Din mentor hedder {M}. Ring eller skriv til {p['obj']} på {c.mphone}, hvis du bliver forhindret "
            f"eller har brug for at tale med {p['obj']}."]
    return [opts[variant % len(opts)]]


# ----------------------------------------------------------------------------- tasks

def tasks_sents(c: Case, voice: str, mode: str, variant: int, bullets=False):
    """Return list of blocks ("p"/"li")."""
    MF = c.mfirst
    if mode == "missing":
        if variant % 3 == 0:
            if voice == "jeg":
                return [("p", "Hvad vi konkret skal arbejde med, finder vi ud af sammen hen ad vejen.")]
            if voice == "3":
                return [("p", "Mentors opgaver aftales mellem mentor og borger ved første møde.")]
            return [("p", f"Hvad I konkret skal arbejde med, finder du og {MF} ud af sammen hen ad vejen.")]
        return []
    ts = tasks_list(c, voice)
    if voice == "jeg":
        if bullets:
            return [("p", "Vi aftalte, at jeg skal:")] + [("li", t) for t in ts]
        leads = ["Jeg skal blandt andet {t}.", "Min opgave er at {t}.", "Det er min opgave at {t}."]
        return [("p", leads[variant % len(leads)].format(t=join_and(ts)))]
    if voice == "3":
        if bullets:
            return [("p", f"Det blev aftalt, at {MF} skal:")] + [("li", t) for t in ts]
        leads = [f"Det er {gen(MF)} opgave at {{t}}.", f"{MF} skal blandt andet {{t}}.",
                 f"Mentors opgaver er at {{t}}."]
        return [("p", leads[variant % len(leads)].format(t=join_and(ts)))]
    if bullets:
        return [("p", f"Vi aftalte, at {MF} skal:")] + [("li", t) for t in ts]
    leads = [f"Det er {gen(MF)} opgave at {{t}}.", f"{MF} skal blandt andet {{t}}.",
             f"{MF} vil {{t}}.", f"Det aftalte vi, at {MF} skal: {{t}}."]
    return [("p", leads[variant % len(leads)].format(t=join_and(ts)))]


# ----------------------------------------------------------------------------- duration

def duration_sents(c: Case, voice: str, per, variant: int, over_len_form=False):
    MF = c.mfirst
    if per is None:
        if voice == "jeg":
            return ["Vi går i gang, så snart du er klar, og fortsætter, indtil du er kommet godt i gang."]
        if voice == "3":
            return ["Startdato aftales mellem mentor og borger. Forløbet fortsætter, indtil borger er "
                    "kommet godt i gang."]
        if variant % 2 == 0:
            return [f"Forløbet starter, så snart {MF} har tid, og kører, indtil du er kommet godt i gang."]
        return ["Mentorstøtte kan gives i højst 6 måneder ad gangen. Hvornår dit forløb starter og slutter, "
                "aftaler vi, når vi har fået svar fra praktikstedet."]
    s, e, n = per
    ds, de = c.d(s), c.d(e)
    if over_len_form and n:
        word = {7: "7", 8: "otte", 9: "9", 10: "10", 12: "12"}[n]
        if voice == "jeg":
            return [f"Vi har {word} måneder sammen, fra {ds}."]
        if voice == "3":
            return [f"Mentorstøtten er bevilget i {word} måneder med start {ds}."]
        return [f"Forløbet starter {ds} og varer {word} måneder."]
    if voice == "jeg":
        opts = [f"Vores forløb starter {ds} og slutter {de}.", f"Vi har aftalt, at forløbet løber fra {ds} til {de}."]
    elif voice == "3":
        opts = [f"Forløbet er bevilget fra {ds} til {de}.", f"Mentorstøtten gives i perioden {ds} – {de}.",
                f"Periode for mentorstøtten: {ds} til og med {de}."]
    else:
        opts = [f"Forløbet løber fra {ds} til {de}.", f"Du har mentor fra {ds} til og med {de}.",
                f"Mentorstøtten gælder i perioden {ds}–{de}.", f"Forløbet starter {ds} og slutter {de}."]
    return [opts[variant % len(opts)]]


# ----------------------------------------------------------------------------- hours

def hours_sents(c: Case, voice: str, mode: str, variant: int):
    MF = c.mfirst
    H = hours_phrase(c)
    a, b = c.clock
    if mode == "missing":
        return []
    if mode == "vague":
        if voice == "jeg":
            return ["Vi ses, når du har brug for det – nogle uger mere, andre uger mindre."]
        if voice == "3":
            return ["Mentor og borger mødes efter behov."]
        return [f"Du og {MF} ses efter behov."]
    if voice == "jeg":
        opts = [f"Jeg har {H} om ugen til dig.", f"Vi ses hver {c.weekday} fra kl. {a} til {b}.",
                f"Vi ses to gange om ugen, i alt {H}."]
    elif voice == "3":
        opts = [f"Der er bevilget {H} ugentligt.", f"Mentor har {H} pr. uge til borger.",
                f"Borger og mentor mødes hver {c.weekday} kl. {a}-{b}."]
    else:
        opts = [f"{MF} har {H} om ugen til dig.", f"Der er bevilget {H} om ugen.",
                f"I ses to gange om ugen, i alt {H}.", f"I mødes hver {c.weekday} kl. {a}-{b}."]
    return [opts[variant % len(opts)]]


# ----------------------------------------------------------------------------- follow-up

def followup_sents(c: Case, voice: str, mode: str, variant: int, per):
    MF = c.mfirst
    if mode == "missing":
        return []
    if mode == "vague":
        opts = {"du": ["Vi følger op undervejs, når der er behov for det."],
                "jeg": ["Vi tager en snak om, hvordan det går, når det giver mening."],
                "3": ["Der følges op løbende."]}[voice]
        return opts
    start = per[0] if per else c.start
    d1 = start + dt.timedelta(days=35)
    d1 = d1 - dt.timedelta(days=d1.weekday()) + dt.timedelta(days=1)
    d1s = c.d(d1, 0)
    k = c.rng.choice(["tre", "fire", "to"])
    if voice == "jeg":
        opts = [f"Vi holder status sammen med din sagsbehandler {c.cw} hver måned. Første gang er {d1s}. "
                f"Inden forløbet slutter, evaluerer vi sammen, hvordan det er gået i forhold til målet.",
                f"Hver fjerde uge skriver jeg en kort status til {c.cwfirst} i kommunen, som du får at læse "
                f"først. Vi mødes alle tre til opfølgning {d1s}, og 14 dage før forløbet slutter, holder vi "
                f"et afsluttende møde."]
    elif voice == "3":
        opts = [f"Der afholdes statusmøde hver måned med borger, mentor og sagsbehandler, første gang {d1s}. "
                f"Forløbet evalueres 14 dage før ophør.",
                f"Delmål: {c.first} møder {k} dage om ugen efter de første seks uger. Progressionen følges op "
                f"på opfølgningsmøde hver 6. uge."]
    else:
        opts = [f"Vi holder opfølgningsmøde hver måned – du, {MF} og jeg. Her ser vi på, hvor langt du er "
                f"nået i forhold til målet. Cirka 14 dage før forløbet slutter, evaluerer vi det samlet.",
                f"Første statusmøde er {d1s}, og derefter mødes vi hver 6. uge. Delmålet til første "
                f"statusmøde er, at du møder {k} dage om ugen.",
                f"{MF} sender en kort status til mig hver 4. uge, og vi holder midtvejsevaluering {d1s}. "
                f"Fire uger før forløbet slutter, følger vi op på, om du har nået målet."]
    return [opts[variant % len(opts)]]


# ----------------------------------------------------------------------------- appeal

def appeal_sents(c: Case, voice: str, mode: str, variant: int):
    K = f"{c.kom} Kommune"
    if mode == "missing":
        return []
    if mode == "vague":
        opts = {"du": ["Hvis du er utilfreds med forløbet, kan du altid klage.",
                       "Du kan klage over afgørelsen.",
                       "Klagevejledning fik du sammen med bevillingen."],
                "jeg": ["Hvis du er utilfreds med noget, kan du altid klage til kommunen."],
                "3": ["Borger er vejledt om klageadgang."]}[voice]
        return [opts[variant % len(opts)]]
    if mode == "wrong":
        return [f"Er du uenig i afgørelsen om mentorstøtte, kan du klage til Ankestyrelsen inden 4 uger "
                f"efter, at du har fået dette brev. Send klagen via ast.dk."]
    if voice == "jeg":
        return [f"Kommunen har truffet afgørelse om dit forløb. Hvis du er uenig i den, kan du klage til {K} "
                f"inden 4 uger efter, at du har fået afgørelsen. Kommunen ser på sagen igen, og fastholder de "
                f"afgørelsen, sender de klagen videre til Ankestyrelsen."]
    if voice == "3":
        return [f"Borger er vejledt om, at afgørelsen om mentorstøtte kan påklages til {K} inden 4 uger, og "
                f"at klagen sendes videre til Ankestyrelsen, hvis kommunen fastholder afgørelsen efter "
                f"genvurdering."]
    opts = [f"Hvis du ikke er enig i kommunens afgørelse om mentorstøtte, skal du klage til kommunen inden "
            f"fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
            f"Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som "
            f"tager stilling til afgørelsen.",
            f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {K}, {c.kstreet}, "
            f"{c.kzip} {c.town}, senest 4 uger efter, at du har modtaget dette brev. Du kan klage mundtligt "
            f"eller skriftligt. Vi genvurderer afgørelsen, og hvis vi fastholder den, sender vi klagen videre "
            f"til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens "
            f"kapitel 10.",
            f"Er du ikke enig, kan du klage til os i {K} – ring eller skriv til mig – inden fire uger fra, du "
            f"har fået brevet. Vi ser på sagen igen. Holder vi fast i afgørelsen, går klagen videre til "
            f"Ankestyrelsen."]
    return [opts[variant % len(opts)]]


def _cap(s):
    return s[0].upper() + s[1:] if s else s


def _wrap(fn):
    def inner(*a, **k):
        out = fn(*a, **k)
        return [(x[0], _cap(x[1]) if x[0] == "p" else x[1]) if isinstance(x, tuple) else _cap(x) for x in out]
    return inner


goal_sents = _wrap(goal_sents)
mentor_sents = _wrap(mentor_sents)
tasks_sents = _wrap(tasks_sents)
duration_sents = _wrap(duration_sents)
hours_sents = _wrap(hours_sents)
followup_sents = _wrap(followup_sents)
appeal_sents = _wrap(appeal_sents)
