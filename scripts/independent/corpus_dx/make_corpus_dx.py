"""Independent corpus dx: mentor support at the workplace (colleague mentors, frikøb).

Written from ../shared/domain.md, the seeds and knowledge of Danish job-centre practice, without
reading the linter or other corpus generators. Deterministic: fixed seed, ``--out DIR``.

Documents: tripartite agreements (borger, virksomhed, jobcenter) where the mentor is a colleague
in løntilskud, virksomhedspraktik, fleksjob or an ordinary job; decisions to the employer on
compensation for the mentor's hours (frikøb) and to the citizen; Min Plan prints; and near misses
(an onboarding buddy scheme, a løntilskud agreement without a mentor, a praktik agreement, a
timesheet for mentor hours, a refusion request, a meeting note).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

SEED = 20261130
RNG = random.Random(SEED)

# ---------------------------------------------------------------- building blocks
FIRST = ["Mikkel", "Sofie", "Ahmad", "Louise", "Kasper", "Fatima", "Jonas", "Mette", "Ali", "Camilla",
         "Rasmus", "Nadia", "Thomas", "Line", "Emil", "Zainab", "Peter", "Hanne", "Omar", "Trine"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard"]
KOMMUNER = ["Viborg", "Holstebro", "Randers", "Næstved", "Slagelse", "Kolding", "Herning", "Svendborg",
            "Hjørring", "Roskilde", "Esbjerg", "Silkeborg"]
FIRMS = [("Bageriet Kornet ApS", "bager", "i bageriet"), ("Jysk Lager & Logistik A/S", "lagermedarbejder", "på lageret"),
         ("Netto, Søndergade", "butiksmedhjælper", "i butikken"), ("Plejecenter Solbakken", "serviceassistent", "på plejecentret"),
         ("Autoværkstedet Bilhuset", "værkstedsmedhjælper", "på værkstedet"), ("Grøn Anlæg I/S", "gartnermedhjælper", "på anlægsholdet"),
         ("Kantinen på Rådhuset", "køkkenmedhjælper", "i køkkenet"), ("Tømrerfirmaet Bjælken", "tømrerarbejdsmand", "på byggepladsen"),
         ("Rengøringsselskabet Blank", "rengøringsassistent", "på holdet"), ("Genbrugspladsen Nord", "pladsmedarbejder", "på pladsen")]
ORDNING = ["løntilskud", "virksomhedspraktik", "fleksjob", "ordinært job"]

ORD_PHRASE = {"løntilskud": "ansat med løntilskud", "virksomhedspraktik": "i virksomhedspraktik",
              "fleksjob": "ansat i fleksjob", "ordinært job": "nyansat på almindelige vilkår"}

POSS = {"løntilskud": "dit løntilskudsjob", "virksomhedspraktik": "din praktik", "fleksjob": "dit fleksjob",
        "ordinært job": "dit nye job"}

POSS_REFL = {"løntilskud": "sit løntilskudsjob", "virksomhedspraktik": "sin praktikplads",
             "fleksjob": "sit fleksjob", "ordinært job": "sit nye job"}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def person():
    return f"{RNG.choice(FIRST)} {RNG.choice(LAST)}"


def phone():
    return f"{RNG.randint(20, 99)} {RNG.randint(10, 99)} {RNG.randint(10, 99)} {RNG.randint(10, 99)}"


def mail(name, domain):
    return name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + domain


def cpr():
    d, m, y = RNG.randint(1, 28), RNG.randint(1, 12), RNG.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{RNG.randint(1000, 9999)}"


def period(months_len, start_month=None):
    """A period in 2026 of months_len calendar months starting the 1st (end = last day)."""
    sm = start_month or RNG.randint(1, 6)
    em = sm + months_len - 1
    ey = 2026
    if em > 12:
        em -= 12
        ey = 2027
    start = (2026, sm, 1)
    end = (ey, em, DAYS_IN[em - 1])
    return start, end


def fmt_long(d):
    return f"{d[2]}. {MONTHS[d[1] - 1]} {d[0]}"


def fmt_num(d):
    return f"{d[2]:02d}.{d[1]:02d}.{d[0]}"


def fmt_slash(d):
    return f"{d[2]}/{d[1]}-{d[0]}"


def period_text(start, end):
    style = RNG.choice(["long", "num", "slash", "fomtom"])
    if style == "long":
        return f"{fmt_long(start)} – {fmt_long(end)}"
    if style == "num":
        return f"{fmt_num(start)} - {fmt_num(end)}"
    if style == "slash":
        return f"{fmt_slash(start)} til {fmt_slash(end)}"
    return f"f.o.m. {fmt_num(start)} t.o.m. {fmt_num(end)}"


# ---------------------------------------------------------------- field texts
def goal_text(ctx, clear=True):
    if not clear:
        return RNG.choice([
            "Støtte til at falde godt til og øget trivsel på arbejdspladsen.",
            "At borgeren kommer tættere på arbejdsmarkedet og får mere selvværd.",
            "Hjælp til at komme videre.",
        ])
    job, firm, ordn = ctx["job"], ctx["firm"], ctx["ordning"]
    return RNG.choice([
        f"{ctx['cfirst']} fastholder {POSS_REFL[ordn]} som {job} hos {firm} og møder stabilt {ctx['weekhours']} timer om ugen ved periodens udløb.",
        f"Målet er, at {ctx['cfirst']} ved periodens slutning kan varetage arbejdet som {job} selvstændigt og er i ordinært job med mindst {ctx['weekhours']} timer om ugen.",
        f"At {ctx['cfirst']} gennemfører forløbet hos {firm} uden fravær ud over sygdom og derefter ansættes som {job}.",
        f"{ctx['cfirst']} bliver fastansat som {job} {ctx['place']} senest ved periodens udløb og kan klare de daglige opgaver uden hjælp.",
    ])


def tasks_list(ctx):
    pool = [
        f"introducere {ctx['cfirst']} til arbejdsopgaverne {ctx['place']} og til kollegerne",
        "gennemgå sikkerhedsregler, værnemidler og nødprocedurer den første uge",
        "aftale tilpasninger af arbejdstid og opgaver, hvis der er behov for det",
        "være den faste person at spørge, når noget er uklart",
        "tage en kort samtale om ugen om, hvordan det går",
        "hjælpe med at planlægge pauser og skåneopgaver (fleksjob)" if ctx["ordning"] == "fleksjob" else "hjælpe med at lære mødetider og vagtplan at kende",
        "give besked til jobcentret, hvis der opstår problemer med fremmøde",
        "oplære i brug af maskiner og udstyr",
    ]
    return RNG.sample(pool, RNG.randint(3, 5))


def hours_text(ctx, kind="ok"):
    h = ctx["mhours"]
    if kind == "vague":
        return RNG.choice(["Efter behov.", "Mentor bruger den tid, der er nødvendig, løbende.", "Et par timer om ugen efter behov."])
    if ctx["per"] == "month":
        return RNG.choice([f"{h * 4} frikøbte timer pr. måned", f"Mentor frikøbes {h * 4} timer om måneden",
                           f"{h * 4} timer/måned (frikøb)"])
    t = "1 time" if h == 1 else f"{h} timer"
    return RNG.choice([f"{t} pr. uge (frikøbt)", f"{t} om ugen", f"{h} t/uge (frikøb af mentor)",
                       f"Mentor frikøbes {t} om ugen", f"{'to' if h == 2 else t.split()[0]} timer ugentligt" if h > 1 else "1 time ugentligt"])


def follow_text(ctx):
    return RNG.choice([
        f"Der holdes opfølgningsmøde mellem {ctx['cfirst']}, mentor og jobkonsulent hver 4. uge. Delmål: fuldt fremmøde fra uge 3 og selvstændig udførelse af morgenopgaverne efter 6 uger.",
        "Statusmøde på arbejdspladsen hver måned og evaluering 14 dage før ophør. Progression måles på fremmøde og på hvor mange opgaver, der løses uden hjælp.",
        "Jobkonsulenten følger op telefonisk hver 14. dag og ved et midtvejsmøde på virksomheden. Mentor giver kort status på fremmøde og trivsel.",
    ])


def appeal_text(to_employer=False):
    who = "virksomheden" if to_employer else "du"
    if to_employer:
        return RNG.choice([
            "Hvis virksomheden ikke er enig i afgørelsen, kan I klage til Jobcentret inden 4 uger fra modtagelsen. Jobcentret genvurderer afgørelsen, og fastholdes den, sendes klagen videre til Ankestyrelsen (LAB § 204).",
            "Klage over afgørelsen sendes til jobcentret senest fire uger efter, at I har modtaget brevet. Fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.",
        ])
    return RNG.choice([
        "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen.",
        "Du kan klage over afgørelsen til Jobcentret inden 4 uger efter, at du har fået den. Klagen kan være mundtlig eller skriftlig. Jobcentret vurderer sagen igen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    ])


def new_ctx():
    kom = RNG.choice(KOMMUNER)
    firm, job, place = RNG.choice(FIRMS)
    ordn = RNG.choice(ORDNING)
    c = person()
    m = person()
    while m.split()[0] == c.split()[0]:
        m = person()
    kp = person()
    sb = person()
    months_len = RNG.choice([3, 4, 5, 6])
    start, end = period(months_len)
    dom = firm.split()[0].lower().replace("&", "").replace("ø", "oe").replace("æ", "ae") + ".dk"
    return dict(kom=kom, firm=firm, job=job, place=place, ordning=ordn, citizen=c, cfirst=c.split()[0],
                mentor=m, mphone=phone(), mmail=mail(m, dom), kp=kp, kpphone=phone(), sb=sb, sbphone=phone(),
                sbmail=mail(sb, kom.lower() + ".dk"), start=start, end=end, months=months_len,
                weekhours=RNG.choice([15, 20, 25, 30, 37]), mhours=RNG.choice([1, 2, 3, 4, 5]),
                per=RNG.choice(["week", "week", "month"]), cpr=None, rate=RNG.choice([189, 210, 235, 250]))


# ---------------------------------------------------------------- documents as blocks
# block kinds: ("title", t) ("h", t) ("p", t) ("kv", [(label, value)]) ("ul", [items]) ("sig", [names])

def agreement(ctx, defect=None, style=None):
    """Tripartite agreement. defect: None or one of the rule names (or 'mentor-only-hr')."""
    style = style or RNG.choice(["table", "headings", "numbered", "letter"])
    ct = ctx
    period_s = period_text(ct["start"], ct["end"])
    if defect == "duration-over-6-months":
        s, e = period(RNG.choice([8, 9, 12]), start_month=ct["start"][1])
        period_s = period_text(s, e)
    mentor_s = f"{ct['mentor']}, {ct['job']} hos {ct['firm']}, tlf. {ct['mphone']}, {ct['mmail']}"
    if defect in ("missing-mentor",):
        mentor_s = f"{ct['mentor']} (kollega {ct['place']})"
    goal = goal_text(ct, clear=defect != "unclear-goal")
    tasks = tasks_list(ct)
    hours = hours_text(ct, "vague" if defect == "missing-hours-vague" else "ok")
    follow = follow_text(ct)
    appeal = appeal_text()
    blocks = [("title", RNG.choice(["Mentoraftale – mentor på arbejdspladsen",
                                    "Aftale om mentorstøtte (LAB § 167) – virksomhedsmentor",
                                    "Trepartsaftale om mentorstøtte",
                                    "Aftale om mentorstøtte i forbindelse med " + ct["ordning"]]))]
    parties = [("Borger", ct["citizen"] + (f", CPR-nr. {ct['cpr']}" if ct["cpr"] else "")),
               ("Virksomhed", ct["firm"]),
               ("Kontaktperson i virksomheden", f"{ct['kp']}, afdelingsleder, tlf. {ct['kpphone']}"),
               ("Jobcenter", f"Jobcenter {ct['kom']}, jobkonsulent {ct['sb']}, tlf. {ct['sbphone']}")]
    fields = [("Mål", goal), ("Mentor", mentor_s), ("Mentors opgaver", tasks), ("Periode", period_s),
              ("Timer", hours), ("Opfølgning", follow), ("Klagevejledning", appeal)]
    drop = {"missing-goal": "Mål", "missing-tasks": "Mentors opgaver", "missing-duration": "Periode",
            "missing-hours": "Timer", "missing-follow-up": "Opfølgning",
            "missing-appeal-guidance": "Klagevejledning"}.get(defect)
    empty = None
    if defect in ("missing-tasks", "missing-hours", "missing-duration") and RNG.random() < 0.4:
        empty, drop = drop, None
    out_fields = []
    for lab, val in fields:
        if lab == drop:
            continue
        if lab == empty:
            val = RNG.choice(["Udfyldes senere", "-", ""])
        out_fields.append((lab, val))
    if defect == "missing-hours-vague":
        pass
    intro = (f"Aftalen er indgået mellem {ct['citizen']}, {ct['firm']} og Jobcenter {ct['kom']}. "
             f"{ct['cfirst']} er {ORD_PHRASE[ct['ordning']]} som {ct['job']}. Mentoren er en kollega, som "
             f"frikøbes til mentorfunktionen, og virksomheden får kompensation for mentorens løn i de aftalte timer.")
    label_variants = {
        "Mål": RNG.choice(["Mål med mentorstøtten", "Formål", "Målet med forløbet", "Borgerens mål"]),
        "Mentor": RNG.choice(["Mentor (kollega)", "Mentorens navn og kontaktdata", "Virksomhedsmentor", "Mentor"]),
        "Mentors opgaver": RNG.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Mentorens opgaver (introduktion, sikkerhed, tilpasning)", "Indsatsområder"]),
        "Periode": RNG.choice(["Periode", "Aftalens varighed", "Mentorstøtten gælder", "Varighed"]),
        "Timer": RNG.choice(["Timetal", "Antal frikøbte timer", "Mentortimer", "Omfang"]),
        "Opfølgning": RNG.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
        "Klagevejledning": RNG.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]),
    }

    def v(val):
        return "\n".join("• " + t[0].upper() + t[1:] for t in val) if isinstance(val, list) else val

    if style == "table":
        blocks.append(("kv", parties))
        blocks.append(("p", intro))
        blocks.append(("kv", [(label_variants[lab], v(val)) for lab, val in out_fields]))
    elif style == "headings":
        blocks.append(("kv", parties))
        blocks.append(("p", intro))
        for lab, val in out_fields:
            blocks.append(("h", label_variants[lab]))
            if isinstance(val, list):
                blocks.append(("ul", [t[0].upper() + t[1:] for t in val]))
            elif val:
                blocks.append(("p", val))
    elif style == "numbered":
        blocks.append(("kv", parties))
        for i, (lab, val) in enumerate(out_fields, 1):
            if isinstance(val, list):
                blocks.append(("p", f"{i}. {label_variants[lab]}:"))
                blocks.append(("ul", [t[0].upper() + t[1:] for t in val]))
            else:
                blocks.append(("p", f"{i}. {label_variants[lab]}: {val}"))
    else:  # letter-like prose
        blocks.append(("p", f"Kære {ct['cfirst']}"))
        blocks.append(("p", f"Her får du det, vi blev enige om på mødet hos {ct['firm']}, skrevet ned. " + intro))
        d = dict(out_fields)
        if "Mål" in d:
            blocks.append(("p", "Vi har aftalt følgende mål for forløbet: " + d["Mål"]))
        if "Mentor" in d:
            if defect == "missing-mentor":
                blocks.append(("p", f"Din mentor er {ct['mentor']}, som du kender fra arbejdet."))
            else:
                blocks.append(("p", f"Din mentor er din kollega {ct['mentor']}. Du kan fange {ct['mentor'].split()[0]} på tlf. {ct['mphone']}."))
        if "Mentors opgaver" in d:
            if isinstance(d["Mentors opgaver"], list):
                blocks.append(("p", f"{ct['mentor'].split()[0]} skal hjælpe dig med:"))
                blocks.append(("ul", [(t[0].upper() + t[1:]).replace(ct["cfirst"], "dig") for t in d["Mentors opgaver"]]))
        if "Periode" in d and d["Periode"] not in ("", "-", "Udfyldes senere"):
            blocks.append(("p", f"Mentorstøtten gælder i perioden {d['Periode']}."))
        if "Timer" in d and d["Timer"] not in ("", "-", "Udfyldes senere"):
            blocks.append(("p", f"Omfang: {d['Timer']}. Timerne bruges sammen med dig og ikke til mentors almindelige arbejde."))
        if "Opfølgning" in d:
            blocks.append(("p", d["Opfølgning"]))
        if "Klagevejledning" in d:
            blocks.append(("h", "Klagevejledning"))
            blocks.append(("p", d["Klagevejledning"]))
    blocks.append(("p", "Ved sygdom eller fravær hos mentor aftaler virksomheden en stedfortræder og giver jobcentret besked."))
    blocks.append(("sig", [ct["citizen"], ct["kp"] + " (for virksomheden)", ct["sb"] + " (Jobcenter " + ct["kom"] + ")"]))
    rules = []
    if defect == "missing-hours-vague":
        rules = ["missing-hours"]
    elif defect:
        rules = [defect]
    return blocks, rules, style


def decision_employer(ctx, defect=None):
    ct = ctx
    s, e = ct["start"], ct["end"]
    if defect == "duration-over-6-months":
        s, e = period(RNG.choice([8, 10, 12]), start_month=s[1])
    h = ct["mhours"]
    blocks = [("title", RNG.choice(["Afgørelse om tilskud til mentor (frikøb af medarbejder)",
                                    "Bevilling af mentorstøtte – kompensation til virksomheden",
                                    "Afgørelse: Frikøb af mentor"]))]
    blocks.append(("kv", [("Til", ct["firm"]), ("Att.", ct["kp"]), ("Vedr. medarbejder", ct["citizen"] + (f" (CPR {ct['cpr']})" if ct["cpr"] else "")),
                          ("Sagsbehandler", f"{ct['sb']}, tlf. {ct['sbphone']}, {ct['sbmail']}")]))
    blocks.append(("p", f"Jobcenter {ct['kom']} har bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 til {ct['citizen']}, "
                        f"som er i {ct['ordning']} hos jer. Mentoren er jeres medarbejder {ct['mentor']}, som frikøbes til opgaven."))
    blocks.append(("h", "Afgørelse"))
    blocks.append(("p", f"Vi yder tilskud til frikøb af {ct['mentor']} i {h} {'time' if h == 1 else 'timer'} pr. uge i perioden {period_text(s, e)}. "
                        f"Tilskuddet udgør {ct['rate']} kr. pr. time, dog højst mentorens faktiske lønudgift."))
    blocks.append(("h", "Begrundelse"))
    blocks.append(("p", f"Vi har lagt vægt på, at {ct['cfirst']} har brug for fast støtte til introduktion, sikkerhed og tilpasning af opgaverne for at kunne fastholde "
                        f"{POSS_REFL[ct['ordning']]}, og at støtten går ud over, hvad virksomheden normalt giver nye medarbejdere. Afgørelsen er truffet efter LAB §§ 167-168."))
    blocks.append(("h", "Betingelser"))
    blocks.append(("ul", ["Mentortimerne skal bruges i direkte kontakt med borgeren; forberedelse medregnes ikke.",
                          "Mentoren må ikke udføre sine normale arbejdsopgaver i mentortimerne.",
                          "Refusion søges månedsvis bagud på blanketten 'Anmodning om udbetaling af mentortilskud' med timeseddel.",
                          "Ophører ansættelsen, skal I straks give jobcentret besked."]))
    if defect != "missing-appeal-guidance":
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", appeal_text(to_employer=True)))
    blocks.append(("p", f"Med venlig hilsen\n{ct['sb']}\nJobcenter {ct['kom']}"))
    return blocks, ([defect] if defect else [])


def decision_citizen(ctx, defect=None, with_bilag=False, bilag_defect=None):
    ct = ctx
    s, e = ct["start"], ct["end"]
    if defect == "duration-over-6-months":
        s, e = period(RNG.choice([8, 9, 12]), start_month=s[1])
    blocks = [("title", RNG.choice(["Afgørelse om mentorstøtte", "Du får bevilget mentorstøtte", "Bevilling af mentor på arbejdspladsen"]))]
    blocks.append(("p", f"Jobcenter {ct['kom']}, {fmt_long((2026, max(1, ct['start'][1] - 1), 20))}"))
    blocks.append(("p", f"Kære {ct['citizen']}" + (f"\nCPR-nr.: {ct['cpr']}" if ct["cpr"] else "")))
    blocks.append(("p", f"Du får mentorstøtte efter LAB § 167 i perioden {period_text(s, e)}. Din mentor bliver din kollega {ct['mentor']} hos {ct['firm']}, "
                        f"med {ct['mhours']} {'time' if ct['mhours'] == 1 else 'timer'} om ugen, mens du er {ORD_PHRASE[ct['ordning']]}."))
    blocks.append(("h", "Begrundelse"))
    blocks.append(("p", f"Vi har vurderet, at du har brug for støtte til at lære arbejdet og arbejdspladsen at kende, for at du kan fastholde {POSS[ct['ordning']]}. "
                        "Du har selv fortalt, at det har været svært at starte nye steder før."))
    if defect != "missing-appeal-guidance":
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", appeal_text()))
    else:
        blocks.append(("p", "Har du spørgsmål, er du velkommen til at ringe til mig."))
    blocks.append(("p", f"Venlig hilsen\n{ct['sb']}, jobkonsulent\nTlf. {ct['sbphone']}"))
    rules = [defect] if defect else []
    if with_bilag:
        blocks.append(("h", "Bilag 1: Aftale om mentorstøtte"))
        ab, ar, _ = agreement(ct, bilag_defect, style=RNG.choice(["table", "numbered"]))
        blocks.extend(b for b in ab[1:] if b[0] != "sig")
        rules = sorted(set(rules) | set(ar))
    return blocks, rules


def minplan(ctx, defect=None):
    ct = ctx
    s, e = ct["start"], ct["end"]
    if defect == "duration-over-6-months":
        s, e = period(RNG.choice([9, 12]), start_month=s[1])
    rows = [("Indsats", "Mentorstøtte (LAB § 167) – virksomhedsmentor"),
            ("Formål", goal_text(ct, clear=defect != "unclear-goal")),
            ("Mentor", f"{ct['mentor']}, {ct['firm']}, tlf. {ct['mphone']}"),
            ("Mentors opgaver", "; ".join(tasks_list(ct))),
            ("Periode", f"{fmt_num(s)} - {fmt_num(e)}"),
            ("Timetal", hours_text(ct))]
    drop = {"missing-goal": "Formål", "missing-mentor": "Mentor", "missing-tasks": "Mentors opgaver",
            "missing-hours": "Timetal"}.get(defect)
    rows = [r for r in rows if r[0] != drop]
    blocks = [("title", "Min Plan – " + ct["citizen"]), ("p", f"Udskrevet fra Jobnet {fmt_num((2026, ct['start'][1], 3))}"),
              ("h", "Aktivitet: Mentorstøtte"), ("kv", rows),
              ("h", f"Aktivitet: {ct['ordning'].capitalize()}"),
              ("kv", [("Sted", ct["firm"]), ("Kontaktperson", f"{ct['kp']}, tlf. {ct['kpphone']}"),
                      ("Start", fmt_num(ct["start"]))])]
    return blocks, ([defect] if defect else [])


# ---------------------------------------------------------------- near misses (unknown)
def buddy_scheme(ctx):
    ct = ctx
    return [("title", f"Buddy-ordning for nye medarbejdere – {ct['firm']}"),
            ("p", "Alle nye medarbejdere får en buddy: en erfaren kollega, der hjælper de første uger. Ordningen er virksomhedens egen og har intet med jobcentret at gøre."),
            ("h", "Buddyens opgaver"),
            ("ul", ["Vise rundt og præsentere for kolleger", "Gennemgå sikkerhedsregler og værnemidler", "Spise frokost sammen den første uge", "Svare på spørgsmål om vagtplan og løn"]),
            ("h", "Tid"), ("p", "Buddyen må bruge op til 2 timer om ugen de første 4 uger. Timerne registreres som intern oplæring."),
            ("h", "Kontakt"), ("p", f"HR: {ct['kp']}, tlf. {ct['kpphone']}")], "buddy-ordning"


def lontilskud_no_mentor(ctx):
    ct = ctx
    s, e = ct["start"], ct["end"]
    return [("title", "Aftale om ansættelse med løntilskud"),
            ("kv", [("Arbejdsgiver", ct["firm"]), ("Medarbejder", ct["citizen"] + (f", CPR {ct['cpr']}" if ct["cpr"] else "")),
                    ("Stilling", ct["job"]), ("Ansættelsesperiode", period_text(s, e)),
                    ("Ugentlig arbejdstid", f"{ct['weekhours']} timer"), ("Løntilskud pr. time", "kr. 84,65"),
                    ("Kontaktperson hos arbejdsgiver", f"{ct['kp']}, tlf. {ct['kpphone']}"),
                    ("Jobcenter", f"Jobcenter {ct['kom']}, {ct['sb']}, tlf. {ct['sbphone']}")]),
            ("h", "Formål med ansættelsen"),
            ("p", f"At {ct['cfirst']} får opkvalificeret sine faglige kompetencer som {ct['job']} med henblik på ordinær ansættelse."),
            ("h", "Merbeskæftigelse"),
            ("p", "Arbejdsgiveren erklærer, at ansættelsen giver en nettoudvidelse af antallet af ansatte, og at der ikke er afskedigelser i forbindelse med ansættelsen."),
            ("sig", [ct["kp"], ct["citizen"], ct["sb"]])], "loentilskudsaftale"


def praktik_agreement(ctx):
    ct = ctx
    s, e = period(RNG.choice([1, 2, 3]), start_month=ct["start"][1])
    return [("title", "Aftale om virksomhedspraktik (LAB kap. 11)"),
            ("kv", [("Praktikvirksomhed", ct["firm"]), ("Praktikant", ct["citizen"]),
                    ("Periode", period_text(s, e)), ("Timer pr. uge", str(ct["weekhours"])),
                    ("Arbejdsopgaver", f"Almindelige opgaver {ct['place']} som {ct['job']}"),
                    ("Kontaktperson på praktikstedet", f"{ct['kp']}, tlf. {ct['kpphone']}"),
                    ("Jobkonsulent", f"{ct['sb']}, tlf. {ct['sbphone']}")]),
            ("h", "Formål med praktikken"),
            ("p", f"Afklaring af om {ct['cfirst']} kan arbejde som {ct['job']}, og optræning af arbejdsrytme."),
            ("p", "Praktikanten er ikke ansat og modtager sin ydelse under praktikken. Virksomheden er forsikret via kommunens arbejdsskadeforsikring."),
            ("sig", [ct["citizen"], ct["kp"], ct["sb"]])], "praktikaftale"


def timesheet(ctx):
    ct = ctx
    rows = [("Dato", "Timer med borger — Aktivitet")]
    m = ct["start"][1]
    for d in (3, 10, 17, 24):
        rows.append((f"{d:02d}.{m:02d}.2026", f"{ct['mhours']} t — " + RNG.choice(["oplæring i opvask", "gennemgang af sikkerhed", "samtale om fremmøde", "tilpasning af vagtplan"])))
    return [("title", f"Timeseddel for mentortimer – {MONTHS[m - 1]} 2026"),
            ("kv", [("Virksomhed", ct["firm"]), ("Mentor", ct["mentor"]), ("Borger", ct["citizen"]),
                    ("Bevillingsperiode", period_text(ct["start"], ct["end"]))]),
            ("kv", rows),
            ("p", f"I alt: {ct['mhours'] * 4} timer. Jeg bekræfter, at timerne er brugt i direkte kontakt med borgeren."),
            ("sig", [ct["mentor"], ct["kp"]])], "timeseddel"


def refusion_request(ctx):
    ct = ctx
    tot = ct["mhours"] * 4
    return [("title", "Anmodning om udbetaling af tilskud til mentor"),
            ("p", f"Til Jobcenter {ct['kom']}, Ydelseskontoret"),
            ("kv", [("Virksomhed / CVR", f"{ct['firm']} / {RNG.randint(10000000, 99999999)}"),
                    ("Medarbejder med mentor", ct["citizen"]), ("Mentor", ct["mentor"]),
                    ("Periode der søges for", f"{MONTHS[ct['start'][1] - 1]} 2026"),
                    ("Antal mentortimer", f"{tot}"), ("Timesats", f"{ct['rate']} kr."),
                    ("Beløb i alt", f"{tot * ct['rate']:,} kr.".replace(",", ".")),
                    ("NemKonto", "Beløbet udbetales til virksomhedens NemKonto")]),
            ("p", "Timeseddel er vedlagt. Vi erklærer på tro og love, at oplysningerne er korrekte."),
            ("sig", [ct["kp"]])], "refusionsanmodning"


def meeting_note(ctx):
    ct = ctx
    return [("title", "Referat af opfølgningsmøde"),
            ("p", f"Deltagere: {ct['citizen']}, {ct['mentor']} (mentor), {ct['kp']} (leder), {ct['sb']} (Jobcenter {ct['kom']})"),
            ("p", f"{ct['cfirst']} har haft fuldt fremmøde de sidste tre uger. {ct['mentor'].split()[0]} fortæller, at {ct['cfirst']} nu selv klarer åbningsopgaverne."),
            ("p", "Vi aftalte at fortsætte som hidtil. Næste møde om en måned."),
            ("p", f"Referent: {ct['sb']}")], "referat"


def status_report(ctx):
    ct = ctx
    return [("title", "Statusrapport fra virksomhedsmentor"),
            ("kv", [("Borger", ct["citizen"]), ("Mentor", f"{ct['mentor']}, tlf. {ct['mphone']}"), ("Virksomhed", ct["firm"])]),
            ("h", "Hvordan går det?"),
            ("p", f"{ct['cfirst']} er faldet godt til. Vi har brugt timerne på oplæring og sikkerhed. Der har været to sygedage."),
            ("h", "Anbefaling"),
            ("p", "Jeg anbefaler, at mentorstøtten fortsætter i den bevilgede periode.")], "statusrapport"


# ---------------------------------------------------------------- renderers
def render_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper() if RNG.random() < 0.4 else val, "=" * len(val), ""]
        elif kind == "h":
            out += [val, ""] if RNG.random() < 0.5 else [val + ":", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "kv":
            w = max(len(k) for k, _ in val) + 2
            for k, v in val:
                lines = str(v).split("\n")
                out.append(f"{(k + ':').ljust(w)}{lines[0]}")
                out += [" " * w + ln for ln in lines[1:]]
            out.append("")
        elif kind == "ul":
            out += ["- " + x for x in val] + [""]
        elif kind == "sig":
            out += ["", "Underskrifter:", *[f"_____________________  {n}" for n in val], ""]
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks):
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Dokument</title></head><body>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "p":
            out.append("<p>" + "<br>".join(esc(x) for x in val.split("\n")) + "</p>")
        elif kind == "kv":
            out.append("<table border='1'>" + "".join(
                f"<tr><th>{esc(k)}</th><td>{'<br>'.join(esc(x) for x in str(v).split(chr(10)))}</td></tr>" for k, v in val) + "</table>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in val) + "</ul>")
        elif kind == "sig":
            out.append("<p>Underskrifter:</p><ul>" + "".join(f"<li>{esc(n)}</li>" for n in val) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def render_docx(blocks, path):
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                r = t.add_row().cells
                r[0].text = k
                r[1].text = str(v)
            d.add_paragraph("")
        elif kind == "ul":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "sig":
            d.add_paragraph("Underskrifter:")
            for n in val:
                d.add_paragraph("______________________  " + n)
    d.save(path)


def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", cand))
            font = "DejaVu"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = font
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(esc(val), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(esc(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph("<br/>".join(esc(x) for x in val.split("\n")), ss["BodyText"]))
        elif kind == "kv":
            data = [[Paragraph(esc(k), ss["BodyText"]), Paragraph("<br/>".join(esc(x) for x in str(v).split("\n")), ss["BodyText"])] for k, v in val]
            t = Table(data, colWidths=[140, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif kind == "ul":
            story.append(ListFlowable([ListItem(Paragraph(esc(x), ss["BodyText"])) for x in val], bulletType="bullet"))
        elif kind == "sig":
            story.append(Spacer(1, 20))
            for n in val:
                story.append(Paragraph("______________________  " + esc(n), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def render_email(blocks, ctx):
    body = render_txt(blocks)
    return (f"Fra: {ctx['sb']} <{ctx['sbmail']}>\nTil: {mail(ctx['kp'], 'virksomhed.dk')}\nDato: {fmt_long((2026, ctx['start'][1], 2))}\n"
            f"Emne: {blocks[0][1]}\n\nHej {ctx['kp'].split()[0]}\n\nHermed som aftalt:\n\n{body}\n\n"
            f"Venlig hilsen\n{ctx['sb']}\nJobkonsulent, Jobcenter {ctx['kom']}\nDirekte tlf. {ctx['sbphone']}\n")


FORMATS = ["txt", "docx", "html", "pdf"]


def write(root, rel, blocks, fmt, ctx):
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        p.write_text(render_txt(blocks), encoding="utf-8")
    elif fmt == "eml":
        p.write_text(render_email(blocks, ctx), encoding="utf-8")
    elif fmt == "html":
        p.write_text(render_html(blocks), encoding="utf-8")
    elif fmt == "docx":
        render_docx(blocks, p)
    elif fmt == "pdf":
        render_pdf(blocks, p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    root = Path(a.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    entries = []
    n = 0

    def add(kind, subtype, layout, blocks, rules, fmt, ctx, traits, extras=()):
        nonlocal n
        n += 1
        ext = {"eml": "txt"}.get(fmt, fmt)
        rel = f"jobcenter-{ctx['kom'].lower()}/{n:03d}-{subtype}.{ext}"
        write(root, rel, blocks, fmt, ctx)
        mnc = [ctx["cpr"], ctx["cpr"].replace("-", "")] if ctx["cpr"] else []
        t = list(traits) + (["cpr"] if ctx["cpr"] else []) + [f"ordning:{ctx['ordning']}"]
        entries.append(dict(path=rel, kind=kind, format=ext, layout=layout, subtype=subtype,
                            rules=sorted(rules), extras=list(extras), error=None, accept_errors=[],
                            must_not_contain=mnc, traits=t))

    def fresh():
        c = new_ctx()
        if RNG.random() < 0.25:
            c["cpr"] = cpr()
        return c

    ag_defects = [None] * 22 + ["missing-goal", "missing-mentor", "missing-mentor", "missing-tasks", "missing-tasks",
                                "missing-duration", "missing-duration", "missing-follow-up", "missing-follow-up",
                                "missing-hours", "missing-hours", "missing-hours-vague", "missing-hours-vague",
                                "missing-appeal-guidance", "missing-appeal-guidance", "duration-over-6-months",
                                "duration-over-6-months", "unclear-goal", "unclear-goal", "missing-goal"]
    for d in ag_defects:
        c = fresh()
        blocks, rules, style = agreement(c, d)
        fmt = RNG.choice(FORMATS + ["eml"]) if style != "letter" else RNG.choice(["txt", "docx", "pdf"])
        add("agreement", "trepartsaftale", "email" if fmt == "eml" else style, blocks, rules, fmt, c,
            ["colleague-mentor"] + ([f"defect:{d}"] if d else []))
    for d in [None] * 7 + ["missing-appeal-guidance"] * 3 + ["duration-over-6-months"] * 2:
        c = fresh()
        blocks, rules = decision_employer(c, d)
        add("decision", "afgoerelse-frikoeb-virksomhed", "letter", blocks, rules, RNG.choice(FORMATS), c, ["to-employer"])
    for d in [None] * 6 + ["missing-appeal-guidance"] * 2 + ["duration-over-6-months"] * 2:
        c = fresh()
        blocks, rules = decision_citizen(c, d)
        add("decision", "afgoerelse-borger", "letter", blocks, rules, RNG.choice(FORMATS), c, ["to-citizen"])
    for d in [None, None, "missing-tasks", "missing-follow-up"]:
        c = fresh()
        blocks, rules = decision_citizen(c, None, with_bilag=True, bilag_defect=d)
        add("decision", "afgoerelse-med-bilag", "letter+bilag", blocks, rules, RNG.choice(["docx", "pdf"]), c,
            ["bilag-agreement"] + ([f"defect:{d}"] if d else []))
    for d in [None] * 5 + ["missing-hours", "missing-mentor", "unclear-goal"]:
        c = fresh()
        blocks, rules = minplan(c, d)
        add("minplan", "minplan-virksomhedsmentor", "table", blocks, rules, RNG.choice(["pdf", "html", "txt"]), c, ["minplan"])
    near = [buddy_scheme, lontilskud_no_mentor, praktik_agreement, timesheet, refusion_request, meeting_note, status_report]
    for i in range(24):
        c = fresh()
        fn = near[i % len(near)]
        blocks, sub = fn(c)
        add("unknown", sub, "mixed", blocks, [], RNG.choice(FORMATS), c, ["near-miss"])
    from_manifest = root / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    from_manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {root}")


if __name__ == "__main__":
    main()
