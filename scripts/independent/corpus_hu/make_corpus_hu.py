"""Corpus HU: agreements and plans as the mentor writes them.

Deterministic: python make_corpus_hu.py --out /work/corpora/hu [--seed 1818]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

PEOPLE = [("Anna", "Holm"), ("Mads", "Kristensen"), ("Sara", "Ali"), ("Jonas", "Bech"),
          ("Fatima", "Yilmaz"), ("Kasper", "Nørgaard"), ("Louise", "Dahl"), ("Ahmed", "Hassan"),
          ("Mikkel", "Skov"), ("Camilla", "Friis"), ("Oliver", "Thygesen"), ("Nanna", "Lund"),
          ("Emil", "Vestergaard"), ("Ida", "Mortensen"), ("Rasmus", "Bak")]
MENTORS = [("Lars Østergaard", "Jobhuset", "23 45 67 89", "lars@jobhuset.dk"),
           ("Hanne Krogh", "Mentorkompagniet ApS", "51 22 90 14", "hk@mentorkompagniet.dk"),
           ("Søren Vind", "Kommunens Mentorkorps", "40 11 28 73", "sovi@kommune-mentor.dk"),
           ("Birgitte Aagaard", "Ungeporten", "28 76 54 12", "biaa@ungeporten.dk"),
           ("Peter Lykke", "Brobyg Mentor", "60 34 12 99", "pl@brobyg-mentor.dk"),
           ("Mette Hjort", "Jobværkstedet", "22 19 84 30", "mh@jobvaerkstedet.dk")]
KOMMUNER = ["Viborg Kommune", "Holbæk Kommune", "Faxe Kommune", "Herning Kommune",
            "Assens Kommune", "Tønder Kommune", "Rudersdal Kommune"]
CASEWORKERS = ["Dorthe Selmer", "Jakob Rønn", "Pia Kjeldsen", "Thomas Brandt"]

GOALS_CLEAR = [
    "Målet er, at du starter på SOSU-hjælperuddannelsen 1. august 2026 og møder mindst fire dage om ugen.",
    "Målet er, at du er i virksomhedspraktik 15 timer om ugen i Netto i Bjerringbro senest 1. juni 2026.",
    "Målet er, at du gennemfører grundforløbet på Tradium og møder op 4 ud af 5 dage.",
    "Målet er, at du har et fleksjob som lagermedarbejder 12 timer om ugen inden periodens udløb.",
    "Målet er, at du fastholder dit job hos Føtex som servicemedarbejder og har højst to sygedage om måneden.",
    "Målet er, at du starter på FGU produktionsgrunduddannelse (PGU) i august og møder stabilt 5 dage om ugen.",
]
GOALS_VAGUE = [
    "Målet er at støtte dig, så du får det bedre og kommer videre.",
    "Målet er øget trivsel og selvværd.",
    "Målet er at sikre, at du kommer tættere på arbejdsmarkedet.",
    "Målet er hjælp til struktur i hverdagen.",
]
TASKS = [
    "følge dig til praktikstedet de første to uger og tage en ugentlig samtale om fremmøde og transport",
    "lave en ugeplan med dig, ringe dig op om morgenen de første tre uger og tage med til det første møde på skolen",
    "øve busruten med dig, hjælpe med at læse post fra e-Boks og tage en samtale hver fredag om ugen der gik",
    "være bindeled til din leder, hjælpe dig med at sige til og fra og gennemgå din vagtplan med dig hver mandag",
]
# (start, end, over?)
PERIODS_OK = [((2026, 3, 1), (2026, 8, 31)), ((2026, 4, 15), (2026, 10, 14)),
              ((2026, 2, 1), (2026, 7, 31)), ((2026, 5, 4), (2026, 9, 30)),
              ((2026, 9, 1), (2027, 2, 28)), ((2026, 6, 1), (2026, 11, 30))]
PERIODS_OVER = [((2026, 3, 1), (2026, 11, 30)), ((2026, 2, 1), (2027, 1, 31)),
                ((2026, 4, 1), (2026, 10, 15)), ((2026, 1, 5), (2026, 12, 18))]

APPEAL_FULL = [
    "Klagevejledning\nHvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til {k}. Klagen skal være "
    "modtaget inden fire uger efter, at du har fået dette brev. Kommunen genvurderer afgørelsen, og fastholder vi "
    "den, sender vi klagen videre til Ankestyrelsen.",
    "Sådan klager du\nDu kan klage over bevillingen af mentorstøtten (LAB § 167). Send klagen til jobcentret i {k} "
    "senest 4 uger efter, at du har modtaget aftalen. Vi vurderer sagen igen, og hvis vi ikke giver dig medhold, "
    "sender vi klagen til Ankestyrelsen.",
]
APPEAL_WEAK = ["Klagevejledning\nDu kan klage over afgørelsen.",
               "Er du utilfreds, er du velkommen til at kontakte din sagsbehandler."]


def bare(goal):
    import re
    g = re.sub(r"^Målet er,? (at )?", "", goal)
    return g[0].upper() + g[1:]


def dk(d):
    return f"{d[2]}. {MONTHS[d[1]-1]} {d[0]}"


def num(d):
    return f"{d[2]:02d}.{d[1]:02d}.{d[0]}"


def iso(d):
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def cpr(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- writers
def write_txt(path, title, lines):
    path.write_text(title + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


def write_html(path, title, lines):
    body = []
    for block in lines:
        parts = block.split("\n")
        if len(parts) > 1 and len(parts[0]) < 50 and not parts[0].endswith("."):
            body.append(f"<h3>{parts[0]}</h3>")
            body.extend(f"<p>{p}</p>" for p in parts[1:])
        else:
            body.extend(f"<p>{p}</p>" for p in parts)
    html = (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><h1>{title}</h1>\n" + "\n".join(body) + "</body></html>\n")
    path.write_text(html, encoding="utf-8")


def write_docx(path, title, lines):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for block in lines:
        for p in block.split("\n"):
            d.add_paragraph(p)
    d.save(path)


def write_odt(path, title, lines):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text=title))
    for block in lines:
        for p in block.split("\n"):
            doc.text.addElement(P(text=p))
    doc.save(str(path))


def write_pdf(path, title, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = [Paragraph(escape(title), ss["Heading1"])]
    for block in lines:
        for p in block.split("\n"):
            story.append(Paragraph(escape(p) if p else "&nbsp;", ss["Normal"]))
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)


def write_eml(path, title, lines, sender, to, when):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = title
    m["Date"] = format_datetime(when)
    m.set_content("\n\n".join(lines) + "\n")
    path.write_bytes(bytes(m))


WRITERS = {"txt": write_txt, "html": write_html, "docx": write_docx, "odt": write_odt, "pdf": write_pdf}


# ---------------------------------------------------------------- documents
class Gen:
    def __init__(self, rng, out):
        self.rng, self.out, self.entries, self.n = rng, out, [], 0

    def emit(self, kind, subtype, layout, fmt, title, lines, rules, traits, period=None, cprs=(), mail=None):
        self.n += 1
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan"}.get(kind, "andet")
        rel = f"{folder}/{self.n:03d}-{layout}.{fmt}"
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "eml":
            sender, to = mail
            when = datetime(2026, 2, 1 + self.n % 27, 9 + self.n % 8, 14, tzinfo=timezone.utc)
            write_eml(p, title, lines, sender, to, when)
        else:
            WRITERS[fmt](p, title, lines)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [c.replace("-", "") for c in cprs] + list(cprs),
             "traits": traits + (["cpr"] if cprs else [])}
        if period:
            e["period"] = {"start": iso(period[0]), "end": iso(period[1])}
        self.entries.append(e)

    # ----- mentor's first-person letter / e-mail after the start-up meeting
    def mentor_letter(self, fmt, defects, appeal="full", use_cpr=False, layout="mentorbrev"):
        r = self.rng
        fn, ln = r.choice(PEOPLE)
        mname, firm, tel, mail = r.choice(MENTORS)
        k = r.choice(KOMMUNER)
        rules, traits = set(), [f"defects:{'+'.join(sorted(defects)) or 'none'}", f"appeal:{appeal}"]
        per = r.choice(PERIODS_OVER if "over" in defects else PERIODS_OK)
        cprs = [cpr(r)] if use_cpr else []
        lines = [f"Kære {fn}"]
        if cprs:
            lines.append(f"(Vedr. {fn} {ln}, cpr.nr. {cprs[0]})")
        lines.append(r.choice([
            "Tak for et godt opstartsmøde i tirsdags. Her får du det, vi blev enige om, skrevet ned, så vi begge kan huske det.",
            "Som lovet sender jeg dig her vores aftale, sådan som vi talte om den på opstartsmødet hos jobcentret.",
            "Her er et kort skriv om det, vi aftalte, da vi mødtes første gang. Det er vores mentoraftale.",
        ]))
        if "goal" in defects:
            rules.add("missing-goal")
        elif "vague" in defects:
            lines.append(r.choice(GOALS_VAGUE)); rules.add("unclear-goal")
        else:
            lines.append(r.choice(GOALS_CLEAR))
        if "tasks" in defects:
            rules.add("missing-tasks")
            lines.append("Vi tager det hele lidt som det kommer.")
        else:
            lines.append(f"Som vi talte om, hjælper jeg dig med at {r.choice(TASKS)}.")
        if "hours" in defects:
            rules.add("missing-hours")
            lines.append(r.choice(["Jeg har et par timer om ugen til dig.", "Vi ses efter behov."]))
        else:
            lines.append(r.choice(["Jeg har 3 timer om ugen til dig.", "Vi har 4 timer pr. uge sammen, mest tirsdag og torsdag.",
                                   "Der er bevilget 2 timer om ugen, og dem bruger vi på møder og opkald."]))
        if "duration" in defects:
            rules.add("missing-duration")
            lines.append("Forløbet starter " + dk(per[0]) + " og kører indtil videre.")
            per = None
        else:
            lines.append(r.choice([f"Forløbet løber fra {dk(per[0])} til {dk(per[1])}.",
                                   f"Aftalen gælder i perioden {num(per[0])} - {num(per[1])}."]))
            if "over" in defects:
                rules.add("duration-over-6-months")
        if "follow" in defects:
            rules.add("missing-follow-up")
            lines.append("Vi følger op efter behov.")
        else:
            lines.append(r.choice([
                "Vi holder statusmøde med din sagsbehandler hver 4. uge, og 14 dage før forløbet slutter evaluerer vi, om du har nået målet.",
                "Hver måned ser vi sammen på, hvor mange dage du er mødt, og vi holder opfølgningsmøde med jobcentret midtvejs.",
            ]))
        if "mentor" in defects:
            rules.add("missing-mentor")
            lines.append("Venlig hilsen\nDin mentor")
        else:
            lines.append(r.choice([f"Du kan altid få fat i mig på {tel} eller {mail}.\n\nVenlig hilsen\n{mname}\nMentor, {firm}",
                                   f"Venlig hilsen\n{mname}, mentor\n{firm}\nTlf. {tel}"]))
        if appeal == "full":
            lines.append(f"Tilføjet af {k}, Jobcenter:\n" + r.choice(APPEAL_FULL).format(k=k))
        elif appeal == "weak":
            lines.append(r.choice(APPEAL_WEAK)); rules.add("missing-appeal-guidance")
        else:
            rules.add("missing-appeal-guidance")
        title = r.choice(["Vores aftale om mentorforløb", "Mentoraftale - det vi aftalte",
                          "Aftale om mentorstøtte efter opstartsmødet", "Opsummering af vores mentoraftale"])
        mailhdr = (f"{mname} <{mail}>", f"{fn} {ln} <{fn.lower()}.{ln.lower()}@mail.dk>")
        if fmt == "eml" and "mentor" in defects:
            mailhdr = ("mentor@noreply-mentor.dk", f"{fn.lower()}@mail.dk")
        self.emit("agreement", "agreement", layout, fmt, title, lines, rules, traits,
                  period=per, cprs=cprs, mail=mailhdr)

    # ----- mentor's plan in the citizen's words (labelled)
    def citizen_words_plan(self, fmt, defects, appeal="full", use_cpr=False, countersigned=False):
        r = self.rng
        fn, ln = r.choice(PEOPLE)
        mname, firm, tel, mail = r.choice(MENTORS)
        k = r.choice(KOMMUNER)
        cw = r.choice(CASEWORKERS)
        rules = set()
        per = r.choice(PERIODS_OVER if "over" in defects else PERIODS_OK)
        cprs = [cpr(r)] if use_cpr else []
        lines = [f"Borger: {fn} {ln}" + (f", CPR {cprs[0]}" if cprs else ""), f"{k}, Jobcenter"]
        if "goal" in defects:
            lines.append("Mit mål (med mine egne ord):\nUdfyldes senere"); rules.add("missing-goal")
        elif "vague" in defects:
            lines.append("Mit mål (med mine egne ord):\nJeg vil gerne have det bedre og have mere overskud."); rules.add("unclear-goal")
        else:
            lines.append("Mit mål (med mine egne ord):\n" + r.choice([
                "Jeg vil i gang med at tage kørekort og begynde på lageruddannelsen på EUC i januar 2027.",
                "Jeg vil have et job i en børnehave som pædagogmedhjælper, 25 timer om ugen, inden sommer.",
                "Jeg vil gennemføre 10. klasse på VUC og møde hver dag, også om mandagen."]))
        if "tasks" in defects:
            lines.append("Det min mentor hjælper mig med:\n-"); rules.add("missing-tasks")
        else:
            lines.append("Det min mentor hjælper mig med:\nAt komme op om morgenen, at få styr på min kalender, og at gå med til samtaler på skolen.")
        if "mentor" in defects:
            lines.append(f"Min mentor:\n{mname}"); rules.add("missing-mentor")
        else:
            lines.append(f"Min mentor:\n{mname}, {firm}, tlf. {tel}")
        if "hours" in defects:
            lines.append("Hvor meget vi ses:\nLøbende"); rules.add("missing-hours")
        else:
            lines.append("Hvor meget vi ses:\n3 timer om ugen")
        if "duration" in defects:
            lines.append("Hvor længe:\nIndtil videre"); rules.add("missing-duration"); per = None
        else:
            lines.append(f"Hvor længe:\n{dk(per[0])} – {dk(per[1])}")
            if "over" in defects:
                rules.add("duration-over-6-months")
        if "follow" in defects:
            lines.append("Sådan følger vi op:\nOpfølgning sker løbende."); rules.add("missing-follow-up")
        else:
            lines.append("Sådan følger vi op:\nVi holder statusmøde hver måned med min sagsbehandler. Delmål: møde op 4 dage om ugen fra næste måned.")
        if countersigned:
            lines.append(f"Godkendt og underskrevet af sagsbehandler {cw}, {k}, den {dk(per[0] if per else (2026, 3, 1))}.\n"
                         f"Underskrift borger: ______   Underskrift mentor: ______")
        if appeal == "full":
            lines.append(r.choice(APPEAL_FULL).format(k=k))
        elif appeal == "weak":
            lines.append(r.choice(APPEAL_WEAK)); rules.add("missing-appeal-guidance")
        else:
            rules.add("missing-appeal-guidance")
        title = "Mentoraftale (kontrasigneret af jobcentret)" if countersigned else r.choice(
            ["Min mentoraftale – skrevet sammen med min mentor", "Aftale om mentorstøtte – min plan med mentor"])
        self.emit("agreement", "agreement", "borgerens-ord" + ("-kontrasigneret" if countersigned else ""), fmt,
                  title, lines, rules, [f"defects:{'+'.join(sorted(defects)) or 'none'}", f"appeal:{appeal}"],
                  period=per, cprs=cprs)

    # ----- mentor's start-up notes to caseworker, written as the agreement
    def startup_agreement_to_caseworker(self, fmt, defects, use_cpr=False):
        r = self.rng
        fn, ln = r.choice(PEOPLE)
        mname, firm, tel, mail = r.choice(MENTORS)
        k = r.choice(KOMMUNER)
        cw = r.choice(CASEWORKERS)
        rules = {"missing-appeal-guidance"} if "appeal" in defects else set()
        per = r.choice(PERIODS_OVER if "over" in defects else PERIODS_OK)
        cprs = [cpr(r)] if use_cpr else []
        lines = [f"Hej {cw.split()[0]}",
                 f"Her er aftalen for {fn} {ln}" + (f" ({cprs[0]})" if cprs else "") +
                 ", som vi skrev den på opstartsmødet. Den er gennemgået med borgeren.",
                 "1) Mål: " + bare(r.choice(GOALS_VAGUE) if "vague" in defects else r.choice(GOALS_CLEAR)),
                 "2) Mentor: " + (f"{mname}, {firm}" if "mentor" in defects else f"{mname}, {firm}, {tel}, {mail}"),
                 "3) Opgaver: " + ("" if "tasks" in defects else bare(r.choice(TASKS))),
                 "4) Periode: " + ("udfyldes senere" if "duration" in defects else f"{num(per[0])}-{num(per[1])}"),
                 "   Opfølgning: " + ("efter behov" if "follow" in defects else "statusmøde hver 6. uge og evaluering 14 dage før ophør"),
                 "5) Timetal: " + ("et par timer om ugen" if "hours" in defects else "4 t/uge"),
                 ]
        if "vague" in defects: rules.add("unclear-goal")
        if "mentor" in defects: rules.add("missing-mentor")
        if "tasks" in defects: rules.add("missing-tasks")
        if "duration" in defects: rules.add("missing-duration"); per = None
        elif "over" in defects: rules.add("duration-over-6-months")
        if "follow" in defects: rules.add("missing-follow-up")
        if "hours" in defects: rules.add("missing-hours")
        if "appeal" not in defects:
            lines.append("6) Klagevejledning: " + APPEAL_FULL[0].split("\n")[1].format(k=k))
        lines.append(f"Mvh {mname}\n{firm}")
        mailhdr = (f"{mname} <{mail}>", f"{cw} <{cw.split()[0].lower()}@{k.split()[0].lower()}.dk>")
        self.emit("agreement", "agreement", "opstart-til-sagsbehandler", fmt,
                  f"Mentoraftale {fn} {ln} - opstart", lines, rules,
                  [f"defects:{'+'.join(sorted(defects)) or 'none'}"], period=per, cprs=cprs, mail=mailhdr)

    # ----- decision letters that refer to the mentor's agreement
    def decision(self, fmt, sub, defects, use_cpr=False):
        r = self.rng
        fn, ln = r.choice(PEOPLE)
        mname, firm, tel, mail = r.choice(MENTORS)
        k = r.choice(KOMMUNER)
        cw = r.choice(CASEWORKERS)
        rules = set()
        per = r.choice(PERIODS_OVER if "over" in defects else PERIODS_OK)
        cprs = [cpr(r)] if use_cpr else []
        lines = [f"{k}\nJobcenter", f"{fn} {ln}" + (f"\nCPR-nr.: {cprs[0]}" if cprs else "")]
        if sub == "grant":
            title = "Afgørelse om mentorstøtte"
            lines.append(f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                         f"{dk(per[0])} til {dk(per[1])}, 3 timer om ugen. Din mentor er {mname} fra {firm}.")
            lines.append("Den aftale, du har lavet med din mentor på opstartsmødet, er vedlagt og gælder sammen med denne afgørelse. "
                         "Vi har lagt vægt på, at du har brug for hjælp til at fastholde dit uddannelsesforløb.")
        elif sub == "extension":
            title = "Afgørelse – forlængelse af mentorstøtte"
            lines.append(f"Din mentor har sendt os en status og en ny plan skrevet sammen med dig. Vi forlænger din mentorstøtte "
                         f"fra {dk(per[0])} til {dk(per[1])}. Begrundelse: du er i gang med praktik, men har stadig brug for "
                         f"støtte til fremmødet, jf. LAB § 167, stk. 1.")
        elif sub == "partial":
            title = "Afgørelse om mentorstøtte – delvis bevilling"
            lines.append(f"Du søgte sammen med din mentor om 6 timer om ugen. Du får bevilget 3 timer om ugen fra {dk(per[0])} "
                         f"til {dk(per[1])}.")
            lines.append("Begrundelse\nVi har lagt vægt på, at du allerede har støtte fra skolens studievejleder, og at "
                         "mentorens plan beskriver opgaver, som kan løses på 3 timer om ugen.")
            per = per
        elif sub == "refusal":
            title = "Afslag på mentorstøtte"
            per = None
            lines.append("Du har sammen med en mentor fra et privat firma sendt os et forslag til en mentorplan. "
                         "Vi giver dig afslag på mentorstøtte efter LAB § 167.")
            lines.append("Begrundelse\nVi har lagt vægt på, at du er i ordinær beskæftigelse uden behov for støtte på arbejdspladsen, "
                         "og at planen ikke har et mål om beskæftigelse eller uddannelse.")
        else:  # end
            title = "Afgørelse om ophør af mentorstøtte"
            per = None
            lines.append("Din mentor har oplyst os, at du er startet i ordinært job og ikke længere ønsker støtte. "
                         "Din mentorstøtte ophører derfor 30. juni 2026. Vi har lagt vægt på, at målet i jeres aftale er nået.")
        if "over" in defects and sub in ("grant", "extension", "partial"):
            rules.add("duration-over-6-months")
        if "appeal" in defects:
            rules.add("missing-appeal-guidance")
            if r.random() < 0.5:
                lines.append(APPEAL_WEAK[0])
        elif "route" in defects:
            self_trait = "appeal-wrong-route"
            lines.append("Klagevejledning\nDu kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.")
        else:
            lines.append(r.choice(APPEAL_FULL).format(k=k))
        lines.append(f"Med venlig hilsen\n{cw}\nJobkonsulent, {k}")
        self.emit("decision", sub, "afgoerelse-" + sub, fmt, title, lines, rules,
                  [f"defects:{'+'.join(sorted(defects)) or 'none'}"], period=per, cprs=cprs,
                  mail=(f"{cw} <jobcenter@{k.split()[0].lower()}.dk>", f"{fn} {ln} <{fn.lower()}@mail.dk>"))

    # ----- Min Plan entries referring to the mentor's agreement
    def minplan(self, fmt, defects, use_cpr=False):
        r = self.rng
        fn, ln = r.choice(PEOPLE)
        mname, firm, tel, mail = r.choice(MENTORS)
        rules = set()
        per = r.choice(PERIODS_OVER if "over" in defects else PERIODS_OK)
        cprs = [cpr(r)] if use_cpr else []
        lines = [f"Navn: {fn} {ln}" + (f"   CPR: {cprs[0]}" if cprs else ""),
                 "Indsats: Mentorstøtte (LAB § 167)"]
        if "goal" in defects:
            lines.append("Målet med mentorstøtten: -"); rules.add("missing-goal")
        elif "vague" in defects:
            lines.append("Målet med mentorstøtten: Støtte til at komme videre og øget trivsel."); rules.add("unclear-goal")
        else:
            lines.append("Målet med mentorstøtten: " + bare(r.choice(GOALS_CLEAR)))
        lines.append("Mentor: " + (f"{mname}" if "mentor" in defects else f"{mname}, {firm}, tlf. {tel}"))
        if "mentor" in defects: rules.add("missing-mentor")
        lines.append("Mentorens opgaver: " + ("Udfyldes senere" if "tasks" in defects else bare(r.choice(TASKS)) +
                                               " (se mentorens opstartsbrev)"))
        if "tasks" in defects: rules.add("missing-tasks")
        if "duration" in defects:
            lines.append("Periode: Udfyldes senere"); rules.add("missing-duration"); per = None
        else:
            lines.append(f"Periode: {num(per[0])} - {num(per[1])}")
            if "over" in defects: rules.add("duration-over-6-months")
        lines.append("Timetal: " + ("efter behov" if "hours" in defects else "3 timer pr. uge"))
        if "hours" in defects: rules.add("missing-hours")
        lines.append("Aftalen, som din mentor skrev efter opstartsmødet, ligger under Dokumenter.")
        self.emit("minplan", "minplan", "minplan-mentor", fmt, "Min Plan – Mentorstøtte", lines, rules,
                  [f"defects:{'+'.join(sorted(defects)) or 'none'}"], period=per, cprs=cprs)

    # ----- documents that are none of the three
    def unknown(self, fmt, which, use_cpr=False):
        r = self.rng
        fn, ln = r.choice(PEOPLE)
        mname, firm, tel, mail = r.choice(MENTORS)
        cw = r.choice(CASEWORKERS)
        k = r.choice(KOMMUNER)
        cprs = [cpr(r)] if use_cpr else []
        mailhdr = (f"{mname} <{mail}>", f"{cw} <jc@{k.split()[0].lower()}.dk>")
        if which == "sms":
            title = "Journalnotat – SMS-korrespondance med mentor"
            lines = [f"Sag: {fn} {ln}" + (f" ({cprs[0]})" if cprs else ""),
                     "Kopieret fra mentorens telefon af sagsbehandler:",
                     f"12.03 08:02 {mname}: Godmorgen {fn}, husk vi ses kl 10 ved stationen :)",
                     f"12.03 08:15 {fn}: ok jeg kommer",
                     f"12.03 10:20 {mname}: Fint møde i dag. Vi tager bussen sammen igen torsdag.",
                     f"14.03 09:55 {fn}: er syg idag sorry",
                     f"14.03 10:01 {mname}: God bedring, jeg ringer i morgen."]
        elif which == "status":
            title = "Statusrapport fra mentor"
            lines = [f"Borger: {fn} {ln}", f"Mentor: {mname}, {firm}, tlf. {tel}",
                     "Periode for status: marts 2026",
                     f"{fn} er mødt op til 9 ud af 12 aftaler. Vi har arbejdet med transport og morgenrutiner. "
                     "Praktikstedet melder om god indsats. Jeg anbefaler, at forløbet fortsætter som aftalt.",
                     "Næste statusmøde: 14. april 2026."]
        elif which == "meeting":
            title = "Mødeaftale – opstartsmøde mentor"
            lines = [f"Hej {fn}", f"Jeg bekræfter hermed vores opstartsmøde torsdag den 5. marts 2026 kl. 10.00 på jobcentret "
                     f"sammen med din sagsbehandler {cw}. Til mødet laver vi aftalen om din mentorstøtte.",
                     f"Venlig hilsen\n{mname}\n{tel}"]
        elif which == "invoice":
            title = "Faktura nr. 2026-0413"
            lines = [f"{firm}\nCVR 3812 4455", f"Til: {k}, Jobcenter, att. {cw}",
                     f"Mentorforløb {fn} {ln}, marts 2026: 12 timer à 495 kr. = 5.940 kr.",
                     "Betalingsbetingelser: netto 30 dage."]
        elif which == "evaluation":
            title = "Afsluttende evaluering af mentorforløb"
            lines = [f"Borger: {fn} {ln}" + (f", cpr {cprs[0]}" if cprs else ""), f"Mentor: {mname}",
                     f"Forløbet er afsluttet. {fn} startede på grundforløbet og har mødt stabilt de sidste seks uger. "
                     "Målet i aftalen er nået, og vi har aftalt, at der ikke er behov for mere støtte."]
        elif which == "notes":
            title = "Notat fra samtale"
            lines = [f"Sagsbehandlers notat – {fn} {ln}" + (f" ({cprs[0]})" if cprs else ""),
                     f"Telefonsamtale med mentor {mname} d.d. Mentor oplyser, at borger har haft en svær uge. "
                     "Vi aftalte, at mentor sender en status inden næste møde. Intet videre foretages."]
        elif which == "receipt":
            title = "Bekræftelse af modtagelse – mentorens opstartsaftale"
            lines = [f"Kære {mname}", f"Vi bekræfter, at vi har modtaget jeres opstartsaftale for {fn} {ln}. "
                     "Sagsbehandleren gennemgår den og vender tilbage inden for 10 arbejdsdage.",
                     f"Med venlig hilsen\n{k}, Jobcenter"]
        elif which == "club":
            title = "Mentoraftale – FC Vestegnen ungementorer"
            lines = [f"Ungementor: {mname}", f"Spiller: {fn}",
                     "Vi mødes efter træning om tirsdagen og snakker om skole og fodbold. "
                     "Aftalen er frivillig og en del af klubbens eget ungeprojekt – den har intet med kommunen at gøre.",
                     "Underskrift forælder: ________"]
        else:  # guidance
            title = "Vejledning: Sådan skriver du mentoraftalen efter opstartsmødet"
            lines = ["Til mentorer i kommunens mentorkorps.",
                     "Aftalen skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, "
                     "varigheden af aftalen og opfølgning, timetallet og klagevejledning.",
                     "Skriv gerne i borgerens egne ord, men husk at målet skal handle om job eller uddannelse.",
                     "Perioden er højst 6 måneder ad gangen."]
        self.emit("unknown", which, "andet-" + which, fmt, title, lines, set(), [f"other:{which}"],
                  cprs=cprs, mail=mailhdr)


def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        for p in out.iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(rng, out)
    fm = ["eml", "docx", "pdf", "txt", "html", "odt"]
    # mentor letters (eml/txt/docx/pdf/...), defects varied
    ml = [((), "full"), ((), "full"), ((), "full"), ((), "none"), (("hours",), "full"), (("vague",), "full"),
          (("follow",), "full"), (("over",), "full"), ((), "weak"), (("duration",), "full"), (("tasks",), "full"),
          (("hours", "follow"), "none"), (("goal",), "full"), (("mentor",), "full"), ((), "full"), (("vague",), "none")]
    for i, (d, ap) in enumerate(ml):
        fmt = fm[i % len(fm)]
        if "mentor" in d and fmt == "eml":
            fmt = "docx"
        g.mentor_letter(fmt, set(d), appeal=ap, use_cpr=(i % 4 == 1))
    cw = [((), "full", False), ((), "full", True), (("over",), "full", True), (("goal",), "full", False),
          (("hours",), "weak", True), (("mentor",), "full", False), ((), "full", True), (("follow",), "none", False),
          (("vague",), "full", True), (("duration",), "full", False), (("tasks",), "full", True), ((), "full", False)]
    for i, (d, ap, cs) in enumerate(cw):
        g.citizen_words_plan(["docx", "pdf", "odt", "html", "txt"][i % 5], set(d), appeal=ap,
                             use_cpr=(i % 4 == 2), countersigned=cs)
    st = [(), ("appeal",), ("hours",), ("over",), ("appeal", "follow"), ("mentor",), (), ("vague",), ("tasks", "appeal"), ("duration",)]
    for i, d in enumerate(st):
        g.startup_agreement_to_caseworker(["eml", "eml", "txt", "eml", "docx", "docx", "pdf", "eml", "txt", "eml"][i], set(d),
                                          use_cpr=(i % 4 == 0))
    dec = [("grant", ()), ("grant", ("appeal",)), ("grant", ("over",)), ("extension", ()), ("extension", ("over",)),
           ("partial", ()), ("partial", ("appeal",)), ("refusal", ()), ("refusal", ("appeal",)), ("end", ()),
           ("grant", ("route",)), ("extension", ("appeal",))]
    for i, (s, d) in enumerate(dec):
        g.decision(["pdf", "docx", "odt", "pdf", "html", "docx", "txt", "pdf", "eml", "odt", "docx", "pdf"][i], s, set(d),
                   use_cpr=(i % 4 == 0))
    mp = [(), (), ("over",), ("hours",), ("vague",), ("mentor",), (), ("duration",), ("tasks",), ("goal",)]
    for i, d in enumerate(mp):
        g.minplan(["html", "pdf", "txt", "html", "docx", "pdf", "odt", "html", "txt", "pdf"][i], set(d), use_cpr=(i % 4 == 3))
    un = [("sms", "txt"), ("status", "docx"), ("meeting", "eml"), ("invoice", "pdf"), ("evaluation", "odt"),
          ("notes", "txt"), ("guidance", "html"), ("sms", "pdf"), ("status", "eml"), ("notes", "docx"),
          ("meeting", "eml"), ("evaluation", "pdf"), ("invoice", "html"), ("receipt", "eml"), ("club", "docx")]
    for i, (w, f) in enumerate(un):
        g.unknown(f, w, use_cpr=(i % 3 == 0))
    for e in g.entries:
        if e["kind"] == "decision":
            pass
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return g.entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hu")
    ap.add_argument("--seed", type=int, default=1818)
    a = ap.parse_args()
    es = build(Path(a.out), a.seed)
    print(len(es), "documents")


if __name__ == "__main__":
    main()
