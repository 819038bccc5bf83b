#!/usr/bin/env python3
"""Corpus EV: mentor agreements written as e-mails (independent corpus, session 12).

A caseworker writes the agreement in the body of a mail to the citizen and the mentor,
as paragraphs, short label lists or bullets, with greeting, signature (the caseworker's
own contact), confidentiality disclaimers, forwarded chains and quoted replies. Saved as
.eml (plain + HTML parts, some with the agreement as an attached PDF/DOCX), .txt copies,
HTML exports and PDF prints with an Outlook-style header block. Also decision letters and
Min Plan entries sent by mail, and mails that are none of the kinds.

Usage: make_corpus_ev.py --out /work/corpora/ev [--seed 20]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1  # reproducible PDFs

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Ahmed", "Sofie", "Jonas", "Maja", "Kasper", "Amalie", "Mikkel", "Fatima", "Rasmus", "Line",
         "Emil", "Nadia", "Oliver", "Camilla", "Yusuf", "Ida", "Frederik", "Sara", "Tobias", "Louise",
         "Ali", "Mette", "Patrick", "Julie", "Martin", "Zainab", "Nikolaj", "Freja", "Omar", "Signe"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Hassan", "Yilmaz", "Mortensen", "Bech", "Kjær", "Lund", "Dahl", "Holm"]
MUNIS = [("Vejle", "vejle.dk", "Havneparken 2, 7100 Vejle", "76 81"),
         ("Horsens", "horsens.dk", "Rådhustorvet 4, 8700 Horsens", "76 29"),
         ("Randers", "randers.dk", "Laksetorvet 1, 8900 Randers C", "89 15"),
         ("Næstved", "naestved.dk", "Teatergade 8, 4700 Næstved", "55 88"),
         ("Herning", "herning.dk", "Fredhøjvej 2, 7400 Herning", "96 28"),
         ("Slagelse", "slagelse.dk", "Rådhuspladsen 11, 4200 Slagelse", "58 57"),
         ("Viborg", "viborg.dk", "Prinsens Allé 5, 8800 Viborg", "87 87"),
         ("Holbæk", "holb.dk", "Kanalstræde 2, 4300 Holbæk", "72 36")]
FIRMS = [("Jobhuset Mentor ApS", "jobhuset.dk"), ("Mentorkompagniet", "mentorkompagniet.dk"),
         ("Broen til Job", "broentiljob.dk"), ("Væksthuset", "vaeksthuset.dk"),
         ("Kompas Mentor & Coaching", "kompasmentor.dk"), ("Trin for Trin ApS", "trinfortrin.dk"),
         ("Ungeporten", "ungeporten.dk")]
WORKPLACES = ["Netto i Bredgade", "Bilkas lager", "Plantorama", "Rema 1000 på Vestergade", "Dagli'Brugsen",
              "byens genbrugsplads", "Harald Nyborg", "kantinen på rådhuset", "Jysk i Hedensted", "DSV's terminal"]
SCHOOLS = ["EUC Syd", "Tradium", "SOSU Syd", "Mercantec", "VUC Storstrøm", "FGU Midt", "Campus Vejle",
           "Roskilde Tekniske Skole"]


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def ch(self, seq):
        return self.rng.choice(seq)


def phone(r, prefix=None):
    p = prefix or r.choice(["20", "22", "26", "28", "30", "31", "40", "42", "50", "51", "60", "61", "71", "81"])
    if len(p) == 2:
        return f"{p} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    return f"{p} {r.randint(10, 99)} {r.randint(10, 99)}"


def slug(name):
    t = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), (" ", ".")):
        t = t.replace(a, b)
    return t


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_end(start: dt.date, months=6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def period_text(r, start, end):
    st = r.choice(["long", "long", "dots", "slash", "abbr", "iso", "slash2"])
    a, b = fdate(start, st), fdate(end, st)
    form = r.choice(["fra {a} til {b}", "{a} – {b}", "{a} - {b}", "fra og med {a} til og med {b}",
                     "f.o.m. {a} t.o.m. {b}"])
    return form.format(a=a, b=b)


# ---------------------------------------------------------------- people & parties

def make_parties(r):
    muni = r.choice(MUNIS)
    cf, cl = r.choice(FIRST), r.choice(LAST)
    cw = f"{r.choice(['Mette', 'Hanne', 'Søren', 'Birgitte', 'Anders', 'Pia', 'Lars', 'Tina', 'Karsten', 'Dorthe', 'Henrik', 'Charlotte'])} {r.choice(LAST)}"
    mf, ml = r.choice(FIRST), r.choice(LAST)
    firm = r.choice(FIRMS)
    mentor = f"{mf} {ml}"
    return dict(
        muni=muni[0], domain=muni[1], addr=muni[2],
        cw=cw, cw_first=cw.split()[0], cw_mail=f"{slug(cw.split()[0])[:1]}{slug(cw.split()[-1])[:3]}@{muni[1]}".replace(".", "", 0),
        cw_phone=phone(r, muni[3]), cw_title=r.choice(["Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent",
                                                      "Ungevejleder", "Rådgiver, Jobcenter"]),
        cit=f"{cf} {cl}", cf=cf, cit_mail=f"{slug(cf)}{r.randint(70, 99)}@{r.choice(['gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk'])}",
        mentor=mentor, mf=mf, m_phone=phone(r), m_mail=f"{slug(mf)}@{firm[1]}", firm=firm[0],
        firm_dom=firm[1],
    )


def fake_cpr(r):
    d = dt.date(r.randint(1960, 2006), r.randint(1, 12), r.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


# ---------------------------------------------------------------- field texts

GOALS_CLEAR = [
    ("du er startet på grundforløb 1 på {school} senest {gdate} og møder op mindst fire dage om ugen",
     "{F} er startet på grundforløb 1 på {school} senest {gdate} og møder op mindst fire dage om ugen"),
    ("du er i virksomhedspraktik hos {wp} 15 timer om ugen senest {gdate}, med henblik på løntilskud",
     "{F} er i virksomhedspraktik hos {wp} 15 timer om ugen senest {gdate} med henblik på løntilskud"),
    ("du har et fleksjob på 12 timer om ugen som pedelmedhjælper, inden perioden slutter",
     "{F} har et fleksjob på 12 timer om ugen som pedelmedhjælper inden periodens udløb"),
    ("du gennemfører FVU-dansk trin 2 på {school} med et fremmøde på mindst 80 %",
     "{F} gennemfører FVU-dansk trin 2 på {school} med fremmøde på mindst 80 %"),
    ("du har fået et ordinært job på mindst 20 timer om ugen inden for lager eller transport",
     "{F} har et ordinært job på mindst 20 timer om ugen inden for lager/transport"),
    ("du fastholder din praktik hos {wp} og møder til tiden alle aftalte dage, så praktikken kan gå over i løntilskud",
     "{F} fastholder praktikken hos {wp} og møder alle aftalte dage, så den kan overgå til løntilskud"),
    ("du består første semester på din uddannelse på {school} og ikke har mere end 10 % fravær",
     "{F} består første semester på {school} og har højst 10 % fravær"),
]
GOALS_UNCLEAR = [
    ("du får mere struktur på hverdagen og øget trivsel", "Mere struktur på hverdagen og øget trivsel"),
    ("støtte til at du kan komme videre", "Støtte til at komme videre"),
    ("du får det bedre og bliver mere selvstændig", "At {F} får det bedre og bliver mere selvstændig"),
    ("du kommer tættere på arbejdsmarkedet", "{F} kommer tættere på arbejdsmarkedet"),
    ("at motivere dig og styrke dit selvværd", "Motivere {F} og styrke selvværdet"),
]
TASKS = [
    "følge {dig} til de første dage i praktikken",
    "hjælpe {dig} med at lave en ugeplan med faste tider for at stå op",
    "ringe til {dig} om morgenen de dage, hvor der er skole",
    "gå med til møder hos kommunen og i banken",
    "hjælpe {dig} med at åbne og læse Digital Post",
    "tale med {dig} om, hvordan det går på arbejdspladsen, og kontakte lederen, hvis der opstår problemer",
    "øve busruten til praktikstedet sammen med {dig}",
    "hjælpe med ansøgning om SU og med at finde en bolig tæt på skolen",
    "tage med til lægen, hvis der er brug for det for at kunne passe praktikken",
    "følge op på fraværet sammen med kontaktlæreren",
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "1½ time ugentligt", "8 timer om måneden", "4 t/uge",
         "to timer om ugen", "op til 3 timer om ugen", "5 timer pr. uge de første fire uger, derefter 2 timer pr. uge"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende efter behov"]


def followups(r, P, start, who=None, no_goal=False):
    """A follow-up with a rhythm or date. With no_goal, no 'delmål' (a sub-goal could be read as the goal)."""
    who = who or P["mf"]
    Who = who[0].upper() + who[1:]
    d1 = start + dt.timedelta(days=r.choice([28, 35, 42]))
    d1 -= dt.timedelta(days=d1.weekday())  # a Monday
    d1 += dt.timedelta(days=r.choice([0, 1, 2, 3]))
    ds = f"{WEEKDAYS[d1.weekday()]} den {d1.day}. {MONTHS[d1.month - 1]} kl. {r.choice(['9.00', '10.30', '13.00', '14.15'])}"
    opts = [
        f"Vi holder statusmøde hver 4. uge, første gang {ds}.",
        f"Opfølgningsmøde med dig, {who} og mig {ds}, og igen 14 dage før perioden slutter.",
        f"{Who} sender en kort status til mig hver måned, og vi evaluerer sammen 14 dage inden støtten ophører. Delmålet er fremmøde fire dage om ugen fra næste måned.",
        f"Vi følger op hver anden uge på telefon og holder et midtvejsmøde {ds}.",
        f"Første opfølgning er {ds} hos mig på jobcentret. Derefter mødes vi en gang om måneden og ser på, om delmålene er nået.",
    ]
    if no_goal:
        opts = [o for o in opts if "delmål" not in o.lower()]
    return r.choice(opts)


FOLLOW_VAGUE = ["Vi følger op løbende efter behov.", "Der følges op, når der er brug for det.",
                "Opfølgning sker løbende."]


def appeal_full(r, P):
    return r.choice([
        f"Hvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til {P['muni']} Kommune inden 4 uger efter, at du har fået denne mail. Vi genvurderer afgørelsen inden 4 uger. Fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen. Du kan klage mundtligt eller skriftligt (lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10).",
        "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen til Jobcenter {P['muni']} inden fire uger fra den dag, du modtog den. Jobcentret ser på sagen igen, og hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget. Du kan ringe eller skrive til mig, hvis du vil klage.",
    ])


APPEAL_BAD = ["Du kan klage over afgørelsen, hvis du er uenig.",
              "Er du uenig, så kontakt mig.",
              "Klagevejledning: Du har mulighed for at klage."]


# ---------------------------------------------------------------- agreement spec

def agreement_content(r, P, defects, start, end, length_mode, greet_names, style):
    """Return (blocks, period) for the agreement body. blocks: list of (kind, payload)."""
    F = P["cf"]
    school, wp = r.choice(SCHOOLS), r.choice(WORKPLACES)
    third = style in ("labels", "numbered")
    gi = r.randrange(len(GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_CLEAR))
    g = (GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_CLEAR)[gi]
    gd = add_months(start, r.choice([2, 3, 4])).replace(day=1)
    gdate = f"{gd.day}. {MONTHS[gd.month - 1]} {gd.year}"
    goal_du = g[0].format(school=school, wp=wp, F=F, gdate=gdate)
    goal_3 = g[1].format(school=school, wp=wp, F=F, gdate=gdate)
    tasks = [t.format(dig=(F if third else "dig")) for t in r.sample(TASKS, r.randint(2, 4))]
    hours = r.choice(HOURS)
    follow = followups(r, P, start, None if "missing-mentor" not in defects else "mentoren",
                       no_goal="missing-goal" in defects)
    if length_mode == "weeks":
        per = f"26 uger fra {fdate(start, 'long')}"
    elif length_mode == "months":
        n = r.choice([3, 4, 6]) if "duration-over-6-months" not in defects else r.choice([8, 9, 12])
        per = f"fra {fdate(start, 'long')} og {n} måneder frem"
    else:
        per = period_text(r, start, end)
    appeal = appeal_full(r, P)
    mentor_ok = "missing-mentor" not in defects
    mentor_line_lbl = f"{P['mentor']}, {P['firm']}, tlf. {P['m_phone']}, {P['m_mail']}"
    mentor_bad_lbl = r.choice([f"{P['mf']} fra {P['firm']}", f"{P['firm']} (navn på mentor følger)",
                               f"{P['mentor']}"])
    blocks = []
    if style == "prose":
        blocks.append(("p", r.choice(["Hermed det vi aftalte på mødet i dag.",
                                      "Tak for et godt møde i dag. Her får du det, vi blev enige om, skrevet ned.",
                                      "Som lovet skriver jeg her vores aftale om mentorstøtte ned, så I begge har den.",
                                      "Hermed en opsummering af aftalen om mentorstøtte fra mødet i dag."])))
        if "missing-goal" not in defects:
            if goal_du.startswith(("støtte", "at ")):
                blocks.append(("p", f"Målet med mentorstøtten er {goal_du}."))
            else:
                blocks.append(("p", f"Målet med mentorstøtten er, at {goal_du}."))
        if mentor_ok:
            blocks.append(("p", f"Din mentor bliver {P['mentor']} fra {P['firm']}. {P['mf']} kan træffes på tlf. {P['m_phone']} eller på mail {P['m_mail']}."))
        elif r.random() < 0.7:
            blocks.append(("p", r.choice([f"Din mentor bliver {P['mf']}, som du mødte i dag.",
                                          f"{P['firm']} finder en mentor til dig, og du får navnet, når det er på plads.",
                                          f"Din mentor bliver {P['mentor']} fra {P['firm']}."])))
        if "missing-tasks" not in defects:
            who = P['mf'] if mentor_ok else "mentoren"
            lead = r.choice([f"Vi aftalte, at {who} skal ", f"{who[0].upper() + who[1:]}s opgaver bliver at ",
                             f"Konkret skal {who} "])
            blocks.append(("p", lead + ", ".join(tasks[:-1]) + f" og {tasks[-1]}."))
        if "missing-duration" not in defects:
            blocks.append(("p", f"Mentorstøtten gælder {per}."))
        if "missing-hours" not in defects:
            blocks.append(("p", f"Der er afsat {hours} til mentorstøtten."))
        elif r.random() < 0.5:
            blocks.append(("p", f"I aftaler selv tiderne, det bliver {r.choice(HOURS_VAGUE)}."))
        if "missing-follow-up" not in defects:
            blocks.append(("p", follow))
        elif r.random() < 0.5:
            blocks.append(("p", r.choice(FOLLOW_VAGUE)))
        if "missing-appeal-guidance" not in defects:
            blocks.append(("p", "Klagevejledning: " + appeal if r.random() < 0.5 else appeal))
        elif r.random() < 0.6:
            blocks.append(("p", r.choice(APPEAL_BAD)))
    else:
        intro = r.choice(["Hermed det vi aftalte på mødet i dag:", "Her er aftalen om mentorstøtte, som vi lavede i dag:",
                          "Kort opsummering af aftalen fra opstartsmødet:", "Som aftalt sender jeg aftalen her på mail:"])
        blocks.append(("p", intro))
        items = []
        num = style == "numbered"
        def lab(i, name, val):
            return f"{i}) {name}: {val}" if num else f"{name}: {val}"
        i = 1
        if "missing-goal" not in defects:
            items.append(lab(i, r.choice(["Mål", "Målet med mentorstøtten", "Formål"]), goal_3[0].upper() + goal_3[1:])); i += 1
        if mentor_ok:
            items.append(lab(i, r.choice(["Mentor", "Mentor og kontakt", "Din mentor"]), mentor_line_lbl)); i += 1
        elif r.random() < 0.7:
            items.append(lab(i, "Mentor", mentor_bad_lbl)); i += 1
        if "missing-tasks" not in defects:
            t = "; ".join(x[0].upper() + x[1:] for x in tasks)
            items.append(lab(i, r.choice(["Mentorens opgaver", "Opgaver", "Mentoren skal"]), t)); i += 1
        if "missing-duration" not in defects:
            items.append(lab(i, r.choice(["Periode", "Varighed", "Bevilget"]), per)); i += 1
        if "missing-hours" not in defects:
            items.append(lab(i, r.choice(["Timetal", "Timer", "Antal timer"]), hours)); i += 1
        elif r.random() < 0.5:
            items.append(lab(i, "Timer", r.choice(HOURS_VAGUE))); i += 1
        if "missing-follow-up" not in defects:
            items.append(lab(i, r.choice(["Opfølgning", "Status"] + ([] if "missing-goal" in defects else ["Opfølgning og delmål"])), follow)); i += 1
        elif r.random() < 0.5:
            items.append(lab(i, "Opfølgning", r.choice(FOLLOW_VAGUE))); i += 1
        blocks.append(("ul" if style == "bullets" else "lines", items))
        if "missing-appeal-guidance" not in defects:
            blocks.append(("p", "Klagevejledning"))
            blocks.append(("p", appeal))
        elif r.random() < 0.6:
            blocks.append(("p", r.choice(APPEAL_BAD)))
    blocks.append(("p", r.choice(["Giv endelig lyd, hvis jeg har misforstået noget.",
                                  "Svar gerne på mailen, hvis noget skal rettes.",
                                  "Jeg glæder mig til at høre, hvordan det går.", ""])))
    return [b for b in blocks if b[1]]


def signature(r, P, sep=False):
    lines = []
    if sep:
        lines.append("-- ")
    lines += [r.choice(["Venlig hilsen", "Med venlig hilsen", "Mvh.", "Bedste hilsner"]), "", P["cw"], P["cw_title"],
              f"Jobcenter {P['muni']} | {P['muni']} Kommune", P["addr"],
              f"{r.choice(['Direkte tlf.', 'Tlf.', 'Mobil'])}: {P['cw_phone']}", f"E-mail: {P['cw_mail']}"]
    if r.random() < 0.5:
        lines.append(f"Telefontid: mandag-torsdag kl. 8.30-10.00")
    return lines


DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet til modtageren. Har du modtaget den ved en fejl, bedes du slette den og give afsender besked.",
    "Fortrolighed: Send ikke personfølsomme oplysninger som CPR-nummer eller helbredsoplysninger med almindelig e-mail. Brug Digital Post eller sikker mail.",
    "Sådan behandler vi dine personoplysninger: Læs mere på kommunens hjemmeside under 'Databeskyttelse'.",
]


# ---------------------------------------------------------------- rendering

def blocks_to_text(blocks, bullet="- "):
    out = []
    for k, v in blocks:
        if k == "p":
            out.append(v)
        elif k == "ul":
            out.append("\n".join(bullet + x for x in v))
        elif k == "lines":
            out.append("\n".join(v))
        elif k == "sig":
            out.append("\n".join(v))
        elif k == "raw":
            out.append(v)
    return "\n\n".join(out)


def blocks_to_html(blocks):
    out = []
    for k, v in blocks:
        if k == "p":
            out.append(f"<p>{html.escape(v, quote=False)}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x, quote=False)}</li>" for x in v) + "</ul>")
        elif k in ("lines", "sig"):
            out.append("<p>" + "<br>".join(html.escape(x, quote=False) for x in v) + "</p>")
        elif k == "raw":
            out.append("<div>" + "<br>".join(html.escape(x, quote=False) for x in v.split("\n")) + "</div>")
    return "\n".join(out)


def mail_dt(r, d: dt.date):
    while d.weekday() >= 5:  # caseworkers write on weekdays
        d -= dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, r.randint(8, 15), r.randint(0, 59),
                       tzinfo=dt.timezone(dt.timedelta(hours=1)))


def outlook_date(t: dt.datetime):
    return f"{WEEKDAYS[t.weekday()]} den {t.day}. {MONTHS[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"


def write_eml(path, hdr, blocks, parts="both", attachments=()):
    m = EmailMessage()
    m["From"] = hdr["from"]
    m["To"] = hdr["to"]
    if hdr.get("cc"):
        m["Cc"] = hdr["cc"]
    m["Subject"] = hdr["subject"]
    m["Date"] = format_datetime(hdr["date"])
    m["Message-ID"] = f"<{hdr['msgid']}@{hdr['from'].split('@')[-1].rstrip('>')}>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    text = blocks_to_text(blocks)
    hbody = ("<html><head><meta charset=\"utf-8\"><style>p{font-family:Calibri,sans-serif}</style></head><body>"
             + blocks_to_html(blocks) + "</body></html>")
    if parts == "plain":
        m.set_content(text)
    elif parts == "html":
        m.set_content(hbody, subtype="html")
    else:
        m.set_content(text)
        m.add_alternative(hbody, subtype="html")
    for name, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{hdr['msgid'][:8]}_{i:02d}")
    path.write_bytes(bytes(m))


def header_lines(hdr, outlook=True):
    lines = [f"Fra: {hdr['from']}", f"Sendt: {outlook_date(hdr['date'])}", f"Til: {hdr['to']}"]
    if hdr.get("cc"):
        lines.append(f"Cc: {hdr['cc']}")
    lines.append(f"Emne: {hdr['subject']}")
    if hdr.get("attach_names"):
        lines.append("Vedhæftede filer: " + "; ".join(hdr["attach_names"]))
    return lines


def write_txt(path, hdr, blocks, r):
    bullet = r.choice(["- ", "• ", "* "])
    txt = "\n".join(header_lines(hdr)) + "\n\n" + blocks_to_text(blocks, bullet) + "\n"
    enc = r.choice(["utf-8", "utf-8", "utf-8-sig", "cp1252"])
    path.write_bytes(txt.encode(enc, errors="replace"))
    return enc


def write_html(path, hdr, blocks):
    rows = "".join(f"<tr><td style=\"font-weight:bold;width:90px\">{html.escape(l.split(':', 1)[0])}:</td><td>{html.escape(l.split(':', 1)[1].strip())}</td></tr>"
                   for l in header_lines(hdr))
    doc = (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(hdr['subject'])}</title></head>"
           f"<body><div class=\"msg-header\"><h2>{html.escape(hdr['subject'])}</h2><table>{rows}</table><hr></div>"
           f"<div class=\"msg-body\">{blocks_to_html(blocks)}</div></body></html>")
    path.write_text(doc, encoding="utf-8")


def _pstyles():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    big = ParagraphStyle("big", parent=body, fontName="Helvetica-Bold", fontSize=14, spaceAfter=4)
    return body, big


def write_pdf_print(path, hdr, blocks, printer_name):
    body, big = _pstyles()
    story = [Paragraph(html.escape(printer_name), big), HRFlowable(width="100%", thickness=1.5), Spacer(1, 4)]
    rows = [[Paragraph(f"<b>{html.escape(l.split(':', 1)[0])}:</b>", body), Paragraph(html.escape(l.split(':', 1)[1].strip()), body)]
            for l in header_lines(hdr)]
    t = Table(rows, colWidths=[3.2 * cm, 13 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story += [t, Spacer(1, 10)]
    for k, v in blocks:
        if k == "p":
            story.append(Paragraph(html.escape(v, quote=False), body))
        elif k == "ul":
            for x in v:
                story.append(Paragraph("• " + html.escape(x, quote=False), ParagraphStyle("li", parent=body, leftIndent=14, spaceAfter=2)))
            story.append(Spacer(1, 6))
        elif k in ("lines", "sig", "raw"):
            lines = v if isinstance(v, list) else v.split("\n")
            story.append(Paragraph("<br/>".join(html.escape(x, quote=False) for x in lines), body))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm,
                      bottomMargin=1.6 * cm, title=hdr["subject"]).build(story)


def formal_pdf(rows, title, P):
    body, big = _pstyles()
    buf = io.BytesIO()
    story = [Paragraph(f"{P['muni']} Kommune – Jobcenter {P['muni']}", body), Paragraph(html.escape(title), big), Spacer(1, 6)]
    data = [[Paragraph(f"<b>{html.escape(a)}</b>", body), Paragraph(html.escape(b), body)] for a, b in rows]
    t = Table(data, colWidths=[4.5 * cm, 11.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#777777"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    SimpleDocTemplate(buf, pagesize=A4, title=title).build(story)
    return buf.getvalue()


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a DOCX with fixed entry times so the corpus is byte-for-byte reproducible."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def formal_docx(rows, title, P):
    d = Document()
    d.add_paragraph(f"{P['muni']} Kommune – Jobcenter {P['muni']}")
    d.add_heading(title, level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


# ---------------------------------------------------------------- corpus plan

def pick_defects(r, kind):
    if kind == "agreement":
        if r.random() < 0.45:
            return []
        pool = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
                "missing-appeal-guidance", "missing-mentor", "missing-follow-up", "duration-over-6-months"]
    else:  # minplan
        if r.random() < 0.45:
            return []
        pool = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal", "missing-mentor", "duration-over-6-months"]
    n = 1 if r.random() < 0.6 else 2
    out = set()
    while len(out) < n:
        out.add(r.choice(pool))
    if "missing-goal" in out:
        out.discard("unclear-goal")
    if "missing-duration" in out:
        out.discard("duration-over-6-months")
    return sorted(out)


def make_period(r, defects):
    start = dt.date(2026, r.randint(1, 10), r.choice([1, 1, 1, 15, r.randint(2, 28)]))
    if "duration-over-6-months" in defects:
        end = r.choice([add_months(start, 6), six_end(start, r.choice([7, 8, 9, 12]))])
        mode = "range" if r.random() < 0.8 else "months"
    else:
        end = r.choice([six_end(start), six_end(start), six_end(start, 3), six_end(start, 4), start + dt.timedelta(days=120)])
        mode = r.choices(["range", "weeks", "months"], [8, 1, 1])[0]
        if mode == "weeks":
            end = start + dt.timedelta(days=181)
        if mode == "months":
            end = None  # set by agreement_content n; not exact -> recorded below
    return start, end, mode


class Builder:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.r = random.Random(seed)
        self.entries = []
        self.n = 0

    def new_path(self, folder, stem, ext):
        self.n += 1
        p = self.out / folder / f"{self.n:03d}_{stem}.{ext}"
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def record(self, path, fmt, kind, subtype, layout, rules, traits, cpr=None, period=None, extras=()):
        self.entries.append({
            "path": str(path.relative_to(self.out)), "format": fmt, "kind": kind, "subtype": subtype,
            "layout": layout, "rules": sorted(set(rules)), "extras": sorted(extras), "error": None,
            "accept_errors": [], "must_not_contain": [cpr] if cpr else [], "traits": sorted(traits),
            "period": period,
        })

    # -------------------------------------------------------------- emit a mail in a format
    def emit(self, fmt, folder, stem, hdr, blocks, P, attachments=(), parts="both"):
        r = self.r
        path = self.new_path(folder, stem, fmt)
        traits = [f"fmt:{fmt}"]
        if fmt == "eml":
            write_eml(path, hdr, blocks, parts=parts, attachments=attachments)
            traits.append(f"parts:{parts}")
            if attachments:
                traits.append("attachment:" + ",".join(a[0].rsplit(".", 1)[1] for a in attachments))
        elif fmt == "txt":
            traits.append("enc:" + write_txt(path, hdr, blocks, r))
        elif fmt == "html":
            write_html(path, hdr, blocks)
        elif fmt == "pdf":
            write_pdf_print(path, hdr, blocks, P["cw"])
            traits.append("outlook-print")
        return path, traits

    def header(self, P, subject, d, to_mentor=True, cc=None, from_mentor=False):
        r = self.r
        to = f"{P['cit']} <{P['cit_mail']}>"
        if to_mentor:
            to += f"; {P['mentor']} <{P['m_mail']}>"
        frm = f"{P['cw']} <{P['cw_mail']}>"
        if from_mentor:
            frm = f"{P['mentor']} <{P['m_mail']}>"
            to = f"{P['cw']} <{P['cw_mail']}>"
        return {"from": frm, "to": to, "cc": cc, "subject": subject, "date": mail_dt(r, d),
                "msgid": "%016X.%08X" % (r.getrandbits(64), r.getrandbits(32))}

    # -------------------------------------------------------------- agreement
    def agreement(self, fmt, variant="body", special=None):
        r = self.r
        P = make_parties(r)
        defects = pick_defects(r, "agreement")
        if special:
            defects = [d for d in defects if d not in ("duration-over-6-months", "missing-duration")]
        start, end, mode = make_period(r, defects)
        if special == "udskrivning":
            mode, end = "range", six_end(start, 9)
        elif special == "education":
            mode = "range"
            end = end if end and end <= six_end(start) else six_end(start)
        if mode == "months":
            # recompute per text later; use explicit months count
            pass
        style = r.choice(["prose", "prose", "labels", "bullets", "numbered"])
        traits = [f"style:{style}", f"variant:{variant}", f"period:{mode}"]
        cpr = fake_cpr(r) if r.random() < 0.2 else None
        to_mentor = "missing-mentor" not in defects
        meet = start - dt.timedelta(days=r.randint(2, 10))
        greet = r.choice([f"Hej {P['cf']} og {P['mf']}" if to_mentor else f"Hej {P['cf']}", f"Kære {P['cf']}",
                          "Hej begge to" if to_mentor else f"Hej {P['cf']}", f"Hej {P['cf']}"])
        subject = r.choice(["Mentoraftale", "Aftale om mentorstøtte", "Det vi aftalte i dag",
                            "Opsummering fra mødet – mentorstøtte", f"Mentorforløb {P['cf']}", "Aftale fra opstartsmødet",
                            "Vores aftale om mentor"])
        if mode == "months":
            # agreement_content picks n; we emulate it by drawing here and patching text
            pass
        rng_state = r.getstate()
        content = agreement_content(r, P, defects, start, end or six_end(start), mode, None, style)
        # derive the period actually written
        per_written = None
        for k, v in content:
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                if "måneder frem" in x:
                    n = int(x.split(" og ")[-1].split()[0])
                    per_written = (start, six_end(start, n))
        if mode == "months" and per_written:
            end = per_written[1]
        if mode == "months" and not per_written:
            end = six_end(start)
        period = None if "missing-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()}
        blocks = [("p", greet + ("," if r.random() < 0.5 else ""))] + content
        if special == "udskrivning":
            dis = add_months(start, 3)
            blocks.insert(2, ("p", f"Du er indlagt på Psykiatrisk Afdeling og forventes udskrevet omkring {fdate(dis, 'long')}. "
                                   "Du har derfor ret til en udskrivningskoordinator efter lov om en aktiv beskæftigelsesindsats § 167, stk. 2, "
                                   "i op til 3 måneder før udskrivelsen og mindst 6 måneder i alt. Mentoren er din udskrivningskoordinator."))
            traits.append("udskrivningskoordinator-9m")
        elif special == "education":
            edu_start = dt.date(start.year, 8, 10)
            blocks.insert(2, ("p", f"Baggrund: Du er optaget på {r.choice(SCHOOLS)}, hvor uddannelsen løber fra "
                                   f"{fdate(edu_start, 'long')} til {fdate(dt.date(start.year + 2, 6, 30), 'long')}."))
            traits.append("other-period-education")
        if cpr:
            pos = r.choice(["top", "bottom"])
            line = r.choice([f"Vedr.: {P['cit']}, cpr.nr. {cpr}", f"CPR: {cpr}", f"Borger: {P['cit']} ({cpr})"])
            blocks = ([("p", line)] + blocks) if pos == "top" else (blocks + [("p", line)])
            traits.append("cpr")
        blocks.append(("sig", signature(r, P, sep=(fmt == "eml" and r.random() < 0.3))))
        if r.random() < 0.6:
            blocks.append(("p", r.choice(DISCLAIMERS)))
            traits.append("disclaimer")
        hdr = self.header(P, subject, meet, to_mentor=to_mentor,
                          cc=(f"{P['firm']} <kontakt@{P['firm_dom']}>" if r.random() < 0.2 and to_mentor else None))
        if variant == "forward":
            fwd_hdr = dict(hdr)
            orig = blocks
            top = [("p", f"Hej {P['mf'] if to_mentor else 'Jannie'}"),
                   ("p", r.choice(["Til orientering – aftalen fra i går, som I begge har fået.",
                                   "Videresender lige aftalen, da du skrev, at du ikke havde fået den.",
                                   "Se nedenfor. Jeg har ikke ændret noget."])),
                   ("p", f"/{P['cw_first']}"),
                   ("raw", "\n".join(["---------- Videresendt meddelelse ----------"] + header_lines(fwd_hdr)))]
            blocks = top + orig
            hdr = self.header(P, "VS: " + subject, meet + dt.timedelta(days=1), to_mentor=False)
            hdr["date"] = fwd_hdr["date"] + dt.timedelta(hours=r.randint(1, 26), minutes=r.randint(0, 59))
            hdr["to"] = f"{P['mentor']} <{P['m_mail']}>" if to_mentor else f"Jannie Holm <jho@{P['domain']}>"
            traits.append("forwarded")
        elif variant == "quoted":
            qd = hdr["date"] - dt.timedelta(days=1)
            q = [f"Den {qd.day}. {MON_ABBR[qd.month - 1]} {qd.year} kl. 21.14 skrev {P['cit']} <{P['cit_mail']}>:",
                 "> Hej " + P["cw_first"], "> Hvornår får jeg aftalen på skrift? Jeg kan ikke huske hvad vi sagde om timerne.",
                 "> Mvh " + P["cf"]]
            blocks = blocks + [("raw", "\n".join(q))]
            hdr["subject"] = "SV: " + r.choice(["Aftale?", "Spørgsmål til mødet", "mentor"])
            traits.append("quoted-reply")
        layout = f"mail-{style}"
        folder = "aftaler"
        path, t2 = self.emit(fmt, folder, f"aftale_{slug(P['cf'])}", hdr, blocks, P,
                             parts=r.choice(["both", "both", "plain", "html"]))
        rules = list(defects)
        self.record(path, fmt, "agreement", "agreement", layout, rules, traits + t2, cpr, period)

    def agreement_attached(self):
        """Agreement as an attached PDF/DOCX, body only refers to it (eml only)."""
        r = self.r
        P = make_parties(r)
        defects = pick_defects(r, "agreement")
        start, end, mode = make_period(r, defects)
        if mode != "range":
            mode = "range"
            end = six_end(start) if "duration-over-6-months" not in defects else six_end(start, 9)
        F = P["cf"]
        g = (GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_CLEAR)
        goal = r.choice(g)[1].format(school=r.choice(SCHOOLS), wp=r.choice(WORKPLACES), F=F,
                                  gdate=fdate(add_months(start, 3).replace(day=1), 'long'))
        rows = [("Borger", P["cit"])]
        cpr = fake_cpr(r) if r.random() < 0.3 else None
        if cpr:
            rows.append(("CPR-nr.", cpr))
        if "missing-goal" not in defects:
            rows.append(("Mål med mentorstøtten", goal[0].upper() + goal[1:]))
        rows.append(("Mentor", f"{P['mentor']}, {P['firm']}, tlf. {P['m_phone']}, {P['m_mail']}" if "missing-mentor" not in defects
                     else r.choice([P["firm"], f"{P['mf']} ({P['firm']})", "Udfyldes senere"])))
        rows.append(("Mentorens opgaver", "; ".join(t.format(dig=F) for t in r.sample(TASKS, 3)) if "missing-tasks" not in defects else "-"))
        rows.append(("Periode", period_text(r, start, end) if "missing-duration" not in defects else "Udfyldes senere"))
        rows.append(("Timetal", r.choice(HOURS) if "missing-hours" not in defects else r.choice(["", "efter behov"])))
        rows.append(("Opfølgning", followups(r, P, start, None if "missing-mentor" not in defects else "mentoren",
                                              no_goal="missing-goal" in defects) if "missing-follow-up" not in defects else "-"))
        rows.append(("Klagevejledning", appeal_full(r, P) if "missing-appeal-guidance" not in defects else r.choice(APPEAL_BAD)))
        rows.append(("Underskrifter", "Dato / borger ______________   Dato / mentor ______________"))
        kind_att = r.choice(["pdf", "docx"])
        title = "Aftale om mentorstøtte (LAB § 167)"
        if kind_att == "pdf":
            att = ("Mentoraftale_" + slug(F) + ".pdf", formal_pdf(rows, title, P), "application", "pdf")
        else:
            att = ("Mentoraftale_" + slug(F) + ".docx", formal_docx(rows, title, P), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document")
        meet = start - dt.timedelta(days=r.randint(2, 8))
        blocks = [("p", f"Hej {F} og {P['mf']}" if "missing-mentor" not in defects else f"Hej {F}"),
                  ("p", r.choice(["Hermed det vi aftalte på mødet i dag. Aftalen er vedhæftet som bilag – læs den igennem, og sig til, hvis noget skal rettes.",
                                  "Som aftalt sender jeg mentoraftalen som vedhæftet fil. Husk at tage den med underskrevet til næste møde.",
                                  "Vedlagt finder I aftalen om mentorstøtte fra i dag."])),
                  ("sig", signature(r, P))]
        hdr = self.header(P, r.choice(["Mentoraftale – bilag", "Aftale om mentorstøtte (vedhæftet)", "Jeres mentoraftale"]), meet,
                          to_mentor="missing-mentor" not in defects)
        path, t2 = self.emit("eml", "aftaler", f"aftale_bilag_{slug(F)}", hdr, blocks, P, attachments=[att])
        period = None if "missing-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()}
        self.record(path, "eml", "agreement", "agreement", f"mail-attached-{kind_att}", defects,
                    ["variant:attached", f"style:table-{kind_att}"] + (["cpr"] if cpr else []) + t2, cpr, period)

    # -------------------------------------------------------------- decision
    def decision(self, fmt, subtype, defects, attached=False):
        r = self.r
        P = make_parties(r)
        F = P["cf"]
        start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 15, r.randint(2, 27)]))
        over = "duration-over-6-months" in defects
        end = six_end(start, r.choice([8, 9, 12])) if over else six_end(start, r.choice([6, 6, 4, 3]))
        hours = r.choice(HOURS[:6])
        lawref = r.choice(["lov om en aktiv beskæftigelsesindsats § 167", "LAB § 167, stk. 1", "§ 167 i lov om en aktiv beskæftigelsesindsats"])
        per = period_text(r, start, end)
        period = {"start": start.isoformat(), "end": end.isoformat()}
        extras = []
        b = []
        if subtype == "grant":
            b.append(("p", f"Du har søgt om mentorstøtte. {P['muni']} Kommune har besluttet at bevilge dig mentorstøtte efter {lawref}."))
            b.append(("p", f"Du får mentorstøtte {per} med {hours}. Din mentor bliver {P['mentor']} fra {P['firm']}."))
            b.append(("p", "Begrundelse"))
            b.append(("p", f"Vi har lagt vægt på, at du har brug for støtte til at komme i gang med {r.choice(['praktik', 'uddannelse', 'job'])}, og at støtten ikke kan gives som en del af et andet tilbud."))
        elif subtype == "partial":
            b.append(("p", f"Du søgte om mentorstøtte i 12 måneder med 5 timer om ugen. Vi har givet dig delvist medhold."))
            b.append(("p", f"Du får mentorstøtte {per} med {hours}, jf. {lawref}."))
            b.append(("p", "Begrundelse: Efter loven kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer ud fra samtalen med dig og praktikstedet, at dit behov kan dækkes med færre timer. Vi ser på behovet igen, før perioden udløber."))
        elif subtype == "refusal":
            b.append(("p", f"Du har den {fdate(start - dt.timedelta(days=20), 'long')} søgt om mentorstøtte. Vi har givet dig afslag."))
            if "missing-reasons" in defects:
                extras.append("missing-reasons")
            else:
                b.append(("p", f"Begrundelse: Efter {lawref} kan mentorstøtte gives, når det er nødvendigt for, at du kan gennemføre en aktivitet eller fastholde et job. Vi har lagt vægt på, at din uddannelse allerede giver dig støtte gennem SPS og en studievejleder, og at du møder stabilt."))
            period = None
        elif subtype == "extension":
            b.append(("p", f"Din mentorstøtte udløber snart. Vi har vurderet, at du fortsat har brug for en mentor, og vi har bevilget forlængelse efter {lawref}, 2. pkt."))
            b.append(("p", f"Den nye periode er {per}. Timetallet er {hours}, og {P['mentor']} fortsætter som mentor."))
            b.append(("p", "Begrundelse: Du er godt i gang i praktikken, men har stadig brug for hjælp til at holde fast i mødetiderne, før der kan oprettes et løntilskudsjob."))
        elif subtype == "end":
            prev_start = six_end(start, 1)
            prev_end = six_end(prev_start, 5)
            b.append(("p", f"Vi har besluttet, at din mentorstøtte stopper den {fdate(prev_end, 'long')}."))
            b.append(("p", f"Du har haft mentorstøtte siden {fdate(prev_start, 'long')}. Begrundelse: Du er nu i ordinært job 25 timer om ugen og har selv fortalt, at du ikke længere har brug for mentoren. Vi har derfor vurderet, at betingelserne i {lawref} ikke længere er opfyldt."))
            period = {"start": prev_start.isoformat(), "end": prev_end.isoformat()}
        if "missing-appeal-guidance" in defects:
            if r.random() < 0.6:
                b.append(("p", r.choice(APPEAL_BAD)))
        else:
            b.append(("p", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
            b.append(("p", appeal_full(r, P)))
        cpr = fake_cpr(r) if r.random() < 0.25 else None
        title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
                 "refusal": "Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
                 "end": "Afgørelse om ophør af mentorstøtte"}[subtype]
        d = start - dt.timedelta(days=r.randint(5, 20))
        traits = [f"decision:{subtype}"]
        if attached:
            rows_text = [f"{P['muni']} Kommune, Jobcenter {P['muni']}", P["addr"], fdate(d, "long"), ""]
            if cpr:
                rows_text.append(f"{P['cit']}, cpr-nr. {cpr}")
            dd = Document()
            for x in rows_text:
                dd.add_paragraph(x)
            dd.add_heading(title, level=1)
            dd.add_paragraph(f"Kære {F}")
            for k, v in b:
                if v in ("Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Begrundelse"):
                    dd.add_heading(v, level=2)
                else:
                    dd.add_paragraph(v)
            dd.add_paragraph(f"Venlig hilsen\n{P['cw']}, {P['cw_title']}")
            buf = io.BytesIO()
            dd.save(buf)
            att = [(f"Afgoerelse_mentorstoette_{slug(F)}.docx", fixed_zip(buf.getvalue()), "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document")]
            blocks = [("p", f"Kære {F}"),
                      ("p", "Du får her kommunens afgørelse om mentorstøtte som vedhæftet fil. Afgørelsen er også sendt til din Digital Post."),
                      ("sig", signature(r, P))]
            hdr = self.header(P, title, d, to_mentor=False)
            path, t2 = self.emit("eml", "afgoerelser", f"afgoerelse_bilag_{subtype}", hdr, blocks, P, attachments=att)
            traits.append("variant:attached-docx")
        else:
            blocks = [("p", f"Kære {F}"), ("p", title)] + b
            if cpr:
                blocks.insert(1, ("p", f"Sag vedr. {P['cit']}, CPR {cpr}"))
            blocks.append(("sig", signature(r, P)))
            if r.random() < 0.5:
                blocks.append(("p", r.choice(DISCLAIMERS)))
            hdr = self.header(P, title, d, to_mentor=False)
            path, t2 = self.emit(fmt, "afgoerelser", f"afgoerelse_{subtype}", hdr, blocks, P)
        if cpr:
            traits.append("cpr")
        rules = [x for x in defects if x in ("missing-appeal-guidance", "duration-over-6-months")]
        self.record(path, fmt if not attached else "eml", "decision", subtype, "mail-decision" + ("-attached" if attached else ""),
                    rules, traits + t2, cpr, period, extras)

    # -------------------------------------------------------------- Min Plan
    def minplan(self, fmt):
        r = self.r
        P = make_parties(r)
        F = P["cf"]
        defects = pick_defects(r, "minplan")
        start, end, mode = make_period(r, defects)
        if mode != "range":
            end = six_end(start) if "duration-over-6-months" not in defects else six_end(start, 9)
        g = (GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_CLEAR)
        goal = r.choice(g)[1].format(school=r.choice(SCHOOLS), wp=r.choice(WORKPLACES), F=F,
                                  gdate=fdate(add_months(start, 3).replace(day=1), 'long'))
        lines = [f"Aktivitet: Mentorstøtte (§ 167)", "Status: Aktiv"]
        if "missing-duration" not in defects:
            lines.append(f"Periode: {period_text(r, start, end)}")
        if "missing-goal" not in defects:
            lines.append(f"Formål: {goal[0].upper() + goal[1:]}")
        if "missing-mentor" not in defects:
            lines.append(f"Mentor: {P['mentor']}, {P['firm']}, tlf. {P['m_phone']}")
        else:
            lines.append(r.choice([f"Mentor: {P['firm']}", f"Mentor: {P['mf']}"]))
        if "missing-tasks" not in defects:
            lines.append("Mentorens opgaver: " + "; ".join(t.format(dig=F) for t in r.sample(TASKS, 2)))
        if "missing-hours" not in defects:
            lines.append(f"Timer: {r.choice(HOURS[:6])}")
        other = r.random() < 0.4
        blocks = [("p", f"Hej {F}"),
                  ("p", r.choice(["Jeg har i dag opdateret din plan (Min Plan) på Jobnet med mentorstøtten. Sådan står det i planen:",
                                  "Her er det, der nu står i Min Plan om din mentor:",
                                  "Min Plan er opdateret efter vores samtale. Punktet om mentorstøtte ser sådan ud:"])),
                  ("lines", lines)]
        if other:
            o_start = start - dt.timedelta(days=30)
            blocks.append(("p", "Din anden aktivitet i planen er uændret:"))
            blocks.append(("lines", [f"Aktivitet: FGU-forløb, {r.choice(SCHOOLS)}",
                                     f"Periode: {fdate(o_start, 'long')} – {fdate(six_end(o_start, 13), 'long')}",
                                     "Timer: 25 timer pr. uge (skoletid)", f"Kontaktperson: {r.choice(FIRST)} {r.choice(LAST)}, tlf. {phone(r)}"]))
        blocks.append(("p", "Du kan altid se hele planen på Jobnet.dk under Min Plan."))
        blocks.append(("sig", signature(r, P)))
        hdr = self.header(P, r.choice(["Min Plan – mentorstøtte", "Min Plan er opdateret (mentor)", "Opdatering af Min Plan: mentorstøtte"]),
                          start - dt.timedelta(days=3), to_mentor=False)
        cpr = fake_cpr(r) if r.random() < 0.2 else None
        if cpr:
            blocks.insert(1, ("p", f"CPR-nr.: {cpr}"))
        path, t2 = self.emit(fmt, "minplan", f"minplan_{slug(F)}", hdr, blocks, P)
        period = None if "missing-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()}
        self.record(path, fmt, "minplan", "minplan", "mail-minplan", defects,
                    t2 + (["other-activity-long"] if other else []) + (["cpr"] if cpr else []), cpr, period)

    # -------------------------------------------------------------- none of the kinds
    def unknown(self, fmt, which):
        r = self.r
        P = make_parties(r)
        F = P["cf"]
        d = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
        cpr = fake_cpr(r) if r.random() < 0.2 else None
        from_mentor = False
        to_mentor = True
        if which == "meeting":
            subj = r.choice(["Mødeindkaldelse: opstartsmøde med mentor", "Invitation: Opstartsmøde"])
            b = [("p", f"Hej {F}"),
                 ("p", f"Du er inviteret til opstartsmøde med din kommende mentor {fdate(d, 'den')} kl. 10.00 på jobcentret, {P['addr']}."),
                 ("p", "På mødet laver vi aftalen om mentorstøtte sammen. Tag gerne din NemID/MitID-app med."),
                 ("p", "Giv besked, hvis tidspunktet ikke passer.")]
        elif which == "reschedule":
            subj = "Aflyst: Statusmøde"
            b = [("p", f"Hej {F} og {P['mf']}"),
                 ("p", f"Jeg er desværre syg i dag, så statusmødet {fdate(d, 'den')} er aflyst. Jeg sender en ny tid i næste uge."),
                 ("p", "Mentorforløbet fortsætter som aftalt.")]
        elif which == "invoice":
            from_mentor = True
            subj = f"Faktura {d.year}-{r.randint(100, 999)} – mentortimer {MONTHS[d.month - 1]}"
            n = r.randint(6, 16)
            b = [("p", f"Hej {P['cw_first']}"),
                 ("p", f"Vedhæftet/herunder faktura for mentortimer i {MONTHS[d.month - 1]} {d.year}."),
                 ("lines", [f"Borger: {P['cit']}", f"Antal mentortimer: {n}", "Timepris: 475,00 kr.",
                            f"I alt ekskl. moms: {n * 475:,} kr.".replace(",", "."), f"EAN: 5798007{r.randint(100000, 999999)}",
                            "Betalingsbetingelser: netto 30 dage"]),
                 ("p", f"Venlig hilsen\n{P['mentor']}, {P['firm']}")]
        elif which == "status":
            from_mentor = True
            subj = r.choice(["Statusrapport – mentorforløb", f"Status på {F}"])
            b = [("p", f"Hej {P['cw_first']}"),
                 ("p", f"Her kommer status på forløbet med {F} for den seneste måned."),
                 ("p", f"{F} har mødt op til praktikken 3 af 4 dage de fleste uger. Vi har brugt timerne på transport og på at få styr på Digital Post. Der er stadig udfordringer med søvnen."),
                 ("p", "Jeg foreslår, at vi ved næste statusmøde taler om at øge timerne i praktikken."),
                 ("p", f"Mvh {P['mentor']}")]
        elif which == "receipt":
            subj = "Kvittering: Vi har modtaget din ansøgning om mentorstøtte"
            to_mentor = False
            b = [("p", f"Kære {F}"),
                 ("p", f"Vi har {fdate(d, 'den')} modtaget din ansøgning om mentorstøtte. Du hører fra os, når vi har behandlet den – normalt inden for 4 uger."),
                 ("p", "Dette er en automatisk besked, som du ikke kan svare på.")]
        elif which == "notice":
            subj = f"Du har fået ny post fra {P['muni']} Kommune"
            to_mentor = False
            b = [("p", f"Du har fået en ny meddelelse fra {P['muni']} Kommune i Digital Post."),
                 ("p", "Log på borger.dk eller brug appen Digital Post for at læse den."),
                 ("p", "Denne mail kan ikke besvares.")]
        elif which == "mention":
            subj = "Aftalen"
            b = [("p", f"Hej {F}"),
                 ("p", f"Tak for i dag. Jeg skriver aftalen om mentorstøtte færdig i morgen og sender den til dig og {P['mf']}. Husk at {P['mf']} ringer til dig på mandag."),
                 ("p", f"/{P['cw_first']}")]
        elif which == "autoreply":
            subj = "Automatisk svar: Mentoraftale"
            to_mentor = False
            b = [("p", f"Tak for din mail. Jeg er på ferie til og med {fdate(d, 'long')} og læser ikke mails. Ved akutte henvendelser kan du kontakte jobcentrets hovednummer."),
                 ("p", f"Venlig hilsen {P['cw']}")]
        elif which == "club":
            subj = "Velkommen i mentorprogrammet – FC Østbyen Ungdom"
            to_mentor = False
            b = [("p", f"Hej {F}"),
                 ("p", "Velkommen i klubbens mentorprogram for unge spillere! Din mentor er en af vores seniorspillere, og I mødes en gang om ugen efter træning."),
                 ("lines", ["Mentoraftale (klubbens)", "Mål: at du får en god start i klubben og lærer holdet at kende",
                            f"Mentor: Kasper fra 1. holdet, tlf. {phone(r)}", "Periode: sæsonen 2026/27",
                            "Tid: ca. 1 time om ugen efter træning"]),
                 ("p", "Sportslig hilsen, Ungdomsudvalget")]
        elif which == "order":
            subj = f"Bestilling af mentorforløb – {F}"
            to_mentor = True
            b = [("p", f"Hej {P['firm']}"),
                 ("p", f"Jobcentret bestiller hermed et mentorforløb til {P['cit']} jf. rammeaftalen."),
                 ("lines", ["Ønsket opstart: " + fdate(d, "long"), "Forventet timetal: 3 timer pr. uge",
                            "Fokus: fremmøde i praktik og struktur i hverdagen"]),
                 ("p", "Giv venligst besked om, hvilken mentor der kan tage forløbet, og hvornår opstartsmødet kan holdes.")]
        elif which == "guidance":
            subj = "Information om mentorstøtte"
            to_mentor = False
            b = [("p", f"Hej {F}"),
                 ("p", "Du spurgte, hvad en mentor er. Her er kort information:"),
                 ("ul", ["En mentor kan hjælpe dig i gang med job, praktik eller uddannelse.",
                         "Aftalen om mentorstøtte indeholder målet, mentorens navn og kontaktdata, opgaverne, perioden og timetallet.",
                         "Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse.",
                         "Du kan klage over en afgørelse om mentorstøtte."]),
                 ("p", "Vi kan tale mere om det på mødet i næste uge.")]
        elif which == "minutes":
            subj = "Referat af teammøde, mentorkoordinering"
            to_mentor = False
            b = [("p", "Deltagere: jobkonsulenter og mentorkoordinator"),
                 ("lines", ["1. Nye rammeaftaler med mentorleverandører fra 1. januar",
                            "2. Loft over udgifter til mentorstøtte (§ 203 a) – status på budget",
                            "3. Husk at mentoraftaler skal journaliseres i fagsystemet",
                            "4. Eventuelt"]),
                 ("p", "Næste møde: " + fdate(d, "long"))]
        elif which == "mentor-hello":
            from_mentor = True
            subj = "Ny borger – spørgsmål"
            b = [("p", f"Hej {P['cw_first']}"),
                 ("p", f"Jeg har haft første møde med {F}. Kan du sende mig aftalen og oplyse, hvor mange timer der er bevilget? Jeg har ikke fået den endnu."),
                 ("p", f"Mvh {P['mf']}, tlf. {P['m_phone']}")]
        else:
            raise ValueError(which)
        if cpr:
            b.insert(1, ("p", f"(Borger: {P['cit']}, cpr {cpr})"))
        if not from_mentor and which not in ("notice", "receipt", "autoreply", "club"):
            b.append(("sig", signature(r, P)))
        hdr = self.header(P, subj, d, to_mentor=to_mentor, from_mentor=from_mentor)
        if which == "club":
            hdr["from"] = "Ungdomsudvalget <ungdom@fcoestbyen.dk>"
        if which == "notice":
            hdr["from"] = "Digital Post <noreply@digitalpost.dk>"
        path, t2 = self.emit(fmt, "oevrige", f"mail_{which}", hdr, b, P)
        self.record(path, fmt, "unknown", which, "mail-other", [], t2 + (["cpr"] if cpr else []), cpr, None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    B = Builder(out, a.seed)
    r = B.r
    # agreements: 46 in body (+forward/quoted variants), 8 attached
    fmts = ["eml"] * 18 + ["txt"] * 10 + ["html"] * 8 + ["pdf"] * 10
    r.shuffle(fmts)
    for i, f in enumerate(fmts):
        variant = "body"
        if i % 9 == 4:
            variant = "forward"
        elif i % 9 == 7:
            variant = "quoted"
        B.agreement(f, variant, special={3: "udskrivning", 21: "udskrivning", 12: "education", 30: "education"}.get(i))
    for _ in range(8):
        B.agreement_attached()
    # decisions: 16
    dec_plan = [("grant", []), ("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]),
                ("grant", []), ("partial", []), ("partial", ["missing-appeal-guidance"]), ("refusal", []),
                ("refusal", ["missing-appeal-guidance"]), ("refusal", ["missing-reasons"]), ("extension", []),
                ("extension", ["duration-over-6-months"]), ("extension", ["missing-appeal-guidance"]),
                ("end", []), ("end", ["missing-appeal-guidance"]), ("grant", []), ("partial", [])]
    dfmts = ["eml", "pdf", "txt", "html", "eml", "pdf", "eml", "txt", "html", "pdf", "eml", "pdf", "txt", "eml", "eml", "pdf"]
    for i, ((st, d), f) in enumerate(zip(dec_plan, dfmts)):
        B.decision(f, st, d, attached=(i in (3, 14)))
    # Min Plan: 13
    for f in ["eml", "eml", "pdf", "txt", "html", "eml", "pdf", "txt", "eml", "html", "pdf", "eml", "txt"]:
        B.minplan(f)
    # unknown: 17
    unk = [("meeting", "eml"), ("reschedule", "txt"), ("invoice", "pdf"), ("invoice", "eml"), ("status", "eml"),
           ("status", "pdf"), ("receipt", "eml"), ("notice", "eml"), ("mention", "eml"), ("mention", "txt"),
           ("autoreply", "eml"), ("club", "html"), ("order", "eml"), ("guidance", "html"), ("minutes", "pdf"),
           ("mentor-hello", "txt"), ("meeting", "pdf")]
    for w, f in unk:
        B.unknown(f, w)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(B.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(B.entries)} documents written to {out}")


if __name__ == "__main__":
    main()
