#!/usr/bin/env python3
"""Corpus HK: Min Plan entries as different systems and routes print them.

Deterministic: python make_corpus_hk.py --out /work/corpora/hk [--seed 18]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render as R  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mads", "Sara", "Ahmed", "Line", "Jonas", "Fatima", "Emil", "Nanna", "Kasper", "Amalie", "Yusuf",
         "Camilla", "Rasmus", "Louise", "Tobias", "Mette", "Ali", "Signe", "Frederik", "Julie", "Omar",
         "Katrine", "Nikolaj", "Ida", "Bilal", "Maja", "Simon", "Helle", "Patrick", "Stine"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Karimi", "Özdemir", "Holm", "Dahl", "Lund"]
MENTORS = ["Lone Berg", "Kim Vestergaard", "Anja Skov", "Per Lauridsen", "Hanne Toft", "Jakob Frost",
           "Birgitte Kjær", "Tariq Rahimi", "Susanne Bach", "Morten Højgaard", "Dorthe Lind", "Allan Krogh",
           "Pia Østergaard", "René Brandt", "Maiken Friis", "Søren Ravn"]
PROVIDERS = [("Mentorcentret Midt", "mentorcentret.dk"), ("Fokus Mentorservice ApS", "fokusmentor.dk"),
             ("Kommunens Mentorkorps", None), ("Job & Trivsel ApS", "jobtrivsel.dk"),
             ("Ungeenheden", None), ("Broen Mentor", "broen-mentor.dk"), ("Vejviseren I/S", "vejviseren.dk")]
KOMMUNER = [("Holstebro", "holstebro.dk"), ("Vejle", "vejle.dk"), ("Næstved", "naestved.dk"),
            ("Horsens", "horsens.dk"), ("Silkeborg", "silkeborg.dk"), ("Frederikshavn", "frederikshavn.dk"),
            ("Slagelse", "slagelse.dk"), ("Viborg", "viborg.dk"), ("Køge", "koege.dk"), ("Randers", "randers.dk")]
CASEWORKERS = ["Trine Mølgaard", "Henrik Bjerre", "Ulla Storm", "Rikke Winther", "Lars Dam", "Gitte Kaas",
               "Mikkel Aagaard", "Charlotte Lysgaard"]

GOALS_CLEAR = [
    "{f} er i virksomhedspraktik i lageret hos {w} 15 timer om ugen senest {d}.",
    "{f} starter på grundforløb 1 (GF1) på {s} i {m} og møder mindst fire dage om ugen.",
    "{f} gennemfører FGU-forløbet på {s} med et fremmøde på mindst 80 % frem til {d}.",
    "At {f} bliver ansat i løntilskud som køkkenmedhjælper hos {w} med 20 timer om ugen fra {d}.",
    "{f} fastholder sit fleksjob hos {w} (12 timer om ugen) og har højst to fraværsdage om måneden.",
    "{f} er i gang med hf-enkeltfag på {s} og møder op til alle lektioner i dansk og matematik til og med {d}.",
    "Ordinært job som chauffør/lagermedarbejder: {f} sender mindst to ansøgninger om ugen og har været til samtale hos mindst tre virksomheder inden {d}.",
    "{f} har gennemført praktikken hos {w} (3 dage om ugen) og har en aftale om løntilskud inden {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "{f} skal komme tættere på arbejdsmarkedet.",
    "Motivere {f} og styrke selvværdet.",
    "Hjælp til at komme videre i livet.",
    "Sikre at {f} får det bedre.",
]
WORKPLACES = ["Bilka", "Netto", "Dagrofa", "Plantorama", "Jysk", "Lidl", "Føtex", "Danish Crown", "XL-Byg",
              "Plejecenter Solgården", "Kantinen på Rådhuset"]
SCHOOLS = ["EUC Syd", "Tradium", "FGU Midt", "VUC Storstrøm", "SOSU Nord", "Mercantec", "Learnmark", "Zealand Business College"]

TASKS = [
    "Følge {f} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælpe med at holde styr på aftaler i kalenderen",
    "Tage med til første møde med skolens studievejleder",
    "Støtte {f} i at tage kontakt til arbejdsgiveren ved sygdom",
    "Hjælpe med at læse og besvare post i e-Boks",
    "Øve jobsamtaler og gennemgå ansøgninger",
    "Være bindeled til kontaktpersonen på arbejdspladsen",
    "Hjælpe med at planlægge morgenrutiner, så {f} møder til tiden",
    "Tage med til lægen, når det handler om arbejdsevnen",
]


def dfmt(d: dt.date, style: str) -> str:
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d.%m.%Y")


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


class Gen:
    def __init__(self, seed: int, out: Path):
        self.r = random.Random(seed)
        self.out = out
        self.entries = []
        self.tmp = Path(tempfile.mkdtemp(prefix="hk_"))
        self.count = 0

    # --------------------------------------------------------------- people and data
    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def cpr(self):
        d = dt.date(1975, 1, 1) + dt.timedelta(days=self.r.randint(0, 365 * 30))
        return d.strftime("%d%m%y") + "-" + f"{self.r.randint(0, 9999):04d}"

    def phone(self):
        return f"{self.r.randint(20, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}"

    def mentor_activity(self, first, defects, start=None, months=6, dstyle="dots"):
        r = self.r
        name = r.choice(MENTORS)
        prov, dom = r.choice(PROVIDERS)
        email = (name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("é", "e") + "@"
                 + (dom or "kommune.dk"))
        if start is None:
            start = dt.date(2026, r.choice([2, 3, 4, 5, 6, 8, 9, 10]), r.choice([1, 1, 1, 2, 15]))
        if "over6" in defects:
            end = add_months(start, months if months > 6 else r.choice([8, 9, 12])) - dt.timedelta(days=1)
        else:
            end = add_months(start, months) - dt.timedelta(days=1)
        fill = dict(f=first, w=r.choice(WORKPLACES), s=r.choice(SCHOOLS), m=MONTHS[add_months(start, 4).month - 1],
                    d=dfmt(add_months(start, 5), "words"))
        goal = (r.choice(GOALS_UNCLEAR) if "goal_unclear" in defects else r.choice(GOALS_CLEAR)).format(**fill)
        tasks = [t.format(f=first) for t in r.sample(TASKS, r.randint(2, 4))]
        hrs = r.choice([2, 3, 4, 5, 1.5, 6, 8])
        hrs_s = (str(hrs).replace(".", ",") if isinstance(hrs, float) else str(hrs))
        return dict(goal=goal, name=name, provider=prov, phone=self.phone(), email=email, tasks=tasks,
                    start=start, end=end, hours=hrs_s, dstyle=dstyle, defects=set(defects))

    # --------------------------------------------------------------- writing
    def emit(self, relpath, fmt, kind, rules, layout, traits, blocks=None, *, payload=None, cpr=None,
             period=None, subtype=None, extras=(), **kw):
        path = self.out / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            path.write_text(payload if payload is not None else R.to_html(blocks, **kw), encoding="utf-8")
        elif fmt == "txt":
            path.write_text(payload if payload is not None else R.to_txt(blocks, **kw), encoding="utf-8")
        elif fmt == "docx":
            R.to_docx(blocks, path, **kw)
        elif fmt == "odt":
            R.to_odt(blocks, path)
        elif fmt == "rtf":
            R.to_rtf(blocks, path)
        elif fmt == "pdf":
            how = kw.pop("how", "lo")
            if how == "browser":
                R.browser_pdf(blocks, path, **kw)
            else:
                src_fmt = kw.pop("src", "docx")
                src = self.tmp / (path.stem + "." + src_fmt)
                if src_fmt == "docx":
                    R.to_docx(blocks, src, **kw)
                elif src_fmt == "html":
                    src.write_text(payload if payload is not None else R.to_html(blocks, **kw), encoding="utf-8")
                elif src_fmt == "odt":
                    R.to_odt(blocks, src)
                elif src_fmt == "txt":
                    src.write_text(payload if payload is not None else R.to_txt(blocks), encoding="utf-8")
                R.soffice_pdf(src, path)
        elif fmt == "eml":
            R.to_eml(path, **payload)
        else:
            raise ValueError(fmt)
        must = []
        if cpr:
            must = [cpr, cpr.replace("-", "")]
            traits = list(traits) + ["cpr"]
        e = {"path": relpath, "format": fmt, "kind": kind, "subtype": subtype or kind, "layout": layout,
             "rules": sorted(set(rules)), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": sorted(set(traits))}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)
        self.count += 1


# ===================================================================== Min Plan families
DEFECT_RULE = {"goal_missing": "missing-goal", "goal_unclear": "unclear-goal", "mentor_nocontact": "missing-mentor",
               "mentor_missing": "missing-mentor", "tasks_missing": "missing-tasks",
               "duration_missing": "missing-duration", "duration_open": "missing-duration",
               "hours_missing": "missing-hours", "hours_vague": "missing-hours", "over6": "duration-over-6-months"}


def minplan_rules(defects):
    return sorted({DEFECT_RULE[d] for d in defects})


def mentor_rows(M, labels, join_contact=True):
    """kv rows for the mentor activity, honouring defects.  labels: dict of label words."""
    D = M["defects"]
    st = M["dstyle"]
    rows = []
    if "goal_missing" not in D:
        rows.append(("kv", labels.get("goal", "Formål"), M["goal"]))
    if "mentor_missing" not in D:
        if "mentor_nocontact" in D:
            rows.append(("kv", labels.get("mentor", "Mentor"), f'{M["name"]}, {M["provider"]}'))
        elif join_contact:
            rows.append(("kv", labels.get("mentor", "Mentor"),
                         f'{M["name"]}, {M["provider"]}, tlf. {M["phone"]}, {M["email"]}'))
        else:
            rows.append(("kv", labels.get("mentor", "Mentors navn"), M["name"]))
            rows.append(("kv", "Telefon", M["phone"]))
            rows.append(("kv", "E-mail", M["email"]))
    if "tasks_missing" not in D:
        rows.append(("kv", labels.get("tasks", "Mentors opgaver"), "; ".join(M["tasks"]) + "."))
    if "duration_missing" in D:
        pass
    elif "duration_open" in D:
        if labels.get("split_dates"):
            rows.append(("kv", "Startdato", R_date(M["start"], st)))
            rows.append(("kv", "Slutdato", "Ikke fastsat"))
        else:
            rows.append(("kv", labels.get("period", "Periode"), f'{R_date(M["start"], st)} – indtil videre'))
    else:
        if labels.get("split_dates"):
            rows.append(("kv", "Startdato", R_date(M["start"], st)))
            rows.append(("kv", "Slutdato", R_date(M["end"], st)))
        else:
            rows.append(("kv", labels.get("period", "Periode"), f'{R_date(M["start"], st)} – {R_date(M["end"], st)}'))
    if "hours_missing" in D:
        pass
    elif "hours_vague" in D:
        rows.append(("kv", labels.get("hours", "Timer pr. uge"), "Efter behov"))
    else:
        rows.append(("kv", labels.get("hours", "Timer pr. uge"), f'{M["hours"]} timer'))
    return rows


def R_date(d, style):
    return dfmt(d, style)


OTHER_ACTS = [
    ("Uddannelse: Grundforløb (FGU)", "FGU Midt, afdeling Herning", 13, "Lærer Jette Kruse, tlf. 96 28 40 10", "37 timer pr. uge"),
    ("Virksomhedspraktik", "Plantorama, lager", 3, "Praktikvejleder Bo Lassen, tlf. 40 11 22 33", "15 timer pr. uge"),
    ("Behandling: Misbrugsbehandling (ambulant)", "Rusmiddelcentret", 12, "Behandler Kirsten Holt, tlf. 76 81 20 00", "1 samtale pr. uge"),
    ("Samtale i kommunen", "Jobcentret / kommunen", 0, "Sagsbehandler {cw}, tlf. 99 27 14 14", "-"),
    ("Løntilskud (privat)", "Dagrofa, Viborg", 9, "Butikschef Anders Bech, tlf. 86 62 10 10", "30 timer pr. uge"),
    ("Danskuddannelse", "Sprogcenter Midt", 12, "Underviser Ann Lyng, tlf. 87 13 40 40", "6 lektioner pr. uge"),
    ("Træning hos fysioterapeut", "Fysio Nord", 4, "Fysioterapeut Jens Aarup, tlf. 98 42 11 00", "2 gange pr. uge"),
    ("Jobsøgningskursus", "Jobhuset", 2, "Kursusleder Ole Dyhr, tlf. 70 20 30 40", "10 timer pr. uge"),
]


def other_acts(g, n, base, cw, dstyle):
    acts = []
    for a in g.r.sample(OTHER_ACTS, n):
        title, place, months, contact, hrs = a
        s = base - dt.timedelta(days=g.r.choice([0, 14, 30, 60]))
        e = add_months(s, months) - dt.timedelta(days=1) if months else s
        acts.append(dict(title=title, place=place, start=s, end=e, contact=contact.format(cw=cw), hours=hrs,
                         dstyle=dstyle, single=months == 0))
    return acts


def act_rows(a):
    st = a["dstyle"]
    rows = [("kv", "Sted", a["place"])]
    if a["single"]:
        rows.append(("kv", "Dato", dfmt(a["start"], st) + " kl. 10.00"))
    else:
        rows.append(("kv", "Start", dfmt(a["start"], st)))
        rows.append(("kv", "Slut", dfmt(a["end"], st)))
    rows.append(("kv", "Kontaktperson", a["contact"]))
    return rows


JOBNET_CSS = ("body{font-family:Arial,sans-serif;max-width:960px;margin:auto;color:#222}"
              ".meta{font-size:11px;color:#666}table.kv th{text-align:left;width:30%;padding:4px;vertical-align:top}"
              "table.kv td{padding:4px}table.kv{border-top:1px solid #ddd;width:100%;margin-bottom:16px}"
              "h2{background:#eef3f7;padding:6px}")


def fam_jobnet_html(g, idx, defects, extra_traits=()):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle="dots")
    pos = r.choice(["first", "middle", "last"])
    acts = other_acts(g, r.randint(1, 3), M["start"], cw, "dots")
    past = r.random() < 0.3
    blocks = [("meta", "Jobnet.dk › Min side › Min Plan"), ("title", "Min Plan"),
              ("p", f"Her kan du se de aktiviteter, du og {kom} Kommune har aftalt. Planen er senest opdateret "
                    f"{dfmt(M['start'] - dt.timedelta(days=3), 'dots')}.")]
    cards = []
    for a in acts:
        cards.append([("h", a["title"])] + act_rows(a))
    mc = [("h", "Mentorstøtte")] + mentor_rows(M, {"goal": "Formål", "mentor": "Mentor", "tasks": "Mentors opgaver",
                                                   "split_dates": True, "hours": "Antal timer pr. uge"})
    if past:
        ps = add_months(M["start"], -6)
        mc.append(("kv", "Tidligere periode", f"{dfmt(ps, 'dots')} – {dfmt(M['start'] - dt.timedelta(days=1), 'dots')} (afsluttet)"))
    ins = {"first": 0, "middle": min(1, len(cards)), "last": len(cards)}[pos]
    cards.insert(ins, mc)
    for c in cards:
        blocks += c
    blocks.append(("h", "Din kontaktperson i kommunen"))
    blocks.append(("p", f"{cw}, Jobcenter {kom}, tlf. 7{r.randint(0, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"))
    wrap_b = ('<header><nav><a href="/">Jobnet</a> | <a href="/min-side">Min side</a> | <a href="/joblog">Joblog</a> | '
              '<a href="/cv">CV</a> | <a href="/logout">Log af</a></nav></header><main>')
    wrap_a = '</main><footer><p>Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering.</p></footer>'
    traits = ["jobnet-saved-page", f"mentor-pos:{pos}", f"other-acts:{len(acts)}"] + (["past-period"] if past else []) + list(extra_traits)
    g.emit(f"minplan/jobnet/min-plan-gemt-{idx:02d}.html", "html", "minplan", minplan_rules(defects), "jobnet-cards",
           traits, blocks, css=JOBNET_CSS, wrap_before=wrap_b, wrap_after=wrap_a,
           period=(M["start"], M["end"]))


def fam_jobnet_print(g, idx, defects):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle=r.choice(["dots", "words"]))
    acts = other_acts(g, r.randint(0, 2), M["start"], cw, M["dstyle"])
    pos = r.choice(["first", "last"])
    blocks = [("title", "Min Plan"), ("p", f"{cit}")]
    if "goal_missing" not in defects:
        blocks += [("h", "Mit mål"), ("p", "Jeg vil gerne have et arbejde inden for lager eller logistik.")]
    mc = [("h", "Aktivitet: Mentor")] + mentor_rows(M, {"goal": "Formål med mentorstøtten", "mentor": "Mentor",
                                                         "tasks": "Mentoren hjælper dig med", "period": "Periode",
                                                         "hours": "Timetal"})
    cards = [[("h", f"Aktivitet: {a['title']}")] + act_rows(a) for a in acts]
    cards.insert(0 if pos == "first" else len(cards), mc)
    for c in cards:
        blocks += c
    pd_ = M['start'] + dt.timedelta(days=r.randint(2, 40))
    printed = f"{pd_.strftime('%d/%m/%Y')} {r.randint(10, 23)}.{r.randint(10, 59)}"
    g.emit(f"minplan/jobnet-print/min-plan-udskrift-{idx:02d}.pdf", "pdf", "minplan", minplan_rules(defects),
           "jobnet-browser-print", ["browser-print", "reportlab", f"mentor-pos:{pos}", "citizen-goal-not-mentor-goal"],
           blocks, how="browser", url="https://job.jobnet.dk/CV/MinPlan/Overblik", printed=printed,
           page_title="Min Plan - Jobnet", period=(M["start"], M["end"]))


def fam_jobnet_copy_mail(g, idx, defects):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    M = g.mentor_activity(first, defects, dstyle="dots")
    to_name = r.choice(["Hanne (a-kassen)", "Mor", "Bisidder Karin Holm", "Socialrådgiver i fagforeningen"])
    D = M["defects"]
    lines = []
    lines.append("Mentor")
    lines.append(f"Status\tAktiv")
    if "goal_missing" not in D:
        lines.append(f"Formål\t{M['goal']}")
    if "mentor_nocontact" in D:
        lines.append(f"Mentor\t{M['name']}")
    elif "mentor_missing" not in D:
        lines.append(f"Mentor\t{M['name']}")
        lines.append(f"Telefon\t{M['phone']}")
        lines.append(f"E-mail\t{M['email']}")
    if "tasks_missing" not in D:
        lines.append("Opgaver")
        lines += [f"• {t}" for t in M["tasks"]]
    if "duration_open" in D:
        lines.append(f"Startdato\t{dfmt(M['start'], 'dots')}")
        lines.append("Slutdato\tIkke angivet")
    elif "duration_missing" not in D:
        lines.append(f"Startdato\t{dfmt(M['start'], 'dots')}")
        lines.append(f"Slutdato\t{dfmt(M['end'], 'dots')}")
    if "hours_vague" in D:
        lines.append("Timer\tEfter behov")
    elif "hours_missing" not in D:
        lines.append(f"Timer pr. uge\t{M['hours']}")
    cpr = g.cpr() if r.random() < 0.45 else None
    intro = (f"Hej\n\nDu bad om at se, hvad der står i min plan om mentoren. Jeg har kopieret det fra Jobnet "
             f"herunder.\n{'Mit cpr-nr. er ' + cpr + ' hvis du skal bruge det.' if cpr else ''}\n\n")
    body = intro + "----- kopieret fra Min Plan -----\n" + "\n".join(lines) + "\n-----\n\nMvh\n" + first + "\n"
    date = dt.datetime(2026, r.randint(3, 11), r.randint(1, 28), r.randint(8, 21), r.randint(0, 59),
                       tzinfo=dt.timezone(dt.timedelta(hours=1)))
    payload = dict(subject=r.choice(["Min plan", "Det der står om mentor", "Fw: min plan på jobnet", "Kopi af min plan"]),
                   sender=f"{cit} <{first.lower()}{r.randint(10, 99)}@gmail.com>", to=to_name + " <modtager@example.dk>",
                   body_txt=body, date=date)
    g.emit(f"minplan/kopieret-i-mail/plan-kopi-{idx:02d}.eml", "eml", "minplan", minplan_rules(defects),
           "copied-text-in-mail", ["citizen-copy-paste", "tab-separated"], payload=payload, cpr=cpr,
           period=(M["start"], M["end"]))


def fam_momentum(g, idx, defects, fmt):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle="dash")
    acts = other_acts(g, r.randint(1, 3), M["start"], cw, "dash")
    cpr = g.cpr() if r.random() < 0.5 else None
    blocks = [("meta", f"Momentum · {kom} Kommune · Borger: {cit}" + (f" ({cpr})" if cpr else "")),
              ("title", f"Plan – indsatser for {cit}"),
              ("table", ["Indsats", "Status", "Start", "Slut", "Leverandør"],
               [[a["title"], "Igangværende", dfmt(a["start"], "dash"), dfmt(a["end"], "dash"), a["place"]] for a in acts]
               + [["Mentor (§ 167)", "Igangværende", dfmt(M["start"], "dash") if "duration_missing" not in defects else "",
                   (dfmt(M["end"], "dash") if not ({"duration_missing", "duration_open"} & set(defects)) else ""),
                   M["provider"]]]),
              ("h", "Indsatsdetaljer: Mentor")]
    det = mentor_rows(M, {"goal": "Formål med indsatsen", "mentor": "Mentor", "tasks": "Mentorens opgaver",
                          "period": "Bevilget periode", "hours": "Ugentligt timetal"}, join_contact=False)
    blocks += det
    blocks += [("kv", "Oprettet af", f"{cw}"), ("kv", "Synlig på Jobnet", "Ja")]
    traits = ["case-system:momentum", "overview-table+detail", f"other-acts:{len(acts)}"]
    kw = {}
    if fmt == "pdf":
        kw = dict(how="lo", src="html", css="body{font-family:Arial;font-size:10pt}table{border-collapse:collapse}"
                                           "td,th{border:1px solid #999;padding:3px}")
    elif fmt == "html":
        kw = dict(css="body{font-family:'Segoe UI';font-size:13px}.grid td,.grid th{border:1px solid #ccc;padding:3px}")
    g.emit(f"minplan/momentum/indsatser-{idx:02d}.{fmt}", fmt, "minplan", minplan_rules(defects), "momentum-overview",
           traits, blocks, cpr=cpr, period=(M["start"], M["end"]), **kw)


def fam_fasit(g, idx, defects, fmt):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle=r.choice(["dots", "iso"]))
    cpr = g.cpr() if r.random() < 0.6 else None
    sag = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-K{r.randint(0, 9)}-{r.randint(1, 99)}-{r.randint(20, 26)}"
    blocks = [("meta", "FASIT Sagsoverblik - Udskrift"), ("meta", f"Udskrevet {dfmt(M['start'] + dt.timedelta(days=9), 'dots')} af {cw}"),
              ("meta", f"Sag: {sag}"), ("title", "Min Plan – mentorindsats"),
              ("kv", "Borger", cit + (f", CPR {cpr}" if cpr else "")),
              ("kv", "Målgruppe", r.choice(["2.3 Aktivitetsparat kontanthjælp", "2.12 Uddannelseshjælp, uddannelsesparat",
                                            "2.6 Sygedagpenge", "2.8 Ledighedsydelse"]))]
    blocks += mentor_rows(M, {"goal": "Mål", "mentor": "Mentor / kontakt", "tasks": "Indsatsområder",
                              "period": "Varighed", "hours": "Timer/uge"})
    blocks += [("kv", "Status", "Bevilget"), ("kv", "Journalnotat", "Se journal")]
    if fmt == "txt":
        g.emit(f"minplan/fasit/fasit-udskrift-{idx:02d}.txt", "txt", "minplan", minplan_rules(defects), "fasit-print",
               ["case-system:fasit", "fixed-width"], blocks, cpr=cpr, kv_style="pad", period=(M["start"], M["end"]))
    else:
        g.emit(f"minplan/fasit/fasit-udskrift-{idx:02d}.pdf", "pdf", "minplan", minplan_rules(defects), "fasit-print",
               ["case-system:fasit", "lo-from-txt"], blocks, cpr=cpr, how="lo", src="txt",
               payload=R.to_txt(blocks, kv_style="pad"), period=(M["start"], M["end"]))


def fam_portal(g, idx, defects, fmt):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle="words")
    D = M["defects"]
    blocks = [("meta", f"Min side – {kom} Kommune"), ("title", f"Din plan – mentorstøtte"),
              ("p", f"Kære {first}. Her står det, vi har aftalt om din mentorstøtte. Aftalen er også skrevet ind i din plan på Jobnet.")]
    if "goal_missing" not in D:
        blocks += [("h", "Hvad er målet?"), ("p", M["goal"])]
    if "mentor_nocontact" in D:
        blocks += [("h", "Hvem er din mentor?"), ("p", f"{M['name']} fra {M['provider']}.")]
    elif "mentor_missing" not in D:
        blocks += [("h", "Hvem er din mentor?"), ("p", f"{M['name']} fra {M['provider']}\nTelefon: {M['phone']}\nMail: {M['email']}")]
    if "tasks_missing" not in D:
        blocks += [("h", f"Det hjælper {M['name'].split()[0]} dig med")] + [("li", t) for t in M["tasks"]]
    if "duration_open" in D:
        blocks += [("h", "Hvor længe?"), ("p", f"Fra {dfmt(M['start'], 'words')} og indtil videre.")]
    elif "duration_missing" not in D:
        blocks += [("h", "Hvor længe?"), ("p", f"Fra {dfmt(M['start'], 'words')} til {dfmt(M['end'], 'words')}.")]
    if "hours_vague" in D:
        blocks += [("h", "Hvor meget?"), ("p", "I mødes et par timer om ugen, når der er brug for det.")]
    elif "hours_missing" not in D:
        blocks += [("h", "Hvor meget?"), ("p", f"{M['hours']} timer om ugen.")]
    blocks += [("h", "Spørgsmål"), ("p", f"Kontakt din sagsbehandler {cw} på tlf. 7{r.randint(0,9)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}.")]
    kw = {}
    if fmt == "html":
        kw = dict(css="body{font-family:Verdana;font-size:14px}h2{font-size:16px;color:#035}")
    g.emit(f"minplan/kommune-portal/din-plan-{idx:02d}.{fmt}", fmt, "minplan", minplan_rules(defects),
           "portal-questions", ["municipal-portal", "question-headings"], blocks, period=(M["start"], M["end"]), **kw)


def fam_mobile(g, idx, defects):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle="short")
    acts = other_acts(g, r.randint(0, 2), M["start"], cw, "short")
    blocks = [("meta", f"09:{r.randint(10, 59)}  ●●●  4G  {r.randint(20, 99)} %"), ("title", "Min plan"),
              ("meta", "Jobnet-appen")]
    mc = [("h", "Mentor · Aktiv")] + mentor_rows(M, {"goal": "Formål", "mentor": "Din mentor", "tasks": "Opgaver",
                                                      "period": "Periode", "hours": "Timer om ugen"})
    cards = [[("h", f"{a['title']} · Aktiv")] + act_rows(a) for a in acts]
    pos = r.choice(["first", "last", "middle"])
    cards.insert({"first": 0, "last": len(cards), "middle": min(1, len(cards))}[pos], mc)
    for c in cards:
        blocks += c
    blocks.append(("meta", "Hjem   Plan   Joblog   Mere"))
    g.emit(f"minplan/app/app-skaermprint-{idx:02d}.pdf", "pdf", "minplan", minplan_rules(defects), "mobile-app-print",
           ["mobile-print", "narrow-page", f"mentor-pos:{pos}"], blocks, how="browser",
           url="jobnet-app://minplan", printed="", page_title="", pagesize=(340, 900), mobile=True,
           period=(M["start"], M["end"]))


def fam_overview_table(g, idx, defects, fmt):
    """Overview listing several activities with statuses and contact persons; mentor as a row with a
    Beskrivelse cell, plus (sometimes) a past mentor row."""
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle="dots")
    D = M["defects"]
    acts = other_acts(g, r.randint(2, 3), M["start"], cw, "dots")
    past = r.random() < 0.4
    desc = []
    if "goal_missing" not in D:
        desc.append(f"Formål: {M['goal']}")
    if "tasks_missing" not in D:
        desc.append("Mentors opgaver: " + ", ".join(t[0].lower() + t[1:] for t in M["tasks"]) + ".")
    if "hours_vague" in D:
        desc.append("Timer: efter behov")
    elif "hours_missing" not in D:
        desc.append(f"Timer: {M['hours']} pr. uge")
    if "mentor_nocontact" in D:
        contact = M["name"]
    else:
        contact = f"{M['name']}, {M['phone']}"
    if "duration_missing" in D:
        per = ""
    elif "duration_open" in D:
        per = f"{dfmt(M['start'], 'dots')} –"
    else:
        per = f"{dfmt(M['start'], 'dots')} – {dfmt(M['end'], 'dots')}"
    mrow = ["Mentorstøtte", per, "Igangværende", contact, "\n".join(desc)]
    rows = [[a["title"], (dfmt(a["start"], "dots") + ("" if a["single"] else " – " + dfmt(a["end"], "dots"))),
             r.choice(["Igangværende", "Planlagt"]), a["contact"], f"{a['place']}. {a['hours']}"] for a in acts]
    pos = r.choice(["first", "middle", "last"])
    rows.insert({"first": 0, "middle": 1, "last": len(rows)}[pos], mrow)
    if past:
        ps = add_months(M["start"], -r.choice([6, 7, 9]))
        rows.append(["Mentorstøtte (tidligere periode)", f"{dfmt(ps, 'dots')} – {dfmt(M['start'] - dt.timedelta(days=1), 'dots')}",
                     "Afsluttet", r.choice(MENTORS), "Tidligere mentorforløb."])
    blocks = [("meta", f"{kom} Kommune – Beskæftigelse"), ("title", f"Oversigt over aktiviteter i Min Plan – {cit}"),
              ("p", f"Udskrevet {dfmt(M['start'] + dt.timedelta(days=r.randint(3, 30)), 'dots')}."),
              ("table", ["Aktivitet", "Periode", "Status", "Kontaktperson", "Beskrivelse"], rows)]
    traits = ["overview-table", f"mentor-pos:{pos}", "mentor-row-description-cell"] + (["past-period-row"] if past else [])
    kw = {}
    if fmt == "pdf":
        kw = dict(how="lo", src="docx")
    g.emit(f"minplan/oversigt/aktivitetsoversigt-{idx:02d}.{fmt}", fmt, "minplan", minplan_rules(defects),
           "overview-table", traits, blocks, period=(M["start"], M["end"]), **kw)


def fam_overview_thin(g, idx, fmt):
    """An overview row for the mentor with period, hours and contact only: goal and tasks are not in the print."""
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, [], dstyle="dots")
    acts = other_acts(g, 2, M["start"], cw, "dots")
    rows = [[a["title"], dfmt(a["start"], "dots"), dfmt(a["end"], "dots"), a["hours"], a["contact"], "Aktiv"] for a in acts]
    rows.insert(r.choice([0, 1, 2]), ["Mentorstøtte", dfmt(M["start"], "dots"), dfmt(M["end"], "dots"),
                                      f"{M['hours']} t/uge", f"{M['name']}, tlf. {M['phone']}", "Aktiv"])
    blocks = [("title", f"Min Plan – aktiviteter"), ("kv", "Borger", cit), ("kv", "Sagsbehandler", cw),
              ("table", ["Aktivitet", "Start", "Slut", "Omfang", "Kontaktperson", "Status"], rows)]
    kw = dict(how="lo", src="docx") if fmt == "pdf" else {}
    g.emit(f"minplan/oversigt/kort-oversigt-{idx:02d}.{fmt}", fmt, "minplan", ["missing-goal", "missing-tasks"],
           "overview-thin", ["overview-table", "no-goal-no-tasks-in-print"], blocks, period=(M["start"], M["end"]), **kw)


def fam_word_export(g, idx, defects, fmt):
    """A municipality's 'Udskrift af plan' exported to Word/ODT/RTF: prose paragraph style."""
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, defects, dstyle=r.choice(["words", "slash"]))
    D = M["defects"]
    st = M["dstyle"]
    cpr = g.cpr() if r.random() < 0.45 else None
    blocks = [("meta", f"Jobcenter {kom}"), ("title", "Udskrift af Min Plan"),
              ("kv", "Navn", cit), ("kv", "Dato", dfmt(M["start"] - dt.timedelta(days=2), "dots"))]
    if cpr:
        blocks.append(("kv", "CPR-nr.", cpr))
    if "goal_missing" not in D:
        blocks.append(("h", "Dit job- eller uddannelsesmål"))
        blocks.append(("p", r.choice(["Job i detailhandlen.", "Uddannelse som ernæringsassistent.", "Job som lagermedarbejder."])))
    blocks.append(("h", "Mentorstøtte efter LAB § 167"))
    sent = []
    if "goal_missing" not in D:
        sent.append(f"Målet med mentorstøtten er: {M['goal']}")
    if "mentor_nocontact" in D:
        sent.append(f"Din mentor er {M['name']} fra {M['provider']}.")
    elif "mentor_missing" not in D:
        sent.append(f"Din mentor er {M['name']} fra {M['provider']}, tlf. {M['phone']}, e-mail {M['email']}.")
    if "tasks_missing" not in D:
        sent.append("Mentorens opgaver er: " + ", ".join(t[0].lower() + t[1:] for t in M["tasks"][:-1])
                    + f" og {M['tasks'][-1][0].lower() + M['tasks'][-1][1:]}.")
    if "duration_open" in D:
        sent.append(f"Mentorstøtten begynder {dfmt(M['start'], st)} og løber indtil videre.")
    elif "duration_missing" not in D:
        sent.append(f"Mentorstøtten gælder fra {dfmt(M['start'], st)} til {dfmt(M['end'], st)}.")
    if "hours_vague" in D:
        sent.append("Omfanget aftales løbende efter behov.")
    elif "hours_missing" not in D:
        sent.append(f"Der er bevilget {M['hours']} timer om ugen.")
    blocks.append(("p", " ".join(sent)))
    if r.random() < 0.5:
        blocks.append(("h", "Andre aktiviteter"))
        a = other_acts(g, 1, M["start"], cw, st)[0]
        blocks.append(("p", f"{a['title']} hos {a['place']} fra {dfmt(a['start'], st)} til {dfmt(a['end'], st)}."))
    g.emit(f"minplan/word-udskrift/plan-udskrift-{idx:02d}.{fmt}", fmt, "minplan", minplan_rules(defects),
           "dense-paragraph", ["municipal-export", "mentor-one-paragraph"], blocks, cpr=cpr,
           period=(M["start"], M["end"]))


def fam_uddannelsesplan(g, idx, defects, fmt):
    """A citizen's Uddannelsesplan carrying the mentor support as one part, with a long education period."""
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    M = g.mentor_activity(first, defects, dstyle="dots")
    school = r.choice(SCHOOLS)
    M["goal"] = (f"{first} gennemfører grundforløbets første halvdel på {school} og møder mindst 90 % af tiden "
                 f"frem til {dfmt(M['end'], 'words')}.")
    es = dt.date(2026, 8, r.choice([10, 11, 12]))
    ee = dt.date(2028, 6, 30)
    blocks = [("meta", f"Ungeenheden, {kom} Kommune"), ("title", "Uddannelsesplan (Min Plan)"),
              ("kv", "Navn", cit), ("kv", "Uddannelsesmål", f"Erhvervsuddannelse på {school}"),
              ("h", "Uddannelse"), ("p", f"{first} er optaget på {school} fra {dfmt(es, 'dots')} til {dfmt(ee, 'dots')}."),
              ("h", "Mentor")]
    blocks += mentor_rows(M, {"goal": "Formål", "mentor": "Mentor", "tasks": "Opgaver", "period": "Periode",
                              "hours": "Timer"})
    g.emit(f"minplan/uddannelsesplan/uddannelsesplan-{idx:02d}.{fmt}", fmt, "minplan", minplan_rules(defects),
           "plan-with-education", ["uddannelsesplan", "long-education-period-not-mentor"], blocks,
           period=(M["start"], M["end"]))


# ===================================================================== agreements and decisions
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal være modtaget i kommunen inden fire uger efter, at du har fået dette brev. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden fire uger. Hvis kommunen fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen inden 4 uger fra modtagelsen. Send klagen til {kom} Kommune, Jobcentret, eller ring til din sagsbehandler. Vi ser på sagen igen, og fastholder vi afgørelsen, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Sådan klager du: Er du uenig, skal du klage til kommunen senest 4 uger efter, at du har modtaget afgørelsen. Kommunen vurderer sagen igen. Giver vi dig ikke medhold, sender vi klagen og sagens akter til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, er du velkommen til at kontakte os.",
              "Du kan klage til Ankestyrelsen."]


def agreement(g, idx, defects, fmt, layout):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, [d for d in defects if d in DEFECT_RULE], dstyle=r.choice(["dots", "words", "slash"]))
    D = set(defects)
    st = M["dstyle"]
    cpr = g.cpr() if r.random() < 0.45 else None
    rules = minplan_rules([d for d in defects if d in DEFECT_RULE])
    follow = r.choice(["Statusmøde med mentor, {f} og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra uge 3. Evaluering 14 dage før perioden slutter.",
                       "Vi følger op hver 4. uge ved et trepartsmøde, og 14 dage før ophør evaluerer vi progressionen.",
                       "Opfølgningssamtale hver anden uge mellem mentor og {f}; statusmøde med jobcentret hver 3. måned og senest 14 dage før aftalen udløber."]).format(f=first)
    if "follow_vague" in D:
        follow = "Der følges op efter behov."
        rules.append("missing-follow-up")
    appeal = r.choice(APPEAL_FULL).format(kom=kom)
    if "appeal_bad" in D:
        appeal = r.choice(APPEAL_BAD[:2])
        rules.append("missing-appeal-guidance")
    blocks = [("meta", f"{kom} Kommune · Beskæftigelse · {dom}"), ("title", "Aftale om mentorstøtte"),
              ("kv", "Borger", cit + (f" (cpr.nr. {cpr})" if cpr else "")),
              ("kv", "Sagsbehandler", f"{cw}, tlf. 7{r.randint(0,9)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}")]
    if layout == "table":
        blocks += [("h", "Aftalens indhold")]
        blocks += mentor_rows(M, {"goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
                                  "tasks": "Mentorens opgaver", "period": "Varighed", "hours": "Timetal"})
        if "follow_missing" in D:
            rules.append("missing-follow-up")
        else:
            blocks.append(("kv", "Opfølgning og progression", follow))
    else:
        n = 1
        if "goal_missing" not in D:
            blocks += [("h", f"{n}. Mål"), ("p", M["goal"])]; n += 1
        if "mentor_nocontact" in D:
            blocks += [("h", f"{n}. Mentor"), ("p", f"{M['name']}, {M['provider']}")]; n += 1
        elif "mentor_missing" not in D:
            blocks += [("h", f"{n}. Mentor"), ("p", f"{M['name']}, {M['provider']}\nTlf. {M['phone']}\n{M['email']}")]; n += 1
        if "tasks_missing" not in D:
            blocks += [("h", f"{n}. Mentorens opgaver")] + [("li", t) for t in M["tasks"]]; n += 1
        if "duration_missing" not in D:
            per = (f"Fra {dfmt(M['start'], st)} og indtil videre" if "duration_open" in D
                   else f"{dfmt(M['start'], st)} til {dfmt(M['end'], st)}")
            blocks += [("h", f"{n}. Periode"), ("p", per)]; n += 1
        if "hours_missing" not in D:
            blocks += [("h", f"{n}. Timetal"), ("p", "Efter behov" if "hours_vague" in D else f"{M['hours']} timer pr. uge")]; n += 1
        if "follow_missing" in D:
            rules.append("missing-follow-up")
        else:
            blocks += [("h", f"{n}. Opfølgning"), ("p", follow)]; n += 1
    blocks.append(("p", "Aftalen bliver skrevet ind i din plan på Jobnet (Min Plan), hvor du altid kan se den. "
                        "Ændres timetal eller formål, opdateres Min Plan."))
    if "appeal_missing" in D:
        rules.append("missing-appeal-guidance")
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal)]
    blocks += [("p", f"Dato: {dfmt(M['start'] - dt.timedelta(days=5), 'dots')}\n\n______________________        ______________________\nBorger                                      Mentor")]
    kw = {}
    if fmt == "pdf":
        kw = dict(how="lo", src="docx")
    elif fmt == "html":
        kw = dict(css="body{font-family:Georgia;max-width:800px}")
    g.emit(f"aftaler/aftale-mentorstoette-{idx:02d}.{fmt}", fmt, "agreement", rules, f"agreement-{layout}",
           ["refers-to-min-plan", f"layout:{layout}"] + sorted(D), blocks, cpr=cpr, period=(M["start"], M["end"]), **kw)


def decision(g, idx, dtype, defects, fmt):
    r = g.r
    cit = g.person()
    first = cit.split()[0]
    kom, dom = r.choice(KOMMUNER)
    cw = r.choice(CASEWORKERS)
    D = set(defects)
    M = g.mentor_activity(first, ["over6"] if "over6" in D else [], dstyle=r.choice(["words", "dots"]))
    st = M["dstyle"]
    cpr = g.cpr() if r.random() < 0.45 else None
    rules = []
    if "over6" in D:
        rules.append("duration-over-6-months")
    letter_date = M["start"] - dt.timedelta(days=r.randint(7, 20))
    blocks = [("meta", f"{kom} Kommune, Jobcentret, {r.choice(['Torvet 1', 'Rådhuspladsen 2', 'Nørregade 12'])}"),
              ("meta", f"Dato: {dfmt(letter_date, 'words')}"),
              ("meta", f"Til: {cit}" + (f", cpr.nr. {cpr}" if cpr else ""))]
    plan_ref = r.choice(["Du kan se mentorstøtten i din plan på Jobnet (Min Plan).",
                         "Aktiviteten er skrevet ind i Min Plan på jobnet.dk, hvor du også kan se mentorens kontaktoplysninger.",
                         "Den skriftlige aftale med mål, opgaver og timetal finder du i Min Plan."])
    if dtype == "grant":
        title = "Afgørelse om mentorstøtte"
        body = [f"Kære {first}",
                f"Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden "
                f"{dfmt(M['start'], st)} til {dfmt(M['end'], st)} med {M['hours']} timer om ugen. Din mentor er {M['name']} fra {M['provider']}.",
                plan_ref]
        reason = (f"Vi har lagt vægt på, at du har brug for støtte til at komme i gang med {r.choice(['praktikken', 'uddannelsen', 'dit løntilskudsjob'])}, "
                  "og at mentorstøtten skal hjælpe dig til at fastholde et stabilt fremmøde.")
    elif dtype == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        body = [f"Kære {first}",
                f"Du har søgt om mentorstøtte i 10 timer om ugen. Vi bevilger {M['hours']} timer om ugen i perioden "
                f"{dfmt(M['start'], st)} – {dfmt(M['end'], st)}.", plan_ref]
        reason = ("Efter en konkret vurdering finder vi, at dit behov kan dækkes med færre timer, fordi du allerede har "
                  "støtte fra en kontaktperson på uddannelsesstedet (LAB § 167 og § 168).")
    elif dtype == "extension":
        title = "Forlængelse af mentorstøtte"
        prev_s = add_months(M["start"], -6)
        body = [f"Kære {first}",
                f"Din tidligere periode med mentorstøtte ({dfmt(prev_s, st)} – {dfmt(M['start'] - dt.timedelta(days=1), st)}) udløber. "
                f"Vi har besluttet at forlænge mentorstøtten i en ny periode fra {dfmt(M['start'], st)} til {dfmt(M['end'], st)}.",
                plan_ref]
        reason = "Ved evalueringen 14 dage før udløb så vi god progression, men fremmødet er endnu ikke stabilt. Forlængelsen sker efter § 167, stk. 1, 2. pkt."
    elif dtype == "change":
        title = "Ændring af din mentorstøtte – timetal"
        body = [f"Kære {first}",
                f"Vi ændrer timetallet for din mentorstøtte fra 1 til {M['hours']} timer om ugen med virkning fra "
                f"{dfmt(M['start'], st)}. Perioden slutter fortsat {dfmt(M['end'], st)}.", "Ændringen er opdateret i Min Plan."]
        reason = "Din mentor og du har oplyst, at du har brug for mere støtte i opstarten på arbejdspladsen."
    else:  # end
        title = "Afgørelse om ophør af mentorstøtte"
        body = [f"Kære {first}",
                f"Din mentorstøtte ophører {dfmt(M['end'], st)}. Aktiviteten fjernes fra Min Plan efter denne dato.",
                "Du har deltaget i praktikken hver uge, og vi vurderer, at du kan fortsætte uden mentor."]
        reason = "Formålet med mentorstøtten er opfyldt, jf. § 167 i lov om en aktiv beskæftigelsesindsats."
    blocks.append(("title", title))
    blocks += [("p", b) for b in body]
    blocks += [("h", "Begrundelse"), ("p", reason)]
    extras = []
    if "appeal_bad" in D:
        bad = r.choice(APPEAL_BAD)
        blocks += [("h", "Klagevejledning"), ("p", bad)]
        rules.append("missing-appeal-guidance")
        if "Ankestyrelsen" in bad:
            extras.append("appeal-wrong-route")
    elif "appeal_missing" in D:
        rules.append("missing-appeal-guidance")
    else:
        blocks += [("h", r.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", r.choice(APPEAL_FULL).format(kom=kom))]
    blocks += [("p", f"Med venlig hilsen\n{cw}\nJobcentret, {kom} Kommune")]
    traits = [f"decision:{dtype}", "refers-to-min-plan"] + sorted(D)
    rel = f"afgoerelser/{dtype}-{idx:02d}.{fmt}"
    if fmt == "eml":
        txt = R.to_txt(blocks)
        payload = dict(subject=title, sender=f"Jobcentret {kom} <jobcenter@{dom}>", to=f"{cit} <borger@example.dk>",
                       body_txt=txt, date=dt.datetime.combine(letter_date, dt.time(9, 12), tzinfo=dt.timezone.utc))
        g.emit(rel, "eml", "decision", rules, "letter-in-mail", traits, payload=payload, cpr=cpr,
               period=(M["start"], M["end"]), extras=extras)
        return
    kw = {}
    if fmt == "pdf":
        kw = dict(how="lo", src=r.choice(["docx", "odt"]))
    g.emit(rel, fmt, "decision", rules, "letter", traits, blocks, cpr=cpr, period=(M["start"], M["end"]),
           extras=extras, **kw)


# ===================================================================== unknown documents
def unknown_docs(g):
    r = g.r
    # 1-2 joblog
    for i, fmt in enumerate(["html", "pdf"]):
        cit = g.person()
        rows = [[dfmt(dt.date(2026, r.randint(3, 10), r.randint(1, 28)), "dots"), r.choice(WORKPLACES),
                 r.choice(["Lagermedarbejder", "Butiksassistent", "Chauffør", "Køkkenhjælp"]),
                 r.choice(["Sendt", "Afslag", "Samtale", "Ingen svar"])] for _ in range(r.randint(5, 9))]
        blocks = [("title", "Joblog"), ("p", f"{cit} – registrerede jobsøgninger"),
                  ("table", ["Dato", "Virksomhed", "Stilling", "Status"], rows),
                  ("p", "Husk at registrere dine jobsøgninger i joblog hver uge.")]
        kw = dict(how="browser", url="https://job.jobnet.dk/CV/Joblog", printed="14/10/2026 10.22") if fmt == "pdf" else {}
        g.emit(f"andet/joblog-{i + 1:02d}.{fmt}", fmt, "unknown", [], "joblog", ["joblog", "no-mentor"], blocks, **kw)
    # 3-5 activity overview without mentor support
    for i, fmt in enumerate(["html", "docx", "pdf"]):
        cit = g.person()
        cw = r.choice(CASEWORKERS)
        acts = other_acts(g, 3, dt.date(2026, r.randint(2, 9), 1), cw, "dots")
        blocks = [("title", "Min Plan"), ("p", cit)]
        for a in acts:
            blocks += [("h", a["title"])] + act_rows(a)
        if i == 1:
            blocks += [("h", "Mentorstøtte"), ("p", "Mentorstøtte: ikke aktuelt.")]
        kw = dict(how="browser", url="https://job.jobnet.dk/CV/MinPlan/Overblik", printed="02/09/2026 13.40") if fmt == "pdf" else {}
        g.emit(f"andet/plan-uden-mentor-{i + 1:02d}.{fmt}", fmt, "unknown", [], "plan-no-mentor",
               ["activity-overview", "no-mentor-support"] + (["mentor-ikke-aktuelt"] if i == 1 else []), blocks, **kw)
    # 6 plan with mentor awaiting grant
    cit = g.person()
    cw = r.choice(CASEWORKERS)
    acts = other_acts(g, 2, dt.date(2026, 9, 1), cw, "dots")
    blocks = [("title", "Min Plan"), ("p", cit)]
    for a in acts:
        blocks += [("h", a["title"])] + act_rows(a)
    blocks += [("h", "Mentor (ikke startet)"), ("kv", "Status", "Afventer bevilling")]
    g.emit("andet/plan-mentor-afventer.html", "html", "unknown", [], "plan-pending-mentor",
           ["activity-overview", "pending-support"], blocks, css=JOBNET_CSS)
    # 7-8 meeting calendar "Mine aftaler"
    for i, fmt in enumerate(["html", "txt"]):
        cit = g.person()
        rows = []
        for _ in range(6):
            d = dt.date(2026, r.randint(9, 12), r.randint(1, 28))
            rows.append([dfmt(d, "dots"), f"kl. {r.randint(8, 14)}.{r.choice(['00', '30'])}",
                         r.choice(["Samtale med sagsbehandler", "Møde med mentor", "Rundbordssamtale",
                                   "Opfølgning i praktik", "Lægeerklæring afleveres"]),
                         r.choice(["Jobcentret, lokale 2.14", "Telefonisk", "Praktikstedet", "Video"])])
        rows.sort()
        blocks = [("title", "Mine aftaler"), ("p", f"Kalender for {cit}"), ("table", ["Dato", "Tid", "Hvad", "Hvor"], rows)]
        g.emit(f"andet/mine-aftaler-{i + 1:02d}.{fmt}", fmt, "unknown", [], "meeting-calendar", ["calendar"], blocks)
    # 9-10 plan-change notice (mail / digital post notice)
    for i in range(2):
        cit = g.person()
        kom, dom = r.choice(KOMMUNER)
        body = (f"Kære {cit.split()[0]}\n\nDin plan på Jobnet er blevet opdateret af Jobcenter {kom}.\n"
                "Log på jobnet.dk for at se ændringerne i Min Plan. Du skal ikke svare på denne besked.\n\n"
                "Venlig hilsen\nJobnet\n\nDette er en automatisk genereret e-mail.")
        payload = dict(subject=r.choice(["Din plan er opdateret", "Ny aktivitet i Min Plan"]),
                       sender="Jobnet <noreply@jobnet.dk>", to=f"{cit} <borger{i}@example.dk>", body_txt=body,
                       date=dt.datetime(2026, 10, 3 + i, 7, 45, tzinfo=dt.timezone.utc))
        g.emit(f"andet/plan-opdateret-besked-{i + 1:02d}.eml", "eml", "unknown", [], "notification",
               ["plan-change-notice"], payload=payload)
    # 11 plan-change notice as letter (rtf) - list of what changed, no mentor fields
    cit = g.person()
    blocks = [("title", "Meddelelse om ændring i din plan"), ("p", f"Kære {cit.split()[0]}"),
              ("p", "Vi har ændret følgende i din plan: Jobsøgningskurset er flyttet til uge 44. Virksomhedspraktikken hos "
                    "Jysk er afsluttet. Du kan se den opdaterede plan på jobnet.dk."),
              ("p", "Med venlig hilsen\nJobcentret")]
    g.emit("andet/aendring-i-plan.rtf", "rtf", "unknown", [], "plan-change-letter", ["plan-change-notice"], blocks)
    # 12 mentor status report
    cit = g.person()
    m = r.choice(MENTORS)
    sc = g.cpr()
    blocks = [("title", "Statusrapport – mentorforløb"), ("kv", "Borger", f"{cit} ({sc})"), ("kv", "Mentor", m),
              ("kv", "Rapportperiode", "september–oktober 2026"),
              ("h", "Forløbet indtil nu"),
              ("p", f"{cit.split()[0]} er mødt op til 7 af 8 aftaler. Vi har arbejdet med morgenrutiner og transport til praktikken. "
                    "Fremmødet i praktikken er steget fra 2 til 3 dage om ugen."),
              ("h", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter som aftalt.")]
    g.emit("andet/statusrapport-mentor.docx", "docx", "unknown", [], "status-report", ["status-report"], blocks, cpr=sc)
    # 13 invoice
    prov, pdom = r.choice(PROVIDERS[:2])
    blocks = [("title", "Faktura nr. 2026-0412"), ("meta", f"{prov}, CVR 3{r.randint(1000000, 9999999)}"),
              ("kv", "Til", "Jobcentret, Økonomi"), ("kv", "EAN", "5798000" + str(r.randint(100000, 999999))),
              ("table", ["Ydelse", "Periode", "Timer", "Beløb"],
               [["Mentorstøtte, borger ref. 8812", "oktober 2026", "12", "6.480,00 kr."],
                ["Mentorstøtte, borger ref. 8815", "oktober 2026", "8", "4.320,00 kr."]]),
              ("kv", "I alt inkl. moms", "13.500,00 kr."), ("p", "Betalingsbetingelser: netto 30 dage.")]
    g.emit("andet/faktura-mentortimer.pdf", "pdf", "unknown", [], "invoice", ["invoice"], blocks, how="lo", src="docx")
    # 14 guidance page about Min Plan
    blocks = [("title", "Sådan læser du Min Plan"),
              ("p", "Når du får mentorstøtte, skal din plan på Jobnet som minimum indeholde målet med mentorstøtten, "
                    "mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, varigheden og timetallet."),
              ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Har du spørgsmål, så kontakt din sagsbehandler."),
              ("h", "Hvor finder jeg planen?"), ("p", "Log på jobnet.dk med MitID og vælg 'Min Plan'.")]
    g.emit("andet/vejledning-min-plan.html", "html", "unknown", [], "guidance", ["guidance", "lists-fields"], blocks)
    # 15 minutes of network meeting
    cit = g.person()
    blocks = [("title", "Referat af netværksmøde"), ("kv", "Dato", "12.10.2026"),
              ("kv", "Deltagere", f"{cit}, mentor {r.choice(MENTORS)}, sagsbehandler {r.choice(CASEWORKERS)}"),
              ("h", "Drøftet"), ("li", "Praktikken går godt, fremmøde 3 dage om ugen."),
              ("li", "Transport er fortsat en udfordring."), ("h", "Næste møde"), ("p", "16.11.2026 kl. 10.00 i jobcentret.")]
    g.emit("andet/referat-netvaerksmoede.odt", "odt", "unknown", [], "minutes", ["minutes"], blocks)
    # 16 partshøring
    cit = g.person()
    pc = g.cpr()
    blocks = [("meta", f"{cit}, cpr.nr. {pc}"), ("title", "Partshøring – ophør af mentorstøtte"), ("p", f"Kære {cit.split()[0]}"),
              ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de seneste aftaler. "
                    "Før vi træffer afgørelse, har du mulighed for at komme med bemærkninger inden 14 dage."),
              ("p", "Venlig hilsen\nJobcentret")]
    g.emit("andet/partshoering.txt", "txt", "unknown", [], "hearing", ["partshoering"], blocks, cpr=pc)
    # 17 document list in case system
    blocks = [("meta", "Momentum"), ("title", "Dokumentoversigt – mentorsag"),
              ("table", ["Dato", "Dokument", "Version"],
               [["01.09.2026", "Aftale om mentorstøtte", "2"], ["01.09.2026", "Afgørelse om mentorstøtte", "1"],
                ["15.10.2026", "Statusrapport fra mentor", "1"], ["20.10.2026", "Min Plan – udskrift", "3"]])]
    g.emit("andet/dokumentoversigt.html", "html", "unknown", [], "doc-list", ["case-system:momentum", "document-list"], blocks)


# ===================================================================== special cases
def specials(g):
    r = g.r
    # S1: jobnet page with the finished earlier mentor course as its own card (9 months) beside the current one
    cit = g.person(); first = cit.split()[0]; cw = r.choice(CASEWORKERS)
    M = g.mentor_activity(first, [], start=dt.date(2026, 9, 1), dstyle="dots")
    ps, pe = dt.date(2025, 6, 1), dt.date(2026, 2, 28)
    blocks = [("meta", "Jobnet.dk › Min side › Min Plan"), ("title", "Min Plan"),
              ("h", "Mentorstøtte (igangværende)")] + mentor_rows(M, {"goal": "Formål", "tasks": "Mentors opgaver",
                                                                     "split_dates": True, "hours": "Antal timer pr. uge"})
    blocks += [("h", "Mentorstøtte – afsluttet forløb (tidligere periode)"), ("kv", "Startdato", dfmt(ps, "dots")),
               ("kv", "Slutdato", dfmt(pe, "dots")), ("kv", "Status", "Afsluttet"), ("kv", "Mentor", r.choice(MENTORS))]
    g.emit("minplan/jobnet/min-plan-gemt-09.html", "html", "minplan", [], "jobnet-cards",
           ["jobnet-saved-page", "past-card-long", "mentor-pos:first"], blocks, css=JOBNET_CSS, period=(M["start"], M["end"]))
    # S2: portal, hours given as a weekly meeting time
    cit = g.person(); first = cit.split()[0]
    M = g.mentor_activity(first, [], dstyle="words")
    blocks = [("meta", "Min side – Randers Kommune"), ("title", "Din plan – mentorstøtte"),
              ("h", "Målet"), ("p", M["goal"]),
              ("h", "Din mentor"), ("p", f"{M['name']}, {M['provider']}, mobil {M['phone']}"),
              ("h", "Sådan hjælper mentoren dig")] + [("li", t) for t in M["tasks"]] + [
              ("h", "Hvornår"), ("p", f"I mødes hver tirsdag kl. 9-11 i perioden {dfmt(M['start'], 'words')} til {dfmt(M['end'], 'words')}.")]
    g.emit("minplan/kommune-portal/din-plan-04.html", "html", "minplan", [], "portal-questions",
           ["municipal-portal", "hours-as-weekly-meeting"], blocks, period=(M["start"], M["end"]))
    # S3: Momentum, udskrivningskoordinator, 8 months in all (3 before discharge)
    cit = g.person(); first = cit.split()[0]
    M = g.mentor_activity(first, [], start=dt.date(2026, 7, 1), months=6, dstyle="dash")
    end = dt.date(2027, 2, 28)
    blocks = [("meta", f"Momentum · Borger: {cit}"), ("title", f"Plan – indsatser for {cit}"),
              ("table", ["Indsats", "Status", "Start", "Slut", "Leverandør"],
               [["Udskrivningskoordinator (§ 167, stk. 2)", "Igangværende", "01-07-2026", "28-02-2027", M["provider"]]]),
              ("h", "Indsatsdetaljer: Udskrivningskoordinator"),
              ("kv", "Formål med indsatsen", f"{first} kommer fra indlæggelse på Psykiatrisk Afdeling (forventet udskrivning 1. oktober 2026) "
                                              f"direkte i virksomhedspraktik hos {r.choice(WORKPLACES)} 10 timer om ugen senest 1. december 2026."),
              ("kv", "Mentor", M["name"]), ("kv", "Telefon", M["phone"]), ("kv", "E-mail", M["email"]),
              ("kv", "Mentorens opgaver", "Koordinere mellem afdelingen, kommunen og praktikstedet; følge " + first + " de første uger i praktikken."),
              ("kv", "Bevilget periode", "01-07-2026 – 28-02-2027 (3 måneder før og 5 måneder efter udskrivning)"),
              ("kv", "Ugentligt timetal", "3 timer")]
    g.emit("minplan/momentum/indsatser-05.html", "html", "minplan", [], "momentum-overview",
           ["case-system:momentum", "udskrivningskoordinator", "eight-months-allowed"], blocks, period=(M["start"], end))
    # S4: jobnet print, one day over six months
    cit = g.person(); first = cit.split()[0]
    M = g.mentor_activity(first, [], start=dt.date(2026, 3, 1), dstyle="words")
    M["end"] = dt.date(2026, 9, 1)
    blocks = [("title", "Min Plan"), ("p", cit), ("h", "Aktivitet: Mentor")] + mentor_rows(
        M, {"goal": "Formål med mentorstøtten", "tasks": "Mentoren hjælper dig med", "hours": "Timetal"})
    g.emit("minplan/jobnet-print/min-plan-udskrift-06.pdf", "pdf", "minplan", ["duration-over-6-months"],
           "jobnet-browser-print", ["browser-print", "reportlab", "one-day-over"], blocks, how="browser",
           url="https://job.jobnet.dk/CV/MinPlan/Overblik", printed="03/03/2026 11.05", page_title="Min Plan - Jobnet",
           period=(M["start"], M["end"]))
    # S5: mentor writes the agreement down by e-mail (no appeal guidance)
    cit = g.person(); first = cit.split()[0]
    M = g.mentor_activity(first, [], dstyle="dots")
    body = (f"Hej {first}\n\nTak for mødet i dag. Her får du det, vi blev enige om, skrevet ned, så du har det. "
            f"Det bliver også lagt ind i din plan på Jobnet.\n\n"
            f"Målet: {M['goal']}\n\n"
            f"Det skal jeg hjælpe dig med:\n" + "\n".join(f"- {t}" for t in M["tasks"]) + "\n\n"
            f"Vi ses {M['hours']} timer om ugen fra {dfmt(M['start'], 'dots')} til {dfmt(M['end'], 'dots')}.\n"
            f"Vi holder statusmøde med din sagsbehandler hver måned, og 14 dage før perioden slutter evaluerer vi.\n\n"
            f"Mvh\n{M['name']}\nMentor, {M['provider']}\nTlf. {M['phone']}\n{M['email']}\n")
    payload = dict(subject="Det vi aftalte i dag", sender=f"{M['name']} <{M['email']}>", to=f"{cit} <borger@example.dk>",
                   body_txt=body, date=dt.datetime.combine(M["start"] - dt.timedelta(days=2), dt.time(15, 3), tzinfo=dt.timezone.utc))
    g.emit("aftaler/aftale-mentor-mail-12.eml", "eml", "agreement", ["missing-appeal-guidance"], "mentor-mail",
           ["mentor-writes-agreement", "carries-agreement", "refers-to-min-plan"], payload=payload, period=(M["start"], M["end"]))
    # S6: mentor's final evaluation (unknown)
    cit = g.person()
    blocks = [("title", "Afsluttende evaluering af mentorforløb"), ("kv", "Borger", cit), ("kv", "Mentor", r.choice(MENTORS)),
              ("kv", "Forløb", "1. marts – 31. august 2026"),
              ("h", "Resultat"), ("p", "Målet om ansættelse i løntilskud er nået. Borgeren startede hos Jysk den 1. august 2026."),
              ("h", "Anbefaling"), ("p", "Mentorstøtten kan ophøre som planlagt.")]
    g.emit("andet/afsluttende-evaluering.docx", "docx", "unknown", [], "evaluation", ["final-evaluation"], blocks)


# ===================================================================== build
def build(out: Path, seed: int):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(seed, out)

    # Min Plan entries (42).  Defect lists chosen by hand for variety; [] = clean.
    jn = [[], ["over6"], [], ["tasks_missing"], ["mentor_nocontact"], [], ["goal_unclear"], ["hours_missing", "duration_open"]]
    for i, d in enumerate(jn, 1):
        fam_jobnet_html(g, i, d)
    for i, d in enumerate([[], ["hours_vague"], ["over6"], [], ["goal_missing"]], 1):
        fam_jobnet_print(g, i, d)
    for i, d in enumerate([[], ["mentor_nocontact"], ["duration_open"], []], 1):
        fam_jobnet_copy_mail(g, i, d)
    for i, (d, f) in enumerate([([], "html"), (["over6"], "pdf"), ([], "docx"), (["tasks_missing", "goal_unclear"], "html")], 1):
        fam_momentum(g, i, d, f)
    for i, (d, f) in enumerate([([], "txt"), (["hours_missing"], "txt"), ([], "pdf"), (["goal_unclear"], "pdf")], 1):
        fam_fasit(g, i, d, f)
    for i, (d, f) in enumerate([([], "html"), (["hours_vague"], "html"), (["mentor_nocontact"], "docx")], 1):
        fam_portal(g, i, d, f)
    for i, d in enumerate([[], ["duration_missing"], ["over6", "goal_unclear"]], 1):
        fam_mobile(g, i, d)
    for i, (d, f) in enumerate([([], "html"), ([], "pdf"), (["over6"], "docx"), (["mentor_nocontact"], "odt")], 1):
        fam_overview_table(g, i, d, f)
    for i, f in enumerate(["html", "pdf"], 1):
        fam_overview_thin(g, i, f)
    for i, (d, f) in enumerate([([], "docx"), (["goal_missing"], "odt"), ([], "rtf"), (["over6"], "rtf")], 1):
        fam_word_export(g, i, d, f)
    for i, (d, f) in enumerate([([], "docx"), (["hours_missing"], "html")], 1):
        fam_uddannelsesplan(g, i, d, f)

    # Agreements (11)
    ag = [([], "docx", "table"), (["follow_vague"], "docx", "sections"), ([], "odt", "sections"),
          (["appeal_missing"], "rtf", "table"), (["over6"], "pdf", "table"), ([], "pdf", "sections"),
          (["hours_vague", "appeal_bad"], "html", "sections"), (["goal_unclear"], "docx", "table"),
          ([], "rtf", "sections"), (["mentor_nocontact"], "odt", "table"), (["follow_missing"], "html", "table")]
    for i, (d, f, lay) in enumerate(ag, 1):
        agreement(g, i, d, f, lay)

    # Decisions (14)
    de = [("grant", [], "docx"), ("grant", ["appeal_bad"], "pdf"), ("grant", ["over6"], "eml"), ("grant", [], "txt"),
          ("partial", [], "pdf"), ("partial", ["appeal_missing"], "docx"), ("extension", [], "odt"),
          ("extension", ["over6"], "docx"), ("extension", [], "eml"), ("change", [], "rtf"),
          ("change", ["appeal_bad"], "txt"), ("end", [], "pdf"), ("end", ["appeal_missing"], "eml"), ("grant", [], "html")]
    for i, (t, d, f) in enumerate(de, 1):
        decision(g, i, t, d, f)

    unknown_docs(g)
    specials(g)
    from_manifest(out, g.entries)
    shutil.rmtree(g.tmp, ignore_errors=True)
    return g.entries


def from_manifest(root: Path, entries):
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hk")
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    from collections import Counter
    print(len(entries), Counter(e["kind"] for e in entries), Counter(e["format"] for e in entries))


if __name__ == "__main__":
    main()
