#!/usr/bin/env python3
"""Corpus fn: mentor support at a workplace, and support that only looks like it.

Usage:  python make_corpus_fn.py --out /work/corpora/fn [--seed 13]

Deterministic for a given seed. Writes the documents and EXPECTED.jsonl (corpusgen manifest shape).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_fn as R  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQUIRED = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}
DEFECT_RULE = {
    "goal_missing": "missing-goal", "goal_unclear": "unclear-goal",
    "mentor_nocontact": "missing-mentor", "mentor_placeholder": "missing-mentor",
    "tasks_missing": "missing-tasks", "duration_missing": "missing-duration",
    "followup_vague": "missing-follow-up", "followup_missing": "missing-follow-up",
    "hours_missing": "missing-hours", "hours_vague": "missing-hours", "hours_rate_only": "missing-hours",
    "appeal_missing": "missing-appeal-guidance", "appeal_empty": "missing-appeal-guidance",
    "appeal_other": "missing-appeal-guidance", "over6": "duration-over-6-months",
}
DEFECT_EXTRA = {"appeal_direct": "appeal-wrong-route", "reasons_missing": "missing-reasons"}

# ------------------------------------------------------------------ vocab
FIRST_F = ["Sanne", "Mette", "Louise", "Fatima", "Camilla", "Helle", "Amina", "Nanna", "Line", "Tina",
           "Susan", "Gitte", "Maja", "Yasmin", "Pernille", "Rikke", "Dorthe", "Ida"]
FIRST_M = ["Jonas", "Mikkel", "Ahmed", "Kasper", "Brian", "Thomas", "Rasmus", "Ali", "Henrik", "Jesper",
           "Morten", "Nikolaj", "Emil", "Tobias", "Bilal", "Kenneth", "René", "Søren"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Mortensen", "Holm", "Østergaard", "Kjær", "Bach", "Lund", "Mikkelsen", "Dahl",
        "Frederiksen", "Winther", "Vestergaard", "Bruun", "Skov", "Iversen", "Hussein", "Yilmaz"]
KOMMUNER = ["Silkeborg", "Herning", "Næstved", "Holbæk", "Vejle", "Randers", "Kolding", "Slagelse",
            "Hjørring", "Viborg", "Frederikshavn", "Svendborg", "Esbjerg", "Horsens", "Køge", "Ikast-Brande",
            "Skive", "Haderslev", "Guldborgsund", "Faaborg-Midtfyn"]
# (company, short, job title, department, city)
EMPLOYERS = [
    ("Vestjysk Stål A/S", "Vestjysk Stål", "produktionsmedarbejder", "svejseafdelingen", "Herning"),
    ("Bageriet Kornblomsten ApS", "Kornblomsten", "bagermedhjælper", "bageriet", "Silkeborg"),
    ("DanCargo Logistik A/S", "DanCargo", "lagermedarbejder", "lageret", "Kolding"),
    ("Plantecenter Lykkeholm", "Lykkeholm", "gartnermedhjælper", "udendørsafdelingen", "Vejle"),
    ("Autoværkstedet Syd ApS", "Autoværkstedet Syd", "værkstedsmedhjælper", "værkstedet", "Næstved"),
    ("Café Havnefronten", "Havnefronten", "køkkenmedhjælper", "køkkenet", "Svendborg"),
    ("Plejecenter Solgården", "Solgården", "serviceassistent", "køkken og rengøring", "Holbæk"),
    ("CleanPro Rengøring ApS", "CleanPro", "rengøringsassistent", "erhvervsrengøring", "Randers"),
    ("Nordsjællands Blik & VVS ApS", "Blik & VVS", "montørmedhjælper", "montageholdet", "Køge"),
    ("SuperBrugsen Hadsund", "SuperBrugsen", "butiksmedhjælper", "frugt og grønt", "Hjørring"),
    ("Møbelfabrikken Egetræ A/S", "Egetræ", "maskinoperatør", "emballering", "Viborg"),
    ("Kantinen på Rådhuset (ISS)", "kantinen", "kantinemedhjælper", "kantinen", "Esbjerg"),
    ("Genbrugspladsen Nord (I/S Affald Nord)", "Genbrugspladsen", "pladsmedarbejder", "pladsen", "Frederikshavn"),
    ("Tømrerfirmaet Bach & Søn", "Bach & Søn", "tømrermedhjælper", "byggepladsen", "Horsens"),
]
MENTOR_FIRMS = [("MentorPartner ApS", "mentorpartner.dk"), ("Job & Mentor ApS", "jobogmentor.dk"),
                ("Fokus Mentorservice", "fokusmentor.dk"), ("Broen Arbejdsmarkedsservice", "broen-ams.dk")]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def end_of(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fd(d: dt.date, style: str = "long") -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    raise ValueError(style)


def rng_range(rng, s, e, style=None):
    style = style or rng.choice(["long", "dot", "slash", "short", "iso", "abbr"])
    form = rng.choice(["dash", "til", "fom"])
    if form == "dash":
        return f"{fd(s, style)} – {fd(e, style)}"
    if form == "til":
        return f"fra {fd(s, style)} til {fd(e, style)}"
    return f"f.o.m. {fd(s, style)} t.o.m. {fd(e, style)}"


def phone(rng):
    return " ".join(f"{rng.randint(20, 99) if i == 0 else rng.randint(10, 99)}" for i in range(4))


def cpr(rng):
    d = dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


def slug(s):
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "é": "e"})
    out = "".join(c if c.isalnum() else "-" for c in s.translate(tr).lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


class Ctx(dict):
    __getattr__ = dict.__getitem__


def make_ctx(rng, year=2026):
    fem = rng.random() < 0.5
    first = rng.choice(FIRST_F if fem else FIRST_M)
    last = rng.choice(LAST)
    emp = rng.choice(EMPLOYERS)
    kom = rng.choice(KOMMUNER)
    others = rng.sample([n for n in FIRST_F + FIRST_M if n != first], 3)
    mfirst, cfirst, wfirst = others
    mlast = rng.choice([l for l in LAST if l != last])
    clast = rng.choice([l for l in LAST if l not in (mlast, last)])
    wlast = rng.choice(LAST)
    firm = rng.choice(MENTOR_FIRMS)
    start = dt.date(year, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 4, 10]))
    dom = slug(emp[1]) + ".dk"
    return Ctx(
        F=first, name=f"{first} {last}", han="hun" if fem else "han", hende="hende" if fem else "ham",
        hendes="hendes" if fem else "hans",
        emp=emp[0], emps=emp[1], job=emp[2], dept=emp[3], city=kom,
        kom=kom, komk=f"{kom} Kommune",
        mentor=f"{mfirst} {mlast}", mF=mfirst, mphone=phone(rng),
        mmail=f"{mfirst.lower().replace('é','e')}.{slug(mlast)}@{dom}",
        contact=f"{cfirst} {clast}", cphone=phone(rng), cmail=f"{slug(cfirst)}{slug(clast)[:3]}@{dom}",
        cw=f"{wfirst} {wlast}", cwphone=phone(rng), cwmail=f"{slug(wfirst)[:4]}{slug(wlast)[:2]}@{slug(kom)}.dk",
        firm=firm[0], firmdom=firm[1], fmentor=f"{rng.choice([n for n in FIRST_F if n not in (first, mfirst, cfirst, wfirst)])} "
                f"{rng.choice([l for l in LAST if l != last])}",
        start=start, hours=rng.choice([2, 3, 3, 4, 5, 2, 6]), rate=rng.choice([250, 275, 300, 325, 350]),
        sagsnr=f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-{year % 100}",
        cpr=cpr(rng), year=year,
    )


# ------------------------------------------------------------------ shared field texts
def goal_text(rng, c, measure, d):
    if "goal_unclear" in d:
        return rng.choice([
            f"Støtte til {c.F} i hverdagen, så {c.han} får det bedre og får mere overskud.",
            "Øget trivsel og selvværd.",
            f"Sikre at {c.F} kommer godt videre og får en god hverdag.",
            f"Motivere {c.F} og skabe mere struktur og ro.",
        ])
    opts = {
        "løntilskud": [
            f"{c.F} fastholder løntilskudsjobbet som {c.job} hos {c.emps} og møder til tiden alle aftalte arbejdsdage. "
            f"Målet er ordinær ansættelse med timeløn i {c.dept}, når løntilskuddet slutter.",
            f"Hovedformål: {c.F} gennemfører ansættelsen med løntilskud hos {c.emp} uden ulovligt fravær. "
            f"Delmål: {c.F} kan efter 8 uger selv løse de faste opgaver i {c.dept} uden daglig instruktion.",
        ],
        "fleksjob": [
            f"{c.F} bevarer sit fleksjob som {c.job} hos {c.emps} på 12 timer om ugen og kan ved periodens udløb "
            f"selv planlægge sine opgaver ud fra skånehensynene.",
            f"At {c.F} fastholder fleksjobbet hos {c.emp} og øger arbejdstiden fra 10 til 15 timer om ugen.",
        ],
        "praktik": [
            f"{c.F} gennemfører virksomhedspraktikken hos {c.emps} med mindst 90 % fremmøde, så praktikken kan "
            f"overgå til løntilskud som {c.job}.",
            f"Målet er, at {c.F} efter praktikken hos {c.emps} kan arbejde 25 timer om ugen som {c.job} og får "
            f"en udtalelse, der kan bruges i jobsøgningen.",
        ],
        "timeløn": [
            f"{c.F} beholder sit job med timeløn som {c.job} hos {c.emps} og kan selv læse vagtplanen og melde "
            f"fravær efter virksomhedens regler.",
            f"Målet er, at {c.F} er fast ansat som {c.job} hos {c.emps} på mindst 20 timer om ugen, når perioden slutter.",
        ],
    }
    return rng.choice(opts[measure])


def tasks_list(rng, c, measure):
    pool = [
        f"introducere {c.F} til arbejdsopgaverne i {c.dept} og kollegerne",
        "gennemgå ugens vagtplan med borgeren hver mandag",
        "være fast person at spørge, når noget er uklart i arbejdet",
        "oplære i sikkerhedsregler og brug af maskiner",
        "tage en kort samtale ved dagens start om forventninger og opgaver",
        f"kontakte sagsbehandleren, hvis {c.F} er fraværende to dage i træk",
        "hjælpe med at forstå lønseddel og arbejdstidsregler",
        "give tilbagemelding på arbejdsindsatsen hver fredag",
        "deltage i trepartsmøder og fortælle om udviklingen",
    ]
    if measure == "fleksjob":
        pool.append("sikre at skånehensynene bliver kendt af kollegerne og holdt i hverdagen")
    k = rng.randint(3, 5)
    items = rng.sample(pool, k)
    return [i[0].upper() + i[1:] for i in items]


def followup_text(rng, c, d):
    if "followup_vague" in d:
        return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                           "Efter behov, når parterne finder det relevant."])
    return rng.choice([
        f"Trepartsmøde (borger, mentor og sagsbehandler) på arbejdspladsen hver 4. uge. Evaluering af delmålene "
        f"14 dage før støtten ophører.",
        "Statusmøde hver måned med fokus på fremmøde og de aftalte delmål. Mentor sender en kort skriftlig status "
        "inden hvert møde.",
        f"Sagsbehandler ringer til {c.F} og mentor hver 14. dag. Midtvejsevaluering efter 3 måneder og slutevaluering "
        f"fire uger før bevillingen udløber.",
        "Opfølgningsmøde på virksomheden hver 6. uge, hvor progressionen i forhold til målet vurderes.",
    ])


def hours_text(rng, c, d):
    if "hours_vague" in d:
        return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter aftale med virksomheden"])
    return rng.choice([
        f"{c.hours} timer pr. uge",
        f"{c.hours} timer ugentligt",
        f"{c.hours} t/uge",
        f"{c.hours} timer om ugen de første 4 uger, derefter {c.hours - 1 if c.hours > 2 else 'én'} "
        f"{'timer' if c.hours > 2 else 'time'} om ugen",
        f"{c.hours * 4} timer om måneden",
    ])


def appeal_text(rng, c, d, letter=True, year=2026):
    body = c.komk if year >= 2026 else f"Jobcenter {c.kom}"
    if "appeal_empty" in d:
        return rng.choice(["Du kan klage over afgørelsen.", "Afgørelsen kan påklages.",
                           "Er du uenig, er du velkommen til at kontakte din sagsbehandler."])
    if "appeal_direct" in d:
        return rng.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget denne afgørelse. "
            "Klagen sendes til Ankestyrelsen, 7998 Statsservice.",
            "Hvis du er uenig, kan du inden fire uger sende din klage direkte til Ankestyrelsen via ast.dk.",
        ])
    if "appeal_other" in d:
        return ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordringsgodtgørelse "
                f"til {body} inden 4 uger. Kommunen genvurderer sagen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, kan du klage til {body}. Klagen skal være modtaget inden 4 uger efter, "
        f"at du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen inden 4 uger. "
        f"Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. § 204 i lov om en aktiv "
        f"beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen til {body} inden fire uger fra du har modtaget brevet. Kommunen skal så "
        f"genvurdere afgørelsen. Hvis kommunen fastholder afgørelsen, bliver klagen sendt videre til Ankestyrelsen.",
        f"Klage over kommunens afgørelse om mentorstøtte sendes til {body}, att. {c.cw}, senest 4 uger efter "
        f"modtagelsen. Afgørelsen genvurderes, og fastholdes den, videresendes klagen til Ankestyrelsens "
        f"Beskæftigelsesudvalg (LAB § 204).",
    ])


def finish(kind, defects, **kw):
    rules = sorted({DEFECT_RULE[x] for x in defects if x in DEFECT_RULE} & set(REQUIRED[kind]))
    extras = sorted({DEFECT_EXTRA[x] for x in defects if x in DEFECT_EXTRA})
    kw.update(kind=kind, rules=rules, extras=extras)
    return kw


# ================================================================== AGREEMENTS
def fam_trepart(rng, c, d, v):
    """Trepartsaftale: citizen, employer and municipality, label/value table."""
    measure = ["løntilskud", "praktik", "fleksjob", "timeløn"][v % 4]
    s = c.start
    e = end_of(s, 9 if "over6" in d else rng.choice([6, 6, 4, 3]))
    title = rng.choice(["Trepartsaftale om mentorstøtte", "Aftale om mentor på arbejdspladsen – trepartsaftale",
                        "Mentoraftale (borger – virksomhed – kommune)"])
    blocks = [("meta", [f"{c.komk} · Job og Virksomhedsservice" if c.year >= 2026 else f"Jobcenter {c.kom}",
                        f"Sagsnr. {c.sagsnr}"])]
    parties = [("Borger", c.name + (f", CPR-nr. {c.cpr}" if "cpr" in d else "")),
               ("Virksomhed", f"{c.emp}, {c.city}"),
               ("Kontaktperson i virksomheden", f"{c.contact}, tlf. {c.cphone}"),
               ("Kommunens sagsbehandler", f"{c.cw}, tlf. {c.cwphone}, {c.cwmail}")]
    blocks += [("h", "Parter"), ("kvt", parties)]
    bg = {"løntilskud": f"{c.F} er ansat med løntilskud hos {c.emp} som {c.job} i perioden {rng_range(rng, s, end_of(s, 12))}.",
          "praktik": f"{c.F} er i virksomhedspraktik hos {c.emps} i {c.dept}, 4 dage om ugen.",
          "fleksjob": f"{c.F} er ansat i fleksjob hos {c.emp} med 12 ugentlige timer.",
          "timeløn": f"{c.F} er ansat på almindelige vilkår med timeløn hos {c.emp} som {c.job}."}[measure]
    blocks += [("h", "Baggrund"), ("p", bg)]
    rows = []
    if "goal_missing" not in d:
        rows.append(("Målet med mentorstøtten", goal_text(rng, c, measure, d)))
    else:
        rows.append(("Målet med mentorstøtten", "Aftales ved opstartsmødet"))
    if "mentor_nocontact" in d:
        rows.append(("Mentor", f"{c.mentor}, {c.job} i {c.dept} (kollega)"))
    elif "mentor_placeholder" in d:
        rows.append(("Mentor", "Udpeges af virksomheden"))
    else:
        rows.append(("Mentor", f"{c.mentor}, kollega i {c.dept}, tlf. {c.mphone}"))
    if "tasks_missing" not in d:
        rows.append(("Mentorens opgaver", "; ".join(tasks_list(rng, c, measure))))
    if "duration_missing" not in d:
        rows.append(("Periode", rng_range(rng, s, e)))
    if "hours_missing" not in d:
        rows.append(("Timetal", hours_text(rng, c, d) + (" (frikøb af kollega)" if v % 2 == 0 and "hours_vague" not in d else "")))
    if "followup_missing" not in d:
        rows.append(("Opfølgning", followup_text(rng, c, d)))
    blocks += [("h", "Mentorstøtten"), ("kvt", rows)]
    blocks += [("h", "Økonomi"),
               ("p", f"Kommunen betaler virksomheden for den tid, mentor bruger på mentoropgaven (frikøb), med "
                     f"{c.rate} kr. pr. time. Virksomheden sender regning kvartalsvis.")]
    if "appeal_missing" not in d:
        blocks += [("h", "Klagevejledning"), ("p", appeal_text(rng, c, d, year=c.year))]
    blocks += [("sig", [("Borger", c.name), ("Virksomhed", c.contact), ("Kommunen", c.cw)])]
    return title, blocks, measure, (s, e)


def fam_firepart(rng, c, d, v):
    """Four parties: the mentor is from a mentor company; the employer's contact person is someone else."""
    measure = ["løntilskud", "praktik", "timeløn"][v % 3]
    s = c.start
    months = 7 if "over6" in d else rng.choice([6, 5, 3])
    e = end_of(s, months)
    title = rng.choice(["Samarbejdsaftale om mentorforløb på arbejdspladsen",
                        "Aftale om mentorstøtte – fire parter"])
    blocks = [("meta", [c.komk, "Virksomhedsservice", fd(s - dt.timedelta(days=7), "den")])]
    blocks.append(("p", f"Denne aftale er indgået mellem {c.name}" + (f" (CPR {c.cpr})" if "cpr" in d else "") +
                   f", {c.emp}, {c.firm} og {c.komk}. Mentoren kommer fra {c.firm}, der har en driftsaftale med "
                   f"kommunen. Kontaktperson i virksomheden er {c.contact} (tlf. {c.cphone}), som ikke er mentor."))
    blocks.append(("h", "1. Formål"))
    blocks.append(("p", goal_text(rng, c, measure, d) if "goal_missing" not in d else "-"))
    blocks.append(("h", "2. Mentor"))
    if "mentor_nocontact" in d:
        blocks.append(("p", f"Mentor er {c.fmentor} fra {c.firm}."))
    else:
        blocks.append(("p", f"{c.fmentor}, {c.firm}, mobil {phone(rng)}, mail {slug(c.fmentor.split()[0])}@{c.firmdom}"))
    blocks.append(("h", "3. Mentorens opgaver"))
    if "tasks_missing" in d:
        blocks.append(("p", "Udfyldes senere"))
    else:
        blocks.append(("ul", tasks_list(rng, c, measure)))
    blocks.append(("h", "4. Varighed og opfølgning"))
    dur = "" if "duration_missing" in d else f"Forløbet løber {rng_range(rng, s, e)}. "
    fu = "" if "followup_missing" in d else followup_text(rng, c, d)
    blocks.append(("p", (dur + fu).strip() or "Se ovenfor."))
    blocks.append(("h", "5. Timetal"))
    if "hours_rate_only" in d:
        blocks.append(("p", f"{c.firm} fakturerer kommunen med {c.rate + 200} kr. pr. mentortime efter regning."))
    else:
        blocks.append(("p", f"Mentoren er sammen med {c.F} {hours_text(rng, c, d).lower()}. Timerne ligger i arbejdstiden."))
    blocks.append(("h", "6. Klagevejledning"))
    if "appeal_missing" in d:
        blocks.append(("p", "Ikke relevant for virksomheden."))
    else:
        blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    blocks.append(("sig", [("Borger", c.name), ("Virksomhed", c.contact), ("Mentorvirksomhed", c.fmentor),
                           ("Kommunen", c.cw)]))
    return title, blocks, measure, (s, e)


def fam_employer_form(rng, c, d, v):
    """The employer fills in and signs the form; the employer's contact person and the mentor differ."""
    measure = ["løntilskud", "fleksjob", "praktik", "timeløn"][v % 4]
    s = c.start
    e = end_of(s, 12 if "over6" in d else 6)
    title = rng.choice(["Aftale om virksomhedsmentor (udfyldes af virksomheden)",
                        "Mentoraftale – blanket til arbejdsgiver",
                        "Ansøgning og aftale om mentorfrikøb"])
    blocks = [("meta", [c.komk + " – Jobcenter", "Returneres underskrevet til " + c.cwmail])]
    blocks.append(("h", "Del A – Virksomheden"))
    blocks.append(("kvt", [("Virksomhedens navn", c.emp), ("CVR-nr.", str(rng.randint(10000000, 99999999))),
                           ("Kontaktperson (HR/leder)", c.contact),
                           ("Telefon", c.cphone), ("E-mail", c.cmail)]))
    blocks.append(("h", "Del B – Medarbejderen/borgeren"))
    kb = [("Navn", c.name)]
    if "cpr" in d:
        kb.append(("CPR-nr.", c.cpr))
    kb.append(("Ansættelsesform", {"løntilskud": "Løntilskud", "fleksjob": "Fleksjob",
                                   "praktik": "Virksomhedspraktik", "timeløn": "Ordinært job, timeløn"}[measure]))
    kb.append(("Arbejdstid", {"løntilskud": rng.choice(["30 timer/uge", "37 timer/uge"]), "fleksjob": "12 timer/uge",
                              "praktik": "25 timer om ugen", "timeløn": rng.choice(["20 timer/uge", "28 timer/uge"])}[measure]))
    blocks.append(("kvt", kb))
    blocks.append(("h", "Del C – Mentor"))
    if "mentor_nocontact" in d:
        blocks.append(("kvt", [("Mentorens navn", c.mentor), ("Stilling", f"{c.job}, {c.dept}")]))
    elif "mentor_placeholder" in d:
        blocks.append(("kvt", [("Mentorens navn", "xx"), ("Telefon", "")]))
    else:
        blocks.append(("kvt", [("Mentorens navn", c.mentor), ("Stilling", f"Erfaren kollega, {c.dept}"),
                               ("Telefon/mail", f"{c.mphone} / {c.mmail}")]))
    blocks.append(("h", "Del D – Indhold"))
    kd = []
    kd.append(("Formål med mentorstøtten", goal_text(rng, c, measure, d) if "goal_missing" not in d else ""))
    if "tasks_missing" not in d:
        tl = tasks_list(rng, c, measure)
        kd.append(("Mentors opgaver", ", ".join([tl[0]] + [t[0].lower() + t[1:] for t in tl[1:]])))
    if "hours_missing" not in d and "hours_rate_only" not in d:
        kd.append(("Antal mentortimer pr. uge", hours_text(rng, c, d)))
    if "hours_rate_only" in d:
        kd.append(("Timesats for frikøb", f"{c.rate} kr. pr. time"))
    if "duration_missing" not in d:
        kd.append(("Start- og slutdato", f"{fd(s, 'dot')} - {fd(e, 'dot')}"))
    else:
        kd.append(("Start- og slutdato", "Indtil videre"))
    if "followup_missing" not in d:
        kd.append(("Opfølgning", followup_text(rng, c, d)))
    blocks.append(("kvt", kd))
    if "appeal_missing" not in d:
        blocks.append(("h", "Borgerens klageadgang"))
        blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    blocks.append(("p", "Virksomheden erklærer, at mentor ikke udfører sine normale arbejdsopgaver i de timer, "
                        "der frikøbes, og at timerne bruges sammen med medarbejderen."))
    blocks.append(("sig", [("Dato og underskrift, virksomhed", c.contact), ("Mentor", c.mentor),
                           ("Medarbejder", c.name)]))
    return title, blocks, measure, (s, e)


def fam_prose(rng, c, d, v):
    """Agreement written as a letter to the citizen, headed sections, fleksjob / timeløn."""
    measure = ["fleksjob", "timeløn", "løntilskud"][v % 3]
    s = c.start
    if "over6" in d:
        e = add_months(s, 6)  # one day too long: d -> d + 6 months
    else:
        e = end_of(s, rng.choice([6, 6, 4]))
    title = rng.choice([f"Din aftale om mentor hos {c.emps}", "Aftale om mentorstøtte i dit job",
                        "Skriftlig aftale om mentorstøtte"])
    blocks = [("meta", [c.komk, fd(s - dt.timedelta(days=10), "long")])]
    blocks.append(("p", f"Kære {c.F}" + (f" (cpr.nr. {c.cpr})" if "cpr" in d else "")))
    blocks.append(("p", f"Her er den aftale, vi lavede på mødet hos {c.emps}, hvor du, din leder {c.contact} og jeg "
                        f"deltog. {c.contact} er din kontaktperson i virksomheden om løn og vagter, men din mentor er "
                        f"{'en kollega' if 'mentor_nocontact' in d else c.mentor}."))
    if "goal_missing" not in d:
        blocks += [("h", "Hvad er målet?"), ("p", goal_text(rng, c, measure, d))]
    if "mentor_nocontact" in d:
        blocks += [("h", "Hvem er din mentor?"), ("p", f"{c.mentor} fra {c.dept}.")]
    else:
        blocks += [("h", "Hvem er din mentor?"),
                   ("p", f"{c.mentor} fra {c.dept}. Du kan ringe til {c.mF} på {c.mphone} eller skrive til {c.mmail}.")]
    if "tasks_missing" not in d:
        blocks += [("h", f"Det hjælper {c.mF} dig med"), ("ul", tasks_list(rng, c, measure))]
    if "duration_missing" not in d:
        blocks += [("h", "Hvor længe?"), ("p", f"Aftalen gælder {rng_range(rng, s, e, 'long')}.")]
    if "hours_vague" in d:
        blocks += [("h", "Hvor meget tid?"), ("p", f"{c.mF} har tid til dig efter behov, typisk et par timer om ugen. "
                                                     f"{c.emps} får timerne betalt af kommunen.")]
    elif "hours_missing" not in d:
        blocks += [("h", "Hvor meget tid?"), ("p", f"{c.mF} er afsat {hours_text(rng, c, d).lower()} til dig. "
                                                     f"{c.emps} får timerne betalt af kommunen.")]
    if "followup_missing" not in d:
        blocks += [("h", "Opfølgning"), ("p", followup_text(rng, c, d))]
    if "appeal_missing" not in d:
        blocks += [("h", "Hvis du vil klage"), ("p", appeal_text(rng, c, d, year=c.year))]
    blocks.append(("p", f"Venlig hilsen\n{c.cw}, jobkonsulent, tlf. {c.cwphone}"))
    return title, blocks, measure, (s, e)


def fam_mail_agreement(rng, c, d, v):
    """E-mail from the caseworker writing down the workplace mentor agreement (virksomhedspraktik)."""
    measure = "praktik"
    s = c.start
    e = end_of(s, 8 if "over6" in d else 3)
    title = f"Aftale om mentor i din praktik hos {c.emps}"
    lines = [f"Hej {c.F}", "",
             f"Tak for mødet i dag hos {c.emps}. Her får du det, vi blev enige om, skrevet ned.", ""]
    lines += ["Mål: " + (goal_text(rng, c, measure, d) if "goal_missing" not in d else "-")]
    if "mentor_nocontact" in d:
        lines += [f"Mentor: {c.mentor} (kollega på {c.dept})"]
    else:
        lines += [f"Mentor: {c.mentor}, tlf. {c.mphone}"]
    if "tasks_missing" not in d:
        lines += ["Mentors opgaver:"] + [f"- {t}" for t in tasks_list(rng, c, measure)]
    if "duration_missing" not in d:
        lines += [f"Periode: {rng_range(rng, s, e)}"]
    if "hours_missing" not in d:
        lines += [f"Timer: {hours_text(rng, c, d)}"]
    if "followup_missing" not in d:
        lines += [f"Opfølgning: {followup_text(rng, c, d)}"]
    lines += [""]
    if "appeal_missing" not in d:
        lines += ["Klagevejledning: " + appeal_text(rng, c, d, year=c.year), ""]
    lines += [f"Din kontaktperson i {c.emps} er stadig {c.contact} (tlf. {c.cphone}).", "",
              "Mvh", c.cw, f"Jobkonsulent, {c.komk}", f"Tlf. {c.cwphone}"]
    return title, lines, measure, (s, e)


# ================================================================== DECISIONS
def letterhead(c, when):
    return [c.komk if when >= dt.date(2026, 2, 1) else f"Jobcenter {c.kom}", "Job og Borgerservice",
            f"Dato: {fd(when, 'long')}", f"Sagsnr.: {c.sagsnr}", f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}"]


def fam_dec_grant(rng, c, d, v):
    measure = ["løntilskud", "fleksjob", "timeløn", "praktik"][v % 4]
    s = c.start
    e = end_of(s, 12 if "over6" in d else rng.choice([6, 6, 5]))
    when = s - dt.timedelta(days=rng.randint(5, 20))
    title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte på arbejdspladsen",
                        "Du får bevilget mentor"])
    blocks = [("meta", letterhead(c, when))]
    if "cpr" in d:
        blocks.append(("p", f"{c.name}, CPR-nr. {c.cpr}"))
    pr = rng_range(rng, s, e, "long")
    where = {"løntilskud": "job med løntilskud", "fleksjob": "fleksjob", "timeløn": "job med timeløn",
             "praktik": "praktikforløb"}[measure]
    blocks.append(("p", f"Du har søgt om mentorstøtte i dit {where} "
                        f"hos {c.emp}. Vi har bevilget mentorstøtte efter § 167 i lov om en aktiv "
                        f"beskæftigelsesindsats i perioden {pr}" + (", så mentorstøtten dækker hele forløbet på arbejdspladsen." if "over6" in d else ".")))
    blocks.append(("p", f"Din mentor er {c.mentor}, som er ansat hos {c.emps}. Virksomheden får dækket lønudgiften til "
                        f"{c.hours} timer om ugen (frikøb)."))
    blocks.append(("h", "Mål for mentorstøtten"))
    blocks.append(("p", goal_text(rng, c, measure, set())))
    blocks.append(("p", "Vi har sendt en kopi af brevet til virksomheden. Aftalen om mentorstøtten laver I sammen ved "
                        "opstartsmødet."))
    blocks.append(("h", rng.choice(["Klagevejledning", "Sådan klager du"])))
    if "appeal_missing" in d:
        blocks.pop()
    else:
        blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    blocks.append(("p", f"Med venlig hilsen\n{c.cw}"))
    return title, blocks, measure, (s, e)


def fam_dec_partial(rng, c, d, v):
    measure = ["løntilskud", "fleksjob", "timeløn"][v % 3]
    s = c.start
    e = end_of(s, 6)
    when = s - dt.timedelta(days=9)
    title = "Afgørelse – delvis bevilling af mentorstøtte"
    blocks = [("meta", letterhead(c, when))]
    asked = rng.choice([12, 9])
    blocks.append(("p", f"Du og {c.emps} har søgt om mentorstøtte i {asked} måneder med {c.hours + 4} timer om ugen. "
                        f"Vi har bevilget mentorstøtte fra {fd(s)} til {fd(e)} med {c.hours} timer om ugen. Du får "
                        f"altså færre timer og en kortere periode, end I søgte om."))
    if "reasons_missing" not in d:
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Mentorstøtte kan gives i højst 6 måneder ad gangen, jf. § 167, stk. 1, i lov om en aktiv "
                            f"beskæftigelsesindsats. Vi har lagt vægt på, at {c.emps} i forvejen har en "
                            f"oplæringsplan for nye medarbejdere, og at {c.F} efter de første uger forventes at kunne "
                            f"løse de faste opgaver med mindre støtte. Ved udløb vurderer vi, om der er behov for en ny periode."))
    blocks.append(("h", "Klagevejledning"))
    blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    return title, blocks, measure, (s, e)


def fam_dec_refusal(rng, c, d, v):
    """Refusal because the need is covered by other support."""
    s = c.start
    when = s
    reason = ["pa", "introduktion", "fleksjob", "oplaering"][v % 4]
    title = rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentor – afslag",
                        "Svar på ansøgning om mentor på arbejdspladsen"])
    blocks = [("meta", letterhead(c, when))]
    if "cpr" in d:
        blocks.append(("kv", "Vedr.", f"{c.name}, {c.cpr}"))
    blocks.append(("p", f"Du har den {fd(s - dt.timedelta(days=21))} søgt om mentorstøtte i dit job hos {c.emp}. "
                        f"Vi giver dig afslag på mentorstøtte."))
    if "reasons_missing" not in d:
        blocks.append(("h", "Begrundelse"))
        txt = {
            "pa": f"Du har allerede fået bevilget personlig assistance efter lov om kompensation til handicappede i "
                  f"erhverv m.v. § 4 med 10 timer om ugen. Den personlige assistent hjælper dig med de praktiske "
                  f"opgaver, som du søger mentor til. Vi har lagt vægt på, at behovet for støtte på arbejdspladsen "
                  f"dermed er dækket, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
            "introduktion": f"Det fremgår af ansøgningen, at mentoren skal introducere dig til opgaverne i "
                            f"{c.dept}. Det er en del af den almindelige oplæring, som virksomheden skal give alle "
                            f"nye medarbejdere, også i et job med løntilskud. Mentorstøtte efter § 167 kan kun gives "
                            f"til støtte ud over den normale introduktion. Vi har lagt vægt på, at du ifølge din leder "
                            f"allerede løser opgaverne selvstændigt.",
            "fleksjob": "Dine skånehensyn er allerede tilgodeset i fleksjobbet, og arbejdsgiveren har oplyst, at der "
                        "ikke er behov for en fast person at støtte sig til. Vi vurderer derfor, at du ikke har et "
                        "behov, der kan dækkes af mentorstøtte, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
            "oplaering": f"Du deltager i virksomhedens eget buddy-program for nye medarbejdere, hvor en kollega følger "
                         f"dig de første tre måneder. Vi har lagt vægt på, at støtten dermed allerede gives af "
                         f"{c.emps}, og at der ikke er oplyst særlige forhold, der kræver støtte ud over det.",
        }[reason]
        blocks.append(("p", txt))
    if "appeal_missing" not in d:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    blocks.append(("p", f"Venlig hilsen\n{c.cw}\n{c.komk}"))
    return title, blocks, "afslag", None


def fam_dec_extension(rng, c, d, v):
    measure = ["løntilskud", "fleksjob", "timeløn"][v % 3]
    s0 = c.start.replace(month=min(c.start.month, 5))
    e0 = end_of(s0, 6)
    s = e0 + dt.timedelta(days=1)
    e = end_of(s, 9 if "over6" in d else rng.choice([6, 3, 4]))
    when = e0 - dt.timedelta(days=14)
    title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse: mentorstøtten forlænges"])
    blocks = [("meta", letterhead(c, when))]
    blocks.append(("p", f"Din mentorstøtte hos {c.emp} ophører efter planen {fd(e0)}. På evalueringsmødet med "
                        f"{c.mentor} og {c.contact} blev det vurderet, at du stadig har brug for støtte."))
    blocks.append(("p", f"Vi har derfor besluttet at forlænge mentorstøtten i en ny periode fra {fd(s, 'dot')} til "
                        f"{fd(e, 'dot')}. Timetallet er fortsat {c.hours} timer om ugen. Den forrige periode var "
                        f"{fd(s0, 'dot')} - {fd(e0, 'dot')}."))
    blocks.append(("p", f"Vi har lagt vægt på, at du er tæt på at kunne overgå til ordinær ansættelse, og at mentor "
                        f"vurderer, at {c.hours} timer om ugen er nødvendige, jf. § 167, stk. 1, 2. pkt."))
    blocks.append(("h", "Klagevejledning"))
    blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    return title, blocks, measure, (s, e)


def fam_dec_end(rng, c, d, v):
    s = c.start.replace(month=min(c.start.month, 6))
    end = s + dt.timedelta(days=rng.randint(40, 120))
    why = ["stopped", "ordinary", "praktik"][v % 3]
    when = end - dt.timedelta(days=10) if why == "ordinary" else end + dt.timedelta(days=4)
    title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentor"])
    blocks = [("meta", letterhead(c, when))]
    if "cpr" in d:
        blocks.append(("p", f"Borger: {c.name} – CPR {c.cpr}"))
    txt = {
        "stopped": f"Vi har fået besked fra {c.emp} om, at din ansættelse med løntilskud er ophørt {fd(end)}. "
                   f"Da mentorstøtten var knyttet til ansættelsen, ophører den samme dag.",
        "ordinary": f"Du er fra {fd(end)} ansat på ordinære vilkår hos {c.emps} uden støtte, og du og {c.mentor} har "
                    f"sammen vurderet, at du ikke har brug for mentor længere. Mentorstøtten ophører derfor {fd(end)}.",
        "praktik": f"Din virksomhedspraktik hos {c.emps} blev afbrudt {fd(end)}. Mentorstøtten stopper fra samme dato.",
    }[why]
    blocks.append(("p", txt))
    blocks.append(("p", "Vi har lagt vægt på, at mentorstøtten efter § 167 i lov om en aktiv beskæftigelsesindsats "
                        "skal have et mål om beskæftigelse, og at det mål ikke længere kan nås gennem denne støtte."))
    if "appeal_missing" not in d:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    return title, blocks, "ophør", None


def fam_dec_employer(rng, c, d, v):
    """Letter to the employer: tilsagn om frikøb af mentor, copy to the citizen."""
    s = c.start
    e = end_of(s, 12 if "over6" in d else 6)
    when = s - dt.timedelta(days=12)
    title = "Tilsagn om tilskud til mentor (frikøb af medarbejder)"
    blocks = [("meta", [c.komk, "Virksomhedsservice", f"Dato: {fd(when, 'dot')}", f"Til: {c.emp}, att. {c.contact}",
                        f"Kopi: {c.name}"])]
    blocks.append(("p", f"{c.komk} giver hermed tilsagn om tilskud til mentorstøtte for {c.name}, der er ansat hos jer "
                        f"som {c.job}. Tilskuddet dækker lønudgiften til {c.mentor}s timer som mentor, {c.hours} timer "
                        f"pr. uge à {c.rate} kr., i perioden {rng_range(rng, s, e)}."))
    blocks.append(("p", "Tilskuddet udbetales bagud efter indsendt timeopgørelse, underskrevet af mentor og medarbejder. "
                        "Mentor må ikke udføre sine normale arbejdsopgaver i de timer, der gives tilskud til."))
    blocks.append(("h", "Klagevejledning"))
    blocks.append(("p", appeal_text(rng, c, d, year=c.year)))
    return title, blocks, "frikøb", (s, e)


# ================================================================== MIN PLAN
def fam_mp_cards(rng, c, d, v):
    measure = ["løntilskud", "praktik", "fleksjob"][v % 3]
    s = c.start
    e = end_of(s, 9 if "over6" in d else 6)
    title = "Min Plan"
    blocks = [("meta", [f"{c.name}" + (f" · {c.cpr}" if "cpr" in d else ""), f"Udskrevet {fd(s, 'dot')}",
                        c.komk])]
    blocks.append(("h", "Mit mål"))
    blocks.append(("p", f"Jeg vil have et fast job som {c.job}."))
    act = {"løntilskud": "Løntilskud – privat virksomhed", "praktik": "Virksomhedspraktik",
           "fleksjob": "Fleksjob"}[measure]
    blocks.append(("h", f"{act} hos {c.emp} (Aktiv)"))
    blocks.append(("kvt", [("Sted", f"{c.emp}, {c.city}"),
                           ("Start", fd(s, "dot")), ("Slut", fd(end_of(s, 12 if measure != 'praktik' else 3), "dot")),
                           ("Timer pr. uge", "37" if measure == "løntilskud" else "25" if measure == "praktik" else "14"),
                           ("Kontaktperson", f"{c.contact}, {c.cphone}")]))
    blocks.append(("h", "Mentorstøtte (Aktiv)"))
    rows = []
    if "goal_missing" not in d:
        rows.append(("Formål", goal_text(rng, c, measure, d)))
    if "mentor_nocontact" in d:
        rows.append(("Mentor", f"{c.mentor}, kollega"))
    else:
        rows.append(("Mentor", f"{c.mentor}, {c.emps}, tlf. {c.mphone}"))
    if "tasks_missing" not in d:
        rows.append(("Mentorens opgaver", " · ".join(tasks_list(rng, c, measure))))
    if "duration_missing" not in d:
        rows.append(("Periode", f"{fd(s, 'dot')} - {fd(e, 'dot')}"))
    if "hours_missing" not in d:
        rows.append(("Timetal", hours_text(rng, c, d)))
    rows.append(("Kontaktperson", f"{c.cw}, {c.komk}"))
    blocks.append(("kvt", rows))
    return title, blocks, measure, (s, e)


def fam_mp_dense(rng, c, d, v):
    measure = ["timeløn", "løntilskud", "fleksjob"][v % 3]
    s = c.start
    e = end_of(s, 8 if "over6" in d else rng.choice([6, 4]))
    title = rng.choice(["Min Plan – mentorstøtte", "Indsats i Min Plan: Mentor på arbejdspladsen"])
    parts = []
    if "goal_missing" not in d:
        g = goal_text(rng, c, measure, d)
        parts.append(g if g.startswith(("Målet er", "Hovedformål")) else f"Formålet er: {g}")
    if "mentor_nocontact" in d:
        parts.append(f"Din mentor er {c.mentor}, som arbejder i {c.dept}.")
    else:
        parts.append(f"Din mentor er {c.mentor}. Du kan kontakte {c.mF} på tlf. {c.mphone}.")
    if "tasks_missing" not in d:
        tl = [t[0].lower() + t[1:] for t in tasks_list(rng, c, measure)[:3]]
        tl = [t[len("hjælpe med at "):] if t.startswith("hjælpe med at ") else t for t in tl]
        parts.append(f"{c.mF} skal hjælpe dig med at " + ", ".join(tl[:-1]) + " og " + tl[-1] + ".")
    if "duration_missing" not in d:
        parts.append(f"Mentorstøtten gælder {rng_range(rng, s, e)}.")
    if "hours_missing" not in d:
        parts.append(f"Timetal: {hours_text(rng, c, d)}.")
    blocks = [("meta", [c.komk + " · Min Plan", f"Oprettet af {c.cw}"])]
    if "cpr" in d:
        blocks.append(("kv", "Borger", f"{c.name} ({c.cpr})"))
    blocks.append(("p", " ".join(parts)))
    blocks.append(("p", f"Arbejdsgiver: {c.emp}. Din kontaktperson hos arbejdsgiveren er {c.contact}."))
    return title, blocks, measure, (s, e)


def fam_mp_table(rng, c, d, v):
    measure = ["løntilskud", "praktik", "timeløn", "fleksjob"][v % 4]
    s = c.start
    e = end_of(s, 12 if "over6" in d else 6)
    title = "Min Plan – Dine aktiviteter"
    blocks = [("meta", [c.name, c.komk, f"Sagsbehandler: {c.cw}"])]
    grid = [["Aktivitet", "Periode", "Timer", "Kontakt"],
            [{"løntilskud": "Løntilskud", "praktik": "Virksomhedspraktik", "timeløn": "Ansættelse (timeløn)",
              "fleksjob": "Fleksjob"}[measure] + f" hos {c.emps}", f"{fd(s, 'dot')} - {fd(end_of(s, 12), 'dot')}", "30 t/uge",
             c.contact],
            ["Samtale med jobkonsulent", "hver 4. uge", "-", c.cw]]
    blocks.append(("grid", grid))
    blocks.append(("h", "Mentor på arbejdspladsen"))
    rows = []
    if "goal_missing" not in d:
        rows.append(("Mål", goal_text(rng, c, measure, d)))
    else:
        rows.append(("Mål", "Udfyldes senere"))
    if "mentor_nocontact" in d:
        rows.append(("Mentor", c.mentor))
    else:
        rows.append(("Mentor", f"{c.mentor} ({c.mmail})"))
    if "tasks_missing" not in d:
        rows.append(("Opgaver", "; ".join(tasks_list(rng, c, measure))))
    if "duration_missing" not in d:
        rows.append(("Varighed", rng_range(rng, s, e)))
    if "hours_missing" not in d:
        rows.append(("Timetal", hours_text(rng, c, d)))
    blocks.append(("kvt", rows))
    return title, blocks, measure, (s, e)


# ================================================================== LOOK-ALIKES (unknown)
def lk_pa_decision(rng, c, d, v):
    when = c.start
    title = "Afgørelse om personlig assistance"
    blocks = [("meta", letterhead(c, when))]
    if "cpr" in d:
        blocks.append(("p", f"{c.name}, CPR-nr. {c.cpr}"))
    blocks.append(("p", f"Du har søgt om personlig assistance i dit job som {c.job} hos {c.emp}. Vi har bevilget "
                        f"personlig assistance efter § 4 i lov om kompensation til handicappede i erhverv m.v. med "
                        f"{rng.choice([8, 10, 12])} timer om ugen fra {fd(when)} til {fd(end_of(when, 24))}."))
    blocks.append(("p", f"Din personlige assistent er {c.mentor}, som er ansat hos {c.emps}. Assistenten hjælper med "
                        f"opgaver, du ikke selv kan udføre på grund af din funktionsnedsættelse, fx løft og oplæsning. "
                        f"Assistancen er ikke mentorstøtte og skal ikke bruges til oplæring."))
    blocks.append(("p", "Vi har lagt vægt på lægens udtalelse og arbejdspladsvurderingen."))
    blocks.append(("h", "Klagevejledning"))
    blocks.append(("p", f"Du kan klage til {c.komk} inden 4 uger. Fastholder vi afgørelsen, sender vi klagen til "
                        f"Ankestyrelsen."))
    return title, blocks


def lk_pa_form(rng, c, d, v):
    title = "Ansøgning om personlig assistance til handicappede i erhverv"
    blocks = [("p", "Skemaet udfyldes af medarbejderen og arbejdsgiveren og sendes til kommunen.")]
    blocks.append(("kvt", [("Ansøgers navn", c.name), ("CPR-nr.", c.cpr if "cpr" in d else ""),
                           ("Arbejdsgiver", c.emp), ("Stilling", c.job),
                           ("Funktionsnedsættelse", "Ordblindhed og nedsat syn"),
                           ("Hvilke opgaver skal assistenten udføre?", "Oplæsning af arbejdssedler, korrekturlæsning"),
                           ("Ønsket antal timer pr. uge", "6"),
                           ("Forslag til assistent", f"{c.mentor}, tlf. {c.mphone}")]))
    blocks.append(("sig", [("Ansøger", c.name), ("Arbejdsgiver", c.contact)]))
    return title, blocks


def lk_sel85(rng, c, d, v):
    s = c.start
    title = rng.choice(["Handleplan og aftale om socialpædagogisk støtte (§ 85)", "Aftale om bostøtte efter servicelovens § 85"])
    blocks = [("meta", [f"{c.komk}, Socialafdelingen – Voksenhandicap", f"Sagsnr. {c.sagsnr}"])]
    if "cpr" in d:
        blocks.append(("kv", "Borger", f"{c.name}, {c.cpr}"))
    blocks.append(("kvt", [("Mål", f"{c.F} kan selv handle ind og lave aftensmad tre dage om ugen og passe sit job "
                                   f"hos {c.emps}."),
                           ("Bostøttemedarbejder", f"{c.mentor}, tlf. {c.mphone}"),
                           ("Indsats", "Hjælp til struktur i hjemmet, post og økonomi, madplan, ledsagelse til læge"),
                           ("Timer", "3 timer pr. uge"),
                           ("Periode", f"{fd(s)} – {fd(end_of(s, 12))}"),
                           ("Opfølgning", "Revisitation hver 6. måned")]))
    blocks.append(("h", "Klagevejledning"))
    blocks.append(("p", "Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85 sendes til "
                        f"{c.komk} inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen."))
    return title, blocks


def lk_stk(rng, c, d, v):
    title = "Støttekontaktperson – samarbejdsaftale"
    blocks = [("meta", [f"{c.komk}, Socialpsykiatrien"])]
    blocks.append(("p", f"Aftalen gælder samarbejdet mellem {c.name} og støttekontaktperson {c.mentor} "
                        f"(tlf. {c.mphone}). Støttekontaktpersonen hjælper med kontakt til læge, psykiatri og "
                        f"netværk, og følger {c.F} til aftaler efter behov."))
    blocks.append(("ul", ["Ugentligt besøg i hjemmet", "Hjælp til at komme ud af huset og mødes med andre",
                          "Støtte ved møder med jobcentret, hvis du ønsker det"]))
    blocks.append(("p", "Aftalen løber, så længe der er behov, og tages op ved den årlige opfølgning af handleplanen."))
    return title, blocks


def lk_jobcoach(rng, c, d, v):
    firm = rng.choice(["Nordic Retail Group", "SKAN Facility Services", "Danbolig Service A/S"])
    title = rng.choice([f"JobCoach-programmet i {firm}", f"Aftale om jobcoach – {firm} Inclusion Program"])
    s = c.start
    blocks = [("p", f"{firm} har sit eget program for medarbejdere, der starter efter en længere periode uden job. "
                    "Programmet er en del af virksomhedens CSR-strategi og er ikke en kommunal ordning.")]
    blocks.append(("kvt", [("Medarbejder", c.name), ("Jobcoach", f"{c.mentor}, People & Culture, {c.mphone}"),
                           ("Formål", "At den nye medarbejder bliver en del af teamet og kender virksomhedens værdier"),
                           ("Forløb", f"{fd(s)} – {fd(end_of(s, 12))}"),
                           ("Møder", "1 time hver anden uge"),
                           ("Opfølgning", "Kvartalsvis samtale med nærmeste leder")]))
    blocks.append(("p", "Samtalerne er fortrolige. Jobcoachen refererer til HR-direktøren."))
    return title, blocks


def lk_buddy(rng, c, d, v):
    title = rng.choice([f"Velkommen til {c.emps} – din buddy", "Buddyordning for nye medarbejdere"])
    blocks = [("p", f"Alle nye medarbejdere hos {c.emp} får en buddy de første 3 måneder. Din buddy er en erfaren "
                    f"kollega, der viser dig rundt, spiser frokost med dig den første uge og svarer på de små spørgsmål.")]
    blocks.append(("kvt", [("Ny medarbejder", c.name), ("Din buddy", f"{c.mentor} ({c.mphone})"),
                           ("Din leder", c.contact), ("Første arbejdsdag", fd(c.start))]))
    blocks.append(("h", "Tjekliste for buddyen"))
    blocks.append(("ul", ["Vis kantine, omklædning og nødudgange", "Introducer til teamet",
                          "Gennemgå IT-login og vagtplan-appen", "Kaffe og en snak efter 2 uger og efter 3 måneder"]))
    return title, blocks


def lk_mester(rng, c, d, v):
    s = c.start
    title = rng.choice(["Uddannelsesaftale – mesterlære", "Aftale mellem lærling og mester"])
    blocks = [("p", f"Aftalen er indgået mellem lærling {c.name}" + (f", cpr.nr. {c.cpr}" if "cpr" in d else "") +
                    f", og {c.emp} (mester: {c.contact}) om uddannelse som {rng.choice(['tømrer', 'smed', 'bager', 'mekaniker'])}.")]
    blocks.append(("kvt", [("Uddannelsestid", f"{fd(s)} – {fd(end_of(s, 42))}"),
                           ("Skoleperioder", "Efter skolens plan, i alt 40 uger"),
                           ("Mester/praktikvejleder", f"{c.contact}, tlf. {c.cphone}"),
                           ("Løn", "Efter overenskomstens lærlingeløn"),
                           ("Prøvetid", "3 måneder")]))
    blocks.append(("p", "Uoverensstemmelser om aftalen kan indbringes for Lærlingeudvalget/Tvistighedsnævnet."))
    blocks.append(("sig", [("Lærling", c.name), ("Mester", c.contact)]))
    return title, blocks


def lk_trainee(rng, c, d, v):
    firm = rng.choice(["Nordbank", "Arla Foods", "Vestas", "Region Midtjylland"])
    title = f"Mentorordning for graduates og trainees – {firm}"
    blocks = [("p", f"Som trainee i {firm} får du en mentor fra et andet forretningsområde. Mentorordningen skal "
                    "give dig netværk og sparring om karriere.")]
    blocks.append(("h", "Mentoraftale"))
    blocks.append(("kvt", [("Trainee", c.name), ("Mentor", f"{c.mentor}, Senior Manager, {c.mmail}"),
                           ("Mål for mentorskabet", "Karriereudvikling, netværk og ledelsesforståelse"),
                           ("Mødefrekvens", "1 time om måneden"),
                           ("Varighed", "24 måneder (hele traineeprogrammet)")]))
    blocks.append(("p", "Mentorskabet er frivilligt og fortroligt. Evaluering i HR's trainee-survey."))
    return title, blocks


def lk_union(rng, c, d, v):
    union = rng.choice(["3F", "HK", "Dansk Metal", "FOA"])
    title = f"{union} Mentornetværk – aftale mellem mentor og mentee"
    blocks = [("p", f"{union}'s mentornetværk kobler ledige medlemmer med erfarne tillidsvalgte. Ordningen er frivillig "
                    "og gratis for medlemmer, og den er ikke en del af kommunens beskæftigelsesindsats.")]
    blocks.append(("kvt", [("Mentee", c.name), ("Mentor", f"{c.mentor} (tillidsrepræsentant), {c.mphone}"),
                           ("Hvad vil du opnå?", "Et job i branchen og hjælp til CV og ansøgninger"),
                           ("Hvor ofte mødes I?", "Hver 14. dag, ca. 1 time"),
                           ("Hvor længe?", "6 måneder – kan forlænges"),
                           ("Hvad gør mentor?", "Sparrer om ansøgninger, deler kontakter, øver jobsamtale")]))
    blocks.append(("p", "Aftalen kan opsiges af begge parter uden varsel."))
    return title, blocks


def lk_invoice(rng, c, d, v):
    title = rng.choice(["Faktura – frikøb af mentor", "Regning for mentortimer"])
    q = rng.randint(30, 60)
    blocks = [("meta", [c.emp, f"CVR {rng.randint(10000000, 99999999)}", f"Fakturanr. {rng.randint(1000, 9999)}"])]
    blocks.append(("p", f"Til: {c.komk}, Økonomi / Virksomhedsservice, EAN 5798000{rng.randint(100000, 999999)}"))
    blocks.append(("grid", [["Tekst", "Antal", "Pris", "I alt"],
                            [f"Mentortimer {c.mentor} vedr. {c.name}, {fd(c.start, 'dot')} - {fd(end_of(c.start, 3), 'dot')}",
                             f"{q} timer", f"{c.rate},00", f"{q * c.rate:,}".replace(",", ".") + ",00"]]))
    blocks.append(("p", "Betalingsbetingelser: netto 30 dage. Timeopgørelse underskrevet af mentor og medarbejder vedlagt."))
    return title, blocks


def lk_status(rng, c, d, v):
    title = rng.choice(["Statusrapport fra mentor", "Midtvejsstatus – virksomhedsmentor"])
    blocks = [("meta", [f"Til {c.cw}, {c.komk}", f"Fra {c.mentor}, {c.emps}"])]
    if "cpr" in d:
        blocks.append(("kv", "Vedr.", f"{c.name} {c.cpr}"))
    blocks.append(("h", "Fremmøde"))
    blocks.append(("p", f"{c.F} har haft 2 sygedage i perioden og er ellers mødt til tiden."))
    blocks.append(("h", "Udvikling"))
    blocks.append(("p", f"{c.F} kan nu selv klare plukning og pakning og har fået ansvar for morgenens varemodtagelse. "
                        "Vi arbejder stadig med at sige til, når noget er uklart."))
    blocks.append(("h", "Anbefaling"))
    blocks.append(("p", "Jeg anbefaler, at mentortimerne nedsættes til 2 om ugen i resten af perioden."))
    return title, blocks


def lk_minutes(rng, c, d, v):
    title = rng.choice(["Referat af trepartsmøde", "Referat – opfølgningsmøde på virksomheden"])
    blocks = [("kvt", [("Dato", fd(c.start + dt.timedelta(days=45))), ("Sted", c.emp),
                       ("Deltagere", f"{c.name}, {c.mentor} (mentor), {c.contact} (leder), {c.cw} (kommunen)")])]
    blocks.append(("h", "Dagsorden"))
    blocks.append(("ol", ["Hvordan går det?", "Fremmøde", "Mentorstøtten fremover", "Evt."]))
    blocks.append(("h", "Drøftelse"))
    blocks.append(("p", f"Det går godt. {c.F} er glad for opgaverne. {c.contact} oplyste, at virksomheden overvejer "
                        "ordinær ansættelse efter løntilskuddet. Mentorstøtten fortsætter uændret."))
    blocks.append(("p", "Næste møde aftales telefonisk. Referent: " + c.cw))
    return title, blocks


def lk_guide(rng, c, d, v):
    title = rng.choice(["Sådan bliver en medarbejder mentor – information til virksomheder",
                        "Mentor på arbejdspladsen: vejledning til arbejdsgivere"])
    blocks = [("meta", [c.komk + " · Virksomhedsservice"])]
    blocks.append(("p", "Når en borger starter i løntilskud, praktik, fleksjob eller et job med timeløn, kan kommunen "
                        "bevilge mentorstøtte. Mentor kan være en kollega, som virksomheden får frikøbt timer til."))
    blocks.append(("h", "Hvad skal aftalen indeholde?"))
    blocks.append(("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                          "Varigheden – højst 6 måneder ad gangen", "Timetallet pr. uge",
                          "Hvordan der følges op", "Klagevejledning til borgeren"]))
    blocks.append(("h", "Betaling"))
    blocks.append(("p", "Virksomheden får dækket lønnen for mentortimerne. Send regning med timeopgørelse hvert kvartal."))
    blocks.append(("p", "Har du spørgsmål, så ring til Virksomhedsservice på 70 20 30 40."))
    return title, blocks


def lk_order(rng, c, d, v):
    title = "Bestilling af mentorforløb"
    blocks = [("meta", [f"Fra: {c.komk}, {c.cw}", f"Til: {c.firm}"])]
    blocks.append(("p", f"Vi bestiller hermed et mentorforløb til {c.name}, der starter i løntilskud hos {c.emp} "
                        f"{fd(c.start)}. Forløbet svarer til rammeaftalens niveau 2. Leverandøren udpeger mentor og "
                        "sender forslag til aftale inden opstart."))
    blocks.append(("p", "Faktura sendes månedligt med angivelse af afholdte timer."))
    return title, blocks


LOOKALIKES = {"pa-afgoerelse": lk_pa_decision, "pa-ansoegning": lk_pa_form, "sel85-aftale": lk_sel85,
              "stoettekontaktperson": lk_stk, "jobcoach-program": lk_jobcoach, "buddy": lk_buddy,
              "mesterlaere": lk_mester, "trainee-mentor": lk_trainee, "fagforening-mentornetvaerk": lk_union,
              "faktura-frikoeb": lk_invoice, "statusrapport": lk_status, "referat-trepart": lk_minutes,
              "vejledning-virksomhed": lk_guide, "bestilling": lk_order}

FAMILIES = {"trepart": ("agreement", fam_trepart), "firepart": ("agreement", fam_firepart),
            "employer-form": ("agreement", fam_employer_form), "letter-agreement": ("agreement", fam_prose),
            "mail-agreement": ("agreement", fam_mail_agreement),
            "dec-grant": ("decision", fam_dec_grant), "dec-partial": ("decision", fam_dec_partial),
            "dec-refusal": ("decision", fam_dec_refusal), "dec-extension": ("decision", fam_dec_extension),
            "dec-end": ("decision", fam_dec_end), "dec-employer": ("decision", fam_dec_employer),
            "mp-cards": ("minplan", fam_mp_cards), "mp-dense": ("minplan", fam_mp_dense),
            "mp-table": ("minplan", fam_mp_table)}

# ================================================================== the plan (family, format, defects)
PLAN = [
    # --- trepart (9 + 2 scans)
    ("trepart", "docx", ()), ("trepart", "docx", ("mentor_nocontact", "cpr")), ("trepart", "pdf", ("over6",)),
    ("trepart", "odt", ("followup_vague",)), ("trepart", "pdf", ("cpr",)), ("trepart", "html", ("hours_missing",)),
    ("trepart", "rtf", ("appeal_empty", "cpr")), ("trepart", "docx", ("goal_unclear", "cpr")),
    ("trepart", "md", ("tasks_missing", "appeal_missing")),
    ("trepart", "scan", ()), ("trepart", "scan", ("mentor_placeholder",)),
    # --- firepart (6)
    ("firepart", "pdf", ()), ("firepart", "docx", ("cpr",)), ("firepart", "odt", ("mentor_nocontact",)),
    ("firepart", "pdf", ("hours_rate_only",)), ("firepart", "html", ("over6", "appeal_direct")),
    ("firepart", "docx", ("tasks_missing",)),
    # --- employer form (8)
    ("employer-form", "pdf", ("mentor_nocontact",)), ("employer-form", "docx", ()),
    ("employer-form", "pdf", ("cpr", "hours_rate_only")), ("employer-form", "odt", ("duration_missing",)),
    ("employer-form", "docx", ("over6", "cpr")), ("employer-form", "pdf", ("appeal_missing", "cpr")),
    ("employer-form", "rtf", ("goal_missing",)), ("employer-form", "html", ("mentor_nocontact", "followup_missing")),
    # --- letter agreement (7)
    ("letter-agreement", "docx", ()), ("letter-agreement", "txt", ("cpr",)), ("letter-agreement", "md", ("over6",)),
    ("letter-agreement", "html", ("hours_vague",)), ("letter-agreement", "pdf", ("mentor_nocontact",)),
    ("letter-agreement", "odt", ("goal_unclear", "followup_missing")), ("letter-agreement", "docx-bold", ("appeal_other",)),
    # --- mail agreement (4)
    ("mail-agreement", "eml", ()), ("mail-agreement", "eml", ("appeal_missing",)),
    ("mail-agreement", "eml", ("over6",)), ("mail-agreement", "txt", ("hours_missing",)),
    # --- decisions (24)
    ("dec-grant", "pdf", ()), ("dec-grant", "docx", ("cpr",)), ("dec-grant", "html", ()),
    ("dec-grant", "pdf", ("over6",)), ("dec-grant", "odt", ("appeal_missing",)), ("dec-grant", "rtf", ("appeal_empty",)),
    ("dec-partial", "pdf", ("cpr",)), ("dec-partial", "docx", ()), ("dec-partial", "txt", ("appeal_direct",)),
    ("dec-refusal", "pdf", ("cpr",)), ("dec-refusal", "docx", ()), ("dec-refusal", "html", ()),
    ("dec-refusal", "eml-body", ("reasons_missing",)), ("dec-refusal", "pdf", ("appeal_missing",)),
    ("dec-refusal", "odt", ("appeal_other",)),
    ("dec-extension", "docx", ("cpr",)), ("dec-extension", "pdf", ()), ("dec-extension", "md", ("over6",)),
    ("dec-extension", "rtf", ("appeal_empty",)),
    ("dec-end", "pdf", ("cpr",)), ("dec-end", "docx", ()), ("dec-end", "txt", ("appeal_missing",)),
    ("dec-employer", "pdf", ()), ("dec-employer", "docx", ("over6",)),
    # --- Min Plan (15)
    ("mp-cards", "html", ()), ("mp-cards", "html", ("cpr", "hours_missing")), ("mp-cards", "html", ("over6",)),
    ("mp-cards", "pdf", ("mentor_nocontact",)), ("mp-cards", "docx", ()), ("mp-cards", "html", ("goal_unclear",)),
    ("mp-dense", "txt", ()), ("mp-dense", "pdf", ("cpr",)), ("mp-dense", "txt", ("tasks_missing",)),
    ("mp-dense", "md", ("over6",)), ("mp-dense", "rtf", ("duration_missing",)),
    ("mp-table", "pdf", ("cpr",)), ("mp-table", "docx", ("goal_missing",)), ("mp-table", "odt", ("hours_vague",)),
    ("mp-table", "pdf", ("over6", "mentor_nocontact")),
]
LOOK_PLAN = [
    ("pa-afgoerelse", "pdf", ("cpr",)), ("pa-afgoerelse", "docx", ()), ("pa-ansoegning", "pdf", ("cpr",)),
    ("sel85-aftale", "docx", ("cpr",)), ("sel85-aftale", "pdf", ()), ("stoettekontaktperson", "odt", ()),
    ("jobcoach-program", "html", ()), ("jobcoach-program", "pdf", ()), ("buddy", "docx", ()), ("buddy", "html", ()),
    ("mesterlaere", "pdf", ("cpr",)), ("mesterlaere", "rtf", ()), ("trainee-mentor", "html", ()),
    ("trainee-mentor", "docx", ()), ("fagforening-mentornetvaerk", "md", ()), ("fagforening-mentornetvaerk", "pdf", ()),
    ("faktura-frikoeb", "pdf", ()), ("faktura-frikoeb", "docx", ()), ("statusrapport", "docx", ("cpr",)),
    ("statusrapport", "eml-body", ()), ("referat-trepart", "docx", ()), ("referat-trepart", "txt", ()),
    ("vejledning-virksomhed", "html", ()), ("vejledning-virksomhed", "pdf", ()), ("bestilling", "docx", ()),
]


def write_doc(fmt, path, title, blocks, rng, c, subject=None):
    if fmt in ("docx", "docx-bold"):
        R.to_docx(title, blocks, path, heading_mode="bold" if fmt == "docx-bold" else "style")
    elif fmt == "pdf":
        R.to_pdf(title, blocks, path, look=rng.choice(["plain", "plain", "noborder"]))
    elif fmt == "scan":
        R.to_scan_pdf(title, blocks, path)
    elif fmt == "odt":
        R.to_odt(title, blocks, path)
    elif fmt == "rtf":
        R.to_rtf(title, blocks, path)
    elif fmt == "html":
        path.write_text(R.to_html(title, blocks, style=rng.choice(["plain", "dl"])), encoding="utf-8")
    elif fmt == "md":
        path.write_text(R.to_md(title, blocks), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(R.to_txt(title, blocks), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]),
                        errors="replace")
    elif fmt == "eml-body":
        R.to_eml(subject or title, R.to_txt(title, blocks), path, sender=f"{c.cw} <{c.cwmail}>",
                 to=f"{c.name} <borger@example.dk>",
                 when=dt.datetime.combine(c.start, dt.time(10, 12), tzinfo=dt.timezone.utc))
    else:
        raise ValueError(fmt)


EXT = {"docx": "docx", "docx-bold": "docx", "pdf": "pdf", "scan": "pdf", "odt": "odt", "rtf": "rtf",
       "html": "html", "md": "md", "txt": "txt", "eml": "eml", "eml-body": "eml"}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    entries = []
    counters = {}
    for fam, fmt, defects in PLAN:
        d = set(defects)
        kind, fn = FAMILIES[fam]
        v = counters.get(fam, 0)
        counters[fam] = v + 1
        year = 2025 if rng.random() < 0.15 else 2026
        c = make_ctx(rng, year)
        title, blocks, measure, period = fn(rng, c, d, v)
        if "cpr" in d and c.cpr not in repr(blocks):
            blocks = list(blocks)
            blocks.insert(1, ("kv", "CPR-nr.", c.cpr))
        folder = out / {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan"}[kind] / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{fam}-{v + 1:02d}-{slug(c.name)}.{EXT[fmt]}"
        path = folder / name
        if fmt == "eml":
            lines = blocks
            body = "\n".join(lines) + "\n"
            attach = None
            R.to_eml(title, body, path, sender=f"{c.cw} <{c.cwmail}>", to=f"{c.name} <borger@example.dk>",
                     when=dt.datetime.combine(c.start - dt.timedelta(days=3), dt.time(14, 5), tzinfo=dt.timezone.utc),
                     attachment=attach)
        elif fam == "mail-agreement":
            path.write_text(title + "\n\n" + "\n".join(blocks) + "\n", encoding="utf-8")
        else:
            write_doc(fmt, path, title, blocks, rng, c)
        traits = [f"family:{fam}", f"measure:{measure}"] + [f"defect:{x}" for x in sorted(d) if x != "cpr"]
        if fmt == "scan":
            traits.append("scan:image-only-pdf")
        if fmt == "docx-bold":
            traits.append("headings:bold-paragraphs")
        if "cpr" in d:
            traits.append("cpr")
        e = finish(kind, d, path=str(path.relative_to(out)), format=EXT[fmt], subtype=fam, layout=fam,
                   error=None, accept_errors=[],
                   must_not_contain=[c.cpr, c.cpr.replace("-", "")] if "cpr" in d else [],
                   traits=traits + [f"year:{year}"])
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)
    for fam, fmt, defects in LOOK_PLAN:
        d = set(defects)
        v = counters.get(fam, 0)
        counters[fam] = v + 1
        c = make_ctx(rng, 2026)
        title, blocks = LOOKALIKES[fam](rng, c, d, v)
        folder = out / "andet"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{fam}-{v + 1:02d}-{slug(c.name)}.{EXT[fmt]}"
        write_doc(fmt, path, title, blocks, rng, c)
        entries.append(dict(path=str(path.relative_to(out)), format=EXT[fmt], kind="unknown", subtype=fam,
                            layout="lookalike-" + fam, rules=[], extras=[], error=None, accept_errors=[],
                            must_not_contain=[c.cpr, c.cpr.replace("-", "")] if "cpr" in d else [],
                            traits=[f"family:{fam}", "lookalike"] + (["cpr"] if "cpr" in d else [])))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
