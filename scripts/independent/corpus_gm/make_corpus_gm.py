#!/usr/bin/env python
"""Corpus GM: mentor-support paperwork as it comes out of a jobcentre's case work.

Journal notes, decision letters with the agreement or the appeal guidance as a bilag, case-system
prints with header/footer boilerplate and field grids, two-column PDFs, Word files with text boxes,
plain-language letters with question headings, and unknown-kind paperwork from the same world.

Run:  /work/main/.venv/bin/python make_corpus_gm.py --out /work/corpora/gm [--seed 1616]
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
import render_gm as R  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQ = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mads", "Sara", "Ahmad", "Julie", "Kasper", "Fatima", "Jonas", "Louise", "Emil", "Nadia",
         "Mikkel", "Camilla", "Oliver", "Amalie", "Tobias", "Sofie", "Ali", "Rikke", "Patrick", "Ida",
         "Yasmin", "Benjamin", "Signe", "Hassan", "Malthe", "Cecilie", "Rasmus", "Line", "Dennis", "Helle"]
LAST = ["Kjær", "Nielsen", "Rahimi", "Skov", "Lind", "Ali", "Brink", "Dam", "Thorsen", "Hansen", "Bach",
        "Friis", "Krogh", "Vestergaard", "Munk", "Lauridsen", "Yilmaz", "Juhl", "Sørensen", "Mølgaard",
        "Andersen", "Østergaard", "Bjerre", "Kristoffersen"]
MENTORS = [("Lise Holm", "Mentorhuset ApS", "51 22 33 44", "lh@mentorhuset.dk"),
           ("Bo Rasmussen", "Ungeindsatsen, Fjordby Kommune", "72 36 41 09", "bora@fjordby.dk"),
           ("Mette Aagaard", "Brobyg Mentor & Coaching", "28 90 11 57", "mette@brobyg-mentor.dk"),
           ("Kim Dalsgaard", "Jobværkstedet Åmark", "40 17 62 38", "kd@jobvaerkstedet.dk"),
           ("Henriette Boye", "Kompasset", "31 45 78 02", "hb@kompasset.nu"),
           ("Anders Winther", "Virksomhedsservice, Klintholm Kommune", "96 62 18 40", "anwi@klintholm.dk"),
           ("Zainab Karimi", "Mentorhuset ApS", "51 22 33 47", "zk@mentorhuset.dk"),
           ("Peter Lykke", "Sandvad Erhvervsmentor", "22 61 73 15", "pl@sandvad-mentor.dk")]
KOMMUNER = [("Fjordby", "Havnegade 12, 4990 Fjordby", "70 11 22 33", "jobcenter@fjordby.dk"),
            ("Åmark", "Rådhustorvet 1, 7760 Åmark", "99 40 40 40", "jobcenter@aamark.dk"),
            ("Klintholm", "Stationsvej 4, 4780 Klintholm", "55 36 00 00", "beskaeftigelse@klintholm.dk"),
            ("Bøgely", "Torvet 8, 8620 Bøgely", "87 70 10 10", "jobcenter@boegely.dk"),
            ("Sandvad", "Kirkevej 20, 6870 Sandvad", "75 22 80 00", "kommunen@sandvad.dk")]
CASEWORKERS = [("Marianne Krogh Jensen", "MKJ"), ("Lars Post", "LP"), ("Anja Birk", "ANB"),
               ("Søren Helt", "SH"), ("Nanna Qvist", "NQ"), ("Thomas Egede", "TE"), ("Pia Lund", "PL")]
SYSTEMS = [("FAGSYS Beskæftigelse 8.3", "Udskrevet af"), ("Ventus Sag", "Printet af"),
           ("BorgerFlow Jobcenter", "Bruger")]
COMPANIES = ["Netto i Fjordby", "Bilka Åmark", "Dansk Lager & Logistik", "Plantorama", "Føtex Bøgely",
             "Jysk Centrallager", "Klintholm Autoværksted", "Café Havnen", "Sandvad Maskinstation",
             "Plejecenter Solgården"]
SCHOOLS = ["FGU Fjordby", "Tradium", "SOSU Syd", "Erhvervsskolen Åmark", "VUC Klintholm",
           "Professionshøjskolen Absalon", "Social- og Sundhedsskolen Bøgely"]


class Ctx:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)


# ------------------------------------------------------------------ dates
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fdate(d, style):
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


DSTYLES = ["words", "dots", "short", "slash", "slash2", "iso", "abbr", "dash", "den"]


def frange(a, b, c):
    st = c.pick(DSTYLES)
    if st == "den":
        st = "words"
    A, B = fdate(a, st), fdate(b, st)
    form = c.pick(["{a} – {b}", "{a} - {b}", "{a} til {b}", "fra {a} til {b}",
                   "f.o.m. {a} t.o.m. {b}", "fra og med {a} til og med {b}", "{a}-{b}"])
    if st in ("dash", "iso") and form == "{a}-{b}":
        form = "{a} – {b}"
    return form.format(a=A, b=B)


def period(c, over=False, exact=False, offby1=False, months=None):
    start = dt.date(2026, c.r.randint(1, 9), c.pick([1, 1, 1, 15, 4, 10, 16, 20]))
    if offby1:
        return start, add_months(start, 6)
    if exact:
        n = 6
    elif over:
        n = months or c.pick([7, 8, 9, 12])
    else:
        n = months or c.pick([3, 4, 5, 6, 6])
    return start, add_months(start, n) - dt.timedelta(days=1)


def cpr(c):
    d = dt.date(c.r.randint(1970, 2006), c.r.randint(1, 12), c.r.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{c.r.randint(1000, 9999)}"


def sagsnr(c):
    return f"{c.pick(['15.20.00', '15.22.06', '27.12.04'])}-{c.pick(['A00', 'K09', 'G01'])}-{c.r.randint(10, 999)}-26"


# ------------------------------------------------------------------ content pools
def goal_clear(c, fn):
    return c.pick([
        f"{fn} starter på grundforløb 1 på {c.pick(SCHOOLS)} i august 2026 og møder op mindst fire ud af fem dage de første otte uger.",
        f"{fn} er i virksomhedspraktik 15 timer om ugen hos {c.pick(COMPANIES)} senest 1. juni 2026, med henblik på løntilskud.",
        f"At {fn} fastholder sit fleksjob på 12 timer om ugen hos {c.pick(COMPANIES)} og har højst to fraværsdage pr. måned.",
        f"{fn} gennemfører 1. semester på {c.pick(['pædagoguddannelsen', 'sygeplejerskeuddannelsen', 'datamatikeruddannelsen'])} og er tilmeldt eksamen i januar 2027.",
        f"{fn} har ordinære timer som lagermedarbejder hos {c.pick(COMPANIES)}, mindst 20 timer om ugen, inden periodens udløb.",
        f"{fn} gennemfører FGU-forløbet på {c.pick(SCHOOLS)} med et fremmøde på mindst 80 % og har en aftale om elevplads inden 1. december 2026.",
        f"Hovedformål: {fn} kommer i løntilskud som pedelmedhjælper hos {c.pick(COMPANIES)} med 25 timer om ugen. Delmål: møder til tiden alle praktikdage i de første fire uger.",
    ])


def goal_unclear(c, fn):
    return c.pick([
        "Støtte til at komme videre og øget trivsel.",
        f"{fn} skal have mere struktur på hverdagen og et bedre selvværd.",
        "Sikre at borger kommer tættere på arbejdsmarkedet.",
        "Motivere borgeren og hjælpe med det praktiske.",
        f"Hjælp til {fn} med at få styr på økonomi, bolig og døgnrytme.",
        "At borgeren får det bedre og bliver mere stabil.",
    ])


def tasks(c, fn):
    pool = [f"følge {fn} til praktikstedet de første to uger", "tage en ugentlig samtale om fremmøde og transport",
            "hjælpe med at lave en ugeplan og holde den", "deltage i møder med skolens studievejleder",
            "træne busturen til arbejdspladsen", "være bindeled til kontaktpersonen på arbejdspladsen",
            "hjælpe med post i e-Boks og breve fra kommunen", "forberede jobsamtaler sammen med " + fn,
            "ringe om morgenen de dage, hvor der er skole", "støtte i kontakten til egen læge og psykiatrien"]
    return c.r.sample(pool, c.r.randint(2, 4))


def hours(c):
    return c.pick(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                   "1,5 time om ugen", "fem timer om ugen", "2 timer pr. uge", "6 timer pr. uge de første 4 uger, derefter 3 timer pr. uge"])


def hours_vague(c):
    return c.pick(["efter behov", "et par timer om ugen", "løbende, afhængigt af behov", "aftales løbende med mentor"])


def follow(c):
    return c.pick(["Statusmøde hver 4. uge med borger, mentor og sagsbehandler. Evaluering 14 dage før støtten ophører.",
                   "Vi følger op hver måned på jobcentret. Progression måles på fremmøde (delmål: 4 dage om ugen fra uge 3).",
                   "Mentor sender skriftlig status hver 6. uge; opfølgningssamtale med sagsbehandler hver 2. måned og senest 14 dage før udløb.",
                   "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingen udløber.",
                   "Opfølgningsmøde første gang 14.04.2026 og derefter hver 3. uge. Delmål gennemgås på hvert møde."])


def follow_vague(c):
    return c.pick(["Der følges op efter behov.", "Opfølgning sker løbende.", "Mentor og sagsbehandler holder kontakt, når der er behov."])


def appeal_ok(c, k, plain=False):
    by, adr, tlf, mail = k
    if plain:
        return c.pick([
            f"Ring eller skriv til os i Jobcenter {by} senest fire uger efter, at du har fået brevet. Vi ser på sagen igen inden fire uger. Er vi stadig ikke enige med dig, sender vi din klage videre til Ankestyrelsen.",
            f"Du kan klage til kommunen. Det skal ske inden 4 uger, fra du har fået dette brev. Du kan ringe på {tlf} eller skrive til {mail}. Kommunen vurderer sagen igen. Giver vi dig ikke ret, går klagen videre til Ankestyrelsen.",
        ])
    return c.pick([
        "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen. Klagen skal sendes til Jobcenter {by}, {adr}, inden 4 uger fra du har modtaget dette brev. Du kan klage mundtligt eller skriftligt. Jobcentret genvurderer afgørelsen, og fastholder vi den, sender vi klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
        f"Klagefrist: 4 uger fra modtagelsen. Klagen sendes til {by} Kommune ({mail}), som genvurderer sagen, før den eventuelt videresendes til Ankestyrelsen (LAB § 204, RSL §§ 66-67). Du kan ikke klage direkte til Ankestyrelsen.",
        f"Er du uenig, kan du klage skriftligt eller mundtligt til {by} Kommune, Jobcentret, inden fire uger efter, at du har modtaget afgørelsen. Vi genvurderer sagen inden fire uger. Fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen. Ankestyrelsen kan kontaktes på ast.dk.",
    ])


def appeal_bad(c, k):
    by = k[0]
    return c.pick([
        ("Du kan klage over afgørelsen.", "no-body-no-deadline"),
        ("Er du ikke enig, er du velkommen til at kontakte din sagsbehandler.", "no-body-no-deadline"),
        ("Klage over afgørelsen kan indgives til Ankestyrelsen.", "body-no-deadline"),
        ("Fristen for at klage er 4 uger fra modtagelsen af dette brev.", "deadline-no-body"),
        (f"Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordringsgodtgørelse til {by} Kommune inden 4 uger.", "other-subject"),
    ])


REASONS = [
    "Vi har lagt vægt på, at du i dag ikke kan deltage stabilt i praktikken uden støtte, og at mentorstøtte vurderes at være nødvendig for, at du kan fastholde forløbet, jf. § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.",
    "Afgørelsen er truffet efter LAB § 167. Vi har vurderet, at støtten er nødvendig for, at du kan gennemføre uddannelsen, fordi du har ADHD og har haft stort fravær på tidligere forløb.",
    "Begrundelsen er, at dit fremmøde er faldet, efter at du startede i løntilskud, og at din arbejdsgiver har bedt om hjælp til introduktion og opfølgning (LAB § 167, stk. 1).",
]


# ------------------------------------------------------------------ document builders
class Out:
    def __init__(self, root):
        self.root = root
        self.entries = []

    def add(self, relpath, fmt, kind, subtype, layout, defects, doc, c, traits=(), cprs=(), per=None,
            writer_args=None):
        p = self.root / relpath
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            p.write_text(R.to_txt(doc, (writer_args or {}).get("style", "colon")), encoding="utf-8")
        elif fmt == "md":
            p.write_text(R.to_md(doc), encoding="utf-8")
        elif fmt == "html":
            p.write_text(R.to_html(doc), encoding="utf-8")
        elif fmt == "rtf":
            p.write_bytes(R.to_rtf(doc))
        elif fmt == "docx":
            R.to_docx(doc, p)
        elif fmt == "odt":
            R.to_odt(doc, p)
        elif fmt == "pdf":
            R.to_pdf(doc, p)
        elif fmt == "eml":
            p.write_bytes(R.to_eml(doc, **writer_args))
        rules = sorted(set(defects) & set(REQ[kind]))
        e = {"path": relpath, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": rules, "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": list(cprs), "traits": sorted(set(traits))}
        if per:
            e["period"] = {"start": per[0].isoformat(), "end": per[1].isoformat()}
        self.entries.append(e)


def person(c):
    return c.pick(FIRST), c.pick(LAST)


def defect_plan(c, kind, i):
    """~40 % clean, the rest one or two defects."""
    pool = {
        "agreement": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                      "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
                      "missing-appeal-guidance", "missing-follow-up", "unclear-goal", "missing-hours"],
        "minplan": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                    "duration-over-6-months", "unclear-goal", "unclear-goal", "missing-mentor"],
        "decision": ["missing-appeal-guidance", "duration-over-6-months", "missing-appeal-guidance"],
    }[kind]
    x = c.r.random()
    if x < 0.4:
        return set()
    if x < 0.8 or kind == "decision":
        return {c.pick(pool)}
    a = c.pick(pool)
    b = c.pick([d for d in pool if d != a and not ({a, d} <= {"missing-goal", "unclear-goal"})
                and not ({a, d} <= {"missing-duration", "duration-over-6-months"})])
    return {a, b}


def fields(c, defects, fn, k, plain=False):
    """Return dict of field texts (None = absent), plus the period."""
    f = {}
    f["goal"] = None if "missing-goal" in defects else (goal_unclear(c, fn) if "unclear-goal" in defects else goal_clear(c, fn))
    while f["goal"] and "missing-hours" in defects and "timer" in f["goal"]:
        f["goal"] = goal_clear(c, fn)
    m = c.pick(MENTORS)
    f["mentor_obj"] = m
    if "missing-mentor" in defects:
        f["mentor"] = c.pick([f"{m[0]}, {m[1]}", "Mentor tildeles af leverandøren senere", f"{m[0]}"])
        f["mentor_contact"] = None
    else:
        f["mentor"] = m[0] + ", " + m[1]
        f["mentor_contact"] = c.pick([f"tlf. {m[2]}", f"tlf. {m[2]}, {m[3]}", m[3], f"mobil {m[2]}"])
    f["tasks"] = None if "missing-tasks" in defects else tasks(c, fn)
    per = None
    if "missing-duration" in defects:
        f["period"] = None
    else:
        over = "duration-over-6-months" in defects
        ob = over and c.r.random() < 0.25
        ex = not over and c.r.random() < 0.3
        per = period(c, over=over, offby1=ob, exact=ex)
        f["ptrait"] = "period:off-by-one-day-over" if ob else ("period:exact-six" if ex else ("period:over" if over else "period:within"))
        f["period"] = frange(per[0], per[1], c)
        if not over and c.r.random() < 0.15:
            f["period"] = f"fra {fdate(per[0], 'words')} og 26 uger frem"
            per = (per[0], per[0] + dt.timedelta(days=181))
            f["ptrait"] = "period:26-weeks"
    f["per"] = per
    if "missing-hours" in defects:
        f["hours"] = c.pick([None, hours_vague(c)])
    else:
        f["hours"] = hours(c)
    f["follow"] = None if "missing-follow-up" in defects else follow(c)
    if "missing-follow-up" in defects and c.r.random() < 0.5:
        f["follow"] = follow_vague(c)
    if "missing-appeal-guidance" in defects:
        bad, how = appeal_bad(c, k)
        f["appeal"] = bad if c.r.random() < 0.6 else None
        f["appeal_how"] = how if f["appeal"] else "absent"
    else:
        f["appeal"] = appeal_ok(c, k, plain)
        f["appeal_how"] = "ok"
    return f


def traits_of(defects, f, extra=()):
    t = list(extra)
    for d in defects:
        t.append("defect:" + d)
    if f.get("appeal_how") and f["appeal_how"] != "ok":
        t.append("appeal:" + f["appeal_how"])
    if f.get("ptrait"):
        t.append(f["ptrait"])
    if f.get("hours") and f["hours"] in ("efter behov", "et par timer om ugen", "løbende, afhængigt af behov", "aftales løbende med mentor"):
        t.append("hours:vague")
    return t


# ---- agreement families ------------------------------------------------------
def ag_journal(c, o, i, fmt):
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k)
    m = f["mentor_obj"]
    mdate = dt.date(2026, c.r.randint(1, 9), c.r.randint(1, 27))
    has_cpr = c.r.random() < 0.45
    cp = cpr(c) if has_cpr else None
    if f["mentor"].startswith("Mentor tildeles"):
        parts = [f"{fdate(mdate, 'short')} {ini}: Møde på jobcentret med {fn}. Mentor er endnu ikke fundet og tildeles af leverandøren senere."]
    else:
        parts = [f"{fdate(mdate, 'short')} {ini}: Møde på jobcentret med {fn} og "
                 + (f"mentor {f['mentor']} ({f['mentor_contact']})." if f["mentor_contact"] else f"mentor {f['mentor']}.")]
    parts.append(c.pick([f"{fn} fortalte om de sidste uger, hvor fremmødet har været svingende, og vi talte om, hvad der skal til.",
                         f"Vi gennemgik {fn}s situation efter sygemeldingen i foråret.",
                         f"{fn} var mødt op til tiden og var positiv over for at få en mentor."]))
    parts.append("Vi blev enige om en aftale om mentorstøtte efter LAB § 167:")
    if f["goal"]:
        parts.append(c.pick(["Målet er: ", "Formålet med støtten: ", "Mål: "]) + f["goal"])
    if f["tasks"]:
        parts.append(c.pick([f"{m[0].split()[0]} skal ", "Mentor skal "] if not f["mentor"].startswith("Mentor tildeles") else ["Mentor skal "]) + ", ".join(f["tasks"]) + ".")
    if f["period"]:
        parts.append(f"Støtten gives i perioden {f['period']}.")
    if f["hours"]:
        parts.append(f"Timetal: {f['hours']}.")
    if f["follow"]:
        parts.append(f["follow"])
    if f["appeal"]:
        if f["appeal_how"] == "ok":
            parts.append(f"{fn} er vejledt om klageadgang: " + c.pick([
                f"klage til Jobcenter {k[0]} inden 4 uger, jobcentret genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.",
                "Kan klage til kommunen inden fire uger efter modtagelsen. Kommunen genvurderer og sender klagen til Ankestyrelsen, hvis afgørelsen fastholdes."]))
        else:
            parts.append(f["appeal"])
    parts.append(f"Aftalen sendes til {fn} i Digital Post. /{ini}")
    entry1 = " ".join(parts)
    later = mdate + dt.timedelta(days=c.r.randint(1, 4))
    entry2 = c.pick([f"{fdate(later, 'short')} {ini}: Bestilling af mentorforløb sendt til {m[1]}.",
                     f"{fdate(later, 'short')} {c.pick(CASEWORKERS)[1]}: Aftalen er journaliseret og sendt til e-Boks.",
                     f"{fdate(later, 'short')} {ini}: Mentor ringede og bekræftede første møde."])
    head = c.pick(["Journalnotat", "Journalnotat – mentoraftale", "Notat", "Journal – samtale og aftale"])
    meta = [("Sagsnr.", sagsnr(c)), ("Borger", f"{fn} {ln}")]
    if cp:
        meta.append(("CPR-nr.", cp))
    meta += [("Notattype", c.pick(["Samtale", "Aftale", "Møde med borger"])), ("Oprettet af", f"{cw} ({ini})")]
    blocks = [("title", head), ("kv", meta, 2 if fmt == "pdf" else 1),
              ("p", entry1), ("p", entry2)]
    sysname, who = c.pick(SYSTEMS)
    doc = {"blocks": blocks, "header": f"{sysname} – Journaludskrift", "footer": f"{who}: {ini}  ·  Fortroligt – må ikke videregives",
           "pdf_mode": "print"}
    o.add(f"journal/journalnotat-{i:02d}.{fmt}", fmt, "agreement", "agreement", "journal-note", defects, doc, c,
          traits_of(defects, f, ["journalnotat", "prose"] + (["cpr"] if cp else [])), [cp] if cp else [], f["per"])


def ag_case_print(c, o, i, fmt):
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k)
    cp = cpr(c) if c.r.random() < 0.35 else None
    sysname, who = c.pick(SYSTEMS)
    grid = [("Borger", f"{fn} {ln}"), ("Sagsnr.", sagsnr(c))]
    if cp:
        grid.append(("CPR", cp))
    grid += [("Ydelse", c.pick(["Kontanthjælp (aktivitetsparat)", "Sygedagpenge", "Uddannelseshjælp", "Ledighedsydelse"])),
             ("Sagsbehandler", f"{cw}, tlf. {k[2]}"), ("Indsatstype", "Mentor (LAB § 167)")]
    fl = []
    labels = {
        "goal": c.pick(["Mål for indsatsen", "Formål", "Målsætning", "Hvad skal mentorstøtten føre til"]),
        "mentor": c.pick(["Mentor", "Tilknyttet mentor", "Mentor/kontaktperson"]),
        "tasks": c.pick(["Mentorens opgaver", "Indsatsområder", "Støtten består i"]),
        "period": c.pick(["Periode", "Bevilget periode", "Gyldig fra/til", "Varighed"]),
        "hours": c.pick(["Timetal", "Timer", "Omfang", "Antal timer"]),
        "follow": c.pick(["Opfølgning", "Evaluering og progression", "Statusmøder"]),
    }
    items = []
    if f["goal"]:
        items.append(("goal", f["goal"]))
    items.append(("mentor", f["mentor"] + (", " + f["mentor_contact"] if f["mentor_contact"] else "")))
    if f["tasks"]:
        items.append(("tasks", "; ".join(t[0].upper() + t[1:] for t in f["tasks"])))
    if f["period"]:
        items.append(("period", f["period"]))
    if f["hours"]:
        items.append(("hours", f["hours"]))
    elif c.r.random() < 0.5:
        items.append(("hours", ""))
    if f["follow"]:
        items.append(("follow", f["follow"]))
    c.r.shuffle(items)
    fl = [(labels[a], b) for a, b in items]
    blocks = [("title", c.pick(["Aftale om mentorstøtte", "Mentoraftale", "Aftale – mentor (§ 167)"])),
              ("kv", grid, 2), ("h", "Aftalens indhold"), ("kv", fl, 1)]
    if f["appeal"]:
        blocks += [("h", c.pick(["Klagevejledning", "Hvis du vil klage", "Klageadgang"])), ("p", f["appeal"])]
    blocks.append(("p", f"Aftalen er indgået {fdate(dt.date(2026, c.r.randint(1, 9), c.r.randint(1, 28)), 'den')} mellem {fn} {ln} og Jobcenter {k[0]}."))
    pd = dt.date(2026, c.r.randint(1, 11), c.r.randint(1, 28))
    doc = {"blocks": blocks, "header": f"{sysname}    Udskrift {fdate(pd, 'dots')} kl. {c.r.randint(8, 15)}:{c.r.randint(10, 59)}\nJobcenter {k[0]} · {k[1]}",
           "footer": f"{who}: {ini.lower()}{c.r.randint(10, 99)} · Dokument-id {c.r.randint(100000, 999999)}", "pdf_mode": "print"}
    o.add(f"sagssystem/aftale-udskrift-{i:02d}.{fmt}", fmt, "agreement", "agreement", "case-print-grid", defects, doc, c,
          traits_of(defects, f, ["case-system-print", "field-grid", "shuffled-fields"] + (["cpr"] if cp else [])),
          [cp] if cp else [], f["per"])


def ag_plain_letter(c, o, i, fmt):
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k, plain=True)
    m = f["mentor_obj"]
    blocks = [("p", f"{k[0]} Kommune\nJobcentret\n{k[1]}"),
              ("p", f"{fn} {ln}\n{c.pick(['Skolegade', 'Vænget', 'Bakkevej', 'Engtoften'])} {c.r.randint(1, 60)}"),
              ("title", c.pick(["Din aftale om mentor", "Det har vi aftalt om din mentor", "Aftale om mentorstøtte – kort fortalt"])),
              ("p", f"Kære {fn}\nHer får du det, vi blev enige om, skrevet ned.")]
    q = []
    if f["goal"]:
        q.append(("Hvad skal du nå?", f["goal"]))
    if True:
        q.append(("Hvem er din mentor?", f"Din mentor hedder {m[0]} og er fra {m[1]}." + (f" Du kan få fat i {m[0].split()[0]} på {f['mentor_contact']}." if f["mentor_contact"] else "")))
    if f["tasks"]:
        q.append(("Hvad hjælper mentoren med?", "Din mentor skal " + ", ".join(f["tasks"]) + "."))
    if f["period"]:
        q.append(("Hvor længe?", f"Du har mentor i perioden {f['period']}."))
    if f["hours"]:
        q.append(("Hvor meget?", f"Din mentor har {f['hours']} til dig." if f["hours"][0].isdigit() else f"Omfang: {f['hours']}."))
    if f["follow"]:
        q.append(("Hvornår taler vi sammen igen?", f["follow"]))
    if len(q) > 3 and c.r.random() < 0.5:
        q[1], q[2] = q[2], q[1]
    for h, t in q:
        blocks += [("h", h), ("p", t)]
    if f["appeal"]:
        blocks += [("h", c.pick(["Hvad hvis du er uenig?", "Kan jeg klage?"])), ("p", f["appeal"])]
    blocks.append(("p", f"Venlig hilsen\n{cw}\nJobcenter {k[0]}, tlf. {k[2]}"))
    doc = {"blocks": blocks, "pdf_mode": "plain", "footer": f"{k[0]} Kommune · {k[3]}"}
    o.add(f"borgerbreve/aftale-klart-sprog-{i:02d}.{fmt}", fmt, "agreement", "agreement", "plain-questions", defects, doc, c,
          traits_of(defects, f, ["plain-language", "question-headings"]), [], f["per"])


def ag_textbox_docx(c, o, i, fmt="docx"):
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k)
    cp = cpr(c) if c.r.random() < 0.3 else None
    top = [("Navn", f"{fn} {ln}")] + ([("CPR-nr.", cp)] if cp else []) + [("Jobcenter", f"{k[0]}, {cw}")]
    box1 = [("h", c.pick(["Mål", "Det arbejder vi hen imod"]))] + ([("p", f["goal"])] if f["goal"] else [("p", "")])
    mentor_txt = f["mentor"] + (f"\n{f['mentor_contact']}" if f["mentor_contact"] else "")
    tbl_rows = [["Hvem", "Hvad", "Hvornår"]]
    if f["tasks"]:
        for t in f["tasks"]:
            tbl_rows.append(["Mentor", t[0].upper() + t[1:], c.pick(["uge 1-2", "løbende", "hver mandag", "efter aftale"])])
    blocks = [("title", c.pick(["Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"])), ("kv", top, 1),
              ("box", box1), ("h", "Mentor"), ("p", mentor_txt)]
    if len(tbl_rows) > 1:
        blocks += [("h", "Opgaver"), ("table", tbl_rows)]
    side = []
    if f["period"]:
        side.append(("Periode", f["period"]))
    if f["hours"]:
        side.append(("Timer", f["hours"]))
    if f["follow"]:
        side.append(("Opfølgning", f["follow"]))
    if side:
        blocks.append(("box", [("kv", side, 1)]))
    if f["appeal"]:
        blocks += [("h", "Klagevejledning"), ("p", f["appeal"])]
    blocks.append(("p", "Underskrift borger: ______________    Underskrift jobcenter: ______________"))
    doc = {"blocks": blocks, "header": f"Jobcenter {k[0]}", "footer": "Aftale om mentorstøtte", "pdf_mode": "plain"}
    o.add(f"word/aftale-tekstbokse-{i:02d}.{fmt}", fmt, "agreement", "agreement", "textbox-word", defects, doc, c,
          traits_of(defects, f, ["text-box", "who-what-when-table"] + (["cpr"] if cp else [])), [cp] if cp else [], f["per"])


def ag_twocol_pdf(c, o, i, fmt="pdf"):
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k)
    left = [("title", "Aftale om mentorstøtte"), ("p", f"Borger: {fn} {ln}\nSagsbehandler: {cw}")]
    if f["goal"]:
        left += [("h", c.pick(["Formål", "Mål og delmål"])), ("p", f["goal"])]
    if f["tasks"]:
        left += [("h", "Mentoren hjælper med"), ("p", "\n".join("• " + t for t in f["tasks"]))]
    left += [("h", "Mentor"), ("p", f["mentor"] + (f"\n{f['mentor_contact']}" if f["mentor_contact"] else ""))]
    right = []
    if f["period"]:
        right += [("h", "Varighed"), ("p", f["period"])]
    if f["hours"]:
        right += [("h", "Timetal"), ("p", f["hours"])]
    if f["follow"]:
        right += [("h", "Opfølgning"), ("p", f["follow"])]
    if f["appeal"]:
        right += [("h", c.pick(["Klagevejledning", "Sådan klager du"])), ("p", f["appeal"])]
    right += [("small", f"Jobcenter {k[0]} · {k[1]} · tlf. {k[2]}")]
    doc = {"blocks": [("col2", left, right)], "pdf_mode": "twocol", "footer": f"{k[0]} Kommune"}
    o.add(f"pdf/aftale-to-spalter-{i:02d}.pdf", "pdf", "agreement", "agreement", "two-column-frames", defects, doc, c,
          traits_of(defects, f, ["two-column", "reportlab-frames"]), [], f["per"])


def ag_email(c, o, i):
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k)
    lines = [f"Hej {fn}", "",
             c.pick(["Tak for mødet i dag. Her får du det, vi blev enige om, skrevet ned.",
                     "Som lovet sender jeg her vores aftale om mentorstøtte, så du har den på skrift."])]
    if f["goal"]:
        lines.append(c.pick(["Mål: ", "Det vi arbejder hen imod: "]) + f["goal"])
    lines.append(f"Mentor: {f['mentor']}" + (f" – {f['mentor_contact']}" if f["mentor_contact"] else ""))
    if f["tasks"]:
        lines.append("Det hjælper mentoren med: " + "; ".join(f["tasks"]) + ".")
    if f["period"]:
        lines.append(f"Periode: {f['period']}")
    if f["hours"]:
        lines.append(f"Timer: {f['hours']}")
    if f["follow"]:
        lines.append(f["follow"])
    if f["appeal"]:
        lines += ["", "Klagevejledning: " + f["appeal"]]
    lines += ["", "Venlig hilsen", cw, f"Jobcenter {k[0]}"]
    doc = {"blocks": [("p", "\n".join(lines))]}
    d = dt.datetime(2026, c.r.randint(2, 10), c.r.randint(1, 28), c.r.randint(8, 15), c.r.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    args = {"sender": f"{cw} <{ini.lower()}@{k[3].split('@')[1]}>", "to": f"{fn} {ln} <{fn.lower()}@example.dk>",
            "subject": c.pick(["Vores aftale om mentor", "Referat – aftale om mentorstøtte", "Mentoraftale"]),
            "date": dt.datetime.strftime(d, "%a, %d %b %Y %H:%M:%S +0000"), "html_alt": c.r.random() < 0.4}
    o.add(f"mail/aftale-mail-{i:02d}.eml", "eml", "agreement", "agreement", "email-body", defects, doc, c,
          traits_of(defects, f, ["email", "carries-agreement"]), [], f["per"], writer_args=args)


def ag_prose_letter(c, o, i, fmt):
    """Agreement as a letter in prose, few labels; some content under odd headings."""
    defects = defect_plan(c, "agreement", i)
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k)
    m = f["mentor_obj"]
    cp = cpr(c) if c.r.random() < 0.3 else None
    blocks = [("p", f"Jobcenter {k[0]}\n{k[1]}\nSagsnr. {sagsnr(c)}" + (f"\nCPR-nr. {cp}" if cp else "")),
              ("title", c.pick(["Skriftlig aftale om mentorstøtte", "Aftale om mentor – LAB § 167", "Mentorstøtte: aftale"]))]
    body = []
    if f["goal"]:
        g = f["goal"][3:] if f["goal"].startswith("At ") else f["goal"]
        body.append(c.pick([f"Den overordnede plan for mentorstøtten er: {f['goal']}",
                            f"Målet med mentorstøtten er følgende: {f['goal']}"]))
    if f["mentor_contact"]:
        body.append(f"Din mentor bliver {m[0]} fra {m[1]}, som du kan kontakte på {f['mentor_contact']}.")
    else:
        body.append(f"Mentor: {f['mentor']}.")
    if f["tasks"]:
        who = m[0].split()[0]
        who = "Mentorens" if f["mentor"].startswith("Mentor tildeles") else (who + "'" if who.endswith("s") else who + "s")
        body.append(f"{who} rolle er at " + ", ".join(f["tasks"]) + ".")
    blocks.append(("p", " ".join(body)))
    odd = []
    if f["period"]:
        odd.append(("Tidsramme", f"Mentorstøtten er bevilget {f['period']}."))
    if f["hours"]:
        odd.append(("Omfang af støtten", f"{f['hours'][0].upper()}{f['hours'][1:]}."))
    if f["follow"]:
        odd.append(("Sådan holder vi øje med, hvordan det går", f["follow"]))
    c.r.shuffle(odd)
    for h, t in odd:
        blocks += [("h", h), ("p", t)]
    if f["appeal"]:
        blocks += [("h", c.pick(["Klagevejledning", "Klagemulighed", "Hvis du er uenig"])), ("p", f["appeal"])]
    blocks.append(("p", f"Med venlig hilsen\n{cw}\nbeskæftigelsesrådgiver"))
    doc = {"blocks": blocks, "pdf_mode": "plain", "footer": f"Jobcenter {k[0]} · {k[3]}"}
    o.add(f"breve/aftale-prosa-{i:02d}.{fmt}", fmt, "agreement", "agreement", "prose-letter", defects, doc, c,
          traits_of(defects, f, ["prose", "unusual-headings"] + (["cpr"] if cp else [])), [cp] if cp else [], f["per"])


# ---- decisions -----------------------------------------------------------------
def decision(c, o, i, fmt, sub):
    defects = defect_plan(c, "decision", i)
    if sub in ("refusal", "end", "partial") and "duration-over-6-months" in defects:
        defects = {"missing-appeal-guidance"}
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    cw, ini = c.pick(CASEWORKERS)
    f = fields(c, defects, fn, k, plain=(sub == "plain"))
    m = f["mentor_obj"]
    cp = cpr(c) if c.r.random() < 0.35 else None
    ld = dt.date(2026, c.r.randint(2, 10), c.r.randint(1, 28))
    if f["per"] and sub not in ("refusal", "end"):
        ld = f["per"][0] - dt.timedelta(days=c.r.randint(4, 21))
    head = [("p", f"{k[0]} Kommune · Jobcentret\n{k[1]}\nTlf. {k[2]} · {k[3]}"),
            ("kv", [("Dato", fdate(ld, c.pick(['words', 'dots']))), ("Sagsnr.", sagsnr(c))]
             + ([("CPR-nr.", cp)] if cp else []) + [("Sagsbehandler", cw)], 1)]
    per = f["per"]
    blocks = list(head)
    bilag = []
    layout = "decision-letter"
    tr = [sub]
    if sub == "plain":
        blocks += [("title", c.pick(["Du får en mentor", "Svar på din ansøgning om mentor"])), ("p", f"Kære {fn}"),
                   ("h", "Hvad har vi besluttet?"),
                   ("p", "Du får hjælp af en mentor" + (f" i perioden {f['period']}." if per else ".") + f" Din mentor har {f['hours']} til dig."),
                   ("h", "Hvem er din mentor?"), ("p", f"Din mentor hedder {m[0]}. Du kan ringe til {m[0].split()[0]} på {m[2]}."),
                   ("h", "Hvorfor får du en mentor?"),
                   ("p", "Du har svært ved at komme af sted til praktikken hver dag. En mentor kan hjælpe dig i gang. Reglerne står i § 167 i lov om en aktiv beskæftigelsesindsats.")]
    elif sub in ("grant", "grant-bilag-agreement"):
        title = c.pick(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"])
        blocks += [("title", title), ("p", f"Kære {fn} {ln}")]
        if per:
            blocks.append(("p", f"Du får mentorstøtte i perioden {f['period']} efter § 167 i lov om en aktiv beskæftigelsesindsats. "
                           f"Din mentor er {m[0]}, {m[1]}" + (f", {f['mentor_contact']}." if f["mentor_contact"] else ".")))
        else:
            blocks.append(("p", f"Du får mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Din mentor er {m[0]}, {m[1]}."))
        blocks += [("h", "Begrundelse"), ("p", c.pick(REASONS))]
    elif sub == "partial":
        asked = c.pick(["9 måneder", "12 måneder", "10 timer om ugen"])
        blocks += [("title", "Afgørelse – delvis bevilling af mentorstøtte"),
                   ("p", f"Du har søgt om mentorstøtte i {asked}." if "måneder" in asked else f"Du har søgt om mentorstøtte {asked}."),
                   ("p", "Vi bevilger " + (f"mentorstøtte i perioden {f['period']}" if per else "mentorstøtte") + f" med {f['hours'] or '3 timer pr. uge'}."),
                   ("h", "Hvorfor får du ikke det, du har søgt om?"),
                   ("p", "Mentorstøtte kan gives i højst 6 måneder ad gangen, jf. LAB § 167, stk. 1. Vi vurderer, at dit behov kan dækkes med færre timer, fordi du allerede har støtte fra en SPS-støtteperson på skolen.")]
        tr.append("asked-longer")
    elif sub == "extension":
        ns = per[0] if per else ld + dt.timedelta(days=20)
        prev = (add_months(ns, -6), ns - dt.timedelta(days=1))
        blocks += [("title", c.pick(["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"])),
                   ("p", f"Din tidligere periode med mentorstøtte ({frange(prev[0], prev[1], c)}) udløber snart. "
                         + (f"Efter en konkret vurdering bevilger vi en ny periode {f['period']}." if per else "Efter en konkret vurdering bevilger vi en ny periode.")),
                   ("h", "Begrundelse"), ("p", "Du er tæt på at kunne starte i ordinært job, og mentor har vurderet, at du har brug for støtte i overgangen (LAB § 167, stk. 1, 2. pkt.).")]
        tr.append("previous-period")
    elif sub == "refusal":
        per = None
        blocks += [("title", c.pick(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"])),
                   ("p", f"Du har {fdate(ld - dt.timedelta(days=20), 'words')} søgt om mentorstøtte. Vi har besluttet at give dig afslag."),
                   ("h", "Begrundelse"),
                   ("p", "Der kan kun gives mentorstøtte, når der er et mål om beskæftigelse eller uddannelse, jf. LAB § 167. Vi har lagt vægt på, at du i dag er i et behandlingsforløb og ikke deltager i et tilbud, og at den støtte, du har brug for, gives af kommunens socialpsykiatri efter serviceloven.")]
    elif sub == "end":
        per = None
        blocks += [("title", c.pick(["Ophør af mentorstøtte", "Afgørelse om stop af mentorstøtte"])),
                   ("p", f"Din mentorstøtte ved {m[0]} stopper {fdate(ld + dt.timedelta(days=14), 'den')}."),
                   ("h", "Begrundelse"),
                   ("p", "Du er startet i ordinær uddannelse og har fået en SPS-støtteperson, så vi vurderer ikke længere, at mentorstøtte efter LAB § 167 er nødvendig.")]
    if sub in ("refusal", "end"):
        f.pop("ptrait", None)
    if sub == "grant-bilag-agreement":
        layout = "decision-with-agreement-bilag"
        full = fields(c, set(), fn, k)
        if per:
            full["period"], full["per"] = f["period"], per
        bilag = [("h", c.pick(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Aftale om mentorstøtte"])),
                 ("kv", [("Mål", full["goal"]), ("Mentor", f"{m[0]}, {m[1]}, tlf. {m[2]}"),
                         ("Opgaver", "; ".join(full["tasks"])), ("Periode", full["period"] or "se afgørelsen"),
                         ("Timetal", full["hours"]), ("Opfølgning", full["follow"])], 1)]
        tr.append("bilag-agreement")
        if not per:
            per = full["per"]
    # appeal placement: in body or as bilag at the end
    appeal_as_bilag = c.r.random() < 0.45
    if f["appeal"]:
        if appeal_as_bilag:
            blocks.append(("p", "Klagevejledning er vedlagt som bilag."))
        else:
            blocks += [("h", c.pick(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"] if sub != "plain" else ["Hvad kan du gøre, hvis du er uenig?"])),
                       ("p", f["appeal"])]
    blocks.append(("p", f"Venlig hilsen\n{cw}\n{c.pick(['Jobcenter ' + k[0], k[0] + ' Kommune, Beskæftigelse'])}"))
    blocks += bilag
    if f["appeal"] and appeal_as_bilag:
        blocks += [("h", c.pick([f"Bilag {2 if bilag else 1}: Klagevejledning", "Bilag – klagevejledning"])), ("p", f["appeal"])]
        tr.append("appeal-as-bilag")
    sysname, who = c.pick(SYSTEMS)
    doc = {"blocks": blocks, "pdf_mode": "print" if c.r.random() < 0.5 else "plain",
           "header": c.pick([None, f"{sysname} · Brevudskrift"]), "footer": f"{k[0]} Kommune · CVR 2918{c.r.randint(1000, 9999)}"}
    o.add(f"afgoerelser/{sub}-{i:02d}.{fmt}", fmt, "decision", sub, layout, defects, doc, c,
          traits_of(defects, f, tr + (["cpr"] if cp else [])), [cp] if cp else [], per)


# ---- Min Plan prints -----------------------------------------------------------
def minplan(c, o, i, fmt):
    defects = defect_plan(c, "minplan", i)
    defects.discard("missing-follow-up")
    fn, ln = person(c)
    k = c.pick(KOMMUNER)
    f = fields(c, defects, fn, k)
    cp = cpr(c) if c.r.random() < 0.3 else None
    sysname, who = c.pick(SYSTEMS)
    blocks = [("title", c.pick(["Min Plan", "Min Plan – udskrift", "Min Plan: dine aktiviteter"])),
              ("kv", [("Navn", f"{fn} {ln}")] + ([("CPR-nr.", cp)] if cp else []) + [("Jobcenter", k[0]), ("Udskrevet", fdate(dt.date(2026, c.r.randint(1, 11), c.r.randint(1, 28)), 'dots'))], 2),
              ]
    if not (defects & {"missing-goal", "unclear-goal"}):
        blocks += [("h", "Dit mål"), ("p", c.pick([f"Jeg vil gerne arbejde med {c.pick(['lager', 'dyr', 'biler', 'børn'])}.", "Job inden for detail.", "Komme i uddannelse."]))]
    other_start = dt.date(2026, c.r.randint(1, 6), 1)
    ok = c.pick(["Virksomhedspraktik", "Uddannelse: FGU (PGU)", "Løntilskud"])
    other = [("h", ok),
             ("kv", [("Sted", c.pick(SCHOOLS if ok.startswith("Udd") else COMPANIES)), ("Periode", frange(other_start, add_months(other_start, c.pick([8, 10, 12])) - dt.timedelta(days=1), c)),
                     ("Kontaktperson", f"{c.pick(FIRST)} {c.pick(LAST)}, tlf. {c.r.randint(20, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}")], 1)]
    card = []
    lbl = c.pick([("Formål", "Mentor", "Mentorens opgaver", "Periode", "Timer pr. uge"),
                  ("Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvad mentoren hjælper med", "Varighed", "Timetal"),
                  ("Mål", "Kontaktperson (mentor)", "Indsatsområder", "Start – slut", "Omfang")])
    if f["goal"]:
        card.append((lbl[0], f["goal"]))
    card.append((lbl[1], f["mentor"] + (", " + f["mentor_contact"] if f["mentor_contact"] else "")))
    if f["tasks"]:
        card.append((lbl[2], ", ".join(f["tasks"])))
    if f["period"]:
        card.append((lbl[3], f["period"]))
    if f["hours"]:
        card.append((lbl[4], f["hours"]))
    mentor_sec = [("h", c.pick(["Mentorstøtte (LAB § 167)", "Aktivitet: Mentorstøtte", "Mentor"])), ("kv", card, 1)]
    if c.r.random() < 0.5:
        blocks += mentor_sec + other
    else:
        blocks += other + mentor_sec
    blocks.append(("small", "Du kan altid se din plan på Jobnet. Ændringer i timer eller formål skrives ind i planen."))
    doc = {"blocks": blocks, "header": f"{sysname} – Min Plan · Jobcenter {k[0]}", "footer": f"{who}: {c.pick(CASEWORKERS)[1]}",
           "pdf_mode": "print"}
    o.add(f"minplan/minplan-{i:02d}.{fmt}", fmt, "minplan", "minplan", "plan-cards", defects, doc, c,
          traits_of(defects, f, ["plan-print", "other-activity-long-period"] + (["cpr"] if cp else [])), [cp] if cp else [], f["per"])


# ---- unknown kinds -------------------------------------------------------------
def unknowns(c, o):
    k = c.pick(KOMMUNER)
    n = 0

    def put(name, fmt, layout, doc, traits, cp=None, args=None):
        o.add(f"andet/{name}.{fmt}", fmt, "unknown", "unknown", layout, set(), doc, c, traits, [cp] if cp else [],
              None, writer_args=args)

    # 1 team minutes
    put("referat-teammoede-mentor", "docx", "minutes", {"blocks": [
        ("title", "Referat af teammøde – Ungeteamet"), ("kv", [("Dato", "14.04.2026"), ("Til stede", "MKJ, LP, ANB, SH"), ("Referent", "NQ")], 1),
        ("h", "1. Kapacitet hos mentorleverandører"), ("p", "Mentorhuset har ventetid på ca. 3 uger. Brobyg kan starte nye forløb fra uge 18. Vi bestiller fortsat via rammeaftalen."),
        ("h", "2. Kvalitetsstandard"), ("p", "Påmindelse: en aftale skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal og klagevejledning. Perioden er højst 6 måneder."),
        ("h", "3. Eventuelt"), ("p", "Ingen punkter.")], "footer": "Internt"}, ["minutes", "lists-fields"])
    # 2 provider status report
    fn, ln = person(c)
    put("statusrapport-mentorhuset", "pdf", "status-report", {"blocks": [
        ("title", "Statusrapport"), ("kv", [("Til", f"Jobcenter {k[0]}"), ("Fra", "Mentorhuset ApS, Lise Holm"), ("Vedr.", f"{fn} {ln}"), ("Rapportperiode", "uge 10-17")], 2),
        ("h", "Forløbet indtil nu"), ("p", f"{fn} har mødt op til 7 ud af 8 aftalte møder. Vi har arbejdet med morgenrutiner og transport til praktikstedet."),
        ("h", "Progression"), ("p", "Fremmødet i praktikken er steget fra 2 til 4 dage om ugen."),
        ("h", "Anbefaling"), ("p", "Vi anbefaler, at forløbet fortsætter som aftalt.")], "header": "Mentorhuset ApS · Statusrapport til jobcenter", "pdf_mode": "print"},
        ["status-report", "provider"])
    # 3 internal email
    put("intern-mail-mentor-ledig", "eml", "internal-email", {"blocks": [("p",
        "Hej alle\n\nBrobyg har meldt tilbage, at Mette Aagaard har ledig kapacitet fra næste uge til 3 borgere. "
        "Skriv til mig, hvis I har nogen, der venter på en mentor, så sender jeg bestillingen samlet.\n\nHilsen\nLars")]}, ["email", "internal"],
        args={"sender": "Lars Post <lp@fjordby.dk>", "to": "ungeteam@fjordby.dk", "subject": "Ledig mentorkapacitet hos Brobyg",
              "date": "Tue, 21 Apr 2026 09:12:00 +0000"})
    # 4 procedure memo
    put("arbejdsgang-mentorsager", "odt", "procedure-memo", {"blocks": [
        ("title", "Arbejdsgangsbeskrivelse: mentorsager i FAGSYS"), ("p", "Gælder for: alle rådgivere i Jobcenter Åmark. Version 3, marts 2026."),
        ("h", "Trin 1 – Afdækning"), ("p", "Rådgiver afdækker behovet ved samtale og noterer i journalen."),
        ("h", "Trin 2 – Afgørelse og aftale"), ("p", "Opret indsatsen 'Mentor' i FAGSYS. Udfyld felterne mål, mentor (navn og kontaktdata), opgaver, periode (højst 6 måneder), timetal og opfølgning. Brev-skabelonen indsætter klagevejledning automatisk."),
        ("h", "Trin 3 – Opfølgning"), ("p", "Sæt en opgave i kalenderen 14 dage før udløb.")]}, ["procedure-memo", "lists-fields"])
    # 5 invoice
    put("faktura-brobyg", "pdf", "invoice", {"blocks": [
        ("title", "FAKTURA nr. 2026-0412"), ("kv", [("Kunde", f"Jobcenter {k[0]}"), ("EAN", "5798000012345"), ("Fakturadato", "30.04.2026"), ("Betalingsfrist", "30 dage")], 2),
        ("table", [["Borger-ref.", "Ydelse", "Timer", "Beløb"], ["REK436791", "Mentorstøtte april", "12", "6.600,00"], ["REK436802", "Mentorstøtte april", "8", "4.400,00"]]),
        ("p", "I alt ekskl. moms: 11.000,00 kr.")], "header": "Brobyg Mentor & Coaching · CVR 38123456", "pdf_mode": "print"}, ["invoice"])
    # 6 journal note phone call (no agreement)
    cp = cpr(c)
    put("journalnotat-telefon", "txt", "journal-note", {"blocks": [
        ("title", "Journalnotat"), ("kv", [("Borger", f"{fn} {ln}"), ("CPR-nr.", cp), ("Notattype", "Telefon")], 1),
        ("p", f"03.05.26 SH: {fn} ringede og meldte sig syg til mødet i morgen. Nyt møde aftales i næste uge. Mentor orienteret på sms. /SH")]},
        ["journalnotat", "no-agreement", "cpr"], cp)
    # 7 partshøring
    put("partshoering-ophoer", "docx", "hearing", {"blocks": [
        ("title", "Partshøring – påtænkt ophør af mentorstøtte"), ("p", f"Kære {fn}\nVi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med din mentor."),
        ("p", "Før vi træffer en afgørelse, har du mulighed for at komme med bemærkninger. Send dem senest 14 dage efter, at du har modtaget dette brev."),
        ("p", "Venlig hilsen\nAnja Birk, Jobcenter Bøgely")], "header": "Jobcenter Bøgely"}, ["hearing"])
    # 8 genvurdering fastholdt
    put("genvurdering-fastholdt", "pdf", "reconsideration", {"blocks": [
        ("title", "Genvurdering af afgørelse om mentorstøtte"), ("p", f"Du har klaget over vores afgørelse af 2. marts 2026 om afslag på mentorstøtte."),
        ("p", "Vi har genvurderet sagen og fastholder afgørelsen. Din klage og sagens akter er derfor sendt til Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen."),
        ("p", "Venlig hilsen\nJobcenter Klintholm")], "pdf_mode": "plain"}, ["reconsideration-upheld"])
    # 9 meeting invite
    put("moedeindkaldelse", "html", "appointment", {"blocks": [
        ("title", "Mødeindkaldelse"), ("p", f"Kære {fn}\nDu indkaldes til samtale om mentorstøtte tirsdag den 12. maj 2026 kl. 10.00 i Jobcenter {k[0]}, {k[1]}."),
        ("p", "Tag gerne din mentor med. Hvis du er forhindret, så ring på " + k[2] + ".")]}, ["appointment"])
    # 10 netværksmøde minutes without agreement
    put("referat-netvaerksmoede", "rtf", "minutes", {"blocks": [
        ("title", "Referat fra netværksmøde"), ("kv", [("Dato", "2. juni 2026"), ("Deltagere", "borger, mor, mentor, sagsbehandler, UU-vejleder")], 1),
        ("p", "Vi talte om, hvordan skolestarten kan blive god. Der var enighed om at se tiden an til efter sommerferien og så mødes igen."),
        ("p", "Næste møde: 18. august 2026 kl. 13.")]}, ["minutes", "no-agreement"])
    # 11 provider quote
    put("tilbud-mentorforloeb", "md", "provider-quote", {"blocks": [
        ("title", "Tilbud på mentorforløb – Kompasset"), ("p", "Kompasset tilbyder mentorforløb for unge på uddannelseshjælp. Vores mentorer har pædagogisk eller socialfaglig baggrund."),
        ("h", "Pris"), ("p", "550 kr. pr. time. Forløb på 3-6 måneder, typisk 2-4 timer om ugen."),
        ("h", "Opfølgning"), ("p", "Vi sender status til jobcentret hver 6. uge.")]}, ["provider-info"])
    # 12 bestilling
    put("bestilling-mentorforloeb", "pdf", "order", {"blocks": [
        ("title", "Bestilling af mentorforløb"), ("kv", [("Leverandør", "Mentorhuset ApS"), ("Rekvisitionsnr.", "REK436791"), ("Borger", f"{fn} {ln}"), ("Opstart", "uge 19"), ("Timer", "3 pr. uge")], 1),
        ("p", "Mentor bedes kontakte borgeren inden opstart. Faktura sendes med rekvisitionsnummer.")], "pdf_mode": "print", "header": "FAGSYS Beskæftigelse 8.3 · Bestilling"}, ["order"])
    # 13 guidance leaflet
    put("pjece-hvad-er-en-mentor", "html", "guidance", {"blocks": [
        ("title", "Vejledning: Hvad er en mentor?"), ("p", "En mentor er en person, der kan hjælpe dig i gang med job eller uddannelse."),
        ("h", "Hvad står der i aftalen?"), ("p", "Målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, hvor længe (højst 6 måneder), hvor mange timer om ugen, og hvordan I følger op. Du får også en klagevejledning: du kan klage til kommunen inden fire uger."),
        ]}, ["guidance", "lists-fields"])
    # 14 mentor final evaluation
    put("slutevaluering-mentor", "docx", "final-evaluation", {"blocks": [
        ("title", "Slutevaluering af mentorforløb"), ("kv", [("Borger", f"{c.pick(FIRST)} {c.pick(LAST)}"), ("Mentor", "Kim Dalsgaard, Jobværkstedet"), ("Forløb", "februar-juli 2026")], 1),
        ("h", "Hvad er nået?"), ("p", "Borgeren er startet på grundforløb og har haft et fremmøde på 85 %."),
        ("h", "Anbefaling"), ("p", "Forløbet afsluttes. Ingen behov for ny periode.")]}, ["final-evaluation"])
    # 15 Digital Post notice mail
    put("digital-post-besked", "eml", "dp-notice", {"blocks": [("p",
        "Du har fået ny post fra Jobcenter Sandvad.\nLog ind på borger.dk eller i appen Digital Post for at læse brevet.\n\nDette er en automatisk besked.")]},
        ["notice"], args={"sender": "Digital Post <noreply@digitalpost.example>", "to": "borger@example.dk",
                          "subject": "Du har fået ny post", "date": "Mon, 11 May 2026 06:02:00 +0000"})
    # 16 job centre internal email with forwarded question (html)
    put("mail-sporgsmaal-forlaengelse", "eml", "internal-email", {"blocks": [("p",
        "Hej Nanna\n\nKan vi forlænge mentorstøtten for borgeren fra Solgården igen? Første periode udløber 31.08. Mentor mener, der er brug for 3 måneder mere. "
        "Jeg tænker, vi skal have en konkret vurdering på næste teammøde, før vi skriver afgørelsen.\n\nMvh Thomas")]},
        ["email", "internal", "question"], args={"sender": "Thomas Egede <te@klintholm.dk>", "to": "Nanna Qvist <nq@klintholm.dk>",
        "subject": "Forlængelse?", "date": "Wed, 12 Aug 2026 13:40:00 +0000", "html_alt": True})
    # 17 school study mentor agreement (not LAB)
    put("studiementor-aftale-skole", "txt", "school-agreement", {"blocks": [
        ("title", "Aftale om studiementor – Erhvervsskolen Åmark"), ("p", "Som elev på skolen kan du få en studiementor blandt skolens 2. års elever. Mentoren mødes med dig 1 time hver anden uge i skoletiden."),
        ("kv", [("Elev", f"{fn} {ln}"), ("Studiementor", "Freja, 2. år"), ("Start", "september 2026")], 1),
        ("p", "Ordningen er skolens egen og har intet med jobcentret at gøre.")]}, ["school-scheme"])


def specials(c, o):
    """Hand-written edge cases from the same case world."""
    # a. udskrivningskoordinator, 9 months in all (LAB § 167, stk. 2): not over the limit
    blocks = [("p", "Klintholm Kommune · Jobcentret\nStationsvej 4, 4780 Klintholm"),
              ("kv", [("Dato", "12. januar 2026"), ("Sagsnr.", "15.20.00-K09-118-26")], 1),
              ("title", "Afgørelse om udskrivningskoordinator"),
              ("p", "Kære Rikke Bjerre\nPsykiatrisk Afdeling har oplyst, at du forventes udskrevet den 1. maj 2026. Du har ret til en udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats."),
              ("p", "Du får derfor mentorstøtte som udskrivningskoordinator fra 1. februar 2026 til 31. oktober 2026, dvs. 3 måneder før udskrivningen og 6 måneder efter. Din koordinator er Henriette Boye, Kompasset, tlf. 31 45 78 02."),
              ("h", "Begrundelse"), ("p", "Du er indlagt på grund af psykisk sygdom og er omfattet af lovens § 6. Retten gælder op til 3 måneder før udskrivelsen og mindst 6 måneder i alt."),
              ("h", "Klagevejledning"), ("p", appeal_ok(c, KOMMUNER[2])),
              ("p", "Venlig hilsen\nSøren Helt")]
    o.add("afgoerelser/udskrivningskoordinator-s1.docx", "docx", "decision", "grant", "decision-letter", set(),
          {"blocks": blocks, "header": "Ventus Sag · Brevudskrift", "footer": "Klintholm Kommune"}, c,
          ["udskrivningskoordinator", "period:9-months-stk2"], [], (dt.date(2026, 2, 1), dt.date(2026, 10, 31)))
    # b. journal-style agreement with the previous period beside the new one
    blocks = [("title", "Journalnotat – ny periode med mentor"),
              ("kv", [("Borger", "Hassan Krogh"), ("CPR-nr.", "070392-1187"), ("Init.", "NQ")], 1),
              ("p", "26.02.26 NQ: Evalueringsmøde med Hassan og mentor Peter Lykke (Sandvad Erhvervsmentor, tlf. 22 61 73 15). "
                    "Tidligere periode: 01.09.2025-28.02.2026. Hassan har fået 22 timer om ugen i løntilskud hos Sandvad Maskinstation og møder stabilt. "
                    "Vi aftalte en ny periode med mentorstøtte 01.03.2026-31.08.2026, 2 timer pr. uge. "
                    "Mål: Hassan er ansat på ordinære vilkår hos Sandvad Maskinstation 30 timer om ugen, når løntilskuddet udløber 31.08.2026. "
                    "Peter skal holde en ugentlig samtale med Hassan og hans kontaktperson på værkstedet om opgaver og fremmøde og hjælpe med at forberede ansættelsessamtalen. "
                    "Opfølgning: statusmøde hver måned på jobcentret, slutevaluering 14 dage før ophør. "
                    "Hassan er vejledt om, at han kan klage til kommunen inden fire uger, og at en fastholdt afgørelse sendes til Ankestyrelsen. /NQ")]
    o.add("journal/journalnotat-forlaengelse-s2.txt", "txt", "agreement", "agreement", "journal-note", set(),
          {"blocks": blocks, "header": "BorgerFlow Jobcenter – Journaludskrift", "footer": "Bruger: NQ"}, c,
          ["journalnotat", "previous-period", "cpr", "period:exact-six"], ["070392-1187"], (dt.date(2026, 3, 1), dt.date(2026, 8, 31)))
    # c. minutes of a start-up meeting that carry the agreement (docx) - hours missing
    blocks = [("title", "Referat af opstartsmøde"),
              ("kv", [("Dato", "4. marts 2026"), ("Deltagere", "Line Skov (borger), Mette Aagaard (mentor), Thomas Egede (Jobcenter Åmark)")], 1),
              ("p", "Her får du det, vi blev enige om, skrevet ned, Line."),
              ("h", "1. Hvad vil Line?"), ("p", "Line vil i praktik i en børnehave og derefter søge ind på PAU. Mål: Line er i virksomhedspraktik i Børnehuset Mælkebøtten 3 dage om ugen fra 1. april 2026 og har søgt PAU til optag august 2026."),
              ("h", "2. Mentor"), ("p", "Mette Aagaard, Brobyg Mentor & Coaching, mette@brobyg-mentor.dk. Mette hjælper Line med at komme i gang i praktikken, følger hende første dag og hjælper med ansøgningen til PAU."),
              ("h", "3. Tidsplan"), ("p", "Mentorforløbet løber fra 9. marts 2026 til 8. september 2026."),
              ("h", "4. Næste møde"), ("p", "Statusmøde 6. april 2026 kl. 10 og derefter hver 4. uge."),
              ("h", "5. Klage"), ("p", appeal_ok(c, KOMMUNER[1]))]
    o.add("referater/referat-opstartsmoede-s3.docx", "docx", "agreement", "agreement", "minutes-carrying-agreement",
          {"missing-hours"}, {"blocks": blocks}, c, ["minutes", "carries-agreement", "defect:missing-hours", "period:exact-six"], [],
          (dt.date(2026, 3, 9), dt.date(2026, 9, 8)))
    # d. minutes carrying the agreement, period in weeks (pdf two-column) - clean
    left = [("title", "Referat – netværksmøde og mentoraftale"), ("p", "Deltagere: Ali Dam, mor, UU-vejleder Signe Bach, mentor Kim Dalsgaard, rådgiver Pia Lund"),
            ("h", "Aftale om mentorstøtte"),
            ("p", "Mål: Ali starter på grundforløbet (smed) på Tradium 10. august 2026 og møder mindst 4 af 5 dage i de første 10 uger."),
            ("p", "Mentor: Kim Dalsgaard, Jobværkstedet Åmark, tlf. 40 17 62 38."),
            ("p", "Kim følger Ali på skolen de første tre dage, ringer om morgenen i de første fire uger og deltager i elevsamtalen i uge 40.")]
    right = [("h", "Periode og omfang"), ("p", "Uge 32 (2026) til uge 4 (2027), 3 timer om ugen."),
             ("h", "Opfølgning"), ("p", "Vi mødes igen i uge 36 og derefter hver måned. Delmål: fremmøde over 80 % i september."),
             ("h", "Klagevejledning"), ("p", appeal_ok(c, KOMMUNER[4]))]
    o.add("referater/referat-netvaerk-aftale-s4.pdf", "pdf", "agreement", "agreement", "minutes-carrying-agreement", set(),
          {"blocks": [("col2", left, right)], "pdf_mode": "twocol", "footer": "Sandvad Kommune"}, c,
          ["minutes", "carries-agreement", "two-column", "period:weeks-26"], [], (dt.date(2026, 8, 3), dt.date(2027, 1, 31)))
    # e. case print, period 9 mdr. as a length, no range
    blocks = [("title", "Aftale om mentorstøtte"),
              ("kv", [("Borger", "Cecilie Lind"), ("Sagsnr.", "27.12.04-A00-61-26"), ("Oprettet", "03.02.2026"), ("Rådgiver", "Pia Lund")], 2),
              ("kv", [("Formål", "Cecilie fastholder sit job som rengøringsassistent hos Plejecenter Solgården 18 timer om ugen uden sygefravær over 2 dage pr. måned."),
                      ("Mentor", "Anders Winther, Virksomhedsservice, tlf. 96 62 18 40"),
                      ("Opgaver", "Samtale med Cecilie og hendes leder hver 14. dag; hjælp til at planlægge vagter og transport."),
                      ("Varighed", "9 mdr. fra 16.02.2026"), ("Timetal", "2 timer pr. uge"),
                      ("Opfølgning", "Statusmøde hver 2. måned og evaluering fire uger før bevillingsudløb.")], 1),
              ("h", "Klagevejledning"), ("p", appeal_ok(c, KOMMUNER[0]))]
    o.add("sagssystem/aftale-udskrift-s5.pdf", "pdf", "agreement", "agreement", "case-print-grid", {"duration-over-6-months"},
          {"blocks": blocks, "header": "FAGSYS Beskæftigelse 8.3    Udskrift 03.02.2026\nJobcenter Fjordby", "footer": "Udskrevet af: pl", "pdf_mode": "print"}, c,
          ["case-system-print", "defect:duration-over-6-months", "period:length-9-months"], [], (dt.date(2026, 2, 16), dt.date(2026, 11, 15)))
    # f. Min Plan print where mentor support is one card among three, all fine
    blocks = [("title", "Min Plan"), ("kv", [("Navn", "Dennis Østergaard"), ("Jobcenter", "Bøgely")], 2),
              ("h", "Behandling: Samtaleforløb hos psykolog [Igangværende]"), ("kv", [("Sted", "Psykologhuset Bøgely"), ("Periode", "1.1.2026 - 31.12.2026")], 1),
              ("h", "Mentorstøtte [Aktiv]"), ("kv", [("Mål", "Dennis er i løntilskud på Jysk Centrallager 20 timer om ugen fra 1. juni 2026."),
                                                     ("Mentor", "Peter Lykke, tlf. 22 61 73 15"),
                                                     ("Mentorens opgaver", "Følger Dennis de første dage på lageret og tager ugentlig samtale med hans leder."),
                                                     ("Periode", "18.05.2026 - 17.11.2026"), ("Timer", "3 pr. uge")], 1),
              ("h", "Løntilskud"), ("kv", [("Sted", "Jysk Centrallager"), ("Periode", "1.6.2026 - 31.5.2027"), ("Timer", "20 pr. uge")], 1)]
    o.add("minplan/minplan-tre-kort-s6.html", "html", "minplan", "minplan", "plan-cards", set(), {"blocks": blocks, "header": "Ventus Sag – Min Plan"}, c,
          ["plan-print", "other-activity-long-period", "period:within"], [], (dt.date(2026, 5, 18), dt.date(2026, 11, 17)))


def specials_over(c, o):
    """Periods over six months written in forms the random builders do not use."""
    k = KOMMUNER[3]
    # g. decision: a length ("et år")
    blocks = [("p", f"{k[0]} Kommune · Jobcentret\n{k[1]}"), ("kv", [("Dato", "20.03.2026"), ("J.nr.", "15.20.00-G01-77-26")], 1),
              ("title", "Afgørelse om mentorstøtte"),
              ("p", "Kære Signe Andersen\nDu bevilges mentorstøtte i et år fra 1. april 2026 efter § 167 i lov om en aktiv beskæftigelsesindsats. Mentor: Henriette Boye, Kompasset, tlf. 31 45 78 02. Omfang 3 timer pr. uge."),
              ("h", "Begrundelse"), ("p", "Du skal starte på SOSU-hjælperuddannelsen og har brug for støtte gennem hele grundforløbet."),
              ("h", "Klagevejledning"), ("p", appeal_ok(c, k)), ("p", "Venlig hilsen\nNanna Qvist")]
    o.add("afgoerelser/grant-et-aar-s7.odt", "odt", "decision", "grant", "decision-letter", {"duration-over-6-months"},
          {"blocks": blocks}, c, ["defect:duration-over-6-months", "period:length-one-year"], [], (dt.date(2026, 4, 1), dt.date(2027, 3, 31)))
    # h. agreement case print, one day over
    cp = cpr(c)
    blocks = [("title", "Mentoraftale"),
              ("kv", [("Borger", "Jonas Holm"), ("CPR-nr.", cp), ("Sagsbehandler", "Lars Post, tlf. 70 11 22 33"), ("Sagsnr.", "27.12.04-K09-412-26")], 2),
              ("kv", [("Periode", "1. marts 2026 – 1. september 2026"), ("Mentor", "Lise Holm, Mentorhuset ApS, tlf. 51 22 33 44"),
                      ("Timetal", "4 timer pr. uge"),
                      ("Formål", "Jonas gennemfører virksomhedspraktik på Dansk Lager & Logistik 25 timer om ugen og får tilbudt løntilskud inden 1. august 2026."),
                      ("Opgaver", "Følge Jonas til praktikstedet de første to uger; ugentlig samtale med praktikvejlederen; hjælp til transport."),
                      ("Opfølgning", "Statusmøde hver måned; evaluering 14 dage før udløb.")], 1),
              ("h", "Klageadgang"), ("p", appeal_ok(c, KOMMUNER[0]))]
    o.add("sagssystem/aftale-udskrift-s8.txt", "txt", "agreement", "agreement", "case-print-grid", {"duration-over-6-months"},
          {"blocks": blocks, "header": "Ventus Sag    Udskrift 20.02.2026\nJobcenter Fjordby", "footer": "Printet af: lp11"}, c,
          ["case-system-print", "cpr", "defect:duration-over-6-months", "period:off-by-one-day-over"], [cp], (dt.date(2026, 3, 1), dt.date(2026, 9, 1)))
    # i. Min Plan print with an arrow range, 9 months
    blocks = [("title", "Min Plan – udskrift"), ("kv", [("Navn", "Yasmin Ali"), ("Jobcenter", "Sandvad")], 2),
              ("h", "Mentorstøtte (LAB § 167)"),
              ("kv", [("Målet med mentorstøtten", "Yasmin er i løntilskud som kantinemedhjælper på Plejecenter Solgården 20 timer om ugen senest 1. marts 2026."),
                      ("Mentor", "Peter Lykke, Sandvad Erhvervsmentor, pl@sandvad-mentor.dk"),
                      ("Opgaver", "Introduktion på arbejdspladsen, ugentlig samtale om fremmøde, hjælp til vagtplan."),
                      ("Periode", "12.01.2026 → 11.10.2026"), ("Timer pr. uge", "2")], 1),
              ("h", "Sprogundervisning"), ("kv", [("Sted", "Sprogcenter Sandvad"), ("Periode", "05.01.2026 → 18.12.2026")], 1)]
    o.add("minplan/minplan-pil-s9.pdf", "pdf", "minplan", "minplan", "plan-cards", {"duration-over-6-months"},
          {"blocks": blocks, "header": "BorgerFlow Jobcenter – Min Plan", "footer": "Bruger: NQ", "pdf_mode": "print"}, c,
          ["plan-print", "arrow-range", "defect:duration-over-6-months", "period:over"], [], (dt.date(2026, 1, 12), dt.date(2026, 10, 11)))
    # j. plain-language decision, shared-year range, 9 months
    blocks = [("p", "Åmark Kommune\nJobcentret"), ("title", "Du får en mentor"), ("p", "Kære Ali\nVi har sagt ja til, at du får en mentor."),
              ("h", "Hvornår?"), ("p", "Du har mentor fra 1. februar til 31. oktober 2026. I ses 2 timer om ugen."),
              ("h", "Hvem?"), ("p", "Din mentor hedder Bo Rasmussen. Hans telefon er 72 36 41 09."),
              ("h", "Hvorfor?"), ("p", "Du skal i gang med praktik på Bilka Åmark. Det er svært for dig at komme af sted om morgenen. Det står i § 167 i loven om en aktiv beskæftigelsesindsats, at vi kan give dig en mentor."),
              ("h", "Hvad hvis du er uenig?"), ("p", appeal_ok(c, KOMMUNER[1], plain=True)),
              ("p", "Venlig hilsen\nPia Lund")]
    o.add("borgerbreve/afgoerelse-klart-sprog-s10.html", "html", "decision", "plain", "plain-questions", {"duration-over-6-months"},
          {"blocks": blocks}, c, ["plain-language", "question-headings", "defect:duration-over-6-months", "period:shared-year-range"], [],
          (dt.date(2026, 2, 1), dt.date(2026, 10, 31)))


def make_scan(root, entry, c):
    """Rasterise a PDF (pdftoppm, grey, 150 dpi) and rebuild it as an image-only PDF."""
    import subprocess
    import tempfile
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    src = root / entry["path"]
    new = src.with_name(src.stem + "-scan.pdf")
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src), f"{td}/p"], check=True)
        pages = sorted(Path(td).glob("p*.png"))
        cv = canvas.Canvas(str(new), pagesize=A4, invariant=1)
        for pg in pages:
            cv.drawImage(str(pg), 0, 0, width=A4[0], height=A4[1])
            cv.showPage()
        cv.save()
    src.unlink()
    entry["path"] = str(Path(entry["path"]).with_name(new.name))
    entry["traits"] = sorted(set(entry["traits"]) | {"scan", "image-only-pdf"})
    entry["layout"] = entry["layout"] + "-scan"


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gm")
    ap.add_argument("--seed", type=int, default=1616)
    a = ap.parse_args()
    root = Path(a.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    c = Ctx(random.Random(a.seed))
    o = Out(root)
    i = 0
    for fmt in ["txt", "pdf", "docx", "txt", "pdf", "rtf", "odt"]:
        i += 1; ag_journal(c, o, i, fmt)
    for fmt in ["pdf", "pdf", "html", "docx", "pdf", "txt", "odt"]:
        i += 1; ag_case_print(c, o, i, fmt)
    for fmt in ["docx", "html", "pdf", "md", "odt"]:
        i += 1; ag_plain_letter(c, o, i, fmt)
    for _ in range(4):
        i += 1; ag_textbox_docx(c, o, i)
    for _ in range(4):
        i += 1; ag_twocol_pdf(c, o, i)
    for _ in range(4):
        i += 1; ag_email(c, o, i)
    for fmt in ["rtf", "docx", "pdf", "html"]:
        i += 1; ag_prose_letter(c, o, i, fmt)
    subs = [("grant", "pdf"), ("grant", "docx"), ("grant", "odt"), ("grant-bilag-agreement", "pdf"),
            ("grant-bilag-agreement", "docx"), ("grant-bilag-agreement", "rtf"), ("grant-bilag-agreement", "html"),
            ("partial", "pdf"), ("partial", "docx"), ("partial", "txt"), ("extension", "pdf"), ("extension", "docx"),
            ("extension", "html"), ("refusal", "pdf"), ("refusal", "docx"), ("refusal", "md"), ("end", "pdf"),
            ("end", "odt"), ("plain", "pdf"), ("plain", "html"), ("plain", "docx"), ("grant", "txt")]
    for sub, fmt in subs:
        i += 1; decision(c, o, i, fmt, sub)
    for fmt in ["pdf", "pdf", "html", "txt", "docx", "pdf", "html", "odt", "pdf", "txt", "docx", "pdf", "md", "rtf"]:
        i += 1; minplan(c, o, i, fmt)
    unknowns(c, o)
    specials(c, o)
    specials_over(c, o)
    # three scans: a journal note, a case print and a decision, rasterised and OCR-only
    for n, (fn_, fmt) in enumerate([(ag_journal, "pdf"), (ag_case_print, "pdf")]):
        i += 1; fn_(c, o, i, fmt)
        make_scan(root, o.entries[-1], c)
    i += 1; decision(c, o, i, "pdf", "grant")
    make_scan(root, o.entries[-1], c)
    # manifest
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(o.entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(o.entries)} documents -> {root}")


if __name__ == "__main__":
    main()
