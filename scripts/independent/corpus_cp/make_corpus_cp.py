#!/usr/bin/env python3
"""Independent corpus CP: structure as plain text carries it.

About 100 documents written the way Danish municipalities, mentor providers and case systems
write them when the structure lives in plain text: hard-wrapped .txt agreements and journal
notes, e-mails (.eml) with headers, quoted mail and the caseworker's signature, RTF exports with
headers and footers, HTML exports from case systems (nested divs, <dl>, tables, <script>, nav),
and Markdown-like text with # headings, ASCII tables and numbered lists.

Labels are decided here from the rule docs (`mentordocs rules NAME`) and domain.md, never from
the linter's output.

    python make_corpus_cp.py --out /work/corpora/cp [--seed 8108]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CITIZENS = ["Amalie Kjær", "Jonas Frederiksen", "Fatima Al-Hassan", "Mikkel Thorsen", "Sofie Lund",
            "Ahmad Rahimi", "Camilla Brandt", "Rasmus Bech", "Nadia Jensen", "Oliver Dam",
            "Louise Holm", "Emil Skov", "Maja Winther", "Kasper Nørgaard", "Ida Mikkelsen",
            "Yusuf Demir", "Mathilde Krogh", "Frederik Lauritsen", "Line Bak", "Tobias Vestergaard",
            "Sarah Poulsen", "Ali Hussein", "Julie Toft", "Nikolaj Hald", "Freja Ravn"]
MENTORS = ["Lars Østergaard", "Sara Bundgaard", "Henrik Møller", "Mette Søndergaard", "Peter Hvid",
           "Anja Kirkegaard", "Bo Lindholm", "Tina Rask", "Jens Aagaard", "Marianne Storm",
           "Kim Overgaard", "Hanne Dybdahl", "Søren Kragh", "Dorthe Ibsen"]
CASEWORKERS = ["Birgitte Holt", "Thomas Kjeldsen", "Pia Bonde", "Morten Fisker", "Lene Ahrenkiel",
               "Jakob Riis", "Anne-Mette Sand", "Ulla Bruun"]
KOMMUNER = ["Viborg", "Horsens", "Slagelse", "Hjørring", "Kolding", "Næstved", "Holstebro",
            "Svendborg", "Frederikshavn", "Ringsted", "Skive", "Varde"]
PROVIDERS = ["Jobhuset ApS", "Mentorkompagniet", "Vejen Videre I/S", "Center for Mentorindsats",
             "Broen Mentor & Coaching", "Kompas Uddannelse og Job"]
FIRMS = ["Netto i Bymidten", "Bilka", "Lemvigh-Müller", "Dagli'Brugsen", "Danish Crown",
         "Plantorama", "kommunens materielgård", "Jysk lageret", "Elgiganten", "Føtex"]
SCHOOLS = ["VUC Storstrøm", "SOSU Nord", "Mercantec", "FGU Midtjylland", "EUC Syd",
           "Tradium", "HF & VUC Fyn", "Selandia"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_month_end(start: dt.date) -> dt.date:
    return add_months(start, 6) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    raise ValueError(style)


def phone(rng) -> str:
    a = rng.choice([2, 3, 4, 5, 6, 9])
    digits = [str(a)] + [str(rng.randint(0, 9)) for _ in range(7)]
    s = "".join(digits)
    if rng.random() < 0.7:
        return f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}"
    return s


def email_of(name: str, domain: str) -> str:
    tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "Oe", "Æ": "Ae", "Å": "Aa", " ": ".", "-": "", "'": ""})
    return name.lower().translate(tr) + "@" + domain


def dom(k: str) -> str:
    return k.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")


def cpr(rng) -> str:
    d = dt.date(rng.randint(1970, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


# ---------------------------------------------------------------------------------------------
# Field content
# ---------------------------------------------------------------------------------------------

def goal_clear(rng, c, start):
    first = c["first"]
    end = c["end"]
    opts = [
        f"{first} starter på grundforløb 1 (EUD, tømrer) på {rng.choice(SCHOOLS)} i august {start.year} "
        f"og møder mindst fire dage om ugen.",
        f"{first} gennemfører FVU-dansk trin 2 på {rng.choice(['VUC Storstrøm', 'HF & VUC Fyn', 'VUC Syd'])} "
        f"og går til prøve inden {fmt_date(end, 'words')}.",
        f"{first} er i virksomhedspraktik hos {rng.choice(FIRMS)} 15 timer om ugen senest "
        f"{fmt_date(add_months(start, 2), 'words')}, med henblik på et løntilskudsjob.",
        f"Ordinært job som lagermedarbejder på mindst 20 timer om ugen. Første skridt er praktik hos "
        f"{rng.choice(FIRMS)} fra {fmt_date(add_months(start, 1), 'words')}.",
        f"{first} fastholder sin plads på HF-enkeltfag (dansk og matematik) og har et fremmøde på mindst "
        f"90 % frem til sommereksamen.",
        f"{first} bliver i sit fleksjob som pedelmedhjælper hos {rng.choice(FIRMS)} (12 timer om ugen) "
        f"og har højst to sygedage om måneden.",
        f"{first} starter på FGU (produktionsgrunduddannelse, værkstedslinjen) og møder hver dag i de "
        f"første otte uger.",
        f"{first} kommer i gang med SOSU-hjælperuddannelsen på SOSU Nord og gennemfører "
        f"grundforløbet.",
        f"Job i detailhandlen: {first} søger mindst to stillinger om ugen og er i gang med en "
        f"AMU-truckcertifikat-uddannelse inden {fmt_date(add_months(start, 3), 'words')}.",
    ]
    return rng.choice(opts)


def goal_unclear(rng, c):
    first = c["first"]
    return rng.choice([
        "Støtte til at komme videre og få det bedre.",
        "Øget trivsel og selvværd.",
        f"At {first} arbejder med sig selv og får mere struktur på hverdagen.",
        f"Sikre at {first} kommer tættere på arbejdsmarkedet.",
        f"Hjælp til at få styr på økonomien og komme mere ud blandt andre mennesker.",
        "Motivere borgeren og skabe en god relation.",
    ])


TASK_POOL = [
    "følge {first} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at lave en ugeplan og holde styr på aftaler",
    "tage med til møder på skolen og hos studievejlederen",
    "hjælpe med at åbne og svare på post i e-Boks",
    "øve køreplan og bustider til {school}",
    "være bindeled til kontaktpersonen på arbejdspladsen",
    "støtte i at ringe til arbejdsgiveren ved sygdom",
    "gennemgå lektieplanen hver mandag",
    "hjælpe med at skrive ansøgninger og CV",
    "vække {first} med et opkald kl. 7.15 de dage, der er skole",
]


def tasks_list(rng, c):
    items = rng.sample(TASK_POOL, rng.randint(3, 5))
    out = []
    for it in items:
        s = it.format(first=c["first"], school=rng.choice(SCHOOLS))
        out.append(s[0].upper() + s[1:])
    return out


HOURS_CLEAR = [
    ("3 timer pr. uge", None), ("2 timer om ugen", None), ("1½ time om ugen", None),
    ("halvanden time ugentligt", None), ("to timer om ugen", None), ("2-3 timer pr. uge", None),
    ("4 t/uge", None), ("24 mentortimer i perioden, svarende til ca. 1 time om ugen", None),
    ("8 timer om måneden", None), ("½ time om ugen og telefonopkald efter behov", None),
    ("3 timer om ugen. Tidspunkterne aftales efter behov mellem jer.", None),
]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende, efter aftale", "Udfyldes senere", "-"]

FOLLOW_CLEAR = [
    "Statusmøde hver 4. uge med mentor, {first} og sagsbehandler. Evaluering 14 dage før "
    "støtteperioden ophører.",
    "Vi følger op hver måned. Delmål: fremmøde fire dage om ugen fra uge {wk}.",
    "Mentor sender en kort status til sagsbehandler hver 14. dag. Midtvejsevaluering efter 3 "
    "måneder, hvor vi ser på, om {first} er tættere på målet.",
    "Opfølgningssamtale i jobcentret hver anden måned og altid 14 dage inden aftalen udløber. "
    "Progressionen måles på fremmøde og antal ansøgninger.",
    "Evaluering ved et trepartsmøde efter 8 uger og igen fire uger før bevillingen udløber.",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
    "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager "
    "stilling til afgørelsen.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget af {k} Kommune senest "
    "4 uger efter, at du har fået denne aftale. Du kan klage skriftligt eller mundtligt til din "
    "sagsbehandler. Vi ser sagen igennem igen, og hvis vi fastholder afgørelsen, sender vi klagen "
    "videre til Ankestyrelsen (jf. LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Klage sendes til Jobcenter {k} inden 4 uger fra modtagelsen. Jobcentret genvurderer "
    "afgørelsen, og fastholdes den, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_WRONG = [
    "Du kan klage til Ankestyrelsen inden 4 uger, efter at du har modtaget aftalen. Send klagen "
    "direkte til Ankestyrelsen, 7998 Statsservice.",
]
APPEAL_EMPTY = ["Du kan klage over den.", "Du kan klage over afgørelsen.", "Udfyldes senere"]

LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Borgerens mål", "Formål", "Hvad er målet?",
             "Vi har aftalt følgende mål for forløbet:", "Mål og delmål", "Hovedmål"],
    "mentor": ["Mentor", "Mentors kontaktdata", "Din mentor", "Mentorens navn og kontaktdata",
               "Hvem er din mentor?", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder",
              "@FIRST skal hjælpe dig med:", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Hvor længe?"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Hvor mange timer?"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"],
}

AGREEMENT_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                    "Skriftlig aftale om mentorstøtte (LAB § 167)", "MENTORAFTALE"]


def period_text(rng, c):
    style = rng.choice(["words", "dots", "slash", "iso", "abbr", "words", "dots"])
    s, e = c["start"], c["end"]
    form = c.get("period_form", "range")
    if form == "weeks":
        return f"26 uger fra {fmt_date(s, style)}"
    if form == "start+len":
        return f"Fra {fmt_date(s, style)} og {c['months']} måneder frem"
    sep = rng.choice([" – ", " - ", " til ", "-"])
    if style in ("words", "abbr") and rng.random() < 0.3:
        return f"fra {fmt_date(s, style)} til og med {fmt_date(e, style)}"
    return f"{fmt_date(s, style)}{sep}{fmt_date(e, style)}"


def make_case(rng, i, defects=(), tags=()):
    cit = CITIZENS[i % len(CITIZENS)] if rng.random() < 0.5 else rng.choice(CITIZENS)
    mentor = rng.choice(MENTORS)
    k = rng.choice(KOMMUNER)
    prov = rng.choice(PROVIDERS)
    c = {"cit": cit, "first": cit.split()[0], "mentor": mentor, "mfirst": mentor.split()[0],
         "kommune": k, "provider": prov, "cw": rng.choice(CASEWORKERS),
         "cwphone": f"{rng.choice(['72', '76', '79', '96', '99'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
         "mphone": phone(rng), "defects": set(defects), "tags": set(tags), "rules": set(), "extras": set()}
    dom = prov.lower().split()[0].replace("&", "").replace("'", "") + ".dk"
    c["memail"] = email_of(mentor, dom)
    c["cwemail"] = email_of(c["cw"], k.lower().replace("ø", "oe").replace("æ", "ae") + ".dk")
    start = dt.date(2026, rng.randint(1, 11), rng.choice([1, 1, 1, 15, 4, 10]))
    c["start"] = start
    if "over6" in defects:
        kind = rng.choice(["months", "plusday", "months"])
        if kind == "plusday":
            c["end"] = six_month_end(start) + dt.timedelta(days=1)
        else:
            c["end"] = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        c["rules"].add("duration-over-6-months")
    else:
        mon = rng.choice([6, 6, 6, 3, 4, 5])
        c["end"] = add_months(start, mon) - dt.timedelta(days=1)
        c["months"] = mon
        if mon == 6 and rng.random() < 0.15:
            c["period_form"] = "weeks"
            c["end"] = start + dt.timedelta(weeks=26) - dt.timedelta(days=1)
        elif rng.random() < 0.1:
            c["period_form"] = "start+len"
    # field values
    c["goal"] = goal_clear(rng, c, start)
    if "unclear" in defects:
        c["goal"] = goal_unclear(rng, c)
        c["rules"].add("unclear-goal")
    if "nogoal" in defects:
        c["goal"] = None
        c["rules"].add("missing-goal")
    c["mentor_val"] = f"{mentor}, {prov}, tlf. {c['mphone']}" + (f", {c['memail']}" if rng.random() < 0.5 else "")
    if "nomentor" in defects:
        c["mentor_val"] = rng.choice([f"{mentor}, {prov}", "Tildeles senere", mentor])
        c["rules"].add("missing-mentor")
    c["tasks"] = tasks_list(rng, c)
    if "notasks" in defects:
        c["tasks"] = None
        c["rules"].add("missing-tasks")
    c["period"] = period_text(rng, c)
    if "noduration" in defects:
        c["period"] = None
        c["rules"].add("missing-duration")
    c["follow"] = rng.choice(FOLLOW_CLEAR).format(first=c["first"], wk=rng.randint(10, 40))
    if "nofollow" in defects:
        c["follow"] = None
        c["rules"].add("missing-follow-up")
    c["hours"] = rng.choice(HOURS_CLEAR)[0]
    if "nohours" in defects:
        c["hours"] = rng.choice(HOURS_VAGUE + [None])
        c["rules"].add("missing-hours")
    c["appeal"] = rng.choice(APPEAL_FULL).format(k=k)
    if "wrongroute" in defects:
        c["appeal"] = APPEAL_WRONG[0]
        c["extras"].add("appeal-wrong-route")
    if "noappeal" in defects:
        c["appeal"] = rng.choice(APPEAL_EMPTY + [None, None])
        c["rules"].add("missing-appeal-guidance")
    c["cpr"] = cpr(rng) if rng.random() < 0.25 else None
    return c


def lab(rng, field, c):
    return rng.choice(LABELS[field]).replace("@FIRST", c["mfirst"])


def colon(label: str) -> str:
    return label if label.endswith((":", "?")) else label + ":"


def wrap(text: str, width: int, indent: str = "") -> str:
    return textwrap.fill(text, width=width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


# ---------------------------------------------------------------------------------------------
# Agreement renderers. Each returns (text or bytes, format, layout).
# ---------------------------------------------------------------------------------------------

def field_seq(rng, c, placeholder_missing=None):
    """(field, label, value-as-text-or-list) in a writer's order; a missing field is dropped
    or left with a placeholder, as real writers do."""
    seq = []
    for f, v in [("goal", c["goal"]), ("mentor", c["mentor_val"]), ("tasks", c["tasks"]),
                 ("duration", c["period"]), ("hours", c["hours"]), ("follow", c["follow"]),
                 ("appeal", c["appeal"])]:
        label = lab(rng, f, c)
        if v is None:
            ph = placeholder_missing if placeholder_missing is not None else rng.choice(
                [None, None, "-", "Udfyldes senere", "xx"])
            if ph is None:
                continue
            v = ph
        seq.append((f, label, v))
    if rng.random() < 0.3:  # hours often sits next to the period
        order = {"goal": 0, "tasks": 1, "mentor": 2, "duration": 3, "hours": 4, "follow": 5, "appeal": 6}
        seq.sort(key=lambda t: order[t[0]])
    return seq


def head_block(rng, c, with_cpr=True):
    lines = [f"Borger: {c['cit']}"]
    if c["cpr"] and with_cpr:
        lines.append(f"CPR-nr.: {c['cpr']}")
    lines.append(f"Sagsbehandler: {c['cw']}, tlf. {c['cwphone']}")
    lines.append(f"Leverandør: {c['provider']}")
    return lines


def r_hardwrap(rng, c):
    w = rng.choice([60, 64, 68, 72, 76, 80])
    title = rng.choice(AGREEMENT_TITLES)
    out = [f"{c['kommune']} Kommune", "Jobcenter " + c["kommune"], "", title, ""]
    out += [wrap(x, w) for x in head_block(rng, c)]
    out.append("")
    out.append(wrap(f"Denne aftale er indgået mellem {c['cit']}, {c['kommune']} Kommune og "
                    f"{c['provider']} om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.", w))
    out.append("")
    indent = rng.choice(["", "", "    "])
    for f, label, v in field_seq(rng, c):
        if isinstance(v, list):
            out.append(colon(label))
            for it in v:
                out.append(wrap("- " + it, w, "  "))
        else:
            if rng.random() < 0.5:
                out.append(wrap(f"{colon(label)} {v}", w, indent))
            else:
                out.append(colon(label))
                out.append(wrap(v, w))
        out.append("")
    out.append(wrap(f"Underskrevet {fmt_date(c['start'] - dt.timedelta(days=rng.randint(3, 12)), 'words')}", w))
    out.append("")
    out.append(f"_______________________      _______________________")
    out.append(f"{c['cit']:<29}{c['mentor']}")
    return "\n".join(out) + "\n", "txt", "hardwrap"


def r_journal(rng, c):
    w = rng.choice([66, 70, 74, 78])
    d = c["start"] - dt.timedelta(days=rng.randint(2, 10))
    p = []
    p.append(f"Journalnotat {fmt_date(d, 'dots')}  –  {c['cw']}")
    p.append(f"Emne: Mentoraftale indgået / {c['cit']}" + (f" ({c['cpr']})" if c["cpr"] else ""))
    p.append("")
    s = (f"Møde i jobcentret med {c['cit']} og mentor {c['mentor']} fra {c['provider']}")
    if "nomentor" in c["defects"]:
        s += "."
    else:
        s += f" (tlf. {c['mphone']})."
    s += " Vi gennemgik forløbet og lavede den skriftlige aftale."
    body = [s]
    if c["goal"]:
        body.append(f"Vi har aftalt, at målet er: {c['goal']}")
    if c["tasks"]:
        t = "; ".join(x[0].lower() + x[1:] for x in c["tasks"])
        body.append(f"{c['mfirst']} skal hjælpe med følgende: {t}.")
    if c["period"]:
        body.append(f"Mentorstøtten er bevilget i perioden {c['period'][0].lower() + c['period'][1:]}.")
    if c["hours"] and c["hours"] not in HOURS_VAGUE:
        body.append(f"Mentor har {c['hours']}.")
    elif c["hours"]:
        body.append(f"Timer: {c['hours'].lower()}.")
    if c["follow"]:
        body.append(c["follow"])
    if c["appeal"] and c["appeal"] not in APPEAL_EMPTY:
        body.append(f"Borger er vejledt om klageadgang: {c['appeal']}")
    elif c["appeal"] and c["appeal"] != "Udfyldes senere":
        body.append(f"Borger er orienteret om klageadgang. {c['appeal']}")
    body.append(f"{c['first']} var positiv over for forløbet og underskrev aftalen. Kopi sendt "
                f"til e-Boks.")
    para1 = " ".join(body[:3])
    rest = body[3:]
    p.append(wrap(para1, w))
    p.append("")
    for r in rest:
        p.append(wrap(r, w))
        p.append("")
    p.append(f"/{c['cw'].split()[0][0]}{c['cw'].split()[-1][0]}".upper())
    return "\n".join(p) + "\n", "txt", "journal-prose"


def r_email(rng, c):
    msg = EmailMessage()
    msg["From"] = f"{c['cw']} <{c['cwemail']}>"
    msg["To"] = f"{c['cit']} <{email_of(c['cit'], 'gmail.com')}>"
    if rng.random() < 0.5 and "nomentor" not in c["defects"]:
        msg["Cc"] = f"{c['mentor']} <{c['memail']}>"
    msg["Subject"] = rng.choice(["Din mentoraftale", "SV: Aftale om mentor", "Mentoraftale – som aftalt på mødet",
                                 "RE: mentor?"])
    when = dt.datetime.combine(c["start"] - dt.timedelta(days=5), dt.time(10, 12), tzinfo=dt.timezone(dt.timedelta(hours=1)))
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{rng.randint(10**8, 10**9)}.cp@{dom(c['kommune'])}.dk>"
    w = rng.choice([72, 76, 78])
    lines = [f"Hej {c['first']}", "",
             wrap("Tak for mødet i går. Her er den aftale, vi lavede om din mentorstøtte. Læs den "
                  "igennem, og skriv til mig, hvis noget ikke passer.", w), ""]
    if c["cpr"]:
        lines += [f"Vedr.: {c['cit']}, cpr {c['cpr']}", ""]
    for f, label, v in field_seq(rng, c):
        if isinstance(v, list):
            lines.append(colon(label))
            for n, it in enumerate(v, 1):
                lines.append(wrap(f"{n}. {it}", w, "   "))
        else:
            lines.append(wrap(f"{colon(label)} {v}", w))
        lines.append("")
    lines += ["-- ", "Med venlig hilsen", "", c["cw"], f"Jobkonsulent, Jobcenter {c['kommune']}",
              f"Direkte tlf. {c['cwphone']}", f"Mail: {c['cwemail']}",
              "Telefontid man-tors 9-12", ""]
    qd = when - dt.timedelta(days=1, hours=3)
    lines.append(f"Den {qd.day}. {MONTHS[qd.month - 1]} {qd.year} kl. 07.{rng.randint(10, 59)} skrev {c['cit']} "
                 f"<{email_of(c['cit'], 'gmail.com')}>:")
    lines += ["> Hej " + c["cw"].split()[0], "> Kan du sende mig aftalen om mentor? Jeg kan ikke finde",
              "> den i e-boks. Mentor hedder vist " + c["mfirst"] + " men jeg har ikke nummeret.",
              "> Kan vi mødes 2 timer om ugen i stedet?", ">", "> Hilsen " + c["first"]]
    msg.set_content("\n".join(lines) + "\n")
    return msg.as_bytes(), "eml", "email"


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_doc(paras, header, footer, table_rows=None):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}{\f1\froman Times New Roman;}}",
             r"{\colortbl;\red0\green0\blue0;}",
             r"{\*\generator Microsoft Word 16.0;}\paperw11906\paperh16838\margl1418\margr1134",
             r"{\header \pard\qr\f0\fs18 " + rtf_escape(header) + r"\par}",
             r"{\footer \pard\qc\f0\fs16 " + rtf_escape(footer) + r" \u8211? Side {\field{\*\fldinst PAGE}{\fldrslt 1}} af {\field{\*\fldinst NUMPAGES}{\fldrslt 2}}\par}"]
    for kind, text in paras:
        if kind == "h":
            parts.append(r"\pard\sb240\sa120\b\f0\fs28 " + rtf_escape(text) + r"\b0\fs22\par")
        elif kind == "h2":
            parts.append(r"\pard\sb120\sa60\b\f0\fs22 " + rtf_escape(text) + r"\b0\par")
        elif kind == "li":
            parts.append(r"\pard\fi-284\li284\f0\fs22 \u8226?\tab " + rtf_escape(text) + r"\par")
        elif kind == "table":
            for a, b in text:
                parts.append(r"\trowd\trgaph108\cellx2800\cellx9000\pard\intbl\b " + rtf_escape(a) +
                             r"\b0\cell " + rtf_escape(b).replace("\n", r"\line ") + r"\cell\row")
            parts.append(r"\pard\par")
        else:
            parts.append(r"\pard\sa120\f0\fs22 " + rtf_escape(text) + r"\par")
    parts.append("}")
    return "\n".join(parts)


def r_rtf(rng, c):
    header = f"{c['kommune']} Kommune · Jobcenter · Sagsnr. 15.20.00-G01-{rng.randint(100, 999)}-26"
    footer = rng.choice([f"{c['provider']} · CVR {rng.randint(10**7, 10**8 - 1)} · www.{c['provider'].split()[0].lower()}.dk",
                         f"Jobcenter {c['kommune']} · Tlf. 70 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"])
    paras = [("h", rng.choice(AGREEMENT_TITLES))]
    paras += [("p", x) for x in head_block(rng, c)]
    seq = field_seq(rng, c)
    if "nomentor" not in c["defects"] and rng.random() < 0.3:
        # a provider's own template: the mentor's contact block lives only in the page footer
        footer = f"Din mentor: {c['mentor']} · {c['provider']} · tlf. {c['mphone']} · {c['memail']}"
        seq = [t for t in seq if t[0] != "mentor"]
        c["tags"].add("mentor-in-footer")
    as_table = rng.random() < 0.5
    if as_table:
        rows = []
        for f, label, v in seq:
            rows.append((label.rstrip(":"), "\n".join("• " + x for x in v) if isinstance(v, list) else v))
        paras.append(("table", rows))
    else:
        for f, label, v in seq:
            paras.append(("h2", label))
            if isinstance(v, list):
                paras += [("li", x) for x in v]
            else:
                paras.append(("p", v))
    paras.append(("p", f"Dato og underskrift: ____________   {c['cit']} / {c['mentor']} / {c['cw']}"))
    return rtf_doc(paras, header, footer), "rtf", "rtf-table" if as_table else "rtf-headings"


def html_page(title, body, sysname):
    nav = ("<nav class=\"topmenu\"><ul><li><a href=\"#\">Forside</a></li><li><a href=\"#\">Borgere</a></li>"
           "<li><a href=\"#\">Dokumenter</a></li><li><a href=\"#\">Opgaver (3)</a></li><li><a href=\"#\">Log ud</a></li></ul></nav>")
    script = ("<script>\nvar fieldLabels = {goal: 'Mål', mentor: 'Mentor', hours: 'Timer pr. uge', appeal: 'Klagevejledning'};\n"
              "window.sessionTimeout = 1800; function printDoc(){ window.print(); }\n"
              "document.addEventListener('DOMContentLoaded', function(){ console.log('Periode: 01.01.2026-31.12.2027'); });\n</script>")
    style = "<style>.lbl{font-weight:bold;width:30%} .field{margin:4px 0} dt{font-weight:bold}</style>"
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{title} – {sysname}</title>{style}{script}</head>"
            f"<body><header class=\"sys\"><div class=\"logo\">{sysname}</div>{nav}</header>"
            f"<div id=\"main\"><div class=\"breadcrumb\">Borgere &gt; Sag &gt; Dokumenter &gt; {title}</div>"
            f"<div class=\"doc\">{body}</div></div>"
            f"<footer><div class=\"sysfoot\">Udskrevet {dt.date(2026, 11, 2).strftime('%d-%m-%Y')} af bruger JC{random.randint(1000, 9999)} · {sysname} v4.2</div></footer></body></html>\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_value(v):
    if isinstance(v, list):
        return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>"
    return esc(v)


def r_html(rng, c):
    sysname = rng.choice(["Sagssystem", "Fagsystem Beskæftigelse", "Jobcenterportalen", "KMD Sag"])
    title = rng.choice(AGREEMENT_TITLES)
    style = rng.choice(["dl", "divs", "table"])
    meta = [("Borger", c["cit"])] + ([("CPR-nummer", c["cpr"])] if c["cpr"] else []) + [
        ("Sagsbehandler", f"{c['cw']} ({c['cwphone']})"), ("Leverandør", c["provider"])]
    seq = field_seq(rng, c)
    if style == "dl":
        body = f"<h1>{esc(title)}</h1><div class=\"meta\"><dl>" + "".join(
            f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in meta) + "</dl></div>"
        body += "<div class=\"section\"><dl class=\"fields\">" + "".join(
            f"<dt>{esc(l.rstrip(':'))}</dt><dd>{html_value(v)}</dd>" for f, l, v in seq) + "</dl></div>"
    elif style == "divs":
        body = f"<div class=\"title\"><span>{esc(title)}</span></div>"
        body += "".join(f"<div class=\"row\"><div class=\"lbl\">{esc(a)}</div><div class=\"val\">{esc(b)}</div></div>" for a, b in meta)
        for f, l, v in seq:
            body += (f"<div class=\"field\"><div class=\"field-inner\"><div class=\"lbl\">{esc(l)}</div>"
                     f"<div class=\"val\"><div class=\"txt\">{html_value(v)}</div></div></div></div>")
    else:
        body = f"<h2>{esc(title)}</h2><table class=\"meta\">" + "".join(
            f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in meta) + "</table><table class=\"felter\" border=\"1\">"
        body += "".join(f"<tr><td class=\"lbl\">{esc(l.rstrip(':'))}</td><td>{html_value(v)}</td></tr>" for f, l, v in seq)
        body += "</table>"
    body += "<div class=\"actions\"><button onclick=\"printDoc()\">Udskriv</button> <a href=\"#\">Send til e-Boks</a></div>"
    return html_page(title, body, sysname), "html", "html-" + style


def ascii_table(rows, w1, w2):
    sep = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+"
    out = [sep]
    for a, b in rows:
        la = textwrap.wrap(a, w1) or [""]
        if isinstance(b, list):
            lb = []
            for x in b:
                lb += textwrap.wrap("* " + x, w2, subsequent_indent="  ")
        else:
            lb = textwrap.wrap(b, w2) or [""]
        for n in range(max(len(la), len(lb))):
            x = la[n] if n < len(la) else ""
            y = lb[n] if n < len(lb) else ""
            out.append(f"| {x:<{w1}} | {y:<{w2}} |")
        out.append(sep)
    return out


def r_markdown(rng, c):
    title = rng.choice(AGREEMENT_TITLES)
    seq = field_seq(rng, c)
    variant = rng.choice(["headings", "ascii", "numbered"])
    out = [f"# {title}", ""]
    out += [f"{x}  " for x in head_block(rng, c)]
    out.append("")
    if variant == "headings":
        for f, l, v in seq:
            out.append(f"## {l.rstrip(':')}")
            out.append("")
            if isinstance(v, list):
                out += [f"{n}. {x}" for n, x in enumerate(v, 1)]
            else:
                out.append(wrap(v, 78))
            out.append("")
        layout = "md-headings"
    elif variant == "ascii":
        rows = [(l.rstrip(":"), v) for f, l, v in seq]
        out += ascii_table(rows, 22, 52)
        out.append("")
        layout = "ascii-grid"
    else:
        for n, (f, l, v) in enumerate(seq, 1):
            if isinstance(v, list):
                out.append(f"{n}. {colon(l)}")
                out += [f"   - {x}" for x in v]
            else:
                out.append(wrap(f"{n}. {colon(l)} {v}", 76, "   "))
            out.append("")
        layout = "numbered"
    out.append(f"Aftalen er gennemgået med {c['first']} {fmt_date(c['start'] - dt.timedelta(days=7), 'words')}.")
    ext = "md" if rng.random() < 0.35 else "txt"
    return "\n".join(out) + "\n", ext, layout


AGREEMENT_RENDERERS = [r_hardwrap, r_journal, r_email, r_rtf, r_html, r_markdown]


# ---------------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------------

def r_decision(rng, c, variant, fmt):
    title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
                        "Afgørelse – mentorstøtte efter LAB § 167"])
    if variant == "refusal":
        title = "Afgørelse: afslag på mentorstøtte"
    addr = [c["cit"], f"{rng.choice(['Søndergade', 'Vestergade', 'Parkvej', 'Skolevej'])} {rng.randint(1, 80)}",
            f"{rng.randint(6000, 9900)} {c['kommune']}"]
    paras = []
    paras.append(("p", f"{c['kommune']} Kommune, {fmt_date(c['start'] - dt.timedelta(days=14), 'words')}"))
    if c["cpr"]:
        paras.append(("p", f"CPR-nr.: {c['cpr']}"))
    paras.append(("h", title))
    if variant == "refusal":
        paras.append(("p", f"Du har søgt om mentorstøtte. Vi har givet dig afslag på mentorstøtte."))
        if "noreasons" not in c["defects"]:
            paras.append(("h2", "Begrundelse"))
            paras.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-vejleder på skolen, "
                               "og at den støtte dækker det behov, du har beskrevet. Afgørelsen er truffet efter "
                               "lov om en aktiv beskæftigelsesindsats § 167, stk. 1."))
        else:
            c["extras"].add("missing-reasons")
    else:
        grant = f"Vi har bevilget dig mentorstøtte"
        if c["period"]:
            grant += f" i perioden {c['period']}"
        grant += f", {c['hours'] if c['hours'] and c['hours'] not in HOURS_VAGUE else '3 timer om ugen'}."
        paras.append(("p", grant))
        paras.append(("p", f"Din mentor bliver {c['mentor']} fra {c['provider']}, tlf. {c['mphone']}. "
                           f"Målet er: {c['goal']}"))
        paras.append(("h2", "Begrundelse"))
        paras.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre "
                           f"forløbet. Afgørelsen er truffet efter § 167 i lov om en aktiv "
                           f"beskæftigelsesindsats."))
    if c["appeal"]:
        paras.append(("h2", rng.choice(["Klagevejledning", "Hvis du vil klage"])))
        paras.append(("p", c["appeal"]))
    paras.append(("p", f"Med venlig hilsen\n{c['cw']}\nJobcenter {c['kommune']}, tlf. {c['cwphone']}"))
    if variant == "bilag":
        paras.append(("h", "Bilag 1: Aftale om mentorstøtte"))
        for f, l, v in field_seq(rng, c, placeholder_missing=None):
            if f == "appeal":
                continue
            paras.append(("p", f"{colon(l)} " + ("; ".join(v) if isinstance(v, list) else v)))
    layout = "decision-" + variant
    if fmt == "txt":
        w = rng.choice([66, 72, 78])
        out = addr + [""]
        for k, t in paras:
            if k == "h":
                out += [t.upper() if rng.random() < 0.4 else t, ""]
            elif k == "h2":
                out.append(t)
            else:
                out += [wrap(x, w) for x in t.split("\n")] + [""]
        return "\n".join(out) + "\n", "txt", layout
    if fmt == "rtf":
        ps = [("p", x) for x in addr]
        for k, t in paras:
            if "\n" in t:
                ps += [("p", x) for x in t.split("\n")]
            else:
                ps.append((k, t))
        return rtf_doc(ps, f"Jobcenter {c['kommune']}", f"{c['kommune']} Kommune · Rådhuset · www.{dom(c['kommune'])}.dk"), "rtf", layout
    if fmt == "html":
        body = "<div class=\"adr\">" + "<br>".join(esc(x) for x in addr) + "</div>"
        for k, t in paras:
            if k == "h":
                body += f"<h1>{esc(t)}</h1>"
            elif k == "h2":
                body += f"<h3>{esc(t)}</h3>"
            else:
                body += "<p>" + "<br>".join(esc(x) for x in t.split("\n")) + "</p>"
        return html_page(title, body, "Digital Post – kopi"), "html", layout
    # eml
    msg = EmailMessage()
    msg["From"] = f"Jobcenter {c['kommune']} <jobcenter@{dom(c['kommune'])}.dk>"
    msg["To"] = f"{c['cit']} <{email_of(c['cit'], 'hotmail.com')}>"
    msg["Subject"] = title
    msg["Date"] = format_datetime(dt.datetime.combine(c["start"] - dt.timedelta(days=14), dt.time(13, 5),
                                                      tzinfo=dt.timezone(dt.timedelta(hours=1))))
    out = []
    for k, t in paras:
        out += [wrap(x, 76) for x in t.split("\n")] + [""]
    out += ["-- ", c["cw"], f"Jobcenter {c['kommune']}", f"Tlf. {c['cwphone']}"]
    msg.set_content("\n".join(out) + "\n")
    return msg.as_bytes(), "eml", layout


# ---------------------------------------------------------------------------------------------
# Min Plan entries
# ---------------------------------------------------------------------------------------------

def r_minplan(rng, c, fmt):
    rows = [("Aktivitet", "Mentorstøtte (§ 167)")]
    if c["goal"]:
        rows.append(("Formål", c["goal"]))
    rows.append(("Mentor", c["mentor_val"]))
    if c["tasks"]:
        rows.append(("Mentors opgaver", "; ".join(c["tasks"])))
    if c["period"]:
        rows.append(("Periode", c["period"]))
    if c["hours"]:
        rows.append(("Timer", c["hours"]))
    other = [("Aktivitet", "Løntilskud"), ("Sted", rng.choice(FIRMS)),
             ("Periode", f"{fmt_date(add_months(c['start'], -14), 'dots')} - {fmt_date(add_months(c['start'], -2), 'dots')}")]
    if fmt == "html":
        body = f"<h1>Min Plan</h1><p>{esc(c['cit'])} – udskrevet fra Jobnet</p><h2>Mine indsatser</h2>"
        body += "<div class=\"card\"><h3>Mentorstøtte</h3><dl>" + "".join(
            f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in rows[1:]) + "</dl></div>"
        return html_page("Min Plan", body, "Jobnet"), "html", "minplan-card"
    out = ["MIN PLAN", f"Udskrift for {c['cit']}" + (f" ({c['cpr']})" if c["cpr"] else ""),
           f"Udskrevet {fmt_date(c['start'] - dt.timedelta(days=3), 'dots')} fra jobnet.dk", "",
           "Mit mål", wrap("Jeg vil i uddannelse eller job.", 70), "", "Mine aktiviteter", ""]
    for a, b in rows:
        out.append(wrap(f"{a}: {b}", 72, "  "))
    out.append("")
    out.append("Tidligere aktiviteter (afsluttet)")
    for a, b in other:
        out.append(f"  {a}: {b}")
    return "\n".join(out) + "\n", "txt", "minplan-print"


# ---------------------------------------------------------------------------------------------
# Documents that are none of the kinds
# ---------------------------------------------------------------------------------------------

def unknown_docs(rng):
    docs = []
    c = make_case(rng, 91)
    w = 74
    # 1 minutes of a network meeting
    c["cprs"] = cpr(rng)
    t = ["Referat af netværksmøde", f"Dato: {fmt_date(c['start'], 'dots')}", f"Vedr. borger: {c['cit']}, {c['cprs']}",
         f"Deltagere: {c['cit']}, {c['mentor']} (mentor), {c['cw']} (jobcenter), studievejleder", "",
         "1. Velkomst og status", wrap(f"{c['first']} fortalte, at fremmødet på skolen er blevet bedre. Mentor "
                                       f"har 2 timer om ugen med {c['first']}.", w), "",
         "2. Mål for næste periode", wrap("Vi drøftede målet om at gennemføre grundforløbet. Næste "
                                          "opfølgning om en måned.", w), "",
         "3. Eventuelt", "Intet.", "", f"Referent: {c['cw']}"]
    docs.append(("referat-netvaerksmoede.txt", "\n".join(t) + "\n", "txt", "minutes", c["cprs"]))
    # 2 mentor's status report
    c2 = make_case(rng, 92)
    c2["cprs"] = cpr(rng)
    t = [f"Statusrapport fra mentor – {c2['provider']}", "",
         f"Borger: {c2['cit']} (cpr.nr. {c2['cprs']})", f"Mentor: {c2['mentor']}, tlf. {c2['mphone']}",
         f"Periode for rapporten: {fmt_date(c2['start'], 'dots')} - {fmt_date(add_months(c2['start'], 2), 'dots')}", "",
         "Forløbet indtil nu",
         wrap(f"Vi har mødtes 2 timer om ugen. {c2['first']} er kommet godt i gang i praktikken og har kun haft "
              f"to fraværsdage. Vi har arbejdet med transport og ugeplan.", w), "",
         "Vurdering og anbefaling",
         wrap("Mentor anbefaler, at forløbet fortsætter uændret frem til aftalens udløb. Næste statusmøde "
              "er aftalt med sagsbehandler.", w)]
    docs.append(("statusrapport-mentor.txt", "\n".join(t) + "\n", "txt", "status-report", c2["cprs"]))
    # 3 invoice, ASCII table
    rows = ascii_table([("Ydelse", "Antal / beløb"), ("Mentortimer oktober", "12 timer à 450 kr."),
                        ("Kørsel", "84 km"), ("I alt ekskl. moms", "5.672,40 kr.")], 24, 30)
    t = [f"FAKTURA nr. {rng.randint(2000, 2999)}", f"{c2['provider']}, CVR {rng.randint(10**7, 10**8 - 1)}", "",
         f"Til: Jobcenter {c2['kommune']}, Økonomi", f"Vedr.: mentorforløb, borger-id {rng.randint(10000, 99999)}", ""] + rows + [
         "", "Betalingsbetingelser: netto 30 dage. EAN-nr. 5798000" + str(rng.randint(100000, 999999))]
    docs.append(("faktura-mentortimer.txt", "\n".join(t) + "\n", "txt", "invoice"))
    # 4 meeting invitation email
    msg = EmailMessage()
    msg["From"] = f"{c['mentor']} <{c['memail']}>"
    msg["To"] = f"{c['cit']} <{email_of(c['cit'], 'gmail.com')}>"
    msg["Subject"] = "Møde på torsdag"
    msg["Date"] = format_datetime(dt.datetime(2026, 4, 13, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    msg.set_content(f"Hej {c['first']}\n\nVi ses torsdag kl. 10 ved indgangen til biblioteket. Husk dit\n"
                    f"NemID/MitID, så vi kan kigge på e-Boks sammen.\n\nHilsen {c['mfirst']}\n\n-- \n{c['mentor']}\n"
                    f"Mentor, {c['provider']}\nTlf. {c['mphone']}\n")
    docs.append(("mail-moede-torsdag.eml", msg.as_bytes(), "eml", "meeting-mail"))
    # 5 sick day mail with quoted agreement talk
    msg = EmailMessage()
    msg["From"] = f"{c2['cit']} <{email_of(c2['cit'], 'gmail.com')}>"
    msg["To"] = f"{c2['mentor']} <{c2['memail']}>"
    msg["Subject"] = "SV: Møde i morgen"
    msg["Date"] = format_datetime(dt.datetime(2026, 5, 4, 6, 55, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    msg.set_content(f"Hej {c2['mfirst']}\n\nJeg er syg i dag og kan ikke komme. Kan vi rykke til fredag?\n\n"
                    f"{c2['first']}\n\n-----Oprindelig meddelelse-----\nFra: {c2['mentor']}\nSendt: 3. maj 2026 16:02\n"
                    f"Emne: Møde i morgen\n\nHej, vi ses i morgen kl. 9. Vi skal tale om dit mål om praktik og\n"
                    f"om de 2 timer om ugen, vi har sammen.\n")
    docs.append(("mail-syg-i-dag.eml", msg.as_bytes(), "eml", "sick-mail"))
    # 6 guidance leaflet (html) listing the fields
    body = ("<h1>Mentorstøtte – hvad er det?</h1><p>En mentor kan hjælpe dig, hvis du har brug for støtte for at "
            "komme i job eller uddannelse.</p><h2>Hvad står der i din aftale?</h2><ul><li>Målet med mentorstøtten</li>"
            "<li>Mentorens navn og kontaktdata</li><li>Hvilke opgaver mentoren skal hjælpe med</li>"
            "<li>Hvor længe aftalen varer (højst 6 måneder ad gangen)</li><li>Hvor mange timer om ugen</li>"
            "<li>Hvordan I følger op</li></ul><h2>Klage</h2><p>Du kan klage til kommunen inden 4 uger. Kommunen "
            "genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.</p>")
    docs.append(("pjece-mentorstoette.html", html_page("Mentorstøtte", body, f"{dom(c['kommune'])}.dk"), "html", "leaflet"))
    # 7 sports club private mentoraftale (markdown)
    t = ["# Mentoraftale – FC Nordvest Ungdom", "",
         "Klubbens frivillige mentorordning for spillere i U17 og U19.", "",
         "## Formål", "At spilleren får en voksen at tale med om skole og fritidsjob.", "",
         "## Mentor", f"{rng.choice(MENTORS)}, træner, tlf. {phone(rng)}", "",
         "## Hvad gør mentor?", "1. Mødes med spilleren efter træning", "2. Hjælper med lektier en gang om ugen", "",
         "## Periode", "Sæsonen 2026/27 (august-juni)", "",
         "## Timer", "Ca. 1 time om ugen", "",
         "Ordningen er frivillig og kan stoppes af begge parter. Forældre skal skrive under for spillere under 18."]
    docs.append(("fc-nordvest-mentoraftale.md", "\n".join(t) + "\n", "md", "private-mentoraftale"))
    # 8 quality standard excerpt (txt with headings)
    t = ["# Kvalitetsstandard: Mentorstøtte", "", f"{c['kommune']} Kommune, Beskæftigelsesudvalget 2026", "",
         "## Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats §§ 167-171.", "",
         "## Serviceniveau",
         "+----------+--------------------+-------------------+",
         "| Niveau   | Timer pr. uge      | Opfølgning        |",
         "+----------+--------------------+-------------------+",
         "| 1        | 0-1 time           | hver 3. måned     |",
         "| 2        | 1-2 timer          | hver måned        |",
         "| 3        | mere end 2 timer   | hver måned        |",
         "+----------+--------------------+-------------------+", "",
         "## Den skriftlige aftale",
         wrap("Aftalen skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, hvilke "
              "opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet samt "
              "klagevejledning. Aftalen indgås for højst 6 måneder ad gangen.", 76)]
    docs.append(("kvalitetsstandard-mentor.txt", "\n".join(t) + "\n", "txt", "quality-standard"))
    # 9 partshøring
    c3 = make_case(rng, 93)
    t = [c3["cit"], "", f"Partshøring – mentorstøtte", "",
         wrap(f"Vi overvejer at stoppe din mentorstøtte hos {c3['provider']} før tid, fordi du ikke er "
              f"mødt op til de sidste fire aftaler med din mentor. Før vi træffer en afgørelse, vil vi "
              f"gerne høre din kommentar. Du kan svare inden 14 dage på tlf. {c3['cwphone']}.", 74), "",
         f"Venlig hilsen", c3["cw"], f"Jobcenter {c3['kommune']}"]
    if c3["cpr"]:
        t.insert(1, f"CPR: {c3['cpr']}")
    docs.append(("partshoering.txt", "\n".join(t) + "\n", "txt", "hearing", c3["cpr"]))
    # 10 mentor course programme (RTF)
    paras = [("h", "Mentoruddannelse for frivillige – forårsholdet 2026"),
             ("p", "Kurset giver dig redskaber til at være mentor for unge i uddannelse."),
             ("h2", "Program"), ("li", "Modul 1: Rollen som mentor (3 timer)"),
             ("li", "Modul 2: Samtaleteknik og mål (3 timer)"), ("li", "Modul 3: Samarbejde med kommunen"),
             ("p", "Tilmelding til kursussekretariatet senest 1. marts 2026.")]
    docs.append(("kursus-mentoruddannelse.rtf", rtf_doc(paras, "Frivilligcenter Midt", "www.frivilligmidt.dk"), "rtf", "course"))
    # 11 "Mine aftaler" calendar print (html table)
    body = ("<h1>Mine aftaler</h1><table><tr><th>Dato</th><th>Tid</th><th>Med</th><th>Sted</th></tr>"
            f"<tr><td>12.05.2026</td><td>10.00-11.00</td><td>{esc(c['mentor'])} (mentor)</td><td>Biblioteket</td></tr>"
            f"<tr><td>19.05.2026</td><td>10.00-11.00</td><td>{esc(c['mentor'])} (mentor)</td><td>Biblioteket</td></tr>"
            f"<tr><td>26.05.2026</td><td>13.00</td><td>{esc(c['cw'])}</td><td>Jobcentret</td></tr></table>")
    docs.append(("mine-aftaler.html", html_page("Mine aftaler", body, "Jobnet"), "html", "calendar"))
    # 12 newsletter about mentors
    t = ["NYHEDSBREV – Jobcentret, juni 2026", "",
         wrap("Flere unge gennemfører deres uddannelse med en mentor. I år har 84 borgere haft en mentor, "
              "og 61 af dem er i job eller uddannelse seks måneder efter forløbet. Mentorerne har i "
              "gennemsnit brugt 2,5 timer om ugen med hver borger.", 70), "",
         "Nyt fra teamet", wrap("Vi byder velkommen til to nye jobkonsulenter i Ungeenheden.", 70)]
    docs.append(("nyhedsbrev-juni.txt", "\n".join(t) + "\n", "txt", "newsletter"))
    # 13 order of a mentor course from a provider (journal-ish bestilling), eml
    msg = EmailMessage()
    msg["From"] = f"{c3['cw']} <{c3['cwemail']}>"
    msg["To"] = f"{c3['provider']} <kontakt@{c3['provider'].split()[0].lower()}.dk>"
    msg["Subject"] = "Bestilling af mentorforløb"
    msg["Date"] = format_datetime(dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg.set_content("Hej\n\nJeg vil gerne bestille et mentorforløb til en borger (ung, 22 år) fra 1. marts.\n"
                    "Omfang ca. 3 timer om ugen i 6 måneder. Kan I finde en mentor og vende tilbage med et\n"
                    "navn? Borgerens oplysninger sender jeg sikkert.\n\nVh\n" + c3["cw"] + "\n")
    docs.append(("bestilling-mentorforloeb.eml", msg.as_bytes(), "eml", "order"))
    # 14 budget answer (like seed 001), hard-wrapped
    t = ["Budgetspørgsmål nr. 12", "", "Spørgsmål:", wrap("Hvad koster mentorstøtte pr. borger, og hvordan "
         "måles effekten?", 68), "", "Svar:", wrap("Mentorstøtte bevilges efter LAB § 167 for højst 6 "
         "måneder ad gangen. Udgiften var i 2025 gennemsnitligt 18.400 kr. pr. forløb. Der findes ikke "
         "et redskab, der måler effekten direkte; progressionen følges i den enkelte sag.", 68)]
    docs.append(("budgetspoergsmaal-12.txt", "\n".join(t) + "\n", "txt", "budget-answer"))
    # 15 job advert for a mentor (html)
    body = ("<h1>Vi søger mentor til ungeindsatsen</h1><p>Mentorkompagniet søger en erfaren mentor 25 timer om ugen "
            "fra 1. august 2026.</p><h2>Dine opgaver</h2><ul><li>Støtte unge i overgangen til uddannelse</li>"
            "<li>Samarbejde med jobcentre og skoler</li></ul><p>Kontakt Marianne Storm, tlf. 40 11 22 33, for "
            "at høre mere. Ansøgningsfrist 4 uger fra i dag.</p>")
    docs.append(("stillingsopslag-mentor.html", html_page("Stillingsopslag", body, "mentorkompagniet.dk"), "html", "job-advert"))
    return docs


# ---------------------------------------------------------------------------------------------

AGREEMENT_PLAN = (
    [()] * 29
    + [("nomentor",)] * 4 + [("notasks",)] * 3 + [("noduration",)] * 2 + [("nofollow",)] * 4
    + [("nohours",)] * 4 + [("noappeal",)] * 4 + [("over6",)] * 4 + [("unclear",)] * 4
    + [("nogoal",)] * 1 + [("wrongroute",)] * 2
    + [("nofollow", "nohours"), ("unclear", "noappeal"), ("over6", "nomentor"), ("notasks", "nofollow")]
)  # 65
DECISION_PLAN = ([("grant", ())] * 6 + [("bilag", ())] * 2 + [("grant", ("noappeal",))] * 2
                 + [("grant", ("over6",))] * 2 + [("refusal", ())] + [("refusal", ("noreasons",))]
                 + [("grant", ("wrongroute",))])  # 15
MINPLAN_PLAN = [(), (), ("nohours",), ("unclear",), ("notasks",)]


def entry(path, fmt, kind, subtype, layout, rules=(), extras=(), mnc=(), traits=(), period=None):
    e = {"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
         "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
         "must_not_contain": sorted(set(mnc)), "traits": sorted(set(traits))}
    if period:
        e["period"] = period
    return e


def write(root: Path, rel: str, data) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    elif rel.endswith(".rtf"):
        p.write_bytes(data.encode("ascii"))
    else:
        p.write_text(data, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=8108)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    random.seed(a.seed)
    root = a.out
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    entries = []
    plan = list(AGREEMENT_PLAN)
    rng.shuffle(plan)
    for i, defects in enumerate(plan):
        c = make_case(rng, i, defects)
        r = AGREEMENT_RENDERERS[i % len(AGREEMENT_RENDERERS)]
        data, fmt, layout = r(rng, c)
        rel = f"aftaler/{i:03d}-{layout}.{fmt}"
        write(root, rel, data)
        rules = set(c["rules"])
        period = None
        if c["period"]:
            period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        traits = ["defect:" + d for d in defects] + (["cpr"] if c["cpr"] else []) + sorted(c["tags"])
        sub = "journal-note" if layout == "journal-prose" else "agreement"
        entries.append(entry(rel, fmt, "agreement", sub, layout, rules, c["extras"],
                             [c["cpr"]] if c["cpr"] else [], traits, period))
    fmts = ["txt", "eml", "rtf", "html"]
    for j, (variant, defects) in enumerate(DECISION_PLAN):
        c = make_case(rng, 100 + j, defects)
        if variant == "refusal":
            c["period"] = None
        fmt = fmts[j % 4]
        data, fmt, layout = r_decision(rng, c, variant, fmt)
        rel = f"afgoerelser/{j:03d}-{variant}.{fmt}"
        write(root, rel, data)
        rules = {r for r in c["rules"] if r in ("missing-appeal-guidance", "duration-over-6-months")}
        period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()} if c["period"] else None
        traits = ["defect:" + d for d in defects] + (["cpr"] if c["cpr"] else [])
        entries.append(entry(rel, fmt, "decision", "decision-" + variant, layout, rules, c["extras"],
                             [c["cpr"]] if c["cpr"] else [], traits, period))
    for j, defects in enumerate(MINPLAN_PLAN):
        c = make_case(rng, 200 + j, defects)
        fmt = "html" if j % 2 else "txt"
        data, fmt, layout = r_minplan(rng, c, fmt)
        rel = f"minplan/{j:03d}-minplan.{fmt}"
        write(root, rel, data)
        rules = {r for r in c["rules"] if r not in ("missing-follow-up", "missing-appeal-guidance")}
        period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()} if c["period"] else None
        mnc = [c["cpr"]] if c["cpr"] and fmt == "txt" else []
        traits = ["defect:" + d for d in defects] + (["cpr"] if mnc else [])
        entries.append(entry(rel, fmt, "minplan", "minplan", layout, rules, (), mnc, traits, period))
    for j, d in enumerate(unknown_docs(rng)):
        name, data, fmt, sub = d[:4]
        cprv = d[4] if len(d) > 4 else None
        rel = f"andet/{j:03d}-{name}"
        write(root, rel, data)
        entries.append(entry(rel, fmt, "unknown", sub, "mixed", (), (), [cprv] if cprv else [],
                             ["not-a-mentor-document-kind"] + (["cpr"] if cprv else [])))
    from_path = Path("/work/main/tools/corpusgen/src")
    import sys
    sys.path.insert(0, str(from_path))
    from corpusgen.corpus.manifest import write_manifest
    write_manifest(root, entries)
    print(f"wrote {len(entries)} documents to {root}")


if __name__ == "__main__":
    main()
