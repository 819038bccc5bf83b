"""Corpus Y: a case's history in its documents (independent evaluation corpus).

Agreements, extensions, revised agreements, decision letters (grant, partial, refusal,
extension, end of support), Min Plan entries and status/journal notes whose text refers to
other periods and other dates (earlier periods, birth dates, meeting dates, letter dates,
application dates, appeal deadlines). Labels follow `mentordocs rules` and domain.md only.

Usage: python make_corpus_y.py OUTDIR   (seed 79, deterministic; needs python-docx and soffice)
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

import docx

SEED = 79
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Sara", "Ahmed", "Jonas", "Mette", "Fatima", "Kasper", "Line", "Mads", "Nadia", "Emil",
         "Camilla", "Yusuf", "Freja", "Rasmus", "Amina", "Tobias", "Julie", "Ali", "Signe", "Mikkel"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen"]
MENTORS = [("Lars Østergaard", "Jobhuset ApS"), ("Helle Vestergaard", "Mentorgruppen Sjælland"),
           ("Peter Friis", "Kompas Mentor"), ("Dorthe Winther", "Ungdommens Uddannelsesvejledning"),
           ("Bo Kjær", "Bro til Job ApS"), ("Anne Mølgaard", "Mentorhuset Fyn"),
           ("Kim Lauridsen", "Jobcenterets mentorkorps"), ("Rikke Dam", "Trin for Trin Mentor"),
           ("Søren Brix", "NextStep ApS"), ("Hanne Holm", "Mentorgruppen Sjælland")]
CASEWORKERS = ["Birgitte Lund", "Morten Skov", "Pia Hald", "Jesper Krogh", "Louise Bech"]
KOMMUNER = ["Roskilde", "Holbæk", "Faxe", "Herning", "Assens", "Tønder", "Gribskov", "Odense"]

GOALS_CLEAR = [
    "{n} starter på SOSU-hjælperuddannelsen i {k} {d} og møder mindst fire dage om ugen.",
    "{n} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest {d}, med henblik på løntilskud.",
    "{n} gennemfører FVU-dansk trin 2 på VUC og søger mindst to elevpladser som tømrer inden udgangen af perioden.",
    "{n} fastholder sit fleksjob som køkkenmedhjælper i kantinen på {k} Rådhus med 15 timer om ugen uden fravær over 2 dage pr. måned.",
    "{n} møder stabilt på EUD-forløbet (grundforløb 1, elektriker) med højst 2 dages fravær pr. måned og består grundforløbet.",
    "{n} er i løntilskud i en børnehave 25 timer om ugen fra {d} og har søgt mindst tre ordinære stillinger som pædagogmedhjælper.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {n} får det bedre og kommer videre i livet.",
    "Hjælp til at øge selvværdet og komme tættere på arbejdsmarkedet.",
    "Sikre at {n} får overskud og motivation.",
]
TASKS = [
    ["Følge {n} til praktikstedet de første to uger", "Hjælpe med at finde den bedste bustransport til praktikstedet",
     "Hjælpe med at holde kontakt til arbejdsgiveren"],
    ["Hjælpe med at planlægge ugen og møde til tiden", "Følge med til møder på skolen og hos SU-kontoret",
     "Støtte ved kontakt til lærere ved fravær"],
    ["Hjælpe med struktur i lektier og afleveringer", "Tale med kontaktlæreren, når der er fravær",
     "Følge med til samtale med studievejlederen"],
    ["Følge {n} til jobsamtaler", "Hjælpe med ansøgninger og CV", "Sparring om arbejdstider og transport"],
]
FOLLOWUPS = [
    "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører; delmål: fremmøde fire dage om ugen.",
    "Vi følger op hver 4. uge. Næste opfølgning er den {meet}. Progression måles på fremmøde og antal ansøgninger.",
    "Opfølgning hver 3. måned og altid 14 dage inden støtteperioden ophører. Mentor sender en kort status til sagsbehandler før hvert møde.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
    "Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen til {k} Kommune, Jobcenter {k}, inden 4 uger fra du har modtaget brevet. Du kan klage "
    "skriftligt eller mundtligt. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til "
    "Ankestyrelsen (Beskæftigelsesudvalget).",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Hvis du er uenig, kan du klage inden 4 uger.",
                     "Hvis du vil klage, kan du kontakte din sagsbehandler."]
GOAL_TASKS = {0: [1, 2], 1: [0], 2: [2, 3], 3: [0], 4: [1, 2], 5: [0, 3]}
UNKNOWN_APPEAL_NOTE = "Mentorstøtte gives højst 6 måneder ad gangen, jf. LAB § 167, stk. 1."


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day}.{d.month}.{d.year}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 3:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}. {ABBR[d.month-1]} {d.year}"


def rng(a: dt.date, b: dt.date, style: int) -> str:
    sep = [" – ", " til ", "-", " – ", " – "][style]
    if style == 1:
        return f"{fmt(a, 1)}-{fmt(b, 1)}"
    return f"{fmt(a, style)}{sep}{fmt(b, style)}"


class Doc:
    """A document as (title, header lines, sections); sections are (label, paragraphs|list)."""

    def __init__(self, title: str):
        self.title = title
        self.header: list[tuple[str, str]] = []
        self.sections: list[tuple[str | None, list]] = []

    def sec(self, label, *paras):
        self.sections.append((label, list(paras)))

    def text(self) -> str:
        out = [self.title, "=" * len(self.title), ""]
        for k, v in self.header:
            out.append(f"{k}: {v}")
        out.append("")
        for label, paras in self.sections:
            if label:
                out.append(label)
            for p in paras:
                if isinstance(p, list):
                    out.extend(f"- {x}" for x in p)
                else:
                    out.append(p)
            out.append("")
        return "\n".join(out)


def write_docx(doc: Doc, path: Path, table: bool):
    d = docx.Document()
    d.add_heading(doc.title, level=1)
    for k, v in doc.header:
        d.add_paragraph(f"{k}: {v}")
    if table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
    for label, paras in doc.sections:
        flat = []
        for p in paras:
            flat.extend(["• " + x for x in p] if isinstance(p, list) else [p])
        if table and label:
            row = t.add_row().cells
            row[0].text = label
            row[1].text = flat[0] if flat else ""
            for extra in flat[1:]:
                row[1].add_paragraph(extra)
            continue
        if label:
            d.add_heading(label, level=2)
        for p in paras:
            if isinstance(p, list):
                for x in p:
                    d.add_paragraph(x, style="List Bullet")
            else:
                d.add_paragraph(p)
    d.save(str(path))


def write_html(doc: Doc, path: Path, table: bool):
    h = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{escape(doc.title)}</title></head><body>",
         f"<h1>{escape(doc.title)}</h1>"]
    h += [f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in doc.header]
    if table:
        h.append("<table border='1'>")
    for label, paras in doc.sections:
        body = "".join(("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in p) + "</ul>")
                       if isinstance(p, list) else f"<p>{escape(p)}</p>" for p in paras)
        if table and label:
            h.append(f"<tr><th>{escape(label)}</th><td>{body}</td></tr>")
        else:
            if table:
                h.append("</table>")
            h.append((f"<h2>{escape(label)}</h2>" if label else "") + body)
            if table:
                h.append("<table border='1'>")
    if table:
        h.append("</table>")
    h.append("</body></html>")
    path.write_text("\n".join(h), encoding="utf-8")


def write_eml(doc: Doc, path: Path, sender: str, to: str, when: dt.date, intro: str):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = doc.title
    m["Date"] = format_datetime(dt.datetime(when.year, when.month, when.day, 10, 12,
                                            tzinfo=dt.timezone.utc))
    m.set_content(intro + "\n\n" + doc.text() + "\nVenlig hilsen\n" + sender.split("<")[0].strip() + "\n")
    path.write_bytes(bytes(m))


def main(out: Path):
    rnd = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    pdf_jobs = []  # (docx tmp path, final pdf path)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_y_"))

    plan = (["agreement"] * 66 + ["decision"] * 30 + ["minplan"] * 6 + ["unknown"] * 18)
    rnd.shuffle(plan)
    formats = ["docx", "txt", "pdf", "html", "eml"]

    for i, kind in enumerate(plan):
        n_first = rnd.choice(FIRST)
        name = f"{n_first} {rnd.choice(LAST)}"
        kom = rnd.choice(KOMMUNER)
        mentor, firm = rnd.choice(MENTORS)
        phone = f"{rnd.randint(20, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"
        mail = mentor.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + \
            firm.split()[0].lower().replace("ø", "oe") + ".dk"
        cw = rnd.choice(CASEWORKERS)
        style = rnd.randrange(5)
        birth = dt.date(rnd.randint(1975, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
        cpr = None
        if rnd.random() < 0.3:
            cpr = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}-{rnd.randint(1000, 9999)}"
        # the case history: first period, then maybe an extension (the current period)
        ym = rnd.choice([(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 5)])
        first_start = dt.date(ym[0], ym[1], rnd.choice([1, 1, 1, 15]))
        first_end = six_end(first_start, rnd.choice([3, 4, 6, 6]))
        traits = [f"kind:{kind}"]
        rules: list[str] = []
        extras: list[str] = []
        period = None
        table = False
        fmt_choice = rnd.choice(formats)
        layout = "labels"
        n = n_first
        meet_date = None

        def id_header(doc, letter_date):
            doc.header.append(("Dato", fmt(letter_date, style if style != 3 else 0)))
            doc.header.append(("Borger", name))
            if cpr:
                doc.header.append(("CPR-nr.", cpr))
            else:
                doc.header.append(("Fødselsdato", fmt(birth, 1)))
            doc.header.append(("Sagsnr.", f"{rnd.randint(10, 99)}.{rnd.randint(10, 99)}.{rnd.randint(100, 999)}-{letter_date.year}"))

        if kind in ("agreement", "minplan"):
            sub = rnd.choice(["agreement", "extension", "extension", "revised"]) if kind == "agreement" else "minplan"
            pool = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                    "duration-over-6-months", "unclear-goal"]
            if kind == "agreement":
                pool += ["missing-follow-up", "missing-appeal-guidance"]
            r = rnd.random()
            defects: list[str] = []
            gi = rnd.randrange(len(GOALS_CLEAR))  # which tasks fit (unclear goals take any)
            if r >= 0.4:
                defects.append(rnd.choice(pool))
                if r > 0.8:
                    d2 = rnd.choice(pool)
                    if d2 not in defects:
                        defects.append(d2)
            if "missing-goal" in defects and "unclear-goal" in defects:
                defects.remove("unclear-goal")
            if "missing-duration" in defects and "duration-over-6-months" in defects:
                defects.remove("duration-over-6-months")
            if "missing-duration" in defects and kind == "agreement":
                sub = "agreement"  # extensions/revisions carry other dates: keep the defect unambiguous
            if "missing-hours" in defects and sub == "revised":
                sub = "extension"
            quiet_follow = "missing-follow-up" in defects
            if sub == "extension":
                start = first_end + dt.timedelta(days=1)
            else:
                start = first_start if sub == "agreement" else first_start
            months = rnd.choice([3, 4, 6, 6, 6])
            end = six_end(start, months)
            if "duration-over-6-months" in defects:
                over = rnd.choice(["months", "months", "oneday"])
                end = six_end(start, rnd.choice([7, 8, 9, 12])) if over == "months" else six_end(start, 6) + dt.timedelta(days=1)
                traits.append(f"over6:{over}")
            elif end == six_end(start, 6):
                traits.append("period:exact-six")
            letter = start - dt.timedelta(days=rnd.randint(5, 20))
            if sub == "revised":  # revised when the change takes effect, two months in
                letter = add_months(start, 2) - dt.timedelta(days=rnd.randint(3, 10))
            meet_date = max(letter, start) + dt.timedelta(days=rnd.randint(21, 35))
            if kind == "minplan":
                title = rnd.choice(["Min Plan – mentorstøtte", "Min Plan: Indsats – Mentor (§ 167)"])
            else:
                title = {"agreement": rnd.choice(["Mentoraftale", "Aftale om mentorstøtte"]),
                         "extension": rnd.choice(["Aftale om forlængelse af mentorstøtte", "Mentoraftale – forlængelse"]),
                         "revised": "Revideret mentoraftale"}[sub]
            doc = Doc(title)
            id_header(doc, letter)
            # history
            hist = []
            if sub == "extension":
                hist.append(f"Du har tidligere fået bevilget mentorstøtte i perioden {rng(first_start, first_end, style)} "
                            f"(tidligere bevilget). Aftalen forlænges efter en konkret vurdering.")
            if rnd.random() < 0.5:
                yr = rnd.choice([2021, 2022, 2023, 2024])
                hist.append(f"{n} havde også et tidligere mentorforløb hos en anden leverandør i {yr}, som sluttede i {MONTHS[rnd.randrange(12)]} {yr}.")
            if not quiet_follow and rnd.random() < 0.5:
                hist.append(f"Aftalen er lavet på mødet den {fmt(letter - dt.timedelta(days=3), 0)} på jobcentret.")
            if hist:
                doc.sec("Baggrund", *hist)
            # goal
            if "missing-goal" in defects:
                if rnd.random() < 0.5:
                    doc.sec("Mål", "Udfyldes senere")
                traits.append("goal:absent")
            elif "unclear-goal" in defects:
                doc.sec(rnd.choice(["Mål", "Målet med mentorstøtten"]), rnd.choice(GOALS_UNCLEAR).format(n=n))
            else:
                gi = rnd.randrange(len(GOALS_CLEAR))
                doc.sec(rnd.choice(["Mål", "Målet med mentorstøtten", "Formål"]), GOALS_CLEAR[gi].format(n=n, k=kom, d=fmt(add_months(start.replace(day=1), 3), 0)))
            # mentor
            contact = f"{mentor}, {firm}, tlf. {phone}, {mail}"
            if "missing-mentor" in defects:
                contact = f"{mentor}, {firm}"
            if sub == "revised":
                old = rnd.choice([m for m, _ in MENTORS if m != mentor])
                doc.sec("Mentor", contact, f"(Til og med {fmt(add_months(start, 2) - dt.timedelta(days=1), 0)} var mentor {old}.)")
            else:
                doc.sec(rnd.choice(["Mentor", "Mentorens navn og kontaktdata"]), contact)
            # tasks
            if "missing-tasks" not in defects:
                doc.sec("Mentorens opgaver", [t.format(n=n) for t in TASKS[rnd.choice(GOAL_TASKS[gi])]])
            else:
                doc.sec("Mentorens opgaver", "-")
            # period
            if "missing-duration" not in defects:
                if sub == "extension":
                    doc.sec("Periode", f"Ny periode (forlængelse): {rng(start, end, style)}")
                else:
                    doc.sec("Periode", rng(start, end, style))
                period = {"start": start.isoformat(), "end": end.isoformat()}
            else:
                doc.sec("Periode", rnd.choice(["Udfyldes senere", "indtil videre"]))
            if rnd.random() < 0.4:
                doc.sections.append((None, [UNKNOWN_APPEAL_NOTE]))
            # hours
            hrs = rnd.choice([2, 3, 4, 5])
            if "missing-hours" not in defects:
                doc.sec("Timetal", f"{hrs} timer pr. uge")
            else:
                doc.sec("Timetal", rnd.choice(["efter behov", "", "et par timer om ugen"]) or "-")
            if sub == "revised":
                chg = add_months(start, 2)
                doc.sec("Ændringer",
                        f"Fra {fmt(chg, 0)} er {mentor} ny mentor.",
                        f"Fra {chg.day}. {MONTHS[chg.month-1]} {hrs} timer om ugen i stedet for {hrs - 1}, fordi {n} nu er i praktik flere dage.")
            # follow-up
            if kind == "agreement" and not quiet_follow:
                doc.sec("Opfølgning", rnd.choice(FOLLOWUPS).format(meet=fmt(meet_date, 0)))
            # appeal
            if kind == "agreement":
                if "missing-appeal-guidance" in defects:
                    if rnd.random() < 0.5:
                        doc.sec("Klagevejledning", rnd.choice(APPEAL_INCOMPLETE))
                        traits.append("appeal:incomplete")
                else:
                    doc.sec("Klagevejledning", rnd.choice(APPEAL_FULL).format(k=kom))
                doc.sec("Underskrifter", f"Borger: {name}    Mentor: {mentor}    Sagsbehandler: {cw}, Jobcenter {kom}")
            rules = sorted(defects)
            traits.append(f"sub:{sub}")
        elif kind == "decision":
            sub = rnd.choice(["grant", "partial", "refusal", "extension", "extension", "end"])
            defects = []
            r = rnd.random()
            if r >= 0.4:
                cands = ["missing-appeal-guidance"]
                if sub in ("grant", "extension", "partial"):
                    cands += ["duration-over-6-months"]
                defects.append(rnd.choice(cands))
                if r > 0.85 and len(cands) > 1:
                    defects = cands[:]
            start = first_end + dt.timedelta(days=1) if sub in ("extension", "end") else first_start
            end = six_end(start, rnd.choice([3, 6, 6]))
            if "duration-over-6-months" in defects:
                end = six_end(start, rnd.choice([7, 9] if sub == "partial" else [7, 9, 12]))
            app = start - dt.timedelta(days=rnd.randint(20, 40))
            letter = app + dt.timedelta(days=rnd.randint(7, 14))
            title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse: Delvis bevilling af mentorstøtte",
                     "refusal": "Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
                     "end": "Afgørelse om ophør af mentorstøtte"}[sub]
            if sub == "end":  # written shortly before the support stops
                letter = add_months(start, 2) - dt.timedelta(days=rnd.randint(10, 20))
            doc = Doc(title)
            id_header(doc, letter)
            doc.header.append(("Sagsbehandler", f"{cw}, Jobcenter {kom}, tlf. 72 36 {rnd.randint(10, 99)} {rnd.randint(10, 99)}"))
            intro = f"Kære {name}"
            paras = [intro]
            if sub == "grant":
                paras.append(f"Vi har den {fmt(app, 0)} modtaget din ansøgning om mentorstøtte. Du får bevilget mentorstøtte "
                             f"i perioden {rng(start, end, style)} med {rnd.choice([2, 3, 4])} timer om ugen. Din mentor er {mentor}, {firm}.")
                period = {"start": start.isoformat(), "end": end.isoformat()}
            elif sub == "partial":
                paras.append(f"Du har den {fmt(app, 0)} søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget "
                             f"mentorstøtte i perioden {rng(start, end, style)} med 3 timer om ugen.")
                period = {"start": start.isoformat(), "end": end.isoformat()}
            elif sub == "refusal":
                paras.append(f"Du har den {fmt(app, 0)} søgt om mentorstøtte. Vi har givet dig afslag.")
            elif sub == "extension":
                paras.append(f"Du har tidligere fået bevilget mentorstøtte {rng(first_start, first_end, style)}. "
                             f"Vi har besluttet at forlænge din mentorstøtte i perioden {rng(start, end, style)}.")
                period = {"start": start.isoformat(), "end": end.isoformat()}
            else:
                stop = add_months(start, 2) - dt.timedelta(days=1)
                paras.append(f"Du har mentorstøtte i perioden {rng(start, end, style)} (forlængelse; første periode var "
                             f"{rng(first_start, first_end, style)}). Din mentorstøtte ophører den {fmt(stop, 0)}.")
                period = {"start": start.isoformat(), "end": end.isoformat()}
            doc.sec(None, *paras)
            reason = {
                "grant": f"Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167.",
                "partial": "Vi har lagt vægt på din plan for praktikken, jf. LAB § 167. Vi vurderer, at 3 timer om ugen dækker dit behov, fordi du nu er i praktik tre dage om ugen.",
                "refusal": "Vi har lagt vægt på, at du allerede får støtte fra en SPS-støtteperson på skolen, og at mentorstøtte ikke kan gives til opgaver, skolen normalt løser, jf. LAB § 167.",
                "extension": "Vi har efter en konkret vurdering lagt vægt på, at du er kommet godt i gang, men stadig har brug for støtte til fremmøde, jf. LAB § 167, stk. 1, 2. pkt.",
                "end": "Du er startet i ordinært job som lagermedarbejder, og du har selv ønsket at stoppe. Betingelserne i LAB § 167 er derfor ikke længere opfyldt.",
            }[sub]
            doc.sec("Begrundelse", reason)
            if "missing-appeal-guidance" in defects:
                if rnd.random() < 0.5:
                    doc.sec("Klagevejledning", rnd.choice(APPEAL_INCOMPLETE))
                    traits.append("appeal:incomplete")
            else:
                deadline = letter + dt.timedelta(weeks=4)
                doc.sec("Klagevejledning", rnd.choice(APPEAL_FULL).format(k=kom),
                        f"Klagefristen udløber {fmt(deadline, 0)}.")
            doc.sec(None, f"Med venlig hilsen\n{cw}\nJobcenter {kom}")
            rules = sorted(defects)
            traits.append(f"sub:{sub}")
        else:
            sub = rnd.choice(["status-note", "journal", "minutes", "status-mail"])
            second_end = six_end(first_end + dt.timedelta(days=1), 6)
            letter = first_end + dt.timedelta(days=rnd.randint(20, 60))
            title = {"status-note": "Statusnotat – mentorforløb", "journal": "Journalnotat",
                     "minutes": "Referat af statusmøde", "status-mail": "Status på mentorforløb"}[sub]
            doc = Doc(title)
            doc.header.append(("Dato", fmt(letter, 0)))
            doc.header.append(("Vedr.", name))
            if cpr:
                doc.header.append(("CPR-nr.", cpr))
            doc.sec("Forløb", f"{n} fik mentorstøtte første gang {rng(first_start, first_end, style)} med {mentor}, {firm}. "
                              f"Støtten blev forlænget {rng(first_end + dt.timedelta(days=1), second_end, style)}.",
                    f"Ved mødet i {MONTHS[(letter.month - 2) % 12]} aftalte vi at sætte timerne ned fra 4 til 2 om ugen.")
            doc.sec("Status", rnd.choice([
                f"{n} møder nu stabilt i praktik og har søgt to stillinger. Sagsbehandler vurderer ved næste "
                f"møde {fmt(letter + dt.timedelta(days=30), 0)}, om støtten skal fortsætte.",
                f"{n} har haft meget fravær i den seneste måned på grund af sygdom. Vi aftalte at mødes igen "
                f"{fmt(letter + dt.timedelta(days=14), 0)} og tale om, hvorvidt praktikken skal starte senere.",
                f"{n} er startet på VUC og har klaret sig godt. Mentor foreslår, at støtten trappes ned, og at "
                f"forløbet afsluttes, når den nuværende periode udløber."]))
            doc.sec(None, f"Skrevet af {mentor}, {firm}" if sub == "status-mail" else f"Skrevet af {cw}, Jobcenter {kom}")
            rules = []
            traits.append(f"sub:{sub}")
            if sub == "status-mail":
                fmt_choice = "eml"

        # layout / format
        if kind == "decision" and fmt_choice == "eml":
            fmt_choice = "pdf"  # decisions go to e-Boks as letters, not as e-mails
        if fmt_choice in ("docx", "pdf", "html") and kind in ("agreement", "minplan") and rnd.random() < 0.4:
            table = True
        layout = "table" if table else ("prose" if kind in ("decision", "unknown") else "labels")
        slug = f"{i:03d}-{kind}-{sub}-{n_first.lower()}"
        slug = slug.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        folder = out / kom.lower().replace("ø", "oe").replace("æ", "ae")
        folder.mkdir(exist_ok=True)
        rel = f"{folder.name}/{slug}.{fmt_choice}"
        path = out / rel
        dom = kom.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        if fmt_choice == "docx":
            write_docx(doc, path, table)
        elif fmt_choice == "txt":
            path.write_text(doc.text(), encoding="utf-8")
        elif fmt_choice == "html":
            write_html(doc, path, table)
        elif fmt_choice == "eml":
            # a status mail comes from the mentor; an agreement or Min Plan text from the caseworker to the
            # citizen (the mentor's own From: address would blur a missing-mentor defect)
            sender = f"{mentor} <{mail}>" if kind == "unknown" else f"{cw} <sagsbehandler@{dom}.dk>"
            to = f"{cw} <sagsbehandler@{dom}.dk>" if kind == "unknown" else f"{name} <borger{i}@example.dk>"
            intro = {"agreement": f"Hej {n}\n\nHer er den aftale, vi lavede i dag. Den står herunder.",
                     "minplan": f"Hej {n}\n\nHer er dit punkt fra Min Plan.",
                     "decision": f"Hej {n}\n\nHer er afgørelsen.",
                     "unknown": f"Hej {cw}\n\nHer er en kort status på {n}."}[kind]
            write_eml(doc, path, sender, to, letter, intro)
        else:
            src = tmp / f"{slug}.docx"
            write_docx(doc, src, table)
            pdf_jobs.append((src, path))
        must = [cpr, cpr.replace("-", "")] if cpr else []
        if cpr:
            traits.append("cpr")
        entries.append({"path": rel, "format": fmt_choice, "kind": kind, "subtype": sub, "layout": layout,
                        "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                        "must_not_contain": must, "traits": traits, "period": period})

    if pdf_jobs:
        outdir = tmp / "pdf"
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_y_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), *[str(s) for s, _ in pdf_jobs]],
                       check=True, capture_output=True, timeout=900)
        for src, dst in pdf_jobs:
            shutil.move(str(outdir / (src.stem + ".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpora/y"))
