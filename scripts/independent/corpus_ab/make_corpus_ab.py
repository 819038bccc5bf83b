#!/usr/bin/env python3
"""Corpus AB: mentor-support documents written as prose, without field labels.

    python make_corpus_ab.py --out /work/corpora/ab --count 150 --seed 97

Each field of an agreement is a sentence written in the voice of a different kind of writer
(caseworker's formal letter, warm plain-language letter, mentor's own letter, journal note,
provider e-mail, easy-Danish letter). Labels follow the rule documentation
(`mentordocs rules NAME`) and domain.md; written independently of the linter's code.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

import docx

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
        10: "ti", 11: "elleve", 12: "tolv"}

CITIZENS = ["Ahmed", "Sofie", "Jonas", "Line", "Mads", "Amina", "Kasper", "Nanna", "Emil", "Fatima",
            "Rasmus", "Julie", "Oliver", "Sara", "Mikkel", "Ida", "Tobias", "Maja", "Yusuf", "Camilla"]
MENTORS = [("Mette", "Holm"), ("Lars", "Østergaard"), ("Birgitte", "Skov"), ("Henrik", "Lund"),
           ("Pernille", "Dahl"), ("Søren", "Kjær"), ("Hanne", "Bach"), ("Jesper", "Friis"),
           ("Louise", "Mølgaard"), ("Kim", "Thorsen"), ("Anne", "Vestergaard"), ("Peter", "Juhl")]
PROVIDERS = [("Jobhuset", "jobhuset.dk"), ("Mentorkompagniet", "mentorkompagniet.dk"),
             ("Vejen Videre ApS", "vejenvidere.dk"), ("Fokus Mentor", "fokusmentor.dk"),
             ("Broen Ungementor", "broen-ung.dk")]
CASEWORKERS = ["Karen Nielsen", "Thomas Bruun", "Dorthe Lauridsen", "Ali Hassan", "Susanne Krogh",
               "Michael Due"]
MUNIS = ["Holbæk", "Roskilde", "Assens", "Tønder", "Faxe", "Herning", "Gribskov", "Aalborg"]
EDUS = ["SOSU-hjælperuddannelsen", "grundforløbet på EUC Syd", "HF-enkeltfag på VUC",
        "pædagogisk assistentuddannelse", "FGU's produktionsgrunduddannelse", "smedeuddannelsen"]
WORKPLACES = ["Netto i Holbæk", "Bilkas lager", "plejecentret Solgården", "Kvickly i Roskilde",
              "genbrugspladsen", "Lidl-lageret i Herning", "en børnehave i Assens"]
JOBS = ["lagermedarbejder", "butiksmedarbejder", "rengøringsassistent", "chauffør", "køkkenmedhjælper"]
TASKS = ["komme op om morgenen og af sted til tiden", "komme godt i gang de første dage på praktikstedet",
         "få styr på dine aftaler og breve fra kommunen", "øve turen med bus og tog",
         "forberede samtalerne med din arbejdsgiver", "lave en ugeplan, der holder",
         "finde ud af, hvordan du søger SU", "tale om det, der er svært, når du er på arbejde"]


def fmt_date(d: date, rng: random.Random) -> str:
    s = rng.choice(["w", "w", "den", "slash", "dot"])
    if s == "w":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s == "slash":
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def last_day(d: date, months: int) -> date:
    return add_months(d, months) - timedelta(days=1)


def make_period(rng: random.Random, over: bool, voice: str) -> tuple[str, dict, str]:
    """Return (phrase, period dict, trait). phrase fits after 'mentorstøtte'/'forløbet'."""
    start = date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15]))
    if not over:
        n = rng.choice([3, 4, 5, 6, 6, 6])
        end = last_day(start, n)
        form = rng.choice(["range", "range", "len", "len_words", "combined"])
        if form == "range":
            ph = f"fra {fmt_date(start, rng)} til {fmt_date(end, rng)}"
        elif form == "len":
            ph = f"i {n} måneder fra {fmt_date(start, rng)}"
        else:
            ph = (f"i {'et halvt år' if n == 6 and rng.random() < .4 else NUMW[n] + ' måneder'} "
                  f"fra {fmt_date(start, rng)}")
        return ph, {"start": start.isoformat(), "end": end.isoformat()}, f"period:{n}m-{form}"
    form = rng.choice(["yearout", "nine", "range", "year", "weeks"])
    if form == "yearout":
        start = date(2026, rng.randint(1, 4), 1)
        end = date(2026, 12, 31)
        ph = rng.choice([f"fra {fmt_date(start, rng)} og året ud",
                         f"fra {fmt_date(start, rng)} og resten af året"])
    elif form == "nine":
        n = rng.choice([8, 9, 10])
        end = last_day(start, n)
        ph = f"i {NUMW[n]} måneder fra {fmt_date(start, rng)}"
    elif form == "range":
        n = rng.choice([7, 8, 9, 12])
        end = last_day(start, n)
        ph = f"fra {fmt_date(start, rng)} til {fmt_date(end, rng)}"
    elif form == "year":
        end = last_day(start, 12)
        ph = f"i et helt år fra {fmt_date(start, rng)}"
    else:
        w = rng.choice([36, 40, 52])
        end = start + timedelta(weeks=w) - timedelta(days=1)
        ph = f"i {w} uger fra {fmt_date(start, rng)}"
    return ph, {"start": start.isoformat(), "end": end.isoformat()}, f"period:over-{form}"


def cpr(rng: random.Random) -> str:
    d = date(1975, 1, 1) + timedelta(days=rng.randint(0, 11000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.name = rng.choice(CITIZENS)
        self.mfirst, self.mlast = rng.choice(MENTORS)
        self.mentor = f"{self.mfirst} {self.mlast}"
        self.prov, self.dom = rng.choice(PROVIDERS)
        self.phone = " ".join(f"{rng.randint(20, 99)}" for _ in range(4))
        self.email = f"{self.mfirst.lower().replace('ø', 'oe').replace('å', 'aa')}@{self.dom}"
        self.cw = rng.choice(CASEWORKERS)
        self.cwphone = " ".join(f"{rng.randint(20, 99)}" for _ in range(4))
        self.muni = rng.choice(MUNIS)
        self.edu = rng.choice(EDUS)
        self.wp = rng.choice(WORKPLACES)
        self.job = rng.choice(JOBS)
        self.hours = rng.choice([2, 2, 3, 3, 4, 5])
        self.letter_date = date(2026, rng.randint(1, 10), rng.randint(1, 28))
        self.tasks = rng.sample(TASKS, 2)
        self.target = fmt_date(date(2026, rng.randint(6, 12), 1), rng)


# ---- sentence banks, per field; `v` is the voice ----------------------------------------

def s_goal(c: Ctx, v: str, kind: str) -> str:
    r = c.rng
    if kind == "clear":
        if v == "journal":
            return r.choice([f"Målet er, at {c.name} er startet på {c.edu} senest {c.target}.",
                             f"Formålet med mentorstøtten er, at {c.name} kommer i virksomhedspraktik hos "
                             f"{c.wp} tre dage om ugen senest {c.target}."])
        if v == "easy":
            return r.choice([f"Målet er: Du starter på {c.edu} {c.target}.",
                             f"Målet er: Du har et job som {c.job} før {c.target}."])
        if v == "mentor":
            return r.choice([f"Vores mål er, at du senest {c.target} er i praktik hos {c.wp} og møder fire dage om ugen.",
                             f"Det, vi arbejder hen imod, er at du starter på {c.edu} {c.target}."])
        return r.choice([f"Målet med mentorstøtten er, at du er i gang med {c.edu} senest {c.target}.",
                         f"Vi har talt om, at dit mål er at få et job som {c.job} inden {c.target}.",
                         f"Formålet er, at du kan begynde i virksomhedspraktik hos {c.wp} tre dage om ugen fra {c.target}."])
    # unclear: no job or education aim, nothing observable
    who = c.name if v == "journal" else "du"
    return r.choice([f"Målet er, at {who} får det bedre.",
                     f"Målet er, at {who} får mere struktur i hverdagen og øget trivsel.",
                     f"Formålet er at støtte {'ham/hende' if v == 'journal' else 'dig'}, så {who} kommer tættere på arbejdsmarkedet.",
                     f"Vi har talt om, at målet er, at {who} får mere selvværd og kommer videre."])


def s_mentor(c: Ctx, v: str, kind: str) -> str:
    r = c.rng
    if kind == "ok":
        if v == "mentor":
            return r.choice([f"Jeg hedder {c.mentor} og er din mentor fra {c.prov}. Du kan altid ringe eller sende en sms til mig på {c.phone}.",
                             f"Jeg hedder {c.mfirst} og er din mentor. Mit nummer er {c.phone}, og min mail er {c.email}."])
        if v == "journal":
            return f"Mentor bliver {c.mentor}, {c.prov} (tlf. {c.phone}, {c.email})."
        return r.choice([f"Din mentor er {c.mentor} fra {c.prov}, tlf. {c.phone}.",
                         f"{c.mentor} fra {c.prov} bliver din mentor. Du kan ringe til {c.mfirst} på {c.phone} eller skrive til {c.email}."])
    if kind == "nameonly":
        if v == "mentor":
            return f"Jeg hedder {c.mfirst} og er din mentor fra {c.prov}."
        if v == "journal":
            return f"Mentor bliver {c.mentor} fra {c.prov}."
        return f"Din mentor bliver {c.mentor} fra {c.prov}."
    # none: no mentor named
    if v == "journal":
        return "Der er endnu ikke fundet en mentor; leverandøren vender tilbage."
    return "Vi er ved at finde den rette mentor til dig, og du hører fra os."


def s_tasks(c: Ctx, v: str) -> str:
    r = c.rng
    t1, t2 = c.tasks
    if v == "mentor":
        return f"Jeg skal hjælpe dig med at {t1} og med at {t2}."
    if v == "journal":
        j = lambda t: t.replace("når du er", "når borger er").replace("dig", "borger").replace("dine", "sine").replace("din ", "sin ")
        return f"Mentors opgaver: at hjælpe {c.name} med at {j(t1)} samt {j(t2)}."
    if v == "easy":
        return f"Din mentor hjælper dig med at {t1}. Din mentor hjælper dig også med at {t2}."
    return r.choice([f"Mentoren skal hjælpe dig med at {t1} og {t2}.",
                     f"Støtten består i, at {'mentoren' if getattr(c, 'no_mentor_name', False) else c.mfirst} hjælper dig med at {t1} og {t2}."])


def s_hours(c: Ctx, v: str, kind: str) -> str:
    r = c.rng
    h = c.hours
    if kind == "ok":
        if v == "journal":
            return r.choice([f"Der er bevilget {h} timer pr. uge.", f"Timetallet er {h} timer ugentligt."])
        if v == "mentor":
            return r.choice([f"Jeg har {h} timer om ugen til dig.", f"Vi ses {NUMW[h]} timer hver uge."])
        return r.choice([f"Mentorstøtten er på {h} timer om ugen.", f"Der er afsat {NUMW[h]} timer ugentligt til dig."])
    return r.choice(["Timerne aftaler I efter behov.", "Mentoren er der for dig efter behov.",
                     "Vi ses et par timer om ugen, alt efter hvordan det går.",
                     "Omfanget af timer tilpasses løbende."])


def s_duration(c: Ctx, v: str, phrase: str) -> str:
    r = c.rng
    if v == "journal":
        return f"Mentorstøtten gives {phrase}."
    if v == "mentor":
        return f"Vores forløb løber {phrase}."
    if v == "easy":
        return f"Du har en mentor {phrase}."
    return r.choice([f"Aftalen gælder {phrase}.", f"Du får mentorstøtte {phrase}."])


def s_follow(c: Ctx, v: str) -> str:
    r = c.rng
    if v == "journal":
        return r.choice([f"Der følges op på statusmøde hver 4. uge; delmål er fremmøde tre dage om ugen.",
                         f"Opfølgning ved {c.cw} en gang om måneden og evaluering 14 dage før ophør."])
    if v == "mentor":
        return f"Hver måned holder vi et opfølgningsmøde med {c.cw} fra jobcentret, hvor vi ser på, hvor langt du er nået."
    if v == "easy":
        return f"Hver måned holder vi et møde. Vi ser på, hvordan det går. Din sagsbehandler {c.cw} er med."
    return r.choice([f"Vi følger op på aftalen hver måned sammen med dig, og 14 dage før perioden slutter, evaluerer vi forløbet.",
                     f"Der holdes statusmøde med din sagsbehandler {c.cw} hver 6. uge, hvor vi ser på din progression."])


def s_appeal(c: Ctx, v: str, kind: str) -> str:
    r = c.rng
    if kind == "ok":
        if v == "easy":
            return ("Er du ikke enig? Så kan du klage til kommunen. Du skal klage inden fire uger. "
                    "Du kan ringe eller skrive. Hvis kommunen ikke giver dig ret, sender kommunen klagen til Ankestyrelsen.")
        if v == "journal":
            return ("Borger er vejledt om klageadgang: klage til kommunen inden 4 uger; "
                    "fastholdes afgørelsen, sendes klagen videre til Ankestyrelsen.")
        return r.choice([
            "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
            "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
            "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
            f"Hvis du vil klage, skal du gøre det til Jobcenter {c.muni} inden 4 uger efter, at du har fået dette brev. "
            "Du kan klage mundtligt eller skriftligt. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi "
            "klagen videre til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204)."])
    return r.choice(["Du kan klage over afgørelsen.",
                     "Hvis du er utilfreds med noget, er du altid velkommen til at kontakte os."])


# ---- documents -------------------------------------------------------------------------

OPENERS = {
    "formal": lambda c: ["Aftale om mentorstøtte", f"Kære {c.name}",
                         f"Hermed bekræfter Jobcenter {c.muni} den aftale om mentorstøtte, som vi indgik på mødet "
                         f"{fmt_date(c.letter_date, c.rng)}. Jobcentret har bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats."],
    "warm": lambda c: [f"Hej {c.name}",
                       "Tak for en god snak i dag. Her skriver jeg det ned, vi aftalte om din mentor, så du har det på skrift."],
    "mentor": lambda c: [f"Kære {c.name}",
                         "Jeg skriver til dig for at bekræfte vores aftale om mentorforløbet, som vi lavede sammen med din sagsbehandler."],
    "journal": lambda c: [f"Journalnotat {fmt_date(c.letter_date, c.rng)} – aftale om mentorstøtte",
                          f"Møde på jobcentret med {c.name} og sagsbehandler {c.cw}. Det blev aftalt, at {c.name} tilbydes mentorstøtte, og aftalen er gennemgået med borger."],
    "provider": lambda c: [f"Kære {c.name}",
                           f"Tak for mødet. Vi bekræfter hermed, at {c.prov} står for din mentorstøtte efter aftale med Jobcenter {c.muni}. Her er det, vi aftalte:"],
    "easy": lambda c: ["Din aftale om mentor", f"Hej {c.name}",
                       "Du og jobcentret har lavet en aftale. Du får en mentor. Her kan du læse aftalen."],
}
CLOSERS = {
    "formal": lambda c: ["Med venlig hilsen", c.cw, f"Sagsbehandler, Jobcenter {c.muni}, tlf. {c.cwphone}"],
    "warm": lambda c: ["Ring endelig, hvis du har spørgsmål.", "Mange hilsner", c.cw, f"Jobcenter {c.muni}"],
    "mentor": lambda c: ["Jeg glæder mig til at arbejde sammen med dig.", "Hilsen", c.mfirst],
    "journal": lambda c: [f"/{c.cw}"],
    "provider": lambda c: ["Venlig hilsen", "Koordinator Jane Winther", c.prov],
    "easy": lambda c: ["Hilsen", c.cw, f"Jobcenter {c.muni}"],
}


def agreement_like(c: Ctx, kind: str, defects: set[str], trait: list) -> tuple[list[str], dict | None]:
    r = c.rng
    v = r.choice(list(OPENERS))
    if kind == "minplan":
        v = r.choice(["warm", "formal", "easy"])
    trait.append(f"voice:{v}")
    body: list[str] = []
    period = None
    # duration
    if "missing-duration" in defects:
        dur = None
    else:
        ph, period, t = make_period(r, "duration-over-6-months" in defects, v)
        trait.append(t)
        c.letter_date = date.fromisoformat(period["start"]) - timedelta(days=r.randint(3, 20))
        dur = s_duration(c, v, ph)
    goal = None
    if "missing-goal" not in defects:
        goal = s_goal(c, v, "unclear" if "unclear-goal" in defects else "clear")
    if "missing-mentor" in defects:
        mk = ("nameonly" if v == "mentor" else "none" if v in ("provider", "warm")
              else r.choice(["nameonly", "none"]))
        c.no_mentor_name = mk == "none"
        trait.append(f"mentor:{mk}")
        men = s_mentor(c, v, mk)
    else:
        men = s_mentor(c, v, "ok")
    tasks = None if "missing-tasks" in defects else s_tasks(c, v)
    if "missing-hours" in defects:
        if r.random() < 0.6:
            hrs = s_hours(c, v, "vague")
            trait.append("hours:vague")
        else:
            hrs = None
    else:
        hrs = s_hours(c, v, "ok")
    fol = None
    if kind == "agreement" and "missing-follow-up" not in defects:
        fol = s_follow(c, v)
    app = None
    if kind == "agreement":
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.5:
                app = s_appeal(c, v, "weak")
                trait.append("appeal:weak")
        else:
            app = s_appeal(c, v, "ok")
    # combined sentence: mentor + tasks + duration ("Mette ringer til dig hver morgen ...")
    if (dur and tasks and "missing-mentor" not in defects and v in ("warm", "formal", "provider")
            and r.random() < 0.35 and period and "duration-over-6-months" not in defects):
        n_start = fmt_date(date.fromisoformat(period["start"]), r)
        n = round((date.fromisoformat(period["end"]) - date.fromisoformat(period["start"])).days / 30.4)
        tasks = (f"{c.mfirst} ringer til dig hver morgen i de næste {NUMW.get(n, str(n))} måneder fra {n_start} "
                 f"og hjælper dig med at {c.tasks[0]}.")
        dur = None
        trait.append("combined-sentence")
    parts = [p for p in (goal, men, tasks, dur, hrs, fol) if p]
    core = parts[:1] + r.sample(parts[1:], len(parts) - 1) if r.random() < 0.5 else r.sample(parts, len(parts))
    # Group into 2-3 paragraphs
    paras: list[str] = []
    i = 0
    while i < len(core):
        k = r.choice([1, 2, 2, 3])
        paras.append(" ".join(core[i:i + k]))
        i += k
    head = OPENERS[v](c)
    if kind == "minplan":
        head = [f"Min Plan – {c.name}", f"Indsats: Mentorstøtte, oprettet {fmt_date(c.letter_date, r)}"] \
            if r.random() < 0.3 else [f"Min Plan for {c.name}",
                                      "Sådan ser din indsats med mentor ud lige nu. Teksten er skrevet sammen med dig på samtalen."]
        close = [f"Opdateret af {c.cw}, Jobcenter {c.muni}"]
    else:
        close = CLOSERS[v](c)
    body = head + paras + ([app] if app else []) + close
    return body, period, v


def decision(c: Ctx, defects: set[str], trait: list) -> tuple[list[str], dict | None, str]:
    r = c.rng
    sub = r.choice(["grant", "grant", "partial", "refusal"]) if "duration-over-6-months" not in defects else "grant"
    period = None
    if sub != "refusal":
        ph, period, t = make_period(r, "duration-over-6-months" in defects, "formal")
        trait.append(t)
        c.letter_date = date.fromisoformat(period["start"]) - timedelta(days=r.randint(3, 20))
    lines = [f"Jobcenter {c.muni}", f"{fmt_date(c.letter_date, r)}", "Afgørelse om mentorstøtte", f"Kære {c.name}"]
    if sub == "refusal":
        lines += [f"Du har søgt om mentorstøtte. Jobcenter {c.muni} har truffet afgørelse om, at du ikke kan få mentorstøtte.",
                  "Vi har lagt vægt på, at du allerede får støtte fra en SPS-støttelærer på skolen, som dækker det behov, "
                  "du har beskrevet. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."]
    else:
        if sub == "grant":
            lines += [f"Jobcentret har bevilget dig mentorstøtte {ph} efter § 167 i lov om en aktiv beskæftigelsesindsats. "
                      f"Støtten er på {c.hours} timer om ugen, og din mentor bliver {c.mentor} fra {c.prov}.",
                      f"Vi har lagt vægt på, at du har brug for hjælp til at {c.tasks[0]} for at kunne gennemføre dit forløb."]
        else:
            asked = r.choice([9, 10, 12])
            lines += [f"Du har søgt om mentorstøtte i {asked} måneder. Vi har bevilget dig mentorstøtte {ph}, "
                      f"{c.hours} timer om ugen.",
                      "Du får ikke fuldt ud det, du har søgt om. Begrundelsen er, at mentorstøtte efter § 167, stk. 1, "
                      "gives for en periode på højst 6 måneder ad gangen. Ved periodens udløb vurderer vi konkret, om du "
                      "skal have en ny periode."]
            trait.append(f"asked:{asked}m")
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            lines.append(s_appeal(c, "formal", "weak"))
            trait.append("appeal:weak")
    else:
        lines.append(s_appeal(c, "formal", "ok"))
    lines += ["Med venlig hilsen", c.cw, f"Jobcenter {c.muni}"]
    return lines, period, f"decision-{sub}"


def unknown(c: Ctx, trait: list) -> tuple[list[str], str]:
    r = c.rng
    sub = r.choice(["status-letter", "minutes", "thank-you", "newsletter"])
    mon = MONTHS[c.letter_date.month - 1]
    if sub == "status-letter":
        lines = [f"Status for {mon} – {c.name}", f"Til {c.cw}, Jobcenter {c.muni}",
                 f"I {mon} har {c.name} og jeg mødtes syv gange, i alt cirka {c.hours * 4} timer. Vi har især arbejdet med at "
                 f"{c.tasks[0].replace('når du er', 'når han/hun er').replace('dig', 'sig').replace('dine', 'sine').replace('din ', 'sin ')}, og det går bedre end i sidste måned.",
                 f"{c.name} har været i praktik hos {c.wp} tre dage om ugen og er mødt til tiden hver gang. "
                 f"Vi nærmer os målet om at starte på {c.edu}.",
                 "Jeg foreslår, at vi fortsætter som aftalt.", f"Venlig hilsen {c.mentor}, {c.prov}"]
    elif sub == "minutes":
        lines = [f"Referat af opfølgningsmøde {fmt_date(c.letter_date, r)}",
                 f"Til stede: {c.name}, mentor {c.mentor} og sagsbehandler {c.cw}.",
                 f"Vi gennemgik, hvordan det er gået siden sidst. {c.name} fortalte, at det har hjulpet at have faste aftaler, "
                 f"og {c.mfirst} oplever, at der er sket en tydelig udvikling.",
                 "Der var enighed om at fortsætte den nuværende aftale uændret. Næste møde holdes om en måned.",
                 f"Referent: {c.cw}"]
    elif sub == "thank-you":
        lines = [f"Kære {c.name}", f"Nu er dit forløb hos {c.prov} slut, og vi vil gerne sige tak for samarbejdet.",
                 f"Det har været en fornøjelse for {c.mfirst} at følge dig, og vi er glade for, at du nu er i gang med {c.edu}.",
                 "Held og lykke fremover.", f"De bedste hilsner fra alle os i {c.prov}"]
    else:
        lines = [f"Mød mentoren {c.mfirst}",
                 f"{c.mentor} har været mentor hos {c.prov} i otte år. Hun eller han bruger typisk to-tre timer om ugen "
                 "på hver borger og siger, at det vigtigste er at være der, når det brænder på.",
                 f"»Mange af de unge, jeg møder, har haft et halvt år eller mere, hvor ingenting lykkedes. Så starter vi "
                 f"småt,« fortæller {c.mfirst}. En af dem er i dag i lære som {c.job}.",
                 f"Nyhedsbrev fra {c.prov}, {mon} 2026"]
    trait.append(f"lookalike:{sub}")
    return lines, sub


# ---- writers ---------------------------------------------------------------------------

def write_docx(path: Path, lines: list[str]) -> None:
    d = docx.Document()
    d.core_properties.created = datetime(2026, 1, 1)
    d.core_properties.modified = datetime(2026, 1, 1)
    d.core_properties.author = ""
    for ln in lines:
        d.add_paragraph(ln)
    d.save(path)


def write_html(path: Path, lines: list[str]) -> None:
    import html
    body = "\n".join(f"<p>{html.escape(x)}</p>" for x in lines[1:])
    path.write_text(f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(lines[0])}</title></head>"
                    f"<body>\n<h1>{html.escape(lines[0])}</h1>\n{body}\n</body></html>\n", encoding="utf-8")


def write_eml(path: Path, lines: list[str], c: Ctx, subject: str) -> None:
    m = EmailMessage()
    m["From"] = f"{c.prov} <kontakt@{c.dom}>"
    m["To"] = f"{c.name.lower()}@example.dk"
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 10, 0,
                                         tzinfo=timezone.utc))
    m.set_content("\n\n".join(lines) + "\n")
    path.write_bytes(bytes(m))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/ab"))
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--seed", type=int, default=97)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    pdf_jobs: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="ab_pdf_"))
    for i in range(a.count):
        c = Ctx(rng)
        u = rng.random()
        kind = "agreement" if u < .60 else "decision" if u < .75 else "minplan" if u < .85 else "unknown"
        trait: list[str] = []
        defects: set[str] = set()
        subtype = kind
        period = None
        if kind != "unknown" and rng.random() >= 0.45:
            pool = list(APPLIES[kind])
            n = rng.choice([1, 1, 2]) if kind != "decision" else 1
            while len(defects) < n:
                d = rng.choice(pool)
                clash = {"missing-goal": "unclear-goal", "unclear-goal": "missing-goal",
                         "missing-duration": "duration-over-6-months",
                         "duration-over-6-months": "missing-duration"}.get(d)
                if clash in defects:
                    continue
                defects.add(d)
        if kind in ("agreement", "minplan"):
            lines, period, v = agreement_like(c, kind, defects, trait)
            subtype = f"{kind}-{v}"
        elif kind == "decision":
            lines, period, subtype = decision(c, defects, trait)
        else:
            lines, subtype = unknown(c, trait)
        must_not = []
        if rng.random() < 0.2:
            nr = cpr(rng)
            pos = 2 if len(lines) > 3 else 1
            who = c.name
            lines.insert(pos, rng.choice([f"Vedrørende {who}, cpr.nr. {nr}", f"{who} ({nr})",
                                          f"Sagen angår {who}, født med cpr-nummer {nr}."]))
            must_not = [nr, nr.replace("-", "")]
            trait.append("cpr")
        fmt = rng.choice(["docx", "docx", "txt", "eml", "pdf", "pdf", "html"])
        if fmt == "eml" and (subtype.endswith("journal") or kind == "decision" or "missing-mentor" in defects):
            fmt = "txt"
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "andet"}[kind]
        rel = Path(c.muni.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")) / folder / f"ab{i:03d}-{c.name.lower()}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            write_docx(p, lines)
        elif fmt == "txt":
            p.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        elif fmt == "html":
            write_html(p, lines)
        elif fmt == "eml":
            write_eml(p, lines, c, lines[0] if len(lines[0]) < 60 and not lines[0].startswith(("Kære", "Hej")) else
                      f"Mentorstøtte – {c.name}")
        else:
            src = tmp / f"ab{i:03d}.docx"
            write_docx(src, lines)
            pdf_jobs.append((src, p))
        rules = sorted(d for d in defects if d in APPLIES[kind])
        e = {"path": rel.as_posix(), "format": fmt, "kind": kind, "subtype": subtype, "layout": "prose",
             "rules": rules, "extras": [], "error": None, "accept_errors": [], "must_not_contain": must_not,
             "traits": sorted(trait)}
        if period:
            e["period"] = period
        entries.append(e)
    if pdf_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ab_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for s, _ in pdf_jobs],
                       check=True, capture_output=True)
        for s, dst in pdf_jobs:
            shutil.move(str(s.with_suffix(".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print("kinds:", dict(Counter(e["kind"] for e in entries)))
    print("formats:", dict(Counter(e["format"] for e in entries)))
    print("complete (non-unknown):", sum(1 for e in entries if e["kind"] != "unknown" and not e["rules"]))
    print("rules:", dict(Counter(r for e in entries for r in e["rules"])))
    print("cpr docs:", sum(1 for e in entries if e["must_not_contain"]))


if __name__ == "__main__":
    main()
