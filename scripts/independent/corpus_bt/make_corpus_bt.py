"""Independent corpus `bt`: agreements and decisions written as PROSE.

Journal notes, confirmation e-mails, "du"-letters without headings, SMS / Digital Post short
messages, English and mixed Danish-English texts, abbreviated notes, and documents that are none
of the kinds. Written from /work/shared/domain.md, the seeds and the rule docs only.

Usage: make_corpus_bt.py --out DIR   (deterministic, fixed seed)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261129

# --------------------------------------------------------------------------- vocabulary
CIT_FIRST = ["Ali", "Maja", "Jonas", "Sofie", "Ahmed", "Line", "Mikkel", "Fatima", "Kasper", "Nanna",
             "Emil", "Sara", "Oliver", "Amalie", "Yusuf", "Camilla", "Frederik", "Ida", "Rasmus",
             "Zainab", "Mathias", "Julie", "Tobias", "Laura", "Hassan", "Cecilie", "Nikolaj", "Signe"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Hassan", "Yilmaz", "Karimi", "Østergaard", "Bech"]
MENTOR_FIRST = ["Jonas", "Lars", "Sara", "Mette", "Peter", "Hanne", "Bo", "Trine", "Kim", "Louise",
                "Morten", "Birgitte", "Jesper", "Pia", "Anders", "Rikke"]
COMPANIES = ["Jobhuset", "Mentorhuset ApS", "Kompetencecentret", "Job & Trivsel", "Ungeenheden",
             "Virksomhedsservice", "Mentorkorpset", "Broen Mentor", "Projekt Ny Start",
             "Center for Beskæftigelse", "MentorKompagniet", "Fremad Mentor I/S"]
COMPANY_DOMAINS = {c: c.lower().replace(" & ", "").replace(" ", "").replace("/", "")
                   .replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("aps", "")
                   .replace("i/s", "") + ".dk" for c in COMPANIES}
KOMMUNER = ["Viborg", "Holbæk", "Assens", "Tønder", "Faxe", "Roskilde", "Herning", "Odense",
            "Aalborg", "Randers", "Næstved", "Svendborg", "Kolding", "Horsens", "Silkeborg"]
CASEWORKERS = ["Lene Kjær", "Tina Holm", "Søren Lund", "Anne Mølgaard", "Birthe Vestergaard",
               "Mads Friis", "Karina Dahl", "Henrik Bak", "Camilla Skov", "Dorthe Nørgaard"]
EDUS = ["FVU-dansk på VUC", "hf-enkeltfag på VUC", "grundforløb 1 på EUD (tømrer)", "SOSU-hjælperuddannelsen", "FGU (produktionsgrunduddannelse)", "AMU-kurset i truckkørsel",
        "EUX Business", "grundforløbet på Tech College", "pædagogisk assistentuddannelse (PAU)",
        "STU hos Kompasset"]
JOBS = ["lagermedarbejder", "kok", "rengøringsassistent", "chauffør", "butiksassistent",
        "pædagogmedhjælper", "pakkeriarbejder", "gartner", "kontorassistent", "smedelærling"]
WORKPLACES = ["Netto i Søndergade", "Bilka", "DSV i Hedehusene", "Circle K", "Daells Bolighus",
              "Plejecenter Solbakken", "Kommunens Park og Vej", "Lidl", "Føtex", "Arla i Slagelse",
              "Restaurant Havnen", "Elgiganten", "Børnehuset Mælkebøtten", "Coop lager"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def phone() -> str:
    d = [R.randint(2, 9)] + [R.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return pick([f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", s, f"{s[:4]} {s[4:]}", f"+45 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"])


def cpr() -> str:
    d = dt.date(R.randint(1960, 2006), R.randint(1, 12), R.randint(1, 28))
    return f"{d:%d%m%y}-{R.randint(0, 9999):04d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt(d: dt.date, style: str | None = None, en: bool = False) -> str:
    if en:
        style = style or pick(["en", "en", "enus", "iso", "dot"])
    style = style or pick(["words", "d", "den", "abbr", "dot", "dot2", "slash", "slashdash",
                           "iso", "dash", "words", "dot", "wday"])
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "d":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "wday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dot2":
        return f"{d:%d.%m.%y}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d:%y}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d:%d-%m-%Y}"
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "enus":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


# --------------------------------------------------------------------------- one case
class Case:
    def __init__(self):
        self.fn = pick(CIT_FIRST)
        self.ln = pick(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.mfn = pick(MENTOR_FIRST)
        self.mentor = f"{self.mfn} {pick(LAST)}"
        self.co = pick(COMPANIES)
        self.mphone = phone()
        self.memail = f"{self.mfn.lower()}@{COMPANY_DOMAINS[self.co]}"
        self.kommune = pick(KOMMUNER)
        self.cw = pick(CASEWORKERS)
        self.cwphone = phone()
        self.cwemail = (self.cw.split()[0][:2] + self.cw.split()[1][:2]).lower() \
            .replace("ø", "o").replace("æ", "ae") + f"@{self.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"
        self.edu = pick(EDUS)
        self.job = pick(JOBS)
        self.wp = pick(WORKPLACES)
        self.start = dt.date(2026, R.randint(1, 11), pick([1, 1, 1, 15, R.randint(2, 28)]))
        self.meeting = self.start - dt.timedelta(days=R.randint(3, 20))
        self.cpr = cpr() if R.random() < 0.33 else None
        self.hours = pick(["2 timer", "3 timer", "4 timer", "1½ time", "halvanden time", "to timer",
                           "5 timer", "2-3 timer", "tre timer"])
        self.weekday = pick(WEEKDAYS[:5])


def period(c: Case, over: bool) -> tuple[dt.date, dt.date, int]:
    if over:
        k = pick([7, 8, 9, 12, "6+1d"])
        if k == "6+1d":
            return c.start, add_months(c.start, 6), 6
        return c.start, add_months(c.start, k) - dt.timedelta(days=1), k
    k = pick([3, 4, 6, 6, 6, 5])
    return c.start, add_months(c.start, k) - dt.timedelta(days=1), k


# --------------------------------------------------------------------------- field sentences
# voice: "du" (to the citizen), "j" (journal, third person), "en" (English)

def s_goal(c, voice, state):
    d = fmt(add_months(c.start, pick([2, 3, 4])), en=voice == "en")
    if state == "ok":
        if voice == "du":
            return pick([
                f"Målet er, at du starter på {c.edu} {d}, og at du møder op mindst fire dage om ugen.",
                f"Vi blev enige om, at målet er et job som {c.job}. Første skridt er virksomhedspraktik hos {c.wp} 15 timer om ugen fra {d}.",
                f"Det overordnede mål er, at du kommer i løntilskud hos {c.wp} senest {d}.",
                f"Formålet med mentorstøtten er, at du gennemfører {c.edu} – du skal have max 2 dages fravær pr. måned.",
            ])
        if voice == "j":
            return pick([
                f"Det blev aftalt, at målet med mentorstøtten er, at {c.fn} gennemfører {c.edu} med fremmøde min. 4 dage/uge.",
                f"Mål: {c.fn} i virksomhedspraktik som {c.job} hos {c.wp}, ca. 12 t/uge, senest {d}.",
                f"Borgers eget mål er at blive {c.job}. Vi aftalte, at delmålet er praktik hos {c.wp} fra {d}, hovedmålet ordinære timer.",
                f"Hovedformål jf. samtalen: B. skal starte på {c.edu} {d} og fastholdes i uddannelsen.",
            ])
        return pick([
            f"The goal is that you start {c.edu} on {d} and attend at least four days a week.",
            f"Goal: a job as {c.job}. The first step is an internship at {c.wp}, 15 hours a week from {d}.",
        ])
    if state == "unclear":
        if voice == "du":
            return pick([
                "Målet er, at du får mere struktur på hverdagen, og at det bliver lidt nemmere at komme videre.",
                "Formålet er støtte til at få styr på økonomien og øget trivsel.",
                "Vi aftalte, at målet er, at du får det bedre med dig selv og mere selvværd.",
            ])
        if voice == "j":
            return pick([
                "Mål: øget trivsel og selvværd, komme tættere på arbejdsmarkedet.",
                f"Det blev aftalt, at målet er at hjælpe {c.fn} med at få mere struktur i hverdagen.",
            ])
        return "The aim is to support you so you feel better and get more structure in your everyday life."
    if state == "later":
        return {"du": "Målet med forløbet aftaler vi, når du har haft det første møde med din mentor.",
                "j": "Mål: aftales på næste møde.",
                "en": "We will agree on the goal at the next meeting."}[voice]
    return None


def s_mentor(c, voice, state):
    if state == "ok":
        if voice == "du":
            return pick([
                f"Din mentor bliver {c.mentor} fra {c.co}. {c.mfn} kan træffes på tlf. {c.mphone}.",
                f"Du får {c.mfn} ({c.mentor}) fra {c.co} som mentor – nr. {c.mphone}, mail {c.memail}.",
                f"Mentor er {c.mentor}, {c.co}, mobil {c.mphone}.",
                f"{c.mentor} fra {c.co} bliver din mentor. Du kan skrive til {c.mfn} på {c.memail}.",
            ])
        if voice == "j":
            return pick([
                f"Mentor bliver {c.mentor} fra {c.co} (tlf. {c.mphone}).",
                f"{c.mentor}, {c.co}, er tilknyttet som mentor, mail {c.memail}, tlf. {c.mphone}.",
                f"Mentor: {c.mfn} {c.mentor.split()[1]} fra {c.co}, tlf. {c.mphone}.",
            ])
        return pick([f"Your mentor will be {c.mentor} from {c.co}, phone {c.mphone}.",
                     f"{c.mentor} ({c.co}) will be your mentor – you can reach {c.mfn} at {c.memail}."])
    if state == "nameonly":
        return {"du": f"Din mentor bliver {c.mfn} fra {c.co}.",
                "j": f"Mentor bliver {c.mfn} fra {c.co}.",
                "en": f"Your mentor will be {c.mfn} from {c.co}."}[voice]
    if state == "pending":
        return {"du": f"{c.co} finder en mentor til dig og vender tilbage med navn.",
                "j": f"Mentor endnu ikke fundet – {c.co} vender tilbage m. navn.",
                "en": f"{c.co} will find a mentor for you and let you know the name."}[voice]
    return None


def s_tasks(c, voice, state):
    if state != "ok":
        return None
    if voice == "du":
        return pick([
            f"{c.mfn} skal hjælpe dig med at komme afsted om morgenen, følge dig til {c.wp} de første to uger og tage en snak med dig hver uge om, hvordan det går.",
            f"{c.mfn} hjælper bl.a. med struktur i ugen, kontakt til skolen og transport (rejsekort og ruteplan).",
            f"Sammen med {c.mfn} skal du arbejde med at få en fast døgnrytme, og {c.mfn} tager med dig til de første møder med din arbejdsgiver.",
            f"{c.mfn}s opgaver bliver at hjælpe dig med post fra e-Boks, aftaler med lægen og at komme til tiden på {c.wp}.",
        ])
    if voice == "j":
        return pick([
            f"Mentor skal bl.a. hjælpe med morgenrutiner, følges med {c.fn} til {c.wp} de første 2 uger samt hjælpe m. kontakt til SU-kontoret.",
            f"Aftalt at mentor hjælper hhv. med skema/lektier og med at holde aftaler med egen læge.",
            f"Mentors opgaver: støtte ift. fremmøde, transport og kontakt til arbejdsgiver.",
        ])
    return pick([
        f"{c.mfn} will help you get up in the morning, go with you to {c.wp} for the first two weeks and talk with you every week about how it is going.",
        f"Your mentor's tasks: help with your weekly plan, contact with the school and transport.",
    ])


def s_duration(c, voice, state, s, e, k):
    en = voice == "en"
    if state in ("ok", "over"):
        form = pick(["range", "range", "range", "startlen"]) if not (state == "over" and k == 6) else "range"
        if form == "startlen":
            if en:
                return f"The support starts on {fmt(s, en=True)} and runs for {k} months."
            return pick([f"Forløbet starter {fmt(s)} og løber {k} mdr. frem.",
                         f"Mentorstøtten er bevilget fra {fmt(s)} og {k} måneder frem.",
                         f"Aftalen gælder i {k} måneder fra {fmt(s)}."])
        st = pick(["words", "dot", "dot2", "slash", "slashdash", "iso", "dash", "abbr", "den"])
        fs, fe = (fmt(s, en=True), fmt(e, en=True)) if en else (fmt(s, st), fmt(e, st))
        if en:
            return pick([f"The support runs from {fs} to {fe}.", f"Period: {fs} – {fe}."])
        if voice == "j":
            return pick([f"Periode: {fs}-{fe}.", f"Forløbet løber fra {fs} til {fe}.",
                         f"Bevilget f.o.m. {fs} t.o.m. {fe}.", f"Mentorforløb {fs} – {fe}."])
        return pick([f"Forløbet løber fra {fs} til {fe}.", f"Aftalen gælder i perioden {fs} til {fe}.",
                     f"Du har mentor fra {fs} og frem til {fe}.", f"Mentorstøtten starter {fs} og slutter {fe}."])
    if state == "open":
        return {"du": "Forløbet kører indtil videre, og vi ser på det igen, når du er kommet godt i gang.",
                "j": "Varighed: indtil videre, vurderes løbende.",
                "en": "The support runs until further notice."}[voice]
    return None


def s_follow(c, voice, state):
    d = fmt(add_months(c.start, pick([1, 2])), en=voice == "en")
    if state != "ok":
        if state == "vague":
            return {"du": "Vi holder kontakten.", "j": "Vi holder kontakten.",
                    "en": "We will keep in touch."}[voice]
        return None
    if voice == "du":
        return pick([f"Vi mødes alle tre til opfølgning {d}.",
                     f"Vi følger op hver 4. uge, første gang {d}, og holder et evalueringsmøde 14 dage før forløbet slutter.",
                     f"Der bliver holdt statusmøde med dig, {c.mfn} og mig ca. en gang om måneden."])
    if voice == "j":
        return pick([f"Opf. m. mentor og borger ca. hver md., næste gang {d}.",
                     f"Statusmøde aftalt {d}; evaluering 14 dage før ophør jf. kvalitetsstandarden.",
                     f"Progression følges op på fællesmøde hver 6. uge (første {d})."])
    return pick([f"We will meet for a follow-up on {d} and then every month.",
                 "We will follow up every four weeks and evaluate two weeks before the end."])


def s_hours(c, voice, state):
    if state == "ok":
        if voice == "du":
            return pick([f"{c.mfn} har {c.hours} om ugen til dig.",
                         f"Der er bevilget {c.hours} ugentligt.",
                         f"I får {c.hours} om ugen sammen, som regel om {c.weekday}en.",
                         "Der er i alt 24 mentortimer i perioden."])
        if voice == "j":
            return pick([f"Timetal: {c.hours}/uge.", f"{pick(['2', '3', '4'])} t/uge.",
                         f"Bevilget {c.hours} pr. uge.", "Ca. 8 timer om måneden."])
        return pick(["You have 3 hours a week with your mentor.", "The support is 2 hours per week."])
    if state == "clock":
        return {"du": f"I mødes hver {c.weekday} kl. 9-11.", "j": f"Mødes hver {c.weekday} kl. 9-11.",
                "en": f"You will meet every {c.weekday} from 9 to 11."}[voice]
    if state == "vague":
        return {"du": "I aftaler selv timerne efter behov.", "j": "Timer efter behov.",
                "en": "Hours as needed."}[voice]
    return None


APPEAL_OK_DU = [
    "Hvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til kommunen inden 4 uger, efter du har fået brevet. Vi genvurderer så sagen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.",
    "Er du uenig, kan du klage til os i {kommune} Kommune inden fire uger. Du kan klage mundtligt eller skriftligt. Kommunen ser på sagen igen, og hvis vi ikke giver dig ret, går klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen til {kommune} Kommune senest 4 uger efter, at du har modtaget den. Vi vurderer sagen igen inden for 4 uger. Fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen (LAB § 204).",
]
APPEAL_OK_J = [
    "B. vejledt om klageadgang: klage til kommunen inden 4 uger, genvurdering, derefter evt. videre til Ankestyrelsen.",
    "Klagevejledning givet mundtligt og i brev: klage til kommunen inden fire uger; kommunen genvurderer og sender evt. til Ankestyrelsen.",
]
APPEAL_OK_EN = [
    "If you disagree, you can complain to {kommune} Municipality within 4 weeks. We will reconsider the decision, and if we uphold it, your complaint is sent on to Ankestyrelsen (the National Social Appeals Board).",
]


def s_appeal(c, voice, state):
    if state == "ok":
        lst = {"du": APPEAL_OK_DU, "j": APPEAL_OK_J, "en": APPEAL_OK_EN}[voice]
        return pick(lst).format(kommune=c.kommune)
    if state == "weak":
        return {"du": "Du kan klage over afgørelsen, hvis du ikke er enig.",
                "j": "B. orienteret om, at hun/han kan klage.",
                "en": "You can complain if you do not agree."}[voice]
    if state == "direct":
        return {"du": "Hvis du er uenig, kan du klage direkte til Ankestyrelsen inden 4 uger.",
                "j": "Klagevejl.: klage sendes til Ankestyrelsen inden 4 uger.",
                "en": "If you disagree you can complain directly to Ankestyrelsen within 4 weeks."}[voice]
    return None


# --------------------------------------------------------------------------- defect planning
FIELD_DEFECTS = {
    "missing-goal": ("goal", ["none", "later"]),
    "unclear-goal": ("goal", ["unclear"]),
    "missing-mentor": ("mentor", ["none", "nameonly", "nameonly", "pending"]),
    "missing-tasks": ("tasks", ["none"]),
    "missing-duration": ("duration", ["none", "open"]),
    "duration-over-6-months": ("duration", ["over"]),
    "missing-follow-up": ("follow", ["none", "vague"]),
    "missing-hours": ("hours", ["none", "vague"]),
    "missing-appeal-guidance": ("appeal", ["none", "weak"]),
}


def plan_agreement(defective: bool, weights=None):
    st = dict(goal="ok", mentor="ok", tasks="ok", duration="ok", follow="ok", hours="ok", appeal="ok")
    rules = []
    if defective:
        names = list(FIELD_DEFECTS)
        w = weights or [4, 2, 3, 4, 3, 2, 3, 3, 3]
        n = pick([1, 1, 1, 2])
        while len(rules) < n:
            r = R.choices(names, w)[0]
            f, states = FIELD_DEFECTS[r]
            if st[f] != "ok":
                continue
            st[f] = pick(states)
            rules.append(r)
    return st, sorted(rules)


# --------------------------------------------------------------------------- renderers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_txt(path: Path, text: str, enc="utf-8"):
    path.write_text(text, encoding=enc)


def write_docx(path: Path, paras: list[str], title: str | None = None):
    import docx
    doc = docx.Document()
    if title:
        p = doc.add_paragraph()
        p.add_run(title).bold = True
    for para in paras:
        doc.add_paragraph(para)
    doc.save(str(path))


def write_pdf(path: Path, paras: list[str], title: str | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    story = []
    if title:
        story += [Paragraph(esc(title), ss["Heading3"]), Spacer(1, 6)]
    for para in paras:
        story += [Paragraph(esc(para).replace("\n", "<br/>"), ss["BodyText"]), Spacer(1, 4)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def write_html_casesys(path: Path, c: Case, title: str, paras: list[str], meta: list[tuple[str, str]]):
    rows = "".join(f'<div class="meta-row"><span class="lbl">{esc(k)}</span> <span class="val">{esc(v)}</span></div>'
                   for k, v in meta)
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    html = f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{esc(title)}</title>
<script>window.sbsys={{user:"{c.cw}",print:true}};</script><style>.lbl{{color:#666}}</style></head>
<body><div class="journal"><div class="jhead"><h2>{esc(title)}</h2>{rows}</div>
<div class="jbody">{body}</div></div><div class="footer">Udskrevet fra fagsystemet</div></body></html>"""
    path.write_text(html, encoding="utf-8")


def write_eml(path: Path, c: Case, subject: str, body: str, from_cw=True, date=None, html=False, cc_mentor=False):
    m = EmailMessage()
    kdom = c.cwemail.split("@")[1]
    cit_mail = f"{c.fn.lower()}.{c.ln.lower().replace('ø', 'oe')}{R.randint(1, 99)}@gmail.com"
    if from_cw:
        m["From"] = f"{c.cw} <{c.cwemail}>"
        m["To"] = f"{c.name} <{cit_mail}>"
        if cc_mentor:
            m["Cc"] = f"{c.mentor} <{c.memail}>"
    else:
        m["From"] = f"{c.mentor} <{c.memail}>"
        m["To"] = f"{c.cw} <{c.cwemail}>"
    m["Subject"] = subject
    when = dt.datetime.combine(date or c.meeting, dt.time(R.randint(8, 15), R.randint(0, 59)),
                               tzinfo=dt.timezone(dt.timedelta(hours=1)))
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{R.getrandbits(64):x}@{kdom}>"
    if html:
        paras = body.split("\n\n")
        hb = "".join("<p>" + esc(p).replace("\n", "<br>") + "</p>" for p in paras)
        m.set_content(body)
        m.add_alternative(f"<html><body style='font-family:Calibri'>{hb}</body></html>", subtype="html")
        m.set_boundary(f"===============_{R.getrandbits(48):012x}==")  # stdlib draws from global random
    else:
        m.set_content(body)
    path.write_bytes(bytes(m))


def signature(c: Case, en=False) -> str:
    t = pick(["Sagsbehandler", "Jobkonsulent", "Virksomhedskonsulent", "Rådgiver"])
    lines = [pick(["Venlig hilsen", "Med venlig hilsen", "Mvh.", "Bedste hilsner"]) if not en else
             pick(["Kind regards", "Best regards", "Venlig hilsen / Kind regards"]),
             "", c.cw, f"{t}, Job og Ydelse", f"{c.kommune} Kommune",
             f"Direkte tlf. {c.cwphone}", f"Mail: {c.cwemail}"]
    if R.random() < 0.5:
        lines += ["", "Telefontid: man-tors kl. 9-12, fre kl. 9-11"]
    return "\n".join(lines)


DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den og give afsenderen besked. Send ikke personfølsomme oplysninger som CPR-nummer i almindelig mail – brug Digital Post.",
    "Fortrolighed: Mailen er kun til modtageren. Husk at sende følsomme oplysninger via sikker mail eller borger.dk.",
    "This e-mail may contain confidential information. If you have received it in error, please notify the sender and delete it.",
]


def quoted(c: Case, en=False) -> str:
    d = fmt(c.meeting - dt.timedelta(days=R.randint(1, 5)), "dot")
    txt = pick(["hej, ja det passer fint med mig. kan vi mødes om formiddagen? mvh " + c.fn,
                f"Hej {c.cw.split()[0]}\nTak for i dag. Skal jeg selv ringe til mentoren?\n{c.fn}",
                f"Hej igen, jeg har fået en tid på VUC men ved ikke om det passer. Hilsen {c.fn}"])
    q = "\n".join("> " + line for line in txt.split("\n"))
    hdr = pick([f"Den {d} skrev {c.name} <{c.fn.lower()}@gmail.com>:",
                f"-----Oprindelig meddelelse-----\nFra: {c.name}\nSendt: {d}\nTil: {c.cw}\nEmne: SV: Mentor",
                f"On {d}, {c.name} wrote:"])
    if hdr.startswith("-----"):
        return hdr + "\n\n" + txt
    return hdr + "\n" + q


# --------------------------------------------------------------------------- document builders
class Corpus:
    def __init__(self, out: Path):
        self.out = out
        self.entries = []
        self.n = 0

    def add(self, folder, stem, fmt_, kind, layout, subtype, rules, c: Case | None, traits,
            extras=(), period_=None, write=None):
        self.n += 1
        rel = f"{folder}/{self.n:03d}-{stem}.{fmt_}"
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        write(p)
        mnc = []
        tr = list(traits)
        if c is not None and c.cpr and c.cpr_used:
            mnc = [c.cpr]
            tr.append("cpr")
        e = {"path": rel, "format": fmt_, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": tr}
        if period_:
            e["period"] = {"start": period_[0].isoformat(), "end": period_[1].isoformat()}
        self.entries.append(e)


def agreement_parts(c: Case, voice: str, st: dict):
    s, e, k = period(c, st["duration"] == "over")
    parts = {
        "goal": s_goal(c, voice, st["goal"]),
        "mentor": s_mentor(c, voice, st["mentor"]),
        "tasks": s_tasks(c, voice, st["tasks"]),
        "duration": s_duration(c, voice, st["duration"], s, e, k),
        "follow": s_follow(c, voice, st["follow"]),
        "hours": s_hours(c, voice, st["hours"]),
        "appeal": s_appeal(c, voice, st["appeal"]),
    }
    per = (s, e) if st["duration"] in ("ok", "over") else None
    return parts, per


def join_sents(*xs):
    return " ".join(x for x in xs if x)


def build_journal(corp: Corpus, defective: bool):
    c = Case()
    st, rules = plan_agreement(defective)
    if R.random() < 0.1 and "missing-hours" not in rules:
        st["hours"] = "clock"
    p, per = agreement_parts(c, "j", st)
    c.cpr_used = bool(c.cpr)
    d = c.meeting
    intro = pick([
        f"Opstartsmøde på jobcentret med {c.fn}, {c.mentor} ({c.co}) og undertegnede." if st["mentor"] == "ok"
        else f"Opstartsmøde på jobcentret med {c.fn} og undertegnede.",
        f"Møde i dag med borger og kommende mentor. {c.fn} mødte op til tiden og var positiv.",
        f"Samtale ang. mentorstøtte jf. LAB § 167. Til stede: borger, mentor, sagsbehandler.",
        f"Fællesmøde afholdt hos {c.co}. Borger fortalte om sin situation, bl.a. søvnproblemer og økonomi.",
    ])
    misc = pick(["Borger har ingen bil, tager bussen.", "B. er i behandling hos egen læge for angst, ca. 1 gang/md.",
                 "Aftalen sendes til B. i e-Boks.", "Vi talte også om boligsituationen, B. bor midlertidigt hos sin mor.",
                 ""])
    body_sents = [intro, p["goal"], p["mentor"], p["tasks"], p["hours"], p["duration"], p["follow"], misc, p["appeal"]]
    if R.random() < 0.5:
        body = [join_sents(*body_sents[:4]), join_sents(*body_sents[4:7]), join_sents(*body_sents[7:])]
    else:
        body = [join_sents(*body_sents)]
    body = [b for b in body if b]
    title = pick(["Journalnotat", "Notat", "Journalnotat – mentorstøtte", "Samtalenotat"])
    meta = [("Dato:", fmt(d, pick(["dot", "dash", "iso", "dot2"]))),
            ("Sagsbehandler:", c.cw), ("Emne:", pick(["Opstartsmøde mentor", "Mentoraftale", "Samtale m. borger", "Mentor"]))]
    meta.insert(1, ("Borger:", f"{c.name}" + (f", {c.cpr}" if c.cpr else "")))
    fmt_ = pick(["txt", "txt", "docx", "pdf", "html"])
    wrap = fmt_ == "txt" and R.random() < 0.5
    traits = ["genre:journalnotat"] + [f"defect:{r}" for r in rules] + (["hardwrap"] if wrap else [])
    if st["hours"] == "clock":
        traits.append("hours:clock-range")

    def w(path):
        if fmt_ == "txt":
            head = "\n".join(f"{k} {v}" for k, v in [(title, "")] + meta).replace(title + " ", title)
            txt = head + "\n\n" + "\n\n".join(textwrap.fill(b, 76) if wrap else b for b in body) + "\n"
            write_txt(path, txt)
        elif fmt_ == "docx":
            write_docx(path, [" ".join(f"{k} {v}" for k, v in meta)] + body, title)
        elif fmt_ == "pdf":
            write_pdf(path, ["\n".join(f"{k} {v}" for k, v in meta)] + body, title)
        else:
            write_html_casesys(path, c, title, body, meta)
    corp.add("journal", "journalnotat", fmt_, "agreement", "journal-prose", "journalnotat", rules, c,
             traits, period_=per, write=w)


def build_email(corp: Corpus, defective: bool, lang="da"):
    c = Case()
    voice = "en" if lang == "en" else "du"
    st, rules = plan_agreement(defective)
    extras = []
    if defective and st["appeal"] == "ok" and R.random() < 0.15:
        st["appeal"] = "direct"
        extras.append("appeal-wrong-route")
    p, per = agreement_parts(c, voice, st)
    c.cpr_used = bool(c.cpr) and R.random() < 0.6
    en = voice == "en"
    greet = f"Hi {c.fn}," if en else pick([f"Hej {c.fn}", f"Kære {c.fn}", f"Hej {c.fn}!"])
    if lang == "mix":
        opener = pick([f"Thank you for the meeting today. Som lovet får du her en opsummering af det, vi aftalte om din mentor.",
                       f"Tak for i dag! Here is a short summary in Danish of what we agreed – sig til, hvis noget skal oversættes."])
    elif en:
        opener = pick(["Thank you for the meeting today. As promised, here is a summary of what we agreed.",
                       "Good to see you yesterday. This e-mail confirms the mentor agreement we made."])
    else:
        opener = pick(["Tak for mødet i dag. Som lovet får du her en opsummering af det, vi aftalte.",
                       "Jeg skriver for at bekræfte det, vi aftalte på mødet i går.",
                       f"Hermed en bekræftelse af vores aftale fra {fmt(c.meeting)} om mentorstøtte."])
    cprline = f"Vedr. {c.name}, cpr.nr. {c.cpr}" if c.cpr_used else None
    order = ["goal", "mentor", "tasks", "hours", "duration", "follow"]
    if R.random() < 0.4:
        R.shuffle(order)
    paras = [greet, cprline, opener,
             join_sents(*(p[k] for k in order[:3])), join_sents(*(p[k] for k in order[3:])),
             p["appeal"],
             "Please call if anything is unclear." if en else pick(["Ring endelig, hvis du har spørgsmål.",
                                                                      "Du er velkommen til at ringe, hvis der er noget.", ""]),
             signature(c, en), pick(DISCLAIMERS) if R.random() < 0.6 else None]
    if R.random() < 0.5:
        paras.append(quoted(c, en))
    body = "\n\n".join(x for x in paras if x)
    subj = pick(["Mentoraftale", "Bekræftelse af aftale om mentor", "Opsummering fra mødet", "SV: Mentor",
                 "Din mentor"]) if not en else pick(["Mentor agreement", "Summary of our meeting", "RE: mentor"])
    fmt_ = "eml"
    traits = [f"genre:email", f"lang:{lang}"] + [f"defect:{r}" for r in rules]
    html = R.random() < 0.3
    if html:
        traits.append("email:html-alternative")
    corp.add("mail", "mail-aftale" if lang == "da" else f"mail-aftale-{lang}", fmt_, "agreement", "email",
             "bekraeftelsesmail", rules, c, traits, extras, per,
             write=lambda path: write_eml(path, c, subj, body, html=html,
                                         cc_mentor=st["mentor"] == "ok" and R.random() < 0.5))


def build_letter(corp: Corpus, defective: bool, lang="da"):
    c = Case()
    voice = "en" if lang == "en" else "du"
    st, rules = plan_agreement(defective)
    if R.random() < 0.15 and "missing-hours" not in rules:
        st["hours"] = "clock"
    p, per = agreement_parts(c, voice, st)
    c.cpr_used = bool(c.cpr)
    d = c.meeting
    en = voice == "en"
    addr = [c.name, f"{pick(['Søndergade', 'Vestergade', 'Parkvej', 'Skolevej', 'Engtoften'])} {R.randint(1, 120)}",
            f"{R.randint(1000, 9990)} {c.kommune}"]
    hdr = [f"{c.kommune} Kommune · Job og Ydelse", "\n".join(addr),
           (f"{c.kommune}, {fmt(d, en=True)}" if en else f"{c.kommune}, {fmt(d, pick(['words', 'den', 'dot']))}")]
    if c.cpr:
        hdr.append(f"CPR: {c.cpr}")
    if en:
        o = f"Dear {c.fn},\n\nThank you for meeting with me and your new mentor. In this letter you can read what we agreed."
    elif lang == "mix":
        o = f"Kære {c.fn}\n\nTak for mødet. Du bad om brevet på engelsk, men jeg skriver det meste på dansk – ask me if something is unclear."
    else:
        o = pick([f"Kære {c.fn}\n\nTak for mødet {fmt(d)}. Her kan du læse, hvad vi aftalte om din mentor.",
                  f"Hej {c.fn}\n\nDu har fået bevilget mentorstøtte, og i dette brev skriver jeg, hvad vi aftalte, da vi mødtes."])
    if lang == "mix":
        # mixed: some sentences English
        p["tasks"] = s_tasks(c, "en", st["tasks"]) if p["tasks"] else None
        p["hours"] = s_hours(c, "en", st["hours"]) if p["hours"] else None
    paras = hdr + [o, p["goal"], join_sents(p["mentor"], p["tasks"], p["hours"]), join_sents(p["duration"], p["follow"]),
                   p["appeal"], signature(c, en)]
    paras = [x for x in paras if x]
    fmt_ = pick(["docx", "docx", "pdf", "pdf", "txt"])
    traits = ["genre:du-letter-no-headings", f"lang:{lang}"] + [f"defect:{r}" for r in rules]
    if st["hours"] == "clock":
        traits.append("hours:clock-range")

    def w(path):
        if fmt_ == "docx":
            write_docx(path, paras)
        elif fmt_ == "pdf":
            write_pdf(path, paras)
        else:
            write_txt(path, "\n\n".join(paras) + "\n")
    corp.add("breve", "brev" if lang == "da" else f"brev-{lang}", fmt_, "agreement", "prose-letter",
             "aftalebrev", rules, c, traits, period_=per, write=w)


def build_sms(corp: Corpus, defective: bool):
    c = Case()
    st, rules = plan_agreement(defective)
    s, e, k = period(c, st["duration"] == "over")
    c.cpr_used = False
    # short message: abbreviated forms
    g = {"ok": f"Mål: praktik hos {c.wp} og derefter job som {c.job}.",
         "unclear": "Mål: mere struktur og trivsel.", "none": None, "later": "Mål aftaler vi næste gang."}[st["goal"]]
    m = {"ok": f"Mentor: {c.mfn} fra {c.co}, tlf {c.mphone}.", "nameonly": f"Mentor: {c.mfn} fra {c.co}.",
         "none": None, "pending": f"{c.co} sender navn på mentor."}[st["mentor"]]
    t = f"{c.mfn} hjælper m. at komme afsted om morgenen og følges med dig til {c.wp} de første uger." if st["tasks"] == "ok" else None
    h = {"ok": f"{c.hours}/uge.", "none": None, "vague": "Timer efter behov."}[st["hours"]]
    dd = {"ok": f"Periode {fmt(s, 'slashdash')}-{fmt(e, 'slashdash')}.", "over": f"Periode {fmt(s, 'slashdash')}-{fmt(e, 'slashdash')}.",
          "none": None, "open": "Indtil videre."}[st["duration"]]
    f = {"ok": f"Opfølgning {fmt(add_months(s, 1), 'slash')} kl 10 på jobcentret.", "none": None,
         "vague": "Vi holder kontakten."}[st["follow"]]
    a = {"ok": f"Klage: til {c.kommune} Kommune inden 4 uger, vi genvurderer og sender evt. videre til Ankestyrelsen.",
         "none": None, "weak": "Du kan klage hvis du er uenig."}[st["appeal"]]
    first = pick([f"Hej {c.fn}. Som aftalt i dag:", f"Hej {c.fn}, kort opsummering af vores aftale:",
                  f"Besked fra {c.kommune} Kommune. Hej {c.fn}. Det aftalte:"])
    txt = " ".join(x for x in [first, g, m, t, h, dd, f, a, f"Mvh {c.cw.split()[0]}, jobcentret"] if x)
    digital = R.random() < 0.5
    if digital:
        txt = (f"Digital Post – Besked fra {c.kommune} Kommune\nEmne: Din mentoraftale\n"
               f"Modtaget: {fmt(c.meeting, 'dot')}\n\n" + txt + "\n")
    else:
        txt = f"SMS sendt {c.meeting:%d-%m-%Y} {R.randint(8, 15):02d}:{R.randint(0, 59):02d} til +45 {R.randint(20000000, 99999999)}\n\n{txt}\n"
    traits = ["genre:digitalpost-short" if digital else "genre:sms"] + [f"defect:{r}" for r in rules]
    per = (s, e) if st["duration"] in ("ok", "over") else None
    corp.add("sms", "besked", "txt", "agreement", "short-message", "kort-besked", rules, c, traits,
             period_=per, write=lambda path: write_txt(path, txt))


def build_decision(corp: Corpus, defect: str | None):
    c = Case()
    c.cpr_used = bool(c.cpr)
    over = defect == "over"
    s, e, k = period(c, over)
    rules, extras = [], []
    partial = defect in ("noreasons", "partial-ok")
    hours_granted = pick(["3 timer", "4 timer", "2 timer"])
    if partial:
        grant = (f"Du søgte om mentorstøtte i 8 timer om ugen. Du har fået bevilget {hours_granted} om ugen "
                 f"i perioden {fmt(s)} til {fmt(e)}, så du har fået delvist medhold.")
    else:
        grant = pick([f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {fmt(s)} til {fmt(e)}.",
                      f"Kommunen har besluttet at bevilge dig mentorstøtte fra {fmt(s)} til {fmt(e)} med {hours_granted} om ugen.",
                      f"Vi har i dag truffet afgørelse om, at du får mentorstøtte i {hours_granted} ugentligt fra {fmt(s)} til og med {fmt(e)}."])
    reasons = pick([f"Vi har lagt vægt på, at du har brug for hjælp til at fastholde din praktik hos {c.wp}, og at støtten kan hjælpe dig tættere på et job som {c.job}, jf. LAB § 167, stk. 1.",
                    f"Begrundelsen er, at du efter vores vurdering har brug for støtte for at kunne gennemføre {c.edu}. Vi har lagt vægt på dine oplysninger om fravær i sidste semester."])
    if defect == "noreasons":
        reasons = None
        extras.append("missing-reasons")
    appeal = pick(APPEAL_OK_DU).format(kommune=c.kommune)
    if defect == "noappeal":
        appeal = None
        rules.append("missing-appeal-guidance")
    elif defect == "weakappeal":
        appeal = "Hvis du er utilfreds, kan du klage over afgørelsen."
        rules.append("missing-appeal-guidance")
    elif defect == "direct":
        appeal = "Hvis du ikke er enig, kan du inden 4 uger klage direkte til Ankestyrelsen, Teglholmsgade 3, 2450 København SV."
        extras.append("appeal-wrong-route")
    if over:
        rules.append("duration-over-6-months")
    opener = pick([f"Kære {c.fn}", f"Hej {c.fn}", f"Til {c.name}"])
    mentorline = pick([f"Din mentor bliver fundet af {c.co}, som kontakter dig.",
                       f"Vi har bedt {c.co} om at finde en mentor til dig. Aftalen om, hvad mentoren skal hjælpe med, laver vi sammen på et møde.",
                       ""])
    paras = [f"{c.kommune} Kommune\nJob og Ydelse", f"{c.name}" + (f"\nCPR-nr. {c.cpr}" if c.cpr else ""),
             f"{fmt(c.meeting, pick(['words', 'den', 'dot', 'iso']))}", opener, grant, reasons, mentorline, appeal,
             signature(c)]
    paras = [x for x in paras if x]
    fmt_ = pick(["docx", "pdf", "txt", "eml", "html"])
    traits = ["genre:decision-du-letter"] + ([f"defect:{defect}"] if defect and defect != "partial-ok" else []) + (["partial-grant"] if partial else [])

    def w(path):
        if fmt_ == "docx":
            write_docx(path, paras, pick([None, "Afgørelse om mentorstøtte", None]))
        elif fmt_ == "pdf":
            write_pdf(path, paras)
        elif fmt_ == "txt":
            write_txt(path, "\n\n".join(paras) + "\n")
        elif fmt_ == "eml":
            write_eml(path, c, "Afgørelse om mentorstøtte", "\n\n".join(paras[3:]) + "\n")
        else:
            body = "".join(f"<p>{esc(x).replace(chr(10), '<br>')}</p>" for x in paras)
            path.write_text(f"<html><head><meta charset='utf-8'><title>Brev</title></head><body><div><div>{body}</div></div></body></html>",
                            encoding="utf-8")
    corp.add("afgoerelser", "afgoerelse", fmt_, "decision", "prose-letter", "afgoerelse", rules, c, traits,
             extras, (s, e), write=w)


def build_minplan(corp: Corpus, defect: str | None):
    c = Case()
    c.cpr_used = False
    over = defect == "duration-over-6-months"
    s, e, k = period(c, over)
    st = dict(goal="ok", mentor="ok", tasks="ok", duration="ok", hours="ok")
    if defect == "unclear-goal":
        st["goal"] = "unclear"
    elif defect == "missing-hours":
        st["hours"] = "vague"
    elif defect == "missing-tasks":
        st["tasks"] = "none"
    elif defect == "missing-mentor":
        st["mentor"] = "nameonly"
    elif defect == "missing-duration":
        st["duration"] = "open"
    g = s_goal(c, "du", st["goal"])
    m = s_mentor(c, "du", st["mentor"])
    t = s_tasks(c, "du", st["tasks"])
    h = s_hours(c, "du", st["hours"])
    d = s_duration(c, "du", "over" if over else st["duration"], s, e, k)
    head = pick([f"Min Plan – {c.name}\nIndsats: Mentorstøtte\nOpdateret {fmt(c.meeting, 'dot')} af {c.cw}",
                 f"Udskrift fra Min Plan (Jobnet)\nMin Plan for {c.name}, opdateret {fmt(c.meeting, 'dot2')}",
                 f"Min Plan\nMentor – beskrivelse af indsatsen\nSidst ændret: {c.meeting.isoformat()}"])
    prose = join_sents(pick(["Du har fået en mentor, fordi du gerne vil i gang med uddannelse eller job.",
                             "Her kan du se, hvad din mentorstøtte går ud på.", ""]), g, m, t, h, d)
    txt = head + "\n\n" + prose + "\n"
    rules = [defect] if defect else []
    fmt_ = pick(["txt", "html", "pdf", "docx"])
    traits = ["genre:minplan-prose"] + ([f"defect:{defect}"] if defect else [])

    def w(path):
        if fmt_ == "txt":
            write_txt(path, txt)
        elif fmt_ == "html":
            lines = head.split("\n")
            path.write_text("<html><head><meta charset='utf-8'><title>Min Plan</title></head><body>"
                            f"<h1>{esc(lines[0])}</h1>" + "".join(f"<div>{esc(x)}</div>" for x in lines[1:])
                            + f"<div class='plan'><p>{esc(prose)}</p></div></body></html>", encoding="utf-8")
        elif fmt_ == "pdf":
            lines = head.split("\n")
            write_pdf(path, lines[1:] + [prose], lines[0])
        else:
            lines = head.split("\n")
            write_docx(path, lines[1:] + [prose], lines[0])
    per = (s, e) if st["duration"] == "ok" else None
    corp.add("minplan", "minplan", fmt_, "minplan", "prose", "minplan-prose", rules, c, traits, period_=per, write=w)


# --------------------------------------------------------------------------- none of the kinds
def build_unknown(corp: Corpus, sub: str):
    c = Case()
    c.cpr_used = bool(c.cpr) and sub in ("telefonnotat", "sygdom", "moedenotat")
    d = fmt(c.meeting)
    cprs = f" ({c.cpr})" if c.cpr_used else ""
    fmt_ = "txt"
    if sub == "moedenotat":
        txt = (f"Journalnotat\nDato: {c.meeting:%d.%m.%Y}\nBorger: {c.name}{cprs}\n\n"
               f"Samtale med {c.fn} om situationen. {c.fn} fortæller, at det går op og ned; søvnen er dårlig og hun/han har "
               f"svært ved at komme ud af døren. Vi talte om muligheden for mentorstøtte, evt. fra {c.co}, men {c.fn} vil gerne "
               f"tænke over det. Der er ikke aftalt noget endnu. Vi talte også om praktik hos {c.wp} på sigt. "
               f"Ny samtale aftales, når {c.fn} har talt med sin læge.\n\n/{c.cw.split()[0][0]}{c.cw.split()[1][0]}\n")
        fmt_ = pick(["txt", "docx"])
    elif sub == "telefonnotat":
        txt = (f"Telefonnotat {c.meeting:%d/%m-%y} kl. {R.randint(8, 15)}.{pick(['05', '20', '45'])}\n"
               f"{c.name}{cprs} ringede. Ville høre, hvornår hun/han hører fra mentoren. Jeg har ringet til {c.co} "
               f"og lagt besked til {c.mfn} ({c.mphone}). Borger ringer igen på fredag, hvis ikke der er sket noget.\n"
               f"{c.cw}\n")
    elif sub == "moedemail":
        c2 = c
        body = (f"Hej {c.fn}\n\nJeg vil gerne invitere dig til et møde om mentorstøtte {fmt(c.meeting, 'wday')} kl. 10.00 "
                f"på jobcentret, {pick(['Torvet 3', 'Rådhuspladsen 1', 'Jernbanegade 12'])}. {c.mentor} fra {c.co} deltager også, "
                f"så I kan hilse på hinanden. Vi skal tale om, hvad du gerne vil have hjælp til, og hvor mange timer der er brug for.\n\n"
                f"Giv besked, hvis tidspunktet ikke passer.\n\n{signature(c)}\n\n{pick(DISCLAIMERS)}")
        fmt_ = "eml"
        corp.add("ukendt", sub, fmt_, "unknown", "email", sub, [], c, ["not-a-mentor-document-kind"],
                 write=lambda path: write_eml(path, c2, "Invitation til møde om mentor", body))
        return
    elif sub == "mentorlog":
        lines = [f"Mentorlog – {c.co}", f"Borger: {c.fn} {c.ln[0]}.  Mentor: {c.mentor}, tlf. {c.mphone}", ""]
        day = c.start
        for _ in range(R.randint(3, 6)):
            day += dt.timedelta(days=R.randint(2, 8))
            lines.append(f"{fmt(day, pick(['dot', 'dot2']))}: " + pick([
                f"Hentede {c.fn} kl. 7.30, fulgtes til {c.wp}. 1,5 t.",
                f"Samtale om budget og post i e-Boks. 2 t.", f"{c.fn} aflyste pga. hovedpine. Ringet op, ny tid torsdag.",
                "Møde hos lægen sammen m. borger. 1 t.", f"Snak om fremmøde – 3 af 4 dage i denne uge. God udvikling. 1 t."]))
        txt = "\n".join(lines) + "\n"
        fmt_ = pick(["txt", "docx", "pdf"])
    elif sub == "sygdom":
        txt = (f"Notat – sygemelding\n{c.name}{cprs}\n\n{c.fn} har i dag {d} meddelt, at hun/han er syg og ikke kan møde "
               f"hos {c.wp} resten af ugen. Mentor {c.mfn} er orienteret. Lægeerklæring indhentes, hvis fraværet varer over 14 dage. "
               f"Mentorforløbet fortsætter som aftalt.\n\n{c.cw}\n")
        fmt_ = pick(["txt", "pdf"])
    elif sub == "sendt":
        txt = (f"{c.meeting:%d.%m.%Y}  Dokument sendt: Mentoraftale ({c.name}) – sendt til borger via Digital Post. "
               f"Kopi til {c.co}.\n")
    elif sub == "borgermail":
        body = (f"Hej {c.cw.split()[0]}\n\nJeg har været hos {c.mfn} to gange nu og det går fint. Men kan vi flytte mødet "
                f"på tirsdag? Jeg skal til tandlæge.\n\nMvh {c.fn}\n\nSendt fra min iPhone")
        fmt_ = "eml"
        corp.add("ukendt", sub, fmt_, "unknown", "email", sub, [], c, ["not-a-mentor-document-kind"],
                 write=lambda path: write_eml(path, c, "flytte møde", body, from_cw=False))
        return
    elif sub == "faktura":
        txt = (f"{c.co}\nFaktura nr. {R.randint(1000, 9999)}\nTil: {c.kommune} Kommune, Jobcenter\nDato: {d}\n\n"
               f"Mentorstøtte for borger {c.fn} {c.ln[0]}. i {MONTHS[c.start.month - 1]} {c.start.year}: 12 timer á 495 kr.\n"
               f"I alt ekskl. moms: 5.940,00 kr.\nBetaling: 30 dage netto. EAN: 5798000{R.randint(100000, 999999)}\n")
        fmt_ = pick(["txt", "pdf"])
    elif sub == "statusmail":
        body = (f"Hej {c.cw.split()[0]}\n\nKort status på {c.fn}: Hun/han har mødt stabilt op hos {c.wp} de sidste tre uger, "
                f"og vi har arbejdet med transport og morgenrutiner. Vi bruger ca. 3 timer om ugen. Jeg foreslår, at vi "
                f"tager et statusmøde sidst i måneden.\n\nVh {c.mentor}\n{c.co}\ntlf. {c.mphone}")
        fmt_ = "eml"
        corp.add("ukendt", sub, fmt_, "unknown", "email", sub, [], c, ["not-a-mentor-document-kind", "mentor-status"],
                 write=lambda path: write_eml(path, c, f"Status {c.fn}", body, from_cw=False))
        return
    elif sub == "en-note":
        txt = (f"Case note {c.meeting.isoformat()}\n\nInterpreter present (Arabic). We discussed what a mentor is and how "
               f"mentor support works in Denmark. {c.fn} asked whether the mentor can help with the housing office. "
               f"No decision yet – {c.fn} wants to talk to the family first. New meeting to be booked.\n\n{c.cw}\n")
    else:
        raise ValueError(sub)
    tr = ["not-a-mentor-document-kind"]

    def w(path):
        if fmt_ == "txt":
            write_txt(path, txt)
        elif fmt_ == "docx":
            write_docx(path, txt.strip().split("\n"))
        else:
            write_pdf(path, txt.strip().split("\n"))
    corp.add("ukendt", sub, fmt_, "unknown", "prose", sub, [], c, tr, write=w)


# --------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args(argv)
    out: Path = a.out
    if out.exists() and any(out.iterdir()):
        print(f"{out}: output folder is not empty", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    corp = Corpus(out)
    # 55 agreements: 15 journal, 14 e-mails (9 da, 3 en, 2 mix), 13 letters (8 da, 3 en, 2 mix), 5 sms + 8 extra
    # defect flags: ~35 % -> 19 of 55
    plan = ([("j", i < 6) for i in range(15)] + [("e-da", i < 5) for i in range(10)] + [("e-en", i < 1) for i in range(3)]
            + [("e-mix", i < 1) for i in range(3)] + [("l-da", i < 4) for i in range(11)] + [("l-en", i < 1) for i in range(3)]
            + [("l-mix", i < 1) for i in range(3)] + [("sms", i < 4) for i in range(7)])
    for g, dfx in plan:
        if g == "j":
            build_journal(corp, dfx)
        elif g.startswith("e-"):
            build_email(corp, dfx, g[2:])
        elif g.startswith("l-"):
            build_letter(corp, dfx, g[2:])
        else:
            build_sms(corp, dfx)
    for dfx in [None] * 9 + ["noappeal", "weakappeal", "over", "noreasons", "direct", "partial-ok"]:
        build_decision(corp, dfx)
    for dfx in [None] * 7 + ["unclear-goal", "missing-hours", "duration-over-6-months"]:
        build_minplan(corp, dfx)
    for sub in (["moedenotat"] * 3 + ["telefonnotat"] * 3 + ["moedemail"] * 3 + ["mentorlog"] * 3 + ["sygdom"] * 3
                + ["sendt", "borgermail", "faktura", "statusmail", "en-note"]):
        build_unknown(corp, sub)
    from collections import Counter
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools/corpusgen/src"))
    from corpusgen.corpus.manifest import write_manifest
    write_manifest(out, corp.entries)
    kinds = Counter(e["kind"] for e in corp.entries)
    defective = sum(1 for e in corp.entries if e["rules"] or e["extras"])
    print(f"{len(corp.entries)} documents {dict(kinds)}; with expected findings: {defective}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
